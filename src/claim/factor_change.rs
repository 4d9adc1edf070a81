//! A multiple stated apart from its pair: "Demand almost triples" over a
//! story that gives "3,400 parcels" and, a sentence later, "Five years ago
//! ... 1,850 parcels"; "290 systems ..., more than double the number fitted
//! a year earlier. In the first six months of 2023, installers fitted 180";
//! "has halved since last spring. In April last year, 2,140 ... The latest
//! figure is 1,420."
//!
//! A multiple word ("doubled", "almost three times", "a halving") that no
//! pair in its own sentence has taken states the change between the figure
//! of its sentence, if any, and the one like figure near it; or, with no
//! figure of its own, between a figure dated earlier and the like figure
//! of now (see `referred_change::earlier_and_now`).

use super::change::is_stated_change;
use super::change_apart::{Apart, SENTENCES as APART, one_pair, subject, unpaired};
use super::referred_change::{dated_earlier, earlier_and_now};
use super::{Claim, Scope, Stated};
use crate::span::Span;

/// How many sentences before and after a multiple its figures may stand.
const SENTENCES: usize = 2;

/// Stems of multiple words, found in the raw bytes before any word is read:
/// most texts hold none.
const STEMS: &[&str] = &[
    "oubl", "ripl", "rebl", "alve", "alvi", "uadrupl", "times", "twice",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let taken: Vec<Span> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::Change {
                stated: Stated::Factor { span, .. },
                ..
            } => Some(*span),
            _ => None,
        })
        .collect();
    let mut words: Vec<(Span, f64, String)> = STEMS
        .iter()
        .flat_map(|stem| memchr::memmem::find_iter(scope.text.as_bytes(), stem.as_bytes()))
        .filter_map(|at| multiple_at(scope.text, at))
        .collect();
    words.sort_by_key(|(span, _, _)| span.start);
    words.dedup_by_key(|(span, _, _)| span.start);
    // Most texts hold no multiple: the pairs read so far are not gathered.
    if words.is_empty() {
        return;
    }
    let pairs = super::change_apart::change_pairs(scope, claims);
    let paired = super::change_apart::paired_figures(&pairs);
    for (span, factor, word) in words {
        if taken
            .iter()
            .any(|t| t.start <= span.start && span.end <= t.end)
            // "tripled the Greens' presence": a verb's object is what changed.
            || !word.ends_with("ed") && names_own_base(scope.text, span.end)
        {
            continue;
        }
        let Some((from, to)) = pair_of(scope, span, factor, (&pairs, &paired))
            .filter(|&pair| goes_as(scope, factor, pair))
        else {
            continue;
        };
        let head = scope
            .text
            .get(span.start.saturating_sub(20)..span.start)
            .unwrap_or("");
        claims.push(Claim::Change {
            from,
            to,
            stated: Stated::Factor {
                factor,
                span,
                word,
                hedge: super::change::hedge_before(head),
            },
        });
    }
}

