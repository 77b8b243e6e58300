//! The run configuration: one flat JSON object with the reference system's
//! key names (see the README's configuration section). Unknown keys are an
//! error that suggests the closest known key; the keys of the reference's
//! argument classes that ruse has no field for are read, ignored with a
//! warning, or refused by `reference`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};

mod checks;
mod reference;
mod suggest;

pub use suggest::closest;

pub use checks::MAX_EXTENT;

/// Every key of a run. Defaults follow the reference (HF `TrainingArguments`
/// and the ruse/hyperformer argument classes).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    // ---- training ----
    pub output_dir: String,
    pub overwrite_output_dir: bool,
    /// `None` when the config does not say; `ruse train` refuses an explicit
    /// `false` (the reference only evaluates then: that is `ruse eval`).
    pub do_train: Option<bool>,
    pub do_eval: bool,
    pub do_test: bool,
    pub evaluation_strategy: String,
    pub eval_steps: Option<usize>,
    pub per_device_train_batch_size: usize,
    pub per_device_eval_batch_size: usize,
    pub gradient_accumulation_steps: usize,
    pub learning_rate: f64,
    pub weight_decay: f64,
    pub adam_epsilon: f64,
    pub max_grad_norm: f64,
    pub num_train_epochs: f64,
    pub max_steps: i64,
    pub warmup_steps: usize,
    pub logging_steps: usize,
    pub logging_first_step: bool,
    pub save_steps: usize,
    pub save_total_limit: Option<usize>,
    pub seed: u64,
    pub fp16: bool,
    pub load_best_model_at_end: bool,
    pub metric_for_best_model: Option<String>,
    pub greater_is_better: Option<bool>,
    pub label_smoothing: f64,
    /// Evaluation generates and scores the task metrics (unset or `true`);
    /// `false` computes the evaluation losses only.
    pub predict_with_generate: Option<bool>,
    pub adafactor: bool,
    pub lr_scheduler: String,
    pub temperature: f64,
    pub train_adapters: bool,
    pub optimize_from_scratch: bool,
    pub split_validation_test: bool,
    pub print_num_parameters: bool,
    pub tpu_num_cores: Option<usize>,
    // ---- model ----
    pub model_name_or_path: Option<String>,
    pub not_load_t5_checkpoint: bool,
    pub config_name: Option<String>,
    /// Overrides the architecture's `dropout_rate` (as the reference's trainer
    /// does with its extra model parameters); `None` keeps the model's own.
    pub dropout_rate: Option<f64>,
    /// Computes transformers 3.x's cross-attention position bias from the
    /// weights' `decoder.block.0.layer.1.EncDecAttention.relative_attention_bias.weight`
    /// (`true`) or ignores that tensor (`false`); unset: computed only for a
    /// model fine-tuned with it in use (see `model::legacy`).
    pub legacy_cross_attention_bias: Option<bool>,
    pub tokenizer_name: Option<String>,
    pub cache_dir: Option<String>,
    pub freeze_encoder: bool,
    pub freeze_embeds: bool,
    pub freeze_model: bool,
    pub freeze_model_but_lm_head: bool,
    pub unfreeze_lm_head: bool,
    pub freeze_model_but_task_embeddings: bool,
    pub unfreeze_layer_norms: bool,
    pub unfreeze_model: bool,
    // ---- data ----
    pub tasks: Vec<String>,
    pub eval_tasks: Vec<String>,
    pub adapters: Option<BTreeMap<String, String>>,
    pub task_embeddings: Option<BTreeMap<String, String>>,
    pub max_source_length: usize,
    pub max_target_length: usize,
    pub val_max_target_length: Option<usize>,
    pub test_max_target_length: Option<usize>,
    pub n_train: i64,
    pub n_val: i64,
    pub n_test: i64,
    pub eval_beams: Option<usize>,
    pub ignore_pad_token_for_loss: bool,
    pub data_seed: u64,
    // ---- adapters ----
    /// `adapter` or `meta-adapter`; unset: `meta-adapter` when a
    /// hypernetwork is asked for (the reference's default), else `adapter`.
    pub adapter_config_name: Option<String>,
    pub task_embedding_dim: usize,
    pub add_layer_norm_before_adapter: bool,
    pub add_layer_norm_after_adapter: bool,
    pub hidden_dim: usize,
    pub reduction_factor: usize,
    pub non_linearity: String,
    pub train_task_embeddings: bool,
    pub projected_task_embedding_dim: usize,
    pub task_hidden_dim: usize,
    pub conditional_layer_norm: bool,
    pub train_adapters_blocks: bool,
    pub unique_hyper_net: bool,
    pub unique_hyper_net_layer_norm: bool,
    pub efficient_unique_hyper_net: bool,
    pub task_embedding_dir: Option<String>,
    pub add_adapters_in_decoder: bool,
    pub add_adapter_in_feed_forward: bool,
    pub add_adapter_in_self_attention: bool,
    pub parametric_task_embedding: bool,
    #[serde(rename = "conditional_layer_norm_for_T5")]
    pub conditional_layer_norm_for_t5: bool,
    pub remove_original_layer_norms: bool,
    // ---- ruse extensions (not in the reference) ----
    /// Directory holding task data files (GLUE TSVs, JSONL exports).
    pub data_dir: Option<String>,
    /// Tasks declared in the config: name -> definition (see `data`).
    pub user_tasks: Option<BTreeMap<String, Value>>,
    /// Skip malformed data rows (and count them) instead of stopping.
    pub skip_bad_rows: bool,
    /// Meta-adapter generators: "linear" (hyperformer: one Linear from the
    /// task embedding) or "two_layer" (ruse: Linear(te→hidden_dim) then
    /// Linear(hidden_dim→out), no non-linearity).
    pub meta_adapter_generator: String,
    /// Compute in bf16 (GPU/TPU); parameters and optimizer state stay f32.
    pub bf16: bool,
    /// `false` (the reference, on torch 1.7, whose `zero_grad()` zeroes
    /// gradients): a parameter that has had a gradient steps at every later
    /// update, with a zero gradient when its task is not in the batch.
    /// `true` (torch 2's `zero_grad(set_to_none=True)`): it steps only when
    /// it has a gradient.
    pub zero_grad_set_to_none: bool,
    /// Training steps read frozen 2-D weights in their forward products from
    /// a transposed copy (`train/twins.rs`): faster on the CPU plugin, for
    /// the copy's memory. `None`: on the CPU, off elsewhere.
    pub transposed_frozen_weights: Option<bool>,
    /// Which f32 matrix products CPU programs run in ruse's own kernel,
    /// called from XLA (`runtime/host_dot.rs`), instead of XLA's:
    /// `"auto"` (the default) the large batched ones (the attention's from
    /// t5-small up; none on GPU/TPU), `true` also those with few rows or a
    /// thin contraction (CPU only), `false` none (README, Training).
    pub host_matmul_kernel: HostMatmulKernel,
}

