//! A list of like amounts whose total the story gave before it:
//! "The festival attracted 58,000 visits over four days ... Thursday's
//! opening night drew 6,800, Friday 14,600, Saturday 19,200 and Sunday
//! 11,400"; "The drivers balloted are based at the company's three
//! depots, with 640 at Eastgate, 590 at Kingsway and 270 at Riverside".
//!
//! Whether the list is all of the total, and which earlier figure the
//! total is, is told by evidence rather than by one wording. For the list
//! being complete: as many items as a count near it announces ("four
//! days", "three depots"), a lead by category ("By county,") or a word of
//! division ("breakdown", "split"), the items named by weekdays. For the
//! total: an "of the" or "Of the" naming its things, words its sentence
//! says again. Words of a selection ("including", "top", "among") count
//! against. A list that adds up to any earlier figure near it is that
//! figure's, and nothing is claimed.

use super::context::{is_any, word_stem};
use super::{Claim, Scope};
use crate::quantity::{Hedge, Kind};

/// How many paragraphs back the total may stand.
const PARAGRAPHS_BACK: usize = 3;

/// How much evidence makes a list the complete breakdown of a total.
const ENOUGH: i32 = 3;

/// How far a list may miss its total and still be read as its parts: a
/// slip, not a list of something else.
const SLIP: f64 = 0.5;

/// How far short of its total a list may fall to read as a slip.
pub(super) const SLIGHTLY: f64 = 0.15;

/// How near the rest of a list may add up to one item for that item to be
/// the list's own total.
const TOTAL_INSIDE: f64 = 0.03;

/// Words that divide a whole into its parts.
const DIVISION: &[&str] = &[
    "breakdown",
    "split",
    "splits",
    "divided",
    "comprised",
    "comprising",
    "comprises",
    "broke",
    "broken",
];

/// Words that make a list a selection of its whole.
const SELECTION: &[&str] = &[
    "including",
    "include",
    "includes",
    "such",
    "among",
    "other",
    "others",
    "top",
    "biggest",
    "largest",
    "main",
    "most",
    "some",
    "several",
    "leading",
    // "also bought 11.1 mln pounds of flour, ...": items beside the total.
    "also",
    "additional",
    "further",
    "each",
    "average",
    "than",
    "compared",
    "versus",
    "respectively",
];

/// Words too common to tie a list to its total's sentence.
const COMMON: &[&str] = &[
    "about", "around", "which", "their", "these", "those", "there", "where", "with", "from",
    "that", "this", "were", "have", "said", "says", "will", "would", "also", "been", "into",
    "year", "years", "total", "million", "billion", "company", "group",
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let used = super::list_over_total::listed_figures(claims);
    let mut i = 0;
    while i < scope.quantities.len() {
        let sentence = scope.sentence_range(i);
        i = sentence.end.max(i + 1);
        // Cheapest tests first: most sentences hold no list of three.
        if sentence.len() < 3 {
            continue;
        }
        let Some(run) = list_in(scope, sentence.clone()) else {
            continue;
        };
        let run = continued_by_the_only_other(scope, begun_before(scope, run));
        if run.iter().any(|p| used.binary_search(p).is_ok()) {
            continue;
        }
        let words = list_words(scope, &run);
        let announcing = announcing_sentence(scope, &run);
        // "1,150 visitors paying £6 each": the price's "each", not the
        // items'; "29 endurance saddles, each built on a beech tree" says
        // how each was made, not that each is apart.
        let priced_each = sentence
            .clone()
            .any(|j| !run.contains(&j) && scope.place(j).is_some_and(|p| p.after_is(0, "each")))
            || each_describes(scope, &run);
        // A list closed by what is left is all of its whole, "biggest"
        // item or not; so is one that a subject naming the whole's things
        // is spread over ("The damaged homes were in the three main towns").
        let selected = !closed_by_rest(scope, &run)
            && !said_to_be_all(scope, &run)
            && words
                .iter()
                .any(|w| is_any(w, SELECTION) && !(priced_each && is_any(w, &["each"])));
        let parts: Vec<&crate::quantity::Quantity> =
            run.iter().filter_map(|&p| scope.q(p)).collect();
        let sum: f64 = parts.iter().map(|q| q.point()).sum();
        let loose_sum = loose_sum_of(scope, &run);
        let largest = parts.iter().map(|q| q.point()).fold(0.0, f64::max);
        let Some(&first) = run.first() else { continue };
        let candidates: Vec<usize> = scope
            .earlier(first, PARAGRAPHS_BACK)
            .filter(|&t| {
                scope.comparable(first, t)
                    && scope.q(t).is_some_and(|q| {
                        q.range.is_none()
                            && !q.vague
                            && q.point() > largest
                            && sum >= q.point() * (1.0 - SLIP)
                            && sum <= q.point() * (1.0 + SLIP)
                    })
                    && (!selected || spread_over(scope, first, &words, &announcing, t))
            })
            .collect();
        if selected && candidates.is_empty() {
            continue;
        }
        // A list that adds up to a figure near it is that figure's; one
        // that adds up to what is left of it once a figure of its sentence
        // is taken away ("19 of the 42 seats ... The Conservatives won 11
        // seats, Labour eight ...") is the rest of it.
        // So is one continued by a like figure in the sentence after
        // ("Senegal 5.5 mln, Guinea 4.6 mln and Comoros 1.2 mln. Sudan ...
        // a total of 980,000"), in its paragraph: past a break the story
        // has moved on ("The top lot ... almost twice its estimate of
        // £180,000").
        let paragraph = |i: usize| scope.place(i).map(|p| p.paragraph);
        let next: Vec<usize> = run
            .last()
            .map(|&l| scope.sentence_range(l).end)
            .filter(|&n| n < scope.quantities.len() && paragraph(n) == paragraph(first))
            .map(|n| scope.sentence_range(n).collect())
            .unwrap_or_default();
        let beside_list = |o: usize| {
            run.last().is_some_and(|&l| {
                o == l + 1
                    && scope
                        .between(l, o)
                        .trim_start_matches([',', ' '])
                        .starts_with("with ")
                    && scope.q(o).is_some_and(|q| {
                        !matches!(
                            q.hedge,
                            Some(
                                Hedge::MoreThan | Hedge::AtLeast | Hedge::LessThan | Hedge::AtMost
                            )
                        )
                    })
            })
        };
        let adds_up = candidates.iter().any(|&t| {
            let Some((q, s)) = scope.q(t).zip(loose_sum) else {
                return false;
            };
            let without = |o: usize| {
                o != t
                    && scope.comparable(o, t)
                    && scope.q(o).is_some_and(|x| q.loose.sub(x.loose).overlaps(s))
            };
            // "Insurers paid £520,000, and the remaining £120,000 came from
            // savings and a £75,000 loan": a source of the rest, named
            // after it, is inside it.
            let nested = |k: usize| {
                let (Some(&rest), Some(sources)) = (run.get(k), run.get(k + 1..)) else {
                    return false;
                };
                let inside = loose_sum_of(scope, sources);
                scope.place(rest).is_some_and(|p| {
                    p.before()
                        .rev()
                        .take(3)
                        .any(|w| is_rest_word(w) || is_any(w, &["remaining"]))
                }) && sources
                    .first()
                    .is_some_and(|&o| scope.between(rest, o).contains(" from "))
                    && inside.is_some_and(|i| q.loose.overlaps(s.sub(i)))
            };
            // "..., green 7,900 and brown 4,100, with about 1,400 tonnes of
            // fragments": a like figure beside the list in its sentence.
            q.loose.overlaps(s)
                || scope.sentence_range(t).any(without)
                || scope
                    .sentence_range(first)
                    .any(|o| beside_list(o) && without(o))
                || next.iter().any(|&o| without(o))
                || (0..run.len()).any(nested)
        });
        if adds_up {
            // The one figure it adds up to is its total: a part of it may be
            // named again later ("the milling figure, just 41% of the harvest").
            let sums_to: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&t| {
                    scope
                        .q(t)
                        .zip(loose_sum)
                        .is_some_and(|(q, s)| q.loose.overlaps(s))
                })
                .collect();
            if let [total] = sums_to.as_slice() {
                claims.push(Claim::Breakdown {
                    total: *total,
                    parts: run,
                    open: false,
                });
            }
            continue;
        }
        let complete = completeness(scope, &run, &words);
        let made_up_of = words
            .windows(3)
            .any(|w| matches!(w, [made, "up", "of"] if is_any(made, &["made", "make", "makes"])));
        let miss = |t: usize| scope.q(t).map_or(f64::MAX, |q| (q.point() - sum).abs());
        let best = candidates
            .iter()
            .copied()
            // "will cut 1,100 jobs ... The cuts fall on": a change the list's
            // subject names is what it divides.
            .filter(|&t| {
                total_like(scope, t, first) || spread_over(scope, first, &words, &announcing, t)
            })
            // "Two companies were lent a total of $14.5m. Libya is to
            // receive $8.9m, ...": a total of as many members as its
            // sentence counts, not the list's.
            .filter(|&t| !counts_other_members(scope, t, run.len()))
            .map(|t| {
                let stated = stated_total_before(scope, t, first);
                let spread = 2 * i32::from(spread_over(scope, first, &words, &announcing, t));
                // Any tie of the list to this figure (its words said again,
                // "a total of") earns a point more than its own weight, and
                // another when the list, with a unit, falls a little short
                // of the figure: a breakdown with an item slipped, where
                // selections fall shorter and a list over it is another's.
                // Bare figures are too often of unlike things (share prices,
                // fees in basis points). A total of the list's own sentence
                // is read by [`super::breakdown`]; one whose whole the list's
                // subject names otherwise ("The export was made up of") is
                // of another thing.
                let short = scope.q(t).is_some_and(|q| {
                    q.unit.is_some() && sum < q.point() && sum >= q.point() * (1.0 - SLIGHTLY)
                }) && !scope.in_one_sentence(t, first)
                    && !whole_named_otherwise(scope, t, &run, &words);
                let costed = i32::from(short && cost_before(scope, t, first));
                // The first item said to be of that whole, the one like
                // figure of the sentence before, points back to it; as all
                // of it only when the list falls a slip short ("One donor
                // gave £30,000 of that, a raffle £12,000" of £80,000 is a
                // selection).
                let pointed = 2 * i32::from(
                    short
                        && of_a_whole_before(scope, first)
                        && alone_right_before(scope, t, first, |_| true),
                );
                let tie = names_total(scope, t, &words) + stated + spread + costed + pointed;
                let tied = i32::from(tie > 0);
                // "Last year's output was made up of 118 ...": a whole
                // divided, unless the subject names another one.
                let made_of = made_up_of && !whole_named_otherwise(scope, t, &run, &words);
                (
                    complete + 2 * i32::from(made_of) + tie + tied * (1 + i32::from(short)),
                    t,
                )
            })
            // Of totals with as much evidence, the nearest to the sum: a
            // slip leaves the list near its own total. Else the later.
            .max_by(|&(a, s), &(b, t)| {
                a.cmp(&b)
                    .then_with(|| miss(t).total_cmp(&miss(s)))
                    .then(s.cmp(&t))
            });
        if let Some((_, total)) = best.filter(|&(score, _)| score >= ENOUGH) {
            let open = leaves_a_rest(scope, &run);
            claims.push(Claim::Breakdown {
                total,
                parts: run,
                open,
            });
        }
    }
}

