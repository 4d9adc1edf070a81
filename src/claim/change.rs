//! Changes: "rose from A to B", "B, up from A", "rose to B from A", stated
//! as a percentage ("up 12%"), an amount ("a rise of 900"), a multiple
//! ("doubled") or a fraction ("a cut of a third"), in the same sentence or
//! in a later one that names the same difference ("The $9m increase ...").

use super::{Claim, Scope, Stated};
use crate::quantity::Kind;
use crate::span::Span;

/// Verbs before "from A to B" that span a range, not a change: "ranged
/// from", "Tickets cost from £25 to £60", "priced from".
const RANGE_VERBS: &[&str] = &[
    "ranged", "ranging", "range", "ranges", "varied", "vary", "varies", "varying", "cost", "costs",
    "costing", "priced", "span", "spans", "spanning",
];

/// Words that make a figure a statement of change ("a rise of 12%", "up 12%", "12% increase").
const CUE_BEFORE: &[&str] = &[
    "rose",
    "rises",
    "falls",
    "grows",
    "climbs",
    "jumps",
    "drops",
    "soars",
    "slumps",
    "fell",
    "grew",
    "increased",
    "decreased",
    "dropped",
    "declined",
    "climbed",
    "jumped",
    "gained",
    "improved",
    "slipped",
    "eased",
    "surged",
    "plunged",
    "tumbled",
    "slid",
    "sank",
    "shrank",
    "expanded",
    "widened",
    "narrowed",
    "up",
    "down",
    "by",
    "rise",
    "increase",
    "fall",
    "cut",
    "drop",
    "decline",
    "reduction",
    "jump",
    "gain",
    "growth",
    "decrease",
];
/// Nouns of change read on either side: "an improvement of 8 points", "a
/// 5% dip"; "an overrun of 30%" on a cost set against its estimate.
const CHANGE_NOUNS: &[&str] = &[
    "overrun",
    "overspend",
    "improvement",
    "deterioration",
    "boost",
    "surge",
    "slump",
    "climb",
    "leap",
    "dip",
    "saving",
];
const CUE_AFTER: &[&str] = &[
    "rise",
    "increase",
    "fall",
    "drop",
    "cut",
    "decrease",
    "reduction",
    "jump",
    "higher",
    "lower",
    "more",
    "fewer",
    "less",
    "gain",
    "decline",
    "up",
    "down",
];

/// The figures already read as a pair's stated change.
pub fn stated_changes(claims: &[Claim]) -> Vec<usize> {
    claims
        .iter()
        .filter_map(|c| match c {
            Claim::Change {
                stated: Stated::Quantity(s),
                ..
            } => Some(*s),
            _ => None,
        })
        .collect()
}

/// Whether a figure is the start of a "from ... to": "from 2.10", "from an
/// average of 2.10", "from a peak of 41".
fn starts_from(place: &super::context::Place) -> bool {
    if place.prev_is(&["from"]) {
        return true;
    }
    let words: Vec<&str> = place.before().rev().take(4).collect();
    matches!(words.as_slice(), ["of", _, "a" | "an" | "the", "from", ..])
}

/// Whether a joint ends "up from the <noun> of" or "down from its
/// <noun> of": a start named by what it was ("the initial estimate").
fn up_from_named(joint: &str) -> bool {
    let words: Vec<&str> = joint.split_whitespace().rev().take(8).collect();
    let Some(from) = named_after(&words, "from") else {
        return false;
    };
    words
        .get(from + 1..(from + 3).min(words.len()))
        .is_some_and(|ws| {
            ws.iter()
                .any(|w| matches!(w.trim_matches(','), "up" | "down"))
        })
}

/// Whether a joint ends ", against an original estimate of": a cost set
/// against what was planned, the start of its overrun.
fn against_planned(joint: &str) -> bool {
    let words: Vec<&str> = joint.split_whitespace().rev().take(8).collect();
    joint.contains(", against")
        && named_after(&words, "against").is_some()
        && words
            .get(1)
            .is_some_and(|w| matches!(*w, "estimate" | "budget" | "forecast" | "target"))
}

/// Where `lead` stands in `words` (the joint's last words, nearest first),
/// when a determiner and a lower-case noun lead from it to the figure's
/// "of": "from the initial estimate of".
fn named_after(words: &[&str], lead: &str) -> Option<usize> {
    let at = words.iter().position(|w| *w == lead)?;
    ((3..=5).contains(&at)
        && words.first() == Some(&"of")
        && words
            .get(at - 1)
            .is_some_and(|w| matches!(*w, "the" | "a" | "an" | "its" | "their"))
        && words.get(1..at - 1).is_some_and(|noun| {
            noun.iter()
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        }))
    .then_some(at)
}

/// The start and end of each change stated in one sentence ("from A to
/// B", "B, up from A"), in order of their end.
pub fn pairs(scope: &Scope) -> Vec<(usize, usize)> {
    (0..scope.quantities.len())
        .filter_map(|to| from_of(scope, to).map(|from| (from, to)))
        .collect()
}

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let pairs = scope.sentence_pairs();
    // The figures of each pair and the change stated just before it ("rose
    // 3.1% to 6.02 million from 5.84 million"): a change stated later in the
    // sentence cannot reach back past them to an earlier pair.
    let mut owned: Vec<usize> = pairs
        .iter()
        .flat_map(|&(from, to)| [Some(from), Some(to), stated_before(scope, from, to)])
        .flatten()
        .collect();
    owned.sort_unstable();
    for &(from, to) in pairs {
        stated_in_sentence(scope, from, to, &owned, claims);
    }
    multiple_of_base(scope, &owned, claims);
    multiple_since(scope, &owned, claims);
    change_pointed_back(scope, pairs, &owned, claims);
    // "The $9m increase amounts to a rise of about 10%": a later sentence that
    // names the difference of a known pair states that pair's change.
    for i in 0..scope.quantities.len() {
        let Some(place) = scope.place(i) else {
            continue;
        };
        let names_change = place.after_has(
            1,
            &[
                "increase",
                "rise",
                "fall",
                "cut",
                "drop",
                "reduction",
                "decrease",
                // "The 9,000 extra swims amount to a rise of about 22%".
                "extra",
                "additional",
            ],
        ) || place.prev_is(&["of"])
            && place.before_has(2, &["rise", "increase", "fall", "cut", "drop", "loss", "gain"])
            // "The pass rate improved by 8.8 percentage points".
            || place.prev_is(&["by"])
                && place.before_has(
                    2,
                    &["rose", "fell", "improved", "increased", "grew", "dropped", "declined", "climbed"],
                );
        // "The trust will hire 100 extra nurses" looks forward, not back.
        let ahead = place.after_has(1, &["extra", "additional"])
            && (place.forecast(6) || scope.sentence_has(i, super::stale_start::NOT_YET));
        if !names_change || ahead {
            continue;
        }
        // Points name the difference of two shares.
        let like = |f: usize| {
            scope.comparable(f, i)
                || scope.q(i).is_some_and(|q| q.kind == Kind::PercentagePoints)
                    && scope.q(f).is_some_and(|q| q.kind == Kind::Percent)
        };
        // Pairs are in order of their end: only those ending shortly before i.
        let before = pairs.partition_point(|&(_, t)| t < i);
        let Some(&(from, to)) = pairs
            .get(..before)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|&&(_, t)| t + super::REACH >= i)
            .find(|&&(f, t)| {
                t < i
                    && like(f)
                    && scope.place(t).map(|p| p.sentence) != Some(place.sentence)
                    && difference_matches(scope, f, t, i)
            })
        else {
            continue;
        };
        for s in scope.same_sentence(i) {
            // "The increase of 3.7 million tonnes, or about 8%": a share in
            // apposition to the difference states the same change.
            // "That loss of 48 metres amounts to about 29% of the ice": a
            // share the difference is said to be.
            let gap = scope.between(i, s).trim();
            let apposed = s == i + 1
                && (set_beside(scope, i, s)
                    || [
                        "amounts to",
                        "amount to",
                        "represents",
                        "equal to",
                        "equivalent to",
                    ]
                    .iter()
                    .any(|v| gap.ends_with(v)));
            // "The cut of £148 follows a 12% rise last October": a change the
            // other way is another change.
            let rose = scope.q(to).map(|q| q.point()) > scope.q(from).map(|q| q.point());
            let other_way = scope
                .place(s)
                .and_then(|p| p.after().next())
                .and_then(noun_direction)
                .is_some_and(|up| up != rose);
            // "The loss of 21,000 tonnes fell hardest on the Albarin grape,
            // whose harvest dropped 45% to 11,000 tonnes": a change with its
            // own end is another thing's.
            let own_end = !apposed
                && scope.q(s + 1).is_some()
                && matches!(
                    scope.between(s, s + 1).trim(),
                    "to" | "from" | ", from" | ", to"
                );
            // "a rise of nine points in their share, while the number of
            // school stays rose by two-thirds": past a clause of its own,
            // a change is that clause's subject's.
            let own_clause = s > i && opens_clause(scope.between(i, s));
            if s != i
                && !other_way
                && !own_end
                && !own_clause
                && (is_stated_change(scope, s) || apposed)
                && matches!(
                    scope.q(s).map(|q| q.kind),
                    Some(Kind::Percent | Kind::Fraction)
                )
            {
                claims.push(Claim::Change {
                    from,
                    to,
                    stated: Stated::Quantity(s),
                });
            }
        }
    }
}

/// A verb of change said of a figure: "rose", "would rise".
fn said_to_change(w: &str) -> bool {
    super::context::is_any(w, CUE_BEFORE) || super::context::is_any(w, CUE_AFTER)
}

