//! The training step of one task as one program: forward and loss on each
//! replica's batch, gradients of the trainable parameters only, their mean
//! over replicas (`all_reduce`), global-norm clipping, the learning rate
//! from the update number, and the AdamW update. Parameters and optimizer
//! state are donated in and returned, so they stay on the device.

use std::collections::HashMap;

use super::optim::{adafactor, adamw, clip, idle_update};
use super::slot::Slot;
use crate::autodiff::vjp;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::graph::{Graph, NodeId};
use crate::model::adapters::AdapterSettings;
use crate::model::freeze::is_trainable;
use crate::model::program::{data_inputs, Shapes, DATA_ARGS};
use crate::model::{ModelBuilder, ParamInfo, T5Config, T5};
use crate::runtime::{ElementType, TensorSpec};

pub use super::optim_settings::{decays, idle_params, OptimSettings, Optimizer};

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
/// every `trained` parameter from its (replica-mean) gradient and of every
/// `idle` one without (see `idle_update`); appends the grad norm, the
/// learning rate and the new state to the outputs.
#[allow(clippy::too_many_arguments)]
fn apply_updates(
    g: &mut Graph,
    slot_of: &mut HashMap<NodeId, Slot>,
    outputs: &mut Vec<Slot>,
    step: NodeId,
    trained: &[(ParamInfo, NodeId)],
    grads: Vec<NodeId>,
    idle: &[ParamInfo],
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
    for info in idle {
        let p = g.parameter(&info.name, info.spec.clone())?;
        for (slot, arg, out) in idle_update(g, info, p, lr, opt)? {
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
/// batch of `shapes`; the run's other trainable parameters step without a
/// gradient unless `zero_grad_set_to_none` (see `idle_params`).
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
    let trained_info: Vec<ParamInfo> = trained.iter().map(|(p, _)| p.clone()).collect();
    let idle = idle_params(run, cfg, &trained_info)?;
    apply_updates(
        &mut g,
        &mut slot_of,
        &mut outputs,
        step,
        &trained,
        grads,
        &idle,
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
/// applied, and the accumulators come back zeroed. `idle` (from
/// `idle_params`) step without a gradient.
pub fn build_apply_step(
    name: &str,
    trained: &[ParamInfo],
    idle: &[ParamInfo],
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
    apply_updates(
        &mut g,
        &mut slot_of,
        &mut outputs,
        step,
        &nodes,
        grads,
        idle,
        opt,
    )?;
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
