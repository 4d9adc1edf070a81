//! Totals in tables: a Markdown table whose last row is headed "Total" (or
//! "All", "Overall") states, in each column, the sum of the rows above it.
//!
//! Table cells are block boundaries (`breaks`): a figure's column is the
//! number of boundaries between its line's start and it, and a table's body
//! is the run of lines with cells right above the total row (the header's
//! separator row holds no prose and ends the run).

use super::{Claim, Scope};

/// How far before a total's figure its row may start, in bytes.
const HEAD_REACH: usize = 120;

/// Words that head a total row.
const TOTAL_WORDS: &[&str] = &["total", "totals", "all", "overall"];

/// Reads the rate columns of tables first: their last rows are rates, not
/// the rest of a whole.
pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let breaks = scope.breaks;
    let rates = super::table_rate::find(scope, claims);
    if breaks.is_empty() {
        return;
    }
    of_which_rows(scope, breaks, claims);
    of_which_columns(scope, claims);
    for total in 0..scope.quantities.len() {
        let Some(q) = scope.q(total) else { continue };
        let Some(start) = row_start(scope.text, q.span.start) else {
            continue;
        };
        let head = scope.text.get(start..q.span.start).unwrap_or("");
        let first_word = head.split_whitespace().next().unwrap_or("");
        // A rate column's last row is one more rate, not the rest of a whole.
        if q.kind == crate::quantity::Kind::Percent
            && rates.binary_search(&total).is_err()
            && super::list::is_remainder_word(first_word)
            && cells_before(breaks, start, q.span.start) > 0
        {
            remainder_row(scope, breaks, total, start, claims);
            continue;
        }
        let named_total = names_total(head);
        // Most figures stand in no table: that is asked before the bold.
        let column = cells_before(breaks, start, q.span.start);
        if column == 0 || !(named_total || bold_last_row(scope.source, start, q.span.end)) {
            continue;
        }
        if let Some(parts) = column_above(scope, breaks, total, start, column)
            && parts.len() >= 2
            && is_sum_column(scope, total, &parts)
        {
            claims.push(Claim::Breakdown {
                total,
                parts,
                open: false,
            });
        }
    }
}

/// Whether a row's label names its total: "Total", "**All**"; "All other
/// sectors" is the rest, not the total, and "All day" a length of stay.
pub(super) fn names_total(label: &str) -> bool {
    let mut words = label
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c == '*' || c == '_'));
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    TOTAL_WORDS.iter().any(|w| w.eq_ignore_ascii_case(first))
        && !super::list::is_remainder_word(second)
        && !matches!(second.to_ascii_lowercase().as_str(), "day" | "night")
        && !super::part::is_time_word(second)
}

/// "| All attendances | 12,750 |" over "| of which by ambulance | 13,020 |":
/// a row labelled "of which" is a part of the nearest row above it that
/// is not, column by column.
fn of_which_rows(scope: &Scope, breaks: &[usize], claims: &mut Vec<Claim>) {
    let label_of = |start: usize, at: usize| -> String {
        let head = scope.text.get(start..at).unwrap_or("");
        head.trim_start_matches(|c: char| c == '|' || c.is_whitespace())
            .to_ascii_lowercase()
    };
    for part in 0..scope.quantities.len() {
        let Some(q) = scope.q(part) else { continue };
        let Some(start) = row_start(scope.text, q.span.start) else {
            continue;
        };
        let column = cells_before(breaks, start, q.span.start);
        if column == 0 || !is_sub(&label_of(start, q.span.start)) {
            continue;
        }
        // Up the table, past other "of which" rows, to the row they divide.
        let mut at = start;
        let whole = loop {
            if at == 0 {
                break None;
            }
            let (row_start, row_end) = line_of(scope.text, at - 1);
            if cells_before(breaks, row_start, row_end) == 0 {
                break None;
            }
            let figures = scope.starting_in(row_start, row_end);
            let first = figures.clone().next();
            let label = first
                .and_then(|f| scope.q(f))
                .map_or(String::new(), |f| label_of(row_start, f.span.start));
            if !is_sub(&label) {
                break figures.into_iter().find(|&f| {
                    scope
                        .q(f)
                        .is_some_and(|fq| cells_before(breaks, row_start, fq.span.start) == column)
                        && scope.comparable(f, part)
                });
            }
            at = row_start;
        };
        if let Some(whole) = whole {
            claims.push(Claim::PartOfWhole { part, whole });
        }
    }
}

/// Whether a row or column label makes its figures parts of another's.
fn is_sub(label: &str) -> bool {
    let label = label.to_ascii_lowercase();
    label.starts_with("of which") || label.starts_with("of whom")
}

