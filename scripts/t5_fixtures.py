#!/usr/bin/env python3
"""Reference fixtures for ruse's T5 / adapter / hypernetwork code, written with PyTorch + HF transformers.

Run through scripts/fixtures.sh (which sets up the pinned venv). Writes tests/fixtures/t5/<case>/:

  config.json, model.safetensors   HF save_pretrained of the (tiny, random) base T5, float32
  adapter_model.safetensors        adapter-side parameters (adapter cases only), float32
  adapter_config.json              the reference config keys that define the case
  inputs.json                      the batch (input_ids, attention_mask, labels, decoder_input_ids, task, ...)
  expected.safetensors             float32 run: logits, loss, encoder_last_hidden_state, grad.<param>
  expected_f64.safetensors         the same computed in float64 from the same (float32-valued) weights

The math follows shared/reference/ruse-system.md sections 1-3. Adapters are inserted with forward hooks on
the output projections (SelfAttention.o and DenseReluDense.wo) of every block of both stacks, so
h = x + Dropout(A(Sublayer(T5LayerNorm(x)))) with HF's own T5 code for everything else.

ruse extensions (cases meta_adapter_two_layer, conditional_t5_norms*): two-layer generators
Linear(te->hidden_dim) . Linear(hidden_dim->out) without non-linearity for the adapter weights and biases (the
LayerNorm generators stay one linear, as LayerNormHyperNet), and a task-conditioned LayerNorm
after (or, with remove_original_layer_norms, instead of) every T5LayerNorm, done with forward hooks on the
T5LayerNorm modules. Cases ruse_written_v1_*: config.json + model.safetensors are written by ruse (the Rust
side; tests/t5_parity.rs, RUSE_BLESS=1); this script only loads them with from_pretrained (failing on any
missing / unexpected / mismatched key) and writes the rest.

Cases train_* (a separate part, after the parity cases): TRAIN_STEPS = 3 optimizer updates on the base case's
batch, float32: reference loss -> backward -> torch.nn.utils.clip_grad_norm_ -> torch.optim.AdamW (two param
groups, see no_weight_decay; or, for cases with adafactor=True, transformers.optimization.Adafactor with
scale_parameter / relative_step / warmup_init off) -> transformers.get_scheduler(...).step(). Writes tests/fixtures/t5/train_<name>/:
train_config.json, expected_steps.json (loss / grad_norm before clipping / lr per update) and
params_after(_1).safetensors (trained tensors after update 3 / 1). The base weights are those of the base case
folder (regenerated and checked bit for bit, never written here).

Cases generate_* (last): HF generate (greedy; beam search with 3 beams, length_penalty 1, early_stopping False) on
a 3-row batch, max_new_tokens 8, with the weights of the base case folder (t5_v1_0 / t5_v1_1, read with
from_pretrained, never written) or, when those never stop with eos on the batch, with a copy whose eos row of the
output embedding is raised (written to the case folder with save_pretrained). Writes
tests/fixtures/t5/generate_<v>/generate.json (+ config.json, model.safetensors, generation_config.json for an
own model); the script re-derives every result with hand-written greedy / beam search loops.

Cases torch_bin_* (after those): pytorch_model.bin checkpoints (torch.save's zip format) for ruse's .bin reader.
torch_bin_v1_0 / torch_bin_v1_1 / torch_bin_sharded_v1_0: HF save_pretrained(dir, safe_serialization=False) of the
base case folder's model (read with from_pretrained, never written), one file or sharded through
pytorch_model.bin.index.json; torch_bin_views: torch.save of a hand-made state dict of strided views and every dtype
ruse reads, with expected.safetensors holding each tensor as a contiguous copy. hyperformer_saved_*: a directory as
hyperformer (transformers 3.5.1) saves a model, with expected.safetensors computed with transformers 3.x's
cross-attention position bias; legacy_bias_v1_0: a transformers 3.x full fine-tuning checkpoint with that bias,
with expected.safetensors and generate.json (see "transformers 3.x's cross-attention position bias" below).
"""

import argparse
import copy
import json
import math
import os
import re
import shutil
from collections import OrderedDict

import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file
import transformers
from transformers import T5Config, T5ForConditionalGeneration
from transformers.models.t5.modeling_t5 import T5LayerNorm

torch.set_num_threads(1)
torch.use_deterministic_algorithms(True)

# ----------------------------------------------------------------------------------------------
# the batch
# ----------------------------------------------------------------------------------------------
INPUT_IDS = [[13, 7, 22, 5, 30, 9, 1], [4, 18, 27, 11, 1, 0, 0]]
ATTENTION_MASK = [[1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0, 0]]
LABELS = [[6, 25, 14, 3, 1], [19, 8, 1, 0, 0]]
PAD = 0
TASKS = ["trec", "sms_spam"]
TASK = "trec"

D_MODEL, VOCAB, N_LAYERS = 16, 32, 2
REDUCTION = 4
M = D_MODEL // REDUCTION
TE = 8  # task_embedding_dim
PE = 8  # projected_task_embedding_dim
TASK_HIDDEN = 16  # task_hidden_dim
GEN_HIDDEN = 12  # hidden_dim of the two-layer ([R]) meta-adapter generators


def t5_config(v11: bool) -> T5Config:
    return T5Config(
        vocab_size=VOCAB,
        d_model=D_MODEL,
        d_kv=4,
        num_heads=2,
        d_ff=24,
        num_layers=N_LAYERS,
        num_decoder_layers=N_LAYERS,
        relative_attention_num_buckets=8,
        relative_attention_max_distance=16,
        dropout_rate=0.0,
        layer_norm_epsilon=1e-6,
        initializer_factor=1.0,
        feed_forward_proj="gated-gelu" if v11 else "relu",
        tie_word_embeddings=not v11,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
    )


# ----------------------------------------------------------------------------------------------
# cases
# ----------------------------------------------------------------------------------------------
BASE_ADAPTER_KEYS = dict(
    adapter_config_name="adapter",
    tasks=TASKS,
    task=TASK,
    reduction_factor=REDUCTION,
    non_linearity="gelu_new",
    add_layer_norm_before_adapter=False,
    add_layer_norm_after_adapter=True,
    task_embedding_dim=TE,
    projected_task_embedding_dim=PE,
    task_hidden_dim=TASK_HIDDEN,
    conditional_layer_norm=False,
    unique_hyper_net=False,
    efficient_unique_hyper_net=False,
    unique_hyper_net_layer_norm=False,
    train_task_embeddings=False,
    unfreeze_layer_norms=False,
)

CASES = OrderedDict(
    t5_v1_0=dict(seed=100, v11=False, label_smoothing=0.0, kind=None),
    t5_v1_1=dict(seed=101, v11=True, label_smoothing=0.1, kind=None),
    adapter=dict(seed=102, v11=False, label_smoothing=0.0, kind="adapter"),
    meta_adapter=dict(
        seed=103, v11=False, label_smoothing=0.0, kind="meta_adapter",
        cfg=dict(adapter_config_name="meta-adapter", conditional_layer_norm=True),
    ),
    hyperformer_pp=dict(
        seed=104, v11=False, label_smoothing=0.1, kind="hyperformer_pp",
        cfg=dict(adapter_config_name="meta-adapter", conditional_layer_norm=True, unique_hyper_net=True,
                 efficient_unique_hyper_net=True, unique_hyper_net_layer_norm=True, train_task_embeddings=True,
                 unfreeze_layer_norms=True),
    ),
    hyperformer=dict(
        seed=105, v11=False, label_smoothing=0.1, kind="hyperformer",
        cfg=dict(adapter_config_name="meta-adapter", non_linearity="swish", conditional_layer_norm=True,
                 unique_hyper_net=True, efficient_unique_hyper_net=False, unique_hyper_net_layer_norm=True,
                 train_task_embeddings=True, unfreeze_layer_norms=False),
    ),
    # checkpoints written by ruse (config.json + model.safetensors already in the folder; never rewritten)
    ruse_written_v1_0=dict(v11=False, label_smoothing=0.0, kind=None, ruse_written=True),
    ruse_written_v1_1=dict(v11=True, label_smoothing=0.0, kind=None, ruse_written=True),
    meta_adapter_two_layer=dict(
        seed=106, v11=False, label_smoothing=0.0, kind="meta_adapter",
        cfg=dict(adapter_config_name="meta-adapter", conditional_layer_norm=True,
                 meta_adapter_generator="two_layer", hidden_dim=GEN_HIDDEN),
    ),
    conditional_t5_norms=dict(
        seed=107, v11=False, label_smoothing=0.0, kind="adapter",
        cfg=dict(conditional_layer_norm_for_T5=True),
    ),
    conditional_t5_norms_removed=dict(
        seed=108, v11=False, label_smoothing=0.0, kind="adapter",
        cfg=dict(conditional_layer_norm_for_T5=True, remove_original_layer_norms=True),
    ),
    # generated pre-adapter norms and no post norm (the reference's flags on both controllers)
    meta_adapter_norms=dict(
        seed=109, v11=False, label_smoothing=0.0, kind="meta_adapter",
        cfg=dict(adapter_config_name="meta-adapter", conditional_layer_norm=True,
                 add_layer_norm_before_adapter=True, add_layer_norm_after_adapter=False),
    ),
    hyperformer_pp_norms=dict(
        seed=110, v11=False, label_smoothing=0.0, kind="hyperformer_pp",
        cfg=dict(adapter_config_name="meta-adapter", conditional_layer_norm=True, unique_hyper_net=True,
                 efficient_unique_hyper_net=True, unique_hyper_net_layer_norm=True,
                 add_layer_norm_before_adapter=True, add_layer_norm_after_adapter=False),
    ),
)


def case_cfg(case):
    return {**BASE_ADAPTER_KEYS, **case.get("cfg", {})}


def two_layer(case):
    return case_cfg(case).get("meta_adapter_generator", "linear") == "two_layer"


def conditional_t5(case):
    return case["kind"] is not None and case_cfg(case).get("conditional_layer_norm_for_T5", False)


def removes_t5_norms(case):
    return conditional_t5(case) and case_cfg(case).get("remove_original_layer_norms", False)


def adapter_norms(case):
    """(add_layer_norm_before_adapter, add_layer_norm_after_adapter) of a case."""
    cfg = case_cfg(case)
    return cfg["add_layer_norm_before_adapter"], cfg["add_layer_norm_after_adapter"]


def projects_task_embedding(case):
    """train_task_embeddings on a hypernetwork case: the reference's TaskEmbeddingController passes
    the task embedding through its TaskHyperNet (te -> task_hidden -> pe, ReLU) before the stack's
    hypernet joins it to the layer (and position) embeddings; pe must equal te there."""
    return case["kind"] in ("hyperformer", "hyperformer_pp") and case_cfg(case)["train_task_embeddings"]


def t5_norm_names():
    """Module names of every T5LayerNorm, in HF order (== named_modules order)."""
    names = []
    for stack, n_sub in (("encoder", 2), ("decoder", 3)):
        for i in range(N_LAYERS):
            names += [f"{stack}.block.{i}.layer.{j}.layer_norm" for j in range(n_sub)]
        names.append(f"{stack}.final_layer_norm")
    return names

ACTS = {
    "relu": F.relu,
    "gelu_new": lambda x: F.gelu(x, approximate="tanh"),
    "swish": lambda x: x * torch.sigmoid(x),
}

STACKS = ("encoder", "decoder")
POSITIONS = ("ff", "sa")  # index = position embedding row (0 = feed-forward, 1 = self-attention)


def sublayer_index(stack: str, pos: str) -> int:
    if pos == "sa":
        return 0
    return 1 if stack == "encoder" else 2


# ----------------------------------------------------------------------------------------------
# parameter creation (float32, from the global RNG seeded per case)
# ----------------------------------------------------------------------------------------------
def randn(*shape, std=1.0, mean=0.0):
    return torch.randn(*shape) * std + mean


def linear_gen(out_features, in_features, std=0.2, bias_std=0.1, bias_mean=0.0):
    return randn(out_features, in_features, std=std), randn(out_features, std=bias_std, mean=bias_mean)


def put_linear(p, prefix, w_b):
    p[prefix + ".weight"], p[prefix + ".bias"] = w_b


def put_generator(p, prefix, out_features, in_features, hidden=None, bias_mean=0.0):
    """A generator Linear_{in->out} ("<prefix>.weight/.bias"), or with `hidden` two stacked linears
    "<prefix>.0" [hidden, in] and "<prefix>.1" [out, hidden] (no non-linearity)."""
    if hidden is None:
        put_linear(p, prefix, linear_gen(out_features, in_features, bias_mean=bias_mean))
    else:
        put_linear(p, prefix + ".0", linear_gen(hidden, in_features))
        put_linear(p, prefix + ".1", linear_gen(out_features, hidden, bias_mean=bias_mean))


