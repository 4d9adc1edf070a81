//! A change named after its figures were given: "... from £3.20 to £3.60.
//! The 4% rise was below inflation"; "In the previous season it sold
//! 52,000 tickets. The 13,000 fall, a drop of a third, ..."; "Trustees
//! described the increase as a rise of a quarter".
//!
//! The stated change points back (a definite "the 4% rise", or "the
//! increase" in its sentence) and gives no pair of its own. Its start and
//! end are the nearest pair before it, within two sentences: "from X to Y",
//! or a figure said of an earlier time ("the previous year", "five years
//! ago") and the like figure the story gave for now before it.

use super::change::{is_stated_change, names_other_base, noun_direction};
use super::context::is_any;
use super::{Claim, Scope, Stated};
use crate::quantity::Kind;

/// How many sentences (and paragraphs) back the start and end may stand.
const SENTENCES_BACK: usize = 3;

/// Words that date a figure before the story's now.
pub(super) const EARLIER: &[&str] = &["previous", "earlier", "ago", "before", "last"];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut stated_already = super::change::stated_changes(claims);
    stated_already.sort_unstable();
    // The changes read so far, and their pairs.
    let mut read: Vec<(usize, (usize, usize))> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::Change {
                from,
                to,
                stated: Stated::Quantity(q),
            } => Some((*q, (*from, *to))),
            _ => None,
        })
        .collect();
    for s in 0..scope.quantities.len() {
        if stated_already.binary_search(&s).is_ok()
            || !(refers_back(scope, s) || rate_of_read(scope, s, &read))
        {
            continue;
        }
        let Some(sp) = scope.place(s) else { continue };
        // A change with figures of its own in its sentence is read elsewhere.
        let near: Vec<usize> = scope
            .earlier(s, SENTENCES_BACK)
            .take_while(|&j| {
                scope
                    .place(j)
                    .is_some_and(|p| p.sentence + SENTENCES_BACK >= sp.sentence)
            })
            .filter(|&j| amount(scope, j))
            .collect();
        let before = &near;
        // "The 13,000 fall, a drop of a third": a share beside a change
        // just read states the same change.
        let own: Vec<usize> = before
            .iter()
            .copied()
            .filter(|&j| scope.place(j).is_some_and(|p| p.sentence == sp.sentence))
            // "as one of 29%": a pronoun for the change, no figure.
            .filter(|&j| {
                !(j + 1 == s && scope.between(j, s).trim() == "of" && pronoun_one(scope, j))
            })
            .collect();
        let beside = match own.as_slice() {
            [] => None,
            [j] => match read.iter().find(|(r, _)| r == j) {
                Some(&(_, pair)) => Some(pair),
                None => continue,
            },
            _ => continue,
        };
        // Of a "from X to Y", a sentence's own pair ("down from 13 days")
        // and a figure dated earlier, the nearer pair.
        // "The 10 pct rise in the minimum wage" names a subject of its own,
        // which the pair's sentence need not be about.
        let own_subject = sp.after_is(1, "in") || sp.after_is(1, "of");
        let pairs = [
            from_to(scope, &near),
            pair_before(scope, s).filter(|_| !own_subject),
            earlier_and_now_by(scope, s, &near, true),
            pointed_pair(scope, &near),
        ];
        // "The 23% rise in journeys": the pair of the sentence naming
        // journeys, however many sentences back, when none is near.
        let subject = || subject_pair(scope, s).filter(|&pair| !stated_for(claims, pair));
        let nearest = if names_other_base(scope, s, "") {
            subject()
        } else {
            pairs
                .into_iter()
                .flatten()
                .max_by_key(|&(f, t)| f.max(t))
                .or_else(subject)
        };
        let Some((from, to)) = beside.or(nearest) else {
            continue;
        };
        read.push((s, (from, to)));
        if !fits_kind(scope, s, from) {
            continue;
        }
        claims.push(Claim::Change {
            from,
            to,
            stated: Stated::Quantity(s),
        });
    }
}

