//! Restatements: the same measure of the same thing stated twice.
//!
//! Two figures for one noun are usually different things (this year and
//! last, a region and its part), so a restatement needs more evidence:
//! either the two figures are the same digits in another order (the
//! commonest slip: "740 vacancies" ... "470 vacancies"), or one of them is
//! said to be all of the thing ("all 2,100 dockers").

use std::collections::HashMap;

use super::context::{is_any, shares_stem};
use super::synonyms::{group_of, same_group, same_things};
use super::{Claim, Scope};

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let before = claims.len();
    find_all(scope, claims);
    // "Library passes 5,000 puzzles" ... "now has 5,020": a threshold
    // crossed is a lower bound, which the other figure may well meet
    // ("passes £3.2m" ... "the £2.3m raised" does not).
    let crossed = |bound: usize, other: usize| {
        scope
            .place(bound)
            .is_some_and(|p| p.prev_is(super::context::THRESHOLD_VERBS))
            && scope
                .q(bound)
                .zip(scope.q(other))
                .is_some_and(|(b, o)| o.point() >= b.point())
    };
    let mut at = 0;
    claims.retain(|c| {
        at += 1;
        at <= before
            || !matches!(c, Claim::Restatement { first, second }
                if crossed(*first, *second) || crossed(*second, *first)
                    || headline_rounds(scope, *first, *second)
                    || the_rest_of_a_part(scope, *first, *second)
                    || planned_target(scope, *first) || planned_target(scope, *second)
                    || other_of_the_group(scope, *first) != other_of_the_group(scope, *second))
    });
}

/// "reversed a plan to cut the route to 25 stops" ... "Keeping all 42
/// stops": the figure a change not yet made would reach is no figure of
/// now.
fn planned_target(scope: &Scope, i: usize) -> bool {
    scope.place(i).is_some_and(|p| {
        p.prev_is(&["to"])
            && p.before()
                .any(|w| w != "May" && is_any(w, super::stale_start::NOT_YET))
    })
}

/// "to outlast the other 85 spellers" ... "The 86 spellers": a figure
/// said of the others counts the group less some, not the group.
fn other_of_the_group(scope: &Scope, i: usize) -> bool {
    scope
        .place(i)
        .is_some_and(|p| p.prev_is(&["other", "another", "remaining"]))
}

/// "It now has 87 members, 19 of them women. Its 68 male members ...":
/// the first figure less a like figure of its sentence is the rest of it,
/// a group of its own.
fn the_rest_of_a_part(scope: &Scope, whole: usize, later: usize) -> bool {
    let (Some(w), Some(l)) = (scope.q(whole), scope.q(later)) else {
        return false;
    };
    scope.same_sentence(whole).any(|j| {
        j != whole
            && scope.comparable(whole, j)
            && scope
                .q(j)
                .is_some_and(|p| (w.point() - p.point() - l.point()).abs() < 1e-9)
    })
}

/// "Café finds homes for 150 rescue cats" over "has found homes for 152":
/// a headline's round figure of a hundred or more rounds the story's to
/// its trailing zeros (at most all but its first digit), so 152 is 150,
/// 155 is not, and 340 is not 430.
fn headline_rounds(scope: &Scope, headline: usize, body: usize) -> bool {
    let (Some(h), Some(b)) = (scope.q(headline), scope.q(body)) else {
        return false;
    };
    let Some(v) = h
        .value
        .filter(|v| *v >= 100.0 && v.fract() == 0.0 && h.hedge.is_none())
    else {
        return false;
    };
    let mut unit = 1.0;
    while (v / (unit * 10.0)).fract() == 0.0 && unit * 10.0 < v {
        unit *= 10.0;
    }
    scope.in_headline(headline)
        && !scope.in_headline(body)
        && unit >= 10.0
        && b.point() >= v - unit / 2.0
        && b.point() < v + unit / 2.0
}

fn find_all(scope: &Scope, claims: &mut Vec<Claim>) {
    // Index by (kind, unit) so that only like figures are compared.
    let mut by_kind: HashMap<(crate::quantity::Kind, Option<&str>), Vec<usize>> = HashMap::new();
    for (i, q) in scope.quantities.iter().enumerate() {
        if q.kind.is_amount()
            && !q.kind.is_share()
            && q.range.is_none()
            && written_digits(q).is_some_and(|v| v >= 10.0 && v.fract() == 0.0)
        {
            by_kind
                .entry((q.kind, q.unit.map(|u| u.name)))
                .or_default()
                .push(i);
        }
    }
    let mut groups: Vec<Vec<usize>> = by_kind.into_values().collect();
    groups.sort();
    for group in groups {
        // Within a kind, group by digit signature: a restatement with transposed digits has the same one.
        let mut by_digits: HashMap<[u8; 10], Vec<usize>> = HashMap::new();
        for &i in &group {
            let Some(q) = scope.q(i) else { continue };
            let Some(sig) = written_digits(q).and_then(digit_signature) else {
                continue;
            };
            // Only the first of equal figures for one noun: a figure repeated
            // many times adds nothing, and keeps the pairs below few.
            let set = by_digits.entry(sig).or_default();
            if !set.iter().any(|&j| {
                scope
                    .q(j)
                    .is_some_and(|o| o.value == q.value && o.noun == q.noun)
            }) {
                set.push(i);
            }
        }
        let mut sets: Vec<Vec<usize>> = by_digits.into_values().filter(|v| v.len() > 1).collect();
        sets.sort();
        for set in sets {
            transposed(scope, &set, claims);
        }
    }
    stated_as_all(scope, claims);
    bounds_exceeded(scope, claims);
    compounds_of_groups(scope, claims);
    wholes(scope, claims);
    back_references(scope, claims);
    compounds_said_again(scope, claims);
    definite_sums(scope, claims);
    headline_said_again(scope, claims);
}

/// "Carmaker to cut 1,800 jobs" over "will cut 2,400 jobs at its three
/// plants": the lead says the headline's figure again, for the same noun
/// after the same verb. Nothing is claimed when the lead also gives the
/// headline's value (the headline picked one of its figures).
fn headline_said_again(scope: &Scope, claims: &mut Vec<Claim>) {
    let Some(lead) = lead_paragraph(scope) else {
        return;
    };
    let verb_before = |i: usize| -> Vec<String> {
        scope.place(i).map_or_else(Vec::new, |p| {
            p.before()
                .rev()
                .take(3)
                .filter(|w| !crate::quantity::noun::is_function_word(&w.to_ascii_lowercase()))
                .map(|w| w.to_ascii_lowercase())
                .collect()
        })
    };
    let in_lead: Vec<usize> = (0..scope.quantities.len())
        .filter(|&j| scope.place(j).is_some_and(|p| p.paragraph == lead))
        .collect();
    for h in (0..scope.quantities.len()).take_while(|&h| scope.in_headline(h)) {
        let Some(hq) = scope
            .q(h)
            .filter(|q| q.kind == crate::quantity::Kind::Count)
        else {
            continue;
        };
        let Some(noun) = hq.noun.as_deref() else {
            continue;
        };
        let said = verb_before(h);
        let same: Vec<usize> = in_lead
            .iter()
            .copied()
            .filter(|&j| {
                scope.comparable(h, j)
                    && scope
                        .q(j)
                        .and_then(|q| q.noun.as_deref())
                        .is_some_and(|n| same_things(n, noun))
            })
            .collect();
        let [j] = same.as_slice() else { continue };
        // "to convert 35 member banks" over "convert 35 of its 62 member banks".
        if in_lead
            .iter()
            .any(|&k| scope.q(k).is_some_and(|q| q.value == hq.value))
        {
            continue;
        }
        let (Some(jq), Some(pj)) = (scope.q(*j), scope.place(*j)) else {
            continue;
        };
        let same_verb = verb_before(*j).iter().any(|w| said.contains(w));
        if same_verb
            && jq.value != hq.value
            && hq.range.is_none()
            && jq.range.is_none()
            && !is_part(scope, *j)
            && !pj.past_frame()
            && close(hq, jq)
        {
            claims.push(Claim::Restatement {
                first: h,
                second: *j,
            });
        }
    }
}

/// The paragraph of the first figure past the headline: the lead.
fn lead_paragraph(scope: &Scope) -> Option<usize> {
    (0..scope.quantities.len())
        .find(|&i| !scope.in_headline(i))
        .and_then(|i| scope.place(i))
        .map(|p| p.paragraph)
}

/// Words after a sum's noun that narrow it to a part or an owner.
const NARROWING: &[&str] = &[
    "of", "for", "from", "in", "on", "at", "with", "by", "compared",
];

/// How many words after a sum may say what it is for.
const FOR_WORDS: usize = 8;

/// How many paragraphs back a definite sum may name its first statement.
const DEFINITE_SUM_PARAGRAPHS: usize = 6;

/// "will pay £14m towards a new primary school" ... "the £11m school
/// contribution": a definite sum followed by a noun points back to the one
/// like sum before it whose own words say that noun.
fn definite_sums(scope: &Scope, claims: &mut Vec<Claim>) {
    // The headline and lead state the story's main sums, which "the" may
    // name however far on.
    // Their figures are a prefix of the story's: up to `opening_end`.
    let lead = lead_paragraph(scope);
    let opening_end = (0..scope.quantities.len())
        .find(|&j| {
            scope
                .place(j)
                .is_some_and(|p| lead.is_none_or(|l| p.paragraph > l))
        })
        .unwrap_or(scope.quantities.len());
    for (i, q) in scope.quantities.iter().enumerate() {
        let Some(p) = scope.place(i) else { continue };
        // "its 68 billion dlr debt to commercial banks", "the 4.0 mln dlr
        // balance of its 12 pct notes", "the 730 dlrs equivalent compared
        // with": a sum owned, narrowed or set against names another.
        if !matches!(q.kind, crate::quantity::Kind::Money)
            || q.range.is_some()
            || !p.prev_is(&["the"])
            || p.before_has(3, COMPARED)
            || p.after()
                .take(3)
                .any(|w| is_any(w, NARROWING) || is_any(w, COMPARED) || is_any(w, LABELS))
        {
            continue;
        }
        // The noun right after the sum, as a compound's first word.
        let Some(named) = p
            .after()
            .next()
            .filter(|w| w.len() > 3 && w.chars().all(|c| c.is_ascii_lowercase()))
            .filter(|w| !crate::quantity::noun::is_function_word(w))
        else {
            continue;
        };
        let stem = super::context::derived_stem(named);
        let near = scope.nearby(i, DEFINITE_SUM_PARAGRAPHS).start;
        // "the £38,000 raised so far": a sum on the way to a target.
        if p.after_pair(3, "so", "far") || p.after_pair(3, "to", "date") {
            continue;
        }
        let naming: Vec<usize> = (near..i)
            .rev()
            .chain((0..opening_end.min(near)).rev())
            .filter(|&j| {
                scope.comparable(i, j)
                    && scope.q(j).is_some_and(|x| x.range.is_none())
                    // What a sum is for follows it ("£14m towards a new
                    // primary school", "a £14m school").
                    && (super::part::following_words(scope, j, FOR_WORDS)
                        .iter()
                        .any(|w| super::context::derived_stem(w) == stem)
                        // "raising £41,000" ... "the £44,000 raised".
                        // Not a target: "aimed at raising £60,000".
                        || scope.place(j).is_some_and(|p| {
                            p.prev_attached()
                                && super::context::derived_stem(p.prev()) == stem
                                && !p.before().rev().skip(1).take(2).any(|w| {
                                    is_any(w, &["at", "to", "target", "aim", "aims", "hopes", "bid"])
                                })
                        }))
            })
            .collect();
        // "a 25 mln dlr loan ... increased to 40 mln dlrs ... the 40 mln
        // dlr facility": a value stated before is where the sum now stands.
        let stated_before = scope
            .earlier(i, DEFINITE_SUM_PARAGRAPHS)
            .any(|j| scope.comparable(i, j) && scope.q(j).is_some_and(|x| x.value == q.value));
        // The one sum so named, said once or more.
        let Some(first) = naming.first() else {
            continue;
        };
        let one_value = naming
            .iter()
            .all(|&j| scope.q(j).map(|x| x.value) == scope.q(*first).map(|x| x.value));
        if one_value
            && !stated_before
            && scope
                .q(*first)
                .is_some_and(|f| f.value != q.value && close(f, q))
            && same_frame(scope, *first, i)
        {
            claims.push(Claim::Restatement {
                first: *first,
                second: i,
            });
        }
    }
}

/// "a field of 34 runners" ... "14 of the 40 starters": two counts of one
/// group, each stated as the whole of it ("all", "a field of", the whole
/// of a part), are the same figure.
fn wholes(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut first_whole: HashMap<&str, usize> = HashMap::new();
    for (i, q, noun) in counts_of_nouns(scope) {
        if !is_whole(scope, i) {
            continue;
        }
        match first_whole.get(group_of(noun)) {
            None => {
                first_whole.insert(group_of(noun), i);
            }
            // Same-noun "all" figures are compared by `stated_as_all`.
            Some(&first)
                if !(is_all(scope, i)
                    && scope.q(first).and_then(|f| f.noun.as_deref()) == Some(noun)) =>
            {
                // Two wholes of parts may be two groups ("76,700 of the
                // 108,000 voters", "31,200 of the county's 104,000 voters"):
                // one of the two must say it is all of the group.
                // A headline states the story's one figure for its group.
                let said_all = |j| {
                    is_all(scope, j)
                        || in_field(scope, j)
                        || of_group(scope, j) && scope.in_headline(j)
                };
                // "Only 8 of the 31 open blocks" after "27 locked and 31
                // open": a whole that names a like figure said before.
                if (said_all(first) || said_all(i))
                    && same_frame(scope, first, i)
                    && scope.q(first).map(|f| f.value) != Some(q.value)
                    && !value_said_before(scope, i)
                {
                    claims.push(Claim::Restatement { first, second: i });
                }
            }
            Some(_) => {}
        }
    }
}

