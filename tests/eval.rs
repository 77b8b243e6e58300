//! Evaluation during and after `ruse train`: the metrics it reports equal
//! those recomputed from the predictions it writes; checkpoint rotation
//! keeps the best one; `load_best_model_at_end` evaluates that one.

use std::collections::BTreeMap;
use std::path::Path;

use ruse::config::Config;
use ruse::train::eval::EvalSplit;
use ruse::train::trainer::Trainer;
use serde_json::Value;

mod common;

fn read_jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Accuracy ×100 per task from prediction rows: the share of predictions
/// whose integer equals the target's (what the reference's post-processing
/// and accuracy do for these integer-labelled tasks).
fn recomputed_accuracy(rows: &[Value], split: &str) -> BTreeMap<String, f64> {
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for r in rows {
        let task = r["task"].as_str().unwrap().to_string();
        let parse = |k: &str| r[k].as_str().unwrap().trim().parse::<i64>().ok();
        let hit = parse("prediction").is_some() && parse("prediction") == parse("target");
        let c = counts.entry(format!("{task}_{split}_acc")).or_default();
        c.0 += hit as usize;
        c.1 += 1;
    }
    let mut m: BTreeMap<String, f64> = counts
        .into_iter()
        .map(|(k, (hit, n))| (k, 100.0 * hit as f64 / n as f64))
        .collect();
    let avg = m.values().sum::<f64>() / m.len() as f64;
    m.insert("average_metrics".into(), avg);
    m
}

/// The losses of `metrics`: `{task}_{split}_loss` and `average_loss`.
fn losses(metrics: &BTreeMap<String, f64>) -> BTreeMap<String, f64> {
    metrics
        .iter()
        .filter(|(k, _)| k.ends_with("_loss"))
        .map(|(k, v)| (k.clone(), *v))
        .collect()
}

/// The metrics without the losses, after checking that there is one finite
/// positive loss (`{task}_{split}_loss`) per task of `want`, and
/// `average_loss`, their mean.
fn without_losses(
    got: &BTreeMap<String, f64>,
    want: &BTreeMap<String, f64>,
) -> BTreeMap<String, f64> {
    let mut task_losses = losses(got);
    let average = task_losses.remove("average_loss").expect("average_loss");
    let tasks = want.keys().filter(|k| *k != "average_metrics").count();
    assert_eq!(task_losses.len(), tasks, "{got:?}");
    assert!(
        task_losses.values().all(|v| v.is_finite() && *v > 0.0),
        "{got:?}"
    );
    let mean = task_losses.values().sum::<f64>() / tasks as f64;
    assert!((average - mean).abs() <= 1e-12 * mean, "{got:?}");
    got.iter()
        .filter(|(k, _)| !k.ends_with("_loss"))
        .map(|(k, v)| (k.clone(), *v))
        .collect()
}

/// `ruse eval CONFIG --json ARGS...`'s metrics (it must succeed).
fn eval_json(config: &Path, args: &[&str]) -> BTreeMap<String, f64> {
    let mut all = vec!["eval", config.to_str().unwrap(), "--json"];
    all.extend(args);
    serde_json::from_str(&common::ruse_ok(all).0).unwrap()
}

