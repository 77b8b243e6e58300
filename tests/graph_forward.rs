//! Every primitive's forward pass, emitted as StableHLO and run on the real
//! CPU plugin, against an ndarray reference on fresh random inputs.

mod common;

use common::{assert_close, f64_spec as spec, random, run_graph as run};

use ndarray::{s, Array, ArrayD, Axis, IxDyn};
use ruse::graph::{BinaryOp, CmpDir, DotDims, Graph, NodeId, UnaryOp};
use ruse::runtime::{CompileOptions, ElementType, HostTensor, TensorSpec};

const F64: ElementType = ElementType::F64;

type UnaryCase = (UnaryOp, (f64, f64), fn(f64) -> f64);
type BinaryCase = (BinaryOp, fn(f64, f64) -> f64);
type IntCase = (BinaryOp, fn(u32, u32) -> u32);
type CompareCase = (CmpDir, fn(f64, f64) -> bool);

fn f64s(t: &HostTensor) -> ArrayD<f64> {
    t.to_array::<f64>().unwrap()
}

/// One f64 input of `dims`, one op, one output, compared with `reference`.
fn check_unary_graph(
    dims: &[usize],
    range: (f64, f64),
    build: impl Fn(&mut Graph, NodeId) -> NodeId,
    reference: impl Fn(&ArrayD<f64>) -> ArrayD<f64>,
    what: &str,
) {
    let x = random(dims, range.0, range.1);
    let mut g = Graph::new(what);
    let p = g
        .parameter(
            "x",
            spec(&dims.iter().map(|d| *d as i64).collect::<Vec<_>>()),
        )
        .unwrap();
    let y = build(&mut g, p);
    g.output(y);
    let out = run(&g, &[HostTensor::from_array(&x)]);
    assert_close(&f64s(&out[0]), &reference(&x), 1e-12, what);
}

#[test]
fn unary_ops() {
    let cases: [UnaryCase; 12] = [
        (UnaryOp::Neg, (-2.0, 2.0), |x| -x),
        (UnaryOp::Abs, (-2.0, 2.0), f64::abs),
        (UnaryOp::Sign, (-2.0, 2.0), f64::signum),
        (UnaryOp::Exp, (-2.0, 2.0), f64::exp),
        (UnaryOp::Log, (0.1, 3.0), f64::ln),
        (UnaryOp::Log1p, (-0.5, 3.0), f64::ln_1p),
        (UnaryOp::Tanh, (-3.0, 3.0), f64::tanh),
        (UnaryOp::Logistic, (-5.0, 5.0), |x| 1.0 / (1.0 + (-x).exp())),
        (UnaryOp::Sqrt, (0.1, 4.0), f64::sqrt),
        (UnaryOp::Rsqrt, (0.1, 4.0), |x| 1.0 / x.sqrt()),
        (UnaryOp::Cos, (-4.0, 4.0), f64::cos),
        (UnaryOp::Sin, (-4.0, 4.0), f64::sin),
    ];
    for (op, range, f) in cases {
        let what = format!("{op:?}");
        check_unary_graph(
            &[3, 4],
            range,
            |g, x| g.unary(op, x).unwrap(),
            |x| x.mapv(f),
            &what,
        );
    }
}

#[test]
fn binary_ops_with_broadcasting() {
    let cases: [BinaryCase; 7] = [
        (BinaryOp::Add, |a, b| a + b),
        (BinaryOp::Sub, |a, b| a - b),
        (BinaryOp::Mul, |a, b| a * b),
        (BinaryOp::Div, |a, b| a / b),
        (BinaryOp::Max, f64::max),
        (BinaryOp::Min, f64::min),
        (BinaryOp::Pow, f64::powf),
    ];
    for (op, f) in cases {
        let a = random(&[2, 3], 0.5, 2.0);
        let b = random(&[3], 0.5, 2.0);
        let mut g = Graph::new("binary");
        let pa = g.parameter("a", spec(&[2, 3])).unwrap();
        let pb = g.parameter("b", spec(&[3])).unwrap();
        let y = g.binary(op, pa, pb).unwrap();
        g.output(y);
        let out = run(
            &g,
            &[HostTensor::from_array(&a), HostTensor::from_array(&b)],
        );
        let want = Array::from_shape_fn(IxDyn(&[2, 3]), |i| f(a[[i[0], i[1]]], b[[i[1]]]));
        assert_close(&f64s(&out[0]), &want, 1e-12, &format!("{op:?}"));
    }
}

