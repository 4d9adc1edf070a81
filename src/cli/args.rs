//! The command line, as clap derive definitions only.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Finds numbers that contradict each other inside one text.
#[derive(Debug, Parser)]
#[command(name = "numcheck", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check files and folders for numbers that contradict each other.
    Check(CheckArgs),
    /// Print every number found, typed, with its interval.
    Extract(ExtractArgs),
    /// List the rules.
    Rules,
    /// Print the documentation of one rule.
    Explain {
        /// A rule id, e.g. `sum-mismatch`.
        rule: String,
    },
    /// Print the configuration that applies to a file or folder, and where it comes from.
    Config {
        /// The file or folder whose configuration to show.
        #[arg(default_value = ".")]
        path: PathBuf,
        #[command(flatten)]
        config: ConfigArgs,
    },
    /// Run the language server (LSP over standard input and output) for editors.
    Server,
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files or folders to read; `-` reads standard input.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// The path standard input is shown under (and read as: `.md` or `.txt`).
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    /// Also read files matching this glob when walking folders (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Skip files and folders matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Apply excludes to paths named on the command line too (for pre-commit).
    #[arg(long)]
    pub force_exclude: bool,
    /// Read files that .gitignore, .ignore and hidden-file rules would skip.
    #[arg(long)]
    pub no_ignore: bool,
    /// Files checked at once; default: one per core.
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Use this configuration file for every input instead of discovering one.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    pub isolated: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Table)]
    pub format: ExtractFormat,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, env = "NUMCHECK_FORMAT", default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Write the report to this file instead of standard output (the exit status is unchanged).
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Show findings of this severity and above.
    #[arg(long, value_enum, default_value_t = SeverityArg::Warning)]
    pub min_severity: SeverityArg,
    /// Exit 1 when a finding of this severity or above is shown.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Exit 0 even when findings are shown (still 2 on errors).
    #[arg(long)]
    pub exit_zero: bool,
    /// Print how many findings each rule gave instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Print findings only: no summary, no notes on standard error.
    #[arg(short, long)]
    pub quiet: bool,
    /// Run only these rules (comma-separated or repeated), over the configuration.
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub select: Vec<String>,
    /// Do not run these rules (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub ignore: Vec<String>,
    /// Hide the findings recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings in this baseline file and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub write_baseline: Option<PathBuf>,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Code frames with the arithmetic, for people.
    Human,
    /// `path:line:col: severity[rule] message`, for editors.
    Concise,
    /// One JSON object (fields pinned in DESIGN.md).
    Json,
    /// One JSON finding per line.
    Jsonl,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions annotations.
    Github,
    /// reviewdog's diagnostic result.
    Rdjson,
    /// reviewdog's diagnostics, one per line.
    Rdjsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    Info,
    Warning,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Error,
    /// Never exit 1.
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definitions_are_consistent() {
        Cli::command().debug_assert();
    }
}
