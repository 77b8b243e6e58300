//! The compiled training step against PyTorch (`torch.optim.AdamW`,
//! `clip_grad_norm_`, HF schedules; fixtures from `scripts/fixtures.sh`),
//! and replicated training against one device.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use ruse::config::Config;
use ruse::model::checkpoint::load_safetensors;
use ruse::model::program::{Shapes, DATA_ARGS};
use ruse::model::resolve::Source;
use ruse::model::store::ParamStore;
use ruse::model::T5Config;
use ruse::runtime::{Buffer, Client, CompileOptions, DeviceKind, ElementType, HostTensor};
use ruse::train::slot::{initial_state, Slot};
use ruse::train::step::{
    build_apply_step, build_grad_step, build_step, OptimSettings, StepProgram,
};
use serde_json::Value;

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/t5")
        .join(case)
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn ints(v: &Value) -> Vec<i32> {
    v.as_array()
        .unwrap()
        .iter()
        .flat_map(|r| {
            r.as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_i64().unwrap() as i32)
        })
        .collect()
}

/// One replica's batch: input_ids, attention_mask, decoder_input_ids,
/// labels, the source shape and the target shape.
type ReplicaBatch = (Vec<i32>, Vec<i32>, Vec<i32>, Vec<i32>, [i64; 2], [i64; 2]);

/// Device state shared by one or more step programs on one replica set.
struct Runner {
    client: Client,
    programs: Vec<(StepProgram, ruse::runtime::Executable)>,
    state: Vec<HashMap<Slot, Buffer>>,
}

impl Runner {
    fn new(client: Client, program: StepProgram, store: &ParamStore, replicas: usize) -> Runner {
        Runner::with_programs(client, vec![program], store, replicas)
    }

    fn with_programs(
        client: Client,
        programs: Vec<StepProgram>,
        store: &ParamStore,
        replicas: usize,
    ) -> Runner {
        let programs: Vec<_> = programs
            .into_iter()
            .map(|program| {
                let text = ruse::emit::emit(&program.graph).unwrap();
                let exe = client
                    .compile(&text, CompileOptions::replicas(replicas))
                    .unwrap();
                (program, exe)
            })
            .collect();
        let mut state = Vec::new();
        for r in 0..replicas {
            let mut map = HashMap::new();
            for slot in programs.iter().flat_map(|(p, _)| &p.args) {
                let t = match slot {
                    Slot::Param(n) => store.values[n].clone(),
                    Slot::AdamM(n)
                    | Slot::AdamV(n)
                    | Slot::Count(n)
                    | Slot::FactorRow(n)
                    | Slot::FactorCol(n)
                    | Slot::Accum(n) => initial_state(slot, store.values[n].spec()).unwrap(),
                    _ => continue,
                };
                map.insert(slot.clone(), client.upload(&t, r).unwrap());
            }
            state.push(map);
        }
        Runner {
            client,
            programs,
            state,
        }
    }

    /// One step of the first program; `data[r]` = (input_ids, mask, decoder ids, labels, [B, S], [B, T]). Returns (loss, norm, lr).
    fn step(&mut self, k: i32, data: &[ReplicaBatch]) -> (f64, f64, f64) {
        let s = self.run(0, k, data);
        (s[&Slot::Loss], s[&Slot::GradNorm], s[&Slot::LearningRate])
    }

