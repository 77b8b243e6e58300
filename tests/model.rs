//! The T5 model's parameters, checkpoints and adapter variants (numerical
//! parity with HF transformers is in `tests/t5_parity.rs`).

mod common;

use std::path::Path;

use ruse::config::Config;
use ruse::model::inventory::{count, inventory};
use ruse::model::program::{build_task_program, Shapes};
use ruse::model::resolve::Source;
use ruse::model::store::ParamStore;
use ruse::model::T5Config;
use ruse::runtime::{Buffer, ElementType, HostTensor};

fn config(json: &str) -> Config {
    Config::from_json(json).unwrap().config
}

const HYPERFORMER_PP: &str = r#"{"model_name_or_path": "t5-base",
  "tasks": ["rte", "sst2", "mrpc", "stsb", "qqp", "mnli", "qnli", "cola"],
  "train_adapters": true, "adapter_config_name": "meta-adapter", "unique_hyper_net": true,
  "efficient_unique_hyper_net": true, "task_embedding_dim": 64, "projected_task_embedding_dim": 64,
  "reduction_factor": 32, "unfreeze_layer_norms": true, "non_linearity": "gelu_new"}"#;

#[test]
fn hyperformer_pp_on_t5_base_trains_the_published_parameter_count() {
    // ruse-system.md §2: 5,211,056 = 2 × 2,581,464 + 47,616 + 512.
    let c = count(
        &config(HYPERFORMER_PP),
        &T5Config::preset("t5-base").unwrap(),
    )
    .unwrap();
    assert_eq!(c.trainable, 5_211_056);
    let config = write_temp("hpp.json", HYPERFORMER_PP);
    let (stdout, _) = common::ruse_ok(["params".as_ref(), "--json".as_ref(), config.as_os_str()]);
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(v["trainable"], 5_211_056);
}