/// Stated as the whole of a group: "all 2,100 dockers", "a field of 34
/// runners", "the 40" of "14 of the 40 starters".
fn is_whole(scope: &Scope, i: usize) -> bool {
    let whole_of_part = i
        .checked_sub(1)
        .is_some_and(|part| super::part::whole_after_of(scope, part) == Some(i));
    is_all(scope, i) || of_group(scope, i) || whole_of_part
}

/// "a crowd of 23,410", "the fleet of 154": a count of a whole group.
fn of_group(scope: &Scope, i: usize) -> bool {
    scope.place(i).is_some_and(|p| {
        p.prev_is(&["of"])
            && crate::quantity::noun::GROUP_NOUNS
                .iter()
                .any(|g| p.before_is(1, g))
    })
}

/// "More than 400 cyclists were hurt ..." and later "the 260 injured
/// cyclists": a definite count of a noun points back to the one figure the
/// story gave for that noun, unless a clause narrows it to a subset ("the
/// 12 patients who died") or it is itself a part ("the 40 of them").
fn back_references(scope: &Scope, claims: &mut Vec<Claim>) {
    // The figures given for each noun so far, at most a few of them: many
    // figures of one noun (a long file names "shares" thousands of times)
    // say nothing of which one a back-reference means.
    let mut by_noun: HashMap<&str, Vec<usize>> = HashMap::new();
    // The same, by the verb said of each: "hatched 14 tortoises" ... "the
    // 19 hatchlings", "41 pharmacies have closed" ... "the 47 closures".
    let mut by_verb: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, _, noun) in counts_of_nouns(scope) {
        // "58 of them" counts a part of the figure before: no figure of its own.
        if is_part(scope, i) {
            continue;
        }
        // Nouns meet by their stem: "9,400 finish" in a headline and "the
        // 7,400 finishers" count one thing.
        let key = deaths_or(scope, i, noun);
        let figures = by_noun.entry(key.get(..6).unwrap_or(key)).or_default();
        let by_event = || {
            let root = event_root(noun)?;
            the_one_figure_meant(scope, by_verb.get(&root)?, i)
        };
        if points_back(scope, i, noun)
            && let Some(first) = if figures.is_empty() {
                by_event()
            } else {
                the_one_figure_meant(scope, figures, i)
            }
            && (!narrowed(scope, i) || clause_repeats(scope, first, i))
            && !members_who_took_part(scope, first, i)
            && !is_compound(scope, first)
            && !value_said_before(scope, i)
            // "400 runners entered ... the 350 runners who took part":
            // those registered and those who came differ.
            && !(has_relative_clause(scope, i) && scope.sentence_has(first, REGISTERED))
        {
            // "inviting 44 pianists to the live rounds" ... "the 52 British
            // pianists invited to play live": a group named by a proper
            // adjective the first lacks is some of them, said of the same
            // event.
            if !named_subgroup(scope, first, i) {
                claims.push(Claim::Restatement { first, second: i });
            } else if clause_repeats(scope, first, i) {
                claims.push(Claim::PartOfWhole {
                    part: i,
                    whole: first,
                });
            }
        }
        if figures.len() < FIGURES_PER_NOUN {
            figures.push(i);
        }
        if let Some(verb) = verb_said_of(scope, i) {
            let done = by_verb.entry(verb).or_default();
            if done.len() < FIGURES_PER_NOUN {
                done.push(i);
            }
        }
    }
}

/// The words between figure `i` and its noun: "registered" of "96
/// registered skaters"; none when the noun is not right there.
fn modifiers<'d>(scope: &Scope<'d>, i: usize) -> Vec<&'d str> {
    let (Some(q), Some(p)) = (scope.q(i), scope.place(i)) else {
        return Vec::new();
    };
    let Some(noun) = q.noun.as_deref() else {
        return Vec::new();
    };
    let after: Vec<&str> = p.after().take(4).collect();
    after
        .iter()
        .position(|w| crate::quantity::noun::normalise(w) == noun)
        .and_then(|at| after.get(..at))
        .map(<[&str]>::to_vec)
        .unwrap_or_default()
}

/// Whether figure `later` is narrowed by a capitalised modifier ("the 52
/// British pianists") that figure `first` does not have.
fn named_subgroup(scope: &Scope, first: usize, later: usize) -> bool {
    // One capitalised word, such as a nationality; not a name of several
    // words ("the 18 Premier League clubs") nor an acronym.
    let first_mods = modifiers(scope, first);
    let later_mods = modifiers(scope, later);
    let named: Vec<&&str> = later_mods
        .iter()
        .filter(|m| m.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    matches!(named.as_slice(), [m] if !first_mods.contains(m)
        && m.chars().skip(1).all(|c| c.is_ascii_lowercase()))
}

/// "Of the district's 41 dental practices, 29 still hold NHS contracts.
/// ... The 29 practices with NHS contracts": a like figure of the same
/// value said before, a part or not, is the one named again.
fn value_said_before(scope: &Scope, i: usize) -> bool {
    let Some(value) = scope.q(i).and_then(|q| q.value) else {
        return false;
    };
    // "27 were locked and 31 open ... the 31 open blocks": a singular word
    // read as the earlier count's noun ("31 open") may be the later one's
    // modifier ("31 schools" is no "31 school buses").
    let modifies_it = |j: usize| {
        let singular_after = |n: &str| {
            scope
                .place(j)
                .and_then(|p| p.after().next())
                .is_some_and(|w| w.eq_ignore_ascii_case(n))
        };
        scope.q(j).and_then(|q| q.noun.as_deref()).is_some_and(|n| {
            singular_after(n)
                && scope
                    .place(i)
                    .is_some_and(|p| p.after().take(2).any(|w| w.eq_ignore_ascii_case(n)))
        })
    };
    scope.earlier(i, DEFINITE_SUM_PARAGRAPHS).any(|j| {
        scope.comparable(i, j)
            && (scope.same_things(i, j) != Some(false) || modifies_it(j))
            && scope.q(j).is_some_and(|q| q.value == Some(value))
    })
}

/// The first four letters of a regular verb said of figure `i`, right
/// before it ("hatched 14 tortoises") or after its noun ("41 pharmacies
/// have closed").
fn verb_said_of(scope: &Scope, i: usize) -> Option<String> {
    let p = scope.place(i)?;
    let regular = |w: &str| w.len() >= 6 && w.ends_with("ed");
    let verb = if regular(p.prev()) {
        p.prev()
    } else {
        let after: Vec<&str> = p.after().take(4).collect();
        let at = after
            .iter()
            .position(|w| is_any(w, &["have", "has", "had", "were", "was", "been"]))?;
        after.get(at + 1).copied().filter(|w| regular(w))?
    };
    Some(verb.get(..4)?.to_ascii_lowercase())
}

/// The first four letters of a noun made from a verb: "hatchlings",
/// "closures", "launches"; none for a short noun.
fn event_root(noun: &str) -> Option<String> {
    // "the 20 rescuers" are those who rescued, not those rescued.
    let agent = noun.ends_with("er") || noun.ends_with("or");
    (noun.len() >= 5 && !agent).then(|| noun.get(..4).map(str::to_ascii_lowercase))?
}

/// How many figures of one noun a back-reference is weighed against.
const FIGURES_PER_NOUN: usize = 6;

/// "the 260 injured cyclists": a definite count of the noun's things, not
/// the whole of a part ("23 of the 41 seats") nor a figure compared with
/// ("lower than the 1.02 billion").
fn points_back(scope: &Scope, i: usize, noun: &str) -> bool {
    // "every one of the 37 deaths" is all of them, not a part.
    let whole_of_part = i.checked_sub(1).is_some_and(|part| {
        super::part::whole_after_of(scope, part) == Some(i)
            && !scope
                .q(part)
                .is_some_and(|q| q.words && q.value == Some(1.0))
    });
    !whole_of_part
        && scope.place(i).is_some_and(|p| {
            (p.determined_by(&["the", "those", "these", "our", "its", "their"])
                || the_event_of(p, EVENTS))
                && !compared(p)
                && !p.after_is(0, "of")
        })
        && counts_things(scope, i, noun)
}

/// "a 4.2-tonne bell" ... "the 3.4-tonne bell", "an 18-month closure" ...
/// "the 14-month closure": a measure built into its noun, said again with
/// "the" before that noun, is the one thing's measure said twice. Not when
/// the noun had two such measures before: which is meant is not known.
fn compounds_said_again(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut by_noun: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, q) in scope.quantities.iter().enumerate() {
        let Some(noun) = q.noun.as_deref().filter(|_| is_compound(scope, i)) else {
            continue;
        };
        let earlier = by_noun.entry(noun).or_default();
        // "the 120-metre wheel at Port Amery" is another, placed elsewhere.
        let placed_elsewhere = |f: usize| {
            scope.place(f).is_some_and(|p| {
                let mut after = p.after().skip(1);
                after
                    .next()
                    .is_some_and(|w| is_any(w, &["at", "in", "on", "near"]))
                    && after.next().is_some_and(|w| {
                        w.starts_with(|c: char| c.is_uppercase()) && !super::part::is_time_word(w)
                    })
            })
        };
        let like: Vec<usize> = earlier
            .iter()
            .copied()
            .filter(|&f| scope.comparable(f, i))
            .collect();
        // Only when one unplaced remains: "a 45-metre wheel at Brighton" may
        // be the one meant.
        let unplaced: Vec<usize> = like
            .iter()
            .copied()
            .filter(|&f| !placed_elsewhere(f))
            .collect();
        let like = if unplaced.is_empty() { like } else { unplaced };
        // "its 48-turbine Dogger Rise farm" is another, named one.
        // "The 48-bed ward at St Mary's": narrowed to another one.
        let definite = !narrowed(scope, i)
            && scope.place(i).is_some_and(|p| {
                p.prev_is(&["the", "this"])
                    && p.after()
                        .next()
                        .is_some_and(|w| !w.starts_with(|c: char| c.is_uppercase()))
            });
        // "- 20 metres: 1,050" ... "on the 20-metre band": a measure the
        // story gave as a label of its own names a thing of its own.
        let listed_apart = || {
            scope.earlier(i, DEFINITE_SUM_PARAGRAPHS).any(|j| {
                scope.q(j).is_some_and(|x| {
                    x.value == q.value && x.unit == q.unit && labels_its_line(scope, x)
                }) && scope.comparable(i, j)
            })
        };
        if let [first, rest @ ..] = like.as_slice()
            && definite
            && rest.iter().all(|&f| {
                scope.q(f).map(|x| x.value) == Some(scope.q(*first).and_then(|x| x.value))
            })
            && scope
                .q(*first)
                .is_some_and(|f| f.value != q.value && close(f, q))
            && !listed_apart()
        {
            claims.push(Claim::Restatement {
                first: *first,
                second: i,
            });
        }
        earlier.push(i);
    }
}

/// "- 20 metres: 1,050": a figure that labels what follows its colon.
fn labels_its_line(scope: &Scope, q: &crate::quantity::Quantity) -> bool {
    scope
        .text
        .get(q.span.end..)
        .is_some_and(|t| t.starts_with(':'))
}

/// "a 64-bed ward" counts wards, not the beds "the 118 beds" are; "a
/// three-year project" and "a £2.6m restoration" size the noun after them.
fn is_compound(scope: &Scope, i: usize) -> bool {
    let Some(q) = scope.q(i) else { return false };
    let Some(t) = scope.text.get(q.span.start..q.span.end) else {
        return false;
    };
    // "twenty-five" is a number, "three-year" a measure.
    let hyphened =
        t.contains('-') && (t.starts_with(|c: char| c.is_ascii_digit()) || q.unit.is_some());
    // A one-off undertaking: "a £4.20 pint" is a price, which changes, and
    // "the 26 dlr level" a mark.
    let money_before_noun = q.kind == crate::quantity::Kind::Money
        && q.noun.as_deref().is_some_and(|n| {
            ONE_OFF_WORKS.contains(&n)
                && scope
                    .place(i)
                    .and_then(|p| p.after().next())
                    .is_some_and(|w| crate::quantity::noun::normalise(&w.to_ascii_lowercase()) == n)
        });
    hyphened || money_before_noun
}

/// Undertakings done once, whose cost built into the noun names one thing.
const ONE_OFF_WORKS: &[&str] = &[
    "project",
    "restoration",
    "refit",
    "renovation",
    "redevelopment",
    "refurbishment",
    "extension",
    "upgrade",
    "overhaul",
    "scheme",
    "rebuild",
    "deal",
    "contract",
];

/// "the loss of 850 jobs", "the closure of 14 branches": an event named
/// definitely, its figure the one said of it before.
fn the_event_of(p: &super::context::Place, events: &[&str]) -> bool {
    p.prev_is(&["of"])
        && p.before_is(2, "the")
        && p.before().rev().nth(1).is_some_and(|w| is_any(w, events))
}

/// Events named definitely that point back to their figure.
const EVENTS: &[&str] = &["loss", "cut", "closure", "sale"];

