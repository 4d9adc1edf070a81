//! Every rule has fixtures that must fire and fixtures that must stay
//! silent; the rendered human output of each is a reviewed snapshot.

use std::path::Path;

use numcheck::FileReport;
use numcheck::interval::Tolerances;
use numcheck::render;
use numcheck::segment::Syntax;
use numcheck::{Document, rules};

fn check(path: &Path) -> (String, Vec<&'static str>) {
    let text = std::fs::read_to_string(path).expect("fixture is readable");
    let name = format!(
        "{}/{}",
        path.parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str())
            .unwrap_or(""),
        path.file_name().and_then(|n| n.to_str()).unwrap_or("")
    );
    let report = FileReport::checked(
        &name,
        Document::new(&text, Syntax::Plain, &Tolerances::default()),
    );
    let ids = report
        .findings
        .iter()
        .filter(|f| f.severity >= numcheck::finding::Severity::Warning)
        .map(|f| f.rule)
        .collect();
    let mut out = Vec::new();
    render::human::render(std::slice::from_ref(&report), false, &mut out)
        .expect("render to memory");
    (String::from_utf8(out).expect("utf-8 output"), ids)
}

#[test]
fn every_rule_fires_on_its_fixture_and_is_silent_on_the_clean_one() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for rule in rules::ALL {
            let dir = Path::new("tests/fixtures/rules").join(rule.id);
            let (fires, ids) = check(&dir.join("fires.txt"));
            assert!(ids.contains(&rule.id), "{} did not fire: {ids:?}", rule.id);
            insta::assert_snapshot!(format!("{}-fires", rule.id), fires);
            let (_, ids) = check(&dir.join("silent.txt"));
            assert!(ids.is_empty(), "{} silent fixture fired: {ids:?}", rule.id);
        }
    });
}

#[test]
fn every_rule_is_documented() {
    for rule in rules::ALL {
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
