//! Learning-rate schedules (HF `get_scheduler`), computed inside the step
//! program from the update number `k` (0 for the first update), and the
//! same on the host for checking and logging.

use crate::error::{Error, Result};
use crate::graph::{BinaryOp, CmpDir, Graph, NodeId};
use crate::runtime::ElementType;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schedule {
    Linear,
    Cosine,
    CosineWithRestarts,
    Polynomial,
    Constant,
    ConstantWithWarmup,
}

/// HF's defaults: half a cosine cycle, one hard restart cycle, linear
/// polynomial decay to 1e-7.
const COSINE_CYCLES: f64 = 0.5;
const RESTART_CYCLES: f64 = 1.0;
pub const POLY_END_LR: f64 = 1e-7;

impl Schedule {
    pub fn parse(name: &str) -> Result<Self> {
        Ok(match name {
            "linear" => Schedule::Linear,
            "cosine" => Schedule::Cosine,
            "cosine_w_restarts" => Schedule::CosineWithRestarts,
            "polynomial" => Schedule::Polynomial,
            "constant" => Schedule::Constant,
            "constant_w_warmup" => Schedule::ConstantWithWarmup,
            other => {
                return Err(Error::Config {
                    key: "lr_scheduler".into(),
                    reason: format!(
                        "'{other}' is not one of linear, cosine, cosine_w_restarts, polynomial, constant, constant_w_warmup"
                    ),
                })
            }
        })
    }

    /// The learning rate of update `k` on the host.
    pub fn lr(self, base: f64, k: f64, warmup: f64, total: f64) -> f64 {
        if self == Schedule::Constant {
            return base;
        }
        if k < warmup {
            return base * k / warmup.max(1.0);
        }
        let progress = (k - warmup) / (total - warmup).max(1.0);
        let mult = match self {
            Schedule::Constant | Schedule::ConstantWithWarmup => 1.0,
            Schedule::Linear => ((total - k) / (total - warmup).max(1.0)).max(0.0),
            Schedule::Cosine => (0.5
                * (1.0 + (std::f64::consts::PI * COSINE_CYCLES * 2.0 * progress).cos()))
            .max(0.0),
            Schedule::CosineWithRestarts => {
                if progress >= 1.0 {
                    0.0
                } else {
                    (0.5 * (1.0
                        + (std::f64::consts::PI * ((RESTART_CYCLES * progress) % 1.0)).cos()))
                    .max(0.0)
                }
            }
            Schedule::Polynomial => {
                if k > total {
                    POLY_END_LR / base
                } else {
                    ((base - POLY_END_LR) * (1.0 - progress) + POLY_END_LR) / base
                }
            }
        };
        base * mult
    }

    /// The learning rate of update `k` (an f32 scalar node) in the graph.
    pub fn lr_node(
        self,
        g: &mut Graph,
        base: f64,
        k: NodeId,
        warmup: f64,
        total: f64,
    ) -> Result<NodeId> {
        let f32s = ElementType::F32;
        let base_n = g.scalar(base, f32s)?;
        if self == Schedule::Constant {
            return Ok(base_n);
        }
        let warm = g.mul_scalar(k, 1.0 / warmup.max(1.0))?;
        let progress = g.add_scalar(k, -warmup)?;
        let progress = g.mul_scalar(progress, 1.0 / (total - warmup).max(1.0))?;
        let zero = g.scalar(0.0, f32s)?;
        let mult = match self {
            Schedule::Constant | Schedule::ConstantWithWarmup => g.scalar(1.0, f32s)?,
            Schedule::Linear => {
                let m = g.mul_scalar(k, -1.0 / (total - warmup).max(1.0))?;
                let m = g.add_scalar(m, total / (total - warmup).max(1.0))?;
                g.max(m, zero)?
            }
            Schedule::Cosine => {
                let a = g.mul_scalar(progress, std::f64::consts::PI * COSINE_CYCLES * 2.0)?;
                half_cosine(g, a, zero)?
            }
            Schedule::CosineWithRestarts => {
                let c = g.mul_scalar(progress, RESTART_CYCLES)?;
                // c mod 1 for c >= 0: c - floor(c), floor through an integer conversion.
                let whole = g.convert(c, ElementType::S32)?;
                let whole = g.convert(whole, f32s)?;
                let frac = g.sub(c, whole)?;
                let a = g.mul_scalar(frac, std::f64::consts::PI)?;
                let m = half_cosine(g, a, zero)?;
                let done = g.compare_scalar(CmpDir::Ge, progress, 1.0)?;
                g.select(done, zero, m)?
            }
            Schedule::Polynomial => {
                let one_minus = g.mul_scalar(progress, -1.0)?;
                let one_minus = g.add_scalar(one_minus, 1.0)?;
                let m = g.mul_scalar(one_minus, (base - POLY_END_LR) / base)?;
                let m = g.add_scalar(m, POLY_END_LR / base)?;
                let past = g.compare_scalar(CmpDir::Gt, k, total)?;
                let end = g.scalar(POLY_END_LR / base, f32s)?;
                g.select(past, end, m)?
            }
        };
        let in_warmup = g.compare_scalar(CmpDir::Lt, k, warmup)?;
        let mult = g.select(in_warmup, warm, mult)?;
        g.binary(BinaryOp::Mul, base_n, mult)
    }
}

/// max(0, 0.5 (1 + cos a)).
fn half_cosine(g: &mut Graph, a: NodeId, zero: NodeId) -> Result<NodeId> {
    let c = g.cos(a)?;
    let c = g.add_scalar(c, 1.0)?;
    let c = g.mul_scalar(c, 0.5)?;
    g.max(c, zero)
}
