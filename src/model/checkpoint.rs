//! Checkpoints in the HF layout: `config.json` + `model.safetensors` (or
//! sharded `model.safetensors.index.json`), tensors stored as f32, f16,
//! bf16 or f64; read also from `pytorch_model.bin` (or sharded
//! `pytorch_model.bin.index.json`), torch.save's zip format (see
//! `torch_bin`). Adapter-side parameters live on their own in
//! `adapter_model.safetensors` + `adapter_config.json`. Writes are atomic
//! (temporary file, then rename).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use half::{bf16, f16};
use safetensors::tensor::{Dtype, Metadata, SafeTensors};

use super::params::{Init, ParamInfo};
use crate::error::{Error, Result};
use crate::runtime::mapped::Mapped;
use crate::runtime::{ElementType, HostTensor, TensorSpec};

pub mod hyperformer;
mod npy;

pub use npy::{read_npy, write_npy};

pub type Tensors = BTreeMap<String, HostTensor>;

/// Names HF checkpoints carry as aliases of `shared.weight`.
const SHARED_ALIASES: &[&str] = &["encoder.embed_tokens.weight", "decoder.embed_tokens.weight"];

/// The table of a position bias for the decoder's cross-attention, which
/// transformers before 4.0 built (and so wrote into the hub's early T5
/// weights and every model saved on it, the reference's included) but which
/// T5 does not have: HF 4.x ignores it on load, and so does ruse unless
/// `legacy_cross_attention_bias` is on (see `model::legacy`).
pub const LEGACY_CROSS_ATTENTION_BIAS: &str =
    "decoder.block.0.layer.1.EncDecAttention.relative_attention_bias.weight";

fn element_type(dtype: Dtype) -> Option<ElementType> {
    Some(match dtype {
        Dtype::F16 => ElementType::F16,
        Dtype::BF16 => ElementType::BF16,
        Dtype::F32 => ElementType::F32,
        Dtype::F64 => ElementType::F64,
        Dtype::I32 => ElementType::S32,
        Dtype::I64 => ElementType::S64,
        Dtype::U32 => ElementType::U32,
        Dtype::BOOL => ElementType::Pred,
        _ => return None,
    })
}

fn st_dtype(ty: ElementType) -> Dtype {
    match ty {
        ElementType::Pred => Dtype::BOOL,
        ElementType::S32 => Dtype::I32,
        ElementType::S64 => Dtype::I64,
        ElementType::U32 => Dtype::U32,
        ElementType::U64 => Dtype::U64,
        ElementType::F16 => Dtype::F16,
        ElementType::BF16 => Dtype::BF16,
        ElementType::F32 => Dtype::F32,
        ElementType::F64 => Dtype::F64,
    }
}

/// Every tensor of one `.safetensors` file.
pub fn load_safetensors(path: &Path) -> Result<Tensors> {
    let bytes = Mapped::open(path)?;
    let st = SafeTensors::deserialize(&bytes)
        .map_err(|e| Error::file(path, format!("not a safetensors file: {e}")))?;
    let mut out = Tensors::new();
    for (name, view) in st.tensors() {
        let ty = element_type(view.dtype()).ok_or_else(|| {
            Error::file(
                path,
                format!("tensor {name} has unsupported dtype {:?}", view.dtype()),
            )
        })?;
        let dims: Vec<i64> = view.shape().iter().map(|d| *d as i64).collect();
        let t = HostTensor::from_bytes(TensorSpec::new(ty, &dims), view.data().to_vec())
            .map_err(|e| Error::file(path, format!("tensor {name}: {e}")))?;
        out.insert(name, t);
    }
    Ok(out)
}

/// Every tensor of one `pytorch_model.bin` (a `torch.save` zip archive),
/// except the tied aliases of `shared.weight` (`encoder.embed_tokens.weight`,
/// `decoder.embed_tokens.weight`, `lm_head.weight` when they view exactly its
/// storage): torch keeps them, HF's safetensors writer drops them, so a
/// `.bin` loads as the same `Tensors` as its safetensors equivalent. The
/// aliases are never gathered from the storage, and the file is mapped.
pub fn load_torch_bin(path: &Path) -> Result<Tensors> {
    let entries = super::torch_bin::read_except(path, tied_aliases)?;
    Ok(entries.into_iter().map(|e| (e.name, e.tensor)).collect())
}

