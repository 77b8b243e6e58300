//! The cache itself (Linux with glibc): the block table and its spin lock;
//! the exported allocator hooks are in `hooks`.

use super::{Stats, MIN_BYTES, SLOTS};
use libc::c_void;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

mod hooks;

/// Blocks are mapped at this alignment and rounded up to it: one transparent huge page.
const BLOCK: usize = 2 << 20;
/// Idle blocks unmapped per batch outside the lock.
const BATCH: usize = 16;

#[derive(Clone, Copy)]
struct Slot {
    /// Start of the block; 0 for an empty slot.
    base: usize,
    cap: usize,
    live: bool,
    /// The request count at the block's last use (least recently used is evicted first).
    used: u64,
}

const EMPTY: Slot = Slot {
    base: 0,
    cap: 0,
    live: false,
    used: 0,
};

struct Table {
    slots: [Slot; SLOTS],
    tick: u64,
    stats: Stats,
}

struct Cache {
    lock: AtomicBool,
    table: UnsafeCell<Table>,
}

// SAFETY: `table` is only reached through `Cache::lock`, which serializes access.
unsafe impl Sync for Cache {}

static CACHE: Cache = Cache {
    lock: AtomicBool::new(false),
    table: UnsafeCell::new(Table {
        slots: [EMPTY; SLOTS],
        tick: 0,
        stats: Stats::ZERO,
    }),
};
static ENABLED: AtomicBool = AtomicBool::new(false);
/// The address range of every block ever mapped: `free` of a pointer outside it goes to
/// glibc without taking the lock.
static LO: AtomicUsize = AtomicUsize::new(usize::MAX);
static HI: AtomicUsize = AtomicUsize::new(0);

struct Guard;

impl Guard {
    fn table(&mut self) -> &mut Table {
        // SAFETY: a `Guard` exists only while the lock is held.
        unsafe { &mut *CACHE.table.get() }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        CACHE.lock.store(false, Ordering::Release);
    }
}

fn lock() -> Guard {
    let mut spins = 0u32;
    while CACHE
        .lock
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        spins += 1;
        if spins < 64 {
            std::hint::spin_loop();
        } else {
            // SAFETY: sched_yield has no preconditions.
            unsafe { libc::sched_yield() };
        }
    }
    Guard
}

/// Whether `a` can be the base of a cached block: blocks start on a
/// `BLOCK` boundary inside the range ever mapped. `free` asks this of
/// every pointer of the process, so it must reject the plugin's small
/// allocations without taking the lock (a table scan per `free` cost
/// about 2% of the t5-small training step).
fn in_range(a: usize) -> bool {
    a & (BLOCK - 1) == 0 && a >= LO.load(Ordering::Relaxed) && a < HI.load(Ordering::Relaxed)
}

/// Blocks to unmap once the lock is released.
struct Doomed {
    blocks: [(usize, usize); BATCH],
    len: usize,
}

impl Doomed {
    fn new() -> Doomed {
        Doomed {
            blocks: [(0, 0); BATCH],
            len: 0,
        }
    }

    fn full(&self) -> bool {
        self.len == BATCH
    }

    /// Queues a block that no slot refers to any more; the caller checks `full` first.
    fn push(&mut self, s: Slot) {
        self.blocks[self.len] = (s.base, s.cap);
        self.len += 1;
    }

    fn unmap(&mut self) {
        for &(base, cap) in &self.blocks[..self.len] {
            // SAFETY: the block was mapped by `map` and no slot refers to it any more.
            unsafe { libc::munmap(base as *mut c_void, cap) };
        }
        self.len = 0;
    }
}

impl Table {
    /// Removes the least recently used idle block into `doomed`; false when none is idle.
    fn evict_one(&mut self, doomed: &mut Doomed) -> bool {
        let victim = self
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.base != 0 && !s.live)
            .min_by_key(|(_, s)| s.used)
            .map(|(i, _)| i);
        let Some(i) = victim else { return false };
        let s = self.slots[i];
        doomed.push(s);
        self.slots[i] = EMPTY;
        self.stats.idle_bytes -= s.cap;
        self.stats.evictions += 1;
        true
    }

    /// Evicts idle blocks while `extra` more bytes would take everything mapped past 1.5
    /// times the peak in use (or, with `need_slot`, while no slot is free), at most one
    /// batch. Returns true when the bound holds.
    fn make_room(&mut self, extra: usize, need_slot: bool, doomed: &mut Doomed) -> bool {
        let peak = self.stats.peak_live_bytes;
        let bound = peak.saturating_add(peak / 2);
        loop {
            let mapped = self.stats.live_bytes + self.stats.idle_bytes + extra;
            let slot_free = !need_slot || self.slots.iter().any(|s| s.base == 0);
            if mapped <= bound && slot_free {
                return true;
            }
            if doomed.full() || !self.evict_one(doomed) {
                return false;
            }
        }
    }
}

