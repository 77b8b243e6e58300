//! The T5 tokenizer against ids that `sentencepiece` and Python `tokenizers`
//! produced for the same sentences (tests/fixtures/data_reference.json,
//! written by scripts/make_data_fixtures.sh). Uses the tokenizer that
//! scripts/setup.sh fetches into $RUSE_CACHE.

use std::path::PathBuf;

use ruse::config::Config;
use ruse::data::tasks::LoadOptions;
use ruse::data::tokenizer::{DECODER_START_ID, EOS_ID, PAD_ID, UNK_ID};
use ruse::data::{load_task, T5Tokenizer};
use serde_json::Value;

fn fixture() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data_reference.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn tokenizer() -> T5Tokenizer {
    T5Tokenizer::for_config(&Config::default())
        .expect("run scripts/setup.sh to fetch the T5 tokenizer")
}

fn ids(v: &Value) -> Vec<u32> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_u64().unwrap() as u32)
        .collect()
}

#[test]
fn t5_conventions_hold() {
    let tok = tokenizer();
    let fx = fixture();
    assert_eq!(tok.vocab_size(), 32_100);
    assert_eq!(tok.vocab_size() as u64, fx["vocab_size"].as_u64().unwrap());
    assert_eq!((PAD_ID, EOS_ID, UNK_ID, DECODER_START_ID), (0, 1, 2, 0));
    for (token, id) in fx["special"].as_object().unwrap() {
        assert_eq!(
            tok.token_to_id(token),
            Some(id.as_u64().unwrap() as u32),
            "{token}"
        );
    }
}

#[test]
fn ids_equal_sentencepiece_and_tokenizers() {
    let tok = tokenizer();
    let fx = fixture();
    for case in fx["tokenize"].as_array().unwrap() {
        let text = case["text"].as_str().unwrap();
        let got = tok.encode(text, 512).unwrap();
        assert_eq!(got, ids(&case["tokenizers"]), "{text:?}");
        assert_eq!(*got.last().unwrap(), EOS_ID, "{text:?}: </s> appended");
        // sentencepiece does not know the added sentinel tokens (<extra_id_N>),
        // which it spells out piece by piece; everywhere else it must agree.
        if !text.contains("<extra_id_") {
            assert_eq!(
                got,
                ids(&case["sentencepiece"]),
                "{text:?} vs sentencepiece"
            );
        }
    }
}

#[test]
fn truncation_keeps_eos_last() {
    let tok = tokenizer();
    for case in fixture()["truncate"].as_array().unwrap() {
        let text = case["text"].as_str().unwrap();
        let max = case["max_len"].as_u64().unwrap() as usize;
        let got = tok.encode(text, max).unwrap();
        assert_eq!(got, ids(&case["tokenizers"]), "{text:?}");
        assert!(got.len() <= max);
        assert_eq!(*got.last().unwrap(), EOS_ID);
    }
    assert_eq!(tok.encode("a long sentence here", 1).unwrap(), vec![EOS_ID]);
}

#[test]
fn batch_encoding_equals_one_by_one_and_decodes_back() {
    let tok = tokenizer();
    let texts: Vec<String> = (0..200)
        .map(|i| format!("sentence number {i}: the cat sat."))
        .collect();
    let batch = tok.encode_batch(&texts, 16).unwrap();
    for (t, b) in texts.iter().zip(&batch) {
        assert_eq!(&tok.encode(t, 16).unwrap(), b);
    }
    let ids = tok.encode("The quick brown fox.", 64).unwrap();
    assert_eq!(tok.decode(&ids).unwrap(), "The quick brown fox.");
}

#[test]
fn tokenizer_name_resolves_files_directories_and_t5_names() {
    let default = T5Tokenizer::resolve(&Config::default()).unwrap();
    let dir = default.parent().unwrap().to_str().unwrap().to_string();
    let with = |name: &str| Config {
        tokenizer_name: Some(name.into()),
        ..Config::default()
    };
    assert_eq!(T5Tokenizer::resolve(&with(&dir)).unwrap(), default);
    assert_eq!(
        T5Tokenizer::resolve(&with(default.to_str().unwrap())).unwrap(),
        default
    );
    assert_eq!(
        T5Tokenizer::resolve(&with("google/t5-v1_1-small")).unwrap(),
        default
    );
    let e = T5Tokenizer::resolve(&with("bert-base-uncased"))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("tokenizer_name") && e.contains("never downloads"),
        "{e}"
    );
    // A JSON file that is not a T5 tokenizer is refused.
    let p = std::env::temp_dir().join(format!("ruse-not-a-tokenizer-{}.json", std::process::id()));
    std::fs::write(&p, "{}").unwrap();
    assert!(T5Tokenizer::load(&p).is_err());
    std::fs::remove_file(&p).ok();
}

