//! A change whose start and end stand in two sentences: "Shops sold 6,400
//! e-bikes in 2022. The 2023 total of 9,100 represents a rise of 30%";
//! "Exports were worth €410m last year. The figure, compared with €446m the
//! year before, marks a rise of 8%".
//!
//! The stated change names the end in its own sentence (a like figure, or
//! "The figure" pointing back to the one of the sentence before); the start
//! is the one like figure of the neighbouring sentence said of an earlier
//! time. Times are compared only when both are years ("in 2022", "2023")
//! or both are said relative to each other ("last year", "the year
//! before"), never a year against "last year".

use super::change::is_stated_change;
use super::{Claim, Scope, Stated};
use crate::quantity::Kind;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut stated_already = super::change::stated_changes(claims);
    stated_already.sort_unstable();
    for s in 0..scope.quantities.len() {
        let Some(sq) = scope.q(s) else { continue };
        if stated_already.binary_search(&s).is_ok()
            || !matches!(sq.kind, Kind::Percent | Kind::Fraction)
            || sq.range.is_some()
            || !is_stated_change(scope, s)
        {
            continue;
        }
        // The one amount of the change's sentence with a like amount in
        // the sentence before ("£300 grant" beside "9,100" has none).
        let own: Vec<(usize, usize)> = scope
            .same_sentence(s)
            .filter(|&j| j != s && scope.single_amount(j))
            .filter_map(|j| one_like_before(scope, j).map(|t| (j, t)))
            .collect();
        let [(here, there)] = own.as_slice() else {
            continue;
        };
        let (here, there) = (here, *there);
        // "The 2023 total of 9,100 represents a rise of 30%": the end is
        // here, the start the sentence before's. "The figure, compared
        // with €446m the year before, marks a rise": the start is here.
        let (from, to) = if points_back(scope, s) && earlier_time(scope, *here, there) == Some(true)
        {
            (*here, there)
        } else if earlier_time(scope, there, *here) == Some(true) {
            (there, *here)
        } else {
            continue;
        };
        claims.push(Claim::Change {
            from,
            to,
            stated: Stated::Quantity(s),
        });
        // "marks a rise of 8%" over a fall: the noun says the direction.
        if let Some(stated) = direction_noun(scope, s) {
            claims.push(Claim::Change { from, to, stated });
        }
    }
}

/// The direction a change's noun gives it: "a rise of 8%", "an 8% fall".
fn direction_noun(scope: &Scope, s: usize) -> Option<Stated> {
    let (sq, sp) = (scope.q(s)?, scope.place(s)?);
    let word = if sp.prev_is(&["of"]) {
        sp.before().rev().nth(1)?
    } else {
        sp.after().next()?
    };
    let up = super::change::noun_direction(word)?;
    // The word's place: a few bytes before or after the share.
    let from = sq.span.start.saturating_sub(24);
    let to = (sq.span.end + 24).min(scope.text.len());
    let around = scope.text.get(from..to)?;
    let at = if sp.prev_is(&["of"]) {
        from + around.get(..sq.span.start - from)?.rfind(word)?
    } else {
        sq.span.end + around.get(sq.span.end - from..)?.find(word)?
    };
    Some(Stated::Direction {
        up,
        span: crate::span::Span::new(at, at + word.len()),
        word: word.to_string(),
    })
}

/// The one amount like `i` in the sentence before, counting the same things.
fn one_like_before(scope: &Scope, i: usize) -> Option<usize> {
    let like: Vec<usize> = scope
        .sentence_before(i)
        .filter(|&j| scope.single_amount(j) && scope.comparable(j, i))
        .collect();
    let [j] = like.as_slice() else { return None };
    let same_things = match (scope.q(*j)?.noun.as_deref(), scope.q(i)?.noun.as_deref()) {
        (Some(a), Some(b)) => a == b || super::synonyms::same_things(a, b),
        _ => true,
    };
    same_things.then_some(*j)
}

/// Whether the change's sentence opens by pointing back: "The figure",
/// "That", "This", "It".
fn points_back(scope: &Scope, s: usize) -> bool {
    let Some(p) = scope.place(s) else {
        return false;
    };
    let span = scope.layout.sentence_span(p.sentence, scope.text.len());
    let mut words = super::context::words_in(scope.text, span.start, span.end);
    matches!(
        (words.next(), words.next()),
        (Some("The"), Some("figure" | "total" | "number")) | (Some("That" | "This" | "It"), _)
    )
}

/// Whether `a` is said of an earlier time than `b`: both dated by a year
/// close to them, or both by words that place them relative to each other.
fn earlier_time(scope: &Scope, a: usize, b: usize) -> Option<bool> {
    let (ya, yb) = (
        super::restatement::frame_year(scope, a),
        super::restatement::frame_year(scope, b),
    );
    if let (Some(x), Some(y)) = (ya, yb) {
        return Some(x < y);
    }
    if ya.is_some() || yb.is_some() {
        return None;
    }
    let rank = |i: usize| -> Option<i32> {
        let p = scope.place(i)?;
        if p.after_pair(6, "year", "before")
            || p.after_pair(6, "year", "earlier")
            || p.after_pair(6, "previous", "year")
        {
            Some(-2)
        } else if p.after_pair(6, "last", "year") || p.before_has(4, &["last"]) {
            Some(-1)
        } else if p.after_pair(6, "this", "year") {
            Some(0)
        } else {
            None
        }
    };
    Some(rank(a)? < rank(b)?)
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_change_across_two_sentences() {
        let years = "Bikes\n\nShops sold 6,400 e-bikes in 2022.\n\nThe 2023 total of 9,100 represents a rise of S, the association said.\n";
        assert_eq!(rules(&years.replace('S', "30%")), ["change-mismatch"]);
        assert!(rules(&years.replace('S', "42%")).is_empty());
        let back = "Wine\n\nExports were worth €410m last year, the consortium said.\n\nThe figure, compared with €446m the year before, marks a D of 8%.\n";
        assert_eq!(rules(&back.replace('D', "rise")), ["change-mismatch"]);
        assert!(rules(&back.replace('D', "fall")).is_empty());
        // A year against "last year" is not ordered.
        let mixed = "Air\n\nThe airport handled 340,000 passengers last year.\n\nIn 2022, 520,000 used it, a fall of 53%.\n";
        assert!(rules(mixed).is_empty());
    }
}
