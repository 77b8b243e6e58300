//! `ruse task-embeddings CONFIG [--out DIR]`: task embeddings from data
//! (ruse-system.md §7): for each task, the plain T5 encoder (no adapters) over
//! `n_train` training examples (no task prefix, padded to
//! `max_source_length`), each example's masked mean of the final encoder
//! states, averaged over the examples; written as `DIR/{task}.npy`
//! (`[d_model]`, f32), the files `task_embedding_dir` loads.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use indicatif::ProgressBar;

use super::{ConfigArgs, DeviceArgs};
use crate::data::Mixture;
use crate::graph::Graph;
use crate::model::checkpoint::write_npy;
use crate::model::params::ModelBuilder;
use crate::model::resolve::run_weights;
use crate::model::store::ParamStore;
use crate::model::{T5Config, T5};
use crate::runtime::{
    Buffer, Client, CompileOptions, ElementType, Executable, HostTensor, TensorSpec,
};

#[derive(Debug, Args)]
pub struct TaskEmbeddingsArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Where to write `{task}.npy` (default: the config's output_dir, as the
    /// reference).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Examples per task, at most (default: the config's n_train; -1 = all).
    #[arg(long, value_name = "N", value_parser = parse_n_train)]
    pub n_train: Option<usize>,
    /// Examples per batch.
    #[arg(long, default_value_t = 32, value_parser = super::parse_positive)]
    pub batch: usize,
    #[command(flatten)]
    pub device: DeviceArgs,
}

/// `[B, S]` ids and mask -> `[B, d]`: the masked mean of the plain encoder's final states.
pub fn build_mean_encoder(
    run: &crate::config::Config,
    cfg: &T5Config,
    batch: usize,
    source_len: usize,
) -> crate::Result<(Graph, Vec<String>)> {
    let mut b = ModelBuilder::new("task_embedding", ElementType::F32);
    let spec = TensorSpec::new(ElementType::S32, &[batch as i64, source_len as i64]);
    let ids = b.g.parameter("input_ids", spec.clone())?;
    let mask = b.g.parameter("attention_mask", spec)?;
    let t5 = T5::for_task(cfg, None, "task", run, None);
    let h = t5.encoder(&mut b, ids, mask)?; // [B, S, d]
    let m = b.g.convert(mask, ElementType::F32)?;
    let m3 = b.g.reshape(m, &[batch as i64, source_len as i64, 1])?;
    let masked = b.g.mul(h, m3)?;
    let sum = b.g.reduce_sum(masked, &[1])?; // [B, d]
    let count = b.g.reduce_sum(m, &[1])?; // [B]
    let count = b.g.reshape(count, &[batch as i64, 1])?;
    let mean = b.g.div(sum, count)?;
    let names = b.params().iter().map(|(p, _)| p.name.clone()).collect();
    let mut g = b.g;
    g.output(mean);
    Ok((g, names))
}

