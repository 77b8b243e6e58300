//! Training checkpoints in `output_dir`: `checkpoint-{step}/` directories,
//! each written completely under a temporary name and then renamed into
//! place, so a crash at any moment leaves only complete checkpoints (and
//! perhaps a temporary directory, removed on the next start).
//!
//! A checkpoint holds the model (`config.json`, `model.safetensors`, the
//! run's `tokenizer.json`), the
//! adapters alone (`adapter_model.safetensors`, `adapter_config.json`), the
//! optimizer state (`optimizer.safetensors`) and `trainer_state.json` (the
//! update number, each replica's sampler position, the seed that keys
//! dropout, and the evaluation metrics of that step).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::data::SamplerState;
use crate::error::{Error, Result};

pub const PREFIX: &str = "checkpoint-";
pub const STATE_FILE: &str = "trainer_state.json";
pub const OPTIMIZER_FILE: &str = "optimizer.safetensors";
/// The name prefix of a checkpoint directory being written.
pub const TEMP_PREFIX: &str = ".tmp-checkpoint-";

/// `trainer_state.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainerState {
    /// Updates done.
    pub step: usize,
    pub total_steps: usize,
    /// The seed dropout keys are derived from (with the update number).
    pub seed: u64,
    /// Each replica's sampler position after `step` updates.
    pub sampler: Vec<SamplerState>,
    /// The update number the learning-rate schedule counts from
    /// (non-zero after a resume with `optimize_from_scratch`).
    pub schedule_origin: usize,
    /// Metrics of the evaluation at this step, if one ran.
    pub metrics: Option<BTreeMap<String, f64>>,
    /// The training tasks and the batch per replica that the sampler
    /// positions count in (absent in checkpoints written before they were
    /// recorded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_per_replica: Option<usize>,
}

fn io_err(path: &Path, what: &str, e: std::io::Error) -> Error {
    Error::File {
        path: path.display().to_string(),
        reason: format!("{what}: {e}"),
    }
}

