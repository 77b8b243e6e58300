//! Sharing compilations between programs that differ only in their name.
//!
//! A run's per-task programs are often the same computation: with full
//! fine-tuning every task of one decode length has the same step, and with
//! per-task adapters of one shape the programs differ only in which buffers
//! are passed in. XLA compiles each text anew, so a run with 8 such tasks
//! would compile the same program 8 times.

use std::collections::HashMap;
use std::sync::Arc;

use super::client::Client;
use super::compile_options::CompileOptions;
use super::executable::Executable;
use crate::error::Result;

/// Executables by program text (module name left out) and options.
pub struct ExecutableCache {
    map: HashMap<(String, CompileOptions), Arc<Executable>>,
    share: bool,
    compiled: usize,
}

impl Default for ExecutableCache {
    fn default() -> Self {
        ExecutableCache {
            map: HashMap::new(),
            share: true,
            compiled: 0,
        }
    }
}

/// A compiled program, and whether it came from the cache.
pub struct Shared {
    pub exe: Arc<Executable>,
    pub reused: bool,
}

impl ExecutableCache {
    pub fn new() -> ExecutableCache {
        ExecutableCache::default()
    }

    /// With `false`, every program is compiled on its own (for comparisons).
    pub fn set_sharing(&mut self, share: bool) {
        self.share = share;
    }

    /// The executable of `stablehlo`: one compiled earlier for the same text
    /// up to the module's name, or a new compilation.
    pub fn compile(
        &mut self,
        client: &Client,
        stablehlo: &str,
        options: CompileOptions,
    ) -> Result<Shared> {
        let key = self
            .share
            .then(|| (without_module_name(stablehlo), options));
        if let Some(exe) = key.as_ref().and_then(|k| self.map.get(k)) {
            return Ok(Shared {
                exe: Arc::clone(exe),
                reused: true,
            });
        }
        let exe = Arc::new(client.compile(stablehlo, options)?);
        self.compiled += 1;
        if let Some(key) = key {
            self.map.insert(key, Arc::clone(&exe));
        }
        Ok(Shared { exe, reused: false })
    }

    /// How many programs were compiled.
    pub fn compiled(&self) -> usize {
        self.compiled
    }
}

/// The text with the name of its `module @name` header removed.
fn without_module_name(text: &str) -> String {
    let Some(start) = text.find("module @") else {
        return text.to_string();
    };
    let name_start = start + "module @".len();
    let name_end = text[name_start..]
        .find(|c: char| c.is_whitespace() || c == '{')
        .map_or(text.len(), |i| name_start + i);
    format!("{}module @_{}", &text[..start], &text[name_end..])
}

#[cfg(test)]
mod tests {
    use super::without_module_name;

    #[test]
    fn the_module_name_alone_is_left_out() {
        let a = "module @trec_step attributes {x} {\n  func.func public @main() {}\n}";
        let b = "module @sms_spam_step attributes {x} {\n  func.func public @main() {}\n}";
        let c = "module @trec_step attributes {y} {\n  func.func public @main() {}\n}";
        assert_eq!(without_module_name(a), without_module_name(b));
        assert_ne!(without_module_name(a), without_module_name(c));
        assert!(without_module_name(a).contains("@main"));
    }
}
