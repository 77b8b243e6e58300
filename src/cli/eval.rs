//! `ruse eval CONFIG [--checkpoint DIR]`: evaluates a checkpoint (or a run's
//! output directory; by default the config's `output_dir` when it holds a
//! model, else the config's model as it loads) on the config's eval tasks:
//! with generation, or the losses only under `predict_with_generate: false`.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::{ConfigArgs, DeviceArgs};
use crate::train::eval::EvalSplit;
use crate::train::trainer::Trainer;

#[derive(Debug, Args)]
pub struct EvalArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// A checkpoint directory (`checkpoint-N`) or a run's output directory
    /// (default: the config's output_dir if it holds a model, else the
    /// config's model_name_or_path as it loads, as the reference evaluates
    /// with do_train false).
    #[arg(long, value_name = "DIR")]
    pub checkpoint: Option<PathBuf>,
    /// Which split: val or test.
    #[arg(long, default_value = "val")]
    pub split: EvalSplit,
    /// Also write `{split}_results.json` and `{split}_predictions.jsonl` (when
    /// the run generates) here.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Print the metrics as one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub device: DeviceArgs,
}

pub fn run(args: &EvalArgs) -> Result<()> {
    let mut run = args.config.load()?;
    args.device.check(&run)?;
    let client = args.device.client()?;
    let config_dir = args.config.dir();
    let output_dir = PathBuf::from(&run.output_dir);
    let model_name = run
        .model_name_or_path
        .clone()
        .unwrap_or_else(|| "(none)".into());
    let from = match &args.checkpoint {
        Some(dir) => Some(dir.clone()),
        None if output_dir.join(crate::model::store::MODEL_FILE).is_file() => {
            Some(output_dir.clone())
        }
        None => None,
    };
    if let Some(dir) = &from {
        // The saved model replaces the config's T5 weights, so they are not
        // read (nor downloaded); and it decides, unless the config says,
        // whether transformers 3.x's cross-attention bias is computed.
        run.not_load_t5_checkpoint = true;
        if run.legacy_cross_attention_bias.is_none() {
            run.legacy_cross_attention_bias = Some(crate::model::legacy::used_by(dir)?);
        }
    }
    let mut trainer = Trainer::new(run, &config_dir, client, args.device.replicas)?;
    let what = match &from {
        Some(dir) => {
            trainer.load_parameters(dir)?;
            dir.display().to_string()
        }
        None => {
            note!(
                "no --checkpoint, and output_dir {} holds no model: evaluating the config's model \
                 ({model_name}) as it loads{}",
                output_dir.display(),
                if trainer.run.not_load_t5_checkpoint {
                    ", initialised at random (not_load_t5_checkpoint): an untrained model"
                } else {
                    ""
                }
            );
            if let Some((_, newest)) = crate::train::checkpoint::latest(&output_dir)? {
                note!(
                    "note: output_dir holds checkpoints; evaluate the newest with --checkpoint {}",
                    newest.display()
                );
            }
            model_name
        }
    };
    let pb = super::eval_bar();
    let split = args.split.key();
    let result = trainer.evaluate_with(args.split, &mut |p| super::show_eval(&pb, split, p))?;
    pb.finish_and_clear();
    if let Some(out) = &args.out {
        let key = args.split.key();
        let text = serde_json::to_string_pretty(&result.metrics)?;
        crate::files::write_atomic(&out.join(format!("{key}_results.json")), text.as_bytes())?;
        if trainer.run.generates() {
            result.write_predictions(&out.join(format!("{key}_predictions.jsonl")))?;
        }
    }
    if args.json {
        super::print_out(format_args!("{}", serde_json::to_string(&result.metrics)?));
    } else {
        super::print_out(format_args!(
            "{} results of {} ({} examples, {:.1} s):",
            args.split.key(),
            what,
            result.examples,
            result.seconds
        ));
        for (k, v) in &result.metrics {
            let v = crate::train::eval::format_metric(k, *v);
            super::print_out(format_args!("  {k:<40} {v:>8}"));
        }
    }
    super::report_compile_cache(trainer.client());
    Ok(())
}
