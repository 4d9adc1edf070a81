//! A change stated twice: "Telvane's sales fell 14 per cent to €2.2bn in
//! the first half of the year" and later "the 11 per cent slide in
//! half-year sales". A definite change ("the N% slide in X") points back to
//! the one change stated before in the same direction whose sentence says
//! every word of what changed ("half", "year", "sales").

use super::change::{direction, is_stated_change, noun_direction};
use super::context::{derived_stem, words_in};
use super::{Claim, Scope};
use crate::quantity::Kind;

/// How many paragraphs back the first statement may stand.
const PARAGRAPHS_BACK: usize = 6;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for s in 0..scope.quantities.len() {
        let (Some(sq), Some(sp)) = (scope.q(s), scope.place(s)) else {
            continue;
        };
        if sq.kind != Kind::Percent || sq.range.is_some() || !sp.prev_is(&["the"]) {
            continue;
        }
        let Some(up) = sp.after().next().and_then(noun_direction) else {
            continue;
        };
        // What changed: the content words after "in" ("in half-year sales").
        if !sp.after_is(1, "in") {
            continue;
        }
        let what: Vec<String> = sp
            .after()
            .skip(2)
            .take(3)
            // Up to its verb ("in half-year sales reflected"), or a clause's word.
            .take_while(|w| !w.ends_with("ed") && !crate::quantity::noun::is_function_word(w))
            .flat_map(|w| w.split('-'))
            .filter(|w| w.len() > 2)
            .map(derived_stem)
            .collect();
        if what.is_empty() {
            continue;
        }
        let mut earlier = scope.earlier(s, PARAGRAPHS_BACK).filter(|&t| {
            scope
                .q(t)
                .is_some_and(|tq| tq.kind == Kind::Percent && tq.range.is_none())
                && scope.place(t).is_some_and(|tp| tp.sentence != sp.sentence)
                && is_stated_change(scope, t)
                && said_up(scope, t) == Some(up)
                && {
                    let said: Vec<String> = clause_of(scope, t).map(derived_stem).collect();
                    what.iter().all(|w| said.contains(w))
                }
        });
        let (Some(first), None) = (earlier.next(), earlier.next()) else {
            continue;
        };
        let differ = scope
            .q(first)
            .is_some_and(|fq| !fq.interval.overlaps(sq.interval));
        if differ {
            claims.push(Claim::Restatement { first, second: s });
        }
    }
}

/// The words of figure `t`'s clause: from its sentence's start to the
/// first comma or semicolon after it ("US retail sales fell 0.3% in
/// January," not "driven down by a heavy fall in car sales").
fn clause_of<'d>(scope: &Scope<'d>, t: usize) -> impl Iterator<Item = &'d str> {
    let (start, end) = scope.q(t).zip(scope.place(t)).map_or((0, 0), |(q, p)| {
        let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
        let rest = scope.text.get(q.span.end..sentence.end).unwrap_or("");
        let end = rest
            .find([',', ';'])
            .map_or(sentence.end, |c| q.span.end + c);
        (sentence.start, end)
    });
    words_in(scope.text, start, end)
}

/// The direction of a stated change from the verb right before it ("fell
/// 14 per cent") or the noun right after it ("a 14% fall").
fn said_up(scope: &Scope, t: usize) -> Option<bool> {
    let tp = scope.place(t)?;
    let tq = scope.q(t)?;
    let before = words_in(scope.text, tq.span.start.saturating_sub(30), tq.span.start).last();
    before
        .and_then(direction)
        .or_else(|| tp.after().next().and_then(noun_direction))
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_change_pointed_back_to_restates_it() {
        let text = "Sales\n\nTelvane's sales fell 14 per cent to 2.2bn euros in the first half of the year.\n\nOrders picked up in June.\n\nThe chief executive said the CHANGE slide in half-year sales was a pause.\n";
        assert_eq!(
            rules(&text.replace("CHANGE", "11 per cent")),
            ["restatement-conflict"]
        );
        assert!(rules(&text.replace("CHANGE", "14 per cent")).is_empty());
        // Another thing changed: no restatement.
        let other = text.replace("half-year sales", "orders");
        assert!(rules(&other.replace("CHANGE", "11 per cent")).is_empty());
        // Named only as the cause of the first change: another change.
        let cause = "Retail\n\nRetail sales fell 0.3% in January, driven down by a fall in car sales.\n\nThe 3.3% fall in car sales had been expected.\n";
        assert!(rules(cause).is_empty());
    }
}
