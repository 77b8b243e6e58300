//! The training loop: every replica draws the same task for each step from
//! its own shard; the task's step program (compiled on first use) runs on
//! all replicas at once; parameters and optimizer state stay on the devices
//! between steps and only the batch, the update number and the dropout key
//! travel.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::checkpoint::{self, TrainerState, OPTIMIZER_FILE};
use super::eval::{self, EvalResult, EvalSplit};
use super::slot::{initial_state, Slot};
use super::step::OptimSettings;
use super::twins;
use crate::config::Config;
use crate::data::{Batch, Mixture, ShardedIterator};
use crate::error::{Error, Result};
use crate::model::checkpoint::{load_safetensors, save_safetensors};
use crate::model::generate::Generator;
use crate::model::program::Shapes;
use crate::model::resolve::{run_weights, Source};
use crate::model::store::ParamStore;
use crate::model::T5Config;
use crate::runtime::{Buffer, Client, ElementType, ExecutableCache, HostTensor};

mod checkpoints;
mod programs;
mod state;

use programs::{run_program, step_only, Compiled, Obtaining, Scalars};

/// One step's figures, for the progress bar and the JSONL log.
#[derive(Clone, Debug, serde::Serialize)]
pub struct StepReport {
    pub step: usize,
    pub task: String,
    pub loss: f64,
    pub lr: f64,
    pub grad_norm: f64,
    pub examples_per_s: f64,
    pub seconds: f64,
    /// Matrix-product GFLOPs one replica executed in this update (see `throughput`).
    pub matmul_gflop: f64,
    /// `matmul_gflop` per second, in TFLOP/s: one device's achieved rate.
    pub tflops_per_device: f64,
    /// Compile time of the task's program, when this step compiled it (or
    /// loaded it from the compile cache).
    pub compile_seconds: Option<f64>,
    /// Whether every program this step obtained came from the compile cache.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub compile_cached: bool,
}

/// A run in progress.
pub struct Trainer {
    client: Client,
    pub run: Config,
    pub cfg: T5Config,
    pub mixture: Mixture,
    iters: Vec<ShardedIterator>,
    opt: OptimSettings,
    store: ParamStore,
    /// Per replica: the device state (parameters, optimizer moments, counts).
    state: Vec<HashMap<Slot, Buffer>>,
    /// Per (task, target length): the fused step, or with gradient
    /// accumulation the micro-step.
    programs: HashMap<(String, usize), Compiled>,
    /// With gradient accumulation: the update program per set of tasks in a window.
    apply: HashMap<Vec<String>, Compiled>,
    /// Tasks whose programs are the same computation share one compilation.
    executables: ExecutableCache,
    pub step: usize,
    pub total_steps: usize,
    /// The update the learning-rate schedule counts from (see `resume`).
    schedule_origin: usize,
    /// Generation programs for evaluation, compiled on first use.
    generator: Option<Generator>,
    /// Bytes of the frozen weights' transposed copies on each replica.
    copy_bytes: usize,
}

/// One micro-step's task, loss, examples (all replicas), matrix-product
/// FLOPs (one replica) and outputs.
struct MicroStep {
    task: String,
    loss: f64,
    examples: usize,
    flops: f64,
    outputs: Scalars,
}

