//! A change stated by its difference and its rate, its figures elsewhere:
//! "Emergency attendances rose by 3,200 this winter, an increase of 15% on
//! the previous year" under "- Attendances: 38,400 (last winter: 35,200)".
//!
//! The difference names the pair: of the like figures a few paragraphs
//! around, the one pair of an earlier time and now that differ by it, in
//! the direction stated. The rate is then checked against that pair. With
//! no such pair, or two, nothing is claimed.

use super::change::stated_changes;
use super::{Claim, Scope, Stated};
use crate::interval::Interval;
use crate::quantity::Kind;

/// How many paragraphs either side the pair may stand.
const PARAGRAPHS: usize = 4;

/// Words that date a figure before another past one ("a year earlier",
/// "the previous season").
const RELATIVE: &[&str] = &["earlier", "previous", "before", "prior"];

/// Verbs that say a difference is the rate after them ("represented
/// growth of 22%", "was an increase of 15%").
pub(super) const IS_IT: &[&str] = &[
    "represented",
    "represents",
    "represent",
    "meant",
    "means",
    "was",
    "is",
    "amounted",
    "amounts",
    "equalled",
    "equaled",
    "equals",
    "marked",
    "marks",
    "marking",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut stated_already = stated_changes(claims);
    stated_already.sort_unstable();
    for s in 0..scope.quantities.len() {
        let Some(sq) = scope.q(s) else { continue };
        if !matches!(sq.kind, Kind::Percent | Kind::Fraction)
            || sq.range.is_some()
            || stated_already.binary_search(&s).is_ok()
            // "That increase of 160,000 appointments, or 12.9%": the rate
            // in apposition to a difference is a change as the difference is.
            || !(super::change::is_stated_change(scope, s)
                || scope.place(s).is_some_and(|p| p.prev_is(&["or"])))
        {
            continue;
        }
        let Some((difference, up)) = difference_before(scope, s) else {
            continue;
        };
        if stated_already.binary_search(&difference).is_ok() {
            continue;
        }
        let pair = match start_beside(scope, difference, s) {
            Some(from) => end_differing_by(scope, difference, from, up).map(|to| (from, to)),
            None => pair_differing_by(scope, difference, up),
        };
        if let Some((from, to)) = pair {
            claims.push(Claim::Change {
                from,
                to,
                stated: Stated::Quantity(s),
            });
        }
    }
}

/// The amount a change of the share's sentence is stated by, before it
/// ("rose by 3,200 ..., an increase of 15%", "a rise of 3,200, or 15%",
/// "fell by 5.3TWh from 26.4TWh, a drop of 25%"), and whether it went up.
fn difference_before(scope: &Scope, s: usize) -> Option<(usize, bool)> {
    // The figure before the rate, or before its start ("by 5.3TWh from
    // 26.4TWh").
    let d = s.checked_sub(1)?;
    let d = if scope.place(d)?.prev_is(&["from"]) {
        d.checked_sub(1)?
    } else {
        d
    };
    let (dq, dp) = (scope.q(d)?, scope.place(d)?);
    if dp.sentence != scope.place(s)?.sentence
        || !matches!(dq.kind, Kind::Count | Kind::Money | Kind::Measure)
        || dq.range.is_some()
        || scope.between(d, s).split_whitespace().count() > 10
    {
        return None;
    }
    // Set beside the difference (", an increase of 15%", ", or 15%", "(15%)")
    // or said to be it ("the jump of 132,000 represented growth of 22%"):
    // "The cut of £148 a year follows a 12% rise" is another change.
    let gap = scope.between(d, s);
    let is_it = |w: &str| super::context::is_any(w, IS_IT) || w == "or";
    if !(gap.contains([',', '(']) || gap.split_whitespace().any(is_it)) {
        return None;
    }
    // "25.7 mln were in work, a rise of around 240,000 or 0.9 pct": a
    // difference beside a like figure is that figure's change, its pair not
    // elsewhere.
    // "fell by 2.6 billion dlrs or nine pct to 26.9 billion" (its unit
    // left unsaid) too.
    let its_own = |j: usize| {
        scope.comparable(d, j)
            || scope.single_amount(j) && scope.place(j).is_some_and(|p| p.prev_is(&["to", "from"]))
    };
    let start = start_beside(scope, d, s);
    if scope
        .same_sentence(d)
        .any(|j| j != d && Some(j) != start && its_own(j))
    {
        return None;
    }
    // "rose by 3,200", "an increase of 3,200", "up 3,200".
    super::change::difference_direction(scope, d).map(|up| (d, up))
}