fn write_temp(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ruse-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// T5 parameter count from the architecture, written out independently of
/// the model code: embedding, attention, feed-forward, norms, biases, head.
fn formula(c: &T5Config) -> usize {
    let (d, inner, ff) = (c.d_model, c.inner_dim(), c.d_ff);
    let attn = 4 * d * inner;
    let ffn = if c.is_gated() { 3 * d * ff } else { 2 * d * ff };
    let (e, dl) = (c.num_layers, c.decoder_layers());
    let enc = e * (attn + ffn + 2 * d) + d;
    let dec = dl * (2 * attn + ffn + 3 * d) + d;
    let bias = 2 * c.relative_attention_num_buckets * c.num_heads;
    let head = if c.tie_word_embeddings {
        0
    } else {
        c.vocab_size * d
    };
    c.vocab_size * d + enc + dec + bias + head
}

#[test]
fn every_preset_has_the_parameters_its_architecture_implies() {
    for name in ruse::model::config::PRESETS {
        let cfg = T5Config::preset(name).unwrap();
        let c = count(&Config::default(), &cfg).unwrap();
        assert_eq!(c.total, formula(&cfg), "{name}");
        assert_eq!(
            c.trainable, c.total,
            "{name}: full fine-tuning trains everything"
        );
    }
}

#[test]
fn freezing_switches_follow_the_reference_order() {
    let cfg = T5Config::preset("t5-small").unwrap();
    let adapters = r#"{"tasks": ["a", "b"], "train_adapters": true, "reduction_factor": 16}"#;
    let c = count(&config(adapters), &cfg).unwrap();
    // Houlsby adapters: 2 positions per block, 12 blocks, per task d·m + m + m·d + d,
    // plus one post LayerNorm (2d) per position shared by the tasks.
    let (d, m) = (512, 32);
    let sites = 2 * (6 + 6);
    assert_eq!(c.trainable, sites * (2 * (2 * d * m + m + d) + 2 * d));
    assert_eq!(c.per_task["a"], sites * (2 * d * m + m + d + 2 * d));
    assert_eq!(c.per_task_own["a"], sites * (2 * d * m + m + d));
    let c2 = count(&config(r#"{"freeze_model_but_lm_head": true}"#), &cfg).unwrap();
    assert_eq!(
        c2.trainable,
        32128 * 512,
        "tied v1.0: the lm head is the shared embedding"
    );
    let c3 = count(
        &config(r#"{"freeze_model": true, "unfreeze_layer_norms": true}"#),
        &cfg,
    )
    .unwrap();
    assert_eq!(c3.trainable, (6 * 2 + 1 + 6 * 3 + 1) * 512);
}

fn tiny_store(dir: &Path, run: &Config) -> (T5Config, ParamStore) {
    let cfg = T5Config::preset("t5-tiny").unwrap();
    let store = ParamStore::for_run(
        run,
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .unwrap();
    store.save_model_dir(dir, &cfg).unwrap();
    (cfg, store)
}

#[test]
fn checkpoints_round_trip_and_bad_ones_name_the_tensor() {
    let dir = tempdir("ckpt");
    let run = Config::default();
    let (cfg, store) = tiny_store(&dir, &run);
    let back = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Directory(dir.clone()),
        ElementType::F32,
    )
    .unwrap();
    assert_eq!(back.values, store.values);
    // The same weights stored as bf16 load (converted) as well.
    let path = dir.join("model.safetensors");
    let mut tensors = ruse::model::checkpoint::load_safetensors(&path).unwrap();
    let q = "encoder.block.1.layer.0.SelfAttention.q.weight";
    let bf = ruse::model::checkpoint::convert(&tensors[q], ElementType::BF16).unwrap();
    tensors.insert(q.into(), bf);
    ruse::model::checkpoint::save_safetensors(&path, &tensors, None).unwrap();
    let back = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Directory(dir.clone()),
        ElementType::F32,
    )
    .unwrap();
    let want: Vec<f32> = store.values[q].to_vec::<f32>().unwrap();
    let got: Vec<f32> = back.values[q].to_vec::<f32>().unwrap();
    assert!(want
        .iter()
        .zip(&got)
        .all(|(a, b)| (a - b).abs() <= a.abs() / 128.0));
    // transformers < 4.0 wrote a cross-attention position bias T5 does not
    // have: such a checkpoint loads, the tensor ignored, as HF 4.x does.
    let mut legacy = ruse::model::checkpoint::load_safetensors(&path).unwrap();
    legacy.insert(
        ruse::model::checkpoint::LEGACY_CROSS_ATTENTION_BIAS.into(),
        HostTensor::new(
            &vec![0.5f32; 32 * cfg.num_heads],
            &[32, cfg.num_heads as i64],
        )
        .unwrap(),
    );
    let old = tempdir("legacy");
    std::fs::copy(dir.join("config.json"), old.join("config.json")).unwrap();
    ruse::model::checkpoint::save_safetensors(&old.join("model.safetensors"), &legacy, None)
        .unwrap();
    let with_bias =
        ParamStore::for_run(&run, &cfg, &Source::Directory(old), ElementType::F32).unwrap();
    assert_eq!(with_bias.values, back.values);
    let bad = |edit: &dyn Fn(&mut ruse::model::checkpoint::Tensors), needle: &str| {
        let mut t = ruse::model::checkpoint::load_safetensors(&path).unwrap();
        edit(&mut t);
        let d2 = tempdir("bad");
        std::fs::copy(dir.join("config.json"), d2.join("config.json")).unwrap();
        ruse::model::checkpoint::save_safetensors(&d2.join("model.safetensors"), &t, None).unwrap();
        let err = ParamStore::for_run(&run, &cfg, &Source::Directory(d2), ElementType::F32)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains(needle), "{err}");
    };
    bad(
        &|t| {
            t.remove(q);
        },
        &format!("missing tensors: {q}"),
    );
    // a checkpoint of another model: the error counts the names past the first few
    let encoder = ruse::model::checkpoint::load_safetensors(&path)
        .unwrap()
        .keys()
        .filter(|k| k.starts_with("encoder."))
        .count();
    assert!(encoder > 8, "{encoder}");
    bad(
        &|t| t.retain(|k, _| !k.starts_with("encoder.")),
        &format!("more ({encoder} in all)"),
    );
    bad(
        &|t| {
            t.insert("encoder.block.9.extra".into(), HostTensor::scalar(1.0f32));
        },
        "unexpected tensors: encoder.block.9.extra",
    );
    // adapters in the weights of a run that builds none (T5 started from a
    // model hyperformer saved) are left unused, as HF leaves them
    let mut with_adapters = ruse::model::checkpoint::load_safetensors(&path).unwrap();
    for name in [
        "encoder.adapter_layers_hyper_net.LayerNorm.weight",
        "task_embedding_controller.task_to_embeddings.trec",
        "encoder.block.0.layer.0.adapter_controller.post_layer_norm.weight",
    ] {
        with_adapters.insert(name.into(), HostTensor::scalar(1.0f32));
    }
    let plain = tempdir("plain-from-adapters");
    std::fs::copy(dir.join("config.json"), plain.join("config.json")).unwrap();
    ruse::model::checkpoint::save_safetensors(
        &plain.join("model.safetensors"),
        &with_adapters,
        None,
    )
    .unwrap();
    let t5_only =
        ParamStore::for_run(&run, &cfg, &Source::Directory(plain), ElementType::F32).unwrap();
    assert_eq!(t5_only.values, back.values);
    bad(
        &|t| {
            t.insert(q.into(), HostTensor::new(&[0.0f32; 4], &[2, 2]).unwrap());
        },
        &format!("tensor {q} has shape [2, 2]"),
    );
}

fn tempdir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!(
        "ruse-{tag}-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const VARIANTS: &[(&str, &str)] = &[
    ("full fine-tuning", r#"{"tasks": ["trec"]}"#),
    (
        "adapter",
        r#"{"tasks": ["trec", "sms"], "train_adapters": true, "reduction_factor": 8, "non_linearity": "relu", "add_layer_norm_before_adapter": true}"#,
    ),
    (
        "meta-adapter",
        r#"{"tasks": ["trec"], "train_adapters": true, "adapter_config_name": "meta-adapter", "reduction_factor": 8, "task_embedding_dim": 8, "conditional_layer_norm": true, "train_task_embeddings": true, "task_hidden_dim": 16, "projected_task_embedding_dim": 8}"#,
    ),
    (
        "hyperformer",
        r#"{"tasks": ["trec"], "train_adapters": true, "adapter_config_name": "meta-adapter", "unique_hyper_net": true, "reduction_factor": 8, "task_embedding_dim": 8, "projected_task_embedding_dim": 8, "task_hidden_dim": 16}"#,
    ),
    (
        "hyperformer++",
        r#"{"tasks": ["trec"], "train_adapters": true, "adapter_config_name": "meta-adapter", "efficient_unique_hyper_net": true, "reduction_factor": 8, "task_embedding_dim": 8, "projected_task_embedding_dim": 8, "task_hidden_dim": 16, "unfreeze_layer_norms": true, "add_adapters_in_decoder": false}"#,
    ),
    (
        "meta-adapter with generated pre and post norms",
        r#"{"tasks": ["trec"], "train_adapters": true, "adapter_config_name": "meta-adapter", "reduction_factor": 8, "task_embedding_dim": 8, "conditional_layer_norm": true, "add_layer_norm_before_adapter": true}"#,
    ),
    (
        "hyperformer with a generated pre norm, no post norm, projected task embedding",
        r#"{"tasks": ["trec"], "train_adapters": true, "adapter_config_name": "meta-adapter", "unique_hyper_net": true, "reduction_factor": 8, "task_embedding_dim": 8, "projected_task_embedding_dim": 8, "task_hidden_dim": 16, "add_layer_norm_before_adapter": true, "add_layer_norm_after_adapter": false, "train_task_embeddings": true}"#,
    ),
];

/// Parameter names of a run on t5-tiny, and which train.
fn names(json: &str) -> Vec<(String, bool)> {
    inventory(&config(json), &T5Config::preset("t5-tiny").unwrap())
        .unwrap()
        .into_iter()
        .map(|e| (e.info.name, e.trainable))
        .collect()
}

#[test]
fn adapter_layer_norms_and_blocks_follow_the_reference_flags() {
    let has = |ns: &[(String, bool)], pat: &str| ns.iter().any(|(n, _)| n.contains(pat));
    let base = r#""tasks": ["trec"], "train_adapters": true, "reduction_factor": 8, "task_embedding_dim": 8, "projected_task_embedding_dim": 8, "task_hidden_dim": 16"#;
    let meta = format!(r#"{base}, "adapter_config_name": "meta-adapter""#);
    let hyper = format!(r#"{meta}, "efficient_unique_hyper_net": true"#);
    // Meta-adapter, conditional: both norms generated where their flag is on.
    let n = names(&format!(
        r#"{{{meta}, "conditional_layer_norm": true, "add_layer_norm_before_adapter": true, "add_layer_norm_after_adapter": false}}"#
    ));
    assert!(has(&n, "pre_layernorm_hypernet.weight_generator.weight"));
    assert!(!has(&n, "post_layernorm_hypernet"));
    assert!(
        !has(&n, "adapter_controller.pre_layer_norm")
            && !has(&n, "adapter_controller.post_layer_norm")
    );
    // Not conditional: the controller's own norms.
    let n = names(&format!(
        r#"{{{meta}, "add_layer_norm_before_adapter": true}}"#
    ));
    assert!(
        has(&n, "adapter_controller.pre_layer_norm.weight")
            && has(&n, "adapter_controller.post_layer_norm.weight")
    );
    assert!(!has(&n, "layernorm_hypernet"));
    // hyperformer++: generated norms gated by the flags only.
    let n = names(&format!(
        r#"{{{hyper}, "add_layer_norm_before_adapter": true, "add_layer_norm_after_adapter": false}}"#
    ));
    assert!(has(&n, "encoder_hyper_net.pre_ln.weight_generator.weight"));
    assert!(!has(&n, "post_ln"));
    assert!(!has(&n, "adapter_controller"));
    // train_task_embeddings: the task embedding's own TaskHyperNet, also under a hypernetwork.
    let n = names(&format!(r#"{{{hyper}, "train_task_embeddings": true}}"#));
    assert!(n
        .iter()
        .any(|(name, t)| name == "task_hypernet.0.weight" && *t));
    // train_adapters_blocks: false builds no adapter (only T5 trains, here nothing) ...
    let n = names(&format!(r#"{{{base}, "train_adapters_blocks": false}}"#));
    assert!(!has(&n, "adapter_controller") && n.iter().all(|(_, t)| !t));
    let n = names(&format!(
        r#"{{{meta}, "train_adapters_blocks": false, "unfreeze_layer_norms": true}}"#
    ));
    assert!(!has(&n, "adapter_controller"));
    assert!(n
        .iter()
        .filter(|(_, t)| *t)
        .all(|(name, _)| name.contains("layer_norm")));
    // ... and the hypernetworks ignore it.
    let n = names(&format!(r#"{{{hyper}, "train_adapters_blocks": false}}"#));
    assert!(n
        .iter()
        .any(|(name, t)| name.starts_with("encoder_hyper_net.") && *t));
    // freeze_model freezes the adapters too.
    let n = names(&format!(r#"{{{base}, "freeze_model": true}}"#));
    assert!(has(&n, "adapter_controller") && n.iter().all(|(_, t)| !t));
    // freeze_model_but_task_embeddings: only the task embeddings train (not the
    // TaskHyperNet), and those read from task_embedding_dir only when parametric.
    let only = r#""train_task_embeddings": true, "freeze_model_but_task_embeddings": true"#;
    let trained = |json: String| -> Vec<String> {
        let mut t: Vec<String> = names(&json)
            .into_iter()
            .filter(|(_, t)| *t)
            .map(|(n, _)| n.split('.').take(2).collect::<Vec<_>>().join("."))
            .collect();
        t.sort();
        t.dedup();
        t
    };
    let embedding = ["task_embeddings.trec"];
    assert_eq!(trained(format!("{{{meta}, {only}}}")), embedding);
    assert_eq!(trained(format!("{{{hyper}, {only}}}")), embedding);
    let dir = r#""task_embedding_dir": "embeddings""#;
    assert!(trained(format!("{{{meta}, {only}, {dir}}}")).is_empty());
    assert_eq!(
        trained(format!(
            r#"{{{meta}, {only}, {dir}, "parametric_task_embedding": true}}"#
        )),
        embedding
    );
    // No adapter_config_name with a hypernetwork: the reference's default, meta-adapter.
    let n = names(&format!(
        r#"{{{base}, "efficient_unique_hyper_net": true}}"#
    ));
    assert!(has(&n, "encoder_hyper_net.up.weight_generator"));
    // A plain adapter config never projects the task embedding (its conditional T5 norms read it raw).
    let n = names(&format!(
        r#"{{{base}, "conditional_layer_norm_for_T5": true, "train_task_embeddings": true}}"#
    ));
    assert!(has(&n, "task_embeddings.trec") && !has(&n, "task_hypernet"));
    // freeze_encoder: the encoder stack, the shared embedding and the encoder's hypernetwork.
    let n = names(&format!(
        r#"{{{hyper}, "freeze_encoder": true, "unfreeze_layer_norms": false}}"#
    ));
    let trains = |pat: &str| {
        n.iter()
            .filter(|(name, _)| name.starts_with(pat))
            .all(|(_, t)| *t)
    };
    let frozen = |pat: &str| {
        n.iter()
            .filter(|(name, _)| name.starts_with(pat))
            .all(|(_, t)| !*t)
    };
    assert!(
        frozen("encoder_hyper_net.") && trains("decoder_hyper_net.") && frozen("shared.weight")
    );
    // Contradictions are errors.
    let err = |json: String| {
        inventory(&config(&json), &T5Config::preset("t5-tiny").unwrap())
            .unwrap_err()
            .to_string()
    };
    let e = err(format!(
        r#"{{{base}, "adapter_config_name": "adapter", "unique_hyper_net": true}}"#
    ));
    assert!(e.contains("meta-adapter"), "{e}");
    let e = err(format!(
        r#"{{{hyper}, "train_task_embeddings": true, "projected_task_embedding_dim": 4}}"#
    ));
    assert!(e.contains("projected_task_embedding_dim"), "{e}");
    // A reduction factor above d_model would leave the adapters no hidden
    // units; a huge size would only fail allocating its weights.
    let e = err(format!(r#"{{{base}, "reduction_factor": 50000}}"#));
    assert!(
        e.contains("reduction_factor") && e.contains("larger than d_model"),
        "{e}"
    );
    let e = err(format!(
        r#"{{{hyper}, "task_embedding_dim": 100000000000}}"#
    ));
    assert!(
        e.contains("task_embedding_dim") && e.contains("between 1 and"),
        "{e}"
    );
}

#[test]
fn every_adapter_variant_runs_and_differentiates_only_what_trains() {
    let client = common::cpu(1);
    for (what, json) in VARIANTS {
        let run = config(json);
        let cfg = T5Config::preset("t5-tiny").unwrap();
        let shapes = Shapes {
            batch: 2,
            source_len: 6,
            target_len: 3,
        };
        let p = build_task_program(&run, &cfg, "trec", shapes, ElementType::F32, true).unwrap();
        let trainable: Vec<&str> = p
            .params
            .iter()
            .zip(&p.trainable)
            .filter(|(_, t)| **t)
            .map(|(p, _)| p.name.as_str())
            .collect();
        let grads: Vec<&str> = p.grads.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(grads, trainable, "{what}");
        let store = ParamStore::for_run(
            &run,
            &cfg,
            &Source::Preset("t5-tiny".into()),
            ElementType::F32,
        )
        .unwrap();
        let exe = common::compile(&client, &ruse::emit::emit(&p.graph).unwrap(), 1);
        let ids = [5i32, 9, 13, 200, 1, 0, 7, 8, 9, 10, 11, 1];
        let mut bufs: Vec<Buffer> = vec![
            client.upload_slice(&ids, &[2, 6], 0).unwrap(),
            client
                .upload_slice(&ids.map(|x| i32::from(x != 0)), &[2, 6], 0)
                .unwrap(),
            client
                .upload_slice(&[0i32, 4, 5, 0, 6, 7], &[2, 3], 0)
                .unwrap(),
            client
                .upload_slice(&[4i32, 5, 1, 6, 7, 1], &[2, 3], 0)
                .unwrap(),
        ];
        for v in store.values_for(&p.params).unwrap() {
            bufs.push(client.upload(v, 0).unwrap());
        }
        let out = exe.execute1(&bufs.iter().collect::<Vec<_>>()).unwrap();
        let loss = out[p.loss].to_host().unwrap().to_scalar::<f32>().unwrap();
        assert!(loss.is_finite() && loss > 0.0, "{what}: loss {loss}");
        for (name, i) in &p.grads {
            let g = out[*i].to_vec::<f32>().unwrap();
            assert!(
                g.iter().all(|x| x.is_finite()),
                "{what}: gradient of {name}"
            );
        }
    }
}

#[test]
fn adapters_save_and_load_on_their_own() {
    let dir = tempdir("adapters");
    let run = config(VARIANTS[4].1);
    let cfg = T5Config::preset("t5-tiny").unwrap();
    let store = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .unwrap();
    store.save_adapters(&dir, &run, &cfg).unwrap();
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("adapter_config.json")).unwrap())
            .unwrap();
    assert_eq!(saved["efficient_unique_hyper_net"], true);
    assert!(saved.get("legacy_cross_attention_bias").is_none());
    // adapters trained on a T5 that computes transformers 3.x's cross-attention bias say so
    let legacy = T5Config {
        legacy_cross_attention_bias: true,
        ..cfg.clone()
    };
    let on_dir = tempdir("adapters-legacy");
    store.save_adapters(&on_dir, &run, &legacy).unwrap();
    let on: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(on_dir.join("adapter_config.json")).unwrap())
            .unwrap();
    assert_eq!(on["legacy_cross_attention_bias"], true);
    // adapter_config.json holds every key the adapter side is built from:
    // read back as a config, it builds the same parameters (two-layer
    // generators, conditional norms, a TaskHyperNet).
    let two = config(&format!(
        "{}, {}",
        VARIANTS[2].1.trim_end_matches('}'),
        r#""meta_adapter_generator": "two_layer", "hidden_dim": 4}"#
    ));
    let two_dir = tempdir("adapters-two-layer");
    ParamStore::for_run(
        &two,
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .unwrap()
    .save_adapters(&two_dir, &two, &cfg)
    .unwrap();
    let back =
        Config::from_json(&std::fs::read_to_string(two_dir.join("adapter_config.json")).unwrap())
            .unwrap()
            .config;
    let shapes = |run: &Config| -> Vec<(String, Vec<i64>)> {
        inventory(run, &cfg)
            .unwrap()
            .into_iter()
            .map(|e| (e.info.name, e.info.spec.dims))
            .collect()
    };
    assert!(shapes(&two)
        .iter()
        .any(|(n, _)| n.ends_with("weight_generator.1.weight")));
    let (want, got) = (shapes(&two), shapes(&back));
    let differ: Vec<_> = want.iter().filter(|p| !got.contains(p)).take(3).collect();
    assert!(
        want == got,
        "built from adapter_config.json, missing e.g. {differ:?}"
    );
    let mut other = ParamStore::for_run(
        &config(&VARIANTS[4].1.replace("\"tasks\"", "\"seed\": 7, \"tasks\"")),
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .unwrap();
    assert_ne!(other.values, store.values);
    other.load_adapters(&dir).unwrap();
    for e in store.entries.iter().filter(|e| !e.info.group.is_t5()) {
        assert_eq!(
            other.values[&e.info.name], store.values[&e.info.name],
            "{}",
            e.info.name
        );
    }
}

#[test]
fn task_embeddings_load_from_npy_and_train_only_when_parametric() {
    let dir = tempdir("npy");
    let e = HostTensor::new(&[0.5f32, -1.0, 2.0, 0.25, 3.0, -0.75, 1.5, 0.0], &[8]).unwrap();
    ruse::model::checkpoint::write_npy(&dir.join("trec.npy"), &e).unwrap();
    assert_eq!(
        ruse::model::checkpoint::read_npy(&dir.join("trec.npy")).unwrap(),
        e
    );
    let json = VARIANTS[2].1.replace(
        "\"tasks\"",
        &format!(
            "\"task_embedding_dir\": {:?}, \"tasks\"",
            dir.display().to_string()
        ),
    );
    let cfg = T5Config::preset("t5-tiny").unwrap();
    let run = config(&json);
    let store = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .unwrap();
    assert_eq!(store.values["task_embeddings.trec"], e);
    let frozen = store
        .entries
        .iter()
        .find(|x| x.info.name == "task_embeddings.trec")
        .unwrap();
    assert!(
        !frozen.trainable,
        "loaded embeddings are fixed unless parametric_task_embedding"
    );
    let run2 = config(&json.replace(
        "\"tasks\"",
        "\"parametric_task_embedding\": true, \"tasks\"",
    ));
    let store2 = ParamStore::for_run(
        &run2,
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .unwrap();
    assert!(
        store2
            .entries
            .iter()
            .find(|x| x.info.name == "task_embeddings.trec")
            .unwrap()
            .trainable
    );
    let missing = config(&json.replace("\"trec\"]", "\"trec\", \"other\"]"));
    let err = ParamStore::for_run(
        &missing,
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .err()
    .unwrap()
    .to_string();
    assert!(err.contains("other.npy"), "{err}");
}

#[test]
fn hub_names_resolve_from_the_local_hf_cache_and_unknown_names_explain() {
    use ruse::model::resolve::resolve_with_cache;
    let cache = tempdir("hfcache");
    let snap = cache.join("models--google--t5-v1_1-small/snapshots/abc123");
    std::fs::create_dir_all(&snap).unwrap();
    std::fs::create_dir_all(cache.join("models--google--t5-v1_1-small/refs")).unwrap();
    std::fs::write(
        cache.join("models--google--t5-v1_1-small/refs/main"),
        "abc123",
    )
    .unwrap();
    let cfg = T5Config {
        vocab_size: 99,
        ..T5Config::preset("t5-v1_1-small").unwrap()
    };
    std::fs::write(snap.join("config.json"), cfg.to_hf_json()).unwrap();
    let (got, source) = resolve_with_cache("google/t5-v1_1-small", Some(&cache)).unwrap();
    assert_eq!(
        got.vocab_size, 99,
        "the cached checkpoint wins over the preset"
    );
    assert_eq!(source, Source::Directory(snap));
    let (_, preset) = resolve_with_cache("t5-base", Some(&cache)).unwrap();
    assert_eq!(preset, Source::Preset("t5-base".into()));
    let err = resolve_with_cache("someone/t5-xxl-ft", Some(&cache))
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains("not in the HF cache") && err.contains("local directory"),
        "{err}"
    );
}

#[test]
fn sharded_checkpoints_load_through_their_index() {
    use ruse::model::checkpoint::{load_safetensors, save_safetensors, Tensors};
    let dir = tempdir("sharded");
    let run = Config::default();
    let (cfg, store) = tiny_store(&dir, &run);
    let all = load_safetensors(&dir.join("model.safetensors")).unwrap();
    std::fs::remove_file(dir.join("model.safetensors")).unwrap();
    let (mut a, mut b) = (Tensors::new(), Tensors::new());
    let mut map = serde_json::Map::new();
    for (i, (name, t)) in all.into_iter().enumerate() {
        let shard = if i % 2 == 0 {
            "model-00001-of-00002.safetensors"
        } else {
            "model-00002-of-00002.safetensors"
        };
        map.insert(name.clone(), shard.into());
        if i % 2 == 0 {
            a.insert(name, t);
        } else {
            b.insert(name, t);
        }
    }
    save_safetensors(&dir.join("model-00001-of-00002.safetensors"), &a, None).unwrap();
    save_safetensors(&dir.join("model-00002-of-00002.safetensors"), &b, None).unwrap();
    let index = serde_json::json!({"metadata": {}, "weight_map": map});
    std::fs::write(dir.join("model.safetensors.index.json"), index.to_string()).unwrap();
    let back = ParamStore::for_run(&run, &cfg, &Source::Directory(dir), ElementType::F32).unwrap();
    assert_eq!(back.values, store.values);
}

/// A hub stand-in on loopback: serves the files of `dir` under `/{repo}/resolve/main/`,
/// 404 otherwise; stops after 30 s or 20 requests.
fn serve(dir: std::path::PathBuf, repo: &'static str) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        let mut served = 0;
        while served < 20 && std::time::Instant::now() < deadline {
            let Ok((stream, _)) = listener.accept() else {
                std::thread::sleep(std::time::Duration::from_millis(5));
                continue;
            };
            served += 1;
            stream.set_nonblocking(false).unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap() == 0 || h == "\r\n" {
                    break;
                }
            }
            let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
            let prefix = format!("/{repo}/resolve/main/");
            let body = path
                .strip_prefix(&prefix)
                .and_then(|f| std::fs::read(dir.join(f)).ok());
            let mut s = stream;
            match body {
                Some(b) => {
                    write!(
                        s,
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        b.len()
                    )
                    .unwrap();
                    s.write_all(&b).unwrap();
                }
                None => write!(
                    s,
                    "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                )
                .unwrap(),
            }
        }
    });
    format!("http://{addr}")
}

#[test]
fn hub_models_download_into_the_hf_cache_and_load() {
    let served = tempdir("hub-src");
    let (cfg, store) = tiny_store(&served, &Config::default());
    let endpoint = serve(served, "someone/t5-tiny-ft");
    let cache = tempdir("hub-cache");
    let snap = ruse::model::hub::download("someone/t5-tiny-ft", &endpoint, &cache).unwrap();
    let (got, source) =
        ruse::model::resolve::resolve_with_cache("someone/t5-tiny-ft", Some(&cache)).unwrap();
    assert_eq!(got.decoder_layers(), cfg.decoder_layers());
    assert_eq!((got.d_model, got.vocab_size), (cfg.d_model, cfg.vocab_size));
    assert_eq!(source, Source::Directory(snap));
    let back = ParamStore::for_run(&Config::default(), &got, &source, ElementType::F32).unwrap();
    assert_eq!(back.values, store.values);
    let err = ruse::model::hub::download("someone/missing", &endpoint, &cache)
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains("does not exist") && err.contains("local directory"),
        "{err}"
    );
}

/// A hub repository with only a sharded `pytorch_model.bin` (HF's
/// `save_pretrained(..., safe_serialization=False)`): downloaded after the
/// safetensors files 404, and loaded as the same weights as `t5_v1_0`.
#[test]
fn hub_models_with_only_pytorch_model_bin_download_and_load() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/t5");
    let endpoint = serve(fixtures.join("torch_bin_sharded_v1_0"), "someone/t5-bin");
    let cache = tempdir("hub-bin-cache");
    let snap = ruse::model::hub::download("someone/t5-bin", &endpoint, &cache).unwrap();
    let mut files: Vec<String> = std::fs::read_dir(&snap)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "config.json",
            "pytorch_model-00001-of-00002.bin",
            "pytorch_model-00002-of-00002.bin",
            "pytorch_model.bin.index.json"
        ]
    );
    let (cfg, source) =
        ruse::model::resolve::resolve_with_cache("someone/t5-bin", Some(&cache)).unwrap();
    assert_eq!(source, Source::Directory(snap));
    let run = Config::default();
    let got = ParamStore::for_run(&run, &cfg, &source, ElementType::F32).unwrap();
    let want = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Directory(fixtures.join("t5_v1_0")),
        ElementType::F32,
    )
    .unwrap();
    assert_eq!(got.values.len(), 47);
    assert_eq!(got.values, want.values);
}

#[test]
fn a_preset_without_weights_is_never_silently_initialised() {
    let dir = tempdir("offline");
    let config = dir.join("run.json");
    std::fs::write(
        &config,
        format!(
            r#"{{"model_name_or_path": "t5-small", "tasks": ["trec"], "output_dir": {:?}}}"#,
            dir.join("out").display().to_string()
        ),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ruse"))
        .args(["train", config.to_str().unwrap()])
        .env("HF_HUB_OFFLINE", "1")
        .env("HF_HOME", dir.join("hf"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("HF_HUB_OFFLINE") && stderr.contains("not_load_t5_checkpoint"),
        "{stderr}"
    );
}

/// A weights file that holds the adapter side too (as hyperformer saves a
/// model) gives it its values: all of it, except task embeddings that
/// `task_embedding_dir` provides, and the weights' embeddings win over the
/// directory's.
#[test]
fn adapters_in_the_weights_file_load_all_or_none_but_task_embeddings_may_come_from_their_dir() {
    let run = config(VARIANTS[2].1);
    let dir = tempdir("one-file");
    let (cfg, store) = tiny_store(&dir, &run);
    let side: ruse::model::checkpoint::Tensors = store
        .entries
        .iter()
        .filter(|e| !e.info.group.is_t5())
        .map(|e| (e.info.name.clone(), store.values[&e.info.name].clone()))
        .collect();
    let model = dir.join("model.safetensors");
    let t5 = ruse::model::checkpoint::load_safetensors(&model).unwrap();
    let write = |drop: &str| {
        let mut all = t5.clone();
        all.extend(
            side.clone()
                .into_iter()
                .filter(|(n, _)| !n.starts_with(drop)),
        );
        ruse::model::checkpoint::save_safetensors(&model, &all, None).unwrap();
    };
    let load = |run: &Config| {
        ParamStore::for_run(run, &cfg, &Source::Directory(dir.clone()), ElementType::F32)
    };
    write("none");
    let back = load(&run).unwrap();
    assert!(back.adapters_in_weights);
    assert_eq!(back.values, store.values);
    // Without the task embedding: missing, named ...
    write("task_embeddings.");
    let err = load(&run).err().unwrap().to_string();
    assert!(
        err.contains("missing tensors: task_embeddings.trec"),
        "{err}"
    );
    // ... unless task_embedding_dir provides it.
    let emb = tempdir("one-file-emb");
    let e = HostTensor::new(&[0.5f32, -1.0, 2.0, 0.25, 3.0, -0.75, 1.5, 0.0], &[8]).unwrap();
    ruse::model::checkpoint::write_npy(&emb.join("trec.npy"), &e).unwrap();
    let mut with_dir = run.clone();
    with_dir.task_embedding_dir = Some(emb.display().to_string());
    let back = load(&with_dir).unwrap();
    assert_eq!(back.values["task_embeddings.trec"], e);
    let hypernet = "task_hypernet.0.weight";
    assert_eq!(back.values[hypernet], store.values[hypernet]);
    // With it in the weights as well, the weights' value.
    write("none");
    let back = load(&with_dir).unwrap();
    assert_eq!(
        back.values["task_embeddings.trec"],
        store.values["task_embeddings.trec"]
    );
}

/// Which saved models compute transformers 3.x's cross-attention bias: the
/// ones whose `config.json` says so, and fine-tuning outputs (a run's
/// `arguments_results.json` or a checkpoint's `trainer_state.json`) whose
/// weights hold the table; not a pretrained checkpoint that merely carries
/// it, nor one whose `config.json` says `false`. A run's own setting wins;
/// turned on for weights without the table, the error says what is missing.
#[test]
fn the_legacy_cross_attention_bias_follows_what_the_model_was_trained_with() {
    use ruse::model::checkpoint::{load_safetensors, save_safetensors, weight_names};
    use ruse::model::legacy::{self, LEGACY_CROSS_ATTENTION_BIAS as TABLE};
    let dir = tempdir("legacy-rules");
    let run = Config::default();
    let (cfg, _) = tiny_store(&dir, &run);
    let mut weights = load_safetensors(&dir.join("model.safetensors")).unwrap();
    weights.insert(
        TABLE.into(),
        HostTensor::new(
            &vec![0.25f32; cfg.relative_attention_num_buckets * cfg.num_heads],
            &[
                cfg.relative_attention_num_buckets as i64,
                cfg.num_heads as i64,
            ],
        )
        .unwrap(),
    );
    let model_dir = |name: &str, with_table: bool, extra: &[&str], key: Option<bool>| {
        let d = tempdir(name);
        let mut config: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&cfg.to_hf_json()).unwrap();
        if let Some(on) = key {
            config.insert(legacy::KEY.into(), on.into());
        }
        std::fs::write(
            d.join("config.json"),
            serde_json::Value::Object(config).to_string(),
        )
        .unwrap();
        let mut w = weights.clone();
        if !with_table {
            w.remove(TABLE);
        }
        save_safetensors(&d.join("model.safetensors"), &w, None).unwrap();
        for f in extra {
            std::fs::write(d.join(f), "{}").unwrap();
        }
        d
    };
    assert!(
        !cfg.to_hf_json().contains(legacy::KEY),
        "off is not written"
    );
    let cases = [
        ("pretrained", true, &[][..], None, false),
        (
            "run-output",
            true,
            &["arguments_results.json"][..],
            None,
            true,
        ),
        ("checkpoint", true, &["trainer_state.json"][..], None, true),
        (
            "run-without",
            false,
            &["arguments_results.json"][..],
            None,
            false,
        ),
        ("said-on", true, &[][..], Some(true), true),
        (
            "said-off",
            true,
            &["trainer_state.json"][..],
            Some(false),
            false,
        ),
    ];
    for (name, with_table, extra, key, want) in cases {
        let d = model_dir(name, with_table, extra, key);
        assert_eq!(weight_names(&d).unwrap().contains(TABLE), with_table);
        assert_eq!(legacy::used_by(&d).unwrap(), want, "{name}");
        let mut resolved = cfg.clone();
        legacy::resolve(&mut resolved, None, Some(&d)).unwrap();
        assert_eq!(resolved.legacy_cross_attention_bias, want, "{name}");
        legacy::resolve(&mut resolved, Some(!want), Some(&d)).unwrap();
        assert_eq!(
            resolved.legacy_cross_attention_bias, !want,
            "{name}: the run's setting"
        );
        // the parameters follow the setting: the table loads as saved, or is left out
        let store = ParamStore::for_run(
            &run,
            &resolved,
            &Source::Directory(d.clone()),
            ElementType::F32,
        );
        match (resolved.legacy_cross_attention_bias, with_table) {
            (true, false) => {
                let err = store.err().unwrap().to_string();
                assert!(
                    err.contains(&format!("missing tensors: {TABLE}"))
                        && err.contains("legacy_cross_attention_bias is on"),
                    "{err}"
                );
            }
            (on, _) => assert_eq!(store.unwrap().values.contains_key(TABLE), on, "{name}"),
        }
    }
    // in config.json, null is no setting and anything but a bool an error naming the key
    let d = model_dir("null", true, &["trainer_state.json"], None);
    let text = std::fs::read_to_string(d.join("config.json")).unwrap();
    let with = |v: &str| text.replacen('{', &format!("{{\"{}\": {v}, ", legacy::KEY), 1);
    std::fs::write(d.join("config.json"), with("null")).unwrap();
    assert!(
        !T5Config::from_file(&d.join("config.json"))
            .unwrap()
            .legacy_cross_attention_bias
    );
    assert!(legacy::used_by(&d).unwrap(), "null: decided by the weights");
    std::fs::write(d.join("config.json"), with("\"yes\"")).unwrap();
    for err in [
        T5Config::from_file(&d.join("config.json"))
            .unwrap_err()
            .to_string(),
        legacy::used_by(&d).unwrap_err().to_string(),
    ] {
        assert!(
            err.contains("legacy_cross_attention_bias is \"yes\", not true or false")
                && err.contains("config.json"),
            "{err}"
        );
    }
    // a model saved with the table and the setting on reads back as saved
    let mut on = cfg.clone();
    on.legacy_cross_attention_bias = true;
    let d = model_dir("source", true, &[], Some(true));
    let store = ParamStore::for_run(&run, &on, &Source::Directory(d), ElementType::F32).unwrap();
    let out = tempdir("saved-on");
    store.save_model_dir(&out, &on).unwrap();
    assert!(legacy::used_by(&out).unwrap());
    assert_eq!(
        load_safetensors(&out.join("model.safetensors")).unwrap()[TABLE],
        weights[TABLE]
    );
}

/// `save_safetensors` streams the tensors after a header from the
/// `safetensors` crate: the file is byte for byte what the crate's own
/// whole-buffer writer gives, for every dtype and with metadata and an empty
/// tensor, and reads back as the same tensors.
#[test]
fn saved_safetensors_are_the_bytes_of_the_crates_own_writer() {
    use half::{bf16, f16};
    use ruse::model::checkpoint::{load_safetensors, save_safetensors, Tensors};
    use safetensors::tensor::{Dtype, TensorView};
    let mut tensors = Tensors::new();
    let f: Vec<f32> = (0..15).map(|i| i as f32 * 0.25 - 1.0).collect();
    tensors.insert("b.weight".into(), HostTensor::new(&f, &[3, 5]).unwrap());
    let h: Vec<bf16> = (0..4).map(|i| bf16::from_f32(i as f32)).collect();
    tensors.insert("a.scale".into(), HostTensor::new(&h, &[4]).unwrap());
    tensors.insert(
        "c.steps".into(),
        HostTensor::new(&[7i64, -1, 3, 9], &[2, 2]).unwrap(),
    );
    tensors.insert(
        "d.empty".into(),
        HostTensor::new::<f16>(&[], &[0, 3]).unwrap(),
    );
    let meta: std::collections::BTreeMap<String, String> =
        [("format".to_string(), "pt".to_string())].into();
    let dir = tempdir("stream-save");
    let path = dir.join("model.safetensors");
    save_safetensors(&path, &tensors, Some(meta.clone())).unwrap();

    let dtype = |t: &HostTensor| match t.element_type() {
        ElementType::F32 => Dtype::F32,
        ElementType::BF16 => Dtype::BF16,
        ElementType::F16 => Dtype::F16,
        ElementType::S64 => Dtype::I64,
        other => panic!("{other}"),
    };
    let views: Vec<(String, TensorView)> = tensors
        .iter()
        .map(|(n, t)| {
            let shape = t.dims().iter().map(|d| *d as usize).collect();
            (
                n.clone(),
                TensorView::new(dtype(t), shape, t.bytes()).unwrap(),
            )
        })
        .collect();
    let want = safetensors::serialize(views, Some(meta.into_iter().collect())).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), want);
    assert_eq!(load_safetensors(&path).unwrap(), tensors);
}
