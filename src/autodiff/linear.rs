//! Transposes of the linear structural ops: what a cotangent of the result
//! becomes for the operand. `unbroadcast` is the one place where broadcast
//! dimensions are summed away.

use super::rules::Contributions;
use crate::error::{Error, Result};
use crate::graph::{DotDims, Graph, NodeId};
use crate::runtime::TensorSpec;

/// The transpose of `broadcast_in_dim(x: spec, dims, ct's shape)`: sums `ct`
/// over the dimensions the broadcast added and over those it expanded from
/// size 1, then puts the rest in `spec`'s order and shape.
pub(super) fn unbroadcast(
    g: &mut Graph,
    ct: NodeId,
    spec: &TensorSpec,
    dims: &[usize],
) -> Result<NodeId> {
    let out = g.spec(ct).dims.clone();
    if dims.len() != spec.dims.len() || dims.iter().any(|d| *d >= out.len()) {
        return Err(Error::ShapeMismatch {
            op: format!("unbroadcast {dims:?}"),
            lhs: g.spec(ct).to_string(),
            rhs: spec.to_string(),
        });
    }
    let expanded = |i: usize| spec.dims[i] == 1 && out[dims[i]] != 1;
    let kept: Vec<usize> = (0..dims.len())
        .filter(|i| !expanded(*i))
        .map(|i| dims[i])
        .collect();
    let summed: Vec<usize> = (0..out.len()).filter(|r| !kept.contains(r)).collect();
    let reduced = match summed.is_empty() {
        true => ct,
        false => g.reduce_sum(ct, &summed)?,
    };
    // `reduced` holds the kept dimensions in increasing result order.
    let mut sorted = kept.clone();
    sorted.sort_unstable();
    let perm: Vec<usize> = kept
        .iter()
        .filter_map(|k| sorted.iter().position(|s| s == k))
        .collect();
    let ordered = permute(g, reduced, &perm)?;
    g.reshape(ordered, &spec.dims)
}

/// The broadcast dimensions of a NumPy-style (right-aligned) broadcast of
/// `spec` to rank `rank`.
pub(super) fn right_aligned(spec: &TensorSpec, rank: usize) -> Vec<usize> {
    (rank.saturating_sub(spec.dims.len())..rank).collect()
}

/// `transpose(x, perm)`, or `x` when `perm` is the identity.
fn permute(g: &mut Graph, x: NodeId, perm: &[usize]) -> Result<NodeId> {
    if perm.iter().enumerate().all(|(i, p)| i == *p) {
        return Ok(x);
    }
    g.transpose(x, perm)
}

/// Transposes `x`, whose dimension `p` is operand dimension `order[p]`, into
/// operand order.
fn to_operand_order(g: &mut Graph, x: NodeId, order: &[usize]) -> Result<NodeId> {
    let mut perm = vec![0; order.len()];
    for (p, d) in order.iter().enumerate() {
        if let Some(slot) = perm.get_mut(*d) {
            *slot = p;
        }
    }
    permute(g, x, &perm)
}

/// The transpose of `slice(x, start, _, stride)`: `ct` padded with zeros
/// (low = start, interior = stride - 1, high = what is left of `x`).
pub(super) fn unslice(
    g: &mut Graph,
    ct: NodeId,
    x: NodeId,
    start: &[i64],
    stride: &[i64],
) -> Result<NodeId> {
    let full = g.spec(x).dims.clone();
    let got = g.spec(ct).dims.clone();
    let mut high = Vec::with_capacity(full.len());
    for d in 0..full.len() {
        let last = match got[d] {
            0 => start[d],
            n => start[d] + (n - 1) * stride[d] + 1,
        };
        high.push(full[d] - last);
    }
    let interior: Vec<i64> = stride.iter().map(|s| s - 1).collect();
    let zero = g.scalar(0.0, g.spec(ct).ty)?;
    g.pad(ct, zero, start, &high, &interior)
}

/// The paddings of a `pad`.
pub(super) struct Pads<'a> {
    pub low: &'a [i64],
    pub high: &'a [i64],
    pub interior: &'a [i64],
}