/// Maps a block of `cap` bytes (a multiple of `BLOCK`) at a `BLOCK` boundary.
fn map(cap: usize) -> Option<usize> {
    let len = cap.checked_add(BLOCK)?;
    // SAFETY: an anonymous private mapping with no fixed address.
    let raw = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if raw == libc::MAP_FAILED {
        return None;
    }
    let raw = raw as usize;
    let base = (raw + BLOCK - 1) & !(BLOCK - 1);
    let head = base - raw;
    let tail = len - head - cap;
    // SAFETY: the trimmed pieces lie in the mapping just made and nothing refers to them.
    unsafe {
        if head > 0 {
            libc::munmap(raw as *mut c_void, head);
        }
        if tail > 0 {
            libc::munmap((base + cap) as *mut c_void, tail);
        }
        // Advice only: without transparent huge pages the block still works.
        libc::madvise(base as *mut c_void, cap, libc::MADV_HUGEPAGE);
    }
    LO.fetch_min(base, Ordering::Relaxed);
    HI.fetch_max(base + cap, Ordering::Relaxed);
    Some(base)
}

/// A cached block of at least `size` bytes, or `None` to let glibc serve the request.
fn take(size: usize) -> Option<*mut c_void> {
    let cap = size.checked_add(BLOCK - 1)? & !(BLOCK - 1);
    let mut doomed = Doomed::new();
    let got = {
        let mut g = lock();
        let t = g.table();
        t.tick += 1;
        let tick = t.tick;
        let best = t
            .slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.base != 0 && !s.live && s.cap >= size && s.cap / 2 <= size)
            .min_by_key(|(_, s)| s.cap)
            .map(|(i, _)| i);
        if let Some(i) = best {
            let s = &mut t.slots[i];
            s.live = true;
            s.used = tick;
            let (base, cap) = (s.base, s.cap);
            t.stats.hits += 1;
            t.stats.idle_bytes -= cap;
            t.stats.live_bytes += cap;
            t.stats.peak_live_bytes = t.stats.peak_live_bytes.max(t.stats.live_bytes);
            Some(base)
        } else {
            t.stats.peak_live_bytes = t.stats.peak_live_bytes.max(t.stats.live_bytes + cap);
            t.make_room(cap, true, &mut doomed);
            let slot = t.slots.iter().position(|s| s.base == 0);
            match slot.and_then(|i| map(cap).map(|base| (i, base))) {
                Some((i, base)) => {
                    t.slots[i] = Slot {
                        base,
                        cap,
                        live: true,
                        used: tick,
                    };
                    t.stats.misses += 1;
                    t.stats.live_bytes += cap;
                    Some(base)
                }
                None => {
                    t.stats.fallbacks += 1;
                    None
                }
            }
        }
    };
    doomed.unmap();
    got.map(|base| base as *mut c_void)
}

/// Marks the block at `a` idle; false when `a` is not a live cached block.
fn give_back(a: usize) -> bool {
    let mut doomed = Doomed::new();
    let found = {
        let mut g = lock();
        let t = g.table();
        match t.slots.iter().position(|s| s.base == a && s.live) {
            None => false,
            Some(i) => {
                let s = t.slots[i];
                t.stats.live_bytes -= s.cap;
                if ENABLED.load(Ordering::Relaxed) {
                    t.slots[i].live = false;
                    t.stats.idle_bytes += s.cap;
                    t.make_room(0, false, &mut doomed);
                } else {
                    t.slots[i] = EMPTY;
                    doomed.push(s);
                }
                true
            }
        }
    };
    doomed.unmap();
    found
}

/// The capacity of the live cached block at `a`.
fn live_cap(a: usize) -> Option<usize> {
    let mut g = lock();
    g.table()
        .slots
        .iter()
        .find(|s| s.base == a && s.live)
        .map(|s| s.cap)
}

/// Turns caching on or off. While it is off, requests go to glibc and freed blocks are
/// unmapped; idle blocks stay mapped until [`release_idle`] or the next request with the
/// cache on (which may take them).
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

pub fn is_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Unmaps every idle block.
pub fn release_idle() {
    loop {
        let mut doomed = Doomed::new();
        let more = {
            let mut g = lock();
            let t = g.table();
            while !doomed.full() && t.evict_one(&mut doomed) {}
            doomed.full()
        };
        doomed.unmap();
        if !more {
            break;
        }
    }
}

pub fn stats() -> Stats {
    let mut g = lock();
    g.table().stats
}

/// Whether `p` is the start of a live cached block.
pub fn owns(p: *const u8) -> bool {
    in_range(p as usize) && live_cap(p as usize).is_some()
}
