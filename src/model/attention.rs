//! T5 attention: relative position buckets, masks, multi-head attention.
//! Shapes: `B` batch, `S` query length, `T` key length, `H` heads.

use super::checkpoint::LEGACY_CROSS_ATTENTION_BIAS;
use super::config::T5Config;
use super::params::{Group, Init, ModelBuilder};
use crate::error::Result;
use crate::graph::{DotDims, NodeId};
use crate::runtime::{ElementType, HostTensor};

/// HF `T5Attention._relative_position_bucket` for one relative position
/// (key position minus query position), computed in f32 as PyTorch does.
pub fn relative_position_bucket(
    relative: i64,
    bidirectional: bool,
    num_buckets: usize,
    max_distance: usize,
) -> i32 {
    let mut buckets = num_buckets as i64;
    let mut bucket = 0i64;
    let mut rp = relative;
    if bidirectional {
        buckets /= 2;
        if rp > 0 {
            bucket += buckets;
        }
        rp = rp.abs();
    } else {
        rp = -rp.min(0);
    }
    let max_exact = buckets / 2;
    if rp < max_exact {
        return (bucket + rp) as i32;
    }
    let scale = (max_distance as f64 / max_exact as f64).ln() as f32;
    let large = ((rp as f32 / max_exact as f32).ln() / scale * (buckets - max_exact) as f32) as i64;
    (bucket + (max_exact + large).min(buckets - 1)) as i32
}

/// `[S, T]` bucket indices for queries `0..s` and keys `0..t`.
pub fn bucket_table(s: usize, t: usize, bidirectional: bool, cfg: &T5Config) -> Result<HostTensor> {
    let mut idx = Vec::with_capacity(s * t);
    for q in 0..s {
        for k in 0..t {
            idx.push(relative_position_bucket(
                k as i64 - q as i64,
                bidirectional,
                cfg.relative_attention_num_buckets,
                cfg.relative_attention_max_distance,
            ));
        }
    }
    HostTensor::new(&idx, &[s as i64, t as i64])
}

/// A relative-attention-bias table `[buckets, H]` named `name`.
fn bias_table(b: &mut ModelBuilder, name: &str, cfg: &T5Config) -> Result<NodeId> {
    let std = cfg.initializer_factor * (cfg.d_model as f64).powf(-0.5);
    b.param(
        name,
        &[cfg.relative_attention_num_buckets, cfg.num_heads],
        Init::Normal(std),
        Group::Attention,
    )
}

/// A stack's relative-attention-bias table `[buckets, H]` (held by its first block).
pub fn position_bias_table(b: &mut ModelBuilder, prefix: &str, cfg: &T5Config) -> Result<NodeId> {
    let name = format!("{prefix}.block.0.layer.0.SelfAttention.relative_attention_bias.weight");
    bias_table(b, &name, cfg)
}

/// The table of transformers 3.x's cross-attention position bias
/// ([`LEGACY_CROSS_ATTENTION_BIAS`], `[buckets, H]`), when
/// `legacy_cross_attention_bias` is on.
pub fn cross_bias_table(b: &mut ModelBuilder, cfg: &T5Config) -> Result<NodeId> {
    bias_table(b, LEGACY_CROSS_ATTENTION_BIAS, cfg)
}

/// `[1, H, S, T]` from a bias `table` `[buckets, H]` and bucket indices `[S, T]`.
fn bias_from_buckets(
    b: &mut ModelBuilder,
    table: NodeId,
    buckets: HostTensor,
    cfg: &T5Config,
) -> Result<NodeId> {
    let (s, t) = (buckets.dims()[0], buckets.dims()[1]);
    let idx = b.g.constant(buckets)?;
    let bias = b.g.gather(table, idx)?; // [S, T, H]
    let bias = b.g.transpose(bias, &[2, 0, 1])?;
    b.g.reshape(bias, &[1, cfg.num_heads as i64, s, t])
}

/// The relative position bias of one stack, `[1, H, S, T]`, from the table
/// `{prefix}.block.0.layer.0.SelfAttention.relative_attention_bias.weight`.
pub fn position_bias(
    b: &mut ModelBuilder,
    prefix: &str,
    s: usize,
    t: usize,
    bidirectional: bool,
    cfg: &T5Config,
) -> Result<NodeId> {
    let table = position_bias_table(b, prefix, cfg)?;
    bias_from_buckets(b, table, bucket_table(s, t, bidirectional, cfg)?, cfg)
}

/// transformers 3.x's cross-attention position bias of decoder positions
/// `0..t` over encoder positions `0..s`, `[1, H, T, S]`: bidirectional
/// buckets of encoder position minus decoder position (transformers 3.5's
/// `T5LayerCrossAttention` builds its attention with `is_bidirectional=True`;
/// the decoder's block 0 computes it, every block adds it).
pub fn cross_position_bias(
    b: &mut ModelBuilder,
    t: usize,
    s: usize,
    cfg: &T5Config,
) -> Result<NodeId> {
    let table = cross_bias_table(b, cfg)?;
    bias_from_buckets(b, table, bucket_table(t, s, true, cfg)?, cfg)
}

