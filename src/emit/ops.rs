//! One StableHLO emission per primitive: the third exhaustive `match`.

use std::fmt::Write;

use super::literal::{dense, reduce_init};
use super::ssa;
use crate::error::Result;
use crate::graph::{BinaryOp, CmpDir, DotDims, Graph, NodeId, Op, ReduceKind, UnaryOp};
use crate::runtime::{host_dot, ElementType, TensorSpec};

/// Prefix for a node's helper values (`%n7_init`): SSA names that start
/// with a digit must be all digits.
fn local_prefix(id: NodeId) -> String {
    format!("%n{}", id.index())
}

fn ints<T: std::fmt::Display>(xs: &[T]) -> String {
    let v: Vec<String> = xs.iter().map(|x| x.to_string()).collect();
    v.join(", ")
}

/// `array<i64: 1, 2>` (or `array<i64>` when empty).
fn array(xs: &[impl std::fmt::Display]) -> String {
    if xs.is_empty() {
        "array<i64>".into()
    } else {
        format!("array<i64: {}>", ints(xs))
    }
}

fn scalar_type(ty: ElementType) -> String {
    TensorSpec::new(ty, &[]).mlir_type()
}

/// `%out = "stablehlo.NAME"(operands) {attrs} : (types) -> result`.
fn generic(
    g: &Graph,
    out: &str,
    name: &str,
    operands: &[NodeId],
    attrs: &str,
    result: &str,
) -> String {
    let names: Vec<String> = operands.iter().map(|o| ssa(g, *o)).collect();
    let types: Vec<String> = operands.iter().map(|o| g.spec(*o).mlir_type()).collect();
    let attrs = if attrs.is_empty() {
        String::new()
    } else {
        format!(" {{{attrs}}}")
    };
    format!(
        "    {out} = \"stablehlo.{name}\"({}){attrs} : ({}) -> {result}\n",
        names.join(", "),
        types.join(", ")
    )
}

/// A one-block region computing `op` of two scalars, for reduce/scatter/all_reduce.
fn binary_region(prefix: &str, ty: ElementType, op: &str) -> String {
    let t = scalar_type(ty);
    format!(
        "^bb0({prefix}_a: {t}, {prefix}_b: {t}):\n      {prefix}_r = \"stablehlo.{op}\"({prefix}_a, {prefix}_b) : ({t}, {t}) -> {t}\n      \"stablehlo.return\"({prefix}_r) : ({t}) -> ()\n    "
    )
}

fn unary_name(u: UnaryOp) -> &'static str {
    match u {
        UnaryOp::Neg => "negate",
        UnaryOp::Abs => "abs",
        UnaryOp::Sign => "sign",
        UnaryOp::Exp => "exponential",
        UnaryOp::Log => "log",
        UnaryOp::Log1p => "log_plus_one",
        UnaryOp::Tanh => "tanh",
        UnaryOp::Logistic => "logistic",
        UnaryOp::Sqrt => "sqrt",
        UnaryOp::Rsqrt => "rsqrt",
        UnaryOp::Cos => "cosine",
        UnaryOp::Sin => "sine",
    }
}

fn binary_name(b: BinaryOp) -> &'static str {
    match b {
        BinaryOp::Add => "add",
        BinaryOp::Sub => "subtract",
        BinaryOp::Mul => "multiply",
        BinaryOp::Div => "divide",
        BinaryOp::Max => "maximum",
        BinaryOp::Min => "minimum",
        BinaryOp::Pow => "power",
        BinaryOp::And => "and",
        BinaryOp::Xor => "xor",
        BinaryOp::ShiftLeft => "shift_left",
        BinaryOp::ShiftRightLogical => "shift_right_logical",
    }
}