/// The start of a change that ends at `to`, in the same sentence.
fn from_of(scope: &Scope, to: usize) -> Option<usize> {
    let place = scope.place(to)?;
    let q = scope.q(to)?;
    if !q.kind.is_amount() || q.kind == Kind::PercentagePoints || q.range.is_some() {
        return None;
    }
    // "the first time it has passed $400m, up 12% from $368m": a threshold
    // crossed is not where the change ended.
    if place.prev_is(super::context::THRESHOLD_VERBS) {
        return None;
    }
    if let Some(from) = dated_pair(scope, to) {
        return Some(from);
    }
    let sentence = scope.sentence_range(to);
    // "from A to B": A right before, joined by "to"; "ranged from A to B"
    // is a range.
    let frame = |m: usize| {
        scope
            .q(m)
            .is_some_and(|q| matches!(q.kind, Kind::Year | Kind::Date | Kind::Duration))
    };
    if place.prev_is(&["to"]) {
        // "from 312 in the previous 12 months to 480": a time frame of the
        // start may stand between.
        if let Some(a) = sentence.clone().rev().find(|&a| a < to && !frame(a))
            && scope.q(a + 1).is_some_and(|_| (a + 1..to).all(frame))
            && a + 1 < to
            && scope.between(a, to).len() < 60
            && scope.between(a, to).trim_end().ends_with(" to")
            && scope.place(a)?.prev_is(&["from"])
            && scope.comparable(a, to)
        {
            return Some(a);
        }
        if let Some(a) = sentence.clone().rev().find(|&a| a < to) {
            let a_place = scope.place(a)?;
            // "from 412p at Wednesday's close to 265p": a few words of the
            // start's time or place may stand before "to".
            let joint = scope.between(a, to).trim();
            let short_joint = joint == "to"
                || joint.ends_with(" to")
                    && joint.split_whitespace().count() <= 8
                    && !joint.contains([',', ';', '.', '('])
                    && !joint
                        .split_whitespace()
                        .any(|w| matches!(w, "and" | "or" | "but" | "from" | "than"));
            if starts_from(a_place)
                // "pushing the cost from £1.2bn": a noun, not a range verb.
                && (a_place.before_has(3, &["the", "its", "their"])
                    || !a_place.before_has(2, RANGE_VERBS))
                && scope.comparable(a, to)
                && short_joint
            {
                return Some(a);
            }
        }
        // "The mill employs 85 people, and ... that would rise to 120": a
        // pronoun for the one like figure before is the change's subject.
        let mut like_before = sentence
            .clone()
            .filter(|&a| a < to && scope.comparable(a, to) && !frame(a));
        if let (Some(a), None) = (like_before.next(), like_before.next()) {
            let joint: Vec<&str> = scope.between(a, to).split_whitespace().collect();
            // A subject of its own clause, its verb right after ("said that
            // would rise"), not a relative pronoun after a noun ("on
            // revenues that increased"); both figures count one thing.
            let pronoun_changes = joint.windows(4).rev().take(3).any(|w| {
                matches!(w, [before, "it" | "that" | "this", next, then]
                    if (before.ends_with(',')
                        || matches!(*before, "said" | "says" | "and" | "but" | "expects" | "expected"))
                        && (said_to_change(next)
                            || matches!(*next, "would" | "will" | "could" | "should")
                                && said_to_change(then)))
            });
            if pronoun_changes && scope.same_things(a, to) == Some(true) {
                return Some(a);
            }
        }
        // "expected 80,000 visits in its first year, rising to 120,000 by
        // its third": a participle of change set off after a like figure
        // takes that figure as its start.
        if let Some(a) = like_start_of_participle(scope, to, &sentence, frame) {
            return Some(a);
        }
        // "was originally fined £120,000 ..., but the penalty was reduced
        // to £80,000": a figure said to be the first, then one revised to.
        let revised = place.before_has(
            2,
            &[
                "reduced",
                "cut",
                "raised",
                "increased",
                "lowered",
                "revised",
                "trimmed",
                "lifted",
            ],
        );
        if revised
            && let Some(a) = sentence.clone().rev().find(|&a| {
                a < to
                    && scope.comparable(a, to)
                    && scope
                        .place(a)
                        .is_some_and(|p| p.before_has(3, &["originally", "initially", "first"]))
            })
        {
            return Some(a);
        }
        // "rose to B last year from A", "halved to B in 2019 from A"; not
        // "fell to 219, and admissions dropped from 74 to 61": that start
        // has its own end.
        if let Some(a) = sentence
            .clone()
            .find(|&a| a > to && scope.comparable(a, to))
            && scope.place(a)?.prev_is(&["from"])
            // "took them to 35 points from 11 games": of other things.
            && scope.same_things(a, to) != Some(false)
            && sentence.clone().all(|m| m <= to || m >= a || frame(m))
            && !(scope.between(a, a + 1).trim() == "to" && scope.comparable(a, a + 1))
        {
            return Some(a);
        }
    }
    // "B, up from A" / "B, down from A": the next like amount (a year such
    // as "the most since 2003" may stand between). "248 players from 19
    // countries, 61 of them titled, up from 203 players": a part of B and
    // a count of other things stand between B and its start, and neither
    // is the end.
    // "1,412 pairs across the county's 86 survey squares, up from 1,158":
    // a count of other things in a phrase of the figure before is no end.
    let modifies_earlier = place.before_has(3, PREPOSITIONS)
        && sentence
            .clone()
            .any(|e| e < to && scope.comparable(e, to) && scope.same_things(e, to) == Some(false));
    if part_of_those(place) || modifies_earlier {
        return None;
    }
    let mut like = sentence
        .clone()
        .filter(|&a| a > to && scope.comparable(to, a));
    let first = like.next()?;
    // A part of B, or a count of other things in a phrase of B ("from 19
    // countries"); not the object of B's verb ("four museums received
    // 1,008,000 visits, up from 873,000").
    let passed = |a: usize| {
        scope.place(a).is_some_and(|p| {
            part_of_those(p)
                || scope.same_things(to, a) == Some(false) && p.before_has(3, PREPOSITIONS)
        })
    };
    // Past those, only a start set off by ", up from" or ", down from" is
    // B's: "14 branches issued 1.9 million books, compared with 2.0
    // million" has no start for the branches.
    // "612 million krona, down 53 million krona from 655 million": the
    // change's size stands between the end and its start.
    // "118 dives, up by 54 on last season's 74": or after "by", the start
    // after "on".
    if difference_direction(scope, first).is_some()
        && {
            let joint = scope.between(to, first).trim_end();
            let joint = joint.strip_suffix(" by").unwrap_or(joint);
            (joint.ends_with(", down") || joint.ends_with(", up"))
                && joint.len() <= 60
                && !opens_clause(joint)
        }
        && let Some(start) = like.clone().next()
        && start == first + 1
        && base_after_difference(scope, to, first, start)
    {
        return Some(start);
    }
    let next = if passed(first) {
        like.find(|&a| {
            let joint = scope.between(to, a).trim_end();
            joint.ends_with(", up from") || joint.ends_with(", down from")
        })?
    } else {
        first
    };
    let joint = scope.between(to, next);
    // "up from A", or with the change between: "up 20% from A"; "a 22%
    // increase on the 18.2 million". Read from the end of the joint, this
    // rules out most pairs before the joint is read whole below.
    // "on last year's 356 tonnes": the words that own or date the start.
    // "on last year's 356 tonnes": after "on" only, words that own or date
    // the start.
    let owns_start = |w: &&str| {
        matches!(*w, "the" | "its" | "their" | "last")
            || w.len() > 2 && (w.ends_with("'s") || w.ends_with("\u{2019}s"))
    };
    let owned_on = joint.split_whitespace().rev().find(|w| !owns_start(w)) == Some("on");
    let mut back = joint
        .split_whitespace()
        .rev()
        .skip_while(|w| *w == "the" || owned_on && owns_start(w));
    let on_base = |w: &str| {
        matches!(
            w,
            "increase" | "rise" | "fall" | "drop" | "decrease" | "decline" | "gain" | "jump"
        )
    };
    let (up_down, on) = match back.next() {
        Some("from") => (
            back.take(2)
                .any(|w| matches!(w.trim_matches(','), "up" | "down")),
            false,
        ),
        // "a 22% increase on 18.2 million", "up by almost a third on last
        // year's 356 tonnes".
        Some("on") => {
            // Set off by a comma right before it: "The total was 4,200 up
            // on last year's" says the figure is the difference, "two to
            // seven pct down on last season's" a range of changes.
            let before: Vec<&str> = back.take(6).collect();
            let comma_up = before.windows(2).take(5).any(|w| {
                matches!(w, [way, lead] if matches!(*way, "up" | "down") && lead.ends_with(','))
            });
            (before.first().is_some_and(|w| on_base(w)) || comma_up, true)
        }
        // "will take 15 minutes instead of 9": the figure replaced is the start.
        // "up from the initial estimate of £6.1m": a start its noun names.
        Some("of") => (
            back.next() == Some("instead") || up_from_named(joint) || against_planned(joint),
            false,
        ),
        // "31 last year, against 44 the year before": a figure set against
        // the same one at an earlier time.
        // "71,000 hectolitres last year, against 52,000 in 2022": or dated
        // by an earlier year of its own.
        Some("against") => (
            joint.trim_end().ends_with(", against")
                && !place.prev_is(&["from"])
                && earlier_time(scope, to, next),
            false,
        ),
        // "1,850 cyclists a day in May, ..., compared with 820 a day in May
        // 2022": the same figure at an earlier time.
        // A sentence that states a change of its own ("rose 19 to 100,
        // compared to 46 last year") sets a year-ago level beside it, not
        // a start.
        // A part the clause includes ("including 94 on staff, compared with
        // 221") is not the level compared.
        // "Last winter's 41 days compares with 57 days the winter before":
        // the verb sets them side by side without a comma.
        Some("with" | "to") if matches!(back.next(), Some("compared" | "compares" | "compare")) => {
            (
                (joint.contains(", compared") || !joint.contains("compared"))
                    && !place.before_has(2, &["including", "includes", "included"])
                    && earlier_time(scope, to, next)
                    && !scope
                        .same_sentence(to)
                        .any(|m| m <= to && is_stated_change(scope, m)),
                false,
            )
        }
        _ => (false, false),
    };
    if !up_down {
        return None;
    }
    // ", up from" set off after the clause of B reaches back past its noun
    // and time ("2,580 shoplifting offences in Tillingford in the year to
    // June, up from 2,150"); otherwise only a short way.
    let set_off = [
        ", up from",
        ", down from",
        ", compared with",
        ", compared to",
    ]
    .iter()
    .any(|e| joint.trim_end().ends_with(e));
    // ", against 7,200 last year" is dated as the start: it may close a
    // longer sentence ("9,400 dogs have been entered for the show, which
    // opens on Friday at the showground, against 7,200 last year").
    let against = joint.trim_end().ends_with(", against");
    let reach = if against {
        200
    } else if set_off || owned_on {
        120
    } else {
        60
    };
    // "rose by £30,000, while spending edged up from £382,000": another subject.
    if joint.len() >= reach || joint.contains([';', ':']) || opens_clause(joint) {
        return None;
    }
    // "$4.10 a kilo (about $1.86 a pound) ..., up from $3.20": a figure of
    // the same kind in brackets after another restates it, perhaps in
    // other units, and the start is the other's.
    let bracketed = to > 0
        && scope.between(to - 1, to).contains('(')
        && scope.q(to - 1).map(|q| q.kind) == Some(q.kind)
        && joint
            .split_once(')')
            .is_some_and(|(inside, _)| !inside.contains('('));
    if bracketed {
        return None;
    }
    // Not past another clause: "61.2bn. This was 4.8% up from 58.4bn at the
    // end of November and 36.7% up from 44.8bn" pairs neither 58.4 with 44.8.
    let change_between = (to + 1..next).any(|m| scope.q(m).is_some_and(|q| q.kind.is_share()));
    let close =
        joint.split_whitespace().count() <= 6 && !joint.split_whitespace().any(|w| w == "and");
    (close || on || !change_between).then_some(next)
}

/// Whether `start`, a few words after the difference `first`, is the base
/// it is measured from: "up 53 from 655", or "on last season's 74", a base
/// dated or owned; not "up 2-3/8 on 848,200 shares", what it rose on.
fn base_after_difference(scope: &Scope, to: usize, first: usize, start: usize) -> bool {
    let gap = scope.between(first, start);
    let on_base = gap.trim_start().starts_with("on ")
        && (gap.contains("'s")
            || gap.contains("\u{2019}s")
            || scope.same_things(to, start) == Some(true));
    gap.split_whitespace().count() <= 3
        && (scope
            .place(start)
            .is_some_and(|p| p.prev_is_close(&["from"]))
            || on_base)
}

/// Participles that carry a figure set off before them to another.
const CHANGE_PARTICIPLES: &[&str] = &[
    "rising",
    "falling",
    "growing",
    "climbing",
    "increasing",
    "dropping",
    "declining",
    "swelling",
    "shrinking",
];

/// The start of ", rising to B": the nearest like figure before in the
/// sentence, a few words back, not of other things.
fn like_start_of_participle(
    scope: &Scope,
    to: usize,
    sentence: &std::ops::Range<usize>,
    frame: impl Fn(usize) -> bool,
) -> Option<usize> {
    let a = sentence
        .clone()
        .rev()
        .find(|&a| a < to && scope.comparable(a, to) && !frame(a))?;
    // "1,200 staff in 14 offices, rising to 1,500": not a figure in a
    // phrase of another.
    if scope.place(a)?.before_has(3, PREPOSITIONS) {
        return None;
    }
    let joint = scope.between(a, to);
    let (_, verb) = joint.trim_end().strip_suffix(" to")?.rsplit_once(", ")?;
    (super::context::is_any(verb, CHANGE_PARTICIPLES)
        && joint.split_whitespace().count() <= 10
        && !joint.contains([';', '('])
        && scope.same_things(a, to) != Some(false))
    .then_some(a)
}

/// Prepositions that put a figure in a phrase of another: "across the
/// county's 86 squares", "from 19 countries".
const PREPOSITIONS: &[&str] = &["across", "in", "at", "over", "among", "from", "throughout"];

/// "covered 14.2 square kilometres in 2000 and covers 11.3 square
/// kilometres today", "14.2 million in 2000 and 11.3 million in 2020": two
/// like amounts joined by "and" (or set apart by "now"), each given for
/// its time, the first's the earlier, are the start and end of a change.
fn dated_pair(scope: &Scope, to: usize) -> Option<usize> {
    let year_after = |i: usize| {
        scope
            .q(i + 1)
            .filter(|y| {
                // "240 signs in 2015": the figure's noun may stand between.
                let gap: Vec<&str> = scope.between(i, i + 1).split_whitespace().collect();
                y.kind == Kind::Year
                    && gap.len() <= 3
                    && gap.last() == Some(&"in")
                    && !gap.concat().contains([',', ';', '.', '('])
            })
            .and_then(|y| y.value)
    };
    let mut after_to = scope
        .text
        .get(scope.q(to)?.span.end..)?
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    // "240 signs in 2015 but only 90 last year": the year just gone is
    // later than one named.
    let now = match after_to.next() {
        Some("today" | "now") => true,
        Some("last" | "this") => after_to.next() == Some("year"),
        _ => false,
    };
    let from = to.checked_sub(2)?;
    let (Some(then), later) = (year_after(from), year_after(to)) else {
        return None;
    };
    // "14.2m in 2000, 12.1m in 2010 and 11.3m in 2020": a series, whose
    // change the pair alone is not.
    if from
        .checked_sub(2)
        .is_some_and(|b| year_after(b).is_some() && scope.comparable(b, from))
    {
        return None;
    }
    // "grew by 25 pct in 1984 and 20 pct in 1985": rates of change of
    // their own, no levels.
    let rates = scope.q(from).is_some_and(|q| q.kind.is_share())
        && scope.words_leading_to(from, 40).any(|w| {
            said_to_change(w) || super::context::is_any(w, &["by", "grow", "grew", "growth"])
        });
    let joint = scope.between(from + 1, to);
    // "cost £380 in 2021 now sells for £570": "now" sets the two apart as
    // "and" does.
    let now_between = joint
        .split_whitespace()
        .any(|w| matches!(w, "now" | "today"));
    let joined = !rates
        && (now_between || joint.split_whitespace().any(|w| w == "and" || w == "but"))
        && joint.split_whitespace().count() <= 4
        && !joint.contains([';', '.', '(']);
    (joined
        && scope.comparable(from, to)
        && scope.same_things(from, to) != Some(false)
        && (now || now_between || later.is_some_and(|l| l > then)))
    .then_some(from)
}

