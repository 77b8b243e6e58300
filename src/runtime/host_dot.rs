//! Matrix products run by ruse's own kernel inside XLA CPU programs.
//!
//! On the XLA CPU plugin, some `dot_general` shapes of a T5 step run 2–3×
//! slower than the same products in a tuned BLAS: those with few rows
//! (`[256, 512] · [2048, 512]ᵀ`, the decoder's) and the attention's batched
//! ones (`[B, H, L, L] · [B, L, H, dk]`). Such a product can instead be
//! emitted as a typed-FFI custom call, `stablehlo.custom_call @ruse_dot`,
//! which the plugin runs by calling back into ruse (`ffi/custom_call.rs`),
//! where one `sgemm` per batch index computes it on the operands in place.
//!
//! This module is the safe half: which products the kernel can take
//! ([`plan`]) and is worth taking ([`worth`], by the run's [`Selection`]),
//! and the attributes that carry the dimension numbers.

use crate::config::{Config, HostMatmulKernel};
use crate::error::{Error, Result};
use crate::graph::{DotDims, Graph, NodeId, Op};
use crate::runtime::{DeviceKind, ElementType};

/// Which products of a program the kernel runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// None: XLA's `dot_general` for every product.
    #[default]
    None,
    /// The batched products of at least [`LARGE_ITEM`] multiply-adds per
    /// batch index (`host_matmul_kernel: "auto"` on the CPU).
    LargeBatched,
    /// Every product [`worth`] it: batched ones, those with few rows and
    /// thin contractions (`host_matmul_kernel: true`).
    All,
}

/// Lowers `graph`'s products that the kernel takes to calls of it, as the
/// run's `host_matmul_kernel` selects them on `device` ([`selection`]).
pub fn apply(graph: &mut Graph, run: &Config, device: DeviceKind) -> Result<()> {
    graph.set_host_dots(selection(run, device)?);
    Ok(())
}

/// The products `host_matmul_kernel` gives the kernel on `device`: on the
/// CPU `"auto"` the large batched ones and `true` all it is worth taking;
/// elsewhere none, and `true` is an error (no such kernel is registered).
pub fn selection(run: &Config, device: DeviceKind) -> Result<Selection> {
    check(run, device)?;
    Ok(match (run.host_matmul_kernel, device) {
        (HostMatmulKernel::Off, _) => Selection::None,
        (_, d) if d != DeviceKind::Cpu => Selection::None,
        (HostMatmulKernel::Auto, _) => Selection::LargeBatched,
        (HostMatmulKernel::On, _) => Selection::All,
    })
}

/// Refuses `host_matmul_kernel: true` on a device other than the CPU.
pub fn check(run: &Config, device: DeviceKind) -> Result<()> {
    if run.host_matmul_kernel == HostMatmulKernel::On && device != DeviceKind::Cpu {
        return Err(Error::invalid(format!(
            "config key 'host_matmul_kernel' is true, which is for the CPU plugin (ruse's own \
             matrix-product kernel runs inside CPU programs); --device {device} has none: set \
             it to \"auto\" or false"
        )));
    }
    Ok(())
}

/// Whether `g` emits its product `lhs · rhs` of `dims` as a call of the
/// kernel: f32 operands it can take ([`plan`]) that the graph's selection
/// picks ([`worth`]).
pub fn takes(g: &Graph, lhs: NodeId, rhs: NodeId, dims: &DotDims) -> bool {
    let (l, r) = (g.spec(lhs), g.spec(rhs));
    g.host_dots() != Selection::None
        && l.ty == ElementType::F32
        && r.ty == ElementType::F32
        && plan(&l.dims, &r.dims, dims).is_some_and(|p| worth(&p, g.host_dots()))
}

/// How many of `g`'s live matrix products the kernel takes, and how many
/// there are.
pub fn count(g: &Graph) -> (usize, usize) {
    let (mut taken, mut all) = (0, 0);
    for (node, live) in g.nodes().iter().zip(g.live()) {
        if let (true, Op::DotGeneral { lhs, rhs, dims }) = (live, &node.op) {
            all += 1;
            taken += usize::from(takes(g, *lhs, *rhs, dims));
        }
    }
    (taken, all)
}

/// The custom-call target name registered with the plugin.
pub const TARGET: &str = "ruse_dot";

/// Whether a StableHLO program calls the kernel (the client then registers
/// it with the plugin before compiling).
pub fn calls_kernel(stablehlo: &str) -> bool {
    stablehlo.contains(&format!("call_target_name = \"{TARGET}\""))
}

