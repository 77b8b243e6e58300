//! What lies in the ruse cache, and pruning of what ruse rebuilds by itself.
//!
//! Two parts of the cache grow with use and are rebuilt when missing: the
//! compile cache (`$RUSE_CACHE/compiled` by default, `*.xla`, one per program,
//! plugin build and machine) and the tokenized splits
//! (`$RUSE_CACHE/tokenized/<task>/*.bin`, one per task, split, tokenizer and
//! lengths). Every time ruse reads an entry it sets the entry's modification
//! time to now ([`mark_used`]), so the modification time is the last use and
//! pruning removes the least recently used entries first. Everything else
//! (the plugin, tokenizer and data that the set-up scripts fetch, the
//! virtual environments) is only listed, never removed here.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::error::{Error, Result};

/// A temporary file older than this is left over from a process that
/// stopped while writing, and is removed by any pruning.
pub const STALE_TEMPORARY: Duration = Duration::from_secs(3600);

/// Records that `entry` was used now (its modification time), for
/// least-recently-used pruning. Failing to (a read-only cache) costs nothing
/// but the order of pruning, so it is ignored.
pub fn mark_used(entry: &Path) {
    if let Ok(f) = fs::File::open(entry) {
        let _ = f.set_modified(SystemTime::now());
    }
}

/// Which rebuildable part of the cache an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A compiled program (`*.xla` in the compile cache).
    Compiled,
    /// A tokenized split (`tokenized/<task>/*.bin`).
    Tokenized,
}

impl Kind {
    /// "1 compiled program", "3 tokenized splits".
    pub fn count(self, n: usize) -> String {
        let (one, many) = match self {
            Kind::Compiled => ("compiled program", "compiled programs"),
            Kind::Tokenized => ("tokenized split", "tokenized splits"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }
}

/// A file of a rebuildable part of the cache.
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: PathBuf,
    pub kind: Kind,
    pub bytes: u64,
    /// Its modification time: the last time ruse wrote or read it.
    pub last_used: SystemTime,
}

/// The entries of both rebuildable parts, and the temporary files left in
/// them (any age; see [`STALE_TEMPORARY`]).
#[derive(Debug, Default)]
pub struct Rebuildable {
    pub entries: Vec<Entry>,
    pub temporaries: Vec<Entry>,
}

/// Lists the compile cache `compiled` (its `*.xla` files) and the tokenized
/// splits under `tokenized` (`<task>/*.bin`); a directory that does not
/// exist holds nothing. Other files are not ruse's entries and are left out.
pub fn rebuildable(compiled: &Path, tokenized: &Path) -> Result<Rebuildable> {
    let mut out = compile_cache(compiled)?;
    for task in read_dir(tokenized)? {
        if task.is_dir() {
            collect(&task, Kind::Tokenized, "bin", &mut out)?;
        }
    }
    Ok(out)
}

/// The entries of the compile cache `dir` alone (see [`rebuildable`]).
pub fn compile_cache(dir: &Path) -> Result<Rebuildable> {
    let mut out = Rebuildable::default();
    collect(dir, Kind::Compiled, "xla", &mut out)?;
    Ok(out)
}

/// Whether `stem` is the name ruse gives an entry of `kind` (before its
/// extension): a SHA-256 in hex for a compiled program, `<split>-<16 hex>`
/// for a tokenized split.
fn ruse_stem(kind: Kind, stem: &str) -> bool {
    let hex = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_hexdigit());
    match kind {
        Kind::Compiled => hex(stem, 64),
        Kind::Tokenized => stem.split_once('-').is_some_and(|(split, h)| {
            ["train", "validation", "test"].contains(&split) && hex(h, 16)
        }),
    }
}

