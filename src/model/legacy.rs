//! transformers 3.x's cross-attention position bias: which models compute it.
//!
//! transformers before 4.0 gave the decoder's first block a relative position
//! bias table in its cross-attention too
//! ([`LEGACY_CROSS_ATTENTION_BIAS`]) and added it, with bidirectional
//! buckets of encoder position minus decoder position, to every decoder
//! layer's cross-attention scores. T5 has no such bias (HF 4.x dropped it and
//! ignores the tensor), but every model fine-tuned on those versions,
//! hyperformer's and the reference's included, was trained with it in use,
//! so it predicts as trained only with it. `legacy_cross_attention_bias`
//! (`T5Config`) turns it on; this module decides the setting for a model.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use super::checkpoint::{weight_names, WEIGHT_FILES};
use super::config::{legacy_setting, T5Config};
use super::store::ARGUMENTS_FILE;
use crate::error::{Error, Result};
use crate::train::checkpoint::STATE_FILE;

pub use super::checkpoint::LEGACY_CROSS_ATTENTION_BIAS;

/// The key, in a run's config and in a model's `config.json`.
pub const KEY: &str = "legacy_cross_attention_bias";

/// `config.json`'s own `legacy_cross_attention_bias` in `dir`, when it says.
fn saved_setting(dir: &Path) -> Result<Option<bool>> {
    let path = dir.join("config.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(None);
    };
    let v: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| Error::file(&path, format!("not a T5 config: {e}")))?;
    legacy_setting(&v[KEY]).map_err(|why| Error::file(&path, why))
}

/// Whether the model saved in `dir` computes the bias: as its `config.json`
/// says when it says (ruse writes `true` there for a model trained with it),
/// else when `dir` is a fine-tuning run's output (`arguments_results.json`,
/// as hyperformer and ruse write, or `trainer_state.json`, as every HF and
/// ruse checkpoint holds) whose weights hold the table: a run on
/// transformers 4.x or later never saves it, so such a model was trained
/// with the bias in use. A pretrained hub checkpoint that carries the table
/// (converted on transformers 3.x) does not compute it: T5 was pretrained
/// without it.
pub fn used_by(dir: &Path) -> Result<bool> {
    if let Some(on) = saved_setting(dir)? {
        return Ok(on);
    }
    let run_output = [ARGUMENTS_FILE, STATE_FILE]
        .iter()
        .any(|f| dir.join(f).is_file());
    if !run_output {
        return Ok(false);
    }
    holds_table(dir)
}

/// Whether the weights in `dir` hold the table (none: false), with a note
/// the first time it says yes. Remembered per weights file (path, size,
/// modification time) for the process, since one command resolves a model
/// more than once and the note is said once.
fn holds_table(dir: &Path) -> Result<bool> {
    type Seen = BTreeMap<(PathBuf, u64, Option<SystemTime>), bool>;
    static SEEN: Mutex<Seen> = Mutex::new(BTreeMap::new());
    let Some(file) = WEIGHT_FILES
        .iter()
        .map(|f| dir.join(f))
        .find(|p| p.is_file())
    else {
        return Ok(false);
    };
    let meta = std::fs::metadata(&file).map_err(|e| Error::file(&file, e.to_string()))?;
    let key = (
        file.canonicalize().unwrap_or(file),
        meta.len(),
        meta.modified().ok(),
    );
    if let Some(on) = SEEN.lock().ok().and_then(|seen| seen.get(&key).copied()) {
        return Ok(on);
    }
    let on = weight_names(dir)?.contains(LEGACY_CROSS_ATTENTION_BIAS);
    if on {
        note!(
            "{}: computing transformers 3.x's cross-attention position bias \
             ({LEGACY_CROSS_ATTENTION_BIAS}), with which this model was fine-tuned \
             ({KEY}: false, in the run's config or this config.json, leaves it out)",
            dir.display()
        );
    }
    if let Ok(mut seen) = SEEN.lock() {
        seen.insert(key, on);
    }
    Ok(on)
}

/// Sets `cfg`'s `legacy_cross_attention_bias`: the run's `setting` when it
/// gives one, else whether the model in `dir` (if any) was fine-tuned with it.
pub fn resolve(cfg: &mut T5Config, setting: Option<bool>, dir: Option<&Path>) -> Result<()> {
    cfg.legacy_cross_attention_bias = match (setting, dir) {
        (Some(on), _) => on,
        (None, Some(dir)) => used_by(dir)?,
        (None, None) => false,
    };
    Ok(())
}
