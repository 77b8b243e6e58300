//! The table of the reference's tasks read from user data: each task's
//! files, fields, label mapping, splits, metrics and prefix.

use crate::data::metrics::Metric;
use crate::data::tasks::SplitRule;

/// How a task's label column becomes its target.
#[derive(Debug)]
pub enum Target {
    /// Class names in label-id order; the column holds an id, a name or a
    /// boolean, and the target is the id.
    Classes(&'static [&'static str]),
    /// The column holds one of these names only (never an id); the target is
    /// its position (social_i_qa's `1`–`3`, commonsense_qa's `A`–`E`).
    Names(&'static [&'static str]),
    /// The column holds one of these, and it is the target as it is
    /// (winogrande's `1`/`2`).
    Verbatim(&'static [&'static str]),
    /// A score rounded to 0.2 steps (STS-B).
    Score,
    /// Free text (translation).
    Text,
}

/// How a task reads its rows.
#[derive(Debug)]
pub struct Spec {
    pub name: &'static str,
    /// The directory of its distributed files (GLUE's `RTE`, ...); also looked
    /// for: `data_dir/<name>/`.
    pub dir: &'static str,
    /// (label as written in the source, column names to look for). Nested
    /// JSON values are columns too: `endings.0`, `translation.en`.
    pub fields: &'static [(&'static str, &'static [&'static str])],
    pub label: &'static [&'static str],
    pub target: Target,
    /// Label values whose rows are left out (SNLI's `-1`: no gold label).
    pub drop: &'static [&'static str],
    /// Column names of a TSV without a header row (CoLA).
    pub headerless: Option<&'static [&'static str]>,
    /// (JSONL name, TSV name) of the split that serves as validation.
    pub validation: (&'static str, &'static str),
    /// The labelled test split, where the reference reads one; else test is
    /// the validation set.
    pub test: Option<(&'static str, &'static str)>,
    pub split_rule: SplitRule,
    pub metrics: &'static [Metric],
    /// The source prefix when adapters are off, if not the task name.
    pub prefix: Option<&'static str>,
    /// Evaluation beams when `eval_beams` is unset (`None`: greedy).
    pub beams: Option<usize>,
}

const ACC: &[Metric] = &[Metric::Accuracy];
const F1_ACC: &[Metric] = &[Metric::F1, Metric::Accuracy];
const BLEU: &[Metric] = &[Metric::Bleu];
const NLI2: &[&str] = &["entailment", "not_entailment"];
const NLI3: &[&str] = &["entailment", "neutral", "contradiction"];
const BIN: Target = Target::Classes(&["0", "1"]);
const S12: &[(&str, &[&str])] = &[
    ("sentence1:", &["sentence1", "#1 String"]),
    ("sentence2:", &["sentence2", "#2 String"]),
];
const PH: &[(&str, &[&str])] = &[("premise:", &["premise"]), ("hypothesis:", &["hypothesis"])];
const DEV: (&str, &str) = ("validation", "dev.tsv");
const TEST: Option<(&str, &str)> = Some(("test", "test.tsv"));

/// A task with the common defaults: label column `label`, JSONL or TSV
/// with a header, validation from `validation`/`dev.tsv`, test = validation,
/// accuracy, the task name as prefix.
const fn spec(
    name: &'static str,
    dir: &'static str,
    fields: &'static [(&'static str, &'static [&'static str])],
    target: Target,
    split_rule: SplitRule,
) -> Spec {
    Spec {
        name,
        dir,
        fields,
        label: &["label"],
        target,
        drop: &[],
        headerless: None,
        validation: DEV,
        test: None,
        split_rule,
        metrics: ACC,
        prefix: None,
        beams: None,
    }
}

/// A translation task: `translation.{from}` → `translation.{to}`, BLEU,
/// validation and test splits of its own, its own prefix, and 4 beams.
const fn translation(
    name: &'static str,
    dir: &'static str,
    from: &'static [(&'static str, &'static [&'static str])],
    to: &'static [&'static str],
    prefix: &'static str,
) -> Spec {
    Spec {
        fields: from,
        label: to,
        test: TEST,
        metrics: BLEU,
        prefix: Some(prefix),
        // The reference's task_specific_config of its translation tasks.
        beams: Some(4),
        ..spec(name, dir, &[], Target::Text, SplitRule::Fixed)
    }
}

use SplitRule::{Fixed, Large, Small};

