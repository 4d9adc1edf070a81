//! A change stated beside one figure whose other figure is the like one
//! of the sentence before, said of another time: "Average attendance was
//! 8,400 in the 2022 season. This year the figure slipped to 7,350, a fall
//! of roughly a quarter"; "Income from fines reached £3.4m last year. Two
//! years ago it was £2.1m, meaning the take has risen by about 38%".
//!
//! Evidence asked for: each sentence gives one figure of the kind, of one
//! size; the later sentence speaks of the same things (the same noun, a
//! word of the earlier figure's description, or a back-reference: "it",
//! "the figure", "only 150,000 did"); the two times are told apart
//! ([`When`]); and the stated direction agrees with the pair's.

use super::change::{
    difference_direction, direction, is_stated_change, names_other_base, noun_direction,
};
use super::change_apart::{change_pairs, of_one_size, paired_figures, plausible};
use super::context::is_any;
use super::time::when;
use super::{Claim, Scope, Stated};
use crate::quantity::Kind;
use std::cmp::Ordering;

/// Words by which a sentence speaks of a figure said before.
const BACK_REFERENCES: &[&str] = &[
    "it", "they", "figure", "number", "total", "tally", "count", "that", "this",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut paired: Option<Vec<usize>> = None;
    let mut stated_already = super::change::stated_changes(claims);
    stated_already.sort_unstable();
    let mut found = Vec::new();
    for s in 0..scope.quantities.len() {
        let Some(sq) = scope.q(s) else { continue };
        if !matches!(sq.kind, Kind::Percent | Kind::Fraction)
            || sq.range.is_some()
            || scope.in_headline(s)
            || stated_already.binary_search(&s).is_ok()
            || !is_stated_change(scope, s)
            || names_other_base(scope, s, "")
        {
            continue;
        }
        let Some(up) = stated_direction(scope, s) else {
            continue;
        };
        let Some(x) = said_of(scope, s) else {
            continue;
        };
        // "from 8,400 to 7,350, a fall of ...", "7,350, a fall of 12% from
        // 8,400": a pair of its own sentence. A figure of a clause after the
        // change ("while the grant has been frozen at £3.1m") is another's.
        let own_pair =
            |j: usize| j < s || scope.place(j).is_some_and(|p| p.prev_is(&["from", "on"]));
        if scope.same_sentence(s).any(|j| {
            j != x
                && own_pair(j)
                && scope.comparable(j, x)
                && level(scope, j)
                && of_size(scope, j, x)
        }) {
            continue;
        }
        let Some(y) = like_figure_before(scope, x) else {
            continue;
        };
        let paired = paired.get_or_insert_with(|| paired_figures(&change_pairs(scope, claims)));
        if paired.binary_search(&x).is_ok()
            || paired.binary_search(&y).is_ok()
            || !spoken_of_again(scope, y, x)
        {
            continue;
        }
        let (from, to) = match when(scope, y).order(when(scope, x)) {
            Some(Ordering::Less) => (y, x),
            Some(Ordering::Greater) => (x, y),
            _ => continue,
        };
        let rose = scope.q(to).map(|q| q.point()) > scope.q(from).map(|q| q.point());
        if rose != up || !plausible(scope, s, from, to) {
            continue;
        }
        found.push(Claim::Change {
            from,
            to,
            stated: Stated::Quantity(s),
        });
    }
    claims.extend(found);
}

/// The level a stated change is said of: right before it ("7,350, a fall
/// of roughly a quarter", "it was £2.1m, meaning the take has risen by
/// about 38%") or right after it ("rose 5% to 1,320").
fn said_of(scope: &Scope, s: usize) -> Option<usize> {
    let before = s.checked_sub(1).filter(|&b| {
        let gap = scope.between(b, s);
        level(scope, b)
            && gap.contains(',')
            && !gap.contains([';', '.'])
            && gap.split_whitespace().count() <= 8
    });
    let after = Some(s + 1).filter(|&a| level(scope, a) && scope.between(s, a).trim() == "to");
    before.or(after).filter(|&x| scope.in_one_sentence(x, s))
}

/// A count, sum or measure stated as one figure, not itself a change and
/// not a modifier ("the 11,500-capacity ground").
fn level(scope: &Scope, j: usize) -> bool {
    scope.single_amount(j)
        && !is_stated_change(scope, j)
        && !super::part::is_compound_modifier(scope, j)
}

/// The one like figure, of a size with `x`, of the nearest sentence before
/// `x`'s that has any, in its paragraph or the one before.
fn like_figure_before(scope: &Scope, x: usize) -> Option<usize> {
    let sentence = scope.place(x)?.sentence;
    let like: Vec<usize> = scope
        .earlier(x, 1)
        .filter(|&j| {
            scope.place(j).is_some_and(|p| p.sentence < sentence)
                && scope.comparable(j, x)
                && !scope.in_headline(j)
        })
        .collect();
    let nearest = scope.place(*like.first()?)?.sentence;
    // A sentence with a change of its own compares its figure already.
    if scope
        .same_sentence(*like.first()?)
        .any(|j| is_stated_change(scope, j))
    {
        return None;
    }
    let mut sized = like
        .into_iter()
        .filter(|&j| scope.place(j).is_some_and(|p| p.sentence == nearest))
        .filter(|&j| level(scope, j) && of_size(scope, j, x));
    match (sized.next(), sized.next()) {
        (Some(y), None) => Some(y),
        _ => None,
    }
}