/// "one" written as a word: in "as one of 29%" it stands for a change.
fn pronoun_one(scope: &Scope, j: usize) -> bool {
    scope.q(j).is_some_and(|q| q.words && q.value == Some(1.0))
}

/// "the 4% rise", "The 13,000 fall", "the 21-point fall": a definite
/// change noun after the figure; or "a rise of a quarter" in a sentence
/// that names "the increase".
fn refers_back(scope: &Scope, s: usize) -> bool {
    let (Some(sq), Some(sp)) = (scope.q(s), scope.place(s)) else {
        return false;
    };
    if sq.range.is_some() || !sq.kind.is_amount() {
        return false;
    }
    let definite = || {
        sp.prev_is(&["the", "this", "that", "its"])
            && sp
                .after()
                .next()
                .is_some_and(|w| noun_direction(w).is_some())
    };
    // "The reduction of £48m, about 40%, ...", "The fall of £12,100 in
    // twelve months": the change named, then its size.
    let named_of = || {
        sp.prev_is(&["of"])
            && matches!(
                sp.before().rev().skip(1).take(2).collect::<Vec<_>>().as_slice(),
                [n, d] if noun_direction(n).is_some() && is_any(d, &["the", "this", "that", "its"])
            )
    };
    let named = || {
        matches!(sq.kind, Kind::Percent | Kind::Fraction)
            && is_stated_change(scope, s)
            && names_the_change(scope, s)
    };
    // "That is a drop of 35%": a sentence that opens pointing back and
    // goes straight to the change, which names no subject of its own ("It
    // is the sixth cut in three years, despite an 8.7% rise in the fund").
    let pointed = || {
        matches!(sq.kind, Kind::Percent | Kind::Fraction)
            && sp.before().count() <= 6
            // "That is a rise of nine points, while the number of stays rose
            // by two-thirds": past a clause of its own, its subject's.
            && !super::change::opens_clause(scope.sentence_lead(s))
            && !(sp.after_is(1, "in") || sp.after_is(1, "of"))
            // "This was 4.83% up from 58.38 billion": a pair of its own;
            // "..., far outpacing wage growth of 9%" is another change.
            && scope.same_sentence(s).all(|j| {
                j == s || !amount(scope, j) || another_clause_s_rate(scope, s, j)
            })
            && is_stated_change(scope, s)
            && super::proportion::points_back(scope, s)
    };
    // "The reduction cut the fine by half": the change is the sentence's
    // subject, its size what its verb went "by".
    let subject = || {
        matches!(sq.kind, Kind::Percent | Kind::Fraction)
            && sp.prev_is(&["by"])
            && matches!(
                sp.before().take(2).collect::<Vec<_>>().as_slice(),
                [d, n] if is_any(d, &["the", "this", "that"]) && noun_direction(n).is_some()
            )
            && scope.same_sentence(s).all(|j| j == s || !amount(scope, j))
    };
    // "The rise was slightly below the 3.3 pct growth rate forecast": a
    // figure the change is set against is not its size.
    let compared = sp
        .before()
        .rev()
        .take(2)
        .any(|w| is_any(w, &["below", "above", "than", "beyond"]));
    // "a four per cent drop in tonnage milled": a change of something
    // else, unless a pair before says that is what changed.
    !compared
        && (definite() || named_of() || named() || pointed() || subject())
        && (!names_other_base(scope, s, "") || subject_pair(scope, s).is_some())
}

/// "The drop of 470 fans a game, or about 25%", "the reduction of 28
/// megalitres amounted to a fall of 28%": a rate right after a change just
/// read, in its sentence, is the rate of that change.
fn rate_of_read(scope: &Scope, s: usize, read: &[(usize, (usize, usize))]) -> bool {
    let Some(r) = s.checked_sub(1) else {
        return false;
    };
    let between = scope.between(r, s).trim_end();
    read.iter().any(|&(q, _)| q == r)
        && scope
            .q(s)
            .is_some_and(|q| matches!(q.kind, Kind::Percent | Kind::Fraction) && q.range.is_none())
        && scope.same_sentence(s).any(|j| j == r)
        && (apposed(between) || linked(between) && is_stated_change(scope, s))
}

