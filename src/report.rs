//! `ruse report`: a training run's `train_log.jsonl` as SVG charts. A
//! [`Chart`] renders itself as SVG 1.1 text (`chart.rs`, with round ticks and
//! number labels from `axis.rs`).

mod axis;
mod chart;

pub use axis::{compact, Axis};
pub use chart::{Chart, Series, Style};
