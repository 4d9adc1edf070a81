//! A figure that beats another by a margin: "612 finishers, beating the
//! previous record of 450 ... by about a quarter"; "raised £2.34m, beating
//! its £1.95m target by £390,000".
//!
//! The verb of beating stands between the two like figures, the one it
//! beats named definitely ("the previous record of", "its"), and the
//! margin follows "by" straight after it. The margin is the change from
//! the figure beaten to the one that beats it.

use super::context::is_any;
use super::{Claim, Scope, Stated};
use crate::quantity::Kind;

/// Verbs that set a figure above another by a margin.
const BEATING: &[&str] = &[
    "beating",
    "beat",
    "beats",
    "topping",
    "topped",
    "tops",
    "surpassing",
    "surpassed",
    "exceeding",
    "exceeded",
    "exceeds",
    "outstripping",
    "outstripped",
    "eclipsing",
    "eclipsed",
    "bettering",
    "bettered",
];

/// The most words from the verb to the figure beaten: a determiner and
/// the words that name it ("the previous record of").
const NAMING_WORDS: usize = 5;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for margin in 2..scope.quantities.len() {
        let (Some(mq), Some(mp)) = (scope.q(margin), scope.place(margin)) else {
            continue;
        };
        let beaten = margin - 1;
        let Some(bq) = scope.q(beaten) else { continue };
        if !mp.prev_is(&["by"]) || mq.range.is_some() || !scope.in_one_sentence(beaten, margin) {
            continue;
        }
        // The one like figure before the one beaten, in its sentence.
        let Some(beats) = (0..beaten).rev().find(|&j| {
            super::factor_change::like(scope, j, beaten)
                && scope.q(j).is_some_and(|q| q.range.is_none())
        }) else {
            continue;
        };
        // "612 finishers, up from 380 last year, beating": a start is not
        // what beats; "41,000 on Saturday and 38,000 on Sunday" neither is
        // one item of a sum.
        let a_start = scope
            .place(beats)
            .is_some_and(|p| p.prev_is(&["from", "than", "against", "on"]));
        // "41%, beating the Tories' 33% by 8%": a margin between shares
        // in per cent is commonly points; only points are read.
        let measures = if bq.kind == Kind::Percent {
            mq.kind == Kind::PercentagePoints
        } else {
            matches!(mq.kind, Kind::Percent | Kind::Fraction) || scope.comparable(margin, beaten)
        };
        if !measures
            || a_start
            || bq.hedge.is_some()
            || super::difference_than::listed(scope, beats)
            || !scope.in_one_sentence(beats, beaten)
            || !names_the_beaten(scope.between(beats, beaten))
            || !clause_goes_on(scope.between(beaten, margin), bq.noun.as_deref())
            || super::difference_than::already_read(claims, beats, margin)
        {
            continue;
        }
        claims.push(Claim::Change {
            from: beaten,
            to: beats,
            stated: Stated::Quantity(margin),
        });
    }
}

/// "finishers, beating the previous record of": a verb of beating, then
/// the figure beaten named definitely within a few words.
fn names_the_beaten(gap: &str) -> bool {
    let words: Vec<&str> = gap
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .collect();
    let Some(verb) = words.iter().rposition(|w| is_any(w, BEATING)) else {
        return false;
    };
    let naming = words.get(verb + 1..).unwrap_or_default();
    let definite = naming.first().is_some_and(|w| {
        is_any(w, &["the", "its", "their", "his", "her", "our"]) || w.ends_with("'s")
    });
    definite && naming.len() <= NAMING_WORDS
}

/// "450 by", "£1.95m target by", "450, set last New Year's Day, by": the
/// margin ends the clause that names the figure beaten, past its noun or an
/// aside set off by commas ("450 set by 320 volunteers" is a passive's
/// agent).
fn clause_goes_on(gap: &str, noun: Option<&str>) -> bool {
    let gap = gap.trim();
    let its_noun = gap.strip_suffix(" by").is_some_and(|head| {
        noun.is_some_and(|n| head.to_ascii_lowercase().starts_with(n))
            && head.split_whitespace().count() == 1
    });
    !gap.contains([';', '.', ':'])
        && gap.split_whitespace().count() <= 8
        && (gap == "by" || its_noun || gap.starts_with(',') && gap.ends_with(", by"))
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_margin_a_figure_beats_another_by_is_the_change_from_it() {
        let text = "Parkrun\n\nThe run drew 612 finishers, beating the previous record of 450, set on New Year's Day, by about MARGIN.\n";
        assert_eq!(
            rules(&text.replace("MARGIN", "a quarter")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace("MARGIN", "a third")).is_empty());
        let money = "Appeal\n\nThe appeal has raised £2.34m in 18 months, beating its £1.95m target by MARGIN.\n";
        assert!(rules(&money.replace("MARGIN", "£390,000")).is_empty());
        assert_eq!(
            rules(&money.replace("MARGIN", "£930,000")),
            ["change-mismatch"]
        );
    }

    #[test]
    fn a_margin_is_read_only_between_the_figures_it_joins() {
        // "set by 320 volunteers" names who set it; a margin past a full
        // stop is another sentence's.
        let agent = "Parkrun\n\nThe run drew 612 finishers, beating the record of 450 set by 320 runners.\n";
        assert!(rules(agent).is_empty());
        // A start, or one item of a sum, does not beat the record.
        let start = "Parkrun\n\nThe run drew 612 finishers, up from 380 last year, beating the previous record of 450 by 162.\n";
        assert!(rules(start).is_empty());
        let item = "Festival\n\nThe festival drew 41,000 visitors on Saturday and 38,000 on Sunday, beating the previous record of 70,000 by 9,000.\n";
        assert!(rules(item).is_empty());
        // A margin between shares in per cent may mean points; in points
        // it is read.
        let shares = "Poll\n\nLabour took 41%, beating the Tories' 33% by 8%.\n";
        assert!(rules(shares).is_empty());
        let points = shares.replace("8%", "six percentage points");
        assert_eq!(rules(&points), ["change-mismatch"]);
        let far = "Parkrun\n\nThe run drew 612 finishers, beating the record of 450. Entries grew by a quarter.\n";
        assert!(rules(far).is_empty());
    }
}
