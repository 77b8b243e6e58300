//! `ruse predict --model DIR [--adapters DIR] [--task NAME] TEXT... | --file FILE`:
//! generation (or, with `--target`, the loss of a given target) from a
//! trained model, without its training config: the model directory's
//! `config.json` gives the architecture and the adapter directory's
//! `adapter_config.json` the adapters. A plain HF T5 directory works too.
//! Inputs run in batches of one shape (one compilation), and each batch's
//! outputs are printed as it finishes, one line per input in input order.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use serde_json::json;

mod target;

use super::DeviceArgs;
use crate::config::Config;
use crate::data::T5Tokenizer;
use crate::model::generate::{GenSettings, Generator, ParamLookup};
use crate::model::resolve::Source;
use crate::model::store::{saved_adapter_settings, ParamStore, ADAPTER_FILE};
use crate::model::T5Config;
use crate::runtime::{Buffer, Client, ElementType};
use target::TargetScorer;

#[derive(Debug, Args)]
pub struct PredictArgs {
    /// A model directory: `config.json` + `model.safetensors` (a ruse output
    /// or checkpoint directory, or an HF T5 directory, where
    /// `pytorch_model.bin` also does).
    #[arg(long, value_name = "DIR")]
    pub model: PathBuf,
    /// The adapters' directory (`adapter_model.safetensors` +
    /// `adapter_config.json`); default: the model directory when it has them,
    /// or, saved by hyperformer, holds them in its weights with the run's
    /// settings in `arguments_results.json`.
    #[arg(long, value_name = "DIR")]
    pub adapters: Option<PathBuf>,
    /// Which task's adapters to use (needed when the adapters serve several tasks).
    #[arg(long)]
    pub task: Option<String>,
    /// The inputs, fed as given (a model trained without adapters expects
    /// the task prefix, e.g. "trec sentence: ...").
    #[arg(
        value_name = "TEXT",
        required_unless_present = "file",
        conflicts_with = "file"
    )]
    pub inputs: Vec<String>,
    /// Read the inputs from FILE, one per line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Inputs per replica and call (one compiled shape for all of them).
    #[arg(long, default_value_t = 32, value_parser = super::parse_generation)]
    pub batch: usize,
    /// Inputs are comma-separated token ids, not text.
    #[arg(long)]
    pub ids: bool,
    /// Print the loss of this target for each input instead of generating
    /// (token ids too with --ids).
    #[arg(long, value_name = "TEXT")]
    pub target: Option<String>,
    /// Beam search with this many beams (1 = greedy).
    #[arg(long, default_value_t = 1, value_parser = super::parse_generation)]
    pub beams: usize,
    /// Generate at most this many tokens.
    #[arg(long, default_value_t = 32, value_parser = super::parse_generation)]
    pub max_len: usize,
    /// Truncate inputs to this many tokens.
    #[arg(long, default_value_t = 512, value_parser = super::parse_positive)]
    pub max_source_length: usize,
    /// The tokenizer.json or spiece.model to use (default: the model's own, else the
    /// one `scripts/setup.sh` fetched).
    #[arg(long, value_name = "FILE")]
    pub tokenizer: Option<PathBuf>,
    /// Print one JSON object per input (ids, text, score or loss).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub device: DeviceArgs,
}

/// The adapter-side settings of a trained model (see
/// [`saved_adapter_settings`]), or none.
fn adapter_config(dir: &Path) -> Result<Option<Config>> {
    let Some((path, map)) = saved_adapter_settings(dir)? else {
        return Ok(None);
    };
    let loaded = Config::from_map(map).with_context(|| format!("in {}", path.display()))?;
    Ok(Some(loaded.config))
}

/// Whether two paths name one directory.
fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn parse_ids(text: &str) -> Result<Vec<u32>> {
    text.split(',')
        .map(|t| {
            t.trim()
                .parse::<u32>()
                .with_context(|| format!("--ids: '{t}' is not a token id"))
        })
        .collect()
}

/// The inputs: the TEXT arguments, or the lines of `--file` (`-`: stdin;
/// a trailing `\r` is dropped, an empty line is an empty input).
fn read_inputs(args: &PredictArgs) -> Result<Vec<String>> {
    let Some(file) = &args.file else {
        return Ok(args.inputs.clone());
    };
    let text = if file.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).context("cannot read the inputs from stdin")?
    } else {
        std::fs::read_to_string(file)
            .with_context(|| format!("cannot read the inputs from {}", file.display()))?
    };
    let inputs: Vec<String> = text
        .lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
        .collect();
    if inputs.is_empty() {
        bail!("{} holds no inputs (one per line)", file.display());
    }
    Ok(inputs)
}