    /// Runs program `which` at update `k` on `data` (empty for a program
    /// without data arguments); returns its scalar outputs.
    fn run(&mut self, which: usize, k: i32, data: &[ReplicaBatch]) -> HashMap<Slot, f64> {
        let c = &self.client;
        let per: Vec<Vec<Option<Buffer>>> = (0..self.state.len())
            .map(|r| {
                let mut bufs: Vec<Option<Buffer>> = match data.get(r) {
                    Some((ids, mask, dec, lab, s, t)) => vec![
                        Some(c.upload_slice(ids, s, r).unwrap()),
                        Some(c.upload_slice(mask, s, r).unwrap()),
                        Some(c.upload_slice(dec, t, r).unwrap()),
                        Some(c.upload_slice(lab, t, r).unwrap()),
                    ],
                    None => vec![None, None, None, None],
                };
                bufs.push(Some(c.upload(&HostTensor::scalar(k), r).unwrap()));
                bufs.push(Some(
                    c.upload(&HostTensor::new(&[0u64, 0], &[2]).unwrap(), r)
                        .unwrap(),
                ));
                bufs
            })
            .collect();
        let (program, exe) = &self.programs[which];
        let args: Vec<Vec<&Buffer>> = (0..self.state.len())
            .map(|r| {
                program
                    .args
                    .iter()
                    .map(|slot| match slot {
                        Slot::Data(n) => per[r][DATA_ARGS.iter().position(|x| x == n).unwrap()]
                            .as_ref()
                            .unwrap(),
                        Slot::Step => per[r][4].as_ref().unwrap(),
                        Slot::Key => per[r][5].as_ref().unwrap(),
                        other => &self.state[r][other],
                    })
                    .collect()
            })
            .collect();
        let outs = exe.execute(&args).unwrap();
        let mut scalars = HashMap::new();
        for (slot, buf) in program.outputs.iter().zip(&outs[0]) {
            if matches!(slot, Slot::Loss | Slot::GradNorm | Slot::LearningRate) {
                let v = buf.to_host().unwrap().to_scalar::<f32>().unwrap() as f64;
                scalars.insert(slot.clone(), v);
            }
        }
        for (r, list) in outs.into_iter().enumerate() {
            for (slot, buf) in program.outputs.iter().zip(list) {
                if slot.is_state() {
                    self.state[r].insert(slot.clone(), buf);
                }
            }
        }
        scalars
    }

    fn param(&self, r: usize, name: &str) -> Vec<f32> {
        self.state[r][&Slot::Param(name.into())]
            .to_vec::<f32>()
            .unwrap()
    }
}

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs().max(1e-12)
}

fn max_rel(got: &[f32], want: &[f32]) -> f64 {
    let scale = want
        .iter()
        .fold(0f64, |m, x| m.max(x.abs() as f64))
        .max(1e-30);
    got.iter()
        .zip(want)
        .fold(0f64, |m, (a, b)| m.max((a - b).abs() as f64))
        / scale
}

fn train_case(case: &str) {
    let dir = fixture(case);
    let tc = read_json(&dir.join("train_config.json"));
    let base = fixture(tc["base_case"].as_str().unwrap());
    let mut keys: serde_json::Map<String, Value> = read_json(&base.join("adapter_config.json"))
        .as_object()
        .unwrap()
        .clone();
    keys.remove("task");
    for k in [
        "learning_rate",
        "weight_decay",
        "max_grad_norm",
        "warmup_steps",
        "max_steps",
        "lr_scheduler",
        "adam_epsilon",
        "label_smoothing",
        "adafactor",
    ] {
        if !tc[k].is_null() {
            keys.insert(k.into(), tc[k].clone());
        }
    }
    let run = Config::from_map(keys).unwrap().config;
    let cfg = T5Config::from_file(&base.join("config.json")).unwrap();
    let inputs = read_json(&base.join("inputs.json"));
    let (ids, mask, dec, lab) = (
        ints(&inputs["input_ids"]),
        ints(&inputs["attention_mask"]),
        ints(&inputs["decoder_input_ids"]),
        ints(&inputs["labels"]),
    );
    let (bs, s, t) = (2i64, (ids.len() / 2) as i64, (lab.len() / 2) as i64);
    let shapes = Shapes {
        batch: 2,
        source_len: s as usize,
        target_len: t as usize,
    };
    let opt = OptimSettings::from_config(&run, run.max_steps as usize).unwrap();
    let program = build_step(
        &run,
        &cfg,
        inputs["task"].as_str().unwrap(),
        shapes,
        1,
        &opt,
    )
    .unwrap();
    let mut store = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Directory(base.clone()),
        ElementType::F32,
    )
    .unwrap();
    if run.train_adapters {
        store.load_adapters(&base).unwrap();
    }
    let mut runner = Runner::new(common::cpu(1), program, &store, 1);
    let want = read_json(&dir.join("expected_steps.json"));
    let after_1 = load_safetensors(&dir.join("params_after_1.safetensors")).unwrap();
    let after = load_safetensors(&dir.join("params_after.safetensors")).unwrap();
    let data = vec![(ids, mask, dec, lab, [bs, s], [bs, t])];
    let mut worst = 0f64;
    for k in 0..3 {
        let (loss, norm, lr) = runner.step(k, &data);
        let w = |key: &str| want[key][k as usize].as_f64().unwrap();
        assert!(
            rel(loss, w("loss")) < 1e-5,
            "{case} step {k}: loss {loss} vs {}",
            w("loss")
        );
        assert!(
            rel(norm, w("grad_norm")) < 1e-4,
            "{case} step {k}: grad norm {norm} vs {}",
            w("grad_norm")
        );
        assert!(
            (lr - w("lr")).abs() <= 1e-6 * w("lr").abs().max(1e-3),
            "{case} step {k}: lr {lr} vs {}",
            w("lr")
        );
        let reference = if k == 0 {
            Some(&after_1)
        } else if k == 2 {
            Some(&after)
        } else {
            None
        };
        for (name, want_t) in reference.into_iter().flatten() {
            let e = max_rel(&runner.param(0, name), &want_t.to_vec::<f32>().unwrap());
            worst = worst.max(e);
            assert!(
                e < 1e-4,
                "{case} step {k}: parameter {name} relative error {e:.2e}"
            );
        }
    }
    eprintln!("{case}: 3 steps match PyTorch; worst parameter relative error {worst:.2e}");
}

