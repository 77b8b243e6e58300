//! The training loop: every replica draws the same task for each step from
//! its own shard; the task's step program (compiled on first use) runs on
//! all replicas at once; parameters and optimizer state stay on the devices
//! between steps and only the batch, the update number and the dropout key
//! travel.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use super::step::{build_step, initial_state, OptimSettings, Slot, StepProgram};
use crate::config::Config;
use crate::data::{Batch, Mixture, ShardedIterator};
use crate::error::{Error, Result};
use crate::model::program::{Shapes, DATA_ARGS};
use crate::model::resolve::run_weights;
use crate::model::store::ParamStore;
use crate::model::T5Config;
use crate::runtime::{Buffer, Client, CompileOptions, ElementType, Executable, HostTensor};

/// One replica's arguments in the program's order: the step's data buffers
/// (`DATA_ARGS`, then the update number and the dropout key) and its state.
fn arguments<'a>(
    slots: &[Slot],
    data: &'a [Buffer; 6],
    state: &'a HashMap<Slot, Buffer>,
) -> Result<Vec<&'a Buffer>> {
    slots
        .iter()
        .map(|slot| match slot {
            Slot::Data(name) => Ok(&data[DATA_ARGS.iter().position(|n| n == name).unwrap_or(0)]),
            Slot::Step => Ok(&data[4]),
            Slot::Key => Ok(&data[5]),
            other => state
                .get(other)
                .ok_or_else(|| Error::invalid(format!("missing device state {other:?}"))),
        })
        .collect()
}

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
    /// Compile time of the task's program, when this step compiled it.
    pub compile_seconds: Option<f64>,
}

struct Compiled {
    program: StepProgram,
    exe: Executable,
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
    programs: HashMap<(String, usize), Compiled>,
    pub step: usize,
    pub total_steps: usize,
}

