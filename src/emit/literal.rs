//! Literals in StableHLO text. Floats are written as their bit patterns
//! (`0x3F800000`), so constants survive emission exactly.

use crate::runtime::{ElementType, HostTensor};

/// One element, as MLIR writes it in `dense<...>`.
fn element(ty: ElementType, bytes: &[u8]) -> String {
    let le = |n: usize| {
        let mut v = 0u64;
        for (i, b) in bytes[..n].iter().enumerate() {
            v |= (*b as u64) << (8 * i);
        }
        v
    };
    match ty {
        ElementType::Pred => (bytes[0] != 0).to_string(),
        ElementType::S32 => (le(4) as u32 as i32).to_string(),
        ElementType::S64 => (le(8) as i64).to_string(),
        ElementType::U32 | ElementType::U64 => le(ty.size()).to_string(),
        ElementType::F16 | ElementType::BF16 => format!("0x{:04X}", le(2)),
        ElementType::F32 => format!("0x{:08X}", le(4)),
        ElementType::F64 => format!("0x{:016X}", le(8)),
    }
}

/// `dense<...>` for a tensor: a splat for one element, a hex blob for
/// numbers, nested lists for predicates.
pub fn dense(value: &HostTensor) -> String {
    let ty = value.element_type();
    let bytes = value.bytes();
    if value.spec().element_count() == 1 {
        return format!("dense<{}>", element(ty, bytes));
    }
    if ty != ElementType::Pred {
        let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
        return format!("dense<\"0x{hex}\">");
    }
    let mut items = bytes.iter().map(|b| (*b != 0).to_string());
    format!("dense<{}>", nested(value.dims(), &mut items))
}

fn nested(dims: &[i64], items: &mut dyn Iterator<Item = String>) -> String {
    match dims.split_first() {
        None => items.next().unwrap_or_default(),
        Some((n, rest)) => {
            let parts: Vec<String> = (0..*n).map(|_| nested(rest, items)).collect();
            format!("[{}]", parts.join(", "))
        }
    }
}

/// The identity of a reduction as a literal scalar: 0 for sums, the lowest
/// value of the type for maxima.
pub fn reduce_init(ty: ElementType, max: bool) -> String {
    if !max {
        return match ty {
            ElementType::Pred => "false".into(),
            ElementType::F16 | ElementType::BF16 => "0x0000".into(),
            ElementType::F32 => "0x00000000".into(),
            ElementType::F64 => "0x0000000000000000".into(),
            _ => "0".into(),
        };
    }
    match ty {
        ElementType::Pred => "false".into(),
        ElementType::S32 => i32::MIN.to_string(),
        ElementType::S64 => i64::MIN.to_string(),
        ElementType::U32 | ElementType::U64 => "0".into(),
        ElementType::F16 => "0xFC00".into(),
        ElementType::BF16 => "0xFF80".into(),
        ElementType::F32 => "0xFF800000".into(),
        ElementType::F64 => "0xFFF0000000000000".into(),
    }
}
