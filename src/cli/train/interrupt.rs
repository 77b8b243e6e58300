//! Ctrl-C (SIGINT), SIGTERM and SIGHUP during `ruse train`.
//!
//! While updates run, the first signal asks the loop to stop after the
//! update in progress (and its evaluation or checkpoint, if one is due) and
//! to save a checkpoint there, so that the same command resumes exactly
//! where it stopped (a cluster's preemption notice is a SIGTERM). A second
//! signal, or one outside the updates (loading, compiling the first
//! programs, the final evaluation), stops the process at once, as without a
//! handler: checkpoints are written atomically, so the newest complete one
//! is where a rerun resumes. The exit status is 130 either way.

use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};

/// The exit status of a run stopped by a signal (128 + SIGINT).
pub const EXIT_STATUS: u8 = 130;

/// No updates running: a signal stops the process at once.
const IDLE: u8 = 0;
/// Updates running: a signal asks for a stop after the update.
const TRAINING: u8 = 1;
/// A stop was asked for: another signal stops the process at once.
const REQUESTED: u8 = 2;

static STATE: AtomicU8 = AtomicU8::new(IDLE);

/// The error a run stopped by a signal ends with (exit status 130); its
/// text says what was saved and how to go on.
#[derive(Debug)]
pub struct Interrupted(pub String);

impl fmt::Display for Interrupted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Interrupted {}

/// Installs the handler (once per process; later calls do nothing). Until
/// [`Updates`] begins, a signal stops the process at once, as by default.
pub fn install() -> anyhow::Result<()> {
    static INSTALLED: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    INSTALLED
        .get_or_init(|| ctrlc::set_handler(on_signal).map_err(|e| e.to_string()))
        .clone()
        .map_err(|e| anyhow::anyhow!("cannot install the Ctrl-C handler: {e}"))
}

fn on_signal() {
    match STATE.compare_exchange(TRAINING, REQUESTED, Ordering::SeqCst, Ordering::SeqCst) {
        Ok(_) => note!(
            "\ninterrupted: stopping after this update and saving a checkpoint \
             (interrupt again to stop at once)"
        ),
        Err(_) => {
            note!(
                "\ninterrupted: stopping now (a rerun of the same command resumes from the \
                 newest checkpoint in output_dir)"
            );
            std::process::exit(i32::from(EXIT_STATUS));
        }
    }
}

/// While alive, a signal asks for a stop after the current update rather
/// than stopping the process.
pub struct Updates(());

impl Updates {
    pub fn begin() -> Updates {
        STATE.store(TRAINING, Ordering::SeqCst);
        Updates(())
    }

    /// Whether a signal asked for a stop.
    pub fn stop_requested(&self) -> bool {
        STATE.load(Ordering::SeqCst) == REQUESTED
    }
}

impl Drop for Updates {
    fn drop(&mut self) {
        STATE.store(IDLE, Ordering::SeqCst);
    }
}
