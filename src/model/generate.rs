//! Generation as two compiled programs per task and shape, run replicated:
//!
//! - **encode**: the encoder over `input_ids`/`attention_mask` `[N, S]`, and
//!   from its states every decoder layer's cross-attention keys and values
//!   `[N, S, H, dk]`; it also returns the zeroed self-attention caches
//!   `[N, T, H, dk]`;
//! - **decode step**: one token per row at position `position`: the decoder
//!   with the key/value caches (the new key and value written in place with
//!   `dynamic_update_slice`, the caches donated and returned), after
//!   reordering the caches' rows by `beam_index` (beam search; the identity
//!   for greedy). It returns the next token and its log-probability
//!   (greedy) or the log-probabilities of the whole vocabulary (beams).
//!
//! The host loop (`Generator`) feeds the step `T` times at most (the task's
//! decode length), stopping when every row has produced `</s>`, and does the
//! beam bookkeeping with the semantics of HF transformers' beam search.

use std::collections::HashMap;

use super::adapters::AdapterSettings;
use super::attention::cross_keys_values;
use super::config::T5Config;
use super::params::{ModelBuilder, ParamInfo};
use super::program::Shapes;
use super::t5::{EncoderSide, T5Inputs, T5};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::graph::{composite, Graph, NodeId};
use crate::runtime::{
    Buffer, Client, CompileOptions, ElementType, Executable, ExecutableCache, HostTensor,
    TensorSpec,
};

mod chunk;
mod decoder_step;
mod runner;
mod search;
pub use decoder_step::DecodeStep;
pub use runner::{GenSettings, Generated, Generator, ParamLookup};

/// Sets a program that does not train (generation, evaluation, scoring,
/// task embeddings) to emit its few-row products `x · Wᵀ` weight first on
/// the CPU plugin (`Graph::set_weight_first`), where that form runs 2–5×
/// faster; other devices keep the plain product. Training steps keep it
/// too: there it gained nothing measurable (see the README's Benchmarks).
pub fn weight_first_on(graph: &mut Graph, device: crate::runtime::DeviceKind) {
    graph.set_weight_first(device == crate::runtime::DeviceKind::Cpu);
}
pub use search::{BeamSearch, Greedy, Search, StepScores};

/// `</s>`.
pub const EOS_ID: i32 = 1;
/// The decoder start token (the pad id).
pub const START_ID: i32 = 0;

/// What a generation program argument holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum GenArg {
    /// A named host or device input (`input_ids`, `token`, `cache_k.3` ...).
    Input(String),
    Param(String),
}

/// A built generation program.
pub struct GenProgram {
    pub graph: Graph,
    pub args: Vec<GenArg>,
    /// Output names in order.
    pub outputs: Vec<String>,
    pub params: Vec<ParamInfo>,
}

/// Static shapes of a generation: `rows` per replica (examples × beams),
/// source length, and at most `max_len` generated tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GenShapes {
    pub rows: usize,
    pub source_len: usize,
    pub max_len: usize,
}

/// How many tokens evaluation generates for a task whose longest tokenized
/// target (`</s>` included) has `decode_len` tokens: one fewer, as in the
/// reference, whose `generate(max_length=decode_len)` (transformers 3.5)
/// counts the decoder start token in `max_length`. That is every label's
/// tokens without its `</s>`, so a label is never cut short; at least one.
pub fn eval_generation_len(decode_len: usize) -> usize {
    decode_len.saturating_sub(1).max(1)
}

fn builder(run: &Config, name: &str, replicas: usize) -> ModelBuilder {
    let compute = if run.bf16 {
        ElementType::BF16
    } else {
        ElementType::F32
    };
    let mut b = ModelBuilder::new(name, ElementType::F32).with_compute(compute);
    b.g.set_num_replicas(replicas);
    b
}

/// Collects named inputs as they are declared, then the parameters.
struct Args {
    named: Vec<(NodeId, String)>,
}

impl Args {
    fn new() -> Self {
        Args { named: Vec::new() }
    }

    fn input(&mut self, b: &mut ModelBuilder, name: &str, spec: TensorSpec) -> Result<NodeId> {
        let node = b.g.parameter(name, spec)?;
        self.named.push((node, name.to_string()));
        Ok(node)
    }

