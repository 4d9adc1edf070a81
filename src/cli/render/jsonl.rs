//! `--format jsonl`: one finding per line, in the pinned JSON shape, written
//! as each file completes.

use std::io::{self, Write};

use super::json::finding;
use super::{Emitter, Totals, located};
use crate::FileReport;

pub struct Jsonl;

impl Emitter for Jsonl {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for l in located(report) {
            serde_json::to_writer(&mut *out, &finding(&l))?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn finish(&mut self, _: &Totals, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
