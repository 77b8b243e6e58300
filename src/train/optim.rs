//! The optimizer pieces of a training step's graph: global-norm clipping,
//! AdamW and Adafactor updates of one parameter, decoupled weight decay.

use super::optim_settings::{decays, OptimSettings, Optimizer};
use super::slot::Slot;
use crate::error::{Error, Result};
use crate::graph::{composite, BinaryOp, CmpDir, Graph, NodeId};
use crate::model::ParamInfo;
use crate::runtime::{ElementType, TensorSpec};

/// AdamW's betas (torch.optim.AdamW's defaults).
const BETA1: f64 = 0.9;
const BETA2: f64 = 0.999;

/// Global-norm clipping (`clip_grad_norm_`): scale by min(1, max / (norm + 1e-6)).
pub(super) fn clip(
    g: &mut Graph,
    grads: Vec<NodeId>,
    max_norm: f64,
) -> Result<(Vec<NodeId>, NodeId)> {
    let norm = if grads.is_empty() {
        g.scalar(0.0, ElementType::F32)?
    } else {
        composite::global_l2_norm(g, &grads)?
    };
    if max_norm <= 0.0 || grads.is_empty() {
        return Ok((grads, norm));
    }
    let denom = g.add_scalar(norm, 1e-6)?;
    let max = g.scalar(max_norm, ElementType::F32)?;
    let coef = g.div(max, denom)?;
    let coef = g.binary_scalar(BinaryOp::Min, coef, 1.0)?;
    let grads = grads
        .into_iter()
        .map(|x| g.mul(x, coef))
        .collect::<Result<_>>()?;
    Ok((grads, norm))
}

/// One optimizer state tensor: its slot, its argument node, its new value.
/// The parameter itself comes first.
type Update = Vec<(Slot, NodeId, NodeId)>;

/// Decoupled weight decay: `p · (1 − lr·wd)` for the parameters that decay.
fn decayed(g: &mut Graph, name: &str, p: NodeId, lr: NodeId, wd: f64) -> Result<NodeId> {
    if wd == 0.0 || !decays(name) {
        return Ok(p);
    }
    let f = g.mul_scalar(lr, -wd)?;
    let f = g.add_scalar(f, 1.0)?;
    g.mul(p, f)
}

/// torch.optim.AdamW for one parameter: decoupled decay, then the Adam step
/// with bias corrections from the parameter's own update count.
pub(super) fn adamw(
    g: &mut Graph,
    info: &ParamInfo,
    p: NodeId,
    grad: NodeId,
    lr: NodeId,
    opt: &OptimSettings,
) -> Result<Update> {
    let spec = info.spec.clone();
    let name = &info.name;
    let m = g.parameter(&format!("adam_m.{name}"), spec.clone())?;
    let v = g.parameter(&format!("adam_v.{name}"), spec.clone())?;
    let count = g.parameter(
        &format!("count.{name}"),
        TensorSpec::new(ElementType::F32, &[]),
    )?;
    let t = g.add_scalar(count, 1.0)?;
    let m1 = g.mul_scalar(m, BETA1)?;
    let gm = g.mul_scalar(grad, 1.0 - BETA1)?;
    let m_new = g.add(m1, gm)?;
    let v1 = g.mul_scalar(v, BETA2)?;
    let g2 = g.mul(grad, grad)?;
    let g2 = g.mul_scalar(g2, 1.0 - BETA2)?;
    let v_new = g.add(v1, g2)?;
    let bc1 = bias_correction(g, BETA1, t)?;
    let bc2 = bias_correction(g, BETA2, t)?;
    let m_hat = g.div(m_new, bc1)?;
    let bc2 = g.sqrt(bc2)?;
    let denom = g.sqrt(v_new)?;
    let denom = g.div(denom, bc2)?;
    let denom = g.add_scalar(denom, opt.eps)?;
    let step = g.div(m_hat, denom)?;
    let step = g.mul(step, lr)?;
    let p_dec = decayed(g, name, p, lr, opt.weight_decay)?;
    let p_new = g.sub(p_dec, step)?;
    Ok(vec![
        (Slot::Param(name.clone()), p, p_new),
        (Slot::AdamM(name.clone()), m, m_new),
        (Slot::AdamV(name.clone()), v, v_new),
        (Slot::Count(name.clone()), count, t),
    ])
}

/// The update of a parameter that has no gradient in this update, as the
/// reference's torch 1.7 does it: `zero_grad()` zeroes gradients rather than
/// dropping them, so once a parameter has had a gradient every later
/// `optimizer.step()` steps it with a zero one (AdamW: the moments decay
/// while momentum and weight decay move it; Adafactor: weight decay and the
/// second moments' decay), and its count advances. A parameter that never
/// had a gradient (count 0) is left as it is.
pub(super) fn idle_update(
    g: &mut Graph,
    info: &ParamInfo,
    p: NodeId,
    lr: NodeId,
    opt: &OptimSettings,
) -> Result<Update> {
    let zero = g.zeros(&info.spec)?;
    let update = match opt.optimizer {
        Optimizer::AdamW => adamw(g, info, p, zero, lr, opt)?,
        Optimizer::Adafactor => adafactor(g, info, p, zero, lr, opt)?,
    };
    let count = update
        .iter()
        .find(|(slot, _, _)| matches!(slot, Slot::Count(_)))
        .map(|(_, arg, _)| *arg)
        .ok_or_else(|| Error::invalid("internal: an optimizer update without a count"))?;
    let started = g.compare_scalar(CmpDir::Gt, count, 0.0)?;
    update
        .into_iter()
        .map(|(slot, arg, new)| {
            let dims = g.spec(arg).dims.clone();
            let pred = g.broadcast_in_dim(started, &[], &dims)?;
            Ok((slot, arg, g.select(pred, new, arg)?))
        })
        .collect()
}

