//! Lists of like figures under one total, read from the shape of the list
//! rather than from its wording:
//!
//! * a running total: "£22.6m from shops, £14.1m from offices ... bringing
//!   the total to £61.4m", "... 412 and 150, out of 3,101 valid votes";
//! * a list after "Of those killed," whose whole is the figure the sentence
//!   before gives ("Eighty-four people died ... Of those killed, 41 were
//!   drivers, 23 passengers ..."), or whose shares are of the whole it
//!   names ("Of the stores that will close, 45 per cent ..., 30 per cent
//!   ... and 35 per cent ...");
//! * a Markdown or plain bullet list under the sentence that states its
//!   total ("The 860 points are spread across five districts:"), or above
//!   the sentence that does ("That brings the total entry to 5,470").
//!
//! A list is complete (its parts must add up to the total) when the text
//! says so: a running total, a dividing word ("split", "spread across",
//! "as follows"), or as many items as the lead announces ("four bands").
//! Otherwise it may be a selection, and its parts must only not exceed the
//! total.

use super::breakdown::PRODUCTS;
use super::{Claim, Scope};
use crate::quantity::Kind;
use crate::span::Span;

/// `source` is the file as written: Markdown's list markers are blank in
/// the prose view, and its offsets are the view's.
pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let source = scope.source;
    running_totals(scope, claims);
    of_those_lists(scope, claims);
    headed_lists(scope, claims);
    bullet_lists(scope, source, claims);
    runs_after_a_lead(scope, claims);
}

/// "The guild broke the average bill down as follows: £8,900 for the
/// venue, £5,700 for food and drink ... and £900 for everything else": a
/// run after a lead that ends in a colon and gives no figure is a list in
/// a line of prose, read as a bullet list under the same lead is.
fn runs_after_a_lead(scope: &Scope, claims: &mut Vec<Claim>) {
    let n = scope.quantities.len();
    let mut start = 0;
    while start < n {
        let range = scope.sentence_range(start);
        start = range.end.max(start + 1);
        let (Some(first_q), Some(fp)) = (scope.q(range.start), scope.place(range.start)) else {
            continue;
        };
        let span = scope.layout.sentence_span(fp.sentence, scope.text.len());
        let lead = scope.text.get(span.start..first_q.span.start).unwrap_or("");
        let Some(colon) = lead.rfind(':') else {
            continue;
        };
        // In a line of prose only a lead that says it divides ("broke ...
        // down as follows:", "is split:") closes the run; "Numbers rose
        // day by day:" may give some of the days.
        let lead_words: Vec<&str> =
            super::context::words_in(scope.text, span.start, span.start + colon).collect();
        if !has_any(&lead_words, DIVIDING) {
            continue;
        }
        let parts: Vec<usize> = range
            .clone()
            .filter(|&p| listable(scope, p) && scope.comparable(p, range.start))
            .collect();
        let covered = || {
            claims.iter().any(|c| {
                matches!(c, Claim::Breakdown { parts: other, .. } if other.contains(&range.start))
            })
        };
        let list_start = span.start + colon + 1;
        // "£5 each": the items are rates, whatever the lead divides.
        let per_item = super::context::words_in(scope.text, list_start, span.end)
            .any(|w| super::context::is_any(w, &["each", "every", "apiece"]));
        if parts.len() < 3
            || parts.first() != Some(&range.start)
            || per_item
            || covered()
            || !coordinated(scope, &parts)
        {
            continue;
        }
        if let Some((total, open)) = total_of_list(scope, &parts, list_start, span.end) {
            claims.push(Claim::Breakdown { total, parts, open });
        }
    }
}

/// The most words between "Of the 143" and the first part: the whole's
/// noun and a phrase or two that narrow it.
const LEAD_WORDS: usize = 10;

/// "The trust employs 1,240 staff: 610 nurses, 320 doctors and 290 porters"
/// (a total, a colon, its parts) and "Of the 480 complaints, 210 were about
/// noise, 150 about bins and 140 about parking" (a whole, then parts of
/// it): a list of like figures headed by its whole, whatever the nouns.
/// After a colon, parts that each name a different noun are a partition
/// and must add up; parts that say something of the whole ("610 work part
/// time, 320 are over 50"), and lists after "Of the", may overlap or leave
/// some out, and must only not exceed it.
fn headed_lists(scope: &Scope, claims: &mut Vec<Claim>) {
    for total in 0..scope.quantities.len() {
        let (Some(tq), Some(tp)) = (scope.q(total), scope.place(total)) else {
            continue;
        };
        // Cheap tests first: a colon within a few words, or "of the" before.
        let after = scope.text.get(tq.span.end..).unwrap_or("");
        let colon_near = after
            .get(..after.len().min(40))
            .unwrap_or(after)
            .contains(':');
        // "Of the 48, 17 sold meat": the figure after the whole is no whole.
        let of_the_before = tp.determined_by(&["the", "its", "their"]) && tp.before_is(1, "of");
        if !(colon_near || of_the_before)
            || !listable_total(scope, total, true)
            || tq.range.is_some()
        {
            continue;
        }
        let sentence = tp.sentence;
        let parts: Vec<usize> = (total + 1..scope.quantities.len())
            .take(super::REACH)
            .take_while(|&p| scope.place(p).is_some_and(|pl| pl.sentence == sentence))
            .filter(|&p| listable(scope, p) && scope.comparable(p, total))
            .collect();
        let Some(&first) = parts.first() else {
            continue;
        };
        let lead = scope.between(total, first);
        let colon = lead.split_once(':').is_some_and(|(head, tail)| {
            head.split_whitespace().count() <= 3 && tail.trim().is_empty()
        });
        // "Of the 143 fires spotted in the park between May and September,":
        // the whole's noun and what narrows it, up to the comma.
        let lead_words = lead.split_whitespace().count();
        let of_the = of_the_before
            && lead.trim_end().ends_with(',')
            && lead_words <= LEAD_WORDS
            // "who sat both papers": a clause past six words may count
            // each member twice.
            && (lead_words <= 6
                || !lead.split_whitespace().any(|w| {
                    super::context::is_any(w, &["who", "that", "which", "both", "whose"])
                }));
        let smaller = parts.iter().all(|&p| {
            scope
                .q(p)
                .zip(Some(tq))
                .is_some_and(|(q, t)| q.point() < t.point())
        });
        if !(colon || of_the)
            || parts.len() < 2
            || !smaller
            || !coordinated(scope, &parts)
            || scope.sentence_has(total, PRODUCTS)
            || of_the && stages(scope, &parts)
        {
            continue;
        }
        // Each part naming a noun of its own: the groups of a partition.
        let nouns: Vec<Option<&str>> = parts
            .iter()
            .map(|&p| scope.q(p).and_then(|q| q.noun.as_deref()))
            .collect();
        let distinct = nouns
            .iter()
            .enumerate()
            .all(|(n, a)| a.is_some() && nouns.iter().skip(n + 1).all(|b| b != a));
        let open = !(colon && distinct) || rest_left_unstated(scope, &parts);
        claims.push(Claim::Breakdown { total, parts, open });
    }
}

/// "Of the 96 who started, 81 finished their training and 74 still work
/// there": a later figure said to go on ("still", "later", "went on")
/// counts a stage within the one before, not another part of the whole.
fn stages(scope: &Scope, parts: &[usize]) -> bool {
    // "15 remain" and "150 went into work" split the whole: only words of
    // going on ("still", "went on") mark a stage.
    const GOES_ON: &[&str] = &["still", "later", "eventually"];
    parts.iter().skip(1).any(|&p| {
        scope.place(p).is_some_and(|pl| {
            pl.after()
                .take(3)
                .any(|w| super::context::is_any(w, GOES_ON))
                || pl.after_pair(3, "went", "on")
        })
    })
}

/// "1.04 million dogs and 0.51 million cats, with rabbits and other pets
/// making up the rest": a remainder named after the last part with no
/// figure of its own leaves the list open.
fn rest_left_unstated(scope: &Scope, parts: &[usize]) -> bool {
    let Some(&last) = parts.last() else {
        return false;
    };
    let (Some(q), Some(p)) = (scope.q(last), scope.place(last)) else {
        return false;
    };
    let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
    let tail = scope.lowercase(Span::new(q.span.end, sentence.end.max(q.span.end)));
    let figure_after = scope.same_sentence(last).any(|j| j > last);
    !figure_after
        && ["the rest", "the remainder", "the others"]
            .iter()
            .any(|cue| {
                tail.match_indices(cue).any(|(at, c)| {
                    // "the rest of the world" names a place, not a remainder.
                    let after = &tail[at + c.len()..];
                    !after.starts_with(|ch: char| ch.is_ascii_alphabetic())
                        && !after.starts_with(" of ")
                })
            })
}

/// A figure that can be a part or a total of a list: a count, sum of money
/// or measure, stated as one figure, not per item and not a start value.
fn listable(scope: &Scope, i: usize) -> bool {
    let (Some(q), Some(p)) = (scope.q(i), scope.place(i)) else {
        return false;
    };
    matches!(q.kind, Kind::Count | Kind::Money | Kind::Measure)
        && q.range.is_none()
        && !q.vague
        // "at 5 Tanners Yard" is an address ("priced at £31.5m" is not),
        // "from 97" a start value.
        && !p.prev_is(&["from", "to", "than", "of"])
        && (q.kind != Kind::Count || !p.prev_is(&["at"]))
        && !super::breakdown::is_rate(scope, i)
        && !p.past_frame()
        // "| Two-bed houses | 102 |": a modifier, not the row's figure.
        && !super::part::is_compound_modifier(scope, i)
        // "51 sold, and 58 of those went abroad": a part of a part.
        && !(p.after_is(0, "of") && p.after_has(2, &["those", "them", "these", "whom"]))
}

