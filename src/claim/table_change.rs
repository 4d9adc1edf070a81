//! A change stated in prose of a row of a table with a column for each of
//! two years: "| Cancelled | 2,340 | 1,560 |" under "| Measure | 2023 |
//! 2022 |", and "Cancellations, however, went up by a fifth".
//!
//! The row is the one whose label shares a word with the words that lead
//! to the change in its sentence ("the 27 circular dipped by about 4%" and
//! "| 27 Town circular |"); the change is from the earlier year's cell to
//! the later one's. Only one best row is read, and only a table whose
//! header names exactly two years.

use super::change::{is_stated_change, stated_changes};
use super::context::word_stem;
use super::referred_change::fits_kind;
use super::{Claim, Scope, Stated};
use crate::quantity::Kind;

/// A table row's label and its figures for the earlier and later year.
struct Row {
    words: Vec<String>,
    from: usize,
    to: usize,
}

/// How far (in bytes) after a table its prose may state a change of a row.
const AFTER: usize = 3_000;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let source = scope.source;
    // Most texts have no table: their lines are not read.
    if memchr::memchr(b'|', source.as_bytes()).is_none() {
        return;
    }
    let mut stated = stated_changes(claims);
    stated.sort_unstable();
    for (rows, table_end) in tables(scope, source) {
        let prose = scope.starting_in(table_end, (table_end + AFTER).min(scope.text.len()));
        for s in prose {
            if stated.binary_search(&s).is_ok() || !states_change(scope, s) {
                continue;
            }
            // "rose by 18 to 320": a change with an end of its own is of
            // the row that ends there, whatever its label.
            let own_end = (scope.between(s, s + 1).trim() == "to")
                .then(|| scope.q(s + 1).and_then(|q| q.value))
                .flatten();
            let best = if let Some(end) = own_end {
                let ending: Vec<&Row> = rows
                    .iter()
                    .filter(|r| scope.q(r.to).and_then(|q| q.value) == Some(end))
                    .collect();
                match ending.as_slice() {
                    [row] => *row,
                    _ => continue,
                }
            } else {
                let lead = leading_words(scope, s);
                let mut scored: Vec<(usize, &Row)> = rows
                    .iter()
                    .map(|r| (r.words.iter().filter(|w| lead.contains(w)).count(), r))
                    .filter(|&(n, _)| n > 0)
                    .collect();
                scored.sort_by_key(|&(n, _)| std::cmp::Reverse(n));
                match scored.as_slice() {
                    [(_, row)] => *row,
                    [(a, row), (b, _), ..] if a > b => *row,
                    _ => continue,
                }
            };
            if fits_kind(scope, s, best.from) {
                claims.push(Claim::Change {
                    from: best.from,
                    to: best.to,
                    stated: Stated::Quantity(s),
                });
            }
        }
    }
}

/// A change stated by figure `s` with no figures of its own: a share or
/// points ("up by a fifth", "rose by 4.7 percentage points"), or an amount
/// after "by" or "of" ("a rise of 1,200 riders").
fn states_change(scope: &Scope, s: usize) -> bool {
    let Some(q) = scope.q(s) else { return false };
    q.range.is_none()
        && matches!(
            q.kind,
            Kind::Percent | Kind::Fraction | Kind::PercentagePoints | Kind::Count | Kind::Money
        )
        && is_stated_change(scope, s)
}

/// The words of `s`'s sentence that lead to it, from the sentence's start
/// or the change before it ("Route 41 grew by almost a third ..., while
/// the 27 circular dipped by about 4%").
fn leading_words(scope: &Scope, s: usize) -> Vec<String> {
    let (Some(q), Some(p)) = (scope.q(s), scope.place(s)) else {
        return Vec::new();
    };
    let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
    let start = scope
        .same_sentence(s)
        .filter(|&j| j < s && is_stated_change(scope, j))
        .filter_map(|j| scope.q(j))
        .map(|j| j.span.end)
        .last()
        .unwrap_or(sentence.start);
    label_words(scope.text.get(start..q.span.start).unwrap_or(""))
}

/// The words that can name a row: tokens with a digit as written ("X1",
/// "41"), words of four letters or more by their stem ("cancellations"
/// and "cancelled").
fn label_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter_map(|w| {
            if w.chars().any(|c| c.is_ascii_digit()) {
                Some(w.to_ascii_lowercase())
            } else if w.len() >= 4 && !GENERAL.iter().any(|g| w.eq_ignore_ascii_case(g)) {
                Some(word_stem(w, 6))
            } else {
                None
            }
        })
        .collect()
}

/// Words of a label or a sentence too general to name a row.
const GENERAL: &[&str] = &[
    "total", "other", "others", "year", "years", "with", "from", "that", "this", "figure",
];

