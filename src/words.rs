//! Words as runs of ASCII bytes, found without decoding characters.

/// The runs of `word_byte` bytes in `text[from..to]`, as borrowed words.
/// Word bytes are ASCII, so every byte of another character separates
/// words, and every run lies on character boundaries.
pub fn ascii_words(
    text: &str,
    from: usize,
    to: usize,
    word_byte: impl Fn(u8) -> bool,
) -> impl DoubleEndedIterator<Item = &str> {
    let from = from.min(text.len());
    let to = to.min(text.len()).max(from);
    let bytes = text.as_bytes().get(from..to).unwrap_or_default();
    let base = bytes.as_ptr() as usize;
    bytes
        .split(move |&c| !word_byte(c))
        .filter(|w| !w.is_empty())
        .filter_map(move |w| {
            let start = from + (w.as_ptr() as usize - base);
            text.get(start..start + w.len())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_ascii_split_at_any_other_character() {
        let text = "caf\u{e9} 12 \u{a3}5m o'clock-ish";
        let words: Vec<&str> = ascii_words(text, 0, text.len(), |c| {
            c.is_ascii_alphabetic() || c == b'\''
        })
        .collect();
        assert_eq!(words, ["caf", "m", "o'clock", "ish"]);
        let back: Vec<&str> = ascii_words(text, 3, 12, |c| c.is_ascii_alphanumeric())
            .rev()
            .collect();
        assert_eq!(back, ["5", "12"]);
    }
}
