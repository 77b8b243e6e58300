//! Finding a model's architecture: a local HF model directory, a built-in
//! preset, or a hub name already in the local HF cache.

use std::path::{Path, PathBuf};

use super::config::{T5Config, PRESETS};
use crate::error::{Error, Result};

/// Where a model came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A directory with `config.json` (and weights).
    Directory(PathBuf),
    /// A built-in architecture preset (no weights).
    Preset(String),
}

/// The HF hub cache: `$HF_HUB_CACHE`, `$HF_HOME/hub`, or `~/.cache/huggingface/hub`.
pub fn hf_hub_cache() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("HF_HUB_CACHE") {
        return Some(PathBuf::from(p));
    }
    if let Some(p) = std::env::var_os("HF_HOME") {
        return Some(PathBuf::from(p).join("hub"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/huggingface/hub"))
}

/// The HF cache directory of hub model `name` (`org/model` -> `models--org--model`).
pub fn repo_dir(cache: &Path, name: &str) -> PathBuf {
    cache.join(format!("models--{}", name.replace('/', "--")))
}

/// The HF hub cache of a run: its `cache_dir` (the reference passes it to
/// `from_pretrained`; relative to the working directory, as
/// `model_name_or_path`), else [`hf_hub_cache`].
pub fn run_cache(run: &crate::config::Config) -> Option<PathBuf> {
    run.cache_dir
        .as_ref()
        .map(PathBuf::from)
        .or_else(hf_hub_cache)
}

/// The snapshot directory of hub model `name` (`org/model`) in the HF cache `cache`.
fn cached_snapshot(cache: &Path, name: &str) -> Option<PathBuf> {
    let repo = repo_dir(cache, name);
    let refs = std::fs::read_to_string(repo.join("refs/main")).ok();
    if let Some(commit) = refs {
        let snap = repo.join("snapshots").join(commit.trim());
        if snap.join("config.json").is_file() {
            return Some(snap);
        }
    }
    let mut snaps: Vec<PathBuf> = std::fs::read_dir(repo.join("snapshots"))
        .ok()?
        .flatten()
        .map(|e| e.path())
        .collect();
    snaps.sort();
    snaps
        .into_iter()
        .rev()
        .find(|s| s.join("config.json").is_file())
}

/// Resolves `name` (directory, HF cache entry, or preset) to a config and its source.
/// A directory or cached checkpoint wins over a preset of the same name.
pub fn resolve(name: &str) -> Result<(T5Config, Source)> {
    resolve_with_cache(name, hf_hub_cache().as_deref())
}

/// `resolve` with an explicit HF hub cache directory.
pub fn resolve_with_cache(name: &str, cache: Option<&Path>) -> Result<(T5Config, Source)> {
    let dir = Path::new(name);
    if dir.join("config.json").is_file() {
        return Ok((
            T5Config::from_file(&dir.join("config.json"))?,
            Source::Directory(dir.to_path_buf()),
        ));
    }
    if dir.is_dir() {
        return Err(Error::File {
            path: name.into(),
            reason: "this model directory has no config.json".into(),
        });
    }
    let hub_names = [
        name.to_string(),
        format!("google/{name}"),
        format!("google-t5/{name}"),
    ];
    for hub in &hub_names {
        if let Some(snap) = cache.and_then(|c| cached_snapshot(c, hub)) {
            return Ok((
                T5Config::from_file(&snap.join("config.json"))?,
                Source::Directory(snap),
            ));
        }
    }
    if let Some(cfg) = T5Config::preset(name) {
        return Ok((
            cfg,
            Source::Preset(name.trim_start_matches("google/").to_string()),
        ));
    }
    // A path (not an `org/name` on the hub) that is not there.
    let path_like = ["/", "./", "../", "~"].iter().any(|p| name.starts_with(p));
    if path_like {
        return Err(Error::Config {
            key: "model_name_or_path".into(),
            reason: format!("the model directory {name} does not exist"),
        });
    }
    let cache = cache
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "(no HOME)".into());
    Err(Error::Config {
        key: "model_name_or_path".into(),
        reason: format!(
            "'{name}' is not a directory with config.json, not in the HF cache ({cache}), and not a preset ({}). \
             ruse does not download from the hub: download the model on a machine with network \
             (e.g. `huggingface-cli download {name}`) and pass its local directory",
            PRESETS.join(", ")
        ),
    })
}

/// The architecture a run uses: `config_name` if given, else `model_name_or_path`.
pub fn run_model(run: &crate::config::Config) -> Result<(T5Config, Source)> {
    let name = run
        .config_name
        .as_deref()
        .or(run.model_name_or_path.as_deref())
        .ok_or_else(|| Error::Config {
            key: "model_name_or_path".into(),
            reason: "missing: name a model directory or a preset such as t5-small".into(),
        })?;
    let (cfg, source) = resolve_with_cache(name, run_cache(run).as_deref())?;
    Ok((with_run_overrides(cfg, run, &source)?, source))
}

/// The architecture with the run's own overrides of it (`dropout_rate`,
/// `legacy_cross_attention_bias`, which unset follows the model in `source`).
fn with_run_overrides(
    mut cfg: T5Config,
    run: &crate::config::Config,
    source: &Source,
) -> Result<T5Config> {
    let dir = match source {
        Source::Directory(dir) => Some(dir.as_path()),
        Source::Preset(_) => None,
    };
    super::legacy::resolve(&mut cfg, run.legacy_cross_attention_bias, dir)?;
    if let Some(rate) = run.dropout_rate {
        if !(0.0..1.0).contains(&rate) {
            return Err(Error::Config {
                key: "dropout_rate".into(),
                reason: format!("{rate} is not a probability in [0, 1)"),
            });
        }
        cfg.dropout_rate = rate;
    }
    Ok(cfg)
}

/// Where a run's T5 weights come from. A preset alone has no weights: unless
/// `not_load_t5_checkpoint` asks for a fresh initialisation, the model is
/// downloaded into the HF cache when the network allows, and otherwise the
/// error says how to provide it. Never a silent random initialisation.
pub fn run_weights(run: &crate::config::Config) -> Result<(T5Config, Source)> {
    let (cfg, source) = run_model(run)?;
    let Source::Preset(preset) = &source else {
        return Ok((cfg, source));
    };
    if run.not_load_t5_checkpoint {
        return Ok((cfg, source));
    }
    let name = run
        .model_name_or_path
        .clone()
        .unwrap_or_else(|| preset.clone());
    let hub_name = if name.contains('/') {
        name
    } else {
        format!("google-t5/{name}")
    };
    if super::hub::offline() {
        return Err(Error::Config {
            key: "model_name_or_path".into(),
            reason: format!(
                "'{hub_name}' is not in the local HF cache and HF_HUB_OFFLINE is set: pass a local model \
                 directory, or set not_load_t5_checkpoint: true to train the {preset} architecture from scratch"
            ),
        });
    }
    let cache = run_cache(run).ok_or_else(|| {
        Error::invalid("no HF cache directory (set HF_HOME or the config's cache_dir)")
    })?;
    let dir = super::hub::download(&hub_name, &super::hub::endpoint(), &cache)?;
    let cfg = T5Config::from_file(&dir.join("config.json"))?;
    let source = Source::Directory(dir);
    Ok((with_run_overrides(cfg, run, &source)?, source))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn run_with(sets: &[&str]) -> Result<(T5Config, Source)> {
        let mut all = vec!["model_name_or_path=t5-mini".to_string()];
        all.extend(sets.iter().map(|s| s.to_string()));
        run_model(&Config::default().with_overrides(&all)?.config)
    }

    #[test]
    fn dropout_rate_overrides_the_architecture() {
        let (own, _) = run_with(&[]).unwrap();
        assert_eq!(own.dropout_rate, 0.1, "the preset's own rate");
        let (cfg, _) = run_with(&["dropout_rate=0"]).unwrap();
        assert_eq!(cfg.dropout_rate, 0.0);
        assert_eq!(cfg.d_model, own.d_model, "nothing else changes");
        let err = run_with(&["dropout_rate=1.5"]).unwrap_err().to_string();
        assert!(err.contains("dropout_rate") && err.contains("1.5"), "{err}");
    }

    /// A path that is not there is said to be missing; only a hub-like name
    /// gets the advice to download it.
    #[test]
    fn a_missing_model_path_is_named_as_missing() {
        let gone = format!("/tmp/ruse-no-model-{}", std::process::id());
        let err = resolve_with_cache(&gone, None).unwrap_err().to_string();
        assert!(
            err.contains("does not exist") && !err.contains("huggingface-cli"),
            "{err}"
        );
        let err = resolve_with_cache("someorg/some-t5", None)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("huggingface-cli download someorg/some-t5"),
            "{err}"
        );
    }

    #[test]
    fn cache_dir_is_the_hf_cache_the_run_reads() {
        let cache = std::env::temp_dir().join(format!("ruse-cache-dir-{}", std::process::id()));
        let repo = repo_dir(&cache, "google-t5/t5-small");
        let snap = repo.join("snapshots/abc123");
        std::fs::create_dir_all(&snap).unwrap();
        std::fs::create_dir_all(repo.join("refs")).unwrap();
        std::fs::write(repo.join("refs/main"), "abc123\n").unwrap();
        let cfg = serde_json::json!({"d_model": 24, "num_layers": 1, "num_heads": 2, "d_kv": 12,
            "d_ff": 32, "vocab_size": 100});
        std::fs::write(snap.join("config.json"), cfg.to_string()).unwrap();
        let dir = format!("cache_dir={}", cache.display());
        let run = Config::default()
            .with_overrides(&["model_name_or_path=t5-small".into(), dir])
            .unwrap()
            .config;
        let (cfg, source) = run_model(&run).unwrap();
        assert_eq!(source, Source::Directory(snap));
        assert_eq!(
            cfg.d_model, 24,
            "the cached config, not the t5-small preset"
        );
        std::fs::remove_dir_all(&cache).unwrap();
    }
}
