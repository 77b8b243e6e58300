//! A SentencePiece `spiece.model` as a `tokenizers` tokenizer, for model
//! directories saved without a `tokenizer.json` (transformers 3.x, the
//! `google/t5-v1_1-*` and mT5 repositories).
//!
//! The file is a protobuf `ModelProto`: its pieces (field 1: piece, score,
//! type), its trainer spec (field 2: model type, unk id, byte fallback) and
//! its normalizer spec (field 3: the precompiled character map, whether a
//! dummy `▁` prefix is added and runs of spaces collapsed). The tokenizer
//! built from them is the one HF's T5 tokenizer uses: a unigram model over
//! the pieces plus `extra_ids` sentinels `<extra_id_N>` (N counting down
//! from the end of the vocabulary), the precompiled normalizer, right-strip
//! and space-run collapse, a Metaspace pre-tokenizer and `</s>` appended.

use serde_json::{json, Value};

/// A piece's type in `ModelProto` (sentencepiece_model.proto).
const PIECE_UNKNOWN: u64 = 2;
const PIECE_CONTROL: u64 = 3;
const PIECE_USER_DEFINED: u64 = 4;
/// `TrainerSpec.model_type`: only unigram models are T5's.
const MODEL_UNIGRAM: u64 = 1;

/// One protobuf field: its number and its value.
enum Field<'a> {
    Varint(u64),
    Fixed32(u32),
    Bytes(&'a [u8]),
    Other,
}

/// Reads the fields of one protobuf message.
struct Fields<'a> {
    rest: &'a [u8],
}

impl<'a> Fields<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Fields { rest: bytes }
    }

    fn varint(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = self.rest.split_first().ok_or("truncated varint")?;
            self.rest = rest;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err("varint longer than 10 bytes".into())
    }

    fn take(&mut self, n: u64) -> Result<&'a [u8], String> {
        let n = usize::try_from(n).map_err(|_| "length out of range")?;
        if n > self.rest.len() {
            return Err(format!(
                "a field of {n} bytes with {} left",
                self.rest.len()
            ));
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Ok(head)
    }

    /// The next field, or `None` at the end of the message.
    fn next_field(&mut self) -> Result<Option<(u64, Field<'a>)>, String> {
        if self.rest.is_empty() {
            return Ok(None);
        }
        let key = self.varint()?;
        let field = match key & 7 {
            0 => Field::Varint(self.varint()?),
            1 => {
                self.take(8)?;
                Field::Other
            }
            2 => {
                let n = self.varint()?;
                Field::Bytes(self.take(n)?)
            }
            5 => {
                let b = self.take(4)?;
                Field::Fixed32(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            }
            w => return Err(format!("unsupported wire type {w}")),
        };
        Ok(Some((key >> 3, field)))
    }
}

/// What a `spiece.model` holds that the tokenizer needs.
#[derive(Debug, Default)]
struct Model {
    /// (piece, score, type) in id order.
    pieces: Vec<(String, f64, u64)>,
    model_type: Option<u64>,
    unk_id: Option<u64>,
    byte_fallback: bool,
    charsmap: Vec<u8>,
    add_dummy_prefix: bool,
    remove_extra_whitespaces: bool,
}

fn parse(bytes: &[u8]) -> Result<Model, String> {
    let mut m = Model {
        add_dummy_prefix: true,
        remove_extra_whitespaces: true,
        ..Model::default()
    };
    let mut top = Fields::new(bytes);
    while let Some((number, field)) = top.next_field()? {
        match (number, field) {
            (1, Field::Bytes(b)) => m.pieces.push(piece(b)?),
            (2, Field::Bytes(b)) => trainer_spec(b, &mut m)?,
            (3, Field::Bytes(b)) => normalizer_spec(b, &mut m)?,
            _ => {}
        }
    }
    Ok(m)
}

fn piece(bytes: &[u8]) -> Result<(String, f64, u64), String> {
    let (mut text, mut score, mut ty) = (None, 0.0, 1);
    let mut f = Fields::new(bytes);
    while let Some((number, field)) = f.next_field()? {
        match (number, field) {
            (1, Field::Bytes(b)) => {
                text = Some(String::from_utf8(b.to_vec()).map_err(|_| "a piece is not UTF-8")?)
            }
            (2, Field::Fixed32(bits)) => score = f64::from(f32::from_bits(bits)),
            (3, Field::Varint(v)) => ty = v,
            _ => {}
        }
    }
    Ok((text.ok_or("a piece without its text")?, score, ty))
}

fn trainer_spec(bytes: &[u8], m: &mut Model) -> Result<(), String> {
    let mut f = Fields::new(bytes);
    while let Some((number, field)) = f.next_field()? {
        match (number, field) {
            (3, Field::Varint(v)) => m.model_type = Some(v),
            (35, Field::Varint(v)) => m.byte_fallback = v != 0,
            (40, Field::Varint(v)) => m.unk_id = Some(v),
            _ => {}
        }
    }
    Ok(())
}

