//! `pytorch_model.bin` checkpoints (torch.save's zip format) against the
//! fixtures `scripts/fixtures.sh` writes with torch + transformers:
//! `tests/fixtures/t5/torch_bin_*` hold the weights of `t5_v1_0` / `t5_v1_1`
//! saved by HF `save_pretrained(dir, safe_serialization=False)` (one file, and
//! sharded through `pytorch_model.bin.index.json`), and a state dict of strided
//! views of every dtype ruse reads (`torch_bin_views`, with the values as
//! contiguous copies in `expected.safetensors`). The `.bin` must load as
//! exactly the same tensors as the safetensors; broken files are errors that
//! name the file and what is wrong.

use std::path::{Path, PathBuf};

use ruse::model::checkpoint::{load_model_dir, load_safetensors, Tensors};
use ruse::model::torch_bin;
use ruse::runtime::ElementType;
use serde_json::Value;

mod common;

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/t5")
        .join(case)
}

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "ruse-torch-bin-{tag}-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Same names, and per name the same element type, dims and bytes.
fn assert_same(got: &Tensors, want: &Tensors, what: &str) {
    let g: Vec<&String> = got.keys().collect();
    let w: Vec<&String> = want.keys().collect();
    assert_eq!(g, w, "{what}: tensor names");
    for (name, t) in want {
        let b = &got[name];
        assert_eq!(b.element_type(), t.element_type(), "{what}: {name} type");
        assert_eq!(b.dims(), t.dims(), "{what}: {name} dims");
        assert!(b.bytes() == t.bytes(), "{what}: {name} values differ");
    }
}

#[test]
fn pytorch_model_bin_loads_as_the_same_tensors_as_model_safetensors() {
    for (bin, base) in [
        ("torch_bin_v1_0", "t5_v1_0"),
        ("torch_bin_v1_1", "t5_v1_1"),
        ("torch_bin_sharded_v1_0", "t5_v1_0"),
    ] {
        let dir = fixture(bin);
        assert!(!dir.join("model.safetensors").exists());
        let got = load_model_dir(&dir).unwrap();
        let want = load_safetensors(&fixture(base).join("model.safetensors")).unwrap();
        assert!(want.len() >= 47, "{base}: {} tensors", want.len());
        assert_same(&got, &want, bin);
        eprintln!(
            "{bin}: {} tensors equal {base}/model.safetensors",
            got.len()
        );
    }
    assert!(fixture("torch_bin_sharded_v1_0")
        .join("pytorch_model.bin.index.json")
        .is_file());
    assert!(!fixture("torch_bin_sharded_v1_0")
        .join("pytorch_model.bin")
        .exists());
}

/// The weights' names without their values (what decides whether a model
/// computes transformers 3.x's cross-attention bias) are the names the
/// weights load under: from a safetensors header, a sharded index (which
/// lists the tied aliases too) or a whole `.bin`.
#[test]
fn weight_names_are_the_names_the_weights_load_under() {
    let aliases = [
        "encoder.embed_tokens.weight",
        "decoder.embed_tokens.weight",
        "lm_head.weight",
    ];
    for case in [
        "t5_v1_0",
        "torch_bin_v1_1",
        "torch_bin_sharded_v1_0",
        "hyperformer_saved_hyperformer",
        "legacy_bias_v1_0",
    ] {
        let dir = fixture(case);
        let names = ruse::model::checkpoint::weight_names(&dir).unwrap();
        let loaded: std::collections::BTreeSet<String> =
            load_model_dir(&dir).unwrap().into_keys().collect();
        assert!(loaded.is_subset(&names), "{case}");
        let extra: Vec<&String> = names.difference(&loaded).collect();
        assert!(
            extra.iter().all(|n| aliases.contains(&n.as_str())),
            "{case}: {extra:?}"
        );
    }
    let empty = tempdir("no-weights");
    assert!(ruse::model::checkpoint::weight_names(&empty)
        .unwrap()
        .is_empty());
}

