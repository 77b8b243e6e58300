//! The values of a run's parameters: loaded from an HF checkpoint and an
//! adapter file, or initialised; saved back in the same layouts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::checkpoint::{
    convert, fit, hyperformer, initialise, is_adapter_side, load_model_dir, load_safetensors,
    read_npy, save_safetensors, Tensors,
};
use super::config::T5Config;
use super::inventory::{inventory, Entry};
use super::params::{Group, ParamInfo};
use super::resolve::Source;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::files::write_atomic;
use crate::runtime::{ElementType, HostTensor};

pub const MODEL_FILE: &str = "model.safetensors";
pub const ADAPTER_FILE: &str = "adapter_model.safetensors";
pub const ADAPTER_CONFIG: &str = "adapter_config.json";
/// A run's full config (the reference's `handle_metrics("arguments", …)`
/// name), which ruse and hyperformer both write to their output directory.
pub const ARGUMENTS_FILE: &str = "arguments_results.json";

/// The config keys that define the adapter side (written to `adapter_config.json`).
pub const ADAPTER_KEYS: &[&str] = &[
    "tasks",
    "adapters",
    "task_embeddings",
    "train_adapters",
    "adapter_config_name",
    "task_embedding_dim",
    "add_layer_norm_before_adapter",
    "add_layer_norm_after_adapter",
    "hidden_dim",
    "meta_adapter_generator",
    "reduction_factor",
    "non_linearity",
    "train_task_embeddings",
    "projected_task_embedding_dim",
    "task_hidden_dim",
    "conditional_layer_norm",
    "train_adapters_blocks",
    "unique_hyper_net",
    "unique_hyper_net_layer_norm",
    "efficient_unique_hyper_net",
    "add_adapters_in_decoder",
    "add_adapter_in_feed_forward",
    "add_adapter_in_self_attention",
    "parametric_task_embedding",
    "conditional_layer_norm_for_T5",
    "remove_original_layer_norms",
];

/// The adapter settings a model directory records, with the file they come
/// from: its `adapter_config.json`, else the adapter keys of the
/// `arguments_results.json` of the run that saved it (hyperformer's output
/// directories hold only that; unset keys, `null` there, left out); `None`
/// when it has neither. `adapter_config_name` is made explicit (unset: the
/// kind its hypernetwork keys imply).
pub fn saved_adapter_settings(dir: &Path) -> Result<Option<(PathBuf, Map<String, Value>)>> {
    let path = [ADAPTER_CONFIG, ARGUMENTS_FILE]
        .map(|f| dir.join(f))
        .into_iter()
        .find(|p| p.is_file());
    let Some(path) = path else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(&path).map_err(|e| Error::file(&path, e.to_string()))?;
    let mut map: Map<String, Value> = serde_json::from_str(&text)
        .map_err(|e| Error::file(&path, format!("not a JSON object: {e}")))?;
    if path.ends_with(ARGUMENTS_FILE) {
        map.retain(|k, v| ADAPTER_KEYS.contains(&k.as_str()) && !v.is_null());
    }
    explicit_kind(&mut map);
    Ok(Some((path, map)))
}

/// Sets an unset `adapter_config_name` in `keys` to the kind its
/// hypernetwork keys imply (`meta-adapter` with one, else `adapter`).
pub fn explicit_kind(keys: &mut Map<String, Value>) {
    if keys.get("adapter_config_name").is_none_or(Value::is_null) {
        let on = |k: &str| keys.get(k).and_then(Value::as_bool).unwrap_or(false);
        let hyper = on("unique_hyper_net") || on("efficient_unique_hyper_net");
        let kind = if hyper { "meta-adapter" } else { "adapter" };
        keys.insert("adapter_config_name".into(), kind.into());
    }
}