/// The multiple word around byte `at` ("tripled", "three times"), its span
/// and factor.
pub(super) fn multiple_at(text: &str, at: usize) -> Option<(Span, f64, String)> {
    let bytes = text.as_bytes();
    let is_letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
    let mut start = at;
    while start > 0 && is_letter(start - 1) {
        start -= 1;
    }
    let mut end = at;
    while is_letter(end) {
        end += 1;
    }
    let word = text.get(start..end)?;
    let lower = word.to_ascii_lowercase();
    // "a double-decker", "triple-A", "Triple A": a compound or a name.
    let after = text.get(end..)?;
    let name = after.len() > 2
        && after.starts_with(' ')
        && after.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase)
        && !after.as_bytes().get(2).is_some_and(u8::is_ascii_alphabetic);
    if bytes.get(end) == Some(&b'-')
        || name
        || super::change::attributive(text, Span::new(start, end))
    {
        return None;
    }
    // "plans to halve", "would double": a goal or a forecast.
    let prev = text.get(..start)?.trim_end();
    let prev_word = prev
        .get(
            prev.rfind(|c: char| !c.is_ascii_alphabetic())
                .map_or(0, |p| p + 1)..,
        )?
        .to_ascii_lowercase();
    if matches!(
        prev_word.as_str(),
        "to" | "would" | "will" | "could" | "might" | "may" | "should" | "can"
    ) {
        return None;
    }
    // "two 30-minute halves", "in both halves": the noun, not the verb.
    let prev_token = prev.rsplit(char::is_whitespace).next().unwrap_or("");
    if lower == "halves"
        && (prev_token.contains(|c: char| c.is_ascii_digit() || c == '-')
            || matches!(
                prev_word.as_str(),
                "two"
                    | "both"
                    | "the"
                    | "its"
                    | "their"
                    | "first"
                    | "second"
                    | "into"
                    | "in"
                    | "equal"
            ))
    {
        return None;
    }
    if lower == "times" {
        // "four times a day", "three times in five years": how often.
        let next = text.get(end..)?.trim_start();
        let next_word = next.split(|c: char| !c.is_ascii_alphabetic()).next()?;
        // "five times last year's top price": a time owning the base.
        let owned_base = next
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"));
        if !owned_base
            && matches!(
                next_word.to_ascii_lowercase().as_str(),
                "a" | "an" | "per" | "each" | "every" | "in" | "during" | "since" | "this" | "last"
            )
        {
            return None;
        }
        // "three times", "almost four times", "2.5 times": a number before.
        let before = text.get(..start)?.trim_end();
        let n_start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .map_or(0, |p| p + 1);
        let number = before.get(n_start..)?.to_ascii_lowercase();
        // "two and a half times", "two-and-a-half times": the whole
        // number before, and a half.
        if number == "half" {
            let head = before.get(..n_start)?.trim_end();
            let lead = head
                .strip_suffix("and a")
                .or_else(|| head.strip_suffix("-and-a-"))?
                .trim_end();
            let w_start = lead
                .rfind(|c: char| !c.is_ascii_alphabetic())
                .map_or(0, |p| p + 1);
            let whole = small_factor(&lead.get(w_start..)?.to_ascii_lowercase())?;
            return Some((
                Span::new(w_start, end),
                whole + 0.5,
                text.get(w_start..end)?.to_string(),
            ));
        }
        let factor = match small_factor(&number) {
            Some(f) => f,
            // "2.5 times the size": in digits only before a base, since
            // "called out 12 times." counts events.
            None if based(next) && !number.ends_with('.') => number
                .parse::<f64>()
                .ok()
                .filter(|f| *f > 1.0 && *f <= 20.0)?,
            None => return None,
        };
        return Some((
            Span::new(n_start, end),
            factor,
            text.get(n_start..end)?.to_string(),
        ));
    }
    let factor = super::change::multiple(&lower)?;
    Some((Span::new(start, end), factor, word.to_string()))
}

/// The factor a number word before "times" states: "three" times.
fn small_factor(number: &str) -> Option<f64> {
    match number {
        "two" => Some(2.0),
        "three" => Some(3.0),
        "four" => Some(4.0),
        "five" => Some(5.0),
        "six" => Some(6.0),
        "ten" => Some(10.0),
        _ => None,
    }
}

/// Whether the words after "times" compare: "the", "as", "that", "more".
fn based(next: &str) -> bool {
    let word = next
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        word.as_str(),
        "the"
            | "as"
            | "that"
            | "what"
            | "more"
            | "higher"
            | "larger"
            | "bigger"
            | "greater"
            | "its"
            | "their"
    ) || next
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"))
}

