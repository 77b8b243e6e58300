//! The shape of gradient graphs: frozen operands cost nothing, gather's
//! gradient is a scatter-add, outputs independent of `x` give zeros, bad
//! arguments are errors.

use crate::common::{compile, cpu};
use crate::harness::{f64_spec, run, s32};
use ruse::autodiff::{vjp, vjp_with_seed};
use ruse::graph::{Graph, Op};
use ruse::runtime::{ElementType, TensorSpec};

fn new_nodes(g: &Graph, from: usize) -> Vec<&Op> {
    g.nodes()[from..].iter().map(|n| &n.op).collect()
}

#[test]
fn frozen_operand_costs_nothing() {
    let mut g = Graph::new("frozen");
    let a = g.parameter("a", f64_spec(&[2, 3])).unwrap();
    let b0 = g.parameter("b0", f64_spec(&[3, 4])).unwrap();
    let b = g.tanh(b0).unwrap();
    let y = g.matmul(a, b).unwrap();
    let loss = g.sum_all(y).unwrap();
    let before = g.len();
    let grads = vjp(&mut g, loss, &[a]).unwrap();
    let added = new_nodes(&g, before);
    let dots = added
        .iter()
        .filter(|op| matches!(op, Op::DotGeneral { .. }))
        .count();
    assert_eq!(dots, 1, "one dot_general for a's gradient\n{g}");
    for op in &added {
        let inputs = op.inputs();
        assert!(
            !inputs.contains(&b0) && !inputs.contains(&a),
            "{} touches a frozen path\n{g}",
            op.name()
        );
    }
    assert_eq!(g.spec(grads[0]), g.spec(a));
}

#[test]
fn gather_gradient_is_scatter_add() {
    let mut g = Graph::new("embed");
    let table = g.parameter("table", f64_spec(&[10, 4])).unwrap();
    let idx = s32(&mut g, &[3, 7, 3], &[3]).unwrap();
    let rows = g.gather(table, idx).unwrap();
    let loss = g.sum_all(rows).unwrap();
    let before = g.len();
    vjp(&mut g, loss, &[table]).unwrap();
    let added = new_nodes(&g, before);
    assert!(
        added.iter().any(|op| matches!(op, Op::ScatterAdd { .. })),
        "{g}"
    );
    assert!(
        !added.iter().any(|op| matches!(op, Op::DotGeneral { .. })),
        "{g}"
    );
}

#[test]
fn independent_output_gives_zeros() {
    let mut g = Graph::new("independent");
    let x = g.parameter("x", f64_spec(&[2, 3])).unwrap();
    let z = g.parameter("z", f64_spec(&[4])).unwrap();
    let e = g.exp(z).unwrap();
    let loss = g.sum_all(e).unwrap();
    let before = g.len();
    let grads = vjp(&mut g, loss, &[x]).unwrap();
    assert!(g.len() - before <= 2, "only the seed and the zeros\n{g}");
    assert!(matches!(g.node(grads[0]).op, Op::Constant { .. }), "{g}");
    g.output(grads[0]);
    let client = cpu(1);
    let exe = compile(&client, &ruse::emit::emit(&g).unwrap(), 1);
    let out = run(&client, &exe, &[(&[1.0; 6], &[2, 3]), (&[0.5; 4], &[4])]);
    assert_eq!(out[0], vec![0.0; 6]);
}

#[test]
fn integer_paths_get_zero_gradients() {
    let mut g = Graph::new("integer");
    let i = g
        .parameter("i", TensorSpec::new(ElementType::S32, &[3]))
        .unwrap();
    let x = g.parameter("x", f64_spec(&[3])).unwrap();
    let fi = g.convert(i, ElementType::F64).unwrap();
    let xi = g.convert(x, ElementType::S32).unwrap();
    let xf = g.convert(xi, ElementType::F64).unwrap();
    let y = g.mul(fi, xf).unwrap();
    let loss = g.sum_all(y).unwrap();
    let grads = vjp(&mut g, loss, &[i, x]).unwrap();
    for (grad, w) in grads.iter().zip([i, x]) {
        assert_eq!(g.spec(*grad), g.spec(w));
        assert!(matches!(g.node(*grad).op, Op::Constant { .. }), "{g}");
    }
}

#[test]
fn wrt_the_output_and_repeated_wrt() {
    let mut g = Graph::new("self");
    let x = g.parameter("x", f64_spec(&[2])).unwrap();
    let grads = vjp(&mut g, x, &[x, x]).unwrap();
    assert_eq!(grads[0], grads[1]);
    assert!(matches!(g.node(grads[0]).op, Op::Constant { .. }));
}

#[test]
fn bad_arguments_are_errors() {
    let mut g = Graph::new("bad");
    let x = g.parameter("x", f64_spec(&[2])).unwrap();
    let s = g.sum_all(x).unwrap();
    let wrong_seed = g.zeros(&f64_spec(&[2])).unwrap();
    assert!(vjp_with_seed(&mut g, s, wrong_seed, &[x]).is_err());
    let mut other = Graph::new("other");
    let far = (0..5)
        .map(|_| other.scalar(1.0, ElementType::F64).unwrap())
        .last()
        .unwrap();
    assert!(vjp(&mut g, far, &[x]).is_err());
    assert!(vjp(&mut g, s, &[far]).is_err());
}

#[test]
fn wrt_after_the_output_gets_zeros() {
    let mut g = Graph::new("later");
    let x = g.parameter("x", f64_spec(&[2])).unwrap();
    let y = g.exp(x).unwrap();
    let grads = vjp(&mut g, x, &[y, x]).unwrap();
    assert!(matches!(g.node(grads[0]).op, Op::Constant { .. }), "{g}");
    assert_eq!(g.spec(grads[0]), g.spec(y));
}
