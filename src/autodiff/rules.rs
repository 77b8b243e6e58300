//! The gradient rule of every primitive, in one exhaustive `match`.
//!
//! A rule gets the node `y`, its op and its cotangent `ct`, and returns the
//! cotangent contribution to each operand that needs one (`active`).
//! Non-differentiable ops and integer operands contribute nothing.

use super::linear;
use crate::error::Result;
use crate::graph::{BinaryOp, CmpDir, Graph, NodeId, Op, ReduceKind, UnaryOp};

/// Cotangent contributions: (operand, contribution of the operand's type).
pub(super) type Contributions = Vec<(NodeId, NodeId)>;

/// The contributions of node `y = op(...)` with cotangent `ct`.
pub(super) fn transpose(
    g: &mut Graph,
    y: NodeId,
    op: &Op,
    ct: NodeId,
    active: &[bool],
) -> Result<Contributions> {
    let want = |x: NodeId| active.get(x.index()).copied().unwrap_or(false);
    match op {
        Op::Parameter { .. }
        | Op::Constant { .. }
        | Op::Iota { .. }
        | Op::Compare(..)
        | Op::Argmax { .. }
        | Op::RngBits { .. }
        | Op::ReplicaId => Ok(vec![]),
        Op::Unary(u, x) => Ok(unary(g, *u, *x, y, ct)?
            .map(|d| (*x, d))
            .into_iter()
            .collect()),
        Op::Binary(b, x, z) => binary(g, *b, [*x, *z], y, ct, [want(*x), want(*z)]),
        Op::Select {
            pred,
            on_true,
            on_false,
        } => {
            let zero = g.zeros_like(ct)?;
            let mut out = vec![];
            if want(*on_true) {
                out.push((*on_true, g.select(*pred, ct, zero)?));
            }
            if want(*on_false) {
                out.push((*on_false, g.select(*pred, zero, ct)?));
            }
            Ok(out)
        }
        Op::Clamp { min, x, max } => clamp(g, [*min, *x, *max], ct, want),
        Op::Convert(x, _) => {
            let ty = g.spec(*x).ty;
            if !ty.is_float() || !g.spec(ct).ty.is_float() {
                return Ok(vec![]);
            }
            Ok(vec![(*x, g.convert(ct, ty)?)])
        }
        Op::BroadcastInDim { x, dims, .. } => {
            let spec = g.spec(*x).clone();
            Ok(vec![(*x, linear::unbroadcast(g, ct, &spec, dims)?)])
        }
        Op::Reshape(x, _) => {
            let dims = g.spec(*x).dims.clone();
            Ok(vec![(*x, g.reshape(ct, &dims)?)])
        }
        Op::Transpose { x, perm } => {
            let mut inverse = vec![0; perm.len()];
            for (i, p) in perm.iter().enumerate() {
                inverse[*p] = i;
            }
            Ok(vec![(*x, g.transpose(ct, &inverse)?)])
        }
        Op::Slice {
            x,
            start,
            limit: _,
            stride,
        } => Ok(vec![(*x, linear::unslice(g, ct, *x, start, stride)?)]),
        Op::Pad {
            x,
            value,
            low,
            high,
            interior,
        } => {
            let pads = linear::Pads {
                low,
                high,
                interior,
            };
            linear::unpad(g, ct, [*x, *value], &pads, [want(*x), want(*value)])
        }
        Op::DynamicSlice { x, starts, .. } => {
            let zeros = g.zeros_like(*x)?;
            Ok(vec![(*x, g.dynamic_update_slice(zeros, ct, starts)?)])
        }
        Op::DynamicUpdateSlice { x, update, starts } => {
            let mut out = vec![];
            if want(*x) {
                let zeros = g.zeros_like(*update)?;
                out.push((*x, g.dynamic_update_slice(ct, zeros, starts)?));
            }
            if want(*update) {
                let sizes = g.spec(*update).dims.clone();
                out.push((*update, g.dynamic_slice(ct, starts, &sizes)?));
            }
            Ok(out)
        }
        Op::Concatenate { xs, dim } => linear::unconcatenate(g, ct, xs, *dim, want),
        Op::DotGeneral { lhs, rhs, dims } => {
            let mut out = vec![];
            if want(*lhs) {
                out.push((*lhs, linear::dot_lhs(g, ct, *lhs, *rhs, dims)?));
            }
            if want(*rhs) {
                out.push((*rhs, linear::dot_rhs(g, ct, *lhs, *rhs, dims)?));
            }
            Ok(out)
        }
        Op::Reduce { x, dims, kind } => Ok(vec![(*x, reduce(g, *kind, *x, dims, y, ct)?)]),
        Op::Gather { table, indices } => {
            let zeros = g.zeros_like(*table)?;
            Ok(vec![(*table, g.scatter_add(zeros, *indices, ct)?)])
        }
        Op::ScatterAdd {
            operand,
            indices,
            updates,
        } => {
            let mut out = vec![(*operand, ct)];
            if want(*updates) {
                out.push((*updates, g.gather(ct, *indices)?));
            }
            Ok(out)
        }
        Op::AllReduceSum(x) => Ok(vec![(*x, g.all_reduce_sum(ct)?)]),
    }
}

