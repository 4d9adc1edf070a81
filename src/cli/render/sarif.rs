//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
//! Every rule is described in the driver with its documentation as help;
//! columns are Unicode scalar values (`columnKind`); each result carries the
//! baseline fingerprint so viewers can follow it across runs. Streamed: the
//! results array is written as files complete.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Emitter, Located, Totals, located};
use crate::FileReport;
use crate::cli::baseline::{fingerprint, normalise_path};
use crate::finding::Severity;
use crate::rules;
use crate::source::Position;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Default)]
pub struct Sarif {
    written: usize,
}

impl Emitter for Sarif {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for l in located(report) {
            if self.written == 0 {
                head(out)?;
            } else {
                out.write_all(b",\n")?;
            }
            serde_json::to_writer(&mut *out, &result(&l))?;
            self.written += 1;
        }
        Ok(())
    }

    fn finish(&mut self, _: &Totals, out: &mut dyn Write) -> io::Result<()> {
        if self.written == 0 {
            head(out)?;
        }
        out.write_all(b"\n]}]}\n")
    }
}

/// Everything before the first result: the log, the run and the driver.
fn head(out: &mut dyn Write) -> io::Result<()> {
    let driver = json!({
        "name": "numcheck",
        "version": env!("CARGO_PKG_VERSION"),
        "informationUri": "https://crates.io/crates/numcheck",
        "rules": rules::every().map(|r| json!({
            "id": r.id,
            "name": r.id,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.summary},
            "help": {"text": r.docs, "markdown": r.docs},
            "defaultConfiguration": {"level": if r.check.is_some() { "error" } else { "warning" }},
        })).collect::<Vec<_>>(),
    });
    // Written by hand around serialised parts so that the results array
    // stays open for streaming.
    write!(
        out,
        "{{\"$schema\":\"{SCHEMA}\",\"version\":\"2.1.0\",\"runs\":[{{\"tool\":{{\"driver\":"
    )?;
    serde_json::to_writer(&mut *out, &driver)?;
    out.write_all(b"},\"columnKind\":\"unicodeCodePoints\",\"results\":[\n")
}

fn result(l: &Located) -> Value {
    let f = l.finding;
    let uri = uri(&l.report.path);
    let related: Vec<Value> = f
        .related
        .iter()
        .enumerate()
        .map(|(id, r)| {
            let start = l.report.position(r.span.start);
            let end = l.report.position(r.span.end);
            json!({
                "id": id,
                "physicalLocation": location(&uri, start, end),
                "message": {"text": r.text},
            })
        })
        .collect();
    json!({
        "ruleId": f.rule,
        "ruleIndex": rules::every().position(|r| r.id == f.rule),
        "level": match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        },
        "message": {"text": l.full_message()},
        "locations": [{"physicalLocation": location(&uri, l.start, l.end)}],
        "relatedLocations": related,
        "partialFingerprints": {
            "numcheck/v1": fingerprint(&l.report.path, &l.report.doc, f),
        },
    })
}

fn location(uri: &str, start: Position, end: Position) -> Value {
    json!({
        "artifactLocation": {"uri": uri},
        "region": {
            "startLine": start.line,
            "startColumn": start.column,
            "endLine": end.line,
            "endColumn": end.column,
        },
    })
}

/// A relative URI reference for a path: forward slashes, and the characters
/// a URI cannot hold percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for c in normalise_path(path).chars() {
        if c.is_ascii_alphanumeric() || "/-._~".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_relative_uris() {
        assert_eq!(uri("./news/a b.md"), "news/a%20b.md");
        assert_eq!(uri("news\\caf\u{e9}.md"), "news/caf%C3%A9.md");
        assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
    }
}