/// The complete checkpoints in `output_dir`, oldest first.
pub fn list(output_dir: &Path) -> Result<Vec<(usize, PathBuf)>> {
    let mut found = Vec::new();
    let entries = match std::fs::read_dir(output_dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(found),
        Err(e) => return Err(io_err(output_dir, "cannot list", e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| io_err(output_dir, "cannot list", e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let step = name.strip_prefix(PREFIX).and_then(|s| s.parse().ok());
        if let Some(step) = step {
            if entry.path().join(STATE_FILE).is_file() {
                found.push((step, entry.path()));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The newest complete checkpoint, if any.
pub fn latest(output_dir: &Path) -> Result<Option<(usize, PathBuf)>> {
    Ok(list(output_dir)?.pop())
}

/// Removes temporary checkpoint directories a crash left behind.
pub fn remove_partial(output_dir: &Path) -> Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    let Ok(entries) = std::fs::read_dir(output_dir) else {
        return Ok(removed);
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            std::fs::remove_dir_all(entry.path())
                .map_err(|e| io_err(&entry.path(), "cannot remove a partial checkpoint", e))?;
            removed.push(entry.path());
        }
    }
    Ok(removed)
}

/// Writes checkpoint `step`: `fill` writes the files into a temporary
/// directory, which is then synced and renamed to `checkpoint-{step}`.
pub fn write<F>(output_dir: &Path, step: usize, state: &TrainerState, fill: F) -> Result<PathBuf>
where
    F: FnOnce(&Path) -> Result<()>,
{
    let tmp = output_dir.join(format!("{TEMP_PREFIX}{step}"));
    let dir = output_dir.join(format!("{PREFIX}{step}"));
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp).map_err(|e| io_err(&tmp, "cannot clear", e))?;
    }
    std::fs::create_dir_all(&tmp).map_err(|e| io_err(&tmp, "cannot create", e))?;
    fill(&tmp)?;
    let text = serde_json::to_string_pretty(state).map_err(|e| Error::invalid(e.to_string()))?;
    let state_path = tmp.join(STATE_FILE);
    std::fs::write(&state_path, text).map_err(|e| io_err(&state_path, "cannot write", e))?;
    sync_dir_files(&tmp)?;
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(|e| io_err(&dir, "cannot replace", e))?;
    }
    std::fs::rename(&tmp, &dir).map_err(|e| io_err(&dir, "cannot rename into place", e))?;
    if let Ok(d) = std::fs::File::open(output_dir) {
        let _ = d.sync_all();
    }
    Ok(dir)
}

/// fsync every file of `dir` and the directory itself, so the rename that
/// publishes it never overtakes its contents.
fn sync_dir_files(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir).map_err(|e| io_err(dir, "cannot list", e))? {
        let path = entry.map_err(|e| io_err(dir, "cannot list", e))?.path();
        if path.is_file() {
            std::fs::File::open(&path)
                .and_then(|f| f.sync_all())
                .map_err(|e| io_err(&path, "cannot sync", e))?;
        }
    }
    std::fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(|e| io_err(dir, "cannot sync", e))
}

pub fn read_state(dir: &Path) -> Result<TrainerState> {
    let path = dir.join(STATE_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| io_err(&path, "cannot read", e))?;
    serde_json::from_str(&text).map_err(|e| Error::File {
        path: path.display().to_string(),
        reason: format!("not a trainer state: {e}"),
    })
}

/// A metric key in the reference's naming (`eval_average_metrics`,
/// `stsb_eval_pearson_corrcoef`, `rte_eval_loss`) as ruse's results name it
/// (`average_metrics`, `stsb_val_pearson`, `rte_val_loss`); ruse's own
/// names are unchanged.
fn ruse_metric_name(metric: &str) -> String {
    let m = metric.strip_prefix("eval_").unwrap_or(metric);
    let m = match m.split_once("_eval_") {
        Some((task, rest)) => format!("{task}_val_{rest}"),
        None => m.to_string(),
    };
    for (theirs, ours) in [
        ("_pearson_corrcoef", "_pearson"),
        ("_spearman_corrcoef", "_spearmanr"),
    ] {
        if let Some(stem) = m.strip_suffix(theirs) {
            return format!("{stem}{ours}");
        }
    }
    m
}

/// How checkpoints are compared: the metric's key and its direction.
#[derive(Clone, Debug)]
pub struct BestBy {
    pub metric: String,
    pub greater_is_better: bool,
}

impl BestBy {
    /// `metric_for_best_model` (default `average_metrics`), with the
    /// reference's names read as ruse's: an `eval_` prefix is dropped, its
    /// per-task `{task}_eval_{metric}` is `{task}_val_{metric}`, and its
    /// `pearson_corrcoef` / `spearman_corrcoef` are `pearson` / `spearmanr`;
    /// `greater_is_better` defaults to true unless the metric is a loss.
    pub fn from_config(metric: Option<&str>, greater: Option<bool>) -> BestBy {
        let metric = metric
            .map(ruse_metric_name)
            .unwrap_or_else(|| "average_metrics".into());
        let greater_is_better = greater.unwrap_or(!metric.ends_with("loss"));
        BestBy {
            metric,
            greater_is_better,
        }
    }

    /// The run's `metric_for_best_model` and `greater_is_better`; unset, the
    /// metric is `average_metrics`, or `average_loss` when the run evaluates
    /// the losses only (`predict_with_generate: false`), and then a metric
    /// that only generation computes is an error.
    pub fn of(run: &Config) -> Result<BestBy> {
        let default = if run.generates() {
            "average_metrics"
        } else {
            crate::train::eval::AVERAGE_LOSS
        };
        let metric = run.metric_for_best_model.as_deref().unwrap_or(default);
        let best = BestBy::from_config(Some(metric), run.greater_is_better);
        if !run.generates() && !best.metric.ends_with("loss") {
            return Err(Error::Config {
                key: "metric_for_best_model".into(),
                reason: format!(
                    "'{metric}' is a generation metric, and predict_with_generate: false \
                     evaluates the losses only: set metric_for_best_model to average_loss or a \
                     task's <task>_val_loss, or drop predict_with_generate"
                ),
            });
        }
        Ok(best)
    }

    /// The metric's value in `metrics`, if present and a number.
    pub fn value(&self, metrics: &BTreeMap<String, f64>) -> Option<f64> {
        metrics.get(&self.metric).copied().filter(|v| !v.is_nan())
    }

    pub fn better(&self, a: f64, b: f64) -> bool {
        if self.greater_is_better {
            a > b
        } else {
            a < b
        }
    }

    /// The best of `checkpoints` by their recorded metrics (the earliest on ties).
    pub fn best(&self, checkpoints: &[(usize, PathBuf)]) -> Result<Option<(usize, PathBuf)>> {
        let mut best: Option<(f64, usize, PathBuf)> = None;
        for (step, dir) in checkpoints {
            let state = read_state(dir)?;
            let Some(v) = state.metrics.as_ref().and_then(|m| self.value(m)) else {
                continue;
            };
            if best.as_ref().is_none_or(|(b, _, _)| self.better(v, *b)) {
                best = Some((v, *step, dir.clone()));
            }
        }
        Ok(best.map(|(_, s, d)| (s, d)))
    }
}

/// `save_total_limit` rotation: deletes the oldest checkpoints until at most
/// `limit` remain, never the newest and never the best by `best_by`.
/// Returns the deleted directories.
pub fn rotate(output_dir: &Path, limit: usize, best_by: &BestBy) -> Result<Vec<PathBuf>> {
    let all = list(output_dir)?;
    let best = best_by.best(&all)?.map(|(s, _)| s);
    let newest = all.last().map(|(s, _)| *s);
    let mut keep = all.len();
    let mut deleted = Vec::new();
    for (step, dir) in &all {
        if keep <= limit.max(1) {
            break;
        }
        if Some(*step) == best || Some(*step) == newest {
            continue;
        }
        std::fs::remove_dir_all(dir).map_err(|e| io_err(dir, "cannot delete", e))?;
        deleted.push(dir.clone());
        keep -= 1;
    }
    Ok(deleted)
}
