//! `change-mismatch`: a stated change disagrees with its start and end.

use super::{Input, Rule, loose_rounding, loose_truncation, verdict};
use crate::claim::{Claim, Stated};
use crate::finding::{Finding, amount, number, range};
use crate::interval::Interval;
use crate::quantity::{Hedge, Kind, Quantity};

pub const RULE: Rule = Rule {
    id: "change-mismatch",
    summary: "a stated change (percent, multiple, difference, direction) disagrees with its start and end",
    docs: "## What it does
Checks a change against its start and end: \"from £210 to £315, a doubling\",
\"fell from 48 minutes to 36 minutes, a cut of a third\", \"rose to 3,150 from
2,250 ... an increase of 29%\", \"rose from 48 to 36\". The start may stand in
the sentence before when the two are dated apart (\"sold 6,400 in 2022. The
2023 total of 9,100 represents a rise of 30%\"), and a premium or discount is
the change from the price it is set against (\"an offer of 540p, a premium of
24% to the undisturbed price of 410p\"). A change named after its figures
(\"from £3.20 to £3.60. ... the 4% rise\"), a multiple with its figures in other
sentences (\"almost triples\" over \"3,400 parcels\" and \"Five years ago ... 1,850
parcels\"), and a change in a sentence of its own (\"Lamb sales dropped 40% on the
year\") between a figure of now and one dated earlier (\"Last year's sales of
400,000 lambs\") are read too, when exactly one such pair stands near. A
sentence that points back may set the figure before against an earlier one
(\"recorded 1,120 burglaries. That is 430 fewer than the 1,460 recorded a
year earlier\"; \"That compares with £163m the previous season, an increase
of 23%\").

## Why is this bad?
The commonest slip is a percentage worked out on the wrong base: the change
divided by the new value instead of the old one.

## Example
    The average response fell from 48 minutes to 36 minutes, a cut of a third.
(12 minutes off 48 is a quarter; a third is 12 divided by the new time.)

## How to fix
Recompute the change as (new - old) / old, or correct the figures.

## Tolerance
All figures are intervals. For percentages that change (\"from 41% to 48%\"),
a change in percentage points must say points (\"up 7 points\"): \"up 7%\"
is read as relative (17%), the slip of calling points per cent. Only of a
rate (interest, yield, inflation, tax, ...), whose changes copy gives either
way, is \"up 0.5%\" also read as points.
A change that fits only if round figures (\"506,000\") were rounded, or a
decimal percentage cut off rather than rounded (\"26.5%\" for 26.55%), is a
near miss (info), not an error.
Multiples in words (\"doubled\") allow 10% either side (12% before a ratio is
called wrong rather than loose); a hedged multiple is
a bound (\"more than doubled\" from 2 up, \"nearly tripled\" 2.4 to 3). A
multiple may name its base: \"£31m, more than doubling the £18m paid
before\". So may a difference set beside its figure: \"£410,000, £90,000 more
than the £320,000 budgeted\".",
    check: Some(check),
};

fn check(input: &Input, claim: &Claim) -> Option<Finding> {
    let Claim::Change { from, to, stated } = claim else {
        return None;
    };
    let (a, b) = (input.q(*from)?, input.q(*to)?);
    let related = vec![input.label(*from)?, input.label(*to)?];
    let (primary, severity, message, explanation) = match stated {
        Stated::Quantity(s) => {
            let sq = input.q(*s)?;
            let written = [input.text_of(*from), input.text_of(*to), input.text_of(*s)];
            let written = [&*written[0], &*written[1], &*written[2]];
            let (sev, expl) = stated_quantity(a, b, sq, written, of_a_rate(input, a, b, sq))?;
            (
                sq.span,
                sev,
                format!(
                    "{} does not match the change from {} to {}",
                    input.text_of(*s),
                    input.text_of(*from),
                    input.text_of(*to)
                ),
                expl,
            )
        }
        Stated::Factor {
            factor,
            span,
            word,
            hedge,
        } => {
            let ratio = b.interval.div(a.interval)?;
            let loose_ratio = b.loose.div(a.loose)?;
            // A bare multiple is said of a ratio near it: "tripled" of 2.4
            // times, "doubling" of 1.75, is a slip even read loosely; a
            // hedged one is looser.
            let loose_slack = if hedge.is_none() { 0.12 } else { 0.2 };
            let (want, loose_want) = (
                factor_allows(*factor, *hedge, 0.1),
                factor_allows(*factor, *hedge, loose_slack),
            );
            let sev = verdict(ratio.overlaps(want), loose_ratio.overlaps(loose_want))?;
            let expl = match hedge {
                None => format!(
                    "{} / {} = {}, not the {} that \"{word}\" says",
                    number(b.point()),
                    number(a.point()),
                    number(b.point() / a.point()),
                    number(*factor)
                ),
                Some(h) => format!(
                    "{} / {} = {}, but \"{}{word}\" allows {}",
                    number(b.point()),
                    number(a.point()),
                    number(b.point() / a.point()),
                    hedge_words(*h),
                    range(want.low, want.high, "")
                ),
            };
            (
                *span,
                sev,
                format!(
                    "\"{word}\" does not match the change from {} to {}",
                    input.text_of(*from),
                    input.text_of(*to)
                ),
                expl,
            )
        }
        Stated::Direction { up, span, word } => {
            // "Against the euro it slipped to 12.35 from 11.90": a rate
            // quoted per unit of the other currency falls as its figure rises.
            if quoted_against_a_currency(input, a, b) {
                return None;
            }
            let diff = b.interval.sub(a.interval);
            let wrong = if *up { diff.high < 0.0 } else { diff.low > 0.0 };
            if !wrong {
                return None;
            }
            let way = if *up { "a fall" } else { "a rise" };
            let expl = format!(
                "{} to {} is {way}",
                amount(a.point(), a.unit),
                amount(b.point(), b.unit)
            );
            (
                *span,
                crate::finding::Severity::Error,
                format!("\"{word}\" but the figures show {way}"),
                expl,
            )
        }
    };
    Some(Finding {
        rule: RULE.id,
        severity,
        primary,
        related,
        message,
        explanation,
    })
}

/// Whether the sentence around a pair quotes an exchange rate ("against
/// the euro", "against sterling"), whose direction depends on the quote.
fn quoted_against_a_currency(input: &Input, a: &Quantity, b: &Quantity) -> bool {
    let (start, end) = (a.span.start.min(b.span.start), a.span.end.max(b.span.end));
    let mut from = start.saturating_sub(80);
    while !input.text.is_char_boundary(from) {
        from -= 1;
    }
    let near = input.text.get(from..end).unwrap_or("").to_ascii_lowercase();
    [
        "against the euro",
        "against the dollar",
        "against the pound",
        "against the yen",
        "against the franc",
        "against sterling",
    ]
    .iter()
    .any(|q| near.contains(q))
}

/// The words of a hedge before a multiple, as a message quotes them.
fn hedge_words(h: Hedge) -> &'static str {
    match h {
        Hedge::About => "about ",
        Hedge::Nearly => "nearly ",
        Hedge::JustOver => "just over ",
        Hedge::MoreThan => "more than ",
        Hedge::AtLeast => "at least ",
        Hedge::LessThan => "less than ",
        Hedge::AtMost => "at most ",
    }
}

/// The ratios a multiple allows, `slack` either side (0.1 strictly, 0.2
/// loosely): "doubled" 1.8-2.2; a bound is exact on its own side strictly
/// (5% over it loosely),
/// so "more than doubled" is from 2 up and "nearly tripled" from 2.4 to 3;
/// "about" allows 15% either side.
fn factor_allows(factor: f64, hedge: Option<Hedge>, slack: f64) -> Interval {
    // "more than halved" is more than a halving: a ratio below a half. A
    // shrinking multiple is read as its growing inverse, then turned back.
    if factor > 0.0 && factor < 1.0 {
        let grown = factor_allows(1.0 / factor, hedge, slack);
        let low = if grown.high.is_finite() {
            1.0 / grown.high
        } else {
            0.0
        };
        return Interval::new(low, 1.0 / grown.low);
    }
    let (low, high) = (factor * (1.0 - slack), factor * (1.0 + slack));
    let edge = (slack - 0.1) / 2.0;
    match hedge {
        Some(Hedge::MoreThan | Hedge::AtLeast) => {
            Interval::new(factor * (1.0 - edge), f64::INFINITY)
        }
        Some(Hedge::LessThan | Hedge::AtMost) => Interval::new(0.0, factor * (1.0 + edge)),
        // "A little below": a fifth below strictly, a quarter loosely.
        Some(Hedge::Nearly) => Interval::new(factor * (0.85 - slack / 2.0), factor * (1.0 + edge)),
        Some(Hedge::JustOver) => {
            Interval::new(factor * (1.0 - edge), factor * (1.15 + slack / 2.0))
        }
        Some(Hedge::About) => Interval::new(factor * (0.95 - slack), factor * (1.05 + slack)),
        None => Interval::new(low, high),
    }
}

/// Words that name a rate, whose changes copy gives in points as often as
/// in per cent ("the base rate rose 0.5%", "yields fell 0.2 pct").
const RATES: &[&str] = &[
    "rate",
    "rates",
    "yield",
    "yields",
    "interest",
    "inflation",
    "unemployment",
    "jobless",
    "prime",
    "discount",
    "mortgage",
    "coupon",
    "pct",
    "tax",
    "vat",
    "libor",
    "bond",
    "bonds",
];

/// Whether the sentence around a change names a rate.
fn of_a_rate(input: &Input, a: &Quantity, b: &Quantity, s: &Quantity) -> bool {
    let first = a.span.start.min(b.span.start).min(s.span.start);
    let last = a.span.end.max(b.span.end).max(s.span.end);
    // The sentence's start, looked for only in the 150 bytes before.
    let from = first.saturating_sub(150);
    let start = input
        .text
        .get(from..first)
        .and_then(|t| t.rfind(['.', '\n']))
        .map_or(from, |p| from + p);
    let words: Vec<&str> =
        crate::words::ascii_words(input.text, start, last, |c| c.is_ascii_alphabetic()).collect();
    let is_rate = |w: &&str| RATES.iter().any(|r| w.eq_ignore_ascii_case(r));
    // "mortgage customers", "discount stores": a rate word that modifies a
    // plural of another thing names those things, not a rate.
    words.iter().enumerate().any(|(k, w)| {
        is_rate(w)
            && !words.get(k + 1).is_some_and(|next| {
                next.len() > 3 && next.ends_with('s') && !next.ends_with("ss") && !is_rate(next)
            })
    })
}

/// Checks a stated percentage, fraction, points or amount against a → b.
fn stated_quantity(
    a: &Quantity,
    b: &Quantity,
    s: &Quantity,
    [a_text, b_text, text]: [&str; 3],
    of_a_rate: bool,
) -> Option<(crate::finding::Severity, String)> {
    // The size of the change: its direction is the direction rule's business.
    let diff = b.interval.sub(a.interval).abs();
    // Loosely, round figures may be rounded: "up 25% to 506,000 from 403,000".
    let (a_loose, b_loose) = (loose_rounding(a, a_text), loose_rounding(b, b_text));
    let loose_diff = b_loose.sub(a_loose).abs();
    let rel = b
        .interval
        .sub(a.interval)
        .div(a.interval)?
        .scale(100.0)
        .abs();
    let loose_rel = b_loose.sub(a_loose).div(a_loose)?.scale(100.0).abs();
    // "cut its rate 0.5 pct to 7.5 pct": of rates, a change in per cent
    // is read as points too; of other shares ("fell from 64% to 52%, a
    // fall of 12 per cent") it is the slip of calling points per cent.
    let points_ok = |x: Interval| {
        a.kind == Kind::Percent
            && b.kind == Kind::Percent
            && x.overlaps(s.interval)
            && (of_a_rate || s.kind != Kind::Percent)
    };
    // A relative change in decimals may be cut off rather than rounded
    // ("26.5%" for 26.55%); a difference in points is read off the figures.
    let s_loose = loose_truncation(s);
    let (strict, loose, actual) = match s.kind {
        Kind::Percent => (
            rel.overlaps(s.interval) || points_ok(diff),
            loose_rel.overlaps(s_loose) || points_ok(loose_diff),
            format!("{}%", number(rel.mid())),
        ),
        Kind::PercentagePoints => (
            diff.overlaps(s.interval),
            loose_diff.overlaps(s.loose),
            format!("{} points", number(diff.mid())),
        ),
        Kind::Fraction => (
            rel.scale(0.01).overlaps(s.interval),
            loose_rel.scale(0.01).overlaps(s.loose),
            format!("{}%", number(rel.mid())),
        ),
        // An amount is its own measure: no second figure in brackets.
        _ => (
            diff.overlaps(s.interval),
            loose_diff.overlaps(s.loose),
            String::new(),
        ),
    };
    // "from £240m to £300m, an increase of 20%": a figure that rounding
    // could just explain but that is exactly the change over the new value
    // is the commonest slip, not rounding.
    let over_new = diff.div(b.interval).map(|r| r.scale(100.0));
    let wrong_base = match s.kind {
        Kind::Percent => over_new.is_some_and(|r| r.overlaps(s.interval)),
        Kind::Fraction => over_new.is_some_and(|r| r.scale(0.01).overlaps(s.interval)),
        _ => false,
    };
    let severity = verdict(strict, loose && !wrong_base)?;
    let allowed = match s.kind {
        Kind::Fraction => range(s.interval.low * 100.0, s.interval.high * 100.0, "%"),
        Kind::Percent => range(s.interval.low, s.interval.high, "%"),
        _ => range(s.interval.low, s.interval.high, ""),
    };
    Some((
        severity,
        format!(
            "{} to {} is a change of {}{}, but \"{text}\" allows {allowed}",
            amount(a.point(), a.unit),
            amount(b.point(), b.unit),
            amount((b.point() - a.point()).abs(), b.unit),
            if actual.is_empty() {
                actual
            } else {
                format!(" ({actual})")
            }
        ),
    ))
}
