//! Deviceless ahead-of-time compilation: a `PJRT_TopologyDescription` made
//! from creation options (for the GPU plugin, a `GpuTargetConfigProto` text
//! and a topology shape) and `PJRT_Compile` against it, with no client and
//! no device present.

use std::sync::Arc;

use super::client::{named_value, program};
use super::executable::memory_stats;
use super::{args, pjrt_call, sys, Api, CompiledMemoryStats, CreateOption};
use crate::error::Result;

/// An owned topology description: the devices a program is compiled for.
pub struct TopologyHandle {
    api: Arc<Api>,
    ptr: *mut sys::PJRT_TopologyDescription,
}

// SAFETY: a topology description is immutable once created.
unsafe impl Send for TopologyHandle {}
unsafe impl Sync for TopologyHandle {}

impl Drop for TopologyHandle {
    fn drop(&mut self) {
        let mut a: sys::PJRT_TopologyDescription_Destroy_Args = args();
        a.topology = self.ptr;
        let _ = pjrt_call!(&self.api, PJRT_TopologyDescription_Destroy, &mut a);
    }
}

impl TopologyHandle {
    /// Creates the plugin's topology from `options`; `options` must outlive
    /// the call only.
    pub fn create(api: Arc<Api>, options: &[CreateOption]) -> Result<TopologyHandle> {
        let values: Vec<sys::PJRT_NamedValue> = options.iter().map(named_value).collect();
        let mut a: sys::PJRT_TopologyDescription_Create_Args = args();
        a.create_options = values.as_ptr();
        a.num_options = values.len();
        pjrt_call!(&api, PJRT_TopologyDescription_Create, &mut a)?;
        Ok(TopologyHandle {
            api,
            ptr: a.topology,
        })
    }

    pub fn api(&self) -> &Arc<Api> {
        &self.api
    }

    /// Compiles `code` in `format` for this topology with serialized
    /// `CompileOptionsProto` bytes: an executable that cannot run here, but
    /// has XLA's memory statistics (and, with `--xla_dump_to`, its HLO).
    pub fn compile(&self, code: &str, format: &str, options: &[u8]) -> Result<UnloadedExecutable> {
        let program = program(code, format);
        let mut a: sys::PJRT_Compile_Args = args();
        a.topology = self.ptr;
        a.program = &program;
        a.compile_options = options.as_ptr().cast();
        a.compile_options_size = options.len();
        pjrt_call!(&self.api, PJRT_Compile, &mut a)?;
        Ok(UnloadedExecutable {
            api: self.api.clone(),
            ptr: a.executable,
        })
    }
}

/// An owned executable compiled without a client.
pub struct UnloadedExecutable {
    api: Arc<Api>,
    ptr: *mut sys::PJRT_Executable,
}

// SAFETY: the executable is only read after compilation.
unsafe impl Send for UnloadedExecutable {}
unsafe impl Sync for UnloadedExecutable {}

impl Drop for UnloadedExecutable {
    fn drop(&mut self) {
        let mut a: sys::PJRT_Executable_Destroy_Args = args();
        a.executable = self.ptr;
        let _ = pjrt_call!(&self.api, PJRT_Executable_Destroy, &mut a);
    }
}

impl UnloadedExecutable {
    pub fn memory_stats(&self) -> Result<CompiledMemoryStats> {
        memory_stats(&self.api, self.ptr)
    }
}
