//! Generation (encoder once, decoder steps with a key/value cache) against
//! HF transformers' `generate` (fixtures from `scripts/fixtures.sh`): greedy
//! and beam search ids and scores, T5 v1.0 and v1.1, on 1 and 2 replicas.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use ruse::config::Config;
use ruse::model::checkpoint::{load_model_dir, load_safetensors, save_safetensors};
use ruse::model::generate::{GenSettings, Generated, Generator, EOS_ID};
use ruse::model::legacy;
use ruse::model::resolve::Source;
use ruse::model::store::ParamStore;
use ruse::model::T5Config;
use ruse::runtime::{Buffer, ElementType};
use serde_json::Value;

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/t5")
        .join(case)
}

use common::int_rows as rows;

/// HF's output row without the start token, cut after the first `</s>`.
fn hf_ids(row: &[i64]) -> Vec<i32> {
    let mut out = Vec::new();
    for &t in &row[1..] {
        out.push(t as i32);
        if t as i32 == EOS_ID {
            break;
        }
    }
    out
}

fn check_case(case: &str, replicas: usize, per_replica: usize) {
    let spec: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture(case).join("generate.json")).unwrap(),
    )
    .unwrap();
    let model_dir = if spec["model"] == "own" {
        fixture(case)
    } else {
        fixture(spec["base_case"].as_str().unwrap())
    };
    let mut cfg = T5Config::from_file(&model_dir.join("config.json")).unwrap();
    legacy::resolve(&mut cfg, None, Some(&model_dir)).unwrap();
    let run = Config::default();
    let store =
        ParamStore::for_run(&run, &cfg, &Source::Directory(model_dir), ElementType::F32).unwrap();
    let client = common::cpu(replicas);
    let on_device: Vec<HashMap<String, Buffer>> = (0..replicas)
        .map(|r| {
            store
                .values
                .iter()
                .map(|(n, v)| (n.clone(), client.upload(v, r).unwrap()))
                .collect()
        })
        .collect();
    let lookup = |r: usize, name: &str| on_device[r].get(name);
    let ids = rows(&spec["input_ids"]);
    let mask = rows(&spec["attention_mask"]);
    let sources: Vec<Vec<u32>> = ids
        .iter()
        .zip(&mask)
        .map(|(i, m)| {
            i.iter()
                .zip(m)
                .filter(|(_, m)| **m == 1)
                .map(|(t, _)| *t as u32)
                .collect()
        })
        .collect();
    let source_len = ids[0].len();
    let max_len = spec["max_new_tokens"].as_u64().unwrap() as usize;
    let mut gen = Generator::new(&run, &cfg, replicas);
    let mut generate = |beams: usize| -> Vec<Generated> {
        let settings = GenSettings {
            max_len,
            beams,
            length_penalty: spec["length_penalty"].as_f64().unwrap(),
        };
        gen.generate(
            &client,
            &lookup,
            "task",
            &sources,
            source_len,
            per_replica,
            settings,
        )
        .unwrap()
    };
    let greedy = generate(1);
    let want = rows(&spec["greedy"]);
    for (i, g) in greedy.iter().enumerate() {
        assert_eq!(g.ids, hf_ids(&want[i]), "{case} greedy row {i}");
        let scores: f64 = spec["greedy_scores"][i]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap())
            .sum();
        assert!(
            (g.score - scores).abs() < 1e-4,
            "{case} greedy row {i}: score {} vs {scores}",
            g.score
        );
    }
    let beams = spec["num_beams"].as_u64().unwrap() as usize;
    let beam = generate(beams);
    let want = rows(&spec["beam"]);
    for (i, g) in beam.iter().enumerate() {
        assert_eq!(g.ids, hf_ids(&want[i]), "{case} beam row {i}");
        let score = spec["beam_scores"][i].as_f64().unwrap();
        assert!(
            (g.score - score).abs() < 1e-4,
            "{case} beam row {i}: score {} vs {score}",
            g.score
        );
    }
    let stopped = greedy
        .iter()
        .filter(|g| g.ids.last() == Some(&EOS_ID))
        .count();
    assert!(
        stopped > 0 && stopped < greedy.len(),
        "{case}: the fixture should stop some rows early"
    );
}

#[test]
fn greedy_and_beam_search_match_hf_generate_for_t5_v1_0() {
    check_case("generate_v1_0", 1, 3);
}

#[test]
fn greedy_and_beam_search_match_hf_generate_for_t5_v1_1() {
    check_case("generate_v1_1", 1, 3);
}

