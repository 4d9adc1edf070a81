//! `--format json`: one object with the fields DESIGN.md pins, streamed:
//! findings are written as files complete, the summary last.

use std::io::{self, Write};

use serde::Serialize;

use super::{Emitter, Located, Totals, located};
use crate::FileReport;
use crate::finding::Severity;

/// One finding as DESIGN.md pins it (also one line of `jsonl`).
#[derive(Serialize)]
pub struct FindingJson<'a> {
    rule: &'a str,
    severity: Severity,
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: &'a str,
    explanation: &'a str,
    related: Vec<RelatedJson<'a>>,
}

#[derive(Serialize)]
struct RelatedJson<'a> {
    line: usize,
    column: usize,
    text: &'a str,
}

impl<'a> FindingJson<'a> {
    pub fn new(l: &Located<'a>) -> Self {
        FindingJson {
            rule: l.finding.rule,
            severity: l.finding.severity,
            path: &l.report.path,
            line: l.start.line,
            column: l.start.column,
            end_line: l.end.line,
            end_column: l.end.column,
            message: &l.finding.message,
            explanation: &l.finding.explanation,
            related: l
                .finding
                .related
                .iter()
                .map(|r| {
                    let p = l.report.position(r.span.start);
                    RelatedJson {
                        line: p.line,
                        column: p.column,
                        text: &r.text,
                    }
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    quantities: usize,
    claims: usize,
    findings: usize,
}

#[derive(Default)]
pub struct Json {
    written: usize,
}

impl Emitter for Json {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for l in located(report) {
            out.write_all(if self.written == 0 {
                b"{\n  \"version\": 1,\n  \"findings\": [\n"
            } else {
                b",\n"
            })?;
            serde_json::to_writer_pretty(&mut *out, &FindingJson::new(&l))?;
            self.written += 1;
        }
        Ok(())
    }

    fn finish(&mut self, totals: &Totals, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.written == 0 {
            b"{\n  \"version\": 1,\n  \"findings\": [],\n"
        } else {
            b"\n  ],\n"
        })?;
        let summary = Summary {
            files: totals.files,
            quantities: totals.quantities,
            claims: totals.claims,
            findings: totals.findings(),
        };
        out.write_all(b"  \"summary\": ")?;
        serde_json::to_writer(&mut *out, &summary)?;
        out.write_all(b"\n}\n")
    }
}
