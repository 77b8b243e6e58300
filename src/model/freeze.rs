//! Which parameters train (ruse-system.md §3): with `train_adapters`
//! everything is frozen and the adapters, hypernetworks and task embeddings
//! are unfrozen; then the freeze/unfreeze switches apply in the reference's
//! order.

use super::params::{Group, ParamInfo};
use crate::config::Config;

fn is_lm_head(p: &ParamInfo, tied: bool) -> bool {
    p.name == "lm_head.weight" || (tied && p.name == "shared.weight")
}

/// Whether the task embeddings are parameters: random ones always are (as in
/// hyperformer); those loaded from `task_embedding_dir` only with
/// `parametric_task_embedding`, else they stay fixed inputs.
fn embedding_is_parameter(c: &Config) -> bool {
    c.task_embedding_dir.is_none() || c.parametric_task_embedding
}

/// Whether `p` is trained under `c` (`tied`: the lm head is the embedding).
pub fn is_trainable(c: &Config, p: &ParamInfo, tied: bool) -> bool {
    let mut train = true;
    if c.train_adapters {
        // (`train_adapters_blocks: false` removes the adapter blocks
        // themselves: see `AdapterSettings::from_config`.)
        train = match p.group {
            Group::Adapter | Group::HyperNet => true,
            Group::TaskEmbedding => embedding_is_parameter(c),
            _ => false,
        };
    }
    // The reference's freeze_params(model): everything, adapters too.
    if c.freeze_model {
        train = false;
    }
    if c.freeze_model_but_lm_head {
        train = is_lm_head(p, tied);
    }
    if c.freeze_embeds && p.group == Group::Embedding {
        train = false;
    }
    // The reference's freeze_params(model.get_encoder()): the encoder stack,
    // its embedding (the shared one) and its hypernetwork.
    let in_encoder = p.name.starts_with("encoder.")
        || p.name.starts_with("encoder_hyper_net.")
        || p.name == "shared.weight";
    if c.freeze_encoder && in_encoder {
        train = false;
    }
    // The reference's freeze_params(model), then its task embeddings
    // unfrozen where they are parameters at all (not its TaskHyperNet).
    if c.freeze_model_but_task_embeddings {
        train = p.group == Group::TaskEmbedding && embedding_is_parameter(c);
    }
    if c.unfreeze_lm_head && is_lm_head(p, tied) {
        train = true;
    }
    if c.unfreeze_layer_norms && p.group == Group::LayerNorm {
        train = true;
    }
    if c.unfreeze_model {
        train = true;
    }
    train
}
