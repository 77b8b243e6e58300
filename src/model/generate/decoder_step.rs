//! One decoder position with key/value caches: the body of the decode-step
//! program (`build_decode_step`).

use super::s32;
use crate::error::Result;
use crate::graph::{CmpDir, NodeId};
use crate::model::adapters::{Position, Site};
use crate::model::attention::{
    attend, attention_over, attention_weight, bucket_table, cross_bias_table, linear, min_value,
    padding_mask, position_bias_table, split_heads,
};
use crate::model::config::T5Config;
use crate::model::params::ModelBuilder;
use crate::model::t5::T5;
use crate::runtime::{ElementType, HostTensor, TensorSpec};

/// The inputs of one decoder step.
pub struct DecodeStep<'a> {
    /// `[N, 1]` s32.
    pub token: NodeId,
    /// s32 scalar: the position of `token`.
    pub position: NodeId,
    /// `[N]` s32: the cache row each row continues.
    pub beam_index: NodeId,
    /// `[N, S]` s32.
    pub enc_mask: NodeId,
    /// Per decoder layer: cross-attention keys and values `[N, S, H, dk]`.
    pub cross: &'a [(NodeId, NodeId)],
    /// Per decoder layer: self-attention caches `[N, T, H, dk]`.
    pub caches: &'a [(NodeId, NodeId)],
    pub max_len: usize,
}

impl T5<'_> {
    /// One decoder position with key/value caches: the decoder's final
    /// (normed) state `[N, 1, d]`, the LM head's input, and the updated
    /// caches.
    pub fn decoder_step(
        &self,
        b: &mut ModelBuilder,
        x: &DecodeStep,
    ) -> Result<(NodeId, Vec<(NodeId, NodeId)>)> {
        let cfg = self.cfg;
        let shared = self.shared(b)?;
        let mut h = b.g.gather(shared, x.token)?;
        let self_bias = step_self_bias(b, x.position, x.max_len, cfg)?;
        let cross_bias = step_cross_bias(b, x.position, x.enc_mask, x.max_len, cfg)?;
        let zero = b.g.scalar(0.0, ElementType::S32)?;
        let starts = [zero, x.position, zero, zero];
        let mut new_caches = Vec::with_capacity(x.caches.len());
        for i in 0..cfg.decoder_layers() {
            let p = format!("decoder.block.{i}");
            let n = self.layer_norm(b, &format!("{p}.layer.0.layer_norm"), h)?;
            let (a, cache) = self.cached_self_attention(b, i, n, x, self_bias, &starts)?;
            new_caches.push(cache);
            let site = Site::new("decoder", i, Position::SelfAttention);
            h = self.residual(b, h, a, Some(site))?;
            let n = self.layer_norm(b, &format!("{p}.layer.1.layer_norm"), h)?;
            let prefix = format!("{p}.layer.1.EncDecAttention");
            let c = attention_over(b, &prefix, n, x.cross[i], cross_bias, cfg, None)?;
            h = self.residual(b, h, c, None)?;
            h = self.decoder_feed_forward(b, i, h)?;
        }
        let h = self.layer_norm(b, "decoder.final_layer_norm", h)?;
        Ok((h, new_caches))
    }

    /// Decoder layer `i`'s self-attention of the normed state `n` `[N, 1, d]`
    /// over its cache: the attention output and the cache with this
    /// position's key and value written in (after reordering its rows by
    /// `beam_index`) at `starts` (`[0, position, 0, 0]`).
    fn cached_self_attention(
        &self,
        b: &mut ModelBuilder,
        i: usize,
        n: NodeId,
        x: &DecodeStep,
        bias: NodeId,
        starts: &[NodeId; 4],
    ) -> Result<(NodeId, (NodeId, NodeId))> {
        let cfg = self.cfg;
        let prefix = format!("decoder.block.{i}.layer.0.SelfAttention");
        let [wq, wk, wv, wo] = ['q', 'k', 'v', 'o'].map(|w| attention_weight(b, &prefix, w, cfg));
        let mut kv = Vec::with_capacity(2);
        for (w, cache) in [(wk?, x.caches[i].0), (wv?, x.caches[i].1)] {
            let y = linear(b, n, w)?;
            let y = split_heads(b, y, cfg)?;
            let cache = reorder_rows(b, cache, x.beam_index)?;
            kv.push(b.g.dynamic_update_slice(cache, y, starts)?);
        }
        let q = linear(b, n, wq?)?;
        let q = split_heads(b, q, cfg)?;
        let ctx = attend(b, q, kv[0], kv[1], bias, cfg, None)?;
        Ok((linear(b, ctx, wo?)?, (kv[0], kv[1])))
    }
}

