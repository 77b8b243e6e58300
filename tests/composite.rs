//! Composites (written in primitives) against their closed forms, shape
//! errors reported as errors, and a golden StableHLO file.

mod common;

use common::{assert_close, f64_spec as spec, random, run_graph as run};

use ndarray::ArrayD;
use ruse::graph::{composite, Graph, NodeId};
use ruse::runtime::{CompileOptions, ElementType, HostTensor, TensorSpec};
use ruse::Error;

/// Runs `build` on one [4, 6] input and compares with `reference`.
fn check(
    build: impl Fn(&mut Graph, NodeId) -> NodeId,
    reference: impl Fn(&ArrayD<f64>) -> ArrayD<f64>,
    what: &str,
) {
    let x = random(&[4, 6], -3.0, 3.0);
    let mut g = Graph::new(what);
    let p = g.parameter("x", spec(&[4, 6])).unwrap();
    let y = build(&mut g, p);
    g.output(y);
    let out = run(&g, &[HostTensor::from_array(&x)]);
    assert_close(
        &out[0].to_array::<f64>().unwrap(),
        &reference(&x),
        1e-12,
        what,
    );
}

fn row_map(x: &ArrayD<f64>, f: impl Fn(&[f64]) -> Vec<f64>) -> ArrayD<f64> {
    let mut out = x.clone();
    for (mut o, row) in out.outer_iter_mut().zip(x.outer_iter()) {
        let r = f(&row.iter().cloned().collect::<Vec<_>>());
        o.iter_mut().zip(r).for_each(|(a, b)| *a = b);
    }
    out
}

#[test]
fn softmax_and_log_softmax() {
    let softmax = |r: &[f64]| {
        let z: f64 = r.iter().map(|v| v.exp()).sum();
        r.iter().map(|v| v.exp() / z).collect()
    };
    check(
        |g, x| composite::softmax(g, x, 1).unwrap(),
        |x| row_map(x, softmax),
        "softmax",
    );
    let log_softmax = |r: &[f64]| {
        let z: f64 = r.iter().map(|v| v.exp()).sum::<f64>().ln();
        r.iter().map(|v| v - z).collect()
    };
    check(
        |g, x| composite::log_softmax(g, x, 1).unwrap(),
        |x| row_map(x, log_softmax),
        "log_softmax",
    );
}

#[test]
fn activations() {
    check(
        |g, x| composite::relu(g, x).unwrap(),
        |x| x.mapv(|v| v.max(0.0)),
        "relu",
    );
    check(
        |g, x| composite::swish(g, x).unwrap(),
        |x| x.mapv(|v| v / (1.0 + (-v).exp())),
        "swish",
    );
    let gelu = |v: f64| {
        0.5 * v * (1.0 + ((2.0 / std::f64::consts::PI).sqrt() * (v + 0.044715 * v.powi(3))).tanh())
    };
    check(
        |g, x| composite::gelu_new(g, x).unwrap(),
        |x| x.mapv(gelu),
        "gelu_new",
    );
}

/// erf by its Maclaurin series (f64, |x| ≤ 4: 80 terms, cancellation below 1e-9).
fn erf_series(x: f64) -> f64 {
    let (mut term, mut sum) = (x, 0.0);
    for n in 0..80 {
        sum += term / (2 * n + 1) as f64;
        term *= -x * x / (n + 1) as f64;
    }
    sum * 2.0 / std::f64::consts::PI.sqrt()
}

#[test]
fn erf_and_the_exact_gelu_are_within_the_approximations_bound() {
    let x = random(&[64, 8], -4.0, 4.0);
    let mut g = Graph::new("erf");
    let p = g.parameter("x", spec(&[64, 8])).unwrap();
    let e = composite::erf(&mut g, p).unwrap();
    let y = composite::gelu(&mut g, p).unwrap();
    g.output(e);
    g.output(y);
    let out = run(&g, &[HostTensor::from_array(&x)]);
    let (e, y) = (
        out[0].to_array::<f64>().unwrap(),
        out[1].to_array::<f64>().unwrap(),
    );
    for ((v, e), y) in x.iter().zip(&e).zip(&y) {
        let want = erf_series(*v);
        assert!((e - want).abs() <= 1.5e-7, "erf({v}) = {e}, series {want}");
        let gelu = 0.5 * v * (1.0 + erf_series(v / std::f64::consts::SQRT_2));
        assert!(
            (y - gelu).abs() <= 1.5e-7 * v.abs() + 1e-12,
            "gelu({v}) = {y}, series {gelu}"
        );
    }
    assert_eq!(erf_series(0.0), 0.0);
}