/// A copy of the default tokenizer's `spiece.model`, alone in a fresh
/// directory `name` (as transformers 3.x and the t5-v1_1 repositories save
/// a model's tokenizer), with `config` as its `tokenizer_config.json`.
fn spiece_dir(name: &str, config: Option<&str>) -> PathBuf {
    let default = T5Tokenizer::resolve(&Config::default()).unwrap();
    let dir = std::env::temp_dir().join(format!("ruse-spiece-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        default.with_file_name("spiece.model"),
        dir.join("spiece.model"),
    )
    .unwrap();
    if let Some(text) = config {
        std::fs::write(dir.join("tokenizer_config.json"), text).unwrap();
    }
    dir
}

/// ruse's reading of `spiece.model` gives the ids of the shipped
/// `tokenizer.json` and of `sentencepiece` itself (the fixture), and the
/// `tokenizer.json`'s ids on every source and target of the default tasks'
/// real data.
#[test]
fn a_spiece_model_tokenizes_as_the_tokenizer_json() {
    let json = tokenizer();
    let dir = spiece_dir("same", None);
    let model = Config {
        model_name_or_path: Some(dir.to_str().unwrap().into()),
        ..Config::default()
    };
    assert_eq!(
        T5Tokenizer::resolve(&model).unwrap(),
        dir.join("spiece.model")
    );
    let sp = T5Tokenizer::for_config(&model).unwrap();
    assert_eq!(sp.vocab_size(), json.vocab_size());
    for token in [
        "<pad>",
        "</s>",
        "<unk>",
        "<extra_id_0>",
        "<extra_id_99>",
        "▁the",
    ] {
        assert_eq!(sp.token_to_id(token), json.token_to_id(token), "{token}");
    }
    for case in fixture()["tokenize"].as_array().unwrap() {
        let text = case["text"].as_str().unwrap();
        let got = sp.encode(text, 512).unwrap();
        assert_eq!(got, ids(&case["tokenizers"]), "{text:?}");
        if !text.contains("<extra_id_") {
            assert_eq!(got, ids(&case["sentencepiece"]), "{text:?}");
        }
    }
    let opts = LoadOptions::from_config(&Config::default(), std::path::Path::new("."));
    let mut texts = Vec::new();
    for task in ["trec", "movie_sentiment", "sms_spam"] {
        let data = load_task(task, &opts).expect("run scripts/setup.sh to fetch the task data");
        for e in data.train.iter().chain(&data.test) {
            texts.push(e.source.clone());
            texts.push(e.target.clone());
        }
    }
    assert!(texts.len() > 20_000, "{} texts", texts.len());
    let (a, b) = (
        sp.encode_batch(&texts, 1024).unwrap(),
        json.encode_batch(&texts, 1024).unwrap(),
    );
    for ((text, a), b) in texts.iter().zip(&a).zip(&b) {
        assert_eq!(a, b, "{text:?}");
    }
    assert_eq!(sp.decode(&a[0]).unwrap(), json.decode(&b[0]).unwrap());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `extra_ids` of the `tokenizer_config.json` beside a `spiece.model` sets
/// its sentinels; a file that is neither format is named and refused.
#[test]
fn a_spiece_model_takes_its_sentinels_from_tokenizer_config() {
    let dir = spiece_dir("extra", Some(r#"{"extra_ids": 0}"#));
    let model = dir.join("spiece.model");
    let sp = T5Tokenizer::load(&model).unwrap();
    assert_eq!(sp.vocab_size(), 32_000);
    assert_eq!(sp.token_to_id("<extra_id_0>"), None);
    // The error of loading `model` holds `file` and `what`.
    let refused = |file: &str, what: &str| {
        let e = T5Tokenizer::load(&model).unwrap_err().to_string();
        assert!(e.contains(file) && e.contains(what), "{e}");
    };
    let config = dir.join("tokenizer_config.json");
    std::fs::write(&config, r#"{"extra_ids": "many"}"#).unwrap();
    refused("tokenizer_config.json", "extra_ids");
    // One that cannot be read is named, not passed over for the default.
    std::fs::remove_file(&config).unwrap();
    std::fs::create_dir(&config).unwrap();
    refused("tokenizer_config.json", "cannot read");
    std::fs::remove_dir(&config).unwrap();
    std::fs::write(&model, b"\x0a\xc8\x01not a model").unwrap();
    refused(
        "spiece.model",
        "neither a tokenizers JSON file nor a SentencePiece model",
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