pub fn run(args: &PredictArgs) -> Result<()> {
    let inputs = read_inputs(args)?;
    let mut cfg = T5Config::from_file(&args.model.join("config.json"))?;
    let (run, adapters, task) = model_run(args)?;
    // Adapters trained on a T5 that computed the bias say so, and need it;
    // adapters that do not say follow the model.
    crate::model::legacy::resolve(&mut cfg, run.legacy_cross_attention_bias, Some(&args.model))?;
    let mut store = ParamStore::for_run(
        &run,
        &cfg,
        &Source::Directory(args.model.clone()),
        ElementType::F32,
    )?;
    // The adapter file; or, for the model directory itself when it has none
    // (a model hyperformer saved), the adapters its weights held.
    if let Some(dir) = &adapters {
        let own_weights = store.adapters_in_weights && same_dir(dir, &args.model);
        if !own_weights || dir.join(ADAPTER_FILE).is_file() {
            store.load_adapters(dir)?;
        }
    }
    // The tokenizer named (--tokenizer, the adapter config's), else the model
    // directory's own (tokenizer.json or spiece.model), else the default.
    let tokenizer = T5Tokenizer::for_config(&Config {
        model_name_or_path: Some(args.model.display().to_string()),
        ..run.clone()
    })?;
    let sources: Vec<Vec<u32>> = inputs
        .iter()
        .enumerate()
        .map(|(i, t)| {
            encode(args, &tokenizer, t).with_context(|| match &args.file {
                Some(f) => format!("{}:{}", f.display(), i + 1),
                None => format!("input {}", i + 1),
            })
        })
        .collect::<Result<_>>()?;
    if let Some(bad) = sources
        .iter()
        .flatten()
        .find(|&&t| t as usize >= cfg.vocab_size)
    {
        bail!(
            "token id {bad} is outside the model's vocabulary of {}",
            cfg.vocab_size
        );
    }
    let replicas = args.device.replicas;
    let client = args.device.client()?;
    let on_device: Vec<HashMap<String, Buffer>> = (0..replicas)
        .map(|r| {
            store
                .values
                .iter()
                .map(|(n, v)| Ok((n.clone(), client.upload(v, r)?)))
                .collect::<Result<_>>()
        })
        .collect::<Result<_>>()?;
    if let Some(target) = &args.target {
        let target_ids = encode(args, &tokenizer, target)?;
        // One source length for all inputs (pads masked), so one compilation.
        let source_len = sources.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let scorer = TargetScorer::new(&client, (&run, &cfg, &task), source_len, &target_ids)?;
        let pb = bar(inputs.len());
        for (input, src) in inputs.iter().zip(&sources) {
            let loss = scorer.loss(&on_device[0], src)?;
            let line = loss_line(args, input, target, &target_ids, loss);
            if !pb.suspend(|| print_lines(&[line]))? {
                break;
            }
            pb.inc(1);
        }
        pb.finish_and_clear();
        return Ok(());
    }
    let lookup = |r: usize, name: &str| on_device[r].get(name);
    let model = Model {
        run: &run,
        cfg: &cfg,
        task: &task,
        client: &client,
        params: &lookup,
    };
    generate(args, &model, &tokenizer, &inputs, &sources)
}

/// A bar over the inputs, shown (on a terminal) only for more than one batch.
fn bar(len: usize) -> indicatif::ProgressBar {
    super::progress_bar(
        len,
        "{bar:30} {pos}/{len} inputs [{elapsed_precise} < {eta_precise}]",
    )
}

/// One line of `--target` output: the loss and the input, or a JSON object
/// with `--json`.
fn loss_line(
    args: &PredictArgs,
    input: &str,
    target: &str,
    target_ids: &[u32],
    loss: f64,
) -> String {
    if args.json {
        json!({"input": input, "target": target, "target_ids": target_ids, "loss": loss})
            .to_string()
    } else {
        format!("{loss:.6}\t{input}")
    }
}

/// Writes `lines` to stdout; `false` when its reader has gone (a closed
/// pipe, as `ruse predict ... | head` closes it), where the rest of the
/// output is not wanted, rather than a panic.
fn print_lines(lines: &[String]) -> Result<bool> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let written = lines
        .iter()
        .try_for_each(|l| writeln!(out, "{l}"))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e).context("cannot write to stdout"),
    }
}

