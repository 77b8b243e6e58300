//! Compiled programs and replicated execution.

use std::time::Duration;

use super::buffer::Buffer;
use super::compile_options::CompileOptions;
use super::ffi::{CompiledMemoryStats, ExecutableHandle};
use super::signature::{parse_main_signature, Signature};
use crate::error::{Error, Result};

/// A program compiled for a fixed number of replicas.
pub struct Executable {
    handle: ExecutableHandle,
    options: CompileOptions,
    devices: Vec<usize>,
    num_outputs: usize,
    signature: Option<Signature>,
    compile_time: Duration,
    from_disk: bool,
}

impl Executable {
    pub(super) fn new(
        handle: ExecutableHandle,
        stablehlo: &str,
        options: CompileOptions,
        compile_time: Duration,
        from_disk: bool,
    ) -> Result<Self> {
        let devices = handle.devices()?;
        let num_outputs = handle.num_outputs()?;
        Ok(Executable {
            handle,
            options,
            devices,
            num_outputs,
            signature: parse_main_signature(stablehlo),
            compile_time,
            from_disk,
        })
    }

    pub fn num_replicas(&self) -> usize {
        self.options.num_replicas
    }

    pub fn num_outputs(&self) -> usize {
        self.num_outputs
    }

    /// Client device index of each replica: replica `r`'s arguments must live
    /// on device `devices()[r]`.
    pub fn devices(&self) -> &[usize] {
        &self.devices
    }

    /// Argument and result types, when they could be read from the program.
    pub fn signature(&self) -> Option<&Signature> {
        self.signature.as_ref()
    }

    /// How long compiling took, or loading when `from_compile_cache`.
    pub fn compile_time(&self) -> Duration {
        self.compile_time
    }

    /// Whether the program was loaded from the compile cache instead of compiled.
    pub fn from_compile_cache(&self) -> bool {
        self.from_disk
    }

    pub fn name(&self) -> Result<String> {
        self.handle.name()
    }

    pub fn memory_stats(&self) -> Result<CompiledMemoryStats> {
        self.handle.memory_stats()
    }

    /// Runs every replica at once: `arguments[r]` are replica `r`'s arguments,
    /// on device `devices()[r]`. Returns each replica's outputs. Arguments
    /// that the program donates (`tf.aliasing_output`) are consumed: they
    /// read as deleted afterwards.
    pub fn execute(&self, arguments: &[Vec<&Buffer>]) -> Result<Vec<Vec<Buffer>>> {
        self.check_arguments(arguments)?;
        let handles: Vec<Vec<_>> = arguments
            .iter()
            .map(|list| list.iter().map(|b| b.handle()).collect())
            .collect();
        let outputs = self.handle.execute(&handles, self.num_outputs)?;
        outputs
            .into_iter()
            .map(|list| list.into_iter().map(Buffer::from_output).collect())
            .collect()
    }

    /// Runs a single-replica program.
    pub fn execute1(&self, arguments: &[&Buffer]) -> Result<Vec<Buffer>> {
        let mut out = self.execute(&[arguments.to_vec()])?;
        Ok(out.pop().unwrap_or_default())
    }

    fn check_arguments(&self, arguments: &[Vec<&Buffer>]) -> Result<()> {
        if arguments.len() != self.num_replicas() {
            return Err(Error::invalid(format!(
                "the program was compiled for {} replica(s) but {} argument list(s) were given",
                self.num_replicas(),
                arguments.len()
            )));
        }
        for (replica, list) in arguments.iter().enumerate() {
            self.check_replica(replica, list)?;
        }
        Ok(())
    }

    fn check_replica(&self, replica: usize, list: &[&Buffer]) -> Result<()> {
        if let Some(sig) = &self.signature {
            if list.len() != sig.inputs.len() {
                return Err(Error::invalid(format!(
                    "replica {replica}: the program takes {} argument(s) but {} were given",
                    sig.inputs.len(),
                    list.len()
                )));
            }
        }
        let device = self.devices.get(replica).copied();
        for (i, buffer) in list.iter().enumerate() {
            if let Some(expected) = self.signature.as_ref().map(|s| &s.inputs[i]) {
                if buffer.spec() != expected {
                    return Err(Error::ShapeMismatch {
                        op: format!("execute: replica {replica}, argument {i}"),
                        lhs: format!("expected {expected}"),
                        rhs: format!("got {}", buffer.spec()),
                    });
                }
            }
            if device.is_some_and(|d| d != buffer.device()) {
                return Err(Error::invalid(format!(
                    "replica {replica}, argument {i}: the buffer is on device {} but replica {replica} runs on device {}",
                    buffer.device(),
                    device.unwrap_or_default()
                )));
            }
            if buffer.is_deleted()? {
                return Err(Error::invalid(format!(
                    "replica {replica}, argument {i}: the buffer was donated to an earlier execution"
                )));
            }
        }
        Ok(())
    }
}
