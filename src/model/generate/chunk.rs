//! One chunk of generation on all replicas: the encode program on the
//! chunk's sources (and targets, for the loss), then the decode step until
//! every search is done; and the binding of a program's inputs and
//! parameters on each replica.

use super::*;

/// A compiled generation program and what its arguments and outputs are.
pub(super) struct Compiled {
    pub(super) program: GenProgram,
    pub(super) exe: std::sync::Arc<Executable>,
}

/// Each replica's evaluation loss and number of real examples in a chunk.
type ChunkLosses = Vec<(f32, usize)>;

/// One replica's inputs by name.
pub(super) type Named = HashMap<String, Buffer>;

fn bind<'x, 'n: 'x, 'p: 'x>(
    program: &GenProgram,
    replica: usize,
    named: &'n Named,
    params: &ParamLookup<'p>,
) -> Result<Vec<&'x Buffer>> {
    program
        .args
        .iter()
        .map(|arg| match arg {
            GenArg::Input(n) => named
                .get(n)
                .map(|b| -> &'x Buffer { b })
                .ok_or_else(|| Error::invalid(format!("internal: no generation input {n}"))),
            GenArg::Param(n) => params(replica, n)
                .map(|b| -> &'x Buffer { b })
                .ok_or_else(|| {
                    Error::invalid(format!(
                        "parameter {n} is not on replica {replica}'s device"
                    ))
                }),
        })
        .collect()
}

/// Runs `compiled` on all replicas; returns each replica's outputs by name.
pub(super) fn execute(
    compiled: &Compiled,
    named: &[Named],
    params: &ParamLookup,
) -> Result<Vec<Named>> {
    let args = named
        .iter()
        .enumerate()
        .map(|(r, n)| bind(&compiled.program, r, n, params))
        .collect::<Result<Vec<_>>>()?;
    let outs = compiled.exe.execute(&args)?;
    Ok(outs
        .into_iter()
        .map(|list| compiled.program.outputs.iter().cloned().zip(list).collect())
        .collect())
}

/// One example to generate for: its source and, when the evaluation loss is
/// wanted, its target.
pub(super) type Example<'a> = (&'a [u32], Option<&'a [u32]>);

/// One chunk's examples and the target length of their loss, if wanted.
type ChunkInputs<'a> = (&'a [Example<'a>], Option<usize>);

/// Generates for up to `replicas × examples-per-replica` sources; with
/// targets, also returns each replica's loss and number of real examples.
pub(super) fn run_chunk(
    client: &Client,
    (encode, step): &(Compiled, Compiled),
    params: &ParamLookup,
    (chunk, loss_len): ChunkInputs,
    shapes: GenShapes,
    replicas: usize,
    settings: GenSettings,
) -> Result<(Vec<Generated>, ChunkLosses)> {
    let beams = settings.beams.max(1);
    let per_replica = shapes.rows / beams;
    let n = shapes.rows;
    let mut named = encode_chunk(
        client,
        encode,
        params,
        (chunk, loss_len),
        shapes,
        replicas,
        beams,
    )?;
    let mut losses = Vec::new();
    if loss_len.is_some() {
        for (r, m) in named.iter_mut().enumerate() {
            let real = chunk.len().saturating_sub(r * per_replica).min(per_replica);
            let loss = take_loss(m)?;
            if real > 0 {
                losses.push((loss, real));
            }
        }
    }
    let mut search: Vec<Box<dyn Search>> = (0..replicas * per_replica)
        .map(|_| -> Box<dyn Search> {
            if beams > 1 {
                Box::new(BeamSearch::new(beams, settings.length_penalty))
            } else {
                Box::new(Greedy::default())
            }
        })
        .collect();
    let mut tokens = vec![vec![START_ID; n]; replicas];
    let mut index: Vec<Vec<i32>> = vec![(0..n as i32).collect(); replicas];
    for position in 0..shapes.max_len {
        for r in 0..replicas {
            let m = &mut named[r];
            m.insert(
                "token".into(),
                client.upload_slice(&tokens[r], &[n as i64, 1], r)?,
            );
            m.insert(
                "position".into(),
                client.upload(&HostTensor::scalar(position as i32), r)?,
            );
            m.insert(
                "beam_index".into(),
                client.upload_slice(&index[r], &[n as i64], r)?,
            );
        }
        let outs = execute(step, &named, params)?;
        let last = position + 1 == shapes.max_len;
        for (r, mut o) in outs.into_iter().enumerate() {
            let searches = &mut search[r * per_replica..(r + 1) * per_replica];
            let next = advance(&mut o, searches, n, beams, position, last)?;
            (tokens[r], index[r]) = next;
            named[r].extend(o);
        }
        if search.iter().all(|s| s.done()) {
            break;
        }
    }
    let generated = search
        .into_iter()
        .take(chunk.len())
        .map(|s| s.result())
        .collect();
    Ok((generated, losses))
}

/// Runs the encode program on `chunk`, each source repeated for its `beams`
/// rows: example e of replica r, beam j at r's row e * beams + j (rows past
/// the chunk's end hold a lone `</s>`). With targets, also the loss inputs:
/// every row's decoder inputs and labels, and `rows` marking each real
/// example's first beam row. Returns each replica's named buffers for the
/// decode step: the attention mask and the encode outputs (with `loss`).
fn encode_chunk(
    client: &Client,
    encode: &Compiled,
    params: &ParamLookup,
    (chunk, loss_len): ChunkInputs,
    shapes: GenShapes,
    replicas: usize,
    beams: usize,
) -> Result<Vec<Named>> {
    let per_replica = shapes.rows / beams;
    let (n, s) = (shapes.rows, shapes.source_len);
    let mut named: Vec<Named> = Vec::with_capacity(replicas);
    for r in 0..replicas {
        let mut ids = vec![0i32; n * s];
        let mut mask = vec![0i32; n * s];
        for e in 0..per_replica {
            let src: Vec<i32> = match chunk.get(r * per_replica + e) {
                Some((src, _)) => src.iter().take(s).map(|&t| t as i32).collect(),
                None => vec![EOS_ID],
            };
            for j in 0..beams {
                let row = (e * beams + j) * s;
                ids[row..row + src.len()].copy_from_slice(&src);
                mask[row..row + src.len()].fill(1);
            }
        }
        let mut m = Named::new();
        let dims = [n as i64, s as i64];
        m.insert("input_ids".into(), client.upload_slice(&ids, &dims, r)?);
        m.insert(
            "attention_mask".into(),
            client.upload_slice(&mask, &dims, r)?,
        );
        if let Some(t) = loss_len {
            let mut batch = crate::data::Batch::empty("", n, s, t);
            let mut rows = vec![0i32; n];
            for e in 0..per_replica {
                let Some(&(_, Some(target))) = chunk.get(r * per_replica + e) else {
                    break;
                };
                for j in 0..beams {
                    batch.write_target(e * beams + j, target);
                }
                rows[e * beams] = 1;
            }
            let tdims = [n as i64, t as i64];
            for (name, data) in [
                ("decoder_input_ids", &batch.decoder_input_ids),
                ("labels", &batch.labels),
            ] {
                m.insert(name.into(), client.upload_slice(data, &tdims, r)?);
            }
            m.insert("rows".into(), client.upload_slice(&rows, &[n as i64], r)?);
        }
        named.push(m);
    }
    for (r, outs) in execute(encode, &named, params)?.into_iter().enumerate() {
        for input in ["input_ids", "decoder_input_ids", "labels", "rows"] {
            named[r].remove(input);
        }
        named[r].extend(outs);
    }
    Ok(named)
}

/// Advances one replica's searches (one per example, `beams` rows each) by
/// the decode step's outputs `o` (`score`/`next` greedy, `log_probs` with
/// beams, taken out of `o`); returns the `n` rows' next tokens and the cache
/// row each continues.
fn advance(
    o: &mut Named,
    searches: &mut [Box<dyn Search>],
    n: usize,
    beams: usize,
    position: usize,
    last: bool,
) -> Result<(Vec<i32>, Vec<i32>)> {
    let scores = take(o, if beams > 1 { "log_probs" } else { "score" })?
        .to_host()?
        .to_vec::<f32>()?;
    let next = if beams > 1 {
        Vec::new()
    } else {
        take(o, "next")?.to_host()?.to_vec::<i32>()?
    };
    let vocab = scores.len() / n;
    let mut tokens = vec![START_ID; n];
    let mut index: Vec<i32> = (0..n as i32).collect();
    for (e, search) in searches.iter_mut().enumerate() {
        let rows = e * beams..(e + 1) * beams;
        let view = StepScores {
            next: if next.is_empty() {
                &[]
            } else {
                &next[rows.clone()]
            },
            scores: &scores[rows.start * vocab.max(1)..rows.end * vocab.max(1)],
            vocab,
        };
        let (tok, src) = search.advance(&view, position, last);
        for j in 0..beams {
            tokens[e * beams + j] = tok[j];
            index[e * beams + j] = (e * beams + src[j]) as i32;
        }
    }
    Ok((tokens, index))
}

/// The `loss` output (a scalar), taken out of `named`.
pub(super) fn take_loss(named: &mut Named) -> Result<f32> {
    let loss = take(named, "loss")?.to_host()?.to_vec::<f32>()?;
    loss.first()
        .copied()
        .ok_or_else(|| Error::invalid("internal: the eval loss is empty"))
}

fn take(named: &mut Named, name: &str) -> Result<Buffer> {
    named
        .remove(name)
        .ok_or_else(|| Error::invalid(format!("internal: no output {name}")))
}
