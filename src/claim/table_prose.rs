//! A table row or a labelled list item restated in prose: "| Critical
//! care | 42 |" and "The critical care unit, with 24 beds, ..."; "-
//! **Turnout:** 47.3%" and "Turnout was 43.7%".
//!
//! A row's label names what its figure counts. When the prose names the
//! same thing in the label's words and gives a figure of the same kind and
//! unit beside them, the two are one figure stated twice. Only rows with
//! one such figure are read (a row of several years or measures could be
//! any of them), only labels specific enough to name one thing (two words,
//! or one long word that is no total), and only prose figures that are not
//! a change or a comparison ("rose by 4", "up from 38").

use super::{Claim, Scope};

/// How far (in bytes) from the label's words the prose figure may stand.
const NEAR: usize = 40;

/// How many rows of a document are read, and how far (in bytes) around a
/// row its prose is looked for.
const MAX_ROWS: usize = 64;
const WINDOW: usize = 20_000;

/// Verbs whose object is an amount added or taken away.
const CHANGED_BY: &[&str] = &[
    "add",
    "adds",
    "adding",
    "added",
    "create",
    "creates",
    "creating",
    "created",
    "cut",
    "cuts",
    "cutting",
    "shed",
    "sheds",
    "shedding",
    "axe",
    "axes",
    "axing",
    "hire",
    "hires",
    "hiring",
    "recruit",
    "recruits",
    "recruiting",
];

/// Labels too general to name one thing.
const GENERAL: &[&str] = &[
    "total", "other", "others", "all", "overall", "average", "change",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let source = scope.source;
    // Most texts have no table and no list: their lines are not read.
    let bytes = source.as_bytes();
    if memchr::memchr(b'|', bytes).is_none() && memchr::memmem::find(bytes, b"\n- ").is_none() {
        return;
    }
    let mut at = 0;
    let mut rows: Vec<(String, usize, (usize, usize))> = Vec::new();
    // Every row and item, read or not: none of their figures is prose.
    let mut table_lines: Vec<(usize, usize)> = Vec::new();
    // The figures of "Total" rows, each with its column.
    let mut totals: Vec<(usize, usize)> = Vec::new();
    // Every row's and item's label, to tell rows named together.
    let mut labels: Vec<String> = Vec::new();
    for line in source.split_inclusive('\n') {
        let (start, end) = (at, at + line.len());
        at = end;
        let Some((label, label_end)) = labelled(line) else {
            continue;
        };
        table_lines.push((start, end));
        let label = label.trim().trim_matches('*').trim().to_ascii_lowercase();
        labels.push(label.clone());
        if label == "total" {
            totals.extend(
                scope
                    .starting_in(start + label_end, end)
                    .map(|t| (t, column_of(source, start, scope, t))),
            );
        }
        if !specific(&label) {
            continue;
        }
        let label_end = start + label_end;
        let figures: Vec<usize> = scope
            .starting_in(label_end, end)
            .filter(|&i| {
                scope
                    .q(i)
                    .is_some_and(|q| q.kind.is_amount() && q.range.is_none())
            })
            .collect();
        // "| Carrow | 31,000 | 52% |": a figure alone of its kind and unit
        // in the row is the row's one such figure.
        for &figure in &figures {
            if figures
                .iter()
                .filter(|&&o| scope.comparable(o, figure))
                .count()
                == 1
            {
                rows.push((label.clone(), figure, (start, end)));
            }
        }
    }
    let in_table = |i: usize| {
        scope.q(i).is_some_and(|q| {
            table_lines
                .iter()
                .any(|&(s, e)| (s..e).contains(&q.span.start))
        })
    };
    // The prose is searched near the table only, and for a few rows: the
    // cost stays linear in a long file of tables.
    for (label, figure, (row_start, row_end)) in rows.iter().take(MAX_ROWS) {
        let from = row_start.saturating_sub(WINDOW);
        let window = scope.snap(crate::span::Span::new(from, row_start + WINDOW));
        let lower = scope.lowercase(window);
        if let Some(prose) = said_in_prose(scope, &lower, window.start, label, *figure, &in_table)
            && !super::restatement::read_as_part(scope, claims, prose, *figure)
        {
            claims.push(Claim::Restatement {
                first: prose.min(*figure),
                second: prose.max(*figure),
            });
        }
        // "Housing and homelessness ... accounting for nearly half of the
        // net budget": a share the prose gives the row, of the table's total.
        let column = column_of(source, *row_start, scope, *figure);
        let total_row = totals
            .iter()
            .find(|&&(t, c)| c == column && t > *figure && scope.comparable(t, *figure))
            .map(|&(t, _)| t);
        // A total the prose states for the cells is named whichever way:
        // "a quarter of sales"; a total row by "of the".
        let named_any_way = total_row.is_none();
        let whole = total_row.or_else(|| {
            // "| Hollins | 24,000 | 29% |": a row with a share of its
            // own is said as one of itself ("29% of capacity").
            let own_share = scope
                .starting_in(*row_start, *row_end)
                .any(|i| scope.q(i).is_some_and(|q| q.kind.is_share()));
            if own_share {
                return None;
            }
            let cells = column_cells(scope, &table_lines, *row_start, column, *figure);
            total_in_prose(scope, &cells, window, &in_table)
        });
        if let Some(whole) = whole
            && let Some(share) = share_in_prose(
                scope,
                &lower,
                window.start,
                (label, *figure),
                &in_table,
                named_any_way,
                &labels,
            )
        {
            claims.push(Claim::Proportion {
                part: *figure,
                whole,
                share,
            });
        }
    }
}

