//! Parts of wholes: "15 of the 120 migrants", "Of the 450 homes, 135 ...",
//! "Of the escaped salmon, about 71,000", "160 of those affordable homes",
//! and a total stated "in total" beside a part of it.

use super::context::{derived_stem, is_any, shares_stem, words_in};
use super::{Claim, Scope};
use crate::quantity::Kind;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for part in 0..scope.quantities.len() {
        let Some(pq) = scope.q(part) else { continue };
        if !matches!(pq.kind, Kind::Count | Kind::Money | Kind::Measure) || pq.range.is_some() {
            continue;
        }
        if let Some(whole) = whole_of(scope, part).filter(|&w| plausible(scope, part, w)) {
            claims.push(Claim::PartOfWhole { part, whole });
        }
    }
    totals(scope, claims);
}

/// The whole figure `part` is said to be a part of, by the first reading
/// that finds one.
fn whole_of(scope: &Scope, part: usize) -> Option<usize> {
    // Right after "of", both figures' nouns are read reliably.
    whole_after_of(scope, part)
        .filter(|&w| same_noun_or_unknown(scope, part, w))
        .or_else(|| whole_before(scope, part))
        .or_else(|| whole_of_the_total(scope, part))
        .or_else(|| antecedent_of_the(scope, part))
        .or_else(|| antecedent_of_those(scope, part))
        .or_else(|| antecedent_of_them(scope, part))
        .or_else(|| antecedent_of_it(scope, part))
        .or_else(|| of_whom_before(scope, part))
        .or_else(|| further_of_same_whole(scope, part))
        .or_else(|| {
            the_other_of_same_whole(scope, part, |s, p| {
                whole_after_of(s, p)
                    .or_else(|| whole_before(s, p))
                    .or_else(|| antecedent_of_them(s, p))
            })
        })
        .or_else(|| found_in_the_survey(scope, part))
        .or_else(|| alone_within(scope, part))
        .or_else(|| largest_of_a_total(scope, part))
        .or_else(|| including_whole(scope, part))
        .or_else(|| parted_by_a_rest(scope, part))
        .or_else(|| subject_beside_a_part(scope, part))
}

/// A part many times its whole is a misreading, not a slip: "28,000 of the
/// two models", "18 mln dlrs of 1.20 dlrs a share". A slip (a stale
/// figure, a dropped digit) leaves the two within a factor of ten or so.
const PART_OVER_WHOLE: f64 = 20.0;

/// Whether `part` may be a part of `whole` at all: not many times it, and
/// the whole no modifier ("four of the three-bedroom homes").
fn plausible(scope: &Scope, part: usize, whole: usize) -> bool {
    match (scope.q(part), scope.q(whole)) {
        (Some(p), Some(w)) => {
            p.point() <= PART_OVER_WHOLE * w.point()
                && !is_compound_modifier(scope, whole)
                && !is_capacity(scope, whole)
                && !cap_per_occasion(scope, whole)
                // Most wholes are no rate: that test first.
                && (!per_period(scope, whole)
                    || said_per_period(scope, part)
                    || points_back(scope, part))
        }
        _ => false,
    }
}

/// "73,000 of those sales", "Of those, 520": a part said straight of the
/// figure before, over the same period as it, unless it names a period of
/// its own ("2,400 of those parcels since January", "so far").
fn points_back(scope: &Scope, part: usize) -> bool {
    scope.place(part).is_some_and(|p| {
        let span = scope.layout.sentence_span(p.sentence, scope.text.len());
        let sentence = scope.text.get(span.start..span.end).unwrap_or("");
        let of_those = p.after_is(0, "of") && p.after_has(2, &["those", "these", "them", "that"]);
        let lower = sentence.to_ascii_lowercase();
        let own_period = ["so far", "to date", "since ", "in all"]
            .iter()
            .any(|w| lower.contains(w));
        (of_those || sentence.trim_start().starts_with("Of ")) && !own_period
    })
}

/// "scans about 140 sheets a day", "67 cases each day": a rate over a
/// period, no stock that "2,300 scanned so far" can be part of ("a year
/// ago" dates, it is no rate).
pub(super) fn per_period(scope: &Scope, i: usize) -> bool {
    scope.place(i).is_some_and(|p| {
        let words: Vec<&str> = p.after().take(5).collect();
        (0..3).any(|k| {
            let word = |n: usize| words.get(k + n).copied().unwrap_or("");
            rate_words(word(0), word(1)) && !is_any(word(2), &["ago", "earlier", "before", "later"])
        })
    })
}

/// "a week", "per day", "each night": the words of a rate's period.
fn rate_words(article: &str, period: &str) -> bool {
    is_any(article, &["a", "an", "per", "each"]) && is_any(period, PERIODS)
}

/// Whether figure `i` is a rate, said so after it ("a week") or by an
/// adjective of its period in its own noun phrase ("2,600 of those weekly
/// journeys"; not "120 joined its annual walk").
fn said_per_period(scope: &Scope, i: usize) -> bool {
    const LEADING: &[&str] = &["of", "the", "those", "these"];
    per_period(scope, i)
        || scope.place(i).is_some_and(|p| {
            p.after()
                .take(4)
                .find(|w| !is_any(w, LEADING))
                .is_some_and(|w| is_any(w, PERIODIC))
        })
}

/// Adjectives of a rate's period.
const PERIODIC: &[&str] = &[
    "hourly", "daily", "nightly", "weekly", "monthly", "yearly", "annual",
];

/// Periods a rate or a recurring event is counted over.
const PERIODS: &[&str] = &["hour", "day", "night", "week", "month", "year", "weekend"];

/// "The night runs 48 times a year and gives up to 14 comics five minutes
/// each": a cap on each time a recurring event is held, no group of which
/// some are counted over the years.
fn cap_per_occasion(scope: &Scope, w: usize) -> bool {
    let Some(q) = scope
        .q(w)
        .filter(|q| q.hedge == Some(crate::quantity::Hedge::AtMost))
    else {
        return false;
    };
    let sentence = scope
        .layout
        .sentence_span(scope.layout.sentence_of(q.span.start), scope.text.len());
    let words: Vec<&str> = words_in(scope.text, sentence.start, q.span.start).collect();
    // "48 times a year", "every week", "each night".
    let every = words.windows(2).any(|w| match w {
        [each, period] => is_any(each, &["every", "each", "per"]) && is_any(period, PERIODS),
        _ => false,
    });
    let times = words.windows(3).any(|w| match w {
        [times, a, period] => {
            times.eq_ignore_ascii_case("times")
                && is_any(a, &["a", "an"])
                && is_any(period, PERIODS)
        }
        _ => false,
    });
    every || times
}

/// "the room held only 40 people", "seating for 1,800": how many a place
/// takes, no group of which some are counted.
fn is_capacity(scope: &Scope, w: usize) -> bool {
    // "The foundry holds 1,840 sets" is a stock: "hold" says a capacity
    // with "only", "can" or "up to", in shapes set right by the figure.
    const HOLD: &[&str] = &[
        "hold",
        "holds",
        "held",
        "accommodate",
        "accommodates",
        "seat",
    ];
    scope.place(w).is_some_and(|p| {
        let nth_is =
            |n: usize, words: &[&str]| p.before().rev().nth(n).is_some_and(|x| is_any(x, words));
        p.prev_is(&["sleeps", "seats", "seating"])
            || p.prev_is(&["of"]) && nth_is(1, &["capacity"])
            || p.prev_is(&["for"]) && nth_is(1, &["room", "space", "seating"])
            || p.prev_is(&["only"]) && nth_is(1, HOLD)
            || p.prev_is(HOLD) && nth_is(1, &["can", "could", "will"])
            || p.prev_is(&["to"]) && nth_is(1, &["up"]) && nth_is(2, HOLD)
    })
}

/// "three-bedroom", "two-storey": a number joined to a noun modifies the
/// noun after it; it counts nothing ("twenty-five" is a number).
pub(super) fn is_compound_modifier(scope: &Scope, i: usize) -> bool {
    let Some(written) = scope
        .q(i)
        .and_then(|q| scope.text.get(q.span.start..q.span.end))
    else {
        return false;
    };
    written.rsplit_once('-').is_some_and(|(_, tail)| {
        !tail.is_empty()
            && tail.chars().all(|c| c.is_ascii_alphabetic())
            && crate::quantity::lexicon::unit_word(&tail.to_ascii_lowercase()).is_none()
    })
}

/// Counts of different nouns are no part and whole: "250,000 of its 64-bit
/// chips" counts chips, not bits.
fn same_noun_or_unknown(scope: &Scope, part: usize, whole: usize) -> bool {
    match (scope.q(part), scope.q(whole)) {
        (Some(p), Some(w)) => {
            p.kind != Kind::Count || !matches!((&p.noun, &w.noun), (Some(a), Some(b)) if a != b)
        }
        _ => false,
    }
}

/// A few words that name what a part counts, with no clause break: "votes
/// in favour" before "out of 342".
fn own_words(words: &str) -> bool {
    // "41,600 room-nights between June and August, out of 73,000": a
    // comma may close the part's own words right before "out of".
    let words = words.trim_end().strip_suffix(',').unwrap_or(words);
    // "climbed to 48,200, the council said, out of 42,300": who said it
    // stands aside from the figure.
    let words = match words.rsplit_once(',') {
        Some((own, aside)) if is_attribution(aside) => own,
        _ => words,
    };
    !words.contains([',', ';', ':', '(']) && words.split_whitespace().take(9).count() <= 8
}

/// Verbs that tell who gave a figure.
const ATTRIBUTING: &[&str] = &["said", "says", "added", "reported", "estimated", "expected"];

/// "the council said", "officials say": a short clause that tells who
/// gave a figure.
fn is_attribution(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    (2..=5).contains(&words.len()) && words.last().is_some_and(|w| ATTRIBUTING.contains(w))
}

/// "15 of the 120 migrants", "12,840 out of the 26,400 ballots": the whole right
/// after "of" (with a determiner or a possessive in between).
pub fn whole_after_of(scope: &Scope, part: usize) -> Option<usize> {
    let whole = part + 1;
    let between = scope.between(part, whole).trim();
    // Most figures are far apart: only a short gap is read.
    if between.len() > 100 {
        return None;
    }
    // "19 out of the 40 stretches" is "19 of the 40 stretches"; "214
    // votes in favour out of 342": the part's own words may come first.
    // The words "out of", not "payout of".
    let out_of = if between.starts_with("out of") {
        Some(0)
    } else {
        find_short(between, " out of").map(|at| at + 1)
    };
    let between = match out_of {
        Some(at) if at == 0 || own_words(between.get(..at).unwrap_or("")) => {
            between.get(at + 4..).unwrap_or(between)
        }
        _ => between,
    };
    // At most "of" and four short words: most figures are far apart.
    if !between.starts_with("of") || between.len() > 60 {
        return None;
    }
    let words: Vec<&str> = between.split_whitespace().collect();
    // "of Wexmoor county's 310": a name may lead up to a possessive.
    let possessive = |w: &&str| w.ends_with("'s") || w.ends_with("\u{2019}s");
    let ok = words.first() == Some(&"of")
        && words.len() <= 4
        && words.iter().skip(1).enumerate().all(|(n, w)| {
            // "of last season's 260 juniors": a time may own the whole.
            matches!(
                *w,
                "the" | "its" | "their" | "his" | "her" | "our" | "all" | "last" | "this" | "next"
            ) || possessive(w)
                || w.starts_with(|c: char| c.is_uppercase())
                    && words.iter().skip(n + 2).any(possessive)
        });
    (ok && scope.comparable(part, whole)
        && scope.place(whole)?.sentence == scope.place(part)?.sentence)
        .then_some(whole)
}

/// Where `needle` first stands in `hay`, by comparing bytes: the gaps
/// read here are a few dozen bytes, too short to pay for setting up a
/// substring searcher, and most figures have such a gap.
fn find_short(hay: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    // Two bytes compared inline first: a slice comparison is a call.
    let head = needle.get(..2)?;
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.get(..2) == Some(head) && w == needle)
}

/// "Of the 450 homes, 135 were to be affordable".
pub fn whole_before(scope: &Scope, part: usize) -> Option<usize> {
    whole_just_before(scope, part)
        .or_else(|| whole_opening_its_clause(scope, part))
        .or_else(|| whole_but_only(scope, part))
}

/// "The partnership has 64 camera housings, but only 32 contain a camera":
/// a figure "but only" sets against the like figure just before it in its
/// sentence, with no noun of its own, counts some of those.
fn whole_but_only(scope: &Scope, part: usize) -> Option<usize> {
    let whole = part.checked_sub(1)?;
    let words: Vec<&str> = scope.between(whole, part).split_whitespace().collect();
    let set_against = matches!(words.as_slice(), [.., but, only]
        if *but == "but" && is_any(only, &["only", "just"]));
    (set_against
        && words.len() <= 8
        && scope.in_one_sentence(whole, part)
        && scope.comparable(part, whole)
        && scope
            .q(part)
            .is_some_and(|q| q.noun.is_none() && q.hedge.is_none())
        && scope.q(whole).is_some_and(|q| q.noun.is_some()))
    .then_some(whole)
}

/// "Among the 2,480 people working in the borough's 37 care homes, 868
/// ...": a sentence that opens on its whole may count other things in the
/// same clause; the part is the first figure after that clause's comma.
fn whole_opening_its_clause(scope: &Scope, part: usize) -> Option<usize> {
    // Cheapest test first: the part right after the clause's comma.
    if !without_weighing_word(scope.between(part.checked_sub(1)?, part)).ends_with(", ") {
        return None;
    }
    let sentence = scope.place(part)?.sentence;
    let first = scope.sentence_range(part).start;
    let span = scope.layout.sentence_span(sentence, scope.text.len());
    let lead = scope
        .text
        .get(span.start..scope.q(first)?.span.start)?
        .trim();
    let between = without_weighing_word(scope.between(first, part));
    let clause = between.strip_suffix(", ")?;
    let opening = matches!(
        lead,
        "Of" | "Of the" | "Among" | "Among the" | "Out of" | "Out of the"
    );
    (first + 1 < part
        && opening
        && !clause.contains([',', ';', ':', '('])
        && clause.split_whitespace().take(21).count() <= 20
        && scope.comparable(part, first))
    .then_some(first)
}

/// "of the council's 5,100 flats", "among Ashcombe Council's 9,240
/// homes", "Of last year's 29,400 visitors": a whole its owner (or time)
/// names, after "of" or "among".
fn of_an_owner(wp: &super::context::Place) -> bool {
    let mut words = wp.before().rev();
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("\u{2019}s");
    let owning = |w: &&str| w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("among");
    words.next().is_some_and(possessive)
        && words
            .take(3)
            .find(|w| {
                owning(w)
                    || *w != "the"
                        && !w.starts_with(|c: char| c.is_uppercase())
                        && !is_any(w, &["last", "this", "previous"])
            })
            .is_some_and(|w| owning(&w))
}

fn whole_just_before(scope: &Scope, part: usize) -> Option<usize> {
    // "Among the 214 students, a majority, 97, ...": a share in apposition
    // may stand between.
    let mut whole = part.checked_sub(1)?;
    if scope.q(whole).is_some_and(|q| q.kind.is_share()) {
        whole = whole.checked_sub(1)?;
    }
    // "Among the 22,600 children aged two to 11 who are eligible, 9,040":
    // an age or a year may qualify the whole.
    while scope
        .q(whole)
        .is_some_and(|q| matches!(q.kind, Kind::Age | Kind::Year | Kind::Date))
    {
        whole = whole.checked_sub(1)?;
    }
    let wp = scope.place(whole)?;
    // "Of the 120 stakes drilled in 1994, only 26 ...": a word that weighs
    // the part may stand after the comma.
    let between = without_weighing_word(scope.between(whole, part));
    // "Of the 96 races, the favourite won 38": a short clause whose verb
    // takes the part as its object.
    let (between, object) = match between.rsplit_once(", ") {
        Some((head, tail)) if object_of_a_short_clause(scope, tail, part) => {
            (scope.between(whole, part).get(..head.len() + 2)?, true)
        }
        _ => (between, false),
    };
    // Most figures are no part right after a whole: read no further.
    // "two of its eight sessions. In all, 126 balloons": the comma of
    // another sentence sets off no part.
    if !between.ends_with(", ") || !scope.in_one_sentence(whole, part) {
        return None;
    }
    // "Of the 450 homes, 135 ...", "Among the 214 students, 97 ...".
    // "Of those 460, some 310 ...": the figure said again as the whole
    // ("Of those, 24 ..., 28 ..." is a list of parts).
    let those_figure = scope
        .q(whole)
        .and_then(|q| scope.text.get(..q.span.start))
        .is_some_and(|t| t.ends_with("those ") || t.ends_with("these "));
    // "Of the 48, 17 sold meat or fish, 12 fruit": the first part is no whole.
    let of_the = (wp.determined_by(&["the", "its", "their"]) || those_figure)
        && (wp.before_is(1, "of") || wp.before_is(1, "among"))
        || of_an_owner(wp);
    // "Of 2,000 adults surveyed, 380 ...": opening its sentence, no article.
    let sentence = scope.layout.sentence_span(wp.sentence, scope.text.len());
    let lead = scope
        .q(whole)
        .and_then(|q| scope.text.get(sentence.start..q.span.start))
        .unwrap_or("")
        .trim();
    let opening = matches!(lead, "Of" | "Among" | "Out of");
    // "Of the 20 clubs, the champions won 28 matches": the object must
    // count what the whole counts.
    if object
        && (!(opening || matches!(lead, "Of the" | "Among the" | "Out of the"))
            || !same_noun_or_unknown(scope, part, whole))
    {
        return None;
    }
    // A sentence that opens on its whole ("Of the 18,400 children aged two
    // to 11 eligible for the nasal flu vaccine in Carrick Vale, 14,900")
    // names it in one clause, however long: up to its first comma.
    let reach = if opening || matches!(lead, "Of the" | "Among the") {
        20
    } else {
        8
    };
    let words = between.split_whitespace().take(reach + 1).count();
    let short = words <= 8 || words <= reach && !between.trim_end_matches(", ").contains(',');
    ((of_the || opening) && short && scope.comparable(part, whole)).then_some(whole)
}

/// Whether `tail`, the words between a comma and figure `part`, is a short
/// clause whose verb takes the figure as its object ("the favourite won"),
/// not one that reports or adds ("the council said", "... 600 more").
fn object_of_a_short_clause(scope: &Scope, tail: &str, part: usize) -> bool {
    const NOT_A_PART: &[&str] = &["more", "another", "other", "extra", "further", "new"];
    let words: Vec<&str> = tail.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, '\'' | '\u{2019}'))
        })
        && words.last().is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.len() > 3 && v.ends_with("ed")
                || crate::quantity::noun::IRREGULAR_PARTICIPLES.contains(&v.as_str())
                || crate::quantity::noun::is_past_verb(&v)
        })
        && !words.iter().any(|w| is_any(w, ATTRIBUTING))
        && !scope
            .place(part)
            .is_some_and(|p| p.after_has(1, NOT_A_PART))
}

/// `between` without a last word that weighs the figure after it ("only",
/// "just") or points to it ("those"): "Of the 120 stakes, only 26 are
/// standing", "Of the club's 310 members, those 73 volunteer".
fn without_weighing_word(between: &str) -> &str {
    ["only ", "just ", "merely ", "those ", "these "]
        .iter()
        .find_map(|w| between.strip_suffix(w))
        .unwrap_or(between)
}

/// Leads that point back to a group or figure told before: "Of those,",
/// "Among them were".
const POINTING_BACK: &[&str] = &[
    "Of those",
    "Of them",
    "Of these",
    "Of that",
    "Of this",
    "Among those",
    "Among them",
    "Among these",
    "Of that total",
    "Of this total",
    "Of the total",
];

/// "Of the confirmed cases, 620 ...", "Of those in work, 27 ...": the part
/// opens its sentence after a clause that names the whole without a number;
/// the whole is the latest earlier amount with that noun or those words.
pub fn antecedent_of_the(scope: &Scope, part: usize) -> Option<usize> {
    let pp = scope.place(part)?;
    let pq = scope.q(part)?;
    let sentence = scope.layout.sentence_span(pp.sentence, scope.text.len());
    // "Of the confirmed cases," is a short lead: a long one is something
    // else; a lead set off inside the sentence may follow a clause.
    if pq.span.start.saturating_sub(sentence.start) > 160 {
        return None;
    }
    let lead = scope.text.get(sentence.start..pq.span.start)?.trim();
    // "Among them were 91 who ...": the verb between the lead and the part
    // sets it off as a comma does.
    let lead = lead
        .strip_suffix(',')
        .or_else(|| {
            [" were", " are", " was", " is"]
                .iter()
                .find_map(|v| lead.strip_suffix(v))
                .filter(|l| l.starts_with("Among "))
        })?
        .trim_end();
    if POINTING_BACK.contains(&lead) {
        return previous_sentence_amount(scope, part)
            .or_else(|| previous_sentence_subject(scope, part));
    }
    // "Some 620 homes were evacuated in total; of those, 155 ...": the one
    // like figure of the clause before.
    if let Some((_, tail)) = lead.rsplit_once(';')
        && matches!(tail.trim(), "of those" | "of them" | "of these")
    {
        let semicolon =
            sentence.start + scope.text.get(sentence.start..pq.span.start)?.rfind(';')?;
        let mut like = scope
            .same_sentence(part)
            .filter(|&w| scope.comparable(part, w))
            .filter(|&w| scope.q(w).is_some_and(|q| q.span.end <= semicolon));
        return match (like.next(), like.next()) {
            (Some(w), None) => Some(w),
            _ => None,
        };
    }
    // "Of the confirmed cases,", "Among the councils that opposed the plan,",
    // or set off inside the sentence: "Records show that, of the burglaries
    // in which someone was charged, 236 ...".
    // "Of this year's entrants": of the story's figures of now only.
    let now = ["Of this year's ", "Of this season's "]
        .iter()
        .find_map(|p| lead.strip_prefix(p));
    let rest = [
        "Of the ",
        "Of those ",
        "Of that ",
        "Of this ",
        "Among the ",
        "Among those ",
    ]
    .iter()
    .find_map(|p| lead.strip_prefix(p))
    .or(now)
    .or_else(|| {
        // "the exception that proves the rule: of the bakers, 11 ...",
        // "since the chain began offering hours: of its employees, 213".
        let (at, opening) = [
            ", of the ",
            ": of the ",
            ", of its ",
            ": of its ",
            ", among the ",
            ": among the ",
        ]
        .iter()
        .find_map(|s| lead.rfind(s).map(|at| (at, s)))?;
        lead.get(at + opening.len()..)
            .filter(|rest| !rest.contains(','))
    })?;
    // A relative clause may narrow the noun ("the patients who have waited
    // more than a year"); a long lead without one is something else.
    let words = rest.split_whitespace().count();
    // "the flats the agency listed": a clause without its pronoun opens
    // on its subject right after the noun.
    let reduced = rest.split_whitespace().nth(1).is_some_and(|w| {
        matches!(
            w,
            "the" | "its" | "their" | "it" | "they" | "we" | "he" | "she"
        )
    });
    // "the households in bed and breakfast hotels": a preposition after
    // the noun narrows it as a clause does.
    let prepositional = rest
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| matches!(w, "in" | "at" | "on" | "from" | "with" | "under" | "over"));
    let narrowed = reduced
        || prepositional
        || rest
            .split_whitespace()
            .any(|w| matches!(w, "who" | "that" | "which" | "whose"));
    if words > if narrowed { 10 } else { 5 } || rest.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // "Of those on the list, 2,150 households ...": words that name no
    // figure leave the part's own noun, if the story gave one figure for it.
    let of_now = |w: usize| {
        now.is_none()
            || !super::referred_change::dated_earlier(scope, w)
                && !scope.place(w).is_some_and(|p| p.past_frame())
    };
    // "Of those loans, 96,000 ...": what the sentence before counted,
    // when nothing else is named so.
    let demonstrative = ["Of those ", "Of these ", "Of that ", "Of this "]
        .iter()
        .any(|d| lead.starts_with(d));
    // "Of the shops that remain": the figure said to be what is left
    // ("leaving 104 still trading"), not the count before the loss.
    let of_the_rest = rest
        .split_whitespace()
        .any(|w| matches!(w, "remain" | "remaining" | "left" | "still"));
    of_the_rest
        .then(|| what_is_left(scope, part))
        .flatten()
        .or_else(|| find_antecedent_where(scope, part, rest, of_now))
        .or_else(|| {
            let own = scope.text.get(pq.span.end..)?;
            pq.noun.as_ref()?;
            the_one_figure_of(scope, part, own)
        })
        .or_else(|| {
            demonstrative
                .then(|| previous_sentence_amount(scope, part))
                .flatten()
        })
}

