//! `ruse report`: a training run's `train_log.jsonl` as SVG charts and a short
//! text summary, in stages: the log is read into rows (`log.rs`: [`Log`]), rows
//! become series here (each task's loss and its moving average, the learning
//! rate, every evaluation metric per split), series become charts
//! (`render.rs`), and a [`Chart`] renders itself as SVG 1.1 text (`chart.rs`,
//! with round ticks and number labels from `axis.rs`).
//!
//! The log holds one JSON object per line, of two kinds (other keys are
//! ignored; null, NaN and infinite values are points left out):
//! - training: `{"step": 12, "task": "trec", "loss": 2.31, "lr": 0.001, ...}`;
//! - evaluation: `{"step": 100, "split": "val", "metrics": {"trec_val_accuracy": 81.2, ...}}`.

mod axis;
mod chart;
mod log;
mod render;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use axis::{compact, Axis};
pub use chart::{Chart, Series, Style};
pub use log::{EvalRow, Log, TrainRow, LOG_FILE};
pub use render::{
    eval_chart, eval_loss_chart, is_loss, loss_chart, lr_chart, summary, throughput_chart,
};

use crate::{Error, Result};

/// The moving-average window: `smooth`, else 1/50 of the training rows, at
/// least 1. A window of 0 is an error.
pub fn window(log: &Log, smooth: Option<usize>) -> Result<usize> {
    match smooth {
        Some(0) => Err(Error::invalid(
            "the moving-average window must be at least 1 point",
        )),
        Some(w) => Ok(w),
        None => Ok((log.train.len() / 50).max(1)),
    }
}

/// The median of `values` (the mean of the middle two for an even count), or
/// `None` for none.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some(0.5 * (v[n / 2 - 1] + v[n / 2])),
    }
}

/// Trailing moving average: point i is the mean of points `i+1-w ..= i`, of
/// fewer at the start, where the window is not yet full.
pub fn moving_average(values: &[f64], window: usize) -> Vec<f64> {
    let w = window.max(1);
    // Each window's mean taken afresh and incrementally (m += v/k − m/k, so
    // that huge values cannot overflow): a running sum would carry the
    // rounding error of values long out of the window, and a diverged 1e308
    // would cancel a later 1.5.
    (0..values.len())
        .map(|i| {
            let from = (i + 1).saturating_sub(w);
            values[from..=i]
                .iter()
                .enumerate()
                .fold(0.0, |m, (k, v)| m + v / (k + 1) as f64 - m / (k + 1) as f64)
        })
        .collect()
}

/// One task's training loss over steps, and its moving average.
#[derive(Debug, Clone, PartialEq)]
pub struct LossSeries {
    pub task: String,
    pub steps: Vec<u64>,
    pub raw: Vec<f64>,
    pub smoothed: Vec<f64>,
}

/// `(step, value)` points sorted by step (stable: file order within a step).
fn sorted(mut points: Vec<(u64, f64)>) -> Vec<(u64, f64)> {
    points.sort_by_key(|p| p.0);
    points
}

/// The loss of each task (by name), smoothed over `window` of its points.
pub fn loss_series(log: &Log, window: usize) -> Vec<LossSeries> {
    let mut by_task: BTreeMap<&str, Vec<(u64, f64)>> = BTreeMap::new();
    for r in &log.train {
        if let Some(loss) = r.loss {
            by_task.entry(&r.task).or_default().push((r.step, loss));
        }
    }
    by_task
        .into_iter()
        .map(|(task, points)| {
            let (steps, raw): (Vec<u64>, Vec<f64>) = sorted(points).into_iter().unzip();
            let smoothed = moving_average(&raw, window);
            LossSeries {
                task: task.to_string(),
                steps,
                raw,
                smoothed,
            }
        })
        .collect()
}

/// The learning rate over steps.
pub fn lr_points(log: &Log) -> Vec<(u64, f64)> {
    sorted(
        log.train
            .iter()
            .filter_map(|r| Some((r.step, r.lr?)))
            .collect(),
    )
}

