#!/usr/bin/env bash
# Regenerates the PyTorch / HF transformers reference fixtures in tests/fixtures/t5/.
# Sets up (once) the pinned venv with scripts/torch_env.sh, then runs scripts/t5_fixtures.py
# with it. Extra arguments go to the script (e.g. a subset of cases, or --out DIR).
# Runs on CPU only; deterministic on one machine (re-running rewrites byte-identical files; another CPU can
# differ in the last float32 bits, so regenerate only the cases that change).
# The ruse_written_v1_* cases read config.json + model.safetensors that ruse wrote (bless them with
# RUSE_BLESS=1 cargo test --release --test t5_parity transformers_loads) and never overwrite them.
# The train_* cases (3 training steps (AdamW or Adafactor)) read the weights of their base case's folder, so run them after
# (or together with) their base case: the default run does every parity case, then every train_* case.
# The generate_* cases (HF greedy and beam generate) read t5_v1_0 / t5_v1_1 and run last;
# generate_v1_0 writes its own derived model (eos row raised so that some rows stop early).
# The torch_bin_* cases (pytorch_model.bin written by torch.save / save_pretrained(safe_serialization=False))
# read t5_v1_0 / t5_v1_1 too and run after them; hyperformer_saved_* read their base adapter cases, and
# legacy_bias_v1_0 reads generate_v1_0's model, so they run last as well.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$("$ROOT/scripts/torch_env.sh")"
# CUDA is never used; keep torch from probing for a GPU.
export CUDA_VISIBLE_DEVICES=""
exec "$VENV/bin/python" "$ROOT/scripts/t5_fixtures.py" "$@"
