//! A sentence that points back to the figure of the one before and sets it
//! against an earlier one, with the change between them: "Revenue rose to
//! £212m in the year to June. That compares with £163m the previous
//! season, an increase of 23%"; "Police recorded 1,120 burglaries. That is
//! 430 fewer than the 1,460 recorded a year earlier".
//!
//! The pointing sentence gives the earlier figure (after "with", "than",
//! "from" or "on") and the change; the figure pointed to is the one like
//! figure of the sentence before that is no start of a change itself.

use super::change::{is_stated_change, stated_changes};
use super::context::is_any;
use super::proportion::points_back;
use super::{Claim, Scope, Stated};
use crate::quantity::Kind;

/// Words after a change that set it against what follows "than".
const COMPARATIVES: &[&str] = &["fewer", "more", "less", "higher", "lower", "up", "down"];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut stated_already = stated_changes(claims);
    stated_already.sort_unstable();
    for s in 0..scope.quantities.len() {
        let Some(sq) = scope.q(s) else { continue };
        // "down from a first estimate of a 2.4% rise": a start, not the change.
        let a_start = || scope.place(s).is_some_and(|p| p.before_has(4, &["from"]));
        // The sentence's first word rules out nearly every figure: read first.
        if stated_already.binary_search(&s).is_ok()
            || sq.range.is_some()
            || !points_back(scope, s)
            || a_start()
        {
            continue;
        }
        let Some(earlier) = earlier_in_sentence(scope, s) else {
            continue;
        };
        if !states_change(scope, s, earlier) {
            continue;
        }
        if let Some(now) = pointed_to(scope, s, earlier) {
            claims.push(Claim::Change {
                from: earlier,
                to: now,
                stated: Stated::Quantity(s),
            });
        }
    }
}

/// The one figure of the pointing sentence set against ("compares with
/// £163m", "than the 1,460"), other than the change.
fn earlier_in_sentence(scope: &Scope, s: usize) -> Option<usize> {
    let set_against = |e: usize| {
        e != s
            && scope.q(e).is_some_and(|q| {
                matches!(
                    q.kind,
                    Kind::Count | Kind::Money | Kind::Measure | Kind::Percent
                ) && q.range.is_none()
            })
            && scope.place(e).is_some_and(|p| {
                p.prev_is(&["with", "than", "from", "on"])
                    || p.prev_is(&["the"]) && p.before_has(2, &["than", "with", "from", "on"])
            })
    };
    let mut found = scope.same_sentence(s).filter(|&e| set_against(e));
    let earlier = found.next()?;
    found.next().is_none().then_some(earlier)
}

/// Whether the figure states the change: a share or points said of a rise
/// or fall ("an increase of 23%"), or an amount or share set against the
/// earlier figure with a comparative ("430 fewer than", "23% lower than").
fn states_change(scope: &Scope, s: usize, earlier: usize) -> bool {
    let Some(sq) = scope.q(s) else { return false };
    let comparative = s < earlier
        && scope
            .place(s)
            .is_some_and(|p| p.after().next().is_some_and(|w| is_any(w, COMPARATIVES)));
    let share = matches!(
        sq.kind,
        Kind::Percent | Kind::Fraction | Kind::PercentagePoints
    );
    let amount = scope.comparable(s, earlier) && sq.kind != Kind::Percent;
    comparative && (share || amount) || share && is_stated_change(scope, s)
}

/// How many sentences back the figure pointed to may stand, when it names
/// what the earlier one counts ("recorded 1,120 burglaries", a sentence on
/// something else, "That is 430 fewer than the 1,460 burglaries").
const SENTENCES_BACK: usize = 3;

/// The like figure pointed to: the only one of the nearest sentence before
/// that has one, start values ("up from £150m") aside. Past the sentence
/// right before, it must name the earlier figure's things.
pub(super) fn pointed_to(scope: &Scope, s: usize, earlier: usize) -> Option<usize> {
    let sentence = scope.place(s)?.sentence;
    let like = |n: usize| {
        let Some(np) = scope.place(n) else {
            return false;
        };
        let same = scope.same_things(n, earlier);
        np.sentence < sentence
            && np.sentence + SENTENCES_BACK >= sentence
            && scope.comparable(n, earlier)
            && scope.q(n).is_some_and(|q| q.range.is_none())
            && !np.prev_is(&["from", "than", "against"])
            && (same == Some(true) || same.is_none() && np.sentence + 1 == sentence)
    };
    let mut found = scope.earlier(s, 2).filter(|&n| like(n));
    let now = found.next()?;
    let now_sentence = scope.place(now)?.sentence;
    let another = found.any(|n| scope.place(n).is_some_and(|p| p.sentence == now_sentence));
    (!another).then_some(now)
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_sentence_sets_the_figure_before_against_an_earlier_one() {
        let text = "Revenue\n\nKingsmere City's revenue rose to a record £212m in the year to June, boosted by a cup run.\n\nThat compares with £163m the previous season, an increase of S, and takes the club into the top 20.\n";
        assert_eq!(rules(&text.replace('S', "23%")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "30%")).is_empty());
    }

    #[test]
    fn an_amount_fewer_than_the_earlier_figure() {
        let text = "Burglaries\n\nPolice recorded 1,120 burglaries in the year to March, the lowest for ten years.\n\nThat is N fewer than the 1,460 burglaries recorded a year earlier, the panel heard.\n";
        assert_eq!(rules(&text.replace('N', "430")), ["change-mismatch"]);
        assert!(rules(&text.replace('N', "340")).is_empty());
        // Two like figures before: which one is pointed to is not known.
        let apart = text.replace(
            "the lowest for ten years.",
            "the lowest for ten years. About 2,600 households have new locks.",
        );
        assert_eq!(rules(&apart.replace('N', "430")), ["change-mismatch"]);
        let two = "Burglaries\n\nPolice recorded 1,120 burglaries and 2,300 thefts in the year to March.\n\nThat is 430 fewer than the 1,460 recorded a year earlier.\n";
        assert!(rules(two).is_empty());
    }
}
