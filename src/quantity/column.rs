//! Table cells whose column names their money and scale in its header:
//! "| Item | 2025-26 (£000) |" over "| Play areas | 610 |" is £610,000.
//! In the prose view a table keeps the pipes between its cells (the first
//! is blanked) and its separator line is blank, so a cell's column is the
//! number of pipes before it on its line.

use super::{Kind, Quantity};

/// Scales the bare counts of every column whose header says "(£000)",
/// "(£m)", "($bn)" or "(€)".
pub fn scale_by_header(text: &str, qs: &mut [Quantity]) {
    // Most texts have no table: nothing to read.
    if memchr::memchr(b'|', text.as_bytes()).is_none() {
        return;
    }
    let mut columns: Vec<(usize, &'static super::units::Unit, f64)> = Vec::new();
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
                .filter_map(|(n, cell)| money_scale(cell).map(|(u, f)| (n, u, f)))
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
            let Some(&(_, unit, factor)) = columns.iter().find(|(n, _, _)| *n == column) else {
                continue;
            };
            if q.kind == Kind::Count && q.unit.is_none() && !q.words {
                scale(q, unit, factor);
            }
        }
    }
}

/// "(£000)", "(£m)", "($bn)", "(€)": the currency and scale a header names.
fn money_scale(cell: &str) -> Option<(&'static super::units::Unit, f64)> {
    let open = cell.find('(')?;
    let inside = cell.get(open + 1..)?.split(')').next()?.trim();
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
}
