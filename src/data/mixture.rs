//! A run's training mixture: its tasks loaded, tokenized (through the
//! on-disk cache) and sampled into static-shape batches.
//!
//! Shapes. Sources are padded (pad id 0) to `max_source_length`; targets to
//! the task's decode length (its longest tokenized label with `</s>`, capped
//! at `max_target_length`). Each task has its own compiled step anyway (its
//! adapters differ), so a fixed target length per task adds no compilation,
//! while classification tasks decode 2–3 positions instead of
//! `max_target_length`. Length buckets were not chosen: every bucket would
//! multiply the per-task programs (one compilation each, seconds to minutes
//! for t5-base) for a saving only on the encoder side.

use std::path::Path;

use serde::Serialize;

use super::cache::{self, Fnv};
use super::sampler::{Draw, MultiTaskSampler, SamplerConfig, ShardedIterator};
use super::tasks::{self, Example, LoadOptions, Split, TaskData};
use super::tokenizer::{T5Tokenizer, DECODER_START_ID, PAD_ID};
use crate::config::Config;
use crate::error::{Error, Result};

/// Token ids of one example: (source, target), each ending in `</s>`.
pub type Pair = (Vec<u32>, Vec<u32>);

/// One task of the mixture.
#[derive(Debug)]
pub struct MixtureTask {
    pub data: TaskData,
    /// Longest tokenized label (with `</s>`), at most `max_target_length`.
    pub decode_len: usize,
    /// The training split, tokenized.
    pub train: Vec<Pair>,
    /// Training sources that fill `max_source_length` (truncated, or fitting exactly).
    pub truncated: usize,
}

/// One batch: `batch_size` examples of one task, as host arrays in
/// row-major order. `input_ids`/`attention_mask` are `[batch, source_len]`;
/// `decoder_input_ids`/`labels` are `[batch, target_len]`, the decoder input
/// being the labels shifted right behind the start token 0. Label padding is
/// the pad id 0 (the loss masks it, `ignore_pad_token_for_loss`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Batch {
    pub task: String,
    pub task_index: usize,
    pub epoch: u64,
    pub position: usize,
    /// Indices into the task's training split.
    pub example_ids: Vec<usize>,
    pub batch_size: usize,
    pub source_len: usize,
    pub target_len: usize,
    pub input_ids: Vec<i32>,
    pub attention_mask: Vec<i32>,
    pub decoder_input_ids: Vec<i32>,
    pub labels: Vec<i32>,
}

pub struct Mixture {
    pub tasks: Vec<MixtureTask>,
    /// `eval_tasks` that are not training tasks (evaluated through the
    /// parameters `adapters` / `task_embeddings` map them onto); no
    /// training split.
    pub eval_only: Vec<MixtureTask>,
    pub tokenizer: T5Tokenizer,
    pub sampler: MultiTaskSampler,
    pub source_len: usize,
}

impl Mixture {
    /// Loads `config.tasks` for `replicas` replicas; `config_dir` is where the
    /// config file lives (relative paths in it are resolved from there).
    pub fn load(config: &Config, config_dir: &Path, replicas: usize) -> Result<Self> {
        if config.tasks.is_empty() {
            return Err(Error::Config {
                key: "tasks".into(),
                reason: "no training tasks: list some in 'tasks'".into(),
            });
        }
        if let Some(dup) = config
            .tasks
            .iter()
            .enumerate()
            .find_map(|(i, t)| config.tasks[..i].contains(t).then_some(t))
        {
            return Err(Error::Config {
                key: "tasks".into(),
                reason: format!("'{dup}' is listed twice"),
            });
        }
        let opts = LoadOptions::from_config(config, config_dir);
        let tokenizer = T5Tokenizer::for_config(config)?;
        let mut out = Vec::new();
        for name in &config.tasks {
            let data = tasks::load_task(name, &opts)?;
            if data.train.len() < replicas {
                return Err(Error::Data {
                    task: name.clone(),
                    reason: format!(
                        "{} training examples, fewer than the {replicas} replicas (from {})",
                        data.train.len(),
                        data.info.origin
                    ),
                });
            }
            out.push(tokenize_task(&tokenizer, data, config)?);
        }
        let mut eval_only = Vec::new();
        for name in &config.eval_tasks {
            if config.tasks.contains(name)
                || eval_only
                    .iter()
                    .any(|t: &MixtureTask| &t.data.info.name == name)
            {
                continue;
            }
            let mut data = tasks::load_task(name, &opts).map_err(|e| match e {
                // An eval-only task: the key that names it is eval_tasks.
                Error::Config { key, reason } if key == "tasks" => Error::Config {
                    key: "eval_tasks".into(),
                    reason,
                },
                other => other,
            })?;
            data.train.clear();
            eval_only.push(tokenize_task(&tokenizer, data, config)?);
        }
        let sampler = MultiTaskSampler::new(SamplerConfig {
            sizes: out.iter().map(|t| t.train.len()).collect(),
            temperature: config.temperature,
            batch_size: config.per_device_train_batch_size,
            replicas,
            seed: config.seed,
        })?;
        Ok(Mixture {
            tasks: out,
            eval_only,
            tokenizer,
            sampler,
            source_len: config.max_source_length,
        })
    }

    /// A training or eval-only task by name.
    pub fn task(&self, name: &str) -> Option<&MixtureTask> {
        self.tasks
            .iter()
            .chain(&self.eval_only)
            .find(|t| t.data.info.name == name)
    }

