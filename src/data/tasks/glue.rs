//! GLUE and SuperGLUE tasks, read from `data_dir` in their distributed
//! formats. For task `t` with GLUE directory `D`, split files are looked for
//! in this order:
//!
//! - `data_dir/t/{train,validation}.jsonl` (HF datasets `to_json` export;
//!   MNLI: `validation_matched.jsonl`), also `val.jsonl` (SuperGLUE's own
//!   distribution: `BoolQ/val.jsonl`, `CB/val.jsonl`);
//! - `data_dir/D/{train,dev}.tsv` (GLUE's TSV files, header row; CoLA has
//!   none; MNLI: `dev_matched.tsv`), also under `data_dir/t/`.
//!
//! GLUE's test files carry no labels and are not read: test comes from the
//! validation set (see `split_validation_test`). Labels may be class ids,
//! class names (`entailment`, `not_entailment`, ...) or booleans.

use std::path::{Path, PathBuf};

use super::{class_target, float_target, LoadOptions, OriginalSplits, RawExample, TaskInfo};
use crate::data::metrics::Metric;
use crate::data::readers::{self, row_error, Format, Record};
use crate::error::{Error, Result};

/// How a GLUE-style task reads its rows.
#[derive(Debug)]
pub struct Spec {
    pub name: &'static str,
    /// GLUE's directory name.
    pub dir: &'static str,
    /// (name in the source text, column names to look for).
    pub fields: &'static [(&'static str, &'static [&'static str])],
    pub label: &'static [&'static str],
    /// Class names in label-id order; `None` for STS-B's scores.
    pub classes: Option<&'static [&'static str]>,
    /// Column names of a TSV without a header row (CoLA).
    pub headerless: Option<&'static [&'static str]>,
    pub validation: (&'static str, &'static str),
    pub small: bool,
    pub metrics: &'static [Metric],
}

const ACC: &[Metric] = &[Metric::Accuracy];
const F1_ACC: &[Metric] = &[Metric::F1, Metric::Accuracy];
const NLI2: &[&str] = &["entailment", "not_entailment"];
const S12: &[(&str, &[&str])] = &[
    ("sentence1", &["sentence1", "#1 String"]),
    ("sentence2", &["sentence2", "#2 String"]),
];
const DEV: (&str, &str) = ("validation", "dev.tsv");

pub const SPECS: &[Spec] = &[
    Spec {
        name: "cola",
        dir: "CoLA",
        fields: &[("sentence", &["sentence"])],
        label: &["label"],
        classes: Some(&["0", "1"]),
        headerless: Some(&["source", "label", "original_label", "sentence"]),
        validation: DEV,
        small: true,
        metrics: &[Metric::MatthewsCorrelation],
    },
    Spec {
        name: "sst2",
        dir: "SST-2",
        fields: &[("sentence", &["sentence"])],
        label: &["label"],
        classes: Some(&["0", "1"]),
        headerless: None,
        validation: DEV,
        small: false,
        metrics: ACC,
    },
    Spec {
        name: "mrpc",
        dir: "MRPC",
        fields: S12,
        label: &["label", "Quality"],
        classes: Some(&["0", "1"]),
        headerless: None,
        validation: DEV,
        small: true,
        metrics: F1_ACC,
    },
    Spec {
        name: "qqp",
        dir: "QQP",
        fields: &[("question1", &["question1"]), ("question2", &["question2"])],
        label: &["label", "is_duplicate"],
        classes: Some(&["0", "1"]),
        headerless: None,
        validation: DEV,
        small: false,
        metrics: F1_ACC,
    },
    Spec {
        name: "stsb",
        dir: "STS-B",
        fields: S12,
        label: &["label", "score"],
        classes: None,
        headerless: None,
        validation: DEV,
        small: true,
        metrics: &[Metric::Pearson, Metric::Spearman],
    },
    Spec {
        name: "mnli",
        dir: "MNLI",
        fields: &[
            ("premise", &["premise", "sentence1"]),
            ("hypothesis", &["hypothesis", "sentence2"]),
        ],
        label: &["label", "gold_label"],
        classes: Some(&["entailment", "neutral", "contradiction"]),
        headerless: None,
        validation: ("validation_matched", "dev_matched.tsv"),
        small: false,
        metrics: ACC,
    },
    Spec {
        name: "qnli",
        dir: "QNLI",
        fields: &[("question", &["question"]), ("sentence", &["sentence"])],
        label: &["label"],
        classes: Some(NLI2),
        headerless: None,
        validation: DEV,
        small: false,
        metrics: ACC,
    },
    Spec {
        name: "rte",
        dir: "RTE",
        fields: S12,
        label: &["label"],
        classes: Some(NLI2),
        headerless: None,
        validation: DEV,
        small: true,
        metrics: ACC,
    },
    Spec {
        name: "wnli",
        dir: "WNLI",
        fields: S12,
        label: &["label"],
        classes: Some(&["0", "1"]),
        headerless: None,
        validation: DEV,
        small: true,
        metrics: ACC,
    },
    Spec {
        name: "superglue-boolq",
        dir: "BoolQ",
        fields: &[("question", &["question"]), ("passage", &["passage"])],
        label: &["label"],
        classes: Some(&["false", "true"]),
        headerless: None,
        validation: DEV,
        small: true,
        metrics: ACC,
    },
    Spec {
        name: "superglue-cb",
        dir: "CB",
        fields: &[("premise", &["premise"]), ("hypothesis", &["hypothesis"])],
        label: &["label"],
        classes: Some(&["entailment", "contradiction", "neutral"]),
        headerless: None,
        validation: DEV,
        small: true,
        metrics: ACC,
    },
];

