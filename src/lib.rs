//! ruse: parameter-efficient multi-task fine-tuning of T5 with adapters,
//! compiled through XLA via the PJRT C API.
//!
//! The pipeline, one folder per stage: `runtime` (PJRT plugins, clients,
//! buffers, replicated execution), `graph` (the typed IR), `autodiff`
//! (reverse mode as a graph transform), `emit` (StableHLO text), `model` (T5,
//! adapters, hypernetworks, checkpoints), `data` (tokenizer, tasks, sampler,
//! sharded iterator, metrics), `train` (step programs, optimizers, the
//! training loop, evaluation), then `report`, `cache_files`, `files` and the
//! `cli` commands on top.

/// `eprintln!` that never panics: where stderr's reader went away (`ruse
/// train ... 2>&1 | head`), the line is dropped and the job goes on to write
/// its checkpoints and results. Defined before the modules so that all of
/// them can use it.
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

pub mod autodiff;
pub mod cache_files;
pub mod cli;
pub mod config;
pub mod data;
pub mod emit;
pub mod error;
pub mod files;
pub mod graph;
pub mod model;
pub mod report;
pub mod runtime;
pub mod train;

pub use error::{Error, Result};
