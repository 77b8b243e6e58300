//! The multi-task sampler and its sharded iterator: the distributed contract
//! of the reference system (§5 of the system description).
//!
//! - Task probabilities `p_i ∝ (n_i / N)^(1/T)` (`temperature` T: 1 is
//!   proportional to size, a large T tends to uniform).
//! - Every batch holds examples of one task. Per epoch e, one generator is
//!   seeded with `seed + e` ([`SplitMix64`]); it draws, in this order,
//!   1. a permutation of every dataset, task by task (replica r of R keeps the
//!      strided shard `perm[r : floor(n/R)·R : R]`);
//!   2. the task of every batch of the epoch (categorical draws with replacement);
//!   3. for each batch, `batch_size` positions uniform in `[0, floor(n/R))`, which
//!      index the replica's own shard of that batch's task.
//! - Every replica makes exactly the same generator calls, so all replicas
//!   agree on the task of every step while reading disjoint shards; nothing
//!   has to be communicated between them.
//!
//! An epoch has `ceil(N / batch_size) / R` batches (N = all examples), as in
//! the reference. The iterator's position is `(epoch, position in epoch)`;
//! [`SamplerState`] saves it (serde JSON) and [`ShardedIterator::restore`]
//! replays the epoch's generator up to it, so a resumed run sees the same
//! stream.

use serde::{Deserialize, Serialize};

use super::rng::SplitMix64;
use crate::error::{Error, Result};

/// `p_i ∝ (n_i / N)^(1/T)`, normalised.
pub fn task_probabilities(sizes: &[usize], temperature: f64) -> Vec<f64> {
    let total: f64 = sizes.iter().map(|&n| n as f64).sum();
    let w: Vec<f64> = sizes
        .iter()
        .map(|&n| (n as f64 / total).powf(1.0 / temperature))
        .collect();
    let z: f64 = w.iter().sum();
    w.into_iter().map(|x| x / z).collect()
}

/// What fixes the stream: dataset sizes, temperature, batch size per replica,
/// replica count and seed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SamplerConfig {
    pub sizes: Vec<usize>,
    pub temperature: f64,
    pub batch_size: usize,
    pub replicas: usize,
    pub seed: u64,
}

/// A checked sampler: probabilities and epoch length derived from its config.
#[derive(Clone, Debug)]
pub struct MultiTaskSampler {
    config: SamplerConfig,
    probabilities: Vec<f64>,
    cdf: Vec<f64>,
    batches_per_epoch: usize,
}

impl MultiTaskSampler {
    pub fn new(config: SamplerConfig) -> Result<Self> {
        let bad = |reason: String| Error::Config {
            key: "sampler".into(),
            reason,
        };
        if config.sizes.is_empty() {
            return Err(bad("no tasks to sample from".into()));
        }
        if config.batch_size == 0 || config.replicas == 0 {
            return Err(bad("batch size and replica count must be positive".into()));
        }
        if !(config.temperature > 0.0 && config.temperature.is_finite()) {
            return Err(Error::Config {
                key: "temperature".into(),
                reason: format!("must be positive, got {}", config.temperature),
            });
        }
        if let Some(i) = config.sizes.iter().position(|&n| n < config.replicas) {
            return Err(bad(format!(
                "task #{i} has {} examples, fewer than the {} replicas: every replica needs a shard",
                config.sizes[i], config.replicas
            )));
        }
        let probabilities = task_probabilities(&config.sizes, config.temperature);
        let mut acc = 0.0;
        let mut cdf: Vec<f64> = probabilities
            .iter()
            .map(|p| {
                acc += p;
                acc
            })
            .collect();
        if let Some(last) = cdf.last_mut() {
            *last = 1.0;
        }
        let total: usize = config.sizes.iter().sum();
        let batches_per_epoch = (total.div_ceil(config.batch_size) / config.replicas).max(1);
        Ok(MultiTaskSampler {
            config,
            probabilities,
            cdf,
            batches_per_epoch,
        })
    }

    pub fn config(&self) -> &SamplerConfig {
        &self.config
    }

    pub fn probabilities(&self) -> &[f64] {
        &self.probabilities
    }

