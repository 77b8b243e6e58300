//! Compiler-core benchmark: build, differentiate and emit graphs of about
//! 5k, 10k and 20k nodes, and report whether emission time grows linearly.
//! Run with `scripts/bench_compiler.sh` (or `cargo bench --bench graph`).

use std::time::{Duration, Instant};

use ruse::autodiff::vjp;
use ruse::graph::{composite, Graph, NodeId};
use ruse::runtime::{ElementType, TensorSpec};

/// A stack of residual MLP blocks with layer norm and softmax: about 40
/// forward nodes per block, the shapes of a small transformer layer.
fn build(blocks: usize) -> ruse::Result<(Graph, NodeId, Vec<NodeId>)> {
    let f = |d: &[i64]| TensorSpec::new(ElementType::F32, d);
    let mut g = Graph::new("bench");
    let mut h = g.parameter("x", f(&[8, 64]))?;
    let mut params = Vec::new();
    for b in 0..blocks {
        let w = g.parameter(&format!("w{b}"), f(&[64, 64]))?;
        let s = g.parameter(&format!("s{b}"), f(&[64]))?;
        let bias = g.parameter(&format!("b{b}"), f(&[64]))?;
        params.extend([w, s, bias]);
        let n = composite::layer_norm(&mut g, h, s, bias, 1e-6)?;
        let z = g.matmul(n, w)?;
        let z = composite::gelu_new(&mut g, z)?;
        let p = composite::softmax(&mut g, z, 1)?;
        h = g.add(h, p)?;
    }
    let loss = g.sum_all(h)?;
    Ok((g, loss, params))
}

struct Timing {
    nodes: usize,
    build: Duration,
    vjp: Duration,
    emit: Duration,
    bytes: usize,
}

fn measure(blocks: usize) -> ruse::Result<Timing> {
    let t0 = Instant::now();
    let (mut g, loss, params) = build(blocks)?;
    let build = t0.elapsed();
    let t1 = Instant::now();
    let grads = vjp(&mut g, loss, &params)?;
    let vjp = t1.elapsed();
    g.output(loss);
    for grad in grads {
        g.output(grad);
    }
    let t2 = Instant::now();
    let text = ruse::emit::emit(&g)?;
    Ok(Timing {
        nodes: g.len(),
        build,
        vjp,
        emit: t2.elapsed(),
        bytes: text.len(),
    })
}

/// Blocks needed for about `target` nodes in the differentiated graph.
fn blocks_for(target: usize) -> ruse::Result<usize> {
    let probe = measure(10)?;
    Ok((target * 10 / probe.nodes).max(1))
}

fn best_of(blocks: usize, runs: usize) -> ruse::Result<Timing> {
    let mut best = measure(blocks)?;
    for _ in 1..runs {
        let t = measure(blocks)?;
        if t.build + t.vjp + t.emit < best.build + best.vjp + best.emit {
            best = t;
        }
    }
    Ok(best)
}

fn main() -> ruse::Result<()> {
    println!(
        "{:>8} {:>10} {:>10} {:>10} {:>12} {:>10} {:>22}",
        "nodes", "build ms", "vjp ms", "emit ms", "emit us/node", "MiB text", "emit time vs 5k"
    );
    let mut base: Option<(usize, Duration)> = None;
    for target in [5_000, 10_000, 20_000, 40_000, 80_000] {
        let t = best_of(blocks_for(target)?, 15)?;
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let (n0, e0) = *base.get_or_insert((t.nodes, t.emit));
        let ratio = t.emit.as_secs_f64() / e0.as_secs_f64();
        println!(
            "{:>8} {:>10.2} {:>10.2} {:>10.2} {:>12.3} {:>10.2} {:>9.2}x (nodes {:.2}x)",
            t.nodes,
            ms(t.build),
            ms(t.vjp),
            ms(t.emit),
            ms(t.emit) * 1e3 / t.nodes as f64,
            t.bytes as f64 / (1 << 20) as f64,
            ratio,
            t.nodes as f64 / n0 as f64
        );
    }
    Ok(())
}