/// "megalitres a day amounted to a fall of": the first figure's words and
/// a verb that says the second is it, in one clause ("The cut of £148
/// follows a 12% rise" says another change).
fn linked(between: &str) -> bool {
    !between.contains(',')
        && between
            .split_whitespace()
            .any(|w| is_any(w, super::difference_named::IS_IT))
}

/// "fans a game, or about", ", some": the first figure's few words, a
/// comma, "or" and a hedge set the second beside the first as the same
/// thing.
fn apposed(between: &str) -> bool {
    const HEDGES: &[&str] = &[
        "or", "about", "around", "roughly", "some", "nearly", "almost", "just", "over", "under",
    ];
    between.rsplit_once(',').is_some_and(|(head, tail)| {
        head.split_whitespace().count() <= 4 && tail.split_whitespace().all(|w| is_any(w, HEDGES))
    })
}

/// Whether the sentence of `s` names "the increase", "the rise", "this fall".
fn names_the_change(scope: &Scope, s: usize) -> bool {
    /// Nouns of a change whose direction the copy gives elsewhere: "the
    /// deterioration, a rise of about 28%".
    const CHANGE_WITHOUT_DIRECTION: &[&str] =
        &["deterioration", "improvement", "change", "shift", "swing"];
    // Before the figure: "described the jump as an increase of a third",
    // "the fall, a drop of", not "demand surged 10.5 pct, but this growth
    // ..." nor "The fall followed an 8% drop": the change is named, then
    // restated as it.
    let (Some(sq), Some(sp)) = (scope.q(s), scope.place(s)) else {
        return false;
    };
    let span = scope.layout.sentence_span(sp.sentence, scope.text.len());
    let text = scope
        .text
        .get(span.start.max(sq.span.start.saturating_sub(200))..sq.span.start)
        .unwrap_or("");
    // Figures are skipped: "The 13,000 fall, a drop of".
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !w.bytes().any(|b| b.is_ascii_digit()))
        .collect();
    words.windows(3).any(|w| {
        let [d, n, next] = w else { return false };
        let noun = n.trim_end_matches(',');
        is_any(d, &["the", "this"])
            && (noun_direction(noun).is_some() || is_any(noun, CHANGE_WITHOUT_DIRECTION))
            && (noun.len() < n.len() || next.eq_ignore_ascii_case("as"))
    })
}

/// A count, sum, measure or share stated as one figure.
/// A rate after the change, past a comma: "That is an increase of 20%,
/// the association said, far outpacing wage growth of 9%"; any figure of a
/// clause joined after it: "That amounts to a rise of a quarter, and the
/// farm now meets the demand of 380,000 homes".
fn another_clause_s_rate(scope: &Scope, s: usize, j: usize) -> bool {
    let between = scope.between(s, j);
    j > s
        && (scope.q(j).is_some_and(|q| q.kind == Kind::Percent) && between.contains(',')
            || [", and ", ", while ", ", but ", "; "]
                .iter()
                .any(|c| between.contains(c)))
}

fn amount(scope: &Scope, i: usize) -> bool {
    scope.single_amount(i)
        || scope
            .q(i)
            .is_some_and(|q| q.kind == Kind::Percent && q.range.is_none())
        || measured_time(scope, i)
}

/// "took an average of 43 minutes", "was 31 minutes": a time measured,
/// not the span a figure is counted over ("in the 12 months", "for 63
/// days") nor a modifier ("the 18-minute target").
fn measured_time(scope: &Scope, i: usize) -> bool {
    scope
        .q(i)
        .is_some_and(|q| q.kind == Kind::Duration && q.range.is_none())
        && scope.place(i).is_some_and(|p| {
            !p.before_has(
                2,
                &[
                    "in", "over", "for", "during", "within", "past", "last", "next", "after",
                    "since", "the",
                ],
            )
        })
        && !super::part::is_compound_modifier(scope, i)
}

