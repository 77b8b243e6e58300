//! The log's rows: one JSON object per line, a training row (with "loss") or
//! an evaluation row (with "metrics"); a bad line is an error naming `file:line`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value};

use crate::data::readers::{read_text, row_error};
use crate::{Error, Result};

/// The log `ruse train` writes in its output_dir.
pub const LOG_FILE: &str = "train_log.jsonl";

/// One training step's row.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainRow {
    pub step: u64,
    /// The step's task; with gradient accumulation, the window's tasks joined by `+`.
    pub task: String,
    pub loss: Option<f64>,
    pub lr: Option<f64>,
    /// Examples per second of all replicas, when logged.
    pub examples_per_s: Option<f64>,
    /// Whether the step compiled a program (a number under "compile_seconds").
    pub compiled: bool,
}

/// One evaluation's row: its finite metric values by key.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalRow {
    pub step: u64,
    pub split: String,
    pub metrics: BTreeMap<String, f64>,
}

/// The rows of a log, in file order, without the rows a later part of the
/// log supersedes (see [`Log::parse`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Log {
    pub train: Vec<TrainRow>,
    pub eval: Vec<EvalRow>,
    /// What was left out and why, one message per place (`file:line: ...`).
    pub notes: Vec<String>,
}

enum Row {
    Train(TrainRow),
    Eval(EvalRow),
}

impl Log {
    /// Reads a log file; a missing or unreadable file is an error naming it.
    pub fn read(path: &Path) -> Result<Log> {
        Log::parse(path, &read_text(path)?)
    }

    /// Parses a log's text (`path` is for messages). Blank lines are skipped;
    /// a line that is not a row of either kind is an error naming `file:line`,
    /// and so is a log with no rows at all.
    ///
    /// `ruse train` writes one training row per step, in step order. A
    /// training row whose step is not after the previous one's (logs joined
    /// by hand, a run restarted from an earlier checkpoint by another tool)
    /// starts over from that step: the rows before it of that step or later
    /// are superseded and left out, as a resumed run rewrites what came after
    /// its checkpoint, and a note says where.
    pub fn parse(path: &Path, text: &str) -> Result<Log> {
        let mut log = Log::default();
        let lines = text.lines().count();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let row = serde_json::from_str(&non_finite_to_null(line)).map_err(|e| json_reason(&e));
            // A last line without its newline that is not yet whole JSON is
            // one a running `ruse train` is writing: left out, with a note.
            if row.is_err() && i + 1 == lines && !text.ends_with('\n') {
                log.notes.push(format!(
                    "{}:{}: left out a last line still being written",
                    path.display(),
                    i + 1
                ));
                continue;
            }
            let row = row
                .and_then(|v| parse_row(&v))
                .map_err(|reason| row_error(path, i + 1, reason))?;
            match row {
                Row::Train(r) => {
                    log.supersede(path, i + 1, r.step);
                    log.train.push(r);
                }
                Row::Eval(r) => log.eval.push(r),
            }
        }
        if log.train.is_empty() && log.eval.is_empty() {
            return Err(Error::File {
                path: path.display().to_string(),
                reason: "the log has no training or evaluation rows".into(),
            });
        }
        Ok(log)
    }
}

impl Log {
    /// Before training row `step` at `line`: drops the earlier rows of
    /// `step` or later, if the previous training row's step was not before it.
    fn supersede(&mut self, path: &Path, line: usize, step: u64) {
        let Some(last) = self.train.last().map(|r| r.step) else {
            return;
        };
        if last < step {
            return;
        }
        let before = self.train.len() + self.eval.len();
        self.train.retain(|r| r.step < step);
        self.eval.retain(|r| r.step < step);
        let dropped = before - self.train.len() - self.eval.len();
        self.notes.push(format!(
            "{}:{line}: step {step} follows step {last}; the {dropped} earlier row(s) of \
             steps {step} and later are superseded and left out",
            path.display()
        ));
    }
}

/// serde_json's message without its "at line 1 column N" (always line 1 here).
fn json_reason(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = msg.split(" at line ").next().unwrap_or_default();
    format!("not valid JSON: {msg} (column {})", e.column())
}

