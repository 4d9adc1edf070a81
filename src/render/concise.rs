//! `--format concise`: `path:line:col: severity[rule] message`, one per line.

use std::io::{self, Write};

use super::located;
use crate::FileReport;

pub fn render(reports: &[FileReport], out: &mut impl Write) -> io::Result<()> {
    for l in located(reports) {
        writeln!(
            out,
            "{}:{}:{}: {}[{}] {} ({})",
            l.report.path,
            l.start.line,
            l.start.column,
            l.finding.severity.as_str(),
            l.finding.rule,
            l.finding.message,
            l.finding.explanation
        )?;
    }
    Ok(())
}