/// Whether `name` is an entry of `kind` (`Some(false)`), one being written
/// (`Some(true)`: `<entry>.tmp.<pid>...`, or `.<entry>.tmp.<pid>` from
/// `write_atomic`), or not ruse's (`None`: left alone).
fn entry_name(kind: Kind, extension: &str, name: &str) -> Option<bool> {
    let suffix = format!(".{extension}");
    if let Some(stem) = name.strip_suffix(&suffix) {
        return ruse_stem(kind, stem).then_some(false);
    }
    let (entry, _) = name.split_once(&format!("{suffix}.tmp."))?;
    let stem = entry.strip_prefix('.').unwrap_or(entry);
    ruse_stem(kind, stem).then_some(true)
}

fn collect(dir: &Path, kind: Kind, extension: &str, out: &mut Rebuildable) -> Result<()> {
    for path in read_dir(dir)? {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let Some(temporary) = entry_name(kind, extension, name) else {
            continue;
        };
        let meta = fs::symlink_metadata(&path).map_err(|e| file_error(&path, e))?;
        if !meta.is_file() {
            continue;
        }
        let entry = Entry {
            kind,
            bytes: meta.len(),
            last_used: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
            path,
        };
        if temporary {
            out.temporaries.push(entry);
        } else {
            out.entries.push(entry);
        }
    }
    Ok(())
}

/// The paths in `dir`, sorted; none when it does not exist.
pub fn read_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let listing = match fs::read_dir(dir) {
        Ok(l) => l,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(file_error(dir, e)),
    };
    let mut paths = listing
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()
        .map_err(|e| file_error(dir, e))?;
    paths.sort();
    Ok(paths)
}

fn file_error(path: &Path, e: std::io::Error) -> Error {
    Error::File {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

/// What to prune.
#[derive(Debug, Clone, Copy, Default)]
pub struct Prune {
    /// Every entry.
    pub all: bool,
    /// Entries not used for this long.
    pub unused_for: Option<Duration>,
    /// Least recently used entries until the rest take at most this many bytes.
    pub max_bytes: Option<u64>,
}

impl Prune {
    /// Whether anything is asked to be pruned.
    pub fn any(&self) -> bool {
        self.all || self.unused_for.is_some() || self.max_bytes.is_some()
    }

    /// The indices of `entries` to remove at time `now`: all of them, or
    /// those unused for `unused_for`, then the least recently used of the
    /// rest until what is left fits `max_bytes`. Ties in last use go by path,
    /// so the choice does not depend on listing order.
    pub fn select(&self, entries: &[Entry], now: SystemTime) -> Vec<usize> {
        let mut order: Vec<usize> = (0..entries.len()).collect();
        order.sort_by(|&a, &b| {
            (entries[a].last_used, &entries[a].path).cmp(&(entries[b].last_used, &entries[b].path))
        });
        if self.all {
            return order;
        }
        let idle = |e: &Entry| now.duration_since(e.last_used).unwrap_or_default();
        let mut remove: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&i| self.unused_for.is_some_and(|d| idle(&entries[i]) >= d))
            .collect();
        if let Some(max) = self.max_bytes {
            let mut kept: u64 = order
                .iter()
                .filter(|i| !remove.contains(i))
                .map(|&i| entries[i].bytes)
                .sum();
            for &i in &order {
                if kept <= max {
                    break;
                }
                if !remove.contains(&i) {
                    remove.push(i);
                    kept -= entries[i].bytes;
                }
            }
        }
        remove
    }
}

/// The temporary files of `temporaries` that are stale at `now`.
pub fn stale(temporaries: &[Entry], now: SystemTime) -> Vec<&Entry> {
    temporaries
        .iter()
        .filter(|t| now.duration_since(t.last_used).unwrap_or_default() >= STALE_TEMPORARY)
        .collect()
}

/// The number of files and bytes under `path` (symbolic links counted as
/// themselves, not followed); a path that does not exist is empty.
pub fn disk_usage(path: &Path) -> Result<(u64, u64)> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((0, 0)),
        Err(e) => return Err(file_error(path, e)),
    };
    if !meta.is_dir() {
        return Ok((1, meta.len()));
    }
    let mut total = (0, 0);
    for child in read_dir(path)? {
        let (files, bytes) = disk_usage(&child)?;
        total.0 += files;
        total.1 += bytes;
    }
    Ok(total)
}