/// The `host_matmul_kernel` setting: `"auto"`, `true` or `false`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HostMatmulKernel {
    /// The large batched products on the CPU, none elsewhere.
    #[default]
    Auto,
    /// Every product the kernel is worth taking (CPU only).
    On,
    /// None: XLA runs every product.
    Off,
}

impl Serialize for HostMatmulKernel {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            HostMatmulKernel::Auto => s.serialize_str("auto"),
            HostMatmulKernel::On => s.serialize_bool(true),
            HostMatmulKernel::Off => s.serialize_bool(false),
        }
    }
}

impl<'de> Deserialize<'de> for HostMatmulKernel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Bool(true) => Ok(HostMatmulKernel::On),
            Value::Bool(false) => Ok(HostMatmulKernel::Off),
            Value::String(s) if s == "auto" => Ok(HostMatmulKernel::Auto),
            other => Err(serde::de::Error::custom(format!(
                "host_matmul_kernel is {other}; it takes \"auto\", true or false"
            ))),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            output_dir: "outputs".into(),
            overwrite_output_dir: false,
            do_train: None,
            do_eval: false,
            do_test: false,
            evaluation_strategy: "no".into(),
            eval_steps: None,
            per_device_train_batch_size: 8,
            per_device_eval_batch_size: 8,
            gradient_accumulation_steps: 1,
            learning_rate: 5e-5,
            weight_decay: 0.0,
            adam_epsilon: 1e-8,
            max_grad_norm: 1.0,
            num_train_epochs: 3.0,
            max_steps: -1,
            warmup_steps: 0,
            logging_steps: 500,
            logging_first_step: false,
            save_steps: 500,
            save_total_limit: None,
            seed: 42,
            fp16: false,
            load_best_model_at_end: false,
            metric_for_best_model: None,
            greater_is_better: None,
            label_smoothing: 0.0,
            predict_with_generate: None,
            adafactor: false,
            lr_scheduler: "linear".into(),
            temperature: 1.0,
            train_adapters: false,
            optimize_from_scratch: false,
            split_validation_test: false,
            print_num_parameters: false,
            tpu_num_cores: None,
            model_name_or_path: None,
            not_load_t5_checkpoint: false,
            config_name: None,
            dropout_rate: None,
            legacy_cross_attention_bias: None,
            tokenizer_name: None,
            cache_dir: None,
            freeze_encoder: false,
            freeze_embeds: false,
            freeze_model: false,
            freeze_model_but_lm_head: false,
            unfreeze_lm_head: false,
            freeze_model_but_task_embeddings: false,
            unfreeze_layer_norms: false,
            unfreeze_model: false,
            tasks: Vec::new(),
            eval_tasks: Vec::new(),
            adapters: None,
            task_embeddings: None,
            max_source_length: 128,
            max_target_length: 128,
            val_max_target_length: None,
            test_max_target_length: None,
            n_train: -1,
            n_val: -1,
            n_test: -1,
            eval_beams: None,
            ignore_pad_token_for_loss: true,
            data_seed: 42,
            adapter_config_name: None,
            task_embedding_dim: 64,
            add_layer_norm_before_adapter: false,
            add_layer_norm_after_adapter: true,
            hidden_dim: 128,
            reduction_factor: 16,
            non_linearity: "swish".into(),
            train_task_embeddings: false,
            projected_task_embedding_dim: 64,
            task_hidden_dim: 128,
            conditional_layer_norm: false,
            train_adapters_blocks: true,
            unique_hyper_net: false,
            unique_hyper_net_layer_norm: true,
            efficient_unique_hyper_net: false,
            task_embedding_dir: None,
            add_adapters_in_decoder: true,
            add_adapter_in_feed_forward: true,
            add_adapter_in_self_attention: true,
            parametric_task_embedding: false,
            conditional_layer_norm_for_t5: false,
            remove_original_layer_norms: false,
            data_dir: None,
            user_tasks: None,
            skip_bad_rows: false,
            meta_adapter_generator: "linear".into(),
            bf16: false,
            zero_grad_set_to_none: false,
            transposed_frozen_weights: None,
            host_matmul_kernel: HostMatmulKernel::Auto,
        }
    }
}