/// Whether the words after a multiple name a base of their own that is
/// not a figure of the story ("twice the regular premium"); "three times
/// that level", "double the number fitted" point back to one.
fn names_own_base(text: &str, end: usize) -> bool {
    let mut words = text
        .get(end..(end + 60).min(text.len()))
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase);
    // "five times the £320 paid": the base is the figure named.
    let figure_next = text
        .get(end..)
        .and_then(|t| t.split_whitespace().nth(1))
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c)));
    match words.next().as_deref() {
        Some("the" | "that" | "its" | "their" | "this") if !figure_next => {
            !words.take(3).any(|w| {
                matches!(
                    w.as_str(),
                    "number" | "level" | "figure" | "total" | "amount" | "size" | "count" | "rate"
                )
            })
        }
        _ => false,
    }
}

/// The start and end a multiple at `word` speaks of.
/// Whether a pair went the way a multiple says: above one it grew, below
/// one it shrank.
fn goes_as(scope: &Scope, factor: f64, (from, to): (usize, usize)) -> bool {
    let grew = scope
        .q(from)
        .zip(scope.q(to))
        .map(|(f, t)| t.point().partial_cmp(&f.point()));
    match grew {
        Some(Some(std::cmp::Ordering::Greater)) => factor > 1.0,
        Some(Some(std::cmp::Ordering::Less)) => factor < 1.0,
        _ => false,
    }
}

/// `known`: the pairs of changes read so far, and their figures sorted.
/// Whether figure `j` is the multiple's own number: "three" in "nearly
/// three times as many".
fn counts_the_multiple(scope: &Scope, j: usize, word: Span) -> bool {
    // "three times": the figure lies inside the multiple's words, or ends
    // right before them.
    scope.q(j).is_some_and(|q| {
        q.span.start < word.end && word.start < q.span.end
            || q.span.end <= word.start
                && scope
                    .text
                    .get(q.span.end..word.start)
                    .is_some_and(|gap| gap.trim().is_empty())
    })
}