pub fn info(spec: &Spec, origin: String) -> TaskInfo {
    TaskInfo {
        name: spec.name.into(),
        metrics: spec.metrics.to_vec(),
        labels: spec
            .classes
            .map(|c| (0..c.len()).map(class_target).collect()),
        small: spec.small,
        origin,
    }
}

pub fn load(spec: &Spec, opts: &LoadOptions) -> Result<(TaskInfo, OriginalSplits)> {
    let Some(dir) = &opts.data_dir else {
        return Err(Error::Config {
            key: "data_dir".into(),
            reason: format!(
                "task '{}' is read from a local copy of its data: set data_dir to the directory \
                 holding {}/ (GLUE TSV) or {}/ (JSONL)",
                spec.name, spec.dir, spec.name
            ),
        });
    };
    let train = find(spec, dir, ("train", "train.tsv"))?;
    let val = find(spec, dir, spec.validation)?;
    let mut out = OriginalSplits::default();
    out.train = read_split(spec, &train, opts, &mut out.skipped)?;
    out.validation = read_split(spec, &val, opts, &mut out.skipped)?;
    Ok((info(spec, train.0.display().to_string()), out))
}

/// The file of one split and its format.
fn find(spec: &Spec, dir: &Path, (jsonl, tsv): (&str, &str)) -> Result<(PathBuf, Format)> {
    let mut candidates = vec![(
        dir.join(spec.name).join(format!("{jsonl}.jsonl")),
        Format::Jsonl,
    )];
    if jsonl == "validation" {
        candidates.push((dir.join(spec.dir).join("val.jsonl"), Format::Jsonl));
        candidates.push((dir.join(spec.name).join("val.jsonl"), Format::Jsonl));
    }
    candidates.push((
        dir.join(spec.dir).join(format!("{jsonl}.jsonl")),
        Format::Jsonl,
    ));
    candidates.push((dir.join(spec.dir).join(tsv), Format::Tsv));
    candidates.push((dir.join(spec.name).join(tsv), Format::Tsv));
    candidates
        .iter()
        .find(|(p, _)| p.is_file())
        .cloned()
        .ok_or_else(|| Error::File {
            path: dir.display().to_string(),
            reason: format!(
                "no {jsonl} file for task '{}'; looked for {}",
                spec.name,
                candidates
                    .iter()
                    .map(|(p, _)| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        })
}

fn read_split(
    spec: &Spec,
    (path, format): &(PathBuf, Format),
    opts: &LoadOptions,
    skipped: &mut usize,
) -> Result<Vec<RawExample>> {
    let headerless = if *format == Format::Tsv {
        spec.headerless
    } else {
        None
    };
    let recs = readers::read(path, *format, headerless, opts.bad_rows)?;
    *skipped += recs.skipped;
    let mut out = Vec::with_capacity(recs.records.len());
    for r in &recs.records {
        match row(spec, r) {
            Ok(ex) => out.push(ex),
            Err(_) if opts.bad_rows == readers::BadRows::Skip => *skipped += 1,
            Err(reason) => return Err(row_error(path, r.line, reason)),
        }
    }
    Ok(out)
}

fn row(spec: &Spec, r: &Record) -> std::result::Result<RawExample, String> {
    let mut fields = Vec::with_capacity(spec.fields.len());
    for (name, cols) in spec.fields {
        let v = r
            .get(cols)
            .ok_or_else(|| format!("no column {}", cols.join(" or ")))?;
        fields.push((name.to_string(), v.to_string()));
    }
    let raw = r
        .get(spec.label)
        .ok_or_else(|| format!("no label column {}", spec.label.join(" or ")))?;
    let target = match spec.classes {
        Some(classes) => class_target(class_index(raw, classes)?),
        None => {
            let x: f64 = raw
                .trim()
                .parse()
                .map_err(|_| format!("label '{raw}' is not a number"))?;
            // §4: STS-B targets are rounded to 0.2 steps (round half to even, as numpy).
            float_target((x * 5.0).round_ties_even() / 5.0)
        }
    };
    Ok(RawExample { fields, target })
}

/// A label given as a class id, a class name or a boolean.
pub fn class_index(raw: &str, classes: &[&str]) -> std::result::Result<usize, String> {
    let v = raw.trim();
    if let Ok(i) = v.parse::<usize>() {
        if i < classes.len() {
            return Ok(i);
        }
    }
    classes
        .iter()
        .position(|c| c.eq_ignore_ascii_case(v))
        .ok_or_else(|| {
            format!(
                "label '{raw}' is not one of 0..{} or {}",
                classes.len() - 1,
                classes.join(", ")
            )
        })
}
