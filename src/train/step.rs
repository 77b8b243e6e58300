//! The training step of one task as one program: forward and loss on each
//! replica's batch, gradients of the trainable parameters only, their mean
//! over replicas (`all_reduce`), global-norm clipping, the learning rate
//! from the update number, and the AdamW update. Parameters and optimizer
//! state are donated in and returned, so they stay on the device.

use std::collections::HashMap;

use super::schedule::Schedule;
use crate::autodiff::vjp;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::graph::{composite, BinaryOp, Graph, NodeId};
use crate::model::adapters::AdapterSettings;
use crate::model::freeze::is_trainable;
use crate::model::program::{data_inputs, Shapes, DATA_ARGS};
use crate::model::{ModelBuilder, ParamInfo, T5Config, T5};
use crate::runtime::{ElementType, HostTensor, TensorSpec};

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
    /// Adafactor's factored second moments of a matrix: row means `[.., rows]`
    /// and column means `[.., cols]` (unfactored tensors use `AdamV`).
    FactorRow(String),
    FactorCol(String),
    /// With gradient accumulation: the sum of a window's scaled gradients so far.
    Accum(String),
    Loss,
    GradNorm,
    LearningRate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Optimizer {
    AdamW,
    /// HF `Adafactor(scale_parameter=False, relative_step=False, warmup_init=False)`:
    /// no momentum, factored second moments for matrices, update RMS clipping.
    Adafactor,
}

impl Slot {
    /// Whether the slot is device state that steps update (and donate).
    pub fn is_state(&self) -> bool {
        matches!(
            self,
            Slot::Param(_)
                | Slot::AdamM(_)
                | Slot::AdamV(_)
                | Slot::Count(_)
                | Slot::FactorRow(_)
                | Slot::FactorCol(_)
                | Slot::Accum(_)
        )
    }

    /// The tensor name of optimizer state in `optimizer.safetensors`
    /// (`adam_m.{param}` ...); `None` for anything else.
    pub fn state_key(&self) -> Option<String> {
        let (prefix, name) = match self {
            Slot::AdamM(n) => ("adam_m", n),
            Slot::AdamV(n) => ("adam_v", n),
            Slot::Count(n) => ("count", n),
            Slot::FactorRow(n) => ("factor_row", n),
            Slot::FactorCol(n) => ("factor_col", n),
            _ => return None,
        };
        Some(format!("{prefix}.{name}"))
    }

    /// The inverse of `state_key`.
    pub fn from_state_key(key: &str) -> Option<Slot> {
        let (prefix, name) = key.split_once('.')?;
        let name = name.to_string();
        Some(match prefix {
            "adam_m" => Slot::AdamM(name),
            "adam_v" => Slot::AdamV(name),
            "count" => Slot::Count(name),
            "factor_row" => Slot::FactorRow(name),
            "factor_col" => Slot::FactorCol(name),
            _ => return None,
        })
    }

    /// Whether the slot is optimizer state (created, zero, when the first program updating its parameter is compiled).
    pub fn is_optimizer_state(&self) -> bool {
        self.is_state() && !matches!(self, Slot::Param(_))
    }
}

