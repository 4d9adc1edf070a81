//! A span of time the headline gives and the lead gives again: "Rail line
//! to close for 16 weeks" over "The railway ... will close for 12 weeks
//! from 3 June". The same span when each is the one of its unit in its
//! paragraph and the words leading up to both share a stem ("close").

use super::{Claim, Scope};
use crate::quantity::Kind;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let spans_in = |paragraph: usize| -> Vec<usize> {
        (0..scope.quantities.len())
            .take_while(|&i| scope.place(i).is_some_and(|p| p.paragraph <= paragraph))
            .filter(|&i| {
                scope.place(i).is_some_and(|p| p.paragraph == paragraph)
                    && scope.q(i).is_some_and(|q| {
                        q.kind == Kind::Duration && q.range.is_none() && q.hedge.is_none()
                    })
            })
            .collect()
    };
    // The headline is the first paragraph: its figures come first.
    let Some(headline) = scope
        .place(0)
        .filter(|_| scope.in_headline(0))
        .map(|p| p.paragraph)
    else {
        return;
    };
    let lead = headline + 1;
    let (heads, leads) = (spans_in(headline), spans_in(lead));
    for &h in &heads {
        let alike = |set: &[usize]| -> Vec<usize> {
            set.iter()
                .copied()
                .filter(|&j| scope.comparable(h, j))
                .collect()
        };
        let (ours, theirs) = (alike(&heads), alike(&leads));
        let ([_], [l]) = (ours.as_slice(), theirs.as_slice()) else {
            continue;
        };
        let differ = scope
            .q(h)
            .zip(scope.q(*l))
            .is_some_and(|(a, b)| a.value != b.value);
        if differ && super::context::led_by_one_stem(scope, h, *l, LEADING) {
            claims.push(Claim::Restatement {
                first: h,
                second: *l,
            });
        }
    }
}

/// How many bytes before a span say what it is of ("to close for").
const LEADING: usize = 30;

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_span_in_the_headline_is_the_lead_s() {
        let text = "Rail line to close for 16 weeks\n\nThe railway will close for SPAN from 3 June while the viaduct is rebuilt.\n";
        assert_eq!(
            rules(&text.replace("SPAN", "12 weeks")),
            ["restatement-conflict"]
        );
        assert!(rules(&text.replace("SPAN", "16 weeks")).is_empty());
        // Said of something else: the works, not the closure.
        let other =
            "Rail line to close for 16 weeks\n\nWork on the viaduct has taken 12 weeks so far.\n";
        assert!(rules(other).is_empty());
    }
}
