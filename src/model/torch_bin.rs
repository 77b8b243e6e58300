//! `pytorch_model.bin`: the state dicts `torch.save` writes (its zip format,
//! the default since torch 1.6, and what HF `save_pretrained(...,
//! safe_serialization=False)` produces).
//!
//! The archive holds `<name>/data.pkl`, a pickle (protocol 2) of a dict (or
//! `collections.OrderedDict`) from parameter names to tensors, and one entry
//! `<name>/data/<key>` per storage with its raw little-endian bytes. Each
//! tensor is `torch._utils._rebuild_tensor_v2(storage, offset, size, stride,
//! ...)`, a view into a storage that the pickle names by a persistent id
//! `('storage', torch.<T>Storage, key, location, numel)`; tied weights are
//! views of one storage. Entries are stored uncompressed.
//!
//! Only what such a state dict needs is read: a handful of pickle opcodes and
//! the globals above (plus `torch._utils._rebuild_parameter`). Anything else
//! (another global, a compressed entry, a legacy pre-1.6 file, a truncated
//! archive) is an error that names it, never code execution or a panic.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::rc::Rc;

use super::checkpoint::file_err;
use crate::error::Result;
use crate::runtime::{ElementType, HostTensor, TensorSpec};

/// Where a tensor's elements lie: the storage it views and the view itself.
/// Two tensors with the same `View` (in one file) are the same weights.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub storage: String,
    pub offset: u64,
    pub size: Vec<u64>,
    pub stride: Vec<u64>,
}

/// One tensor of a state dict, materialised (contiguous, row-major).
#[derive(Debug)]
pub struct Entry {
    pub name: String,
    pub tensor: HostTensor,
    pub view: View,
}

/// Every tensor of the state dict in `path`, in the file's order.
pub fn read(path: &Path) -> Result<Vec<Entry>> {
    let bytes = std::fs::read(path).map_err(|e| file_err(path, format!("cannot read: {e}")))?;
    read_bytes(&bytes).map_err(|why| file_err(path, why))
}

/// `read` on the bytes of a file; errors are the reason alone.
pub fn read_bytes(bytes: &[u8]) -> std::result::Result<Vec<Entry>, String> {
    if bytes.first() == Some(&0x80) {
        return Err(
            "a legacy torch.save file (torch < 1.6, not a zip archive); re-save it with a \
                    current torch (torch.save(torch.load(f), f)) or convert it to safetensors"
                .into(),
        );
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err("not a torch.save zip archive (no zip signature)".into());
    }
    let zip = Zip::open(bytes)?;
    let pkl = zip
        .entries
        .iter()
        .find(|e| {
            e.name
                .strip_suffix("/data.pkl")
                .is_some_and(|p| !p.is_empty() && !p.contains('/'))
        })
        .ok_or("the zip archive has no <name>/data.pkl: not written by torch.save")?;
    let prefix = pkl.name.trim_end_matches("data.pkl").to_string();
    if zip
        .entries
        .iter()
        .any(|e| e.name.starts_with(&format!("{prefix}code/")))
    {
        return Err(
            "a TorchScript archive (torch.jit.save), not a state dict; save \
                    model.state_dict() with torch.save instead"
                .into(),
        );
    }
    if let Some(order) = zip.find(&format!("{prefix}byteorder")) {
        let order = zip.data(order)?;
        if order != b"little" {
            return Err(format!(
                "byte order {:?}: only little-endian archives are read",
                String::from_utf8_lossy(order)
            ));
        }
    }
    let root = Unpickler::new(zip.data(pkl)?)
        .run()
        .map_err(|e| format!("{}: {e}", pkl.name))?;
    let Value::Dict(dict) = root else {
        return Err(format!(
            "{}: holds {}, not a state dict (a dict of tensors)",
            pkl.name,
            root.kind()
        ));
    };
    let mut out = Vec::new();
    let dict = dict.borrow();
    for pair in dict.0.chunks_exact(2) {
        let (key, value) = (&pair[0], &pair[1]);
        let Value::Str(name) = key else {
            return Err(format!("state dict key {} is not a string", key.kind()));
        };
        let Value::Tensor(t) = value else {
            return Err(format!(
                "state dict entry {name} is {}, not a tensor: ruse reads flat state dicts \
                 (name -> tensor), as save_pretrained writes them",
                value.kind()
            ));
        };
        let tensor = materialise(name, t, &zip, &prefix)?;
        let view = View {
            storage: t.storage.key.clone(),
            offset: t.offset,
            size: t.size.clone(),
            stride: t.stride.clone(),
        };
        out.push(Entry {
            name: name.to_string(),
            tensor,
            view,
        });
    }
    Ok(out)
}