/// `ct * dy/dx` for `y = u(x)`; none where the derivative is zero.
fn unary(g: &mut Graph, u: UnaryOp, x: NodeId, y: NodeId, ct: NodeId) -> Result<Option<NodeId>> {
    let d = match u {
        UnaryOp::Neg => g.neg(ct),
        UnaryOp::Abs => {
            let s = g.sign(x)?;
            g.mul(ct, s)
        }
        UnaryOp::Sign => return Ok(None),
        UnaryOp::Exp => g.mul(ct, y),
        UnaryOp::Log => g.div(ct, x),
        UnaryOp::Log1p => {
            let x1 = g.add_scalar(x, 1.0)?;
            g.div(ct, x1)
        }
        UnaryOp::Tanh => {
            // 1 - y^2
            let y2 = g.mul(y, y)?;
            let one = g.full(1.0, &g.spec(y).clone())?;
            let d = g.sub(one, y2)?;
            g.mul(ct, d)
        }
        UnaryOp::Logistic => {
            // y * (1 - y)
            let one = g.full(1.0, &g.spec(y).clone())?;
            let d = g.sub(one, y)?;
            let d = g.mul(y, d)?;
            g.mul(ct, d)
        }
        UnaryOp::Sqrt => {
            let q = g.div(ct, y)?;
            g.mul_scalar(q, 0.5)
        }
        UnaryOp::Rsqrt => {
            // d x^{-1/2} = -0.5 * x^{-3/2} = -0.5 * y / x
            let q = g.div(y, x)?;
            let q = g.mul_scalar(q, -0.5)?;
            g.mul(ct, q)
        }
        UnaryOp::Cos => {
            // d cos x = -sin x
            let s = g.sin(x)?;
            let s = g.neg(s)?;
            g.mul(ct, s)
        }
        UnaryOp::Sin => {
            let c = g.cos(x)?;
            g.mul(ct, c)
        }
    };
    d.map(Some)
}

/// Contributions of `y = b(x, z)` (operands of one shape).
fn binary(
    g: &mut Graph,
    b: BinaryOp,
    [x, z]: [NodeId; 2],
    y: NodeId,
    ct: NodeId,
    [want_x, want_z]: [bool; 2],
) -> Result<Contributions> {
    let (dx, dz) = match b {
        BinaryOp::Add => (Some(ct), Some(ct)),
        BinaryOp::Sub => (Some(ct), want_z.then(|| g.neg(ct)).transpose()?),
        BinaryOp::Mul => (
            want_x.then(|| g.mul(ct, z)).transpose()?,
            want_z.then(|| g.mul(ct, x)).transpose()?,
        ),
        BinaryOp::Div => {
            // d(x/z)/dz = -x/z^2 = -y/z
            let dx = g.div(ct, z)?;
            let dz = match want_z {
                true => Some(g.mul(dx, y).and_then(|q| g.neg(q))?),
                false => None,
            };
            (Some(dx), dz)
        }
        // Ties go to the lhs.
        BinaryOp::Max => route(g, CmpDir::Ge, [x, z], ct, [want_x, want_z])?,
        BinaryOp::Min => route(g, CmpDir::Le, [x, z], ct, [want_x, want_z])?,
        BinaryOp::Pow => pow(g, x, z, y, ct, [want_x, want_z])?,
        // Integer-valued: nothing flows back.
        BinaryOp::And | BinaryOp::Xor | BinaryOp::ShiftLeft | BinaryOp::ShiftRightLogical => {
            (None, None)
        }
    };
    let mut out = vec![];
    out.extend(dx.filter(|_| want_x).map(|d| (x, d)));
    out.extend(dz.filter(|_| want_z).map(|d| (z, d)));
    Ok(out)
}

