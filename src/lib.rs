//! numcheck finds numbers that contradict each other inside one text.
//!
//! The library is a pure pipeline of plain data, one stage a module:
//!
//! ```text
//! text ─segment─► prose view ─extract─► Quantity ─relate─► Claim ─rules─► Finding ─render─► report
//! ```
//!
//! * [`segment`] masks what is not prose (Markdown code, HTML, front matter)
//!   so that every offset stays an offset into the original file;
//! * [`quantity`] parses each number with nom into a typed quantity with an
//!   [`interval::Interval`] of the values it allows;
//! * [`claim`] relates quantities that speak of the same thing;
//! * [`rules`] decide each relation with interval arithmetic.
//!
//! Nothing here touches the file system or the process. The front ends
//! each live in their own module: the command line in `cli` (feature `cli`,
//! on by default; it also renders the output formats), the language server
//! it starts in `server` (same feature), the web page in the `numcheck-web`
//! crate under `web/`. Without default features the library
//! needs no threads, file system or terminal, and builds for wasm32.
//! Input cannot make it panic: the panic-prone lints (`unwrap_used`,
//! `expect_used`, `indexing_slicing`, `panic`) are on outside tests.

#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::unreachable,
        clippy::todo
    )
)]

pub mod claim;
#[cfg(feature = "cli")]
pub mod cli;
pub mod config;
pub mod finding;
pub mod interval;
pub mod json;
pub mod quantity;
pub mod rules;
pub mod segment;
#[cfg(feature = "cli")]
mod server;
pub mod source;
pub mod span;
pub mod suppress;
pub mod words;

#[cfg(feature = "parallel")]
use rayon::prelude::*;

use config::Settings;
use interval::Tolerances;
use quantity::Quantity;
use segment::Syntax;
use source::LineIndex;

/// One text, read and understood: its prose view, line index and quantities.
#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    /// The text with everything that is not prose blanked, offsets kept.
    pub prose: std::borrow::Cow<'t, str>,
    /// Block boundaries that end a sentence (see [`segment::Segmented`]).
    pub breaks: Vec<usize>,
    /// Comments that may hold suppression directives.
    pub comments: Vec<span::Span>,
    pub lines: LineIndex,
    pub quantities: Vec<Quantity>,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str, syntax: Syntax, tolerances: &Tolerances) -> Self {
        let segment::Segmented {
            prose,
            breaks,
            comments,
        } = segment::segment(text, syntax);
        let quantities = quantity::extract_blocks(&prose, &breaks, tolerances);
        Document {
            text,
            prose,
            breaks,
            comments,
            lines: LineIndex::new(text),
            quantities,
        }
    }

    /// The relations the text asserts and the contradictions among them,
    /// with the settings' rules, severities and the file's suppressions.
    pub fn check(&self, settings: &Settings) -> (Vec<claim::Claim>, Vec<finding::Finding>) {
        let (claims, findings) = self.contradictions(settings);
        let findings = suppress::apply(self.text, &self.comments, findings, settings);
        (claims, findings)
    }

    /// The claims and the findings of the enabled rules, before suppressions.
    fn contradictions(&self, settings: &Settings) -> (Vec<claim::Claim>, Vec<finding::Finding>) {
        let claims = claim::relate(self);
        let mut findings = rules::check(&self.prose, &self.quantities, &claims, |id| {
            settings.is_enabled(id)
        });
        for f in &mut findings {
            f.severity = settings.severity_of(f.rule, f.severity);
        }
        (claims, findings)
    }

    /// The source text of a span.
    pub fn slice(&self, span: span::Span) -> &'t str {
        self.text.get(span.start..span.end).unwrap_or("")
    }
}

/// A document with the path it is shown under and what was found in it.
#[derive(Debug)]
pub struct FileReport<'t> {
    pub path: String,
    pub doc: Document<'t>,
    /// How many quantities were found (for the summary).
    pub quantities: usize,
    /// How many claims were related (for the summary).
    pub claims: usize,
    pub findings: Vec<finding::Finding>,
}

/// Files longer than this many bytes are checked a window of paragraphs at a
/// time, so memory follows the window, not the file. Relations reach a few
/// paragraphs, so only those spanning a window's edge are lost.
pub const WINDOW: usize = 1 << 20;