/// A checkpoint saved on transformers 3.x: its decode step adds the row of
/// the cross-attention position bias that the position being generated
/// reads, as HF's cached generate does on the same model.
#[test]
fn greedy_and_beam_search_match_hf_generate_with_the_cross_attention_bias_of_transformers_3() {
    check_case("legacy_bias_v1_0", 1, 3);
    check_case("legacy_bias_v1_0", 2, 1);
}

/// Two replicas, one example each per call: two calls, the second with a
/// padding row on replica 1.
#[test]
fn replicated_generation_gives_the_same_sequences() {
    check_case("generate_v1_1", 2, 1);
}

fn predict(args: &[&str]) -> Vec<Value> {
    let stdout = common::ruse_ok(std::iter::once("predict").chain(args.iter().copied())).0;
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `ruse predict` on the HF-format fixture models gives HF's greedy and beam
/// ids, and `--target` scores the greedy sequence with minus the mean of the
/// log-probabilities generate reported for its tokens.
#[test]
fn ruse_predict_on_an_hf_checkpoint_gives_hf_generate_ids() {
    for case in ["generate_v1_0", "generate_v1_1", "legacy_bias_v1_0"] {
        let spec: Value = serde_json::from_str(
            &std::fs::read_to_string(fixture(case).join("generate.json")).unwrap(),
        )
        .unwrap();
        let model = if spec["model"] == "own" {
            fixture(case)
        } else {
            fixture(spec["base_case"].as_str().unwrap())
        };
        let model = model.to_str().unwrap().to_string();
        let inputs = common::id_lists(&rows(&spec["input_ids"]), &rows(&spec["attention_mask"]));
        let max_len = spec["max_new_tokens"].to_string();
        let beams = spec["num_beams"].to_string();
        for (mode, extra, key) in [("greedy", "1", "greedy"), ("beam", beams.as_str(), "beam")] {
            let mut args = vec![
                "--model",
                &model,
                "--ids",
                "--json",
                "--max-len",
                &max_len,
                "--beams",
                extra,
            ];
            args.extend(inputs.iter().map(String::as_str));
            let got = predict(&args);
            let want = rows(&spec[key]);
            for (i, row) in got.iter().enumerate() {
                let ids: Vec<i32> = serde_json::from_value(row["ids"].clone()).unwrap();
                assert_eq!(ids, hf_ids(&want[i]), "{case} {mode} row {i}");
            }
        }
        let greedy = rows(&spec["greedy"]);
        for (i, input) in inputs.iter().enumerate() {
            let target: Vec<String> = hf_ids(&greedy[i]).iter().map(|t| t.to_string()).collect();
            let target = target.join(",");
            let got = predict(&[
                "--model", &model, "--ids", "--json", "--target", &target, input,
            ]);
            let scores: Vec<f64> = spec["greedy_scores"][i]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_f64().unwrap())
                .collect();
            let want = -scores.iter().sum::<f64>() / scores.len() as f64;
            let loss = got[0]["loss"].as_f64().unwrap();
            assert!(
                (loss - want).abs() < 1e-4,
                "{case} row {i}: loss {loss} vs {want}"
            );
        }
    }
}

