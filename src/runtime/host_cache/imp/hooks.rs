//! The allocator entry points the process links to instead of glibc's:
//! aligned requests of at least `MIN_BYTES` come from the block cache, the
//! rest (and everything while the cache is off) from glibc's own functions.

use super::{give_back, in_range, live_cap, take, BLOCK, ENABLED, MIN_BYTES};
use libc::{c_int, c_void, size_t};
use std::sync::atomic::Ordering;

extern "C" {
    fn __libc_free(p: *mut c_void);
    fn __libc_realloc(p: *mut c_void, size: size_t) -> *mut c_void;
    fn __libc_memalign(align: size_t, size: size_t) -> *mut c_void;
}

fn aligned(align: usize, size: usize) -> *mut c_void {
    if size >= MIN_BYTES
        && align.is_power_of_two()
        && align <= BLOCK
        && ENABLED.load(Ordering::Relaxed)
    {
        if let Some(p) = take(size) {
            return p;
        }
    }
    // SAFETY: glibc's own memalign, with the caller's arguments.
    unsafe { __libc_memalign(align, size) }
}

/// Replaces the C library's `posix_memalign` for the process.
///
/// # Safety
/// As `posix_memalign(3)`: `out` must be valid for a write.
#[no_mangle]
pub unsafe extern "C" fn posix_memalign(
    out: *mut *mut c_void,
    align: size_t,
    size: size_t,
) -> c_int {
    if !align.is_power_of_two() || !align.is_multiple_of(std::mem::size_of::<usize>()) {
        return libc::EINVAL;
    }
    let p = aligned(align, size);
    if p.is_null() {
        return libc::ENOMEM;
    }
    *out = p;
    0
}

/// Replaces the C library's `aligned_alloc` for the process.
///
/// # Safety
/// As `aligned_alloc(3)`.
#[no_mangle]
pub unsafe extern "C" fn aligned_alloc(align: size_t, size: size_t) -> *mut c_void {
    aligned(align, size)
}

/// Replaces the C library's `memalign` for the process.
///
/// # Safety
/// As `memalign(3)`.
#[no_mangle]
pub unsafe extern "C" fn memalign(align: size_t, size: size_t) -> *mut c_void {
    aligned(align, size)
}

/// Replaces the C library's `free` for the process.
///
/// # Safety
/// As `free(3)`: `p` is null or came from this process's allocator and is not freed yet.
#[no_mangle]
pub unsafe extern "C" fn free(p: *mut c_void) {
    let a = p as usize;
    if in_range(a) && give_back(a) {
        return;
    }
    __libc_free(p)
}

/// Replaces the C library's `realloc` for the process.
///
/// # Safety
/// As `realloc(3)`.
#[no_mangle]
pub unsafe extern "C" fn realloc(p: *mut c_void, size: size_t) -> *mut c_void {
    let a = p as usize;
    if in_range(a) {
        if let Some(cap) = live_cap(a) {
            if size == 0 {
                give_back(a);
                return std::ptr::null_mut();
            }
            if size <= cap {
                return p;
            }
            let q = aligned(16, size);
            if q.is_null() {
                return q;
            }
            std::ptr::copy_nonoverlapping(p as *const u8, q as *mut u8, cap);
            give_back(a);
            return q;
        }
    }
    __libc_realloc(p, size)
}
