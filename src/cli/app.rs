//! Orchestration: find the inputs and their configuration, run the pipeline
//! on each in parallel, filter, render in order, and decide the exit status.
//! Per-file errors are reported and do not stop the run.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use rayon::prelude::*;

use crate::cli::baseline::{self, Baseline, Entry, Matcher};
use crate::cli::render::{self, Emitter, Format, Totals};
use crate::finding::Severity;
use crate::{Document, FileReport, rules};

use crate::cli::args::{
    CheckArgs, CheckFormat, Cli, ColorChoice, Command, ConfigArgs, ExtractArgs, ExtractFormat,
    FailOn, InputArgs, SeverityArg,
};
use crate::cli::discover::Discovery;
use crate::cli::globs::Globs;
use crate::cli::output::Output;
use crate::cli::walk::{self, Input, Job, Selection};

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
        Command::Config { path, config } => show_config(&path, &config),
        Command::Server => return crate::server::run(),
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

/// Files read and checked at once: enough to keep every thread busy, few
/// enough that memory does not grow with the number of files.
const CHUNK: usize = 1024;
/// The most text read at once, past the first file of a chunk.
const CHUNK_BYTES: u64 = 16 << 20;

/// A file's text, or why it could not be read.
struct Loaded {
    job: Job,
    text: Result<String, String>,
}

/// What a run reads: the command line's selection and the configurations
/// that govern the files. Bad globs and configurations fail here, before
/// anything is read.
struct Plan {
    discovery: Discovery,
    selection: Selection,
}

fn plan(args: &InputArgs) -> Result<Plan, String> {
    let discovery = Discovery::new(args.config.config.as_deref(), args.config.isolated)?;
    let selection = Selection {
        include: Globs::new(&args.include)?,
        exclude: Globs::new(&args.exclude)?,
        force_exclude: args.force_exclude,
        no_ignore: args.no_ignore,
        stdin_filename: args.stdin_filename.clone(),
    };
    Ok(Plan {
        discovery,
        selection,
    })
}

/// Walks the inputs and hands their jobs to `consume` as they are found:
/// from a thread of its own when several threads check, so that the walk
/// (and the look at each file) overlaps the checking; first, on this
/// thread, under `-j 1` (one core) or for a single named file. Returns what `consume` returned and whether an
/// input could not be walked (each is reported on one line).
fn walked<R>(
    args: &InputArgs,
    plan: Plan,
    consume: impl FnOnce(&mut dyn Iterator<Item = Job>) -> R,
) -> (R, bool) {
    let Plan {
        mut discovery,
        selection,
    } = plan;
    // One named file needs no walk worth a thread; nor does `-j 1`.
    let one_file = matches!(args.paths.as_slice(), [p] if !p.is_dir());
    if args.threads == Some(1) || args.paths.is_empty() || one_file {
        let mut jobs = Vec::new();
        let errors = walk::jobs(&args.paths, &selection, &mut discovery, &mut |job| {
            jobs.push(job);
            true
        });
        let failed = report_walk_errors(&errors);
        return (consume(&mut jobs.into_iter()), failed);
    }
    std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel(CHUNK * 4);
        let walker = scope.spawn(move || {
            // A failed send means the reader stopped (a closed pipe): so does the walk.
            let errors = walk::jobs(&args.paths, &selection, &mut discovery, &mut |job| {
                send.send(job).is_ok()
            });
            report_walk_errors(&errors)
        });
        let mut jobs = receive.into_iter();
        let result = consume(&mut jobs);
        drop(jobs);
        (result, walker.join().unwrap_or(true))
    })
}

fn report_walk_errors(errors: &[walk::WalkError]) -> bool {
    for e in errors {
        if e.path.is_empty() {
            eprintln!("numcheck: {}", e.message);
        } else {
            eprintln!("numcheck: {}: {}", e.path, e.message);
        }
    }
    !errors.is_empty()
}

fn load(job: Job) -> Loaded {
    let bytes = match &job.input {
        Input::Stdin => {
            let mut buf = Vec::new();
            io::stdin().read_to_end(&mut buf).map(|_| buf)
        }
        Input::File(p) => read_file(p, job.bytes),
    };
    let text = bytes.map_err(|e| describe_io(&e)).and_then(decode);
    Loaded { job, text }
}

/// A file's bytes, as `std::fs::read` reads them but without its second
/// look at the file's length: the walk has measured it already.
fn read_file(path: &Path, len: u64) -> io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    // A byte more than measured, so that the end is seen without growing.
    bytes.try_reserve_exact(usize::try_from(len.saturating_add(1)).unwrap_or(0))?;
    // `Take` reads with the plain loop, which asks nothing of the file system.
    file.take(u64::MAX).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Text from bytes: NUL bytes mean a binary file (skipped, as ripgrep
/// does); invalid UTF-8 is refused with its byte offset rather than guessed.
fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if memchr::memchr(0, &bytes).is_some() {
        return Err("binary file (contains NUL bytes), skipped".to_string());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not valid UTF-8 (at byte {at}), skipped")
    })
}

fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => e.to_string(),
    }
}

/// A thread pool of the asked size (default: one per core).
fn pool(threads: Option<usize>) -> io::Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(io::Error::other)
}

/// Runs `each` on every readable input, chunk by chunk, in input order;
/// unreadable ones are reported. Returns whether any input failed.
fn for_each_report(
    jobs: &mut dyn Iterator<Item = Job>,
    threads: Option<usize>,
    checked: bool,
    mut each: impl FnMut(FileReport) -> io::Result<()>,
) -> io::Result<bool> {
    let pool = pool(threads)?;
    let mut failed = false;
    let mut jobs = jobs.peekable();
    while jobs.peek().is_some() {
        // A chunk ends at CHUNK files or CHUNK_BYTES of text, whichever
        // comes first, so that memory stays flat with many large files (a
        // large file's windows are checked in parallel instead).
        let (mut chunk, mut bytes) = (Vec::new(), 0);
        while chunk.len() < CHUNK && bytes < CHUNK_BYTES {
            let Some(job) = jobs.next() else { break };
            bytes += job.bytes;
            chunk.push(job);
        }
        let loaded: Vec<Loaded> = pool.install(|| chunk.into_par_iter().map(load).collect());
        let reports: Vec<Result<FileReport, (&str, &str)>> = pool.install(|| {
            loaded
                .par_iter()
                .map(|l| match &l.text {
                    Ok(text) => {
                        let settings = &l.job.config.settings;
                        let syntax = l.job.syntax.sniffed(text);
                        Ok(if checked {
                            FileReport::check_text(&l.job.path, text, syntax, settings)
                        } else {
                            let doc = Document::new(text, syntax, &settings.tolerances);
                            FileReport::new(&l.job.path, doc)
                        })
                    }
                    Err(message) => Err((l.job.path.as_str(), message.as_str())),
                })
                .collect()
        });
        for report in reports {
            match report {
                Ok(r) => each(r)?,
                Err((path, message)) => {
                    eprintln!("numcheck: {path}: {message}");
                    failed = true;
                }
            }
        }
    }
    Ok(failed)
}

fn extract(args: &ExtractArgs) -> io::Result<Status> {
    let plan = match plan(&args.input) {
        Ok(p) => p,
        Err(e) => return usage(&e),
    };
    let mut emitter: Box<dyn Emitter> = match args.format {
        ExtractFormat::Table => Box::new(render::extract::Table),
        ExtractFormat::Json => Box::new(render::extract::Json::default()),
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let (result, mut failed) = walked(&args.input, plan, |jobs| {
        for_each_report(jobs, args.input.threads, false, |r| {
            emitter.file(&r, &mut out)
        })
    });
    failed |= result?;
    emitter.finish(&Totals::default(), &mut out)?;
    out.flush()?;
    Ok(if failed { Status::Error } else { Status::Clean })
}

fn check(args: &CheckArgs) -> io::Result<Status> {
    let plan = match plan(&args.input) {
        Ok(p) => p,
        Err(e) => return usage(&e),
    };
    for id in args.select.iter().chain(&args.ignore) {
        if rules::by_id(id).is_none() {
            return usage(&format!("unknown rule `{id}`; `numcheck rules` lists them"));
        }
    }
    let mut matcher = match &args.baseline {
        Some(path) => match read_baseline(path) {
            Ok(b) => Some(Matcher::new(&b)),
            Err(e) => return usage(&e),
        },
        None => None,
    };
    let fail_on = match args.fail_on {
        FailOn::Info => Some(Severity::Info),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Error => Some(Severity::Error),
        FailOn::Never => None,
    };
    // What would fail the run is always shown.
    let shown = fail_on.map_or(severity(args.min_severity), |f| {
        f.min(severity(args.min_severity))
    });
    let format = if args.statistics {
        Format::Statistics
    } else {
        format(
            args.format,
            use_color(args.color, args.output_file.is_some()),
            !args.quiet,
        )
    };
    let mut output = Output::open(args.output_file.as_deref())?;
    let mut emitter = render::emitter(format);
    let mut totals = Totals::default();
    let mut recorded: Vec<Entry> = Vec::new();
    let mut checked_paths = Vec::new();
    let (result, mut failed) = walked(&args.input, plan, |jobs| {
        for_each_report(jobs, args.input.threads, true, |mut report| {
            let restricted = |f: &crate::finding::Finding| {
                (args.select.is_empty() || args.select.iter().any(|s| s == f.rule))
                    && !args.ignore.iter().any(|s| s == f.rule)
            };
            report.findings.retain(restricted);
            if args.write_baseline.is_some() {
                recorded.extend(
                    report
                        .findings
                        .iter()
                        .map(|f| Entry::of(&report.path, &report.doc, f)),
                );
                return Ok(());
            }
            if let Some(m) = &mut matcher {
                checked_paths.push(baseline::normalise_path(&report.path));
                let doc = &report.doc;
                let path = report.path.clone();
                report
                    .findings
                    .retain(|f| !m.hides(&Entry::of(&path, doc, f)));
            }
            report.findings.retain(|f| f.severity >= shown);
            totals.add(&report);
            emitter.file(&report, output.writer())
        })
    });
    failed |= match result {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Err(e),
        Err(e) => {
            eprintln!("numcheck: cannot write the report: {e}");
            true
        }
    };
    if let Some(path) = &args.write_baseline {
        return write_baseline(path, recorded, failed, args.quiet);
    }
    emitter.finish(&totals, output.writer())?;
    if let Err(e) = output.commit() {
        eprintln!("numcheck: {e}");
        failed = true;
    }
    if let Some(m) = &matcher {
        let stale = m.stale(&checked_paths);
        if stale > 0 && !args.quiet {
            eprintln!(
                "numcheck: {stale} baseline entr{} matched nothing (fixed?); rewrite it with --write-baseline",
                if stale == 1 { "y" } else { "ies" }
            );
        }
    }
    let failing = fail_on.is_some_and(|f| {
        totals
            .by_severity
            .iter()
            .enumerate()
            .any(|(s, &n)| n > 0 && s >= f as usize)
    });
    Ok(if failed {
        Status::Error
    } else if failing && !args.exit_zero {
        Status::Findings
    } else {
        Status::Clean
    })
}

fn usage(message: &str) -> io::Result<Status> {
    eprintln!("numcheck: {message}");
    Ok(Status::Error)
}

fn severity(s: SeverityArg) -> Severity {
    match s {
        SeverityArg::Info => Severity::Info,
        SeverityArg::Warning => Severity::Warning,
        SeverityArg::Error => Severity::Error,
    }
}

fn format(f: CheckFormat, color: bool, summary: bool) -> Format {
    match f {
        CheckFormat::Human => Format::Human { color, summary },
        CheckFormat::Concise => Format::Concise,
        CheckFormat::Json => Format::Json,
        CheckFormat::Jsonl => Format::Jsonl,
        CheckFormat::Sarif => Format::Sarif,
        CheckFormat::Github => Format::Github,
        CheckFormat::Rdjson => Format::Rdjson,
        CheckFormat::Rdjsonl => Format::Rdjsonl,
    }
}

fn read_baseline(path: &Path) -> Result<Baseline, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {}", path.display(), describe_io(&e)))?;
    serde_json::from_str(&text)
        .map_err(|e| format!("{}: not a numcheck baseline: {e}", path.display()))
}