def make_adapter_params(case):
    kind = case["kind"]
    ln_before, ln_after = adapter_norms(case)
    p = OrderedDict()
    if kind == "meta_adapter" and two_layer(case):
        hid = case_cfg(case)["hidden_dim"]
        for task in TASKS:
            p[f"task_embeddings.{task}"] = randn(TE)
        for stack in STACKS:
            for i in range(N_LAYERS):
                for pos in ("sa", "ff"):
                    c = f"{stack}.block.{i}.layer.{sublayer_index(stack, pos)}.adapter_controller"
                    put_generator(p, c + ".meta_down_sampler.weight_generator", M * D_MODEL, TE, hid)
                    put_generator(p, c + ".meta_down_sampler.bias_generator", M, TE, hid)
                    put_generator(p, c + ".meta_up_sampler.weight_generator", D_MODEL * M, TE, hid)
                    put_generator(p, c + ".meta_up_sampler.bias_generator", D_MODEL, TE, hid)
                    # the LayerNorm generators stay one linear (LayerNormHyperNet)
                    put_generator(p, c + ".post_layernorm_hypernet.weight_generator", D_MODEL, TE,
                                  bias_mean=1.0)
                    put_generator(p, c + ".post_layernorm_hypernet.bias_generator", D_MODEL, TE)
        return p
    if kind == "adapter":
        for stack in STACKS:
            for i in range(N_LAYERS):
                for pos in ("sa", "ff"):
                    c = f"{stack}.block.{i}.layer.{sublayer_index(stack, pos)}.adapter_controller"
                    for task in TASKS:
                        a = f"{c}.adapters.{task}"
                        put_linear(p, a + ".down_sampler", linear_gen(M, D_MODEL, std=0.4, bias_std=0.2))
                        put_linear(p, a + ".up_sampler", linear_gen(D_MODEL, M, std=0.4, bias_std=0.2))
                    p[c + ".post_layer_norm.weight"] = randn(D_MODEL, std=0.2, mean=1.0)
                    p[c + ".post_layer_norm.bias"] = randn(D_MODEL, std=0.2)
    elif kind == "meta_adapter":
        for task in TASKS:
            p[f"task_embeddings.{task}"] = randn(TE)
        for stack in STACKS:
            for i in range(N_LAYERS):
                for pos in ("sa", "ff"):
                    c = f"{stack}.block.{i}.layer.{sublayer_index(stack, pos)}.adapter_controller"
                    put_linear(p, c + ".meta_down_sampler.weight_generator", linear_gen(M * D_MODEL, TE))
                    put_linear(p, c + ".meta_down_sampler.bias_generator", linear_gen(M, TE))
                    put_linear(p, c + ".meta_up_sampler.weight_generator", linear_gen(D_MODEL * M, TE))
                    put_linear(p, c + ".meta_up_sampler.bias_generator", linear_gen(D_MODEL, TE))
                    for which in [w for w, on in (("post", ln_after), ("pre", ln_before)) if on]:
                        put_linear(p, c + f".{which}_layernorm_hypernet.weight_generator",
                                   linear_gen(D_MODEL, TE, bias_std=0.1, bias_mean=1.0))
                        put_linear(p, c + f".{which}_layernorm_hypernet.bias_generator", linear_gen(D_MODEL, TE))
    elif kind in ("hyperformer_pp", "hyperformer"):
        efficient = kind == "hyperformer_pp"
        for task in TASKS:
            p[f"task_embeddings.{task}"] = randn(TE)
        for stack in STACKS:
            h = f"{stack}_hyper_net"
            p[h + ".layer_embeddings.weight"] = randn(N_LAYERS, TE)
            if efficient:
                p[h + ".position_embeddings.weight"] = randn(2, TE)
            s_dim = (3 if efficient else 2) * TE
            put_linear(p, h + ".task_hypernet.0", linear_gen(TASK_HIDDEN, s_dim, std=0.3))
            put_linear(p, h + ".task_hypernet.2", linear_gen(PE, TASK_HIDDEN, std=0.3))
            p[h + ".task_hypernet_ln.weight"] = randn(PE, std=0.1, mean=1.0)
            p[h + ".task_hypernet_ln.bias"] = randn(PE, std=0.1)
            groups = [""] if efficient else ["ff_", "sa_"]
            for g in groups:
                put_linear(p, f"{h}.{g}up.weight_generator", linear_gen(D_MODEL * M, PE))
                put_linear(p, f"{h}.{g}up.bias_generator", linear_gen(D_MODEL, PE))
                put_linear(p, f"{h}.{g}down.weight_generator", linear_gen(M * D_MODEL, PE))
                put_linear(p, f"{h}.{g}down.bias_generator", linear_gen(M, PE))
                for which in [w for w, on in (("post", ln_after), ("pre", ln_before)) if on]:
                    put_linear(p, f"{h}.{g}{which}_ln.weight_generator",
                               linear_gen(D_MODEL, PE, bias_std=0.1, bias_mean=1.0))
                    put_linear(p, f"{h}.{g}{which}_ln.bias_generator", linear_gen(D_MODEL, PE))
        if projects_task_embedding(case):
            # the reference's TaskEmbeddingController.task_hyper_net (created last, so that the
            # values above do not depend on it)
            put_linear(p, "task_hypernet.0", linear_gen(TASK_HIDDEN, TE, std=0.3))
            put_linear(p, "task_hypernet.2", linear_gen(PE, TASK_HIDDEN, std=0.3))
    else:
        raise ValueError(kind)
    if conditional_t5(case):
        # ruse creates task_embeddings.<task> for every task of `tasks`
        for task in TASKS:
            p[f"task_embeddings.{task}"] = randn(TE)
        for norm in t5_norm_names():
            put_generator(p, norm + ".conditional.weight_generator", D_MODEL, TE, bias_mean=1.0)
            put_generator(p, norm + ".conditional.bias_generator", D_MODEL, TE)
    return p


def load_ruse_written(name, case, src_dir):
    """config.json + model.safetensors written by ruse, loaded by HF with every loading problem fatal."""
    model, info = T5ForConditionalGeneration.from_pretrained(src_dir, output_loading_info=True)
    print(f"  from_pretrained({name}) loading info: {info}")
    for k in ("missing_keys", "unexpected_keys", "mismatched_keys", "error_msgs"):
        check(len(info[k]) == 0, f"from_pretrained reports no {k} ({list(info[k])})")
    cfg = model.config
    check(cfg.tie_word_embeddings == (not case["v11"]), f"tie_word_embeddings == {not case['v11']}")
    check(cfg.feed_forward_proj == ("gated-gelu" if case["v11"] else "relu"),
          f"feed_forward_proj == {cfg.feed_forward_proj}")
    want = t5_config(case["v11"])
    for k in ("vocab_size", "d_model", "d_kv", "d_ff", "num_layers", "num_decoder_layers", "num_heads",
              "relative_attention_num_buckets", "relative_attention_max_distance", "dropout_rate",
              "layer_norm_epsilon", "is_gated_act", "dense_act_fn", "pad_token_id", "eos_token_id",
              "decoder_start_token_id"):
        check(getattr(cfg, k) == getattr(want, k), f"config {k} == {getattr(want, k)!r}")
    check(model.dtype == torch.float32, "loaded as float32")
    tied = model.lm_head.weight is model.shared.weight
    check(tied == (not case["v11"]), f"lm_head {'is' if tied else 'is not'} shared.weight")
    # every tensor of the file is what the model holds, and every parameter comes from the file
    from safetensors import safe_open
    sd = model.state_dict()
    with safe_open(os.path.join(src_dir, "model.safetensors"), "pt") as f:
        keys = set(f.keys())
        check(all(torch.equal(f.get_tensor(k), sd[k]) for k in keys), "model holds the file's tensors bit for bit")
    check({n for n, _ in model.named_parameters()} <= keys,
          f"every parameter ({len(list(model.parameters()))}) is in the file ({len(keys)} tensors)")
    model.eval()
    return model


def make_base_model(case):
    torch.manual_seed(case["seed"])
    model = T5ForConditionalGeneration(t5_config(case["v11"]))
    # HF initialises every T5LayerNorm weight to 1: perturb them so a wrong norm is caught.
    with torch.no_grad():
        for name, prm in model.named_parameters():
            if "layer_norm" in name:
                prm.copy_(1.0 + 0.1 * torch.randn_like(prm))
    model.eval()
    return model


# ----------------------------------------------------------------------------------------------
# adapters (applied to the output of SelfAttention.o / DenseReluDense.wo)
# ----------------------------------------------------------------------------------------------
def adapter_block(y, w_down, b_down, w_up, b_up, act, gamma, beta, pre=None):
    """A(y) = y + LN_post(W_up . act(W_down . LN_pre(y) + b_down) + b_up); LN_pre only with
    `pre` = (gamma, beta), LN_post only with gamma (not None)."""
    z = y if pre is None else F.layer_norm(y, (y.shape[-1],), weight=pre[0], bias=pre[1], eps=1e-5)
    out = F.linear(act(F.linear(z, w_down, b_down)), w_up, b_up)
    if gamma is not None:
        out = F.layer_norm(out, (out.shape[-1],), weight=gamma, bias=beta, eps=1e-5)
    return y + out


def gen(P, prefix, x):
    """Generator output: one linear, or the two-layer form when "<prefix>.0.weight" exists."""
    if prefix + ".0.weight" in P:
        return gen(P, prefix + ".1", gen(P, prefix + ".0", x))
    return F.linear(x, P[prefix + ".weight"], P[prefix + ".bias"])


def make_conditional_norm_fn(P, task, norm, removed):
    """T5LayerNorm forward hook: LN_{eps 1e-6}(T5LN(x)) (or LN(x) when removed) with gamma / beta generated
    from the raw task embedding."""
    def fn(x_in, t5_out):
        e = P[f"task_embeddings.{task}"]
        gamma = gen(P, norm + ".conditional.weight_generator", e)
        beta = gen(P, norm + ".conditional.bias_generator", e)
        x = x_in if removed else t5_out
        return F.layer_norm(x, (D_MODEL,), weight=gamma, bias=beta, eps=1e-6)
    return fn


def install_conditional_norms(model, P, task, removed, counter):
    handles = []
    names = [n for n, mod in model.named_modules() if isinstance(mod, T5LayerNorm)]
    assert names == t5_norm_names(), names
    for n in names:
        fn = make_conditional_norm_fn(P, task, n, removed)

        def hook(_mod, inp, out, fn=fn, n=n):
            counter[n] = counter.get(n, 0) + 1
            return fn(inp[0], out)
        handles.append(model.get_submodule(n).register_forward_hook(hook))
    return handles


def make_adapter_fn(kind, P, task, act, stack, i, pos, project=False, norms=(False, True)):
    c = f"{stack}.block.{i}.layer.{sublayer_index(stack, pos)}.adapter_controller"
    d, m = D_MODEL, M
    if kind == "adapter":
        a = f"{c}.adapters.{task}"

        def fn(y):
            return adapter_block(y, P[a + ".down_sampler.weight"], P[a + ".down_sampler.bias"],
                                 P[a + ".up_sampler.weight"], P[a + ".up_sampler.bias"], act,
                                 P[c + ".post_layer_norm.weight"], P[c + ".post_layer_norm.bias"])
        return fn

    if kind == "meta_adapter":
        def fn(y):
            e = P[f"task_embeddings.{task}"]
            w_down = gen(P, c + ".meta_down_sampler.weight_generator", e).view(m, d)
            b_down = gen(P, c + ".meta_down_sampler.bias_generator", e)
            w_up = gen(P, c + ".meta_up_sampler.weight_generator", e).view(d, m)
            b_up = gen(P, c + ".meta_up_sampler.bias_generator", e)
            gamma, beta = generated_norm(P, c + ".post_layernorm_hypernet", e, norms[1])
            pre = generated_norm(P, c + ".pre_layernorm_hypernet", e, norms[0]) if norms[0] else None
            return adapter_block(y, w_down, b_down, w_up, b_up, act, gamma, beta, pre)
        return fn

    efficient = kind == "hyperformer_pp"
    h = f"{stack}_hyper_net"
    g = "" if efficient else f"{pos}_"

    def fn(y):
        e = P[f"task_embeddings.{task}"]
        if project:
            e = gen(P, "task_hypernet.2", F.relu(gen(P, "task_hypernet.0", e)))
        parts = [e, P[h + ".layer_embeddings.weight"][i]]
        if efficient:
            parts.append(P[h + ".position_embeddings.weight"][POSITIONS.index(pos)])
        s = torch.cat(parts)
        z = gen(P, h + ".task_hypernet.2", F.relu(gen(P, h + ".task_hypernet.0", s)))
        z = F.layer_norm(z, (PE,), weight=P[h + ".task_hypernet_ln.weight"],
                         bias=P[h + ".task_hypernet_ln.bias"], eps=1e-6)
        w_down = gen(P, f"{h}.{g}down.weight_generator", z).view(m, d)
        b_down = gen(P, f"{h}.{g}down.bias_generator", z)
        w_up = gen(P, f"{h}.{g}up.weight_generator", z).view(d, m)
        b_up = gen(P, f"{h}.{g}up.bias_generator", z)
        gamma, beta = generated_norm(P, f"{h}.{g}post_ln", z, norms[1])
        pre = generated_norm(P, f"{h}.{g}pre_ln", z, norms[0]) if norms[0] else None
        return adapter_block(y, w_down, b_down, w_up, b_up, act, gamma, beta, pre)
    return fn


def generated_norm(P, prefix, z, on):
    """(gamma, beta) generated from z by "<prefix>.{weight,bias}_generator", or (None, None)."""
    if not on:
        return None, None
    return gen(P, prefix + ".weight_generator", z), gen(P, prefix + ".bias_generator", z)


def install_adapters(model, kind, P, task, non_linearity, project=False, norms=(False, True)):
    act = ACTS[non_linearity]
    handles = []
    for stack in STACKS:
        for i, block in enumerate(getattr(model, stack).block):
            targets = {"sa": block.layer[0].SelfAttention.o, "ff": block.layer[-1].DenseReluDense.wo}
            for pos, module in targets.items():
                fn = make_adapter_fn(kind, P, task, act, stack, i, pos, project, norms)
                handles.append(module.register_forward_hook(lambda _mod, _inp, out, fn=fn: fn(out)))
    return handles