/// The start said right after the difference and before the rate: "fell
/// by 5.3TWh from 26.4TWh the previous year, a drop of 25%".
fn start_beside(scope: &Scope, d: usize, s: usize) -> Option<usize> {
    let from = d + 1;
    (from + 1 == s
        && scope.comparable(d, from)
        && scope.place(from)?.prev_is(&["from"])
        && scope.place(d)?.prev_is(&["by"]))
    .then_some(from)
}

/// The one like figure of now near a start and its difference, in
/// another sentence, that the start changed by the difference to.
fn end_differing_by(scope: &Scope, d: usize, from: usize, up: bool) -> Option<usize> {
    let (dq, fq, fp) = (scope.q(d)?, scope.q(from)?, scope.place(from)?);
    let end = if up {
        fq.loose.add(dq.loose)
    } else {
        fq.loose.sub(dq.loose)
    };
    let mut ends = scope.nearby(d, PARAGRAPHS).filter(|&j| {
        scope.comparable(d, j)
            && scope.place(j).is_some_and(|p| p.sentence != fp.sentence)
            && scope
                .q(j)
                .is_some_and(|q| q.range.is_none() && !q.vague && end.overlaps(q.loose))
    });
    let to = ends.next()?;
    let value = scope.q(to)?.point();
    ends.all(|j| scope.q(j).is_some_and(|q| q.point() == value))
        .then_some(to)
}

