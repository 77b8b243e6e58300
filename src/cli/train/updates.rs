//! The updates of `ruse train`: the loop from the trainer's step to the
//! last, with its progress bar, the JSONL log, and the evaluations and
//! checkpoints that fall due, stopping early (with a checkpoint) when a
//! signal asks it to.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::Result;
use indicatif::ProgressBar;

use super::checks::eval_interval;
use super::interrupt;
use super::{evaluate, summary};
use crate::cli::{cache_counts, obtained, say};
use crate::config::HostMatmulKernel;
use crate::train::checkpoint::{self, BestBy};
use crate::train::eval::{EvalSplit, TaskProgress};
use crate::train::trainer::{StepReport, Trainer};

fn progress(total: usize) -> ProgressBar {
    crate::cli::progress_bar(
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

/// Appends one row to the JSONL log in a single write, so that `ruse report`
/// reading the log during the run sees whole lines (a last line cut short
/// is left out there).
pub(super) fn log_line(log: &mut std::fs::File, row: &str) -> std::io::Result<()> {
    log.write_all(format!("{row}\n").as_bytes())
}

/// The updates from the trainer's step to the last, with the progress bar,
/// the JSONL log, and the evaluations and checkpoints that fall due; returns
/// every update's report.
pub(super) fn train_loop(
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
        note!("update {first} of {total}: nothing left to train (max_steps {total})");
    }
    let start = Instant::now();
    let mut reports = Vec::new();
    let updates = interrupt::Updates::begin();
    let mut copies = 0;
    let mut kernel_said = false;
    while trainer.step < total {
        let report = trainer.train_step()?;
        reports.push(report.clone());
        show_step(&report, trainer, &pb, log)?;
        if let (false, Some((taken, all))) = (kernel_said, trainer.kernel_products()) {
            kernel_said = true;
            if taken > 0 {
                say(
                    &pb,
                    &kernel_note(taken, all, trainer.run.host_matmul_kernel),
                );
            }
        }
        if trainer.transposed_copy_bytes() > copies {
            copies = trainer.transposed_copy_bytes();
            say(
                &pb,
                &format!(
                    "frozen weights also kept transposed, for faster steps on the CPU: {:.0} MiB \
                     per replica so far (\"transposed_frozen_weights\": false saves it)",
                    copies as f64 / (1 << 20) as f64
                ),
            );
        }
        let step = report.step;
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
            let dir = save_and_rotate(trainer, out, metrics, best_by, &pb)?;
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
    // A resume at the last update has said "nothing left to train" already.
    if first < total {
        note!(
            "trained {} steps in {:.1} s{}",
            total - first,
            start.elapsed().as_secs_f64(),
            if first > 0 {
                format!(" (updates {} to {total})", first + 1)
            } else {
                String::new()
            }
        );
    }
    Ok(reports)
}

/// The line that says how many of the step's matrix products ruse's own
/// kernel runs, and how to give them back to XLA.
fn kernel_note(taken: usize, all: usize, setting: HostMatmulKernel) -> String {
    let which = match setting {
        HostMatmulKernel::On => "host_matmul_kernel: true",
        _ => "the large batched ones, host_matmul_kernel: \"auto\"",
    };
    format!(
        "ruse's own matrix-product kernel runs {taken} of the step's {all} products ({which}; \
         false leaves them all to XLA)"
    )
}

/// Reports an update: its compile time (the first update of a program), its
/// log row, the progress bar, and on a non-terminal a line every
/// `logging_steps` updates.
fn show_step(
    report: &StepReport,
    trainer: &Trainer,
    pb: &ProgressBar,
    log: &mut std::fs::File,
) -> Result<()> {
    if let Some(c) = report.compile_seconds {
        let what = format!("{} step", report.task);
        let loaded = usize::from(report.compile_cached);
        say(pb, &obtained(&what, c, loaded, 1 - loaded));
    }
    log_line(log, &serde_json::to_string(report)?)?;
    pb.set_message(describe(report));
    pb.inc(1);
    let (step, total) = (report.step, trainer.total_steps);
    let first = step == 1 && trainer.run.logging_first_step;
    let every = trainer.run.logging_steps.max(1);
    if pb.is_hidden() && (step % every == 0 || step == total || first) {
        note!("step {step}/{total} {}", describe(report));
    }
    Ok(())
}

/// Saves a checkpoint at the trainer's step and applies `save_total_limit`,
/// reported above the progress bar; returns the checkpoint's directory.
fn save_and_rotate(
    trainer: &Trainer,
    out: &Path,
    metrics: Option<std::collections::BTreeMap<String, f64>>,
    best_by: &BestBy,
    pb: &ProgressBar,
) -> Result<std::path::PathBuf> {
    let dir = trainer.save_checkpoint(out, metrics)?;
    let mut line = format!("saved {}", dir.display());
    if let Some(limit) = trainer.run.save_total_limit {
        for old in checkpoint::rotate(out, limit, best_by)? {
            line.push_str(&format!("; deleted {}", old.display()));
        }
    }
    say(pb, &line);
    Ok(dir)
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
