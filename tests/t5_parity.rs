//! Numerical parity with HF transformers: small random T5 checkpoints (v1.0,
//! v1.1) and the reference's adapter variants, with logits, loss and every
//! trainable parameter's gradient written by `scripts/t5_fixtures.py`
//! (PyTorch + transformers) into `tests/fixtures/t5/`. ruse loads the same
//! checkpoint, runs its compiled program on the CPU plugin in f32, and must
//! agree: logits and loss within 1e-5 relative error, gradients within 1e-4.

mod common;

use std::path::{Path, PathBuf};

use ruse::config::Config;
use ruse::model::checkpoint::load_safetensors;
use ruse::model::program::{build_task_program, Shapes};
use ruse::model::resolve::{run_model, Source};
use ruse::model::store::ParamStore;
use ruse::model::T5Config;
use ruse::runtime::{Buffer, CompileOptions, ElementType, HostTensor};
use serde_json::Value;

fn case_dir(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/t5")
        .join(case)
}

fn ints(v: &Value) -> (Vec<i32>, [i64; 2]) {
    let rows = v.as_array().expect("rows");
    let flat: Vec<i32> = rows
        .iter()
        .flat_map(|r| {
            r.as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_i64().unwrap() as i32)
        })
        .collect();
    let shape = [rows.len() as i64, (flat.len() / rows.len()) as i64];
    (flat, shape)
}

/// max |got - want| / max |want| over a tensor.
fn rel_err(got: &HostTensor, want: &HostTensor) -> f64 {
    let g = got.to_vec::<f32>().unwrap();
    let w = want.to_vec::<f32>().unwrap();
    assert_eq!(g.len(), w.len());
    let scale = w.iter().fold(0f64, |m, x| m.max(x.abs() as f64)).max(1e-30);
    let diff = g
        .iter()
        .zip(&w)
        .fold(0f64, |m, (a, b)| m.max((a - b).abs() as f64));
    diff / scale
}

fn run_case(case: &str) {
    run_case_with_weights(case, &case_dir(case));
}

/// `run_case` with the model (`config.json` + weights) taken from `weights`,
/// resolved as `model_name_or_path` is, against the outputs the reference
/// computed with that model: `weights`' own `expected.safetensors` where it
/// has one (a model that differs from its base case), else the case's.
fn run_case_with_weights(case: &str, weights: &Path) {
    let expected = if weights.join("expected.safetensors").is_file() {
        weights
    } else {
        &case_dir(case)
    };
    run_case_with(case, weights, expected, serde_json::Map::new());
}

