//! `ruse data CONFIG [--replicas R] [--steps N] [--json]`: the task mixture a
//! config trains on (sizes, probabilities, decode lengths, formatted
//! examples) and, with `--steps`, the task and example ids every replica
//! reads at every step.

use anyhow::{Context, Result};
use clap::Args;

use super::ConfigArgs;
use serde_json::{json, Value};

use crate::config::Config;
use crate::data::{Draw, Mixture};

#[derive(Debug, Args)]
pub struct DataArgs {
    #[command(flatten)]
    pub config: ConfigArgs,

    /// Data-parallel replicas to shard for.
    #[arg(long, default_value_t = 1, value_parser = super::parse_replicas)]
    pub replicas: usize,

    /// Show the first N steps: the task and each replica's example ids.
    #[arg(long, default_value_t = 0, value_parser = parse_steps)]
    pub steps: usize,

    /// Formatted examples to show per task.
    #[arg(long, default_value_t = 2)]
    pub examples: usize,

    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &DataArgs) -> Result<()> {
    let config = args.config.load()?;
    let dir = args.config.dir();
    let mixture = Mixture::load(&config, &dir, args.replicas)
        .with_context(|| format!("loading the tasks of {}", args.config.path.display()))?;
    let steps = draw_steps(&mixture, args.replicas, args.steps)?;
    let report = report(args, &config, &mixture, &steps);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_text(&report);
    }
    Ok(())
}

/// The first `n` draws of every replica, step by step.
fn draw_steps(m: &Mixture, replicas: usize, n: usize) -> Result<Vec<Vec<Draw>>> {
    let mut iters = (0..replicas)
        .map(|r| m.iter(r))
        .collect::<crate::Result<Vec<_>>>()?;
    Ok((0..n)
        .map(|_| iters.iter_mut().filter_map(Iterator::next).collect())
        .collect())
}

