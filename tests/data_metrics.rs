//! Metrics against scikit-learn, scipy and sacrebleu
//! (tests/fixtures/data_reference.json, written by scripts/make_data_fixtures.sh),
//! and closed-form cases derived here.

use std::collections::BTreeMap;
use std::path::PathBuf;

use ruse::data::metrics::{self, tokenize_13a, Metric};
use serde_json::Value;

fn fixture() -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data_reference.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

fn close(a: f64, b: f64, what: &str) {
    assert!(
        (a - b).abs() <= 1e-9 * (1.0 + b.abs()),
        "{what}: {a} vs reference {b}"
    );
}

#[test]
fn classification_metrics_match_scikit_learn() {
    for (i, c) in fixture()["classification"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        let (p, t) = (strings(&c["predictions"]), strings(&c["targets"]));
        for (key, m) in [
            ("acc", Metric::Accuracy),
            ("f1", Metric::F1),
            ("mcc", Metric::MatthewsCorrelation),
        ] {
            if let Some(want) = c["expected"][key].as_f64() {
                close(m.compute(&p, &t), want, &format!("case {i} {key}"));
            }
        }
    }
}

#[test]
fn correlations_match_scipy_with_nan_as_zero() {
    for (i, c) in fixture()["correlation"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
    {
        let (p, t) = (strings(&c["predictions"]), strings(&c["targets"]));
        close(
            Metric::Pearson.compute(&p, &t),
            c["expected"]["pearson"].as_f64().unwrap(),
            &format!("case {i} pearson"),
        );
        close(
            Metric::Spearman.compute(&p, &t),
            c["expected"]["spearmanr"].as_f64().unwrap(),
            &format!("case {i} spearman"),
        );
    }
}

#[test]
fn bleu_matches_sacrebleu() {
    let fx = fixture();
    for (i, c) in fx["tokenize_13a"].as_array().unwrap().iter().enumerate() {
        assert_eq!(
            tokenize_13a(c["text"].as_str().unwrap()),
            c["expected"].as_str().unwrap(),
            "13a case {i}"
        );
    }
    for (i, c) in fx["bleu"].as_array().unwrap().iter().enumerate() {
        let got = Metric::Bleu.compute(&strings(&c["hypotheses"]), &strings(&c["references"]));
        let want = c["expected"].as_f64().unwrap();
        assert!(
            (got - want).abs() < 1e-9,
            "BLEU case {i}: {got} vs sacrebleu {want}"
        );
    }
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

#[test]
fn closed_form_cases() {
    // Accuracy: 2 of 4 equal -> 50; the non-integer prediction is -1, never equal.
    assert_eq!(
        Metric::Accuracy.compute(&s(&["1", "0", "1", "yes"]), &s(&["1", "0", "0", "1"])),
        50.0
    );
    // F1 of class 1: tp=1, fp=1, fn=1 (the invalid "x" for target 1 counts as 0) -> 2/(2+1+1) = 50.
    assert_eq!(
        Metric::F1.compute(&s(&["1", "1", "x", "0"]), &s(&["1", "0", "1", "0"])),
        50.0
    );
    // An invalid prediction for target 0 becomes 1: a false positive. tp=1, fp=1 -> 2/3.
    let f1 = Metric::F1.compute(&s(&["1", "2"]), &s(&["1", "0"]));
    assert!((f1 - 200.0 / 3.0).abs() < 1e-12);
    // MCC of perfect / inverted binary predictions: +100 / -100; a constant prediction: 0.
    assert_eq!(
        Metric::MatthewsCorrelation.compute(&s(&["0", "1", "0", "1"]), &s(&["0", "1", "0", "1"])),
        100.0
    );
    assert_eq!(
        Metric::MatthewsCorrelation.compute(&s(&["1", "0", "1", "0"]), &s(&["0", "1", "0", "1"])),
        -100.0
    );
    assert_eq!(
        Metric::MatthewsCorrelation.compute(&s(&["1", "1", "1", "1"]), &s(&["0", "1", "0", "1"])),
        0.0
    );
    // Pearson of y = 2x + 1 is 1; of a constant prediction NaN -> 0.
    let x = s(&["1", "2", "3", "4"]);
    assert!((Metric::Pearson.compute(&s(&["3", "5", "7", "9"]), &x) - 100.0).abs() < 1e-12);
    assert_eq!(Metric::Pearson.compute(&s(&["2", "2", "2", "2"]), &x), 0.0);
    // Spearman of a monotone but non-linear map is 1.
    assert!((Metric::Spearman.compute(&s(&["1", "8", "27", "64"]), &x) - 100.0).abs() < 1e-12);
    // BLEU of identical corpora of >= 4 tokens is 100; of no shared token 0.
    assert!((Metric::Bleu.compute(&s(&["a b c d e"]), &s(&["a b c d e"])) - 100.0).abs() < 1e-9);
    assert_eq!(Metric::Bleu.compute(&s(&["x y z"]), &s(&["a b c"])), 0.0);
    // Post-processing.
    assert_eq!(metrics::string_to_int(" 3 "), 3);
    assert_eq!(metrics::string_to_int("3.0"), -1);
    assert_eq!(metrics::string_to_float("2.4"), 2.4);
    assert_eq!(metrics::string_to_float("two"), -1.0);
}

#[test]
fn text_labels_compare_as_strings() {
    // A user task whose targets are words: a prediction counts when it equals its target.
    let acc = Metric::Accuracy.compute(
        &s(&["positive", "negative", "neutral?"]),
        &s(&["positive", "positive", "negative"]),
    );
    assert!((acc - 100.0 / 3.0).abs() < 1e-12);
}

#[test]
fn task_keys_and_average() {
    let m = metrics::task_metrics(
        "mrpc",
        "validation",
        &[Metric::F1, Metric::Accuracy],
        &s(&["1", "0"]),
        &s(&["1", "1"]),
    );
    let keys: Vec<_> = m.keys().cloned().collect();
    assert_eq!(keys, ["mrpc_validation_acc", "mrpc_validation_f1"]);
    // acc = 50; F1: tp=1, fn=1 -> 2/3.
    let mut all: BTreeMap<String, f64> = m;
    all.insert("rte_validation_acc".into(), 80.0);
    let want = (50.0 + 200.0 / 3.0 + 80.0) / 3.0;
    assert!((metrics::average_metrics(&all) - want).abs() < 1e-12);
    assert!("spearmanr".parse::<Metric>().is_ok() && "rouge".parse::<Metric>().is_err());
}
