//! The output directory of `ruse train`: resuming from its checkpoints or
//! refusing to write over someone's files, and the JSONL log kept in step
//! with the checkpoint a run resumes from.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::config::Config;
use crate::model::checkpoint::write_atomic;
use crate::train::checkpoint;

pub(super) const LOG_FILE: &str = "train_log.jsonl";
/// The run's full config (the reference's `handle_metrics("arguments", …)` name).
pub const ARGUMENTS_FILE: &str = "arguments_results.json";
pub(super) const THROUGHPUT_FILE: &str = "throughput.json";

/// Prepares `output_dir`; returns it and the checkpoint to resume from.
/// A directory with checkpoints is resumed from its newest complete one
/// (temporary directories of an interrupted save are removed), unless
/// `overwrite_output_dir`, which deletes the old checkpoints and log.
/// Any other non-empty directory is refused (`.npy` task embeddings aside).
pub(super) fn prepare_output_dir(run: &Config) -> Result<(PathBuf, Option<PathBuf>)> {
    let dir = PathBuf::from(&run.output_dir);
    if run.overwrite_output_dir {
        for (_, old) in checkpoint::list(&dir)? {
            std::fs::remove_dir_all(&old)
                .with_context(|| format!("cannot delete {}", old.display()))?;
        }
        checkpoint::remove_partial(&dir)?;
        let _ = std::fs::remove_file(dir.join(LOG_FILE));
        let _ = std::fs::remove_file(dir.join(THROUGHPUT_FILE));
    } else {
        for partial in checkpoint::remove_partial(&dir)? {
            eprintln!(
                "removed {} (a checkpoint interrupted while being written)",
                partial.display()
            );
        }
        if let Some((_, latest)) = checkpoint::latest(&dir)? {
            return Ok((dir, Some(latest)));
        }
        // Task embeddings (`ruse task-embeddings` writes them here by
        // default, as the reference) are inputs, not a run to protect.
        let non_empty = std::fs::read_dir(&dir)
            .map(|d| {
                d.flatten()
                    .any(|e| e.path().extension().is_none_or(|x| x != "npy"))
            })
            .unwrap_or(false);
        if non_empty {
            bail!(
                "output_dir {} exists, is not empty and holds no checkpoint to resume from; \
                 pass --set overwrite_output_dir=true to write over it",
                dir.display()
            );
        }
    }
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("cannot create output_dir {}", dir.display()))?;
    Ok((dir, None))
}

/// Opens the JSONL log for appending, keeping only the lines of steps up to
/// `resumed_step` (a resumed run rewrites what came after its checkpoint).
pub(super) fn open_log(path: &Path, resumed_step: Option<usize>) -> Result<std::fs::File> {
    if let Some(step) = resumed_step {
        let old = std::fs::read_to_string(path).unwrap_or_default();
        let kept: String = old
            .lines()
            .filter(|line| {
                serde_json::from_str::<serde_json::Value>(line)
                    .ok()
                    .and_then(|v| v["step"].as_u64())
                    .is_some_and(|s| s as usize <= step)
            })
            .map(|line| format!("{line}\n"))
            .collect();
        write_atomic(path, kept.as_bytes())?;
    } else {
        std::fs::write(path, b"").with_context(|| format!("cannot write {}", path.display()))?;
    }
    std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))
}
