//! Inline suppressions: the directives of a document hide the findings in
//! their range, and each directive that hides nothing becomes an
//! `unused-suppression` finding. A finding is hidden when its primary place
//! (the figure reported as wrong) lies in the range.

use crate::config::Settings;
use crate::finding::{Finding, Severity};
use crate::rules::{self, unused_suppression};
use crate::segment::directives::{self, Action, Directive};
use crate::span::Span;

/// The bytes one rule (or every rule) is suppressed in.
#[derive(Debug)]
struct Region {
    span: Span,
    /// `None` suppresses every rule.
    rule: Option<String>,
    used: bool,
}

/// Hides the suppressed findings and reports the directives that hid nothing.
pub fn apply(
    text: &str,
    comments: &[Span],
    findings: Vec<Finding>,
    settings: &Settings,
) -> Vec<Finding> {
    let (found, malformed) = directives::parse_all(text, comments);
    let mut per_directive: Vec<Vec<Region>> =
        found.iter().map(|d| regions(text, d, &found)).collect();
    let mut kept = Vec::with_capacity(findings.len());
    for f in findings {
        let mut hidden = false;
        for r in per_directive.iter_mut().flatten() {
            if r.span.start <= f.primary.start
                && f.primary.start < r.span.end
                && r.rule.as_deref().is_none_or(|id| id == f.rule)
            {
                r.used = true;
                hidden = true;
            }
        }
        if !hidden {
            kept.push(f);
        }
    }
    if settings.is_enabled(unused_suppression::RULE.id) {
        let severity = settings.severity_of(unused_suppression::RULE.id, Severity::Warning);
        for (d, regions) in found.iter().zip(&per_directive) {
            kept.extend(unused(d, regions, settings, severity));
        }
        kept.extend(malformed.into_iter().map(|m| Finding {
            rule: unused_suppression::RULE.id,
            severity,
            primary: m.span,
            related: Vec::new(),
            message: format!("`{}` is not a numcheck directive", m.text),
            explanation: "expected numcheck-disable-next-line, numcheck-disable, numcheck-enable or numcheck-disable-file, then rule ids, then `-- reason`".to_string(),
        }));
        kept.sort_by_key(|f| (f.primary.start, f.rule));
    }
    kept
}

/// Where a directive applies, one region per named rule.
fn regions(text: &str, d: &Directive, all: &[Directive]) -> Vec<Region> {
    let rules: Vec<Option<String>> = if d.rules.is_empty() {
        vec![None]
    } else {
        d.rules.iter().cloned().map(Some).collect()
    };
    rules
        .into_iter()
        .filter_map(|rule| {
            let span = match d.action {
                Action::Enable => return None,
                Action::DisableFile => Span::new(0, text.len()),
                Action::DisableNextLine => next_line(text, d.span.end),
                Action::Disable => Span::new(
                    d.span.end,
                    enable_after(d, rule.as_deref(), all, text.len()),
                ),
            };
            Some(Region {
                span,
                rule,
                used: false,
            })
        })
        .collect()
}

/// The first non-blank line after the line `offset` is on.
fn next_line(text: &str, offset: usize) -> Span {
    let mut start = text
        .get(offset..)
        .and_then(|s| s.find('\n'))
        .map_or(text.len(), |p| offset + p + 1);
    while let Some(rest) = text.get(start..) {
        let line_len = rest.find('\n').map_or(rest.len(), |p| p + 1);
        let line = rest.get(..line_len).unwrap_or("");
        if !line.trim().is_empty() || line_len == 0 {
            return Span::new(start, start + line.trim_end().len());
        }
        start += line_len;
    }
    Span::new(text.len(), text.len())
}

/// Where a `disable` of `rule` ends: the next `enable` naming it (or every rule).
fn enable_after(d: &Directive, rule: Option<&str>, all: &[Directive], len: usize) -> usize {
    all.iter()
        .filter(|e| e.action == Action::Enable && e.span.start >= d.span.end)
        .find(|e| e.rules.is_empty() || rule.is_some_and(|r| e.rules.iter().any(|x| x == r)))
        .map_or(len, |e| e.span.start)
}

