//! Open documents kept in memory (saved or not), and the conversion between
//! byte offsets and LSP positions in the negotiated encoding.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::segment::Syntax;
use crate::source::LineIndex;
use lsp_types::{Position, Range, TextDocumentContentChangeEvent};

use super::analysis::Analysis;
use super::config::Scope;

/// How a position's `character` counts: the client's choice at
/// initialisation, UTF-16 code units unless it offers UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    fn width(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// One open document.
pub struct Doc {
    pub text: String,
    pub lines: LineIndex,
    pub version: i32,
    pub syntax: Syntax,
    /// The configuration that governs it.
    pub scope: Scope,
    /// Bumped on every edit; a check publishes only if it is still the latest.
    pub generation: Arc<AtomicU64>,
    /// The last check that was published.
    pub analysis: Option<Arc<Analysis>>,
}

impl Doc {
    pub fn new(text: String, version: i32, syntax: Syntax, scope: Scope) -> Doc {
        Doc {
            lines: LineIndex::new(&text),
            text,
            version,
            syntax,
            scope,
            generation: Arc::new(AtomicU64::new(0)),
            analysis: None,
        }
    }

    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Marks the text changed: checks of older text are now stale.
    pub fn touch(&self) -> u64 {
        self.generation.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// The published analysis, if it was made from the current text.
    pub fn fresh(&self) -> Option<&Analysis> {
        self.analysis
            .as_deref()
            .filter(|a| a.generation == self.generation())
    }

    /// Applies edits in order. Positions past a line's or the text's end are
    /// clamped; the returned notes say where, for the log.
    pub fn apply(
        &mut self,
        changes: Vec<TextDocumentContentChangeEvent>,
        enc: Encoding,
    ) -> Vec<String> {
        let mut notes = Vec::new();
        for change in changes {
            match change.range {
                None => self.text = change.text,
                Some(range) => {
                    let (start, a) = self.offset(range.start, enc);
                    let (end, b) = self.offset(range.end, enc);
                    if a || b {
                        notes.push(format!(
                            "edit range {}:{}-{}:{} is past the end of the text; clamped",
                            range.start.line,
                            range.start.character,
                            range.end.line,
                            range.end.character
                        ));
                    }
                    let (start, end) = (start.min(end), start.max(end));
                    self.text.replace_range(start..end, &change.text);
                }
            }
            self.lines = LineIndex::new(&self.text);
        }
        notes
    }

    /// The byte offset of a position, and whether it had to be clamped (a
    /// line past the last, a character past the line's end). A position
    /// inside a character (half a surrogate pair) is moved to its start.
    pub fn offset(&self, pos: Position, enc: Encoding) -> (usize, bool) {
        let line = pos.line as usize;
        if line >= self.lines.len() {
            return (self.text.len(), true);
        }
        let start = self.lines.line_start(line);
        let end = self.line_end(line);
        let want = pos.character as usize;
        let mut units = 0;
        for (i, c) in self.text.get(start..end).unwrap_or_default().char_indices() {
            let next = units + enc.width(c);
            if next > want {
                return (start + i, false);
            }
            units = next;
        }
        (end, units < want)
    }

    /// The position of a byte offset (clamped to the text).
    pub fn position(&self, offset: usize, enc: Encoding) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.lines.line_of(offset);
        let start = self.lines.line_start(line).min(offset);
        let before = self.text.get(start..offset).unwrap_or_default();
        let units: usize = before.chars().map(|c| enc.width(c)).sum();
        Position::new(to_u32(line), to_u32(units))
    }

    pub fn range(&self, span: crate::span::Span, enc: Encoding) -> Range {
        Range::new(self.position(span.start, enc), self.position(span.end, enc))
    }

    /// Where 0-based `line` ends, before its line break.
    pub fn line_end(&self, line: usize) -> usize {
        let next = if line + 1 < self.lines.len() {
            self.lines.line_start(line + 1)
        } else {
            self.text.len()
        };
        let body = self
            .text
            .get(self.lines.line_start(line)..next)
            .unwrap_or_default();
        next - (body.len() - body.trim_end_matches(['\n', '\r']).len())
    }

    /// The text of 0-based `line`, without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        self.text
            .get(self.lines.line_start(line)..self.line_end(line))
            .unwrap_or_default()
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc {
        Doc::new(text.to_string(), 1, Syntax::Plain, Scope::default())
    }

    #[test]
    fn positions_count_the_negotiated_units() {
        let d = doc("£€𝟘 15\nnext");
        let at = d.text.find("15").unwrap();
        assert_eq!(d.position(at, Encoding::Utf16), Position::new(0, 5));
        assert_eq!(
            d.position(at, Encoding::Utf8),
            Position::new(0, 2 + 3 + 4 + 1)
        );
        assert_eq!(d.offset(Position::new(0, 5), Encoding::Utf16), (at, false));
        assert_eq!(d.offset(Position::new(0, 10), Encoding::Utf8), (at, false));
        // Half of the surrogate pair of 𝟘 is its start.
        assert_eq!(d.offset(Position::new(0, 3), Encoding::Utf16), (5, false));
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        let d = doc("ab\r\ncd");
        assert_eq!(d.offset(Position::new(0, 9), Encoding::Utf16), (2, true));
        assert_eq!(d.offset(Position::new(7, 0), Encoding::Utf16), (6, true));
        assert_eq!(d.position(99, Encoding::Utf16), Position::new(1, 2));
    }

    #[test]
    fn incremental_and_full_edits_apply_in_order() {
        let mut d = doc("one 15\ntwo\n");
        let edit = |l1, c1, l2, c2, text: &str| TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l1, c1), Position::new(l2, c2))),
            range_length: None,
            text: text.to_string(),
        };
        let notes = d.apply(
            vec![edit(0, 4, 0, 6, "16"), edit(1, 0, 1, 3, "2")],
            Encoding::Utf16,
        );
        assert!(notes.is_empty());
        assert_eq!(d.text, "one 16\n2\n");
        let notes = d.apply(vec![edit(5, 0, 9, 9, "tail")], Encoding::Utf16);
        assert_eq!(notes.len(), 1);
        assert_eq!(d.text, "one 16\n2\ntail");
        let full = TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: "new".to_string(),
        };
        d.apply(vec![full], Encoding::Utf8);
        assert_eq!((d.text.as_str(), d.lines.len()), ("new", 1));
    }
}
