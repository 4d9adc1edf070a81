//! Editorial CI: every format on one Markdown fixture (front matter, code,
//! suppressions), SARIF against its schema, config discovery, baselines,
//! flags and exit codes, run through the built binary.

use std::path::Path;
use std::process::{Command, Stdio};

use std::io::Write;

struct Run {
    code: i32,
    out: String,
    err: String,
}

fn numcheck_in(dir: &Path, args: &[&str]) -> Run {
    numcheck_with_stdin(dir, args, None)
}

fn numcheck_with_stdin(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .args(args)
        .current_dir(dir)
        .env_remove("NUMCHECK_FORMAT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(text) = stdin
        && let Some(mut pipe) = child.stdin.take()
    {
        pipe.write_all(text.as_bytes()).expect("stdin written");
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("binary ends");
    Run {
        code: out.status.code().unwrap_or(-1),
        out: String::from_utf8_lossy(&out.stdout).into_owned(),
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn numcheck(args: &[&str]) -> Run {
    numcheck_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

const REPORT: &str = "tests/fixtures/ci/report.md";

fn snapshots() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

#[test]
fn every_format_renders_the_markdown_fixture() {
    snapshots().bind(|| {
        for format in [
            "human", "concise", "json", "jsonl", "github", "rdjson", "rdjsonl",
        ] {
            let r = numcheck(&["check", "--color", "never", "--format", format, REPORT]);
            assert_eq!(r.code, 1, "{format}: {}", r.err);
            insta::assert_snapshot!(format!("ci-format-{format}"), r.out);
        }
        let r = numcheck(&["check", "--statistics", REPORT]);
        insta::assert_snapshot!("ci-statistics", r.out);
    });
}

#[test]
fn code_front_matter_and_suppressed_lines_are_not_reported() {
    let r = numcheck(&["check", "--format", "concise", REPORT]);
    let lines: Vec<&str> = r.out.lines().collect();
    // Findings only on the budget (line 8), the bridge (18) and the unused
    // suppression (20); nothing from front matter, code or line 16.
    let places: Vec<&str> = lines.iter().filter_map(|l| l.split(':').nth(1)).collect();
    assert_eq!(places, ["8", "18", "20"], "{}", r.out);
}

#[test]
fn sarif_is_valid_against_the_2_1_0_schema() {
    let r = numcheck(&["check", "--format", "sarif", REPORT]);
    assert_eq!(r.code, 1);
    let log: serde_json::Value = serde_json::from_str(&r.out).expect("SARIF is JSON");
    let mut schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/sarif-schema-2.1.0.json").expect("schema"),
    )
    .expect("schema is JSON");
    // The published schema's `run.language` pattern has a stray `]` that a
    // strict regex engine rejects; it is written as intended (a language
    // tag such as `en` or `en-US`). numcheck does not emit `language`.
    for object in ["run", "toolComponent"] {
        schema["definitions"][object]["properties"]["language"]["pattern"] =
            serde_json::json!("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
    }
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator does reject what viewers reject (regal's `notice` level).
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = serde_json::json!("notice");
    assert!(!validator.is_valid(&broken));
    let results = &log["runs"][0]["results"];
    assert_eq!(results.as_array().map(Vec::len), Some(3));
    assert_eq!(log["runs"][0]["columnKind"], "unicodeCodePoints");
    snapshots().bind(|| insta::assert_json_snapshot!("ci-format-sarif-results", results));
    // An empty run is valid too.
    let r = numcheck(&[
        "check",
        "--format",
        "sarif",
        "tests/fixtures/rules/sum-mismatch/silent.txt",
    ]);
    let log: serde_json::Value = serde_json::from_str(&r.out).expect("SARIF is JSON");
    assert!(validator.is_valid(&log));
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(path, text).expect("file written");
}

const BUDGET: &str = "The county will spend $14m on libraries. The money is divided three ways: $6m for buildings, $3m for books and the remaining $1m for staff.\n";
const BRIDGE: &str = "The new bridge is 212 metres (950 feet) long.\n";

#[test]
fn the_nearest_config_wins_and_pyproject_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "numcheck.toml", "[rules]\nignore = [\"sum-mismatch\"]\n");
    write(d, "a.md", BUDGET);
    write(
        d,
        "inner/pyproject.toml",
        "[tool.numcheck.rules]\nselect = [\"sum-mismatch\"]\n",
    );
    write(d, "inner/b.md", &format!("{BUDGET}\n{BRIDGE}"));
    let r = numcheck_in(d, &["check", "--format", "concise"]);
    assert_eq!(r.out.lines().count(), 1, "{}", r.out);
    assert!(
        r.out.starts_with("inner/b.md:1:23: error[sum-mismatch]"),
        "{}",
        r.out
    );
    // --isolated ignores both files; --config replaces discovery.
    let r = numcheck_in(d, &["check", "--format", "concise", "--isolated"]);
    assert_eq!(r.out.lines().count(), 3, "{}", r.out);
    let r = numcheck_in(
        d,
        &["check", "--format", "concise", "--config", "numcheck.toml"],
    );
    assert_eq!(r.out.lines().count(), 1, "{}", r.out);
    assert!(r.out.contains("conversion-mismatch"), "{}", r.out);
    let r = numcheck_in(d, &["config", "inner/b.md"]);
    assert!(
        r.out.contains("pyproject.toml") && r.out.contains("select"),
        "{}",
        r.out
    );
}

#[test]
fn an_unknown_key_is_named_with_its_file_and_exits_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "bad/numcheck.toml", "[rules]\nselct = []\n");
    write(d, "bad/a.md", BUDGET);
    write(d, "good/a.md", BUDGET);
    let r = numcheck_in(d, &["check", "--format", "concise"]);
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("numcheck.toml") && r.err.contains("selct"),
        "{}",
        r.err
    );
    assert_eq!(r.err.lines().count(), 1, "reported once: {}", r.err);
    assert!(
        r.out.contains("good/a.md"),
        "the good folder is still checked: {}",
        r.out
    );
}

#[test]
fn a_baseline_survives_edits_above_and_catches_new_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "a.md", BUDGET);
    let r = numcheck_in(d, &["check", "--write-baseline", "baseline.json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("recorded 1 finding"), "{}", r.err);
    write(
        d,
        "a.md",
        &format!("# Libraries\n\nA new paragraph above.\n\n{BUDGET}"),
    );
    let r = numcheck_in(d, &["check", "--baseline", "baseline.json"]);
    assert_eq!((r.code, r.out.as_str()), (0, ""), "{}", r.err);
    write(d, "a.md", &format!("{BUDGET}\n{BRIDGE}"));
    let r = numcheck_in(
        d,
        &[
            "check",
            "--baseline",
            "baseline.json",
            "--format",
            "concise",
        ],
    );
    assert_eq!(r.code, 1);
    assert!(
        r.out.contains("conversion-mismatch") && !r.out.contains("sum-mismatch"),
        "{}",
        r.out
    );
    write(d, "a.md", "Fixed.\n");
    let r = numcheck_in(d, &["check", "--baseline", "baseline.json"]);
    assert!(
        r.err.contains("1 baseline entry matched nothing"),
        "{}",
        r.err
    );
    let r = numcheck_in(d, &["check", "--baseline", "missing.json"]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("missing.json"), "{}", r.err);
}

#[test]
fn fail_on_exit_zero_and_min_severity_set_the_exit_code() {
    let unused = "tests/fixtures/rules/unused-suppression/fires.md";
    assert_eq!(
        numcheck(&["check", unused]).code,
        0,
        "warnings do not fail by default"
    );
    assert_eq!(numcheck(&["check", "--fail-on", "warning", unused]).code, 1);
    assert_eq!(numcheck(&["check", "--fail-on", "never", REPORT]).code, 0);
    assert_eq!(numcheck(&["check", "--exit-zero", REPORT]).code, 0);
    let r = numcheck(&[
        "check",
        "--min-severity",
        "error",
        "--format",
        "concise",
        REPORT,
    ]);
    assert_eq!(r.out.lines().count(), 2, "{}", r.out);
    let r = numcheck(&["check", "--quiet", "--color", "never", REPORT]);
    assert!(!r.out.contains("findings ("), "{}", r.out);
}

#[test]
fn select_and_ignore_pick_rules() {
    let r = numcheck(&[
        "check",
        "--format",
        "concise",
        "--select",
        "sum-mismatch",
        REPORT,
    ]);
    assert!(
        r.out.lines().all(|l| l.contains("sum-mismatch")),
        "{}",
        r.out
    );
    let r = numcheck(&[
        "check",
        "--format",
        "concise",
        "--ignore",
        "sum-mismatch,unused-suppression",
        REPORT,
    ]);
    assert_eq!(r.out.lines().count(), 1, "{}", r.out);
    let r = numcheck(&["check", "--select", "no-such-rule", REPORT]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("no-such-rule"), "{}", r.err);
}

#[test]
fn output_file_is_written_and_the_exit_code_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("out.sarif");
    let target = report.to_str().expect("utf-8 path");
    let r = numcheck(&["check", "--format", "sarif", "-o", target, REPORT]);
    assert_eq!((r.code, r.out.as_str()), (1, ""));
    let written = std::fs::read_to_string(&report).expect("report written");
    assert!(written.contains("\"2.1.0\""));
    let r = numcheck(&["check", "-o", "/no/such/folder/out.txt", REPORT]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("/no/such/folder/out.txt"), "{}", r.err);
}

