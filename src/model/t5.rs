//! T5 (HF layout) as a graph: encoder, decoder, relative position bias,
//! cross-attention, adapters, lm head and loss. Parameter names are HF
//! checkpoint keys (`encoder.block.3.layer.0.SelfAttention.q.weight`).

use super::adapters::{Position, Site, TaskAdapters};
use super::attention::{
    attention, attention_over, causal_mask, cross_position_bias, linear, maybe_dropout,
    padding_mask, position_bias,
};
use super::config::T5Config;
use super::params::{Group, Init, ModelBuilder};
use crate::error::Result;
use crate::graph::{composite, DotDims, NodeId};
use crate::runtime::ElementType;

/// Program inputs, all s32: `input_ids`/`attention_mask` `[B, S]`,
/// `decoder_input_ids`/`labels` `[B, T]`.
#[derive(Clone, Copy, Debug)]
pub struct T5Inputs {
    pub input_ids: NodeId,
    pub attention_mask: NodeId,
    pub decoder_input_ids: NodeId,
    pub labels: Option<NodeId>,
}

#[derive(Clone, Copy, Debug)]
pub struct T5Outputs {
    /// `[B, T, d]`: the decoder's final hidden state, before the LM head
    /// (`T5::lm_head` gives the logits `[B, T, V]`; the loss reads them
    /// vocabulary first, without building these).
    pub decoder_hidden: NodeId,
    /// `[B, S, d]`
    pub encoder_hidden: NodeId,
    /// Scalar, when labels were given.
    pub loss: Option<NodeId>,
}

/// What the decoder's cross-attention reads.
#[derive(Clone, Copy, Debug)]
pub enum EncoderSide<'a> {
    /// The encoder's final states `[B, S, d]`.
    States(NodeId),
    /// Per decoder layer, keys and values `[B, S, H, dk]` projected from them
    /// (`attention::cross_keys_values`).
    Projected(&'a [(NodeId, NodeId)]),
}

/// One task's T5: the architecture, its adapters, and the dropout key
/// (`Some` when training with dropout).
pub struct T5<'a> {
    pub cfg: &'a T5Config,
    pub adapters: Option<TaskAdapters<'a>>,
    pub dropout_key: Option<NodeId>,
    pub label_smoothing: f64,
    pub ignore_pad: bool,
}

impl<'a> T5<'a> {
    /// `task`'s model under `run`: its adapters (if any), the run's loss
    /// settings, and dropout when `dropout_key` is given.
    pub fn for_task(
        cfg: &'a T5Config,
        settings: Option<&'a super::adapters::AdapterSettings>,
        task: &'a str,
        run: &crate::config::Config,
        dropout_key: Option<NodeId>,
    ) -> Self {
        T5 {
            cfg,
            adapters: settings.map(|settings| TaskAdapters {
                settings,
                task,
                num_layers: cfg.num_layers,
                num_decoder_layers: cfg.decoder_layers(),
            }),
            dropout_key: dropout_key.filter(|_| cfg.dropout_rate > 0.0),
            label_smoothing: run.label_smoothing,
            ignore_pad: run.ignore_pad_token_for_loss,
        }
    }
}