fn has_any(words: &[&str], cues: &[&str]) -> bool {
    words
        .iter()
        .any(|w| cues.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// "bringing the total to £61.4m", "taking the year's total to 22,150",
/// "out of 3,101 valid votes": the total of the like figures before it in
/// its sentence (and, when that sentence adds "a further" amount, of the
/// one like figure of the sentence before). A total "out of" which they are
/// counted may hold more than the list names.
fn running_totals(scope: &Scope, claims: &mut Vec<Claim>) {
    for total in 0..scope.quantities.len() {
        let Some(tp) = scope.place(total) else {
            continue;
        };
        let brought = tp.prev_is(&["to"])
            && tp.before_has(5, &["total"])
            && tp.before_has(
                6,
                &["bringing", "brings", "brought", "taking", "takes", "took"],
            );
        let out_of = tp.prev_is(&["of"]) && tp.before_is(1, "out");
        if !brought && !out_of {
            continue;
        }
        if scope.sentence_has(total, PRODUCTS) {
            continue;
        }
        let mut parts: Vec<usize> = scope
            .same_sentence(total)
            .filter(|&p| p < total && listable(scope, p) && scope.comparable(p, total))
            .collect();
        // "A further 8,750 went in over the autumn, bringing ...": the list
        // began in the sentence before.
        let adds = parts
            .first()
            .and_then(|&f| scope.place(f))
            .is_some_and(|f| {
                f.before_has(
                    4,
                    &["further", "another", "additional", "second", "third", "new"],
                ) || f.after_has(1, &["more", "further", "additional", "extra"])
            });
        // "Together with £6.2m for crossings, that brings the total to
        // £74.6m": the figures "that" points back to are parts.
        // "that" is what was just listed: the like figures since the start
        // of the paragraph, or of the one before when the sentence opens it.
        let that_brings = brought && tp.before_has(5, &["that", "this", "which"]);
        if that_brings {
            let first = parts.first().copied().unwrap_or(total);
            let opens = scope
                .earlier(first, 0)
                .all(|p| scope.place(p).is_some_and(|pp| pp.sentence == tp.sentence));
            let reach = usize::from(opens);
            let before: Vec<usize> = scope
                .earlier(first, reach)
                .filter(|&p| listable(scope, p) && scope.comparable(p, total))
                .collect();
            parts.splice(0..0, before.into_iter().rev());
        } else if adds {
            let Some(base) = previous_sentence_figure(scope, total, parts.first().copied()) else {
                continue;
            };
            // "four more examiners" add to a count of examiners, not to
            // "14 (weeks) at Felling Road".
            let nouns = |i: usize| scope.q(i).and_then(|q| q.noun.as_deref());
            if let Some(added) = parts.first().and_then(|&p| nouns(p))
                && !nouns(base)
                    .is_some_and(|b| b == added || super::synonyms::same_things(b, added))
            {
                continue;
            }
            parts.insert(0, base);
        }
        let bigger = |p: &usize| {
            scope
                .q(*p)
                .zip(scope.q(total))
                .is_some_and(|(q, t)| q.point() < t.point())
        };
        // "opened 14 stores and closed three, taking its total to 486".
        if parts.len() >= 2
            && parts.iter().all(bigger)
            && !super::breakdown::net_change(scope, &parts)
        {
            claims.push(Claim::Breakdown {
                total,
                parts,
                open: out_of,
            });
        }
    }
}

/// The one like figure of the sentence before `i`'s, when there is one.
/// Its time frame ("last year") is the list's own.
fn previous_sentence_figure(scope: &Scope, i: usize, like: Option<usize>) -> Option<usize> {
    let like = like?;
    let before: Vec<usize> = scope
        .sentence_before(i)
        // "84 died last year, down from 97": the start of a change is the
        // figure of another time.
        .filter(|&j| !scope.place(j).is_some_and(|p| p.prev_is(&["from"])))
        // "the rise of 44,000": a difference is no group to break down;
        // "The largest single consignment, 3,400 samples" is one member.
        .filter(|&j| !super::change::is_difference(scope, j) && !super::part::singled_out(scope, j))
        .filter(|&j| listable_total(scope, j, true) && scope.comparable(j, like))
        .collect();
    match before.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The verbs that give a share a predicate of its own.
const VERBS: &[&str] = &[
    "were", "are", "was", "is", "had", "have", "has", "said", "did", "do", "will", "would", "could",
];

/// Words that name what is left of a whole: the category that makes a list
/// of shares complete.
pub fn is_remainder_word(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "other"
            | "others"
            | "elsewhere"
            | "rest"
            | "remainder"
            | "undecided"
            | "spoiled"
            | "blank"
            | "unknown"
            | "neither"
    )
}

/// "Eighty-four people died last year. Of those killed, 41 were drivers, 23
/// were passengers and 19 were pedestrians": a list that opens "Of those"
/// (or "Of them", "Of these", "Of the dead") breaks down the one like
/// figure of the sentence before.
fn of_those_lists(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut i = 0;
    while i < scope.quantities.len() {
        let sentence: Vec<usize> = scope.same_sentence(i).collect();
        i = sentence.last().map_or(i + 1, |l| l + 1);
        let Some(&first) = sentence.first() else {
            continue;
        };
        let (Some(fp), Some(fq)) = (scope.place(first), scope.q(first)) else {
            continue;
        };
        let span = scope.layout.sentence_span(fp.sentence, scope.text.len());
        let lead = scope
            .text
            .get(span.start..fq.span.start)
            .unwrap_or("")
            .trim();
        // "Of the total, the North Quay terminal handled 610,000": the
        // first item's own words may stand between the lead and its figure.
        let digits = lead.chars().any(|c| c.is_ascii_digit());
        let (lead, label) = match lead.find(',') {
            Some(comma) => (
                lead.get(..=comma).unwrap_or(lead),
                lead.get(comma + 1..).unwrap_or(""),
            ),
            None => (lead, ""),
        };
        let opens = opens_on_a_whole(lead)
            && lead.ends_with(',')
            && lead.split_whitespace().count() <= 7
            && label.split_whitespace().count() <= 6
            && !digits;
        if !opens || scope.sentence_has(first, PRODUCTS) {
            continue;
        }
        // "Of the stores that will close, 45 per cent are in the north, 30
        // per cent in the valley and 35 per cent in the west": shares of
        // the one whole the lead names, at most all of it.
        let shares: Vec<usize> = sentence
            .iter()
            .copied()
            .filter(|&p| {
                scope.q(p).is_some_and(|q| {
                    q.kind == Kind::Percent && q.range.is_none() && q.hedge.is_none()
                }) && !super::change::is_stated_change(scope, p)
                    // "45% ..., down from 58% in 2021": a start value;
                    // "on a turnout of 62%": a measure of its own whole.
                    && !scope.place(p).is_some_and(|pl| {
                        pl.prev_is(&["from", "than", "against"])
                            || pl.prev_is(&["of"]) && pl.before_has(3, &["a", "an"])
                    })
            })
            .collect();
        // The later shares share the first one's verb ("30 per cent in the
        // valley"): one predicate, so one partition. With verbs of their
        // own they may be overlapping traits ("60% were over 65 and 50%
        // had diabetes").
        let own_verb = shares
            .iter()
            .skip(1)
            .any(|&p| scope.place(p).is_some_and(|pl| pl.after_has(1, VERBS)));
        // A slip leaves a partition near 100%; far above it, the shares
        // are traits that overlap, whatever the wording.
        let sum: f64 = shares
            .iter()
            .filter_map(|&p| scope.q(p))
            .map(|q| q.point())
            .sum();
        // A remainder category ("blank or spoiled", "other", "elsewhere")
        // closes the list: the shares are all of the whole, one predicate
        // or not.
        let verb_after = |p: usize| {
            scope
                .place(p)
                .and_then(|pl| pl.after().next())
                .filter(|w| VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)))
        };
        let first_verb = verb_after(first);
        let remainder = shares.len() >= 3
            && shares
                .last()
                .and_then(|&l| scope.place(l))
                .is_some_and(|pl| pl.after().take(5).any(is_remainder_word))
            && shares
                .iter()
                .skip(1)
                .all(|&p| verb_after(p).is_none() || verb_after(p) == first_verb);
        if shares.len() >= 2
            && shares.first() == Some(&first)
            && (!own_verb || remainder)
            && sum <= 150.0
        {
            claims.push(Claim::Shares {
                shares,
                exhaustive: remainder,
            });
            continue;
        }
        let parts: Vec<usize> = sentence
            .iter()
            .copied()
            .filter(|&p| listable(scope, p) && scope.comparable(p, first))
            // "52 are dry and 34 hold water, though only 19 of the wet
            // wells are safe": a later figure "of the" others is a part of
            // a part, no item.
            // "its two rapid response cars": a figure an owner's word leads
            // counts what an item has, no item.
            .filter(|&p| {
                p == first
                    || !scope.place(p).is_some_and(|pl| {
                        pl.after_is(0, "of") && pl.after_has(2, &["the"])
                            || pl.prev_is(&["its", "their", "his", "her", "our"])
                    })
            })
            .collect();
        if parts.len() < 2 || super::outcomes::outcomes_of_attempts(scope, &parts) {
            continue;
        }
        let Some(total) = previous_sentence_figure(scope, first, Some(first)) else {
            continue;
        };
        // "Of the new money, ..." names its whole: the figure before must be
        // of it ("raised €42m in new money"), not any figure ("revenue of
        // €9.6m"); "Of those", "Of them" point back to whatever it is.
        let named = lead
            .strip_prefix("Of the ")
            .or_else(|| lead.strip_prefix("Of all "))
            .map(|n| n.trim_end_matches(','));
        // "Of the total", "Of last year's figure" point back as "Of those".
        let generic = names_a_total(lead);
        if let Some(named) = named
            && !generic
            && !names_figure(scope, total, named)
        {
            continue;
        }
        // "Of last year's total, the North Quay terminal handled 610,000,
        // the Varne terminal 440,000 and the Basin berths 170,000": a list
        // of three or more under one predicate, dividing what the lead
        // calls the total, is all of it. So is one under any other lead
        // ("Of these", "Of the dead") that falls a little short of it ("41
        // were bonfires, 19 were burns, 12 were false alarms and 9 were
        // wildfires" of 87), as short as a slipped item leaves a list,
        // unless it leaves a rest ("with the rest in lodgings") or goes on
        // in stages: further short, it is a selection.
        let sum = scope.sum_of(&parts);
        let near = scope
            .q(total)
            .is_some_and(|t| sum >= t.point() * (1.0 - super::list_apart::SLIGHTLY));
        let whole = parts.len() >= 3
            && coordinated(scope, &parts)
            && (generic || near && !rest_left_unstated(scope, &parts) && !stages(scope, &parts));
        claims.push(Claim::Breakdown {
            total,
            parts,
            open: !whole,
        });
    }
}

/// Whether a sentence's lead opens on a whole it points back to: "Of
/// those", "Of them", "Of the dead", "Of all", "Of last year's total",
/// "Of this figure".
fn opens_on_a_whole(lead: &str) -> bool {
    let mut words = lead.trim_end_matches(',').split_whitespace();
    words.next() == Some("Of")
        && words.next().is_some_and(|w| {
            matches!(
                w,
                "those" | "them" | "these" | "the" | "all" | "that" | "this" | "its" | "their"
            ) || w.ends_with("'s") && !w.starts_with(|c: char| c.is_ascii_uppercase())
                || matches!(w, "last" | "this") && lead.contains("'s ")
        })
}

/// Whether a lead names its whole only as a total ("Of the total", "Of
/// last year's figure"), words that fit any figure before.
fn names_a_total(lead: &str) -> bool {
    let last = lead.trim_end_matches(',').rsplit(' ').next().unwrap_or("");
    matches!(last, "total" | "figure" | "sum" | "tally" | "amount")
}

/// Whether a whole named in words ("the new money", "those killed", "the
/// dead") is that of figure `i`: one of its words of four letters or more
/// shares its stem with the figure's noun or, unless the figure counts
/// other things than people, a word of its sentence.
fn names_figure(scope: &Scope, i: usize, named: &str) -> bool {
    let stem = |w: &str| w.get(..4).unwrap_or(w).to_ascii_lowercase();
    let wanted: Vec<String> = named
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 4)
        .map(stem)
        .collect();
    let noun = scope.q(i).and_then(|q| q.noun.as_deref());
    if noun.is_some_and(|n| wanted.contains(&stem(n))) {
        return true;
    }
    // "The skaters play in six home teams": a figure counting other things,
    // not people ("57 people" may be "the protesters"), counts those,
    // whatever else its sentence names.
    let head = crate::quantity::noun::plural_head(named).map(crate::quantity::noun::normalise);
    let other_things = noun.is_some_and(|n| {
        !super::synonyms::is_person(n)
            && !head
                .as_deref()
                .is_some_and(|h| super::synonyms::same_things(n, h))
    });
    !other_things
        && scope
            .sentence_words(i)
            .filter(|w| w.len() >= 4)
            .any(|w| wanted.contains(&stem(w)))
}

/// Whether figures are one coordinated list, "a, b and c": commas between
/// them and "and" before the last, nothing that sets one against another
/// ("38.01 billion vs 42.72 billion") and no full stop or semicolon.
fn coordinated(scope: &Scope, parts: &[usize]) -> bool {
    let joints: Vec<&str> = parts
        .windows(2)
        .map(|w| match w {
            [a, b] => scope.between(*a, *b),
            _ => "",
        })
        .collect();
    let words = |j: &str| {
        j.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
    };
    // A comparison sets the next figure against the one before ("31
    // against 24", "from 5 to 7"); "24 against and 9 abstained" says what
    // the one before counts.
    let clean = joints.iter().all(|j| {
        !j.contains([';', '.', ':'])
            && !words(j).last().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "vs" | "versus" | "against" | "from" | "to" | "than" | "or"
                )
            })
    });
    let last_and = joints
        .last()
        .is_some_and(|j| words(j).iter().any(|w| w == "and"));
    let commas = joints.iter().rev().skip(1).all(|j| j.contains(','));
    clean && last_and && commas && !super::outcomes::outcomes_of_attempts(scope, parts)
}

/// Dividing words in the lead of a list: it names every part.
const DIVIDING: &[&str] = &[
    "split",
    "splits",
    "divided",
    "divides",
    "spread",
    "follows",
    "comprise",
    "comprised",
    "comprises",
    "comprising",
    "breaks",
    "broke",
    "broken",
    "fall",
    "falls",
    "made",
    "breakdown",
    "mix",
];

/// "Spending by service area, as set out in the budget papers:", "Revenue
/// by division:": a lead that opens naming a thing by a category divides
/// all of it; "Figures released by the council:" names an agent.
fn by_category(lead_words: &[&str]) -> bool {
    // "By sector:" on its own names the category and nothing else.
    if opens_by(lead_words) {
        return true;
    }
    let Some(by) = lead_words.iter().take(4).position(|w| *w == "by") else {
        return false;
    };
    let Some(named) = by.checked_sub(1).and_then(|b| lead_words.get(b)) else {
        return false;
    };
    let participle = ["ed", "en", "wn"].iter().any(|e| named.ends_with(e))
        || matches!(
            *named,
            "set" | "made" | "held" | "run" | "paid" | "led" | "put" | "sent"
        );
    !participle
}

/// "By sector:", "By region of origin:": a lead of a category alone.
fn opens_by(lead_words: &[&str]) -> bool {
    lead_words.len() <= 4
        && lead_words
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case("by"))
}

/// Words in the lead of a list that make it a selection.
const SELECTION: &[&str] = &[
    "including",
    "include",
    "includes",
    "most",
    "top",
    "largest",
    "biggest",
    "main",
    "among",
    "such",
    "some",
    "leading",
    "notable",
    "highest",
    "lowest",
];

