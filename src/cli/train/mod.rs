//! `ruse train CONFIG`: trains on the config's tasks, replicated over the
//! devices, with a progress bar and a JSONL log, and saves the model.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::Result;
use clap::Args;
use indicatif::ProgressBar;

use super::{cache_counts, obtained, report_compile_cache, say, ConfigArgs, DeviceArgs};
use crate::config::Config;
use crate::files::write_atomic;
use crate::train::checkpoint::{self, BestBy};
use crate::train::eval::{EvalResult, EvalSplit, TaskProgress, AVERAGE_LOSS};
use crate::train::throughput::Throughput;
use crate::train::trainer::{StepReport, Trainer};

mod checks;
pub mod interrupt;
mod output;

use checks::{changed_arguments, check_best_metric, check_trainable, eval_interval};

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

fn progress(total: usize) -> ProgressBar {
    super::progress_bar(
        total,
        "{bar:30} {pos}/{len} {msg} [{elapsed_precise} < {eta_precise}]",
    )
}

fn describe(r: &StepReport) -> String {
    format!(
        "task {} | loss {:.4} | lr {:.2e} | {:.1} ex/s",
        r.task, r.loss, r.lr, r.examples_per_s
    )
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
    println!("{key} results (step {}):", trainer.step);
    for (k, v) in &result.metrics {
        println!("  {k:<40} {:>8}", crate::train::eval::format_metric(k, *v));
    }
    Ok(())
}

pub fn run(args: &TrainArgs) -> Result<()> {
    let run = args.config.load()?;
    args.device.warn_about(&run);
    let best_by = BestBy::of(&run)?;
    check_trainable(args, &run)?;
    if run.print_num_parameters {
        super::params::print_table(&run)?;
    }
    // Nothing in output_dir changes until the run is checked, its data and
    // model loaded and its checkpoint (if any) read back.
    let (out, plan) = plan_output_dir(&run)?;
    let _lock = lock_output_dir(&out)?;
    let (mut trainer, device_kind) = start(args, run, plan.resume_from())?;
    check_best_metric(&best_by, &trainer)?;
    apply_plan(&out, &plan)?;
    if plan.resume_from().is_some() {
        let changed = changed_arguments(&out.join(ARGUMENTS_FILE), &trainer.run);
        if !changed.is_empty() {
            eprintln!(
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
    eprintln!(
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
    eprintln!("plots: {} (in {})", names.join(", "), out.display());
    Ok(())
}

/// Appends one row to the JSONL log in a single write, so that `ruse report`
/// reading the log during the run sees whole lines (a last line cut short
/// is left out there).
fn log_line(log: &mut std::fs::File, row: &str) -> std::io::Result<()> {
    log.write_all(format!("{row}\n").as_bytes())
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
        eprintln!(
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
    eprintln!(
        "training {} task(s) for {} steps on {replicas} {} replica(s), batch {} per replica",
        trainer.run.tasks.len(),
        trainer.total_steps,
        args.device.device,
        trainer.run.per_device_train_batch_size
    );
    Ok((trainer, device_kind))
}

/// The updates from the trainer's step to the last, with the progress bar,
/// the JSONL log, and the evaluations and checkpoints that fall due; returns
/// every update's report.
fn train_loop(
    trainer: &mut Trainer,
    out: &Path,
    log: &mut std::fs::File,
    best_by: &BestBy,
) -> Result<Vec<StepReport>> {
    let total = trainer.total_steps;
    let eval_every = eval_interval(trainer)?;
    let pb = progress(total);
    pb.set_position(trainer.step as u64);
    let first = trainer.step;
    if first >= total {
        eprintln!("update {first} of {total}: nothing left to train (max_steps {total})");
    }
    let start = Instant::now();
    let every = trainer.run.logging_steps.max(1);
    let mut reports = Vec::new();
    let updates = interrupt::Updates::begin();
    while trainer.step < total {
        let report = trainer.train_step()?;
        reports.push(report.clone());
        if let Some(c) = report.compile_seconds {
            let what = format!("{} step", report.task);
            let loaded = usize::from(report.compile_cached);
            say(&pb, &obtained(&what, c, loaded, 1 - loaded));
        }
        log_line(log, &serde_json::to_string(&report)?)?;
        pb.set_message(describe(&report));
        pb.inc(1);
        let step = report.step;
        let first = step == 1 && trainer.run.logging_first_step;
        if pb.is_hidden() && (step % every == 0 || step == total || first) {
            eprintln!("step {step}/{total} {}", describe(&report));
        }
        let save_every = trainer.run.save_steps;
        let due_save = save_every > 0 && (step % save_every == 0 || step == total);
        let due_eval = eval_every.is_some_and(|e| step % e == 0)
            || (due_save && trainer.run.load_best_model_at_end);
        let metrics = if due_eval {
            Some(evaluate_during_training(trainer, out, log, &pb)?)
        } else {
            None
        };
        let stop = updates.stop_requested();
        if due_save || stop {
            let dir = trainer.save_checkpoint(out, metrics)?;
            let mut line = format!("saved {}", dir.display());
            if let Some(limit) = trainer.run.save_total_limit {
                for old in checkpoint::rotate(out, limit, best_by)? {
                    line.push_str(&format!("; deleted {}", old.display()));
                }
            }
            say(&pb, &line);
            if stop {
                pb.finish_and_clear();
                return Err(interrupt::Interrupted(format!(
                    "interrupted at update {step} of {total}; saved {} (the run's log and \
                     checkpoints are in {}): run the same command again to resume from it",
                    dir.display(),
                    out.display()
                ))
                .into());
            }
        }
    }
    drop(updates);
    pb.finish_and_clear();
    eprintln!(
        "trained {} steps in {:.1} s{}",
        total.saturating_sub(first),
        start.elapsed().as_secs_f64(),
        if first > 0 {
            format!(" (updates {} to {total})", first + 1)
        } else {
            String::new()
        }
    );
    Ok(reports)
}

/// An evaluation on the validation split at the trainer's step, reported
/// above the progress bar (with the time its programs took to compile or
/// load, the first time); returns its metrics.
fn evaluate_during_training(
    trainer: &mut Trainer,
    out: &Path,
    log: &mut std::fs::File,
    pb: &ProgressBar,
) -> Result<std::collections::BTreeMap<String, f64>> {
    let step = trainer.step;
    let compiled = trainer.eval_compile_seconds();
    let (hits, misses) = cache_counts(trainer.client());
    let mut on_task = |p: TaskProgress| {
        pb.set_message(format!(
            "step {step}: evaluating {} on val ({}/{} examples)",
            p.task, p.done, p.total
        ))
    };
    let result = evaluate(trainer, EvalSplit::Val, out, log, &mut on_task)?;
    let compiled = trainer.eval_compile_seconds() - compiled;
    if compiled > 0.0 {
        let (h, m) = cache_counts(trainer.client());
        say(
            pb,
            &obtained("evaluation programs", compiled, h - hits, m - misses),
        );
    }
    say(pb, &format!("eval at step {step}: {}", summary(&result)));
    Ok(result.metrics)
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
        eprintln!("{}", t.describe());
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
            eprintln!(
                "loaded the best checkpoint by {}: {} (step {step})",
                best_by.metric,
                dir.display()
            );
        }
        None => eprintln!(
            "load_best_model_at_end: no checkpoint has a '{}' metric; keeping the last model",
            best_by.metric
        ),
    }
    Ok(())
}
