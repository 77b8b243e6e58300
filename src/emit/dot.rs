//! The emission of a matrix product: as `dot_general`, weight first (few-row
//! `x · Wᵀ` on the CPU, `Graph::set_weight_first`), or as a call of ruse's
//! own product kernel (`Graph::set_host_dots`).

use std::fmt::Write;

use super::ops::{array, generic, ints, local_prefix};
use super::ssa;
use crate::graph::{DotDims, Graph, NodeId, Op};
use crate::runtime::{host_dot, TensorSpec};

/// The StableHLO of node `id`, the product `lhs · rhs` of `dims`.
pub(super) fn dot_general(
    g: &Graph,
    id: NodeId,
    lhs: NodeId,
    rhs: NodeId,
    dims: &DotDims,
) -> String {
    let ty = g.spec(id).mlir_type();
    if host_dot::takes(g, lhs, rhs, dims) {
        let attrs = host_dot_attrs(dims, g.num_replicas());
        generic(g, &ssa(g, id), "custom_call", &[lhs, rhs], &attrs, &ty)
    } else if weight_first(g, lhs, rhs, dims) {
        weight_first_dot(g, id, lhs, rhs)
    } else {
        generic(
            g,
            &ssa(g, id),
            "dot_general",
            &[lhs, rhs],
            &dot_attrs(dims),
            &ty,
        )
    }
}

/// A typed-FFI (`api_version = 4`) call of ruse's product kernel, its
/// dimension numbers as named attributes (`runtime::host_dot`).
fn host_dot_attrs(d: &DotDims, replicas: usize) -> String {
    let mut fields: Vec<String> = host_dot::ATTRIBUTES
        .iter()
        .zip(host_dot::attribute_values(d))
        .map(|(name, dims)| format!("{name} = {}", array(dims)))
        .collect();
    fields.push(format!("{} = {}", host_dot::REPLICAS, array(&[replicas])));
    format!(
        "call_target_name = \"{}\", api_version = 4 : i32, backend_config = {{{}}}",
        host_dot::TARGET,
        fields.join(", ")
    )
}

/// The most rows of a product `x · Wᵀ` that `Graph::set_weight_first` turns
/// weight first: beyond about 256 the plugin's `x · Wᵀ` is as fast.
pub const WEIGHT_FIRST_ROWS: i64 = 256;

/// The largest result (elements) that `Graph::set_weight_first` turns weight
/// first: the transpose back of a larger one costs more than the product
/// gains (the LM head's `[64, 32128]`, 8 MB, takes 9.6 ms that way against
/// 4.6 ms as `x · Wᵀ`).
pub const WEIGHT_FIRST_ELEMENTS: i64 = 1 << 19;

/// Whether `lhs · rhs` is `x · Wᵀ` (`x` `[rows, in]`, `W` a 2-D parameter
/// `[out, in]`) that the graph emits weight first.
fn weight_first(g: &Graph, lhs: NodeId, rhs: NodeId, dims: &DotDims) -> bool {
    let (x, w) = (g.spec(lhs), g.spec(rhs));
    g.weight_first()
        && matches!(g.node(rhs).op, Op::Parameter { .. })
        && x.dims.len() == 2
        && w.dims.len() == 2
        && x.dims[0] <= WEIGHT_FIRST_ROWS
        && x.dims[0] * w.dims[0] <= WEIGHT_FIRST_ELEMENTS
        && dims.lhs_batch.is_empty()
        && dims.lhs_contract == [1]
        && dims.rhs_contract == [1]
}

/// `x · Wᵀ` as `transpose(optimization_barrier(W · xᵀ))` (see
/// `Graph::set_weight_first`).
fn weight_first_dot(g: &Graph, id: NodeId, x: NodeId, w: NodeId) -> String {
    let (me, p) = (ssa(g, id), local_prefix(id));
    let out = g.spec(id);
    let flipped = TensorSpec::new(out.ty, &[out.dims[1], out.dims[0]]).mlir_type();
    let dims = DotDims {
        lhs_contract: vec![1],
        rhs_contract: vec![1],
        ..Default::default()
    };
    let mut s = generic(
        g,
        &format!("{p}_wx"),
        "dot_general",
        &[w, x],
        &dot_attrs(&dims),
        &flipped,
    );
    let _ = writeln!(
        s,
        "    {p}_kept = \"stablehlo.optimization_barrier\"({p}_wx) : ({flipped}) -> {flipped}"
    );
    let _ = writeln!(
        s,
        "    {me} = \"stablehlo.transpose\"({p}_kept) {{permutation = {}}} : ({flipped}) -> {}",
        array(&[1, 0]),
        out.mlir_type()
    );
    s
}

fn dot_attrs(d: &DotDims) -> String {
    let mut fields = Vec::new();
    for (name, dims) in [
        ("lhs_batching_dimensions", &d.lhs_batch),
        ("rhs_batching_dimensions", &d.rhs_batch),
        ("lhs_contracting_dimensions", &d.lhs_contract),
        ("rhs_contracting_dimensions", &d.rhs_contract),
    ] {
        if !dims.is_empty() {
            fields.push(format!("{name} = [{}]", ints(dims)));
        }
    }
    format!(
        "dot_dimension_numbers = #stablehlo.dot<{}>",
        fields.join(", ")
    )
}