/// "lost 38 of its 142 shops, leaving 104 still trading": the nearest
/// like figure, in this paragraph or the one before, said to be what is left.
fn what_is_left(scope: &Scope, part: usize) -> Option<usize> {
    scope.earlier(part, 1).find(|&w| {
        scope.comparable(part, w)
            && scope.place(w).is_some_and(|p| {
                p.before_has(2, &["leaving", "remaining"])
                    || p.after_has(2, &["left", "remain", "remaining", "still"])
            })
    })
}

/// "The riders, aged 19 to 71, averaged 60 miles a day. Among them were
/// 91 ...": a sentence before without a figure of its own opens on a
/// definite subject ("The riders"), which "them" stands for; the whole is
/// the one figure the story gave for that noun.
fn previous_sentence_subject(scope: &Scope, part: usize) -> Option<usize> {
    let sentence = scope.place(part)?.sentence.checked_sub(1)?;
    let span = scope.layout.sentence_span(sentence, scope.text.len());
    let subject = scope
        .text
        .get(span.start..span.end)?
        .trim_start()
        .strip_prefix("The ")?;
    the_one_figure_of(scope, part, subject)
}

/// "Of the 3,480 pupils measured, 835 were obese. A further 486 were
/// overweight": a sentence that opens adding a further part is of the
/// whole of the like part in the sentence before.
/// Whether a figure opens its sentence adding one more part: "A further
/// 486", "Another 198".
pub(super) fn adds_a_further_part(p: &super::context::Place) -> bool {
    p.prev_is(&["further", "another", "additional"]) && p.before().count() <= 2
}

pub(super) fn further_of_same_whole(scope: &Scope, part: usize) -> Option<usize> {
    if !adds_a_further_part(scope.place(part)?) {
        return None;
    }
    scope
        .sentence_before(part)
        .filter(|&p| scope.comparable(p, part))
        .find_map(|p| whole_before(scope, p).or_else(|| whole_after_of(scope, p)))
}

/// "The council owns 280 of them ...; private owners hold the other 132":
/// the rest of a whole is of the whole of the part said before it, in its
/// sentence or the one before, as `whole_of` reads that part's whole.
pub(super) fn the_other_of_same_whole(
    scope: &Scope,
    part: usize,
    whole_of: impl Fn(&Scope, usize) -> Option<usize>,
) -> Option<usize> {
    let pp = scope.place(part)?;
    if !(pp.prev_is(&["other", "remaining"]) && pp.before_is(1, "the")) {
        return None;
    }
    let sentence = pp.sentence;
    scope
        .earlier(part, 1)
        .take_while(|&p| scope.place(p).is_some_and(|at| at.sentence + 1 >= sentence))
        .find(|&p| scope.comparable(p, part))
        .and_then(|p| whole_of(scope, p))
}

/// "The port employs 310 people. Of those, 340 ...": the like amount of the
/// sentence before, when it has exactly one.
fn previous_sentence_amount(scope: &Scope, part: usize) -> Option<usize> {
    let sentence = scope.place(part)?.sentence;
    let before: Vec<usize> = scope
        .earlier(part, 1)
        .take_while(|&w| scope.place(w).is_some_and(|p| p.sentence + 1 >= sentence))
        .filter(|&w| scope.place(w).is_some_and(|p| p.sentence + 1 == sentence))
        .filter(|&w| scope.comparable(part, w) && plausible(scope, part, w))
        .collect();
    match before.as_slice() {
        [whole] => Some(*whole),
        // "Burglaries fell to 2,340, from 2,610 ... 281 of those": what a
        // change ended on, not where it started.
        [_, _] => {
            let pairs = scope.sentence_pairs();
            let ends: Vec<usize> = before
                .iter()
                .copied()
                .filter(|&w| !pairs.iter().any(|&(from, _)| from == w))
                .collect();
            match ends.as_slice() {
                [whole] if pairs.iter().any(|&(_, to)| to == *whole) => Some(*whole),
                _ => past_small_words(scope, &before)
                    .or_else(|| past_set_off_participle(scope, &before))
                    .or_else(|| found_among(scope, &before)),
            }
        }
        _ => None,
    }
}

/// "followed 1,840 adults aged 18 to 65, recruited through 14 employers.
/// Of those, 460 ...": a figure in a participle clause set off after the
/// other describes it; "those" are the other's things.
fn past_set_off_participle(scope: &Scope, candidates: &[usize]) -> Option<usize> {
    let [a, b] = candidates else {
        return None;
    };
    let (main, other) = (a.min(b), a.max(b));
    let gap = scope.between(*main, *other);
    let (_, clause) = gap.rsplit_once(", ")?;
    let mut words = clause.split_whitespace();
    let participle = words.next().is_some_and(|w| {
        w.len() > 4 && (w.ends_with("ed") || w.ends_with("en"))
            || matches!(w, "drawn" | "spread" | "run" | "held" | "split" | "based")
    });
    (participle && words.count() <= 5 && !clause.contains([';', ':', '('])).then_some(*main)
}

/// "checked 182,000 passengers and found 13,000 without tickets. Of
/// those, 4,100": a smaller figure a second verb finds among the first's
/// is the latest group, which "those" are.
fn found_among(scope: &Scope, candidates: &[usize]) -> Option<usize> {
    let [a, b] = candidates else {
        return None;
    };
    let (first, second) = (*a.min(b), *a.max(b));
    let (Some(fq), Some(sq)) = (scope.q(first), scope.q(second)) else {
        return None;
    };
    let gap = scope.between(first, second);
    let (_, clause) = gap.rsplit_once(" and ")?;
    let verb = clause.split_whitespace().next().is_some_and(|w| {
        w.len() > 4 && w.ends_with("ed") || crate::quantity::noun::is_past_verb(w)
    });
    (verb && sq.point() < fq.point() && !clause.contains([',', ';', ':'])).then_some(second)
}

/// "in three town centres ... logged 1,250 shop units. Of those, 300":
/// a small number in words beside a figure ten times larger names a group,
/// and "those" are the other's things.
fn past_small_words(scope: &Scope, candidates: &[usize]) -> Option<usize> {
    let largest = candidates
        .iter()
        .filter_map(|&w| scope.q(w))
        .map(|q| q.point())
        .fold(0.0, f64::max);
    let counted: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&w| {
            scope
                .q(w)
                .is_some_and(|q| !(q.words && q.point() < 20.0 && q.point() * 10.0 <= largest))
        })
        .collect();
    match counted.as_slice() {
        [whole] => Some(*whole),
        _ => None,
    }
}

/// Words that say nothing about what is counted.
const FUNCTION_WORDS: &[&str] = &[
    "that", "which", "were", "have", "with", "from", "this", "those", "these", "there",
];

/// "The company employs 85 people, including 92 engineers", "318,000
/// tonnes of wheat this year, including 341,000 tonnes of milling grain": a
/// part attached to the figure before it by "including".
fn including_whole(scope: &Scope, part: usize) -> Option<usize> {
    let whole = part.checked_sub(1)?;
    let gap = scope.between(whole, part);
    // "including" may follow the whole's own words ("tonnes of wheat this
    // year, including"); "among" only a noun ("five locations, among").
    let attached = match gap.split_whitespace().next_back() {
        Some("including") => heads_with_including(gap),
        Some("among") => gap.contains(',') && gap.split_whitespace().take(5).count() <= 4,
        _ => false,
    };
    let (Some(wp), Some(pp)) = (scope.place(whole), scope.place(part)) else {
        return None;
    };
    // "eight top three hits, including four number ones": a rank, not the whole.
    let rank = wp.prev_is(&["top", "bottom", "first", "last", "best", "worst", "final"]);
    // "1,430 households, including 2,210 children": people in the things
    // counted, not some of those things.
    let members = scope.q(part).zip(scope.q(whole)).is_some_and(|(p, w)| {
        p.noun
            .as_deref()
            .is_some_and(|n| n == "person" || super::synonyms::is_person(n))
            && w.noun
                .as_deref()
                .is_some_and(|n| n != "person" && n != "staff" && !super::synonyms::is_person(n))
    });
    // "42 across four venues, including 16 free events": a figure in an
    // adjunct is no whole of things it does not count. "230 trees went in
    // at nine sites, including 84 on the sidings": a bare part may count
    // the things of the clause's head figure as well; which, the copy
    // leaves open.
    let other_things = |a: &str, b: &str| a != b && !super::synonyms::same_things(a, b);
    let head_of_other_things = |b: &str| {
        scope
            .same_sentence(whole)
            .take_while(|&j| j < whole)
            .any(|j| {
                // "The 3 vans ... in 40 towns, including 52": too few vans.
                scope.comparable(part, j)
                    && scope.q(j).zip(scope.q(part)).is_some_and(|(h, p)| {
                        h.point() >= p.point()
                            && h.noun.as_deref().is_some_and(|c| other_things(c, b))
                    })
            })
    };
    let adjunct_of_other_things = wp.prev_is(&["across", "in", "at", "over", "between", "from"])
        && scope.q(part).zip(scope.q(whole)).is_some_and(|(p, w)| {
            match (p.noun.as_deref(), w.noun.as_deref()) {
                (Some(a), Some(b)) => other_things(a, b),
                (None, Some(b)) => head_of_other_things(b),
                _ => false,
            }
        });
    (attached
        && !rank
        && !members
        && !adjunct_of_other_things
        && wp.sentence == pp.sentence
        && scope.comparable(part, whole)
        && !wp.past_frame())
    .then_some(whole)
}

/// Whether the gap after a figure ends in ", including" with at most
/// eight words: the figure heads the parts that follow ("£2.6m to run last
/// year, including £1.9m ...").
pub(super) fn heads_with_including(gap: &str) -> bool {
    gap.trim_end()
        .strip_suffix("including")
        .is_some_and(|g| g.trim_end().ends_with(','))
        && gap.split_whitespace().take(9).count() <= 8
}

/// The figure "of those ..." names by the words after it (`rest`). "Those
/// who brought items back" are people: "brought back 4,100 items" counts
/// what they brought, not them.
pub(super) fn those_described(
    scope: &Scope,
    part: usize,
    rest: &str,
    words: &str,
) -> Option<usize> {
    let who = rest.split_whitespace().next() == Some("who");
    let people = |w: usize| {
        !who || scope
            .q(w)
            .and_then(|q| q.noun.as_deref())
            .is_none_or(super::synonyms::is_person)
    };
    named_antecedent(scope, part, words, people)
}

/// "160 of those affordable homes", "In almost 14,000 of those cases",
/// "5,460 of Sunday's finishers": a whole named without a figure.
pub(super) fn antecedent_of_those(scope: &Scope, part: usize) -> Option<usize> {
    let pq = scope.q(part)?;
    // "held all five of its seats": all of them, a whole of its own.
    if scope.place(part)?.prev_is(&["all"]) {
        return None;
    }
    let after = scope.text.get(pq.span.end..)?.trim_start();
    // "2,640 of these local entrants" points back as "of those" does; "14.25
    // mln dlrs of these notes" is a sum of a kind of thing.
    let these = pq.kind == Kind::Count && after.starts_with("of these ");
    // "11,300 hectares of that crop": a mass of what was just named;
    // "Sponsorship brought in $3.6m of that": a sum of the sum before.
    let that = matches!(pq.kind, Kind::Measure | Kind::Money)
        && after
            .strip_prefix("of that")
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()));
    let those = after.starts_with("of those ") || these || that;
    let mut definite = false;
    let mut owner_named = "";
    let rest = after
        .strip_prefix("of those ")
        .or_else(|| after.strip_prefix("of these ").filter(|_| these))
        .or_else(|| after.strip_prefix("of that").filter(|_| that))
        .or_else(|| {
            // "of Sunday's finishers", "of the jail's uniformed staff": a
            // possessive, then the noun, no figure.
            let rest = after.strip_prefix("of ")?;
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            // "of last year's admissions": a time owns them.
            let rest = ["last ", "this "]
                .iter()
                .find_map(|t| rest.strip_prefix(t))
                .unwrap_or(rest);
            let owner_end = rest.find(|c: char| !(c.is_alphabetic() || c == '-'))?;
            let (owner, noun) = (
                rest.get(..owner_end)?,
                rest.get(owner_end..)?.strip_prefix("'s ")?,
            );
            owner_named = owner;
            (!owner.is_empty() && !noun.starts_with(|c: char| c.is_ascii_digit())).then_some(noun)
        })
        .or_else(|| {
            // "1,210 of the cases", "of the week's visitors": handled below,
            // by the noun alone.
            // "58 of its staff": the one figure given for its staff.
            let rest = ["of the ", "of its ", "of their "]
                .iter()
                .find_map(|p| after.strip_prefix(p))?;
            definite = true;
            (!rest.starts_with(|c: char| c.is_ascii_digit() || c == '$' || c == '£' || c == '€'))
                .then_some(rest)
        })?;
    // "of the region's total foreign debt of 380 billion": the whole is
    // stated right there; "three or four of the firms": no one part.
    // Read to the clause's end only where it is used: after "the", "its", "their".
    let phrase = if definite {
        rest.split([',', ';', '.', '(']).next().unwrap_or(rest)
    } else {
        rest
    };
    // `rest` ends the text: its offset is the text's length less its own.
    // "of the region's total foreign debt of 380 billion": the noun phrase
    // states its whole a few words on.
    let rest_start = scope.text.len() - rest.len();
    let whole_in_phrase = scope.q(part + 1).is_some_and(|n| {
        let gap = scope.text.get(rest_start..n.span.start).unwrap_or("");
        n.kind.is_amount()
            && !n.kind.is_share()
            && gap.trim_end().ends_with(" of")
            && gap.split_whitespace().count() <= 6
    });
    let alternative = scope.place(part).is_some_and(|p| p.prev_is(&["or"]));
    // "of the 2024 entries" names a figure; "of the entries came from
    // harpists under 18" says more of them past the noun.
    // (The head is a slice of the phrase: its end is read from its place.)
    let noun_phrase = crate::quantity::noun::plural_head(phrase)
        .and_then(|head| {
            (head.as_ptr() as usize)
                .checked_sub(phrase.as_ptr() as usize)
                .map(|at| at + head.len())
        })
        .and_then(|end| phrase.get(..end))
        .unwrap_or(phrase);
    // "24,000 of its staff - 80% of its workforce": the part's share of
    // its owner's whole, set beside its noun, stands for that whole ("124
    // of the grants, more than half of the total" points back all the same).
    let of_its = after.starts_with("of its ") || after.starts_with("of their ");
    let share_in_phrase = of_its
        && scope.q(part + 1).is_some_and(|n| {
            let gap = scope
                .text
                .get(rest_start + noun_phrase.len()..n.span.start)
                .unwrap_or("")
                .trim();
            let set_beside =
                gap.starts_with(['-', '\u{2013}', '\u{2014}', '(', ',']) || gap.starts_with("or ");
            n.kind.is_share()
                && set_beside
                && gap.split_whitespace().count() <= 2
                && scope
                    .text
                    .get(n.span.end..)
                    .is_some_and(|t| t.trim_start().starts_with("of "))
        });
    if whole_in_phrase
        || definite && (noun_phrase.contains(|c: char| c.is_ascii_digit()) || share_in_phrase)
        || alternative
    {
        return None;
    }
    if definite {
        // "its staff" belongs to the subject just named: the like figure of
        // that noun earlier in the sentence ("The department, with 49
        // employees, ...: 58 of its staff") before any other.
        let possessed = after.starts_with("of its ") || after.starts_with("of their ");
        let in_sentence = || {
            let noun =
                crate::quantity::noun::normalise(crate::quantity::noun::plural_head(phrase)?);
            scope
                .same_sentence(part)
                .filter(|&w| w < part)
                .last()
                .filter(|&w| {
                    scope.comparable(part, w)
                        && scope
                            .q(w)
                            .and_then(|q| q.noun.as_deref())
                            .is_some_and(|n| super::synonyms::same_things(n, &noun))
                })
        };
        // "14,200 of the new arrivals": else the figure its words name
        // ("42,000 refugees arrive").
        // "in 347 of the burglaries" after "Recorded burglaries ... fell
        // from 2,480 to 1,984": the end of a change its subject names.
        let subject_of_change = || {
            find_antecedent_where(scope, part, phrase, |w| {
                !changed_subject(scope, w).is_empty()
            })
        };
        // "142 of the hearing-aid users" after "8,460 people" and "1,190
        // of those used hearing aids": a figure whose words say the head
        // names the users before one of "people" at large.
        let named = || {
            let by_noun = the_one_figure_of(scope, part, rest);
            let head =
                crate::quantity::noun::plural_head(phrase).map(crate::quantity::noun::normalise);
            let of_people_at_large = by_noun.is_some_and(|w| {
                scope
                    .q(w)
                    .and_then(|q| q.noun.as_deref())
                    .zip(head.as_deref())
                    .is_some_and(|(n, h)| !super::synonyms::same_group(n, h))
            });
            if of_people_at_large {
                counted_by_its_verb(scope, part, phrase)
                    .or(by_noun.filter(|&w| described_as(scope, w, phrase)))
            } else {
                // "2,560 of the automatic tests" after "9,420 tests" and
                // "Automatic tests made up 2,280": the figure said with the
                // phrase's modifiers before the one that lacks them.
                let described = by_noun
                    .filter(|&w| !described_as(scope, w, phrase))
                    .and_then(|_| {
                        find_antecedent_where(scope, part, phrase, |w| {
                            described_as(scope, w, phrase)
                        })
                    });
                described
                    .or(by_noun)
                    .or_else(|| counted_by_its_verb(scope, part, phrase))
            }
        };
        return possessed
            .then(in_sentence)
            .flatten()
            .or_else(|| the_group_sized(scope, part, phrase))
            .or_else(named)
            .or_else(subject_of_change);
    }
    let words = phrase_words(rest)?;
    // "58 of those hectares": a measure read as a count, of no count
    // before ("The three largest growers", "14 growers"); "12 of those
    // days" may count days, and "97,000 of those skier days" does.
    let unit = crate::quantity::noun::plural_head(&words)
        .filter(|h| words.starts_with(h))
        .and_then(crate::quantity::units::unit_word);
    if pq.kind == Kind::Count
        && unit.is_some_and(|u| u.dimension != crate::quantity::units::Dimension::Time)
    {
        return None;
    }
    // "Those" points back to what was just said: the one like amount of
    // the sentence before (unless it is added to another: "A further 410
    // are due"), else the figure its words name. A possessive ("of
    // Sunday's finishers") names its noun.
    // "The increase of 800,000 passengers": how much a group grew, not a
    // group those can be of.
    let just_said = previous_sentence_amount(scope, part).filter(|&w| {
        scope
            .place(w)
            .is_some_and(|p| !p.before_has(2, &["further", "another", "additional"]))
            && !super::change::is_difference(scope, w)
    });
    if those {
        // "410 of those who replied": a relative clause describes them,
        // and names the figure ("Some 340 people replied") before what
        // was just said does.
        // "1,310 of those working satellites": a modifier names the figure
        // ("1,180 satellites in orbit, 1,050 of them working") as a clause does.
        // "402 of those entered", "of those surveyed": a participle
        // describes them as a clause does.
        let by_verb = rest.split_whitespace().next().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
            matches!(w, "who" | "that" | "which")
                || w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
        });
        let described = by_verb || words.split_whitespace().count() >= 2;
        let named = || those_described(scope, part, rest, &words);
        // "of that crop": the nearest like measure, in its sentence or the
        // one before.
        // "shrunk back 2.3km (1.4 miles) ..., almost 600 metres of that":
        // the nearest measure of its dimension, even in another unit, is
        // what "that" names.
        if that {
            let sentence = scope.place(part)?.sentence;
            let dimension = |i: usize| scope.q(i).and_then(|q| q.unit).map(|u| u.dimension);
            return scope
                .earlier(part, 1)
                .take_while(|&w| scope.place(w).is_some_and(|p| p.sentence + 1 >= sentence))
                .find(|&w| {
                    scope.q(w).is_some_and(|q| q.kind == pq.kind) && dimension(w) == dimension(part)
                })
                .filter(|&w| scope.comparable(part, w));
        }
        // "1,310 of those satellites": else the one figure for its noun.
        qualified_by_a_figure(scope, part)
            .or_else(|| {
                (!by_verb)
                    .then(|| said_before_in_sentence(scope, part, &words, rest))
                    .flatten()
            })
            .or_else(|| described.then(named).flatten())
            .or(just_said)
            .or_else(named)
            .or_else(|| the_one_figure_of(scope, part, rest))
    } else {
        // "of the association's homes" are all it has: a figure whose
        // sentence names the owner ("The association manages 14,300
        // homes") before the nearest ("Repair teams treated 1,030 homes").
        // A day or a period owns nothing ("of Sunday's finishers").
        let names_owner = |w: usize| {
            scope
                .sentence_words(w)
                .any(|x| trim_possessives(x).eq_ignore_ascii_case(owner_named))
        };
        // "about 1,100 of Ashcombe's thatched properties" after "inspected
        // 650 of the county's roughly 1,900 thatched buildings": all of an
        // owner no sentence names are no part of some of them.
        let all_of_it = |w: &usize| whole_after_of(scope, *w).is_none();
        if owner_named.is_empty() || is_time_word(owner_named) {
            find_antecedent(scope, part, &words)
        } else {
            find_antecedent_where(scope, part, &words, names_owner)
                .or_else(|| find_antecedent(scope, part, &words).filter(all_of_it))
        }
    }
}

