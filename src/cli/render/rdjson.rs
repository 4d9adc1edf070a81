//! `--format rdjson` / `rdjsonl`: reviewdog's diagnostic format, so that
//! reviewdog can comment only on the lines a pull request adds. Lines and
//! columns are 1-based and columns count UTF-8 bytes, as reviewdog expects.

use std::io::{self, Write};

use serde::Serialize;

use super::{Emitter, Located, Totals, located};
use crate::FileReport;
use crate::finding::Severity;

#[derive(Serialize)]
struct Diagnostic<'a> {
    message: String,
    location: Location<'a>,
    severity: &'static str,
    source: Source,
    code: Code,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    range: Range,
}

#[derive(Serialize)]
struct Range {
    start: Point,
    end: Point,
}

#[derive(Serialize)]
struct Point {
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct Source {
    name: &'static str,
}

#[derive(Serialize)]
struct Code {
    value: &'static str,
}

fn diagnostic<'a>(l: &Located<'a>) -> Diagnostic<'a> {
    Diagnostic {
        message: l.full_message(),
        location: Location {
            path: &l.report.path,
            range: Range {
                start: Point {
                    line: l.start.line,
                    column: l.start.byte_column,
                },
                end: Point {
                    line: l.end.line,
                    column: l.end.byte_column,
                },
            },
        },
        severity: match l.finding.severity {
            Severity::Error => "ERROR",
            Severity::Warning => "WARNING",
            Severity::Info => "INFO",
        },
        source: source(),
        code: Code {
            value: l.finding.rule,
        },
    }
}

fn source() -> Source {
    Source { name: "numcheck" }
}

/// `lines`: one diagnostic per line (rdjsonl); otherwise one
/// `DiagnosticResult` object (rdjson).
pub struct Rdjson {
    lines: bool,
    written: usize,
}

impl Rdjson {
    pub fn document() -> Self {
        Rdjson {
            lines: false,
            written: 0,
        }
    }

    pub fn lines() -> Self {
        Rdjson {
            lines: true,
            written: 0,
        }
    }
}

impl Emitter for Rdjson {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for l in located(report) {
            if !self.lines {
                if self.written == 0 {
                    out.write_all(b"{\"source\":")?;
                    serde_json::to_writer(&mut *out, &source())?;
                    out.write_all(b",\"diagnostics\":[\n")?;
                } else {
                    out.write_all(b",\n")?;
                }
            }
            serde_json::to_writer(&mut *out, &diagnostic(&l))?;
            if self.lines {
                out.write_all(b"\n")?;
            }
            self.written += 1;
        }
        Ok(())
    }

    fn finish(&mut self, _: &Totals, out: &mut dyn Write) -> io::Result<()> {
        if self.lines {
            return Ok(());
        }
        if self.written == 0 {
            serde_json::to_writer(
                &mut *out,
                &serde_json::json!({"source": source(), "diagnostics": []}),
            )?;
            out.write_all(b"\n")
        } else {
            out.write_all(b"\n]}\n")
        }
    }
}
