//! Weight loading benchmark: a t5-base-size checkpoint loaded as ruse did
//! before 2026-12-08 (the file read whole with `std::fs::read`, every tensor
//! gathered, the `.bin`'s tied aliases of the shared embedding too) against
//! what it does now (the file mapped, `ruse::runtime::mapped::Mapped`, and
//! the aliases never gathered: `load_torch_bin`, `load_safetensors`), and the
//! names of a `pytorch_model.bin` (which decide transformers 3.x's
//! cross-attention bias) from its directory and pickle alone
//! (`weight_names`) against that whole load, how they were read before; and
//! a save of the same tensors as safetensors from one buffer holding the
//! whole file (as before) against streaming them after the header
//! (`save_safetensors`), each written atomically (synced, renamed).
//!
//! Each measurement runs in a process of its own (this binary, re-run with
//! `--one`), so that one way's freed memory cannot serve another's; the ways
//! alternate, the files warm in the page cache (round 0 is not counted). A
//! process reports its time, its anonymous resident memory at the end
//! (`RssAnon`, with what was loaded and, read whole, the file's bytes live:
//! the memory a load takes for itself; a mapping's pages belong to the page
//! cache, shared and reclaimable) and its peak resident memory (`VmHWM`,
//! which counts the mapped pages it touched; for a save, the peak of the
//! save alone).
//!
//! Run with `scripts/bench_load.sh`, which writes the checkpoint (HF
//! `save_pretrained` of a randomly initialised t5-base, as `.bin` and as
//! safetensors) and passes its directories: `cargo bench --bench load --
//! BIN_DIR SAFETENSORS_DIR`. `RUSE_BENCH_REPS` (default 3) rounds.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use ruse::model::checkpoint::{load_safetensors, load_torch_bin, save_safetensors, weight_names};
use ruse::model::torch_bin;
use safetensors::SafeTensors;

