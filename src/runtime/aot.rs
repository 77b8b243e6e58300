//! Ahead-of-time compilation for a GPU that is not here: the GPU plugin
//! compiles a program for the device a `GpuTargetConfigProto` text describes
//! (compute capability, cores, memory, ...), with no driver or device, so
//! that a program's GPU HLO and memory needs can be seen on any machine.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::compile_options::CompileOptions;
use super::ffi::{Api, CompiledMemoryStats, CreateOption, TopologyHandle, UnloadedExecutable};
use super::plugin::{find_plugin, DeviceKind};
use crate::error::{Error, Result};

/// A GPU plugin with a deviceless topology of `replicas` devices of one
/// target.
pub struct AotCompiler {
    topology: TopologyHandle,
    replicas: usize,
}

/// A program compiled for the target: its memory statistics and compile time.
pub struct AotExecutable {
    handle: UnloadedExecutable,
    compile_time: Duration,
}

impl AotCompiler {
    /// The GPU plugin (`plugin`, else `RUSE_PJRT_PLUGIN`, else discovery)
    /// with `replicas` devices of the GPU that `target_config` (the text of
    /// a `GpuTargetConfigProto`, read from `source` for errors) describes.
    pub fn gpu(
        plugin: Option<&Path>,
        target_config: &str,
        source: &Path,
        replicas: usize,
    ) -> Result<AotCompiler> {
        if replicas == 0 {
            return Err(Error::invalid("the replica count must be at least 1"));
        }
        let path: PathBuf = find_plugin(DeviceKind::Gpu, plugin)?;
        let api = Api::load(&path)?;
        let options = [
            CreateOption::Str("target_config".into(), target_config.to_string()),
            // partitions x hosts per partition x devices per host
            CreateOption::Str("topology".into(), format!("1x1x{replicas}")),
        ];
        let topology = TopologyHandle::create(api, &options).map_err(|e| match e {
            Error::Pjrt { message, .. } => Error::File {
                path: source.display().to_string(),
                reason: format!(
                    "the GPU plugin {} made no target of it: {message}",
                    path.display()
                ),
            },
            other => other,
        })?;
        Ok(AotCompiler { topology, replicas })
    }

    /// The plugin file in use.
    pub fn plugin_path(&self) -> &Path {
        self.topology.api().path()
    }

    /// Compiles StableHLO text for the target's `options.num_replicas`
    /// devices (the topology's count).
    pub fn compile(&self, stablehlo: &str, options: CompileOptions) -> Result<AotExecutable> {
        if options.num_replicas != self.replicas {
            return Err(Error::invalid(format!(
                "cannot compile for {} replicas: the target topology has {}",
                options.num_replicas, self.replicas
            )));
        }
        let start = Instant::now();
        let handle = self
            .topology
            .compile(stablehlo, "mlir", &options.to_proto())?;
        Ok(AotExecutable {
            handle,
            compile_time: start.elapsed(),
        })
    }
}

impl AotExecutable {
    pub fn memory_stats(&self) -> Result<CompiledMemoryStats> {
        self.handle.memory_stats()
    }

    pub fn compile_time(&self) -> Duration {
        self.compile_time
    }
}