/// A bullet list (lines opening "- ", "* ", "+ " or "1. ") whose items each
/// hold one like figure, and the sentence before it (ending in a colon)
/// or the paragraph after it that states their total.
fn bullet_lists(scope: &Scope, source: &str, claims: &mut Vec<Claim>) {
    let mut items: Vec<(usize, usize)> = Vec::new();
    // A pipe table's rows are items too, led by the text before its header;
    // one with a total row is the table finder's.
    let mut table: Option<usize> = None;
    let mut total_row = false;
    let mut at = 0;
    for line in lines_inclusive(source) {
        let start = at;
        at += line.len();
        let body = line.trim_start();
        if body.starts_with('|') {
            match table {
                None if items.is_empty() => table = Some(start),
                Some(_) if !is_separator(body) => {
                    let label = row_label(body);
                    total_row |= label.contains("total") || super::table::names_total(&label);
                    items.push((start, at));
                }
                _ => {}
            }
            if table.is_some() {
                continue;
            }
        }
        if table.is_none() && is_item(body) {
            items.push((start, at));
            continue;
        }
        if table.is_none() && !items.is_empty() && body.trim().is_empty() {
            continue;
        }
        if !total_row {
            list_ended(scope, source, table, &items, claims);
        }
        items.clear();
        (table, total_row) = (None, false);
    }
    if !total_row {
        list_ended(scope, source, table, &items, claims);
    }
}

/// A list or table read to its end: its nested items are breakdowns of
/// the item they stand under, its top level one list.
fn list_ended(
    scope: &Scope,
    source: &str,
    table: Option<usize>,
    items: &[(usize, usize)],
    claims: &mut Vec<Claim>,
) {
    let indents: Vec<usize> = items
        .iter()
        .map(|&(s, e)| {
            let line = source.get(s..e).unwrap_or("");
            line.len() - line.trim_start().len()
        })
        .collect();
    let top = indents.iter().copied().min().unwrap_or(0);
    if table.is_none() && indents.iter().any(|&d| d > top) {
        nested(scope, items, &indents, claims);
        let top_items: Vec<(usize, usize)> = items
            .iter()
            .zip(&indents)
            .filter(|&(_, &d)| d == top)
            .map(|(&item, _)| item)
            .collect();
        list_found(
            scope,
            top_items.first().map(|&(s, _)| s),
            &top_items,
            claims,
        );
        return;
    }
    let lead_end = table.or_else(|| items.first().map(|&(s, _)| s));
    list_found(scope, lead_end, items, claims);
}

/// "- Tickets issued: 12,600 in total" over "  - Weekend passes: 7,900",
/// "  - Day tickets: 2,900": items nested under an item are its parts, all
/// of it when it says it is a total, else at most it.
fn nested(scope: &Scope, items: &[(usize, usize)], indents: &[usize], claims: &mut Vec<Claim>) {
    let first_like = |(s, e): (usize, usize), like: Option<usize>| {
        scope
            .starting_in(s, e)
            .find(|&p| listable(scope, p) && like.is_none_or(|l| scope.comparable(p, l)))
    };
    for (k, (&parent, &depth)) in items.iter().zip(indents).enumerate() {
        let under: Vec<usize> = indents
            .iter()
            .skip(k + 1)
            .take_while(|&&d| d > depth)
            .copied()
            .collect();
        let Some(&child_depth) = under.iter().min() else {
            continue;
        };
        let children: Vec<(usize, usize)> = items
            .iter()
            .skip(k + 1)
            .zip(&under)
            .filter(|&(_, &d)| d == child_depth)
            .map(|(&item, _)| item)
            .collect();
        let Some(total) = first_like(parent, None) else {
            continue;
        };
        let parts: Option<Vec<usize>> = children
            .iter()
            .map(|&c| first_like(c, Some(total)))
            .collect();
        let Some(parts) = parts.filter(|p| p.len() >= 2) else {
            continue;
        };
        let whole = scope.q(total).map_or(0.0, |q| q.point());
        if parts
            .iter()
            .any(|&p| scope.q(p).is_none_or(|q| q.point() >= whole))
        {
            continue;
        }
        let said = super::context::words_in(scope.text, parent.0, parent.1)
            .any(|w| super::context::is_any(w, &["total", "overall", "altogether", "all"]));
        claims.push(Claim::Breakdown {
            total,
            parts,
            open: !said,
        });
    }
}

/// The lines of `text`, each with its newline, as `split_inclusive('\n')`
/// gives them: the newlines found by memchr's vector search, which reads
/// a long document many times faster than a char searcher.
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|e| e + 1)
        .chain(std::iter::once(text.len()));
    let mut start = 0;
    ends.filter_map(move |end| {
        let line = text.get(start..end)?;
        start = end;
        (!line.is_empty()).then_some(line)
    })
}

/// "| --- | :---: |": the line under a table's header.
fn is_separator(row: &str) -> bool {
    row.chars()
        .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t' | '\r' | '\n'))
}

/// The first cell of a table row, lowercased.
fn row_label(row: &str) -> String {
    row.trim_start_matches('|')
        .split('|')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Where the figures of the item on `start..end` begin: after the first
/// cell of a table row or the label of an item ("- Youth (under 18):
/// 4,930"), at the start of any other item.
fn after_label_cell(source: &str, start: usize, end: usize) -> usize {
    let line = source.get(start..end).unwrap_or("");
    let indent = line.len() - line.trim_start().len();
    // "| £92m | national grant |": a first cell with no word is a figure.
    let named = |label: &&str| label.contains(|c: char| c.is_alphabetic());
    if let Some(row) = line.trim_start().strip_prefix('|') {
        return row
            .get(..row.find('|').unwrap_or(0))
            .filter(named)
            .map_or(start, |cell| start + indent + 1 + cell.len());
    }
    // A label holds no figure of its own outside brackets ("- £92m: grant"
    // is an item's figure before its words).
    let label_only = |label: &str| {
        let mut depth = 0i32;
        !label.chars().any(|c| {
            depth += i32::from(c == '(') - i32::from(c == ')');
            depth == 0 && c.is_ascii_digit()
        })
    };
    line.find(':')
        .filter(|&colon| {
            line.get(..colon)
                .is_some_and(|l| named(&l) && label_only(l))
        })
        .filter(|&colon| {
            line.get(colon + 1..)
                .is_some_and(|rest| rest.contains(|c: char| c.is_ascii_digit()))
        })
        .map_or(start, |colon| start + colon + 1)
}

fn is_item(line: &str) -> bool {
    let marker = line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ");
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let numbered =
        (1..=2).contains(&digits) && line.get(digits..).is_some_and(|r| r.starts_with(". "));
    marker || numbered
}

/// Where the first item of the list that figure `i` stands on an item of
/// begins: the first of the item lines running up to `i`'s.
pub(super) fn first_item_start(scope: &Scope, i: usize) -> Option<usize> {
    let line = |at: usize| super::table::line_of(scope.source, at);
    let (mut start, _) = line(scope.q(i)?.span.start);
    if !is_item(scope.source.get(start..)?.trim_start()) {
        return None;
    }
    while let Some((above, _)) = start.checked_sub(1).map(line) {
        let text = scope.source.get(above..start).unwrap_or("").trim_start();
        if !is_item(text) {
            break;
        }
        start = above;
    }
    Some(start)
}

/// Whether figure `i` stands on a bullet or numbered item of a list.
pub(super) fn on_item_line(scope: &Scope, i: usize) -> bool {
    is_item(line_from_start(scope, i))
}

/// The source from the start of figure `i`'s line, indent trimmed: only
/// its first bytes are read, so the line's end is not sought.
fn line_from_start<'d>(scope: &Scope<'d>, i: usize) -> &'d str {
    scope.q(i).map_or("", |q| {
        let before = scope
            .source
            .as_bytes()
            .get(..q.span.start)
            .unwrap_or_default();
        let start = memchr::memrchr(b'\n', before).map_or(0, |p| p + 1);
        scope.source.get(start..).unwrap_or("").trim_start()
    })
}

/// `lead_end`: where the text that leads the list ends (its first item,
/// or a table's header).
fn list_found(
    scope: &Scope,
    lead_end: Option<usize>,
    items: &[(usize, usize)],
    claims: &mut Vec<Claim>,
) {
    if items.len() < 2 || items.len() > 24 {
        return;
    }
    if let Some(claim) = share_column(scope, lead_end, items) {
        claims.push(claim);
        return;
    }
    let (Some(&(list_start, _)), Some(&(_, list_end)), Some(lead_end)) =
        (items.first(), items.last(), lead_end)
    else {
        return;
    };
    // Each column: the figures like the first item's, one in every item.
    let first_item_end = items.first().map_or(list_end, |&(_, e)| e);
    let mut columns = Vec::new();
    let seeds_from = after_label_cell(scope.source, list_start, first_item_end);
    for seed in scope.starting_in(seeds_from, first_item_end) {
        if !listable(scope, seed) {
            continue;
        }
        // "| Years 1 and 2 | 2,110 |": a row's label cell names it, its
        // figures are in the cells after.
        let like = |s: usize, e: usize| -> Vec<usize> {
            scope
                .starting_in(after_label_cell(scope.source, s, e), e)
                .filter(|&p| listable(scope, p) && scope.comparable(p, seed))
                .collect()
        };
        // The seed's column: its place among the like figures of its item
        // ("| 1 | House sparrow | 38,900 |": the second).
        let column = like(list_start, first_item_end)
            .iter()
            .position(|&p| p == seed)
            .unwrap_or(0);
        let item_figures: Vec<Vec<usize>> = items.iter().map(|&(s, e)| like(s, e)).collect();
        // "£0.6m from an appeal, which has already raised £210,000": an
        // item's own amount comes first.
        let parts: Option<Vec<usize>> = item_figures
            .iter()
            .map(|own| own.get(column).copied())
            .collect();
        let Some(parts) = parts else { continue };
        // "- 39 were men and 19 were women", "- 44 died at home and 14 in
        // hospital": items that each split the whole their own way are no
        // parts of it.
        let split_own_way = |(&(s, e), own): (&(usize, usize), &Vec<usize>)| {
            let body = scope.source.get(s..e).unwrap_or("").trim_start();
            !body.starts_with('|')
                && matches!(own.as_slice(), [a, b, ..]
                    if scope.between(*a, *b).split_whitespace().any(|w| w == "and"))
        };
        if items.iter().zip(&item_figures).all(split_own_way) {
            continue;
        }
        // "| 1 | House sparrow |", "| 2 | Starling |": a rank, not a part.
        let ranks = parts
            .iter()
            .enumerate()
            .all(|(n, &p)| scope.q(p).and_then(|q| q.value) == Some(n as f64 + 1.0));
        if ranks {
            continue;
        }
        // A column read before keeps its place ahead of a total row.
        if columns.is_empty()
            && let Some(claim) = total_item(scope, items, &parts)
        {
            claims.extend(claim);
            return;
        }
        if let Some((total, open)) = total_of_list(scope, &parts, lead_end, list_end)
            && !out_of_scale(scope, &parts, total)
        {
            columns.push((total, parts, open));
        }
    }
    if let Some((total, parts, open)) = column_of_the_total(scope, lead_end, columns)
        && !adds_up_to_another(scope, &parts, total)
    {
        claims.push(Claim::Breakdown { total, parts, open });
    }
}

/// Parts that add up to under a tenth of the total are of other things:
/// a slip leaves a list near its total, and "$39", "$79" and "$149" in a
/// column of prices are no breakdown of the "$1.1 million" raised.
fn out_of_scale(scope: &Scope, parts: &[usize], total: usize) -> bool {
    scope
        .q(total)
        .is_some_and(|q| scope.sum_of(parts) * TOTAL_OVER_SCALE < q.point())
}

/// How many times the sum of a column its total may be before the column
/// is read as of other things.
const TOTAL_OVER_SCALE: f64 = 10.0;

/// Of a table's columns that may add up to the total its lead states, the
/// one that does ("Nearly 7,200 children took part:" over "On roll" and
/// "Took part"), else the first whose header the lead names, else the
/// first.
fn column_of_the_total(
    scope: &Scope,
    lead_end: usize,
    columns: Vec<(usize, Vec<usize>, bool)>,
) -> Option<(usize, Vec<usize>, bool)> {
    if columns.len() <= 1 {
        return columns.into_iter().next();
    }
    let adds_up = |(total, parts, _): &(usize, Vec<usize>, bool)| {
        scope
            .q(*total)
            .is_some_and(|q| q.interval.contains(scope.sum_of(parts)))
    };
    if let Some(i) = columns.iter().position(adds_up) {
        return columns.into_iter().nth(i);
    }
    let lead = scope.layout.sentence_of(lead_end.saturating_sub(1));
    let span = scope.layout.sentence_span(lead, scope.text.len());
    let lead_words: Vec<String> = super::context::words_in(scope.text, span.start, lead_end)
        .map(str::to_ascii_lowercase)
        .collect();
    let named = |(_, parts, _): &(usize, Vec<usize>, bool)| {
        parts
            .first()
            .and_then(|&p| scope.q(p))
            .and_then(|q| super::table::column_header(scope.source, q.span.start))
            .is_some_and(|header| {
                header
                    .split_whitespace()
                    .map(|w| w.trim_matches('*').to_ascii_lowercase())
                    .any(|w| w.len() > 3 && lead_words.contains(&w))
            })
    };
    let i = columns.iter().position(named).unwrap_or(0);
    columns.into_iter().nth(i)
}

