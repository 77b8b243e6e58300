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
    let mut header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}");
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    let mut out = b"\x93NUMPY\x01\x00".to_vec();
    out.extend_from_slice(&(header.len() as u16).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(t.bytes());
    write_atomic(path, &out)
}