/// Examples/s over steps, of the steps that compiled nothing (a compiling
/// step's time is mostly compilation, which would flatten the rest).
pub fn throughput_points(log: &Log) -> Vec<(u64, f64)> {
    sorted(
        log.train
            .iter()
            .filter(|r| !r.compiled)
            .filter_map(|r| Some((r.step, r.examples_per_s?)))
            .collect(),
    )
}

/// Each split's metrics over steps: split -> metric key -> points.
pub fn eval_series(log: &Log) -> BTreeMap<String, BTreeMap<String, Vec<(u64, f64)>>> {
    let mut out: BTreeMap<String, BTreeMap<String, Vec<(u64, f64)>>> = BTreeMap::new();
    for r in &log.eval {
        let split = out.entry(r.split.clone()).or_default();
        for (key, &v) in &r.metrics {
            split.entry(key.clone()).or_default().push((r.step, v));
        }
    }
    for metrics in out.values_mut() {
        for points in metrics.values_mut() {
            *points = sorted(std::mem::take(points));
        }
    }
    out
}

/// Every chart of the log, with its file name: `loss.svg` and `lr.svg` when
/// there are training rows, `throughput.svg` when they hold examples/s,
/// `eval_<split>.svg` per evaluated split and `eval_<split>_loss.svg` for
/// its tasks' losses.
pub fn charts(log: &Log, window: usize) -> Vec<(String, Chart)> {
    let mut out = Vec::new();
    let loss = loss_series(log, window);
    if !loss.is_empty() {
        out.push(("loss.svg".to_string(), loss_chart(&loss, window)));
    }
    let lr = lr_points(log);
    if !lr.is_empty() {
        out.push(("lr.svg".to_string(), lr_chart(&lr)));
    }
    let throughput = throughput_points(log);
    if !throughput.is_empty() {
        out.push(("throughput.svg".to_string(), throughput_chart(&throughput)));
    }
    for (split, metrics) in eval_series(log) {
        if metrics.keys().any(|k| !is_loss(k)) {
            out.push((format!("eval_{split}.svg"), eval_chart(&split, &metrics)));
        }
        if let Some(chart) = eval_loss_chart(&split, &metrics) {
            out.push((format!("eval_{split}_loss.svg"), chart));
        }
    }
    out
}

/// Writes the log's charts into `out` (created if needed); returns their paths.
pub fn write_charts(log: &Log, out: &Path, window: usize) -> Result<Vec<PathBuf>> {
    crate::files::create_dir(out)?;
    let mut paths = Vec::new();
    for (name, chart) in charts(log, window) {
        let path = out.join(name);
        std::fs::write(&path, chart.render())
            .map_err(|e| Error::file(&path, format!("cannot write: {e}")))?;
        paths.push(path);
    }
    Ok(paths)
}

/// Reads `output_dir/train_log.jsonl` and writes its charts into `out`, the
/// loss smoothed over `smooth` points (default [`window`]); returns the paths.
pub fn write_report(output_dir: &Path, out: &Path, smooth: Option<usize>) -> Result<Vec<PathBuf>> {
    let log = Log::read(&output_dir.join(LOG_FILE))?;
    write_charts(&log, out, window(&log, smooth)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Log> {
        Log::parse(Path::new("log.jsonl"), text)
    }

    #[test]
    fn the_default_window_is_a_fiftieth_of_the_rows() {
        let row = |s: usize| format!(r#"{{"step": {s}, "task": "t", "loss": 1}}"#);
        let log = parse(&(1..=120).map(row).collect::<Vec<_>>().join("\n")).unwrap();
        assert_eq!(window(&log, None).unwrap(), 2);
        assert_eq!(window(&log, Some(7)).unwrap(), 7);
        assert!(window(&log, Some(0)).is_err());
        let short = parse(&row(1)).unwrap();
        assert_eq!(window(&short, None).unwrap(), 1);
    }
}