/// "Shares of generation by source:" over "- Wind: 29%", "- Hydro:
/// 14%", ...; a table headed "Share of adults" over the rows "None", "1 to
/// 4", ..., "20 or more": one share in each item, of one whole the lead
/// divides, all of it when the lead says so (a word of division, a
/// category) or the labels leave nothing out (a remainder, bins from none
/// to an open end). Rates by category ("Turnout by ward:") name no share.
fn share_column(scope: &Scope, lead_end: Option<usize>, items: &[(usize, usize)]) -> Option<Claim> {
    let shares: Vec<usize> = items
        .iter()
        .map(|&(s, e)| {
            let mut own = scope.starting_in(s, e).filter(|&p| {
                scope.q(p).is_some_and(|q| {
                    q.kind == Kind::Percent && q.range.is_none() && q.hedge.is_none()
                }) && !super::change::is_stated_change(scope, p)
            });
            match (own.next(), own.next()) {
                (Some(p), None) => Some(p),
                _ => None,
            }
        })
        .collect::<Option<_>>()?;
    if shares.len() < 3 {
        return None;
    }
    let (&(first_item, _), lead_end) = (items.first()?, lead_end?);
    // The lead: the sentence before the list and, for a table, its header.
    let lead_sentence = scope.layout.sentence_of(lead_end.saturating_sub(1));
    let lead_start = scope
        .layout
        .sentence_span(lead_sentence, scope.text.len())
        .start
        .min(lead_end);
    let lead: Vec<String> = super::context::words_in(scope.text, lead_start, first_item)
        .map(str::to_ascii_lowercase)
        .collect();
    let lead: Vec<&str> = lead.iter().map(String::as_str).collect();
    let of_shares = has_any(&lead, &["share", "shares", "proportion", "percentage"]);
    let labels: Vec<String> = items
        .iter()
        .zip(&shares)
        .filter_map(|(&(s, _), &p)| {
            let end = scope.q(p)?.span.start;
            Some(scope.text.get(s..end)?.to_ascii_lowercase())
        })
        .collect();
    let words_of = |label: &str| -> Vec<String> {
        label
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '+')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let remainder = labels
        .iter()
        .any(|l| words_of(l).first().is_some_and(|w| is_remainder_word(w)));
    let opens_at_none = labels.first().is_some_and(|l| {
        words_of(l).first().is_some_and(|w| {
            matches!(
                w.as_str(),
                "none" | "0" | "under" | "less" | "fewer" | "below"
            )
        })
    });
    let open_end = labels.last().is_some_and(|l| {
        let l = l.trim_end_matches(|c: char| !c.is_ascii_alphanumeric() && c != '+');
        ["or more", "or over", "and over", "or older", "+"]
            .iter()
            .any(|e| l.ends_with(e))
            || words_of(l)
                .first()
                .is_some_and(|w| matches!(w.as_str(), "over" | "more" | "above"))
    });
    let divided = has_any(&lead, DIVIDING);
    let complete =
        divided || of_shares && (by_category(&lead) || remainder || opens_at_none && open_end);
    // A slip leaves a partition near 100%; far from it, the shares are
    // rates or traits of their own.
    let sum: f64 = shares
        .iter()
        .filter_map(|&p| scope.q(p))
        .map(|q| q.point())
        .sum();
    if complete && (80.0..=120.0).contains(&sum) {
        return Some(Claim::Shares {
            shares,
            exhaustive: true,
        });
    }
    // "Each victim named the single most serious crime:" over "1. Online
    // fraud: 41%", ...: one answer each, so the shares are at most all.
    let lead_text = lead.join(" ");
    let one_answer = super::breakdown::EXCLUSIVE
        .iter()
        .any(|e| lead_text.contains(e) && !lead_text.contains(&format!("than {e}")));
    one_answer.then_some(Claim::Shares {
        shares,
        exhaustive: false,
    })
}

/// "had 1,480 cases waiting ..., when the list stood at 1,615" over a
/// table of 1,480: a list that adds up to another figure the story gave
/// before it, as written (not "£2m" read as anything from £1.5m to £2.5m),
/// is that figure's, whichever its lead seemed to name.
fn adds_up_to_another(scope: &Scope, parts: &[usize], total: usize) -> bool {
    let Some(&first) = parts.first() else {
        return false;
    };
    let sum = parts
        .iter()
        .filter_map(|&p| scope.q(p))
        .map(|q| q.interval)
        .reduce(|a, b| a.add(b));
    let Some(sum) = sum else { return false };
    // As far back as the total may stand, past a heading and a lead. A
    // start or a past figure ("from £8.7m the year before") is no other
    // reading of it.
    let pairs = scope.sentence_pairs();
    scope.earlier(first, LEAD_PARAGRAPHS_BACK + 2).any(|t| {
        t != total
            && scope.comparable(t, first)
            && scope
                .q(t)
                .is_some_and(|q| q.range.is_none() && sum.contains(q.point()))
            && !pairs.iter().any(|&(from, _)| from == t)
            && scope
                .place(t)
                .is_some_and(|p| !p.past_frame() && !p.prev_is(&["from", "than"]))
    })
}

/// "- Total area farmed: 640 hectares" among "- Orchards: 710 hectares",
/// "- Woodland: 38 hectares": an item whose label says it is the total.
/// Last, it sums the items above it; first, it heads items that may leave
/// some out, each a part of it.
fn total_item(scope: &Scope, items: &[(usize, usize)], parts: &[usize]) -> Option<Vec<Claim>> {
    let labelled = |(&(start, _), &p): (&(usize, usize), &usize)| {
        let q = scope.q(p)?;
        let label = scope.text.get(start..q.span.start)?.to_ascii_lowercase();
        label
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| matches!(w, "total" | "overall" | "altogether"))
            .then_some(p)
    };
    let totals: Vec<usize> = items.iter().zip(parts).filter_map(labelled).collect();
    let [total] = totals.as_slice() else {
        return None;
    };
    let rest: Vec<usize> = parts.iter().copied().filter(|p| p != total).collect();
    if parts.last() == Some(total) {
        return Some(vec![Claim::Breakdown {
            total: *total,
            parts: rest,
            open: false,
        }]);
    }
    (parts.first() == Some(total)).then(|| {
        rest.into_iter()
            .map(|part| Claim::PartOfWhole {
                part,
                whole: *total,
            })
            .collect()
    })
}

/// "The top five after 20 games:" over rows that each give "| 20 |": a
/// lead figure every item repeats is said of each item, not of them all.
fn said_of_each_item(
    scope: &Scope,
    t: usize,
    list_start: usize,
    list_end: usize,
    items: usize,
) -> bool {
    let Some(value) = scope.q(t).and_then(|q| q.value) else {
        return false;
    };
    scope
        .starting_in(list_start, list_end)
        .filter(|&p| scope.comparable(p, t) && scope.q(p).and_then(|q| q.value) == Some(value))
        .count()
        >= items
}

/// "checks of 40 seeds of each crop gave:": a figure its own clause says
/// of each item is no total of them ("£40 per head:" may be divided).
fn said_per_item(scope: &Scope, t: usize) -> bool {
    let Some(rest) = scope.q(t).and_then(|q| scope.text.get(q.span.end..)) else {
        return false;
    };
    let clause = rest.split([',', ';', ':', '.', '(']).next().unwrap_or("");
    let words: Vec<&str> = super::context::words_in(clause, 0, clause.len())
        .take(3)
        .collect();
    // Right after the noun: "40 seeds each", "40 seeds of each crop"; not
    // "1,200 readers were each asked".
    let is = |w: &&str, of: &[&str]| super::context::is_any(w, of);
    match words.as_slice() {
        [_, each, ..] if is(each, &["each", "apiece"]) => true,
        [_, of, each, ..] => is(of, &["of", "for", "in", "from"]) && is(each, &["each", "every"]),
        _ => false,
    }
}

/// The total a list's parts add up to, and whether the list may be a
/// selection (`open`).
fn total_of_list(
    scope: &Scope,
    parts: &[usize],
    list_start: usize,
    list_end: usize,
) -> Option<(usize, bool)> {
    let &first = parts.first()?;
    let largest = parts
        .iter()
        .filter_map(|&p| scope.q(p))
        .map(|q| q.point())
        .fold(f64::MIN, f64::max);
    let fits = |t: usize| {
        listable_total(scope, t, false)
            && scope.comparable(t, first)
            && scope.q(t).is_some_and(|q| q.point() > largest)
            && !counts_the_items_among_its_own(scope, t, parts.len())
            && !said_per_item(scope, t)
    };
    // The lead: the sentence ending in a colon right before the list.
    // "Top scorers:" leads a selection, whatever total follows the list.
    let mut selection = false;
    let lead_end = scope.text.get(..list_start)?.trim_end();
    if lead_end.ends_with(':') {
        let colon_at = lead_end.len();
        let lead_sentence = scope.layout.sentence_of(colon_at.saturating_sub(1));
        let span = scope.layout.sentence_span(lead_sentence, scope.text.len());
        let lead_words: Vec<&str> =
            super::context::words_in(scope.text, span.start, colon_at).collect();
        let counts_parts = |words: &[&str]| {
            words
                .iter()
                .filter_map(|w| crate::quantity::lexicon::unit_word(&w.to_ascii_lowercase()))
                .any(|n| n as usize == parts.len())
        };
        let announced =
            counts_parts(&lead_words) || counts_parts(&heading_before(scope, span.start));
        let complete = announced || has_any(&lead_words, DIVIDING) || by_category(&lead_words);
        let in_lead: Vec<usize> = scope
            .starting_in(span.start, colon_at)
            .filter(|&t| fits(t) && !said_of_each_item(scope, t, list_start, list_end, parts.len()))
            .collect();
        // "The club had 1,146 members:" then its categories is a breakdown;
        // "The most common of the 1,200 complaints were:" a selection.
        if let [total] = in_lead.as_slice() {
            return Some((*total, !complete && has_any(&lead_words, SELECTION)));
        }
        // "The three busiest studios were:" counts the items of a
        // selection of a total told elsewhere.
        let picked = lead_words.windows(2).any(|pair| match pair {
            [count, word] => {
                crate::quantity::lexicon::unit_word(&count.to_ascii_lowercase())
                    .is_some_and(|n| n as usize == parts.len())
                    && super::context::is_superlative(word)
            }
            _ => false,
        });
        let complete = complete && !picked;
        selection = !complete && (picked || has_any(&lead_words, SELECTION));
        // "... supplied 640 million litres a day. Of that:": the lead
        // points back to the one like figure of the sentence before; the
        // items may be a selection of it, never more than it.
        let points_back = matches!(
            lead_words.as_slice(),
            [of, that] if of.eq_ignore_ascii_case("of")
                && super::context::is_any(that, &["that", "this", "these", "those", "them", "which"])
        );
        if in_lead.is_empty() && points_back {
            let before = scope
                .layout
                .sentence_span(lead_sentence.checked_sub(1)?, scope.text.len());
            let mut like = scope
                .starting_in(before.start, before.end)
                .filter(|&t| fits(t));
            return match (like.next(), like.next()) {
                (Some(t), None) => Some((t, !complete)),
                _ => None,
            };
        }
        // "Group revenue was £2.64bn, up from £2.51bn. Orrin splits that
        // into four divisions:": the lead points back to the sentence before.
        // "approved £14.5m of work at five sites ... The works and their
        // costs are:" then five rows: a total that counts the items.
        if in_lead.is_empty()
            && !complete
            && let Some(found) = named_further_back(scope, lead_sentence, &lead_words, fits)
                .filter(|&(t, _)| counts_items(scope, t, parts.len()))
        {
            return Some(found);
        }
        if in_lead.is_empty() && complete {
            let before = scope
                .layout
                .sentence_span(lead_sentence.checked_sub(1)?, scope.text.len());
            // "has raised £2.34m, beating its £2m target by £340,000": the
            // sentence's own figure comes first; a target or a margin is
            // another.
            let earlier = || {
                scope
                    .starting_in(before.start, before.end)
                    // "broke the average bill down": an average divided.
                    .filter(|&t| {
                        fits(t) && (!is_average(scope, t) || has_any(&lead_words, &["average"]))
                    })
                    .filter(|&t| {
                        scope.place(t).is_some_and(|p| {
                            !p.after_has(1, &["target", "goal", "budget", "forecast"])
                                && !p.prev_is(&["by", "from"])
                        })
                    })
            };
            // "1,460 students applied. ... the awards were shared out as
            // follows:": a lead naming other things than the total counts
            // divides something else.
            // "By sector:" after "2.7 million workers will get a rise.":
            // the lead names only a category, so a stated figure right
            // before is what it divides, not an item of another list.
            let in_item = |t: usize| {
                let line = line_from_start(scope, t);
                is_item(line) || line.starts_with('|')
            };
            let names_it = |t: usize| {
                opens_by(&lead_words) && !in_item(t)
                    || scope
                        .q(t)
                        .filter(|q| q.kind == Kind::Count)
                        .and_then(|q| q.noun.as_deref())
                        .is_none_or(|noun| {
                            lead_words.iter().any(|w| {
                                let w = crate::quantity::noun::normalise(&w.to_ascii_lowercase());
                                super::synonyms::same_things(&w, noun)
                                    || matches!(
                                        w.as_str(),
                                        "that" | "this" | "these" | "them" | "total"
                                    )
                            })
                        })
            };
            // "drew 3,480 visitors to see 26 layouts. Layouts by gauge:":
            // of the sentence's figures, the first the lead names.
            if let Some(total) = earlier().next().filter(|&t| names_it(t)).or_else(|| {
                earlier()
                    .filter(|&t| scope.q(t).is_some_and(|q| q.noun.is_some()))
                    .find(|&t| names_it(t))
            }) {
                return Some((total, false));
            }
            // "has raised £186,000 ... The money raised has been broken
            // down as follows:": further back, the figure whose sentence
            // says what the lead divides.
            return named_further_back(scope, lead_sentence, &lead_words, fits)
                .or_else(|| counting_the_items(scope, lead_sentence, parts, fits));
        }
    }
    // After the list: "That brings the total entry to 5,470", "Together
    // the top five accounted for 126,300 birds".
    // A list that ends the text may still be led by a heading.
    let Some(after) = scope.starting_in(list_end, scope.text.len()).next() else {
        return heading_lead(scope, list_start, first, fits);
    };
    let ap = scope.place(after)?;
    let span = scope.layout.sentence_span(ap.sentence, scope.text.len());
    let between = scope.text.get(list_end..span.start)?;
    let total = scope
        .same_sentence(after)
        .find(|&t| fits(t) && !scope.place(t).is_some_and(|p| p.prev_is(&["from"])));
    // "That brings the total entry to 5,470": "total" leads to the figure;
    // in "scored 81 tries, ... more than half the total" it names a share's
    // whole, and 81 is the team's, not the list's sum.
    let states_total = |t: usize| {
        scope.sentence_has(after, &["together", "combined"])
            || ap.after_has(3, &["altogether"])
            || scope.place(t).is_some_and(|p| {
                let near: Vec<&str> = p.before().rev().take(6).collect();
                has_any(&near, &["total"])
                    || near
                        .windows(2)
                        .any(|w| matches!(w, [all, inn] if all.eq_ignore_ascii_case("all") && inn.eq_ignore_ascii_case("in")))
            })
    };
    // "hopes No. 47 will push the total past 60,000": a hope, not a sum.
    let hoped = |t: usize| scope.place(t).is_some_and(|p| p.forecast(6));
    if let Some(total) =
        total.filter(|&t| between.trim().is_empty() && states_total(t) && !hoped(t))
    {
        return Some((total, selection));
    }
    heading_lead(scope, list_start, first, fits)
}

