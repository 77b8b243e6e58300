//! A two-layer MLP trained by one compiled step (forward, vjp, SGD update in
//! one module, parameters donated and kept on the device) must cut its loss
//! on a synthetic regression at least tenfold.

mod common;

use ndarray::{Array, Array2, IxDyn};
use rand::{rngs::StdRng, Rng, SeedableRng};
use ruse::autodiff::vjp;
use ruse::graph::Graph;
use ruse::runtime::{CompileOptions, ElementType, HostTensor, TensorSpec};

const N: usize = 64;
const D_IN: usize = 4;
const HIDDEN: usize = 32;

fn f32s(dims: &[usize]) -> TensorSpec {
    let d: Vec<i64> = dims.iter().map(|x| *x as i64).collect();
    TensorSpec::new(ElementType::F32, &d)
}

/// `x [N, D_IN], y [N, 1], w1, b1, w2, b2 -> loss, w1', b1', w2', b2'`.
fn train_step(lr: f64) -> Graph {
    let mut g = Graph::new("mlp_step");
    let x = g.parameter("x", f32s(&[N, D_IN])).unwrap();
    let y = g.parameter("y", f32s(&[N, 1])).unwrap();
    let shapes: [&[usize]; 4] = [&[D_IN, HIDDEN], &[HIDDEN], &[HIDDEN, 1], &[1]];
    let names = ["w1", "b1", "w2", "b2"];
    let params: Vec<_> = names
        .iter()
        .zip(shapes)
        .map(|(n, s)| g.parameter(n, f32s(s)).unwrap())
        .collect();
    let h = g.matmul(x, params[0]).unwrap();
    let h = g.add(h, params[1]).unwrap();
    let h = g.tanh(h).unwrap();
    let pred = g.matmul(h, params[2]).unwrap();
    let pred = g.add(pred, params[3]).unwrap();
    let err = g.sub(pred, y).unwrap();
    let sq = g.mul(err, err).unwrap();
    let total = g.sum_all(sq).unwrap();
    let loss = g.mul_scalar(total, 1.0 / N as f64).unwrap();
    let grads = vjp(&mut g, loss, &params).unwrap();
    g.output(loss);
    for (p, grad) in params.iter().zip(&grads) {
        let step = g.mul_scalar(*grad, lr).unwrap();
        let updated = g.sub(*p, step).unwrap();
        let out = g.output(updated);
        g.donate(*p, out).unwrap();
    }
    g
}

fn init(rng: &mut StdRng, dims: &[usize], scale: f64) -> HostTensor {
    let a = Array::from_shape_fn(IxDyn(dims), |_| {
        (rng.random_range(-1.0..1.0) * scale) as f32
    });
    HostTensor::from_array(&a)
}

#[test]
fn compiled_sgd_step_cuts_the_loss_tenfold() {
    let mut rng = StdRng::seed_from_u64(rand::rng().random());
    // Target: a smooth nonlinear function of the inputs.
    let x = Array2::from_shape_fn((N, D_IN), |_| rng.random_range(-1.0f32..1.0));
    let y = Array2::from_shape_fn((N, 1), |(i, _)| {
        (x[[i, 0]] * 2.0).sin() + x[[i, 1]] * x[[i, 2]] - 0.5 * x[[i, 3]]
    });
    let client = common::cpu(1);
    let g = train_step(0.1);
    let text = ruse::emit::emit(&g).unwrap();
    assert!(
        text.contains("tf.aliasing_output"),
        "parameters are donated"
    );
    let exe = client.compile(&text, CompileOptions::default()).unwrap();
    let xb = client.upload(&HostTensor::from_array(&x), 0).unwrap();
    let yb = client.upload(&HostTensor::from_array(&y), 0).unwrap();
    let shapes: [&[usize]; 4] = [&[D_IN, HIDDEN], &[HIDDEN], &[HIDDEN, 1], &[1]];
    let mut params: Vec<_> = shapes
        .iter()
        .map(|s| client.upload(&init(&mut rng, s, 0.5), 0).unwrap())
        .collect();
    let mut losses = Vec::new();
    for _ in 0..1500 {
        let mut args = vec![&xb, &yb];
        args.extend(params.iter());
        let mut out = exe.execute1(&args).unwrap();
        losses.push(out[0].to_host().unwrap().to_scalar::<f32>().unwrap());
        params = out.split_off(1);
    }
    let (first, last) = (losses[0], *losses.last().unwrap());
    eprintln!("loss {first:.4} -> {last:.5}");
    assert!(
        last.is_finite() && first / last >= 10.0,
        "loss fell only from {first} to {last}"
    );
}
