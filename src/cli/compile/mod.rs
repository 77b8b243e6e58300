//! `ruse compile CONFIG [--out DIR]`: builds and compiles every per-task
//! program of a config (training step, generation encode and decode step),
//! writes their StableHLO and XLA's HLO before and after optimisation, and a
//! summary per task: parameter counts, matmul FLOPs per step, compiled memory
//! statistics and compile time.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use serde::Serialize;

use super::params::thousands;
use super::{ConfigArgs, DeviceArgs};
use crate::config::Config;
use crate::data::Mixture;
use crate::graph::Graph;
use crate::model::generate::{build_decode_step, build_encode, build_eval_loss, GenShapes};
use crate::model::inventory::count;
use crate::model::program::Shapes;
use crate::model::resolve::run_model;
use crate::runtime::{AotCompiler, Client, CompileOptions, CompiledMemoryStats, DeviceKind};
use crate::train::eval::eval_tasks;
use crate::train::step::{build_apply_step, build_grad_step, build_step, OptimSettings};

#[derive(Debug, Args)]
pub struct CompileArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Where to write: `DIR/<config name>/` (default `hlo`).
    #[arg(long, default_value = "hlo", value_name = "DIR")]
    pub out: PathBuf,
    /// Decode length of every task (its longest tokenized target); without
    /// it the tasks' data is read to find it.
    #[arg(long, value_name = "N")]
    pub target_len: Option<usize>,
    /// Do not ask XLA to dump its HLO (only StableHLO and the summary).
    #[arg(long)]
    pub no_xla_dump: bool,
    /// Compile only this task's programs (repeatable; default: every task).
    /// Parameter counts still cover the whole config.
    #[arg(long = "task", value_name = "NAME")]
    pub only: Vec<String>,
    /// Write only the summary (no program texts; for big models).
    #[arg(long)]
    pub summary_only: bool,
    /// Compile for the GPU described by FILE (a GpuTargetConfigProto text,
    /// e.g. configs/gpu_targets/h100_sxm.txtpb) through the GPU plugin, with
    /// no GPU here: deviceless ahead-of-time compilation. Needs --device gpu.
    #[arg(long, value_name = "FILE")]
    pub gpu_target: Option<PathBuf>,
    #[command(flatten)]
    pub device: DeviceArgs,
}

/// What compiles the programs: a client of the device, or the GPU plugin
/// for a target that is not here.
enum Compiler {
    Device(Client),
    Aot(AotCompiler),
}

impl Compiler {
    fn new(args: &CompileArgs) -> Result<Compiler> {
        let Some(file) = &args.gpu_target else {
            return Ok(Compiler::Device(Client::new(
                &args.device.client_options(),
            )?));
        };
        if !args.device.plugin_options.is_empty() {
            bail!("--gpu-target: --plugin-option configures a client, and a deviceless compile has none");
        }
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("--gpu-target {}: cannot read", file.display()))?;
        let aot = AotCompiler::gpu(
            args.device.plugin.as_deref(),
            &text,
            file,
            args.device.replicas,
        )?;
        eprintln!(
            "compiling for {} with {} (deviceless)",
            file.display(),
            aot.plugin_path().display()
        );
        Ok(Compiler::Aot(aot))
    }

    /// Compiles `text`: XLA's memory statistics and the compile time.
    fn compile(&self, text: &str, replicas: usize) -> Result<(CompiledMemoryStats, f64)> {
        let options = CompileOptions::replicas(replicas);
        Ok(match self {
            Compiler::Device(client) => {
                let exe = client.compile(text, options)?;
                (exe.memory_stats()?, exe.compile_time().as_secs_f64())
            }
            Compiler::Aot(aot) => {
                let exe = aot.compile(text, options)?;
                (exe.memory_stats()?, exe.compile_time().as_secs_f64())
            }
        })
    }
}

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

/// One task to compile: its decode length, its evaluation beams, and
/// whether it trains (an eval-only task has generation programs only).
struct Target {
    task: String,
    len: usize,
    beams: usize,
    trains: bool,
}

