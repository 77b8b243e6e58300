//! The PJRT client: a loaded plugin with its devices.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use super::buffer::Buffer;
use super::compile_options::CompileOptions;
use super::disk_cache::DiskCache;
use super::element::Element;
use super::executable::Executable;
use super::ffi::{self, Api, ClientHandle, CreateOption, DeviceDescription, DeviceMemory};
use super::plugin::{find_plugin, host_has_tpu, DeviceKind};
use super::tensor::HostTensor;
use crate::error::{Error, Result};

/// How to create a client.
#[derive(Clone, Debug, Default)]
pub struct ClientOptions {
    pub device: DeviceKind,
    /// The plugin file; when `None`, `RUSE_PJRT_PLUGIN` or discovery decides.
    pub plugin: Option<PathBuf>,
    /// CPU only: how many virtual CPU devices to create (`cpu_device_count`).
    pub cpu_device_count: Option<usize>,
    /// Further plugin-specific creation options (e.g. the GPU plugin's
    /// `preallocate` or `memory_fraction`).
    pub extra: Vec<CreateOption>,
}

/// A connection to one PJRT plugin and its addressable devices.
#[derive(Clone)]
pub struct Client {
    handle: Arc<ClientHandle>,
    device: DeviceKind,
    /// Where compiled programs are kept between runs, if anywhere.
    disk_cache: Option<Arc<DiskCache>>,
}

impl Client {
    /// Finds, loads and initializes the plugin and creates a client.
    pub fn new(options: &ClientOptions) -> Result<Client> {
        if options.device == DeviceKind::Tpu && !host_has_tpu() {
            return Err(Error::DeviceUnavailable(
                "--device tpu: this machine has no TPU devices (no /dev/accel* or /dev/vfio/*). \
                 ruse does not initialize the TPU plugin without them, because libtpu would \
                 query the cloud metadata service over the network. Use --device cpu or gpu."
                    .into(),
            ));
        }
        let path = find_plugin(options.device, options.plugin.as_deref())?;
        // Before the plugin is loaded: its large aligned host buffers come from the cache.
        // CPU only: the cache is for the CPU plugin's per-execution temporaries, which
        // accelerators keep in device memory; their plugins' host memory is left to the C library.
        if options.device == DeviceKind::Cpu {
            super::host_cache::enable()?;
        }
        let api = Api::load(&path)?;
        let mut create = Vec::new();
        if let Some(n) = options.cpu_device_count {
            if options.device != DeviceKind::Cpu {
                return Err(Error::invalid(
                    "virtual device counts exist for --device cpu only",
                ));
            }
            if n == 0 {
                return Err(Error::invalid("the CPU device count must be at least 1"));
            }
            create.push(CreateOption::Int64("cpu_device_count".into(), n as i64));
        }
        create.extend(options.extra.iter().cloned());
        let handle = ClientHandle::create(api.clone(), &create)
            .map_err(|e| no_device_error(options.device, &api, e))?;
        let client = Client {
            handle,
            device: options.device,
            disk_cache: None,
        };
        let platform = client.platform_name()?;
        if !options.device.accepts_platform(&platform) {
            return Err(Error::invalid(format!(
                "the plugin {} runs on '{platform}', but --device {} was asked for",
                client.plugin_path().display(),
                options.device
            )));
        }
        Ok(client)
    }

    /// A CPU client with `devices` virtual devices, found by discovery.
    pub fn cpu(devices: usize) -> Result<Client> {
        Client::new(&ClientOptions {
            device: DeviceKind::Cpu,
            plugin: None,
            cpu_device_count: Some(devices),
            extra: Vec::new(),
        })
    }

    /// This client with compiled programs kept in `dir` between runs (see
    /// `DiskCache`): `compile` loads a program compiled earlier for the same
    /// plugin and machine instead of compiling it.
    pub fn with_compile_cache(mut self, dir: &Path) -> Result<Client> {
        self.disk_cache = Some(Arc::new(DiskCache::open(dir, &self)?));
        Ok(self)
    }

    /// The compile cache in use, if any.
    pub fn compile_cache(&self) -> Option<&DiskCache> {
        self.disk_cache.as_deref()
    }

    pub fn device_kind(&self) -> DeviceKind {
        self.device
    }

    pub fn plugin_path(&self) -> &Path {
        self.handle.api().path()
    }

    /// The plugin's PJRT C API version (major, minor).
    pub fn api_version(&self) -> (i32, i32) {
        self.handle.api().version()
    }

