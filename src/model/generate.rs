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

use super::adapters::{AdapterSettings, Position, Site};
use super::attention::{
    attend, attention_weight, bucket_table, linear, min_value, padding_mask, position_bias_table,
    split_heads,
};
use super::config::T5Config;
use super::params::{ModelBuilder, ParamInfo};
use super::t5::T5;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::graph::{composite, CmpDir, Graph, NodeId};
use crate::runtime::{
    Buffer, Client, CompileOptions, ElementType, Executable, ExecutableCache, HostTensor,
    TensorSpec,
};

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
    let settings = AdapterSettings::from_config(run)?;
    let mut b = builder(run, &format!("{task}_encode"), replicas);
    let mut args = Args::new();
    let (n, s) = (shapes.rows as i64, shapes.source_len as i64);
    let ids = args.input(&mut b, "input_ids", s32(&[n, s]))?;
    let mask = args.input(&mut b, "attention_mask", s32(&[n, s]))?;
    let t5 = T5::for_task(cfg, settings.as_ref(), task, run, None);
    let enc = t5.encoder(&mut b, ids, mask)?;
    let mut outputs = Vec::new();
    for i in 0..cfg.decoder_layers() {
        let prefix = format!("decoder.block.{i}.layer.1.EncDecAttention");
        for which in ['k', 'v'] {
            let w = attention_weight(&mut b, &prefix, which, cfg)?;
            let y = linear(&mut b, enc, w)?;
            let y = split_heads(&mut b, y, cfg)?;
            outputs.push((format!("cross_{which}.{i}"), y));
        }
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
    let (logits, new_caches) = t5.decoder_step(&mut b, &step)?;
    let logits = b.g.reshape(logits, &[n, cfg.vocab_size as i64])?;
    let logits = b.g.convert(logits, ElementType::F32)?;
    let logp = composite::log_softmax(&mut b.g, logits, 1)?;
    let mut outputs = Vec::new();
    if full_scores {
        outputs.push(("log_probs".to_string(), logp));
    } else {
        let next = b.g.argmax(logp, 1)?;
        let best = b.g.reduce_max(logp, &[1])?;
        outputs.push(("next".to_string(), next));
        outputs.push(("score".to_string(), best));
    }
    for (i, (k, v)) in new_caches.into_iter().enumerate() {
        outputs.push((format!("cache_k.{i}"), k));
        outputs.push((format!("cache_v.{i}"), v));
    }
    args.finish(b, outputs, &["cache_"])
}

/// The inputs of one decoder step.
pub struct DecodeStep<'a> {
    /// `[N, 1]` s32.
    pub token: NodeId,
    /// s32 scalar: the position of `token`.
    pub position: NodeId,
    /// `[N]` s32: the cache row each row continues.
    pub beam_index: NodeId,
    /// `[N, S]` s32.
    pub enc_mask: NodeId,
    /// Per decoder layer: cross-attention keys and values `[N, S, H, dk]`.
    pub cross: &'a [(NodeId, NodeId)],
    /// Per decoder layer: self-attention caches `[N, T, H, dk]`.
    pub caches: &'a [(NodeId, NodeId)],
    pub max_len: usize,
}

