//! `ruse compile` and `ruse task-embeddings` through the binary.

mod common;

use std::path::{Path, PathBuf};

use ruse::config::Config;
use ruse::data::Mixture;
use ruse::graph::{DotDims, Graph};
use ruse::model::checkpoint::read_npy;
use ruse::model::program::{build_task_program, Shapes};
use ruse::model::resolve::Source;
use ruse::model::store::ParamStore;
use ruse::model::T5Config;
use ruse::runtime::{Buffer, CompileOptions, ElementType, TensorSpec};
use serde_json::Value;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ruse-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ruse(args: &[&str]) -> String {
    let (stdout, stderr) = common::ruse_ok(args);
    stdout + &stderr
}

#[test]
fn matmul_flops_count_two_per_multiply_add() {
    let mut g = Graph::new("dot");
    let a = g
        .parameter("a", TensorSpec::new(ElementType::F32, &[4, 5, 6]))
        .unwrap();
    let b = g
        .parameter("b", TensorSpec::new(ElementType::F32, &[4, 6, 7]))
        .unwrap();
    let dims = DotDims {
        lhs_batch: vec![0],
        rhs_batch: vec![0],
        lhs_contract: vec![2],
        rhs_contract: vec![1],
    };
    let c = g.dot_general(a, b, dims).unwrap();
    let unused = g
        .dot_general(
            a,
            b,
            DotDims {
                lhs_batch: vec![0],
                rhs_batch: vec![0],
                lhs_contract: vec![2],
                rhs_contract: vec![1],
            },
        )
        .unwrap();
    let _ = unused;
    g.output(c);
    assert_eq!(
        g.matmul_flops(),
        (2 * 4 * 5 * 7 * 6) as f64,
        "dead products do not count"
    );
}

#[test]
fn ruse_compile_writes_every_program_and_a_summary() {
    let dir = temp_dir("compile");
    let config = dir.join("two_tasks.json");
    std::fs::write(
        &config,
        r#"{"model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec", "sms_spam"],
            "train_adapters": true, "reduction_factor": 8, "max_source_length": 16,
            "per_device_train_batch_size": 4, "per_device_eval_batch_size": 2, "max_steps": 10}"#,
    )
    .unwrap();
    let out = dir.join("hlo");
    let log = ruse(&[
        "compile",
        config.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--target-len",
        "3",
        "--replicas",
        "2",
    ]);
    let written = out.join("two_tasks");
    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(written.join("summary.json")).unwrap())
            .unwrap();
    let tasks = summary.as_array().unwrap();
    assert_eq!(tasks.len(), 2, "{log}");
    for t in tasks {
        let task = t["task"].as_str().unwrap();
        assert_eq!(t["replicas"], 2);
        assert!(t["trainable"].as_u64().unwrap() < t["parameters"].as_u64().unwrap());
        let programs = t["programs"].as_array().unwrap();
        let kinds: Vec<&str> = programs
            .iter()
            .map(|p| p["program"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds,
            [
                format!("{task}_train_step"),
                format!("{task}_encode"),
                format!("{task}_decode_step")
            ]
        );
        for p in programs {
            let text = std::fs::read_to_string(written.join(p["file"].as_str().unwrap())).unwrap();
            assert!(text.contains("func.func public @main"), "{}", p["file"]);
            assert!(text.contains("mhlo.num_replicas = 2"));
            assert!(p["matmul_gflop"].as_f64().unwrap() > 0.0);
            assert!(p["argument_bytes"].as_i64().unwrap() > 0);
            let name = p["program"].as_str().unwrap();
            for stage in ["before_optimizations.txt", "cpu_after_optimizations.txt"] {
                let hlo =
                    std::fs::read_to_string(written.join("xla").join(format!("{name}.{stage}")))
                        .unwrap_or_else(|e| panic!("{name}.{stage}: {e}"));
                assert!(hlo.starts_with("HloModule"), "{name}.{stage}");
            }
        }
        // The train step does the forward and backward work: more than the encoder alone.
        let gflop = |i: usize| programs[i]["matmul_gflop"].as_f64().unwrap();
        assert!(gflop(0) > gflop(1));
        assert!((t["train_gflop_per_update"].as_f64().unwrap() - 2.0 * gflop(0)).abs() < 1e-9);
    }
    let md = std::fs::read_to_string(written.join("summary.md")).unwrap();
    assert!(md.contains("| `trec_train_step` |"), "{md}");
    // No per-kernel LLVM/MLIR files are kept.
    for e in std::fs::read_dir(written.join("xla")).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(name.ends_with(".txt"), "{name}");
    }
}

