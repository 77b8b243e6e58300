//! Which tasks `ruse compile` compiles, with their decode lengths and beams.

use anyhow::{bail, Context, Result};

use super::CompileArgs;
use crate::config::Config;
use crate::data::Mixture;
use crate::train::eval::eval_tasks;

/// One task to compile: its decode length, its evaluation beams, and
/// whether it trains (an eval-only task has generation programs only).
pub(super) struct Target {
    pub(super) task: String,
    pub(super) len: usize,
    pub(super) beams: usize,
    pub(super) trains: bool,
}

/// Every training task and eval-only task of the run: decode lengths from
/// `--target-len`, else from the data.
fn targets(args: &CompileArgs, run: &Config, config_dir: &std::path::Path) -> Result<Vec<Target>> {
    let trains = |n: &str| run.tasks.iter().any(|t| t == n);
    let beams = |info_beams: Option<usize>| run.eval_beams.or(info_beams).unwrap_or(1).max(1);
    if let Some(len) = args.target_len {
        if !(2..=crate::config::MAX_EXTENT).contains(&len) {
            anyhow::bail!(
                "--target-len {len}: a decode length is between 2 (one token and </s>) and {}",
                crate::config::MAX_EXTENT
            );
        }
        let mut names = run.tasks.clone();
        for n in eval_tasks(run) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
        return Ok(names
            .into_iter()
            .map(|task| Target {
                beams: beams(
                    if run
                        .user_tasks
                        .as_ref()
                        .is_some_and(|u| u.contains_key(&task))
                    {
                        None
                    } else {
                        crate::data::tasks::builtin_beams(&task)
                    },
                ),
                trains: trains(&task),
                task,
                len,
            })
            .collect());
    }
    let mixture = Mixture::load(run, config_dir, args.device.replicas).with_context(|| {
        "reading the tasks' data for their decode lengths (or give --target-len N)"
    })?;
    Ok(mixture
        .tasks
        .iter()
        .chain(&mixture.eval_only)
        .map(|t| Target {
            task: t.data.info.name.clone(),
            len: t.decode_len,
            beams: beams(t.data.info.beams),
            trains: trains(&t.data.info.name),
        })
        .collect())
}

/// The config's tasks to compile: all of them, or those `--task` names
/// (each must be one of the config's tasks or eval tasks).
pub(super) fn selected_targets(args: &CompileArgs, run: &Config) -> Result<Vec<Target>> {
    let known = |t: &String| run.tasks.contains(t) || eval_tasks(run).contains(t);
    if let Some(bad) = args.only.iter().find(|t| !known(t)) {
        bail!(
            "--task {bad}: not one of the config's tasks or eval_tasks ({})",
            run.tasks.join(", ")
        );
    }
    Ok(targets(args, run, &args.config.dir())?
        .into_iter()
        .filter(|t| args.only.is_empty() || args.only.contains(&t.task))
        .collect())
}