/// Every training task and eval-only task of the run: decode lengths from
/// `--target-len`, else from the data.
fn targets(args: &CompileArgs, run: &Config, config_dir: &Path) -> Result<Vec<Target>> {
    let trains = |n: &str| run.tasks.iter().any(|t| t == n);
    let beams = |info_beams: Option<usize>| run.eval_beams.or(info_beams).unwrap_or(1).max(1);
    if let Some(len) = args.target_len {
        let mut names = run.tasks.clone();
        for n in eval_tasks(run) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
        return Ok(names
            .into_iter()
            .map(|task| Target {
                beams: beams(
                    if run
                        .user_tasks
                        .as_ref()
                        .is_some_and(|u| u.contains_key(&task))
                    {
                        None
                    } else {
                        crate::data::tasks::builtin_beams(&task)
                    },
                ),
                trains: trains(&task),
                task,
                len,
            })
            .collect());
    }
    let mixture = Mixture::load(run, config_dir, args.device.replicas).with_context(|| {
        "reading the tasks' data for their decode lengths (or give --target-len N)"
    })?;
    Ok(mixture
        .tasks
        .iter()
        .chain(&mixture.eval_only)
        .map(|t| Target {
            task: t.data.info.name.clone(),
            len: t.decode_len,
            beams: beams(t.data.info.beams),
            trains: trains(&t.data.info.name),
        })
        .collect())
}

