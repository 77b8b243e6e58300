//! `ruse train` and the training loop on real fetched data (trec), on the
//! CPU plugin: the loss falls, replicated runs work, divergence stops.

mod common;

use std::path::Path;

use ruse::config::Config;
use ruse::train::trainer::Trainer;
use ruse::Error;

fn trec_config(extra: &str) -> Config {
    let json = format!(
        r#"{{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec"],
            "max_source_length": 32, "per_device_train_batch_size": 16, "learning_rate": 3e-3,
            "warmup_steps": 20, "max_steps": 200 {extra}}}"#
    );
    Config::from_json(&json).unwrap().config
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

#[test]
fn the_trec_loss_falls_clearly_within_two_hundred_steps() {
    let mut t = Trainer::new(trec_config(""), Path::new("."), common::cpu(1), 1).unwrap();
    let mut losses = Vec::new();
    while t.step < t.total_steps {
        losses.push(t.train_step().unwrap().loss);
    }
    let (first, last) = (mean(&losses[..10]), mean(&losses[losses.len() - 20..]));
    eprintln!("trec: mean loss of the first 10 steps {first:.3}, of the last 20 {last:.3}");
    assert!(last < 0.4 * first, "loss fell only from {first} to {last}");
}

/// A model whose vocabulary is smaller than the tokenizer's is refused before
/// anything runs (the T5 tokenizer's 32,100 ids against a 32-row fixture):
/// XLA would clamp the ids past it to the last embedding row.
#[test]
fn a_tokenizer_larger_than_the_models_vocabulary_is_refused() {
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/t5/t5_v1_0");
    let json = format!(
        r#"{{"model_name_or_path": {:?}, "tasks": ["trec"], "max_steps": 1}}"#,
        model.display().to_string()
    );
    let run = Config::from_json(&json).unwrap().config;
    let err = match Trainer::new(run, Path::new("."), common::cpu(1), 1) {
        Ok(_) => panic!("a 32-token model was accepted with the T5 tokenizer"),
        Err(e) => e.to_string(),
    };
    assert!(
        err.contains("32100 tokens") && err.contains("has 32 rows"),
        "{err}"
    );
}

#[test]
fn a_diverging_run_stops_with_a_clear_error() {
    let run = trec_config(r#", "learning_rate": 1e12, "warmup_steps": 0, "max_grad_norm": 0.0"#);
    let mut t = Trainer::new(run, Path::new("."), common::cpu(1), 1).unwrap();
    let err = loop {
        match t.train_step() {
            Ok(_) if t.step < 50 => continue,
            Ok(_) => panic!("a learning rate of 1e12 did not diverge in 50 steps"),
            Err(e) => break e,
        }
    };
    // The error names the update as the log and the progress bar number it:
    // the first one that did not complete.
    match &err {
        Error::Diverged { step, .. } => assert_eq!(*step, t.step + 1, "{err}"),
        _ => panic!("not a divergence: {err}"),
    }
    assert!(err.to_string().contains("training stopped"), "{err}");
}

#[test]
fn ruse_train_runs_on_four_replicas_and_saves_a_loadable_model() {
    let (dir, config) = common::run_config(
        "train-cli",
        r#""model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec", "sms_spam"],
            "train_adapters": true, "reduction_factor": 8, "max_source_length": 32,
            "per_device_train_batch_size": 4, "learning_rate": 1e-2, "max_steps": 12, "logging_steps": 4,
            "logging_first_step": true, "print_num_parameters": true"#,
    );
    // Task embeddings that `ruse task-embeddings` left in output_dir do not block a run.
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("trec.npy"), b"").unwrap();
    let path = config.to_str().unwrap();
    let (stdout, stderr) =
        common::ruse_ok(["train", path, "--replicas", "4", "--peak-tflops", "0.5"]);
    // print_num_parameters prints `ruse params`' table; logging_first_step
    // adds step 1 to the every-4-steps lines.
    assert!(
        stdout.contains("trainable: ") && stdout.contains("task trec: "),
        "{stdout}"
    );
    for (step, shown) in [(1, true), (2, false), (4, true), (12, true)] {
        assert_eq!(
            stderr.contains(&format!("step {step}/12 ")),
            shown,
            "step {step}: {stderr}"
        );
    }
    assert!(dir.join("arguments_results.json").is_file());
    let log = std::fs::read_to_string(dir.join("train_log.jsonl")).unwrap();
    let rows: Vec<serde_json::Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 12);
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row["step"], i + 1);
        assert!(row["loss"].as_f64().unwrap().is_finite());
        assert!(["trec", "sms_spam"].contains(&row["task"].as_str().unwrap()));
    }
    check_throughput(&dir, &config, &rows, &stderr);
    for f in [
        "config.json",
        "model.safetensors",
        "adapter_model.safetensors",
        "adapter_config.json",
    ] {
        assert!(dir.join(f).is_file(), "{f} missing");
    }
    // The last update is checkpointed: a second run resumes there and trains no further.
    let (_, stderr) = common::ruse_ok(["train", path, "--replicas", "4"]);
    assert!(
        stderr.contains("checkpoint-12 (update 12 of 12)"),
        "{stderr}"
    );
    let log = std::fs::read_to_string(dir.join("train_log.jsonl")).unwrap();
    assert_eq!(log.lines().count(), 12);
    // An explicit do_train: false trains nothing and says what to run instead.
    let stderr = common::ruse_err(["train", path, "--set", "do_train=false"]);
    assert!(
        stderr.contains("do_train: false") && stderr.contains("ruse eval"),
        "{stderr}"
    );
}

