//! The trainer's checkpoints: what `trainer_state.json` records, saving a
//! checkpoint directory (parameters, optimizer state, trainer state), and
//! loading parameters or resuming a run from one.

use super::*;
use crate::model::legacy;

impl Trainer {
    /// What `trainer_state.json` records now.
    pub fn trainer_state(&self, metrics: Option<BTreeMap<String, f64>>) -> TrainerState {
        TrainerState {
            step: self.step,
            total_steps: self.total_steps,
            seed: self.run.seed,
            sampler: self.iters.iter().map(|it| it.state()).collect(),
            schedule_origin: self.schedule_origin,
            metrics,
            tasks: Some(self.run.tasks.clone()),
            batch_per_replica: Some(self.run.per_device_train_batch_size),
        }
    }

    /// Writes `output_dir/checkpoint-{step}` atomically: the model, the
    /// adapter-side parameters, the optimizer state and the trainer state.
    pub fn save_checkpoint(
        &self,
        output_dir: &Path,
        metrics: Option<BTreeMap<String, f64>>,
    ) -> Result<PathBuf> {
        let state = self.trainer_state(metrics);
        checkpoint::write(output_dir, self.step, &state, |dir| {
            let store = self.parameters()?;
            self.write_model_dir(&store, dir)?;
            if store.entries.iter().any(|e| !e.info.group.is_t5()) {
                store.save_adapters(dir, &self.run, &self.cfg)?;
            }
            let mut optimizer = BTreeMap::new();
            for (slot, buf) in &self.state[0] {
                if let Some(key) = slot.state_key() {
                    optimizer.insert(key, buf.to_host()?);
                }
            }
            save_safetensors(&dir.join(OPTIMIZER_FILE), &optimizer, None)
        })
    }

    /// The parameters saved in `dir` (`model.safetensors`, and the
    /// adapter-side ones from `adapter_model.safetensors` when the run has any).
    fn read_parameters(&self, dir: &Path) -> Result<ParamStore> {
        let saved = dir.join("config.json");
        if saved.is_file() {
            let diffs = T5Config::from_file(&saved)?.shape_differences(&self.cfg);
            if !diffs.is_empty() {
                return Err(Error::File {
                    path: dir.display().to_string(),
                    reason: format!(
                        "saved from another architecture than the config's model ({}): {} \
                         (checkpoint vs model)",
                        self.run
                            .model_name_or_path
                            .as_deref()
                            .unwrap_or("no model_name_or_path"),
                        diffs.join(", ")
                    ),
                });
            }
        }
        check_adapter_keys(dir, &self.run)?;
        let mut from = self.run.clone();
        from.not_load_t5_checkpoint = false;
        let mut store = ParamStore::for_run(
            &from,
            &self.cfg,
            &Source::Directory(dir.to_path_buf()),
            ElementType::F32,
        )?;
        if store.entries.iter().any(|e| !e.info.group.is_t5()) && !store.adapters_in_weights {
            store.load_adapters(dir)?;
        }
        Ok(store)
    }

    /// Replaces the parameters on every replica with those saved in `dir`
    /// (a checkpoint or a run's output directory); optimizer state and the
    /// position in the run stay as they are.
    pub fn load_parameters(&mut self, dir: &Path) -> Result<()> {
        let store = self.read_parameters(dir)?;
        for r in 0..self.replicas() {
            for (name, value) in &store.values {
                let buf = self.client.upload(value, r)?;
                self.state[r].insert(Slot::Param(name.clone()), buf);
            }
        }
        self.store.values = store.values;
        self.restore_copies()?;
        Ok(())
    }