/// Inputs from `--file` (CRLF lines), in batches of one per replica on two
/// replicas, give the ids of the same inputs as arguments in one batch; and
/// `--target` over inputs of several lengths (padded to the longest, pads
/// masked) gives each input's loss alone.
#[test]
fn ruse_predict_reads_a_file_in_batches_and_scores_padded_inputs_alike() {
    let spec: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("generate_v1_1").join("generate.json")).unwrap(),
    )
    .unwrap();
    let model = fixture(spec["base_case"].as_str().unwrap());
    let model = model.to_str().unwrap();
    let inputs = common::id_lists(&rows(&spec["input_ids"]), &rows(&spec["attention_mask"]));
    assert!(inputs.len() >= 3);
    let lengths: std::collections::BTreeSet<usize> =
        inputs.iter().map(|i| i.split(',').count()).collect();
    assert!(
        lengths.len() > 1,
        "the fixture's inputs should differ in length"
    );
    let file = std::env::temp_dir().join(format!("ruse-predict-inputs-{}.txt", std::process::id()));
    std::fs::write(&file, inputs.join("\r\n") + "\r\n").unwrap();
    let file = file.to_str().unwrap();
    let mut whole = vec!["--model", model, "--ids", "--json", "--max-len", "6"];
    whole.extend(inputs.iter().map(String::as_str));
    let want = predict(&whole);
    let got = predict(&[
        "--model",
        model,
        "--ids",
        "--json",
        "--max-len",
        "6",
        "--file",
        file,
        "--batch",
        "1",
        "--replicas",
        "2",
    ]);
    assert_eq!(got.len(), inputs.len());
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g["ids"], w["ids"], "input {i}");
        assert_eq!(g["input"].as_str(), Some(inputs[i].as_str()), "input {i}");
    }
    let target = ["--target", "5,6,1"];
    let together = predict(
        &[
            &["--model", model, "--ids", "--json", "--file", file][..],
            &target,
        ]
        .concat(),
    );
    for (i, input) in inputs.iter().enumerate() {
        let alone = predict(
            &[
                &["--model", model, "--ids", "--json"][..],
                &target,
                &[input],
            ]
            .concat(),
        );
        let (a, b) = (
            together[i]["loss"].as_f64().unwrap(),
            alone[0]["loss"].as_f64().unwrap(),
        );
        assert!(
            (a - b).abs() <= 1e-5 * b.abs(),
            "input {i}: {a} padded vs {b} alone"
        );
    }
    // A reader that closes the pipe early (`| head`) ends the output quietly:
    // the pipe is closed before anything is written, so every write fails.
    for extra in [&["--batch", "1"][..], &["--target", "5,6,1"]] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ruse"))
            .args(["predict", "--model", model, "--ids", "--file", file])
            .args(extra)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && !stderr.contains("panicked"),
            "{extra:?}: {stderr}"
        );
    }
    // A bad line is named by file and line; an empty file holds no inputs.
    std::fs::write(file, format!("{}\n5,x,1\n", inputs[0])).unwrap();
    let stderr = common::ruse_err(["predict", "--model", model, "--ids", "--file", file]);
    assert!(
        stderr.contains(&format!("{file}:2")) && stderr.contains("'x' is not a token id"),
        "{stderr}"
    );
    std::fs::write(file, "").unwrap();
    let stderr = common::ruse_err(["predict", "--model", model, "--file", file]);
    assert!(stderr.contains("holds no inputs"), "{stderr}");
    std::fs::remove_file(file).unwrap();
}

