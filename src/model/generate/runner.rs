//! The host loop of generation: `Generator` compiles a task's encode and
//! decode-step programs on first use (sharing identical ones), binds the
//! parameters, and drives the search over the replicas' chunks of examples.

use super::chunk::{execute, run_chunk, take_loss, Compiled, Example, Named};
use super::*;

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

/// Compiled generation programs of a run, and the loop that drives them.
pub struct Generator {
    run: Config,
    cfg: T5Config,
    replicas: usize,
    programs: HashMap<ProgramKey, (Compiled, Compiled)>,
    loss_programs: HashMap<(String, Shapes), Compiled>,
    /// Tasks whose programs are the same computation share one compilation.
    executables: ExecutableCache,
    /// Seconds spent compiling so far.
    pub compile_seconds: f64,
    /// Few-row products weight first on the CPU (`weight_first_on`); on by
    /// default, off only to measure what it gains (`benches/eval.rs`).
    weight_first: bool,
}

/// A generation program pair's key: task, shapes, beam search, and the
/// target length of the evaluation loss its encode program gives, if any.
type ProgramKey = (String, GenShapes, bool, Option<usize>);

/// Where a replica's parameters live.
pub type ParamLookup<'a> = dyn Fn(usize, &str) -> Option<&'a Buffer> + 'a;

impl Generator {
    pub fn new(run: &Config, cfg: &T5Config, replicas: usize) -> Generator {
        Generator {
            run: run.clone(),
            cfg: cfg.clone(),
            replicas,
            programs: HashMap::new(),
            loss_programs: HashMap::new(),
            executables: ExecutableCache::new(),
            compile_seconds: 0.0,
            weight_first: true,
        }
    }

    /// Whether programs compiled from now on emit their few-row products
    /// weight first on the CPU (the default); `false` keeps every product
    /// `x · Wᵀ`, for measuring the difference.
    pub fn set_weight_first(&mut self, on: bool) {
        self.weight_first = on;
    }

    /// Compiles `program`, or takes the executable of an identical one.
    fn compile(&mut self, client: &Client, mut program: GenProgram) -> Result<Compiled> {
        crate::runtime::host_dot::apply(&mut program.graph, &self.run, client.device_kind())?;
        if self.weight_first {
            weight_first_on(&mut program.graph, client.device_kind());
        }
        let text = crate::emit::emit(&program.graph)?;
        let opts = CompileOptions::replicas(self.replicas);
        let shared = self.executables.compile(client, &text, opts)?;
        if !shared.reused {
            self.compile_seconds += shared.exe.compile_time().as_secs_f64();
        }
        Ok(Compiled {
            program,
            exe: shared.exe,
        })
    }

    fn programs(
        &mut self,
        client: &Client,
        task: &str,
        shapes: GenShapes,
        full: bool,
        loss_len: Option<usize>,
    ) -> Result<&(Compiled, Compiled)> {
        let key = (task.to_string(), shapes, full, loss_len);
        if !self.programs.contains_key(&key) {
            let (run, cfg, replicas) = (&self.run, &self.cfg, self.replicas);
            let enc = match loss_len {
                Some(t) => build_encode_with_loss(run, cfg, task, shapes, t, replicas)?,
                None => build_encode(run, cfg, task, shapes, replicas)?,
            };
            let step = build_decode_step(run, cfg, task, shapes, replicas, full)?;
            let enc = self.compile(client, enc)?;
            let step = self.compile(client, step)?;
            self.programs.insert(key.clone(), (enc, step));
        }
        Ok(&self.programs[&key])
    }

