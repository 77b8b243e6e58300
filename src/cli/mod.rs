//! The `ruse` command line. Each subcommand lives in its own file.

mod cache;
mod compile;
mod data;
mod devices;
mod eval;
mod output;
mod params;
mod predict;
mod report;
mod task_embeddings;
mod train;

pub use train::interrupt::{Interrupted, EXIT_STATUS as INTERRUPTED_EXIT_STATUS};

pub(crate) use output::{
    cache_counts, eval_bar, obtained, print_out, progress_bar, report_compile_cache, say, show_eval,
};

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::runtime::{Client, ClientOptions, CreateOption, DeviceKind};

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
    /// Build and compile every per-task program; write StableHLO, XLA HLO and a summary.
    Compile(compile::CompileArgs),
    /// Task embeddings from data: the mean encoder state over each task's examples (.npy).
    TaskEmbeddings(task_embeddings::TaskEmbeddingsArgs),
    /// Evaluate a checkpoint on the config's eval tasks (generation and metrics).
    Eval(eval::EvalArgs),
    /// Generate from a trained model (or score a target with --target).
    Predict(predict::PredictArgs),
    /// Plot a run's train_log.jsonl as SVG charts (loss, learning rate, evaluation metrics) and summarize it.
    Report(report::ReportArgs),
    /// Show what the ruse cache holds; prune compiled programs and tokenized splits.
    Cache(cache::CacheArgs),
    /// Print a tab-completion script for SHELL (e.g. `ruse completions bash > ~/.local/share/bash-completion/completions/ruse`).
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, elvish, fish, powershell or zsh.
    #[arg(value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// The config argument and its overrides, shared by every command that reads
/// a run config.
#[derive(Debug, Clone, Args)]
pub struct ConfigArgs {
    /// The run's JSON config (reference key names).
    #[arg(value_name = "CONFIG")]
    pub path: PathBuf,
    /// Override config keys: --set key=value (repeatable; a value is read as
    /// JSON, else taken as a string).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
}

impl ConfigArgs {
    /// The config with the overrides applied, its warnings printed.
    pub fn load(&self) -> anyhow::Result<crate::config::Config> {
        load_config(&self.path, &self.set)
    }

    /// The directory the config's relative paths (data, task embeddings) are
    /// resolved against: the config file's own (empty for a
    /// file in the working directory).
    pub fn dir(&self) -> PathBuf {
        self.path.parent().map(PathBuf::from).unwrap_or_default()
    }
}

/// Options shared by every command that runs on devices.
#[derive(Debug, Clone, Args)]
pub struct DeviceArgs {
    /// Device kind: cpu, gpu or tpu.
    #[arg(long, default_value = "cpu", value_parser = parse_device)]
    pub device: DeviceKind,

    /// Number of replicas (data-parallel devices). On CPU this many virtual
    /// devices are created; on GPU/TPU at least this many must exist.
    #[arg(long, default_value_t = 1, value_parser = parse_replicas)]
    pub replicas: usize,

    /// Path of the PJRT plugin .so (default: RUSE_PJRT_PLUGIN, then discovery).
    #[arg(long, value_name = "PATH")]
    pub plugin: Option<PathBuf>,

    /// A client creation option of the plugin, NAME=VALUE (repeatable), e.g.
    /// the GPU plugin's preallocate=false, memory_fraction=0.5 or visible_devices=[0].
    /// VALUE true/false is a bool, an integer an int64, integers with commas or in
    /// brackets an int64 list, a decimal a float, anything else a string.
    #[arg(long = "plugin-option", value_name = "NAME=VALUE", value_parser = parse_plugin_option)]
    pub plugin_options: Vec<CreateOption>,

    /// Keep compiled programs in DIR and load them in later runs instead of
    /// compiling them again (entries are keyed by program, plugin build,
    /// devices and host CPU). `ruse compile` always compiles.
    #[arg(long, value_name = "DIR", env = "RUSE_COMPILE_CACHE")]
    pub compile_cache: Option<PathBuf>,
}

/// A count that must be at least 1 (`--replicas`).
pub fn parse_positive(s: &str) -> Result<usize, String> {
    parse_at_most(s, crate::config::MAX_EXTENT)
}

/// A whole number from 1 to `max` (a bound far above any real use, so that a
/// typo fails here rather than as a host allocation the size of the typo).
fn parse_at_most(s: &str, max: usize) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if (1..=max).contains(&n) => Ok(n),
        Ok(_) => Err(format!("must be between 1 and {max}")),
        Err(_) => Err(format!("'{s}' is not a whole number")),
    }
}

/// A replica count: at most 1024 (the CPU plugin creates that many virtual
/// devices; accelerators have far fewer per host).
pub fn parse_replicas(s: &str) -> Result<usize, String> {
    parse_at_most(s, 1024)
}

/// A generation length or beam count: at most 4096.
pub fn parse_generation(s: &str) -> Result<usize, String> {
    parse_at_most(s, 4096)
}

