#!/usr/bin/env bash
# Weight loading and saving benchmark (benches/load.rs): a t5-base-size checkpoint (HF
# save_pretrained of a randomly initialised t5-base config, about 900 MB, written once
# by the PyTorch venv of scripts/torch_env.sh into $RUSE_CACHE/bench-load, never into
# the repository) loaded from a file read whole against the same file mapped, as
# pytorch_model.bin and as model.safetensors, the .bin's tensor names from the whole
# archive against its directory and pickle alone, and the tensors saved as safetensors
# from one buffer against streamed (written next to the checkpoint, then removed; about
# 0.9 GB of free disk). Each measurement runs in a process of
# its own; prints medians, the ratios and the resident memory. RUSE_BENCH_REPS (default
# 3) rounds. About 1 minute on 2 cores once the checkpoint exists (writing it: about 1
# minute).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUSE_CACHE="${RUSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ruse}"
OUT="$RUSE_CACHE/bench-load"

bash scripts/setup.sh >/dev/null
if [ ! -f "$OUT/bin/pytorch_model.bin" ] || [ ! -f "$OUT/safetensors/model.safetensors" ]; then
    VENV="$(bash scripts/torch_env.sh)"
    echo "bench_load: writing a random t5-base checkpoint into $OUT" >&2
    rm -rf "$OUT"
    "$VENV/bin/python" - "$OUT" <<'PY'
import sys
import torch
from transformers import T5Config, T5ForConditionalGeneration

out = sys.argv[1]
torch.manual_seed(0)
# t5-base's architecture (T5 v1.0: tied embeddings, ReLU feed-forward)
cfg = T5Config(vocab_size=32128, d_model=768, d_kv=64, d_ff=3072, num_layers=12,
               num_heads=12, feed_forward_proj="relu", tie_word_embeddings=True)
model = T5ForConditionalGeneration(cfg)
model.save_pretrained(f"{out}/bin", safe_serialization=False)
model.save_pretrained(f"{out}/safetensors", safe_serialization=True)
PY
fi
echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(date -u +%Y-%m-%d)"
cargo bench --bench load -- "$OUT/bin" "$OUT/safetensors"
