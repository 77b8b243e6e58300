//! `ruse train CONFIG`: trains on the config's tasks, replicated over the
//! devices, with a progress bar and a JSONL log, and saves the model.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};

use super::{load_config, DeviceArgs};
use crate::config::Config;
use crate::runtime::Client;
use crate::train::trainer::{StepReport, Trainer};

#[derive(Debug, Args)]
pub struct TrainArgs {
    /// The run's JSON config (reference key names).
    pub config: PathBuf,
    #[command(flatten)]
    pub device: DeviceArgs,
    /// Override config keys: --set key=value (repeatable; values are JSON, else strings).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
}

fn check_output_dir(run: &Config) -> Result<PathBuf> {
    let dir = PathBuf::from(&run.output_dir);
    let non_empty = std::fs::read_dir(&dir)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false);
    if non_empty && !run.overwrite_output_dir {
        bail!(
            "output_dir {} exists and is not empty; pass --set overwrite_output_dir=true to write over it",
            dir.display()
        );
    }
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("cannot create output_dir {}", dir.display()))?;
    Ok(dir)
}

fn progress(total: usize) -> ProgressBar {
    let pb = ProgressBar::new(total as u64);
    let style = ProgressStyle::with_template(
        "{bar:30} {pos}/{len} {msg} [{elapsed_precise} < {eta_precise}]",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    pb.set_style(style);
    pb
}

fn describe(r: &StepReport) -> String {
    format!(
        "task {} | loss {:.4} | lr {:.2e} | {:.1} ex/s",
        r.task, r.loss, r.lr, r.examples_per_s
    )
}

pub fn run(args: &TrainArgs) -> Result<()> {
    let run = load_config(&args.config, &args.set)?;
    if run.tasks.is_empty() {
        bail!("config key 'tasks' is empty: name at least one task");
    }
    let out = check_output_dir(&run)?;
    let client = Client::new(&args.device.client_options())?;
    let config_dir = args.config.parent().unwrap_or(Path::new(".")).to_path_buf();
    let replicas = args.device.replicas;
    let mut trainer = Trainer::new(run, &config_dir, client, replicas)?;
    let total = trainer.total_steps;
    eprintln!(
        "training {} task(s) for {total} steps on {replicas} {} replica(s), batch {} per replica",
        trainer.run.tasks.len(),
        args.device.device,
        trainer.run.per_device_train_batch_size
    );
    let log_path = out.join("train_log.jsonl");
    let mut log = std::fs::File::create(&log_path)
        .with_context(|| format!("cannot write {}", log_path.display()))?;
    let pb = progress(total);
    let start = Instant::now();
    let every = trainer.run.logging_steps.max(1);
    while trainer.step < total {
        let report = trainer.train_step()?;
        if let Some(c) = report.compile_seconds {
            let line = format!("compiled the {} step in {c:.1} s", report.task);
            if pb.is_hidden() {
                eprintln!("{line}")
            } else {
                pb.println(line)
            }
        }
        writeln!(log, "{}", serde_json::to_string(&report)?)?;
        pb.set_message(describe(&report));
        pb.inc(1);
        if pb.is_hidden() && (report.step % every == 0 || report.step == total) {
            eprintln!("step {}/{total} {}", report.step, describe(&report));
        }
    }
    pb.finish_and_clear();
    trainer.save(&out)?;
    eprintln!(
        "trained {total} steps in {:.1} s; model written to {} (log: {})",
        start.elapsed().as_secs_f64(),
        out.display(),
        log_path.display()
    );
    Ok(())
}
