//! Reverse-mode autodiff: every differentiable primitive's gradient checked
//! against central finite differences in f64, in a random direction, on the
//! real CPU plugin; plus the structure of the gradient graphs (frozen operands
//! cost nothing, gather's gradient is a scatter-add, independence gives zeros).
//!
//! Inputs are fresh random numbers each run; `AUTODIFF_SEED=<u64>` replays one.

mod common;
#[path = "autodiff/harness.rs"]
mod harness;
#[path = "autodiff/structure.rs"]
mod structure;

use harness::{
    any, dot_dims, grad_check, grad_check_with, lattice, positive, range, s32, Check, Input,
    DEFAULT,
};
use ruse::graph::{CmpDir, Graph, NodeId, Op, UnaryOp};
use ruse::runtime::{ElementType, HostTensor};
use ruse::Result;

// ---- elementwise -------------------------------------------------------------

fn unary_check(u: UnaryOp, input: Input) {
    grad_check(&format!("{u:?}"), &[input], |g, x| g.unary(u, x[0]));
}

#[test]
fn unary_ops() {
    unary_check(UnaryOp::Neg, any(&[2, 3]));
    unary_check(UnaryOp::Abs, lattice(&[2, 3], 0.1));
    unary_check(UnaryOp::Sign, lattice(&[2, 3], 0.1));
    unary_check(UnaryOp::Exp, any(&[2, 3]));
    unary_check(UnaryOp::Log, positive(&[2, 3]));
    unary_check(UnaryOp::Log1p, range(&[2, 3], -0.5, 2.0));
    unary_check(UnaryOp::Tanh, any(&[2, 3]));
    unary_check(UnaryOp::Logistic, range(&[2, 3], -3.0, 3.0));
    unary_check(UnaryOp::Sqrt, positive(&[2, 3]));
    unary_check(UnaryOp::Rsqrt, positive(&[2, 3]));
    unary_check(UnaryOp::Cos, range(&[2, 3], -4.0, 4.0));
    unary_check(UnaryOp::Sin, range(&[2, 3], -4.0, 4.0));
}

#[test]
fn add_sub_mul_div() {
    grad_check("add", &[any(&[2, 3]), any(&[2, 3])], |g, x| {
        g.add(x[0], x[1])
    });
    grad_check("sub", &[any(&[2, 3]), any(&[2, 3])], |g, x| {
        g.sub(x[0], x[1])
    });
    grad_check("mul", &[any(&[2, 3]), any(&[2, 3])], |g, x| {
        g.mul(x[0], x[1])
    });
    grad_check("div", &[any(&[2, 3]), positive(&[2, 3])], |g, x| {
        g.div(x[0], x[1])
    });
}

#[test]
fn binary_ops_with_numpy_broadcasting() {
    grad_check("add [2,3]+[3]", &[any(&[2, 3]), any(&[3])], |g, x| {
        g.add(x[0], x[1])
    });
    grad_check(
        "mul [4,1,3]*[2,1]",
        &[any(&[4, 1, 3]), any(&[2, 1])],
        |g, x| g.mul(x[0], x[1]),
    );
    grad_check("div [2,3]/[]", &[any(&[2, 3]), positive(&[])], |g, x| {
        g.div(x[0], x[1])
    });
}

#[test]
fn max_min_pow() {
    let (a, b) = (lattice(&[3, 4], 0.03), lattice(&[3, 4], 0.07));
    grad_check("max", &[a, b], |g, x| g.max(x[0], x[1]));
    let (a, b) = (lattice(&[3, 4], 0.03), lattice(&[3, 4], 0.07));
    grad_check("min", &[a, b], |g, x| g.min(x[0], x[1]));
    grad_check("pow", &[positive(&[2, 3]), any(&[2, 3])], |g, x| {
        g.pow(x[0], x[1])
    });
}

#[test]
fn select_routes_to_branches() {
    let inputs = [any(&[2, 5]), any(&[2, 5]), any(&[2, 5])];
    grad_check("select", &inputs, |g, x| {
        let p = g.compare_scalar(CmpDir::Gt, x[2], 0.0)?;
        g.select(p, x[0], x[1])
    });
    grad_check("select scalar pred", &[any(&[3]), any(&[3])], |g, x| {
        let p = g.constant(HostTensor::scalar(false))?;
        g.select(p, x[0], x[1])
    });
}

