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
        sides_restated(scope, yes, no, claims);
        let share = scope.same_sentence(no).filter(|&s| s > no).find(|&s| {
            scope
                .q(s)
                .is_some_and(|q| q.kind == Kind::Percent && q.range.is_none())
        });
        // "voted by 712 to 288 to accept a deal worth 8%": a percentage
        // further on is of the vote only when set off beside it ("or 71%")
        // or said of it ("71% in favour").
        let share = share.filter(|&s| {
            scope.between(no, s).split_whitespace().count() <= 4
                || scope.place(s).is_some_and(|p| {
                    p.after_has(2, &["of", "in", "favour", "backed", "supported", "voted"])
                })
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

/// How many figures after a vote may name one of its sides again.
const SIDES_REACH: usize = 24;

/// "passed by 34 votes to 19" ... "the 21 councillors who voted against":
/// a definite count of those who voted one way names that side again.
fn sides_restated(scope: &Scope, yes: usize, no: usize, claims: &mut Vec<Claim>) {
    for k in (no + 1..scope.quantities.len()).take(SIDES_REACH) {
        let (Some(q), Some(p)) = (scope.q(k), scope.place(k)) else {
            continue;
        };
        // Another vote ("by 30 votes to 21") has sides of its own.
        if p.prev_is(&["by"]) && p.after_is(0, "votes") {
            return;
        }
        if q.kind != Kind::Count || !p.prev_is(&["the", "all"]) {
            continue;
        }
        let after: Vec<&str> = p.after().take(5).collect();
        let voted = after
            .iter()
            .position(|w| w.eq_ignore_ascii_case("voted") || w.eq_ignore_ascii_case("voting"));
        let side = voted
            .and_then(|v| after.get(v + 1))
            .map(|w| w.to_ascii_lowercase());
        let first = match side.as_deref() {
            Some("against") => no,
            Some("for") => yes,
            _ => continue,
        };
        claims.push(Claim::Restatement { first, second: k });
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_share_beside_the_vote_is_of_it_and_a_deal_further_on_is_not() {
        let text = "Port\n\nMembers voted by 712 to 288, or @, to accept a deal worth 8% over two years.\n";
        assert!(rules(&text.replace('@', "71%")).is_empty());
        assert_eq!(rules(&text.replace('@', "81%")), ["proportion-mismatch"]);
        let deal =
            "Port\n\nMembers voted by 712 to 288 to accept a deal worth 8% over two years.\n";
        assert!(rules(deal).is_empty());
    }

    #[test]
    fn a_side_of_a_vote_named_again() {
        let text = "Budget\n\nThe budget was passed by 34 votes to 19.\n\nThe opposition leader said the N councillors who voted against the budget had backed another plan.\n";
        assert_eq!(rules(&text.replace('N', "21")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "19")).is_empty());
        let other = "Budget\n\nThe budget was passed by 34 votes to 19. An amendment was defeated by 30 votes to 21.\n\nThe 21 councillors who voted against it were all Labour.\n";
        assert!(rules(other).is_empty());
    }
}
