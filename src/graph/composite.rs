//! Composite operations, written in primitives only: they need no gradient
//! or emission code of their own.

use super::op::{BinaryOp, CmpDir, NodeId, ReduceKind};
use super::Graph;
use crate::error::{Error, Result};
use crate::runtime::{ElementType, HostTensor, TensorSpec};

fn last_dim(g: &Graph, x: NodeId) -> Result<usize> {
    let rank = g.spec(x).dims.len();
    rank.checked_sub(1).ok_or_else(|| Error::Graph {
        op: "composite".into(),
        message: format!("needs at least one dimension, got {}", g.spec(x)),
    })
}

/// `[.., n, ..] -> [.., n, ..]`: exp(x) / sum(exp(x)) along `dim`, computed
/// from `x - max(x)` for stability.
pub fn softmax(g: &mut Graph, x: NodeId, dim: usize) -> Result<NodeId> {
    let m = g.reduce_keepdims(x, &[dim], ReduceKind::Max)?;
    let shifted = g.sub(x, m)?;
    let e = g.exp(shifted)?;
    let s = g.reduce_keepdims(e, &[dim], ReduceKind::Sum)?;
    g.div(e, s)
}

/// `[.., n, ..] -> [.., n, ..]`: x - logsumexp(x) along `dim`.
pub fn log_softmax(g: &mut Graph, x: NodeId, dim: usize) -> Result<NodeId> {
    let m = g.reduce_keepdims(x, &[dim], ReduceKind::Max)?;
    let shifted = g.sub(x, m)?;
    let e = g.exp(shifted)?;
    let s = g.reduce_keepdims(e, &[dim], ReduceKind::Sum)?;
    let lse = g.log(s)?;
    g.sub(shifted, lse)
}

/// T5LayerNorm `[.., d] -> [.., d]`: x / sqrt(mean(x²) + eps) * weight
/// (no mean subtraction, no bias).
pub fn rms_norm(g: &mut Graph, x: NodeId, weight: NodeId, eps: f64) -> Result<NodeId> {
    let d = last_dim(g, x)?;
    let sq = g.mul(x, x)?;
    let var = g.mean_keepdims(sq, &[d])?;
    let var = g.add_scalar(var, eps)?;
    let inv = g.rsqrt(var)?;
    let normed = g.mul(x, inv)?;
    g.mul(normed, weight)
}

/// LayerNorm `[.., d] -> [.., d]`: (x - mean) / sqrt(var + eps) * weight + bias.
pub fn layer_norm(
    g: &mut Graph,
    x: NodeId,
    weight: NodeId,
    bias: NodeId,
    eps: f64,
) -> Result<NodeId> {
    let d = last_dim(g, x)?;
    let mean = g.mean_keepdims(x, &[d])?;
    let centered = g.sub(x, mean)?;
    let sq = g.mul(centered, centered)?;
    let var = g.mean_keepdims(sq, &[d])?;
    let var = g.add_scalar(var, eps)?;
    let inv = g.rsqrt(var)?;
    let normed = g.mul(centered, inv)?;
    let scaled = g.mul(normed, weight)?;
    g.add(scaled, bias)
}

/// max(x, 0).
pub fn relu(g: &mut Graph, x: NodeId) -> Result<NodeId> {
    g.binary_scalar(BinaryOp::Max, x, 0.0)
}

/// The tanh approximation of GELU used by T5 v1.1 ("gelu_new"):
/// 0.5 x (1 + tanh(sqrt(2/π) (x + 0.044715 x³))).
pub fn gelu_new(g: &mut Graph, x: NodeId) -> Result<NodeId> {
    let x2 = g.mul(x, x)?;
    let x3 = g.mul(x2, x)?;
    let inner = g.mul_scalar(x3, 0.044715)?;
    let inner = g.add(x, inner)?;
    let inner = g.mul_scalar(inner, (2.0 / std::f64::consts::PI).sqrt())?;
    let t = g.tanh(inner)?;
    let t = g.add_scalar(t, 1.0)?;
    let half = g.mul_scalar(x, 0.5)?;
    g.mul(half, t)
}

