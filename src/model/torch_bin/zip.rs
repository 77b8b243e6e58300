//! The zip side of `pytorch_model.bin`: the central directory (zip64
//! included) and the stored, uncompressed data of an entry.

pub(super) struct ZipEntry {
    pub(super) name: String,
    pub(super) method: u16,
    pub(super) flags: u16,
    pub(super) size: u64,
    pub(super) compressed: u64,
    pub(super) header: u64,
}

pub(super) struct Zip<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) entries: Vec<ZipEntry>,
}

/// The `n`-byte little-endian integer at `at`, or a truncation error.
pub(super) fn le(bytes: &[u8], at: u64, n: usize) -> std::result::Result<u64, String> {
    let start = usize::try_from(at).map_err(|_| "offset out of range".to_string())?;
    let b = start
        .checked_add(n)
        .and_then(|end| bytes.get(start..end))
        .ok_or_else(|| {
            format!(
                "truncated zip archive (a record at byte {at} runs past the end, {} bytes)",
                bytes.len()
            )
        })?;
    Ok(b.iter().rev().fold(0u64, |a, x| (a << 8) | *x as u64))
}

pub(super) const EOCD: u64 = 0x0605_4b50;
pub(super) const EOCD64: u64 = 0x0606_4b50;
pub(super) const EOCD64_LOCATOR: u64 = 0x0706_4b50;
pub(super) const CENTRAL: u64 = 0x0201_4b50;
pub(super) const LOCAL: u64 = 0x0403_4b50;

impl<'a> Zip<'a> {
    pub(super) fn open(bytes: &'a [u8]) -> std::result::Result<Zip<'a>, String> {
        let len = bytes.len() as u64;
        // The end-of-central-directory record: 22 bytes + a comment of up to 64 KiB, at the end.
        let lowest = len.saturating_sub(22 + 0xffff);
        let mut eocd = None;
        let mut at = len.checked_sub(22);
        while let Some(p) = at.filter(|p| *p >= lowest) {
            if le(bytes, p, 4)? == EOCD && p + 22 + le(bytes, p + 20, 2)? <= len {
                eocd = Some(p);
                break;
            }
            at = p.checked_sub(1);
        }
        let eocd = eocd.ok_or(
            "no zip end-of-central-directory record: the file is truncated or not a zip archive",
        )?;
        let mut count = le(bytes, eocd + 10, 2)?;
        let mut cd_size = le(bytes, eocd + 12, 4)?;
        let mut cd_at = le(bytes, eocd + 16, 4)?;
        if count == 0xffff || cd_size == 0xffff_ffff || cd_at == 0xffff_ffff {
            let loc = eocd
                .checked_sub(20)
                .filter(|l| le(bytes, *l, 4).ok() == Some(EOCD64_LOCATOR))
                .ok_or("zip64 archive without its end-of-central-directory locator")?;
            let e64 = le(bytes, loc + 8, 8)?;
            if le(bytes, e64, 4)? != EOCD64 {
                return Err("zip64 end-of-central-directory record not found".into());
            }
            count = le(bytes, e64 + 32, 8)?;
            cd_size = le(bytes, e64 + 40, 8)?;
            cd_at = le(bytes, e64 + 48, 8)?;
        }
        if cd_at.checked_add(cd_size).is_none_or(|end| end > len) {
            return Err(format!(
                "zip central directory (bytes {cd_at}..+{cd_size}) runs past the end of the file \
                 ({len} bytes): truncated"
            ));
        }
        let mut entries = Vec::new();
        let mut p = cd_at;
        for _ in 0..count {
            if le(bytes, p, 4)? != CENTRAL {
                return Err(format!("corrupt zip central directory at byte {p}"));
            }
            let flags = le(bytes, p + 8, 2)? as u16;
            let method = le(bytes, p + 10, 2)? as u16;
            let mut compressed = le(bytes, p + 20, 4)?;
            let mut size = le(bytes, p + 24, 4)?;
            let name_len = le(bytes, p + 28, 2)?;
            let extra_len = le(bytes, p + 30, 2)?;
            let comment_len = le(bytes, p + 32, 2)?;
            let mut header = le(bytes, p + 42, 4)?;
            let name_at = p + 46;
            let name_bytes = bytes
                .get(name_at as usize..(name_at + name_len) as usize)
                .ok_or("truncated zip central directory")?;
            let name = String::from_utf8_lossy(name_bytes).into_owned();
            // zip64 extended information: the 8-byte values of the fields saturated above
            let mut x = name_at + name_len;
            let extra_end = x + extra_len;
            while x + 4 <= extra_end {
                let id = le(bytes, x, 2)?;
                let n = le(bytes, x + 2, 2)?;
                if id == 1 {
                    let mut f = x + 4;
                    for field in [&mut size, &mut compressed, &mut header] {
                        if *field == 0xffff_ffff && f + 8 <= x + 4 + n {
                            *field = le(bytes, f, 8)?;
                            f += 8;
                        }
                    }
                }
                x += 4 + n;
            }
            entries.push(ZipEntry {
                name,
                method,
                flags,
                size,
                compressed,
                header,
            });
            p = extra_end + comment_len;
        }
        Ok(Zip { bytes, entries })
    }

    pub(super) fn find(&self, name: &str) -> Option<&ZipEntry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The bytes of a stored entry.
    pub(super) fn data(&self, e: &ZipEntry) -> std::result::Result<&'a [u8], String> {
        if e.flags & 1 != 0 {
            return Err(format!("zip entry {} is encrypted", e.name));
        }
        if e.method != 0 {
            return Err(format!(
                "zip entry {} is compressed (method {}); torch.save stores entries \
                 uncompressed: re-save the file with torch.save",
                e.name, e.method
            ));
        }
        if e.compressed != e.size {
            return Err(format!(
                "zip entry {}: stored with {} bytes but {} uncompressed",
                e.name, e.compressed, e.size
            ));
        }
        if le(self.bytes, e.header, 4)? != LOCAL {
            return Err(format!(
                "zip entry {}: no local header at byte {}",
                e.name, e.header
            ));
        }
        let start =
            e.header + 30 + le(self.bytes, e.header + 26, 2)? + le(self.bytes, e.header + 28, 2)?;
        start
            .checked_add(e.size)
            .and_then(|end| self.bytes.get(start as usize..usize::try_from(end).ok()?))
            .ok_or_else(|| {
                format!(
                    "zip entry {} ({} bytes at byte {start}) runs past the end of the file ({} bytes): \
                     truncated",
                    e.name,
                    e.size,
                    self.bytes.len()
                )
            })
    }
}