#[test]
fn full_fine_tuning_steps_match_pytorch_adamw() {
    train_case("train_full_v1_0");
}

#[test]
fn adapter_steps_with_cosine_schedule_match_pytorch() {
    train_case("train_adapter_cosine");
}

#[test]
fn hyperformer_pp_steps_with_polynomial_schedule_match_pytorch() {
    train_case("train_hyperformer_pp_poly");
}

/// A tiny adapter run (no dropout) from `keys`, with its model config,
/// optimizer settings and initial parameters.
fn tiny_run(keys: &str) -> (Config, T5Config, OptimSettings, ParamStore) {
    let run = Config::from_json(keys).unwrap().config;
    let cfg = T5Config {
        dropout_rate: 0.0,
        ..T5Config::preset("t5-tiny").unwrap()
    };
    let opt = OptimSettings::from_config(&run, 10).unwrap();
    let store = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .unwrap();
    (run, cfg, opt, store)
}

const SOURCE_LEN: i64 = 6;
const TARGET_LEN: i64 = 3;

fn shapes(batch: usize) -> Shapes {
    Shapes {
        batch,
        source_len: SOURCE_LEN as usize,
        target_len: TARGET_LEN as usize,
    }
}

/// Synthetic examples `range` as one batch, with no padding in the labels
/// (so per-batch mean losses average to the mean over the union).
fn batch(range: std::ops::Range<i32>) -> ReplicaBatch {
    let (s, t) = (SOURCE_LEN, TARGET_LEN);
    let (mut ids, mut lab, mut dec) = (vec![], vec![], vec![]);
    for i in range.clone() {
        let l: Vec<i32> = (0..t as i32).map(|j| 3 + (i * 5 + j * 11) % 200).collect();
        ids.extend((0..s as i32).map(|j| 3 + (i * 7 + j * 13) % 300));
        dec.extend(std::iter::once(0).chain(l[..t as usize - 1].iter().copied()));
        lab.extend(l);
    }
    let n = range.len() as i64;
    (ids.clone(), vec![1; ids.len()], dec, lab, [n, s], [n, t])
}

/// The names of the parameters a fused step program trains.
fn trained_names(program: &StepProgram) -> Vec<String> {
    program
        .args
        .iter()
        .filter_map(|s| match s {
            Slot::AdamM(n) => Some(n.clone()),
            _ => None,
        })
        .collect()
}

const TINY_TREC: &str = r#"{"tasks": ["trec"], "train_adapters": true, "reduction_factor": 8,
    "learning_rate": 0.05, "warmup_steps": 0, "max_steps": 10, "max_grad_norm": 1.0, "weight_decay": 0.01}"#;

/// 4 replicas × batch 2 give the same losses and parameters after 3 steps as
/// 1 replica × batch 8 with the same examples.
#[test]
fn four_replicas_match_one_replica_with_four_times_the_batch() {
    let (run, cfg, opt, store) = tiny_run(TINY_TREC);
    let one = build_step(&run, &cfg, "trec", shapes(8), 1, &opt).unwrap();
    let four = build_step(&run, &cfg, "trec", shapes(2), 4, &opt).unwrap();
    let mut r1 = Runner::new(common::cpu(1), one, &store, 1);
    let mut r4 = Runner::new(common::cpu(4), four, &store, 4);
    for k in 0..3 {
        let (l1, n1, _) = r1.step(k, &[batch(0..8)]);
        let (l4, n4, _) = r4.step(k, &[batch(0..2), batch(2..4), batch(4..6), batch(6..8)]);
        assert!(rel(l4, l1) < 1e-5, "step {k}: loss {l4} vs {l1}");
        assert!(rel(n4, n1) < 1e-4, "step {k}: grad norm {n4} vs {n1}");
    }
    let trained = trained_names(&r1.programs[0].0);
    assert!(!trained.is_empty());
    for name in &trained {
        let want = r1.param(0, name);
        for r in 0..4 {
            let e = max_rel(&r4.param(r, name), &want);
            assert!(e < 1e-4, "replica {r}: {name} differs by {e:.2e}");
        }
    }
}