/// Whether a figure is a part of the figure before: "61 of them", "nine
/// of whom".
pub(super) fn part_of_those(place: &super::context::Place) -> bool {
    place.after_is(0, "of") && place.after_has(2, &["them", "whom", "those", "these", "which"])
}

/// Whether figure `then` is dated before figure `now`: "a year earlier",
/// "last year", or a year of its own earlier than any year of `now`'s.
fn earlier_time(scope: &Scope, now: usize, then: usize) -> bool {
    let Some(p) = scope.place(then) else {
        return false;
    };
    if p.after_has(4, &["before", "earlier", "ago", "previously"])
        || p.after_pair(4, "last", "year")
    {
        return true;
    }
    // "£241m in the same weeks a year earlier, a decline ...": the time
    // may close the figure's clause a few words on.
    let clause = scope
        .q(then)
        .and_then(|q| scope.text.get(q.span.end..))
        .map(|t| t.split([',', ';', '.', '(']).next().unwrap_or(t))
        .filter(|c| c.len() <= 60)
        .unwrap_or("");
    if clause
        .split_whitespace()
        .next_back()
        .is_some_and(|w| super::context::is_any(w, &["earlier", "ago", "before", "previously"]))
    {
        return true;
    }
    let year_of = |i: usize| {
        (i + 1..i + 3)
            .take_while(|&y| scope.place(y).is_some_and(|yp| yp.sentence == p.sentence))
            .find(|&y| scope.q(y).is_some_and(|q| q.kind == Kind::Year))
            .filter(|&y| scope.between(i, y).split_whitespace().count() <= 5)
            .and_then(|y| scope.q(y)?.value)
    };
    match (year_of(then), year_of(now).filter(|_| now + 1 < then)) {
        (Some(a), Some(b)) => a < b,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Whether a multiple word is said of something else than the pair: before
/// it past a contrast ("suggests doubling the money ..., while cutting
/// limits from £20m to £15m"), or after it past a contrast word.
fn belongs_elsewhere(scope: &Scope, word: Span, from: usize, to: usize) -> bool {
    let (Some(a), Some(b)) = (scope.q(from.min(to)), scope.q(from.max(to))) else {
        return true;
    };
    let contrast = |t: &str| {
        t.split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| matches!(w, "while" | "but" | "whereas" | "although" | "though"))
    };
    if word.end <= a.span.start {
        let between = scope.text.get(word.end..a.span.start).unwrap_or("");
        between.contains(';') || contrast(between)
    } else {
        contrast(scope.text.get(b.span.end..word.start).unwrap_or(""))
    }
}

fn difference_matches(scope: &Scope, from: usize, to: usize, d: usize) -> bool {
    let (Some(a), Some(b), Some(c)) = (scope.q(from), scope.q(to), scope.q(d)) else {
        return false;
    };
    let diff = b.interval.sub(a.interval);
    let magnitude = if diff.low < 0.0 {
        diff.scale(-1.0)
    } else {
        diff
    };
    magnitude.overlaps(c.interval) && c.point() != a.point() && c.point() != b.point()
}

/// Whether figure `s` is set right beside `a` as another wording of it:
/// "£240, or 19%", "13 micrograms, or about 42%" (past the noun `a`
/// counts), "30p (20%)".
fn set_beside(scope: &Scope, a: usize, s: usize) -> bool {
    let gap = scope.between(a, s).trim();
    let noun = scope.q(a).and_then(|q| q.noun.as_deref());
    let gap = match gap.split_once(|c: char| !c.is_alphabetic()) {
        Some((word, rest)) if noun.is_some_and(|n| crate::quantity::noun::normalise(word) == n) => {
            rest.trim_start()
        }
        _ => gap,
    };
    matches!(gap, ", or" | "or" | "(")
}

/// A percent or fraction that states a change: "up 12%", "a rise of 12%",
/// "a 12% increase", "a cut of a third".
pub fn is_stated_change(scope: &Scope, i: usize) -> bool {
    let Some(p) = scope.place(i) else {
        return false;
    };
    // "earned by 64% of the sector": a share of something, not a change.
    // The cheapest test, and a common case ("12% of"): asked first.
    // "a loss of about 26% of its area": the share of what changed, named
    // as its own, is the change.
    if p.after_is(0, "of") {
        return scope.q(i).is_some_and(|q| q.kind.is_share())
            && p.prev_is(&["of"])
            && (p.before_has(2, CUE_AFTER)
                || p.before_has(2, CHANGE_NOUNS)
                || p.before_has(2, &["loss"]))
            && p.after_has(2, &["its", "their"])
            // "a cut of 15% of its 4,000 staff": a share of a stated whole.
            && scope
                .q(i + 1)
                .is_none_or(|n| {
                    !matches!(n.kind, Kind::Count | Kind::Money | Kind::Measure)
                        || n.span.start > scope.q(i).map_or(0, |q| q.span.end) + 24
                });
    }
    // "signed up 4,700 children", "set up 12 hubs": a verb's particle.
    let particle = p.prev_is(&["up", "down"]) && p.before_has(2, PHRASAL);
    // "was made up of 118 saddles": the particle before "of".
    let particle_of = p.prev_is(&["of"])
        && p.before_is(1, "up")
        && ["made", "make", "makes", "making"]
            .iter()
            .any(|w| p.before_is(2, w));
    let before = p.prev_is(CUE_BEFORE) && !particle
        || extra_in_apposition(scope, i)
        || p.prev_is(CHANGE_NOUNS)
        || p.prev_is(&["of"])
            && (p.before_has(2, CUE_BEFORE) && !particle_of || p.before_has(2, CHANGE_NOUNS))
        // "described the increase as one of 29%": the change named again.
        || p.prev_is(&["of"])
            && p.before_is(1, "one")
            && (p.before_has(5, CUE_AFTER) || p.before_has(5, CHANGE_NOUNS))
        // "shrunk from 11.4 to 6.8 square kilometres, a loss of 68%": a
        // share lost, not a sum.
        || p.prev_is(&["of"])
            && p.before_has(2, &["loss"])
            && scope.q(i).is_some_and(|q| q.kind.is_share())
        || p.prev_is(&["a", "an"]) && (p.after_has(1, CUE_AFTER) || p.after_has(1, CHANGE_NOUNS))
        // "a decline the company put at 6%", "a rise it estimated at 12%".
        || p.prev_is(&["at"])
            && p.before_has(2, ESTIMATED)
            && (p.before_has(5, CUE_AFTER) || p.before_has(5, CHANGE_NOUNS));
    // "$131.4m, up 14%": after a comma the cue is said of the figure's change, not by it.
    let comma = scope
        .q(i)
        .and_then(|q| scope.text.get(q.span.end..))
        .is_some_and(|t| t.starts_with(','));
    let after = (p.after_has(1, CUE_AFTER) || p.after_has(1, CHANGE_NOUNS))
        && !p.after_has(2, &["than"])
        && !comma;
    before || after
}

/// "610,000 ..., against 380,000 a year earlier, an extra 230,000": "an
/// extra" or "an additional" amount set off by a comma is the difference
/// of the figures before it, as "an increase of" is.
fn extra_in_apposition(scope: &Scope, i: usize) -> bool {
    let Some(q) = scope.q(i) else { return false };
    let lead = scope.text.get(..q.span.start).unwrap_or("").trim_end();
    ["an extra", "an additional", "a further"]
        .iter()
        .find_map(|w| lead.strip_suffix(w))
        .is_some_and(|rest| rest.trim_end().ends_with(','))
}

/// Verbs that put a size on a change named before them ("a decline the
/// company put at 6%").
const ESTIMATED: &[&str] = &[
    "put",
    "puts",
    "estimated",
    "estimates",
    "calculated",
    "calculates",
    "pegged",
    "pegs",
    "reckoned",
    "reckons",
    "measured",
    "measures",
];

/// Verbs whose "up" or "down" is a particle, not a change ("signed up").
const PHRASAL: &[&str] = &[
    "signed", "sign", "signs", "set", "sets", "picked", "picks", "took", "take", "takes", "taken",
    "turned", "turns", "showed", "shows", "stepped", "built", "builds", "broke", "broken",
    "breaks", "handed", "hands", "put", "puts", "made", "make", "makes", "making", "pick",
    "picking", "racked", "racks", "rack", "snapped", "snaps", "scooped", "scoops", "rounded",
    "rounds", "clocked", "clocks", "chalked", "freed", "frees", "mopped",
];

/// Words that open a clause with a subject of its own: a change stated
/// past them is that subject's.
const CLAUSE_BREAKS: &[&str] = &[
    "with", "while", "whereas", "but", "if", "although", "though",
];

/// Whether `text` opens a clause with a subject of its own: a word of
/// [`CLAUSE_BREAKS`], "as" set off by a comma or "even" ("fell to 131,
/// even as the number of patients has grown by 6%"), ", and" with a
/// subject and its verb (", and freight bookings were up") or with an aim
/// ("and plans to").
pub(super) fn opens_clause(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphabetic() && c != ',')
        .filter(|w| !w.is_empty())
        .collect();
    // ", and freight bookings were up 11%": "and", a subject of its own
    // (not "it"), and its verb.
    let and_subject = words
        .windows(2)
        .position(|w| matches!(w, [comma, "and"] if comma.ends_with(',')))
        .is_some_and(|at| {
            let rest = words.get(at + 2..).unwrap_or_default();
            rest.iter()
                .position(|w| matches!(*w, "were" | "was" | "are" | "is" | "has" | "have" | "had"))
                .is_some_and(|verb| {
                    verb > 0
                        && rest
                            .first()
                            .is_some_and(|s| !matches!(*s, "it" | "they" | "this"))
                })
        });
    // "from £8.50 to £9.50, and wholesale prices by about 10%": a second
    // object whose verb is left out changes by its own figure.
    let and_object = words
        .windows(2)
        .position(|w| matches!(w, [comma, "and"] if comma.ends_with(',')))
        .is_some_and(|at| {
            let rest = words.get(at + 2..).unwrap_or_default();
            rest.iter().position(|w| *w == "by").is_some_and(|by| {
                let words = rest.get(..by).unwrap_or_default();
                // "and was raised by", "and rose by": the pair's own verb.
                let verb = words
                    .last()
                    .is_some_and(|w| w.ends_with("ed") || direction(w).is_some());
                (1..=4).contains(&by)
                    && !verb
                    && words.iter().all(|w| {
                        !w.ends_with(',')
                            && !w.ends_with("ly")
                            && !matches!(
                                *w,
                                "a" | "an"
                                    | "up"
                                    | "down"
                                    | "then"
                                    | "again"
                                    | "so"
                                    | "thus"
                                    | "therefore"
                                    | "hence"
                                    | "it"
                                    | "this"
                                    | "was"
                                    | "were"
                                    | "is"
                                    | "are"
                                    | "has"
                                    | "have"
                                    | "had"
                            )
                    })
            })
        });
    // "up from 22, and plans to take on six more": an aim is a figure of
    // its own, not the change just made.
    let aim = |w: &str| {
        let stem = w
            .strip_suffix("ing")
            .or_else(|| w.strip_suffix("ed"))
            .or_else(|| w.strip_suffix('s'))
            .unwrap_or(w);
        matches!(
            stem,
            "plan" | "plann" | "hop" | "hope" | "expect" | "aim" | "intend" | "want"
        ) || matches!(w, "will" | "would")
    };
    let and_aim = words
        .windows(2)
        .any(|w| matches!(w, ["and", verb] if aim(verb)))
        || words
            .windows(3)
            .any(|w| matches!(w, ["and", "is" | "are", verb] if aim(verb) || *verb == "set"));
    and_subject
        || and_object
        || and_aim
        || words.iter().enumerate().any(|(n, w)| {
            let w = w.trim_matches(',');
            let before = n
                .checked_sub(1)
                .and_then(|b| words.get(b))
                .copied()
                .unwrap_or("");
            // "compared with" sets a figure against another, it opens no clause.
            CLAUSE_BREAKS.contains(&w) && !matches!(before, "compared" | "compares" | "compare")
                || w == "as" && (before == "even" || before.ends_with(','))
        })
}

