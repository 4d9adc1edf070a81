//! The pre-filter: visits only the bytes where a number can start, and runs
//! the phrase grammar there.
//!
//! Most bytes of prose start nothing. A number starts at a digit, a currency
//! sign, a sign or tilde before a digit, a vulgar fraction, or a word from
//! the lexicon ("fifteen", "about", "a"); everything else is skipped with a
//! byte-class test and, for words, one `match` on the lowercased word.

use super::lexicon::{self, with_lower};
use super::phrase::{Phrase, phrase_after};
use crate::span::Span;

/// Calls `found` for each phrase in `text`, left to right, never overlapping
/// and never across one of the sorted block `breaks` (a list item's figure
/// takes no unit from the next item: "7,900\n  - Day tickets").
pub fn each_phrase<'a>(text: &'a str, breaks: &[usize], mut found: impl FnMut(Span, Phrase<'a>)) {
    let bytes = text.as_bytes();
    let mut next_break = 0;
    let mut i = 0;
    while i < bytes.len() {
        let Some(&b) = bytes.get(i) else { break };
        let prev = i.checked_sub(1).and_then(|p| bytes.get(p)).copied();
        let word_start = !prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == b'_');
        let candidate = match b {
            b'0'..=b'9' => {
                if !word_start || after_hyphenated_name(bytes, i) {
                    // Digits glued to letters ("QK4", "A38", "i7") or hyphenated to
                    // them ("COVID-19", "OAO-1"): an identifier; skip all of it,
                    // joined parts too ("J1149.5+6663").
                    i += identifier_len(bytes, i);
                    continue;
                }
                let date = slash_date_len(bytes, i);
                if date > 0 {
                    // "5/17/2018": a date, not three figures.
                    i += date;
                    continue;
                }
                if prev == Some(b'^') || prev == Some(b'/') || after_glued_minus(bytes, i) {
                    // An exponent ("J/m^2", "fb−1") or a divisor ("1/0",
                    // "24/7") is not a figure of its own.
                    i += run_len(bytes, i, |c| c.is_ascii_digit());
                    continue;
                }
                // "3.5" after "v" or a digit run already consumed: only at a
                // fresh start. After a comma, digits that no grouping took
                // are the next of a list ("22,24,26").
                !matches!(prev, Some(b'.' | b','))
                    || !preceded_by_digit(bytes, i)
                    || prev == Some(b',') && list_after_comma(bytes, i)
            }
            b'.' | b'-' | b'~' => next_is_digit(bytes, i) && word_start,
            b'a'..=b'z' | b'A'..=b'Z' => {
                let len = letters_len(bytes, i);
                if !word_start {
                    i = skip_inert(bytes, i + len);
                    continue;
                }
                let w = text.get(i..i + len).unwrap_or("");
                // A lead-in word ("about", "a", "more") is worth parsing only
                // when a number follows within a few words: most "a"s do not.
                let starts = lexicon::may_start(w)
                    && with_lower(w, |l| {
                        let lead_in = if l == "in" {
                            // "in excess of": "in" is too common to look further for less.
                            text.get(i + len..i + len + 11)
                                .is_some_and(|t| t.eq_ignore_ascii_case(" excess of "))
                        } else {
                            lexicon::is_lead_in(l)
                        };
                        // No lead-in is a number word (tested in `lexicon`):
                        // most words here are lead-ins, spared that lookup.
                        let starts = if lead_in {
                            let reach = LEAD_IN_WORDS + usize::from(matches!(l, "a" | "slightly"));
                            number_ahead(text, i + len, reach)
                        } else {
                            lexicon::is_number_word(l)
                        };
                        starts.then_some(())
                    })
                    .is_some()
                    || bytes.get(i + len) == Some(&b'$')
                    // "R254bn" (rand glued to digits), "S $1mil": one letter,
                    // told from what follows it rather than parsed at every
                    // "s" of "it's".
                    || w == "R" && bytes.get(i + len).is_some_and(u8::is_ascii_digit)
                    || w == "S" && bytes.get(i + len..i + len + 2) == Some(b" $");
                if !starts {
                    i = skip_inert(bytes, i + len);
                    continue;
                }
                true
            }
            b'$' => true,
            // Multi-byte starts: £ € ¥ ₹ ₩ ₽ − and the vulgar fractions.
            0xC2 | 0xE2 => {
                word_start
                    && text
                        .get(i..)
                        .and_then(|s| s.chars().next())
                        .is_some_and(starts_quantity)
            }
            _ => false,
        };
        while breaks.get(next_break).is_some_and(|&b| b <= i) {
            next_break += 1;
        }
        let block_end = breaks.get(next_break).copied().unwrap_or(text.len());
        if candidate
            && let Some(rest) = text.get(i..block_end)
            && let Ok((after, p)) = phrase_after(rest, previous_word(text, i))
        {
            let end = block_end - after.len();
            if end > i {
                found(Span::new(i, end), p);
                i = end;
                continue;
            }
        }
        // Skip the rest of a word or digit run that did not start a phrase,
        // then the spaces and punctuation that cannot start one.
        i += utf8_len(b);
        if b.is_ascii_alphanumeric() {
            i += run_len(bytes, i, |c| c.is_ascii_alphanumeric());
        }
        i = skip_inert(bytes, i);
    }
}

