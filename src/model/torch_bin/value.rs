//! What the unpickler builds: values (ints, strings, containers, the torch
//! callables and storage types a state dict names) and tensor and storage
//! references.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::ElementType;

/// The element type of a `torch.<T>Storage`, or the torch dtype ruse does not read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum StorageType {
    Read(ElementType),
    Unread(&'static str),
}

pub(super) fn storage_type(name: &str) -> Option<StorageType> {
    use ElementType as E;
    use StorageType::{Read, Unread};
    Some(match name {
        "FloatStorage" => Read(E::F32),
        "HalfStorage" => Read(E::F16),
        "BFloat16Storage" => Read(E::BF16),
        "DoubleStorage" => Read(E::F64),
        "LongStorage" => Read(E::S64),
        "IntStorage" => Read(E::S32),
        "BoolStorage" => Read(E::Pred),
        "ByteStorage" => Unread("uint8"),
        "CharStorage" => Unread("int8"),
        "ShortStorage" => Unread("int16"),
        "ComplexFloatStorage" => Unread("complex64"),
        "ComplexDoubleStorage" => Unread("complex128"),
        "QUInt8Storage" => Unread("quint8"),
        "QInt8Storage" => Unread("qint8"),
        "QInt32Storage" => Unread("qint32"),
        "QUInt4x2Storage" => Unread("quint4x2"),
        "QUInt2x4Storage" => Unread("quint2x4"),
        _ => return None,
    })
}

#[derive(Debug)]
pub(super) struct StorageRef {
    pub(super) key: String,
    pub(super) ty: StorageType,
    pub(super) numel: u64,
}

#[derive(Debug)]
pub(super) struct TensorRef {
    pub(super) storage: Rc<StorageRef>,
    pub(super) offset: u64,
    pub(super) size: Vec<u64>,
    pub(super) stride: Vec<u64>,
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Callable {
    OrderedDict,
    RebuildTensor,
    RebuildParameter,
}

/// The items of a tuple or list, or a dict's keys and values (k0, v0, k1, v1, ...).
/// Dropped iteratively: a crafted pickle nesting containers a million deep must
/// not overflow the stack when its values go away.
#[derive(Debug, Default)]
pub(super) struct Items(pub(super) Vec<Value>);

impl Drop for Items {
    fn drop(&mut self) {
        let mut work = std::mem::take(&mut self.0);
        while let Some(v) = work.pop() {
            // a container held only here gives its items to `work`, then drops empty
            match v {
                Value::Tuple(rc) => {
                    if let Ok(mut items) = Rc::try_unwrap(rc) {
                        work.append(&mut items.0);
                    }
                }
                Value::List(rc) | Value::Dict(rc) => {
                    if let Ok(cell) = Rc::try_unwrap(rc) {
                        work.append(&mut cell.into_inner().0);
                    }
                }
                _ => {}
            }
        }
    }
}

pub(super) type Dict = Rc<RefCell<Items>>;

pub(super) fn new_dict() -> Value {
    Value::Dict(Rc::new(RefCell::new(Items::default())))
}

#[derive(Clone, Debug)]
pub(super) enum Value {
    /// None, a bool or a float: nothing a state dict's tensors need, kept by kind only.
    Scalar(&'static str),
    Int(i64),
    Str(Rc<str>),
    Tuple(Rc<Items>),
    List(Rc<RefCell<Items>>),
    Dict(Dict),
    Callable(Callable),
    StorageType(StorageType),
    Storage(Rc<StorageRef>),
    Tensor(Rc<TensorRef>),
}

impl Value {
    pub(super) fn kind(&self) -> &'static str {
        match self {
            Value::Scalar(kind) => kind,
            Value::Int(_) => "an int",
            Value::Str(_) => "a string",
            Value::Tuple(_) => "a tuple",
            Value::List(_) => "a list",
            Value::Dict(_) => "a dict",
            Value::Callable(_) => "a function",
            Value::StorageType(_) => "a storage type",
            Value::Storage(_) => "a storage",
            Value::Tensor(_) => "a tensor",
        }
    }
}