#[test]
fn bitwise_ops_and_wrapping_multiply_on_integers() {
    let a: Vec<u32> = (0..64u32)
        .map(|i| i.wrapping_mul(0x9e37_79b9) ^ 0xdead_beef)
        .collect();
    let b: Vec<u32> = (0..64u32).map(|i| i * 977 + 3).collect();
    let cases: [IntCase; 5] = [
        (BinaryOp::And, |x, y| x & y),
        (BinaryOp::Xor, |x, y| x ^ y),
        (BinaryOp::ShiftLeft, |x, y| x.checked_shl(y).unwrap_or(0)),
        (BinaryOp::ShiftRightLogical, |x, y| {
            x.checked_shr(y).unwrap_or(0)
        }),
        (BinaryOp::Mul, u32::wrapping_mul),
    ];
    for (op, f) in cases {
        let mut g = Graph::new("bitwise");
        let spec = TensorSpec::new(ElementType::U32, &[64]);
        let x = g.parameter("x", spec.clone()).unwrap();
        let y = g.parameter("y", spec).unwrap();
        // Shift amounts of 0..63: 32 and more shift everything out.
        let y = if matches!(op, BinaryOp::ShiftLeft | BinaryOp::ShiftRightLogical) {
            let m = g.scalar(64.0, ElementType::U32).unwrap();
            let q = g.div(y, m).unwrap();
            let q = g.mul(q, m).unwrap();
            g.sub(y, q).unwrap()
        } else {
            y
        };
        let z = g.binary(op, x, y).unwrap();
        g.output(z);
        let inputs = [
            HostTensor::new(&a, &[64]).unwrap(),
            HostTensor::new(&b, &[64]).unwrap(),
        ];
        let got = run(&g, &inputs)[0].to_vec::<u32>().unwrap();
        let want: Vec<u32> = a
            .iter()
            .zip(&b)
            .map(|(x, y)| {
                let y = if matches!(op, BinaryOp::ShiftLeft | BinaryOp::ShiftRightLogical) {
                    y % 64
                } else {
                    *y
                };
                f(*x, y)
            })
            .collect();
        assert_eq!(got, want, "{op:?}");
    }
    // Bitwise ops are refused on floats.
    let mut g = Graph::new("bitwise_float");
    let x = g
        .parameter("x", TensorSpec::new(ElementType::F32, &[2]))
        .unwrap();
    assert!(g.binary(BinaryOp::Xor, x, x).is_err());
}

#[test]
fn compare_select_clamp_convert() {
    let a = random(&[4, 3], -1.0, 1.0);
    let b = random(&[4, 3], -1.0, 1.0);
    let dirs: [CompareCase; 6] = [
        (CmpDir::Eq, |x, y| x == y),
        (CmpDir::Ne, |x, y| x != y),
        (CmpDir::Lt, |x, y| x < y),
        (CmpDir::Le, |x, y| x <= y),
        (CmpDir::Gt, |x, y| x > y),
        (CmpDir::Ge, |x, y| x >= y),
    ];
    let mut g = Graph::new("cmp");
    let pa = g.parameter("a", spec(&[4, 3])).unwrap();
    let pb = g.parameter("b", spec(&[4, 3])).unwrap();
    for (dir, _) in dirs {
        let c = g.compare(dir, pa, pb).unwrap();
        g.output(c);
    }
    let lt = g.compare(CmpDir::Lt, pa, pb).unwrap();
    let sel = g.select(lt, pa, pb).unwrap();
    g.output(sel);
    let lo = g.scalar(-0.25, F64).unwrap();
    let hi = g.scalar(0.25, F64).unwrap();
    let cl = g.clamp(lo, pa, hi).unwrap();
    g.output(cl);
    let cv = g.convert(pa, ElementType::F32).unwrap();
    let cv = g.convert(cv, ElementType::S32).unwrap();
    g.output(cv);
    let out = run(
        &g,
        &[HostTensor::from_array(&a), HostTensor::from_array(&b)],
    );
    for (i, (dir, f)) in dirs.iter().enumerate() {
        let got = out[i].to_vec::<bool>().unwrap();
        let want: Vec<bool> = a.iter().zip(b.iter()).map(|(x, y)| f(*x, *y)).collect();
        assert_eq!(got, want, "{dir:?}");
    }
    let want_sel = Array::from_shape_fn(a.raw_dim(), |i| a[&i].min(b[&i]));
    assert_close(&f64s(&out[6]), &want_sel, 0.0, "select");
    assert_close(
        &f64s(&out[7]),
        &a.mapv(|x| x.clamp(-0.25, 0.25)),
        0.0,
        "clamp",
    );
    let want_cv: Vec<i32> = a.iter().map(|x| (*x as f32) as i32).collect();
    assert_eq!(out[8].to_vec::<i32>().unwrap(), want_cv, "convert");
}

