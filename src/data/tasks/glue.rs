//! The reference's tasks on data the user has (GLUE, SuperGLUE, SNLI, SciTail,
//! PAWS, IMDB, Yelp, the QA sets, translation), read from `data_dir` with the
//! reference's fields and split mapping. For task `t` with directory `D`,
//! split files are looked for in this order:
//!
//! - `data_dir/t/<split>.jsonl` (HF datasets `to_json` export, nested values
//!   as `a.b` / `a.0` columns; MNLI: `validation_mismatched.jsonl` and
//!   `validation_matched.jsonl`), also `val.jsonl` (SuperGLUE's own
//!   distribution: `BoolQ/val.jsonl`, `CB/val.jsonl`);
//! - `data_dir/D/<split>.jsonl`, then `data_dir/D/{train,dev}.tsv` (GLUE's TSV
//!   files, header row; CoLA has none; MNLI: `dev_mismatched.tsv` and
//!   `dev_matched.tsv`), also under `data_dir/t/`.
//!
//! GLUE's test files carry no labels and are not read: test comes from the
//! validation set (see `split_validation_test`), as in the reference. Labels
//! may be class ids, class names (`entailment`, `not_entailment`, ...) or
//! booleans.

use std::path::{Path, PathBuf};

use super::{class_target, float_target, LoadOptions, OriginalSplits, RawExample, TaskInfo};
use crate::data::readers::{self, row_error, Format, Record};
use crate::error::{Error, Result};

mod specs;
pub use specs::{Spec, Target, SPECS};

pub fn info(spec: &Spec, origin: String) -> TaskInfo {
    let labels = match spec.target {
        Target::Classes(c) | Target::Names(c) => Some((0..c.len()).map(class_target).collect()),
        Target::Verbatim(v) => Some(v.iter().map(|s| s.to_string()).collect()),
        Target::Score | Target::Text => None,
    };
    TaskInfo {
        name: spec.name.into(),
        metrics: spec.metrics.to_vec(),
        labels,
        split_rule: spec.split_rule,
        prefix: spec.prefix.map(String::from),
        beams: spec.beams,
        origin,
    }
}

pub fn load(spec: &Spec, opts: &LoadOptions) -> Result<(TaskInfo, OriginalSplits)> {
    let Some(dir) = &opts.data_dir else {
        let native = if spec.dir == spec.name {
            String::new()
        } else {
            format!("{}/ (its distributed files) or ", spec.dir)
        };
        return Err(Error::Config {
            key: "data_dir".into(),
            reason: format!(
                "task '{}' is read from a local copy of its data: set data_dir to the directory \
                 holding {native}{}/ (JSONL, e.g. an HF datasets export)",
                spec.name, spec.name
            ),
        });
    };
    let train = find(spec, dir, ("train", "train.tsv"))?;
    let val = find(spec, dir, spec.validation)?;
    let mut out = OriginalSplits::default();
    out.train = read_split(spec, &train, opts, &mut out.skipped)?;
    out.validation = read_split(spec, &val, opts, &mut out.skipped)?;
    if let Some(test) = spec.test {
        let test = find(spec, dir, test)?;
        out.test = Some(read_split(spec, &test, opts, &mut out.skipped)?);
    }
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
    let mut seen = std::collections::HashSet::new();
    candidates.retain(|(p, _)| seen.insert(p.clone()));
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
            Ok(Some(ex)) => out.push(ex),
            Ok(None) => {}
            Err(_) if opts.bad_rows == readers::BadRows::Skip => *skipped += 1,
            Err(reason) => return Err(row_error(path, r.line, reason)),
        }
    }
    Ok(out)
}

/// A row as an example; `Ok(None)` for a row whose label is in `spec.drop`.
fn row(spec: &Spec, r: &Record) -> std::result::Result<Option<RawExample>, String> {
    let raw = r
        .get(spec.label)
        .ok_or_else(|| format!("no label column {}", spec.label.join(" or ")))?;
    if spec.drop.contains(&raw.trim()) {
        return Ok(None);
    }
    let mut fields = Vec::with_capacity(spec.fields.len());
    for (label, cols) in spec.fields {
        let v = r
            .get(cols)
            .ok_or_else(|| format!("no column {}", cols.join(" or ")))?;
        fields.push((label.to_string(), v.to_string()));
    }
    let one_of = |names: &[&str]| {
        names
            .iter()
            .position(|c| *c == raw.trim())
            .ok_or_else(|| format!("label '{raw}' is not one of {}", names.join(", ")))
    };
    let target = match spec.target {
        Target::Classes(classes) => class_target(class_index(raw, classes)?),
        Target::Names(names) => class_target(one_of(names)?),
        Target::Verbatim(values) => values[one_of(values)?].to_string(),
        Target::Score => {
            let x: f64 = raw
                .trim()
                .parse()
                .map_err(|_| format!("label '{raw}' is not a number"))?;
            // §4: STS-B targets are rounded to 0.2 steps (round half to even, as numpy).
            float_target((x * 5.0).round_ties_even() / 5.0)
        }
        Target::Text => raw.to_string(),
    };
    Ok(Some(RawExample { fields, target }))
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
