//! Evaluation metrics of the reference (§6), on generated strings.
//!
//! Post-processing first: classification metrics read predictions and
//! targets as integers (`int(s)`, invalid → −1; when the targets are not all
//! integers, as for a user task with text labels, a prediction is the index
//! of the target string it equals, else −1); Pearson and Spearman read floats
//! (`float(s)`, invalid → −1); BLEU reads text. Every metric is ×100, and a
//! NaN correlation (constant input) counts as 0.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    Accuracy,
    /// Binary F1 of class 1; a prediction that is neither 0 nor 1 counts as wrong.
    F1,
    MatthewsCorrelation,
    Pearson,
    Spearman,
    /// Corpus BLEU as sacrebleu's default (13a tokenization, exp smoothing).
    Bleu,
}

impl std::str::FromStr for Metric {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "accuracy" | "acc" => Metric::Accuracy,
            "f1" => Metric::F1,
            "matthews_corrcoef" | "mcc" => Metric::MatthewsCorrelation,
            "pearson" | "pearson_corrcoef" => Metric::Pearson,
            "spearman" | "spearmanr" | "spearman_corrcoef" => Metric::Spearman,
            "bleu" => Metric::Bleu,
            other => {
                return Err(format!(
                    "unknown metric '{other}' (known: accuracy, f1, matthews_corrcoef, pearson, spearman, bleu)"
                ))
            }
        })
    }
}

impl Metric {
    /// The reference's key for the metric in `{task}_{split}_{key}`.
    pub fn key(self) -> &'static str {
        match self {
            Metric::Accuracy => "acc",
            Metric::F1 => "f1",
            Metric::MatthewsCorrelation => "mcc",
            Metric::Pearson => "pearson",
            Metric::Spearman => "spearmanr",
            Metric::Bleu => "bleu",
        }
    }

    /// The metric of predicted strings against target strings.
    pub fn compute(self, predictions: &[String], targets: &[String]) -> f64 {
        match self {
            Metric::Accuracy => {
                let (p, t) = class_ids(predictions, targets);
                accuracy(&p, &t)
            }
            Metric::F1 => {
                let (p, t) = class_ids(predictions, targets);
                f1_with_invalid(&p, &t)
            }
            Metric::MatthewsCorrelation => {
                let (p, t) = class_ids(predictions, targets);
                matthews_corrcoef(&p, &t)
            }
            Metric::Pearson => pearson(&floats(targets), &floats(predictions)),
            Metric::Spearman => spearman(&floats(targets), &floats(predictions)),
            Metric::Bleu => corpus_bleu(predictions, targets),
        }
    }
}

/// `int(s)`, or −1.
pub fn string_to_int(s: &str) -> i64 {
    s.trim().parse().unwrap_or(-1)
}

/// `float(s)`, or −1.
pub fn string_to_float(s: &str) -> f64 {
    s.trim().parse().unwrap_or(-1.0)
}

fn floats(v: &[String]) -> Vec<f64> {
    v.iter().map(|s| string_to_float(s)).collect()
}

/// Predictions and targets as class ids (see the module doc).
pub fn class_ids(predictions: &[String], targets: &[String]) -> (Vec<i64>, Vec<i64>) {
    if targets.iter().all(|t| t.trim().parse::<i64>().is_ok()) {
        let f = |v: &[String]| v.iter().map(|s| string_to_int(s)).collect();
        return (f(predictions), f(targets));
    }
    let mut index: HashMap<&str, i64> = HashMap::new();
    for t in targets {
        let next = index.len() as i64;
        index.entry(t.trim()).or_insert(next);
    }
    let id = |s: &String| index.get(s.trim()).copied().unwrap_or(-1);
    (
        predictions.iter().map(id).collect(),
        targets.iter().map(id).collect(),
    )
}

/// 100 · mean(prediction == target); 0 for no examples.
pub fn accuracy(p: &[i64], t: &[i64]) -> f64 {
    if t.is_empty() {
        return 0.0;
    }
    100.0 * p.iter().zip(t).filter(|(a, b)| a == b).count() as f64 / t.len() as f64
}