/// erf(x) by Abramowitz & Stegun 7.1.26 (|error| ≤ 1.5e-7, below f32's
/// resolution near 1): sign(x) · (1 − t·P(t) · exp(−x²)), t = 1 / (1 + p|x|).
pub fn erf(g: &mut Graph, x: NodeId) -> Result<NodeId> {
    const P: f64 = 0.327_591_1;
    const A: [f64; 5] = [
        0.254_829_592,
        -0.284_496_736,
        1.421_413_741,
        -1.453_152_027,
        1.061_405_429,
    ];
    let ax = g.abs(x)?;
    let d = g.mul_scalar(ax, P)?;
    let d = g.add_scalar(d, 1.0)?;
    let one = g.full(1.0, &g.spec(x).clone())?;
    let t = g.div(one, d)?;
    // Horner: t·(a1 + t·(a2 + t·(a3 + t·(a4 + t·a5)))).
    let mut poly = g.mul_scalar(t, A[4])?;
    for a in A[..4].iter().rev() {
        let sum = g.add_scalar(poly, *a)?;
        poly = g.mul(t, sum)?;
    }
    let x2 = g.mul(x, x)?;
    let e = g.neg(x2)?;
    let e = g.exp(e)?;
    let tail = g.mul(poly, e)?;
    let tail = g.neg(tail)?;
    let mag = g.add_scalar(tail, 1.0)?;
    let sign = g.sign(x)?;
    g.mul(sign, mag)
}

/// The exact (erf) GELU, HF's `"gelu"`: 0.5 x (1 + erf(x / √2)).
pub fn gelu(g: &mut Graph, x: NodeId) -> Result<NodeId> {
    let z = g.mul_scalar(x, std::f64::consts::FRAC_1_SQRT_2)?;
    let e = erf(g, z)?;
    let e = g.add_scalar(e, 1.0)?;
    let half = g.mul_scalar(x, 0.5)?;
    g.mul(half, e)
}

/// x · sigmoid(x).
pub fn swish(g: &mut Graph, x: NodeId) -> Result<NodeId> {
    let s = g.logistic(x)?;
    g.mul(x, s)
}

/// Inverted dropout: each element is kept with probability `1 - rate` and
/// scaled by `1 / (1 - rate)`. Bits come from `key` (u64[2], e.g. derived
/// from the step and replica) offset by `site`, so that every dropout site
/// of a program draws its own stream ([`hash_bits`]).
pub fn dropout(g: &mut Graph, x: NodeId, rate: f64, key: NodeId, site: u64) -> Result<NodeId> {
    if !(0.0..1.0).contains(&rate) {
        return Err(Error::Graph {
            op: "dropout".into(),
            message: format!("rate must be in [0, 1), got {rate}"),
        });
    }
    if rate == 0.0 {
        return Ok(x);
    }
    let offset = g.constant(HostTensor::new(&[0u64, site], &[2])?)?;
    let key = g.add(key, offset)?;
    let dims = g.spec(x).dims.clone();
    // Keep where the 32 bits are >= rate * 2^32.
    let bits = hash_bits(g, key, &dims)?;
    let threshold = (rate * 4294967296.0).round().min(u32::MAX as f64);
    let keep = g.compare_scalar(CmpDir::Ge, bits, threshold)?;
    let scaled = g.mul_scalar(x, 1.0 / (1.0 - rate))?;
    let zeros = g.zeros_like(x)?;
    g.select(keep, scaled, zeros)
}

