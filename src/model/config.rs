//! T5 architecture configuration: read from an HF `config.json`, or one of
//! the built-in presets.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The fields that decide the parameters' names and shapes.
const SHAPE_KEYS: &[&str] = &[
    "vocab_size",
    "d_model",
    "d_kv",
    "d_ff",
    "num_layers",
    "num_decoder_layers",
    "num_heads",
    "relative_attention_num_buckets",
    "feed_forward_proj",
    "tie_word_embeddings",
];

/// The HF `T5Config` fields that define the architecture.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct T5Config {
    pub vocab_size: usize,
    pub d_model: usize,
    pub d_kv: usize,
    pub d_ff: usize,
    pub num_layers: usize,
    /// Defaults to `num_layers` when absent.
    pub num_decoder_layers: Option<usize>,
    pub num_heads: usize,
    pub relative_attention_num_buckets: usize,
    pub relative_attention_max_distance: usize,
    pub dropout_rate: f64,
    pub layer_norm_epsilon: f64,
    pub initializer_factor: f64,
    /// "relu" (T5 v1.0) or "gated-gelu" (T5 v1.1).
    pub feed_forward_proj: String,
    pub tie_word_embeddings: bool,
    pub pad_token_id: usize,
    pub eos_token_id: usize,
    pub decoder_start_token_id: usize,
    pub model_type: String,
    /// ruse's own key: the decoder's cross-attention adds transformers 3.x's
    /// position bias (bidirectional buckets of encoder position minus decoder
    /// position, from the table `LEGACY_CROSS_ATTENTION_BIAS`), as models
    /// fine-tuned on transformers < 4.0 (hyperformer's among them) were
    /// trained. Written to `config.json` only when on.
    #[serde(skip_serializing_if = "is_false", deserialize_with = "bool_or_null")]
    pub legacy_cross_attention_bias: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A `config.json`'s `legacy_cross_attention_bias` value: `true` or
/// `false`, `null` (or absent) as no setting; anything else an error naming
/// the key.
pub(crate) fn legacy_setting(v: &serde_json::Value) -> std::result::Result<Option<bool>, String> {
    match v {
        serde_json::Value::Null => Ok(None),
        serde_json::Value::Bool(on) => Ok(Some(*on)),
        other => Err(format!(
            "legacy_cross_attention_bias is {other}, not true or false"
        )),
    }
}

/// [`legacy_setting`] for the field: no setting is off.
fn bool_or_null<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<bool, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    legacy_setting(&v)
        .map(|on| on.unwrap_or(false))
        .map_err(serde::de::Error::custom)
}

impl Default for T5Config {
    /// The HF `T5Config()` defaults (the t5-small architecture).
    fn default() -> Self {
        T5Config {
            vocab_size: 32128,
            d_model: 512,
            d_kv: 64,
            d_ff: 2048,
            num_layers: 6,
            num_decoder_layers: None,
            num_heads: 8,
            relative_attention_num_buckets: 32,
            relative_attention_max_distance: 128,
            dropout_rate: 0.1,
            layer_norm_epsilon: 1e-6,
            initializer_factor: 1.0,
            feed_forward_proj: "relu".into(),
            tie_word_embeddings: true,
            pad_token_id: 0,
            eos_token_id: 1,
            decoder_start_token_id: 0,
            model_type: "t5".into(),
            legacy_cross_attention_bias: false,
        }
    }
}

/// The built-in architecture presets.
pub const PRESETS: &[&str] = &[
    "t5-small",
    "t5-base",
    "t5-large",
    "t5-v1_1-small",
    "t5-v1_1-base",
    "t5-v1_1-large",
    "t5-tiny",
    "t5-mini",
];

impl T5Config {
    /// Feed-forward flavour: gated GELU (v1.1) or ReLU (v1.0).
    pub fn is_gated(&self) -> bool {
        self.feed_forward_proj.starts_with("gated")
    }

    pub fn decoder_layers(&self) -> usize {
        self.num_decoder_layers.unwrap_or(self.num_layers)
    }

    /// heads × d_kv, the attention projection width.
    pub fn inner_dim(&self) -> usize {
        self.num_heads * self.d_kv
    }

    /// An architecture preset by name (with or without a `google/` prefix).
    pub fn preset(name: &str) -> Option<T5Config> {
        let name = name.trim_start_matches("google/");
        let v1_1 = |d_model, d_ff, layers, heads| T5Config {
            d_model,
            d_ff,
            num_layers: layers,
            num_heads: heads,
            feed_forward_proj: "gated-gelu".into(),
            tie_word_embeddings: false,
            ..T5Config::default()
        };
        let v1_0 = |d_model, d_ff, layers, heads| T5Config {
            d_model,
            d_ff,
            num_layers: layers,
            num_heads: heads,
            ..T5Config::default()
        };
        Some(match name {
            "t5-small" => v1_0(512, 2048, 6, 8),
            "t5-base" => v1_0(768, 3072, 12, 12),
            "t5-large" => v1_0(1024, 4096, 24, 16),
            "t5-v1_1-small" => v1_1(512, 1024, 8, 6),
            "t5-v1_1-base" => v1_1(768, 2048, 12, 12),
            "t5-v1_1-large" => v1_1(1024, 2816, 24, 16),
            "t5-tiny" => T5Config {
                vocab_size: 32128,
                d_model: 32,
                d_kv: 8,
                d_ff: 64,
                num_layers: 2,
                num_heads: 4,
                relative_attention_num_buckets: 8,
                relative_attention_max_distance: 16,
                ..T5Config::default()
            },
            // ruse's own: small enough to train from scratch on CPU in minutes
            // (the embedded default, configs/default.json).
            "t5-mini" => T5Config {
                vocab_size: 32128,
                d_model: 128,
                d_kv: 32,
                d_ff: 512,
                num_layers: 4,
                num_heads: 4,
                ..T5Config::default()
            },
            _ => return None,
        })
    }