/// Gradient accumulation over 2 micro-batches of 4 (1 replica), and over 2
/// micro-batches of 2 on each of 2 replicas, give the same losses, gradient
/// norms and parameters after 3 updates as one step on the 8 examples.
#[test]
fn gradient_accumulation_matches_one_step_on_the_whole_batch() {
    let (run, cfg, opt, store) = tiny_run(TINY_TREC);
    let fused = build_step(&run, &cfg, "trec", shapes(8), 1, &opt).unwrap();
    let accumulating = |replicas: usize, per_replica: usize| {
        let grad = build_grad_step(&run, &cfg, "trec", shapes(per_replica), replicas, 2).unwrap();
        let apply =
            build_apply_step("trec_apply", &grad.accumulated(), &[], replicas, &opt).unwrap();
        Runner::with_programs(common::cpu(replicas), vec![grad, apply], &store, replicas)
    };
    let mut whole = Runner::new(common::cpu(1), fused, &store, 1);
    let mut acc1 = accumulating(1, 4);
    let mut acc2 = accumulating(2, 2);
    for k in 0..3 {
        let (want_loss, want_norm, _) = whole.step(k, &[batch(0..8)]);
        let windows: [(&mut Runner, Vec<Vec<ReplicaBatch>>); 2] = [
            (&mut acc1, vec![vec![batch(0..4)], vec![batch(4..8)]]),
            (
                &mut acc2,
                vec![
                    vec![batch(0..2), batch(2..4)],
                    vec![batch(4..6), batch(6..8)],
                ],
            ),
        ];
        for (runner, micro) in windows {
            let losses: Vec<f64> = micro
                .iter()
                .map(|data| runner.run(0, k, data)[&Slot::Loss])
                .collect();
            let loss = losses.iter().sum::<f64>() / 2.0;
            let norm = runner.run(1, k, &[])[&Slot::GradNorm];
            assert!(
                rel(loss, want_loss) < 1e-5,
                "update {k}: loss {loss} vs {want_loss}"
            );
            assert!(
                rel(norm, want_norm) < 1e-4,
                "update {k}: norm {norm} vs {want_norm}"
            );
        }
    }
    let trained = trained_names(&whole.programs[0].0);
    assert_eq!(
        acc1.programs[0].0.accumulated().len(),
        trained.len(),
        "the micro-step accumulates exactly the trainable parameters"
    );
    for name in &trained {
        let want = whole.param(0, name);
        for (runner, replicas) in [(&acc1, 1), (&acc2, 2)] {
            for r in 0..replicas {
                let e = max_rel(&runner.param(r, name), &want);
                assert!(
                    e < 1e-4,
                    "{replicas} replica(s), replica {r}: {name} differs by {e:.2e}"
                );
            }
            let acc = runner.state[0][&Slot::Accum(name.clone())]
                .to_vec::<f32>()
                .unwrap();
            assert!(
                acc.iter().all(|x| *x == 0.0),
                "{name}: accumulator not reset"
            );
        }
    }
}