impl T5<'_> {
    /// T5LayerNorm (RMS norm, no bias) with weight `{prefix}.weight`, then
    /// the task-conditioned LayerNorm when `conditional_layer_norm_for_T5`
    /// (which replaces it with `remove_original_layer_norms`).
    pub(crate) fn layer_norm(
        &self,
        b: &mut ModelBuilder,
        prefix: &str,
        x: NodeId,
    ) -> Result<NodeId> {
        let (d, eps) = (self.cfg.d_model, self.cfg.layer_norm_epsilon);
        let conditional = self
            .adapters
            .as_ref()
            .filter(|a| a.settings.conditional_t5_norms);
        let y = match conditional {
            Some(a) if a.settings.remove_t5_norms => x,
            _ => {
                let w = b.param(
                    &format!("{prefix}.weight"),
                    &[d],
                    Init::Ones,
                    Group::LayerNorm,
                )?;
                composite::rms_norm(&mut b.g, x, w, eps)?
            }
        };
        match conditional {
            Some(a) => a.conditional_norm(b, prefix, y, d, eps),
            None => Ok(y),
        }
    }

    pub(crate) fn dropout(&self, b: &mut ModelBuilder, x: NodeId) -> Result<NodeId> {
        maybe_dropout(b, x, self.cfg, self.dropout_key)
    }

    /// The shared token embedding `[V, d]`.
    pub(crate) fn shared(&self, b: &mut ModelBuilder) -> Result<NodeId> {
        let std = self.cfg.initializer_factor;
        b.param(
            "shared.weight",
            &[self.cfg.vocab_size, self.cfg.d_model],
            Init::Normal(std),
            Group::Embedding,
        )
    }

    /// `T5DenseActDense` / `T5DenseGatedActDense`: `[B, S, d] -> [B, S, d]`.
    pub(crate) fn feed_forward(
        &self,
        b: &mut ModelBuilder,
        prefix: &str,
        x: NodeId,
    ) -> Result<NodeId> {
        let (d, ff, f) = (self.cfg.d_model, self.cfg.d_ff, self.cfg.initializer_factor);
        let wi_std = Init::Normal(f * (d as f64).powf(-0.5));
        let wo = b.param(
            &format!("{prefix}.wo.weight"),
            &[d, ff],
            Init::Normal(f * (ff as f64).powf(-0.5)),
            Group::FeedForward,
        )?;
        let h = if self.cfg.is_gated() {
            let w0 = b.param(
                &format!("{prefix}.wi_0.weight"),
                &[ff, d],
                wi_std,
                Group::FeedForward,
            )?;
            let w1 = b.param(
                &format!("{prefix}.wi_1.weight"),
                &[ff, d],
                wi_std,
                Group::FeedForward,
            )?;
            let gate = linear(b, x, w0)?;
            let gate = composite::gelu_new(&mut b.g, gate)?;
            let lin = linear(b, x, w1)?;
            b.g.mul(gate, lin)?
        } else {
            let wi = b.param(
                &format!("{prefix}.wi.weight"),
                &[ff, d],
                wi_std,
                Group::FeedForward,
            )?;
            let h = linear(b, x, wi)?;
            composite::relu(&mut b.g, h)?
        };
        let h = self.dropout(b, h)?;
        linear(b, h, wo)
    }

    /// `h + Dropout(A(sublayer_out))`, the residual of every sublayer.
    pub(crate) fn residual(
        &self,
        b: &mut ModelBuilder,
        h: NodeId,
        out: NodeId,
        site: Option<Site>,
    ) -> Result<NodeId> {
        let out = match (&self.adapters, site) {
            (Some(a), Some(site)) => a.apply(b, &site, out, self.cfg.d_model)?,
            _ => out,
        };
        let out = self.dropout(b, out)?;
        b.g.add(h, out)
    }

    /// `[B, S] ids -> [B, S, d]` final encoder states.
    pub fn encoder(&self, b: &mut ModelBuilder, ids: NodeId, mask: NodeId) -> Result<NodeId> {
        let s = b.g.spec(ids).dims[1] as usize;
        let shared = self.shared(b)?;
        let mut h = b.g.gather(shared, ids)?;
        h = self.dropout(b, h)?;
        let pos = position_bias(b, "encoder", s, s, true, self.cfg)?;
        let pad = padding_mask(b, mask)?;
        let bias = b.g.add(pos, pad)?;
        for i in 0..self.cfg.num_layers {
            let p = format!("encoder.block.{i}");
            let n = self.layer_norm(b, &format!("{p}.layer.0.layer_norm"), h)?;
            let a = attention(
                b,
                &format!("{p}.layer.0.SelfAttention"),
                n,
                n,
                bias,
                self.cfg,
                self.dropout_key,
            )?;
            let site = Site::new("encoder", i, Position::SelfAttention);
            h = self.residual(b, h, a, Some(site))?;
            let n = self.layer_norm(b, &format!("{p}.layer.1.layer_norm"), h)?;
            let f = self.feed_forward(b, &format!("{p}.layer.1.DenseReluDense"), n)?;
            let site = Site::new("encoder", i, Position::FeedForward);
            h = self.residual(b, h, f, Some(site))?;
        }
        let h = self.layer_norm(b, "encoder.final_layer_norm", h)?;
        self.dropout(b, h)
    }

    /// `[B, T] ids, [B, S, d] encoder states -> [B, T, d]` final decoder states.
    pub fn decoder(
        &self,
        b: &mut ModelBuilder,
        ids: NodeId,
        enc: NodeId,
        enc_mask: NodeId,
    ) -> Result<NodeId> {
        self.decoder_over(b, ids, EncoderSide::States(enc), enc_mask)
    }

    /// The decoder over `enc`: the encoder states, or every layer's
    /// cross-attention keys and values already projected from them (the
    /// encode program's outputs, so that its loss does not project twice).
    pub fn decoder_over(
        &self,
        b: &mut ModelBuilder,
        ids: NodeId,
        enc: EncoderSide,
        enc_mask: NodeId,
    ) -> Result<NodeId> {
        let t = b.g.spec(ids).dims[1] as usize;
        let shared = self.shared(b)?;
        let mut h = b.g.gather(shared, ids)?;
        h = self.dropout(b, h)?;
        let pos = position_bias(b, "decoder", t, t, false, self.cfg)?;
        let causal = causal_mask(b, t)?;
        let self_bias = b.g.add(pos, causal)?;
        let mut cross_bias = padding_mask(b, enc_mask)?;
        if self.cfg.legacy_cross_attention_bias {
            let s = b.g.spec(enc_mask).dims[1] as usize;
            let pos = cross_position_bias(b, t, s, self.cfg)?;
            cross_bias = b.g.add(pos, cross_bias)?;
        }
        for i in 0..self.cfg.decoder_layers() {
            let p = format!("decoder.block.{i}");
            let n = self.layer_norm(b, &format!("{p}.layer.0.layer_norm"), h)?;
            let a = attention(
                b,
                &format!("{p}.layer.0.SelfAttention"),
                n,
                n,
                self_bias,
                self.cfg,
                self.dropout_key,
            )?;
            let site = Site::new("decoder", i, Position::SelfAttention);
            h = self.residual(b, h, a, Some(site))?;
            let n = self.layer_norm(b, &format!("{p}.layer.1.layer_norm"), h)?;
            let prefix = format!("{p}.layer.1.EncDecAttention");
            let c = match enc {
                EncoderSide::States(enc) => {
                    attention(b, &prefix, n, enc, cross_bias, self.cfg, self.dropout_key)?
                }
                EncoderSide::Projected(kv) => {
                    attention_over(b, &prefix, n, kv[i], cross_bias, self.cfg, self.dropout_key)?
                }
            };
            h = self.residual(b, h, c, None)?;
            h = self.decoder_feed_forward(b, i, h)?;
        }
        let h = self.layer_norm(b, "decoder.final_layer_norm", h)?;
        self.dropout(b, h)
    }

    /// Decoder block `i`'s feed-forward layer (layer norm, feed-forward, its
    /// adapter, residual) on `h`.
    pub(crate) fn decoder_feed_forward(
        &self,
        b: &mut ModelBuilder,
        i: usize,
        h: NodeId,
    ) -> Result<NodeId> {
        let p = format!("decoder.block.{i}.layer.2");
        let n = self.layer_norm(b, &format!("{p}.layer_norm"), h)?;
        let f = self.feed_forward(b, &format!("{p}.DenseReluDense"), n)?;
        let site = Site::new("decoder", i, Position::FeedForward);
        self.residual(b, h, f, Some(site))
    }

    /// `[B, T, d] -> [B, T, V]`: the tied embedding (after scaling by
    /// d_model^-0.5, v1.0) or the separate `lm_head` (v1.1).
    pub fn lm_head(&self, b: &mut ModelBuilder, h: NodeId) -> Result<NodeId> {
        let (h, w) = self.lm_head_input(b, h)?;
        linear(b, h, w)
    }

    /// The LM head's input (scaled when the embedding is tied) and weight `[V, d]`.
    fn lm_head_input(&self, b: &mut ModelBuilder, h: NodeId) -> Result<(NodeId, NodeId)> {
        if self.cfg.tie_word_embeddings {
            let shared = self.shared(b)?;
            let h = b.g.mul_scalar(h, (self.cfg.d_model as f64).powf(-0.5))?;
            return Ok((h, shared));
        }
        let std = self.cfg.initializer_factor;
        let w = b.param(
            "lm_head.weight",
            &[self.cfg.vocab_size, self.cfg.d_model],
            Init::Normal(std),
            Group::LmHead,
        )?;
        Ok((h, w))
    }

    /// `[B, T, d] -> [V, B·T]`: the LM head's logits vocabulary first, as the
    /// weight-first product `W · hᵀ`. The loss reads them this way because
    /// the CPU plugin runs that product several times faster than `h · Wᵀ`
    /// (few rows, 32k columns; see the README's Benchmarks), and its
    /// reductions run over the leading dimension as well as the last.
    pub fn vocab_major_logits(&self, b: &mut ModelBuilder, h: NodeId) -> Result<NodeId> {
        let (h, w) = self.lm_head_input(b, h)?;
        let dims = b.g.spec(h).dims.clone();
        let rows = dims[..dims.len() - 1].iter().product();
        let flat = b.g.reshape(h, &[rows, dims[dims.len() - 1]])?;
        let contract = DotDims {
            lhs_contract: vec![1],
            rhs_contract: vec![1],
            ..Default::default()
        };
        b.g.dot_general(w, flat, contract)
    }

    /// The whole model up to the decoder's hidden state; with labels, the
    /// loss of ruse-system.md §6.
    pub fn forward(&self, b: &mut ModelBuilder, x: &T5Inputs) -> Result<T5Outputs> {
        let enc = self.encoder(b, x.input_ids, x.attention_mask)?;
        let dec = self.decoder(b, x.decoder_input_ids, enc, x.attention_mask)?;
        let loss = match x.labels {
            Some(labels) => Some(self.loss(b, dec, labels, None)?),
            None => None,
        };
        Ok(T5Outputs {
            decoder_hidden: dec,
            encoder_hidden: enc,
            loss,
        })
    }

    /// The loss of the decoder's output `decoder_hidden` `[N, T, d]` (through
    /// the LM head) against `labels` `[N, T]`; with `keep_rows` (`[N]` s32, 1
    /// or 0), of the rows marked 1 alone.
    pub fn loss(
        &self,
        b: &mut ModelBuilder,
        decoder_hidden: NodeId,
        labels: NodeId,
        keep_rows: Option<NodeId>,
    ) -> Result<NodeId> {
        let dims = b.g.spec(decoder_hidden).dims.clone();
        let n = dims[0] * dims[1];
        let logits = self.vocab_major_logits(b, decoder_hidden)?;
        // The loss is computed in f32 even when the model computes in bf16/f16.
        let logits = match b.dtype() {
            ElementType::BF16 | ElementType::F16 => b.g.convert(logits, ElementType::F32)?,
            _ => logits,
        };
        let lab = b.g.reshape(labels, &[n])?;
        // The reference's label-smoothed loss always masks pad labels; only its
        // plain cross-entropy (ε = 0) reads `ignore_pad_token_for_loss`.
        let masks_pad = self.ignore_pad || self.label_smoothing > 0.0;
        let pad = masks_pad.then_some(self.cfg.pad_token_id as i64);
        let keep = match keep_rows {
            Some(rows) => {
                let rows = b.g.convert(rows, ElementType::F32)?;
                let rows = b.g.broadcast_in_dim(rows, &[0], &dims[..2])?;
                Some(b.g.reshape(rows, &[n])?)
            }
            None => None,
        };
        composite::cross_entropy_kept(&mut b.g, logits, 0, lab, pad, self.label_smoothing, keep)
    }
}
