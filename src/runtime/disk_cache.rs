//! Compiled programs kept on disk between runs (`--compile-cache DIR`).
//!
//! XLA compiles every per-task program afresh in each process: a second
//! `ruse train`, or `ruse eval` and `ruse predict` after it, pay the same
//! compile times again. With a cache directory, a compiled executable is
//! written there in the plugin's own serialization
//! (`PJRT_Executable_Serialize`) and later loaded
//! (`PJRT_Executable_DeserializeAndLoad`) instead of compiled.
//!
//! A serialization loads only into the same plugin build on the same kind of
//! machine, so an entry's key hashes, besides the program text and the
//! compile options, everything that identifies those: the plugin file (path,
//! size, modification time), its platform name and version and API version,
//! the client's devices, the host CPU (the CPU plugin compiles for the
//! host's instruction set), `XLA_FLAGS`, and ruse's version. Anything else
//! gives another key, so a stale entry is never loaded; it stays on disk
//! until `ruse cache` prunes it (a load marks an entry used, so pruning
//! removes the least recently used first).
//!
//! An entry is `MAGIC`, the payload's length (u64, little endian), the
//! payload's SHA-256 and the payload, written to a temporary file and renamed
//! into place, so readers never see half an entry. An entry that is short,
//! whose bytes no longer match their digest (a flipped bit would otherwise
//! load a corrupt program), or that the plugin refuses, is reported and
//! compiled again; a cache that cannot be written
//! is reported and the run goes on without it. The cache only ever saves
//! time: what runs is the same program either way.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use sha2::{Digest, Sha256};

use super::client::Client;
use super::compile_options::CompileOptions;
use crate::error::{Error, Result};

const MAGIC: &[u8; 16] = b"ruse-xla-exe-v2\n";
const SUFFIX: &str = "xla";
/// `MAGIC`, the payload's length and its SHA-256.
const HEADER: usize = MAGIC.len() + 8 + 32;

/// A directory of compiled executables for one client.
#[derive(Debug)]
pub struct DiskCache {
    dir: PathBuf,
    /// Hash of what identifies the client's plugin, devices and host.
    identity: [u8; 32],
    /// Set once writing failed, so that the failure is reported once.
    write_failed: AtomicBool,
    hits: AtomicUsize,
    misses: AtomicUsize,
}

impl DiskCache {
    /// Opens (creating it if needed) the cache directory `dir` for `client`.
    pub fn open(dir: &Path, client: &Client) -> Result<DiskCache> {
        fs::create_dir_all(dir).map_err(|e| Error::File {
            path: dir.display().to_string(),
            reason: format!("cannot create the compile cache directory: {e}"),
        })?;
        Ok(DiskCache {
            dir: dir.to_path_buf(),
            identity: Sha256::digest(identity(client)?.as_bytes()).into(),
            write_failed: AtomicBool::new(false),
            hits: AtomicUsize::new(0),
            misses: AtomicUsize::new(0),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// How many programs were loaded from the cache, and how many were not
    /// there (and compiled).
    pub fn counts(&self) -> (usize, usize) {
        (
            self.hits.load(Ordering::Relaxed),
            self.misses.load(Ordering::Relaxed),
        )
    }

    /// The entry file of `stablehlo` compiled with `options`.
    pub fn entry(&self, stablehlo: &str, options: &CompileOptions) -> PathBuf {
        let mut h = Sha256::new();
        h.update(self.identity);
        h.update(options.to_proto());
        h.update(stablehlo.as_bytes());
        let key: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{key}.{SUFFIX}"))
    }

    /// The payload of `entry`, or `None` when there is none or it is
    /// unreadable (reported on stderr).
    pub(super) fn read(&self, entry: &Path) -> Option<Vec<u8>> {
        let mut bytes = match fs::read(entry) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.misses.fetch_add(1, Ordering::Relaxed);
                return None;
            }
            Err(e) => {
                self.miss(entry, &format!("cannot be read ({e})"));
                return None;
            }
        };
        if payload(&bytes).is_none() {
            let why = if bytes.starts_with(b"ruse-xla-exe-v1\n") {
                "was written by an older ruse (format v1, without a payload digest)"
            } else {
                "is not a complete ruse cache entry, or its bytes do not match their digest"
            };
            self.miss(entry, why);
            return None;
        }
        bytes.drain(..HEADER);
        Some(bytes)
    }

    /// Counts a load of `entry` as a hit, and marks the entry used now (for
    /// `ruse cache`'s least-recently-used pruning).
    pub(super) fn hit(&self, entry: &Path) {
        self.hits.fetch_add(1, Ordering::Relaxed);
        crate::cache_files::mark_used(entry);
    }

    /// Counts `entry` as a miss, with the reason on stderr.
    pub(super) fn miss(&self, entry: &Path, why: &str) {
        self.misses.fetch_add(1, Ordering::Relaxed);
        note!(
            "warning: compile cache entry {} {why}; compiling the program again",
            entry.display()
        );
    }

    /// Writes `payload` as `entry` (atomically). A failure is reported on
    /// stderr once and otherwise ignored: the compiled program is in hand.
    pub(super) fn write(&self, entry: &Path, payload: Result<Vec<u8>>) {
        let result = payload.and_then(|p| write_atomically(entry, &p));
        if let Err(e) = result {
            if !self.write_failed.swap(true, Ordering::Relaxed) {
                note!(
                    "warning: cannot add compiled programs to the compile cache {}: {e}",
                    self.dir.display()
                );
            }
        }
    }
}

/// The payload of an entry's bytes, if they are a whole entry whose payload
/// matches its digest.
fn payload(bytes: &[u8]) -> Option<&[u8]> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    let (len, rest) = rest.split_first_chunk::<8>()?;
    let (digest, payload) = rest.split_first_chunk::<32>()?;
    let whole = u64::from_le_bytes(*len) == payload.len() as u64 && !payload.is_empty();
    (whole && Sha256::digest(payload).as_slice() == digest.as_slice()).then_some(payload)
}

