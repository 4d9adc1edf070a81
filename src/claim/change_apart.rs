//! A change stated in a sentence of its own, its figures around it:
//! "Carrow's trams carried 12.8 million journeys ... Ridership was up a
//! quarter on the previous year ... The 2022-23 figure of 9.6 million
//! journeys had been held down by a closure."
//!
//! The sentence states a change and no figure of what changed. Near it (a few sentences
//! either side) stand like figures of one kind and unit: those said of an
//! earlier time (an opening "Last year's", "The previous season", or a
//! year when the other has none) and those of now. When each side gives
//! one value (a headline may repeat it), the change is from the one to the
//! other, when both say what they count and count the same things.
//! Anything less clear — two earlier values, two kinds of figure that
//! could be meant, figures that name nothing — says nothing.

use super::change::{is_stated_change, names_other_base};
use super::context::is_any;
use super::referred_change::dated_earlier;
use super::{Claim, Scope, Stated};
use crate::quantity::Kind;

/// How many paragraphs back the figures of a change stated apart may stand
/// when they say what they count.
const WIDE_PARAGRAPHS: usize = 4;

/// How many sentences either side the figures may stand.
pub(super) const SENTENCES: usize = 3;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut stated_already = super::change::stated_changes(claims);
    stated_already.sort_unstable();
    // Read only once a change stated apart is found: most texts have none.
    let read_before = claims.len();
    let mut paired: Option<Vec<usize>> = None;
    for s in 0..scope.quantities.len() {
        let (Some(sq), Some(sp)) = (scope.q(s), scope.place(s)) else {
            continue;
        };
        // A headline's change is read against the story's lead elsewhere.
        if stated_already.binary_search(&s).is_ok()
            || scope.in_headline(s)
            || !matches!(sq.kind, Kind::Percent | Kind::Fraction | Kind::PercentagePoints)
            || sq.range.is_some()
            || !(is_stated_change(scope, s) || than_before(scope, s))
            || names_other_base(scope, s, "")
            // "should boost sales by around 12 pct": a forecast, not a change.
            || sp.forecast(6)
            // "Prices rose 8.3 pct last year": the change of a time of its own.
            || sp.after_has(2, &["last", "this"])
            || sp.after_is(0, "in") && scope.q(s + 1).is_some_and(|q| q.kind == Kind::Year)
        {
            continue;
        }
        let window: Vec<usize> = scope
            .nearby(s, 2)
            .filter(|&j| {
                j != s
                    && scope.place(j).is_some_and(|p| {
                        p.sentence + SENTENCES >= sp.sentence
                            && p.sentence <= sp.sentence + SENTENCES
                    })
            })
            .collect();
        // No figure beside the change: none before it in its sentence
        // ("£3.10 a litre, a cut of 28%" is that figure's),
        // none after it in its clause ("Ridership was up a quarter on the
        // previous year, says the report, which credits a fare of £1.80":
        // the fare is another clause's), and no other change after it
        // ("wool dropped 22%, barley 61%": a list of changes of several things).
        // A year or a span frames the change ("by 200% in two years"), and
        // a figure before it in a sentence opening with an earlier time is
        // its start ("Last summer the crowd was 4,800, and ... the rise of
        // more than half").
        let alone = !window.iter().any(|&j| {
            scope.place(j).is_some_and(|p| p.sentence == sp.sentence)
                && scope
                    .q(j)
                    .is_some_and(|q| !matches!(q.kind, Kind::Year | Kind::Duration | Kind::Date))
                && (if j < s {
                    !dated_earlier(scope, j)
                } else {
                    same_clause(scope, s, j)
                } || scope.comparable(s, j))
        });
        if !alone {
            continue;
        }
        let Some(change) = Apart::of_figure(scope, s) else {
            continue;
        };
        let object = changed_object(scope, s);
        let paired = paired.get_or_insert_with(|| {
            paired_figures(&change_pairs(
                scope,
                claims.get(..read_before).unwrap_or_default(),
            ))
        });
        // Nothing near: the story's figures a few paragraphs back ("Every
        // one of the 18,500 weekend tickets ..." over "Last year the
        // festival sold 15,200 weekend tickets. This year's sales are up by
        // more than a third"), where both name what they count, alike.
        let wide = || {
            let far: Vec<usize> = scope
                .nearby(s, WIDE_PARAGRAPHS)
                .filter(|&j| j != s && scope.place(j).is_some_and(|p| p.paragraph <= sp.paragraph))
                .collect();
            let strict = Apart {
                strict: true,
                ..change.clone()
            };
            one_pair(scope, &strict, &unpaired(&far, paired))
        };
        if let Some((from, to)) = one_pair(scope, &change, &unpaired(&window, paired))
            .or_else(wide)
            .filter(|&(f, t)| plausible(scope, s, f, t))
            .filter(|&(f, t)| object.as_ref().is_none_or(|o| o.may_count(scope, f, t)))
        {
            claims.push(Claim::Change {
                from,
                to,
                stated: Stated::Quantity(s),
            });
        }
    }
}

