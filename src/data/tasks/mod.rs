//! The task registry: every task turns its rows into text-to-text examples
//! the way the reference does (§4): the source is
//! `' '.join([task name]? + ["field: value", ...])` (the task name only when
//! adapters are off), the target is the label as a string.
//!
//! Three kinds of task:
//! - GLUE/SuperGLUE ([`glue`]), read from `data_dir` in their distributed
//!   formats (GLUE TSV, SuperGLUE/HF-datasets JSONL);
//! - tasks on the data `scripts/setup.sh` fetches ([`fetched`]): `trec`,
//!   `movie_sentiment`, `tweet_sentiment`, `sms_spam`, and with
//!   `RUSE_FETCH_BIGBENCH=1`: `epistemic_reasoning`, `presuppositions_as_nli`,
//!   `vitaminc`;
//! - tasks declared in the config's `user_tasks` ([`user`]).

pub mod fetched;
pub mod glue;
pub mod trec;
pub mod user;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::metrics::Metric;
use super::readers::BadRows;
use super::rng::SplitMix64;
use crate::config::Config;
use crate::error::{Error, Result};

/// A row turned into labelled inputs and a target string. Each field is
/// (label as written in the source, value): the label carries its colon
/// (`"sentence1:"`), or is empty for an unlabelled input (imdb, translation).
#[derive(Clone, Debug, PartialEq)]
pub struct RawExample {
    pub fields: Vec<(String, String)>,
    pub target: String,
}

/// Which `split_validation_test` rule a task follows (the reference's two
/// task lists, §4); tasks on neither list keep their splits as they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SplitRule {
    /// Validation permuted and halved: validation, then test.
    Small,
    /// 1,000 training examples become validation; test is the original
    /// test split where there is one, else the validation set.
    Large,
    /// Neither list: the splits as the task maps them (e.g. MNLI).
    Fixed,
}

/// The splits a task's files provide.
#[derive(Clone, Debug, Default)]
pub struct OriginalSplits {
    pub train: Vec<RawExample>,
    pub validation: Vec<RawExample>,
    /// A labelled test split, where the data has one.
    pub test: Option<Vec<RawExample>>,
    /// Malformed rows skipped (only with `skip_bad_rows`).
    pub skipped: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    Train,
    Validation,
    Test,
}

impl Split {
    pub fn name(self) -> &'static str {
        match self {
            Split::Train => "train",
            Split::Validation => "validation",
            Split::Test => "test",
        }
    }
}

/// What a task is: its metrics, its label strings (classification tasks),
/// and which `split_validation_test` rule applies to it.
#[derive(Clone, Debug, Serialize)]
pub struct TaskInfo {
    pub name: String,
    pub metrics: Vec<Metric>,
    pub labels: Option<Vec<String>>,
    /// Small tasks split their validation set in halves; large ones take
    /// 1,000 training examples for validation (see [`make_splits`]).
    pub split_rule: SplitRule,
    /// What the source starts with when adapters are off: the task name,
    /// unless the task has its own (translation: `Translate English to
    /// Romanian`).
    pub prefix: Option<String>,
    /// Beams for this task's evaluation when `eval_beams` is unset (the
    /// reference's translation tasks: 4); `None`: greedy.
    pub beams: Option<usize>,
    /// Where the rows come from, for messages.
    pub origin: String,
}

/// A formatted example; `id` is its index in its split.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Example {
    pub id: usize,
    pub source: String,
    pub target: String,
}

/// A task ready for tokenization.
#[derive(Clone, Debug)]
pub struct TaskData {
    pub info: TaskInfo,
    pub train: Vec<Example>,
    pub validation: Vec<Example>,
    pub test: Vec<Example>,
    pub skipped: usize,
}

impl TaskData {
    pub fn split(&self, split: Split) -> &[Example] {
        match split {
            Split::Train => &self.train,
            Split::Validation => &self.validation,
            Split::Test => &self.test,
        }
    }
}

