//! `ruse params CONFIG`: total, trainable and per-task trainable parameter
//! counts by group, as the reference's `print_num_parameters`.

use anyhow::Result;
use clap::Args;

use super::ConfigArgs;

use crate::model::inventory::count;
use crate::model::resolve::{run_model, Source};

#[derive(Debug, Args)]
pub struct ParamsArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// `1234567` -> `1,234,567`.
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn pct(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

pub fn run(args: &ParamsArgs) -> Result<()> {
    let run = args.config.load()?;
    let (cfg, source) = run_model(&run)?;
    let c = count(&run, &cfg)?;
    if args.json {
        let groups: serde_json::Map<String, serde_json::Value> = c
            .by_group
            .iter()
            .map(|(g, (t, tr))| {
                (
                    format!("{g:?}"),
                    serde_json::json!({"total": t, "trainable": tr}),
                )
            })
            .collect();
        let v = serde_json::json!({
            "total": c.total, "trainable": c.trainable, "groups": groups, "per_task_trainable": c.per_task, "per_task_own_trainable": c.per_task_own,
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(());
    }
    print_counts(&c, &source);
    Ok(())
}

/// The table `ruse params` prints, for a run (`ruse train` with
/// `print_num_parameters`).
pub fn print_table(run: &crate::config::Config) -> Result<()> {
    let (cfg, source) = run_model(run)?;
    print_counts(&count(run, &cfg)?, &source);
    Ok(())
}

fn print_counts(c: &crate::model::inventory::Counts, source: &Source) {
    let model = match source {
        Source::Directory(d) => d.display().to_string(),
        Source::Preset(p) => format!("{p} (preset)"),
    };
    println!("model: {model}");
    println!("{:<14} {:>15} {:>15}", "group", "total", "trainable");
    for (g, (t, tr)) in &c.by_group {
        println!(
            "{:<14} {:>15} {:>15}",
            format!("{g:?}"),
            thousands(*t),
            thousands(*tr)
        );
    }
    println!(
        "{:<14} {:>15} {:>15}",
        "all",
        thousands(c.total),
        thousands(c.trainable)
    );
    println!(
        "trainable: {} of {} ({:.3}%)",
        thousands(c.trainable),
        thousands(c.total),
        pct(c.trainable, c.total)
    );
    for (task, n) in &c.per_task {
        let own = c.per_task_own.get(task).copied().unwrap_or(0);
        println!(
            "  task {task}: {} trainable ({:.3}% of the model), {} of them its own ({:.3}%)",
            thousands(*n),
            pct(*n, c.total),
            thousands(own),
            pct(own, c.total)
        );
    }
}
