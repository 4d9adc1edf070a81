//! Every rule has fixtures that must fire and fixtures that must stay
//! silent; the rendered human and JSON output of each is a reviewed snapshot.

use std::path::{Path, PathBuf};

use numcheck::cli::render::{self, Format};
use numcheck::config::Settings;
use numcheck::finding::Severity;
use numcheck::segment::Syntax;
use numcheck::{Document, FileReport, rules};

/// The fixture of a rule: `NAME.txt`, or `NAME.md` for rules about Markdown.
fn fixture(rule: &str, name: &str) -> PathBuf {
    let dir = Path::new("tests/fixtures/rules").join(rule);
    let md = dir.join(format!("{name}.md"));
    if md.exists() {
        md
    } else {
        dir.join(format!("{name}.txt"))
    }
}

/// The human output, the JSON output and the rule ids at warning or above.
fn check(path: &Path) -> (String, String, Vec<&'static str>) {
    let text = std::fs::read_to_string(path).expect("fixture is readable");
    let name = format!(
        "{}/{}",
        path.parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .unwrap_or(""),
        path.file_name().and_then(|n| n.to_str()).unwrap_or("")
    );
    let settings = Settings::default();
    let mut report = FileReport::checked(
        &name,
        Document::new(&text, Syntax::of_path(&name), &settings.tolerances),
        &settings,
    );
    report.findings.retain(|f| f.severity >= Severity::Warning);
    let ids = report.findings.iter().map(|f| f.rule).collect();
    let render = |format| {
        let mut out = Vec::new();
        render::to_writer(format, std::slice::from_ref(&report), &mut out)
            .expect("render to memory");
        String::from_utf8(out).expect("utf-8 output")
    };
    (
        render(Format::Human {
            color: false,
            summary: true,
        }),
        render(Format::Json),
        ids,
    )
}

#[test]
fn every_rule_fires_on_its_fixture_and_is_silent_on_the_clean_one() {
    for rule in rules::every() {
        let (human, json, ids) = check(&fixture(rule.id, "fires"));
        assert!(ids.contains(&rule.id), "{} did not fire: {ids:?}", rule.id);
        snapshot(&format!("{}-fires", rule.id), &human);
        snapshot(&format!("{}-fires-json", rule.id), &json);
        let (_, _, ids) = check(&fixture(rule.id, "silent"));
        assert!(ids.is_empty(), "{} silent fixture fired: {ids:?}", rule.id);
    }
}

/// A Markdown table's "Total" row against each complete column above it.
#[test]
fn a_table_total_row_is_checked_per_column() {
    let (human, _, ids) = check(&fixture("sum-mismatch", "table"));
    assert_eq!(ids, ["sum-mismatch"], "{human}");
    snapshot("sum-mismatch-table", &human);
}

/// The reviewed snapshot `name` of a rendered output, kept in `snapshots/`.
fn snapshot(name: &str, rendered: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, rendered));
}

/// Checks a fixture of its own that must give exactly one finding, of
/// `rule`, whose human output says `says`.
fn fires_once(rule: &str, name: &str, says: &str) {
    let (human, _, ids) = check(&fixture(rule, name));
    assert_eq!(ids, [rule], "{human}");
    assert!(human.contains(says), "{human}");
}

/// Items nested under an item are its breakdown: all of it when it says
/// "in total", else at most it (the visits' branches may leave some out).
#[test]
fn a_nested_list_is_the_breakdown_of_its_item() {
    fires_once("sum-mismatch", "nested-list", "44,700");
    let (human, _, _) = check(&fixture("sum-mismatch", "nested-list"));
    snapshot("sum-mismatch-nested-list", &human);
}

/// A heading "Revenue by segment" divides the revenue stated before it,
/// this year's column of its table row, not last year's.
#[test]
fn a_heading_by_category_divides_the_figure_it_names() {
    fires_once("sum-mismatch", "heading-by-segment", "not the £184m stated");
}

