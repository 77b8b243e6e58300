//! Training-step benchmark: one task's compiled adapter training step
//! (`ruse::train::step::build_step`) on the t5-small preset (random init),
//! Houlsby adapters (reduction factor 32, relu, post-LN) in the self-attention
//! and feed-forward sublayers of every block, batch 32, source length 128,
//! target length 8, dropout 0.1 (the preset's `dropout_rate`), AdamW over
//! the adapters, clipping at 1.0, run on the CPU plugin with 1 or more
//! virtual devices. Random token ids, no tokenizer.
//!
//! Run with `scripts/bench_train.sh` (which also runs the PyTorch side and
//! prints the ratio), or `cargo bench --bench train_step`.
//!
//! Environment:
//! - `RUSE_BENCH_CONFIGS`: comma-separated `REPLICASxBATCH` (batch per
//!   replica), default `1x32,2x16`;
//! - `RUSE_BENCH_STEPS` (default 10) measured steps and `RUSE_BENCH_WARMUP`
//!   (default 2) warm-up steps per configuration;
//! - `RUSE_BENCH_FORWARD=1`: also time the forward-only program and the
//!   forward + gradients program (no dropout, no optimizer) at 1 × 32;
//! - `RUSE_BENCH_PRODUCTS=1`: also time every distinct matrix product of the
//!   1 × 32 step alone (a program of one `dot_general` on random operands of
//!   the step's shapes) and add them up by their count in the step: what the
//!   products cost at their standalone speed, against the whole step;
//! - `RUSE_BENCH_TWINS=0`: the step reads its frozen weights only as they
//!   are, without the transposed copies `ruse train` uses on the CPU;
//! - `RUSE_BENCH_DROPOUT=p`: the dropout rate instead of the preset's 0.1
//!   (0 shows what dropout costs);
//! - `RUSE_BENCH_HOST_CACHE_AB=1`: alternate the measured steps between the
//!   host-block cache on and off (`ruse::runtime::host_cache`), same process,
//!   same executable, and print both means, their ratio and the page faults
//!   per step of each (`RUSE_HOST_CACHE=0` turns it off for the whole run);
//! - `RUSE_BENCH_HOST_DOTS`: which of the step's products (and of the
//!   products-alone programs) ruse's own kernel takes
//!   (`ruse::runtime::host_dot`): `auto` (unset: as `ruse train`, the large
//!   batched ones), `1` (`host_matmul_kernel: true`: also those with few rows
//!   and thin contractions) or `0` (none);
//! - `RUSE_BENCH_HOST_DOTS_AB=1`: compile the step twice, with the kernel's
//!   products (as `RUSE_BENCH_HOST_DOTS` selects them) and with XLA's only,
//!   and alternate the measured steps between
//!   the two executables on the same state; prints both means and their
//!   ratio (one A/B at a time).
//!
//! Every configuration prints one `RESULT key=value ...` line for scripts.
//!
//! With more than one device, run with `XLA_FLAGS=--xla_cpu_use_xnnpack=false`
//! on small machines (the wrapper script does): with XNNPACK fusions, a replica
//! that waits in the gradient all-reduce holds an intra-op pool thread that
//! the other replica's XNNPACK thunk needs, and on 2 cores the step deadlocks
//! until XLA aborts after 40 s.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use ruse::config::Config;
use ruse::graph::{DotDims, Graph, Op};
use ruse::model::program::{build_task_program, Shapes, DATA_ARGS};
use ruse::model::resolve::Source;
use ruse::model::store::ParamStore;
use ruse::model::T5Config;
use ruse::runtime::host_dot::Selection;
use ruse::runtime::{
    host_cache, Buffer, Client, CompileOptions, ElementType, Executable, HostTensor, TensorSpec,
};
use ruse::train::slot::Slot;
use ruse::train::step::{build_step, OptimSettings, StepProgram};

const SOURCE_LEN: usize = 128;
const TARGET_LEN: usize = 8;
const TASK: &str = "trec";
/// Token ids are drawn from [FIRST_ID, LAST_ID): no pad (0) or EOS (1), so
/// every position counts in the loss, as on the PyTorch side.
const FIRST_ID: i32 = 2;
const LAST_ID: i32 = 32_000;

/// One replica's batch: input ids, attention mask, decoder input ids, labels.
struct Batch {
    ids: Vec<i32>,
    mask: Vec<i32>,
    dec: Vec<i32>,
    labels: Vec<i32>,
    batch: i64,
}