/// Those events that happen once: sales are many ("the sale of 15,000
/// tonnes" may be another lot), so a sale is no back-reference to digits
/// swapped.
const ONE_OFF_EVENTS: &[&str] = &["loss", "cut", "closure"];

/// The earlier figure of the noun that back-reference `i` names again:
/// of those given for the same time ("in the year to March", not the
/// start "from 12.7 million" nor "last year's"), that are neither a part
/// nor a figure of each, all must state one value. None when one of them
/// equals `i`'s (it is that one) or two values are left (which is meant is
/// not known).
fn the_one_figure_meant(scope: &Scope, figures: &[usize], i: usize) -> Option<usize> {
    let q = scope.q(i)?;
    // A figure of the back-reference's own sentence is another thing
    // ("contest the 148-seat House ... fight for the 76 Senate seats"), so
    // it stays among those meant, where it makes the reference ambiguous.
    let sentence = scope.place(i)?.sentence;
    let mut meant = figures.iter().copied().filter(|&f| {
        (scope.place(f).is_some_and(|p| p.sentence == sentence) || same_frame(scope, f, i))
            && !is_part(scope, f)
            && !per_item(scope, f)
            && !one_of_a_list(scope, f)
    });
    let first = meant.next()?;
    let value = scope.q(first)?.value;
    let one_value = meant.all(|f| scope.q(f).map(|x| x.value) == Some(value));
    scope
        .q(first)
        .is_some_and(|f| one_value && f.value != q.value && close(f, q))
        .then_some(first)
        .filter(|&f| scope.place(f).is_some_and(|p| p.sentence != sentence))
}

/// "with 188 players in the open and 124 in the under-1600 event": an
/// item of a list of like figures is a part of something, not all of it.
fn one_of_a_list(scope: &Scope, f: usize) -> bool {
    let noun = scope.q(f).and_then(|q| q.noun.as_deref());
    // The other item counts the same things, or says nothing of them.
    let listed = |a: usize, b: usize| {
        let other = if a == f { b } else { a };
        scope.comparable(a, b)
            && scope.q(other).is_some_and(|q| q.noun.is_none() || q.noun.as_deref() == noun)
            && super::breakdown::coordinated_run(scope, &[a, b]).len() == 2
            // "22 league games, 11 at home" sets a part beside its whole.
            && scope.between(a, b).split_whitespace().any(|w| w == "and")
            && scope.in_one_sentence(a, b)
    };
    listed(f, f + 1) || f.checked_sub(1).is_some_and(|e| listed(e, f))
}

/// A figure said of each of several ("Every side plays 22 league games",
/// "12 teams, each allowed 20 players", "22 games each"): one side's own
/// figure ("their 21 games") is not it said again.
fn per_item(scope: &Scope, i: usize) -> bool {
    scope.place(i).is_some_and(|p| {
        p.before()
            .rev()
            .take(6)
            .any(|w| is_any(w, &["every", "each"]))
            || p.after_has(3, &["each", "apiece"])
    })
}

/// Set against the figure: "lower than the 1.02 billion", "fell to the
/// 260 level"; "to" only right before the article ("the decision to scrap
/// the 11 routes" is an infinitive).
fn compared(p: &super::context::Place) -> bool {
    let to_the = p.before_is(1, "to");
    to_the
        || p.before()
            .rev()
            .take(3)
            .any(|w| !w.eq_ignore_ascii_case("to") && is_any(w, COMPARED))
}

/// Whether a clause right after the figure's noun narrows it to a subset
/// ("the 12 patients who died", "the 40 of the staff"); one set off by a
/// comma ("the 330 injured, 45 of them critical") says more of all of them.
fn narrowed(scope: &Scope, i: usize) -> bool {
    let words: Vec<&str> = clause_after(scope, i).split_whitespace().take(5).collect();
    let Some(at) = words
        .iter()
        .take(3)
        .position(|w| is_any(w, &["who", "that", "which", "whose", "where", "of"]))
    else {
        return false;
    };
    // "the 280 players who took part", "the 86 volunteers who braved the
    // frost": taking part is what made them the group, no subset of it.
    !says_took_part(words.get(at + 1..).unwrap_or_default())
}

/// Whether `words` open on a verb of taking part ("took part", "braved").
fn says_took_part(words: &[&str]) -> bool {
    PARTICIPATED.iter().any(|p| {
        words.len() >= p.split(' ').count()
            && p.split(' ')
                .zip(words)
                .all(|(a, b)| b.eq_ignore_ascii_case(a))
    })
}

/// "The club has 64 members. ... The 52 members who took part": those who
/// took part in something are some of a body's members, not all of them.
fn members_who_took_part(scope: &Scope, body: usize, later: usize) -> bool {
    let held = scope
        .place(body)
        .is_some_and(|p| p.prev_is(&["has", "have", "had", "with"]))
        && scope
            .q(body)
            .is_some_and(|q| q.noun.as_deref() == Some("member"));
    let words: Vec<&str> = clause_after(scope, later)
        .split_whitespace()
        .take(5)
        .collect();
    let took_part = words
        .iter()
        .position(|w| is_any(w, &["who", "that"]))
        .is_some_and(|at| says_took_part(words.get(at + 1..).unwrap_or_default()));
    held && took_part
}

/// Words that count those signed up for an event, not those who came.
const REGISTERED: &[&str] = &[
    "entered",
    "registered",
    "signed",
    "applied",
    "booked",
    "entries",
];

/// "the 280 players who took part": a relative clause after the noun.
fn has_relative_clause(scope: &Scope, i: usize) -> bool {
    clause_after(scope, i)
        .split_whitespace()
        .take(3)
        .any(|w| is_any(w, &["who", "that", "which"]))
}

/// Verbs that say a group took part in an event, as all of its members did.
const PARTICIPATED: &[&str] = &[
    "took part",
    "attended",
    "braved",
    "participated",
    "competed",
    "turned out",
    "turned up",
];

/// "his entire herd of 265 cows" ... "the 190-cow herd": a group sized in
/// a compound ("the N-cow herd") names again the group sized with "of"
/// ("herd of 265 cows") earlier, when both count the same noun.
fn compounds_of_groups(scope: &Scope, claims: &mut Vec<Claim>) {
    for (i, q) in scope.quantities.iter().enumerate() {
        let Some(noun) = q.noun.as_deref() else {
            continue;
        };
        let Some(p) = scope.place(i) else { continue };
        if !is_compound(scope, i)
            || q.kind != crate::quantity::Kind::Count
            || !p.prev_is(&["the", "its", "their", "his", "her"])
        {
            continue;
        }
        let Some(group) = p.after().next() else {
            continue;
        };
        let sized_with_of = |j: usize| {
            scope.place(j).is_some_and(|w| {
                w.prev_is(&["of"]) && w.before_is(1, group) && w.sentence != p.sentence
            }) && scope.q(j).and_then(|w| w.noun.as_deref()) == Some(noun)
        };
        if let Some(first) = scope
            .earlier(i, BOUND_PARAGRAPHS)
            .find(|&j| sized_with_of(j))
        {
            claims.push(Claim::Restatement { first, second: i });
        }
    }
}

/// Words that say a figure is the most of its kind.
const SUPERLATIVES: &[&str] = &[
    "strongest",
    "highest",
    "biggest",
    "largest",
    "fastest",
    "heaviest",
    "longest",
    "peak",
    "maximum",
    "top",
];

/// How many paragraphs on the most of a thing bounded by "up to" is looked for.
const BOUND_PARAGRAPHS: usize = 4;

/// "gusts of up to 94mph" ... "The strongest gust, 104mph": the most of a
/// thing said later, in the same unit, is the bound stated again (and
/// must not pass it). Only the first such figure of a later sentence is
/// read ("112mph gust was the highest since 1989, when a gust of 118mph").
fn bounds_exceeded(scope: &Scope, claims: &mut Vec<Claim>) {
    for (bound, q) in scope.quantities.iter().enumerate() {
        if q.hedge != Some(crate::quantity::Hedge::AtMost)
            || q.kind != crate::quantity::Kind::Measure
            || q.range.is_some()
        {
            continue;
        }
        let Some(bp) = scope.place(bound) else {
            continue;
        };
        // The thing bounded: the words before the bound ("brought gusts of").
        let thing: Vec<&str> = bp.before().rev().take(4).collect();
        let later = scope
            .nearby(bound, BOUND_PARAGRAPHS)
            .filter(|&j| j > bound && scope.comparable(bound, j))
            .find(|&j| {
                scope.place(j).is_some_and(|p| {
                    p.sentence != bp.sentence
                        && scope.q(j).is_some_and(|l| l.hedge.is_none())
                        && scope.sentence_has(j, SUPERLATIVES)
                        && shares_stem(&thing, &scope.sentence_words(j).collect::<Vec<_>>(), 4)
                })
            });
        if let Some(second) = later {
            claims.push(Claim::Restatement {
                first: bound,
                second,
            });
        }
    }
}

/// The words after figure `i` up to the clause's end ("people who signed
/// our petition" in "the 5,600 people who signed our petition, and ...").
fn clause_after<'d>(scope: &Scope<'d>, i: usize) -> &'d str {
    let after = scope
        .q(i)
        .and_then(|q| scope.text.get(q.span.end..))
        .unwrap_or("");
    after.split([',', '.', ';', '(']).next().unwrap_or(after)
}

/// "a petition signed by nearly 9,000 people" ... "the 5,600 people who
/// signed our petition": a clause that says again what the first figure's
/// sentence said of it names the same group, not a subset. So does one
/// that repeats a phrase of it, a frame such as "in the year to March".
fn clause_repeats(scope: &Scope, first: usize, i: usize) -> bool {
    let said: Vec<&str> = clause_after(scope, i)
        .split_whitespace()
        .skip(1)
        .take(10)
        .collect();
    let first_sentence: Vec<&str> = scope.sentence_words(first).collect();
    let stems = said
        .iter()
        .take(6)
        .filter(|w| shares_stem(&[w], &first_sentence, 5))
        .count();
    let phrase = said.windows(3).any(|three| {
        three
            .iter()
            .any(|w| !crate::quantity::noun::is_function_word(&w.to_ascii_lowercase()))
            && first_sentence.windows(3).any(|other| {
                three.iter().zip(other).all(|(a, b)| {
                    a.trim_matches(|c: char| !c.is_alphanumeric())
                        .eq_ignore_ascii_case(b)
                })
            })
    });
    stems >= 2 || phrase
}

/// "The heatwave has killed at least 14 people" ... "the 11 deaths": people
/// said to be killed or to have died are counted as deaths.
fn deaths_or<'d>(scope: &Scope, i: usize, noun: &'d str) -> &'d str {
    const DIED: &[&str] = &["killed", "died", "dead"];
    let people = noun == "person" || super::synonyms::is_person(noun);
    let died = scope.place(i).is_some_and(|p| {
        p.before()
            .rev()
            .take(4)
            .any(|w| w.eq_ignore_ascii_case("killed"))
            || p.after()
                .skip(1)
                .take(3)
                .any(|w| DIED.iter().any(|d| w.eq_ignore_ascii_case(d)))
    });
    // "More than 500 people were injured" ... "the 330 injured".
    const HURT: &[&str] = &["injured", "hurt", "wounded"];
    let hurt = noun == "person"
        && scope.place(i).is_some_and(|p| {
            p.after()
                .skip(1)
                .take(3)
                .any(|w| HURT.iter().any(|d| w.eq_ignore_ascii_case(d)))
        });
    // "The airport employs about 3,400 people" ... "its 2,600 employees".
    let employed = people
        && scope.place(i).is_some_and(|p| {
            p.before()
                .rev()
                .take(3)
                .any(|w| is_any(w, &["employs", "employ", "employed", "employing"]))
        });
    match (noun, people && died) {
        ("fatality", _) | (_, true) => "death",
        _ if employed => "employee",
        ("hurt" | "wounded", _) => "injured",
        _ if hurt => "injured",
        _ => noun,
    }
}

/// Words that set a figure against another rather than restate it ("lower
/// than the 1.02 billion", "would reach the 2400 level").
pub(super) const COMPARED: &[&str] = &[
    "than", "from", "to", "reach", "below", "above", "against", "versus", "beyond", "past",
];

/// Nouns that a number names rather than counts ("the 300 series", "the
/// 2400 level").
const LABELS: &[&str] = &[
    "series", "level", "mark", "class", "model", "type", "version", "line", "route", "index",
    "area", "zone", "range",
];

/// A plain figure counting a plural noun: "the 260 injured cyclists", not
/// "the 12-member community" or "the 68000 microprocessor".
fn counts_things(scope: &Scope, i: usize, noun: &str) -> bool {
    let Some(q) = scope.q(i) else { return false };
    let plain = scope
        .text
        .get(q.span.start..q.span.end)
        .is_some_and(|t| !t.contains('-'));
    // The noun as written: plural ("walkers"), and not a name ("series").
    let written = scope.place(i).and_then(|p| {
        p.after().take(3).find(|w| {
            // "people" is written for "person".
            w.to_ascii_lowercase()
                .starts_with(noun.get(..3).unwrap_or(noun))
                || crate::quantity::noun::normalise(w) == noun
        })
    });
    // "the 330 injured": an adjective standing for people counts them.
    let plural = written.is_some_and(|w| !w.eq_ignore_ascii_case(noun))
        || matches!(noun, "injured" | "wounded" | "hurt" | "dead" | "missing");
    let label = written.is_some_and(|w| LABELS.iter().any(|l| w.eq_ignore_ascii_case(l)));
    plain && plural && !label
}

