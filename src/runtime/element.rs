//! Element types of device arrays and their host representations.

use std::fmt;

use half::{bf16, f16};

/// The element types ruse moves between host and device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElementType {
    Pred,
    S32,
    S64,
    U32,
    U64,
    F16,
    BF16,
    F32,
    F64,
}

// PJRT_Buffer_Type codes (pjrt_c_api.h, API 0.81).
const PRED: u32 = 1;
const S32: u32 = 4;
const S64: u32 = 5;
const U32: u32 = 8;
const U64: u32 = 9;
const F16: u32 = 10;
const F32: u32 = 11;
const F64: u32 = 12;
const BF16: u32 = 13;

impl ElementType {
    pub const ALL: [ElementType; 9] = [
        ElementType::Pred,
        ElementType::S32,
        ElementType::S64,
        ElementType::U32,
        ElementType::U64,
        ElementType::F16,
        ElementType::BF16,
        ElementType::F32,
        ElementType::F64,
    ];

    /// Bytes per element on the host.
    pub fn size(self) -> usize {
        match self {
            ElementType::Pred => 1,
            ElementType::F16 | ElementType::BF16 => 2,
            ElementType::S32 | ElementType::U32 | ElementType::F32 => 4,
            ElementType::S64 | ElementType::U64 | ElementType::F64 => 8,
        }
    }

    /// The element type's name in StableHLO (`tensor<2x3xf32>`).
    pub fn mlir_name(self) -> &'static str {
        match self {
            ElementType::Pred => "i1",
            ElementType::S32 => "i32",
            ElementType::S64 => "i64",
            ElementType::U32 => "ui32",
            ElementType::U64 => "ui64",
            ElementType::F16 => "f16",
            ElementType::BF16 => "bf16",
            ElementType::F32 => "f32",
            ElementType::F64 => "f64",
        }
    }

    pub fn from_mlir_name(name: &str) -> Option<ElementType> {
        Self::ALL.into_iter().find(|t| t.mlir_name() == name)
    }

    pub fn is_integer(self) -> bool {
        matches!(
            self,
            ElementType::S32 | ElementType::S64 | ElementType::U32 | ElementType::U64
        )
    }

    pub fn is_float(self) -> bool {
        matches!(
            self,
            ElementType::F16 | ElementType::BF16 | ElementType::F32 | ElementType::F64
        )
    }

    pub(crate) fn pjrt_code(self) -> u32 {
        match self {
            ElementType::Pred => PRED,
            ElementType::S32 => S32,
            ElementType::S64 => S64,
            ElementType::U32 => U32,
            ElementType::U64 => U64,
            ElementType::F16 => F16,
            ElementType::BF16 => BF16,
            ElementType::F32 => F32,
            ElementType::F64 => F64,
        }
    }

    pub(crate) fn from_pjrt_code(code: u32) -> Option<ElementType> {
        Self::ALL.into_iter().find(|t| t.pjrt_code() == code)
    }
}

impl fmt::Display for ElementType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self {
            ElementType::Pred => "pred",
            ElementType::S32 => "s32",
            ElementType::S64 => "s64",
            ElementType::U32 => "u32",
            ElementType::U64 => "u64",
            ElementType::F16 => "f16",
            ElementType::BF16 => "bf16",
            ElementType::F32 => "f32",
            ElementType::F64 => "f64",
        };
        f.write_str(name)
    }
}

/// A Rust type that is the host form of one `ElementType`.
pub trait Element: Copy + Default + fmt::Debug + Send + Sync + 'static {
    const TYPE: ElementType;
    fn write_le(self, out: &mut Vec<u8>);
    fn read_le(bytes: &[u8]) -> Self;
}

macro_rules! numeric_element {
    ($t:ty, $ty:expr) => {
        impl Element for $t {
            const TYPE: ElementType = $ty;
            fn write_le(self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
            fn read_le(bytes: &[u8]) -> Self {
                <$t>::from_le_bytes(bytes.try_into().expect("element width"))
            }
        }
    };
}

numeric_element!(i32, ElementType::S32);
numeric_element!(i64, ElementType::S64);
numeric_element!(u32, ElementType::U32);
numeric_element!(u64, ElementType::U64);
numeric_element!(f16, ElementType::F16);
numeric_element!(bf16, ElementType::BF16);
numeric_element!(f32, ElementType::F32);
numeric_element!(f64, ElementType::F64);

impl Element for bool {
    const TYPE: ElementType = ElementType::Pred;
    fn write_le(self, out: &mut Vec<u8>) {
        out.push(u8::from(self));
    }
    fn read_le(bytes: &[u8]) -> Self {
        bytes[0] != 0
    }
}