/// `cache` `[N, ...]` with its rows taken at `index` `[N]`.
fn reorder_rows(b: &mut ModelBuilder, cache: NodeId, index: NodeId) -> Result<NodeId> {
    let dims = b.g.spec(cache).dims.clone();
    let flat = b.g.reshape(cache, &[dims[0], dims[1..].iter().product()])?;
    let rows = b.g.gather(flat, index)?;
    b.g.reshape(rows, &dims)
}

/// Row `position` of the bias that `table` `[buckets, H]` gives the bucket
/// indices `buckets` `[rows, T]`: `[1, H, 1, T]`.
fn bias_row(
    b: &mut ModelBuilder,
    table: NodeId,
    buckets: HostTensor,
    position: NodeId,
    cfg: &T5Config,
) -> Result<NodeId> {
    let t = buckets.dims()[1];
    let buckets = b.g.constant(buckets)?;
    let zero = b.g.scalar(0.0, ElementType::S32)?;
    let row = b.g.dynamic_slice(buckets, &[position, zero], &[1, t])?;
    let bias = b.g.gather(table, row)?; // [1, T, H]
    let bias = b.g.transpose(bias, &[2, 0, 1])?; // [H, 1, T]
    b.g.reshape(bias, &[1, cfg.num_heads as i64, 1, t])
}

/// The cross-attention bias of the query at `position`: the padding mask of
/// `enc_mask` `[N, S]`, plus, with `legacy_cross_attention_bias`, that row of
/// transformers 3.x's cross-attention position bias (`[N, H, 1, S]`).
fn step_cross_bias(
    b: &mut ModelBuilder,
    position: NodeId,
    enc_mask: NodeId,
    max_len: usize,
    cfg: &T5Config,
) -> Result<NodeId> {
    let pad = padding_mask(b, enc_mask)?;
    if !cfg.legacy_cross_attention_bias {
        return Ok(pad);
    }
    let s = b.g.spec(enc_mask).dims[1] as usize;
    let table = cross_bias_table(b, cfg)?;
    let row = bias_row(
        b,
        table,
        bucket_table(max_len, s, true, cfg)?,
        position,
        cfg,
    )?;
    b.g.add(row, pad)
}

/// The self-attention bias of the query at `position` over keys `0..t`:
/// the relative position bias of that row plus the causal mask, `[1, H, 1, T]`.
fn step_self_bias(
    b: &mut ModelBuilder,
    position: NodeId,
    t: usize,
    cfg: &T5Config,
) -> Result<NodeId> {
    let table = position_bias_table(b, "decoder", cfg)?;
    let bias = bias_row(b, table, bucket_table(t, t, false, cfg)?, position, cfg)?;
    let keys = b.g.iota(&s32(&[1, 1, 1, t as i64]), 3)?;
    let pos = b.g.reshape(position, &[1, 1, 1, 1])?;
    let pos = b.g.broadcast_to(pos, &[1, 1, 1, t as i64])?;
    let visible = b.g.compare(CmpDir::Le, keys, pos)?;
    let dt = b.dtype();
    let open = b.g.zeros(&TensorSpec::new(dt, &[1, 1, 1, t as i64]))?;
    let closed = b.g.scalar(min_value(dt), dt)?;
    let closed = b.g.broadcast_to(closed, &[1, 1, 1, t as i64])?;
    let causal = b.g.select(visible, open, closed)?;
    b.g.add(bias, causal)
}
