//! Where fetched files and tokenized tasks live, and how they are written.
//!
//! `scripts/setup.sh` (through `scripts/fetch_data.sh`) fetches the tokenizer
//! into `$RUSE_CACHE/tokenizer/t5/` and the data into `$RUSE_CACHE/data/`;
//! ruse only reads them and never downloads at run time. Tokenized tasks are
//! kept under `$RUSE_CACHE/tokenized/`, one file per task and split, named by
//! a hash of everything that determines the ids (tokenizer file, task, split,
//! lengths and the text of every example), and written atomically (a
//! temporary file in the same directory, then a rename).

use std::path::PathBuf;

use crate::error::{Error, Result};

/// The command that fetches the data and the tokenizer.
pub const SETUP_COMMAND: &str = "scripts/setup.sh";

/// The ruse cache directory (`RUSE_CACHE`, `$XDG_CACHE_HOME/ruse`, `~/.cache/ruse`).
pub fn root() -> Result<PathBuf> {
    crate::runtime::cache_dir().ok_or_else(|| Error::Config {
        key: "RUSE_CACHE".into(),
        reason: "no cache directory: set RUSE_CACHE (or HOME)".into(),
    })
}

/// A file that the set-up script fetches: an error naming the command if missing.
pub fn fetched(relative: &str, option: Option<&str>) -> Result<PathBuf> {
    let path = root()?.join(relative);
    if path.is_file() {
        return Ok(path);
    }
    let how = match option {
        Some(opt) => format!("{opt} bash {SETUP_COMMAND}"),
        None => format!("bash {SETUP_COMMAND}"),
    };
    Err(Error::File {
        path: path.display().to_string(),
        reason: format!("missing; fetch it with `{how}` (ruse never downloads at run time)"),
    })
}

/// FNV-1a, 64 bits: the cache-key hash (not cryptographic; it only has to
/// tell apart inputs that could meet in one cache directory).
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub fn bytes(&mut self, data: &[u8]) -> &mut Self {
        for &b in data {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self
    }

    /// A length-prefixed string, so that ("ab","c") and ("a","bc") differ.
    pub fn str(&mut self, s: &str) -> &mut Self {
        self.bytes(&(s.len() as u64).to_le_bytes())
            .bytes(s.as_bytes())
    }

    pub fn finish(&self) -> u64 {
        self.0
    }
}

const MAGIC: &[u8; 8] = b"RUSETOK2";

/// Token ids of (source, target) pairs as a little-endian file:
/// magic, count, then per example the source length and ids, the target
/// length and ids (all u32), and last the FNV-1a hash of everything before
/// it (u64), so that a changed byte is found rather than trained on.
pub fn encode_pairs(pairs: &[(Vec<u32>, Vec<u32>)]) -> Vec<u8> {
    let words: usize = pairs.iter().map(|(s, t)| 2 + s.len() + t.len()).sum();
    let mut out = Vec::with_capacity(16 + 4 * words);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(pairs.len() as u64).to_le_bytes());
    for (s, t) in pairs {
        for ids in [s, t] {
            out.extend_from_slice(&(ids.len() as u32).to_le_bytes());
            for id in ids {
                out.extend_from_slice(&id.to_le_bytes());
            }
        }
    }
    let check = Fnv::default().bytes(&out).finish();
    out.extend_from_slice(&check.to_le_bytes());
    out
}

/// The inverse of [`encode_pairs`]; `None` for a truncated, changed or
/// foreign file.
pub fn decode_pairs(data: &[u8]) -> Option<Vec<(Vec<u32>, Vec<u32>)>> {
    let (data, check) = data.split_last_chunk::<8>()?;
    if Fnv::default().bytes(data).finish() != u64::from_le_bytes(*check) {
        return None;
    }
    let rest = data.strip_prefix(MAGIC)?;
    let count = u64::from_le_bytes(rest.get(..8)?.try_into().ok()?) as usize;
    let mut words = rest[8..]
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
    if rest[8..].len() % 4 != 0 {
        return None;
    }
    let mut read = || -> Option<Vec<u32>> {
        let n = words.next()? as usize;
        let ids: Vec<u32> = words.by_ref().take(n).collect();
        (ids.len() == n).then_some(ids)
    };
    let mut out = Vec::with_capacity(count.min(1 << 24));
    for _ in 0..count {
        let s = read()?;
        let t = read()?;
        out.push((s, t));
    }
    words.next().is_none().then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pairs come back as written; a truncated file, another format and a
    /// single changed byte anywhere (a token id, a length, the hash) give
    /// `None`, so the split is tokenized again rather than trained on.
    #[test]
    fn tokenized_pairs_round_trip_and_any_changed_byte_is_found() {
        let pairs = vec![(vec![3, 4, 1], vec![209, 1]), (vec![7, 1], vec![204, 1])];
        let bytes = encode_pairs(&pairs);
        assert_eq!(decode_pairs(&bytes), Some(pairs));
        assert_eq!(decode_pairs(&bytes[..bytes.len() - 1]), None);
        for i in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[i] ^= 4;
            assert_eq!(decode_pairs(&changed), None, "byte {i} changed");
        }
    }
}
