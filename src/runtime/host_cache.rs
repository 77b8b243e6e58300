//! A process-wide cache of large, aligned host blocks.
//!
//! On the CPU plugin, every execution of a compiled program asks for its temporary buffer (1.25 GB
//! for the t5-small adapter step at batch 32) with `posix_memalign` from one of XLA's worker
//! threads. glibc serves a request that large with a fresh `mmap` and returns it with `munmap`
//! on `free`, so each step touches every page of it anew: about 330 000 page faults per step,
//! about 10% of the step on a 2-core machine. The output buffers of the step come the same way.
//!
//! This module replaces the C library's `posix_memalign`, `aligned_alloc`, `memalign`, `free` and
//! `realloc` for the whole process (the executables export them, see `build.rs`, so the plugin's
//! calls bind to them too). Aligned requests of [`MIN_BYTES`] or more are served from blocks that
//! this module maps itself, 2 MiB aligned and advised for transparent huge pages, and that stay
//! mapped when freed, ready for the next request of about the same size. Everything else goes
//! straight to glibc (`__libc_memalign`, `__libc_free`, `__libc_realloc`), so `malloc`, `calloc`
//! and small aligned requests are untouched. `malloc_usable_size` is not replaced: nothing in the
//! process calls it on an aligned block (calling it on a cached block would be undefined).
//!
//! Policy:
//! - a request takes the smallest idle block that holds it and is at most twice its size;
//! - on a miss a new block is mapped, after unmapping the least recently used idle blocks as
//!   long as everything mapped would otherwise exceed 1.5 times the most that was ever in use
//!   at once (so the cache keeps the process's peak, not more);
//! - at most [`SLOTS`] blocks at once; beyond that, requests go to glibc.
//!
//! The cache starts disabled; [`enable`] (called by `Client::new`, before the plugin is loaded)
//! turns it on unless `RUSE_HOST_CACHE=0`. The hooks never allocate, never panic and take a spin
//! lock only for pointers inside the address range the cache has mapped.

/// Aligned requests of this many bytes or more are cached.
pub const MIN_BYTES: usize = 4 << 20;

/// The most blocks the cache holds at once (live and idle).
pub const SLOTS: usize = 512;

/// Counters of the cache since the process started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Requests served by an idle block.
    pub hits: u64,
    /// Requests that mapped a new block.
    pub misses: u64,
    /// Idle blocks unmapped to keep within the bound.
    pub evictions: u64,
    /// Cacheable requests passed to glibc because every slot was taken or `mmap` failed.
    pub fallbacks: u64,
    /// Bytes of blocks in use now.
    pub live_bytes: usize,
    /// Bytes of idle blocks kept mapped now.
    pub idle_bytes: usize,
    /// The most bytes of blocks in use at once.
    pub peak_live_bytes: usize,
}

impl Stats {
    /// All counters zero (`Default`, usable in a `static`).
    pub const ZERO: Stats = Stats {
        hits: 0,
        misses: 0,
        evictions: 0,
        fallbacks: 0,
        live_bytes: 0,
        idle_bytes: 0,
        peak_live_bytes: 0,
    };
}

/// Turns the cache on unless the environment says `RUSE_HOST_CACHE=0` (or `off`, `false`).
/// Returns whether it is on. Any other value than `0`, `1`, `on`, `off`, `true`, `false` (or
/// unset, which means on) is an error.
pub fn enable() -> crate::Result<bool> {
    let on = match std::env::var("RUSE_HOST_CACHE") {
        Err(_) => true,
        Ok(v) => match v.trim() {
            "" | "1" | "on" | "true" => true,
            "0" | "off" | "false" => false,
            other => {
                return Err(crate::Error::invalid(format!(
                    "RUSE_HOST_CACHE={other:?}: expected 1 (cache large aligned host blocks, \
                     the default) or 0 (leave them to the C library)"
                )))
            }
        },
    };
    set_enabled(on);
    Ok(is_enabled())
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub use imp::{is_enabled, owns, release_idle, set_enabled, stats};

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
mod fallback {
    use super::Stats;

    /// The cache exists on Linux with glibc only; elsewhere it stays off.
    pub fn set_enabled(_on: bool) {}
    pub fn is_enabled() -> bool {
        false
    }
    pub fn stats() -> Stats {
        Stats::default()
    }
    pub fn release_idle() {}
    pub fn owns(_p: *const u8) -> bool {
        false
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub use fallback::{is_enabled, owns, release_idle, set_enabled, stats};

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod imp;
