//! Building graphs: one method per primitive (shape-checked by `push`), plus
//! NumPy-style broadcasting for elementwise operations and a few shorthands.

use super::op::{BinaryOp, CmpDir, DotDims, NodeId, Op, ReduceKind, UnaryOp};
use super::Graph;
use crate::error::{Error, Result};
use crate::runtime::{ElementType, HostTensor, TensorSpec};
use half::{bf16, f16};

/// A one-element tensor of type `ty` holding `v` (rounded to the type).
pub fn scalar_tensor(ty: ElementType, v: f64) -> HostTensor {
    match ty {
        ElementType::Pred => HostTensor::scalar(v != 0.0),
        ElementType::S32 => HostTensor::scalar(v as i32),
        ElementType::S64 => HostTensor::scalar(v as i64),
        ElementType::U32 => HostTensor::scalar(v as u32),
        ElementType::U64 => HostTensor::scalar(v as u64),
        ElementType::F16 => HostTensor::scalar(f16::from_f64(v)),
        ElementType::BF16 => HostTensor::scalar(bf16::from_f64(v)),
        ElementType::F32 => HostTensor::scalar(v as f32),
        ElementType::F64 => HostTensor::scalar(v),
    }
}

/// The NumPy broadcast of two shapes (aligned on the right).
fn broadcast_shape(a: &[i64], b: &[i64]) -> Option<Vec<i64>> {
    let rank = a.len().max(b.len());
    let at = |s: &[i64], i: usize| {
        let pad = rank - s.len();
        if i < pad {
            1
        } else {
            s[i - pad]
        }
    };
    (0..rank)
        .map(|i| match (at(a, i), at(b, i)) {
            (x, y) if x == y => Some(x),
            (1, y) => Some(y),
            (x, 1) => Some(x),
            _ => None,
        })
        .collect()
}

impl Graph {
    // ---- leaves -------------------------------------------------------

    /// A tensor literal.
    pub fn constant(&mut self, value: HostTensor) -> Result<NodeId> {
        let dims = value.dims().to_vec();
        self.push(Op::Constant { value, dims })
    }

    /// `value` in every element of a `spec` tensor.
    pub fn full(&mut self, value: f64, spec: &TensorSpec) -> Result<NodeId> {
        self.push(Op::Constant {
            value: scalar_tensor(spec.ty, value),
            dims: spec.dims.clone(),
        })
    }

    pub fn scalar(&mut self, value: f64, ty: ElementType) -> Result<NodeId> {
        self.full(value, &TensorSpec::new(ty, &[]))
    }

    pub fn zeros(&mut self, spec: &TensorSpec) -> Result<NodeId> {
        self.full(0.0, spec)
    }

    /// A tensor of zeros shaped like `like`.
    pub fn zeros_like(&mut self, like: NodeId) -> Result<NodeId> {
        let spec = self.spec(like).clone();
        self.zeros(&spec)
    }

    pub fn iota(&mut self, spec: &TensorSpec, dim: usize) -> Result<NodeId> {
        self.push(Op::Iota {
            dim,
            spec: spec.clone(),
        })
    }

    pub fn replica_id(&mut self) -> Result<NodeId> {
        self.push(Op::ReplicaId)
    }

    // ---- elementwise --------------------------------------------------

    pub fn unary(&mut self, op: UnaryOp, x: NodeId) -> Result<NodeId> {
        self.push(Op::Unary(op, x))
    }

