#!/usr/bin/env bash
# Every benchmark figure of the README's benchmark table, in one run:
#   1. the training step against PyTorch eager (scripts/bench_train.sh): t5-small-shape
#      adapter training at 32 examples per step on 1 x 32, 2 x 16 and 4 x 8 CPU virtual
#      devices (scaling over 1, 2, 4 devices at a fixed global batch), and the same step in
#      HF transformers + the reference's adapters, with the ruse / PyTorch ratio, and an A/B
#      of the host-block cache (RUSE_BENCH_HOST_CACHE_AB=0 skips it), the machine's measured
#      f32 FMA peak (scripts/fma_peak.c), every product of the step timed alone
#      (RUSE_BENCH_PRODUCTS=0 skips them) and an A/B of ruse's own product kernel,
#      host_matmul_kernel ("auto", the default, against none; RUSE_BENCH_HOST_DOTS=1 for
#      true), at 1 x 32 and 2 x 16 (RUSE_BENCH_HOST_DOTS_AB=0 skips it);
#   2. compile time and memory (scripts/bench_compile.sh): the t5-small and t5-base adapter
#      steps and generation programs, XLA's compiled memory statistics, peak RSS;
#   3. an evaluation with generation and its loss (scripts/bench_eval.sh): before and after
#      the encoder ran once per batch and the few-row products weight first;
#   4. weight loading and saving (scripts/bench_load.sh): a t5-base-size checkpoint read
#      whole against mapped, a pytorch_model.bin's names without its tensors, and a save
#      from one buffer against streamed.
# Extra environment (RUSE_BENCH_STEPS, RUSE_BENCH_WARMUP, BENCH_THREADS) goes to
# bench_train.sh; RUSE_BENCH_CONFIGS overrides the device configurations.
# On a 2-core machine it takes about 15 minutes (plus the one-time PyTorch venv).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export RUSE_BENCH_CONFIGS="${RUSE_BENCH_CONFIGS:-1x32,2x16,4x8}"
export RUSE_BENCH_HOST_CACHE_AB="${RUSE_BENCH_HOST_CACHE_AB:-1}"
export RUSE_BENCH_PRODUCTS="${RUSE_BENCH_PRODUCTS:-1}"
export RUSE_BENCH_HOST_DOTS_AB="${RUSE_BENCH_HOST_DOTS_AB:-1}"
echo "==== training step: ruse vs PyTorch eager, scaling over devices ($RUSE_BENCH_CONFIGS)"
bash scripts/bench_train.sh
echo
echo "==== compile time and memory"
bash scripts/bench_compile.sh
echo
echo "==== evaluation: generation and its loss"
bash scripts/bench_eval.sh
echo
echo "==== weight loading and saving"
bash scripts/bench_load.sh
