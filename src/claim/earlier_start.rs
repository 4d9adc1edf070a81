//! A change stated with its end whose start the story gave earlier: "The
//! service had 1,180 volunteers last year." ... "It now has 1,320
//! volunteers, a fall of 5%."
//!
//! The end and the stated change stand together ("1,320 volunteers, a fall
//! of 5%", "rose 5% to 1,320"); the start is the latest earlier figure for
//! the same noun, in a sentence of its own within two paragraphs, dated
//! before the end ("last year", "in 2023", "a year earlier"). Without a
//! noun on both figures, or with no date that sets them apart, the two may
//! count different things, and nothing is claimed.
//!
//! The mirror: a change stated with its start ("the 60% increase on the
//! previous year's wage bill of £6.0m") whose end the sentence before gave
//! ("Player and staff wages rose to £8.4m").

use super::change::is_stated_change;
use super::{Claim, Scope, Stated};
use crate::quantity::Kind;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let used = super::change::stated_changes(claims);
    let ends: Vec<usize> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::Change { to, from, .. } => Some([*to, *from]),
            _ => None,
        })
        .flatten()
        // A sentence's own pair, even one whose change was not read ("rose
        // 7.3 pct on a comparable store basis to 609.6 mln dlrs from 572.2
        // mln dlrs"), has its start.
        .chain(
            scope
                .sentence_pairs()
                .iter()
                .flat_map(|&(from, to)| [from, to]),
        )
        .collect();
    // The starts and ends of the sentences' pairs, sorted for lookup.
    let pair_ends = PairEnds::of(scope);
    let mut found = Vec::new();
    for s in 0..scope.quantities.len() {
        let Some(sq) = scope.q(s) else { continue };
        if !sq.kind.is_share() || used.contains(&s) || !is_stated_change(scope, s) {
            continue;
        }
        let Some(end) = end_of(scope, s) else {
            if let Some((start, end)) =
                since_then(scope, s, &pair_ends).filter(|(a, _)| !ends.contains(a))
            {
                found.push(Claim::Change {
                    from: start,
                    to: end,
                    stated: Stated::Quantity(s),
                });
            }
            continue;
        };
        if ends.contains(&end) {
            continue;
        }
        if let Some(later) = end_before(scope, s, end) {
            found.push(Claim::Change {
                from: end,
                to: later,
                stated: Stated::Quantity(s),
            });
            continue;
        }
        if let Some(start) = start_of(scope, end) {
            found.push(Claim::Change {
                from: start,
                to: end,
                stated: Stated::Quantity(s),
            });
        }
    }
    claims.extend(found);
}

/// The figure a stated change is said of: right before it ("1,320
/// volunteers, a fall of 5%") or right after it ("rose 5% to 1,320").
fn end_of(scope: &Scope, s: usize) -> Option<usize> {
    let sentence = scope.place(s)?.sentence;
    let amount = |i: usize| {
        scope.q(i).is_some_and(|q| {
            matches!(
                q.kind,
                Kind::Count | Kind::Money | Kind::Measure | Kind::Percent
            ) && q.range.is_none()
        }) && scope.place(i).is_some_and(|p| p.sentence == sentence)
    };
    // "from 3.0 billion the year before, a rise of 23%": a start may
    // carry its time before the comma.
    let before = s.checked_sub(1).filter(|&b| {
        let gap = scope.between(b, s);
        let reach = if scope.place(b).is_some_and(|p| p.prev_is(&["from"])) {
            7
        } else {
            5
        };
        amount(b) && gap.contains(',') && gap.split_whitespace().count() <= reach
    });
    // "rose 5% to 1,320", "After a 4% rise it is now $55,600".
    let after = Some(s + 1).filter(|&a| {
        let gap = scope.between(s, a);
        amount(a)
            && !gap.contains([',', ';'])
            && gap.split_whitespace().count() <= 5
            && (gap.trim() == "to"
                || gap
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| matches!(w, "now" | "reached" | "reaching")))
    });
    after
        .or(before)
        .or_else(|| start_after(scope, s).filter(|&a| amount(a)))
}

