//! Hover: how the figure under the cursor was read, and the findings that
//! point at it with their arithmetic.

use std::fmt::Write;

use crate::finding::{Finding, number, range};
use crate::quantity::units::plural;
use crate::quantity::{Kind, Quantity};
use crate::span::Span;
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::document::{Doc, Encoding};

/// The hover for the quantity at `offset`, if there is one.
pub fn hover(
    doc: &Doc,
    quantities: &[Quantity],
    findings: &[Finding],
    offset: usize,
    enc: Encoding,
) -> Option<Hover> {
    // Quantities are in text order: the last one starting at or before the cursor.
    let at = quantities.partition_point(|q| q.span.start <= offset);
    let q = quantities
        .get(at.checked_sub(1)?)
        .filter(|q| offset <= q.span.end)?;
    let text = doc.text.get(q.span.start..q.span.end).unwrap_or_default();
    let mut out = format!("**{}** — {}\n\n", text.trim(), label(q.kind));
    let suffix = if q.kind == Kind::Percent { "%" } else { "" };
    let mut rows = Vec::new();
    match (q.value, q.range) {
        (_, Some((a, b))) => rows.push(format!("range: {}–{}", number(a), number(b))),
        (Some(v), None) => rows.push(format!("value: {}{suffix}", number(v))),
        (None, None) => {}
    }
    rows.push(format!(
        "interval: {}",
        range(q.interval.low, q.interval.high, suffix)
    ));
    if let Some(h) = q.hedge {
        rows.push(format!("hedge: {}", label(h)));
    }
    if let Some(u) = q.unit {
        rows.push(format!("unit: {}", plural(u.name)));
    }
    if let Some(n) = &q.noun {
        rows.push(format!("counts: {n}"));
    }
    out.push_str(&rows.join("  \n"));
    for f in findings.iter().filter(|f| f.primary == q.span) {
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            "\n\n---\n**{}**: {}  \n{}",
            f.rule, f.message, f.explanation
        );
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: out,
        }),
        range: Some(doc.range(q.span, enc)),
    })
}

/// How far around the cursor the figures of an unchecked text are read.
const AROUND: usize = 4096;

/// The figures of the paragraphs around `offset` (at most [`AROUND`] bytes
/// either side), read on their own: for a hover on text typed since the
/// last check.
pub fn figures_around(doc: &Doc, offset: usize) -> Vec<Quantity> {
    let text = doc.text.as_str();
    let boundary = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let low = boundary(offset.saturating_sub(AROUND).min(text.len()));
    let high = boundary((offset + AROUND).min(text.len()));
    let start = text
        .get(low..offset.max(low).min(high))
        .and_then(|s| s.rfind("\n\n"))
        .map_or(low, |p| low + p + 2);
    let end = text
        .get(offset.max(low).min(high)..high)
        .and_then(|s| s.find("\n\n"))
        .map_or(high, |p| offset.max(low).min(high) + p);
    let Some(window) = text.get(start..end) else {
        return Vec::new();
    };
    let tolerances = &doc.scope.settings.tolerances;
    let mut quantities = crate::Document::new(window, doc.syntax, tolerances).quantities;
    for q in &mut quantities {
        q.span = Span::new(q.span.start + start, q.span.end + start);
    }
    quantities
}

/// A kind or hedge as the JSON output names it (`percentage-points`, `more-than`).
fn label(value: impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