/// How many sentences back a sibling part may stand.
const SIBLING_SENTENCES: usize = 3;

/// "Juniors account for 410 of the members ... Women and girls make up 580
/// of the total": "the total" names no noun; it is the whole of the part
/// said just before.
fn whole_of_the_total(scope: &Scope, part: usize) -> Option<usize> {
    if let Some(whole) = dated_total(scope, part) {
        return Some(whole);
    }
    let pq = scope.q(part)?;
    let after = scope.text.get(pq.span.end..)?.trim_start();
    let rest = [
        "of the total",
        "of the overall total",
        "of that total",
        "of this total",
    ]
    .iter()
    .find_map(|p| after.strip_prefix(p))?;
    // "of the total workforce", "of the totalled": "total" is no noun here.
    if rest
        .trim_start_matches(' ')
        .starts_with(|c: char| c.is_ascii_lowercase())
    {
        return None;
    }
    let sentence = scope.place(part)?.sentence;
    let sibling = scope
        .earlier(part, 1)
        .take_while(|&k| {
            scope
                .place(k)
                .is_some_and(|p| p.sentence + SIBLING_SENTENCES >= sentence)
        })
        .find(|&k| {
            scope.comparable(part, k) && scope.place(k).is_some_and(|p| p.after_is(0, "of"))
        })?;
    whole_after_of(scope, sibling).or_else(|| antecedent_of_those(scope, sibling))
}

/// "sold 2,480 tonnes of tea last year ... Kenya supplied 870 tonnes of
/// last year's total": the one like figure, not a start, whose sentence
/// names that time.
pub(super) fn dated_total(scope: &Scope, part: usize) -> Option<usize> {
    let after = scope.text.get(scope.q(part)?.span.end..)?.trim_start();
    let rest = after.strip_prefix("of ")?;
    // A time of two words at most: only the phrase is searched, not the
    // text after it.
    let phrase = rest
        .char_indices()
        .nth(40)
        .map_or(rest, |(i, _)| rest.get(..i).unwrap_or(rest));
    let (time, mark) = ["'s total", "\u{2019}s total"].iter().find_map(|m| {
        phrase
            .find(m)
            .map(|at| (phrase.get(..at).unwrap_or(""), m.len()))
    })?;
    let rest = rest.get(time.len() + mark..).unwrap_or("");
    if time.trim().is_empty() {
        return None;
    }
    if time.split_whitespace().count() > 2
        || rest
            .trim_start_matches(' ')
            .starts_with(|c: char| c.is_ascii_lowercase())
    {
        return None;
    }
    let time: Vec<&str> = time.split_whitespace().collect();
    let names_time = |w: usize| {
        let words: Vec<&str> = scope.sentence_words(w).collect();
        words.windows(time.len()).any(|win| {
            win.iter()
                .zip(&time)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
        })
    };
    let pp = scope.place(part)?;
    let mut dated = (0..part).filter(|&w| {
        scope.comparable(part, w)
            && scope.place(w).is_some_and(|p| {
                p.sentence != pp.sentence && !p.prev_is(&["from", "than", "against", "with"])
            })
            && !super::change::is_difference(scope, w)
            && names_time(w)
    });
    match (dated.next(), dated.next()) {
        (Some(w), None) => Some(w),
        _ => None,
    }
}

/// "1,480 of those waiting over 18 months": a figure in the phrase names
/// the one whole said with the same figure beside it ("and 1,150 for
/// longer than 18 months"), not another of the same things ("4,900 have
/// been waiting more than a year").
fn qualified_by_a_figure(scope: &Scope, part: usize) -> Option<usize> {
    let qualifier = part + 1;
    let qq = scope.q(qualifier)?;
    let in_phrase = |a: usize, b: usize| {
        let gap = scope.between(a, b);
        !gap.contains([',', ';', '.', ':']) && gap.split_whitespace().count() <= 5
    };
    if scope.comparable(part, qualifier) || !in_phrase(part, qualifier) {
        return None;
    }
    let mut named = scope.earlier(part, NAMED_WHOLE_PARAGRAPHS).filter(|&w| {
        scope.comparable(part, w)
            && scope
                .q(w + 1)
                .is_some_and(|q| q.kind == qq.kind && q.value == qq.value && q.unit == qq.unit)
            && scope.in_one_sentence(w, w + 1)
            && in_phrase(w, w + 1)
    });
    match (named.next(), named.next()) {
        (Some(w), None) => Some(w),
        _ => None,
    }
}

/// "confirmed 1,280 cases of cholera, and 19 of those patients died":
/// "those" points back to a like figure earlier in its own sentence, the
/// latest of the noun it names (or of none), else the latest of all; not to a figure
/// for that noun paragraphs back.
fn said_before_in_sentence(scope: &Scope, part: usize, words: &str, rest: &str) -> Option<usize> {
    let head = crate::quantity::noun::plural_head(words).map(crate::quantity::noun::normalise);
    let like: Vec<usize> = scope
        .same_sentence(part)
        .filter(|&w| {
            w < part && scope.comparable(part, w) && !super::change::is_difference(scope, w)
        })
        .collect();
    // "Of the 450 homes, 135 were to be affordable, and 160 of those
    // affordable homes": the nearest that counts them, or counts what
    // its sentence names.
    let of_its_noun = like.iter().rev().copied().find(|&w| {
        scope
            .q(w)
            .is_some_and(|q| match (q.noun.as_deref(), head.as_deref()) {
                (Some(n), Some(h)) => super::synonyms::same_things(n, h),
                (None, _) => true,
                (Some(_), None) => false,
            })
    });
    let found = of_its_noun.or_else(|| like.last().copied())?;
    // "27 of the 40 finalists were still at school, and 31 of those
    // school-age finalists": a modifier said of the part just described
    // names that part, not its whole ("those same finalists" does not).
    let part_of_found = like
        .iter()
        .copied()
        .find(|&x| whole_after_of(scope, x) == Some(found))
        .filter(|&x| modifiers_said_since(scope, x, part, rest));
    Some(part_of_found.unwrap_or(found))
}

/// Whether the modifiers before the head noun of `phrase` ("school" of
/// "school-age finalists") are said between figures `from` and `to`.
fn modifiers_said_since(scope: &Scope, from: usize, to: usize, phrase: &str) -> bool {
    let (Some(a), Some(b)) = (scope.q(from), scope.q(to)) else {
        return false;
    };
    let said: Vec<String> = words_in(scope.text, a.span.end, b.span.start)
        .map(derived_stem)
        .collect();
    let head = crate::quantity::noun::plural_head(phrase);
    let modifiers: Vec<&str> = content_modifiers(phrase, head).collect();
    !modifiers.is_empty() && modifiers.iter().all(|m| said.contains(&derived_stem(m)))
}

/// The words of weight before the head noun of `phrase` ("school" of
/// "school-age finalists"), within the few words a noun phrase takes.
fn content_modifiers<'p>(phrase: &'p str, head: Option<&str>) -> impl Iterator<Item = &'p str> {
    phrase
        .split_whitespace()
        .take(5)
        .take_while(move |&x| Some(x) != head)
        .flat_map(|x| x.split('-'))
        .map(|x| x.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|x| x.len() > 3 && !FUNCTION_WORDS.contains(x))
}

/// `w` without its trailing "'s" (as `trim_end_matches("'s")`), without
/// setting up a substring searcher for each word of a sentence.
fn trim_possessives(mut w: &str) -> &str {
    while let Some(stem) = w.strip_suffix("'s") {
        w = stem;
    }
    w
}

/// The first three words of the noun phrase that opens `rest`, up to
/// punctuation or a figure: "cast, and ..." -> "cast".
pub(super) fn phrase_words(rest: &str) -> Option<String> {
    Some(
        rest.split(|c: char| !c.is_alphabetic() && c != ' ')
            .next()?
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// "14,200 of the new arrivals" where no figure counts arrivals: the
/// figure whose own words say the head as another word of its stem
/// ("42,000 refugees arrive"); the head itself near a figure ("five points
/// off ... Champions League") is no count of it, and a figure of an earlier
/// time ("In April last year, 2,140 people had been waiting") is not now's.
fn counted_by_its_verb(scope: &Scope, part: usize, phrase: &str) -> Option<usize> {
    let plural = crate::quantity::noun::plural_head(phrase)?;
    let lemma = crate::quantity::noun::normalise(plural);
    let counted = scope.earlier(part, NAMED_WHOLE_PARAGRAPHS).any(|w| {
        scope
            .q(w)
            .and_then(|q| q.noun.as_deref())
            .is_some_and(|n| super::synonyms::same_group(n, &lemma))
    });
    if counted {
        return None;
    }
    let head = derived_stem(plural);
    // "310 of the cancelled flights" after "Cancellations reached 240": a
    // participle before the head says what was counted, as a verb would.
    let participle = phrase
        .split_whitespace()
        .take_while(|&w| w != plural)
        .last()
        .filter(|w| w.len() > 5 && w.ends_with("ed"))
        .map(derived_stem);
    find_antecedent_where(scope, part, phrase, |w| {
        !super::change_apart::said_earlier(scope, w)
            && (stretch_words(scope, w).iter().any(|a| {
                a.len() > 3
                    && (derived_stem(a) == head && crate::quantity::noun::normalise(a) != lemma
                        || participle.as_ref().is_some_and(|p| &derived_stem(a) == p))
            }))
    })
}

/// How many paragraphs back a named whole is looked for ("Of those on the
/// waiting list", "2,150 of the jobs at risk"): a story states its main
/// figures in the lead and refers to them by name pages later; the nearest
/// match is taken, so a longer reach changes only references that found
/// nothing.
const NAMED_WHOLE_PARAGRAPHS: usize = 6;

/// "1,210 of the cases": the one figure the story gave before for the
/// phrase's plural head, within [`NAMED_WHOLE_PARAGRAPHS`]. With two
/// different figures for the noun, or none, it is not known which is meant.
pub(super) fn the_one_figure_of(scope: &Scope, part: usize, phrase: &str) -> Option<usize> {
    if names_respondents(phrase)
        && let Some(sample) = survey_sample(scope, part)
    {
        return Some(sample);
    }
    let head = crate::quantity::noun::plural_head(phrase)?;
    let noun = crate::quantity::noun::normalise(head);
    one_figure_counting(scope, part, &noun, |all| {
        qualified_figure(scope, phrase, head, all)
    })
}

/// The one figure the story gave before `part` for `noun` (its lemma);
/// with two different ones, what `settle` picks of them all.
pub(super) fn one_figure_counting(
    scope: &Scope,
    part: usize,
    noun: &str,
    settle: impl Fn(&[usize]) -> Option<usize>,
) -> Option<usize> {
    // "2,180 of the households" after "4,860 households" and a list of
    // "1,920 households", "1,640" ...: when the figures for the noun leave
    // the whole open, the one as large as the part is it, the smaller ones
    // its parts. (Words that qualify one figure decide first: "310 of the
    // engineering roles" after "3,150 people ... Engineering will lose 240".)
    let part_point = scope.q(part).map_or(0.0, |q| q.point());
    one_figure_of_size(scope, part, noun, &settle, 0.0).or_else(|| {
        one_figure_of_size(scope, part, noun, &settle, part_point)
            .filter(|&w| scope.q(w).is_some_and(|q| q.point() >= part_point))
    })
}

/// [`one_figure_counting`] among the figures of at least `least`.
fn one_figure_of_size(
    scope: &Scope,
    part: usize,
    noun: &str,
    settle: &impl Fn(&[usize]) -> Option<usize>,
    least: f64,
) -> Option<usize> {
    let mut found: Option<usize> = None;
    let mut all: Vec<usize> = Vec::new();
    let part_noun = scope.q(part).and_then(|q| q.noun.as_deref());
    for w in scope.earlier(part, NAMED_WHOLE_PARAGRAPHS) {
        let Some(wq) = scope.q(w) else { continue };
        if wq.point() < least {
            continue;
        }
        // Cheapest tests first: most earlier figures are of another kind.
        // "its staff" are the "49 employees": one group, named either way.
        // "780 searches" back-refers to "5,200 stop-and-searches": a
        // hyphened compound is its last word's thing.
        let same_noun = || {
            wq.noun.as_deref().is_some_and(|n| {
                n == noun
                    || super::synonyms::named_by(noun, n, part_noun)
                    || n.contains('-') && n.rsplit('-').next() == Some(noun)
            })
        };
        if !scope.comparable(part, w) || !same_noun() {
            continue;
        }
        // "67 cases a day" is a rate; "of the 1,940" a part's whole.
        let is_part = scope.place(w).is_some_and(|p| p.after_is(0, "of"));
        let per_period = per_period(scope, w);
        // "the most popular choice with 1,050 learners, or 34%", "2,310,
        // or exactly half": a figure given with its own share is a part,
        // not all "the learners".
        let with_share = scope.q(w + 1).is_some_and(|s| {
            let gap = scope.between(w, w + 1);
            let gap = gap.trim_end();
            s.kind.is_share()
                && (gap.ends_with(", or") || gap.ends_with('(') || gap.ends_with(','))
                && gap.split_whitespace().count() <= 3
        });
        // "Central Exchange alone recorded 390 thefts": one place's share
        // of them, not all.
        let alone = scope.place(w).is_some_and(|p| p.before_has(3, &["alone"]));
        // "The 900 extra shells", "an additional 900": how many were added,
        // not how many there are.
        let added = scope.place(w).is_some_and(|p| {
            p.prev_is(&["extra", "additional", "further", "another"])
                || p.after()
                    .next()
                    .is_some_and(|a| is_any(a, &["extra", "additional", "more"]))
        }) || super::change::is_difference(scope, w);
        if is_part
            || alone
            || added
            || figure_of_each(scope, w)
            || super::breakdown::item_of_its_own_list(scope, w)
            || with_share
            || start_or_margin(scope, w)
            || superseded_by_now(scope, w, part)
            || per_period
            || super::breakdown::is_rate(scope, w)
        {
            continue;
        }
        all.push(w);
        // "almost 2,000 cases" and "1,940 cases" are one figure.
        match found.and_then(|f| scope.q(f)) {
            Some(f) if !f.interval.overlaps(wq.interval) => {
                return the_one_of_its_own_noun(scope, part, noun).or_else(|| settle(&all));
            }
            _ => found = Some(w),
        }
    }
    found
}

/// "4,820 people ..., including 1,930 children ... 2,110 of the children":
/// of figures for a noun and its kin, the one figure for the noun itself.
fn the_one_of_its_own_noun(scope: &Scope, part: usize, noun: &str) -> Option<usize> {
    let mut own = scope.earlier(part, NAMED_WHOLE_PARAGRAPHS).filter(|&w| {
        scope.comparable(part, w)
            && scope.q(w).is_some_and(|q| q.noun.as_deref() == Some(noun))
            && !counts_more_with_and(scope, w, noun)
            && scope.place(w).is_some_and(|p| !p.after_is(0, "of"))
            && !start_or_margin(scope, w)
    });
    let first = own.next()?;
    let value = scope.q(first)?.value;
    own.all(|w| scope.q(w).is_some_and(|q| q.value == value))
        .then_some(first)
}

/// "When she took over, the school had 180 pupils ... It now has 412":
/// a figure followed within a sentence or two by a like one said to be
/// "now" is of an earlier time, no whole of a part said of now.
fn superseded_by_now(scope: &Scope, w: usize, part: usize) -> bool {
    let (Some(wp), Some(pp)) = (scope.place(w), scope.place(part)) else {
        return false;
    };
    let says_now = |p: &super::context::Place| p.before_has(3, &["now"]);
    if says_now(wp) || pp.past_frame() {
        return false;
    }
    scope.nearby(w, 1).any(|j| {
        j > w
            && j < part
            && scope.comparable(w, j)
            && scope
                .place(j)
                .is_some_and(|jp| jp.sentence <= wp.sentence + NOW_SENTENCES && says_now(jp))
    })
}

/// How many sentences after a figure a "now" figure may stand.
const NOW_SENTENCES: usize = 2;

/// "14 boats, each licensed for up to 12 passengers", "12 seats apiece":
/// a figure of each member, no group counted, so no whole.
fn figure_of_each(scope: &Scope, w: usize) -> bool {
    super::breakdown::said_of_each_member(scope, w)
        || scope
            .place(w)
            .is_some_and(|p| p.after_has(3, &["each", "apiece"]))
}

/// "down from 340": a start value, not what the story now counts;
/// "beating them by 23 runs": a margin. Neither is a whole. Not "carried
/// out by 184 volunteers", "followed by 890 cats": agents; nor "Fanciers
/// from 54 lofts entered", "volunteers drawn from 14 clubs": where things
/// come from, when no "to" follows.
fn start_or_margin(scope: &Scope, w: usize) -> bool {
    let start = scope.sentence_pairs().iter().any(|&(from, _)| from == w);
    scope.place(w).is_some_and(|p| {
        // "packs 2.2 million eggs a week from 38 farms": a rate's source.
        let rate = || {
            let mut back = p.before().rev().skip(1);
            let period = back.next().unwrap_or("");
            rate_words(back.next().unwrap_or(""), period)
        };
        let origin = || {
            (p.before().rev().nth(1).is_some_and(|n| {
                let n = n.to_ascii_lowercase();
                let participle = n.ends_with("ed")
                    || matches!(n.as_str(), "drawn" | "taken" | "chosen" | "come" | "came");
                (crate::quantity::noun::is_plural(&n) || participle)
                    && !crate::quantity::phrase::is_change_verb(&n)
            }) || rate())
                && !p.after_has(6, &["to"])
        };
        p.prev_is(&["from"]) && (start || !origin())
            || p.prev_is(&["by"]) && p.before_has(5, MARGIN_VERBS)
    })
}

/// Words of winning and losing, whose "by N" is a margin.
const MARGIN_VERBS: &[&str] = &[
    "won",
    "win",
    "wins",
    "winning",
    "beat",
    "beats",
    "beating",
    "lost",
    "lose",
    "losing",
    "defeated",
    "defeating",
    "lead",
    "leads",
    "led",
    "leading",
    "ahead",
    "trail",
    "trailed",
    "trailing",
    "behind",
];

/// "1,340 dogs and cats": a figure whose noun is joined to another counts
/// both, more than its first noun alone.
fn counts_more_with_and(scope: &Scope, w: usize, noun: &str) -> bool {
    let Some(q) = scope.q(w) else { return false };
    let after = scope.text.get(q.span.end..).unwrap_or("");
    let mut words = after
        .split_whitespace()
        .take(6)
        .skip_while(|x| crate::quantity::noun::normalise(x) != noun)
        .skip(1);
    matches!(words.next(), Some("and" | "or"))
        && words
            .next()
            .is_some_and(|x| x.len() > 3 && x.ends_with('s'))
}

/// Of several figures for one noun, the one whose sentence says the
/// phrase's other words too ("of the species recorded": "have recorded
/// 1,240 species", not "in 1996 found 870 species"), when just one does.
fn qualified_figure(scope: &Scope, phrase: &str, head: &str, figures: &[usize]) -> Option<usize> {
    let stem = |w: &str| w.get(..5).unwrap_or(w).to_ascii_lowercase();
    let phrase = phrase.split([',', ';', '.', '(']).next().unwrap_or(phrase);
    let qualifiers: Vec<String> = phrase
        .split_whitespace()
        .take(4)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphabetic())
                .trim_end_matches("'s")
                .trim_end_matches("\u{2019}s")
        })
        // "the engineering roles being cut": an auxiliary qualifies nothing.
        .filter(|w| {
            w.len() > 3
                && *w != head
                && !FUNCTION_WORDS.contains(w)
                && !matches!(*w, "being" | "been" | "still" | "also" | "currently")
        })
        .map(stem)
        .collect();
    if qualifiers.is_empty() {
        return None;
    }
    let mut named = figures.iter().copied().filter(|&w| {
        let words: Vec<String> = scope.sentence_words(w).map(stem).collect();
        qualifiers.iter().all(|q| words.contains(q))
    });
    match (named.next(), named.next()) {
        (Some(w), None) => Some(w),
        _ => None,
    }
}

/// The latest amount before `part`, within [`NAMED_WHOLE_PARAGRAPHS`],
/// like it, whose noun or following words are among `words`. When the words
/// narrow the noun with a clause ("the pharmacies that closed") and that
/// amount is the whole of a part just before it ("31 of the 310
/// pharmacies have closed"), the narrowed set is that part.
fn find_antecedent(scope: &Scope, part: usize, words: &str) -> Option<usize> {
    named_antecedent(scope, part, words, |_| true)
}

/// [`find_antecedent`] among the figures `accept` lets through; respondents
/// are the survey's sample, whatever they count.
fn named_antecedent(
    scope: &Scope,
    part: usize,
    words: &str,
    accept: impl Fn(usize) -> bool,
) -> Option<usize> {
    if names_respondents(words)
        && let Some(sample) = survey_sample(scope, part)
    {
        return Some(sample);
    }
    find_antecedent_where(scope, part, words, accept)
}

