//! ruse's own matrix-product kernel inside CPU programs (`runtime::host_dot`):
//! products emitted as `stablehlo.custom_call @ruse_dot` give what XLA's
//! `dot_general` gives, on the real CPU plugin.

mod common;

use common::{assert_close, random};

use ndarray::ArrayD;
use ruse::graph::{DotDims, Graph};
use ruse::runtime::{ElementType, HostTensor, TensorSpec};

fn f32_spec(dims: &[usize]) -> TensorSpec {
    TensorSpec::new(
        ElementType::F32,
        &dims.iter().map(|&d| d as i64).collect::<Vec<_>>(),
    )
}

fn dd(lb: &[usize], rb: &[usize], lc: &[usize], rc: &[usize]) -> DotDims {
    DotDims {
        lhs_batch: lb.to_vec(),
        rhs_batch: rb.to_vec(),
        lhs_contract: lc.to_vec(),
        rhs_contract: rc.to_vec(),
    }
}

/// The product emitted with or without the kernel: the program text and its result.
fn product(
    lhs: &[usize],
    rhs: &[usize],
    dims: &DotDims,
    host: bool,
    inputs: &[HostTensor],
) -> (String, ArrayD<f64>) {
    let mut g = Graph::new("dot");
    g.set_host_dots(host);
    let a = g.parameter("a", f32_spec(lhs)).unwrap();
    let b = g.parameter("b", f32_spec(rhs)).unwrap();
    let y = g.dot_general(a, b, dims.clone()).unwrap();
    g.output(y);
    let text = ruse::emit::emit(&g).unwrap();
    let out = common::run_graph(&g, inputs);
    (text, out[0].to_array::<f32>().unwrap().mapv(f64::from))
}

/// Each layout of a transformer step's products, through the kernel and
/// through XLA, on the same random operands.
#[test]
fn the_kernel_computes_what_xla_computes() {
    let cases: Vec<(&str, Vec<usize>, Vec<usize>, DotDims)> = vec![
        (
            "x · Wᵀ",
            vec![70, 33],
            vec![45, 33],
            dd(&[], &[], &[1], &[1]),
        ),
        (
            "x · W",
            vec![70, 33],
            vec![33, 45],
            dd(&[], &[], &[1], &[0]),
        ),
        (
            "xᵀ · dY",
            vec![70, 33],
            vec![70, 45],
            dd(&[], &[], &[0], &[0]),
        ),
        (
            "W · xᵀ",
            vec![300, 16],
            vec![9, 16],
            dd(&[], &[], &[1], &[1]),
        ),
        (
            "3-D x · Wᵀ",
            vec![3, 10, 33],
            vec![45, 33],
            dd(&[], &[], &[2], &[1]),
        ),
        (
            "weight gradient over two dims",
            vec![3, 10, 33],
            vec![3, 10, 45],
            dd(&[], &[], &[0, 1], &[0, 1]),
        ),
        (
            "attention scores",
            vec![2, 7, 3, 8],
            vec![2, 9, 3, 8],
            dd(&[0, 2], &[0, 2], &[3], &[3]),
        ),
        (
            "attention context",
            vec![2, 3, 7, 9],
            vec![2, 9, 3, 8],
            dd(&[0, 1], &[0, 2], &[3], &[1]),
        ),
        (
            "matrix · vector",
            vec![20, 33],
            vec![33],
            dd(&[], &[], &[1], &[0]),
        ),
        ("outer product", vec![20], vec![7], dd(&[], &[], &[], &[])),
    ];
    for (what, lhs, rhs, dims) in cases {
        let inputs = [
            HostTensor::from_array(&random(&lhs, -1.0, 1.0).mapv(|v| v as f32)),
            HostTensor::from_array(&random(&rhs, -1.0, 1.0).mapv(|v| v as f32)),
        ];
        let (host_text, host) = product(&lhs, &rhs, &dims, true, &inputs);
        let (xla_text, xla) = product(&lhs, &rhs, &dims, false, &inputs);
        assert!(
            host_text.contains("@ruse_dot") || host_text.contains("\"ruse_dot\""),
            "{what}: {host_text}"
        );
        assert!(!xla_text.contains("ruse_dot"), "{what}");
        assert_close(&host, &xla, 1e-5, what);
    }
}

/// A product whose contracting dimensions are not one strided axis of an
/// operand stays a `dot_general`.
#[test]
fn products_the_kernel_cannot_take_stay_with_xla() {
    let dims = dd(&[], &[], &[1, 2], &[1, 0]);
    let (lhs, rhs) = (vec![2, 3, 4], vec![4, 3, 6]);
    let inputs = [
        HostTensor::from_array(&random(&lhs, -1.0, 1.0).mapv(|v| v as f32)),
        HostTensor::from_array(&random(&rhs, -1.0, 1.0).mapv(|v| v as f32)),
    ];
    let (text, _) = product(&lhs, &rhs, &dims, true, &inputs);
    assert!(!text.contains("ruse_dot"), "{text}");
    assert!(text.contains("dot_general"), "{text}");
}

/// Which of a t5-small step's products the kernel takes (`host_dot::worth`,
/// by the per-product timings in the README): batched ones, those with few
/// rows and thin contractions; XLA keeps the tall, wide ones.
#[test]
fn the_kernel_takes_the_products_it_runs_faster() {
    use ruse::runtime::host_dot::{plan, worth};
    let takes = |lhs: &[i64], rhs: &[i64], dims: DotDims| worth(&plan(lhs, rhs, &dims).unwrap());
    // Batched attention scores: 256 products of [128, 64] · [64, 128].
    let scores = plan(
        &[32, 128, 8, 64],
        &[32, 128, 8, 64],
        &dd(&[0, 2], &[0, 2], &[3], &[3]),
    )
    .unwrap();
    assert_eq!(
        (scores.batch_count(), scores.m, scores.k, scores.n),
        (256, 128, 64, 128)
    );
    assert_eq!(
        (scores.lhs_m, scores.lhs_k, scores.rhs_k, scores.rhs_n),
        (512, 1, 1, 512)
    );
    assert!(worth(&scores));
    // The decoder's rows, the weight gradients' transposed products, the
    // adapters' bottleneck.
    assert!(takes(&[256, 512], &[512, 2048], dd(&[], &[], &[1], &[0])));
    assert!(takes(&[4096, 512], &[4096, 16], dd(&[], &[], &[0], &[0])));
    assert!(takes(&[4096, 16], &[16, 512], dd(&[], &[], &[1], &[0])));
    // The encoder's projections and feed-forward stay with XLA.
    assert!(!takes(&[4096, 512], &[512, 2048], dd(&[], &[], &[1], &[0])));
    assert!(!takes(&[4096, 512], &[512, 512], dd(&[], &[], &[1], &[0])));
    assert!(!takes(&[4096, 512], &[512, 16], dd(&[], &[], &[1], &[0])));
    // Shapes the dimension numbers do not fit have no plan.
    assert!(plan(&[4, 5], &[6, 7], &dd(&[], &[], &[1], &[0])).is_none());
    assert!(plan(&[4, 5], &[5, 7], &dd(&[], &[], &[2], &[0])).is_none());
    assert!(plan(&[4, 0], &[0, 7], &dd(&[], &[], &[1], &[0])).is_none());
}