impl Batch {
    fn random(rng: &mut StdRng, batch: usize) -> Batch {
        let ids: Vec<i32> = (0..batch * SOURCE_LEN)
            .map(|_| rng.random_range(FIRST_ID..LAST_ID))
            .collect();
        let labels: Vec<i32> = (0..batch * TARGET_LEN)
            .map(|_| rng.random_range(FIRST_ID..LAST_ID))
            .collect();
        // T5's shift right: the decoder starts from token 0.
        let dec: Vec<i32> = labels
            .chunks(TARGET_LEN)
            .flat_map(|row| std::iter::once(0).chain(row[..TARGET_LEN - 1].iter().copied()))
            .collect();
        Batch {
            mask: vec![1; ids.len()],
            ids,
            dec,
            labels,
            batch: batch as i64,
        }
    }

    /// The four data buffers on device `r`, in the program's order.
    fn upload(&self, c: &Client, r: usize) -> ruse::Result<Vec<Buffer>> {
        let (s, t) = (
            [self.batch, SOURCE_LEN as i64],
            [self.batch, TARGET_LEN as i64],
        );
        Ok(vec![
            c.upload_slice(&self.ids, &s, r)?,
            c.upload_slice(&self.mask, &s, r)?,
            c.upload_slice(&self.dec, &t, r)?,
            c.upload_slice(&self.labels, &t, r)?,
        ])
    }
}

/// Device state and a step runner for one replica set (the pattern of
/// `tests/train_step.rs`): parameters and AdamW state stay on the devices,
/// each step's outputs replace the donated inputs.
/// As `ruse train` on the CPU (unless `RUSE_BENCH_TWINS=0`): the forward
/// products of frozen weights read transposed copies (`train/twins.rs`).
fn twins(program: &mut StepProgram, store: &mut ParamStore) -> ruse::Result<()> {
    let names = ruse::train::twins::use_transposed_frozen_weights(program)?;
    for n in &names {
        let t = ruse::train::twins::transposed(&store.values[n])?;
        store.values.insert(ruse::train::twins::twin_name(n), t);
    }
    println!(
        "{} frozen weights read transposed in the forward products (RUSE_BENCH_TWINS=0: not)",
        names.len()
    );
    Ok(())
}

struct Runner {
    client: Client,
    program: StepProgram,
    exe: Executable,
    /// The same program compiled with the products lowered the other way
    /// (`RUSE_BENCH_HOST_DOTS_AB`): same arguments and outputs, same state.
    alt: Option<Executable>,
    state: Vec<HashMap<Slot, Buffer>>,
}

impl Runner {
    fn new(client: Client, program: StepProgram, exe: Executable, store: &ParamStore) -> Self {
        let replicas = exe.num_replicas();
        let mut state = Vec::new();
        for r in 0..replicas {
            let mut map = HashMap::new();
            for slot in &program.args {
                let t = match slot {
                    Slot::Param(n) => store.values[n].clone(),
                    Slot::AdamM(n) | Slot::AdamV(n) => {
                        let s = store.values[n].spec().clone();
                        HostTensor::new(&vec![0f32; s.element_count()], &s.dims).unwrap()
                    }
                    Slot::Count(_) => HostTensor::scalar(0f32),
                    _ => continue,
                };
                map.insert(slot.clone(), client.upload(&t, r).unwrap());
            }
            state.push(map);
        }
        Runner {
            client,
            program,
            exe,
            alt: None,
            state,
        }
    }

    /// One step, update number `k`, `data[r]` for replica r. Returns the loss
    /// (reading it back waits for the step to finish).
    fn step(&mut self, k: i32, data: &[Batch]) -> ruse::Result<f64> {
        self.step_on(k, data, false)
    }

