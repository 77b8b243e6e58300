//! `.npy` arrays (NumPy's format, version 1.0 to 3.0 read, 1.0 written):
//! how ruse and the reference store task embeddings.

use std::path::Path;

use crate::error::{Error, Result};
use crate::files::write_atomic;
use crate::runtime::{ElementType, HostTensor, TensorSpec};

/// Reads a little-endian f32/f64 `.npy` array (C order), as ruse's and the
/// reference's task embeddings are stored.
pub fn read_npy(path: &Path) -> Result<HostTensor> {
    let bytes = std::fs::read(path).map_err(|e| Error::file(path, format!("cannot read: {e}")))?;
    let bad = |why: &str| Error::file(path, format!("not a supported .npy file: {why}"));
    if bytes.len() < 10 || &bytes[..6] != b"\x93NUMPY" {
        return Err(bad("no NUMPY magic"));
    }
    let (len, start) = match bytes[6] {
        1 => (u16::from_le_bytes([bytes[8], bytes[9]]) as usize, 10),
        2 | 3 if bytes.len() >= 12 => (
            u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize,
            12,
        ),
        _ => return Err(bad("unknown version")),
    };
    let header = std::str::from_utf8(
        bytes
            .get(start..start + len)
            .ok_or_else(|| bad("short header"))?,
    )
    .map_err(|_| bad("header is not text"))?;
    if header.contains("'fortran_order': True") {
        return Err(bad("Fortran order"));
    }
    let ty = if header.contains("'<f4'") {
        ElementType::F32
    } else if header.contains("'<f8'") {
        ElementType::F64
    } else {
        return Err(bad("only little-endian float32/float64 arrays are read"));
    };
    let shape_text = header
        .split("'shape':")
        .nth(1)
        .and_then(|s| s.split(')').next())
        .ok_or_else(|| bad("no shape"))?;
    let dims: Vec<i64> = shape_text
        .trim_start_matches([' ', '('])
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().map_err(|_| bad("bad shape")))
        .collect::<Result<_>>()?;
    HostTensor::from_bytes(TensorSpec::new(ty, &dims), bytes[start + len..].to_vec())
        .map_err(|e| Error::file(path, e.to_string()))
}

/// Writes an f32/f64 tensor as a version-1.0 `.npy` file, atomically.
pub fn write_npy(path: &Path, t: &HostTensor) -> Result<()> {
    let descr = match t.element_type() {
        ElementType::F32 => "<f4",
        ElementType::F64 => "<f8",
        other => return Err(Error::invalid(format!("cannot write {other} as .npy"))),
    };
    let dims: Vec<String> = t.dims().iter().map(|d| d.to_string()).collect();
    let shape = if dims.len() == 1 {
        format!("({},)", dims[0])
    } else {
        format!("({})", dims.join(", "))
    };
    let header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}");
    write_atomic(path, &npy_bytes(&header, t.bytes()))
}

/// A version-1.0 `.npy` file of `header` (a Python dict literal), padded
/// with spaces and a newline so that the data starts 64-byte aligned, and
/// the data `body`.
fn npy_bytes(header: &str, body: &[u8]) -> Vec<u8> {
    let pad = 63 - (10 + header.len()) % 64;
    let mut out = b"\x93NUMPY\x01\x00".to_vec();
    out.extend_from_slice(&((header.len() + pad + 1) as u16).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.resize(out.len() + pad, b' ');
    out.push(b'\n');
    out.extend_from_slice(body);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("ruse-npy-{name}-{}.npy", std::process::id()))
    }

    /// A `.npy` file of `header` and `body`.
    fn npy_file(name: &str, header: &str, body: &[u8]) -> std::path::PathBuf {
        let path = scratch(name);
        std::fs::write(&path, npy_bytes(header, body)).unwrap();
        path
    }

    /// A round trip keeps the shape and the values.
    #[test]
    fn writes_and_reads_back() {
        let t = HostTensor::new(&[1.5f32, -2.0, 0.25, 8.0, 3.0, 1e-3], &[2, 3]).unwrap();
        let path = scratch("roundtrip");
        write_npy(&path, &t).unwrap();
        assert_eq!(read_npy(&path).unwrap(), t);
        let _ = std::fs::remove_file(path);
    }

    /// Shapes whose size overflows, or with a negative dimension, are refused
    /// with the file's name instead of wrapping around (or panicking in a debug
    /// build).
    #[test]
    fn refuses_shapes_that_do_not_fit() {
        for (name, shape, why) in [
            ("huge", "(4294967296, 4294967296, 16)", "more bytes than"),
            ("huge-bytes", "(4611686018427387904,)", "more bytes than"),
            ("negative", "(-1, 4)", "negative dimension"),
        ] {
            let header = format!("{{'descr': '<f4', 'fortran_order': False, 'shape': {shape}, }}");
            let path = npy_file(name, &header, &[0; 16]);
            let err = read_npy(&path).unwrap_err().to_string();
            assert!(err.contains(why), "{name}: {err}");
            assert!(err.contains(&path.display().to_string()), "{name}: {err}");
            let _ = std::fs::remove_file(path);
        }
    }
}