/// The names of one `pytorch_model.bin` that [`load_torch_bin`] loads,
/// from the archive's directory and pickle alone.
fn torch_bin_names(path: &Path) -> Result<Vec<String>> {
    let views = super::torch_bin::views(path)?;
    let aliases = tied_aliases(&views);
    Ok(views
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| !aliases.contains(n))
        .collect())
}

/// The names among `views` that are tied aliases of `shared.weight`: the
/// embeddings' and the LM head's names where they view exactly its storage.
fn tied_aliases(views: &[(String, super::torch_bin::View)]) -> BTreeSet<String> {
    let shared = views.iter().find(|(n, _)| n == "shared.weight");
    views
        .iter()
        .filter(|(n, v)| {
            (SHARED_ALIASES.contains(&n.as_str()) || n == "lm_head.weight")
                && shared.is_some_and(|(_, s)| s == v)
        })
        .map(|(n, _)| n.clone())
        .collect()
}

/// The weight map of an index (`model.safetensors.index.json`,
/// `pytorch_model.bin.index.json`): tensor name to shard file.
fn weight_map(index: &Path) -> Result<serde_json::Map<String, serde_json::Value>> {
    let text = std::fs::read_to_string(index).map_err(|e| Error::file(index, e.to_string()))?;
    let mut v: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| Error::file(index, e.to_string()))?;
    match v["weight_map"].take() {
        serde_json::Value::Object(map) => Ok(map),
        _ => Err(Error::file(index, "no weight_map")),
    }
}

/// The shard files an index names, each once, sorted.
pub fn shard_files(index: &Path) -> Result<Vec<String>> {
    let mut shards: Vec<String> = weight_map(index)?
        .values()
        .filter_map(|s| s.as_str().map(String::from))
        .collect();
    shards.sort();
    shards.dedup();
    Ok(shards)
}

/// The weights files of an HF model directory, in order of preference:
/// `model.safetensors`, `model.safetensors.index.json`, `pytorch_model.bin`,
/// `pytorch_model.bin.index.json`.
pub const WEIGHT_FILES: [&str; 4] = [
    "model.safetensors",
    "model.safetensors.index.json",
    "pytorch_model.bin",
    "pytorch_model.bin.index.json",
];

/// The weights of an HF model directory: single or sharded safetensors, or
/// (when there are none) single or sharded `pytorch_model.bin`.
pub fn load_model_dir(dir: &Path) -> Result<Tensors> {
    let [single, index, bin, bin_index] = WEIGHT_FILES.map(|f| dir.join(f));
    if single.is_file() {
        return load_safetensors(&single);
    }
    if index.is_file() {
        let mut out = Tensors::new();
        for shard in shard_files(&index)? {
            out.extend(load_safetensors(&dir.join(shard))?);
        }
        return Ok(out);
    }
    if bin.is_file() {
        return load_torch_bin(&bin);
    }
    if bin_index.is_file() {
        let mut out = Tensors::new();
        for shard in shard_files(&bin_index)? {
            out.extend(load_torch_bin(&dir.join(shard))?);
        }
        return Ok(out);
    }
    Err(Error::file(
        dir,
        format!("no weights: none of {}", WEIGHT_FILES.join(", ")),
    ))
}

/// The tensor names of one `.safetensors` file, from its header alone (the
/// file is mapped, so only the header's pages are read).
fn safetensors_names(path: &Path) -> Result<Vec<String>> {
    let bytes = Mapped::open(path)?;
    let (_, meta) = SafeTensors::read_metadata(&bytes)
        .map_err(|e| Error::file(path, format!("not a safetensors file: {e}")))?;
    Ok(meta.offset_keys())
}

/// The tensor names of an HF model directory's weights (those
/// [`load_model_dir`] reads), from the safetensors headers or a sharded
/// index's weight map where there are such, or a single `pytorch_model.bin`'s
/// directory and pickle (not its tensors). Empty when the directory has no
/// weights file.
pub fn weight_names(dir: &Path) -> Result<BTreeSet<String>> {
    let [single, index, bin, bin_index] = WEIGHT_FILES.map(|f| dir.join(f));
    let index_names = |index: &Path| -> Result<Vec<String>> {
        Ok(weight_map(index)?.into_iter().map(|(k, _)| k).collect())
    };
    let names = if single.is_file() {
        safetensors_names(&single)?
    } else if index.is_file() {
        index_names(&index)?
    } else if bin.is_file() {
        torch_bin_names(&bin)?
    } else if bin_index.is_file() {
        index_names(&bin_index)?
    } else {
        Vec::new()
    };
    Ok(names.into_iter().collect())
}