    /// Reads an HF `config.json` (keys other than the architecture's are ignored).
    pub fn from_file(path: &Path) -> Result<T5Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::file(path, format!("cannot read: {e}")))?;
        let cfg: T5Config = serde_json::from_str(&text)
            .map_err(|e| Error::file(path, format!("not a T5 config: {e}")))?;
        cfg.validate()
            .map_err(|e| Error::file(path, e.to_string()))?;
        Ok(cfg)
    }

    /// How `other` differs from this architecture in what decides the
    /// parameters' names and shapes, as `key SELF vs OTHER` items (empty when
    /// a checkpoint of one fits the other).
    pub fn shape_differences(&self, other: &T5Config) -> Vec<String> {
        let view = |c: &T5Config| {
            let mut v = serde_json::to_value(c).unwrap_or_default();
            v["num_decoder_layers"] = c.decoder_layers().into();
            v
        };
        let (a, b) = (view(self), view(other));
        SHAPE_KEYS
            .iter()
            .filter(|k| a[**k] != b[**k])
            .map(|k| format!("{k} {} vs {}", a[*k], b[*k]))
            .collect()
    }

    /// Checks that the sizes make a model: each positive and at most a
    /// bound far above any T5 (t5-11b: d_ff 65,536, 128 heads; mT5's
    /// vocabulary 250,112), so that a damaged `config.json` is an error
    /// naming the key, not an allocation that fails.
    pub fn validate(&self) -> Result<()> {
        let sizes = [
            ("vocab_size", self.vocab_size, 1 << 22),
            ("d_model", self.d_model, 1 << 18),
            ("d_kv", self.d_kv, 1 << 16),
            ("d_ff", self.d_ff, 1 << 20),
            ("num_layers", self.num_layers, 1 << 12),
            ("num_decoder_layers", self.decoder_layers(), 1 << 12),
            ("num_heads", self.num_heads, 1 << 12),
            (
                "relative_attention_num_buckets",
                self.relative_attention_num_buckets,
                1 << 16,
            ),
        ];
        for (key, v, most) in sizes {
            if !(1..=most).contains(&v) {
                return Err(Error::Config {
                    key: key.into(),
                    reason: format!("{v} is not between 1 and {most}"),
                });
            }
        }
        if !matches!(self.feed_forward_proj.as_str(), "relu" | "gated-gelu") {
            return Err(Error::Config {
                key: "feed_forward_proj".into(),
                reason: format!(
                    "'{}' is not supported (relu or gated-gelu)",
                    self.feed_forward_proj
                ),
            });
        }
        Ok(())
    }

    /// The HF `config.json` text for this architecture.
    pub fn to_hf_json(&self) -> String {
        let mut v = serde_json::to_value(self).unwrap_or_default();
        if let Some(map) = v.as_object_mut() {
            map.insert("num_decoder_layers".into(), self.decoder_layers().into());
            map.insert(
                "architectures".into(),
                serde_json::json!(["T5ForConditionalGeneration"]),
            );
            map.insert("is_encoder_decoder".into(), true.into());
            map.insert(
                "dense_act_fn".into(),
                if self.is_gated() { "gelu_new" } else { "relu" }.into(),
            );
            map.insert("is_gated_act".into(), self.is_gated().into());
        }
        serde_json::to_string_pretty(&v).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_shape_deciding_fields_differ() {
        let base = T5Config::default();
        let other = T5Config {
            dropout_rate: 0.3,
            layer_norm_epsilon: 1e-3,
            num_decoder_layers: Some(base.num_layers),
            ..base.clone()
        };
        assert!(base.shape_differences(&other).is_empty());
        let other = T5Config {
            d_ff: 1024,
            num_decoder_layers: Some(2),
            ..base.clone()
        };
        assert_eq!(
            base.shape_differences(&other),
            ["d_ff 2048 vs 1024", "num_decoder_layers 6 vs 2"]
        );
    }

    /// Every preset validates; a zero or absurd size is an error naming its key.
    #[test]
    fn sizes_are_positive_and_bounded() {
        for name in [
            "t5-small", "t5-base", "t5-large", "t5-3b", "t5-11b", "t5-mini", "t5-tiny",
        ] {
            if let Some(c) = T5Config::preset(name) {
                c.validate().unwrap();
            }
        }
        let check = |c: T5Config| c.validate().unwrap_err().to_string();
        let base = T5Config::default();
        let e = check(T5Config {
            d_model: 1 << 61,
            ..base.clone()
        });
        assert!(
            e.contains("d_model") && e.contains("not between 1 and"),
            "{e}"
        );
        let e = check(T5Config {
            num_heads: 0,
            ..base.clone()
        });
        assert!(e.contains("num_heads"), "{e}");
        let e = check(T5Config {
            num_decoder_layers: Some(0),
            ..base
        });
        assert!(e.contains("num_decoder_layers"), "{e}");
    }
}