/// The tables of `source` whose header names two years, as their rows and
/// the byte where each table ends.
fn tables(scope: &Scope, source: &str) -> Vec<(Vec<Row>, usize)> {
    let mut found = Vec::new();
    let mut at = 0;
    let mut years: Option<(usize, usize)> = None;
    let mut rows: Vec<Row> = Vec::new();
    let mut in_table = false;
    for line in source.split_inclusive('\n') {
        let (start, end) = (at, at + line.len());
        at = end;
        let body = line.trim();
        if !body.starts_with('|') {
            if in_table && !rows.is_empty() {
                found.push((std::mem::take(&mut rows), start));
            }
            (in_table, years, rows) = (false, None, Vec::new());
            continue;
        }
        let cells: Vec<&str> = body.trim_matches('|').split('|').map(str::trim).collect();
        if !in_table {
            in_table = true;
            years = year_columns(&cells);
            continue;
        }
        if cells
            .iter()
            .all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
        {
            continue;
        }
        let Some((earlier, later)) = years else {
            continue;
        };
        let cell_of = |i: usize| {
            scope.q(i).map(|q| {
                source
                    .get(start..q.span.start)
                    .unwrap_or("")
                    .matches('|')
                    .count()
            })
        };
        let in_cell = |cell: usize| {
            scope
                .starting_in(start, end)
                .filter(|&i| cell_of(i) == Some(cell + 1))
                .collect::<Vec<_>>()
        };
        if let ([from], [to]) = (in_cell(earlier).as_slice(), in_cell(later).as_slice())
            && scope.comparable(*from, *to)
        {
            rows.push(Row {
                words: label_words(cells.first().copied().unwrap_or("")),
                from: *from,
                to: *to,
            });
        }
    }
    if in_table && !rows.is_empty() {
        found.push((rows, source.len()));
    }
    found
}

/// The cells of a header that are years, earlier first, when there are
/// exactly two: "| Measure | 2023 | 2022 |" -> (2, 1).
fn year_columns(cells: &[&str]) -> Option<(usize, usize)> {
    let years: Vec<(usize, u32)> = cells
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let year: u32 = c
                .split(|ch: char| !ch.is_ascii_digit())
                .find(|d| d.len() == 4)?
                .parse()
                .ok()?;
            (1900..=2100).contains(&year).then_some((i, year))
        })
        .collect();
    match years.as_slice() {
        [(a, ya), (b, yb)] if ya != yb => Some(if ya < yb { (*a, *b) } else { (*b, *a) }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::markdown_rules;

    #[test]
    fn a_change_of_a_row_named_in_prose() {
        let text = "# Trains\n\n| Measure | 2023 | 2022 |\n| --- | --- | --- |\n| Trains planned | 61,400 | 60,900 |\n| Cancelled | 2,340 | 1,560 |\n| Complaints | 4,180 | 5,020 |\n\nComplaints fell by about 17%. Cancellations, however, went up by S, which the company blamed on a shortage of drivers.\n";
        assert_eq!(
            markdown_rules(&text.replace('S', "a fifth")),
            ["change-mismatch"]
        );
        assert!(markdown_rules(&text.replace('S', "a half")).is_empty());
    }

    #[test]
    fn the_change_before_it_in_its_sentence_bounds_its_words() {
        let text = "# Buses\n\n| Route | Riders, 2023 | Riders, 2024 |\n| --- | --- | --- |\n| X1 Tolland | 4,310 | 5,020 |\n| 27 Town circular | 2,180 | 2,090 |\n| 41 Keyford | 1,460 | 1,910 |\n\nThe X1 showed a rise of N riders a day. Route 41 grew by almost a third, while the 27 circular dipped by about 4%.\n";
        assert_eq!(
            markdown_rules(&text.replace('N', "1,200")),
            ["change-mismatch"]
        );
        assert!(markdown_rules(&text.replace('N', "710")).is_empty());
    }

    #[test]
    fn a_change_with_its_own_end_is_of_the_row_ending_there() {
        let text = "# Club\n\n| Section | Members 2024 | Members 2023 |\n| --- | --- | --- |\n| Senior | 175 | 156 |\n| Juniors | 110 | 117 |\n| Social members | 35 | 29 |\n| **Total** | **320** | **302** |\n\nMembership rose by @ to 320, an increase of 6%.\n";
        assert!(markdown_rules(&text.replace('@', "18")).is_empty());
        assert_eq!(
            markdown_rules(&text.replace('@', "28")),
            ["change-mismatch"]
        );
    }

    #[test]
    fn a_table_of_one_year_or_a_row_not_named_says_nothing() {
        let quiet = [
            "# Trains\n\n| Measure | 2023 |\n| --- | --- |\n| Cancelled | 2,340 |\n\nCancellations went up by a half.\n",
            "# Trains\n\n| Measure | 2023 | 2022 |\n| --- | --- | --- |\n| Cancelled | 2,340 | 1,560 |\n\nFares went up by a half.\n",
        ];
        for text in quiet {
            assert!(markdown_rules(text).is_empty(), "{text}");
        }
    }
}
