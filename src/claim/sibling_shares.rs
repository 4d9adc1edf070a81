//! Counts of one sentence, each with its share beside it, of one whole the
//! story gave before: "The trial enrolled 624 adults, with 312 assigned to
//! KV-218 ... In the treatment group 41 patients reported headaches, about
//! 13%, and 19 stopped taking the drug early, roughly one in six."
//!
//! Neither share says its whole. The evidence is the sentence itself: the
//! shares stand side by side, so they are of one whole, and a share that
//! agrees with exactly one earlier figure (41 of 312 is 13%) tells which.
//! A sibling that agrees with no earlier figure at all is then checked
//! against that whole. When no figure, or more than one, agrees with any
//! of them, nothing is claimed.

use super::share_of_counted::share_fits;
use super::{Claim, Scope};
use crate::quantity::Kind;

/// How many paragraphs back the whole may stand.
const PARAGRAPHS_BACK: usize = 3;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let placed = super::share_apart::placed_shares(claims);
    let mut i = 0;
    while i < scope.quantities.len() {
        let sentence: Vec<usize> = scope.same_sentence(i).collect();
        i = sentence.last().map_or(i + 1, |l| l + 1);
        let pairs: Vec<(usize, usize)> = sentence
            .windows(2)
            .filter_map(|w| match w {
                [count, share] if placed.binary_search(share).is_err() => {
                    set_beside(scope, *count, *share).then_some((*count, *share))
                }
                _ => None,
            })
            .collect();
        // Most sentences hold no count with its share: look no further.
        if pairs.is_empty() {
            continue;
        }
        let named = named_whole(scope, claims, &sentence, &pairs);
        if pairs.len() < 2 && named.is_none() {
            continue;
        }
        let wholes = wholes_before(scope, &pairs);
        let agreeing = |&(count, share): &(usize, usize)| -> Vec<usize> {
            wholes
                .iter()
                .copied()
                .filter(|&w| share_fits(scope, count, share, w) == Some(true))
                .collect()
        };
        let readings: Vec<Vec<usize>> = pairs.iter().map(agreeing).collect();
        // "312 assigned to the drug and 312 to a placebo": two figures of
        // one value tell one whole.
        let value = |w: &usize| scope.q(*w).map(|q| q.point());
        let mut told = readings.iter().flatten();
        // The whole the shares agree on first, the one a sibling names next.
        let whole = match (told.next(), named) {
            (Some(&whole), _) if !told.any(|w| value(w) != value(&whole)) => whole,
            (None, Some(whole)) => whole,
            _ => continue,
        };
        claims.extend(
            pairs
                .iter()
                .zip(&readings)
                .filter(|(_, agree)| agree.is_empty())
                .map(|(&(part, share), _)| Claim::Proportion { part, whole, share }),
        );
    }
}

/// "Women commissioned 115 of last year's suits, one in four, and juniors
/// 148, about one in eight": a sibling whose whole its own words name, in
/// the sentence, tells the whole of the others too; in the sentence before
/// ("... one in four. Overseas clients ordered 92, nearly a third of the
/// total") only for a share that says it is of the total or a count of the
/// same things. Not for a sentence that names its own whole, in figures ("In
/// a comparison group of 1,210 prisoners, 387 ...") or in words ("Among its
/// bespoke orders, 30 ...").
fn named_whole(
    scope: &Scope,
    claims: &[Claim],
    sentence: &[usize],
    pairs: &[(usize, usize)],
) -> Option<usize> {
    let paragraph = |j: usize| scope.place(j).map(|p| p.paragraph);
    let before: Vec<usize> = sentence.first().map_or_else(Vec::new, |&f| {
        scope
            .sentence_before(f)
            .filter(|&j| paragraph(j) == paragraph(f))
            .collect()
    });
    let own_whole = |count: usize, part: usize| {
        let larger_before = sentence.iter().take_while(|&&j| j < count).any(|&j| {
            j != part
                && pairs.iter().all(|&(c, _)| c != j)
                && scope.comparable(j, count)
                && scope.q(j).map(|q| q.point()) > scope.q(count).map(|q| q.point())
        });
        let lead = scope.sentence_lead(count).trim_start();
        let group_in_words = ["Of ", "Among ", "In ", "For "]
            .iter()
            .any(|o| lead.starts_with(o))
            && lead.contains(',');
        larger_before || group_in_words
    };
    claims.iter().find_map(|c| {
        let Claim::Proportion { part, whole, share } = *c else {
            return None;
        };
        let in_sentence = sentence.contains(&part) && sentence.contains(&share);
        let just_before = before.contains(&part) && before.contains(&share);
        let fits = |&(count, share): &(usize, usize)| {
            let of_the_total = scope
                .place(share)
                .is_some_and(|p| p.after_pair(2, "the", "total") || p.after_pair(1, "of", "all"));
            scope.comparable(count, whole)
                && scope.same_things(count, whole) != Some(false)
                && of_the_total_at_most(scope, share)
                && !own_whole(count, part)
                && (in_sentence || of_the_total || scope.same_things(count, whole) == Some(true))
        };
        ((in_sentence || just_before) && !sentence.contains(&whole) && pairs.iter().all(fits))
            .then_some(whole)
    })
}