#[test]
fn shape_ops() {
    let x = random(&[2, 3, 4], -1.0, 1.0);
    let mut g = Graph::new("shapes");
    let p = g.parameter("x", spec(&[2, 3, 4])).unwrap();
    let t = g.transpose(p, &[2, 0, 1]).unwrap();
    let r = g.reshape(p, &[6, 4]).unwrap();
    let sl = g.slice(p, &[0, 1, 0], &[2, 3, 4], &[1, 1, 2]).unwrap();
    let v = g.broadcast_in_dim(p, &[0, 2, 3], &[2, 5, 3, 4]).unwrap();
    let cat = g.concatenate(&[p, p], 1).unwrap();
    let io = g
        .iota(&TensorSpec::new(ElementType::S32, &[2, 3]), 1)
        .unwrap();
    for o in [t, r, sl, v, cat, io] {
        g.output(o);
    }
    let out = run(&g, &[HostTensor::from_array(&x)]);
    let want_t = x.view().permuted_axes(vec![2, 0, 1]).to_owned();
    assert_close(&f64s(&out[0]), &want_t, 0.0, "transpose");
    let want_r = x.clone().into_shape_with_order(IxDyn(&[6, 4])).unwrap();
    assert_close(&f64s(&out[1]), &want_r, 0.0, "reshape");
    let want_sl = x.slice(s![.., 1..3, ..;2]).to_owned().into_dyn();
    assert_close(&f64s(&out[2]), &want_sl, 0.0, "slice");
    let want_b = x
        .clone()
        .insert_axis(Axis(1))
        .broadcast(IxDyn(&[2, 5, 3, 4]))
        .unwrap()
        .to_owned();
    assert_close(&f64s(&out[3]), &want_b, 0.0, "broadcast_in_dim");
    let want_c = ndarray::concatenate(Axis(1), &[x.view(), x.view()]).unwrap();
    assert_close(&f64s(&out[4]), &want_c, 0.0, "concatenate");
    assert_eq!(
        out[5].to_vec::<i32>().unwrap(),
        vec![0, 1, 2, 0, 1, 2],
        "iota"
    );
}

#[test]
fn pad_and_dynamic_slices() {
    let x = random(&[3, 4], -1.0, 1.0);
    let mut g = Graph::new("pad");
    let p = g.parameter("x", spec(&[3, 4])).unwrap();
    let i = g
        .parameter("i", TensorSpec::new(ElementType::S32, &[]))
        .unwrap();
    let j = g
        .parameter("j", TensorSpec::new(ElementType::S32, &[]))
        .unwrap();
    let v = g.scalar(9.0, F64).unwrap();
    let padded = g.pad(p, v, &[1, 0], &[0, 2], &[1, 0]).unwrap();
    let ds = g.dynamic_slice(p, &[i, j], &[2, 2]).unwrap();
    let upd = g.full(-1.0, &spec(&[2, 2])).unwrap();
    let dus = g.dynamic_update_slice(p, upd, &[i, j]).unwrap();
    for o in [padded, ds, dus] {
        g.output(o);
    }
    // j = 3 is out of range for a width-2 window: XLA clamps it to 2.
    let out = run(
        &g,
        &[
            HostTensor::from_array(&x),
            HostTensor::scalar(1i32),
            HostTensor::scalar(3i32),
        ],
    );
    let mut want_pad = ArrayD::from_elem(IxDyn(&[6, 6]), 9.0);
    for r in 0..3 {
        for c in 0..4 {
            want_pad[[1 + 2 * r, c]] = x[[r, c]];
        }
    }
    assert_close(&f64s(&out[0]), &want_pad, 0.0, "pad");
    assert_close(
        &f64s(&out[1]),
        &x.slice(s![1..3, 2..4]).to_owned().into_dyn(),
        0.0,
        "dynamic_slice",
    );
    let mut want_dus = x.clone();
    want_dus.slice_mut(s![1..3, 2..4]).fill(-1.0);
    assert_close(&f64s(&out[2]), &want_dus, 0.0, "dynamic_update_slice");
}