/// "make up 236 of the fleet" after "a combined fleet of 214 boats": a
/// group named alone is the one the story sized with "of".
fn the_group_sized(scope: &Scope, part: usize, phrase: &str) -> Option<usize> {
    // "of the band had learned": the group noun, then its verb ("of the
    // band members" names the members).
    let mut words = phrase.split_whitespace();
    let group = words.next()?.to_ascii_lowercase();
    if words.next().is_some_and(|w| {
        let w = w.to_ascii_lowercase();
        !crate::quantity::noun::is_function_word(&w)
            && !w.ends_with("ed")
            && !matches!(
                w.as_str(),
                "had"
                    | "has"
                    | "have"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "will"
                    | "would"
                    | "now"
                    | "still"
            )
    }) {
        return None;
    }
    // "27 of the band" after "a band of 23 ringers": any body of members.
    if !crate::quantity::noun::GROUP_NOUNS.contains(&group.as_str())
        && !super::synonyms::is_collective(&group)
    {
        return None;
    }
    let mut sized = scope.earlier(part, NAMED_WHOLE_PARAGRAPHS).filter(|&w| {
        scope.comparable(part, w)
            && scope
                .place(w)
                .is_some_and(|p| p.prev_is(&["of"]) && p.before_is(1, &group) && !p.past_frame())
    });
    match (sized.next(), sized.next()) {
        (Some(w), None) => Some(w),
        _ => None,
    }
}

/// Verbs that say who answered a survey.
const ANSWERED: &[&str] = &[
    "responded",
    "replied",
    "answered",
    "respond",
    "reply",
    "answer",
];

/// "of those who responded", "of the respondents", "of all respondents":
/// words that name a survey's sample, whatever it counted.
fn names_respondents(words: &str) -> bool {
    let mut it = words.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphabetic())
            .to_ascii_lowercase()
    });
    match it.next().as_deref() {
        Some("respondents" | "respondent" | "responses") => true,
        Some("who" | "that") => it.next().is_some_and(|w| is_any(&w, ANSWERED)),
        _ => false,
    }
}

/// Verbs that take a survey's sample.
const SURVEYED: &[&str] = &["surveyed", "polled", "questioned", "interviewed"];

/// "The council surveyed 420 park users. It found that 147 were under 16":
/// a bare count a survey's finding opens is a part of its sample.
pub(super) fn found_in_the_survey(scope: &Scope, part: usize) -> Option<usize> {
    let pp = scope.place(part)?;
    let finding = pp.prev_is(&["that"])
        && pp.before_has(2, &["found", "finds", "showed", "shows", "revealed"]);
    if !finding || scope.q(part)?.noun.is_some() {
        return None;
    }
    survey_sample(scope, part)
}

/// "a survey of 2,150 parents", "Of the 121 brewers who answered the
/// survey", "1,040 households surveyed": the nearest earlier count its
/// sentence calls a survey's sample.
pub(super) fn survey_sample(scope: &Scope, part: usize) -> Option<usize> {
    let part_point = scope.q(part)?.point();
    scope.earlier(part, NAMED_WHOLE_PARAGRAPHS).find(|&w| {
        let Some(p) = scope.place(w) else {
            return false;
        };
        let sampled = p.prev_is(&["of"]) && p.before_has(2, &["survey", "poll", "questionnaire"])
            || p.after_has(3, SURVEYED)
            // "the council surveyed 420 park users", not "Of those
            // surveyed, 640".
            || p.prev_is_close(SURVEYED)
            || p.after_has(4, &["who", "that"]) && p.after_has(5, ANSWERED)
            || p.after_has(2, ANSWERED);
        sampled
            && scope.comparable(part, w)
            && scope
                .q(w)
                .is_some_and(|q| q.point() > part_point && !q.vague)
    })
}

/// [`find_antecedent`] among the amounts that `accept` takes.
fn find_antecedent_where(
    scope: &Scope,
    part: usize,
    words: &str,
    accept: impl Fn(usize) -> bool,
) -> Option<usize> {
    // Content words only: "in", "that" would match anything.
    // A time ("rehomed last year") is said of most figures, not what they count.
    // Lengths are of the words as written: "dogs" is one, "dog" is its lemma.
    let wanted: Vec<String> = words
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| w.len() > 3 && !FUNCTION_WORDS.contains(w) && !is_time_word(w))
        .map(crate::quantity::noun::normalise)
        .collect();
    // "finishers" names "runners finished": words match by their stem.
    let stem = |w: &str| derived_stem(w);
    let wanted_stems: Vec<String> = wanted.iter().map(|w| stem(w)).collect();
    // "of Telvane's Ostbridge employees" does not name "520 roles" in
    // Ostbridge: where both nouns are known and differ, the head itself must
    // be among the figure's words ("of Sunday's finishers": "5,318 runners
    // finished").
    let head = crate::quantity::noun::plural_head(words).map(crate::quantity::noun::normalise);
    let part_noun = scope.q(part).and_then(|q| q.noun.as_deref());
    // Of the figures named, the one named most: its noun, and how many of
    // the words its sentence says before it or its words after it ("the
    // patients who have waited more than a year": "The number of patients
    // waiting more than a year ... to 1,180"); the latest of equals.
    let score = |w: usize| -> Option<usize> {
        let wq = scope.q(w)?;
        // "one of the best goals": a member, not a whole.
        if !scope.comparable(part, w)
            || wq.words && wq.value == Some(1.0)
            || singled_out(scope, w)
            || start_or_margin(scope, w)
            || super::change::is_difference(scope, w)
            || superseded_by_now(scope, w, part)
            || figure_of_each(scope, w)
            // "about 360 meteors an hour": a rate, of which no stock is part.
            || per_period(scope, w) && !said_per_period(scope, part)
            || !accept(w)
        {
            return None;
        }
        // "Of the entrants" names "14,200 runners": one group, two nouns.
        let noun_hit = wq.noun.as_ref().is_some_and(|n| {
            wanted.contains(n)
                || head
                    .as_deref()
                    .is_some_and(|h| h != n && super::synonyms::named_by(h, n, part_noun))
        });
        let following = following_words(scope, w, ANTECEDENT_WORDS);
        let words_hit = following
            .iter()
            .any(|a| a.len() > 3 && wanted_stems.contains(&stem(a)));
        // "1,006 men, 281 women and 25 people" are parts of "those
        // counted"; "the men" or "nine opposed it" names its own item.
        if !noun_hit && !words_hit && super::breakdown::in_list_of_three(scope, w) {
            return None;
        }
        // "those from the rural wards 15,700": the words may lead up to the
        // figure, right before it in its clause.
        // A table cell is named by its row's label ("| Sexual offences | 287 |").
        let before: Vec<&str> = scope
            .place(w)
            .map(|p| p.before().rev().take(2).collect())
            .filter(|b: &Vec<&str>| !b.is_empty())
            .unwrap_or_else(|| super::table::row_label_words(scope, w).collect());
        let leading_hit = scope.place(w).is_some_and(|p| !p.prev_is(FUNCTION_WORDS))
            && before
                .iter()
                .any(|a| a.len() > 3 && wanted_stems.contains(&stem(a)));
        // "Reported burglaries ... fell by a quarter last year, to 1,050
        // from 1,400": the subject of a change names its figures.
        let subject_hit = || {
            changed_subject(scope, w)
                .iter()
                .any(|a| a.len() > 3 && wanted_stems.contains(&stem(a)))
        };
        // "The town's fleet has shrunk to 146 vessels": a body of members
        // is what its members' figure counts.
        let body_of = || {
            wanted
                .first()
                .is_some_and(|w| super::synonyms::is_collective(w))
                && subject_hit()
        };
        // "Automatic tests made up 2,280 of the total": a short subject
        // opening the figure's sentence names what it counts.
        // Its head noun, not a modifier: "Local GPs referred 1,200" are no
        // "local patients".
        let opening_subject = || {
            let Some(head) = head.as_deref().map(stem) else {
                return false;
            };
            scope.place(w).is_some_and(|p| {
                let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
                let lead: Vec<&str> = words_in(scope.text, sentence.start, wq.span.start)
                    .take(6)
                    .collect();
                lead.len() <= 5
                    && lead.iter().any(|a| {
                        stem(&crate::quantity::noun::normalise(&a.to_ascii_lowercase())) == head
                    })
            })
        };
        let leading_hit = leading_hit || wq.noun.is_none() && (subject_hit() || opening_subject());
        // "of its employees" after "taking its workforce to 186": the
        // people a workforce is made of.
        let staff_of = || {
            wq.noun.is_none()
                && head
                    .as_deref()
                    .is_some_and(|h| matches!(h, "employee" | "worker" | "staff"))
                && scope
                    .words_leading_to(w, 40)
                    .any(|a| is_any(a, &["workforce", "staff", "headcount", "payroll"]))
        };
        let body = body_of() || staff_of();
        let other_things = || {
            !body
                && match (&head, &wq.noun) {
                    (Some(h), Some(n)) => {
                        !super::synonyms::same_things(h, n)
                            && !following.iter().chain(&before).any(|a| stem(a) == stem(h))
                    }
                    _ => false,
                }
        };
        if !(noun_hit || words_hit || leading_hit || body)
            || other_things()
            || labelled_kind(scope, w, &wanted_stems)
        {
            return None;
        }
        let mut own = stretch_words(scope, w);
        own.extend(super::table::row_label_words(scope, w));
        let head_stem = head.as_deref().map(stem);
        let named = wanted_stems
            .iter()
            .filter(|ws| Some(ws.as_str()) != head_stem.as_deref())
            .filter(|ws| own.iter().any(|a| a.len() > 3 && stem(a) == **ws))
            .count();
        Some(usize::from(noun_hit) + named)
    };
    // Of figures named alike, one not counted back to another time than
    // the part's: "Among the meteors were 37 fireballs" counts this year's
    // meteors, not "Last year's watch ... produced 1,310 meteors". (A year
    // named, "since work began in 2017", may frame a figure of now.)
    // Times are read only to break a tie of names: off the common path.
    let part_time = std::cell::OnceCell::new();
    let not_counted_back_apart = |w: usize| {
        let part_time = *part_time.get_or_init(|| super::time::when(scope, part));
        let time = super::time::when(scope, w);
        time == part_time
            || !matches!(time, super::time::When::Back(_))
                && !matches!(part_time, super::time::When::Back(_))
    };
    let mut found: Option<(usize, (usize, bool))> = None;
    for w in scope.earlier(part, NAMED_WHOLE_PARAGRAPHS) {
        let Some(sc) = score(w) else { continue };
        if found.is_some_and(|(_, (best, _))| sc < best) {
            continue;
        }
        let key = (sc, not_counted_back_apart(w));
        if found.is_none_or(|(_, best)| key > best) {
            found = Some((w, key));
        }
    }
    let (found, _) = found?;
    let narrowed = words
        .split_whitespace()
        .any(|w| matches!(w, "that" | "who" | "which"));
    // "Of the 212 farms supplying the co-op, 38 have stopped milking. ...
    // 45 of those farms that quit": the part may follow its whole too.
    let subset = found
        .checked_sub(1)
        .filter(|&p| narrowed && whole_after_of(scope, p) == Some(found))
        .or_else(|| {
            Some(found + 1)
                .filter(|&p| narrowed && p < part && whole_before(scope, p) == Some(found))
        });
    Some(subset.unwrap_or(found))
}

/// "- Homes referred by social care: 1,310": an item or row whose label
/// names a kind the reference does not ("Of the homes visited") counts
/// some of those things, not all of them.
fn labelled_kind(scope: &Scope, w: usize, wanted_stems: &[String]) -> bool {
    let Some(q) = scope.q(w) else { return false };
    let row = super::table::row_label_len(scope, w) > 0;
    let item = scope
        .text
        .get(..q.span.start)
        .is_some_and(|t| t.trim_end().ends_with(':'));
    if !row && !item {
        return false;
    }
    let label: Vec<&str> = if row {
        super::table::row_label_words(scope, w).collect()
    } else {
        scope
            .place(w)
            .map_or_else(Vec::new, |p| p.before().collect())
    };
    label.iter().any(|a| {
        a.len() > 3
            && a.chars().all(char::is_alphabetic)
            && !FUNCTION_WORDS.contains(&a.to_ascii_lowercase().as_str())
            && !wanted_stems.contains(&derived_stem(a))
    })
}

/// The words that open the sentence of figure `w` up to its verb of
/// change, when `w` is where that change ended ("Reported burglaries in
/// Oakhurst fell by a quarter last year, to 1,050 from 1,400": reported,
/// burglaries, Oakhurst).
fn changed_subject<'d>(scope: &Scope<'d>, w: usize) -> Vec<&'d str> {
    let Some(p) = scope.place(w) else {
        return Vec::new();
    };
    if !p.prev_is(&["to"]) {
        return Vec::new();
    }
    let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
    let Some(q) = scope.q(w) else {
        return Vec::new();
    };
    let words: Vec<&str> = words_in(scope.text, sentence.start, q.span.start).collect();
    match words
        .iter()
        .position(|x| super::change::direction(x).is_some())
    {
        Some(verb) if verb <= 6 => words.into_iter().take(verb).collect(),
        _ => Vec::new(),
    }
}

/// Whether figure `w`'s own words say the modifiers of `phrase`'s head:
/// "8,460 people" in a study are not "the hearing-aid users" unless
/// "hearing" is said of them.
fn described_as(scope: &Scope, w: usize, phrase: &str) -> bool {
    let Some(head) = crate::quantity::noun::plural_head(phrase) else {
        return false;
    };
    let own: Vec<String> = stretch_words(scope, w)
        .iter()
        .map(|x| derived_stem(x))
        .collect();
    content_modifiers(phrase, Some(head)).all(|x| own.contains(&derived_stem(x)))
}

/// The words of figure `w`'s own stretch of its sentence: back to the
/// figure before it (past the start of its change, "from 2,950 to 1,180",
/// and past a year or a span) and on to the next figure.
fn stretch_words<'d>(scope: &Scope<'d>, w: usize) -> Vec<&'d str> {
    let (Some(q), Some(p)) = (scope.q(w), scope.place(w)) else {
        return Vec::new();
    };
    let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
    let in_sentence = |j: usize| scope.place(j).is_some_and(|jp| jp.sentence == p.sentence);
    let end = scope
        .q(w + 1)
        .filter(|_| in_sentence(w + 1))
        .map_or(sentence.end, |n| n.span.start);
    let start = (0..w)
        .rev()
        .take_while(|&j| in_sentence(j))
        .find(|&j| {
            scope.q(j).is_some_and(|jq| jq.kind.is_amount())
                && !scope.place(j).is_some_and(|jp| jp.prev_is(&["from"]))
        })
        .and_then(|j| scope.q(j))
        .map_or(sentence.start, |jq| jq.span.end);
    words_in(
        scope.text,
        start.max(q.span.start.saturating_sub(300)),
        end.min(q.span.end + 300),
    )
    .collect()
}

/// How many words after a figure may name what "Of those in work" refers to
/// ("Twenty-two of the adults have found paid work").
const ANTECEDENT_WORDS: usize = 10;

/// The first `n` words after quantity `i`, within its sentence.
pub(super) fn following_words<'d>(scope: &Scope<'d>, i: usize, n: usize) -> Vec<&'d str> {
    let (Some(q), Some(p)) = (scope.q(i), scope.place(i)) else {
        return Vec::new();
    };
    let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
    words_in(scope.text, q.span.end, sentence.end.min(q.span.end + 120))
        .take(n)
        .collect()
}

/// "Harnford district: 6,300 / Harnford town centre alone: 7,150": a
/// figure said of a place or group "alone" is part of the like figure
/// before it in its paragraph (a list's item before it).
fn alone_within(scope: &Scope, part: usize) -> Option<usize> {
    let pp = scope.place(part)?;
    // "... alone: 7,150", "the centre alone 7,150": right before it;
    // "Marsh Green, alone had 218,000 visits": before its verb.
    if !pp.before_has(1, &["alone"]) {
        return pp
            .before_is(1, "alone")
            .then(|| alone_of_a_group(scope, part))
            .flatten();
    }
    // "This winter alone, 230 trees": "alone" narrows a time, part of a
    // figure over more time ("has planted 900 trees since 2019"), not of
    // one of another time ("the first 40 saplings", five years ago).
    let narrows_a_time = pp.before().rev().nth(1).is_some_and(|w| {
        is_time_word(w)
            || is_any(w, super::context::SEASONS)
            || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
    });
    let of_its_time = |w: usize| {
        !narrows_a_time
            || !other_time(scope, part, w)
                && !scope.place(w).is_some_and(|p| p.before_has(2, &["first"]))
    };
    // The item or sentence before, which the "alone" narrows.
    let whole = (part.saturating_sub(6)..part)
        .rev()
        .find(|&w| scope.comparable(part, w))?;
    let wp = scope.place(whole)?;
    (wp.sentence + 1 == pp.sentence && !wp.prev_is(&["from", "than"]) && of_its_time(whole))
        .then_some(whole)
}

/// How many words after a part may set the rest of its whole apart.
const REST_WORDS: usize = 12;

/// "Lots offered: 1,148 ... 1,184 lots had found buyers and the remaining
/// handful were offered privately": a figure whose clause goes on to "the
/// rest" of its things is a part; its whole is the one figure the story
/// gave before for those things, in another sentence and of the same time
/// (no other time word, both past or both not). Not a figure narrowed
/// by a word before its noun ("the six busiest sites, with the rest
/// free"), nor one that is itself a whole ("six of its 28 routes"; "63
/// people, 22 of them in the shop and the rest in the office"); counts
/// only ("payable 40 stg pct ... at 96.50 stg pct ..., with the remainder").
fn parted_by_a_rest(scope: &Scope, part: usize) -> Option<usize> {
    let pq = scope.q(part).filter(|q| q.kind == Kind::Count)?;
    let pp = scope.place(part)?;
    let noun = pq.noun.as_deref()?;
    let after = following_words(scope, part, REST_WORDS);
    let noun_next = after
        .first()
        .is_some_and(|w| crate::quantity::noun::normalise(w) == noun);
    // "the rest of the stock" is of other things.
    let rest_at = after.windows(3).position(|words| {
        matches!(words, [the, rest, next] if the.eq_ignore_ascii_case("the")
            && is_any(rest, &["rest", "remaining", "remainder"])
            && !is_any(next, &["of"]))
    });
    // "employs 63 people, 22 of them in the casting shop and the rest in
    // finishing": a part said of this figure first makes it the whole.
    let parted_itself = |rest: usize| {
        after
            .get(..rest)
            .unwrap_or_default()
            .windows(2)
            .any(|pair| {
                matches!(pair, [of, them] if of.eq_ignore_ascii_case("of")
                && is_any(them, &["them", "whom", "those", "these", "which"]))
            })
    };
    // "The other five cameras caught the remaining 4,300": a figure that is
    // itself the rest of its things is a sibling of those told before.
    if !noun_next
        || rest_at.is_none_or(parted_itself)
        || pp.before_has(2, &["of"])
        || pp.prev_is(&["other", "remaining"])
    {
        return None;
    }
    one_figure_counting(scope, part, noun, |_| None).filter(|&w| {
        !other_time(scope, part, w)
            && scope
                .place(w)
                .is_some_and(|p| p.sentence != pp.sentence && p.past_frame() == pp.past_frame())
    })
}

/// "Among them are 12 women, and 41 have gone on to earn the certificate":
/// in a sentence opening on a group ("Among them", "Of those"), a bare
/// figure opening a clause after "and", its verb right after it, is
/// another part of the whole of the part just before it in its sentence,
/// when that part is within it.
fn subject_beside_a_part(scope: &Scope, part: usize) -> Option<usize> {
    let pp = scope.place(part)?;
    let bare = scope.q(part)?.noun.is_none();
    let subject = pp.prev_is(&["and"])
        && pp.after_has(
            1,
            &["have", "has", "had", "are", "were", "was", "is", "will"],
        );
    // The sentence opens on the group, which scopes all its clauses.
    let sentence = scope.layout.sentence_span(pp.sentence, scope.text.len());
    let opener = scope.text.get(sentence.start..).unwrap_or("").trim_start();
    let on_the_group = POINTING_BACK.iter().any(|o| opener.starts_with(o));
    let before = part.checked_sub(1)?;
    if !bare
        || !subject
        || !on_the_group
        || scope.place(before)?.sentence != pp.sentence
        || !scope.comparable(before, part)
    {
        return None;
    }
    // A whole the part before exceeds is misread, no ground for another.
    whole_of(scope, before).filter(|&w| {
        plausible(scope, before, w)
            && scope
                .q(w)
                .zip(scope.q(before))
                .is_some_and(|(wq, bq)| bq.interval.low <= wq.interval.high)
    })
}

/// How many paragraphs back the group a figure "alone" is a part of may
/// stand.
const ALONE_PARAGRAPHS: usize = 3;

/// "The seven had 186,000 visits last year ... Marsh Green alone had
/// 218,000 visits last year": a figure said of one "alone" is a part of
/// the group's figure for the same things, of the same time. Of several,
/// any as large as the part may be the group's; else the nearest is.
fn alone_of_a_group(scope: &Scope, part: usize) -> Option<usize> {
    let pq = scope.q(part)?;
    let past = scope.place(part)?.past_frame();
    let noun = pq.noun.as_deref()?;
    let groups: Vec<usize> = scope
        .earlier(part, ALONE_PARAGRAPHS)
        .filter(|&w| {
            scope.comparable(part, w)
                && scope.q(w).is_some_and(|q| {
                    q.range.is_none()
                        && q.noun
                            .as_deref()
                            .is_some_and(|n| n == noun || super::synonyms::same_things(n, noun))
                })
                && scope.place(w).is_some_and(|p| {
                    p.past_frame() == past
                        && p.sentence != scope.place(part).map_or(0, |x| x.sentence)
                })
                && !other_time(scope, part, w)
                && !given_as_a_share(scope, w)
        })
        .collect();
    groups
        .iter()
        .copied()
        .find(|&w| {
            scope
                .q(w)
                .is_some_and(|q| q.interval.high >= pq.interval.low)
        })
        .or_else(|| groups.first().copied())
}