/// "Greymoor remained the busiest, with 1.6 million visits, followed by
/// Lakehead with 1.1 million. Sorrel Hills drew 520,000, Kestrel Coast
/// 390,000 and ... 170,000" after "five national parks": a list begun in
/// the sentence before, when its like figures there and the list's count
/// as many items as the story announced, and the list alone does not.
fn begun_before(scope: &Scope, run: Vec<usize>) -> Vec<usize> {
    let Some(&first) = run.first() else {
        return run;
    };
    let Some(fp) = scope.place(first) else {
        return run;
    };
    let Some(previous) = fp.sentence.checked_sub(1) else {
        return run;
    };
    let span = scope.layout.sentence_span(previous, scope.text.len());
    let before: Vec<usize> = scope.starting_in(span.start, span.end).collect();
    let like: Vec<usize> = before
        .iter()
        .copied()
        .filter(|&b| scope.comparable(b, first))
        .collect();
    let plain = |b: usize| {
        super::list_over_total::part_like(scope, b)
            && scope.q(b).is_some_and(|q| q.hedge.is_none())
            && scope.place(b).is_some_and(|p| p.paragraph == fp.paragraph)
    };
    if like.is_empty() || like.len() > 3 || !like.iter().all(|&b| plain(b)) {
        return run;
    }
    let joined: Vec<usize> = like.iter().chain(&run).copied().collect();
    if announced(scope, &run).is_none() && announced(scope, &joined).is_some() {
        joined
    } else {
        run
    }
}

/// The list a sentence holds: three or more like amounts, all of the
/// sentence's of their kind, joined by commas and a last "and" (or a
/// figure and the rest split after it, [`split_rest`]).
fn list_in(scope: &Scope, sentence: std::ops::Range<usize>) -> Option<Vec<usize>> {
    // "the three winter months, 21,000": a count of spans of time labels
    // an item.
    let labels_time = |j: usize| {
        scope
            .q(j)
            .and_then(|q| q.noun.as_deref())
            .is_some_and(super::part::is_time_word)
    };
    let amounts: Vec<usize> = sentence
        .clone()
        .filter(|&j| super::list_over_total::plain_amount(scope, j) && !labels_time(j))
        .collect();
    // The list's kind is the first that three amounts share: "went three
    // ways: 61,000 tonnes ..., 62,000 tonnes ... and 8,000 tonnes" is a
    // list of tonnes after a count.
    let like_of = |lead: usize| -> Vec<usize> {
        amounts
            .iter()
            .copied()
            .filter(|&j| scope.comparable(lead, j))
            .collect()
    };
    let like = amounts
        .iter()
        .map(|&lead| like_of(lead))
        .find(|like| like.len() >= 3)?;
    // The list may follow a figure of its lead ("between the trust's three
    // sites: 190 ..., 140 ... and 120 ...").
    let from = (0..like.len())
        .find(|&k| {
            like.get(k..)
                .is_some_and(|rest| super::breakdown::coordinated_run(scope, rest).len() >= 3)
        })
        .unwrap_or(0);
    let mut run = super::breakdown::coordinated_run(scope, like.get(from..)?);
    if run.len() < 3 {
        run = split_rest(scope, &like).unwrap_or(run);
    }
    // "..., with the remaining 16 a mix of stalls, rides and one hearse":
    // the item said to be the rest closes the list; what follows it is of
    // the rest. A rest before the second item is divided after it
    // ([`split_rest`]).
    let closed = run
        .windows(2)
        .skip(1)
        .position(|w| match w {
            [a, b] => scope
                .between(*a, *b)
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|x| is_any(x, CLOSING_REST)),
            _ => false,
        })
        .map(|k| k + 1);
    if let Some(k) = closed {
        run.truncate(k + 2);
    }
    // Else the list ends at its last "and": a figure of a clause after it
    // ("and 12 in Northern Ireland, where it plans two more") is another.
    let ends = run.windows(2).rposition(|w| match w {
        [a, b] => scope.between(*a, *b).split_whitespace().any(|x| x == "and"),
        _ => false,
    });
    let last_and = ends.is_some();
    if closed.is_none() {
        run.truncate(ends.map_or(run.len(), |k| k + 2));
    }
    // "split between two sections, with 188 players in the open and 124 in
    // the under-1600": a count of as many groups as follow is their lead.
    if counts_the_rest(scope, &run) {
        run.remove(0);
    }
    let first = *run.first()?;
    // No like amount among the items or in their clause after the last
    // ("..., where the company plans two further openings" is another).
    let last = *run.last()?;
    // A price among them ("paying £6 each") is no amount of the list's.
    let alone = !sentence.clone().any(|j| {
        !run.contains(&j)
            && !super::breakdown::is_rate(scope, j)
            && !labels_time(j)
            && j > first
            && scope.comparable(first, j)
            && (j < last || !scope.between(last, j).contains(','))
    });
    // "700 mln dlrs, about 450 mln ... and 250 mln": a total inside the
    // list; "120 mln dlrs of the 1989 issue, 63.5 mln dlrs of the 1992
    // issue": each item a part of a whole of its own.
    // "£520,000 of that spending, food and drink £340,000, ...": an item
    // said to be of a whole before is that whole's part, not the list's
    // total, whatever the rest adds up to.
    let all = scope.sum_of(&run);
    let holds_rest = run.iter().any(|&j| {
        scope.q(j).is_some_and(|q| {
            !of_a_whole_before(scope, j)
                && (q.point() - (all - q.point())).abs() <= TOTAL_INSIDE * q.point()
        })
    });
    // "2,700 hectares of farmland" names the stuff measured, no whole.
    let own_wholes = run
        .iter()
        .filter(|&&j| {
            scope.place(j).is_some_and(|p| {
                p.after_is(0, "of")
                    && ["the", "its", "their", "this"]
                        .iter()
                        .any(|d| p.after_is(1, d))
            })
        })
        .count()
        > 1;
    // Items its lead counts ("at three places: 6,900 ..., 4,100 ... and
    // 2,800 ...", "The bill was shared three ways. ...") or the sentence
    // after says are all are all parts, whatever they add up to.
    // A span of time ("over the next three years") counts no items here.
    let counted = announced(scope, &run).is_some_and(|c| member_count(scope, c).is_some());
    let holds_rest = holds_rest && !counted && !said_to_be_all(scope, &run);
    let listed = run.len() >= 3 && last_and && alone && !holds_rest && !own_wholes;
    run.extend(rest_item(scope, &run, sentence));
    (listed
        && run
            .iter()
            .all(|&j| super::list_over_total::part_like(scope, j)))
    .then_some(run)
}

