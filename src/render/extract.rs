//! `numcheck extract`: the quantities as a table or as pinned JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::{Emitter, Totals};
use crate::FileReport;
use crate::quantity::{Hedge, Kind, Quantity};

#[derive(Serialize)]
struct FileJson<'a> {
    path: &'a str,
    quantities: Vec<QuantityJson<'a>>,
}

/// One quantity as DESIGN.md pins it.
#[derive(Serialize)]
struct QuantityJson<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    kind: Kind,
    value: Option<f64>,
    range: Option<[f64; 2]>,
    hedge: Option<Hedge>,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<&'static str>,
    noun: Option<&'a str>,
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

fn quantity_json<'a>(report: &'a FileReport, q: &'a Quantity) -> QuantityJson<'a> {
    let pos = report.doc.lines.position(report.doc.text, q.span.start);
    // Clock times, identifiers, dates ("May 4th") and "one" as a pronoun are
    // not amounts: their digits are shown as text, without a value.
    let shown = !matches!(
        q.kind,
        Kind::Time | Kind::Identifier | Kind::Date | Kind::Other
    );
    QuantityJson {
        text: report.doc.slice(q.span),
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

/// `extract --format json`: the pinned object, one file at a time.
#[derive(Default)]
pub struct Json {
    written: usize,
}

impl Emitter for Json {
    fn file(&mut self, r: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.written == 0 {
            b"{\n  \"version\": 1,\n  \"files\": [\n"
        } else {
            b",\n"
        })?;
        let file = FileJson {
            path: &r.path,
            quantities: r
                .doc
                .quantities
                .iter()
                .map(|q| quantity_json(r, q))
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &file)?;
        self.written += 1;
        Ok(())
    }

    fn finish(&mut self, _: &Totals, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.written == 0 {
            b"{\n  \"version\": 1,\n  \"files\": []\n}\n"
        } else {
            b"\n  ]\n}\n"
        })
    }
}

/// `extract --format table`: one line per quantity under its file's path.
pub struct Table;

impl Emitter for Table {
    fn file(&mut self, r: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", r.path)?;
        for q in &r.doc.quantities {
            let j = quantity_json(r, q);
            let value = match (j.value, j.range) {
                (Some(v), _) => format!("{v}"),
                (None, Some([a, b])) => format!("{a}..{b}"),
                _ => "-".to_string(),
            };
            let interval = match (j.low, j.high) {
                (Some(l), Some(h)) if l == h => String::new(),
                (l, h) => format!(
                    "[{}, {}]",
                    l.map_or("-inf".to_string(), |x| x.to_string()),
                    h.map_or("inf".to_string(), |x| x.to_string())
                ),
            };
            let hedge = j
                .hedge
                .map(|h| format!("{h:?}").to_lowercase())
                .unwrap_or_default();
            writeln!(
                out,
                "  {:>4}:{:<3} {:<24} {:<17} {:>14} {:<22} {:<9} {:<18} {}",
                j.line,
                j.column,
                truncate(j.text, 24),
                format!("{:?}", j.kind).to_lowercase(),
                value,
                interval,
                hedge,
                j.unit.unwrap_or(""),
                j.noun.unwrap_or("")
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, _: &Totals, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

fn truncate(s: &str, n: usize) -> String {
    let flat: String = s
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= n {
        flat
    } else {
        let mut t: String = flat.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
