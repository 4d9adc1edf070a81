//! Renderers: one module per output format. Each is an [`Emitter`] that is
//! handed one file's report at a time, in order, and a closing summary, so
//! reports stream out and memory stays flat however many files are checked.

pub mod concise;
pub mod extract;
pub mod github;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod rdjson;
pub mod sarif;
pub mod statistics;

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::FileReport;
use crate::finding::Finding;
use crate::source::Position;

/// The output formats of `numcheck check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `summary`: end with the count line.
    Human {
        color: bool,
        summary: bool,
    },
    Concise,
    Json,
    Jsonl,
    Sarif,
    Github,
    Rdjson,
    Rdjsonl,
    Statistics,
}

/// A format's writer: one call per file in output order, then `finish`.
pub trait Emitter {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()>;
    fn finish(&mut self, totals: &Totals, out: &mut dyn Write) -> io::Result<()>;
}

/// The emitter for a format.
pub fn emitter(format: Format) -> Box<dyn Emitter> {
    match format {
        Format::Human { color, summary } => Box::new(human::Human::new(color, summary)),
        Format::Concise => Box::new(concise::Concise),
        Format::Json => Box::new(json::Json::default()),
        Format::Jsonl => Box::new(jsonl::Jsonl),
        Format::Sarif => Box::new(sarif::Sarif::default()),
        Format::Github => Box::new(github::Github),
        Format::Rdjson => Box::new(rdjson::Rdjson::document()),
        Format::Rdjsonl => Box::new(rdjson::Rdjson::lines()),
        Format::Statistics => Box::new(statistics::Statistics),
    }
}

/// Renders whole reports at once (tests, small tools).
pub fn to_writer(format: Format, reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    let mut emitter = emitter(format);
    let mut totals = Totals::default();
    for r in reports {
        totals.add(r);
        emitter.file(r, out)?;
    }
    emitter.finish(&totals, out)
}

/// What a run found, for summaries and `--statistics`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub files: usize,
    pub quantities: usize,
    pub claims: usize,
    /// Shown findings by severity: info, warning, error.
    pub by_severity: [usize; 3],
    pub by_rule: BTreeMap<&'static str, usize>,
}

impl Totals {
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        self.quantities += report.quantities;
        self.claims += report.claims;
        for f in &report.findings {
            if let Some(n) = self.by_severity.get_mut(f.severity as usize) {
                *n += 1;
            }
            *self.by_rule.entry(f.rule).or_insert(0) += 1;
        }
    }

    pub fn findings(&self) -> usize {
        self.by_severity.iter().sum()
    }

    /// "3 findings (2 error, 1 warning, 0 info)".
    pub fn sentence(&self) -> String {
        let [info, warning, error] = self.by_severity;
        let total = self.findings();
        format!(
            "{total} finding{} ({error} error, {warning} warning, {info} info) in {} file{}",
            if total == 1 { "" } else { "s" },
            self.files,
            if self.files == 1 { "" } else { "s" }
        )
    }
}

/// A finding with the file it was found in and its resolved positions.
pub struct Located<'a> {
    pub report: &'a FileReport<'a>,
    pub finding: &'a Finding,
    pub start: Position,
    pub end: Position,
}

impl<'a> Located<'a> {
    pub fn new(report: &'a FileReport<'a>, finding: &'a Finding) -> Self {
        Located {
            report,
            finding,
            start: report.position(finding.primary.start),
            end: report.position(finding.primary.end),
        }
    }

    /// Message and arithmetic in one line, for formats with one text field.
    pub fn full_message(&self) -> String {
        format!("{} ({})", self.finding.message, self.finding.explanation)
    }
}

/// Every finding of one report, located.
pub fn located<'a>(report: &'a FileReport<'a>) -> impl Iterator<Item = Located<'a>> {
    report.findings.iter().map(move |f| Located::new(report, f))
}
