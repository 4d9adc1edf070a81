//! Orchestration: read the inputs, run the pipeline on each, render, and
//! decide the exit status. Per-file errors are reported and do not stop the run.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use numcheck::interval::Tolerances;
use numcheck::render;
use numcheck::segment::Syntax;
use numcheck::{Document, FileReport};

use crate::cli::{
    CheckArgs, CheckFormat, Cli, ColorChoice, Command, ExtractArgs, ExtractFormat, SeverityArg,
};
use crate::walk::{self, Input};
use numcheck::finding::Severity;
use numcheck::rules;

/// How a run ended, as ripgrep and ruff report it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing to report.
    Clean,
    /// Findings at or above the failing severity.
    Findings,
    /// A usage error or a file that could not be read.
    Error,
}

impl Status {
    pub fn code(self) -> ExitCode {
        ExitCode::from(match self {
            Status::Clean => 0,
            Status::Findings => 1,
            Status::Error => 2,
        })
    }
}

pub fn run(cli: Cli) -> Status {
    let result = match cli.command {
        Command::Extract(args) => extract(&args),
        Command::Check(args) => check(&args),
        Command::Rules => rules(),
        Command::Explain { rule } => explain(&rule),
    };
    match result {
        Ok(status) => status,
        // A closed pipe ("numcheck check . | head") is a normal way to stop.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Status::Clean,
        Err(e) => {
            eprintln!("numcheck: {e}");
            Status::Error
        }
    }
}

/// A readable input: its display path and text.
struct Loaded {
    path: String,
    text: String,
    syntax: Syntax,
}

/// Reads every input; prints one line per unreadable one.
fn load_all(paths: &[std::path::PathBuf]) -> (Vec<Loaded>, bool) {
    let (inputs, walk_errors) = walk::inputs(paths);
    let mut failed = false;
    for e in walk_errors {
        eprintln!("numcheck: {}: {}", e.path.display(), e.message);
        failed = true;
    }
    let mut loaded = Vec::new();
    for input in inputs {
        match load(&input) {
            Ok(l) => loaded.push(l),
            Err((path, message)) => {
                eprintln!("numcheck: {path}: {message}");
                failed = true;
            }
        }
    }
    (loaded, failed)
}

fn load(input: &Input) -> Result<Loaded, (String, String)> {
    let (path, bytes) = match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| ("<stdin>".to_string(), e.to_string()))?;
            ("<stdin>".to_string(), buf)
        }
        Input::File(p) => {
            let shown = p.display().to_string();
            match std::fs::read(p) {
                Ok(b) => (shown, b),
                Err(e) => return Err((shown, describe_io(&e))),
            }
        }
    };
    if bytes.contains(&0) {
        return Err((
            path,
            "binary file (contains NUL bytes), skipped".to_string(),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        (
            path.clone(),
            format!("not valid UTF-8 (at byte {at}), skipped"),
        )
    })?;
    let syntax = if path.ends_with(".txt") || path == "<stdin>" {
        Syntax::Plain
    } else {
        Syntax::Markdown
    };
    Ok(Loaded { path, text, syntax })
}

fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => e.to_string(),
    }
}

fn extract(args: &ExtractArgs) -> io::Result<Status> {
    let (loaded, failed) = load_all(&args.input.paths);
    let tolerances = Tolerances::default();
    let reports: Vec<FileReport> = loaded
        .iter()
        .map(|l| FileReport::new(&l.path, Document::new(&l.text, l.syntax, &tolerances)))
        .collect();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        ExtractFormat::Json => render::extract::json(&reports, &mut out)?,
        ExtractFormat::Table => render::extract::table(&reports, &mut out)?,
    }
    out.flush()?;
    Ok(if failed { Status::Error } else { Status::Clean })
}

fn check(args: &CheckArgs) -> io::Result<Status> {
    let (loaded, failed) = load_all(&args.input.paths);
    let tolerances = Tolerances::default();
    let min = match args.min_severity {
        SeverityArg::Info => Severity::Info,
        SeverityArg::Warning => Severity::Warning,
        SeverityArg::Error => Severity::Error,
    };
    let mut reports: Vec<FileReport> = loaded
        .iter()
        .map(|l| FileReport::checked(&l.path, Document::new(&l.text, l.syntax, &tolerances)))
        .collect();
    for r in &mut reports {
        r.findings.retain(|f| f.severity >= min);
    }
    let failing = reports
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| f.severity >= Severity::Error);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        CheckFormat::Human => render::human::render(&reports, use_color(args.color), &mut out)?,
        CheckFormat::Concise => render::concise::render(&reports, &mut out)?,
        CheckFormat::Json => render::json::render(&reports, &mut out)?,
    }
    out.flush()?;
    Ok(if failed {
        Status::Error
    } else if failing {
        Status::Findings
    } else {
        Status::Clean
    })
}

/// Colour on a terminal unless `NO_COLOR` is set, or as forced.
fn use_color(choice: ColorChoice) -> bool {
    use std::io::IsTerminal;
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

fn rules() -> io::Result<Status> {
    let mut out = io::stdout().lock();
    for rule in rules::ALL {
        writeln!(out, "{:<22} {}", rule.id, rule.summary)?;
    }
    Ok(Status::Clean)
}

fn explain(id: &str) -> io::Result<Status> {
    let Some(rule) = rules::by_id(id) else {
        let known: Vec<&str> = rules::ALL.iter().map(|r| r.id).collect();
        eprintln!(
            "numcheck: unknown rule `{id}`; the rules are: {}",
            known.join(", ")
        );
        return Ok(Status::Error);
    };
    let mut out = io::stdout().lock();
    writeln!(out, "# {}\n\n{}\n\n{}", rule.id, rule.summary, rule.docs)?;
    Ok(Status::Clean)
}
