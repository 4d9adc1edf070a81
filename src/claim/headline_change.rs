//! A change stated in the headline and its figures in the story: "Knife
//! crime rises 40% in Dunmere" over "knife crimes rose from 2,150 to 2,580".
//!
//! A headline gives the story's change without its figures; the lead gives
//! the figures. The headline's change belongs to the change the story's
//! first paragraphs state ("from A to B", "B, up from A") when it is the
//! only one there, the headline names no pair of its own, the two share a
//! content word and a direction, and the lead states no change of its own
//! for the pair (that one is checked where it stands).

use super::change::is_stated_change;
use super::{Claim, Scope, Stated};
use crate::quantity::Kind;

/// How many paragraphs after the headline the story's figures may stand in.
const LEAD_PARAGRAPHS: usize = 3;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let headline: Vec<usize> = (0..scope.quantities.len().min(super::REACH))
        .take_while(|&i| scope.in_headline(i))
        .collect();
    let stated: Vec<usize> = headline
        .iter()
        .copied()
        .filter(|&s| is_stated_change(scope, s) && stated_kind(scope, s))
        .collect();
    let [s] = stated.as_slice() else { return };
    let Some(head_para) = scope.place(*s).map(|p| p.paragraph) else {
        return;
    };
    let pairs = scope.sentence_pairs();
    if pairs
        .iter()
        .any(|(f, t)| headline.contains(f) || headline.contains(t))
    {
        return;
    }
    // The pairs of the story's first paragraphs that state no change of
    // their own ("climbed by 31 per cent, to 1,139 from 870" is checked
    // where it stands); of those, the ones of the first paragraph with any.
    let in_lead: Vec<(usize, usize)> = pairs
        .iter()
        .copied()
        .filter(|&(from, to)| {
            scope.place(to).is_some_and(|p| {
                p.paragraph > head_para && p.paragraph <= head_para + LEAD_PARAGRAPHS
            }) && !scope
                .same_sentence(to)
                .any(|j| j != from && j != to && is_stated_change(scope, j))
        })
        .collect();
    let in_first = of_first_paragraph(scope, in_lead, |(_, to)| to);
    let [(from, to)] = in_first.as_slice() else {
        return;
    };
    let (from, to) = (*from, *to);
    // The same subject ("Knife crime rises" ... "knife crimes rose"), the
    // same direction, and no change of the pair's own stated beside it.
    // "PROFITS ROSE 6.1 PCT" over "increased 8.3 billion dlrs, or 6.1
    // pct": a change stated in the lead restates the headline's.
    // A change in per cent does not restate one in pounds ("to go up by
    // £59" over "a 4.99 per cent rise" and "from £1,912 to £2,007").
    let to_para = scope.place(to).map_or(0, |p| p.paragraph);
    let share = |j: usize| {
        scope
            .q(j)
            .is_some_and(|q| q.kind.is_share() || q.kind == Kind::PercentagePoints)
    };
    let own_change = (headline.len()..=to.max(from)).any(|j| {
        j != from
            && j != to
            && share(j) == share(*s)
            && is_stated_change(scope, j)
            && scope
                .place(j)
                .is_some_and(|p| p.paragraph > head_para && p.paragraph <= to_para)
    });
    if !fits_kind(scope, *s, from, to)
        || own_change
        || !same_direction(scope, *s, from, to)
        || !shares_subject(scope, *s, to)
    {
        return;
    }
    claims.push(Claim::Change {
        from,
        to,
        stated: Stated::Quantity(*s),
    });
}

/// Of `pairs`, those of the first paragraph that has any, each placed by
/// the figure `at` picks: the lead a headline restates.
pub(super) fn of_first_paragraph(
    scope: &Scope,
    pairs: Vec<(usize, usize)>,
    at: impl Fn((usize, usize)) -> usize,
) -> Vec<(usize, usize)> {
    let paragraph = |pair: (usize, usize)| scope.place(at(pair)).map(|p| p.paragraph);
    let first = pairs.iter().filter_map(|&pair| paragraph(pair)).min();
    pairs
        .into_iter()
        .filter(|&pair| paragraph(pair) == first)
        .collect()
}

/// Whether the headline's verb goes the way the pair goes.
fn same_direction(scope: &Scope, s: usize, from: usize, to: usize) -> bool {
    let (Some(sp), Some(a), Some(b)) = (scope.place(s), scope.q(from), scope.q(to)) else {
        return false;
    };
    let words: Vec<String> = sp.before().map(|w| w.to_ascii_lowercase()).collect();
    let up = words.iter().any(|w| UP.iter().any(|u| w.starts_with(u)));
    let down = words.iter().any(|w| DOWN.iter().any(|d| w.starts_with(d)));
    let rose = b.point() > a.point();
    up && !down && rose || down && !up && !rose
}

