//! The trainer's compiled programs: building and compiling a task's step
//! (or, with gradient accumulation, its micro-step and the update program of
//! a window) on first use, and running one on every replica with its data
//! and device state.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use super::Trainer;
use crate::error::{Error, Result};
use crate::model::program::{Shapes, DATA_ARGS};
use crate::runtime::{Buffer, CompileOptions, Executable};
use crate::train::slot::Slot;
use crate::train::step::{build_apply_step, build_grad_step, build_step, idle_params, StepProgram};

/// How a program was obtained: in how long, and whether it was loaded from
/// the compile cache (else compiled).
#[derive(Clone, Copy, Debug)]
pub(super) struct Obtained {
    pub(super) time: Duration,
    pub(super) loaded: bool,
}

/// The programs one update obtained: in how long in all, whether any was
/// obtained, and whether any of those was compiled (not loaded from the
/// compile cache).
#[derive(Default)]
pub(super) struct Obtaining {
    pub(super) time: Duration,
    pub(super) any: bool,
    pub(super) compiled: bool,
}

impl Obtaining {
    pub(super) fn add(&mut self, o: Option<Obtained>) {
        if let Some(o) = o {
            self.time += o.time;
            self.any = true;
            self.compiled |= !o.loaded;
        }
    }
}

pub(super) struct Compiled {
    pub(super) program: StepProgram,
    pub(super) exe: Arc<Executable>,
    /// Matrix-product FLOPs of one execution on one replica.
    pub(super) flops: f64,
}

/// A replica's per-step host inputs: the batch arrays (`DATA_ARGS`), the
/// update number and the dropout key, some of which a program may not take.
pub(super) trait DataArgs {
    fn get(&self, i: usize) -> Option<&Buffer>;
}

impl DataArgs for [Buffer; 6] {
    fn get(&self, i: usize) -> Option<&Buffer> {
        self.as_slice().get(i)
    }
}

impl DataArgs for [Option<Buffer>; 6] {
    fn get(&self, i: usize) -> Option<&Buffer> {
        self.as_slice().get(i).and_then(Option::as_ref)
    }
}

/// One replica's arguments in the program's order: the step's data buffers
/// (`DATA_ARGS`, then the update number and the dropout key) and its state.
fn arguments<'a, D: DataArgs>(
    slots: &[Slot],
    data: &'a D,
    state: &'a HashMap<Slot, Buffer>,
) -> Result<Vec<&'a Buffer>> {
    let data_arg = |i: usize| {
        data.get(i)
            .ok_or_else(|| Error::invalid(format!("internal: no data argument {i}")))
    };
    slots
        .iter()
        .map(|slot| match slot {
            Slot::Data(name) => data_arg(DATA_ARGS.iter().position(|n| n == name).unwrap_or(0)),
            Slot::Step => data_arg(4),
            Slot::Key => data_arg(5),
            other => state
                .get(other)
                .ok_or_else(|| Error::invalid(format!("missing device state {other:?}"))),
        })
        .collect()
}

/// A program's replica-0 scalar outputs, read back to the host.
pub(super) struct Scalars(Vec<(Slot, f64)>);

impl Scalars {
    pub(super) fn scalar(&self, slot: Slot) -> Result<f64> {
        self.0
            .iter()
            .find(|(s, _)| *s == slot)
            .map(|(_, v)| *v)
            .ok_or_else(|| Error::invalid(format!("internal: the program has no {slot:?} output")))
    }
}

/// The data arguments of a program that takes only the update number.
pub(super) fn step_only(step: Buffer) -> [Option<Buffer>; 6] {
    [None, None, None, None, Some(step), None]
}

