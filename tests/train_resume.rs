//! Checkpoints and resume: a run killed with SIGKILL, or stopped with Ctrl-C,
//! and resumed gives the same per-step losses as an uninterrupted run;
//! rotation keeps the best.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ruse::config::Config;
use ruse::train::checkpoint::{self, BestBy, TrainerState};
use serde_json::Value;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ruse-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// A two-task adapter run of t5-tiny (dropout on), checkpointing every 5 updates.
fn write_config(dir: &Path, max_steps: usize) -> PathBuf {
    let config = dir.with_extension("json");
    let json = format!(
        r#"{{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec", "sms_spam"],
            "train_adapters": true, "reduction_factor": 8, "max_source_length": 32,
            "per_device_train_batch_size": 4, "learning_rate": 1e-2, "lr_scheduler": "constant",
            "max_steps": {max_steps}, "save_steps": 5, "logging_steps": 1000, "output_dir": {:?}}}"#,
        dir.display().to_string()
    );
    std::fs::write(&config, json).unwrap();
    config
}

fn train(config: &Path, extra: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ruse"));
    c.arg("train").arg(config).args(extra);
    c
}

/// step -> (task, loss) from a run's log.
fn losses(dir: &Path) -> BTreeMap<u64, (String, f64)> {
    std::fs::read_to_string(dir.join("train_log.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| v.get("loss").is_some())
        .map(|v| {
            (
                v["step"].as_u64().unwrap(),
                (
                    v["task"].as_str().unwrap().to_string(),
                    v["loss"].as_f64().unwrap(),
                ),
            )
        })
        .collect()
}

/// An uninterrupted run of `total` updates in a fresh directory `name`:
/// the directory and its per-step losses.
fn uninterrupted(name: &str, total: usize) -> (PathBuf, BTreeMap<u64, (String, f64)>) {
    let whole = temp_dir(name);
    let out = train(&write_config(&whole, total), &[]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let want = losses(&whole);
    assert_eq!(want.len(), total);
    (whole, want)
}

/// The resumed run in `resumed` logged each of the uninterrupted run's
/// steps once, with its task and loss, and wrote the same final adapters.
fn assert_same_run(whole: &Path, want: &BTreeMap<u64, (String, f64)>, resumed: &Path) {
    let got = losses(resumed);
    assert_eq!(
        got.len(),
        want.len(),
        "the resumed log keeps each step once"
    );
    for (step, (task, loss)) in want {
        let (gtask, gloss) = &got[step];
        assert_eq!(gtask, task, "step {step}");
        let rel = (gloss - loss).abs() / loss.abs();
        assert!(
            rel < 1e-6,
            "step {step}: loss {gloss} after resume vs {loss} uninterrupted"
        );
    }
    let a = std::fs::read(whole.join("adapter_model.safetensors")).unwrap();
    let b = std::fs::read(resumed.join("adapter_model.safetensors")).unwrap();
    assert_eq!(a, b, "final adapters differ");
}

#[test]
fn a_run_killed_and_resumed_matches_an_uninterrupted_run() {
    let total = 30;
    let (whole, want) = uninterrupted("resume-whole", total);

    // The same run with no end in sight, killed once its second checkpoint exists.
    let killed = temp_dir("resume-killed");
    let config = write_config(&killed, 1_000_000);
    let mut child = train(&config, &[])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while !killed.join("checkpoint-10").exists() {
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "no checkpoint-10 after 300 s"
        );
        assert!(child.try_wait().unwrap().is_none(), "the run ended early");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let (resumed_at, _) = checkpoint::latest(&killed).unwrap().unwrap();
    assert!(
        (10..total).contains(&resumed_at),
        "killed too late: {resumed_at}"
    );
    // A save that a crash interrupted leaves a temporary directory: ignored and removed.
    let partial = killed.join(".tmp-checkpoint-999");
    std::fs::create_dir_all(&partial).unwrap();
    std::fs::write(partial.join("model.safetensors"), b"half").unwrap();

    let out = train(&config, &["--set", &format!("max_steps={total}")])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("checkpoint-{resumed_at}")),
        "{stderr}"
    );
    assert!(!partial.exists(), "the partial checkpoint was not removed");
    assert_same_run(&whole, &want, &killed);
}

/// Ctrl-C (SIGINT) during the updates: the run stops after the update in
/// progress, saves a checkpoint there (between two save_steps), exits with
/// status 130 saying where it stopped, and the same command resumes from
/// that checkpoint to the losses and model of an uninterrupted run, saying
/// which setting differs from the run's start (`max_steps`).
#[test]
fn ctrl_c_saves_a_checkpoint_where_the_run_stopped_and_resume_goes_on_from_it() {
    let total = 30;
    let (whole, want) = uninterrupted("sigint-whole", total);

    let stopped = temp_dir("sigint-stopped");
    let config = write_config(&stopped, 1_000_000);
    let child = train(&config, &[])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    // Past the first checkpoint (update 5), then Ctrl-C.
    while losses_so_far(&stopped) < 7 {
        assert!(
            start.elapsed() < Duration::from_secs(300),
            "no update 7 after 300 s"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    let (at, dir) = checkpoint::latest(&stopped).unwrap().unwrap();
    assert!((7..total).contains(&at), "stopped too late: {at}");
    assert!(
        stderr.contains(&format!(
            "interrupted at update {at} of 1000000; saved {}",
            dir.display()
        )) && stderr.contains("run the same command again to resume"),
        "{stderr}"
    );
    // On the CPU the frozen weights' transposed copies are announced with their size.
    assert!(
        stderr.contains("frozen weights also kept transposed")
            && stderr.contains("MiB per replica"),
        "{stderr}"
    );
    assert_eq!(losses(&stopped).keys().last(), Some(&(at as u64)));

    let out = train(&config, &["--set", &format!("max_steps={total}")])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains(&format!("checkpoint-{at}")), "{stderr}");
    // The one setting changed since the run started is named, with both values.
    assert!(
        stderr.contains(
            "resuming with settings other than those the run last started with \
             (arguments_results.json): max_steps: 1000000 -> 30\n"
        ),
        "{stderr}"
    );
    assert_same_run(&whole, &want, &stopped);
}

/// `ruse train ... 2>&1 | head`: stdout and stderr readers that went away
/// before the run began cost nothing but the lines. The run trains, writes
/// its checkpoint and final files and exits 0, instead of panicking on its
/// first note.
#[test]
fn a_run_with_its_output_pipes_closed_still_finishes() {
    let dir = temp_dir("closed-pipes");
    let mut child = train(&write_config(&dir, 6), &[])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert_eq!(losses(&dir).len(), 6);
    assert!(dir.join("checkpoint-5").is_dir());
    assert!(dir.join("adapter_model.safetensors").is_file());
    // The model directories carry the run's tokenizer.
    let tokenizer = ruse::data::T5Tokenizer::resolve(&Config::default()).unwrap();
    let tokenizer = std::fs::read(tokenizer).unwrap();
    for model_dir in [dir.clone(), dir.join("checkpoint-5")] {
        assert_eq!(
            std::fs::read(model_dir.join("tokenizer.json")).unwrap(),
            tokenizer,
            "{}",
            model_dir.display()
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// How many training rows a run's log holds so far (0 before it exists).
fn losses_so_far(dir: &Path) -> usize {
    std::fs::read_to_string(dir.join("train_log.jsonl"))
        .map(|t| t.lines().filter(|l| l.contains("\"loss\"")).count())
        .unwrap_or(0)
}

/// A checkpoint of update `step` (of 20) holding only a trainer state with
/// `metrics`.
fn write_metrics(dir: &Path, step: usize, metrics: &[(&str, f64)]) {
    let state = TrainerState {
        step,
        total_steps: 20,
        seed: 42,
        sampler: vec![],
        schedule_origin: 0,
        metrics: Some(metrics.iter().map(|(k, v)| (k.to_string(), *v)).collect()),
        tasks: None,
        batch_per_replica: None,
    };
    checkpoint::write(dir, step, &state, |_| Ok(())).unwrap();
}

#[test]
fn rotation_keeps_the_newest_and_the_best_checkpoint() {
    let dir = temp_dir("rotate");
    for (step, acc) in [(5, 50.0), (10, 80.0), (15, 60.0), (20, 70.0)] {
        write_metrics(&dir, step, &[("average_metrics", acc)]);
    }
    let best = BestBy::from_config(Some("eval_average_metrics"), None);
    let deleted = checkpoint::rotate(&dir, 2, &best).unwrap();
    let left: Vec<usize> = checkpoint::list(&dir)
        .unwrap()
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert_eq!(left, vec![10, 20], "deleted {deleted:?}");
    // The reference's per-task names read as ruse's.
    for (theirs, ours, greater) in [
        ("stsb_eval_pearson_corrcoef", "stsb_val_pearson", true),
        (
            "eval_stsb_eval_spearman_corrcoef",
            "stsb_val_spearmanr",
            true,
        ),
        ("rte_eval_loss", "rte_val_loss", false),
        ("rte_val_acc", "rte_val_acc", true),
    ] {
        let b = BestBy::from_config(Some(theirs), None);
        assert_eq!((b.metric.as_str(), b.greater_is_better), (ours, greater));
    }
    let lower = BestBy::from_config(Some("average_metrics"), Some(false));
    checkpoint::rotate(&dir, 1, &lower).unwrap();
    let left: Vec<usize> = checkpoint::list(&dir)
        .unwrap()
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert_eq!(
        left,
        vec![20],
        "with lower-is-better the newest (70) beats 80"
    );
}

#[test]
fn a_non_empty_output_dir_without_checkpoints_is_refused() {
    let dir = temp_dir("refuse");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    let out = train(&write_config(&dir, 3), &[]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("overwrite_output_dir"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.txt")).unwrap(),
        "mine"
    );
}

/// Resuming continues the schedule where the checkpoint left it; with
/// `optimize_from_scratch` the schedule (here its warmup) starts again.
#[test]
fn optimize_from_scratch_restarts_the_schedule_on_resume() {
    use ruse::config::Config;
    use ruse::train::trainer::Trainer;
    let config = |extra: &str| {
        let json = format!(
            r#"{{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec"],
                "max_source_length": 32, "per_device_train_batch_size": 4, "learning_rate": 1e-2,
                "warmup_steps": 4, "max_steps": 8 {extra}}}"#
        );
        Config::from_json(&json).unwrap().config
    };
    let cpu = || ruse::runtime::Client::cpu(1).unwrap();
    let dir = temp_dir("scratch");
    let mut fresh = Trainer::new(config(""), Path::new("."), cpu(), 1).unwrap();
    let mut lrs = Vec::new();
    let mut losses = Vec::new();
    for _ in 0..8 {
        let r = fresh.train_step().unwrap();
        lrs.push(r.lr);
        losses.push(r.loss);
        if r.step == 4 {
            fresh.save_checkpoint(&dir, None).unwrap();
        }
    }
    let checkpoint = dir.join("checkpoint-4");
    let mut resumed = Trainer::new(config(""), Path::new("."), cpu(), 1).unwrap();
    resumed.resume(&checkpoint).unwrap();
    let r = resumed.train_step().unwrap();
    assert_eq!((r.step, r.lr), (5, lrs[4]), "the schedule continues");
    assert!(
        (r.loss - losses[4]).abs() < 1e-6 * losses[4],
        "{} vs {}",
        r.loss,
        losses[4]
    );
    let mut scratch = Trainer::new(
        config(r#", "optimize_from_scratch": true"#),
        Path::new("."),
        cpu(),
        1,
    )
    .unwrap();
    scratch.resume(&checkpoint).unwrap();
    let r = scratch.train_step().unwrap();
    assert_eq!((r.step, r.lr), (5, lrs[0]), "the warmup starts again");
    assert_eq!(r.lr, 0.0);
}

/// Unset, `metric_for_best_model` is `average_metrics` (highest best), and
/// `average_loss` (lowest best) when the run evaluates the losses only.
#[test]
fn the_default_best_metric_follows_predict_with_generate() {
    let dir = temp_dir("best-default");
    let rows = [
        (5, 50.0, 0.9),
        (10, 80.0, 1.0),
        (15, 60.0, 0.5),
        (20, 70.0, 0.8),
    ];
    for (step, acc, loss) in rows {
        write_metrics(
            &dir,
            step,
            &[("average_metrics", acc), ("average_loss", loss)],
        );
    }
    let all = checkpoint::list(&dir).unwrap();
    let best_step = |json: &str| {
        let run = Config::from_json(json).unwrap().config;
        BestBy::of(&run).unwrap().best(&all).unwrap().unwrap().0
    };
    assert_eq!(best_step("{}"), 10);
    assert_eq!(best_step(r#"{"predict_with_generate": false}"#), 15);
    assert_eq!(
        best_step(r#"{"predict_with_generate": false, "greater_is_better": true}"#),
        10
    );
    assert_eq!(
        best_step(r#"{"metric_for_best_model": "average_loss"}"#),
        15
    );
    let named = r#"{"predict_with_generate": false, "metric_for_best_model": "eval_average_loss"}"#;
    assert_eq!(best_step(named), 15);
    // Without generation, a generation metric cannot choose.
    let run = Config::from_json(
        r#"{"predict_with_generate": false, "metric_for_best_model": "eval_average_metrics"}"#,
    )
    .unwrap()
    .config;
    let err = BestBy::of(&run).unwrap_err().to_string();
    assert!(
        err.contains("metric_for_best_model") && err.contains("average_loss"),
        "{err}"
    );
}

/// Nothing in `output_dir` changes before the run is checked: an
/// `overwrite_output_dir` run that fails to start (an unknown task, a
/// metric_for_best_model no evaluation reports) leaves the old checkpoints
/// and log; a directory with only the files of a run stopped before its first
/// checkpoint starts afresh; a second run on a directory in use is refused.
#[test]
fn output_dir_is_kept_until_a_run_starts_and_locked_while_it_runs() {
    let dir = temp_dir("keep");
    let config = write_config(&dir, 5);
    let out = train(&config, &["--set", "logging_steps=1"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = std::fs::read_to_string(dir.join("train_log.jsonl")).unwrap();
    for bad in [
        r#"tasks=["trec", "nope"]"#,
        "metric_for_best_model=trec_val_acc_typo",
        "lr_scheduler=bogus",
    ] {
        let out = train(
            &config,
            &["--set", "overwrite_output_dir=true", "--set", bad],
        )
        .output()
        .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{bad}: {stderr}");
        let key = bad.split('=').next().unwrap();
        assert!(stderr.contains(key), "{bad}: {stderr}");
        assert!(
            dir.join("checkpoint-5").is_dir(),
            "{bad}: the checkpoint went"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("train_log.jsonl")).unwrap(),
            log,
            "{bad}: the log changed"
        );
    }

    // Interrupted before its first checkpoint: only the arguments and the log.
    let early = temp_dir("early");
    std::fs::create_dir_all(&early).unwrap();
    std::fs::write(early.join("arguments_results.json"), "{}").unwrap();
    std::fs::write(early.join("train_log.jsonl"), "{\"step\": 1}\n").unwrap();
    let out = train(&write_config(&early, 2), &[]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("starting afresh"), "{stderr}");
    assert!(early.join("checkpoint-2").is_dir());

    // In use: another process holds the lock.
    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(early.join(".ruse-train.lock"))
        .unwrap();
    lock.try_lock().unwrap();
    let out = train(&write_config(&early, 4), &[]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("in use"),
        "{stderr}"
    );
    assert!(!early.join("checkpoint-4").exists());
    drop(lock);

    // A run refused after taking its lock leaves no output_dir it created.
    let fresh = temp_dir("refused-fresh");
    let out = train(
        &write_config(&fresh, 2),
        &["--set", "metric_for_best_model=trec_val_acc_typo"],
    )
    .output()
    .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("metric_for_best_model"),
        "{stderr}"
    );
    assert!(!fresh.exists(), "{} was left behind", fresh.display());
}

/// A checkpoint the run cannot continue from is refused, not resumed into
/// something else: other tasks or another batch size (the sampler positions
/// count batches of them), another optimizer's state, a missing moment of an
/// updated parameter, a moment of the wrong shape (each named).
#[test]
fn resume_refuses_optimizer_state_it_cannot_continue_from() {
    use ruse::model::checkpoint::{load_safetensors, save_safetensors};
    use ruse::runtime::HostTensor;
    use ruse::train::trainer::Trainer;
    let config = |extra: &str| {
        let json = format!(
            r#"{{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec"],
                "train_adapters": true, "reduction_factor": 8, "max_source_length": 32,
                "per_device_train_batch_size": 4, "max_steps": 4 {extra}}}"#
        );
        Config::from_json(&json).unwrap().config
    };
    let cpu = || ruse::runtime::Client::cpu(1).unwrap();
    let dir = temp_dir("resume-optimizer");
    let mut t = Trainer::new(config(""), Path::new("."), cpu(), 1).unwrap();
    t.train_step().unwrap();
    let ckpt = t.save_checkpoint(&dir, None).unwrap();
    let resume = |extra: &str| {
        let mut t = Trainer::new(config(extra), Path::new("."), cpu(), 1).unwrap();
        t.resume(&ckpt).map(|_| ()).map_err(|e| e.to_string())
    };
    resume("").unwrap();
    // The sampler positions count batches of the run's tasks and batch size.
    let err = resume(r#", "tasks": ["trec", "sms_spam"]"#).unwrap_err();
    assert!(err.contains("'tasks'") && err.contains("[trec]"), "{err}");
    let err = resume(r#", "per_device_train_batch_size": 8"#).unwrap_err();
    assert!(err.contains("'per_device_train_batch_size'"), "{err}");
    let err = resume(r#", "adafactor": true"#).unwrap_err();
    assert!(
        err.contains("adam_m.") && err.contains("adafactor: false"),
        "{err}"
    );
    resume(r#", "adafactor": true, "optimize_from_scratch": true"#).unwrap();

    let file = ckpt.join("optimizer.safetensors");
    let good = load_safetensors(&file).unwrap();
    let name = good
        .keys()
        .find(|k| k.starts_with("adam_m."))
        .unwrap()
        .clone();
    let mut missing = good.clone();
    missing.remove(&name);
    save_safetensors(&file, &missing, None).unwrap();
    let err = resume("").unwrap_err();
    assert!(err.contains(&name) && err.contains("missing"), "{err}");
    let mut reshaped = good.clone();
    reshaped.insert(name.clone(), HostTensor::new(&[0f32; 3], &[3]).unwrap());
    save_safetensors(&file, &reshaped, None).unwrap();
    let err = resume("").unwrap_err();
    assert!(err.contains(&name) && err.contains("f32[3]"), "{err}");
    save_safetensors(&file, &good, None).unwrap();
    // A schedule origin past the checkpoint's update (a damaged state file)
    // would make the schedule's step negative.
    let state = ckpt.join("trainer_state.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    json["schedule_origin"] = 100.into();
    std::fs::write(&state, json.to_string()).unwrap();
    let err = resume("").unwrap_err();
    assert!(
        err.contains("trainer_state.json") && err.contains("schedule_origin 100"),
        "{err}"
    );
}
