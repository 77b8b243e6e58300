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
    match ruse::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
