//! Large weight files read in place: a read-only private mapping of the
//! file, where `std::fs::read` would first copy all of it into memory.
//!
//! Loading a checkpoint then copies each tensor once, from the page cache
//! into its own buffer, so the process never holds the file twice (a t5-base
//! `pytorch_model.bin` is about 900 MB). A reader that needs only a file's
//! index (a safetensors header; a `torch.save` archive's central directory
//! and pickle, for the tensors' names) touches only those pages.
//!
//! A mapping sees the file as it is on disk: a file truncated by another
//! process while it is being read can end the process with SIGBUS, as with
//! every reader that maps weights. ruse's own writers never truncate in
//! place; they write a new file and rename it over the old one, which leaves
//! a mapping of the old one intact.

use std::ops::Deref;
use std::path::Path;

use crate::error::{Error, Result};

/// The bytes of a file, mapped read-only (a plain read where there is no
/// `mmap`).
pub struct Mapped {
    #[cfg(unix)]
    map: unix::Map,
    #[cfg(not(unix))]
    bytes: Vec<u8>,
}

impl Mapped {
    /// Maps the whole of `path`; an error names the file.
    pub fn open(path: &Path) -> Result<Mapped> {
        let cannot = |e: std::io::Error| Error::file(path, format!("cannot read: {e}"));
        #[cfg(unix)]
        {
            let file = std::fs::File::open(path).map_err(cannot)?;
            Ok(Mapped {
                map: unix::Map::new(&file).map_err(cannot)?,
            })
        }
        #[cfg(not(unix))]
        {
            Ok(Mapped {
                bytes: std::fs::read(path).map_err(cannot)?,
            })
        }
    }
}

impl Deref for Mapped {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        #[cfg(unix)]
        {
            self.map.bytes()
        }
        #[cfg(not(unix))]
        {
            &self.bytes
        }
    }
}

#[cfg(unix)]
mod unix {
    use std::fs::File;
    use std::io;
    use std::os::fd::AsRawFd;

    /// A read-only private mapping of a whole file; empty files map nothing.
    pub(super) struct Map {
        ptr: *mut libc::c_void,
        len: usize,
    }

    // SAFETY: the mapping is read-only and owned by `Map` alone; sharing
    // `&[u8]` views of it between threads is as safe as sharing a `Vec<u8>`'s.
    unsafe impl Send for Map {}
    unsafe impl Sync for Map {}

    impl Map {
        pub(super) fn new(file: &File) -> io::Result<Map> {
            let meta = file.metadata()?;
            if !meta.is_file() {
                return Err(io::Error::other("not a regular file"));
            }
            let len = usize::try_from(meta.len())
                .map_err(|_| io::Error::other("the file is larger than the address space"))?;
            if len == 0 {
                return Ok(Map {
                    ptr: std::ptr::null_mut(),
                    len: 0,
                });
            }
            // SAFETY: a fresh read-only private mapping of an open file at no
            // fixed address; the descriptor may close once it is made.
            let ptr = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    len,
                    libc::PROT_READ,
                    libc::MAP_PRIVATE,
                    file.as_raw_fd(),
                    0,
                )
            };
            if ptr == libc::MAP_FAILED {
                return Err(io::Error::last_os_error());
            }
            Ok(Map { ptr, len })
        }

        pub(super) fn bytes(&self) -> &[u8] {
            if self.len == 0 {
                return &[];
            }
            // SAFETY: `ptr` maps `len` readable bytes until `drop`.
            unsafe { std::slice::from_raw_parts(self.ptr as *const u8, self.len) }
        }
    }

    impl Drop for Map {
        fn drop(&mut self) {
            if self.len > 0 {
                // SAFETY: the mapping made in `new`, no longer borrowed.
                unsafe { libc::munmap(self.ptr, self.len) };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_the_bytes_of_a_file_and_names_it_when_missing() {
        let dir = std::env::temp_dir().join(format!("ruse-mapped-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("w.bin");
        let bytes: Vec<u8> = (0..100_000u32).map(|i| (i * 7 % 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(&*Mapped::open(&path).unwrap(), &bytes[..]);
        let empty = dir.join("empty.bin");
        std::fs::write(&empty, b"").unwrap();
        assert!(Mapped::open(&empty).unwrap().is_empty());
        let missing = dir.join("missing.bin");
        let err = Mapped::open(&missing).err().unwrap().to_string();
        assert!(
            err.contains("missing.bin") && err.contains("cannot read"),
            "{err}"
        );
        let err = Mapped::open(&dir).err().unwrap().to_string();
        assert!(err.contains("cannot read"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
