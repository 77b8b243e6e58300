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

/// One operand of a `dot_general`: its node, batch and contracted dimensions.
struct Side<'a> {
    node: NodeId,
    batch: &'a [usize],
    contract: &'a [usize],
}

impl Side<'_> {
    fn free(&self, g: &Graph) -> Vec<usize> {
        free_dims(g.spec(self.node).dims.len(), self.batch, self.contract)
    }
}

/// The cotangent of `own` in `ct = dot_general(..)`, where `ct`'s dimensions
/// `other_start..` are the other operand's free dimensions: `ct` contracted
/// with the other operand over them gives `[batch, own free, own contracted
/// (in the other's order)]`, transposed back to own's order.
fn dot_operand(
    g: &mut Graph,
    ct: NodeId,
    own: Side,
    other: Side,
    other_start: usize,
) -> Result<NodeId> {
    let own_free = own.free(g);
    let other_free = other.free(g);
    let d = DotDims {
        lhs_batch: (0..own.batch.len()).collect(),
        rhs_batch: other.batch.to_vec(),
        lhs_contract: (other_start..other_start + other_free.len()).collect(),
        rhs_contract: other_free,
    };
    let r = g.dot_general(ct, other.node, d)?;
    let mut order = own.batch.to_vec();
    order.extend(own_free);
    order.extend(sorted_by(other.contract, own.contract));
    to_operand_order(g, r, &order)
}

/// The cotangent of `lhs` in `ct = dot_general(lhs, rhs, dims)`; `ct` is
/// `[batch, lhs free, rhs free]`.
pub(super) fn dot_lhs(
    g: &mut Graph,
    ct: NodeId,
    lhs: NodeId,
    rhs: NodeId,
    dims: &DotDims,
) -> Result<NodeId> {
    let own = Side {
        node: lhs,
        batch: &dims.lhs_batch,
        contract: &dims.lhs_contract,
    };
    let other = Side {
        node: rhs,
        batch: &dims.rhs_batch,
        contract: &dims.rhs_contract,
    };
    let start = dims.lhs_batch.len() + own.free(g).len();
    dot_operand(g, ct, own, other, start)
}

/// The cotangent of `rhs` in `ct = dot_general(lhs, rhs, dims)`.
pub(super) fn dot_rhs(
    g: &mut Graph,
    ct: NodeId,
    lhs: NodeId,
    rhs: NodeId,
    dims: &DotDims,
) -> Result<NodeId> {
    let own = Side {
        node: rhs,
        batch: &dims.rhs_batch,
        contract: &dims.rhs_contract,
    };
    let other = Side {
        node: lhs,
        batch: &dims.lhs_batch,
        contract: &dims.lhs_contract,
    };
    dot_operand(g, ct, own, other, dims.lhs_batch.len())
}