pub fn run(args: &TaskEmbeddingsArgs) -> Result<()> {
    let mut run = args.config.load()?;
    args.device.check(&run)?;
    if run.tasks.is_empty() {
        bail!("config key 'tasks' is empty: name at least one task");
    }
    // The plain T5: no adapters, and sources without the task prefix.
    run.train_adapters = true;
    let config_dir = args.config.dir();
    let mixture = Mixture::load(&run, &config_dir, 1)?;
    let mut plain = run.clone();
    plain.train_adapters = false;
    let (cfg, source) = run_weights(&plain)?;
    mixture.tokenizer.check_fits(cfg.vocab_size)?;
    let store = ParamStore::for_run(&plain, &cfg, &source, ElementType::F32)?;
    let client = args.device.client()?;
    let (b, s) = (args.batch.max(1), run.max_source_length);
    let (mut graph, names) = build_mean_encoder(&plain, &cfg, b, s)?;
    crate::runtime::host_dot::apply(&mut graph, &run, client.device_kind())?;
    crate::model::generate::weight_first_on(&mut graph, client.device_kind());
    let exe = client.compile(&crate::emit::emit(&graph)?, CompileOptions::replicas(1))?;
    let params: Vec<Buffer> = names
        .iter()
        .map(|n| {
            let v = store
                .values
                .get(n)
                .with_context(|| format!("the model has no parameter {n}"))?;
            Ok(client.upload(v, 0)?)
        })
        .collect::<Result<_>>()?;
    // The mixture already holds the config's n_train examples (all for -1).
    let n_train = args.n_train.unwrap_or(usize::MAX);
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(&run.output_dir));
    crate::files::create_dir(&out)?;
    let pb = super::progress_bar(
        mixture
            .tasks
            .iter()
            .map(|t| t.train.len().min(n_train))
            .sum(),
        "{bar:30} {pos}/{len} examples {msg} [{elapsed_precise} < {eta_precise}]",
    );
    let encoder = MeanEncoder {
        exe: &exe,
        client: &client,
        params: &params,
        batch: b,
        source_len: s,
        d_model: cfg.d_model,
    };
    for task in &mixture.tasks {
        let name = &task.data.info.name;
        pb.set_message(name.clone());
        let sources: Vec<&Vec<u32>> = task.train.iter().take(n_train).map(|(s, _)| s).collect();
        let embedding = encoder.mean(&sources, &pb)?;
        let path = out.join(format!("{name}.npy"));
        write_npy(&path, &HostTensor::new(&embedding, &[cfg.d_model as i64])?)?;
        pb.suspend(|| {
            super::print_out(format_args!(
                "{} ({} examples) -> {}",
                name,
                sources.len(),
                path.display()
            ))
        });
    }
    pb.finish_and_clear();
    Ok(())
}

/// The compiled mean-encoder program with the model's parameters on device 0.
struct MeanEncoder<'a> {
    exe: &'a Executable,
    client: &'a Client,
    params: &'a [Buffer],
    batch: usize,
    source_len: usize,
    d_model: usize,
}

impl MeanEncoder<'_> {
    /// The mean over `sources` of each source's mean encoder state, `[d_model]`,
    /// `batch` sources a call (rows past the last source hold a lone `</s>`,
    /// their means dropped).
    fn mean(&self, sources: &[&Vec<u32>], pb: &ProgressBar) -> Result<Vec<f32>> {
        let (b, s, d) = (self.batch, self.source_len, self.d_model);
        let mut total = vec![0f64; d];
        for chunk in sources.chunks(b) {
            let mut ids = vec![0i32; b * s];
            let mut mask = vec![0i32; b * s];
            for (row, src) in chunk.iter().enumerate() {
                for (k, &t) in src.iter().take(s).enumerate() {
                    ids[row * s + k] = t as i32;
                    mask[row * s + k] = 1;
                }
            }
            for row in chunk.len()..b {
                ids[row * s] = 1;
                mask[row * s] = 1;
            }
            let data = [
                self.client.upload_slice(&ids, &[b as i64, s as i64], 0)?,
                self.client.upload_slice(&mask, &[b as i64, s as i64], 0)?,
            ];
            let mut argv: Vec<&Buffer> = data.iter().collect();
            argv.extend(self.params.iter());
            let out = self.exe.execute(&[argv])?;
            let means = out[0][0].to_vec::<f32>()?;
            pb.inc(chunk.len() as u64);
            for row in 0..chunk.len() {
                for (j, t) in total.iter_mut().enumerate() {
                    *t += means[row * d + j] as f64;
                }
            }
        }
        let n = sources.len().max(1) as f64;
        Ok(total.iter().map(|t| (t / n) as f32).collect())
    }
}

/// `--n-train`: a number of examples, at least 1.
fn parse_n_train(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1 (unset: the config's n_train)".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("'{s}' is not a whole number")),
    }
}