impl Trainer {
    /// Loads the data and the model, and puts the parameters on every replica's device.
    pub fn new(run: Config, config_dir: &Path, client: Client, replicas: usize) -> Result<Trainer> {
        if run.gradient_accumulation_steps == 0 {
            return Err(Error::Config {
                key: "gradient_accumulation_steps".into(),
                reason: "must be at least 1".into(),
            });
        }
        if replicas == 0 || replicas > client.device_count() {
            return Err(Error::invalid(format!(
                "{replicas} replicas asked, the client has {} devices",
                client.device_count()
            )));
        }
        let (cfg, source) = run_weights(&run)?;
        let mixture = Mixture::load(&run, config_dir, replicas)?;
        mixture.tokenizer.check_fits(cfg.vocab_size)?;
        let eval_only = mixture.eval_only.iter().map(|t| t.data.info.name.as_str());
        crate::model::inventory::check_eval_only(&run, &cfg, eval_only)?;
        let iters = (0..replicas)
            .map(|r| mixture.iter(r))
            .collect::<Result<Vec<_>>>()?;
        // As transformers 3.5: whole updates per epoch (at least 1), times the epochs, rounded up.
        let total_steps = if run.max_steps > 0 {
            run.max_steps as usize
        } else {
            let per_epoch =
                (mixture.sampler.batches_per_epoch() / run.gradient_accumulation_steps).max(1);
            (run.num_train_epochs * per_epoch as f64).ceil() as usize
        };
        let opt = OptimSettings::from_config(&run, total_steps)?;
        let store = ParamStore::for_run(&run, &cfg, &source, ElementType::F32)?;
        let mut state = Vec::with_capacity(replicas);
        for r in 0..replicas {
            let mut map = HashMap::new();
            for (name, value) in &store.values {
                map.insert(Slot::Param(name.clone()), client.upload(value, r)?);
            }
            state.push(map);
        }
        Ok(Trainer {
            client,
            run,
            cfg,
            mixture,
            iters,
            opt,
            store,
            state,
            programs: HashMap::new(),
            executables: ExecutableCache::new(),
            apply: HashMap::new(),
            step: 0,
            total_steps,
            schedule_origin: 0,
            generator: None,
            copy_bytes: 0,
        })
    }

    pub fn replicas(&self) -> usize {
        self.state.len()
    }

    /// Bytes the frozen weights' transposed copies (`train/twins.rs`) have
    /// taken on each replica so far (0 without them).
    pub fn transposed_copy_bytes(&self) -> usize {
        self.copy_bytes
    }

    /// The client the run's devices belong to.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Draws every replica's batch for the next step; they share the task.
    fn next_batches(&mut self) -> Result<Vec<Batch>> {
        let mut batches = Vec::with_capacity(self.iters.len());
        for it in &mut self.iters {
            let draw = it
                .next()
                .ok_or_else(|| Error::invalid("the sampler ended"))?;
            batches.push(self.mixture.batch(&draw));
        }
        if batches.iter().any(|b| b.task != batches[0].task) {
            return Err(Error::invalid(
                "replicas drew different tasks for one step (sampler contract broken)",
            ));
        }
        Ok(batches)
    }

    /// One optimizer update: on the next task drawn, or with gradient
    /// accumulation on the next `gradient_accumulation_steps` draws (their
    /// tasks may differ; the update covers the union of their trainable parameters).
    pub fn train_step(&mut self) -> Result<StepReport> {
        let start = Instant::now();
        let micro = self.run.gradient_accumulation_steps;
        let mut tasks: Vec<String> = Vec::new();
        let mut losses = Vec::with_capacity(micro);
        let mut obtained = Obtaining::default();
        let (mut examples, mut flops) = (0, 0.0);
        let mut report = None;
        for i in 0..micro {
            let step = self.micro_step(i, &mut obtained)?;
            examples += step.examples;
            flops += step.flops;
            losses.push(step.loss);
            if !tasks.contains(&step.task) {
                tasks.push(step.task);
            }
            report = Some(step.outputs);
        }
        let mut outputs = report.expect("at least one micro-step");
        if micro > 1 {
            tasks.sort();
            obtained.add(self.apply_program(&tasks)?);
            let step = HostTensor::scalar(self.schedule_step());
            let data = (0..self.replicas())
                .map(|r| self.client.upload(&step, r).map(step_only))
                .collect::<Result<Vec<_>>>()?;
            flops += self.apply[&tasks].flops;
            outputs = run_program(&self.apply[&tasks], &data, &mut self.state)?;
        }
        let task = tasks.join("+");
        let loss = losses.iter().sum::<f64>() / losses.len() as f64;
        let grad_norm = outputs.scalar(Slot::GradNorm)?;
        let lr = outputs.scalar(Slot::LearningRate)?;
        self.check_finite(&task, "gradient norm", grad_norm)?;
        self.step += 1;
        let seconds = start.elapsed().as_secs_f64();
        Ok(StepReport {
            step: self.step,
            task,
            loss,
            lr,
            grad_norm,
            examples_per_s: examples as f64 / seconds,
            seconds,
            matmul_gflop: flops / 1e9,
            tflops_per_device: flops / seconds / 1e12,
            compile_seconds: obtained.any.then_some(obtained.time.as_secs_f64()),
            compile_cached: obtained.any && !obtained.compiled,
        })
    }