/// "nearly a third", "nearly a third of the total": a share that names no
/// whole of its own ("60% of them online" may be the count's own, "98%
/// together" a sum's).
fn of_the_total_at_most(scope: &Scope, share: usize) -> bool {
    scope.place(share).is_some_and(|p| {
        !p.after_has(1, &["together", "combined", "between"])
            && (!p.after_is(0, "of") || p.after_pair(2, "the", "total") || p.after_is(1, "all"))
    })
}

/// "41 patients reported headaches, about 13%", "19 ... (6%)": a count
/// with its share right after it, the count no part of a whole its own
/// words name.
fn set_beside(scope: &Scope, count: usize, share: usize) -> bool {
    let (Some(cq), Some(sq), Some(cp)) = (scope.q(count), scope.q(share), scope.place(count))
    else {
        return false;
    };
    if cq.kind != Kind::Count
        || cq.range.is_some()
        || cq.vague
        || !sq.kind.is_share()
        || sq.range.is_some()
    {
        return false;
    }
    super::share_of_counted::set_off(scope.between(count, share), 8)
        && !cp.prev_is(&["of", "from", "than", "to", "among"])
        && !cp.after_is(0, "of")
        && !super::change::is_stated_change(scope, count)
        && super::proportion::free_share(scope, share)
        && !super::proportion::set_against(scope, share)
}

/// The earlier counts that may be the whole of all the pairs: larger than
/// each count, of no other things, one figure said as such (no start, rate
/// or change), outside the sentence.
fn wholes_before(scope: &Scope, pairs: &[(usize, usize)]) -> Vec<usize> {
    let Some(&(first, _)) = pairs.first() else {
        return Vec::new();
    };
    let largest = pairs
        .iter()
        .filter_map(|&(c, _)| scope.q(c))
        .map(|q| q.point())
        .fold(0.0, f64::max);
    let sentence = scope.place(first).map(|p| p.sentence);
    scope
        .earlier(first, PARAGRAPHS_BACK)
        .filter(|&w| {
            let (Some(wq), Some(wp)) = (scope.q(w), scope.place(w)) else {
                return false;
            };
            Some(wp.sentence) != sentence
                && wq.kind == Kind::Count
                && wq.range.is_none()
                && !wq.vague
                && wq.point() > largest
                && !wp.prev_is(&["from", "than", "against"])
                && !super::breakdown::is_rate(scope, w)
                && !super::change::is_stated_change(scope, w)
                && pairs
                    .iter()
                    .all(|&(c, _)| scope.same_things(c, w) != Some(false))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    const TRIAL: &str = "Trial\n\nThe trial enrolled 624 adults, with 312 assigned to the drug and 312 to a placebo.\n\nSide effects were mild. In the treatment group 41 patients reported headaches, about 13%, and 19 stopped taking the drug early, roughly @.\n";

    #[test]
    fn a_sibling_share_tells_the_whole_of_the_other() {
        assert_eq!(
            rules(&TRIAL.replace('@', "one in six")),
            ["proportion-mismatch"]
        );
        assert!(rules(&TRIAL.replace('@', "one in 16")).is_empty());
    }

    #[test]
    fn a_sibling_share_whose_whole_its_words_name_tells_the_whole() {
        let text = "Tailors\n\nThe firm made 460 suits last year, up from 310 in 2019.\n\nWomen commissioned 115 of last year's suits, one in four. Overseas clients ordered 92, SHARE of the total.\n";
        assert!(rules(&text.replace("SHARE", "one in five")).is_empty());
        assert_eq!(
            rules(&text.replace("SHARE", "nearly a third")),
            ["proportion-mismatch"]
        );
        // A sibling in the same sentence.
        let same = "Parkrun\n\nThe run drew 612 finishers.\n\nWomen made up 281 of the finishers, just under half, and juniors under 18 accounted for 148, SHARE.\n";
        assert!(rules(&same.replace("SHARE", "about one in four")).is_empty());
        assert_eq!(
            rules(&same.replace("SHARE", "about one in eight")),
            ["proportion-mismatch"]
        );
        // A sentence with a whole of its own reads its count against it.
        let words = text.replace(
            "Overseas clients ordered 92, SHARE of the total",
            "Among its bespoke orders, 30 came from overseas, about a third of the total",
        );
        assert!(rules(&words).is_empty());
        let own = "Study\n\nOf the 640 men who finished the course, 148 were reconvicted, a rate of 23%. In a comparison group of 1,210 prisoners, 387 were reconvicted, or 32%.\n";
        assert!(rules(own).is_empty());
    }

    #[test]
    fn no_whole_told_no_claim() {
        // 41 of no earlier figure is 30%: nothing says which whole is meant.
        let text = TRIAL.replace("about 13%", "about 30%");
        assert!(rules(&text.replace('@', "one in six")).is_empty());
    }

    #[test]
    fn a_share_right_for_another_figure_may_be_of_that_one() {
        // 19 of the 114 over 65 is one in six: two wholes are told.
        let text = TRIAL.replace("624 adults,", "624 adults, 114 of them over 65,");
        assert!(rules(&text.replace('@', "one in six")).is_empty());
    }
}
