//! `ruse predict --target`: the loss of one target for each input.

use std::collections::HashMap;

use anyhow::{Context, Result};

use crate::config::Config;
use crate::model::generate::START_ID;
use crate::model::program::{build_task_program, Shapes, TaskProgram};
use crate::model::T5Config;
use crate::runtime::{Buffer, Client, CompileOptions, ElementType, Executable, HostTensor};

/// The loss (mean cross-entropy over the target's tokens) of one target
/// for sources padded to one length (the pads masked out): the program is
/// compiled and the target uploaded once, then run per source.
pub(super) struct TargetScorer<'a> {
    client: &'a Client,
    program: TaskProgram,
    exe: Executable,
    source_len: usize,
    /// The decoder inputs and the labels, on device 0.
    target: [Buffer; 2],
}

impl<'a> TargetScorer<'a> {
    pub(super) fn new(
        client: &'a Client,
        (run, cfg, task): (&Config, &T5Config, &str),
        source_len: usize,
        target: &[u32],
    ) -> Result<Self> {
        let shapes = Shapes {
            batch: 1,
            source_len,
            target_len: target.len().max(1),
        };
        let mut program = build_task_program(run, cfg, task, shapes, ElementType::F32, false)?;
        crate::runtime::host_dot::apply(&mut program.graph, run, client.device_kind())?;
        crate::model::generate::weight_first_on(&mut program.graph, client.device_kind());
        let exe = client.compile(
            &crate::emit::emit(&program.graph)?,
            CompileOptions::replicas(1),
        )?;
        let labels: Vec<i32> = target.iter().map(|&t| t as i32).collect();
        let decoder: Vec<i32> = std::iter::once(START_ID)
            .chain(labels.iter().copied())
            .take(labels.len())
            .collect();
        let t = labels.len() as i64;
        let target = [
            client.upload_slice(&decoder, &[1, t], 0)?,
            client.upload_slice(&labels, &[1, t], 0)?,
        ];
        Ok(TargetScorer {
            client,
            program,
            exe,
            source_len,
            target,
        })
    }

    pub(super) fn loss(&self, params: &HashMap<String, Buffer>, source: &[u32]) -> Result<f64> {
        let mut ids: Vec<i32> = source.iter().map(|&t| t as i32).collect();
        let mut mask = vec![1i32; ids.len()];
        ids.resize(self.source_len, 0);
        mask.resize(self.source_len, 0);
        let s = self.source_len as i64;
        let source = [
            self.client.upload_slice(&ids, &[1, s], 0)?,
            self.client.upload_slice(&mask, &[1, s], 0)?,
        ];
        let mut args: Vec<&Buffer> = source.iter().chain(&self.target).collect();
        for p in &self.program.params {
            args.push(
                params
                    .get(&p.name)
                    .with_context(|| format!("the model has no parameter {}", p.name))?,
            );
        }
        let outs = self.exe.execute(&[args])?;
        let loss: HostTensor = outs[0][self.program.loss].to_host()?;
        Ok(loss.to_scalar::<f32>()? as f64)
    }
}