/// The like figures of one column of the table whose row starts at
/// `row_start`: its run of rows without a line between.
fn column_cells(
    scope: &Scope,
    table_lines: &[(usize, usize)],
    row_start: usize,
    column: usize,
    figure: usize,
) -> Vec<usize> {
    let Some(at) = table_lines.iter().position(|&(s, _)| s == row_start) else {
        return Vec::new();
    };
    // Lines one right after another are rows of one table.
    let joined = |k: usize| {
        table_lines
            .get(k)
            .zip(table_lines.get(k + 1))
            .is_some_and(|(a, b)| a.1 == b.0)
    };
    let mut first = at;
    while first > 0 && joined(first - 1) {
        first -= 1;
    }
    let mut last = at;
    while joined(last) {
        last += 1;
    }
    table_lines
        .get(first..=last)
        .unwrap_or_default()
        .iter()
        .flat_map(|&(s, e)| {
            scope
                .starting_in(s, e)
                .filter(move |&i| column_of(scope.source, s, scope, i) == column)
        })
        .filter(|&i| scope.comparable(i, figure))
        .collect()
}

/// "sold 31,200 maps last year" over a table of products without a total
/// row: the one prose figure like the cells equal to their sum, not the
/// start of a change or a figure compared with.
/// Only the prose within `window` of the row is read, and the cheap tests
/// go first: most figures fail on their value.
fn total_in_prose(
    scope: &Scope,
    cells: &[usize],
    window: crate::span::Span,
    in_table: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let &first = cells.first()?;
    if cells.len() < 3 {
        return None;
    }
    let sum = scope.sum_of(cells);
    let mut totals = scope.starting_in(window.start, window.end).filter(|&t| {
        scope.q(t).is_some_and(|q| {
            q.hedge.is_none() && q.range.is_none() && (q.point() - sum).abs() <= sum.abs() * 1e-9
        }) && scope.comparable(t, first)
            && !scope
                .place(t)
                .is_some_and(|p| p.prev_is(&["from", "than", "against", "with"]))
            && !in_table(t)
    });
    match (totals.next(), totals.next()) {
        (Some(t), None) => Some(t),
        _ => None,
    }
}

/// The column of figure `i` in the table row that starts at `row_start`:
/// the pipes before it on its line.
fn column_of(source: &str, row_start: usize, scope: &Scope, i: usize) -> usize {
    scope
        .q(i)
        .and_then(|q| source.get(row_start..q.span.start))
        .map_or(0, |before| before.matches('|').count())
}

