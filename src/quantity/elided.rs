//! Units left out of a second figure: "31.2 million tonnes ... up from 27.5
//! million", "£46m, up from 40m". The bare figure takes the unit of the like
//! figure it is compared with, so the two can be related.

use super::{Kind, Quantity};

/// How far back (in bytes) the figure that lends its unit may stand.
const REACH: usize = 80;

/// Gives a bare count after "from", "to" or "than" the kind and unit of the
/// measure or money figure just before it in the same sentence, when the two
/// are of one magnitude.
pub fn inherit(text: &str, qs: &mut [Quantity]) {
    for i in 1..qs.len() {
        let Some(q) = qs.get(i) else { continue };
        if q.kind != Kind::Count || q.unit.is_some() || q.noun.is_some() || q.words {
            continue;
        }
        let cue = text
            .get(..q.span.start)
            .unwrap_or("")
            .split(|c: char| !c.is_ascii_alphabetic())
            .rfind(|w| !w.is_empty())
            .is_some_and(|w| matches!(w, "from" | "to" | "than"));
        if !cue {
            continue;
        }
        // The nearest earlier amount, past years and dates ("since 2003").
        let lender = (0..i)
            .rev()
            .filter_map(|j| qs.get(j))
            .take_while(|p| q.span.start.saturating_sub(p.span.end) <= REACH)
            .find(|p| !matches!(p.kind, Kind::Year | Kind::Date | Kind::Time));
        let Some(prev) = lender else { continue };
        if !matches!(prev.kind, Kind::Measure | Kind::Money) || prev.range.is_some() {
            continue;
        }
        let between = text.get(prev.span.end..q.span.start).unwrap_or(".");
        let same_sentence = !between.contains(['.', ';', '\n']);
        let alike = match (prev.value, q.value) {
            (Some(a), Some(b)) if a > 0.0 && b > 0.0 => (0.1..=10.0).contains(&(a / b)),
            _ => false,
        };
        if same_sentence && alike {
            let (kind, unit) = (prev.kind, prev.unit);
            if let Some(q) = qs.get_mut(i) {
                q.kind = kind;
                q.unit = unit;
            }
        }
    }
}