    /// [`Runner::step`] with the `alt` executable when `alt` is set.
    fn step_on(&mut self, k: i32, data: &[Batch], alt: bool) -> ruse::Result<f64> {
        let c = &self.client;
        let mut per = Vec::new();
        for (r, batch) in data.iter().enumerate() {
            let mut bufs = batch.upload(c, r)?;
            bufs.push(c.upload(&HostTensor::scalar(k), r)?);
            let key = [42u64, (k as u64) << 20];
            bufs.push(c.upload(&HostTensor::new(&key, &[2])?, r)?);
            per.push(bufs);
        }
        let args: Vec<Vec<&Buffer>> = (0..data.len())
            .map(|r| {
                self.program
                    .args
                    .iter()
                    .map(|slot| match slot {
                        Slot::Data(n) => &per[r][DATA_ARGS.iter().position(|x| x == n).unwrap()],
                        Slot::Step => &per[r][4],
                        Slot::Key => &per[r][5],
                        other => &self.state[r][other],
                    })
                    .collect()
            })
            .collect();
        let exe = match (&self.alt, alt) {
            (Some(other), true) => other,
            _ => &self.exe,
        };
        let outs = exe.execute(&args)?;
        let loss = outs[0][0].to_host()?.to_scalar::<f32>()? as f64;
        for (r, list) in outs.into_iter().enumerate() {
            for (slot, buf) in self.program.outputs.iter().zip(list) {
                if matches!(
                    slot,
                    Slot::Param(_) | Slot::AdamM(_) | Slot::AdamV(_) | Slot::Count(_)
                ) {
                    self.state[r].insert(slot.clone(), buf);
                }
            }
        }
        Ok(loss)
    }
}

fn env_usize(key: &str, default: usize) -> usize {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// "off" when XLA_FLAGS turns XNNPACK fusions off, else "on".
fn xnnpack() -> &'static str {
    let flags = std::env::var("XLA_FLAGS").unwrap_or_default();
    if flags.contains("xla_cpu_use_xnnpack=false") {
        "off"
    } else {
        "on"
    }
}

/// Resets the process's peak RSS (`VmHWM`) to the current RSS (Linux
/// `clear_refs` 5), so that the next reading covers one configuration only.
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The process's peak RSS in MiB since the last reset (`VmHWM`), NaN where
/// /proc does not tell.
fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kib| kib / 1024.0)
}

/// Minor page faults of the process so far (`getrusage`).
fn minor_faults() -> i64 {
    // SAFETY: getrusage writes into the zeroed struct it is given.
    unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_SELF, &mut u) != 0 {
            return -1;
        }
        u.ru_minflt
    }
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// Mean, median, min and max of step times, in seconds.
fn stats(times: &[Duration]) -> (f64, f64, f64, f64) {
    let mut s: Vec<f64> = times.iter().map(|d| d.as_secs_f64()).collect();
    s.sort_by(f64::total_cmp);
    let mean = s.iter().sum::<f64>() / s.len() as f64;
    let median = if s.len() % 2 == 1 {
        s[s.len() / 2]
    } else {
        (s[s.len() / 2 - 1] + s[s.len() / 2]) / 2.0
    };
    (mean, median, s[0], s[s.len() - 1])
}

/// The run config: adapters of the reference (Houlsby, post-LN), AdamW with
/// a linear schedule, clipping at 1.0. Matches scripts/bench_train_torch.py.
fn run_config() -> Config {
    Config::from_json(
        r#"{"tasks": ["trec"], "train_adapters": true, "adapter_config_name": "adapter",
            "reduction_factor": 32, "non_linearity": "relu",
            "add_layer_norm_before_adapter": false, "add_layer_norm_after_adapter": true,
            "learning_rate": 3e-4, "weight_decay": 0.01, "warmup_steps": 0, "max_steps": 1000,
            "lr_scheduler": "linear", "max_grad_norm": 1.0, "label_smoothing": 0.0}"#,
    )
    .expect("the benchmark config is valid")
    .config
}