/// `run_case_with_weights` with config keys `extra` set over the case's own,
/// against `expected/expected.safetensors`.
fn run_case_with(
    case: &str,
    weights: &Path,
    expected: &Path,
    extra: serde_json::Map<String, Value>,
) {
    let dir = case_dir(case);
    let inputs: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("inputs.json")).unwrap()).unwrap();
    let mut keys: serde_json::Map<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("adapter_config.json")).unwrap())
            .unwrap();
    keys.remove("task");
    keys.extend(extra);
    keys.insert(
        "model_name_or_path".into(),
        weights.to_str().unwrap().into(),
    );
    let run = Config::from_map(keys).unwrap().config;
    let (cfg, source) = run_model(&run).unwrap();
    assert_eq!(source, Source::Directory(weights.to_path_buf()));
    let task = inputs["task"].as_str().unwrap();
    let (ids, src) = ints(&inputs["input_ids"]);
    let (mask, _) = ints(&inputs["attention_mask"]);
    let (dec, tgt) = ints(&inputs["decoder_input_ids"]);
    let (labels, _) = ints(&inputs["labels"]);
    let shapes = Shapes {
        batch: src[0] as usize,
        source_len: src[1] as usize,
        target_len: tgt[1] as usize,
    };
    let program = build_task_program(&run, &cfg, task, shapes, ElementType::F32, true).unwrap();
    let mut store = ParamStore::for_run(&run, &cfg, &source, ElementType::F32).unwrap();
    // A model saved as hyperformer saves it holds its adapters in the weights file.
    let one_file = weights.join("pytorch_model.bin").is_file() && run.train_adapters;
    assert_eq!(store.adapters_in_weights, one_file, "{case}");
    if run.train_adapters && !one_file {
        store.load_adapters(&dir).unwrap();
    }
    let client = common::cpu(1);
    let exe = client
        .compile(
            &ruse::emit::emit(&program.graph).unwrap(),
            CompileOptions::default(),
        )
        .unwrap();
    let mut bufs: Vec<Buffer> = vec![
        client.upload_slice(&ids, &src, 0).unwrap(),
        client.upload_slice(&mask, &src, 0).unwrap(),
        client.upload_slice(&dec, &tgt, 0).unwrap(),
        client.upload_slice(&labels, &tgt, 0).unwrap(),
    ];
    for v in store.values_for(&program.params).unwrap() {
        bufs.push(client.upload(v, 0).unwrap());
    }
    let out = exe.execute1(&bufs.iter().collect::<Vec<_>>()).unwrap();
    let expected = load_safetensors(&expected.join("expected.safetensors")).unwrap();
    let mut report = Vec::new();
    for (name, index, tol) in [
        ("logits", program.logits, 1e-5),
        ("loss", program.loss, 1e-5),
        ("encoder_last_hidden_state", program.encoder_hidden, 1e-5),
    ] {
        let e = rel_err(&out[index].to_host().unwrap(), &expected[name]);
        report.push((name.to_string(), e, tol));
    }
    let want_grads: Vec<&String> = expected.keys().filter(|k| k.starts_with("grad.")).collect();
    assert_eq!(
        want_grads.len(),
        program.grads.len(),
        "{case}: number of trainable parameters"
    );
    for (name, index) in &program.grads {
        let want = expected
            .get(&format!("grad.{name}"))
            .unwrap_or_else(|| panic!("{case}: no reference gradient for {name}"));
        report.push((
            format!("grad.{name}"),
            rel_err(&out[*index].to_host().unwrap(), want),
            1e-4,
        ));
    }
    let worst = report.iter().map(|(_, e, _)| *e).fold(0.0, f64::max);
    let from = if weights == dir {
        String::new()
    } else {
        format!(" (weights from {})", weights.display())
    };
    eprintln!(
        "{case}{from}: {} tensors compared, max relative error {worst:.2e}",
        report.len()
    );
    for (name, err, tol) in &report {
        assert!(
            *err < *tol,
            "{case}: {name} relative error {err:.3e} (tolerance {tol:.0e})"
        );
    }
}

#[test]
fn t5_v1_0_full_fine_tuning_matches_transformers() {
    run_case("t5_v1_0");
}

/// Without adapters the conditional-norm switches do nothing (as in the
/// reference, with a warning): the checkpoint's T5 layer norms are loaded
/// and used, and the model still matches transformers.
#[test]
fn t5_layer_norm_switches_without_adapters_keep_the_checkpoint_norms() {
    let mut extra = serde_json::Map::new();
    extra.insert("conditional_layer_norm_for_T5".into(), true.into());
    extra.insert("remove_original_layer_norms".into(), true.into());
    let dir = case_dir("t5_v1_0");
    run_case_with("t5_v1_0", &dir, &dir, extra);
}

/// The same model from HF's `pytorch_model.bin` (sharded through
/// `pytorch_model.bin.index.json`; no safetensors in the directory).
#[test]
fn t5_v1_0_from_a_sharded_pytorch_model_bin_matches_transformers() {
    run_case_with_weights("t5_v1_0", &case_dir("torch_bin_sharded_v1_0"));
}

#[test]
fn t5_v1_1_from_pytorch_model_bin_matches_transformers() {
    run_case_with_weights("t5_v1_1", &case_dir("torch_bin_v1_1"));
}

#[test]
fn t5_v1_1_with_label_smoothing_matches_transformers() {
    run_case("t5_v1_1");
}

/// The reference's label-smoothed loss masks pad labels whatever
/// `ignore_pad_token_for_loss` says (only its ε = 0 loss reads the key): the
/// fixture's second row has two pad labels.
#[test]
fn label_smoothing_masks_pad_labels_without_ignore_pad_token_for_loss() {
    let extra = serde_json::json!({"ignore_pad_token_for_loss": false});
    let Value::Object(extra) = extra else {
        unreachable!()
    };
    let dir = case_dir("t5_v1_1");
    run_case_with("t5_v1_1", &dir, &dir, extra);
}

#[test]
fn houlsby_adapters_match_the_pytorch_reference() {
    run_case("adapter");
}

#[test]
fn meta_adapters_match_the_pytorch_reference() {
    run_case("meta_adapter");
}

#[test]
fn hyperformer_matches_the_pytorch_reference() {
    run_case("hyperformer");
}

#[test]
fn hyperformer_pp_matches_the_pytorch_reference() {
    run_case("hyperformer_pp");
}

