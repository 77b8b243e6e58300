//! `ruse train CONFIG`: trains on the config's tasks, replicated over the
//! devices, with a progress bar and a JSONL log, and saves the model.

use std::path::Path;

use anyhow::Result;
use clap::Args;

use super::{report_compile_cache, ConfigArgs, DeviceArgs};
use crate::config::Config;
use crate::files::write_atomic;
use crate::train::checkpoint::{self, BestBy};
use crate::train::eval::{EvalResult, EvalSplit, TaskProgress, AVERAGE_LOSS};
use crate::train::throughput::Throughput;
use crate::train::trainer::{StepReport, Trainer};

mod checks;
pub mod interrupt;
mod output;
mod updates;

use checks::{changed_arguments, check_best_metric, check_trainable};
use updates::{log_line, train_loop};

pub use output::ARGUMENTS_FILE;
use output::{apply_plan, lock_output_dir, open_log, plan_output_dir, LOG_FILE, THROUGHPUT_FILE};

#[derive(Debug, Args)]
pub struct TrainArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub device: DeviceArgs,
    /// The device's peak in TFLOP/s, for the MFU in the throughput summary
    /// (default: the dense bf16 data-sheet peak of known GPUs and TPUs; none on CPU).
    #[arg(long, value_name = "TFLOPS", value_parser = parse_peak, allow_negative_numbers = true)]
    pub peak_tflops: Option<f64>,
}

fn parse_peak(s: &str) -> std::result::Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 => Ok(v),
        _ => Err(format!("'{s}' is not a positive number of TFLOP/s")),
    }
}

/// A one-line summary of an evaluation's metrics: the average
/// (`average_metrics`, or `average_loss` without generation) first, the
/// rest in brackets.
fn summary(result: &EvalResult) -> String {
    let m = &result.metrics;
    let head = ["average_metrics", AVERAGE_LOSS]
        .into_iter()
        .find(|k| m.contains_key(*k))
        .unwrap_or("average_metrics");
    let line = |k: &str, v: f64| format!("{k} {}", crate::train::eval::format_metric(k, v));
    let rest: Vec<String> = m
        .iter()
        .filter(|(k, _)| *k != head)
        .map(|(k, v)| line(k, *v))
        .collect();
    format!(
        "{} ({}) in {:.1} s",
        line(head, m.get(head).copied().unwrap_or(f64::NAN)),
        rest.join(", "),
        result.seconds
    )
}

/// Evaluates, logs the metrics as a JSONL row and writes the predictions
/// (if the run generates) under `output_dir/predictions/`.
fn evaluate(
    trainer: &mut Trainer,
    split: EvalSplit,
    out: &Path,
    log: &mut std::fs::File,
    on_task: &mut dyn FnMut(TaskProgress),
) -> Result<EvalResult> {
    let result = trainer.evaluate_with(split, on_task)?;
    let row = serde_json::json!({
        "step": trainer.step,
        "split": split.key(),
        "metrics": result.metrics,
        "seconds": result.seconds,
    });
    log_line(log, &row.to_string())?;
    if trainer.run.generates() {
        let path =
            out.join("predictions")
                .join(format!("{}-step{}.jsonl", split.key(), trainer.step));
        result.write_predictions(&path)?;
    }
    Ok(result)
}

/// The final evaluation of a split: `{split}_results.json`,
/// `{split}_predictions.jsonl` (if the run generates) and a table on stdout.
fn final_evaluation(
    trainer: &mut Trainer,
    split: EvalSplit,
    out: &Path,
    log: &mut std::fs::File,
) -> Result<()> {
    let key = split.key();
    let pb = super::eval_bar();
    let result = evaluate(trainer, split, out, log, &mut |p| {
        super::show_eval(&pb, key, p)
    })?;
    pb.finish_and_clear();
    let text = serde_json::to_string_pretty(&result.metrics)?;
    write_atomic(&out.join(format!("{key}_results.json")), text.as_bytes())?;
    if trainer.run.generates() {
        result.write_predictions(&out.join(format!("{key}_predictions.jsonl")))?;
    }
    super::print_out(format_args!("{key} results (step {}):", trainer.step));
    for (k, v) in &result.metrics {
        let v = crate::train::eval::format_metric(k, *v);
        super::print_out(format_args!("  {k:<40} {v:>8}"));
    }
    Ok(())
}

