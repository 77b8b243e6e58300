//! Parameter names of models saved by hyperformer (the reference's
//! `save_pretrained`: T5, adapters, hypernetworks and task embeddings in one
//! state dict) translated to ruse's, so such a directory loads as
//! `model_name_or_path` or `--checkpoint`.
//!
//! The module layout behind the names (hyperformer's `adapters/` and
//! `third_party/models/modeling_t5.py`): task embeddings and their
//! TaskHyperNet sit in `task_embedding_controller`; each stack's shared
//! hypernetwork is `{stack}.adapter_layers_hyper_net` (layer embeddings
//! `layer_id_embeddings`, hyperformer++'s position embeddings
//! `adapters_block_type`, the TaskHyperNet's `task_embeding_generator`
//! Sequential, its LayerNorm `LayerNorm`); adapter generators are a
//! one-linear `Sequential` (`weight_generator.0.weight`), LayerNorm generators
//! a plain linear. Plain adapters (`adapter_controller.adapters.{task}`) and
//! the meta-adapters' LayerNorm generators already have ruse's names.

use std::collections::BTreeSet;

use super::Tensors;

/// hyperformer's hypernetwork modules and ruse's names for them.
const HYPER_NET_PARTS: &[(&str, &str)] = &[
    ("layer_id_embeddings.", "layer_embeddings."),
    ("adapters_block_type.", "position_embeddings."),
    ("task_hypernet.task_embeding_generator.", "task_hypernet."),
    ("LayerNorm.", "task_hypernet_ln."),
    ("feed_forward_up_sampler_hyper_net.", "ff_up."),
    ("feed_forward_down_sampler_hyper_net.", "ff_down."),
    ("self_attention_up_sampler_hyper_net.", "sa_up."),
    ("self_attention_down_sampler_hyper_net.", "sa_down."),
    ("up_sampler_hyper_net.", "up."),
    ("down_sampler_hyper_net.", "down."),
    ("feed_forward_pre_layernorm_hypernet.", "ff_pre_ln."),
    ("feed_forward_post_layernorm_hypernet.", "ff_post_ln."),
    ("self_attention_pre_layernorm_hypernet.", "sa_pre_ln."),
    ("self_attention_post_layernorm_hypernet.", "sa_post_ln."),
    ("pre_layernorm_hypernet.", "pre_ln."),
    ("post_layernorm_hypernet.", "post_ln."),
];

/// ruse's name for the hyperformer parameter `name`, or `None` when the name
/// is not one of hyperformer's own.
pub fn ruse_name(name: &str) -> Option<String> {
    if let Some(rest) = name.strip_prefix("task_embedding_controller.") {
        if let Some(task) = rest.strip_prefix("task_to_embeddings.") {
            return Some(format!("task_embeddings.{task}"));
        }
        let rest = rest.strip_prefix("task_hyper_net.task_embeding_generator.")?;
        return Some(format!("task_hypernet.{rest}"));
    }
    for stack in ["encoder", "decoder"] {
        if let Some(rest) = name.strip_prefix(&format!("{stack}.adapter_layers_hyper_net.")) {
            let (from, to) = HYPER_NET_PARTS.iter().find(|(f, _)| rest.starts_with(f))?;
            let part = one_linear(&rest[from.len()..]);
            return Some(format!("{stack}_hyper_net.{to}{part}"));
        }
    }
    let (site, generator) = name.split_once(".adapter_controller.meta_")?;
    Some(format!(
        "{site}.adapter_controller.meta_{}",
        one_linear(generator)
    ))
}

/// `weight_generator.0.weight` (a one-linear Sequential) as
/// `weight_generator.weight`; anything else as it is.
fn one_linear(name: &str) -> String {
    for g in ["weight_generator.0.", "bias_generator.0."] {
        if let Some(at) = name.find(g) {
            let keep = at + g.len() - 2;
            return format!("{}{}", &name[..keep], &name[keep + 2..]);
        }
    }
    name.to_string()
}

/// Renames, in `loaded`, every tensor that is not a parameter of the run
/// (`wanted`) but whose hyperformer name translates to one; returns how many.
pub fn translate(loaded: &mut Tensors, wanted: &BTreeSet<&str>) -> usize {
    let renames: Vec<(String, String)> = loaded
        .keys()
        .filter(|k| !wanted.contains(k.as_str()))
        .filter_map(|k| Some((k.clone(), ruse_name(k)?)))
        .filter(|(_, to)| wanted.contains(to.as_str()) && !loaded.contains_key(to))
        .collect();
    for (from, to) in &renames {
        let t = loaded.remove(from).expect("listed from the keys");
        loaded.insert(to.clone(), t);
    }
    renames.len()
}

#[cfg(test)]
mod tests {
    use super::ruse_name;

    #[test]
    fn hyperformer_names_map_to_ruse_names() {
        let cases = [
            (
                "task_embedding_controller.task_to_embeddings.rte",
                "task_embeddings.rte",
            ),
            (
                "task_embedding_controller.task_hyper_net.task_embeding_generator.2.bias",
                "task_hypernet.2.bias",
            ),
            (
                "encoder.adapter_layers_hyper_net.layer_id_embeddings.weight",
                "encoder_hyper_net.layer_embeddings.weight",
            ),
            (
                "decoder.adapter_layers_hyper_net.adapters_block_type.weight",
                "decoder_hyper_net.position_embeddings.weight",
            ),
            (
                "decoder.adapter_layers_hyper_net.LayerNorm.weight",
                "decoder_hyper_net.task_hypernet_ln.weight",
            ),
            (
                "encoder.adapter_layers_hyper_net.self_attention_down_sampler_hyper_net.weight_generator.0.weight",
                "encoder_hyper_net.sa_down.weight_generator.weight",
            ),
            (
                "encoder.adapter_layers_hyper_net.up_sampler_hyper_net.bias_generator.0.bias",
                "encoder_hyper_net.up.bias_generator.bias",
            ),
            (
                "encoder.adapter_layers_hyper_net.feed_forward_post_layernorm_hypernet.weight_generator.weight",
                "encoder_hyper_net.ff_post_ln.weight_generator.weight",
            ),
            (
                "decoder.adapter_layers_hyper_net.pre_layernorm_hypernet.bias_generator.bias",
                "decoder_hyper_net.pre_ln.bias_generator.bias",
            ),
            (
                "encoder.block.1.layer.0.adapter_controller.meta_up_sampler.weight_generator.0.weight",
                "encoder.block.1.layer.0.adapter_controller.meta_up_sampler.weight_generator.weight",
            ),
        ];
        for (from, to) in cases {
            assert_eq!(ruse_name(from).as_deref(), Some(to), "{from}");
        }
        for other in [
            "shared.weight",
            "encoder.block.0.layer.0.SelfAttention.q.weight",
            "encoder.adapter_layers_hyper_net.unknown.weight",
            "task_embedding_controller.other",
        ] {
            assert_eq!(ruse_name(other), None, "{other}");
        }
    }
}
