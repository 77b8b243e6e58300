//! The host-block cache (`ruse::runtime::host_cache`): large aligned blocks are reused after
//! `free`, `realloc` keeps their contents, small and foreign pointers go to glibc, the bound on
//! idle memory holds, and the CPU plugin's own allocations bind to the cache.
#![cfg(all(target_os = "linux", target_env = "gnu"))]

mod common;

use std::sync::Mutex;

use libc::c_void;
use ruse::runtime::host_cache::{self, MIN_BYTES};

/// The cache is process-wide: its tests run one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    let guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    host_cache::set_enabled(true);
    host_cache::release_idle();
    guard
}

fn memalign(align: usize, size: usize) -> *mut u8 {
    let mut p: *mut c_void = std::ptr::null_mut();
    // SAFETY: `p` is valid for the write.
    let rc = unsafe { libc::posix_memalign(&mut p, align, size) };
    assert_eq!(rc, 0, "posix_memalign({align}, {size})");
    assert!(!p.is_null());
    assert_eq!(p as usize % align, 0);
    p as *mut u8
}

fn free(p: *mut u8) {
    // SAFETY: every pointer freed here came from this process's allocator and is freed once.
    unsafe { libc::free(p as *mut c_void) }
}

/// Fills `len` bytes at `p` with a pattern that depends on `seed`.
fn fill(p: *mut u8, len: usize, seed: u8) {
    // SAFETY: the callers own `len` bytes at `p`.
    let s = unsafe { std::slice::from_raw_parts_mut(p, len) };
    for (i, b) in s.iter_mut().enumerate() {
        *b = (i as u8).wrapping_mul(31).wrapping_add(seed);
    }
}

fn check(p: *const u8, len: usize, seed: u8) -> bool {
    // SAFETY: the callers own `len` bytes at `p`.
    let s = unsafe { std::slice::from_raw_parts(p, len) };
    s.iter()
        .enumerate()
        .all(|(i, b)| *b == (i as u8).wrapping_mul(31).wrapping_add(seed))
}

#[test]
fn a_freed_block_serves_the_next_request_of_about_its_size() {
    let _g = serial();
    let size = 2 * MIN_BYTES + 123;
    let before = host_cache::stats();
    let p = memalign(64, size);
    assert!(
        host_cache::owns(p),
        "a {size}-byte aligned request is cached"
    );
    assert_eq!(p as usize % (2 << 20), 0, "cached blocks are 2 MiB aligned");
    fill(p, size, 7);
    free(p);
    assert!(!host_cache::owns(p), "a freed block is idle, not live");
    let q = memalign(4096, size - 1000);
    assert_eq!(q, p, "the idle block is reused");
    let after = host_cache::stats();
    assert_eq!(after.misses, before.misses + 1);
    assert_eq!(after.hits, before.hits + 1);
    // A request of less than half the block does not pin it.
    free(q);
    let small = memalign(64, MIN_BYTES);
    assert_ne!(small, p);
    assert!(host_cache::owns(small));
    free(small);
    assert_eq!(host_cache::stats().live_bytes, before.live_bytes);
}

#[test]
fn small_requests_foreign_pointers_and_a_disabled_cache_go_to_glibc() {
    let _g = serial();
    let small = memalign(64, MIN_BYTES - 1);
    assert!(!host_cache::owns(small));
    fill(small, MIN_BYTES - 1, 3);
    free(small);
    // Alignments above the cache's 2 MiB go to glibc.
    let over = memalign(4 << 20, 3 * MIN_BYTES);
    assert!(!host_cache::owns(over));
    fill(over, 3 * MIN_BYTES, 4);
    free(over);
    // SAFETY: plain malloc/free of a foreign (glibc) pointer through the replaced free.
    unsafe {
        let m = libc::malloc(3 * MIN_BYTES) as *mut u8;
        assert!(!m.is_null());
        assert!(!host_cache::owns(m));
        fill(m, 3 * MIN_BYTES, 1);
        libc::free(m as *mut c_void);
        libc::free(std::ptr::null_mut());
    }
    let stats = host_cache::stats();
    host_cache::set_enabled(false);
    let big = memalign(64, 3 * MIN_BYTES);
    assert!(
        !host_cache::owns(big),
        "with the cache off, glibc serves the request"
    );
    free(big);
    host_cache::set_enabled(true);
    let after = host_cache::stats();
    assert_eq!((after.hits, after.misses), (stats.hits, stats.misses));
    // Invalid alignments are refused as posix_memalign(3) says.
    let mut p: *mut c_void = std::ptr::null_mut();
    // SAFETY: `p` is valid for the write.
    assert_eq!(
        unsafe { libc::posix_memalign(&mut p, 24, MIN_BYTES) },
        libc::EINVAL
    );
}