fn normalizer_spec(bytes: &[u8], m: &mut Model) -> Result<(), String> {
    let mut f = Fields::new(bytes);
    while let Some((number, field)) = f.next_field()? {
        match (number, field) {
            (2, Field::Bytes(b)) => m.charsmap = b.to_vec(),
            (3, Field::Varint(v)) => m.add_dummy_prefix = v != 0,
            (4, Field::Varint(v)) => m.remove_extra_whitespaces = v != 0,
            _ => {}
        }
    }
    Ok(())
}

/// Standard base64 with padding (the `tokenizer.json` spelling of the
/// precompiled character map).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The `tokenizer.json` text of the SentencePiece model `bytes` with
/// `extra_ids` sentinels appended; the reason when it is not a unigram
/// SentencePiece model.
pub(super) fn tokenizer_json(bytes: &[u8], extra_ids: usize) -> Result<String, String> {
    let m = parse(bytes).map_err(|e| format!("not a SentencePiece model: {e}"))?;
    if m.pieces.is_empty() {
        return Err("not a SentencePiece model: it holds no pieces".into());
    }
    if m.model_type.unwrap_or(MODEL_UNIGRAM) != MODEL_UNIGRAM {
        return Err(format!(
            "a SentencePiece model of type {} (T5's are unigram, type 1)",
            m.model_type.unwrap_or(0)
        ));
    }
    let unk = m.unk_id.unwrap_or(0);
    let n = m.pieces.len();
    if unk as usize >= n {
        return Err(format!("its unk id {unk} is past its {n} pieces"));
    }
    let mut vocab: Vec<Value> = m.pieces.iter().map(|(p, s, _)| json!([p, s])).collect();
    let mut added: Vec<Value> = Vec::new();
    let added_token = |id: usize, content: &str, special: bool| {
        json!({"id": id, "content": content, "single_word": false, "lstrip": false,
               "rstrip": false, "normalized": !special, "special": special})
    };
    for (id, (p, _, ty)) in m.pieces.iter().enumerate() {
        match *ty {
            PIECE_UNKNOWN | PIECE_CONTROL => added.push(added_token(id, p, true)),
            PIECE_USER_DEFINED => added.push(added_token(id, p, false)),
            _ => {}
        }
    }
    for i in (0..extra_ids).rev() {
        let content = format!("<extra_id_{i}>");
        added.push(added_token(vocab.len(), &content, true));
        vocab.push(json!([content, 0.0]));
    }
    let mut normalizers = Vec::new();
    if !m.charsmap.is_empty() {
        normalizers
            .push(json!({"type": "Precompiled", "precompiled_charsmap": base64(&m.charsmap)}));
    }
    if m.remove_extra_whitespaces {
        normalizers.push(json!({"type": "Strip", "strip_left": false, "strip_right": true}));
        normalizers
            .push(json!({"type": "Replace", "pattern": {"Regex": " {2,}"}, "content": "\u{2581}"}));
    }
    let prepend = if m.add_dummy_prefix {
        "always"
    } else {
        "never"
    };
    let metaspace = json!({"type": "Metaspace", "replacement": "\u{2581}", "prepend_scheme": prepend,
                           "split": true});
    let eos = json!({"SpecialToken": {"id": "</s>", "type_id": 0}});
    let seq = |id: &str| json!({"Sequence": {"id": id, "type_id": 0}});
    let tokenizer = json!({
        "version": "1.0",
        "truncation": null,
        "padding": null,
        "added_tokens": added,
        "normalizer": {"type": "Sequence", "normalizers": normalizers},
        "pre_tokenizer": metaspace,
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [seq("A"), eos],
            "pair": [seq("A"), eos, seq("B"), eos],
            "special_tokens": {"</s>": {"id": "</s>", "ids": [1], "tokens": ["</s>"]}}
        },
        "decoder": metaspace,
        "model": {"type": "Unigram", "unk_id": unk, "vocab": vocab, "byte_fallback": m.byte_fallback}
    });
    Ok(tokenizer.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_pads_as_the_standard_says() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
        ];
        for (plain, coded) in cases {
            assert_eq!(base64(plain.as_bytes()), coded, "{plain:?}");
        }
        assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
    }

    #[test]
    fn truncated_or_foreign_bytes_are_refused() {
        // A piece field that announces 200 bytes and holds 3.
        let e = tokenizer_json(&[0x0a, 0xc8, 0x01, 1, 2, 3], 100).unwrap_err();
        assert!(e.contains("not a SentencePiece model"), "{e}");
        assert!(tokenizer_json(b"{\"json\": true}", 100).is_err());
        // One piece and a BPE trainer spec (field 2 { field 3: 2 }).
        let bpe = [
            0x0a, 0x05, 0x0a, 0x03, b'a', b'b', b'c', 0x12, 0x02, 0x18, 0x02,
        ];
        let e = tokenizer_json(&bpe, 0).unwrap_err();
        assert!(e.contains("type 2"), "{e}");
    }
}
