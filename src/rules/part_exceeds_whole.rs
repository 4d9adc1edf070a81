//! `part-exceeds-whole`: a part is larger than the whole it belongs to.

use super::{Input, Rule, verdict};
use crate::claim::Claim;
use crate::finding::{Finding, amount};

pub const RULE: Rule = Rule {
    id: "part-exceeds-whole",
    summary: "a part is larger than the whole it belongs to",
    docs: "## What it does
Finds a part stated larger than the whole it is part of: \"27 of the 22
adults\", \"Of the escaped salmon, about 71,000\" after \"about 54,000 salmon
escaped\", or an amount larger than a figure given \"in total\". Also the
figure a pronoun or a relative points back to (\"9,400 passes were sold,
11,200 of them to visitors\", \"610 patients ..., of whom 740\", \"Among
those, 2,030 families\"), \"its staff\" after \"with 49 employees\", a place
\"alone\" in a list under a larger one, and a table row \"of which ...\" under
the row it divides.

## Why is this bad?
A part cannot exceed its whole. The usual cause is a stale figure left after
an update, or a subgroup confused with the group. An item of a breakdown
larger than the total is reported here rather than as a sum.

## Example
    Twenty-two of the adults have found paid work. Of those in work, 27 have
    full-time contracts.

## How to fix
Check both figures against the source; one of them is wrong or describes
something else.

## Tolerance
Both figures are read as intervals (hedges and rounding): the rule fires only
when the smallest reading of the part exceeds the largest reading of the
whole. It is an error when the part as stated exceeds every reading of the
whole (\"about 150 of the approximately 120\"); when only the readings
stretched by a quarter would meet, a near miss (info).",
    check: Some(check),
};

fn check(input: &Input, claim: &Claim) -> Option<crate::finding::Finding> {
    match claim {
        Claim::PartOfWhole { part, whole } => exceeds(input, *part, *whole),
        // "Of them, 162 were over 80, and 37 ...": one item of a breakdown
        // larger than its total is a part over its whole, whatever the sum.
        Claim::Breakdown { total, parts, .. } => {
            let over = *parts.iter().find(|&&p| part_over(input, p, *total))?;
            exceeds(input, over, *total)
        }
        _ => None,
    }
}

/// Whether a part's smallest reading exceeds its whole's largest.
pub fn part_over(input: &Input, part: usize, whole: usize) -> bool {
    match (input.q(part), input.q(whole)) {
        (Some(p), Some(w)) => p.interval.low > w.interval.high,
        _ => false,
    }
}

fn exceeds(input: &Input, part: usize, whole: usize) -> Option<crate::finding::Finding> {
    let (p, w) = (input.q(part)?, input.q(whole)?);
    // A part whose stated value exceeds every reading of the whole is an
    // error even when two hedges stretched together would reach ("about 150
    // of the approximately 120").
    let stated_over = p.value.is_some_and(|v| v > w.interval.high);
    let severity = verdict(
        p.interval.low <= w.interval.high,
        p.loose.low <= w.loose.high && !stated_over,
    )?;
    Some(Finding {
        rule: RULE.id,
        severity,
        primary: p.span,
        related: vec![input.label(whole)?],
        message: format!(
            "{} is more than the {} it is part of",
            input.text_of(part),
            input.text_of(whole)
        ),
        explanation: format!(
            "part {} > whole {}",
            amount(p.interval.low, p.unit),
            amount(w.interval.high, w.unit)
        ),
    })
}
