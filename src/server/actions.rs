//! Code actions on a finding: suppress it on its line, suppress its rule in
//! the file, remove a suppression that hides nothing, and, where the claim
//! behind it fixes one consistent value (a percentage of two counts, the
//! total of listed parts, a conversion), write that value in.

use std::collections::HashMap;

use crate::claim::Claim;
use crate::finding::Finding;
use crate::quantity::{Kind, Quantity};
use crate::rules::unused_suppression;
use crate::segment::Syntax;
use crate::span::Span;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Range, TextEdit, Uri, WorkspaceEdit,
};

use super::analysis::Analysis;
use super::diagnostics::diagnostic;
use super::document::{Doc, Encoding};

/// The actions for the findings whose figure lies in `[start, end]`.
pub fn actions(
    uri: &Uri,
    doc: &Doc,
    analysis: &Analysis,
    start: usize,
    end: usize,
    enc: Encoding,
) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    let mut file_wide: Vec<&str> = Vec::new();
    for f in &analysis.findings {
        if f.primary.start > end || f.primary.end < start {
            continue;
        }
        let diag = diagnostic(uri, doc, f, enc);
        let mut action = |title: String, span: Span, text: String, preferred: bool| {
            let edit = TextEdit::new(doc.range(span, enc), text);
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diag.clone()]),
                edit: Some(WorkspaceEdit::new(HashMap::from([(
                    uri.clone(),
                    vec![edit],
                )]))),
                is_preferred: preferred.then_some(true),
                ..CodeAction::default()
            }));
        };
        if f.rule == unused_suppression::RULE.id {
            action(
                "Remove this numcheck comment".to_string(),
                removal(doc, f.primary),
                String::new(),
                true,
            );
            continue;
        }
        if let Some((span, value)) = fix(doc, analysis, f) {
            let old = doc
                .text
                .get(f.primary.start..f.primary.end)
                .unwrap_or_default();
            let new = [
                doc.text
                    .get(f.primary.start..span.start)
                    .unwrap_or_default(),
                &value,
                doc.text.get(span.end..f.primary.end).unwrap_or_default(),
            ]
            .concat();
            action(format!("Replace “{old}” with “{new}”"), span, value, true);
        }
        let (at, text) = next_line_directive(doc, f);
        action(
            format!("Suppress {} on this line", f.rule),
            Span::new(at, at),
            text,
            false,
        );
        if !file_wide.contains(&f.rule) {
            file_wide.push(f.rule);
            let (at, text) = file_directive(doc, f.rule);
            action(
                format!("Suppress {} in this file", f.rule),
                Span::new(at, at),
                text,
                false,
            );
        }
    }
    out
}

/// The range as byte offsets (clamped).
pub fn offsets(doc: &Doc, range: Range, enc: Encoding) -> (usize, usize) {
    (doc.offset(range.start, enc).0, doc.offset(range.end, enc).0)
}

fn newline(doc: &Doc) -> &'static str {
    if doc.text.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    }
}

/// A `disable-next-line` directive for the finding's line. In Markdown a
/// comment on a line of its own would end the paragraph above (and change
/// how the text reads), so inside a paragraph it goes at the end of the
/// line before; in plain text a directive stands alone on its line.
fn next_line_directive(doc: &Doc, f: &Finding) -> (usize, String) {
    let line = doc.lines.line_of(f.primary.start);
    let start = doc.lines.line_start(line);
    let indent: String = doc
        .line_text(line)
        .chars()
        .take_while(|c| c.is_whitespace())
        .collect();
    let words = format!("numcheck-disable-next-line {}", f.rule);
    match doc.syntax {
        Syntax::Markdown if line > 0 && !doc.line_text(line - 1).trim().is_empty() => {
            (doc.line_end(line - 1), format!(" <!-- {words} -->"))
        }
        Syntax::Markdown => (start, format!("{indent}<!-- {words} -->{}", newline(doc))),
        Syntax::Plain => (start, format!("{indent}# {words}{}", newline(doc))),
    }
}

