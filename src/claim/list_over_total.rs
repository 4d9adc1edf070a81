//! A list of like amounts that adds up to more than the story's earlier
//! figure for the same thing: "Insurers have received claims worth €214m
//! ... Household claims account for €128m, claims from shops for €61m and
//! claims for damaged vehicles for €52m."
//!
//! A list need not be complete to be read so: parts, complete or a
//! selection, never add up to more than their whole. The whole is told
//! by evidence, not by a wording: an earlier figure of the kind and unit
//! whose own words (its noun, or the words just before it) the list's
//! sentence says again. When any earlier figure of the kind is large
//! enough to hold the list, the list may be of that one, and nothing is
//! claimed.

use super::context::{is_any, word_stem};
use super::{Claim, Scope};
use crate::quantity::Kind;

/// How many paragraphs back the whole may stand.
const PARAGRAPHS_BACK: usize = 3;

/// How far a list may overshoot its whole and still be read as its parts.
const OVERSHOOT: f64 = 1.5;

/// How many words before a figure may name what it is of.
const NAMING_WORDS: usize = 3;

/// Words that name nothing a list could be of.
const COMMON: &[&str] = &[
    "about", "around", "which", "their", "these", "those", "there", "where", "with", "from",
    "that", "this", "were", "have", "said", "says", "will", "would", "worth", "total", "some",
    "more", "than", "almost", "nearly", "over", "under", "just", "also", "been", "being", "into",
    "while", "after", "before", "since", "year", "years", "million", "billion",
];

/// Words that make a sentence's figures something other than parts:
/// products, averages, comparisons and changes.
const NOT_PARTS: &[&str] = &[
    "each", "every", "apiece", "average", "averaged", "than", "compared", "versus", "vs", "rose",
    "fell", "risen", "fallen", "increase", "decrease", "per", "between",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let used = listed_figures(claims);
    let mut i = 0;
    while i < scope.quantities.len() {
        let sentence = scope.sentence_range(i);
        i = sentence.end.max(i + 1);
        // Cheapest tests first: most sentences hold no two like amounts.
        // The words and the figures' own tests are read only for a list.
        let amounts: Vec<usize> = sentence
            .clone()
            .filter(|&j| plain_amount(scope, j))
            .collect();
        let Some(&first) = amounts.first() else {
            continue;
        };
        let like: Vec<usize> = amounts
            .iter()
            .copied()
            .filter(|&j| scope.comparable(first, j))
            .collect();
        let run = super::breakdown::coordinated_run(scope, &like);
        if run.len() < 2
            || run.len() != like.len()
            || sentence
                .clone()
                .any(|j| !run.contains(&j) && scope.comparable(first, j))
            || run.iter().any(|p| used.binary_search(p).is_ok())
            || scope.sentence_words(first).any(|w| is_any(w, NOT_PARTS))
            || !says_parts(scope, first)
            || !run.iter().all(|&p| part_like(scope, p))
        {
            continue;
        }
        let sum: f64 = run
            .iter()
            .filter_map(|&p| scope.q(p))
            .map(|q| q.interval.low)
            .sum();
        let earlier: Vec<usize> = scope
            .earlier(first, PARAGRAPHS_BACK)
            .filter(|&w| scope.comparable(first, w) && !scope.in_one_sentence(w, first))
            .collect();
        // A figure large enough to hold the list may be its whole.
        if earlier
            .iter()
            .any(|&w| scope.q(w).is_some_and(|q| q.interval.high >= sum))
        {
            continue;
        }
        let list_words: Vec<String> = scope.sentence_words(first).map(group_stem).collect();
        let largest = run
            .iter()
            .filter_map(|&p| scope.q(p))
            .map(|q| q.interval.high)
            .fold(0.0, f64::max);
        // Each part is smaller than the whole, and the list overshoots it
        // as a slip does, not as a list of other, larger things would.
        let whole = earlier.iter().copied().find(|&w| {
            scope
                .q(w)
                .is_some_and(|q| q.interval.low > largest && sum <= q.interval.high * OVERSHOOT)
                && whole_like(scope, w, run.len())
                && naming_words(scope, w)
                    .iter()
                    .any(|n| list_words.contains(n))
        });
        if let Some(total) = whole {
            claims.push(Claim::Breakdown {
                total,
                parts: run,
                open: true,
            });
        }
    }
}

/// Whether the list's sentence says its figures are parts of something
/// ("account for", "made up", "of which"), not amounts of their own that
/// stand side by side ("Labour's campaign cost £1.7m, the Lib Dems'
/// £1.19m").
fn says_parts(scope: &Scope, first: usize) -> bool {
    let words: Vec<&str> = scope.sentence_words(first).collect();
    words.windows(2).enumerate().any(|(k, pair)| match pair {
        [verb, "for"] => is_any(verb, &["account", "accounts", "accounted"]),
        // Not "to make up for a drop": to compensate.
        [made, "up"] => {
            is_any(made, &["make", "makes", "made"]) && words.get(k + 2).is_none_or(|w| *w != "for")
        }
        ["of", which] => is_any(which, &["which", "whom"]),
        // "Broadcasting income was the largest source at £47m".
        [_, source] if is_any(source, &["source", "sources"]) => true,
        [verb, link] => {
            is_any(verb, &["went", "goes", "go", "spent"]) && is_any(link, &["to", "on"])
                || is_any(verb, &["came", "comes", "come"]) && *link == "from"
        }
        _ => false,
    })
}

