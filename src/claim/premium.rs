//! Premiums and discounts: "an offer of 540p a share, a premium of 24% to
//! the undisturbed price of 410p", "sold at 92p, a 15% discount to the
//! 108p close". The percentage is the change from the price it is set
//! against to the price it is said of.

use super::{Claim, Scope, Stated};
use crate::quantity::Kind;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for share in 0..scope.quantities.len() {
        let (Some(sq), Some(sp)) = (scope.q(share), scope.place(share)) else {
            continue;
        };
        // "a premium of 24%" or "a 24% premium".
        let named = sp.prev_is(&["of"]) && sp.before_has(2, &["premium", "discount"])
            || sp.after_has(1, &["premium", "discount"]);
        if sq.kind != Kind::Percent || sq.range.is_some() || !named {
            continue;
        }
        // The price it is set against: the next like figure, after "to",
        // "on" or "over" and a few words ("to Dunlin's undisturbed price of").
        let sentence: Vec<usize> = scope.same_sentence(share).collect();
        let Some(&base) = sentence.iter().find(|&&b| {
            b > share
                && scope.q(b).is_some_and(|q| q.kind == Kind::Money)
                && against(scope.between(share, b))
        }) else {
            continue;
        };
        // The price it is said of: the like figure just before it.
        let Some(&price) = sentence
            .iter()
            .rev()
            .find(|&&p| p < share && scope.comparable(p, base))
        else {
            continue;
        };
        claims.push(Claim::Change {
            from: base,
            to: price,
            stated: Stated::Quantity(share),
        });
    }
}

/// Whether the words between a premium and a price set it against that
/// price: "to", "on" or "over" first (after "premium"), then a few words.
fn against(gap: &str) -> bool {
    let mut words = gap.split_whitespace();
    let first = match words.next() {
        Some("premium" | "discount") => words.next(),
        other => other,
    };
    matches!(first, Some("to" | "on" | "over" | "against"))
        && !gap.contains([',', ';'])
        && gap.split_whitespace().take(9).count() <= 8
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_premium_is_the_change_from_the_price_it_is_set_against() {
        let text = "Bid\n\nThe offer of 540p a share represents a premium of S to the undisturbed price of 410p.\n";
        assert_eq!(
            rules(&text.replace('S', "24 per cent")),
            ["change-mismatch"]
        );
        assert!(rules(&text.replace('S', "32 per cent")).is_empty());
        let discount =
            "Placing\n\nThe shares were sold at 92p, a 15% discount to the 108p close.\n";
        assert!(rules(discount).is_empty());
    }
}
