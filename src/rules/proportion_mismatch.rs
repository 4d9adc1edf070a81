//! `proportion-mismatch`: a share disagrees with the counts it describes.

use super::{Input, Rule, verdict};
use crate::claim::Claim;
use crate::finding::{Finding, number, range};
use crate::interval::Interval;

pub const RULE: Rule = Rule {
    id: "proportion-mismatch",
    summary: "a percentage, fraction or \"one in N\" disagrees with the counts it describes",
    docs: "## What it does
Checks a share stated beside a part and its whole: \"620 of the 2,480 cases,
about one in six\", \"26,400 of the 98,000 registered voters took part, a
turnout of 18%\", and a share of a vote (\"passed by 29 votes to 22, meaning
that 70% backed it\": either side's share may be meant). The whole may be
named by its noun rather than given beside the share (\"Its 62 turbines
make up almost a third of the county's turbines\" after \"412 turbines\"),
a share may point back to the sentence before (\"That gave an occupancy
rate of 75%\"), and a part and its share may name a whole stated sentences
before (\"harvested 312,000 tonnes\" ... \"Only 41,000 tonnes met it, roughly
one tonne in every four harvested\"). A rate of two outcomes is a share of their sum (\"completed
168 tackles and missed 35, a success rate of 91%\"), and a percentage column
of a table that gives one column as a share of another on all rows but one
is checked row by row. A share set beside a part of a named whole (\"394 of
the offences, nearly half of the total\") is checked against the story's
earlier count of those things, unless any earlier count agrees with it.

## Why is this bad?
A share worked out on the wrong base, or left unchanged after the counts were
updated, misleads more than a wrong count: readers remember the share.

## Example
    Of the confirmed cases, 620 needed hospital treatment, or about one in six.
(620 of 2,480 is 25%, one in four.)

## How to fix
Recompute the share from the counts, or correct the count.

## Tolerance
A percentage carries half a unit of its last digit (18% is 17.5%-18.5%), a
word fraction 5% either side, \"one in N\" half a unit of N, and hedges widen
all of them (\"about\" by 10%).",
    check: Some(check),
};

fn check(input: &Input, claim: &Claim) -> Option<Finding> {
    match *claim {
        Claim::Proportion { part, whole, share } => proportion(input, part, whole, share),
        Claim::ShareOfTwo { one, other, share } => share_of_two(input, one, other, share),
        _ => None,
    }
}

/// A share of two sides (a vote's, two outcomes') may be either side's: it
/// is wrong only when it is neither "yes / (yes + no)" nor "no / (yes + no)".
fn share_of_two(input: &Input, yes: usize, no: usize, share: usize) -> Option<Finding> {
    let (y, n, s) = (input.q(yes)?, input.q(no)?, input.q(share)?);
    let total = y.interval.add(n.interval);
    let loose_total = y.loose.add(n.loose);
    let stated = s.share()?;
    let loose_stated = s.loose_share()?;
    let strict = [y, n]
        .iter()
        .filter_map(|q| q.interval.div(total))
        .any(|a| a.overlaps(stated));
    let loose = [y, n]
        .iter()
        .filter_map(|q| q.loose.div(loose_total))
        .any(|a| a.overlaps(loose_stated));
    let severity = verdict(strict, loose)?;
    let all = y.point() + n.point();
    Some(Finding {
        rule: RULE.id,
        severity,
        primary: s.span,
        related: vec![input.label(yes)?, input.label(no)?],
        message: format!(
            "{} does not match {} to {}",
            input.text_of(share),
            input.text_of(yes),
            input.text_of(no)
        ),
        explanation: format!(
            "{} / {} = {}% and {} / {} = {}%, but \"{}\" allows {}",
            number(y.point()),
            number(all),
            number(y.point() / all * 100.0),
            number(n.point()),
            number(all),
            number(n.point() / all * 100.0),
            input.text_of(share),
            range(stated.low * 100.0, stated.high * 100.0, "%")
        ),
    })
}

/// "58 out of 96, or about 80%": a share written as its counts, said again;
/// of the counts or of the rest ("meaning about 40% failed").
fn counted_share(input: &Input, counted: usize, share: usize) -> Option<Finding> {
    let (c, s) = (input.q(counted)?, input.q(share)?);
    let (stated, loose_stated) = (s.share()?, s.loose_share()?);
    let either = |i: Interval, stated: Interval| {
        i.overlaps(stated) || Interval::new(1.0 - i.high, 1.0 - i.low).overlaps(stated)
    };
    let strict = either(c.share()?, stated);
    let severity = verdict(strict, either(c.loose_share()?, loose_stated))?;
    Some(Finding {
        rule: RULE.id,
        severity,
        primary: s.span,
        related: vec![input.label(counted)?],
        message: format!(
            "{} does not match {}",
            input.text_of(share),
            input.text_of(counted)
        ),
        explanation: format!(
            "{} is {}%, but \"{}\" allows {}",
            input.text_of(counted),
            number(c.point() * 100.0),
            input.text_of(share),
            range(stated.low * 100.0, stated.high * 100.0, "%")
        ),
    })
}

fn proportion(input: &Input, part: usize, whole: usize, share: usize) -> Option<Finding> {
    if part == whole {
        return counted_share(input, part, share);
    }
    let (p, w, s) = (input.q(part)?, input.q(whole)?, input.q(share)?);
    if p.interval.low > w.interval.high {
        return None; // part-exceeds-whole says it better
    }
    let actual = p.interval.div(w.interval)?;
    let loose_actual = p.loose.div(w.loose)?;
    let stated = s.share()?;
    let loose_stated = s.loose_share()?;
    let severity = verdict(actual.overlaps(stated), loose_actual.overlaps(loose_stated))?;
    Some(Finding {
        rule: RULE.id,
        severity,
        primary: s.span,
        related: vec![input.label(part)?, input.label(whole)?],
        message: format!(
            "{} does not match {} of {}",
            input.text_of(share),
            input.text_of(part),
            input.text_of(whole)
        ),
        explanation: format!(
            "{} / {} = {}%, but \"{}\" allows {}",
            number(p.point()),
            number(w.point()),
            number(p.point() / w.point() * 100.0),
            input.text_of(share),
            range(stated.low * 100.0, stated.high * 100.0, "%")
        ),
    })
}