/// The transpose of `pad(x, value, pads)`: `x` gets the strided slice of `ct`
/// where its elements landed (zero where a negative padding cut them off),
/// `value` the sum of the rest.
pub(super) fn unpad(
    g: &mut Graph,
    ct: NodeId,
    [x, value]: [NodeId; 2],
    pads: &Pads,
    [want_x, want_value]: [bool; 2],
) -> Result<Contributions> {
    if !want_x && !want_value {
        return Ok(vec![]);
    }
    let ty = g.spec(ct).ty;
    let zero = g.scalar(0.0, ty)?;
    // Grow `ct` with zeros where the padding was negative.
    let grow_lo: Vec<i64> = pads.low.iter().map(|l| (-l).max(0)).collect();
    let grow_hi: Vec<i64> = pads.high.iter().map(|h| (-h).max(0)).collect();
    let src = match grow_lo.iter().chain(&grow_hi).all(|p| *p == 0) {
        true => ct,
        false => g.pad(ct, zero, &grow_lo, &grow_hi, &vec![0; grow_lo.len()])?,
    };
    let dims = g.spec(x).dims.clone();
    let start: Vec<i64> = pads.low.iter().map(|l| (*l).max(0)).collect();
    let stride: Vec<i64> = pads.interior.iter().map(|i| i + 1).collect();
    let limit: Vec<i64> = (0..dims.len())
        .map(|d| match dims[d] {
            0 => start[d],
            n => start[d] + (n - 1) * stride[d] + 1,
        })
        .collect();
    let dx = g.slice(src, &start, &limit, &stride)?;
    let mut out = vec![];
    if want_value {
        let total = g.sum_all(ct)?;
        let inner = g.sum_all(dx)?;
        out.push((value, g.sub(total, inner)?));
    }
    if want_x {
        out.push((x, dx));
    }
    Ok(out)
}

/// The transpose of `concatenate(xs, dim)`: each operand gets its slice.
pub(super) fn unconcatenate(
    g: &mut Graph,
    ct: NodeId,
    xs: &[NodeId],
    dim: usize,
    want: impl Fn(NodeId) -> bool,
) -> Result<Contributions> {
    let mut out = vec![];
    let mut offset = 0;
    for x in xs {
        let size = g.spec(*x).dims[dim];
        if want(*x) {
            out.push((*x, g.slice_dim(ct, dim, offset, offset + size)?));
        }
        offset += size;
    }
    Ok(out)
}

/// Dimensions of a rank-`rank` operand that are neither batch nor contracted.
fn free_dims(rank: usize, batch: &[usize], contract: &[usize]) -> Vec<usize> {
    (0..rank)
        .filter(|d| !batch.contains(d) && !contract.contains(d))
        .collect()
}

/// `b` ordered by the paired entries of `a`: `b[k]` sorted by `a[k]`.
fn sorted_by(a: &[usize], b: &[usize]) -> Vec<usize> {
    let mut pairs: Vec<(usize, usize)> = a.iter().copied().zip(b.iter().copied()).collect();
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, y)| y).collect()
}

/// The cotangent of `lhs` in `ct = dot_general(lhs, rhs, dims)`
/// (`ct` is `[batch, lhs free, rhs free]`): `ct` contracted with `rhs` over
/// rhs's free dimensions gives `[batch, lhs free, lhs contracted (in rhs's
/// order)]`, transposed back to lhs's order.
pub(super) fn dot_lhs(
    g: &mut Graph,
    ct: NodeId,
    lhs: NodeId,
    rhs: NodeId,
    dims: &DotDims,
) -> Result<NodeId> {
    let (lr, rr) = (g.spec(lhs).dims.len(), g.spec(rhs).dims.len());
    let nb = dims.lhs_batch.len();
    let lhs_free = free_dims(lr, &dims.lhs_batch, &dims.lhs_contract);
    let rhs_free = free_dims(rr, &dims.rhs_batch, &dims.rhs_contract);
    let start = nb + lhs_free.len();
    let d = DotDims {
        lhs_batch: (0..nb).collect(),
        rhs_batch: dims.rhs_batch.clone(),
        lhs_contract: (start..start + rhs_free.len()).collect(),
        rhs_contract: rhs_free,
    };
    let r = g.dot_general(ct, rhs, d)?;
    let mut order = dims.lhs_batch.clone();
    order.extend(lhs_free);
    order.extend(sorted_by(&dims.rhs_contract, &dims.lhs_contract));
    to_operand_order(g, r, &order)
}

/// The cotangent of `rhs` in `ct = dot_general(lhs, rhs, dims)`: `ct`
/// contracted with `lhs` over lhs's free dimensions gives `[batch, rhs free,
/// rhs contracted (in lhs's order)]`, transposed back to rhs's order.
pub(super) fn dot_rhs(
    g: &mut Graph,
    ct: NodeId,
    lhs: NodeId,
    rhs: NodeId,
    dims: &DotDims,
) -> Result<NodeId> {
    let (lr, rr) = (g.spec(lhs).dims.len(), g.spec(rhs).dims.len());
    let nb = dims.lhs_batch.len();
    let lhs_free = free_dims(lr, &dims.lhs_batch, &dims.lhs_contract);
    let rhs_free = free_dims(rr, &dims.rhs_batch, &dims.rhs_contract);
    let d = DotDims {
        lhs_batch: (0..nb).collect(),
        rhs_batch: dims.lhs_batch.clone(),
        lhs_contract: (nb..nb + lhs_free.len()).collect(),
        rhs_contract: lhs_free,
    };
    let r = g.dot_general(ct, lhs, d)?;
    let mut order = dims.rhs_batch.clone();
    order.extend(rhs_free);
    order.extend(sorted_by(&dims.lhs_contract, &dims.rhs_contract));
    to_operand_order(g, r, &order)
}