    /// Continues from checkpoint `dir`: its parameters, its optimizer state
    /// and schedule position (unless `optimize_from_scratch`: fresh optimizer
    /// state and a schedule that restarts at this update), its update number
    /// and its sampler positions. Resuming on a different replica count
    /// continues every replica from the same epoch and position.
    pub fn resume(&mut self, dir: &Path) -> Result<TrainerState> {
        let state = checkpoint::read_state(dir)?;
        if state.seed != self.run.seed {
            return Err(Error::Config {
                key: "seed".into(),
                reason: format!(
                    "the checkpoint {} was trained with seed {}; resume with the same seed",
                    dir.display(),
                    state.seed
                ),
            });
        }
        // The sampler positions count batches of these tasks and this size.
        let changed = |key: &str, was: String, now: String| Error::Config {
            key: key.into(),
            reason: format!(
                "the checkpoint {} was trained with {was}, this run has {now}: its sampler \
                 positions do not carry over; resume with the same value, or start afresh \
                 (overwrite_output_dir, or another output_dir)",
                dir.display()
            ),
        };
        if let Some(tasks) = state.tasks.as_ref().filter(|t| **t != self.run.tasks) {
            let list = |t: &[String]| format!("[{}]", t.join(", "));
            return Err(changed("tasks", list(tasks), list(&self.run.tasks)));
        }
        let batch = self.run.per_device_train_batch_size;
        if let Some(was) = state.batch_per_replica.filter(|b| *b != batch) {
            return Err(changed(
                "per_device_train_batch_size",
                was.to_string(),
                batch.to_string(),
            ));
        }
        let (key, trained_with) = (legacy::KEY, legacy::used_by(dir)?);
        let now = self.cfg.legacy_cross_attention_bias;
        if trained_with != now {
            return Err(Error::Config {
                key: key.into(),
                reason: format!(
                    "the checkpoint {} was trained with {key} {trained_with}, this run has {now}: \
                     resume with --set {key}={trained_with}",
                    dir.display(),
                ),
            });
        }
        if state.schedule_origin > state.step {
            return Err(Error::File {
                path: dir.join(checkpoint::STATE_FILE).display().to_string(),
                reason: format!(
                    "schedule_origin {} is past the checkpoint's update {}: the file is damaged",
                    state.schedule_origin, state.step
                ),
            });
        }
        let first = state
            .sampler
            .first()
            .ok_or_else(|| Error::File {
                path: dir.join(checkpoint::STATE_FILE).display().to_string(),
                reason: "no sampler state".into(),
            })?
            .clone();
        let store = self.read_parameters(dir)?;
        let optimizer = if self.run.optimize_from_scratch {
            BTreeMap::new()
        } else {
            let file = dir.join(OPTIMIZER_FILE);
            let optimizer = load_safetensors(&file)?;
            check_optimizer_state(&file, &optimizer, &store.values, self.run.adafactor)?;
            optimizer
        };
        for r in 0..self.replicas() {
            let mut map = HashMap::new();
            for (name, value) in &store.values {
                map.insert(Slot::Param(name.clone()), self.client.upload(value, r)?);
            }
            for (key, value) in &optimizer {
                let slot = Slot::from_state_key(key).ok_or_else(|| Error::File {
                    path: dir.join(OPTIMIZER_FILE).display().to_string(),
                    reason: format!("unknown optimizer tensor {key}"),
                })?;
                map.insert(slot, self.client.upload(value, r)?);
            }
            self.state[r] = map;
            let pos = state.sampler.get(r).unwrap_or(&first);
            self.iters[r] = self.mixture.sampler.restore(r, pos)?;
        }
        self.store.values = store.values;
        self.step = state.step;
        self.schedule_origin = if self.run.optimize_from_scratch {
            state.step
        } else {
            state.schedule_origin
        };
        // Programs compiled before made optimizer state (and transposed
        // copies) that this replaced; they are compiled and made again.
        self.programs.clear();
        self.apply.clear();
        self.copy_bytes = 0;
        Ok(state)
    }
}

