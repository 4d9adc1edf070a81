//! Table cells whose column names their unit in its header: "| Item |
//! 2025-26 (£000) |" over "| Play areas | 610 |" is £610,000; "| Capacity
//! (km) |", "| Share (%) |" make bare cells lengths and shares.
//! In the prose view a table keeps the pipes between its cells (the first
//! is blanked) and its separator line is blank, so a cell's column is the
//! number of pipes before it on its line.

use super::{Kind, Quantity};

/// What a header gives its column's bare counts: money at a scale, a
/// unit of measure, or per cent.
#[derive(Clone, Copy)]
enum Header {
    Money(&'static super::units::Unit, f64),
    Measure(&'static super::units::Unit),
    Percent,
}

/// Types the bare counts of every column whose header says "(£000)",
/// "(£m)", "($bn)", "(€)", a unit ("(km)", "(tonnes)") or "(%)".
pub fn scale_by_header(text: &str, qs: &mut [Quantity]) {
    // Most texts have no table: nothing to read.
    if memchr::memchr(b'|', text.as_bytes()).is_none() {
        return;
    }
    let mut columns: Vec<(usize, Header)> = Vec::new();
    let mut in_table = false;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if !line.contains('|') {
            // The blanked separator line under a header keeps the table open.
            if line.trim().is_empty() && in_table && !columns.is_empty() {
                continue;
            }
            in_table = false;
            columns.clear();
            continue;
        }
        if !in_table {
            in_table = true;
            columns = line
                .split('|')
                .enumerate()
                .filter_map(|(n, cell)| header(cell).map(|h| (n, h)))
                .collect();
            continue;
        }
        if columns.is_empty() {
            continue;
        }
        let first = qs.partition_point(|q| q.span.start < start);
        for q in qs.iter_mut().skip(first).take_while(|q| q.span.start < at) {
            let Some(before) = text.get(start..q.span.start) else {
                continue;
            };
            let column = before.matches('|').count();
            let Some(&(_, header)) = columns.iter().find(|(n, _)| *n == column) else {
                continue;
            };
            if q.kind == Kind::Count && q.unit.is_none() && !q.words {
                match header {
                    Header::Money(unit, factor) => scale(q, unit, factor),
                    Header::Measure(unit) => {
                        q.kind = Kind::Measure;
                        q.unit = Some(unit);
                    }
                    Header::Percent => q.kind = Kind::Percent,
                }
            }
        }
    }
}

/// The unit a header names in brackets, or money or per cent as the whole
/// header ("| Item | £m |").
fn header(cell: &str) -> Option<Header> {
    let bare = cell.trim();
    if bare == "%" {
        return Some(Header::Percent);
    }
    if let Some((u, f)) = money_scale(bare) {
        return Some(Header::Money(u, f));
    }
    let open = cell.find('(')?;
    let inside = cell.get(open + 1..)?.split(')').next()?.trim();
    if inside == "%" {
        return Some(Header::Percent);
    }
    // A length, a weight, an area, not a time ("(days)" may be a count).
    let measure = super::units::unit_symbol(inside)
        .or_else(|| super::units::unit_word(&inside.to_ascii_lowercase()))
        .filter(|u| u.dimension != super::units::Dimension::Time);
    if let Some(unit) = measure {
        return Some(Header::Measure(unit));
    }
    money_scale(inside).map(|(u, f)| Header::Money(u, f))
}

/// "£000", "£m", "$bn", "€": the currency and scale a header names.
fn money_scale(inside: &str) -> Option<(&'static super::units::Unit, f64)> {
    let sign_len = inside.chars().next()?.len_utf8();
    let unit = super::units::currency_symbol(inside.get(..sign_len)?)?;
    let factor = match inside.get(sign_len..)?.trim() {
        "" => 1.0,
        "000" | "000s" | "k" => 1e3,
        "m" | "mn" | "million" => 1e6,
        "bn" | "billion" => 1e9,
        _ => return None,
    };
    Some((unit, factor))
}

fn scale(q: &mut Quantity, unit: &'static super::units::Unit, factor: f64) {
    q.kind = Kind::Money;
    q.unit = Some(unit);
    q.value = q.value.map(|v| v * factor);
    q.step *= factor;
    q.interval = q.interval.scale(factor);
    q.loose = q.loose.scale(factor);
}

#[cfg(test)]
mod tests {
    use crate::interval::Tolerances;
    use crate::quantity::{Kind, extract};

    #[test]
    fn a_header_s_money_and_scale_are_its_cells() {
        let text = "  Item | 2025-26 (£000) | Sites |\n            \n  Play areas | 610 | 12 |\n  Total | 3,840 | 40 |\n";
        let qs = extract(text, &Tolerances::default());
        let cell = |needle: &str| {
            let at = text.find(needle).unwrap_or(0);
            qs.iter()
                .find(|q| q.span.start == at)
                .map(|q| (q.kind, q.value))
        };
        assert_eq!(cell("610"), Some((Kind::Money, Some(610_000.0))));
        assert_eq!(cell("3,840"), Some((Kind::Money, Some(3_840_000.0))));
        // Another column keeps its counts.
        assert_eq!(cell("12 "), Some((Kind::Count, Some(12.0))));
    }

    #[test]
    fn a_header_that_is_only_money_or_per_cent_types_its_cells() {
        let text = "  Item | £m | % |\n          \n  Grounds | 2.9 | 45 |\n";
        let qs = extract(text, &Tolerances::default());
        let kinds: Vec<_> = qs.iter().map(|q| (q.kind, q.value)).collect();
        assert_eq!(
            kinds,
            [
                (Kind::Money, Some(2_900_000.0)),
                (Kind::Percent, Some(45.0))
            ]
        );
    }

    #[test]
    fn a_header_s_unit_of_measure_or_per_cent_types_its_cells() {
        let text =
            "  Site | Area (ha) | Share (%) | Staff |\n            \n  Carrow | 310 | 42 | 12 |\n";
        let qs = extract(text, &Tolerances::default());
        let cell = |needle: &str| {
            let at = text.find(needle).unwrap_or(0);
            qs.iter()
                .find(|q| q.span.start == at)
                .map(|q| (q.kind, q.unit.map(|u| u.name)))
        };
        assert_eq!(cell("310"), Some((Kind::Measure, Some("hectare"))));
        assert_eq!(cell("42"), Some((Kind::Percent, None)));
        assert_eq!(cell("12 "), Some((Kind::Count, None)));
    }
}
