//! The training step of one task as one program: forward and loss on each
//! replica's batch, gradients of the trainable parameters only, their mean
//! over replicas (`all_reduce`), global-norm clipping, the learning rate
//! from the update number, and the AdamW update. Parameters and optimizer
//! state are donated in and returned, so they stay on the device.

use super::schedule::Schedule;
use crate::autodiff::vjp;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::graph::{composite, BinaryOp, Graph, NodeId};
use crate::model::adapters::{AdapterSettings, TaskAdapters};
use crate::model::freeze::is_trainable;
use crate::model::program::Shapes;
use crate::model::{ModelBuilder, ParamInfo, T5Config, T5Inputs, T5};
use crate::runtime::{ElementType, TensorSpec};

/// What one program argument or output holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// `input_ids`, `attention_mask`, `decoder_input_ids`, `labels` (s32).
    Data(&'static str),
    /// The update number k (s32 scalar; 0 for the first update).
    Step,
    /// The dropout key (u64[2]): `[seed, k << 20]`; replicas and dropout
    /// sites are mixed in inside the program.
    Key,
    Param(String),
    /// AdamW first and second moments and the parameter's update count (f32 scalar).
    AdamM(String),
    AdamV(String),
    Count(String),
    Loss,
    GradNorm,
    LearningRate,
}

/// Optimizer settings, from the config.
#[derive(Clone, Debug)]
pub struct OptimSettings {
    pub lr: f64,
    pub weight_decay: f64,
    pub eps: f64,
    pub max_grad_norm: f64,
    pub schedule: Schedule,
    pub warmup: f64,
    pub total: f64,
}

const BETA1: f64 = 0.9;
const BETA2: f64 = 0.999;

