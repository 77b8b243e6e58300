//! Building graphs: reshaping, slicing and padding, contractions and
//! reductions, indexing, randomness and collectives.

use crate::error::{Error, Result};
use crate::graph::op::{CmpDir, DotDims, NodeId, Op, ReduceKind};
use crate::graph::Graph;

impl Graph {
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
