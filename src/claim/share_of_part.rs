//! A share that closes the clause of a part already read: "Of those,
//! 4,100 were caught on the Hallam line alone, nearly half of the total";
//! "96 of them sell fish landed within 50 nautical miles (93km) of the
//! town, roughly half."
//!
//! The part finder has tied the part to its whole ("those" to the 13,000
//! found without tickets); a share set off by a comma at the end of the
//! part's clause, with no other count between them, says what share of
//! that whole the part is. A share naming another whole after "of" ("half
//! of the line's stations") is not of this one.

use super::context::is_any;
use super::{Claim, Scope};

/// How many words the part's clause may run before its share.
const CLAUSE_WORDS: usize = 24;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let placed = super::share_apart::placed_shares(claims);
    let parts: Vec<(usize, usize)> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::PartOfWhole { part, whole } => Some((*part, *whole)),
            _ => None,
        })
        .collect();
    for (part, whole) in parts {
        let Some(share) = closing_share(scope, part, whole) else {
            continue;
        };
        if placed.binary_search(&share).is_err() {
            claims.push(Claim::Proportion { part, whole, share });
        }
    }
}

/// The share that closes `part`'s clause, set off by a comma.
fn closing_share(scope: &Scope, part: usize, whole: usize) -> Option<usize> {
    let share = scope.same_sentence(part).find(|&s| {
        s > part
            && scope
                .q(s)
                .is_some_and(|q| q.kind.is_share() || scope.comparable(part, s))
    })?;
    let sq = scope.q(share)?;
    let gap = scope.between(part, share);
    let (clause, apposed) = gap.rsplit_once(',')?;
    let set_off = apposed
        .split_whitespace()
        .all(|w| is_any(w, super::share_apart::APPOSITION))
        && !clause.contains([';', ':'])
        && !super::remainder_closes::names_the_rest(clause)
        && clause.split_whitespace().count() <= CLAUSE_WORDS;
    // "nearly half of the total", "roughly half." — not "half of the
    // line's stations".
    let closes = scope.place(share).is_some_and(|p| {
        !p.after_is(0, "of")
            || p.after()
                .nth(1)
                .is_some_and(|w| is_any(w, &["them", "those", "all", "everything", "everyone"]))
            || p.after_is(1, "the")
                && p.after()
                    .nth(2)
                    .is_some_and(|w| is_any(w, &["total", "whole"]) || names_owner(scope, whole, w))
    });
    (sq.kind.is_share()
        && sq.range.is_none()
        && set_off
        && closes
        && super::proportion::free_share(scope, share)
        && !super::proportion::set_against(scope, share))
    .then_some(share)
}

/// "1,120 members ... the club's training sessions" and "a third of the
/// club"; "The circle has 64 knitters" and "half of the circle": the
/// whole's sentence names what the share is of, as an owner or as the
/// subject before the whole.
fn names_owner(scope: &Scope, whole: usize, word: &str) -> bool {
    let subject = scope.place(whole).is_some_and(|p| p.before_is(1, word));
    word.len() >= 4
        && (subject
            || scope.sentence_words(whole).any(|w| {
                w.strip_suffix("'s")
                    .or_else(|| w.strip_suffix("\u{2019}s"))
                    .is_some_and(|owner| owner.eq_ignore_ascii_case(word))
            }))
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_share_closing_the_part_s_clause_is_of_its_whole() {
        let text = "Fares\n\nInspectors checked 182,000 passengers and found 13,000 without tickets. Of those, 4,100 were caught on the Hallam line alone, @ of the total.\n";
        assert_eq!(
            rules(&text.replace('@', "nearly half")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "nearly a third")).is_empty());
    }

    #[test]
    fn a_share_of_everything_is_of_the_part_s_whole() {
        let moths = "Moths\n\nIn all, 18,640 moths were counted. Garden traps accounted for 7,456 of the moths, about @ of everything caught.\n";
        assert_eq!(
            rules(&moths.replace('@', "one in five")),
            ["proportion-mismatch"]
        );
        assert!(rules(&moths.replace('@', "two in five")).is_empty());
    }

    #[test]
    fn the_sibling_part_s_whole_is_the_total_and_its_owner() {
        let text = "Club\n\nThornbury Harriers now has 1,120 members, as interest filled the club's training sessions.\n\nJuniors account for 410 of the members, more than a third.\n\nWomen and girls make up 580 of the total, roughly @ of the club.\n";
        assert_eq!(
            rules(&text.replace('@', "a third")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "half")).is_empty());
        // A part of the total exceeds it as any part does.
        let over = text.replace(
            "580 of the total, roughly @ of the club",
            "1,280 of the total",
        );
        assert_eq!(rules(&over), ["part-exceeds-whole"]);
    }

    #[test]
    fn a_share_of_the_subject_that_has_the_whole_is_of_it() {
        let text = "Knitting\n\nThe circle has 64 knitters, who meet every Thursday at the Corn Mill cafe. Twenty-one of them, about @ of the circle, are over 80.\n";
        assert_eq!(rules(&text.replace('@', "half")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('@', "a third")).is_empty());
    }

    #[test]
    fn a_share_after_the_rest_is_the_rest_s() {
        let text = "Ringing\n\nThe record for a season is 17,300, set in 2011.\n\nOf the 14,000 birds, 9,100 were ringed for the first time@, or 35% of the total.\n";
        assert!(rules(&text.replace('@', " and the rest were retraps")).is_empty());
        assert_eq!(rules(&text.replace('@', "")), ["proportion-mismatch"]);
        // Rest as a noun names no remainder.
        let rest =
            "Nurses\n\nOf the 400 nurses surveyed, 180 said they got too little rest, or 60%.\n";
        assert_eq!(rules(rest), ["proportion-mismatch"]);
    }

    #[test]
    fn a_share_of_another_whole_is_not_the_part_s() {
        let other = "Fares\n\nInspectors checked 182,000 passengers and found 13,000 without tickets. Of those, 4,100 were caught on the Hallam line, nearly half of the line's stations.\n";
        assert!(rules(other).is_empty());
    }
}