/// The start and end of every change read so far, and of every sentence's
/// own pair ("fell to 6.1 tonnes a hectare, from 8.0") even when no change
/// was read from it.
pub(super) fn change_pairs(scope: &Scope, claims: &[Claim]) -> Vec<(usize, usize)> {
    claims
        .iter()
        .filter_map(|c| match c {
            Claim::Change { from, to, .. } => Some((*from, *to)),
            _ => None,
        })
        .chain(scope.sentence_pairs().iter().copied())
        .collect()
}

/// The figures of a change of their own, sorted: "Tickets cost £165, up
/// 11% from £149" are not a change's stated apart.
pub(super) fn paired_figures(pairs: &[(usize, usize)]) -> Vec<usize> {
    let mut paired: Vec<usize> = pairs.iter().flat_map(|&(f, t)| [f, t]).collect();
    paired.sort_unstable();
    paired
}

/// A year near figure `i` in its sentence ("The 2022-23 figure of 9.6
/// million"), a season's span included, or the year its sentence opens
/// with ("The 2022-23 season, which was cut short ..., drew audiences of 40,000").
pub(super) fn frame_year(scope: &Scope, i: usize) -> Option<f64> {
    let q = scope.q(i)?;
    let p = scope.place(i)?;
    let opening = scope
        .layout
        .sentence_span(p.sentence, scope.text.len())
        .start
        + OPENING;
    scope
        .same_sentence(i)
        .filter_map(|j| scope.q(j))
        .filter(|y| y.kind == Kind::Year)
        .find(|y| {
            y.span.start.saturating_sub(q.span.end) <= YEAR_REACH
                && q.span.start.saturating_sub(y.span.end) <= YEAR_REACH
                || y.span.end <= opening.min(q.span.start)
        })
        .map(|y| y.interval.low)
}

/// How many bytes of a sentence's opening may date all of it.
const OPENING: usize = 16;

/// How far (in bytes) a year may stand from the figure it dates.
const YEAR_REACH: usize = 40;

/// A slip misstates a change by a factor of a few at most ("a quarter" for
/// a third, 15% for 6%); a change hundreds of times off is of other figures.
pub(super) fn plausible(scope: &Scope, s: usize, from: usize, to: usize) -> bool {
    let (Some(sq), Some(f), Some(t)) = (scope.q(s), scope.q(from), scope.q(to)) else {
        return false;
    };
    let stated = match sq.kind {
        Kind::Fraction => sq.point(),
        _ => sq.point() / 100.0,
    };
    let actual = match sq.kind {
        Kind::PercentagePoints => (t.point() - f.point()) / 100.0,
        _ if f.point() != 0.0 => (t.point() - f.point()) / f.point(),
        _ => return false,
    };
    // "an increase of 64%" of a fall is of two other figures.
    let direction_agrees = super::change::difference_direction(scope, s)
        .is_none_or(|up| up == (t.point() > f.point()));
    let ratio = stated.abs() / actual.abs();
    direction_agrees && ratio.is_finite() && (0.25..=4.0).contains(&ratio)
}

/// A change stated without its figures: where it is said and of what.
#[derive(Clone)]
pub(super) struct Apart {
    /// The sentence that states it.
    pub sentence: usize,
    /// The stem of its subject ("Audiences grew by a third").
    pub subject: Option<String>,
    /// Stated in percentage points: its figures are shares.
    pub points: bool,
    /// The year it names as its start ("than it was in 2021").
    pub base_year: Option<f64>,
    /// Its figures must both name what they count, the same things.
    pub strict: bool,
}

