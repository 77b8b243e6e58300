//! Shape and type inference: one exhaustive `match` over the primitives.
//! A mismatch is an error naming the op and the shapes involved.

use super::op::{BinaryOp, NodeId, Op, ReduceKind, UnaryOp};
use crate::error::{Error, Result};
use crate::runtime::{ElementType, TensorSpec};

fn err(op: &Op, message: impl Into<String>) -> Error {
    Error::Graph {
        op: op.name(),
        message: message.into(),
    }
}

fn mismatch(op: &Op, lhs: &TensorSpec, rhs: &TensorSpec) -> Error {
    Error::ShapeMismatch {
        op: op.name(),
        lhs: lhs.to_string(),
        rhs: rhs.to_string(),
    }
}

fn spec(ty: ElementType, dims: Vec<i64>) -> TensorSpec {
    TensorSpec { ty, dims }
}

fn check_perm(op: &Op, perm: &[usize], rank: usize) -> Result<()> {
    let mut seen = vec![false; rank];
    if perm.len() != rank {
        return Err(err(
            op,
            format!("{perm:?} is not a permutation of {rank} dimensions"),
        ));
    }
    for &p in perm {
        if p >= rank || seen[p] {
            return Err(err(
                op,
                format!("{perm:?} is not a permutation of {rank} dimensions"),
            ));
        }
        seen[p] = true;
    }
    Ok(())
}

fn check_scalar_int(op: &Op, s: &TensorSpec, what: &str) -> Result<()> {
    if !s.dims.is_empty() || !s.ty.is_integer() {
        return Err(err(
            op,
            format!("{what} must be an integer scalar, got {s}"),
        ));
    }
    Ok(())
}