    /// Micro-step `i` of an update: the next batch on every replica through
    /// its task's step program (obtained first if new, into `obtained`).
    fn micro_step(&mut self, i: usize, obtained: &mut Obtaining) -> Result<MicroStep> {
        let batches = self.next_batches()?;
        let task = batches[0].task.clone();
        let shapes = Shapes {
            batch: batches[0].batch_size,
            source_len: batches[0].source_len,
            target_len: batches[0].target_len,
        };
        obtained.add(self.program(&task, shapes)?);
        let data = self.upload_step(&batches, i)?;
        let key = (task.clone(), shapes.target_len);
        let outputs = run_program(&self.programs[&key], &data, &mut self.state)?;
        let loss = outputs.scalar(Slot::Loss)?;
        self.check_finite(&task, "loss", loss)?;
        Ok(MicroStep {
            examples: shapes.batch * self.replicas(),
            flops: self.programs[&key].flops,
            task,
            loss,
            outputs,
        })
    }

    /// The update number the step programs see (it drives the learning rate).
    fn schedule_step(&self) -> i32 {
        (self.step - self.schedule_origin) as i32
    }

    fn check_finite(&self, task: &str, what: &'static str, value: f64) -> Result<()> {
        if value.is_finite() {
            return Ok(());
        }
        // The number the log and the progress bar give this update (1-based).
        Err(Error::Diverged {
            step: self.step + 1,
            task: task.to_string(),
            what,
            value,
        })
    }

    /// The current parameter values (from replica 0).
    pub fn parameters(&self) -> Result<ParamStore> {
        let mut values = self.store.values.clone();
        for (name, v) in values.iter_mut() {
            if let Some(buf) = self.state[0].get(&Slot::Param(name.clone())) {
                *v = buf.to_host()?;
            }
        }
        Ok(ParamStore {
            entries: self.store.entries.clone(),
            values,
            adapters_in_weights: false,
        })
    }

    /// Writes the model (HF layout, with its `tokenizer.json`) and, with
    /// adapters, the adapter files to `dir`.
    pub fn save(&self, dir: &Path) -> Result<()> {
        let store = self.parameters()?;
        self.write_model_dir(&store, dir)?;
        if self.run.train_adapters {
            store.save_adapters(dir, &self.run, &self.cfg)?;
        }
        Ok(())
    }

    /// Writes a model directory of `store` to `dir`: `config.json`,
    /// `model.safetensors` and the run's `tokenizer.json`, so that a run or
    /// `ruse predict` from it tokenizes as this run did.
    pub(crate) fn write_model_dir(&self, store: &ParamStore, dir: &Path) -> Result<()> {
        store.save_model_dir(dir, &self.cfg)?;
        self.mixture.tokenizer.save(dir)
    }
}

impl Trainer {
    /// Evaluates the current parameters on `split` of every eval task (see `eval`).
    pub fn evaluate(&mut self, split: EvalSplit) -> Result<EvalResult> {
        self.evaluate_with(split, &mut |_| {})
    }

    /// [`Trainer::evaluate`], telling `on_task` as each task starts (for a
    /// progress display).
    pub fn evaluate_with(
        &mut self,
        split: EvalSplit,
        on_task: &mut dyn FnMut(eval::TaskProgress),
    ) -> Result<EvalResult> {
        let replicas = self.replicas();
        let Trainer {
            run,
            cfg,
            mixture,
            client,
            state,
            generator,
            ..
        } = self;
        let generator = generator.get_or_insert_with(|| Generator::new(run, cfg, replicas));
        let lookup = |r: usize, name: &str| state[r].get(&Slot::Param(name.to_string()));
        eval::evaluate(run, mixture, generator, client, &lookup, split, on_task)
    }

    /// Seconds spent compiling generation programs so far.
    pub fn eval_compile_seconds(&self) -> f64 {
        self.generator.as_ref().map_or(0.0, |g| g.compile_seconds)
    }
}