#[test]
fn reported_metrics_equal_those_recomputed_from_the_written_predictions() {
    let (dir, config) = common::run_config(
        "eval",
        r#""model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["sms_spam", "trec"],
            "max_source_length": 32, "n_val": 24, "n_test": 20, "per_device_train_batch_size": 16,
            "per_device_eval_batch_size": 8, "learning_rate": 3e-3, "warmup_steps": 5, "max_steps": 30,
            "save_steps": 10, "evaluation_strategy": "steps", "eval_steps": 10, "save_total_limit": 1,
            "load_best_model_at_end": true, "do_eval": true, "do_test": true, "logging_steps": 10"#,
    );
    common::ruse_ok(["train", config.to_str().unwrap(), "--replicas", "2"]);
    // Evaluations at steps 10, 20 and 30 are in the log with their metrics.
    let log = read_jsonl(&dir.join("train_log.jsonl"));
    let evals: Vec<&Value> = log.iter().filter(|r| r.get("metrics").is_some()).collect();
    let steps: Vec<u64> = evals.iter().map(|r| r["step"].as_u64().unwrap()).collect();
    let best_step = evals[..3]
        .iter()
        .fold((0u64, f64::MIN), |best, r| {
            let v = r["metrics"]["average_metrics"].as_f64().unwrap();
            if v > best.1 {
                (r["step"].as_u64().unwrap(), v)
            } else {
                best
            }
        })
        .0;
    assert_eq!(&steps[..3], &[10, 20, 30], "{steps:?}");
    // Each in-training evaluation's metrics match its prediction file.
    for r in &evals[..3] {
        let rows = read_jsonl(&dir.join(format!("predictions/val-step{}.jsonl", r["step"])));
        assert_eq!(rows.len(), 2 * 24, "one prediction per validation example");
        let want = recomputed_accuracy(&rows, "val");
        let got: BTreeMap<String, f64> = serde_json::from_value(r["metrics"].clone()).unwrap();
        let got = without_losses(&got, &want);
        assert_eq!(
            got.keys().collect::<Vec<_>>(),
            want.keys().collect::<Vec<_>>()
        );
        for (k, v) in &want {
            assert!(
                (got[k] - v).abs() < 1e-9,
                "step {}: {k} {} vs {v}",
                r["step"],
                got[k]
            );
        }
    }
    // Rotation with save_total_limit 1 keeps the best and the newest checkpoint.
    let mut left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("checkpoint-"))
        .collect();
    left.sort();
    let mut want_left = vec![
        format!("checkpoint-{best_step}"),
        "checkpoint-30".to_string(),
    ];
    want_left.sort();
    want_left.dedup();
    assert_eq!(left, want_left);
    // The final results are the best checkpoint's, and match their predictions.
    for split in ["val", "test"] {
        let results: BTreeMap<String, f64> = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{split}_results.json"))).unwrap(),
        )
        .unwrap();
        let rows = read_jsonl(&dir.join(format!("{split}_predictions.jsonl")));
        let want = recomputed_accuracy(&rows, split);
        assert_eq!(without_losses(&results, &want), want);
    }
    let val: BTreeMap<String, f64> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("val_results.json")).unwrap())
            .unwrap();
    let best = evals.iter().find(|r| r["step"] == best_step).unwrap();
    assert_eq!(
        val["average_metrics"],
        best["metrics"]["average_metrics"].as_f64().unwrap(),
        "load_best_model_at_end evaluates the best checkpoint"
    );
    assert!(dir.join("arguments_results.json").is_file());
    // `ruse eval` on the step-30 checkpoint reproduces the step-30 evaluation.
    let checkpoint = dir.join("checkpoint-30");
    let got = eval_json(&config, &["--checkpoint", checkpoint.to_str().unwrap()]);
    let at_30: BTreeMap<String, f64> = serde_json::from_value(evals[2]["metrics"].clone()).unwrap();
    assert_eq!(
        got, at_30,
        "ruse eval of checkpoint-30 vs the evaluation during training"
    );
    // With a compile cache, a second `ruse eval` loads the programs the first
    // compiled, and gives the same metrics.
    let cache = dir.join("compile-cache");
    let cached_eval = || {
        let args = [
            "eval",
            config.to_str().unwrap(),
            "--json",
            "--checkpoint",
            checkpoint.to_str().unwrap(),
            "--compile-cache",
            cache.to_str().unwrap(),
        ];
        let (stdout, stderr) = common::ruse_ok(args);
        let line = stderr
            .lines()
            .find(|l| l.starts_with("compile cache "))
            .unwrap_or_else(|| panic!("no compile cache summary: {stderr}"))
            .to_string();
        // "compile cache DIR: N program(s) loaded, M compiled and added; it
        // holds K compiled programs (S MB; ...)".
        let counts: Vec<usize> = line
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .take(3)
            .collect();
        assert!(line.contains("; it holds "), "{line}");
        let metrics: BTreeMap<String, f64> = serde_json::from_str(&stdout).unwrap();
        (metrics, counts, line)
    };
    let (first, counts, line) = cached_eval();
    assert_eq!(first, at_30, "with a compile cache");
    let compiled = counts[1];
    assert!(compiled > 0 && counts == [0, compiled, compiled], "{line}");
    let (second, counts, line) = cached_eval();
    assert_eq!(
        second, at_30,
        "with the programs loaded from the compile cache"
    );
    assert_eq!(counts, vec![compiled, 0, compiled], "{line}");
    // Without generation, the same losses and nothing else.
    let got = eval_json(
        &config,
        &[
            "--checkpoint",
            checkpoint.to_str().unwrap(),
            "--set",
            "predict_with_generate=false",
        ],
    );
    assert_eq!(got, losses(&at_30), "predict_with_generate false");
    // Without --checkpoint: the model in output_dir (the best one, loaded at the end).
    let got = eval_json(&config, &[]);
    assert_eq!(got, val, "ruse eval of output_dir vs val_results.json");
    // No model in output_dir: the config's model as it loads (here t5-tiny from scratch), said so.
    let none = dir.join("no-model-here");
    let set = format!("output_dir={}", none.display());
    let (_, stderr) = common::ruse_ok(["eval", config.to_str().unwrap(), "--json", "--set", &set]);
    assert!(stderr.contains("holds no model"), "{stderr}");
    // A checkpoint of another architecture is named as such, before any tensor is matched.
    let stderr = common::ruse_err([
        "eval",
        config.to_str().unwrap(),
        "--checkpoint",
        dir.to_str().unwrap(),
        "--set",
        "model_name_or_path=t5-mini",
    ]);
    assert!(
        stderr.contains("saved from another architecture than the config's model (t5-mini)")
            && stderr.contains("d_model ")
            && !stderr.contains("missing tensors"),
        "{stderr}"
    );
}