/// The result type of `op`, given the types of the graph's nodes.
pub fn infer<'a>(op: &Op, shape: impl Fn(NodeId) -> &'a TensorSpec) -> Result<TensorSpec> {
    match op {
        Op::Parameter { spec, .. } => Ok(spec.clone()),
        Op::Constant { value, dims } => {
            let s = spec(value.element_type(), dims.clone());
            let n = value.spec().element_count();
            if n != 1 && value.dims() != dims.as_slice() {
                return Err(mismatch(op, value.spec(), &s));
            }
            Ok(s)
        }
        Op::Iota { dim, spec } => {
            if *dim >= spec.dims.len() {
                return Err(err(op, format!("dimension {dim} out of range for {spec}")));
            }
            Ok(spec.clone())
        }
        Op::Unary(u, x) => infer_unary(op, *u, shape(*x)),
        Op::Binary(b, x, y) => infer_binary(op, *b, shape(*x), shape(*y)),
        Op::Compare(_, x, y) => {
            let (a, b) = (shape(*x), shape(*y));
            if a != b {
                return Err(mismatch(op, a, b));
            }
            Ok(spec(ElementType::Pred, a.dims.clone()))
        }
        Op::Select {
            pred,
            on_true,
            on_false,
        } => {
            let (p, t, f) = (shape(*pred), shape(*on_true), shape(*on_false));
            if t != f {
                return Err(mismatch(op, t, f));
            }
            if p.ty != ElementType::Pred || (p.dims != t.dims && !p.dims.is_empty()) {
                return Err(mismatch(op, p, t));
            }
            Ok(t.clone())
        }
        Op::Clamp { min, x, max } => {
            let s = shape(*x);
            for bound in [shape(*min), shape(*max)] {
                if bound.ty != s.ty || (bound.dims != s.dims && !bound.dims.is_empty()) {
                    return Err(mismatch(op, bound, s));
                }
            }
            Ok(s.clone())
        }
        Op::Convert(x, ty) => Ok(spec(*ty, shape(*x).dims.clone())),
        Op::BroadcastInDim {
            x,
            dims,
            shape: out,
        } => infer_broadcast(op, shape(*x), dims, out),
        Op::Reshape(x, dims) => {
            let s = shape(*x);
            let out = spec(s.ty, dims.clone());
            if dims.iter().any(|d| *d < 0) || out.element_count() != s.element_count() {
                return Err(mismatch(op, s, &out));
            }
            Ok(out)
        }
        Op::Transpose { x, perm } => {
            let s = shape(*x);
            check_perm(op, perm, s.dims.len())?;
            Ok(spec(s.ty, perm.iter().map(|p| s.dims[*p]).collect()))
        }
        Op::Slice {
            x,
            start,
            limit,
            stride,
        } => infer_slice(op, shape(*x), start, limit, stride),
        Op::Pad {
            x,
            value,
            low,
            high,
            interior,
        } => infer_pad(op, shape(*x), shape(*value), low, high, interior),
        Op::DynamicSlice { x, starts, sizes } => {
            let s = shape(*x);
            if starts.len() != s.dims.len() || sizes.len() != s.dims.len() {
                return Err(err(
                    op,
                    format!("{s} needs {} start indices and sizes", s.dims.len()),
                ));
            }
            for (st, (size, dim)) in starts.iter().zip(sizes.iter().zip(&s.dims)) {
                check_scalar_int(op, shape(*st), "a start index")?;
                if *size < 0 || size > dim {
                    return Err(err(op, format!("slice sizes {sizes:?} do not fit {s}")));
                }
            }
            Ok(spec(s.ty, sizes.clone()))
        }
        Op::DynamicUpdateSlice { x, update, starts } => {
            let (s, u) = (shape(*x), shape(*update));
            if s.ty != u.ty
                || s.dims.len() != u.dims.len()
                || u.dims.iter().zip(&s.dims).any(|(a, b)| a > b)
            {
                return Err(mismatch(op, s, u));
            }
            if starts.len() != s.dims.len() {
                return Err(err(op, format!("{s} needs {} start indices", s.dims.len())));
            }
            for st in starts {
                check_scalar_int(op, shape(*st), "a start index")?;
            }
            Ok(s.clone())
        }
        Op::Concatenate { xs, dim } => {
            infer_concat(op, xs.iter().map(|x| shape(*x)).collect(), *dim)
        }
        Op::DotGeneral { lhs, rhs, dims } => infer_dot(op, shape(*lhs), shape(*rhs), dims),
        Op::Reduce { x, dims, kind } => {
            let s = shape(*x);
            check_dims_subset(op, dims, s.dims.len())?;
            if *kind == ReduceKind::Max && s.ty == ElementType::Pred {
                return Err(err(op, "max of predicates"));
            }
            let kept = (0..s.dims.len())
                .filter(|d| !dims.contains(d))
                .map(|d| s.dims[d])
                .collect();
            Ok(spec(s.ty, kept))
        }
        Op::Argmax { x, dim } => {
            let s = shape(*x);
            check_dims_subset(op, &[*dim], s.dims.len())?;
            let kept = (0..s.dims.len())
                .filter(|d| d != dim)
                .map(|d| s.dims[d])
                .collect();
            Ok(spec(ElementType::S32, kept))
        }
        Op::Gather { table, indices } => {
            let (t, i) = (shape(*table), shape(*indices));
            if t.dims.len() != 2 || !i.ty.is_integer() {
                return Err(mismatch(op, t, i));
            }
            let mut dims = i.dims.clone();
            dims.push(t.dims[1]);
            Ok(spec(t.ty, dims))
        }
        Op::ScatterAdd {
            operand,
            indices,
            updates,
        } => {
            let (o, i, u) = (shape(*operand), shape(*indices), shape(*updates));
            let mut want = i.dims.clone();
            want.push(*o.dims.get(1).unwrap_or(&0));
            if o.dims.len() != 2 || !i.ty.is_integer() || u.ty != o.ty || u.dims != want {
                return Err(mismatch(op, o, u));
            }
            Ok(o.clone())
        }
        Op::RngBits { key, dims } => {
            let k = shape(*key);
            if *k != spec(ElementType::U64, vec![2]) {
                return Err(err(op, format!("the key must be u64[2], got {k}")));
            }
            Ok(spec(ElementType::U32, dims.clone()))
        }
        Op::AllReduceSum(x) => Ok(shape(*x).clone()),
        Op::ReplicaId => Ok(spec(ElementType::U32, vec![])),
    }
}

fn infer_unary(op: &Op, u: UnaryOp, s: &TensorSpec) -> Result<TensorSpec> {
    let float_only = !matches!(u, UnaryOp::Neg | UnaryOp::Abs | UnaryOp::Sign);
    if (float_only && !s.ty.is_float()) || s.ty == ElementType::Pred {
        return Err(err(op, format!("needs a floating-point operand, got {s}")));
    }
    Ok(s.clone())
}

fn infer_binary(op: &Op, b: BinaryOp, x: &TensorSpec, y: &TensorSpec) -> Result<TensorSpec> {
    if x != y {
        return Err(mismatch(op, x, y));
    }
    if x.ty == ElementType::Pred
        || (b == BinaryOp::Pow && !x.ty.is_float())
        || (b.is_bitwise() && !x.ty.is_integer())
    {
        return Err(err(op, format!("not defined on {x}")));
    }
    Ok(x.clone())
}

fn check_dims_subset(op: &Op, dims: &[usize], rank: usize) -> Result<()> {
    for (i, d) in dims.iter().enumerate() {
        if *d >= rank || dims[..i].contains(d) {
            return Err(err(
                op,
                format!("dimensions {dims:?} are not distinct dimensions of a rank-{rank} operand"),
            ));
        }
    }
    Ok(())
}