/// A `disable-file` directive at the top, after a byte-order mark and
/// Markdown front matter.
fn file_directive(doc: &Doc, rule: &str) -> (usize, String) {
    let nl = newline(doc);
    let at = if doc.text.starts_with('\u{feff}') {
        3
    } else {
        0
    };
    if doc.syntax == Syntax::Markdown
        && doc.line_text(0).trim_start_matches('\u{feff}') == "---"
        && let Some(close) =
            (1..doc.lines.len()).find(|&l| matches!(doc.line_text(l), "---" | "..."))
    {
        let text = format!("{nl}{nl}<!-- numcheck-disable-file {rule} -->");
        return (doc.line_end(close), text);
    }
    match doc.syntax {
        Syntax::Markdown => (at, format!("<!-- numcheck-disable-file {rule} -->{nl}{nl}")),
        Syntax::Plain => (at, format!("# numcheck-disable-file {rule}{nl}")),
    }
}

/// A comment's span, widened to its whole line when nothing else is on it.
fn removal(doc: &Doc, span: Span) -> Span {
    let line = doc.lines.line_of(span.start);
    let (start, end) = (doc.lines.line_start(line), doc.line_end(line));
    let before = doc.text.get(start..span.start).unwrap_or_default();
    let after = doc.text.get(span.end..end).unwrap_or_default();
    if before.trim().is_empty() && after.trim().is_empty() {
        let next = if line + 1 < doc.lines.len() {
            doc.lines.line_start(line + 1)
        } else {
            end
        };
        Span::new(start, next)
    } else {
        span
    }
}

/// The one value the finding's claim allows for its figure, as the span of
/// the figure's digits and the digits to write there.
fn fix(doc: &Doc, analysis: &Analysis, f: &Finding) -> Option<(Span, String)> {
    let q = |i: &usize| analysis.quantities.get(*i);
    analysis.claims.iter().find_map(|claim| match claim {
        Claim::Proportion { part, whole, share } if f.rule == "proportion-mismatch" => {
            let s = q(share).filter(|s| s.span == f.primary && s.kind == Kind::Percent)?;
            // "58 out of 96" is both part and whole, its point the share.
            let whole = if part == whole {
                1.0
            } else {
                q(whole)?.point()
            };
            let value = q(part)?.point() / whole * 100.0;
            restate(doc, s, value, false)
        }
        Claim::Breakdown {
            total,
            parts,
            open: false,
        } if f.rule == "sum-mismatch" => {
            let t = q(total).filter(|t| t.span == f.primary)?;
            let parts: Vec<&Quantity> = parts.iter().map(q).collect::<Option<_>>()?;
            // Only parts in the total's own unit add up without a conversion.
            if parts
                .iter()
                .any(|p| p.unit.map(|u| u.name) != t.unit.map(|u| u.name))
            {
                return None;
            }
            restate(doc, t, parts.iter().map(|p| p.point()).sum(), true)
        }
        Claim::Conversion {
            from,
            to,
            difference,
        } if f.rule == "conversion-mismatch" => {
            let (a, b) = (q(from)?, q(to).filter(|b| b.span == f.primary)?);
            let (ua, ub) = (a.unit?, b.unit?);
            restate(doc, b, ua.convert(a.point(), ub, *difference), false)
        }
        _ => None,
    })
}

/// `value` written in the place and style of `q`'s digits: the same scale
/// ("£55m" for 55,000,000 where "£58m" stood), thousands separators if it
/// had them, and its decimals; `exact` adds decimals (up to three) until the
/// value is exact, else it is rounded to the written precision. `None` for
/// figures in words, ranges, and when the value would be written as it is.
fn restate(doc: &Doc, q: &Quantity, value: f64, exact: bool) -> Option<(Span, String)> {
    let text = doc.text.get(q.span.start..q.span.end)?;
    let (from, written) = digits(text)?;
    let plain: String = written.chars().filter(|&c| c != ',').collect();
    let number: f64 = plain.parse().ok()?;
    let scale = match q.value? {
        v if number != 0.0 => v / number,
        _ => 1.0,
    };
    let shown = value / scale;
    if !shown.is_finite() || shown < 0.0 || scale == 0.0 {
        return None;
    }
    let mut decimals = plain.split_once('.').map_or(0, |(_, d)| d.len());
    while exact && decimals < 3 && !is_exact(shown, decimals) {
        decimals += 1;
    }
    let formatted = format!("{shown:.decimals$}");
    let new = if written.contains(',') {
        group(&formatted)
    } else {
        formatted
    };
    if new == written {
        return None;
    }
    let start = q.span.start + from;
    Some((Span::new(start, start + written.len()), new))
}