    /// The iterator of replica `replica` from the start.
    pub fn iter(&self, replica: usize) -> Result<ShardedIterator> {
        self.sampler.iter(replica)
    }

    /// The padded arrays of a draw.
    pub fn batch(&self, draw: &Draw) -> Batch {
        let task = &self.tasks[draw.task];
        let (s, t) = (self.source_len, task.decode_len);
        let mut batch = Batch {
            task_index: draw.task,
            epoch: draw.epoch,
            position: draw.position,
            example_ids: draw.examples.clone(),
            ..Batch::empty(&task.data.info.name, draw.examples.len(), s, t)
        };
        for (row, &i) in draw.examples.iter().enumerate() {
            batch.write_row(row, &task.train[i]);
        }
        batch
    }
}

impl Batch {
    /// `batch_size` rows of `task` with every row padding (an all-zero
    /// attention mask and labels); fill them with [`Batch::write_row`].
    pub fn empty(task: &str, batch_size: usize, source_len: usize, target_len: usize) -> Batch {
        let (b, s, t) = (batch_size, source_len, target_len);
        let pad = PAD_ID as i32;
        Batch {
            task: task.to_string(),
            task_index: 0,
            epoch: 0,
            position: 0,
            example_ids: Vec::new(),
            batch_size: b,
            source_len: s,
            target_len: t,
            input_ids: vec![pad; b * s],
            attention_mask: vec![0; b * s],
            decoder_input_ids: vec![pad; b * t],
            labels: vec![pad; b * t],
        }
    }

    /// Writes `(source, target)` into row `row`: the source truncated to
    /// `source_len` with its mask, the target truncated to `target_len` as
    /// the labels, and the labels shifted right behind the start token as the
    /// decoder input.
    pub fn write_row(&mut self, row: usize, (src, tgt): &Pair) {
        let s = self.source_len;
        for (k, &id) in src.iter().take(s).enumerate() {
            self.input_ids[row * s + k] = id as i32;
            self.attention_mask[row * s + k] = 1;
        }
        self.write_target(row, tgt);
    }

    /// Writes the target half of [`Batch::write_row`] into row `row`: the
    /// labels and the decoder input.
    pub fn write_target(&mut self, row: usize, tgt: &[u32]) {
        let t = self.target_len;
        self.decoder_input_ids[row * t] = DECODER_START_ID as i32;
        for (k, &id) in tgt.iter().take(t).enumerate() {
            self.labels[row * t + k] = id as i32;
            if k + 1 < t {
                self.decoder_input_ids[row * t + k + 1] = id as i32;
            }
        }
    }
}

fn tokenize_task(tok: &T5Tokenizer, data: TaskData, config: &Config) -> Result<MixtureTask> {
    let max_t = config.max_target_length;
    let mut targets: Vec<String> = [Split::Train, Split::Validation, Split::Test]
        .iter()
        .flat_map(|&s| data.split(s).iter().map(|e| e.target.clone()))
        .collect();
    targets.sort();
    targets.dedup();
    let decode_len = tok
        .encode_batch(&targets, max_t)?
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(1);
    let train = tokenize_split(
        tok,
        &data.info.name,
        Split::Train,
        &data.train,
        config.max_source_length,
        max_t,
    )?;
    let truncated = train
        .iter()
        .filter(|(s, _)| s.len() >= config.max_source_length)
        .count();
    Ok(MixtureTask {
        data,
        decode_len,
        train,
        truncated,
    })
}

/// Token ids of a split, read from the tokenized cache when present.
pub fn tokenize_split(
    tok: &T5Tokenizer,
    task: &str,
    split: Split,
    examples: &[Example],
    max_source: usize,
    max_target: usize,
) -> Result<Vec<Pair>> {
    let path = cache_path(tok, task, split, examples, max_source, max_target);
    if let Some(p) = &path {
        if let Some(pairs) = std::fs::read(p).ok().and_then(|b| cache::decode_pairs(&b)) {
            if pairs.len() == examples.len() {
                crate::cache_files::mark_used(p);
                return Ok(pairs);
            }
        }
    }
    let sources: Vec<String> = examples.iter().map(|e| e.source.clone()).collect();
    let targets: Vec<String> = examples.iter().map(|e| e.target.clone()).collect();
    let pairs: Vec<Pair> = tok
        .encode_batch(&sources, max_source)?
        .into_iter()
        .zip(tok.encode_batch(&targets, max_target)?)
        .collect();
    if let Some(p) = &path {
        // A cache that cannot be written only costs time next run.
        let _ = crate::files::write_atomic(p, &cache::encode_pairs(&pairs));
    }
    Ok(pairs)
}

/// `$RUSE_CACHE/tokenized/<task>/<split>-<key>.bin`, the key hashing the
/// tokenizer file, task, split, lengths and every example's text.
pub fn cache_path(
    tok: &T5Tokenizer,
    task: &str,
    split: Split,
    examples: &[Example],
    max_source: usize,
    max_target: usize,
) -> Option<std::path::PathBuf> {
    let mut h = Fnv::default();
    h.bytes(&tok.hash().to_le_bytes())
        .str(task)
        .str(split.name());
    h.bytes(&(max_source as u64).to_le_bytes())
        .bytes(&(max_target as u64).to_le_bytes());
    for e in examples {
        h.str(&e.source).str(&e.target);
    }
    let dir: String = task
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let root = cache::root().ok()?;
    Some(
        root.join("tokenized")
            .join(dir)
            .join(format!("{}-{:016x}.bin", split.name(), h.finish())),
    )
}