/// "close for 11 weeks" ... "the 13-week closure"; "consulted for a
/// further six weeks" ... "the six-week consultation" agrees.
#[test]
fn a_length_named_again_by_its_thing_is_a_restatement() {
    fires_once(
        "restatement-conflict",
        "duration",
        "13-week contradicts 11 weeks",
    );
}

/// "close for 18 months" ... "the two-and-a-half-year closure": one length
/// in two units; "a one-and-a-half-year closure" agrees and says nothing.
#[test]
fn a_length_named_again_in_another_unit_is_compared_in_the_first_s() {
    fires_once(
        "restatement-conflict",
        "duration-units",
        "two-and-a-half-year is 30 months, not 18 months",
    );
    let (human, _, _) = check(&fixture("restatement-conflict", "duration-units"));
    snapshot("restatement-conflict-duration-units", &human);
}

/// A table of shares whose last row is the rest ("Elsewhere", "Other")
/// covers the whole: its shares total 100%.
#[test]
fn a_table_of_shares_with_a_remainder_row_totals_100() {
    fires_once("sum-mismatch", "remainder", "104%");
}

/// Shares listed one per item under a lead that divides one whole, or
/// over labels that leave nothing out, total 100%.
#[test]
fn a_column_of_shares_its_lead_divides_totals_100() {
    // The bulleted shares total 108%; the bins of the table 100%; turnout
    // by ward is a rate per ward, no share of one whole.
    fires_once(
        "sum-mismatch",
        "share-column",
        "shares of one whole total 108%",
    );
    let (human, _, _) = check(&fixture("sum-mismatch", "share-column"));
    snapshot("sum-mismatch-share-column", &human);
}

/// A headline's change against the one pair of the story's first paragraph
/// that states no change of its own, found past later paragraphs' pairs.
#[test]
fn a_headline_change_is_checked_against_the_lead() {
    fires_once("change-mismatch", "headline", "2,150 to 2,580");
    let (human, _, ids) = check(&fixture("change-mismatch", "headline-silent"));
    assert!(ids.is_empty(), "{human}");
}

/// "One in five patients waited over four hours" over "saw 14,300
/// patients, of whom 4,290 waited more than four hours": the headline's
/// share is of the lead's one part and whole.
#[test]
fn a_headline_share_is_checked_against_the_lead_s_counts() {
    fires_once("proportion-mismatch", "headline", "4,290 of 14,300");
    let (human, _, _) = check(&fixture("proportion-mismatch", "headline"));
    snapshot("proportion-mismatch-headline", &human);
    let (human, _, ids) = check(&fixture("proportion-mismatch", "headline-silent"));
    assert!(ids.is_empty(), "{human}");
}

/// "58 out of 96, means roughly four dogs in five": a share written as its
/// counts, said again in other words, must allow it.
#[test]
fn a_counted_share_said_again_is_checked_against_its_counts() {
    fires_once("proportion-mismatch", "counted", "58 out of 96");
    let (human, _, _) = check(&fixture("proportion-mismatch", "counted"));
    snapshot("proportion-mismatch-counted", &human);
    let (human, _, ids) = check(&fixture("proportion-mismatch", "counted-silent"));
    assert!(ids.is_empty(), "{human}");
}

/// "rose by 3,200 this winter, an increase of 15%": the difference names the
/// pair it is of ("38,400 (last winter: 35,200)"), paragraphs away.
#[test]
fn a_change_stated_by_its_difference_is_checked_against_that_pair() {
    fires_once("change-mismatch", "difference", "from 35,200 to 38,400");
    let (human, _, _) = check(&fixture("change-mismatch", "difference"));
    snapshot("change-mismatch-difference", &human);
}

