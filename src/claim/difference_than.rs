//! A figure set beside its difference from another: "The work cost
//! £410,000, £60,000 more than the £320,000 budgeted", "48,300 cases, 14%
//! more than the 42,400 handled in 2023".
//!
//! The difference (an amount like both figures, a percentage or a
//! fraction, or points between percentages) follows the figure it is said
//! of, set off by a comma, and a comparative with "than" names the other
//! figure, definite ("the", "its", "last year's") so that "than" is not a
//! bound on it. The difference is the change from that figure to the
//! first.

use super::context::is_any;
use super::{Claim, Scope, Stated};
use crate::quantity::Kind;

/// Comparatives a difference is stated with.
const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "higher", "lower", "greater", "bigger", "smaller", "cheaper",
];

/// Comparatives that need no "than".
const ALONE: &[&str] = &["above", "below", "over", "under"];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for diff in 1..scope.quantities.len() {
        let (Some(dq), Some(dp)) = (scope.q(diff), scope.place(diff)) else {
            continue;
        };
        if dq.range.is_some() || !compares(scope, diff) {
            continue;
        }
        // "£410,000, £60,000 more", "38,300 cases in 2024, 3,100 fewer":
        // the figure it is said of, the amount just before, set off by a
        // comma, past a date perhaps.
        let Some(said_of) = (0..diff)
            .rev()
            .find(|&j| scope.q(j).is_some_and(|q| q.kind.is_amount()))
        else {
            continue;
        };
        let gap = scope.between(said_of, diff);
        if scope.place(said_of).map(|p| p.sentence) != Some(dp.sentence)
            || !gap.trim_end().ends_with(',')
            || gap.contains(';')
            || gap.matches(',').count() > 1
            || gap.split_whitespace().count() > 5
        {
            continue;
        }
        let base = diff + 1;
        let Some(bq) = scope.q(base) else { continue };
        let like = |a: usize, b: usize| super::factor_change::like(scope, a, b);
        let measures = matches!(dq.kind, Kind::Percent | Kind::Fraction)
            || dq.kind == Kind::PercentagePoints && bq.kind == Kind::Percent
            || like(diff, said_of);
        if !measures
            || !like(said_of, base)
            || bq.hedge.is_some()
            || bq.range.is_some()
            || !definite_base(scope.between(diff, base))
            || already_read(claims, said_of, diff)
            || listed(scope, said_of)
            || listed(scope, base)
        {
            continue;
        }
        claims.push(Claim::Change {
            from: base,
            to: said_of,
            stated: Stated::Quantity(diff),
        });
    }
}

/// Whether a comparative follows figure `d` ("more than", "fewer than",
/// "above"), perhaps after its noun ("£60,000 more", "eight hours less").
fn compares(scope: &Scope, d: usize) -> bool {
    scope.place(d).is_some_and(|p| {
        let at = |k: usize, words: &[&str]| p.after().nth(k).is_some_and(|w| is_any(w, words));
        // "above", "below", "over", "under" compare on their own.
        (0..2).any(|k| at(k, ALONE) || at(k, COMPARATIVES) && p.after_is(k + 1, "than"))
    })
}

/// "41,000 on Saturday and 38,000 on Sunday", "the 200 and 150 of the
/// two halls": a figure joined to a like one by "and" or "plus" is an
/// item of a sum, not the figure compared.
pub(super) fn listed(scope: &Scope, i: usize) -> bool {
    let joined = |a: usize, b: usize| {
        let gap = scope.between(a, b);
        scope.comparable(a, b)
            && scope.in_one_sentence(a, b)
            && gap.split_whitespace().any(|w| is_any(w, &["and", "plus"]))
            && gap.split_whitespace().count() <= 6
    };
    i.checked_sub(1).is_some_and(|b| joined(b, i)) || joined(i, i + 1)
}

/// Whether the words from the difference to the other figure name that
/// figure definitely: "more than the", "less than last year's", so that
/// "than" is no bound on it ("more than £320,000").
fn definite_base(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let owned = last.ends_with("'s") || last.ends_with("\u{2019}s");
    words.len() <= 5
        && !gap.contains([',', ';', '.'])
        && (is_any(last, &["the", "its", "their", "his", "her", "our"]) || owned)
}

/// Whether another finder already read the figure's change or the
/// difference ("up £60,000 on the £320,000").
pub(super) fn already_read(claims: &[Claim], said_of: usize, diff: usize) -> bool {
    claims.iter().any(|c| {
        matches!(c, Claim::Change { to, stated, .. }
            if *to == said_of || *stated == Stated::Quantity(diff))
    })
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_difference_than_a_definite_figure_is_the_change_from_it() {
        let text =
            "Works\n\nThe repaint cost £410,000, @ more than the £320,000 originally budgeted.\n";
        assert_eq!(rules(&text.replace('@', "£60,000")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "£90,000")).is_empty());
        assert_eq!(rules(&text.replace('@', "14%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "28%")).is_empty());
        let fewer = "Courts\n\nThey dealt with 38,300 cases in 2024, @ fewer than the 42,400 handled in 2023.\n";
        assert_eq!(rules(&fewer.replace('@', "3,100")), ["change-mismatch"]);
        assert!(rules(&fewer.replace('@', "4,100")).is_empty());
    }

    #[test]
    fn a_bound_or_another_kind_of_difference_states_no_change() {
        // "more than £320,000" bounds the figure; nothing is said of a change.
        let bound =
            "Works\n\nThe repaint cost £410,000, £60,000 more than £320,000 would have bought.\n";
        assert!(rules(bound).is_empty());
        // An item of a sum is not the figure compared.
        let items = "Fair\n\nVisitors numbered 41,000 on Saturday and 38,000 on Sunday, 9,000 more than the 70,000 of last year.\n";
        assert!(rules(items).is_empty());
        // A difference of other things than the figures.
        let other = "Fees\n\nThe club has 410 members, £60 more than the £320 fee of last year.\n";
        assert!(rules(other).is_empty());
        // Not set off from the figure: a clause of its own.
        let clause = "Works\n\nThe repaint cost £410,000 and took £60,000 more than the £320,000 budgeted.\n";
        assert!(rules(clause).is_empty());
    }
}
