//! Adapters (ruse-system.md §2): per-task bottleneck adapters, meta-adapters
//! generated from task embeddings, and the hyperformer (unique) and
//! hyperformer++ (efficient) hypernetworks. Applied inside the
//! self-attention and feed-forward sublayers of every block:
//! `h = x + Dropout(A(Sublayer(T5LayerNorm(x))))`.

use super::attention::linear;
use super::params::{Group, Init, ModelBuilder};
use crate::error::Result;
use crate::graph::{composite, NodeId};

mod generators;
mod settings;

use generators::{generate, norm_generators, weight_and_bias, WEIGHT_STD};

pub use settings::{Activation, AdapterKind, AdapterSettings, Position, Site};

/// The adapters of one task's program.
pub struct TaskAdapters<'a> {
    pub settings: &'a AdapterSettings,
    pub task: &'a str,
    pub num_layers: usize,
    pub num_decoder_layers: usize,
}

/// A layer norm around an adapter: none, the controller's own parameters
/// (`{ctrl}.{pre,post}_layer_norm`), or γ and β generated for the task.
enum Norm {
    Off,
    Shared,
    Generated(NodeId, NodeId),
}

/// The adapter weights of one site: `W_down [m,d], b_down, W_up [d,m], b_up`
/// and its two layer norms.
struct Generated {
    down_w: NodeId,
    down_b: NodeId,
    up_w: NodeId,
    up_b: NodeId,
    pre_ln: Norm,
    post_ln: Norm,
}

/// The shared norm where `on`, else none.
fn shared(on: bool) -> Norm {
    if on {
        Norm::Shared
    } else {
        Norm::Off
    }
}