fn bench_step(
    run: &Config,
    cfg: &T5Config,
    store: &ParamStore,
    replicas: usize,
    batch: usize,
    warmup: usize,
    steps: usize,
) -> ruse::Result<()> {
    let total = replicas * batch;
    reset_peak_rss();
    println!(
        "== ruse: {replicas} device(s) x batch {batch} = {total} examples/step, \
         source {SOURCE_LEN}, target {TARGET_LEN}"
    );
    let opt = OptimSettings::from_config(run, run.max_steps as usize)?;
    let shapes = Shapes {
        batch,
        source_len: SOURCE_LEN,
        target_len: TARGET_LEN,
    };
    let t0 = Instant::now();
    let mut program = build_step(run, cfg, TASK, shapes, replicas, &opt)?;
    let mut store = store.clone();
    if std::env::var("RUSE_BENCH_TWINS").map_or(true, |v| v != "0") {
        twins(&mut program, &mut store)?;
    }
    let dots_ab = std::env::var("RUSE_BENCH_HOST_DOTS_AB").is_ok_and(|v| v == "1");
    // With the A/B, the main executable has the selection's products in the
    // kernel and the other none.
    let host_dots = host_dots_selection()?;
    if dots_ab && host_dots == Selection::None {
        return Err(ruse::Error::invalid(
            "RUSE_BENCH_HOST_DOTS_AB=1 with RUSE_BENCH_HOST_DOTS=0 compares XLA with itself",
        ));
    }
    program.graph.set_host_dots(host_dots);
    let store = &store;
    let build = t0.elapsed();
    let t1 = Instant::now();
    let text = ruse::emit::emit(&program.graph)?;
    let emit = t1.elapsed();
    let trained = program
        .args
        .iter()
        .filter(|s| matches!(s, Slot::AdamM(_)))
        .count();
    // The matrix products of every replica: the step's work, for GFLOP/s.
    let gflop = program.graph.matmul_flops() * replicas as f64 / 1e9;
    println!(
        "graph: {} nodes, {trained} trained tensors, {gflop:.1} GFLOP of products per step; \
         build+vjp {:.2} s, emit {:.2} s ({:.1} MiB StableHLO)",
        program.graph.len(),
        secs(build),
        secs(emit),
        text.len() as f64 / (1 << 20) as f64
    );
    let client = Client::cpu(replicas)?;
    let t2 = Instant::now();
    let exe = client.compile(&text, CompileOptions::replicas(replicas))?;
    let compile = t2.elapsed();
    println!("XLA compile: {:.2} s", secs(compile));
    drop(text);
    let alt = if dots_ab {
        program.graph.set_host_dots(Selection::None);
        let text = ruse::emit::emit(&program.graph)?;
        program.graph.set_host_dots(host_dots);
        Some(client.compile(&text, CompileOptions::replicas(replicas))?)
    } else {
        None
    };
    let mut runner = Runner::new(client, program, exe, store);
    runner.alt = alt;
    let mut rng = StdRng::seed_from_u64(7);
    // A few distinct batches, reused in turn.
    let batches: Vec<Vec<Batch>> = (0..3)
        .map(|_| {
            (0..replicas)
                .map(|_| Batch::random(&mut rng, batch))
                .collect()
        })
        .collect();
    let mut k = 0i32;
    let mut warm = Vec::new();
    for _ in 0..warmup {
        let t = Instant::now();
        let loss = runner.step(k, &batches[k as usize % batches.len()])?;
        warm.push(t.elapsed());
        println!(
            "  warm-up step {k}: {:.3} s (loss {loss:.4})",
            secs(*warm.last().unwrap())
        );
        k += 1;
    }
    let cache_ab = std::env::var("RUSE_BENCH_HOST_CACHE_AB").is_ok_and(|v| v == "1");
    if cache_ab && dots_ab {
        return Err(ruse::Error::invalid(
            "RUSE_BENCH_HOST_CACHE_AB and RUSE_BENCH_HOST_DOTS_AB: one A/B at a time",
        ));
    }
    let ab = cache_ab || dots_ab;
    let cache_on = host_cache::is_enabled();
    let mut times = Vec::new();
    // With an A/B: (A side?, step time, page faults) of each measured step;
    // A is the host cache on, or the products lowered as RUSE_BENCH_HOST_DOTS says.
    let mut split: Vec<(bool, Duration, i64)> = Vec::new();
    let faults0 = minor_faults();
    let mut last_loss = f64::NAN;
    for i in 0..steps {
        let on = if ab { i % 2 == 0 } else { cache_on };
        if cache_ab {
            host_cache::set_enabled(on);
        }
        let f = minor_faults();
        let t = Instant::now();
        last_loss = runner.step_on(k, &batches[k as usize % batches.len()], !on)?;
        let dt = t.elapsed();
        times.push(dt);
        split.push((on, dt, minor_faults() - f));
        k += 1;
    }
    let faults_per_step = (minor_faults() - faults0) as f64 / steps as f64;
    if ab {
        host_cache::set_enabled(cache_on);
        let side = |on: bool| {
            let t: Vec<Duration> = split.iter().filter(|s| s.0 == on).map(|s| s.1).collect();
            let f: Vec<i64> = split.iter().filter(|s| s.0 == on).map(|s| s.2).collect();
            (
                stats(&t),
                f.iter().sum::<i64>() as f64 / f.len().max(1) as f64,
                t.len(),
            )
        };
        let ((on_mean, on_med, _, _), on_faults, n_on) = side(true);
        let ((off_mean, off_med, _, _), off_faults, n_off) = side(false);
        let what = if cache_ab { "host_cache" } else { "host_dots" };
        println!(
            "  {what} A/B: on {n_on} steps mean {on_mean:.3} s (median {on_med:.3}, {on_faults:.0} faults/step), \
             off {n_off} steps mean {off_mean:.3} s (median {off_med:.3}, {off_faults:.0} faults/step); \
             off/on {:.3}x",
            off_mean / on_mean
        );
        println!(
            "RESULT side=ruse ab={what} replicas={replicas} batch={batch} on_mean_s={on_mean:.4} \
             on_median_s={on_med:.4} on_faults={on_faults:.0} off_mean_s={off_mean:.4} \
             off_median_s={off_med:.4} off_faults={off_faults:.0} speedup={:.4}",
            off_mean / on_mean
        );
    }
    let hc = host_cache::stats();
    println!(
        "  host cache {}: {} hits, {} misses, {} evictions, {} fallbacks; {:.0} MiB in use, {:.0} MiB idle",
        if cache_on { "on" } else { "off" },
        hc.hits,
        hc.misses,
        hc.evictions,
        hc.fallbacks,
        hc.live_bytes as f64 / (1 << 20) as f64,
        hc.idle_bytes as f64 / (1 << 20) as f64
    );
    let (mean, median, min, max) = stats(&times);
    println!(
        "  {steps} steps: mean {mean:.3} s, median {median:.3} s, min {min:.3} s, max {max:.3} s; \
         {:.2} examples/s (last loss {last_loss:.4})",
        total as f64 / mean
    );
    println!(
        "RESULT side=ruse replicas={replicas} batch={batch} total={total} steps={steps} \
         gflop={gflop:.2} xnnpack={} compile_s={:.3} build_s={:.3} emit_s={:.3} first_step_s={:.3} mean_s={mean:.4} \
         median_s={median:.4} examples_per_s={:.4} peak_rss_mib={:.0} host_cache={} \
         host_dots={}{} faults_per_step={faults_per_step:.0}",
        xnnpack(),
        secs(compile),
        secs(build),
        secs(emit),
        warm.first().map_or(f64::NAN, |d| secs(*d)),
        total as f64 / mean,
        peak_rss_mib(),
        if cache_ab {
            "ab"
        } else if cache_on {
            "on"
        } else {
            "off"
        },
        if dots_ab { "ab-" } else { "" },
        selection_name(host_dots)
    );
    Ok(())
}