impl OptimSettings {
    pub fn from_config(c: &Config, total_steps: usize) -> Result<Self> {
        if c.adafactor {
            return Err(Error::Config {
                key: "adafactor".into(),
                reason: "Adafactor is not implemented yet; use AdamW (adafactor: false)".into(),
            });
        }
        Ok(OptimSettings {
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

/// HF Trainer's rule: no weight decay for biases and layer-norm weights.
pub fn decays(name: &str) -> bool {
    !(name.ends_with(".bias")
        || name.ends_with("layer_norm.weight")
        || name.ends_with("_ln.weight"))
}

/// A built step program: its argument and output slots in order, and which
/// arguments are donated.
pub struct StepProgram {
    pub graph: Graph,
    pub args: Vec<Slot>,
    pub outputs: Vec<Slot>,
    pub params: Vec<ParamInfo>,
}

/// Builds `task`'s training step for `replicas` replicas, each taking a
/// batch of `shapes`.
pub fn build_step(
    run: &Config,
    cfg: &T5Config,
    task: &str,
    shapes: Shapes,
    replicas: usize,
    opt: &OptimSettings,
) -> Result<StepProgram> {
    let settings = AdapterSettings::from_config(run)?;
    let mut b = ModelBuilder::new(&format!("{task}_train_step"), ElementType::F32);
    b.g.set_num_replicas(replicas);
    let mut args = Vec::new();
    let (bs, s, t) = (
        shapes.batch as i64,
        shapes.source_len as i64,
        shapes.target_len as i64,
    );
    let mut data = |b: &mut ModelBuilder, name: &'static str, dims: &[i64]| {
        args.push(Slot::Data(name));
        b.g.parameter(name, TensorSpec::new(ElementType::S32, dims))
    };
    let inputs = T5Inputs {
        input_ids: data(&mut b, "input_ids", &[bs, s])?,
        attention_mask: data(&mut b, "attention_mask", &[bs, s])?,
        decoder_input_ids: data(&mut b, "decoder_input_ids", &[bs, t])?,
        labels: Some(data(&mut b, "labels", &[bs, t])?),
    };
    let k =
        b.g.parameter("step", TensorSpec::new(ElementType::S32, &[]))?;
    let key =
        b.g.parameter("key", TensorSpec::new(ElementType::U64, &[2]))?;
    args.extend([Slot::Step, Slot::Key]);
    let key = replica_key(&mut b.g, key)?;
    let t5 = T5 {
        cfg,
        adapters: settings.as_ref().map(|settings| TaskAdapters {
            settings,
            task,
            num_layers: cfg.num_layers,
            num_decoder_layers: cfg.decoder_layers(),
        }),
        dropout_key: (cfg.dropout_rate > 0.0).then_some(key),
        label_smoothing: run.label_smoothing,
        ignore_pad: run.ignore_pad_token_for_loss,
    };
    let loss = t5
        .forward(&mut b, &inputs)?
        .loss
        .expect("labels were given");
    let params: Vec<(ParamInfo, NodeId)> = b.params().to_vec();
    let train: Vec<bool> = params
        .iter()
        .map(|(p, _)| is_trainable(run, p, cfg.tie_word_embeddings))
        .collect();
    let wrt: Vec<NodeId> = params
        .iter()
        .zip(&train)
        .filter(|(_, t)| **t)
        .map(|((_, n), _)| *n)
        .collect();
    let grads = vjp(&mut b.g, loss, &wrt)?;
    let mut g = b.g;
    let (loss, grads) = mean_over_replicas(&mut g, loss, grads, replicas)?;
    let (grads, norm) = clip(&mut g, grads, opt.max_grad_norm)?;
    let kf = g.convert(k, ElementType::F32)?;
    let lr = opt
        .schedule
        .lr_node(&mut g, opt.lr, kf, opt.warmup, opt.total)?;
    let mut outputs = vec![Slot::Loss, Slot::GradNorm, Slot::LearningRate];
    g.output(loss);
    g.output(norm);
    g.output(lr);
    args.extend(
        params
            .iter()
            .map(|(info, _)| Slot::Param(info.name.clone())),
    );
    let trained = params
        .iter()
        .zip(&train)
        .filter(|(_, t)| **t)
        .map(|(p, _)| p);
    for ((info, node), grad) in trained.zip(grads) {
        adamw(&mut g, info, *node, grad, lr, opt, &mut args, &mut outputs)?;
    }
    donate_state(&mut g, &args, &outputs)?;
    Ok(StepProgram {
        graph: g,
        args,
        outputs,
        params: params.into_iter().map(|(p, _)| p).collect(),
    })
}

/// `key + [replica << 32, 0]`: each replica draws its own dropout masks.
fn replica_key(g: &mut Graph, key: NodeId) -> Result<NodeId> {
    let r = g.replica_id()?;
    let r = g.convert(r, ElementType::U64)?;
    let r = g.mul_scalar(r, 4294967296.0)?;
    let r = g.reshape(r, &[1])?;
    let zero = g.zeros(&TensorSpec::new(ElementType::U64, &[1]))?;
    let offset = g.concatenate(&[r, zero], 0)?;
    g.add(key, offset)
}

/// The loss and gradients averaged over the replicas.
fn mean_over_replicas(
    g: &mut Graph,
    loss: NodeId,
    grads: Vec<NodeId>,
    replicas: usize,
) -> Result<(NodeId, Vec<NodeId>)> {
    if replicas == 1 {
        return Ok((loss, grads));
    }
    let scale = 1.0 / replicas as f64;
    let mean = |g: &mut Graph, x: NodeId| -> Result<NodeId> {
        let s = g.all_reduce_sum(x)?;
        g.mul_scalar(s, scale)
    };
    let loss = mean(g, loss)?;
    let grads = grads
        .into_iter()
        .map(|x| mean(g, x))
        .collect::<Result<_>>()?;
    Ok((loss, grads))
}

/// Global-norm clipping (`clip_grad_norm_`): scale by min(1, max / (norm + 1e-6)).
fn clip(g: &mut Graph, grads: Vec<NodeId>, max_norm: f64) -> Result<(Vec<NodeId>, NodeId)> {
    let norm = if grads.is_empty() {
        g.scalar(0.0, ElementType::F32)?
    } else {
        composite::global_l2_norm(g, &grads)?
    };
    if max_norm <= 0.0 || grads.is_empty() {
        return Ok((grads, norm));
    }
    let denom = g.add_scalar(norm, 1e-6)?;
    let max = g.scalar(max_norm, ElementType::F32)?;
    let coef = g.div(max, denom)?;
    let coef = g.binary_scalar(BinaryOp::Min, coef, 1.0)?;
    let grads = grads
        .into_iter()
        .map(|x| g.mul(x, coef))
        .collect::<Result<_>>()?;
    Ok((grads, norm))
}

/// torch.optim.AdamW for one parameter: decoupled decay, then the Adam step
/// with bias corrections from the parameter's own update count.
#[allow(clippy::too_many_arguments)]
fn adamw(
    g: &mut Graph,
    info: &ParamInfo,
    p: NodeId,
    grad: NodeId,
    lr: NodeId,
    opt: &OptimSettings,
    args: &mut Vec<Slot>,
    outputs: &mut Vec<Slot>,
) -> Result<()> {
    let spec = info.spec.clone();
    let name = &info.name;
    let m = g.parameter(&format!("adam_m.{name}"), spec.clone())?;
    let v = g.parameter(&format!("adam_v.{name}"), spec.clone())?;
    let count = g.parameter(
        &format!("count.{name}"),
        TensorSpec::new(ElementType::F32, &[]),
    )?;
    args.extend([
        Slot::AdamM(name.clone()),
        Slot::AdamV(name.clone()),
        Slot::Count(name.clone()),
    ]);
    let t = g.add_scalar(count, 1.0)?;
    let m1 = g.mul_scalar(m, BETA1)?;
    let gm = g.mul_scalar(grad, 1.0 - BETA1)?;
    let m_new = g.add(m1, gm)?;
    let v1 = g.mul_scalar(v, BETA2)?;
    let g2 = g.mul(grad, grad)?;
    let g2 = g.mul_scalar(g2, 1.0 - BETA2)?;
    let v_new = g.add(v1, g2)?;
    let bc1 = bias_correction(g, BETA1, t)?;
    let bc2 = bias_correction(g, BETA2, t)?;
    let m_hat = g.div(m_new, bc1)?;
    let bc2 = g.sqrt(bc2)?;
    let denom = g.sqrt(v_new)?;
    let denom = g.div(denom, bc2)?;
    let denom = g.add_scalar(denom, opt.eps)?;
    let step = g.div(m_hat, denom)?;
    let step = g.mul(step, lr)?;
    let mut p_dec = p;
    if opt.weight_decay > 0.0 && decays(name) {
        let f = g.mul_scalar(lr, -opt.weight_decay)?;
        let f = g.add_scalar(f, 1.0)?;
        p_dec = g.mul(p, f)?;
    }
    let p_new = g.sub(p_dec, step)?;
    for (node, slot) in [
        (p_new, Slot::Param(name.clone())),
        (m_new, Slot::AdamM(name.clone())),
        (v_new, Slot::AdamV(name.clone())),
        (t, Slot::Count(name.clone())),
    ] {
        g.output(node);
        outputs.push(slot);
    }
    Ok(())
}

/// 1 - β^t.
fn bias_correction(g: &mut Graph, beta: f64, t: NodeId) -> Result<NodeId> {
    let b = g.scalar(beta, ElementType::F32)?;
    let p = g.pow(b, t)?;
    let p = g.neg(p)?;
    g.add_scalar(p, 1.0)
}

/// Donates every argument that the step returns updated (trainable
/// parameters and optimizer state).
fn donate_state(g: &mut Graph, args: &[Slot], outputs: &[Slot]) -> Result<()> {
    let params = g.params().to_vec();
    for (i, slot) in args.iter().enumerate() {
        if let Some(out) = outputs.iter().position(|o| o == slot) {
            g.donate(params[i], out)?;
        }
    }
    Ok(())
}