/// Refuses optimizer state that the run cannot continue from, naming the
/// tensor: one of a parameter the model does not have or of another shape,
/// one of the other optimizer (AdamW's moments for an Adafactor run, or
/// Adafactor's factors for an AdamW run), or a parameter that has been
/// updated (count above 0) and lacks one of its moments.
fn check_optimizer_state(
    file: &Path,
    optimizer: &BTreeMap<String, HostTensor>,
    params: &BTreeMap<String, HostTensor>,
    adafactor: bool,
) -> Result<()> {
    let bad = |reason: String| Error::File {
        path: file.display().to_string(),
        reason,
    };
    let other = if adafactor {
        "AdamW's (adam_m); resume with adafactor: false"
    } else {
        "Adafactor's (factor_row, factor_col); resume with adafactor: true"
    };
    let remedy = "or start the optimizer afresh with optimize_from_scratch: true";
    for (key, value) in optimizer {
        let slot = Slot::from_state_key(key)
            .ok_or_else(|| bad(format!("unknown optimizer tensor {key}")))?;
        let (Slot::AdamM(name)
        | Slot::AdamV(name)
        | Slot::Count(name)
        | Slot::FactorRow(name)
        | Slot::FactorCol(name)) = &slot
        else {
            return Err(bad(format!("unknown optimizer tensor {key}")));
        };
        let param = params.get(name).ok_or_else(|| {
            bad(format!(
                "optimizer tensor {key} is of a parameter the model does not have ({name})"
            ))
        })?;
        let foreign = match slot {
            Slot::AdamM(_) => adafactor,
            Slot::FactorRow(_) | Slot::FactorCol(_) => !adafactor,
            _ => false,
        };
        if foreign {
            return Err(bad(format!(
                "optimizer tensor {key}: the checkpoint's optimizer state is {other}, {remedy}"
            )));
        }
        let want = initial_state(&slot, param.spec())?;
        if want.spec() != value.spec() {
            return Err(bad(format!(
                "optimizer tensor {key} is {}, its parameter {name} ({}) needs {}",
                value.spec(),
                param.spec(),
                want.spec()
            )));
        }
    }
    for (key, value) in optimizer {
        let Some(Slot::Count(name)) = Slot::from_state_key(key) else {
            continue;
        };
        if value.to_scalar::<f32>()? <= 0.0 {
            continue;
        }
        let rank = params[&name].dims().len();
        let needed: Vec<Slot> = match (adafactor, rank >= 2) {
            (false, _) => vec![Slot::AdamM(name.clone()), Slot::AdamV(name.clone())],
            (true, true) => vec![Slot::FactorRow(name.clone()), Slot::FactorCol(name.clone())],
            (true, false) => vec![Slot::AdamV(name.clone())],
        };
        for slot in needed {
            let missing = slot.state_key().filter(|k| !optimizer.contains_key(k));
            if let Some(k) = missing {
                return Err(bad(format!(
                    "{name} has been updated ({key} is {}) but {k} is missing, {remedy}",
                    value.to_scalar::<f32>()?
                )));
            }
        }
    }
    Ok(())
}

/// Refuses a checkpoint whose adapters were trained with other adapter keys
/// than the run's (its `adapter_config.json`, or the adapter keys of the
/// `arguments_results.json` a hyperformer output directory holds): without adapters, or with
/// another kind, size or activation, its adapter parameters would be left
/// out or read into a model they do not belong to. The task lists and
/// mappings may differ (an evaluation can map other tasks onto them).
fn check_adapter_keys(dir: &Path, run: &Config) -> Result<()> {
    use crate::model::store::{explicit_kind, saved_adapter_settings, ADAPTER_KEYS};
    let Some((path, saved)) = saved_adapter_settings(dir)? else {
        return Ok(());
    };
    let bad = |reason: String| Error::File {
        path: path.display().to_string(),
        reason,
    };
    let serde_json::Value::Object(mut now) =
        serde_json::to_value(run).map_err(|e| Error::invalid(e.to_string()))?
    else {
        return Err(Error::invalid("a config serializes to a JSON object"));
    };
    explicit_kind(&mut now);
    let on = |v: Option<&serde_json::Value>| v.and_then(|v| v.as_bool()).unwrap_or(false);
    let adapters = on(saved.get("train_adapters")) || run.train_adapters;
    // The generator form matters only to the meta-adapter's own generators.
    let meta = now["adapter_config_name"] == "meta-adapter"
        && !run.unique_hyper_net
        && !run.efficient_unique_hyper_net;
    let differ: Vec<String> = ADAPTER_KEYS
        .iter()
        .filter(|k| !["tasks", "adapters", "task_embeddings"].contains(k))
        .filter(|k| meta || !["meta_adapter_generator", "hidden_dim"].contains(k))
        .filter(|k| adapters || **k == "train_adapters")
        .filter_map(|k| {
            let was = saved.get(*k)?;
            let is = now.get(*k).unwrap_or(&serde_json::Value::Null);
            (was != is).then(|| format!("{k} {was} (this config: {is})"))
        })
        .collect();
    if !differ.is_empty() {
        return Err(bad(format!(
            "the checkpoint was trained with other adapter settings: {}; set them as in this file",
            differ.join(", ")
        )));
    }
    Ok(())
}
