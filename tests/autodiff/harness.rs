//! The finite-difference harness: builds `L = sum(f(x) * w)` and its
//! gradients in one module, runs it on the CPU plugin at `x` and `x +- eps v`,
//! and compares `sum_i <dL/dx_i, v_i>` with the central difference.

use crate::common::{compile, cpu};
use rand::{rngs::StdRng, Rng, SeedableRng};
use ruse::autodiff::{vjp, vjp_with_seed};
use ruse::graph::{DotDims, Graph, NodeId};
use ruse::runtime::{Client, ElementType, Executable, HostTensor, TensorSpec};
use ruse::Result;

/// Where an input's random values come from.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Domain {
    /// Uniform in `[lo, hi)`.
    Range(f64, f64),
    /// `k / 4 + offset` for an integer `k` in `-8..=8`: inputs with different
    /// offsets never tie, and none lies within `offset` of a multiple of 1/4.
    Lattice(f64),
}

pub(crate) struct Input {
    dims: Vec<i64>,
    domain: Domain,
}

pub(crate) fn any(dims: &[i64]) -> Input {
    Input {
        dims: dims.to_vec(),
        domain: Domain::Range(-1.0, 1.0),
    }
}

pub(crate) fn positive(dims: &[i64]) -> Input {
    Input {
        dims: dims.to_vec(),
        domain: Domain::Range(0.5, 2.0),
    }
}

pub(crate) fn lattice(dims: &[i64], offset: f64) -> Input {
    Input {
        dims: dims.to_vec(),
        domain: Domain::Lattice(offset),
    }
}

pub(crate) fn range(dims: &[i64], lo: f64, hi: f64) -> Input {
    Input {
        dims: dims.to_vec(),
        domain: Domain::Range(lo, hi),
    }
}

fn sample(rng: &mut StdRng, input: &Input) -> Vec<f64> {
    let n: i64 = input.dims.iter().product();
    (0..n)
        .map(|_| match input.domain {
            Domain::Range(lo, hi) => rng.random_range(lo..hi),
            Domain::Lattice(offset) => rng.random_range(-8i32..=8) as f64 / 4.0 + offset,
        })
        .collect()
}

pub(crate) fn f64_spec(dims: &[i64]) -> TensorSpec {
    TensorSpec::new(ElementType::F64, dims)
}

/// How the loss is formed and how close the finite difference must be.
#[derive(Clone, Copy)]
pub(crate) struct Check {
    pub(crate) eps: f64,
    pub(crate) rtol: f64,
    /// Absolute slack, for the rounding error of the loss itself.
    pub(crate) atol: f64,
    /// Differentiate `y` with the seed `w` (`vjp_with_seed`) instead of
    /// `sum(y * w)` with ones.
    pub(crate) seeded: bool,
}

pub(crate) const DEFAULT: Check = Check {
    eps: 1e-5,
    rtol: 1e-6,
    atol: 1e-9,
    seeded: false,
};

/// Builds `L = sum(f(x) * w)` and `dL/dx` for every input; outputs `L` then
/// the gradients. Parameters: the inputs, then `w`.
fn build(
    inputs: &[Input],
    check: Check,
    f: &dyn Fn(&mut Graph, &[NodeId]) -> Result<NodeId>,
) -> Result<(Graph, TensorSpec)> {
    let mut g = Graph::new("grad_check");
    let xs: Vec<NodeId> = inputs
        .iter()
        .enumerate()
        .map(|(i, x)| g.parameter(&format!("x{i}"), f64_spec(&x.dims)))
        .collect::<Result<_>>()?;
    let y = f(&mut g, &xs)?;
    let w_spec = g.spec(y).clone();
    let w = g.parameter("w", w_spec.clone())?;
    let yw = g.mul(y, w)?;
    let loss = g.sum_all(yw)?;
    let grads = match check.seeded {
        true => vjp_with_seed(&mut g, y, w, &xs)?,
        false => vjp(&mut g, loss, &xs)?,
    };
    g.output(loss);
    for (grad, x) in grads.iter().zip(&xs) {
        assert_eq!(g.spec(*grad), g.spec(*x), "gradient type");
        g.output(*grad);
    }
    Ok((g, w_spec))
}

