//! Rate columns: a table column of percentages that gives, row by row, one
//! count column as a share of another ("| Cases waiting | Over a year |
//! Share over a year |": 156 of 520 is 30%).
//!
//! No header word says which columns a rate divides, and a header can name
//! it in any words; the rows say it. A percentage column is a rate of two
//! count columns when it fits their quotient on all its rows but one, on
//! three rows or more: then every row states a proportion, and the row that
//! does not fit is the slip. Such a column is no set of shares of one whole
//! (its rows need not total 100%).

use super::table::{cells_before, row_start};
use super::{Claim, Scope};
use crate::quantity::Kind;

/// Rows a rate column needs before its rows are believed to define it.
const MIN_ROWS: usize = 3;

/// One table row: its line's start and its figures by column.
struct Row {
    line: usize,
    cells: Vec<(usize, usize)>,
}

impl Row {
    /// The one figure in `column`, if there is exactly one.
    fn at(&self, column: usize) -> Option<usize> {
        let mut found = self.cells.iter().filter(|&&(c, _)| c == column);
        match (found.next(), found.next()) {
            (Some(&(_, q)), None) => Some(q),
            _ => None,
        }
    }
}

/// Finds the rate columns of every table, pushes one proportion for each
/// of their rows, and returns the percentages of those columns (sorted).
pub fn find(scope: &Scope, claims: &mut Vec<Claim>) -> Vec<usize> {
    let (source, breaks) = (scope.source, scope.breaks);
    let mut rates = Vec::new();
    for table in tables(scope, source, breaks) {
        let columns: Vec<usize> = {
            let mut c: Vec<usize> = table
                .iter()
                .flat_map(|r| r.cells.iter().map(|&(c, _)| c))
                .collect();
            c.sort_unstable();
            c.dedup();
            c
        };
        for &share_col in &columns {
            let Some((part_col, whole_col)) = divided_columns(scope, &table, &columns, share_col)
            else {
                continue;
            };
            for row in &table {
                if let (Some(share), Some(part), Some(whole)) =
                    (row.at(share_col), row.at(part_col), row.at(whole_col))
                {
                    claims.push(Claim::Proportion { part, whole, share });
                    rates.push(share);
                }
            }
        }
    }
    rates.sort_unstable();
    rates
}

/// The (part, whole) columns whose quotient the percentages of `share_col`
/// give on all rows but one, if one pair does.
fn divided_columns(
    scope: &Scope,
    table: &[Row],
    columns: &[usize],
    share_col: usize,
) -> Option<(usize, usize)> {
    let is = |q: Option<usize>, kinds: &[Kind]| {
        q.and_then(|i| scope.q(i))
            .is_some_and(|q| kinds.contains(&q.kind) && q.range.is_none() && q.value.is_some())
    };
    let mut best: Option<((usize, usize), usize)> = None;
    for &part_col in columns {
        for &whole_col in columns {
            if part_col == whole_col || part_col == share_col || whole_col == share_col {
                continue;
            }
            let mut rows = 0;
            let mut fits = 0;
            for row in table {
                let (s, p, w) = (row.at(share_col), row.at(part_col), row.at(whole_col));
                if !is(s, &[Kind::Percent])
                    || !is(p, &[Kind::Count, Kind::Money, Kind::Measure])
                    || !p.zip(w).is_some_and(|(p, w)| scope.comparable(p, w))
                {
                    continue;
                }
                let (Some(s), Some(p), Some(w)) = (
                    s.and_then(|i| scope.q(i)),
                    p.and_then(|i| scope.q(i)),
                    w.and_then(|i| scope.q(i)),
                ) else {
                    continue;
                };
                if w.point() <= 0.0 {
                    continue;
                }
                rows += 1;
                // Rounded to the share's own precision, and half a point more.
                let quotient = 100.0 * p.point() / w.point();
                if s.interval.low - 0.5 <= quotient && quotient <= s.interval.high + 0.5 {
                    fits += 1;
                }
            }
            let defined = rows >= MIN_ROWS && fits + 1 >= rows && fits >= 2;
            if defined && best.is_none_or(|(_, f)| fits > f) {
                best = Some(((part_col, whole_col), fits));
            }
        }
    }
    best.map(|(cols, _)| cols)
}

