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

pub mod interval;
pub mod quantity;
pub mod render;
pub mod segment;
pub mod source;
pub mod span;

use interval::Tolerances;
use quantity::Quantity;
use segment::Syntax;
use source::LineIndex;

/// One text, read and understood: its prose view, line index and quantities.
#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    pub lines: LineIndex,
    pub quantities: Vec<Quantity>,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str, syntax: Syntax, tolerances: &Tolerances) -> Self {
        let prose = segment::prose(text, syntax);
        Document {
            text,
            lines: LineIndex::new(text),
            quantities: quantity::extract(&prose, tolerances),
        }
    }

    /// The source text of a span.
    pub fn slice(&self, span: span::Span) -> &'t str {
        self.text.get(span.start..span.end).unwrap_or("")
    }
}

/// A document with the path it is shown under.
#[derive(Debug)]
pub struct FileReport<'t> {
    pub path: String,
    pub doc: Document<'t>,
}

impl<'t> FileReport<'t> {
    pub fn new(path: &str, doc: Document<'t>) -> Self {
        FileReport {
            path: path.to_string(),
            doc,
        }
    }
}
