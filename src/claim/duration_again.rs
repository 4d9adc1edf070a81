//! A length of time named again by what it is the length of: "The line
//! will close for 11 weeks" ... "the 13-week closure"; "Parents have
//! eight weeks to respond. The consultation runs until 14 June" ... "the
//! six-week consultation".
//!
//! A definite compound ("the 13-week closure") presumes the reader knows
//! the thing and how long it lasts: it points back to the one earlier
//! length, in the same unit, whose sentence (or the next) names that thing
//! or its verb. With two such lengths of different values, or one equal to
//! it, nothing is claimed.

use super::{Claim, Scope};
use crate::quantity::Kind;

/// How many paragraphs back the length pointed to may stand.
const PARAGRAPHS_BACK: usize = 8;

/// Nouns of a length worked out or allowed, not of a thing that lasts:
/// "their 18.5-day average" against "a minimum of ten days".
const MEASURES: &[&str] = &[
    "average",
    "total",
    "mean",
    "median",
    "maximum",
    "minimum",
    "limit",
    "quota",
    "allowance",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for later in 0..scope.quantities.len() {
        let Some(thing) = named_thing(scope, later) else {
            continue;
        };
        let Some(lq) = scope.q(later) else { continue };
        let earlier: Vec<usize> = scope
            .earlier(later, PARAGRAPHS_BACK)
            .filter(|&e| {
                scope.q(e).is_some_and(|q| {
                    q.kind == Kind::Duration
                        && q.unit.is_some()
                        && lq.unit.is_some()
                        && q.range.is_none()
                        && q.hedge.is_none()
                }) && gives_length(scope, e)
                    && told_before(scope, e, later)
                    && names(scope, e, later, thing)
            })
            .collect();
        // Lengths in different units ("18 months", "the 2.5-year closure") are compared in seconds.
        let seconds = |q: &crate::quantity::Quantity| Some(q.value? * q.unit?.factor);
        let mut values = earlier.iter().filter_map(|&e| seconds(scope.q(e)?));
        let Some(first_value) = values.next() else {
            continue;
        };
        let one_value = values.all(|v| v == first_value);
        let Some(&first) = earlier.first() else {
            continue;
        };
        if one_value
            && Some(first_value) != seconds(lq)
            && seconds(lq).is_some_and(|v| v.max(first_value) <= 2.0 * v.min(first_value))
        {
            claims.push(Claim::Restatement {
                first,
                second: later,
            });
        }
    }
}

/// "the 13-week closure": the noun a definite length in a compound is the
/// length of.
fn named_thing<'d>(scope: &Scope<'d>, i: usize) -> Option<&'d str> {
    let q = scope.q(i)?;
    let written = scope.text.get(q.span.start..q.span.end)?;
    let p = scope.place(i)?;
    let compound = q.kind == Kind::Duration && q.range.is_none() && written.contains('-');
    let definite = p.prev_is(&["the", "its", "this", "their"]);
    let mut after = p.after();
    let thing = after.next()?;
    // "the 48-hour legal limit": the head may follow an adjective.
    let head_measure = after
        .next()
        .is_some_and(|w| super::context::is_any(w, MEASURES));
    let noun = thing.len() >= 5
        && thing.chars().all(|c| c.is_ascii_lowercase())
        && !crate::quantity::noun::is_stop(thing)
        && !super::context::is_any(thing, MEASURES)
        && !head_measure;
    // "their 18.5-day average": a length worked out, not one an event
    // lasts; "two-and-a-half-year" is one said in words.
    let whole = q.value.is_some_and(|v| v.fract() == 0.0 || q.words);
    (compound && definite && noun && whole).then_some(thing)
}

/// Words before a length that make it the length of what the sentence
/// tells: "close for 11 weeks", "have eight weeks to respond", "a term of
/// 22 years"; not "just four days after", "the seven-day repurchase".
const GIVING: &[&str] = &[
    "for", "over", "of", "lasting", "last", "lasts", "run", "runs", "have", "has", "given",
];

/// Whether `e` is a length told of the sentence's event ("close for 11
/// weeks"), not one that frames it ("For six months, the yield"); a compound ("a 30-minute television show") is the length of
/// its own noun, which may be another ("the 60-minute television drama").
fn gives_length(scope: &Scope, e: usize) -> bool {
    let written = scope
        .q(e)
        .and_then(|q| scope.text.get(q.span.start..q.span.end))
        .unwrap_or("-");
    // "For six months, the yield was ...": a frame opening the sentence.
    !written.contains('-')
        && scope
            .place(e)
            .is_some_and(|p| p.prev_is(GIVING) && p.before().count() > 1)
}

