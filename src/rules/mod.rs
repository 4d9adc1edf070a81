//! The rules: one module per rule id, each with its documentation and a
//! check over claims. Rules decide with interval arithmetic and report an
//! error only when no reading of the text within the tolerances is true;
//! a contradiction that disappears with the hedges stretched is `info`.

pub mod change_mismatch;
pub mod conversion_mismatch;
pub mod part_exceeds_whole;
pub mod proportion_mismatch;
pub mod restatement_conflict;
pub mod sum_mismatch;
pub mod unused_suppression;

use std::collections::HashSet;

use crate::claim::Claim;
use crate::finding::{Finding, Label, Severity};
use crate::interval::Interval;
use crate::quantity::Quantity;
use crate::span::Span;

/// A rule: its pinned id, a one-line summary, its documentation, and its check.
pub struct Rule {
    pub id: &'static str,
    pub summary: &'static str,
    /// What it does, why, an example, how to fix, the tolerance (Markdown).
    pub docs: &'static str,
    /// The check over each claim; `None` for meta rules decided elsewhere
    /// (suppressions).
    pub check: Option<fn(&Input, &Claim) -> Option<Finding>>,
}

/// What a check sees: the text and its quantities.
pub struct Input<'a> {
    pub text: &'a str,
    pub quantities: &'a [Quantity],
}

impl Input<'_> {
    pub fn q(&self, i: usize) -> Option<&Quantity> {
        self.quantities.get(i)
    }

    /// The source text of quantity `i`, on one line: a figure wrapped in
    /// the source ("26\ndlr") is quoted as read.
    pub fn text_of(&self, i: usize) -> std::borrow::Cow<'_, str> {
        let written = self
            .q(i)
            .and_then(|q| self.text.get(q.span.start..q.span.end))
            .unwrap_or("");
        if written.contains(['\n', '\r', '\t']) {
            written
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .into()
        } else {
            written.into()
        }
    }

    pub fn label(&self, i: usize) -> Option<Label> {
        Some(Label {
            span: self.q(i)?.span,
            text: self.text_of(i).to_string(),
        })
    }
}

/// Every rule, in the order `numcheck rules` lists them.
pub static ALL: &[Rule] = &[
    part_exceeds_whole::RULE,
    proportion_mismatch::RULE,
    sum_mismatch::RULE,
    change_mismatch::RULE,
    restatement_conflict::RULE,
    conversion_mismatch::RULE,
];

/// Rules about numcheck's own comments, run after the others.
pub static META: &[Rule] = &[unused_suppression::RULE];

/// Every rule, content rules first.
pub fn every() -> impl Iterator<Item = &'static Rule> {
    ALL.iter().chain(META)
}

pub fn by_id(id: &str) -> Option<&'static Rule> {
    every().find(|r| r.id == id)
}

/// Runs every enabled rule on every claim; one finding per rule and primary place.
pub fn check(
    text: &str,
    quantities: &[Quantity],
    claims: &[Claim],
    enabled: impl Fn(&str) -> bool,
) -> Vec<Finding> {
    // Findings come from claims: without any, no rule is even listed.
    if claims.is_empty() {
        return Vec::new();
    }
    let input = Input { text, quantities };
    let rules: Vec<_> = ALL
        .iter()
        .filter(|r| enabled(r.id))
        .filter_map(|r| r.check)
        .collect();
    let mut out: Vec<Finding> = Vec::new();
    // The places each rule has already reported, primary or related: a
    // figure is reported once per rule (a set, so many findings stay cheap),
    // and figures already shown together are not shown again with another
    // word ("almost triples" in the headline, "almost three times" below).
    let mut reported: HashSet<(&str, Span)> = HashSet::new();
    for claim in claims {
        for check in &rules {
            if let Some(f) = check(&input, claim)
                && !reported.contains(&(f.rule, f.primary))
                && !(f.related.len() >= 2
                    && f.related
                        .iter()
                        .all(|l| reported.contains(&(f.rule, l.span))))
            {
                reported.insert((f.rule, f.primary));
                reported.extend(f.related.iter().map(|l| (f.rule, l.span)));
                out.push(f);
            }
        }
    }
    out.sort_by_key(|f| (f.primary.start, f.rule));
    out
}

/// Error when the strict intervals cannot meet, info when only the loose
/// ones (hedges stretched by a quarter) can, nothing when the strict ones meet.
pub fn verdict(strict_meet: bool, loose_meet: bool) -> Option<Severity> {
    match (strict_meet, loose_meet) {
        (true, _) => None,
        (false, true) => Some(Severity::Info),
        (false, false) => Some(Severity::Error),
    }
}

/// The loose reading of a stated decimal share: cut off rather than rounded
/// ("26.5%" for 26.55%), it is off by up to a whole unit of its last digit.
pub fn loose_truncation(q: &Quantity) -> Interval {
    match q.value {
        Some(v) if q.hedge.is_none() && q.step > 0.0 && q.step < 1.0 => {
            Interval::new(q.loose.low.min(v - q.step), q.loose.high.max(v + q.step))
        }
        _ => q.loose,
    }
}

/// The interval a plain figure allows when its trailing zeros may be
/// rounding ("2,000" is 1,950–2,050). A hedged figure already says it is
/// approximate: its stretched hedge is its loose reading, not both at once.
/// `written` is the figure's text: written decimals ("£10.0m") state their
/// precision, zeros and all.
pub fn loose_rounding(q: &Quantity, written: &str) -> Interval {
    let Some(v) = q.value else { return q.loose };
    let decimals = written
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w, [b'.', d] if d.is_ascii_digit()));
    if q.hedge.is_some() || q.step < 1.0 || v.fract() != 0.0 || decimals {
        return q.loose;
    }
    // Two significant digits are kept: "1,500" may be 1,450-1,550 and "2,000"
    // 1,950-2,050, but "10" is not 5-15.
    let mut unit = q.step.max(1.0);
    while unit < 1e15 && (v / (unit * 10.0)).fract() == 0.0 && v.abs() >= unit * 100.0 {
        unit *= 10.0;
    }
    // "47" shows no sign of rounding.
    if unit == q.step.max(1.0) {
        return q.loose;
    }
    let half = unit / 2.0;
    Interval::new(q.loose.low - half, q.loose.high + half)
}
