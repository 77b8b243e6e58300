//! Readers for the table formats tasks come in: tab-separated (GLUE; no
//! quoting, as GLUE's own loaders read it), comma-separated (RFC 4180: quoted
//! fields may hold commas, doubled quotes and newlines) and JSON lines (one
//! object per line, as HF datasets exports). Every reader returns records with
//! the line they start on, so a bad row is reported as `file:line`.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::error::{Error, Result};

/// One row: the 1-based line it starts on, and its fields by column name.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub line: usize,
    pub fields: HashMap<String, String>,
}

impl Record {
    /// The first of `names` that this record has.
    pub fn get(&self, names: &[&str]) -> Option<&str> {
        names
            .iter()
            .find_map(|n| self.fields.get(*n).map(String::as_str))
    }
}

/// What to do with a malformed row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BadRows {
    /// Stop with an error naming the file and line.
    #[default]
    Error,
    /// Skip it and count it.
    Skip,
}

/// The records of a file and the number of malformed rows skipped.
#[derive(Clone, Debug, Default)]
pub struct Records {
    pub records: Vec<Record>,
    pub skipped: usize,
}

/// The file formats a table can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Tsv,
    Csv,
    Jsonl,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "tsv" => Ok(Format::Tsv),
            "csv" => Ok(Format::Csv),
            "jsonl" | "json" => Ok(Format::Jsonl),
            other => Err(format!(
                "unknown format '{other}' (expected csv, tsv or jsonl)"
            )),
        }
    }
}

/// A malformed-row error: `file:line: reason`.
pub fn row_error(path: &Path, line: usize, reason: impl Into<String>) -> Error {
    Error::File {
        path: format!("{}:{line}", path.display()),
        reason: reason.into(),
    }
}

/// Reads a whole file as UTF-8 (a leading byte-order mark is dropped);
/// invalid UTF-8 is reported with its line.
pub fn read_text(path: &Path) -> Result<String> {
    match String::from_utf8(read_bytes(path)?) {
        Ok(s) => Ok(s.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(s)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
            Err(row_error(path, line, "not valid UTF-8"))
        }
    }
}

fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::File {
        path: path.display().to_string(),
        reason: format!("cannot read: {e}"),
    })
}

/// Reads a file of one record per line as UTF-8. With `BadRows::Skip` a line
/// that is not valid UTF-8 becomes an empty line (so later lines keep their
/// numbers) and is counted in the second value; otherwise it is the error of
/// `read_text`. A header line (`header`) cannot be skipped: the next line
/// would silently take its place.
pub fn read_line_text(path: &Path, bad: BadRows, header: bool) -> Result<(String, usize)> {
    if bad == BadRows::Error {
        return Ok((read_text(path)?, 0));
    }
    let bytes = read_bytes(path)?;
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    let mut skipped = 0;
    let mut lines = Vec::new();
    for (i, l) in bytes.split(|&b| b == b'\n').enumerate() {
        match std::str::from_utf8(l) {
            Ok(l) => lines.push(l),
            Err(_) if header && i == 0 => {
                return Err(row_error(path, 1, "the header row is not valid UTF-8"))
            }
            Err(_) => {
                skipped += 1;
                lines.push("");
            }
        }
    }
    Ok((lines.join("\n"), skipped))
}

/// Reads a table. `columns` names the columns of a file without a header
/// row; `None` takes them from the first row (not used for JSON lines).
pub fn read(
    path: &Path,
    format: Format,
    columns: Option<&[&str]>,
    bad: BadRows,
) -> Result<Records> {
    // A CSV row may span lines, so only the line-oriented formats can drop an
    // undecodable line and go on.
    let (mut records, undecodable) = match format {
        Format::Jsonl => {
            let (text, undecodable) = read_line_text(path, bad, false)?;
            (jsonl(path, &text, bad)?, undecodable)
        }
        Format::Tsv => {
            let (text, undecodable) = read_line_text(path, bad, columns.is_none())?;
            (table(path, tsv_rows(&text), columns, bad)?, undecodable)
        }
        Format::Csv => {
            let text = read_text(path)?;
            (table(path, csv_rows(path, &text)?, columns, bad)?, 0)
        }
    };
    records.skipped += undecodable;
    Ok(records)
}

/// Tab-separated rows with their line numbers; blank lines are dropped.
fn tsv_rows(text: &str) -> Vec<(usize, Vec<String>)> {
    text.split('\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i, l.split('\t').map(str::to_string).collect()))
        .collect()
}

/// RFC 4180 rows with the line each starts on; blank lines are dropped.
/// An unterminated quoted field is an error at the line where it opens, and
/// text after the closing quote of a field that spans lines (`"a⏎…"b`) an
/// error at its line naming the line the field opened on: the usual sign of
/// a quote left open earlier, whose field has swallowed the lines up to the
/// next quote, so that the rows can no longer be told apart. On one line
/// (`"a"b`) the text is kept (`ab`, as Python's csv reads it), and a row
/// that comes out with the wrong field count is a malformed row.
pub fn csv_rows(path: &Path, text: &str) -> Result<Vec<(usize, Vec<String>)>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let (mut line, mut start, mut quote_line) = (1usize, 1usize, 0usize);
    let (mut quoted, mut any) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    if let Some(&next) = chars.peek() {
                        if quote_line < line && !matches!(next, ',' | '\n' | '\r') {
                            return Err(row_error(
                                path,
                                line,
                                format!(
                                    "text after the closing quote of a field opened on line \
                                     {quote_line} (a quote inside a quoted field is written \"\"; \
                                     a quote left open earlier swallows the lines up to the next one)"
                                ),
                            ));
                        }
                    }
                }
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                quote_line = line;
                any = true;
            }
            ',' => {
                row.push(std::mem::take(&mut field));
                any = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                if any || row.iter().any(|f| !f.is_empty()) {
                    rows.push((start, std::mem::take(&mut row)));
                }
                row.clear();
                any = false;
                line += 1;
                start = line;
            }
            _ => {
                field.push(c);
                any = true;
            }
        }
    }
    if quoted {
        return Err(row_error(
            path,
            quote_line,
            "a quoted field is never closed",
        ));
    }
    if any || !field.is_empty() {
        row.push(field);
        rows.push((start, row));
    }
    Ok(rows)
}

