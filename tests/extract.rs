//! `numcheck extract` on a short news text of our own: every kind of figure
//! the extraction issue lists (counted nouns past nationalities, vague
//! amounts, shared scales, bounds, world currencies, names, fractions, stat
//! lines), as a reviewed snapshot of both output formats.

use std::process::Command;

fn extract(format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .args([
            "extract",
            "--format",
            format,
            "tests/fixtures/extract/news.txt",
        ])
        .output()
        .expect("binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

#[test]
fn a_news_text_is_extracted_as_reviewed() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::assert_snapshot!("extract-news", extract("table"));
        insta::assert_snapshot!("extract-news-json", extract("json"));
    });
}

/// The figures the snapshot shows, asserted one by one, so that a snapshot
/// accepted in a hurry cannot hide a regression of these.
#[test]
fn a_news_text_has_its_nouns_scales_and_currencies() {
    let v: serde_json::Value = serde_json::from_str(&extract("json")).expect("one JSON object");
    let qs = v["files"][0]["quantities"].as_array().expect("quantities");
    let by_text = |t: &str| {
        qs.iter()
            .find(|q| q["text"] == t)
            .unwrap_or_else(|| panic!("no quantity {t:?}"))
    };
    assert_eq!(by_text("about 58")["noun"], "migrant");
    assert_eq!(by_text("Dozens of")["high"], 99.0);
    assert_eq!(
        by_text("four to five thousand")["range"],
        serde_json::json!([4000.0, 5000.0])
    );
    assert_eq!(by_text("Rs 40 crore")["unit"], "INR");
    assert_eq!(by_text("Rs 40 crore")["value"], 4e8);
    assert_eq!(by_text("250")["kind"], "other");
    assert_eq!(by_text("sub-£1,000")["hedge"], "less-than");
    assert_eq!(by_text("1⁄32 of an inch")["value"], 0.03125);
    assert_eq!(by_text("7.1")["noun"], "rebound");
    assert_eq!(by_text("three-quarters")["noun"], "game");
}