impl<'t> FileReport<'t> {
    /// A report of the quantities only (`numcheck extract`).
    pub fn new(path: &str, doc: Document<'t>) -> Self {
        FileReport {
            path: path.to_string(),
            quantities: doc.quantities.len(),
            doc,
            claims: 0,
            findings: Vec::new(),
        }
    }

    /// The 1-based position of a byte offset of the file.
    pub fn position(&self, offset: usize) -> source::Position {
        self.doc.lines.position(self.doc.text, offset)
    }

    /// A report with a whole document checked.
    pub fn checked(path: &str, doc: Document<'t>, settings: &Settings) -> Self {
        let (claims, findings) = doc.check(settings);
        FileReport {
            path: path.to_string(),
            quantities: doc.quantities.len(),
            doc,
            claims: claims.len(),
            findings,
        }
    }

    /// A file checked as `numcheck check` does: window by window when it is
    /// long, keeping only the counts and the findings.
    pub fn check_text(path: &str, text: &'t str, syntax: Syntax, settings: &Settings) -> Self {
        Self::check_windows(path, text, syntax, settings, WINDOW)
    }

    fn check_windows(
        path: &str,
        text: &'t str,
        syntax: Syntax,
        settings: &Settings,
        window: usize,
    ) -> Self {
        let segmented = segment::segment(text, syntax);
        let breaks = &segmented.breaks;
        let check = |w: &span::Span| {
            let prose = segmented.prose.get(w.start..w.end)?;
            // Breaks are sorted: the window's are found by search, not by
            // a pass over all of them per window.
            let first = breaks.partition_point(|&b| b < w.start);
            let last = breaks.partition_point(|&b| b < w.end);
            let breaks: Vec<usize> = breaks
                .get(first..last)?
                .iter()
                .map(|b| b - w.start)
                .collect();
            let doc = Document {
                text: text.get(w.start..w.end)?,
                prose: std::borrow::Cow::Borrowed(prose),
                quantities: quantity::extract_blocks(prose, &breaks, &settings.tolerances),
                breaks,
                comments: Vec::new(),
                lines: LineIndex::new(""),
            };
            let (claims, found) = doc.contradictions(settings);
            let found: Vec<finding::Finding> =
                found.into_iter().map(|f| f.shifted(w.start)).collect();
            Some((doc.quantities.len(), claims.len(), found))
        };
        let windows = segment::windows(&segmented.prose, window);
        // Windows are independent: a long file's are checked in parallel
        // where there are threads, and their results joined in order.
        #[cfg(feature = "parallel")]
        let checked: Vec<_> = windows.par_iter().filter_map(check).collect();
        #[cfg(not(feature = "parallel"))]
        let checked: Vec<_> = windows.iter().filter_map(check).collect();
        let (mut quantities, mut claims, mut findings) = (0, 0, Vec::new());
        for (q, c, f) in checked {
            quantities += q;
            claims += c;
            findings.extend(f);
        }
        // The prose view is as long as the file: gone before the line index is built.
        let segment::Segmented {
            prose, comments, ..
        } = segmented;
        drop(prose);
        let findings = suppress::apply(text, &comments, findings, settings);
        FileReport {
            path: path.to_string(),
            doc: Document {
                text,
                prose: std::borrow::Cow::Borrowed(""),
                breaks: Vec::new(),
                comments,
                // Positions are only asked of findings: most files have none.
                lines: LineIndex::new(if findings.is_empty() { "" } else { text }),
                quantities: Vec::new(),
            },
            quantities,
            claims,
            findings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_find_what_the_whole_document_finds() {
        let paragraph = "The county will spend $14m on libraries. The money is divided three ways: $6m for buildings, $3m for books and the remaining $1m for staff.\n\nThe bridge is 212 metres (520 feet) long.\n\n";
        let text = paragraph.repeat(40);
        let settings = Settings::default();
        let whole = FileReport::checked(
            "a.txt",
            Document::new(&text, Syntax::Plain, &settings.tolerances),
            &settings,
        );
        let windowed = FileReport::check_windows("a.txt", &text, Syntax::Plain, &settings, 1000);
        let spans = |r: &FileReport| {
            r.findings
                .iter()
                .map(|f| (f.rule, f.primary))
                .collect::<Vec<_>>()
        };
        assert_eq!(spans(&whole), spans(&windowed));
        assert_eq!(whole.findings.len(), 80);
        assert_eq!(whole.quantities, windowed.quantities);
    }
}
