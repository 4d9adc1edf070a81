//! What the page is sent: the findings and the quantities of one draft in
//! the pinned JSON shapes of the command line, each with the places to
//! highlight as byte offsets (`start`/`end`) and as UTF-16 offsets
//! (`from`/`to`, what JavaScript's `String.slice` counts).

use numcheck::config::Settings;
use numcheck::finding::{Finding, Severity};
use numcheck::json::{FindingJson, QuantityJson};
use numcheck::segment::Syntax;
use numcheck::span::Span;
use numcheck::{Document, FileReport};
use serde::Serialize;

use crate::utf16::Utf16Offsets;

/// The findings `numcheck check` shows by default: warnings and errors.
const SHOWN: Severity = Severity::Warning;

#[derive(Serialize)]
pub struct Checked<'a> {
    pub findings: Vec<FindingOut<'a>>,
    pub quantities: usize,
    pub claims: usize,
}

#[derive(Serialize)]
pub struct FindingOut<'a> {
    #[serde(flatten)]
    pub pinned: FindingJson<'a>,
    /// The figure that is wrong.
    pub primary: Place,
    /// The figures it rests on, in the order of `related`.
    pub related_places: Vec<Place>,
}

/// A span of the draft, in bytes and in UTF-16 code units.
#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct Place {
    pub start: usize,
    pub end: usize,
    pub from: usize,
    pub to: usize,
}

impl Place {
    fn new(span: Span, map: &Utf16Offsets) -> Self {
        Place {
            start: span.start,
            end: span.end,
            from: map.get(span.start),
            to: map.get(span.end),
        }
    }
}

/// Checks a draft as `numcheck check` checks a file with no configuration.
pub fn check(text: &str, syntax: Syntax) -> String {
    let report = FileReport::check_text("", text, syntax, &Settings::default());
    let shown: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.severity >= SHOWN)
        .collect();
    let spans = shown
        .iter()
        .flat_map(|f| std::iter::once(f.primary).chain(f.related.iter().map(|r| r.span)));
    let map = Utf16Offsets::new(text, spans.flat_map(|s| [s.start, s.end]));
    let findings = shown
        .into_iter()
        .map(|f| FindingOut {
            pinned: FindingJson::new(None, &report.doc, f),
            primary: Place::new(f.primary, &map),
            related_places: f.related.iter().map(|r| Place::new(r.span, &map)).collect(),
        })
        .collect();
    to_json(&Checked {
        findings,
        quantities: report.quantities,
        claims: report.claims,
    })
}

#[derive(Serialize)]
pub struct Extracted<'a> {
    pub quantities: Vec<QuantityOut<'a>>,
}

#[derive(Serialize)]
pub struct QuantityOut<'a> {
    #[serde(flatten)]
    pub pinned: QuantityJson<'a>,
    pub from: usize,
    pub to: usize,
}

/// The quantities of a draft, as `numcheck extract --format json` lists them.
pub fn extract(text: &str, syntax: Syntax) -> String {
    let settings = Settings::default();
    let doc = Document::new(text, syntax, &settings.tolerances);
    let map = Utf16Offsets::new(
        text,
        doc.quantities
            .iter()
            .flat_map(|q| [q.span.start, q.span.end]),
    );
    let quantities = doc
        .quantities
        .iter()
        .map(|q| QuantityOut {
            pinned: QuantityJson::new(&doc, q),
            from: map.get(q.span.start),
            to: map.get(q.span.end),
        })
        .collect();
    to_json(&Extracted { quantities })
}

/// `numcheck explain RULE`'s text, or `None` for an unknown rule.
pub fn explain(rule: &str) -> Option<String> {
    numcheck::rules::by_id(rule).map(|r| format!("# {}\n\n{}\n\n{}", r.id, r.summary, r.docs))
}

/// Serialising plain data cannot fail; should it, the page gets an error
/// object rather than a panic.
fn to_json(value: &impl Serialize) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn parse(json: &str) -> Value {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_finding_carries_its_pinned_fields_and_places_in_utf16() {
        // "€" is three bytes and one UTF-16 unit: the two offsets differ.
        let text = "€ note.\n\nOf the 20 staff, 25 were new.";
        let out = parse(&check(text, Syntax::Plain));
        let f = &out["findings"][0];
        assert_eq!(f["rule"], "part-exceeds-whole");
        assert_eq!(f["line"], 3);
        assert!(f.get("path").is_none());
        let (from, to) = (
            f["primary"]["from"].as_u64().unwrap(),
            f["primary"]["to"].as_u64().unwrap(),
        );
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let shown = String::from_utf16(&utf16[from as usize..to as usize]).unwrap();
        assert!(shown.contains("25"), "{shown}");
        let start = f["primary"]["start"].as_u64().unwrap() as usize;
        assert_eq!(start, from as usize + 2);
        assert_eq!(
            f["related"].as_array().unwrap().len(),
            f["related_places"].as_array().unwrap().len()
        );
    }

    #[test]
    fn a_consistent_draft_has_no_findings() {
        let out = parse(&check(
            "Of the 20 staff, 5 were new: a quarter.",
            Syntax::Plain,
        ));
        assert_eq!(out["findings"], Value::Array(Vec::new()));
        assert!(out["quantities"].as_u64().unwrap() >= 2);
    }

    #[test]
    fn markdown_code_is_not_prose() {
        let text = "```\nOf the 20 staff, 25 were new.\n```\n";
        assert_eq!(
            parse(&check(text, Syntax::Markdown))["findings"]
                .as_array()
                .unwrap()
                .len(),
            0
        );
        assert_eq!(
            parse(&check(text, Syntax::Plain))["findings"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn extract_lists_each_figure_with_its_reading() {
        let out = parse(&extract(
            "About 15 of the 120 migrants left.",
            Syntax::Plain,
        ));
        let q = &out["quantities"][0];
        assert_eq!(q["text"], "About 15");
        assert_eq!(q["kind"], "count");
        assert_eq!(q["hedge"], "about");
        assert_eq!((q["from"].as_u64(), q["to"].as_u64()), (Some(0), Some(8)));
    }

    #[test]
    fn explain_knows_the_rules_and_only_them() {
        assert!(
            explain("sum-mismatch")
                .unwrap()
                .starts_with("# sum-mismatch\n")
        );
        assert_eq!(explain("<script>"), None);
    }
}