/// `NAME=VALUE` as a plugin creation option (see `DeviceArgs::plugin_options`).
pub fn parse_plugin_option(s: &str) -> Result<CreateOption, String> {
    let Some((name, value)) = s.split_once('=') else {
        return Err(format!("'{s}' is not NAME=VALUE"));
    };
    let name = name.trim();
    if name.is_empty() {
        return Err(format!("'{s}' has no option name before '='"));
    }
    if name == "cpu_device_count" {
        return Err("cpu_device_count is set by ruse from --replicas; use --replicas".into());
    }
    let name = name.to_string();
    let value = value.trim();
    let list = value
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .or_else(|| value.contains(',').then_some(value));
    if let Some(items) = list {
        let parsed: Result<Vec<i64>, _> = items
            .split(',')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::parse::<i64>)
            .collect();
        return match parsed {
            Ok(xs) => Ok(CreateOption::Int64List(name, xs)),
            Err(_) => Err(format!(
                "'{s}': a list value must be integers, e.g. {name}=0,1"
            )),
        };
    }
    Ok(match value {
        "true" => CreateOption::Bool(name, true),
        "false" => CreateOption::Bool(name, false),
        _ => {
            if let Ok(i) = value.parse::<i64>() {
                CreateOption::Int64(name, i)
            } else if let Some(f) = value.parse::<f32>().ok().filter(|f| f.is_finite()) {
                CreateOption::Float(name, f)
            } else {
                CreateOption::Str(name, value.to_string())
            }
        }
    })
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
            extra: self.plugin_options.clone(),
        }
    }

    /// The client of `client_options`, with the compile cache when one is
    /// asked for.
    pub fn client(&self) -> crate::Result<Client> {
        let client = Client::new(&self.client_options())?;
        match &self.compile_cache {
            Some(dir) => client.with_compile_cache(dir),
            None => Ok(client),
        }
    }

    /// Config choices that do not suit the device, as warnings.
    pub fn warnings_for(&self, run: &crate::config::Config) -> Vec<String> {
        let mut out = Vec::new();
        if run.bf16 && self.device == DeviceKind::Cpu {
            out.push(
                "bf16 on the CPU plugin is emulated (f32 kernels between conversions): programs compile \
                 several times slower and run no faster; it is meant for GPU/TPU (--set bf16=false)"
                    .to_string(),
            );
        }
        out
    }

    /// Refuses config choices the device cannot run (before anything is
    /// read or written) and prints `warnings_for` to stderr.
    pub fn check(&self, run: &crate::config::Config) -> crate::Result<()> {
        // The same check every program build makes, made once up front.
        crate::runtime::host_dot::check(run, self.device)?;
        for w in self.warnings_for(run) {
            note!("warning: {w}");
        }
        Ok(())
    }
}

impl Cli {
    /// Whether the command only prints (listings, counts, plots, a script):
    /// it takes the default SIGPIPE, so that `ruse data ... | head` ends
    /// quietly as other Unix tools do, where Rust's ignored SIGPIPE would make
    /// the next print panic. The jobs keep it ignored and print their results
    /// with [`print_out`], which outlives a reader that went away.
    pub fn ends_on_sigpipe(&self) -> bool {
        matches!(self.command, Command::Devices(_)) || self.device_args().is_none()
    }

    /// The device options of the command, if it runs on devices.
    pub fn device_args(&self) -> Option<&DeviceArgs> {
        match &self.command {
            Command::Devices(a) => Some(&a.device),
            Command::Train(a) => Some(&a.device),
            Command::Eval(a) => Some(&a.device),
            Command::Compile(a) => Some(&a.device),
            Command::TaskEmbeddings(a) => Some(&a.device),
            Command::Predict(a) => Some(&a.device),
            Command::Data(_)
            | Command::Params(_)
            | Command::Report(_)
            | Command::Cache(_)
            | Command::Completions(_) => None,
        }
    }
}

/// XLA flags ruse adds unless `XLA_FLAGS` already decides: on CPU with
/// several replicas, XNNPACK off. With it on, a replica that reaches an
/// all-reduce first holds one of the plugin's worker threads while the other
/// replica's XNNPACK kernels wait for one: on a 2-core machine a t5-small
/// step deadlocks until XLA aborts the all-reduce.
pub fn extra_xla_flags(device: &DeviceArgs, existing: &str) -> Option<String> {
    let multi_cpu = device.device == DeviceKind::Cpu && device.replicas > 1;
    (multi_cpu && !existing.contains("xla_cpu_use_xnnpack")).then(|| {
        format!("{existing} --xla_cpu_use_xnnpack=false")
            .trim()
            .to_string()
    })
}

/// The config file plus overrides, with warnings printed.
pub fn load_config(
    path: &std::path::Path,
    sets: &[String],
) -> anyhow::Result<crate::config::Config> {
    let loaded = crate::config::Config::load(path)?;
    let mut warnings = loaded.warnings;
    let over = loaded.config.with_overrides(sets)?;
    // Re-reading with the overrides repeats the checks' warnings: keep one each.
    for w in over.warnings {
        if !warnings.contains(&w) {
            warnings.push(w);
        }
    }
    for w in warnings {
        note!("warning: {w}");
    }
    Ok(over.config)
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Devices(args) => devices::run(&args),
        Command::Cache(args) => cache::run(&args),
        Command::Data(args) => data::run(&args),
        Command::Params(args) => params::run(&args),
        Command::Train(args) => train::run(&args),
        Command::Eval(args) => eval::run(&args),
        Command::Compile(args) => compile::run(&args),
        Command::TaskEmbeddings(args) => task_embeddings::run(&args),
        Command::Predict(args) => predict::run(&args),
        Command::Report(args) => report::run(&args),
        Command::Completions(args) => {
            use clap::CommandFactory;
            let mut out = std::io::stdout();
            clap_complete::generate(args.shell, &mut Cli::command(), "ruse", &mut out);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests;