/// "## Where the income came from" over the list: a heading that asks where
/// or how names what the list divides in full; its total is the figure,
/// a few paragraphs back, whose sentence names it ("income rose to £9.6m").
fn heading_lead(
    scope: &Scope,
    list_start: usize,
    first: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<(usize, bool)> {
    // The heading right over the list, or over a paragraph that leads it
    // ("## Where the money went", "... spent £4.6m in 2023-24 ...", the list).
    let list_paragraph = scope.layout.paragraph_of(list_start);
    let (heading, heading_paragraph) = (1..=2).find_map(|back| {
        let p = list_paragraph.checked_sub(back)?;
        let words = short_paragraph_words(scope, p);
        (!words.is_empty()).then_some((words, p))
    })?;
    // "## Where the income came from", "## Revenue by segment", "##
    // Breakdown of costs": a heading that divides something in full.
    let asks = heading
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("where") || w.eq_ignore_ascii_case("how"));
    let divides = by_category(&heading)
        || heading
            .iter()
            .any(|w| w.eq_ignore_ascii_case("breakdown") || has_any(&[w], DIVIDING));
    if !asks && !divides {
        return None;
    }
    let sentence = scope.layout.sentence_of(list_start);
    // The heading's nouns, not its short verbs ("came", "goes").
    let money = heading.iter().any(|w| w.eq_ignore_ascii_case("money"));
    // The header of a table's column names the total too: "## Results by
    // party" over "| Party | Seats |" divides the seats.
    let header = scope
        .q(first)
        .and_then(|q| super::table::column_header(scope.text, q.span.start))
        .filter(|h| !h.contains(' '))
        .map(crate::quantity::noun::normalise);
    let named: Vec<&str> = heading
        .into_iter()
        .filter(|w| w.len() >= 5)
        .chain(header.as_deref())
        .collect();
    named_further_back(scope, sentence, &named, &fits).or_else(|| {
        // "## Where the money went" names no word of "spent £412m": the
        // story's own sum of money in the paragraph that leads the list
        // under the heading, or else in the one before the heading.
        let paragraph = if heading_paragraph + 1 < list_paragraph {
            heading_paragraph + 1
        } else {
            heading_paragraph.checked_sub(1)?
        };
        let span = scope.layout.paragraph_span(paragraph, scope.text.len());
        // "## Where the bread went" over "540,000 loaves": the figure there
        // that counts what the first item counts.
        let items_noun = scope.q(first).and_then(|q| q.noun.as_deref());
        let counts_the_items = |t: usize| {
            scope.q(t).is_some_and(|q| {
                q.kind == Kind::Count && items_noun.is_some() && q.noun.as_deref() == items_noun
            })
        };
        let money_spent = |t: usize| {
            money
                && scope.q(t).is_some_and(|q| q.kind == Kind::Money)
                && scope
                    .place(t)
                    .is_some_and(|p| !p.prev_is(&["on", "from"]) && !p.past_frame())
        };
        // The story's headline may give it where its lead dates it ("baked
        // 1.26 million loaves last year").
        let mut headline = (0..scope.quantities.len()).take_while(|&t| scope.in_headline(t));
        scope
            .starting_in(span.start, span.end)
            .find(|&t| fits(t) && (money_spent(t) || counts_the_items(t)))
            .or_else(|| headline.find(|&t| fits(t) && counts_the_items(t)))
            .map(|t| (t, false))
    })
}

/// The words of the paragraph before `start` when it is as short as a
/// heading ("The four divisions" over "Each of the group's businesses grew:").
fn heading_before<'d>(scope: &Scope<'d>, start: usize) -> Vec<&'d str> {
    scope
        .layout
        .paragraph_of(start)
        .checked_sub(1)
        .map_or_else(Vec::new, |before| short_paragraph_words(scope, before))
}

/// The words of `paragraph` when it is as short as a heading.
fn short_paragraph_words<'d>(scope: &Scope<'d>, paragraph: usize) -> Vec<&'d str> {
    let span = scope.layout.paragraph_span(paragraph, scope.text.len());
    let words: Vec<&str> = super::context::words_in(scope.text, span.start, span.end).collect();
    if words.len() <= HEADING_WORDS {
        words
    } else {
        Vec::new()
    }
}

/// How many words a heading has at most.
const HEADING_WORDS: usize = 8;

/// "Plans for 1,450 homes ... sets out the following mix:" over "- 410
/// two-bedroom homes", "- 240 one-bedroom flats": a complete list whose
/// lead names no total is of the nearest earlier count, within
/// [`LEAD_PARAGRAPHS_BACK`], of the things one of its items counts.
fn counting_the_items(
    scope: &Scope,
    lead_sentence: usize,
    parts: &[usize],
    fits: impl Fn(usize) -> bool,
) -> Option<(usize, bool)> {
    let lead_start = scope
        .layout
        .sentence_span(lead_sentence, scope.text.len())
        .start;
    let lead_paragraph = scope.layout.paragraph_of(lead_start);
    scope
        .starting_in(0, lead_start)
        .rev()
        .take_while(|&t| {
            scope
                .place(t)
                .is_some_and(|p| p.paragraph + LEAD_PARAGRAPHS_BACK >= lead_paragraph)
        })
        .find(|&t| {
            fits(t)
                && scope.q(t).is_some_and(|q| q.kind == Kind::Count)
                // "84 of the homes ... will be affordable": a part.
                && scope.place(t).is_some_and(|p| {
                    !p.prev_is(&["from"]) && !p.past_frame() && !p.after_is(0, "of")
                })
                && parts.iter().any(|&p| scope.same_things(t, p) == Some(true))
        })
        .map(|t| (t, false))
}

/// How many paragraphs back a complete list's lead may find its total.
const LEAD_PARAGRAPHS_BACK: usize = 3;

/// The nearest earlier figure that can total the list and whose sentence
/// says a content word of the lead ("raised" in "The money raised has been
/// broken down as follows:"), past the sentence right before the lead.
fn named_further_back(
    scope: &Scope,
    lead_sentence: usize,
    lead_words: &[&str],
    fits: impl Fn(usize) -> bool,
) -> Option<(usize, bool)> {
    // Singular, then five letters: "works" and "work", "raised" and "raise";
    // one word for a group ("Income breakdown" over "Turnover: £6.3m").
    let stem = |w: &str| {
        let lower = w.to_ascii_lowercase();
        super::context::word_stem(super::synonyms::group_of(&lower), 5)
    };
    // "Races are divided by the age of the camels:": what follows "by"
    // after a word of division is the category, not what is divided.
    let category = lead_words.windows(3).position(|w| match w {
        [cue, rest @ ..] => {
            has_any(&[cue], DIVIDING) && rest.iter().any(|x| x.eq_ignore_ascii_case("by"))
        }
        [] => false,
    });
    let divided = category
        .and_then(|k| lead_words.get(..=k))
        .unwrap_or(lead_words);
    let content: Vec<String> = divided
        .iter()
        .filter(|w| w.len() >= 4 && !has_any(&[w], DIVIDING) && !is_common(w))
        .map(|w| stem(w))
        .collect();
    // The lead's own nouns, not an owner's ("the club's activities").
    let subjects: Vec<String> = divided
        .iter()
        .filter(|w| w.len() >= 4 && !has_any(&[w], DIVIDING) && !is_common(w))
        .filter(|w| !w.ends_with("'s"))
        .map(|w| stem(w))
        .collect();
    let names_money = has_any(lead_words, &["money", "funding", "funds", "cash"]);
    let lead_start = scope
        .layout
        .sentence_span(lead_sentence, scope.text.len())
        .start;
    let before_lead = scope.starting_in(0, lead_start);
    let lead_paragraph = scope.layout.paragraph_of(lead_start);
    let nearest = before_lead
        .clone()
        .rev()
        .take_while(|&t| {
            scope
                .place(t)
                .is_some_and(|p| p.paragraph + LEAD_PARAGRAPHS_BACK >= lead_paragraph)
        })
        // A start ("up from £228m last year") is no total.
        .filter(|&t| {
            fits(t)
                && !is_average(scope, t)
                && !scope.place(t).is_some_and(|p| p.prev_is(&["from"]))
        })
        .find(|&t| {
            match scope
                .q(t)
                .filter(|q| q.kind == Kind::Count)
                .and_then(|q| q.noun.as_deref())
            {
                // Counts may overlap ("pupils who ..."): the lead must name
                // what the total counts. Sums of money and measures divide, and
                // so do counts with no noun read ("journeys ... reached 14.6
                // million"). "The guild's 14 studios reported the following
                // split by style:" divides what its subject did ("the
                // town's studios carried out 5,240 tattoos").
                Some(n) => {
                    content.contains(&stem(n))
                        || category.is_some()
                            && scope.place(t).is_some_and(|p| {
                                p.before()
                                    .any(|w| w.len() >= 4 && subjects.contains(&stem(w)))
                            })
                }
                // "The money will come from four sources:": a word for any
                // sum names the sum said before.
                None if names_money && scope.q(t).is_some_and(|q| q.kind == Kind::Money) => true,
                None => scope
                    .sentence_words(t)
                    .chain(super::table::row_label_words(scope, t))
                    .any(|w| content.contains(&stem(w))),
            }
        })?;
    // Of that sentence's figures, its own comes first; one it is set
    // against ("up 4% on this year's £2.22m") is another.
    // A start ("from £3.9m") is no total; "last year" is the story's own
    // time when no figure of now stands beside it.
    let sentence = scope.place(nearest)?.sentence;
    // In a table the row's first figure is its own: "| Revenue | £184m |
    // £152m |" gives this year's before last year's.
    let row_start = scope.q(nearest)?.span.start - super::table::row_label_len(scope, nearest);
    if row_start < scope.q(nearest)?.span.start {
        return before_lead
            .clone()
            .find(|&t| fits(t) && scope.q(t).is_some_and(|q| q.span.start >= row_start))
            .map(|t| (t, false));
    }
    let own = |now: bool| {
        before_lead.clone().find(|&t| {
            fits(t)
                && scope.place(t).is_some_and(|p| {
                    p.sentence == sentence
                        && (!now || !p.past_frame())
                        && !p.prev_is(&["on", "from"])
                })
        })
    };
    own(true).or_else(|| own(false)).map(|t| (t, false))
}

/// Whether the sentence of total `t` counts as many things as the list
/// has items ("£14.5m of work at five sites" over five rows).
fn counts_items(scope: &Scope, t: usize, items: usize) -> bool {
    scope.same_sentence(t).any(|c| {
        c != t
            && scope
                .q(c)
                .is_some_and(|q| q.kind == Kind::Count && q.value == Some(items as f64))
    })
}

