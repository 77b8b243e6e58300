//! What `ruse compile` writes besides the StableHLO: the summary (JSON and
//! Markdown) and the HLO files kept from XLA's dump.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::Serialize;

use crate::cli::params::thousands;

/// One compiled program's figures.
#[derive(Debug, Serialize)]
pub struct ProgramSummary {
    pub program: String,
    pub file: String,
    pub nodes: usize,
    /// Matmul FLOPs of one execution on one replica.
    pub matmul_gflop: f64,
    pub compile_seconds: f64,
    pub argument_bytes: i64,
    pub output_bytes: i64,
    pub alias_bytes: i64,
    pub temp_bytes: i64,
    pub peak_bytes: i64,
    pub generated_code_bytes: i64,
}

#[derive(Debug, Serialize)]
pub struct TaskSummary {
    pub task: String,
    pub batch_per_replica: usize,
    pub replicas: usize,
    pub source_len: usize,
    pub target_len: usize,
    pub parameters: usize,
    pub trainable: usize,
    /// Matmul FLOPs of one optimizer update over all replicas.
    pub train_gflop_per_update: f64,
    pub programs: Vec<ProgramSummary>,
}

/// Of XLA's dump, keeps each module's HLO before and after optimisation and
/// its memory-usage report, named `{program}.{stage}.txt` (without the
/// compile-order number, so regenerated files diff cleanly); removes the
/// per-kernel MLIR, LLVM IR and object files. The after-optimisation stage
/// carries the backend's name: `cpu_after_optimizations.txt` on the CPU
/// plugin, `sm_9.0_gpu_after_optimizations.txt` on a Hopper GPU.
pub(super) fn keep_hlo_only(dir: &Path) -> Result<()> {
    let keep = |stage: &str| {
        stage == "before_optimizations.txt"
            || stage.ends_with("after_optimizations.txt")
            || stage.ends_with("after_optimizations-memory-usage-report.txt")
    };
    // Listed first: renamed files must not be visited again.
    let paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // module_0001.trec_train_step.before_optimizations.txt
        let mut parts = name.splitn(3, '.');
        let (module, program, rest) = (parts.next(), parts.next(), parts.next());
        match (module, program, rest) {
            (Some(m), Some(p), Some(r)) if m.starts_with("module_") && keep(r) => {
                std::fs::rename(&path, dir.join(format!("{p}.{r}")))?;
            }
            _ => std::fs::remove_file(&path)
                .with_context(|| format!("cannot remove {}", path.display()))?,
        }
    }
    Ok(())
}

/// The summary as a Markdown table per task.
pub(super) fn markdown(name: &str, tasks: &[TaskSummary]) -> String {
    let mut s = format!("# `ruse compile` summary: {name}\n\n");
    for t in tasks {
        s.push_str(&format!(
            "## {}\n\nbatch {} per replica × {} replica(s), lengths {}/{}; parameters {} total, {} trained by this task; {:.1} GFLOP (matmul) per update.\n\n",
            t.task,
            t.batch_per_replica,
            t.replicas,
            t.source_len,
            t.target_len,
            thousands(t.parameters),
            thousands(t.trainable),
            t.train_gflop_per_update
        ));
        s.push_str("| program | nodes | GFLOP | compile s | arguments MiB | temp MiB | peak MiB |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for p in &t.programs {
            let mib = |b: i64| b as f64 / (1 << 20) as f64;
            s.push_str(&format!(
                "| `{}` | {} | {:.2} | {:.1} | {:.1} | {:.1} | {:.1} |\n",
                p.program,
                p.nodes,
                p.matmul_gflop,
                p.compile_seconds,
                mib(p.argument_bytes),
                mib(p.temp_bytes),
                mib(p.peak_bytes)
            ));
        }
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hlo_of_every_backend_is_kept_and_renamed_and_the_rest_removed() {
        let dir = std::env::temp_dir().join(format!("ruse-keep-hlo-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let kept = [
            (
                "module_0001.a_train_step.before_optimizations.txt",
                "a_train_step.before_optimizations.txt",
            ),
            (
                "module_0001.a_train_step.cpu_after_optimizations.txt",
                "a_train_step.cpu_after_optimizations.txt",
            ),
            (
                "module_0002.b_encode.sm_9.0_gpu_after_optimizations.txt",
                "b_encode.sm_9.0_gpu_after_optimizations.txt",
            ),
            (
                "module_0002.b_encode.sm_9.0_gpu_after_optimizations-memory-usage-report.txt",
                "b_encode.sm_9.0_gpu_after_optimizations-memory-usage-report.txt",
            ),
        ];
        let removed = [
            "module_0001.a_train_step.ir-no-opt.ll",
            "module_0002.b_encode.sm_9.0_gpu_after_optimizations.ptx",
            "module_0001.a_train_step.cpu_after_optimizations-buffer-assignment.txt",
            "notes.txt",
        ];
        for name in kept.iter().map(|(n, _)| *n).chain(removed) {
            std::fs::write(dir.join(name), name).unwrap();
        }
        keep_hlo_only(&dir).unwrap();
        let mut left: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let mut want: Vec<String> = kept.iter().map(|(_, k)| k.to_string()).collect();
        want.sort();
        assert_eq!(left, want);
        for (from, to) in kept {
            assert_eq!(std::fs::read_to_string(dir.join(to)).unwrap(), from);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
