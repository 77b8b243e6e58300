#!/usr/bin/env bash
# Accelerator benchmark, README "GPU": on a machine with a GPU (or TPU) and its
# PJRT plugin, in bf16,
#   1. the t5-base hyperformer++ setting (configs/hyperformer_pp_t5_base.json,
#      random init, on the fetched tasks trec, movie_sentiment, sms_spam instead
#      of GLUE, which no registry ships) for RUSE_BENCH_STEPS updates at each
#      per-device batch of RUSE_BENCH_BATCHES;
#   2. the embedded default (configs/default.json) end to end, with its
#      evaluations and test results;
# then a table of step time, examples/s, matmul TFLOP/s and MFU per run, from
# each run's throughput.json (the MFU against the device's dense bf16 peak).
#
# Usage: scripts/bench_gpu.sh [WORK_DIR]   (default outputs/bench-gpu)
# ruse: RUSE_BIN, else kit/ruse (scripts/gpu_kit.sh) unless target/release/ruse is newer,
# else a release build here.
# Data: RUSE_CACHE, else kit/cache when there is one, else the usual cache.
# Knobs: RUSE_BENCH_DEVICE (gpu), RUSE_BENCH_BATCHES ("32 128"), RUSE_BENCH_STEPS
# (50), RUSE_BENCH_BASE_MODEL (t5-base), RUSE_BENCH_BF16 (true),
# RUSE_BENCH_DEFAULT (1: run step 2), RUSE_BENCH_DEFAULT_STEPS (the config's),
# RUSE_BENCH_COMPILE (0; 1: also `ruse compile` the trec step, its memory statistics
# in compile.log and its StableHLO and optimised HLO in compile-hlo.tar.gz),
# RUSE_BENCH_LIMIT (seconds per run, 240).
# Compiled programs are kept in RUSE_COMPILE_CACHE (default WORK_DIR/compiled), so
# that running the script again on the same machine (after a run hit the limit)
# loads them instead of compiling again; its "compile" column is then load time.
# A CPU dry run of the script:
#   RUSE_CACHE=~/.cache/ruse RUSE_BENCH_DEVICE=cpu RUSE_BENCH_BASE_MODEL=t5-small RUSE_BENCH_BF16=false \
#   RUSE_BENCH_BATCHES=4 RUSE_BENCH_STEPS=4 RUSE_BENCH_DEFAULT_STEPS=40 scripts/bench_gpu.sh
# Writes WORK_DIR/summary.md and summary.json and each run's log beside them.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

WORK="${1:-outputs/bench-gpu}"
DEVICE="${RUSE_BENCH_DEVICE:-gpu}"
BATCHES="${RUSE_BENCH_BATCHES:-32 128}"
STEPS="${RUSE_BENCH_STEPS:-50}"
BASE="${RUSE_BENCH_BASE_MODEL:-t5-base}"
BF16="${RUSE_BENCH_BF16:-true}"
LIMIT="${RUSE_BENCH_LIMIT:-240}"

RUSE="${RUSE_BIN:-}"
if [ -z "$RUSE" ]; then
    # The kit's build where it is the newest (on the accelerator machine, which
    # has no target/), else a release build here.
    if [ -x kit/ruse ] && ! [ target/release/ruse -nt kit/ruse ]; then
        RUSE=kit/ruse
    else
        cargo build --release --quiet || exit 1
        RUSE=target/release/ruse
    fi
fi
echo "== ruse: $RUSE"
if [ -z "${RUSE_CACHE:-}" ] && [ -d kit/cache ]; then
    export RUSE_CACHE="$PWD/kit/cache"