/// Runs `compiled` on every replica, keeps the state it returns and reads its scalar outputs.
pub(super) fn run_program<D: DataArgs>(
    compiled: &Compiled,
    data: &[D],
    state: &mut [HashMap<Slot, Buffer>],
) -> Result<Scalars> {
    let args = data
        .iter()
        .zip(state.iter())
        .map(|(d, st)| arguments(&compiled.program.args, d, st))
        .collect::<Result<Vec<_>>>()?;
    let outputs = compiled.exe.execute(&args)?;
    let mut scalars = Vec::new();
    for (slot, buf) in compiled.program.outputs.iter().zip(&outputs[0]) {
        if matches!(slot, Slot::Loss | Slot::GradNorm | Slot::LearningRate) {
            scalars.push((slot.clone(), buf.to_host()?.to_scalar::<f32>()? as f64));
        }
    }
    for (r, outs) in outputs.into_iter().enumerate() {
        for (slot, buf) in compiled.program.outputs.iter().zip(outs) {
            if slot.is_state() {
                state[r].insert(slot.clone(), buf);
            }
        }
    }
    Ok(Scalars(scalars))
}

impl Trainer {
    /// The task's program for these shapes, compiled on first use.
    pub(super) fn program(&mut self, task: &str, shapes: Shapes) -> Result<Option<Obtained>> {
        let key = (task.to_string(), shapes.target_len);
        if self.programs.contains_key(&key) {
            return Ok(None);
        }
        let micro = self.run.gradient_accumulation_steps;
        let mut program = if micro > 1 {
            build_grad_step(&self.run, &self.cfg, task, shapes, self.replicas(), micro)?
        } else {
            build_step(
                &self.run,
                &self.cfg,
                task,
                shapes,
                self.replicas(),
                &self.opt,
            )?
        };
        crate::train::twins::apply(&mut program, &self.run, self.client.device_kind())?;
        crate::runtime::host_dot::apply(&mut program.graph, &self.run, self.client.device_kind())?;
        let (compiled, took) = self.compile(program)?;
        self.programs.insert(key, compiled);
        Ok(took)
    }

    /// Compiles a program for the replicas (or reuses the executable of an
    /// identical one) and creates the state it needs; how it was obtained, or
    /// `None` when it was reused.
    fn compile(&mut self, program: StepProgram) -> Result<(Compiled, Option<Obtained>)> {
        let text = crate::emit::emit(&program.graph)?;
        let options = CompileOptions::replicas(self.replicas());
        let shared = self.executables.compile(&self.client, &text, options)?;
        self.ensure_state(&program.args)?;
        let took = (!shared.reused).then(|| Obtained {
            time: shared.exe.compile_time(),
            loaded: shared.exe.from_compile_cache(),
        });
        let exe = shared.exe;
        let flops = program.graph.matmul_flops();
        Ok((
            Compiled {
                program,
                exe,
                flops,
            },
            took,
        ))
    }

    /// How many matrix products of a compiled training program ruse's own
    /// kernel runs (`host_matmul_kernel`) and how many it has, for the
    /// program with the most such calls; `None` before any program.
    pub fn kernel_products(&self) -> Option<(usize, usize)> {
        self.programs
            .values()
            .map(|c| crate::runtime::host_dot::count(&c.program.graph))
            .max()
    }

    /// How many training programs were compiled so far.
    pub fn compiled_programs(&self) -> usize {
        self.executables.compiled()
    }

    /// Whether tasks with the same program share one compilation (the
    /// default); `false` compiles each task's program on its own.
    pub fn set_shared_compilation(&mut self, share: bool) {
        self.executables.set_sharing(share);
    }

    /// The update program for a window over `tasks` (sorted), compiled on first use.
    pub(super) fn apply_program(&mut self, tasks: &[String]) -> Result<Option<Obtained>> {
        if self.apply.contains_key(tasks) {
            return Ok(None);
        }
        let mut trained: Vec<crate::model::ParamInfo> = Vec::new();
        for ((task, _), c) in &self.programs {
            if tasks.contains(task) {
                for info in c.program.accumulated() {
                    if !trained.iter().any(|p| p.name == info.name) {
                        trained.push(info);
                    }
                }
            }
        }
        trained.sort_by(|a, b| a.name.cmp(&b.name));
        let name = format!("{}_apply_step", tasks.join("+"));
        let idle = idle_params(&self.run, &self.cfg, &trained)?;
        let program = build_apply_step(&name, &trained, &idle, self.replicas(), &self.opt)?;
        let (compiled, took) = self.compile(program)?;
        self.apply.insert(tasks.to_vec(), compiled);
        Ok(took)
    }
}
