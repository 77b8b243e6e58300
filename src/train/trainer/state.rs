//! The trainer's device state: optimizer slots and the frozen weights'
//! transposed copies made when a program first needs them, and each step's
//! uploads.

use super::*;

impl Trainer {
    /// A zero-initialised optimizer slot on replica `r`.
    pub(super) fn fresh_slot(&self, slot: &Slot, r: usize) -> Result<Buffer> {
        let name = match slot {
            Slot::AdamM(n)
            | Slot::AdamV(n)
            | Slot::Count(n)
            | Slot::FactorRow(n)
            | Slot::FactorCol(n)
            | Slot::Accum(n) => n,
            other => return Err(Error::invalid(format!("no device state for {other:?}"))),
        };
        let param = self
            .store
            .values
            .get(name)
            .ok_or_else(|| Error::invalid(format!("no parameter {name}")))?;
        self.client.upload(&initial_state(slot, param.spec())?, r)
    }

    /// Creates the device state of `slots` that no earlier program made:
    /// a parameter's optimizer state starts when the first program updating
    /// it is compiled, and so does a frozen weight's transposed copy (see
    /// `train/twins.rs`), from the weight's current value.
    pub(super) fn ensure_state(&mut self, slots: &[Slot]) -> Result<()> {
        for slot in slots {
            let missing: Vec<usize> = (0..self.replicas())
                .filter(|&r| !self.state[r].contains_key(slot))
                .collect();
            if missing.is_empty() {
                continue;
            }
            // A transposed copy is made once and uploaded to every replica.
            let copy = match slot {
                Slot::Param(name) => {
                    let Some(base) = twins::base_of(name) else {
                        continue;
                    };
                    let value =
                        self.store.values.get(base).ok_or_else(|| {
                            Error::invalid(format!("internal: no parameter {base}"))
                        })?;
                    Some(twins::transposed(value)?)
                }
                s if s.is_optimizer_state() => None,
                _ => continue,
            };
            for r in missing {
                let buf = match &copy {
                    Some(t) => {
                        if r == 0 {
                            self.copy_bytes += t.spec().byte_size();
                        }
                        self.client.upload(t, r)?
                    }
                    None => self.fresh_slot(slot, r)?,
                };
                self.state[r].insert(slot.clone(), buf);
            }
        }
        Ok(())
    }

    /// Makes the frozen weights' transposed copies that the compiled programs
    /// read again, from the current weights (after a parameter load or a
    /// resume replaced the device state).
    pub(super) fn restore_copies(&mut self) -> Result<()> {
        self.copy_bytes = 0;
        for r in 0..self.replicas() {
            self.state[r]
                .retain(|s, _| !matches!(s, Slot::Param(n) if twins::base_of(n).is_some()));
        }
        let copies: Vec<Slot> = self
            .programs
            .values()
            .flat_map(|c| &c.program.args)
            .filter(|s| matches!(s, Slot::Param(n) if twins::base_of(n).is_some()))
            .cloned()
            .collect();
        self.ensure_state(&copies)
    }

    /// Per replica: the batch arrays, the update number and the dropout key.
    /// `micro` numbers the micro-batch within an accumulation window (0 without accumulation).
    pub(super) fn upload_step(&self, batches: &[Batch], micro: usize) -> Result<Vec<[Buffer; 6]>> {
        let key = HostTensor::new(
            &[
                self.run.seed.wrapping_add((micro as u64) << 40),
                (self.step as u64) << 20,
            ],
            &[2],
        )?;
        let step = HostTensor::scalar(self.schedule_step());
        batches
            .iter()
            .enumerate()
            .map(|(r, batch)| {
                let (b, s, t) = (
                    batch.batch_size as i64,
                    batch.source_len as i64,
                    batch.target_len as i64,
                );
                let c = &self.client;
                Ok([
                    c.upload_slice(&batch.input_ids, &[b, s], r)?,
                    c.upload_slice(&batch.attention_mask, &[b, s], r)?,
                    c.upload_slice(&batch.decoder_input_ids, &[b, t], r)?,
                    c.upload_slice(&batch.labels, &[b, t], r)?,
                    c.upload(&step, r)?,
                    c.upload(&key, r)?,
                ])
            })
            .collect()
    }
}
