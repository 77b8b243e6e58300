//! `PJRT_LoadedExecutable`: a compiled program and its execution.

use std::sync::Arc;

use super::{args, lossy, pjrt_call, sys, Api, BufferHandle, ClientHandle, Event};
use crate::error::{Error, Result};

/// XLA's estimate of the memory one execution needs, per device.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompiledMemoryStats {
    pub generated_code_bytes: i64,
    pub argument_bytes: i64,
    pub output_bytes: i64,
    pub alias_bytes: i64,
    pub temp_bytes: i64,
    pub peak_bytes: i64,
}

/// The compiled memory statistics of the live executable `exe` of `api`.
pub(super) fn memory_stats(
    api: &Api,
    exe: *mut sys::PJRT_Executable,
) -> Result<CompiledMemoryStats> {
    let mut a: sys::PJRT_Executable_GetCompiledMemoryStats_Args = args();
    a.executable = exe;
    pjrt_call!(api, PJRT_Executable_GetCompiledMemoryStats, &mut a)?;
    Ok(CompiledMemoryStats {
        generated_code_bytes: a.generated_code_size_in_bytes,
        argument_bytes: a.argument_size_in_bytes,
        output_bytes: a.output_size_in_bytes,
        alias_bytes: a.alias_size_in_bytes,
        temp_bytes: a.temp_size_in_bytes,
        peak_bytes: a.peak_memory_in_bytes,
    })
}

/// XLA's platform-specific serialization of the executable `exe` of `api`:
/// loadable by `ClientHandle::deserialize` of the same plugin build only.
pub(super) fn serialize(api: &Api, exe: *mut sys::PJRT_Executable) -> Result<Vec<u8>> {
    let mut a: sys::PJRT_Executable_Serialize_Args = args();
    a.executable = exe;
    pjrt_call!(api, PJRT_Executable_Serialize, &mut a)?;
    let bytes = if a.serialized_bytes.is_null() {
        Vec::new()
    } else {
        // SAFETY: `serialized_bytes_size` bytes, alive until the deleter runs.
        unsafe {
            std::slice::from_raw_parts(a.serialized_bytes.cast::<u8>(), a.serialized_bytes_size)
        }
        .to_vec()
    };
    if let Some(delete) = a.serialized_executable_deleter {
        // SAFETY: called once, on the object the plugin gave back.
        unsafe { delete(a.serialized_executable) };
    }
    if bytes.is_empty() {
        return Err(Error::invalid(
            "the plugin serialized the executable to no bytes",
        ));
    }
    Ok(bytes)
}

/// An owned loaded executable (and the executable view it owns).
pub struct ExecutableHandle {
    client: Arc<ClientHandle>,
    loaded: *mut sys::PJRT_LoadedExecutable,
    exe: *mut sys::PJRT_Executable,
}

// SAFETY: PJRT executables may be executed from any thread.
unsafe impl Send for ExecutableHandle {}
unsafe impl Sync for ExecutableHandle {}

impl Drop for ExecutableHandle {
    fn drop(&mut self) {
        let api = &self.client.api;
        if !self.exe.is_null() {
            let mut a: sys::PJRT_Executable_Destroy_Args = args();
            a.executable = self.exe;
            let _ = pjrt_call!(api, PJRT_Executable_Destroy, &mut a);
        }
        let mut a: sys::PJRT_LoadedExecutable_Destroy_Args = args();
        a.executable = self.loaded;
        let _ = pjrt_call!(api, PJRT_LoadedExecutable_Destroy, &mut a);
    }
}

impl ExecutableHandle {
    pub(super) fn new(
        client: Arc<ClientHandle>,
        loaded: *mut sys::PJRT_LoadedExecutable,
    ) -> Result<Self> {
        let mut handle = ExecutableHandle {
            client,
            loaded,
            exe: std::ptr::null_mut(),
        };
        let mut a: sys::PJRT_LoadedExecutable_GetExecutable_Args = args();
        a.loaded_executable = loaded;
        pjrt_call!(
            &handle.client.api,
            PJRT_LoadedExecutable_GetExecutable,
            &mut a
        )?;
        handle.exe = a.executable;
        Ok(handle)
    }

