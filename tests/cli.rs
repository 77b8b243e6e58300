//! The `ruse` binary as a user runs it.

use std::process::{Command, Output};

fn ruse(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ruse"));
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the ruse binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn devices_lists_four_virtual_cpu_devices() {
    let out = ruse(&["devices", "--device", "cpu", "--replicas", "4"], &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert!(stdout.contains("platform:  cpu"), "{stdout}");
    assert!(stdout.contains("PJRT API:  0."), "{stdout}");
    assert!(stdout.contains("devices:   4"), "{stdout}");
    for i in 0..4 {
        assert!(stdout.contains(&format!("CpuDevice(id={i})")), "{stdout}");
    }
    // The plugin's absl logging is kept off the terminal by default.
    assert!(
        !text(&out.stderr).contains("absl::InitializeLog"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_missing_plugin_is_one_clear_error() {
    let out = ruse(&["devices"], &[("RUSE_PJRT_PLUGIN", "/nonexistent")]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("xla-cpu-pjrt"), "{stderr}");
    assert!(stderr.contains("RUSE_PJRT_PLUGIN"), "{stderr}");
    assert!(stderr.contains("/nonexistent"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one paragraph: {stderr}");
}

#[test]
fn tpu_without_tpu_devices_fails_at_once() {
    if ruse::runtime::host_has_tpu() {
        return; // a TPU host: the check under test does not apply
    }
    let start = std::time::Instant::now();
    let out = ruse(&["devices", "--device", "tpu"], &[]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("no TPU devices"), "{stderr}");
    assert!(
        start.elapsed().as_secs() < 10,
        "must not wait on the network"
    );
}

#[test]
fn an_unknown_device_is_refused_by_the_parser() {
    let out = ruse(&["devices", "--device", "npu"], &[]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("unknown device 'npu'"), "{stderr}");
}

#[test]
fn a_peak_that_is_not_a_positive_number_is_refused_by_the_parser() {
    for bad in ["0", "-3", "fast", "inf"] {
        let out = ruse(&["train", "missing.json", "--peak-tflops", bad], &[]);
        let stderr = text(&out.stderr);
        assert!(!out.status.success());
        assert!(
            stderr.contains(&format!("'{bad}' is not a positive number of TFLOP/s")),
            "{stderr}"
        );
    }
}

#[test]
fn zero_replicas_are_refused_by_the_parser() {
    for cmd in ["train", "eval", "compile", "data", "task-embeddings"] {
        let out = ruse(&[cmd, "missing.json", "--replicas", "0"], &[]);
        let stderr = text(&out.stderr);
        assert!(!out.status.success());
        assert!(
            stderr.contains("invalid value '0' for '--replicas")
                && stderr.contains("must be at least 1"),
            "{cmd}: {stderr}"
        );
    }
}

#[test]
fn plugin_options_are_passed_and_cpu_device_count_is_left_to_replicas() {
    let out = ruse(
        &[
            "devices",
            "--replicas",
            "2",
            "--plugin-option",
            "ruse_test=[1,2]",
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("devices:   2"),
        "{}",
        text(&out.stdout)
    );
    let out = ruse(&["devices", "--plugin-option", "cpu_device_count=4"], &[]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("use --replicas"), "{stderr}");
}

#[test]
fn several_cpu_replicas_turn_xnnpack_off_unless_xla_flags_decide() {
    use ruse::cli::{extra_xla_flags, DeviceArgs};
    use ruse::runtime::DeviceKind;
    let args = |device, replicas| DeviceArgs {
        device,
        replicas,
        plugin: None,
        plugin_options: Vec::new(),
        compile_cache: None,
    };
    assert_eq!(
        extra_xla_flags(&args(DeviceKind::Cpu, 2), "--xla_dump_to=/tmp/d").as_deref(),
        Some("--xla_dump_to=/tmp/d --xla_cpu_use_xnnpack=false")
    );
    assert_eq!(extra_xla_flags(&args(DeviceKind::Cpu, 1), ""), None);
    assert_eq!(extra_xla_flags(&args(DeviceKind::Gpu, 4), ""), None);
    assert_eq!(
        extra_xla_flags(&args(DeviceKind::Cpu, 4), "--xla_cpu_use_xnnpack=true"),
        None
    );
}