/// The data-related part of a run configuration.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    pub data_dir: Option<PathBuf>,
    /// Relative user-task paths are resolved against `data_dir`, else this.
    pub base_dir: PathBuf,
    pub bad_rows: BadRows,
    pub add_prefix: bool,
    pub split_validation_test: bool,
    pub n_train: i64,
    pub n_val: i64,
    pub n_test: i64,
    pub data_seed: u64,
    pub user_tasks: BTreeMap<String, serde_json::Value>,
}

impl LoadOptions {
    /// From a config read from a file in `config_dir`.
    pub fn from_config(config: &Config, config_dir: &Path) -> Self {
        LoadOptions {
            data_dir: config.data_dir.as_ref().map(|d| config_dir.join(d)),
            base_dir: config_dir.to_path_buf(),
            bad_rows: if config.skip_bad_rows {
                BadRows::Skip
            } else {
                BadRows::Error
            },
            add_prefix: !config.train_adapters,
            split_validation_test: config.split_validation_test,
            n_train: config.n_train,
            n_val: config.n_val,
            n_test: config.n_test,
            data_seed: config.data_seed,
            user_tasks: config.user_tasks.clone().unwrap_or_default(),
        }
    }

    /// Where a user task's relative path points.
    pub fn resolve(&self, file: &str) -> PathBuf {
        self.data_dir
            .as_deref()
            .unwrap_or(&self.base_dir)
            .join(file)
    }
}

/// Every task name this configuration can use, sorted.
pub fn known_tasks(opts: &LoadOptions) -> Vec<String> {
    let mut names = builtin_tasks();
    names.extend(opts.user_tasks.keys().cloned());
    names.sort();
    names.dedup();
    names
}

/// The names of ruse's own tasks (the reference's and the fetched ones).
pub fn builtin_tasks() -> Vec<String> {
    let mut names: Vec<String> = glue::SPECS.iter().map(|s| s.name.to_string()).collect();
    names.extend(fetched::NAMES.iter().map(|s| s.to_string()));
    names
}

/// The evaluation beams a built-in task asks for when `eval_beams` is unset
/// (translation: 4), without reading its data.
pub fn builtin_beams(name: &str) -> Option<usize> {
    glue::SPECS
        .iter()
        .find(|s| s.name == name)
        .and_then(|s| s.beams)
}

/// An unknown task name: the error lists the known ones.
fn unknown(name: &str, opts: &LoadOptions) -> Error {
    Error::Config {
        key: "tasks".into(),
        reason: format!(
            "unknown task '{name}'; known tasks: {} (or declare it in user_tasks)",
            known_tasks(opts).join(", ")
        ),
    }
}

/// Reads, formats and splits one task. User tasks take precedence over
/// built-in ones of the same name.
pub fn load_task(name: &str, opts: &LoadOptions) -> Result<TaskData> {
    let (info, orig) = if let Some(spec) = opts.user_tasks.get(name) {
        user::load(name, spec, opts)?
    } else if let Some(spec) = glue::SPECS.iter().find(|s| s.name == name) {
        glue::load(spec, opts)?
    } else if fetched::NAMES.contains(&name) {
        fetched::load(name, opts)?
    } else {
        return Err(unknown(name, opts));
    };
    let skipped = orig.skipped;
    let (train, validation, test) = make_splits(orig, info.split_rule, opts);
    if train.is_empty() && validation.is_empty() {
        return Err(Error::Data {
            task: name.into(),
            reason: format!("no examples were read from {}", info.origin),
        });
    }
    let prefix = info.prefix.clone().unwrap_or_else(|| name.to_string());
    let fmt = |v: Vec<RawExample>| format_examples(&prefix, v, opts.add_prefix);
    Ok(TaskData {
        train: fmt(train),
        validation: fmt(validation),
        test: fmt(test),
        info,
        skipped,
    })
}

/// `' '.join([prefix]? + ["label:", value, ...])`; `prefix` is the task
/// name (or the task's own prefix).
pub fn format_source(prefix: &str, fields: &[(String, String)], add_prefix: bool) -> String {
    let mut parts: Vec<&str> = Vec::with_capacity(2 * fields.len() + 1);
    if add_prefix {
        parts.push(prefix);
    }
    for (label, value) in fields {
        if !label.is_empty() {
            parts.push(label);
        }
        parts.push(value);
    }
    parts.join(" ")
}

