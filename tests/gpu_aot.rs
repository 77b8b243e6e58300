//! Deviceless GPU compilation: ruse's programs compiled for an H100 by the
//! real GPU plugin (jax-cuda13-pjrt, installed by scripts/setup_gpu_aot.sh,
//! which scripts/test.sh runs) on a machine without a GPU.

mod common;

use std::path::{Path, PathBuf};

use ruse::runtime::{AotCompiler, CompileOptions};
use serde_json::Value;

const H100: &str = "configs/gpu_targets/h100_sxm.txtpb";

/// The plugin that scripts/setup_gpu_aot.sh installs; its absence is a
/// failure that says how to install it, not a skip.
fn aot_plugin() -> PathBuf {
    let path = ruse::runtime::cache_dir()
        .expect("a cache directory")
        .join("gpu-aot/jax_plugins/xla_cuda13/xla_cuda_plugin.so");
    assert!(
        path.is_file(),
        "{} is missing: run scripts/setup_gpu_aot.sh (scripts/test.sh does)",
        path.display()
    );
    path
}

fn h100() -> String {
    std::fs::read_to_string(H100).unwrap()
}

/// `[2, 3] . [3, 4]` in bf16, then tanh in f32: the smallest real program.
const DOT_TANH: &str = r#"module @m attributes {mhlo.num_replicas = 1 : i32, mhlo.num_partitions = 1 : i32} {
  func.func public @main(%a: tensor<2x3xbf16>, %b: tensor<3x4xbf16>) -> tensor<2x4xf32> {
    %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<2x3xbf16>, tensor<3x4xbf16>) -> tensor<2x4xf32>
    %1 = stablehlo.tanh %0 : tensor<2x4xf32>
    return %1 : tensor<2x4xf32>
  }
}"#;

#[test]
fn a_program_compiles_for_an_h100_without_a_gpu() {
    let plugin = aot_plugin();
    let aot = AotCompiler::gpu(Some(&plugin), &h100(), Path::new(H100), 1).unwrap();
    assert_eq!(aot.plugin_path(), plugin);
    let exe = aot.compile(DOT_TANH, CompileOptions::replicas(1)).unwrap();
    let stats = exe.memory_stats().unwrap();
    assert_eq!(stats.argument_bytes, (6 + 12) * 2);
    assert_eq!(stats.output_bytes, 8 * 4);
    assert!(exe.compile_time().as_nanos() > 0);
    // The topology has one device: two replicas are refused before XLA sees them.
    let err = aot
        .compile(DOT_TANH, CompileOptions::replicas(2))
        .err()
        .unwrap();
    assert!(
        err.to_string().contains("the target topology has 1"),
        "{err}"
    );
}

#[test]
fn a_target_the_plugin_cannot_read_is_an_error_naming_the_file() {
    let plugin = aot_plugin();
    let bad = "gpu_device_info { no_such_field: 1 }";
    let err = AotCompiler::gpu(Some(&plugin), bad, Path::new("bad.txtpb"), 1)
        .err()
        .unwrap()
        .to_string();
    assert!(err.starts_with("bad.txtpb: the GPU plugin"), "{err}");
    assert!(err.contains("GpuTargetConfigProto"), "{err}");
}

/// `ruse compile --device gpu --gpu-target` on an adapter config over 2
/// replicas: every program (training step, encode with the evaluation loss,
/// decode step) compiles for H100s, with XLA's GPU HLO (NCCL all-reduce of
/// the gradients) and memory statistics.
#[test]
fn ruse_compile_writes_the_gpu_programs_of_a_config() {
    let plugin = aot_plugin();
    let (dir, config) = common::run_config(
        "gpu-aot",
        r#""model_name_or_path": "t5-tiny", "not_load_t5_checkpoint": true, "tasks": ["trec"],
           "train_adapters": true, "reduction_factor": 8, "max_source_length": 16, "bf16": true,
           "per_device_train_batch_size": 4, "per_device_eval_batch_size": 2, "max_steps": 10"#,
    );
    let out = dir.join("hlo");
    let (_, log) = common::ruse_ok([
        "compile",
        config.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--target-len",
        "3",
        "--replicas",
        "2",
        "--device",
        "gpu",
        "--gpu-target",
        H100,
        "--plugin",
        plugin.to_str().unwrap(),
    ]);
    assert!(log.contains("(deviceless)"), "{log}");
    let name = config.file_stem().unwrap().to_str().unwrap();
    let written = out.join(name);
    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(written.join("summary.json")).unwrap())
            .unwrap();
    let programs = summary[0]["programs"].as_array().unwrap();
    assert_eq!(programs.len(), 3, "{log}");
    for p in programs {
        assert!(p["temp_bytes"].as_i64().unwrap() > 0, "{p}");
        assert!(p["argument_bytes"].as_i64().unwrap() > 0, "{p}");
    }
    let step = std::fs::read_to_string(
        written.join("xla/trec_train_step.sm_9.0a_gpu_after_optimizations.txt"),
    )
    .unwrap();
    assert!(step.contains("all-reduce"), "no all-reduce in the GPU step");
    assert!(step.contains("bf16["), "no bf16 in the GPU step");
}

/// Refused arguments leave the previous output as it was.
#[test]
fn gpu_target_needs_device_gpu_and_a_readable_file() {
    let out = std::env::temp_dir().join(format!("ruse-gpu-aot-keep-{}", std::process::id()));
    let kept = out.join("default/summary.json");
    std::fs::create_dir_all(kept.parent().unwrap()).unwrap();
    std::fs::write(&kept, "[]").unwrap();
    let compile = |extra: &[&str]| {
        let mut args = vec![
            "compile",
            "configs/default.json",
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        common::ruse_err(args)
    };
    let err = compile(&["--gpu-target", H100]);
    assert!(
        err.contains("--gpu-target") && err.contains("needs --device gpu"),
        "{err}"
    );
    let err = compile(&["--device", "gpu", "--gpu-target", "no/such.txtpb"]);
    assert!(err.contains("no/such.txtpb: cannot read"), "{err}");
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "[]");
    std::fs::remove_dir_all(&out).unwrap();
}