/// A change measured from another base than the pair's: "a year-on-year
/// increase of 5.1%", "an annual rise of 3%", "a 2.9% rise over the same
/// quarter a year before", "a 1.4% rise in consumer spending".
/// `said` is the text that states the pair: a subject named there ("Revenue
/// rose ..., a 20% increase in revenue") is the pair's own.
pub(super) fn names_other_base(scope: &Scope, s: usize, said: &str) -> bool {
    let Some(p) = scope.place(s) else {
        return false;
    };
    let other = |w: &str| is_subject(w) && !said.to_ascii_lowercase().contains(w);
    let yearly = p.before_has(3, &["annual", "annualised", "annualized", "yearly"])
        // "year-to-date sales were up 13 pct": a period of its own.
        || scope.sentence_has(s, &["year-to-date"])
        || p.before().rev().take(3).any(|w| {
            w.eq_ignore_ascii_case("year-on-year") || w.eq_ignore_ascii_case("year-over-year")
        });
    // Past the cue word, if any ("a 1.4% rise in", "a rise of 15% in").
    let k = usize::from(p.after_has(1, CUE_AFTER) || p.after_has(1, CHANGE_NOUNS));
    let named_subject =
        p.after_is(k, "over") || p.after_is(k, "in") && p.after().nth(k + 1).is_some_and(other);
    // "up by about a fifth on 2023": a base year the pair does not name.
    let other_year = p.after_is(k, "on")
        && scope.between(s, s + 1).split_whitespace().count() <= k + 1
        && scope.q(s + 1).is_some_and(|y| {
            y.kind == Kind::Year
                && scope
                    .text
                    .get(y.span.start..y.span.end)
                    .is_some_and(|year| !said.contains(year))
        });
    yearly || named_subject || other_year
}

/// A word after "in" that names what changed ("in rice deliveries"), not
/// a determiner or a time ("in the year", "in May").
fn is_subject(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && !crate::quantity::lexicon::is_number_word(w)
        && !matches!(
            w,
            "the"
                | "a"
                | "its"
                | "their"
                | "this"
                | "that"
                | "value"
                | "size"
                | "years"
                | "months"
                | "weeks"
                | "days"
                | "decades"
                | "recent"
                | "just"
                | "only"
        )
}

/// The kinds a relative change is stated in: "12%", "a third", "3 points".
fn is_share_of_change(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Percent | Kind::Fraction | Kind::PercentagePoints
    )
}

/// Whether figure `s` can state the change from `from` to `to`: a share, or
/// a like amount of the difference's size ("reduce costs by $390,000" is no
/// statement of a change from 4 cents to 19 cents).
fn states_change_of(scope: &Scope, from: usize, to: usize, s: usize) -> bool {
    // Points are a change of shares only ("up three percentage points" is
    // no change of 870 people).
    let points = scope.q(s).is_some_and(|q| q.kind == Kind::PercentagePoints);
    let of_shares = scope.q(to).is_some_and(|q| q.kind == Kind::Percent);
    scope.q(s).is_some_and(|q| is_share_of_change(q.kind)) && (!points || of_shares)
        || scope.comparable(s, to) && same_order(scope, from, to, s)
}

/// Whether an amount stated as a change is within a factor of ten of the
/// pair's difference.
fn same_order(scope: &Scope, from: usize, to: usize, s: usize) -> bool {
    let (Some(a), Some(b), Some(c)) = (scope.q(from), scope.q(to), scope.q(s)) else {
        return false;
    };
    let base = |q: &crate::quantity::Quantity| q.point() * q.unit.map_or(1.0, |u| u.factor);
    let diff = (base(b) - base(a)).abs();
    let stated = base(c).abs();
    stated <= diff * 10.0 && stated * 10.0 >= diff
}

/// Words of a time frame between a change and its pair ("increased 62% in
/// the two months to ..."); any other word ("on a comparable store basis")
/// may make the change another measure's.
const FRAME_WORDS: &[&str] = &[
    "in",
    "a",
    "the",
    "its",
    "first",
    "second",
    "third",
    "fourth",
    "half",
    "quarter",
    "year",
    "month",
    "months",
    "week",
    "weeks",
    "period",
    "fiscal",
    "to",
    "from",
    "overnight",
    "last",
    "this",
];

/// The change stated just before a pair: "up 38% to $84.2m from $61.0m",
/// "increased 62% in the two months to 6.40 million from 3.95 million".
fn stated_before(scope: &Scope, from: usize, to: usize) -> Option<usize> {
    let first = from.min(to);
    // A time frame ("in the two months to") may stand between: a figure or
    // two, not a table of years.
    let mut s = first.checked_sub(1)?;
    let mut frames = 0;
    while scope.q(s).is_some_and(|q| {
        matches!(
            q.kind,
            Kind::Duration | Kind::Year | Kind::Date | Kind::Ordinal
        )
    }) {
        frames += 1;
        if frames > 2 {
            return None;
        }
        s = s.checked_sub(1)?;
    }
    let joints = || (s..first).map(|k| scope.between(k, k + 1));
    let words = || {
        joints()
            .flat_map(str::split_whitespace)
            .map(|w| w.trim_matches(','))
            .filter(|w| !w.is_empty())
    };
    // "rose 12% to B from A"; "fell 12% in March, from A to B", "rose 2.3
    // metres overnight, from 4.1m to 6.9m", "fell by a fifth, from A to B".
    let leads_in = match words().next_back() {
        Some("to") => true,
        Some("from") => first == from,
        _ => false,
    };
    let frame_word = |w: &str| {
        FRAME_WORDS.contains(&w)
            || w.starts_with(|c: char| c.is_ascii_uppercase())
                && crate::quantity::lexicon::month(&w.to_ascii_lowercase())
    };
    let ok = states_change_of(scope, from, to, s)
        && leads_in
        && words().all(frame_word)
        && joints().all(|j| j.len() < 40 && !j.contains(['.', ';']))
        && is_stated_change(scope, s);
    ok.then_some(s)
}

fn stated_in_sentence(
    scope: &Scope,
    from: usize,
    to: usize,
    owned: &[usize],
    claims: &mut Vec<Claim>,
) {
    let Some(tq) = scope.q(to) else { return };
    let sentence: Vec<usize> = scope.same_sentence(to).collect();
    let last = from.max(to);
    // The sentence up to the pair's end: what the pair is said of.
    let said = {
        let start = scope
            .layout
            .sentence_span(scope.layout.sentence_of(tq.span.start), scope.text.len())
            .start;
        let end = scope.q(last).map_or(start, |q| q.span.start);
        scope.text.get(start..end.max(start)).unwrap_or("")
    };
    // The change stated just before the pair is its statement; a later
    // "with like-for-like sales up 9%" is another figure's.
    if let Some(s) = stated_before(scope, from, to) {
        claims.push(Claim::Change {
            from,
            to,
            stated: Stated::Quantity(s),
        });
        return;
    }
    // "48,000 cars, up 20% from 42,000": the change stands inside the pair;
    // "612 million krona, down 53 million krona from 655 million" its size.
    if to < from
        && let Some(s) = (to + 1..from).find(|&s| {
            scope.q(s).is_some_and(|q| is_share_of_change(q.kind)) && is_stated_change(scope, s)
                || scope.comparable(s, to) && difference_direction(scope, s).is_some()
        })
    {
        claims.push(Claim::Change {
            from,
            to,
            stated: Stated::Quantity(s),
        });
        return;
    }
    let mut found = false;
    for &s in sentence.iter().filter(|&&s| s > last) {
        if owned.binary_search(&s).is_ok() {
            break;
        }
        // "..., with like-for-like sales up 9%": a new subject past "with",
        // "while" or a semicolon has a change of its own.
        let between = scope.between(last, s);
        // "fell from 148 to 137, compared with a fall of 3 points in the
        // other group": what the pair is compared with is another's change.
        if between.contains(';')
            || opens_clause(between)
            || between
                .split_whitespace()
                .any(|w| super::context::is_any(w, &["compared", "versus", "against"]))
        {
            break;
        }
        // "to 460,000 tonnes from 410,000, and the maize crop to be 21,000
        // tonnes, a 38% increase": a like figure of its own takes the
        // changes after it.
        if scope.comparable(s, to) && !is_stated_change(scope, s) {
            break;
        }
        // "increased 8.6% to 4.10 billion": a change with an end of its own.
        if scope.between(s, s + 1).trim() == "to" {
            break;
        }
        if names_other_base(scope, s, said) {
            continue;
        }
        // "and up 19% from its previous high": a change from another base.
        if scope.place(s).is_some_and(|p| p.after_is(0, "from"))
            && scope.between(s, s + 1).trim() != "from"
        {
            continue;
        }
        // "an increase of £240, or 19%": a share in apposition to a stated
        // change states it again, also when the change is in another unit
        // than the pair ("from £2.40 to £2.70, a rise of 30p or 20%").
        let apposed = s
            .checked_sub(1)
            .is_some_and(|a| (found || is_stated_change(scope, a)) && set_beside(scope, a, s))
            && scope.q(s).is_some_and(|q| q.kind.is_share());
        if apposed || states_change_of(scope, from, to, s) && is_stated_change(scope, s) {
            claims.push(Claim::Change {
                from,
                to,
                stated: Stated::Quantity(s),
            });
            found = true;
        }
    }
    if found {
        return;
    }
    // Multiples and directions in words, between the start of the sentence and the end of the change.
    let sent = scope
        .layout
        .sentence_span(scope.layout.sentence_of(tq.span.start), scope.text.len());
    // "three times the old price": the multiple's own number ends nothing.
    let end = sentence
        .iter()
        .find(|&&s| s > last && !counts_times(scope, s))
        .and_then(|&s| scope.q(s))
        .map_or(sent.end, |q| q.span.start);
    // Near the pair only, so one huge sentence is not read once per pair.
    let sent = scope.snap(scope.near(Span::new(sent.start, end), &[from, to]));
    let text = scope.text.get(sent.start..sent.end).unwrap_or("");
    for (offset, word) in word_offsets(text) {
        let lower = word.to_ascii_lowercase();
        let at = sent.start + offset;
        // "doubled"; "more than three times the old price" with its number.
        let Some((span, factor)) = multiple(&lower)
            .map(|f| (Span::new(at, at + word.len()), f))
            .or_else(|| {
                (lower == "times")
                    .then(|| super::factor_change::multiple_at(scope.text, at))
                    .flatten()
                    .filter(|(span, _, _)| set_off_after(scope, last, *span))
                    .map(|(span, f, _)| (span, f))
            })
        else {
            continue;
        };
        // "profits halved to 140m from 290m, with the balance sheet falling
        // to 36.10bn from 36.45bn": the pair nearer the word has it.
        let first_start = scope.q(from.min(to)).map_or(0, |q| q.span.start);
        let other_pair_between = owned.iter().any(|&o| {
            o != from
                && o != to
                && scope
                    .q(o)
                    .is_some_and(|q| q.span.start > span.end && q.span.end <= first_start)
        });
        // "has more than doubled since the council halved the charge, from
        // £36 to £18": the multiple nearer the pair has it.
        // Not one that multiplies nothing ("under the triple lock", "reviewed
        // them twice").
        let nearer_multiple = scope.text.get(span.end..first_start).is_some_and(|gap| {
            word_offsets(gap).any(|(at, w)| {
                let lower = w.to_ascii_lowercase();
                let at = span.end + at;
                lower != "twice"
                    && multiple(&lower).is_some()
                    && !attributive(scope.text, Span::new(at, at + w.len()))
            })
        });
        // "a doubling of the company's shares": the multiple names its subject.
        let mut next = word_offsets(text.get(offset + word.len()..).unwrap_or("")).map(|(_, w)| w);
        let of_subject = match next.next() {
            Some("of") => true,
            Some("in") => next.next().is_some_and(is_subject),
            _ => false,
        };
        // "forced to double its annual subscription to £180, and membership
        // fell from about 240 to 150": a figure right after the word, in its
        // clause, is what it multiplied.
        // "up from 164 ... and more than double the 98 call-outs it
        // received a decade ago": so is one after the pair.
        let own_figure = scope
            .starting_in(span.end, scope.text.len())
            .take(1)
            .chain(scope.starting_in(span.end, first_start))
            .filter(|&o| o != from && o != to && scope.single_amount(o))
            .any(|o| {
                scope.q(o).is_some_and(|q| {
                    scope.text.get(span.end..q.span.start).is_some_and(|gap| {
                        !gap.contains([',', ';', '.', '!', '?'])
                            && gap.split_whitespace().count() <= 5
                    })
                })
            });
        let after = text.get(offset + word.len()..).unwrap_or("");
        if other_pair_between
            || nearer_multiple
            || of_subject
            || own_figure
            || multiplies_other_object(scope, after, from, to)
            || attributive(scope.text, span)
            || belongs_elsewhere(scope, span, from, to)
        {
            continue;
        }
        claims.push(Claim::Change {
            from,
            to,
            stated: Stated::Factor {
                factor,
                span,
                word: scope
                    .text
                    .get(span.start..span.end)
                    .unwrap_or(word)
                    .to_string(),
                hedge: hedge_before(scope.text.get(sent.start..span.start).unwrap_or("")),
            },
        });
        return;
    }
    // A direction verb before the pair in its clause ("rose from 48 to
    // 36", "slipped to 71.8% from 68.2%", "climbed to 1.21m from 1.26m").
    // In "output grew 15.7%, down from 23%" the verb is the figure's own
    // change, and "down" the pair's direction.
    let Some(fq) = scope.q(from.min(to)) else {
        return;
    };
    // "the kwacha fell to 21 to the dollar from two": a currency quoted
    // per dollar falls as its figure rises.
    if scope.place(to).is_some_and(|p| {
        p.after_is(0, "to") && p.after_is(1, "the")
            || p.after_is(0, "per")
            || p.after_is(0, "against")
    }) {
        return;
    }
    if to < from
        && scope
            .between(to, from)
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| w == "up" || w == "down")
    {
        return;
    }
    let head = scope
        .text
        .get(sent.start..fq.span.start.max(sent.start))
        .unwrap_or("");
    // "Hours have been cut: 72 now close, up from 19": a colon ends a clause.
    let clause = head.rfind([':', ';']).map_or(0, |p| p + 1);
    let words: Vec<(usize, &str)> = word_offsets(head.get(clause..).unwrap_or(""))
        .map(|(o, w)| (o + clause, w))
        .collect();
    // The verb is among the last few words, and no clause break stands after it.
    let Some(&(offset, verb)) = words
        .iter()
        .enumerate()
        .rev()
        .take(4)
        .take_while(|(_, (_, w))| !CLAUSE_BREAKS.contains(&w.to_ascii_lowercase().as_str()))
        .find(|&(at, (_, w))| direction(w).is_some() && !subject_of_a_verb(&words, at))
        .map(|(_, w)| w)
    else {
        return;
    };
    if let Some(up) = direction(verb) {
        let span = Span::new(sent.start + offset, sent.start + offset + verb.len());
        claims.push(Claim::Change {
            from,
            to,
            stated: Stated::Direction {
                up,
                span,
                word: verb.to_string(),
            },
        });
    }
}

