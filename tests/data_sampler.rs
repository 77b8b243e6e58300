//! The multi-task sampler's contract (§5): the same task on every replica at
//! every step, disjoint shards, task frequencies p_i ∝ (n_i/N)^(1/T),
//! determinism, and save/restore reproducing the stream.

use std::collections::HashSet;

use rand::{Rng, SeedableRng};
use ruse::data::{task_probabilities, Draw, MultiTaskSampler, SamplerConfig, SamplerState};

fn sampler(sizes: &[usize], t: f64, batch: usize, replicas: usize, seed: u64) -> MultiTaskSampler {
    MultiTaskSampler::new(SamplerConfig {
        sizes: sizes.to_vec(),
        temperature: t,
        batch_size: batch,
        replicas,
        seed,
    })
    .unwrap()
}

/// `n` steps of every replica, each replica iterating on its own.
fn streams(s: &MultiTaskSampler, n: usize) -> Vec<Vec<Draw>> {
    (0..s.config().replicas)
        .map(|r| s.iter(r).unwrap().take(n).collect())
        .collect()
}

#[test]
fn all_replicas_draw_the_same_task_for_10000_steps() {
    let s = sampler(&[120, 2_000, 7_000, 431], 2.0, 8, 4, 42);
    let st = streams(&s, 10_000);
    assert!(10_000 > s.batches_per_epoch(), "the test crosses epochs");
    for (step, first) in st[0].iter().enumerate() {
        for (r, stream) in st.iter().enumerate().skip(1) {
            assert_eq!(
                stream[step].task, first.task,
                "step {step}: replica {r} disagrees"
            );
            assert_eq!(stream[step].epoch, first.epoch);
        }
    }
}

/// Every replica's examples of one epoch, as (task, example) pairs.
fn epoch_examples(s: &MultiTaskSampler, replica: usize) -> HashSet<(usize, usize)> {
    let mut it = s.iter(replica).unwrap();
    let mut seen = HashSet::new();
    for _ in 0..s.batches_per_epoch() {
        let d = it.next().unwrap();
        assert_eq!(d.epoch, 0);
        seen.extend(d.examples.iter().map(|&e| (d.task, e)));
    }
    seen
}

#[test]
fn replicas_read_disjoint_strided_shards() {
    let sizes = [10, 101, 333];
    let s = sampler(&sizes, 1.0, 16, 3, 7);
    let sets: Vec<_> = (0..3).map(|r| epoch_examples(&s, r)).collect();
    for a in 0..3 {
        for b in a + 1..3 {
            assert!(
                sets[a].is_disjoint(&sets[b]),
                "replicas {a} and {b} share examples"
            );
        }
    }
    // Each shard is floor(n/R) distinct examples; together they cover floor(n/R)·R.
    let mut its: Vec<_> = (0..3).map(|r| s.iter(r).unwrap()).collect();
    for (task, &n) in sizes.iter().enumerate() {
        let mut all = HashSet::new();
        for it in &mut its {
            let shard = it.shard(task).to_vec();
            assert_eq!(shard.len(), n / 3);
            assert!(shard.iter().all(|&e| e < n));
            all.extend(shard);
        }
        assert_eq!(all.len(), (n / 3) * 3, "task {task}");
    }
}

#[test]
fn random_configurations_agree_and_stay_disjoint() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(2024);
    for case in 0..40 {
        let k = rng.random_range(1..5);
        let replicas = rng.random_range(1..6);
        let sizes: Vec<usize> = (0..k).map(|_| rng.random_range(replicas..400)).collect();
        let t = [1.0, 2.0, 10.0][rng.random_range(0..3)];
        let batch = rng.random_range(1..9);
        let seed = rng.random();
        let s = sampler(&sizes, t, batch, replicas, seed);
        let st = streams(&s, 150);
        for step in 0..150 {
            let task = st[0][step].task;
            let mut seen = HashSet::new();
            for (r, stream) in st.iter().enumerate() {
                let d = &stream[step];
                assert_eq!(d.task, task, "case {case} step {step} replica {r}");
                assert_eq!(d.examples.len(), batch);
                for &e in &d.examples {
                    assert!(e < sizes[task]);
                    seen.insert((r, e));
                }
            }
            // Shards are disjoint: an example id is on one replica only.
            let per_id: HashSet<_> = seen.iter().map(|&(_, e)| e).collect();
            for e in per_id {
                let owners: HashSet<_> = seen.iter().filter(|x| x.1 == e).map(|x| x.0).collect();
                assert_eq!(
                    owners.len(),
                    1,
                    "case {case}: example {e} on replicas {owners:?}"
                );
            }
        }
    }
}