impl Apart {
    /// The change stated by figure `s`.
    fn of_figure(scope: &Scope, s: usize) -> Option<Self> {
        Some(Apart {
            sentence: scope.place(s)?.sentence,
            subject: subject(scope.sentence_words(s)),
            points: scope.q(s)?.kind == Kind::PercentagePoints,
            base_year: base_year(scope, s),
            strict: false,
        })
    }

    /// Whether its subject is the noun figure `x` counts.
    fn counted_by(&self, scope: &Scope, x: usize) -> bool {
        let noun = scope.q(x).and_then(|q| q.noun.as_deref()).map(stem);
        noun.is_some() && noun == self.subject
    }

    /// "Audiences grew by a third" with "Audiences ... reached 60,000" and
    /// "drew audiences of 40,000": figures that name nothing after them
    /// count what the change's subject names when both their sentences say it.
    fn named_by_both(&self, scope: &Scope, a: usize, b: usize) -> bool {
        let Some(subject) = &self.subject else {
            return false;
        };
        let says = |i: usize| scope.sentence_words(i).any(|w| &stem(w) == subject);
        says(a) && says(b)
    }
}

/// The one (earlier, now) pair of like figures in `window`, if exactly one
/// kind of figure there gives one value for each time.
pub(super) fn one_pair(scope: &Scope, change: &Apart, window: &[usize]) -> Option<(usize, usize)> {
    let points = change.points;
    let candidates: Vec<usize> = window
        .iter()
        .copied()
        // A figure that is itself a change ("rose 2.7 pct") is no level.
        .filter(|&j| !is_stated_change(scope, j) && !conditional(scope, j))
        .filter(|&j| {
            scope.q(j).is_some_and(|q| {
                q.range.is_none()
                    && !q.words
                    && if points {
                        q.kind == Kind::Percent
                    } else {
                        matches!(
                            q.kind,
                            Kind::Count | Kind::Money | Kind::Measure | Kind::Percent
                        )
                    }
            })
        })
        .collect();
    // Dated earlier in words ("Last year's harvest"), or by a year ("The
    // 2022-23 figure of 9.6 million journeys") where the other side has
    // none and both name what they count.
    // What a figure measures is said by its noun, or by its unit.
    let named = |j: usize| {
        scope
            .q(j)
            .is_some_and(|q| q.noun.is_some() || q.unit.is_some())
    };
    let earlier = |j: usize, now_has_year: bool| {
        said_earlier(scope, j) || !now_has_year && named(j) && frame_year(scope, j).is_some()
    };
    let mut found = Vec::new();
    for &a in &candidates {
        // One group per kind and unit, led by its first figure.
        if candidates
            .iter()
            .any(|&b| b < a && scope.comparable(a, b) && per(scope, a) == per(scope, b))
        {
            continue;
        }
        let group: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&b| scope.comparable(a, b) && per(scope, a) == per(scope, b))
            .collect();
        // The change's sentence states no figure of the group: its own
        // figure would be what it changed.
        if group.iter().any(|&j| {
            scope.place(j).map(|p| p.sentence) == Some(change.sentence) && !dated_earlier(scope, j)
        }) {
            continue;
        }
        // Whether the figures not dated in words carry a year of their own.
        let undated_years = group
            .iter()
            .any(|&j| !said_earlier(scope, j) && frame_year(scope, j).is_some())
            && group
                .iter()
                .filter(|&&j| !said_earlier(scope, j))
                .all(|&j| frame_year(scope, j).is_some());
        // "revenue reached $132m last year ... In 2022 the company took in
        // $48m": a year named against "last year" is the earlier of the two.
        let year_before_last = group.iter().any(|&j| frame_year(scope, j).is_some())
            && group
                .iter()
                .all(|&j| said_earlier(scope, j) != frame_year(scope, j).is_some());
        let side_of = |j: usize| {
            if year_before_last {
                frame_year(scope, j).is_some()
            } else {
                earlier(j, undated_years)
            }
        };
        let values = |side: bool| {
            let mut v: Vec<(f64, usize)> = group
                .iter()
                .copied()
                .filter(|&j| side_of(j) == side)
                .filter_map(|j| Some((scope.q(j)?.point(), j)))
                .collect();
            // Of equal values (a headline repeating the body), the one that
            // names what it counts.
            v.sort_by(|x, y| x.0.total_cmp(&y.0).then(named(y.1).cmp(&named(x.1))));
            v.dedup_by(|x, y| x.0 == y.0);
            v
        };
        let (mut then, mut now) = (values(true), values(false));
        // A figure also given undated (a headline's "reach 447" over the
        // lead's "447 offences last year") is the story's now.
        // Of the two, the one that names what it counts stands for it.
        for &(v, j) in &then {
            if let Some(n) = now
                .iter_mut()
                .find(|(w, k)| *w == v && !named(*k) && named(j))
            {
                n.1 = j;
            }
        }
        then.retain(|&(v, _)| !now.iter().any(|&(w, _)| w == v));
        // A change naming its start's year takes the figure of that year.
        if let Some(year) = change.base_year
            && then
                .iter()
                .any(|&(_, j)| frame_year(scope, j) == Some(year))
        {
            then.retain(|&(_, j)| frame_year(scope, j) == Some(year));
        }
        // Of several figures of now, the one the headline gives is the
        // story's own.
        if now.len() > 1 {
            let headline_value = |v: f64| {
                group
                    .iter()
                    .any(|&h| scope.in_headline(h) && scope.q(h).is_some_and(|q| q.point() == v))
            };
            if now.iter().filter(|&&(v, _)| headline_value(v)).count() == 1 {
                now.retain(|&(v, _)| headline_value(v));
            }
        }
        // One side's figure counts what the change's subject names
        // ("Audiences grew by a third" and "drew audiences of 40,000"): the
        // other side's figures that count other things ("212 performances",
        // "the 398-seat hall") are not its pair.
        let counted = group.iter().copied().find(|&x| change.counted_by(scope, x));
        if let Some(x) = counted {
            then.retain(|&(_, j)| scope.same_things(x, j) != Some(false));
            now.retain(|&(_, j)| scope.same_things(x, j) != Some(false));
        }
        // A start and an end of one change are of one size: "below 4
        // tonnes" a hectare is no end of a 400,000-tonne harvest.
        let near_in_size = |one: &[(f64, usize)], other: &mut Vec<(f64, usize)>| {
            other.retain(|&(v, _)| one.iter().any(|&(w, _)| of_one_size(v, w)));
        };
        let then_before = then.clone();
        near_in_size(&now, &mut then);
        near_in_size(&then_before, &mut now);
        let ([(_, t)], [(_, n)]) = (then.as_slice(), now.as_slice()) else {
            continue;
        };

        // A pair compared in a sentence of its own ("224 stores compared
        // to 208 a year ago") is this change's only when its subject
        // counts them.
        let sentence = |j: usize| scope.place(j).map(|p| p.sentence);
        // From afar only the figure of now: the start is said near the
        // change ("Last year the festival sold 15,200 ... This year's sales
        // are up by more than a third").
        if change.strict
            && sentence(*t)
                .is_none_or(|st| st + SENTENCES < change.sentence || st > change.sentence)
        {
            continue;
        }
        if sentence(*t) == sentence(*n)
            && !change.counted_by(scope, *t)
            && !change.counted_by(scope, *n)
        {
            continue;
        }
        // Both sides say what they count, and count the same things.
        // Amounts in a unit of their own ("£1,480", "400,000 tonnes") are
        // one measure when neither names another thing and each stands
        // alone in its sentence (a sentence comparing two is a story of
        // its own); bare counts must say what they count.
        let same = match scope.same_things(*t, *n) {
            Some(same) => same,
            None if change.strict => false,
            None => {
                scope.q(*t).is_some_and(|q| q.unit.is_some())
                    && alone_of_its_kind(scope, *t)
                    && alone_of_its_kind(scope, *n)
                    || change.named_by_both(scope, *t, *n)
                    || described_alike(scope, *t, *n)
            }
        };
        // Of a kind of figure that may count another thing, nothing is read.
        if !same {
            continue;
        }
        found.push((*t, *n));
    }
    // Of two kinds of figure that each give a pair, one given in a
    // sentence of its own ("fell to 6.1 tonnes a hectare, from 8.0") is
    // that sentence's comparison, not the change stated apart.
    if found.len() > 1 {
        let sentence = |j: usize| scope.place(j).map(|p| p.sentence);
        found.retain(|&(t, n)| sentence(t) != sentence(n));
    }
    match found.as_slice() {
        [pair] => Some(*pair),
        _ => None,
    }
}