/// A window whose micro-batches come from two tasks updates the union of
/// their trainable parameters: each task's own adapter moves exactly as a
/// step on its batch alone would move it (AdamW's first update does not
/// depend on the gradient's scale), and a third task's adapter is not touched.
#[test]
fn accumulation_window_over_two_tasks_updates_the_union_of_their_parameters() {
    let (run, cfg, opt, store) = tiny_run(
        r#"{"tasks": ["trec", "sms_spam", "movie_sentiment"], "train_adapters": true,
        "reduction_factor": 8, "learning_rate": 0.01, "warmup_steps": 0, "max_steps": 10,
        "max_grad_norm": 0.0, "weight_decay": 0.0, "adam_epsilon": 1e-20}"#,
    );
    let trec = build_grad_step(&run, &cfg, "trec", shapes(4), 1, 2).unwrap();
    let sms = build_grad_step(&run, &cfg, "sms_spam", shapes(4), 1, 2).unwrap();
    let mut union = trec.accumulated();
    for p in sms.accumulated() {
        if !union.iter().any(|q| q.name == p.name) {
            union.push(p);
        }
    }
    let apply = build_apply_step("window", &union, &[], 1, &opt).unwrap();
    assert!(union.iter().any(|p| p.name.contains(".adapters.trec.")));
    assert!(union.iter().any(|p| p.name.contains(".adapters.sms_spam.")));
    assert!(!union
        .iter()
        .any(|p| p.name.contains(".adapters.movie_sentiment.")));
    let mut window = Runner::with_programs(common::cpu(1), vec![trec, sms, apply], &store, 1);
    window.run(0, 0, &[batch(0..4)]);
    window.run(1, 0, &[batch(4..8)]);
    window.run(2, 0, &[]);
    for (task, data) in [("trec", batch(0..4)), ("sms_spam", batch(4..8))] {
        let alone = build_step(&run, &cfg, task, shapes(4), 1, &opt).unwrap();
        let mut alone = Runner::new(common::cpu(1), alone, &store, 1);
        alone.step(0, &[data]);
        let own = format!(".adapters.{task}.");
        let names: Vec<&String> = store.values.keys().filter(|n| n.contains(&own)).collect();
        assert!(!names.is_empty());
        for name in names {
            let before = store.values[name].to_vec::<f32>().unwrap();
            let delta =
                |p: Vec<f32>| -> Vec<f32> { p.iter().zip(&before).map(|(a, b)| a - b).collect() };
            let want = delta(alone.param(0, name));
            let got = delta(window.param(0, name));
            let e = max_rel(&got, &want);
            assert!(
                e < 1e-4,
                "{name}: update differs by {e:.2e} from the {task}-only step"
            );
            assert!(want.iter().any(|x| *x != 0.0), "{name} did not move");
        }
    }
}

/// With `bf16`, the step computes in bf16 but keeps f32 master weights and
/// optimizer state: its loss is close to the f32 step's.
#[test]
fn bf16_compute_keeps_f32_master_weights() {
    let base = r#"{"tasks": ["trec"], "train_adapters": true, "reduction_factor": 8, "learning_rate": 0.01, "max_steps": 10"#;
    let f32_run = Config::from_json(&format!("{base}}}")).unwrap().config;
    let bf16_run = Config::from_json(&format!("{base}, \"bf16\": true}}"))
        .unwrap()
        .config;
    let cfg = T5Config {
        dropout_rate: 0.0,
        ..T5Config::preset("t5-tiny").unwrap()
    };
    let opt = OptimSettings::from_config(&f32_run, 10).unwrap();
    let shapes = Shapes {
        batch: 2,
        source_len: 6,
        target_len: 3,
    };
    let store = ParamStore::for_run(
        &f32_run,
        &cfg,
        &Source::Preset("t5-tiny".into()),
        ElementType::F32,
    )
    .unwrap();
    let ids: Vec<i32> = (0..12).map(|i| 3 + i * 17 % 250).collect();
    let data = vec![(
        ids.clone(),
        vec![1; 12],
        vec![0, 5, 6, 0, 7, 8],
        vec![5, 6, 1, 7, 8, 1],
        [2, 6],
        [2, 3],
    )];
    let mut losses = Vec::new();
    for run in [&f32_run, &bf16_run] {
        let program = build_step(run, &cfg, "trec", shapes, 1, &opt).unwrap();
        let text = ruse::emit::emit(&program.graph).unwrap();
        assert_eq!(
            text.contains("xbf16>"),
            run.bf16,
            "bf16 compute appears in the program"
        );
        let mut runner = Runner::new(common::cpu(1), program, &store, 1);
        losses.push(runner.step(0, &data).0);
        let name = "encoder.block.0.layer.1.adapter_controller.adapters.trec.up_sampler.weight";
        assert_eq!(
            runner.state[0][&Slot::Param(name.into())].spec().ty,
            ElementType::F32
        );
    }
    assert!(
        rel(losses[1], losses[0]) < 3e-2,
        "bf16 loss {} vs f32 {}",
        losses[1],
        losses[0]
    );
}

#[test]
fn adafactor_steps_match_huggingface_adafactor() {
    train_case("train_adapter_adafactor");
}