fn pair_of(
    scope: &Scope,
    word: Span,
    factor: f64,
    (pairs, paired): (&[(usize, usize)], &[usize]),
) -> Option<(usize, usize)> {
    let sentence = scope.layout.sentence_of(word.start);
    let near: Vec<usize> = scope
        .starting_in(
            word.start.saturating_sub(2_000),
            (word.end + 2_000).min(scope.text.len()),
        )
        .filter(|&j| {
            scope.place(j).is_some_and(|p| {
                p.sentence + SENTENCES >= sentence && p.sentence <= sentence + SENTENCES
            }) && amount(scope, j)
                && !counts_the_multiple(scope, j, word)
        })
        .collect();
    // "290 systems ..., more than double the number fitted a year
    // earlier": the figure before the word in its sentence is the end, the
    // one like figure near it the start.
    // "was halved to an estimated 15 billion": a figure after the word is
    // its own too.
    let in_sentence = |j: &usize| scope.place(*j).is_some_and(|p| p.sentence == sentence);
    let before_word = |j: &usize| scope.q(*j).is_some_and(|q| q.span.end <= word.start);
    // "more than quadrupled in a single year, ..., helped by a waiting
    // list that reached 2,300 households": past a comma, another clause's.
    let right_after = |j: &usize| {
        scope.q(*j).is_some_and(|q| {
            scope
                .text
                .get(word.end..q.span.start)
                .is_some_and(|gap| !gap.contains([',', ';']) && gap.split_whitespace().count() <= 5)
        })
    };
    let own = near
        .iter()
        .copied()
        .rev()
        .find(|j| in_sentence(j) && before_word(j))
        .or_else(|| {
            near.iter()
                .copied()
                .find(|j| in_sentence(j) && right_after(j))
        });
    if let Some(now) = own {
        // "rose from 920 to 1,840, nearly three times as many": the pair
        // its sentence just gave.
        if let Some(&(then, _)) = pairs
            .iter()
            .find(|&&(then, to)| to == now && in_sentence(&then))
        {
            return Some((then, now));
        }
        // "£1,150, five times last year's top price of £320": the base
        // named right after the word, in its clause, when the figure
        // before is no pair's ("212, up from 164 ... and more than double
        // the 98" says 212 is).
        let now_unpaired_and_current = paired.binary_search(&now).is_err()
            && scope.place(now).is_some_and(|p| !p.past_frame());
        // Of another time ("last year's", "a year before"), not another
        // thing ("the £320 a rival paid"); "the 260 it had in April" is
        // the subject's own figure of another time.
        let dated_base = |j: usize| {
            j > now
                && scope.place(j).is_some_and(|p| {
                    p.past_frame()
                        || p.prev_is_close(&["the"])
                            && p.after_is(0, "it")
                            && p.after_has(
                                2,
                                &["had", "held", "drew", "sold", "recorded", "attracted"],
                            )
                })
                && in_sentence(&j)
                && like(scope, j, now)
                && scope.q(j).is_some_and(|q| {
                    q.span.start >= word.end
                        && scope.text.get(word.end..q.span.start).is_some_and(|gap| {
                            !gap.contains([',', ';', '.']) && gap.split_whitespace().count() <= 6
                        })
                })
        };
        if now_unpaired_and_current
            && let Some(then) = near.iter().copied().find(|&j| dated_base(j))
        {
            return Some((then, now));
        }
        let others: Vec<usize> = near
            .iter()
            .copied()
            .filter(|&j| j != now && like(scope, j, now))
            .collect();
        // The start is said of an earlier time, the end not.
        return match others.as_slice() {
            [then]
                if dated_earlier(scope, *then) && !dated_earlier(scope, now)
                    || earlier_year(scope, *then, now) =>
            {
                Some((*then, now))
            }
            _ => None,
        };
    }
    // "four times as fast as Sony's robot", "three times what we pay"
    // compare with another thing; a verb of change ("has nearly doubled")
    // is said of one thing over time.
    let compares = scope
        .text
        .get(word.start..word.end)
        .is_some_and(|w| w.ends_with("times") || w.ends_with("twice"));
    // "won 11 seats, up from six. ... The result almost tripled the
    // Greens' presence": a pair just read, of what the word's sentence names.
    if let Some(pair) = pair_named_before(scope, sentence, pairs).filter(|_| !compares) {
        return Some(pair);
    }
    // No figure of its own: "has halved since last spring. In April last
    // year, 2,140 ... The latest figure is 1,420."
    // Figures of a change of their own ("1,150 season tickets, an
    // increase of 750 on last year's 400") are neither end.
    let nearest_first: Vec<usize> = near
        .iter()
        .copied()
        .rev()
        .filter(|&j| paired.binary_search(&j).is_err() && !is_stated_change(scope, j))
        .collect();
    let last = *nearest_first.first()?;
    // A pair that went the other way is not the one meant; one of other
    // things ("exports ... had doubled" over a price and a wage) is not, and
    // no other is sought.
    if let Some(pair) = earlier_and_now(scope, last + 1, &nearest_first)
        .filter(|&pair| goes_as(scope, factor, pair))
    {
        return names_its_subject(scope, word, pair).then_some(pair);
    }
    if compares {
        return None;
    }
    // Else the one earlier and one now figure of a kind near it, as
    // for a change in percent ("The total has nearly doubled in four
    // years" ... "In 2019 the force recorded 318 such offences").
    let span = scope.layout.sentence_span(sentence, scope.text.len());
    let change = Apart {
        sentence,
        subject: subject(super::context::words_in(scope.text, span.start, span.end)),
        points: false,
        base_year: None,
        strict: false,
    };
    let window: Vec<usize> = scope
        .starting_in(
            word.start.saturating_sub(3_000),
            (word.end + 3_000).min(scope.text.len()),
        )
        .filter(|&j| {
            scope
                .place(j)
                .is_some_and(|p| p.sentence + APART >= sentence && p.sentence <= sentence + APART)
        })
        .collect();
    one_pair(scope, &change, &unpaired(&window, paired))
}