/// The nearest "from X to Y" among `before` (nearest first).
fn from_to(scope: &Scope, before: &[usize]) -> Option<(usize, usize)> {
    before.iter().find_map(|&to| {
        let from = to.checked_sub(1)?;
        let (fp, tp) = (scope.place(from)?, scope.place(to)?);
        (fp.prev_is_close(&["from"])
            && tp.prev_is_close(&["to"])
            && fp.sentence == tp.sentence
            && scope.comparable(from, to))
        .then_some((from, to))
    })
}

/// The latest sentence pair ending before `s`, in another sentence within
/// [`SENTENCES_BACK`]: its start and end, whatever their order in the
/// sentence ("to 34p, down from 46p").
fn pair_before(scope: &Scope, s: usize) -> Option<(usize, usize)> {
    let sentence = scope.place(s)?.sentence;
    // Every sentence's own pair, stated with a change or only a direction
    // ("fallen to 34p a litre, down from 46p"), in order of their end: only
    // those ending before `s`, nearest first, within reach.
    pairs_before(scope, s)
        .take_while(|&(_, t)| {
            scope
                .place(t)
                .is_some_and(|p| p.sentence + SENTENCES_BACK >= sentence)
        })
        .filter(|&(f, _)| scope.place(f).is_some_and(|p| p.sentence != sentence))
        .max_by_key(|&(f, t)| f.max(t))
}

/// The sentences' own pairs wholly before figure `s`, nearest end first.
fn pairs_before<'s>(scope: &'s Scope, s: usize) -> impl Iterator<Item = (usize, usize)> + 's {
    let pairs = scope.sentence_pairs();
    let before = pairs.partition_point(|&(_, t)| t < s);
    pairs
        .get(..before)
        .unwrap_or_default()
        .iter()
        .rev()
        .copied()
        .filter(move |&(f, t)| f.max(t) < s)
}

/// "fell to £296,400 in the three months to June. That was down from
/// £318,500 a year earlier": a start in a sentence that points back, and
/// the like figure of the sentence before it.
fn pointed_pair(scope: &Scope, before: &[usize]) -> Option<(usize, usize)> {
    let from = *before.iter().find(|&&j| {
        scope.place(j).is_some_and(|p| p.prev_is(&["from"]))
            && super::proportion::points_back(scope, j)
    })?;
    let to = super::compared_back::pointed_to(scope, from, from)?;
    Some((from, to))
}

/// How many paragraphs back a change that names what changed may find
/// its pair.
const SUBJECT_PARAGRAPHS: usize = 4;

/// "The 23% rise in journeys is the largest ...": a definite change that
/// names what changed points back to the nearest sentence pair before it
/// whose sentence says every content word of that before the pair's
/// figures, as their subject ("Journeys on the line rose to 1.46 million,
/// from 1.12 million"; not "Inflation will rise to 4.8 pct from 0.74 pct
/// if the minimum wage ...").
fn subject_pair(scope: &Scope, s: usize) -> Option<(usize, usize)> {
    let sp = scope.place(s)?;
    if !(sp.after_is(1, "in") || sp.after_is(1, "of")) {
        return None;
    }
    let subject: Vec<String> = sp
        .after()
        .skip(2)
        .take(3)
        .take_while(|w| w.len() > 3 || is_any(w, &["the", "its"]))
        .filter(|w| w.len() > 3)
        .map(super::context::derived_stem)
        .collect();
    if subject.is_empty() {
        return None;
    }
    let len = scope.text.len();
    let names_subject = |i: usize| {
        scope.place(i).zip(scope.q(i)).is_some_and(|(p, q)| {
            let span = scope.layout.sentence_span(p.sentence, len);
            let end = q.span.start.max(span.start);
            let words: Vec<String> = super::context::words_in(scope.text, span.start, end)
                .map(super::context::derived_stem)
                .collect();
            subject.iter().all(|w| words.contains(w))
        })
    };
    pairs_before(scope, s)
        .take_while(|&(_, t)| {
            scope
                .place(t)
                .is_some_and(|p| p.paragraph + SUBJECT_PARAGRAPHS >= sp.paragraph)
        })
        .find(|&(f, t)| {
            scope.place(f).is_some_and(|p| p.sentence != sp.sentence) && names_subject(f.min(t))
        })
}