/// `eval_tasks` beyond `tasks` are evaluated through the parameters that
/// `adapters` maps them onto (the reference's evaluation of a task through
/// another task's adapter); unmapped, the error says how to map them.
#[test]
fn eval_only_tasks_use_the_parameters_they_are_mapped_onto() {
    let json = |tasks: &str, extra: &str| {
        format!(
            r#"{{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": {tasks},
                "eval_tasks": ["sms_spam"], "train_adapters": true, "reduction_factor": 8,
                "max_source_length": 16, "n_val": 6, "per_device_eval_batch_size": 6{extra}}}"#
        )
    };
    let trainer = |text: String| {
        let run = Config::from_json(&text).unwrap().config;
        Trainer::new(run, Path::new("."), common::cpu(1), 1)
    };
    let err = trainer(json(r#"["trec"]"#, ""))
        .err()
        .expect("an unmapped eval-only task is refused")
        .to_string();
    assert!(
        err.contains("eval_tasks") && err.contains("'sms_spam'") && err.contains("\"adapters\""),
        "{err}"
    );
    // Mapped onto trec's adapter, sms_spam is evaluated with exactly the
    // parameters a run training sms_spam under that adapter name has.
    let mapped = r#", "adapters": {"sms_spam": "trec"}"#;
    let mut eval_only = trainer(json(r#"["trec"]"#, mapped)).unwrap();
    let mut trained = trainer(json(r#"["sms_spam"]"#, mapped)).unwrap();
    let a = eval_only.evaluate(EvalSplit::Val).unwrap();
    let b = trained.evaluate(EvalSplit::Val).unwrap();
    assert!(
        a.metrics.contains_key("sms_spam_val_acc"),
        "{:?}",
        a.metrics
    );
    assert_eq!(a.predictions.len(), 6);
    let preds = |r: &ruse::train::eval::EvalResult| {
        r.predictions
            .iter()
            .map(|p| (p.source.clone(), p.prediction.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(preds(&a), preds(&b));
}

/// An eval-only task can bring its own task embedding from
/// `task_embedding_dir` (e.g. computed from its data by `ruse
/// task-embeddings`); it is evaluated with that embedding, untrained.
#[test]
fn eval_only_tasks_take_their_embedding_from_task_embedding_dir() {
    let dir = std::env::temp_dir().join(format!("ruse-eval-emb-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let emb = |seed: f32| {
        let v: Vec<f32> = (0..8).map(|i| (i as f32 * 0.37 + seed).sin()).collect();
        ruse::runtime::HostTensor::new(&v, &[8]).unwrap()
    };
    let sms = emb(2.0);
    ruse::model::checkpoint::write_npy(&dir.join("trec.npy"), &emb(1.0)).unwrap();
    let json = |with_file: bool| {
        if with_file {
            ruse::model::checkpoint::write_npy(&dir.join("sms_spam.npy"), &sms).unwrap();
        } else {
            let _ = std::fs::remove_file(dir.join("sms_spam.npy"));
        }
        format!(
            r#"{{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec"],
                "eval_tasks": ["trec", "sms_spam"], "train_adapters": true, "adapter_config_name": "meta-adapter",
                "reduction_factor": 8, "task_embedding_dim": 8, "task_embedding_dir": {:?},
                "max_source_length": 16, "n_val": 4, "per_device_eval_batch_size": 4}}"#,
            dir.display().to_string()
        )
    };
    let trainer = |text: String| {
        let run = Config::from_json(&text).unwrap().config;
        Trainer::new(run, Path::new("."), common::cpu(1), 1)
    };
    let err = trainer(json(false)).err().unwrap().to_string();
    assert!(
        err.contains("task_embeddings.sms_spam") && err.contains("\"task_embeddings\""),
        "{err}"
    );
    let mut t = trainer(json(true)).unwrap();
    let store = t.parameters().unwrap();
    assert_eq!(store.values["task_embeddings.sms_spam"], sms);
    let mut seen = Vec::new();
    let r = t
        .evaluate_with(EvalSplit::Val, &mut |p| {
            seen.push((p.task.to_string(), p.done, p.total))
        })
        .unwrap();
    assert!(r.metrics.contains_key("sms_spam_val_acc") && r.metrics.contains_key("trec_val_acc"));
    // The progress hook hears of each eval task as it starts, with the
    // examples before it and the evaluation's total (n_val 4 per task).
    assert_eq!(r.examples, 8);
    assert_eq!(
        seen,
        [("trec".to_string(), 0, 8), ("sms_spam".to_string(), 4, 8)]
    );
}

/// The training loss (no dropout) of `pairs` in one batch of exactly their
/// number of rows, from the training forward program on one device.
fn forward_loss(trainer: &Trainer, pairs: &[(Vec<u32>, Vec<u32>)], target_len: usize) -> f64 {
    use ruse::model::program::{build_task_program, Shapes};
    use ruse::runtime::ElementType;
    let client = common::cpu(1);
    let source_len = trainer.mixture.source_len;
    let shapes = Shapes {
        batch: pairs.len(),
        source_len,
        target_len,
    };
    let p = build_task_program(
        &trainer.run,
        &trainer.cfg,
        "trec",
        shapes,
        ElementType::F32,
        false,
    )
    .unwrap();
    let exe = common::compile(&client, &ruse::emit::emit(&p.graph).unwrap(), 1);
    let mut batch = ruse::data::Batch::empty("trec", pairs.len(), source_len, target_len);
    for (row, pair) in pairs.iter().enumerate() {
        batch.write_row(row, pair);
    }
    let (n, s, t) = (pairs.len() as i64, source_len as i64, target_len as i64);
    let mut bufs = vec![
        client.upload_slice(&batch.input_ids, &[n, s], 0).unwrap(),
        client
            .upload_slice(&batch.attention_mask, &[n, s], 0)
            .unwrap(),
        client
            .upload_slice(&batch.decoder_input_ids, &[n, t], 0)
            .unwrap(),
        client.upload_slice(&batch.labels, &[n, t], 0).unwrap(),
    ];
    let store = trainer.parameters().unwrap();
    for v in store.values_for(&p.params).unwrap() {
        bufs.push(client.upload(v, 0).unwrap());
    }
    let outs = exe.execute(&[bufs.iter().collect()]).unwrap();
    let loss = outs[0][p.loss].to_host().unwrap().to_vec::<f32>().unwrap();
    f64::from(loss[0])
}

/// `{task}_{split}_loss` is the reference's evaluation loss: each replica's
/// batch gives the training loss of its examples alone (a last, partial
/// batch's padding rows count for nothing, even where pad labels count, a
/// replica left without examples neither), averaged over batches weighted by
/// their numbers of examples; with and without label smoothing (a per-batch
/// sum there), and outside `average_metrics`. The same whether it comes from
/// the encode program of an evaluation that generates (greedy or with beams,
/// each example counted on its first beam row) or from the evaluation-loss
/// program alone (`predict_with_generate: false`).
#[test]
fn eval_loss_is_the_example_weighted_mean_of_the_batches_training_loss() {
    for (smoothing, ignore_pad, beams, generate) in [
        (0.0, true, 1, true),
        (0.1, true, 1, true),
        (0.0, false, 1, true),
        (0.1, true, 3, true),
        (0.1, true, 1, false),
    ] {
        // 5 examples, 2 per replica, 2 replicas: batches of 2, 2 | 1, 0.
        let json = format!(
            r#"{{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec"],
                "train_adapters": true, "reduction_factor": 8, "label_smoothing": {smoothing},
                "ignore_pad_token_for_loss": {ignore_pad}, "max_source_length": 16, "n_val": 5, "per_device_eval_batch_size": 2,
                "eval_beams": {beams}, "predict_with_generate": {generate}, "metric_for_best_model": "average_loss"}}"#
        );
        let run = Config::from_json(&json).unwrap().config;
        let mut trainer = Trainer::new(run, Path::new("."), common::cpu(2), 2).unwrap();
        let r = trainer.evaluate(EvalSplit::Val).unwrap();
        let got = r.metrics["trec_val_loss"];
        let task = trainer.mixture.task("trec").unwrap();
        let t = task.decode_len;
        let examples = task.data.split(ruse::data::Split::Validation).to_vec();
        let pairs = ruse::data::mixture::tokenize_split(
            &trainer.mixture.tokenizer,
            "trec",
            ruse::data::Split::Validation,
            &examples,
            trainer.run.max_source_length,
            trainer.run.max_target_length,
        )
        .unwrap();
        assert_eq!(pairs.len(), 5);
        let want = (2.0 * forward_loss(&trainer, &pairs[0..2], t)
            + 2.0 * forward_loss(&trainer, &pairs[2..4], t)
            + forward_loss(&trainer, &pairs[4..5], t))
            / 5.0;
        assert!(
            got.is_finite() && (got - want).abs() <= 1e-5 * want.abs(),
            "label_smoothing {smoothing}, ignore_pad {ignore_pad}, beams {beams}, generate \
             {generate}: eval loss {got} vs {want}"
        );
        if generate {
            assert_eq!(r.metrics["average_metrics"], r.metrics["trec_val_acc"]);
        } else {
            assert!(!r.metrics.contains_key("trec_val_acc"));
        }
    }
}

/// `predict_with_generate: false`: the evaluations during training and the
/// final ones compute the losses only (no predictions are written), the best
/// checkpoint is the one of the lowest `average_loss`, and
/// `load_best_model_at_end` evaluates it.
#[test]
fn without_generation_the_losses_alone_choose_the_best_model() {
    let (dir, config) = common::run_config(
        "eval-loss-only",
        r#""model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["sms_spam", "trec"],
            "max_source_length": 32, "n_val": 12, "per_device_train_batch_size": 8,
            "per_device_eval_batch_size": 8, "learning_rate": 3e-3, "max_steps": 30, "save_steps": 10,
            "evaluation_strategy": "steps", "eval_steps": 10, "save_total_limit": 1,
            "load_best_model_at_end": true, "do_eval": true, "predict_with_generate": false"#,
    );
    common::ruse_ok(["train", config.to_str().unwrap(), "--replicas", "2"]);
    let log = read_jsonl(&dir.join("train_log.jsonl"));
    let evals: Vec<BTreeMap<String, f64>> = log
        .iter()
        .filter_map(|r| r.get("metrics"))
        .map(|m| serde_json::from_value(m.clone()).unwrap())
        .collect();
    assert_eq!(evals.len(), 4, "3 during training, 1 final");
    let keys = ["average_loss", "sms_spam_val_loss", "trec_val_loss"];
    for m in &evals {
        assert_eq!(m.keys().collect::<Vec<_>>(), keys, "{m:?}");
        without_losses(
            m,
            &BTreeMap::from([("sms_spam".into(), 0.0), ("trec".into(), 0.0)]),
        );
    }
    let lowest = evals[..3]
        .iter()
        .map(|m| m["average_loss"])
        .fold(f64::INFINITY, f64::min);
    let val: BTreeMap<String, f64> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("val_results.json")).unwrap())
            .unwrap();
    assert_eq!(
        val["average_loss"], lowest,
        "the best model is the lowest loss's"
    );
    assert!(!dir.join("predictions").exists() && !dir.join("val_predictions.jsonl").exists());
}

/// Evaluation generates one token fewer than the task's decode length (its
/// longest tokenized label, `</s>` included), as the reference's
/// `generate(max_length=...)` counts the decoder start token: an untrained
/// model's predictions (which run to the limit) have at most the label's
/// tokens, never an extra one.
#[test]
fn evaluation_generates_the_reference_max_length_less_the_start_token() {
    let json = r#"{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec"],
        "max_source_length": 16, "n_val": 12, "per_device_eval_batch_size": 12}"#;
    let run = Config::from_json(json).unwrap().config;
    let mut trainer = Trainer::new(run, Path::new("."), common::cpu(1), 1).unwrap();
    let r = trainer.evaluate(EvalSplit::Val).unwrap();
    let decode_len = trainer.mixture.task("trec").unwrap().decode_len;
    assert_eq!(r.predictions.len(), 12);
    for p in &r.predictions {
        let ids = trainer.mixture.tokenizer.encode(&p.prediction, 64).unwrap();
        assert!(
            ids.len() <= decode_len,
            "prediction {:?} has {} tokens and </s>; labels have at most {}",
            p.prediction,
            ids.len() - 1,
            decode_len - 1
        );
    }
}

/// A checkpoint's adapters load only into a model with the adapter settings
/// they were trained with (its `adapter_config.json`): a config without
/// adapters, or with another activation, is refused by key instead of
/// evaluating the backbone alone or the adapters through the wrong function.
#[test]
fn checkpoints_load_only_with_the_adapter_settings_they_were_trained_with() {
    let json = |extra: &str| {
        format!(
            r#"{{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec"],
                "max_source_length": 16, "per_device_train_batch_size": 4, "max_steps": 2 {extra}}}"#
        )
    };
    let trainer = |extra: &str| {
        let run = Config::from_json(&json(extra)).unwrap().config;
        Trainer::new(run, Path::new("."), common::cpu(1), 1).unwrap()
    };
    let adapters = r#", "train_adapters": true, "reduction_factor": 8, "non_linearity": "relu""#;
    let dir = std::env::temp_dir().join(format!("ruse-adapter-keys-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut t = trainer(adapters);
    t.train_step().unwrap();
    let ckpt = t.save_checkpoint(&dir, None).unwrap();
    let mut from_ckpt = trainer(adapters);
    from_ckpt.load_parameters(&ckpt).unwrap();
    // A key that plain adapters do not read is not compared for them.
    let two_layer = format!(r#"{adapters}, "meta_adapter_generator": "two_layer""#);
    trainer(&two_layer).load_parameters(&ckpt).unwrap();
    // The same parameters from one weights file that holds the adapters too
    // (as hyperformer saves a model), without adapter files: the same values.
    use ruse::model::checkpoint::{load_safetensors, save_safetensors};
    let one = dir.join("one-file");
    std::fs::create_dir_all(&one).unwrap();
    std::fs::copy(ckpt.join("config.json"), one.join("config.json")).unwrap();
    let mut all = load_safetensors(&ckpt.join("model.safetensors")).unwrap();
    all.extend(load_safetensors(&ckpt.join("adapter_model.safetensors")).unwrap());
    save_safetensors(&one.join("model.safetensors"), &all, None).unwrap();
    let mut from_one = trainer(adapters);
    from_one.load_parameters(&one).unwrap();
    assert_eq!(
        from_one.parameters().unwrap().values,
        from_ckpt.parameters().unwrap().values
    );
    // Its settings, where only a run's arguments_results.json records them
    // (a hyperformer output directory), are checked by key as well.
    let arguments = r#"{"train_adapters": true, "reduction_factor": 8, "non_linearity": "relu",
        "adapter_config_name": "adapter", "task_embedding_dim": null, "learning_rate": 0.001}"#;
    std::fs::write(one.join("arguments_results.json"), arguments).unwrap();
    trainer(adapters).load_parameters(&one).unwrap();
    let swish = r#", "train_adapters": true, "reduction_factor": 8, "non_linearity": "swish""#;
    let err = trainer(swish)
        .load_parameters(&one)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("non_linearity \"relu\" (this config: \"swish\")")
            && err.contains("arguments_results.json"),
        "{err}"
    );
    for (extra, key) in [
        ("", "train_adapters true (this config: false)"),
        (
            r#", "train_adapters": true, "reduction_factor": 8, "non_linearity": "swish""#,
            "non_linearity \"relu\" (this config: \"swish\")",
        ),
    ] {
        let err = trainer(extra)
            .load_parameters(&ckpt)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(key) && err.contains("adapter_config.json"),
            "{err}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A run with `legacy_cross_attention_bias: true` trains transformers 3.x's
/// cross-attention table and records the setting in its `config.json`;
/// `ruse eval --checkpoint` of that model under a config that does not say
/// computes the bias (the same losses as under the run's own config; the
/// config's own model, a directory without weights, is not read), and
/// `--set legacy_cross_attention_bias=false` leaves it out (other losses).
/// Resuming the run under the other setting is refused, naming it.
#[test]
fn a_model_trained_with_the_legacy_cross_attention_bias_evaluates_with_it() {
    let keys = r#""tasks": ["trec"],
        "max_source_length": 16, "n_val": 8, "per_device_train_batch_size": 4,
        "per_device_eval_batch_size": 8, "max_steps": 3, "learning_rate": 1e-2, "save_steps": 100,
        "predict_with_generate": false"#;
    let (dir, config) = common::run_config(
        "legacy-bias",
        &format!(
            r#""model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, {keys},
            "legacy_cross_attention_bias": true"#
        ),
    );
    common::ruse_ok(["train", config.to_str().unwrap()]);
    let saved: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("config.json")).unwrap()).unwrap();
    assert_eq!(saved["legacy_cross_attention_bias"], true, "{saved}");
    let table = ruse::model::legacy::LEGACY_CROSS_ATTENTION_BIAS;
    let weights =
        ruse::model::checkpoint::load_safetensors(&dir.join("model.safetensors")).unwrap();
    assert!(weights.contains_key(table));
    let own = eval_json(&config, &[]);
    let no_weights = dir.with_extension("arch");
    std::fs::create_dir_all(&no_weights).unwrap();
    std::fs::write(
        no_weights.join("config.json"),
        ruse::model::T5Config::preset("t5-tiny")
            .unwrap()
            .to_hf_json(),
    )
    .unwrap();
    let (_, plain) = common::run_config(
        "legacy-bias-plain",
        &format!(
            r#""model_name_or_path": {:?}, {keys}"#,
            no_weights.display().to_string()
        ),
    );
    let ckpt = dir.to_str().unwrap();
    let read_back = eval_json(&plain, &["--checkpoint", ckpt]);
    assert_eq!(read_back, own);
    let (left_out, stderr) = common::ruse_ok([
        "eval",
        plain.to_str().unwrap(),
        "--json",
        "--checkpoint",
        ckpt,
        "--set",
        "legacy_cross_attention_bias=false",
    ]);
    let left_out: BTreeMap<String, f64> = serde_json::from_str(&left_out).unwrap();
    assert!(stderr.contains(&format!("ignoring {table}")), "{stderr}");
    assert!(
        (left_out["average_loss"] - own["average_loss"]).abs() > 1e-6,
        "{left_out:?} vs {own:?}"
    );
    let stderr = common::ruse_err([
        "train",
        config.to_str().unwrap(),
        "--set",
        "legacy_cross_attention_bias=false",
    ]);
    assert!(
        stderr.contains("resume with --set legacy_cross_attention_bias=true"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&no_weights);
}