/// The additive mask `(1 - keep) * min` of `keep` `[B, T]` (1 = attend), as `[B, 1, 1, T]`.
pub fn padding_mask(b: &mut ModelBuilder, keep: NodeId) -> Result<NodeId> {
    let dims = b.g.spec(keep).dims.clone();
    let dt = b.dtype();
    let keep = b.g.convert(keep, dt)?;
    let one = b.g.scalar(1.0, dt)?;
    let drop = b.g.sub(one, keep)?;
    let mask =
        b.g.binary_scalar(crate::graph::BinaryOp::Mul, drop, min_value(dt))?;
    b.g.reshape(mask, &[dims[0], 1, 1, dims[1]])
}

/// The causal additive mask `[1, 1, T, T]` (query q sees keys ≤ q).
pub fn causal_mask(b: &mut ModelBuilder, t: usize) -> Result<NodeId> {
    let dt = b.dtype();
    let mut v = Vec::with_capacity(t * t);
    for q in 0..t {
        for k in 0..t {
            v.push(if k <= q { 0.0 } else { min_value(dt) });
        }
    }
    let c =
        b.g.constant(HostTensor::new(&v, &[1, 1, t as i64, t as i64])?)?;
    b.g.convert(c, dt)
}

/// The most negative finite value of a float type (what HF adds for masked keys).
pub fn min_value(dt: ElementType) -> f64 {
    match dt {
        ElementType::F64 => f64::MIN,
        ElementType::F16 => -65504.0,
        ElementType::BF16 => -3.3895313892515355e38,
        _ => f32::MIN as f64,
    }
}

/// `[.., in] -> [.., out]` with a PyTorch-layout weight `[out, in]` (no bias).
///
/// Leading dimensions are flattened into one for the product (`[B, L, in]`
/// runs as `[B·L, in] · [out, in]ᵀ`): the XLA CPU plugin runs the 2-D
/// product much faster than the same product with two free dimensions
/// (t5-small's feed-forward input at batch 32 × 128: 45 ms against 78 ms on
/// its own), and the gradients then contract one dimension, not two (an
/// adapter's up-projection weight gradient: 3.5 ms against 6.7 ms). `benches/train_step.rs`
/// with `RUSE_BENCH_PRODUCTS=1` times every product of a step this way.
pub fn linear(b: &mut ModelBuilder, x: NodeId, w: NodeId) -> Result<NodeId> {
    let shape = b.g.spec(x).dims.clone();
    let rank = shape.len();
    let dims = DotDims {
        lhs_contract: vec![rank.min(2) - 1],
        rhs_contract: vec![1],
        ..Default::default()
    };
    if rank <= 2 {
        return b.g.dot_general(x, w, dims);
    }
    let rows = shape[..rank - 1].iter().product();
    let flat = b.g.reshape(x, &[rows, shape[rank - 1]])?;
    let y = b.g.dot_general(flat, w, dims)?;
    let mut out = shape;
    out[rank - 1] = b.g.spec(w).dims[0];
    b.g.reshape(y, &out)
}

/// One of an attention block's projection weights: `q`, `k` or `v`
/// `[inner, d]`, or `o` `[d, inner]` (PyTorch layout), under `prefix`.
pub fn attention_weight(
    b: &mut ModelBuilder,
    prefix: &str,
    which: char,
    cfg: &T5Config,
) -> Result<NodeId> {
    let (d, inner, f) = (cfg.d_model, cfg.inner_dim(), cfg.initializer_factor);
    let (dims, std) = match which {
        'q' => ([inner, d], f * ((d * cfg.d_kv) as f64).powf(-0.5)),
        'k' | 'v' => ([inner, d], f * (d as f64).powf(-0.5)),
        _ => ([d, inner], f * (inner as f64).powf(-0.5)),
    };
    b.param(
        &format!("{prefix}.{which}.weight"),
        &dims,
        Init::Normal(std),
        Group::Attention,
    )
}

/// `[B, L, inner] -> [B, L, H, dk]`.
pub fn split_heads(b: &mut ModelBuilder, y: NodeId, cfg: &T5Config) -> Result<NodeId> {
    let dims = b.g.spec(y).dims.clone();
    b.g.reshape(
        y,
        &[dims[0], dims[1], cfg.num_heads as i64, cfg.d_kv as i64],
    )
}