/// The starts and the ends of the sentences' own pairs, each sorted.
struct PairEnds {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl PairEnds {
    fn of(scope: &Scope) -> Self {
        let pairs = scope.sentence_pairs();
        let mut starts: Vec<usize> = pairs.iter().map(|p| p.0).collect();
        let mut ends: Vec<usize> = pairs.iter().map(|p| p.1).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        PairEnds { starts, ends }
    }
}

/// "In 2022 only 4.61 million passengers used the airport, so traffic has
/// grown by about a third since then": a change since the one like figure
/// of its sentence, to the story's figure of now for the same things told
/// before (the end of its own change, or undated) within two paragraphs.
fn since_then(scope: &Scope, s: usize, pairs: &PairEnds) -> Option<(usize, usize)> {
    let sp = scope.place(s)?;
    if !sp.after_has(3, &["since"]) {
        return None;
    }
    let mut like = scope.same_sentence(s).filter(|&j| {
        j != s && scope.single_amount(j) && scope.q(j).is_some_and(|q| q.noun.is_some())
    });
    let (Some(start), None) = (like.next(), like.next()) else {
        return None;
    };
    // "since then" points back at a time: the start must have one ("In
    // 2022 only 4.61 million ..."); "a school of 410 pupils ... fallen by a
    // quarter since the club opened" measures something else.
    let dated = scope.place(start)?.past_frame()
        || scope
            .same_sentence(start)
            .any(|j| scope.q(j).is_some_and(|q| q.kind == Kind::Year));
    if !dated {
        return None;
    }
    let now = |e: usize| {
        pairs.ends.binary_search(&e).is_ok()
            || scope
                .place(e)
                .is_some_and(|p| !p.past_frame() && !p.prev_is(&["from", "than"]))
    };
    // The nearest figure of the same things; the start of its own change
    // ("up from 5.92 million in 2023") is passed for the end of it.
    let end = scope
        .earlier(start, 2)
        .filter(|&e| {
            scope.comparable(e, start)
                && scope.same_things(e, start) == Some(true)
                && scope.place(e).is_some_and(|p| p.sentence != sp.sentence)
        })
        .find(|&e| pairs.starts.binary_search(&e).is_err())?;
    (start < s && now(end)).then_some((start, end))
}

/// "the 60% increase on the previous year's wage bill of £6.0m": the start
/// a change is stated on, a few words after it.
fn start_after(scope: &Scope, s: usize) -> Option<usize> {
    let a = s + 1;
    let gap = scope.between(s, a);
    let mut words = gap.split_whitespace();
    let on = words.by_ref().take(2).any(|w| w == "on");
    (on && gap.split_whitespace().count() <= 8 && !gap.contains([',', ';'])).then_some(a)
}

/// The end of a change stated on its start `start`: the one like figure of
/// the sentence or two before, described alike and not itself dated
/// before now ("wages rose to £8.4m" for "the wage bill of £6.0m").
fn end_before(scope: &Scope, s: usize, start: usize) -> Option<usize> {
    // "a 60% increase on £6.0m", or "climbed from 3.0 billion the year
    // before, a rise of 23%": a start with no end in its sentence.
    let from_alone = start + 1 == s
        && scope.place(start).is_some_and(|p| p.prev_is(&["from"]))
        && !scope
            .sentence_pairs()
            .iter()
            .any(|&(a, b)| a == start || b == start);
    if start_after(scope, s) != Some(start) && !from_alone {
        return None;
    }
    // "pressed 1.04 million records ..., passing the million mark and up
    // from 780,000 the year before, a rise of a third": an end its own
    // sentence gave before the start, even unpaired, is the one meant.
    // Not across a clause of another subject ("sold 52,000 tickets, with
    // day passes up from 18,000").
    if from_alone {
        let mut own = scope.same_sentence(start).filter(|&e| {
            e < start
                && scope.comparable(e, start)
                && !is_stated_change(scope, e)
                && scope.place(e).is_some_and(|p| !p.past_frame())
        });
        if let (Some(e), None) = (own.next(), own.next())
            && scope.same_things(e, start) == Some(true)
            && !super::change::opens_clause(scope.between(e, start))
            && !scope.between(e, start).contains(" with ")
        {
            return Some(e);
        }
    }
    let sentence = scope.place(s)?.sentence;
    let referred = opens_on_a_reference(scope, start);
    let mut ends = scope.earlier(s, 1).filter(|&e| {
        scope
            .place(e)
            .is_some_and(|p| p.sentence < sentence && p.sentence + 2 >= sentence)
            && scope.comparable(e, start)
            && !is_stated_change(scope, e)
            && !super::change_apart::said_earlier(scope, e)
            // "About a third of the entries, 96": the words that name the
            // things are the share's, and the figure is its part.
            && !(super::breakdown::beside_a_share(scope, e)
                && scope.place(e - 1).is_some_and(|p| p.after_is(0, "of")))
            // "Cattle have attracted 540 entries, pigs 210 and goats 190":
            // an item of a list is no end of the change of all of them.
            && (!super::breakdown::in_list_of_three(scope, e)
                || named_by_its_label(scope, e, start))
            // "wages rose to £8.4m" and "the wage bill of £6.0m"; "received
            // 5,840 applications." and "The figure was up from 5,210".
            && (super::context::led_by_one_stem(scope, e, start, 60)
                || referred && scope.place(e).is_some_and(|p| p.sentence + 1 == sentence))
    });
    match (ends.next(), ends.next()) {
        (Some(e), None) => Some(e),
        _ => None,
    }
}

/// "Sales tax brought in 3.9 billion, income tax 3.1 billion" and "Sales
/// tax receipts alone climbed from 3.0 billion": an item is the end of a
/// change whose words name its label, the words since the comma before it.
fn named_by_its_label(scope: &Scope, item: usize, start: usize) -> bool {
    let (Some(q), Some(p)) = (scope.q(item), scope.place(item)) else {
        return false;
    };
    let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
    let from = item
        .checked_sub(1)
        .and_then(|b| scope.q(b))
        .map_or(0, |b| b.span.end)
        .clamp(sentence.start, q.span.start);
    // The label starts after the last comma: "540 entries, pigs 210".
    let label_start = scope
        .text
        .get(from..q.span.start)
        .and_then(|before| before.rfind(','))
        .map_or(from, |comma| from + comma + 1);
    let stems = |words: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        words
            .filter(|w| {
                w.len() > 2 && !crate::quantity::noun::is_function_word(&w.to_ascii_lowercase())
            })
            .map(super::context::derived_stem)
            .collect()
    };
    let named = stems(&mut scope.words_leading_to(start, 60));
    stems(&mut super::context::words_in(
        scope.text,
        label_start,
        q.span.start,
    ))
    .iter()
    .any(|s| named.contains(s))
}

