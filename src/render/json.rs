//! `--format json`: one object, with the fields DESIGN.md pins.

use std::io::{self, Write};

use serde::Serialize;

use super::located;
use crate::FileReport;
use crate::finding::Severity;

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    findings: Vec<FindingJson<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct FindingJson<'a> {
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

#[derive(Serialize)]
struct Summary {
    files: usize,
    quantities: usize,
    claims: usize,
    findings: usize,
}

pub fn render(reports: &[FileReport], out: &mut impl Write) -> io::Result<()> {
    let findings: Vec<FindingJson> = located(reports)
        .into_iter()
        .map(|l| {
            let doc = &l.report.doc;
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
                        let p = doc.lines.position(doc.text, r.span.start);
                        RelatedJson {
                            line: p.line,
                            column: p.column,
                            text: &r.text,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let report = Report {
        version: 1,
        summary: Summary {
            files: reports.len(),
            quantities: reports.iter().map(|r| r.doc.quantities.len()).sum(),
            claims: reports.iter().map(|r| r.claims).sum(),
            findings: findings.len(),
        },
        findings,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
