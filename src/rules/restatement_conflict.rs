//! `restatement-conflict`: the same figure for the same thing is stated
//! incompatibly twice.

use super::{Input, Rule, verdict};
use crate::claim::Claim;
use crate::finding::{Finding, number, range};
use crate::quantity::units::{Dimension, plural};
use crate::quantity::{Kind, Quantity};

pub const RULE: Rule = Rule {
    id: "restatement-conflict",
    summary: "the same figure for the same thing is stated incompatibly twice",
    docs: "## What it does
Finds one figure stated twice with different values: \"740 vacancies\" in the
headline and \"470 vacancies\" later, \"450 homes\" and \"the 540-home project\".
Two figures for one noun usually describe different things, so the rule
needs strong evidence that they are the same: two neighbouring digits
swapped (a typist's slip; \"543\" and \"354\" are as often two figures of a
table), with the same noun or the same verb around them, the later one
pointing back (\"the 470 unfilled posts\"; in a wire story's table \"has 61
branches\" after \"owns 16 branches\" is as likely another count); or a count said to
be all of a thing (\"all 2,100 dockers\") against the first count of the same
noun (\"a strike by about 1,300 dockers\"); or two counts each stated as a
whole group, one of them said to be all of it (\"a field of 34 runners\",
\"14 of the 40 starters\"), of one
noun or of nouns that name one group in news copy (runners, starters,
entrants; workers, employees, staff; pupils, students; residents,
inhabitants; passengers, travellers). It also compares the
year given for the last time something happened (\"for the first time since
2011\" against \"their last appearance in the final, in 2014\") when both
sentences name the same thing.

It also reads three shapes of a figure said again: a headline figure
whose digits the lead swaps (\"posts £214m profit\" ... \"profit of
£241m\"); a definite back-reference (\"the 260 injured cyclists\") to the
one figure the story gave for that noun (\"More than 400 cyclists were
hurt\"), unless a clause makes it a subset (\"the 12 patients who
died\"), it is compared (\"lower than the 1.02 billion\") or a number names
rather than counts (\"the 300 series\"), or the two are more than twice
apart; and an age given for a named person (\"Ana Reyes, 58\") against
\"the 63-year-old\" when that person is named again in the sentence or the
one before, or anywhere since the age was given with no new name after the
back-reference, and no other age was given; a year an event happened (\"opened
in 1998\") against the year a state runs \"since\" (\"since 1989, when the
first line opened\") when the two are a digit swap and their sentences share
a content word; and a table row restated in prose
in the row label's words (\"| Critical care | 42 |\" and \"the critical care
unit, with 24 beds\"). An age may also be said again in a clause (\"his
client, who is 61\", not of a relative or another name); a year \"since\"
before the founding year it swaps digits with is that year slipped; a
definite amount described by a participle clause (\"the £3.1m given by the
public in the appeal's first week\") restates the one earlier amount whose
sentence says two of the clause's words; and a definite noun of the first
figure's verb points back for swapped digits (\"has risen to £275m\" ...
\"despite the rise to £257m\"). A length named again by what it is the
length of (\"will close for 11 weeks\" ... \"the 13-week closure\") restates
the one earlier length told of that thing or its verb, not a length that
frames a sentence (\"For six months, ...\") or that of another compound
(\"a 30-minute show\").

## Why is this bad?
A reader cannot tell which figure is right; transposed digits are among the
commonest slips in copy.

## Example
    The High Court has quashed planning permission for 450 homes ...
    The company said it had already spent £2.1m on the 540-home project.

## Known limits
\"Twelve passengers were taken to hospital. All 30 passengers survived.\"
reads as a conflict: the rule cannot tell a subset stated first from the
whole. Write \"12 of the 30 passengers\" or suppress the finding.

## How to fix
Check both against the source and make them agree.

## Tolerance
Both figures are intervals; a hedged figure (\"about 450\") that covers the
other is not a conflict.",
    check: Some(check),
};

fn check(input: &Input, claim: &Claim) -> Option<Finding> {
    let Claim::Restatement { first, second } = *claim else {
        return None;
    };
    let (a, b) = (input.q(first)?, input.q(second)?);
    // "for 18 months" ... "the two-and-a-half-year closure": one length in
    // two units is compared in the first's.
    let to_first = in_units_of(a, b);
    let (b_interval, b_loose) = (b.interval.scale(to_first), b.loose.scale(to_first));
    let severity = verdict(a.interval.overlaps(b_interval), a.loose.overlaps(b_loose))?;
    Some(Finding {
        rule: RULE.id,
        severity,
        primary: b.span,
        related: vec![input.label(first)?],
        message: format!(
            "{} contradicts {} stated earlier",
            input.text_of(second),
            input.text_of(first)
        ),
        explanation: if a.kind == Kind::Year {
            format!(
                "{} ≠ {}: the same event is dated twice",
                input.text_of(second),
                input.text_of(first)
            )
        } else if a.hedge.is_some() || b.hedge.is_some() {
            // "More than 400" ... "the 260": the bound is what is compared.
            format!(
                "\"{}\" allows {}, \"{}\" allows {}: the same figure cannot be both",
                input.text_of(first),
                range(a.interval.low, a.interval.high, ""),
                input.text_of(second),
                range(b.interval.low, b.interval.high, ""),
            )
        } else if to_first != 1.0 {
            format!(
                "{} is {} {}, not {}: the same length is stated twice",
                input.text_of(second),
                number(b.point() * to_first),
                a.unit.map(|u| plural(u.name)).unwrap_or_default(),
                input.text_of(first),
            )
        } else {
            format!(
                "{} ≠ {}: the same figure is stated twice with different values",
                number(b.point()),
                number(a.point())
            )
        },
    })
}

/// The factor that turns `b`'s figure into `a`'s unit: 1 unless both are
/// lengths of time in different units.
fn in_units_of(a: &Quantity, b: &Quantity) -> f64 {
    match (a.unit, b.unit) {
        (Some(ua), Some(ub))
            if ua.dimension == Dimension::Time && ub.dimension == Dimension::Time =>
        {
            ub.factor / ua.factor
        }
        _ => 1.0,
    }
}