#[test]
fn rms_norm_and_layer_norm() {
    let w = random(&[6], 0.5, 1.5);
    let b = random(&[6], -0.5, 0.5);
    let x = random(&[4, 6], -3.0, 3.0);
    let mut g = Graph::new("norms");
    let px = g.parameter("x", spec(&[4, 6])).unwrap();
    let pw = g.parameter("w", spec(&[6])).unwrap();
    let pb = g.parameter("b", spec(&[6])).unwrap();
    let rms = composite::rms_norm(&mut g, px, pw, 1e-6).unwrap();
    let ln = composite::layer_norm(&mut g, px, pw, pb, 1e-5).unwrap();
    g.output(rms);
    g.output(ln);
    let out = run(
        &g,
        &[
            HostTensor::from_array(&x),
            HostTensor::from_array(&w),
            HostTensor::from_array(&b),
        ],
    );
    let want_rms = row_map(&x, |r| {
        let ms = r.iter().map(|v| v * v).sum::<f64>() / 6.0;
        r.iter()
            .enumerate()
            .map(|(i, v)| v / (ms + 1e-6).sqrt() * w[i])
            .collect()
    });
    let want_ln = row_map(&x, |r| {
        let mean = r.iter().sum::<f64>() / 6.0;
        let var = r.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / 6.0;
        r.iter()
            .enumerate()
            .map(|(i, v)| (v - mean) / (var + 1e-5).sqrt() * w[i] + b[i])
            .collect()
    });
    assert_close(&out[0].to_array().unwrap(), &want_rms, 1e-12, "rms_norm");
    assert_close(&out[1].to_array().unwrap(), &want_ln, 1e-12, "layer_norm");
}

#[test]
fn dropout_keeps_the_expected_fraction_scaled() {
    for dims in [[100i64, 100], [100, 99]] {
        let rate = 0.3;
        let mut g = Graph::new("dropout");
        let x = g.full(2.0, &spec(&dims)).unwrap();
        let key = g
            .parameter("key", TensorSpec::new(ElementType::U64, &[2]))
            .unwrap();
        let y0 = composite::dropout(&mut g, x, rate, key, 0).unwrap();
        let y1 = composite::dropout(&mut g, x, rate, key, 1).unwrap();
        g.output(y0);
        g.output(y1);
        let out = run(&g, &[HostTensor::new(&[42u64, 0], &[2]).unwrap()]);
        let a = out[0].to_vec::<f64>().unwrap();
        let b = out[1].to_vec::<f64>().unwrap();
        let kept = a.iter().filter(|v| **v != 0.0).count() as f64 / a.len() as f64;
        // 5 standard deviations of a binomial fraction over ~10^4 draws.
        let sd = (rate * (1.0 - rate) / a.len() as f64).sqrt();
        assert!(
            (kept - (1.0 - rate)).abs() < 5.0 * sd,
            "{dims:?}: kept {kept}"
        );
        assert!(a
            .iter()
            .all(|v| *v == 0.0 || (*v - 2.0 / (1.0 - rate)).abs() < 1e-12));
        // Two sites agree on about (1-r)^2 + r^2 of the elements, as
        // independent masks do, not on all of them.
        let same = a
            .iter()
            .zip(&b)
            .filter(|(x, y)| (**x == 0.0) == (**y == 0.0))
            .count();
        let same = same as f64 / a.len() as f64;
        let want = (1.0 - rate).powi(2) + rate * rate;
        assert!(
            (same - want).abs() < 0.03,
            "{dims:?}: sites agree on {same}"
        );
    }
}

