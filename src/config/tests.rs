//! Config parsing: unknown keys, aliases, bad values, unreadable files, overrides.

use super::*;

#[test]
fn unknown_keys_suggest_the_closest_known_key() {
    let err = Config::from_json(r#"{"learning_rat": 0.1}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("learning_rat") && err.contains("did you mean 'learning_rate'"),
        "{err}"
    );
}

#[test]
fn the_reference_misspelling_loads_with_a_warning() {
    let loaded = Config::from_json(
        r#"{"parameteric_task_embedding": true, "do_train": false, "do_train": true}"#,
    )
    .unwrap();
    assert!(loaded.config.parametric_task_embedding);
    assert_eq!(
        loaded.config.do_train,
        Some(true),
        "the later duplicate wins"
    );
    assert_eq!(loaded.warnings.len(), 1);
}

#[test]
fn bad_values_name_their_key() {
    let err = Config::from_json(r#"{"tasks": ["rte"], "max_steps": "many"}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("max_steps"), "{err}");
}

#[test]
fn unreadable_and_malformed_files_are_named() {
    let dir = std::env::temp_dir().join(format!("ruse-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let absent = dir.join("absent.json");
    let err = Config::load(&absent).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "{}: cannot read the config file",
            absent.display()
        )),
        "{err}"
    );
    for (text, needle) in [
        (
            "{\"tasks\": [\"trec\"],\n",
            "not valid JSON: EOF while parsing a value at line 2",
        ),
        ("[1, 2]", "not a JSON object"),
    ] {
        let p = dir.join("bad.json");
        std::fs::write(&p, text).unwrap();
        let err = Config::load(&p).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("{}: the config is", p.display())) && err.contains(needle),
            "{err}"
        );
    }
    let p = dir.join("typo.json");
    std::fs::write(&p, r#"{"max_step": 3}"#).unwrap();
    let err = Config::load(&p).unwrap_err().to_string();
    assert!(
        err.contains("'max_step'") && err.contains(&format!("(in {})", p.display())),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn overrides_parse_json_values() {
    let loaded = Config::default()
        .with_overrides(&[
            "max_steps=10".into(),
            "tasks=[\"trec\"]".into(),
            "output_dir=out/x".into(),
        ])
        .unwrap();
    assert_eq!(loaded.config.max_steps, 10);
    assert_eq!(loaded.config.tasks, vec!["trec"]);
    assert_eq!(loaded.config.output_dir, "out/x");
}

#[test]
fn fp16_is_refused_and_no_generation_warns() {
    let err = Config::from_json(r#"{"fp16": true}"#)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("fp16=false") && err.contains("bf16: true"),
        "{err}"
    );
    assert!(Config::from_json(r#"{"fp16": false}"#).is_ok());
    for generate in [false, true] {
        let loaded =
            Config::from_json(&format!(r#"{{"predict_with_generate": {generate}}}"#)).unwrap();
        assert!(loaded.warnings.is_empty() && loaded.config.generates() == generate);
    }
    assert!(Config::default().generates());
    // Unset keys stay unset through overrides (no warning from the defaults).
    let over = Config::default()
        .with_overrides(&["seed=3".into()])
        .unwrap();
    assert!(over.warnings.is_empty() && over.config.do_train.is_none());
}
