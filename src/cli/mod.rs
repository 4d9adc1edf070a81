//! The command line front end: clap definitions, walking folders, config
//! discovery, baselines, parallel runs over files, the output formats and
//! exit codes. Everything here is behind the `cli` feature, so the checking
//! core above builds for targets without a file system or threads (wasm32).

pub(crate) mod app;
mod args;
pub mod baseline;
pub(crate) mod discover;
mod globs;
mod output;
pub mod render;
mod walk;

use std::process::ExitCode;

use clap::Parser;

/// Parses the command line, runs it and maps the outcome to an exit code.
pub fn main() -> ExitCode {
    app::run(args::Cli::parse()).code()
}
