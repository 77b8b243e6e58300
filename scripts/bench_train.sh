#!/usr/bin/env bash
# Training-step benchmark: t5-small-shape adapter training (batch 32, source 128, target 8,
# dropout 0.1, AdamW over the adapters, clipping 1.0) in ruse (compiled through XLA, CPU plugin,
# 1 device x 32 and 2 devices x 16 = 32 examples per step) and in PyTorch eager (HF transformers,
# same shapes, torch.set_num_threads(nproc)), in one run; prints a table with the ruse/PyTorch
# ratio of examples/s, each side's GFLOP/s of matrix products against the machine's f32 FMA peak
# (measured by scripts/fma_peak.c before and after the steps, the better of the two), and each
# side's peak RSS (ruse: per configuration, compile included; PyTorch: the process).
#
# Environment:
#   RUSE_BENCH_CONFIGS   ruse configurations, REPLICASxBATCH_PER_REPLICA (default 1x32,2x16;
#                        add 2x32 for 64 examples per step, about 4 more minutes on 2 cores)
#   RUSE_BENCH_STEPS     measured steps per configuration (default 10)
#   RUSE_BENCH_WARMUP    warm-up steps per configuration, not timed (default 2)
#   RUSE_BENCH_FORWARD=1 also time ruse's forward-only and forward+gradients programs
#   RUSE_BENCH_PRODUCTS=1  also time every distinct matrix product of the 1 x 32 step alone and
#                        add them up (what the products cost at their standalone speed; ~20 s),
#                        and the same products in PyTorch eager (scripts/bench_products_torch.py)
#   RUSE_BENCH_DROPOUT   ruse's dropout rate instead of 0.1 (the PyTorch side keeps 0.1)
#   RUSE_BENCH_HOST_CACHE_AB=1  also run 1 x 32 once more, alternating its measured steps between
#                        the host-block cache on and off (src/runtime/host_cache.rs), and print
#                        both means with the off/on ratio (about 1 more minute on 2 cores)
#   RUSE_HOST_CACHE=0    run every ruse configuration with the host-block cache off
#   RUSE_BENCH_HOST_DOTS which products of every ruse configuration (and of the products alone)
#                        ruse's own product kernel takes (config key host_matmul_kernel,
#                        src/runtime/host_dot.rs): auto (the default, as ruse train: the large
#                        batched ones), 1 (host_matmul_kernel: true) or 0 (none, XLA's only)
#   RUSE_BENCH_HOST_DOTS_AB=1  also run 1 x 32 (and 2 x 16 when it is among the configurations)
#                        once more, alternating its measured steps between the step compiled with
#                        the kernel (as RUSE_BENCH_HOST_DOTS selects) and without it, and print
#                        both means with the ratio
#   BENCH_THREADS        torch threads (default: nproc)
# Configurations with more than one device run in a second process with
# XLA_FLAGS+=--xla_cpu_use_xnnpack=false: with XNNPACK fusions a replica waiting in the
# gradient all-reduce holds an intra-op pool thread that the other replica's XNNPACK thunk
# needs, and on 2 cores the step deadlocks until XLA aborts (40 s rendezvous timeout).
# On a 2-core machine the default run takes about 8 minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
VENV="$(bash scripts/torch_env.sh)"
cargo bench --bench train_step --no-run
PEAK_BIN="target/fma_peak"
cc -O2 -march=native -pthread -o "$PEAK_BIN" scripts/fma_peak.c