/// "| Area | Charge points | Of which rapid |" over "| Rural wards | 64 |
/// 71 |": a column headed "of which" is a part of the nearest column left
/// of it in its row that is not.
fn of_which_columns(scope: &Scope, claims: &mut Vec<Claim>) {
    let header = |i: usize| {
        scope
            .q(i)
            .and_then(|q| column_header(scope.text, q.span.start))
    };
    for part in 0..scope.quantities.len() {
        // Cheapest first: most figures stand in no table row.
        if row_label_len(scope, part) == 0 || !header(part).is_some_and(is_sub) {
            continue;
        }
        let Some(q) = scope.q(part) else { continue };
        let (row, _) = line_of(scope.text, q.span.start);
        let whole = scope
            .starting_in(row, q.span.start)
            .filter(|&w| header(w).is_some_and(|h| !is_sub(h)) && scope.comparable(w, part))
            .last();
        if let Some(whole) = whole {
            claims.push(Claim::PartOfWhole { part, whole });
        }
    }
}

/// "| Elsewhere | 28% |" among rows of shares: a row for the rest makes
/// the column all of one whole, so its shares total 100%.
fn remainder_row(
    scope: &Scope,
    breaks: &[usize],
    last: usize,
    line_start: usize,
    claims: &mut Vec<Claim>,
) {
    let Some(q) = scope.q(last) else { return };
    let column = cells_before(breaks, line_start, q.span.start);
    // "| Neither | 21% |" between the other answers, or "| Elsewhere in the
    // country | 19% |" over "| Overseas | 5% |": the rows below it are of
    // the same whole. The last remainder row of the column reads them all.
    let mut below: Vec<usize> = Vec::new();
    let mut prev = last;
    while let (Some(p), Some(n)) = (scope.q(prev), scope.q(prev + 1)) {
        let (_, line_end) = line_of(scope.text, p.span.start);
        let (next_start, _) = line_of(scope.text, n.span.start);
        let next_row = n.kind == q.kind
            && scope
                .text
                .get(line_end..next_start)
                .is_some_and(|gap| gap.trim().is_empty())
            && cells_before(breaks, next_start, n.span.start) == column;
        if !next_row {
            break;
        }
        let label = scope.text.get(next_start..n.span.start).unwrap_or("");
        if label
            .split_whitespace()
            .next()
            .is_some_and(super::list::is_remainder_word)
        {
            return;
        }
        below.push(prev + 1);
        prev += 1;
    }
    // A column of signed figures ("-3%", "+22%") gives changes, not shares;
    // the parser may leave the plus sign out of the figure's span.
    let signed = |i: usize| {
        scope.q(i).is_some_and(|q| {
            q.value.is_some_and(|v| v < 0.0)
                || scope
                    .text
                    .get(..q.span.start)
                    .is_some_and(|t| t.trim_end().ends_with('+'))
                || scope
                    .text
                    .get(q.span.start..q.span.end)
                    .is_some_and(|t| t.starts_with('+'))
        })
    };
    if let Some(mut shares) = column_above(scope, breaks, last, line_start, column)
        && shares.len() + below.len() >= 2
        && !shares
            .iter()
            .chain([&last])
            .chain(&below)
            .any(|&i| signed(i))
    {
        shares.push(last);
        shares.extend(below);
        claims.push(Claim::Shares {
            shares,
            exhaustive: true,
        });
    }
}

/// Whether a total row's cell can be the sum of its column: a "Total /
/// average" row gives an average (no larger than its largest row) and a
/// column of percentages gives changes or rates, unless it totals 100%.
fn is_sum_column(scope: &Scope, total: usize, parts: &[usize]) -> bool {
    let Some(t) = scope.q(total) else {
        return false;
    };
    let largest = parts
        .iter()
        .filter_map(|&p| scope.q(p))
        .map(|q| q.point())
        .fold(f64::MIN, f64::max);
    let percent_total_of_100 = t.interval.contains(100.0);
    t.point() > largest && (t.kind != crate::quantity::Kind::Percent || percent_total_of_100)
}

/// The figure in `column` of each row above the total row, from the top,
/// when every row of the body has exactly one like figure there.
fn column_above(
    scope: &Scope,
    breaks: &[usize],
    total: usize,
    line_start: usize,
    column: usize,
) -> Option<Vec<usize>> {
    let mut parts = Vec::new();
    let mut at = line_start;
    while at > 0 {
        let (start, end) = line_of(scope.text, at - 1);
        let row = scope.text.get(start..end).unwrap_or("");
        if row.trim().is_empty() || cells_before(breaks, start, end) == 0 {
            break;
        }
        // Quantities are in text order: the row's are found by search.
        let row_figures = scope.starting_in(start, end);
        let in_column: Vec<usize> = (row_figures.start..row_figures.end.min(total))
            .filter(|&p| {
                scope
                    .q(p)
                    .is_some_and(|pq| cells_before(breaks, start, pq.span.start) == column)
            })
            .collect();
        match in_column.as_slice() {
            [p] if scope.comparable(*p, total) => parts.push(*p),
            _ => return None,
        }
        at = start;
    }
    parts.reverse();
    Some(parts)
}

