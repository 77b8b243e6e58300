//! The host side of a search: greedy and HF-semantics beam search over the
//! scores that the decode-step program returns for each example.

use super::{Generated, EOS_ID, START_ID};

/// One example's rows of a step's output: the best tokens (greedy) or the
/// log-probabilities `[beams, vocab]`.
pub struct StepScores<'a> {
    pub next: &'a [i32],
    pub scores: &'a [f32],
    pub vocab: usize,
}

/// The search state of one example.
pub trait Search {
    /// Takes one step's scores; returns each beam's next input token and the
    /// beam (of this example) whose cache it continues.
    fn advance(&mut self, step: &StepScores, position: usize, last: bool)
        -> (Vec<i32>, Vec<usize>);
    fn done(&self) -> bool;
    fn result(self: Box<Self>) -> Generated;
}

/// Greedy search: the best token at every step until `</s>`.
#[derive(Default)]
pub struct Greedy {
    ids: Vec<i32>,
    score: f64,
    finished: bool,
}

impl Search for Greedy {
    fn advance(
        &mut self,
        step: &StepScores,
        _position: usize,
        _last: bool,
    ) -> (Vec<i32>, Vec<usize>) {
        if !self.finished {
            let t = step.next[0];
            self.ids.push(t);
            self.score += step.scores[0] as f64;
            self.finished = t == EOS_ID;
        }
        (vec![*self.ids.last().unwrap_or(&START_ID)], vec![0])
    }

    fn done(&self) -> bool {
        self.finished
    }

    fn result(self: Box<Self>) -> Generated {
        Generated {
            ids: self.ids,
            score: self.score,
        }
    }
}

/// Beam search as HF transformers (4.57) does it with `early_stopping=False`:
/// each step takes the 2k best continuations of the k running beams; one
/// ending in `</s>` (or any at the last step) that ranks in the top k becomes
/// a finished hypothesis scored sum-of-log-probs / length^penalty (length =
/// generated tokens, `</s>` included), the k best finished are kept; the
/// next beams are the k best continuations not ending in `</s>`. The example
/// is done once it holds k finished hypotheses and the best running beam's
/// score / current length^penalty cannot beat the worst of them.
pub struct BeamSearch {
    k: usize,
    length_penalty: f64,
    /// Running beams: tokens and summed log-probability.
    running: Vec<(Vec<i32>, f64)>,
    finished: Vec<Generated>,
    is_done: bool,
}

impl BeamSearch {
    pub fn new(k: usize, length_penalty: f64) -> BeamSearch {
        // Only beam 0 is live at the first step (the beams start identical).
        let running = (0..k)
            .map(|j| (Vec::new(), if j == 0 { 0.0 } else { -1e9 }))
            .collect();
        BeamSearch {
            k,
            length_penalty,
            running,
            finished: Vec::new(),
            is_done: false,
        }
    }

    fn normalised(&self, sum: f64, len: usize) -> f64 {
        sum / (len as f64).powf(self.length_penalty)
    }

    fn add_finished(&mut self, ids: Vec<i32>, sum: f64) {
        let score = self.normalised(sum, ids.len());
        self.finished.push(Generated { ids, score });
        // Best first; stable, so earlier hypotheses win ties.
        self.finished.sort_by(|a, b| {
            b.score
                .partial_cmp(&a.score)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        self.finished.truncate(self.k);
    }
}

impl Search for BeamSearch {
    fn advance(
        &mut self,
        step: &StepScores,
        position: usize,
        last: bool,
    ) -> (Vec<i32>, Vec<usize>) {
        let (k, v) = (self.k, step.vocab);
        // The 2k best (beam, token) continuations.
        let mut cands: Vec<(f64, usize, i32)> = Vec::with_capacity(k * v);
        for j in 0..k {
            let base = self.running[j].1;
            for t in 0..v {
                cands.push((base + step.scores[j * v + t] as f64, j, t as i32));
            }
        }
        let top = (2 * k).min(cands.len());
        cands.select_nth_unstable_by(top - 1, |a, b| {
            b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal)
        });
        cands.truncate(top);
        cands.sort_by(|a, b| {
            b.0.partial_cmp(&a.0)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
        });
        if !self.is_done {
            for (rank, &(sum, j, t)) in cands.iter().enumerate() {
                if (t == EOS_ID || last) && rank < k {
                    let mut ids = self.running[j].0.clone();
                    ids.push(t);
                    self.add_finished(ids, sum);
                }
            }
        }
        let next: Vec<(f64, usize, i32)> = cands
            .iter()
            .filter(|c| c.2 != EOS_ID)
            .take(k)
            .copied()
            .collect();
        let mut running = Vec::with_capacity(k);
        let mut tokens = Vec::with_capacity(k);
        let mut sources = Vec::with_capacity(k);
        for j in 0..k {
            // Fewer than k non-eos continuations only happens with a tiny vocabulary.
            let (sum, src, t) = next.get(j).copied().unwrap_or((-1e9, 0, START_ID));
            let mut ids = self.running[src].0.clone();
            ids.push(t);
            running.push((ids, sum));
            tokens.push(t);
            sources.push(src);
        }
        self.running = running;
        if !self.is_done && self.finished.len() == self.k {
            let best_running = self.running[0].1;
            let worst = self.finished.last().map(|g| g.score).unwrap_or(f64::MIN);
            if self.normalised(best_running, position + 1) <= worst {
                self.is_done = true;
            }
        }
        if last {
            self.is_done = true;
        }
        (tokens, sources)
    }

    fn done(&self) -> bool {
        self.is_done
    }

    fn result(self: Box<Self>) -> Generated {
        self.finished.into_iter().next().unwrap_or(Generated {
            ids: Vec::new(),
            score: f64::NEG_INFINITY,
        })
    }
}