#[test]
fn dot_general_plain_and_batched() {
    let a = random(&[2, 3, 4], -1.0, 1.0);
    let b = random(&[2, 4, 5], -1.0, 1.0);
    let c = random(&[4, 3, 6], -1.0, 1.0);
    let mut g = Graph::new("dot");
    let pa = g.parameter("a", spec(&[2, 3, 4])).unwrap();
    let pb = g.parameter("b", spec(&[2, 4, 5])).unwrap();
    let pc = g.parameter("c", spec(&[4, 3, 6])).unwrap();
    let batched = g.matmul(pa, pb).unwrap();
    // Contract two dimensions at once: a[b, i, k] c[k, i, n] -> [b, n].
    let dims = DotDims {
        lhs_contract: vec![1, 2],
        rhs_contract: vec![1, 0],
        ..Default::default()
    };
    let two = g.dot_general(pa, pc, dims).unwrap();
    g.output(batched);
    g.output(two);
    let out = run(
        &g,
        &[
            HostTensor::from_array(&a),
            HostTensor::from_array(&b),
            HostTensor::from_array(&c),
        ],
    );
    let want = Array::from_shape_fn(IxDyn(&[2, 3, 5]), |i| {
        (0..4)
            .map(|k| a[[i[0], i[1], k]] * b[[i[0], k, i[2]]])
            .sum()
    });
    assert_close(&f64s(&out[0]), &want, 1e-12, "batched matmul");
    let want2 = Array::from_shape_fn(IxDyn(&[2, 6]), |i| {
        let mut s = 0.0;
        for ii in 0..3 {
            for k in 0..4 {
                s += a[[i[0], ii, k]] * c[[k, ii, i[1]]];
            }
        }
        s
    });
    assert_close(&f64s(&out[1]), &want2, 1e-12, "two contracting dims");
}

/// `Graph::replace_op`: a node rewritten to read a parameter declared after
/// it (as the frozen weights' transposed copies are) computes the new op;
/// another result type, or an operand that is a later non-parameter node, is
/// refused.
#[test]
fn replace_op_rewires_a_node_to_a_later_parameter() {
    let x = random(&[3, 4], -1.0, 1.0);
    let w = random(&[5, 4], -1.0, 1.0);
    let mut g = Graph::new("replace");
    let px = g.parameter("x", spec(&[3, 4])).unwrap();
    let pw = g.parameter("w", spec(&[5, 4])).unwrap();
    let nt = DotDims {
        lhs_contract: vec![1],
        rhs_contract: vec![1],
        ..Default::default()
    };
    let y = g.dot_general(px, pw, nt).unwrap();
    let later = g.unary(UnaryOp::Neg, y).unwrap();
    g.output(later);
    let pwt = g.parameter("w#T", spec(&[4, 5])).unwrap();
    let nn = DotDims {
        lhs_contract: vec![1],
        rhs_contract: vec![0],
        ..Default::default()
    };
    let wrong = DotDims {
        lhs_contract: vec![1],
        rhs_contract: vec![1],
        ..Default::default()
    };
    let e = g
        .replace_op(
            y,
            ruse::graph::Op::DotGeneral {
                lhs: px,
                rhs: pwt,
                dims: wrong,
            },
        )
        .unwrap_err()
        .to_string();
    assert!(e.contains("dot_general"), "{e}");
    let e = g
        .replace_op(y, ruse::graph::Op::Unary(UnaryOp::Neg, later))
        .unwrap_err()
        .to_string();
    assert!(e.contains("does not come before"), "{e}");
    let e = g
        .replace_op(y, ruse::graph::Op::Unary(UnaryOp::Neg, px))
        .unwrap_err()
        .to_string();
    assert!(e.contains("f64[3,4]") || e.contains("[3, 4]"), "{e}");
    g.replace_op(
        y,
        ruse::graph::Op::DotGeneral {
            lhs: px,
            rhs: pwt,
            dims: nn,
        },
    )
    .unwrap();
    let wt = w.t().to_owned().into_dyn();
    let out = run(
        &g,
        &[
            HostTensor::from_array(&x),
            HostTensor::from_array(&w),
            HostTensor::from_array(&wt.as_standard_layout().to_owned()),
        ],
    );
    let want = Array::from_shape_fn(IxDyn(&[3, 5]), |i| {
        -(0..4).map(|k| x[[i[0], k]] * w[[i[1], k]]).sum::<f64>()
    });
    assert_close(&f64s(&out[0]), &want, 1e-12, "x · w#T");
}