/// One dimension group of an operand seen as a single strided axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Axis {
    pub size: usize,
    pub stride: isize,
}

/// A `dot_general` of row-major f32 operands as `batch` products
/// `C[m, n] = Σ_k A[m, k] · B[k, n]`, each operand's rows, columns and batch
/// indices being strided views of its buffer. The result is row-major
/// `[batch…, m…, n…]`, so `C` for batch `b` starts at `b · m · n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DotPlan {
    /// Each batch dimension: its size and its strides in the lhs and rhs.
    pub batch: Vec<(usize, isize, isize)>,
    pub m: usize,
    pub k: usize,
    pub n: usize,
    /// Lhs strides along m (rows of A) and k (columns of A).
    pub lhs_m: isize,
    pub lhs_k: isize,
    /// Rhs strides along k (rows of B) and n (columns of B).
    pub rhs_k: isize,
    pub rhs_n: isize,
    /// Element counts of the operands and the result.
    pub lhs_len: usize,
    pub rhs_len: usize,
    pub out_len: usize,
}

impl DotPlan {
    /// How many separate products.
    pub fn batch_count(&self) -> usize {
        self.batch.iter().map(|b| b.0).product()
    }

    /// The lhs and rhs offsets of batch `b` (row-major order of the batch dimensions).
    pub fn batch_offsets(&self, mut b: usize) -> (isize, isize) {
        let (mut l, mut r) = (0isize, 0isize);
        for &(size, ls, rs) in self.batch.iter().rev() {
            let i = (b % size) as isize;
            b /= size;
            l += i * ls;
            r += i * rs;
        }
        (l, r)
    }
}

fn row_major_strides(dims: &[usize]) -> Vec<isize> {
    let mut strides = vec![1isize; dims.len()];
    for i in (0..dims.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1] * dims[i + 1] as isize;
    }
    strides
}

/// The dimensions `group` (in that order) of a row-major operand as one
/// axis, if they are laid out as one: each one's stride is the next one's
/// times that one's size. Dimensions of size 1 do not move the address and
/// are left out.
fn merge(group: &[usize], dims: &[usize], strides: &[isize]) -> Option<Axis> {
    let kept: Vec<usize> = group.iter().copied().filter(|&d| dims[d] != 1).collect();
    let Some(&last) = kept.last() else {
        return Some(Axis { size: 1, stride: 1 });
    };
    for pair in kept.windows(2) {
        if strides[pair[0]] != strides[pair[1]] * dims[pair[1]] as isize {
            return None;
        }
    }
    let size = kept.iter().map(|&d| dims[d]).product();
    Some(Axis {
        size,
        stride: strides[last],
    })
}

/// The plan for `lhs · rhs` with `dims`, or `None` when the kernel does not
/// take it: a dimension group that is not one strided axis of its operand,
/// dimension numbers that do not fit the shapes, or an empty operand.
pub fn plan(lhs: &[i64], rhs: &[i64], dims: &DotDims) -> Option<DotPlan> {
    let sizes =
        |d: &[i64]| -> Option<Vec<usize>> { d.iter().map(|&x| usize::try_from(x).ok()).collect() };
    let (lhs, rhs) = (&sizes(lhs)?[..], &sizes(rhs)?[..]);
    let valid = |d: &[usize], rank: usize| {
        let mut seen = vec![false; rank];
        d.iter()
            .all(|&i| i < rank && !std::mem::replace(&mut seen[i], true))
    };
    let used = |batch: &[usize], contract: &[usize]| -> Vec<usize> {
        batch.iter().chain(contract).copied().collect()
    };
    let lhs_used = used(&dims.lhs_batch, &dims.lhs_contract);
    let rhs_used = used(&dims.rhs_batch, &dims.rhs_contract);
    if !valid(&lhs_used, lhs.len())
        || !valid(&rhs_used, rhs.len())
        || dims.lhs_batch.len() != dims.rhs_batch.len()
        || dims.lhs_contract.len() != dims.rhs_contract.len()
        || lhs.contains(&0)
        || rhs.contains(&0)
    {
        return None;
    }
    let paired = |a: &[usize], b: &[usize]| a.iter().zip(b).all(|(&i, &j)| lhs[i] == rhs[j]);
    if !paired(&dims.lhs_batch, &dims.rhs_batch) || !paired(&dims.lhs_contract, &dims.rhs_contract)
    {
        return None;
    }
    let (ls, rs) = (row_major_strides(lhs), row_major_strides(rhs));
    let free = |rank: usize, used: &[usize]| -> Vec<usize> {
        (0..rank).filter(|d| !used.contains(d)).collect()
    };
    let m = merge(&free(lhs.len(), &lhs_used), lhs, &ls)?;
    let n = merge(&free(rhs.len(), &rhs_used), rhs, &rs)?;
    let lk = merge(&dims.lhs_contract, lhs, &ls)?;
    let rk = merge(&dims.rhs_contract, rhs, &rs)?;
    if lk.size != rk.size {
        return None;
    }
    let batch = dims
        .lhs_batch
        .iter()
        .zip(&dims.rhs_batch)
        .map(|(&l, &r)| (lhs[l], ls[l], rs[r]))
        .collect::<Vec<_>>();
    let lhs_len = lhs.iter().product();
    let rhs_len = rhs.iter().product();
    let b: usize = batch.iter().map(|x| x.0).product();
    Some(DotPlan {
        batch,
        m: m.size,
        k: lk.size,
        n: n.size,
        lhs_m: m.stride,
        lhs_k: lk.stride,
        rhs_k: rk.stride,
        rhs_n: n.stride,
        lhs_len,
        rhs_len,
        out_len: b * m.size * n.size,
    })
}