/// SplitMix64's output function, on the host.
fn mix64(z: u64) -> u64 {
    let z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    let z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The lowbias32 hash, on the host.
fn mix32(x: u32) -> u32 {
    let x = (x ^ (x >> 16)).wrapping_mul(0x7feb_352d);
    let x = (x ^ (x >> 15)).wrapping_mul(0x846c_a68b);
    x ^ (x >> 16)
}

#[test]
fn hash_bits_match_a_host_reference_and_look_uniform() {
    let dims = [3i64, 64, 64];
    let mut g = Graph::new("hash_bits");
    let key = g
        .parameter("key", TensorSpec::new(ElementType::U64, &[2]))
        .unwrap();
    let bits = composite::hash_bits(&mut g, key, &dims).unwrap();
    g.output(bits);
    let draw = |k: [u64; 2]| {
        run(&g, &[HostTensor::new(&k, &[2]).unwrap()])[0]
            .to_vec::<u32>()
            .unwrap()
    };
    for k in [[0u64, 0], [42, 7 << 20], [u64::MAX, 3], [5 << 32, 1]] {
        let got = draw(k);
        let m = mix64(k[0] ^ mix64(k[1]));
        let (k0, k1) = (m as u32, (m >> 32) as u32);
        let want: Vec<u32> = (0..got.len() as u32)
            .map(|i| mix32(mix32(i ^ k0) ^ k1))
            .collect();
        assert_eq!(got, want, "key {k:?}");
        // Every bit is set in about half the draws (12288 draws: 5 sd is
        // about 0.023), and neighbours are uncorrelated.
        for bit in 0..32 {
            let ones = got.iter().filter(|x| *x >> bit & 1 == 1).count() as f64;
            let frac = ones / got.len() as f64;
            assert!((frac - 0.5).abs() < 0.023, "key {k:?} bit {bit}: {frac}");
        }
        let u: Vec<f64> = got
            .iter()
            .map(|x| *x as f64 / u32::MAX as f64 - 0.5)
            .collect();
        let lag1 = u.windows(2).map(|w| w[0] * w[1]).sum::<f64>() / (u.len() - 1) as f64;
        // Var(u) = 1/12; the lag-1 correlation is within 5 sd of 0.
        assert!(
            (lag1 * 12.0).abs() < 5.0 / (u.len() as f64).sqrt(),
            "lag-1 {lag1}"
        );
    }
    assert_ne!(draw([7, 1]), draw([7, 2]), "another key, other bits");
    // More elements than a u32 index can count are refused.
    let mut g = Graph::new("too_many");
    let key = g
        .parameter("key", TensorSpec::new(ElementType::U64, &[2]))
        .unwrap();
    assert!(composite::hash_bits(&mut g, key, &[1 << 20, 1 << 13]).is_err());
}

#[test]
fn cross_entropy_with_and_without_label_smoothing_either_layout() {
    let (n, v) = (5usize, 7usize);
    let logits = random(&[n, v], -2.0, 2.0);
    let labels = [3i32, 0, 6, 0, 2]; // 0 is padding
    let mut g = Graph::new("xent");
    let pl = g.parameter("logits", spec(&[n as i64, v as i64])).unwrap();
    let py = g
        .parameter("labels", TensorSpec::new(ElementType::S32, &[n as i64]))
        .unwrap();
    // The same logits vocabulary first (`[V, n]`, as the model's loss reads
    // them), and a keep mask that drops token 2.
    let pt = g
        .parameter("logits_t", spec(&[v as i64, n as i64]))
        .unwrap();
    let pk = g.parameter("keep", spec(&[n as i64])).unwrap();
    let plain = composite::cross_entropy(&mut g, pl, py, Some(0), 0.0).unwrap();
    let smooth = composite::cross_entropy(&mut g, pl, py, Some(0), 0.1).unwrap();
    let plain_t = composite::cross_entropy_kept(&mut g, pt, 0, py, Some(0), 0.0, None).unwrap();
    let smooth_t = composite::cross_entropy_kept(&mut g, pt, 0, py, Some(0), 0.1, None).unwrap();
    let kept_t = composite::cross_entropy_kept(&mut g, pt, 0, py, Some(0), 0.1, Some(pk)).unwrap();
    for y in [plain, smooth, plain_t, smooth_t, kept_t] {
        g.output(y);
    }
    let keep = [1.0, 1.0, 0.0, 1.0, 1.0];
    let out = run(
        &g,
        &[
            HostTensor::from_array(&logits),
            HostTensor::new(&labels, &[n as i64]).unwrap(),
            HostTensor::from_array(&logits.t().as_standard_layout().to_owned()),
            HostTensor::new(&keep, &[n as i64]).unwrap(),
        ],
    );
    let logp: Vec<Vec<f64>> = logits
        .outer_iter()
        .map(|r| {
            let z = r.iter().map(|x| x.exp()).sum::<f64>().ln();
            r.iter().map(|x| x - z).collect()
        })
        .collect();
    let tokens: Vec<usize> = (0..n).filter(|i| labels[*i] != 0).collect();
    let nll: Vec<f64> = tokens
        .iter()
        .map(|i| -logp[*i][labels[*i] as usize])
        .collect();
    let want_plain = nll.iter().sum::<f64>() / tokens.len() as f64;
    let smoothed: Vec<f64> = tokens
        .iter()
        .zip(&nll)
        .map(|(i, l)| 0.9 * l + 0.1 / v as f64 * logp[*i].iter().map(|x| -x).sum::<f64>())
        .collect();
    let want_smooth: f64 = smoothed.iter().sum();
    let want_kept: f64 = tokens
        .iter()
        .zip(&smoothed)
        .filter(|(i, _)| keep[**i] == 1.0)
        .map(|(_, l)| l)
        .sum();
    assert!(
        want_kept < want_smooth - 1e-3,
        "the mask drops a real token"
    );
    let got: Vec<f64> = out.iter().map(|o| o.to_scalar::<f64>().unwrap()).collect();
    for (got, want) in got
        .iter()
        .zip([want_plain, want_smooth, want_plain, want_smooth, want_kept])
    {
        assert!((got - want).abs() < 1e-12, "{got} against {want}");
    }
}

#[test]
fn global_l2_norm_over_several_tensors() {
    let a = random(&[3, 2], -1.0, 1.0);
    let b = random(&[4], -1.0, 1.0);
    let mut g = Graph::new("l2");
    let pa = g.parameter("a", spec(&[3, 2])).unwrap();
    let pb = g.parameter("b", spec(&[4])).unwrap();
    let n = composite::global_l2_norm(&mut g, &[pa, pb]).unwrap();
    g.output(n);
    let out = run(
        &g,
        &[HostTensor::from_array(&a), HostTensor::from_array(&b)],
    );
    let want = (a.iter().chain(b.iter()).map(|x| x * x).sum::<f64>()).sqrt();
    assert!((out[0].to_scalar::<f64>().unwrap() - want).abs() < 1e-12);
}

#[test]
fn shape_errors_name_the_op_and_both_shapes() {
    let mut g = Graph::new("errors");
    let a = g.parameter("a", spec(&[2, 3])).unwrap();
    let b = g.parameter("b", spec(&[4])).unwrap();
    let i = g
        .parameter("i", TensorSpec::new(ElementType::S32, &[2]))
        .unwrap();
    let err = g.add(a, b).unwrap_err();
    assert!(matches!(err, Error::ShapeMismatch { .. }), "{err}");
    let msg = err.to_string();
    assert!(
        msg.contains("add") && msg.contains("f64[2,3]") && msg.contains("f64[4]"),
        "{msg}"
    );
    let msg = g.matmul(a, a).unwrap_err().to_string();
    assert!(
        msg.contains("dot_general") && msg.contains("f64[2,3]"),
        "{msg}"
    );
    let msg = g.reshape(a, &[5]).unwrap_err().to_string();
    assert!(msg.contains("reshape") && msg.contains("f64[5]"), "{msg}");
    let msg = g.transpose(a, &[0, 0]).unwrap_err().to_string();
    assert!(
        msg.contains("transpose") && msg.contains("permutation"),
        "{msg}"
    );
    let msg = g.mul(a, i).unwrap_err().to_string();
    assert!(msg.contains("multiply") || msg.contains("mul"), "{msg}");
    let msg = g.log(i).unwrap_err().to_string();
    assert!(msg.contains("log") && msg.contains("s32[2]"), "{msg}");
    let msg = g
        .slice(a, &[0, 0], &[3, 3], &[1, 1])
        .unwrap_err()
        .to_string();
    assert!(msg.contains("slice"), "{msg}");
    let msg = composite::cross_entropy(&mut g, a, b, None, 0.0)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("cross_entropy"), "{msg}");
    // The graph is still usable after errors.
    let ok = g.add(a, a).unwrap();
    g.output(ok);
    assert!(ruse::emit::emit(&g).is_ok());
}

