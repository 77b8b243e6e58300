//! The T5 model with adapters, as graphs: configuration (`config`), named
//! parameters (`params`), attention, adapters and hypernetworks
//! (`adapters`), the network (`t5`), and checkpoints (`checkpoint`).

pub mod adapters;
pub mod attention;
pub mod config;
pub mod params;
pub mod t5;

pub use adapters::{AdapterKind, AdapterSettings, TaskAdapters};
pub use config::T5Config;
pub use params::{Group, Init, ModelBuilder, ParamInfo};
pub use t5::{T5Inputs, T5Outputs, T5};
pub mod checkpoint;
pub mod freeze;
pub mod generate;
pub mod hub;
pub mod inventory;
pub mod legacy;
pub mod program;
pub mod resolve;
pub mod store;
pub mod torch_bin;