/// "Some 118,000 passengers travelled in summer, with the rest split
/// between the spring and autumn months, 61,000, and the three winter
/// months, 21,000": a figure, then the rest divided in a run of two or
/// more, is one list.
fn split_rest(scope: &Scope, like: &[usize]) -> Option<Vec<usize>> {
    (0..like.len().saturating_sub(2)).find_map(|k| {
        let (&first, tail) = like.get(k..)?.split_first()?;
        let rest = super::breakdown::coordinated_run(scope, tail);
        let gap = scope.between(first, *tail.first()?);
        let divides_rest = !gap.contains(['.', ';']) && rest_divided(gap);
        (rest.len() >= 2 && divides_rest).then(|| [vec![first], rest].concat())
    })
}

/// "with the rest split between": "the rest" or "the remainder" alone,
/// not "other costs", which may leave some out; nor "the rest travelled
/// from further afield, including four from Ireland": a selection of the
/// rest leaves some of it out.
fn rest_divided(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    words
        .by_ref()
        .take(16)
        .any(|w| is_any(w, &["rest", "remainder"]))
        && !words.any(|w| is_any(w, &["including", "include", "includes", "such"]))
}

/// Whether the first of `run` counts the groups the rest are of: "two
/// sections, with 188 players ... and 124 ...", set off by "with" or a
/// colon, of other things than the rest, which count one thing, say none
/// or are labelled by the groups ("16 in Division Two").
fn counts_the_rest(scope: &Scope, run: &[usize]) -> bool {
    let noun = |i: usize| scope.q(i).and_then(|q| q.noun.as_deref());
    let [lead, second, rest @ ..] = run else {
        return false;
    };
    let gap = scope.between(*lead, *second);
    let items_noun = noun(*second);
    scope.q(*lead).is_some_and(|q| {
        q.kind == Kind::Count && q.hedge.is_none() && q.value == Some((run.len() - 1) as f64)
    }) && noun(*lead).is_some()
        && noun(*lead) != items_noun
        && (gap.contains(':') || gap.split_whitespace().any(|w| w == "with"))
        && rest
            .iter()
            .all(|&i| noun(i).is_none() || noun(i) == items_noun || noun(i) == noun(*lead))
}

/// "..., transport at £370 and energy at £210, with everything else
/// taking £520": a like figure after the list that its clause names as
/// what is left is the list's last item.
fn rest_item(scope: &Scope, run: &[usize], sentence: std::ops::Range<usize>) -> Option<usize> {
    let (&first, &last) = (run.first()?, run.last()?);
    let next = sentence.clone().find(|&j| j > last)?;
    let gap = scope.between(last, next);
    let names_rest = gap
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(is_rest_word);
    (names_rest
        && gap.starts_with(',')
        && gap.split_whitespace().count() <= 10
        && scope.comparable(first, next)
        && super::list_over_total::plain_amount(scope, next))
    .then_some(next)
}

/// "with everything else taking £520", "the remaining 240": a list whose
/// last item is what is left.
fn closed_by_rest(scope: &Scope, run: &[usize]) -> bool {
    run.last()
        .and_then(|&l| scope.place(l))
        .is_some_and(|p| p.before().rev().take(8).any(is_rest_word))
        || matches!(run, [first, second, ..] if rest_divided(scope.between(*first, *second)))
}

/// Words that say an item is all that is left: "the remaining 16".
const CLOSING_REST: &[&str] = &["rest", "remainder", "remaining", "else"];

/// A word naming what is left of a whole: "the rest", "everything else".
fn is_rest_word(w: &str) -> bool {
    super::list::is_remainder_word(w) || w.eq_ignore_ascii_case("else")
}

/// What `items` add up to, each within its loose reading; none for no items.
fn loose_sum_of(scope: &Scope, items: &[usize]) -> Option<crate::interval::Interval> {
    items
        .iter()
        .filter_map(|&i| scope.q(i))
        .map(|q| q.loose)
        .reduce(|a, b| a.add(b))
}

/// "..., each built on a tree made in the workshop", "each woven by
/// hand": "each" set off by a comma and leading a participle describes the
/// items; "£5,000 each" and "Each day" share out.
fn each_describes(scope: &Scope, run: &[usize]) -> bool {
    let Some(p) = run.first().and_then(|&f| scope.place(f)) else {
        return false;
    };
    let span = scope.layout.sentence_span(p.sentence, scope.text.len());
    let sentence = scope.text.get(span.start..span.end).unwrap_or("");
    sentence.match_indices(", each ").any(|(at, cue)| {
        let next = sentence
            .get(at + cue.len()..)
            .and_then(|t| t.split_whitespace().next())
            .unwrap_or("");
        next.ends_with("ed")
            || next.ends_with("en")
            || next.ends_with("wn")
            || matches!(
                next,
                "built" | "made" | "sold" | "bought" | "kept" | "cut" | "set"
            )
    })
}

/// The words of the list's sentence, within reach of its figures.
fn list_words<'d>(scope: &Scope<'d>, run: &[usize]) -> Vec<&'d str> {
    run.first()
        .map(|&f| scope.sentence_words(f).collect())
        .unwrap_or_default()
}

/// "..., with the rest going to poetry readings": the list's sentence
/// names what is left after its last item, so its items may fall short.
fn leaves_a_rest(scope: &Scope, run: &[usize]) -> bool {
    // "with no other backers": no rest at all.
    !none_besides(scope, run)
        && run.last().and_then(|&l| scope.place(l)).is_some_and(|p| {
            // "... and mountain bikers for 19. The rest involved searches": or
            // at the opening of the next sentence, in the same paragraph.
            let next = scope.layout.sentence_span(p.sentence + 1, scope.text.len());
            let paragraph = scope.layout.paragraph_span(p.paragraph, scope.text.len());
            p.after().any(is_rest_word)
                || next.start < paragraph.end
                    && super::context::words_in(scope.text, next.start, next.end)
                        .take(3)
                        .any(is_rest_word)
        })
}

/// Evidence that a list is all of something: a count announcing as many
/// items, a lead by category or a word of division, weekday items.
fn completeness(scope: &Scope, run: &[usize], words: &[&str]) -> i32 {
    let n = run.len() as f64;
    let announcer = announced(scope, run);
    let announced = announcer.is_some();
    // "Revenue came from three sources. The shops generated £141m, ...":
    // the sentence that announces the items leads the list.
    let list_sentence = run
        .first()
        .and_then(|&f| scope.place(f))
        .map(|p| p.sentence);
    let lead: Vec<&str> = announcer
        .filter(|&c| scope.place(c).map(|p| p.sentence) != list_sentence)
        .map(|c| scope.sentence_words(c).collect())
        .unwrap_or_default();
    // "By county, Hampshire ...": a lead naming a category.
    // "The traffic is split between the port's three terminals.": the
    // sentence announcing the items may say the division.
    // "The colonies are spread across four districts": spread over places;
    // "The bill was shared between four funders": over those who bore it.
    let shared = |ws: &[&str]| {
        ws.windows(2)
            .any(|w| matches!(w, ["shared", by] if is_any(by, &["between", "among"])))
    };
    let spread = ["spread", "distributed"]
        .iter()
        .any(|cue| super::breakdown::divides(words, cue) || super::breakdown::divides(&lead, cue))
        || shared(words)
        || shared(&lead);
    // "The bill was shared three ways": a count of ways divides.
    let ways = announcer
        .and_then(|c| scope.q(c))
        .is_some_and(|q| q.noun.as_deref() == Some("way"));
    let by_category = words.first().is_some_and(|w| *w == "By")
        || spread
        || ways
        || words.iter().chain(lead.iter()).any(|w| is_any(w, DIVISION));
    let weekdays = words
        .iter()
        .filter(|w| {
            WEEKDAYS
                .iter()
                .any(|d| w.trim_end_matches("'s").eq_ignore_ascii_case(d))
        })
        .count() as f64
        >= n;
    // "will come from": the sources of all of it.
    let sourced = words
        .windows(2)
        .chain(lead.windows(2))
        .any(|w| matches!(w, [verb, from] if is_any(verb, &["come", "comes", "came"]) && is_any(from, &["from"])));
    // A last item for what is left makes the list all of something,
    // enough alone.
    let closed = closed_by_rest(scope, run) || said_to_be_all(scope, run);
    2 * i32::from(announced)
        + 2 * i32::from(by_category)
        + 3 * i32::from(closed)
        + i32::from(weekdays)
        + i32::from(sourced)
}