impl T5<'_> {
    /// One decoder position with key/value caches: the logits `[N, 1, V]`
    /// and the updated caches.
    pub fn decoder_step(
        &self,
        b: &mut ModelBuilder,
        x: &DecodeStep,
    ) -> Result<(NodeId, Vec<(NodeId, NodeId)>)> {
        let cfg = self.cfg;
        let shared = self.shared(b)?;
        let mut h = b.g.gather(shared, x.token)?;
        let self_bias = step_self_bias(b, x.position, x.max_len, cfg)?;
        let cross_bias = padding_mask(b, x.enc_mask)?;
        let zero = b.g.scalar(0.0, ElementType::S32)?;
        let starts = [zero, x.position, zero, zero];
        let mut new_caches = Vec::with_capacity(x.caches.len());
        for i in 0..cfg.decoder_layers() {
            let p = format!("decoder.block.{i}");
            let n = self.layer_norm(b, &format!("{p}.layer.0.layer_norm"), h)?;
            let prefix = format!("{p}.layer.0.SelfAttention");
            let [wq, wk, wv, wo] =
                ['q', 'k', 'v', 'o'].map(|w| attention_weight(b, &prefix, w, cfg));
            let mut kv = Vec::with_capacity(2);
            for (w, cache) in [(wk?, x.caches[i].0), (wv?, x.caches[i].1)] {
                let y = linear(b, n, w)?;
                let y = split_heads(b, y, cfg)?;
                let cache = reorder_rows(b, cache, x.beam_index)?;
                kv.push(b.g.dynamic_update_slice(cache, y, &starts)?);
            }
            let q = linear(b, n, wq?)?;
            let q = split_heads(b, q, cfg)?;
            let ctx = attend(b, q, kv[0], kv[1], self_bias, cfg, None)?;
            let a = linear(b, ctx, wo?)?;
            new_caches.push((kv[0], kv[1]));
            let site = Site {
                stack: "decoder",
                block: i,
                layer: 0,
                position: Position::SelfAttention,
            };
            h = self.residual(b, h, a, Some(site))?;
            let n = self.layer_norm(b, &format!("{p}.layer.1.layer_norm"), h)?;
            let prefix = format!("{p}.layer.1.EncDecAttention");
            let wq = attention_weight(b, &prefix, 'q', cfg)?;
            let wo = attention_weight(b, &prefix, 'o', cfg)?;
            let q = linear(b, n, wq)?;
            let q = split_heads(b, q, cfg)?;
            let ctx = attend(b, q, x.cross[i].0, x.cross[i].1, cross_bias, cfg, None)?;
            let c = linear(b, ctx, wo)?;
            h = self.residual(b, h, c, None)?;
            let n = self.layer_norm(b, &format!("{p}.layer.2.layer_norm"), h)?;
            let f = self.feed_forward(b, &format!("{p}.layer.2.DenseReluDense"), n)?;
            let site = Site {
                stack: "decoder",
                block: i,
                layer: 2,
                position: Position::FeedForward,
            };
            h = self.residual(b, h, f, Some(site))?;
        }
        let h = self.layer_norm(b, "decoder.final_layer_norm", h)?;
        let logits = self.lm_head(b, h)?;
        Ok((logits, new_caches))
    }
}

/// `cache` `[N, ...]` with its rows taken at `index` `[N]`.
fn reorder_rows(b: &mut ModelBuilder, cache: NodeId, index: NodeId) -> Result<NodeId> {
    let dims = b.g.spec(cache).dims.clone();
    let flat = b.g.reshape(cache, &[dims[0], dims[1..].iter().product()])?;
    let rows = b.g.gather(flat, index)?;
    b.g.reshape(rows, &dims)
}

/// The self-attention bias of the query at `position` over keys `0..t`:
/// the relative position bias of that row plus the causal mask, `[1, H, 1, T]`.
fn step_self_bias(
    b: &mut ModelBuilder,
    position: NodeId,
    t: usize,
    cfg: &T5Config,
) -> Result<NodeId> {
    let table = position_bias_table(b, "decoder", cfg)?;
    let buckets = b.g.constant(bucket_table(t, t, false, cfg)?)?;
    let zero = b.g.scalar(0.0, ElementType::S32)?;
    let row =
        b.g.dynamic_slice(buckets, &[position, zero], &[1, t as i64])?;
    let bias = b.g.gather(table, row)?; // [1, T, H]
    let bias = b.g.transpose(bias, &[2, 0, 1])?; // [H, 1, T]
    let h = cfg.num_heads as i64;
    let bias = b.g.reshape(bias, &[1, h, 1, t as i64])?;
    let keys = b.g.iota(&s32(&[1, 1, 1, t as i64]), 3)?;
    let pos = b.g.reshape(position, &[1, 1, 1, 1])?;
    let pos = b.g.broadcast_to(pos, &[1, 1, 1, t as i64])?;
    let visible = b.g.compare(CmpDir::Le, keys, pos)?;
    let dt = b.dtype();
    let open = b.g.zeros(&TensorSpec::new(dt, &[1, 1, 1, t as i64]))?;
    let closed = b.g.scalar(min_value(dt), dt)?;
    let closed = b.g.broadcast_to(closed, &[1, 1, 1, t as i64])?;
    let causal = b.g.select(visible, open, closed)?;
    b.g.add(bias, causal)
}