const UP: &[&str] = &[
    "ris", "rose", "up", "grow", "grew", "climb", "jump", "soar", "increas", "doubl",
];
const DOWN: &[&str] = &[
    "fall", "fell", "down", "drop", "declin", "slump", "cut", "decreas", "shrink", "halv",
];

/// Whether the headline and the pair's sentence share a content word
/// (by its first five letters).
fn shares_subject(scope: &Scope, s: usize, to: usize) -> bool {
    let stems = |words: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        words
            .filter(|w| w.len() >= 5)
            .map(|w| w.get(..5).unwrap_or(w).to_ascii_lowercase())
            .filter(|w| !UP.iter().chain(DOWN).any(|c| w.starts_with(c)))
            .collect()
    };
    let clause = clause_before(scope, s);
    let head = stems(&mut clause.split_whitespace());
    // A name is a subject whatever its length: "Band D bills" and "Band D
    // charge".
    let names: Vec<&str> = clause
        .split_whitespace()
        .filter(|w| w.len() >= 3 && w.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    stems(&mut scope.sentence_words(to))
        .iter()
        .any(|w| head.contains(w))
        || scope.sentence_words(to).skip(1).any(|w| names.contains(&w))
}

/// The words of the headline's clause up to its change: "tax bills rise"
/// in "Council sets £48.6m budget as tax bills rise by 4.99%".
fn clause_before<'d>(scope: &Scope<'d>, s: usize) -> &'d str {
    let (Some(q), Some(p)) = (scope.q(s), scope.place(s)) else {
        return "";
    };
    let start = scope
        .layout
        .sentence_span(p.sentence, scope.text.len())
        .start;
    let head = scope.text.get(start..q.span.start).unwrap_or("");
    let clause = [
        " as ", " and ", " after ", " while ", " with ", " but ", ",", ":", ";",
    ]
    .iter()
    .filter_map(|b| head.rfind(b).map(|at| at + b.len()))
    .max()
    .unwrap_or(0);
    head.get(clause..).unwrap_or(head)
}

/// A headline states a change as a share ("rises 40%") or an amount ("to
/// rise by £59").
fn stated_kind(scope: &Scope, s: usize) -> bool {
    scope.q(s).is_some_and(|q| {
        matches!(
            q.kind,
            Kind::Percent | Kind::Fraction | Kind::PercentagePoints | Kind::Money | Kind::Count
        ) && q.range.is_none()
    })
}

/// Whether the headline's change can be of the pair: a share of any pair,
/// an amount of a pair of its own kind and unit.
fn fits_kind(scope: &Scope, s: usize, from: usize, to: usize) -> bool {
    let Some(q) = scope.q(s) else { return false };
    q.kind.is_share()
        || q.kind == Kind::PercentagePoints
        || scope.comparable(s, to) && scope.comparable(from, to)
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_headline_change_of_another_subject_is_not_the_lead_s() {
        let text = "Harrowgate council sets £48.6m budget as tax bills rise by 4.99%\n\nHarrowgate council has approved a £48.6m budget, up from £45.9m this year.";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_headline_change_is_checked_against_the_lead() {
        let wrong =
            "Knife crime rises 40% in Dunmere\n\nKnife crimes rose from 2,150 to 2,580 last year.";
        assert_eq!(rules(wrong), ["change-mismatch"]);
        let right =
            "Knife crime rises 20% in Dunmere\n\nKnife crimes rose from 2,150 to 2,580 last year.";
        assert!(rules(right).is_empty());
        // Two changes in the lead: which one the headline gives is unknown.
        let two =
            "Crime rises 40%\n\nThefts rose from 2,150 to 2,580 and assaults from 900 to 1,260.";
        assert!(rules(two).is_empty());
    }

    #[test]
    fn a_headline_figure_after_a_verb_s_particle_is_no_change() {
        let text = "Wardens pick up 214 strays as Pennock sees rise in abandoned pets\n\nThe wardens picked up 214 stray dogs in 2024, up from 160 the year before.\n";
        assert!(rules(text).is_empty());
        let change = text.replace("pick up 214 strays", "see strays up @");
        assert_eq!(rules(&change.replace('@', "45")), ["change-mismatch"]);
        assert!(rules(&change.replace('@', "54")).is_empty());
    }

    #[test]
    fn a_headline_amount_is_not_restated_by_a_lead_s_percent() {
        let text = "Band D bills to go up by CHANGE after vote\n\nCouncillors approved a 4.99 per cent rise in council tax.\n\nThe Band D charge will climb from £1,912 to £2,007.\n";
        assert_eq!(rules(&text.replace("CHANGE", "£59")), ["change-mismatch"]);
        assert!(rules(&text.replace("CHANGE", "£95")).is_empty());
    }
}