#[test]
fn stdin_takes_its_name_and_syntax_from_stdin_filename() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = format!("```\n{BRIDGE}```\n\n{BUDGET}");
    let r = numcheck_with_stdin(
        dir.path(),
        &[
            "check",
            "--format",
            "concise",
            "--stdin-filename",
            "news/x.md",
            "-",
        ],
        Some(&text),
    );
    assert_eq!(
        r.out.lines().count(),
        1,
        "code block skipped as Markdown: {}",
        r.out
    );
    assert!(r.out.starts_with("news/x.md:5:23:"), "{}", r.out);
    let r = numcheck_with_stdin(
        dir.path(),
        &["check", "--format", "concise", "-"],
        Some(&text),
    );
    assert_eq!(r.out.lines().count(), 2, "plain text by default: {}", r.out);
}

#[test]
fn excludes_apply_to_walks_and_with_force_exclude_to_named_paths() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "news/a.md", BUDGET);
    write(d, "archive/b.md", BUDGET);
    write(d, "notes.rst", BUDGET);
    let r = numcheck_in(d, &["check", "--format", "concise", "--exclude", "archive"]);
    assert!(
        r.out.starts_with("news/a.md") && r.out.lines().count() == 1,
        "{}",
        r.out
    );
    let r = numcheck_in(
        d,
        &[
            "check",
            "--format",
            "concise",
            "--exclude",
            "archive",
            "archive/b.md",
        ],
    );
    assert_eq!(
        r.out.lines().count(),
        1,
        "named paths are checked: {}",
        r.out
    );
    let r = numcheck_in(
        d,
        &[
            "check",
            "--exclude",
            "archive",
            "--force-exclude",
            "archive/b.md",
        ],
    );
    assert_eq!((r.code, r.out.as_str()), (0, ""));
    let r = numcheck_in(d, &["check", "--format", "concise", "--include", "*.rst"]);
    assert_eq!(r.out.lines().count(), 3, "{}", r.out);
}