    pub fn batches_per_epoch(&self) -> usize {
        self.batches_per_epoch
    }

    /// The iterator of replica `replica`, at the start of epoch 0.
    pub fn iter(&self, replica: usize) -> Result<ShardedIterator> {
        self.restore(
            replica,
            &SamplerState {
                epoch: 0,
                position: 0,
            },
        )
    }

    /// The iterator of replica `replica`, at a saved position.
    pub fn restore(&self, replica: usize, state: &SamplerState) -> Result<ShardedIterator> {
        if replica >= self.config.replicas {
            return Err(Error::invalid(format!(
                "replica {replica} of {} does not exist",
                self.config.replicas
            )));
        }
        if state.position > self.batches_per_epoch {
            return Err(Error::invalid(format!(
                "sampler position {} is past the epoch's {} batches",
                state.position, self.batches_per_epoch
            )));
        }
        Ok(ShardedIterator {
            sampler: self.clone(),
            replica,
            state: state.clone(),
            plan: None,
        })
    }

    /// The epoch's generator after its permutations and task draws, with
    /// this replica's shards and the task of every batch.
    fn plan(&self, epoch: u64, replica: usize) -> Plan {
        let r = self.config.replicas;
        let mut rng = SplitMix64::new(self.config.seed.wrapping_add(epoch));
        let shards = self
            .config
            .sizes
            .iter()
            .map(|&n| {
                let perm = rng.permutation(n);
                let end = (n / r) * r;
                perm[replica..end].iter().step_by(r).copied().collect()
            })
            .collect();
        let tasks = (0..self.batches_per_epoch)
            .map(|_| rng.categorical(&self.cdf))
            .collect();
        Plan { shards, tasks, rng }
    }
}

/// Where an iterator stands: the epoch and the batches already taken in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SamplerState {
    pub epoch: u64,
    pub position: usize,
}

/// One replica's draw for one step: the task and the example indices
/// (into the task's training split).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Draw {
    pub epoch: u64,
    pub position: usize,
    pub task: usize,
    pub examples: Vec<usize>,
}

struct Plan {
    shards: Vec<Vec<usize>>,
    tasks: Vec<usize>,
    rng: SplitMix64,
}

/// The endless stream of one replica's batches.
pub struct ShardedIterator {
    sampler: MultiTaskSampler,
    replica: usize,
    state: SamplerState,
    plan: Option<Plan>,
}

impl ShardedIterator {
    /// The position to save: restoring it yields the batches that `next`
    /// would have yielded.
    pub fn state(&self) -> SamplerState {
        self.state.clone()
    }

    pub fn replica(&self) -> usize {
        self.replica
    }

    /// This replica's shard of task `task` in the current epoch.
    pub fn shard(&mut self, task: usize) -> &[usize] {
        &self.plan_now().shards[task]
    }

    fn plan_now(&mut self) -> &mut Plan {
        if self.state.position >= self.sampler.batches_per_epoch {
            self.state.epoch += 1;
            self.state.position = 0;
            self.plan = None;
        }
        if self.plan.is_none() {
            let mut plan = self.sampler.plan(self.state.epoch, self.replica);
            // Replay the draws of the batches already taken (after a restore).
            for k in 0..self.state.position {
                let n = plan.shards[plan.tasks[k]].len() as u64;
                for _ in 0..self.sampler.config.batch_size {
                    plan.rng.below(n);
                }
            }
            self.plan = Some(plan);
        }
        self.plan.as_mut().expect("plan was just made")
    }
}

impl Iterator for ShardedIterator {
    type Item = Draw;

    fn next(&mut self) -> Option<Draw> {
        let batch_size = self.sampler.config.batch_size;
        self.plan_now();
        let (epoch, position) = (self.state.epoch, self.state.position);
        let plan = self.plan.as_mut()?;
        let task = plan.tasks[position];
        let shard = &plan.shards[task];
        let n = shard.len() as u64;
        let examples = (0..batch_size)
            .map(|_| shard[plan.rng.below(n) as usize])
            .collect();
        self.state.position += 1;
        Some(Draw {
            epoch,
            position,
            task,
            examples,
        })
    }
}
