//! `numcheck extract`: the quantities as a table or as pinned JSON.

use std::io::{self, Write};

use serde::Serialize;

use super::{Emitter, Totals};
use crate::FileReport;
use crate::json::QuantityJson;

#[derive(Serialize)]
struct FileJson<'a> {
    path: &'a str,
    quantities: Vec<QuantityJson<'a>>,
}

/// `extract --format json`: the pinned object, one file at a time.
#[derive(Default)]
pub struct Json {
    written: usize,
}

impl Emitter for Json {
    fn file(&mut self, r: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.written == 0 {
            b"{\n  \"version\": 1,\n  \"files\": [\n"
        } else {
            b",\n"
        })?;
        let file = FileJson {
            path: &r.path,
            quantities: r
                .doc
                .quantities
                .iter()
                .map(|q| QuantityJson::new(&r.doc, q))
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &file)?;
        self.written += 1;
        Ok(())
    }

    fn finish(&mut self, _: &Totals, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.written == 0 {
            b"{\n  \"version\": 1,\n  \"files\": []\n}\n"
        } else {
            b"\n  ]\n}\n"
        })
    }
}

/// `extract --format table`: one line per quantity under its file's path.
pub struct Table;

impl Emitter for Table {
    fn file(&mut self, r: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", r.path)?;
        for q in &r.doc.quantities {
            let j = QuantityJson::new(&r.doc, q);
            let value = match (j.value, j.range) {
                (Some(v), _) => format!("{v}"),
                (None, Some([a, b])) => format!("{a}..{b}"),
                _ => "-".to_string(),
            };
            let interval = match (j.low, j.high) {
                (Some(l), Some(h)) if l == h => String::new(),
                (l, h) => format!(
                    "[{}, {}]",
                    l.map_or("-inf".to_string(), |x| x.to_string()),
                    h.map_or("inf".to_string(), |x| x.to_string())
                ),
            };
            let hedge = j
                .hedge
                // The JSON name ("less-than"), so both formats read alike.
                .and_then(|h| serde_json::to_value(h).ok())
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            writeln!(
                out,
                "  {:>4}:{:<3} {:<24} {:<17} {:>14} {:<22} {:<9} {:<18} {}",
                j.line,
                j.column,
                truncate(j.text, 24),
                format!("{:?}", j.kind).to_lowercase(),
                value,
                interval,
                hedge,
                j.unit.unwrap_or(""),
                j.noun.unwrap_or("")
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, _: &Totals, _: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

fn truncate(s: &str, n: usize) -> String {
    let flat: String = s
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= n {
        flat
    } else {
        let mut t: String = flat.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
