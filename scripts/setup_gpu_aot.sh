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
DIR="$RUSE_CACHE/gpu-aot"
REQ="$ROOT/scripts/requirements-gpu-aot.txt"

say() { printf 'setup_gpu_aot: %s\n' "$*" >&2; }
die() { printf 'setup_gpu_aot: error: %s\n' "$*" >&2; exit 1; }

stamp="$DIR/.ruse-requirements.sha256"
want="$(sha256sum "$REQ" | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
    [ -f "$DIR/jax_plugins/xla_cuda13/xla_cuda_plugin.so" ] &&
    [ -x "$DIR/nvidia/cu13/bin/ptxas" ] &&
    [ -f "$DIR/nvidia/cu13/nvvm/libdevice/libdevice.10.bc" ]; then
    say "ready ($DIR)"
    exit 0
fi
command -v python3 >/dev/null 2>&1 || die "python3 with pip is needed"
say "installing the GPU plugin, ptxas and libdevice into $DIR (about 240 MB)"
tmp="$DIR.tmp.$$"
rm -rf "$tmp"
mkdir -p "$RUSE_CACHE"
PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --no-deps --only-binary=:all: --require-hashes \
    --target "$tmp" -r "$REQ" || { rm -rf "$tmp"; die "pip could not install $REQ"; }
[ -f "$tmp/nvidia/cu13/nvvm/libdevice/libdevice.10.bc" ] && [ -x "$tmp/nvidia/cu13/bin/ptxas" ] ||
    { rm -rf "$tmp"; die "the installed wheels lack ptxas or libdevice under nvidia/cu13"; }
echo "$want" >"$tmp/.ruse-requirements.sha256"
rm -rf "$DIR"
mv "$tmp" "$DIR"
say "ready ($DIR)"