/// `throughput.json` of the run above: its FLOPs per update are those that
/// `ruse compile` counts for each task's step, and its rates and MFU are the
/// log's steps that compiled nothing, totalled over their time.
fn check_throughput(dir: &Path, config: &Path, rows: &[serde_json::Value], stderr: &str) {
    let compiled = dir.with_extension("hlo");
    let (path, out) = (config.to_str().unwrap(), compiled.to_str().unwrap());
    common::ruse_ok([
        "compile",
        path,
        "--summary-only",
        "--replicas",
        "4",
        "--out",
        out,
    ]);
    let stem = config.file_stem().unwrap();
    let summary = std::fs::read_to_string(compiled.join(stem).join("summary.json")).unwrap();
    let summary: Vec<serde_json::Value> = serde_json::from_str(&summary).unwrap();
    let _ = std::fs::remove_dir_all(&compiled);
    let per_replica = |task: &str| {
        let s = summary.iter().find(|s| s["task"] == task).unwrap();
        s["train_gflop_per_update"].as_f64().unwrap() / 4.0
    };
    let (mut gflop, mut seconds, mut examples, mut steady) = (0.0, 0.0, 0.0, 0);
    for row in rows {
        let want = per_replica(row["task"].as_str().unwrap());
        let got = row["matmul_gflop"].as_f64().unwrap();
        assert!(
            want > 0.0 && (got - want).abs() <= 1e-9 * want,
            "{row}: want {want} GFLOP"
        );
        if row["compile_seconds"].is_null() {
            steady += 1;
            let s = row["seconds"].as_f64().unwrap();
            gflop += got;
            seconds += s;
            examples += row["examples_per_s"].as_f64().unwrap() * s;
        }
    }
    let t: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("throughput.json")).unwrap())
            .unwrap();
    assert_eq!(t["steps"], steady);
    assert_eq!(t["compile_steps"], rows.len() - steady);
    assert_eq!(
        (t["device_kind"].as_str(), t["replicas"].as_u64()),
        (Some("cpu"), Some(4))
    );
    let close = |key: &str, want: f64| {
        let got = t[key].as_f64().unwrap();
        assert!(
            (got - want).abs() <= 1e-6 * want,
            "{key}: {got} against {want}"
        );
    };
    close("tflops_per_device", gflop / seconds / 1e3);
    close("examples_per_s", examples / seconds);
    close("mfu", gflop / seconds / 1e3 / 0.5);
    assert_eq!(t["peak_source"], "given");
    assert!(
        stderr.contains("MFU") && stderr.contains("--peak-tflops"),
        "{stderr}"
    );
}

