//! A year restated with two digits swapped: "the network opened in 1998"
//! and later "has carried passengers since 1989, when the first line
//! opened". A typist's slip, told from two different years by the swap and
//! by the two sentences saying the same thing (a shared content word).

use super::context::shares_stem;
use super::{Claim, Scope};
use crate::quantity::Kind;
use std::collections::HashMap;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    own_founding(scope, claims);
    // One of the two dates a continuing state ("since 1989"), the other
    // the event ("in 1998"); not a year that names ("the 1987 target",
    // "fiscal 1987") or a deadline ("by 2030"). Keyed by their digits in
    // order, the event years a swap can match are looked up, not every two
    // years compared.
    let mut since: Vec<(Vec<u8>, usize)> = Vec::new();
    let mut event: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
    for i in 0..scope.quantities.len() {
        let (Some(q), Some(p)) = (scope.q(i), scope.place(i)) else {
            continue;
        };
        let Some(v) = q.value.filter(|_| q.kind == Kind::Year) else {
            continue;
        };
        let mut digits = super::restatement::whole_digits(v);
        digits.sort_unstable();
        if p.prev_is(&["since"]) {
            since.push((digits, i));
        } else if p.prev_is(&["in"]) {
            event.entry(digits).or_default().push(i);
        }
    }
    // "founded in 1987" ... "was set up in 1978": two events, each the
    // founding of something, are one.
    let founding = |i: usize| {
        near(scope, i)
            .iter()
            .any(|w| FOUNDING.iter().any(|f| w.eq_ignore_ascii_case(f)))
    };
    // Only years whose digits another event year shares can pair: the
    // words around the rest are not read.
    let mut founded: Vec<(Vec<u8>, usize)> = event
        .iter()
        .filter(|(_, v)| v.len() > 1)
        .flat_map(|(d, v)| v.iter().map(move |&i| (d.clone(), i)))
        .filter(|&(_, i)| founding(i))
        .collect();
    founded.sort_by_key(|&(_, i)| i);
    for (n, (digits, a)) in founded.iter().enumerate() {
        for (other, b) in founded.iter().skip(n + 1) {
            let values = (
                scope.q(*a).and_then(|q| q.value),
                scope.q(*b).and_then(|q| q.value),
            );
            let apart = !scope.in_one_sentence(*a, *b);
            if other == digits && apart && super::restatement::adjacent_swap(values.0, values.1) {
                claims.push(Claim::Restatement {
                    first: *a,
                    second: *b,
                });
                return;
            }
        }
    }
    // "the club's first since 1998" ... "the first time since 1989": one
    // state said twice.
    for (n, (digits, a)) in since.iter().enumerate() {
        for (other, b) in since.iter().skip(n + 1) {
            let values = (
                scope.q(*a).and_then(|q| q.value),
                scope.q(*b).and_then(|q| q.value),
            );
            let apart = !scope.in_one_sentence(*a, *b);
            if other == digits
                && apart
                && super::restatement::adjacent_swap(values.0, values.1)
                && one_record(scope, *a, *b)
            {
                claims.push(Claim::Restatement {
                    first: *a,
                    second: *b,
                });
                return;
            }
        }
    }
    for (digits, b) in &since {
        for a in event.get(digits).into_iter().flatten() {
            let (first, second) = ((*a).min(*b), (*a).max(*b));
            let (Some(pa), Some(pb)) = (scope.place(first), scope.place(second)) else {
                continue;
            };
            let values = (
                scope.q(first).and_then(|q| q.value),
                scope.q(second).and_then(|q| q.value),
            );
            if pa.sentence == pb.sentence || !super::restatement::adjacent_swap(values.0, values.1)
            {
                continue;
            }
            // "founded in 1998" ... "has played at the ground since 1989":
            // nothing went on since before it was founded.
            let before_founding = founding(*a)
                && scope.q(*b).and_then(|q| q.value) < scope.q(*a).and_then(|q| q.value);
            if before_founding || shares_stem(&near(scope, first), &near(scope, second), 5) {
                claims.push(Claim::Restatement { first, second });
                return;
            }
        }
    }
}

/// Whether two "since" years say one record: "first since 1998" and "the
/// first time since 1989", "the highest since ...".
fn one_record(scope: &Scope, a: usize, b: usize) -> bool {
    const RECORDS: &[&str] = &[
        "first", "highest", "lowest", "best", "worst", "biggest", "largest", "smallest",
    ];
    let record = |i: usize| -> Option<&str> {
        let p = scope.place(i)?;
        p.before()
            .rev()
            .take(3)
            .find(|w| super::context::is_any(w, RECORDS))
    };
    record(a).is_some_and(|x| record(b).is_some_and(|y| x.eq_ignore_ascii_case(y)))
}