/// Task embeddings from `{dir}/{name}.npy` (see `ruse task-embeddings`).
fn load_task_embeddings(
    values: &mut BTreeMap<String, HostTensor>,
    side: &[&ParamInfo],
    dir: &Path,
) -> Result<()> {
    for p in side.iter().filter(|p| p.group == Group::TaskEmbedding) {
        let name = p.name.trim_start_matches("task_embeddings.");
        let path = dir.join(format!("{name}.npy"));
        let t = read_npy(&path)?;
        if t.dims() != p.spec.dims.as_slice() {
            return Err(Error::File {
                path: path.display().to_string(),
                reason: format!(
                    "task embedding has shape {:?}, task_embedding_dim wants {:?}",
                    t.dims(),
                    p.spec.dims
                ),
            });
        }
        let value = convert(&t, p.spec.ty).map_err(|e| Error::File {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        values.insert(p.name.clone(), value);
    }
    Ok(())
}

/// Moves the run's adapter-side tensors out of a model's `loaded` weights,
/// where a model saved in one file (as hyperformer saves it, under its own
/// names) holds them beside T5's; `None` when there are none. Every
/// adapter-side parameter must be there, or the error names those missing,
/// except task embeddings that `task_embedding_dir` provides; the weights'
/// values take precedence. A run that builds no adapter side drops such
/// tensors with a note (starting T5 alone from a hyperformer model).
fn take_side(
    loaded: &mut Tensors,
    (t5, side): (&[&ParamInfo], &[&ParamInfo]),
    run: &Config,
    dir: &Path,
) -> Result<Option<Tensors>> {
    if side.is_empty() {
        let before = loaded.len();
        loaded.retain(|name, _| !is_adapter_side(name));
        if loaded.len() < before {
            note!(
                "{}: the weights hold {} adapter-side tensors (adapters, hypernetworks, task \
                 embeddings) that this run, which builds none, leaves unused",
                dir.display(),
                before - loaded.len()
            );
        }
        return Ok(None);
    }
    let wanted: BTreeSet<&str> = t5.iter().chain(side).map(|p| p.name.as_str()).collect();
    let renamed = hyperformer::translate(loaded, &wanted);
    let names: BTreeSet<&str> = side.iter().map(|p| p.name.as_str()).collect();
    let (found, rest): (Tensors, Tensors) = std::mem::take(loaded)
        .into_iter()
        .partition(|(k, _)| names.contains(k.as_str()));
    *loaded = rest;
    if found.is_empty() {
        return Ok(None);
    }
    if renamed > 0 {
        note!(
            "{}: read {renamed} adapter-side tensors under hyperformer's names",
            dir.display()
        );
    }
    let from_dir =
        |p: &ParamInfo| run.task_embedding_dir.is_some() && p.group == Group::TaskEmbedding;
    if side
        .iter()
        .any(|p| from_dir(p) && found.contains_key(&p.name))
    {
        note!(
            "{}: the task embeddings in the weights take precedence over task_embedding_dir's",
            dir.display()
        );
    }
    let expected: Vec<&ParamInfo> = side
        .iter()
        .filter(|p| !from_dir(p) || found.contains_key(&p.name))
        .copied()
        .collect();
    let values = fit(&expected, found, dir, false)?;
    Ok(Some(
        expected
            .iter()
            .map(|p| p.name.clone())
            .zip(values)
            .collect(),
    ))
}

/// Named parameter values of a run, and its parameter inventory.
#[derive(Clone)]
pub struct ParamStore {
    pub entries: Vec<Entry>,
    pub values: BTreeMap<String, HostTensor>,
    /// The adapter-side values came from the model's weights file, which
    /// held them beside T5's (a model hyperformer saved), not from an
    /// adapter file or initialisation.
    pub adapters_in_weights: bool,
}

impl ParamStore {
    /// T5 weights from `source` (initialised for a preset or with
    /// `not_load_t5_checkpoint`); adapter-side parameters initialised (task
    /// embeddings from `task_embedding_dir` where set), unless the weights
    /// file holds them too, as a model hyperformer saved does.
    pub fn for_run(
        run: &Config,
        cfg: &T5Config,
        source: &Source,
        dtype: ElementType,
    ) -> Result<ParamStore> {
        let mut entries = inventory(run, cfg)?;
        for e in &mut entries {
            e.info.spec.ty = dtype;
        }
        let (t5, side): (Vec<&ParamInfo>, Vec<&ParamInfo>) = entries
            .iter()
            .map(|e| &e.info)
            .partition(|p| p.group.is_t5());
        let mut values = BTreeMap::new();
        let (t5_values, side_in_weights) = match source {
            Source::Directory(dir) if !run.not_load_t5_checkpoint => {
                let mut loaded = load_model_dir(dir)?;
                let side_in_weights = take_side(&mut loaded, (&t5, &side), run, dir)?;
                if run.train_adapters
                    && run.remove_original_layer_norms
                    && run.conditional_layer_norm_for_t5
                {
                    // The model has no T5 layer norms: their checkpoint weights go unused.
                    loaded.retain(|name, _| !name.ends_with("layer_norm.weight"));
                }
                let t5_values = fit(&t5, loaded, dir, cfg.tie_word_embeddings)?;
                (t5_values, side_in_weights)
            }
            _ => (initialise(&t5, run.seed)?, None),
        };
        for (p, v) in t5.iter().zip(t5_values) {
            values.insert(p.name.clone(), v);
        }
        for (p, v) in side
            .iter()
            .zip(initialise(&side, run.seed.wrapping_add(1))?)
        {
            values.insert(p.name.clone(), v);
        }
        if let Some(dir) = &run.task_embedding_dir {
            load_task_embeddings(&mut values, &side, Path::new(dir))?;
        }
        let adapters_in_weights = side_in_weights.is_some();
        values.extend(side_in_weights.into_iter().flatten());
        Ok(ParamStore {
            entries,
            values,
            adapters_in_weights,
        })
    }

    /// Values of `params`, in order; an error names a missing one.
    pub fn values_for<'a>(&'a self, params: &[ParamInfo]) -> Result<Vec<&'a HostTensor>> {
        params
            .iter()
            .map(|p| {
                self.values
                    .get(&p.name)
                    .ok_or_else(|| Error::invalid(format!("no value for parameter {}", p.name)))
            })
            .collect()
    }

    fn select(&self, t5: bool) -> Tensors {
        self.entries
            .iter()
            .filter(|e| e.info.group.is_t5() == t5)
            .filter_map(|e| {
                self.values
                    .get(&e.info.name)
                    .map(|v| (e.info.name.clone(), v.clone()))
            })
            .collect()
    }

    /// Writes `config.json` + `model.safetensors` (the T5 weights, HF layout).
    pub fn save_model_dir(&self, dir: &Path, cfg: &T5Config) -> Result<()> {
        let meta = BTreeMap::from([("format".to_string(), "pt".to_string())]);
        save_safetensors(&dir.join(MODEL_FILE), &self.select(true), Some(meta))?;
        write_atomic(&dir.join("config.json"), cfg.to_hf_json().as_bytes())
    }

    /// Writes `adapter_model.safetensors` + `adapter_config.json`, which
    /// also says `legacy_cross_attention_bias: true` when the T5 `cfg` the
    /// adapters were trained on computes that bias (they then need it).
    pub fn save_adapters(&self, dir: &Path, run: &Config, cfg: &T5Config) -> Result<()> {
        save_safetensors(&dir.join(ADAPTER_FILE), &self.select(false), None)?;
        let all = serde_json::to_value(run).map_err(|e| Error::invalid(e.to_string()))?;
        let mut keys: Map<String, Value> = ADAPTER_KEYS
            .iter()
            .filter_map(|k| all.get(*k).map(|v| (k.to_string(), v.clone())))
            .collect();
        if cfg.legacy_cross_attention_bias {
            keys.insert(super::legacy::KEY.into(), true.into());
        }
        let text =
            serde_json::to_string_pretty(&keys).map_err(|e| Error::invalid(e.to_string()))?;
        write_atomic(&dir.join(ADAPTER_CONFIG), text.as_bytes())
    }

    /// Replaces the adapter-side values with those in `dir/adapter_model.safetensors`.
    pub fn load_adapters(&mut self, dir: &Path) -> Result<()> {
        let path = dir.join(ADAPTER_FILE);
        let side: Vec<&ParamInfo> = self
            .entries
            .iter()
            .map(|e| &e.info)
            .filter(|p| !p.group.is_t5())
            .collect();
        let values = fit(&side, load_safetensors(&path)?, &path, false)?;
        let names: Vec<String> = side.iter().map(|p| p.name.clone()).collect();
        for (n, v) in names.into_iter().zip(values) {
            self.values.insert(n, v);
        }
        Ok(())
    }
}