// ---- the host loop ---------------------------------------------------------

/// One generated sequence: the tokens after the start token, up to and
/// including `</s>` if it came, and its score: the sum of the tokens'
/// log-probabilities (greedy) or the beam score (that sum divided by the
/// length to the `length_penalty`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Generated {
    pub ids: Vec<i32>,
    pub score: f64,
}

/// How to generate.
#[derive(Clone, Copy, Debug)]
pub struct GenSettings {
    /// At most this many tokens.
    pub max_len: usize,
    /// 1 = greedy.
    pub beams: usize,
    pub length_penalty: f64,
}

struct Compiled {
    program: GenProgram,
    exe: std::sync::Arc<Executable>,
}

/// Compiled generation programs of a run, and the loop that drives them.
pub struct Generator {
    run: Config,
    cfg: T5Config,
    replicas: usize,
    programs: HashMap<(String, GenShapes, bool), (Compiled, Compiled)>,
    /// Tasks whose programs are the same computation share one compilation.
    executables: ExecutableCache,
    /// Seconds spent compiling so far.
    pub compile_seconds: f64,
}

/// Where a replica's parameters live.
pub type ParamLookup<'a> = dyn Fn(usize, &str) -> Option<&'a Buffer> + 'a;

impl Generator {
    pub fn new(run: &Config, cfg: &T5Config, replicas: usize) -> Generator {
        Generator {
            run: run.clone(),
            cfg: cfg.clone(),
            replicas,
            programs: HashMap::new(),
            executables: ExecutableCache::new(),
            compile_seconds: 0.0,
        }
    }

    fn programs(
        &mut self,
        client: &Client,
        task: &str,
        shapes: GenShapes,
        full: bool,
    ) -> Result<&(Compiled, Compiled)> {
        let key = (task.to_string(), shapes, full);
        if !self.programs.contains_key(&key) {
            let opts = CompileOptions::replicas(self.replicas);
            let mut compile = |p: GenProgram| -> Result<Compiled> {
                let text = crate::emit::emit(&p.graph)?;
                let shared = self.executables.compile(client, &text, opts)?;
                if !shared.reused {
                    self.compile_seconds += shared.exe.compile_time().as_secs_f64();
                }
                Ok(Compiled {
                    program: p,
                    exe: shared.exe,
                })
            };
            let enc = compile(build_encode(
                &self.run,
                &self.cfg,
                task,
                shapes,
                self.replicas,
            )?)?;
            let step = compile(build_decode_step(
                &self.run,
                &self.cfg,
                task,
                shapes,
                self.replicas,
                full,
            )?)?;
            self.programs.insert(key.clone(), (enc, step));
        }
        Ok(&self.programs[&key])
    }

    /// Generates for `sources` (token ids, each ending in `</s>`; truncated
    /// to `source_len`), `rows_per_replica` examples per replica and call,
    /// on all replicas at once. Returns one sequence per source.
    #[allow(clippy::too_many_arguments)]
    pub fn generate(
        &mut self,
        client: &Client,
        params: &ParamLookup,
        task: &str,
        sources: &[Vec<u32>],
        source_len: usize,
        rows_per_replica: usize,
        settings: GenSettings,
    ) -> Result<Vec<Generated>> {
        let beams = settings.beams.max(1);
        let per_call = rows_per_replica.max(1) * self.replicas;
        let shapes = GenShapes {
            rows: rows_per_replica.max(1) * beams,
            source_len,
            max_len: settings.max_len.max(1),
        };
        let mut out = Vec::with_capacity(sources.len());
        let replicas = self.replicas;
        for chunk in sources.chunks(per_call) {
            let programs = self.programs(client, task, shapes, beams > 1)?;
            out.extend(run_chunk(
                client, programs, params, chunk, shapes, replicas, settings,
            )?);
        }
        Ok(out)
    }
}