/// Words that single out the largest member of a group: "the Orl valley
/// was worst hit, losing 2,900 hectares", "their biggest outlay was £34m".
const LARGEST_OF: &[&str] = &[
    "biggest",
    "largest",
    "worst",
    "hardest",
    "heaviest",
    "costliest",
    "busiest",
    "highest",
    "best-attended",
];

/// "The largest single consignment, 3,400 samples", "their biggest
/// outlay was £34m": a figure said right after the words that single out
/// the largest member of a group is that member's, no whole of the
/// group's things; "the largest employer, with 3,400 staff" and "the
/// largest ever" are not.
pub(super) fn singled_out(scope: &Scope, i: usize) -> bool {
    let lead: Vec<&str> = scope.words_leading_to(i, 40).collect();
    lead.iter()
        .rposition(|w| is_any(w, LARGEST_OF))
        .and_then(|k| lead.get(k + 1..))
        .is_some_and(|after| {
            after.len() <= 3
                && !after.iter().any(|w| {
                    is_any(
                        w,
                        &[
                            "with", "ever", "since", "record", "has", "have", "had", "of",
                        ],
                    )
                })
        })
}

/// Words that state a figure as the sum over a group's members: "2,300
/// hectares across the county", "£31.6m across eight arrivals".
const OVER_MEMBERS: &[&str] = &["across", "total", "altogether", "combined", "overall"];

/// "Storm Idris flattened 2,300 hectares across the county ... The Orl
/// valley was worst hit, losing 2,900 hectares": the largest member of a
/// group is a part of the group's total, stated over its members, of the
/// same time. Of several such totals the largest is the group's.
fn largest_of_a_total(scope: &Scope, part: usize) -> Option<usize> {
    let pq = scope.q(part)?;
    let pp = scope.place(part)?;
    // "Its biggest rise in a decade", "the largest ever": a record or a
    // change is no member of a total.
    let lead: Vec<&str> = scope.words_leading_to(part, 80).collect();
    if !lead.iter().any(|w| is_any(w, LARGEST_OF))
        || lead.iter().any(|w| is_any(w, &["ever", "since", "record"]))
    {
        return None;
    }

    // A count says what it counts; a sum or a measure its unit, and the
    // member may name a kind of the group's stuff ("hectares of spruce" of
    // "hectares of forest").
    let same_things = |w: usize| pq.kind != Kind::Count || scope.same_things(part, w) == Some(true);
    scope
        .earlier(part, ALONE_PARAGRAPHS)
        .filter(|&w| {
            scope.comparable(part, w)
                && same_things(w)
                && scope.q(w).is_some_and(|q| q.range.is_none())
                && scope.place(w).is_some_and(|p| {
                    p.sentence != pp.sentence
                        && p.past_frame() == pp.past_frame()
                        && (p.after_has(6, OVER_MEMBERS) || p.before_has(3, OVER_MEMBERS))
                })
                && !other_time(scope, part, w)
                && !part_of_a_named_whole(scope, w)
        })
        .max_by(|&a, &b| {
            let value = |i: usize| scope.q(i).map_or(0.0, |q| q.point());
            value(a).total_cmp(&value(b))
        })
}

/// "640 of the jobs", "£2m of its budget": a figure said to be a part of
/// a named whole ("2,300 hectares of forest" names what it measures).
pub(super) fn part_of_a_named_whole(scope: &Scope, w: usize) -> bool {
    scope.place(w).is_some_and(|p| {
        p.after_is(0, "of")
            && p.after().nth(1).is_some_and(|d| {
                is_any(
                    d,
                    &[
                        "the", "its", "their", "his", "her", "our", "those", "these", "all",
                    ],
                )
            })
    })
}

/// "1.3 million stays, a quarter of the total", "640 of the jobs": a
/// figure given as a share or a part of something is no group's whole.
fn given_as_a_share(scope: &Scope, w: usize) -> bool {
    let beside = scope.q(w + 1).is_some_and(|q| q.kind.is_share())
        && scope.between(w, w + 1).split_whitespace().count() <= 3;
    beside || scope.place(w).is_some_and(|p| p.after_is(0, "of"))
}

/// "212 sat the exam, of whom 131 passed", "1,200 cases, of which 340
/// ...": a part after "of whom" or "of which" is a part of the figure
/// right before.
pub(super) fn of_whom_before(scope: &Scope, part: usize) -> Option<usize> {
    let pp = scope.place(part)?;
    // The nearest like figure before, past others of another kind ("610
    // patients had waited more than a year, of whom 740"; "£38.6m, of
    // which its 52 pubs brought in £41.3m").
    let whole = (part.saturating_sub(4)..part)
        .rev()
        .find(|&w| scope.comparable(part, w))?;
    let gap = scope.between(whole, part);
    // Fourteen words at most: a longer gap is not read.
    if gap.len() > 120 {
        return None;
    }
    let relative = [", of whom", ", of which"].iter().any(|r| gap.contains(r))
        && gap.split_whitespace().take(15).count() <= 14
        && !gap.contains([';', '.']);
    (relative && scope.place(whole)?.sentence == pp.sentence).then_some(whole)
}

/// "The tanker spilled 4,000 tonnes of oil. Crews recovered 3,600 tonnes
/// of it": an amount "of it" (or "of that") is a part of the one like
/// amount before it in its sentence, else of the sentence before (a mass,
/// measured or paid, not counted).
fn antecedent_of_it(scope: &Scope, part: usize) -> Option<usize> {
    let (pq, pp) = (scope.q(part)?, scope.place(part)?);
    // "of that" alone, not "of that grade".
    let glued = scope.text.get(pq.span.end..).is_some_and(|t| {
        let t = t.trim_start();
        t.starts_with("of it")
            || t.strip_prefix("of that")
                .is_some_and(|r| r.is_empty() || r.starts_with([',', '.', ';', ')']))
    });
    if !(matches!(pq.kind, Kind::Money | Kind::Measure)
        && glued
        && pp.after_is(0, "of")
        && (pp.after_is(1, "it") || pp.after_is(1, "that")))
    {
        return None;
    }
    // "sold 8.5 tonnes of snails, about 18,700lb": a conversion beside the
    // amount is the same amount, in another unit.
    let converts_previous = |w: usize| {
        w > 0
            && scope.comparable(w - 1, w)
            && scope.q(w - 1).map(|q| q.unit) != scope.q(w).map(|q| q.unit)
            && {
                let gap = scope.between(w - 1, w);
                gap.split_whitespace().count() <= 2
                    && gap
                        .split(|c: char| !c.is_ascii_alphabetic())
                        .all(|x| matches!(x, "" | "about" | "or" | "some" | "roughly"))
            }
    };
    let like = |w: &usize| scope.comparable(part, *w) && !converts_previous(*w);
    // "shrunk back 2.3km since the first survey, almost 600 metres of that
    // since 2000": its own sentence's amount first.
    // An amount of its kind in another unit there is it, and not known.
    let own: Vec<usize> = scope
        .same_sentence(part)
        .filter(|&w| w < part && scope.q(w).is_some_and(|q| q.kind == pq.kind))
        .collect();
    let candidates: Vec<usize> = if own.is_empty() {
        scope.sentence_before(part).filter(like).collect()
    } else {
        own.into_iter().filter(like).collect()
    };
    let [whole] = candidates[..] else {
        return None;
    };
    let wp = scope.place(whole)?;
    (!wp.prev_is(&["from", "than"]) && !wp.past_frame()).then_some(whole)
}

/// "The university allocated all 4,200 beds, and 4,650 of them went to
/// ...": "of them" right after a figure stated as all of something; "18
/// titles, 21 of which ...": "of which" or "of whom" right after any.
fn antecedent_of_them(scope: &Scope, part: usize) -> Option<usize> {
    let pp = scope.place(part)?;
    let relative = pp.after_is(1, "which") || pp.after_is(1, "whom");
    // "212, of whom 131": the relative is said of the 212, not by it.
    let glued = scope.q(part).is_some_and(|q| {
        scope
            .text
            .get(q.span.end..)
            .is_some_and(|t| t.trim_start().starts_with("of "))
    });
    // "and 392 of those, around two in five, were ...": "those" alone
    // stands for them, as "of those cases" names its noun.
    let bare_those = pp.after_is(1, "those")
        && scope.q(part).is_some_and(|q| {
            scope.text.get(q.span.end..).is_some_and(|t| {
                t.trim_start()
                    .strip_prefix("of those")
                    .is_some_and(|r| r.starts_with([',', '.', ';', ')']))
            })
        });
    if !(glued && pp.after_is(0, "of") && (pp.after_is(1, "them") || bare_those || relative)) {
        return None;
    }
    // "300 people in 12 countries, 150 of them": a figure after a
    // preposition is an adjunct, not what the pronoun stands for.
    // "came from only 412 households": past a word of degree.
    // "Damp was recorded in 226 of the flats": a part of a named whole is
    // what a later "of them" narrows, after any preposition.
    let part_of_named = |w: usize| part_of_a_named_whole(scope, w);
    let adjunct = |w: usize| {
        let Some(q) = scope.q(w) else { return false };
        // "Supporters in 12 countries, 150 of them in Spain": a part
        // larger than the subject's size is of the subject's noun.
        let holds_part = scope.q(part).is_some_and(|p| p.point() <= q.point());
        if part_of_named(w) || holds_part && sizes_the_subject(scope, w) {
            return false;
        }
        let before = scope.text.get(..q.span.start).unwrap_or("");
        before
            .split_whitespace()
            .rev()
            .take(3)
            .find(|w| !is_any(w, DEGREE_WORDS))
            .is_some_and(|w| {
                is_any(
                    w,
                    &["in", "across", "at", "from", "over", "for", "with", "on"],
                )
            })
    };
    // "delivered 1,900 of its robots to 37 customers": after "to", a count
    // of other things than a figure before it is the verb's adjunct; "rose
    // from 300 to 480" is not.
    let adjunct = |w: usize| {
        adjunct(w)
            || w > 0
                && scope.place(w).is_some_and(|p| p.prev_is(&["to"]))
                && scope.same_things(w - 1, w) == Some(false)
    };
    if let Some(w) = subject_them(scope, part) {
        return Some(w);
    }
    let mut whole = part.checked_sub(1)?;
    // "all 7,300 infant pupils in year 1 and year 2": names are no figures;
    // "140 stalls, the most in its 31-year history. 96 of them": nor are
    // amounts of another kind what "them" counts.
    while whole > 0 && !scope.comparable(part, whole) {
        whole -= 1;
    }
    // "14 sharks of five species, nine of them sand tiger sharks": the part
    // names its own kind, and the nearest figure only says what the larger
    // one before is "of", so "them" stands for that one.
    let of_the_one_before = scope.place(whole).is_some_and(|p| p.prev_is(&["of"]));
    let larger = |o: usize| {
        scope
            .q(o)
            .zip(scope.q(part))
            .is_some_and(|(w, p)| w.point() > p.point())
    };
    if of_the_one_before
        && scope.same_things(part, whole) == Some(false)
        && let Some(named) = scope
            .same_sentence(whole)
            .filter(|&o| {
                o < whole
                    && scope.comparable(part, o)
                    && scope.same_things(part, o) == Some(true)
                    && larger(o)
            })
            .last()
    {
        whole = named;
    }
    while adjunct(whole) && whole > 0 && scope.comparable(part, whole - 1) {
        whole -= 1;
    }
    // The pronoun stands right after its noun phrase's clause: "18 titles,
    // 21 of which", "9,400 passes were sold, 11,200 of them", "about
    // 14,000, with 16,500 of them".
    let next_to = |gap: &str| {
        let gap = gap.trim_end();
        (gap.ends_with(',') || gap.ends_with(", with")) && gap.split_whitespace().count() <= 6
    };
    // "bought from 340 farms in the region, 85 of them within 10 miles",
    // "puts the audience at about 14,000, with 16,500 of them": an adjunct
    // right before, with no figure of its kind before it in the sentence,
    // larger than the part or with no noun of its own, is what the pronoun
    // stands for ("in 12 countries, 150 of them" is not).
    let first_of_sentence = || {
        !scope
            .same_sentence(whole)
            .any(|o| o < whole && scope.comparable(part, o))
    };
    let larger_or_bare = || {
        scope
            .q(whole)
            .zip(scope.q(part))
            .is_some_and(|(w, p)| w.point() > p.point() || w.noun.is_none())
    };
    if adjunct(whole)
        && !(next_to(scope.between(whole, part)) && first_of_sentence() && larger_or_bare())
    {
        return None;
    }
    let wp = scope.place(whole)?;
    // "all 4,200 beds", "a total of 64 lorries".
    let stated_whole = stated_as_total(scope, whole);
    if wp.sentence == pp.sentence {
        // "520,000 passengers used the airport, and SkyTrek carried 570,000
        // of them": a counted noun is what "them" stands for, a clause on.
        let counted = scope.q(whole).is_some_and(|q| q.noun.is_some())
            && scope.between(whole, part).split_whitespace().count() <= 14;
        let beside = next_to(scope.between(whole, part)) || counted;
        return ((stated_whole || beside) && scope.comparable(part, whole)).then_some(whole);
    }
    // "... all 7,300 infant pupils are entitled. On census day, 8,150 of
    // them took one": a whole stated as all, the sentence before; or
    // "The trust's 1,150 nurses ...": a definite group, the only like
    // figure of the sentence before.
    let definite = wp.prev_is(&["the", "its", "their"])
        || wp.prev().ends_with("'s")
        || wp.prev().ends_with("\u{2019}s");
    let only_one = || {
        scope
            .same_sentence(whole)
            .filter(|&o| scope.comparable(part, o) && !adjunct(o))
            .count()
            == 1
    };
    // "The circle has 64 knitters, who meet at a cafe. Twenty-one of
    // them": the counted noun is the last plural the sentence names.
    // "... 58 public viewing nights. Cloud forced the cancellation of 64
    // of them": nor may the part's own sentence name a plural before it.
    let last_plural = scope.q(whole).is_some_and(|q| q.noun.is_some())
        && no_plural_before(scope, part)
        && no_plural_after(scope, whole);
    let named_part = part_of_named(whole) && !set_in_parallel(scope, whole, part);
    // "run by volunteers, and 64 are on this year's rota. ... 71 of them":
    // a bare figure as the subject of its clause is the group itself, when
    // no like figure before it in its paragraph counted the group ("The mill
    // has 90 volunteers ... 64 are on the rota": a subgroup), and it is no
    // item of a list ("- 82 were still in care").
    let bare_subject = || {
        scope.q(whole).is_some_and(|q| q.noun.is_none())
            && wp.after().next().is_some_and(|w| {
                is_any(
                    w,
                    &[
                        "are", "were", "have", "had", "will", "would", "remain", "remained",
                    ],
                )
            })
            && !scope.earlier(whole, 0).any(|o| scope.comparable(whole, o))
            && !super::list::on_item_line(scope, whole)
    };
    ((stated_whole || (definite || named_part || last_plural || bare_subject()) && only_one())
        && wp.sentence + 1 == pp.sentence
        && scope.comparable(part, whole)
        && !scope
            .same_sentence(part)
            .any(|o| o < part && scope.comparable(part, o)))
    .then_some(whole)
}

/// "Fanciers from 54 lofts entered the race": a figure after a preposition
/// right after the plural noun opening its sentence ("The fanciers from")
/// sizes the subject, the one group counted there, when its lead holds no
/// figure.
fn sizes_the_subject(scope: &Scope, w: usize) -> bool {
    let lead = scope.sentence_lead(w);
    if lead.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = lead.split_whitespace().collect();
    // "This year seeds from 264 species were sown": past a time it opens on.
    let words = match words.as_slice() {
        [this, time, rest @ ..]
            if is_any(this, &["This", "Last"]) && is_time_word(time.trim_end_matches(',')) =>
        {
            rest
        }
        all => all,
    };
    let opening = match words {
        [noun, preposition] => Some((noun, preposition)),
        [the, noun, preposition] if is_any(the, &["The"]) => Some((noun, preposition)),
        _ => None,
    };
    opening.is_some_and(|(noun, preposition)| {
        is_any(preposition, &["from", "in", "at", "across"])
            && crate::quantity::noun::is_plural(&noun.to_ascii_lowercase())
    })
}

/// Words of degree a figure's preposition may stand past: "from only 412".
const DEGREE_WORDS: &[&str] = &[
    "only", "just", "some", "about", "around", "nearly", "almost",
];

/// "was seen at 45 of the ponds. The chaser turned up at 24 of them": a
/// part set as a part of a named whole before it was is another part of
/// that whole, not a part of it.
pub(super) fn set_in_parallel(scope: &Scope, earlier: usize, part: usize) -> bool {
    let named = part_of_a_named_whole(scope, earlier);
    let preposition = |i: usize| {
        scope.place(i).and_then(|p| {
            p.before()
                .rev()
                .find(|w| !is_any(w, DEGREE_WORDS))
                .map(str::to_ascii_lowercase)
                .filter(|w| is_any(w, &["in", "at", "on", "from", "across", "among", "by"]))
        })
    };
    named && preposition(earlier).is_some_and(|w| preposition(part) == Some(w))
}

/// Whether the sentence of `part` names no plural before it, which "of
/// them" could stand for.
fn no_plural_before(scope: &Scope, part: usize) -> bool {
    // The sentence's first word is capitalised only for its place.
    let words: Vec<&str> = words_of(scope.sentence_lead(part)).collect();
    let first = words.first().map(|w| w.to_ascii_lowercase());
    no_plural_in(
        first
            .as_deref()
            .into_iter()
            .chain(words.iter().skip(1).copied()),
    )
}

/// Whether no word of `words` is a lower-case plural. A word that may be a
/// plural (or a verb in "s") counts: doubt keeps the pronoun unread.
fn no_plural_in<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    words
        .all(|w| !w.chars().all(|c| c.is_ascii_lowercase()) || !crate::quantity::noun::is_plural(w))
}

pub(super) fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

/// Whether the sentence of `whole` names no plural past its own noun
/// ("58 public viewing nights between March and July"), so that a part
/// with "of them" in the next sentence can only be of it.
fn no_plural_after(scope: &Scope, whole: usize) -> bool {
    let (Some(q), Some(wp)) = (scope.q(whole), scope.place(whole)) else {
        return false;
    };
    let end = scope
        .layout
        .sentence_span(wp.sentence, scope.text.len())
        .end;
    let rest = scope.text.get(q.span.end..end).unwrap_or("");
    let noun_at = q.noun.as_deref().and_then(|noun| {
        words_of(rest)
            .take(4)
            .position(|w| crate::quantity::noun::normalise(w) == noun)
    });
    no_plural_in(words_of(rest).skip(noun_at.map_or(1, |n| n + 1)))
}

/// "Climbing accidents were concentrated on Raven Scar, which accounted
/// for 33 of them": with no figure before it in its sentence, "them" is
/// the sentence's plural subject, whose one figure the story gave before.
fn subject_them(scope: &Scope, part: usize) -> Option<usize> {
    let pp = scope.place(part)?;
    if scope
        .same_sentence(part)
        .any(|o| o < part && scope.comparable(part, o))
    {
        return None;
    }
    let start = scope
        .layout
        .sentence_span(pp.sentence, scope.text.len())
        .start;
    let head = scope.text.get(start..scope.q(part)?.span.start)?;
    let words: Vec<&str> = head.split_whitespace().take(4).collect();
    let verb = words.iter().position(|w| is_any(w, &["were", "are"]))?;
    let subject = words.get(..verb)?;
    let plural = subject.last().is_some_and(|w| {
        w.len() > 3 && w.ends_with('s') && w.chars().all(|c| c.is_ascii_alphabetic())
    });
    // Only in a relative clause: "Officers have since recovered 12 of
    // them" is of the object named before, not the subject.
    let relative = pp.before_has(5, &["which", "who"]);
    if !plural || !relative {
        return None;
    }
    the_one_figure_of(scope, part, &subject.join(" "))
}

/// "4,200 beds in total" beside "4,650 beds allocated to ...": a total and
/// the amounts of the same noun that are parts of it.
fn totals(scope: &Scope, claims: &mut Vec<Claim>) {
    for whole in 0..scope.quantities.len() {
        let (Some(wq), Some(wp)) = (scope.q(whole), scope.place(whole)) else {
            continue;
        };
        // "A total of seven of 12 indicators": the total is itself a part.
        if !is_total(wp)
            || total_cue_of_next(scope, whole)
            || !wq.kind.is_amount()
            || wq.kind.is_share()
            || wp.past_frame()
            || whole_after_of(scope, whole).is_some()
        {
            continue;
        }
        for part in scope.nearby(whole, 1) {
            // "a total of three or four cargoes": alternatives.
            if part == whole
                || !scope.comparable(part, whole)
                || !plausible(scope, part, whole)
                || matches!(scope.between(whole, part).trim(), "or" | "to")
            {
                continue;
            }
            let (Some(pq), Some(pp)) = (scope.q(part), scope.place(part)) else {
                continue;
            };
            // A total is someone's total: it sums what its sentence or the
            // one before says; a figure in the next sentence is as likely
            // someone else's ("22 points in total ... gave Smith 26 points").
            if pp.sentence + 1 < wp.sentence
                || wp.sentence < pp.sentence
                || pp.sentence != wp.sentence
                    && (other_time(scope, part, whole) || dated_apart(scope, part, whole))
                || pp.past_frame()
                || is_total(pp)
                || pq.range.is_some()
            {
                continue;
            }
            // "a total of 2.41bn of 13-week bills, 3.05bn of two-year
            // bills and ...": a total that heads a list is said of each item.
            let gap = scope.between(whole, part);
            if part > whole
                && pp.sentence == wp.sentence
                && gap.contains(',')
                && !gap.contains(':')
                && !["including", "which", "whom"]
                    .iter()
                    .any(|w| gap.contains(w))
            {
                continue;
            }
            let same_noun = pq.noun.is_some() && pq.noun == wq.noun;
            // The total's own words stop at the part: in "a total of 68
            // working and 131 idled", "idled" is said of the 131.
            let whole_words: Vec<&str> = if part > whole {
                wp.after()
                    .take(gap.split_whitespace().count().min(4))
                    .collect()
            } else {
                wp.after().take(4).collect()
            };
            let shared_verb = (pq.noun.is_none() || wq.noun.is_none())
                && shares_stem(&pp.after().take(4).collect::<Vec<_>>(), &whole_words, 5);
            if same_noun || shared_verb {
                claims.push(Claim::PartOfWhole { part, whole });
            }
        }
    }
}