/// `text` as token ids: tokenized, or read as ids with `--ids`.
fn encode(args: &PredictArgs, tokenizer: &T5Tokenizer, text: &str) -> Result<Vec<u32>> {
    if args.ids {
        parse_ids(text)
    } else {
        Ok(tokenizer.encode(text, args.max_source_length)?)
    }
}

/// The model `predict` runs: its run settings, architecture, task, and
/// parameters on the devices.
struct Model<'a, 'p> {
    run: &'a Config,
    cfg: &'a T5Config,
    task: &'a str,
    client: &'a Client,
    params: &'a ParamLookup<'p>,
}

/// Generates from `sources` (split over the replicas) and prints each
/// output: its text, or a JSON object with `--json`.
fn generate(
    args: &PredictArgs,
    model: &Model,
    tokenizer: &T5Tokenizer,
    inputs: &[String],
    sources: &[Vec<u32>],
) -> Result<()> {
    let replicas = args.device.replicas;
    let source_len = sources.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let per_replica = sources.len().div_ceil(replicas).clamp(1, args.batch);
    let per_call = per_replica * replicas;
    let settings = GenSettings {
        max_len: args.max_len,
        beams: args.beams.max(1),
        length_penalty: 1.0,
    };
    let mut generator = Generator::new(model.run, model.cfg, replicas);
    let pb = if sources.len() > per_call {
        bar(sources.len())
    } else {
        indicatif::ProgressBar::hidden()
    };
    for (inputs, sources) in inputs.chunks(per_call).zip(sources.chunks(per_call)) {
        let generated = generator.generate(
            model.client,
            model.params,
            model.task,
            sources,
            source_len,
            per_replica,
            settings,
        )?;
        let mut lines = Vec::with_capacity(generated.len());
        for (input, g) in inputs.iter().zip(generated) {
            let ids: Vec<u32> = g.ids.iter().map(|&t| t as u32).collect();
            let text = tokenizer.decode(&ids)?;
            lines.push(if args.json {
                json!({"input": input, "ids": g.ids, "text": text, "score": g.score}).to_string()
            } else {
                text
            });
        }
        if !pb.suspend(|| print_lines(&lines))? {
            break;
        }
        pb.inc(inputs.len() as u64);
    }
    pb.finish_and_clear();
    Ok(())
}

/// The run settings of the model directory (its adapter config when it has
/// adapters, or `--adapters`), the adapters' directory when they are real
/// adapters, and the task whose adapters to use (`--task`, or the only one).
fn model_run(args: &PredictArgs) -> Result<(Config, Option<PathBuf>, String)> {
    let (mut run, adapters) = match &args.adapters {
        Some(d) => match adapter_config(d)? {
            Some(run) => (run, Some(d.clone())),
            None => bail!(
                "--adapters {}: no adapter_config.json (nor the arguments_results.json of the \
                 run that saved it) says what its adapters are",
                d.display()
            ),
        },
        None => match adapter_config(&args.model)? {
            Some(run) => (run, Some(args.model.clone())),
            None => (Config::default(), None),
        },
    };
    // An adapter_config.json that declares no adapters (e.g. full fine-tuning) adds none.
    let adapters = adapters.filter(|_| run.train_adapters);
    // --target reports the plain mean cross-entropy of the target's tokens.
    run.label_smoothing = 0.0;
    run.ignore_pad_token_for_loss = true;
    run.tokenizer_name = args
        .tokenizer
        .as_ref()
        .map(|p| p.display().to_string())
        .or(run.tokenizer_name);
    if let (Some(t), None) = (&args.task, &adapters) {
        note!(
            "warning: --task {t} has no effect: {} has no adapters, so the inputs are fed as \
             given (a multi-task model without adapters reads the task prefix, e.g. \"{t} \
             sentence: ...\")",
            args.model.display()
        );
    }
    let task = match (&args.task, &adapters) {
        (Some(t), _) => t.clone(),
        (None, None) => "task".to_string(),
        (None, Some(_)) if run.tasks.len() == 1 => run.tasks[0].clone(),
        (None, Some(_)) => bail!(
            "the adapters serve the tasks {}; pick one with --task",
            run.tasks.join(", ")
        ),
    };
    if adapters.is_some() && !run.tasks.contains(&task) {
        bail!(
            "--task {task}: the adapters serve only {}",
            run.tasks.join(", ")
        );
    }
    Ok((run, adapters, task))
}
