//! Config parsing: unknown keys, aliases, bad values, unreadable files, overrides.

use super::*;

#[test]
fn unknown_keys_suggest_the_closest_known_key() {
    let err = Config::from_json(r#"{"learning_rat": 0.1}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("learning_rat") && err.contains("did you mean 'learning_rate'"),
        "{err}"
    );
}

/// The reference ignores its example config's misspelled key, so ruse does
/// too (with a warning); of a duplicated key the later value wins.
#[test]
fn the_reference_misspelling_loads_with_a_warning_and_no_effect() {
    let loaded = Config::from_json(
        r#"{"parameteric_task_embedding": true, "do_train": false, "do_train": true}"#,
    )
    .unwrap();
    assert!(!loaded.config.parametric_task_embedding);
    assert_eq!(
        loaded.config.do_train,
        Some(true),
        "the later duplicate wins"
    );
    assert_eq!(loaded.warnings.len(), 1);
    assert!(
        loaded.warnings[0].contains("parameteric_task_embedding")
            && loaded.warnings[0].contains("no effect"),
        "{:?}",
        loaded.warnings
    );
}

/// Every other key of transformers 3.5.1's `TrainingArguments` and of the
/// reference's `Seq2SeqTrainingArguments` loads at its reference default,
/// each one ruse does not read with a warning of its own.
#[test]
fn every_key_of_the_reference_argument_classes_loads() {
    let json = r#"{"do_predict": false, "evaluate_during_training": false,
        "prediction_loss_only": false, "per_gpu_train_batch_size": null,
        "per_gpu_eval_batch_size": null, "eval_accumulation_steps": null, "adam_beta1": 0.9,
        "adam_beta2": 0.999, "logging_dir": "runs/x", "no_cuda": false, "fp16_opt_level": "O1",
        "local_rank": -1, "tpu_metrics_debug": false, "debug": false, "dataloader_drop_last": false,
        "dataloader_num_workers": 0, "past_index": -1, "run_name": null, "disable_tqdm": null,
        "remove_unused_columns": true, "label_names": null, "encoder_layerdrop": null,
        "decoder_layerdrop": null, "dropout": null, "attention_dropout": null,
        "eval_output_dir": null, "generate_classifier_weights": false,
        "optimize_from_scratch_with_loading_model": false, "compute_memory": false,
        "compute_time": false}"#;
    let loaded = Config::from_json(json).unwrap();
    assert_eq!(loaded.config, Config::default());
    assert_eq!(loaded.warnings.len(), 21, "{:#?}", loaded.warnings);
}

/// The reference's deprecated and loss-only keys act through the ruse keys
/// that do the same; keys it would stop on, or that ruse cannot honour, are
/// refused by name.
#[test]
fn the_reference_deprecated_keys_are_read_and_unhonourable_ones_refused() {
    let loaded = Config::from_json(
        r#"{"per_gpu_train_batch_size": 16, "per_device_train_batch_size": 8,
            "per_gpu_eval_batch_size": 4, "evaluate_during_training": true,
            "prediction_loss_only": true}"#,
    )
    .unwrap();
    let c = &loaded.config;
    assert_eq!(
        c.per_device_train_batch_size, 16,
        "per_gpu_* wins, as in 3.5"
    );
    assert_eq!(c.per_device_eval_batch_size, 4);
    assert_eq!(c.evaluation_strategy, "steps");
    assert_eq!(c.predict_with_generate, Some(false));
    assert_eq!(loaded.warnings.len(), 4, "{:#?}", loaded.warnings);
    for (key, value) in [
        ("dropout", "0.1"),
        ("encoder_layerdrop", "0.1"),
        ("attention_dropout", "0.2"),
        ("dataloader_drop_last", "true"),
    ] {
        let err = Config::from_json(&format!(r#"{{"{key}": {value}}}"#))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!("'{key}'")) || err.contains(key),
            "{err}"
        );
    }
}

#[test]
fn a_byte_order_mark_is_read_past() {
    let loaded = Config::from_json("\u{feff}{\"tasks\": [\"trec\"]}").unwrap();
    assert_eq!(loaded.config.tasks, ["trec"]);
}

