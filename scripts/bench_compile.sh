#!/usr/bin/env bash
# Compile-time and memory benchmark: `ruse compile --summary-only` of one task's
# adapter training step (batch 32, lengths 128/8, 1 device) plus its generation
# programs, for t5-small and t5-base (random init, no data read), in one run.
# Prints, per model: graph nodes, compile time of each program, XLA's compiled
# memory statistics (arguments, temporaries), the process's peak RSS, and the
# t5-base / t5-small ratios. Target: the t5-base adapter step compiles in under 60 s.
# Then, per model, two one-update `ruse train` runs of the same step on trec with
# one compile cache directory: the first compiles the step, the second loads it;
# prints both times and their ratio.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh >/dev/null
cargo build --release --quiet
WORK="$(mktemp -d -t ruse-bench-compile.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(date -u +%Y-%m-%d)"
for model in t5-small t5-base; do
    cat >"$WORK/$model.json" <<JSON
{"model_name_or_path": "$model", "not_load_t5_checkpoint": true, "tasks": ["trec"],
 "train_adapters": true, "reduction_factor": 32, "non_linearity": "relu",
 "per_device_train_batch_size": 32, "per_device_eval_batch_size": 32,
 "max_source_length": 128, "max_target_length": 8, "max_steps": 1000}
JSON
    /usr/bin/time -f "%M" -o "$WORK/$model.rss" \
        ./target/release/ruse compile "$WORK/$model.json" --out "$WORK/out" --summary-only --target-len 8 \
        2> >(grep -v '^I0000\|^WARNING' >&2)
done

python3 - "$WORK" <<'PY'
import json, sys, os
work = sys.argv[1]
rows = {}
for model in ["t5-small", "t5-base"]:
    s = json.load(open(os.path.join(work, "out", model, "summary.json")))[0]
    rss = int(open(os.path.join(work, f"{model}.rss")).read().split()[-1]) / 1024
    rows[model] = (s, rss)
mib = lambda b: b / 2**20
print()
print("| model | program | nodes | GFLOP | compile s | arguments MiB | temp MiB | process peak RSS MiB |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for model, (s, rss) in rows.items():
    for p in s["programs"]:
        print(f"| {model} | `{p['program']}` | {p['nodes']} | {p['matmul_gflop']:.1f} | {p['compile_seconds']:.1f} | "
              f"{mib(p['argument_bytes']):.0f} | {mib(p['temp_bytes']):.0f} | {rss:.0f} |")
small, base = rows["t5-small"][0]["programs"][0], rows["t5-base"][0]["programs"][0]
print()
print(f"train step, t5-base / t5-small: nodes {base['nodes'] / small['nodes']:.2f}x, "
      f"compile time {base['compile_seconds'] / small['compile_seconds']:.2f}x, "
      f"temp memory {base['temp_bytes'] / max(small['temp_bytes'], 1):.2f}x, "
      f"peak RSS {rows['t5-base'][1] / rows['t5-small'][1]:.2f}x")
verdict = "meets" if base["compile_seconds"] < 60 else "MISSES"
print(f"t5-base adapter step compile: {base['compile_seconds']:.1f} s ({verdict} the 60 s target)")
PY

echo
echo "| model | step compiled s | step loaded from the compile cache s | compiled / loaded | cache MB |"
echo "| --- | ---: | ---: | ---: | ---: |"
for model in t5-small t5-base; do
    for i in 1 2; do
        ./target/release/ruse train "$WORK/$model.json" --compile-cache "$WORK/cache-$model" \
            --set "output_dir=$WORK/train-$model-$i" --set max_steps=1 --set evaluation_strategy=no \
            --set do_eval=false --set do_test=false --set save_steps=0 --set load_best_model_at_end=false \
            >"$WORK/train-$model-$i.log" 2>&1 || { cat "$WORK/train-$model-$i.log" >&2; exit 1; }
    done
    grep -q '^loaded the trec step from the compile cache' "$WORK/train-$model-2.log" ||
        { echo "bench_compile: the second $model run did not load its step:" >&2; cat "$WORK/train-$model-2.log" >&2; exit 1; }
    python3 - "$WORK" "$model" "$(du -m "$WORK/cache-$model" | cut -f1)" <<'PY'
import json, os, sys
work, model, mb = sys.argv[1:4]
first = lambda i: json.loads(open(os.path.join(work, f"train-{model}-{i}", "train_log.jsonl")).readline())
c, l = first(1)["compile_seconds"], first(2)["compile_seconds"]
print(f"| {model} | {c:.1f} | {l:.2f} | {c / l:.0f}x | {mb} |")
PY
done