/// Whether direction word `at` is a noun its own verb follows: "the
/// average men's cut has gone from £18 to £21"; that verb, not the noun,
/// says which way ("the cut from 19p to 20p" still says down).
fn subject_of_a_verb(words: &[(usize, &str)], at: usize) -> bool {
    const VERBS: &[&str] = &[
        "has", "have", "had", "is", "was", "went", "goes", "costs", "cost", "rose", "fell",
    ];
    words
        .get(at + 1)
        .is_some_and(|&(_, next)| super::context::is_any(next, VERBS))
}

/// "£330, up from £150, more than three times the old price": a multiple
/// in figures set off by a comma right after the pair's last figure, of a
/// base that points back; "and homes ... pay four times the bill" is
/// another's.
fn set_off_after(scope: &Scope, last: usize, multiple: Span) -> bool {
    // The figure the multiple's number is read as ("more than three").
    let number = (last + 1..scope.quantities.len()).take(2).find(|&n| {
        scope
            .q(n)
            .is_some_and(|q| q.span.start <= multiple.start && multiple.start < q.span.end)
    });
    let after = scope.text.get(multiple.end..).unwrap_or("");
    number.is_some_and(|n| scope.between(last, n).trim() == ",") && points_back(after)
}

/// "the old price", "last year's", "that": a base that is a figure said
/// before, not one of its own ("four times the national rate").
fn points_back(after: &str) -> bool {
    let words: Vec<String> = word_offsets(after)
        .take(3)
        .map(|(_, w)| w.to_ascii_lowercase())
        .collect();
    let back = |w: &str| {
        matches!(
            w,
            "old" | "previous" | "former" | "original" | "earlier" | "initial" | "last" | "before"
        )
    };
    match words.first().map(String::as_str) {
        Some("that" | "what" | "those") => true,
        Some("the" | "its" | "their") => words.iter().skip(1).take(2).any(|w| back(w)),
        Some(w) => back(w),
        None => false,
    }
}

/// Whether figure `s` is the number of a multiple: "three" in "three
/// times the old price", not in "three times a week".
fn counts_times(scope: &Scope, s: usize) -> bool {
    scope.q(s).is_some_and(|q| {
        let after = scope.text.get(q.span.end..).unwrap_or("");
        let gap = after.len() - after.trim_start().len();
        after.trim_start().starts_with("times ")
            && super::factor_change::multiple_at(scope.text, q.span.end + gap).is_some()
    })
}

/// The factor a multiple word states.
pub(super) fn multiple(lower: &str) -> Option<f64> {
    match lower {
        "doubled" | "doubling" | "doubles" | "double" | "twice" => Some(2.0),
        "tripled" | "trebled" | "tripling" | "trebling" | "triple" | "treble" | "triples"
        | "trebles" => Some(3.0),
        "quadrupled" | "quadrupling" | "quadruple" | "quadruples" => Some(4.0),
        "halved" | "halving" | "halves" | "halve" => Some(0.5),
        _ => None,
    }
}

/// "Triple science entries", "a double room", "the double glazing": a
/// multiple's bare form before a noun, with no subject or verb before
/// it, says what kind a thing is, not that something was multiplied
/// ("could double output" is a verb; "double the 98" a multiple).
/// "to triple its output with nine turbines instead of 32": a multiple
/// whose own object ("its output") names other things than the pair
/// counts was said of that object, not of the pair.
fn multiplies_other_object(scope: &Scope, after: &str, from: usize, to: usize) -> bool {
    let mut words = word_offsets(after).map(|(_, w)| w);
    if !matches!(words.next(), Some("its" | "their")) {
        return false;
    }
    let Some(noun) = [to, from]
        .iter()
        .find_map(|&i| scope.q(i).and_then(|q| q.noun.as_deref()))
    else {
        return false;
    };
    let object: Vec<String> = words
        .take_while(|w| {
            !matches!(
                *w,
                "with" | "by" | "to" | "from" | "in" | "of" | "at" | "for" | "as" | "and" | "after"
            )
        })
        .take(4)
        .map(str::to_ascii_lowercase)
        .collect();
    !object.is_empty()
        && !object.iter().any(|w| {
            w.starts_with(noun) || super::synonyms::same_things(w.trim_end_matches('s'), noun)
        })
}

pub(super) fn attributive(text: &str, span: Span) -> bool {
    let word = text
        .get(span.start..span.end)
        .unwrap_or("")
        .to_ascii_lowercase();
    if !matches!(word.as_str(), "double" | "triple" | "treble" | "quadruple") {
        return false;
    }
    let head = text.get(..span.start).unwrap_or("");
    // The sentence or a list item opens on it, or a determiner or
    // preposition leads to it.
    let prev = head
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let opens = head
        .trim_end_matches([' ', '*', '_'])
        .ends_with(['.', ':', '\n', '-', '(', '\u{2022}'])
        || head.trim().is_empty();
    let led = opens
        || matches!(
            prev.as_str(),
            "a" | "an" | "the" | "its" | "their" | "of" | "for" | "in" | "with" | "and"
        );
    // "sealed the title with a treble at Hensley": after "a", the bare
    // form is a noun or a modifier, never the verb of a change.
    if matches!(prev.as_str(), "a" | "an") {
        return true;
    }
    let next = text
        .get(span.end..)
        .unwrap_or("")
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    led && next.len() > 2
        && !matches!(
            next.as_str(),
            "the"
                | "its"
                | "their"
                | "his"
                | "her"
                | "that"
                | "this"
                | "those"
                | "these"
                | "what"
                | "and"
                | "from"
                | "over"
                | "since"
                | "in"
                | "to"
                | "by"
                | "every"
                | "last"
                | "them"
        )
}