/// Counter-based random bits, u32[dims], a pure function of `key` (u64[2])
/// and the element's row-major index i:
/// `mix32(mix32(i ^ k0) ^ k1)`, where `k1:k0 = mix64(key[0] ^ mix64(key[1]))`,
/// `mix64` is SplitMix64's output function (with its golden-ratio increment)
/// and `mix32` the "lowbias32" integer hash (two xor-shift-multiply rounds).
/// About 20 vectorizable integer operations per element, against about 50
/// per 32-bit word for `stablehlo.rng_bit_generator`'s Threefry, which XLA's
/// CPU backend runs on 64-bit lanes: that was about a tenth of a t5-small
/// training step with dropout. `mix32` is a bijection, so one key never
/// repeats a value within 2^32 elements.
pub fn hash_bits(g: &mut Graph, key: NodeId, dims: &[i64]) -> Result<NodeId> {
    let count: i64 = dims.iter().product();
    if g.spec(key).ty != ElementType::U64 || g.spec(key).dims != [2] || count > 1i64 << 32 {
        return Err(Error::Graph {
            op: "hash_bits".into(),
            message: format!(
                "needs a u64[2] key and at most 2^32 elements, got key {} for {dims:?}",
                g.spec(key)
            ),
        });
    }
    let word = |g: &mut Graph, i: i64| {
        let w = g.slice_dim(key, 0, i, i + 1)?;
        g.reshape(w, &[])
    };
    let (hi, lo) = (word(g, 0)?, word(g, 1)?);
    let lo = mix64(g, lo)?;
    let k = g.binary(BinaryOp::Xor, hi, lo)?;
    let k = mix64(g, k)?;
    let mask = int_scalar(g, k, u32::MAX as u64)?;
    let k0 = g.binary(BinaryOp::And, k, mask)?;
    let k0 = g.convert(k0, ElementType::U32)?;
    let k1 = shift(g, k, 32)?;
    let k1 = g.convert(k1, ElementType::U32)?;
    let index = g.iota(&TensorSpec::new(ElementType::U32, &[count]), 0)?;
    let index = g.reshape(index, dims)?;
    let x = g.binary(BinaryOp::Xor, index, k0)?;
    let x = mix32(g, x)?;
    let x = g.binary(BinaryOp::Xor, x, k1)?;
    mix32(g, x)
}

/// The integer `v` as a scalar of `x`'s type (u32 or u64), exactly.
fn int_scalar(g: &mut Graph, x: NodeId, v: u64) -> Result<NodeId> {
    match g.spec(x).ty {
        ElementType::U64 => g.constant(HostTensor::new(&[v], &[])?),
        _ => g.constant(HostTensor::new(&[v as u32], &[])?),
    }
}

/// `x >> n` (logical), for an unsigned integer `x`.
fn shift(g: &mut Graph, x: NodeId, n: u64) -> Result<NodeId> {
    let n = int_scalar(g, x, n)?;
    g.binary(BinaryOp::ShiftRightLogical, x, n)
}

/// `x ^ (x >> n)`, then times `m` (wrapping).
fn xorshift_mul(g: &mut Graph, x: NodeId, n: u64, m: u64) -> Result<NodeId> {
    let s = shift(g, x, n)?;
    let x = g.binary(BinaryOp::Xor, x, s)?;
    let m = int_scalar(g, x, m)?;
    g.binary(BinaryOp::Mul, x, m)
}

/// SplitMix64's output function on a u64 (scalar or tensor).
fn mix64(g: &mut Graph, z: NodeId) -> Result<NodeId> {
    let gamma = int_scalar(g, z, 0x9e37_79b9_7f4a_7c15)?;
    let z = g.add(z, gamma)?;
    let z = xorshift_mul(g, z, 30, 0xbf58_476d_1ce4_e5b9)?;
    let z = xorshift_mul(g, z, 27, 0x94d0_49bb_1331_11eb)?;
    let s = shift(g, z, 31)?;
    g.binary(BinaryOp::Xor, z, s)
}

/// The "lowbias32" hash on u32 (shifts 16, 15, 16).
fn mix32(g: &mut Graph, x: NodeId) -> Result<NodeId> {
    let x = xorshift_mul(g, x, 16, 0x7feb_352d)?;
    let x = xorshift_mul(g, x, 15, 0x846c_a68b)?;
    let s = shift(g, x, 16)?;
    g.binary(BinaryOp::Xor, x, s)
}

