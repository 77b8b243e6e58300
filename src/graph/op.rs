//! The closed set of primitives. Three exhaustive `match` sites handle every
//! variant: shape inference (`shape.rs`), gradients (`autodiff`), emission
//! (`emit`). Composite operations are written in these (`composite.rs`).

use crate::runtime::{ElementType, HostTensor, TensorSpec};

/// Index of a node in its graph. Nodes are appended in topological order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub(crate) u32);

impl NodeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl std::fmt::Display for NodeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "%{}", self.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Abs,
    Sign,
    Exp,
    Log,
    Log1p,
    Tanh,
    Logistic,
    Sqrt,
    Rsqrt,
    Cos,
    Sin,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Max,
    Min,
    Pow,
    /// Bitwise operations on integers (no gradient): the counter-based hash
    /// of `composite::dropout`.
    And,
    Xor,
    ShiftLeft,
    ShiftRightLogical,
}

impl BinaryOp {
    /// Defined on integer operands only.
    pub fn is_bitwise(self) -> bool {
        matches!(
            self,
            BinaryOp::And | BinaryOp::Xor | BinaryOp::ShiftLeft | BinaryOp::ShiftRightLogical
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpDir {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReduceKind {
    Sum,
    Max,
}

/// Dimension numbers of a `dot_general`. The result's dimensions are the
/// batch dimensions, then lhs's free dimensions, then rhs's free dimensions.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct DotDims {
    pub lhs_batch: Vec<usize>,
    pub rhs_batch: Vec<usize>,
    pub lhs_contract: Vec<usize>,
    pub rhs_contract: Vec<usize>,
}

/// One primitive and its operands. The result type lives in the node.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Argument `index` of the program.
    Parameter {
        index: usize,
        name: String,
        spec: TensorSpec,
    },
    /// A literal; a one-element `value` is splatted to `dims`.
    Constant {
        value: HostTensor,
        dims: Vec<i64>,
    },
    /// Counting along `dim` in a tensor of type `spec`.
    Iota {
        dim: usize,
        spec: TensorSpec,
    },
    Unary(UnaryOp, NodeId),
    Binary(BinaryOp, NodeId, NodeId),
    Compare(CmpDir, NodeId, NodeId),
    Select {
        pred: NodeId,
        on_true: NodeId,
        on_false: NodeId,
    },
    /// `min <= x <= max`, with `min`/`max` scalars or of `x`'s shape.
    Clamp {
        min: NodeId,
        x: NodeId,
        max: NodeId,
    },
    /// Element type conversion.
    Convert(NodeId, ElementType),
    /// Operand dimension `i` maps to result dimension `dims[i]` of `shape`.
    BroadcastInDim {
        x: NodeId,
        dims: Vec<usize>,
        shape: Vec<i64>,
    },
    Reshape(NodeId, Vec<i64>),
    Transpose {
        x: NodeId,
        perm: Vec<usize>,
    },
    Slice {
        x: NodeId,
        start: Vec<i64>,
        limit: Vec<i64>,
        stride: Vec<i64>,
    },
    /// Padding with a scalar `value`: the transpose of `Slice`.
    Pad {
        x: NodeId,
        value: NodeId,
        low: Vec<i64>,
        high: Vec<i64>,
        interior: Vec<i64>,
    },
    /// A window of `sizes` at scalar integer `starts` (clamped in range).
    DynamicSlice {
        x: NodeId,
        starts: Vec<NodeId>,
        sizes: Vec<i64>,
    },
    DynamicUpdateSlice {
        x: NodeId,
        update: NodeId,
        starts: Vec<NodeId>,
    },
    Concatenate {
        xs: Vec<NodeId>,
        dim: usize,
    },
    DotGeneral {
        lhs: NodeId,
        rhs: NodeId,
        dims: DotDims,
    },
    Reduce {
        x: NodeId,
        dims: Vec<usize>,
        kind: ReduceKind,
    },
    /// Index (s32) of the largest element along `dim` (first on ties).
    Argmax {
        x: NodeId,
        dim: usize,
    },
    /// Embedding lookup: rows of `table` [V, D] at integer `indices` [...] -> [..., D].
    Gather {
        table: NodeId,
        indices: NodeId,
    },
    /// `operand` [V, D] plus `updates` [..., D] added at rows `indices` [...]:
    /// the transpose of `Gather`.
    ScatterAdd {
        operand: NodeId,
        indices: NodeId,
        updates: NodeId,
    },
    /// Random u32 bits of shape `dims` from a `u64[2]` key (Threefry).
    RngBits {
        key: NodeId,
        dims: Vec<i64>,
    },
    /// Sum over all replicas.
    AllReduceSum(NodeId),
    /// This replica's index (u32 scalar).
    ReplicaId,
}

impl Op {
    /// The operands, in order.
    pub fn inputs(&self) -> Vec<NodeId> {
        match self {
            Op::Parameter { .. } | Op::Constant { .. } | Op::Iota { .. } | Op::ReplicaId => vec![],
            Op::Unary(_, x)
            | Op::Convert(x, _)
            | Op::Reshape(x, _)
            | Op::BroadcastInDim { x, .. }
            | Op::Transpose { x, .. }
            | Op::Slice { x, .. }
            | Op::Reduce { x, .. }
            | Op::Argmax { x, .. }
            | Op::RngBits { key: x, .. }
            | Op::AllReduceSum(x) => vec![*x],
            Op::Binary(_, a, b) | Op::Compare(_, a, b) => vec![*a, *b],
            Op::Select {
                pred,
                on_true,
                on_false,
            } => vec![*pred, *on_true, *on_false],
            Op::Clamp { min, x, max } => vec![*min, *x, *max],
            Op::Pad { x, value, .. } => vec![*x, *value],
            Op::DynamicSlice { x, starts, .. } => {
                std::iter::once(*x).chain(starts.iter().copied()).collect()
            }
            Op::DynamicUpdateSlice { x, update, starts } => [*x, *update]
                .into_iter()
                .chain(starts.iter().copied())
                .collect(),
            Op::Concatenate { xs, .. } => xs.clone(),
            Op::DotGeneral { lhs, rhs, .. } => vec![*lhs, *rhs],
            Op::Gather { table, indices } => vec![*table, *indices],
            Op::ScatterAdd {
                operand,
                indices,
                updates,
            } => vec![*operand, *indices, *updates],
        }
    }

    /// A short name for messages and dumps.
    pub fn name(&self) -> String {
        match self {
            Op::Parameter { name, .. } => format!("parameter({name})"),
            Op::Constant { .. } => "constant".into(),
            Op::Iota { .. } => "iota".into(),
            Op::Unary(u, _) => format!("{u:?}").to_lowercase(),
            Op::Binary(b, _, _) => format!("{b:?}").to_lowercase(),
            Op::Compare(c, _, _) => format!("compare_{c:?}").to_lowercase(),
            Op::Select { .. } => "select".into(),
            Op::Clamp { .. } => "clamp".into(),
            Op::Convert(..) => "convert".into(),
            Op::BroadcastInDim { .. } => "broadcast_in_dim".into(),
            Op::Reshape(..) => "reshape".into(),
            Op::Transpose { .. } => "transpose".into(),
            Op::Slice { .. } => "slice".into(),
            Op::Pad { .. } => "pad".into(),
            Op::DynamicSlice { .. } => "dynamic_slice".into(),
            Op::DynamicUpdateSlice { .. } => "dynamic_update_slice".into(),
            Op::Concatenate { .. } => "concatenate".into(),
            Op::DotGeneral { .. } => "dot_general".into(),
            Op::Reduce { kind, .. } => format!("reduce_{kind:?}").to_lowercase(),
            Op::Argmax { .. } => "argmax".into(),
            Op::Gather { .. } => "gather".into(),
            Op::ScatterAdd { .. } => "scatter_add".into(),
            Op::RngBits { .. } => "rng_bits".into(),
            Op::AllReduceSum(_) => "all_reduce_sum".into(),
            Op::ReplicaId => "replica_id".into(),
        }
    }
}
