//! ruse's own matrix-product kernel inside CPU programs (`runtime::host_dot`):
//! products emitted as `stablehlo.custom_call @ruse_dot` give what XLA's
//! `dot_general` gives, on the real CPU plugin.

mod common;

use common::{assert_close, random};

use ndarray::ArrayD;
use ruse::graph::{DotDims, Graph};
use ruse::runtime::host_dot::Selection;
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
    host: Selection,
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
        let (host_text, host) = product(&lhs, &rhs, &dims, Selection::All, &inputs);
        let (xla_text, xla) = product(&lhs, &rhs, &dims, Selection::None, &inputs);
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
    let (text, _) = product(&lhs, &rhs, &dims, Selection::All, &inputs);
    assert!(!text.contains("ruse_dot"), "{text}");
    assert!(text.contains("dot_general"), "{text}");
}

/// Which of a t5-small step's products the kernel takes (`host_dot::worth`,
/// by the timings in the README): with `host_matmul_kernel: true` batched
/// ones, those with few rows and thin contractions, XLA keeping the tall,
/// wide ones; with `"auto"` only the batched ones of at least
/// `LARGE_ITEM` multiply-adds per batch index.
#[test]
fn the_kernel_takes_the_products_it_runs_faster() {
    use ruse::runtime::host_dot::{plan, worth};
    let takes = |lhs: &[i64], rhs: &[i64], dims: DotDims, s: Selection| {
        worth(&plan(lhs, rhs, &dims).unwrap(), s)
    };
    let all = |lhs: &[i64], rhs: &[i64], dims: DotDims| takes(lhs, rhs, dims, Selection::All);
    let auto =
        |lhs: &[i64], rhs: &[i64], dims: DotDims| takes(lhs, rhs, dims, Selection::LargeBatched);
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
    for s in [Selection::All, Selection::LargeBatched] {
        assert!(worth(&scores, s), "{s:?}");
    }
    assert!(!worth(&scores, Selection::None));
    // The attention context of t5-small, and of the embedded default
    // (t5-mini over 48 positions) and a t5-small decoder over 8 targets.
    let context = dd(&[0, 1], &[0, 2], &[3], &[1]);
    assert!(auto(&[32, 8, 128, 128], &[32, 128, 8, 64], context.clone()));
    assert!(!auto(&[32, 4, 48, 48], &[32, 48, 4, 32], context.clone()));
    assert!(!auto(&[32, 8, 8, 128], &[32, 128, 8, 64], context.clone()));
    assert!(all(&[32, 4, 48, 48], &[32, 48, 4, 32], context));
    // The decoder's rows, the weight gradients' transposed products, the
    // adapters' bottleneck: only with `true`.
    for (lhs, rhs, dims) in [
        ([256, 512], [512, 2048], dd(&[], &[], &[1], &[0])),
        ([4096, 512], [4096, 16], dd(&[], &[], &[0], &[0])),
        ([4096, 16], [16, 512], dd(&[], &[], &[1], &[0])),
    ] {
        assert!(all(&lhs, &rhs, dims.clone()), "{lhs:?} · {rhs:?}");
        assert!(!auto(&lhs, &rhs, dims), "{lhs:?} · {rhs:?}");
    }
    // The encoder's projections and feed-forward stay with XLA.
    for s in [Selection::All, Selection::LargeBatched] {
        assert!(!takes(
            &[4096, 512],
            &[512, 2048],
            dd(&[], &[], &[1], &[0]),
            s
        ));
        assert!(!takes(
            &[4096, 512],
            &[512, 512],
            dd(&[], &[], &[1], &[0]),
            s
        ));
        assert!(!takes(
            &[4096, 512],
            &[512, 16],
            dd(&[], &[], &[1], &[0]),
            s
        ));
    }
    // Shapes the dimension numbers do not fit have no plan.
    assert!(plan(&[4, 5], &[6, 7], &dd(&[], &[], &[1], &[0])).is_none());
    assert!(plan(&[4, 5], &[5, 7], &dd(&[], &[], &[2], &[0])).is_none());
    assert!(plan(&[4, 0], &[0, 7], &dd(&[], &[], &[1], &[0])).is_none());
}

