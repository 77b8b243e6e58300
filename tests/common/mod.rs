//! Helpers shared by the integration tests. Every test runs the real CPU
//! plugin installed by `scripts/setup.sh`.
#![allow(dead_code)]

use ruse::runtime::{Client, CompileOptions, Executable};

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