fn is_exact(x: f64, decimals: usize) -> bool {
    let scaled = x * 10f64.powi(i32::try_from(decimals).unwrap_or(0));
    (scaled - scaled.round()).abs() < 1e-6
}

/// The first written number of a figure's text: digits, thousands
/// separators, a decimal part; with its byte offset.
fn digits(text: &str) -> Option<(usize, &str)> {
    let from = text.find(|c: char| c.is_ascii_digit())?;
    let rest = text.get(from..)?;
    let bytes = rest.as_bytes();
    let mut end = 0;
    let mut seen_point = false;
    while let Some(&b) = bytes.get(end) {
        let digit_next = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        match b {
            b'0'..=b'9' => end += 1,
            b',' if digit_next && !seen_point => end += 1,
            b'.' if digit_next && !seen_point => {
                seen_point = true;
                end += 1;
            }
            _ => break,
        }
    }
    Some((from, rest.get(..end)?))
}

/// "1115.5" as "1,115.5".
fn group(number: &str) -> String {
    let (int, frac) = number
        .split_once('.')
        .map_or((number, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (n, c) in int.chars().enumerate() {
        if n > 0 && (int.len() - n) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;
    use crate::server::config::Scope;

    fn markdown(text: &str) -> Doc {
        Doc::new(text.to_string(), 1, Syntax::Markdown, Scope::default())
    }

    fn finding_at(text: &str, needle: &str) -> Finding {
        let at = text.find(needle).unwrap();
        Finding {
            rule: "sum-mismatch",
            severity: Severity::Error,
            primary: Span::new(at, at + needle.len()),
            related: Vec::new(),
            message: String::new(),
            explanation: String::new(),
        }
    }

    #[test]
    fn directives_keep_paragraphs_and_front_matter_whole() {
        let text = "---\ntitle: x\n---\nFirst line\nsecond 45%.\n\nNew 7%.\n";
        let doc = markdown(text);
        let file = file_directive(&doc, "sum-mismatch");
        assert_eq!(file.0, text.find("\nFirst").unwrap());
        assert_eq!(file.1, "\n\n<!-- numcheck-disable-file sum-mismatch -->");
        let inside = next_line_directive(&doc, &finding_at(text, "45%"));
        assert_eq!(inside.0, text.find("\nsecond").unwrap());
        assert!(inside.1.starts_with(" <!-- numcheck-disable-next-line"));
        let first = next_line_directive(&doc, &finding_at(text, "7%"));
        assert_eq!(first.0, text.find("New").unwrap());
        assert!(first.1.ends_with("-->\n"));
        let plain = markdown("A 7%.\r\n");
        assert_eq!(
            file_directive(&plain, "sum-mismatch").1,
            "<!-- numcheck-disable-file sum-mismatch -->\r\n\r\n"
        );
    }

    #[test]
    fn a_share_written_as_counts_fixes_the_share_said_again() {
        let text = "Dogs\n\nThe centre passed 58 out of 96, or about 80%.\n";
        let analysis = crate::server::analysis::analyse(
            text,
            Syntax::Markdown,
            &crate::config::Settings::default(),
            false,
        );
        let f = analysis.findings.first().expect("a proportion-mismatch");
        let (span, value) = fix(&markdown(text), &analysis, f).expect("a value");
        assert_eq!(span.start, text.find("80").unwrap());
        assert_eq!(value, "60");
    }

    #[test]
    fn written_numbers_are_found_and_grouped() {
        assert_eq!(digits("about 45%"), Some((6, "45")));
        assert_eq!(digits("£1,500.25m."), Some((2, "1,500.25")));
        assert_eq!(digits("one in six"), None);
        assert_eq!(group("1115"), "1,115");
        assert_eq!(group("1234567.5"), "1,234,567.5");
        assert_eq!(group("15"), "15");
    }
}