/// "The number waiting ... has halved" over "2,140 people had been
/// waiting": a multiple with no figure of its own speaks of a pair whose
/// sentences say a content word of its sentence, or it points back ("three
/// times that level"); "exports ... had doubled" is not of a price and a
/// wage.
fn names_its_subject(scope: &Scope, word: Span, (then, now): (usize, usize)) -> bool {
    let after = scope.text.get(word.end..).unwrap_or("").trim_start();
    if ["that ", "this ", "those ", "these "]
        .iter()
        .any(|p| after.starts_with(p))
    {
        return true;
    }
    let stems = |words: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        words
            .filter(|w| {
                w.len() > 3
                    && !crate::quantity::noun::is_function_word(&w.to_ascii_lowercase())
                    && !super::context::is_any(w, &["said", "says", "told", "according"])
                    && !super::part::is_time_word(w)
                    && !super::part::is_time_word(w.trim_end_matches('s'))
            })
            .map(super::context::derived_stem)
            .collect()
    };
    let sentence = scope.layout.sentence_of(word.start);
    let span = scope.layout.sentence_span(sentence, scope.text.len());
    let own: Vec<String> = stems(&mut super::context::words_in(
        scope.text, span.start, span.end,
    ))
    .into_iter()
    .filter(|s| {
        *s != super::context::derived_stem(scope.text.get(word.start..word.end).unwrap_or(""))
    })
    .collect();
    let said = |i: usize| {
        stems(&mut scope.sentence_words(i))
            .iter()
            .any(|s| own.contains(s))
    };
    said(then) || said(now)
}

/// "2.1 million passengers in 2022. In 2023 it handled 4.9 million": each
/// figure given for a year, the one's before the other's.
fn earlier_year(scope: &Scope, then: usize, now: usize) -> bool {
    use super::restatement::frame_year;
    frame_year(scope, then)
        .zip(frame_year(scope, now))
        .is_some_and(|(a, b)| a < b)
}

/// How many sentences back a multiple may name a pair just read.
const PAIR_BACK: usize = 3;

/// The nearest change pair of the sentences before `sentence` that the
/// word's sentence names: by a name both sentences give ("The Green Party"
/// and "the Greens' presence"), or by the noun the pair counts. A word as
/// common as "number" names nothing.
fn pair_named_before(
    scope: &Scope,
    sentence: usize,
    pairs: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let words = |s: usize| {
        let span = scope.layout.sentence_span(s, scope.text.len());
        super::context::words_in(scope.text, span.start, span.end)
    };
    // Names past a sentence's first word, by their stem.
    let names = |s: usize| -> Vec<String> {
        words(s)
            .skip(1)
            .filter(|w| w.len() >= 4 && w.starts_with(|c: char| c.is_ascii_uppercase()))
            .map(|w| super::context::word_stem(w, 5))
            .collect()
    };
    let own_names = names(sentence);
    let own_words: Vec<String> = words(sentence)
        .map(|w| super::context::word_stem(w, 5))
        .collect();
    pairs
        .iter()
        .filter_map(|&(f, t)| Some((scope.place(t)?.sentence, (f, t))))
        .filter(|&(s, _)| s < sentence && s + PAIR_BACK >= sentence)
        .max_by_key(|&(s, (_, t))| (s, t))
        .filter(|&(s, (_, t))| {
            let counted = scope
                .q(t)
                .and_then(|q| q.noun.as_deref())
                .is_some_and(|n| own_words.contains(&super::context::word_stem(n, 5)));
            counted || names(s).iter().any(|n| own_names.contains(n))
        })
        .map(|(_, pair)| pair)
}

/// A count, sum or measure stated as one figure in digits.
fn amount(scope: &Scope, i: usize) -> bool {
    scope.single_amount(i) && scope.q(i).is_some_and(|q| !q.words)
}

