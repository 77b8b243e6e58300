#!/usr/bin/env bash
# Evaluation benchmark (benches/eval.rs): one task's greedy evaluation with its loss,
# t5-small (random init) with adapters, batches of 8, source 128, on the CPU plugin,
# four ways in one process: the loss program and the generation apart with plain
# products (as before 2026-12-07), the same with few-row products weight first, ruse's
# one pass (the encode program also gives the loss) with XLA's products only, and what
# ruse runs now (that pass with the large batched products in ruse's kernel,
# host_matmul_kernel "auto"); prints each way's median time and its ratio to the first,
# and checks that all four give the same loss and tokens. RUSE_BENCH_EXAMPLES (default 64) and RUSE_BENCH_REPS (default 3) change the
# run. About 2 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh >/dev/null
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(date -u +%Y-%m-%d)"
cargo bench --bench eval 2> >(grep -v '^I0000\|^WARNING\|cpu_device_count' >&2)