/// The words of a sentence that date what it says: months ("March", not
/// "may"), weekdays, "yesterday", "today", "week", "month", "year".
fn time_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| is_time_word(w))
        .map(str::to_ascii_lowercase)
        .collect()
}

/// A word that dates: a month or weekday written with its capital, or a
/// period ("week", "year"). Also what owns nothing in "of Sunday's
/// finishers".
pub(super) fn is_time_word(w: &str) -> bool {
    let capital = w.starts_with(|c: char| c.is_ascii_uppercase());
    let l = w.to_ascii_lowercase();
    capital && crate::quantity::lexicon::month(&l)
        || matches!(
            l.as_str(),
            "yesterday" | "today" | "week" | "month" | "year" | "quarter" | "season" | "weekend"
        )
        || capital && l.ends_with("day") && l.len() > 5
}

/// Whether two sentences are dated differently ("in March" and "last
/// week"): a figure of one is not part of a total of the other.
pub(super) fn other_time(scope: &Scope, a: usize, b: usize) -> bool {
    let words = |i: usize| {
        scope.place(i).map(|p| {
            let s = scope.layout.sentence_span(p.sentence, scope.text.len());
            time_words(scope.text.get(s.start..s.end).unwrap_or(""))
        })
    };
    match (words(a), words(b)) {
        (Some(x), Some(y)) => !x.is_empty() && !y.is_empty() && !x.iter().any(|w| y.contains(w)),
        _ => false,
    }
}

/// "Six of the 12 members are under 40. When the guild was refounded in
/// 2015 it had just five members in total": the total's sentence is dated
/// by a year the part's sentence does not name, so it counts another time.
fn dated_apart(scope: &Scope, part: usize, whole: usize) -> bool {
    // "When ... in 2015 it had just five": said of that year in the past.
    let past = scope
        .place(whole)
        .is_some_and(|p| p.before_has(3, &["had", "was", "were"]));
    let part_years = sentence_years(scope, part);
    past && sentence_years(scope, whole)
        .iter()
        .any(|y| !part_years.contains(y))
}

/// The years the sentence of figure `i` names ("in 2015").
pub(super) fn sentence_years(scope: &Scope, i: usize) -> Vec<f64> {
    scope
        .same_sentence(i)
        .filter_map(|j| scope.q(j).filter(|q| q.kind == Kind::Year)?.value)
        .collect()
}

/// The dates a figure's sentence names: "last" and a time word ("last
/// year", "Last year's"), and its years.
pub(super) fn sentence_dates(scope: &Scope, i: usize) -> Vec<String> {
    let mut words = scope.sentence_words(i).map(|w| w.to_ascii_lowercase());
    let mut found = Vec::new();
    let mut previous = words.next();
    for w in words {
        let period = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        if previous.as_deref() == Some("last") && is_time_word(period) {
            found.push(period.to_string());
        }
        previous = Some(w);
    }
    found.extend(sentence_years(scope, i).iter().map(f64::to_string));
    found
}

/// A figure stated as all of its things: "all 4,200 beds", "a total of
/// 4,200", "The county total for lesser horseshoes was 186".
pub(super) fn stated_as_total(scope: &Scope, w: usize) -> bool {
    scope
        .place(w)
        .is_some_and(|p| p.prev_is(&["all"]) || is_total(p))
        || total_is(scope, w)
}

/// "The county total for lesser horseshoes was 186": a clause whose
/// subject is a total and whose verb is "to be" states it; not "The total
/// was 14 higher", a difference.
fn total_is(scope: &Scope, w: usize) -> bool {
    let Some(p) = scope.place(w) else {
        return false;
    };
    if p.after_has(
        1,
        &[
            "higher", "lower", "more", "fewer", "less", "up", "down", "above", "below",
        ],
    ) {
        return false;
    }
    let head = scope.sentence_lead(w);
    let clause = head
        .rfind([',', ';', ':', '(', '\n'])
        .and_then(|at| head.get(at + 1..))
        .unwrap_or(head);
    let words: Vec<&str> = clause.split_whitespace().collect();
    words
        .last()
        .is_some_and(|v| is_any(v, &["was", "is", "were", "are"]))
        && words.len() <= 8
        && words.iter().any(|w| w.eq_ignore_ascii_case("total"))
}

/// "All but 52 lots sold, 790 in total": a trailing "in total" that the
/// next like figure of the sentence also reaches is that nearer figure's.
fn total_cue_of_next(scope: &Scope, whole: usize) -> bool {
    let (Some(wp), Some(np)) = (scope.place(whole), scope.place(whole + 1)) else {
        return false;
    };
    let led = wp.prev_is(&["of"]) && wp.before_has(2, &["total"]);
    // "12 in total in 2023 and 15 in total in 2024": each its own.
    let own_cue = ["total", "altogether"]
        .iter()
        .any(|c| scope.between(whole, whole + 1).contains(c));
    !led && !own_cue
        && scope.comparable(whole, whole + 1)
        && np.sentence == wp.sentence
        && (np.after_pair(4, "in", "total") || np.after_has(4, &["altogether"]))
}