/// Verbs that change a thing named after them: "raised council tax by 4.99%".
const CHANGING: &[&str] = &[
    "raised",
    "raise",
    "raises",
    "cut",
    "cuts",
    "increased",
    "increase",
    "increases",
    "reduced",
    "reduce",
    "reduces",
    "lifted",
    "lift",
    "lifts",
    "lowered",
    "lower",
    "lowers",
    "boosted",
    "trimmed",
    "slashed",
    "hiked",
    "grew",
    "grow",
    "grows",
    "expanded",
    "shrank",
];

/// The words naming what a change changed, between its verb and "by":
/// "raised council tax by 2.99%".
struct Object(Vec<String>);

impl Object {
    /// Whether figures `a` and `b` may count it: a figure that names
    /// another thing ("shed 60 posts and raised council tax by 2.99%")
    /// is not the changed thing's level.
    fn may_count(&self, scope: &Scope, a: usize, b: usize) -> bool {
        [a, b].iter().all(|&j| {
            scope
                .q(j)
                .and_then(|q| q.noun.as_deref())
                .is_none_or(|noun| {
                    let noun = stem(noun);
                    self.0.contains(&noun)
                })
        })
    }
}

/// What the change by figure `s` changed, when its sentence names it
/// between a changing verb and "by".
fn changed_object(scope: &Scope, s: usize) -> Option<Object> {
    let p = scope.place(s)?;
    if !p.prev_is(&["by"]) {
        return None;
    }
    let words: Vec<&str> = p.before().rev().skip(1).take(5).collect();
    let verb = words.iter().position(|w| is_any(w, CHANGING))?;
    let object: Vec<String> = words
        .get(..verb)?
        .iter()
        .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_alphabetic()))
        .map(|w| stem(w))
        .collect();
    (!object.is_empty()).then_some(Object(object))
}