# ----------------------------------------------------------------------------------------------
# loss and one forward/backward pass
# ----------------------------------------------------------------------------------------------
def reference_loss(logits, labels, eps):
    """eps == 0: mean CE over non-pad labels; eps > 0: sum over non-pad of (1-eps) NLL + eps/V sum_v -log p_v."""
    lprobs = torch.log_softmax(logits, dim=-1)
    mask = labels != PAD
    nll = -lprobs.gather(-1, labels.unsqueeze(-1)).squeeze(-1)
    if eps == 0:
        return nll[mask].mean()
    smooth = -lprobs.sum(-1)
    v = logits.shape[-1]
    return ((1.0 - eps) * nll[mask] + (eps / v) * smooth[mask]).sum()


def trainable_names(case, model, adapter_names):
    kind = case["kind"]
    if kind is None:
        return [n for n, _ in model.named_parameters()], []
    base = []
    if case.get("cfg", {}).get("unfreeze_layer_norms", False):
        base = [n for n, _ in model.named_parameters() if "layer_norm" in n]
    return base, list(adapter_names)


def run(case, base_model, adapter_params, dtype, task=TASK, mutate=None):
    """Forward + backward in `dtype`. Returns (outputs dict, grads dict)."""
    model = copy.deepcopy(base_model).to(dtype)
    for prm in model.parameters():
        prm.requires_grad_(False)
    P = OrderedDict((n, torch.nn.Parameter(t.to(dtype).clone(), requires_grad=False))
                    for n, t in adapter_params.items())
    if mutate is not None:
        mutate(model, P)
    base_train, adapter_train = trainable_names(case, model, P.keys())
    named = dict(model.named_parameters())
    for n in base_train:
        named[n].requires_grad_(True)
    for n in adapter_train:
        P[n].requires_grad_(True)
    kind = case["kind"]
    calls = {}
    if kind is not None:
        cfg = case_cfg(case)
        install_adapters(model, kind, P, task, cfg["non_linearity"], projects_task_embedding(case),
                         adapter_norms(case))
        if conditional_t5(case):
            install_conditional_norms(model, P, task, removes_t5_norms(case), calls)

    input_ids = torch.tensor(INPUT_IDS)
    attention_mask = torch.tensor(ATTENTION_MASK)
    labels = torch.tensor(LABELS)
    decoder_input_ids = model._shift_right(labels)
    out = model(input_ids=input_ids, attention_mask=attention_mask, decoder_input_ids=decoder_input_ids,
                return_dict=True)
    loss = reference_loss(out.logits, labels, case["label_smoothing"])
    if conditional_t5(case):
        assert sorted(calls) == sorted(t5_norm_names()) and set(calls.values()) == {1}, calls
    loss.backward()

    grads = OrderedDict()
    for n in base_train:
        if named[n].grad is not None:
            grads["grad." + n] = named[n].grad.detach().clone()
    for n in adapter_train:
        if P[n].grad is not None:
            grads["grad." + n] = P[n].grad.detach().clone()
    outputs = OrderedDict(
        logits=out.logits.detach().clone(),
        loss=loss.detach().clone(),
        encoder_last_hidden_state=out.encoder_last_hidden_state.detach().clone(),
    )
    return outputs, grads, decoder_input_ids


# ----------------------------------------------------------------------------------------------
# sanity checks (not written anywhere; they fail the script when wrong)
# ----------------------------------------------------------------------------------------------
def check(cond, msg):
    print(f"  check: {msg}: {'ok' if cond else 'FAILED'}")
    if not cond:
        raise SystemExit(f"sanity check failed: {msg}")


def sanity_checks(name, case, base_model, adapter_params, out32, grads32, out64, grads64):
    # float32 and float64 runs agree
    worst = 0.0
    for k in list(out32) + list(grads32):
        a = (out32 if k in out32 else grads32)[k].double()
        b = (out64 if k in out64 else grads64)[k]
        worst = max(worst, ((a - b).abs().max() / (b.abs().max() + 1e-12)).item())
    check(worst < 1e-4, f"f32 vs f64 max relative (to tensor max) difference {worst:.2e}")
    check(set(grads32) == set(grads64), "same gradient names in f32 and f64")
    # every dumped gradient is non-trivial
    small = [k for k, g in grads64.items() if g.abs().max().item() < 1e-6]
    check(not small, f"{len(grads64)} gradients, all with max |g| >= 1e-6 {small}")

    if case["kind"] is None:
        # HF's own loss (labels with pad -> -100) equals ours for eps = 0
        model = copy.deepcopy(base_model).double()
        labels = torch.tensor(LABELS)
        hf_labels = labels.masked_fill(labels == PAD, -100)
        hf = model(input_ids=torch.tensor(INPUT_IDS), attention_mask=torch.tensor(ATTENTION_MASK),
                   labels=hf_labels, decoder_input_ids=model._shift_right(labels))
        mine = reference_loss(hf.logits, labels, 0.0)
        check(abs(hf.loss.item() - mine.item()) < 1e-10, "HF CrossEntropyLoss(ignore -100) == our eps=0 loss")
        if case["label_smoothing"] > 0:
            # HF/fairseq-style label smoothing written independently: per-token
            # (1-eps) nll + eps * mean_v(-log p_v), summed over non-pad tokens
            lp = torch.log_softmax(hf.logits, -1)
            mask = labels != PAD
            eps = case["label_smoothing"]
            tok = -(1 - eps) * lp.gather(-1, labels[..., None])[..., 0] - eps * lp.mean(-1)
            check(abs(tok[mask].sum().item() - out64["loss"].item()) < 1e-9, "label-smoothed loss re-derived")
        return

    plain = copy.deepcopy(base_model).double()
    labels = torch.tensor(LABELS)
    with torch.no_grad():
        base_logits = plain(input_ids=torch.tensor(INPUT_IDS), attention_mask=torch.tensor(ATTENTION_MASK),
                            decoder_input_ids=plain._shift_right(labels)).logits
    diff = (out64["logits"] - base_logits).abs().max().item()
    check(diff > 1e-2, f"adapters change the logits measurably (max |diff| {diff:.3f})")

    other, _, _ = run(case, base_model, adapter_params, torch.float64, task="sms_spam")
    diff = (other["logits"] - out64["logits"]).abs().max().item()
    check(diff > 1e-2, f"task sms_spam gives other logits than trec (max |diff| {diff:.3f})")

    if case["kind"] == "adapter" and not conditional_t5(case):
        # zero W_up, b_up and the post-LN beta of every trec adapter: A(y) == y, i.e. the plain model
        def zero_up(_model, P):
            with torch.no_grad():
                for n, t in P.items():
                    if (".adapters.trec.up_sampler." in n) or n.endswith("post_layer_norm.bias"):
                        t.zero_()
        z, _, _ = run(case, base_model, adapter_params, torch.float64, mutate=zero_up)
        diff = (z["logits"] - base_logits).abs().max().item()
        check(diff < 1e-12, f"W_up = b_up = beta = 0 gives the plain T5 (max |diff| {diff:.1e})")

        # a single adapter against a hand computation: A(y) on random y
        P = {n: t.double() for n, t in adapter_params.items()}
        c = "encoder.block.0.layer.1.adapter_controller"
        a = c + ".adapters.trec"
        y = torch.randn(3, D_MODEL, dtype=torch.float64, generator=torch.Generator().manual_seed(0))
        fn = make_adapter_fn("adapter", P, "trec", ACTS["gelu_new"], "encoder", 0, "ff")
        hdn = y @ P[a + ".down_sampler.weight"].T + P[a + ".down_sampler.bias"]
        hdn = 0.5 * hdn * (1 + torch.tanh(math.sqrt(2 / math.pi) * (hdn + 0.044715 * hdn ** 3)))
        up = hdn @ P[a + ".up_sampler.weight"].T + P[a + ".up_sampler.bias"]
        mu = up.mean(-1, keepdim=True)
        var = ((up - mu) ** 2).mean(-1, keepdim=True)
        ln = (up - mu) / torch.sqrt(var + 1e-5) * P[c + ".post_layer_norm.weight"] + P[c + ".post_layer_norm.bias"]
        check((fn(y) - (y + ln)).abs().max().item() < 1e-12, "adapter == hand-written Houlsby formula")

    if case["kind"] == "meta_adapter" and two_layer(case):
        P = {n: t.double() for n, t in adapter_params.items()}
        # hand computation of one site's generated adapter (decoder, layer 1, feed-forward)
        c = "decoder.block.1.layer.2.adapter_controller"
        e = P["task_embeddings.trec"]

        def g2(name):
            w0, b0 = P[f"{c}.{name}.0.weight"], P[f"{c}.{name}.0.bias"]
            w1, b1 = P[f"{c}.{name}.1.weight"], P[f"{c}.{name}.1.bias"]
            return w1 @ (w0 @ e + b0) + b1
        shapes = {n: tuple(t.shape) for n, t in P.items() if n.startswith(c + ".meta_down_sampler.weight_generator")}
        check(shapes == {c + ".meta_down_sampler.weight_generator.0.weight": (GEN_HIDDEN, TE),
                         c + ".meta_down_sampler.weight_generator.0.bias": (GEN_HIDDEN,),
                         c + ".meta_down_sampler.weight_generator.1.weight": (M * D_MODEL, GEN_HIDDEN),
                         c + ".meta_down_sampler.weight_generator.1.bias": (M * D_MODEL,)},
              f"two-layer generator names and shapes {sorted(shapes.values())}")
        y = torch.randn(3, D_MODEL, dtype=torch.float64, generator=torch.Generator().manual_seed(0))
        hdn = y @ g2("meta_down_sampler.weight_generator").reshape(M, D_MODEL).T + g2("meta_down_sampler.bias_generator")
        hdn = 0.5 * hdn * (1 + torch.tanh(math.sqrt(2 / math.pi) * (hdn + 0.044715 * hdn ** 3)))
        up = hdn @ g2("meta_up_sampler.weight_generator").reshape(D_MODEL, M).T + g2("meta_up_sampler.bias_generator")
        norm_shapes = {n: tuple(t.shape) for n, t in P.items() if n.startswith(c + ".post_layernorm_hypernet.")}
        check(norm_shapes == {c + ".post_layernorm_hypernet.weight_generator.weight": (D_MODEL, TE),
                              c + ".post_layernorm_hypernet.weight_generator.bias": (D_MODEL,),
                              c + ".post_layernorm_hypernet.bias_generator.weight": (D_MODEL, TE),
                              c + ".post_layernorm_hypernet.bias_generator.bias": (D_MODEL,)},
              f"one-linear LayerNorm generators {sorted(norm_shapes.values())}")

        def g1(name):
            return P[f"{c}.{name}.weight"] @ e + P[f"{c}.{name}.bias"]
        ln = F.layer_norm(up, (D_MODEL,), eps=1e-5) * g1("post_layernorm_hypernet.weight_generator") \
            + g1("post_layernorm_hypernet.bias_generator")
        fn = make_adapter_fn("meta_adapter", P, "trec", ACTS["gelu_new"], "decoder", 1, "ff")
        check((fn(y) - (y + ln)).abs().max().item() < 1e-12, "two-layer meta-adapter == hand computation")
        # the two linears collapse to one (W1 W0, W1 b0 + b1): the linear meta-adapter gives the same logits
        collapsed = OrderedDict()
        for n in adapter_params:
            if n.endswith(".0.weight"):
                pre = n[: -len(".0.weight")]
                w0, b0 = adapter_params[pre + ".0.weight"].double(), adapter_params[pre + ".0.bias"].double()
                w1, b1 = adapter_params[pre + ".1.weight"].double(), adapter_params[pre + ".1.bias"].double()
                collapsed[pre + ".weight"], collapsed[pre + ".bias"] = w1 @ w0, w1 @ b0 + b1
            elif not any(n.endswith(x) and n[: -len(x)] + ".0.weight" in adapter_params
                         for x in (".0.bias", ".1.weight", ".1.bias")):
                collapsed[n] = adapter_params[n].double()
        lin_case = {**case, "cfg": {**case["cfg"], "meta_adapter_generator": "linear"}}
        lin, _, _ = run(lin_case, base_model, collapsed, torch.float64)
        diff = (lin["logits"] - out64["logits"]).abs().max().item()
        check(diff < 1e-10, f"collapsed single-linear generators give the same logits (max |diff| {diff:.1e})")

    if conditional_t5(case):
        removed = removes_t5_norms(case)
        P = {n: t.double() for n, t in adapter_params.items()}
        norms = t5_norm_names()
        check(len(norms) == 2 * N_LAYERS + 1 + 3 * N_LAYERS + 1, f"{len(norms)} conditional norms")
        # hand computation of one conditional norm (decoder cross-attention norm of block 1)
        norm = "decoder.block.1.layer.1.layer_norm"
        w_t5 = dict(base_model.named_parameters())[norm + ".weight"].detach().double()
        e = P["task_embeddings.trec"]
        gamma = P[norm + ".conditional.weight_generator.weight"] @ e + P[norm + ".conditional.weight_generator.bias"]
        beta = P[norm + ".conditional.bias_generator.weight"] @ e + P[norm + ".conditional.bias_generator.bias"]
        x = torch.randn(3, D_MODEL, dtype=torch.float64, generator=torch.Generator().manual_seed(0)) * 3.0
        rms = x / torch.sqrt((x ** 2).mean(-1, keepdim=True) + 1e-6) * w_t5
        src = x if removed else rms
        mu = src.mean(-1, keepdim=True)
        ln = (src - mu) / torch.sqrt(((src - mu) ** 2).mean(-1, keepdim=True) + 1e-6) * gamma + beta
        fn = make_conditional_norm_fn(P, "trec", norm, removed)
        check((fn(x, rms) - ln).abs().max().item() < 1e-12,
              f"conditional norm == hand-written LN_eps1e-6({'x' if removed else 'T5LN(x)'}) with generated gamma/beta")
        # the other mode (removing / keeping T5's norms) gives other logits
        flip = {**case, "cfg": {**case["cfg"], "remove_original_layer_norms": not removed}}
        other, _, _ = run(flip, base_model, adapter_params, torch.float64)
        diff = (other["logits"] - out64["logits"]).abs().max().item()
        check(diff > 1e-2, f"remove_original_layer_norms={not removed} gives other logits (max |diff| {diff:.3f})")
        # without the conditional norms: other logits too (the norms act)
        plain_ad = {**case, "cfg": {**case["cfg"], "conditional_layer_norm_for_T5": False}}
        other, _, _ = run(plain_ad, base_model, adapter_params, torch.float64)
        diff = (other["logits"] - out64["logits"]).abs().max().item()
        check(diff > 1e-2, f"conditional norms change the logits (max |diff| {diff:.3f})")
        if removed:
            # the T5 norm weights are dead in this mode: scaling them changes nothing
            def scale_norms(model, _P):
                with torch.no_grad():
                    for n, prm in model.named_parameters():
                        if "layer_norm" in n:
                            prm.mul_(3.0)
            z, _, _ = run(case, base_model, adapter_params, torch.float64, mutate=scale_norms)
            diff = (z["logits"] - out64["logits"]).abs().max().item()
            check(diff == 0.0, f"T5 layer-norm weights are ignored (max |diff| {diff:.1e})")
        want = {"grad." + n for n in adapter_params
                if ".adapters.sms_spam." not in n and n != "task_embeddings.sms_spam"}
        check(set(grads64) == want, f"gradients = trec adapters + post LNs + conditional generators + "
              f"task_embeddings.trec ({len(want)})")

    if name == "hyperformer_pp":
        # hand computation of one generated adapter (decoder, layer 1, self-attention; the task
        # embedding as it is, without the projection the case adds)
        P = {n: t.double() for n, t in adapter_params.items()}
        h = "decoder_hyper_net"
        s = torch.cat([P["task_embeddings.trec"], P[h + ".layer_embeddings.weight"][1],
                       P[h + ".position_embeddings.weight"][1]])
        z = P[h + ".task_hypernet.2.weight"] @ torch.relu(P[h + ".task_hypernet.0.weight"] @ s
                                                           + P[h + ".task_hypernet.0.bias"]) \
            + P[h + ".task_hypernet.2.bias"]
        z = (z - z.mean()) / torch.sqrt(z.var(unbiased=False) + 1e-6) * P[h + ".task_hypernet_ln.weight"] \
            + P[h + ".task_hypernet_ln.bias"]

        def g(name):
            return P[f"{h}.{name}.weight"] @ z + P[f"{h}.{name}.bias"]
        y = torch.randn(3, D_MODEL, dtype=torch.float64, generator=torch.Generator().manual_seed(0))
        hdn = y @ g("down.weight_generator").reshape(M, D_MODEL).T + g("down.bias_generator")
        hdn = 0.5 * hdn * (1 + torch.tanh(math.sqrt(2 / math.pi) * (hdn + 0.044715 * hdn ** 3)))
        up = hdn @ g("up.weight_generator").reshape(D_MODEL, M).T + g("up.bias_generator")
        ln = F.layer_norm(up, (D_MODEL,), eps=1e-5) * g("post_ln.weight_generator") + g("post_ln.bias_generator")
        fn = make_adapter_fn("hyperformer_pp", P, "trec", ACTS["gelu_new"], "decoder", 1, "sa")
        check((fn(y) - (y + ln)).abs().max().item() < 1e-12, "hyperformer++ adapter == hand computation")


