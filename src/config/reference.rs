//! Keys that a reference config may hold and ruse has no field for: the rest
//! of HF `TrainingArguments` (transformers 3.5.1), the reference's own
//! `Seq2SeqTrainingArguments` extras, and its example config's misspelling.
//! The reference parses them all, so a config of its must load here too:
//! each key is read into the ruse key that does the same, ignored with a
//! warning that says why nothing changes, or refused where ruse cannot do
//! what it asks.

use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// Keys on which nothing of a run depends, here as in the reference: (key, why).
const NO_EFFECT: &[(&str, &str)] = &[
    (
        "parameteric_task_embedding",
        "a misspelling that the reference ignores too; write parametric_task_embedding to set that",
    ),
    (
        "adam_beta1",
        "the reference's trainer builds AdamW without it, so beta1 is 0.9 there too",
    ),
    (
        "adam_beta2",
        "the reference's trainer builds AdamW without it, so beta2 is 0.999 there too",
    ),
    (
        "do_predict",
        "the reference's script never reads it (do_test evaluates the test split)",
    ),
    (
        "logging_dir",
        "TensorBoard's directory; ruse logs to train_log.jsonl in output_dir",
    ),
    ("no_cuda", "--device chooses the device"),
    (
        "local_rank",
        "torch.distributed's process rank; ruse runs every replica in one process",
    ),
    ("tpu_metrics_debug", "PyTorch/XLA's debug printout"),
    ("debug", "PyTorch/XLA's debug printout"),
    (
        "dataloader_num_workers",
        "data loader processes; ruse tokenizes every split before training",
    ),
    ("past_index", "T5 keeps no memory from one batch to the next"),
    ("run_name", "a Weights & Biases run name"),
    ("disable_tqdm", "ruse draws progress bars on a terminal only"),
    (
        "remove_unused_columns",
        "the reference's script sets it to false itself",
    ),
    ("label_names", "the reference's loss reads the labels by name"),
    (
        "eval_accumulation_steps",
        "when evaluation moves predictions to the host: memory, not results",
    ),
    (
        "fp16_opt_level",
        "apex's float16 level (fp16 itself is refused)",
    ),
    ("eval_output_dir", "the reference never reads it"),
    ("generate_classifier_weights", "the reference never reads it"),
    (
        "compute_memory",
        "a CUDA peak-memory printout; ruse writes throughput.json",
    ),
    (
        "compute_time",
        "a CUDA timing printout; ruse writes throughput.json",
    ),
    (
        "optimize_from_scratch_with_loading_model",
        "it makes the reference's optimize_from_scratch keep the loaded model, which ruse's always does",
    ),
];

/// Keys the reference copies into the model's config only when set, and then
/// stops: T5's config has no such attribute (its dropout is `dropout_rate`).
const MODEL_EXTRAS: &[&str] = &[
    "encoder_layerdrop",
    "decoder_layerdrop",
    "dropout",
    "attention_dropout",
];

/// Python's truth value of a JSON value (null, false, 0 and empties are false).
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

fn refuse(key: &str, reason: &str) -> Error {
    Error::Config {
        key: key.into(),
        reason: reason.into(),
    }
}