/// The training step and the evaluation loss compute the LM head weight
/// first, logits `[V, tokens]` (the product the CPU plugin runs several times
/// faster than `[tokens, d] · [V, d]ᵀ`, see the README's Benchmarks): no
/// product of either graph, live or dead, has the vocabulary as its last
/// dimension (the forward builds no `[B, T, V]` logits the loss would not read).
#[test]
fn the_loss_reads_the_logits_vocabulary_first() {
    use ruse::graph::{Graph, Op};
    let (run, cfg, opt, _) = tiny_run(TINY_TREC);
    let vocab = cfg.vocab_size as i64;
    let logit_products = |g: &Graph| -> Vec<Vec<i64>> {
        g.nodes()
            .iter()
            .filter(|n| matches!(n.op, Op::DotGeneral { .. }))
            .map(|n| n.spec.dims.clone())
            .filter(|dims| dims.contains(&vocab))
            .collect()
    };
    let step = build_step(&run, &cfg, "trec", shapes(4), 1, &opt).unwrap();
    let eval = ruse::model::generate::build_eval_loss(&run, &cfg, "trec", shapes(4), 1).unwrap();
    for (name, g) in [("train step", &step.graph), ("eval loss", &eval.graph)] {
        let products = logit_products(g);
        assert!(!products.is_empty(), "{name}: no logits product");
        for dims in products {
            assert_eq!(
                dims[0], vocab,
                "{name}: logits {dims:?} are not vocabulary first"
            );
        }
    }
}

/// Weight decay skips every name with "bias" in it, as the reference's
/// substring rule does (T5's relative position table and the hypernetworks'
/// bias generators included), and every layer-norm weight.
#[test]
fn weight_decay_skips_the_reference_bias_names_and_layer_norms() {
    use ruse::train::step::decays;
    for name in [
        "encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight",
        "encoder_hyper_net.down.bias_generator.weight",
        "encoder.block.1.layer.1.adapter_controller.adapters.trec.down_sampler.bias",
        "decoder.final_layer_norm.weight",
        "encoder.block.0.layer.0.layer_norm.weight",
        "encoder.block.0.layer.1.adapter_controller.post_layer_norm.weight",
        "encoder_hyper_net.task_hypernet_ln.weight",
    ] {
        assert!(!decays(name), "{name} must not be decayed");
    }
    for name in [
        "shared.weight",
        "encoder.block.0.layer.0.SelfAttention.q.weight",
        "encoder.block.1.layer.1.adapter_controller.adapters.trec.down_sampler.weight",
        "encoder_hyper_net.down.weight_generator.weight",
        "task_embeddings.trec",
    ] {
        assert!(decays(name), "{name} must be decayed");
    }
}

/// A parameter's Adam moments m and v, and its update count.
type AdamState = (Vec<f64>, Vec<f64>, f64);

/// A state tensor of replica 0 as f64.
fn state_f64(runner: &Runner, slot: Slot) -> Vec<f64> {
    let t = runner.state[0][&slot].to_host().unwrap();
    t.to_vec::<f32>()
        .unwrap()
        .iter()
        .map(|x| *x as f64)
        .collect()
}