# ----------------------------------------------------------------------------------------------
# writing
# ----------------------------------------------------------------------------------------------
def write_json(path, obj):
    text = json.dumps(obj, indent=2)
    # keep innermost lists (token rows, task lists) on one line
    text = re.sub(r"\[[^\[\]{}]*\]", lambda mt: json.dumps(json.loads(mt.group(0))), text)
    with open(path, "w") as f:
        f.write(text + "\n")


def tensors_for_file(outputs, grads, dtype):
    d = OrderedDict()
    for k, v in list(outputs.items()) + list(grads.items()):
        d[k] = v.to(dtype).contiguous()
    return d


def generate(name, case, out_root):
    print(f"== {name}")
    d = os.path.join(out_root, name)
    if case.get("ruse_written"):
        src = d if os.path.isfile(os.path.join(d, "model.safetensors")) else os.path.join(FIXTURES, name)
        base_model = load_ruse_written(name, case, src)
    else:
        base_model = make_base_model(case)
    adapter_params = make_adapter_params(case) if case["kind"] else OrderedDict()

    out32, grads32, dec_in = run(case, base_model, adapter_params, torch.float32)
    out64, grads64, _ = run(case, base_model, adapter_params, torch.float64)
    sanity_checks(name, case, base_model, adapter_params, out32, grads32, out64, grads64)

    os.makedirs(d, exist_ok=True)
    if case.get("ruse_written"):
        # never rewrite ruse's files; copy them only when writing to another --out
        if os.path.realpath(src) != os.path.realpath(d):
            for f in ("config.json", "model.safetensors"):
                shutil.copyfile(os.path.join(src, f), os.path.join(d, f))
    else:
        base_model.save_pretrained(d, safe_serialization=True)
    if adapter_params:
        save_file({k: v.contiguous() for k, v in adapter_params.items()},
                  os.path.join(d, "adapter_model.safetensors"), metadata={"format": "pt"})
        cfg = case_cfg(case)
        cfg = {"train_adapters": True, **cfg, "label_smoothing": case["label_smoothing"]}
        write_json(os.path.join(d, "adapter_config.json"), cfg)
    else:
        write_json(os.path.join(d, "adapter_config.json"),
                   {"train_adapters": False, "label_smoothing": case["label_smoothing"]})
    write_json(os.path.join(d, "inputs.json"), OrderedDict(
        input_ids=INPUT_IDS, attention_mask=ATTENTION_MASK, labels=LABELS,
        decoder_input_ids=dec_in.tolist(), task=TASK, label_smoothing=case["label_smoothing"]))
    save_file(tensors_for_file(out32, grads32, torch.float32), os.path.join(d, "expected.safetensors"),
              metadata={"dtype": "float32"})
    save_file(tensors_for_file(out64, grads64, torch.float64), os.path.join(d, "expected_f64.safetensors"),
              metadata={"dtype": "float64"})
    print(f"  loss f32 {out32['loss'].item():.7f}  f64 {out64['loss'].item():.12f}  "
          f"{len(grads32)} gradients, {len(adapter_params)} adapter tensors")


# ----------------------------------------------------------------------------------------------
# training steps (cases train_*): loss -> backward -> clip_grad_norm_ -> AdamW (or Adafactor) -> LR scheduler
# ----------------------------------------------------------------------------------------------
# Each train case runs TRAIN_STEPS optimizer updates on the standard batch of its base (parity) case,
# starting from the base case's weights (config/model/adapter_model in tests/fixtures/t5/<base_case>/, which
# this part regenerates and checks bit for bit against the folder, and never writes).
TRAIN_STEPS = 3
TRAIN_CASES = OrderedDict(
    train_full_v1_0=dict(base_case="t5_v1_0", learning_rate=1e-2, weight_decay=0.01, max_grad_norm=1.0,
                         warmup_steps=2, max_steps=10, lr_scheduler="linear", adam_epsilon=1e-8),
    # pre-clip norms 2.040, 2.040, 0.827: max_grad_norm 1.0 clips steps 1 and 2 and leaves step 3 unclipped
    # (the other two cases clip every step)
    train_adapter_cosine=dict(base_case="adapter", learning_rate=5e-2, weight_decay=0.01, max_grad_norm=1.0,
                              warmup_steps=1, max_steps=6, lr_scheduler="cosine", adam_epsilon=1e-8),
    train_hyperformer_pp_poly=dict(base_case="hyperformer_pp", learning_rate=1e-2, weight_decay=0.0,
                                   max_grad_norm=1.0, warmup_steps=0, max_steps=5, lr_scheduler="polynomial",
                                   adam_epsilon=1e-8),
    # HF Adafactor instead of AdamW (reference `adafactor: true`): Adafactor(lr=learning_rate,
    # scale_parameter=False, relative_step=False, warmup_init=False), defaults otherwise (eps (1e-30, 1e-3),
    # clip_threshold 1.0, decay_rate -0.8, beta1 None, weight_decay 0); same batch / clipping as
    # train_adapter_cosine
    train_adapter_adafactor=dict(base_case="adapter", learning_rate=1e-2, weight_decay=0.0, max_grad_norm=1.0,
                                 warmup_steps=1, max_steps=6, lr_scheduler="constant_w_warmup",
                                 adam_epsilon=1e-8, adafactor=True),
)
# reference (hyperformer) scheduler names -> transformers.get_scheduler names
HF_SCHEDULER_NAMES = {"linear": "linear", "cosine": "cosine", "cosine_w_restarts": "cosine_with_restarts",
                      "polynomial": "polynomial", "constant": "constant", "constant_w_warmup": "constant_with_warmup"}
ADAM_BETAS = (0.9, 0.999)
# transformers.optimization.Adafactor defaults (kept; written out for the hand check)
ADAFACTOR_EPS = (1e-30, 1e-3)
ADAFACTOR_CLIP = 1.0
ADAFACTOR_DECAY = -0.8


def no_weight_decay(name):
    """ruse's rule: the reference's (every name containing "bias": biases, T5's relative_attention_bias
    table, the hypernets' bias generators) and every layer norm weight (T5 norms, adapter pre/post LNs, the
    hypernets' task_hypernet_ln), which the reference's "LayerNorm.weight" never matches."""
    return "bias" in name or name.endswith("layer_norm.weight") or name.endswith("_ln.weight")


def schedule_multiplier(sched, k, warmup, total):
    """Closed-form HF schedule multiplier (written independently of transformers, for checking)."""
    if sched == "constant":
        return 1.0
    if k < warmup:
        return k / max(1, warmup)
    progress = (k - warmup) / max(1, total - warmup)
    if sched == "constant_w_warmup":
        return 1.0
    if sched == "linear":
        return max(0.0, (total - k) / max(1, total - warmup))
    if sched == "cosine":
        return max(0.0, 0.5 * (1.0 + math.cos(math.pi * 0.5 * 2.0 * progress)))
    if sched == "cosine_w_restarts":
        return 0.0 if progress >= 1.0 else max(0.0, 0.5 * (1.0 + math.cos(math.pi * ((1.0 * progress) % 1.0))))
    if sched == "polynomial":
        raise AssertionError("use poly_lr")
    raise ValueError(sched)


def hand_lr(tc, k):
    base = tc["learning_rate"]
    if tc["lr_scheduler"] == "polynomial":
        w, t, end = tc["warmup_steps"], tc["max_steps"], 1e-7
        if k < w:
            return base * k / max(1, w)
        if k > t:
            return end
        return (base - end) * (1 - (k - w) / (t - w)) + end
    return base * schedule_multiplier(tc["lr_scheduler"], k, tc["warmup_steps"], tc["max_steps"])


def check_base_folder(base_name, base_model, adapter_params, out_root):
    """The regenerated base weights are exactly those of the base case folder (what ruse loads)."""
    from safetensors.torch import load_file
    d = os.path.join(out_root, base_name)
    if not os.path.isfile(os.path.join(d, "model.safetensors")):
        d = os.path.join(FIXTURES, base_name)
    sd = base_model.state_dict()
    m = load_file(os.path.join(d, "model.safetensors"))
    check(all(torch.equal(m[k], sd[k]) for k in m), f"base weights == {base_name}/model.safetensors bit for bit")
    if adapter_params:
        a = load_file(os.path.join(d, "adapter_model.safetensors"))
        check(set(a) == set(adapter_params), "same adapter tensor names")
        check(all(torch.equal(a[k], adapter_params[k]) for k in a),
              f"adapter weights == {base_name}/adapter_model.safetensors bit for bit")
    return load_file(os.path.join(d, "expected.safetensors"))


