//! A whole with a share set beside it whose words name the part the story
//! gave before: "The authority issued 48 permits. ... Applications reached
//! 240, meaning two in five applicants got a permit."
//!
//! The share follows the whole, set off by a comma and a word of
//! consequence ("meaning", "so", "which means"); not ", or", nor a share
//! "of" something, which make the figure a part. The words after it name
//! what the part counts ("got a permit"), and the one figure of the two
//! sentences before that counts those things, of the story's time, is the
//! part. With no such figure, or two, nothing is claimed.

use super::{Claim, Scope};

/// How many words after the share may name the part's things.
const NAMING_WORDS: usize = 5;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let placed = super::share_apart::placed_shares(claims);
    for share in 1..scope.quantities.len() {
        let whole = share - 1;
        let is_share = scope
            .q(share)
            .is_some_and(|q| q.kind.is_share() && q.range.is_none());
        if !is_share
            || placed.binary_search(&share).is_ok()
            || !set_beside(scope, whole, share)
            || !super::proportion::free_share(scope, share)
            || super::proportion::set_against(scope, share)
            || scope.q(whole).is_none_or(|q| q.kind.is_share())
        {
            continue;
        }
        if let Some(part) = part_named_after(scope, whole, share) {
            claims.push(Claim::Proportion { part, whole, share });
        }
    }
}

/// "240, meaning two in five": the share right after the whole, past a
/// comma and a word of consequence, and not a share "of" anything ("456.2
/// mln dlrs, 28 pct of the group's revenues" is a part).
fn set_beside(scope: &Scope, whole: usize, share: usize) -> bool {
    let gap = scope.between(whole, share);
    let after_comma = gap.trim_start().strip_prefix(',');
    let consequence = after_comma.is_some_and(|rest| {
        let words: Vec<&str> = rest.split_whitespace().collect();
        matches!(
            words.as_slice(),
            ["meaning" | "so" | "means" | "meant"] | ["which", "means" | "meant"]
        )
    });
    consequence
        && scope.in_one_sentence(whole, share)
        && !scope.place(share).is_some_and(|p| p.after_is(0, "of"))
}

/// The one figure of the share's sentence or the two before, of the
/// story's time and like the whole, whose noun the words after the share
/// name ("got a permit" for "48 food truck permits").
fn part_named_after(scope: &Scope, whole: usize, share: usize) -> Option<usize> {
    let named: Vec<String> = scope
        .place(share)?
        .after()
        .take(NAMING_WORDS)
        .map(|w| crate::quantity::noun::normalise(&w.to_ascii_lowercase()))
        .collect();
    let sentence = scope.place(share)?.sentence;
    // Figures stand in text order: the search stops two sentences back.
    let within = |p: &usize| {
        scope
            .place(*p)
            .is_some_and(|pp| pp.sentence + 2 >= sentence)
    };
    let mut parts = (0..whole).rev().take_while(within).filter(|&p| {
        scope
            .place(p)
            .is_some_and(|pp| !pp.past_frame() && !pp.prev_is(&["from"]))
            && scope.comparable(p, whole)
            && scope
                .q(p)
                .and_then(|q| q.noun.as_deref())
                .is_some_and(|noun| named.iter().any(|w| w == noun))
    });
    match (parts.next(), parts.next()) {
        (Some(part), None) => Some(part),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_share_beside_a_whole_naming_the_part_told_before() {
        let text = "Permits\n\nThe harbour has issued 48 food truck permits for the summer, up from 24 last year.\n\nApplications reached 240, meaning @ applicants got a permit.\n";
        assert_eq!(
            rules(&text.replace('@', "two in five")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "one in five")).is_empty());
    }

    #[test]
    fn a_share_naming_no_figure_or_a_past_one_states_nothing() {
        // The share's words name other things than the part.
        let other = "Permits\n\nThe harbour has issued 48 food truck permits for the summer.\n\nApplications reached 240, meaning two in five applicants were local.\n";
        assert!(rules(other).is_empty());
        // A share "of" something, or one set off by "or", makes the figure
        // a part.
        let part = "Unit\n\nThe unit made 60 mln dlrs in profit on revenues of 456.2 mln dlrs, 28 pct of the group's revenues.\n";
        assert!(rules(part).is_empty());
        let or = "Permits\n\nThe harbour has issued 48 permits.\n\nApplications reached 240, or two in five of those sent to all councils, and each got a permit.\n";
        assert!(rules(or).is_empty());
        // Last year's figure is no part of this year's whole.
        let past = "Permits\n\nThe harbour issued 48 permits last year.\n\nApplications reached 240, meaning two in five applicants got a permit.\n";
        assert!(rules(past).is_empty());
    }
}
