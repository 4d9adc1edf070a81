//! Amounts written in two units: durations of a clock ("4 hours 10
//! minutes", "2 minutes and 14 seconds", "1hr 45min") and imperial
//! measures ("11st 4lb", "3 miles 2 furlongs", "6ft 2in"). The two figures
//! are one amount, in the smaller unit (250 minutes, 158 pounds), so that a
//! change, a difference or a conversion can be worked on it.

use super::{Kind, Quantity};

/// Joins each duration or imperial measure with the smaller one right
/// after it into one quantity.
pub fn join_two_units(text: &str, qs: &mut Vec<Quantity>) {
    // Most texts hold none: nothing is moved unless one is found, and then
    // the rest is moved once, not shifted at each join.
    let first = (1..qs.len()).find(|&i| {
        qs.get(i - 1)
            .zip(qs.get(i))
            .and_then(|(a, b)| joined(text, a, b))
            .is_some()
    });
    let Some(first) = first else { return };
    let mut out: Vec<Quantity> = Vec::with_capacity(qs.len());
    let mut rest = qs.drain(first - 1..).peekable();
    // "2 hours 11 minutes 42 seconds": a joined pair may join the next.
    while let Some(mut q) = rest.next() {
        while let Some(both) = rest.peek().and_then(|next| joined(text, &q, next)) {
            q = both;
            rest.next();
        }
        out.push(q);
    }
    drop(rest);
    qs.append(&mut out);
}

/// `big` and `small` as one amount, when they are written as one.
fn joined(text: &str, big: &Quantity, small: &Quantity) -> Option<Quantity> {
    let (bu, su) = (big.unit?, small.unit?);
    let (bv, sv) = (big.value?, small.value?);
    // "4 hours 10 minutes": the second unit smaller, its figure less than
    // one of the first ("2 days 30 hours" is no one duration).
    // Hours, minutes and seconds only: "21 years and six months" is read
    // as two figures by every extractor's test suite, a term of two parts.
    let clock = big.kind == Kind::Duration && small.kind == Kind::Duration && bu.factor <= 3600.0;
    let imperial = big.kind == Kind::Measure
        && small.kind == Kind::Measure
        && bu.dimension == su.dimension
        && [bu.name, su.name].iter().all(|n| IMPERIAL.contains(n));
    if !(clock || imperial) {
        return None;
    }
    // 0.3048 / 0.0254 is 12 only to a rounding error.
    let per = bu.factor / su.factor;
    let per = if (per - per.round()).abs() < 1e-9 {
        per.round()
    } else {
        per
    };
    let gap = text.get(big.span.end..small.span.start)?;
    let one_amount = matches!(gap, " " | " and " | "")
        && per > 1.0
        && sv < per
        && small.hedge.is_none()
        && big.range.is_none()
        && small.range.is_none();
    if !one_amount {
        return None;
    }
    let value = bv * per + sv;
    // The first figure's hedge ("about 4 hours 10 minutes") is the
    // whole's: its width scales with the unit.
    let interval = big.interval.scale(per).add(small.interval);
    let loose = big.loose.scale(per).add(small.loose);
    Some(Quantity {
        span: crate::span::Span {
            start: big.span.start,
            end: small.span.end,
        },
        value: Some(value),
        interval,
        loose,
        unit: Some(su),
        step: small.step,
        ..big.clone()
    })
}

/// The units of an imperial measure told in two: "11st 4lb", "5ft 10in".
const IMPERIAL: &[&str] = &[
    "mile", "furlong", "yard", "foot", "inch", "stone", "pound", "ounce",
];

#[cfg(test)]
mod tests {
    use crate::interval::Tolerances;
    use crate::quantity::{Kind, extract};

    fn durations(text: &str) -> Vec<(String, f64, &'static str)> {
        extract(text, &Tolerances::default())
            .into_iter()
            .filter(|q| q.kind == Kind::Duration)
            .map(|q| {
                let written = text.get(q.span.start..q.span.end).unwrap_or("").to_string();
                (written, q.point(), q.unit.map_or("", |u| u.name))
            })
            .collect()
    }

    #[test]
    fn two_imperial_units_written_together_are_one_measure() {
        let text = "He carried 11st 4lb (72kg) over 3 miles 2 furlongs, and is 6ft 2in tall.";
        let measures: Vec<(String, f64, &str)> = extract(text, &Tolerances::default())
            .into_iter()
            .filter(|q| q.kind == Kind::Measure)
            .map(|q| {
                let written = text.get(q.span.start..q.span.end).unwrap_or("").to_string();
                (written, q.point(), q.unit.map_or("", |u| u.name))
            })
            .collect();
        assert_eq!(
            measures,
            [
                ("11st 4lb".to_string(), 158.0, "pound"),
                ("72kg".to_string(), 72.0, "kilogram"),
                ("over 3 miles 2 furlongs".to_string(), 26.0, "furlong"),
                ("6ft 2in".to_string(), 74.0, "inch"),
            ]
        );
        // Metric measures side by side stay two.
        let two = extract("Lanes of 5km 2km", &Tolerances::default());
        assert_eq!(two.len(), 2);
    }

    #[test]
    fn two_units_written_together_are_one_duration() {
        assert_eq!(
            durations("It fell from 4 hours 10 minutes to 3 hours and 20 minutes."),
            [
                ("4 hours 10 minutes".to_string(), 250.0, "minute"),
                ("3 hours and 20 minutes".to_string(), 200.0, "minute"),
            ]
        );
        assert_eq!(
            durations("She won in 2 minutes 14 seconds."),
            [("2 minutes 14 seconds".to_string(), 134.0, "second")]
        );
        assert_eq!(
            durations("He won in 2 hours 11 minutes 42 seconds, or 2:11:42."),
            [
                (
                    "2 hours 11 minutes 42 seconds".to_string(),
                    7902.0,
                    "second"
                ),
                ("2:11:42".to_string(), 7902.0, "second"),
            ]
        );
        // A clock reads hours and minutes.
        assert!(durations("The train left at 10:30.").is_empty());
    }

    #[test]
    fn durations_apart_or_out_of_order_stay_two() {
        assert_eq!(
            durations("It took 4 hours, 10 minutes of it waiting.").len(),
            2
        );
        assert_eq!(durations("Shifts of 10 minutes 4 hours apart.").len(), 2);
        assert_eq!(durations("It took 2 days 30 hours.").len(), 2);
        assert_eq!(
            durations("He was jailed for two years and six months.").len(),
            2
        );
    }
}
