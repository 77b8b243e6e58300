//! Writing files so that nothing is lost: atomic writes (a temporary file in
//! the same directory, synced, then renamed over the target) and output
//! directories whose errors say what stands in the way.
//!
//! Every file ruse writes for later reading (checkpoint files, results,
//! compile-cache entries, tokenized splits) goes through [`write_atomic`] or
//! [`write_atomic_with`], so a reader never sees a partial file and a failed
//! write (a full disk) leaves neither a partial file nor a temporary one.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{Error, Result};

/// Creates directory `dir` and its parents. Where a file stands at `dir` or
/// at one of its parents, the error names it ("is a file, not a
/// directory") rather than the system's "File exists" or "Not a directory".
pub fn create_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).map_err(|e| {
        check_creatable(dir)
            .err()
            .unwrap_or_else(|| Error::file(dir, format!("cannot create the directory: {e}")))
    })
}

/// Checks, without creating anything, that no file stands at `dir` or at
/// one of its parents (the error [`create_dir`] would give).
pub fn check_creatable(dir: &Path) -> Result<()> {
    let blocker = dir
        .ancestors()
        .find(|p| !p.as_os_str().is_empty() && p.exists() && !p.is_dir());
    match blocker {
        None => Ok(()),
        Some(file) if file == dir => Err(Error::file(
            dir,
            "is a file, not a directory; give a directory (or remove the file)",
        )),
        Some(file) => Err(Error::file(
            dir,
            format!(
                "cannot be created: {} is a file, not a directory",
                file.display()
            ),
        )),
    }
}

/// Writes `bytes` to `path` atomically (see [`write_atomic_with`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// Writes `path` atomically: `fill` writes a temporary file
/// `.<name>.tmp.<pid>.<n>` in the same directory (created if needed), which
/// is synced and renamed over `path`. On any failure the temporary file is
/// removed and `path` is left as it was.
pub fn write_atomic_with<F>(path: &Path, fill: F) -> Result<()>
where
    F: FnOnce(&mut fs::File) -> std::io::Result<()>,
{
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_dir(dir)?;
    // Unique per process and call, so concurrent writers never share one.
    static SEQ: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let tmp = dir.join(format!(
        ".{name}.tmp.{}.{}",
        std::process::id(),
        SEQ.fetch_add(1, Ordering::Relaxed)
    ));
    let written = fs::File::create(&tmp)
        .and_then(|mut f| {
            fill(&mut f)?;
            f.sync_all()
        })
        .map_err(|e| Error::file(path, format!("cannot write: {e}")))
        .and_then(|()| {
            fs::rename(&tmp, path)
                .map_err(|e| Error::file(path, format!("cannot rename into place: {e}")))
        });
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("ruse-files-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    /// A file where a directory is wanted is named, at the path itself or at
    /// a parent; a fresh nested directory is created.
    #[test]
    fn create_dir_names_the_file_in_the_way() {
        let dir = scratch("create");
        let file = dir.join("afile");
        fs::write(&file, b"x").unwrap();
        let e = create_dir(&file).unwrap_err().to_string();
        assert!(
            e.contains("afile") && e.contains("is a file, not a directory"),
            "{e}"
        );
        let e = create_dir(&file.join("sub/deeper"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("sub/deeper") && e.contains("afile is a file"),
            "{e}"
        );
        let e = check_creatable(&file.join("sub")).unwrap_err().to_string();
        assert!(e.contains("afile is a file"), "{e}");
        assert!(!file.join("sub").exists());
        check_creatable(&dir.join("a/b/c")).unwrap();
        create_dir(&dir.join("a/b/c")).unwrap();
        assert!(dir.join("a/b/c").is_dir());
        fs::remove_dir_all(&dir).unwrap();
    }

    /// The new content replaces the old; a failing writer leaves the old
    /// content and no temporary file; a parent that is a file is named.
    #[test]
    fn write_atomic_replaces_whole_or_leaves_the_old_file() {
        let dir = scratch("write");
        let path = dir.join("out.json");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        let e = write_atomic_with(&path, |f| {
            f.write_all(b"partial")?;
            Err(std::io::Error::other("disk full"))
        })
        .unwrap_err()
        .to_string();
        assert!(e.contains("out.json") && e.contains("disk full"), "{e}");
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(names(&dir), vec!["out.json"]);
        let e = write_atomic(&path.join("inner"), b"x")
            .unwrap_err()
            .to_string();
        assert!(e.contains("out.json: is a file, not a directory"), "{e}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
