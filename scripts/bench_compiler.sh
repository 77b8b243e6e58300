#!/usr/bin/env bash
# Compiler-core benchmark: build + vjp + emit at ~5k, 10k, 20k nodes; the
# emit/5k column should track the node-count ratio (linear emission).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
cargo bench --bench graph
