use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // XLA logs through absl to stderr; keep ruse's own output readable unless
    // the user asked for the plugin's logs (TF_CPP_MIN_LOG_LEVEL=0). This runs
    // before any thread exists.
    if std::env::var_os("TF_CPP_MIN_LOG_LEVEL").is_none() {
        std::env::set_var("TF_CPP_MIN_LOG_LEVEL", "1");
    }
    let cli = ruse::cli::Cli::parse();
    if cli.ends_on_sigpipe() {
        // SAFETY: still single-threaded; SIG_DFL is a valid disposition.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    // Still single-threaded: XLA reads its flags when the plugin starts.
    if let Some(device) = cli.device_args() {
        let existing = std::env::var("XLA_FLAGS").unwrap_or_default();
        if let Some(flags) = ruse::cli::extra_xla_flags(device, &existing) {
            std::env::set_var("XLA_FLAGS", flags);
        }
    }
    match ruse::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if let Some(stopped) = err.downcast_ref::<ruse::cli::Interrupted>() {
                let _ = writeln!(std::io::stderr(), "{stopped}");
                return ExitCode::from(ruse::cli::INTERRUPTED_EXIT_STATUS);
            }
            // Never a panic, even where stderr's reader went away.
            let _ = writeln!(std::io::stderr(), "error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
