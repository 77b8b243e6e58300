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
use ruse::runtime::{Buffer, Client, CompileOptions, ElementType, HostTensor};
use ruse::train::step::{build_step, initial_state, OptimSettings, Slot, StepProgram};
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

/// Device state and a step runner for one replica set.
struct Runner {
    client: Client,
    program: StepProgram,
    exe: ruse::runtime::Executable,
    state: Vec<HashMap<Slot, Buffer>>,
}

impl Runner {
    fn new(client: Client, program: StepProgram, store: &ParamStore, replicas: usize) -> Runner {
        let text = ruse::emit::emit(&program.graph).unwrap();
        let exe = client
            .compile(&text, CompileOptions::replicas(replicas))
            .unwrap();
        let mut state = Vec::new();
        for r in 0..replicas {
            let mut map = HashMap::new();
            for slot in &program.args {
                let t = match slot {
                    Slot::Param(n) => store.values[n].clone(),
                    Slot::AdamM(n)
                    | Slot::AdamV(n)
                    | Slot::Count(n)
                    | Slot::FactorRow(n)
                    | Slot::FactorCol(n) => initial_state(slot, store.values[n].spec()).unwrap(),
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
            state,
        }
    }

    /// One step; `data[r]` = (input_ids, mask, decoder ids, labels, [B, S], [B, T]). Returns (loss, norm, lr).
    fn step(&mut self, k: i32, data: &[ReplicaBatch]) -> (f64, f64, f64) {
        let mut per: Vec<Vec<Buffer>> = Vec::new();
        for (r, (ids, mask, dec, lab, s, t)) in data.iter().enumerate() {
            let c = &self.client;
            per.push(vec![
                c.upload_slice(ids, s, r).unwrap(),
                c.upload_slice(mask, s, r).unwrap(),
                c.upload_slice(dec, t, r).unwrap(),
                c.upload_slice(lab, t, r).unwrap(),
                c.upload(&HostTensor::scalar(k), r).unwrap(),
                c.upload(&HostTensor::new(&[0u64, 0], &[2]).unwrap(), r)
                    .unwrap(),
            ]);
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
        let outs = self.exe.execute(&args).unwrap();
        let f = |i: usize| outs[0][i].to_host().unwrap().to_scalar::<f32>().unwrap() as f64;
        let report = (f(0), f(1), f(2));
        for (r, list) in outs.into_iter().enumerate() {
            for (slot, buf) in self.program.outputs.iter().zip(list) {
                if slot.is_state() {
                    self.state[r].insert(slot.clone(), buf);
                }
            }
        }
        report
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

/// 4 replicas × batch 2 give the same losses and parameters after 3 steps as
/// 1 replica × batch 8 with the same examples (no padding in the labels, so
/// the per-replica mean losses average to the full-batch mean).
#[test]
fn four_replicas_match_one_replica_with_four_times_the_batch() {
    let run = Config::from_json(r#"{"tasks": ["trec"], "train_adapters": true, "reduction_factor": 8,
        "learning_rate": 0.05, "warmup_steps": 0, "max_steps": 10, "max_grad_norm": 1.0, "weight_decay": 0.01}"#)
    .unwrap()
    .config;
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
    let (s, t) = (6i64, 3i64);
    let example = |i: i32| {
        let ids: Vec<i32> = (0..s as i32).map(|j| 3 + (i * 7 + j * 13) % 300).collect();
        let lab: Vec<i32> = (0..t as i32).map(|j| 3 + (i * 5 + j * 11) % 200).collect();
        let dec: Vec<i32> = std::iter::once(0)
            .chain(lab[..t as usize - 1].iter().copied())
            .collect();
        (ids, lab, dec)
    };
    let batch = |range: std::ops::Range<i32>| {
        let (mut ids, mut lab, mut dec) = (vec![], vec![], vec![]);
        for i in range.clone() {
            let (a, b, c) = example(i);
            ids.extend(a);
            lab.extend(b);
            dec.extend(c);
        }
        let n = range.len() as i64;
        (ids.clone(), vec![1; ids.len()], dec, lab, [n, s], [n, t])
    };
    let one = build_step(
        &run,
        &cfg,
        "trec",
        Shapes {
            batch: 8,
            source_len: 6,
            target_len: 3,
        },
        1,
        &opt,
    )
    .unwrap();
    let four = build_step(
        &run,
        &cfg,
        "trec",
        Shapes {
            batch: 2,
            source_len: 6,
            target_len: 3,
        },
        4,
        &opt,
    )
    .unwrap();
    let mut r1 = Runner::new(common::cpu(1), one, &store, 1);
    let mut r4 = Runner::new(common::cpu(4), four, &store, 4);
    for k in 0..3 {
        let (l1, n1, _) = r1.step(k, &[batch(0..8)]);
        let (l4, n4, _) = r4.step(k, &[batch(0..2), batch(2..4), batch(4..6), batch(6..8)]);
        assert!(rel(l4, l1) < 1e-5, "step {k}: loss {l4} vs {l1}");
        assert!(rel(n4, n1) < 1e-4, "step {k}: grad norm {n4} vs {n1}");
    }
    let trained: Vec<&String> = r1
        .program
        .args
        .iter()
        .filter_map(|s| match s {
            Slot::AdamM(n) => Some(n),
            _ => None,
        })
        .collect();
    assert!(!trained.is_empty());
    for name in trained {
        let want = r1.param(0, name);
        for r in 0..4 {
            let e = max_rel(&r4.param(r, name), &want);
            assert!(e < 1e-4, "replica {r}: {name} differs by {e:.2e}");
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