const ADAFACTOR_EPS: f64 = 1e-30;
const ADAFACTOR_CLIP: f64 = 1.0;
const ADAFACTOR_DECAY: f64 = -0.8;

/// HF Adafactor (no relative step, no parameter scaling, no momentum) for one parameter.
pub(super) fn adafactor(
    g: &mut Graph,
    info: &ParamInfo,
    p: NodeId,
    grad: NodeId,
    lr: NodeId,
    opt: &OptimSettings,
) -> Result<Update> {
    let name = &info.name;
    let dims = info.spec.dims.clone();
    let rank = dims.len();
    let scalar = TensorSpec::new(ElementType::F32, &[]);
    let count = g.parameter(&format!("count.{name}"), scalar)?;
    let t = g.add_scalar(count, 1.0)?;
    // beta2t = 1 - t^decay
    let decay = g_scalar(g, ADAFACTOR_DECAY)?;
    let tp = g.pow(t, decay)?;
    let beta2 = g.neg(tp)?;
    let beta2 = g.add_scalar(beta2, 1.0)?;
    let sq = g.mul(grad, grad)?;
    let sq = g.add_scalar(sq, ADAFACTOR_EPS)?;
    let ema = |g: &mut Graph, old: NodeId, new: NodeId| -> Result<NodeId> {
        let keep = g.mul(old, beta2)?;
        let one_minus = g.neg(beta2)?;
        let one_minus = g.add_scalar(one_minus, 1.0)?;
        let add = g.mul(new, one_minus)?;
        g.add(keep, add)
    };
    let mut state = Vec::new();
    let update = if rank >= 2 {
        let row_spec = TensorSpec::new(ElementType::F32, &dims[..rank - 1]);
        let mut col_dims = dims[..rank - 2].to_vec();
        col_dims.push(dims[rank - 1]);
        let row = g.parameter(&format!("factor_row.{name}"), row_spec)?;
        let col = g.parameter(
            &format!("factor_col.{name}"),
            TensorSpec::new(ElementType::F32, &col_dims),
        )?;
        let row_mean = mean_over(g, sq, rank - 1)?;
        let col_mean = mean_over(g, sq, rank - 2)?;
        let row_new = ema(g, row, row_mean)?;
        let col_new = ema(g, col, col_mean)?;
        // r = rsqrt(row / mean(row)) [.., rows, 1]; c = rsqrt(col) [.., 1, cols]
        let row_avg = g.mean_keepdims(row_new, &[rank - 2])?;
        let r = g.div(row_new, row_avg)?;
        let r = g.rsqrt(r)?;
        let mut r_dims = dims.clone();
        r_dims[rank - 1] = 1;
        let r = g.reshape(r, &r_dims)?;
        let c = g.rsqrt(col_new)?;
        let mut c_dims = dims.clone();
        c_dims[rank - 2] = 1;
        let c = g.reshape(c, &c_dims)?;
        let rc = g.mul(r, c)?;
        state.push((Slot::FactorRow(name.clone()), row, row_new));
        state.push((Slot::FactorCol(name.clone()), col, col_new));
        g.mul(rc, grad)?
    } else {
        let v = g.parameter(&format!("adafactor_v.{name}"), info.spec.clone())?;
        let v_new = ema(g, v, sq)?;
        state.push((Slot::AdamV(name.clone()), v, v_new));
        let inv = g.rsqrt(v_new)?;
        g.mul(inv, grad)?
    };
    // update /= max(1, rms(update) / clip)
    let sq_u = g.mul(update, update)?;
    let ms = g.sum_all(sq_u)?;
    let ms = g.mul_scalar(ms, 1.0 / info.spec.element_count().max(1) as f64)?;
    let rms = g.sqrt(ms)?;
    let rms = g.mul_scalar(rms, 1.0 / ADAFACTOR_CLIP)?;
    let div = g.binary_scalar(BinaryOp::Max, rms, 1.0)?;
    let update = g.div(update, div)?;
    let update = g.mul(update, lr)?;
    let p_dec = decayed(g, name, p, lr, opt.weight_decay)?;
    let p_new = g.sub(p_dec, update)?;
    state.push((Slot::Count(name.clone()), count, t));
    state.insert(0, (Slot::Param(name.clone()), p, p_new));
    Ok(state)
}

fn g_scalar(g: &mut Graph, v: f64) -> Result<NodeId> {
    g.scalar(v, ElementType::F32)
}

/// Mean over dimension `dim` (dropped).
fn mean_over(g: &mut Graph, x: NodeId, dim: usize) -> Result<NodeId> {
    let n = g.spec(x).dims[dim];
    let s = g.reduce_sum(x, &[dim])?;
    g.mul_scalar(s, 1.0 / n as f64)
}

/// 1 - β^t.
fn bias_correction(g: &mut Graph, beta: f64, t: NodeId) -> Result<NodeId> {
    let b = g.scalar(beta, ElementType::F32)?;
    let p = g.pow(b, t)?;
    let p = g.neg(p)?;
    g.add_scalar(p, 1.0)
}
