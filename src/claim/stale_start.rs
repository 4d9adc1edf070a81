//! A figure left stale after an update: "Active membership rose to 48,300
//! from 45,100" and later "the 45,100 active members were proof ...". The
//! start of a change, said again later as "the N <things>" with nothing
//! that dates it before now, restates what the story now counts, and
//! conflicts with the change's end.
//!
//! Evidence asked for: the later figure is definite ("the 45,100"), counts
//! what the pair counts (its noun is the pair's, or a synonym), and no
//! word of its sentence sets it in the past ("last year", "then", "from").

use super::context::is_any;
use super::{Claim, Scope};

/// Words that date a figure before the story's now, or set it against one.
const DATED: &[&str] = &[
    "last",
    "previous",
    "previously",
    "earlier",
    "ago",
    "before",
    "then",
    "from",
    "than",
    "against",
    "had",
    "original",
    "originally",
    "former",
    "old",
];

/// How many paragraphs on the stale figure may stand.
const PARAGRAPHS_ON: usize = 8;

/// Words that make a change one asked for or expected, not yet made: its
/// start is still the figure of now.
pub(super) const NOT_YET: &[&str] = &[
    "will", "would", "could", "may", "might", "ask", "asks", "asked", "propose", "proposes",
    "proposed", "proposal", "plan", "plans", "planned", "seek", "seeks", "expected", "expects",
    "forecast", "target",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for &(from, to) in scope.sentence_pairs() {
        let (Some(fq), Some(tq)) = (scope.q(from), scope.q(to)) else {
            continue;
        };
        let Some(pair_sentence) = scope.place(to).map(|p| p.sentence) else {
            continue;
        };
        if scope.sentence_words(to).any(|w| is_any(w, NOT_YET)) {
            continue;
        }
        let pair_noun = tq.noun.as_deref().or(fq.noun.as_deref());
        // "Active membership rose to 48,300": a pair without a noun counts
        // what its sentence's words name.
        let counts = |n: &str| match pair_noun {
            Some(p) => n == p || super::synonyms::same_things(n, p),
            None => {
                n.len() >= 4
                    && scope
                        .sentence_words(to)
                        .take_while(|w| !w.chars().any(|c| c.is_ascii_digit()))
                        .any(|w| w.to_ascii_lowercase().starts_with(n))
            }
        };
        // Within a few paragraphs, and a bounded number of figures: a huge
        // paragraph is not read to its end for every pair in it.
        let reach = scope.nearby(to, PARAGRAPHS_ON).end;
        let later = (from.max(to) + 1..reach).find(|&l| {
            scope.q(l).is_some_and(|lq| {
                lq.value.is_some()
                    && lq.value == fq.value
                    && lq.range.is_none()
                    && scope.comparable(l, from)
                    && lq.noun.as_deref().is_some_and(counts)
            }) && scope.place(l).is_some_and(|p| {
                p.sentence != pair_sentence
                    && p.prev_is(&["the"])
                    && !scope.sentence_words(l).any(|w| is_any(w, DATED))
            })
        });
        if let Some(second) = later {
            claims.push(Claim::Restatement { first: to, second });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn the_start_of_a_change_said_later_as_now_is_stale() {
        let text = "Libraries\n\nActive membership rose to 48,300 from 45,100, with the biggest gains among students.\n\nThe councillor said the @ active members were proof that libraries matter.\n";
        assert_eq!(
            rules(&text.replace('@', "45,100")),
            ["restatement-conflict"]
        );
        assert!(rules(&text.replace('@', "48,300")).is_empty());
        // Dated before now, the start is the past's figure.
        let dated = text.replace("were proof", "of last year were proof");
        assert!(rules(&dated.replace('@', "45,100")).is_empty());
        // A change asked for leaves the start the figure of now.
        let asked = text.replace("rose to", "will rise to");
        assert!(rules(&asked.replace('@', "45,100")).is_empty());
        // The change told again, with its end.
        let again = text.replace("were proof", "rose to 48,300 and were proof");
        assert!(rules(&again.replace('@', "45,100")).is_empty());
        // Not definite: another count that happens to agree.
        let other = text.replace("the @ active members", "@ active members");
        assert!(rules(&other.replace('@', "45,100")).is_empty());
    }
}
