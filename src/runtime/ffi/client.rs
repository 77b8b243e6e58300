//! `PJRT_Client`: creation, platform, devices, compilation, host-to-device.

use std::ffi::c_char;
use std::sync::Arc;

use super::{args, lossy, pjrt_call, sys, Api, BufferHandle, Event, ExecutableHandle};
use crate::error::{Error, Result};

/// A client creation option (`PJRT_NamedValue`), e.g. `cpu_device_count`.
#[derive(Clone, Debug, PartialEq)]
pub enum CreateOption {
    Int64(String, i64),
    Int64List(String, Vec<i64>),
    Bool(String, bool),
    Float(String, f32),
    Str(String, String),
}

/// What a device says about itself.
#[derive(Clone, Debug)]
pub struct DeviceDescription {
    pub id: i32,
    pub process_index: i32,
    pub kind: String,
    pub description: String,
    pub debug_string: String,
    pub local_hardware_id: i32,
}

/// A device's memory use as its allocator reports it (`PJRT_Device_MemoryStats`).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct DeviceMemory {
    pub bytes_in_use: i64,
    /// The most in use at once since the client was created, when the plugin tracks it.
    pub peak_bytes_in_use: Option<i64>,
    /// What the allocator may use in all, when the plugin says.
    pub bytes_limit: Option<i64>,
}

/// An owned `PJRT_Client` and its addressable devices.
pub struct ClientHandle {
    pub(super) api: Arc<Api>,
    pub(super) ptr: *mut sys::PJRT_Client,
    pub(super) devices: Vec<*mut sys::PJRT_Device>,
}

// SAFETY: PJRT clients are thread-safe.
unsafe impl Send for ClientHandle {}
unsafe impl Sync for ClientHandle {}

impl Drop for ClientHandle {
    fn drop(&mut self) {
        let mut a: sys::PJRT_Client_Destroy_Args = args();
        a.client = self.ptr;
        let _ = pjrt_call!(&self.api, PJRT_Client_Destroy, &mut a);
    }
}

pub(super) fn named_value(opt: &CreateOption) -> sys::PJRT_NamedValue {
    let mut v: sys::PJRT_NamedValue = args();
    let name = match opt {
        CreateOption::Int64(name, x) => {
            v.type_ = sys::PJRT_NamedValue_kInt64;
            v.__bindgen_anon_1.int64_value = *x;
            v.value_size = 1;
            name
        }
        CreateOption::Int64List(name, xs) => {
            v.type_ = sys::PJRT_NamedValue_kInt64List;
            v.__bindgen_anon_1.int64_array_value = xs.as_ptr();
            v.value_size = xs.len();
            name
        }
        CreateOption::Bool(name, x) => {
            v.type_ = sys::PJRT_NamedValue_kBool;
            v.__bindgen_anon_1.bool_value = *x;
            v.value_size = 1;
            name
        }
        CreateOption::Float(name, x) => {
            v.type_ = sys::PJRT_NamedValue_kFloat;
            v.__bindgen_anon_1.float_value = *x;
            v.value_size = 1;
            name
        }
        CreateOption::Str(name, s) => {
            v.type_ = sys::PJRT_NamedValue_kString;
            v.__bindgen_anon_1.string_value = s.as_ptr().cast::<c_char>();
            v.value_size = s.len();
            name
        }
    };
    v.name = name.as_ptr().cast::<c_char>();
    v.name_size = name.len();
    v
}

impl ClientHandle {
    /// Creates a client; `options` must outlive the call only.
    pub fn create(api: Arc<Api>, options: &[CreateOption]) -> Result<Arc<ClientHandle>> {
        let values: Vec<sys::PJRT_NamedValue> = options.iter().map(named_value).collect();
        let mut a: sys::PJRT_Client_Create_Args = args();
        a.create_options = values.as_ptr();
        a.num_options = values.len();
        pjrt_call!(&api, PJRT_Client_Create, &mut a)?;
        let mut client = ClientHandle {
            api,
            ptr: a.client,
            devices: Vec::new(),
        };
        client.devices = client.addressable_devices()?;
        Ok(Arc::new(client))
    }

