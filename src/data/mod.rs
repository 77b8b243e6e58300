//! The data pipeline: the T5 tokenizer, the task registry and its readers,
//! the temperature multi-task sampler with same-task-per-step sharding, the
//! batches it yields, and the evaluation metrics.
//!
//! Nothing here downloads: `scripts/setup.sh` fetches the tokenizer and the
//! data into `$RUSE_CACHE` ([`cache`]), and a missing file is an error that
//! names that command.

pub mod cache;
pub mod metrics;
pub mod mixture;
pub mod readers;
pub mod rng;
pub mod sampler;
pub mod tasks;
pub mod tokenizer;

pub use metrics::{average_metrics, metric_key, task_metrics, Metric};
pub use mixture::{Batch, Mixture, MixtureTask};
pub use sampler::{
    task_probabilities, Draw, MultiTaskSampler, SamplerConfig, SamplerState, ShardedIterator,
};
pub use tasks::{known_tasks, load_task, Example, LoadOptions, Split, TaskData, TaskInfo};
pub use tokenizer::T5Tokenizer;
