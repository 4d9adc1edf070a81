//! Human output: each finding as a code frame (annotate-snippets) with the
//! primary figure and the figures it rests on labelled, and the arithmetic
//! as a note; a count at the end.

use std::io::{self, Write};

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{Emitter, Totals};
use crate::FileReport;
use crate::finding::Severity;

pub struct Human {
    renderer: Renderer,
    summary: bool,
}

impl Human {
    pub fn new(color: bool, summary: bool) -> Self {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        Human {
            renderer: renderer.decor_style(DecorStyle::Unicode),
            summary,
        }
    }
}

impl Emitter for Human {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for f in &report.findings {
            let level = match f.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
                Severity::Info => Level::INFO,
            };
            let mut snippet = Snippet::source(report.doc.text)
                .line_start(1)
                .path(report.path.as_str())
                .fold(true)
                .annotation(
                    AnnotationKind::Primary
                        .span(f.primary.start..f.primary.end)
                        .label(f.message.as_str()),
                );
            for r in &f.related {
                snippet =
                    snippet.annotation(AnnotationKind::Context.span(r.span.start..r.span.end));
            }
            let group = &[
                level
                    .primary_title(f.message.as_str())
                    .id(f.rule)
                    .element(snippet),
                Group::with_title(Level::NOTE.secondary_title(f.explanation.as_str())),
            ];
            writeln!(out, "{}\n", self.renderer.render(group))?;
        }
        Ok(())
    }

    fn finish(&mut self, totals: &Totals, out: &mut dyn Write) -> io::Result<()> {
        if self.summary && totals.findings() > 0 {
            writeln!(out, "{}", totals.sentence())?;
        }
        Ok(())
    }
}