/// `ruse task-embeddings` writes each task's mean encoder state (checked
/// against the encoder states of the forward program, averaged here), and
/// the files load through `task_embedding_dir`.
#[test]
fn task_embeddings_are_mean_encoder_states_and_load_through_task_embedding_dir() {
    let dir = temp_dir("task-emb");
    let config = dir.join("emb.json");
    let keys = r#""model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec", "sms_spam"],
        "max_source_length": 16, "seed": 7"#;
    std::fs::write(&config, format!("{{{keys}}}")).unwrap();
    let out = dir.join("embeddings");
    ruse(&[
        "task-embeddings",
        config.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--n-train",
        "7",
        "--batch",
        "3",
    ]);
    // The reference computation: the forward program's encoder states, masked mean per example.
    let run = Config::from_json(&format!("{{{keys}, \"train_adapters\": true}}"))
        .unwrap()
        .config;
    let mixture = Mixture::load(&run, Path::new("."), 1).unwrap();
    let plain = Config::from_json(&format!("{{{keys}}}")).unwrap().config;
    let cfg = T5Config::preset("t5-tiny").unwrap();
    let store = ParamStore::for_run(
        &plain,
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .unwrap();
    let client = common::cpu(1);
    for task in &mixture.tasks {
        let name = &task.data.info.name;
        let got = read_npy(&out.join(format!("{name}.npy"))).unwrap();
        assert_eq!(got.dims(), &[32]);
        let got = got.to_vec::<f32>().unwrap();
        let mut want = vec![0f64; 32];
        for (src, _) in task.train.iter().take(7) {
            assert!(!src.is_empty());
            let s = src.len();
            let shapes = Shapes {
                batch: 1,
                source_len: s,
                target_len: 1,
            };
            let p =
                build_task_program(&plain, &cfg, name, shapes, ElementType::F32, false).unwrap();
            let exe = client
                .compile(
                    &ruse::emit::emit(&p.graph).unwrap(),
                    CompileOptions::replicas(1),
                )
                .unwrap();
            let ids: Vec<i32> = src.iter().map(|&t| t as i32).collect();
            let data = [
                client.upload_slice(&ids, &[1, s as i64], 0).unwrap(),
                client
                    .upload_slice(&vec![1i32; s], &[1, s as i64], 0)
                    .unwrap(),
                client.upload_slice(&[0i32], &[1, 1], 0).unwrap(),
                client.upload_slice(&[1i32], &[1, 1], 0).unwrap(),
            ];
            let params: Vec<Buffer> = p
                .params
                .iter()
                .map(|i| client.upload(&store.values[&i.name], 0).unwrap())
                .collect();
            let mut args: Vec<&Buffer> = data.iter().collect();
            args.extend(params.iter());
            let outs = exe.execute(&[args]).unwrap();
            let h = outs[0][p.encoder_hidden].to_vec::<f32>().unwrap();
            for (j, w) in want.iter_mut().enumerate() {
                let mean: f64 = (0..s).map(|k| h[k * 32 + j] as f64).sum::<f64>() / s as f64;
                *w += mean / 7.0;
            }
        }
        for j in 0..32 {
            assert!(
                (got[j] as f64 - want[j]).abs() < 1e-4 * (1.0 + want[j].abs()),
                "{name}[{j}]: {} vs {}",
                got[j],
                want[j]
            );
        }
    }
    // Without --out they go to the config's output_dir, as in the reference.
    let default_out = dir.join("run-out");
    ruse(&[
        "task-embeddings",
        config.to_str().unwrap(),
        "--set",
        &format!("output_dir={}", default_out.display()),
        "--n-train",
        "7",
        "--batch",
        "3",
    ]);
    for task in ["trec", "sms_spam"] {
        let a = std::fs::read(out.join(format!("{task}.npy"))).unwrap();
        assert_eq!(
            a,
            std::fs::read(default_out.join(format!("{task}.npy"))).unwrap()
        );
    }
    // They load as the task embeddings of a meta-adapter run.
    let meta = Config::from_json(&format!(
        r#"{{{keys}, "train_adapters": true, "adapter_config_name": "meta-adapter", "task_embedding_dim": 32,
            "task_embedding_dir": {:?}}}"#,
        out.display().to_string()
    ))
    .unwrap()
    .config;
    let store = ParamStore::for_run(
        &meta,
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .unwrap();
    assert_eq!(
        store.values["task_embeddings.trec"],
        read_npy(&out.join("trec.npy")).unwrap()
    );
}