impl TaskAdapters<'_> {
    /// `A(y)` at `site` for `y` `[B, S, d]`, or `y` if no adapter sits there.
    pub fn apply(&self, b: &mut ModelBuilder, site: &Site, y: NodeId, d: usize) -> Result<NodeId> {
        if !self.settings.applies(site) {
            return Ok(y);
        }
        let m = d / self.settings.reduction_factor;
        if m == 0 {
            return Err(crate::error::Error::Config {
                key: "reduction_factor".into(),
                reason: format!(
                    "{} is larger than d_model {d}: the adapters would have no hidden units \
                     (d_model / reduction_factor = 0)",
                    self.settings.reduction_factor
                ),
            });
        }
        let ctrl = format!(
            "{}.block.{}.layer.{}.adapter_controller",
            site.stack, site.block, site.layer
        );
        let gen = match self.settings.kind {
            AdapterKind::Adapter => self.houlsby(b, &ctrl, d, m)?,
            AdapterKind::MetaAdapter => self.meta(b, &ctrl, d, m)?,
            AdapterKind::UniqueHyperNet | AdapterKind::EfficientHyperNet => {
                self.hyper(b, site, d, m)?
            }
        };
        let x = self.norm(b, gen.pre_ln, &format!("{ctrl}.pre_layer_norm"), y, d)?;
        let h = linear(b, x, gen.down_w)?;
        let h = b.g.add(h, gen.down_b)?;
        let h = self.settings.activation.apply(b, h)?;
        let h = linear(b, h, gen.up_w)?;
        let h = b.g.add(h, gen.up_b)?;
        let h = self.norm(b, gen.post_ln, &format!("{ctrl}.post_layer_norm"), h, d)?;
        b.g.add(y, h)
    }

    /// `norm` applied to `x` (eps 1e-5, torch's LayerNorm default).
    fn norm(
        &self,
        b: &mut ModelBuilder,
        norm: Norm,
        shared: &str,
        x: NodeId,
        d: usize,
    ) -> Result<NodeId> {
        match norm {
            Norm::Off => Ok(x),
            Norm::Shared => self.std_ln(b, shared, x, d),
            Norm::Generated(gamma, beta) => composite::layer_norm(&mut b.g, x, gamma, beta, 1e-5),
        }
    }

    fn std_ln(&self, b: &mut ModelBuilder, prefix: &str, x: NodeId, d: usize) -> Result<NodeId> {
        let w = b.param(
            &format!("{prefix}.weight"),
            &[d],
            Init::Ones,
            Group::Adapter,
        )?;
        let bias = b.param(&format!("{prefix}.bias"), &[d], Init::Zeros, Group::Adapter)?;
        composite::layer_norm(&mut b.g, x, w, bias, 1e-5)
    }

    /// The per-task Houlsby adapter's weights.
    fn houlsby(&self, b: &mut ModelBuilder, ctrl: &str, d: usize, m: usize) -> Result<Generated> {
        let name = self.settings.adapter_name(self.task);
        let p = format!("{ctrl}.adapters.{name}");
        let task = Some(self.task);
        let (a, normal, zeros) = (Group::Adapter, Init::Normal(WEIGHT_STD), Init::Zeros);
        Ok(Generated {
            down_w: b.param_for(
                &format!("{p}.down_sampler.weight"),
                &[m, d],
                normal,
                a,
                task,
            )?,
            down_b: b.param_for(&format!("{p}.down_sampler.bias"), &[m], zeros, a, task)?,
            up_w: b.param_for(&format!("{p}.up_sampler.weight"), &[d, m], normal, a, task)?,
            up_b: b.param_for(&format!("{p}.up_sampler.bias"), &[d], zeros, a, task)?,
            pre_ln: shared(self.settings.ln_before),
            post_ln: shared(self.settings.ln_after),
        })
    }

    /// `conditional_layer_norm_for_T5`: a LayerNorm whose gamma and beta are
    /// generated from the task embedding, applied after the T5 layer norm at
    /// `prefix` (`{prefix}.conditional.{weight,bias}_generator`).
    pub fn conditional_norm(
        &self,
        b: &mut ModelBuilder,
        prefix: &str,
        x: NodeId,
        d: usize,
        eps: f64,
    ) -> Result<NodeId> {
        let e = self.task_embedding(b)?;
        let p = format!("{prefix}.conditional");
        let (gamma, beta) = norm_generators(b, &p, e, d)?;
        composite::layer_norm(&mut b.g, x, gamma, beta, eps)
    }

    /// The task's embedding `[te]`, through the TaskHyperNet when trained.
    fn task_embedding(&self, b: &mut ModelBuilder) -> Result<NodeId> {
        let s = self.settings;
        let name = format!("task_embeddings.{}", s.embedding_name(self.task));
        let e = b.param_for(
            &name,
            &[s.task_embedding_dim],
            Init::Normal(1.0),
            Group::TaskEmbedding,
            Some(self.task),
        )?;
        // The reference projects only under a meta-adapter config (its plain
        // adapter config has no TaskHyperNet).
        if !s.train_task_embeddings || s.kind == AdapterKind::Adapter {
            return Ok(e);
        }
        self.task_hypernet(b, "task_hypernet", e)
    }

    /// Linear(te→task_hidden) · ReLU · Linear(task_hidden→pe).
    fn task_hypernet(&self, b: &mut ModelBuilder, prefix: &str, e: NodeId) -> Result<NodeId> {
        let s = self.settings;
        let h = generate(
            b,
            &format!("{prefix}.0"),
            e,
            s.task_hidden_dim,
            Group::HyperNet,
        )?;
        let h = composite::relu(&mut b.g, h)?;
        generate(
            b,
            &format!("{prefix}.2"),
            h,
            s.projected_dim,
            Group::HyperNet,
        )
    }

    /// Meta-adapter: one hypernetwork per site, fed the task embedding.
    fn meta(&self, b: &mut ModelBuilder, ctrl: &str, d: usize, m: usize) -> Result<Generated> {
        let e = self.task_embedding(b)?;
        let (g, hidden) = (Group::HyperNet, self.settings.generator_hidden);
        let (down_w, down_b) = weight_and_bias(
            b,
            &format!("{ctrl}.meta_down_sampler"),
            e,
            (m, d),
            hidden,
            g,
        )?;
        let (up_w, up_b) =
            weight_and_bias(b, &format!("{ctrl}.meta_up_sampler"), e, (d, m), hidden, g)?;
        // With conditional_layer_norm the norms' γ and β are generated too
        // (`{pre,post}_layernorm_hypernet`), else they are the controller's own.
        let norm = |b: &mut ModelBuilder, on: bool, which: &str| -> Result<Norm> {
            if !on || !self.settings.conditional_layer_norm {
                return Ok(shared(on));
            }
            let p = format!("{ctrl}.{which}_layernorm_hypernet");
            let (gamma, beta) = norm_generators(b, &p, e, d)?;
            Ok(Norm::Generated(gamma, beta))
        };
        let post_ln = norm(b, self.settings.ln_after, "post")?;
        let pre_ln = norm(b, self.settings.ln_before, "pre")?;
        Ok(Generated {
            down_w,
            down_b,
            up_w,
            up_b,
            pre_ln,
            post_ln,
        })
    }

    /// hyperformer / hyperformer++: the stack's generators fed
    /// `[e_task ; E_layer[i] (; E_pos[j])]` through the TaskHyperNet and LN.
    fn hyper(&self, b: &mut ModelBuilder, site: &Site, d: usize, m: usize) -> Result<Generated> {
        let s = self.settings;
        let efficient = s.kind == AdapterKind::EfficientHyperNet;
        let p = format!("{}_hyper_net", site.stack);
        let layers = if site.stack == "encoder" {
            self.num_layers
        } else {
            self.num_decoder_layers
        };
        let te = s.task_embedding_dim;
        let e = self.task_embedding(b)?;
        let table = b.param(
            &format!("{p}.layer_embeddings.weight"),
            &[layers, te],
            Init::Normal(1.0),
            Group::HyperNet,
        )?;
        let mut parts = vec![e, row(b, table, site.block, te)?];
        if efficient {
            let pos = b.param(
                &format!("{p}.position_embeddings.weight"),
                &[2, te],
                Init::Normal(1.0),
                Group::HyperNet,
            )?;
            parts.push(row(b, pos, site.position as usize, te)?);
        }
        let s_vec = b.g.concatenate(&parts, 0)?;
        let mut z = self.task_hypernet(b, &format!("{p}.task_hypernet"), s_vec)?;
        if s.hyper_net_layer_norm {
            let w = b.param(
                &format!("{p}.task_hypernet_ln.weight"),
                &[s.projected_dim],
                Init::Ones,
                Group::HyperNet,
            )?;
            let bias = b.param(
                &format!("{p}.task_hypernet_ln.bias"),
                &[s.projected_dim],
                Init::Zeros,
                Group::HyperNet,
            )?;
            z = composite::layer_norm(&mut b.g, z, w, bias, 1e-6)?;
        }
        let pos = match (efficient, site.position) {
            (true, _) => "",
            (false, Position::FeedForward) => "ff_",
            (false, Position::SelfAttention) => "sa_",
        };
        let g = Group::HyperNet;
        let (down_w, down_b) = weight_and_bias(b, &format!("{p}.{pos}down"), z, (m, d), None, g)?;
        let (up_w, up_b) = weight_and_bias(b, &format!("{p}.{pos}up"), z, (d, m), None, g)?;
        // The norms' γ and β always come from the generators here (gated by
        // the add_layer_norm_* flags; conditional_layer_norm plays no part).
        let norm = |b: &mut ModelBuilder, on: bool, which: &str| -> Result<Norm> {
            if !on {
                return Ok(Norm::Off);
            }
            let (gamma, beta) = norm_generators(b, &format!("{p}.{pos}{which}_ln"), z, d)?;
            Ok(Norm::Generated(gamma, beta))
        };
        let post_ln = norm(b, s.ln_after, "post")?;
        let pre_ln = norm(b, s.ln_before, "pre")?;
        Ok(Generated {
            down_w,
            down_b,
            up_w,
            up_b,
            pre_ln,
            post_ln,
        })
    }
}

/// Row `i` of a `[n, te]` table as a `[te]` vector.
fn row(b: &mut ModelBuilder, table: NodeId, i: usize, te: usize) -> Result<NodeId> {
    let r = b.g.slice_dim(table, 0, i as i64, i as i64 + 1)?;
    b.g.reshape(r, &[te as i64])
}
