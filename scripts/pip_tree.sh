#!/usr/bin/env bash
# Installs the wheels of a requirements file (versions and sha256 pinned) into
# DIR as one pip --target tree, once: DIR keeps a stamp of the file's sha256,
# and is replaced only by a complete install that has every FILE.
# Usage: scripts/pip_tree.sh WHAT REQUIREMENTS DIR FILE...
#   WHAT: what is installed, for the messages; FILE: paths relative to DIR.
# Used by scripts/setup.sh (the CPU plugin) and scripts/setup_gpu_aot.sh.
set -euo pipefail

what="$1" req="$2" dir="$3"
shift 3

die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }
has_files() {
    local root="$1" f
    shift
    for f in "$@"; do [ -e "$root/$f" ] || return 1; done
}

want="$(sha256sum "$req" | cut -d' ' -f1)"
stamp="$dir/.ruse-requirements.sha256"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && has_files "$dir" "$@"; then
    exit 0
fi
printf 'setup: installing %s into %s\n' "$what" "$dir" >&2
tmp="$dir.tmp.$$"
rm -rf "$tmp"
mkdir -p "$(dirname "$dir")"
PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --no-deps --only-binary=:all: --require-hashes \
    --target "$tmp" -r "$req" || { rm -rf "$tmp"; die "pip could not install $req"; }
has_files "$tmp" "$@" || { rm -rf "$tmp"; die "the wheels of $req lack one of: $*"; }
echo "$want" >"$tmp/.ruse-requirements.sha256"
rm -rf "$dir"
mv "$tmp" "$dir"