/// "... and blue jellyfish at 390. The only other species recorded, the
/// lion's mane, accounted for 95": the one like figure of the sentence
/// after, in the paragraph, when that sentence opens on the only other
/// item, is the list's last.
fn continued_by_the_only_other(scope: &Scope, mut run: Vec<usize>) -> Vec<usize> {
    let Some(&last) = run.last() else {
        return run;
    };
    let next = scope.sentence_range(last).end;
    let paragraph = |i: usize| scope.place(i).map(|p| p.paragraph);
    let like: Vec<usize> = scope
        .sentence_range(next)
        .filter(|&j| scope.comparable(last, j))
        .collect();
    if let [only] = like.as_slice()
        && paragraph(*only) == paragraph(last)
        && super::list_over_total::plain_amount(scope, *only)
        && opens_on_the_only_other(scope, *only)
    {
        run.push(*only);
    }
    run
}

/// Whether the sentence of figure `i` opens on "The only other" (or "The
/// one remaining") thing, the last there is.
fn opens_on_the_only_other(scope: &Scope, i: usize) -> bool {
    let words: Vec<&str> = scope.sentence_words(i).take(3).collect();
    matches!(words.as_slice(), [the, only, other]
        if is_any(the, &["the", "its", "their"])
            && is_any(only, &["only", "one"])
            && is_any(other, &["other", "remaining"]))
}

/// "... and the town council £7m, with no other backers involved": the
/// list's sentence says nothing is left out.
fn none_besides(scope: &Scope, run: &[usize]) -> bool {
    run.last().and_then(|&l| scope.place(l)).is_some_and(|p| {
        let after: Vec<&str> = p.after().take(8).collect();
        after.windows(2).any(|w| {
            matches!(w, [no, other] if no.eq_ignore_ascii_case("no")
                && is_any(other, &["other", "others", "further"]))
        })
    })
}

/// "... and grain at 0.3 million tonnes. Those four commodity groups
/// account for all of the corridor's tonnage": the sentence after the
/// list counts its items and says they are all; or the list's own says
/// none is left out ([`none_besides`]).
fn said_to_be_all(scope: &Scope, run: &[usize]) -> bool {
    let Some(&last) = run.last() else {
        return false;
    };
    if none_besides(scope, run) || opens_on_the_only_other(scope, last) {
        return true;
    }
    let next = scope.sentence_range(last).end;
    let Some(np) = scope.place(next) else {
        return false;
    };
    let items = run.len() as f64;
    let counts_items = scope
        .q(next)
        .is_some_and(|q| q.kind == Kind::Count && q.value == Some(items) && q.hedge.is_none())
        && np.before().count() == 1
        && np.prev_is(&["Those", "These", "The", "All"]);
    counts_items
        && scope
            .sentence_words(next)
            .any(|w| is_any(w, &["all", "entire", "whole", "every"]))
}

/// The count that announces as many items as the list has: "over four
/// days", "the company's three depots", in the list's sentence, the two
/// before or the headline, which tells the story's shape ("Festival draws
/// 86,000 over three days").
fn announced(scope: &Scope, run: &[usize]) -> Option<usize> {
    let &first = run.first()?;
    let n = run.len() as f64;
    let sentence = scope.place(first).map_or(0, |p| p.sentence);
    let headline = (0..first).take_while(|&c| scope.in_headline(c));
    scope
        .earlier(first, 1)
        .chain(scope.sentence_range(first))
        .chain(headline)
        .find(|&c| {
            !run.contains(&c)
                && (scope.in_headline(c)
                    || scope
                        .place(c)
                        .is_some_and(|p| p.sentence + 2 >= sentence && p.sentence <= sentence))
                // "over four days" spans the days, whatever "over" hedges.
                && (member_count(scope, c) == Some(n)
                    || scope
                        .q(c)
                        .is_some_and(|q| q.kind == Kind::Duration && q.value == Some(n)))
        })
}

/// Whether the sentence of a total counts its members, and not as many
/// as the list has items: "Two Turkish companies were lent a total of".
fn counts_other_members(scope: &Scope, t: usize, items: usize) -> bool {
    scope.sentence_range(t).any(|c| {
        c < t
            && member_count(scope, c)
                .is_some_and(|v| (2.0..=12.0).contains(&v) && v != items as f64)
    })
}

/// What a plain count of things states: "three depots", "Two companies".
pub(super) fn member_count(scope: &Scope, c: usize) -> Option<f64> {
    scope
        .q(c)
        .filter(|q| q.kind == Kind::Count && q.noun.is_some() && q.hedge.is_none())
        .and_then(|q| q.value)
}

/// A figure that can be a list's total: one figure of now, no start,
/// change, rate or part of something.
fn total_like(scope: &Scope, t: usize, first: usize) -> bool {
    // "trades from 214 stores, up from 210": the end of a change is now's
    // figure, whatever word stands before it.
    let pairs = scope.sentence_pairs();
    let start = pairs.iter().any(|&(from, _)| from == t);
    let end = pairs.iter().any(|&(_, to)| to == t);
    scope.place(t).is_some_and(|p| {
        !start
            && (end
                || (!p.past_frame()
                    || in_the_story_s_year(scope, t)
                    || dated_alike(scope, t, first))
                    && !p.prev_is(&["from", "than", "against"]))
    }) && !super::part::part_of_a_named_whole(scope, t)
        && !super::breakdown::is_rate(scope, t)
        && !super::change::is_stated_change(scope, t)
}

/// "made 212 saddles last year" and "Last year's output was made up of
/// 118 ...": both sentences dated the same way ("last year", "in 2024"),
/// so a past total is of the list's own time.
fn dated_alike(scope: &Scope, a: usize, b: usize) -> bool {
    let of_b = super::part::sentence_dates(scope, b);
    super::part::sentence_dates(scope, a)
        .iter()
        .any(|d| of_b.contains(d))
}

/// "recorded 4.1 million visits last year", "spent an average of £24,600
/// on their weddings last year", alone in its sentence: the story's own
/// time, not a figure set against a later one. "five national parks"
/// beside it counts the items, no other figure.
pub(super) fn in_the_story_s_year(scope: &Scope, t: usize) -> bool {
    scope
        .place(t)
        .is_some_and(|p| p.after_pair(5, "last", "year"))
        && scope
            .same_sentence(t)
            .all(|o| o == t || !scope.comparable(o, t) || scope.q(o).is_some_and(|q| q.words))
}

/// Evidence that the list is of total `t`: its sentence names the total's
/// things after "of the" ("6,140 of the new cars", "Of the store estate")
/// or says again a word the total's sentence says.
fn names_total(scope: &Scope, t: usize, words: &[&str]) -> i32 {
    let said: Vec<String> = scope
        .sentence_words(t)
        .filter(|w| is_content(w))
        .map(|w| word_stem(w, 5))
        .collect();
    let own = scope
        .q(t)
        .and_then(|q| q.noun.as_deref())
        .map(|n| word_stem(n, 5));
    // "of the new cars" after "New car registrations": one of the two
    // words after "of the" names the total's things.
    let named_by = |named: &str| {
        named.len() >= 3
            && (own.as_deref() == Some(word_stem(named, 5).as_str())
                || scope
                    .sentence_words(t)
                    .any(|x| x.len() >= 3 && word_stem(x, 5) == word_stem(named, 5)))
    };
    let of_the = words.windows(4).any(|w| match w {
        [of, the, a, b] => {
            is_any(of, &["of"])
                && is_any(the, &["the", "its", "their"])
                && !crate::quantity::noun::is_stop(&a.to_ascii_lowercase())
                && (named_by(a) || named_by(b))
        }
        _ => false,
    });
    // "Parcels were packed at three places: ...": the sentence's first
    // word is capitalised only for its place.
    let opening = words.first().map(|w| w.to_ascii_lowercase());
    // "tonnes" said of every figure of the unit is no tie to this one.
    let unit = scope
        .q(t)
        .and_then(|q| q.unit)
        .map(|u| word_stem(u.name, 5));
    let echoed = words
        .iter()
        .skip(1)
        .copied()
        .chain(opening.as_deref())
        .filter(|w| is_content(w))
        .map(|w| word_stem(w, 5))
        .any(|w| said.contains(&w) && unit.as_ref() != Some(&w));
    2 * i32::from(of_the) + 2 * i32::from(amount_subject(words)) + i32::from(echoed)
}

