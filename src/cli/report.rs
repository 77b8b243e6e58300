//! `ruse report OUTPUT_DIR`: a training run's log as SVG charts (loss per
//! task with its moving average, learning rate, evaluation metrics per split)
//! and a short text summary.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::report::{summary, window, write_charts, Log, LOG_FILE};

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The run's output_dir, holding train_log.jsonl.
    pub output_dir: PathBuf,
    /// Where to write the SVG files (default: OUTPUT_DIR).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Moving-average window of the loss, in points of each task's series
    /// (default: the number of training rows / 50, at least 1).
    #[arg(long, value_name = "N")]
    pub smooth: Option<usize>,
}

pub fn run(args: &ReportArgs) -> Result<()> {
    let log = Log::read(&args.output_dir.join(LOG_FILE))?;
    for note in &log.notes {
        note!("warning: {note}");
    }
    let window = window(&log, args.smooth)?;
    let out = args.out.as_ref().unwrap_or(&args.output_dir);
    for path in write_charts(&log, out, window)? {
        println!("wrote {}", path.display());
    }
    print!("{}", summary(&log, window));
    Ok(())
}