/// One replica's inputs by name.
type Named = HashMap<String, Buffer>;

fn bind<'x, 'n: 'x, 'p: 'x>(
    program: &GenProgram,
    replica: usize,
    named: &'n Named,
    params: &ParamLookup<'p>,
) -> Result<Vec<&'x Buffer>> {
    program
        .args
        .iter()
        .map(|arg| match arg {
            GenArg::Input(n) => named
                .get(n)
                .map(|b| -> &'x Buffer { b })
                .ok_or_else(|| Error::invalid(format!("internal: no generation input {n}"))),
            GenArg::Param(n) => params(replica, n)
                .map(|b| -> &'x Buffer { b })
                .ok_or_else(|| {
                    Error::invalid(format!(
                        "parameter {n} is not on replica {replica}'s device"
                    ))
                }),
        })
        .collect()
}

/// Runs `compiled` on all replicas; returns each replica's outputs by name.
fn execute(compiled: &Compiled, named: &[Named], params: &ParamLookup) -> Result<Vec<Named>> {
    let args = named
        .iter()
        .enumerate()
        .map(|(r, n)| bind(&compiled.program, r, n, params))
        .collect::<Result<Vec<_>>>()?;
    let outs = compiled.exe.execute(&args)?;
    Ok(outs
        .into_iter()
        .map(|list| compiled.program.outputs.iter().cloned().zip(list).collect())
        .collect())
}

/// Generates for up to `replicas × examples-per-replica` sources.
fn run_chunk(
    client: &Client,
    (encode, step): &(Compiled, Compiled),
    params: &ParamLookup,
    chunk: &[Vec<u32>],
    shapes: GenShapes,
    replicas: usize,
    settings: GenSettings,
) -> Result<Vec<Generated>> {
    let beams = settings.beams.max(1);
    let per_replica = shapes.rows / beams;
    let (n, s) = (shapes.rows, shapes.source_len);
    // Rows: example e of replica r, beam j at r's row e * beams + j. Rows
    // past the chunk's end hold a lone `</s>`.
    let mut ids = vec![vec![0i32; n * s]; replicas];
    let mut mask = vec![vec![0i32; n * s]; replicas];
    for r in 0..replicas {
        for e in 0..per_replica {
            let src: Vec<i32> = match chunk.get(r * per_replica + e) {
                Some(src) => src.iter().take(s).map(|&t| t as i32).collect(),
                None => vec![EOS_ID],
            };
            for j in 0..beams {
                let row = (e * beams + j) * s;
                for (k, &t) in src.iter().enumerate() {
                    ids[r][row + k] = t;
                    mask[r][row + k] = 1;
                }
            }
        }
    }
    let mut named: Vec<Named> = Vec::with_capacity(replicas);
    for r in 0..replicas {
        let mut m = Named::new();
        m.insert(
            "input_ids".into(),
            client.upload_slice(&ids[r], &[n as i64, s as i64], r)?,
        );
        m.insert(
            "attention_mask".into(),
            client.upload_slice(&mask[r], &[n as i64, s as i64], r)?,
        );
        named.push(m);
    }
    for (r, outs) in execute(encode, &named, params)?.into_iter().enumerate() {
        named[r].remove("input_ids");
        named[r].extend(outs);
    }
    let mut search: Vec<Box<dyn Search>> = (0..replicas * per_replica)
        .map(|_| -> Box<dyn Search> {
            if beams > 1 {
                Box::new(BeamSearch::new(beams, settings.length_penalty))
            } else {
                Box::new(Greedy::default())
            }
        })
        .collect();
    let mut tokens = vec![vec![START_ID; n]; replicas];
    let mut index: Vec<Vec<i32>> = vec![(0..n as i32).collect(); replicas];
    for position in 0..shapes.max_len {
        for r in 0..replicas {
            let m = &mut named[r];
            m.insert(
                "token".into(),
                client.upload_slice(&tokens[r], &[n as i64, 1], r)?,
            );
            m.insert(
                "position".into(),
                client.upload(&HostTensor::scalar(position as i32), r)?,
            );
            m.insert(
                "beam_index".into(),
                client.upload_slice(&index[r], &[n as i64], r)?,
            );
        }
        let outs = execute(step, &named, params)?;
        let last = position + 1 == shapes.max_len;
        for (r, mut o) in outs.into_iter().enumerate() {
            let scores = if beams > 1 {
                take(&mut o, "log_probs")?.to_host()?.to_vec::<f32>()?
            } else {
                take(&mut o, "score")?.to_host()?.to_vec::<f32>()?
            };
            let next = if beams > 1 {
                Vec::new()
            } else {
                take(&mut o, "next")?.to_host()?.to_vec::<i32>()?
            };
            let vocab = scores.len() / n;
            for e in 0..per_replica {
                let rows = e * beams..(e + 1) * beams;
                let view = StepScores {
                    next: if next.is_empty() {
                        &[]
                    } else {
                        &next[rows.clone()]
                    },
                    scores: &scores[rows.start * vocab.max(1)..rows.end * vocab.max(1)],
                    vocab,
                };
                let (tok, src) = search[r * per_replica + e].advance(&view, position, last);
                for j in 0..beams {
                    tokens[r][e * beams + j] = tok[j];
                    index[r][e * beams + j] = (e * beams + src[j]) as i32;
                }
            }
            named[r].extend(o);
        }
        if search.iter().all(|s| s.done()) {
            break;
        }
    }
    Ok(search
        .into_iter()
        .take(chunk.len())
        .map(|s| s.result())
        .collect())
}

fn take(named: &mut Named, name: &str) -> Result<Buffer> {
    named
        .remove(name)
        .ok_or_else(|| Error::invalid(format!("internal: no output {name}")))
}

/// One example's rows of a step's output: the best tokens (greedy) or the
/// log-probabilities `[beams, vocab]`.
pub struct StepScores<'a> {
    pub next: &'a [i32],
    pub scores: &'a [f32],
    pub vocab: usize,
}

