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
        // route (26 miles)".
        let noun_then_bracket = between.strip_suffix('(').is_some_and(|head| {
            let words: Vec<&str> = head.split_whitespace().collect();
            words.len() == 1
                && words
                    .iter()
                    .all(|w| w.bytes().all(|c| c.is_ascii_lowercase()))
        });
        let bracketed = (between == "(" || noun_then_bracket) && after.starts_with(')');
        let or_joined = matches!(between, "or" | ", or" | "=" | "/" | "(or" | ", or about");
        if bracketed || or_joined {
            claims.push(Claim::Conversion { from: a, to: b });
        }
    }
}
