//! The one error type of the library. Each variant says what was being done;
//! `anyhow` is used only at the CLI edge.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No plugin file for the requested device could be found.
    #[error(
        "no PJRT plugin for --device {device} was found (looked in: {searched}). \
         Install it with `{install}`{setup}, or point RUSE_PJRT_PLUGIN (or --plugin) at the plugin's .so file"
    )]
    PluginNotFound {
        device: String,
        searched: String,
        install: String,
        setup: String,
    },

    /// The plugin file exists (or was named) but could not be loaded.
    #[error("could not load the PJRT plugin {path}: {message}")]
    PluginLoad { path: PathBuf, message: String },

    /// The plugin speaks a PJRT C API that these bindings cannot talk to.
    #[error(
        "the PJRT plugin {path} implements PJRT C API {found}, but ruse was built against API {expected}; \
         the major versions must match (install a plugin built for API {expected}.x)"
    )]
    ApiVersion {
        path: PathBuf,
        found: String,
        expected: String,
    },

    /// A device kind that this machine cannot provide.
    #[error("{0}")]
    DeviceUnavailable(String),

    /// A PJRT C API call returned an error.
    #[error("{call} failed: {message}")]
    Pjrt {
        call: &'static str,
        message: String,
        /// The plugin's error code is UNIMPLEMENTED (what it does not support).
        unimplemented: bool,
    },

    /// The plugin's API table lacks a function that ruse needs.
    #[error("the PJRT plugin does not implement {0}")]
    MissingFunction(&'static str),

    /// An argument given to a runtime call does not fit what it expects.
    #[error("{0}")]
    InvalidArgument(String),

    /// A configuration key that is unknown or has a bad value.
    #[error("config key '{key}': {reason}")]
    Config { key: String, reason: String },

    /// A file that cannot be read or written, or holds bad data.
    #[error("{path}: {reason}")]
    File { path: String, reason: String },

    /// An operation that cannot be built from its operands.
    #[error("{op}: {message}")]
    Graph { op: String, message: String },

    /// A task whose data cannot be used (empty, too small for the replicas).
    #[error("task '{task}': {reason}")]
    Data { task: String, reason: String },

    /// Training produced a non-finite loss or gradient norm.
    #[error("step {step} (task {task}): the {what} is {value}; training stopped before writing anything from this step")]
    Diverged {
        step: usize,
        task: String,
        what: &'static str,
        value: f64,
    },

    /// Tensor data and shapes that do not agree.
    #[error("{op}: shape mismatch: {lhs} vs {rhs}")]
    ShapeMismatch {
        op: String,
        lhs: String,
        rhs: String,
    },
}

impl Error {
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::InvalidArgument(message.into())
    }

    /// `Error::File` for `path`, with what went wrong there.
    pub fn file(path: &std::path::Path, reason: impl Into<String>) -> Self {
        Error::File {
            path: path.display().to_string(),
            reason: reason.into(),
        }
    }
}