def train_steps(case, tc, base_model, adapter_params, n_steps=TRAIN_STEPS, watch=()):
    """n_steps updates in float32. Returns (record dict, snapshots [params after each update],
    trainable names with gradients, watched-tensor log for the AdamW hand check)."""
    model = copy.deepcopy(base_model).float()
    model.train()  # dropout_rate is 0, so train() and eval() compute the same
    for prm in model.parameters():
        prm.requires_grad_(False)
    P = OrderedDict((n, torch.nn.Parameter(t.float().clone(), requires_grad=False)) for n, t in adapter_params.items())
    base_train, adapter_train = trainable_names(case, model, P.keys())
    named = dict(model.named_parameters())
    params = OrderedDict()
    for n in base_train:
        params[n] = named[n]
    for n in adapter_train:
        params[n] = P[n]
    for prm in params.values():
        prm.requires_grad_(True)
    if case["kind"] is not None:
        cfg = case_cfg(case)
        install_adapters(model, case["kind"], P, TASK, cfg["non_linearity"], projects_task_embedding(case),
                         adapter_norms(case))
        if conditional_t5(case):
            install_conditional_norms(model, P, TASK, removes_t5_norms(case), {})

    wd = tc["weight_decay"]
    groups = [
        {"params": [p for n, p in params.items() if not no_weight_decay(n)], "weight_decay": wd},
        {"params": [p for n, p in params.items() if no_weight_decay(n)], "weight_decay": 0.0},
    ]
    if tc.get("adafactor"):
        opt = transformers.optimization.Adafactor(groups, lr=tc["learning_rate"], scale_parameter=False,
                                                  relative_step=False, warmup_init=False)
        check(all(g["eps"] == ADAFACTOR_EPS and g["clip_threshold"] == ADAFACTOR_CLIP
                  and g["decay_rate"] == ADAFACTOR_DECAY and g["beta1"] is None for g in opt.param_groups),
              "Adafactor defaults: eps (1e-30, 1e-3), clip_threshold 1, decay_rate -0.8, no beta1")
    else:
        opt = torch.optim.AdamW(groups, lr=tc["learning_rate"], betas=ADAM_BETAS, eps=tc["adam_epsilon"],
                                weight_decay=wd)
    sched = transformers.get_scheduler(HF_SCHEDULER_NAMES[tc["lr_scheduler"]], opt,
                                       num_warmup_steps=tc["warmup_steps"], num_training_steps=tc["max_steps"])

    input_ids = torch.tensor(INPUT_IDS)
    attention_mask = torch.tensor(ATTENTION_MASK)
    labels = torch.tensor(LABELS)
    decoder_input_ids = model._shift_right(labels)
    rec = OrderedDict(loss=[], grad_norm=[], lr=[], clipped=[])
    snaps, first_grads, log = [], None, {n: [] for n in watch}
    with_grad = None
    for _ in range(n_steps):
        opt.zero_grad(set_to_none=True)
        out = model(input_ids=input_ids, attention_mask=attention_mask, decoder_input_ids=decoder_input_ids,
                    return_dict=True)
        loss = reference_loss(out.logits, labels, tc["label_smoothing"])
        loss.backward()
        if with_grad is None:
            with_grad = [n for n, p in params.items() if p.grad is not None]
            first_grads = OrderedDict((n, params[n].grad.detach().clone()) for n in with_grad)
        grads = [params[n].grad for n in with_grad]
        hand_norm = math.sqrt(sum((g.double() ** 2).sum().item() for g in grads))
        if tc["max_grad_norm"] > 0:
            norm = torch.nn.utils.clip_grad_norm_([params[n] for n in with_grad], tc["max_grad_norm"])
        else:
            norm = torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(g) for g in grads]))
        check(abs(norm.item() - hand_norm) <= 1e-5 * hand_norm,
              f"grad_norm {norm.item():.7g} == float64 hand norm {hand_norm:.7g}")
        lr = opt.param_groups[0]["lr"]
        check(all(g["lr"] == lr for g in opt.param_groups), "both param groups use the same lr")
        for n in watch:
            st = opt.state.get(params[n], {})
            if tc.get("adafactor"):
                log[n].append(dict(p=params[n].detach().clone(), g=params[n].grad.detach().clone(), lr=lr))
            else:
                log[n].append(dict(p=params[n].detach().clone(), g=params[n].grad.detach().clone(), lr=lr,
                                   m=st["exp_avg"].clone() if st else None,
                                   v=st["exp_avg_sq"].clone() if st else None))
        opt.step()
        sched.step()
        rec["loss"].append(loss.item())
        rec["grad_norm"].append(norm.item())
        rec["lr"].append(lr)
        rec["clipped"].append(tc["max_grad_norm"] > 0 and norm.item() > tc["max_grad_norm"])
        snaps.append(OrderedDict((n, params[n].detach().clone()) for n in with_grad))
        for n in watch:
            log[n][-1]["after"] = params[n].detach().clone()
            if tc.get("adafactor"):
                log[n][-1]["state"] = {k: v.clone() for k, v in opt.state[params[n]].items()
                                       if k.startswith("exp_avg_sq")}
    return rec, snaps, with_grad, first_grads, log


def hand_adamw_check(name, tc, entries):
    """One tensor's AdamW updates against the textbook formula (float64 from the same float32 inputs)."""
    b1, b2 = ADAM_BETAS
    wd = 0.0 if no_weight_decay(name) else tc["weight_decay"]
    m = torch.zeros_like(entries[0]["p"], dtype=torch.float64)
    v = torch.zeros_like(m)
    worst = 0.0
    for t, e in enumerate(entries, start=1):
        g = e["g"].double()  # after clipping (clip_grad_norm_ scales .grad in place before the step)
        p = e["p"].double() * (1.0 - e["lr"] * wd)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        m_hat = m / (1 - b1 ** t)
        v_hat = v / (1 - b2 ** t)
        want = p - e["lr"] * m_hat / (v_hat.sqrt() + tc["adam_epsilon"])
        worst = max(worst, (e["after"].double() - want).abs().max().item())
    check(worst < 1e-6, f"AdamW update of {name} {tuple(entries[0]['p'].shape)} (weight decay {wd}) == "
          f"hand formula over {len(entries)} steps (max |diff| {worst:.1e})")


def hand_adafactor_check(name, tc, entries):
    """One tensor's Adafactor updates (scale_parameter / relative_step / warmup_init off, beta1 None,
    weight_decay 0) against a float64 re-implementation of HF's algorithm, from the same float32 inputs:
      beta2t = 1 - t^decay_rate;  u = g^2 + eps1
      2-D (factored): R = beta2t R + (1 - beta2t) mean_cols(u)  [rows],  C = beta2t C + (1 - beta2t) mean_rows(u)
        [cols];  U = g * rsqrt(R_i / mean(R)) * rsqrt(C_j)
      otherwise:      V = beta2t V + (1 - beta2t) u;  U = g * rsqrt(V)
      U /= max(1, RMS(U) / clip_threshold);  p -= lr U
    The state advances at lr 0 too (warmup)."""
    shape = tuple(entries[0]["p"].shape)
    factored = len(shape) >= 2
    if factored:
        check(len(shape) == 2, "2-D weight")
        row = torch.zeros(shape[0], dtype=torch.float64)
        col = torch.zeros(shape[1], dtype=torch.float64)
    else:
        v = torch.zeros(shape, dtype=torch.float64)
    worst, worst_state, clipped = 0.0, 0.0, []  # clipped: RMS(U) per step (U is divided by it when > 1)
    for t, e in enumerate(entries, start=1):
        g = e["g"].double()  # after clipping
        beta2t = 1.0 - float(t) ** ADAFACTOR_DECAY
        u = g * g + ADAFACTOR_EPS[0]
        if factored:
            row = beta2t * row + (1.0 - beta2t) * u.sum(dim=1) / shape[1]
            col = beta2t * col + (1.0 - beta2t) * u.sum(dim=0) / shape[0]
            r_factor = 1.0 / torch.sqrt(row / (row.sum() / shape[0]))
            c_factor = 1.0 / torch.sqrt(col)
            upd = g * r_factor[:, None] * c_factor[None, :]
            worst_state = max(worst_state, ((e["state"]["exp_avg_sq_row"].double() - row).abs().max()
                                            / row.abs().max()).item(),
                              ((e["state"]["exp_avg_sq_col"].double() - col).abs().max() / col.abs().max()).item())
        else:
            v = beta2t * v + (1.0 - beta2t) * u
            upd = g / torch.sqrt(v)
            worst_state = max(worst_state, ((e["state"]["exp_avg_sq"].double() - v).abs().max()
                                            / v.abs().max()).item())
        rms = math.sqrt((upd * upd).sum().item() / upd.numel())
        clipped.append(f"{rms:.4f}")
        upd = upd / max(1.0, rms / ADAFACTOR_CLIP)
        want = e["p"].double() - e["lr"] * upd
        worst = max(worst, (e["after"].double() - want).abs().max().item())
    check(worst_state < 1e-5, f"Adafactor second-moment state of {name} == hand (max rel diff {worst_state:.1e})")
    check(worst < 1e-6, f"Adafactor {'factored' if factored else 'unfactored'} update of {name} {shape} == hand "
          f"float64 algorithm over {len(entries)} steps (max |diff| {worst:.1e}; update RMS before clipping {', '.join(clipped)})")


def generate_train(name, tc, out_root):
    print(f"== {name}")
    case = CASES[tc["base_case"]]
    check(not case.get("ruse_written"), "base case is script-generated")
    tc = {**tc, "label_smoothing": case["label_smoothing"]}
    base_model = make_base_model(case)
    adapter_params = make_adapter_params(case) if case["kind"] else OrderedDict()
    base_expected = check_base_folder(tc["base_case"], base_model, adapter_params, out_root)

    # watched tensors with and without weight decay, for the AdamW hand check
    if case["kind"] is None:
        watch = ("encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight", "decoder.final_layer_norm.weight")
    elif case["kind"] == "adapter":
        watch = ("encoder.block.0.layer.1.adapter_controller.adapters.trec.up_sampler.bias",
                 "decoder.block.1.layer.0.adapter_controller.adapters.trec.down_sampler.weight")
    else:
        watch = ("decoder_hyper_net.task_hypernet_ln.weight", "encoder_hyper_net.task_hypernet.2.weight",
                 "task_embeddings.trec")
    rec, snaps, with_grad, first_grads, log = train_steps(case, tc, base_model, adapter_params, watch=watch)

    # step 1 is the parity case: same loss and gradients as <base_case>/expected.safetensors
    want = sorted(k[len("grad."):] for k in base_expected if k.startswith("grad."))
    check(sorted(with_grad) == want, f"{len(with_grad)} trained tensors == the base case's gradients")
    worst = max(((first_grads[n] - base_expected["grad." + n]).abs().max()
                 / (base_expected["grad." + n].abs().max() + 1e-12)).item() for n in with_grad)
    exact = all(torch.equal(first_grads[n], base_expected["grad." + n]) for n in with_grad)
    check(exact and rec["loss"][0] == base_expected["loss"].item(),
          f"step 1 loss/gradients == base case's expected.safetensors bit for bit (max rel diff {worst:.1e})")
    for n in watch:
        if tc.get("adafactor"):
            hand_adafactor_check(n, tc, log[n])
        else:
            hand_adamw_check(n, tc, log[n])
    for k in range(TRAIN_STEPS):
        lr = hand_lr(tc, k)
        check(abs(rec["lr"][k] - lr) <= 1e-12 * tc["learning_rate"], f"lr[{k}] {rec['lr'][k]!r} == closed form {lr!r}")
    if tc["max_grad_norm"] > 0:
        check(any(rec["clipped"]), f"clipping active in steps {[i for i, c in enumerate(rec['clipped']) if c]}")
    check(all(rec["loss"][k + 1] != rec["loss"][k] or rec["lr"][k] == 0 for k in range(TRAIN_STEPS - 1)),
          "every update with lr > 0 changes the loss")
    init = {**{n: p.detach() for n, p in base_model.named_parameters()}, **adapter_params}
    moved = max((snaps[-1][n] - init[n]).abs().max().item() for n in with_grad)
    check(moved > 0, f"parameters moved (max |change| {moved:.3e})")
    if rec["lr"][0] == 0.0:
        check(all(torch.equal(snaps[0][n], init[n]) for n in with_grad),
              "lr 0 in the first update (warmup): params_after_1 == the base weights")
    check(any(not c for c in rec["clipped"]) or name != "train_adapter_cosine", "an unclipped step")
    if tc.get("adafactor"):
        check(any(n.endswith(".weight") and snaps[0][n].dim() == 2 for n in with_grad)
              and any(snaps[0][n].dim() == 1 for n in with_grad), "both factored (2-D) and unfactored tensors")

    d = os.path.join(out_root, name)
    os.makedirs(d, exist_ok=True)
    cfg = OrderedDict(base_case=tc["base_case"])
    for k in ("learning_rate", "weight_decay", "max_grad_norm", "warmup_steps", "max_steps", "lr_scheduler",
              "adam_epsilon", "label_smoothing"):
        cfg[k] = tc[k]
    if tc.get("adafactor"):
        cfg["adafactor"] = True
    write_json(os.path.join(d, "train_config.json"), cfg)
    write_json(os.path.join(d, "expected_steps.json"),
               OrderedDict(loss=rec["loss"], grad_norm=rec["grad_norm"], lr=rec["lr"]))
    # (one metadata key only: safetensors writes its metadata map in no fixed order)
    save_file({n: t.contiguous() for n, t in snaps[-1].items()}, os.path.join(d, "params_after.safetensors"),
              metadata={"dtype": "float32"})
    save_file({n: t.contiguous() for n, t in snaps[0].items()}, os.path.join(d, "params_after_1.safetensors"),
              metadata={"dtype": "float32"})
    print(f"  loss {rec['loss']}\n  grad_norm {rec['grad_norm']}\n  lr {rec['lr']}\n  clipped {rec['clipped']}")