/// The golden file pins the emitted text for one small program; regenerate
/// with `RUSE_BLESS=1 cargo test --test composite golden` and review the diff.
#[test]
fn golden_stablehlo_for_a_small_program() {
    let mut g = Graph::new("golden_mlp");
    let x = g
        .parameter("x", TensorSpec::new(ElementType::F32, &[2, 3]))
        .unwrap();
    let w = g
        .parameter("w", TensorSpec::new(ElementType::F32, &[3, 4]))
        .unwrap();
    let h = g.matmul(x, w).unwrap();
    let h = composite::gelu_new(&mut g, h).unwrap();
    let p = composite::softmax(&mut g, h, 1).unwrap();
    let s = g.reduce_sum(p, &[0]).unwrap();
    g.output(s);
    g.output(w);
    g.donate(w, 1).unwrap();
    let text = ruse::emit::emit(&g).unwrap();
    assert_eq!(
        text,
        ruse::emit::emit(&g).unwrap(),
        "emission is deterministic"
    );
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/mlp.stablehlo.mlir");
    if std::env::var_os("RUSE_BLESS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let want = std::fs::read_to_string(&path).expect("golden file (RUSE_BLESS=1 writes it)");
    assert_eq!(text, want, "emitted StableHLO changed; review and re-bless");
    common::cpu(1)
        .compile(&text, CompileOptions::default())
        .unwrap();
}
