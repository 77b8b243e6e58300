//! Evaluation with generation: every eval task's validation (or test) split
//! is generated (greedy, or beam search with `eval_beams`) on all replicas,
//! decoded, and scored with the task's metrics (post-processing included),
//! keyed `{task}_{split}_{metric}`, plus `average_metrics`; each task's
//! evaluation loss (the training loss without dropout) is `{task}_{split}_loss`,
//! and `average_loss` their mean. With `predict_with_generate: false` there is
//! no generation: the losses are the whole result.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::config::Config;
use crate::data::mixture::{tokenize_split, MixtureTask};
use crate::data::{average_metrics, metric_key, task_metrics, Metric, Mixture, Split};
use crate::error::{Error, Result};
use crate::model::generate::{eval_generation_len, GenSettings, Generator, ParamLookup};
use crate::runtime::Client;

/// An evaluation value for people: losses with 4 decimals, metrics (mostly
/// percentages) with 2.
pub fn format_metric(key: &str, value: f64) -> String {
    if key.ends_with("_loss") {
        format!("{value:.4}")
    } else {
        format!("{value:.2}")
    }
}

/// The key of the unweighted mean of the tasks' evaluation losses.
pub const AVERAGE_LOSS: &str = "average_loss";

/// Which split an evaluation reads; its short name keys the metrics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvalSplit {
    Val,
    Test,
}

impl EvalSplit {
    pub fn key(self) -> &'static str {
        match self {
            EvalSplit::Val => "val",
            EvalSplit::Test => "test",
        }
    }

    fn split(self) -> Split {
        match self {
            EvalSplit::Val => Split::Validation,
            EvalSplit::Test => Split::Test,
        }
    }
}

impl std::str::FromStr for EvalSplit {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "val" | "validation" => Ok(EvalSplit::Val),
            "test" => Ok(EvalSplit::Test),
            other => Err(Error::invalid(format!(
                "unknown split '{other}': use val or test"
            ))),
        }
    }
}

/// One example's prediction.
#[derive(Clone, Debug, Serialize)]
pub struct Prediction {
    pub task: String,
    pub source: String,
    pub target: String,
    pub prediction: String,
}

/// What an evaluation found.
#[derive(Clone, Debug)]
pub struct EvalResult {
    pub split: EvalSplit,
    /// `{task}_{split}_{metric}` and `average_metrics` (their mean) when the
    /// run generates; `{task}_{split}_loss` (each task's loss, outside
    /// `average_metrics`) and `average_loss` (their unweighted mean).
    pub metrics: BTreeMap<String, f64>,
    /// One per example, in task order; empty when the run does not generate.
    pub predictions: Vec<Prediction>,
    /// The number of examples evaluated, over all tasks.
    pub examples: usize,
    pub seconds: f64,
}

impl EvalResult {
    /// Writes the predictions as JSON lines.
    pub fn write_predictions(&self, path: &Path) -> Result<()> {
        let mut text = Vec::new();
        for p in &self.predictions {
            let line = serde_json::to_string(p).map_err(|e| Error::invalid(e.to_string()))?;
            writeln!(text, "{line}").map_err(|e| Error::invalid(e.to_string()))?;
        }
        crate::files::write_atomic(path, &text)
    }
}

/// The metrics of `predictions`, recomputed from their strings: per task
/// `{task}_{split}_{metric}`, and `average_metrics` over all of them.
pub fn score(
    predictions: &[Prediction],
    split: EvalSplit,
    metrics_of: &dyn Fn(&str) -> Option<Vec<Metric>>,
) -> Result<BTreeMap<String, f64>> {
    let mut by_task: BTreeMap<&str, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for p in predictions {
        let e = by_task.entry(&p.task).or_default();
        e.0.push(p.prediction.clone());
        e.1.push(p.target.clone());
    }
    let mut all = BTreeMap::new();
    for (task, (pred, target)) in by_task {
        let metrics = metrics_of(task)
            .ok_or_else(|| Error::invalid(format!("unknown task '{task}' in predictions")))?;
        all.extend(task_metrics(task, split.key(), &metrics, &pred, &target));
    }
    let avg = average_metrics(&all);
    all.insert("average_metrics".into(), avg);
    Ok(all)
}

/// The eval tasks of a run: `eval_tasks`, or `tasks` when it is empty;
/// a task listed twice is evaluated once (the reference keys them in a dict).
pub fn eval_tasks(run: &Config) -> Vec<String> {
    let listed = if run.eval_tasks.is_empty() {
        &run.tasks
    } else {
        &run.eval_tasks
    };
    let mut out: Vec<String> = Vec::with_capacity(listed.len());
    for t in listed {
        if !out.contains(t) {
            out.push(t.clone());
        }
    }
    out
}

