//! Series to charts (loss, learning rate, evaluation metrics) and the text
//! summary of a log.

use std::collections::BTreeMap;

use super::axis::compact;
use super::chart::{Chart, Series, Style};
use super::{eval_series, loss_series, median, throughput_points, Log, LossSeries};
use crate::train::eval::format_metric;

/// The metric drawn emphasised: the unweighted mean of the task metrics.
const AVERAGE: &str = "average_metrics";
const AVERAGE_LOSS: &str = crate::train::eval::AVERAGE_LOSS;
/// Series colours; a second round through them is dashed.
const PALETTE: [&str; 10] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf",
];

/// The style of the i-th series of a chart.
fn style(i: usize, width: f64, opacity: f64, markers: bool, legend: bool) -> Style {
    Style {
        colour: PALETTE[i % PALETTE.len()].to_string(),
        width,
        opacity,
        dash: (i >= PALETTE.len()).then(|| "6 3".to_string()),
        markers,
        legend,
    }
}

fn xy(points: &[(u64, f64)]) -> Vec<(f64, f64)> {
    points.iter().map(|&(s, v)| (s as f64, v)).collect()
}

fn zip(steps: &[u64], values: &[f64]) -> Vec<(f64, f64)> {
    steps
        .iter()
        .zip(values)
        .map(|(&s, &v)| (s as f64, v))
        .collect()
}

fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// Per task, its raw loss faint (series `<task> (raw)`, no legend entry) and
/// its moving average as a line (series `<task>`), in the same colour; every
/// raw series is drawn first, so no faint line covers a moving average.
pub fn loss_chart(series: &[LossSeries], window: usize) -> Chart {
    let raw = series.iter().enumerate().map(|(i, s)| Series {
        name: format!("{} (raw)", s.task),
        points: zip(&s.steps, &s.raw),
        style: style(i, 1.0, 0.25, false, false),
    });
    let smoothed = series.iter().enumerate().map(|(i, s)| Series {
        name: s.task.clone(),
        points: zip(&s.steps, &s.smoothed),
        style: style(i, 2.0, 1.0, false, true),
    });
    let out = raw.chain(smoothed).collect();
    Chart {
        title: "Training loss".into(),
        subtitle: Some(format!(
            "faint: every logged step; line: moving average over {} of each task",
            plural(window, "point")
        )),
        x_label: "step".into(),
        y_label: "loss".into(),
        integer_x: true,
        series: out,
    }
}

/// The learning rate over steps, one line.
pub fn lr_chart(points: &[(u64, f64)]) -> Chart {
    Chart {
        title: "Learning rate".into(),
        subtitle: None,
        x_label: "step".into(),
        y_label: "learning rate".into(),
        integer_x: true,
        series: vec![Series {
            name: "learning rate".into(),
            points: xy(points),
            style: style(0, 2.0, 1.0, false, true),
        }],
    }
}

/// Examples/s over steps, one line (the steps that compiled nothing).
pub fn throughput_chart(points: &[(u64, f64)]) -> Chart {
    Chart {
        title: "Training throughput".into(),
        subtitle: Some("examples/s of all replicas; steps that compiled a program left out".into()),
        x_label: "step".into(),
        y_label: "examples/s".into(),
        integer_x: true,
        series: vec![Series {
            name: "examples/s".into(),
            points: xy(points),
            style: style(0, 1.5, 1.0, false, true),
        }],
    }
}

/// Whether an evaluation key is a loss (`{task}_{split}_loss`), drawn on its
/// own chart and best when lowest.
pub fn is_loss(key: &str) -> bool {
    key.ends_with("_loss")
}

/// One line with markers per key of `metrics` that `keep` accepts, in key order.
fn marked_lines(
    metrics: &BTreeMap<String, Vec<(u64, f64)>>,
    keep: impl Fn(&str) -> bool,
) -> Vec<Series> {
    metrics
        .iter()
        .filter(|(k, _)| keep(k))
        .enumerate()
        .map(|(i, (k, p))| Series {
            name: k.clone(),
            points: xy(p),
            style: style(i, 1.5, 1.0, true, true),
        })
        .collect()
}

/// The lines of the keys `keep` accepts, then the line of `average` (if
/// there is one) last, thick and black.
fn lines_and_average(
    metrics: &BTreeMap<String, Vec<(u64, f64)>>,
    keep: impl Fn(&str) -> bool,
    average: &str,
) -> Vec<Series> {
    let mut out = marked_lines(metrics, |k| k != average && keep(k));
    if let Some(p) = metrics.get(average) {
        out.push(Series {
            name: average.into(),
            points: xy(p),
            style: Style {
                colour: "#000000".into(),
                ..style(0, 3.0, 1.0, true, true)
            },
        });
    }
    out
}