#[test]
fn reductions_and_argmax() {
    let x = random(&[3, 5], -1.0, 1.0);
    let mut g = Graph::new("reduce");
    let p = g.parameter("x", spec(&[3, 5])).unwrap();
    let s = g.reduce_sum(p, &[1]).unwrap();
    let m = g.reduce_max(p, &[0]).unwrap();
    let am = g.argmax(p, 1).unwrap();
    let ties = g
        .constant(HostTensor::new(&[1.0f64, 3.0, 3.0, 0.0], &[1, 4]).unwrap())
        .unwrap();
    let at = g.argmax(ties, 1).unwrap();
    for o in [s, m, am, at] {
        g.output(o);
    }
    let out = run(&g, &[HostTensor::from_array(&x)]);
    assert_close(&f64s(&out[0]), &x.sum_axis(Axis(1)), 1e-12, "reduce sum");
    let want_m = x.fold_axis(Axis(0), f64::NEG_INFINITY, |a, b| a.max(*b));
    assert_close(&f64s(&out[1]), &want_m, 0.0, "reduce max");
    let want_am: Vec<i32> = x
        .outer_iter()
        .map(|row| {
            let best = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            row.iter().position(|v| *v == best).unwrap() as i32
        })
        .collect();
    assert_eq!(out[2].to_vec::<i32>().unwrap(), want_am, "argmax");
    assert_eq!(
        out[3].to_vec::<i32>().unwrap(),
        vec![1],
        "argmax takes the first of ties"
    );
}

#[test]
fn gather_and_scatter_add() {
    let table = random(&[5, 3], -1.0, 1.0);
    let idx = [4i32, 0, 4, 2, 1, 4];
    let upd = random(&[2, 3, 3], -1.0, 1.0);
    let mut g = Graph::new("gather");
    let t = g.parameter("table", spec(&[5, 3])).unwrap();
    let i = g
        .parameter("idx", TensorSpec::new(ElementType::S32, &[2, 3]))
        .unwrap();
    let u = g.parameter("upd", spec(&[2, 3, 3])).unwrap();
    let gat = g.gather(t, i).unwrap();
    let sc = g.scatter_add(t, i, u).unwrap();
    g.output(gat);
    g.output(sc);
    let inputs = [
        HostTensor::from_array(&table),
        HostTensor::new(&idx, &[2, 3]).unwrap(),
        HostTensor::from_array(&upd),
    ];
    let out = run(&g, &inputs);
    let want_g = Array::from_shape_fn(IxDyn(&[2, 3, 3]), |p| {
        table[[idx[p[0] * 3 + p[1]] as usize, p[2]]]
    });
    assert_close(&f64s(&out[0]), &want_g, 0.0, "gather");
    let mut want_s = table.clone();
    for (n, row) in idx.iter().enumerate() {
        for d in 0..3 {
            want_s[[*row as usize, d]] += upd[[n / 3, n % 3, d]];
        }
    }
    assert_close(
        &f64s(&out[1]),
        &want_s,
        1e-12,
        "scatter_add (duplicate rows accumulate)",
    );
}

#[test]
fn random_bits_are_deterministic_per_key_and_uniform() {
    let mut g = Graph::new("rng");
    let key = g
        .parameter("key", TensorSpec::new(ElementType::U64, &[2]))
        .unwrap();
    let bits = g.rng_bits(key, &[64, 64]).unwrap();
    g.output(bits);
    let draw = |k: [u64; 2]| {
        run(&g, &[HostTensor::new(&k, &[2]).unwrap()])[0]
            .to_vec::<u32>()
            .unwrap()
    };
    let a = draw([7, 1]);
    assert_eq!(a, draw([7, 1]), "same key, same bits");
    let b = draw([7, 2]);
    assert_ne!(a, b, "another key, other bits");
    let mean = a.iter().map(|x| *x as f64 / u32::MAX as f64).sum::<f64>() / a.len() as f64;
    assert!((mean - 0.5).abs() < 0.02, "mean of uniform bits {mean}");
}