/// Eval-only tasks (in `eval_tasks`, not `tasks`) get their generation
/// programs and no training step; a translation task's decode step is the
/// beam-search one (4 beams) unless `eval_beams` says otherwise.
#[test]
fn compile_covers_eval_only_tasks_and_their_beams() {
    let dir = temp_dir("compile-eval-only");
    let config = dir.join("evalonly.json");
    std::fs::write(
        &config,
        r#"{"model_name_or_path": "t5-tiny", "tasks": ["trec"], "eval_tasks": ["trec", "wmt16-en-ro"],
            "max_source_length": 8, "per_device_eval_batch_size": 2}"#,
    )
    .unwrap();
    let out = dir.join("out");
    ruse(&[
        "compile",
        config.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--target-len",
        "3",
        "--no-xla-dump",
    ]);
    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("evalonly/summary.json")).unwrap())
            .unwrap();
    let programs = |task: &str| -> Vec<String> {
        summary
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["task"] == task)
            .unwrap_or_else(|| panic!("no {task} in {summary}"))["programs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["file"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        programs("trec"),
        [
            "trec.train_step.stablehlo.mlir",
            "trec.encode.stablehlo.mlir",
            "trec.decode_step.stablehlo.mlir"
        ]
    );
    assert_eq!(
        programs("wmt16-en-ro"),
        [
            "wmt16-en-ro.encode.stablehlo.mlir",
            "wmt16-en-ro.decode_step.stablehlo.mlir"
        ]
    );
    // 4 beams: the decode step runs on 2 × 4 rows; trec's greedy one on 2.
    let rows = |file: &str| std::fs::read_to_string(out.join("evalonly").join(file)).unwrap();
    assert!(rows("wmt16-en-ro.encode.stablehlo.mlir").contains("tensor<8x8xi32>"));
    assert!(rows("trec.encode.stablehlo.mlir").contains("tensor<2x8xi32>"));
    // The encode program gives the evaluation loss too: targets of the decode
    // length (3) on every beam row.
    assert!(rows("wmt16-en-ro.encode.stablehlo.mlir").contains("tensor<8x3xi32>"));
    assert!(rows("trec.encode.stablehlo.mlir").contains("tensor<2x3xi32>"));
    // On the CPU the programs that do not train run their few-row products
    // weight first (`Graph::set_weight_first`); the training step does not.
    for file in [
        "trec.encode.stablehlo.mlir",
        "trec.decode_step.stablehlo.mlir",
        "wmt16-en-ro.decode_step.stablehlo.mlir",
    ] {
        assert!(rows(file).contains("optimization_barrier"), "{file}");
    }
    assert!(!rows("trec.train_step.stablehlo.mlir").contains("optimization_barrier"));
    // Evaluations that only compute the loss (`predict_with_generate: false`)
    // run the evaluation-loss program alone, at the eval batch whatever the beams.
    let loss_only = dir.join("loss-only");
    ruse(&[
        "compile",
        config.to_str().unwrap(),
        "--out",
        loss_only.to_str().unwrap(),
        "--target-len",
        "3",
        "--no-xla-dump",
        "--set",
        "predict_with_generate=false",
    ]);
    let files: Vec<String> = std::fs::read_dir(loss_only.join("evalonly"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".mlir"))
        .collect();
    let mut files = files;
    files.sort();
    assert_eq!(
        files,
        [
            "trec.eval_loss.stablehlo.mlir",
            "trec.train_step.stablehlo.mlir",
            "wmt16-en-ro.eval_loss.stablehlo.mlir"
        ]
    );
    let text =
        std::fs::read_to_string(loss_only.join("evalonly/wmt16-en-ro.eval_loss.stablehlo.mlir"))
            .unwrap();
    assert!(text.contains("tensor<2x8xi32>"));
    // trec's encode program (greedy, 2 rows) does the evaluation-loss
    // program's products and no more: its loss's decoder reads the
    // cross-attention keys and values the program outputs, not a second
    // projection of the encoder states.
    let loss_summary: Value = serde_json::from_str(
        &std::fs::read_to_string(loss_only.join("evalonly/summary.json")).unwrap(),
    )
    .unwrap();
    let gflop = |summary: &Value, file: &str| -> f64 {
        summary
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|t| t["programs"].as_array().unwrap())
            .find(|p| p["file"] == file)
            .unwrap_or_else(|| panic!("no {file} in {summary}"))["matmul_gflop"]
            .as_f64()
            .unwrap()
    };
    let dots = |text: &str| text.matches("stablehlo.dot_general").count();
    let encode = gflop(&summary, "trec.encode.stablehlo.mlir");
    let eval_loss = gflop(&loss_summary, "trec.eval_loss.stablehlo.mlir");
    assert!(
        (encode - eval_loss).abs() <= 1e-9 * eval_loss,
        "{encode} vs {eval_loss}"
    );
    let loss_text =
        std::fs::read_to_string(loss_only.join("evalonly/trec.eval_loss.stablehlo.mlir")).unwrap();
    assert_eq!(dots(&rows("trec.encode.stablehlo.mlir")), dots(&loss_text));
}
