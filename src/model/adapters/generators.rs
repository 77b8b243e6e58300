//! The generators of the meta-adapters and hypernetworks: linear layers
//! (or, with `meta_adapter_generator: "two_layer"`, two stacked ones) that
//! map a task embedding to adapter weights, biases and LayerNorm γ, β.

use crate::error::Result;
use crate::graph::NodeId;
use crate::model::attention::linear;
use crate::model::params::{Group, Init, ModelBuilder};

/// The standard deviation of every adapter and generator weight (biases 0).
pub(super) const WEIGHT_STD: f64 = 1e-2;

/// `[in] -> [out]`: a generator `Linear_{in→out}` applied to a vector.
pub(super) fn generate(
    b: &mut ModelBuilder,
    prefix: &str,
    z: NodeId,
    out: usize,
    group: Group,
) -> Result<NodeId> {
    let inp = b.g.spec(z).dims[0] as usize;
    let w = b.param(
        &format!("{prefix}.weight"),
        &[out, inp],
        Init::Normal(WEIGHT_STD),
        group,
    )?;
    let bias = b.param(&format!("{prefix}.bias"), &[out], Init::Zeros, group)?;
    let y = linear(b, z, w)?;
    b.g.add(y, bias)
}

/// A generator: `Linear_{in→out}` (named `{prefix}`), or with `hidden`,
/// `Linear_{in→hidden}` then `Linear_{hidden→out}` (`{prefix}.0`, `{prefix}.1`).
fn generator(
    b: &mut ModelBuilder,
    prefix: &str,
    z: NodeId,
    out: usize,
    hidden: Option<usize>,
    group: Group,
) -> Result<NodeId> {
    match hidden {
        None => generate(b, prefix, z, out, group),
        Some(h) => {
            let mid = generate(b, &format!("{prefix}.0"), z, h, group)?;
            generate(b, &format!("{prefix}.1"), mid, out, group)
        }
    }
}

/// Weight and bias generators under `{prefix}.weight_generator` / `.bias_generator`:
/// a `[out, inp]` weight and an `[out]` bias.
pub(super) fn weight_and_bias(
    b: &mut ModelBuilder,
    prefix: &str,
    z: NodeId,
    (out, inp): (usize, usize),
    hidden: Option<usize>,
    group: Group,
) -> Result<(NodeId, NodeId)> {
    let w = generator(
        b,
        &format!("{prefix}.weight_generator"),
        z,
        out * inp,
        hidden,
        group,
    )?;
    let w = b.g.reshape(w, &[out as i64, inp as i64])?;
    let bias = generator(
        b,
        &format!("{prefix}.bias_generator"),
        z,
        out,
        hidden,
        group,
    )?;
    Ok((w, bias))
}

/// A generated LayerNorm's γ and β, each `Linear_{te→d}(e)` under
/// `{prefix}.{weight,bias}_generator` (the reference's LayerNormHyperNet: one
/// linear layer, whatever form the adapter generators take).
pub(super) fn norm_generators(
    b: &mut ModelBuilder,
    prefix: &str,
    e: NodeId,
    d: usize,
) -> Result<(NodeId, NodeId)> {
    let g = Group::HyperNet;
    Ok((
        generate(b, &format!("{prefix}.weight_generator"), e, d, g)?,
        generate(b, &format!("{prefix}.bias_generator"), e, d, g)?,
    ))
}