/// Python's `json.dumps` writes `NaN`, `Infinity` and `-Infinity`, which are
/// not JSON; outside strings they become `null` (a point left out).
fn non_finite_to_null(line: &str) -> Cow<'_, str> {
    if !line.contains("NaN") && !line.contains("Infinity") {
        return Cow::Borrowed(line);
    }
    let (mut out, mut rest) = (String::with_capacity(line.len()), line);
    let (mut in_string, mut escaped) = (false, false);
    while let Some(c) = rest.chars().next() {
        if !in_string {
            let token = ["-Infinity", "Infinity", "NaN"]
                .into_iter()
                .find(|t| rest.starts_with(t));
            if let Some(t) = token {
                out.push_str("null");
                rest = &rest[t.len()..];
                continue;
            }
        }
        (in_string, escaped) = match (in_string, escaped, c) {
            (true, false, '\\') => (true, true),
            (true, false, '"') | (false, _, '"') => (!in_string, false),
            (s, _, _) => (s, false),
        };
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

fn parse_row(v: &Value) -> std::result::Result<Row, String> {
    let obj = v
        .as_object()
        .ok_or_else(|| format!("expected a JSON object, found {v}"))?;
    if let Some(m) = obj.get("metrics") {
        let split = string(obj, "split")?;
        if split.is_empty()
            || !split
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
        {
            return Err(format!(
                "split \"{split}\" cannot name a file (use letters, digits, '_', '-', '.')"
            ));
        }
        let metrics = metrics(m)?;
        Ok(Row::Eval(EvalRow {
            step: step(obj)?,
            split,
            metrics,
        }))
    } else if obj.contains_key("loss") {
        Ok(Row::Train(TrainRow {
            step: step(obj)?,
            task: string(obj, "task")?,
            loss: number(obj, "loss")?,
            lr: number(obj, "lr")?,
            examples_per_s: number(obj, "examples_per_s")?,
            compiled: number(obj, "compile_seconds")?.is_some(),
        }))
    } else {
        Err(
            "neither a training row (with \"loss\") nor an evaluation row (with \"metrics\")"
                .into(),
        )
    }
}

fn step(obj: &Map<String, Value>) -> std::result::Result<u64, String> {
    obj.get("step")
        .and_then(Value::as_u64)
        .ok_or_else(|| "\"step\" must be a non-negative integer".to_string())
}

fn string(obj: &Map<String, Value>, key: &str) -> std::result::Result<String, String> {
    match obj.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(v) => Err(format!("\"{key}\" must be a string, found {v}")),
        None => Err(format!("\"{key}\" is missing")),
    }
}

/// A number, or `None` for null, a missing key or a non-finite value.
fn number(obj: &Map<String, Value>, key: &str) -> std::result::Result<Option<f64>, String> {
    finite(key, obj.get(key).unwrap_or(&Value::Null))
}

fn finite(key: &str, v: &Value) -> std::result::Result<Option<f64>, String> {
    match v {
        Value::Null => Ok(None),
        Value::Number(n) => Ok(n.as_f64().filter(|x| x.is_finite())),
        v => Err(format!("\"{key}\" must be a number or null, found {v}")),
    }
}

