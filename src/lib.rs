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
//! * [`rules`] decide each relation with interval arithmetic;
//! * [`render`] prints findings in each output format.
//!
//! Nothing here touches the file system or the process: that is `app`'s job.
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

pub mod baseline;
pub mod claim;
pub mod config;
pub mod finding;
pub mod interval;
pub mod quantity;
pub mod render;
pub mod rules;
pub mod segment;
pub mod source;
pub mod span;
pub mod suppress;

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
        let quantities = quantity::extract(&prose, tolerances);
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
        let claims = claim::relate(self);
        let mut findings = rules::check(&self.prose, &self.quantities, &claims, |id| {
            settings.is_enabled(id)
        });
        for f in &mut findings {
            f.severity = settings.severity_of(f.rule, f.severity);
        }
        let findings = suppress::apply(self.text, &self.comments, findings, settings);
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
    /// How many claims were related (for the summary).
    pub claims: usize,
    pub findings: Vec<finding::Finding>,
}

impl<'t> FileReport<'t> {
    /// A report of the quantities only (`numcheck extract`).
    pub fn new(path: &str, doc: Document<'t>) -> Self {
        FileReport {
            path: path.to_string(),
            doc,
            claims: 0,
            findings: Vec::new(),
        }
    }

    /// The 1-based position of a byte offset of the file.
    pub fn position(&self, offset: usize) -> source::Position {
        self.doc.lines.position(self.doc.text, offset)
    }

    /// A report with the document checked (`numcheck check`).
    pub fn checked(path: &str, doc: Document<'t>, settings: &Settings) -> Self {
        let (claims, findings) = doc.check(settings);
        FileReport {
            path: path.to_string(),
            doc,
            claims: claims.len(),
            findings,
        }
    }
}
