//! Renderers: one module per output format, each a plain function over
//! reports and a writer.

pub mod concise;
pub mod extract;
pub mod human;
pub mod json;

use crate::FileReport;
use crate::finding::Finding;
use crate::source::Position;

/// A finding with the file it was found in and its resolved positions.
pub struct Located<'a> {
    pub report: &'a FileReport<'a>,
    pub finding: &'a Finding,
    pub start: Position,
    pub end: Position,
}

impl<'a> Located<'a> {
    pub fn new(report: &'a FileReport<'a>, finding: &'a Finding) -> Self {
        let doc = &report.doc;
        Located {
            report,
            finding,
            start: doc.lines.position(doc.text, finding.primary.start),
            end: doc.lines.position(doc.text, finding.primary.end),
        }
    }
}

/// Every shown finding of every report, in report order then position.
pub fn located<'a>(reports: &'a [FileReport<'a>]) -> Vec<Located<'a>> {
    reports
        .iter()
        .flat_map(|r| r.findings.iter().map(move |f| Located::new(r, f)))
        .collect()
}