/// The initial (zero) value of optimizer state `slot` for a parameter of `param`'s type.
pub fn initial_state(slot: &Slot, param: &TensorSpec) -> Result<HostTensor> {
    let d = &param.dims;
    let zeros = |dims: &[i64]| {
        let n: i64 = dims.iter().product();
        HostTensor::new(&vec![0f32; n as usize], dims)
    };
    match slot {
        Slot::AdamM(_) | Slot::AdamV(_) | Slot::Accum(_) => zeros(d),
        Slot::FactorRow(_) if d.len() >= 2 => zeros(&d[..d.len() - 1]),
        Slot::FactorCol(_) if d.len() >= 2 => {
            let mut c = d[..d.len() - 2].to_vec();
            c.push(d[d.len() - 1]);
            zeros(&c)
        }
        Slot::Count(_) => Ok(HostTensor::scalar(0f32)),
        other => Err(Error::invalid(format!(
            "{other:?} has no initial optimizer state"
        ))),
    }
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

const BETA1: f64 = 0.9;
const BETA2: f64 = 0.999;

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

/// A task's forward pass and the gradients of its trainable parameters,
/// before anything is done with them.
struct Forward {
    g: Graph,
    slot_of: HashMap<NodeId, Slot>,
    loss: NodeId,
    step: NodeId,
    /// The trainable parameters (and their argument nodes), with `grads` in the same order.
    trained: Vec<(ParamInfo, NodeId)>,
    grads: Vec<NodeId>,
    params: Vec<ParamInfo>,
}

fn forward(
    run: &Config,
    cfg: &T5Config,
    task: &str,
    shapes: Shapes,
    replicas: usize,
    name: &str,
) -> Result<Forward> {
    let settings = AdapterSettings::from_config(run)?;
    let compute = if run.bf16 {
        ElementType::BF16
    } else {
        ElementType::F32
    };
    let mut b = ModelBuilder::new(name, ElementType::F32).with_compute(compute);
    b.g.set_num_replicas(replicas);
    let mut slot_of: HashMap<NodeId, Slot> = HashMap::new();
    let inputs = data_inputs(&mut b, shapes)?;
    let labels = inputs.labels.expect("data_inputs declares labels");
    let data_nodes = [
        inputs.input_ids,
        inputs.attention_mask,
        inputs.decoder_input_ids,
        labels,
    ];
    for (node, name) in data_nodes.into_iter().zip(DATA_ARGS) {
        slot_of.insert(node, Slot::Data(name));
    }
    let step =
        b.g.parameter("step", TensorSpec::new(ElementType::S32, &[]))?;
    let key =
        b.g.parameter("key", TensorSpec::new(ElementType::U64, &[2]))?;
    slot_of.insert(step, Slot::Step);
    slot_of.insert(key, Slot::Key);
    let key = replica_key(&mut b.g, key)?;
    let t5 = T5::for_task(cfg, settings.as_ref(), task, run, Some(key));
    let loss = t5
        .forward(&mut b, &inputs)?
        .loss
        .expect("labels were given");
    let params: Vec<(ParamInfo, NodeId)> = b.params().to_vec();
    for (info, node) in &params {
        slot_of.insert(*node, Slot::Param(info.name.clone()));
    }
    let trained: Vec<(ParamInfo, NodeId)> = params
        .iter()
        .filter(|(p, _)| is_trainable(run, p, cfg.tie_word_embeddings))
        .cloned()
        .collect();
    let wrt: Vec<NodeId> = trained.iter().map(|(_, n)| *n).collect();
    let grads = vjp(&mut b.g, loss, &wrt)?;
    Ok(Forward {
        g: b.g,
        slot_of,
        loss,
        step,
        trained,
        grads,
        params: params.into_iter().map(|(p, _)| p).collect(),
    })
}

/// Clipping, the learning rate at update `step`, and the optimizer update of
/// every `trained` parameter from its (replica-mean) gradient; appends the
/// grad norm, the learning rate and the new state to the outputs.
#[allow(clippy::too_many_arguments)]
fn apply_updates(
    g: &mut Graph,
    slot_of: &mut HashMap<NodeId, Slot>,
    outputs: &mut Vec<Slot>,
    step: NodeId,
    trained: &[(ParamInfo, NodeId)],
    grads: Vec<NodeId>,
    opt: &OptimSettings,
) -> Result<()> {
    let (grads, norm) = clip(g, grads, opt.max_grad_norm)?;
    let kf = g.convert(step, ElementType::F32)?;
    let lr = opt.schedule.lr_node(g, opt.lr, kf, opt.warmup, opt.total)?;
    g.output(norm);
    g.output(lr);
    outputs.extend([Slot::GradNorm, Slot::LearningRate]);
    for ((info, node), grad) in trained.iter().zip(grads) {
        let update = match opt.optimizer {
            Optimizer::AdamW => adamw(g, info, *node, grad, lr, opt)?,
            Optimizer::Adafactor => adafactor(g, info, *node, grad, lr, opt)?,
        };
        for (slot, arg, out) in update {
            slot_of.entry(arg).or_insert_with(|| slot.clone());
            g.output(out);
            outputs.push(slot);
        }
    }
    Ok(())
}

/// Names every argument by its slot and donates the state that comes back updated.
fn finish(
    mut g: Graph,
    mut slot_of: HashMap<NodeId, Slot>,
    outputs: Vec<Slot>,
    params: Vec<ParamInfo>,
) -> Result<StepProgram> {
    let args = g
        .params()
        .iter()
        .map(|id| slot_of.remove(id))
        .collect::<Option<Vec<Slot>>>()
        .ok_or_else(|| Error::invalid("internal: a step argument has no slot"))?;
    donate_state(&mut g, &args, &outputs)?;
    Ok(StepProgram {
        graph: g,
        args,
        outputs,
        params,
    })
}

impl StepProgram {
    /// The parameters whose gradients this (micro-step) program accumulates.
    pub fn accumulated(&self) -> Vec<ParamInfo> {
        self.params
            .iter()
            .filter(|p| self.args.contains(&Slot::Accum(p.name.clone())))
            .cloned()
            .collect()
    }
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
    let f = forward(
        run,
        cfg,
        task,
        shapes,
        replicas,
        &format!("{task}_train_step"),
    )?;
    let Forward {
        mut g,
        mut slot_of,
        loss,
        step,
        trained,
        grads,
        params,
    } = f;
    let (loss, grads) = mean_over_replicas(&mut g, loss, grads, replicas)?;
    g.output(loss);
    let mut outputs = vec![Slot::Loss];
    apply_updates(
        &mut g,
        &mut slot_of,
        &mut outputs,
        step,
        &trained,
        grads,
        opt,
    )?;
    finish(g, slot_of, outputs, params)
}

/// With gradient accumulation: `task`'s micro-step. It adds `grad / micro_steps`
/// of each trainable parameter into its donated accumulator
/// (`Slot::Accum`) and returns the replica-mean loss; nothing is updated.
pub fn build_grad_step(
    run: &Config,
    cfg: &T5Config,
    task: &str,
    shapes: Shapes,
    replicas: usize,
    micro_steps: usize,
) -> Result<StepProgram> {
    let f = forward(
        run,
        cfg,
        task,
        shapes,
        replicas,
        &format!("{task}_grad_step"),
    )?;
    let Forward {
        mut g,
        mut slot_of,
        loss,
        trained,
        grads,
        params,
        ..
    } = f;
    let loss = if replicas > 1 {
        let s = g.all_reduce_sum(loss)?;
        g.mul_scalar(s, 1.0 / replicas as f64)?
    } else {
        loss
    };
    g.output(loss);
    let mut outputs = vec![Slot::Loss];
    for ((info, _), grad) in trained.iter().zip(grads) {
        let acc = g.parameter(&format!("accum.{}", info.name), info.spec.clone())?;
        let grad = g.convert(grad, info.spec.ty)?;
        let scaled = g.mul_scalar(grad, 1.0 / micro_steps as f64)?;
        let sum = g.add(acc, scaled)?;
        slot_of.insert(acc, Slot::Accum(info.name.clone()));
        g.output(sum);
        outputs.push(Slot::Accum(info.name.clone()));
    }
    finish(g, slot_of, outputs, params)
}

/// With gradient accumulation: the update after a window of micro-steps.
/// `trained` is the union of the trainable parameters of the window's tasks;
/// their accumulated gradients are averaged over replicas, clipped and
/// applied, and the accumulators come back zeroed.
pub fn build_apply_step(
    name: &str,
    trained: &[ParamInfo],
    replicas: usize,
    opt: &OptimSettings,
) -> Result<StepProgram> {
    let mut g = Graph::new(name);
    g.set_num_replicas(replicas);
    let mut slot_of = HashMap::new();
    let step = g.parameter("step", TensorSpec::new(ElementType::S32, &[]))?;
    slot_of.insert(step, Slot::Step);
    let mut nodes = Vec::with_capacity(trained.len());
    let mut accums = Vec::with_capacity(trained.len());
    for info in trained {
        let p = g.parameter(&info.name, info.spec.clone())?;
        let a = g.parameter(&format!("accum.{}", info.name), info.spec.clone())?;
        slot_of.insert(p, Slot::Param(info.name.clone()));
        slot_of.insert(a, Slot::Accum(info.name.clone()));
        nodes.push((info.clone(), p));
        accums.push(a);
    }
    let zero = g.scalar(0.0, ElementType::F32)?;
    let (_, grads) = mean_over_replicas(&mut g, zero, accums.clone(), replicas)?;
    let mut outputs = Vec::new();
    apply_updates(&mut g, &mut slot_of, &mut outputs, step, &nodes, grads, opt)?;
    for (info, a) in trained.iter().zip(accums) {
        let z = g.zeros_like(a)?;
        g.output(z);
        outputs.push(Slot::Accum(info.name.clone()));
    }
    finish(g, slot_of, outputs, trained.to_vec())
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

/// One optimizer state tensor: its slot, its argument node, its new value.
/// The parameter itself comes first.
type Update = Vec<(Slot, NodeId, NodeId)>;

/// Decoupled weight decay: `p · (1 − lr·wd)` for the parameters that decay.
fn decayed(g: &mut Graph, name: &str, p: NodeId, lr: NodeId, wd: f64) -> Result<NodeId> {
    if wd == 0.0 || !decays(name) {
        return Ok(p);
    }
    let f = g.mul_scalar(lr, -wd)?;
    let f = g.add_scalar(f, 1.0)?;
    g.mul(p, f)
}

/// torch.optim.AdamW for one parameter: decoupled decay, then the Adam step
/// with bias corrections from the parameter's own update count.
fn adamw(
    g: &mut Graph,
    info: &ParamInfo,
    p: NodeId,
    grad: NodeId,
    lr: NodeId,
    opt: &OptimSettings,
) -> Result<Update> {
    let spec = info.spec.clone();
    let name = &info.name;
    let m = g.parameter(&format!("adam_m.{name}"), spec.clone())?;
    let v = g.parameter(&format!("adam_v.{name}"), spec.clone())?;
    let count = g.parameter(
        &format!("count.{name}"),
        TensorSpec::new(ElementType::F32, &[]),
    )?;
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
    let p_dec = decayed(g, name, p, lr, opt.weight_decay)?;
    let p_new = g.sub(p_dec, step)?;
    Ok(vec![
        (Slot::Param(name.clone()), p, p_new),
        (Slot::AdamM(name.clone()), m, m_new),
        (Slot::AdamV(name.clone()), v, v_new),
        (Slot::Count(name.clone()), count, t),
    ])
}

const ADAFACTOR_EPS: f64 = 1e-30;
const ADAFACTOR_CLIP: f64 = 1.0;
const ADAFACTOR_DECAY: f64 = -0.8;

/// HF Adafactor (no relative step, no parameter scaling, no momentum) for one parameter.
fn adafactor(
    g: &mut Graph,
    info: &ParamInfo,
    p: NodeId,
    grad: NodeId,
    lr: NodeId,
    opt: &OptimSettings,
) -> Result<Update> {
    let name = &info.name;
    let dims = info.spec.dims.clone();
    let rank = dims.len();
    let scalar = TensorSpec::new(ElementType::F32, &[]);
    let count = g.parameter(&format!("count.{name}"), scalar)?;
    let t = g.add_scalar(count, 1.0)?;
    // beta2t = 1 - t^decay
    let decay = g_scalar(g, ADAFACTOR_DECAY)?;
    let tp = g.pow(t, decay)?;
    let beta2 = g.neg(tp)?;
    let beta2 = g.add_scalar(beta2, 1.0)?;
    let sq = g.mul(grad, grad)?;
    let sq = g.add_scalar(sq, ADAFACTOR_EPS)?;
    let ema = |g: &mut Graph, old: NodeId, new: NodeId| -> Result<NodeId> {
        let keep = g.mul(old, beta2)?;
        let one_minus = g.neg(beta2)?;
        let one_minus = g.add_scalar(one_minus, 1.0)?;
        let add = g.mul(new, one_minus)?;
        g.add(keep, add)
    };
    let mut state = Vec::new();
    let update = if rank >= 2 {
        let row_spec = TensorSpec::new(ElementType::F32, &dims[..rank - 1]);
        let mut col_dims = dims[..rank - 2].to_vec();
        col_dims.push(dims[rank - 1]);
        let row = g.parameter(&format!("factor_row.{name}"), row_spec)?;
        let col = g.parameter(
            &format!("factor_col.{name}"),
            TensorSpec::new(ElementType::F32, &col_dims),
        )?;
        let row_mean = mean_over(g, sq, rank - 1)?;
        let col_mean = mean_over(g, sq, rank - 2)?;
        let row_new = ema(g, row, row_mean)?;
        let col_new = ema(g, col, col_mean)?;
        // r = rsqrt(row / mean(row)) [.., rows, 1]; c = rsqrt(col) [.., 1, cols]
        let row_avg = g.mean_keepdims(row_new, &[rank - 2])?;
        let r = g.div(row_new, row_avg)?;
        let r = g.rsqrt(r)?;
        let mut r_dims = dims.clone();
        r_dims[rank - 1] = 1;
        let r = g.reshape(r, &r_dims)?;
        let c = g.rsqrt(col_new)?;
        let mut c_dims = dims.clone();
        c_dims[rank - 2] = 1;
        let c = g.reshape(c, &c_dims)?;
        let rc = g.mul(r, c)?;
        state.push((Slot::FactorRow(name.clone()), row, row_new));
        state.push((Slot::FactorCol(name.clone()), col, col_new));
        g.mul(rc, grad)?
    } else {
        let v = g.parameter(&format!("adafactor_v.{name}"), info.spec.clone())?;
        let v_new = ema(g, v, sq)?;
        state.push((Slot::AdamV(name.clone()), v, v_new));
        let inv = g.rsqrt(v_new)?;
        g.mul(inv, grad)?
    };
    // update /= max(1, rms(update) / clip)
    let sq_u = g.mul(update, update)?;
    let ms = g.sum_all(sq_u)?;
    let ms = g.mul_scalar(ms, 1.0 / info.spec.element_count().max(1) as f64)?;
    let rms = g.sqrt(ms)?;
    let rms = g.mul_scalar(rms, 1.0 / ADAFACTOR_CLIP)?;
    let div = g.binary_scalar(BinaryOp::Max, rms, 1.0)?;
    let update = g.div(update, div)?;
    let update = g.mul(update, lr)?;
    let p_dec = decayed(g, name, p, lr, opt.weight_decay)?;
    let p_new = g.sub(p_dec, update)?;
    state.push((Slot::Count(name.clone()), count, t));
    state.insert(0, (Slot::Param(name.clone()), p, p_new));
    Ok(state)
}

fn g_scalar(g: &mut Graph, v: f64) -> Result<NodeId> {
    g.scalar(v, ElementType::F32)
}

/// Mean over dimension `dim` (dropped).
fn mean_over(g: &mut Graph, x: NodeId, dim: usize) -> Result<NodeId> {
    let n = g.spec(x).dims[dim];
    let s = g.reduce_sum(x, &[dim])?;
    g.mul_scalar(s, 1.0 / n as f64)
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
