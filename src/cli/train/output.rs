//! The output directory of `ruse train`: resuming from its checkpoints or
//! refusing to write over someone's files, and the JSONL log kept in step
//! with the checkpoint a run resumes from.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::config::Config;
use crate::files::write_atomic;
use crate::train::checkpoint;

pub(super) const LOG_FILE: &str = "train_log.jsonl";
pub use crate::model::store::ARGUMENTS_FILE;
pub(super) const THROUGHPUT_FILE: &str = "throughput.json";

/// The lock file that keeps two `ruse train` runs out of one `output_dir`.
const LOCK_FILE: &str = ".ruse-train.lock";

/// What `ruse train` will do with its `output_dir`, decided before anything
/// in it is touched.
pub(super) enum OutputPlan {
    /// Start afresh in an empty (or absent) directory, or over the files of a
    /// run that stopped before its first checkpoint.
    Fresh,
    /// Continue from this checkpoint.
    Resume(PathBuf),
    /// `overwrite_output_dir`: delete the old checkpoints and log, then start.
    Overwrite,
}

impl OutputPlan {
    pub(super) fn resume_from(&self) -> Option<&Path> {
        match self {
            OutputPlan::Resume(dir) => Some(dir),
            _ => None,
        }
    }
}

/// Files that a run writes before its first checkpoint: a directory holding
/// only these (and `.npy` task embeddings, inputs that `ruse task-embeddings`
/// writes here by default, as the reference) holds no run to protect.
fn leftover(name: &str) -> bool {
    [
        ARGUMENTS_FILE,
        LOG_FILE,
        THROUGHPUT_FILE,
        LOCK_FILE,
        "predictions",
    ]
    .contains(&name)
        || name.ends_with(".npy")
}

/// Decides what to do with `output_dir` without changing it: resume from its
/// newest complete checkpoint, start afresh, overwrite (with
/// `overwrite_output_dir`), or refuse a directory holding other files.
pub(super) fn plan_output_dir(run: &Config) -> Result<(PathBuf, OutputPlan)> {
    let dir = PathBuf::from(&run.output_dir);
    crate::files::check_creatable(&dir).context("output_dir cannot be used")?;
    if run.overwrite_output_dir {
        return Ok((dir, OutputPlan::Overwrite));
    }
    if let Some((_, latest)) = checkpoint::latest(&dir)? {
        return Ok((dir, OutputPlan::Resume(latest)));
    }
    let others: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(d) => d
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !leftover(n) && !n.starts_with(checkpoint::TEMP_PREFIX))
            .collect(),
        Err(_) => Vec::new(),
    };
    if !others.is_empty() {
        bail!(
            "output_dir {} exists and holds no checkpoint to resume from, but other files ({}); \
             pass --set overwrite_output_dir=true to write over it",
            dir.display(),
            others.join(", ")
        );
    }
    Ok((dir, OutputPlan::Fresh))
}

/// The lock a `ruse train` holds on its output_dir (see [`lock_output_dir`]).
pub(super) struct OutputLock {
    _file: std::fs::File,
    /// The directory, if this run created it and has not started writing
    /// into it: a run refused before then removes it again.
    created: Option<PathBuf>,
}

impl OutputLock {
    /// The run writes into output_dir from now on: the directory stays.
    pub(super) fn keep(&mut self) {
        self.created = None;
    }
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        if let Some(dir) = self.created.take() {
            let _ = std::fs::remove_file(dir.join(LOCK_FILE));
            let _ = std::fs::remove_dir(&dir);
        }
    }
}

/// Creates `dir` and locks it for this process: a second `ruse train` on the
/// same directory is refused while the returned lock lives. A directory it
/// created is removed again when the lock is dropped before
/// [`OutputLock::keep`] (a run refused after the lock leaves nothing behind).
pub(super) fn lock_output_dir(dir: &Path) -> Result<OutputLock> {
    let created = (!dir.exists()).then(|| dir.to_path_buf());
    crate::files::create_dir(dir).context("cannot create output_dir")?;
    let path = dir.join(LOCK_FILE);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(OutputLock {
            _file: file,
            created,
        }),
        Err(std::fs::TryLockError::WouldBlock) => bail!(
            "output_dir {} is in use by another `ruse train` (it holds {}); wait for that run \
             to end or give another output_dir",
            dir.display(),
            path.display()
        ),
        Err(std::fs::TryLockError::Error(e)) => {
            Err(e).with_context(|| format!("cannot lock {}", path.display()))
        }
    }
}

/// Carries out `plan` once the run has been checked and its trainer built:
/// removes the temporary directories of an interrupted checkpoint save, and
/// with `Overwrite` the old checkpoints and log.
pub(super) fn apply_plan(dir: &Path, plan: &OutputPlan) -> Result<()> {
    let partial = checkpoint::remove_partial(dir)?;
    match plan {
        OutputPlan::Overwrite => {
            for (_, old) in checkpoint::list(dir)? {
                std::fs::remove_dir_all(&old)
                    .with_context(|| format!("cannot delete {}", old.display()))?;
            }
            let _ = std::fs::remove_file(dir.join(LOG_FILE));
            let _ = std::fs::remove_file(dir.join(THROUGHPUT_FILE));
        }
        _ => {
            for p in partial {
                note!(
                    "removed {} (a checkpoint interrupted while being written)",
                    p.display()
                );
            }
        }
    }
    if matches!(plan, OutputPlan::Fresh) && dir.join(LOG_FILE).is_file() {
        note!(
            "starting afresh: {} holds no checkpoint, only the files of a run stopped before \
             its first one",
            dir.display()
        );
    }
    Ok(())
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