/// A share of a whole ("nearly half of the net budget") in a prose
/// sentence that names the label, after it, stated as no change. Where
/// the sentence restates a figure like the row's, the share is the one
/// right after it ("219 reports or about 6 per cent of the total", not
/// the "42 per cent" after the row's sum of money).
fn share_in_prose(
    scope: &Scope,
    lower: &str,
    base: usize,
    (label, figure): (&str, usize),
    in_table: &dyn Fn(usize) -> bool,
    named_any_way: bool,
    labels: &[String],
) -> Option<usize> {
    let of_a_whole = |s: usize| {
        !in_table(s)
            && scope
                .q(s)
                .is_some_and(|q| q.kind.is_share() && q.range.is_none())
            && scope.place(s).is_some_and(|p| {
                p.after_is(0, "of")
                    && (named_any_way
                        && !p.after_has(2, &["which", "whom", "them", "those", "these", "it"])
                        || p.after_is(1, "the"))
            })
            && !super::change::is_stated_change(scope, s)
    };
    lower.match_indices(label).find_map(|(found, _)| {
        // "Crab and lobster together brought in about 35% of the value":
        // a share of two rows taken together is neither row's.
        if paired_with_another(lower, found, found + label.len(), labels) {
            return None;
        }
        let at = base + found;
        let sentence = scope
            .layout
            .sentence_span(scope.layout.sentence_of(at), scope.text.len());
        let after = scope.starting_in(at, sentence.end);
        match after.clone().find(|&p| {
            !in_table(p)
                && scope.comparable(p, figure)
                && scope.same_things(p, figure) != Some(false)
                && !super::restatement::counted_apart_in_a_table(scope, figure, p)
        }) {
            Some(restated) => Some(restated + 1).filter(|&s| of_a_whole(s)),
            // "fewer than one in 20 proven cases but nearly a third of the
            // money": with two shares it is not known which is the row's.
            None => {
                let shares: Vec<usize> = after
                    .filter(|&s| !in_table(s) && scope.q(s).is_some_and(|q| q.kind.is_share()))
                    .collect();
                match shares.as_slice() {
                    [one] => Some(*one).filter(|&s| of_a_whole(s)),
                    _ => None,
                }
            }
        }
    })
}

/// The label of a table row ("| Critical care | 42 |") or of a list item
/// that gives a figure for it ("- **Turnout:** 47.3%"), and the offset in
/// the line where the label ends.
fn labelled(line: &str) -> Option<(&str, usize)> {
    let indent = line.len() - line.trim_start().len();
    let body = line.trim();
    if let Some(row) = body.strip_prefix('|') {
        let (label, _) = row.split_once('|')?;
        return Some((label, indent + 1 + label.len()));
    }
    let item = body
        .strip_prefix("- ")
        .or_else(|| body.strip_prefix("* "))?;
    let (label, _) = item.split_once(':')?;
    // "- St Aldric's: 460 pupils" names a place, whose other figures
    // ("built for 900 pupils") the prose may give; "- Turnout:" names a measure.
    let words: Vec<&str> = label.trim_matches(['*', ' ']).split_whitespace().collect();
    let name = words.len() >= 2
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        || label.trim_end_matches(['*', ' ']).ends_with("'s");
    (!name).then_some((label, indent + 2 + label.len()))
}

fn specific(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let letters = label
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'');
    letters
        && match words.as_slice() {
            [one] => one.len() >= 6 && !GENERAL.contains(one),
            many => many.len() >= 2 && many.len() <= 5,
        }
}

/// The prose figure beside the label's words that states the row's figure
/// differently, if the prose states it at all and never as the row does.
/// `lower` is the lowercased text from byte `base` on.
fn said_in_prose(
    scope: &Scope,
    lower: &str,
    base: usize,
    label: &str,
    figure: usize,
    in_table: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut differing = None;
    for (found, _) in lower.match_indices(label) {
        let end = found + label.len();
        let whole_words = !lower
            .get(..found)
            .is_some_and(|t| t.ends_with(|c: char| c.is_alphanumeric()))
            && !lower
                .get(end..)
                .is_some_and(|t| t.starts_with(|c: char| c.is_alphanumeric()));
        if !whole_words || joined_with_another(lower, found, end) {
            continue;
        }
        let (at, end) = (base + found, base + end);
        let near = scope
            .starting_in(at.saturating_sub(NEAR), end + NEAR)
            .filter(|&p| {
                !in_table(p)
                    && scope.comparable(p, figure)
                    && scope.place(p).is_some_and(|pl| {
                        // "1,420 of its new students": a part, not the row's
                        // figure; "a one-off £700,000 award for play areas":
                        // a new thing introduced, not the row restated.
                        !pl.past_frame()
                            && !pl.prev_is(&["by", "from", "than", "to", "against", "on"])
                            // "up 2.7 points on the 38.5% recorded in 2019".
                            && !set_on(pl)
                            && !pl.after_is(0, "of")
                            && !pl.before_has(2, &["a", "an"])
                            // "could pass 25% by December": a hope, not the row.
                            && !pl.forecast(3)
                            // "to add 220 jobs at its dyeing plant": what is
                            // added or cut, not what there is.
                            && !pl.before_has(2, CHANGED_BY)
                    })
                    // "An earlier scheme for 30 turbines was refused in 2017".
                    && !super::referred_change::dated_earlier(scope, p)
                    && !coordinated(scope, p)
                    && !after_a_fraction(scope, p)
                    && (same_sentence_as_label(scope, p, at) || said_of_it_next(scope, p, at))
            });
        for p in near {
            let (Some(pq), Some(fq)) = (scope.q(p), scope.q(figure)) else {
                continue;
            };
            if pq.interval.overlaps(fq.interval) {
                return None;
            }
            // A slip: near in size, or the digits swapped ("25%" for "52%").
            let (x, y) = (pq.point().abs(), fq.point().abs());
            let swapped = super::restatement::adjacent_swap(pq.value, fq.value);
            if differing.is_none() && (x.max(y) <= 2.0 * x.min(y) || swapped) {
                differing = Some(p);
            }
        }
    }
    differing
}

