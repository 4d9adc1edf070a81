//! Conversions written in the text: "212 metres (696 feet)", "-27C (-17F)",
//! "12 kilometres per second, or roughly 27,000mph".

use super::{Claim, Scope};
use crate::quantity::Kind;
use crate::quantity::units::Dimension;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for a in 0..scope.quantities.len().saturating_sub(1) {
        let b = a + 1;
        let (Some(x), Some(y)) = (scope.q(a), scope.q(b)) else {
            continue;
        };
        let (Some(ux), Some(uy)) = (x.unit, y.unit) else {
            continue;
        };
        if x.kind == Kind::Money && y.kind == Kind::Money && ux.name != uy.name {
            at_rate(scope, a, b, claims);
            continue;
        }
        let convertible =
            x.kind == Kind::Measure && y.kind == Kind::Measure && ux.dimension == uy.dimension;
        if !convertible
            || ux.name == uy.name
            || ux.dimension == Dimension::Currency
            || x.range.is_some() != y.range.is_some()
        {
            continue;
        }
        let between = scope.between(a, b).trim();
        let after = scope.text.get(y.span.end..).unwrap_or("").trim_start();
        // "212 metres (696 feet)", or with the noun between: "the 42km
        // route (26 miles)", "a 45,000 square metre hub at Caddick Cross
        // (148,000 sq ft)": words only, no figure, no clause break.
        let noun_then_bracket = between.strip_suffix('(').is_some_and(|head| {
            let words: Vec<&str> = head.split_whitespace().collect();
            (1..=6).contains(&words.len())
                && words
                    .iter()
                    .all(|w| w.bytes().all(|c| c.is_ascii_alphabetic() || c == b'-'))
                && !words
                    .iter()
                    .any(|w| matches!(*w, "and" | "or" | "but" | "while" | "than"))
        });
        let bracketed = (between == "(" || noun_then_bracket) && after.starts_with(')');
        let or_joined = matches!(
            between,
            "or" | ", or" | "=" | "/" | "(or" | ", or about" | "equivalent to" | ", equivalent to"
        );
        // "210,000 square metres of carriageway, about 690,000 square
        // feet, in four phases": a hedged figure set off in apposition.
        let apposed = between.strip_suffix(',').is_some_and(|head| {
            let words: Vec<&str> = head.split_whitespace().collect();
            words.len() <= 4
                && words
                    .iter()
                    .all(|w| w.bytes().all(|c| c.is_ascii_alphabetic()))
                && !words
                    .iter()
                    .any(|w| matches!(*w, "and" | "or" | "but" | "while" | "than"))
        }) && y.hedge == Some(crate::quantity::Hedge::About)
            // "250 square metres each, about 820 sq ft apiece, with".
            && ["apiece", "each"]
                .iter()
                .find_map(|w| after.strip_prefix(w))
                .unwrap_or(after)
                .starts_with([',', '.', ';']);
        if !(bracketed || or_joined || apposed) {
            continue;
        }
        // "570 tonnes, or roughly 2.3kg per household each week": the
        // amount shared out, not converted.
        if or_joined && (after.starts_with("per ") || after.starts_with("each ")) {
            continue;
        }
        let difference = ux.dimension == Dimension::Temperature && difference(scope, a, b);
        // "fell from 27mph to 22mph, or about 43km/h to 35km/h": two pairs
        // side by side convert first to first and last to last.
        let joined_by_to =
            |m: usize, n: usize| scope.between(m, n).trim() == "to" && scope.comparable(m, n);
        let parallel = a
            .checked_sub(1)
            .is_some_and(|before| joined_by_to(before, a) && joined_by_to(b, b + 1));
        let pairs = match (parallel, a.checked_sub(1)) {
            (true, Some(before)) => vec![(before, b), (a, b + 1)],
            _ => vec![(a, b)],
        };
        for (from, to) in pairs {
            claims.push(Claim::Conversion {
                from,
                to,
                difference,
            });
        }
    }
}