/// `t` converted to element type `ty` (through f64).
pub fn convert(t: &HostTensor, ty: ElementType) -> Result<HostTensor> {
    if t.element_type() == ty {
        return Ok(t.clone());
    }
    let v: Vec<f64> = match t.element_type() {
        ElementType::F16 => t.to_vec::<f16>()?.iter().map(|x| x.to_f64()).collect(),
        ElementType::BF16 => t.to_vec::<bf16>()?.iter().map(|x| x.to_f64()).collect(),
        ElementType::F32 => t.to_vec::<f32>()?.iter().map(|x| *x as f64).collect(),
        ElementType::F64 => t.to_vec::<f64>()?,
        other => {
            return Err(Error::invalid(format!(
                "cannot convert {other} weights to {ty}"
            )))
        }
    };
    let dims = t.dims();
    match ty {
        ElementType::F16 => HostTensor::new(
            &v.iter().map(|x| f16::from_f64(*x)).collect::<Vec<_>>(),
            dims,
        ),
        ElementType::BF16 => HostTensor::new(
            &v.iter().map(|x| bf16::from_f64(*x)).collect::<Vec<_>>(),
            dims,
        ),
        ElementType::F32 => HostTensor::new(&v.iter().map(|x| *x as f32).collect::<Vec<_>>(), dims),
        ElementType::F64 => HostTensor::new(&v, dims),
        other => Err(Error::invalid(format!("cannot convert weights to {other}"))),
    }
}

/// Whether `name` belongs to the adapter side of some run (ruse's names or
/// hyperformer's: adapters, hypernetworks, task embeddings), not to T5.
pub fn is_adapter_side(name: &str) -> bool {
    ["adapter_controller.", "_hyper_net.", "task_embedding"]
        .iter()
        .any(|k| name.contains(k))
        || name.starts_with("task_hypernet.")
}

/// Matches loaded tensors to the parameters `wanted`: every wanted name must
/// be present with its shape, and nothing may be left over (aliases of the
/// tied embedding and [`LEGACY_CROSS_ATTENTION_BIAS`] excepted). Values are
/// converted to each parameter's type.
pub fn fit(
    wanted: &[&ParamInfo],
    mut loaded: Tensors,
    source: &Path,
    tied: bool,
) -> Result<Vec<HostTensor>> {
    for alias in SHARED_ALIASES {
        loaded.remove(*alias);
    }
    if tied {
        loaded.remove("lm_head.weight");
    }
    let legacy_wanted = wanted.iter().any(|p| p.name == LEGACY_CROSS_ATTENTION_BIAS);
    if !legacy_wanted && loaded.remove(LEGACY_CROSS_ATTENTION_BIAS).is_some() {
        note!(
            "{}: ignoring {LEGACY_CROSS_ATTENTION_BIAS}, the table of a cross-attention position \
             bias that transformers < 4.0 computed and T5 does not have (HF 4.x ignores it too; \
             legacy_cross_attention_bias: true computes it, as models fine-tuned on those \
             versions were trained)",
            source.display()
        );
    }
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|p| !loaded.contains_key(&p.name))
        .map(|p| p.name.as_str())
        .collect();
    if !missing.is_empty() {
        let hint = if missing.contains(&LEGACY_CROSS_ATTENTION_BIAS) {
            "; legacy_cross_attention_bias is on (set in the run's config, the model's \
             config.json or the adapters' adapter_config.json), but only models saved by \
             transformers < 4.0, or by ruse with it on, hold that table: set it to false there \
             to leave the bias out"
        } else {
            ""
        };
        return Err(Error::file(
            source,
            format!("missing tensors: {}{hint}", name_list(&missing)),
        ));
    }
    let mut out = Vec::with_capacity(wanted.len());
    for p in wanted {
        let t = loaded.remove(&p.name).expect("checked above");
        if t.dims() != p.spec.dims.as_slice() {
            return Err(Error::file(
                source,
                format!(
                    "tensor {} has shape {:?}, the model expects {:?}",
                    p.name,
                    t.dims(),
                    p.spec.dims
                ),
            ));
        }
        let converted = convert(&t, p.spec.ty)
            .map_err(|e| Error::file(source, format!("tensor {}: {e}", p.name)))?;
        out.push(converted);
    }
    if !loaded.is_empty() {
        let names: Vec<&str> = loaded.keys().map(|s| s.as_str()).collect();
        // Adapter-side tensors (a model saved with its adapters in one file)
        // that this run does not build: its adapter settings differ.
        let hint = if names.iter().any(|n| is_adapter_side(n)) {
            "; these are adapters or hypernetworks: load the model with the adapter settings \
             (train_adapters, adapter_config_name, hypernetwork switches, tasks) of the run \
             that saved it"
        } else {
            ""
        };
        return Err(Error::file(
            source,
            format!("unexpected tensors: {}{hint}", name_list(&names)),
        ));
    }
    Ok(out)
}

