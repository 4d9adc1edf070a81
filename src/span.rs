//! Byte ranges into the original file: the only position type in the library.

use serde::Serialize;

/// A half-open byte range `start..end` into the text of one source file.
///
/// Invariant: both ends lie on UTF-8 character boundaries of that text, so a
/// span can always slice it. Lines and columns are computed only when a
/// report is rendered (see [`crate::source::LineIndex`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}