/// Whether a temperature and its conversion state a difference: "risen by
/// 1.6C", "a rise of 2C (3.6F)", "2C (3.6F) warmer than", "up 3C".
fn difference(scope: &Scope, a: usize, b: usize) -> bool {
    let (Some(ap), Some(bp)) = (scope.place(a), scope.place(b)) else {
        return false;
    };
    let before = ap.prev_is(&["by", "up", "down", "another", "extra", "further"])
        || ap.prev_is(&["of"])
            && ap.before_has(
                3,
                &[
                    "rise",
                    "increase",
                    "fall",
                    "drop",
                    "change",
                    "difference",
                    "gap",
                    "warming",
                    "cooling",
                ],
            );
    let after = bp.after_has(
        2,
        &[
            "warmer", "cooler", "colder", "hotter", "higher", "lower", "above", "below", "more",
            "less",
        ],
    );
    // "16C (61F), well below the 28C of a pool": past a comma the
    // comparison is another clause about the level, not its size.
    let clause_after = scope.q(b).is_some_and(|q| {
        scope
            .text
            .get(q.span.end..)
            .unwrap_or("")
            .trim_start_matches([')', ' '])
            .starts_with(',')
    });
    before || after && !clause_after
}

/// Whether two sums are one amount written in two currencies: in brackets,
/// or "equivalent to".
fn restated(scope: &Scope, a: usize, b: usize) -> bool {
    let between = scope.between(a, b).trim();
    let bracket = between == "(" || between.ends_with(" (");
    bracket
        || matches!(
            between,
            "or" | ", or" | "equivalent to" | ", equivalent to" | ","
        )
}

/// "€42m (about $38.5m at $1.09 to the euro)", "€12.4 million, about 59
/// million crowns at the rate of 7.45 crowns to the euro", "(138m kronor at
/// the same rate)": a sum restated in another currency at a rate the text
/// gives, beside it or earlier.
fn at_rate(scope: &Scope, a: usize, b: usize, claims: &mut Vec<Claim>) {
    if !restated(scope, a, b) || !scope.in_one_sentence(a, b) {
        return;
    }
    let Some(bq) = scope.q(b) else { return };
    let after = scope.text.get(bq.span.end..).unwrap_or("");
    let after = after
        .get(..after.len().min(40))
        .unwrap_or(after)
        .to_ascii_lowercase();
    let rate = if after.trim_start().starts_with("at the same rate") {
        (0..a).rev().find(|&r| rate_per(scope, r).is_some())
    } else {
        Some(b + 1).filter(|&r| {
            let gap = scope.between(b, r).trim();
            matches!(
                gap,
                "at" | "at the rate of" | "at a rate of" | "at an exchange rate of"
            )
        })
    };
    let (Some(rate), Some(aq)) = (rate, scope.q(a)) else {
        return;
    };
    let Some(per) = rate_per(scope, rate) else {
        return;
    };
    let (Some(ua), Some(ub), Some(ur)) = (aq.unit, bq.unit, scope.q(rate).and_then(|q| q.unit))
    else {
        return;
    };
    // The rate names both currencies of the pair: so many of one per one of the other.
    let names =
        |x: &str, y: &str| (ur.name == x && per.name == y) || (ur.name == y && per.name == x);
    if names(ua.name, ub.name) {
        claims.push(Claim::ConversionAtRate {
            from: a,
            to: b,
            rate,
            per,
        });
    }
}

