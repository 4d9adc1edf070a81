//! Byte offsets (Rust) to UTF-16 offsets (JavaScript strings), so that the
//! page can highlight a figure with `slice(from, to)` on the text it holds.

/// Converts many byte offsets of one text in a single pass over it.
pub struct Utf16Offsets {
    /// `(byte, utf16)` at each requested offset, sorted by byte.
    table: Vec<(usize, usize)>,
}

impl Utf16Offsets {
    /// Prepares the conversion of `offsets` (any order, duplicates allowed).
    pub fn new(text: &str, offsets: impl IntoIterator<Item = usize>) -> Self {
        let mut wanted: Vec<usize> = offsets.into_iter().collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut table = Vec::with_capacity(wanted.len());
        let mut wanted = wanted.into_iter().peekable();
        let mut utf16 = 0;
        for (byte, c) in text.char_indices() {
            while let Some(&w) = wanted.peek() {
                if w > byte {
                    break;
                }
                // An offset inside a character (the library gives none)
                // rounds up to the next one.
                table.push((w, utf16));
                wanted.next();
            }
            utf16 += c.len_utf16();
        }
        // Offsets at or past the end.
        table.extend(wanted.map(|w| (w, utf16)));
        Utf16Offsets { table }
    }

    /// The UTF-16 offset of a byte offset given to [`Utf16Offsets::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.table.get(i).map_or(0, |&(_, u)| u),
            // Not prepared: the nearest prepared offset before it.
            Err(i) => i
                .checked_sub(1)
                .and_then(|i| self.table.get(i))
                .map_or(0, |&(_, u)| u),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_surrogate_pairs_and_multibyte_characters() {
        let text = "£€𝟘 15";
        let at = text.find("15").unwrap_or_default();
        let map = Utf16Offsets::new(text, [at, 0, text.len(), at]);
        assert_eq!(map.get(0), 0);
        assert_eq!(map.get(at), 1 + 1 + 2 + 1);
        assert_eq!(map.get(text.len()), 1 + 1 + 2 + 1 + 2);
    }

    #[test]
    fn an_offset_inside_a_character_rounds_up() {
        let text = "a€b";
        let map = Utf16Offsets::new(text, [2, 4]);
        assert_eq!(map.get(2), 2);
        assert_eq!(map.get(4), 2);
    }
}