/// How many tensor names an error message spells out before it counts the rest.
const NAMES_SHOWN: usize = 8;

/// `a, b, c` for a short list; the first [`NAMES_SHOWN`] names and
/// `and N more (M in all)` for a long one, so that a checkpoint of the wrong
/// model gives a readable one-line error rather than hundreds of names.
fn name_list(names: &[&str]) -> String {
    if names.len() <= NAMES_SHOWN {
        return names.join(", ");
    }
    format!(
        "{} and {} more ({} in all)",
        names[..NAMES_SHOWN].join(", "),
        names.len() - NAMES_SHOWN,
        names.len()
    )
}

/// Writes `tensors` as one safetensors file, atomically, streaming each
/// tensor's bytes to the file (no copy of the whole file in memory: a
/// t5-base optimizer state is 1.8 GB).
///
/// The header comes from the `safetensors` crate's own writer, fed views
/// that report their lengths but carry no bytes; the tensors then follow in
/// the order of the offsets that header gives them.
pub fn save_safetensors(
    path: &Path,
    tensors: &Tensors,
    metadata: Option<BTreeMap<String, String>>,
) -> Result<()> {
    let bad = |e: String| Error::file(path, e);
    let sized: Vec<(&String, HeaderOnly)> = tensors
        .iter()
        .map(|(name, t)| {
            let sized = HeaderOnly {
                dtype: st_dtype(t.element_type()),
                shape: t.dims().iter().map(|d| *d as usize).collect(),
                len: t.bytes().len(),
            };
            (name, sized)
        })
        .collect();
    let meta = metadata.map(|m| m.into_iter().collect());
    let header = safetensors::serialize(sized, meta).map_err(|e| bad(e.to_string()))?;
    // The tensors' order in the data section, as the header just written gives it.
    let order: Metadata = serde_json::from_slice(&header[8..]).map_err(|e| bad(e.to_string()))?;
    let data = order
        .offset_keys()
        .into_iter()
        .map(|name| {
            tensors
                .get(&name)
                .map(HostTensor::bytes)
                .ok_or_else(|| bad(format!("the header names {name}, which is not being saved")))
        })
        .collect::<Result<Vec<_>>>()?;
    crate::files::write_atomic_with(path, |f| {
        use std::io::Write;
        let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
        w.write_all(&header)?;
        for bytes in data {
            w.write_all(bytes)?;
        }
        w.flush()
    })
}

/// A tensor's dtype, shape and byte length without its bytes: what the
/// safetensors header of [`save_safetensors`] is written from.
struct HeaderOnly {
    dtype: Dtype,
    shape: Vec<usize>,
    len: usize,
}

impl safetensors::View for HeaderOnly {
    fn dtype(&self) -> Dtype {
        self.dtype
    }
    fn shape(&self) -> &[usize] {
        &self.shape
    }
    fn data(&self) -> std::borrow::Cow<'_, [u8]> {
        std::borrow::Cow::Borrowed(&[])
    }
    fn data_len(&self) -> usize {
        self.len
    }
}

/// Fresh values for `params` from their `Init`, deterministic in `seed`.
pub fn initialise(params: &[&ParamInfo], seed: u64) -> Result<Vec<HostTensor>> {
    use rand::{Rng, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    params
        .iter()
        .map(|p| {
            let n = p.numel();
            let v: Vec<f64> = match p.init {
                Init::Zeros => vec![0.0; n],
                Init::Ones => vec![1.0; n],
                Init::Normal(std) => (0..n)
                    .map(|_| {
                        // Box-Muller on two uniforms in (0, 1].
                        let u1: f64 = 1.0 - rng.random::<f64>();
                        let u2: f64 = rng.random::<f64>();
                        std * (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
                    })
                    .collect(),
            };
            convert(&HostTensor::new(&v, &p.spec.dims)?, p.spec.ty)
        })
        .collect()
}