/// A slip changes a figure a little ("more than 400" and "the 260"); two
/// figures far apart for one noun count different things (a year's and a
/// decade's).
pub(super) fn close(a: &crate::quantity::Quantity, b: &crate::quantity::Quantity) -> bool {
    let (x, y) = (a.point().abs(), b.point().abs());
    x.max(y) <= 2.0 * x.min(y)
}

/// "a field of 34 runners": the whole of a race.
///
/// "The attendance of 24,310", "its workforce of 1,200": a group named
/// definitely points back to the one group of the story; "a fleet of 154"
/// may be another fleet than "a fleet of 746".
fn in_field(scope: &Scope, i: usize) -> bool {
    scope.place(i).is_some_and(|p| {
        let group = |g: &&str| p.before_is(1, g);
        p.prev_is(&["of"])
            && (p.before_is(1, "field")
                || crate::quantity::noun::GROUP_NOUNS.iter().any(group)
                    && ["the", "its", "their", "this"]
                        .iter()
                        .any(|d| p.before_is(2, d)))
    })
}

/// "A strike by about 1,300 dockers" ... "all 2,100 dockers would stay
/// out": a figure said to be all of a thing against the first figure for the
/// same noun. Only the first mention is taken: later figures for the noun
/// are as likely to be parts ("12 of the dockers", "300 dockers voted").
fn stated_as_all(scope: &Scope, claims: &mut Vec<Claim>) {
    // (the noun matched, the noun as counted, the figure)
    let mut first_of_noun: Vec<(&str, &str, usize)> = Vec::new();
    for (i, _, noun) in counts_of_nouns(scope) {
        // "37 shopfronts" ... "all 34 fronts"; "employs 19 people" ... "the
        // firm's 26 staff": the first figure for the same things, one
        // group of synonyms, people employed read as employees.
        let Some((_, first_noun, first)) = first_of_noun
            .iter()
            .find(|&&(n, _, _)| same_group(n, noun) || compound_of(n, noun))
            .copied()
        else {
            first_of_noun.push((deaths_or(scope, i, noun), noun, i));
            continue;
        };
        let (Some(a), Some(b)) = (scope.q(first), scope.q(i)) else {
            continue;
        };
        if (is_all(scope, i) || owned_by_the_subject(scope, first, i, noun))
            && same_frame(scope, first, i)
            && no_narrower(scope, first, i, noun)
            && !is_part(scope, first)
            && close(a, b)
            && counts_things(scope, first, first_noun)
            && !selected_by_passive(scope, first)
        {
            claims.push(Claim::Restatement { first, second: i });
        }
    }
}

/// "37 shopfronts" ... "all 34 fronts": a later noun that is the head of
/// the first's compound names the same things. People's compounds name
/// roles ("headteachers" are some of the "teachers").
fn compound_of(first: &str, later: &str) -> bool {
    later.len() >= 4
        && first.len() >= later.len() + 4
        && first.ends_with(later)
        && !super::synonyms::is_person(later)
}

/// "the firm's 26 staff", "the fair's 52 dealers": a definite owner's
/// count is all it has, as "all" says, when the first figure's sentence
/// names the owner ("The centre's 48 instructors"; a firm by any of its
/// words) and names no narrower kind ("212 junior members" ... "the
/// club's 340 members").
/// Not the whole of a part ("195 of the facility's 425 employees"): that
/// owner may be a part of the story's own.
fn owned_by_the_subject(scope: &Scope, first: usize, later: usize, noun: &str) -> bool {
    let Some(p) = scope.place(later) else {
        return false;
    };
    let Some(owner) = p
        .prev()
        .strip_suffix("'s")
        .or_else(|| p.prev().strip_suffix("\u{2019}s"))
    else {
        return false;
    };
    let whole_of_a_part = later.checked_sub(1).is_some_and(|part| {
        is_part(scope, part) && scope.place(part).map(|pp| pp.sentence) == Some(p.sentence)
    });
    const FIRM: &[&str] = &["firm", "company", "business"];
    let owner_named = scope.sentence_words(first).any(|w| {
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w);
        w.eq_ignore_ascii_case(owner) || is_any(w, FIRM) && is_any(owner, FIRM)
    });
    p.before_is(1, "the")
        && owner_named
        && !whole_of_a_part
        && !owner.is_empty()
        && !p.after_is(0, "of")
        && no_narrower(scope, later, first, noun)
}

/// Whether `later` names no kind of its noun that `first` does not: "all
/// 7,300 infant pupils" is a narrower group than "5,620 pupils".
pub(super) fn no_narrower(scope: &Scope, first: usize, later: usize, noun: &str) -> bool {
    let earlier = kinds_named(scope, first, noun);
    kinds_named(scope, later, noun)
        .iter()
        .all(|m| earlier.contains(m))
}

/// The words between figure `i` and its noun, or the figure's own
/// ("3,200 people" for workers), that name a kind: "full-time", "junior".
pub(super) fn kinds_named(scope: &Scope, i: usize, noun: &str) -> Vec<String> {
    let own = scope.q(i).and_then(|q| q.noun.as_deref());
    scope.place(i).map_or_else(Vec::new, |p| {
        p.after()
            .take(4)
            .take_while(|w| {
                let w = crate::quantity::noun::normalise(w);
                w != noun && Some(w.as_str()) != own
            })
            // "all 64 of its volunteers", "of the band's players": no kind
            // of volunteer or player.
            .filter(|w| !is_any(w, &["of", "its", "their", "our", "the"]) && !w.ends_with("'s"))
            .map(str::to_ascii_lowercase)
            .collect()
    })
}

/// "17 banks were disqualified": a figure defined by what happened to it
/// counts those selected, a subset that "all 27 banks" may well contain.
fn selected_by_passive(scope: &Scope, i: usize) -> bool {
    scope.place(i).is_some_and(|p| {
        let mut after = p.after().skip(1);
        after
            .next()
            .is_some_and(|w| is_any(w, &["were", "was", "had", "have"]))
            && after
                .next()
                .is_some_and(|w| w.len() > 4 && w.ends_with("ed") || w == "been")
    })
}

/// The counts of something named, single figures of ten or more: small
/// numbers are as often words as figures ("one particular party"), and
/// small groups are as often different groups ("the three locals" and
/// "the five locals").
fn counts_of_nouns<'d>(
    scope: &Scope<'d>,
) -> impl Iterator<Item = (usize, &'d crate::quantity::Quantity, &'d str)> {
    scope.quantities.iter().enumerate().filter_map(|(i, q)| {
        let noun = q.noun.as_deref()?;
        (q.kind == crate::quantity::Kind::Count
            && q.range.is_none()
            && q.value.is_some_and(|v| v >= 10.0))
        .then_some((i, q, noun))
    })
}

/// "all 2,100 dockers", but not "all 4,200 beds, and 4,650 of them", nor
/// "all 30 mln dlrs of its notes" (all of something else), nor "all
/// 1986 preferred shares" (a year).
fn is_all(scope: &Scope, i: usize) -> bool {
    let year_like = scope
        .q(i)
        .and_then(|q| scope.text.get(q.span.start..q.span.end))
        .is_some_and(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()));
    // "all 64 of its volunteers", "all 24 of the band's players": all of
    // its own noun.
    let of_its_own = |p: &super::context::Place| {
        let owned = p.after().nth(2).is_some_and(|w| w.ends_with("'s"));
        p.after_is(0, "of")
            && ["its", "their", "our", "the"]
                .iter()
                .any(|d| p.after_is(1, d))
            && p.after().nth(if owned { 3 } else { 2 }).is_some_and(|w| {
                scope.q(i).and_then(|q| q.noun.as_deref())
                    == Some(crate::quantity::noun::normalise(w).as_str())
            })
    };
    scope.place(i).is_some_and(|p| {
        p.prev_is(&["all"])
            && !p.before_is(1, "in")
            && (!p.after_is(0, "of") || of_its_own(p))
            && !p.after_is(1, "of")
            && !year_like
    })
}

/// Stated as a part of something: "15 of the 120", "of whom 15".
fn is_part(scope: &Scope, i: usize) -> bool {
    scope
        .place(i)
        .is_some_and(|p| p.after_is(0, "of") || p.prev_is(&["whom", "including", "among", "them"]))
}

/// In different sentences, for the same time.
pub(super) fn same_frame(scope: &Scope, a: usize, b: usize) -> bool {
    // "Thirty-one people died on roads in the county last year" and "the 37
    // deaths on our roads last year": "last year" too far from the first
    // figure to be read as its frame is still its sentence's.
    let last_year = |i: usize| {
        let mut words = scope.sentence_words(i);
        let mut prev = "";
        words.any(|w| {
            let hit = prev.eq_ignore_ascii_case("last") && w.eq_ignore_ascii_case("year");
            prev = w;
            hit
        })
    };
    match (scope.place(a), scope.place(b)) {
        (Some(pa), Some(pb)) => {
            let frames_agree = said_of_an_earlier_time(scope, a)
                == said_of_an_earlier_time(scope, b)
                || last_year(a)
                    && last_year(b)
                    && !pa.prev_is(&["from", "against"])
                    && !pb.prev_is(&["from", "against"]);
            pa.sentence != pb.sentence
                && frames_agree
                && frame_year(scope, a) == frame_year(scope, b)
        }
        _ => false,
    }
}

/// Whether figure `i` is said of a time before the story's: by the words
/// beside it, or by its clause ("the 1,850 trees planted in the previous
/// two winters").
fn said_of_an_earlier_time(scope: &Scope, i: usize) -> bool {
    scope.place(i).is_some_and(|p| p.past_frame()) || dated_by_its_clause(scope, i)
}

/// The words after a figure, up to its clause's end, name a time before
/// the story's ([`super::context::earlier_time_at`]).
fn dated_by_its_clause(scope: &Scope, i: usize) -> bool {
    let (Some(q), Some(p)) = (scope.q(i), scope.place(i)) else {
        return false;
    };
    let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
    let rest = scope.text.get(q.span.end..sentence.end).unwrap_or("");
    let clause = rest.split([',', ';', ':']).next().unwrap_or("");
    // The figure's own words end where another time or a comparison
    // begins ("The 1,580 trees planted this winter outgrew those of the
    // previous winter").
    let words: Vec<&str> = super::context::words_in(clause, 0, clause.len())
        .take(12)
        .take_while(|w| !is_any(w, &["this", "than", "those", "these", "now", "last"]))
        .collect();
    (0..words.len()).any(|k| super::context::earlier_time_at(|n| words.get(k + n).copied()))
}

/// Nouns for a whole group that "the ... of N" names again ("the crowd of
/// 2,100"); "the sale of 15,000 tonnes" names another thing.
const GROUP_WORDS: &[&str] = &[
    "crowd",
    "total",
    "field",
    "group",
    "number",
    "fleet",
    "workforce",
    "squad",
    "audience",
    "attendance",
    "turnout",
    "population",
    "herd",
    "flock",
    "tally",
    "haul",
    "intake",
    "membership",
    "electorate",
];

