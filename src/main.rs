//! The `numcheck` binary: parse the command line, run, map to an exit code.

#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

use std::process::ExitCode;

use clap::Parser;

mod app;
mod cli;
mod discover;
mod globs;
mod output;
mod server;
mod walk;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    app::run(cli).code()
}