impl Trainer {
    /// Loads the data and the model, and puts the parameters on every replica's device.
    pub fn new(run: Config, config_dir: &Path, client: Client, replicas: usize) -> Result<Trainer> {
        if run.gradient_accumulation_steps != 1 {
            return Err(Error::Config {
                key: "gradient_accumulation_steps".into(),
                reason: "only 1 is implemented so far".into(),
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
        let iters = (0..replicas)
            .map(|r| mixture.iter(r))
            .collect::<Result<Vec<_>>>()?;
        let total_steps = if run.max_steps > 0 {
            run.max_steps as usize
        } else {
            (run.num_train_epochs * mixture.sampler.batches_per_epoch() as f64).ceil() as usize
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
            step: 0,
            total_steps,
        })
    }

    pub fn replicas(&self) -> usize {
        self.state.len()
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

    /// The task's program for these shapes, compiled on first use.
    fn program(&mut self, task: &str, shapes: Shapes) -> Result<Option<Duration>> {
        let key = (task.to_string(), shapes.target_len);
        if self.programs.contains_key(&key) {
            return Ok(None);
        }
        let program = build_step(
            &self.run,
            &self.cfg,
            task,
            shapes,
            self.replicas(),
            &self.opt,
        )?;
        let text = crate::emit::emit(&program.graph)?;
        let exe = self
            .client
            .compile(&text, CompileOptions::replicas(self.replicas()))?;
        let took = exe.compile_time();
        self.ensure_state(&program.args)?;
        self.programs.insert(key, Compiled { program, exe });
        Ok(Some(took))
    }

    /// A zero-initialised optimizer slot on replica `r`.
    fn fresh_slot(&self, slot: &Slot, r: usize) -> Result<Buffer> {
        let name = match slot {
            Slot::AdamM(n)
            | Slot::AdamV(n)
            | Slot::Count(n)
            | Slot::FactorRow(n)
            | Slot::FactorCol(n) => n,
            other => return Err(Error::invalid(format!("no device state for {other:?}"))),
        };
        let param = self
            .store
            .values
            .get(name)
            .ok_or_else(|| Error::invalid(format!("no parameter {name}")))?;
        self.client.upload(&initial_state(slot, param.spec())?, r)
    }

    /// Creates the optimizer state of `slots` that no earlier program made:
    /// a parameter's state starts when the first program updating it is compiled.
    fn ensure_state(&mut self, slots: &[Slot]) -> Result<()> {
        for r in 0..self.replicas() {
            for slot in slots {
                if slot.is_optimizer_state() && !self.state[r].contains_key(slot) {
                    let b = self.fresh_slot(slot, r)?;
                    self.state[r].insert(slot.clone(), b);
                }
            }
        }
        Ok(())
    }

    /// Per replica: the batch arrays, the update number and the dropout key.
    fn upload_step(&self, batches: &[Batch]) -> Result<Vec<[Buffer; 6]>> {
        let key = HostTensor::new(&[self.run.seed, (self.step as u64) << 20], &[2])?;
        let step = HostTensor::scalar(self.step as i32);
        batches
            .iter()
            .enumerate()
            .map(|(r, batch)| {
                let (b, s, t) = (
                    batch.batch_size as i64,
                    batch.source_len as i64,
                    batch.target_len as i64,
                );
                let c = &self.client;
                Ok([
                    c.upload_slice(&batch.input_ids, &[b, s], r)?,
                    c.upload_slice(&batch.attention_mask, &[b, s], r)?,
                    c.upload_slice(&batch.decoder_input_ids, &[b, t], r)?,
                    c.upload_slice(&batch.labels, &[b, t], r)?,
                    c.upload(&step, r)?,
                    c.upload(&key, r)?,
                ])
            })
            .collect()
    }

    /// One optimizer step on the next task drawn.
    pub fn train_step(&mut self) -> Result<StepReport> {
        let start = Instant::now();
        let batches = self.next_batches()?;
        let task = batches[0].task.clone();
        let shapes = Shapes {
            batch: batches[0].batch_size,
            source_len: batches[0].source_len,
            target_len: batches[0].target_len,
        };
        let compile = self.program(&task, shapes)?;
        let key = (task.clone(), shapes.target_len);
        let data = self.upload_step(&batches)?;
        let compiled = &self.programs[&key];
        let args = data
            .iter()
            .zip(&self.state)
            .map(|(d, state)| arguments(&compiled.program.args, d, state))
            .collect::<Result<Vec<_>>>()?;
        let outputs = compiled.exe.execute(&args)?;
        let scalar =
            |i: usize| -> Result<f64> { Ok(outputs[0][i].to_host()?.to_scalar::<f32>()? as f64) };
        let (loss, grad_norm, lr) = (scalar(0)?, scalar(1)?, scalar(2)?);
        for (what, value) in [("loss", loss), ("gradient norm", grad_norm)] {
            if !value.is_finite() {
                return Err(Error::Diverged {
                    step: self.step,
                    task,
                    what,
                    value,
                });
            }
        }
        for (r, outs) in outputs.into_iter().enumerate() {
            for (slot, buf) in compiled.program.outputs.iter().zip(outs) {
                if slot.is_state() {
                    self.state[r].insert(slot.clone(), buf);
                }
            }
        }
        self.step += 1;
        let seconds = start.elapsed().as_secs_f64();
        Ok(StepReport {
            step: self.step,
            task,
            loss,
            lr,
            grad_norm,
            examples_per_s: (shapes.batch * self.replicas()) as f64 / seconds,
            seconds,
            compile_seconds: compile.map(|d| d.as_secs_f64()),
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
        })
    }

    /// Writes the model (HF layout) and, with adapters, the adapter files to `dir`.
    pub fn save(&self, dir: &Path) -> Result<()> {
        let store = self.parameters()?;
        store.save_model_dir(dir, &self.cfg)?;
        if self.run.train_adapters {
            store.save_adapters(dir, &self.run)?;
        }
        Ok(())
    }
}
