//! A figure pointed back to by what was said of it: "A public appeal ...
//! raised £4.6m in its first seven days" ... "the £3.1m given by the
//! public in the appeal's first week".
//!
//! A definite amount followed by a participle ("the £3.1m given by ...",
//! "the 16,500 sold ...") is described, not introduced: the clause says
//! again what the story said of an earlier figure. The earlier figure is
//! the one like amount whose sentence shares at least two of the clause's
//! content words; with two such figures of different values, it is not
//! known which is meant and nothing is claimed.

use super::context::{derived_stem, is_any};
use super::{Claim, Scope};
use crate::quantity::Kind;

/// How many paragraphs back the figure described may stand.
const PARAGRAPHS_BACK: usize = 6;

/// How many words of the clause after the participle are read.
const CLAUSE_WORDS: usize = 10;

/// How many content words the clause and the earlier sentence must share.
const SHARED: usize = 2;

/// Words too common to tie a clause to a sentence.
const COMMON: &[&str] = &[
    "their", "there", "these", "those", "which", "where", "with", "from", "into", "that", "this",
    "have", "been", "were", "said", "says", "about", "over", "under", "more", "than", "year",
    "years", "million", "billion", "total",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for i in 0..scope.quantities.len() {
        // Cheapest tests first: most figures are not "the N <participle>".
        let (Some(q), Some(p)) = (scope.q(i), scope.place(i)) else {
            continue;
        };
        // A count may name its things before the participle ("the 68,000
        // parcels handed out"), as the figure it points back to must.
        let noun = q.noun.as_deref().filter(|_| q.kind == Kind::Count);
        let amount = q.kind == Kind::Money || q.kind == Kind::Count;
        // "a 32 pct increase over the 12-1/2 cts paid", "well below the
        // 1.1 billion dlrs spent in 1985": set against, not said again.
        if !amount
            || q.range.is_some()
            || q.vague
            || !p.prev_is(&["the"])
            || p.before_has(3, super::restatement::COMPARED)
            || p.before_has(3, &["over", "under", "beyond", "within"])
        {
            continue;
        }
        // The noun right after the figure ("the three other freed
        // detainees" are a part), and no whole of a part ("2.6 mln of the
        // 3.06 mln shares held").
        if noun.is_some_and(|n| {
            p.after()
                .next()
                .is_none_or(|w| crate::quantity::noun::normalise(&w.to_ascii_lowercase()) != n)
                || i.checked_sub(1)
                    .is_some_and(|part| scope.between(part, i).trim() == "of the")
        }) {
            continue;
        }
        // "the 240 homes that flooded": a relative clause describes too.
        let mut skip = usize::from(noun.is_some());
        if p.after()
            .nth(skip)
            .is_some_and(|w| is_any(w, &["that", "which", "who"]))
        {
            skip += 1;
        }
        let Some(participle) = p.after().nth(skip).filter(|w| is_participle(w)) else {
            continue;
        };
        if dated_otherwise(scope, i) {
            continue;
        }
        let same_things = |j: usize| {
            noun.is_none_or(|n| {
                scope
                    .q(j)
                    .and_then(|x| x.noun.as_deref())
                    .is_some_and(|m| super::synonyms::same_things(n, m))
            })
        };
        let clause: Vec<String> = super::part::following_words(scope, i, CLAUSE_WORDS + 1 + skip)
            .into_iter()
            .skip(1 + skip)
            .filter(|w| is_content(w))
            .map(derived_stem)
            .chain([derived_stem(participle)])
            .collect();
        let described: Vec<usize> = scope
            .earlier(i, PARAGRAPHS_BACK)
            .filter(|&j| {
                // Cheapest tests first; the words and the time come last.
                scope.comparable(i, j)
                    && same_things(j)
                    && scope.q(j).is_some_and(|x| x.range.is_none() && !x.vague)
                    && scope.place(j).map(|x| x.sentence) != Some(p.sentence)
                    // "up from 48,500 the year before" is another time's.
                    && !scope.place(j).is_some_and(|x| x.prev_is(&["from"]))
                    && shared_words(scope, j, &clause) >= SHARED
                    && super::restatement::same_frame(scope, j, i)
            })
            .collect();
        let Some(&first) = described.last() else {
            continue;
        };
        let value = scope.q(first).and_then(|f| f.value);
        // "a 25 mln dlr loan ... increased to 40 mln dlrs ... the 40 mln":
        // a value stated before is where the amount now stands.
        let stated_before = scope
            .earlier(i, PARAGRAPHS_BACK)
            .any(|j| scope.comparable(i, j) && scope.q(j).is_some_and(|x| x.value == q.value));
        let one_value = described
            .iter()
            .all(|&j| scope.q(j).and_then(|x| x.value) == value);
        if one_value
            && !stated_before
            && value != q.value
            && scope
                .q(first)
                .is_some_and(|f| super::restatement::close(f, q))
            && super::restatement::same_frame(scope, first, i)
        {
            claims.push(Claim::Restatement { first, second: i });
        }
    }
}

