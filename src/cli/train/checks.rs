//! What `ruse train` checks before it touches `output_dir`: that there is
//! something to train, that `metric_for_best_model` is a metric the run's
//! evaluations report, how often it evaluates, and what a resumed run
//! changes from the settings its run started with.

use std::path::Path;

use anyhow::{bail, Result};
use serde_json::Value;

use super::TrainArgs;
use crate::config::Config;
use crate::data::metric_key;
use crate::train::checkpoint::BestBy;
use crate::train::eval::{EvalSplit, AVERAGE_LOSS};
use crate::train::trainer::Trainer;

/// Every how many updates to evaluate during training (`evaluation_strategy`
/// "steps": `eval_steps`, default `logging_steps`; "epoch": once per epoch).
pub(super) fn eval_interval(trainer: &Trainer) -> Result<Option<usize>> {
    let run = &trainer.run;
    Ok(match run.evaluation_strategy.as_str() {
        "no" => None,
        "steps" => Some(run.eval_steps.unwrap_or(run.logging_steps).max(1)),
        "epoch" => Some(
            (trainer.mixture.sampler.batches_per_epoch() / run.gradient_accumulation_steps).max(1),
        ),
        other => {
            bail!("config key 'evaluation_strategy': '{other}' is not one of no, steps, epoch")
        }
    })
}

/// Refuses a `metric_for_best_model` that no evaluation of the run reports,
/// at the start rather than after checkpoint rotation has chosen by it.
pub(super) fn check_best_metric(best_by: &BestBy, trainer: &Trainer) -> Result<()> {
    let mut known = vec![AVERAGE_LOSS.to_string()];
    if trainer.run.generates() {
        known.push("average_metrics".into());
    }
    // Checkpoints are compared by the evaluations during training: the validation split.
    let split = EvalSplit::Val.key();
    for task in crate::train::eval::eval_tasks(&trainer.run) {
        known.push(metric_key(&task, split, "loss"));
        if let (true, Some(t)) = (trainer.run.generates(), trainer.mixture.task(&task)) {
            let metrics = &t.data.info.metrics;
            known.extend(metrics.iter().map(|m| metric_key(&task, split, m.key())));
        }
    }
    if !known.contains(&best_by.metric) {
        bail!(
            "config key 'metric_for_best_model': '{}' is not a metric this run's evaluations \
             report (they report {})",
            best_by.metric,
            known.join(", ")
        );
    }
    Ok(())
}

/// Refuses a config with nothing to train.
pub(super) fn check_trainable(args: &TrainArgs, run: &Config) -> Result<()> {
    if run.tasks.is_empty() {
        bail!("config key 'tasks' is empty: name at least one task");
    }
    if run.do_train == Some(false) {
        bail!(
            "{} sets do_train: false, so there is nothing to train (the reference only evaluates \
             then): evaluate with `ruse eval {}` (its model_name_or_path, or --checkpoint DIR), \
             or train with --set do_train=true",
            args.config.path.display(),
            args.config.path.display()
        );
    }
    Ok(())
}

/// The settings of `run` that differ from those the run in `arguments`
/// (its `arguments_results.json`) last started with, as `key: old -> new`,
/// by key; none when the file is missing or unreadable (an older run).
pub(super) fn changed_arguments(arguments: &Path, run: &Config) -> Vec<String> {
    let old = std::fs::read_to_string(arguments)
        .ok()
        .and_then(|t| serde_json::from_str::<Value>(&t).ok());
    let (Some(Value::Object(old)), Ok(Value::Object(new))) = (old, serde_json::to_value(run))
    else {
        return Vec::new();
    };
    let show = |v: Option<&Value>| {
        let s = v.map_or_else(|| "(absent)".to_string(), Value::to_string);
        if s.chars().count() > 60 {
            format!("{}...", s.chars().take(57).collect::<String>())
        } else {
            s
        }
    };
    let keys: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    keys.into_iter()
        .filter(|k| old.get(*k) != new.get(*k))
        .map(|k| format!("{k}: {} -> {}", show(old.get(k)), show(new.get(k))))
        .collect()
}
