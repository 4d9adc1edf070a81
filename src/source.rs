//! Byte offset to line and column, computed once per file and only when rendering.

/// Where each line starts, so that a byte offset maps to a 1-based line and
/// column. `\n`, `\r\n` and a lone `\r` all end a line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

/// A 1-based position. `column` counts Unicode scalar values, `byte_column`
/// counts UTF-8 bytes and `utf16_column` UTF-16 code units, because each
/// output format wants its own unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub byte_column: usize,
    pub utf16_column: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while let Some(off) = memchr::memchr2(b'\n', b'\r', bytes.get(i..).unwrap_or_default()) {
            let at = i + off;
            let next = if bytes.get(at) == Some(&b'\r') && bytes.get(at + 1) == Some(&b'\n') {
                at + 2
            } else {
                at + 1
            };
            starts.push(next);
            i = next;
        }
        LineIndex { starts }
    }

    /// The 0-based line that holds `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The byte offset where 0-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(0)
    }

    /// The number of lines.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The 1-based position of a byte offset (clamped to the text, and moved
    /// back to a character boundary if needed).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.line_start(line).min(offset);
        let before = text.get(start..offset).unwrap_or_default();
        // Editors do not show a byte-order mark, so columns do not count it.
        let before = before.strip_prefix('\u{feff}').unwrap_or(before);
        let column = before.chars().count() + 1;
        // A character takes two UTF-16 units when it takes four bytes, and
        // only those start with a byte from 0xF0 to 0xF4: searched for, not
        // found by encoding the line again.
        let b = before.as_bytes();
        let astral = if column - 1 == b.len() {
            0
        } else {
            memchr::memchr3_iter(0xF0, 0xF1, 0xF2, b).count()
                + memchr::memchr2_iter(0xF3, 0xF4, b).count()
        };
        Position {
            line: line + 1,
            column,
            byte_column: before.len() + 1,
            utf16_column: column + astral,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_takes_no_column() {
        let text = "\u{feff}ab";
        let p = LineIndex::new(text).position(text, text.len() - 1);
        assert_eq!((p.line, p.column), (1, 2));
    }

    #[test]
    fn lines_end_at_lf_crlf_and_lone_cr() {
        let text = "a\nb\r\nc\rd";
        let index = LineIndex::new(text);
        assert_eq!(index.len(), 4);
        assert_eq!(index.position(text, 7).line, 4);
        assert_eq!(index.position(text, 5).line, 3);
        assert_eq!(index.position(text, 2).line, 2);
    }

    #[test]
    fn columns_count_scalar_values_bytes_and_utf16() {
        let text = "£€𝟘 15";
        let index = LineIndex::new(text);
        let p = index.position(text, text.find("15").unwrap());
        assert_eq!((p.line, p.column), (1, 5));
        assert_eq!(p.byte_column, 2 + 3 + 4 + 1 + 1);
        assert_eq!(p.utf16_column, 1 + 1 + 2 + 1 + 1);
    }
}