/// "22 pianos across the city centre and three suburbs": a label joined
/// to another name is one of several that the prose figure counts together.
fn joined_with_another(lower: &str, found: usize, end: usize) -> bool {
    const JOINS: &[&str] = &["and", "or", "plus", "&"];
    // "more than 1,600 members and on a wet Saturday ...": "and" before a
    // clause or a phrase of its own joins no second name.
    const NO_NAME: &[&str] = &[
        "on", "in", "at", "for", "to", "from", "by", "with", "when", "while", "then", "so", "we",
        "they", "it", "he", "she", "i", "you", "there", "that", "this",
    ];
    // Only a label the figure spreads over: "across", "between", "in both".
    let spread = lower
        .get(..found)
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| matches!(w, "across" | "between" | "both" | "over"));
    let mut after = lower.get(end..).unwrap_or("").split_whitespace();
    spread
        && after.next().is_some_and(|w| JOINS.contains(&w))
        && after.next().is_some_and(|w| !NO_NAME.contains(&w))
}

/// Whether the label at `found..end` of `lower` is joined to another of
/// the table's `labels`: "crab and lobster", "mackerel, haddock and
/// lobster" (not "fell by a third and lobster made up").
fn paired_with_another(lower: &str, found: usize, end: usize, labels: &[String]) -> bool {
    const JOINS: &[&str] = &[" and", " or", " plus", " &", ","];
    let before = lower.get(..found).unwrap_or("").trim_end();
    let after = lower.get(end..).unwrap_or("");
    // The label is a whole word: no letter or digit beside it.
    let no_word = |edge: Option<char>| !edge.is_some_and(char::is_alphanumeric);
    let others = || {
        labels
            .iter()
            .map(String::as_str)
            .filter(|l| !l.is_empty() && lower.get(found..end) != Some(l))
    };
    JOINS.iter().any(|j| {
        let ends_on_label = before.strip_suffix(j.trim_start()).is_some_and(|rest| {
            let rest = rest.trim_end();
            others().any(|l| {
                rest.strip_suffix(l)
                    .is_some_and(|r| no_word(r.chars().next_back()))
            })
        });
        let opens_on_label = after.strip_prefix(j).is_some_and(|rest| {
            let rest = rest.trim_start();
            others().any(|l| {
                rest.strip_prefix(l)
                    .is_some_and(|r| no_word(r.chars().next()))
            })
        });
        ends_on_label || opens_on_label
    })
}

/// "Feed stations are at 35km and 80km on the medium and long routes": one
/// of a list of like figures, which the labels may share out otherwise.
fn coordinated(scope: &Scope, p: usize) -> bool {
    let joined = |a: usize, b: usize| {
        scope.comparable(a, b) && matches!(scope.between(a, b).trim(), "and" | "or" | "," | ", and")
    };
    p.checked_sub(1).is_some_and(|a| joined(a, p)) || joined(p, p + 1)
}

