//! Evaluation benchmark: one task's evaluation that generates (greedy) and
//! reports its loss, on the CPU plugin, t5-small preset (random init) with
//! the reference's adapters (reduction factor 32, relu), batches of 8
//! examples, source length 128, targets of 2 tokens, generation of 8 tokens
//! (a random model never says `</s>`, so every batch runs all 8 decode steps).
//! Random token ids, no tokenizer, one device.
//!
//! Four ways, on the same examples, alternating in one process:
//! - `before`: the loss from its own program (`Generator::eval_loss`) and
//!   the generation after it (`Generator::generate`), every product `x · Wᵀ`
//!   as written and run by XLA (`host_matmul_kernel: false`): the encoder
//!   runs twice per batch;
//! - `weight_first`: the same two passes with the few-row products emitted
//!   weight first (`Graph::set_weight_first`);
//! - `no_kernel`: ruse's one pass (below) with every product run by XLA;
//! - `ruse`: what `ruse train` and `ruse eval` run: one pass whose encode
//!   program also gives the loss (`Generator::generate_with_loss`), weight
//!   first, the large batched products in ruse's kernel
//!   (`host_matmul_kernel: "auto"`).
//!
//! Prints each way's median time and its ratio to `before`, and checks that
//! the four give the same loss and the same tokens.
//!
//! Run with `scripts/bench_eval.sh`, or `cargo bench --bench eval`.
//! Environment: `RUSE_BENCH_EXAMPLES` (default 64), `RUSE_BENCH_REPS`
//! (measured rounds, default 3).

use std::collections::HashMap;
use std::time::Instant;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use ruse::config::{Config, HostMatmulKernel};
use ruse::model::generate::{GenSettings, Generated, Generator};
use ruse::model::resolve::Source;
use ruse::model::store::ParamStore;
use ruse::model::T5Config;
use ruse::runtime::{Buffer, Client, ElementType};

const SOURCE_LEN: usize = 128;
const TARGET_LEN: usize = 2;
const GENERATE_LEN: usize = 8;
const BATCH: usize = 8;
const TASK: &str = "trec";
/// The ways, in the order they run.
const WAYS: [&str; 4] = ["before", "weight_first", "no_kernel", "ruse"];

fn env_usize(key: &str, default: usize) -> usize {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

/// One way of evaluating: the generated sequences and the loss.
type Outcome = (Vec<Generated>, Option<f64>);

fn main() -> ruse::Result<()> {
    let examples = env_usize("RUSE_BENCH_EXAMPLES", 64).max(1);
    let reps = env_usize("RUSE_BENCH_REPS", 3).max(1);
    let run = Config::from_json(&format!(
        r#"{{"tasks": ["{TASK}"], "train_adapters": true, "adapter_config_name": "adapter",
            "reduction_factor": 32, "non_linearity": "relu", "per_device_eval_batch_size": {BATCH}}}"#
    ))?
    .config;
    let xla = Config {
        host_matmul_kernel: HostMatmulKernel::Off,
        ..run.clone()
    };
    let cfg = T5Config::preset("t5-small").expect("t5-small is a preset");
    let store = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Preset("t5-small".into()),
        ElementType::F32,
    )?;
    let client = Client::cpu(1)?;
    let mut buffers: HashMap<String, Buffer> = HashMap::new();
    for (name, value) in &store.values {
        buffers.insert(name.clone(), client.upload(value, 0)?);
    }
    let params = |_replica: usize, name: &str| buffers.get(name);
    let mut rng = StdRng::seed_from_u64(7);
    let mut ids = |n: usize| -> Vec<u32> {
        let mut v: Vec<u32> = (0..n - 1).map(|_| rng.random_range(2..32_000)).collect();
        v.push(1); // </s>
        v
    };
    let pairs: Vec<(Vec<u32>, Vec<u32>)> = (0..examples)
        .map(|_| (ids(SOURCE_LEN), ids(TARGET_LEN)))
        .collect();
    let sources: Vec<Vec<u32>> = pairs.iter().map(|(s, _)| s.clone()).collect();
    let settings = GenSettings {
        max_len: GENERATE_LEN,
        beams: 1,
        length_penalty: 1.0,
    };
    println!(
        "== evaluation of {examples} examples, t5-small (random init) with adapters, batches of {BATCH}, \
         source {SOURCE_LEN}, targets {TARGET_LEN}, greedy generation of {GENERATE_LEN} tokens"
    );
    let mut plain = Generator::new(&xla, &cfg, 1);
    plain.set_weight_first(false);
    let mut weight_first = Generator::new(&xla, &cfg, 1);
    let mut no_kernel = Generator::new(&xla, &cfg, 1);
    let mut fused = Generator::new(&run, &cfg, 1);
    let two_passes = |g: &mut Generator| -> ruse::Result<Outcome> {
        let loss = g.eval_loss(
            &client, &params, TASK, &pairs, SOURCE_LEN, TARGET_LEN, BATCH,
        )?;
        let generated = g.generate(
            &client, &params, TASK, &sources, SOURCE_LEN, BATCH, settings,
        )?;
        Ok((generated, loss))
    };
    let one_pass = |g: &mut Generator| -> ruse::Result<Outcome> {
        g.generate_with_loss(
            &client, &params, TASK, &pairs, SOURCE_LEN, TARGET_LEN, BATCH, settings,
        )
    };
    // The first round compiles; its outcomes are compared.
    let t = Instant::now();
    let reference = two_passes(&mut plain)?;
    let others = [
        two_passes(&mut weight_first)?,
        one_pass(&mut no_kernel)?,
        one_pass(&mut fused)?,
    ];
    println!(
        "compiled and ran once each in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    for (way, outcome) in WAYS[1..].iter().zip(&others) {
        let same_tokens = outcome
            .0
            .iter()
            .zip(&reference.0)
            .all(|(a, b)| a.ids == b.ids);
        let (a, b) = (
            outcome.1.unwrap_or(f64::NAN),
            reference.1.unwrap_or(f64::NAN),
        );
        println!(
            "  {way}: loss {a:.6} against {b:.6} (relative difference {:.1e}); tokens {}",
            (a - b).abs() / b.abs(),
            if same_tokens { "the same" } else { "DIFFERENT" }
        );
    }
    let mut times: [Vec<f64>; 4] = Default::default();
    for _ in 0..reps {
        let t = Instant::now();
        two_passes(&mut plain)?;
        times[0].push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        two_passes(&mut weight_first)?;
        times[1].push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        one_pass(&mut no_kernel)?;
        times[2].push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        one_pass(&mut fused)?;
        times[3].push(t.elapsed().as_secs_f64());
    }
    let base = median(times[0].clone());
    for (way, t) in WAYS.iter().zip(times) {
        let m = median(t);
        println!(
            "  {way:>12}: median {m:.3} s over {reps} rounds, {:.1} examples/s, {:.2}x before",
            examples as f64 / m,
            base / m
        );
        println!(
            "RESULT side=ruse part=eval way={way} examples={examples} median_s={m:.4} speedup={:.4}",
            base / m
        );
    }
    Ok(())
}