/// Whether a change of its own was stated for the pair (a figure or a
/// multiple): a second is a restatement, read elsewhere.
fn stated_for(claims: &[Claim], pair: (usize, usize)) -> bool {
    claims.iter().any(|c| {
        matches!(c, Claim::Change { from, to, stated }
            if (*from, *to) == pair && !matches!(stated, Stated::Direction { .. }))
    })
}

/// The first figure of the nearest sentence said of an earlier time that
/// has a like figure, counting the same things, in another sentence and
/// not itself dated (the nearest in `before`'s order): "Five years ago coverage stood at 91%, close to the
/// 95% level"; "The previous year its seven centres gave out 8,400".
pub(super) fn earlier_and_now(scope: &Scope, s: usize, before: &[usize]) -> Option<(usize, usize)> {
    earlier_and_now_by(scope, s, before, false)
}

/// [`earlier_and_now`], with a sentence opening on a year as a time too
/// (`by_year`), for a change that names itself: "Donations fell to £4.1m
/// last year. In 2022 they had reached £4.8m. The drop of ..." (a bare
/// multiple, "The town has flooded twice in a decade. In December 2015
/// ...", is not one).
fn earlier_and_now_by(
    scope: &Scope,
    s: usize,
    before: &[usize],
    by_year: bool,
) -> Option<(usize, usize)> {
    let year_opening = |j: usize| by_year && opens_on_a_year(scope, j);
    let dated = *before
        .iter()
        .find(|&&j| dated_earlier(scope, j) || year_opening(j))?;
    // A year opening the sentence is earlier than a figure of later time.
    let later = |now: usize| {
        !year_opening(dated)
            || super::time::when(scope, dated).order(super::time::when(scope, now))
                == Some(std::cmp::Ordering::Less)
    };
    let then_sentence = scope.place(dated)?.sentence;
    let same_things = |a: usize, b: usize| scope.same_things(a, b) != Some(false);
    before
        .iter()
        .rev()
        .filter(|&&j| scope.place(j).is_some_and(|p| p.sentence == then_sentence))
        .find_map(|&then| {
            // "out of a waiting list of about 9,600": a whole, not the figure.
            let candidates = before.iter().copied().filter(|&j| {
                scope
                    .place(j)
                    // "an average of 43 minutes" is the figure itself.
                    .is_some_and(|p| {
                        p.sentence != then_sentence
                            && (!p.prev_is(&["of"]) || p.before_is(1, "average"))
                    })
                    && scope.comparable(j, then)
                    && same_things(j, then)
                    && !dated_earlier(scope, j)
                    && later(j)
            });
            // "average crowds ... were 1,740" is of "averaged 3,480
            // spectators", not "last year's 400" season tickets: the
            // nearest whose leading words share one with the start's, else
            // the nearest.
            let named = candidates
                .clone()
                .find(|&j| super::context::led_by_one_stem(scope, then, j, LEADING_WORDS));
            let now = named.or_else(|| candidates.clone().next())?;
            (s > now).then_some((then, now))
        })
}

/// "In 2021 volunteers logged 640 sightings": a sentence that opens on the
/// year it is said of ("By 2026" names a target, no past year).
fn opens_on_a_year(scope: &Scope, i: usize) -> bool {
    let Some(p) = scope.place(i) else {
        return false;
    };
    let start = scope
        .layout
        .sentence_span(p.sentence, scope.text.len())
        .start;
    let opening = scope.text.get(start..).unwrap_or("");
    let year = opening
        .strip_prefix("In ")
        .and_then(|rest| rest.get(..4))
        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
    year && matches!(super::time::when(scope, i), super::time::When::Year(_))
}