/// Whether length `e` was told in a sentence before the compound's: a
/// compound points back to what the reader knows, and one in the same
/// sentence ("topped up for 10 minutes at each end of the 12-minute
/// crossing") is the length of another thing (whose noun [`names`] would
/// find in the compound itself).
fn told_before(scope: &Scope, e: usize, later: usize) -> bool {
    scope
        .place(e)
        .zip(scope.place(later))
        .is_some_and(|(ep, lp)| ep.sentence < lp.sentence)
}

/// Whether the sentence of length `e`, or the one after it before the
/// `later` one's, says `thing` or a word of its stem ("close" for
/// "closure").
fn names(scope: &Scope, e: usize, later: usize, thing: &str) -> bool {
    let (Some(sentence), Some(later_sentence)) = (
        scope.place(e).map(|p| p.sentence),
        scope.place(later).map(|p| p.sentence),
    ) else {
        return false;
    };
    let last = (sentence + 1)
        .min(later_sentence.saturating_sub(1))
        .max(sentence);
    let text_len = scope.text.len();
    let start = scope.layout.sentence_span(sentence, text_len).start;
    let end = scope.layout.sentence_span(last, text_len).end;
    super::context::words_in(scope.text, start, end).any(|w| same_stem(w, thing))
}

/// "close" and "closure", "consultation" and "consultations": a shared
/// start of four letters or more, all of the shorter word but its last.
fn same_stem(word: &str, thing: &str) -> bool {
    let shared = word
        .bytes()
        .zip(thing.bytes())
        .take_while(|(a, b)| a.eq_ignore_ascii_case(b))
        .count();
    shared >= 4 && shared + 1 >= word.len().min(thing.len())
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::restatements;

    #[test]
    fn a_definite_length_names_again_the_length_of_its_thing() {
        let text = "Rail\n\nThe line will close for 11 weeks from 19 July for an upgrade.\n\nThe director said the N-week closure was the only way.\n";
        assert_eq!(restatements(&text.replace('N', "13")), 1);
        assert_eq!(restatements(&text.replace('N', "11")), 0);
        let next = "Schools\n\nParents have eight weeks to respond to the plans. The consultation runs until 14 June.\n\nSessions will be held during the six-week consultation.\n";
        assert_eq!(restatements(next), 1);
        // In another unit: 18 months is a year and a half.
        let units = "Bridge\n\nThe bridge will close for 18 months for repairs.\n\nTraders fear the N-year closure.\n";
        assert_eq!(restatements(&units.replace('N', "two-and-a-half")), 1);
        assert_eq!(restatements(&units.replace('N', "one-and-a-half")), 0);
    }

    #[test]
    fn another_thing_or_two_lengths_are_no_restatement() {
        // The length of something else.
        let other = "Rail\n\nThe line will close for 11 weeks from 19 July.\n\nThe 13-week consultation on fares starts today.\n";
        assert_eq!(restatements(other), 0);
        // A length that is no event's ("sold out just four days after").
        let after = "Festival\n\nThe festival sold out just four days after the line-up was announced.\n\nAll tickets for the two-day festival had gone.\n";
        assert_eq!(restatements(after), 0);
        // Compounds of other things ("a 30-minute show", "the 60-minute drama").
        let shows = "Awards\n\nShe is nominated for a 30-minute comedy show.\n\nHe is up for the 60-minute drama award.\n";
        assert_eq!(restatements(shows), 0);
        // A length worked out: "their 18.5-day average".
        let limit = "Doctors\n\nDoctors work an average of 56 hours a week, eight more than the 48-hour legal limit.\n";
        assert_eq!(restatements(limit), 0);
        let average = "Leave\n\nWorkers are entitled to a minimum of ten days a year.\n\nFew use more than nine of their 18-day average allowance.\n";
        assert_eq!(restatements(average), 0);
        // A length in the compound's own sentence is another thing's.
        let charge = "Ferry\n\nThe batteries are topped up for 10 minutes at each end of the 12-minute crossing.\n";
        assert_eq!(restatements(charge), 0);
        // Two lengths given: which one is meant is not known.
        let two = "Rail\n\nThe line will close for 11 weeks, then a branch will close for 9 weeks.\n\nThe director defended the 13-week closure.\n";
        assert_eq!(restatements(two), 0);
    }
}
