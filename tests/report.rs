//! `ruse report`: a synthetic train_log.jsonl becomes SVG charts (through the
//! library and the binary), checked for well-formed XML, one polyline per
//! series with the right points, the moving average, errors and determinism.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ruse::report::{compact, loss_series, write_report, Log, LOG_FILE};

const STEPS: u64 = 60;
/// The charts of the synthetic log, in the order they are written.
const CHARTS: [&str; 7] = [
    "loss.svg",
    "lr.svg",
    "throughput.svg",
    "eval_test.svg",
    "eval_test_loss.svg",
    "eval_val.svg",
    "eval_val_loss.svg",
];
const TASKS: [&str; 2] = ["trec", "sms_spam+trec"];

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ruse-report-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Step s trains task s % 2; its loss decays with a wobble; lr warms up to
/// 1e-3 at step 10, then decays linearly.
fn loss_at(step: u64) -> f64 {
    3.0 * (-(step as f64) / 20.0).exp() + 0.3 * (step as f64 * 1.7).sin().abs()
}

fn lr_at(step: u64) -> f64 {
    if step <= 10 {
        1e-3 * step as f64 / 10.0
    } else {
        1e-3 * (STEPS - step) as f64 / (STEPS - 10) as f64
    }
}

/// Examples/s of a step: a sawtooth; steps 1 and 2 compile (and are left out of the chart).
fn rate_at(step: u64) -> f64 {
    300.0 + 7.0 * (step % 5) as f64
}

/// trec's evaluation loss: lowest at step 40, not at the last evaluation.
fn eval_loss_at(step: u64) -> f64 {
    match step {
        20 => 1.5,
        40 => 0.9,
        _ => 1.2,
    }
}

/// Evaluation every 20 steps on val and test; one metric is null once and
/// NaN (Python's bare token) once, so those points are left out; trec's loss
/// and `average_loss` (the mean of the one task's loss) go to a chart of their own.
fn eval_row(step: u64, split: &str) -> String {
    let acc = 50.0 + step as f64 / 2.0;
    let f1 = match step {
        20 => "null".to_string(),
        40 => "NaN".to_string(),
        _ => format!("{}", 40.0 + step as f64),
    };
    format!(
        r#"{{"step": {step}, "split": "{split}", "metrics": {{"trec_{split}_accuracy": {acc}, "sms_spam_{split}_f1": {f1}, "average_metrics": {}, "trec_{split}_loss": {}, "average_loss": {}}}, "seconds": 3.1, "epoch": 0}}"#,
        acc / 2.0 + 20.0,
        eval_loss_at(step),
        eval_loss_at(step)
    )
}

fn synthetic_log() -> String {
    let mut lines = Vec::new();
    for step in 1..=STEPS {
        let task = TASKS[(step % 2) as usize];
        let compile = if step <= 2 { "4.5" } else { "null" };
        lines.push(format!(
            r#"{{"step": {step}, "task": "{task}", "loss": {}, "lr": {}, "grad_norm": 1.2, "examples_per_s": {}, "seconds": 0.05, "compile_seconds": {compile}, "future_key": {{"a": 1}}}}"#,
            loss_at(step),
            lr_at(step),
            rate_at(step)
        ));
        if step % 20 == 0 {
            lines.push(eval_row(step, "val"));
            lines.push(eval_row(step, "test"));
        }
    }
    lines.join("\n") + "\n"
}

fn run_dir(tag: &str, log: &str) -> PathBuf {
    let dir = tempdir(tag);
    std::fs::write(dir.join(LOG_FILE), log).unwrap();
    dir
}

