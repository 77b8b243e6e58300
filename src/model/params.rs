//! Named model parameters: each becomes a program argument the first time
//! the model asks for it, with its shape, initialisation and group. Names are
//! HF checkpoint keys (adapter-side names are ruse's own, see `adapters`).

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::graph::{Graph, NodeId};
use crate::runtime::{ElementType, TensorSpec};

/// How a parameter starts when it is not loaded from a checkpoint.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Init {
    /// N(0, std²).
    Normal(f64),
    Zeros,
    Ones,
}

/// Parameter groups, for counting and freezing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// The shared token embedding.
    Embedding,
    /// Self- and cross-attention projections and relative position biases.
    Attention,
    FeedForward,
    /// T5's own (RMS) layer norms.
    LayerNorm,
    /// The untied output projection (v1.1).
    LmHead,
    /// Per-task adapters and the adapter layer norms.
    Adapter,
    /// Hypernetworks that generate adapters.
    HyperNet,
    TaskEmbedding,
}

impl Group {
    /// Whether the group belongs to the pretrained T5 (as opposed to adapters).
    pub fn is_t5(self) -> bool {
        matches!(
            self,
            Group::Embedding
                | Group::Attention
                | Group::FeedForward
                | Group::LayerNorm
                | Group::LmHead
        )
    }
}

/// One parameter: name, type, initialisation, group, and which task owns it
/// (`None` for parameters shared by every task).
#[derive(Clone, Debug, PartialEq)]
pub struct ParamInfo {
    pub name: String,
    pub spec: TensorSpec,
    pub init: Init,
    pub group: Group,
    pub task: Option<String>,
}

impl ParamInfo {
    pub fn numel(&self) -> usize {
        self.spec.element_count()
    }
}

/// A graph under construction plus the parameters it has asked for.
pub struct ModelBuilder {
    pub g: Graph,
    params: Vec<(ParamInfo, NodeId)>,
    index: HashMap<String, usize>,
    master: ElementType,
    /// The type computations run in; parameters are converted to it on use.
    compute: ElementType,
    views: HashMap<usize, NodeId>,
    dropout_sites: u64,
}

impl ModelBuilder {
    pub fn new(name: &str, dtype: ElementType) -> Self {
        ModelBuilder {
            g: Graph::new(name),
            params: Vec::new(),
            index: HashMap::new(),
            master: dtype,
            compute: dtype,
            views: HashMap::new(),
            dropout_sites: 0,
        }
    }

    /// Computes in `compute` (e.g. bf16) while parameters stay in the master
    /// type: each parameter is converted on use, and its gradient flows back
    /// through the conversion in the master type.
    pub fn with_compute(mut self, compute: ElementType) -> Self {
        self.compute = compute;
        self
    }

    /// The floating-point type of activations (the compute type).
    pub fn dtype(&self) -> ElementType {
        self.compute
    }

    /// The master type of the parameters.
    pub fn param_dtype(&self) -> ElementType {
        self.master
    }

    /// The parameter node as computations see it (converted to the compute type).
    fn view(&mut self, i: usize) -> Result<NodeId> {
        if self.compute == self.master {
            return Ok(self.params[i].1);
        }
        if let Some(v) = self.views.get(&i) {
            return Ok(*v);
        }
        let v = self.g.convert(self.params[i].1, self.compute)?;
        self.views.insert(i, v);
        Ok(v)
    }

    /// The parameter `name` (created on first use; later uses must agree).
    pub fn param(
        &mut self,
        name: &str,
        dims: &[usize],
        init: Init,
        group: Group,
    ) -> Result<NodeId> {
        self.param_for(name, dims, init, group, None)
    }

    /// A parameter owned by one task.
    pub fn param_for(
        &mut self,
        name: &str,
        dims: &[usize],
        init: Init,
        group: Group,
        task: Option<&str>,
    ) -> Result<NodeId> {
        let dims: Vec<i64> = dims.iter().map(|d| *d as i64).collect();
        let spec = TensorSpec::new(self.master, &dims);
        if let Some(&i) = self.index.get(name) {
            let info = &self.params[i].0;
            if info.spec != spec {
                return Err(Error::ShapeMismatch {
                    op: format!("parameter {name}"),
                    lhs: info.spec.to_string(),
                    rhs: spec.to_string(),
                });
            }
            return self.view(i);
        }
        let node = self.g.parameter(name, spec.clone())?;
        let info = ParamInfo {
            name: name.to_string(),
            spec,
            init,
            group,
            task: task.map(str::to_string),
        };
        self.index.insert(name.to_string(), self.params.len());
        self.params.push((info, node));
        self.view(self.params.len() - 1)
    }

    /// A new dropout site number (each site draws its own random stream).
    pub fn next_dropout_site(&mut self) -> u64 {
        self.dropout_sites += 1;
        self.dropout_sites
    }

    /// The parameters in the order they became program arguments.
    pub fn params(&self) -> &[(ParamInfo, NodeId)] {
        &self.params
    }

    pub fn param_node(&self, name: &str) -> Option<NodeId> {
        self.index.get(name).map(|i| self.params[*i].1)
    }
}