#[test]
fn all_reduce_and_replica_id_from_a_graph() {
    let client = common::cpu(2);
    let mut g = Graph::new("collective");
    g.set_num_replicas(2);
    let x = g.parameter("x", spec(&[3])).unwrap();
    let r = g.replica_id().unwrap();
    let rf = g.convert(r, F64).unwrap();
    let scaled = g.mul(x, rf).unwrap();
    let sum = g.all_reduce_sum(scaled).unwrap();
    g.output(sum);
    g.output(r);
    let text = ruse::emit::emit(&g).unwrap();
    let exe = client.compile(&text, CompileOptions::replicas(2)).unwrap();
    let xs = [random(&[3], -1.0, 1.0), random(&[3], -1.0, 1.0)];
    let bufs: Vec<_> = (0..2)
        .map(|r| client.upload(&HostTensor::from_array(&xs[r]), r).unwrap())
        .collect();
    let out = exe.execute(&[vec![&bufs[0]], vec![&bufs[1]]]).unwrap();
    for (r, o) in out.iter().enumerate() {
        assert_close(
            &f64s(&o[0].to_host().unwrap()),
            &xs[1],
            1e-12,
            "0·x0 + 1·x1",
        );
        assert_eq!(o[1].to_vec::<u32>().unwrap(), vec![r as u32]);
    }
}

#[test]
fn constants_survive_emission_exactly() {
    let values = [
        0.1f32,
        -0.0,
        f32::MIN_POSITIVE,
        1.0e38,
        std::f32::consts::PI,
        -7.25,
    ];
    let mut g = Graph::new("consts");
    let c = g
        .constant(HostTensor::new(&values, &[2, 3]).unwrap())
        .unwrap();
    let s = g
        .full(0.1, &TensorSpec::new(ElementType::F32, &[2]))
        .unwrap();
    let h = g
        .full(0.1, &TensorSpec::new(ElementType::BF16, &[2]))
        .unwrap();
    for o in [c, s, h] {
        g.output(o);
    }
    let out = run(&g, &[]);
    let got: Vec<u32> = out[0]
        .to_vec::<f32>()
        .unwrap()
        .iter()
        .map(|x| x.to_bits())
        .collect();
    let want: Vec<u32> = values.iter().map(|x| x.to_bits()).collect();
    assert_eq!(got, want);
    assert_eq!(out[1].to_vec::<f32>().unwrap(), vec![0.1f32; 2]);
    assert_eq!(
        out[2].to_vec::<half::bf16>().unwrap(),
        vec![half::bf16::from_f64(0.1); 2]
    );
}

/// Products `x · Wᵀ` that `Graph::set_weight_first` emits weight first (few
/// rows, a weight parameter, a small result: `(W · xᵀ)ᵀ` behind an
/// optimization barrier) give the plain product; the others stay plain.
#[test]
fn few_row_products_emitted_weight_first_give_the_plain_product() {
    use ruse::emit::{WEIGHT_FIRST_ELEMENTS, WEIGHT_FIRST_ROWS};
    let rows = WEIGHT_FIRST_ROWS as usize;
    let wide = WEIGHT_FIRST_ELEMENTS as usize / 8 + 1;
    // (what, rows, in, out, W is a parameter, emitted weight first)
    let cases = [
        ("decode-step shape", 8, 33, 45, true, true),
        ("the most rows", rows, 17, 40, true, true),
        ("one row more", rows + 1, 17, 40, true, false),
        ("a result too large", 8, 3, wide, true, false),
        ("a computed weight", 8, 33, 45, false, false),
    ];
    for (what, rows, inp, out, param, expect) in cases {
        let mut g = Graph::new("weight_first");
        g.set_weight_first(true);
        let x = g.parameter("x", spec(&[rows as i64, inp as i64])).unwrap();
        let w = g.parameter("w", spec(&[out as i64, inp as i64])).unwrap();
        let w = if param { w } else { g.neg(w).unwrap() };
        let dims = DotDims {
            lhs_contract: vec![1],
            rhs_contract: vec![1],
            ..Default::default()
        };
        let y = g.dot_general(x, w, dims).unwrap();
        g.output(y);
        let text = ruse::emit::emit(&g).unwrap();
        assert_eq!(text.contains("optimization_barrier"), expect, "{what}");
        let (xv, wv) = (
            random(&[rows, inp], -1.0, 1.0),
            random(&[out, inp], -1.0, 1.0),
        );
        let got = f64s(
            &run(
                &g,
                &[HostTensor::from_array(&xv), HostTensor::from_array(&wv)],
            )[0],
        );
        let x2 = xv.into_dimensionality::<ndarray::Ix2>().unwrap();
        let w2 = wv.into_dimensionality::<ndarray::Ix2>().unwrap();
        let w2 = if param { w2 } else { -w2 };
        assert_close(&got, &x2.dot(&w2.t()).into_dyn(), 1e-12, what);
    }
}