/// "for half price, £7.50": a figure set off after a fraction is that part
/// of the row's figure, not the row's figure again ("Half the riders pay
/// £12" says the row's figure).
fn after_a_fraction(scope: &Scope, p: usize) -> bool {
    p.checked_sub(1).is_some_and(|f| {
        let gap = scope.between(f, p).trim_end();
        scope
            .q(f)
            .is_some_and(|q| q.kind == crate::quantity::Kind::Fraction)
            && scope.in_one_sentence(f, p)
            && gap.ends_with([',', ':', '('])
            && gap.split_whitespace().count() <= 3
    })
}

/// "on the 38.5%": the base a change is measured on.
fn set_on(p: &super::context::Place) -> bool {
    p.prev_is(&["the"]) && p.before_is(1, "on")
}

/// "Carrow, the largest, is the main concern. At 25% full it is ...": a
/// figure in the sentence after the label's, which refers to it by "it".
fn said_of_it_next(scope: &Scope, p: usize, label_at: usize) -> bool {
    let label_sentence = scope.layout.sentence_of(label_at);
    scope.place(p).is_some_and(|pl| {
        pl.sentence == label_sentence + 1 && {
            let span = scope.layout.sentence_span(pl.sentence, scope.text.len());
            super::context::words_in(scope.text, span.start, span.end)
                .take(8)
                .any(|w| w == "it" || w == "It" || w == "its" || w == "Its")
        }
    })
}

fn same_sentence_as_label(scope: &Scope, p: usize, label_at: usize) -> bool {
    scope
        .place(p)
        .is_some_and(|pl| pl.sentence == scope.layout.sentence_of(label_at))
}

#[cfg(test)]
mod tests {
    use crate::claim::{Claim, testing::claims};
    use crate::segment::Syntax;

    #[test]
    fn a_row_s_share_of_the_total_the_prose_gives_for_the_column() {
        let text = "# Maps\n\nThe studio sold 31,200 maps last year.\n\n| Product | Maps sold |\n| --- | --- |\n| Walking maps | 14,200 |\n| Cycling maps | 6,100 |\n| Wall maps | 3,900 |\n| Digital downloads | 7,000 |\n\nWalking maps, which cover 38 upland areas at a scale of 1:25,000, made up S of sales.\n";
        let rules = |s: &str| crate::claim::testing::markdown_rules(&text.replace('S', s));
        assert_eq!(rules("about a quarter"), ["proportion-mismatch"]);
        assert!(rules("nearly half").is_empty());
        // A prose figure the cells do not sum to is no total of theirs.
        let other = text
            .replace("31,200", "30,800")
            .replace('S', "about a quarter");
        assert!(crate::claim::testing::markdown_rules(&other).is_empty());
    }

    #[test]
    fn a_number_added_is_no_row_restated() {
        let table =
            "| Department | Staff |\n| --- | --- |\n| Dyeing | 310 |\n| Finishing | 260 |\n";
        let added = format!("# Orlan to add 220 jobs at its dyeing plant\n\n{table}");
        assert_eq!(restated(&added), 0);
        let stock = format!("# Orlan employs 220 at its dyeing plant\n\n{table}");
        assert_eq!(restated(&stock), 1);
    }

    #[test]
    fn a_figure_a_change_is_measured_on_is_not_the_row_restated() {
        let text = "# Results\n\n- Turnout: 41.2% of 68,450 voters\n- Seats: 45\n\n## Copy\n\nTurnout was up 2.7 points on the 38.5% recorded in 2019.\n";
        assert!(crate::claim::testing::markdown_rules(text).is_empty());
        let restated = text.replace(
            "up 2.7 points on the 38.5% recorded in 2019",
            "38.5%, officials said",
        );
        assert_eq!(
            crate::claim::testing::markdown_rules(&restated),
            ["restatement-conflict"]
        );
    }

    fn restated(text: &str) -> usize {
        claims(text, Syntax::Markdown)
            .iter()
            .filter(|c| matches!(c, Claim::Restatement { .. }))
            .count()
    }