fn report(args: &DataArgs, config: &Config, m: &Mixture, steps: &[Vec<Draw>]) -> Value {
    let probs = m.sampler.probabilities();
    let tasks: Vec<Value> = m
        .tasks
        .iter()
        .zip(probs)
        .map(|(t, p)| {
            let d = &t.data;
            let examples: Vec<Value> = d
                .train
                .iter()
                .take(args.examples)
                .zip(&t.train)
                .map(|(e, (s, g))| {
                    json!({"id": e.id, "source": e.source, "target": e.target,
                                          "source_tokens": s.len(), "target_ids": g})
                })
                .collect();
            json!({
                "name": d.info.name, "train": d.train.len(), "validation": d.validation.len(),
                "test": d.test.len(), "probability": p, "decode_len": t.decode_len,
                "metrics": d.info.metrics, "labels": d.info.labels, "truncated": t.truncated,
                "skipped_rows": d.skipped, "origin": d.info.origin, "examples": examples,
            })
        })
        .collect();
    let eval_only: Vec<Value> = m
        .eval_only
        .iter()
        .map(|t| {
            let d = &t.data;
            json!({
                "name": d.info.name, "validation": d.validation.len(), "test": d.test.len(),
                "decode_len": t.decode_len, "metrics": d.info.metrics, "labels": d.info.labels,
                "skipped_rows": d.skipped, "origin": d.info.origin,
            })
        })
        .collect();
    let steps: Vec<Value> = steps
        .iter()
        .enumerate()
        .map(|(i, draws)| {
            let task = draws.first().map(|d| m.tasks[d.task].data.info.name.clone());
            json!({
                "step": i, "epoch": draws.first().map(|d| d.epoch),
                "task": task,
                "replica_tasks": draws.iter().map(|d| m.tasks[d.task].data.info.name.clone()).collect::<Vec<_>>(),
                "example_ids": draws.iter().map(|d| d.examples.clone()).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "config": args.config.path.display().to_string(),
        "tokenizer": m.tokenizer.path().display().to_string(),
        "vocab_size": m.tokenizer.vocab_size(),
        "replicas": args.replicas,
        "batch_size": config.per_device_train_batch_size,
        "temperature": config.temperature,
        "seed": config.seed,
        "source_len": m.source_len,
        "batches_per_epoch": m.sampler.batches_per_epoch(),
        "tasks": tasks,
        "eval_only_tasks": eval_only,
        "steps": steps,
    })
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn print_text(r: &Value) {
    println!("config:      {}", text(&r["config"]));
    println!(
        "tokenizer:   {} ({} pieces)",
        text(&r["tokenizer"]),
        r["vocab_size"]
    );
    println!(
        "sampler:     {} replicas x batch {}, temperature {}, seed {}, {} batches per epoch",
        r["replicas"], r["batch_size"], r["temperature"], r["seed"], r["batches_per_epoch"]
    );
    println!(
        "shapes:      input [batch, {}], labels [batch, decode]",
        r["source_len"]
    );
    let empty = Vec::new();
    let tasks = r["tasks"].as_array().unwrap_or(&empty);
    print_tasks(tasks, r["eval_only_tasks"].as_array().unwrap_or(&empty));
    print_examples(tasks);
    print_steps(r["steps"].as_array().unwrap_or(&empty));
}

/// The table of tasks: sizes, sampling probability, decode length, metrics.
fn print_tasks(tasks: &[Value], eval_only: &[Value]) {
    let empty = Vec::new();
    println!();
    println!(
        "{:<24} {:>7} {:>6} {:>6} {:>7} {:>6} {:>9}  metrics",
        "task", "train", "val", "test", "p", "decode", "truncated"
    );
    for t in tasks {
        let metrics: Vec<String> = t["metrics"]
            .as_array()
            .unwrap_or(&empty)
            .iter()
            .map(text)
            .collect();
        println!(
            "{:<24} {:>7} {:>6} {:>6} {:>7.4} {:>6} {:>9}  {}",
            text(&t["name"]),
            text(&t["train"]),
            text(&t["validation"]),
            text(&t["test"]),
            t["probability"].as_f64().unwrap_or(0.0),
            text(&t["decode_len"]),
            text(&t["truncated"]),
            metrics.join(", ")
        );
        if t["skipped_rows"].as_u64().unwrap_or(0) > 0 {
            println!("  ({} malformed rows skipped)", t["skipped_rows"]);
        }
    }
    for t in eval_only {
        println!(
            "{:<24} {:>7} {:>6} {:>6} {:>7} {:>6} {:>9}  (eval only)",
            text(&t["name"]),
            "-",
            text(&t["validation"]),
            text(&t["test"]),
            "-",
            text(&t["decode_len"]),
            "-"
        );
    }
}

/// The example rows `--examples` asked for, per task.
fn print_examples(tasks: &[Value]) {
    let empty = Vec::new();
    for t in tasks {
        for e in t["examples"].as_array().unwrap_or(&empty) {
            println!(
                "\n{}[{}] ({} source tokens)\n  source: {}\n  target: {}",
                text(&t["name"]),
                e["id"],
                e["source_tokens"],
                text(&e["source"]),
                text(&e["target"])
            );
        }
    }
}

/// What each replica reads at each of `--steps` steps.
fn print_steps(steps: &[Value]) {
    let empty = Vec::new();
    if !steps.is_empty() {
        println!(
            "\nstep epoch task (every replica), then each replica's example ids in its train split"
        );
    }
    for s in steps {
        let names: Vec<String> = s["replica_tasks"]
            .as_array()
            .unwrap_or(&empty)
            .iter()
            .map(text)
            .collect();
        let agree = names.windows(2).all(|w| w[0] == w[1]);
        let note = if agree { "" } else { "  (replicas disagree!)" };
        println!(
            "{:<4} {:<5} {}{note}",
            text(&s["step"]),
            text(&s["epoch"]),
            text(&s["task"])
        );
        for (i, ids) in s["example_ids"]
            .as_array()
            .unwrap_or(&empty)
            .iter()
            .enumerate()
        {
            let ids: Vec<String> = ids.as_array().unwrap_or(&empty).iter().map(text).collect();
            println!("           r{i}: {}", ids.join(" "));
        }
    }
}

/// `--steps`: 0 (none) to 100,000.
fn parse_steps(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n <= 100_000 => Ok(n),
        Ok(_) => Err("must be at most 100000".into()),
        Err(_) => Err(format!("'{s}' is not a whole number")),
    }
}
