//! A share written out as its two counts and said again in other words:
//! "The success rate, 58 out of 96, means roughly four dogs in five";
//! "passed 58 out of 96, or about 80%".
//!
//! The first share is as precise as its counts ("58 out of 96" is 60.4%);
//! a rounded share set beside it by a comma or "or" says the same
//! proportion, or that of the rest, and must allow it.

use super::context::is_any;
use super::{Claim, Scope};
use crate::quantity::Kind;

/// How many words may set the second share beside the first.
const BESIDE_WORDS: usize = 4;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let placed = super::share_apart::placed_shares(claims);
    for ratio in 0..scope.quantities.len() {
        let Some(rq) = scope.q(ratio) else { continue };
        // Counts in digits: "one in three" is itself a rounded share.
        let counted = rq.kind == Kind::Ratio
            && rq.hedge.is_none()
            && rq.range.is_none()
            && scope
                .text
                .get(rq.span.start..rq.span.end)
                .is_some_and(|t| t.contains(|c: char| c.is_ascii_digit()));
        let share = ratio + 1;
        if counted && placed.binary_search(&share).is_err() && said_again(scope, ratio, share) {
            claims.push(Claim::Proportion {
                part: ratio,
                whole: ratio,
                share,
            });
        }
    }
}

/// Whether `share` follows `ratio` in its sentence, set off by a comma or
/// "or" and a few words that restate ("roughly", "means").
fn said_again(scope: &Scope, ratio: usize, share: usize) -> bool {
    let Some(sq) = scope.q(share) else {
        return false;
    };
    let gap = scope.between(ratio, share);
    let words: Vec<&str> = gap
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let restating = words
        .iter()
        .all(|w| is_any(w, super::share_apart::APPOSITION) || is_any(w, &["means", "meaning"]));
    sq.kind.is_share()
        && sq.range.is_none()
        && scope.in_one_sentence(ratio, share)
        && (gap.contains(',') || words.first().is_some_and(|w| *w == "or"))
        && !gap.contains([';', ':', '('])
        && words.len() <= BESIDE_WORDS
        && restating
        && super::proportion::free_share(scope, share)
        && !super::proportion::set_against(scope, share)
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_counted_share_said_again_must_match() {
        let text =
            "Dogs\n\nThe success rate, 58 out of 96, means roughly @ dogs in five now finish.\n";
        assert_eq!(rules(&text.replace('@', "four")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('@', "three")).is_empty());
        let or = "Dogs\n\nThe centre passed 58 out of 96, or about @.\n";
        assert_eq!(rules(&or.replace('@', "80%")), ["proportion-mismatch"]);
        assert!(rules(&or.replace('@', "60%")).is_empty());
        // A share after a clause of its own is no restatement.
        let other =
            "Dogs\n\nThe centre passed 58 out of 96, and about 80% of them were labradors.\n";
        assert!(rules(other).is_empty());
        // The share of the rest says the same.
        let rest = "Dogs\n\nThe centre passed 58 out of 96, meaning about @ failed.\n";
        assert!(rules(&rest.replace('@', "40%")).is_empty());
        assert_eq!(rules(&rest.replace('@', "20%")), ["proportion-mismatch"]);
    }
}