pub fn run(args: &CompileArgs) -> Result<()> {
    let run = args.config.load()?;
    args.device.warn_about(&run);
    if run.tasks.is_empty() {
        bail!("config key 'tasks' is empty: name at least one task");
    }
    if let Some(file) = &args.gpu_target {
        if args.device.device != DeviceKind::Gpu {
            bail!("--gpu-target {}: needs --device gpu", file.display());
        }
    }
    let name = args
        .config
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "config".into());
    let dir = args.out.join(&name);
    let xla_dir = dir.join("xla");
    let dump = !(args.no_xla_dump || args.summary_only);
    if dump {
        // XLA reads its flags once, when the plugin starts (below); no thread exists yet.
        let flags = std::env::var("XLA_FLAGS").unwrap_or_default();
        let dump = format!(
            "{flags} --xla_dump_to={} --xla_dump_hlo_as_text",
            xla_dir.display()
        );
        std::env::set_var("XLA_FLAGS", dump.trim());
    }
    let config_dir = args.config.dir();
    let (cfg, _) = run_model(&run)?;
    let counts = count(&run, &cfg)?;
    let known = |t: &String| run.tasks.contains(t) || eval_tasks(&run).contains(t);
    if let Some(bad) = args.only.iter().find(|t| !known(t)) {
        bail!(
            "--task {bad}: not one of the config's tasks or eval_tasks ({})",
            run.tasks.join(", ")
        );
    }
    let targets: Vec<Target> = targets(args, &run, &config_dir)?
        .into_iter()
        .filter(|t| args.only.is_empty() || args.only.contains(&t.task))
        .collect();
    let replicas = args.device.replicas;
    let compiler = Compiler::new(args)?;
    // Only now, with the arguments checked and the compiler ready, is the
    // previous output replaced.
    if dir.exists() {
        std::fs::remove_dir_all(&dir).with_context(|| format!("cannot clear {}", dir.display()))?;
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let total_steps = run.max_steps.max(1) as usize;
    let opt = OptimSettings::from_config(&run, total_steps)?;
    let batch = run.per_device_train_batch_size;
    let micro = run.gradient_accumulation_steps.max(1);
    let programs_of = |t: &Target| 3 + usize::from(t.trains) * if micro > 1 { 2 } else { 1 };
    let pb = super::progress_bar(
        targets.iter().map(programs_of).sum(),
        "{spinner} {pos}/{len} programs compiled [{elapsed_precise}] {msg}",
    );
    let mut summaries = Vec::new();
    for Target {
        task,
        len: target_len,
        beams,
        trains,
    } in targets
    {
        let shapes = Shapes {
            batch,
            source_len: run.max_source_length,
            target_len,
        };
        let mut graphs: Vec<(String, Graph)> = Vec::new();
        if !trains {
            // eval-only: generation programs alone
        } else if micro > 1 {
            let grad = build_grad_step(&run, &cfg, &task, shapes, replicas, micro)?;
            let apply = build_apply_step(
                &format!("{task}_apply_step"),
                &grad.accumulated(),
                replicas,
                &opt,
            )?;
            graphs.push(("grad_step".into(), grad.graph));
            graphs.push(("apply_step".into(), apply.graph));
        } else {
            let step = build_step(&run, &cfg, &task, shapes, replicas, &opt)?;
            graphs.push(("train_step".into(), step.graph));
        }
        let gen = GenShapes {
            rows: run.per_device_eval_batch_size * beams,
            source_len: run.max_source_length,
            max_len: target_len,
        };
        let beams = beams > 1;
        graphs.push((
            "encode".into(),
            build_encode(&run, &cfg, &task, gen, replicas)?.graph,
        ));
        let step = build_decode_step(&run, &cfg, &task, gen, replicas, beams)?;
        graphs.push(("decode_step".into(), step.graph));
        let loss_shapes = Shapes {
            batch: run.per_device_eval_batch_size,
            ..shapes
        };
        let loss = build_eval_loss(&run, &cfg, &task, loss_shapes, replicas)?;
        graphs.push(("eval_loss".into(), loss.graph));
        let mut programs = Vec::new();
        let mut train_flops = 0.0;
        for (kind, graph) in graphs {
            let text = crate::emit::emit(&graph)?;
            let file = format!("{task}.{kind}.stablehlo.mlir");
            if !args.summary_only {
                std::fs::write(dir.join(&file), &text)
                    .with_context(|| format!("cannot write {}", dir.join(&file).display()))?;
            }
            pb.set_message(format!("compiling {}", graph.name()));
            let (mem, compile_seconds) = compiler.compile(&text, replicas)?;
            pb.inc(1);
            let flops = graph.matmul_flops();
            match kind.as_str() {
                "train_step" | "apply_step" => train_flops += flops,
                "grad_step" => train_flops += flops * micro as f64,
                _ => {}
            }
            let p = ProgramSummary {
                program: graph.name().to_string(),
                file,
                nodes: graph.len(),
                matmul_gflop: flops / 1e9,
                compile_seconds,
                argument_bytes: mem.argument_bytes,
                output_bytes: mem.output_bytes,
                alias_bytes: mem.alias_bytes,
                temp_bytes: mem.temp_bytes,
                peak_bytes: mem.peak_bytes,
                generated_code_bytes: mem.generated_code_bytes,
            };
            super::say(
                &pb,
                &format!(
                    "{:<32} {:>7} nodes {:>9.2} GFLOP {:>7.1} s compile {:>9} MiB peak",
                    p.program,
                    p.nodes,
                    p.matmul_gflop,
                    p.compile_seconds,
                    p.peak_bytes >> 20
                ),
            );
            programs.push(p);
        }
        summaries.push(TaskSummary {
            trainable: match counts.per_task.get(&task) {
                Some(n) => *n,
                None if trains => counts.trainable,
                None => 0,
            },
            task,
            batch_per_replica: batch,
            replicas,
            source_len: run.max_source_length,
            target_len,
            parameters: counts.total,
            train_gflop_per_update: train_flops * replicas as f64 / 1e9,
            programs,
        });
    }
    pb.finish_and_clear();
    if dump {
        keep_hlo_only(&xla_dir)?;
    }
    let json = serde_json::to_string_pretty(&summaries)?;
    std::fs::write(dir.join("summary.json"), json)?;
    std::fs::write(dir.join("summary.md"), markdown(&name, &summaries))?;
    eprintln!(
        "wrote {} (StableHLO, summary.json, summary.md{})",
        dir.display(),
        if dump {
            ", xla/: HLO before and after optimisation"
        } else {
            ""
        }
    );
    Ok(())
}

/// Of XLA's dump, keeps each module's HLO before and after optimisation and
/// its memory-usage report, named `{program}.{stage}.txt` (without the
/// compile-order number, so regenerated files diff cleanly); removes the
/// per-kernel MLIR, LLVM IR and object files. The after-optimisation stage
/// carries the backend's name: `cpu_after_optimizations.txt` on the CPU
/// plugin, `sm_9.0_gpu_after_optimizations.txt` on a Hopper GPU.
fn keep_hlo_only(dir: &Path) -> Result<()> {
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
fn markdown(name: &str, tasks: &[TaskSummary]) -> String {
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
