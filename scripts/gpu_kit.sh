#!/usr/bin/env bash
# Packs what `scripts/bench_gpu.sh` needs on an accelerator machine that has
# no network and no Rust toolchain: a stripped release build of ruse and the
# fetched tokenizer and task data (the ruse cache's tokenizer/ and data/).
# Usage: scripts/gpu_kit.sh [DIR]   (default: kit/, which git ignores; about 25 MB)
# Then copy the repository with DIR to the machine and run scripts/bench_gpu.sh
# there: it finds DIR/ruse and DIR/cache by itself. The plugin is not packed:
# the machine's own Python environment provides it (jax-cuda13-pjrt, libtpu).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DIR="${1:-kit}"
RUSE_CACHE="${RUSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ruse}"

bash scripts/setup.sh >/dev/null
cargo build --release --quiet
rm -rf "$DIR"
mkdir -p "$DIR/cache"
cp target/release/ruse "$DIR/ruse"
strip "$DIR/ruse" 2>/dev/null || echo "gpu_kit: strip not found; the binary keeps its debug info" >&2
for part in tokenizer data; do
    [ -d "$RUSE_CACHE/$part" ] || { echo "gpu_kit: $RUSE_CACHE/$part is missing (run scripts/setup.sh)" >&2; exit 1; }
    cp -r "$RUSE_CACHE/$part" "$DIR/cache/$part"
done
echo "gpu_kit: $(du -sh "$DIR" | cut -f1) in $DIR/ (ruse $(./"$DIR"/ruse --version | cut -d' ' -f2), glibc $(ldd --version | head -1 | awk '{print $NF}') or newer needed)"
