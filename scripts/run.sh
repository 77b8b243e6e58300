#!/usr/bin/env bash
# README command 1: set-up (idempotent), a release build, then the main job on
# the embedded default (configs/default.json): multi-task training of a small
# T5 from scratch on the fetched real tasks, with evaluations, checkpoints,
# final validation and test results, and plots, in outputs/default/.
# Run again after an interruption and it resumes from the newest checkpoint;
# delete outputs/default (or pass --set overwrite_output_dir=true) to start over.
# Extra arguments go to `ruse train` (e.g. --replicas 2, --set max_steps=100).
# Compiled programs are kept in $RUSE_CACHE/compiled (RUSE_COMPILE_CACHE
# overrides it), so a second run loads them instead of compiling them again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh
cargo build --release
RUSE_CACHE="${RUSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ruse}"
export RUSE_COMPILE_CACHE="${RUSE_COMPILE_CACHE:-$RUSE_CACHE/compiled}"
./target/release/ruse train configs/default.json --device cpu "$@"