/// The attention of heads `q` `[B, S, H, dk]` over `k`, `v` `[B, T, H, dk]`
/// with the additive `bias` `[B|1, H, S, T]`, before the output projection:
/// `[B, S, inner]`. No 1/sqrt(d_kv) scaling (T5).
pub fn attend(
    b: &mut ModelBuilder,
    q: NodeId,
    k: NodeId,
    v: NodeId,
    bias: NodeId,
    cfg: &T5Config,
    dropout: Option<NodeId>,
) -> Result<NodeId> {
    let qs = b.g.spec(q).dims.clone();
    // [B, S, H, dk] x [B, T, H, dk] -> [B, H, S, T]
    let qk = DotDims {
        lhs_batch: vec![0, 2],
        rhs_batch: vec![0, 2],
        lhs_contract: vec![3],
        rhs_contract: vec![3],
    };
    let scores = b.g.dot_general(q, k, qk)?;
    let scores = b.g.add(scores, bias)?;
    let probs = crate::graph::composite::softmax(&mut b.g, scores, 3)?;
    let probs = maybe_dropout(b, probs, cfg, dropout)?;
    // [B, H, S, T] x [B, T, H, dk] -> [B, H, S, dk]
    let pv = DotDims {
        lhs_batch: vec![0, 1],
        rhs_batch: vec![0, 2],
        lhs_contract: vec![3],
        rhs_contract: vec![1],
    };
    let ctx = b.g.dot_general(probs, v, pv)?;
    let ctx = b.g.transpose(ctx, &[0, 2, 1, 3])?;
    b.g.reshape(ctx, &[qs[0], qs[1], cfg.inner_dim() as i64])
}

/// Multi-head attention of `x` `[B, S, d]` over `kv` `[B, T, d]` with the
/// additive `bias` `[B|1, H, S, T]` (position bias plus masks): -> `[B, S, d]`.
/// `prefix` is e.g. `encoder.block.0.layer.0.SelfAttention`.
pub fn attention(
    b: &mut ModelBuilder,
    prefix: &str,
    x: NodeId,
    kv: NodeId,
    bias: NodeId,
    cfg: &T5Config,
    dropout: Option<NodeId>,
) -> Result<NodeId> {
    let [wq, wk, wv, wo] = ['q', 'k', 'v', 'o'].map(|w| attention_weight(b, prefix, w, cfg));
    let q = linear(b, x, wq?)?;
    let q = split_heads(b, q, cfg)?;
    let k = linear(b, kv, wk?)?;
    let k = split_heads(b, k, cfg)?;
    let v = linear(b, kv, wv?)?;
    let v = split_heads(b, v, cfg)?;
    let ctx = attend(b, q, k, v, bias, cfg, dropout)?;
    linear(b, ctx, wo?)
}

/// Multi-head attention of `x` `[B, S, d]` over keys and values already
/// projected and split into heads, `k`, `v` `[B, T, H, dk]` (the decoder's
/// cross-attention over encoder states projected once, in the encode
/// program and the decode step): the query and output projections of the
/// block at `prefix`, -> `[B, S, d]`.
pub fn attention_over(
    b: &mut ModelBuilder,
    prefix: &str,
    x: NodeId,
    (k, v): (NodeId, NodeId),
    bias: NodeId,
    cfg: &T5Config,
    dropout: Option<NodeId>,
) -> Result<NodeId> {
    let wq = attention_weight(b, prefix, 'q', cfg)?;
    let wo = attention_weight(b, prefix, 'o', cfg)?;
    let q = linear(b, x, wq)?;
    let q = split_heads(b, q, cfg)?;
    let ctx = attend(b, q, k, v, bias, cfg, dropout)?;
    linear(b, ctx, wo)
}

/// Every decoder layer's cross-attention keys and values `[B, S, H, dk]`
/// from the encoder states `enc` `[B, S, d]`.
pub fn cross_keys_values(
    b: &mut ModelBuilder,
    enc: NodeId,
    cfg: &T5Config,
) -> Result<Vec<(NodeId, NodeId)>> {
    let mut out = Vec::with_capacity(cfg.decoder_layers());
    for i in 0..cfg.decoder_layers() {
        let prefix = format!("decoder.block.{i}.layer.1.EncDecAttention");
        let mut kv = [enc; 2];
        for (slot, which) in kv.iter_mut().zip(['k', 'v']) {
            let w = attention_weight(b, &prefix, which, cfg)?;
            let y = linear(b, enc, w)?;
            *slot = split_heads(b, y, cfg)?;
        }
        out.push((kv[0], kv[1]));
    }
    Ok(out)
}

/// Dropout with the config's rate when a key is given (training), else identity.
pub fn maybe_dropout(
    b: &mut ModelBuilder,
    x: NodeId,
    cfg: &T5Config,
    key: Option<NodeId>,
) -> Result<NodeId> {
    match key {
        Some(key) if cfg.dropout_rate > 0.0 => {
            let site = b.next_dropout_site();
            crate::graph::composite::dropout(&mut b.g, x, cfg.dropout_rate, key, site)
        }
        _ => Ok(x),
    }
}
