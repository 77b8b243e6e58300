//! `ruse cache`: what the ruse cache holds, and pruning of the compiled
//! programs and tokenized splits that ruse rebuilds when they are missing.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use anyhow::{Context, Result};
use clap::Args;

use crate::cache_files::{self, human_age, human_bytes, Entry, Kind, Prune};

#[derive(Debug, Args)]
pub struct CacheArgs {
    /// The compile cache to list and prune (default: RUSE_COMPILE_CACHE, else
    /// $RUSE_CACHE/compiled, where scripts/run.sh keeps it).
    #[arg(long, value_name = "DIR", env = "RUSE_COMPILE_CACHE")]
    pub compile_cache: Option<PathBuf>,

    /// Remove compiled programs and tokenized splits not used for DAYS days.
    #[arg(long, value_name = "DAYS", value_parser = parse_days)]
    pub unused_days: Option<f64>,

    /// Remove the least recently used compiled programs and tokenized splits
    /// until the rest take at most MB megabytes (10^6 bytes).
    #[arg(long, value_name = "MB")]
    pub max_mb: Option<u64>,

    /// Remove every compiled program and tokenized split (never the fetched
    /// plugin, tokenizer or data).
    #[arg(long, conflicts_with_all = ["unused_days", "max_mb"])]
    pub clear: bool,

    /// Say what would be removed, entry by entry, and remove nothing.
    #[arg(long)]
    pub dry_run: bool,
}

fn parse_days(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        // A number of days whose seconds a `Duration` holds (about 2e14 days at most).
        Ok(d) if d >= 0.0 && Duration::try_from_secs_f64(d * 86400.0).is_ok() => Ok(d),
        _ => Err(format!(
            "'{s}' is not a number of days (0 or more, below 1e14)"
        )),
    }
}

/// What the top-level directories of the ruse cache are.
fn describe(name: &str) -> &'static str {
    match name {
        "python" => "the XLA CPU PJRT plugin (scripts/setup.sh)",
        "tokenizer" => "the T5 tokenizer (scripts/setup.sh)",
        "data" => "the task data (scripts/setup.sh)",
        "tokenized" => "tokenized splits, rebuilt when missing",
        "compiled" => "compiled programs, rebuilt when missing",
        "torch-venv" => "PyTorch for the benchmarks (scripts/torch_env.sh)",
        "gpu-aot" => "the GPU plugin for compiling without a GPU (scripts/setup_gpu_aot.sh)",
        "fixtures-venv" => "Python for regenerating data fixtures (scripts/make_data_fixtures.sh)",
        _ => "not ruse's",
    }
}

pub fn run(args: &CacheArgs) -> Result<()> {
    let root = crate::data::cache::root()?;
    let compiled = args
        .compile_cache
        .clone()
        .unwrap_or_else(|| root.join("compiled"));
    let tokenized = root.join("tokenized");
    let now = SystemTime::now();
    let prune = Prune {
        all: args.clear,
        unused_for: args
            .unused_days
            .map(|d| Duration::from_secs_f64(d * 86400.0)),
        max_bytes: args.max_mb.map(|mb| mb.saturating_mul(1_000_000)),
    };
    let found = cache_files::rebuildable(&compiled, &tokenized)?;
    if !prune.any() {
        if args.dry_run {
            anyhow::bail!("--dry-run goes with --unused-days, --max-mb or --clear");
        }
        return show(&root, &compiled, &found.entries, &found.temporaries, now);
    }
    let picked = prune.select(&found.entries, now);
    let stale = cache_files::stale(&found.temporaries, now);
    let removed: Vec<&Entry> = picked.iter().map(|&i| &found.entries[i]).collect();
    let verb = if args.dry_run {
        "would remove"
    } else {
        "removed"
    };
    for e in removed.iter().chain(&stale) {
        if args.dry_run {
            println!(
                "{verb} {} ({}, last used {})",
                e.path.display(),
                human_bytes(e.bytes),
                human_age(e.last_used, now)
            );
        } else {
            remove(&e.path)?;
        }
    }
    if !args.dry_run {
        remove_empty_dirs(&tokenized);
    }
    let bytes = |v: &[&Entry]| v.iter().map(|e| e.bytes).sum::<u64>();
    let kept: Vec<&Entry> = (0..found.entries.len())
        .filter(|i| !picked.contains(i))
        .map(|i| &found.entries[i])
        .collect();
    println!(
        "{verb} {} ({}){}; kept {} ({})",
        counts(&removed),
        human_bytes(bytes(&removed)),
        if stale.is_empty() {
            String::new()
        } else {
            format!(
                " and {} temporary file(s) left by interrupted writes ({})",
                stale.len(),
                human_bytes(bytes(&stale))
            )
        },
        counts(&kept),
        human_bytes(bytes(&kept)),
    );
    Ok(())
}