/// The products the kernel takes (`RUSE_BENCH_HOST_DOTS`): `auto` (unset,
/// as `ruse train` on the CPU), `1` or `all` (`host_matmul_kernel: true`),
/// `0` or `off` (none).
fn host_dots_selection() -> ruse::Result<Selection> {
    match std::env::var("RUSE_BENCH_HOST_DOTS").as_deref() {
        Err(_) | Ok("auto") => Ok(Selection::LargeBatched),
        Ok("1" | "all") => Ok(Selection::All),
        Ok("0" | "off") => Ok(Selection::None),
        Ok(other) => Err(ruse::Error::invalid(format!(
            "RUSE_BENCH_HOST_DOTS={other}: it takes auto, 1 (all) or 0 (off)"
        ))),
    }
}

/// The name of a selection in the RESULT lines.
fn selection_name(s: Selection) -> &'static str {
    match s {
        Selection::None => "off",
        Selection::LargeBatched => "auto",
        Selection::All => "all",
    }
}

/// Forward-only (loss, no dropout) and forward + gradients (no dropout, no
/// optimizer) at 1 × `batch`, for comparison with the full step.
fn bench_parts(
    run: &Config,
    cfg: &T5Config,
    store: &ParamStore,
    batch: usize,
    steps: usize,
) -> ruse::Result<()> {
    let client = Client::cpu(1)?;
    let mut rng = StdRng::seed_from_u64(11);
    let data = Batch::random(&mut rng, batch);
    let shapes = Shapes {
        batch,
        source_len: SOURCE_LEN,
        target_len: TARGET_LEN,
    };
    for (name, with_grads) in [("forward", false), ("forward+grads", true)] {
        let program = build_task_program(run, cfg, TASK, shapes, ElementType::F32, with_grads)?;
        let text = ruse::emit::emit(&program.graph)?;
        let t0 = Instant::now();
        let exe = client.compile(&text, CompileOptions::default())?;
        let compile = t0.elapsed();
        let mut args = data.upload(&client, 0)?;
        for p in &program.params {
            args.push(client.upload(&store.values[&p.name], 0)?);
        }
        let refs: Vec<&Buffer> = args.iter().collect();
        let mut times = Vec::new();
        for i in 0..steps + 1 {
            let t = Instant::now();
            let outs = exe.execute1(&refs)?;
            outs[program.loss].to_host()?;
            if i > 0 {
                times.push(t.elapsed());
            }
        }
        let (mean, median, _, _) = stats(&times);
        println!(
            "  {name} at 1 x {batch}: compile {:.2} s, mean {mean:.3} s, median {median:.3} s",
            secs(compile)
        );
        println!(
            "RESULT side=ruse part={name} replicas=1 batch={batch} xnnpack={} compile_s={:.3} \
             mean_s={mean:.4} median_s={median:.4}",
            xnnpack(),
            secs(compile)
        );
    }
    Ok(())
}

