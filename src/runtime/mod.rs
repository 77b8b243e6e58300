//! The PJRT runtime: plugins, clients, buffers, compiled programs.
//!
//! All `unsafe` code lives in `ffi`, `host_cache` and `mapped` (read-only file
//! mappings for weights); everything else here is safe Rust.

mod aot;
mod buffer;
mod cache;
mod client;
mod compile_options;
mod disk_cache;
mod element;
mod executable;
mod ffi;
pub mod host_cache;
pub mod host_dot;
pub mod mapped;
mod plugin;
mod signature;
mod tensor;

pub use aot::{AotCompiler, AotExecutable};
pub use buffer::Buffer;
pub use cache::{ExecutableCache, Shared};
pub use client::{Client, ClientOptions};
pub use compile_options::CompileOptions;
pub use disk_cache::DiskCache;
pub use element::{Element, ElementType};
pub use executable::Executable;
pub use ffi::{CompiledMemoryStats, CreateOption, DeviceDescription, DeviceMemory};
pub use plugin::{cache_dir, find_plugin, host_has_tpu, search_roots, DeviceKind};
pub use signature::{parse_main_signature, parse_tensor_type, Signature};
pub use tensor::{HostTensor, TensorSpec};