/// Like figures of the same things.
pub(super) fn like(scope: &Scope, a: usize, b: usize) -> bool {
    scope.same_things(a, b) != Some(false) && scope.comparable(a, b)
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_multiple_after_a_pair_is_said_of_that_pair() {
        let text =
            "Tickets\n\nSeason-ticket sales rose from 920 to N, nearly three times as many.\n";
        assert!(rules(&text.replace('N', "2,700")).is_empty());
        assert_eq!(rules(&text.replace('N', "1,840")), ["change-mismatch"]);
    }

    #[test]
    fn a_multiple_of_a_figure_given_for_an_earlier_year() {
        let text = "Passengers\n\nThe airport handled 2.1 million passengers in 2022.\n\nIn 2023 it handled N million, almost three times as many.\n";
        assert_eq!(rules(&text.replace('N', "4.2")), ["change-mismatch"]);
        assert!(rules(&text.replace('N', "6.1")).is_empty());
    }

    #[test]
    fn a_multiple_with_its_start_in_another_sentence() {
        let text = "Solar\n\nHouseholds installed 290 solar systems this year, M the number fitted a year before.\n\nA year earlier, installers fitted 180 systems.\n";
        assert_eq!(
            rules(&text.replace('M', "more than double")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('M', "about one and a half times")).is_empty());
    }

    #[test]
    fn a_multiple_with_no_figure_takes_the_dated_pair() {
        let text = "Waits\n\nThe number waiting more than a year has M since last spring, the board said.\n\nIn April last year, 2,140 people had been waiting. The latest figure is 1,420.\n";
        assert_eq!(rules(&text.replace('M', "halved")), ["change-mismatch"]);
        assert!(rules(&text.replace('M', "fallen by a third")).is_empty());
        let times = "Parcels\n\nThe food bank handed out 3,400 parcels this year.\n\nFive years ago it gave out 1,850 parcels. The rise to almost N times that level was driven by rents.\n";
        assert_eq!(rules(&times.replace('N', "three")), ["change-mismatch"]);
        assert!(rules(&times.replace('N', "two")).is_empty());
    }

    #[test]
    fn a_verb_of_change_takes_the_one_earlier_and_now_figure_near_it() {
        let text = "Knives\n\nPolice recorded N knife offences this year.\n\nThe total has nearly doubled since the review began.\n\nIn 2019 the force recorded 318 knife offences.\n";
        assert_eq!(rules(&text.replace('N', "447")), ["change-mismatch"]);
        assert!(rules(&text.replace('N', "600")).is_empty());
        // The lead's "last year" is the story's now when the headline gives
        // the same figure undated.
        let headline = "Knife offences reach N\n\nPolice recorded N knife offences last year.\n\nThe total has nearly doubled in four years.\n\nIn 2019 the force recorded 318 such offences.\n";
        assert_eq!(rules(&headline.replace('N', "447")), ["change-mismatch"]);
        assert!(rules(&headline.replace('N', "600")).is_empty());
        // "four times as fast as" another thing is no change over time.
        let robot = "Robots\n\nThe first model walked at 1.6km/h.\n\nThe new robot runs at 3km/h, almost four times as fast as a rival's.\n";
        assert!(rules(robot).is_empty());
    }

    #[test]
    fn a_verb_of_change_names_a_pair_just_read() {
        let text = "Council\n\nThe Green Party won 11 seats on the city council, up from N.\n\nLabour kept control with 29 councillors.\n\nThe result almost tripled the Greens' presence in the council chamber.\n";
        assert_eq!(rules(&text.replace('N', "six")), ["change-mismatch"]);
        assert!(rules(&text.replace('N', "four")).is_empty());
        // A pair of another subject, or a multiple of another thing's
        // amount ("three times what we pay"), is not that pair's.
        let quiet = [
            "Sales\n\nSales rose to 11m units, up from 6m.\n\nProfits tripled in the year.\n",
            "Prisons\n\nTheir number has risen from 870 to 1,065 this year.\n\nCampaigners say the number of women on remand has doubled in two years.\n",
            "Staff\n\nAgency spending reached £48m last year, up 23% from £39m.\n\n\"We pay an agency nurse up to three times what we pay our own staff,\" the director said.\n",
        ];
        for text in quiet {
            assert!(rules(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn multiples_of_their_own_base_or_not_multiples_at_all() {
        let quiet = [
            // A base of its own, named after the word.
            "Fees\n\nLast week the Senate approved a 7.5 billion dlr plan.\n\nThe panel approved a 25 billion dlr plan. Leavers will pay twice the regular premium.\n",
            // An end of its own after the word, its start not given.
            "Trade\n\nExports fell last year to 80 billion dlrs.\n\nThe 1986 surplus was halved to an estimated 15 billion dlrs.\n",
            // A name, a frequency, a goal.
            "Bank\n\nLast year it lent 2.1 billion dlrs, against 1.2 billion this year, which could affect its Triple A rating.\n",
            "Buses\n\nLast year 40 buses ran. Now 30 buses run four times a day.\n",
            "Waits\n\nLast year 2,140 people waited. The board plans to halve the 1,420 waiting now.\n",
        ];
        for text in quiet {
            assert!(rules(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn halves_after_a_number_are_the_noun() {
        let text = "Derby\n\nBouts last 60 minutes, split into two 30-minute halves. Last Saturday's clash was watched by a crowd of about 500.\n\nThe hall floor measures 33 by 21 metres (108 by 69 feet).\n";
        assert!(rules(text).is_empty());
        let verb = "Derby\n\nCrowds have halved since the move. Last season's clashes were watched by crowds of about 500.\n\nThis season the crowds average 108.\n";
        assert_eq!(rules(verb), ["change-mismatch"]);
    }

    #[test]
    fn a_multiple_of_other_things_takes_no_pair_of_prices() {
        let text = "Salt\n\nLast year the works collected 85 tonnes of fleur de sel, selling at around €18 a kilogram.\n\nThe director said exports to restaurants had doubled in three years.\n\nThe company will pay each raker €1,150 plus accommodation.\n";
        assert!(rules(text).is_empty());
        let named = "Salt\n\nLast year the works sold fleur de sel for around €9 a kilogram.\n\nThe director said the price of fleur de sel had doubled in three years.\n\nFleur de sel now sells for €N a kilogram.\n";
        assert_eq!(rules(&named.replace('N', "27")), ["change-mismatch"]);
        assert!(rules(&named.replace('N', "18")).is_empty());
    }

    #[test]
    fn a_multiple_of_the_base_named_after_it_is_said_of_the_figure_before() {
        let text = "Cards\n\nThe top price, £1,150 for a hand-coloured card, was @ times last year's top price of £380.\n";
        assert_eq!(rules(&text.replace('@', "five")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "three")).is_empty());
        let the = "Cards\n\nThe top price was £1,150, @ times the £380 paid a year before.\n";
        assert_eq!(rules(&the.replace('@', "five")), ["change-mismatch"]);
        assert!(rules(&the.replace('@', "three")).is_empty());
        // Another thing's figure, not another time's, is no start.
        let rival =
            "Cards\n\nThe top price was £1,150, five times the £380 a rival paid for one.\n";
        assert!(rules(rival).is_empty());
    }

    #[test]
    fn a_multiple_and_a_half_of_the_subject_s_own_earlier_figure() {
        let text = "Pitches\n\nThe sale had 650 pitches, @ times the 260 it had at the start of the season.\n";
        assert!(rules(&text.replace('@', "two and a half")).is_empty());
        assert!(rules(&text.replace('@', "two-and-a-half")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "three and a half")),
            ["change-mismatch"]
        );
        assert_eq!(
            rules(&text.replace('@', "three-and-a-half")),
            ["change-mismatch"]
        );
        // Another's figure, or one it needed, is no start of its change.
        for other in ["a rival had", "it needed"] {
            let text = text.replace("it had at the start of the season", other);
            assert!(rules(&text.replace('@', "three and a half")).is_empty());
        }
    }
}
