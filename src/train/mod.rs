//! Training: the per-task step program (`step`, what its arguments and
//! outputs hold: `slot`) with its optimizer updates (`optim`), learning-rate
//! schedules (`schedule`), and the loop that runs them replicated with the
//! state on the devices (`trainer`), with checkpoints to resume from
//! (`checkpoint`), and its throughput and MFU (`throughput`).

pub mod checkpoint;
pub mod eval;
mod optim;
mod optim_settings;
pub mod schedule;
pub mod slot;
pub mod step;
pub mod throughput;
pub mod trainer;
pub mod twins;
