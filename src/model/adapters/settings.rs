//! The adapter settings of a run, read from the config's adapter keys, and
//! where adapters sit (stack, block, sublayer).

use std::collections::BTreeMap;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::graph::{composite, NodeId};
use crate::model::params::ModelBuilder;

/// Where in a block an adapter sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    FeedForward = 0,
    SelfAttention = 1,
}

/// One adapter site: stack ("encoder"/"decoder"), block, HF sublayer index.
#[derive(Clone, Copy, Debug)]
pub struct Site {
    pub stack: &'static str,
    pub block: usize,
    pub layer: usize,
    pub position: Position,
}

impl Site {
    /// The site of `position` in block `block` of `stack`: HF's sublayer 0
    /// for self-attention; for the feed-forward, sublayer 1 in the encoder
    /// and 2 in the decoder (after its cross-attention).
    pub fn new(stack: &'static str, block: usize, position: Position) -> Self {
        let layer = match (position, stack) {
            (Position::SelfAttention, _) => 0,
            (Position::FeedForward, "decoder") => 2,
            (Position::FeedForward, _) => 1,
        };
        Site {
            stack,
            block,
            layer,
            position,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdapterKind {
    /// One Houlsby adapter per task.
    Adapter,
    /// Adapter weights generated per site from the task embedding.
    MetaAdapter,
    /// hyperformer: one generator set per stack, per position.
    UniqueHyperNet,
    /// hyperformer++: one generator set per stack, shared by positions.
    EfficientHyperNet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activation {
    Relu,
    Swish,
    GeluNew,
    /// The erf form, HF's `"gelu"` (the reference's `get_activation("gelu")`).
    Gelu,
}

impl Activation {
    pub fn parse(name: &str) -> Result<Self> {
        match name.to_ascii_lowercase().as_str() {
            "relu" => Ok(Activation::Relu),
            "swish" | "silu" => Ok(Activation::Swish),
            "gelu_new" => Ok(Activation::GeluNew),
            "gelu" => Ok(Activation::Gelu),
            other => Err(Error::Config {
                key: "non_linearity".into(),
                reason: format!("'{other}' is not one of relu, swish, gelu_new, gelu"),
            }),
        }
    }

    pub fn apply(self, b: &mut ModelBuilder, x: NodeId) -> Result<NodeId> {
        match self {
            Activation::Relu => composite::relu(&mut b.g, x),
            Activation::Swish => composite::swish(&mut b.g, x),
            Activation::GeluNew => composite::gelu_new(&mut b.g, x),
            Activation::Gelu => composite::gelu(&mut b.g, x),
        }
    }
}

/// The adapter settings of a run (from the config's adapter keys).
#[derive(Clone, Debug, PartialEq)]
pub struct AdapterSettings {
    pub kind: AdapterKind,
    /// Whether adapter blocks exist (`train_adapters_blocks`, see `from_config`).
    pub blocks: bool,
    pub adapter_names: BTreeMap<String, String>,
    pub embedding_names: BTreeMap<String, String>,
    pub reduction_factor: usize,
    pub activation: Activation,
    pub ln_before: bool,
    pub ln_after: bool,
    pub task_embedding_dim: usize,
    pub projected_dim: usize,
    pub task_hidden_dim: usize,
    pub conditional_layer_norm: bool,
    pub train_task_embeddings: bool,
    pub hyper_net_layer_norm: bool,
    pub in_decoder: bool,
    pub in_feed_forward: bool,
    pub in_self_attention: bool,
    /// Meta-adapter generators with a hidden layer of this width ([R] form).
    pub generator_hidden: Option<usize>,
    /// A task-conditioned LayerNorm after every T5 layer norm.
    pub conditional_t5_norms: bool,
    /// Drop T5's own layer norms (with `conditional_t5_norms`).
    pub remove_t5_norms: bool,
}

impl AdapterSettings {
    /// `None` when the config trains no adapters.
    pub fn from_config(c: &Config) -> Result<Option<Self>> {
        if !c.train_adapters {
            return Ok(None);
        }
        let hyper = c.unique_hyper_net || c.efficient_unique_hyper_net;
        let kind = adapter_kind(c, hyper)?;
        check_dims(c, hyper)?;
        Ok(Some(AdapterSettings {
            kind,
            // `train_adapters_blocks: false` builds no adapter at all with
            // adapter / meta-adapter (the reference's T5 then has no adapter
            // controllers); the hypernetworks ignore it, as there.
            blocks: c.train_adapters_blocks || hyper,
            adapter_names: c.adapters.clone().unwrap_or_default(),
            embedding_names: c.task_embeddings.clone().unwrap_or_default(),
            reduction_factor: c.reduction_factor,
            activation: Activation::parse(&c.non_linearity)?,
            ln_before: c.add_layer_norm_before_adapter,
            ln_after: c.add_layer_norm_after_adapter,
            task_embedding_dim: c.task_embedding_dim,
            projected_dim: c.projected_task_embedding_dim,
            task_hidden_dim: c.task_hidden_dim,
            conditional_layer_norm: c.conditional_layer_norm,
            train_task_embeddings: c.train_task_embeddings,
            hyper_net_layer_norm: c.unique_hyper_net_layer_norm,
            in_decoder: c.add_adapters_in_decoder,
            in_feed_forward: c.add_adapter_in_feed_forward,
            in_self_attention: c.add_adapter_in_self_attention,
            generator_hidden: match c.meta_adapter_generator.as_str() {
                "linear" => None,
                "two_layer" => Some(c.hidden_dim),
                other => {
                    return Err(Error::Config {
                        key: "meta_adapter_generator".into(),
                        reason: format!("'{other}' is not one of linear, two_layer"),
                    })
                }
            },
            conditional_t5_norms: c.conditional_layer_norm_for_t5,
            remove_t5_norms: c.remove_original_layer_norms,
        }))
    }

    /// Whether an adapter sits at `site`.
    pub fn applies(&self, site: &Site) -> bool {
        let stack_ok = site.stack == "encoder" || self.in_decoder;
        let pos_ok = match site.position {
            Position::FeedForward => self.in_feed_forward,
            Position::SelfAttention => self.in_self_attention,
        };
        self.blocks && stack_ok && pos_ok
    }

    pub(super) fn adapter_name<'a>(&'a self, task: &'a str) -> &'a str {
        self.adapter_names.get(task).map_or(task, String::as_str)
    }

    pub(super) fn embedding_name<'a>(&'a self, task: &'a str) -> &'a str {
        self.embedding_names.get(task).map_or(task, String::as_str)
    }
}

/// The adapter kind `adapter_config_name` and the hypernetwork keys ask for.
fn adapter_kind(c: &Config, hyper: bool) -> Result<AdapterKind> {
    let name =
        c.adapter_config_name
            .as_deref()
            .unwrap_or(if hyper { "meta-adapter" } else { "adapter" });
    Ok(match (name, hyper) {
        ("meta-adapter", _) if c.efficient_unique_hyper_net => AdapterKind::EfficientHyperNet,
        ("meta-adapter", true) => AdapterKind::UniqueHyperNet,
        ("meta-adapter", false) => AdapterKind::MetaAdapter,
        ("adapter", false) => AdapterKind::Adapter,
        // The reference builds plain adapters here (its adapter config has
        // no hypernetwork settings): a contradiction worth saying.
        ("adapter", true) => {
            return Err(Error::Config {
                key: "adapter_config_name".into(),
                reason: "unique_hyper_net / efficient_unique_hyper_net need \
                         adapter_config_name: \"meta-adapter\" (or no adapter_config_name); with \
                         \"adapter\" the reference would quietly build plain per-task adapters"
                    .into(),
            })
        }
        (other, _) => {
            return Err(Error::Config {
                key: "adapter_config_name".into(),
                reason: format!("'{other}' is not one of adapter, meta-adapter"),
            })
        }
    })
}

/// The dimensions the adapters need consistent: a hypernetwork's task
/// embedding sizes; every size and the reduction factor positive and at
/// most `MAX_EXTENT` (a huge one would only fail allocating its weights).
fn check_dims(c: &Config, hyper: bool) -> Result<()> {
    if hyper && c.train_task_embeddings && c.projected_task_embedding_dim != c.task_embedding_dim {
        return Err(Error::Config {
            key: "projected_task_embedding_dim".into(),
            reason: format!(
                "with train_task_embeddings, a hypernetwork joins the projected task embedding \
                 ({}) to layer embeddings of task_embedding_dim ({}) and its generator takes \
                 task_embedding_dim-sized parts, as in the reference: make them equal",
                c.projected_task_embedding_dim, c.task_embedding_dim
            ),
        });
    }
    let max = crate::config::MAX_EXTENT;
    for (key, v) in [
        ("reduction_factor", c.reduction_factor),
        ("task_embedding_dim", c.task_embedding_dim),
        (
            "projected_task_embedding_dim",
            c.projected_task_embedding_dim,
        ),
        ("hidden_dim", c.hidden_dim),
        ("task_hidden_dim", c.task_hidden_dim),
    ] {
        if !(1..=max).contains(&v) {
            return Err(Error::Config {
                key: key.into(),
                reason: format!("{v} is not between 1 and {max}"),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(keys: &str) -> String {
        let c = Config::from_json(&format!(r#"{{"train_adapters": true, {keys}}}"#))
            .unwrap()
            .config;
        AdapterSettings::from_config(&c).unwrap_err().to_string()
    }

    #[test]
    fn contradictory_adapter_keys_are_errors_naming_the_key() {
        let e = error_of(r#""adapter_config_name": "adapter", "unique_hyper_net": true"#);
        assert!(
            e.contains("adapter_config_name") && e.contains("meta-adapter"),
            "{e}"
        );
        let e = error_of(r#""adapter_config_name": "lora""#);
        assert!(
            e.contains("adapter_config_name") && e.contains("'lora'"),
            "{e}"
        );
        let e = error_of(
            r#""unique_hyper_net": true, "train_task_embeddings": true,
               "task_embedding_dim": 64, "projected_task_embedding_dim": 32"#,
        );
        assert!(
            e.contains("projected_task_embedding_dim") && e.contains("(32)"),
            "{e}"
        );
        let e = error_of(r#""reduction_factor": 0"#);
        assert!(e.contains("reduction_factor"), "{e}");
        let e = error_of(r#""meta_adapter_generator": "three_layer""#);
        assert!(e.contains("meta_adapter_generator"), "{e}");
        // Consistent keys pick the kind.
        let c = |keys: &str| {
            let c = Config::from_json(&format!(r#"{{"train_adapters": true{keys}}}"#)).unwrap();
            AdapterSettings::from_config(&c.config)
                .unwrap()
                .unwrap()
                .kind
        };
        assert_eq!(c(""), AdapterKind::Adapter);
        assert_eq!(
            c(r#", "adapter_config_name": "meta-adapter""#),
            AdapterKind::MetaAdapter
        );
        assert_eq!(
            c(r#", "unique_hyper_net": true"#),
            AdapterKind::UniqueHyperNet
        );
        assert_eq!(
            c(r#", "efficient_unique_hyper_net": true"#),
            AdapterKind::EfficientHyperNet
        );
    }
}
