#!/usr/bin/env bash
# Set-up (idempotent), a release build, and the main job on the embedded
# default. For now the main job is `ruse devices`: it loads the CPU plugin
# and lists the devices ruse will run on.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
cargo build --release
./target/release/ruse devices --device cpu --replicas "${RUSE_REPLICAS:-2}" "$@"
