//! `--format json`: one object with the fields DESIGN.md pins, streamed:
//! findings are written as files complete, the summary last.

use std::io::{self, Write};

use serde::Serialize;

use super::{Emitter, Located, Totals, located};
use crate::FileReport;
use crate::json::FindingJson;

/// One finding as DESIGN.md pins it (also one line of `jsonl`).
pub fn finding<'a>(l: &Located<'a>) -> FindingJson<'a> {
    FindingJson::new(Some(&l.report.path), &l.report.doc, l.finding)
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    quantities: usize,
    claims: usize,
    findings: usize,
}

#[derive(Default)]
pub struct Json {
    written: usize,
}

impl Emitter for Json {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for l in located(report) {
            out.write_all(if self.written == 0 {
                b"{\n  \"version\": 1,\n  \"findings\": [\n"
            } else {
                b",\n"
            })?;
            serde_json::to_writer_pretty(&mut *out, &finding(&l))?;
            self.written += 1;
        }
        Ok(())
    }

    fn finish(&mut self, totals: &Totals, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.written == 0 {
            b"{\n  \"version\": 1,\n  \"findings\": [],\n"
        } else {
            b"\n  ],\n"
        })?;
        let summary = Summary {
            files: totals.files,
            quantities: totals.quantities,
            claims: totals.claims,
            findings: totals.findings(),
        };
        out.write_all(b"  \"summary\": ")?;
        serde_json::to_writer(&mut *out, &summary)?;
        out.write_all(b"\n}\n")
    }
}
