//! A breakdown read with one figure in the wrong place, put right by its
//! arithmetic. A finder reads a list from its wording; a figure said just
//! outside the list can still belong to it:
//!
//! - its first part said beside its whole: "raised £14.2m for good causes
//!   from ticket sales of £38.5m. Prizes took £18.6m, and the remaining
//!   £5.7m went on costs." The list (18.6 + 5.7) falls short of the whole
//!   by exactly the like figure in the whole's sentence: that is a part;
//! - a part read as the whole: "sold 412,000 vehicles ... Sales in Europe
//!   dropped to 171,000. Asia accounted for 154,000 and the remaining
//!   87,000." The list (154,000 + 87,000) exceeds its whole 171,000, and
//!   all three add up exactly to a like figure said before: that is the
//!   whole, and 171,000 one of its parts.
//!
//! Only an exact fit repairs a reading; this never starts one.

use super::{Claim, Scope};
use crate::quantity::{Hedge, Quantity};

/// How far a figure may miss the gap and still be what fills it: the
/// rounding of figures written to three or four digits.
const ROUNDING: f64 = 0.005;

/// How many paragraphs before a misread whole the true one may stand.
const PARAGRAPHS_BACK: usize = 3;

/// Repairs each closed breakdown that falls short of its whole or exceeds
/// it by exactly a like figure said beside it.
pub fn complete(scope: &Scope, claims: &mut [Claim]) {
    for claim in claims.iter_mut() {
        let Claim::Breakdown {
            total,
            parts,
            open: false,
        } = claim
        else {
            continue;
        };
        // A bound among the parts ("over three floors") leaves no exact
        // gap; "about 0.7 million" still adds up as written.
        if parts.iter().any(|&p| scope.q(p).is_none_or(is_bound)) {
            continue;
        }
        if let Some(missing) = missing_part(scope, *total, parts) {
            parts.insert(0, missing);
        } else if let Some(whole) = whole_of_sibling(scope, *total, parts) {
            parts.insert(0, *total);
            *total = whole;
        }
    }
}

fn is_bound(q: &Quantity) -> bool {
    !matches!(q.hedge, None | Some(Hedge::About))
}

/// A plain like figure of now (no bound, no start of a change) at `value`.
fn fits(scope: &Scope, like: usize, k: usize, value: f64) -> bool {
    scope.comparable(like, k)
        && scope
            .q(k)
            .is_some_and(|q| q.hedge.is_none() && (q.point() - value).abs() <= ROUNDING * value)
        // "taking the total to 612, up from 516": a start is of another time.
        && !scope
            .place(k)
            .is_some_and(|p| p.before_has(2, &["from", "than", "against"]))
}

fn missing_part(scope: &Scope, total: usize, parts: &[usize]) -> Option<usize> {
    let whole = scope.q(total)?.point();
    let gap = whole - scope.sum_of(parts);
    if gap <= ROUNDING * whole {
        return None;
    }
    std::iter::once(total)
        .chain(parts.iter().copied())
        .flat_map(|i| scope.sentence_range(i))
        .filter(|&k| k != total && !parts.contains(&k) && !numbers_the_parts(scope, k, parts))
        .find(|&k| fits(scope, total, k, gap))
}

/// "Forty-seven wallers ... competed in four classes: 14 in the open, ...":
/// a plain count of as many groups as the list has parts, said before the
/// list and of other things than its parts, says how the list is cut,
/// whatever the gap; so does one smaller than each part ("three venues:
/// ... 22 of them", which lends the parts its noun).
fn numbers_the_parts(scope: &Scope, k: usize, parts: &[usize]) -> bool {
    super::list_apart::member_count(scope, k) == Some(parts.len() as f64)
        && parts.first().is_some_and(|&first| k < first)
        && (parts.iter().all(|&p| scope.same_things(k, p) != Some(true))
            || below_each(scope, k, parts))
}

/// Whether each of `parts` is larger than the count `k`, which so cannot
/// count the same things as they do.
fn below_each(scope: &Scope, k: usize, parts: &[usize]) -> bool {
    let count = scope.q(k).map_or(f64::MAX, |q| q.point());
    parts
        .iter()
        .all(|&p| scope.q(p).is_some_and(|q| q.point() > count))
}

fn whole_of_sibling(scope: &Scope, total: usize, parts: &[usize]) -> Option<usize> {
    let read = scope.q(total)?;
    if is_bound(read) {
        return None;
    }
    let sum = scope.sum_of(parts);
    if sum <= read.point() * (1.0 + ROUNDING) {
        return None;
    }
    let all = sum + read.point();
    let first = parts.iter().copied().chain([total]).min()?;
    scope
        .earlier(first, PARAGRAPHS_BACK)
        .find(|&k| fits(scope, total, k, all))
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn the_part_beside_the_whole_completes_the_list() {
        let text = "Lottery\n\nThe lottery raised £@ for good causes from ticket sales of £38.5m.\n\nPrizes took £18.6m, and the remaining £5.7m went on commission and running costs.\n";
        assert!(rules(&text.replace('@', "14.2m")).is_empty());
        // A figure that is not the gap is no part of it.
        assert_eq!(rules(&text.replace('@', "11.2m")), ["sum-mismatch"]);
    }

    #[test]
    fn a_part_read_as_the_whole_gives_way_to_the_whole_all_add_up_to() {
        let text = "Cars\n\nThe carmaker sold @ vehicles worldwide last year.\n\nSales in Europe dropped 9% to 171,000 from 188,000. Asia accounted for 154,000 and the Americas for the remaining 87,000.\n";
        assert!(rules(&text.replace('@', "412,000")).is_empty());
        assert_eq!(rules(&text.replace('@', "398,000")), ["sum-mismatch"]);
        // Figures said "about" add up as written.
        let about = "Wheat\n\nFarmers harvested @ million tonnes of wheat.\n\nAbout 1.4 million tonnes will be exported. Mills will take 1.1 million tonnes and feed makers about 0.7 million, with the remaining 220,000 tonnes kept as seed.\n";
        assert!(rules(&about.replace('@', "3.42")).is_empty());
        assert_eq!(rules(&about.replace('@', "3.6")), ["sum-mismatch"]);
    }

    #[test]
    fn the_count_of_the_groups_does_not_fill_the_gap() {
        let text = "Walling\n\nForty-seven wallers took part in the walling competition on Saturday.\n\nEntrants competed in four classes: 14 in the open class, 11 in the intermediate, @ novices and six in the young wallers' class.\n";
        assert!(rules(&text.replace('@', "16")).is_empty());
        assert_eq!(rules(&text.replace('@', "12")), ["sum-mismatch"]);
    }

    #[test]
    fn a_count_of_the_parts_smaller_than_each_fills_no_gap() {
        // The gap (48 - 45) is the count of venues: the parts point back
        // ("22 of them") and so take the venues' noun.
        let venues = "Blood\n\nDonors gave blood at 48 sessions.\n\nThe sessions were held at three venues: the civic hall hosted 22 of them, the leisure centre 15 and the church hall the remaining @.\n";
        assert!(rules(&venues.replace('@', "11")).is_empty());
        assert_eq!(rules(&venues.replace('@', "8")), ["sum-mismatch"]);
    }
}