/// The findings for a directive's rules that are unknown or hid nothing.
fn unused(
    d: &Directive,
    regions: &[Region],
    settings: &Settings,
    severity: Severity,
) -> Vec<Finding> {
    let word = match d.action {
        Action::DisableNextLine => "numcheck-disable-next-line",
        Action::Disable => "numcheck-disable",
        Action::Enable => "numcheck-enable",
        Action::DisableFile => "numcheck-disable-file",
    };
    let finding = |message: String, explanation: String| Finding {
        rule: unused_suppression::RULE.id,
        severity,
        primary: d.span,
        related: Vec::new(),
        message,
        explanation,
    };
    let mut out = Vec::new();
    for id in &d.rules {
        if rules::by_id(id).is_none() {
            out.push(finding(
                format!("`{word}` names the unknown rule `{id}`"),
                "`numcheck rules` lists the rule ids".to_string(),
            ));
        }
    }
    for r in regions {
        let known_and_running = r
            .rule
            .as_deref()
            .is_none_or(|id| rules::by_id(id).is_some() && settings.is_enabled(id));
        if !r.used && known_and_running {
            let what = r.rule.as_deref().unwrap_or("any");
            out.push(finding(
                format!("`{word}` suppresses nothing"),
                format!("no {what} finding in its range"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &'static str, at: usize) -> Finding {
        Finding {
            rule,
            severity: Severity::Error,
            primary: Span::new(at, at + 1),
            related: Vec::new(),
            message: String::new(),
            explanation: String::new(),
        }
    }

    fn run(text: &str, findings: Vec<Finding>) -> Vec<(&'static str, usize)> {
        let comments = crate::segment::segment(text, crate::segment::Syntax::Markdown).comments;
        apply(text, &comments, findings, &Settings::default())
            .iter()
            .map(|f| (f.rule, f.primary.start))
            .collect()
    }

    #[test]
    fn next_line_skips_blank_lines_and_hides_only_that_line() {
        let text = "<!-- numcheck-disable-next-line sum-mismatch -->\n\nA 1.\nB 2.\n";
        let a = text.find("1.").unwrap_or(0);
        let b = text.find("2.").unwrap_or(0);
        let out = run(
            text,
            vec![finding("sum-mismatch", a), finding("sum-mismatch", b)],
        );
        assert_eq!(out, [("sum-mismatch", b)]);
    }

    #[test]
    fn ranges_end_at_enable_and_other_rules_pass() {
        let text = "<!-- numcheck-disable sum-mismatch -->\n\nA 1.\n\n<!-- numcheck-enable sum-mismatch -->\n\nB 2.\n";
        let a = text.find("1.").unwrap_or(0);
        let b = text.find("2.").unwrap_or(0);
        let out = run(
            text,
            vec![
                finding("sum-mismatch", a),
                finding("change-mismatch", a),
                finding("sum-mismatch", b),
            ],
        );
        assert_eq!(out, [("change-mismatch", a), ("sum-mismatch", b)]);
    }

    #[test]
    fn unused_unknown_and_malformed_directives_are_reported() {
        let text = "<!-- numcheck-disable-file change-mismatch -->\n\n<!-- numcheck-disable-next-line sum-mismach -->\n\n<!-- numcheck-disabel -->\n\nA 1.\n";
        let out = run(text, Vec::new());
        let rules: Vec<_> = out.iter().map(|(r, _)| *r).collect();
        assert_eq!(rules, ["unused-suppression"; 3]);
        let starts: Vec<_> = out.iter().map(|(_, s)| *s).collect();
        assert_eq!(starts[0], 0);
    }

    #[test]
    fn a_used_file_suppression_is_silent() {
        let text = "<!-- numcheck-disable-file -->\n\nA 1.\n";
        let at = text.find('1').unwrap_or(0);
        assert!(run(text, vec![finding("restatement-conflict", at)]).is_empty());
    }
}
