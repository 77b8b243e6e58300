//! ruse: parameter-efficient multi-task fine-tuning of T5 with adapters,
//! compiled through XLA via the PJRT C API.
//!
//! The pipeline, one folder per stage: `runtime` (PJRT plugins, clients,
//! buffers, replicated execution). Later stages (graph IR, autodiff, StableHLO
//! emission, model, data, training) build on it.

pub mod autodiff;
pub mod cache_files;
pub mod cli;
pub mod config;
pub mod data;
pub mod emit;
pub mod error;
pub mod graph;
pub mod model;
pub mod report;
pub mod runtime;
pub mod train;

pub use error::{Error, Result};