/// Each way: its name, what it reads, and the way its time is compared
/// with (the names were read by loading the whole `.bin` before).
const WAYS: [(&str, &str, usize); 7] = [
    ("bin-read", "pytorch_model.bin, read whole", 0),
    (
        "bin-mapped",
        "pytorch_model.bin, mapped (`load_torch_bin`)",
        0,
    ),
    ("st-read", "model.safetensors, read whole", 2),
    (
        "st-mapped",
        "model.safetensors, mapped (`load_safetensors`)",
        2,
    ),
    ("names", "the .bin's names (`weight_names`)", 0),
    (
        "save-buffered",
        "model.safetensors saved from one buffer",
        5,
    ),
    (
        "save-streamed",
        "model.safetensors saved streaming (`save_safetensors`)",
        5,
    ),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--one") {
        let (way, dir) = (&args[1], Path::new(&args[2]));
        let (secs, anon, file) = one(way, dir);
        println!("{secs} {anon} {file}");
        return;
    }
    let dirs: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [bin_dir, st_dir] = dirs[..] else {
        eprintln!(
            "usage: cargo bench --bench load -- BIN_DIR SAFETENSORS_DIR (scripts/bench_load.sh)"
        );
        std::process::exit(2);
    };
    let reps: usize = std::env::var("RUSE_BENCH_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let exe = std::env::current_exe().unwrap();
    let size = |dir: &str, f: &str| {
        std::fs::metadata(Path::new(dir).join(f))
            .map(|m| m.len() as f64 / 1e6)
            .unwrap_or(0.0)
    };
    println!(
        "pytorch_model.bin {:.0} MB, model.safetensors {:.0} MB; {reps} rounds, medians",
        size(bin_dir, "pytorch_model.bin"),
        size(st_dir, "model.safetensors")
    );
    let mut got: Vec<Vec<(f64, f64, f64)>> = vec![Vec::new(); WAYS.len()];
    for round in 0..=reps {
        for (i, (way, _, _)) in WAYS.iter().enumerate() {
            let dir = if way.starts_with("st-") || way.starts_with("save-") {
                st_dir
            } else {
                bin_dir
            };
            let out = Command::new(&exe)
                .args(["--one", way, dir])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{way}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let v: Vec<f64> = String::from_utf8_lossy(&out.stdout)
                .split_whitespace()
                .map(|x| x.parse().unwrap())
                .collect();
            // round 0 warms the page cache and is not counted
            if round > 0 {
                got[i].push((v[0], v[1], v[2]));
            }
        }
    }
    let median = |xs: &mut Vec<f64>| {
        xs.sort_by(f64::total_cmp);
        xs[xs.len() / 2]
    };
    println!("| way | s | speed-up | RssAnon MiB at the end | peak RSS MiB |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    let secs: Vec<f64> = got
        .iter()
        .map(|g| median(&mut g.iter().map(|x| x.0).collect()))
        .collect();
    for (i, (_, what, base)) in WAYS.iter().enumerate() {
        let anon = median(&mut got[i].iter().map(|g| g.1).collect());
        let file = median(&mut got[i].iter().map(|g| g.2).collect());
        let s = secs[i];
        let ratio = secs[*base] / s;
        let against = if *base == i {
            String::new()
        } else {
            format!(" of {}", WAYS[*base].0)
        };
        println!("| {what} | {s:.3} | {ratio:.2}×{against} | {anon:.0} | {file:.0} |");
    }
}

/// One measurement: seconds, then RssAnon and the peak RSS in MiB at its
/// end, with what was loaded (and, read whole, the file's bytes) live.
fn one(way: &str, dir: &Path) -> (f64, f64, f64) {
    let bin = dir.join("pytorch_model.bin");
    let st = dir.join("model.safetensors");
    let t = Instant::now();
    let (n, mem) = match way {
        // as ruse did before: the file read whole, every tensor gathered
        // (the tied aliases too), both live at the end
        "bin-read" => {
            let bytes = std::fs::read(&bin).unwrap();
            let e = torch_bin::read_bytes(&bytes).unwrap();
            (e.len(), rss())
        }
        "bin-mapped" => (load_torch_bin(&bin).unwrap().len(), rss()),
        "st-read" => {
            let bytes = std::fs::read(&st).unwrap();
            let st = SafeTensors::deserialize(&bytes).unwrap();
            let t: Vec<Vec<u8>> = st
                .tensors()
                .into_iter()
                .map(|(_, v)| v.data().to_vec())
                .collect();
            (t.len(), rss())
        }
        "st-mapped" => (load_safetensors(&st).unwrap().len(), rss()),
        "names" => (weight_names(dir).unwrap().len(), rss()),
        "save-buffered" | "save-streamed" => return save(way, &st),
        _ => panic!("unknown way {way}"),
    };
    let secs = t.elapsed().as_secs_f64();
    assert!(n > 0, "{way}: no tensors in {}", dir.display());
    (secs, mem.0, mem.1)
}

/// A save of the safetensors file's tensors next to it (removed after):
/// seconds, RssAnon with the tensors live, and the peak RSS of the save
/// alone (the high-water mark is reset after the load).
fn save(way: &str, st: &Path) -> (f64, f64, f64) {
    let tensors = load_safetensors(st).unwrap();
    std::fs::write("/proc/self/clear_refs", "5").unwrap();
    let out = st.with_file_name(format!("{way}.safetensors"));
    let t = Instant::now();
    if way == "save-buffered" {
        // as ruse did before 2026-12-08: the whole file in one buffer, then written
        let views: Vec<(&String, safetensors::tensor::TensorView)> = tensors
            .iter()
            .map(|(n, t)| {
                let shape = t.dims().iter().map(|d| *d as usize).collect();
                assert_eq!(t.element_type(), ruse::runtime::ElementType::F32, "{n}");
                let dtype = safetensors::Dtype::F32;
                (
                    n,
                    safetensors::tensor::TensorView::new(dtype, shape, t.bytes()).unwrap(),
                )
            })
            .collect();
        let bytes = safetensors::serialize(views, None).unwrap();
        ruse::files::write_atomic(&out, &bytes).unwrap();
    } else {
        save_safetensors(&out, &tensors, None).unwrap();
    }
    let secs = t.elapsed().as_secs_f64();
    let (anon, peak) = rss();
    std::fs::remove_file(&out).unwrap();
    (secs, anon, peak)
}

/// This process's anonymous resident memory now and its peak resident
/// memory (`VmHWM`, file-backed pages of a mapping included), in MiB.
fn rss() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |key: &str| -> f64 {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("RssAnon:"), field("VmHWM:"))
}