/// Runs the module; returns every output as f64s.
pub(crate) fn run(client: &Client, exe: &Executable, args: &[(&[f64], &[i64])]) -> Vec<Vec<f64>> {
    let buffers: Vec<_> = args
        .iter()
        .map(|(data, dims)| {
            client
                .upload(&HostTensor::new(data, dims).unwrap(), 0)
                .unwrap()
        })
        .collect();
    let refs: Vec<_> = buffers.iter().collect();
    let out = exe.execute1(&refs).expect("execute");
    out.iter()
        .map(|b| b.to_host().unwrap().to_vec::<f64>().unwrap())
        .collect()
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn seed() -> u64 {
    match std::env::var("AUTODIFF_SEED") {
        Ok(s) => s.parse().expect("AUTODIFF_SEED is a u64"),
        Err(_) => rand::rng().random(),
    }
}

pub(crate) fn grad_check(
    name: &str,
    inputs: &[Input],
    f: impl Fn(&mut Graph, &[NodeId]) -> Result<NodeId>,
) {
    grad_check_with(name, inputs, DEFAULT, f)
}

/// `sum_i <dL/dx_i, v_i>` against `(L(x + eps v) - L(x - eps v)) / 2 eps`.
pub(crate) fn grad_check_with(
    name: &str,
    inputs: &[Input],
    check: Check,
    f: impl Fn(&mut Graph, &[NodeId]) -> Result<NodeId>,
) {
    let (g, w_spec) = build(inputs, check, &f).unwrap_or_else(|e| panic!("{name}: {e}"));
    let text = ruse::emit::emit(&g).unwrap_or_else(|e| panic!("{name}: emit: {e}\n{g}"));
    let client = cpu(1);
    let exe = compile(&client, &text, 1);
    let seed = seed();
    let mut rng = StdRng::seed_from_u64(seed);
    let xs: Vec<Vec<f64>> = inputs.iter().map(|x| sample(&mut rng, x)).collect();
    let w = sample(&mut rng, &any(&w_spec.dims));
    let vs: Vec<Vec<f64>> = inputs
        .iter()
        .map(|x| sample(&mut rng, &any(&x.dims)))
        .collect();
    let loss_at = |scale: f64| -> Vec<Vec<f64>> {
        let moved: Vec<Vec<f64>> = xs
            .iter()
            .zip(&vs)
            .map(|(x, v)| x.iter().zip(v).map(|(a, b)| a + scale * b).collect())
            .collect();
        let mut args: Vec<(&[f64], &[i64])> = moved
            .iter()
            .zip(inputs)
            .map(|(m, i)| (m.as_slice(), i.dims.as_slice()))
            .collect();
        args.push((&w, &w_spec.dims));
        run(&client, &exe, &args)
    };
    let out = loss_at(0.0);
    let analytic: f64 = out[1..].iter().zip(&vs).map(|(gr, v)| dot(gr, v)).sum();
    let (plus, minus) = (loss_at(check.eps)[0][0], loss_at(-check.eps)[0][0]);
    let numeric = (plus - minus) / (2.0 * check.eps);
    let tol = check.rtol * analytic.abs().max(numeric.abs()) + check.atol;
    assert!(
        (analytic - numeric).abs() <= tol,
        "{name}: gradient {analytic} vs finite difference {numeric} (|diff| {:e} > {tol:e})\n\
         seed {seed} (AUTODIFF_SEED={seed} replays it)\ninputs {xs:?}\nw {w:?}\nv {vs:?}\n\
         gradients {:?}\n{g}\n{text}",
        (analytic - numeric).abs(),
        &out[1..],
    );
}

pub(crate) fn s32(g: &mut Graph, data: &[i32], dims: &[i64]) -> Result<NodeId> {
    g.constant(HostTensor::new(data, dims)?)
}

pub(crate) fn dot_dims(lb: &[usize], rb: &[usize], lc: &[usize], rc: &[usize]) -> DotDims {
    DotDims {
        lhs_batch: lb.to_vec(),
        rhs_batch: rb.to_vec(),
        lhs_contract: lc.to_vec(),
        rhs_contract: rc.to_vec(),
    }
}