/// The elements of view `t`, gathered row-major from its storage's entry.
fn materialise(
    name: &str,
    t: &TensorRef,
    zip: &Zip,
    prefix: &str,
) -> std::result::Result<HostTensor, String> {
    let ty = match t.storage.ty {
        StorageType::Read(ty) => ty,
        StorageType::Unread(dtype) => {
            return Err(format!(
                "tensor {name} has dtype {dtype}, which ruse does not read \
                 (float32, float16, bfloat16, float64, int64, int32, bool)"
            ))
        }
    };
    let key = &t.storage.key;
    let entry_name = format!("{prefix}data/{key}");
    let entry = zip
        .find(&entry_name)
        .ok_or_else(|| format!("tensor {name}: its storage {entry_name} is not in the archive"))?;
    let data = zip.data(entry)?;
    let es = ty.size() as u64;
    let numel = t.storage.numel;
    if numel.checked_mul(es) != Some(data.len() as u64) {
        return Err(format!(
            "tensor {name}: storage {entry_name} has {} bytes, not {numel} {ty} elements",
            data.len()
        ));
    }
    if t.size.len() != t.stride.len() {
        return Err(format!(
            "tensor {name}: size {:?} and stride {:?} differ in rank",
            t.size, t.stride
        ));
    }
    let bad_view = || {
        format!(
            "tensor {name}: view (offset {}, size {:?}, stride {:?}) lies outside its storage \
             of {numel} elements",
            t.offset, t.size, t.stride
        )
    };
    let n = t
        .size
        .iter()
        .try_fold(1u64, |a, d| a.checked_mul(*d))
        .ok_or_else(bad_view)?;
    let mut contiguous = true;
    let mut want = 1u64;
    for (d, s) in t.size.iter().zip(&t.stride).rev() {
        if *d != 1 && *s != want {
            contiguous = false;
        }
        want = want.saturating_mul(*d);
    }
    let mut out = Vec::new();
    if n > 0 {
        let last = t
            .size
            .iter()
            .zip(&t.stride)
            .try_fold(t.offset, |a, (d, s)| {
                a.checked_add((d - 1).checked_mul(*s)?)
            })
            .ok_or_else(bad_view)?;
        if last >= numel {
            return Err(bad_view());
        }
        let es = es as usize;
        // (an expanded view, stride 0, may hold more elements than its storage)
        let bytes = usize::try_from(n)
            .ok()
            .and_then(|n| n.checked_mul(es))
            .ok_or_else(bad_view)?;
        out.try_reserve_exact(bytes)
            .map_err(|_| format!("tensor {name}: {bytes} bytes do not fit in memory"))?;
        if contiguous {
            let start = t.offset as usize * es;
            out.extend_from_slice(&data[start..start + n as usize * es]);
        } else {
            let rank = t.size.len();
            let mut index = vec![0u64; rank];
            let mut at = t.offset;
            // an odometer over the index, last dimension fastest; `at` = offset + index · stride
            // (wrapping steps cancel: every element visited lies at or below `last`)
            'elements: loop {
                let b = at as usize * es;
                out.extend_from_slice(&data[b..b + es]);
                let mut k = rank;
                loop {
                    if k == 0 {
                        break 'elements;
                    }
                    k -= 1;
                    index[k] += 1;
                    at = at.wrapping_add(t.stride[k]);
                    if index[k] < t.size[k] {
                        break;
                    }
                    at = at.wrapping_sub(t.stride[k].wrapping_mul(t.size[k]));
                    index[k] = 0;
                }
            }
        }
    }
    let dims: Vec<i64> = t.size.iter().map(|d| *d as i64).collect();
    HostTensor::from_bytes(TensorSpec::new(ty, &dims), out)
        .map_err(|e| format!("tensor {name}: {e}"))
}

