//! `--format github`: GitHub Actions workflow commands, one annotation per
//! finding, then a plain summary. GitHub shows only 10 annotations of each
//! level per step, so the summary says so when there are more.

use std::io::{self, Write};

use super::{Emitter, Totals, located};
use crate::FileReport;
use crate::finding::Severity;

/// Annotations GitHub shows per level and step.
const SHOWN_PER_LEVEL: usize = 10;

pub struct Github;

impl Emitter for Github {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for l in located(report) {
            let level = match l.finding.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(&report.path),
                l.start.line,
                l.start.column,
                l.end.line,
                l.end.column,
                property(&format!("numcheck {}", l.finding.rule)),
                data(&l.full_message()),
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, totals: &Totals, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "numcheck: {}", totals.sentence())?;
        if totals.by_severity.iter().any(|&n| n > SHOWN_PER_LEVEL) {
            writeln!(
                out,
                "numcheck: GitHub shows only {SHOWN_PER_LEVEL} annotations of each level per step; \
                 use --format sarif with code scanning to see them all"
            )?;
        }
        Ok(())
    }
}

/// Escapes a message: `%`, CR and LF.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as data, plus `:` and `,`.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_workflow_command_rules() {
        assert_eq!(data("50% of\nit"), "50%25 of%0Ait");
        assert_eq!(property("a,b:c.md"), "a%2Cb%3Ac.md");
    }
}