/// "The previous year the network distributed 8,400 parcels", "Five years
/// ago coverage stood at 91%": the sentence opens with an earlier time.
pub(super) fn dated_earlier(scope: &Scope, i: usize) -> bool {
    opens_on(scope, i, EARLIER) || earlier_month(scope, i)
}

/// Whether one of `words` stands among the first six words of figure
/// `i`'s sentence, before it: where a sentence sets the time of what
/// follows ("Twelve months earlier the terminal had moved ...").
pub(super) fn opens_on(scope: &Scope, i: usize, words: &[&str]) -> bool {
    let (Some(p), Some(q)) = (scope.place(i), scope.q(i)) else {
        return false;
    };
    let span = scope.layout.sentence_span(p.sentence, scope.text.len());
    super::context::words_in(scope.text, span.start, q.span.start.max(span.start))
        .take(6)
        .any(|w| super::context::is_any(w, words))
}

/// How many bytes of words leading to a figure say what it is.
const LEADING_WORDS: usize = 80;

/// How many sentences on a later month may date the figure after.
const MONTH_SENTENCES: usize = 2;

/// "In April, 1,284 patients ..." before "By the end of September the
/// number had come down to 742": a sentence opening on a month, followed
/// within two sentences by a like figure whose sentence opens on a later one.
fn earlier_month(scope: &Scope, i: usize) -> bool {
    let Some(month) = opening_month(scope, i) else {
        return false;
    };
    let Some(sentence) = scope.place(i).map(|p| p.sentence) else {
        return false;
    };
    scope
        .nearby(i, 1)
        .filter(|&j| j > i && scope.comparable(i, j))
        .take_while(|&j| {
            scope
                .place(j)
                .is_some_and(|p| p.sentence <= sentence + MONTH_SENTENCES)
        })
        .any(|j| opening_month(scope, j).is_some_and(|m| m > month))
}

/// The month named among the first words of figure `i`'s sentence.
fn opening_month(scope: &Scope, i: usize) -> Option<usize> {
    let p = scope.place(i)?;
    let span = scope.layout.sentence_span(p.sentence, scope.text.len());
    super::context::words_in(scope.text, span.start, span.end)
        .take(6)
        .find_map(|w| super::context::MONTHS.iter().position(|m| *m == w))
}