fn ruse(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ruse"))
        .args(args)
        .output()
        .expect("the ruse binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The definition: point i is the mean of the last min(w, i + 1) values.
fn expected_average(values: &[f64], w: usize) -> Vec<f64> {
    (0..values.len())
        .map(|i| {
            let from = (i + 1).saturating_sub(w);
            values[from..=i].iter().sum::<f64>() / (i + 1 - from) as f64
        })
        .collect()
}

/// The losses of a task, in step order, as written to the log.
fn task_losses(task: &str) -> (Vec<u64>, Vec<f64>) {
    (1..=STEPS)
        .filter(|s| TASKS[(s % 2) as usize] == task)
        .map(|s| (s, loss_at(s)))
        .unzip()
}

// ---- a tiny XML well-formedness checker ----

/// Checks balanced, properly nested tags, quoted and unique attributes, and
/// escaped text; returns the names of the elements in document order.
fn check_xml(doc: &str) -> Vec<String> {
    let mut stack: Vec<String> = Vec::new();
    let mut names = Vec::new();
    let mut rest = doc;
    while let Some(open) = rest.find('<') {
        check_text(&rest[..open]);
        rest = &rest[open..];
        let (end, close) = if rest.starts_with("<?") {
            (rest.find("?>").expect("unterminated <?") + 2, None)
        } else if rest.starts_with("<!") {
            (rest.find('>').expect("unterminated <!") + 1, None)
        } else {
            let end = tag_end(rest);
            (end, Some(&rest[..end]))
        };
        if let Some(tag) = close {
            if let Some(name) = tag.strip_prefix("</") {
                let name = name.trim_end_matches('>').trim();
                assert_eq!(stack.pop().as_deref(), Some(name), "unbalanced </{name}>");
            } else {
                let name = check_start_tag(tag);
                assert!(
                    !stack.is_empty() || names.is_empty(),
                    "a second root <{name}>"
                );
                names.push(name.clone());
                if !tag.ends_with("/>") {
                    stack.push(name);
                }
            }
        }
        rest = &rest[end..];
    }
    check_text(rest);
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
    names
}

/// The end of a tag, skipping `>` inside quoted attribute values.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    panic!("unterminated tag: {}", &s[..s.len().min(80)]);
}

fn check_start_tag(tag: &str) -> String {
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let inner = inner.trim_end_matches('/');
    let (name, mut attrs) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
    assert!(
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()),
        "{tag}"
    );
    let mut seen = Vec::new();
    loop {
        attrs = attrs.trim_start();
        if attrs.is_empty() {
            break;
        }
        let (key, after) = attrs
            .split_once("=\"")
            .unwrap_or_else(|| panic!("bad attribute in {tag}"));
        let (value, after) = after.split_once('"').unwrap();
        assert!(!value.contains('<'), "'<' in an attribute of {tag}");
        check_text(value);
        assert!(!seen.contains(&key), "attribute {key} twice in {tag}");
        seen.push(key);
        attrs = after;
    }
    name.to_string()
}

fn check_text(t: &str) {
    for (i, _) in t.match_indices('&') {
        let entity = &t[i..t.len().min(i + 6)];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                .iter()
                .any(|e| entity.starts_with(e)),
            "unescaped & in {t:?}"
        );
    }
}

// ---- reading the charts back ----

struct Drawn {
    name: String,
    points: Vec<(f64, f64)>,
    circles: usize,
    polyline: String,
}

/// Every `<g class="series">`: its title, its one polyline's points, its markers.
fn drawn_series(svg: &str) -> Vec<Drawn> {
    svg.split(r#"<g class="series">"#)
        .skip(1)
        .map(|chunk| {
            let body = &chunk[..chunk.find("</g>").unwrap()];
            let name = between(body, "<title>", "</title>").replace("&amp;", "&");
            assert_eq!(body.matches("<polyline").count(), 1, "{name}: one polyline");
            let polyline = body[body.find("<polyline").unwrap()..]
                .lines()
                .next()
                .unwrap();
            let points = between(polyline, "points=\"", "\"")
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect();
            let circles = body.matches("<circle").count();
            Drawn {
                name,
                points,
                circles,
                polyline: polyline.to_string(),
            }
        })
        .collect()
}

fn between<'a>(s: &'a str, from: &str, to: &str) -> &'a str {
    let start = s.find(from).unwrap_or_else(|| panic!("no {from}")) + from.len();
    &s[start..start + s[start..].find(to).unwrap()]
}

fn strictly_increasing_x(d: &Drawn) {
    for w in d.points.windows(2) {
        assert!(w[1].0 > w[0].0, "{}: x not increasing: {:?}", d.name, w);
    }
}

