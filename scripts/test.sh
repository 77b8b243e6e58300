#!/usr/bin/env bash
# Set-up (idempotent) and the whole test suite: formatting, lints, and every
# test on the real XLA CPU plugin. `.ci/run` runs exactly this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
# The GPU plugin and CUDA compiler pieces for tests/gpu_aot.rs (deviceless H100 compilation).
bash scripts/setup_gpu_aot.sh
# The plugin logs through absl; keep test output readable.
export TF_CPP_MIN_LOG_LEVEL="${TF_CPP_MIN_LOG_LEVEL:-1}"

echo "== cargo fmt --check"
cargo fmt --check
echo "== cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --release -- -D warnings
echo "== cargo test --release"
cargo test --release
