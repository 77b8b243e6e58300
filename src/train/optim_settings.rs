//! What the optimizer does to which parameters: its settings from the
//! config, which parameters get weight decay, and which ones a step updates
//! without a gradient.

use super::schedule::Schedule;
use crate::config::Config;
use crate::error::Result;
use crate::model::inventory::inventory;
use crate::model::{ParamInfo, T5Config};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Optimizer {
    AdamW,
    /// HF `Adafactor(scale_parameter=False, relative_step=False, warmup_init=False)`:
    /// no momentum, factored second moments for matrices, update RMS clipping.
    Adafactor,
}

/// Optimizer settings, from the config.
#[derive(Clone, Debug)]
pub struct OptimSettings {
    pub optimizer: Optimizer,
    pub lr: f64,
    pub weight_decay: f64,
    pub eps: f64,
    pub max_grad_norm: f64,
    pub schedule: Schedule,
    pub warmup: f64,
    pub total: f64,
}

impl OptimSettings {
    pub fn from_config(c: &Config, total_steps: usize) -> Result<Self> {
        Ok(OptimSettings {
            optimizer: if c.adafactor {
                Optimizer::Adafactor
            } else {
                Optimizer::AdamW
            },
            lr: c.learning_rate,
            weight_decay: c.weight_decay,
            eps: c.adam_epsilon,
            max_grad_norm: c.max_grad_norm,
            schedule: Schedule::parse(&c.lr_scheduler)?,
            warmup: c.warmup_steps as f64,
            total: total_steps as f64,
        })
    }
}

/// Which parameters get weight decay: not those whose name contains "bias",
/// as the reference's no-decay list `["bias", "LayerNorm.weight"]` matches
/// them (biases, T5's `relative_attention_bias` table, the hypernetworks'
/// `bias_generator`s), and not the layer-norm weights, which that list
/// meant but never matches in T5's names (`layer_norm.weight`).
pub fn decays(name: &str) -> bool {
    !(name.contains("bias") || name.ends_with("layer_norm.weight") || name.ends_with("_ln.weight"))
}

/// The run's trainable parameters that an update of `trained` gives no
/// gradient, sorted by name: those that step with a zero gradient (once they
/// have had one) under `zero_grad_set_to_none: false`, the reference's
/// behaviour; none under `true`.
pub fn idle_params(run: &Config, cfg: &T5Config, trained: &[ParamInfo]) -> Result<Vec<ParamInfo>> {
    if run.zero_grad_set_to_none {
        return Ok(Vec::new());
    }
    let mut idle: Vec<ParamInfo> = inventory(run, cfg)?
        .into_iter()
        .filter(|e| e.trainable && !trained.iter().any(|p| p.name == e.info.name))
        .map(|e| e.info)
        .collect();
    idle.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(idle)
}
