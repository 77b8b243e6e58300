//! Tasks declared in the config, without code:
//!
//! ```json
//! "user_tasks": {
//!   "my_reviews": {
//!     "format": "csv",                       // csv | tsv | jsonl (default: from the extension)
//!     "train": "reviews/train.csv",          // or "file": one file, a tenth held out for validation
//!     "validation": "reviews/dev.csv",       // optional; "test" too
//!     "inputs": ["title", "body"],           // columns, written "title: … body: …"
//!     "label": "stars",                      // the label column
//!     "label_map": {"1": "0", "5": "1"},     // optional: raw value -> target; other values are errors
//!     "metrics": ["accuracy", "f1"],         // default ["accuracy"]
//!     "split": "small"                       // split_validation_test rule: small | large | fixed
//!                                            // (default: fixed with a "test" file, else small;
//!                                            // the older "small": true/false still works)
//!   }
//! }
//! ```
//!
//! Relative paths are resolved against `data_dir`, else the config's directory.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::{field, hold_out_tenth, LoadOptions, OriginalSplits, RawExample, SplitRule, TaskInfo};
use crate::data::metrics::Metric;
use crate::data::readers::{self, row_error, BadRows, Format};
use crate::error::{Error, Result};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserTask {
    pub format: Option<String>,
    pub file: Option<String>,
    pub train: Option<String>,
    pub validation: Option<String>,
    pub test: Option<String>,
    pub inputs: Vec<String>,
    pub label: String,
    pub label_map: Option<BTreeMap<String, String>>,
    /// Unset: accuracy. An empty list is refused (a task scored by nothing).
    pub metrics: Option<Vec<String>>,
    pub small: Option<bool>,
    pub split: Option<String>,
}

fn bad(name: &str, reason: impl Into<String>) -> Error {
    Error::Config {
        key: format!("user_tasks.{name}"),
        reason: reason.into(),
    }
}

pub fn parse(name: &str, spec: &Value) -> Result<UserTask> {
    let t: UserTask = serde_json::from_value(spec.clone()).map_err(|e| bad(name, e.to_string()))?;
    if t.inputs.is_empty() {
        return Err(bad(name, "'inputs' must name at least one column"));
    }
    if t.file.is_some() == t.train.is_some() {
        return Err(bad(
            name,
            "give either 'file' (one file) or 'train' (and 'validation')",
        ));
    }
    Ok(t)
}

pub fn load(name: &str, spec: &Value, opts: &LoadOptions) -> Result<(TaskInfo, OriginalSplits)> {
    let t = parse(name, spec)?;
    let metrics = match &t.metrics {
        None => vec![Metric::Accuracy],
        Some(m) if m.is_empty() => {
            return Err(bad(
                name,
                "'metrics' is empty: name at least one, or leave it out for accuracy",
            ))
        }
        Some(m) => m
            .iter()
            .map(|m| m.parse::<Metric>().map_err(|e| bad(name, e)))
            .collect::<Result<_>>()?,
    };
    let mut out = OriginalSplits::default();
    let main = t.train.as_deref().or(t.file.as_deref()).unwrap_or_default();
    let origin = opts.resolve(main);
    let rows = read(name, &t, main, opts, &mut out.skipped)?;
    if t.file.is_some() {
        (out.train, out.validation) = hold_out_tenth(rows);
    } else {
        out.train = rows;
        if let Some(v) = &t.validation {
            out.validation = read(name, &t, v, opts, &mut out.skipped)?;
        }
    }
    if let Some(f) = &t.test {
        out.test = Some(read(name, &t, f, opts, &mut out.skipped)?);
    }
    let labels = t.label_map.as_ref().map(|m| {
        let mut v: Vec<String> = m.values().cloned().collect();
        v.sort();
        v.dedup();
        v
    });
    let info = TaskInfo {
        name: name.into(),
        metrics,
        labels,
        split_rule: split_rule(name, &t)?,
        prefix: None,
        beams: None,
        origin: origin.display().to_string(),
    };
    Ok((info, out))
}

fn read(
    name: &str,
    t: &UserTask,
    file: &str,
    opts: &LoadOptions,
    skipped: &mut usize,
) -> Result<Vec<RawExample>> {
    let path = opts.resolve(file);
    let format = match &t.format {
        Some(f) => f.parse::<Format>().map_err(|e| bad(name, e))?,
        None => extension_format(&path).ok_or_else(|| {
            bad(
                name,
                format!("cannot tell the format of {file}: set 'format'"),
            )
        })?,
    };
    if !path.is_file() {
        return Err(Error::File {
            path: path.display().to_string(),
            reason: format!("missing (a file of user task '{name}')"),
        });
    }
    let recs = readers::read(&path, format, None, opts.bad_rows)?;
    *skipped += recs.skipped;
    let mut out = Vec::with_capacity(recs.records.len());
    for r in &recs.records {
        match row(t, r) {
            Ok(ex) => out.push(ex),
            Err(_) if opts.bad_rows == BadRows::Skip => *skipped += 1,
            Err(reason) => return Err(row_error(&path, r.line, reason)),
        }
    }
    Ok(out)
}

fn row(t: &UserTask, r: &readers::Record) -> std::result::Result<RawExample, String> {
    let mut fields = Vec::with_capacity(t.inputs.len());
    for col in &t.inputs {
        let v = r
            .get(&[col.as_str()])
            .ok_or_else(|| format!("no column '{col}'"))?;
        fields.push(field(col, v));
    }
    let raw = r
        .get(&[t.label.as_str()])
        .ok_or_else(|| format!("no label column '{}'", t.label))?;
    let target = match &t.label_map {
        None => raw.trim().to_string(),
        Some(m) => m.get(raw.trim()).cloned().ok_or_else(|| {
            format!(
                "label '{raw}' is not in label_map ({})",
                m.keys().cloned().collect::<Vec<_>>().join(", ")
            )
        })?,
    };
    Ok(RawExample { fields, target })
}

/// The task's `split_validation_test` rule: `split`, or the older `small`;
/// by default a task with its own test file keeps its splits (as the
/// reference's tasks on neither list), else it is small.
fn split_rule(name: &str, t: &UserTask) -> Result<SplitRule> {
    match (t.split.as_deref(), t.small) {
        (Some(_), Some(_)) => Err(bad(name, "give 'split' or 'small', not both")),
        (Some("small"), None) => Ok(SplitRule::Small),
        (Some("large"), None) => Ok(SplitRule::Large),
        (Some("fixed"), None) => Ok(SplitRule::Fixed),
        (Some(other), None) => Err(bad(
            name,
            format!("split '{other}' is not one of small, large, fixed"),
        )),
        (None, Some(true)) => Ok(SplitRule::Small),
        (None, Some(false)) => Ok(SplitRule::Large),
        (None, None) if t.test.is_some() => Ok(SplitRule::Fixed),
        (None, None) => Ok(SplitRule::Small),
    }
}

fn extension_format(path: &Path) -> Option<Format> {
    path.extension()?.to_str()?.parse().ok()
}