/// The rows of each table, top to bottom: lines with cells and figures,
/// each directly under the one before.
fn tables(scope: &Scope, source: &str, breaks: &[usize]) -> Vec<Vec<Row>> {
    let mut tables: Vec<Vec<Row>> = Vec::new();
    let mut last_line_end = None;
    for (i, q) in scope.quantities.iter().enumerate() {
        let Some(line) = row_start(scope.text, q.span.start) else {
            continue;
        };
        // A row of a pipe table, as written: a paragraph or a list item
        // also starts with a block boundary.
        let column = cells_before(breaks, line, q.span.start);
        let piped = source
            .get(line..)
            .is_some_and(|l| l.trim_start().starts_with('|'));
        if column == 0 || !piped {
            continue;
        }
        match tables.last_mut().and_then(|t| t.last_mut()) {
            Some(row) if row.line == line => {
                row.cells.push((column, i));
                continue;
            }
            _ => {}
        }
        // A new row: of the same table when it starts right after the
        // previous row's line.
        let row = Row {
            line,
            cells: vec![(column, i)],
        };
        let continues = last_line_end.is_some_and(|end: usize| {
            scope
                .text
                .get(end..line)
                .is_some_and(|gap| matches!(gap, "\n" | "\r\n"))
        });
        if continues && let Some(t) = tables.last_mut() {
            t.push(row);
        } else {
            tables.push(vec![row]);
        }
        let rest = scope.text.get(line..).unwrap_or("");
        last_line_end = Some(line + rest.find('\n').unwrap_or(rest.len()));
    }
    tables.retain(|t| t.len() >= MIN_ROWS);
    tables
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::markdown_rules as fired;

    const TABLE: &str = "| Offence | Waiting | Over a year | Share over a year |\n| --- | --- | --- | --- |\n| Violence | 520 | 156 | 30% |\n| Drugs | 310 | 62 | 20% |\n| Sexual offences | 222 | 129 | S |\n| Theft | 265 | 53 | 20% |\n| Other | 163 | 41 | 25% |\n";

    #[test]
    fn a_row_off_its_rate_column_is_a_proportion_slip() {
        assert_eq!(fired(&TABLE.replace('S', "38%")), ["proportion-mismatch"]);
        // Right on every row: the column is rates, not shares of one whole
        // (its rows total 153%, and its last row is "Other").
        assert!(fired(&TABLE.replace('S', "58%")).is_empty());
    }

    #[test]
    fn a_column_that_fits_no_quotient_is_not_read_as_rates() {
        // Shares of the year's cases, not of each row: no pair of columns
        // gives them, so no row is held to one.
        let shares = "| Court | Cases | Judges | Share of cases |\n| --- | --- | --- | --- |\n| North | 400 | 12 | 40% |\n| South | 350 | 10 | 35% |\n| East | 250 | 9 | 25% |\n";
        assert!(fired(shares).is_empty());
        // Two rows do not define a column.
        let two = "| Court | Cases | Late | Share late |\n| --- | --- | --- | --- |\n| North | 400 | 100 | 25% |\n| South | 200 | 100 | 20% |\n";
        assert!(fired(two).is_empty());
    }

    #[test]
    fn only_pipe_rows_next_to_each_other_make_a_table() {
        // A list of like lines is no table; a paragraph after a blank line
        // is no row of the table above it.
        let list = "- North: 400 cases, 100 late, 25%\n- South: 200 cases, 100 late, 20%\n- East: 300 cases, 30 late, 60%\n";
        assert!(fired(list).is_empty());
        let after = format!(
            "{}\nIn all 1,480 cases wait, 441 of them for a year, or 30%.\n",
            TABLE.replace('S', "58%")
        );
        assert!(fired(&after).is_empty());
    }
}