/// The start of the line of a table row's figure at `at`. A row's label
/// stands a few cells from the line's start; looking no further than
/// [`HEAD_REACH`] keeps one long line linear.
/// "| **Region** | **1,204,000** |" closing a table: a last row set in
/// bold from its label to the figure is its total row, whatever it is called.
fn bold_last_row(source: &str, start: usize, figure_end: usize) -> bool {
    let bold_figure = source
        .get(figure_end..)
        .is_some_and(|t| t.starts_with("**") || t.starts_with("__"));
    if !bold_figure {
        return false;
    }
    let (_, end) = line_of(source, figure_end);
    let cells: Vec<&str> = source
        .get(start..figure_end + 2)
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let bold = |c: &&str| c.starts_with("**") || c.starts_with("__");
    let next_line = source
        .get(end..)
        .unwrap_or("")
        .trim_start_matches(['\r', '\n']);
    cells.first().is_some_and(bold)
        && cells.last().is_some_and(bold)
        && !next_line.trim_start().starts_with('|')
}

pub(super) fn row_start(text: &str, at: usize) -> Option<usize> {
    let near = at.saturating_sub(HEAD_REACH);
    text.as_bytes()
        .get(near..at)
        .and_then(|b| memchr::memrchr(b'\n', b))
        .map(|p| near + p + 1)
        .or((near == 0).then_some(0))
}

/// The byte range of the line holding `at`, without its line break.
pub(super) fn line_of(text: &str, at: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let before = bytes.get(..at).unwrap_or_default();
    let start = memchr::memrchr(b'\n', before).map_or(0, |p| p + 1);
    let after = bytes.get(at..).unwrap_or_default();
    let end = memchr::memchr(b'\n', after).map_or(text.len(), |p| at + p);
    (start, end)
}

/// The header cell over the table cell at `at`, trimmed: the cell with as
/// many pipes before it on the table's first line. In the prose view the
/// separator under the header is a blank line; a table is at most
/// [`HEADER_REACH`] lines deep for this.
pub(super) fn column_header(text: &str, at: usize) -> Option<&str> {
    let (mut start, _) = line_of(text, at);
    let column = text.get(start..at)?.matches('|').count();
    if column == 0 {
        return None;
    }
    for _ in 0..HEADER_REACH {
        let (above, end) = line_of(text, start.checked_sub(1)?);
        let line = text.get(above..end)?;
        if line.trim().is_empty() {
            // The separator: the header is the line above it.
            let (header, end) = line_of(text, above.checked_sub(1)?);
            let header = text.get(header..end)?;
            return header
                .contains('|')
                .then(|| header.split('|').nth(column))?
                .map(str::trim);
        }
        if !line.contains('|') {
            return None;
        }
        start = above;
    }
    None
}

/// How many rows above a cell its header may stand.
const HEADER_REACH: usize = 40;

/// The words before figure `t` in its table row ("| Revenue | £184m |"):
/// a cell is a sentence of its own, named by its row's label.
pub(super) fn row_label_words<'d>(
    scope: &Scope<'d>,
    t: usize,
) -> impl Iterator<Item = &'d str> + use<'d> {
    let at = scope.q(t).map_or(0, |q| q.span.start);
    super::context::words_in(scope.text, at - row_label_len(scope, t), at)
}

/// How far before figure `t` its table row starts (0 out of a table).
pub(super) fn row_label_len(scope: &Scope, t: usize) -> usize {
    let at = scope.q(t).map_or(0, |q| q.span.start);
    let (start, _) = line_of(scope.text, at);
    let row = scope.text.get(start..at).unwrap_or("");
    if row.contains('|') { row.len() } else { 0 }
}