/// `torch_bin::views` lists what `read` reads, name and view, without
/// touching the storages: with every storage entry's local header broken,
/// `read` is refused and `views` still answers, and so does `weight_names`.
#[test]
fn views_list_the_tensors_without_reading_their_storages() {
    for case in ["torch_bin_views", "torch_bin_v1_0", "legacy_bias_v1_0"] {
        let path = fixture(case).join("pytorch_model.bin");
        let read: Vec<(String, torch_bin::View)> = torch_bin::read(&path)
            .unwrap()
            .into_iter()
            .map(|e| (e.name, e.view))
            .collect();
        assert_eq!(torch_bin::views(&path).unwrap(), read, "{case}");

        let mut bytes = std::fs::read(&path).unwrap();
        let data_headers: Vec<usize> = bytes
            .windows(4)
            .enumerate()
            .filter(|(at, w)| {
                *w == b"PK\x03\x04" && {
                    let name_len = u16::from_le_bytes([bytes[at + 26], bytes[at + 27]]) as usize;
                    let name = &bytes[at + 30..at + 30 + name_len];
                    name.windows(6).any(|n| n == b"/data/")
                }
            })
            .map(|(at, _)| at)
            .collect();
        assert!(!data_headers.is_empty(), "{case}: no storage entries found");
        for at in data_headers {
            bytes[at] = b'X';
        }
        let dir = tempdir(&format!("views-{case}"));
        std::fs::copy(fixture(case).join("config.json"), dir.join("config.json")).ok();
        let broken = dir.join("pytorch_model.bin");
        std::fs::write(&broken, &bytes).unwrap();
        let err = torch_bin::read(&broken).unwrap_err().to_string();
        assert!(err.contains("no local header"), "{case}: {err}");
        assert_eq!(torch_bin::views(&broken).unwrap(), read, "{case}");
        let names = ruse::model::checkpoint::weight_names(&dir).unwrap();
        assert_eq!(
            names,
            ruse::model::checkpoint::weight_names(&fixture(case)).unwrap(),
            "{case}"
        );
    }
}

#[test]
fn tied_aliases_are_views_of_shared_and_are_dropped_like_safetensors_does() {
    // HF's .bin keeps the tied names (torch stores them once, as views of one
    // storage); its safetensors writer drops them.
    for (case, aliases) in [
        (
            "torch_bin_v1_0",
            &[
                "encoder.embed_tokens.weight",
                "decoder.embed_tokens.weight",
                "lm_head.weight",
            ][..],
        ),
        (
            "torch_bin_v1_1",
            &["encoder.embed_tokens.weight", "decoder.embed_tokens.weight"][..],
        ),
    ] {
        let entries = torch_bin::read(&fixture(case).join("pytorch_model.bin")).unwrap();
        let shared = entries.iter().find(|e| e.name == "shared.weight").unwrap();
        for a in aliases {
            let e = entries.iter().find(|e| e.name == *a).unwrap();
            assert_eq!(e.view, shared.view, "{case}: {a}");
            assert!(e.tensor == shared.tensor, "{case}: {a} values");
        }
        let loaded = load_model_dir(&fixture(case)).unwrap();
        assert_eq!(loaded.len(), entries.len() - aliases.len(), "{case}");
        assert!(aliases.iter().all(|a| !loaded.contains_key(*a)), "{case}");
    }
    // v1.1's lm_head is its own storage, and stays.
    let loaded = load_model_dir(&fixture("torch_bin_v1_1")).unwrap();
    assert!(loaded.contains_key("lm_head.weight"));
}

#[test]
fn strided_views_offsets_and_every_dtype_gather_as_torch_reads_them() {
    let dir = fixture("torch_bin_views");
    let got = load_model_dir(&dir).unwrap();
    let want = load_safetensors(&dir.join("expected.safetensors")).unwrap();
    assert_same(&got, &want, "torch_bin_views");
    let types: Vec<ElementType> = [
        "base", "f16", "bf16", "f64", "i64", "i32", "bool", "scalar", "empty",
    ]
    .iter()
    .map(|n| got[*n].element_type())
    .collect();
    use ElementType::*;
    assert_eq!(types, [F32, F16, BF16, F64, S64, S32, Pred, F32, F32]);
    assert_eq!(got["scalar"].dims(), &[] as &[i64]);
    assert_eq!(got["empty"].dims(), &[0, 3]);
    // The file really holds views: one storage for base and its slices, strides as torch wrote them.
    let entries = torch_bin::read(&dir.join("pytorch_model.bin")).unwrap();
    let view = |n: &str| entries.iter().find(|e| e.name == n).unwrap().view.clone();
    let base = view("base");
    assert_eq!(view("tied"), base);
    for (name, offset, stride) in [
        ("transposed", 0, vec![1, 6]),
        ("rows", 6, vec![6, 1]),
        ("cols", 2, vec![6, 1]),
        ("stepped", 1, vec![12, 2]),
    ] {
        let v = view(name);
        assert_eq!(v.storage, base.storage, "{name}");
        assert_eq!((v.offset, v.stride), (offset, stride), "{name}");
    }
    assert_eq!(view("expanded").stride, vec![0, 1]);
    // transposed really is the transpose of base
    let b = got["base"].to_vec::<f32>().unwrap();
    let t = got["transposed"].to_vec::<f32>().unwrap();
    for i in 0..4 {
        for j in 0..6 {
            assert_eq!(t[j * 4 + i], b[i * 6 + j]);
        }
    }
}

fn bin_bytes() -> Vec<u8> {
    std::fs::read(fixture("torch_bin_v1_0").join("pytorch_model.bin")).unwrap()
}