/// A figure its sentence or its own words date before now: "Last year
/// ...", "2,804,100 parcels last May", "compared with £41.2m".
pub(super) fn said_earlier(scope: &Scope, j: usize) -> bool {
    dated_earlier(scope, j)
        || scope.place(j).is_some_and(|p| {
            p.past_frame()
                // "3,400 tonnes, against last season's 2,600": a "last"
                // past a word of comparison dates the other figure.
                || p.after_has(4, &["last"]) && !p.after_has(4, &["against", "compared", "versus", "than", "from"])
                || p.prev_is(&["to", "with"]) && p.before_has(2, &["compared", "compares"])
        })
}

/// "30% higher than it was in 2021", "12% lower than a year ago": a change
/// set against an earlier time rather than a figure.
fn than_before(scope: &Scope, s: usize) -> bool {
    scope.place(s).is_some_and(|p| {
        p.after_is(1, "than")
            && p.after().next().is_some_and(|w| {
                is_any(
                    w,
                    &[
                        "higher", "lower", "more", "less", "fewer", "up", "down", "above", "below",
                    ],
                )
            })
            && p.after()
                .skip(2)
                .take(4)
                .any(|w| is_any(w, &["last", "ago", "before", "previous", "earlier", "in"]))
    })
}

/// The year a change names as its start: "than it was in 2021", "since 2019".
fn base_year(scope: &Scope, s: usize) -> Option<f64> {
    let q = scope.q(s)?;
    scope
        .same_sentence(s)
        .filter(|&j| j > s)
        .filter_map(|j| scope.q(j))
        .find(|y| y.kind == Kind::Year && y.span.start.saturating_sub(q.span.end) <= YEAR_REACH)
        .filter(|y| {
            let before = scope.text.get(q.span.end..y.span.start).unwrap_or("");
            [" in ", " since ", " from "]
                .iter()
                .any(|w| before.ends_with(w))
        })
        .map(|y| y.interval.low)
}

/// What a figure is per ("60.1p a day", "24.5p per kilowatt-hour"): a
/// rate is compared only with rates of the same; "a year" is what an
/// amount of money or goods is when nothing is said.
fn per<'d>(scope: &Scope<'d>, j: usize) -> Option<&'d str> {
    let p = scope.place(j)?;
    let mut after = p.after();
    let first = after.next()?;
    if !is_any(first, &["a", "an", "per", "each", "every"]) {
        return None;
    }
    after.next().filter(|w| !is_any(w, &["year", "annum"]))
}

/// "could follow if levels drop below 35%": a threshold or a hope, no
/// level ("will pay £1,690 from January" is one).
fn conditional(scope: &Scope, j: usize) -> bool {
    scope.place(j).is_some_and(|p| {
        p.before()
            .rev()
            .take(6)
            .any(|w| is_any(w, &["if", "unless", "could", "might", "would"]))
    })
}