/// "to close 9 of its 34 sites" over nine sites and their screens: the
/// total counts the items themselves, which are some of its things and
/// no parts of it.
fn counts_the_items_among_its_own(scope: &Scope, t: usize, items: usize) -> bool {
    let Some(noun) = scope.q(t).and_then(|q| q.noun.as_deref()) else {
        return false;
    };
    scope.same_sentence(t).any(|c| {
        c != t
            && scope.q(c).is_some_and(|q| {
                q.kind == Kind::Count
                    && q.value == Some(items as f64)
                    && q.noun.as_deref() == Some(noun)
            })
    })
}

/// "Average monthly rents ... €1,380": an average or a rate is no sum of
/// the list's figures (rents by district).
fn is_average(scope: &Scope, t: usize) -> bool {
    const AVERAGE: &[&str] = &["average", "median", "typical"];
    // Said of the figure ("an average of NZ$28,400") or of the sentence's
    // subject ("Average monthly rents ... have risen from €950 to €1,380").
    let subject = scope
        .sentence_words(t)
        .next()
        .is_some_and(|w| super::context::is_any(w, AVERAGE));
    subject || scope.place(t).is_some_and(|p| p.before_has(4, AVERAGE))
}

/// Words too common in a list's lead to name its total.
fn is_common(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "which"
            | "their"
            | "these"
            | "those"
            | "there"
            | "where"
            | "about"
            | "following"
            | "with"
            | "from"
            | "that"
            | "this"
            | "were"
            | "have"
            | "said"
    )
}

/// A figure that can be a list's total: like [`listable`], but "of" may
/// stand before it ("a total of 5,470").
fn listable_total(scope: &Scope, i: usize, any_time: bool) -> bool {
    let (Some(q), Some(p)) = (scope.q(i), scope.place(i)) else {
        return false;
    };
    // "brings the total to 5,470, up from 4,610 last year": the past frame
    // is the start value's.
    matches!(q.kind, Kind::Count | Kind::Money | Kind::Measure)
        && q.range.is_none()
        && !q.vague
        && !p.prev_is(&["from", "than"])
        && !p.after_is(0, "each")
        && (any_time
            || p.prev_is(&["to"])
            || !p.past_frame()
            || super::list_apart::in_the_story_s_year(scope, i))
}

#[cfg(test)]
mod tests {
    use crate::claim::{
        Claim,
        testing::{claims, markdown_rules, rules},
    };
    use crate::segment::Syntax;

    #[test]
    fn the_first_part_after_of_the_whole_heads_no_list() {
        let text = "Market\n\nThe market had N stalls.\n\nOf the N, 17 sold meat or fish, 12 fruit and vegetables and nine bread.\n";
        assert!(rules(&text.replace('N', "48")).is_empty());
        assert_eq!(rules(&text.replace('N', "30")), ["sum-mismatch"]);
        // Nor is it the whole of the part after it.
        assert!(rules(&text.replace('N', "48").replace("12", "21")).is_empty());
    }

    #[test]
    fn a_whole_narrowed_by_its_phrases_heads_its_list() {
        let text = "Fires\n\nOf the 143 fires spotted in the park between May and September, 88 were first reported by the towers, 41 by aircraft patrols and N by hikers.\n";
        assert!(rules(&text.replace('N', "14")).is_empty());
        assert_eq!(rules(&text.replace('N', "21")), ["sum-mismatch"]);
    }

    #[test]
    fn a_lead_naming_its_whole_takes_no_figure_of_other_things() {
        let text = "Derby\n\nThe skaters play in six home teams.\n\nOf the league's skaters, 71 compete in the women's division and 45 in the open one.\n";
        assert!(rules(text).is_empty());
        // The sentence before counts the skaters: 71 and 45 are more.
        let counted = text.replace("play in six home teams", "number 96");
        assert_eq!(rules(&counted), ["sum-mismatch"]);
    }

    #[test]
    fn a_lead_by_category_divides_the_figure_it_names_in_the_sentence_before() {
        let text = "# Show\n\nThe exhibition drew 3,480 visitors over the weekend to see 26 layouts.\n\nLayouts by gauge:\n\n- OO gauge: 11 layouts\n- N gauge: 8 layouts\n- O gauge: @ layouts\n- G gauge: 2 layouts\n";
        assert!(markdown_rules(&text.replace('@', "5")).is_empty());
        assert_eq!(markdown_rules(&text.replace('@', "4")), ["sum-mismatch"]);
    }

    #[test]
    fn a_lead_by_category_divides_what_its_subject_did_further_back() {
        let text = "# Studios\n\nThe town's studios carried out 5,240 tattoos last year, the guild said.\n\nThe guild's 14 member studios reported the following split by style:\n\n- Fine-line: 2,010\n- Traditional: 1,420\n- Blackwork: 1,130\n- Realism: @\n";
        assert!(markdown_rules(&text.replace('@', "680")).is_empty());
        assert_eq!(markdown_rules(&text.replace('@', "610")), ["sum-mismatch"]);
    }

    #[test]
    fn a_count_of_the_items_with_a_superlative_leads_a_selection() {
        let text = "# Studios\n\nOf the 5,240 tattoos, 1,750 were first tattoos, about one in three.\n\nPrices rose from £95 to £110, and a session lasted three hours.\n\nThe three @studios were:\n\n| Studio | Tattoos |\n| --- | --- |\n| Anchor | 910 |\n| Needle | 740 |\n| Swallow | 655 |\n";
        assert!(markdown_rules(&text.replace('@', "busiest ")).is_empty());
        assert_eq!(markdown_rules(&text.replace('@', "")), ["sum-mismatch"]);
        // A total in the lead is theirs, busiest or not.
        let own = "# Studios\n\nThe three busiest studios did 2,400 tattoos:\n\n| Studio | Tattoos |\n| --- | --- |\n| Anchor | 910 |\n| Needle | 740 |\n| Swallow | 655 |\n";
        assert_eq!(markdown_rules(own), ["sum-mismatch"]);
    }

    #[test]
    fn in_all_after_a_list_under_a_lead_of_a_selection_is_only_a_bound() {
        let text = "# Season\n\nTop scorers:\n\n- Ames: 14 goals\n- Birch: 11 goals\n- Cole: 9 goals\n\nIn all the side scored @ goals.\n";
        assert!(markdown_rules(&text.replace('@', "61")).is_empty());
        assert_eq!(markdown_rules(&text.replace('@', "30")), ["sum-mismatch"]);
    }

    #[test]
    fn in_all_after_a_list_under_a_plain_lead_states_its_total() {
        let text = "# Theatre\n\nThis season's programme:\n\n- The Tinder Box: 42 performances\n- Mr Punch at Sea: 36 performances\n- The Snow Hare: @ performances\n\nIn all the theatre staged 114 performances between September and June.\n";
        assert!(markdown_rules(&text.replace('@', "36")).is_empty());
        assert_eq!(markdown_rules(&text.replace('@', "28")), ["sum-mismatch"]);
    }

    #[test]
    fn a_list_led_by_a_category_alone_divides_the_figure_before() {
        let text = "# Pay\n\nThe commission estimates that 2.7 million workers will get a rise. By sector:\n\n- Retail: 690,000\n- Hospitality: 640,000\n- Care: 410,000\n- All other sectors: @\n";
        assert!(crate::claim::testing::markdown_rules(&text.replace('@', "960,000")).is_empty());
        assert_eq!(
            crate::claim::testing::markdown_rules(&text.replace('@', "660,000")),
            ["sum-mismatch"]
        );
    }

    #[test]
    fn a_lead_figure_every_row_repeats_is_no_total() {
        let table = "| Team | P | W |\n| --- | --- | --- |\n| Dockers | 20 | 15 |\n| Quayside | 20 | 12 |\n| Fenwick | 20 | 11 |\n";
        let each = format!("# League\n\nThe top three after 20 games:\n\n{table}");
        assert!(crate::claim::testing::markdown_rules(&each).is_empty());
        let wins =
            "| Team | W |\n| --- | --- |\n| Dockers | 15 |\n| Quayside | 12 |\n| Fenwick | 11 |\n";
        let all = format!("# League\n\nThe top three won 35 games between them:\n\n{wins}");
        assert_eq!(
            crate::claim::testing::markdown_rules(&all),
            ["sum-mismatch"]
        );
        // A lead figure said "of each" item is no total either.
        let sown =
            "| Crop | Sprouted |\n| --- | --- |\n| Beans | 31 |\n| Peas | 22 |\n| Kale | 36 |\n";
        let each = format!("# Seeds\n\nThe checks, 40 seeds of each crop, gave:\n\n{sown}");
        assert!(crate::claim::testing::markdown_rules(&each).is_empty());
        let all = format!("# Seeds\n\nThe checks, 40 seeds in all, gave:\n\n{sown}");
        assert_eq!(
            crate::claim::testing::markdown_rules(&all),
            ["sum-mismatch"]
        );
    }

    #[test]
    fn a_list_after_of_that_is_of_the_figure_before_and_no_more() {
        let text = "# Water\n\nThe company supplied 640 million litres a day. Of that:\n\n- households used 388 million litres a day;\n- businesses used 141 million;\n- @ million litres a day leaked.\n";
        let fired = |t: &str| crate::claim::testing::markdown_rules(t);
        // A selection may fall short of the whole, but not exceed it.
        assert!(fired(&text.replace('@', "86")).is_empty());
        assert_eq!(fired(&text.replace('@', "136")), ["sum-mismatch"]);
    }

    #[test]
    fn shares_of_one_answer_each_are_at_most_all() {
        let text = "# Crime survey\n\nEach victim was asked to name the single most serious crime they had suffered:\n\n1. Online fraud: 41%\n2. Vandalism: 26%\n3. Theft from a vehicle: 19%\n4. Burglary: 9%\n5. All other offences: @\n";
        assert!(rules(&text.replace('@', "5%")).is_empty());
        assert_eq!(rules(&text.replace('@', "13%")), ["sum-mismatch"]);
        // Several answers each may add up to more than all.
        let many = text.replace("the single most serious crime", "every crime");
        assert!(rules(&many.replace('@', "13%")).is_empty());
    }

    #[test]
    fn a_column_of_shares_the_lead_divides_is_all_of_one_whole() {
        use crate::claim::testing::markdown_rules;
        let list = "# Power\n\nShares of generation by source:\n\n- Wind: 29%\n- Hydro: 14%\n- Solar: 9%\n- Gas: 27%\n- Coal: N\n";
        assert_eq!(markdown_rules(&list.replace('N', "29%")), ["sum-mismatch"]);
        assert!(markdown_rules(&list.replace('N', "21%")).is_empty());
        // Rates by category are no shares of one whole.
        let rates = list.replace("Shares of generation by source", "Turnout by ward");
        assert!(markdown_rules(&rates.replace('N', "29%")).is_empty());
        let bins = "# Reading\n\n| Books finished | Share of adults |\n| --- | --- |\n| None | 20% |\n| 1 to 4 | 31% |\n| 5 to 9 | 22% |\n| 10 to 19 | 17% |\n| 20 or more | @ |\n";
        assert_eq!(markdown_rules(&bins.replace('@', "19%")), ["sum-mismatch"]);
        assert!(markdown_rules(&bins.replace('@', "10%")).is_empty());
        // Bins that leave an open end out may miss some.
        let open = bins.replace("20 or more", "20 to 29");
        assert!(markdown_rules(&open.replace('@', "19%")).is_empty());
    }

    #[test]
    fn a_lead_names_a_count_by_its_sentence_unless_the_list_is_another_s() {
        let journeys = "# Trams\n\nPassenger journeys on the tram network reached 14.6 million, the operator said.\n\n## Journeys by line\n\nThe operator's breakdown covers all four parts of the network:\n\n- Northern branch: 5.2 million\n- City loop: 4.9 million\n- Airport line: 2.1 million\n- Southern branch: # million\n";
        let fired = |text: &str| crate::claim::testing::markdown_rules(text);
        assert_eq!(fired(&journeys.replace('#', "1.8")), ["sum-mismatch"]);
        assert!(fired(&journeys.replace('#', "2.4")).is_empty());
        // The list adds up to the story's figure of now, not the older one
        // the lead's words also name.
        let cases = "# Court\n\nThe court had 1,480 cases waiting. That is 135 fewer than in November, when the list stood at 1,615.\n\n## Where the delays are\n\nThe service has broken the list down by offence:\n\n- Violence: 520\n- Drugs: 310\n- Sexual offences: 222\n- Theft: 265\n- Other: 163\n";
        assert!(fired(cases).is_empty());
    }