#[test]
fn clamp_with_scalar_and_full_bounds() {
    let inputs = [
        range(&[], -0.6, -0.55),
        lattice(&[3, 4], 0.03),
        range(&[], 0.4, 0.45),
    ];
    grad_check("clamp scalar bounds", &inputs, |g, x| {
        g.clamp(x[0], x[1], x[2])
    });
    let inputs = [
        range(&[6], -1.2, -0.1),
        lattice(&[6], 0.03),
        range(&[6], 0.1, 1.2),
    ];
    grad_check("clamp full bounds", &inputs, |g, x| {
        g.clamp(x[0], x[1], x[2])
    });
    // Bounds that cross (min > max somewhere): the result is then max.
    let inputs = [
        lattice(&[8], 0.11),
        lattice(&[8], 0.03),
        lattice(&[8], 2.07),
    ];
    grad_check("clamp crossed bounds", &inputs, |g, x| {
        g.clamp(x[0], x[1], x[2])
    });
}

#[test]
fn convert_between_floats() {
    grad_check("convert f64->f64", &[any(&[4])], |g, x| {
        g.push(Op::Convert(x[0], ElementType::F64))
    });
    // Through f32 the loss is rounded to ~1e-7, so the difference quotient
    // is only good to ~1e-5.
    let check = Check {
        eps: 1e-2,
        rtol: 1e-4,
        atol: 1e-4,
        ..DEFAULT
    };
    grad_check_with("convert f64->f32->f64", &[any(&[4])], check, |g, x| {
        let y = g.convert(x[0], ElementType::F32)?;
        let y = g.mul(y, y)?;
        g.convert(y, ElementType::F64)
    });
}

// ---- shapes --------------------------------------------------------------------

#[test]
fn broadcast_in_dim_sums_added_and_expanded_dims() {
    grad_check("broadcast added dims", &[any(&[3])], |g, x| {
        g.broadcast_in_dim(x[0], &[1], &[2, 3, 4])
    });
    grad_check("broadcast expanded", &[any(&[2, 1, 3])], |g, x| {
        g.broadcast_in_dim(x[0], &[0, 1, 3], &[2, 4, 5, 3])
    });
    grad_check("broadcast unsorted dims", &[any(&[3, 1])], |g, x| {
        g.broadcast_in_dim(x[0], &[2, 0], &[4, 5, 3])
    });
    grad_check("broadcast as transpose", &[any(&[2, 3])], |g, x| {
        g.broadcast_in_dim(x[0], &[1, 0], &[3, 2])
    });
    grad_check("broadcast scalar", &[any(&[])], |g, x| {
        g.broadcast_in_dim(x[0], &[], &[2, 3])
    });
}

#[test]
fn reshape_and_transpose() {
    grad_check("reshape", &[any(&[2, 6])], |g, x| {
        g.reshape(x[0], &[3, 2, 2])
    });
    grad_check("transpose", &[any(&[2, 3, 4])], |g, x| {
        g.transpose(x[0], &[2, 0, 1])
    });
}

#[test]
fn slice_with_strides() {
    grad_check("slice", &[any(&[5, 4])], |g, x| {
        g.slice(x[0], &[1, 0], &[4, 3], &[1, 1])
    });
    grad_check("strided slice", &[any(&[7, 5])], |g, x| {
        g.slice(x[0], &[1, 0], &[6, 5], &[2, 3])
    });
    grad_check("strided slice, uneven end", &[any(&[8, 6])], |g, x| {
        g.slice(x[0], &[2, 1], &[7, 4], &[3, 2])
    });
}

#[test]
fn pad_operand_and_value() {
    grad_check("pad", &[any(&[2, 3]), any(&[])], |g, x| {
        g.pad(x[0], x[1], &[1, 0], &[2, 1], &[0, 0])
    });
    grad_check("pad interior", &[any(&[3, 2]), any(&[])], |g, x| {
        g.pad(x[0], x[1], &[0, 2], &[1, 0], &[1, 2])
    });
    grad_check("pad negative", &[any(&[4, 5]), any(&[])], |g, x| {
        g.pad(x[0], x[1], &[-1, 2], &[1, -2], &[1, 0])
    });
}

#[test]
fn dynamic_slice_and_update() {
    grad_check("dynamic_slice", &[any(&[5, 4])], |g, x| {
        let (i, j) = (s32(g, &[2], &[])?, s32(g, &[1], &[])?);
        g.dynamic_slice(x[0], &[i, j], &[2, 3])
    });
    grad_check(
        "dynamic_update_slice",
        &[any(&[5, 4]), any(&[2, 2])],
        |g, x| {
            let (i, j) = (s32(g, &[3], &[])?, s32(g, &[1], &[])?);
            g.dynamic_update_slice(x[0], x[1], &[i, j])
        },
    );
}