fn transposed<'d>(scope: &Scope<'d>, set: &[usize], claims: &mut Vec<Claim>) {
    // "were launched 214 times last year" alone in its sentence is the
    // story's own year, as "the year's 241 launches" is, unless the other
    // is said of this year.
    let past = |i: usize| {
        said_of_an_earlier_time(scope, i) && !super::list_apart::in_the_story_s_year(scope, i)
    };
    let this_year = |p: &super::context::Place| p.after_pair(5, "this", "year");
    for (n, &a) in set.iter().enumerate() {
        for &b in set.iter().skip(n + 1) {
            let (Some(qa), Some(qb), Some(pa), Some(pb)) =
                (scope.q(a), scope.q(b), scope.place(a), scope.place(b))
            else {
                continue;
            };
            // One sentence relates its figures ("13 players out of a squad of
            // 31"); a restatement is said again elsewhere. These tests rule
            // out nearly every pair: they come before the words are read.
            // "240 of them": a part of the figure before, not one said again
            // ("won 23 of the 41 seats" may well say the 32 seats again).
            let of_pronoun = |p: &super::context::Place| {
                p.after_is(0, "of") && p.after_has(2, &["them", "those", "these", "whom", "which"])
            };
            if qa.value == qb.value
                || of_pronoun(pa)
                || of_pronoun(pb)
                || pa.sentence == pb.sentence
                || qa.step != qb.step
                || !typist_slip(written_digits(qa), written_digits(qb))
                || if this_year(pa) || this_year(pb) {
                    said_of_an_earlier_time(scope, a) != said_of_an_earlier_time(scope, b)
                } else {
                    past(a) != past(b)
                }
            {
                continue;
            }
            // Figures of two years are two figures, and so are one of a
            // past year and one of now; the latest year said of the later
            // one only ("the last of the 1,510 homes to be finished in
            // 2034") leaves it to a back-reference to say they are one.
            let (year_a, year_b) = (frame_year(scope, a), frame_year(scope, b));
            let latest = scope
                .quantities
                .iter()
                .filter(|y| y.kind == crate::quantity::Kind::Year)
                .filter_map(|y| y.value)
                .fold(f64::MIN, f64::max);
            let one_dated = year_a != year_b;
            let later_year = if a < b { year_b } else { year_a };
            if one_dated && later_year.is_none_or(|y| (y as f64) < latest) {
                continue;
            }
            // "412,000 visitors ..., three times the 142,000 who came" and
            // "Of the 412,000": the later restates the figure of its value
            // stated before it, not the other with its digits swapped.
            let (first, second) = (a.min(b), a.max(b));
            let second_value = scope.q(second).and_then(|q| q.value);
            let first_sentence = scope.place(first).map(|p| p.sentence);
            if set.iter().any(|&o| {
                o != first
                    && o < second
                    && scope.q(o).and_then(|q| q.value) == second_value
                    && scope.place(o).map(|p| p.sentence) == first_sentence
            }) {
                continue;
            }
            if counted_apart_in_a_table(scope, a, b) || counted_apart_in_a_table(scope, b, a) {
                continue;
            }
            // Digits swap by chance in a table of figures: the later one must
            // point back to the earlier ("the 470 unfilled posts", "the crowd
            // of 2,100").
            let (later, _) = if a < b { (pb, pa) } else { (pa, pb) };
            // "Telvoran's 18,500 employees": an owner's figure is its one;
            // "last season's 2,600 tonnes" is a time's.
            // "the Players' 143 members": a plural owner's.
            let owner = later
                .prev()
                .trim_end_matches("'s")
                .trim_end_matches("\u{2019}s")
                .trim_end_matches(['\'', '\u{2019}']);
            // Not a label: "- Daubenton's: 250" under "- Natterer's: 520".
            let possessive = owner.len() < later.prev().len()
                && later.prev_attached()
                && !super::part::is_time_word(owner);
            // "Tuesday's 36.8C" after "reached 38.6C ... on Tuesday": the
            // figure of the day the other was given for.
            let earlier_value = if a < b { qa.value } else { qb.value };
            // A named day or month only: "last week's 671" is the week before.
            let same_day = owner.len() < later.prev().len()
                && later.prev_attached()
                && super::part::is_time_word(owner)
                && owner.starts_with(|c: char| c.is_ascii_uppercase())
                && scope.quantities.iter().enumerate().any(|(j, q)| {
                    q.value == earlier_value
                        && q.kind == qa.kind
                        && j < a.max(b)
                        && scope.sentence_words(j).any(|w| w == owner)
                });
            // "The loss of 62 homes": an event named definitely.
            let points_back = same_day
                || the_event_of(later, ONE_OFF_EVENTS)
                || later.determined_by(&[
                    "the", "these", "those", "its", "their", "his", "her", "our", "all", "whose",
                ])
                || possessive
                || later.prev_is(&["of"])
                && later
                    .before()
                    .rev()
                    .nth(1)
                    .is_some_and(|w| GROUP_WORDS.iter().any(|g| g.eq_ignore_ascii_case(w)))
                // "the crowd of", "Saturday's attendance of"; not "a total of".
                && later.before().rev().nth(2).is_some_and(|w| {
                    is_any(w, &["the", "its", "their", "his", "her", "our"])
                        || w.ends_with("'s")
                        || w.ends_with("\u{2019}s")
                });
            // "Inchmore's 1,240 residents" ... "an island of 1,420 people":
            // a place's population said twice.
            let points_back = points_back || is_population(pa) && is_population(pb);
            // "This was always a £421m project": a subject pointing back,
            // and a verb that says what it is.
            let points_back = points_back
                || later
                    .before()
                    .rev()
                    .take(4)
                    .collect::<Vec<_>>()
                    .windows(2)
                    .any(|w| {
                        matches!(w, [verb, subject]
                            if is_any(verb, &["was", "is", "remains", "remained"])
                                && is_any(subject, &["this", "it", "that"]))
                    });
            // "has risen to £275m" ... "despite the rise to £257m": a
            // definite noun of the first figure's verb names it again.
            let points_back = points_back || {
                let (first, second) = if a < b { (pa, pb) } else { (pb, pa) };
                let lead = |p: &super::context::Place<'d>| -> Vec<&'d str> {
                    p.before().rev().take(3).collect()
                };
                let (said, again) = (lead(first), lead(second));
                again.iter().skip(1).any(|w| is_any(w, &["the"]))
                    && again
                        .first()
                        .is_some_and(|w| is_any(w, &["to", "of", "at"]))
                    && again.get(1).is_some_and(|named| {
                        named.len() >= 4
                            && said.iter().any(|w| {
                                w.len() >= 4
                                    && w.get(..4)
                                        .zip(named.get(..4))
                                        .is_some_and(|(x, y)| x.eq_ignore_ascii_case(y))
                            })
                    })
            };
            let same_noun = qa
                .noun
                .as_deref()
                .zip(qb.noun.as_deref())
                .is_some_and(|(x, y)| same_things(x, y));
            // Three or more digits swapped by chance under one noun, or in a
            // back-reference, are rare; two are common ("16 branches", "61").
            let long = qa
                .value
                .is_some_and(|v| (v.abs() / qa.step).round() >= 100.0);
            // A headline states the story's figure, which its lead repeats.
            let headline = scope.in_headline(a.min(b));
            let in_lead = scope.place(a.max(b)).map(|p| p.paragraph)
                == scope.place(a.min(b)).map(|p| p.paragraph + 1);
            let words = |it: &mut dyn Iterator<Item = &'d str>| it.collect::<Vec<_>>();
            let (a_before, a_after) = (words(&mut pa.before()), words(&mut pa.after()));
            let (b_before, b_after) = (words(&mut pb.before()), words(&mut pb.after()));
            let same_verb = shares_stem(&a_after, &b_after, 6)
                || shares_stem(&a_before, &b_after, 6)
                || shares_stem(&a_after, &b_before, 6);
            // Independent signs that the two figures are one: digits swap by
            // chance often enough that one sign is never enough, and a
            // back-reference is the strongest.
            let signs = [long, same_noun, same_verb, shared_name(scope, a, b)]
                .iter()
                .filter(|&&s| s)
                .count();
            // "Measles cases climb to 86" over "confirmed 68 cases": the
            // headline names the noun before its figure.
            // Counts only: "The strongest gust inland was 104km/h" narrows
            // the headline's "140km/h gusts".
            let names_noun = |q: &crate::quantity::Quantity, words: &[&str]| {
                q.kind == crate::quantity::Kind::Count
                    && q.noun.as_deref().is_some_and(|n| {
                        words
                            .iter()
                            .any(|w| crate::quantity::noun::normalise(&w.to_ascii_lowercase()) == n)
                    })
            };
            let noun_before = names_noun(qa, &b_before) || names_noun(qb, &a_before);
            // "352,000 tonnes of raw sugar" ... "only 325,000 tonnes of sugar":
            // long figures with their digits swapped, the only two the text
            // gives for their noun, are one figure said twice.
            // "the other 24,750" is another group of them.
            let another = |p: &super::context::Place| {
                p.before_has(
                    2,
                    &[
                        "other",
                        "another",
                        "further",
                        "remaining",
                        "extra",
                        "additional",
                        "new",
                    ],
                )
            };
            // Short figures swap digits by chance more often: "owns 24 banks"
            // and "has 42 franchise banks" are two groups; the later one
            // may not narrow the earlier with a modifier of its own.
            let (earlier, later_i) = (a.min(b), a.max(b));
            let narrower = || {
                let earlier_mods = modifiers(scope, earlier);
                modifiers(scope, later_i)
                    .iter()
                    .any(|m| !earlier_mods.contains(m))
            };
            let sole_pair = || {
                same_noun
                    && (long || !narrower())
                    && !another(pa)
                    && !another(pb)
                    && !super::part::other_time(scope, a, b)
                    && only_two_for_noun(scope, a, b)
            };
            let evidence = if one_dated {
                points_back && (headline || signs >= 1)
            } else if headline {
                long && in_lead || same_noun || noun_before || points_back
            } else {
                points_back && signs >= 1 || signs >= 4 || sole_pair()
            };
            // "146,000 subscribers ... Of those, 164,000 pay": a part
            // read of the other, which its own rule weighs.
            if evidence && !read_as_part(scope, claims, a, b) {
                claims.push(Claim::Restatement {
                    first: a,
                    second: b,
                });
                return;
            }
        }
    }
}

/// "| Paper and card | 8,900 |" under "Tonnes" and "the borough's 9,800
/// flats": a table cell counts what its header and row name, and a figure
/// whose noun neither names counts something else.
pub(super) fn counted_apart_in_a_table(scope: &Scope, cell: usize, other: usize) -> bool {
    let (Some(c), Some(noun)) = (
        scope.q(cell),
        scope.q(other).and_then(|o| o.noun.as_deref()),
    ) else {
        return false;
    };
    let Some(header) = super::table::column_header(scope.text, c.span.start) else {
        return false;
    };
    let names = |w: &str| {
        let w = crate::quantity::noun::normalise(&w.to_ascii_lowercase());
        w == noun || same_things(&w, noun)
    };
    let header_words: Vec<&str> = header.split(|ch: char| !ch.is_alphabetic()).collect();
    // A header that names nothing ("Number", "2024") says nothing either way.
    let header_names_something = header_words
        .iter()
        .any(|w| w.len() > 3 && !is_any(w, &["number", "count", "total", "figure", "figures"]));
    c.noun.is_none()
        && header_names_something
        && !header_words.iter().any(|w| names(w))
        && !super::table::row_label_words(scope, cell).any(names)
}

/// "Inchmore's 1,240 residents", "an island of 1,420 people", "a
/// population of 8,200": the number of people who live in a place.
fn is_population(p: &super::context::Place) -> bool {
    const PLACES: &[&str] = &[
        "island",
        "town",
        "village",
        "city",
        "community",
        "parish",
        "county",
        "district",
        "country",
        "nation",
        "borough",
        "population",
    ];
    let people = p.after().next().is_some_and(|w| {
        is_any(
            w,
            &[
                "people",
                "residents",
                "inhabitants",
                "islanders",
                "villagers",
                "souls",
            ],
        )
    });
    let of_a_place =
        p.prev_is(&["of"]) && p.before().rev().nth(1).is_some_and(|w| is_any(w, PLACES));
    let a_place_s = p
        .prev()
        .strip_suffix("'s")
        .or_else(|| p.prev().strip_suffix("\u{2019}s"))
        .is_some_and(|owner| {
            owner.starts_with(|c: char| c.is_ascii_uppercase()) && !super::part::is_time_word(owner)
        });
    people && (of_a_place || a_place_s) || of_a_place && p.before_has(2, &["population"])
}

/// Whether `a` and `b` are the only figures of their kind and unit that
/// the text gives for their noun.
fn only_two_for_noun(scope: &Scope, a: usize, b: usize) -> bool {
    let Some(noun) = scope.q(a).and_then(|q| q.noun.as_deref()) else {
        return false;
    };
    !scope.quantities.iter().enumerate().any(|(j, q)| {
        j != a
            && j != b
            && scope.comparable(j, a)
            && q.noun.as_deref().is_some_and(|n| same_things(n, noun))
    })
}

/// Whether the later of two figures was read as a part of the earlier, or
/// of the same figure said again ("214 species new to science ... Of the
/// 214 newly described species, 241 were ..."; "146,000 subscribers ... Of
/// those, 164,000 pay"): the part's own rule weighs them, and they are no
/// restatement.
pub(super) fn read_as_part(scope: &Scope, claims: &[Claim], a: usize, b: usize) -> bool {
    let (earlier, later) = (a.min(b), a.max(b));
    let value = |i: usize| scope.q(i).and_then(|q| q.value);
    claims.iter().any(|c| {
        matches!(c, Claim::PartOfWhole { part, whole }
            if *part == later
                && (*whole == earlier || value(*whole).is_some() && value(*whole) == value(earlier)))
    })
}

/// Whether the sentences of `a` and `b` name one thing: a capitalised word
/// inside both ("the Holmbury case"), not a month or a day.
fn shared_name(scope: &Scope, a: usize, b: usize) -> bool {
    let names = |i: usize| -> Vec<&str> {
        scope
            .sentence_words(i)
            .skip(1)
            .filter(|w| {
                w.len() >= 3
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
                    && !super::context::MONTHS.contains(w)
                    && !WEEKDAYS.contains(w)
            })
            .collect()
    };
    let in_a = names(a);
    names(b).iter().any(|w| in_a.contains(w))
}

/// The days of the week: names of a time, like the months.
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// How many bytes of a sentence's opening may date all of it.
const OPENING: usize = 16;

/// How close (in bytes) a year must stand to frame a figure.
const FRAME_REACH: usize = 40;

/// The year a figure is given for ("21 principals in 1985", "23.5 million
/// in June 2003"): a year in its sentence close to it.
pub(super) fn frame_year(scope: &Scope, i: usize) -> Option<i64> {
    let q = scope.q(i)?;
    let opening = scope.place(i).map(|p| {
        scope
            .layout
            .sentence_span(p.sentence, scope.text.len())
            .start
            + OPENING
    })?;
    scope
        .same_sentence(i)
        // "has 28 players for the first time since 2008": a year after a
        // record's "since" measures how long ago, it dates no figure.
        .filter(|&j| {
            !scope.place(j).is_some_and(|p| {
                p.prev_is(&["since"])
                    && p.before().rev().take(5).any(|w| {
                        w.eq_ignore_ascii_case("first") || super::context::is_superlative(w)
                    })
            })
        })
        .filter_map(|j| scope.q(j))
        .filter(|y| y.kind == crate::quantity::Kind::Year)
        .filter(|y| {
            y.span.start.saturating_sub(q.span.end) <= FRAME_REACH
                && q.span.start.saturating_sub(y.span.end) <= FRAME_REACH
        })
        // "who joined as a trainee in 1996, said all 64": a year before a
        // comma is its own clause's, unless it opens the sentence ("In 2019, ...").
        .filter(|y| {
            y.span.end > q.span.start
                || y.span.start < opening
                || !scope
                    .text
                    .get(y.span.end..q.span.start)
                    .is_some_and(|t| t.contains(','))
        })
        .find_map(|y| y.value)
        .map(|v| v as i64)
}