/// `bytes` for people: "812 B", "3.4 kB", "45.2 MB", "4.12 GB" (powers of 1000).
pub fn human_bytes(bytes: u64) -> String {
    let b = bytes as f64;
    if b < 1e3 {
        format!("{bytes} B")
    } else if b < 1e6 {
        format!("{:.1} kB", b / 1e3)
    } else if b < 1e9 {
        format!("{:.1} MB", b / 1e6)
    } else {
        format!("{:.2} GB", b / 1e9)
    }
}

/// How long ago `then` was at `now`: "just now", "5 min", "3 h", "12 days".
pub fn human_age(then: SystemTime, now: SystemTime) -> String {
    let s = now.duration_since(then).unwrap_or_default().as_secs();
    if s < 60 {
        "just now".into()
    } else if s < 3600 {
        format!("{} min ago", s / 60)
    } else if s < 2 * 86400 {
        format!("{} h ago", s / 3600)
    } else {
        format!("{} days ago", s / 86400)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Duration = Duration::from_secs(86400);

    fn entries(specs: &[(&str, u64, u64)], now: SystemTime) -> Vec<Entry> {
        specs
            .iter()
            .map(|&(name, mb, days)| Entry {
                path: PathBuf::from(name),
                kind: Kind::Compiled,
                bytes: mb * 1_000_000,
                last_used: now - DAY * days as u32,
            })
            .collect()
    }

    fn names(entries: &[Entry], picked: &[usize]) -> Vec<String> {
        let mut v: Vec<String> = picked
            .iter()
            .map(|&i| entries[i].path.display().to_string())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn pruning_removes_the_idle_then_the_least_recently_used_until_it_fits() {
        let now = SystemTime::UNIX_EPOCH + DAY * 1000;
        let e = entries(
            &[
                ("a", 10, 40),
                ("b", 20, 2),
                ("c", 30, 1),
                ("d", 5, 0),
                ("e", 1, 31),
            ],
            now,
        );
        let nothing = Prune::default();
        assert!(!nothing.any());
        assert!(nothing.select(&e, now).is_empty());
        let idle = Prune {
            unused_for: Some(DAY * 30),
            ..Prune::default()
        };
        assert_eq!(names(&e, &idle.select(&e, now)), ["a", "e"]);
        // 66 MB in all: down to 40 MB drops a (40 days), e (31), b (2).
        let fit = Prune {
            max_bytes: Some(40_000_000),
            ..Prune::default()
        };
        assert_eq!(names(&e, &fit.select(&e, now)), ["a", "b", "e"]);
        // The idle ones go first and count towards the fit: 55 MB are left,
        // so b goes too; 35 MB is exactly the limit.
        let both = Prune {
            unused_for: Some(DAY * 30),
            max_bytes: Some(35_000_000),
            ..Prune::default()
        };
        assert_eq!(names(&e, &both.select(&e, now)), ["a", "b", "e"]);
        let roomy = Prune {
            max_bytes: Some(66_000_000),
            ..Prune::default()
        };
        assert!(roomy.select(&e, now).is_empty());
        let all = Prune {
            all: true,
            ..Prune::default()
        };
        assert_eq!(all.select(&e, now).len(), 5);
    }

    #[test]
    fn sizes_and_ages_read_as_people_write_them() {
        assert_eq!(human_bytes(812), "812 B");
        assert_eq!(human_bytes(3_400), "3.4 kB");
        assert_eq!(human_bytes(45_230_000), "45.2 MB");
        assert_eq!(human_bytes(4_123_000_000), "4.12 GB");
        let now = SystemTime::UNIX_EPOCH + DAY * 10;
        assert_eq!(human_age(now, now), "just now");
        assert_eq!(human_age(now - Duration::from_secs(300), now), "5 min ago");
        assert_eq!(
            human_age(now - Duration::from_secs(3 * 3600), now),
            "3 h ago"
        );
        assert_eq!(human_age(now - DAY * 3, now), "3 days ago");
        // A clock that went back reads as now, not as a panic.
        assert_eq!(human_age(now + DAY, now), "just now");
    }
}
