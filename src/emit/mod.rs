//! StableHLO text from a graph: pure and deterministic. Parameters are
//! `%argI` in parameter order, nodes `%N` by node index; only nodes that the
//! outputs depend on are emitted. `RUSE_DUMP=graph,stablehlo` prints the
//! stages to stderr.

mod dot;
mod literal;
mod ops;

pub use dot::{WEIGHT_FIRST_ELEMENTS, WEIGHT_FIRST_ROWS};

use std::fmt::Write;

use crate::error::Result;
use crate::graph::{Graph, NodeId, Op};

/// Whether `RUSE_DUMP` (comma-separated) names `stage`.
pub fn dump_enabled(stage: &str) -> bool {
    std::env::var("RUSE_DUMP")
        .is_ok_and(|v| v.split(',').any(|s| s.trim() == stage || s.trim() == "all"))
}

/// Prints `body` to stderr under a header if `RUSE_DUMP` names `stage`.
pub fn dump(stage: &str, title: &str, body: &dyn std::fmt::Display) {
    if dump_enabled(stage) {
        note!("==== RUSE_DUMP {stage}: {title} ====\n{body}");
    }
}

/// A valid MLIR symbol name from any string.
fn symbol(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("m_{s}")
    } else {
        s
    }
}

/// The SSA name of a node's value.
pub(crate) fn ssa(g: &Graph, id: NodeId) -> String {
    match &g.node(id).op {
        Op::Parameter { index, .. } => format!("%arg{index}"),
        _ => format!("%{}", id.index()),
    }
}

/// The whole module as StableHLO text.
pub fn emit(g: &Graph) -> Result<String> {
    dump("graph", g.name(), g);
    let mut out = String::with_capacity(g.len() * 128);
    let replicas = g.num_replicas();
    let _ = writeln!(
        out,
        "module @{} attributes {{mhlo.num_replicas = {replicas} : i32, mhlo.num_partitions = 1 : i32}} {{",
        symbol(g.name())
    );
    let _ = writeln!(
        out,
        "  func.func public @main({}) -> ({}) {{",
        arguments(g),
        results(g)
    );
    let live = g.live();
    for (i, node) in g.nodes().iter().enumerate() {
        if live[i] && !matches!(node.op, Op::Parameter { .. }) {
            ops::emit_node(g, NodeId(i as u32), &mut out)?;
        }
    }
    let names: Vec<String> = g.outputs().iter().map(|o| ssa(g, *o)).collect();
    let types: Vec<String> = g.outputs().iter().map(|o| g.spec(*o).mlir_type()).collect();
    if names.is_empty() {
        let _ = writeln!(out, "    return");
    } else {
        let _ = writeln!(
            out,
            "    return {} : {}",
            names.join(", "),
            types.join(", ")
        );
    }
    out.push_str("  }\n}\n");
    dump("stablehlo", g.name(), &out);
    Ok(out)
}

fn arguments(g: &Graph) -> String {
    let args: Vec<String> = g
        .params()
        .iter()
        .zip(g.donations())
        .map(|(p, donate)| {
            let alias = donate
                .map(|o| format!(" {{tf.aliasing_output = {o} : i32}}"))
                .unwrap_or_default();
            format!("{}: {}{alias}", ssa(g, *p), g.spec(*p).mlir_type())
        })
        .collect();
    args.join(", ")
}

fn results(g: &Graph) -> String {
    let types: Vec<String> = g.outputs().iter().map(|o| g.spec(*o).mlir_type()).collect();
    types.join(", ")
}