/// The stated figure can measure the pair: a share or points of any pair,
/// an amount only of amounts like it.
pub(super) fn fits_kind(scope: &Scope, s: usize, from: usize) -> bool {
    let (Some(sq), Some(fq)) = (scope.q(s), scope.q(from)) else {
        return false;
    };
    match sq.kind {
        Kind::Percent | Kind::Fraction => true,
        Kind::PercentagePoints => fq.kind == Kind::Percent,
        _ => scope.comparable(s, from),
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_definite_change_after_its_pair() {
        let fare = "Fares\n\nThe fare will go up from £3.20 to £3.60 in April.\n\nThe director said the S rise was below inflation.\n";
        assert_eq!(rules(&fare.replace('S', "4%")), ["change-mismatch"]);
        assert!(rules(&fare.replace('S', "12.5%")).is_empty());
        let points = "Jabs\n\nJust 79% of children had both doses last year.\n\nFive years ago coverage stood at 91%, close to the 95% level needed.\n\nThe N-point fall is the steepest in the region.\n";
        assert_eq!(rules(&points.replace('N', "21")), ["change-mismatch"]);
        assert!(rules(&points.replace('N', "12")).is_empty());
    }

    #[test]
    fn a_figure_the_change_is_set_against_is_not_its_size() {
        let text = "Fares\n\nThe fare will go up from £3.20 to £3.60 in April.\n\nThe rise was slightly @ the 4% growth forecast in March.\n";
        assert!(rules(&text.replace('@', "below")).is_empty());
        assert_eq!(rules(&text.replace('@', "at")), ["change-mismatch"]);
    }

    #[test]
    fn the_increase_named_after_a_figure_of_the_previous_year() {
        let text = "Food\n\nThe network gave out 12,600 parcels in the year to March.\n\nThe previous year its centres distributed 8,400 parcels. Trustees described the increase as a rise of S.\n";
        assert_eq!(rules(&text.replace('S', "a quarter")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "a half")).is_empty());
        // No earlier time: two figures of now, no change between them.
        let now = "Food\n\nThe network gave out 12,600 parcels.\n\nIts centres ran 8,400 sessions. Trustees described the increase as a rise of a quarter.\n";
        assert!(rules(now).is_empty());
    }

    #[test]
    fn the_change_named_after_a_sentence_opening_on_an_earlier_year() {
        let text = "Charity\n\nPublic donations fell to £4.1m last year. In 2022 they had reached £4.8m, boosted by a legacy of £350,000. The drop of S has forced the charity to draw on its reserves.\n";
        assert_eq!(
            rules(&text.replace('S', "about a third")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('S', "about 15%")).is_empty());
        // A later year is no start.
        let later = text.replace("last year. In 2022", "in 2021. In 2022");
        assert!(rules(&later.replace('S', "about a third")).is_empty());
        // A target year is no start.
        let target = "Charity\n\nSpending fell to £4.1m last year. By 2026 the trust aims to cut it to £3m. The cut of about a quarter was agreed.\n";
        assert!(rules(target).is_empty());
    }

    #[test]
    fn any_change_noun_named_then_restated_as_a_share() {
        let text = "Crossings\n\nGuards counted 18,600 people entering in the quarter, up from 12,400 a year ago.\n\nThe ministry described the jump as an increase of S and blamed the fighting.\n";
        assert_eq!(
            rules(&text.replace('S', "about a third")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('S', "about a half")).is_empty());
        // A change that follows another is not named as it.
        let other = "Crossings\n\nGuards counted 18,600 people entering in the quarter, up from 12,400 a year ago.\n\nThe jump followed an increase of about a third in 2024.\n";
        assert!(rules(other).is_empty());
    }

    #[test]
    fn a_share_beside_a_change_just_read_states_the_same_change() {
        let text = "Theatre\n\nThe theatre sold 39,000 tickets this season.\n\nIn the previous season it sold 52,000 tickets.\n\nThe 13,000 fall, a drop of S, came after a price rise.\n";
        assert_eq!(rules(&text.replace('S', "a third")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "a quarter")).is_empty());
    }

    #[test]
    fn a_change_pointed_back_to_a_sentence_pair_in_either_order() {
        let price = "Milk\n\nThe price has fallen to 34p a litre, down from 46p a year ago.\n\nThat is a drop of S, the steepest fall since 1994.\n";
        assert_eq!(rules(&price.replace('S', "35%")), ["change-mismatch"]);
        assert!(rules(&price.replace('S', "26%")).is_empty());
        let wait = "Waits\n\nPatients waited an average of nine days, down from 13 days a year earlier.\n\nThe board described the fall as a reduction of S.\n";
        assert_eq!(rules(&wait.replace('S', "44%")), ["change-mismatch"]);
        assert!(rules(&wait.replace('S', "31%")).is_empty());
        // A change that names its own subject is another change.
        let other = "Bonus\n\nBonuses were cut from 3.25% to 2.5%. It is the sixth cut, despite an 8.7% rise in the value of the fund.\n";
        assert!(rules(other).is_empty());
        let wage = "Prices\n\nInflation will rise to 4.8 pct from 0.74 pct if wages go up.\n\nThe 10 pct rise in the minimum wage is recommended.\n";
        assert!(rules(wage).is_empty());
    }

    #[test]
    fn a_multiple_apart_dated_by_months_and_by_the_words_of_its_figures() {
        let months = "Waits\n\nThe number of patients waiting more than a year has more than halved since the spring.\n\nIn April, 1,284 patients had been waiting longer than 52 weeks.\n\nBy the end of September the number had come down to N, out of a list of about 9,600.\n";
        assert_eq!(rules(&months.replace('N', "742")), ["change-mismatch"]);
        assert!(rules(&months.replace('N', "602")).is_empty());
        let crowds = "Crowds\n\nThe club averaged N spectators a game this season.\n\nAttendances have almost tripled since the club turned professional.\n\nThe club sold 1,150 season tickets, an increase of 750 on last year's 400, and a record crowd of 7,912 watched the final in March.\n\nIn 2021-22, the last season before the switch, average crowds were 1,740.\n";
        assert_eq!(rules(&crowds.replace('N', "3,480")), ["change-mismatch"]);
        assert!(rules(&crowds.replace('N', "4,980")).is_empty());
        let up = crowds.replace("an increase of 750", "up 750");
        assert_eq!(rules(&up.replace('N', "3,480")), ["change-mismatch"]);
    }

    #[test]
    fn a_change_pointed_back_to_beside_another_clause_s_rate() {
        let text = "Fares\n\nCommuters pay £84 a week for a two-zone pass, up from £70 three years ago.\n\nThat is a rise of #, the union said, well ahead of pay growth of 6% over the period.\n";
        assert_eq!(rules(&text.replace('#', "about 17%")), ["change-mismatch"]);
        assert!(rules(&text.replace('#', "20%")).is_empty());
    }

    #[test]
    fn the_change_named_of_its_size_points_back_to_a_pair_across_sentences() {
        // The start stands in a sentence that points back to the end.
        let text = "Prices\n\nThe average price fell to £296,400 in the three months to June.\n\nThat was down from £318,500 a year earlier. The fall of # is the steepest on record.\n";
        assert_eq!(rules(&text.replace('#', "£12,100")), ["change-mismatch"]);
        assert!(rules(&text.replace('#', "£22,100")).is_empty());
        // A rate set beside the size is that change's rate.
        let grants = "Grants\n\nThe council will award £120m next year, down from £168m this year.\n\nThe reduction of £48m, about #, will fall on science.\n";
        assert_eq!(rules(&grants.replace('#', "40%")), ["change-mismatch"]);
        assert!(rules(&grants.replace('#', "29%")).is_empty());
    }

    #[test]
    fn a_change_that_names_what_changed_finds_the_pair_said_of_it_paragraphs_back() {
        let text = "Rail\n\nJourneys on the coast line rose to 1.46 million this year, from 1.12 million a year earlier.\n\nThe company added 14 trains a day.\n\nSome 91.2% of trains ran on time, against 86.5% the year before.\n\nThe # rise in journeys is the largest on any branch line.\n";
        assert_eq!(rules(&text.replace('#', "23%")), ["change-mismatch"]);
        assert!(rules(&text.replace('#', "30%")).is_empty());
        // What changed must be the pair's subject, not a word after it.
        let wage = "Prices\n\nInflation will rise to 4.8 pct from 0.74 pct if the minimum wage goes up.\n\nThe company added 14 trains a day.\n\nThe 10 pct rise in the minimum wage is recommended.\n";
        assert!(rules(wage).is_empty());
    }

    #[test]
    fn a_pointing_sentence_may_go_on_in_a_clause_of_its_own() {
        let text = "Wind\n\nThe farm generated 1,240 gigawatt-hours last year, up from 930GWh in 2022.\n\nThat amounts to a rise of #, and the farm now meets the demand of about 380,000 homes.\n";
        assert_eq!(rules(&text.replace('#', "a quarter")), ["change-mismatch"]);
        assert!(rules(&text.replace('#', "a third")).is_empty());
    }

    #[test]
    fn the_change_named_again_as_one_of_a_share() {
        let text = "Mill\n\nStaff numbers rose from 85 to 120 this year.\n\nMr Lennox described the increase as one of @, adding that most jobs would be local.\n";
        assert_eq!(rules(&text.replace('@', "29%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "41%")).is_empty());
    }

    #[test]
    fn a_change_named_without_its_direction_then_restated_as_a_share() {
        let text = "Ambulances\n\nAmbulances took an average of 43 minutes to reach patients in January.\n\nA year earlier, the average response was 31 minutes.\n\nThe service said the deterioration, a rise of about @, came despite new crews.\n";
        assert_eq!(rules(&text.replace('@', "28%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "39%")).is_empty());
    }
}