/// With `gradient_accumulation_steps` = 2 each update consumes two draws of
/// the sampler (the tasks a plain run takes in two steps) and applies them
/// once, on 2 replicas.
#[test]
fn gradient_accumulation_takes_two_draws_per_update() {
    let keys = r#", "tasks": ["trec", "sms_spam"], "train_adapters": true, "reduction_factor": 8,
        "per_device_train_batch_size": 4, "max_steps": 12"#;
    let mut plain = Trainer::new(trec_config(keys), Path::new("."), common::cpu(2), 2).unwrap();
    let tasks: Vec<String> = (0..12).map(|_| plain.train_step().unwrap().task).collect();
    let accumulating = trec_config(&format!(r#"{keys}, "gradient_accumulation_steps": 2"#));
    let mut acc = Trainer::new(accumulating, Path::new("."), common::cpu(2), 2).unwrap();
    assert_eq!(acc.total_steps, 12);
    for i in 0..6 {
        let report = acc.train_step().unwrap();
        let mut window = vec![tasks[2 * i].clone(), tasks[2 * i + 1].clone()];
        window.sort();
        window.dedup();
        assert_eq!(report.task, window.join("+"), "update {}", i + 1);
        assert_eq!(report.step, i + 1);
        assert!(report.loss.is_finite() && report.grad_norm > 0.0);
    }
    assert!(
        tasks.windows(2).step_by(2).any(|w| w[0] != w[1]),
        "no window mixed the two tasks: {tasks:?}"
    );
}

/// Two tasks whose steps are the same computation over their own adapters
/// (same shapes, decode length 3) share one XLA compilation, and train as
/// they do with one compilation each.
#[test]
fn tasks_with_the_same_program_share_one_compilation() {
    let keys = r#", "tasks": ["trec", "sms_spam"], "train_adapters": true, "reduction_factor": 8,
        "per_device_train_batch_size": 4, "max_steps": 10"#;
    let mut shared = Trainer::new(trec_config(keys), Path::new("."), common::cpu(1), 1).unwrap();
    let mut separate = Trainer::new(trec_config(keys), Path::new("."), common::cpu(1), 1).unwrap();
    separate.set_shared_compilation(false);
    let mut tasks = Vec::new();
    while shared.step < shared.total_steps {
        let (a, b) = (shared.train_step().unwrap(), separate.train_step().unwrap());
        assert_eq!(a.task, b.task);
        let pairs = [
            ("loss", a.loss, b.loss, 1e-5),
            ("grad norm", a.grad_norm, b.grad_norm, 1e-4),
        ];
        for (what, x, y, tol) in pairs {
            let rel = (x - y).abs() / y.abs();
            assert!(rel < tol, "step {} ({}): {what} {x} vs {y}", a.step, a.task);
        }
        tasks.push(a.task);
    }
    assert!(tasks.iter().any(|t| t == "trec") && tasks.iter().any(|t| t == "sms_spam"));
    assert_eq!(shared.compiled_programs(), 1, "tasks: {tasks:?}");
    assert_eq!(separate.compiled_programs(), 2);
}

/// Without `max_steps` a run lasts its epochs' whole updates, counted as
/// transformers 3.5 does: the batches per epoch // the accumulation steps (at
/// least one), times the epochs, rounded up. So 10 batches of 3 micro-steps
/// over 2 epochs are 6 updates, not ceil(20 / 3) = 7.
#[test]
fn epochs_count_whole_updates_as_the_reference() {
    let json = r#"{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec"],
        "max_source_length": 16, "per_device_train_batch_size": 4, "n_train": 40, "max_steps": -1,
        "num_train_epochs": 2, "gradient_accumulation_steps": 3}"#;
    let run = Config::from_json(json).unwrap().config;
    let t = Trainer::new(run, Path::new("."), common::cpu(1), 1).unwrap();
    assert_eq!(t.mixture.sampler.batches_per_epoch(), 10);
    assert_eq!(t.total_steps, 6);
}
