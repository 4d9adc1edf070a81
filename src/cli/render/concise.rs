//! `--format concise`: `path:line:col: severity[rule] message (arithmetic)`,
//! one per line, for editors and problem matchers.

use std::io::{self, Write};

use super::{Emitter, Totals, located};
use crate::FileReport;

pub struct Concise;

impl Emitter for Concise {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for l in located(report) {
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                report.path,
                l.start.line,
                l.start.column,
                l.finding.severity.as_str(),
                l.finding.rule,
                l.full_message()
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, _: &Totals, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