/// Words that state a figure as a total of parts ("Generation totalled
/// 58.0TWh", "a total of", "in all").
const TOTALLING: &[&str] = &[
    "total",
    "totalled",
    "totaled",
    "totals",
    "totalling",
    "totaling",
    "altogether",
    "combined",
];

/// "Generation totalled 58.0TWh. Wind supplied 23.8TWh, gas 21.1TWh, ...":
/// a figure stated as a total, alone of its kind in the sentence right
/// before the list, is what the list divides.
fn stated_total_before(scope: &Scope, t: usize, first: usize) -> i32 {
    let totalled = |p: &super::context::Place| {
        p.before_has(3, TOTALLING) || p.after_has(2, &["in", "all"]) && p.after_pair(2, "in", "all")
    };
    3 * i32::from(alone_right_before(scope, t, first, totalled))
}

/// "£520,000 of that spending": a figure said to be of a whole named
/// before it ("of this year's" dates it instead).
fn of_a_whole_before(scope: &Scope, j: usize) -> bool {
    scope.place(j).is_some_and(|p| {
        p.after_is(0, "of")
            && ["that", "this", "it", "which"]
                .iter()
                .any(|d| p.after_is(1, d))
            && !p.after().nth(2).is_some_and(|w| {
                let w = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
                super::part::is_time_word(w)
            })
    })
}

/// "The inspection programme cost £146,000. Staff time accounted for
/// £62,000, ...": what is spent is the sum of its uses, when the list
/// falls a slip short of it.
fn cost_before(scope: &Scope, t: usize, first: usize) -> bool {
    alone_right_before(scope, t, first, |p| p.before_has(2, &["cost", "costs"]))
}

/// Figure `t`, alone of its kind in the sentence right before the list
/// that opens with `first`, and stated as `said` tells.
fn alone_right_before(
    scope: &Scope,
    t: usize,
    first: usize,
    said: impl Fn(&super::context::Place) -> bool,
) -> bool {
    let (Some(tp), Some(fp)) = (scope.place(t), scope.place(first)) else {
        return false;
    };
    tp.sentence + 1 == fp.sentence
        && scope
            .sentence_range(t)
            .all(|j| j == t || !scope.comparable(t, j))
        && said(tp)
}

/// Verbs that spread a subject over the list after them.
const SPREADING: &[&str] = &[
    "were", "are", "was", "is", "lie", "lay", "came", "come", "fall", "falls", "fell",
];

/// "The damaged homes were in the valley's three main towns: 920 ...",
/// "According to the union, the cuts fall on picking staff (640), ..."
/// after "will cut 1,100 jobs": a sentence whose subject is "the" and the
/// things total `t` counts, or the verb that gives it, then a verb of
/// spreading, spreads all of them over its list.
fn spread_over(
    scope: &Scope,
    first: usize,
    words: &[&str],
    announcing: &Option<(usize, Vec<&str>)>,
    t: usize,
) -> bool {
    let Some(noun) = scope.q(t).and_then(|q| q.noun.as_deref()) else {
        return false;
    };
    let verb = scope.place(t).map_or("", |p| p.prev());
    let names = |thing: &str, name: &str| {
        name.len() >= 3
            && thing.to_ascii_lowercase().starts_with(name)
            && thing.len() <= name.len() + 2
    };
    let names_total = |thing: &str| {
        names(thing, noun)
            || names(thing, &verb.to_ascii_lowercase())
            || CHANGE_SUBJECTS
                .iter()
                .any(|(nouns, verbs)| is_any(thing, nouns) && is_any(verb, verbs))
    };
    // A total in the list's own sentence is the breakdown finder's.
    let total_sentence = scope.place(t).map(|p| p.sentence);
    let apart = total_sentence < scope.place(first).map(|p| p.sentence);
    // The subject opens the sentence, or follows an opening attribution
    // ("According to the union,").
    let subject = |words: &[&str], start: usize| {
        words
            .get(start)
            .is_some_and(|the| is_any(the, &["The", "All"]))
            && words
                .get(start + 1..)
                .unwrap_or_default()
                .windows(3)
                .take(3)
                .any(|w| match w {
                    [thing, verb_word, place] => {
                        names_total(thing)
                            && is_any(verb_word, SPREADING)
                            && is_any(
                                place,
                                &["in", "at", "across", "between", "among", "from", "on"],
                            )
                    }
                    _ => false,
                })
    };
    let spread = |words: &[&str]| {
        (0..6)
            .find(|&k| subject(words, k))
            .is_some_and(|k| !words.iter().take(k + 4).any(|w| is_any(w, SELECTION)))
    };
    // A subject in the sentence announcing the list, after the total's, and
    // no word of selection in the list itself.
    let announced = || {
        announcing.as_ref().is_some_and(|(sentence, announcing)| {
            Some(*sentence) > total_sentence
                && !words.iter().any(|w| is_any(w, SELECTION))
                && spread(announcing)
        })
    };
    apart && (spread(words) || announced())
}

/// Nouns of a change, with the verbs that make it: "The losses fall
/// across four departments" after "will cut 64 jobs".
const CHANGE_SUBJECTS: &[(&[&str], &[&str])] = &[
    (
        &["losses", "redundancies", "closures", "reductions"],
        &[
            "cut", "cuts", "cutting", "shed", "sheds", "shedding", "axe", "axes", "axing", "lose",
            "loses", "losing", "lost", "close", "closes", "closing", "closed", "reduce", "reduces",
            "reduced", "slash", "slashes", "slashed",
        ],
    ),
    (
        &["gains", "increases", "additions"],
        &[
            "add", "adds", "adding", "added", "create", "creates", "creating", "created", "hire",
            "hires", "hiring", "hired",
        ],
    ),
];

/// The sentence right before the list's, in its paragraph, that announces
/// it: it counts as many members as the list has items ("The losses fall
/// across four departments.") and holds no other figure like the list's.
/// Its index and words.
fn announcing_sentence<'d>(scope: &Scope<'d>, run: &[usize]) -> Option<(usize, Vec<&'d str>)> {
    let &first = run.first()?;
    let fp = scope.place(first)?;
    let before = fp.sentence.checked_sub(1)?;
    let span = scope.layout.sentence_span(before, scope.text.len());
    let members = |j: usize| member_count(scope, j) == Some(run.len() as f64);
    let mut figures = scope.starting_in(span.start, span.end);
    let counts_items = figures.clone().any(members);
    let like = figures.any(|j| scope.comparable(j, first) && !members(j));
    (counts_items && !like && scope.layout.paragraph_of(span.start) == fp.paragraph).then(|| {
        (
            before,
            super::context::words_in(scope.text, span.start, span.end).collect(),
        )
    })
}

/// Nouns that stand for an amount of money told before.
const AMOUNT_NOUNS: &[&str] = &[
    "money", "cash", "funding", "funds", "cost", "costs", "bill", "sum", "budget", "spending",
    "amount",
];

/// "The money will come from a £40m grant, £14m ... and £6m ...": a
/// sentence whose subject is an amount said before, by a noun for it.
fn amount_subject(words: &[&str]) -> bool {
    matches!(words, [the, noun, ..] if is_any(the, &["The", "This", "That"]) && is_any(noun, AMOUNT_NOUNS))
}

/// "The export was made up of 7,900 tonnes ...": a list whose subject,
/// divided, is a thing the total's sentence does not say.
fn whole_named_otherwise(scope: &Scope, t: usize, run: &[usize], words: &[&str]) -> bool {
    let Some(subject) = super::breakdown::definite_subject(scope, run) else {
        return false;
    };
    let divided = words
        .iter()
        .take(5)
        .any(|w| is_any(w, DIVISION) || is_any(w, &["made", "consisted", "consists"]));
    let said = scope
        .sentence_words(t)
        .any(|w| word_stem(w, 5) == word_stem(&subject, 5));
    divided && !is_any(&subject, AMOUNT_NOUNS) && !said
}