/// ASCII spaces and punctuation that can start no figure: every ASCII byte
/// but letters, digits and `. - ~ $`.
// Indexing here runs in the compiler: out of bounds is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
static INERT: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        table[c] = !b.is_ascii_alphanumeric() && !matches!(b, b'.' | b'-' | b'~' | b'$');
        c += 1;
    }
    table
};

/// The offset after the spaces and punctuation from `i` on that can start
/// no figure.
fn skip_inert(bytes: &[u8], mut i: usize) -> usize {
    // A plain loop: the gap is mostly one space, too short for an iterator's setup.
    while bytes
        .get(i)
        .is_some_and(|&c| INERT.get(usize::from(c)).copied().unwrap_or(false))
    {
        i += 1;
    }
    i
}

/// The length of the run of ASCII letters at `from`, eight bytes at a time:
/// the scanner's inner loop, run over every word of the text (and by the
/// grammar's `word`, at every joint it tries).
pub(super) fn letters_len(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let rest = bytes.get(from..).unwrap_or_default();
    let mut chunks = rest.chunks_exact(8);
    let mut len = 0;
    for chunk in chunks.by_ref() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Per byte, without carries between bytes: fold case, keep 7 bits,
        // and set the high bit where the byte is 'a'..='z' and was ASCII.
        let y = (x | 0x2020_2020_2020_2020) & !HIGH;
        let at_least_a = y + (0x80 - u64::from(b'a')) * ONES;
        let above_z = y + (0x80 - u64::from(b'z') - 1) * ONES;
        let letters = at_least_a & !above_z & !x & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return len + (others.trailing_zeros() / 8) as usize;
        }
        len += 8;
    }
    len + run_len(chunks.remainder(), 0, |c| c.is_ascii_alphabetic())
}

/// The length of the UTF-8 character that starts with byte `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// How many words after a lead-in may hold its number ("more than 20",
/// "up to a third", "as many as 300"); one more after "a" and "slightly"
/// ("a little over a fifth", "slightly more than a third").
const LEAD_IN_WORDS: usize = 3;

/// Whether a digit, a currency sign or a number word starts one of the next
/// few words after `from` (words split at whitespace and hyphens). Runs on
/// most lead-in words ("a", "more"), so it walks bytes and decodes only
/// non-ASCII characters.
fn number_ahead(text: &str, from: usize, reach: usize) -> bool {
    let bytes = text.as_bytes();
    let char_at = |i: usize| text.get(i..).and_then(|s| s.chars().next());
    // Whether a word gap (whitespace or a hyphen) starts at `i`, and its length.
    let gap_at = |i: usize| match bytes.get(i) {
        Some(b' ' | b'\t' | b'\n' | b'\r' | b'-' | 0x0B | 0x0C) => Some(1),
        Some(&b) if b >= 0x80 => char_at(i).filter(|c| c.is_whitespace()).map(char::len_utf8),
        _ => None,
    };
    let mut i = from;
    for _ in 0..reach {
        while let Some(n) = gap_at(i) {
            i += n;
        }
        let Some(&b) = bytes.get(i) else {
            return false;
        };
        if b.is_ascii_digit() || matches!(b, b'$' | b'~' | b'.' | b'(') {
            return true;
        }
        if b >= 0x80 && char_at(i).is_some_and(|c| c == '−' || starts_quantity(c)) {
            return true;
        }
        let word_len = letters_len(bytes, i);
        let word = text.get(i..i + word_len).unwrap_or("");
        if lexicon::may_start(word)
            && with_lower(word, |l| lexicon::names_number(l).then_some(())).is_some()
        {
            return true;
        }
        // The rest of the word, up to the next gap.
        i += word_len;
        while i < bytes.len() && gap_at(i).is_none() {
            i += bytes.get(i).map_or(1, |&b| utf8_len(b));
        }
    }
    false
}

