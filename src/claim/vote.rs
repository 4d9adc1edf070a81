//! Votes: "passed by 29 votes to 22, meaning that 70% of the councillors
//! present backed it". The two sides make the whole; a share in the same
//! sentence must be one side's part of it.

use super::{Claim, Scope};
use crate::quantity::Kind;

/// Verbs that make "by 29 to 22" a vote.
const VOTE_VERBS: &[&str] = &[
    "passed", "approved", "carried", "rejected", "defeated", "voted", "won", "lost", "backed",
    "elected", "adopted", "endorsed", "vote", "margin",
];

/// "by 29 votes to 22": the two sides of a vote and a share of them.
pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for yes in 0..scope.quantities.len() {
        let no = yes + 1;
        let (Some(a), Some(b)) = (scope.q(yes), scope.q(no)) else {
            continue;
        };
        let by = scope.place(yes).is_some_and(|p| p.prev_is(&["by"]));
        // "votes against" is the longest joint: longer text between is not read.
        let joint = (by && b.span.start.saturating_sub(a.span.end) <= 16)
            .then(|| scope.lowercase(crate::span::Span::new(a.span.end, b.span.start)));
        // A bare "by 12,400 to 2.61 million" is a change unless a vote is named.
        let voted = || {
            scope
                .place(yes)
                .is_some_and(|p| p.before_has(4, VOTE_VERBS))
        };
        let split = joint.is_some_and(|j| match j.trim() {
            "votes to" | "votes against" => true,
            "to" => voted(),
            _ => false,
        }) && scope
            .place(no)
            .is_some_and(|p| !p.after_has(1, &["per", "percent"]));
        if !(split && a.kind == Kind::Count && b.kind == Kind::Count) {
            continue;
        }
        let share = scope.same_sentence(no).filter(|&s| s > no).find(|&s| {
            scope
                .q(s)
                .is_some_and(|q| q.kind == Kind::Percent && q.range.is_none())
        });
        if let Some(share) = share {
            claims.push(Claim::ShareOfTwo {
                one: yes,
                other: no,
                share,
            });
        }
    }
}