/// "£410,000, £60,000 more than the £320,000 originally budgeted": a
/// difference set beside a figure, against a definite one after "than".
#[test]
fn a_difference_than_a_definite_figure_is_checked() {
    fires_once(
        "change-mismatch",
        "difference-than",
        "from £320,000 to £410,000",
    );
    let (human, _, _) = check(&fixture("change-mismatch", "difference-than"));
    snapshot("change-mismatch-difference-than", &human);
}

/// "That fall, a drop of 42%": a sentence pointing back to the change of
/// the sentence before ("31 last year, against 44 the year before").
#[test]
fn a_change_pointed_back_to_is_checked() {
    fires_once("change-mismatch", "pointed-back", "from 44 to Thirty-one");
}

/// "Thirty-one people died ... last year" and "every one of the 37 deaths
/// on our roads last year": deaths, one frame, all of them.
#[test]
fn deaths_restated_in_a_quote_are_the_same_figure() {
    fires_once(
        "restatement-conflict",
        "last-year",
        "37 contradicts Thirty-one",
    );
}

/// A headline's "crowd of 62,000" is the story's one figure for its group:
/// "an attendance of 46,000" later contradicts it; "last year's attendance
/// of 54,500" is another year's.
#[test]
fn a_headline_group_figure_is_restated_by_its_synonym() {
    fires_once(
        "restatement-conflict",
        "headline-group",
        "46,000 contradicts 62,000",
    );
}

/// A percentage column that gives one count column as a share of another
/// on every row but one: the odd row is the slip, and the column is no set
/// of shares of one whole (its "Other" row is one more rate).
#[test]
fn a_table_rate_column_is_checked_row_by_row() {
    let (human, _, ids) = check(&fixture("proportion-mismatch", "table-rate"));
    assert_eq!(ids, ["proportion-mismatch"], "{human}");
    snapshot("proportion-mismatch-table-rate", &human);
}

/// "The 4% rise" points back to the change of the sentence before.
#[test]
fn a_change_named_after_its_pair_is_checked() {
    fires_once("change-mismatch", "referred", "£3.2 to £3.6");
}

/// "Only 41,000 tonnes met it, roughly one tonne in every four harvested":
/// the share's last word names the whole of two paragraphs before.
#[test]
fn a_share_names_its_whole_sentences_before() {
    fires_once(
        "proportion-mismatch",
        "share-apart",
        "41,000 tonnes of 312,000 tonnes",
    );
}

/// A change stated in prose of a row of a table with a column for each of
/// two years.
#[test]
fn a_change_of_a_table_row_is_checked_between_its_years() {
    fires_once("change-mismatch", "table-change", "from 1,560 to 2,340");
    let (human, _, _) = check(&fixture("change-mismatch", "table-change"));
    snapshot("change-mismatch-table-change", &human);
}

/// A change stated in a sentence of its own, its start dated by a year in
/// another sentence and its end said of now.
#[test]
fn a_change_stated_apart_from_its_figures_is_checked() {
    fires_once("change-mismatch", "stated-apart", "from £320 to £640");
}

/// A list under a heading that asks where a figure came from divides it in
/// full; a ranked table's counts sum to the total said "together" after it.
#[test]
fn a_list_under_a_heading_or_a_ranked_table_adds_up_to_its_total() {
    let (human, _, ids) = check(&fixture("sum-mismatch", "heading-list"));
    assert_eq!(ids, ["sum-mismatch"], "{human}");
    snapshot("sum-mismatch-heading-list", &human);
    fires_once("sum-mismatch", "ranked-table", "12,880");
}

/// "Revenue by division:" over a table: a thing divided by a category is
/// divided in full, and its column adds up to the story's total.
#[test]
fn a_table_led_by_a_thing_by_category_adds_up_to_the_total() {
    let (human, _, ids) = check(&fixture("sum-mismatch", "breakdown-by"));
    assert_eq!(ids, ["sum-mismatch"], "{human}");
    snapshot("sum-mismatch-breakdown-by", &human);
}

