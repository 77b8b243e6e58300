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
//!
//! The archive is read in `zip.rs`, the pickle in `pickle.rs`; here the
//! tensors are materialised from their storages.

mod pickle;
mod value;
mod zip;

use std::collections::BTreeSet;
use std::path::Path;
use std::rc::Rc;

use pickle::Unpickler;
use value::{StorageType, TensorRef, Value};
use zip::Zip;

use crate::error::{Error, Result};
use crate::runtime::mapped::Mapped;
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
    read_except(path, |_| BTreeSet::new())
}

/// The tensors of the state dict in `path`, in the file's order, but for
/// those named by `skip(every tensor's name and view)`, which are never
/// gathered from their storages (the tied aliases of a shared embedding).
pub fn read_except(
    path: &Path,
    skip: impl FnOnce(&[(String, View)]) -> BTreeSet<String>,
) -> Result<Vec<Entry>> {
    let bytes = Mapped::open(path)?;
    let (tensors, storages) = state_dict(&bytes).map_err(|why| Error::file(path, why))?;
    let skip = skip(&views_of(&tensors));
    gather(&tensors, &storages, &skip).map_err(|why| Error::file(path, why))
}

/// The name and view of every tensor of the state dict in `path`, in the
/// file's order, without their elements: only the archive's directory and
/// its pickle are read, a small part of the file.
pub fn views(path: &Path) -> Result<Vec<(String, View)>> {
    let bytes = Mapped::open(path)?;
    let (tensors, _) = state_dict(&bytes).map_err(|why| Error::file(path, why))?;
    Ok(views_of(&tensors))
}

/// `read` on the bytes of a file; errors are the reason alone.
pub fn read_bytes(bytes: &[u8]) -> std::result::Result<Vec<Entry>, String> {
    let (tensors, storages) = state_dict(bytes)?;
    gather(&tensors, &storages, &BTreeSet::new())
}

/// The entries of `tensors` but those in `skip`, their elements gathered.
fn gather(
    tensors: &Named,
    storages: &Storages,
    skip: &BTreeSet<String>,
) -> std::result::Result<Vec<Entry>, String> {
    tensors
        .iter()
        .filter(|(name, _)| !skip.contains(name))
        .map(|(name, t)| {
            Ok(Entry {
                name: name.clone(),
                tensor: materialise(name, t, storages)?,
                view: view_of(t),
            })
        })
        .collect()
}

fn views_of(tensors: &Named) -> Vec<(String, View)> {
    tensors
        .iter()
        .map(|(n, t)| (n.clone(), view_of(t)))
        .collect()
}

fn view_of(t: &TensorRef) -> View {
    View {
        storage: t.storage.key.clone(),
        offset: t.offset,
        size: t.size.clone(),
        stride: t.stride.clone(),
    }
}

/// A state dict's tensors by name, in the file's order.
type Named = Vec<(String, Rc<TensorRef>)>;

/// Where the storages of an archive lie: its zip and the entries' prefix.
struct Storages<'a> {
    zip: Zip<'a>,
    prefix: String,
}

/// The tensors (name and storage reference, in the file's order) of the
/// state dict of a `torch.save` archive and where their storages lie, after
/// checking the archive is one.
fn state_dict(bytes: &[u8]) -> std::result::Result<(Named, Storages<'_>), String> {
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
    let storages = Storages { zip, prefix };
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
        out.push((name.to_string(), t.clone()));
    }
    Ok((out, storages))
}

/// The elements of view `t`, gathered row-major from its storage's entry.
fn materialise(
    name: &str,
    t: &TensorRef,
    storages: &Storages,
) -> std::result::Result<HostTensor, String> {
    let (ty, data) = storage(name, t, &storages.zip, &storages.prefix)?;
    let out = view_bytes(name, t, data, ty.size())?;
    let dims: Vec<i64> = t.size.iter().map(|d| *d as i64).collect();
    HostTensor::from_bytes(TensorSpec::new(ty, &dims), out)
        .map_err(|e| format!("tensor {name}: {e}"))
}

/// The element type of tensor `name`'s storage and the storage's bytes in
/// the archive, checked against its element count.
fn storage<'a>(
    name: &str,
    t: &TensorRef,
    zip: &Zip<'a>,
    prefix: &str,
) -> std::result::Result<(ElementType, &'a [u8]), String> {
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
    let numel = t.storage.numel;
    if numel.checked_mul(ty.size() as u64) != Some(data.len() as u64) {
        return Err(format!(
            "tensor {name}: storage {entry_name} has {} bytes, not {numel} {ty} elements",
            data.len()
        ));
    }
    Ok((ty, data))
}

/// The bytes of the view `t` (offset, size, stride) of its storage `data`
/// of `es`-byte elements, in row-major order; a view reaching outside the
/// storage is an error.
fn view_bytes(
    name: &str,
    t: &TensorRef,
    data: &[u8],
    es: usize,
) -> std::result::Result<Vec<u8>, String> {
    let numel = t.storage.numel;
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
    let mut out = Vec::new();
    if n == 0 {
        return Ok(out);
    }
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
    // (an expanded view, stride 0, may hold more elements than its storage)
    let bytes = usize::try_from(n)
        .ok()
        .and_then(|n| n.checked_mul(es))
        .ok_or_else(bad_view)?;
    out.try_reserve_exact(bytes)
        .map_err(|_| format!("tensor {name}: {bytes} bytes do not fit in memory"))?;
    let mut contiguous = true;
    let mut want = 1u64;
    for (d, s) in t.size.iter().zip(&t.stride).rev() {
        if *d != 1 && *s != want {
            contiguous = false;
        }
        want = want.saturating_mul(*d);
    }
    if contiguous {
        let start = t.offset as usize * es;
        out.extend_from_slice(&data[start..start + n as usize * es]);
    } else {
        strided_copy(t, data, es, &mut out);
    }
    Ok(out)
}

/// Appends the elements of the (checked) view `t` of `data` to `out`: an
/// odometer over the index, last dimension fastest, `at` = offset + index ·
/// stride (wrapping steps cancel: every element visited lies inside the view).
fn strided_copy(t: &TensorRef, data: &[u8], es: usize, out: &mut Vec<u8>) {
    let rank = t.size.len();
    let mut index = vec![0u64; rank];
    let mut at = t.offset;
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
