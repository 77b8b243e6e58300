//! The T5 tokenizer: a `tokenizer.json` (HF tokenizers format: the T5
//! SentencePiece unigram vocabulary, 32,100 pieces with the 100
//! `<extra_id_N>` sentinels) loaded with the `tokenizers` crate, or a
//! SentencePiece `spiece.model` turned into one (`spiece.rs`).
//!
//! T5 conventions: pad 0, eos `</s>` 1, unk 2; the decoder starts from pad (0).
//! [`T5Tokenizer::encode`] appends `</s>` and truncates to a maximum length
//! keeping `</s>` last, as HF's T5 tokenizer does with `truncation=True`.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::cache::{self, Fnv};
use crate::config::Config;
use crate::error::{Error, Result};

mod spiece;

pub const PAD_ID: u32 = 0;
pub const EOS_ID: u32 = 1;
pub const UNK_ID: u32 = 2;
/// The decoder's first input: T5 starts decoding from the pad token.
pub const DECODER_START_ID: u32 = 0;

/// Where the set-up script puts the default T5 tokenizer, under `RUSE_CACHE`.
pub const DEFAULT_TOKENIZER: &str = "tokenizer/t5/tokenizer.json";

pub struct T5Tokenizer {
    inner: tokenizers::Tokenizer,
    path: PathBuf,
    /// The `tokenizer.json` text it was built from (for a `spiece.model`, the
    /// one built from it), written beside saved models by [`Self::save`].
    json: Vec<u8>,
    hash: u64,
}

impl std::fmt::Debug for T5Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "T5Tokenizer({})", self.path.display())
    }
}

impl T5Tokenizer {
    /// Loads a `tokenizer.json`, or a SentencePiece model (`spiece.model`)
    /// with the sentinels its directory's `tokenizer_config.json` names
    /// (`extra_ids`, 100 by default, as HF's T5 tokenizer), checking T5's
    /// special tokens.
    pub fn load(path: &Path) -> Result<Self> {
        let err = |reason: String| Error::File {
            path: path.display().to_string(),
            reason,
        };
        let mut bytes = std::fs::read(path).map_err(|e| err(format!("cannot read: {e}")))?;
        if bytes.trim_ascii_start().first() != Some(&b'{') {
            let json = spiece::tokenizer_json(&bytes, extra_ids(path)?).map_err(|e| {
                err(format!(
                    "neither a tokenizers JSON file nor a SentencePiece model ({e})"
                ))
            })?;
            bytes = json.into_bytes();
        }
        let inner = tokenizers::Tokenizer::from_bytes(&bytes)
            .map_err(|e| err(format!("not a tokenizers JSON file: {e}")))?;
        for (tok, id) in [("<pad>", PAD_ID), ("</s>", EOS_ID), ("<unk>", UNK_ID)] {
            if inner.token_to_id(tok) != Some(id) {
                return Err(err(format!(
                    "not a T5 tokenizer: '{tok}' should have id {id}, has {:?}",
                    inner.token_to_id(tok)
                )));
            }
        }
        let hash = Fnv::default().bytes(&bytes).finish();
        Ok(T5Tokenizer {
            inner,
            path: path.to_path_buf(),
            json: bytes,
            hash,
        })
    }

    /// The tokenizer a run uses: `tokenizer_name` (a `tokenizer.json` or
    /// `spiece.model` file, or a directory holding one; a `t5-*` /
    /// `google/t5-*` name means the T5 vocabulary, which all T5 checkpoints
    /// share), else a `tokenizer.json` or, without one, a `spiece.model` in
    /// the `model_name_or_path` directory, else the cached default.
    pub fn for_config(config: &Config) -> Result<Self> {
        Self::load(&Self::resolve(config)?)
    }

