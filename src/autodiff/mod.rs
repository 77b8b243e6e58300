//! Reverse-mode autodiff as a graph-to-graph transform: `vjp` appends to the
//! graph the nodes that compute the gradient of an output with respect to
//! chosen nodes.
//!
//! Only nodes on a path from some `wrt` node to the output get a cotangent
//! (forward reachability from `wrt` intersected with backward reachability
//! from the output, floating-point nodes only), so frozen parameters cost
//! nothing. Nodes are visited in reverse index order (ids are topological)
//! and cotangents are accumulated by addition. The gradient rule of every
//! primitive lives in one `match` in `rules.rs`; the transposes of the linear
//! structural ops (broadcast, slice, pad, dot_general, ...) in `linear.rs`.

mod linear;
mod rules;

use crate::error::{Error, Result};
use crate::graph::{Graph, NodeId};

/// Adds to `g` the gradient of `output` (seeded with ones) with respect to
/// each node in `wrt`; returns one gradient node per `wrt` entry (zeros of the
/// wrt shape when the output does not depend on it).
pub fn vjp(g: &mut Graph, output: NodeId, wrt: &[NodeId]) -> Result<Vec<NodeId>> {
    check_node(g, output, "output")?;
    let spec = g.spec(output).clone();
    let seed = g.full(1.0, &spec)?;
    vjp_with_seed(g, output, seed, wrt)
}

/// Like `vjp`, with the output's cotangent `seed` (of the output's type)
/// instead of ones.
pub fn vjp_with_seed(
    g: &mut Graph,
    output: NodeId,
    seed: NodeId,
    wrt: &[NodeId],
) -> Result<Vec<NodeId>> {
    check_node(g, output, "output")?;
    check_node(g, seed, "seed")?;
    for w in wrt {
        check_node(g, *w, "wrt")?;
    }
    if g.spec(seed) != g.spec(output) {
        return Err(Error::ShapeMismatch {
            op: "vjp seed".into(),
            lhs: g.spec(output).to_string(),
            rhs: g.spec(seed).to_string(),
        });
    }
    let active = active_nodes(g, output, wrt);
    let cts = backward(g, output, seed, &active)?;
    wrt.iter()
        .map(|w| match cts.get(w.index()).copied().flatten() {
            Some(ct) => Ok(ct),
            None => g.zeros_like(*w),
        })
        .collect()
}

fn check_node(g: &Graph, id: NodeId, what: &str) -> Result<()> {
    if id.index() >= g.len() {
        return Err(Error::Graph {
            op: "vjp".into(),
            message: format!("{what} {id} is not a node of this graph"),
        });
    }
    Ok(())
}

/// Floating-point nodes that lie on a path from some `wrt` node to `output`.
fn active_nodes(g: &Graph, output: NodeId, wrt: &[NodeId]) -> Vec<bool> {
    let n = output.index() + 1;
    let nodes = &g.nodes()[..n];
    let mut forward = vec![false; n];
    for w in wrt.iter().filter(|w| w.index() < n) {
        forward[w.index()] = true;
    }
    for (i, node) in nodes.iter().enumerate() {
        if !forward[i] {
            forward[i] = node.op.inputs().iter().any(|x| forward[x.index()]);
        }
    }
    let mut backward = vec![false; n];
    backward[output.index()] = true;
    for i in (0..n).rev() {
        if backward[i] && forward[i] {
            for x in nodes[i].op.inputs() {
                backward[x.index()] = true;
            }
        }
    }
    (0..n)
        .map(|i| forward[i] && backward[i] && nodes[i].spec.ty.is_float())
        .collect()
}

/// Propagates `seed` from `output` to every active node; returns the
/// accumulated cotangent of each node up to `output`.
fn backward(
    g: &mut Graph,
    output: NodeId,
    seed: NodeId,
    active: &[bool],
) -> Result<Vec<Option<NodeId>>> {
    let mut cts: Vec<Option<NodeId>> = vec![None; active.len()];
    if active[output.index()] {
        cts[output.index()] = Some(seed);
    }
    for i in (0..active.len()).rev() {
        let Some(ct) = cts[i].filter(|_| active[i]) else {
            continue;
        };
        let node = NodeId(i as u32);
        if !g.node(node).op.inputs().iter().any(|x| active[x.index()]) {
            continue;
        }
        let op = g.node(node).op.clone();
        for (operand, contribution) in rules::transpose(g, node, &op, ct, active)? {
            if active[operand.index()] {
                accumulate(g, &mut cts, operand, contribution)?;
            }
        }
    }
    Ok(cts)
}

fn accumulate(
    g: &mut Graph,
    cts: &mut [Option<NodeId>],
    operand: NodeId,
    contribution: NodeId,
) -> Result<()> {
    if g.spec(operand) != g.spec(contribution) {
        return Err(Error::ShapeMismatch {
            op: format!("gradient of {}", g.node(operand).op.name()),
            lhs: g.spec(operand).to_string(),
            rhs: g.spec(contribution).to_string(),
        });
    }
    let sum = match cts[operand.index()] {
        Some(prev) => g.add(prev, contribution)?,
        None => contribution,
    };
    cts[operand.index()] = Some(sum);
    Ok(())
}
