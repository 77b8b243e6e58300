#!/usr/bin/env bash
# Regenerates tests/fixtures/data_reference.json with the reference libraries
# (sentencepiece, tokenizers, scikit-learn, scipy, sacrebleu; pinned below),
# installed into a virtual environment under $RUSE_CACHE. Not part of the
# set-up or the tests: run it by hand when a case changes, and commit the JSON.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUSE_CACHE="${RUSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ruse}"
VENV="$RUSE_CACHE/fixtures-venv"
bash "$ROOT/scripts/fetch_data.sh"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet sentencepiece==0.2.3 tokenizers==0.23.3 numpy==2.4.6 scipy==1.17.1 \
    scikit-learn==1.9.1 sacrebleu==2.6.0
"$VENV/bin/python" "$ROOT/scripts/make_data_fixtures.py" "$RUSE_CACHE/tokenizer/t5" \
    "$ROOT/tests/fixtures/data_reference.json"
