#!/usr/bin/env python3
"""PyTorch eager side of the training-step benchmark (scripts/bench_train.sh).

The same step as benches/train_step.rs: HF transformers T5ForConditionalGeneration with the t5-small
config (random init, nothing downloaded), the reference's Houlsby adapters (reduction factor 32, relu,
post-LN, no pre-LN) in the self-attention and feed-forward sublayers of every block of both stacks,
inserted as scripts/t5_fixtures.py does (forward hooks on SelfAttention.o and DenseReluDense.wo, so
h = x + Dropout(A(Sublayer(T5LayerNorm(x))))); the T5 weights frozen; dropout 0.1 (model.train());
the reference loss (mean cross-entropy over non-pad labels); clip_grad_norm_(1.0); torch.optim.AdamW
over the adapters and their layer norms (weight decay 0.01 except biases and layer-norm weights, as
HF Trainer does); a linear schedule. Random token ids in [2, 32000), the decoder input is the labels
shifted right. Run on CPU with torch.set_num_threads(--threads).

Prints one `RESULT side=torch ...` line for the wrapper script.
"""

import argparse
import resource
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
from transformers import T5Config, T5ForConditionalGeneration, get_scheduler

PAD = 0


def t5_small_config() -> T5Config:
    """The published t5-small config.json (v1.0), without a download."""
    return T5Config(
        vocab_size=32128,
        d_model=512,
        d_kv=64,
        d_ff=2048,
        num_layers=6,
        num_decoder_layers=6,
        num_heads=8,
        relative_attention_num_buckets=32,
        relative_attention_max_distance=128,
        dropout_rate=0.1,
        layer_norm_epsilon=1e-6,
        initializer_factor=1.0,
        feed_forward_proj="relu",
        tie_word_embeddings=True,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
    )


class Adapter(nn.Module):
    """A(y) = y + LN_post(W_up relu(W_down y + b_down) + b_up)   (the reference's adapter, LN_pre off)."""

    def __init__(self, d_model: int, reduction_factor: int):
        super().__init__()
        m = d_model // reduction_factor
        self.down_sampler = nn.Linear(d_model, m)
        self.up_sampler = nn.Linear(m, d_model)
        self.post_layer_norm = nn.LayerNorm(d_model, eps=1e-5)

    def forward(self, y):
        out = self.up_sampler(F.relu(self.down_sampler(y)))
        return y + self.post_layer_norm(out)


def install_adapters(model, reduction_factor):
    adapters = nn.ModuleDict()
    for stack in ("encoder", "decoder"):
        for i, block in enumerate(getattr(model, stack).block):
            targets = {"sa": block.layer[0].SelfAttention.o, "ff": block.layer[-1].DenseReluDense.wo}
            for pos, module in targets.items():
                a = Adapter(model.config.d_model, reduction_factor)
                adapters[f"{stack}_{i}_{pos}"] = a
                module.register_forward_hook(lambda _mod, _inp, out, a=a: a(out))
    return adapters


def reference_loss(logits, labels):
    """Mean cross-entropy over non-pad labels (label smoothing 0)."""
    lprobs = torch.log_softmax(logits, dim=-1)
    nll = -lprobs.gather(-1, labels.unsqueeze(-1)).squeeze(-1)
    return nll[labels != PAD].mean()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--source-len", type=int, default=128)
    ap.add_argument("--target-len", type=int, default=8)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    model = T5ForConditionalGeneration(t5_small_config())
    for p in model.parameters():
        p.requires_grad_(False)
    adapters = install_adapters(model, reduction_factor=32)
    model.train()
    adapters.train()

    decay = [p for n, p in adapters.named_parameters() if not (n.endswith(".bias") or "layer_norm" in n)]
    no_decay = [p for n, p in adapters.named_parameters() if n.endswith(".bias") or "layer_norm" in n]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
        lr=3e-4, eps=1e-8, betas=(0.9, 0.999),
    )
    sched = get_scheduler("linear", opt, num_warmup_steps=0, num_training_steps=1000)
    n_train = sum(p.numel() for p in adapters.parameters())
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads; t5-small (random init), "
          f"dropout {model.config.dropout_rate}, {len(list(adapters.parameters()))} trained tensors "
          f"({n_train:,} parameters)")

    g = torch.Generator().manual_seed(7)
    b, s, t = args.batch, args.source_len, args.target_len
    batches = []
    for _ in range(3):
        ids = torch.randint(2, 32000, (b, s), generator=g)
        labels = torch.randint(2, 32000, (b, t), generator=g)
        batches.append((ids, torch.ones_like(ids), model._shift_right(labels), labels))

    def step(k):
        ids, mask, dec, labels = batches[k % len(batches)]
        opt.zero_grad(set_to_none=True)
        out = model(input_ids=ids, attention_mask=mask, decoder_input_ids=dec, return_dict=True)
        loss = reference_loss(out.logits, labels)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(adapters.parameters(), 1.0)
        opt.step()
        sched.step()
        return loss.item()

    print(f"== torch: batch {b}, source {s}, target {t}")
    warm = []
    k = 0
    for _ in range(args.warmup):
        t0 = time.perf_counter()
        loss = step(k)
        warm.append(time.perf_counter() - t0)
        print(f"  warm-up step {k}: {warm[-1]:.3f} s (loss {loss:.4f})")
        k += 1
    times = []
    faults0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(args.steps):
        t0 = time.perf_counter()
        loss = step(k)
        times.append(time.perf_counter() - t0)
        k += 1
    faults = (resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults0) / args.steps
    mean, median = statistics.mean(times), statistics.median(times)
    print(f"  {args.steps} steps: mean {mean:.3f} s, median {median:.3f} s, min {min(times):.3f} s, "
          f"max {max(times):.3f} s; {b / mean:.2f} examples/s (last loss {loss:.4f})")
    first = warm[0] if warm else float("nan")
    print(f"RESULT side=torch threads={args.threads} batch={b} steps={args.steps} first_step_s={first:.3f} "
          f"mean_s={mean:.4f} median_s={median:.4f} examples_per_s={b / mean:.4f} "
          # ru_maxrss is in KiB on Linux: the process's peak, model and steps included.
          f"peak_rss_mib={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} "
          f"faults_per_step={faults:.0f}")


if __name__ == "__main__":
    main()
