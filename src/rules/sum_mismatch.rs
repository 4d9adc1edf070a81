//! `sum-mismatch`: a breakdown does not add up to its total, or shares of
//! one whole total more than 100%.

use super::{Input, Rule, verdict};
use crate::claim::Claim;
use crate::finding::{Finding, amount, number};
use crate::interval::Interval;

pub const RULE: Rule = Rule {
    id: "sum-mismatch",
    summary: "parts of a breakdown do not add up to the stated total, or shares of one whole do not total 100%",
    docs: "## What it does
Adds up a breakdown the text says is complete (\"divided four ways\", \"the
remaining 240,000 tonnes\", \"49 adults and 37 children\", \"£58m: £27m on
roads, ...\", \"... a total of 47\") and compares the sum with the stated total.
In a Markdown table, a last row headed \"Total\" (or \"All\", \"Overall\") is
compared with each complete column above it; a table without one, or a
list, led by \"broken down as follows:\" sums to the total its lead names
paragraphs back, and a division announced in a sentence of its own (\"reports
its results in three divisions.\") to the parts of the next three sentences. A stated total sums the list
before it whatever each part counts (\"640 cattle, 1,120 sheep and 95 goats,
making 2,275 entries altogether\"); parts after \", including\" must not
exceed their sum. Also adds up shares of one whole when each unit can be
counted once (\"Respondents could give only one main reason\") or the whole is
additive: the candidates' shares of one vote, the firms' of one market, the
lines of one budget (\"61% of the budget, staff pay 22%, buildings 14%\"),
and as many shares as a division names (\"divided among the four art forms.
Theatre receives 41%, music 27%, ...\"). A list counted as whole (\"three
countries: ...\") goes on with \"The remaining 450\", and an allocation (\"It
allocates £2.9m to ..., £1.7m to ...\") is whole.

A list whose total the story gave paragraphs before is read as its
complete breakdown when the evidence says so: as many items as a count near
it announces (\"58,000 visits over four days\" ... \"Thursday drew 6,800,
Friday ...\"), a lead by category (\"By county,\"), a word of division, an
\"of the\" naming the total's things; never with words of a selection
(\"the top sellers\", \"including\"), nor when the list adds up to a figure
near it or to what is left of one. A list of parts (\"Household claims
account for €128m, ...\") must never add up to more than the earlier figure
its sentence names, complete or not. In a Markdown list, items nested under
an item are its breakdown (\"- Items borrowed: 48,300 in total\" over \"  -
Adult fiction: 21,400\", ...): all of it when the item says it is a total,
else at most it; a heading that divides a figure (\"## Revenue by segment\",
\"## Where the income came from\") leads a list of its parts, whose total
is the figure the heading names (in a table, the row's first figure).

## Why is this bad?
A breakdown that does not add up means a part or the total is wrong, often a
figure updated in one place and not the other.

## Example
    The county will spend $58m on its roads. The money is divided four ways:
    $27m, $14m, $9m and $5m.
(27 + 14 + 9 + 5 = 55.)

## How to fix
Correct the part or the total, or say that the list is not complete.

## Tolerance
Each figure is an interval (rounding, hedges); the sum of the intervals must
miss the total's interval. Percentages that sum to 99 or 101 are rounding.
A remainder without a figure (\"and the rest on tax cuts\") leaves the list
open: its parts may fall short of the total but not exceed it.",
    check: Some(check),
};

fn check(input: &Input, claim: &Claim) -> Option<Finding> {
    match claim {
        Claim::Breakdown { total, parts, open } => breakdown(input, *total, parts, *open),
        Claim::Shares { shares, exhaustive } => shares_of_one(input, shares, *exhaustive),
        _ => None,
    }
}

fn breakdown(input: &Input, total: usize, parts: &[usize], open: bool) -> Option<Finding> {
    // One part larger than the total is `part-exceeds-whole`'s finding.
    if parts
        .iter()
        .any(|&p| super::part_exceeds_whole::part_over(input, p, total))
    {
        return None;
    }
    let t = input.q(total)?;
    let qs: Vec<_> = parts.iter().filter_map(|&p| input.q(p)).collect();
    let sum = qs.iter().map(|q| q.interval).reduce(Interval::add)?;
    let loose = qs.iter().map(|q| q.loose).reduce(Interval::add)?;
    // An open list (a remainder without a figure) may fall short of the total.
    let meets =
        |sum: Interval, total: Interval| sum.overlaps(total) || open && sum.low <= total.high;
    let severity = verdict(meets(sum, t.interval), meets(loose, t.loose))?;
    let terms: Vec<String> = qs.iter().map(|q| amount(q.point(), q.unit)).collect();
    Some(Finding {
        rule: RULE.id,
        severity,
        primary: t.span,
        related: parts.iter().filter_map(|&p| input.label(p)).collect(),
        message: format!(
            "the parts add up to {}, {} the {} stated",
            amount(sum.mid(), t.unit),
            if open { "more than" } else { "not" },
            input.text_of(total)
        ),
        explanation: format!(
            "{} = {}, {} the stated {}",
            terms.join(" + "),
            amount(sum.mid(), t.unit),
            if open { "more than" } else { "not" },
            amount(t.point(), t.unit)
        ),
    })
}

fn shares_of_one(input: &Input, shares: &[usize], exhaustive: bool) -> Option<Finding> {
    let qs: Vec<_> = shares.iter().filter_map(|&s| input.q(s)).collect();
    let sum = qs.iter().map(|q| q.interval).reduce(Interval::add)?;
    let loose = qs.iter().map(|q| q.loose).reduce(Interval::add)?;
    let allowed = if exhaustive {
        Interval::point(100.0)
    } else {
        Interval::new(0.0, 100.0)
    };
    // Published shares of a whole often total 99-101% when their sources
    // were rounded apart: within a point of 100 only a near miss.
    let loose_allowed = if exhaustive {
        Interval::new(99.0, 101.0)
    } else {
        Interval::new(0.0, 101.0)
    };
    let severity = verdict(sum.overlaps(allowed), loose.overlaps(loose_allowed))?;
    let first = *shares.first()?;
    let terms: Vec<String> = qs
        .iter()
        .map(|q| format!("{}%", number(q.point())))
        .collect();
    // All of a whole totals 100%; some of it at most that.
    let (verb, bound) = if exhaustive {
        ("must", "100%")
    } else {
        ("can", "at most 100%")
    };
    // "100.3%", not "100%": the sum to the shares' own precision.
    let total = crate::finding::with_decimals(sum.mid(), decimals_of(&qs));
    Some(Finding {
        rule: RULE.id,
        severity,
        primary: input.q(first)?.span,
        related: shares
            .iter()
            .skip(1)
            .filter_map(|&s| input.label(s))
            .collect(),
        message: format!("shares of one whole total {total}%, but {verb} total {bound}"),
        explanation: format!(
            "{} = {total}%, but the total {verb} be {bound}",
            terms.join(" + ")
        ),
    })
}

/// The most decimals any of the shares is written with.
fn decimals_of(qs: &[&crate::quantity::Quantity]) -> usize {
    qs.iter()
        .map(|q| {
            let step = q.step;
            (0..4)
                .find(|&d| step >= 10f64.powi(-(d as i32)) - 1e-9)
                .unwrap_or(4)
        })
        .max()
        .unwrap_or(0)
}