#[test]
fn output_is_the_same_whatever_the_thread_count() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    for i in 0..150 {
        let text = if i % 7 == 0 {
            BUDGET
        } else {
            "Nothing to see.\n"
        };
        write(d, &format!("f{i:03}.md"), text);
    }
    let one = numcheck_in(d, &["check", "--format", "json", "-j", "1"]);
    let two = numcheck_in(d, &["check", "--format", "json", "-j", "2"]);
    assert_eq!(one.out, two.out);
    assert!(one.out.contains("f000.md") && one.out.contains("f147.md"));
}

#[test]
fn gitignored_files_are_skipped_unless_no_ignore() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, ".gitignore", "drafts/\n");
    write(d, "drafts/a.md", BUDGET);
    write(d, "news/b.md", BUDGET);
    // `ignore` reads .gitignore inside a git repository only.
    std::fs::create_dir_all(d.join(".git")).expect("git folder");
    let r = numcheck_in(d, &["check", "--format", "concise"]);
    assert!(
        r.out.starts_with("news/b.md") && r.out.lines().count() == 1,
        "{}",
        r.out
    );
    let r = numcheck_in(d, &["check", "--format", "concise", "--no-ignore"]);
    assert_eq!(r.out.lines().count(), 2, "{}", r.out);
}

#[test]
fn the_format_can_come_from_the_environment() {
    let out = Command::new(env!("CARGO_BIN_EXE_numcheck"))
        .args(["check", REPORT])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NUMCHECK_FORMAT", "concise")
        .output()
        .expect("binary runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("tests/fixtures/ci/report.md:8:23: error[sum-mismatch]"),
        "{text}"
    );
}

#[test]
fn findings_do_not_depend_on_the_order_of_the_files() {
    let a = "tests/fixtures/rules/sum-mismatch/fires.txt";
    let b = "tests/fixtures/rules/change-mismatch/fires.txt";
    let sorted = |r: Run| {
        let mut lines: Vec<String> = r.out.lines().map(str::to_string).collect();
        lines.sort();
        lines
    };
    let ab = sorted(numcheck(&["check", "--format", "concise", a, b]));
    let ba = sorted(numcheck(&["check", "--format", "concise", b, a]));
    assert_eq!(ab, ba);
    assert!(ab.len() >= 2);
}

#[test]
fn color_is_forced_or_refused_on_request() {
    let r = numcheck(&["check", "--color", "always", REPORT]);
    assert!(r.out.contains("\u{1b}["), "escape codes when forced");
    let r = numcheck(&["check", "--color", "never", REPORT]);
    assert!(!r.out.contains("\u{1b}["));
}