/// One distinct matrix product of the step: operand types, dimension
/// numbers, and how many times the step computes it.
struct Product {
    lhs: TensorSpec,
    rhs: TensorSpec,
    dims: DotDims,
    count: usize,
}

/// The live `dot_general`s of `g`, grouped by operand shapes and dimension
/// numbers, in order of first appearance.
fn products(g: &Graph) -> Vec<Product> {
    let mut out: Vec<Product> = Vec::new();
    for (node, live) in g.nodes().iter().zip(g.live()) {
        let (true, Op::DotGeneral { lhs, rhs, dims }) = (live, &node.op) else {
            continue;
        };
        let (l, r) = (g.spec(*lhs), g.spec(*rhs));
        match out
            .iter_mut()
            .find(|p| &p.lhs == l && &p.rhs == r && &p.dims == dims)
        {
            Some(p) => p.count += 1,
            None => out.push(Product {
                lhs: l.clone(),
                rhs: r.clone(),
                dims: dims.clone(),
                count: 1,
            }),
        }
    }
    out
}

/// Random operands in [-1, 1) of `spec` (f32) on device 0.
fn random_buffer(client: &Client, rng: &mut StdRng, spec: &TensorSpec) -> ruse::Result<Buffer> {
    let n = spec.element_count();
    let data: Vec<f32> = (0..n).map(|_| rng.random_range(-1.0f32..1.0)).collect();
    client.upload(&HostTensor::new(&data, &spec.dims)?, 0)
}

