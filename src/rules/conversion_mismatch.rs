//! `conversion-mismatch`: a unit conversion written in the text is wrong to
//! its written precision.

use super::{Input, Rule, loose_rounding, verdict};
use crate::claim::Claim;
use crate::finding::{Finding, amount, number, range};
use crate::interval::Interval;
use crate::quantity::units::Unit;
use crate::quantity::units::plural;

pub const RULE: Rule = Rule {
    id: "conversion-mismatch",
    summary: "a unit conversion written in the text is wrong to its written precision",
    docs: "## What it does
Checks conversions written beside a figure, in brackets or after \"or\":
\"212 metres (696 feet)\", \"minus 27C (-17F)\", \"31 hectares (77 acres)\",
\"12 kilometres per second, or roughly 27,000mph\". Lengths, areas, volumes,
masses, speeds and temperatures (affine) are known; a temperature stated as
a difference (\"risen by 1.6C (2.9F)\", \"2C (3.6F) warmer\") converts
without the offset.

## Why is this bad?
Conversions are done by hand under deadline: a linear factor used for an
area, a Celsius temperature converted without the ×1.8 step, feet and metres
swapped.

## Example
    The tower is 212 metres (520 feet) tall.
(212 metres is about 696 feet.)

## How to fix
Recompute the conversion from the original figure.

## Tolerance
A conversion is right when it is right to the precision it is written with:
each figure carries half a unit of its last digit, trailing zeros may be
rounding (\"2,000km\" is 1,500-2,500), a multiple of five under a hundred
may be rounded to the nearest five (\"95km/h (60mph)\" is only noted), and
hedges widen both. A gallon or a
pint may be US or imperial: either reading that fits is accepted.",
    check: Some(check),
};

fn convert(i: Interval, from: &Unit, to: &Unit, difference: bool) -> Interval {
    Interval::new(
        from.convert(i.low, to, difference),
        from.convert(i.high, to, difference),
    )
}

fn check(input: &Input, claim: &Claim) -> Option<Finding> {
    if let Claim::ConversionAtRate {
        from,
        to,
        rate,
        per,
    } = *claim
    {
        return at_rate(input, from, to, rate, per);
    }
    let Claim::Conversion {
        from,
        to,
        difference,
    } = *claim
    else {
        return None;
    };
    let (a, b) = (as_written(input.q(from)?), as_written(input.q(to)?));
    let (a, b) = (&a, &b);
    let (ua, ub) = (a.unit?, b.unit?);
    // Strictly, each figure is right to half a unit of its last written digit.
    let digit = |q: &crate::quantity::Quantity| q.interval.add(Interval::around(0.0, q.step / 2.0));
    // Loosely, round figures may be rounded further; never less than strictly.
    let loose_of = |q: &crate::quantity::Quantity, written: &str| {
        let (l, d) = (loose_rounding(q, written), digit(q));
        Interval::new(l.low.min(d.low), l.high.max(d.high))
    };
    let allowed = {
        let (l, f) = (
            loose_of(b, &input.text_of(to)),
            to_five(b, &input.text_of(to)),
        );
        Interval::new(l.low.min(f.low), l.high.max(f.high))
    };
    // "roughly 50 litres (11 gallons)": a gallon or a pint may be US or
    // imperial; the reading that fits best is the one meant.
    let severity = ua
        .readings()
        .iter()
        .flat_map(|&ra| ub.readings().map(move |rb| (ra, rb)))
        .map(|(ra, rb)| {
            let strict = convert(digit(a), ra, rb, difference).overlaps(digit(b));
            let loose =
                convert(loose_of(a, &input.text_of(from)), ra, rb, difference).overlaps(allowed);
            verdict(strict, loose)
        })
        .min()
        .flatten()?;
    let exact = ua.convert(a.point(), ub, difference);
    Some(Finding {
        rule: RULE.id,
        severity,
        primary: b.span,
        related: vec![input.label(from)?],
        message: format!("{} is not {}", input.text_of(from), input.text_of(to)),
        explanation: format!(
            "{} {} = {} {}, and \"{}\" allows {}",
            number(a.point()),
            plural(ua.name),
            number(exact),
            plural(ub.name),
            input.text_of(to),
            range(allowed.low, allowed.high, "")
        ),
    })
}

/// "95km/h (60mph)", "45km (30 miles)": a converted figure under a hundred
/// written as a multiple of five is often rounded to the nearest five.
fn to_five(q: &crate::quantity::Quantity, written: &str) -> Interval {
    match q.value {
        Some(v)
            if (10.0..100.0).contains(&v)
                && v % 5.0 == 0.0
                && q.step >= 1.0
                && !written.contains('.') =>
        {
            Interval::new(q.loose.low - 2.5, q.loose.high + 2.5)
        }
        _ => q.loose,
    }
}

/// "up to 125mph (160km/h)": a bound is said of both figures, and the
/// conversion restates the figure as written.
fn as_written(q: &crate::quantity::Quantity) -> crate::quantity::Quantity {
    use crate::quantity::Hedge::{AtLeast, AtMost, LessThan, MoreThan};
    let mut q = q.clone();
    if matches!(q.hedge, Some(AtLeast | AtMost | LessThan | MoreThan)) {
        q.interval = Interval::around(q.point(), q.step / 2.0);
        q.loose = q.interval;
    }
    q
}

/// A sum restated in another currency at a stated rate: so many of the
/// rate's currency per one of `per`.
fn at_rate(
    input: &Input,
    from: usize,
    to: usize,
    rate: usize,
    per: &crate::quantity::units::Unit,
) -> Option<Finding> {
    let (a, b, r) = (input.q(from)?, input.q(to)?, input.q(rate)?);
    let ua = a.unit?;
    // "€42m at $1.09 to the euro": euros times the rate; "€600,000 at
    // €1.18 to the pound": euros divided by it.
    let forward = ua.name == per.name;
    let apply = |x: Interval, k: Interval| if forward { Some(x.mul(k)) } else { x.div(k) };
    let strict = apply(a.interval, r.interval)?.overlaps(b.interval);
    let loose = apply(a.loose, r.loose)?.overlaps(b.loose);
    let severity = verdict(strict, loose)?;
    let exact = if forward {
        a.point() * r.point()
    } else {
        a.point() / r.point()
    };
    Some(Finding {
        rule: RULE.id,
        severity,
        primary: b.span,
        related: vec![input.label(from)?, input.label(rate)?],
        message: format!(
            "{} is not {} at {}",
            input.text_of(from),
            input.text_of(to),
            input.text_of(rate)
        ),
        explanation: format!(
            "{} {} {} = {}, and \"{}\" allows {}",
            amount(a.point(), a.unit),
            if forward { "×" } else { "÷" },
            number(r.point()),
            amount(exact, b.unit),
            input.text_of(to),
            amount_range(b)
        ),
    })
}

/// The interval a sum of money allows, in its currency.
fn amount_range(q: &crate::quantity::Quantity) -> String {
    let (low, high) = (
        amount(q.interval.low, q.unit),
        amount(q.interval.high, q.unit),
    );
    if low == high {
        low
    } else {
        format!("{low}–{high}")
    }
}