    /// The API version ruse's bindings were generated from.
    pub fn bindings_version() -> (i32, i32) {
        (ffi::API_MAJOR, ffi::API_MINOR)
    }

    pub fn platform_name(&self) -> Result<String> {
        self.handle.platform_name()
    }

    pub fn platform_version(&self) -> Result<String> {
        self.handle.platform_version()
    }

    pub fn device_count(&self) -> usize {
        self.handle.device_count()
    }

    pub fn devices(&self) -> Result<Vec<DeviceDescription>> {
        (0..self.device_count())
            .map(|i| self.handle.describe_device(i))
            .collect()
    }

    /// Device `index`'s memory statistics, or `None` when the plugin keeps none.
    pub fn device_memory(&self, index: usize) -> Result<Option<DeviceMemory>> {
        self.handle.device_memory(index)
    }

    /// Compiles StableHLO text for `options.num_replicas` replicas.
    /// On failure the error carries the compiler's diagnostic text.
    pub fn compile(&self, stablehlo: &str, options: CompileOptions) -> Result<Executable> {
        if options.num_replicas == 0 || options.num_replicas > self.device_count() {
            return Err(Error::invalid(format!(
                "cannot compile for {} replicas: the {} client has {} device(s){}",
                options.num_replicas,
                self.device,
                self.device_count(),
                match self.device {
                    DeviceKind::Cpu => " (ask for more with --replicas / cpu_device_count)",
                    _ => "",
                }
            )));
        }
        if crate::runtime::host_dot::calls_kernel(stablehlo) {
            // Before compiling or loading: XLA looks the handler up then.
            if self.device != DeviceKind::Cpu {
                return Err(Error::invalid(format!(
                    "the program calls ruse's CPU matrix-product kernel, which --device {} lacks",
                    self.device
                )));
            }
            self.handle
                .api()
                .register_host_dot(&self.platform_name()?)?;
        }
        let start = Instant::now();
        let cached = self
            .disk_cache
            .as_deref()
            .map(|c| (c, c.entry(stablehlo, &options)));
        if let Some((cache, entry)) = &cached {
            if let Some(bytes) = cache.read(entry) {
                match self.handle.deserialize(&bytes) {
                    Ok(handle) => {
                        cache.hit(entry);
                        return Executable::new(handle, stablehlo, options, start.elapsed(), true);
                    }
                    Err(e) => cache.miss(entry, &format!("was refused by the plugin ({e})")),
                }
            }
        }
        let handle = self
            .handle
            .compile(stablehlo, "mlir", &options.to_proto())?;
        let took = start.elapsed();
        if let Some((cache, entry)) = &cached {
            cache.write(entry, handle.serialize());
        }
        Executable::new(handle, stablehlo, options, took, false)
    }

    /// Copies a host tensor to device `device` (an index < `device_count()`).
    pub fn upload(&self, tensor: &HostTensor, device: usize) -> Result<Buffer> {
        let spec = tensor.spec().clone();
        let handle = self.handle.buffer_from_host(
            tensor.bytes(),
            spec.ty.pjrt_code(),
            &spec.dims,
            device,
        )?;
        Ok(Buffer::new(handle, spec, device))
    }

    /// Copies row-major `data` of shape `dims` to device `device`.
    pub fn upload_slice<T: Element>(
        &self,
        data: &[T],
        dims: &[i64],
        device: usize,
    ) -> Result<Buffer> {
        self.upload(&HostTensor::new(data, dims)?, device)
    }
}

/// A failed `PJRT_Client_Create` of an accelerator plugin (no GPU visible, a
/// driver too old for the plugin, a TPU held by another process): the error
/// names the device, the plugin and its API version, and what to check.
/// Other errors, and every CPU error, pass through unchanged.
fn no_device_error(device: DeviceKind, api: &Api, err: Error) -> Error {
    let Error::Pjrt { message, .. } = &err else {
        return err;
    };
    let hint = match device {
        DeviceKind::Cpu => return err,
        DeviceKind::Gpu => {
            "check that `nvidia-smi` lists the GPU and that its driver supports the plugin's CUDA \
             version (jax-cuda13-pjrt needs a CUDA 13 driver, jax-cuda12-pjrt a CUDA 12 one), or \
             use --device cpu"
        }
        DeviceKind::Tpu => "check that no other process holds the TPU, or use --device cpu",
    };
    let (major, minor) = api.version();
    Error::DeviceUnavailable(format!(
        "--device {device}: the plugin {} (PJRT C API {major}.{minor}) could not open a device: \
         {}; {hint}",
        api.path().display(),
        message.trim_end_matches('.'),
    ))
}
