//! Frozen weights read in both layouts: the forward products `x · Wᵀ` of a
//! frozen 2-D weight `W` (`[out, in]`, PyTorch's layout) read a transposed
//! copy `W#T` (`[in, out]`) as `x · W#T`, while the backward's `dY · W`
//! keeps reading `W`. The XLA CPU plugin runs both of those forms faster
//! than `x · Wᵀ` (see the README's benchmarks); the copy costs the weight's
//! memory once more and is uploaded once, since a frozen weight never changes.

use std::collections::{BTreeMap, HashSet};

use super::slot::Slot;
use super::step::StepProgram;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::graph::{DotDims, NodeId, Op};
use crate::runtime::{DeviceKind, HostTensor, TensorSpec};

const SUFFIX: &str = "#T";

/// The name of `weight`'s transposed copy.
pub fn twin_name(weight: &str) -> String {
    format!("{weight}{SUFFIX}")
}

/// The weight whose transposed copy `name` is, if it is one.
pub fn base_of(name: &str) -> Option<&str> {
    name.strip_suffix(SUFFIX)
}

/// Whether a run's training steps on `device` use the copies
/// (`transposed_frozen_weights`; by default on the CPU only).
pub fn enabled(run: &Config, device: DeviceKind) -> bool {
    run.transposed_frozen_weights
        .unwrap_or(device == DeviceKind::Cpu)
}

/// [`use_transposed_frozen_weights`] when the run uses copies on `device`.
pub fn apply(program: &mut StepProgram, run: &Config, device: DeviceKind) -> Result<()> {
    if enabled(run, device) {
        use_transposed_frozen_weights(program)?;
    }
    Ok(())
}

/// Rewrites `program`'s forward products of its frozen 2-D weights (those
/// it does not update) to read transposed copies, each a new parameter
/// `Slot::Param("{name}#T")` appended to its arguments. Returns the frozen
/// weights that now have a copy; [`transposed`] makes their values.
pub fn use_transposed_frozen_weights(program: &mut StepProgram) -> Result<Vec<String>> {
    let updated: HashSet<String> = program
        .args
        .iter()
        .filter_map(|s| match s {
            Slot::AdamM(n) | Slot::AdamV(n) | Slot::FactorRow(n) | Slot::Accum(n) => {
                Some(n.clone())
            }
            _ => None,
        })
        .collect();
    let g = &mut program.graph;
    let live = g.live();
    let mut twins: BTreeMap<String, NodeId> = BTreeMap::new();
    for (i, live) in live.into_iter().enumerate() {
        let id = NodeId(i as u32);
        let Op::DotGeneral { lhs, rhs, dims } = &g.node(id).op else {
            continue;
        };
        let (lhs, rhs) = (*lhs, *rhs);
        let x_wt = dims.lhs_batch.is_empty()
            && dims.lhs_contract == [1]
            && dims.rhs_contract == [1]
            && g.spec(lhs).dims.len() == 2;
        let Op::Parameter { name, spec, .. } = &g.node(rhs).op else {
            continue;
        };
        if !live || !x_wt || spec.dims.len() != 2 || updated.contains(name) {
            continue;
        }
        let twin = match twins.get(name) {
            Some(t) => *t,
            None => {
                let (name, spec) = (name.clone(), spec.clone());
                let t = TensorSpec::new(spec.ty, &[spec.dims[1], spec.dims[0]]);
                let t = g.parameter(&twin_name(&name), t)?;
                program.args.push(Slot::Param(twin_name(&name)));
                twins.insert(name, t);
                t
            }
        };
        let dims = DotDims {
            lhs_contract: vec![1],
            rhs_contract: vec![0],
            ..Default::default()
        };
        g.replace_op(
            id,
            Op::DotGeneral {
                lhs,
                rhs: twin,
                dims,
            },
        )?;
    }
    Ok(twins.into_keys().collect())
}

/// `w` (2-D) transposed: the value of its copy `w#T`.
///
/// Copied in square tiles, so that both the rows read and the rows written
/// stay in cache: t5-base's frozen weights are about 200 M elements, made
/// once per replica when a run starts.
pub fn transposed(w: &HostTensor) -> Result<HostTensor> {
    let spec = w.spec();
    let &[rows, cols] = spec.dims.as_slice() else {
        return Err(Error::invalid(format!(
            "internal: a transposed copy of a {spec} tensor (2-D only)"
        )));
    };
    let (rows, cols) = (rows as usize, cols as usize);
    let data = match spec.ty.size() {
        1 => transpose_elements::<1>(w.bytes(), rows, cols),
        2 => transpose_elements::<2>(w.bytes(), rows, cols),
        4 => transpose_elements::<4>(w.bytes(), rows, cols),
        8 => transpose_elements::<8>(w.bytes(), rows, cols),
        n => {
            return Err(Error::invalid(format!(
                "internal: a transposed copy of {n}-byte elements"
            )))
        }
    };
    HostTensor::from_bytes(
        TensorSpec::new(spec.ty, &[spec.dims[1], spec.dims[0]]),
        data,
    )
}

/// The `[rows, cols]` matrix of `N`-byte elements in `src`, transposed.
fn transpose_elements<const N: usize>(src: &[u8], rows: usize, cols: usize) -> Vec<u8> {
    const TILE: usize = 32;
    let (src, _) = src.as_chunks::<N>();
    let mut out = vec![[0u8; N]; rows * cols];
    for r0 in (0..rows).step_by(TILE) {
        for c0 in (0..cols).step_by(TILE) {
            for c in c0..(c0 + TILE).min(cols) {
                for r in r0..(r0 + TILE).min(rows) {
                    out[c * rows + r] = src[r * cols + c];
                }
            }
        }
    }
    out.into_flattened()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::ElementType;

    /// Tiled, including partial tiles, equals ndarray's transposed view, for
    /// f32 and bf16 (2-byte) elements.
    #[test]
    fn transposed_equals_the_reversed_axes() {
        for (rows, cols) in [(1, 1), (3, 70), (64, 32), (33, 65)] {
            let a = ndarray::Array2::from_shape_fn((rows, cols), |(r, c)| (r * 1000 + c) as f32);
            let t = transposed(&HostTensor::from_array(&a)).unwrap();
            assert_eq!(t.spec().dims, [cols as i64, rows as i64]);
            let want = a.t().iter().copied().collect::<Vec<f32>>();
            assert_eq!(t.to_vec::<f32>().unwrap(), want);
            // 2-byte elements: element (r, c) holds the number r·cols + c.
            let index = |bytes: &[u8]| -> Vec<u16> {
                bytes
                    .chunks(2)
                    .map(|b| u16::from_le_bytes([b[0], b[1]]))
                    .collect()
            };
            let bytes = (0..rows * cols)
                .flat_map(|i| (i as u16).to_le_bytes())
                .collect();
            let spec = TensorSpec::new(ElementType::BF16, &[rows as i64, cols as i64]);
            let bf = transposed(&HostTensor::from_bytes(spec, bytes).unwrap()).unwrap();
            let want: Vec<u16> = (0..cols)
                .flat_map(|c| (0..rows).map(move |r| (r * cols + c) as u16))
                .collect();
            assert_eq!(index(bf.bytes()), want);
        }
        let v = HostTensor::from_array(&ndarray::Array1::<f32>::zeros(4));
        assert!(transposed(&v).is_err());
    }
}
