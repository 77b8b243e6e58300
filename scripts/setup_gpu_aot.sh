#!/usr/bin/env bash
# One-time, idempotent set-up for deviceless GPU compilation
# (`ruse compile --device gpu --gpu-target FILE`) on a machine without a GPU:
# the wheels of scripts/requirements-gpu-aot.txt (about 240 MB, pinned by
# version and sha256) unpacked into $RUSE_CACHE/gpu-aot, a pip --target tree
# (jax_plugins/xla_cuda13/xla_cuda_plugin.so beside nvidia/cu13/{bin,nvvm}),
# which ruse's plugin discovery searches last. scripts/test.sh runs it, so
# that the tests compile ruse's programs for an H100 on every CI run.
# Running it again does nothing when everything is in place.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUSE_CACHE="${RUSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ruse}"

command -v python3 >/dev/null 2>&1 || { echo "setup: error: python3 with pip is needed" >&2; exit 1; }
bash "$ROOT/scripts/pip_tree.sh" "the GPU plugin, ptxas and libdevice (about 240 MB)" \
    "$ROOT/scripts/requirements-gpu-aot.txt" "$RUSE_CACHE/gpu-aot" \
    jax_plugins/xla_cuda13/xla_cuda_plugin.so nvidia/cu13/bin/ptxas nvidia/cu13/nvvm/libdevice/libdevice.10.bc