/// "a club founded in 1894" ... "since its foundation in 1904": a
/// possessed founding points back to the one founding the story dated.
fn own_founding(scope: &Scope, claims: &mut Vec<Claim>) {
    let founding_noun = |i: usize| {
        scope.place(i).is_some_and(|p| {
            p.prev_is(&["in"])
                && p.before().rev().nth(1).is_some_and(|w| {
                    super::context::is_any(w, &["foundation", "founding", "formation"])
                })
                && p.before().rev().nth(2).is_some_and(|w| {
                    super::context::is_any(w, &["its", "their"]) || w.ends_with("'s")
                })
        })
    };
    let founded_in = |i: usize| {
        scope.place(i).is_some_and(|p| {
            p.prev_is(&["in"])
                && p.before()
                    .rev()
                    .nth(1)
                    .is_some_and(|w| FOUNDING.iter().any(|f| w.eq_ignore_ascii_case(f)))
        })
    };
    for later in 0..scope.quantities.len() {
        if !scope.q(later).is_some_and(|q| q.kind == Kind::Year) || !founding_noun(later) {
            continue;
        }
        let value = scope.q(later).and_then(|q| q.value);
        let earlier: Vec<usize> = (0..later)
            .filter(|&e| scope.q(e).is_some_and(|q| q.kind == Kind::Year) && founded_in(e))
            .collect();
        if let [first] = earlier.as_slice()
            && scope.q(*first).and_then(|q| q.value) != value
        {
            claims.push(Claim::Restatement {
                first: *first,
                second: later,
            });
        }
    }
}

/// Words that say a year is when something began.
const FOUNDING: &[&str] = &[
    "founded",
    "established",
    "set",
    "formed",
    "created",
    "launched",
    "opened",
    "started",
    "began",
    "built",
    "incorporated",
];

/// How far (in bytes) from a year the words that say what it dates are
/// read: its sentence, but not the whole of one huge line.
const NEAR: usize = 400;

/// The content words of a year's sentence within [`NEAR`] bytes of it.
fn near<'d>(scope: &Scope<'d>, i: usize) -> Vec<&'d str> {
    let (Some(q), Some(p)) = (scope.q(i), scope.place(i)) else {
        return Vec::new();
    };
    let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
    let from = sentence.start.max(q.span.start.saturating_sub(NEAR));
    let to = sentence.end.min(q.span.end + NEAR);
    // Words that date or join ("since 2012", "after") say nothing of what.
    super::context::words_in(scope.text, from, to)
        .filter(|w| {
            ![
                "since", "after", "before", "until", "first", "years", "while", "where",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::restatements;

    #[test]
    fn a_possessed_founding_points_back_to_the_founding_dated() {
        let text = "Rugby\n\nAshby Vale Rugby Club, founded in 1894 by tannery workers, opened a clubhouse.\n\nIt had never had a home since its foundation in N, he said.\n";
        assert_eq!(restatements(&text.replace('N', "1904")), 1);
        assert_eq!(restatements(&text.replace('N', "1894")), 0);
        // Two foundings dated: which one is meant is not known.
        let two = "Rugby\n\nThe club, founded in 1894, merged with a school founded in 1911.\n\nSince its foundation in 1904 it has moved twice.\n";
        assert_eq!(restatements(two), 0);
    }

    #[test]
    fn a_year_with_swapped_digits_said_of_one_event() {
        let swapped = "Metro\n\nThe network opened in 1998 with one line.\n\nIt has carried 40 million passengers since 1989, when the first line opened.";
        assert_eq!(restatements(swapped), 1);
        let history = "Club\n\nThe club was founded in 1989 in a pub.\n\nIt has played at the Oval since 1998.";
        assert_eq!(restatements(history), 0);
        // Since a year before the founding: the same year, slipped.
        let slipped = "Club\n\nThe club was founded in 1998 in a pub.\n\nIt has played at the Oval since 1989.";
        assert_eq!(restatements(slipped), 1);
        let far = "School\n\nThe culture changed since a new head arrived in 2021.\n\nWe have more applications than places for the first time since 2012.";
        assert_eq!(restatements(far), 0);
    }

    #[test]
    fn one_state_said_since_two_swapped_years() {
        let text = "Cricket\n\nThe title is the club's first since 1998, when the present coach played.\n\nCaptain Joe Barlow said: \"To bring the pennant back for the first time since Y is something none of us will forget.\"\n";
        assert_eq!(restatements(&text.replace('Y', "1989")), 1);
        assert_eq!(restatements(&text.replace('Y', "1998")), 0);
        let other = text.replace(
            "for the first time since Y",
            "as it has every year since 1989",
        );
        assert_eq!(restatements(&other), 0);
    }

    #[test]
    fn two_foundings_with_swapped_digits_are_one() {
        let text = "Cider\n\nThe cooperative was founded in 1987 by 12 families.\n\nSince it was set up in 1978, it has turned down three offers.\n";
        assert_eq!(restatements(text), 1);
        // Two events, one a founding: a history, not a slip.
        let history =
            "Club\n\nThe club was founded in 1987.\n\nIt moved to the Oval in 1978 after a fire.\n";
        assert_eq!(restatements(history), 0);
    }
}
