//! A division announced in a sentence of its own, its parts one to a
//! sentence after it: "Harwell reported revenue of $412m ... The company
//! reports its results in three divisions. Retail ... brought in $198m ...
//! Wholesale freight contributed $131m ... The online arm added $64m."
//!
//! The count of the announcement says how many sentences follow with one
//! part each; the total is the sentence before's first amount of the kind.
//! Any sentence of the run with no such amount or with two, and the
//! reading is dropped; what follows the run is another matter.

use super::{Claim, Scope};
use crate::quantity::Kind;

/// Nouns that name the parts a whole is divided into.
const DIVISIONS: &[&str] = &[
    "divisions",
    "segments",
    "businesses",
    "units",
    "regions",
    "sources",
    "streams",
    "arms",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for c in 0..scope.quantities.len() {
        let Some(n) = announced(scope, c) else {
            continue;
        };
        let Some(total) = total_before(scope, c) else {
            continue;
        };
        if let Some(parts) = one_per_sentence(scope, c, total, n) {
            claims.push(Claim::Breakdown {
                total,
                parts,
                open: false,
            });
        }
    }
}

/// How many parts figure `c` announces: a small count of division nouns
/// ("in three divisions") in a sentence with no other figure.
fn announced(scope: &Scope, c: usize) -> Option<usize> {
    let q = scope.q(c)?;
    let p = scope.place(c)?;
    let n = q
        .value
        .filter(|v| (2.0..=6.0).contains(v) && v.fract() == 0.0)? as usize;
    let alone = scope.same_sentence(c).all(|o| o == c);
    (q.kind == Kind::Count && p.after_has(1, DIVISIONS) && alone).then_some(n)
}

/// The first money or measure of the sentence right before the
/// announcement that is no start or comparison ("up 12% from $368m").
fn total_before(scope: &Scope, c: usize) -> Option<usize> {
    scope.sentence_before(c).find(|&t| {
        scope.q(t).is_some_and(|q| {
            matches!(q.kind, Kind::Money | Kind::Measure) && q.range.is_none() && !q.vague
        }) && scope
            .place(t)
            .is_some_and(|p| !p.past_frame() && !p.prev_is(&["from", "than", "on"]))
    })
}

/// The one like amount of each of the `n` sentences after the
/// announcement, each smaller than the total.
fn one_per_sentence(scope: &Scope, c: usize, total: usize, n: usize) -> Option<Vec<usize>> {
    let announcement = scope.place(c)?.sentence;
    let total_q = scope.q(total)?;
    let mut parts: Vec<usize> = Vec::with_capacity(n);
    for sentence in announcement + 1..=announcement + n {
        let like: Vec<usize> = (c + 1..scope.quantities.len().min(c + super::REACH))
            .filter(|&p| scope.place(p).is_some_and(|pl| pl.sentence == sentence))
            .filter(|&p| scope.comparable(p, total))
            .filter(|&p| {
                scope
                    .place(p)
                    .is_some_and(|pl| !pl.prev_is(&["from", "than", "on"]))
            })
            .collect();
        let [part] = like.as_slice() else { return None };
        let smaller = scope.q(*part).is_some_and(|q| q.point() < total_q.point());
        if !smaller || super::change::is_stated_change(scope, *part) {
            return None;
        }
        parts.push(*part);
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn parts_one_to_a_sentence_after_an_announced_division() {
        let text = "Results\n\nHarwell reported revenue of $412m for the year, up 12% from $368m.\n\nThe company reports its results in three divisions. Retail distribution remained the largest, bringing in $198m. Wholesale freight contributed $131m, broadly flat. The online arm, which serves around 400 retailers, added $N.\n";
        assert_eq!(rules(&text.replace('N', "64m")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "83m")).is_empty());
        // The count ends the run: an amount after it is another matter.
        let after = text.replace("$N.\n", "$64m. Operating profit rose to $37m.\n");
        assert_eq!(rules(&after), ["sum-mismatch"]);
        // Fewer sentences with an amount than the count: nothing is read.
        let short = text.replace(
            " The online arm, which serves around 400 retailers, added $N.",
            "",
        );
        assert!(rules(&short).is_empty());
        // Two amounts in one sentence: which is the part is not known.
        let two = text.replace("contributed $131m", "contributed $131m, against $140m");
        assert!(rules(&two.replace('N', "64m")).is_empty());
    }
}