/// Whether two integers differ by two neighbouring digits swapped ("740"
/// and "470", "13.1 million" and "11.3 million"): the slip of a typist. The
/// same digits in another order otherwise ("543" and "354") are as often
/// two different figures of a table.
pub(super) fn adjacent_swap(a: Option<f64>, b: Option<f64>) -> bool {
    let digits = |v: Option<f64>| v.filter(|v| v.abs() < 1e15).map(|v| whole_digits(v.abs()));
    let (Some(a), Some(b)) = (digits(a), digits(b)) else {
        return false;
    };
    let differing: Vec<usize> = (0..a.len().max(b.len()))
        .filter(|&i| a.get(i) != b.get(i))
        .collect();
    a.len() == b.len()
        && matches!(differing.as_slice(), [i, j] if *j == i + 1
            && a.get(*i) == b.get(*j) && a.get(*j) == b.get(*i))
}

/// Whether two integers differ by a typist's slip: two neighbouring digits
/// swapped; in a figure of four written digits or more (trailing zeros
/// aside), one digit moved ("20,310" and "21,030"); or, in one of four
/// written digits or more, two a place apart exchanged ("7,050", "5,070"). Any other order of the same digits is as often another
/// figure of a table.
fn typist_slip(a: Option<f64>, b: Option<f64>) -> bool {
    if adjacent_swap(a, b) {
        return true;
    }
    let digits = |v: Option<f64>| v.filter(|v| v.abs() < 1e15).map(|v| whole_digits(v.abs()));
    let (Some(a), Some(b)) = (digits(a), digits(b)) else {
        return false;
    };
    let significant = |d: &[u8]| d.iter().rposition(|&c| c != b'0').map_or(0, |k| k + 1);
    let figures = significant(&a).min(significant(&b));
    if a.len() != b.len() || figures < 3 {
        return false;
    }
    // One digit moved: between the first and last place they differ, one
    // is the other turned by one place, either way.
    let (Some(i), Some(j)) = (
        (0..a.len()).find(|&k| a.get(k) != b.get(k)),
        (0..a.len()).rfind(|&k| a.get(k) != b.get(k)),
    ) else {
        return false;
    };
    let (Some(x), Some(y)) = (a.get(i..=j), b.get(i..=j)) else {
        return false;
    };
    let turned = |x: &[u8], y: &[u8]| {
        x.first() == y.last() && x.get(1..) == y.get(..y.len().saturating_sub(1))
    };
    // "7,050" and "5,070": two digits one place apart exchanged.
    let exchanged = a.len() >= 4
        && x.len() == 3
        && x.first() == y.last()
        && x.last() == y.first()
        && x.get(1) == y.get(1);
    figures >= 4 && (turned(x, y) || turned(y, x)) || exchanged
}

/// The digits `format!("{v:.0}")` writes: a whole number (as nearly every
/// figure is) is written as an integer, without the exact float formatting.
pub(super) fn whole_digits(v: f64) -> Vec<u8> {
    if v.fract() == 0.0 && (1.0..1e15).contains(&v) {
        (v as u64).to_string().into_bytes()
    } else {
        format!("{v:.0}").into_bytes()
    }
}

/// The digits a figure is written with, as an integer: "38.6C" is 386, so
/// that "36.8C" is its swap.
fn written_digits(q: &crate::quantity::Quantity) -> Option<f64> {
    let v = q.value?;
    if q.step > 0.0 && q.step < 1.0 {
        Some((v / q.step).round())
    } else {
        Some(v)
    }
}