/// Takes the keys above out of `map`: renamed ones become their ruse key,
/// ignored ones a warning each; a set key that ruse cannot honour is an error.
pub(super) fn absorb(map: &mut Map<String, Value>, warnings: &mut Vec<String>) -> Result<()> {
    for (key, why) in NO_EFFECT {
        if map.remove(*key).is_some() {
            warnings.push(format!("config key '{key}' has no effect: {why}"));
        }
    }
    for key in MODEL_EXTRAS {
        if map.remove(*key).is_some_and(|v| truthy(&v)) {
            return Err(refuse(
                key,
                "T5 has no such setting (the reference stops on it: its T5 config has no such \
                 attribute); T5's dropout is dropout_rate",
            ));
        }
    }
    if map
        .remove("dataloader_drop_last")
        .is_some_and(|v| truthy(&v))
    {
        return Err(refuse(
            "dataloader_drop_last",
            "ruse evaluates every example, where the reference drops each split's last incomplete \
             evaluation batch (its training batches never are): remove the key",
        ));
    }
    // transformers 3.5: `per_gpu_*` or else `per_device_*`.
    for which in ["train", "eval"] {
        let old = format!("per_gpu_{which}_batch_size");
        if let Some(v) = map.remove(&old).filter(truthy) {
            let new = format!("per_device_{which}_batch_size");
            warnings.push(format!(
                "config key '{old}' is the reference's deprecated name of '{new}'; read as '{new}'"
            ));
            map.insert(new, v);
        }
    }
    // transformers 3.5: `evaluate_during_training: true` means evaluating every `eval_steps`.
    if map
        .remove("evaluate_during_training")
        .is_some_and(|v| truthy(&v))
    {
        warnings.push(
            "config key 'evaluate_during_training' is the reference's deprecated form of \
             evaluation_strategy; read as evaluation_strategy: \"steps\""
                .into(),
        );
        map.insert("evaluation_strategy".into(), "steps".into());
    }
    // The reference generates only when predict_with_generate and not prediction_loss_only.
    if map
        .remove("prediction_loss_only")
        .is_some_and(|v| truthy(&v))
    {
        warnings.push(
            "config key 'prediction_loss_only' read as predict_with_generate: false (evaluation \
             computes the losses only, as the reference then does)"
                .into(),
        );
        map.insert("predict_with_generate".into(), false.into());
    }
    pair_name_lists(map, warnings)
}

/// A config key's list of strings, or `None` where the key is absent.
fn names(map: &Map<String, Value>, key: &str) -> Result<Option<Vec<String>>> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| refuse(key, &format!("a list of names (strings), not {v}")))
            })
            .collect::<Result<Vec<_>>>()
            .map(Some),
        Some(other) => Err(refuse(key, &format!("a list of names, not {other}"))),
    }
}

/// The reference's form of `adapters` and `task_embeddings`, a list of names
/// that it pairs by position with `tasks` (and, for `adapters`, with
/// `eval_tasks` in its final evaluation), read as ruse's object form, task →
/// name. A list of another length than `tasks`, or one that pairs a task
/// with one name in training and another in evaluation, is an error.
fn pair_name_lists(map: &mut Map<String, Value>, warnings: &mut Vec<String>) -> Result<()> {
    for key in ["adapters", "task_embeddings"] {
        if !matches!(map.get(key), Some(Value::Array(_))) {
            continue;
        }
        let list = names(map, key)?.unwrap_or_default();
        let tasks = names(map, "tasks")?.unwrap_or_default();
        if list.len() != tasks.len() {
            return Err(refuse(
                key,
                &format!(
                    "a list of {} name(s) for {} task(s): the reference pairs it with tasks by \
                     position, so give one name per task, or an object {{\"task\": \"name\"}}",
                    list.len(),
                    tasks.len()
                ),
            ));
        }
        let mut paired: Map<String, Value> = Map::new();
        for (task, name) in tasks.iter().zip(&list) {
            paired.insert(task.clone(), name.clone().into());
        }
        // The reference's final evaluation pairs adapters (not embeddings) with eval_tasks.
        let eval_tasks = match key {
            "adapters" => names(map, "eval_tasks")?.unwrap_or_default(),
            _ => Vec::new(),
        };
        for (task, name) in eval_tasks.iter().zip(&list) {
            match paired.get(task).and_then(Value::as_str) {
                None => {
                    paired.insert(task.clone(), name.clone().into());
                }
                Some(trained) if trained != name => {
                    return Err(refuse(
                        key,
                        &format!(
                            "the list pairs task {task} with adapter {trained} in training \
                             (its place in tasks) and with {name} in evaluation (its place \
                             in eval_tasks), as the reference would; write the object form \
                             {{\"{task}\": \"...\"}} to say which"
                        ),
                    ));
                }
                Some(_) => {}
            }
        }
        let shown = Value::Object(paired.clone());
        warnings.push(format!(
            "config key '{key}' is a list (the reference's form, paired by position with tasks{}): \
             read as {shown}",
            if key == "adapters" { " and eval_tasks" } else { "" }
        ));
        map.insert(key.into(), Value::Object(paired));
    }
    Ok(())
}
