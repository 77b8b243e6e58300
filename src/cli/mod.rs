//! The `ruse` command line. Each subcommand lives in its own file.

mod data;
mod devices;
mod params;
mod train;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::runtime::{ClientOptions, DeviceKind};

#[derive(Debug, Parser)]
#[command(
    name = "ruse",
    version,
    about = "Parameter-efficient multi-task fine-tuning of T5 with adapters, compiled through XLA"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load the PJRT plugin and list its platform, API version and devices.
    Devices(devices::DevicesArgs),
    /// Show a config's task mixture and, with --steps, what each replica reads.
    Data(data::DataArgs),
    /// Count total, trainable and per-task trainable parameters of a config.
    Params(params::ParamsArgs),
    /// Train on the config's tasks (replicated data-parallel) and save the model.
    Train(train::TrainArgs),
}

/// Options shared by every command that runs on devices.
#[derive(Debug, Clone, Args)]
pub struct DeviceArgs {
    /// Device kind: cpu, gpu or tpu.
    #[arg(long, default_value = "cpu", value_parser = parse_device)]
    pub device: DeviceKind,

    /// Number of replicas (data-parallel devices). On CPU this many virtual
    /// devices are created; on GPU/TPU at least this many must exist.
    #[arg(long, default_value_t = 1)]
    pub replicas: usize,

    /// Path of the PJRT plugin .so (default: RUSE_PJRT_PLUGIN, then discovery).
    #[arg(long, value_name = "PATH")]
    pub plugin: Option<PathBuf>,
}

fn parse_device(s: &str) -> Result<DeviceKind, String> {
    s.parse().map_err(|e: crate::Error| e.to_string())
}

impl DeviceArgs {
    pub fn client_options(&self) -> ClientOptions {
        ClientOptions {
            device: self.device,
            plugin: self.plugin.clone(),
            cpu_device_count: (self.device == DeviceKind::Cpu).then_some(self.replicas),
            extra: Vec::new(),
        }
    }
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Devices(args) => devices::run(&args),
        Command::Data(args) => data::run(&args),
        Command::Params(args) => params::run(&args),
        Command::Train(args) => train::run(&args),
    }
}