/// A lowercase word of four letters or more that is not a function word.
fn is_content(w: &str) -> bool {
    let w = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
    w.len() >= 4
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !is_any(w, COMMON)
        && !crate::quantity::noun::is_stop(w)
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_figure_inside_the_rest_s_description_is_no_item() {
        let text = "Joinery\n\nThe workshop built a total of 120 pieces last year.\n\nTables made up 44 of them, chairs 38 and shelves 27, with the remaining @ a mix of stools, boxes and one coffin.\n";
        assert!(rules(&text.replace('@', "11")).is_empty());
        // The rest that does not close the sum is the slip.
        assert_eq!(rules(&text.replace('@', "16")), ["sum-mismatch"]);
    }

    #[test]
    fn an_item_said_to_be_of_the_whole_before_is_no_total_inside_the_list() {
        // 520,000 is about the rest (530,000), yet "of that spending" makes
        // it a part of the £1.2m, not the list's own total.
        let text = "Festival\n\nThe festival brought £1.2m into the local economy.\n\nAccommodation accounted for £520,000 of that spending, food and drink £340,000, shops £150,000 and transport @.\n";
        assert!(rules(&text.replace('@', "£190,000")).is_empty());
        assert_eq!(rules(&text.replace('@', "£40,000")), ["sum-mismatch"]);
        // Far short of the whole, the items are a selection of it.
        let appeal = "Appeal\n\nThe appeal raised £80,000 last year.\n\nOne donor gave £30,000 of that, a raffle £12,000 and a fun run £8,000.\n";
        assert!(rules(appeal).is_empty());
    }

    #[test]
    fn a_source_named_former_is_an_item_of_now() {
        let text = "Wing\n\nThe school opened a £12.4m teaching wing.\n\nThe cost was met by the university, which contributed £6.8m, a government grant of £3.5m and donations from former students totalling @.\n";
        assert!(rules(&text.replace('@', "£2.1m")).is_empty());
        assert_eq!(rules(&text.replace('@', "£0.9m")), ["sum-mismatch"]);
    }

    #[test]
    fn what_a_programme_cost_is_divided_by_the_list_after_it() {
        let text = "Audit\n\nThe audit programme cost £90,000. Salaries accounted for £41,000, lab tests for £22,000, travel for £15,000 and training for @.\n";
        assert!(rules(&text.replace('@', "£12,000")).is_empty());
        assert_eq!(rules(&text.replace('@', "£6,000")), ["sum-mismatch"]);
    }

    #[test]
    fn a_source_named_inside_the_rest_is_no_item_of_its_own() {
        let text = "Rebuild\n\nThe new pavilion cost £480,000. The council paid £300,000, and the remaining £180,000 came from club reserves and a £60,000 loan.\n";
        assert!(rules(text).is_empty());
        let two = text.replace(
            "club reserves and a £60,000 loan",
            "a £40,000 grant and a £140,000 loan",
        );
        assert!(rules(&two).is_empty());
    }

    #[test]
    fn a_daily_list_or_a_partial_one_is_no_breakdown_of_the_total_before() {
        let daily = "Depot\n\nThe depot handled 5,000 parcels on Monday. Each day its three vans carry 1,900, 1,600 and 1,200 parcels.\n";
        assert!(rules(daily).is_empty());
        let partial = "Trust\n\nThe trust runs 212 schools. Leeds has 90 schools, Bradford 60 schools and Wakefield 45 schools.\n";
        assert!(rules(partial).is_empty());
        let tally = "Burglary\n\nPolice recorded 1,900 burglaries last year. The tally from the three city wards was 620 in Eastfield, 540 in Northgate and 390 in the centre.\n";
        assert!(rules(tally).is_empty());
    }

    #[test]
    fn last_years_output_made_up_of_a_list_is_all_of_last_years_total() {
        let text = "Looms\n\nThe mill wove 330 rugs last year, up from 240 in 2022.\n\nLast year's output was made up of 170 hall rugs, 95 kitchen rugs and @ stair rugs, each woven by hand.\n";
        assert!(rules(&text.replace('@', "65")).is_empty());
        assert_eq!(rules(&text.replace('@', "50")), ["sum-mismatch"]);
    }

    #[test]
    fn a_list_begun_in_the_sentence_before_counts_its_first_items() {
        let text = "Parks\n\nThe country's five national parks recorded 4.1 million visits last year.\n\nGreymoor remained the busiest, with 1.6 million visits, followed by Lakehead with 1.1 million. Sorrel Hills drew 520,000, Kestrel Coast 390,000 and Ambry Forest @.\n";
        assert!(rules(&text.replace('@', "490,000")).is_empty());
        assert_eq!(rules(&text.replace('@', "170,000")), ["sum-mismatch"]);
        // Three parks announced: the three of the second sentence alone.
        let three = text.replace("five national parks", "three smaller parks");
        assert!(rules(&three.replace('@', "170,000")).is_empty());
    }

    #[test]
    fn measures_of_named_stuff_broken_down_are_parts_of_the_total() {
        let land = "Mines\n\nDemining teams cleared 4,300 hectares of land in the province last year.\n\nThe cleared land comprised 2,700 hectares of farmland, 600 hectares of forest and @ hectares around villages and roads.\n";
        assert_eq!(rules(&land.replace('@', "400")), ["sum-mismatch"]);
        assert!(rules(&land.replace('@', "1,000")).is_empty());
        // Of two totals as well named, the list is of the one it nearly makes.
        let claims = "Asylum\n\nThe ministry decided 23,400 asylum claims in the first half, cutting its backlog of pending claims to 41,000 from 52,000.\n\nThe decisions broke down into 9,800 grants of refugee status, 3,100 grants of protection and @ refusals, the ministry said.\n";
        assert_eq!(rules(&claims.replace('@', "8,700")), ["sum-mismatch"]);
        assert!(rules(&claims.replace('@', "10,500")).is_empty());
        // A figure of the subject before the word of division is no item.
        let notes = "Notes\n\nThe Treasury will sell a $25bn package of notes this week.\n\nThe package, which will raise $9.3bn in new cash, comprises $10bn of two-year notes, $7.75bn of four-year notes and $7.25bn of seven-year notes.\n";
        assert!(rules(notes).is_empty());
    }

    #[test]
    fn a_cut_spread_over_a_list_in_the_sentence_after_its_announcement() {
        let text = "Works\n\nThe works will cut 64 of its 410 jobs by March.\n\nThe losses fall across four departments. The cutting shop will lose 26 posts; polishing will lose 19, dyeing 11 and packing @.\n";
        assert_eq!(rules(&text.replace('@', "12")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "8")).is_empty());
        // Without the announcement the list may be any selection.
        let bare = text.replace("The losses fall across four departments. ", "");
        assert!(rules(&bare.replace('@', "12")).is_empty());
    }

    #[test]
    fn an_announcing_sentence_spreads_no_cut_over_a_selection_or_another_time() {
        let biggest = "Bank\n\nThe bank will cut 400 jobs. The cuts fall across three sites. The biggest losses, among others, are at Leeds, with 150, Hull, 90, and York, 60.\n";
        assert!(rules(biggest).is_empty());
        let later = "Works\n\nThe works will cut 64 of its 410 jobs by March.\n\nThe losses fall across four departments. Cutting will lose 26 posts now; in 2026 it will lose 19, dyeing 11 and packing 12.\n";
        assert!(rules(later).is_empty());
    }

    #[test]
    fn a_sentence_announcing_the_sources_leads_the_list() {
        let text = "Bakery\n\nThe chain increased sales by 9% to £184m in the year to January, from £169m.\n\nRevenue came from three sources. The shops themselves generated £141m, wholesale contracts with supermarkets and cafés brought in £34m and the online business added @.\n";
        assert_eq!(rules(&text.replace('@', "£22m")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "£9m")).is_empty());
        // Without the announcing sentence the list may be a selection.
        let bare = text.replace("Revenue came from three sources. ", "");
        assert!(rules(&bare.replace('@', "£22m")).is_empty());
    }

    #[test]
    fn a_sentence_saying_the_split_leads_the_list_of_the_record_not_the_old_one() {
        let text = "Port\n\nThe port handled 1.86 million containers in 2025, beating the 1.79 million it moved in 2019, its previous best.\n\nThe traffic is split between the port's three terminals. The deep-water terminal took 1.02 million, the older Quay Street berths 510,000 and the river barge terminal upstream at Lenby @.\n";
        assert_eq!(rules(&text.replace('@', "240,000")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "330,000")).is_empty());
    }

    #[test]
    fn a_count_of_the_items_makes_the_list_the_total_s() {
        let text = "Festival\n\nThe festival attracted 58,000 visits over four days, organisers said.\n\nThursday's opening night drew 6,800, Friday 14,600, Saturday 19,200 and Sunday N.\n";
        assert_eq!(rules(&text.replace('N', "11,400")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "17,400")).is_empty());
    }

    #[test]
    fn a_list_after_the_count_that_announces_it() {
        let text = "Nurses\n\nThe trust will hire 420 nurses from overseas, its board agreed.\n\nThe recruits will be divided between the trust's three sites: 190 will go to Norbury Royal, # to St Anne's and 120 to Eastbrook.\n";
        assert_eq!(rules(&text.replace('#', "140")), ["sum-mismatch"]);
        assert!(rules(&text.replace('#', "110")).is_empty());
    }

    #[test]
    fn a_lead_by_category_naming_the_total_s_things() {
        let text = "Cars\n\nNew car registrations in Wessex rose to 14,230 in August from 13,060 a year earlier.\n\nBy county, Hampshire accounted for 6,140 of the new cars, Dorset 4,820 and Wiltshire N.\n";
        assert_eq!(rules(&text.replace('N', "2,370")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "3,270")).is_empty());
    }

    #[test]
    fn an_of_the_lead_naming_the_total_s_things() {
        let text = "Shops\n\nThe group now trades from 214 stores, up from 210 a year ago.\n\nOf the store estate, 122 shops are in England, 41 in Scotland, 23 in Wales and # in Northern Ireland, where it plans two more.\n";
        assert_eq!(rules(&text.replace('#', "12")), ["sum-mismatch"]);
        assert!(rules(&text.replace('#', "28")).is_empty());
        // What is left of a total once a figure of its sentence is taken.
        let rest = "Council\n\nIndependents won 19 of the 42 seats.\n\nOf the other seats, the Conservatives won 11, Labour eight, the Liberal Democrats three and the Greens one.\n";
        assert!(rules(rest).is_empty());
    }

    #[test]
    fn the_total_s_noun_said_again_opening_the_list_s_sentence() {
        let text = "Pantry\n\nThe pantry gave out 14,600 food parcels in the year to March.\n\nParcels were packed at three places: 6,900 went out from the hall, @ from the church and 2,800 from the van.\n";
        assert_eq!(rules(&text.replace('@', "4,100")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "4,900")).is_empty());
    }

    #[test]
    fn a_list_of_tonnes_after_the_count_that_announces_it() {
        let text = "Harvest\n\nFarmers harvested 148,000 tonnes of wheat this year, down from 186,000 tonnes in 2023.\n\nThis year's crop went three ways: @ tonnes for milling, 62,000 tonnes for feed and 8,000 tonnes for fuel.\n";
        assert_eq!(rules(&text.replace('@', "61,000")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "78,000")).is_empty());
    }

    #[test]
    fn an_item_near_the_rest_of_its_list_is_no_total_unless_it_is_the_sum() {
        let text = "Bills\n\nThe typical bill will rise to £1,738 a year.\n\nThe breakdown of the new bill shows wholesale energy at £812, network charges £386, policy costs £129, operating costs £201, VAT £83 and the margin £@.\n";
        // 812 is near 386 + 129 + 201 + 83 + 49 = 848, but not it.
        assert_eq!(rules(&text.replace('@', "49")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "127")).is_empty());
    }

    #[test]
    fn the_sources_of_the_money_said_before() {
        let text = "Bridge\n\nA new bridge over the river will cost £64m, the council confirmed.\n\nThe money will come from a £40m government grant, £@m of council borrowing and £6m from developers.\n";
        assert_eq!(rules(&text.replace('@', "14")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "18")).is_empty());
        // Uses of some of it are no sources of all of it; only one a little
        // short of it, and tied to it by a word, reads as its breakdown.
        let uses = text.replace("The money will come from", "Work will use");
        assert!(rules(&uses.replace('@', "4")).is_empty());
    }

    #[test]
    fn figures_given_respectively_are_no_breakdown() {
        let text = "Results\n\nIn 1983 the company made a profit of 8,600,000 dlrs for its first quarter.\n\nThe three following first quarters brought losses of 3,200,000 dlrs, 3,500,000 dlrs and 1,800,000 dlrs, respectively, the company said.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_selection_or_a_list_without_evidence_is_no_breakdown() {
        let selection = "Cars\n\nNew car registrations in Wessex rose to 14,230 in August.\n\nBy county, the top sellers were Hampshire with 6,140, Dorset 4,820 and Wiltshire 2,370.\n";
        assert!(rules(selection).is_empty());
        let bare = "Staff\n\nThe firm employs 5,000 people.\n\nIt has 2,000 in France, 1,500 in Germany and 1,000 in Spain.\n";
        assert!(rules(bare).is_empty());
    }

    #[test]
    fn a_headline_count_announces_the_items_of_a_list_paragraphs_down() {
        let text = "Book fair draws 41,000 over three days\n\nThe Lenton Book Fair welcomed 41,000 readers across the long weekend, the organisers said.\n\nNumbers rose day by day: 9,500 people came on Friday, 14,500 on Saturday and @ on Sunday.\n";
        assert_eq!(rules(&text.replace('@', "21,000")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "17,000")).is_empty());
        // Without the headline's count the days may be some of the total.
        let bare = text.replace(" over three days", "");
        assert!(rules(&bare.replace('@', "21,000")).is_empty());
    }

    #[test]
    fn a_total_stated_alone_in_the_sentence_before_is_what_the_list_divides() {
        let text = "Harvest\n\nThe region's growers picked 640 tonnes of apples this autumn. Orchards in the north supplied 310 tonnes, those in the valley 190 tonnes and smallholders @.\n";
        assert!(rules(&text.replace('@', "140 tonnes")).is_empty());
        let totalled = text.replace("picked 640 tonnes", "picked a total of 640 tonnes");
        assert_eq!(
            rules(&totalled.replace('@', "240 tonnes")),
            ["sum-mismatch"]
        );
        assert!(rules(&totalled.replace('@', "140 tonnes")).is_empty());
        // Without the word of a total the list may be of some of them.
        assert!(rules(&text.replace('@', "240 tonnes")).is_empty());
    }

    #[test]
    fn a_list_continued_in_the_sentence_after_is_not_all_of_its_total() {
        let text = "Grants\n\nThe fund awarded a total of £9.4m. It gave £4.1m to Arden, £2.6m to Bexley and £1.5m to Corran. Three smaller towns shared a further £1.2m.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_list_that_leaves_a_rest_may_fall_short_of_its_total() {
        let text = "Festival\n\nThe festival sold 21,600 tickets across its ten days.\n\nFiction events accounted for 9,800 of the tickets, non-fiction talks 6,400 and children's events N, with the rest going to poetry readings.\n";
        assert!(rules(&text.replace('N', "3,100")).is_empty());
        assert_eq!(rules(&text.replace('N', "8,100")), ["sum-mismatch"]);
        let other = text.replace("the rest going", "everything else going");
        assert!(rules(&other.replace('N', "3,100")).is_empty());
    }

    #[test]
    fn a_list_closed_by_everything_else_is_all_of_its_total() {
        let text = "Spending\n\nA typical household spends £2,640 a month, the survey found.\n\nHousing is the biggest item at £910, followed by food and drink at £480, transport at £370 and energy at £210, with everything else, from clothing to leisure, taking N.\n";
        assert_eq!(rules(&text.replace('N', "£520")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "£670")).is_empty());
    }

    #[test]
    fn a_subject_naming_the_total_s_things_spreads_them_over_the_list() {
        let text = "Floods\n\nFloodwater damaged N homes and 240 businesses across the valley last week.\n\nThe damaged homes were in the valley's three main towns: 920 in Lowbridge, 510 in Astley and 270 in Marsh End.\n";
        assert_eq!(rules(&text.replace('N', "1,870")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "1,700")).is_empty());
        // Without such a subject, the main towns are a selection.
        let main = text.replace("The damaged homes were in", "Damage was worst in");
        assert!(rules(&main.replace('N', "1,870")).is_empty());
    }

    #[test]
    fn a_list_said_to_be_all_in_the_sentence_after_is_all_of_its_total() {
        let text = "Freight\n\nThe corridor carried N million tonnes of goods last year, up from 3.1 million tonnes the year before.\n\nContainers made up the largest share of the traffic at 2.1 million tonnes, followed by aggregates at 1.1 million tonnes, steel coil at 0.7 million tonnes and grain at 0.3 million tonnes. Those four commodity groups account for all of the corridor's tonnage.\n";
        assert_eq!(rules(&text.replace('N', "4.6")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "4.2")).is_empty());
    }

    #[test]
    fn a_count_of_the_groups_leading_the_items_is_no_item() {
        let text = "Chess\n\nThe tournament drew a record 312 players.\n\nThe entry was split between two sections, with 188 players in the open and @ in the under-1600 event.\n";
        assert!(rules(&text.replace('@', "124")).is_empty());
        let three = "Chess\n\nThe tournament drew a record 312 players.\n\nThe entry was split between three sections, with 150 players in the open, 100 in the minor and @ in the junior event.\n";
        assert!(rules(&three.replace('@', "62")).is_empty());
        assert_eq!(rules(&three.replace('@', "72")), ["sum-mismatch"]);
        // Items labelled by the groups: "16 in Division Two".
        let divisions = "Darts\n\nThe league will field 52 teams this winter.\n\nThe teams are split into three divisions, with 18 in the Premier, 18 in Division One and the other @ in Division Two.\n";
        assert!(rules(&divisions.replace('@', "16")).is_empty());
        assert_eq!(rules(&divisions.replace('@', "19")), ["sum-mismatch"]);
    }

    #[test]
    fn a_bill_shared_between_those_listed_is_all_of_its_cost() {
        let text = "Organ\n\nThe church has finished a three-year rebuild of its organ that cost £820,000.\n\nThe organ has 2,400 pipes.\n\nThe bill was shared between four funders. A heritage grant supplied £350,000, a public appeal brought in £210,000, the diocese gave £150,000 and two livery companies contributed £@ between them.\n";
        assert!(rules(&text.replace('@', "110,000")).is_empty());
        assert_eq!(rules(&text.replace('@', "10,000")), ["sum-mismatch"]);
    }

    #[test]
    fn a_bill_shared_some_ways_or_with_none_besides_is_all_of_its_cost() {
        let text = "Terminal\n\nThe new terminal will open in May after a two-year build costing £42m.\n\nThe bill was shared three ways. The harbour board put in £19m, the development agency provided £12m and the town council contributed £@ from its reserves.\n";
        assert!(rules(&text.replace('@', "11m")).is_empty());
        assert_eq!(rules(&text.replace('@', "7m")), ["sum-mismatch"]);
        let none_besides = text
            .replace("The bill was shared three ways. ", "")
            .replace("reserves.", "reserves, with no other backers involved.");
        assert!(rules(&none_besides.replace('@', "11m")).is_empty());
        assert_eq!(rules(&none_besides.replace('@', "7m")), ["sum-mismatch"]);
        // Without either, the three may be a selection of the backers.
        let some = text.replace("The bill was shared three ways. ", "");
        assert!(rules(&some.replace('@', "7m")).is_empty());
        // A span of time counts no items: the first figure totals the rest.
        let years = "Drugs\n\nCombined sales are projected at 1.1 billion dlrs in 1990.\n\nThe group plans new drugs over the next three years. The units will have 1987 sales of about 700 mln dlrs, about 450 mln dlrs from Pharma and 250 mln dlrs from Stuart.\n";
        assert!(rules(years).is_empty());
    }

    #[test]
    fn the_only_other_item_said_after_closes_the_list() {
        let text = "Jellyfish\n\nVolunteers logged 3,150 jellyfish over the summer.\n\nMoon jellyfish were the most common at 1,720, followed by compass jellyfish at 760 and blue jellyfish at 390. The only other species recorded, the lion's mane, accounted for @.\n";
        assert!(rules(&text.replace('@', "280")).is_empty());
        assert_eq!(rules(&text.replace('@', "95")), ["sum-mismatch"]);
        // Another item said after is no sign that the list is whole.
        let another = text.replace("The only other species", "Another species");
        assert!(rules(&another.replace('@', "95")).is_empty());
    }

    #[test]
    fn a_whole_spread_across_the_places_announced_is_all_of_it() {
        let text = "Bees\n\nThe association recorded 1,840 honeybee colonies in its spring census.\n\nThe colonies are spread across four districts. The river valley holds 720 of them, the northern uplands 430, the town fringe 390 and the coastal strip @.\n";
        assert_eq!(rules(&text.replace('@', "210")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "300")).is_empty());
    }

    #[test]
    fn a_first_item_that_happens_to_count_the_rest_stays_an_item() {
        let text = "Ward\n\nThe ward has 25 staff on each shift.\n\nBy role, the shift has 3 nurses, 10 doctors, 4 porters and 8 cleaners.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn an_aside_set_off_by_commas_stays_inside_an_item() {
        let text = "Plots\n\nThe town's three council cemeteries have 4,870 unused plots left.\n\nThe spare capacity is unevenly spread. St Anne's Road cemetery has 2,140 free plots, Millfield has 1,630 and the hillside extension at Crane Lane, opened in 2009, has N.\n";
        assert_eq!(rules(&text.replace('N', "1,300")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "1,100")).is_empty());
    }

    #[test]
    fn a_subject_naming_the_verb_of_the_total_spreads_it_over_the_list() {
        let text = "Jobs\n\nThree warehouses will cut 1,100 jobs over the next two years.\n\nAccording to the union, the cuts fall on picking staff (640 posts), forklift drivers (210) and administrative employees (N), with the first redundancies expected in March.\n";
        assert_eq!(rules(&text.replace('N', "150")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "250")).is_empty());
    }

    #[test]
    fn a_list_a_little_short_of_the_total_it_echoes_has_slipped_an_item() {
        let text = "Kiln\n\nThe Harrow Pottery had sales of £1.12m last year, its best since 1994, as restaurants reordered tableware.\n\nTableware brought in £560,000, tiles made for builders £310,000 and evening courses @, its accounts show.\n";
        assert!(rules(&text.replace('@', "£250,000")).is_empty());
        assert_eq!(rules(&text.replace('@', "£140,000")), ["sum-mismatch"]);
        // Far short, the list may be a selection; "also" sets it beside.
        assert!(rules(&text.replace('@', "£20,000")).is_empty());
        let also = text.replace(
            "Tableware brought in",
            "The pottery also sold tableware for",
        );
        assert!(rules(&also.replace('@', "£140,000")).is_empty());
    }

    #[test]
    fn a_total_of_members_its_sentence_counts_is_no_total_of_another_list() {
        let text = "Loans\n\nThe fund approved loans of $41m this week.\n\nTwo cement makers were lent a total of $18m for new kilns. Ruvia is to receive $9m for a water plant, Osterland $5.5m for roads and Marn $1.5m for schools.\n";
        assert!(rules(text).is_empty());
        // As many members as items: the list is the total's.
        let three = text.replace("Two cement makers", "Three makers");
        assert_eq!(rules(&three), ["sum-mismatch"]);
    }

    #[test]
    fn a_figure_past_a_paragraph_break_does_not_continue_the_list() {
        let text = "Clocks\n\nThe collection of clocks sold for £4.8m at the saleroom on Wednesday, well above the estimate of £3m.\n\nLongcase clocks made £2.1m, bracket clocks £1.3m, carriage clocks £900,000 and pocket watches @.\n\nThe top lot, a walnut longcase clock, sold for £420,000, twice its upper estimate of £210,000.\n";
        assert!(rules(&text.replace('@', "£500,000")).is_empty());
        assert_eq!(rules(&text.replace('@', "£290,000")), ["sum-mismatch"]);
    }

    #[test]
    fn a_rest_named_at_the_next_sentence_s_opening_leaves_the_list_open() {
        let text = "Rescue\n\nThe team answered 240 call-outs last year, up from 190, its report shows.\n\nWalkers accounted for 131 of the call-outs, climbers for 38 and cyclists for 19. The rest involved searches for missing people.\n";
        assert!(rules(text).is_empty());
        let closed = text.replace(" The rest involved searches for missing people.", "");
        assert_eq!(rules(&closed), ["sum-mismatch"]);
    }

    #[test]
    fn a_like_figure_beside_the_list_closes_it() {
        let text = "Glass\n\nThe depot processed 23,000 tonnes of glass in its first year.\n\nClear glass made up 9,600 tonnes, green 7,900 and brown 4,100, with about @ tonnes of fragments too broken to sort.\n";
        assert!(rules(&text.replace('@', "1,400")).is_empty());
        let short = text.replace(", with about @ tonnes of fragments too broken to sort", "");
        assert_eq!(rules(&short), ["sum-mismatch"]);
    }

    #[test]
    fn a_selection_from_the_rest_leaves_the_list_open() {
        let text = "Regatta\n\nA record 48 crews raced at the regatta on Saturday.\n\nTwenty-nine of the crews, or 60%, came from within the county and the rest travelled from further afield, @ four from Wales and two from France.\n";
        assert!(rules(&text.replace('@', "including")).is_empty());
        assert_eq!(rules(&text.replace("@ ", "")), ["sum-mismatch"]);
    }

    #[test]
    fn a_price_in_a_list_is_no_item_of_it() {
        let text = "Glass\n\nThe studio raised £14,200 over its open weekend.\n\nTicket sales brought in £6,900 from 1,150 visitors paying £6 each, a raffle raised £2,800, and sales of seconds made £@.\n";
        assert!(rules(&text.replace('@', "4,500")).is_empty());
        assert_eq!(rules(&text.replace('@', "3,700")), ["sum-mismatch"]);
    }
}
