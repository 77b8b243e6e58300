//! Generates the PJRT C API bindings with bindgen from the `pjrt_c_api.h` that the
//! `xla-cpu-pjrt` wheel ships (installed by `scripts/setup.sh`). The header is
//! never committed; set `RUSE_PJRT_HEADER` to use another copy.

use std::env;
use std::path::PathBuf;

fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = env::var_os("RUSE_CACHE") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = env::var_os("XDG_CACHE_HOME") {
        return Some(PathBuf::from(dir).join("ruse"));
    }
    env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache").join("ruse"))
}

fn header_path() -> PathBuf {
    if let Some(path) = env::var_os("RUSE_PJRT_HEADER") {
        return PathBuf::from(path);
    }
    let default = cache_dir()
        .map(|c| c.join("python/xla_plugins/xla_cpu_pjrt/include/pjrt_c_api.h"))
        .unwrap_or_default();
    if !default.is_file() {
        panic!(
            "\n\nruse: the PJRT C API header was not found at {}.\n\
             Run `scripts/setup.sh` first (it installs the xla-cpu-pjrt wheel, which ships the header),\n\
             or point RUSE_PJRT_HEADER at a pjrt_c_api.h (API 0.81).\n",
            default.display()
        );
    }
    default
}

/// The C library functions that `src/runtime/host_cache.rs` replaces. Executables do not export
/// their symbols by default; these must be, so that the plugin's calls bind to them. `-u` makes
/// the linker take the definitions from the ruse library before it reaches glibc.
const HOST_CACHE_SYMBOLS: [&str; 5] = [
    "posix_memalign",
    "aligned_alloc",
    "memalign",
    "free",
    "realloc",
];

fn main() {
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let libc = env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && libc == "gnu" {
        for sym in HOST_CACHE_SYMBOLS {
            println!("cargo:rustc-link-arg=-Wl,-u,{sym}");
            println!("cargo:rustc-link-arg=-Wl,--export-dynamic-symbol={sym}");
        }
    }
    for var in ["RUSE_PJRT_HEADER", "RUSE_CACHE", "XDG_CACHE_HOME", "HOME"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    let header = header_path();
    println!("cargo:rerun-if-changed={}", header.display());
    let bindings = bindgen::Builder::default()
        .header(header.to_string_lossy())
        .allowlist_type("PJRT_.*")
        .allowlist_var("PJRT_.*")
        .allowlist_var(".*_STRUCT_SIZE")
        .prepend_enum_name(false)
        .layout_tests(false)
        .derive_default(true)
        .generate_comments(false)
        .generate()
        .expect("bindgen could not parse pjrt_c_api.h");
    let mut text = bindings.to_string();
    text.push_str(&struct_size_impls(&text));
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("pjrt_c_api.rs");
    std::fs::write(&out, text).expect("could not write the PJRT bindings");
}

/// Every argument struct of the C API carries `struct_size`, which must be the
/// header's `<name>_STRUCT_SIZE` (not `size_of`, which includes tail padding).
/// One `Sized_` impl per struct lets the FFI layer build any argument struct
/// with the right size through one generic function.
fn struct_size_impls(bindings: &str) -> String {
    let mut impls = String::new();
    for line in bindings.lines() {
        let Some(rest) = line.trim().strip_prefix("pub const ") else {
            continue;
        };
        let Some((name, _)) = rest.split_once("_STRUCT_SIZE:") else {
            continue;
        };
        let opening = format!("pub struct {name} {{\n    pub struct_size: usize,");
        if !bindings.contains(&opening) {
            continue;
        }
        impls.push_str(&format!(
            "impl StructSize for {name} {{\n    fn sized() -> Self {{\n        \
             {name} {{ struct_size: {name}_STRUCT_SIZE as usize, ..Default::default() }}\n    }}\n}}\n"
        ));
    }
    impls
}