    fn breakdowns(text: &str, syntax: Syntax) -> Vec<(usize, usize, bool)> {
        claims(text, syntax)
            .into_iter()
            .filter_map(|c| match c {
                Claim::Breakdown { total, parts, open } => Some((total, parts.len(), open)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_vote_of_those_present_is_a_list_under_its_whole() {
        let text = "Vote\n\nOf the 60 members present, 31 voted for the plan, 24 against and N abstained.\n";
        assert_eq!(rules(&text.replace('N', "9")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "5")).is_empty());
        // A figure set against the one before is no part of a list.
        let against = "Vote\n\nOf the 60 members present, 31 voted for the plan against 44 last year, and 9 abstained.\n";
        assert!(rules(against).is_empty());
    }

    #[test]
    fn a_complete_list_finds_the_total_its_lead_names_paragraphs_back() {
        use crate::claim::testing::markdown_rules;
        let text = "# Appeal\n\nThe appeal for flooded families has raised £186,000, the foundation said.\n\nAbout 340 homes were flooded after 96mm of rain.\n\nThe foundation said the money raised has been broken down as follows:\n\n1. Online donations: £94,500\n2. Collections: £28,300\n3. Businesses: £41,000\n4. Gift Aid: £N\n";
        assert_eq!(
            markdown_rules(&text.replace('N', "12,200")),
            ["sum-mismatch"]
        );
        assert!(markdown_rules(&text.replace('N', "22,200")).is_empty());
        // A figure the total is set against is no total.
        let against = "# School\n\nIts income of £2.31m is up 4% on this year's £2.22m.\n\nThe school has 412 pupils. Its income comes from three sources:\n\n- Core funding: £2,018,000\n- Pupil premium: £198,000\n- Special needs: £94,000\n";
        assert!(markdown_rules(against).is_empty());
        // Counts may overlap: the lead must name what the total counts.
        let counts = "# Club\n\nThe club has 520 members this season.\n\nIt runs teams at every level.\n\nThe club's members are broken down as follows by what they play:\n\n- Football: 310\n- Cricket: 180\n- Tennis: 94\n";
        assert!(
            markdown_rules(&counts.replace("The club's members are", "The club's activities are"))
                .is_empty()
        );
    }

    #[test]
    fn a_table_without_a_total_row_sums_to_the_total_that_counts_its_rows() {
        use crate::claim::testing::markdown_rules;
        let text = "# Defences\n\nThe council has approved £14.5m of coastal defence work at five sites over four years.\n\nThe cabinet agreed the programme on Tuesday. The works and their costs are:\n\n| Site | Work | Cost |\n| --- | --- | --- |\n| Saltney Point | Rock armour | £4.8m |\n| North Beach | Sea wall | £3.6m |\n| Hallow Cliffs | Drainage | £2.1m |\n| Marsh Lane | Groynes | £1.4m |\n| Harbour | Flood gates | £N |\n";
        assert_eq!(markdown_rules(&text.replace('N', "0.9m")), ["sum-mismatch"]);
        assert!(markdown_rules(&text.replace('N', "2.6m")).is_empty());
        // Four rows under "five sites": the table is not said to be all of it.
        let four = text.replace("| Harbour | Flood gates | £N |\n", "");
        assert!(markdown_rules(&four).is_empty());
        // Averages by district are no parts of the city's average.
        let rents = "# Rents\n\nAverage monthly rents have risen from €950 to €1,380 in three years, an increase of 45%.\n\nThe figures for the four largest districts show that no part of the city has escaped:\n\n| District | 2021 | 2024 |\n| --- | --- | --- |\n| Old Harbour | €1,240 | €1,750 |\n| Northside | €880 | €1,290 |\n| Lindenhof | €1,020 | €1,420 |\n| Eastmoor | €760 | €1,100 |\n";
        assert!(markdown_rules(rents).is_empty());
    }

    #[test]
    fn a_row_s_label_holds_no_part_and_an_all_row_is_the_total_row() {
        use crate::claim::testing::markdown_rules;
        let text = "# Sports days\n\nNearly @ children took part:\n\n| Year group | On roll | Took part |\n| --- | ---: | ---: |\n| Reception | 1,020 | 985 |\n| Years 1 and 2 | 2,110 | 2,040 |\n| Years 3 and 4 | 2,180 | 2,070 |\n";
        assert!(markdown_rules(&text.replace('@', "5,100")).is_empty());
        assert_eq!(
            markdown_rules(&text.replace('@', "6,400")),
            ["sum-mismatch"]
        );
        // With an "All" row the table states its own total and is the
        // table finder's: the rows add up to it.
        let all = format!(
            "{}| **All** | **5,310** | **5,095** |\n",
            text.replace('@', "5,100")
        );
        assert!(markdown_rules(&all).is_empty());
    }

    #[test]
    fn the_money_a_list_shares_out_is_the_sum_said_before() {
        use crate::claim::testing::markdown_rules;
        let text = "# Tram\n\nThe authority approved the extension at a cost of £186m. Work starts next spring, with passengers carried in 2029.\n\nThe money will come from four sources:\n\n- £92m from a national grant\n- £48m borrowed\n- £26m from developers\n- £@m from the city council\n";
        assert!(markdown_rules(&text.replace('@', "20")).is_empty());
        assert_eq!(markdown_rules(&text.replace('@', "12")), ["sum-mismatch"]);
    }

    #[test]
    fn a_heading_over_the_paragraph_that_leads_the_list() {
        let text = "# Trust report\n\n## Where the money went\n\nThe trust spent £4.6m in 2023-24 on its work. Running costs took less than 5p in every pound.\n\n- Shelter beds: £1.6m\n- Outreach teams: £0.9m\n- Meals: £0.7m\n- Support: £0.6m\n- Administration: £@m\n";
        assert_eq!(
            crate::claim::testing::markdown_rules(&text.replace('@', "0.2")),
            ["sum-mismatch"]
        );
        assert!(crate::claim::testing::markdown_rules(&text.replace('@', "0.8")).is_empty());
    }

    #[test]
    fn a_dividing_heading_names_its_total_by_another_word_for_it() {
        let text = "# Club\n\n## Facts\n\n* Turnover 2023-24: £6.3m (2022-23: £5.1m)\n* Wage bill: £4.4m\n\n## Income breakdown\n\n| Stream | £m |\n|---|---|\n| Matchday | 2.1 |\n| Broadcasting | 1.6 |\n| Commercial | @ |\n| Player sales | 0.5 |\n";
        assert_eq!(
            crate::claim::testing::markdown_rules(&text.replace('@', "1.4")),
            ["sum-mismatch"]
        );
        assert!(crate::claim::testing::markdown_rules(&text.replace('@', "2.1")).is_empty());
    }

    #[test]
    fn a_difference_in_the_sentence_before_is_no_whole_to_break_down() {
        let text = "Museums\n\nThe trust had 312,000 visitors this year and 268,000 the year before. The director said the rise of 44,000 was beyond its plans.\n\nOf those visitors, 184,000 came to the main museum, 71,000 to the gallery and 39,000 to the mill.\n";
        assert!(rules(text).is_empty());
        // "made up" is no difference: the part is of the finishers.
        let made_up = "Race\n\nA record 5,318 runners finished on Sunday, up from 4,870.\n\nWomen made up 2,104 of the finishers. First-timers were the backbone, with # of Sunday's finishers on their debut.\n";
        assert_eq!(
            rules(&made_up.replace('#', "5,460")),
            ["part-exceeds-whole"]
        );
        assert!(rules(&made_up.replace('#', "1,460")).is_empty());
    }

    #[test]
    fn a_table_s_column_header_names_its_total() {
        let text = "# Council\n\n## Top line\n\n- Seats contested: 45\n- Control: Independents, with 24 seats\n\n## Results by party\n\n| Party | Seats | Change |\n|---|---|---|\n| Independents | 24 | +5 |\n| Labour | 11 | -3 |\n| Conservatives | 6 | -2 |\n| Greens | @ | +1 |\n| Liberal Democrats | 2 | -1 |\n";
        assert_eq!(
            crate::claim::testing::markdown_rules(&text.replace('@', "3")),
            ["sum-mismatch"]
        );
        assert!(crate::claim::testing::markdown_rules(&text.replace('@', "2")).is_empty());
    }

    #[test]
    fn a_heading_that_counts_the_rows_announces_all_of_them() {
        use crate::claim::testing::markdown_rules;
        let text = "# Results\n\nThe group reported revenue of £412m for the year, up 11% from £371m.\n\nOperating profit came in at £58.3m.\n\n## The four divisions\n\nEach of the group's businesses grew over the year:\n\n| Division | Revenue |\n| --- | --- |\n| Laboratory | £168m |\n| Industrial | £121m |\n| Medical | £74m |\n| Services | £N |\n";
        assert_eq!(markdown_rules(&text.replace('N', "29m")), ["sum-mismatch"]);
        assert!(markdown_rules(&text.replace('N', "49m")).is_empty());
        // A heading counting other things than the rows announces nothing.
        let three = text.replace("The four divisions", "Three years of growth");
        assert!(markdown_rules(&three.replace('N', "29m")).is_empty());
    }

    #[test]
    fn an_item_labelled_total_heads_or_sums_the_others() {
        use crate::claim::testing::markdown_rules;
        let first = "# Farm\n\n- Total area farmed by members: 640 hectares (1,580 acres)\n- Orchards: N hectares, almost all of it apples\n- Woodland and hedgerow: 38 hectares\n";
        assert_eq!(
            markdown_rules(&first.replace('N', "710")),
            ["part-exceeds-whole"]
        );
        // The items may leave some land out: no sum.
        assert!(markdown_rules(&first.replace('N', "410")).is_empty());
        let last = "# Budget\n\n- Roads: £4.2m\n- Schools: £3.1m\n- Parks: £N\n- Total: £8.5m\n";
        assert_eq!(markdown_rules(&last.replace('N', "0.6m")), ["sum-mismatch"]);
        assert!(markdown_rules(&last.replace('N', "1.2m")).is_empty());
    }

    #[test]
    fn a_running_total_adds_the_list_before_it() {
        let text = "Twelve divers are joined by 38 guides and 27 cooks, bringing the total on board to 71.";
        assert_eq!(breakdowns(text, Syntax::Plain), [(3, 3, false)]);
        // "3 more" adds to a count the story does not give.
        let more =
            "Police arrested 3 more men on Monday and 2 on Tuesday, bringing the total to 12.";
        assert!(breakdowns(more, Syntax::Plain).is_empty());
    }

    #[test]
    fn of_those_breaks_down_the_figure_before() {
        let text = "Ninety people died. Of those killed, 41 were drivers, 23 were riders and 19 were walkers.";
        // A little short of the whole: all of it, with a part slipped.
        assert_eq!(breakdowns(text, Syntax::Plain), [(0, 3, false)]);
        // Far short, or leaving a rest: a selection.
        let few = text.replace("41 were", "21 were");
        assert_eq!(breakdowns(&few, Syntax::Plain), [(0, 3, true)]);
        let rest = text.replace("walkers.", "walkers, with the rest unknown.");
        assert_eq!(breakdowns(&rest, Syntax::Plain), [(0, 3, true)]);
    }

    #[test]
    fn a_later_figure_of_the_others_is_a_part_of_a_part() {
        let text = "Wells\n\nThe survey recorded 86 wells. Of those, 52 are dry and N still hold water, though only 19 of the wet wells are safe.\n";
        assert!(crate::claim::testing::rules(&text.replace('N', "34")).is_empty());
        assert_eq!(
            crate::claim::testing::rules(&text.replace('N', "44")),
            ["sum-mismatch"]
        );
    }

    #[test]
    fn a_figure_an_owner_leads_is_what_an_item_has_not_an_item() {
        let text = "Flights\n\nThe service flew 1,950 missions last year. Of those, N were flown by its helicopter and 710 were attended by its two response cars.\n";
        assert!(crate::claim::testing::rules(&text.replace('N', "1,240")).is_empty());
        assert_eq!(
            crate::claim::testing::rules(&text.replace('N', "1,340")),
            ["sum-mismatch"]
        );
    }

    #[test]
    fn shares_under_of_those_are_one_partition_but_not_a_measure_of_its_own() {
        let stores = "Stores\n\nOf the stores that will close, 45 per cent are in the north, 30 per cent in the valley and 35 per cent in the west.\n";
        assert_eq!(crate::claim::testing::rules(stores), ["sum-mismatch"]);
        let turnout = "Strike\n\nThe union represents 1,400 workers. Of those balloted, 87% backed strikes on a turnout of 62%.\n";
        assert!(crate::claim::testing::rules(turnout).is_empty());
    }

    #[test]
    fn of_the_total_divides_the_figure_before_whole() {
        // A list of three under "Of last year's total" is all of it.
        let text = "Port\n\nThe port handled 1.32 million containers in 2023, up from 1.18 million in 2022.\n\nOf last year's total, the North Quay terminal handled 610,000, the Varne terminal 440,000 and the Basin berths @.\n";
        assert_eq!(rules(&text.replace('@', "170,000")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "270,000")).is_empty());
        // Two figures under it may be a selection: at most the total.
        let two = "Port\n\nThe port handled 1.32 million containers in 2023.\n\nOf the total, the North Quay terminal handled 610,000 and the Varne terminal 440,000.\n";
        assert!(rules(two).is_empty());
        assert_eq!(breakdowns(two, Syntax::Plain), [(0, 2, true)]);
        // "Of course" points back to no figure.
        let course = "Port\n\nThe port handled 1.32 million containers in 2023.\n\nOf course, North Quay handled 610,000, Varne 440,000 and Basin 170,000.\n";
        assert!(rules(course).is_empty());
    }

    #[test]
    fn a_bullet_list_under_its_total() {
        let text = "The 860 points are spread across four districts:\n\n- Old Town: 212\n- Riverside: 187\n- Hallam: 164\n- Eastfield: 98\n";
        assert_eq!(breakdowns(text, Syntax::Markdown), [(0, 4, false)]);
        let selection = "The council had 1,200 complaints. The most common were:\n\n- Noise: 212\n- Bins: 187\n";
        assert!(breakdowns(selection, Syntax::Markdown).is_empty());
    }

    #[test]
    fn items_that_each_split_the_whole_are_no_parts_of_it() {
        use crate::claim::testing::markdown_rules;
        let text = "Funerals\n\nThe council arranged 58 funerals last year. Of the 58:\n\n- 39 were men and 19 were women\n- 44 died at home and N in hospital\n";
        assert!(markdown_rules(&text.replace('N', "14")).is_empty());
        // Items of one figure each are the whole's parts.
        let parts = "Funerals\n\nThe council arranged 58 funerals last year. Of the 58:\n\n- 39 were men\n- N were women\n";
        assert_eq!(markdown_rules(&parts.replace('N', "29")), ["sum-mismatch"]);
        assert!(markdown_rules(&parts.replace('N', "19")).is_empty());
    }

    #[test]
    fn a_list_lead_naming_other_things_divides_something_else() {
        let text = "Awards\n\nA total of 1,460 students applied, and one in 12 was successful. By field, the awards were shared out as follows:\n\n- Engineering: 38\n- Medicine: 31\n- Sciences: 24\n- Arts: 27\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn starts_and_other_nouns_are_no_parts_of_a_list() {
        let shares = "Survey\n\nOf those who responded, 45% would recommend the force, down from 58% in 2021.\n";
        assert!(rules(shares).is_empty());
        let more = "Tests\n\nWaits average 19 weeks, against 14 at Felling Road. The agency will recruit four more examiners, taking the total to 22.\n";
        assert!(rules(more).is_empty());
    }

    #[test]
    fn an_item_s_own_amount_comes_first() {
        let text = "Theatre\n\nThe trust said four funders combined would provide the full £6.8m:\n\n- £3.5m from the lottery\n- £1.2m from the council\n- £0.8m from trusts\n- £N from an appeal, which has already raised £210,000\n";
        assert_eq!(rules(&text.replace('N', "0.6m")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "1.3m")).is_empty());
    }

    #[test]
    fn a_lead_pointing_back_to_a_sum_of_money_names_no_count() {
        let text = "Rovers\n\nRovers have spent £3.9m on transfer fees this summer.\n\nThe club's outlay is made up of four deals:\n\n- £1.2m for Elling\n- £850,000 for Doyle\n- £650,000 for Mensah\n- £N for Hart\n";
        assert_eq!(rules(&text.replace('N', "400,000")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "1.2m")).is_empty());
    }