/// The search state of one example.
pub trait Search {
    /// Takes one step's scores; returns each beam's next input token and the
    /// beam (of this example) whose cache it continues.
    fn advance(&mut self, step: &StepScores, position: usize, last: bool)
        -> (Vec<i32>, Vec<usize>);
    fn done(&self) -> bool;
    fn result(self: Box<Self>) -> Generated;
}

/// Greedy search: the best token at every step until `</s>`.
#[derive(Default)]
pub struct Greedy {
    ids: Vec<i32>,
    score: f64,
    finished: bool,
}

impl Search for Greedy {
    fn advance(
        &mut self,
        step: &StepScores,
        _position: usize,
        _last: bool,
    ) -> (Vec<i32>, Vec<usize>) {
        if !self.finished {
            let t = step.next[0];
            self.ids.push(t);
            self.score += step.scores[0] as f64;
            self.finished = t == EOS_ID;
        }
        (vec![*self.ids.last().unwrap_or(&START_ID)], vec![0])
    }

    fn done(&self) -> bool {
        self.finished
    }

    fn result(self: Box<Self>) -> Generated {
        Generated {
            ids: self.ids,
            score: self.score,
        }
    }
}

/// Beam search as HF transformers (4.57) does it with `early_stopping=False`:
/// each step takes the 2k best continuations of the k running beams; one
/// ending in `</s>` (or any at the last step) that ranks in the top k becomes
/// a finished hypothesis scored sum-of-log-probs / length^penalty (length =
/// generated tokens, `</s>` included), the k best finished are kept; the
/// next beams are the k best continuations not ending in `</s>`. The example
/// is done once it holds k finished hypotheses and the best running beam's
/// score / current length^penalty cannot beat the worst of them.
pub struct BeamSearch {
    k: usize,
    length_penalty: f64,
    /// Running beams: tokens and summed log-probability.
    running: Vec<(Vec<i32>, f64)>,
    finished: Vec<Generated>,
    is_done: bool,
}