/// The ASCII word before offset `i`, if only spaces stand between.
fn previous_word(text: &str, i: usize) -> &str {
    let bytes = text.as_bytes();
    let end = i - run_len_back(bytes, i, |c| c == b' ');
    let start = end - run_len_back(bytes, end, |c| c.is_ascii_alphabetic());
    // Both ends are at ASCII bytes: no validation needed, only the slice.
    text.get(start..end).unwrap_or("")
}

fn run_len_back(bytes: &[u8], to: usize, pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .get(..to)
        .map_or(0, |s| s.iter().rev().take_while(|&&c| pred(c)).count())
}

fn starts_quantity(c: char) -> bool {
    matches!(c, '£' | '€' | '¥' | '₹' | '₩' | '₽' | '−') || lexicon::vulgar_fraction(c).is_some()
}

fn run_len(bytes: &[u8], from: usize, pred: impl Fn(u8) -> bool) -> usize {
    bytes
        .get(from..)
        .map_or(0, |s| s.iter().take_while(|&&c| pred(c)).count())
}

/// The length of an identifier from `from`: letters and digits, and the
/// `.`, `+`, `-` that join them.
fn identifier_len(bytes: &[u8], from: usize) -> usize {
    let mut n = 0;
    while let Some(&c) = bytes.get(from + n) {
        let joins = matches!(c, b'.' | b'+' | b'-')
            && bytes
                .get(from + n + 1)
                .is_some_and(u8::is_ascii_alphanumeric);
        if !(c.is_ascii_alphanumeric() || joins) {
            break;
        }
        n += 1;
    }
    n
}

/// The length of a numeric date at `i` ("5/17/2018", "17/05/18"), or 0.
fn slash_date_len(bytes: &[u8], i: usize) -> usize {
    let mut at = i;
    let mut groups = Vec::new();
    loop {
        let n = run_len(bytes, at, |c| c.is_ascii_digit());
        if n == 0 {
            return 0;
        }
        groups.push(n);
        at += n;
        if groups.len() == 3 || bytes.get(at) != Some(&b'/') {
            break;
        }
        at += 1;
    }
    let shaped = matches!(groups.as_slice(), [1..=2, 1..=2, 2 | 4]);
    if shaped && !bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at - i
    } else {
        0
    }
}

/// A minus sign (U+2212) glued to letters before `i`: "fb−1", "s−1".
fn after_glued_minus(bytes: &[u8], i: usize) -> bool {
    i >= 4
        && bytes.get(i - 3..i) == Some("\u{2212}".as_bytes())
        && bytes.get(i - 4).is_some_and(u8::is_ascii_alphabetic)
}

/// "COVID-19", "I7-860": a hyphen right after a letter or digit.
fn after_hyphenated_name(bytes: &[u8], i: usize) -> bool {
    i >= 2
        && bytes.get(i - 1) == Some(&b'-')
        && bytes.get(i - 2).is_some_and(u8::is_ascii_alphabetic)
}

fn next_is_digit(bytes: &[u8], i: usize) -> bool {
    bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// "22,24,26": two or more digits before the comma, with no separator
/// before them; "5,00" and "1.111,11" are decimals written with a comma.
fn list_after_comma(bytes: &[u8], i: usize) -> bool {
    let comma = i - 1;
    let run = run_len_back(bytes, comma, |c| c.is_ascii_digit());
    let before = comma.checked_sub(run + 1).and_then(|p| bytes.get(p));
    run >= 2 && before != Some(&b'.') && !(before == Some(&b',') && run == 3)
}

fn preceded_by_digit(bytes: &[u8], i: usize) -> bool {
    i >= 2 && bytes.get(i - 2).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-bytes-at-a-time run agrees with a byte loop for every byte
    /// value at every position of a long run.
    #[test]
    fn letters_run_as_a_byte_loop_would_count_it() {
        let naive = |b: &[u8], from: usize| run_len(b, from, |c| c.is_ascii_alphabetic());
        for stop in 0..=255u8 {
            for at in 0..20 {
                let mut b = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ".to_vec();
                if let Some(slot) = b.get_mut(at) {
                    *slot = stop;
                }
                for from in [0, 1, 3, 9] {
                    assert_eq!(
                        letters_len(&b, from),
                        naive(&b, from),
                        "{stop} at {at} from {from}"
                    );
                }
            }
        }
        assert_eq!(letters_len(b"", 0), 0);
        assert_eq!(letters_len(b"ab", 5), 0);
    }
}