/// Where an evaluation stands, reported as it starts each task: the task,
/// the examples of the tasks before it, and the examples of all tasks.
#[derive(Clone, Copy, Debug)]
pub struct TaskProgress<'a> {
    pub task: &'a str,
    pub done: usize,
    pub total: usize,
}

/// Evaluates `run`'s eval tasks on `split` with the parameters `params`
/// puts on each replica's device, telling `on_task` as each task starts.
pub fn evaluate(
    run: &Config,
    mixture: &Mixture,
    generator: &mut Generator,
    client: &Client,
    params: &ParamLookup,
    split: EvalSplit,
    on_task: &mut dyn FnMut(TaskProgress),
) -> Result<EvalResult> {
    let start = std::time::Instant::now();
    let total: usize = eval_tasks(run)
        .iter()
        .filter_map(|name| mixture.task(name))
        .map(|task| task.data.split(split.split()).len())
        .sum();
    let eval = TaskEval {
        run,
        mixture,
        client,
        params,
        split,
    };
    let mut predictions = Vec::new();
    let mut losses = BTreeMap::new();
    let mut count = 0;
    for name in &eval_tasks(run) {
        let task = mixture.task(name).ok_or_else(|| Error::Config {
            key: "eval_tasks".into(),
            reason: format!("'{name}' was not loaded with the run's tasks"),
        })?;
        let examples = task.data.split(split.split()).len();
        if examples == 0 {
            continue;
        }
        on_task(TaskProgress {
            task: name,
            done: count,
            total,
        });
        count += examples;
        let (loss, generated) = eval.task(generator, name, task)?;
        if let Some(loss) = loss {
            losses.insert(metric_key(name, split.key(), "loss"), loss);
        }
        predictions.extend(generated);
    }
    let mut metrics = if run.generates() {
        let metrics_of = |task: &str| mixture.task(task).map(|t| t.data.info.metrics.clone());
        score(&predictions, split, &metrics_of)?
    } else {
        BTreeMap::new()
    };
    // The losses are not task metrics: `average_metrics` leaves them out.
    if !losses.is_empty() {
        let mean = losses.values().sum::<f64>() / losses.len() as f64;
        metrics.insert(AVERAGE_LOSS.into(), mean);
    }
    metrics.extend(losses);
    Ok(EvalResult {
        split,
        metrics,
        predictions,
        examples: count,
        seconds: start.elapsed().as_secs_f64(),
    })
}

/// What evaluating one task needs besides the generator.
struct TaskEval<'a, 'p> {
    run: &'a Config,
    mixture: &'a Mixture,
    client: &'a Client,
    params: &'a ParamLookup<'p>,
    split: EvalSplit,
}

impl TaskEval<'_, '_> {
    /// Task `name`'s loss on the split (`None` when the generator has no
    /// loss for it) and, when the run generates, its predictions.
    fn task(
        &self,
        generator: &mut Generator,
        name: &str,
        task: &MixtureTask,
    ) -> Result<(Option<f64>, Vec<Prediction>)> {
        let (run, mixture) = (self.run, self.mixture);
        let examples = task.data.split(self.split.split());
        let pairs = tokenize_split(
            &mixture.tokenizer,
            name,
            self.split.split(),
            examples,
            run.max_source_length,
            run.max_target_length,
        )?;
        let batch = run.per_device_eval_batch_size;
        let (source_len, decode_len) = (mixture.source_len, task.decode_len);
        if !run.generates() {
            let loss = generator.eval_loss(
                self.client,
                self.params,
                name,
                &pairs,
                source_len,
                decode_len,
                batch,
            )?;
            return Ok((loss, Vec::new()));
        }
        let settings = GenSettings {
            max_len: eval_generation_len(decode_len),
            beams: run.eval_beams.or(task.data.info.beams).unwrap_or(1).max(1),
            length_penalty: 1.0,
        };
        // One encoder pass per batch gives both the loss and the generation.
        let (generated, loss) = generator.generate_with_loss(
            self.client,
            self.params,
            name,
            &pairs,
            source_len,
            decode_len,
            batch,
            settings,
        )?;
        let mut predictions = Vec::with_capacity(examples.len());
        for (example, g) in examples.iter().zip(generated) {
            let ids: Vec<u32> = g.ids.iter().map(|&t| t as u32).collect();
            predictions.push(Prediction {
                task: name.to_string(),
                source: example.source.clone(),
                target: example.target.clone(),
                prediction: mixture.tokenizer.decode(&ids)?.trim().to_string(),
            });
        }
        Ok((loss, predictions))
    }
}