/// The reference (torch 1.7, whose `zero_grad()` zeroes gradients) steps a
/// parameter at every update once it has had a gradient: a step of trec
/// moves sms_spam's adapters, after an sms_spam step, exactly as
/// `torch.optim.AdamW` does with a zero gradient (moments decay, momentum and
/// weight decay move it, the count advances), and leaves movie_sentiment's,
/// which never had a gradient, untouched. With Adafactor a zero gradient
/// moves a parameter by weight decay alone. `zero_grad_set_to_none: true`
/// leaves every parameter without a gradient as it is.
#[test]
fn parameters_without_a_gradient_step_as_after_torch_1_zero_grad() {
    for (optimizer, set_to_none) in [("false", false), ("true", false), ("false", true)] {
        let (run, cfg, opt, store) = tiny_run(&format!(
            r#"{{"tasks": ["trec", "sms_spam", "movie_sentiment"], "train_adapters": true,
            "reduction_factor": 8, "learning_rate": 0.01, "warmup_steps": 0, "max_steps": 10,
            "max_grad_norm": 0.0, "weight_decay": 0.1, "adafactor": {optimizer},
            "zero_grad_set_to_none": {set_to_none}}}"#
        ));
        let case = format!("adafactor {optimizer}, set_to_none {set_to_none}");
        let sms = build_step(&run, &cfg, "sms_spam", shapes(4), 1, &opt).unwrap();
        let trec = build_step(&run, &cfg, "trec", shapes(4), 1, &opt).unwrap();
        let idle_args = trec
            .args
            .iter()
            .filter(|s| matches!(s, Slot::Param(n) if n.contains(".adapters.sms_spam.")))
            .count();
        assert_eq!(
            idle_args > 0,
            !set_to_none,
            "{case}: sms_spam's adapters in trec's step"
        );
        let mut runner = Runner::with_programs(common::cpu(1), vec![sms, trec], &store, 1);
        runner.run(0, 0, &[batch(0..4)]);
        let names: Vec<String> = store
            .values
            .keys()
            .filter(|n| n.contains(".adapters.sms_spam."))
            .cloned()
            .collect();
        let before: Vec<(String, Vec<f64>)> = names
            .iter()
            .map(|n| (n.clone(), state_f64(&runner, Slot::Param(n.clone()))))
            .collect();
        let moments: Vec<Option<AdamState>> = names
            .iter()
            .map(|n| {
                let m = runner.state[0].get(&Slot::AdamM(n.clone()))?;
                let m = m.to_host().unwrap().to_vec::<f32>().unwrap();
                let v = state_f64(&runner, Slot::AdamV(n.clone()));
                let t = state_f64(&runner, Slot::Count(n.clone()))[0];
                Some((m.iter().map(|x| *x as f64).collect(), v, t))
            })
            .collect();
        let lr = runner.run(1, 1, &[batch(4..8)])[&Slot::LearningRate];
        for ((name, p0), moments) in before.iter().zip(&moments) {
            let got = state_f64(&runner, Slot::Param(name.clone()));
            let wd = if ruse::train::step::decays(name) {
                0.1
            } else {
                0.0
            };
            let want: Vec<f64> = if set_to_none {
                p0.clone()
            } else if let Some((m, v, t)) = moments {
                // torch.optim.AdamW, gradient 0, update t + 1.
                let t = t + 1.0;
                let (b1, b2) = (0.9f64, 0.999f64);
                p0.iter()
                    .zip(m.iter().zip(v))
                    .map(|(p, (m, v))| {
                        let (m, v) = (b1 * m, b2 * v);
                        let m_hat = m / (1.0 - b1.powf(t));
                        let v_hat = v / (1.0 - b2.powf(t));
                        p * (1.0 - lr * wd) - lr * m_hat / (v_hat.sqrt() + 1e-8)
                    })
                    .collect()
            } else {
                p0.iter().map(|p| p * (1.0 - lr * wd)).collect()
            };
            let scale = want.iter().fold(1e-30f64, |a, x| a.max(x.abs()));
            let err = got
                .iter()
                .zip(&want)
                .fold(0f64, |a, (g, w)| a.max((g - w).abs()))
                / scale;
            assert!(err < 1e-5, "{case}: {name} off by {err:.2e}");
            if !set_to_none && wd > 0.0 {
                assert!(got != *p0, "{case}: {name} did not move");
            }
            let count = state_f64(&runner, Slot::Count(name.clone()))[0];
            assert_eq!(
                count,
                if set_to_none { 1.0 } else { 2.0 },
                "{case}: {name}'s count"
            );
        }
        for (name, value) in &store.values {
            let slot = Slot::Param(name.clone());
            if name.contains(".adapters.movie_sentiment.") && runner.state[0].contains_key(&slot) {
                let got = runner.param(0, name);
                assert_eq!(got, value.to_vec::<f32>().unwrap(), "{case}: {name} moved");
            }
        }
    }
}