# ----------------------------------------------------------------------------------------------
# generation (cases generate_*): HF `generate`, greedy and beam search, against the base case's weights
# ----------------------------------------------------------------------------------------------
# Each case reads config.json + model.safetensors of its base case folder (never written here) and records what
# transformers' generate returns for its batch of 3 rows. Random weights hardly ever emit eos, so when the base
# model does not stop early on the batch the case gets its own copy of the model in which the eos row of the
# output embedding (= shared.weight for v1.0) is pushed along a fixed direction, by the smallest multiple of
# EOS_BOOST_STEP that makes eos stopping show up (see eos_coverage). The batches were picked (by trying rows)
# so that beam search's early-stopping rule decides at least one row (checked in generation_checks).
GEN_MAX_NEW_TOKENS = 8
GEN_NUM_BEAMS = 3
GEN_LENGTH_PENALTY = 1.0
GEN_EARLY_STOPPING = False
EOS = 1
DECODER_START = 0
EOS_BOOST_STEP = 0.5
EOS_BOOST_MAX = 20.0
GENERATE_CASES = OrderedDict(
    generate_v1_0=dict(base_case="t5_v1_0",
                       input_ids=[[2, 30, 18, 16, 26, 23, 1], [10, 17, 29, 12, 23, 1], [4, 18, 27, 11, 1]]),
    generate_v1_1=dict(base_case="t5_v1_1",
                       input_ids=[[22, 31, 1], [10, 17, 29, 12, 23, 1], [4, 18, 27, 11, 1]]),
)


def gen_batch(rows):
    """Right-padded with pad 0, attention mask 0 on the pads."""
    n = max(len(r) for r in rows)
    return [r + [PAD] * (n - len(r)) for r in rows], [[1] * len(r) + [0] * (n - len(r)) for r in rows]


def generation_config(num_beams):
    """Every setting that could touch the scores or the stopping spelled out, so that neither the folder's
    generation_config.json nor library defaults add a logits processor (generate() is also called with
    use_model_defaults=False)."""
    return transformers.GenerationConfig(
        max_new_tokens=GEN_MAX_NEW_TOKENS, min_length=0, min_new_tokens=None, do_sample=False,
        num_beams=num_beams, num_beam_groups=1, num_return_sequences=1, length_penalty=GEN_LENGTH_PENALTY,
        early_stopping=GEN_EARLY_STOPPING, repetition_penalty=1.0, encoder_repetition_penalty=1.0,
        no_repeat_ngram_size=0, encoder_no_repeat_ngram_size=0, bad_words_ids=None, sequence_bias=None,
        forced_bos_token_id=None, forced_eos_token_id=None, suppress_tokens=None, begin_suppress_tokens=None,
        exponential_decay_length_penalty=None, remove_invalid_values=False, renormalize_logits=False,
        decoder_start_token_id=DECODER_START, eos_token_id=EOS, pad_token_id=PAD, bos_token_id=None,
        output_scores=True, output_logits=True, return_dict_in_generate=True, use_cache=True,
    )


def hf_generate(model, batch, num_beams):
    with torch.no_grad():
        return model.generate(torch.tensor(batch[0]), attention_mask=torch.tensor(batch[1]),
                              generation_config=generation_config(num_beams), use_model_defaults=False)


def first_eos(seq):
    """Generated position (1-based: the number of generated tokens up to and including it) of the first eos
    after the decoder start token, or None."""
    for p, t in enumerate(seq[1:], start=1):
        if t == EOS:
            return p
    return None


def greedy_record(model, batch):
    """HF greedy: sequences as returned and, per row, log_softmax(score)[chosen token] for each generated
    position up to and including eos (nothing for the forced pads after it)."""
    out = hf_generate(model, batch, 1)
    check(len(out.scores) == out.sequences.shape[1] - 1, "one score tensor per generated position")
    check(all(torch.equal(s, l) for s, l in zip(out.scores, out.logits)),
          "greedy scores == raw logits bit for bit (no logits processor active)")
    seqs = out.sequences.tolist()
    scores = []
    for r, seq in enumerate(seqs):
        n = first_eos(seq) or (len(seq) - 1)
        scores.append([torch.log_softmax(out.scores[p - 1][r], dim=-1)[seq[p]].item() for p in range(1, n + 1)])
    return seqs, scores


def beam_record(model, batch):
    out = hf_generate(model, batch, GEN_NUM_BEAMS)
    check(all(torch.equal(s, torch.log_softmax(l, dim=-1)) for s, l in zip(out.scores, out.logits)),
          "beam scores == log_softmax(raw logits) bit for bit (no logits processor active)")
    return out.sequences.tolist(), out.sequences_scores.tolist()


def eos_coverage(greedy, beam):
    """What the fixture must exercise: a greedy row and a beam row that stop with eos after at least one other
    token and before max_new_tokens, and a greedy row that never emits eos."""
    def early(seq):
        p = first_eos(seq)
        return p is not None and 2 <= p < GEN_MAX_NEW_TOKENS
    return (any(early(s) for s in greedy) and any(first_eos(s) is None for s in greedy)
            and any(early(s) for s in beam))


def eos_direction(model, batch):
    """Unit vector u in lm-head input space: the mean decoder output (decoder.final_layer_norm, before the tied
    d_model^-0.5 scaling) at the positions that predict generated tokens 2..8, with the component along the mean
    output at the position that predicts token 1 removed, all from the model teacher-forced on its own greedy
    output (batch rows averaged). Adding a·u to the eos row raises the eos logit little at the first step and
    more later, so rows stop after some tokens instead of at once."""
    seqs = hf_generate(model, batch, 1).sequences
    with torch.no_grad():
        out = model(input_ids=torch.tensor(batch[0]), attention_mask=torch.tensor(batch[1]),
                    decoder_input_ids=seqs[:, :-1], output_hidden_states=True, return_dict=True)
    h = out.decoder_hidden_states[-1]
    first = h[:, 0].mean(0)
    first = first / first.norm()
    later = h[:, 1:].mean((0, 1))
    u = later - (later @ first) * first
    return u / u.norm()


def with_eos_boost(model, u, alpha):
    m = copy.deepcopy(model)
    with torch.no_grad():
        m.get_output_embeddings().weight[EOS] += alpha * u
    return m


def decoder_log_probs(model, enc, mask, dec):
    """log_softmax of the logits at every decoder position, full recomputation (no cache)."""
    from transformers.modeling_outputs import BaseModelOutput
    with torch.no_grad():
        out = model(encoder_outputs=BaseModelOutput(last_hidden_state=enc), attention_mask=mask,
                    decoder_input_ids=dec, use_cache=False, return_dict=True)
    return torch.log_softmax(out.logits, dim=-1)


def encode(model, batch):
    ids, mask = torch.tensor(batch[0]), torch.tensor(batch[1])
    with torch.no_grad():
        enc = model.get_encoder()(input_ids=ids, attention_mask=mask, return_dict=True).last_hidden_state
    return enc, mask


def hand_greedy(model, batch):
    """Greedy decoding written out: argmax each step, pad after eos, stop once every row has emitted eos."""
    enc, mask = encode(model, batch)
    seqs = torch.full((enc.shape[0], 1), DECODER_START)
    done = torch.zeros(enc.shape[0], dtype=torch.bool)
    scores = [[] for _ in range(enc.shape[0])]
    for _ in range(GEN_MAX_NEW_TOKENS):
        lp = decoder_log_probs(model, enc, mask, seqs)[:, -1]
        nxt = lp.argmax(-1)
        for r in range(enc.shape[0]):
            if not done[r]:
                scores[r].append(lp[r, nxt[r]].item())
        nxt = torch.where(done, torch.full_like(nxt, PAD), nxt)
        seqs = torch.cat([seqs, nxt[:, None]], dim=1)
        done |= nxt == EOS
        if done.all():
            break
    return seqs.tolist(), scores


