//! One task's forward (and optionally backward) program: data arguments,
//! then the model's parameters in first-use order; outputs the loss, the
//! logits, the encoder states and the gradients of the trainable
//! parameters.

use super::adapters::AdapterSettings;
use super::config::T5Config;
use super::freeze::is_trainable;
use super::params::{ModelBuilder, ParamInfo};
use super::t5::{T5Inputs, T5};
use crate::autodiff::vjp;
use crate::config::Config;
use crate::error::Result;
use crate::graph::Graph;
use crate::runtime::{ElementType, TensorSpec};

/// Static shapes of one program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shapes {
    pub batch: usize,
    pub source_len: usize,
    pub target_len: usize,
}

/// A built program and the meaning of its arguments and outputs.
pub struct TaskProgram {
    pub graph: Graph,
    /// Parameters in argument order, after the data arguments (`DATA_ARGS`).
    pub params: Vec<ParamInfo>,
    pub trainable: Vec<bool>,
    /// Output index of the loss, logits and encoder states.
    pub loss: usize,
    pub logits: usize,
    pub encoder_hidden: usize,
    /// (parameter name, output index) of each gradient.
    pub grads: Vec<(String, usize)>,
}

/// The data arguments of every task program, in argument order (all s32):
/// `input_ids`/`attention_mask` `[batch, source_len]`,
/// `decoder_input_ids`/`labels` `[batch, target_len]`.
pub const DATA_ARGS: [&str; 4] = ["input_ids", "attention_mask", "decoder_input_ids", "labels"];

/// Declares the `DATA_ARGS` as the next program arguments.
pub fn data_inputs(b: &mut ModelBuilder, shapes: Shapes) -> Result<T5Inputs> {
    let (bs, s, t) = (
        shapes.batch as i64,
        shapes.source_len as i64,
        shapes.target_len as i64,
    );
    let dims = [[bs, s], [bs, s], [bs, t], [bs, t]];
    let mut nodes = Vec::with_capacity(4);
    for (name, d) in DATA_ARGS.iter().zip(dims) {
        nodes.push(b.g.parameter(name, TensorSpec::new(ElementType::S32, &d))?);
    }
    Ok(T5Inputs {
        input_ids: nodes[0],
        attention_mask: nodes[1],
        decoder_input_ids: nodes[2],
        labels: Some(nodes[3]),
    })
}

/// Builds `task`'s program for `run` on architecture `cfg`, in `dtype`,
/// with gradients of the trainable parameters when `with_grads`.
pub fn build_task_program(
    run: &Config,
    cfg: &T5Config,
    task: &str,
    shapes: Shapes,
    dtype: ElementType,
    with_grads: bool,
) -> Result<TaskProgram> {
    let settings = AdapterSettings::from_config(run)?;
    let mut b = ModelBuilder::new(&format!("{task}_forward"), dtype);
    let inputs = data_inputs(&mut b, shapes)?;
    let t5 = T5::for_task(cfg, settings.as_ref(), task, run, None);
    let out = t5.forward(&mut b, &inputs)?;
    let loss = out.loss.expect("labels were given");
    let logits = t5.lm_head(&mut b, out.decoder_hidden)?;
    let params: Vec<ParamInfo> = b.params().iter().map(|(p, _)| p.clone()).collect();
    let trainable: Vec<bool> = params
        .iter()
        .map(|p| is_trainable(run, p, cfg.tie_word_embeddings))
        .collect();
    let wrt: Vec<_> = b
        .params()
        .iter()
        .zip(&trainable)
        .filter(|(_, t)| **t)
        .map(|((_, n), _)| *n)
        .collect();
    let names: Vec<String> = params
        .iter()
        .zip(&trainable)
        .filter(|(_, t)| **t)
        .map(|(p, _)| p.name.clone())
        .collect();
    let grads = if with_grads {
        vjp(&mut b.g, loss, &wrt)?
    } else {
        Vec::new()
    };
    let mut g = b.g;
    let loss_out = g.output(loss);
    let logits = g.output(logits);
    let encoder_hidden = g.output(out.encoder_hidden);
    let grads = names
        .into_iter()
        .zip(grads)
        .map(|(n, node)| (n, g.output(node)))
        .collect();
    Ok(TaskProgram {
        graph: g,
        params,
        trainable,
        loss: loss_out,
        logits,
        encoder_hidden,
        grads,
    })
}