pub const SPECS: &[Spec] = &[
    Spec {
        headerless: Some(&["source", "label", "original_label", "sentence"]),
        metrics: &[Metric::MatthewsCorrelation],
        ..spec("cola", "CoLA", &[("sentence:", &["sentence"])], BIN, Small)
    },
    spec("sst2", "SST-2", &[("sentence:", &["sentence"])], BIN, Large),
    Spec {
        label: &["label", "Quality"],
        metrics: F1_ACC,
        ..spec("mrpc", "MRPC", S12, BIN, Small)
    },
    Spec {
        label: &["label", "is_duplicate"],
        metrics: F1_ACC,
        ..spec(
            "qqp",
            "QQP",
            &[
                ("question1:", &["question1"]),
                ("question2:", &["question2"]),
            ],
            BIN,
            Large,
        )
    },
    Spec {
        label: &["label", "score"],
        metrics: &[Metric::Pearson, Metric::Spearman],
        ..spec("stsb", "STS-B", S12, Target::Score, Small)
    },
    // The reference writes MNLI's hypothesis label without its colon, and
    // validates on the mismatched set and tests on the matched one; MNLI is
    // on neither split_validation_test list.
    Spec {
        label: &["label", "gold_label"],
        validation: ("validation_mismatched", "dev_mismatched.tsv"),
        test: Some(("validation_matched", "dev_matched.tsv")),
        ..spec(
            "mnli",
            "MNLI",
            &[
                ("premise:", &["premise", "sentence1"]),
                ("hypothesis", &["hypothesis", "sentence2"]),
            ],
            Target::Classes(NLI3),
            Fixed,
        )
    },
    spec(
        "qnli",
        "QNLI",
        &[("question:", &["question"]), ("sentence:", &["sentence"])],
        Target::Classes(NLI2),
        Large,
    ),
    spec("rte", "RTE", S12, Target::Classes(NLI2), Small),
    spec("wnli", "WNLI", S12, BIN, Small),
    spec(
        "superglue-boolq",
        "BoolQ",
        &[("question:", &["question"]), ("passage:", &["passage"])],
        Target::Classes(&["false", "true"]),
        Small,
    ),
    spec(
        "superglue-cb",
        "CB",
        PH,
        Target::Classes(&["entailment", "contradiction", "neutral"]),
        Small,
    ),
    spec(
        "superglue-rte",
        "superglue-rte",
        PH,
        Target::Classes(NLI2),
        Fixed,
    ),
    // HF-datasets JSONL exports under data_dir/<task>/ (the reference's
    // fields and split mapping).
    Spec {
        drop: &["-1"],
        test: TEST,
        ..spec("snli", "snli", PH, Target::Classes(NLI3), Fixed)
    },
    Spec {
        label: &["gold_label"],
        test: TEST,
        ..spec(
            "scitail",
            "scitail",
            S12,
            Target::Classes(&["entailment", "neutral"]),
            Fixed,
        )
    },
    Spec {
        test: TEST,
        ..spec("paws", "paws", S12, BIN, Fixed)
    },
    Spec {
        validation: ("test", "test.tsv"),
        ..spec("imdb", "imdb", &[("", &["text"])], BIN, Small)
    },
    Spec {
        validation: ("test", "test.tsv"),
        test: TEST,
        ..spec(
            "yelp_polarity",
            "yelp_polarity",
            &[("sentence:", &["text"])],
            BIN,
            Large,
        )
    },
    spec(
        "social_i_qa",
        "social_i_qa",
        &[
            ("question:", &["question"]),
            ("context:", &["context"]),
            ("answerA:", &["answerA"]),
            ("answerB:", &["answerB"]),
            ("answerC:", &["answerC"]),
        ],
        Target::Names(&["1", "2", "3"]),
        Large,
    ),
    spec(
        "cosmos_qa",
        "cosmos_qa",
        &[
            ("question:", &["question"]),
            ("context:", &["context"]),
            ("answer0:", &["answer0"]),
            ("answer1:", &["answer1"]),
            ("answer2:", &["answer2"]),
            ("answer3:", &["answer3"]),
        ],
        Target::Classes(&["0", "1", "2", "3"]),
        Large,
    ),
    Spec {
        label: &["answer"],
        ..spec(
            "winogrande",
            "winogrande",
            &[
                ("sentence:", &["sentence"]),
                ("option1:", &["option1"]),
                ("option2:", &["option2"]),
            ],
            Target::Verbatim(&["1", "2"]),
            Large,
        )
    },
    spec(
        "hellaswag",
        "hellaswag",
        &[
            ("ctx:", &["ctx"]),
            ("ending0:", &["endings.0"]),
            ("ending1:", &["endings.1"]),
            ("ending2:", &["endings.2"]),
            ("ending3:", &["endings.3"]),
        ],
        Target::Classes(&["0", "1", "2", "3"]),
        Large,
    ),
    Spec {
        label: &["answerKey"],
        ..spec(
            "commonsense_qa",
            "commonsense_qa",
            &[
                ("question:", &["question"]),
                ("A:", &["choices.text.0"]),
                ("B:", &["choices.text.1"]),
                ("C:", &["choices.text.2"]),
                ("D:", &["choices.text.3"]),
                ("E:", &["choices.text.4"]),
            ],
            Target::Names(&["A", "B", "C", "D", "E"]),
            Small,
        )
    },
    translation(
        "wmt16-en-ro",
        "wmt16-ro-en",
        &[("", &["translation.en"])],
        &["translation.ro"],
        "Translate English to Romanian",
    ),
    translation(
        "wmt16-ro-en",
        "wmt16-ro-en",
        &[("", &["translation.ro"])],
        &["translation.en"],
        "Translate Romanian to English",
    ),
    translation(
        "wmt16-en-cs",
        "wmt16-cs-en",
        &[("", &["translation.en"])],
        &["translation.cs"],
        "Translate English to Czech",
    ),
    translation(
        "wmt16-en-fi",
        "wmt16-fi-en",
        &[("", &["translation.en"])],
        &["translation.fi"],
        "Translate English to Finnish",
    ),
    translation(
        "wmt14-hi-en",
        "wmt14-hi-en",
        &[("", &["translation.en"])],
        &["translation.hi"],
        "Translate English to Hindi",
    ),
    translation(
        "iwslt2017-ro-nl",
        "iwslt2017-ro-nl",
        &[("", &["translation.ro"])],
        &["translation.nl"],
        "Translate Romanian to Dutch",
    ),
    translation(
        "iwslt2017-en-nl",
        "iwslt2017-en-nl",
        &[("", &["translation.en"])],
        &["translation.nl"],
        "Translate English to Dutch",
    ),
];