/// The one pair of like figures around `d`, one dated earlier and one of
/// now, whose difference as written is `d`'s value, going the way stated.
fn pair_differing_by(scope: &Scope, d: usize, up: bool) -> Option<(usize, usize)> {
    let dq = scope.q(d)?;
    let dp = scope.place(d)?;
    let near: Vec<usize> = scope
        .nearby(d, PARAGRAPHS)
        .filter(|&j| {
            j != d
                && scope.comparable(d, j)
                && scope.place(j).is_some_and(|p| p.sentence != dp.sentence)
                && scope.q(j).is_some_and(|q| q.range.is_none() && !q.vague)
        })
        .collect();
    // How far back a figure is dated: 0 now, 1 a past time ("last year",
    // "(last winter: 35,200)"), 2 a time before another ("Twelve months
    // earlier the terminal had moved 480,000", "the previous year").
    let back = |j: usize| {
        let Some(p) = scope.place(j) else { return 0 };
        let relative = p
            .before()
            .rev()
            .take(3)
            .chain(p.after().take(4))
            .any(|w| super::context::is_any(w, RELATIVE))
            || super::referred_change::opens_on(scope, j, RELATIVE);
        if relative {
            2
        } else if p.past_frame()
            || super::referred_change::dated_earlier(scope, j)
            || p.before()
                .rev()
                .take(3)
                .any(|w| super::context::is_any(w, super::referred_change::EARLIER))
        {
            1
        } else {
            0
        }
    };
    // A table's columns may date their cells ("| Measure | 2023 | 2024 |").
    let column_year = |j: usize| {
        let q = scope.q(j)?;
        let header = super::table::column_header(scope.text, q.span.start)?;
        header
            .parse::<u16>()
            .ok()
            .filter(|y| (1900..=2100).contains(y))
    };
    // "1.24 million GP appointments in 2024": a year said right after.
    let year_after = |j: usize| {
        let y = scope.q(j + 1).filter(|q| q.kind == Kind::Year)?.value?;
        let gap = scope.between(j, j + 1);
        (gap.ends_with(" in ") && gap.split_whitespace().count() <= 4).then_some(y as u16)
    };
    // Each figure's dates, read once.
    let dated: Vec<(usize, Option<u16>, u8)> = near
        .iter()
        .map(|&j| (j, column_year(j).or_else(|| year_after(j)), back(j)))
        .collect();
    let before = |a: &(usize, Option<u16>, u8), b: &(usize, Option<u16>, u8)| match (a.1, b.1) {
        (Some(x), Some(y)) => x < y,
        _ => a.2 > b.2,
    };
    let mut found: Option<(usize, usize)> = None;
    for a in &dated {
        for b in dated.iter().filter(|b| before(a, b)) {
            let (from, to) = (a.0, b.0);
            let (Some(f), Some(t)) = (scope.q(from), scope.q(to)) else {
                continue;
            };
            // "480,000 boxes" to "612,000 containers" by "the jump of 132,000
            // containers": the difference names what one side counts, and
            // figures that differ by it exactly are rarely two things.
            let same_things = match (f.noun.as_deref(), t.noun.as_deref()) {
                (Some(a), Some(b)) => {
                    super::synonyms::same_things(a, b)
                        || dq.noun.as_deref().is_some_and(|n| n == a || n == b)
                }
                _ => true,
            };
            let difference = t.point() - f.point();
            if same_things
                && (difference > 0.0) == up
                && dq.loose.overlaps(Interval::point(difference.abs()))
            {
                let values = |(a, b): (usize, usize)| {
                    scope.q(a).map(|q| q.point()) == Some(f.point())
                        && scope.q(b).map(|q| q.point()) == Some(t.point())
                };
                match found {
                    // The same two values said again (a headline, a table).
                    Some(pair) if values(pair) => {}
                    Some(_) => return None,
                    None => found = Some((from, to)),
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::markdown_rules as rules;

    const WINTER: &str = "# A&E\n\n## Numbers\n\n- Attendances, December to February: 38,400 (last winter: 35,200)\n- Beds: 612\n\n## Copy\n\nEmergency attendances rose by 3,200 this winter, an increase of #% on the previous year, as flu spread.\n";

    #[test]
    fn the_difference_names_the_pair_the_rate_is_of() {
        assert_eq!(rules(&WINTER.replace('#', "15")), ["change-mismatch"]);
        assert!(rules(&WINTER.replace('#', "9")).is_empty());
    }

    #[test]
    fn a_table_s_year_columns_date_the_pair() {
        let text = "# Visitors\n\n| Measure | 2023 | 2024 |\n|---|---|---|\n| Overnight visitors | 412,000 | 468,000 |\n| Day visitors | 1.31m | 1.27m |\n\n## Story\n\nOvernight stays rose by 56,000 this summer, an increase of #, as cooler weather pushed holidaymakers north.\n";
        assert_eq!(
            rules(&text.replace('#', "more than a fifth")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('#', "about 14%")).is_empty());
    }

    #[test]
    fn a_year_said_after_each_figure_dates_the_pair() {
        let text = "# Appointments\n\nPractices delivered 1.24 million GP appointments in 2024, up from 1.08 million in 2023.\n\nThat increase of 160,000 appointments, or #, was the largest on record.\n";
        assert_eq!(rules(&text.replace('#', "12.9%")), ["change-mismatch"]);
        assert!(rules(&text.replace('#', "14.8%")).is_empty());
    }

    #[test]
    fn no_pair_or_two_pairs_differing_by_it_say_nothing() {
        let none = WINTER.replace("3,200", "3,900");
        assert!(rules(&none.replace('#', "15")).is_empty());
        let two = WINTER.replace("- Beds: 612", "- Admissions: 12,400 (last winter: 9,200)");
        assert!(rules(&two.replace('#', "15")).is_empty());
    }

    #[test]
    fn a_difference_said_to_be_a_rate_with_its_pair_dated_one_before_the_other() {
        let text = "# Port\n\nThe port handled 612,000 containers last year, the board said.\n\nTwelve months earlier the terminal had moved 480,000 boxes, held down by a strike.\n\nThe jump of 132,000 containers represented growth of roughly #, the chief executive said.\n";
        assert_eq!(rules(&text.replace('#', "22%")), ["change-mismatch"]);
        assert!(rules(&text.replace('#', "27%")).is_empty());
    }

    #[test]
    fn a_difference_beside_its_own_figure_is_not_a_pair_s_elsewhere() {
        let text = "# Jobs\n\nUnemployment fell to 2.41 million in March from 2.49 million in February.\n\nThe adjusted total rose to 2.23 million from 2.18 million.\n\nSome 25.7 million people were in work, a rise of around 240,000 or 3.1%; the office said.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_start_beside_the_difference_finds_its_end_elsewhere() {
        let text = "# Coal\n\nPlants burned 14.2 million tonnes this year.\n\nCoal use fell by 3.6 million tonnes from 17.8 million tonnes the year before, a drop of #.\n";
        assert_eq!(rules(&text.replace('#', "25%")), ["change-mismatch"]);
        assert!(rules(&text.replace('#', "20%")).is_empty());
    }
}