fn compare_attrs(dir: CmpDir, ty: ElementType) -> String {
    let kind = match ty {
        t if t.is_float() => "FLOAT",
        ElementType::S32 | ElementType::S64 => "SIGNED",
        _ => "UNSIGNED",
    };
    format!(
        "comparison_direction = #stablehlo<comparison_direction {}>, compare_type = #stablehlo<comparison_type {kind}>",
        format!("{dir:?}").to_uppercase()
    )
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

/// Appends the StableHLO of node `id` to `out`.
pub fn emit_node(g: &Graph, id: NodeId, out: &mut String) -> Result<()> {
    let node = g.node(id);
    let me = ssa(g, id);
    let p = local_prefix(id);
    let ty = node.spec.mlir_type();
    let text = match &node.op {
        Op::Parameter { .. } => String::new(),
        Op::Constant { value, .. } => {
            format!("    {me} = stablehlo.constant {} : {ty}\n", dense(value))
        }
        Op::Iota { dim, .. } => generic(
            g,
            &me,
            "iota",
            &[],
            &format!("iota_dimension = {dim} : i64"),
            &ty,
        ),
        Op::Unary(u, x) => generic(g, &me, unary_name(*u), &[*x], "", &ty),
        Op::Binary(b, x, y) => generic(g, &me, binary_name(*b), &[*x, *y], "", &ty),
        Op::Compare(dir, x, y) => generic(
            g,
            &me,
            "compare",
            &[*x, *y],
            &compare_attrs(*dir, g.spec(*x).ty),
            &ty,
        ),
        Op::Select {
            pred,
            on_true,
            on_false,
        } => generic(g, &me, "select", &[*pred, *on_true, *on_false], "", &ty),
        Op::Clamp { min, x, max } => generic(g, &me, "clamp", &[*min, *x, *max], "", &ty),
        Op::Convert(x, _) => generic(g, &me, "convert", &[*x], "", &ty),
        Op::BroadcastInDim { x, dims, .. } => generic(
            g,
            &me,
            "broadcast_in_dim",
            &[*x],
            &format!("broadcast_dimensions = {}", array(dims)),
            &ty,
        ),
        Op::Reshape(x, _) => generic(g, &me, "reshape", &[*x], "", &ty),
        Op::Transpose { x, perm } => generic(
            g,
            &me,
            "transpose",
            &[*x],
            &format!("permutation = {}", array(perm)),
            &ty,
        ),
        Op::Slice {
            x,
            start,
            limit,
            stride,
        } => {
            let attrs = format!(
                "start_indices = {}, limit_indices = {}, strides = {}",
                array(start),
                array(limit),
                array(stride)
            );
            generic(g, &me, "slice", &[*x], &attrs, &ty)
        }
        Op::Pad {
            x,
            value,
            low,
            high,
            interior,
        } => {
            let attrs = format!(
                "edge_padding_low = {}, edge_padding_high = {}, interior_padding = {}",
                array(low),
                array(high),
                array(interior)
            );
            generic(g, &me, "pad", &[*x, *value], &attrs, &ty)
        }
        Op::DynamicSlice { x, starts, sizes } => {
            let operands: Vec<NodeId> = std::iter::once(*x).chain(starts.iter().copied()).collect();
            generic(
                g,
                &me,
                "dynamic_slice",
                &operands,
                &format!("slice_sizes = {}", array(sizes)),
                &ty,
            )
        }
        Op::DynamicUpdateSlice { x, update, starts } => {
            let operands: Vec<NodeId> = [*x, *update]
                .into_iter()
                .chain(starts.iter().copied())
                .collect();
            generic(g, &me, "dynamic_update_slice", &operands, "", &ty)
        }
        Op::Concatenate { xs, dim } => generic(
            g,
            &me,
            "concatenate",
            xs,
            &format!("dimension = {dim} : i64"),
            &ty,
        ),
        Op::DotGeneral { lhs, rhs, dims } => {
            let host = g.host_dots()
                && g.spec(*lhs).ty == ElementType::F32
                && g.spec(*rhs).ty == ElementType::F32
                && host_dot::plan(&g.spec(*lhs).dims, &g.spec(*rhs).dims, dims)
                    .is_some_and(|p| host_dot::worth(&p));
            if host {
                generic(
                    g,
                    &me,
                    "custom_call",
                    &[*lhs, *rhs],
                    &host_dot_attrs(dims, g.num_replicas()),
                    &ty,
                )
            } else if weight_first(g, *lhs, *rhs, dims) {
                weight_first_dot(g, id, *lhs, *rhs)
            } else {
                generic(g, &me, "dot_general", &[*lhs, *rhs], &dot_attrs(dims), &ty)
            }
        }
        Op::Reduce { x, dims, kind } => reduce(g, id, *x, dims, *kind),
        Op::Argmax { x, dim } => argmax(g, id, *x, *dim),
        Op::Gather { table, indices } => gather(g, id, *table, *indices),
        Op::ScatterAdd {
            operand,
            indices,
            updates,
        } => scatter_add(g, id, *operand, *indices, *updates),
        Op::RngBits { key, .. } => {
            let key_ty = g.spec(*key).mlir_type();
            format!(
                "    {p}_state, {me} = \"stablehlo.rng_bit_generator\"({}) {{rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>}} : ({key_ty}) -> ({key_ty}, {ty})\n",
                ssa(g, *key)
            )
        }
        Op::AllReduceSum(x) => {
            let n = g.num_replicas();
            let group: Vec<usize> = (0..n).collect();
            format!(
                "    {me} = \"stablehlo.all_reduce\"({}) ({{\n    {}}}) {{replica_groups = dense<[[{}]]> : tensor<1x{n}xi64>}} : ({ty}) -> {ty}\n",
                ssa(g, *x),
                binary_region(&p, node.spec.ty, "add"),
                ints(&group)
            )
        }
        Op::ReplicaId => format!("    {me} = \"stablehlo.replica_id\"() : () -> {ty}\n"),
    };
    out.push_str(&text);
    Ok(())
}

fn reduce(g: &Graph, id: NodeId, x: NodeId, dims: &[usize], kind: ReduceKind) -> String {
    let me = ssa(g, id);
    let p = local_prefix(id);
    let ety = g.spec(x).ty;
    let st = scalar_type(ety);
    let (init, op) = match kind {
        ReduceKind::Sum => (reduce_init(ety, false), "add"),
        ReduceKind::Max => (reduce_init(ety, true), "maximum"),
    };
    let mut s = format!("    {p}_init = stablehlo.constant dense<{init}> : {st}\n");
    let _ = write!(
        s,
        "    {me} = \"stablehlo.reduce\"({}, {p}_init) ({{\n    {}}}) {{dimensions = {}}} : ({}, {st}) -> {}\n",
        ssa(g, x),
        binary_region(&p, ety, op),
        array(dims),
        g.spec(x).mlir_type(),
        g.spec(id).mlir_type()
    );
    s
}

/// Argmax as a two-operand reduce over (value, index), first index on ties.
fn argmax(g: &Graph, id: NodeId, x: NodeId, dim: usize) -> String {
    let me = ssa(g, id);
    let p = local_prefix(id);
    let xs = g.spec(x);
    let (vt, it) = (scalar_type(xs.ty), scalar_type(ElementType::S32));
    let idx_ty = TensorSpec::new(ElementType::S32, &xs.dims).mlir_type();
    let out_v = TensorSpec::new(xs.ty, &g.spec(id).dims).mlir_type();
    let out_i = g.spec(id).mlir_type();
    let bt = scalar_type(ElementType::Pred);
    let cmp = |dir: &str, kind: &str, a: &str, b: &str, t: &str| {
        format!(
            "\"stablehlo.compare\"({a}, {b}) {{comparison_direction = #stablehlo<comparison_direction {dir}>, compare_type = #stablehlo<comparison_type {kind}>}} : ({t}, {t}) -> {bt}"
        )
    };
    let kind = if xs.ty.is_float() { "FLOAT" } else { "SIGNED" };
    let mut s = format!(
        "    {p}_iota = \"stablehlo.iota\"() {{iota_dimension = {dim} : i64}} : () -> {idx_ty}\n"
    );
    let _ = writeln!(
        s,
        "    {p}_vinit = stablehlo.constant dense<{}> : {vt}",
        reduce_init(xs.ty, true)
    );
    let _ = writeln!(s, "    {p}_iinit = stablehlo.constant dense<0> : {it}");
    let _ = write!(
        s,
        "    {p}_value, {me} = \"stablehlo.reduce\"({x}, {p}_iota, {p}_vinit, {p}_iinit) ({{\n\
         ^bb0({p}_av: {vt}, {p}_ai: {it}, {p}_bv: {vt}, {p}_bi: {it}):\n\
         \x20     {p}_gt = {gt}\n\
         \x20     {p}_eq = {eq}\n\
         \x20     {p}_lt = {lt}\n\
         \x20     {p}_tie = \"stablehlo.and\"({p}_eq, {p}_lt) : ({bt}, {bt}) -> {bt}\n\
         \x20     {p}_take = \"stablehlo.or\"({p}_gt, {p}_tie) : ({bt}, {bt}) -> {bt}\n\
         \x20     {p}_v = \"stablehlo.select\"({p}_take, {p}_av, {p}_bv) : ({bt}, {vt}, {vt}) -> {vt}\n\
         \x20     {p}_i = \"stablehlo.select\"({p}_take, {p}_ai, {p}_bi) : ({bt}, {it}, {it}) -> {it}\n\
         \x20     \"stablehlo.return\"({p}_v, {p}_i) : ({vt}, {it}) -> ()\n\
         \x20   }}) {{dimensions = {dims}}} : ({xt}, {idx_ty}, {vt}, {it}) -> ({out_v}, {out_i})\n",
        x = ssa(g, x),
        gt = cmp("GT", kind, &format!("{p}_av"), &format!("{p}_bv"), &vt),
        eq = cmp("EQ", kind, &format!("{p}_av"), &format!("{p}_bv"), &vt),
        lt = cmp("LT", "SIGNED", &format!("{p}_ai"), &format!("{p}_bi"), &it),
        dims = array(&[dim]),
        xt = xs.mlir_type(),
    );
    s
}

fn gather(g: &Graph, id: NodeId, table: NodeId, indices: NodeId) -> String {
    let k = g.spec(indices).dims.len();
    let d = g.spec(table).dims[1];
    let attrs = format!(
        "dimension_numbers = #stablehlo.gather<offset_dims = [{k}], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = {k}>, indices_are_sorted = false, slice_sizes = array<i64: 1, {d}>"
    );
    generic(
        g,
        &ssa(g, id),
        "gather",
        &[table, indices],
        &attrs,
        &g.spec(id).mlir_type(),
    )
}

fn scatter_add(g: &Graph, id: NodeId, operand: NodeId, indices: NodeId, updates: NodeId) -> String {
    let me = ssa(g, id);
    let p = local_prefix(id);
    let k = g.spec(indices).dims.len();
    let names = [operand, indices, updates].map(|n| ssa(g, n)).join(", ");
    let types = [operand, indices, updates]
        .map(|n| g.spec(n).mlir_type())
        .join(", ");
    format!(
        "    {me} = \"stablehlo.scatter\"({names}) ({{\n    {}}}) {{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [{k}], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = {k}>, unique_indices = false}} : ({types}) -> {}\n",
        binary_region(&p, g.spec(id).ty, "add"),
        g.spec(id).mlir_type()
    )
}