/// Models saved by hyperformer: T5, adapters, hypernetworks and task
/// embeddings in one `pytorch_model.bin` under hyperformer's module names,
/// with transformers 3.x's cross-attention position bias, which they were
/// trained with; they load and compute what the reference computes with it.
/// With `legacy_cross_attention_bias: false` the table is left out, and the
/// model computes what its base case (the same model without it) does.
#[test]
fn models_saved_by_hyperformer_load_and_match_the_pytorch_reference() {
    for case in ["meta_adapter", "hyperformer", "hyperformer_pp"] {
        let saved = case_dir(&format!("hyperformer_saved_{case}"));
        run_case_with_weights(case, &saved);
        let mut off = serde_json::Map::new();
        off.insert("legacy_cross_attention_bias".into(), false.into());
        run_case_with(case, &saved, &case_dir(case), off);
    }
}

/// A full fine-tuning checkpoint saved on transformers 3.x (its
/// `trainer_state.json` beside weights that hold the cross-attention table):
/// the bias is computed, and the table trains, with the reference's
/// gradient.
#[test]
fn a_transformers_3_checkpoint_computes_and_trains_its_cross_attention_bias() {
    run_case_with_weights("t5_v1_0", &case_dir("legacy_bias_v1_0"));
}

/// Generated pre-adapter norms and no post norm, on the meta-adapter
/// (`pre_layernorm_hypernet`) and on hyperformer++ (`pre_ln`).
#[test]
fn generated_pre_norms_without_post_norms_match_the_pytorch_reference() {
    run_case("meta_adapter_norms");
    run_case("hyperformer_pp_norms");
}

/// The architecture of the fixtures, for checkpoints that ruse writes.
fn fixture_arch(gated: bool) -> T5Config {
    T5Config {
        vocab_size: 32,
        d_model: 16,
        d_kv: 4,
        d_ff: 24,
        num_layers: 2,
        num_decoder_layers: Some(2),
        num_heads: 2,
        relative_attention_num_buckets: 8,
        relative_attention_max_distance: 16,
        dropout_rate: 0.0,
        feed_forward_proj: if gated { "gated-gelu" } else { "relu" }.into(),
        tie_word_embeddings: !gated,
        ..T5Config::default()
    }
}

/// ruse → HF: ruse writes a checkpoint; `scripts/t5_fixtures.py` loaded
/// exactly these bytes with `T5ForConditionalGeneration.from_pretrained`
/// (no missing or unexpected keys) and recorded its outputs, which ruse
/// must reproduce. The writer must keep writing the same bytes (re-bless
/// with `RUSE_BLESS=1` and rerun `scripts/fixtures.sh` if it changes).
fn ruse_written(case: &str, gated: bool) {
    let dir = case_dir(case);
    let cfg = fixture_arch(gated);
    let run = Config {
        seed: 3,
        ..Config::default()
    };
    let store = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Preset("fixture".into()),
        ElementType::F32,
    )
    .unwrap();
    let out = std::env::temp_dir().join(format!("ruse-written-{case}-{}", std::process::id()));
    store.save_model_dir(&out, &cfg).unwrap();
    if std::env::var_os("RUSE_BLESS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for f in ["config.json", "model.safetensors"] {
            std::fs::copy(out.join(f), dir.join(f)).unwrap();
        }
    }
    for f in ["config.json", "model.safetensors"] {
        let want = std::fs::read(dir.join(f))
            .unwrap_or_else(|_| panic!("{case}/{f}: bless with RUSE_BLESS=1"));
        assert_eq!(
            std::fs::read(out.join(f)).unwrap(),
            want,
            "{case}/{f}: ruse now writes other bytes"
        );
    }
    if dir.join("expected.safetensors").is_file() {
        run_case(case);
    } else {
        panic!("{case}: no expected.safetensors; run scripts/fixtures.sh");
    }
}

#[test]
fn transformers_loads_what_ruse_writes_v1_0() {
    ruse_written("ruse_written_v1_0", false);
}

#[test]
fn transformers_loads_what_ruse_writes_v1_1() {
    ruse_written("ruse_written_v1_1", true);
}

#[test]
fn ruse_two_layer_meta_adapter_generators_match_the_pytorch_reference() {
    run_case("meta_adapter_two_layer");
}

#[test]
fn task_conditioned_t5_layer_norms_match_the_pytorch_reference() {
    run_case("conditional_t5_norms");
}

#[test]
fn removed_t5_layer_norms_match_the_pytorch_reference() {
    run_case("conditional_t5_norms_removed");
}