/// "The figure was up from 5,210", "That compares with 41,900 in 2023": a
/// sentence whose subject points back at the figure said just before.
fn opens_on_a_reference(scope: &Scope, i: usize) -> bool {
    let Some(p) = scope.place(i) else {
        return false;
    };
    let span = scope.layout.sentence_span(p.sentence, scope.text.len());
    let mut words = super::context::words_in(scope.text, span.start, span.end);
    // "The number of searches fell from 6,100" names what it counts anew.
    match (words.next(), words.next(), words.next()) {
        (Some("That" | "This" | "It"), Some(verb), _) => {
            matches!(verb, "was" | "is" | "compares" | "compared")
        }
        (Some("The"), Some(noun), Some(next)) => {
            matches!(noun, "figure" | "total" | "number" | "tally" | "count") && next != "of"
        }
        _ => false,
    }
}

/// Words that date a figure before the story's present.
const PAST: &[&str] = &["last", "previous", "earlier", "ago", "before", "previously"];

/// The latest earlier figure for the end's noun, in another sentence
/// within two paragraphs, dated before it.
fn start_of(scope: &Scope, end: usize) -> Option<usize> {
    let eq = scope.q(end)?;
    let ep = scope.place(end)?;
    let Some(noun) = eq.noun.as_deref() else {
        return unnamed_start(scope, end);
    };
    let start = scope.earlier(end, 2).find(|&a| {
        scope.comparable(a, end)
            && scope
                .q(a)
                .is_some_and(|q| q.noun.as_deref() == Some(noun) && q.range.is_none())
            && scope.place(a).is_some_and(|p| p.sentence != ep.sentence)
    })?;
    // "41,280 homes this half, 14% fewer than the 48,000 last year": the
    // date is the other figure's when the sentence compares two.
    let alone = scope
        .same_sentence(start)
        .filter(|&j| scope.comparable(j, start))
        .count()
        == 1;
    let dated_before = scope.place(start)?.past_frame() || alone && scope.sentence_has(start, PAST);
    // "rose 37 pct to 4.80 billion miles from 3.50 billion": the start is
    // in the end's own sentence, only not read as a pair.
    let own_start = scope
        .same_sentence(end)
        .any(|j| j != end && scope.comparable(j, end));
    let end_dated_before = scope.sentence_has(end, PAST);
    (dated_before && !end_dated_before && !own_start).then_some(start)
}

