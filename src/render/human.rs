//! Human output: each finding as a code frame (annotate-snippets) with the
//! primary figure and the figures it rests on labelled, and the arithmetic
//! as a note.

use std::io::{self, Write};

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::FileReport;
use crate::finding::Severity;

pub fn render(reports: &[FileReport], color: bool, out: &mut impl Write) -> io::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Unicode);
    let mut counts = [0usize; 3];
    for report in reports {
        let text = report.doc.text;
        for f in &report.findings {
            let level = match f.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
                Severity::Info => Level::INFO,
            };
            counts[f.severity as usize] += 1;
            let mut snippet = Snippet::source(text)
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
            writeln!(out, "{}\n", renderer.render(group))?;
        }
    }
    let [info, warning, error] = counts;
    let total = info + warning + error;
    if total > 0 {
        writeln!(
            out,
            "{total} finding{} ({error} error, {warning} warning, {info} info)",
            if total == 1 { "" } else { "s" }
        )?;
    }
    Ok(())
}