#[test]
fn concatenate_slices_back() {
    let inputs = [any(&[2, 3]), any(&[2, 1]), any(&[2, 2])];
    grad_check("concatenate", &inputs, |g, x| {
        g.concatenate(&[x[0], x[1], x[0], x[2]], 1)
    });
}

// ---- contractions and reductions ---------------------------------------------

#[test]
fn dot_general_matmul() {
    grad_check("matmul", &[any(&[2, 3]), any(&[3, 4])], |g, x| {
        g.matmul(x[0], x[1])
    });
    grad_check(
        "batched matmul",
        &[any(&[2, 3, 4]), any(&[2, 4, 5])],
        |g, x| g.matmul(x[0], x[1]),
    );
}

#[test]
fn dot_general_multi_contract() {
    grad_check(
        "[2,3,4]x[3,4,5] over [1,2]/[0,1]",
        &[any(&[2, 3, 4]), any(&[3, 4, 5])],
        |g, x| g.dot_general(x[0], x[1], dot_dims(&[], &[], &[1, 2], &[0, 1])),
    );
    grad_check(
        "[2,3,4]x[4,3,5] over [1,2]/[1,0]",
        &[any(&[2, 3, 4]), any(&[4, 3, 5])],
        |g, x| g.dot_general(x[0], x[1], dot_dims(&[], &[], &[1, 2], &[1, 0])),
    );
    grad_check(
        "[5,3,2,4]x[4,6,3] over [3,1]/[0,2]",
        &[any(&[5, 3, 2, 4]), any(&[4, 6, 3])],
        |g, x| g.dot_general(x[0], x[1], dot_dims(&[], &[], &[3, 1], &[0, 2])),
    );
}

#[test]
fn dot_general_batch_not_leading() {
    grad_check(
        "lhs_batch [1]",
        &[any(&[3, 2, 4]), any(&[4, 2, 5])],
        |g, x| g.dot_general(x[0], x[1], dot_dims(&[1], &[1], &[2], &[0])),
    );
    let inputs = [any(&[4, 3, 2, 5]), any(&[5, 2, 6, 3])];
    grad_check("two batch dims, swapped", &inputs, |g, x| {
        g.dot_general(x[0], x[1], dot_dims(&[2, 1], &[1, 3], &[3], &[0]))
    });
}

#[test]
fn reduce_sum_and_max() {
    grad_check("reduce_sum", &[any(&[2, 3, 4])], |g, x| {
        g.reduce_sum(x[0], &[0, 2])
    });
    grad_check("reduce_max", &[any(&[3, 5])], |g, x| {
        g.reduce_max(x[0], &[1])
    });
    grad_check("reduce_max all", &[any(&[2, 3, 2])], |g, x| {
        g.reduce_max(x[0], &[0, 1, 2])
    });
}

#[test]
fn gather_and_scatter_add() {
    grad_check("gather", &[any(&[6, 3])], |g, x| {
        let idx = s32(g, &[1, 4, 1, 0, 5, 1], &[2, 3])?;
        g.gather(x[0], idx)
    });
    grad_check("scatter_add", &[any(&[5, 2]), any(&[4, 2])], |g, x| {
        let idx = s32(g, &[3, 0, 3, 1], &[4])?;
        g.scatter_add(x[0], idx, x[1])
    });
}

#[test]
fn all_reduce_sum_on_one_replica() {
    grad_check("all_reduce_sum", &[any(&[3, 2])], |g, x| {
        g.all_reduce_sum(x[0])
    });
}

#[test]
fn composite_chain_and_seeded_vjp() {
    // log-softmax: reuses x along several paths.
    let log_softmax = |g: &mut Graph, x: &[NodeId]| -> Result<NodeId> {
        let m = g.reduce_keepdims(x[0], &[1], ruse::graph::ReduceKind::Max)?;
        let z = g.sub(x[0], m)?;
        let e = g.exp(z)?;
        let s = g.reduce_keepdims(e, &[1], ruse::graph::ReduceKind::Sum)?;
        let l = g.log(s)?;
        let t = g.tanh(x[1])?;
        let zl = g.sub(z, l)?;
        g.mul(zl, t)
    };
    grad_check(
        "log_softmax * tanh",
        &[any(&[3, 5]), any(&[5])],
        log_softmax,
    );
    let seeded = Check {
        seeded: true,
        ..DEFAULT
    };
    grad_check_with(
        "seeded vjp",
        &[any(&[3, 5]), any(&[5])],
        seeded,
        log_softmax,
    );
}