/// The hedge of the words right before a multiple: "more than doubled",
/// "nearly tripled".
pub(super) fn hedge_before(head: &str) -> Option<crate::quantity::Hedge> {
    use crate::quantity::Hedge;
    let mut words = word_offsets(head)
        .map(|(_, w)| w.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .into_iter()
        .rev();
    match (words.next().as_deref(), words.next().as_deref()) {
        (Some("than"), Some("more")) | (Some("over" | "above"), _) => Some(Hedge::MoreThan),
        (Some("least"), Some("at")) => Some(Hedge::AtLeast),
        (Some("nearly" | "almost" | "near" | "virtual"), _) => Some(Hedge::Nearly),
        (Some("than"), Some("less")) | (Some("under"), _) => Some(Hedge::LessThan),
        (Some("about" | "roughly" | "around" | "approximately"), _) => Some(Hedge::About),
        _ => None,
    }
}

/// "£31m, more than doubling the £18m paid two years ago", "610 homes,
/// nearly triple the 340 now": a multiple that names its base figure, said
/// of the like figure before it in the sentence.
fn multiple_of_base(scope: &Scope, owned: &[usize], claims: &mut Vec<Claim>) {
    for base in 0..scope.quantities.len() {
        let Some(bq) = scope.q(base) else { continue };
        let before = scope.text.get(..bq.span.start).unwrap_or("").trim_end();
        if !(before.ends_with(" the") || before.ends_with(" its") || before.ends_with(" their")) {
            continue;
        }
        // Only the few words before the base: "more than doubling the".
        let sentence = scope.layout.sentence_of(bq.span.start);
        let span = scope.layout.sentence_span(sentence, scope.text.len());
        let near = scope.snap(Span::new(
            span.start.max(bq.span.start.saturating_sub(40)),
            bq.span.start,
        ));
        let head = scope.text.get(near.start..bq.span.start).unwrap_or("");
        let words: Vec<(usize, &str)> = word_offsets(head).collect();
        // "<multiple> the|its|their <base>".
        let [.., (offset, word), (_, det)] = words.as_slice() else {
            continue;
        };
        let Some(factor) = multiple(&word.to_ascii_lowercase()) else {
            continue;
        };
        let gap_clean = head
            .get(offset + word.len()..)
            .is_some_and(|g| g.trim() == *det);
        if !matches!(*det, "the" | "its" | "their") || !gap_clean || owned.contains(&base) {
            continue;
        }
        let word_start = near.start + offset;
        // The figure the multiple is said of: the nearest like one before
        // it, passing over one set in an adjunct ("attracted 94,000
        // visitors over its 16 evenings, double the 47,000").
        let like: Vec<usize> = (0..base)
            .rev()
            .take(super::REACH)
            .filter(|&s| {
                scope.comparable(s, base)
                    && scope
                        .q(s)
                        .is_some_and(|q| q.span.end <= word_start && q.range.is_none())
            })
            .take(2)
            .collect();
        let Some(&subject) = like
            .iter()
            .find(|&&s| !in_adjunct(scope, s))
            .or(like.first())
        else {
            continue;
        };
        let between = scope
            .text
            .get(scope.q(subject).map_or(0, |q| q.span.end)..word_start)
            .unwrap_or("");
        let same_sentence = scope.place(subject).is_some_and(|p| p.sentence == sentence);
        if !same_sentence
            || owned.contains(&subject)
            || between.contains(';')
            || between.split_whitespace().count() > 12
        {
            continue;
        }
        claims.push(Claim::Change {
            from: base,
            to: subject,
            stated: Stated::Factor {
                factor,
                span: Span::new(word_start, word_start + word.len()),
                word: word.to_string(),
                hedge: hedge_before(head.get(..*offset).unwrap_or("")),
            },
        });
    }
}

/// "over its 16 evenings", "during the 12 months": a figure in a phrase
/// of time or extent beside a clause's main figure.
fn in_adjunct(scope: &Scope, i: usize) -> bool {
    const ADJUNCT: &[&str] = &["over", "across", "during", "within", "throughout"];
    // "over 16 evenings" is read as a bound: the word stands in the figure.
    let opens_with_over = scope
        .q(i)
        .and_then(|q| scope.text.get(q.span.start..q.span.end))
        .is_some_and(|raw| raw.starts_with("over "));
    opens_with_over
        || scope.place(i).is_some_and(|p| {
            p.prev_is(ADJUNCT)
                || p.prev_is(&["its", "the", "their", "his", "her"])
                    && p.before()
                        .rev()
                        .nth(1)
                        .is_some_and(|w| super::context::is_any(w, ADJUNCT))
        })
}

/// "Registrations reached 4,120 in March. The monthly figure has nearly
/// tripled since March 2023, when 2,160 were registered": a multiple said
/// since a time, whose start stands in a "when" clause after it and whose
/// end is the one like figure of the sentence before.
fn multiple_since(scope: &Scope, owned: &[usize], claims: &mut Vec<Claim>) {
    for start in 1..scope.quantities.len() {
        let (Some(aq), Some(ap)) = (scope.q(start), scope.place(start)) else {
            continue;
        };
        // The "when" clause is among the few words before the start, kept
        // with its place: most figures are passed over here.
        if owned.binary_search(&start).is_ok()
            || !aq.kind.is_amount()
            || aq.kind.is_share()
            || !ap.before_has(6, &["when"])
        {
            continue;
        }
        let sentence = scope.layout.sentence_span(ap.sentence, scope.text.len());
        let head = scope
            .text
            .get(sentence.start.max(aq.span.start.saturating_sub(120))..aq.span.start)
            .unwrap_or("");
        // Most figures stand in no "since ..., when" clause: looked for
        // before the words are split.
        let has = |w: &[u8]| memchr::memmem::find(head.as_bytes(), w).is_some();
        if !(has(b"since ") && has(b"when ")) {
            continue;
        }
        let head = head
            .get(head.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(0)..)
            .unwrap_or("");
        let words: Vec<(usize, &str)> = word_offsets(head).collect();
        let lower = |w: &str| w.to_ascii_lowercase();
        let Some(m) = words
            .iter()
            .position(|(_, w)| multiple(&lower(w)).is_some())
        else {
            continue;
        };
        let after_multiple: Vec<String> = words.iter().skip(m + 1).map(|(_, w)| lower(w)).collect();
        let since = after_multiple.iter().position(|w| w == "since");
        let when = after_multiple.iter().rposition(|w| w == "when");
        if !matches!((since, when), (Some(s), Some(w)) if s < w && after_multiple.len() - w <= 6) {
            continue;
        }
        // No other like figure between the multiple and the start.
        let (offset, word) = words.get(m).copied().unwrap_or((0, ""));
        let head_start = aq.span.start - head.len();
        let word_start = head_start + offset;
        let between_figures = scope
            .same_sentence(start)
            .filter(|&j| j != start && scope.comparable(j, start))
            .any(|j| {
                scope
                    .q(j)
                    .is_some_and(|q| q.span.start > word_start && q.span.start < aq.span.start)
            });
        if between_figures {
            continue;
        }
        // The end: the one like figure of the sentence before that starts
        // no change there ("1,870 pups, up from 1,640 last year").
        let previous: Vec<usize> = scope
            .sentence_before(start)
            .filter(|&j| {
                scope.comparable(j, start)
                    && scope.q(j).is_some_and(|q| q.range.is_none())
                    && !scope.sentence_pairs().iter().any(|&(f, _)| f == j)
            })
            .collect();
        // The end of a pair there may end this change too; a figure stated
        // as a change ("up 14%") is none.
        let [end] = previous.as_slice() else { continue };
        let ends_pair = scope.sentence_pairs().iter().any(|&(_, t)| t == *end);
        let same_noun = scope
            .q(*end)
            .is_some_and(|eq| eq.noun.is_some() && eq.noun == aq.noun);
        // "...; this year's figure was 26,000": the end said after the
        // start, not one a verb of its own reached ("grew to 64").
        let end_after = scope.same_sentence(start).any(|j| {
            j > start
                && scope.comparable(j, start)
                && scope.q(j).is_some_and(|jq| jq.noun == aq.noun)
                && !scope.place(j).is_some_and(|p| p.prev_is(&["to"]))
        });
        if end_after || owned.binary_search(end).is_ok() && !(ends_pair && same_noun) {
            continue;
        }
        claims.push(Claim::Change {
            from: start,
            to: *end,
            stated: Stated::Factor {
                factor: multiple(&lower(word)).unwrap_or(1.0),
                span: Span::new(word_start, word_start + word.len()),
                word: word.to_string(),
                hedge: hedge_before(head.get(..offset).unwrap_or("")),
            },
        });
    }
}

/// "Thirty-one died last year, against 44 the year before. That fall, a
/// drop of 42%, was the largest in a decade": a sentence that opens by
/// pointing back to a change ("That fall", "This rise") states the change
/// of the one pair of the sentence before.
fn change_pointed_back(
    scope: &Scope,
    pairs: &[(usize, usize)],
    owned: &[usize],
    claims: &mut Vec<Claim>,
) {
    for s in 0..scope.quantities.len() {
        let (Some(sq), Some(sp)) = (scope.q(s), scope.place(s)) else {
            continue;
        };
        if owned.binary_search(&s).is_ok()
            || !matches!(sq.kind, Kind::Percent | Kind::Fraction)
            || !is_stated_change(scope, s)
        {
            continue;
        }
        let span = scope.layout.sentence_span(sp.sentence, scope.text.len());
        let mut opening = super::context::words_in(scope.text, span.start, sq.span.start);
        let points_back = matches!(
            (opening.next(), opening.next()),
            (Some(d), Some(n)) if ["that", "this", "the"].iter().any(|x| d.eq_ignore_ascii_case(x))
                && noun_direction(n).is_some()
        );
        // Most sentences open otherwise: the rest is not read for them.
        if !points_back {
            continue;
        }
        // The share restates the opening change ("That fall, a drop of
        // 42%", "This rise was 12%"); after a verb it is another change
        // ("The decline followed an 8% drop", "was due to a 4% drop").
        let restates = opening.all(|w| {
            noun_direction(w).is_some()
                || [
                    "a", "an", "of", "was", "is", "about", "around", "some", "nearly", "almost",
                    "roughly", "or",
                ]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        });
        let one_share = scope
            .same_sentence(s)
            .filter(|&j| scope.q(j).is_some_and(|q| q.kind.is_share()))
            .count()
            == 1;
        if !(restates && one_share)
            || scope
                .same_sentence(s)
                .any(|j| pairs.iter().any(|&(_, t)| t == j))
        {
            continue;
        }
        // The one pair of the sentence before.
        let before: Vec<usize> = scope.sentence_before(s).collect();
        let in_before: Vec<(usize, usize)> = pairs
            .iter()
            .copied()
            .filter(|(_, t)| before.contains(t))
            .collect();
        if let [(from, to)] = in_before.as_slice() {
            claims.push(Claim::Change {
                from: *from,
                to: *to,
                stated: Stated::Quantity(s),
            });
        }
    }
}

/// Whether a change noun after a share says up (`Some(true)`) or down: "a
/// 12% rise", "a 5% fall".
pub(super) fn noun_direction(word: &str) -> Option<bool> {
    // Compared without regard to case, so that no lowercase copy is made.
    let up = [
        "rise", "increase", "gain", "jump", "hike", "growth", "surge",
    ];
    let down = [
        "fall",
        "drop",
        "cut",
        "decline",
        "decrease",
        "reduction",
        "loss",
        "slide",
        "slump",
        "dip",
        "saving",
    ];
    if super::context::is_any(word, &up) {
        Some(true)
    } else if super::context::is_any(word, &down) {
        Some(false)
    } else {
        None
    }
}

/// Whether amount `i` is stated as a difference: "the rise of 44,000",
/// "up by 3,200", "fell by 40": how much something changed, not a count
/// of a group or a sum held.
pub(super) fn is_difference(scope: &Scope, i: usize) -> bool {
    difference_direction(scope, i).is_some()
}

/// The way amount `i` says something changed, when it is stated as a
/// difference: up for "rose by 3,200", "an increase of 3,200", "up 3,200".
pub(super) fn difference_direction(scope: &Scope, i: usize) -> Option<bool> {
    // "made up 2,104 of the finishers": "up" a verb's particle.
    const PARTICLE_OF: &[&str] = &["made", "make", "makes", "making", "set", "signed", "took"];
    let p = scope.place(i)?;
    let word_before = p.before().rev().nth(1);
    if p.prev_is(&["up", "down"]) {
        let particle = word_before.is_some_and(|v| super::context::is_any(v, PARTICLE_OF));
        return (!particle).then(|| p.prev_is(&["up"]));
    }
    if p.prev_is(&["by"]) {
        // "rose by 3,200", "up by 3,200".
        return word_before.and_then(|v| {
            direction(v).or_else(|| match v.to_ascii_lowercase().as_str() {
                "up" => Some(true),
                "down" => Some(false),
                _ => None,
            })
        });
    }
    if p.prev_is(&["of"]) {
        return word_before.and_then(noun_direction);
    }
    None
}

/// Whether a verb says a figure went up (`Some(true)`) or down.
pub(super) fn direction(verb: &str) -> Option<bool> {
    match verb.to_ascii_lowercase().as_str() {
        "rose" | "risen" | "increased" | "grew" | "grown" | "climbed" | "jumped" | "soared"
        | "surged" | "rocketed" | "swelled" => Some(true),
        "fell" | "fallen" | "decreased" | "dropped" | "declined" | "shrank" | "shrunk"
        | "slumped" | "cut" | "reduced" | "slipped" | "sank" | "plunged" | "tumbled" | "dipped"
        | "slid" => Some(false),
        _ => None,
    }
}

fn word_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    // Each word is a slice of `text`: its offset is where it points, not
    // searched for again.
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_change_noun_its_own_verb_follows_is_a_subject() {
        let text = "Salons\n\nThe average men's cut has gone from £18 to £21, the survey found.\n";
        assert!(rules(text).is_empty());
        let the = "Salons\n\nThe cut went from £18 to £21 this year.\n";
        assert!(rules(the).is_empty());
        // A noun of change with no verb of its own still says which way.
        let noun = "Fares\n\nThe cut from 19p to 20p was agreed on Monday.\n";
        assert_eq!(rules(noun), ["change-mismatch"]);
        // A verb still states its way.
        let verb = "Salons\n\nPrices were cut from £18 to £21 this year.\n";
        assert_eq!(rules(verb), ["change-mismatch"]);
    }

    #[test]
    fn a_change_on_a_start_owned_by_its_time_is_the_pair_s() {
        let text = "Asparagus\n\nThe group picked 412 tonnes of spears this season, up by almost @ on last year's 356 tonnes.\n";
        assert_eq!(rules(&text.replace('@', "a third")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "a sixth")).is_empty());
        let plain =
            "Boxes\n\nThe group sold 412 boxes this season, up @ on the 356 sold last year.\n";
        assert_eq!(rules(&plain.replace('@', "30%")), ["change-mismatch"]);
        assert!(rules(&plain.replace('@', "16%")).is_empty());
        // Right after the figure, "up" makes it the difference.
        let difference =
            "Totals\n\nThe total was 4,200 up on last year's 33,500, a rise of about 13%.\n";
        assert!(rules(difference).is_empty());
        // Not set off by a comma: a range of changes, "two to seven".
        let range = "Maize\n\nMaize was sown on 3.58 mln to 3.78 mln hectares, two to seven pct down on last season's 3.85 mln.\n";
        assert!(rules(range).is_empty());
        // The comma sets off this change, not another subject's.
        let other = "Crossings\n\nCrossings reached 4,120 in July, up 3% on June, and freight up 12% on last year's 3,560.\n";
        assert!(rules(other).is_empty());
    }

    #[test]
    fn a_saving_is_a_fall_stated_of_its_pair() {
        let text = "Bills\n\nA house that switches sees its bill fall from £1,980 a year to £1,240, a saving of about @.\n";
        assert!(rules(&text.replace('@', "37%")).is_empty());
        assert_eq!(rules(&text.replace('@', "60%")), ["change-mismatch"]);
    }

    #[test]
    fn a_figure_instead_of_another_is_a_change_from_it() {
        let text = "Diversion\n\nThe typical journey will take 15 minutes instead of 9, an increase of @.\n";
        assert!(rules(&text.replace('@', "two-thirds")).is_empty());
        assert_eq!(rules(&text.replace('@', "40%")), ["change-mismatch"]);
    }

    #[test]
    fn an_extra_amount_in_apposition_is_the_difference() {
        let text = "Fibre\n\nSome 610,000 premises now have a live connection, against 380,000 a year earlier, an extra @ connections in twelve months.\n";
        assert_eq!(rules(&text.replace('@', "320,000")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "230,000")).is_empty());
        // Joined by "and", it is another figure.
        let more = "Fibre\n\nSome 610,000 premises now have a connection, against 380,000 a year earlier, and an extra 320,000 are planned.\n";
        assert!(rules(more).is_empty());
    }

    #[test]
    fn a_start_said_as_an_average_with_its_time_before_to() {
        let text = "Trial\n\nLung function rose from an average of 2.10 litres at the start of the study to 2.34 litres at 48 weeks, an improvement of @.\n";
        assert_eq!(rules(&text.replace('@', "24%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "11%")).is_empty());
        // "and" joins two figures, not a start and its end.
        let two = "Trial\n\nIt rose from 2.10 litres in March and from 1.9 litres in the placebo group to 2.34 litres, up 24%.\n";
        assert!(rules(two).is_empty());
    }

    #[test]
    fn a_difference_said_to_amount_to_a_share_states_the_change() {
        let text = "Ice\n\nIce thickness fell from 212 metres in 1995 to 164 metres last summer. That loss of 48 metres amounts to about #% of the ice.\n";
        assert_eq!(rules(&text.replace('#', "29")), ["change-mismatch"]);
        assert!(rules(&text.replace('#', "23")).is_empty());
    }

    #[test]
    fn a_figure_of_last_year_after_one_of_a_named_year_ends_a_change() {
        let text = "Signs\n\nMr Arkan made 240 signs in 2015 but only 90 last year, a drop of N.\n";
        assert_eq!(
            rules(&text.replace('N', "more than 80%")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('N', "more than 60%")).is_empty());
        // A change on another base year is not the pair's.
        let other = "Show\n\nIt had 1,200 visitors in 2019 and 1,750 last year, and this year's attendance was up by about a fifth on 2023.\n";
        assert!(rules(other).is_empty());
    }

    #[test]
    fn a_difference_set_off_after_the_end_is_measured_from_its_base() {
        let text = "Dives\n\nThe club made 118 dives, up by N on last season's 74.\n";
        assert_eq!(rules(&text.replace('N', "54")), ["change-mismatch"]);
        assert!(rules(&text.replace('N', "44")).is_empty());
        let from = "Dives\n\nThe club made 118 dives, up by N from 74 last season.\n";
        assert_eq!(rules(&from.replace('N', "54")), ["change-mismatch"]);
        assert!(rules(&from.replace('N', "44")).is_empty());
        let volume =
            "Stock\n\nThe stock was trading at 38-1/2, up 2-3/8 on volume of 848,200 shares.\n";
        assert!(rules(volume).is_empty());
    }

    #[test]
    fn a_multiple_in_figures_set_off_after_the_pair_states_its_change() {
        let text = "Club\n\nA season ticket now costs £330, up from £150, N times the old price.\n";
        assert_eq!(
            rules(&text.replace('N', "more than three")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('N', "more than two")).is_empty());
        assert!(rules(&text.replace('N', "2.2")).is_empty());
        // In a clause of its own, it is another's.
        let other = "Tax\n\nOne owner pays £3,040 instead of £1,520, and homes empty for a decade pay four times the normal bill.\n";
        assert!(rules(other).is_empty());
        // A base of its own is not the pair's start.
        let own = "Jobs\n\nUnemployment rose to 12.4% from 6.2%, four times the national rate.\n";
        assert!(rules(own).is_empty());
        // How often is no multiple.
        let often = "Hall\n\nAttendance rose from 40 to 80, three times a week.\n";
        assert!(rules(often).is_empty());
    }

    #[test]
    fn a_multiple_before_a_noun_names_a_kind() {
        let quiet = [
            "Exams\n\n- Triple science entries: up from 296 to 370\n",
            "Hotel\n\nA double room now costs £140, up from £96 last year.\n",
            "Jockeys\n\nShe rode 142 winners. She sealed the title with a treble at Hensley.\n\nLast year she rode 131 winners.\n",
        ];
        for text in quiet {
            assert!(rules(text).is_empty(), "{text}");
        }
        // As a verb it states the change.
        let verb = "Exams\n\nEntries to triple science courses will triple, from 120 to 260.\n";
        assert_eq!(rules(verb), ["change-mismatch"]);
    }

    #[test]
    fn a_multiple_since_a_when_clause_ends_at_the_figure_of_now() {
        let text = "Seals\n\nThe colony produced 1,870 pups this autumn, up from 1,640 last year, an increase of 14%.\n\nThe count has more than # since 2005, when surveyors recorded 590 pups.\n";
        assert!(rules(&text.replace('#', "tripled")).is_empty());
        assert_eq!(rules(&text.replace('#', "quadrupled")), ["change-mismatch"]);
        // Its own end said after the start, the pair before is another's.
        let own = "Birds\n\nWhooper swans rose to 2,150 from 1,720, an increase of a quarter. Dunlin have halved since 2005, when 52,000 were counted; this year's figure was 26,000.\n";
        assert!(rules(own).is_empty());
    }

    #[test]
    fn a_start_named_by_its_noun_is_the_start() {
        let text = "Storm\n\nThe cost has risen to £9.4m, up from the initial estimate of £6.1m given last week, an increase of about #.\n";
        assert_eq!(rules(&text.replace('#', "a third")), ["change-mismatch"]);
        assert!(rules(&text.replace('#', "half")).is_empty());
    }

    #[test]
    fn a_multiple_of_its_own_object_is_not_the_pairs() {
        let text = "Wind\n\nThe farm will triple its # with nine turbines instead of 32.\n";
        assert!(rules(&text.replace('#', "output")).is_empty());
        assert_eq!(rules(&text.replace('#', "turbines")), ["change-mismatch"]);
    }

    #[test]
    fn a_bare_multiple_far_from_the_ratio_is_wrong_even_read_loosely() {
        let text = "Profit\n\nPre-tax profit # to £46m from £19m.\n";
        assert_eq!(rules(&text.replace('#', "tripled")), ["change-mismatch"]);
        assert!(rules(&text.replace('#', "more than doubled")).is_empty());
        // Three-quarters up is no doubling; nine-tenths up may be.
        let calls = "Cruise\n\nThe board expects # cruise calls in 2027, up from 64 this year, doubling the trade.\n";
        assert_eq!(rules(&calls.replace('#', "112")), ["change-mismatch"]);
        assert!(rules(&calls.replace('#', "122")).is_empty());
    }

    #[test]
    fn a_threshold_passed_is_not_where_a_change_ended() {
        let text =
            "Revenue\n\nRevenue was $412m, the first time it has passed $400m, up S from $368m.\n";
        assert!(rules(&text.replace('S', "12%")).is_empty());
    }

    #[test]
    fn a_part_of_the_end_and_other_counts_between_are_passed_for_the_end() {
        let text = "Chess\n\nThe event drew 248 players from 19 countries, 61 of them titled, up from 203 players last year, a rise of S.\n";
        assert_eq!(rules(&text.replace('S', "42%")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "22%")).is_empty());
        // Squares in a phrase of the pairs are no end of their change.
        let squares = "Birds\n\nVolunteers found 1,412 breeding pairs of lapwing across the county's 86 survey squares this spring, up from 1,158 in 2019 - a rise of S.\n";
        assert_eq!(rules(&squares.replace('S', "42%")), ["change-mismatch"]);
        assert!(rules(&squares.replace('S', "22%")).is_empty());
        // The object of B's verb is B's, not passed: four museums are no end.
        let museums = "Museums\n\nThe trust's four museums received 1,008,000 visits last year, up from 873,000 the year before, a rise of 15%.\n";
        assert!(rules(museums).is_empty());
        // "to 35 points from 11 games": the games are no start.
        let points = "Win\n\nThe win took them to 35 points from 11 games, up from 20 at the same stage last season, an increase of S.\n";
        assert_eq!(
            rules(&points.replace('S', "43 per cent")),
            ["change-mismatch"]
        );
        assert!(rules(&points.replace('S', "75 per cent")).is_empty());
        // No like start named for the branches: nothing is paired with them.
        let branches = "Books\n\nThe service's 14 branches issued 1.9 million printed books, compared with 2.0 million a year earlier, a fall of about 5%.\n";
        assert!(rules(branches).is_empty());
    }

    #[test]
    fn a_share_apposed_to_a_stated_change_is_checked_too() {
        let text = "Bills\n\nThe bill will rise from £1,020 to £1,260 a year, an increase of £240, or S.\n";
        assert_eq!(rules(&text.replace('S', "19%")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "24%")).is_empty());
    }

    #[test]
    fn a_multiple_of_its_own_figure_after_the_pair_is_not_the_pair_s() {
        let text = "Lifeboats\n\nThe crew launched 212 times last year, up from 164 the year before and more than double the 98 launches of a decade ago.\n";
        assert!(rules(text).is_empty());
        // Without a figure of its own the multiple is the pair's.
        let bare = text.replace(" the 98 launches of", " the launches of");
        assert_eq!(rules(&bare), ["change-mismatch"]);
    }

    #[test]
    fn a_start_with_its_own_end_is_not_an_earlier_end_s_start() {
        let text = "Crime\n\nRobberies fell by 17 per cent to 219, and admissions dropped from 74 to 61.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn points_called_per_cent_after_a_verb_of_change() {
        let text =
            "Margins\n\nThe operating margin improved S to 13.8 per cent, from 11.5 per cent.\n";
        assert_eq!(
            rules(&text.replace('S', "2.3 per cent")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('S', "2.3 points")).is_empty());
        assert!(rules(&text.replace('S', "20 per cent")).is_empty());
    }

    #[test]
    fn a_rate_word_naming_other_things_makes_no_rate() {
        // Points may be called per cent of a rate, not of a share of customers.
        let text = "Arrears\n\nThe share of SUBJECT behind on payments has risen from 1.8% to 2.9% in a year, an increase of 1.1%.\n";
        assert_eq!(
            rules(&text.replace("SUBJECT", "mortgage customers")),
            ["change-mismatch"]
        );
        let rate = "Rates\n\nThe mortgage rate has risen from 1.8% to 2.9% in a year, an increase of 1.1%.\n";
        assert!(rules(rate).is_empty());
    }

    #[test]
    fn a_change_past_even_as_is_another_subject_s() {
        let text = "Doctors\n\nGPs have fallen from 142 in 2019 to 131, a drop of about 8%, JOINT the number of patients has grown by 6%.\n";
        assert!(rules(&text.replace("JOINT", "even as")).is_empty());
        // "and" with a subject and verb of its own is another clause too.
        assert!(rules(&text.replace("JOINT", "and")).is_empty());
        let own = text.replace(", JOINT the number of patients has grown by 6%", ", or 6%");
        assert_eq!(rules(&own), ["change-mismatch"]);
    }

    #[test]
    fn a_multiple_with_its_own_figure_is_not_of_a_later_pair() {
        let text = "Club\n\nThe club had to double its subscription to £180, and membership had fallen from about 240 to 150.\n";
        assert!(rules(text).is_empty());
        // A year after the word dates it; the pair is still its own.
        let since = "Buses\n\nJourneys had tripled since 2019, from 410,000 a year to 920,000.\n";
        assert_eq!(rules(since), ["change-mismatch"]);
    }

    #[test]
    fn the_multiple_nearer_the_pair_states_its_change() {
        let text = "Waste\n\nCollections have more than doubled since the council WORD the fee, from £36 to £18 for three items.\n";
        assert!(rules(&text.replace("WORD", "halved")).is_empty());
        assert_eq!(rules(&text.replace("WORD", "trebled")), ["change-mismatch"]);
        // A multiple that multiplies nothing leaves the pair to the first.
        let lock =
            "Pensions\n\nPensions have trebled under the triple lock, from £110 to £220 a week.\n";
        assert_eq!(rules(lock), ["change-mismatch"]);
    }

    #[test]
    fn a_figure_first_set_then_revised_to_another_is_a_change() {
        let text = "Fine\n\nThe firm was originally fined £120,000, but the penalty was reduced to £80,000. The reduction cut the fine by S, the judge noted.\n";
        assert_eq!(rules(&text.replace('S', "half")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "a third")).is_empty());
    }

    #[test]
    fn a_figure_that_compares_with_an_earlier_one_is_a_change_from_it() {
        let text = "Frost\n\nLast winter's 41 days compares with 57 days the winter before, a drop of S.\n";
        assert_eq!(rules(&text.replace('S', "39%")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "28%")).is_empty());
    }

    #[test]
    fn a_change_of_another_subject_after_and_is_its_own() {
        let text = "Ferries\n\nVehicle crossings rose to 318,000 from 296,000, and freight lorry bookings were up 11%.\n";
        assert!(rules(text).is_empty());
        let gapped = "Coffee\n\nThe firm will raise the bag price from £8.50 to £9.50, and wholesale prices by about @.\n";
        assert!(rules(&gapped.replace('@', "10%")).is_empty());
        let unleaded = "Fuel\n\nDuty went from 50p to 55p, and unleaded prices by about 3%.\n";
        assert!(rules(unleaded).is_empty());
        let own = "Ferries\n\nVehicle crossings rose to 318,000 from 296,000, and were up @ on the year.\n";
        assert_eq!(rules(&own.replace('@', "11%")), ["change-mismatch"]);
        assert!(rules(&own.replace('@', "7.4%")).is_empty());
    }

    #[test]
    fn a_cost_set_against_its_estimate_overruns_it() {
        let text = "Window\n\nThe restoration cost £286,000, against an original estimate of £200,000, an overrun of @.\n";
        assert!(rules(&text.replace('@', "43%")).is_empty());
        assert_eq!(rules(&text.replace('@', "30%")), ["change-mismatch"]);
        let over =
            "Hall\n\nThe hall cost £440,000, against a budget of £400,000, an overspend of @.\n";
        assert!(rules(&over.replace('@', "10%")).is_empty());
        assert_eq!(rules(&over.replace('@', "25%")), ["change-mismatch"]);
    }

    #[test]
    fn a_figure_set_against_an_earlier_year_is_a_change_from_it() {
        let text = "Beer\n\nThe company brewed 71,000 hectolitres last year, against 52,000 in 2022, a rise of @.\n";
        assert_eq!(rules(&text.replace('@', "27%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "37%")).is_empty());
        // A later year set against is no start.
        let later = "Beer\n\nThe company brewed 71,000 hectolitres in 2021, against 52,000 in 2022, a rise of 27%.\n";
        assert!(rules(later).is_empty());
        // A start set against a year before is the start's comparison.
        let start = "Jobs\n\nThe number of unemployed declined to 632,100 from 638,300 in January, against 594,500 in February 1986.\n";
        assert!(rules(start).is_empty());
    }

    #[test]
    fn a_bracketed_conversion_starts_no_change() {
        let text = "Coffee\n\nBeans averaged $4.10 a kilo (about $1.86 a pound) over the year, up from $3.20 in 2022, a rise of N%.\n";
        assert!(rules(&text.replace('N', "28")).is_empty());
        assert_eq!(rules(&text.replace('N', "42")), ["change-mismatch"]);
    }

    #[test]
    fn a_figure_compared_with_an_earlier_one_is_a_change_from_it() {
        let text = "Cycling\n\nCounters recorded 1,850 cyclists a day in May, the council said, compared with 820 a day in May 2022.\n\nThe number of people cycling has therefore MULTIPLE in two years.\n";
        assert_eq!(
            rules(&text.replace("MULTIPLE", "tripled")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace("MULTIPLE", "more than doubled")).is_empty());
        // A sentence with a change of its own sets a year-ago level beside it.
        let own = "Rigs\n\nThe rig count rose 19 to 100, compared to 46 working rigs last year.\n";
        assert!(rules(own).is_empty());
        let part = "Complaints\n\nIt had 310 complaints this year, including 94 on staff, compared with 221 in 2022, a rise of 40 per cent.\n";
        assert!(rules(part).is_empty());
    }

    #[test]
    fn an_improvement_is_a_stated_change() {
        let text = "Trams\n\nPunctuality rose from 79% in the second quarter to 84%, an improvement of CHANGE percentage points.\n";
        assert_eq!(rules(&text.replace("CHANGE", "eight")), ["change-mismatch"]);
        assert!(rules(&text.replace("CHANGE", "five")).is_empty());
    }

    #[test]
    fn points_named_later_pick_their_pair_and_its_relative_change() {
        let text = "Results\n\n- Pass rate: 69.8%, up from 61.0% last year\n- Top grades: 41\n\nThe pass rate improved by 8.8 percentage points, which the head described as a relative improvement of CHANGE.\n";
        assert_eq!(
            rules(&text.replace("CHANGE", "more than 20%")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace("CHANGE", "about 14%")).is_empty());
    }

    #[test]
    fn a_change_past_while_after_named_points_is_its_own_subject_s() {
        let text = "Hostel\n\nSchool parties were 36% of stays, up from 27% the year before.\n\nThat is a rise of nine percentage points in their share, JOIN rose by two-thirds.\n";
        assert!(rules(&text.replace("JOIN", "while the number of school stays")).is_empty());
        assert_eq!(rules(&text.replace("JOIN", "which")), ["change-mismatch"]);
        // The points named in the pair's own paragraph.
        let text = "Hostel\n\nSchool parties accounted for 4,050 of the stays, or 36%, up from 27% the year before. That is a rise of nine percentage points in their share, JOIN rose by two-thirds.\n";
        assert!(rules(&text.replace("JOIN", "while the number of school stays")).is_empty());
    }

    #[test]
    fn the_extra_figures_said_to_be_a_rise_state_the_pair_s_change() {
        let text = "Lido\n\nThe lido recorded 41,000 swims this summer, up from 32,000 last year.\n\nThe 9,000 extra swims amount to a rise of about SHARE, the manager said.\n";
        assert!(rules(&text.replace("SHARE", "28%")).is_empty());
        assert_eq!(rules(&text.replace("SHARE", "22%")), ["change-mismatch"]);
        let ahead = "Trust\n\nStaff numbers rose from 400 to 500 last year.\n\nThe trust will hire 100 extra nurses next year, a rise of 20%.\n";
        assert!(rules(ahead).is_empty());
    }

    #[test]
    fn points_are_no_change_of_counts() {
        let text = "Prisons\n\nThe number of women on remand rose from 870 to 1,065, a rise of three percentage points in their share of prisoners.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_verb_s_particle_states_no_change() {
        let text = "Library\n\nLoans rose to 201,000 from 189,000, up 6%, helped by a challenge that signed up 4,700 children.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_change_put_at_a_size_after_a_figure_compared_with_a_year_earlier() {
        let text = "Sales\n\nSales in the six weeks came to £214m, compared with £241m in the same weeks a year earlier, a decline the company put at S.\n";
        assert_eq!(rules(&text.replace('S', "6%")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "11%")).is_empty());
        let fell = "Sales\n\nSales fell to £214m from £241m, a decline it estimated at S.\n";
        assert_eq!(rules(&fell.replace('S', "6%")), ["change-mismatch"]);
        assert!(rules(&fell.replace('S', "11%")).is_empty());
    }

    #[test]
    fn a_rate_quoted_against_a_currency_has_no_direction_to_check() {
        let text = "Krona\n\nAgainst the euro it slipped to 12.35 from 11.90.\n";
        assert!(rules(text).is_empty());
        let text =
            "Kwacha\n\nThe kwacha fell to 21 to the dollar from just over two to the dollar.\n";
        assert!(rules(text).is_empty());
        let shares = "Shares\n\nThe shares slipped to 12.35 from 11.90.\n";
        assert_eq!(rules(shares), ["change-mismatch"]);
    }

    #[test]
    fn a_change_the_pair_is_compared_with_is_another_s() {
        let trial = "Trial\n\nAverage pressure among the walkers fell from 148 to 137 mmHg over the trial, compared with a fall of 3 points in the comparison group.\n";
        assert!(rules(trial).is_empty());
        let own = "Trial\n\nAverage pressure among the walkers fell from 148 to 137 mmHg over the trial, a fall of 3 points.\n";
        assert_eq!(rules(own), ["change-mismatch"]);
    }

    #[test]
    fn a_change_stated_before_its_pair_past_a_time_in_words() {
        let flour = "Prices\n\nFlour has gone up by S in a year, from £380 to £510 a tonne, the company said.\n";
        assert_eq!(rules(&flour.replace('S', "half")), ["change-mismatch"]);
        assert!(rules(&flour.replace('S', "a third")).is_empty());
    }

    #[test]
    fn a_change_from_a_time_to_a_bare_figure() {
        let wait = "Airport\n\nWaiting time also fell, from 25 minutes to 15, a cut of S, after the airport installed scanners.\n";
        assert_eq!(rules(&wait.replace('S', "two-thirds")), ["change-mismatch"]);
        assert!(rules(&wait.replace('S', "40%")).is_empty());
    }

    #[test]
    fn a_multiple_is_said_of_the_clause_s_figure_not_its_adjunct() {
        let text = "Market\n\nThe market attracted @ visitors over its 16 Friday evenings this summer, double the 47,000 who came last year.\n";
        let fired = |t: &str| crate::claim::testing::rules(t);
        assert!(fired(&text.replace('@', "94,000")).is_empty());
        assert_eq!(fired(&text.replace('@', "74,000")), ["change-mismatch"]);
        let bare = text.replace("over its 16", "over 16");
        assert!(fired(&bare.replace('@', "94,000")).is_empty());
    }

    #[test]
    fn a_difference_between_an_end_and_its_start_states_the_change() {
        let text = "Fees\n\nThe broadcaster collected 612 million krona in fees last year, down @ million krona from 655 million the year before.\n";
        let fired = |t: &str| crate::claim::testing::rules(t);
        assert!(fired(&text.replace('@', "43")).is_empty());
        assert_eq!(fired(&text.replace('@', "53")), ["change-mismatch"]);
    }

    #[test]
    fn a_start_dated_against_may_close_a_long_sentence() {
        let text = "Show\n\nA record 9,400 dogs have been entered for the Harwick Championship Dog Show, which opens on Friday at the Tollgate Showground, against 7,200 last year.\n\nThe rise of 2,200 entries, about @, follows the show's move to four days.\n";
        let fired = |t: &str| crate::claim::testing::rules(t);
        assert!(fired(&text.replace('@', "31%")).is_empty());
        assert_eq!(fired(&text.replace('@', "23%")), ["change-mismatch"]);
    }

    #[test]
    fn a_price_range_is_no_change() {
        let text = "Tickets\n\nThis year tickets cost from £25 to £60, up 10% on last year.\n";
        assert!(rules(text).is_empty());
        let rise = "Tickets\n\nThe top ticket went from £25 to £60, up 10% on last year.\n";
        assert_eq!(rules(rise), ["change-mismatch"]);
    }

    #[test]
    fn a_change_with_its_own_end_is_another_thing_s() {
        let text = "Harvest\n\nGrowers picked 41,000 tonnes of grapes, down from 62,000 tonnes last year.\n\nThe loss of 21,000 tonnes fell hardest on the white grape, whose harvest dropped 45% to 11,000 tonnes.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_change_with_its_own_start_after_a_comma_is_another_thing_s() {
        let text = "Opera\n\nThe company sold 142,000 tickets, filling 88% of the seats, up from 79% the season before.\n\nThat rise of nine percentage points came as total sales grew by 14%, from @ tickets.\n";
        assert!(rules(&text.replace('@', "124,500")).is_empty());
    }

    #[test]
    fn a_loss_of_a_share_is_a_change() {
        let text = "Glacier\n\nSince 1952 it has shrunk from 11.4 square kilometres to 6.8, a loss of @.\n";
        assert_eq!(rules(&text.replace('@', "68%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "40%")).is_empty());
    }

    #[test]
    fn a_pronoun_for_the_figure_before_starts_its_change() {
        let text = "Mill\n\nThe mill employs 85 people, and the director said that would rise to 120 once the new line was running.\n\nHe described the increase as one of @, adding that most jobs would be local.\n";
        assert_eq!(rules(&text.replace('@', "29%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "41%")).is_empty());
    }

    #[test]
    fn a_relative_pronoun_after_a_noun_starts_no_change_of_the_figure_before() {
        let text = "Results\n\nFor 1986, the company's earnings rose five pct, to 316 mln dlrs, on revenues that increased eight pct, to 4.7 billion dlrs.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_share_set_beside_a_difference_past_its_noun_states_the_change() {
        let text = "Sales\n\nSales were 31 apples last year, down from 44 apples, a drop of 13 apples, or about S.\n";
        assert_eq!(rules(&text.replace('S', "42%")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "30%")).is_empty());
    }

    #[test]
    fn two_amounts_each_given_for_its_time_are_a_change() {
        let text = "Ice\n\nThe ice covered 14.2 square kilometres in 2000 and covers 11.3 square kilometres today, a loss of about S of its area.\n";
        assert_eq!(rules(&text.replace('S', "26%")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "20%")).is_empty());
        let years = "Sales\n\nSales were 14.2 million in 2000 and 11.3 million in 2020, a fall of about S.\n";
        assert_eq!(rules(&years.replace('S', "26%")), ["change-mismatch"]);
        assert!(rules(&years.replace('S', "20%")).is_empty());
        // The later year first: no change from the earlier to the later.
        let back = "Sales\n\nSales were 14.2 million in 2020 and 11.3 million in 2000, a fall of about 26%.\n";
        assert!(rules(back).is_empty());
        // Rates of growth of their own, no levels.
        let rates =
            "Output\n\nOutput grew by 25 pct in 1984 and 20 pct in 1985, a fall of 8.2 pct.\n";
        assert!(rules(rates).is_empty());
        // "now" sets the two apart as "and" does.
        let now =
            "Boats\n\nA coracle that cost £380 in 2021 now sells for £570, an increase of S.\n";
        assert_eq!(rules(&now.replace('S', "a third")), ["change-mismatch"]);
        assert!(rules(&now.replace('S', "a half")).is_empty());
    }

    #[test]
    fn a_participle_of_change_set_off_after_a_figure_starts_from_it() {
        let text = "Gym\n\nThe gym expected 80,000 visits in its first year, rising to 120,000 by its third, an increase of S.\n";
        assert_eq!(rules(&text.replace('S', "a third")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "a half")).is_empty());
        // Another noun's figure is no start.
        let other = "Gym\n\nThe gym had 80 staff in its first year, rising to 120,000 visits by its third, an increase of a third.\n";
        assert!(rules(other).is_empty());
        // Nor one in a phrase of another figure.
        let offices = "Staff\n\nThe council has 1,200 staff in 14 offices, rising to 1,500 by 2026, an increase of a quarter.\n";
        assert!(rules(offices).is_empty());
    }

    #[test]
    fn an_aim_after_a_change_is_no_statement_of_it() {
        let text = "Staff\n\nThe firm employs 38 people, up from 22 five years ago, @ six more when a second line opens.\n";
        assert!(rules(&text.replace('@', "and plans to take on")).is_empty());
        assert_eq!(rules(&text.replace('@', "or")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "and is planning to take on")).is_empty());
        let firms = text.replace("The firm employs", "The two firms employ");
        assert!(rules(&firms.replace('@', "and plan to take on")).is_empty());
    }
}
