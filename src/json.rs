//! The pinned JSON shapes of DESIGN.md: one finding and one quantity. They
//! are shared by the front ends (`--format json`, `extract --format json`,
//! the web page) so that every one reports the same lines, columns and
//! values for the same text.

use serde::Serialize;

use crate::Document;
use crate::finding::{Finding, Severity};
use crate::quantity::{Hedge, Kind, Quantity};

/// One finding as DESIGN.md pins it (`path` is the front end's to give).
#[derive(Serialize)]
pub struct FindingJson<'a> {
    pub rule: &'a str,
    pub severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'a str>,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: &'a str,
    pub explanation: &'a str,
    pub related: Vec<RelatedJson<'a>>,
}

#[derive(Serialize)]
pub struct RelatedJson<'a> {
    pub line: usize,
    pub column: usize,
    pub text: &'a str,
}

impl<'a> FindingJson<'a> {
    pub fn new(path: Option<&'a str>, doc: &Document, f: &'a Finding) -> Self {
        let at = |offset| doc.lines.position(doc.text, offset);
        let (start, end) = (at(f.primary.start), at(f.primary.end));
        FindingJson {
            rule: f.rule,
            severity: f.severity,
            path,
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            message: &f.message,
            explanation: &f.explanation,
            related: f
                .related
                .iter()
                .map(|r| {
                    let p = at(r.span.start);
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

/// One quantity as DESIGN.md pins it.
#[derive(Serialize)]
pub struct QuantityJson<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub kind: Kind,
    pub value: Option<f64>,
    pub range: Option<[f64; 2]>,
    pub hedge: Option<Hedge>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<&'static str>,
    pub noun: Option<&'a str>,
}

impl<'a> QuantityJson<'a> {
    pub fn new(doc: &Document<'a>, q: &'a Quantity) -> Self {
        let pos = doc.lines.position(doc.text, q.span.start);
        // Clock times, identifiers, dates ("May 4th") and "one" as a pronoun are
        // not amounts: their digits are shown as text, without a value.
        let shown = !matches!(
            q.kind,
            Kind::Time | Kind::Identifier | Kind::Date | Kind::Other
        );
        QuantityJson {
            text: doc.slice(q.span),
            start: q.span.start,
            end: q.span.end,
            line: pos.line,
            column: pos.column,
            kind: q.kind,
            value: q.value.filter(|_| shown).map(round),
            range: q.range.filter(|_| shown).map(|(a, b)| [round(a), round(b)]),
            hedge: q.hedge,
            low: finite(q.interval.low).filter(|_| shown),
            high: finite(q.interval.high).filter(|_| shown),
            unit: q.unit.map(|u| u.name),
            noun: q.noun.as_deref(),
        }
    }
}

fn finite(x: f64) -> Option<f64> {
    x.is_finite().then(|| round(x))
}

/// Rounds away float noise (0.1 + 0.2) so that output is stable and readable.
fn round(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let digits = 12 - x.abs().log10().ceil() as i32;
    let f = 10f64.powi(digits.clamp(0, 15));
    (x * f).round() / f
}
