//! `unused-suppression`: a `numcheck-disable` comment that hides nothing.
//! It is decided by [`crate::suppress`] after the other rules have run.

use super::Rule;

pub const RULE: Rule = Rule {
    id: "unused-suppression",
    summary: "a suppression comment that suppresses nothing, names an unknown rule, or does not parse",
    docs: "## What it does
Reports a `numcheck-disable-next-line`, `numcheck-disable` or
`numcheck-disable-file` comment when no finding was hidden by it, when it
names a rule that does not exist, or when it does not parse (a typo such as
`numcheck-disabel`).

## Why is this bad?
A suppression outlives the figure it was written for: once the copy is
corrected, the comment silently hides the next real error on that line. A
misspelt one hides nothing while looking as if it did.

## Example
    <!-- numcheck-disable-next-line sum-mismatch -- figures from the agency -->
    The £58m budget: £27m for roads, £14m for schools and £17m for parks.
(27 + 14 + 17 = 58, so nothing is suppressed.)

## How to fix
Delete the comment, or correct the rule id or the directive word.

## Tolerance
A suppression counts as used when it hides a finding of any severity,
`info` included. Rules turned off in the configuration are not run, so a
suppression naming one is not reported.",
    check: None,
};