#[test]
fn realloc_of_a_cached_block_keeps_its_contents() {
    let _g = serial();
    let size = MIN_BYTES + MIN_BYTES / 2;
    let p = memalign(64, size);
    assert!(host_cache::owns(p));
    fill(p, size, 11);
    // SAFETY: realloc of live blocks from this allocator; each result replaces the old pointer.
    unsafe {
        let q = libc::realloc(p as *mut c_void, size - 4096) as *mut u8;
        assert_eq!(q, p, "shrinking stays in place");
        let r = libc::realloc(q as *mut c_void, 5 * MIN_BYTES) as *mut u8;
        assert!(!r.is_null());
        assert!(check(r, size - 4096, 11), "growing copies the contents");
        assert!(
            host_cache::owns(r),
            "the grown block is large enough to be cached too"
        );
        assert!(!host_cache::owns(p), "the old block went back to the cache");
        let s = libc::realloc(r as *mut c_void, 1000) as *mut u8;
        assert_eq!(s, r, "shrinking a cached block stays in place");
        assert!(check(s, 1000, 11));
        // realloc to 0 frees, as glibc does.
        assert!(libc::realloc(s as *mut c_void, 0).is_null());
        assert!(!host_cache::owns(s));
        // A foreign pointer goes to glibc's realloc.
        let m = libc::malloc(100) as *mut u8;
        fill(m, 100, 5);
        let m2 = libc::realloc(m as *mut c_void, 2 * MIN_BYTES) as *mut u8;
        assert!(check(m2, 100, 5));
        assert!(!host_cache::owns(m2));
        libc::free(m2 as *mut c_void);
    }
}

#[test]
fn idle_blocks_are_unmapped_beyond_one_and_a_half_times_the_peak() {
    let _g = serial();
    // Larger than anything in use so far, so that these blocks set the peak. Never touched:
    // the mappings cost address space, not memory.
    let start = host_cache::stats();
    let x = (start.peak_live_bytes + 64 * MIN_BYTES) & !((2 << 20) - 1);
    let a = memalign(64, x);
    assert!(host_cache::owns(a));
    free(a);
    assert_eq!(host_cache::stats().idle_bytes, x);
    // 1.5 x does not fit in the idle block; keeping both would hold x + 1.5x > 1.5 * 1.5x.
    let b = memalign(64, x + x / 2);
    assert!(host_cache::owns(b));
    let s = host_cache::stats();
    assert_eq!(
        s.evictions,
        start.evictions + 1,
        "the idle block was unmapped"
    );
    assert_eq!(s.idle_bytes, 0);
    free(b);
    // A 1.2x request takes the idle 1.5x block: it holds it and is less than twice its size.
    let c = memalign(64, x + x / 5);
    assert_eq!(c, b);
    free(c);
    host_cache::release_idle();
    assert_eq!(host_cache::stats().idle_bytes, 0);
}

const SCALE: &str = r#"
module @scale {
  func.func public @main(%x: tensor<2048x1024xf32>) -> tensor<2048x1024xf32> {
    %c = stablehlo.constant dense<2.0> : tensor<2048x1024xf32>
    %one = stablehlo.constant dense<1.0> : tensor<2048x1024xf32>
    %0 = stablehlo.multiply %x, %c : tensor<2048x1024xf32>
    %1 = stablehlo.add %0, %one : tensor<2048x1024xf32>
    return %1 : tensor<2048x1024xf32>
  }
}
"#;

#[test]
fn the_plugin_allocates_its_buffers_from_the_cache() {
    let _g = serial();
    let client = common::cpu(1);
    assert!(host_cache::is_enabled(), "Client::new turns the cache on");
    let exe = common::compile(&client, SCALE, 1);
    let x: Vec<f32> = (0..2048 * 1024).map(|i| (i % 1000) as f32 * 0.5).collect();
    let input = client.upload_slice(&x, &[2048, 1024], 0).unwrap();
    let run = || {
        let out = exe.execute1(&[&input]).unwrap();
        let y = out[0].to_vec::<f32>().unwrap();
        assert!(y.iter().zip(&x).all(|(y, x)| *y == 2.0 * x + 1.0));
    };
    run();
    let first = host_cache::stats();
    run();
    run();
    let later = host_cache::stats();
    assert!(
        later.hits >= first.hits + 2,
        "the plugin's 8 MiB output buffers come from the cache: {first:?} then {later:?}"
    );
}
