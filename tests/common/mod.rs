//! Helpers shared by the integration tests. Every test runs the real CPU
//! plugin installed by `scripts/setup.sh`.
#![allow(dead_code)]

use ndarray::{Array, ArrayD, IxDyn};
use rand::Rng;
use ruse::graph::Graph;
use ruse::runtime::{Client, CompileOptions, ElementType, Executable, HostTensor, TensorSpec};

/// A CPU client with `n` virtual devices.
pub fn cpu(n: usize) -> Client {
    Client::cpu(n).expect("the CPU plugin should load (run scripts/setup.sh)")
}

pub fn compile(client: &Client, text: &str, replicas: usize) -> Executable {
    client
        .compile(text, CompileOptions::replicas(replicas))
        .unwrap_or_else(|e| panic!("compile failed: {e}\n{text}"))
}

/// Resident set size of this process, in bytes.
pub fn rss_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("/proc/self/statm");
    let pages: usize = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

/// An f64 tensor type.
pub fn f64_spec(dims: &[i64]) -> TensorSpec {
    TensorSpec::new(ElementType::F64, dims)
}

/// Fresh uniform random values in `[lo, hi)`.
pub fn random(dims: &[usize], lo: f64, hi: f64) -> ArrayD<f64> {
    let mut rng = rand::rng();
    Array::from_shape_fn(IxDyn(dims), |_| rng.random_range(lo..hi))
}

/// Emits, compiles and runs `g` on one CPU device; returns its outputs.
pub fn run_graph(g: &Graph, inputs: &[HostTensor]) -> Vec<HostTensor> {
    let client = cpu(1);
    let text = ruse::emit::emit(g).expect("emit");
    let exe = client
        .compile(&text, CompileOptions::default())
        .unwrap_or_else(|e| panic!("{e}\n{text}"));
    let bufs: Vec<_> = inputs
        .iter()
        .map(|t| client.upload(t, 0).unwrap())
        .collect();
    let refs: Vec<_> = bufs.iter().collect();
    let outputs = exe.execute1(&refs).unwrap();
    outputs.iter().map(|b| b.to_host().unwrap()).collect()
}

/// Elementwise `|a - b| <= tol * (1 + |b|)`, with both arrays in the message.
pub fn assert_close(got: &ArrayD<f64>, want: &ArrayD<f64>, tol: f64, what: &str) {
    assert_eq!(got.shape(), want.shape(), "{what}: shape");
    for (a, b) in got.iter().zip(want.iter()) {
        assert!(
            (a - b).abs() <= tol * (1.0 + b.abs()),
            "{what}: {a} vs {b}\ngot {got}\nwant {want}"
        );
    }
}

/// Per row, the token ids where `mask` is 1, comma-separated: the form
/// `ruse predict --ids` reads.
pub fn id_lists(ids: &[Vec<i64>], mask: &[Vec<i64>]) -> Vec<String> {
    ids.iter()
        .zip(mask)
        .map(|(ids, mask)| {
            ids.iter()
                .zip(mask)
                .filter(|(_, m)| **m == 1)
                .map(|(t, _)| t.to_string())
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect()
}

/// A JSON array of integer arrays.
pub fn int_rows(v: &serde_json::Value) -> Vec<Vec<i64>> {
    let row = |r: &serde_json::Value| -> Vec<i64> {
        r.as_array()
            .unwrap_or_else(|| panic!("not an array: {r}"))
            .iter()
            .map(|x| x.as_i64().unwrap_or_else(|| panic!("not an integer: {x}")))
            .collect()
    };
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(row)
        .collect()
}

/// `ruse ARGS...`, run to its end.
pub fn ruse<S: AsRef<std::ffi::OsStr>>(args: impl IntoIterator<Item = S>) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_ruse"))
        .args(args)
        .output()
        .expect("the ruse binary runs")
}

/// `ruse ARGS...`, which must succeed: its stdout and its stderr.
pub fn ruse_ok<S: AsRef<std::ffi::OsStr>>(args: impl IntoIterator<Item = S>) -> (String, String) {
    let args: Vec<std::ffi::OsString> = args.into_iter().map(|a| a.as_ref().into()).collect();
    let out = ruse(&args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "ruse {args:?} failed: {stderr}");
    (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
}

/// `ruse ARGS...`, which must fail: its stderr.
pub fn ruse_err<S: AsRef<std::ffi::OsStr>>(args: impl IntoIterator<Item = S>) -> String {
    let args: Vec<std::ffi::OsString> = args.into_iter().map(|a| a.as_ref().into()).collect();
    let out = ruse(&args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "ruse {args:?} succeeded: {stderr}");
    stderr
}

/// A fresh run directory `ruse-<name>-<pid>` under the temp dir (removed if
/// there), and next to it `<dir>.json`, the config of the JSON members
/// `keys` with `output_dir` the directory: (directory, config).
pub fn run_config(name: &str, keys: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("ruse-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let config = dir.with_extension("json");
    let json = format!(
        "{{{keys}, \"output_dir\": {:?}}}",
        dir.display().to_string()
    );
    std::fs::write(&config, json).unwrap();
    (dir, config)
}