/// `host_matmul_kernel: "auto"` (the default) on the CPU: in one program a
/// large batched product (4 of `[128, 64] · [64, 128]`) becomes a call of
/// the kernel and a small one (4 of `[8, 16] · [16, 8]`) and an unbatched
/// one stay `dot_general`s, with the results of XLA's products; on the GPU
/// or with `false` every product stays with XLA.
#[test]
fn auto_gives_the_kernel_the_large_batched_products_only() {
    use ruse::config::{Config, HostMatmulKernel};
    use ruse::runtime::{host_dot, DeviceKind};
    let specs = [
        vec![2, 2, 128, 64],
        vec![2, 2, 64, 128],
        vec![2, 2, 8, 16],
        vec![2, 2, 16, 8],
        vec![40, 16],
        vec![16, 24],
    ];
    let batched = dd(&[0, 1], &[0, 1], &[3], &[2]);
    let plain = dd(&[], &[], &[1], &[0]);
    let program = |selection: Selection| {
        let mut g = Graph::new("dots");
        g.set_host_dots(selection);
        let p: Vec<_> = specs
            .iter()
            .enumerate()
            .map(|(i, s)| g.parameter(&format!("p{i}"), f32_spec(s)).unwrap())
            .collect();
        let large = g.dot_general(p[0], p[1], batched.clone()).unwrap();
        let small = g.dot_general(p[2], p[3], batched.clone()).unwrap();
        let flat = g.dot_general(p[4], p[5], plain.clone()).unwrap();
        for y in [large, small, flat] {
            g.output(y);
        }
        g
    };
    let run = |host: HostMatmulKernel, device: DeviceKind| {
        let config = Config {
            host_matmul_kernel: host,
            ..Default::default()
        };
        host_dot::selection(&config, device).unwrap()
    };
    assert_eq!(Config::default().host_matmul_kernel, HostMatmulKernel::Auto);
    let auto = run(HostMatmulKernel::Auto, DeviceKind::Cpu);
    assert_eq!(auto, Selection::LargeBatched);
    for device in [DeviceKind::Gpu, DeviceKind::Tpu] {
        assert_eq!(run(HostMatmulKernel::Auto, device), Selection::None);
    }
    assert_eq!(run(HostMatmulKernel::Off, DeviceKind::Cpu), Selection::None);
    assert_eq!(run(HostMatmulKernel::On, DeviceKind::Cpu), Selection::All);

    let inputs: Vec<HostTensor> = specs
        .iter()
        .map(|s| HostTensor::from_array(&random(s, -1.0, 1.0).mapv(|v| v as f32)))
        .collect();
    let results = |g: &Graph| -> Vec<ArrayD<f64>> {
        common::run_graph(g, &inputs)
            .iter()
            .map(|t| t.to_array::<f32>().unwrap().mapv(f64::from))
            .collect()
    };
    let (with, without) = (program(auto), program(Selection::None));
    let text = ruse::emit::emit(&with).unwrap();
    assert_eq!(text.matches("\"ruse_dot\"").count(), 1, "{text}");
    assert_eq!(text.matches("stablehlo.dot_general").count(), 2, "{text}");
    assert!(!ruse::emit::emit(&without).unwrap().contains("ruse_dot"));
    // What `ruse train` reports: calls of the kernel among the products.
    assert_eq!(host_dot::count(&with), (1, 3));
    assert_eq!(host_dot::count(&without), (0, 3));
    assert_eq!(host_dot::count(&program(Selection::All)), (3, 3));
    for (i, (a, b)) in results(&with).iter().zip(results(&without)).enumerate() {
        assert_close(a, &b, 1e-5, &format!("output {i}"));
    }
}