    pub fn name(&self) -> Result<String> {
        let mut a: sys::PJRT_Executable_Name_Args = args();
        a.executable = self.exe;
        pjrt_call!(&self.client.api, PJRT_Executable_Name, &mut a)?;
        // SAFETY: the name is owned by the executable, alive here.
        Ok(unsafe { lossy(a.executable_name, a.executable_name_size) })
    }

    pub fn num_outputs(&self) -> Result<usize> {
        let mut a: sys::PJRT_Executable_NumOutputs_Args = args();
        a.executable = self.exe;
        pjrt_call!(&self.client.api, PJRT_Executable_NumOutputs, &mut a)?;
        Ok(a.num_outputs)
    }

    /// Client device indices the executable runs on, in replica order.
    pub fn devices(&self) -> Result<Vec<usize>> {
        let mut a: sys::PJRT_LoadedExecutable_AddressableDevices_Args = args();
        a.executable = self.loaded;
        pjrt_call!(
            &self.client.api,
            PJRT_LoadedExecutable_AddressableDevices,
            &mut a
        )?;
        if a.addressable_devices.is_null() {
            return Ok(Vec::new());
        }
        // SAFETY: an array of `num_addressable_devices` device pointers.
        let devs =
            unsafe { std::slice::from_raw_parts(a.addressable_devices, a.num_addressable_devices) };
        devs.iter()
            .map(|d| {
                self.client.device_index(*d).ok_or_else(|| {
                    Error::invalid("executable placed on a device the client does not address")
                })
            })
            .collect()
    }

    pub fn memory_stats(&self) -> Result<CompiledMemoryStats> {
        memory_stats(&self.client.api, self.exe)
    }

    /// The plugin's serialization of the compiled program (see `serialize`).
    pub fn serialize(&self) -> Result<Vec<u8>> {
        serialize(&self.client.api, self.exe)
    }

    /// Runs on every device of the executable at once: `arguments[d]` is the
    /// argument list for the executable's `d`-th device. Waits until every
    /// device has finished, so runtime errors surface here.
    pub fn execute(
        &self,
        arguments: &[Vec<&BufferHandle>],
        num_outputs: usize,
    ) -> Result<Vec<Vec<BufferHandle>>> {
        let num_args = arguments.first().map_or(0, Vec::len);
        let arg_ptrs: Vec<Vec<*mut sys::PJRT_Buffer>> = arguments
            .iter()
            .map(|list| list.iter().map(|b| b.ptr).collect())
            .collect();
        if arg_ptrs.iter().any(|l| l.len() != num_args) {
            return Err(Error::invalid(
                "every device needs the same number of arguments",
            ));
        }
        let arg_lists: Vec<*const *mut sys::PJRT_Buffer> =
            arg_ptrs.iter().map(|l| l.as_ptr()).collect();
        let mut outputs: Vec<Vec<*mut sys::PJRT_Buffer>> =
            vec![vec![std::ptr::null_mut(); num_outputs]; arguments.len()];
        let out_lists: Vec<*mut *mut sys::PJRT_Buffer> =
            outputs.iter_mut().map(|l| l.as_mut_ptr()).collect();
        let mut events: Vec<*mut sys::PJRT_Event> = vec![std::ptr::null_mut(); arguments.len()];
        let mut options: sys::PJRT_ExecuteOptions = args();
        let mut a: sys::PJRT_LoadedExecutable_Execute_Args = args();
        a.executable = self.loaded;
        a.options = &mut options;
        a.argument_lists = arg_lists.as_ptr();
        a.num_devices = arguments.len();
        a.num_args = num_args;
        a.output_lists = out_lists.as_ptr();
        a.device_complete_events = events.as_mut_ptr();
        pjrt_call!(&self.client.api, PJRT_LoadedExecutable_Execute, &mut a)?;
        // Own every output first, so that all are released whatever happens.
        let owned: Vec<Vec<BufferHandle>> = outputs
            .into_iter()
            .map(|list| {
                list.into_iter()
                    .map(|ptr| BufferHandle {
                        client: self.client.clone(),
                        ptr,
                    })
                    .collect()
            })
            .collect();
        let events: Vec<Event> = events
            .into_iter()
            .map(|ptr| Event {
                api: &self.client.api,
                ptr,
            })
            .collect();
        for event in events {
            event.wait("PJRT_LoadedExecutable_Execute")?;
        }
        Ok(owned)
    }
}
