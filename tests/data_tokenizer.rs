//! The T5 tokenizer against ids that `sentencepiece` and Python `tokenizers`
//! produced for the same sentences (tests/fixtures/data_reference.json,
//! written by scripts/make_data_fixtures.sh). Uses the tokenizer that
//! scripts/setup.sh fetches into $RUSE_CACHE.

use std::path::PathBuf;

use ruse::config::Config;
use ruse::data::tokenizer::{DECODER_START_ID, EOS_ID, PAD_ID, UNK_ID};
use ruse::data::T5Tokenizer;
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
