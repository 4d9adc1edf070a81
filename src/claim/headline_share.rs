//! A share stated in the headline and its counts in the story: "One in
//! five patients at Riverside waited over four hours" over "saw 14,300
//! patients in October, of whom 4,290 waited more than four hours".
//!
//! A headline gives the story's share without its counts; the lead gives
//! the counts as a part of a whole. The headline's share is of that part
//! when the lead's first paragraph with any holds only that one, the part
//! has no share of its own beside it (that one is checked where it
//! stands), and the headline and the part's sentence share a content word.

use super::change::is_stated_change;
use super::{Claim, Scope};

/// How many paragraphs after the headline the story's counts may stand in.
const LEAD_PARAGRAPHS: usize = 2;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let headline: Vec<usize> = (0..scope.quantities.len().min(super::REACH))
        .take_while(|&i| scope.in_headline(i))
        .collect();
    let shares: Vec<usize> = headline
        .iter()
        .copied()
        .filter(|&s| {
            scope
                .q(s)
                .is_some_and(|q| q.kind.is_share() && q.range.is_none())
        })
        .collect();
    let [s] = shares.as_slice() else { return };
    // "Turnout up 5%": a change, not a share of the lead's counts; "3,000
    // jobs, a third of the staff": the headline's own pair.
    if is_stated_change(scope, *s) || headline.iter().any(|&h| scope.single_amount(h)) {
        return;
    }
    let Some(head_para) = scope.place(*s).map(|p| p.paragraph) else {
        return;
    };
    let in_lead = |i: usize| {
        scope
            .place(i)
            .is_some_and(|p| p.paragraph > head_para && p.paragraph <= head_para + LEAD_PARAGRAPHS)
    };
    let pairs: Vec<(usize, usize)> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::PartOfWhole { part, whole } => Some((*part, *whole)),
            _ => None,
        })
        .filter(|&(part, whole)| in_lead(part) && in_lead(whole))
        .collect();
    let in_first = super::headline_change::of_first_paragraph(scope, pairs, |(part, _)| part);
    let [(part, whole)] = in_first.as_slice() else {
        return;
    };
    // A share of the story up to the part's paragraph ("a 6.6 pct stake")
    // restates the headline's or is checked where it stands; "two of
    // three" is too small to share.
    let part_para = scope.place(*part).map_or(0, |p| p.paragraph);
    let lead_share = (headline.len()..scope.quantities.len())
        .take_while(|&j| scope.place(j).is_some_and(|p| p.paragraph <= part_para))
        .any(|j| scope.q(j).is_some_and(|q| q.kind.is_share()));
    let small = scope.q(*part).is_none_or(|q| q.words || q.point() < 10.0);
    if lead_share
        || small
        || rounds(scope, *s, *part, *whole)
        || !says_a_headline_word(scope, *s, *part)
    {
        return;
    }
    claims.push(Claim::Proportion {
        part: *part,
        whole: *whole,
        share: *s,
    });
}

/// How far a headline's word share may round the story's: "loses a
/// quarter of its shops" over 38 of 142 (26.8%) is a headline's rounding.
const HEADLINE_ROUNDING: f64 = 0.1;

/// Whether the headline's share is a word share ("a quarter", "one in
/// five") within a headline's rounding of the lead's part of its whole:
/// not a claim that the rule could call wrong, so none is made.
fn rounds(scope: &Scope, s: usize, part: usize, whole: usize) -> bool {
    let (Some(sq), Some(p), Some(w)) = (scope.q(s), scope.q(part), scope.q(whole)) else {
        return false;
    };
    let word_share = sq.words && sq.kind != crate::quantity::Kind::Percent;
    let actual = p.point() / w.point();
    word_share
        && sq
            .value
            .is_some_and(|stated| (actual - stated).abs() <= HEADLINE_ROUNDING * stated)
}

/// Whether the part's own words ("4,290 waited more than four hours")
/// say a content word of the headline (by its first five letters): what
/// the headline's share is a share of.
fn says_a_headline_word(scope: &Scope, s: usize, part: usize) -> bool {
    let stem = |w: &str| w.get(..5).unwrap_or(w).to_ascii_lowercase();
    let head: Vec<String> = scope
        .sentence_words(s)
        .filter(|w| w.len() >= 5)
        .map(stem)
        .collect();
    super::part::following_words(scope, part, 6)
        .into_iter()
        .take_while(|w| !w.ends_with(','))
        .filter(|w| w.len() >= 5)
        .any(|w| head.contains(&stem(w)))
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    const WAITS: &str = "SHARE patients waited over four hours in A&E\n\nThe emergency department saw 14,300 patients in October, of whom 4,290 waited more than four hours, figures show.\n";

    #[test]
    fn a_headline_share_is_of_the_lead_s_part_and_whole() {
        assert_eq!(
            rules(&WAITS.replace("SHARE", "One in five")),
            ["proportion-mismatch"]
        );
        assert!(rules(&WAITS.replace("SHARE", "Three in ten")).is_empty());
    }

    #[test]
    fn a_headline_word_share_may_round_the_lead_s() {
        let text = "City loses SHARE of its betting shops\n\nThe city has lost 38 of its 142 betting shops in three years.\n";
        // 26.8%: a headline's "a quarter", but not its "a third".
        assert!(rules(&text.replace("SHARE", "a quarter")).is_empty());
        assert_eq!(
            rules(&text.replace("SHARE", "a third")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn a_headline_share_of_other_things_or_beside_two_pairs_says_nothing() {
        let other = "One in five shops closed in Riverside\n\nThe emergency department saw 14,300 patients in October, of whom 4,290 waited more than four hours, figures show.\n";
        assert!(rules(other).is_empty());
        // The part's own words name other things than the headline's.
        let women = "Force misses target as a third of trainees quit\n\nOf the 286 recruits, 114 were women and 41 came from ethnic minorities.\n";
        assert!(rules(women).is_empty());
        let two = WAITS.replace("SHARE", "One in five").replace(
            "figures show",
            "and of the 2,100 admitted, 600 waited on trolleys",
        );
        assert!(rules(&two).is_empty());
    }
}