fn write_baseline(
    path: &Path,
    findings: Vec<Entry>,
    failed: bool,
    quiet: bool,
) -> io::Result<Status> {
    let n = findings.len();
    let baseline = Baseline {
        version: 1,
        findings,
    };
    let mut output = Output::open(Some(path))?;
    serde_json::to_writer_pretty(output.writer(), &baseline)?;
    writeln!(output.writer())?;
    if let Err(e) = output.commit() {
        eprintln!("numcheck: {e}");
        return Ok(Status::Error);
    }
    if !quiet {
        eprintln!(
            "numcheck: recorded {n} finding{} in {}",
            if n == 1 { "" } else { "s" },
            path.display()
        );
    }
    Ok(if failed { Status::Error } else { Status::Clean })
}

/// Colour on a terminal unless `NO_COLOR` is set, or as forced; never in a file.
fn use_color(choice: ColorChoice, to_file: bool) -> bool {
    use std::io::IsTerminal;
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            !to_file
                && io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

fn rules() -> io::Result<Status> {
    let mut out = io::stdout().lock();
    for rule in rules::every() {
        writeln!(out, "{:<22} {}", rule.id, rule.summary)?;
    }
    Ok(Status::Clean)
}

fn explain(id: &str) -> io::Result<Status> {
    let Some(rule) = rules::by_id(id) else {
        let known: Vec<&str> = rules::every().map(|r| r.id).collect();
        return usage(&format!(
            "unknown rule `{id}`; the rules are: {}",
            known.join(", ")
        ));
    };
    let mut out = io::stdout().lock();
    writeln!(out, "# {}\n\n{}\n\n{}", rule.id, rule.summary, rule.docs)?;
    Ok(Status::Clean)
}

fn show_config(path: &Path, args: &ConfigArgs) -> io::Result<Status> {
    let resolved = match Discovery::new(args.config.as_deref(), args.isolated).and_then(|mut d| {
        let abs = crate::cli::discover::absolute(path, &d.cwd);
        d.for_path(&abs, path.is_dir())
    }) {
        Ok(r) => r,
        Err(e) => return usage(&e),
    };
    let mut out = io::stdout().lock();
    match &resolved.source {
        Some(source) => writeln!(out, "# from {}", source.display())?,
        None => writeln!(out, "# defaults (no configuration file found)")?,
    }
    writeln!(out, "{}", resolved.config.to_toml())?;
    Ok(Status::Clean)
}
