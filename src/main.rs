//! The `numcheck` binary: the command line front end lives in the library
//! (`numcheck::cli`), so that its tests and the renderers' snapshots reach it.

fn main() -> std::process::ExitCode {
    numcheck::cli::main()
}