/// How many cell boundaries lie in `[from, to)`.
pub(super) fn cells_before(breaks: &[usize], from: usize, to: usize) -> usize {
    breaks.partition_point(|&b| b < to) - breaks.partition_point(|&b| b < from)
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::markdown_rules as fired;

    #[test]
    fn a_column_headed_of_which_is_a_part_of_the_column_before() {
        let text = "# Chargers\n\n| Area | Charge points | Of which rapid |\n| --- | --- | --- |\n| Town | 268 | 41 |\n| Villages | 64 | @ |\n";
        assert_eq!(fired(&text.replace('@', "71")), ["part-exceeds-whole"]);
        assert!(fired(&text.replace('@', "17")).is_empty());
        // Another column beside it is no part of the first.
        let beside = text.replace("Of which rapid", "Rapid elsewhere");
        assert!(fired(&beside.replace('@', "71")).is_empty());
    }

    #[test]
    fn a_last_row_set_in_bold_is_the_total_row() {
        let text = "# Population\n\n| District | Population |\n| --- | --- |\n| City | 512,000 |\n| Vale | 287,000 |\n| Marsh | 219,000 |\n| **Region** | **@** |\n";
        assert!(fired(&text.replace('@', "1,018,000")).is_empty());
        assert_eq!(fired(&text.replace('@', "1,058,000")), ["sum-mismatch"]);
        // A bold row above others is a highlight, not the total.
        let inside = "# Population\n\n| District | Population |\n| --- | --- |\n| **City** | **1,058,000** |\n| Vale | 287,000 |\n| Marsh | 219,000 |\n";
        assert!(fired(inside).is_empty());
    }

    #[test]
    fn a_total_row_is_the_sum_of_its_column() {
        let table = |total: &str| {
            format!(
                "| Service | Spending |\n| --- | ---: |\n| Roads | £27m |\n| Schools | £14m |\n| Parks | £9m |\n| Total | {total} |\n"
            )
        };
        assert_eq!(fired(&table("£55m")), ["sum-mismatch"]);
        assert!(fired(&table("£50m")).is_empty());
        let stays = "| Stay | Charge |\n| --- | --- |\n| Up to 1 hour | £1.40 |\n| Up to 4 hours | £3.20 |\n| All day | £6.50 |\n";
        assert!(fired(stays).is_empty());
    }

    #[test]
    fn an_of_which_row_is_a_part_of_the_row_it_divides() {
        let table = |n: &str| {
            format!(
                "| Patients | Jan |\n| --- | --- |\n| All attendances | 12,750 |\n| of which admitted | 3,140 |\n| of which by ambulance | {n} |\n"
            )
        };
        assert_eq!(fired(&table("13,020")), ["part-exceeds-whole"]);
        assert!(fired(&table("4,020")).is_empty());
    }

    #[test]
    fn a_remainder_row_closes_a_column_of_unsigned_shares() {
        let last = "| Region | Share |\n| --- | --- |\n| Riverton | 46% |\n| County | 31% |\n| Overseas | 5% |\n| Elsewhere | #% |\n";
        assert_eq!(fired(&last.replace('#', "12")), ["sum-mismatch"]);
        assert!(fired(&last.replace('#', "18")).is_empty());
        // A remainder among the rows closes all of them.
        let scale = "| Response | Share |\n| --- | --- |\n| Satisfied | 53% |\n| Neither | 21% |\n| Dissatisfied | #% |\n";
        assert_eq!(fired(&scale.replace('#', "34")), ["sum-mismatch"]);
        assert!(fired(&scale.replace('#', "26")).is_empty());
        let among = "Where the audience came from:\n\n- Riverton: 46%\n- Rest of the county: 31%\n- Elsewhere in the country: 19%\n- Overseas: 5%\n";
        assert!(fired(among).is_empty());
        let changes = "| Offence | 2023 | 2024 | Change |\n| --- | --- | --- | --- |\n| Violence | 3,215 | 3,104 | -3% |\n| Theft | 2,380 | 2,052 | -14% |\n| Vehicle crime | 1,208 | 1,540 | +22% |\n| Other offences | 858 | 838 | -2% |\n";
        assert!(fired(changes).is_empty());
        let rises = "| Branch | Visits | Change |\n| --- | --- | --- |\n| Main | 90,000 | +8% |\n| East | 40,000 | +13% |\n| Other branches | 60,000 | +10% |\n";
        assert!(fired(rises).is_empty());
    }

    #[test]
    fn a_column_with_a_gap_or_no_total_row_says_nothing() {
        // 2023 has no figure for East: its column is no complete list.
        let gap = "| Region | 2022 | 2023 |\n| --- | --- | --- |\n| North | 120 | 135 |\n| South | 340 | 310 |\n| East | 95 | |\n| All | 555 | 460 |\n";
        assert!(fired(gap).is_empty());
        // The last row is a row like the others, not a total.
        let no_total = "| Team | Points |\n| --- | --- |\n| A | 12 |\n| B | 9 |\n| C | 30 |\n";
        assert!(fired(no_total).is_empty());
        // Outside a table, "Total" at a line's start is prose.
        assert!(fired("Roads cost £27m.\nSchools £14m.\nTotal spending was £80m.\n").is_empty());
    }
}