/// Whether two figures are of one size ([`of_one_size`]).
fn of_size(scope: &Scope, a: usize, b: usize) -> bool {
    let size = |j: usize| scope.q(j).map(|q| q.point());
    size(a).zip(size(b)).is_some_and(|(a, b)| of_one_size(a, b))
}

/// Whether `x`'s sentence speaks of what `y` counts: the same noun, a word
/// of `y`'s description, "it" or "the figure", or "only 150,000 did".
fn spoken_of_again(scope: &Scope, y: usize, x: usize) -> bool {
    match scope.same_things(y, x) {
        Some(same) => same,
        None => {
            super::context::led_by_one_stem(scope, y, x, 80)
                || scope
                    .words_leading_to(x, 60)
                    .any(|w| is_any(w, BACK_REFERENCES))
                || scope.place(x).is_some_and(|p| {
                    p.after()
                        .next()
                        .is_some_and(|w| is_any(w, &["did", "do", "does"]))
                        // "In the 12 months since there have been 15": the
                        // count the sentence before named, not said again.
                        || p.before().rev().take(3).any(|w| w.eq_ignore_ascii_case("there"))
                            && p.before_has(2, &["are", "were", "is", "was", "been"])
                })
        }
    }
}

/// Up or down, as the change says: "a fall of 60%", "a 12% rise", "has
/// risen by about 38%".
fn stated_direction(scope: &Scope, s: usize) -> Option<bool> {
    let p = scope.place(s)?;
    difference_direction(scope, s)
        .or_else(|| p.after().next().and_then(noun_direction))
        .or_else(|| p.before().rev().take(3).find_map(direction))
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_change_beside_its_end_finds_its_start_said_of_another_time() {
        let text = "Gates\n\nAverage attendance at the 11,500-capacity ground was 8,400 in the 2022 season.\n\nThis year the figure slipped to 7,350, a fall of @, despite nine home wins.\n";
        assert_eq!(
            rules(&text.replace('@', "roughly a quarter")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('@', "about 12%")).is_empty());
    }

    #[test]
    fn the_start_may_stand_beside_the_change_and_the_end_before() {
        let text = "Fines\n\nIncome from parking fines reached £3.4m last year. Two years ago it was £2.1m, meaning the take has risen by about @.\n";
        assert_eq!(rules(&text.replace('@', "38%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "62%")).is_empty());
    }

    #[test]
    fn an_elided_noun_counts_what_the_sentence_before_counted() {
        let text = "Port\n\nIn 2019, some 240,000 passengers came ashore from 186 ship calls.\n\nLast year only 150,000 did, a fall of @, after a cap of 3 ships a day.\n";
        assert_eq!(rules(&text.replace('@', "60%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "37%")).is_empty());
    }

    #[test]
    fn they_and_the_season_before_last_point_back() {
        let text = "Theatre\n\nTicket sales brought in £2.1m the season before last. This time they reached £2.8m, a rise of @, as audiences returned.\n";
        assert_eq!(rules(&text.replace('@', "a quarter")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "a third")).is_empty());
    }

    #[test]
    fn a_figure_in_a_clause_after_the_change_is_another_s() {
        let text = "Museum\n\nRunning the museum cost £4.2m in 2019. It now costs £5.6m, an increase of @, while the council grant has been frozen at £3.1m since 2016.\n";
        assert_eq!(rules(&text.replace('@', "a quarter")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "a third")).is_empty());
    }

    #[test]
    fn figures_of_other_things_or_of_one_time_are_no_pair() {
        // Sold and bought are two things; the week before dates the
        // comparison, not the figure.
        let other = "Shares\n\nInvestors sold shares worth 727 million euros, down 5% from the previous week. They bought stock worth 615 million euros, down 5.2%.\n";
        assert!(rules(other).is_empty());
        // Both said of now: no time sets them apart.
        let same_time = "Club\n\nThe club has 8,400 members. The figure includes 7,350 juniors, a rise of 40%.\n";
        assert!(rules(same_time).is_empty());
        // A stated rise of a fall is of other figures.
        let wrong_way = "Gates\n\nAttendance was 8,400 in 2022. This year the figure reached 7,350, a rise of 40%.\n";
        assert!(rules(wrong_way).is_empty());
    }

    #[test]
    fn a_figure_before_an_event_is_the_start_of_the_change_since() {
        let text = "Road\n\nIn the 12 months before it opened there were 24 collisions involving cyclists. In the 12 months since there have been 15, a drop of @, the council said.\n";
        assert_eq!(rules(&text.replace('@', "60%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "38%")).is_empty());
    }
}