STEPS="${RUSE_BENCH_STEPS:-10}"
WARMUP="${RUSE_BENCH_WARMUP:-2}"
THREADS="${BENCH_THREADS:-$(nproc)}"
export RUSE_BENCH_STEPS="$STEPS" RUSE_BENCH_WARMUP="$WARMUP"
CONFIGS="${RUSE_BENCH_CONFIGS:-1x32,2x16}"
AB="${RUSE_BENCH_HOST_CACHE_AB:-0}"
DOTS_AB="${RUSE_BENCH_HOST_DOTS_AB:-0}"
PRODUCTS="${RUSE_BENCH_PRODUCTS:-0}"
unset RUSE_BENCH_HOST_CACHE_AB RUSE_BENCH_HOST_DOTS_AB RUSE_BENCH_PRODUCTS
SINGLE="$(tr ',' '\n' <<<"$CONFIGS" | grep -E '^ *1x' | paste -sd, || true)"
MULTI="$(tr ',' '\n' <<<"$CONFIGS" | grep -vE '^ *1x' | grep . | paste -sd, || true)"
LOG="$(mktemp -t ruse-bench-train.XXXXXX)"
trap 'rm -f "$LOG"' EXIT

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(date -u +%Y-%m-%d)"
"$PEAK_BIN" | tee -a "$LOG"
if [ -n "$SINGLE" ]; then
    RUSE_BENCH_CONFIGS="$SINGLE" RUSE_BENCH_PRODUCTS="$PRODUCTS" cargo bench --bench train_step 2>&1 | tee -a "$LOG"
fi
if [ "$AB" = 1 ]; then
    RUSE_BENCH_CONFIGS=1x32 RUSE_BENCH_HOST_CACHE_AB=1 cargo bench --bench train_step 2>&1 | tee -a "$LOG"
fi
if [ -n "$MULTI" ]; then
    RUSE_BENCH_CONFIGS="$MULTI" RUSE_BENCH_FORWARD=0 XLA_FLAGS="${XLA_FLAGS:-} --xla_cpu_use_xnnpack=false" \
        cargo bench --bench train_step 2>&1 | tee -a "$LOG"
fi
if [ "$DOTS_AB" = 1 ]; then
    RUSE_BENCH_CONFIGS=1x32 RUSE_BENCH_FORWARD=0 RUSE_BENCH_HOST_DOTS_AB=1 \
        cargo bench --bench train_step 2>&1 | tee -a "$LOG"
    if tr ',' '\n' <<<"$CONFIGS" | grep -qx ' *2x16 *'; then
        RUSE_BENCH_CONFIGS=2x16 RUSE_BENCH_FORWARD=0 RUSE_BENCH_HOST_DOTS_AB=1 \
            XLA_FLAGS="${XLA_FLAGS:-} --xla_cpu_use_xnnpack=false" \
            cargo bench --bench train_step 2>&1 | tee -a "$LOG"
    fi
fi
# CUDA is never used; keep torch from probing for a GPU.
CUDA_VISIBLE_DEVICES="" "$VENV/bin/python" scripts/bench_train_torch.py \
    --steps "$STEPS" --warmup "$WARMUP" --threads "$THREADS" 2>&1 | tee -a "$LOG"
if [ "$PRODUCTS" = 1 ]; then
    # It reads the whole log before it prints anything, so it can append to it.
    CUDA_VISIBLE_DEVICES="" "$VENV/bin/python" scripts/bench_products_torch.py "$LOG" \
        --threads "$THREADS" 2>&1 | tee -a "$LOG"
fi
"$PEAK_BIN" | tee -a "$LOG"

python3 - "$LOG" <<'EOF'
import sys

rows = []
for line in open(sys.argv[1]):
    if line.startswith("RESULT "):
        rows.append(dict(kv.split("=", 1) for kv in line.split()[1:]))
torch = [r for r in rows if r["side"] == "torch" and "part" not in r]
torch_products = [r for r in rows if r["side"] == "torch" and r.get("part") == "products"]
ruse = [r for r in rows if r["side"] == "ruse" and "part" not in r and "ab" not in r
        and r.get("host_cache") != "ab" and not r.get("host_dots", "").startswith("ab")]
ab = [r for r in rows if r.get("ab") == "host_cache"]
dots_ab = [r for r in rows if r.get("ab") == "host_dots"]
parts = [r for r in rows if r["side"] == "ruse" and "part" in r and r["part"] != "products"]
products = [r for r in rows if r["side"] == "ruse" and r.get("part") == "products"]
peaks = [float(r["gflops"]) for r in rows if r["side"] == "peak"]
if not torch or not ruse:
    sys.exit("bench_train: missing results (see the log above)")
t = torch[0]
t_eps = float(t["examples_per_s"])
f = lambda x: f"{float(x):.2f}"
peak = max(peaks) if peaks else None
# Both sides run the same matrix products: GFLOP per example from ruse's graph.
per_example = float(ruse[0]["gflop"]) / float(ruse[0]["total"])


