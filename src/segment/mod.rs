//! Segmentation: the prose view of a file, with offsets kept.
//!
//! The prose view is a string of the same byte length as the file in which
//! everything that is not prose is blanked to spaces (newlines kept). Every
//! offset into it is an offset into the file, so no mapping table is needed.

pub mod plain;

/// How a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Plain,
    Markdown,
}

/// The prose view of `text`.
pub fn prose(text: &str, syntax: Syntax) -> String {
    match syntax {
        Syntax::Plain | Syntax::Markdown => plain::prose(text),
    }
}