/// "the average Twenty20 crowd ... was 4,800" and "crowds for the club's
/// matches averaged 6,120": the words before two figures share a content word.
fn described_alike(scope: &Scope, a: usize, b: usize) -> bool {
    let words = |j: usize| scope.words_leading_to(j, DESCRIBED).collect::<Vec<_>>();
    super::context::shares_stem(&words(a), &words(b), 5)
}

/// How many bytes before a figure describe it.
const DESCRIBED: usize = 60;

/// Whether figure `j` is the one amount of its kind and unit in its sentence.
fn alone_of_its_kind(scope: &Scope, j: usize) -> bool {
    !scope
        .same_sentence(j)
        .any(|k| k != j && scope.comparable(j, k))
}

pub(super) fn unpaired(window: &[usize], paired: &[usize]) -> Vec<usize> {
    window
        .iter()
        .copied()
        .filter(|j| paired.binary_search(j).is_err())
        .collect()
}

/// Whether no comma, semicolon or dash stands between a figure and a
/// later one of its sentence.
fn same_clause(scope: &Scope, a: usize, b: usize) -> bool {
    let gap = scope.between(a, b);
    !gap.contains([',', ';', '\u{2013}', '\u{2014}'])
}

/// The stem of a change's subject: its sentence's first word of four
/// letters or more ("Audiences grew by a third").
pub(super) fn subject<'d>(mut words: impl Iterator<Item = &'d str>) -> Option<String> {
    words
        .find(|w| w.len() >= 4 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .map(stem)
}

/// Six letters of a word's stem: "Audiences" and "audience".
fn stem(w: &str) -> String {
    super::context::word_stem(w, 6)
}

/// Whether two values are within a factor of ten of each other: a start
/// and an end of one change are of one size.
pub(super) fn of_one_size(a: f64, b: f64) -> bool {
    a.abs() * 10.0 >= b.abs() && b.abs() * 10.0 >= a.abs()
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_change_in_a_sentence_of_its_own_between_its_figures() {
        let text = "Trams\n\nThe trams carried 12.8 million journeys in the year to March.\n\nRidership was up S on the previous year, the report says.\n\nThe 2022-23 figure of 9.6 million journeys was held down by a closure.\n";
        assert_eq!(rules(&text.replace('S', "a quarter")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "a third")).is_empty());
        let last = "Lambs\n\nFarms sold 285,000 lambs this year.\n\nLamb sales dropped S on the year, the union said.\n\nLast year's sales of 400,000 lambs were the second-largest.\n";
        assert_eq!(rules(&last.replace('S', "40%")), ["change-mismatch"]);
        assert!(rules(&last.replace('S', "29%")).is_empty());
        // Amounts in one unit are one measure when neither names another
        // thing; bare counts that name nothing are not.
        let tonnes = "Wheat\n\nGrowers harvested 285,000 tonnes this year.\n\nOutput dropped S on the year.\n\nLast year's harvest of 400,000 tonnes was the second-largest.\n";
        assert_eq!(rules(&tonnes.replace('S', "40%")), ["change-mismatch"]);
        assert!(rules(&tonnes.replace('S', "29%")).is_empty());
        let bare = "Wheat\n\nGrowers sold 285,000 this year.\n\nOutput dropped 40% on the year.\n\nLast year's 400,000 was the second-largest.\n";
        assert!(rules(bare).is_empty());
    }

    #[test]
    fn a_figure_of_a_later_clause_is_not_beside_the_change() {
        let text = "Trams reach 12.8 million\n\nThe trams carried 12.8 million journeys in the year to March, the busiest year since Line 2 opened in 2011.\n\nRidership was up S on the previous year, says the report, which credits a flat fare of £1.80.\n\nThe 2022-23 figure of 9.6 million journeys was held down by a closure.\n";
        assert_eq!(rules(&text.replace('S', "a quarter")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "a third")).is_empty());
        // A figure before the change in its sentence is what changed.
        let before = "Fuel\n\nThe depot supplied 9,320 litres a day.\n\nDiesel sold for an average £3.10 a litre in 2024, a cut of 28%.\n\nIts stock at the end of 2023 was 41,700 litres.\n";
        assert!(rules(before).is_empty());
    }

    #[test]
    fn figures_of_a_change_of_their_own_and_of_last_month() {
        let text = "Festival\n\nThe festival sold 18,500 weekend tickets this year. Tickets cost £165, up 11% from £149.\n\nLast year the festival sold 15,200 weekend tickets. This year's sales are up by S.\n";
        assert_eq!(
            rules(&text.replace('S', "more than a third")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('S', "more than a fifth")).is_empty());
        // "last April" dates its figure, whatever year the other names.
        let cargo = "Parcels\n\nParcel volume in May rose S on the same month of 2023.\n\nIn May 2024 the hub handled 3,632,600 parcels compared to 2,604,000 parcels last May.\n";
        assert!(rules(&cargo.replace('S', "39.5%")).is_empty());
        assert_eq!(rules(&cargo.replace('S', "49.5%")), ["change-mismatch"]);
    }

    #[test]
    fn the_subject_picks_its_figures_and_an_opening_year_dates_a_sentence() {
        let text = "Theatre audiences reach 60,000\n\nAudiences at the Lyceum reached 60,000 in the 2023-24 season, the theatre's review shows.\n\nIt staged 212 performances in its 398-seat hall.\n\nAudiences grew by S, the director wrote.\n\nThe 2022-23 season, which was cut short by building work, drew audiences of 40,000.\n";
        assert_eq!(rules(&text.replace('S', "a third")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "a half")).is_empty());
        // A subject the figures do not count picks nothing: "sales" of stores.
        let stores = "Shops\n\nLike-for-like shop sales grew 14% in the quarter.\n\nMarlow runs 186 shops, against 173 shops a year ago, in 11 counties.\n";
        assert!(rules(stores).is_empty());
    }

    #[test]
    fn a_rate_a_threshold_or_a_figure_of_another_size_is_no_level() {
        let text = "Bills\n\nThe average household will pay £1,690 a year from January.\n\nThe new cap amounts to a S increase.\n\nThe standing charge will rise to 60.1p a day, and the unit rate to 24.5p per kilowatt-hour. A review could follow if bills pass £2,000.\n\nLast winter the cap on a typical bill stood at £1,480.\n";
        assert_eq!(rules(&text.replace('S', "6%")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "14%")).is_empty());
        let yields = "Wheat\n\nGrowers harvested 285,000 tonnes this year.\n\nOutput dropped S on the year.\n\nLast year's harvest of 400,000 tonnes was large. A few farms reported yields below 4 tonnes.\n";
        assert_eq!(rules(&yields.replace('S', "40%")), ["change-mismatch"]);
        assert!(rules(&yields.replace('S', "29%")).is_empty());
    }

    #[test]
    fn the_subject_keeps_its_own_things_and_a_sentence_keeps_its_own_comparison() {
        let fruit = "Fruit\n\nThe crop was 7,900 tonnes of dessert apples, 6,200 tonnes of cider apples and 2,100 tonnes of cooking apples.\n\nPears had a stronger year, climbing by S.\n\nGrowers picked 3,400 tonnes of pears, against last season's 2,600 tonnes.\n";
        assert_eq!(
            rules(&fruit.replace('S', "two-thirds")),
            ["change-mismatch"]
        );
        assert!(rules(&fruit.replace('S', "almost a third")).is_empty());
        // A comparison of its own sentence, of things the change does not
        // name, and a change of a period of its own.
        let quiet = [
            "Stores\n\nThe company said sales increased 15 pct.\n\nIt operates 224 stores compared to 208 stores a year ago.\n",
            "Sales\n\nSales rose to a record 10.4 mln dlrs for the week.\n\nThat compares with sales of 8,909,000 dlrs a year earlier.\n\nYear-to-date sales were up 13 pct.\n",
        ];
        for text in quiet {
            assert!(rules(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_span_frames_the_change_and_a_dated_start_may_stand_before_it() {
        let prices = "Fertiliser\n\nPrices rose by S in two years, a survey found.\n\nIn spring 2021 a tonne cost farmers £320. This spring the survey found them paying £640.\n";
        assert_eq!(rules(&prices.replace('S', "200%")), ["change-mismatch"]);
        assert!(rules(&prices.replace('S', "100%")).is_empty());
        let crowds = "Cricket\n\nCrowds for the club's evening matches averaged 6,120 this summer.\n\nLast summer the average evening crowd was 4,800, and the chief executive said the rise of S had paid for floodlights.\n";
        assert_eq!(
            rules(&crowds.replace('S', "more than half")),
            ["change-mismatch"]
        );
        assert!(rules(&crowds.replace('S', "more than a quarter")).is_empty());
        // A figure before the change said of now is what changed; the
        // words of a figure are not what another is described by.
        let quiet = [
            "Sales\n\nIn the year sales totalled 430.2 mln dlrs, up 18 pct from a year earlier.\n\nIn the quarter sales rose 11 pct to 136.6 mln dlrs.\n",
            "Loans\n\nLending rose 54 pct on the year.\n\nLoans were 5.3 billion in the quarter and 15 billion for the year.\n\nHoldings were 58.8 billion at the end of the year versus 50.7 billion a year before.\n",
        ];
        for text in quiet {
            assert!(rules(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_change_against_a_year_takes_that_year_s_figure_and_the_headline_s() {
        let text = "Basket now costs £74.60\n\nA basket of 25 groceries cost £74.60 in the town's shops in October.\n\nThe basket is now S higher than it was in 2021, the watchdog said.\n\nIn 2022 it cost £70.10. When the watchdog first ran its survey, in October 2021, the same items cost £63.80.\n\nThe cheapest shop charged £71.15 and the dearest £79.30.\n";
        assert_eq!(rules(&text.replace('S', "30%")), ["change-mismatch"]);
        assert!(rules(&text.replace('S', "17%")).is_empty());
        // Without a headline to say which figure of now is the story's,
        // several figures of now say nothing.
        let untitled = text.replace("Basket now costs £74.60", "Prices");
        assert!(rules(&untitled.replace('S', "30%")).is_empty());
    }

    #[test]
    fn two_earlier_values_or_a_figure_beside_the_change_say_nothing() {
        let two = "Wheat\n\nGrowers harvested 285,000 tonnes this year.\n\nOutput dropped 40% on the year.\n\nLast year's harvest of 400,000 tonnes beat the 380,000 tonnes of the year before.\n";
        assert!(rules(two).is_empty());
        let beside = "Wheat\n\nGrowers harvested 285,000 tonnes this year.\n\nOutput dropped 40% on the year to 285,000 tonnes, with 38mm of rain.\n\nLast year's harvest of 400,000 tonnes was large.\n";
        assert!(rules(beside).is_empty());
    }

    #[test]
    fn a_figure_of_now_paragraphs_back_ends_a_change_started_near_it() {
        let text = "Festival sells out\n\nEvery one of the 18,500 weekend tickets for this year's festival has been sold.\n\nIt is the first sell-out. Capacity was raised this year.\n\nThe camping field was reseeded.\n\nLast year the festival sold 15,200 weekend tickets. This year's sales are up by CHANGE.\n";
        assert_eq!(
            rules(&text.replace("CHANGE", "more than a third")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace("CHANGE", "more than a fifth")).is_empty());
        // A start far from the change is not read from afar.
        let far = "Exports\n\nExports are likely to be unchanged from last year's 1.10 mln units.\n\nMinisters met. Makers agreed. Talks went on.\n\nExports to Europe in January rose to 174,133 units.\n\nIn December, exports fell 70.4 pct as makers curbed shipments.\n";
        assert!(rules(far).is_empty());
    }

    #[test]
    fn a_change_of_a_thing_it_names_is_not_read_of_other_things() {
        let posts = "Council cuts 58 posts\n\nThe council will cut 58 posts this year.\n\nLast year the council shed 60 posts and raised council tax by 2.99%.\n";
        assert!(rules(posts).is_empty());
        // A change naming the thing its figures count is read.
        let staff = "Council\n\nThe council employs 2,340 staff this year.\n\nLast year it employed 1,800 staff. Since then it has grown its staff by S.\n";
        assert_eq!(rules(&staff.replace('S', "a half")), ["change-mismatch"]);
        assert!(rules(&staff.replace('S', "30%")).is_empty());
    }

    #[test]
    fn a_year_named_against_last_year_is_the_start() {
        let text = "Batteries

Voltaic said its revenue reached $132m last year.

In 2022, its first year of sales, the company took in $48m. The jump amounts to an increase of @.\n";
        assert_eq!(rules(&text.replace('@', "64%")), ["change-mismatch"]);
        assert!(rules(&text.replace('@', "175%")).is_empty());
    }
}
