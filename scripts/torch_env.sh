#!/usr/bin/env bash
# Idempotent set-up of the Python environment that writes the PyTorch / HF reference
# fixtures (scripts/t5_fixtures.py). Only scripts/fixtures.sh needs it: building and
# testing ruse does not.
#
# Creates a venv at ${RUSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ruse}/torch-venv and
# installs the pinned packages below from PyPI. Prints the venv's directory on stdout
# (log lines go to stderr). A stamp (hash of the pin list and the Python version) makes
# a second run instant; change a pin and the venv is rebuilt from scratch.
#
# Why this package list looks the way it does:
#   - Only PyPI is reachable, and every Linux x86_64 torch wheel on PyPI is a CUDA build
#     (the +cpu wheels live only on download.pytorch.org). `pip install torch` would pull
#     cuda-toolkit, triton, cuda-bindings and ~16 nvidia-* wheels (several GB).
#   - Installing torch with --no-deps and without any nvidia package does NOT work:
#     libtorch_cpu.so, libtorch_cuda.so and libtorch_python.so have hard DT_NEEDED
#     entries on libcudart, libcupti, libcublas(Lt), libcudnn, libcufft, libcusparse
#     (-> libnvJitLink), libcusparseLt, libnccl, libnvrtc, libcufile and (through
#     libtorch_nvshmem.so) libnvshmem_host, so `import torch` fails with
#     "libcudart.so.13: cannot open shared object file". No older torch on PyPI avoids
#     this for Python 3.11 (1.13+ split the CUDA libs into nvidia-* wheels, older ones
#     bundle them inside an even larger wheel and predate Python 3.11).
#   - So: torch --no-deps plus exactly the 12 nvidia wheels whose libraries it links
#     against (about 1.9 GB of wheels), leaving out what it only dlopens lazily or never
#     needs on a CPU: cuda-toolkit (meta), cusolver, nvtx, cuda-cccl, cuda-bindings,
#     cuda-pathfinder, triton. CUDA itself is never initialised: everything runs on CPU.
#   - transformers is pinned to 4.57.x, not 5.x: transformers 5's T5Config forces
#     tie_word_embeddings=True (it turns tie_word_embeddings=false into
#     scale_decoder_outputs=false and ties lm_head to shared anyway), so a fresh T5 v1.1
#     model there has no separate lm_head and writes a config.json unlike real v1.1
#     checkpoints. 4.57 keeps the classic T5 (the layout of the published checkpoints).
#   - Everything is installed with --no-deps from a complete pin list, so the resolver
#     cannot bring the CUDA meta-dependencies back in.
# Measured on a 2-core machine with a fast link to PyPI: ~2.45 GB of wheels (torch 539 MB,
# the 12 nvidia wheels 1.88 GB, the rest ~30 MB); the cold `pip install` (download + unpack)
# took 111 s, ~2 minutes in all; the venv is 4.3 GB. A second run returns in 0.2 s.
set -euo pipefail

RUSE_CACHE="${RUSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ruse}"
VENV="$RUSE_CACHE/torch-venv"
PYTHON="${PYTHON:-python3}"

say() { printf 'torch_env: %s\n' "$*" >&2; }
die() { printf 'torch_env: error: %s\n' "$*" >&2; exit 1; }

PINS=(
    # torch (CUDA build from PyPI, used on CPU) and the nvidia libraries it links against
    torch==2.15.0
    nvidia-cuda-runtime==13.2.86
    nvidia-cuda-cupti==13.2.86
    nvidia-cuda-nvrtc==13.2.86
    nvidia-cublas==13.4.1.3
    nvidia-cudnn-cu13==9.26.0.51
    nvidia-cufft==12.2.0.57
    nvidia-cufile==1.17.1.22
    nvidia-cusparse==12.7.10.12
    nvidia-nvjitlink==13.5.37
    nvidia-cusparselt-cu13==0.8.1
    nvidia-nccl-cu13==2.30.7
    nvidia-nvshmem-cu13==3.7.2
    # torch's pure-python dependencies
    filelock==4.2.11
    typing-extensions==4.16.0
    setuptools==84.2.1
    sympy==1.14.0
    mpmath==1.3.0
    networkx==3.6.1
    jinja2==3.1.6
    MarkupSafe==3.0.4
    fsspec==2026.9.0
    # HF transformers 4.57 and its dependencies
    transformers==4.57.6
    huggingface-hub==0.36.2
    hf-xet==1.8.0
    tokenizers==0.22.2
    safetensors==0.8.0
    numpy==2.4.6
    packaging==26.3
    PyYAML==6.0.3
    regex==2026.11.15
    requests==2.34.2
    certifi==2026.10.18
    charset-normalizer==3.5.2
    idna==3.20
    urllib3==2.8.0
    tqdm==4.70.1
)

command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found (Python 3.11 is what the pins are for)"
PYVER="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
[ "$PYVER" = "3.11" ] || say "warning: pins were chosen for Python 3.11, this is $PYVER"

WANT="$(printf '%s\n' "python=$PYVER" "${PINS[@]}" | sha256sum | cut -d' ' -f1)"
STAMP="$VENV/.ruse-torch-env.sha256"

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] && [ -x "$VENV/bin/python" ]; then
    say "up to date: $VENV"
    echo "$VENV"
    exit 0
fi

say "creating $VENV (torch, transformers, ...; several GB, takes a few minutes)"
rm -rf "$VENV"
mkdir -p "$RUSE_CACHE"
"$PYTHON" -m venv "$VENV" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
start=$SECONDS
"$VENV/bin/python" -m pip install --quiet --no-deps --only-binary=:all: "${PINS[@]}" ||
    { rm -rf "$VENV"; die "pip could not install the pinned packages"; }
say "pip install took $((SECONDS - start)) s; venv size $(du -sh "$VENV" | cut -f1)"

"$VENV/bin/python" - <<'EOF' >&2 || { rm -rf "$VENV"; die "the installed torch does not work"; }
import torch, transformers, safetensors, numpy
x = torch.ones(2) @ torch.ones(2)
assert x.item() == 2.0, x
print(f"torch_env: torch {torch.__version__} (ones(2)@ones(2) = {x.item()}), "
      f"transformers {transformers.__version__}, safetensors {safetensors.__version__}, "
      f"numpy {numpy.__version__}")
EOF

echo "$WANT" >"$STAMP"
say "ready: $VENV"
echo "$VENV"