/// "4,200 beds in total", "a total of 4,200", "4,200 altogether".
pub fn is_total(p: &super::context::Place) -> bool {
    p.after_pair(4, "in", "total")
        || p.prev_is(&["of"]) && p.before_has(2, &["total"])
        || p.after_has(4, &["altogether"])
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::{markdown_rules, rules};

    #[test]
    fn in_total_is_said_of_the_nearest_figure_before_it() {
        let text = "Sale\n\nThe sale's 842 lots drew bidders from 31 countries. All but 52 lots sold, 790 in total.\n";
        assert!(rules(text).is_empty());
        // Said of the figure itself, the total still sums the sentence before.
        let own = "Sale\n\nThe sale's 842 lots drew bidders from 31 countries. Buyers took 52 lots in total.\n";
        assert_eq!(rules(own), ["part-exceeds-whole"]);
    }

    #[test]
    fn them_in_a_later_clause_is_the_last_plural_counted_before() {
        let text = "Observatory\n\nThe observatory scheduled 58 public viewing nights between March and July. Cloud forced the cancellation of @ of them, most in June.\n";
        assert!(rules(&text.replace('@', "12")).is_empty());
        assert_eq!(rules(&text.replace('@', "64")), ["part-exceeds-whole"]);
        // A plural before the part in its own sentence may be what "them" is.
        let other = text.replace("Cloud forced", "High winds forced");
        assert!(rules(&other.replace('@', "64")).is_empty());
        // The sentence's first word too, capitalised for its place.
        let fair = "Fair\n\nThe fair had 58 stalls. Families flocked in, and 640 of them entered the raffle.\n";
        assert!(rules(fair).is_empty());
    }

    #[test]
    fn them_named_by_its_kind_is_the_figure_of_that_kind() {
        let text = "Aquarium\n\nThe tank is home to 14 sharks of five species, @ of them sand tiger sharks.\n";
        assert!(rules(&text.replace('@', "nine")).is_empty());
        assert_eq!(rules(&text.replace('@', "16")), ["part-exceeds-whole"]);
        // Past a figure that is no adjunct "of" the one before, "them" is
        // the nearest one's.
        let fleet = "Fleet\n\nThe firm runs 14 buses and 60 coaches, @ of them school buses.\n";
        assert!(rules(&fleet.replace('@', "20")).is_empty());
    }

    #[test]
    fn a_subject_sized_after_a_time_it_opens_on_is_what_them_counts() {
        let text = "Seeds\n\nThis year seeds from 264 species were sown in the test room, and 198 of them, about @, produced healthy seedlings.\n";
        assert!(rules(&text.replace('@', "three-quarters")).is_empty());
        assert_eq!(rules(&text.replace('@', "half")), ["proportion-mismatch"]);
    }

    #[test]
    fn a_total_said_with_to_be_is_the_whole_of_them() {
        let text = "Bats\n\nThe county total for lesser horseshoes was 186, and the largest colony, under the roof of the church, held @ of them on the night.\n";
        assert!(rules(&text.replace('@', "112")).is_empty());
        assert_eq!(rules(&text.replace('@', "212")), ["part-exceeds-whole"]);
        // A total said higher than another is a difference, no whole.
        let higher = "Show\n\nThe total was 14 higher than in 2022, and 20 of them were first-time entrants.\n";
        assert!(rules(higher).is_empty());
    }

    #[test]
    fn a_total_dated_by_a_year_the_part_does_not_name_counts_another_time() {
        let text = "Guild\n\nNine of the 14 carvers are under 30. When the guild began in 2009 it had just @ carvers in total.\n";
        assert!(rules(&text.replace('@', "six")).is_empty());
        // Undated, the total is the guild's now, and the part exceeds it.
        let undated = text.replace("When the guild began in 2009 it had", "It has");
        assert_eq!(
            rules(&undated.replace('@', "six")),
            ["part-exceeds-whole"; 2]
        );
    }

    #[test]
    fn where_a_group_is_drawn_from_sizes_what_of_the_noun_points_to() {
        let text = "Pacers\n\nThe pacers are volunteers drawn from 14 running clubs. @ of the clubs have supplied more than one pacer.\n";
        assert!(rules(&text.replace('@', "Nine")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "Seventeen")),
            ["part-exceeds-whole"]
        );
        // A rate drawn from its sources: "eggs a week from 38 farms".
        let eggs = "Eggs\n\nThe centre packs about 2.2 million eggs a week from 38 farms. Of those farms, @ keep free-range flocks.\n";
        assert!(rules(&eggs.replace('@', "19")).is_empty());
        assert_eq!(rules(&eggs.replace('@', "49")), ["part-exceeds-whole"]);
    }

    #[test]
    fn a_total_now_is_no_other_time_for_a_year_in_an_aside() {
        let text = "Guild\n\nFifteen carvers are under 30. The guild, founded in 1952, has 14 carvers in total.\n";
        assert_eq!(rules(text), ["part-exceeds-whole"]);
    }

    #[test]
    fn all_of_an_owners_things_are_no_part_of_some_of_them() {
        let text = "Roofs\n\nSurveyors visited 640 of the county's roughly 2,000 slate roofs and found 210 needed work.\n\nListed buildings account for about @ of Ashby's slate roofs.\n";
        assert!(rules(&text.replace('@', "1,200")).is_empty());
    }

    #[test]
    fn them_opening_a_sentence_is_the_last_plural_counted_before() {
        let text = "Knitting\n\nThe circle has 64 knitters, who meet every Thursday at the Corn Mill @. Seventy of them are over 80.\n";
        assert_eq!(rules(&text.replace('@', "cafe")), ["part-exceeds-whole"]);
        // "them" may be the cafes, or the children.
        assert!(rules(&text.replace('@', "cafes")).is_empty());
        assert!(rules(&text.replace("at the Corn Mill @", "with the children")).is_empty());
    }

    #[test]
    fn of_the_noun_is_read_past_a_clause_that_names_other_figures() {
        let text = "Kilns\n\nThe open day drew 182 visitors. Families led the way: @ of the visitors came with children under 12, the potters said.\n";
        assert_eq!(rules(&text.replace('@', "218")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "128")).is_empty());
    }

    #[test]
    fn a_figure_whose_clause_sets_the_rest_apart_is_a_part_of_the_one_before() {
        let text = "Stamps\n\nThe sale offered 1,148 lots. By the close, @ lots had found buyers and the remaining handful were sold privately.\n";
        assert_eq!(rules(&text.replace('@', "1,184")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "1,120")).is_empty());
        // A figure narrowed before its noun is a subset of another count.
        let narrowed = "Toilets\n\nThe plan adds changing places at four sites. Payment comes at the six busiest sites, with the rest free.\n";
        assert!(rules(narrowed).is_empty());
        // A figure parted "of them" before the rest is the rest's whole.
        let whole = "Foundry\n\nIt will take on 14 apprentices. The foundry employs 63 people, 22 of them in the casting shop and the rest in the office.\n";
        assert!(rules(whole).is_empty());
        // "The other five cameras caught the remaining 4,300": a rest of
        // its own is a sibling of the figure before.
        let sibling = "Cameras\n\nThe three busiest cameras caught 11,080 drivers.\n\nThe other five cameras caught the remaining 4,300 between them.\n";
        assert!(rules(sibling).is_empty());
    }

    #[test]
    fn a_share_of_members_whose_ages_are_given_is_of_the_members() {
        let text = "Quilts\n\nThe bee has 31 members, aged from 19 to 88. Nine of them are under 40, or @.\n";
        assert!(rules(&text.replace('@', "29%")).is_empty());
        assert_eq!(rules(&text.replace('@', "39%")), ["proportion-mismatch"]);
    }

    #[test]
    fn a_bare_subject_after_a_part_is_another_part_of_its_whole() {
        let text = "Walls\n\nThe project has trained 34 new wallers since 2022. Among them are 12 women, and @ have gone on to earn a certificate.\n";
        assert_eq!(rules(&text.replace('@', "41")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "14")).is_empty());
        // With a noun of its own it counts other things.
        assert!(rules(&text.replace('@', "41 visitors")).is_empty());
    }

    #[test]
    fn a_figure_after_from_is_where_things_come_from_when_no_to_follows() {
        let text = "Race\n\nFanciers from 54 lofts entered the race. Nine of them, about @, lost every bird.\n";
        assert_eq!(
            rules(&text.replace('@', "one in three")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "one in six")).is_empty());
        // "from 54 to 27" is a change's start, no whole: the 27 is.
        let start = "Race\n\nEntries fell from 54 lofts to 27 lofts. Nine of them, about one in three, lost every bird.\n";
        assert!(rules(start).is_empty());
    }

    #[test]
    fn readings_of_a_rest_a_subject_and_an_origin_stay_silent_on_other_shapes() {
        // A part larger than the places its subject comes from counts the subject.
        assert!(
            rules(
                "Letter\n\nSupporters in 12 countries, 150 of them in Spain, signed the letter.\n"
            )
            .is_empty()
        );
        // A clause after "and" in a sentence not opening on the group.
        assert!(rules("Walls\n\nThe project has trained 34 new wallers. Twelve are women, and 60 are on the waiting list.\n").is_empty());
        // "the rest of" other things, and a whole of another time.
        assert!(rules("Food\n\nThe food bank handed out 400 parcels last winter. This year 520 parcels have gone out, and the rest of the stock is in storage.\n").is_empty());
    }

    #[test]
    fn how_many_a_room_holds_is_no_group_of_its_people() {
        let text = "Quilters\n\nThe old room held only 40 people. A survey followed 46 of the quilters for a year and found that 30 felt less alone.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn of_those_with_a_modifier_is_the_part_just_described() {
        let text = "Slam\n\nTwenty-two of the 40 finalists were still at school, and @ of those school-age finalists came from the library's programme.\n";
        assert_eq!(rules(&text.replace('@', "25")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "15")).is_empty());
        // A word not said of the part names no part: the 40 again.
        let same = text.replace("school-age", "same").replace('@', "25");
        assert!(rules(&same).is_empty());
    }

    #[test]
    fn alone_after_a_time_narrows_the_time_not_the_figure_before() {
        let text = "Hedges\n\nThe first 40 saplings went in five years ago. This winter alone, 230 trees went in at nine sites, including 84 on the old sidings.\n";
        assert!(rules(text).is_empty());
        // A figure over all the time is the whole of one time's.
        let since = "Hedges\n\nThe project has planted 900 trees since 2019. Last year alone, 1,030 trees went in.\n";
        assert_eq!(rules(since), ["part-exceeds-whole"]);
    }

    #[test]
    fn of_that_after_a_sum_is_a_part_of_it() {
        let text = "Esports\n\nRevenue reached $8m last year. Sponsorship brought in $3.6m of that, SHARE, with media rights worth $2.4m.\n";
        assert!(rules(&text.replace("SHARE", "about 45%")).is_empty());
        assert_eq!(
            rules(&text.replace("SHARE", "almost two-thirds")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn of_that_in_another_unit_is_not_an_older_figure() {
        let text = "Glacier retreats 41 metres\n\nThe glacier retreated 41 metres over the summer.\n\nIn total it has shrunk back 2.3km (1.4 miles) since the first survey, almost 600 metres of that since 2000.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn of_that_points_back_to_the_amount_before() {
        let text = "Wells\n\nThe programme has cost $4.9m, about $35,000 a well. Of that, $@ went on drilling.\n";
        assert!(rules(&text.replace('@', "3.6m")).is_empty());
        assert_eq!(rules(&text.replace('@', "5.6m")), ["part-exceeds-whole"]);
        let land = "Runway\n\nThe work will take 48 hectares of farmland. Of that land, @ hectares is prime soil.\n";
        assert!(rules(&land.replace('@', "16")).is_empty());
        assert_eq!(rules(&land.replace('@', "61")), ["part-exceeds-whole"]);
    }

    #[test]
    fn them_are_the_like_figure_before_past_a_span_of_years() {
        let text = "# Festival\n\n## Stalls\n\n- 140 stalls in total, the most in the festival's 31-year history.\n- @ of them sell fish, roughly half.\n";
        let rules = crate::claim::testing::markdown_rules;
        assert_eq!(rules(&text.replace('@', "160")), ["part-exceeds-whole"]);
        assert_eq!(rules(&text.replace('@', "96")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('@', "72")).is_empty());
    }

    #[test]
    fn a_figure_one_place_alone_recorded_is_no_whole_of_all_of_them() {
        let text = "Thefts\n\nPhone thefts on the metro rose to 1,870 last year from 1,320 in 2022.\n\nCentral Exchange alone recorded 390 thefts.\n\nOnly @ of the thefts led to an arrest.\n";
        // 410 of the 1,870, not more than the 390 at one station.
        assert!(rules(&text.replace('@', "410")).is_empty());
        assert_eq!(rules(&text.replace('@', "2,140")), ["part-exceeds-whole"]);
    }

    #[test]
    fn of_a_whole_and_its_listed_parts_the_one_as_large_as_the_part_is_the_whole() {
        let text = "# Waiting list\n\nThere are 4,860 households on the waiting list.\n\n- 1,920 households need one bedroom\n- 1,640 need two bedrooms\n- 1,300 need three or more\n\nFamilies with children account for @ of the households on the list.\n";
        let claims = crate::claim::testing::claims(
            &text.replace('@', "2,180"),
            crate::segment::Syntax::Markdown,
        );
        // The part (the last figure) is of the 4,860, the first figure.
        let last = claims
            .iter()
            .filter_map(|c| match c {
                crate::claim::Claim::PartOfWhole { part, whole } => Some((*part, *whole)),
                _ => None,
            })
            .max();
        assert_eq!(last.map(|(_, whole)| whole), Some(0));
    }

    #[test]
    fn the_ones_that_remain_are_the_figure_left_not_the_one_lost() {
        let text = "Shops\n\nThe city has lost 38 of its 142 betting shops, leaving 104 still trading.\n\nOf the shops that remain, @ belong to the two biggest chains.\n";
        assert!(rules(&text.replace('@', "71")).is_empty());
        assert_eq!(rules(&text.replace('@', "117")), ["part-exceeds-whole"]);
    }

    #[test]
    fn an_age_bound_is_no_group_those_point_back_to() {
        let text = "Nursing\n\nMature students, those over 25 when they start, took 180 of the places, and @ of those mature students already work in hospitals.\n";
        assert!(rules(&text.replace('@', "120")).is_empty());
        assert_eq!(rules(&text.replace('@', "210")), ["part-exceeds-whole"]);
    }

    #[test]
    fn a_noun_closing_of_them_is_the_parts_own_whole_for_later_parts() {
        let text = "Bakery\n\nIt employs 310 people, 140 of them bakers, and @ of its bakers work night shifts.\n";
        assert!(rules(&text.replace('@', "62")).is_empty());
        assert_eq!(rules(&text.replace('@', "162")), ["part-exceeds-whole"]);
    }

    #[test]
    fn those_point_back_to_a_figure_of_their_own_sentence() {
        let text = "Clinic\n\nThe clinic has seen 9,300 patients this year, 2,600 of them children.\n\nDoctors confirmed 840 cases of measles, and @ of those patients needed a hospital bed.\n";
        // 910 of the 840 cases, not of the 9,300 patients paragraphs back.
        assert_eq!(rules(&text.replace('@', "910")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "91")).is_empty());
        // Those hectares are of the area, not of the growers counted.
        let area = "Growers\n\nThe distillery buys from 14 growers who farm 96 hectares between them. The three largest growers account for 58 of those hectares.\n";
        assert!(rules(area).is_empty());
    }

    #[test]
    fn a_rate_over_a_period_is_no_whole_of_a_stock() {
        let text = "Scans\n\nThe team of seven scans about 140 sheets a day. Among the sheets scanned so far are @ type specimens.\n";
        assert!(rules(&text.replace('@', "2,300")).is_empty());
        let stock = "Scans\n\nThe team has scanned about 140 sheets. Among the sheets scanned so far are 2,300 type specimens.\n";
        assert_eq!(rules(stock), ["part-exceeds-whole"]);
        // Said straight of the rate, a part is of the same period.
        let of_those = "Bread\n\nThe bakery sells about 400 loaves a day, and 520 of those loaves are sourdough.\n";
        assert_eq!(rules(of_those), ["part-exceeds-whole"]);
        let since = "Parcels\n\nThe food bank hands out 150 parcels a week. Since January, 2,400 of those parcels went to families.\n";
        assert!(rules(since).is_empty());
    }

    #[test]
    fn a_cap_on_each_occasion_is_no_whole_of_those_over_the_years() {
        let text = "Comedy\n\nThe night runs 48 times a year and gives up to 14 comics five minutes each.\n\nThe founder said about 20 of the comics who started there now work professionally.\n";
        assert!(rules(text).is_empty());
        // Without a recurring event, the cap is the group's bound.
        let once = "Comedy\n\nThe gala gives up to 14 comics five minutes each.\n\nThe founder said about 20 of the comics now work professionally.\n";
        assert_eq!(rules(once), ["part-exceeds-whole"]);
    }

    #[test]
    fn a_figure_of_those_just_counted_is_no_item_of_a_list_beside_them() {
        let text = "Planning\n\nThe council decided 1,184 applications. Of those decisions, 1,032 were approvals and 152 refusals.\n\nHouseholder applications made up 688 of the year's decisions, and the report says @ of those householder cases were cleared in time.\n";
        // Not a list of two against the 1,032 approvals: 612 are of the 688.
        assert!(rules(&text.replace('@', "612")).is_empty());
    }

    #[test]
    fn the_largest_member_of_a_group_is_a_part_of_the_total_over_its_members() {
        let storm = "Storm\n\nThe storm flattened 2,300 hectares of forest across the county in January.\n\nThe Orl valley was worst hit, losing @ hectares of spruce.\n";
        assert_eq!(rules(&storm.replace('@', "2,900")), ["part-exceeds-whole"]);
        assert!(rules(&storm.replace('@', "900")).is_empty());
        let fees = "Signings\n\nThe club took its spending for the window to £31.6m across eight arrivals.\n\nTheir biggest outlay of the summer was the @ paid for a defender.\n";
        assert_eq!(rules(&fees.replace('@', "£34m")), ["part-exceeds-whole"]);
        assert!(rules(&fees.replace('@', "£14m")).is_empty());
        // A record is no member of this total; nor is a figure with no
        // total stated over members before it.
        let record = fees.replace("the summer was", "its history was");
        assert!(
            rules(
                &record
                    .replace("biggest", "biggest ever")
                    .replace('@', "£34m")
            )
            .is_empty()
        );
        let crowd = "Cricket\n\nThe club's seven home matches drew a combined 21,300 spectators. The best-attended was the derby in June, watched by @ people.\n";
        assert_eq!(rules(&crowd.replace('@', "23,100")), ["part-exceeds-whole"]);
        assert!(rules(&crowd.replace('@', "3,100")).is_empty());
        let no_total = storm.replace("across the county ", "");
        assert!(rules(&no_total.replace('@', "2,900")).is_empty());
    }

    #[test]
    fn of_the_things_narrowed_by_a_preposition_are_a_row_of_the_table() {
        let text = "Housing\n\n| Type | Households |\n| --- | --- |\n| Council hostels | 380 |\n| Bed and breakfast hotels | 295 |\n| **Total** | **675** |\n\nOf the households in bed and breakfast hotels, N had stayed longer than six weeks.\n";
        assert_eq!(rules(&text.replace('N', "310")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "210")).is_empty());
    }

    #[test]
    fn a_figure_followed_by_one_of_now_is_of_an_earlier_time() {
        let text = "Head retires\n\nWhen she took over, the school had 180 pupils in six classes. It now has 412 in 14 classes.\n\nFifty-eight of the school's pupils speak English as an additional language, about one in seven.\n";
        assert!(rules(text).is_empty());
        let then = text.replace("It now has 412 in 14 classes.", "The hall was rebuilt.");
        assert_eq!(rules(&then), ["proportion-mismatch"]);
    }

    #[test]
    fn those_described_by_a_participle_are_the_figure_it_names() {
        let text = "Exams\n\nThe trust entered 1,284 pupils for GCSEs.\n\n- Triple science entries: up from 296 to 370\n- Pupils on free meals: 402 of those entered, just under S\n";
        assert!(rules(&text.replace('S', "a third")).is_empty());
        assert_eq!(rules(&text.replace('S', "a half")), ["proportion-mismatch"]);
    }

    #[test]
    fn people_at_large_are_not_a_group_their_modifier_narrows() {
        let text = "Trial\n\nThe trial enrolled 840 PEOPLE.\n\nResearchers later found that 900 of the hearing-aid users had a check-up.\n";
        assert!(rules(&text.replace("PEOPLE", "people")).is_empty());
        assert_eq!(
            rules(&text.replace("PEOPLE", "people with hearing aids")),
            ["part-exceeds-whole"]
        );
        assert_eq!(
            rules(&text.replace("PEOPLE", "hearing-aid users")),
            ["part-exceeds-whole"]
        );
    }

    #[test]
    fn the_dead_named_by_an_adjective_are_the_figure_of_the_dead() {
        let text = "Collapse\n\nOfficials said 412 had been accounted for, including the 46 rescued and 29 confirmed dead.\n\nRelatives have identified # of the dead so far.\n";
        assert_eq!(rules(&text.replace('#', "34")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('#', "24")).is_empty());
        // "the injured workers" are workers, not the dead.
        let workers = text.replace("of the dead so far", "of the injured workers");
        assert!(rules(&workers.replace('#', "34")).is_empty());
    }

    #[test]
    fn among_them_after_a_sentence_on_the_group_is_of_its_figure() {
        let text = "Ride\n\nEighty-six cyclists rode into Harwell on Sunday, raising £312,000.\n\nThe cyclists, aged 19 to 71, averaged 60 miles a day.\n\nAmong them were # who had done the ride before.\n";
        assert_eq!(rules(&text.replace('#', "91")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('#', "61")).is_empty());
        // A subject without a figure of its own names no whole.
        let other = text.replace("The cyclists,", "The volunteers,");
        assert!(rules(&other.replace('#', "91")).is_empty());
    }

    #[test]
    fn among_the_things_named_counts_those_of_its_own_time() {
        let text = "Meteors\n\nVolunteers logged 2,140 meteors this August, about 360 meteors an hour.\n\nLast year's watch was cut short by cloud and produced 1,310 meteors.\n\nAmong the meteors were # fireballs.\n";
        assert!(rules(&text.replace('#', "1,400")).is_empty());
        assert_eq!(rules(&text.replace('#', "2,400")), ["part-exceeds-whole"]);
        // A rate is the whole of a part counted at that rate.
        let weekly = "Bus\n\nThe route carries about 2,300 passenger journeys a week. Buses run every 90 minutes, from 7.10am to 6.40pm.\n\nMoorline said # of those weekly journeys were made on free passes.\n";
        assert!(rules(&weekly.replace('#', "1,600")).is_empty());
        assert_eq!(rules(&weekly.replace('#', "2,600")), ["part-exceeds-whole"]);
    }

    #[test]
    fn the_things_named_are_the_one_figure_of_their_own_noun_not_their_kin() {
        let text = "Food\n\nThe charity supported 4,820 people, including 1,930 children.\n\nTrustees said # of the children helped were of primary-school age.\n";
        assert_eq!(rules(&text.replace('#', "2,110")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('#', "1,110")).is_empty());
        // "Units" a part counts are no "donors", generic as the word is.
        let units = "Blood\n\nNew donors rose from 2,450 to 3,920 last year.\n\nO negative made up 1,900 of the units collected, or #.\n";
        assert!(rules(&units.replace('#', "9%")).is_empty());
        let counted = units.replace("New donors", "Sessions collected 21,600 units. New donors");
        assert!(rules(&counted.replace('#', "9%")).is_empty());
        assert_eq!(rules(&counted.replace('#', "19%")), ["proportion-mismatch"]);
    }

    #[test]
    fn those_of_two_figures_before_is_the_one_counted_not_a_small_group() {
        // "three town centres" names a group: "those" are the 1,250 units.
        let units = "Shops\n\nResearchers walked Castleford's three town centres and logged 1,250 shop units.\n\nOf those, N were standing empty.\n";
        assert_eq!(rules(&units.replace('N', "1,300")), ["part-exceeds-whole"]);
        assert!(rules(&units.replace('N', "300")).is_empty());
        // "those record-breaking stations" are the 41, not the county's 64.
        let stations = "Heat\n\nOf the county's 64 weather stations, 41 broke their June records. Forecasters said 47 of those record-breaking stations had topped 35C.\n";
        assert_eq!(rules(stations), ["part-exceeds-whole"]);
    }

    #[test]
    fn a_whole_named_by_a_participle_or_a_body_of_members() {
        // "the cancelled flights" are the cancellations.
        let cancelled = "Airport\n\nCancellations reached 240. SkyLark, which operates 4,100 of the airport's departures, accounted for @ of the cancelled flights.\n";
        assert_eq!(
            rules(&cancelled.replace('@', "310")),
            ["part-exceeds-whole"]
        );
        assert!(rules(&cancelled.replace('@', "130")).is_empty());
        // "the fleet" is the 146 vessels it has shrunk to.
        let fleet = "Fleet\n\nThe town's fleet has shrunk to 146 vessels from 210 in 2004.\n\nInshore boats account for @ of the fleet.\n";
        assert_eq!(rules(&fleet.replace('@', "152")), ["part-exceeds-whole"]);
        assert!(rules(&fleet.replace('@', "102")).is_empty());
        // A fleet that is not the subject of the figure is not its whole.
        let other = "Fleet\n\nThe yard repaired 146 vessels last year.\n\nInshore boats account for 152 of the fleet.\n";
        assert!(rules(other).is_empty());
    }

    #[test]
    fn those_point_back_past_a_semicolon_or_to_the_sentence_before() {
        let semicolon = "Fire\n\nThe fire destroyed 41 homes. Some 620 homes were evacuated; of those, @ suffered damage.\n";
        assert_eq!(
            rules(&semicolon.replace('@', "955")),
            ["part-exceeds-whole"]
        );
        assert!(rules(&semicolon.replace('@', "155")).is_empty());
        // "those loans" are the items lent; the 11 branches are too few to be them.
        let before = "Library\n\nAcross its 11 branches the service lent 412,000 items. Of those loans, @ were e-books, roughly one in eight.\n";
        assert_eq!(
            rules(&before.replace('@', "96,000")),
            ["proportion-mismatch"]
        );
        assert!(rules(&before.replace('@', "52,000")).is_empty());
        // An increase is no group: "those travellers" are the 3.4 million.
        let grown = "Airport\n\nThe airport handled 3.4 million passengers in 2023, up from 2.6 million in 2022.\n\nThe increase of 800,000 passengers was a rise of 31%.\n\nIts largest airline carried @ of those travellers, about 44%.\n";
        assert!(rules(&grown.replace('@', "1.5 million")).is_empty());
        assert_eq!(
            rules(&grown.replace('@', "3.9 million")),
            ["part-exceeds-whole"]
        );
    }

    #[test]
    fn a_weighing_word_may_stand_between_the_whole_and_its_part() {
        let text = "Glacier\n\nOf the 120 marker stakes drilled into the ice in 1994, only 26 are still standing, @.\n";
        assert_eq!(
            rules(&text.replace('@', "fewer than one in ten")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "about one in five")).is_empty());
    }

    #[test]
    fn a_figure_given_with_its_own_share_is_no_whole_of_the_group() {
        let text = "Classes\n\nMore than 3,000 adults have enrolled this term.\n\nSpanish is the most popular choice with 1,050 learners, or 34%, followed by French with 22%.\n\nWomen outnumber men by nearly two to one: @ of the learners are women.\n";
        assert!(rules(&text.replace('@', "2,010")).is_empty());
    }

    #[test]
    fn of_several_figures_for_one_noun_the_one_its_words_qualify() {
        let text = "Cuts\n\nQuillion will cut 380 jobs, it said.\n\nThe firm employs 3,150 people. Engineering will lose 240 posts and sales 95.\n\nIts hub in Dunmore will bear the brunt: N of the engineering roles being cut are based there.\n";
        assert_eq!(rules(&text.replace('N', "310")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "210")).is_empty());
    }

    #[test]
    fn a_figure_in_those_names_the_whole_said_with_it() {
        let text = "Waits\n\nThe list has grown from 22,800 a year ago. Some 4,900 patients have been waiting more than a year, and 1,150 for longer than 18 months.\n\nOrthopaedic patients account for N of those waiting over 18 months.\n";
        assert_eq!(rules(&text.replace('N', "1,480")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "480")).is_empty());
    }

    #[test]
    fn a_winning_margin_is_no_whole() {
        let text = "Cricket\n\nThe club won the final by 23 runs.\n\nBetween them the pair scored 167 of their side's runs.\n";
        assert!(rules(text).is_empty());
        // "followed by 890 cats": an agent, which may be a whole.
        let agent =
            "Rescue\n\nDogs came first, followed by 890 cats.\n\nStaff rehomed 980 of the cats.\n";
        assert_eq!(rules(agent), ["part-exceeds-whole"]);
        let agent = "Birds\n\nThe count was carried out over eight weekends by 184 volunteers.\n\nOrganisers said 215 of the volunteers were new.\n";
        assert_eq!(rules(agent), ["part-exceeds-whole"]);
        let whole = "Cricket\n\nThe club made 145 runs to win the final.\n\nBetween them the pair scored 167 of their side's runs.\n";
        assert_eq!(rules(whole), ["part-exceeds-whole"]);
    }

    #[test]
    fn a_sentence_opening_on_of_and_a_figure_names_the_whole() {
        let text = "Survey\n\nOf 2,000 adults surveyed, N said they cycle to work.\n";
        assert_eq!(rules(&text.replace('N', "2,380")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "380")).is_empty());
    }

    #[test]
    fn an_amount_of_it_is_a_part_of_the_amount_before() {
        let text =
            "Spill\n\nThe tanker spilled 4,000 tonnes of oil.\n\nCrews recovered N tonnes of it.\n";
        assert_eq!(rules(&text.replace('N', "4,600")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "3,600")).is_empty());
    }

    #[test]
    fn a_figure_of_one_alone_is_a_part_of_its_group_s() {
        let text = "Libraries\n\nThe seven branches had 186,000 visits last year.\n\nCampaigners say the cuts will hurt.\n\nThe largest, Marsh Green, alone had N visits last year.\n";
        assert_eq!(rules(&text.replace('N', "218,000")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "58,000")).is_empty());
        // A figure given as a share is a part, not the group.
        let sibling = text.replace(
            "186,000 visits last year",
            "186,000 visits last year, a quarter of the total",
        );
        assert!(rules(&sibling.replace('N', "218,000")).is_empty());
        // A larger figure for the things may be the group's.
        let more = text.replace(
            "Campaigners say",
            "The service had 1.3 million visits last year. Campaigners say",
        );
        assert!(rules(&more.replace('N', "218,000")).is_empty());
    }

    #[test]
    fn people_in_the_things_counted_are_no_part_of_them() {
        let text = "Housing\n\nThe council is housing 1,430 households in temporary homes, including 2,210 children.\n";
        assert!(rules(text).is_empty());
        let people = text.replace("households", "people");
        assert_eq!(rules(&people), ["part-exceeds-whole"]);
    }

    #[test]
    fn including_takes_the_whole_before_its_words() {
        let text = "Harvest\n\nThe county harvested 318,000 tonnes of wheat this year, including N tonnes of milling-grade grain.\n";
        assert_eq!(rules(&text.replace('N', "341,000")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "141,000")).is_empty());
    }

    #[test]
    fn a_named_whole_is_found_paragraphs_back() {
        let text = "Store closures\n\nAbout 1,900 jobs are at risk across 64 shops.\n\nSales fell 16 per cent to £1.02bn.\n\nOf the shops, 45 are in the north and 19 in the west.\n\nThe first 12 close on 16 March.\n\nRoles in the shops make up N of the jobs at risk.\n";
        assert_eq!(rules(&text.replace('N', "2,150")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "1,150")).is_empty());
    }

    #[test]
    fn of_them_a_clause_after_a_counted_noun() {
        let text = "Airport\n\nIn 2022, 520,000 passengers used the airport, and SkyTrek alone carried N of them.\n";
        assert_eq!(rules(&text.replace('N', "570,000")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "370,000")).is_empty());
        // "them" is not the figure of an adjunct ("from only 412 households").
        let adjunct = "Noise\n\nThe complaints came from only 412 households, and 1,900 of them, almost a third, were made by just five households.\n";
        assert!(rules(adjunct).is_empty());
        // "212, of whom 131": the relative is said of the 212.
        let list = "Results\n\n- Year 11 pupils who sat exams: 212, of whom 131 passed.\n";
        assert!(rules(list).is_empty());
    }

    #[test]
    fn of_them_skips_names_to_the_whole_stated_as_all() {
        let text = "Meals\n\nAll 7,300 infant pupils in reception, year 1 and year 2 are entitled to a free lunch. On census day, N of them took one.\n";
        assert_eq!(rules(&text.replace('N', "8,150")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "6,150")).is_empty());
    }

    #[test]
    fn of_those_noun_takes_the_one_figure_for_its_noun() {
        let text = "Satellites\n\nThe company has launched 1,180 satellites since 2020. A further 410 are due to go up by 2026.\n\nNot all of the fleet is still working. Some COUNT of those satellites remain in service.\n";
        assert_eq!(
            rules(&text.replace("COUNT", "1,610")),
            ["part-exceeds-whole"]
        );
        assert!(rules(&text.replace("COUNT", "910")).is_empty());
    }

    #[test]
    fn of_which_takes_the_figure_right_before() {
        let text = "Festival\n\nThe competition strand was made up of 18 titles, N of which were world premieres.\n";
        assert_eq!(rules(&text.replace('N', "21")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "12")).is_empty());
    }

    #[test]
    fn an_item_of_a_breakdown_over_its_total_is_a_part_over_its_whole() {
        let text = "Delays\n\nThe ward held 148 delayed patients. Of them, 162 were over 80, and 37 had waited more than three weeks.\n";
        assert_eq!(rules(text), ["part-exceeds-whole"]);
    }

    #[test]
    fn its_staff_are_the_figure_its_subject_was_given() {
        let text = "Survey\n\nThe council has 1,200 employees.\n\nThe planning department, with 49 employees, came out worst: N of its staff returned the form.\n";
        assert_eq!(rules(&text.replace('N', "58")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "38")).is_empty());
    }

    #[test]
    fn a_part_of_the_things_named_with_a_clause_is_of_their_figure() {
        let text = "Waits\n\nThe number of patients waiting more than a year fell from 2,950 to 1,180.\n\nThe list stands at 38,700.\n\nOf the patients who have waited more than a year, COUNT need surgery.\n";
        assert_eq!(
            rules(&text.replace("COUNT", "1,460")),
            ["part-exceeds-whole"]
        );
        assert!(rules(&text.replace("COUNT", "960")).is_empty());
        let set_off = "Burglary\n\nOnly 214 burglaries led to a charge.\n\nRecords show that, of the burglaries in which someone was charged, COUNT ended in a conviction.\n";
        assert_eq!(
            rules(&set_off.replace("COUNT", "236")),
            ["part-exceeds-whole"]
        );
        assert!(rules(&set_off.replace("COUNT", "196")).is_empty());
        let its = "Bakery\n\nThe new shop takes the chain's workforce to 186.\n\nHiring has been easier since it began offering guaranteed hours: of its employees, COUNT are on part-time contracts.\n";
        assert_eq!(rules(&its.replace("COUNT", "213")), ["part-exceeds-whole"]);
        assert!(rules(&its.replace("COUNT", "113")).is_empty());
    }

    #[test]
    fn of_this_year_s_things_is_of_the_figure_of_now_for_them_or_their_kin() {
        let text = "Marathon\n\nA record 14,200 runners have entered, up from 12,600 last year.\n\nOf this year's entrants, 5,680 are running for charity, #.\n";
        assert_eq!(
            rules(&text.replace('#', "more than half the field")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('#', "about two in five")).is_empty());
        let dated = "Parcels\n\nThe bank handed out 3,400 parcels this year.\n\nFive years ago it gave out 1,850 parcels.\n\nOf this year's parcels, 1,290, about #, went to families.\n";
        assert_eq!(rules(&dated.replace('#', "70%")), ["proportion-mismatch"]);
        assert!(rules(&dated.replace('#', "38%")).is_empty());
    }

    #[test]
    fn a_table_row_named_by_its_label_is_the_whole() {
        let text = "# Court\n\n| Offence group | Cases outstanding |\n|---|---|\n| Violence | 612 |\n| Sexual offences | 287 |\n| Drug offences | 341 |\n\n## Notes\n\n- Of the sexual offence cases, COUNT have waited more than a year\n";
        let fired = crate::claim::testing::markdown_rules;
        assert_eq!(fired(&text.replace("COUNT", "318")), ["part-exceeds-whole"]);
        assert!(fired(&text.replace("COUNT", "218")).is_empty());
    }

    #[test]
    fn of_those_and_the_figure_said_again_is_the_whole() {
        let text = "Homes\n\nDevelopers agreed that 460 of the 1,840 homes will be affordable. Of those 460, some COUNT will be let at social rent.\n";
        assert_eq!(rules(&text.replace("COUNT", "610")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace("COUNT", "310")).is_empty());
        // "Of those, 24 ..., 28 ...": parts listed, the first no whole.
        let list = "Trains\n\nThe company runs 64 trains. Of those, 24 are on the Carrow branch, 28 on the Pelham line and 12 on the coast.\n";
        assert!(rules(list).is_empty());
    }

    #[test]
    fn a_clause_without_its_pronoun_narrows_the_noun_too() {
        let text = "Flats\n\nThe agency listed 640 flats to let between June and August, against 1,020 over the same months last year.\n\nDemand remained strong. Of the flats the agency listed this summer, COUNT were let within a week.\n";
        assert_eq!(rules(&text.replace("COUNT", "710")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace("COUNT", "410")).is_empty());
    }

    #[test]
    fn a_time_does_not_name_the_whole_and_a_short_noun_does() {
        let text = "Pets\n\nThey included 540 cats and 310 dogs.\n\nThe centre took in 1,390 animals during the year.\n\nOf the dogs rehomed last year, COUNT had waited three months.\n";
        assert_eq!(rules(&text.replace("COUNT", "412")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace("COUNT", "212")).is_empty());
    }

    #[test]
    fn the_figure_named_by_most_of_the_words_is_the_whole() {
        // "are waiting" names the list too, but only the 1,180 waited a year.
        let text = "Waits\n\nThe number of patients waiting more than a year fell from 2,950 to 1,180.\n\nSome 9,800 of the 38,700 on the list are waiting for a first appointment.\n\nOf the patients who have waited more than a year, COUNT need surgery.\n";
        assert_eq!(
            rules(&text.replace("COUNT", "1,460")),
            ["part-exceeds-whole"]
        );
        assert!(rules(&text.replace("COUNT", "960")).is_empty());
    }

    #[test]
    fn the_things_a_figure_does_name_them() {
        let text = "Border town as 42,000 refugees arrive\n\nOfficials are registering families.\n\nRecords show that COUNT of the new arrivals are children.\n";
        assert_eq!(
            rules(&text.replace("COUNT", "44,200")),
            ["part-exceeds-whole"]
        );
        assert!(rules(&text.replace("COUNT", "14,200")).is_empty());
        // The head itself near a figure counts nothing: "points" are not
        // the league.
        let league = "Cup\n\nThe Reds are five points off the Champions League places.\n\nThey hope to reach the last eight of the Champions League.\n";
        assert!(rules(league).is_empty());
        // A figure of an earlier time is not what "the longest waits" are now.
        let earlier = "Waits\n\nIn April last year, 2,140 people had been waiting a year. The latest figure is 1,420.\n\nOrthopaedics accounts for 610 of the longest waits, about 43%.\n";
        assert!(rules(earlier).is_empty());
    }

    #[test]
    fn a_number_joined_to_a_noun_is_no_whole() {
        let text = "Homes\n\nThe estate has 12 three-bedroom homes. Of the three-bedroom homes, four are empty.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn all_of_its_own_things_are_no_part() {
        let text = "Council\n\nThe Greens, who lost four seats, did worst. Labour held QUANT of its seats in the south.\n";
        assert!(rules(&text.replace("QUANT", "all five")).is_empty());
        assert_eq!(
            rules(&text.replace("QUANT", "five")),
            ["part-exceeds-whole"]
        );
    }

    #[test]
    fn a_whole_owned_by_a_time_or_pointed_back_to_as_that() {
        let season =
            "Club\n\nRetention was strong: @ of last season's 260 juniors re-registered.\n";
        assert_eq!(rules(&season.replace('@', "280")), ["part-exceeds-whole"]);
        assert!(rules(&season.replace('@', "208")).is_empty());
        let crop = "Crop\n\nGrowers said 9,800 hectares of potatoes had been planted, but that @ hectares of that crop could not be lifted.\n";
        assert_eq!(rules(&crop.replace('@', "11,300")), ["part-exceeds-whole"]);
        assert!(rules(&crop.replace('@', "1,300")).is_empty());
    }

    #[test]
    fn those_described_by_a_clause_are_the_figure_it_names() {
        let text = "Scam\n\nThe group mailed about 26,000 letters from a rented unit. Some 340 people replied, and prosecutors said @ of those who replied sent money.\n";
        assert_eq!(rules(&text.replace('@', "410")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "210")).is_empty());
    }

    #[test]
    fn those_with_a_modifier_are_the_figure_it_names_not_the_last_said() {
        let text = "Orbit\n\nThe firm has 1,180 satellites in orbit, and 1,050 working satellites among them. It plans 3,000 launches by 2030.\n\nEngineers said @ of those working satellites carry the new radio.\n";
        assert_eq!(rules(&text.replace('@', "1,100")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "900")).is_empty());
    }

    #[test]
    fn those_are_not_the_things_of_a_set_off_participle_clause() {
        let text = "Sleep\n\nThe team followed 1,840 adults, recruited through 14 employers in the region. Of those, @ reported insomnia.\n";
        assert_eq!(rules(&text.replace('@', "1,960")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "460")).is_empty());
    }

    #[test]
    fn a_sentence_opening_on_its_whole_may_count_other_things_before_the_part() {
        let text = "Jabs\n\nAmong the 2,480 people working in the borough's 37 care homes, @ have been vaccinated.\n";
        assert_eq!(rules(&text.replace('@', "2,680")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "868")).is_empty());
        // A second clause is no longer the whole's own.
        let other = "Jabs\n\nAmong the 2,480 people in the homes, 37 of them run by the council, 2,680 have been vaccinated.\n";
        assert!(rules(other).is_empty());
    }

    #[test]
    fn a_part_after_of_whom_is_of_the_figure_before() {
        let text = "Exams\n\nOf 318 pupils, 212 sat the exam last summer, of whom N passed.\n";
        assert_eq!(rules(&text.replace('N', "231")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "131")).is_empty());
        let share = "Exams\n\nOf 318 pupils, 212 sat the exam, of whom 131, or S, passed.\n";
        assert_eq!(rules(&share.replace('S', "66%")), ["proportion-mismatch"]);
        assert!(rules(&share.replace('S', "62%")).is_empty());
    }

    #[test]
    fn a_part_may_be_the_object_of_a_short_clause_after_the_whole() {
        let text = "Dogs\n\nOf the 96 races, the favourite won @, or about one in five.\n";
        assert_eq!(rules(&text.replace('@', "38")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('@', "19")).is_empty());
        let larger = "Dogs\n\nOf the 96 races, the favourite won 138.\n";
        assert_eq!(rules(larger), ["part-exceeds-whole"]);
        // A clause that reports or adds is no part's.
        let said = "Homes\n\nOf the 450 homes, the council said 600 were needed.\n";
        assert!(rules(said).is_empty());
        // The object counts what the whole counts.
        let other = "Clubs\n\nOf the 20 clubs, the champions won 28 matches.\n";
        assert!(rules(other).is_empty());
        let more = "Homes\n\nOf the 450 homes, the council built 600 more last year.\n";
        assert!(rules(more).is_empty());
        // Nor does a sentence that does not open on its whole.
        let mid = "Dogs\n\nHe said that of the 96 races, the favourite won 138.\n";
        assert!(rules(mid).is_empty());
    }

    #[test]
    fn a_figure_but_only_sets_against_the_one_before_is_part_of_it() {
        let text = "Cameras\n\nThe partnership has 64 camera housings, but only 32 contain a working camera, about @.\n";
        assert_eq!(
            rules(&text.replace('@', "a third")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "half")).is_empty());
        // With a noun of its own it counts other things.
        let other = "Schools\n\nThe school has 640 pupils but only 32 teachers, about a third fewer than in 2020.\n";
        assert!(rules(other).is_empty());
    }

    #[test]
    fn a_part_pointed_to_after_the_whole_s_comma_is_of_it() {
        let text = "Cricket\n\nThe club relies on 73 volunteers.\n\nOf the club's 310 members, those 73 volunteer regularly, @.\n";
        assert_eq!(
            rules(&text.replace('@', "nearly half")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "nearly a quarter")).is_empty());
    }

    #[test]
    fn a_whole_ending_a_sentence_is_no_whole_of_the_next_one_s_figure() {
        let text = "Balloons\n\nWind grounded two of its eight sessions.\n\nIn all, 126 balloons took part.\n";
        assert!(rules(text).is_empty());
        let same = "Balloons\n\nOf its eight sessions, @ were grounded.\n";
        assert_eq!(rules(&same.replace('@', "nine")), ["part-exceeds-whole"]);
        assert!(rules(&same.replace('@', "two")).is_empty());
    }

    #[test]
    fn a_possessed_whole_is_the_figure_of_its_owner() {
        let text = "Damp\n\nThe association manages 14,300 homes across the district.\n\nRepair teams treated 1,030 homes during the year.\n\nAround 2,100 of the association's homes were built before 1950.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn pronouns_point_back_to_the_figure_they_follow() {
        for text in [
            "Festival\n\nSome 9,400 weekend passes were sold, 11,200 of them to visitors.\n",
            "Housing\n\nThe council classes 1,870 households as in urgent need. Among those, 2,030 families live in hostels.\n",
            "Lunch\n\nAll 7,300 infant pupils are entitled to a free lunch. On census day, 8,150 of them took one.\n",
            "Pubs\n\nTurnover was £38.6m, of which its 52 pubs brought in £41.3m.\n",
            "Waits\n\n610 patients had waited more than a year for surgery, of whom 740 were over 70.\n",
        ] {
            assert_eq!(rules(text), ["part-exceeds-whole"], "{text}");
        }
    }

    #[test]
    fn a_place_alone_is_part_of_the_figure_before() {
        let text = "Potholes\n\nThe county filled 18,900 potholes. Harnford district: 6,300. Harnford town centre alone: N. Kellow district: 5,100.\n";
        assert_eq!(rules(&text.replace('N', "7,150")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "1,150")).is_empty());
    }

    #[test]
    fn out_of_is_two_words() {
        let text = "Payout\n\nThe dividend includes a quarterly dividend of three cts a share and a special payout of two cts a share.\n";
        assert!(rules(text).is_empty());
        let rooms = "Hotels\n\nHotels sold 41,600 room-nights between June and August, out of 73,000 available. That gave an occupancy rate of S.\n";
        assert_eq!(rules(&rooms.replace('S', "75%")), ["proportion-mismatch"]);
        assert!(rules(&rooms.replace('S', "57%")).is_empty());
    }

    #[test]
    fn of_the_noun_is_the_figure_for_that_noun_alone() {
        // "1,340 dogs and cats" counts more than the dogs.
        let text = "Shelter\n\nThe shelter took in 1,340 dogs and cats in 2023.\n\nThe intake was made up of 820 dogs and 520 cats.\n\nOwners handed over @ of the dogs.\n";
        assert_eq!(rules(&text.replace('@', "870")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "470")).is_empty());
    }

    #[test]
    fn a_whole_its_owner_names() {
        let text = "Damp\n\nFlats fared worst: of the council's 5,100 flats, 1,730 had reported problems, or @.\n";
        assert_eq!(
            rules(&text.replace('@', "more than half")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "about a third")).is_empty());
        let named = "Damp\n\nOf Ashcombe Council's 5,100 flats, 1,730 had reported problems, or more than half.\n";
        assert_eq!(rules(named), ["proportion-mismatch"]);
        // Without "of" the owner's figure is no whole.
        let at = "Damp\n\nRents rose at the council's 5,100 flats, 1,730 had reported problems, or more than half.\n";
        assert!(rules(at).is_empty());
        // A time owns the whole as a council does.
        let time =
            "Rink\n\nOf last year's 18,600 skaters, 4,650 were under 12, @, the rink said.\n";
        assert_eq!(
            rules(&time.replace('@', "nearly 40%")),
            ["proportion-mismatch"]
        );
        assert!(rules(&time.replace('@', "a quarter")).is_empty());
    }

    #[test]
    fn out_of_after_who_said_it() {
        let text = "Cards\n\nCards held by under-16s climbed to @, the council said, out of 42,300 active cards.\n";
        assert_eq!(rules(&text.replace('@', "48,200")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "18,200")).is_empty());
        // A clause of its own between is no attribution.
        let clause = "Cards\n\nCards held by under-16s climbed to 48,200, a record for the scheme, out of 42,300 active cards.\n";
        assert!(rules(clause).is_empty());
    }

    #[test]
    fn among_after_a_clause_is_no_part() {
        let text = "Contract\n\nVideo calls will be provided at five locations, data will be sent among seven locations.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_named_whole_is_the_nearest_figure_its_words_lead_to() {
        let text = "Placement\n\nThe bank will take 15.9 mln shares in the placement.\n\nIt joins the placement of 128.9 mln shares at 3.75 dlrs each.\n\nOf the placements, 56.9 mln shares will go to investors.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_named_whole_counts_the_same_things() {
        let text = "Cuts\n\nThe cuts fall in Ostbridge, where 520 roles will go.\n\nThe union represents about 4,000 of the company's Ostbridge employees.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn of_several_figures_for_a_noun_the_one_its_words_name() {
        // "of the species recorded": the figure "recorded", not 1996's.
        let text = "Beetles\n\nVolunteers have recorded 1,240 species of beetle.\n\nThe last survey, in 1996, found 870 species.\n\nWet woodland held N of the species recorded, against 610 on the bog.\n";
        assert_eq!(rules(&text.replace('N', "1,420")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "420")).is_empty());
        // A start value is no figure the story now counts.
        let start = "Farms\n\nThe valley now has 212 dairy farms, down from 340 in 2000.\n\nSome N of the valley's dairy farms have signed.\n";
        assert_eq!(rules(&start.replace('N', "260")), ["part-exceeds-whole"]);
        assert!(rules(&start.replace('N', "160")).is_empty());
    }

    #[test]
    fn of_them_after_a_definite_group_the_sentence_before() {
        let text = "Nurses\n\nThe trust's 1,150 nurses led the campaign.\n\nSo far N of them have completed the course.\n";
        assert_eq!(rules(&text.replace('N', "1,310")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "310")).is_empty());
        // Two like figures before: which one "them" counts is not known.
        let two = "Nurses\n\nThe trust's 1,150 nurses and its 300 midwives led it.\n\nSo far 1,310 of them have completed the course.\n";
        assert!(rules(two).is_empty());
    }

    #[test]
    fn back_references_by_these_a_narrowed_noun_and_a_change_s_subject() {
        let these = "Intake\n\nSome 2,310 of the first-years come from the region. The university said N of these local entrants were the first in their family to go.\n";
        assert_eq!(rules(&these.replace('N', "2,640")), ["part-exceeds-whole"]);
        assert!(rules(&these.replace('N', "1,640")).is_empty());
        // A sum "of these notes" is of a kind of thing, not of the sum before.
        let notes = "Notes\n\nThe bank bought back 4.75 mln dlrs of its notes. There are now 14.25 mln dlrs of these notes outstanding.\n";
        assert!(rules(notes).is_empty());
        let farms = "Milk\n\nOf the 212 farms supplying the co-op, 38 have stopped milking since 2021. The co-op says N of those farms that quit have sold their herds.\n";
        assert_eq!(rules(&farms.replace('N', "45")), ["part-exceeds-whole"]);
        assert!(rules(&farms.replace('N', "25")).is_empty());
        let subject = "Crime\n\nReported burglaries in Oakhurst fell by a quarter last year, to 1,200 from 1,600.\n\nOfficers solved N of those burglaries.\n";
        assert_eq!(
            rules(&subject.replace('N', "1,300")),
            ["part-exceeds-whole"]
        );
        assert!(rules(&subject.replace('N', "300")).is_empty());
    }

    #[test]
    fn a_further_part_is_of_the_whole_of_the_part_before() {
        let text =
            "Weights\n\nOf the 480 pupils measured, 120 were obese. A further N were overweight.\n";
        assert_eq!(rules(&text.replace('N', "520")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "96")).is_empty());
    }

    #[test]
    fn of_them_narrows_the_part_of_a_named_whole_before_it() {
        let text = "Flats\n\nInspectors visited all 512 homes, 340 of them flats.\n\nDamp was recorded in 226 of the flats. Surveyors judged that N of them needed urgent work.\n";
        assert_eq!(rules(&text.replace('N', "318")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "118")).is_empty());
        // Set as the part before was, it is another part of the whole.
        let parallel = "Ponds\n\nThe survey covered 60 ponds. The emperor was seen at 45 of the ponds. The chaser turned up at 24 of them, or 40%.\n";
        assert!(rules(parallel).is_empty());
        // Its share is then of the whole both are parts of.
        let wrong = parallel.replace("40%", "60%");
        assert_eq!(rules(&wrong), ["proportion-mismatch"]);
    }

    #[test]
    fn a_labelled_kind_is_not_all_the_things_referred_to() {
        let visits = "Safety\n\nCrews carried out 4,850 home safety visits this year.\n\n- Homes where someone is aged over 65: 2,940\n- Homes referred by social care: 1,310\n- Other requests: 600\n\nOf the homes visited, N had no working smoke alarm.\n";
        assert!(crate::claim::testing::markdown_rules(&visits.replace('N', "1,720")).is_empty());
        assert_eq!(
            crate::claim::testing::markdown_rules(&visits.replace('N', "5,720")),
            ["part-exceeds-whole"]
        );
    }

    #[test]
    fn them_stands_for_the_object_not_a_count_after_to() {
        let text = "Robots\n\nKestrel has delivered 1,900 of its picking robots to 37 customers since 2021. Its biggest customer runs @ of them across 11 warehouses.\n";
        assert!(rules(&text.replace('@', "1,150")).is_empty());
        assert_eq!(rules(&text.replace('@', "2,150")), ["part-exceeds-whole"]);
        // "from 300 to 480": the end of a change is no adjunct.
        let change = "Sales\n\nThe shop's sales rose from 300 to 480 this year. Some 200 of them were online.\n";
        assert!(rules(change).is_empty());
    }

    #[test]
    fn a_measure_of_that_named_area_is_within_the_part_before() {
        let text = "Forest\n\nThe service manages 94,000 hectares, of which 61,000 are conifer plantation. Norway spruce covers @ hectares of that conifer area.\n";
        assert!(rules(&text.replace('@', "47,000")).is_empty());
        assert_eq!(rules(&text.replace('@', "67,000")), ["part-exceeds-whole"]);
    }

    #[test]
    fn a_figure_in_an_adjunct_is_no_whole_of_other_things() {
        let text = "Festival\n\nThere will be 42 concerts across four venues, including 16 free events on the pier.\n";
        assert!(rules(text).is_empty());
        // Things of its own noun are its parts.
        let towns = "Fair\n\nThe fair has stalls in 14 towns, including 21 towns on the coast.\n";
        assert_eq!(rules(towns), ["part-exceeds-whole"]);
    }

    #[test]
    fn a_group_named_alone_is_the_one_sized_with_of() {
        let text = "Boats\n\nThe firm's 12 members run a combined fleet of 214 boats. Narrowboats make up @ of the fleet; the rest are widebeams.\n";
        assert_eq!(rules(&text.replace('@', "236")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('@', "163")).is_empty());
        // Any body of members: "a band of 23 ringers" ... "27 of the band".
        let band = "Bells\n\nThe tower now has a band of 23 ringers.\n\nThe ringing master said @ of the band had learned to ring there.\n";
        assert_eq!(rules(&band.replace('@', "27")), ["part-exceeds-whole"]);
        assert!(rules(&band.replace('@', "17")).is_empty());
    }

    #[test]
    fn them_with_no_figure_before_is_the_sentence_s_subject() {
        let text = "# Rescues\n\nCallouts by type:\n\n- Climbing accidents: 27\n- Walkers lost: 40\n\nClimbing accidents were concentrated on Raven Scar, which accounted for @ of them.\n";
        assert_eq!(
            markdown_rules(&text.replace('@', "33")),
            ["part-exceeds-whole"]
        );
        assert!(markdown_rules(&text.replace('@', "19")).is_empty());
    }

    #[test]
    fn them_outside_a_relative_clause_is_no_subject_s() {
        let text = "Thefts\n\nEight officers were assigned after thieves stole 40 cars. Officers have since recovered 12 of them.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn the_largest_member_of_a_group_is_no_whole_of_its_things() {
        let text = "Seeds\n\nThe vault received 12,000 new seed samples in its February deposit.\n\nThe samples came from 23 gene banks. The largest single consignment, 3,400 samples, came from the Sahel.\n\nOf the new samples, 5,100 are wheat, 2,700 rice, 1,900 sorghum and the remaining N a mix.\n";
        assert!(rules(&text.replace('N', "2,300")).is_empty());
        assert_eq!(rules(&text.replace('N', "2,900")), ["sum-mismatch"]);
    }

    #[test]
    fn an_item_of_a_list_of_three_is_no_whole_of_those_counted() {
        let text = "Count\n\nVolunteers counted 1,312 people sleeping rough.\n\nThe count recorded 1,006 men, 281 women and 25 people whose gender was not recorded.\n\nDowntown accounted for 587 of those counted, about S.\n";
        assert!(rules(&text.replace('S', "45%")).is_empty());
        assert_eq!(rules(&text.replace('S', "58%")), ["proportion-mismatch"]);
    }

    #[test]
    fn figures_added_or_superseded_are_no_whole_of_the_noun() {
        let text = "Fireworks\n\nThe display will fire 4,500 shells this year, up from 3,600 last year. The 900 extra shells cost £9,000.\n\nLow-noise fireworks will make up N of the shells.\n";
        assert!(rules(&text.replace('N', "2,100")).is_empty());
        assert_eq!(rules(&text.replace('N', "5,400")), ["part-exceeds-whole"]);
    }

    #[test]
    fn an_item_of_a_list_is_no_whole_of_its_noun() {
        let text = "Chess\n\nThe Open had 58 entrants, the Major 84, the Intermediate 97 and the Minor 107.\n\nJuniors accounted for @ of the entrants.\n";
        assert!(rules(&text.replace('@', "121")).is_empty());
    }

    #[test]
    fn them_after_an_adjunct_that_opens_the_sentence_is_that_figure() {
        let farms = "Mill\n\nThe mill buys fleece from 340 farms in the region, 85 of them within ten miles, about @.\n";
        assert!(rules(&farms.replace('@', "25%")).is_empty());
        assert_eq!(rules(&farms.replace('@', "40%")), ["proportion-mismatch"]);
        let audience = "Radio\n\nA survey puts the weekly audience at about 14,000, with @ of them listening online.\n";
        assert!(rules(&audience.replace('@', "6,500")).is_empty());
        assert_eq!(
            rules(&audience.replace('@', "16,500")),
            ["part-exceeds-whole"]
        );
        // A count of other things after a preposition is no antecedent.
        let countries = "Fans\n\nThe club has supporters in 12 countries, 150 of them in Spain.\n";
        assert!(rules(countries).is_empty());
    }

    #[test]
    fn of_that_passes_over_a_conversion_to_the_amount_before() {
        let text = "Snails\n\nLast year the farm sold 8.5 tonnes of snails, about 18,700lb, at around £28 a kilo.\n\nRestaurants bought @ tonnes of that.\n";
        assert!(rules(&text.replace('@', "6.2")).is_empty());
        assert_eq!(rules(&text.replace('@', "9.2")), ["part-exceeds-whole"]);
    }

    #[test]
    fn them_stands_for_a_bare_figure_that_is_its_clause_s_subject() {
        let text = "Mill\n\nThe mill is run by volunteers, and 64 are on this year's rota. Head miller Graham Teale, 67, has trained @ of them to work the stones.\n";
        assert!(rules(&text.replace('@', "46")).is_empty());
        assert_eq!(rules(&text.replace('@', "71")), ["part-exceeds-whole"]);
        // An item of a list is one of its groups, not what "them" counts.
        let list = "# Hedgehogs\n\nWe admitted 684 hedgehogs. By December:\n\n- 412 had been released\n- 190 had died\n- 82 were still in our care\n\nMore than 300 of them came in the autumn.\n";
        assert!(markdown_rules(list).is_empty());
    }

    #[test]
    fn a_modified_phrase_names_the_figure_said_with_its_modifier() {
        // "the automatic tests" are the 2,280 the sentence opens on, not
        // all 9,420 tests; the change's start beside it is no list item.
        let text = "Tests\n\nThe centre carried out 9,420 driving tests in the year, up from 7,860.\n\nAutomatic tests made up 2,280 of the total, up from 1,450 the year before, and candidates over 25 took @ of the automatic tests.\n";
        assert!(rules(&text.replace('@', "1,560")).is_empty());
        assert_eq!(rules(&text.replace('@', "2,560")), ["part-exceeds-whole"]);
    }
}