/// The figures of the lists and shares already claimed, sorted: a list
/// is read once.
pub(super) fn listed_figures(claims: &[Claim]) -> Vec<usize> {
    let mut used: Vec<usize> = claims
        .iter()
        .flat_map(|c| match c {
            Claim::Breakdown { total, parts, .. } => {
                parts.iter().copied().chain([*total]).collect::<Vec<_>>()
            }
            Claim::Shares { shares, .. } => shares.clone(),
            _ => Vec::new(),
        })
        .collect();
    used.sort_unstable();
    used
}

/// An amount that can be one part of a list: one figure, of now, not a
/// rate, a change or a year.
pub(super) fn part_like(scope: &Scope, i: usize) -> bool {
    plain_amount(scope, i)
        && scope.place(i).is_some_and(|p| !p.past_frame())
        && !super::breakdown::is_rate(scope, i)
        && !super::change::is_stated_change(scope, i)
}

/// One amount of a list's kind, the cheap part of [`part_like`]: a count,
/// sum or measure with its unit, one figure, not vague.
pub(super) fn plain_amount(scope: &Scope, i: usize) -> bool {
    // "paying £6 each" is a price, no item of a list.
    scope.single_amount(i)
        && !super::breakdown::is_rate(scope, i)
        && scope
            .q(i)
            .is_some_and(|q| !q.vague && (q.kind != Kind::Measure || q.unit.is_some()))
}

/// An amount that can be the whole of `parts` listed items: one figure, of
/// now, no rate or change, and no count of the items themselves.
fn whole_like(scope: &Scope, w: usize, parts: usize) -> bool {
    scope.single_amount(w)
        && scope
            .q(w)
            .is_some_and(|q| !q.vague && q.point() != parts as f64)
        && scope
            .place(w)
            .is_some_and(|p| !p.past_frame() && !p.after_is(0, "of"))
        && !super::breakdown::is_rate(scope, w)
        && !super::change::is_stated_change(scope, w)
}

/// The words that say what figure `w` is of: its noun and the content
/// words just before it in its sentence ("claims worth €214m"), as stems.
fn naming_words(scope: &Scope, w: usize) -> Vec<String> {
    let noun = scope.q(w).and_then(|q| q.noun.clone());
    scope
        .place(w)
        .into_iter()
        .flat_map(|p| p.before().rev().take(NAMING_WORDS))
        .filter(|x| {
            x.len() >= 4 && x.chars().all(|c| c.is_ascii_alphabetic()) && !is_any(x, COMMON)
        })
        .map(group_stem)
        .chain(noun.as_deref().map(group_stem))
        .collect()
}

/// A word's stem as one of its group's: "revenue" and "income" name one
/// sum ([`super::synonyms`]).
fn group_stem(w: &str) -> String {
    let lemma = crate::quantity::noun::normalise(w.trim_end_matches(['.', ',', ';', ':']));
    word_stem(super::synonyms::group_of(&lemma), 5)
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    const CLAIMS: &str = "Flood claims\n\nInsurers have received claims worth €214m for flood damage, the federation said.\n\nHousehold claims account for €128m, claims from shops for €61m and claims for damaged vehicles for €N.\n";

    #[test]
    fn a_list_adding_up_to_more_than_its_whole_is_a_slip() {
        assert_eq!(rules(&CLAIMS.replace('N', "52m")), ["sum-mismatch"]);
        // A selection may fall short of the whole.
        let among = CLAIMS.replace("Household claims", "Among them, household claims");
        assert!(rules(&among.replace('N', "12m")).is_empty());
    }

    #[test]
    fn a_list_of_other_things_is_not_of_the_figure() {
        let text = CLAIMS
            .replace("Household claims", "Repairs to homes")
            .replace("claims from shops", "shops")
            .replace("claims for damaged vehicles", "vehicles");
        assert!(rules(&text.replace('N', "52m")).is_empty());
    }

    #[test]
    fn amounts_side_by_side_are_no_parts() {
        let text = "Spending\n\nUKIP spent £2.36m on the campaign.\n\nLabour's campaign cost £1.7m, the Lib Dems' £1.19m and the Greens' £404,000.\n";
        assert!(rules(text).is_empty());
        let parts = text.replace(
            "Labour's campaign cost £1.7m, the Lib Dems' £1.19m and the Greens' £404,000",
            "Its campaign spending went on adverts, £1.7m, leaflets, £1.19m, and rallies, £404,000",
        );
        assert_eq!(rules(&parts), ["sum-mismatch"]);
    }

    #[test]
    fn sources_of_a_sum_named_by_another_word_for_it() {
        let text = "Club\n\nThe club reported record revenue of £86m for last season.\n\nBroadcasting income was the largest source at £47m, followed by commercial deals worth £24m and matchday takings of N.\n";
        assert_eq!(rules(&text.replace('N', "£21m")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "£15m")).is_empty());
    }

    #[test]
    fn a_larger_figure_before_may_be_the_whole() {
        let text = CLAIMS.replace(
            "for flood damage",
            "for flood damage, out of €300m of losses",
        );
        assert!(rules(&text.replace('N', "52m")).is_empty());
    }
}