/// `load_model_dir` on a directory holding `bytes` as `pytorch_model.bin`; its error text.
fn load_err(tag: &str, bytes: &[u8]) -> (PathBuf, String) {
    let dir = tempdir(tag);
    std::fs::copy(
        fixture("torch_bin_v1_0").join("config.json"),
        dir.join("config.json"),
    )
    .unwrap();
    let path = dir.join("pytorch_model.bin");
    std::fs::write(&path, bytes).unwrap();
    let err = load_model_dir(&dir).err().unwrap().to_string();
    assert!(
        err.contains(&path.display().to_string()),
        "the error names the file: {err}"
    );
    eprintln!("{tag}: {err}");
    (path, err)
}

fn replace(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    assert_eq!(
        from.len(),
        to.len(),
        "same length keeps the archive's offsets"
    );
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .unwrap_or_else(|| panic!("{:?} not in the file", String::from_utf8_lossy(from)));
    let mut out = bytes.to_vec();
    out[at..at + to.len()].copy_from_slice(to);
    out
}

#[test]
fn truncated_and_corrupt_files_are_errors_naming_the_file() {
    let good = bin_bytes();
    for cut in [
        4,
        100,
        good.len() / 3,
        good.len() / 2,
        good.len() - 100,
        good.len() - 23,
        good.len() - 1,
    ] {
        let (_, err) = load_err("truncated", &good[..cut]);
        assert!(err.contains("truncated"), "cut at {cut}: {err}");
    }
    // bytes cut from the middle (inside storage data): the central directory no longer fits
    let mut holed = good[..good.len() / 2].to_vec();
    holed.extend_from_slice(&good[good.len() / 2 + 64..]);
    let (_, err) = load_err("holed", &holed);
    assert!(
        err.contains("corrupt") || err.contains("truncated"),
        "{err}"
    );
    let (_, err) = load_err("empty", b"");
    assert!(err.contains("not a torch.save zip archive"), "{err}");
    // a legacy (torch < 1.6) file starts with the pickle of its magic number
    let (_, err) = load_err("legacy", b"\x80\x02\x8a\x0al\xfc\x9cF\xf9 j\xa8P\x19.");
    assert!(err.contains("legacy torch.save file"), "{err}");
}

#[test]
fn an_unknown_pickle_global_is_refused_by_name() {
    // The first GLOBAL of the state dict's tensors, replaced in place by os.system
    // (padded with NONE opcodes, never reached: the global is refused first).
    let from = b"torch._utils\n_rebuild_tensor_v2\n";
    let mut to = b"os\nsystem\n".to_vec();
    to.resize(from.len(), b'N');
    let (_, err) = load_err("global", &replace(&bin_bytes(), from, &to));
    assert!(
        err.contains("unsupported pickle global os.system") && err.contains("data.pkl"),
        "{err}"
    );
}

#[test]
fn an_unread_dtype_names_the_tensor() {
    let bad = replace(
        &bin_bytes(),
        b"torch\nFloatStorage\n",
        b"torch\nShortStorage\n",
    );
    let (_, err) = load_err("dtype", &bad);
    assert!(
        err.contains("tensor shared.weight has dtype int16"),
        "{err}"
    );
}

#[test]
fn a_compressed_entry_is_refused_by_name() {
    let mut bytes = bin_bytes();
    let name = b"pytorch_model/data/0";
    // the central-directory record of data/0: signature, then the name at +46
    let at = (0..bytes.len() - name.len())
        .find(|&p| {
            p >= 46
                && &bytes[p..p + name.len()] == name
                && &bytes[p - 46..p - 42] == b"PK\x01\x02"
                && u16::from_le_bytes([bytes[p - 18], bytes[p - 17]]) as usize == name.len()
        })
        .unwrap();
    bytes[at - 46 + 10] = 8; // method: deflate
    let (_, err) = load_err("deflate", &bytes);
    assert!(
        err.contains("zip entry pytorch_model/data/0 is compressed (method 8)"),
        "{err}"
    );
}