def rate(examples_per_s):
    g = examples_per_s * per_example
    return f"{g:.0f} | {100 * g / peak:.0f}%" if peak else f"{g:.0f} | ?"


print()
print("| side | devices x batch | examples/step | XNNPACK | compile s | first step s | step s (mean) | step s (median) "
      "| examples/s | ruse / PyTorch | GFLOP/s | of FMA peak | peak RSS MiB | page faults/step |")
print("| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for r in ruse:
    eps = float(r["examples_per_s"])
    print(f"| ruse (XLA CPU) | {r['replicas']} x {r['batch']} | {r['total']} | {r['xnnpack']} | {f(r['compile_s'])} | "
          f"{f(r['first_step_s'])} | {f(r['mean_s'])} | {f(r['median_s'])} | {eps:.2f} | {eps / t_eps:.2f}x | "
          f"{rate(eps)} | {r.get('peak_rss_mib', '?')} | {r.get('faults_per_step', '?')} |")
print(f"| PyTorch eager ({t['threads']} threads) | 1 x {t['batch']} | {t['batch']} | - | - | {f(t['first_step_s'])} | "
      f"{f(t['mean_s'])} | {f(t['median_s'])} | {t_eps:.2f} | 1.00x | {rate(t_eps)} | {t.get('peak_rss_mib', '?')} | "
      f"{t.get('faults_per_step', '?')} |")
if peak:
    # The products alone at the FMA peak: no step can be faster, whatever runs it.
    floor = per_example * int(t["batch"]) / peak
    print(f"f32 FMA peak {peak:.0f} GFLOP/s ({', '.join(f'{p:.0f}' for p in peaks)} measured): the products of a "
          f"{t['batch']}-example step take at least {floor:.2f} s, so no implementation can be more than "
          f"{float(t['mean_s']) / floor:.2f}x this PyTorch run on this machine")
for a in ab:
    print(f"host-block cache A/B, 1 x {a['batch']}, alternating steps in one process: on {f(a['on_mean_s'])} s "
          f"(median {f(a['on_median_s'])}, {a['on_faults']} faults/step), off {f(a['off_mean_s'])} s "
          f"(median {f(a['off_median_s'])}, {a['off_faults']} faults/step): off / on {float(a['speedup']):.2f}x")
for a in dots_ab:
    print(f"ruse's product kernel A/B, {a['replicas']} x {a['batch']}, alternating steps in one process: with it "
          f"{f(a['on_mean_s'])} s (median {f(a['on_median_s'])}), without {f(a['off_mean_s'])} s "
          f"(median {f(a['off_median_s'])}): without / with {float(a['speedup']):.3f}x")
for p in products:
    single = [r for r in ruse if r["replicas"] == "1" and r["batch"] == p["batch"]]
    sec, g = float(p["seconds"]), float(p["gflop"])
    line = (f"the step's {p['dots']} matrix products ({p['distinct']} distinct, {g:.1f} GFLOP), each timed alone: "
            f"{sec:.2f} s in all, {g / sec:.0f} GFLOP/s" + (f" ({100 * g / sec / peak:.0f}% of the FMA peak)" if peak else ""))
    if single:
        step = float(single[0]["median_s"])
        line += f", against the 1 x {p['batch']} step's median {step:.2f} s"
    print(line)
for tp in torch_products:
    sec, g = float(tp["seconds"]), float(tp["gflop"])
    print(f"the same {tp['dots']} products in PyTorch eager ({tp['threads']} threads), each timed alone: "
          f"{sec:.2f} s in all, {g / sec:.0f} GFLOP/s; ruse's {float(tp['ruse_seconds']):.2f} s / PyTorch's "
          f"{sec:.2f} s = {float(tp['ruse_seconds']) / sec:.2f}x (per product: the lines above the table)")
for p in parts:
    print(f"ruse {p['part']} only, 1 x {p['batch']} (XNNPACK {p['xnnpack']}): compile {f(p['compile_s'])} s, "
          f"mean {f(p['mean_s'])} s, median {f(p['median_s'])} s")
EOF
