#!/usr/bin/env bash
# Regenerates hlo/ with `ruse compile` for the example configs, to be reviewed
# as diffs when the compiler or the model changes:
# - configs/default.json: every program's StableHLO, XLA's HLO before and after
#   optimisation, and the summary (the tasks' data is read for their decode lengths);
# - configs/ruse_example.json, hyperformer_t5_base.json, hyperformer_pp_t5_base.json:
#   the summary of the first task only (their GLUE data is not fetched, so the decode
#   length is given; their programs are tens of MB of text, and every task's programs
#   have the same shapes).
#   The two t5-base configs ask for bf16 (they are GPU/TPU settings); on the CPU plugin
#   bf16 is emulated and the hyperformer step then takes over 10 minutes to compile, so
#   their summaries here are of the f32 programs (--set bf16=false): same graph, same
#   parameter counts and FLOPs, f32 compute.
# Compile times in the summaries vary from run to run; everything else is deterministic.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh >/dev/null
cargo build --release --quiet
ruse=./target/release/ruse
$ruse compile configs/default.json --out hlo
$ruse compile configs/ruse_example.json --out hlo --summary-only --target-len 3 --task rte
for c in hyperformer_t5_base hyperformer_pp_t5_base; do
    $ruse compile "configs/$c.json" --out hlo --summary-only --target-len 3 --task rte --set bf16=false
done
# The t5-base configs as they are meant to run, in bf16 on one H100, compiled
# without a GPU by the GPU plugin (scripts/setup_gpu_aot.sh).
bash scripts/setup_gpu_aot.sh
for c in hyperformer_t5_base hyperformer_pp_t5_base; do
    $ruse compile "configs/$c.json" --out hlo/h100 --summary-only --target-len 3 --task rte \
        --device gpu --gpu-target configs/gpu_targets/h100_sxm.txtpb
done