fn infer_broadcast(op: &Op, s: &TensorSpec, dims: &[usize], out: &[i64]) -> Result<TensorSpec> {
    let result = spec(s.ty, out.to_vec());
    if dims.len() != s.dims.len() || check_dims_subset(op, dims, out.len()).is_err() {
        return Err(mismatch(op, s, &result));
    }
    for (i, d) in dims.iter().enumerate() {
        if s.dims[i] != 1 && s.dims[i] != out[*d] {
            return Err(mismatch(op, s, &result));
        }
    }
    Ok(result)
}

fn infer_slice(
    op: &Op,
    s: &TensorSpec,
    start: &[i64],
    limit: &[i64],
    stride: &[i64],
) -> Result<TensorSpec> {
    let rank = s.dims.len();
    if start.len() != rank || limit.len() != rank || stride.len() != rank {
        return Err(err(
            op,
            format!("{s} needs {rank} starts, limits and strides"),
        ));
    }
    let mut dims = Vec::with_capacity(rank);
    for d in 0..rank {
        if start[d] < 0 || limit[d] < start[d] || limit[d] > s.dims[d] || stride[d] < 1 {
            return Err(err(
                op,
                format!("[{start:?}, {limit:?}) with strides {stride:?} is outside {s}"),
            ));
        }
        dims.push((limit[d] - start[d] + stride[d] - 1) / stride[d]);
    }
    Ok(spec(s.ty, dims))
}

fn infer_pad(
    op: &Op,
    s: &TensorSpec,
    v: &TensorSpec,
    low: &[i64],
    high: &[i64],
    interior: &[i64],
) -> Result<TensorSpec> {
    let rank = s.dims.len();
    if v.ty != s.ty || !v.dims.is_empty() {
        return Err(mismatch(op, s, v));
    }
    if low.len() != rank
        || high.len() != rank
        || interior.len() != rank
        || interior.iter().any(|i| *i < 0)
    {
        return Err(err(
            op,
            format!("{s} needs {rank} low, high and interior paddings"),
        ));
    }
    let dims: Vec<i64> = (0..rank)
        .map(|d| low[d] + high[d] + s.dims[d] + (s.dims[d] - 1).max(0) * interior[d])
        .collect();
    if dims.iter().any(|d| *d < 0) {
        return Err(err(
            op,
            format!("paddings {low:?}/{high:?} leave a negative size"),
        ));
    }
    Ok(spec(s.ty, dims))
}

fn infer_concat(op: &Op, xs: Vec<&TensorSpec>, dim: usize) -> Result<TensorSpec> {
    let first = xs
        .first()
        .ok_or_else(|| err(op, "nothing to concatenate"))?;
    if dim >= first.dims.len() {
        return Err(err(op, format!("dimension {dim} out of range for {first}")));
    }
    let mut out = (*first).clone();
    out.dims[dim] = 0;
    for x in &xs {
        let same_rest = x.dims.len() == first.dims.len()
            && (0..x.dims.len()).all(|d| d == dim || x.dims[d] == first.dims[d]);
        if x.ty != first.ty || !same_rest {
            return Err(mismatch(op, first, x));
        }
        out.dims[dim] += x.dims[dim];
    }
    Ok(out)
}

fn infer_dot(
    op: &Op,
    l: &TensorSpec,
    r: &TensorSpec,
    d: &super::op::DotDims,
) -> Result<TensorSpec> {
    let bad = || Error::ShapeMismatch {
        op: format!("{} {d:?}", op.name()),
        lhs: l.to_string(),
        rhs: r.to_string(),
    };
    if l.ty != r.ty
        || d.lhs_batch.len() != d.rhs_batch.len()
        || d.lhs_contract.len() != d.rhs_contract.len()
    {
        return Err(bad());
    }
    let lhs_used: Vec<usize> = d.lhs_batch.iter().chain(&d.lhs_contract).copied().collect();
    let rhs_used: Vec<usize> = d.rhs_batch.iter().chain(&d.rhs_contract).copied().collect();
    check_dims_subset(op, &lhs_used, l.dims.len()).map_err(|_| bad())?;
    check_dims_subset(op, &rhs_used, r.dims.len()).map_err(|_| bad())?;
    let pairs = d
        .lhs_batch
        .iter()
        .zip(&d.rhs_batch)
        .chain(d.lhs_contract.iter().zip(&d.rhs_contract));
    for (a, b) in pairs {
        if l.dims[*a] != r.dims[*b] {
            return Err(bad());
        }
    }
    let mut dims: Vec<i64> = d.lhs_batch.iter().map(|b| l.dims[*b]).collect();
    dims.extend(
        (0..l.dims.len())
            .filter(|i| !lhs_used.contains(i))
            .map(|i| l.dims[i]),
    );
    dims.extend(
        (0..r.dims.len())
            .filter(|i| !rhs_used.contains(i))
            .map(|i| r.dims[i]),
    );
    Ok(spec(l.ty, dims))
}
