//! Frozen weights read in both layouts: the forward products `x · Wᵀ` of a
//! frozen 2-D weight `W` (`[out, in]`, PyTorch's layout) read a transposed
//! copy `W#T` (`[in, out]`) as `x · W#T`, while the backward's `dY · W`
//! keeps reading `W`. The XLA CPU plugin runs both of those forms faster
//! than `x · Wᵀ` (see the README's benchmarks); the copy costs the weight's
//! memory once more and is uploaded once, since a frozen weight never changes.

use std::collections::{BTreeMap, HashSet};

use super::slot::Slot;
use super::step::StepProgram;
use crate::config::Config;
use crate::error::Result;
use crate::graph::{DotDims, NodeId, Op};
use crate::runtime::{DeviceKind, HostTensor, TensorSpec};

const SUFFIX: &str = "#T";

/// The name of `weight`'s transposed copy.
pub fn twin_name(weight: &str) -> String {
    format!("{weight}{SUFFIX}")
}

/// The weight whose transposed copy `name` is, if it is one.
pub fn base_of(name: &str) -> Option<&str> {
    name.strip_suffix(SUFFIX)
}

/// Whether a run's training steps on `device` use the copies
/// (`transposed_frozen_weights`; by default on the CPU only).
pub fn enabled(run: &Config, device: DeviceKind) -> bool {
    run.transposed_frozen_weights
        .unwrap_or(device == DeviceKind::Cpu)
}

/// [`use_transposed_frozen_weights`] when the run uses copies on `device`.
pub fn apply(program: &mut StepProgram, run: &Config, device: DeviceKind) -> Result<()> {
    if enabled(run, device) {
        use_transposed_frozen_weights(program)?;
    }
    Ok(())
}

/// Rewrites `program`'s forward products of its frozen 2-D weights (those
/// it does not update) to read transposed copies, each a new parameter
/// `Slot::Param("{name}#T")` appended to its arguments. Returns the frozen
/// weights that now have a copy; [`transposed`] makes their values.
pub fn use_transposed_frozen_weights(program: &mut StepProgram) -> Result<Vec<String>> {
    let updated: HashSet<String> = program
        .args
        .iter()
        .filter_map(|s| match s {
            Slot::AdamM(n) | Slot::AdamV(n) | Slot::FactorRow(n) | Slot::Accum(n) => {
                Some(n.clone())
            }
            _ => None,
        })
        .collect();
    let g = &mut program.graph;
    let live = g.live();
    let mut twins: BTreeMap<String, NodeId> = BTreeMap::new();
    for (i, live) in live.into_iter().enumerate() {
        let id = NodeId(i as u32);
        let Op::DotGeneral { lhs, rhs, dims } = &g.node(id).op else {
            continue;
        };
        let (lhs, rhs) = (*lhs, *rhs);
        let x_wt = dims.lhs_batch.is_empty()
            && dims.lhs_contract == [1]
            && dims.rhs_contract == [1]
            && g.spec(lhs).dims.len() == 2;
        let Op::Parameter { name, spec, .. } = &g.node(rhs).op else {
            continue;
        };
        if !live || !x_wt || spec.dims.len() != 2 || updated.contains(name) {
            continue;
        }
        let twin = match twins.get(name) {
            Some(t) => *t,
            None => {
                let (name, spec) = (name.clone(), spec.clone());
                let t = TensorSpec::new(spec.ty, &[spec.dims[1], spec.dims[0]]);
                let t = g.parameter(&twin_name(&name), t)?;
                program.args.push(Slot::Param(twin_name(&name)));
                twins.insert(name, t);
                t
            }
        };
        let dims = DotDims {
            lhs_contract: vec![1],
            rhs_contract: vec![0],
            ..Default::default()
        };
        g.replace_op(
            id,
            Op::DotGeneral {
                lhs,
                rhs: twin,
                dims,
            },
        )?;
    }
    Ok(twins.into_keys().collect())
}

/// `w` (2-D, f32) transposed: the value of its copy `w#T`.
pub fn transposed(w: &HostTensor) -> Result<HostTensor> {
    Ok(HostTensor::from_array(
        &w.to_array::<f32>()?.reversed_axes(),
    ))
}