/// A loaded configuration and the warnings that loading it produced.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub config: Config,
    pub warnings: Vec<String>,
}

impl Config {
    /// Every key a config may hold.
    pub fn known_keys() -> Vec<String> {
        match serde_json::to_value(Config::default()) {
            Ok(Value::Object(map)) => map.keys().cloned().collect(),
            _ => Vec::new(),
        }
    }

    /// Reads a JSON config file.
    pub fn load(path: &Path) -> Result<Loaded> {
        let file = |reason: String| Error::File {
            path: path.display().to_string(),
            reason,
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| file(format!("cannot read the config file: {e}")))?;
        Self::from_json(&text).map_err(|e| match e {
            Error::Config { key, reason } => Error::Config {
                key,
                reason: format!("{reason} (in {})", path.display()),
            },
            Error::InvalidArgument(reason) => file(reason),
            other => other,
        })
    }

    /// Whether evaluation generates and scores the task metrics
    /// (`predict_with_generate`, default true) or computes the losses only.
    pub fn generates(&self) -> bool {
        self.predict_with_generate != Some(false)
    }

    /// Parses a JSON object; duplicated keys keep the last value.
    pub fn from_json(text: &str) -> Result<Loaded> {
        // Editors on some systems start UTF-8 files with a byte-order mark.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: Value = serde_json::from_str(text)
            .map_err(|e| Error::invalid(format!("the config is not valid JSON: {e}")))?;
        let Value::Object(map) = value else {
            return Err(Error::invalid(
                "the config is not a JSON object ({\"key\": value, ...})",
            ));
        };
        Self::from_map(map)
    }

    /// Builds a config from key/value pairs, checking every key.
    pub fn from_map(mut map: Map<String, Value>) -> Result<Loaded> {
        let mut warnings = Vec::new();
        reference::absorb(&mut map, &mut warnings)?;
        let known = Self::known_keys();
        for key in map.keys() {
            if !known.iter().any(|k| k == key) {
                let hint = closest(key, &known)
                    .map(|k| format!("; did you mean '{k}'?"))
                    .unwrap_or_default();
                return Err(Error::Config {
                    key: key.clone(),
                    reason: format!("unknown config key{hint}"),
                });
            }
        }
        let config: Config = serde_json::from_value(Value::Object(map.clone())).map_err(|e| {
            let key = map
                .iter()
                .find(|(k, v)| field_error(k, v))
                .map(|(k, _)| k.clone())
                .unwrap_or_else(|| "(value)".into());
            Error::Config {
                key,
                reason: format!("bad value: {e}"),
            }
        })?;
        if config.fp16 {
            return Err(Error::Config {
                key: "fp16".into(),
                reason:
                    "ruse has no float16 mode (the reference's fp16 is CUDA mixed precision with \
                         loss scaling): remove fp16 (or --set fp16=false) and set bf16: true on \
                         GPU/TPU (same memory, no loss scaling needed), or leave both off for \
                         float32"
                        .into(),
            });
        }
        checks::check_values(&config)?;
        checks::check_user_tasks(&config, &mut warnings)?;
        checks::warn_about_defaults(&config, &mut warnings);
        Ok(Loaded { config, warnings })
    }

    /// Applies `key=value` overrides (values parsed as JSON, else as strings).
    pub fn with_overrides(self, sets: &[String]) -> Result<Loaded> {
        let Ok(Value::Object(mut map)) = serde_json::to_value(&self) else {
            return Err(Error::invalid("config cannot be serialized"));
        };
        for set in sets {
            let (key, raw) = set.split_once('=').ok_or_else(|| Error::Config {
                key: set.clone(),
                reason: "an override must look like key=value".into(),
            })?;
            let value =
                serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_string()));
            map.insert(key.trim().to_string(), value);
        }
        Self::from_map(map)
    }
}

/// Whether `key: value` alone fails to deserialize into a config.
fn field_error(key: &str, value: &Value) -> bool {
    let mut one = Map::new();
    one.insert(key.to_string(), value.clone());
    serde_json::from_value::<Config>(Value::Object(one)).is_err()
}

#[cfg(test)]
mod tests;