/// One line with markers per metric key, losses left out; `average_metrics`
/// last, thick and black.
pub fn eval_chart(split: &str, metrics: &BTreeMap<String, Vec<(u64, f64)>>) -> Chart {
    let out = lines_and_average(metrics, |k| !is_loss(k), AVERAGE);
    Chart {
        title: format!("Evaluation ({split})"),
        subtitle: metrics
            .contains_key(AVERAGE)
            .then(|| format!("{AVERAGE} (black, thick) is the mean of the task metrics")),
        x_label: "step".into(),
        y_label: "metric".into(),
        integer_x: true,
        series: out,
    }
}

/// One line with markers per task's evaluation loss (`{task}_{split}_loss`),
/// `average_loss` last, thick and black; `None` when the split has none.
pub fn eval_loss_chart(split: &str, metrics: &BTreeMap<String, Vec<(u64, f64)>>) -> Option<Chart> {
    let series = lines_and_average(metrics, is_loss, AVERAGE_LOSS);
    let subtitle = if metrics.contains_key(AVERAGE_LOSS) {
        format!("each task's training loss on the split, without dropout; {AVERAGE_LOSS} (black, thick) is their mean")
    } else {
        "each task's training loss on the split, without dropout".into()
    };
    (!series.is_empty()).then(|| Chart {
        title: format!("Evaluation loss ({split})"),
        subtitle: Some(subtitle),
        x_label: "step".into(),
        y_label: "loss".into(),
        integer_x: true,
        series,
    })
}

/// The last and the best (highest, or lowest when `lowest`; the earliest on
/// ties) point of a series.
fn last_and_best(points: &[(u64, f64)], lowest: bool) -> Option<((u64, f64), (u64, f64))> {
    let last = *points.last()?;
    let better = |p: f64, b: f64| if lowest { p < b } else { p > b };
    let best = points
        .iter()
        .copied()
        .fold(points[0], |b, p| if better(p.1, b.1) { p } else { b });
    Some((last, best))
}

/// What the charts show, as text: each task's final smoothed loss, the
/// median throughput, and per split the last and best value of every metric,
/// with their steps.
pub fn summary(log: &Log, window: usize) -> String {
    let mut out = Vec::new();
    let loss = loss_series(log, window);
    if !loss.is_empty() {
        out.push(format!(
            "loss (moving average over {}), at each task's last step:",
            plural(window, "point")
        ));
        let w = loss.iter().map(|s| s.task.chars().count()).max();
        let w = w.unwrap_or(0);
        for s in &loss {
            if let (Some(step), Some(v)) = (s.steps.last(), s.smoothed.last()) {
                // As `ruse train` writes a loss: 4 decimals (huge ones compactly).
                let v = if v.abs() < 1e6 {
                    format!("{v:.4}")
                } else {
                    compact(*v)
                };
                out.push(format!("  {:<w$}  {v} at step {step}", s.task));
            }
        }
    }
    let rates: Vec<f64> = throughput_points(log).iter().map(|p| p.1).collect();
    if let Some(m) = median(&rates) {
        out.push(format!(
            "throughput: median {} examples/s over {} that compiled nothing",
            compact(m),
            plural(rates.len(), "step")
        ));
    }
    for (split, metrics) in eval_series(log) {
        out.push(format!(
            "eval ({split}): last, and best (highest; for losses lowest)"
        ));
        let w = metrics.keys().map(|k| k.chars().count()).max();
        let w = w.unwrap_or(0);
        // The chart's order: average_metrics last.
        let (avg, rest): (Vec<_>, Vec<_>) = metrics.iter().partition(|(k, _)| *k == AVERAGE);
        for (key, points) in rest.into_iter().chain(avg) {
            if let Some(((ls, lv), (bs, bv))) = last_and_best(points, is_loss(key)) {
                out.push(format!(
                    "  {key:<w$}  {} at step {ls}; best {} at step {bs}",
                    format_metric(key, lv),
                    format_metric(key, bv)
                ));
            }
        }
    }
    if out.is_empty() {
        out.push(
            "nothing to summarize: the log has no finite loss, throughput or evaluation metric"
                .into(),
        );
    }
    out.join("\n") + "\n"
}