    /// The evaluation loss of `pairs` (source and target ids) for `task`, as
    /// the reference's evaluation loop reports it: each replica's batch of
    /// `rows_per_replica` examples gives the training loss of its examples
    /// (`build_eval_loss`; sources truncated to `source_len`, targets to
    /// `target_len`), and the batches' losses are averaged weighted by their
    /// numbers of examples. `None` for no pairs.
    #[allow(clippy::too_many_arguments)]
    pub fn eval_loss(
        &mut self,
        client: &Client,
        params: &ParamLookup,
        task: &str,
        pairs: &[crate::data::mixture::Pair],
        source_len: usize,
        target_len: usize,
        rows_per_replica: usize,
    ) -> Result<Option<f64>> {
        let per = rows_per_replica.max(1);
        let shapes = Shapes {
            batch: per,
            source_len,
            target_len: target_len.max(1),
        };
        let key = (task.to_string(), shapes);
        if !self.loss_programs.contains_key(&key) {
            let p = build_eval_loss(&self.run, &self.cfg, task, shapes, self.replicas)?;
            let compiled = self.compile(client, p)?;
            self.loss_programs.insert(key.clone(), compiled);
        }
        let program = &self.loss_programs[&key];
        let (mut total, mut count) = (0.0f64, 0usize);
        for chunk in pairs.chunks(per * self.replicas) {
            let mut named: Vec<Named> = Vec::with_capacity(self.replicas);
            let mut real = Vec::with_capacity(self.replicas);
            for r in 0..self.replicas {
                let mine = chunk.iter().skip(r * per).take(per);
                let mut batch = crate::data::Batch::empty(task, per, source_len, shapes.target_len);
                let mut rows = vec![0i32; per];
                for (row, pair) in mine.enumerate() {
                    batch.write_row(row, pair);
                    rows[row] = 1;
                }
                let k = rows.iter().filter(|&&x| x == 1).count();
                real.push(k);
                let (n, s, t) = (per as i64, source_len as i64, shapes.target_len as i64);
                let mut m = Named::new();
                for (name, data, dims) in [
                    ("input_ids", &batch.input_ids, [n, s]),
                    ("attention_mask", &batch.attention_mask, [n, s]),
                    ("decoder_input_ids", &batch.decoder_input_ids, [n, t]),
                    ("labels", &batch.labels, [n, t]),
                ] {
                    m.insert(name.into(), client.upload_slice(data, &dims, r)?);
                }
                m.insert("rows".into(), client.upload_slice(&rows, &[n], r)?);
                named.push(m);
            }
            for (r, mut outs) in execute(program, &named, params)?.into_iter().enumerate() {
                if real[r] == 0 {
                    continue;
                }
                let loss = take_loss(&mut outs)?;
                total += f64::from(loss) * real[r] as f64;
                count += real[r];
            }
        }
        Ok((count > 0).then(|| total / count as f64))
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
        let examples: Vec<Example> = sources.iter().map(|s| (s.as_slice(), None)).collect();
        let (out, _) = self.generate_inner(
            client,
            params,
            task,
            &examples,
            None,
            source_len,
            rows_per_replica,
            settings,
        )?;
        Ok(out)
    }

    /// [`Generator::generate`] for `pairs`' sources together with the
    /// evaluation loss of `pairs` that [`Generator::eval_loss`] gives (targets
    /// truncated to `target_len`; `None` for no pairs), the encoder run once
    /// for both (`build_encode_with_loss`). With beams, each example's loss
    /// is counted on its first beam row only, so the loss is the same.
    #[allow(clippy::too_many_arguments)]
    pub fn generate_with_loss(
        &mut self,
        client: &Client,
        params: &ParamLookup,
        task: &str,
        pairs: &[crate::data::mixture::Pair],
        source_len: usize,
        target_len: usize,
        rows_per_replica: usize,
        settings: GenSettings,
    ) -> Result<(Vec<Generated>, Option<f64>)> {
        let examples: Vec<Example> = pairs
            .iter()
            .map(|(s, t)| (s.as_slice(), Some(t.as_slice())))
            .collect();
        self.generate_inner(
            client,
            params,
            task,
            &examples,
            Some(target_len.max(1)),
            source_len,
            rows_per_replica,
            settings,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn generate_inner(
        &mut self,
        client: &Client,
        params: &ParamLookup,
        task: &str,
        examples: &[Example],
        loss_len: Option<usize>,
        source_len: usize,
        rows_per_replica: usize,
        settings: GenSettings,
    ) -> Result<(Vec<Generated>, Option<f64>)> {
        let beams = settings.beams.max(1);
        let per_call = rows_per_replica.max(1) * self.replicas;
        let shapes = GenShapes {
            rows: rows_per_replica.max(1) * beams,
            source_len,
            max_len: settings.max_len.max(1),
        };
        let mut out = Vec::with_capacity(examples.len());
        let (mut total, mut count) = (0.0f64, 0usize);
        let replicas = self.replicas;
        for chunk in examples.chunks(per_call) {
            let programs = self.programs(client, task, shapes, beams > 1, loss_len)?;
            let (generated, losses) = run_chunk(
                client,
                programs,
                params,
                (chunk, loss_len),
                shapes,
                replicas,
                settings,
            )?;
            out.extend(generated);
            for (loss, real) in losses {
                total += f64::from(loss) * real as f64;
                count += real;
            }
        }
        Ok((out, (count > 0).then(|| total / count as f64)))
    }
}
