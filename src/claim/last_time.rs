//! "The first time since 2011" and "their last appearance in the final, in
//! 2014": two statements of when something last happened, which must name
//! the same year when they speak of the same thing (a word they share).

use super::{Claim, Scope};
use crate::quantity::Kind;

/// Words that say nothing about what happened.
const EMPTY: &[&str] = &[
    "first", "time", "since", "last", "their", "there", "this", "that", "with", "from", "when",
    "which", "year", "years",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let years = || {
        (0..scope.quantities.len()).filter(|&i| scope.q(i).is_some_and(|q| q.kind == Kind::Year))
    };
    let since: Vec<usize> = years().filter(|&i| is_first_since(scope, i)).collect();
    if since.is_empty() {
        return;
    }
    for last in years().filter(|&i| is_last_in(scope, i)) {
        for &first in &since {
            let (Some(a), Some(b)) = (scope.place(first), scope.place(last)) else {
                continue;
            };
            if a.sentence != b.sentence && shares_word(scope, first, last) {
                claims.push(Claim::Restatement {
                    first: first.min(last),
                    second: first.max(last),
                });
            }
        }
    }
}

/// "for the first time since 2011".
fn is_first_since(scope: &Scope, i: usize) -> bool {
    scope
        .place(i)
        .is_some_and(|p| p.prev_is(&["since"]) && p.before_is(1, "time") && p.before_is(2, "first"))
}

/// "last appearance in the final, in 2014": "last" earlier in the sentence
/// and "in" right before the year.
fn is_last_in(scope: &Scope, i: usize) -> bool {
    scope
        .place(i)
        .is_some_and(|p| p.prev_is(&["in"]) && p.before_has(6, &["last"]))
}

/// A content word that both sentences use near their years ("final").
fn shares_word(scope: &Scope, a: usize, b: usize) -> bool {
    let content = |i: usize| -> Vec<String> {
        scope
            .place(i)
            .map(|p| {
                p.before()
                    .map(str::to_ascii_lowercase)
                    .filter(|w| w.len() >= 4 && !EMPTY.contains(&w.as_str()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let wa = content(a);
    content(b).iter().any(|w| wa.contains(w))
}