/// Every distinct product of the 1 × `batch` step timed alone (its own
/// program, the same CPU plugin and thread pool), then added up by count.
fn bench_products(run: &Config, cfg: &T5Config, batch: usize) -> ruse::Result<()> {
    let opt = OptimSettings::from_config(run, run.max_steps as usize)?;
    let shapes = Shapes {
        batch,
        source_len: SOURCE_LEN,
        target_len: TARGET_LEN,
    };
    let mut step = build_step(run, cfg, TASK, shapes, 1, &opt)?;
    if std::env::var("RUSE_BENCH_TWINS").map_or(true, |v| v != "0") {
        ruse::train::twins::use_transposed_frozen_weights(&mut step)?;
    }
    let client = Client::cpu(1)?;
    let mut rng = StdRng::seed_from_u64(13);
    // (seconds for all of its count, GFLOP of all of its count, line)
    let mut rows: Vec<(f64, f64, String)> = Vec::new();
    let products = products(&step.graph);
    let dots: usize = products.iter().map(|p| p.count).sum();
    let host_dots = host_dots_selection()?;
    for p in products {
        let mut g = Graph::new("product");
        g.set_host_dots(host_dots);
        let a = g.parameter("lhs", p.lhs.clone())?;
        let b = g.parameter("rhs", p.rhs.clone())?;
        let y = g.dot_general(a, b, p.dims.clone())?;
        g.output(y);
        let gflop = g.matmul_flops() / 1e9;
        let exe = client.compile(&ruse::emit::emit(&g)?, CompileOptions::default())?;
        let args = [
            random_buffer(&client, &mut rng, &p.lhs)?,
            random_buffer(&client, &mut rng, &p.rhs)?,
        ];
        let refs: Vec<&Buffer> = args.iter().collect();
        // Execution waits for the device, so each call is the product's time.
        exe.execute1(&refs)?;
        let mut times = Vec::new();
        let budget = Instant::now();
        while times.len() < 5
            || (times.len() < 200 && budget.elapsed() < Duration::from_millis(300))
        {
            let t = Instant::now();
            exe.execute1(&refs)?;
            times.push(t.elapsed());
        }
        let (_, median, _, _) = stats(&times);
        let out = &g.spec(y).dims;
        let line = format!(
            "{:>3} x {} . {} {:?}x{:?} (batch {:?}x{:?}) -> {out:?}: {:.3} ms, {:.0} GFLOP/s",
            p.count,
            p.lhs,
            p.rhs,
            p.dims.lhs_contract,
            p.dims.rhs_contract,
            p.dims.lhs_batch,
            p.dims.rhs_batch,
            median * 1e3,
            gflop / median
        );
        // For scripts/bench_products_torch.py, which times the same product in PyTorch.
        let dims = |v: &[i64]| v.iter().map(i64::to_string).collect::<Vec<_>>().join("x");
        let list = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
        println!(
            "PRODUCT count={} lhs={} rhs={} lb={} rb={} lc={} rc={} ms={:.4}",
            p.count,
            dims(&p.lhs.dims),
            dims(&p.rhs.dims),
            list(&p.dims.lhs_batch),
            list(&p.dims.rhs_batch),
            list(&p.dims.lhs_contract),
            list(&p.dims.rhs_contract),
            median * 1e3
        );
        rows.push((median * p.count as f64, gflop * p.count as f64, line));
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    let seconds: f64 = rows.iter().map(|r| r.0).sum();
    let gflop: f64 = rows.iter().map(|r| r.1).sum();
    for (s, _, line) in &rows {
        println!(
            "  {line}; {:.1}% of the products' time",
            100.0 * s / seconds
        );
    }
    println!(
        "  {dots} products ({} distinct), {gflop:.1} GFLOP: {seconds:.3} s at their standalone speed, \
         {:.0} GFLOP/s",
        rows.len(),
        gflop / seconds
    );
    println!(
        "RESULT side=ruse part=products replicas=1 batch={batch} xnnpack={} dots={dots} distinct={} \
         gflop={gflop:.2} seconds={seconds:.4}",
        xnnpack(),
        rows.len()
    );
    Ok(())
}

fn main() -> ruse::Result<()> {
    let steps = env_usize("RUSE_BENCH_STEPS", 10).max(1);
    let warmup = env_usize("RUSE_BENCH_WARMUP", 2);
    let configs = std::env::var("RUSE_BENCH_CONFIGS").unwrap_or_else(|_| "1x32,2x16".into());
    let run = run_config();
    let mut cfg = T5Config::preset("t5-small").expect("t5-small is a preset");
    if let Some(rate) = std::env::var("RUSE_BENCH_DROPOUT")
        .ok()
        .and_then(|v| v.parse::<f64>().ok())
    {
        cfg.dropout_rate = rate;
    }
    println!(
        "t5-small preset (random init), dropout {}, adapters r={} {}, steps {steps} (+{warmup} warm-up), \
         XNNPACK {}",
        cfg.dropout_rate,
        run.reduction_factor,
        run.non_linearity,
        xnnpack()
    );
    let t = Instant::now();
    let store = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Preset("t5-small".into()),
        ElementType::F32,
    )?;
    println!("parameters initialised in {:.2} s", secs(t.elapsed()));
    for spec in configs.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let (r, b) = spec
            .split_once('x')
            .and_then(|(r, b)| Some((r.parse::<usize>().ok()?, b.parse::<usize>().ok()?)))
            .unwrap_or_else(|| panic!("RUSE_BENCH_CONFIGS: {spec:?} is not REPLICASxBATCH"));
        bench_step(&run, &cfg, &store, r, b, warmup, steps)?;
    }
    if std::env::var("RUSE_BENCH_PRODUCTS").is_ok_and(|v| v == "1") {
        println!("== ruse: the step's matrix products, each alone");
        bench_products(&run, &cfg, 32)?;
    }
    if std::env::var("RUSE_BENCH_FORWARD").is_ok_and(|v| v == "1") {
        println!("== ruse: parts of the step");
        bench_parts(&run, &cfg, &store, 32, steps.min(5))?;
    }
    Ok(())
}