/// "189 of those burglaries, a detection rate of 12%": those are the
/// burglaries the change before names by its subject.
#[test]
fn a_share_of_things_pointed_back_to_by_a_change_s_subject() {
    fires_once(
        "proportion-mismatch",
        "back-reference",
        "12% does not match 189 of 1,050",
    );
}

/// "the £11m school contribution" points back to "£14m towards a new
/// primary school".
#[test]
fn a_definite_sum_restates_the_sum_for_its_noun() {
    fires_once(
        "restatement-conflict",
        "definite-sum",
        "£11m contradicts £14m",
    );
}

/// A Markdown list whose first item is labelled "Total" heads the others.
#[test]
fn a_list_item_labelled_total_heads_the_others() {
    fires_once(
        "part-exceeds-whole",
        "total-item",
        "710 hectares is more than the 640 hectares",
    );
}

/// "up to 125mph (160km/h)": the bound is said of both; the conversion
/// restates the figure as written.
#[test]
fn a_bound_is_converted_as_written() {
    fires_once("conversion-mismatch", "bound", "125mph is not 160km/h");
}

#[test]
fn every_rule_is_documented() {
    for rule in rules::every() {
        for section in [
            "## What it does",
            "## Why is this bad?",
            "## Example",
            "## How to fix",
            "## Tolerance",
        ] {
            assert!(rule.docs.contains(section), "{} lacks {section}", rule.id);
        }
    }
}

/// "flattened 2,300 hectares across the county ... The Orl valley was worst
/// hit, losing 2,900 hectares": the largest member of a group is a part of
/// the group's total, stated over its members.
#[test]
fn the_largest_member_of_a_group_is_checked_against_its_total() {
    fires_once("part-exceeds-whole", "largest-member", "2,300 hectares");
    let (human, _, _) = check(&fixture("part-exceeds-whole", "largest-member"));
    snapshot("part-exceeds-whole-largest-member", &human);
    let (human, _, ids) = check(&fixture("part-exceeds-whole", "largest-member-silent"));
    assert!(ids.is_empty(), "{human}");
}

/// "rose to 48,300 from 45,100" ... "the 45,100 active members": the start of
/// a change said later as now is a figure left stale by the update.
#[test]
fn the_start_of_a_change_said_later_as_now_is_a_stale_restatement() {
    fires_once("restatement-conflict", "stale-start", "48,300");
    let (human, _, _) = check(&fixture("restatement-conflict", "stale-start"));
    snapshot("restatement-conflict-stale-start", &human);
    let (human, _, ids) = check(&fixture("restatement-conflict", "stale-start-silent"));
    assert!(ids.is_empty(), "{human}");
}

/// "41 patients reported headaches, about 13%, and 19 stopped taking the drug
/// early, roughly one in six": shares side by side are of one whole, which
/// the one that agrees with an earlier figure tells.
#[test]
fn sibling_shares_are_of_the_whole_one_of_them_tells() {
    fires_once("proportion-mismatch", "sibling-shares", "19 of 312");
    let (human, _, _) = check(&fixture("proportion-mismatch", "sibling-shares"));
    snapshot("proportion-mismatch-sibling-shares", &human);
    let (human, _, ids) = check(&fixture("proportion-mismatch", "sibling-shares-silent"));
    assert!(ids.is_empty(), "{human}");
}

/// "Of last year's total, the North Quay terminal handled 610,000, the Varne
/// terminal 440,000 and the older Basin berths 170,000": a list of three
/// under one predicate, dividing what its lead calls the total, is all of it.
#[test]
fn a_list_of_the_total_before_is_all_of_it() {
    fires_once("sum-mismatch", "of-the-total", "1.32 million");
    let (human, _, _) = check(&fixture("sum-mismatch", "of-the-total"));
    snapshot("sum-mismatch-of-the-total", &human);
    let (human, _, ids) = check(&fixture("sum-mismatch", "of-the-total-silent"));
    assert!(ids.is_empty(), "{human}");
}
