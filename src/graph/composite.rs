//! Composite operations, written in primitives only: they need no gradient
//! or emission code of their own.

use super::op::{BinaryOp, CmpDir, NodeId, ReduceKind};
use super::Graph;
use crate::error::{Error, Result};
use crate::runtime::{ElementType, HostTensor};

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

/// x · sigmoid(x).
pub fn swish(g: &mut Graph, x: NodeId) -> Result<NodeId> {
    let s = g.logistic(x)?;
    g.mul(x, s)
}

/// Inverted dropout: each element is kept with probability `1 - rate` and
/// scaled by `1 / (1 - rate)`. Bits come from `key` (u64[2], e.g. derived
/// from the step and replica) offset by `site`, so that every dropout site
/// of a program draws its own stream.
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
    let keep = match dims.last() {
        // One 32-bit draw gives two 16-bit uniforms (low and high halves), so
        // XLA's Threefry, about a tenth of a t5-small training step on CPU,
        // runs on half as many elements. Keep where the 16 bits are
        // >= rate * 2^16: probability 1 - rate up to 2^-17.
        Some(&last) if last % 2 == 0 => {
            let mut half = dims.clone();
            let n = half.len();
            half[n - 1] = last / 2;
            let bits = g.rng_bits(key, &half)?;
            let hi = g.binary_scalar(BinaryOp::Div, bits, 65536.0)?;
            let hi_shifted = g.mul_scalar(hi, 65536.0)?;
            let lo = g.sub(bits, hi_shifted)?;
            let halves = g.concatenate(&[lo, hi], dims.len() - 1)?;
            let threshold = (rate * 65536.0).round().min(65535.0);
            g.compare_scalar(CmpDir::Ge, halves, threshold)?
        }
        // Keep where the 32 bits are >= rate * 2^32.
        _ => {
            let bits = g.rng_bits(key, &dims)?;
            let threshold = (rate * 4294967296.0).round().min(u32::MAX as f64);
            g.compare_scalar(CmpDir::Ge, bits, threshold)?
        }
    };
    let scaled = g.mul_scalar(x, 1.0 / (1.0 - rate))?;
    let zeros = g.zeros_like(x)?;
    g.select(keep, scaled, zeros)
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
    let spec = g.spec(logits).clone();
    if spec.dims.len() != 2
        || g.spec(labels).dims != spec.dims[..1]
        || !g.spec(labels).ty.is_integer()
    {
        return Err(Error::ShapeMismatch {
            op: "cross_entropy".into(),
            lhs: spec.to_string(),
            rhs: g.spec(labels).to_string(),
        });
    }
    let vocab = spec.dims[1];
    let logp = log_softmax(g, logits, 1)?;
    let classes = g.iota(
        &crate::runtime::TensorSpec::new(g.spec(labels).ty, &spec.dims),
        1,
    )?;
    let lab = g.broadcast_in_dim(labels, &[0], &spec.dims)?;
    let hit = g.compare(CmpDir::Eq, classes, lab)?;
    let onehot = g.convert(hit, spec.ty)?;
    let picked = g.mul(onehot, logp)?;
    let picked = g.reduce_sum(picked, &[1])?;
    let nll = g.neg(picked)?;
    let mask = match pad {
        Some(p) => {
            let m = g.compare_scalar(CmpDir::Ne, labels, p as f64)?;
            g.convert(m, spec.ty)?
        }
        None => g.full(
            1.0,
            &crate::runtime::TensorSpec::new(spec.ty, &spec.dims[..1]),
        )?,
    };
    if smoothing == 0.0 {
        let masked = g.mul(nll, mask)?;
        let total = g.sum_all(masked)?;
        let count = g.sum_all(mask)?;
        let count = g.binary_scalar(BinaryOp::Max, count, 1.0)?;
        return g.div(total, count);
    }
    let all = g.reduce_sum(logp, &[1])?;
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