    #[test]
    fn a_list_item_restated_in_prose_must_agree() {
        let list = "## Key figures\n\n- **Turnout:** 47.3%\n- **Votes cast:** 61,200\n\n";
        let wrong = format!("{list}Turnout was 43.7%, down from 51.2% in 2021.\n");
        assert_eq!(restated(&wrong), 1);
        let right = format!("{list}Turnout was 47.3%, down from 51.2% in 2021.\n");
        assert_eq!(restated(&right), 0);
        // A part of the labelled figure is not the figure.
        let faculty = "## Intake\n\n- **Life sciences:** 1,260\n\n";
        let part =
            format!("{faculty}Life sciences grew fastest, and 1,420 of its students are nurses.\n");
        assert_eq!(restated(&part), 0);
        let whole = format!("{faculty}Life sciences grew fastest, to 1,420 students.\n");
        assert_eq!(restated(&whole.replace("to 1,420", "with 1,420")), 1);
        // "Of the ground-source pumps, 310" is read as a part of the row.
        let types = "## Types\n\n- air-source: 2,540\n- ground-source: 280\n\n";
        let of_the = format!("{types}Of the ground-source pumps, 310 went into farmhouses.\n");
        assert_eq!(restated(&of_the), 0);
        assert_eq!(
            crate::claim::testing::rules(&of_the),
            ["part-exceeds-whole"]
        );
        // Or set off after a colon.
        let bakers = "## Stalls\n\n- bakers: 9\n- dairy: 6\n- crafts: 4\n\n";
        let colon = format!("{bakers}Bread is the exception: of the bakers, 11 use local flour.\n");
        assert_eq!(restated(&colon), 0);
        assert_eq!(crate::claim::testing::rules(&colon), ["part-exceeds-whole"]);
        // A label that names a place: its other figures are no restatement.
        let place = "## Schools\n\n- St Aldric's: 460 pupils\n\nSt Aldric's, built for 900 pupils, is half full.\n";
        assert_eq!(restated(place), 0);
    }

    #[test]
    fn a_row_restated_in_prose_must_agree() {
        let table =
            "| Ward | Beds |\n| --- | ---: |\n| Critical care | 42 |\n| Maternity | 64 |\n\n";
        let wrong = format!("{table}The critical care unit, with 24 beds, is the largest.\n");
        assert_eq!(restated(&wrong), 1);
        let right = format!("{table}The critical care unit, with 42 beds, is the largest.\n");
        assert_eq!(restated(&right), 0);
        let change = format!("{table}Critical care beds rose by 4 this year.\n");
        assert_eq!(restated(&change), 0);
        // Named with another ward, the figure counts both.
        let both = format!(
            "{table}There are 24 beds across critical care and the high-dependency unit.\n"
        );
        assert_eq!(restated(&both), 0);
        let clause =
            format!("{table}We have 24 beds in critical care and on a busy night they fill.\n");
        assert_eq!(restated(&clause), 1);
        let opened = format!("{table}The hospital opened in 2019 and critical care has 24 beds.\n");
        assert_eq!(restated(&opened), 1);
    }

    #[test]
    fn a_fraction_of_a_row_s_figure_is_no_row_restated() {
        let table = "| Route | Fee |\n| --- | ---: |\n| Family | £15 |\n| Classic | £48 |\n\n";
        let half = format!("{table}Under-16s ride the Family route for half price, £7.50.\n");
        assert_eq!(restated(&half), 0);
        let slip = format!("{table}Under-16s ride the Family route for the full price, £12.\n");
        assert_eq!(restated(&slip), 1);
        let riders = format!("{table}Half the riders pay £12 for the Family route.\n");
        assert_eq!(restated(&riders), 1);
    }

    #[test]
    fn a_row_s_figure_alone_of_its_kind_is_restated_by_prose() {
        let table = "## Levels\n\n| Reservoir | Capacity (Ml) | Current level |\n| --- | --- | --- |\n| Carrow | 31,000 | 52% |\n| Elstow | 24,000 | 61% |\n\n";
        let wrong = format!("{table}Carrow, the largest, is only 25% full.\n");
        assert_eq!(restated(&wrong), 1);
        let right = format!("{table}Carrow, the largest, is only 52% full.\n");
        assert_eq!(restated(&right), 0);
        let next = format!(
            "{table}Carrow, the largest, is the main concern. At 25% full it is at its lowest.\n"
        );
        assert_eq!(restated(&next), 1);
        let other = format!(
            "{table}Carrow, the largest, is the main concern. Rainfall was 25% below average.\n"
        );
        assert_eq!(restated(&other), 0);
    }

