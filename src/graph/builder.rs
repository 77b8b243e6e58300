//! Building graphs: one method per primitive (shape-checked by `push`), plus
//! NumPy-style broadcasting for elementwise operations and a few shorthands.
//! Leaves and elementwise operations here; shapes, contractions, reductions,
//! indexing and collectives in `builder/structure.rs`.

use super::op::{BinaryOp, CmpDir, NodeId, Op, UnaryOp};
use super::Graph;
use crate::error::{Error, Result};
use crate::runtime::{ElementType, HostTensor, TensorSpec};
use half::{bf16, f16};

mod structure;

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
}
