//! The typed graph IR: static shapes and element types, a closed set of
//! primitives (`op.rs`), shape inference at build time (`shape.rs`), the
//! builder (`builder.rs`) and composites written in primitives
//! (`composite.rs`).

mod builder;
pub mod composite;
mod op;
mod shape;

pub use op::{BinaryOp, CmpDir, DotDims, NodeId, Op, ReduceKind, UnaryOp};

use crate::error::{Error, Result};
use crate::runtime::TensorSpec;

/// A node: a primitive and its result type.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub op: Op,
    pub spec: TensorSpec,
}

/// A program: parameters, nodes in topological order, outputs.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    name: String,
    nodes: Vec<Node>,
    params: Vec<NodeId>,
    /// For each parameter, the output it may be donated to.
    donations: Vec<Option<usize>>,
    outputs: Vec<NodeId>,
    num_replicas: usize,
    /// Which f32 products are emitted as calls to ruse's CPU kernel (see
    /// `runtime::host_dot`); other than none for CPU programs only.
    host_dots: crate::runtime::host_dot::Selection,
    /// Emit products `x · Wᵀ` of a 2-D weight parameter with few rows weight
    /// first; see [`Graph::set_weight_first`].
    weight_first: bool,
}

impl Graph {
    pub fn new(name: &str) -> Self {
        Graph {
            name: name.to_string(),
            num_replicas: 1,
            ..Default::default()
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    pub fn spec(&self, id: NodeId) -> &TensorSpec {
        &self.nodes[id.index()].spec
    }

    pub fn params(&self) -> &[NodeId] {
        &self.params
    }

    pub fn outputs(&self) -> &[NodeId] {
        &self.outputs
    }

    /// The output each parameter is donated to, if any.
    pub fn donations(&self) -> &[Option<usize>] {
        &self.donations
    }

    pub fn num_replicas(&self) -> usize {
        self.num_replicas
    }

    /// Which f32 products are emitted as calls to ruse's CPU kernel.
    pub fn host_dots(&self) -> crate::runtime::host_dot::Selection {
        self.host_dots
    }

    /// Emit the f32 products that `runtime::host_dot::plan` can take and
    /// `selection` picks (`runtime::host_dot::worth`) as calls to ruse's
    /// kernel (other than none, the program must run on the CPU plugin).
    pub fn set_host_dots(&mut self, selection: crate::runtime::host_dot::Selection) {
        self.host_dots = selection;
    }

    /// Whether products `x · Wᵀ` with few rows are emitted weight first.
    pub fn weight_first(&self) -> bool {
        self.weight_first
    }

    /// Emit each product `x · Wᵀ` of `x` `[rows, in]` with few rows (at most
    /// `emit::WEIGHT_FIRST_ROWS`, and a result of at most
    /// `emit::WEIGHT_FIRST_ELEMENTS`) and a 2-D weight parameter `W`
    /// `[out, in]` as `(W · xᵀ)ᵀ`: the weight-first product behind an
    /// optimization barrier (without it XLA folds the transpose back into
    /// `x · Wᵀ`), then transposed. The same values; the XLA CPU plugin runs
    /// the weight-first form 2–5× faster at such shapes, as in generation's
    /// decode steps (see the README's Evaluation and generation).
    pub fn set_weight_first(&mut self, on: bool) {
        self.weight_first = on;
    }

    /// Compile the program for `n` replicas (collectives span all of them).
    pub fn set_num_replicas(&mut self, n: usize) {
        self.num_replicas = n.max(1);
    }

    /// Appends a node after inferring its type; the one way nodes are made.
    pub fn push(&mut self, op: Op) -> Result<NodeId> {
        for input in op.inputs() {
            if input.index() >= self.nodes.len() {
                return Err(Error::Graph {
                    op: op.name(),
                    message: format!("operand {input} is not a node of this graph"),
                });
            }
        }
        let spec = shape::infer(&op, |id| &self.nodes[id.index()].spec)?;
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push(Node { op, spec });
        Ok(id)
    }

    /// Replaces node `id`'s op by `op`, which must have the same result type.
    /// Its operands must be earlier nodes or parameters (program arguments
    /// exist before any node runs), so the nodes stay in an order that runs.
    pub fn replace_op(&mut self, id: NodeId, op: Op) -> Result<()> {
        for input in op.inputs() {
            let is_param = matches!(
                self.nodes.get(input.index()).map(|n| &n.op),
                Some(Op::Parameter { .. })
            );
            if input.index() >= id.index() && !is_param {
                return Err(Error::Graph {
                    op: op.name(),
                    message: format!("operand {input} does not come before {id}"),
                });
            }
        }
        let spec = shape::infer(&op, |x| &self.nodes[x.index()].spec)?;
        if spec != self.nodes[id.index()].spec {
            return Err(Error::ShapeMismatch {
                op: op.name(),
                lhs: self.nodes[id.index()].spec.to_string(),
                rhs: spec.to_string(),
            });
        }
        self.nodes[id.index()].op = op;
        Ok(())
    }

    /// Declares the next program argument.
    pub fn parameter(&mut self, name: &str, spec: TensorSpec) -> Result<NodeId> {
        let index = self.params.len();
        let id = self.push(Op::Parameter {
            index,
            name: name.to_string(),
            spec,
        })?;
        self.params.push(id);
        self.donations.push(None);
        Ok(id)
    }

    /// Adds a program result; returns its output index.
    pub fn output(&mut self, id: NodeId) -> usize {
        self.outputs.push(id);
        self.outputs.len() - 1
    }

    /// Lets the plugin reuse parameter `param`'s buffer for output `output`
    /// (they must have the same type); the caller's buffer is consumed.
    pub fn donate(&mut self, param: NodeId, output: usize) -> Result<()> {
        let index = match &self.node(param).op {
            Op::Parameter { index, .. } => *index,
            other => {
                return Err(Error::Graph {
                    op: "donate".into(),
                    message: format!("{} is a {}, not a parameter", param, other.name()),
                })
            }
        };
        let out = *self.outputs.get(output).ok_or_else(|| Error::Graph {
            op: "donate".into(),
            message: format!("there is no output {output}"),
        })?;
        if self.spec(out) != self.spec(param) {
            return Err(Error::ShapeMismatch {
                op: "donate".into(),
                lhs: self.spec(param).to_string(),
                rhs: self.spec(out).to_string(),
            });
        }
        self.donations[index] = Some(output);
        Ok(())
    }

    /// Floating-point operations of the live matrix products
    /// (`dot_general`: 2 × output elements × contracted size), the bulk of a
    /// transformer's work; elementwise work is not counted.
    pub fn matmul_flops(&self) -> f64 {
        let live = self.live();
        let mut flops = 0.0;
        for (node, is_live) in self.nodes.iter().zip(live) {
            if let (true, op::Op::DotGeneral { lhs, dims, .. }) = (is_live, &node.op) {
                let l = &self.spec(*lhs).dims;
                let k: f64 = dims.lhs_contract.iter().map(|&d| l[d] as f64).product();
                flops += 2.0 * node.spec.element_count() as f64 * k;
            }
        }
        flops
    }

    /// Nodes the outputs depend on (parameters always count).
    pub fn live(&self) -> Vec<bool> {
        let mut live = vec![false; self.nodes.len()];
        let mut stack: Vec<NodeId> = self.outputs.clone();
        while let Some(id) = stack.pop() {
            if !std::mem::replace(&mut live[id.index()], true) {
                stack.extend(self.nodes[id.index()].op.inputs());
            }
        }
        for p in &self.params {
            live[p.index()] = true;
        }
        live
    }
}

impl std::fmt::Display for Graph {
    /// A readable listing, for `RUSE_DUMP=graph`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "graph {} ({} nodes)", self.name, self.nodes.len())?;
        for (i, node) in self.nodes.iter().enumerate() {
            let inputs: Vec<String> = node.op.inputs().iter().map(|x| x.to_string()).collect();
            writeln!(
                f,
                "  %{i} = {}({}) : {}",
                node.op.name(),
                inputs.join(", "),
                node.spec
            )?;
        }
        let outs: Vec<String> = self.outputs.iter().map(|x| x.to_string()).collect();
        writeln!(f, "  outputs: {}", outs.join(", "))
    }
}