/// `ct` to `x` where `x dir z`, to `z` elsewhere.
fn route(
    g: &mut Graph,
    dir: CmpDir,
    [x, z]: [NodeId; 2],
    ct: NodeId,
    [want_x, want_z]: [bool; 2],
) -> Result<(Option<NodeId>, Option<NodeId>)> {
    let pick_x = g.compare(dir, x, z)?;
    let zero = g.zeros_like(ct)?;
    let dx = want_x.then(|| g.select(pick_x, ct, zero)).transpose()?;
    let dz = want_z.then(|| g.select(pick_x, zero, ct)).transpose()?;
    Ok((dx, dz))
}

/// `y = x^z`: dx = ct * z * x^(z-1), dz = ct * log(x) * y.
fn pow(
    g: &mut Graph,
    x: NodeId,
    z: NodeId,
    y: NodeId,
    ct: NodeId,
    [want_x, want_z]: [bool; 2],
) -> Result<(Option<NodeId>, Option<NodeId>)> {
    let mut dx = None;
    if want_x {
        let zm1 = g.add_scalar(z, -1.0)?;
        let p = g.pow(x, zm1)?;
        let d = g.mul(z, p)?;
        dx = Some(g.mul(ct, d)?);
    }
    let mut dz = None;
    if want_z {
        let l = g.log(x)?;
        let d = g.mul(l, y)?;
        dz = Some(g.mul(ct, d)?);
    }
    Ok((dx, dz))
}

/// `clamp(min, x, max) = min(max(x, min), max)`: `x` gets `ct` where
/// `min <= x <= max`, each bound where it was selected (summed to its shape
/// if it was a scalar). Ties go to `x`.
fn clamp(
    g: &mut Graph,
    [min, x, max]: [NodeId; 3],
    ct: NodeId,
    want: impl Fn(NodeId) -> bool,
) -> Result<Contributions> {
    let zero = g.zeros_like(ct)?;
    let below = g.compare(CmpDir::Lt, x, min)?;
    let raised = g.max(x, min)?;
    let above = g.compare(CmpDir::Gt, raised, max)?;
    let not_above = g.select(above, zero, ct)?;
    let mut out = vec![];
    if want(x) {
        out.push((x, g.select(below, zero, not_above)?));
    }
    if want(min) {
        let at_min = g.select(below, not_above, zero)?;
        out.push((min, sum_to_bound(g, at_min, min)?));
    }
    if want(max) {
        let at_max = g.select(above, ct, zero)?;
        out.push((max, sum_to_bound(g, at_max, max)?));
    }
    Ok(out)
}

/// `ct` summed to the shape of a clamp bound (a scalar or `ct`'s shape).
fn sum_to_bound(g: &mut Graph, ct: NodeId, bound: NodeId) -> Result<NodeId> {
    let spec = g.spec(bound).clone();
    let dims = linear::right_aligned(&spec, g.spec(ct).dims.len());
    linear::unbroadcast(g, ct, &spec, &dims)
}

/// Reductions: a sum broadcasts `ct` back; a max sends it to the maxima,
/// shared equally between ties.
fn reduce(
    g: &mut Graph,
    kind: ReduceKind,
    x: NodeId,
    dims: &[usize],
    y: NodeId,
    ct: NodeId,
) -> Result<NodeId> {
    let shape = g.spec(x).dims.clone();
    let kept: Vec<usize> = (0..shape.len()).filter(|d| !dims.contains(d)).collect();
    match kind {
        ReduceKind::Sum => g.broadcast_in_dim(ct, &kept, &shape),
        ReduceKind::Max => {
            let yb = g.broadcast_in_dim(y, &kept, &shape)?;
            let is_max = g.compare(CmpDir::Eq, x, yb)?;
            let ty = g.spec(x).ty;
            let mask = g.convert(is_max, ty)?;
            let count = g.reduce_sum(mask, dims)?;
            let share = g.div(ct, count)?;
            let share = g.broadcast_in_dim(share, &kept, &shape)?;
            g.mul(share, mask)
        }
    }
}
