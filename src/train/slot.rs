//! What the arguments and outputs of a step program hold (`Slot`), and the
//! initial value of optimizer state.

use crate::error::{Error, Result};
use crate::runtime::{HostTensor, TensorSpec};

/// What one program argument or output holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// `input_ids`, `attention_mask`, `decoder_input_ids`, `labels` (s32).
    Data(&'static str),
    /// The update number k (s32 scalar; 0 for the first update).
    Step,
    /// The dropout key (u64[2]): `[seed, k << 20]`; replicas and dropout
    /// sites are mixed in inside the program.
    Key,
    Param(String),
    /// AdamW first and second moments and the parameter's update count (f32 scalar).
    AdamM(String),
    AdamV(String),
    Count(String),
    /// Adafactor's factored second moments of a matrix: row means `[.., rows]`
    /// and column means `[.., cols]` (unfactored tensors use `AdamV`).
    FactorRow(String),
    FactorCol(String),
    /// With gradient accumulation: the sum of a window's scaled gradients so far.
    Accum(String),
    Loss,
    GradNorm,
    LearningRate,
}

impl Slot {
    /// Whether the slot is device state that steps update (and donate).
    pub fn is_state(&self) -> bool {
        matches!(
            self,
            Slot::Param(_)
                | Slot::AdamM(_)
                | Slot::AdamV(_)
                | Slot::Count(_)
                | Slot::FactorRow(_)
                | Slot::FactorCol(_)
                | Slot::Accum(_)
        )
    }

    /// The tensor name of optimizer state in `optimizer.safetensors`
    /// (`adam_m.{param}` ...); `None` for anything else.
    pub fn state_key(&self) -> Option<String> {
        let (prefix, name) = match self {
            Slot::AdamM(n) => ("adam_m", n),
            Slot::AdamV(n) => ("adam_v", n),
            Slot::Count(n) => ("count", n),
            Slot::FactorRow(n) => ("factor_row", n),
            Slot::FactorCol(n) => ("factor_col", n),
            _ => return None,
        };
        Some(format!("{prefix}.{name}"))
    }

    /// The inverse of `state_key`.
    pub fn from_state_key(key: &str) -> Option<Slot> {
        let (prefix, name) = key.split_once('.')?;
        let name = name.to_string();
        Some(match prefix {
            "adam_m" => Slot::AdamM(name),
            "adam_v" => Slot::AdamV(name),
            "count" => Slot::Count(name),
            "factor_row" => Slot::FactorRow(name),
            "factor_col" => Slot::FactorCol(name),
            _ => return None,
        })
    }

    /// Whether the slot is optimizer state (created, zero, when the first program updating its parameter is compiled).
    pub fn is_optimizer_state(&self) -> bool {
        self.is_state() && !matches!(self, Slot::Param(_))
    }
}

/// The initial (zero) value of optimizer state `slot` for a parameter of `param`'s type.
pub fn initial_state(slot: &Slot, param: &TensorSpec) -> Result<HostTensor> {
    let d = &param.dims;
    let zeros = |dims: &[i64]| {
        let n: i64 = dims.iter().product();
        HostTensor::new(&vec![0f32; n as usize], dims)
    };
    match slot {
        Slot::AdamM(_) | Slot::AdamV(_) | Slot::Accum(_) => zeros(d),
        Slot::FactorRow(_) if d.len() >= 2 => zeros(&d[..d.len() - 1]),
        Slot::FactorCol(_) if d.len() >= 2 => {
            let mut c = d[..d.len() - 2].to_vec();
            c.push(d[d.len() - 1]);
            zeros(&c)
        }
        Slot::Count(_) => Ok(HostTensor::scalar(0f32)),
        other => Err(Error::invalid(format!(
            "{other:?} has no initial optimizer state"
        ))),
    }
}