/// Checks that `ys` are `a * values + b` for the map that takes the raw
/// values to their pixels (fitted on the raw series' lowest and highest).
fn assert_affine(raw_px: &[f64], raw: &[f64], ys: &[f64], values: &[f64], what: &str) {
    let lo = (0..raw.len())
        .min_by(|&i, &j| raw[i].total_cmp(&raw[j]))
        .unwrap();
    let hi = (0..raw.len())
        .max_by(|&i, &j| raw[i].total_cmp(&raw[j]))
        .unwrap();
    let a = (raw_px[hi] - raw_px[lo]) / (raw[hi] - raw[lo]);
    let b = raw_px[lo] - a * raw[lo];
    assert!(
        a < 0.0,
        "{what}: larger values are drawn higher (smaller y)"
    );
    for (i, (y, v)) in ys.iter().zip(values).enumerate() {
        assert!(
            (y - (a * v + b)).abs() < 0.03,
            "{what}[{i}]: y {y} vs {}",
            a * v + b
        );
    }
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

// ---- the tests ----

#[test]
fn every_chart_is_a_well_formed_svg_with_title_axes_ticks_and_legend() {
    let dir = run_dir("valid", &synthetic_log());
    let paths = write_report(&dir, &dir, Some(3)).unwrap();
    assert_eq!(paths, CHARTS.map(|n| dir.join(n)));
    for (name, title) in CHARTS.iter().zip([
        "Training loss",
        "Learning rate",
        "Training throughput",
        "Evaluation (test)",
        "Evaluation loss (test)",
        "Evaluation (val)",
        "Evaluation loss (val)",
    ]) {
        let svg = read(&dir, name);
        assert!(svg.starts_with("<?xml version=\"1.0\""), "{name}");
        assert!(
            svg.contains("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""),
            "{name}"
        );
        let elements = check_xml(&svg);
        assert_eq!(elements[0], "svg", "{name}: the root");
        assert!(
            svg.contains(r#"xmlns="http://www.w3.org/2000/svg" version="1.1""#),
            "{name}"
        );
        assert!(svg.contains(&format!(">{title}</text>")), "{name}: title");
        assert!(svg.contains(">step</text>"), "{name}: x axis title");
        assert!(svg.contains(r#"<g class="legend""#), "{name}: legend");
        assert!(
            elements.iter().filter(|e| *e == "text").count() > 10,
            "{name}: tick labels"
        );
    }
    // Round ticks: steps 1..60 get 0, 10, ... 60; the learning rate 1e-3 style.
    let loss = read(&dir, "loss.svg");
    for tick in ["0", "10", "30", "60"] {
        assert!(
            loss.contains(&format!(r#"text-anchor="middle">{tick}</text>"#)),
            "x tick {tick}"
        );
    }
    let lr = read(&dir, "lr.svg");
    for tick in ["0", "2e-4", "6e-4", "1e-3"] {
        assert!(
            lr.contains(&format!(r#"text-anchor="end">{tick}</text>"#)),
            "lr tick {tick}"
        );
    }
}

#[test]
fn loss_has_a_faint_raw_and_a_smoothed_polyline_per_task() {
    let dir = run_dir("loss", &synthetic_log());
    let window = 4;
    write_report(&dir, &dir, Some(window)).unwrap();
    let drawn = drawn_series(&read(&dir, "loss.svg"));
    let names: Vec<&str> = drawn.iter().map(|d| d.name.as_str()).collect();
    // Every faint raw series first, so none covers a moving average.
    assert_eq!(
        names,
        ["sms_spam+trec (raw)", "trec (raw)", "sms_spam+trec", "trec"]
    );
    for (raw, avg) in drawn[..2].iter().zip(&drawn[2..]) {
        let (steps, losses) = task_losses(&avg.name);
        assert_eq!(raw.points.len(), steps.len(), "{}", raw.name);
        assert_eq!(avg.points.len(), steps.len(), "{}", avg.name);
        strictly_increasing_x(raw);
        strictly_increasing_x(avg);
        assert!(
            raw.polyline.contains(r#"stroke-opacity="0.25""#),
            "raw points are faint"
        );
        assert!(avg.polyline.contains(r#"stroke-opacity="1.00""#));
        let raw_y: Vec<f64> = raw.points.iter().map(|p| p.1).collect();
        let avg_y: Vec<f64> = avg.points.iter().map(|p| p.1).collect();
        let want = expected_average(&losses, window);
        assert_affine(&raw_y, &losses, &avg_y, &want, &avg.name);
        assert_eq!(
            raw.points.iter().map(|p| p.0).collect::<Vec<_>>(),
            avg.points.iter().map(|p| p.0).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_moving_average_follows_its_definition() {
    let log = Log::parse(Path::new("mem"), &synthetic_log()).unwrap();
    for window in [1, 2, 3, 7, 100] {
        for s in loss_series(&log, window) {
            let (steps, losses) = task_losses(&s.task);
            assert_eq!(s.steps, steps);
            // serde_json (without its float_roundtrip feature) may read the
            // last bit of a printed f64 differently.
            for (got, want) in s.raw.iter().zip(&losses) {
                assert!((got - want).abs() <= 1e-15 * want.abs(), "{got} vs {want}");
            }
            for (got, want) in s.smoothed.iter().zip(expected_average(&losses, window)) {
                assert!(
                    (got - want).abs() <= 1e-12 * want.abs(),
                    "w={window}: {got} vs {want}"
                );
            }
        }
    }
}

/// Diverged losses as large as f64 holds neither overflow the average nor
/// linger in it once out of the window, and the charts of such a log hold
/// no NaN coordinate.
#[test]
fn huge_losses_neither_overflow_nor_linger() {
    let values = [1e308, -1e308, 1.5, 1e308, 1e308];
    let one = ruse::report::moving_average(&values, 1);
    assert_eq!(one, values);
    let three = ruse::report::moving_average(&values, 3);
    assert!(three.iter().all(|v| v.is_finite()), "{three:?}");
    assert!((three[2] - 0.5).abs() < 1e-9, "{three:?}");
    let rows: String = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            format!(
                "{{\"step\": {}, \"task\": \"trec\", \"loss\": {v:e}, \"lr\": 0.001}}\n",
                i + 1
            )
        })
        .collect();
    let dir = run_dir("huge", &rows);
    write_report(&dir, &dir, None).unwrap();
    let loss = read(&dir, "loss.svg");
    assert!(!loss.contains("NaN") && !loss.contains("inf"), "{loss}");
}

#[test]
fn lr_and_eval_charts_draw_each_series_point_by_point() {
    let dir = run_dir("eval", &synthetic_log());
    write_report(&dir, &dir, None).unwrap();
    let lr = drawn_series(&read(&dir, "lr.svg"));
    assert_eq!(lr.len(), 1);
    assert_eq!(lr[0].points.len(), STEPS as usize);
    strictly_increasing_x(&lr[0]);
    let lrs: Vec<f64> = (1..=STEPS).map(lr_at).collect();
    let ys: Vec<f64> = lr[0].points.iter().map(|p| p.1).collect();
    assert_affine(&ys, &lrs, &ys, &lrs, "lr");
    // Throughput: every step but the two that compiled, point by point.
    let rate = drawn_series(&read(&dir, "throughput.svg"));
    assert_eq!(rate.len(), 1);
    assert_eq!(rate[0].points.len(), STEPS as usize - 2);
    strictly_increasing_x(&rate[0]);
    let lr_x: Vec<f64> = lr[0].points.iter().map(|p| p.0).collect();
    let rate_x: Vec<f64> = rate[0].points.iter().map(|p| p.0).collect();
    assert_eq!(rate_x, lr_x[2..], "the same step axis as lr, from step 3");
    let rates: Vec<f64> = (3..=STEPS).map(rate_at).collect();
    let ys: Vec<f64> = rate[0].points.iter().map(|p| p.1).collect();
    assert_affine(&ys, &rates, &ys, &rates, "examples/s");
    for split in ["val", "test"] {
        let drawn = drawn_series(&read(&dir, &format!("eval_{split}.svg")));
        let names: Vec<&str> = drawn.iter().map(|d| d.name.as_str()).collect();
        let (f1, acc) = (
            format!("sms_spam_{split}_f1"),
            format!("trec_{split}_accuracy"),
        );
        assert_eq!(
            names,
            [f1.as_str(), acc.as_str(), "average_metrics"],
            "sorted, average last"
        );
        // Three evaluations; f1 was null at step 20 and NaN at step 40.
        assert_eq!(
            drawn.iter().map(|d| d.points.len()).collect::<Vec<_>>(),
            [1, 3, 3]
        );
        for d in &drawn {
            assert_eq!(d.circles, d.points.len(), "{}: a marker per point", d.name);
            strictly_increasing_x(d);
        }
        assert!(drawn[2]
            .polyline
            .contains(r##"stroke="#000000" stroke-width="3.0""##));
        // The losses on their own chart, point by point, average_loss last.
        let drawn = drawn_series(&read(&dir, &format!("eval_{split}_loss.svg")));
        let names: Vec<&str> = drawn.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(
            names,
            [format!("trec_{split}_loss").as_str(), "average_loss"]
        );
        let losses: Vec<f64> = [20, 40, 60].map(eval_loss_at).to_vec();
        for d in &drawn {
            assert_eq!(d.circles, 3, "{}", d.name);
            strictly_increasing_x(d);
            let ys: Vec<f64> = d.points.iter().map(|p| p.1).collect();
            assert_affine(&ys, &losses, &ys, &losses, &d.name);
        }
        assert!(drawn[1]
            .polyline
            .contains(r##"stroke="#000000" stroke-width="3.0""##));
        assert!(!drawn[0].polyline.contains("#000000"));
    }
}

#[test]
fn malformed_missing_and_empty_logs_are_clear_errors() {
    let mut lines: Vec<String> = synthetic_log().lines().map(str::to_string).collect();
    lines[2] = r#"{"step": 3, "task": "trec", "loss": 1.0"#.into();
    let dir = run_dir("malformed", &lines.join("\n"));
    let err = write_report(&dir, &dir, None).unwrap_err().to_string();
    let at = format!("{}:3:", dir.join(LOG_FILE).display());
    assert!(err.contains(&at) && err.contains("not valid JSON"), "{err}");
    let out = ruse(&["report", dir.to_str().unwrap()]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&at) && !stderr.contains("panicked"),
        "{stderr}"
    );

    let empty = run_dir("empty", "\n\n");
    let err = write_report(&empty, &empty, None).unwrap_err().to_string();
    assert!(err.contains("no training or evaluation rows"), "{err}");

    let missing = tempdir("missing");
    let out = ruse(&["report", missing.to_str().unwrap()]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains(&missing.join(LOG_FILE).display().to_string()),
        "{stderr}"
    );
    assert!(
        stderr.contains("cannot read") && !stderr.contains("panicked"),
        "{stderr}"
    );

    let dir = run_dir("zero", &synthetic_log());
    let out = ruse(&["report", dir.to_str().unwrap(), "--smooth", "0"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("at least 1"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn the_binary_prints_paths_and_a_summary_and_repeats_itself_byte_for_byte() {
    let dir = run_dir("binary", &synthetic_log());
    let (a, b) = (dir.join("a"), dir.join("b"));
    for out in [&a, &b] {
        let o = ruse(&[
            "report",
            dir.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--smooth",
            "5",
        ]);
        let stdout = text(&o.stdout);
        assert!(o.status.success(), "{stdout}\n{}", text(&o.stderr));
        for name in CHARTS {
            assert!(
                stdout.contains(&format!("wrote {}", out.join(name).display())),
                "{stdout}"
            );
        }
        // The final smoothed loss of each task, and the best val accuracy (step 60).
        for task in TASKS {
            let (steps, losses) = task_losses(task);
            let last = *expected_average(&losses, 5).last().unwrap();
            let line = format!("{last:.4} at step {}", steps.last().unwrap());
            assert!(stdout.contains(&line), "{task}: {line}\n{stdout}");
        }
        let mut rates: Vec<f64> = (3..=STEPS).map(rate_at).collect();
        rates.sort_by(f64::total_cmp);
        let median = 0.5 * (rates[rates.len() / 2 - 1] + rates[rates.len() / 2]);
        let line = format!(
            "throughput: median {} examples/s over {} steps",
            compact(median),
            rates.len()
        );
        assert!(stdout.contains(&line), "{line}\n{stdout}");
        assert!(
            stdout.contains("80.00 at step 60; best 80.00 at step 60"),
            "{stdout}"
        );
        assert!(
            stdout.contains("100.00 at step 60; best 100.00 at step 60"),
            "f1: {stdout}"
        );
        // A loss is best when lowest.
        assert!(
            stdout.contains("trec_val_loss      1.2000 at step 60; best 0.9000 at step 40"),
            "loss: {stdout}"
        );
    }
    assert!(
        !dir.join("loss.svg").exists(),
        "--out is where the charts go"
    );
    for name in CHARTS {
        assert_eq!(
            std::fs::read(a.join(name)).unwrap(),
            std::fs::read(b.join(name)).unwrap(),
            "{name}"
        );
    }
    // The library writes the same bytes as the binary.
    let lib = dir.join("lib");
    write_report(&dir, &lib, Some(5)).unwrap();
    assert_eq!(
        std::fs::read(lib.join("loss.svg")).unwrap(),
        std::fs::read(a.join("loss.svg")).unwrap()
    );
}