/// A sum or measure names no noun ("it is now $55,600"): the start is the
/// one like figure of the two paragraphs before, dated before now ("The
/// average salary was $52,000 last year"), of what the end's sentence
/// speaks of by a word of the start's or by "it".
fn unnamed_start(scope: &Scope, end: usize) -> Option<usize> {
    let eq = scope.q(end)?;
    let ep = scope.place(end)?;
    if !matches!(eq.kind, Kind::Money | Kind::Measure) || scope.sentence_has(end, PAST) {
        return None;
    }
    let mut like = scope.earlier(end, 2).filter(|&a| {
        scope.comparable(a, end)
            && scope.place(a).is_some_and(|p| p.sentence != ep.sentence)
            && scope.q(a).is_some_and(|q| q.range.is_none())
    });
    let (Some(start), None) = (like.next(), like.next()) else {
        return None;
    };
    let dated_before = scope.place(start)?.past_frame();
    let same_subject = super::context::led_by_one_stem(scope, start, end, 80)
        || scope
            .words_leading_to(end, 80)
            .any(|w| matches!(w, "it" | "It"));
    (dated_before && same_subject).then_some(start)
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_start_past_a_clause_of_another_subject_is_not_read_against_its_end() {
        let text = "Fair\n\nThe fair sold 52,000 tickets, with day passes up from 18,000 the year before, a rise of a quarter.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_start_after_an_end_of_its_own_sentence_is_read_against_that_end() {
        let text = "Kilns\n\nKiln sold @ for the first time.\n\nThe works fired 2.6 million tiles last year, beating the two million mark and up from 1.95 million the year before, a rise of a third.\n";
        assert!(rules(&text.replace('@', "two million tiles")).is_empty());
        let slip = text.replace("a rise of a third", "a rise of a half");
        assert_eq!(
            rules(&slip.replace('@', "two million tiles")),
            ["change-mismatch"]
        );
    }

    #[test]
    fn a_change_from_a_figure_given_earlier() {
        let wrong = "The service had 1,180 volunteers last year.\n\nIt now has 1,320 volunteers, a fall of 5%.";
        assert_eq!(rules(wrong), ["change-mismatch"]);
        let right = "The service had 1,180 volunteers last year.\n\nIt now has 1,320 volunteers, a rise of 12%.";
        assert!(rules(right).is_empty());
        // Not dated apart: two counts of volunteers, not a change.
        let undated = "The service has 1,180 volunteers in Leeds. Across the county it has 1,320 volunteers, a rise of 5% on the spring.";
        assert!(rules(undated).is_empty());
    }

    #[test]
    fn a_sum_of_now_after_its_change_starts_at_the_sum_of_last_year() {
        let text =
            "Pay\n\nThe average salary was $52,000 last year.\n\nAfter a 4% rise it is now $N.\n";
        assert_eq!(rules(&text.replace('N', "55,600")), ["change-mismatch"]);
        assert!(rules(&text.replace('N', "54,100")).is_empty());
        // Two sums before: which one rose is not known.
        let two = text.replace("last year.", "last year, and the top salary $90,000.");
        assert!(rules(&two.replace('N', "55,600")).is_empty());
    }

    #[test]
    fn a_change_on_its_start_ends_at_the_figure_before() {
        let text = "Wages\n\nPlayer and staff wages rose to £8.4m in the year to June, equal to 75% of the club's £11.2m turnover.\n\nThe chairman defended the CHANGE increase on the previous year's wage bill of £6.0m.\n";
        assert_eq!(rules(&text.replace("CHANGE", "60%")), ["change-mismatch"]);
        assert!(rules(&text.replace("CHANGE", "40%")).is_empty());
        // An item of a list ends no change of the whole.
        let items = "Show\n\nSheep lead with 920 entries. Cattle have 540 entries, pigs 210 and goats 190.\n\nOverall entries are up from 1,870 last year, a rise of 14%.\n";
        assert!(rules(items).is_empty());
    }

    #[test]
    fn a_start_whose_subject_points_back_ends_at_the_figure_before() {
        let text = "Schools\n\nThe city received 5,840 applications for places this spring.\n\nThe figure was up from 5,210 a year earlier, a rise of CHANGE.\n";
        assert!(rules(&text.replace("CHANGE", "about 12%")).is_empty());
        assert_eq!(
            rules(&text.replace("CHANGE", "nearly 20%")),
            ["change-mismatch"]
        );
        // Without the reference the sentence may count something else.
        let other = text.replace("The figure was", "Appeals were");
        assert!(rules(&other.replace("CHANGE", "nearly 20%")).is_empty());
        let named = text.replace("The figure was", "The number of appeals was");
        assert!(rules(&named.replace("CHANGE", "nearly 20%")).is_empty());
    }

    #[test]
    fn a_change_from_a_start_alone_ends_at_the_figure_its_words_named_before() {
        let text = "Taxes\n\nThe province collected 8.6 billion marks in taxes.\n\nSales tax brought in 3.9 billion, income tax 3.1 billion and corporate tax 1.6 billion.\n\nSales tax receipts alone climbed from 3.0 billion the year before, a rise of CHANGE.\n";
        assert_eq!(rules(&text.replace("CHANGE", "23%")), ["change-mismatch"]);
        assert!(rules(&text.replace("CHANGE", "30%")).is_empty());
    }

    #[test]
    fn a_change_since_the_figure_of_its_sentence_ends_at_the_figure_of_now() {
        let text = "Airport\n\nThe airport handled 6.84 million passengers last year, up from 5.92 million in 2023.\n\nIn 2022 only 4.61 million passengers used it, so traffic has grown by @ since then.\n";
        assert_eq!(
            rules(&text.replace('@', "about a third")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('@', "about a half")).is_empty());
        // Not "since": a change of its own sentence's time.
        let other = text.replace(" since then", " in the summer");
        assert!(rules(&other.replace('@', "about a third")).is_empty());
        // Not dated: "since" names an event, not the start's time.
        let undated = "Club\n\nBreakfasts reach 2,600 pupils.\n\nAmong the 1,150 pupils who qualify, most attend.\n\nThe head of Mill End, which has 410 pupils, said lateness had fallen by a quarter since the club opened.\n";
        assert!(rules(undated).is_empty());
    }

    #[test]
    fn a_figure_of_a_sentence_pair_is_no_start_for_another_change() {
        let text = "Sales\n\nSales for the five weeks rose 3.0 pct to 332.9 mln dlrs from 323.2 mln dlrs a year ago.\n\nSales for the nine weeks rose 7.3 pct on a comparable store basis to 609.6 mln dlrs from 572.2 mln dlrs.\n";
        assert!(crate::claim::testing::rules(text).is_empty());
    }

    #[test]
    fn a_figure_set_after_a_share_of_the_things_is_a_part_not_the_end() {
        let part = "Hats\n\nThe prize drew 286 hats from 19 countries.\n\nAbout a third of the entries, 96, came from local milliners. Entries were up from 211 last year, a rise of about 36%.\n";
        assert!(rules(part).is_empty());
        // The whole named as the change's things before is its end.
        let whole = part.replace(
            "The prize drew 286 hats",
            "Entries for the prize reached 286",
        );
        assert!(rules(&whole).is_empty());
        assert_eq!(rules(&whole.replace("36%", "60%")), ["change-mismatch"]);
    }
}
