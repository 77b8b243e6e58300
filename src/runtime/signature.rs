//! Reads the argument and result types of `@main` from StableHLO text, so
//! that a call with the wrong arguments is refused with a clear error before
//! it reaches the plugin.

use super::element::ElementType;
use super::tensor::TensorSpec;

/// Argument and result types of a module's `@main`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub inputs: Vec<TensorSpec>,
    pub outputs: Vec<TensorSpec>,
}

/// Parses `tensor<2x3xf32>` (or `tensor<f32>`).
pub fn parse_tensor_type(text: &str) -> Option<TensorSpec> {
    let inner = text.trim().strip_prefix("tensor<")?.strip_suffix('>')?;
    let mut parts: Vec<&str> = inner.split('x').collect();
    let ty = ElementType::from_mlir_name(parts.pop()?.trim())?;
    let dims = parts
        .iter()
        .map(|d| d.trim().parse::<i64>().ok())
        .collect::<Option<Vec<i64>>>()?;
    Some(TensorSpec { ty, dims })
}

/// All `tensor<...>` types in `text`, outside `{...}` attribute dictionaries.
fn tensor_types(text: &str) -> Option<Vec<TensorSpec>> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut depth = 0i64;
    while let Some(start) = rest.find("tensor<") {
        let head = &rest[..start];
        depth += head.matches('{').count() as i64 - head.matches('}').count() as i64;
        let tail = &rest[start..];
        let end = tail.find('>')?;
        if depth == 0 {
            out.push(parse_tensor_type(&tail[..=end])?);
        }
        rest = &tail[end + 1..];
    }
    Some(out)
}

/// Finds the closing parenthesis matching the one at `open`.
fn matching_paren(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The signature of `func.func public @main`, if it can be read.
pub fn parse_main_signature(module: &str) -> Option<Signature> {
    let at = module.find("@main(")?;
    let open = at + "@main".len();
    let close = matching_paren(module, open)?;
    let inputs = tensor_types(&module[open + 1..close])?;
    let after = &module[close + 1..];
    let body = after.find('{')?;
    let results = after[..body].trim().strip_prefix("->")?;
    let outputs = tensor_types(results)?;
    Some(Signature { inputs, outputs })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_arguments_with_attributes_and_tuple_results() {
        let text = "module @m {\n  func.func public @main(%arg0: tensor<2x3xf32> \
                    {tf.aliasing_output = 0 : i32}, %arg1: tensor<i32>) -> (tensor<2x3xf32>, tensor<ui32>) {\n";
        let sig = parse_main_signature(text).unwrap();
        assert_eq!(sig.inputs.len(), 2);
        assert_eq!(sig.inputs[0].to_string(), "f32[2,3]");
        assert_eq!(sig.inputs[1].to_string(), "s32[]");
        assert_eq!(sig.outputs[1].to_string(), "u32[]");
    }

    #[test]
    fn reads_single_result() {
        let text = "func.func public @main(%a: tensor<4xbf16>) -> tensor<4xi1> {";
        let sig = parse_main_signature(text).unwrap();
        assert_eq!(sig.outputs[0].to_string(), "pred[4]");
    }
}