// ---------------------------------------------------------------------------------------------
// zip: the central directory, and the stored (uncompressed) data of an entry
// ---------------------------------------------------------------------------------------------

struct ZipEntry {
    name: String,
    method: u16,
    flags: u16,
    size: u64,
    compressed: u64,
    header: u64,
}

struct Zip<'a> {
    bytes: &'a [u8],
    entries: Vec<ZipEntry>,
}

/// The `n`-byte little-endian integer at `at`, or a truncation error.
fn le(bytes: &[u8], at: u64, n: usize) -> std::result::Result<u64, String> {
    let start = usize::try_from(at).map_err(|_| "offset out of range".to_string())?;
    let b = start
        .checked_add(n)
        .and_then(|end| bytes.get(start..end))
        .ok_or_else(|| {
            format!(
                "truncated zip archive (a record at byte {at} runs past the end, {} bytes)",
                bytes.len()
            )
        })?;
    Ok(b.iter().rev().fold(0u64, |a, x| (a << 8) | *x as u64))
}

const EOCD: u64 = 0x0605_4b50;
const EOCD64: u64 = 0x0606_4b50;
const EOCD64_LOCATOR: u64 = 0x0706_4b50;
const CENTRAL: u64 = 0x0201_4b50;
const LOCAL: u64 = 0x0403_4b50;

impl<'a> Zip<'a> {
    fn open(bytes: &'a [u8]) -> std::result::Result<Zip<'a>, String> {
        let len = bytes.len() as u64;
        // The end-of-central-directory record: 22 bytes + a comment of up to 64 KiB, at the end.
        let lowest = len.saturating_sub(22 + 0xffff);
        let mut eocd = None;
        let mut at = len.checked_sub(22);
        while let Some(p) = at.filter(|p| *p >= lowest) {
            if le(bytes, p, 4)? == EOCD && p + 22 + le(bytes, p + 20, 2)? <= len {
                eocd = Some(p);
                break;
            }
            at = p.checked_sub(1);
        }
        let eocd = eocd.ok_or(
            "no zip end-of-central-directory record: the file is truncated or not a zip archive",
        )?;
        let mut count = le(bytes, eocd + 10, 2)?;
        let mut cd_size = le(bytes, eocd + 12, 4)?;
        let mut cd_at = le(bytes, eocd + 16, 4)?;
        if count == 0xffff || cd_size == 0xffff_ffff || cd_at == 0xffff_ffff {
            let loc = eocd
                .checked_sub(20)
                .filter(|l| le(bytes, *l, 4).ok() == Some(EOCD64_LOCATOR))
                .ok_or("zip64 archive without its end-of-central-directory locator")?;
            let e64 = le(bytes, loc + 8, 8)?;
            if le(bytes, e64, 4)? != EOCD64 {
                return Err("zip64 end-of-central-directory record not found".into());
            }
            count = le(bytes, e64 + 32, 8)?;
            cd_size = le(bytes, e64 + 40, 8)?;
            cd_at = le(bytes, e64 + 48, 8)?;
        }
        if cd_at.checked_add(cd_size).is_none_or(|end| end > len) {
            return Err(format!(
                "zip central directory (bytes {cd_at}..+{cd_size}) runs past the end of the file \
                 ({len} bytes): truncated"
            ));
        }
        let mut entries = Vec::new();
        let mut p = cd_at;
        for _ in 0..count {
            if le(bytes, p, 4)? != CENTRAL {
                return Err(format!("corrupt zip central directory at byte {p}"));
            }
            let flags = le(bytes, p + 8, 2)? as u16;
            let method = le(bytes, p + 10, 2)? as u16;
            let mut compressed = le(bytes, p + 20, 4)?;
            let mut size = le(bytes, p + 24, 4)?;
            let name_len = le(bytes, p + 28, 2)?;
            let extra_len = le(bytes, p + 30, 2)?;
            let comment_len = le(bytes, p + 32, 2)?;
            let mut header = le(bytes, p + 42, 4)?;
            let name_at = p + 46;
            let name_bytes = bytes
                .get(name_at as usize..(name_at + name_len) as usize)
                .ok_or("truncated zip central directory")?;
            let name = String::from_utf8_lossy(name_bytes).into_owned();
            // zip64 extended information: the 8-byte values of the fields saturated above
            let mut x = name_at + name_len;
            let extra_end = x + extra_len;
            while x + 4 <= extra_end {
                let id = le(bytes, x, 2)?;
                let n = le(bytes, x + 2, 2)?;
                if id == 1 {
                    let mut f = x + 4;
                    for field in [&mut size, &mut compressed, &mut header] {
                        if *field == 0xffff_ffff && f + 8 <= x + 4 + n {
                            *field = le(bytes, f, 8)?;
                            f += 8;
                        }
                    }
                }
                x += 4 + n;
            }
            entries.push(ZipEntry {
                name,
                method,
                flags,
                size,
                compressed,
                header,
            });
            p = extra_end + comment_len;
        }
        Ok(Zip { bytes, entries })
    }

    fn find(&self, name: &str) -> Option<&ZipEntry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The bytes of a stored entry.
    fn data(&self, e: &ZipEntry) -> std::result::Result<&'a [u8], String> {
        if e.flags & 1 != 0 {
            return Err(format!("zip entry {} is encrypted", e.name));
        }
        if e.method != 0 {
            return Err(format!(
                "zip entry {} is compressed (method {}); torch.save stores entries \
                 uncompressed: re-save the file with torch.save",
                e.name, e.method
            ));
        }
        if e.compressed != e.size {
            return Err(format!(
                "zip entry {}: stored with {} bytes but {} uncompressed",
                e.name, e.compressed, e.size
            ));
        }
        if le(self.bytes, e.header, 4)? != LOCAL {
            return Err(format!(
                "zip entry {}: no local header at byte {}",
                e.name, e.header
            ));
        }
        let start =
            e.header + 30 + le(self.bytes, e.header + 26, 2)? + le(self.bytes, e.header + 28, 2)?;
        start
            .checked_add(e.size)
            .and_then(|end| self.bytes.get(start as usize..usize::try_from(end).ok()?))
            .ok_or_else(|| {
                format!(
                    "zip entry {} ({} bytes at byte {start}) runs past the end of the file ({} bytes): \
                     truncated",
                    e.name,
                    e.size,
                    self.bytes.len()
                )
            })
    }
}

