//! The built binary: exit codes, formats, and errors that name the file.

use std::process::Command;

fn numcheck(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .args(args)
        .output()
        .expect("binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn findings_exit_1_and_clean_text_exits_0() {
    let (code, out, _) = numcheck(&[
        "check",
        "--color",
        "never",
        "tests/fixtures/rules/sum-mismatch/fires.txt",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("error[sum-mismatch]"), "{out}");
    let (code, out, _) = numcheck(&["check", "tests/fixtures/rules/sum-mismatch/silent.txt"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn an_unreadable_file_exits_2_and_the_others_are_still_checked() {
    let (code, out, err) = numcheck(&[
        "check",
        "--format",
        "concise",
        "no/such/file.txt",
        "tests/fixtures/rules/sum-mismatch/fires.txt",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("numcheck: no/such/file.txt: no such file or directory"),
        "{err}"
    );
    assert!(out.contains("sum-mismatch"), "{out}");
}

#[test]
fn json_has_the_pinned_fields() {
    let (_, out, _) = numcheck(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/rules/conversion-mismatch/fires.txt",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    let f = &v["findings"][0];
    for key in [
        "rule",
        "severity",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "explanation",
        "related",
    ] {
        assert!(!f[key].is_null(), "missing {key}: {f}");
    }
    assert_eq!(v["summary"]["files"], 1);
    let (_, out, _) = numcheck(&[
        "extract",
        "--format",
        "json",
        "tests/fixtures/rules/conversion-mismatch/fires.txt",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    let q = &v["files"][0]["quantities"][0];
    assert_eq!(q["text"], "212 metres");
    assert_eq!(q["kind"], "measure");
    assert_eq!(q["value"], 212.0);
    assert_eq!(q["unit"], "metre");
}

#[test]
fn explain_documents_every_rule_and_rejects_unknown_ones() {
    let (code, out, _) = numcheck(&["rules"]);
    assert_eq!(code, 0);
    for id in out.lines().filter_map(|l| l.split_whitespace().next()) {
        let (code, doc, _) = numcheck(&["explain", id]);
        assert_eq!(code, 0);
        assert!(doc.contains("## What it does"), "{id}");
    }
    let (code, _, err) = numcheck(&["explain", "no-such-rule"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown rule"));
}

#[test]
fn the_shipped_draft_shows_its_four_planted_errors() {
    let (code, out, _) = numcheck(&["check", "--format", "concise", "examples/draft.md"]);
    assert_eq!(code, 1);
    let found: Vec<(&str, &str)> = out
        .lines()
        .filter_map(|l| {
            let mut parts = l.split(':');
            let line = parts.nth(1)?;
            let rule = l.split('[').nth(1)?.split(']').next()?;
            Some((line, rule))
        })
        .collect();
    assert_eq!(
        found,
        [
            ("3", "sum-mismatch"),
            ("4", "change-mismatch"),
            ("9", "conversion-mismatch"),
            ("13", "proportion-mismatch")
        ],
        "{out}"
    );
}
