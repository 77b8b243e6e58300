//! One StableHLO emission per primitive: the third exhaustive `match`.

use std::fmt::Write;

use super::literal::{dense, reduce_init};
use super::ssa;
use crate::error::Result;
use crate::graph::{BinaryOp, CmpDir, Graph, NodeId, Op, ReduceKind, UnaryOp};
use crate::runtime::{ElementType, TensorSpec};

/// Prefix for a node's helper values (`%n7_init`): SSA names that start
/// with a digit must be all digits.
pub(super) fn local_prefix(id: NodeId) -> String {
    format!("%n{}", id.index())
}

pub(super) fn ints<T: std::fmt::Display>(xs: &[T]) -> String {
    let v: Vec<String> = xs.iter().map(|x| x.to_string()).collect();
    v.join(", ")
}

/// `array<i64: 1, 2>` (or `array<i64>` when empty).
pub(super) fn array(xs: &[impl std::fmt::Display]) -> String {
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
pub(super) fn generic(
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
        Op::DotGeneral { lhs, rhs, dims } => super::dot::dot_general(g, id, *lhs, *rhs, dims),
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