fi
mkdir -p "$WORK"
rm -f "$WORK"/*.log "$WORK"/summary.*
export RUSE_COMPILE_CACHE="${RUSE_COMPILE_CACHE:-$WORK/compiled}"

echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || true
"$RUSE" devices --device "$DEVICE" 2>&1 | grep -v '^I0000\|^WARNING' | tee "$WORK/devices.log"
[ "${PIPESTATUS[0]}" = 0 ] || { echo "bench_gpu: no $DEVICE device or plugin (above)"; exit 1; }

runs=()
# run NAME CONFIG [ruse train arguments...]: one bounded training run.
run() {
    local name="$1" config="$2"
    shift 2
    echo "== $name"
    timeout "$LIMIT" "$RUSE" train "$config" --device "$DEVICE" \
        --set "output_dir=$WORK/$name" --set overwrite_output_dir=true "$@" 2>&1 |
        grep -v '^I0000\|^WARNING' | tee "$WORK/$name.log"
    local rc="${PIPESTATUS[0]}"
    [ "$rc" = 0 ] || echo "bench_gpu: $name ended with status $rc (124: over $LIMIT s)"
    runs+=("$name")
}

tasks='["trec","movie_sentiment","sms_spam"]'
# The hyperformer++ config on the fetched tasks, random init, in bf16 (or not).
hpp=(configs/hyperformer_pp_t5_base.json
    --set "model_name_or_path=$BASE" --set "tokenizer_name=$BASE" --set not_load_t5_checkpoint=true
    --set "tasks=$tasks" --set "eval_tasks=$tasks" --set data_dir=data --set "bf16=$BF16")
for batch in $BATCHES; do
    run "hpp-$BASE-b$batch" "${hpp[@]}" \
        --set "per_device_train_batch_size=$batch" --set "max_steps=$STEPS" \
        --set evaluation_strategy=no --set do_eval=false --set do_test=false \
        --set load_best_model_at_end=false --set save_steps=0 --set logging_steps=10
done
if [ "${RUSE_BENCH_COMPILE:-0}" = 1 ]; then
    # The trec step of the first batch size through `ruse compile`: XLA's compiled
    # memory statistics and its HLO after the GPU passes, packed as one file.
    batch="${BATCHES%% *}"
    echo "== compile (trec, batch $batch)"
    timeout "$LIMIT" "$RUSE" compile "${hpp[@]}" --device "$DEVICE" \
        --out "$WORK/compile" --task trec --set "per_device_train_batch_size=$batch" 2>&1 |
        grep -v '^I0000\|^WARNING' | tee "$WORK/compile.log"
    if [ -d "$WORK/compile/hyperformer_pp_t5_base" ]; then
        cat "$WORK/compile/hyperformer_pp_t5_base/summary.md" >>"$WORK/compile.log"
        tar -czf "$WORK/compile-hlo.tar.gz" -C "$WORK/compile" hyperformer_pp_t5_base
    fi
fi
if [ "${RUSE_BENCH_DEFAULT:-1}" = 1 ]; then
    steps=()
    [ -n "${RUSE_BENCH_DEFAULT_STEPS:-}" ] && steps=(--set "max_steps=$RUSE_BENCH_DEFAULT_STEPS")
    run default configs/default.json --set "bf16=$BF16" "${steps[@]}"
fi

python3 - "$WORK" "${runs[@]}" <<'PY'
import json, os, sys
work, runs = sys.argv[1], sys.argv[2:]
rows, table = [], []
for name in runs:
    path = os.path.join(work, name, "throughput.json")
    if not os.path.isfile(path):
        table.append(f"| {name} | no throughput.json: see {name}.log |" + " |" * 8)
        continue
    t = json.load(open(path))
    log = [json.loads(l) for l in open(os.path.join(work, name, "train_log.jsonl"))]
    compile_s = sum(r.get("compile_seconds") or 0 for r in log)
    mem = t.get("device_memory") or {}
    peak = mem.get("peak_bytes_in_use") or mem.get("bytes_in_use")
    cells = [name, t["device_kind"], str(t["steps"]), f"{t['median_step_seconds'] * 1e3:.1f} ms",
             f"{t['examples_per_s']:.0f}", f"{t['matmul_gflop_per_update']:.0f}", f"{t['tflops_per_device']:.2f}",
             f"{100 * t['mfu']:.1f}%" if t.get("mfu") is not None else "n/a",
             f"{compile_s:.1f} s", f"{peak / 2**30:.2f} GiB" if peak else "n/a"]
    table.append("| " + " | ".join(cells) + " |")
    rows.append(dict(run=name, compile_seconds=compile_s, **t))
head = ("| run | device | steps | median step | ex/s | GFLOP/update | TFLOP/s | MFU | compile | device memory peak |\n"
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
text = head + "\n" + "\n".join(table)
print(text)
open(os.path.join(work, "summary.md"), "w").write(text + "\n")
json.dump(rows, open(os.path.join(work, "summary.json"), "w"), indent=2)
PY