#[test]
fn probabilities_follow_the_temperature_formula() {
    let sizes = [100usize, 1_000, 5_000];
    let n: f64 = sizes.iter().map(|&x| x as f64).sum();
    for t in [1.0, 2.0, 10.0] {
        let w: Vec<f64> = sizes
            .iter()
            .map(|&x| (x as f64 / n).powf(1.0 / t))
            .collect();
        let z: f64 = w.iter().sum();
        let p = task_probabilities(&sizes, t);
        for i in 0..3 {
            assert!((p[i] - w[i] / z).abs() < 1e-12);
        }
    }
    // T = 1 is proportional to size; a huge T is uniform.
    let p1 = task_probabilities(&sizes, 1.0);
    assert!((p1[0] - 100.0 / n).abs() < 1e-12);
    let pu = task_probabilities(&sizes, 1e9);
    assert!(pu.iter().all(|&p| (p - 1.0 / 3.0).abs() < 1e-6));
}

#[test]
fn task_frequencies_match_probabilities_for_t_1_2_10() {
    let sizes = [100usize, 1_000, 5_000];
    let draws = 40_000;
    for t in [1.0, 2.0, 10.0] {
        let s = sampler(&sizes, t, 1, 1, 11);
        let mut counts = [0usize; 3];
        for d in s.iter(0).unwrap().take(draws) {
            counts[d.task] += 1;
        }
        for (i, &p) in s.probabilities().iter().enumerate() {
            let f = counts[i] as f64 / draws as f64;
            // Five standard deviations of a binomial proportion.
            let tol = 5.0 * (p * (1.0 - p) / draws as f64).sqrt();
            assert!(
                (f - p).abs() < tol,
                "T={t} task {i}: frequency {f} vs p {p} (tol {tol})"
            );
        }
    }
}

#[test]
fn same_seed_same_stream_other_seed_other_stream() {
    let a = streams(&sampler(&[50, 60], 1.0, 4, 2, 3), 300);
    let b = streams(&sampler(&[50, 60], 1.0, 4, 2, 3), 300);
    let c = streams(&sampler(&[50, 60], 1.0, 4, 2, 4), 300);
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn a_restored_iterator_yields_the_identical_stream() {
    let s = sampler(&[37, 500, 91], 2.0, 5, 3, 99);
    let per_epoch = s.batches_per_epoch();
    for replica in 0..3 {
        for k in [
            0,
            1,
            17,
            per_epoch - 1,
            per_epoch,
            per_epoch + 3,
            3 * per_epoch,
        ] {
            let mut it = s.iter(replica).unwrap();
            for _ in 0..k {
                it.next();
            }
            let saved = serde_json::to_string(&it.state()).unwrap();
            let expected: Vec<Draw> = it.take(2 * per_epoch + 5).collect();
            let state: SamplerState = serde_json::from_str(&saved).unwrap();
            let resumed: Vec<Draw> = s
                .restore(replica, &state)
                .unwrap()
                .take(2 * per_epoch + 5)
                .collect();
            assert_eq!(
                resumed, expected,
                "replica {replica}, restored after {k} steps ({saved})"
            );
        }
    }
}

#[test]
fn bad_configurations_are_errors() {
    let mk = |sizes: Vec<usize>, t: f64, b: usize, r: usize| {
        MultiTaskSampler::new(SamplerConfig {
            sizes,
            temperature: t,
            batch_size: b,
            replicas: r,
            seed: 0,
        })
    };
    assert!(mk(vec![], 1.0, 1, 1).is_err());
    assert!(mk(vec![10], 0.0, 1, 1).is_err());
    assert!(mk(vec![10], 1.0, 0, 1).is_err());
    let e = mk(vec![10, 3], 1.0, 2, 4).unwrap_err().to_string();
    assert!(e.contains("fewer than the 4 replicas"), "{e}");
    let s = sampler(&[10], 1.0, 2, 2, 0);
    assert!(s.iter(2).is_err());
}