    pub fn neg(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Neg, x)
    }
    pub fn abs(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Abs, x)
    }
    pub fn sign(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Sign, x)
    }
    pub fn exp(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Exp, x)
    }
    pub fn log(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Log, x)
    }
    pub fn log1p(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Log1p, x)
    }
    pub fn tanh(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Tanh, x)
    }
    pub fn logistic(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Logistic, x)
    }
    pub fn sqrt(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Sqrt, x)
    }
    pub fn rsqrt(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Rsqrt, x)
    }
    pub fn cos(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Cos, x)
    }
    pub fn sin(&mut self, x: NodeId) -> Result<NodeId> {
        self.unary(UnaryOp::Sin, x)
    }

    /// Broadcasts `a` and `b` to their common shape (NumPy rules).
    pub fn broadcast_pair(&mut self, op: &str, a: NodeId, b: NodeId) -> Result<(NodeId, NodeId)> {
        let (sa, sb) = (self.spec(a).clone(), self.spec(b).clone());
        if sa.dims == sb.dims {
            return Ok((a, b));
        }
        let shape = broadcast_shape(&sa.dims, &sb.dims).ok_or_else(|| Error::ShapeMismatch {
            op: op.to_string(),
            lhs: sa.to_string(),
            rhs: sb.to_string(),
        })?;
        Ok((self.broadcast_to(a, &shape)?, self.broadcast_to(b, &shape)?))
    }

    /// A binary elementwise op with NumPy broadcasting.
    pub fn binary(&mut self, op: BinaryOp, a: NodeId, b: NodeId) -> Result<NodeId> {
        let name = format!("{op:?}").to_lowercase();
        let (a, b) = self.broadcast_pair(&name, a, b)?;
        self.push(Op::Binary(op, a, b))
    }

    pub fn add(&mut self, a: NodeId, b: NodeId) -> Result<NodeId> {
        self.binary(BinaryOp::Add, a, b)
    }
    pub fn sub(&mut self, a: NodeId, b: NodeId) -> Result<NodeId> {
        self.binary(BinaryOp::Sub, a, b)
    }
    pub fn mul(&mut self, a: NodeId, b: NodeId) -> Result<NodeId> {
        self.binary(BinaryOp::Mul, a, b)
    }
    pub fn div(&mut self, a: NodeId, b: NodeId) -> Result<NodeId> {
        self.binary(BinaryOp::Div, a, b)
    }
    pub fn max(&mut self, a: NodeId, b: NodeId) -> Result<NodeId> {
        self.binary(BinaryOp::Max, a, b)
    }
    pub fn min(&mut self, a: NodeId, b: NodeId) -> Result<NodeId> {
        self.binary(BinaryOp::Min, a, b)
    }
    pub fn pow(&mut self, a: NodeId, b: NodeId) -> Result<NodeId> {
        self.binary(BinaryOp::Pow, a, b)
    }

    /// `x op c` for a constant `c` of `x`'s type.
    pub fn binary_scalar(&mut self, op: BinaryOp, x: NodeId, c: f64) -> Result<NodeId> {
        let ty = self.spec(x).ty;
        let c = self.scalar(c, ty)?;
        self.binary(op, x, c)
    }
    pub fn add_scalar(&mut self, x: NodeId, c: f64) -> Result<NodeId> {
        self.binary_scalar(BinaryOp::Add, x, c)
    }
    pub fn mul_scalar(&mut self, x: NodeId, c: f64) -> Result<NodeId> {
        self.binary_scalar(BinaryOp::Mul, x, c)
    }

    pub fn compare(&mut self, dir: CmpDir, a: NodeId, b: NodeId) -> Result<NodeId> {
        let (a, b) = self.broadcast_pair("compare", a, b)?;
        self.push(Op::Compare(dir, a, b))
    }

    pub fn select(&mut self, pred: NodeId, on_true: NodeId, on_false: NodeId) -> Result<NodeId> {
        self.push(Op::Select {
            pred,
            on_true,
            on_false,
        })
    }

    pub fn clamp(&mut self, min: NodeId, x: NodeId, max: NodeId) -> Result<NodeId> {
        self.push(Op::Clamp { min, x, max })
    }

    pub fn convert(&mut self, x: NodeId, ty: ElementType) -> Result<NodeId> {
        if self.spec(x).ty == ty {
            return Ok(x);
        }
        self.push(Op::Convert(x, ty))
    }

    // ---- shapes -------------------------------------------------------

    pub fn broadcast_in_dim(&mut self, x: NodeId, dims: &[usize], shape: &[i64]) -> Result<NodeId> {
        self.push(Op::BroadcastInDim {
            x,
            dims: dims.to_vec(),
            shape: shape.to_vec(),
        })
    }

    /// NumPy-style broadcast of `x` to `shape` (aligned on the right).
    pub fn broadcast_to(&mut self, x: NodeId, shape: &[i64]) -> Result<NodeId> {
        let rank = self.spec(x).dims.len();
        if self.spec(x).dims == shape {
            return Ok(x);
        }
        if rank > shape.len() {
            return Err(Error::ShapeMismatch {
                op: "broadcast".into(),
                lhs: self.spec(x).to_string(),
                rhs: format!("{shape:?}"),
            });
        }
        let dims: Vec<usize> = (shape.len() - rank..shape.len()).collect();
        self.broadcast_in_dim(x, &dims, shape)
    }

    pub fn reshape(&mut self, x: NodeId, dims: &[i64]) -> Result<NodeId> {
        if self.spec(x).dims == dims {
            return Ok(x);
        }
        self.push(Op::Reshape(x, dims.to_vec()))
    }

    pub fn transpose(&mut self, x: NodeId, perm: &[usize]) -> Result<NodeId> {
        self.push(Op::Transpose {
            x,
            perm: perm.to_vec(),
        })
    }

    pub fn slice(
        &mut self,
        x: NodeId,
        start: &[i64],
        limit: &[i64],
        stride: &[i64],
    ) -> Result<NodeId> {
        self.push(Op::Slice {
            x,
            start: start.to_vec(),
            limit: limit.to_vec(),
            stride: stride.to_vec(),
        })
    }

    /// `x[.., start..limit, ..]` along one dimension.
    pub fn slice_dim(&mut self, x: NodeId, dim: usize, start: i64, limit: i64) -> Result<NodeId> {
        let dims = self.spec(x).dims.clone();
        let mut lo = vec![0; dims.len()];
        let mut hi = dims.clone();
        if dim >= dims.len() {
            return Err(Error::Graph {
                op: "slice".into(),
                message: format!("dimension {dim} out of range for {}", self.spec(x)),
            });
        }
        lo[dim] = start;
        hi[dim] = limit;
        self.slice(x, &lo, &hi, &vec![1; dims.len()])
    }

    pub fn pad(
        &mut self,
        x: NodeId,
        value: NodeId,
        low: &[i64],
        high: &[i64],
        interior: &[i64],
    ) -> Result<NodeId> {
        self.push(Op::Pad {
            x,
            value,
            low: low.to_vec(),
            high: high.to_vec(),
            interior: interior.to_vec(),
        })
    }

    pub fn dynamic_slice(&mut self, x: NodeId, starts: &[NodeId], sizes: &[i64]) -> Result<NodeId> {
        self.push(Op::DynamicSlice {
            x,
            starts: starts.to_vec(),
            sizes: sizes.to_vec(),
        })
    }

    pub fn dynamic_update_slice(
        &mut self,
        x: NodeId,
        update: NodeId,
        starts: &[NodeId],
    ) -> Result<NodeId> {
        self.push(Op::DynamicUpdateSlice {
            x,
            update,
            starts: starts.to_vec(),
        })
    }

    pub fn concatenate(&mut self, xs: &[NodeId], dim: usize) -> Result<NodeId> {
        self.push(Op::Concatenate {
            xs: xs.to_vec(),
            dim,
        })
    }

    // ---- contractions and reductions -----------------------------------

    pub fn dot_general(&mut self, lhs: NodeId, rhs: NodeId, dims: DotDims) -> Result<NodeId> {
        self.push(Op::DotGeneral { lhs, rhs, dims })
    }

    /// `[..., m, k] x [k, n] -> [..., m, n]`, or batched `[b.., m, k] x [b.., k, n]`.
    pub fn matmul(&mut self, a: NodeId, b: NodeId) -> Result<NodeId> {
        let (ra, rb) = (self.spec(a).dims.len(), self.spec(b).dims.len());
        if ra >= 2 && rb == 2 {
            let dims = DotDims {
                lhs_contract: vec![ra - 1],
                rhs_contract: vec![0],
                ..Default::default()
            };
            return self.dot_general(a, b, dims);
        }
        if ra == rb && ra >= 2 {
            let batch: Vec<usize> = (0..ra - 2).collect();
            let dims = DotDims {
                lhs_batch: batch.clone(),
                rhs_batch: batch,
                lhs_contract: vec![ra - 1],
                rhs_contract: vec![ra - 2],
            };
            return self.dot_general(a, b, dims);
        }
        Err(Error::ShapeMismatch {
            op: "matmul".into(),
            lhs: self.spec(a).to_string(),
            rhs: self.spec(b).to_string(),
        })
    }

    pub fn reduce(&mut self, x: NodeId, dims: &[usize], kind: ReduceKind) -> Result<NodeId> {
        self.push(Op::Reduce {
            x,
            dims: dims.to_vec(),
            kind,
        })
    }

    pub fn reduce_sum(&mut self, x: NodeId, dims: &[usize]) -> Result<NodeId> {
        self.reduce(x, dims, ReduceKind::Sum)
    }

    pub fn reduce_max(&mut self, x: NodeId, dims: &[usize]) -> Result<NodeId> {
        self.reduce(x, dims, ReduceKind::Max)
    }

    /// Sum of every element.
    pub fn sum_all(&mut self, x: NodeId) -> Result<NodeId> {
        let dims: Vec<usize> = (0..self.spec(x).dims.len()).collect();
        self.reduce_sum(x, &dims)
    }

    /// Reduction over `dims` keeping them as size-1 dimensions.
    pub fn reduce_keepdims(
        &mut self,
        x: NodeId,
        dims: &[usize],
        kind: ReduceKind,
    ) -> Result<NodeId> {
        let mut kept = self.spec(x).dims.clone();
        let r = self.reduce(x, dims, kind)?;
        for d in dims {
            kept[*d] = 1;
        }
        self.reshape(r, &kept)
    }

    /// Mean over `dims` keeping them as size-1 dimensions.
    pub fn mean_keepdims(&mut self, x: NodeId, dims: &[usize]) -> Result<NodeId> {
        let n: i64 = dims
            .iter()
            .map(|d| self.spec(x).dims.get(*d).copied().unwrap_or(1))
            .product();
        let s = self.reduce_keepdims(x, dims, ReduceKind::Sum)?;
        self.mul_scalar(s, 1.0 / n.max(1) as f64)
    }

    pub fn argmax(&mut self, x: NodeId, dim: usize) -> Result<NodeId> {
        self.push(Op::Argmax { x, dim })
    }

    // ---- indexing, randomness, collectives ----------------------------

    pub fn gather(&mut self, table: NodeId, indices: NodeId) -> Result<NodeId> {
        self.push(Op::Gather { table, indices })
    }

    pub fn scatter_add(
        &mut self,
        operand: NodeId,
        indices: NodeId,
        updates: NodeId,
    ) -> Result<NodeId> {
        self.push(Op::ScatterAdd {
            operand,
            indices,
            updates,
        })
    }

    pub fn rng_bits(&mut self, key: NodeId, dims: &[i64]) -> Result<NodeId> {
        self.push(Op::RngBits {
            key,
            dims: dims.to_vec(),
        })
    }

    pub fn all_reduce_sum(&mut self, x: NodeId) -> Result<NodeId> {
        self.push(Op::AllReduceSum(x))
    }

    /// Compares with the scalar `c` (of `x`'s type).
    pub fn compare_scalar(&mut self, dir: CmpDir, x: NodeId, c: f64) -> Result<NodeId> {
        let ty = self.spec(x).ty;
        let c = self.scalar(c, ty)?;
        self.compare(dir, x, c)
    }
}
