//! Finding the PJRT plugin for a device kind.
//!
//! Order: an explicit path (`--plugin` or `RUSE_PJRT_PLUGIN`), then the
//! Python environment that `scripts/setup.sh` created under the ruse cache,
//! then the Python environments that exist on the machine.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::{Error, Result};

/// The kind of device to run on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DeviceKind {
    #[default]
    Cpu,
    Gpu,
    Tpu,
}

impl fmt::Display for DeviceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DeviceKind::Cpu => "cpu",
            DeviceKind::Gpu => "gpu",
            DeviceKind::Tpu => "tpu",
        })
    }
}

impl std::str::FromStr for DeviceKind {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "cpu" => Ok(DeviceKind::Cpu),
            "gpu" | "cuda" => Ok(DeviceKind::Gpu),
            "tpu" => Ok(DeviceKind::Tpu),
            other => Err(Error::invalid(format!(
                "unknown device '{other}' (expected cpu, gpu or tpu)"
            ))),
        }
    }
}

impl DeviceKind {
    /// Plugin files relative to a Python `site-packages` directory.
    fn plugin_files(self) -> &'static [&'static str] {
        match self {
            DeviceKind::Cpu => &["xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so"],
            DeviceKind::Gpu => &[
                "jax_plugins/xla_cuda13/xla_cuda_plugin.so",
                "jax_plugins/xla_cuda12/xla_cuda_plugin.so",
            ],
            DeviceKind::Tpu => &["libtpu/libtpu.so"],
        }
    }

    /// The pip command that installs a plugin for this device.
    pub fn install_hint(self) -> &'static str {
        match self {
            DeviceKind::Cpu => "pip install xla-cpu-pjrt==0.0.1",
            DeviceKind::Gpu => "pip install jax-cuda13-pjrt (or jax-cuda12-pjrt for CUDA 12)",
            DeviceKind::Tpu => "pip install libtpu",
        }
    }

    /// Platform names a plugin for this device reports.
    pub fn accepts_platform(self, platform: &str) -> bool {
        let p = platform.to_ascii_lowercase();
        match self {
            DeviceKind::Cpu => p == "cpu" || p == "host",
            DeviceKind::Gpu => p == "cuda" || p == "gpu" || p == "rocm",
            DeviceKind::Tpu => p == "tpu",
        }
    }
}

/// The ruse cache: `RUSE_CACHE`, else `$XDG_CACHE_HOME/ruse`, else `~/.cache/ruse`.
pub fn cache_dir() -> Option<PathBuf> {
    // An empty variable counts as unset, as in the scripts' `${RUSE_CACHE:-...}`.
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = var("RUSE_CACHE") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = var("XDG_CACHE_HOME") {
        return Some(PathBuf::from(dir).join("ruse"));
    }
    var("HOME").map(|h| PathBuf::from(h).join(".cache").join("ruse"))
}

/// `prefix/lib/python3*/{site,dist}-packages` directories that exist.
fn python_lib_dirs(prefix: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(prefix.join("lib")) else {
        return out;
    };
    let mut names: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    names.sort();
    for dir in names {
        let is_python = dir
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("python3"));
        if is_python {
            out.push(dir.join("site-packages"));
            out.push(dir.join("dist-packages"));
        }
    }
    out
}

/// `sys.path` of the machine's `python3`, if there is one.
fn python_sys_path() -> Vec<PathBuf> {
    let script = "import sys\nfor p in sys.path: print(p)";
    match Command::new("python3").args(["-c", script]).output() {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.is_empty())
            .map(PathBuf::from)
            .collect(),
        _ => Vec::new(),
    }
}

/// Directories searched for plugins, in order, without duplicates.
pub fn search_roots() -> Vec<PathBuf> {
    let mut roots = Vec::new();
    let cache = cache_dir();
    if let Some(cache) = &cache {
        roots.push(cache.join("python"));
    }
    for var in ["VIRTUAL_ENV", "CONDA_PREFIX"] {
        if let Some(prefix) = std::env::var_os(var) {
            roots.extend(python_lib_dirs(Path::new(&prefix)));
        }
    }
    roots.extend(python_sys_path());
    if let Some(home) = std::env::var_os("HOME") {
        roots.extend(python_lib_dirs(&Path::new(&home).join(".local")));
    }
    roots.extend(python_lib_dirs(Path::new("/usr/local")));
    roots.extend(python_lib_dirs(Path::new("/usr")));
    roots.push(PathBuf::from("/usr/lib/python3/dist-packages"));
    // Last: the GPU plugin that scripts/setup_gpu_aot.sh installs for
    // deviceless compilation, so that a machine's own plugin wins.
    if let Some(cache) = &cache {
        roots.push(cache.join("gpu-aot"));
    }
    let mut seen = std::collections::HashSet::new();
    roots.retain(|r| r.is_dir() && seen.insert(r.clone()));
    roots
}

/// Finds the plugin for `device`: `explicit` (from `--plugin` or
/// `RUSE_PJRT_PLUGIN`) first, then the Python environments.
pub fn find_plugin(device: DeviceKind, explicit: Option<&Path>) -> Result<PathBuf> {
    let env_path = std::env::var_os("RUSE_PJRT_PLUGIN").filter(|p| !p.is_empty());
    let (given, source) = match (explicit, env_path.as_ref()) {
        (Some(p), _) => (Some(p.to_path_buf()), "--plugin"),
        (None, Some(p)) => (Some(PathBuf::from(p)), "RUSE_PJRT_PLUGIN"),
        (None, None) => (None, ""),
    };
    if let Some(path) = given {
        if path.is_file() {
            return Ok(path);
        }
        let what = if path.exists() {
            "is not a file"
        } else {
            "does not exist"
        };
        return Err(not_found(
            device,
            format!("{} (from {source}), which {what}", path.display()),
        ));
    }
    let roots = search_roots();
    for root in &roots {
        for file in device.plugin_files() {
            let candidate = root.join(file);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    let searched: Vec<String> = roots.iter().map(|r| r.display().to_string()).collect();
    let searched = if searched.is_empty() {
        "no Python environment found".to_string()
    } else {
        searched.join(", ")
    };
    Err(not_found(device, searched))
}

fn not_found(device: DeviceKind, searched: String) -> Error {
    let setup = match device {
        DeviceKind::Cpu => " (or run scripts/setup.sh, which installs it into the ruse cache)",
        _ => "",
    };
    Error::PluginNotFound {
        device: device.to_string(),
        searched,
        install: device.install_hint().to_string(),
        setup: setup.to_string(),
    }
}

/// TPU devices show up as `/dev/accel*` or `/dev/vfio/*`. Without them the
/// TPU plugin must not be initialized: it would query the cloud metadata
/// service over the network for minutes.
pub fn host_has_tpu() -> bool {
    let has_entry = |dir: &str, prefix: &str| {
        std::fs::read_dir(dir).is_ok_and(|entries| {
            entries.flatten().any(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                name.starts_with(prefix) && name != "vfio"
            })
        })
    };
    has_entry("/dev", "accel") || has_entry("/dev/vfio", "")
}