/// "$1.09 to the euro", "11.5 kronor to the euro", "€1.18 to the pound":
/// the currency one of which the rate is.
fn rate_per(scope: &Scope, r: usize) -> Option<&'static crate::quantity::units::Unit> {
    let q = scope.q(r)?;
    if q.kind != Kind::Money {
        return None;
    }
    let after = scope.text.get(q.span.end..)?.trim_start();
    let rest = after
        .strip_prefix("to the ")
        .or_else(|| after.strip_prefix("to one "))
        .or_else(|| after.strip_prefix("per "))?;
    let word = rest.split(|c: char| !c.is_ascii_alphabetic()).next()?;
    crate::quantity::units::currency_word(&word.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_weight_in_stones_and_pounds_converts_as_one() {
        let text = "Race\n\nThe winner carried 11st 4lb (72kg) over 3 miles 2 furlongs (about 5,230 metres).\n";
        assert!(rules(text).is_empty());
        assert_eq!(
            rules(&text.replace("72kg", "62kg")),
            ["conversion-mismatch"]
        );
    }

    #[test]
    fn an_amount_shared_out_is_no_conversion() {
        let text =
            "Waste\n\nCrews collected 570 tonnes, or roughly 2.3kg per household each week.\n";
        assert!(rules(text).is_empty());
        let speed = "Orbit\n\nIt travels at 12 kilometres per second, or roughly 27,000mph.\n";
        assert!(rules(speed).is_empty());
        assert_eq!(
            rules(&speed.replace("27,000", "37,000")),
            ["conversion-mismatch"]
        );
    }

    #[test]
    fn a_gallon_or_a_pint_may_be_us_or_imperial() {
        let text = "Tank\n\nThe tank holds roughly 50 litres (N gallons).\n";
        // 13.2 US gallons, 11 imperial ones.
        assert!(rules(&text.replace('N', "11")).is_empty());
        assert!(rules(&text.replace('N', "13")).is_empty());
        assert_eq!(rules(&text.replace('N', "18")), ["conversion-mismatch"]);
        let pint = "Beer\n\nA glass of 500ml (N pints).\n";
        assert!(rules(&pint.replace('N', "0.9")).is_empty());
        assert!(rules(&pint.replace('N', "1.1")).is_empty());
        assert_eq!(rules(&pint.replace('N', "1.5")), ["conversion-mismatch"]);
    }

    #[test]
    fn a_temperature_difference_converts_without_the_offset() {
        for text in [
            "Summers have warmed by 1.6C, equivalent to 2.9F, since the 1970s.",
            "A rise of 2C (3.6F) would flood the delta.",
            "The lake was 3C (5.4F) warmer than last year.",
        ] {
            assert!(rules(&format!("Heat\n\n{text}\n")).is_empty(), "{text}");
        }
        assert_eq!(
            rules("Heat\n\nSummers have warmed by 1.6C (34.9F).\n"),
            ["conversion-mismatch"]
        );
        assert_eq!(
            rules("Heat\n\nIt was 2C (3.6F) at noon.\n"),
            ["conversion-mismatch"]
        );
        // A level set against another past a comma: no difference.
        let pool = "Swim\n\nThe water was 16C (N), well below the 28C of a pool.\n";
        assert!(rules(&pool.replace('N', "61F")).is_empty());
        assert_eq!(rules(&pool.replace('N', "29F")), ["conversion-mismatch"]);
    }

    #[test]
    fn two_pairs_side_by_side_convert_first_to_first() {
        use crate::claim::testing::rules;
        let text = "Speeds\n\nAverage speeds fell from 27mph to 22mph, or about 43km/h to N.\n";
        assert!(rules(&text.replace('N', "35km/h")).is_empty());
        assert_eq!(rules(&text.replace('N', "25km/h")), ["conversion-mismatch"]);
    }

    #[test]
    fn a_hedged_measure_in_apposition_converts_the_one_before() {
        let text = "Roads\n\nThe work will relay 210,000 square metres of carriageway, about @ square feet, in four phases.\n";
        let fired = |t: &str| crate::claim::testing::rules(t);
        assert!(fired(&text.replace('@', "2.26 million")).is_empty());
        assert_eq!(
            fired(&text.replace('@', "690,000")),
            ["conversion-mismatch"]
        );
        // Not hedged, a second figure in apposition may be another area.
        let other = text.replace("about @", "690,000");
        assert!(fired(&other).is_empty());
    }

    #[test]
    fn a_converted_figure_under_a_hundred_may_be_rounded_to_five() {
        let text = "Storm\n\nThe storm weakened, with winds of 95km/h (@) as it moved inland.\n";
        let errors = |t: &str| {
            let doc = crate::Document::new(
                t,
                crate::segment::Syntax::Plain,
                &crate::interval::Tolerances::default(),
            );
            let (_, findings) = doc.check(&Default::default());
            findings
                .iter()
                .filter(|f| f.severity == crate::finding::Severity::Error)
                .count()
        };
        // Only noted: 95km/h is 59mph.
        assert_eq!(errors(&text.replace('@', "60mph")), 0);
        assert_eq!(rules(&text.replace('@', "60mph")), ["conversion-mismatch"]);
        assert_eq!(errors(&text.replace('@', "70mph")), 1);
    }

    #[test]
    fn a_size_of_each_converted_in_apposition() {
        let text = "Plots\n\nThe site will hold 120 plots of 250 square metres each, about @ sq ft apiece, with the rest given over to paths.\n";
        assert_eq!(rules(&text.replace('@', "820")), ["conversion-mismatch"]);
        assert!(rules(&text.replace('@', "2,690")).is_empty());
    }
}