def hand_beam(model, batch, k, lp_pow=GEN_LENGTH_PENALTY, early_stop_rule=True):
    """Beam search as transformers 4.57.6 does it with early_stopping=False, written out per row. Returns, per
    row, the best finished hypothesis (start token .. eos, or .. max_new_tokens tokens), its score and the
    length used to normalise it. A hypothesis of n generated tokens scores sum(log p) / n ** length_penalty."""
    enc, mask = encode(model, batch)
    results = []
    for r in range(enc.shape[0]):
        running = [([DECODER_START], 0.0)]
        finished = []  # (normalised score, tokens, n)
        done = False
        for t in range(1, GEN_MAX_NEW_TOKENS + 1):
            dec = torch.tensor([s for s, _ in running])
            lp = decoder_log_probs(model, enc[r:r + 1].expand(len(running), -1, -1),
                                   mask[r:r + 1].expand(len(running), -1), dec)[:, -1]
            total = (lp + torch.tensor([s for _, s in running])[:, None]).flatten()
            vals, idx = torch.topk(total, 2 * k)
            cands = [(v.item(), running[i // lp.shape[1]][0] + [i % lp.shape[1]])
                     for v, i in zip(vals, idx.tolist())]
            last = t == GEN_MAX_NEW_TOKENS
            if not done:
                # only the best k of the 2k candidates may finish; the length is t generated tokens
                finished += [(s / t ** lp_pow, seq, t) for s, seq in cands[:k] if seq[-1] == EOS or last]
                finished = sorted(finished, key=lambda f: -f[0])[:k]
            if last:
                break
            running = [(seq, s) for s, seq in cands if seq[-1] != EOS][:k]
            # early_stopping=False: done once k hypotheses are finished and the best running beam, normalised
            # by its current length t, does not beat the worst of them
            if early_stop_rule and not done and len(finished) == k and running[0][1] / t ** lp_pow <= finished[-1][0]:
                done = True
            if done:
                break
        results.append(finished[0])
    return results


def teacher_forced(model, batch, seqs):
    """log p(seq[p] | seq[:p]) for p >= 1, one decoder pass over the whole sequences."""
    enc, mask = encode(model, batch)
    s = torch.tensor(seqs)
    lp = decoder_log_probs(model, enc, mask, s[:, :-1])
    return lp.gather(-1, s[:, 1:, None])[..., 0]


def generation_checks(model, batch, greedy, greedy_scores, beam, beam_scores, pin_early_stop):
    """Returns the per-row normalisation lengths of the beam results. pin_early_stop: also check that the
    early-stopping rule decides some row (what the generate_* cases are for)."""
    n_rows = len(batch[0])
    # greedy: start token, eos then pads (0)
    check(all(s[0] == DECODER_START for s in greedy + beam), "every sequence starts with decoder_start_token_id 0")
    check(all(all(t == PAD for t in s[first_eos(s) + 1:]) for s in greedy if first_eos(s)),
          "greedy rows are padded with pad_token_id 0 after eos")
    check(all(all(t == EOS for t in s[first_eos(s) + 1:]) for s in beam if first_eos(s)),
          "beam rows are filled with eos (1) after eos (generate fills with `pad_token_id or eos`, and pad 0 is falsy)")
    # teacher-forced scores of the greedy sequences == what generate reported
    tf = teacher_forced(model, batch, greedy)
    worst = max(abs(tf[r, p].item() - v) for r in range(n_rows) for p, v in enumerate(greedy_scores[r]))
    check(worst < 1e-5, f"greedy scores == teacher-forced log-probs of the greedy sequences (max |diff| {worst:.1e})")
    # greedy written out (no cache)
    hg, hs = hand_greedy(model, batch)
    worst = max(abs(a - b) for r in range(n_rows) for a, b in zip(hs[r], greedy_scores[r]))
    check(hg == greedy and [len(s) for s in hs] == [len(s) for s in greedy_scores],
          f"hand-written greedy == HF greedy (scores max |diff| {worst:.1e})")
    check(worst < 1e-5, "hand-written greedy scores agree")
    # the beam search below with a single beam == greedy
    one = hand_beam(model, batch, 1)
    check(all(one[r][1] == greedy[r][:first_eos(greedy[r]) + 1 if first_eos(greedy[r]) else None]
              for r in range(n_rows)), "hand-written beam search with 1 beam == greedy (up to eos)")
    # beam: the rule documented in the README reproduces HF's sequences and sequences_scores
    hb = hand_beam(model, batch, GEN_NUM_BEAMS)
    trimmed = [s[:first_eos(s) + 1] if first_eos(s) else s for s in beam]
    check([h[1] for h in hb] == trimmed, "hand-written beam search (README rule) == HF beam sequences")
    worst = max(abs(h[0] - s) for h, s in zip(hb, beam_scores))
    check(worst < 1e-5, f"hand-written beam scores == sequences_scores (max |diff| {worst:.1e})")
    lengths = [h[2] for h in hb]
    check(lengths == [first_eos(s) or GEN_MAX_NEW_TOKENS for s in beam],
          f"normalisation length = generated tokens incl. eos (or max_new_tokens): {lengths}")
    # sequences_scores == teacher-forced sum of log-probs up to eos / length ** length_penalty
    padded = [s + [EOS] * (1 + GEN_MAX_NEW_TOKENS - len(s)) for s in beam]
    tf = teacher_forced(model, batch, padded)
    re_scores = [tf[r, :lengths[r]].sum().item() / lengths[r] ** GEN_LENGTH_PENALTY for r in range(n_rows)]
    worst = max(abs(a - b) for a, b in zip(re_scores, beam_scores))
    check(worst < 1e-5, f"sequences_scores == teacher-forced sum log p / n^length_penalty (max |diff| {worst:.1e})")
    if not pin_early_stop:
        return lengths
    # the fixture pins down the early-stopping rule: without it some row would end differently
    free = hand_beam(model, batch, GEN_NUM_BEAMS, early_stop_rule=False)
    decided = [r for r in range(n_rows) if free[r][1] != hb[r][1]]
    check(decided, f"the early-stopping rule decides row(s) {decided} (without it: "
          f"{[free[r][1] for r in decided]})")
    return lengths


def load_base(base_case, out_root):
    d = os.path.join(out_root, base_case)
    if not os.path.isfile(os.path.join(d, "model.safetensors")):
        d = os.path.join(FIXTURES, base_case)
    model, info = T5ForConditionalGeneration.from_pretrained(d, output_loading_info=True)
    check(all(len(info[k]) == 0 for k in ("missing_keys", "unexpected_keys", "mismatched_keys", "error_msgs")),
          f"from_pretrained({base_case}) clean")
    check(model.dtype == torch.float32, "float32")
    model.eval()
    return model


def generate_gen(name, gc, out_root):
    print(f"== {name}")
    base = load_base(gc["base_case"], out_root)
    batch = gen_batch(gc["input_ids"])
    vocab = base.config.vocab_size
    check(all(t < vocab for row in batch[0] for t in row), f"input ids < vocab_size {vocab}")
    check(all(row[sum(m) - 1] == EOS and EOS not in row[:sum(m) - 1] and all(t == PAD for t in row[sum(m):])
              for row, m in zip(*batch)), "rows end in eos, then right-padded with 0")
    check(len(batch[0]) == 3 and len({sum(m) for m in batch[1]}) == 3, "3 rows of different lengths")
    check(base.config.decoder_start_token_id == DECODER_START and base.config.eos_token_id == EOS
          and base.config.pad_token_id == PAD, "config start / eos / pad == 0 / 1 / 0")

    d = os.path.join(out_root, name)
    os.makedirs(d, exist_ok=True)
    alpha, model, u = 0.0, base, None
    while True:
        greedy = hf_generate(model, batch, 1).sequences.tolist()
        beam = hf_generate(model, batch, GEN_NUM_BEAMS).sequences.tolist()
        print(f"  eos boost {alpha}: greedy {greedy} beam {beam}")
        if eos_coverage(greedy, beam):
            break
        if alpha + EOS_BOOST_STEP > EOS_BOOST_MAX:
            check(False, f"eos stopping shows up with an eos boost <= {EOS_BOOST_MAX}")
        if u is None:
            u = eos_direction(base, batch)
        alpha += EOS_BOOST_STEP
        model = with_eos_boost(base, u, alpha)

    own = alpha > 0.0
    own_files = ("config.json", "model.safetensors", "generation_config.json")
    if own:
        model.save_pretrained(d, safe_serialization=True)
        loaded, info = T5ForConditionalGeneration.from_pretrained(d, output_loading_info=True)
        check(all(len(info[k]) == 0 for k in ("missing_keys", "unexpected_keys", "mismatched_keys", "error_msgs")),
              f"from_pretrained({name}) clean")
        loaded.eval()
        changed = [n for n, t in loaded.state_dict().items() if not torch.equal(t, base.state_dict()[n])]
        tied = base.lm_head.weight is base.shared.weight
        want = {"lm_head.weight"} | ({"shared.weight", "encoder.embed_tokens.weight", "decoder.embed_tokens.weight"}
                                     if tied else set())
        check(set(changed) == want, f"only the output embedding differs from {gc['base_case']} ({sorted(changed)})")
        rows = (loaded.get_output_embeddings().weight != base.get_output_embeddings().weight).any(-1)
        check(rows.nonzero().flatten().tolist() == [EOS], "only its eos row")
        model = loaded
    else:
        for f in own_files:  # a stale copy from an earlier run would mislead
            if os.path.isfile(os.path.join(d, f)):
                os.remove(os.path.join(d, f))

    rec = generation_record(model, batch, True, base_case=gc["base_case"], model="own" if own else "base",
                            eos_boost=alpha)
    write_json(os.path.join(d, "generate.json"), rec)
    print(f"  model {rec['model']} (eos boost {alpha})\n  greedy {rec['greedy']}\n  beam {rec['beam']}\n  "
          f"beam_scores {rec['beam_scores']}\n  beam_lengths {rec['beam_lengths']}")


def generation_record(net, batch, pin_early_stop, **head):
    """generate.json: `head` (which model), the batch and settings, and HF's greedy and beam results on `net`,
    checked by eos_coverage and generation_checks."""
    greedy, greedy_scores = greedy_record(net, batch)
    beam, beam_scores = beam_record(net, batch)
    check(eos_coverage(greedy, beam), "eos stopping exercised (greedy and beam) by the written model")
    lengths = generation_checks(net, batch, greedy, greedy_scores, beam, beam_scores, pin_early_stop)
    return OrderedDict(**head, input_ids=batch[0], attention_mask=batch[1],
                       max_new_tokens=GEN_MAX_NEW_TOKENS, decoder_start_token_id=DECODER_START,
                       eos_token_id=EOS, pad_token_id=PAD, do_sample=False,
                       greedy=greedy, greedy_scores=greedy_scores,
                       num_beams=GEN_NUM_BEAMS, length_penalty=GEN_LENGTH_PENALTY, early_stopping=GEN_EARLY_STOPPING,
                       num_return_sequences=1, beam=beam, beam_scores=beam_scores, beam_lengths=lengths)


# ----------------------------------------------------------------------------------------------
# pytorch_model.bin checkpoints (cases torch_bin_*): the weights of a base case written by torch.save
# ----------------------------------------------------------------------------------------------
# torch_bin_v1_0 / _v1_1 / _sharded_v1_0: HF save_pretrained(dir, safe_serialization=False) of the base case
# folder's model (read with from_pretrained, never written), single file or sharded (max_shard_size).
# torch_bin_views: torch.save of a hand-made state dict (OrderedDict with _metadata, as nn.Module.state_dict()
# returns) whose tensors are views: transposed, offset, strided, expanded (stride 0), 0-d, empty, a repeated
# entry, an nn.Parameter, and every dtype ruse reads; expected.safetensors holds each as a contiguous copy.
# ----------------------------------------------------------------------------------------------
# transformers 3.x's cross-attention position bias (cases hyperformer_saved_*, legacy_bias_v1_0)
# ----------------------------------------------------------------------------------------------
# transformers 3.5.1 (hyperformer's pin) built the decoder's block 0 EncDecAttention with
# has_relative_attention_bias and is_bidirectional=True: compute_bias(query_length, key_length) over decoder
# positions 0.. (the current one alone when decoding with a cache) and encoder positions, buckets of encoder
# position minus decoder position, plus the encoder mask, shared with every decoder layer. HF 4.57 computes and
# shares exactly that once block 0's EncDecAttention has the table, with is_decoder False (its compute_bias reads
# bidirectional as `not self.is_decoder`, and nothing else in T5Attention reads is_decoder); check_legacy_bias
# checks the patched model's bias against the bucket formula written out below.
LEGACY_BIAS = "decoder.block.0.layer.1.EncDecAttention.relative_attention_bias.weight"


def legacy_table(cfg, seed):
    return torch.randn(cfg.relative_attention_num_buckets, cfg.num_heads, generator=torch.Generator().manual_seed(seed))


def with_legacy_cross_bias(table):
    """A `mutate` for run() (P unused), also applied to a model copy for generation."""
    def mutate(model, _P=None):
        attn = model.decoder.block[0].layer[1].EncDecAttention
        attn.has_relative_attention_bias = True
        attn.is_decoder = False
        emb = torch.nn.Embedding(*table.shape).to(attn.q.weight.dtype)
        with torch.no_grad():
            emb.weight.copy_(table)
        emb.weight.requires_grad_(False)
        attn.relative_attention_bias = emb
    return mutate


def bucket_3x(rel, num_buckets, max_distance):
    """_relative_position_bucket(bidirectional=True) for one relative position (key minus query position)."""
    half = num_buckets // 2
    ret = half if rel > 0 else 0
    n = abs(rel)
    exact = half // 2
    if n < exact:
        return ret + n
    large = exact + int(math.log(n / exact) / math.log(max_distance / exact) * (half - exact))
    return ret + min(large, half - 1)


def check_legacy_bias(model, table):
    """The bias the patched model's block 0 cross-attention adds (captured from its output) is, at every decoder
    position i and unmasked encoder position j, table[bucket_3x(j - i)], and the mask's minimum elsewhere."""
    seen = []
    hook = model.decoder.block[0].layer[1].register_forward_hook(lambda _m, _i, out: seen.append(out[1]))
    labels = torch.tensor(LABELS)
    with torch.no_grad():
        model(input_ids=torch.tensor(INPUT_IDS), attention_mask=torch.tensor(ATTENTION_MASK),
              decoder_input_ids=model._shift_right(labels))
    hook.remove()
    bias = seen[0]
    cfg = model.config
    b, h, t, s = bias.shape
    want = torch.empty(b, h, t, s, dtype=bias.dtype)
    for i in range(t):
        for j in range(s):
            k = bucket_3x(j - i, cfg.relative_attention_num_buckets, cfg.relative_attention_max_distance)
            want[:, :, i, j] = table[k].to(bias.dtype)
    keep = torch.tensor(ATTENTION_MASK, dtype=torch.bool)[:, None, None, :].expand(b, h, t, s)
    check(torch.allclose(bias[keep], want[keep], atol=0, rtol=1e-6) and bool((bias[~keep] < -1e30).all()),
          f"the patched cross-attention bias [{b}, {h}, {t}, {s}] is table[bucket(j - i)] + mask, both directions "
          f"used ({sorted(set(bucket_3x(j - i, cfg.relative_attention_num_buckets, cfg.relative_attention_max_distance) for i in range(t) for j in range(s)))})")


def write_legacy_expected(d, case, base, adapters, mutate):
    """expected.safetensors: the base case's batch (its inputs.json) through the model with the bias, float32,
    checked against float64, and against the same model without the bias (which must differ)."""
    out32, grads32, _ = run(case, base, adapters, torch.float32, mutate=mutate)
    out64, grads64, _ = run(case, base, adapters, torch.float64, mutate=mutate)
    sanity_checks(None, case, base, adapters, out32, grads32, out64, grads64)
    plain, _, _ = run(case, base, adapters, torch.float32)
    moved = ((out32["logits"] - plain["logits"]).abs().max() / plain["logits"].abs().max()).item()
    check(moved > 1e-2, f"the bias moves the logits (max relative change {moved:.3f})")
    trains_t5 = case["kind"] is None
    check(("grad." + LEGACY_BIAS in grads32) == trains_t5, f"the table has a gradient iff T5 trains ({trains_t5})")
    save_file(tensors_for_file(out32, grads32, torch.float32), os.path.join(d, "expected.safetensors"),
              metadata={"dtype": "float32"})
    print(f"  with the bias: loss {out32['loss'].item():.7f} (without {plain['loss'].item():.7f}), "
          f"{len(grads32)} gradients")


TORCH_BIN_CASES = OrderedDict(
    torch_bin_v1_0=dict(base_case="t5_v1_0"),
    torch_bin_v1_1=dict(base_case="t5_v1_1"),
    torch_bin_sharded_v1_0=dict(base_case="t5_v1_0", max_shard_size="16KB"),
    torch_bin_views=dict(),
    # A model directory as hyperformer saves it (transformers 3.5.1 save_pretrained: config.json + one
    # pytorch_model.bin holding T5, adapters, hypernetworks and task embeddings under hyperformer's module names,
    # plus the cross-attention position bias transformers < 4.0 built; and the run's arguments_results.json):
    # the base case's T5 weights and adapters, renamed by hyperformer_name.
    hyperformer_saved_meta_adapter=dict(base_case="meta_adapter", hyperformer=True),
    hyperformer_saved_hyperformer=dict(base_case="hyperformer", hyperformer=True),
    hyperformer_saved_hyperformer_pp=dict(base_case="hyperformer_pp", hyperformer=True),
    # A full fine-tuning checkpoint saved on transformers 3.x: pytorch_model.bin with the cross-attention table
    # (trained there, so a gradient here), config.json and trainer_state.json, from generate_v1_0's model (which
    # stops some rows early); expected.safetensors on t5_v1_0's batch and generate.json from HF generate, both
    # with the bias.
    legacy_bias_v1_0=dict(base_case="t5_v1_0", gen_case="generate_v1_0", legacy=True),
)
HYPER_NET_MODULES = dict(
    layer_embeddings="layer_id_embeddings", position_embeddings="adapters_block_type",
    task_hypernet="task_hypernet.task_embeding_generator", task_hypernet_ln="LayerNorm",
    ff_up="feed_forward_up_sampler_hyper_net", ff_down="feed_forward_down_sampler_hyper_net",
    sa_up="self_attention_up_sampler_hyper_net", sa_down="self_attention_down_sampler_hyper_net",
    up="up_sampler_hyper_net", down="down_sampler_hyper_net",
    ff_pre_ln="feed_forward_pre_layernorm_hypernet", ff_post_ln="feed_forward_post_layernorm_hypernet",
    sa_pre_ln="self_attention_pre_layernorm_hypernet", sa_post_ln="self_attention_post_layernorm_hypernet",
    pre_ln="pre_layernorm_hypernet", post_ln="post_layernorm_hypernet",
)


def hyperformer_name(name):
    """The state-dict name hyperformer's modules give the parameter ruse calls `name`. Its layout: the task
    embeddings (a ParameterDict) and their TaskHyperNet (Sequential task_embeding_generator) in
    T5ForConditionalGeneration.task_embedding_controller; each stack's shared hypernetwork in
    T5Stack.adapter_layers_hyper_net; per-site controllers at block.i.layer.j.adapter_controller. Adapter
    weight/bias generators (AdapterHyperNet, AdapterLayersHyperNet) are nn.Sequential(one linear), hence ".0.";
    LayerNormHyperNet's generators are plain linears; plain adapters already have these names."""
    if name.startswith("task_embeddings."):
        return "task_embedding_controller.task_to_embeddings." + name[len("task_embeddings."):]
    if name.startswith("task_hypernet."):
        return "task_embedding_controller.task_hyper_net.task_embeding_generator." + name[len("task_hypernet."):]
    for stack in STACKS:
        if name.startswith(stack + "_hyper_net."):
            module, tail = name[len(stack + "_hyper_net."):].split(".", 1)
            module = HYPER_NET_MODULES[module]
            if module.endswith("sampler_hyper_net"):
                generator, param = tail.split(".")
                tail = f"{generator}.0.{param}"
            return f"{stack}.adapter_layers_hyper_net.{module}.{tail}"
    if ".adapter_controller.meta_" in name:
        head, generator, param = name.rsplit(".", 2)
        return f"{head}.{generator}.0.{param}"
    return name


def generate_hyperformer_saved(name, tc, out_root):
    base_case = tc["base_case"]
    d = os.path.join(out_root, name)
    os.makedirs(d, exist_ok=True)
    clear_weights(d)
    base = load_base(base_case, out_root)
    src = os.path.join(out_root, base_case)
    if not os.path.isfile(os.path.join(src, "adapter_model.safetensors")):
        src = os.path.join(FIXTURES, base_case)
    adapters = load_file(os.path.join(src, "adapter_model.safetensors"))
    sd = OrderedDict(base.state_dict())
    cfg = base.config
    table = legacy_table(cfg, 111)
    sd[LEGACY_BIAS] = table
    names = {n: hyperformer_name(n) for n in adapters}
    check(len(set(names.values())) == len(names) and not set(names.values()) & set(sd), "one name per tensor")
    for n, t in adapters.items():
        sd[names[n]] = t
    renamed = sum(h != n for n, h in names.items())
    check(renamed > 0, f"{renamed} of {len(adapters)} adapter-side names differ from ruse's")
    side = [n for n in sd if n not in base.state_dict() and "EncDecAttention" not in n]
    check(all(n.startswith("task_embedding_controller.") or ".adapter_layers_hyper_net." in n
              or ".adapter_controller." in n for n in side), "adapter-side names in hyperformer's modules only")
    path = os.path.join(d, "pytorch_model.bin")
    torch.save(sd, path)
    back = torch.load(path, weights_only=True)
    check(list(back) == list(sd) and all(torch.equal(back[k], v) for k, v in sd.items()), "torch.load round trip")
    conf = json.load(open(os.path.join(src, "config.json")))
    conf["train_adapters"] = True  # hyperformer's T5Config carries it
    write_json(os.path.join(d, "config.json"), conf)
    # handle_metrics("arguments", ...) writes every argument of the run: the base case's adapter settings and,
    # as there, unset ones (null) and the training ones
    arguments = {k: v for k, v in json.load(open(os.path.join(src, "adapter_config.json"))).items() if k != "task"}
    arguments.update(output_dir=f"outputs/{name}", model_name_or_path="t5-small", eval_tasks=arguments["tasks"],
                     adapters=None, task_embeddings=None, learning_rate=3e-4, max_steps=10, do_train=True,
                     fp16=False, n_train=-1, eval_beams=None, temperature=10)
    write_json(os.path.join(d, "arguments_results.json"), arguments)
    print(f"  {len(sd)} tensors ({renamed} renamed), {os.path.getsize(path)} bytes")
    mutate = with_legacy_cross_bias(table)
    patched = copy.deepcopy(base)
    mutate(patched)
    check_legacy_bias(patched, table)
    write_legacy_expected(d, CASES[base_case], base, adapters, mutate)
def generate_legacy(name, tc, out_root):
    print(f"== {name}")
    d = os.path.join(out_root, name)
    os.makedirs(d, exist_ok=True)
    clear_weights(d)
    base = load_base(tc["gen_case"], out_root)
    gc = GENERATE_CASES[tc["gen_case"]]
    batch = gen_batch(gc["input_ids"])
    for seed in range(112, 140):  # the first table under which some rows still stop early
        table = legacy_table(base.config, seed)
        patched = copy.deepcopy(base)
        with_legacy_cross_bias(table)(patched)
        patched.eval()
        greedy = hf_generate(patched, batch, 1).sequences.tolist()
        beam = hf_generate(patched, batch, GEN_NUM_BEAMS).sequences.tolist()
        print(f"  table seed {seed}: greedy {greedy} beam {beam}")
        if eos_coverage(greedy, beam):
            break
    check(eos_coverage(greedy, beam), "eos stopping exercised with the bias")
    check_legacy_bias(patched, table)
    plain = hf_generate(base, batch, 1).sequences.tolist()
    check(plain != greedy, "the bias changes the greedy output")
    sd = OrderedDict(base.state_dict())
    sd[LEGACY_BIAS] = table
    torch.save(sd, os.path.join(d, "pytorch_model.bin"))
    src = os.path.join(out_root, tc["gen_case"])
    if not os.path.isfile(os.path.join(src, "config.json")):
        src = os.path.join(FIXTURES, tc["gen_case"])
    shutil.copyfile(os.path.join(src, "config.json"), os.path.join(d, "config.json"))
    # what transformers 3.5's Trainer writes beside a checkpoint's weights
    write_json(os.path.join(d, "trainer_state.json"), OrderedDict(
        best_metric=None, best_model_checkpoint=None, epoch=1.0, global_step=10, is_hyper_param_search=False,
        is_local_process_zero=True, is_world_process_zero=True, log_history=[], max_steps=10, num_train_epochs=1,
        total_flos=0, trial_name=None, trial_params=None))
    write_legacy_expected(d, CASES[tc["base_case"]], base, OrderedDict(), with_legacy_cross_bias(table))
    rec = generation_record(patched, batch, False, base_case=tc["base_case"], model="own", table_seed=seed)
    write_json(os.path.join(d, "generate.json"), rec)
    print(f"  greedy {rec['greedy']}\n  beam {rec['beam']}\n  beam_scores {rec['beam_scores']}")


TIED_ALIASES = ("encoder.embed_tokens.weight", "decoder.embed_tokens.weight", "lm_head.weight")


def clear_weights(d):
    """Removes weight files of an earlier run (a stale shard or safetensors file would mislead)."""
    for f in os.listdir(d) if os.path.isdir(d) else ():
        if f.startswith("pytorch_model") or f.startswith("model.safetensors") or f == "expected.safetensors":
            os.remove(os.path.join(d, f))


def views_state_dict():
    g = torch.Generator().manual_seed(109)
    base = torch.randn(4, 6, generator=g)
    sd = OrderedDict()
    sd["base"] = base
    sd["transposed"] = base.t()  # stride (1, 6)
    sd["rows"] = base[1:3]  # contiguous, storage offset 6
    sd["cols"] = base[:, 2:5]  # stride (6, 1), offset 2
    sd["stepped"] = base[::2, 1::2]  # stride (12, 2), offset 1
    sd["tied"] = base  # the same tensor object again (pickled as a memo reference)
    sd["expanded"] = torch.randn(1, 5, generator=g).expand(3, 5)  # stride (0, 1)
    sd["scalar"] = torch.tensor(2.5)  # 0-d
    sd["empty"] = torch.zeros(0, 3)
    sd["f16"] = torch.randn(3, 2, generator=g).half().t()
    sd["bf16"] = torch.randn(2, 3, generator=g).bfloat16()
    sd["f64"] = torch.randn(5, generator=g, dtype=torch.float64)[1:]
    sd["i64"] = torch.arange(12).reshape(3, 4).t()
    sd["i32"] = torch.arange(6, dtype=torch.int32)
    sd["bool"] = torch.tensor([True, False, True])
    sd["param"] = torch.nn.Parameter(torch.randn(2, 2, generator=g), requires_grad=False)
    sd._metadata = OrderedDict([("", {"version": 1})])
    return sd


def generate_torch_bin(name, tc, out_root):
    print(f"== {name}")
    d = os.path.join(out_root, name)
    os.makedirs(d, exist_ok=True)
    clear_weights(d)
    if not tc:
        sd = views_state_dict()
        path = os.path.join(d, "pytorch_model.bin")
        torch.save(sd, path)
        back = torch.load(path, weights_only=True)
        check(list(back) == list(sd), "torch.load gives the same names in order")
        check(all(back[k].dtype == v.dtype and back[k].shape == v.shape and torch.equal(back[k], v)
                  for k, v in sd.items()), "and the same dtypes, shapes and values")
        check(not back["transposed"].is_contiguous() and not back["cols"].is_contiguous()
              and not back["stepped"].is_contiguous() and back["expanded"].stride() == (0, 1),
              "transposed / cols / stepped / expanded are non-contiguous views in the file")
        check(back["rows"].storage_offset() == 6 and back["cols"].storage_offset() == 2
              and back["stepped"].storage_offset() == 1, "rows / cols / stepped have storage offsets")
        check(back["tied"].untyped_storage().data_ptr() == back["base"].untyped_storage().data_ptr()
              and back["transposed"].untyped_storage().data_ptr() == back["base"].untyped_storage().data_ptr(),
              "base, tied and its views share one storage")
        save_file({k: v.detach().contiguous().clone() for k, v in sd.items()},
                  os.path.join(d, "expected.safetensors"), metadata={"format": "pt"})
        print(f"  {len(sd)} tensors, {os.path.getsize(path)} bytes")
        return
    base = load_base(tc["base_case"], out_root)
    kw = {"max_shard_size": tc["max_shard_size"]} if "max_shard_size" in tc else {}
    base.save_pretrained(d, safe_serialization=False, **kw)
    files = sorted(f for f in os.listdir(d) if f.startswith("pytorch_model"))
    if "max_shard_size" in tc:
        index = json.load(open(os.path.join(d, "pytorch_model.bin.index.json")))
        shards = sorted(set(index["weight_map"].values()))
        check(len(shards) >= 2 and files == sorted(shards + ["pytorch_model.bin.index.json"]),
              f"sharded: pytorch_model.bin.index.json + {len(shards)} shards")
    else:
        shards = ["pytorch_model.bin"]
        check(files == shards, "one pytorch_model.bin")
    check(not any(f.startswith("model.safetensors") for f in os.listdir(d)), "no safetensors file")
    want = base.state_dict()
    loaded = {}
    for f in shards:
        part = torch.load(os.path.join(d, f), weights_only=True)
        check(not set(part) & set(loaded), f"{f}: names not in another shard")
        # tensors sharing storage are written to the same shard, so a tied alias is recognisable per file
        if "shared.weight" in part:
            ptr = part["shared.weight"].untyped_storage().data_ptr()
            aliases = [a for a in TIED_ALIASES if a in part and part[a].untyped_storage().data_ptr() == ptr]
            print(f"  {f}: {aliases} share shared.weight's storage")
        loaded.update(part)
    check(set(loaded) == set(want), f"the files hold every state-dict name ({len(want)}, tied aliases included)")
    check(all(torch.equal(loaded[k], want[k]) for k in want), "bit for bit the base model's tensors")
    tied = base.lm_head.weight is base.shared.weight
    from safetensors import safe_open
    src = os.path.join(out_root, tc["base_case"])
    if not os.path.isfile(os.path.join(src, "model.safetensors")):
        src = os.path.join(FIXTURES, tc["base_case"])
    with safe_open(os.path.join(src, "model.safetensors"), "pt") as f:
        st_keys = set(f.keys())
    dropped = set(want) - st_keys
    check(dropped == {"encoder.embed_tokens.weight", "decoder.embed_tokens.weight"} | ({"lm_head.weight"} if tied
                                                                                      else set()),
          f"{tc['base_case']}/model.safetensors lacks exactly the tied aliases {sorted(dropped)}")
    model, info = T5ForConditionalGeneration.from_pretrained(d, output_loading_info=True)
    check(all(len(info[k]) == 0 for k in ("missing_keys", "unexpected_keys", "mismatched_keys", "error_msgs")),
          f"from_pretrained({name}) clean")
    check(all(torch.equal(t, want[k]) for k, t in model.state_dict().items()),
          "from_pretrained gives the base model bit for bit")
    print(f"  {len(loaded)} tensors in {len(shards)} file(s), {sum(os.path.getsize(os.path.join(d, f)) for f in files)}"
          " bytes")


FIXTURES = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "t5"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=FIXTURES)
    ap.add_argument("cases", nargs="*", help=f"subset of {list(CASES) + list(TRAIN_CASES) + list(GENERATE_CASES) + list(TORCH_BIN_CASES)}")
    args = ap.parse_args()
    print(f"torch {torch.__version__}, transformers {transformers.__version__}")
    for name in args.cases or list(CASES) + list(TRAIN_CASES) + list(GENERATE_CASES) + list(TORCH_BIN_CASES):
        if name in TORCH_BIN_CASES and TORCH_BIN_CASES[name].get("legacy"):
            generate_legacy(name, TORCH_BIN_CASES[name], os.path.normpath(args.out))
        elif name in TORCH_BIN_CASES and TORCH_BIN_CASES[name].get("hyperformer"):
            generate_hyperformer_saved(name, TORCH_BIN_CASES[name], os.path.normpath(args.out))
        elif name in TORCH_BIN_CASES:
            generate_torch_bin(name, TORCH_BIN_CASES[name], os.path.normpath(args.out))
        elif name in TRAIN_CASES:
            generate_train(name, TRAIN_CASES[name], os.path.normpath(args.out))
        elif name in GENERATE_CASES:
            generate_gen(name, GENERATE_CASES[name], os.path.normpath(args.out))
        else:
            generate(name, CASES[name], os.path.normpath(args.out))


if __name__ == "__main__":
    main()
