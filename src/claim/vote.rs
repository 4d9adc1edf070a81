//! Votes: "passed by 29 votes to 22, meaning that 70% of the councillors
//! present backed it". The two sides make the whole; a share in the same
//! sentence must be one side's part of it. And the shares of one contest
//! ("winning 41 per cent of the vote ... second with 28 per cent, followed
//! by ... 22 per cent") are parts of one whole: together at most 100%.

use super::{Claim, Scope};
use crate::quantity::Kind;

/// Verbs that make "by 29 to 22" a vote.
const VOTE_VERBS: &[&str] = &[
    "passed", "approved", "carried", "rejected", "defeated", "voted", "won", "lost", "backed",
    "elected", "adopted", "endorsed", "vote", "margin",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    sides(scope, claims);
    shares_of_one_contest(scope, claims);
}

/// Words that rank a candidate after the winner.
const RANKED: &[&str] = &[
    "second", "third", "fourth", "followed", "trailed", "behind", "runner", "ahead",
];

/// "winning 41 per cent of the vote. X came second with 28 per cent,
/// followed by Y on 22 per cent and Z on 14": the winner's share of the
/// vote and the ranked shares of the sentence after it.
fn shares_of_one_contest(scope: &Scope, claims: &mut Vec<Claim>) {
    let is_candidate_share = |s: usize| {
        scope
            .q(s)
            .is_some_and(|q| q.kind == Kind::Percent && q.range.is_none())
            && scope.place(s).is_some_and(|p| {
                // "on a turnout of 24.8%", "up from 35%": not a candidate's.
                !p.before_has(3, &["turnout", "from", "than", "against", "up", "down"])
                    && !p.after_has(1, &["points", "point"])
            })
            && !super::change::is_stated_change(scope, s)
    };
    let mut i = 0;
    while i < scope.quantities.len() {
        let winner = i;
        i += 1;
        let Some(wp) = scope.place(winner) else {
            continue;
        };
        let vote_at = |n: usize| wp.after_is(n, "vote") || wp.after_is(n, "votes");
        let of_the_vote =
            wp.after_is(0, "of") && (wp.after_is(1, "the") && vote_at(2) || vote_at(1));
        if !of_the_vote || !is_candidate_share(winner) {
            continue;
        }
        // The ranked shares of the next sentence with figures.
        let next: Vec<usize> = (winner + 1..scope.quantities.len())
            .skip_while(|&j| scope.place(j).is_some_and(|p| p.sentence == wp.sentence))
            .take(super::REACH)
            .collect();
        let next_sentence = next
            .first()
            .and_then(|&j| scope.place(j))
            .map(|p| p.sentence);
        // "..., ahead of Treharne on 28 per cent": the winner's sentence may
        // rank the others too.
        let same: Vec<usize> = (winner + 1..scope.quantities.len())
            .take_while(|&j| scope.place(j).is_some_and(|p| p.sentence == wp.sentence))
            .filter(|&j| is_candidate_share(j))
            .collect();
        let after: Vec<usize> = next
            .into_iter()
            .take_while(|&j| scope.place(j).map(|p| p.sentence) == next_sentence)
            .filter(|&j| is_candidate_share(j))
            .collect();
        // A sentence that lists the others itself is the whole list; the
        // next may be another poll's.
        let (others, ranked) = if same.is_empty() {
            let ranked = after
                .first()
                .is_some_and(|&j| scope.sentence_has(j, RANKED));
            (after, ranked)
        } else {
            let ranked = same.first().is_some_and(|&j| scope.sentence_has(j, RANKED))
                || scope.sentence_has(winner, &["with", "on"]);
            (same, ranked)
        };
        let near = others
            .first()
            .and_then(|&j| scope.place(j))
            .is_some_and(|p| p.paragraph <= wp.paragraph + 1);
        if others.len() >= 2 && ranked && near {
            let mut shares = vec![winner];
            shares.extend(others);
            claims.push(Claim::Shares {
                shares,
                exhaustive: false,
            });
        }
    }
}

/// "by 29 votes to 22": the two sides of a vote and a share of them.
fn sides(scope: &Scope, claims: &mut Vec<Claim>) {
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
            claims.push(Claim::VoteShare { yes, no, share });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn the_shares_of_one_contest_are_at_most_the_whole_vote() {
        let text = "Mayor\n\nMoorcroft was re-elected, winning 41 per cent of the vote on a turnout of 24.8 per cent.\n\nTreharne came second with 28 per cent, followed by Brand on 22 per cent and Oakes on N per cent.\n";
        assert_eq!(rules(&text.replace('N', "14")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "9")).is_empty());
        let one = "Poll\n\nShe won 52% of the vote, ahead of Lee on 38% and Park on 19%.\n";
        assert_eq!(rules(one), ["sum-mismatch"]);
        let change =
            "Poll\n\nShe won 52% of the vote, up from 38%, and second place went to Park.\n";
        assert!(rules(change).is_empty());
        let two_polls = "Polls\n\nOne poll showed the Tories with 41% of the vote, Labour with 35% and the Alliance with 21%.\n\nAnother found the Tories ahead with 35.6% of the vote, Labour with 31.9% and the Alliance with 31.4%.\n";
        assert!(rules(two_polls).is_empty());
    }
}