impl BeamSearch {
    pub fn new(k: usize, length_penalty: f64) -> BeamSearch {
        // Only beam 0 is live at the first step (the beams start identical).
        let running = (0..k)
            .map(|j| (Vec::new(), if j == 0 { 0.0 } else { -1e9 }))
            .collect();
        BeamSearch {
            k,
            length_penalty,
            running,
            finished: Vec::new(),
            is_done: false,
        }
    }

    fn normalised(&self, sum: f64, len: usize) -> f64 {
        sum / (len as f64).powf(self.length_penalty)
    }

    fn add_finished(&mut self, ids: Vec<i32>, sum: f64) {
        let score = self.normalised(sum, ids.len());
        self.finished.push(Generated { ids, score });
        // Best first; stable, so earlier hypotheses win ties.
        self.finished.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        self.finished.truncate(self.k);
    }
}

impl Search for BeamSearch {
    fn advance(
        &mut self,
        step: &StepScores,
        position: usize,
        last: bool,
    ) -> (Vec<i32>, Vec<usize>) {
        let (k, v) = (self.k, step.vocab);
        // The 2k best (beam, token) continuations.
        let mut cands: Vec<(f64, usize, i32)> = Vec::with_capacity(k * v);
        for j in 0..k {
            let base = self.running[j].1;
            for t in 0..v {
                cands.push((base + step.scores[j * v + t] as f64, j, t as i32));
            }
        }
        let top = (2 * k).min(cands.len());
        cands.select_nth_unstable_by(top - 1, |a, b| {
            b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal)
        });
        cands.truncate(top);
        cands.sort_by(|a, b| {
            b.0.partial_cmp(&a.0)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
        });
        if !self.is_done {
            for (rank, &(sum, j, t)) in cands.iter().enumerate() {
                if (t == EOS_ID || last) && rank < k {
                    let mut ids = self.running[j].0.clone();
                    ids.push(t);
                    self.add_finished(ids, sum);
                }
            }
        }
        let next: Vec<(f64, usize, i32)> = cands
            .iter()
            .filter(|c| c.2 != EOS_ID)
            .take(k)
            .copied()
            .collect();
        let mut running = Vec::with_capacity(k);
        let mut tokens = Vec::with_capacity(k);
        let mut sources = Vec::with_capacity(k);
        for j in 0..k {
            // Fewer than k non-eos continuations only happens with a tiny vocabulary.
            let (sum, src, t) = next.get(j).copied().unwrap_or((-1e9, 0, START_ID));
            let mut ids = self.running[src].0.clone();
            ids.push(t);
            running.push((ids, sum));
            tokens.push(t);
            sources.push(src);
        }
        self.running = running;
        if !self.is_done && self.finished.len() == self.k {
            let best_running = self.running[0].1;
            let worst = self.finished.last().map(|g| g.score).unwrap_or(f64::MIN);
            if self.normalised(best_running, position + 1) <= worst {
                self.is_done = true;
            }
        }
        if last {
            self.is_done = true;
        }
        (tokens, sources)
    }

    fn done(&self) -> bool {
        self.is_done
    }

    fn result(self: Box<Self>) -> Generated {
        self.finished.into_iter().next().unwrap_or(Generated {
            ids: Vec::new(),
            score: f64::NEG_INFINITY,
        })
    }
}
