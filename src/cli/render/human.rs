//! Human output: each finding as a code frame (annotate-snippets) with the
//! primary figure and the figures it rests on labelled, and the arithmetic
//! as a note; a count at the end.

use std::io::{self, Write};

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{Emitter, Totals};
use crate::FileReport;
use crate::finding::Severity;
use crate::span::Span;

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
            let title = level.primary_title(f.message.as_str()).id(f.rule);
            let lines = excerpt(report, f);
            let shown = match lines.and_then(|l| Some((l, report.doc.text.get(l.start..l.end)?))) {
                Some((lines, source)) => {
                    let at = |span: Span| {
                        span.start.saturating_sub(lines.start)..span.end.saturating_sub(lines.start)
                    };
                    let first_line = report.doc.lines.line_of(lines.start) + 1;
                    let mut snippet = Snippet::source(source)
                        .line_start(first_line)
                        .path(report.path.as_str())
                        .fold(true)
                        .annotation(
                            AnnotationKind::Primary
                                .span(at(f.primary))
                                .label(f.message.as_str()),
                        );
                    for r in &f.related {
                        snippet = snippet.annotation(AnnotationKind::Context.span(at(r.span)));
                    }
                    title.element(snippet)
                }
                // Lines too long to draw: the place only.
                None => {
                    let p = report.position(f.primary.start);
                    title.element(
                        Origin::path(report.path.as_str())
                            .line(p.line)
                            .char_column(p.column),
                    )
                }
            };
            let group = &[
                shown,
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

/// The longest excerpt drawn as a code frame; longer ones (a 50 MB line)
/// show the place only, so rendering stays linear in the findings.
const MAX_EXCERPT: usize = 16 * 1024;

/// The whole lines that hold a finding's figures, if short enough to draw.
fn excerpt(report: &FileReport, f: &crate::finding::Finding) -> Option<Span> {
    let spans = || std::iter::once(f.primary).chain(f.related.iter().map(|r| r.span));
    let start = spans().map(|s| s.start).min()?;
    let end = spans().map(|s| s.end).max()?;
    let lines = &report.doc.lines;
    let text = report.doc.text;
    let from = lines.line_start(lines.line_of(start));
    let next = lines.line_of(end.saturating_sub(1).max(start)) + 1;
    let to = if next < lines.len() {
        lines.line_start(next)
    } else {
        text.len()
    };
    let to = text
        .get(..to)
        .map_or(to, |t| t.trim_end_matches(['\n', '\r']).len())
        .max(end);
    (to - from <= MAX_EXCERPT).then(|| Span::new(from, to))
}