/// Frozen weights read through transposed copies (`train/twins.rs`, what
/// `ruse train` does on the CPU): every live forward product `x · Wᵀ` of a
/// frozen 2-D weight reads `W#T` instead, the backward's products keep
/// reading `W`, trained weights are left alone, and the step gives the same
/// losses, gradient norms and parameters over 3 updates as without copies.
#[test]
fn transposed_frozen_weights_give_the_same_steps() {
    use ruse::graph::Op;
    use ruse::train::twins::{transposed, twin_name, use_transposed_frozen_weights};
    let (run, cfg, opt, store) = tiny_run(TINY_TREC);
    let plain = build_step(&run, &cfg, "trec", shapes(4), 1, &opt).unwrap();
    let mut twinned = build_step(&run, &cfg, "trec", shapes(4), 1, &opt).unwrap();
    let names = use_transposed_frozen_weights(&mut twinned).unwrap();
    let trained = trained_names(&plain);
    assert!(names.iter().all(|n| !trained.contains(n)), "{names:?}");
    for part in [
        "SelfAttention.q.weight",
        "EncDecAttention.k.weight",
        "DenseReluDense.wi.weight",
    ] {
        assert!(names.iter().any(|n| n.ends_with(part)), "{part}: {names:?}");
    }
    let g = &twinned.graph;
    let live = g.live();
    let (mut forward, mut backward) = (0, 0);
    for (node, live) in g.nodes().iter().zip(live) {
        let (true, Op::DotGeneral { rhs, dims, .. }) = (live, &node.op) else {
            continue;
        };
        let Op::Parameter { name, spec, .. } = &g.node(*rhs).op else {
            continue;
        };
        if names.contains(name) {
            assert_eq!(dims.rhs_contract, [0], "{name} is read as x · Wᵀ");
            backward += 1;
        } else if let Some(base) = name.strip_suffix("#T") {
            assert!(names.iter().any(|n| n == base), "{name}");
            assert_eq!(
                spec.dims,
                store.values[base]
                    .spec()
                    .dims
                    .iter()
                    .rev()
                    .copied()
                    .collect::<Vec<_>>()
            );
            forward += 1;
        }
    }
    assert!(
        forward >= names.len() && backward > 0,
        "{forward} forward, {backward} backward"
    );

    let mut with_copies = store.clone();
    for n in &names {
        let t = transposed(&store.values[n]).unwrap();
        with_copies.values.insert(twin_name(n), t);
    }
    let mut a = Runner::new(common::cpu(1), plain, &store, 1);
    let mut b = Runner::new(common::cpu(1), twinned, &with_copies, 1);
    for k in 0..3 {
        let data = [batch(4 * k..4 * k + 4)];
        let (la, na, _) = a.step(k, &data);
        let (lb, nb, _) = b.step(k, &data);
        assert!(rel(lb, la) < 1e-5, "step {k}: loss {lb} vs {la}");
        assert!(rel(nb, na) < 1e-4, "step {k}: grad norm {nb} vs {na}");
    }
    for name in &trained {
        let e = max_rel(&b.param(0, name), &a.param(0, name));
        assert!(e < 1e-4, "{name} differs by {e:.2e}");
    }
}

/// ruse's own matrix-product kernel (`host_matmul_kernel`,
/// `runtime/host_dot.rs`): the step lowers products to calls of it, and on
/// 2 replicas (each call on its replica's thread) it gives the same losses,
/// gradient norms and parameters over 3 updates as XLA's products on 1.
#[test]
fn the_host_matmul_kernel_gives_the_same_steps() {
    let (mut run, cfg, opt, store) = tiny_run(TINY_TREC);
    let plain = build_step(&run, &cfg, "trec", shapes(4), 1, &opt).unwrap();
    let mut kernel = build_step(&run, &cfg, "trec", shapes(2), 2, &opt).unwrap();
    // The tiny model's products are all small: "auto" leaves them to XLA.
    ruse::runtime::host_dot::apply(&mut kernel.graph, &run, DeviceKind::Cpu).unwrap();
    let text = ruse::emit::emit(&kernel.graph).unwrap();
    assert!(!text.contains("ruse_dot"), "auto took a tiny product");
    run.host_matmul_kernel = ruse::config::HostMatmulKernel::On;
    ruse::runtime::host_dot::apply(&mut kernel.graph, &run, DeviceKind::Cpu).unwrap();
    let text = ruse::emit::emit(&kernel.graph).unwrap();
    let calls = text.matches("call_target_name = \"ruse_dot\"").count();
    let left = text.matches("stablehlo.dot_general").count();
    assert!(
        calls > 0 && calls > left,
        "{calls} kernel calls, {left} dot_general left"
    );
    let err = ruse::runtime::host_dot::apply(&mut kernel.graph, &run, DeviceKind::Gpu)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("host_matmul_kernel") && err.contains("gpu"),
        "{err}"
    );

    let mut a = Runner::new(common::cpu(1), plain, &store, 1);
    let mut b = Runner::new(common::cpu(2), kernel, &store, 2);
    for k in 0..3 {
        let (la, na, _) = a.step(k, &[batch(4 * k..4 * k + 4)]);
        let (lb, nb, _) = b.step(k, &[batch(4 * k..4 * k + 2), batch(4 * k + 2..4 * k + 4)]);
        assert!(rel(lb, la) < 1e-5, "step {k}: loss {lb} vs {la}");
        assert!(rel(nb, na) < 1e-4, "step {k}: grad norm {nb} vs {na}");
    }
    for name in &trained_names(&a.programs[0].0) {
        for r in 0..2 {
            let e = max_rel(&b.param(r, name), &a.param(0, name));
            assert!(e < 1e-4, "replica {r}: {name} differs by {e:.2e}");
        }
    }
}