#[test]
fn ruse_predict_names_what_is_wrong() {
    let stderr = common::ruse_err(["predict", "--model", "/nonexistent/model", "hello"]);
    assert!(
        stderr.contains("/nonexistent/model/config.json"),
        "{stderr}"
    );
    let model = fixture("t5_v1_1");
    let model = model.to_str().unwrap();
    let stderr = common::ruse_err(["predict", "--model", model, "--ids", "5,99999,1"]);
    assert!(
        stderr.contains("99999") && stderr.contains("vocabulary"),
        "{stderr}"
    );
    // --task on a model without adapters changes nothing, and says so
    let (plain, _) = common::ruse_ok(["predict", "--model", model, "--ids", "5,6,1"]);
    let (with_task, stderr) = common::ruse_ok([
        "predict", "--model", model, "--ids", "--task", "trec", "5,6,1",
    ]);
    assert_eq!(plain, with_task);
    assert!(
        stderr.contains("--task trec has no effect") && stderr.contains("no adapters"),
        "{stderr}"
    );
    // The model directory's own tokenizer is the one read, not the default.
    let own = std::env::temp_dir().join(format!("ruse-predict-own-tok-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&own);
    std::fs::create_dir_all(&own).unwrap();
    for entry in std::fs::read_dir(model).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, own.join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(own.join("tokenizer.json"), "{}").unwrap();
    let stderr = common::ruse_err(["predict", "--model", own.to_str().unwrap(), "hello"]);
    assert!(
        stderr.contains(&own.join("tokenizer.json").display().to_string()),
        "{stderr}"
    );
    std::fs::remove_dir_all(&own).unwrap();
}

/// `ruse predict` on a model directory as hyperformer saves it (adapters in
/// the weights under its names, the settings in `arguments_results.json`)
/// gives what it gives on the same model in ruse's layout.
#[test]
fn predict_on_a_model_saved_by_hyperformer_matches_the_same_model_in_ruses_layout() {
    let base = fixture("hyperformer");
    let ruse_layout =
        std::env::temp_dir().join(format!("ruse-predict-layout-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&ruse_layout);
    std::fs::create_dir_all(&ruse_layout).unwrap();
    let saved = fixture("hyperformer_saved_hyperformer");
    // hyperformer's model was fine-tuned with transformers 3.x's cross-attention
    // bias; in ruse's layout, its table is in model.safetensors and config.json says so
    let mut weights = load_safetensors(&base.join("model.safetensors")).unwrap();
    let table = load_model_dir(&saved)
        .unwrap()
        .remove(legacy::LEGACY_CROSS_ATTENTION_BIAS)
        .unwrap();
    weights.insert(legacy::LEGACY_CROSS_ATTENTION_BIAS.into(), table);
    save_safetensors(&ruse_layout.join("model.safetensors"), &weights, None).unwrap();
    let mut config: serde_json::Map<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(base.join("config.json")).unwrap()).unwrap();
    config.insert(legacy::KEY.into(), true.into());
    std::fs::write(
        ruse_layout.join("config.json"),
        Value::Object(config).to_string(),
    )
    .unwrap();
    std::fs::copy(
        base.join("adapter_model.safetensors"),
        ruse_layout.join("adapter_model.safetensors"),
    )
    .unwrap();
    // the fixture's adapter_config.json also names the batch's task: not a config key
    let mut keys: serde_json::Map<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(base.join("adapter_config.json")).unwrap())
            .unwrap();
    keys.remove("task");
    std::fs::write(
        ruse_layout.join("adapter_config.json"),
        Value::Object(keys.clone()).to_string(),
    )
    .unwrap();
    // The same adapters beside a base model that carries the table but does
    // not say it computes it (as the hub's early weights): their
    // adapter_config.json says they were trained with the bias.
    let (hub_like, adapters_only) = (ruse_layout.join("hub"), ruse_layout.join("adapters"));
    for d in [&hub_like, &adapters_only] {
        std::fs::create_dir_all(d).unwrap();
    }
    std::fs::copy(base.join("config.json"), hub_like.join("config.json")).unwrap();
    std::fs::copy(
        ruse_layout.join("model.safetensors"),
        hub_like.join("model.safetensors"),
    )
    .unwrap();
    std::fs::copy(
        base.join("adapter_model.safetensors"),
        adapters_only.join("adapter_model.safetensors"),
    )
    .unwrap();
    keys.insert(legacy::KEY.into(), true.into());
    std::fs::write(
        adapters_only.join("adapter_config.json"),
        Value::Object(keys).to_string(),
    )
    .unwrap();
    for task in ["trec", "sms_spam"] {
        let args = |model: &Path, adapters: Option<&Path>| -> Vec<String> {
            let mut v: Vec<String> = ["predict", "--model", model.to_str().unwrap()]
                .into_iter()
                .map(String::from)
                .collect();
            if let Some(a) = adapters {
                v.extend(["--adapters".into(), a.display().to_string()]);
            }
            v.extend(
                [
                    "--ids", "--json", "--task", task, "--beams", "2", "5,17,9,1", "3,1",
                ]
                .map(String::from),
            );
            v
        };
        let (want, _) = common::ruse_ok(args(&ruse_layout, None));
        let (got, stderr) = common::ruse_ok(args(&saved, None));
        assert_eq!(got, want, "{task}");
        assert!(stderr.contains("under hyperformer's names"), "{stderr}");
        assert!(
            stderr.contains("computing transformers 3.x's cross-attention position bias"),
            "{stderr}"
        );
        let (apart, _) = common::ruse_ok(args(&hub_like, Some(&adapters_only)));
        assert_eq!(apart, want, "{task}: base and adapters apart");
    }
    // those adapters on a base without the table: the error says what is missing
    let stderr = common::ruse_err([
        "predict",
        "--model",
        base.to_str().unwrap(),
        "--adapters",
        adapters_only.to_str().unwrap(),
        "--ids",
        "--task",
        "trec",
        "5,1",
    ]);
    assert!(
        stderr.contains(legacy::LEGACY_CROSS_ATTENTION_BIAS)
            && stderr.contains("adapter_config.json"),
        "{stderr}"
    );
    // --adapters naming another directory never falls back to the adapters
    // the model's weights hold: that directory's adapter file, or an error.
    let elsewhere = ruse_layout.join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::copy(
        saved.join("arguments_results.json"),
        elsewhere.join("arguments_results.json"),
    )
    .unwrap();
    let (model, other) = (saved.to_str().unwrap(), elsewhere.to_str().unwrap());
    let stderr = common::ruse_err([
        "predict",
        "--model",
        model,
        "--adapters",
        other,
        "--ids",
        "--task",
        "trec",
        "5,1",
    ]);
    assert!(
        stderr.contains(
            &elsewhere
                .join("adapter_model.safetensors")
                .display()
                .to_string()
        ),
        "{stderr}"
    );
    std::fs::remove_dir_all(&ruse_layout).unwrap();
}