    pub fn resolve(config: &Config) -> Result<PathBuf> {
        let in_dir = |p: &Path| {
            if p.is_dir() {
                ["tokenizer.json", "spiece.model"]
                    .map(|f| p.join(f))
                    .into_iter()
                    .find(|f| f.is_file())
            } else {
                p.is_file().then(|| p.to_path_buf())
            }
        };
        if let Some(name) = &config.tokenizer_name {
            if let Some(f) = in_dir(Path::new(name)) {
                return Ok(f);
            }
            let base = name.rsplit('/').next().unwrap_or(name);
            if !base.starts_with("t5") && !base.starts_with("flan-t5") {
                return Err(Error::Config {
                    key: "tokenizer_name".into(),
                    reason: format!(
                        "'{name}' is neither a tokenizer.json or spiece.model, a directory holding \
                         one, nor a T5 name (ruse never downloads: point it at a local \
                         tokenizer.json or spiece.model)"
                    ),
                });
            }
        } else if let Some(f) = config
            .model_name_or_path
            .as_deref()
            .and_then(|m| in_dir(Path::new(m)))
        {
            return Ok(f);
        }
        cache::fetched(DEFAULT_TOKENIZER, None)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes this tokenizer as `dir/tokenizer.json`, atomically, so that a
    /// saved model directory carries the tokenizer it was trained with
    /// (`ruse predict --model DIR` and a run from DIR read it).
    pub fn save(&self, dir: &Path) -> Result<()> {
        crate::files::write_atomic(&dir.join("tokenizer.json"), &self.json)
    }

    /// A hash of the tokenizer file (part of every tokenized-cache key).
    pub fn hash(&self) -> u64 {
        self.hash
    }

    /// The vocabulary size including added tokens (32,100 for T5).
    pub fn vocab_size(&self) -> usize {
        self.inner.get_vocab_size(true)
    }

    /// Refuses this tokenizer for a model of `vocab` embedding rows when its
    /// ids reach past them: XLA's gather clamps an index out of range, so
    /// such ids would silently read the last row.
    pub fn check_fits(&self, vocab: usize) -> Result<()> {
        let n = self.vocab_size();
        if n <= vocab {
            return Ok(());
        }
        Err(Error::Config {
            key: "tokenizer_name".into(),
            reason: format!(
                "the tokenizer {} has {n} tokens, but the model's vocabulary (vocab_size of its \
                 config.json) has {vocab} rows: ids {vocab}..{} would have no embedding; use the \
                 model's own tokenizer",
                self.path.display(),
                n - 1
            ),
        })
    }

    pub fn token_to_id(&self, token: &str) -> Option<u32> {
        self.inner.token_to_id(token)
    }

    /// Token ids of `text` followed by `</s>`, at most `max_len` of them
    /// (`</s>` stays last when truncating).
    pub fn encode(&self, text: &str, max_len: usize) -> Result<Vec<u32>> {
        let enc = self
            .inner
            .encode(text, false)
            .map_err(|e| Error::invalid(format!("tokenizing {text:?}: {e}")))?;
        let mut ids = enc.get_ids().to_vec();
        ids.truncate(max_len.max(1) - 1);
        ids.push(EOS_ID);
        Ok(ids)
    }

    /// [`Self::encode`] over many texts, in parallel (rayon).
    pub fn encode_batch(&self, texts: &[String], max_len: usize) -> Result<Vec<Vec<u32>>> {
        texts.par_iter().map(|t| self.encode(t, max_len)).collect()
    }

    /// The text of `ids`, special tokens dropped.
    pub fn decode(&self, ids: &[u32]) -> Result<String> {
        self.inner
            .decode(ids, true)
            .map_err(|e| Error::invalid(format!("decoding ids: {e}")))
    }
}

/// The number of `<extra_id_N>` sentinels a SentencePiece model at `path`
/// gets: `extra_ids` of the `tokenizer_config.json` beside it, else HF's
/// T5 default of 100.
fn extra_ids(path: &Path) -> Result<usize> {
    let config = path.with_file_name("tokenizer_config.json");
    let text = match std::fs::read_to_string(&config) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(100),
        Err(e) => return Err(Error::file(&config, format!("cannot read: {e}"))),
    };
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| Error::file(&config, format!("not JSON: {e}")))?;
    match value.get("extra_ids") {
        None => Ok(100),
        Some(n) => n
            .as_u64()
            .filter(|n| *n <= 100_000)
            .map(|n| n as usize)
            .ok_or_else(|| {
                Error::file(
                    &config,
                    format!("extra_ids should be a count of sentinel tokens, is {n}"),
                )
            }),
    }
}
