//! What the commands print: results on stdout, progress bars and notes on
//! stderr, and the compile cache's figures.

use indicatif::{ProgressBar, ProgressStyle};

use crate::runtime::Client;

/// A line on stdout from a long job: if stdout's reader went away (`ruse
/// train ... | head`), the line is dropped and the job goes on to write its
/// files, instead of panicking as `println!` does.
pub(crate) fn print_out(line: std::fmt::Arguments) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

/// How many programs `client` loaded from its compile cache and how many it
/// compiled into it so far; (0, 0) without a cache.
pub(crate) fn cache_counts(client: &Client) -> (usize, usize) {
    client.compile_cache().map_or((0, 0), |c| c.counts())
}

/// "compiled the X in S s", or what came from the compile cache: `loaded`
/// programs loaded and `compiled` compiled in those seconds.
pub(crate) fn obtained(what: &str, seconds: f64, loaded: usize, compiled: usize) -> String {
    if loaded > 0 && compiled == 0 {
        format!("loaded the {what} from the compile cache in {seconds:.1} s")
    } else if loaded > 0 {
        format!(
            "obtained the {what} in {seconds:.1} s ({loaded} loaded from the compile cache, \
             {compiled} compiled)"
        )
    } else {
        format!("compiled the {what} in {seconds:.1} s")
    }
}

/// The compile cache's figures for this run, on stderr, when one is in use.
pub(crate) fn report_compile_cache(client: &Client) {
    if let Some(c) = client.compile_cache() {
        let (hits, misses) = c.counts();
        // What the directory holds in all, so that its growth is seen; a
        // listing that fails only leaves the figure out.
        let held = crate::cache_files::compile_cache(c.dir())
            .map(|r| {
                let bytes: u64 = r.entries.iter().map(|e| e.bytes).sum();
                format!(
                    "; it holds {} ({}; `ruse cache` lists and prunes it)",
                    crate::cache_files::Kind::Compiled.count(r.entries.len()),
                    crate::cache_files::human_bytes(bytes)
                )
            })
            .unwrap_or_default();
        note!(
            "compile cache {}: {hits} program(s) loaded, {misses} compiled and added{held}",
            c.dir().display()
        );
    }
}

/// A progress bar on stderr with `template` (indicatif's syntax), hidden
/// when stderr is not a terminal. It redraws every half second, so its
/// elapsed time keeps moving through a long compile or evaluation.
pub(crate) fn progress_bar(total: usize, template: &str) -> ProgressBar {
    let pb = ProgressBar::new(total as u64);
    pb.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(500));
    pb
}

/// A bar over the examples of a whole evaluation (`ruse eval`, the final
/// evaluations of `ruse train`), moved by [`show_eval`].
pub(crate) fn eval_bar() -> ProgressBar {
    progress_bar(
        0,
        "{spinner} {pos}/{len} examples {msg} [{elapsed_precise}]",
    )
}

/// Shows on `pb` which task an evaluation of `split` is at.
pub(crate) fn show_eval(pb: &ProgressBar, split: &str, p: crate::train::eval::TaskProgress) {
    pb.set_length(p.total as u64);
    pb.set_position(p.done as u64);
    pb.set_message(format!("evaluating {} on {split}", p.task));
}

/// Prints a line above the progress bar (or on its own when the bar is
/// hidden, where indicatif would drop it).
pub(crate) fn say(pb: &ProgressBar, line: &str) {
    if pb.is_hidden() {
        note!("{line}")
    } else {
        pb.println(line)
    }
}
