//! Value checks of a loaded config, so that a value no run can use is
//! refused by its key when the config is read, before any command writes or
//! deletes anything (a bad value found at the first step would leave a half
//! written `output_dir` behind, or a wiped one with `overwrite_output_dir`).

use super::Config;
use crate::error::{Error, Result};

/// The largest batch size or sequence length accepted: far above what any
/// device holds, low enough that the host buffers sized by it fit in memory.
pub const MAX_EXTENT: usize = 1 << 16;

fn bad(key: &str, reason: String) -> Error {
    Error::Config {
        key: key.into(),
        reason,
    }
}

/// `value` in `[low, high]` (or `[low, high)` when `open`), finite.
fn in_range(key: &str, value: f64, low: f64, high: f64, open: bool) -> Result<()> {
    let above = if open { value < high } else { value <= high };
    if value.is_finite() && value >= low && above {
        return Ok(());
    }
    let close = if open { ')' } else { ']' };
    let high = if high.is_infinite() {
        "∞".to_string()
    } else {
        high.to_string()
    };
    Err(bad(key, format!("{value} is not in [{low}, {high}{close}")))
}

fn extent(key: &str, value: usize, low: usize) -> Result<()> {
    if (low..=MAX_EXTENT).contains(&value) {
        return Ok(());
    }
    Err(bad(
        key,
        format!("{value} is not between {low} and {MAX_EXTENT}"),
    ))
}

fn at_least_one(key: &str, value: usize) -> Result<()> {
    if value == 0 {
        return Err(bad(key, "must be at least 1".into()));
    }
    Ok(())
}

/// Example counts: -1 keeps every example; 0 would leave none.
fn n_obs(key: &str, value: i64) -> Result<()> {
    if value == 0 || value < -1 {
        return Err(bad(
            key,
            format!("{value}: give a number of examples, or -1 for all of them"),
        ));
    }
    Ok(())
}

/// Checks every value that has a range or a fixed set of choices.
pub(super) fn check_values(c: &Config) -> Result<()> {
    if c.output_dir.trim().is_empty() {
        return Err(bad(
            "output_dir",
            "is empty: name the directory the run writes to".into(),
        ));
    }
    extent(
        "per_device_train_batch_size",
        c.per_device_train_batch_size,
        1,
    )?;
    extent(
        "per_device_eval_batch_size",
        c.per_device_eval_batch_size,
        1,
    )?;
    extent("max_source_length", c.max_source_length, 1)?;
    // A target needs one token and `</s>`.
    extent("max_target_length", c.max_target_length, 2)?;
    at_least_one("gradient_accumulation_steps", c.gradient_accumulation_steps)?;
    at_least_one("logging_steps", c.logging_steps)?;
    if let Some(n) = c.eval_steps {
        at_least_one("eval_steps", n)?;
    }
    if let Some(n) = c.eval_beams {
        extent("eval_beams", n, 1)?;
    }
    let inf = f64::INFINITY;
    in_range("learning_rate", c.learning_rate, 0.0, inf, false)?;
    in_range("weight_decay", c.weight_decay, 0.0, inf, false)?;
    if !(c.adam_epsilon.is_finite() && c.adam_epsilon > 0.0) {
        return Err(bad(
            "adam_epsilon",
            format!("{} must be a positive number", c.adam_epsilon),
        ));
    }
    if !c.max_grad_norm.is_finite() {
        return Err(bad(
            "max_grad_norm",
            "must be a number (0 or less: no clipping)".into(),
        ));
    }
    in_range("label_smoothing", c.label_smoothing, 0.0, 1.0, true)?;
    if let Some(p) = c.dropout_rate {
        in_range("dropout_rate", p, 0.0, 1.0, true)?;
    }
    if !(c.temperature.is_finite() && c.temperature > 0.0) {
        return Err(bad(
            "temperature",
            format!("{} must be a positive number", c.temperature),
        ));
    }
    if c.max_steps <= 0 && !(c.num_train_epochs.is_finite() && c.num_train_epochs > 0.0) {
        return Err(bad(
            "num_train_epochs",
            format!(
                "{} trains nothing (max_steps {} is not set either)",
                c.num_train_epochs, c.max_steps
            ),
        ));
    }
    n_obs("n_train", c.n_train)?;
    n_obs("n_val", c.n_val)?;
    n_obs("n_test", c.n_test)?;
    if !["no", "steps", "epoch"].contains(&c.evaluation_strategy.as_str()) {
        return Err(bad(
            "evaluation_strategy",
            format!("'{}' is not one of no, steps, epoch", c.evaluation_strategy),
        ));
    }
    check_schedule(c)
}

/// A known `lr_scheduler`; the polynomial decay needs a learning rate above
/// its end rate, as transformers' schedule requires (a rate of 0 would divide
/// by zero in it).
fn check_schedule(c: &Config) -> Result<()> {
    use crate::train::schedule::{Schedule, POLY_END_LR};
    if Schedule::parse(&c.lr_scheduler)? == Schedule::Polynomial && c.learning_rate <= POLY_END_LR {
        return Err(bad(
            "learning_rate",
            format!(
                "{} with lr_scheduler polynomial: it decays to {POLY_END_LR}, so the learning \
                 rate must be above that",
                c.learning_rate
            ),
        ));
    }
    Ok(())
}

/// Warns where a reference config that relies on a default gets another
/// model here: `adapter_config_name` unset with adapters on is `adapter`
/// (plain adapters) in ruse but `meta-adapter` in the reference.
pub(super) fn warn_about_defaults(c: &Config, warnings: &mut Vec<String>) {
    let hypernet = c.unique_hyper_net || c.efficient_unique_hyper_net;
    if c.train_adapters && c.adapter_config_name.is_none() && !hypernet {
        warnings.push(
            "adapter_config_name is unset: ruse trains plain adapters (\"adapter\"), where the \
             reference's default is \"meta-adapter\"; set it to say which"
                .into(),
        );
    }
    warn_about_no_effect(c, warnings);
}

/// Warns about switches that do nothing without another, here as in the
/// reference (which copies them into its adapter config only with
/// `train_adapters`, and drops T5's layer norms only with conditional ones).
fn warn_about_no_effect(c: &Config, warnings: &mut Vec<String>) {
    if c.conditional_layer_norm_for_t5 && !c.train_adapters {
        warnings.push(
            "conditional_layer_norm_for_T5 has no effect without train_adapters (as in the \
             reference)"
                .into(),
        );
    }
    if c.remove_original_layer_norms && !(c.conditional_layer_norm_for_t5 && c.train_adapters) {
        warnings.push(
            "remove_original_layer_norms has no effect without conditional_layer_norm_for_T5 and \
             train_adapters (as in the reference): T5 keeps its layer norms"
                .into(),
        );
    }
}

/// Every `user_tasks` entry is checked when the config is read, used or not
/// (a malformed one would otherwise wait for the day it is used); one named
/// like a built-in task replaces it, which deserves a warning.
pub(super) fn check_user_tasks(c: &Config, warnings: &mut Vec<String>) -> Result<()> {
    let Some(tasks) = &c.user_tasks else {
        return Ok(());
    };
    let builtin = crate::data::tasks::builtin_tasks();
    for (name, spec) in tasks {
        crate::data::tasks::user::parse(name, spec)?;
        if builtin.contains(name) {
            warnings.push(format!(
                "user_tasks.{name} replaces ruse's own task '{name}' (give it another name to keep both)"
            ));
        }
    }
    Ok(())
}