    #[test]
    fn a_share_prose_gives_a_row_is_of_the_table_s_total() {
        use crate::claim::testing::markdown_rules;
        let table = "## Spending\n\n| Service | 2025-26 (£m) |\n| --- | ---: |\n| Housing and homelessness | 24.6 |\n| Waste and street cleaning | 17.2 |\n| **Total** | **41.8** |\n\n";
        let wrong = format!(
            "{table}Housing and homelessness is the biggest line, accounting for nearly a third of the net budget.\n"
        );
        assert_eq!(markdown_rules(&wrong), ["proportion-mismatch"]);
        let right = format!(
            "{table}Housing and homelessness is the biggest line, accounting for nearly 60% of the net budget.\n"
        );
        assert!(markdown_rules(&right).is_empty());
        // The share after a figure like another column's is that column's.
        let two = "## Scams\n\n| Type | Reports | Losses |\n| --- | --- | --- |\n| Investment | 219 | £2.07m |\n| Online shopping | 3,243 | £2.85m |\n| **Total** | **3,462** | **£4.92m** |\n\nInvestment scams were rare, at 219 reports or about 6 per cent of the total, but cost £2.07m.\n";
        assert!(markdown_rules(two).is_empty());
        let both = "## Fraud\n\n| Type | Cases | Recovered |\n| --- | --- | --- |\n| Tenancy fraud | 27 | £620,000 |\n| Other fraud | 567 | £1,300,000 |\n| Total | 594 | £1,920,000 |\n\nTenancy fraud accounted for fewer than one in 20 proven cases but nearly a third of the money recovered.\n";
        assert!(markdown_rules(both).is_empty());
        // A share of two rows together is neither row's.
        let landings = "## Landings\n\n| Species | Tonnes |\n| --- | ---: |\n| Mackerel | 1,420 |\n| Haddock | 380 |\n| Lobster | 35 |\n| Total | 1,835 |\n\nHaddock and lobster together made up about N% of the tonnage.\n";
        assert!(markdown_rules(&landings.replace('N', "23")).is_empty());
        assert!(markdown_rules(&landings.replace('N', "35")).is_empty());
        let alone = landings.replace("Haddock and lobster together", "Lobster");
        assert_eq!(
            markdown_rules(&alone.replace('N', "35")),
            ["proportion-mismatch"]
        );
        let listed = landings.replace(
            "Haddock and lobster together",
            "Mackerel, haddock and lobster",
        );
        assert!(markdown_rules(&listed.replace('N', "100")).is_empty());
        let clause = landings.replace(
            "Haddock and lobster together",
            "Catches fell by a third and lobster",
        );
        assert_eq!(
            markdown_rules(&clause.replace('N', "35")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn a_new_sum_or_an_earlier_figure_is_no_row_restated() {
        let list = "## Plan\n\n- Turbines: 22, each rated at 4.2 MW\n\n";
        let earlier = format!("{list}An earlier scheme for 30 turbines was refused in 2017.\n");
        assert_eq!(restated(&earlier), 0);
        let table = "## Budget\n\n| Area | 2025/26 |\n| --- | --- |\n| Play areas | £0.9m |\n| Trees and woodland | £0.7m |\n\n";
        let award = format!(
            "{table}Most of the rise comes from a one-off £700,000 award for play areas.\n"
        );
        assert_eq!(restated(&award), 0);
        let same = format!("{table}Play areas get £700,000, the council said.\n");
        assert_eq!(restated(&same), 1);
        // A forecast for the row is no restatement of it.
        let cars = "## By fuel\n\n| Fuel | March | Change |\n| --- | ---: | ---: |\n| Electric | 6,150 | +43.0% |\n\n";
        let hope = format!("{cars}The electric share could pass 25% by December.\n");
        assert_eq!(restated(&hope), 0);
        let said = format!("{cars}The electric change was 34.0% in March.\n");
        assert_eq!(restated(&said), 1);
    }

    #[test]
    fn one_of_a_list_of_figures_is_no_row_restated() {
        let routes = "# Routes\n\n| Route | Distance |\n| --- | --- |\n| Short | 50km |\n| Medium | 100km |\n\nFeed stations are at 35km and 80km on the medium and long routes.\n";
        assert_eq!(restated(routes), 0);
        let one = routes.replace(
            "35km and 80km on the medium and long routes",
            "the end of the medium route, at 90km",
        );
        assert_eq!(restated(&one), 1);
    }
}