/// Whether a year follows the figure in its clause ("the 1.1 billion dlrs
/// spent in 1985"): the figure of that year, not of the story's now.
fn dated_otherwise(scope: &Scope, i: usize) -> bool {
    let Some(p) = scope.place(i) else {
        return false;
    };
    scope.sentence_range(i).any(|j| {
        j > i
            && scope.q(j).is_some_and(|y| y.kind == Kind::Year)
            && scope.place(j).is_some_and(|y| y.sentence == p.sentence)
            && !scope.between(i, j).contains([',', ';'])
            && scope.between(i, j).split_whitespace().count() <= DATED_WORDS
    })
}

/// How many words may stand between a figure and the year that dates it:
/// "when we opened our first centre in 2009" further on dates something
/// else.
const DATED_WORDS: usize = 12;

/// "given", "raised", "collected": a past participle, not an adjective
/// before a noun ("the £3m annual budget") nor a function word.
fn is_participle(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_lowercase())
        && (is_any(w, crate::quantity::noun::IRREGULAR_PARTICIPLES)
            || w.len() > 4 && w.ends_with("ed"))
}

/// A word that can tie a clause to a sentence: a lowercase word of four
/// letters or more, not a function word.
fn is_content(w: &str) -> bool {
    w.len() >= 4
        && w.chars().all(|c| c.is_ascii_alphabetic())
        && !is_any(w, COMMON)
        && !crate::quantity::noun::is_stop(&w.to_ascii_lowercase())
}

/// How many of the clause's stems figure `j`'s sentence says.
fn shared_words(scope: &Scope, j: usize, clause: &[String]) -> usize {
    let said: Vec<String> = scope
        .sentence_words(j)
        .filter(|w| is_content(w))
        .map(derived_stem)
        .collect();
    let mut shared: Vec<&String> = clause.iter().filter(|c| said.contains(c)).collect();
    shared.sort_unstable();
    shared.dedup();
    shared.len()
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    const APPEAL: &str = "Flood appeal\n\nA public appeal for flood victims raised £4.6m in its first seven days, the alliance said.\n\nIts chief executive said the £N given by the public in the appeal's first week would pay for clean water.\n";

    #[test]
    fn a_relative_clause_describes_a_count_again() {
        let text = "Floods\n\nMore than 340 homes in Otterford were flooded when the river burst its banks, the district council said.\n\nResidents of the # homes that flooded have been offered a council tax holiday.\n";
        assert_eq!(rules(&text.replace('#', "240")), ["restatement-conflict"]);
        assert!(rules(&text.replace('#', "346")).is_empty());
    }

    #[test]
    fn a_count_named_and_described_again_restates_it() {
        let text = "Food bank\n\nThe network handed out 61,000 food parcels in the year to March, up from 48,500 the year before.\n\nThe chair said the # parcels handed out in the year to March were more than she expected when she opened the first centre in 2009.\n";
        assert_eq!(
            rules(&text.replace('#', "68,000")),
            ["restatement-conflict"]
        );
        assert!(rules(&text.replace('#', "61,000")).is_empty());
        // A narrower group, or the whole of a part, is another figure.
        let other = "Detainees\n\nHe is the first of the four detainees freed last month to speak.\n\nHe and the three other freed detainees were released without charge.\n";
        assert!(rules(other).is_empty());
        let whole = "Shares\n\nThe company agreed to buy back 2.6 mln of its shares from the investor.\n\nIt agreed to buy the 2.6 mln of the 3.06 mln shares held by the investor at 24 dlrs.\n";
        assert!(rules(whole).is_empty());
    }

    #[test]
    fn a_sum_described_again_by_its_clause_restates_it() {
        assert_eq!(
            rules(&APPEAL.replace('N', "3.1m")),
            ["restatement-conflict"]
        );
        assert!(rules(&APPEAL.replace('N', "4.6m")).is_empty());
    }

    #[test]
    fn a_clause_saying_other_things_is_another_sum() {
        let text = APPEAL.replace(
            "given by the public in the appeal's first week",
            "spent on shelter kits so far",
        );
        assert!(rules(&text.replace('N', "3.1m")).is_empty());
    }

    #[test]
    fn a_sum_set_against_or_dated_is_another() {
        let against = APPEAL.replace("said the £N", "said it was well below the £N");
        assert!(rules(&against.replace('N', "3.1m")).is_empty());
        let dated = APPEAL.replace("first week would", "first week in 2019 would");
        assert!(rules(&dated.replace('N', "3.1m")).is_empty());
    }

    #[test]
    fn two_sums_the_clause_could_mean_are_left_alone() {
        let text = APPEAL.replace(
            "the alliance said",
            "and a second public appeal raised £2.9m in its first week",
        );
        assert!(rules(&text.replace('N', "3.1m")).is_empty());
    }
}