#[test]
fn weight_files_are_taken_in_order_of_preference() {
    let dir = tempdir("order");
    for f in ["config.json", "model.safetensors"] {
        std::fs::copy(fixture("t5_v1_1").join(f), dir.join(f)).unwrap();
    }
    // model.safetensors wins over a (here broken) pytorch_model.bin
    std::fs::write(dir.join("pytorch_model.bin"), b"not a zip").unwrap();
    let want = load_safetensors(&dir.join("model.safetensors")).unwrap();
    assert_same(&load_model_dir(&dir).unwrap(), &want, "safetensors first");
    // pytorch_model.bin wins over a (broken) pytorch_model.bin.index.json
    std::fs::remove_file(dir.join("model.safetensors")).unwrap();
    std::fs::copy(
        fixture("torch_bin_v1_1").join("pytorch_model.bin"),
        dir.join("pytorch_model.bin"),
    )
    .unwrap();
    std::fs::write(dir.join("pytorch_model.bin.index.json"), b"{").unwrap();
    assert_same(
        &load_model_dir(&dir).unwrap(),
        &want,
        "then pytorch_model.bin",
    );
    // with no weights at all the error lists what it looked for
    for f in ["pytorch_model.bin", "pytorch_model.bin.index.json"] {
        std::fs::remove_file(dir.join(f)).unwrap();
    }
    let err = load_model_dir(&dir).err().unwrap().to_string();
    assert!(
        err.contains("model.safetensors, model.safetensors.index.json, pytorch_model.bin, pytorch_model.bin.index.json"),
        "{err}"
    );
}

/// `ruse predict` on the `.bin`-only directory of t5_v1_1 gives HF generate's
/// greedy ids (`generate_v1_1` runs on t5_v1_1's weights).
#[test]
fn ruse_predict_on_a_pytorch_model_bin_directory_gives_hf_generate_ids() {
    let spec: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("generate_v1_1").join("generate.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(spec["model"], "base");
    assert_eq!(spec["base_case"], "t5_v1_1");
    let rows = common::int_rows;
    let inputs = common::id_lists(&rows(&spec["input_ids"]), &rows(&spec["attention_mask"]));
    let model = fixture("torch_bin_v1_1");
    let max_len = spec["max_new_tokens"].to_string();
    let model = model.to_str().unwrap();
    let mut args = vec![
        "predict", "--model", model, "--ids", "--json", "--beams", "1",
    ];
    args.extend(["--max-len", &max_len]);
    args.extend(inputs.iter().map(String::as_str));
    let got: Vec<Value> = common::ruse_ok(args)
        .0
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let want = rows(&spec["greedy"]);
    assert_eq!(got.len(), want.len());
    for (i, row) in got.iter().enumerate() {
        let ids: Vec<i64> = serde_json::from_value(row["ids"].clone()).unwrap();
        // HF rows start with the decoder start token and are padded after eos
        let mut hf: Vec<i64> = want[i][1..].to_vec();
        if let Some(eos) = hf.iter().position(|t| *t == 1) {
            hf.truncate(eos + 1);
        }
        assert_eq!(ids, hf, "row {i}");
    }
}

/// Every prefix, and every single-byte change, of a real archive is either
/// read or refused with an error: never a panic.
#[test]
fn damaged_archives_never_panic() {
    let good = std::fs::read(fixture("torch_bin_views").join("pytorch_model.bin")).unwrap();
    assert_eq!(torch_bin::read_bytes(&good).unwrap().len(), 16);
    for n in 0..good.len() {
        assert!(torch_bin::read_bytes(&good[..n]).is_err(), "prefix {n}");
    }
    let (mut read, mut refused) = (0, 0);
    let mut bytes = good.clone();
    for p in 0..good.len() {
        for v in [0x00, 0xff, good[p] ^ 0x01, good[p].wrapping_add(1)] {
            bytes[p] = v;
            match torch_bin::read_bytes(&bytes) {
                Ok(_) => read += 1,
                Err(_) => refused += 1,
            }
        }
        bytes[p] = good[p];
    }
    eprintln!("single-byte changes: {read} read, {refused} refused");
    assert!(read > 0 && refused > 0);
}

/// torch writes zip64 end records too (files over 4 GiB need them): with the
/// classic record's fields saturated, the reader follows torch's zip64 locator.
#[test]
fn zip64_end_records_are_followed() {
    let good = std::fs::read(fixture("torch_bin_views").join("pytorch_model.bin")).unwrap();
    let want = torch_bin::read_bytes(&good).unwrap();
    let eocd = good.windows(4).rposition(|w| w == b"PK\x05\x06").unwrap();
    assert_eq!(eocd + 22, good.len(), "no archive comment");
    assert!(
        good.windows(4).any(|w| w == b"PK\x06\x06"),
        "torch wrote a zip64 record"
    );
    let mut z64 = good.clone();
    z64[eocd + 8..eocd + 12].fill(0xff); // entries on this disk, in all
    z64[eocd + 12..eocd + 20].fill(0xff); // central directory size and offset
    let got = torch_bin::read_bytes(&z64).unwrap();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!((&g.name, &g.view), (&w.name, &w.view));
        assert!(g.tensor == w.tensor, "{}", g.name);
    }
    let e64 = z64.windows(4).rposition(|w| w == b"PK\x06\x06").unwrap();
    z64[e64] = b'X';
    let err = torch_bin::read_bytes(&z64).unwrap_err();
    assert!(err.contains("zip64"), "{err}");
}
