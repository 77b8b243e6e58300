#!/usr/bin/env bash
# README command 1: set-up (idempotent), a release build, then the main job on
# the embedded default (configs/default.json): multi-task training of a small
# T5 from scratch on the fetched real tasks, with evaluations, checkpoints,
# final validation and test results, and plots, in outputs/default/.
# Run again after an interruption and it resumes from the newest checkpoint;
# delete outputs/default (or pass --set overwrite_output_dir=true) to start over.
# Extra arguments go to `ruse train` (e.g. --replicas 2, --set max_steps=100).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
cargo build --release
./target/release/ruse train configs/default.json --device cpu "$@"