// ---------------------------------------------------------------------------------------------
// the unpickler
// ---------------------------------------------------------------------------------------------

/// The element type of a `torch.<T>Storage`, or the torch dtype ruse does not read.
#[derive(Clone, Copy, Debug, PartialEq)]
enum StorageType {
    Read(ElementType),
    Unread(&'static str),
}

fn storage_type(name: &str) -> Option<StorageType> {
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
struct StorageRef {
    key: String,
    ty: StorageType,
    numel: u64,
}

#[derive(Debug)]
struct TensorRef {
    storage: Rc<StorageRef>,
    offset: u64,
    size: Vec<u64>,
    stride: Vec<u64>,
}

#[derive(Clone, Copy, Debug)]
enum Callable {
    OrderedDict,
    RebuildTensor,
    RebuildParameter,
}

/// The items of a tuple or list, or a dict's keys and values (k0, v0, k1, v1, ...).
/// Dropped iteratively: a crafted pickle nesting containers a million deep must
/// not overflow the stack when its values go away.
#[derive(Debug, Default)]
struct Items(Vec<Value>);

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

type Dict = Rc<RefCell<Items>>;

fn new_dict() -> Value {
    Value::Dict(Rc::new(RefCell::new(Items::default())))
}

#[derive(Clone, Debug)]
enum Value {
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
    fn kind(&self) -> &'static str {
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

type PResult<T> = std::result::Result<T, String>;

struct Unpickler<'a> {
    data: &'a [u8],
    pos: usize,
    stack: Vec<Value>,
    marks: Vec<usize>,
    memo: HashMap<u64, Value>,
    storages: HashMap<String, Rc<StorageRef>>,
}

impl<'a> Unpickler<'a> {
    fn new(data: &'a [u8]) -> Self {
        Unpickler {
            data,
            pos: 0,
            stack: Vec::new(),
            marks: Vec::new(),
            memo: HashMap::new(),
            storages: HashMap::new(),
        }
    }

    fn take(&mut self, n: u64) -> PResult<&'a [u8]> {
        let end = usize::try_from(n)
            .ok()
            .and_then(|n| self.pos.checked_add(n))
            .filter(|end| *end <= self.data.len())
            .ok_or_else(|| {
                format!(
                    "truncated pickle ({} bytes; {n} more wanted at byte {})",
                    self.data.len(),
                    self.pos
                )
            })?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn uint(&mut self, n: u64) -> PResult<u64> {
        let b = self.take(n)?;
        Ok(b.iter().rev().fold(0u64, |a, x| (a << 8) | *x as u64))
    }

    fn line(&mut self) -> PResult<&'a str> {
        let rest = &self.data[self.pos..];
        let n = rest
            .iter()
            .position(|b| *b == b'\n')
            .ok_or("truncated pickle (a GLOBAL name without its newline)")?;
        let s = std::str::from_utf8(&rest[..n]).map_err(|_| "a GLOBAL name is not UTF-8")?;
        self.pos += n + 1;
        Ok(s)
    }

    fn text(&mut self, n: u64) -> PResult<Value> {
        let b = self.take(n)?;
        let s = std::str::from_utf8(b).map_err(|_| "a pickled string is not UTF-8")?;
        Ok(Value::Str(s.into()))
    }

    fn pop(&mut self) -> PResult<Value> {
        if self.marks.last().is_some_and(|m| *m >= self.stack.len()) {
            return Err("corrupt pickle (pop below a MARK)".into());
        }
        self.stack
            .pop()
            .ok_or_else(|| "corrupt pickle (stack underflow)".into())
    }

    fn top(&self) -> PResult<&Value> {
        self.stack
            .last()
            .ok_or_else(|| "corrupt pickle (empty stack)".into())
    }

    fn pop_mark(&mut self) -> PResult<Vec<Value>> {
        let m = self
            .marks
            .pop()
            .ok_or("corrupt pickle (no MARK to pop to)")?;
        if m > self.stack.len() {
            return Err("corrupt pickle (MARK above the stack)".into());
        }
        Ok(self.stack.split_off(m))
    }

    fn memoize(&mut self, key: u64) -> PResult<()> {
        let v = self.top()?.clone();
        self.memo.insert(key, v);
        Ok(())
    }

    fn get(&mut self, key: u64) -> PResult<()> {
        let v = self
            .memo
            .get(&key)
            .cloned()
            .ok_or_else(|| format!("corrupt pickle (memo entry {key} is not set)"))?;
        self.stack.push(v);
        Ok(())
    }

    fn tuple(&mut self, n: usize) -> PResult<()> {
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(self.pop()?);
        }
        items.reverse();
        self.stack.push(Value::Tuple(Rc::new(Items(items))));
        Ok(())
    }

