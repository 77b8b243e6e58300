#!/usr/bin/env python3
"""The training step's matrix products, each alone, in PyTorch eager (scripts/bench_train.sh).

Reads the `PRODUCT ...` lines that benches/train_step.rs prints with RUSE_BENCH_PRODUCTS=1 (every
distinct `dot_general` of the 1 x 32 step: operand shapes, batch and contracting dimensions, count,
and the XLA CPU plugin's median time), runs each product as PyTorch eager would (`torch.matmul` of
the operands permuted to [batch, free, contracting] and [batch, contracting, free]; a permutation
that is not a plain transpose copies, as it does in HF code), on random operands with
torch.set_num_threads(--threads), and prints each product's two times, the sums by count, and one
`RESULT side=torch part=products ...` line for the wrapper script.

Usage: bench_products_torch.py LOG [--threads N]
"""

import argparse
import math
import statistics
import sys
import time

import torch


def parse(line: str) -> dict:
    fields = dict(kv.split("=", 1) for kv in line.split()[1:])
    dims = lambda s: [int(d) for d in s.split("x")]
    axes = lambda s: [int(a) for a in s.split(",") if a]
    return {
        "count": int(fields["count"]),
        "lhs": dims(fields["lhs"]),
        "rhs": dims(fields["rhs"]),
        "lb": axes(fields["lb"]),
        "rb": axes(fields["rb"]),
        "lc": axes(fields["lc"]),
        "rc": axes(fields["rc"]),
        "ruse_ms": float(fields["ms"]),
    }


def product(p: dict):
    """The product as a closure over random operands, and its FLOPs."""
    lhs, rhs = torch.rand(p["lhs"]) * 2 - 1, torch.rand(p["rhs"]) * 2 - 1
    lfree = [a for a in range(len(p["lhs"])) if a not in p["lb"] + p["lc"]]
    rfree = [a for a in range(len(p["rhs"])) if a not in p["rb"] + p["rc"]]
    size = lambda shape, axes: math.prod(shape[a] for a in axes)
    b = size(p["lhs"], p["lb"])
    m, k, n = size(p["lhs"], lfree), size(p["lhs"], p["lc"]), size(p["rhs"], rfree)
    lperm, rperm = p["lb"] + lfree + p["lc"], p["rb"] + p["rc"] + rfree

    def run():
        a = lhs.permute(lperm).reshape(b, m, k)
        c = rhs.permute(rperm).reshape(b, k, n)
        return torch.matmul(a[0], c[0]) if b == 1 else torch.matmul(a, c)

    return run, 2.0 * b * m * k * n


def median_ms(run) -> float:
    run()
    times = []
    budget = time.perf_counter()
    while len(times) < 5 or (len(times) < 200 and time.perf_counter() - budget < 0.3):
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e3


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(13)
    products = [parse(line) for line in open(args.log) if line.startswith("PRODUCT ")]
    if not products:
        sys.exit("bench_products_torch: no PRODUCT lines in the log (RUSE_BENCH_PRODUCTS=1)")
    rows = []
    for p in products:
        run, flops = product(p)
        ms = median_ms(run)
        rows.append((p, ms, flops))
    rows.sort(key=lambda r: -r[0]["count"] * r[0]["ruse_ms"])
    print("== PyTorch eager: the same products, each alone (ms per product: ruse, PyTorch; ruse / PyTorch)")
    for p, ms, flops in rows:
        shape = lambda s: "[" + ",".join(map(str, s)) + "]"
        print(f"  {p['count']:>3} x {shape(p['lhs'])} . {shape(p['rhs'])} {p['lc']}x{p['rc']} "
              f"(batch {p['lb']}x{p['rb']}): {p['ruse_ms']:.3f} / {ms:.3f} ms, "
              f"{flops / p['ruse_ms'] / 1e6:.0f} / {flops / ms / 1e6:.0f} GFLOP/s, "
              f"{p['ruse_ms'] / ms:.2f}x")
    ruse_s = sum(p["count"] * p["ruse_ms"] for p, _, _ in rows) / 1e3
    torch_s = sum(p["count"] * ms for p, ms, _ in rows) / 1e3
    gflop = sum(p["count"] * f for p, _, f in rows) / 1e9
    dots = sum(p["count"] for p, _, _ in rows)
    print(f"  {dots} products ({len(rows)} distinct), {gflop:.1f} GFLOP: ruse {ruse_s:.3f} s, "
          f"PyTorch {torch_s:.3f} s")
    print(f"RESULT side=torch part=products threads={args.threads} dots={dots} distinct={len(rows)} "
          f"gflop={gflop:.2f} seconds={torch_s:.4f} ruse_seconds={ruse_s:.4f}")


if __name__ == "__main__":
    main()