    /// The program: arguments in graph order named, outputs as given, and
    /// each output that carries `donate[i]`'s name donated from that input.
    fn finish(
        self,
        b: ModelBuilder,
        outputs: Vec<(String, NodeId)>,
        donated: &[&str],
    ) -> Result<GenProgram> {
        let mut names: HashMap<NodeId, GenArg> = self
            .named
            .into_iter()
            .map(|(n, s)| (n, GenArg::Input(s)))
            .collect();
        for (info, node) in b.params() {
            names.insert(*node, GenArg::Param(info.name.clone()));
        }
        let params: Vec<ParamInfo> = b.params().iter().map(|(p, _)| p.clone()).collect();
        let mut g = b.g;
        let mut out_names = Vec::with_capacity(outputs.len());
        for (name, node) in outputs {
            g.output(node);
            out_names.push(name);
        }
        let arg_nodes = g.params().to_vec();
        let args = arg_nodes
            .iter()
            .map(|n| names.remove(n))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| Error::invalid("internal: a generation argument has no name"))?;
        for (i, arg) in args.iter().enumerate() {
            if let GenArg::Input(name) = arg {
                if donated.iter().any(|d| name.starts_with(d)) {
                    if let Some(out) = out_names.iter().position(|o| o == name) {
                        g.donate(arg_nodes[i], out)?;
                    }
                }
            }
        }
        Ok(GenProgram {
            graph: g,
            args,
            outputs: out_names,
            params,
        })
    }
}

fn s32(dims: &[i64]) -> TensorSpec {
    TensorSpec::new(ElementType::S32, dims)
}

/// The cache spec of one layer: `[N, T, H, dk]` in the compute type.
fn cache_spec(b: &ModelBuilder, cfg: &T5Config, shapes: GenShapes) -> TensorSpec {
    TensorSpec::new(
        b.dtype(),
        &[
            shapes.rows as i64,
            shapes.max_len as i64,
            cfg.num_heads as i64,
            cfg.d_kv as i64,
        ],
    )
}

fn cross_spec(b: &ModelBuilder, cfg: &T5Config, shapes: GenShapes) -> TensorSpec {
    TensorSpec::new(
        b.dtype(),
        &[
            shapes.rows as i64,
            shapes.source_len as i64,
            cfg.num_heads as i64,
            cfg.d_kv as i64,
        ],
    )
}

/// `task`'s encode program.
pub fn build_encode(
    run: &Config,
    cfg: &T5Config,
    task: &str,
    shapes: GenShapes,
    replicas: usize,
) -> Result<GenProgram> {
    encode_program(run, cfg, task, shapes, None, replicas)
}

/// `task`'s encode program that also gives the evaluation loss of its rows
/// (as `build_eval_loss` does, targets of `loss_len`): inputs
/// `decoder_input_ids` and `labels` `[N, loss_len]` and `rows` `[N]`, one more
/// output, `loss`. An evaluation that generates runs the encoder once per
/// batch for both, where `build_eval_loss` beside `build_encode` ran it twice.
pub fn build_encode_with_loss(
    run: &Config,
    cfg: &T5Config,
    task: &str,
    shapes: GenShapes,
    loss_len: usize,
    replicas: usize,
) -> Result<GenProgram> {
    encode_program(run, cfg, task, shapes, Some(loss_len.max(1)), replicas)
}

fn encode_program(
    run: &Config,
    cfg: &T5Config,
    task: &str,
    shapes: GenShapes,
    loss_len: Option<usize>,
    replicas: usize,
) -> Result<GenProgram> {
    let settings = AdapterSettings::from_config(run)?;
    let mut b = builder(run, &format!("{task}_encode"), replicas);
    let mut args = Args::new();
    let (n, s) = (shapes.rows as i64, shapes.source_len as i64);
    let ids = args.input(&mut b, "input_ids", s32(&[n, s]))?;
    let mask = args.input(&mut b, "attention_mask", s32(&[n, s]))?;
    let t5 = T5::for_task(cfg, settings.as_ref(), task, run, None);
    let enc = t5.encoder(&mut b, ids, mask)?;
    let cross = cross_keys_values(&mut b, enc, cfg)?;
    let mut outputs = Vec::new();
    if let Some(t) = loss_len {
        let t = t as i64;
        let dec = args.input(&mut b, "decoder_input_ids", s32(&[n, t]))?;
        let labels = args.input(&mut b, "labels", s32(&[n, t]))?;
        let rows = args.input(&mut b, "rows", s32(&[n]))?;
        let hidden = t5.decoder_over(&mut b, dec, EncoderSide::Projected(&cross), mask)?;
        let loss = t5.loss(&mut b, hidden, labels, Some(rows))?;
        outputs.push(("loss".to_string(), loss));
    }
    for (i, (k, v)) in cross.into_iter().enumerate() {
        outputs.push((format!("cross_k.{i}"), k));
        outputs.push((format!("cross_v.{i}"), v));
    }
    let spec = cache_spec(&b, cfg, shapes);
    for i in 0..cfg.decoder_layers() {
        for which in ['k', 'v'] {
            let z = b.g.zeros(&spec)?;
            outputs.push((format!("cache_{which}.{i}"), z));
        }
    }
    args.finish(b, outputs, &[])
}

