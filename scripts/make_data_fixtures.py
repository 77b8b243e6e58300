"""Writes tests/fixtures/data_reference.json: what the reference libraries
compute for the data pipeline's tests.

  - token ids of sample sentences from `sentencepiece` (spiece.model) and from
    Python `tokenizers` (tokenizer.json), with `</s>` appended, and truncated;
  - metrics from scikit-learn (accuracy, F1, Matthews), scipy (Pearson,
    Spearman) and sacrebleu (corpus BLEU, 13a), on fixed and random cases,
    with the reference system's post-processing (invalid -> -1; an invalid F1
    prediction becomes 1 - target; NaN correlation -> 0).

Run by scripts/make_data_fixtures.sh, which makes the virtual environment.
"""
import json
import math
import sys

import numpy as np
import sacrebleu
import scipy.stats
import sentencepiece
import sklearn
import sklearn.metrics
import tokenizers

tok_dir, out_path = sys.argv[1], sys.argv[2]

SENTENCES = [
    "Hello world!",
    "The quick brown fox jumps over the lazy dog.",
    "sentence1: The cat sat on the mat. sentence2: A cat is sitting.",
    "trec sentence: What is the full form of .com ?",
    "Numbers 3.14, 2,000 and -7; e-mail: a@b.org <extra_id_0> café naïve",
    "  leading and   multiple   spaces  ",
    "",
    "Go until jurong point, crazy.. Available only in bugis n great world la e buffet...",
    "ÜBER straße 日本語 😀",
]

sp = sentencepiece.SentencePieceProcessor(model_file=f"{tok_dir}/spiece.model")
hf = tokenizers.Tokenizer.from_file(f"{tok_dir}/tokenizer.json")
tok_cases = []
for s in SENTENCES:
    hf_ids = hf.encode(s).ids
    tok_cases.append({
        "text": s,
        "sentencepiece": sp.encode(s) + [1],
        "tokenizers": hf_ids,
    })
hf.enable_truncation(max_length=8)
truncated = [{"text": s, "max_len": 8, "tokenizers": hf.encode(s).ids} for s in SENTENCES]

def to_int(s):
    try:
        return int(s)
    except ValueError:
        return -1

def to_float(s):
    try:
        return float(s)
    except ValueError:
        return -1.0

def nan0(x):
    return 0.0 if math.isnan(x) else float(x)

def class_metrics(pred, targ):
    import warnings
    warnings.simplefilter("ignore")
    p = np.array([to_int(x) for x in pred])
    t = np.array([to_int(x) for x in targ])
    f1p = p.copy()
    invalid = np.logical_and(f1p != 0, f1p != 1)
    f1p[invalid] = 1 - t[invalid]
    out = {
        "acc": 100 * float((p == t).mean()),
        "mcc": 100 * float(sklearn.metrics.matthews_corrcoef(t, p)),
    }
    if set(t.tolist()) <= {0, 1}:  # F1 is the binary metric of class 1
        out["f1"] = 100 * float(sklearn.metrics.f1_score(t, f1p, zero_division=0))
    return out

def corr_metrics(pred, targ):
    p = [to_float(x) for x in pred]
    t = [to_float(x) for x in targ]
    with np.errstate(all="ignore"):
        import warnings
        warnings.simplefilter("ignore")
        return {
            "pearson": 100 * nan0(scipy.stats.pearsonr(t, p)[0]),
            "spearmanr": 100 * nan0(scipy.stats.spearmanr(t, p)[0]),
        }

rng = np.random.default_rng(0)
class_cases = [
    {"predictions": ["1", "0", "1", "1", "0", "x", "2", "1"], "targets": ["1", "0", "0", "1", "1", "1", "0", "1"]},
    {"predictions": ["0", "0", "0"], "targets": ["0", "0", "0"]},
    {"predictions": ["1", "1", "0", "0"], "targets": ["1", "1", "0", "0"]},
    {"predictions": ["2", "0", "1", "1", "2", "0", "-", "2"], "targets": ["2", "0", "1", "2", "2", "1", "0", "2"]},
]
for n, k in [(50, 2), (200, 3), (500, 2)]:
    t = rng.integers(0, k, n)
    p = np.where(rng.random(n) < 0.7, t, rng.integers(0, k + 1, n))
    pred = [str(x) if x < k else "junk" for x in p]
    class_cases.append({"predictions": pred, "targets": [str(x) for x in t]})
