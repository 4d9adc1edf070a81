//! Restatements: the same measure of the same thing stated twice.
//!
//! Two figures for one noun are usually different things (this year and
//! last, a region and its part), so a restatement needs more evidence:
//! either the two figures are the same digits in another order (the
//! commonest slip: "740 vacancies" ... "470 vacancies"), or one of them is
//! said to be all of the thing ("all 2,100 dockers").

use std::collections::HashMap;

use super::{Claim, Scope};

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    // Index by (kind, unit) so that only like figures are compared.
    let mut by_kind: HashMap<(crate::quantity::Kind, Option<&str>), Vec<usize>> = HashMap::new();
    for (i, q) in scope.quantities.iter().enumerate() {
        if q.kind.is_amount()
            && !q.kind.is_share()
            && q.range.is_none()
            && q.value.is_some_and(|v| v >= 10.0 && v.fract() == 0.0)
        {
            by_kind
                .entry((q.kind, q.unit.map(|u| u.name)))
                .or_default()
                .push(i);
        }
    }
    let mut groups: Vec<Vec<usize>> = by_kind.into_values().collect();
    groups.sort();
    for group in groups {
        // Within a kind, group by digit signature: a restatement with transposed digits has the same one.
        let mut by_digits: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
        for &i in &group {
            if let Some(sig) = scope.q(i).and_then(|q| q.value).map(digit_signature) {
                by_digits.entry(sig).or_default().push(i);
            }
        }
        let mut sets: Vec<Vec<usize>> = by_digits.into_values().filter(|v| v.len() > 1).collect();
        sets.sort();
        for set in sets {
            transposed(scope, &set, claims);
        }
    }
}

fn transposed(scope: &Scope, set: &[usize], claims: &mut Vec<Claim>) {
    for (n, &a) in set.iter().enumerate() {
        for &b in set.iter().skip(n + 1) {
            let (Some(qa), Some(qb), Some(pa), Some(pb)) =
                (scope.q(a), scope.q(b), scope.place(a), scope.place(b))
            else {
                continue;
            };
            if qa.value == qb.value || pa.past_frame() != pb.past_frame() {
                continue;
            }
            let same_noun = qa.noun.is_some() && qa.noun == qb.noun;
            let same_verb = shares_word(&pa.after, &pb.after)
                || shares_word(&pa.before, &pb.after)
                || shares_word(&pa.after, &pb.before);
            if same_noun || same_verb {
                claims.push(Claim::Restatement {
                    first: a,
                    second: b,
                });
                return;
            }
        }
    }
}

/// The sorted digits of an integer: equal for "740" and "470".
fn digit_signature(v: f64) -> Vec<u8> {
    let mut d: Vec<u8> = format!("{v:.0}").into_bytes();
    d.sort_unstable();
    d
}

/// A shared content word of six letters or more, by its first six letters.
fn shares_word(a: &[String], b: &[String]) -> bool {
    let stems = |ws: &[String]| -> Vec<String> {
        ws.iter()
            .filter(|w| w.len() >= 6)
            .map(|w| w.chars().take(6).collect())
            .collect()
    };
    let sa = stems(a);
    stems(b).iter().any(|s| sa.contains(s))
}