/// Pairs rows with column names; a row with another number of fields is malformed.
fn table(
    path: &Path,
    mut rows: Vec<(usize, Vec<String>)>,
    columns: Option<&[&str]>,
    bad: BadRows,
) -> Result<Records> {
    let header: Vec<String> = match columns {
        Some(c) => c.iter().map(|s| s.to_string()).collect(),
        None if rows.is_empty() => return Ok(Records::default()),
        None => rows.remove(0).1,
    };
    let mut out = Records::default();
    for (line, values) in rows {
        if values.len() != header.len() {
            if bad == BadRows::Skip {
                out.skipped += 1;
                continue;
            }
            return Err(row_error(
                path,
                line,
                format!(
                    "expected {} fields ({}), found {}",
                    header.len(),
                    header.join(", "),
                    values.len()
                ),
            ));
        }
        let fields = header.iter().cloned().zip(values).collect();
        out.records.push(Record { line, fields });
    }
    Ok(out)
}

/// The nested values of `v` as columns `key.field` and `key.0`, at every
/// depth (HF exports keep `translation: {"en": …}` and `endings: […]`).
fn flatten(key: &str, v: &Value, out: &mut HashMap<String, String>) {
    let mut put = |k: String, v: &Value| {
        flatten(&k, v, out);
        let s = match v {
            Value::Null => return,
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        out.insert(k, s);
    };
    match v {
        Value::Object(m) => m.iter().for_each(|(f, x)| put(format!("{key}.{f}"), x)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| put(format!("{key}.{i}"), x)),
        _ => {}
    }
}

/// JSON lines: every non-blank line one object; values that are not strings
/// are kept as their JSON text (`true`, `3`, `0.5`), and a null is a missing
/// field.
fn jsonl(path: &Path, text: &str, bad: BadRows) -> Result<Records> {
    let mut out = Records::default();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(l) {
            Ok(Value::Object(map)) => {
                let mut fields = HashMap::new();
                for (k, v) in map {
                    flatten(&k, &v, &mut fields);
                    let v = match v {
                        // A null is no value: the field reads as missing.
                        Value::Null => continue,
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    fields.insert(k, v);
                }
                out.records.push(Record {
                    line: i + 1,
                    fields,
                });
            }
            Ok(_) if bad == BadRows::Skip => out.skipped += 1,
            Err(_) if bad == BadRows::Skip => out.skipped += 1,
            Ok(_) => return Err(row_error(path, i + 1, "a JSON line must be an object")),
            Err(e) => return Err(row_error(path, i + 1, format!("not valid JSON: {e}"))),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undecodable_lines_are_blanked_and_counted_only_when_skipping() {
        let dir = std::env::temp_dir().join(format!("ruse-readers-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("x.tsv");
        std::fs::write(&path, b"a\tb\nfine\t0\nbad \xff\t1\nok\t1\n").unwrap();
        let err = read_line_text(&path, BadRows::Error, true).unwrap_err();
        assert!(err.to_string().contains("x.tsv:3"), "{err}");
        let (text, skipped) = read_line_text(&path, BadRows::Skip, true).unwrap();
        assert_eq!(skipped, 1);
        // Later lines keep their numbers.
        assert_eq!(text.split('\n').nth(3), Some("ok\t1"));
        let recs = read(&path, Format::Tsv, None, BadRows::Skip).unwrap();
        assert_eq!((recs.records.len(), recs.skipped), (2, 1));
        // A header that cannot be read is an error even when skipping.
        std::fs::write(&path, b"a\xff\tb\nfine\t0\n").unwrap();
        let err = read_line_text(&path, BadRows::Skip, true).unwrap_err();
        assert!(
            err.to_string().contains("x.tsv:1") && err.to_string().contains("header"),
            "{err}"
        );
        // CSV rows may span lines: undecodable bytes stay an error there.
        std::fs::write(&path, b"a,b\nbad \xff,1\n").unwrap();
        assert!(read(&path, Format::Csv, None, BadRows::Skip).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A JSON null is a missing field (the task's reader then names the
    /// line), never the text "null"; nested nulls too.
    #[test]
    fn json_nulls_are_missing_fields() {
        let dir = std::env::temp_dir().join(format!("ruse-readers-null-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("x.jsonl");
        std::fs::write(
            &path,
            "{\"text\": null, \"label\": 1, \"t\": {\"en\": null, \"de\": \"x\"}}\n",
        )
        .unwrap();
        let recs = read(&path, Format::Jsonl, None, BadRows::Error).unwrap();
        let fields = &recs.records[0].fields;
        assert!(
            !fields.contains_key("text") && !fields.contains_key("t.en"),
            "{fields:?}"
        );
        assert_eq!(fields.get("label").map(String::as_str), Some("1"));
        assert_eq!(fields.get("t.de").map(String::as_str), Some("x"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
