//! `--statistics`: how many findings each rule gave, instead of the findings.

use std::io::{self, Write};

use super::{Emitter, Totals};
use crate::FileReport;
use crate::rules;

pub struct Statistics;

impl Emitter for Statistics {
    fn file(&mut self, _: &FileReport, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self, totals: &Totals, out: &mut dyn Write) -> io::Result<()> {
        let mut rows: Vec<_> = totals.by_rule.iter().collect();
        rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (rule, n) in rows {
            let summary = rules::by_id(rule).map_or("", |r| r.summary);
            writeln!(out, "{n:>6}  {rule:<22} {summary}")?;
        }
        writeln!(out, "{}", totals.sentence())
    }
}