fn metrics(m: &Value) -> std::result::Result<BTreeMap<String, f64>, String> {
    let obj = m
        .as_object()
        .ok_or_else(|| format!("\"metrics\" must be an object, found {m}"))?;
    let mut out = BTreeMap::new();
    for (key, v) in obj {
        if let Some(x) = finite(key, v)? {
            out.insert(key.clone(), x);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Log> {
        Log::parse(Path::new("log.jsonl"), text)
    }

    #[test]
    fn python_non_finite_tokens_become_null_outside_strings() {
        let line = r#"{"a": NaN, "b": -Infinity, "c": "NaN \" Infinity", "d": Infinity}"#;
        assert_eq!(
            non_finite_to_null(line),
            r#"{"a": null, "b": null, "c": "NaN \" Infinity", "d": null}"#
        );
    }

    #[test]
    fn rows_of_both_kinds_with_unknown_keys() {
        let log = parse(concat!(
            r#"{"step": 1, "task": "trec", "loss": 2.5, "lr": null, "extra": [1]}"#,
            "\n\n",
            r#"{"step": 2, "split": "val", "metrics": {"a": 1.0, "b": NaN, "c": null}, "seconds": 3}"#,
            "\r\n",
        ))
        .unwrap();
        assert_eq!(log.train[0].loss, Some(2.5));
        assert_eq!(log.train[0].lr, None);
        assert_eq!(log.eval[0].metrics.keys().collect::<Vec<_>>(), ["a"]);
    }

    /// A training step that does not follow the previous one starts over:
    /// the earlier rows (training and evaluation) of that step or later are
    /// left out, with a note naming the line; rows in order give no note.
    #[test]
    fn a_step_going_back_supersedes_the_rows_from_that_step_on() {
        let train = |s: u64, loss: f64| format!(r#"{{"step": {s}, "task": "t", "loss": {loss}}}"#);
        let eval = |s: u64| format!(r#"{{"step": {s}, "split": "val", "metrics": {{"m": {s}}}}}"#);
        let text = [
            train(1, 1.0),
            train(2, 2.0),
            eval(2),
            train(3, 3.0),
            eval(3),
            train(2, 20.0),
            train(3, 30.0),
        ]
        .join("\n");
        let log = parse(&text).unwrap();
        let steps: Vec<_> = log.train.iter().map(|r| (r.step, r.loss)).collect();
        assert_eq!(steps, [(1, Some(1.0)), (2, Some(20.0)), (3, Some(30.0))]);
        assert!(log.eval.is_empty());
        assert_eq!(log.notes.len(), 1);
        assert!(
            log.notes[0].starts_with("log.jsonl:6: step 2 follows step 3; the 4 earlier row(s)"),
            "{}",
            log.notes[0]
        );
        let ordered = [train(1, 1.0), eval(1), train(2, 2.0)].join("\n");
        let log = parse(&ordered).unwrap();
        assert!(log.notes.is_empty() && log.eval.len() == 1 && log.train.len() == 2);
    }

    /// The last line of a log being written (no newline yet, not whole
    /// JSON) is left out with a note; the same line with its newline, or a
    /// whole last row without one, is read as ever.
    #[test]
    fn a_last_line_still_being_written_is_left_out() {
        let text = "{\"step\": 1, \"task\": \"t\", \"loss\": 1}\n{\"step\": 2, \"ta";
        let log = parse(text).unwrap();
        assert_eq!(log.train.len(), 1);
        assert_eq!(
            log.notes,
            ["log.jsonl:2: left out a last line still being written"]
        );
        let whole = "{\"step\": 1, \"task\": \"t\", \"loss\": 1}";
        assert!(parse(whole).unwrap().notes.is_empty());
        assert!(parse(&format!("{text}\n")).is_err());
    }

    #[test]
    fn bad_rows_name_the_line() {
        for (text, want) in [
            (
                "{\"step\": 1, \"task\": \"t\", \"loss\": 1}\n{\n",
                "log.jsonl:2: not valid JSON",
            ),
            (
                "{\"step\": 1, \"task\": \"t\", \"loss\": 1}\n{\n{\"step\": 2",
                "log.jsonl:2: not valid JSON",
            ),
            (
                "{\"step\": 1, \"loss\": 1}",
                "log.jsonl:1: \"task\" is missing",
            ),
            ("[1]", "log.jsonl:1: expected a JSON object"),
            (
                "{\"step\": -1, \"task\": \"t\", \"loss\": 1}",
                "\"step\" must be",
            ),
            (
                "{\"step\": 1, \"split\": \"a/b\", \"metrics\": {}}",
                "cannot name a file",
            ),
            (
                "{\"step\": 1, \"split\": \"v\", \"metrics\": {\"m\": \"x\"}}",
                "\"m\" must be",
            ),
            ("{\"step\": 1}", "neither a training row"),
            ("\n  \n", "no training or evaluation rows"),
        ] {
            let err = parse(text).unwrap_err().to_string();
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }
}