/// A field labelled `name:`.
pub fn field(name: &str, value: impl Into<String>) -> (String, String) {
    (format!("{name}:"), value.into())
}

fn format_examples(prefix: &str, raw: Vec<RawExample>, add_prefix: bool) -> Vec<Example> {
    raw.into_iter()
        .enumerate()
        .map(|(id, r)| Example {
            id,
            source: format_source(prefix, &r.fields, add_prefix),
            target: r.target,
        })
        .collect()
}

/// The reference's split rules (§4), then `n_train/n_val/n_test`.
///
/// With `split_validation_test`: a small task permutes its validation set
/// (generator seeded with `data_seed`), the first half (`len / 2`) is
/// validation and the rest test; a large task permutes its training set, the
/// first 1,000 are validation, the rest training, and test is its test split
/// (the original validation set where the task has no labelled test split).
/// Otherwise, and for tasks on neither list ([`SplitRule::Fixed`]):
/// validation is the original validation set, and test the labelled test
/// set where there is one, else the validation set.
pub fn make_splits(
    orig: OriginalSplits,
    rule: SplitRule,
    opts: &LoadOptions,
) -> (Vec<RawExample>, Vec<RawExample>, Vec<RawExample>) {
    let rule = if opts.split_validation_test {
        rule
    } else {
        SplitRule::Fixed
    };
    let (train, val, test) = match rule {
        SplitRule::Fixed => {
            let test = orig.test.unwrap_or_else(|| orig.validation.clone());
            (orig.train, orig.validation, test)
        }
        SplitRule::Small => {
            let mut v = permuted(orig.validation, opts.data_seed);
            let test = v.split_off(v.len() / 2);
            (orig.train, v, test)
        }
        SplitRule::Large => {
            let mut t = permuted(orig.train, opts.data_seed);
            let rest = t.split_off(t.len().min(1000));
            (rest, t, orig.test.unwrap_or(orig.validation))
        }
    };
    (
        take_n(train, opts.n_train, opts.data_seed),
        take_n(val, opts.n_val, opts.data_seed),
        take_n(test, opts.n_test, opts.data_seed),
    )
}

fn permuted<T>(v: Vec<T>, seed: u64) -> Vec<T> {
    let perm = SplitMix64::new(seed).permutation(v.len());
    let mut slots: Vec<Option<T>> = v.into_iter().map(Some).collect();
    perm.into_iter()
        .map(|i| {
            slots[i]
                .take()
                .expect("a permutation visits each index once")
        })
        .collect()
}

/// `n < 0`: every example, in order (the reference drops the last one here,
/// a bug ruse does not copy); else the first `n` of a permutation seeded
/// with `data_seed`.
pub fn take_n<T>(v: Vec<T>, n: i64, seed: u64) -> Vec<T> {
    if n < 0 {
        return v;
    }
    let mut p = permuted(v, seed);
    p.truncate(n as usize);
    p
}

/// Keeps a fixed tenth of a single-file dataset as its validation set (a
/// permutation seeded with 0, independent of `data_seed`, so validation rows
/// never move into training), both parts in file order.
pub fn hold_out_tenth(rows: Vec<RawExample>) -> (Vec<RawExample>, Vec<RawExample>) {
    let n = rows.len();
    let mut is_val = vec![false; n];
    for &i in SplitMix64::new(0)
        .permutation(n)
        .iter()
        .take(n.div_ceil(10))
    {
        is_val[i] = true;
    }
    let (mut train, mut val) = (Vec::new(), Vec::new());
    for (row, v) in rows.into_iter().zip(is_val) {
        if v {
            val.push(row)
        } else {
            train.push(row)
        }
    }
    (train, val)
}

/// The label string of a class index: `str(index)`, as the reference writes.
pub fn class_target(index: usize) -> String {
    index.to_string()
}

/// Python's `str(float)` for the values ruse writes (always a `.`).
pub fn float_target(x: f64) -> String {
    let s = format!("{x}");
    if s.contains(['.', 'e', 'n', 'i']) {
        s
    } else {
        format!("{s}.0")
    }
}