    fn top_dict(&self) -> PResult<Dict> {
        match self.top()? {
            Value::Dict(d) => Ok(d.clone()),
            other => Err(format!(
                "corrupt pickle (items set on {}, not a dict)",
                other.kind()
            )),
        }
    }

    fn set_items(&mut self, items: Vec<Value>) -> PResult<()> {
        if items.len() % 2 != 0 {
            return Err("corrupt pickle (SETITEMS with an odd number of items)".into());
        }
        let dict = self.top_dict()?;
        let mut d = dict.borrow_mut();
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            // a repeated string key replaces the earlier value, as in Python
            let old = match &k {
                Value::Str(s) => {
                    d.0.chunks_exact_mut(2)
                        .find(|pair| matches!(&pair[0], Value::Str(s2) if s2 == s))
                }
                _ => None,
            };
            match old {
                Some(pair) => pair[1] = v,
                None => d.0.extend([k, v]),
            }
        }
        Ok(())
    }

    fn append(&mut self, items: Vec<Value>) -> PResult<()> {
        match self.top()? {
            Value::List(l) => {
                l.borrow_mut().0.extend(items);
                Ok(())
            }
            other => Err(format!(
                "corrupt pickle (APPEND to {}, not a list)",
                other.kind()
            )),
        }
    }

    fn global(module: &str, name: &str) -> PResult<Value> {
        Ok(match (module, name) {
            ("collections", "OrderedDict") => Value::Callable(Callable::OrderedDict),
            ("torch._utils", "_rebuild_tensor_v2") => Value::Callable(Callable::RebuildTensor),
            ("torch._utils", "_rebuild_parameter") => Value::Callable(Callable::RebuildParameter),
            ("torch", s) if storage_type(s).is_some() => {
                Value::StorageType(storage_type(s).expect("checked"))
            }
            _ => {
                return Err(format!(
                    "unsupported pickle global {module}.{name} (a torch state dict needs only \
                     collections.OrderedDict, torch._utils._rebuild_tensor_v2 / _rebuild_parameter \
                     and torch.<T>Storage)"
                ))
            }
        })
    }

    /// `('storage', torch.<T>Storage, key, location, numel)` -> the storage (one per key).
    fn persistent_load(&mut self, pid: Value) -> PResult<Value> {
        let bad =
            || "unsupported persistent id (torch writes ('storage', type, key, location, numel))";
        let Value::Tuple(t) = pid else {
            return Err(bad().into());
        };
        let [Value::Str(tag), Value::StorageType(ty), key, _location, Value::Int(numel)] =
            t.0.as_slice()
        else {
            return Err(bad().into());
        };
        let key = match key {
            Value::Str(s) => s.to_string(),
            Value::Int(i) => i.to_string(),
            _ => return Err(bad().into()),
        };
        if &**tag != "storage" || *numel < 0 {
            return Err(bad().into());
        }
        if let Some(s) = self.storages.get(&key) {
            if s.ty != *ty || s.numel != *numel as u64 {
                return Err(format!(
                    "storage {key} is named twice with different types or sizes"
                ));
            }
            return Ok(Value::Storage(s.clone()));
        }
        let s = Rc::new(StorageRef {
            key: key.clone(),
            ty: *ty,
            numel: *numel as u64,
        });
        self.storages.insert(key, s.clone());
        Ok(Value::Storage(s))
    }

    fn call(&mut self, f: Value, args: Value) -> PResult<Value> {
        let Value::Tuple(args) = args else {
            return Err(format!(
                "corrupt pickle (REDUCE arguments are {}, not a tuple)",
                args.kind()
            ));
        };
        let args = &args.0;
        let ints = |v: &Value, what: &str| -> PResult<Vec<u64>> {
            let Value::Tuple(t) = v else {
                return Err(format!("_rebuild_tensor_v2: {what} is {}", v.kind()));
            };
            t.0.iter()
                .map(|x| match x {
                    Value::Int(i) if *i >= 0 => Ok(*i as u64),
                    _ => Err(format!("_rebuild_tensor_v2: {what} holds a non-index")),
                })
                .collect()
        };
        match f {
            Value::Callable(Callable::OrderedDict) if args.is_empty() => Ok(new_dict()),
            Value::Callable(Callable::RebuildTensor) if args.len() >= 4 => {
                let Value::Storage(storage) = &args[0] else {
                    return Err(format!(
                        "_rebuild_tensor_v2 of {}, not a storage",
                        args[0].kind()
                    ));
                };
                let offset = match args[1] {
                    Value::Int(o) if o >= 0 => o as u64,
                    _ => return Err("_rebuild_tensor_v2: bad storage offset".into()),
                };
                Ok(Value::Tensor(Rc::new(TensorRef {
                    storage: storage.clone(),
                    offset,
                    size: ints(&args[2], "size")?,
                    stride: ints(&args[3], "stride")?,
                })))
            }
            Value::Callable(Callable::RebuildParameter) if !args.is_empty() => match &args[0] {
                t @ Value::Tensor(_) => Ok(t.clone()),
                other => Err(format!("_rebuild_parameter of {}", other.kind())),
            },
            Value::Callable(c) => Err(format!(
                "{c:?} called with {} arguments it does not take",
                args.len()
            )),
            other => Err(format!("corrupt pickle (REDUCE on {})", other.kind())),
        }
    }

    fn run(mut self) -> PResult<Value> {
        loop {
            let at = self.pos;
            let op = self.uint(1)? as u8;
            match op {
                0x80 => {
                    let proto = self.uint(1)?;
                    if proto > 5 {
                        return Err(format!("unknown pickle protocol {proto}"));
                    }
                }
                0x95 => {
                    self.take(8)?; // FRAME: a length prefix only
                }
                b'}' => self.stack.push(new_dict()),
                b']' => self
                    .stack
                    .push(Value::List(Rc::new(RefCell::new(Items::default())))),
                b')' => self.stack.push(Value::Tuple(Rc::new(Items::default()))),
                b'(' => self.marks.push(self.stack.len()),
                b'q' => {
                    let k = self.uint(1)?;
                    self.memoize(k)?
                }
                b'r' => {
                    let k = self.uint(4)?;
                    self.memoize(k)?
                }
                0x94 => {
                    let k = self.memo.len() as u64;
                    self.memoize(k)?
                }
                b'h' => {
                    let k = self.uint(1)?;
                    self.get(k)?
                }
                b'j' => {
                    let k = self.uint(4)?;
                    self.get(k)?
                }
                b'X' => {
                    let n = self.uint(4)?;
                    let v = self.text(n)?;
                    self.stack.push(v)
                }
                0x8c => {
                    let n = self.uint(1)?;
                    let v = self.text(n)?;
                    self.stack.push(v)
                }
                0x8d => {
                    let n = self.uint(8)?;
                    let v = self.text(n)?;
                    self.stack.push(v)
                }
                b'K' => {
                    let v = self.uint(1)?;
                    self.stack.push(Value::Int(v as i64))
                }
                b'M' => {
                    let v = self.uint(2)?;
                    self.stack.push(Value::Int(v as i64))
                }
                b'J' => {
                    let v = self.uint(4)? as u32 as i32;
                    self.stack.push(Value::Int(v as i64))
                }
                0x8a => {
                    let n = self.uint(1)?;
                    if n > 8 {
                        return Err(format!("an integer of {n} bytes at byte {at} is too large"));
                    }
                    let b = self.take(n)?;
                    let mut v = b.iter().rev().fold(0u64, |a, x| (a << 8) | *x as u64);
                    if n > 0 && n < 8 && b[n as usize - 1] & 0x80 != 0 {
                        v |= u64::MAX << (8 * n); // sign-extend
                    }
                    self.stack.push(Value::Int(v as i64))
                }
                b'G' => {
                    self.take(8)?;
                    self.stack.push(Value::Scalar("a float"))
                }
                0x88 | 0x89 => self.stack.push(Value::Scalar("a bool")),
                b'N' => self.stack.push(Value::Scalar("None")),
                b't' => {
                    let items = self.pop_mark()?;
                    self.stack.push(Value::Tuple(Rc::new(Items(items))))
                }
                0x85 => self.tuple(1)?,
                0x86 => self.tuple(2)?,
                0x87 => self.tuple(3)?,
                b'l' => {
                    let items = self.pop_mark()?;
                    self.stack
                        .push(Value::List(Rc::new(RefCell::new(Items(items)))))
                }
                b'd' => {
                    let items = self.pop_mark()?;
                    self.stack.push(new_dict());
                    self.set_items(items)?
                }
                b'c' => {
                    let module = self.line()?;
                    let name = self.line()?;
                    let v = Self::global(module, name)?;
                    self.stack.push(v)
                }
                0x93 => {
                    let name = self.pop()?;
                    let module = self.pop()?;
                    let (Value::Str(m), Value::Str(n)) = (&module, &name) else {
                        return Err("corrupt pickle (STACK_GLOBAL of non-strings)".into());
                    };
                    let v = Self::global(m, n)?;
                    self.stack.push(v)
                }
                b'Q' => {
                    let pid = self.pop()?;
                    let v = self.persistent_load(pid)?;
                    self.stack.push(v)
                }
                b'R' => {
                    let args = self.pop()?;
                    let f = self.pop()?;
                    let v = self.call(f, args)?;
                    self.stack.push(v)
                }
                b'b' => {
                    // the state of an OrderedDict is its attributes (state_dict()'s _metadata):
                    // nothing ruse needs. Anything else with a state is not a plain state dict.
                    let _state = self.pop()?;
                    if !matches!(self.top()?, Value::Dict(_)) {
                        return Err(format!(
                            "BUILD on {} at byte {at} (a tensor subclass or other object, \
                             not a plain state dict)",
                            self.top()?.kind()
                        ));
                    }
                }
                b's' => {
                    let v = self.pop()?;
                    let k = self.pop()?;
                    self.set_items(vec![k, v])?
                }
                b'u' => {
                    let items = self.pop_mark()?;
                    self.set_items(items)?
                }
                b'a' => {
                    let v = self.pop()?;
                    self.append(vec![v])?
                }
                b'e' => {
                    let items = self.pop_mark()?;
                    self.append(items)?
                }
                b'0' => {
                    self.pop()?;
                }
                b'1' => {
                    self.pop_mark()?;
                }
                b'2' => {
                    let v = self.top()?.clone();
                    self.stack.push(v)
                }
                b'.' => {
                    let v = self.pop()?;
                    return Ok(v);
                }
                _ => {
                    return Err(format!(
                        "unsupported pickle opcode 0x{op:02x} ({:?}) at byte {at}",
                        op as char
                    ))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(bytes: &[u8]) -> PResult<Value> {
        Unpickler::new(bytes).run()
    }

    #[test]
    fn dangerous_globals_are_refused_by_name() {
        let err = parse(b"\x80\x02cos\nsystem\nq\x00X\x02\x00\x00\x00lsq\x01\x85R.").unwrap_err();
        assert!(err.contains("unsupported pickle global os.system"), "{err}");
        let err = parse(b"\x80\x02cbuiltins\neval\n.").unwrap_err();
        assert!(err.contains("builtins.eval"), "{err}");
    }

    #[test]
    fn every_prefix_of_a_pickle_is_an_error_not_a_panic() {
        // {'a': 1, 'b': [True, None, 1.5], 'c': -300}, protocol 2, with memo traffic
        let full: &[u8] =
            b"\x80\x02}q\x00(X\x01\x00\x00\x00aq\x01K\x01X\x01\x00\x00\x00bq\x02]q\x03(\x88NG?\xf8\
              \x00\x00\x00\x00\x00\x00eX\x01\x00\x00\x00cq\x04\x8a\x02\xd4\xfeu.";
        let v = parse(full).unwrap();
        let Value::Dict(d) = v else { panic!("{v:?}") };
        let d = d.borrow();
        assert_eq!(d.0.len(), 6);
        assert!(matches!(d.0[5], Value::Int(-300)), "{:?}", d.0[5]);
        for n in 0..full.len() {
            assert!(parse(&full[..n]).is_err(), "prefix of {n} bytes parsed");
        }
    }

    #[test]
    fn a_million_nested_containers_parse_and_drop_without_overflowing_the_stack() {
        let run = || {
            // (((...(),),)...,) then [[[...]]] built through the memo, then a dict chain
            let mut p = b"\x80\x02)".to_vec();
            p.extend(std::iter::repeat_n(0x85u8, 1_000_000));
            p.push(b'.');
            assert!(matches!(parse(&p), Ok(Value::Tuple(_))));
            let mut p = b"\x80\x02".to_vec();
            for _ in 0..200_000 {
                p.extend_from_slice(b"(");
            }
            for _ in 0..200_000 {
                p.extend_from_slice(b"l");
            }
            p.push(b'.');
            assert!(matches!(parse(&p), Ok(Value::List(_))));
            p.pop();
            p.push(0xff); // and the same tree dropped on an error
            assert!(parse(&p).is_err());
        };
        // on a small stack, as test threads have
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(run)
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn unknown_opcodes_and_stack_abuse_are_errors() {
        let err = parse(b"\x80\x02\xff.").unwrap_err();
        assert!(err.contains("opcode 0xff"), "{err}");
        assert!(parse(b"\x80\x02.").is_err());
        assert!(parse(b"\x80\x02(u.").is_err(), "SETITEMS on nothing");
        assert!(parse(b"\x80\x02K\x01(u.")
            .unwrap_err()
            .contains("not a dict"));
        assert!(parse(b"\x80\x02h\x05.")
            .unwrap_err()
            .contains("memo entry 5"));
        assert!(parse(b"\x80\x02K\x01K\x02s.").is_err());
        assert!(
            parse(b"\x80\x02(K\x01\x86.").is_err(),
            "a tuple across a MARK"
        );
    }
}