/// 100 · F1 of class 1, where an invalid prediction (not 0 or 1) is replaced
/// by `1 − target` (so it is always wrong), as the reference does.
pub fn f1_with_invalid(p: &[i64], t: &[i64]) -> f64 {
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    for (&pi, &ti) in p.iter().zip(t) {
        let pi = if pi == 0 || pi == 1 {
            pi
        } else {
            1i64.wrapping_sub(ti)
        };
        match (pi == 1, ti == 1) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fneg += 1,
            (false, false) => {}
        }
    }
    let denom = 2 * tp + fp + fneg;
    if denom == 0 {
        0.0
    } else {
        100.0 * 2.0 * tp as f64 / denom as f64
    }
}

/// 100 · Matthews correlation over any number of classes (scikit-learn's
/// multiclass formula); 0 when undefined.
pub fn matthews_corrcoef(p: &[i64], t: &[i64]) -> f64 {
    let s = t.len() as f64;
    let c = p.iter().zip(t).filter(|(a, b)| a == b).count() as f64;
    let mut pk: BTreeMap<i64, f64> = BTreeMap::new();
    let mut tk: BTreeMap<i64, f64> = BTreeMap::new();
    for (&a, &b) in p.iter().zip(t) {
        *pk.entry(a).or_default() += 1.0;
        *tk.entry(b).or_default() += 1.0;
    }
    let pt: f64 = pk
        .iter()
        .map(|(k, v)| v * tk.get(k).copied().unwrap_or(0.0))
        .sum();
    let pp: f64 = pk.values().map(|v| v * v).sum();
    let tt: f64 = tk.values().map(|v| v * v).sum();
    let denom = ((s * s - pp) * (s * s - tt)).sqrt();
    if denom == 0.0 || denom.is_nan() {
        0.0
    } else {
        100.0 * (c * s - pt) / denom
    }
}

/// 100 · Pearson correlation; 0 when undefined (NaN).
pub fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    let r = sxy / (sxx * syy).sqrt();
    if r.is_nan() {
        0.0
    } else {
        100.0 * r.clamp(-1.0, 1.0)
    }
}

/// 100 · Spearman correlation (Pearson of average ranks); 0 when undefined.
pub fn spearman(x: &[f64], y: &[f64]) -> f64 {
    pearson(&ranks(x), &ranks(y))
}

/// 1-based ranks, ties sharing their average rank.
fn ranks(v: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..v.len()).collect();
    order.sort_by(|&a, &b| v[a].total_cmp(&v[b]));
    let mut r = vec![0.0; v.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && v[order[j + 1]] == v[order[i]] {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            r[k] = avg;
        }
        i = j + 1;
    }
    r
}

/// The key an evaluation reports a task's `metric` under (`trec_val_acc`;
/// the evaluation loss is the metric `loss`).
pub fn metric_key(task: &str, split: &str, metric: &str) -> String {
    format!("{task}_{split}_{metric}")
}

/// Per-task metric keys `{task}_{split}_{key}`.
pub fn task_metrics(
    task: &str,
    split: &str,
    metrics: &[Metric],
    predictions: &[String],
    targets: &[String],
) -> BTreeMap<String, f64> {
    metrics
        .iter()
        .map(|m| {
            (
                metric_key(task, split, m.key()),
                m.compute(predictions, targets),
            )
        })
        .collect()
}

/// The unweighted mean of all metric values (the reference's `average_metrics`).
pub fn average_metrics(all: &BTreeMap<String, f64>) -> f64 {
    if all.is_empty() {
        0.0
    } else {
        all.values().sum::<f64>() / all.len() as f64
    }
}

// ---- BLEU ----