    pub fn api(&self) -> &Arc<Api> {
        &self.api
    }

    fn addressable_devices(&self) -> Result<Vec<*mut sys::PJRT_Device>> {
        let mut a: sys::PJRT_Client_AddressableDevices_Args = args();
        a.client = self.ptr;
        pjrt_call!(&self.api, PJRT_Client_AddressableDevices, &mut a)?;
        if a.addressable_devices.is_null() {
            return Ok(Vec::new());
        }
        // SAFETY: the plugin returns an array of `num_addressable_devices`
        // device pointers owned by the client.
        let devs =
            unsafe { std::slice::from_raw_parts(a.addressable_devices, a.num_addressable_devices) };
        Ok(devs.to_vec())
    }

    pub fn platform_name(&self) -> Result<String> {
        let mut a: sys::PJRT_Client_PlatformName_Args = args();
        a.client = self.ptr;
        pjrt_call!(&self.api, PJRT_Client_PlatformName, &mut a)?;
        // SAFETY: the string is owned by the client, alive here.
        Ok(unsafe { lossy(a.platform_name, a.platform_name_size) })
    }

    pub fn platform_version(&self) -> Result<String> {
        let mut a: sys::PJRT_Client_PlatformVersion_Args = args();
        a.client = self.ptr;
        pjrt_call!(&self.api, PJRT_Client_PlatformVersion, &mut a)?;
        // SAFETY: the string is owned by the client, alive here.
        Ok(unsafe { lossy(a.platform_version, a.platform_version_size) })
    }

    pub fn device_count(&self) -> usize {
        self.devices.len()
    }

    fn device(&self, index: usize) -> Result<*mut sys::PJRT_Device> {
        self.devices.get(index).copied().ok_or_else(|| {
            Error::invalid(format!(
                "device {index} does not exist (the client has {} devices)",
                self.devices.len()
            ))
        })
    }

    /// Index of a device pointer in the client's addressable device list.
    pub(super) fn device_index(&self, dev: *mut sys::PJRT_Device) -> Option<usize> {
        self.devices.iter().position(|d| *d == dev)
    }

    /// Describes addressable device `index` (< `device_count()`).
    pub fn describe_device(&self, index: usize) -> Result<DeviceDescription> {
        let dev = self.device(index)?;
        let mut g: sys::PJRT_Device_GetDescription_Args = args();
        g.device = dev;
        pjrt_call!(&self.api, PJRT_Device_GetDescription, &mut g)?;
        let desc = g.device_description;
        let mut id: sys::PJRT_DeviceDescription_Id_Args = args();
        id.device_description = desc;
        pjrt_call!(&self.api, PJRT_DeviceDescription_Id, &mut id)?;
        let mut pi: sys::PJRT_DeviceDescription_ProcessIndex_Args = args();
        pi.device_description = desc;
        pjrt_call!(&self.api, PJRT_DeviceDescription_ProcessIndex, &mut pi)?;
        let mut kind: sys::PJRT_DeviceDescription_Kind_Args = args();
        kind.device_description = desc;
        pjrt_call!(&self.api, PJRT_DeviceDescription_Kind, &mut kind)?;
        let mut ts: sys::PJRT_DeviceDescription_ToString_Args = args();
        ts.device_description = desc;
        pjrt_call!(&self.api, PJRT_DeviceDescription_ToString, &mut ts)?;
        let mut ds: sys::PJRT_DeviceDescription_DebugString_Args = args();
        ds.device_description = desc;
        pjrt_call!(&self.api, PJRT_DeviceDescription_DebugString, &mut ds)?;
        let mut hw: sys::PJRT_Device_LocalHardwareId_Args = args();
        hw.device = dev;
        pjrt_call!(&self.api, PJRT_Device_LocalHardwareId, &mut hw)?;
        // SAFETY: the strings are owned by the device description, which
        // lives as long as the client.
        let (kind, description, debug_string) = unsafe {
            (
                lossy(kind.device_kind, kind.device_kind_size),
                lossy(ts.to_string, ts.to_string_size),
                lossy(ds.debug_string, ds.debug_string_size),
            )
        };
        Ok(DeviceDescription {
            id: id.id,
            process_index: pi.process_index,
            kind,
            description,
            debug_string,
            local_hardware_id: hw.local_hardware_id,
        })
    }