/// "3 compiled programs and 1 tokenized split", "nothing".
fn counts(entries: &[&Entry]) -> String {
    let parts: Vec<String> = [Kind::Compiled, Kind::Tokenized]
        .into_iter()
        .map(|k| (k, entries.iter().filter(|e| e.kind == k).count()))
        .filter(|&(_, n)| n > 0)
        .map(|(k, n)| k.count(n))
        .collect();
    if parts.is_empty() {
        "nothing".into()
    } else {
        parts.join(" and ")
    }
}

fn remove(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        // Another process pruned it first: it is gone either way.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        r => r.with_context(|| format!("cannot remove {}", path.display())),
    }
}

/// Removes the task directories under `tokenized` left empty by pruning.
fn remove_empty_dirs(tokenized: &Path) {
    if let Ok(listing) = std::fs::read_dir(tokenized) {
        for dir in listing.flatten() {
            // remove_dir only removes an empty directory.
            let _ = std::fs::remove_dir(dir.path());
        }
    }
}

fn show(
    root: &Path,
    compiled: &Path,
    entries: &[Entry],
    temporaries: &[Entry],
    now: SystemTime,
) -> Result<()> {
    println!("cache: {}", root.display());
    if !root.is_dir() {
        println!("  (does not exist yet: `bash scripts/setup.sh` fetches the plugin, tokenizer and data)");
    }
    let mut rows = cache_files::read_dir(root)?;
    if !rows.iter().any(|p| p == compiled) {
        rows.push(compiled.to_path_buf());
    }
    let mut total = 0;
    for path in &rows {
        let (files, bytes) = cache_files::disk_usage(path)?;
        // A compile cache inside another row, or holding the whole cache
        // (`--compile-cache` at the root or above it), is counted once.
        let nested = rows
            .iter()
            .any(|other| other != path && same_or_inside(path, other));
        if !nested {
            total += bytes;
        }
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let kind = if path == compiled {
            Some(Kind::Compiled)
        } else if name == "tokenized" {
            Some(Kind::Tokenized)
        } else {
            None
        };
        let what = describe(if kind == Some(Kind::Compiled) {
            "compiled"
        } else {
            &name
        });
        let label = if path.parent() == Some(root) {
            name.into_owned()
        } else {
            path.display().to_string()
        };
        let mut line = format!("  {label:<14} {:>10}  {what}", human_bytes(bytes));
        match kind {
            Some(k) => line.push_str(&usage(k, entries, now)),
            None => line.push_str(&format!("; {files} file(s)")),
        }
        println!("{line}");
    }
    println!("  {:<14} {:>10}", "total", human_bytes(total));
    let stale = cache_files::stale(temporaries, now);
    if !stale.is_empty() {
        println!(
            "{} temporary file(s) left by interrupted writes; any pruning removes them",
            stale.len()
        );
    }
    println!(
        "prune the rebuildable parts with --unused-days DAYS, --max-mb MB or --clear (--dry-run to see first)"
    );
    Ok(())
}

/// Whether `path` is `outer` or lies inside it (compared canonical when both
/// exist, as given otherwise).
fn same_or_inside(path: &Path, outer: &Path) -> bool {
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    canonical(path).starts_with(canonical(outer))
}

/// "; 18 compiled programs, last used 5 min ago to 12 days ago" for the
/// entries of `kind`.
fn usage(kind: Kind, entries: &[Entry], now: SystemTime) -> String {
    let of: Vec<&Entry> = entries.iter().filter(|e| e.kind == kind).collect();
    let newest = of.iter().map(|e| e.last_used).max();
    let oldest = of.iter().map(|e| e.last_used).min();
    match (newest, oldest) {
        (Some(n), Some(o)) => {
            let (newest, oldest) = (human_age(n, now), human_age(o, now));
            let when = if newest == oldest {
                newest
            } else {
                format!("{newest} to {oldest}")
            };
            format!("; {}, last used {when}", kind.count(of.len()))
        }
        _ => format!("; {}", kind.count(0)),
    }
}
