//! The parameters of a whole run: the union over its tasks' programs, with
//! groups and trainability, for `ruse params` and for initialisation.

use std::collections::BTreeMap;

use super::adapters::AdapterSettings;
use super::config::T5Config;
use super::freeze::is_trainable;
use super::params::{Group, ModelBuilder, ParamInfo};
use super::t5::{T5Inputs, T5};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::runtime::{ElementType, TensorSpec};

/// One parameter of the run and whether it trains.
#[derive(Clone, Debug)]
pub struct Entry {
    pub info: ParamInfo,
    pub trainable: bool,
}

/// Builds the forward graph of `task` (tiny shapes: parameters do not
/// depend on them) and returns the builder.
pub fn task_builder(
    cfg: &T5Config,
    settings: Option<&AdapterSettings>,
    task: &str,
) -> Result<ModelBuilder> {
    let mut b = ModelBuilder::new(task, ElementType::F32);
    let s = |d: &[i64]| TensorSpec::new(ElementType::S32, d);
    let input_ids = b.g.parameter("input_ids", s(&[1, 2]))?;
    let attention_mask = b.g.parameter("attention_mask", s(&[1, 2]))?;
    let decoder_input_ids = b.g.parameter("decoder_input_ids", s(&[1, 2]))?;
    let t5 = T5::for_task(cfg, settings, task, &crate::config::Config::default(), None);
    let inputs = T5Inputs {
        input_ids,
        attention_mask,
        decoder_input_ids,
        labels: None,
    };
    let out = t5.forward(&mut b, &inputs)?;
    t5.lm_head(&mut b, out.decoder_hidden)?;
    Ok(b)
}

/// Every parameter of the run (in first-use order over the tasks).
pub fn inventory(run: &Config, cfg: &T5Config) -> Result<Vec<Entry>> {
    let settings = AdapterSettings::from_config(run)?;
    let tasks: Vec<String> = if run.tasks.is_empty() {
        vec!["task".into()]
    } else {
        run.tasks.clone()
    };
    let mut seen = BTreeMap::new();
    let mut out = Vec::new();
    for task in &tasks {
        let b = task_builder(cfg, settings.as_ref(), task)?;
        for (info, _) in b.params() {
            if seen.insert(info.name.clone(), ()).is_none() {
                let trainable = is_trainable(run, info, cfg.tie_word_embeddings);
                out.push(Entry {
                    info: info.clone(),
                    trainable,
                });
            }
        }
    }
    // An eval-only task may bring its own embedding from task_embedding_dir
    // (e.g. computed from its data by `ruse task-embeddings`); it is used,
    // never trained.
    if let Some(dir) = &run.task_embedding_dir {
        for task in crate::train::eval::eval_tasks(run) {
            if tasks.contains(&task) {
                continue;
            }
            let b = task_builder(cfg, settings.as_ref(), &task)?;
            for (info, _) in b.params() {
                let file = info.name.trim_start_matches("task_embeddings.");
                let on_disk = std::path::Path::new(dir)
                    .join(format!("{file}.npy"))
                    .is_file();
                if info.group == Group::TaskEmbedding
                    && on_disk
                    && seen.insert(info.name.clone(), ()).is_none()
                {
                    out.push(Entry {
                        info: info.clone(),
                        trainable: false,
                    });
                }
            }
        }
    }
    Ok(out)
}

/// The parameters `task`'s program reads that the run's own tasks do not
/// create (for an eval-only task: adapters or embeddings no training task
/// trains), sorted.
pub fn untrained_for(run: &Config, cfg: &T5Config, task: &str) -> Result<Vec<String>> {
    let settings = AdapterSettings::from_config(run)?;
    let have: std::collections::BTreeSet<String> = inventory(run, cfg)?
        .into_iter()
        .map(|e| e.info.name)
        .collect();
    let b = task_builder(cfg, settings.as_ref(), task)?;
    let mut missing: Vec<String> = b
        .params()
        .iter()
        .map(|(info, _)| info.name.clone())
        .filter(|n| !have.contains(n))
        .collect();
    missing.sort();
    missing.dedup();
    Ok(missing)
}

/// Parameter counts of a run.
#[derive(Clone, Debug, Default)]
pub struct Counts {
    pub total: usize,
    pub trainable: usize,
    /// Per group: (total, trainable).
    pub by_group: BTreeMap<Group, (usize, usize)>,
    /// Per task: trainable parameters its program updates (shared ones included).
    pub per_task: BTreeMap<String, usize>,
    /// Per task: trainable parameters of that task alone (its adapters, its
    /// task embedding), which no other task's program reads.
    pub per_task_own: BTreeMap<String, usize>,
}

pub fn count(run: &Config, cfg: &T5Config) -> Result<Counts> {
    let entries = inventory(run, cfg)?;
    let mut c = Counts::default();
    for e in &entries {
        let n = e.info.numel();
        c.total += n;
        let g = c.by_group.entry(e.info.group).or_default();
        g.0 += n;
        if e.trainable {
            c.trainable += n;
            g.1 += n;
        }
    }
    for task in &run.tasks {
        let sum = |own: bool| {
            entries
                .iter()
                .filter(|e| e.trainable)
                .filter(|e| match e.info.task.as_deref() {
                    Some(t) => t == task,
                    None => !own,
                })
                .map(|e| e.info.numel())
                .sum()
        };
        c.per_task.insert(task.clone(), sum(false));
        c.per_task_own.insert(task.clone(), sum(true));
    }
    Ok(c)
}

/// Each of the eval-only tasks `eval_only` needs every parameter of its own
/// mapped onto a trained task's (`adapters`, `task_embeddings`): an error
/// naming the key otherwise.
pub fn check_eval_only<'a>(
    run: &Config,
    cfg: &T5Config,
    eval_only: impl Iterator<Item = &'a str>,
) -> Result<()> {
    for name in eval_only {
        let missing = untrained_for(run, cfg, name)?;
        if let Some(first) = missing.first() {
            let key = if first.starts_with("task_embeddings.") {
                "task_embeddings"
            } else {
                "adapters"
            };
            return Err(Error::Config {
                key: "eval_tasks".into(),
                reason: format!(
                    "'{name}' is not a training task, and no training task has its {} \
                     (e.g. {}): map it onto a trained task's with '{key}' (e.g. \
                     \"{key}\": {{\"{name}\": \"{}\"}}), or train it",
                    if missing.len() == 1 {
                        "parameter"
                    } else {
                        "parameters"
                    },
                    missing[..missing.len().min(2)].join(", "),
                    run.tasks.first().map_or("TASK", String::as_str)
                ),
            });
        }
    }
    Ok(())
}
