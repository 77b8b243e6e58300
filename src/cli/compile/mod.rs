//! `ruse compile CONFIG [--out DIR]`: builds and compiles every per-task
//! program of a config (training step, generation encode and decode step),
//! writes their StableHLO and XLA's HLO before and after optimisation, and a
//! summary per task: parameter counts, matmul FLOPs per step, compiled memory
//! statistics and compile time.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use indicatif::ProgressBar;

use super::{ConfigArgs, DeviceArgs};
use crate::config::Config;
use crate::graph::Graph;
use crate::model::generate::{
    build_decode_step, build_encode_with_loss, build_eval_loss, eval_generation_len,
    weight_first_on, GenShapes,
};
use crate::model::inventory::{count, Counts};
use crate::model::program::Shapes;
use crate::model::resolve::run_model;
use crate::model::T5Config;
use crate::runtime::{AotCompiler, Client, CompileOptions, CompiledMemoryStats, DeviceKind};
use crate::train::step::{
    build_apply_step, build_grad_step, build_step, idle_params, OptimSettings,
};

mod output;
mod targets;

use output::{keep_hlo_only, markdown, ProgramSummary, TaskSummary};
use targets::{selected_targets, Target};

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
        note!(
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

pub fn run(args: &CompileArgs) -> Result<()> {
    let run = args.config.load()?;
    args.device.check(&run)?;
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
    // Everything is written into `work` and replaces `dir` only once the
    // last program has compiled: a failed run leaves the previous output.
    let work = args.out.join(format!(".{name}.partial"));
    let xla_dir = work.join("xla");
    let dump = !(args.no_xla_dump || args.summary_only);
    if dump {
        dump_xla_to(&xla_dir);
    }
    let (cfg, _) = run_model(&run)?;
    let counts = count(&run, &cfg)?;
    let targets = selected_targets(args, &run)?;
    let compiler = Compiler::new(args)?;
    if work.exists() {
        std::fs::remove_dir_all(&work)
            .with_context(|| format!("cannot clear {}", work.display()))?;
    }
    crate::files::create_dir(&work)?;
    let micro = run.gradient_accumulation_steps.max(1);
    let programs_of = |t: &Target| 3 + usize::from(t.trains) * if micro > 1 { 2 } else { 1 };
    let pb = super::progress_bar(
        targets.iter().map(programs_of).sum(),
        "{spinner} {pos}/{len} programs compiled [{elapsed_precise}] {msg}",
    );
    let job = Job {
        args,
        run: &run,
        cfg: &cfg,
        compiler: &compiler,
        dir: &work,
        pb: &pb,
        micro,
    };
    if let Err(e) = job.write_all(targets, &counts, &name, dump) {
        let _ = std::fs::remove_dir_all(&work);
        return Err(e);
    }
    if dir.exists() {
        std::fs::remove_dir_all(&dir).with_context(|| format!("cannot clear {}", dir.display()))?;
    }
    std::fs::rename(&work, &dir)
        .with_context(|| format!("cannot rename {} to {}", work.display(), dir.display()))?;
    note!(
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

/// Asks XLA to dump every module's HLO, as text, into `xla_dir`. XLA reads
/// its flags once, when the plugin starts, so this runs before; no thread
/// exists yet.
fn dump_xla_to(xla_dir: &Path) {
    let flags = std::env::var("XLA_FLAGS").unwrap_or_default();
    let dump = format!(
        "{flags} --xla_dump_to={} --xla_dump_hlo_as_text",
        xla_dir.display()
    );
    std::env::set_var("XLA_FLAGS", dump.trim());
}

/// What every task's compilation shares: the run, its model, the compiler,
/// the output directory and the progress bar.
struct Job<'a> {
    args: &'a CompileArgs,
    run: &'a Config,
    cfg: &'a T5Config,
    compiler: &'a Compiler,
    dir: &'a Path,
    pb: &'a ProgressBar,
    /// Micro-batches per update (`gradient_accumulation_steps`, at least 1).
    micro: usize,
}

impl Job<'_> {
    /// Compiles every target's programs, writing their texts, the kept HLO
    /// dump (with `dump`) and the summaries into the job's directory.
    fn write_all(
        &self,
        targets: Vec<Target>,
        counts: &Counts,
        name: &str,
        dump: bool,
    ) -> Result<()> {
        let mut summaries = Vec::new();
        for target in targets {
            let (programs, train_flops) = self.compile_task(&target)?;
            summaries.push(self.summary(target, programs, train_flops, counts));
        }
        self.pb.finish_and_clear();
        if dump {
            keep_hlo_only(&self.dir.join("xla"))?;
        }
        let json = serde_json::to_string_pretty(&summaries)?;
        std::fs::write(self.dir.join("summary.json"), json)?;
        std::fs::write(self.dir.join("summary.md"), markdown(name, &summaries))?;
        Ok(())
    }

    /// Task `target`'s summary: its shapes, parameter counts and programs.
    fn summary(
        &self,
        target: Target,
        programs: Vec<ProgramSummary>,
        train_flops: f64,
        counts: &Counts,
    ) -> TaskSummary {
        let (run, replicas) = (self.run, self.args.device.replicas);
        TaskSummary {
            trainable: match counts.per_task.get(&target.task) {
                Some(n) => *n,
                None if target.trains => counts.trainable,
                None => 0,
            },
            task: target.task,
            batch_per_replica: run.per_device_train_batch_size,
            replicas,
            source_len: run.max_source_length,
            target_len: target.len,
            parameters: counts.total,
            train_gflop_per_update: train_flops * replicas as f64 / 1e9,
            programs,
        }
    }

    /// Builds, writes and compiles `target`'s programs; returns their
    /// summaries and the matmul FLOPs of one update on one replica.
    fn compile_task(&self, target: &Target) -> Result<(Vec<ProgramSummary>, f64)> {
        let mut programs = Vec::new();
        let mut train_flops = 0.0;
        for (kind, mut graph) in self.graphs(target)? {
            crate::runtime::host_dot::apply(&mut graph, self.run, self.args.device.device)?;
            let flops = graph.matmul_flops();
            programs.push(self.compile_program(&target.task, &kind, &graph, flops)?);
            match kind.as_str() {
                "train_step" | "apply_step" => train_flops += flops,
                "grad_step" => train_flops += flops * self.micro as f64,
                _ => {}
            }
        }
        Ok((programs, train_flops))
    }

    /// `target`'s programs, as `ruse train` builds them: the training step
    /// (or, with gradient accumulation, the gradient and apply steps) unless
    /// the task is eval-only, then the evaluation's programs: encode (with
    /// the evaluation loss) and decode step, or with `predict_with_generate:
    /// false` the evaluation loss alone.
    fn graphs(&self, target: &Target) -> Result<Vec<(String, Graph)>> {
        let (run, cfg, task) = (self.run, self.cfg, target.task.as_str());
        let (replicas, micro) = (self.args.device.replicas, self.micro);
        let shapes = Shapes {
            batch: run.per_device_train_batch_size,
            source_len: run.max_source_length,
            target_len: target.len,
        };
        let mut graphs: Vec<(String, Graph)> = Vec::new();
        let device = self.args.device.device;
        if target.trains {
            let opt = OptimSettings::from_config(run, run.max_steps.max(1) as usize)?;
            if micro > 1 {
                let mut grad = build_grad_step(run, cfg, task, shapes, replicas, micro)?;
                crate::train::twins::apply(&mut grad, run, device)?;
                let trained = grad.accumulated();
                let idle = idle_params(run, cfg, &trained)?;
                let apply = build_apply_step(
                    &format!("{task}_apply_step"),
                    &trained,
                    &idle,
                    replicas,
                    &opt,
                )?;
                graphs.push(("grad_step".into(), grad.graph));
                graphs.push(("apply_step".into(), apply.graph));
            } else {
                let mut step = build_step(run, cfg, task, shapes, replicas, &opt)?;
                crate::train::twins::apply(&mut step, run, device)?;
                graphs.push(("train_step".into(), step.graph));
            }
        }
        // The evaluation's programs, as the generator compiles them.
        let mut eval: Vec<(String, Graph)> = Vec::new();
        if run.generates() {
            // An evaluation that generates: the encode program gives the
            // loss too, then the decode step.
            let gen = GenShapes {
                rows: run.per_device_eval_batch_size * target.beams,
                source_len: run.max_source_length,
                max_len: eval_generation_len(target.len),
            };
            let encode = build_encode_with_loss(run, cfg, task, gen, target.len, replicas)?;
            eval.push(("encode".into(), encode.graph));
            let step = build_decode_step(run, cfg, task, gen, replicas, target.beams > 1)?;
            eval.push(("decode_step".into(), step.graph));
        } else {
            // `predict_with_generate: false`: the loss alone.
            let loss_shapes = Shapes {
                batch: run.per_device_eval_batch_size,
                ..shapes
            };
            let loss = build_eval_loss(run, cfg, task, loss_shapes, replicas)?;
            eval.push(("eval_loss".into(), loss.graph));
        }
        for (kind, mut graph) in eval {
            weight_first_on(&mut graph, device);
            graphs.push((kind, graph));
        }
        Ok(graphs)
    }

    /// Writes one program's StableHLO (unless `--summary-only`), compiles it
    /// and reports its figures (`flops`: its matmul FLOPs) above the progress bar.
    fn compile_program(
        &self,
        task: &str,
        kind: &str,
        graph: &Graph,
        flops: f64,
    ) -> Result<ProgramSummary> {
        let text = crate::emit::emit(graph)?;
        let file = format!("{task}.{kind}.stablehlo.mlir");
        if !self.args.summary_only {
            let path = self.dir.join(&file);
            std::fs::write(&path, &text)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        self.pb.set_message(format!("compiling {}", graph.name()));
        let (mem, compile_seconds) = self.compiler.compile(&text, self.args.device.replicas)?;
        self.pb.inc(1);
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
            self.pb,
            &format!(
                "{:<32} {:>7} nodes {:>9.2} GFLOP {:>7.1} s compile {:>9} MiB peak",
                p.program,
                p.nodes,
                p.matmul_gflop,
                p.compile_seconds,
                p.peak_bytes >> 20
            ),
        );
        Ok(p)
    }
}