    /// The memory statistics of addressable device `index`, or `None` when
    /// the plugin does not keep them (the CPU plugin answers Unimplemented).
    pub fn device_memory(&self, index: usize) -> Result<Option<DeviceMemory>> {
        let dev = self.device(index)?;
        let mut m: sys::PJRT_Device_MemoryStats_Args = args();
        m.device = dev;
        match pjrt_call!(&self.api, PJRT_Device_MemoryStats, &mut m) {
            Ok(()) => Ok(Some(DeviceMemory {
                bytes_in_use: m.bytes_in_use,
                peak_bytes_in_use: m.peak_bytes_in_use_is_set.then_some(m.peak_bytes_in_use),
                bytes_limit: m.bytes_limit_is_set.then_some(m.bytes_limit),
            })),
            Err(Error::MissingFunction(_)) => Ok(None),
            // The CPU plugin: UNIMPLEMENTED, "GetAllocatorStats is not supported".
            Err(Error::Pjrt {
                unimplemented: true,
                ..
            }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Compiles a program (`format` "mlir" takes StableHLO text) with
    /// serialized `CompileOptionsProto` bytes.
    pub fn compile(
        self: &Arc<Self>,
        code: &str,
        format: &str,
        options: &[u8],
    ) -> Result<ExecutableHandle> {
        let program = program(code, format);
        let mut a: sys::PJRT_Client_Compile_Args = args();
        a.client = self.ptr;
        a.program = &program;
        a.compile_options = options.as_ptr().cast::<c_char>();
        a.compile_options_size = options.len();
        pjrt_call!(&self.api, PJRT_Client_Compile, &mut a)?;
        ExecutableHandle::new(self.clone(), a.executable)
    }

    /// Loads an executable that `ExecutableHandle::serialize` wrote with
    /// this plugin build, with the compile options it was serialized with.
    pub fn deserialize(self: &Arc<Self>, bytes: &[u8]) -> Result<ExecutableHandle> {
        let mut a: sys::PJRT_Executable_DeserializeAndLoad_Args = args();
        a.client = self.ptr;
        a.serialized_executable = bytes.as_ptr().cast::<c_char>();
        a.serialized_executable_size = bytes.len();
        pjrt_call!(&self.api, PJRT_Executable_DeserializeAndLoad, &mut a)?;
        ExecutableHandle::new(self.clone(), a.loaded_executable)
    }

    /// Copies dense row-major host bytes of element type `ty` to device
    /// `device`, waiting until the plugin is done with the host memory.
    pub fn buffer_from_host(
        self: &Arc<Self>,
        bytes: &[u8],
        ty: u32,
        dims: &[i64],
        device: usize,
    ) -> Result<BufferHandle> {
        let mut a: sys::PJRT_Client_BufferFromHostBuffer_Args = args();
        a.client = self.ptr;
        a.data = bytes.as_ptr().cast();
        a.type_ = ty;
        a.dims = dims.as_ptr();
        a.num_dims = dims.len();
        a.host_buffer_semantics = sys::PJRT_HostBufferSemantics_kImmutableUntilTransferCompletes;
        a.device = self.device(device)?;
        pjrt_call!(&self.api, PJRT_Client_BufferFromHostBuffer, &mut a)?;
        let buffer = BufferHandle {
            client: self.clone(),
            ptr: a.buffer,
        };
        let done = Event {
            api: &self.api,
            ptr: a.done_with_host_buffer,
        };
        done.wait("PJRT_Client_BufferFromHostBuffer")?;
        Ok(buffer)
    }
}

/// A `PJRT_Program` over `code` in `format` ("mlir" takes StableHLO text);
/// the plugin only reads `code` during the compile call it is passed to.
pub(super) fn program(code: &str, format: &str) -> sys::PJRT_Program {
    let mut program: sys::PJRT_Program = args();
    program.code = code.as_ptr() as *mut c_char;
    program.code_size = code.len();
    program.format = format.as_ptr().cast::<c_char>();
    program.format_size = format.len();
    program
}