/// `task`'s decode step; `full_scores` returns the vocabulary's
/// log-probabilities (beam search) instead of the best token and its score.
pub fn build_decode_step(
    run: &Config,
    cfg: &T5Config,
    task: &str,
    shapes: GenShapes,
    replicas: usize,
    full_scores: bool,
) -> Result<GenProgram> {
    let settings = AdapterSettings::from_config(run)?;
    let mut b = builder(run, &format!("{task}_decode_step"), replicas);
    let mut args = Args::new();
    let (n, s) = (shapes.rows as i64, shapes.source_len as i64);
    let token = args.input(&mut b, "token", s32(&[n, 1]))?;
    let position = args.input(&mut b, "position", s32(&[]))?;
    let beam_index = args.input(&mut b, "beam_index", s32(&[n]))?;
    let mask = args.input(&mut b, "attention_mask", s32(&[n, s]))?;
    let layers = cfg.decoder_layers();
    let (cross, caches) = {
        let cspec = cross_spec(&b, cfg, shapes);
        let kspec = cache_spec(&b, cfg, shapes);
        let mut cross = Vec::with_capacity(layers);
        let mut caches = Vec::with_capacity(layers);
        for i in 0..layers {
            let k = args.input(&mut b, &format!("cross_k.{i}"), cspec.clone())?;
            let v = args.input(&mut b, &format!("cross_v.{i}"), cspec.clone())?;
            cross.push((k, v));
        }
        for i in 0..layers {
            let k = args.input(&mut b, &format!("cache_k.{i}"), kspec.clone())?;
            let v = args.input(&mut b, &format!("cache_v.{i}"), kspec.clone())?;
            caches.push((k, v));
        }
        (cross, caches)
    };
    let t5 = T5::for_task(cfg, settings.as_ref(), task, run, None);
    let step = DecodeStep {
        token,
        position,
        beam_index,
        enc_mask: mask,
        cross: &cross,
        caches: &caches,
        max_len: shapes.max_len,
    };
    let (h, new_caches) = t5.decoder_step(&mut b, &step)?;
    let mut outputs = Vec::new();
    if full_scores {
        let logits = t5.lm_head(&mut b, h)?;
        let logits = b.g.reshape(logits, &[n, cfg.vocab_size as i64])?;
        let logits = b.g.convert(logits, ElementType::F32)?;
        let logp = composite::log_softmax(&mut b.g, logits, 1)?;
        outputs.push(("log_probs".to_string(), logp));
    } else {
        // Greedy needs only each row's best token and its log-probability:
        // read the logits vocabulary first, `[V, N]`, as the loss does (the
        // CPU plugin runs `W · hᵀ` 2–4× faster than `h · Wᵀ` at few rows).
        let logits = t5.vocab_major_logits(&mut b, h)?;
        let logits = b.g.convert(logits, ElementType::F32)?;
        let logp = composite::log_softmax(&mut b.g, logits, 0)?;
        let next = b.g.argmax(logp, 0)?;
        let best = b.g.reduce_max(logp, &[0])?;
        outputs.push(("next".to_string(), next));
        outputs.push(("score".to_string(), best));
    }
    for (i, (k, v)) in new_caches.into_iter().enumerate() {
        outputs.push((format!("cache_k.{i}"), k));
        outputs.push((format!("cache_v.{i}"), v));
    }
    args.finish(b, outputs, &["cache_"])
}

/// `task`'s evaluation loss: the training loss of ruse-system.md §6 (label
/// smoothing included, no dropout) of one replica's batch of `shapes`, from
/// `input_ids`/`attention_mask` and `decoder_input_ids`/`labels`, over the
/// rows that `rows` (`[batch]` s32) marks 1, so that padding rows of a last,
/// partial batch count for nothing; one output, `loss`, per replica (no
/// all-reduce).
pub fn build_eval_loss(
    run: &Config,
    cfg: &T5Config,
    task: &str,
    shapes: Shapes,
    replicas: usize,
) -> Result<GenProgram> {
    let settings = AdapterSettings::from_config(run)?;
    let mut b = builder(run, &format!("{task}_eval_loss"), replicas);
    let mut args = Args::new();
    let (n, s, t) = (
        shapes.batch as i64,
        shapes.source_len as i64,
        shapes.target_len as i64,
    );
    let ids = args.input(&mut b, "input_ids", s32(&[n, s]))?;
    let mask = args.input(&mut b, "attention_mask", s32(&[n, s]))?;
    let dec = args.input(&mut b, "decoder_input_ids", s32(&[n, t]))?;
    let labels = args.input(&mut b, "labels", s32(&[n, t]))?;
    let rows = args.input(&mut b, "rows", s32(&[n]))?;
    let t5 = T5::for_task(cfg, settings.as_ref(), task, run, None);
    let inputs = T5Inputs {
        input_ids: ids,
        attention_mask: mask,
        decoder_input_ids: dec,
        labels: None,
    };
    let hidden = t5.forward(&mut b, &inputs)?.decoder_hidden;
    let loss = t5.loss(&mut b, hidden, labels, Some(rows))?;
    args.finish(b, vec![("loss".to_string(), loss)], &[])
}

// ---- the host loop ---------------------------------------------------------