/// sacrebleu's `13a` tokenizer (mteval-v13a).
pub fn tokenize_13a(line: &str) -> String {
    let mut line = line
        .replace("<skipped>", "")
        .replace("-\n", "")
        .replace('\n', " ");
    if line.contains('&') {
        line = line
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
    }
    let line = format!(" {line} ");
    // ([\{-\~\[-\` -\&\(-\+\:-\@\/]) -> ' \1 '
    let mut s = String::with_capacity(line.len() * 2);
    for c in line.chars() {
        if matches!(c, '{'..='~' | '['..='`' | ' '..='&' | '('..='+' | ':'..='@' | '/') {
            s.push(' ');
            s.push(c);
            s.push(' ');
        } else {
            s.push(c);
        }
    }
    let digit = |c: char| c.is_ascii_digit();
    let dot = |c: char| c == '.' || c == ',';
    // ([^0-9])([\.,]) -> '\1 \2 '
    let s = sub2(&s, |a| !digit(a), dot, |a, b| format!("{a} {b} "));
    // ([\.,])([^0-9]) -> ' \1 \2'
    let s = sub2(&s, dot, |b| !digit(b), |a, b| format!(" {a} {b}"));
    // ([0-9])(-) -> '\1 \2 '
    let s = sub2(&s, digit, |b| b == '-', |a, b| format!("{a} {b} "));
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `re.sub` for a two-character pattern: leftmost, non-overlapping matches.
fn sub2(
    s: &str,
    p1: impl Fn(char) -> bool,
    p2: impl Fn(char) -> bool,
    rep: impl Fn(char, char) -> String,
) -> String {
    let c: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < c.len() {
        if i + 1 < c.len() && p1(c[i]) && p2(c[i + 1]) {
            out.push_str(&rep(c[i], c[i + 1]));
            i += 2;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

fn ngram_counts(tokens: &[&str], n: usize) -> HashMap<Vec<String>, usize> {
    let mut m = HashMap::new();
    if tokens.len() >= n {
        for w in tokens.windows(n) {
            *m.entry(w.iter().map(|s| s.to_string()).collect())
                .or_insert(0) += 1;
        }
    }
    m
}

/// Corpus BLEU with one reference per hypothesis, as `sacrebleu.corpus_bleu`
/// with its defaults (13a, `exp` smoothing, 4-grams, no effective order).
pub fn corpus_bleu(hypotheses: &[String], references: &[String]) -> f64 {
    let (mut correct, mut total) = ([0usize; 4], [0usize; 4]);
    let (mut sys_len, mut ref_len) = (0usize, 0usize);
    for (h, r) in hypotheses.iter().zip(references) {
        let (h, r) = (tokenize_13a(h), tokenize_13a(r));
        let ht: Vec<&str> = h.split(' ').filter(|s| !s.is_empty()).collect();
        let rt: Vec<&str> = r.split(' ').filter(|s| !s.is_empty()).collect();
        sys_len += ht.len();
        ref_len += rt.len();
        for n in 1..=4 {
            let (hc, rc) = (ngram_counts(&ht, n), ngram_counts(&rt, n));
            total[n - 1] += ht.len().saturating_sub(n - 1);
            correct[n - 1] += hc
                .iter()
                .map(|(g, &c)| c.min(rc.get(g).copied().unwrap_or(0)))
                .sum::<usize>();
        }
    }
    if correct.iter().all(|&c| c == 0) {
        return 0.0;
    }
    let mut precisions = [0.0f64; 4];
    let mut smooth = 1.0;
    for n in 0..4 {
        if total[n] == 0 {
            break;
        }
        precisions[n] = if correct[n] == 0 {
            smooth *= 2.0;
            100.0 / (smooth * total[n] as f64)
        } else {
            100.0 * correct[n] as f64 / total[n] as f64
        };
    }
    let bp = if sys_len < ref_len {
        if sys_len > 0 {
            (1.0 - ref_len as f64 / sys_len as f64).exp()
        } else {
            0.0
        }
    } else {
        1.0
    };
    let log = |p: f64| if p == 0.0 { -9_999_999_999.0 } else { p.ln() };
    bp * (precisions.iter().map(|&p| log(p)).sum::<f64>() / 4.0).exp()
}