fn write_atomically(entry: &Path, payload: &[u8]) -> Result<()> {
    crate::files::write_atomic_with(entry, |f| {
        f.write_all(MAGIC)?;
        f.write_all(&(payload.len() as u64).to_le_bytes())?;
        f.write_all(&Sha256::digest(payload))?;
        f.write_all(payload)
    })
}

/// What a serialized executable of `client` depends on besides its program.
fn identity(client: &Client) -> Result<String> {
    let plugin = client.plugin_path();
    let meta = fs::metadata(plugin).map_err(|e| Error::File {
        path: plugin.display().to_string(),
        reason: e.to_string(),
    })?;
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    let mut s = format!(
        "ruse {}\nplugin {} {} {modified}\napi {:?}\nplatform {} {}\n",
        env!("CARGO_PKG_VERSION"),
        plugin.display(),
        meta.len(),
        client.api_version(),
        client.platform_name()?,
        client.platform_version()?,
    );
    for d in client.devices()? {
        s.push_str(&format!("device {} {} {}\n", d.id, d.kind, d.debug_string));
    }
    s.push_str(&format!(
        "XLA_FLAGS {}\n",
        std::env::var("XLA_FLAGS").unwrap_or_default()
    ));
    s.push_str(&host_cpu());
    Ok(s)
}

/// The host CPU's identity and features (Linux: the first processor of
/// `/proc/cpuinfo`, its frequency left out; elsewhere the architecture).
fn host_cpu() -> String {
    let mut out = format!("arch {}\n", std::env::consts::ARCH);
    if let Ok(info) = fs::read_to_string("/proc/cpuinfo") {
        let first = info.split("\n\n").next().unwrap_or_default();
        for line in first.lines() {
            let name = line.split(':').next().unwrap_or_default().trim();
            if matches!(
                name,
                "vendor_id" | "cpu family" | "model" | "model name" | "flags" | "Features"
            ) {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(payload: &[u8]) -> Vec<u8> {
        let mut b = MAGIC.to_vec();
        b.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        b.extend_from_slice(&Sha256::digest(payload));
        b.extend_from_slice(payload);
        b
    }

    #[test]
    fn a_whole_entry_gives_its_payload_and_a_cut_or_flipped_one_none() {
        let e = entry(b"compiled");
        assert_eq!(payload(&e), Some(&b"compiled"[..]));
        assert_eq!(payload(&e[..e.len() - 1]), None);
        assert_eq!(payload(&e[..10]), None);
        assert_eq!(payload(&entry(b"")), None);
        let mut other = e.clone();
        other[0] = b'x';
        assert_eq!(payload(&other), None);
        // One bit of the payload flipped: the digest no longer matches.
        let mut flipped = e.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(payload(&flipped), None);
    }

    #[test]
    fn the_host_cpu_is_part_of_the_identity() {
        let cpu = host_cpu();
        assert!(cpu.starts_with("arch "));
        if cfg!(target_os = "linux") && cfg!(target_arch = "x86_64") {
            assert!(cpu.contains("flags"), "{cpu}");
            assert!(!cpu.contains("MHz"), "{cpu}");
        }
    }
}