for c in class_cases:
    c["expected"] = class_metrics(c["predictions"], c["targets"])

corr_cases = [
    {"predictions": ["3.0", "2.4", "x", "4.8", "0.2"], "targets": ["3.2", "2.0", "1.0", "5.0", "0.0"]},
    {"predictions": ["1.0", "1.0", "1.0"], "targets": ["0.0", "2.0", "4.0"]},
    {"predictions": ["1", "2", "2", "3", "3", "3"], "targets": ["1", "1", "2", "2", "3", "3"]},
]
for n in [30, 200]:
    t = np.round(rng.random(n) * 25) / 5
    p = np.round((t + rng.normal(0, 1, n)) * 5) / 5
    corr_cases.append({"predictions": [repr(float(x)) for x in p], "targets": [repr(float(x)) for x in t]})
for c in corr_cases:
    c["expected"] = corr_metrics(c["predictions"], c["targets"])

bleu_cases = [
    {"hypotheses": ["The cat sat on the mat.", "It is 3.5 km, isn't it?"],
     "references": ["The cat is on the mat.", "It is 3.5 km, is it not?"]},
    {"hypotheses": ["Hello there general Kenobi", "a b c d e f"],
     "references": ["Hello there general Kenobi", "a b c d e f"]},
    {"hypotheses": ["completely different words", ""],
     "references": ["nothing shared at all here", "an empty hypothesis"]},
    {"hypotheses": ["the the the the", "Prices rose 4-5% in 2020-2021 (per the report)."],
     "references": ["the cat", "Prices rose 4-5% in 2020-2021, per the report."]},
    {"hypotheses": ["Ce n'est pas &quot;facile&quot; &amp; rapide", "short"],
     "references": ["Ce n'est pas \"facile\" & rapide !", "a much longer reference sentence here"]},
]
words = "the a cat dog sat on mat is was , . ran quickly slowly big small red".split()
for n in [20]:
    hyps, refs = [], []
    for _ in range(n):
        r = list(rng.choice(words, rng.integers(3, 15)))
        h = [w if rng.random() < 0.7 else str(rng.choice(words)) for w in r]
        if rng.random() < 0.3:
            h = h[: max(1, len(h) - 2)]
        hyps.append(" ".join(h))
        refs.append(" ".join(r))
    bleu_cases.append({"hypotheses": hyps, "references": refs})
for c in bleu_cases:
    c["expected"] = sacrebleu.corpus_bleu(c["hypotheses"], [c["references"]]).score
tok13a = sacrebleu.tokenizers.tokenizer_13a.Tokenizer13a()
tok_13a_cases = [{"text": s, "expected": tok13a(s)} for s in
                 [h for c in bleu_cases[:5] for h in c["hypotheses"] + c["references"]] + SENTENCES]

out = {
    "generated_by": "scripts/make_data_fixtures.sh",
    "versions": {
        "sentencepiece": sentencepiece.__version__, "tokenizers": tokenizers.__version__,
        "scikit-learn": sklearn.__version__, "scipy": scipy.__version__,
        "sacrebleu": sacrebleu.__version__, "numpy": np.__version__,
    },
    "vocab_size": hf.get_vocab_size(with_added_tokens=True),
    "special": {t: hf.token_to_id(t) for t in ["<pad>", "</s>", "<unk>", "<extra_id_0>", "<extra_id_99>"]},
    "tokenize": tok_cases,
    "truncate": truncated,
    "classification": class_cases,
    "correlation": corr_cases,
    "bleu": bleu_cases,
    "tokenize_13a": tok_13a_cases,
}
with open(out_path, "w") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"wrote {out_path}")