/// Whether the kernel is worth taking over XLA's own product for `plan`
/// under `selection`, by the timings recorded in the README (Benchmarks,
/// "ruse's product kernel"). Each alone, it wins on batched products (the
/// attention's, 1.5–3×), on products with at most [`FEW_ROWS`] rows (the
/// decoder's, the transposed gradients of the weights) and on thin
/// contractions of at most [`THIN`] (the adapters' bottleneck); XLA's is
/// faster on tall products with wide contractions, the bulk of the
/// encoder's. Inside a step of one replica, though, only the large batched
/// products gain ([`Selection::LargeBatched`]): the others, and the small
/// batched ones of the embedded default, cost more as calls than XLA's
/// products.
pub fn worth(plan: &DotPlan, selection: Selection) -> bool {
    let batched = plan.batch_count() > 1;
    match selection {
        Selection::None => false,
        Selection::LargeBatched => batched && plan.m * plan.k * plan.n >= LARGE_ITEM,
        Selection::All => batched || plan.m <= FEW_ROWS || plan.k <= THIN,
    }
}

/// Multiply-adds per batch index from which [`Selection::LargeBatched`]
/// takes a batched product: t5-small's attention over 128 positions
/// (`128 · 128 · 64`, 2^20) is in, the embedded default's over 48
/// (`48 · 48 · 32`) and a decoder's over 8 target positions are out.
pub const LARGE_ITEM: usize = 1 << 19;

/// Rows up to which the kernel takes an unbatched product.
pub const FEW_ROWS: usize = 512;
/// Contraction length up to which the kernel takes an unbatched product.
pub const THIN: usize = 16;

/// The custom call's attributes (in its `backend_config`), each an `i64`
/// array of dimension numbers: lhs batch, lhs contracting, rhs batch, rhs
/// contracting.
pub const ATTRIBUTES: [&str; 4] = ["lhs_batch", "lhs_contract", "rhs_batch", "rhs_contract"];

/// The attribute that holds the program's replica count (`array<i64: N>`):
/// N replicas run the program at once, so each call spreads its work over
/// 1/N of the host's threads (on the calling thread alone when that is one).
pub const REPLICAS: &str = "replicas";

/// The dimension numbers in the order of [`ATTRIBUTES`].
pub fn attribute_values(dims: &DotDims) -> [&[usize]; 4] {
    [
        &dims.lhs_batch,
        &dims.lhs_contract,
        &dims.rhs_batch,
        &dims.rhs_contract,
    ]
}

/// The dimension numbers that the attribute `name` holds, if it is one of
/// [`ATTRIBUTES`] (same order as [`attribute_values`]).
pub fn attribute_slot<'a>(dims: &'a mut DotDims, name: &[u8]) -> Option<&'a mut Vec<usize>> {
    let which = ATTRIBUTES.iter().position(|a| a.as_bytes() == name)?;
    [
        &mut dims.lhs_batch,
        &mut dims.lhs_contract,
        &mut dims.rhs_batch,
        &mut dims.rhs_contract,
    ]
    .into_iter()
    .nth(which)
}
