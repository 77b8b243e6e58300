//! Downloading an HF hub model into the local HF cache, when the network
//! allows: `config.json` and `model.safetensors` (or the sharded index and
//! its shards; failing those `pytorch_model.bin` or its sharded index) from `$HF_ENDPOINT` (default `https://huggingface.co`),
//! fetched with the system's `curl`, written atomically into
//! `models--{org}--{name}/snapshots/main/` with `refs/main` pointing there.
//! `HF_HUB_OFFLINE=1` turns downloading off.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::{Error, Result};

/// The hub endpoint: `$HF_ENDPOINT` or the public hub.
pub fn endpoint() -> String {
    std::env::var("HF_ENDPOINT").unwrap_or_else(|_| "https://huggingface.co".into())
}

/// Whether the user turned downloads off (`HF_HUB_OFFLINE=1`).
pub fn offline() -> bool {
    std::env::var("HF_HUB_OFFLINE").is_ok_and(|v| v == "1" || v.eq_ignore_ascii_case("true"))
}

fn hub_err(name: &str, reason: String) -> Error {
    Error::Config {
        key: "model_name_or_path".into(),
        reason: format!(
            "could not download '{name}' from the hub: {reason}. Download it on a machine with network \
             (`huggingface-cli download {name}`) and pass its local directory, or set \
             not_load_t5_checkpoint: true to train the architecture from scratch"
        ),
    }
}

/// Fetches `url` to `dest` atomically; `Ok(false)` when the server says 404.
fn fetch(url: &str, dest: &Path) -> std::result::Result<bool, String> {
    let tmp = dest.with_extension("part");
    let out = Command::new("curl")
        .args(["-sSL", "--retry", "2", "-w", "%{http_code}", "-o"])
        .arg(&tmp)
        .arg(url)
        .output()
        .map_err(|e| format!("cannot run curl ({e}); install curl"))?;
    let code = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if code == "404" {
        let _ = std::fs::remove_file(&tmp);
        return Ok(false);
    }
    if !out.status.success() || code != "200" {
        let _ = std::fs::remove_file(&tmp);
        return Err(format!(
            "{url}: HTTP {code} {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    std::fs::rename(&tmp, dest).map_err(|e| format!("cannot write {}: {e}", dest.display()))?;
    Ok(true)
}

/// Downloads hub model `name` (`org/model`) into the HF cache `cache`;
/// returns the snapshot directory.
pub fn download(name: &str, endpoint: &str, cache: &Path) -> Result<PathBuf> {
    let repo = super::resolve::repo_dir(cache, name);
    let snap = repo.join("snapshots/main");
    std::fs::create_dir_all(&snap)
        .map_err(|e| hub_err(name, format!("cannot create {}: {e}", snap.display())))?;
    let url = |file: &str| {
        format!(
            "{}/{name}/resolve/main/{file}",
            endpoint.trim_end_matches('/')
        )
    };
    let get = |file: &str| fetch(&url(file), &snap.join(file)).map_err(|e| hub_err(name, e));
    if !get("config.json")? {
        return Err(hub_err(
            name,
            format!("{} does not exist", url("config.json")),
        ));
    }
    // The weights: the first of model.safetensors, its sharded index, pytorch_model.bin, its index.
    let mut found = false;
    for (single, index) in [
        ("model.safetensors", "model.safetensors.index.json"),
        ("pytorch_model.bin", "pytorch_model.bin.index.json"),
    ] {
        if get(single)? {
            found = true;
            break;
        }
        if get(index)? {
            for shard in super::checkpoint::shard_files(&snap.join(index))? {
                if !get(&shard)? {
                    return Err(hub_err(name, format!("shard {shard} is missing")));
                }
            }
            found = true;
            break;
        }
    }
    if !found {
        return Err(hub_err(
            name,
            "the repository has no model.safetensors or pytorch_model.bin (nor a sharded index of \
             either)"
                .into(),
        ));
    }
    std::fs::create_dir_all(repo.join("refs")).map_err(|e| hub_err(name, e.to_string()))?;
    std::fs::write(repo.join("refs/main"), "main").map_err(|e| hub_err(name, e.to_string()))?;
    Ok(snap)
}