/// Token-level cross-entropy as the reference computes it, for logits
/// `[n, V]` and integer labels `[n]`; labels equal to `pad` are masked out.
/// With `smoothing` ε > 0: Σ_tokens (1−ε)·NLL + (ε/V)·Σ_v(−log p_v) (a sum,
/// as the reference's label-smoothed loss); with ε = 0: the mean NLL over
/// the non-pad tokens. -> scalar.
pub fn cross_entropy(
    g: &mut Graph,
    logits: NodeId,
    labels: NodeId,
    pad: Option<i64>,
    smoothing: f64,
) -> Result<NodeId> {
    cross_entropy_kept(g, logits, 1, labels, pad, smoothing, None)
}

/// [`cross_entropy`] for logits whose classes run along `class_dim` (1:
/// `[n, V]`; 0: `[V, n]`, vocabulary first), over the tokens where `keep`
/// (`[n]`, logits' type, 1 or 0) is 1 as well: the loss of those tokens
/// alone, as if the others were not in the batch.
pub fn cross_entropy_kept(
    g: &mut Graph,
    logits: NodeId,
    class_dim: usize,
    labels: NodeId,
    pad: Option<i64>,
    smoothing: f64,
    keep: Option<NodeId>,
) -> Result<NodeId> {
    let spec = g.spec(logits).clone();
    let token_dim = if class_dim == 0 { 1 } else { 0 };
    if spec.dims.len() != 2
        || class_dim > 1
        || g.spec(labels).dims != spec.dims[token_dim..token_dim + 1]
        || !g.spec(labels).ty.is_integer()
    {
        return Err(Error::ShapeMismatch {
            op: format!("cross_entropy (classes along dimension {class_dim})"),
            lhs: spec.to_string(),
            rhs: g.spec(labels).to_string(),
        });
    }
    let vocab = spec.dims[class_dim];
    let tokens = &spec.dims[token_dim..token_dim + 1];
    let logp = log_softmax(g, logits, class_dim)?;
    let classes = g.iota(
        &crate::runtime::TensorSpec::new(g.spec(labels).ty, &spec.dims),
        class_dim,
    )?;
    let lab = g.broadcast_in_dim(labels, &[token_dim], &spec.dims)?;
    let hit = g.compare(CmpDir::Eq, classes, lab)?;
    let onehot = g.convert(hit, spec.ty)?;
    let picked = g.mul(onehot, logp)?;
    let picked = g.reduce_sum(picked, &[class_dim])?;
    let nll = g.neg(picked)?;
    let mask = match pad {
        Some(p) => {
            let m = g.compare_scalar(CmpDir::Ne, labels, p as f64)?;
            g.convert(m, spec.ty)?
        }
        None => g.full(1.0, &crate::runtime::TensorSpec::new(spec.ty, tokens))?,
    };
    let mask = match keep {
        Some(k) => g.mul(mask, k)?,
        None => mask,
    };
    if smoothing == 0.0 {
        let masked = g.mul(nll, mask)?;
        let total = g.sum_all(masked)?;
        let count = g.sum_all(mask)?;
        let count = g.binary_scalar(BinaryOp::Max, count, 1.0)?;
        return g.div(total, count);
    }
    let all = g.reduce_sum(logp, &[class_dim])?;
    let smooth = g.mul_scalar(all, -smoothing / vocab as f64)?;
    let main = g.mul_scalar(nll, 1.0 - smoothing)?;
    let per_token = g.add(main, smooth)?;
    let masked = g.mul(per_token, mask)?;
    g.sum_all(masked)
}

/// sqrt(Σ_i Σ x_i²) over several tensors (for gradient clipping) -> scalar.
pub fn global_l2_norm(g: &mut Graph, xs: &[NodeId]) -> Result<NodeId> {
    let first = *xs.first().ok_or_else(|| Error::Graph {
        op: "global_l2_norm".into(),
        message: "no tensors".into(),
    })?;
    let ty: ElementType = g.spec(first).ty;
    let mut total = g.scalar(0.0, ty)?;
    for x in xs {
        let sq = g.mul(*x, *x)?;
        let s = g.sum_all(sq)?;
        total = g.add(total, s)?;
    }
    g.sqrt(total)
}