    #[test]
    fn a_total_after_a_list_is_its_sum_only_when_said_to_be() {
        let table = "Rugby\n\n## Top try-scorers\n\n| Player | Tries |\n| --- | --- |\n| Latu | 14 |\n| Keane | 11 |\n| Okoro | 9 |\n\n";
        let team = format!(
            "{table}The side scored 81 tries, and the forwards 45 of them, more than half the total.\n"
        );
        assert!(rules(&team).is_empty());
        let sum = format!("{table}That brings the total to 40 tries.\n");
        assert_eq!(rules(&sum), ["sum-mismatch"]);
    }

    #[test]
    fn that_brings_the_total_to_sums_what_was_just_listed() {
        let text = "Rail\n\nThe two stations cost £12.4m and £8.9m. The track is priced at £31.5m, and signalling at £9.6m.\n\nTogether with £6.2m for crossings, that brings the total to £N.\n";
        assert_eq!(rules(&text.replace('N', "74.6m")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "68.6m")).is_empty());
    }

    #[test]
    fn a_list_lead_points_back_past_a_target() {
        let text = "Appeal\n\nThe appeal has raised £2.34m in 18 months, beating its £2m target by £340,000.\n\nThe money came from four main sources:\n\n- Donations: £910,000\n- Events: £620,000\n- Legacies: £480,000\n- Businesses: £N\n";
        assert_eq!(rules(&text.replace('N', "230,000")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "330,000")).is_empty());
    }

    #[test]
    fn a_breakdown_or_a_thing_by_category_over_a_table_is_complete() {
        use crate::claim::testing::markdown_rules;
        let table = "# Revenue\n\nThe group reported revenue of £412m for the year to March, up from £371m a year earlier.\n\nLEAD:\n\n| Division | 2024 | 2023 |\n| --- | --- | --- |\n| Frozen | £168m | £139m |\n| Chilled | £131m | £127m |\n| Bakery | £74m | £71m |\n| Export | £N | £34m |\n";
        for lead in [
            "The breakdown by division",
            "Revenue by division, as published",
        ] {
            let text = table.replace("LEAD", lead);
            assert_eq!(
                markdown_rules(&text.replace('N', "29m")),
                ["sum-mismatch"],
                "{lead}"
            );
            assert!(
                markdown_rules(&text.replace('N', "39m")).is_empty(),
                "{lead}"
            );
        }
        // "a year earlier" dates the start it follows, not the total.
        let dated = table
            .replace("LEAD", "The breakdown by division")
            .replace(" for the year to March,", ",");
        assert_eq!(markdown_rules(&dated.replace('N', "29m")), ["sum-mismatch"]);
        // An agent, not a category: the table may leave divisions out.
        let agent = table.replace("LEAD", "Figures released by the group");
        assert!(markdown_rules(&agent.replace('N', "29m")).is_empty());
    }

    #[test]
    fn a_mix_of_homes_by_size_is_no_breakdown_of_a_part() {
        use crate::claim::testing::markdown_rules;
        let text = "# Plans for 320 homes\n\nPlans to build 320 homes will be decided next week.\n\nThe developer says 84 of the homes, or 26%, will be affordable.\n\nThe mix of homes:\n\n| Type | Homes |\n| --- | --- |\n| One-bed flats | 48 |\n| Two-bed houses | 102 |\n| Three-bed houses | 118 |\n| Four-bed houses | 52 |\n";
        assert!(markdown_rules(text).is_empty());
        assert_eq!(
            markdown_rules(&text.replace("| 52 |", "| 62 |")),
            ["sum-mismatch"]
        );
    }

    #[test]
    fn a_complete_list_without_a_named_total_sums_the_count_of_its_things() {
        use crate::claim::testing::markdown_rules;
        let text = "# Plans for 1,450 homes approved\n\nCouncillors approved plans for 1,450 homes on farmland.\n\nThe scheme would be built over 12 years on a 62-hectare site.\n\nThe application sets out the following mix:\n\n- 620 three-bedroom houses\n- 410 two-bedroom homes\n- 240 one-bedroom flats\n- N bungalows\n";
        assert_eq!(markdown_rules(&text.replace('N', "120")), ["sum-mismatch"]);
        assert!(markdown_rules(&text.replace('N', "180")).is_empty());
    }

    #[test]
    fn where_the_money_went_is_the_story_s_sum_of_money() {
        use crate::claim::testing::markdown_rules;
        let text = "# Accounts\n\nThe board spent £412m in 2023-24, an increase of £23m on the £389m it spent the year before.\n\n## Where the money went\n\n| Area | Spending |\n| --- | --- |\n| Hospital care | £238m |\n| Community services | £96m |\n| Prescribing | £52m |\n| Mental health | £N |\n";
        assert_eq!(markdown_rules(&text.replace('N', "47m")), ["sum-mismatch"]);
        assert!(markdown_rules(&text.replace('N', "26m")).is_empty());
    }

    #[test]
    fn a_rest_named_without_a_figure_leaves_the_list_open() {
        let text = "Pets\n\nPolicies covered 1.62 million animals: 1.04 million dogs and @ million cats, with rabbits and other pets making up the rest.\n";
        let fired = |t: &str| crate::claim::testing::rules(t);
        assert!(fired(&text.replace('@', "0.51")).is_empty());
        assert_eq!(fired(&text.replace('@', "0.81")), ["sum-mismatch"]);
        // "the rest of the world" is a place: the list stays whole.
        let place = "Guests\n\nThe hotel had 9,600 guests: 4,200 Germans, 2,100 Britons and 1,300 visitors from the rest of the world.\n";
        assert_eq!(fired(place), ["sum-mismatch"]);
    }

    #[test]
    fn figures_that_go_on_count_stages_not_parts() {
        let text =
            "Yard\n\nOf the 96 who started in 2020, 81 finished their training and 74 @ there.\n";
        let fired = |t: &str| crate::claim::testing::rules(t);
        assert!(fired(&text.replace('@', "still work")).is_empty());
        assert_eq!(fired(&text.replace('@', "left")), ["sum-mismatch"]);
        // "remain" splits the whole: the parts must add up within it.
        let split = "Yard\n\nOf the 96 who started in 2020, 81 finished their training and 25 remain in it.\n";
        assert_eq!(fired(split), ["sum-mismatch"]);
    }

    #[test]
    fn a_run_after_a_lead_s_colon_divides_the_figure_the_lead_names() {
        let text = "Weddings\n\nCouples spent an average of £24,600 on their weddings last year, a survey found.\n\nThe guild broke the average bill down as follows: £8,900 for the venue, £5,700 for food, £@ for the dress and £1,600 for music.\n";
        let fired = |t: &str| rules(t);
        assert!(fired(&text.replace('@', "8,400")).is_empty());
        assert_eq!(fired(&text.replace('@', "6,400")), ["sum-mismatch"]);
        // Items priced each are rates, not parts.
        let each = "Fees\n\nThe club raised £9,600 last year.\n\nIts fees break down as follows: £80 for adults, £40 for juniors and £20 for visitors, each a year.\n";
        assert!(fired(each).is_empty());
    }

    #[test]
    fn items_that_the_total_counts_are_no_parts_of_it() {
        let text = "# Chain to close 3 of its 34 sites\n\nThe chain will close three of its 34 cinemas.\n\nThe sites to close are:\n\n- Brackley Road (8 screens)\n- Mercer Walk (6 screens)\n- The Arcade (5 screens)\n";
        assert!(markdown_rules(text).is_empty());
    }

    #[test]
    fn a_lead_divided_by_a_category_names_what_is_divided_before_by() {
        let text = "# Camels\n\nThe season opened with 1,860 camels registered to run.\n\nThe camels belong to 340 owners.\n\nLEAD:\n\n| Age group | COL |\n| --- | --- |\n| Two-year-olds | A |\n| Three-year-olds | 120 |\n| Older | 84 |\n";
        let races = text
            .replace("LEAD", "Races are divided by the age of the camels")
            .replace("COL", "Races");
        assert!(markdown_rules(&races.replace('A', "96")).is_empty());
        let camels = text
            .replace("LEAD", "The camels are divided by age")
            .replace("COL", "Camels");
        assert_eq!(
            markdown_rules(&camels.replace('A', "1,600")),
            ["sum-mismatch"]
        );
        assert!(markdown_rules(&camels.replace('A', "1,656")).is_empty());
    }

    #[test]
    fn an_item_s_figure_follows_its_label() {
        let text = "# Handball\n\nThe association registered 10,240 players this season.\n\nRegistered players by category:\n\n- Senior men: 2,870\n- Senior women: 2,440\n- Youth (under 18): N\n";
        assert!(markdown_rules(&text.replace('N', "4,930")).is_empty());
        assert_eq!(
            markdown_rules(&text.replace('N', "4,390")),
            ["sum-mismatch"]
        );
    }

    #[test]
    fn a_column_far_below_the_total_is_of_other_things() {
        let text = "# Game\n\nBackers pledged $2.1 million across three levels:\n\n| Level | Price | Raised |\n| --- | --- | --- |\n| Explorer | $39 | $0.62 million |\n| Keeper | $79 | $1.14 million |\n| Archivist | $149 | N |\n";
        // The prices add up to $267: no breakdown of the $2.1 million.
        assert!(markdown_rules(&text.replace('N', "$0.34 million")).is_empty());
        assert_eq!(
            markdown_rules(&text.replace('N', "$0.18 million")),
            ["sum-mismatch"]
        );
    }

    #[test]
    fn a_hoped_for_total_is_no_sum_of_the_table_above() {
        let text = "# Tram\n\n| Season | Passengers |\n| --- | --- |\n| 2022 | 41,200 |\n| 2023 | 52,700 |\n\nThe trust hopes the tram will push the total past 60,000 this year.\n";
        assert!(markdown_rules(text).is_empty());
    }

    #[test]
    fn a_heading_asking_where_divides_the_headline_s_count_of_the_items() {
        let text = "# Co-op bakes 1.26 million loaves\n\nThe co-op baked 1.26 million loaves last year and now has 900 members.\n\n## Where the bread went\n\n- Its own shops: 540,000 loaves\n- Cafes: 310,000\n- Schools: 190,000\n- Markets: @\n";
        assert!(markdown_rules(&text.replace('@', "220,000")).is_empty());
        assert_eq!(
            markdown_rules(&text.replace('@', "80,000")),
            ["sum-mismatch"]
        );
    }
}