/// How many of each digit an integer has: equal for "740" and "470".
/// Figures beyond 1e15 have none (their digits are not all written).
fn digit_signature(v: f64) -> Option<[u8; 10]> {
    if !(0.0..1e15).contains(&v.abs()) {
        return None;
    }
    let mut n = v.abs() as u64;
    let mut counts = [0u8; 10];
    loop {
        if let Some(c) = counts.get_mut((n % 10) as usize) {
            *c += 1;
        }
        n /= 10;
        if n == 0 {
            return Some(counts);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::{markdown_rules, restatements, rules};

    #[test]
    fn a_compound_measure_the_story_listed_apart_names_another_thing() {
        let text = "# Pools\n\nLengths swum by the club:\n\n- 50 metres: 310\n- 25 metres: 840\n\nThe 50-metre pool is the busiest at dawn.\n\nThe juniors train in the 25-metre pool on weekday evenings.\n";
        assert!(markdown_rules(text).is_empty());
        let unlisted = text.replace("- 25 metres: 840\n", "");
        assert_eq!(markdown_rules(&unlisted), ["restatement-conflict"]);
        // A figure of the value elsewhere, no label, leaves the slip.
        let unlabelled = unlisted.replace("The juniors", "A 25 metres hose fills it. The juniors");
        assert_eq!(markdown_rules(&unlabelled), ["restatement-conflict"]);
    }

    #[test]
    fn a_figure_of_the_previous_season_is_not_the_headline_s_said_again() {
        let text = "Gardeners sow 2,180 bulbs across Fenby in one autumn\n\nGardeners sowed 2,180 bulbs across Fenby this autumn, working on 12 weekends.\n\nAbout 70% of the 1,280 bulbs sown @ flowered in April.\n";
        // Its own clause may date it past the words read beside it.
        for other_time in [
            "the previous autumn",
            "the prior spring",
            "in the previous two autumns",
        ] {
            assert!(rules(&text.replace('@', other_time)).is_empty());
        }
        // The same season said again with another value is the slip.
        assert_eq!(
            rules(&text.replace('@', "this autumn")),
            ["restatement-conflict"]
        );
        // Its clause ends where another time begins.
        let two = "Trees\n\nVolunteers planted 1,850 trees the previous winter.\n\nThe 1,580 trees planted this winter outgrew those of the previous winter.\n";
        assert!(rules(two).is_empty());
        // So is a figure a back-reference names.
        let back = "Town plants 1,400 street trees\n\nThe town planted 1,400 street trees this winter.\n\nOf the 1,850 trees planted @, 1,702 are still alive.\n";
        assert!(rules(&back.replace('@', "in the previous two winters")).is_empty());
        assert_eq!(
            rules(&back.replace('@', "this winter")),
            ["restatement-conflict"]
        );
    }

    #[test]
    fn all_of_other_people_is_no_restatement() {
        let residents = "Hall\n\nAbout 300 people packed the hall on Monday.\n\nLetters went to all 250 residents on the estate.\n";
        assert!(rules(residents).is_empty());
        let teachers = "Schools\n\nThe county has 14 headteachers on its panel.\n\nThe union wrote to all 24 teachers at the academy.\n";
        assert!(rules(teachers).is_empty());
    }

    #[test]
    fn a_whole_with_the_value_of_a_subgroup_said_before_names_that_subgroup() {
        let text = "Kiosks\n\nInspectors visited all 58 kiosks in the borough. They found 27 shut and 31 open.\n\nOnly 8 of the 31 open kiosks took cards.\n";
        assert!(rules(text).is_empty());
        // Digits swapped: the subgroup said again wrongly.
        assert_eq!(
            rules(&text.replace("31 open.", "13 open.")),
            ["restatement-conflict"]
        );
    }

    #[test]
    fn a_plural_owner_s_figure_points_back() {
        let text = "Players\n\nThe company now has 134 members, 22 of whom were on stage.\n\nThe chair said the Players' @ members ranged in age from 16 to 89.\n";
        assert!(rules(&text.replace('@', "134")).is_empty());
        assert_eq!(rules(&text.replace('@', "143")), ["restatement-conflict"]);
    }

    #[test]
    fn the_only_two_figures_of_a_noun_with_digits_swapped_are_one() {
        let text = "Derby\n\nThe league now has 96 registered skaters, its president said.\n\nWith @ on its books, the league is the third largest in the state.\n";
        assert!(rules(&text.replace('@', "96 skaters")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "69 skaters")),
            ["restatement-conflict"]
        );
        // A modifier of its own makes the later figure another group.
        assert!(rules(&text.replace('@', "69 junior skaters")).is_empty());
    }

    #[test]
    fn a_threshold_crossed_is_a_lower_bound() {
        let text = "Jigsaw library passes 5,000 puzzles\n\nThe Kettlewick Jigsaw Library now has @ puzzles on its shelves, eight years after it opened.\n";
        assert!(rules(&text.replace('@', "5,020")).is_empty());
        assert_eq!(rules(&text.replace('@', "4,020")), ["restatement-conflict"]);
    }

    #[test]
    fn all_of_a_compound_s_head_restates_the_compound() {
        let text = "Signs\n\nThe guild will repaint 37 shopfronts on Mercer Street this summer.\n\nWork on all @ fronts is due to be finished by September.\n";
        assert_eq!(rules(&text.replace('@', "34")), ["restatement-conflict"]);
        assert!(rules(&text.replace('@', "37")).is_empty());
    }

    #[test]
    fn the_owner_s_count_is_all_it_has() {
        let text = "Candles\n\nThe business now employs 19 people in the converted mill.\n\nEach of the firm's @ staff will receive a bonus.\n";
        assert_eq!(rules(&text.replace('@', "26")), ["restatement-conflict"]);
        assert!(rules(&text.replace('@', "19")).is_empty());
        // A narrower kind first, and the whole of a part, are other counts.
        let junior = "Cricket\n\nThe club now has 212 junior members.\n\nThe club's 340 members in all are made up of juniors and adults.\n";
        assert!(rules(junior).is_empty());
        let facility = "Plant\n\nThe company closed its mill on Monday, idling 350 employees.\n\nThe cuts affect about 195 of the facility's 425 employees.\n";
        assert!(rules(facility).is_empty());
        // Another owner than the first figure's.
        let school = "Bakery\n\nThe bakery employs 40 people.\n\nIt supplies lunch to the school's 60 staff.\n";
        assert!(rules(school).is_empty());
    }

    #[test]
    fn a_previous_holder_s_figure_is_no_restatement() {
        let text = "Transfer\n\nRovers paid a club-record £14m for the winger, rising to £17.5m with bonuses.\n\nThe previous record was the £@ paid for a defender in 2019.\n";
        assert_eq!(restatements(&text.replace('@', "15.7m")), 0);
        // Without "previous" the swapped digits under one name are read.
        let same = "Transfer\n\nRovers paid a club-record £14m for the winger, rising to £17.5m with bonuses.\n\nThe record fee, the £15.7m paid for the winger, tops the list.\n";
        assert!(restatements(same) <= 1);
    }

    #[test]
    fn the_target_of_a_change_not_yet_made_is_no_figure_of_now() {
        let planned = "Library\n\nThe council reversed a plan to cut the route to 25 stops.\n\nKeeping all 42 stops will cost more.\n";
        assert_eq!(restatements(planned), 0);
        let made = "Library\n\nThe council cut the route to 25 stops.\n\nKeeping all 42 stops will cost more.\n";
        assert_eq!(restatements(made), 1);
    }

    #[test]
    fn a_part_of_the_figure_before_is_no_restatement_of_it() {
        let text = "Satellites\n\nArclight says its service now has 146,000 subscribers in 19 countries. Of those, 164,000 pay for its premium tier.\n";
        assert_eq!(restatements(text), 0);
        assert_eq!(rules(text), ["part-exceeds-whole"]);
        // Nor of the headline that gives the whole first.
        let text = "# Survey finds 214 species new to science\n\nThe survey catalogued 3,870 species. Of the 214 newly described species, 241 were recorded at only a single site.\n";
        assert_eq!(restatements(text), 0);
        assert_eq!(rules(text), ["part-exceeds-whole"]);
        // A part of another whole may still say the headline's figure again.
        let text = "# Survey finds 214 species new to science\n\nThe survey catalogued 3,870 species. Of those, 241 were new to science.\n";
        assert_eq!(restatements(text), 1);
    }

    #[test]
    fn a_subject_pointing_back_says_a_figure_again() {
        let text = "Bridge\n\nThe £412m bridge will open to traffic next July, the authority said.\n\nThe director said the budget had not changed. \"This was always a £N project,\" she said.\n";
        assert_eq!(rules(&text.replace('N', "421m")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "412m")).is_empty());
    }

    #[test]
    fn a_headline_naming_the_noun_before_its_figure_is_restated_by_the_lead() {
        let text = "Measles cases climb to 86 in Portree outbreak\n\nHealth officials have now confirmed N cases of measles in the district.\n";
        assert_eq!(restatements(&text.replace('N', "68")), 1);
        assert_eq!(restatements(&text.replace('N', "86")), 0);
    }

    #[test]
    fn a_figure_of_each_is_not_pointed_back_to_by_one_s_own() {
        let text = "League\n\nThe league has 12 teams. # plays 22 league games, 11 at home.\n\nRovers have lost only one of their 21 games.\n";
        assert!(rules(&text.replace('#', "Every side")).is_empty());
        assert_eq!(
            rules(&text.replace('#', "Rovers' side")),
            ["restatement-conflict"]
        );
    }

    #[test]
    fn a_year_said_of_one_figure_only_needs_a_back_reference() {
        let text = "Councillors approve 1,150 homes on old gasworks\n\nPlans for 1,150 homes were approved on Tuesday.\n\nThe developer expects D 1,510 flats and houses to be finished in 2034.\n";
        assert_eq!(
            rules(&text.replace('D', "the last of the")),
            ["restatement-conflict"]
        );
        // Without one, a figure for 2034 may be another (a target).
        assert!(rules(&text.replace('D', "about")).is_empty());
        // A past year's figure is another than now's.
        let past = "Opera\n\nOnly 3 of its 19 principal singers are local, against 9 of the 31 principals in 1995.\n\nA rival said that 4 of their 13 principals were local.\n";
        assert!(rules(past).is_empty());
    }

    #[test]
    fn the_whole_less_a_part_is_the_rest_not_the_whole_again() {
        let text = "Magicians\n\nThe society now has 87 members, 19 of them women.\n\nIts N members include three who joined before 1970.\n";
        assert!(rules(&text.replace('N', "68 male")).is_empty());
        assert_eq!(rules(&text.replace('N', "78")), ["restatement-conflict"]);
    }

    #[test]
    fn all_of_an_owner_s_things_restates_their_number_since_any_year() {
        let text = "Band\n\nThe brass band has 28 players for the first time since 2008.\n\nThe bandmaster said all N of the band's players would compete in March.\n";
        assert_eq!(rules(&text.replace('N', "24")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "28")).is_empty());
    }

    #[test]
    fn those_who_took_part_are_some_of_a_body_s_members() {
        let text = "Club\n\nThe club has 64 members. The 52 members who took part worked through the summer.\n";
        assert!(rules(text).is_empty());
        let field = "Race\n\nThe race drew 280 players. The 250 players who took part praised the course.\n";
        assert_eq!(rules(field), ["restatement-conflict"]);
        let had =
            "Race\n\nThe race had 280 runners. The 250 runners who took part praised the course.\n";
        assert_eq!(rules(had), ["restatement-conflict"]);
    }

    #[test]
    fn a_round_headline_figure_rounds_the_lead_s() {
        let text = "Cat café finds homes for 150 rescue cats\n\nThe Whisker Lounge has found new homes for N rescue cats since it opened in 2021.\n";
        assert!(rules(&text.replace('N', "152")).is_empty());
        assert_eq!(rules(&text.replace('N', "175")), ["restatement-conflict"]);
        assert_eq!(rules(&text.replace('N', "155")), ["restatement-conflict"]);
        let small = "Firm to cut 20 jobs\n\nThe firm will cut 24 jobs at its plant.\n";
        assert_eq!(rules(small), ["restatement-conflict"]);
    }

    #[test]
    fn the_lead_says_the_headline_figure_again() {
        let text = "Carmaker to cut 1,800 jobs at three plants\n\nBrandt will cut N jobs at its three plants by next year, it said.\n\nThe Altdorf plant will lose 1,100 posts.\n";
        assert_eq!(rules(&text.replace('N', "2,400")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "1,800")).is_empty());
        // The lead gives the headline's figure too: it picked one of them.
        let both = text.replace(
            "N jobs at its three plants",
            "2,400 jobs, and cut 1,800 jobs at its three plants",
        );
        assert!(rules(&both).is_empty());
        // The headline's figure is a part of the lead's.
        let part = "Bank to convert 35 member banks\n\nMCorp plans to convert 35 of its 62 member banks to branches.\n";
        assert!(rules(part).is_empty());
        // Another verb: another figure ("hire 2,400").
        assert!(rules(&text.replace("cut N", "hire 2,400")).is_empty());
    }

    #[test]
    fn a_modifier_of_the_whole_keeps_a_back_reference() {
        let text = "Football\n\nA record crowd of 27,450 watched the win on Saturday.\n\nThe chief executive said the M 24,750 crowd showed what the town can do.\n";
        assert_eq!(
            rules(&text.replace('M', "record")),
            ["restatement-conflict"]
        );
        // "the other" narrows: another part of something.
        assert!(rules(&text.replace('M', "other")).is_empty());
    }

    #[test]
    fn a_group_named_by_a_proper_adjective_is_a_part() {
        let text = "Piano\n\nThe jury invited 44 pianists to the live rounds in June.\n\nMarkham said the N British pianists invited to play live held their own.\n";
        assert_eq!(rules(&text.replace('N', "52")), ["part-exceeds-whole"]);
        assert!(rules(&text.replace('N', "12")).is_empty());
        // Said of another event, it is another group.
        let other = "Piano\n\nThe jury invited 44 pianists to the live rounds in June.\n\nMarkham said the 52 British pianists who entered last year did well.\n";
        assert!(rules(other).is_empty());
        // A name of several words is no subgroup: the figure said again.
        let name = "Clubs\n\nThe league's 20 clubs voted on Monday.\n\nThe 18 Premier League clubs voted for the plan.\n";
        assert_eq!(rules(name), ["restatement-conflict"]);
    }

    #[test]
    fn the_others_of_a_group_are_not_the_group_said_again() {
        let text = "Bee\n\nKofi won the bee, outlasting the M 85 spellers. The 86 spellers came from 41 schools.\n";
        assert!(rules(&text.replace('M', "other")).is_empty());
        assert_eq!(
            rules(&text.replace('M', "record")),
            ["restatement-conflict"]
        );
    }

    #[test]
    fn a_back_reference_means_the_figure_of_its_own_time() {
        // The start of the change ("from 12.7 million") is another year's
        // figure; the clause repeats the frame "in the year to March".
        let text = "Airline\n\nSkyway carried 14.2 million passengers in the year to March, up 12% from 12.7 million.\n\nIts chief said the N million passengers who flew with Skyway in the year to March wanted cheap fares.\n";
        assert_eq!(rules(&text.replace('N', "11.8")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "14.2")).is_empty());
        // Without the repeated frame, the clause may narrow the group.
        let narrowed = text.replace(
            "flew with Skyway in the year to March",
            "flew business class",
        );
        assert!(rules(&narrowed.replace('N', "11.8")).is_empty());
        // A figure of its own sentence is another thing, and makes it ambiguous.
        let own = "Poll\n\nThe party won a 66-seat majority.\n\nCandidates will contest the 148-seat House, while 255 will fight for the 76 Senate seats.\n";
        assert!(rules(own).is_empty());
        // Two figures of the same time: which one is meant is not known.
        let two = text.replace(
            ", up 12% from 12.7 million.",
            ". Its rival Jetline carried 12.9 million passengers in the year to March.",
        );
        assert!(rules(&two.replace('N', "11.8")).is_empty());
    }

    #[test]
    fn the_injured_point_back_to_the_people_injured() {
        let text = "Quake\n\nMore than 500 people were injured in the quake, officials said.\n\nHospitals in the city treated the N injured overnight, the ministry said.\n";
        assert_eq!(rules(&text.replace('N', "330")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "530")).is_empty());
        // A clause after a comma says more of all of them.
        let more = text.replace("injured overnight", "injured, 45 of them critically");
        assert_eq!(rules(&more.replace('N', "330")), ["restatement-conflict"]);
        // Injured cyclists are a group of their own.
        let cyclists = "Quake\n\nMore than 500 people were injured in the quake.\n\nHospitals treated the 330 injured cyclists.\n";
        assert!(rules(cyclists).is_empty());
    }

    #[test]
    fn a_headline_figure_with_swapped_digits_in_the_lead_is_one_figure() {
        let swapped = "Bakery chain posts £214m profit\n\nThe chain reported pre-tax profit of £241m for the year.";
        assert_eq!(restatements(swapped), 1);
        // Two digits swap by chance; and a figure deep in the story is another.
        let short = "Ferry revenue falls to £31m\n\nRevenue fell to £31m. Cargo brought in £13m.";
        assert_eq!(restatements(short), 0);
    }

    #[test]
    fn swapped_digits_with_a_back_reference_and_one_more_sign() {
        // "Saturday's attendance of": an owner names the group again.
        let crowd = "Fair\n\nA crowd of 18,400 came on Saturday.\n\nOfficers said Saturday's attendance of 14,800 blocked the road.\n";
        assert_eq!(restatements(crowd), 1);
        // "a total of" names no group already given.
        let totals = "Rigs\n\nIn January a total of 962 rigs were working.\n\nIt counted a total of 692 rigs this week.\n";
        assert_eq!(restatements(totals), 0);
        // "Her 1,836 votes": a possessive back-reference, a name in both.
        let votes = "Count\n\n- Ada Winthrop (Green): 1,386\n- Tom Vale (Labour): 1,129\n\nWinthrop won by 257 votes. Her 1,836 votes were a record.\n";
        assert_eq!(restatements(votes), 1);
        // A table cell counts what its header names, not the other's noun.
        let table = |header: &str, noun: &str| {
            format!(
                "# Waste\n\n| Stream | {header} |\n| --- | --- |\n| Paper | 8,900 |\n| Glass | 5,100 |\n\nOnly 3,000 of the borough's 9,800 {noun} have bins.\n"
            )
        };
        assert!(markdown_rules(&table("Tonnes", "flats")).is_empty());
        assert_eq!(
            markdown_rules(&table("Flats", "flats")),
            ["restatement-conflict"]
        );
    }

    #[test]
    fn long_swapped_digits_for_the_only_two_figures_of_a_noun_are_one() {
        let text = "Sugar\n\nThe valley's four mills turned the cane into 352,000 tonnes of raw sugar.\n\nExporters shipped 300,000 tonnes.\n\nWith only N tonnes of sugar produced this season, refiners warned of higher prices.\n";
        assert_eq!(restatements(&text.replace('N', "325,000")), 1);
        // A third figure for sugar: which one is meant is not told.
        let third = text.replace(
            "Exporters shipped 300,000 tonnes.",
            "Exporters shipped 300,000 tonnes of sugar.",
        );
        assert_eq!(restatements(&third.replace('N', "325,000")), 0);
    }

    #[test]
    fn one_digit_moved_in_a_long_figure_is_a_slip_a_short_one_is_not() {
        let votes = "Mayor\n\nHadley received 23,850 votes to Vey's 20,310, the clerk said.\n\nVey, whose N votes were a record for a loser, will stand again.\n";
        assert_eq!(restatements(&votes.replace('N', "21,030")), 1);
        assert_eq!(restatements(&votes.replace('N', "22,010")), 0);
        // Three digits, or four with a trailing zero, are another figure.
        let price = "Bid

The offer was raised to 92.50 dlrs a share at Cyclops.

It tops the 90.25 dlrs a share bid for Cyclops.
";
        assert_eq!(restatements(price), 0);
    }

    #[test]
    fn an_owner_s_figure_points_back_a_time_s_does_not() {
        let owner = "Cuts\n\nTelvoran will cut 1,400 jobs from its 15,800-strong workforce.\n\nIn a message to Telvoran's 18,500 employees, the chief executive said it was painful.\n";
        assert_eq!(restatements(owner), 1);
        let season = "Crop\n\nThe crop was made up of 7,900 tonnes of dessert apples and 6,200 tonnes of cider apples.\n\nGrowers picked 3,400 tonnes of pears, against last season's 2,600 tonnes.\n";
        assert_eq!(restatements(season), 0);
        // A label before a colon names a list item, not an owner.
        let items =
            "# Bats\n\nVolunteers counted 11,480 bats.\n\n- Natterer's: 520\n- Daubenton's: 250\n";
        assert_eq!(restatements(items), 0);
    }

    #[test]
    fn a_back_reference_must_count_the_same_things() {
        let slip =
            "More than 400 walkers were rescued. Wardens said the 260 rescued walkers were cold.";
        assert_eq!(restatements(slip), 1);
        let subset =
            "More than 400 walkers were rescued. The 260 walkers who were hurt went to hospital.";
        assert_eq!(restatements(subset), 0);
        let label = "Sales of the 400 series rose. The 300 series was dropped.";
        assert_eq!(restatements(label), 0);
    }

    #[test]
    fn a_clause_saying_again_what_the_first_figure_did_is_no_subset() {
        let text = "Quarry\n\nThe council approved the quarry despite a petition signed by nearly 9,000 people.\n\nThe campaign's chair said: \"The council has ignored the 5,600 people who CLAUSE.\"\n";
        assert_eq!(
            rules(&text.replace("CLAUSE", "signed our petition")),
            ["restatement-conflict"]
        );
        assert!(rules(&text.replace("CLAUSE", "live beside it")).is_empty());
    }

    #[test]
    fn all_of_its_own_noun_and_a_year_of_another_clause() {
        let text = "Rescue\n\nIts roster of close to 100 volunteers is on call.\n\nThe team leader, who joined as a trainee in 1996, said all N of its volunteers had completed a course.\n";
        assert_eq!(rules(&text.replace('N', "64")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "96")).is_empty());
        // All of something else is no restatement.
        let other = "Rescue\n\nIts roster of close to 100 volunteers is on call.\n\nAll 64 of its vehicles were serviced.\n";
        assert_eq!(restatements(other), 0);
    }

    #[test]
    fn the_most_of_a_thing_bounded_by_up_to_is_the_bound_again() {
        let text = "Storm\n\nThe storm brought gusts of up to 94mph to the coast on Sunday.\n\nThe strongest gust, SPEED, was recorded at the lighthouse.\n";
        assert_eq!(
            rules(&text.replace("SPEED", "104mph")),
            ["restatement-conflict"]
        );
        assert!(rules(&text.replace("SPEED", "94mph")).is_empty());
        // Not the most of it, or the most of another thing.
        let quiet = [
            "Storm\n\nThe storm brought gusts of up to 94mph to the coast.\n\nA gust of 104mph was recorded there in 1989.\n",
            "Storm\n\nThe storm brought gusts of up to 94mph to the coast.\n\nThe fastest train reached 125mph.\n",
        ];
        for text in quiet {
            assert!(rules(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_group_sized_in_a_compound_names_the_group_sized_with_of() {
        let text = "Herd\n\nA farmer has lost his entire herd of 265 cows to bovine tuberculosis.\n\nHe had built the N-cow herd up over 30 years.\n";
        assert_eq!(rules(&text.replace('N', "190")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "265")).is_empty());
        let other = "Herd\n\nA farmer has lost his entire herd of 265 cows.\n\nHis neighbour keeps a 190-cow herd.\n";
        assert!(rules(other).is_empty());
    }

    #[test]
    fn a_day_s_figure_with_swapped_decimals_restates_it() {
        let text = "Heat\n\nThe temperature reached 38.6C on Tuesday, the highest on record.\n\nWater use rose.\n\nOWNER 36.8C beat the previous record of 35.9C.\n";
        assert_eq!(
            rules(&text.replace("OWNER", "Tuesday's")),
            ["restatement-conflict"]
        );
        assert!(rules(&text.replace("OWNER", "Wednesday's")).is_empty());
        assert!(rules(&text.replace("OWNER", "Last week's")).is_empty());
    }

    #[test]
    fn a_definite_sum_points_back_to_the_sum_for_its_noun() {
        let text = "Homes\n\nThe developer will pay £14m towards a new primary school and £3.2m for road works.\n\nThe council received 2,300 objections.\n\nOfficers said the £N school contribution would fund 420 places.\n";
        assert_eq!(rules(&text.replace('N', "11m")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "14m")).is_empty());
        // Narrowed, set against, or where the sum has since moved: another sum.
        let narrowed = "Debt\n\nTalks cover the 109 billion dlr foreign debt.\n\nIt paid nothing on the 68 billion dlr debt of its banks.\n";
        assert!(rules(narrowed).is_empty());
        let moved = "Loan\n\nIt raised a 25 mln dlr loan facility last year, later increased to 40 mln dlrs.\n\nAt the signing of the 40 mln dlr facility, the minister spoke.\n";
        assert!(rules(moved).is_empty());
    }

    #[test]
    fn people_employed_are_the_employees_a_definite_count_names() {
        let text = "Airport\n\nThe airport employs about 3,400 people directly.\n\nIt agreed a pay rise for its N direct employees.\n";
        assert_eq!(rules(&text.replace('N', "2,600")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "3,400")).is_empty());
    }

    #[test]
    fn a_part_of_them_is_not_the_headline_figure_swapped() {
        let text = "Maker to cut 420 jobs\n\nThe maker will cut 420 jobs. Its Wrexley site employs 610 people; N of them work in assembly.\n";
        assert!(rules(&text.replace('N', "240")).is_empty());
    }

    #[test]
    fn the_noun_of_the_first_figure_s_verb_points_back() {
        let text = "Bridge\n\nThe cost of the bridge has risen to £275m, the council said.\n\nCouncillors approved the scheme despite the rise to £N.\n";
        assert_eq!(rules(&text.replace('N', "257m")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "275m")).is_empty());
        // Another thing's rise: no echo of the first figure's words.
        let other = text.replace("despite the rise to", "despite the fall to");
        assert!(rules(&other.replace('N', "257m")).is_empty());
    }

    #[test]
    fn a_figure_restating_one_of_two_swapped_values_is_no_slip() {
        let text = "Museum\n\nThe museum welcomed 412,000 visitors, nearly three times the 142,000 who came in its last year before closing.\n\nOf the 412,000, about 96,000 were schoolchildren.\n";
        assert_eq!(restatements(text), 0);
    }

    #[test]
    fn times_a_verb_did_are_its_events_said_again() {
        let text = "Lifeboat\n\nCrews were launched 214 times last year, the most in the station's history.\n\nOf the year's @ launches, all but a handful were answered within ten minutes.\n";
        assert_eq!(restatements(&text.replace('@', "241")), 1);
        assert_eq!(restatements(&text.replace('@', "214")), 0);
        // Said of this year, the other is another year's.
        let years = "Club\n\nThe club had 640 members last year.\n\nIts 460 members this year were proud.\n";
        assert_eq!(restatements(years), 0);
    }

    #[test]
    fn a_tally_or_a_population_said_again_points_back() {
        let tally = "Shearing\n\nReid sheared 721 ewes in nine hours on Friday.\n\nHis tally of @ included 19 sheep in the final quarter-hour.\n";
        assert_eq!(restatements(&tally.replace('@', "712")), 1);
        assert_eq!(restatements(&tally.replace('@', "721")), 0);
        let island = "Island\n\nInchmore's 1,240 residents can now order fibre, the council said.\n\n\"On an island of @ people, every family matters,\" she said.\n";
        assert_eq!(restatements(&island.replace('@', "1,420")), 1);
        assert_eq!(restatements(&island.replace('@', "1,240")), 0);
    }

    #[test]
    fn an_event_named_definitely_says_its_figure_again() {
        let cut = "Steel\n\nThe firm will cut 640 jobs at its works next spring.\n\nUnion leaders said the loss of @ jobs would devastate the town.\n";
        assert_eq!(restatements(&cut.replace('@', "850")), 1);
        assert_eq!(restatements(&cut.replace('@', "640")), 0);
        let hatched = "Zoo\n\nThe zoo has hatched 14 radiated tortoises this summer.\n\nThe @ hatchlings are kept in a heated room.\n";
        assert_eq!(restatements(&hatched.replace('@', "19")), 1);
        assert_eq!(restatements(&hatched.replace('@', "14")), 0);
        let closed = "Pharmacies\n\nForty-one pharmacies have closed across the region in two years.\n\nThe chair said the @ closures reflected a funding gap.\n";
        assert_eq!(restatements(&closed.replace('@', "47")), 1);
        assert_eq!(restatements(&closed.replace('@', "41")), 0);
    }

    #[test]
    fn a_compound_counts_its_head_not_its_figure_s_noun() {
        let text = "Hospital\n\nThe trust opened a 64-bed ward in May.\n\nIt plans the creation of 118 beds by 2030.\n";
        assert_eq!(restatements(text), 0);
    }

    #[test]
    fn the_doers_of_a_verb_and_an_opposite_event_say_nothing_again() {
        let rescuers = "Rescue\n\nCoastguards said 30 passengers were rescued on Sunday.\n\nThe 20 rescuers were praised by the minister.\n";
        assert_eq!(restatements(rescuers), 0);
        let created = "Jobs\n\nThe firm will cut 640 jobs at its works.\n\nUnions welcomed the creation of 400 jobs at a new plant.\n";
        assert_eq!(restatements(created), 0);
    }

    #[test]
    fn a_back_reference_with_a_part_s_value_names_that_part() {
        let text = "Dentists\n\nOf the district's 41 dental practices, 29 still hold NHS contracts.\n\nThe @ practices with NHS contracts employ 112 dentists between them.\n";
        assert_eq!(restatements(&text.replace('@', "29")), 0);
        let all = "Dentists\n\nThe district has 41 dental practices, and most hold NHS contracts.\n\nThe @ practices employ 112 dentists between them.\n";
        assert_eq!(restatements(&all.replace('@', "39")), 1);
    }

    #[test]
    fn those_who_took_part_are_all_of_a_group_not_its_list_items() {
        let text = "Chess\n\nThe weekend tournament drew a record 312 players.\n\nThe entry was split between two sections, with 188 players in the open and 124 in the minor.\n\nThe organiser said the @ players who took part were more than double the 2019 entry.\n";
        assert_eq!(restatements(&text.replace('@', "280")), 1);
        assert_eq!(restatements(&text.replace('@', "312")), 0);
        // Those signed up are not all those who came.
        let entered = text.replace("drew a record", "had a record entry of");
        assert_eq!(restatements(&entered.replace('@', "280")), 1);
        let signed = text.replace(
            "The weekend tournament drew a record 312 players.",
            "A record 312 players entered the weekend tournament.",
        );
        assert_eq!(restatements(&signed.replace('@', "280")), 0);
        // Those who did something else are some of them.
        let died = text.replace("who took part", "who lost every game");
        assert_eq!(restatements(&died.replace('@', "280")), 0);
    }

    #[test]
    fn the_one_item_of_a_list_counting_its_things_is_pointed_back_to() {
        let text = "Dig\n\nIn all the team recorded 2,300 finds: 1,420 sherds of pottery, 610 animal bones, 230 metal objects and 40 coins.\n\nThe director said the @ coins, most of them bronze issues, would help to date the surface.\n";
        assert_eq!(restatements(&text.replace('@', "52")), 1);
        assert_eq!(restatements(&text.replace('@', "40")), 0);
    }

    #[test]
    fn a_measure_built_into_its_noun_said_again_with_the() {
        let text = "Bell\n\nThe foundry has cast a 4.2-tonne bell for the cathedral.\n\nMoving the N-tonne bell into the tower will require a crane.\n";
        assert_eq!(rules(&text.replace('N', "3.4")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "4.2")).is_empty());
        // Another one, named: "its 48-turbine Dogger Rise farm".
        let named = "Wind\n\nPlanners approved a 64-turbine wind farm.\n\nThe firm learned from the 48-turbine Dogger Rise farm.\n";
        assert!(rules(named).is_empty());
        // One placed elsewhere between them leaves the first the one meant.
        let wheel = "Wheel\n\nA 45-metre wheel has gone up on the seafront. It is shorter than the 120-metre wheel at Port Amery.\n\nThe director said the N-metre wheel would return.\n";
        assert_eq!(rules(&wheel.replace('N', "40")), ["restatement-conflict"]);
        assert!(rules(&wheel.replace('N', "45")).is_empty());
        let placed = "Wheel\n\nA 45-metre wheel at Brighton has opened.\n\nThe director said the 40-metre wheel would return.\n";
        assert_eq!(rules(placed), ["restatement-conflict"]);
    }

    #[test]
    fn two_digits_one_place_apart_exchanged_are_a_slip() {
        let text = "Fever\n\nThe country confirmed 18,400 cases this year. The province of Mirel accounts for 7,050 of the confirmed cases.\n\nHe said Mirel's N cases showed the province needed support.\n";
        assert_eq!(rules(&text.replace('N', "5,070")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "7,050")).is_empty());
    }

    #[test]
    fn an_event_named_definitely_points_back_to_its_swapped_digits() {
        let text = "Fires\n\nThe summer's fires:\n\n- 26 homes destroyed and 3 firefighters injured\n- 41,000 hectares burned\n\nThe loss of N homes in the villages has prompted calls for stricter rules.\n";
        assert_eq!(rules(&text.replace('N', "62")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "26")).is_empty());
    }

    #[test]
    fn a_length_or_sum_built_into_its_noun_is_said_again_with_the() {
        let years = "Museum\n\nThe birds are back after a three-year conservation project.\n\nThe conservator said the @ project had been the largest of its kind.\n";
        assert!(rules(&years.replace('@', "three-year")).is_empty());
        assert_eq!(
            rules(&years.replace('@', "two-year")),
            ["restatement-conflict"]
        );
        let cost = "Rope\n\nThe shed made rope again after a £2.6m restoration.\n\nThe building was at risk before the @ restoration began.\n";
        assert!(rules(&cost.replace('@', "£2.6m")).is_empty());
        assert_eq!(rules(&cost.replace('@', "£3.1m")), ["restatement-conflict"]);
        // A price named as a level is a mark, not one thing.
        let level =
            "Shares\n\nAnalysts see the stock at the 35 dlr level. One buys at the 26 dlr level.\n";
        assert!(rules(level).is_empty());
        let price = "Pubs\n\nTwo years ago a £4.20 pint was common in the town. Now the £4.60 pint is the norm.\n";
        assert!(rules(price).is_empty());
    }

    #[test]
    fn a_count_of_places_worked_from_is_the_story_s_own() {
        let text = "Radio\n\nThe society relayed 2,300 messages at the weekend, operating from 18 stations across the district.\n\nThe @ stations ran on batteries and solar panels.\n";
        assert_eq!(rules(&text.replace('@', "16")), ["restatement-conflict"]);
        assert!(rules(&text.replace('@', "18")).is_empty());
    }

    #[test]
    fn the_sum_raised_points_back_to_the_lead_however_far_on() {
        let filler = "The crews trained for 12 weeks.\n\n".repeat(7);
        let text = format!(
            "Regatta\n\nCrews raced on Sunday, raising £41,000 towards a new footbridge.\n\n{filler}The organiser said the @ raised would cover a fifth of the cost.\n"
        );
        assert_eq!(
            rules(&text.replace('@', "£44,000")),
            ["restatement-conflict"]
        );
        assert!(rules(&text.replace('@', "£41,000")).is_empty());
        // A target is no sum raised.
        let target = "Appeal\n\nThe school launched an appeal aimed at raising £60,000 for a minibus.\n\nThe £38,000 raised so far came from a fete.\n";
        assert!(rules(target).is_empty());
    }

    #[test]
    fn a_determiner_of_the_figure_before_does_not_point_back_from_the_next() {
        let text = "Park\n\nOf the 312 people who answered the survey, 140 wanted floodlights.\n\nVolunteers counted 640 visitors. Of the 640, 410 were under 16.\n";
        assert!(rules(text).is_empty());
        // "the 410" points back at the figure with its digits swapped.
        let again = text.replace(
            "Of the 640, 410 were under 16",
            "The 410 who wanted floodlights were thanked",
        );
        assert_eq!(rules(&again), ["restatement-conflict"]);
    }
}