pub fn run(args: &TrainArgs) -> Result<()> {
    let run = args.config.load()?;
    args.device.check(&run)?;
    let best_by = BestBy::of(&run)?;
    check_trainable(args, &run)?;
    if run.print_num_parameters {
        super::params::print_table(&run)?;
    }
    // Nothing in output_dir changes until the run is checked, its data and
    // model loaded and its checkpoint (if any) read back.
    let (out, plan) = plan_output_dir(&run)?;
    let mut lock = lock_output_dir(&out)?;
    let (mut trainer, device_kind) = start(args, run, plan.resume_from())?;
    check_best_metric(&best_by, &trainer)?;
    apply_plan(&out, &plan)?;
    lock.keep();
    if plan.resume_from().is_some() {
        let changed = changed_arguments(&out.join(ARGUMENTS_FILE), &trainer.run);
        if !changed.is_empty() {
            note!(
                "resuming with settings other than those the run last started with ({}): {}",
                ARGUMENTS_FILE,
                changed.join("; ")
            );
        }
    }
    write_atomic(
        &out.join(ARGUMENTS_FILE),
        serde_json::to_string_pretty(&trainer.run)?.as_bytes(),
    )?;
    let log_path = out.join(LOG_FILE);
    let resumed = plan.resume_from().map(|_| trainer.step);
    let mut log = open_log(&log_path, resumed)?;
    interrupt::install()?;
    let reports = train_loop(&mut trainer, &out, &mut log, &best_by)?;
    write_throughput(args, &trainer, &out, &reports, &device_kind)?;
    if trainer.run.load_best_model_at_end {
        load_best(&mut trainer, &out, &best_by)?;
    }
    trainer.save(&out)?;
    note!(
        "model written to {} (log: {})",
        out.display(),
        log_path.display()
    );
    if trainer.run.do_eval {
        final_evaluation(&mut trainer, EvalSplit::Val, &out, &mut log)?;
    }
    if trainer.run.do_test {
        final_evaluation(&mut trainer, EvalSplit::Test, &out, &mut log)?;
    }
    drop(log);
    report_compile_cache(trainer.client());
    let plots = crate::report::write_report(&out, &out, None)?;
    let names: Vec<String> = plots
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    note!("plots: {} (in {})", names.join(", "), out.display());
    Ok(())
}

/// The trainer on the devices of `args`, resumed from `resume_from` when
/// given, and the devices' kind (for the throughput's peak).
fn start(args: &TrainArgs, run: Config, resume_from: Option<&Path>) -> Result<(Trainer, String)> {
    let client = args.device.client()?;
    let device_kind = client
        .devices()?
        .first()
        .map(|d| d.kind.clone())
        .unwrap_or_default();
    let replicas = args.device.replicas;
    let mut trainer = Trainer::new(run, &args.config.dir(), client, replicas)?;
    if let Some(dir) = resume_from {
        let state = trainer.resume(dir)?;
        note!(
            "resuming from {} (update {} of {}{})",
            dir.display(),
            state.step,
            trainer.total_steps,
            if trainer.run.optimize_from_scratch {
                "; optimize_from_scratch: fresh optimizer state and schedule"
            } else {
                ""
            }
        );
    }
    note!(
        "training {} task(s) for {} steps on {replicas} {} replica(s), batch {} per replica",
        trainer.run.tasks.len(),
        trainer.total_steps,
        args.device.device,
        trainer.run.per_device_train_batch_size
    );
    Ok((trainer, device_kind))
}

/// The run's throughput summary, printed and written to `throughput.json`.
fn write_throughput(
    args: &TrainArgs,
    trainer: &Trainer,
    out: &Path,
    reports: &[StepReport],
    device_kind: &str,
) -> Result<()> {
    let throughput = Throughput::from_reports(
        reports,
        device_kind,
        args.device.replicas,
        args.peak_tflops,
        trainer.run.bf16,
    );
    if let Some(mut t) = throughput {
        t.device_memory = trainer.client().device_memory(0)?;
        note!("{}", t.describe());
        let text = serde_json::to_string_pretty(&t)?;
        write_atomic(&out.join(THROUGHPUT_FILE), text.as_bytes())?;
    }
    Ok(())
}

/// `load_best_model_at_end`: the parameters of the best checkpoint by
/// `metric_for_best_model`, or the last model when no checkpoint has it.
fn load_best(trainer: &mut Trainer, out: &Path, best_by: &BestBy) -> Result<()> {
    match best_by.best(&checkpoint::list(out)?)? {
        Some((step, dir)) => {
            trainer.resume(&dir)?;
            note!(
                "loaded the best checkpoint by {}: {} (step {step})",
                best_by.metric,
                dir.display()
            );
        }
        None => note!(
            "load_best_model_at_end: no checkpoint has a '{}' metric; keeping the last model",
            best_by.metric
        ),
    }
    Ok(())
}