#[test]
fn bad_values_name_their_key() {
    let err = Config::from_json(r#"{"tasks": ["rte"], "max_steps": "many"}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("max_steps"), "{err}");
}

#[test]
fn unreadable_and_malformed_files_are_named() {
    let dir = std::env::temp_dir().join(format!("ruse-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let absent = dir.join("absent.json");
    let err = Config::load(&absent).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "{}: cannot read the config file",
            absent.display()
        )),
        "{err}"
    );
    for (text, needle) in [
        (
            "{\"tasks\": [\"trec\"],\n",
            "not valid JSON: EOF while parsing a value at line 2",
        ),
        ("[1, 2]", "not a JSON object"),
    ] {
        let p = dir.join("bad.json");
        std::fs::write(&p, text).unwrap();
        let err = Config::load(&p).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("{}: the config is", p.display())) && err.contains(needle),
            "{err}"
        );
    }
    let p = dir.join("typo.json");
    std::fs::write(&p, r#"{"max_step": 3}"#).unwrap();
    let err = Config::load(&p).unwrap_err().to_string();
    assert!(
        err.contains("'max_step'") && err.contains(&format!("(in {})", p.display())),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn overrides_parse_json_values() {
    let loaded = Config::default()
        .with_overrides(&[
            "max_steps=10".into(),
            "tasks=[\"trec\"]".into(),
            "output_dir=out/x".into(),
        ])
        .unwrap();
    assert_eq!(loaded.config.max_steps, 10);
    assert_eq!(loaded.config.tasks, vec!["trec"]);
    assert_eq!(loaded.config.output_dir, "out/x");
}

#[test]
fn fp16_is_refused_and_no_generation_warns() {
    let err = Config::from_json(r#"{"fp16": true}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("fp16=false") && err.contains("bf16: true"),
        "{err}"
    );
    assert!(Config::from_json(r#"{"fp16": false}"#).is_ok());
    for generate in [false, true] {
        let loaded =
            Config::from_json(&format!(r#"{{"predict_with_generate": {generate}}}"#)).unwrap();
        assert!(loaded.warnings.is_empty() && loaded.config.generates() == generate);
    }
    assert!(Config::default().generates());
    // Unset keys stay unset through overrides (no warning from the defaults).
    let over = Config::default()
        .with_overrides(&["seed=3".into()])
        .unwrap();
    assert!(over.warnings.is_empty() && over.config.do_train.is_none());
}

/// A value no run can use is refused by its key when the config is read
/// (before `ruse train` touches `output_dir`).
#[test]
fn values_out_of_range_are_refused_by_key() {
    for (key, value) in [
        ("output_dir", r#""""#),
        ("per_device_train_batch_size", "0"),
        ("per_device_eval_batch_size", "99999999999"),
        ("max_source_length", "0"),
        ("max_source_length", "99999999999"),
        ("max_target_length", "1"),
        ("gradient_accumulation_steps", "0"),
        ("eval_steps", "0"),
        ("eval_beams", "0"),
        ("learning_rate", "-1"),
        ("weight_decay", "-0.1"),
        ("adam_epsilon", "0"),
        ("label_smoothing", "1.5"),
        ("label_smoothing", "-0.5"),
        ("dropout_rate", "1"),
        ("temperature", "0"),
        ("n_val", "0"),
        ("n_train", "-2"),
        ("evaluation_strategy", r#""sometimes""#),
        ("lr_scheduler", r#""bogus""#),
    ] {
        let err = Config::from_json(&format!(r#"{{"{key}": {value}}}"#))
            .err()
            .unwrap_or_else(|| panic!("{key} = {value} was accepted"))
            .to_string();
        assert!(err.contains(&format!("'{key}'")), "{key} = {value}: {err}");
    }
    let err = Config::from_json(r#"{"max_steps": 0, "num_train_epochs": 0}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("'num_train_epochs'"), "{err}");
    // The boundaries themselves are fine.
    Config::from_json(
        r#"{"max_target_length": 2, "label_smoothing": 0.0, "learning_rate": 0, "n_val": -1,
            "max_steps": 5, "num_train_epochs": 0, "max_grad_norm": 0}"#,
    )
    .unwrap();
}

/// Every user task is checked when the config is read, used or not, and one
/// named like a built-in task (which it replaces) is warned about.
#[test]
fn user_tasks_are_checked_when_read() {
    let err = Config::from_json(r#"{"tasks": ["trec"], "user_tasks": {"x": 5}}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("user_tasks.x"), "{err}");
    let err = Config::from_json(
        r#"{"user_tasks": {"y": {"file": "y.tsv", "inputs": [], "label": "l"}}}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("user_tasks.y") && err.contains("inputs"),
        "{err}"
    );
    let loaded = Config::from_json(
        r#"{"user_tasks": {"trec": {"file": "t.tsv", "inputs": ["q"], "label": "l"}}}"#,
    )
    .unwrap();
    assert!(
        loaded
            .warnings
            .iter()
            .any(|w| w.contains("user_tasks.trec replaces")),
        "{:?}",
        loaded.warnings
    );
}

/// Adapters without `adapter_config_name` are plain adapters here and
/// meta-adapters in the reference: a warning says so, unless the key is set
/// or a hypernetwork decides.
#[test]
fn an_unset_adapter_kind_is_warned_about() {
    let warned = |json: &str| {
        Config::from_json(json)
            .unwrap()
            .warnings
            .iter()
            .any(|w| w.contains("adapter_config_name is unset"))
    };
    assert!(warned(r#"{"train_adapters": true}"#));
    assert!(!warned(
        r#"{"train_adapters": true, "adapter_config_name": "adapter"}"#
    ));
    assert!(!warned(
        r#"{"train_adapters": true, "efficient_unique_hyper_net": true}"#
    ));
    assert!(!warned(r#"{"train_adapters": false}"#));
}

/// The reference's list form of `adapters` / `task_embeddings` pairs its names
/// with `tasks` by position (`adapters` also with `eval_tasks`, as its final
/// evaluation does), read as the object form; lengths that differ, or a task
/// paired with two adapters, are errors naming the key.
#[test]
fn adapter_and_embedding_lists_pair_with_tasks_by_position() {
    let loaded = Config::from_json(
        r#"{"tasks": ["mnli", "rte"], "eval_tasks": ["cb", "rte"],
            "adapters": ["shared", "rte"], "task_embeddings": ["e1", "e2"]}"#,
    )
    .unwrap();
    let c = &loaded.config;
    let map = |pairs: &[(&str, &str)]| -> Option<BTreeMap<String, String>> {
        Some(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    };
    assert_eq!(
        c.adapters,
        map(&[("mnli", "shared"), ("rte", "rte"), ("cb", "shared")])
    );
    assert_eq!(c.task_embeddings, map(&[("mnli", "e1"), ("rte", "e2")]));
    assert_eq!(loaded.warnings.len(), 2, "{:?}", loaded.warnings);
    assert!(
        loaded.warnings[0].contains("'adapters' is a list"),
        "{:?}",
        loaded.warnings
    );
    // The object form is unchanged, and so is a list after a round trip.
    let again = c.clone().with_overrides(&["seed=3".into()]).unwrap();
    assert_eq!(again.config.adapters, c.adapters);
    let err = |json: &str| Config::from_json(json).unwrap_err().to_string();
    let short = err(r#"{"tasks": ["mnli", "rte"], "adapters": ["a"]}"#);
    assert!(
        short.contains("adapters") && short.contains("1 name(s) for 2 task(s)"),
        "{short}"
    );
    let clash = err(r#"{"tasks": ["mnli", "rte"], "eval_tasks": ["rte"], "adapters": ["a", "b"]}"#);
    assert!(
        clash.contains("rte with adapter b in training") && clash.contains("with a in evaluation"),
        "{clash}"
    );
    let typed = err(r#"{"tasks": ["mnli"], "task_embeddings": [3]}"#);
    assert!(
        typed.contains("task_embeddings") && typed.contains("strings"),
        "{typed}"
    );
}

/// Layer-norm switches that do nothing without another say so.
#[test]
fn layer_norm_switches_without_effect_warn() {
    let warns = |json: &str| Config::from_json(json).unwrap().warnings;
    let w = warns(r#"{"remove_original_layer_norms": true}"#);
    assert!(
        w.iter()
            .any(|w| w.contains("remove_original_layer_norms has no effect")),
        "{w:?}"
    );
    let w =
        warns(r#"{"conditional_layer_norm_for_T5": true, "remove_original_layer_norms": true}"#);
    assert_eq!(w.len(), 2, "{w:?}");
    let w = warns(
        r#"{"train_adapters": true, "adapter_config_name": "adapter",
            "conditional_layer_norm_for_T5": true, "remove_original_layer_norms": true}"#,
    );
    assert!(w.is_empty(), "{w:?}");
}

/// The polynomial schedule decays to 1e-7, so it needs a learning rate above
/// that (0 would divide by zero in it).
#[test]
fn polynomial_decay_needs_a_learning_rate_above_its_end() {
    let err = Config::from_json(r#"{"lr_scheduler": "polynomial", "learning_rate": 0}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("learning_rate") && err.contains("polynomial"),
        "{err}"
    );
    Config::from_json(r#"{"lr_scheduler": "polynomial", "learning_rate": 1e-4}"#).unwrap();
    Config::from_json(r#"{"lr_scheduler": "linear", "learning_rate": 0}"#).unwrap();
}

/// `host_matmul_kernel` takes "auto" (the default), true or false, and
/// anything else is an error that names the key and the values it takes;
/// every value survives a `--set` round trip through the config's JSON.
#[test]
fn host_matmul_kernel_takes_auto_true_or_false() {
    let parse = |v: &str| Config::from_json(&format!(r#"{{"host_matmul_kernel": {v}}}"#));
    for (v, want) in [
        ("\"auto\"", HostMatmulKernel::Auto),
        ("true", HostMatmulKernel::On),
        ("false", HostMatmulKernel::Off),
    ] {
        let config = parse(v).unwrap().config;
        assert_eq!(config.host_matmul_kernel, want, "{v}");
        let again = Config::default()
            .with_overrides(&[format!("host_matmul_kernel={v}")])
            .unwrap()
            .config;
        assert_eq!(again.host_matmul_kernel, want, "--set {v}");
        let kept = config.with_overrides(&[]).unwrap().config;
        assert_eq!(kept.host_matmul_kernel, want, "round trip of {v}");
    }
    for bad in ["\"on\"", "1", "null"] {
        let err = parse(bad).unwrap_err().to_string();
        assert!(
            err.contains("host_matmul_kernel") && err.contains("\"auto\", true or false"),
            "{bad}: {err}"
        );
    }
}
