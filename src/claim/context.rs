//! Where each quantity stands: its sentence, its paragraph, and the words
//! around it, computed once per document so that relations can ask cheap
//! questions ("is it preceded by 'from'?", "same sentence?").

use crate::quantity::Quantity;
use crate::span::Span;

/// Words that make a figure a forecast or a hope.
const FORECAST: &[&str] = &[
    "should", "would", "will", "could", "may", "might", "expected", "expects", "forecast", "target",
];

/// Sentence and paragraph boundaries of a text.
#[derive(Debug, Default)]
pub struct Layout {
    /// Start offsets of sentences, ascending.
    sentences: Vec<usize>,
    /// Start offsets of paragraphs, ascending.
    paragraphs: Vec<usize>,
}

impl Layout {
    /// `breaks` are block boundaries from segmentation (headings, table
    /// cells, list items): a sentence ends there whatever the punctuation.
    pub fn new(text: &str, breaks: &[usize]) -> Self {
        let bytes = text.as_bytes();
        let mut sentences = vec![0];
        let mut paragraphs = vec![0];
        let mut after_blank = false;
        let mut line_start = 0;
        // The lines with their line feeds, as `split_inclusive('\n')` gives them.
        let line_ends = memchr::memchr_iter(b'\n', bytes)
            .map(|p| p + 1)
            .chain(std::iter::once(text.len()));
        for end in line_ends {
            let line = text.get(line_start..end).unwrap_or_default();
            if line.is_empty() {
                continue;
            }
            let blank = line.trim().is_empty();
            if !blank
                && line_start > 0
                && (after_blank || ends_sentence_before(bytes, line_start - 1))
            {
                paragraphs.push(line_start);
                sentences.push(line_start);
            }
            after_blank = blank;
            line_start += line.len();
        }
        for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
            if let Some(next) = sentence_end(bytes, i) {
                sentences.push(next);
            }
        }
        sentences.extend(breaks.iter().copied().filter(|&b| b < text.len()));
        // Three ascending runs, merged by the stable sort in one pass or two.
        sentences.sort();
        sentences.dedup();
        // A block that starts just after a full stop ("allocation.\n- Of
        // these, 71") starts one sentence, not an empty one and then another:
        // of starts with only spaces between, a paragraph's is kept, else
        // the last.
        let blank_until = |a: usize, b: usize| {
            bytes
                .get(a..b)
                .is_some_and(|gap| gap.iter().all(u8::is_ascii_whitespace))
        };
        let mut kept: Vec<usize> = Vec::with_capacity(sentences.len());
        for start in sentences {
            match kept.last_mut() {
                Some(last) if blank_until(*last, start) => {
                    if paragraphs.binary_search(last).is_err() {
                        *last = start;
                    }
                }
                _ => kept.push(start),
            }
        }
        let sentences = kept;
        Layout {
            sentences,
            paragraphs,
        }
    }

    /// The sentence and paragraph of each offset, for offsets in
    /// ascending order: one walk along the boundaries instead of a search
    /// per offset.
    pub fn walk(
        &self,
        offsets: impl Iterator<Item = usize>,
    ) -> impl Iterator<Item = (usize, usize)> {
        let (mut s, mut p) = (0, 0);
        offsets.map(move |at| {
            // An offset out of order is searched for.
            if self.sentences.get(s).is_some_and(|&b| b > at) {
                s = self.sentence_of(at);
            }
            if self.paragraphs.get(p).is_some_and(|&b| b > at) {
                p = self.paragraph_of(at);
            }
            while self.sentences.get(s + 1).is_some_and(|&b| b <= at) {
                s += 1;
            }
            while self.paragraphs.get(p + 1).is_some_and(|&b| b <= at) {
                p += 1;
            }
            (s, p)
        })
    }

    pub fn sentence_of(&self, offset: usize) -> usize {
        self.sentences
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    pub fn paragraph_of(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The byte range of sentence `n`.
    pub fn sentence_span(&self, n: usize, len: usize) -> Span {
        nth_span(&self.sentences, n, len)
    }

    /// The byte range of paragraph `n`.
    pub fn paragraph_span(&self, n: usize, len: usize) -> Span {
        nth_span(&self.paragraphs, n, len)
    }
}

/// The span from the `n`th start to the next one (or the end of the text).
fn nth_span(starts: &[usize], n: usize, len: usize) -> Span {
    let start = starts.get(n).copied().unwrap_or(len);
    let end = starts.get(n + 1).copied().unwrap_or(len);
    Span::new(start, end)
}

/// Two word lists share a content word by its first `len` letters
/// ("arriving" / "arrived" at five, "arrested" / "arrested" at six): the
/// evidence that two figures describe one event when their nouns differ.
/// Names do not count: a player named beside two figures ("Jones (Brownlee
/// 14), ..., Papadakis" and "Goals: Papadakis 41") says nothing
/// of what they measure.
pub fn shares_stem(a: &[&str], b: &[&str], len: usize) -> bool {
    let stem = |w: &&str| -> Option<String> {
        if w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let lower = w.to_ascii_lowercase();
        let content = !matches!(
            lower.as_str(),
            "total" | "there" | "their" | "which" | "about"
        );
        (content && lower.len() >= len).then(|| lower.get(..len).unwrap_or("").to_string())
    };
    let sa: Vec<String> = a.iter().filter_map(stem).collect();
    b.iter().filter_map(stem).any(|s| sa.contains(&s))
}

/// Lines at least this long that end mid-sentence are hard-wrapped prose;
/// shorter ones are headings or list entries.
const WRAPPED_LINE: usize = 40;

/// A line that ends with sentence punctuation or a headline: both end a
/// paragraph when the next line starts a new one. A long line ending in a
/// lowercase word is wrapped prose ("at the\nLeeds site").
fn ends_sentence_before(bytes: &[u8], newline: usize) -> bool {
    let mut j = newline;
    while j > 0 && matches!(bytes.get(j - 1), Some(b' ' | b'\r')) {
        j -= 1;
    }
    let next_starts_upper = bytes
        .get(newline + 1)
        .is_some_and(|c| c.is_ascii_uppercase() || *c == b'"');
    let line_start = bytes
        .get(..j)
        .and_then(|h| memchr::memrchr(b'\n', h))
        .map_or(0, |p| p + 1);
    let wrapped = j - line_start >= WRAPPED_LINE
        && bytes
            .get(j.wrapping_sub(1))
            .is_some_and(u8::is_ascii_lowercase);
    j > 0 && next_starts_upper && !wrapped && !matches!(bytes.get(j - 1), Some(b',' | b'-'))
}

/// Closing quotes and brackets right after a full stop (`."`, `.)`, `.”`):
/// they end the sentence with it.
fn closers_len(bytes: &[u8], from: usize) -> usize {
    let mut j = from;
    loop {
        match bytes.get(j..) {
            Some([b'"' | b'\'' | b')', ..]) => j += 1,
            // ” and ’ in UTF-8.
            Some([0xE2, 0x80, 0x9D | 0x99, ..]) => j += 3,
            _ => return j - from,
        }
    }
}

/// Where the next sentence starts when the full stop at `i` ends one: it
/// does when followed (past closing quotes) by a space and a capital or an
/// opening quote, or by a line end, and is not an abbreviation ("Mr.",
/// "No.") or a decimal point.
fn sentence_end(bytes: &[u8], i: usize) -> Option<usize> {
    let end = i + 1 + closers_len(bytes, i + 1);
    let next = bytes.get(end).copied();
    if !matches!(next, Some(b' ' | b'"' | b'\n' | b'\r') | None) {
        return None;
    }
    let after = bytes.get(end + 1).copied();
    let capital = matches!(next, Some(b'\n' | b'\r') | None)
        || after.is_some_and(|c| c.is_ascii_uppercase() || c == b'"' || c == b'\'')
        // “ and ‘ open a quoted sentence.
        || bytes.get(end + 1..end + 3) == Some(&[0xE2, 0x80][..])
            && matches!(bytes.get(end + 3), Some(0x9C | 0x98));
    let word_start = bytes.get(..i).map_or(0, |h| {
        h.iter()
            .rposition(|c| !c.is_ascii_alphabetic())
            .map_or(0, |p| p + 1)
    });
    let word = bytes.get(word_start..i).unwrap_or_default();
    let abbreviation = matches!(
        word,
        b"Mr"
            | b"Mrs"
            | b"Ms"
            | b"Dr"
            | b"St"
            | b"No"
            | b"Prof"
            | b"Gen"
            | b"Jr"
            | b"Sr"
            | b"vs"
            | b"Co"
            | b"Inc"
            | b"Ltd"
            | b"Rev"
            | b"Sgt"
            | b"Capt"
            | b"Lt"
            | b"Col"
            | b"Gov"
            | b"Sen"
            | b"Rep"
    ) || word.len() == 1 && word.first().is_some_and(u8::is_ascii_uppercase);
    // The next sentence starts at its first letter: a boundary at the
    // spaces or the blank line before it would make an empty sentence
    // between two paragraphs.
    let start = end
        + bytes
            .get(end..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| matches!(c, b' ' | b'\n' | b'\r' | b'\t'))
            .count();
    (capital && !abbreviation).then_some(start)
}

/// The words of `text` between two offsets (ASCII letters, hyphens and
/// apostrophes), borrowed: no allocation per word.
pub fn words_in(text: &str, from: usize, to: usize) -> impl DoubleEndedIterator<Item = &str> {
    crate::words::ascii_words(text, from, to, is_word_byte)
}

/// How many words on each side of a figure are kept.
const SIDE_WORDS: usize = 6;

/// Up to six words on one side of a figure, in text order, kept as offsets
/// into the text (a few bytes each, no allocation); compared without regard
/// to case.
#[derive(Debug, Clone, Copy, Default)]
pub struct Words {
    starts: [u32; SIDE_WORDS],
    lens: [u8; SIDE_WORDS],
    len: u8,
}

/// The bytes of a word: ASCII letters, hyphens and apostrophes.
fn is_word_byte(c: u8) -> bool {
    WORD_BYTES.get(usize::from(c)).copied().unwrap_or(false)
}

/// [`is_word_byte`] as a table: one load per byte of the words read
/// around every figure.
// Indexing here runs in the compiler: out of bounds is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        table[c] = b.is_ascii_alphabetic() || b == b'-' || b == b'\'';
        c += 1;
    }
    table
};

impl Words {
    fn push(&mut self, start: usize, end: usize) {
        let (Ok(start), Ok(len)) = (u32::try_from(start), u8::try_from(end - start)) else {
            return;
        };
        let n = usize::from(self.len);
        if let (Some(s), Some(l)) = (self.starts.get_mut(n), self.lens.get_mut(n)) {
            *s = start;
            *l = len;
            self.len += 1;
        }
    }

    /// The last words of `text[from..to]`, read backwards over bytes.
    fn before(text: &str, from: usize, to: usize) -> Words {
        let bytes = text.as_bytes();
        let to = to.min(bytes.len());
        let from = from.min(to);
        let region = bytes.get(from..to).unwrap_or_default();
        let mut nearest_first = Words::default();
        let mut end = region.len();
        while usize::from(nearest_first.len) < SIDE_WORDS {
            let head = region.get(..end).unwrap_or_default();
            let Some(last) = head.iter().rposition(|&c| is_word_byte(c)) else {
                break;
            };
            let start = head
                .get(..last)
                .and_then(|h| h.iter().rposition(|&c| !is_word_byte(c)))
                .map_or(0, |p| p + 1);
            nearest_first.push(from + start, from + last + 1);
            end = start;
        }
        nearest_first.reversed()
    }

    /// The first words of `text[from..to]`.
    fn after(text: &str, from: usize, to: usize) -> Words {
        let bytes = text.as_bytes();
        let to = to.min(bytes.len());
        let from = from.min(to);
        let region = bytes.get(from..to).unwrap_or_default();
        let mut words = Words::default();
        let mut at = 0;
        while usize::from(words.len) < SIDE_WORDS {
            let tail = region.get(at..).unwrap_or_default();
            let Some(first) = tail.iter().position(|&c| is_word_byte(c)) else {
                break;
            };
            let len = tail
                .get(first..)
                .unwrap_or_default()
                .iter()
                .position(|&c| !is_word_byte(c))
                .unwrap_or(tail.len() - first);
            words.push(from + at + first, from + at + first + len);
            at += first + len;
        }
        words
    }

    fn reversed(mut self) -> Words {
        let n = usize::from(self.len);
        if let (Some(s), Some(l)) = (self.starts.get_mut(..n), self.lens.get_mut(..n)) {
            s.reverse();
            l.reverse();
        }
        self
    }

    /// Where the last word ends.
    fn last_end(&self) -> Option<usize> {
        let n = usize::from(self.len).checked_sub(1)?;
        Some(*self.starts.get(n)? as usize + usize::from(*self.lens.get(n)?))
    }

    /// The `n`th word (0 = first in text order).
    fn nth<'d>(&self, text: &'d str, n: usize) -> Option<&'d str> {
        if n >= usize::from(self.len) {
            return None;
        }
        let start = *self.starts.get(n)? as usize;
        text.get(start..start + usize::from(*self.lens.get(n)?))
    }

    /// The last word, or "" when there is none.
    fn last<'d>(&self, text: &'d str) -> &'d str {
        self.iter(text).next_back().unwrap_or("")
    }

    /// The words, in text order.
    pub fn iter<'d>(&self, text: &'d str) -> impl DoubleEndedIterator<Item = &'d str> + use<'d> {
        let words = *self;
        (0..usize::from(words.len)).map(move |n| {
            let start = words.starts.get(n).map_or(0, |&s| s as usize);
            let len = words.lens.get(n).map_or(0, |&l| usize::from(l));
            text.get(start..start + len).unwrap_or("")
        })
    }
}

/// A word's stem for telling one content word across sentences: its
/// singular, lowercased, without a possessive or closing punctuation, cut to
/// `letters` ("harvested" and "harvest", "Audiences" and "audience",
/// "airport's" and "airport").
pub fn word_stem(word: &str, letters: usize) -> String {
    let w = word
        .trim_end_matches(['.', ',', ';', ':'])
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s");
    crate::quantity::noun::normalise(w)
        .chars()
        .take(letters)
        .collect()
}

/// A word's stem past its inflection or a noun-forming ending, six letters
/// at most: "arrivals" and "arrive", "finishers" and "finished" share one.
pub fn derived_stem(w: &str) -> String {
    let lower = w.to_ascii_lowercase();
    let stripped = [
        "als", "al", "ers", "er", "ings", "ing", "ed", "es", "s", "e",
    ]
    .iter()
    .find_map(|end| lower.strip_suffix(end).filter(|r| r.len() >= 4))
    .unwrap_or(&lower);
    stripped.chars().take(6).collect()
}

/// Whether the content words leading up to figures `a` and `b` (within
/// `reach` bytes, see [`super::Scope::words_leading_to`]) share a stem.
pub fn led_by_one_stem(scope: &super::Scope, a: usize, b: usize, reach: usize) -> bool {
    let stems = |i: usize| -> Vec<String> {
        scope
            .words_leading_to(i, reach)
            .filter(|w| w.len() > 3 && !crate::quantity::noun::is_function_word(w))
            .map(derived_stem)
            .collect()
    };
    let of_a = stems(a);
    stems(b).iter().any(|s| of_a.contains(s))
}

/// The months, in their order.
pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Modifiers between a determiner and a figure that name all of the thing,
/// not a part of it.
const WHOLE_MODIFIERS: &[&str] = &[
    "record",
    "entire",
    "whole",
    "full",
    "original",
    "planned",
    "proposed",
    "promised",
    "estimated",
    "reported",
    "official",
    "combined",
    "overall",
    "expected",
];

/// Verbs of a threshold crossed: "has passed $400m", "passes 5,000
/// puzzles" say the figure was exceeded, not where it stands.
pub const THRESHOLD_VERBS: &[&str] = &[
    "passed",
    "passes",
    "topped",
    "tops",
    "exceeded",
    "exceeds",
    "surpassed",
    "surpasses",
    "crossed",
    "crosses",
    "breached",
];

pub fn is_any(w: &str, words: &[&str]) -> bool {
    words.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Words of six letters or more that end in "est" and are no superlative.
const NOT_SUPERLATIVE: &[&str] = &[
    "interest",
    "harvest",
    "protest",
    "request",
    "contest",
    "suggest",
    "forest",
    "honest",
    "modest",
    "arrest",
    "invest",
    "digest",
    "manifest",
    "conquest",
    "bequest",
    "earnest",
    "tempest",
    "inquest",
    "unrest",
    "attest",
    "midwest",
    "northwest",
    "southwest",
];

/// Whether a word is a superlative ("busiest", "largest", "best"): a
/// figure it follows picks the top of a field ("the three busiest
/// studios"), not all of it.
pub fn is_superlative(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    matches!(w.as_str(), "most" | "best" | "worst" | "least")
        || w.len() >= 6 && w.ends_with("est") && !NOT_SUPERLATIVE.contains(&w.as_str())
}

/// Facts about one quantity in its document.
#[derive(Debug, Clone)]
pub struct Place<'d> {
    text: &'d str,
    pub sentence: usize,
    pub paragraph: usize,
    before: Words,
    after: Words,
    figure_start: usize,
    /// The word right before, kept: most finders ask for it.
    prev: &'d str,
}

impl<'d> Place<'d> {
    /// `q` stands in sentence `sentence` and paragraph `paragraph` of `layout`.
    pub fn new(
        text: &'d str,
        layout: &Layout,
        q: &Quantity,
        (sentence, paragraph): (usize, usize),
    ) -> Self {
        let s = layout.sentence_span(sentence, text.len());
        let before = Words::before(
            text,
            s.start.max(q.span.start.saturating_sub(60)),
            q.span.start,
        );
        let after = Words::after(text, q.span.end, s.end.min(q.span.end + 60));
        Place {
            text,
            sentence,
            paragraph,
            before,
            after,
            figure_start: q.span.start,
            prev: before.last(text),
        }
    }

    /// Up to six words before, in text order (nearest last).
    pub fn before(&self) -> impl DoubleEndedIterator<Item = &'d str> + use<'d> {
        self.before.iter(self.text)
    }

    /// Up to six words after, in text order (nearest first).
    pub fn after(&self) -> impl DoubleEndedIterator<Item = &'d str> + use<'d> {
        self.after.iter(self.text)
    }

    /// The word right before, if any.
    pub fn prev(&self) -> &'d str {
        self.prev
    }

    pub fn prev_is(&self, words: &[&str]) -> bool {
        is_any(self.prev(), words)
    }

    /// Whether one of `determiners` stands right before, with only
    /// whitespace between ("Of the 640, 410" determines 640 only), or before one
    /// modifier that keeps the whole of the thing ("the record 24,750
    /// crowd", "its planned 1,150 homes"; not "the other 173").
    pub fn determined_by(&self, determiners: &[&str]) -> bool {
        self.prev_is_close(determiners)
            || self.prev_is_close(WHOLE_MODIFIERS)
                && self
                    .before()
                    .rev()
                    .nth(1)
                    .is_some_and(|w| is_any(w, determiners))
    }

    /// Whether the word right before is one of `words` with only spaces
    /// between: "from 41,000", not "came from: 41,000".
    pub fn prev_is_close(&self, words: &[&str]) -> bool {
        self.prev_attached() && is_any(self.prev(), words)
    }

    /// Whether only spaces stand between the word before and the figure:
    /// "Natterer's: 520" labels an item, "Natterer's 520" owns the figure.
    pub fn prev_attached(&self) -> bool {
        let gap = self
            .before
            .last_end()
            .and_then(|end| self.text.get(end..self.figure_start));
        gap.is_some_and(|g| g.chars().all(char::is_whitespace))
    }

    /// Whether the `n`th word before (0 = nearest) is `word`.
    pub fn before_is(&self, n: usize, word: &str) -> bool {
        self.before()
            .rev()
            .nth(n)
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    }

    /// Whether the `n`th word after (0 = nearest) is `word`.
    pub fn after_is(&self, n: usize, word: &str) -> bool {
        self.after
            .nth(self.text, n)
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    }

    pub fn after_has(&self, n: usize, words: &[&str]) -> bool {
        self.after().take(n).any(|w| is_any(w, words))
    }

    pub fn before_has(&self, n: usize, words: &[&str]) -> bool {
        self.before().rev().take(n).any(|w| is_any(w, words))
    }

    /// Whether one of the `n` words before makes the figure a forecast or
    /// a hope ("could pass 25%", "should boost sales by 12%"); "in May"
    /// is a month.
    pub fn forecast(&self, n: usize) -> bool {
        self.before()
            .rev()
            .take(n)
            .any(|w| w != "May" && is_any(w, FORECAST))
    }

    /// Whether `a b` stand next to each other within the first `n` words after.
    pub fn after_pair(&self, n: usize, a: &str, b: &str) -> bool {
        // The second word is read only where the first matches.
        let is = |k, w: &str| {
            self.after
                .nth(self.text, k)
                .is_some_and(|x| x.eq_ignore_ascii_case(w))
        };
        (0..n).any(|k| is(k, a) && is(k + 1, b))
    }

    /// A time frame other than the present: "last year", "a year earlier",
    /// "in 2017", or a figure set against the present one ("against 1,790").
    pub fn past_frame(&self) -> bool {
        // "£412m, up from £371m a year earlier": the words after a start
        // or a figure set against date that one, not this.
        let own = self
            .after()
            .position(|w| is_any(w, &["from", "against", "versus", "vs", "compared", "than"]))
            .unwrap_or(SIDE_WORDS);
        let own_has = |n: usize, words: &[&str]| self.after_has(n.min(own), words);
        // The pairs of words after are read once for all the phrases.
        let (mut dated, mut a_year) = (false, false);
        for k in 0..own.min(SIDE_WORDS) {
            let (Some(x), Some(y)) = (
                self.after.nth(self.text, k),
                self.after.nth(self.text, k + 1),
            ) else {
                break;
            };
            let is = |w: &str, word: &str| w.eq_ignore_ascii_case(word);
            let then = earlier_time_at(|n| self.after.nth(self.text, k + n));
            dated |= then
                || is(x, "last") && is(y, "year")
                || is(x, "year") && (is(y, "earlier") || is(y, "ago"));
            a_year |= is(x, "a") && is(y, "year");
        }
        dated
            || a_year && own_has(4, &["ago", "earlier", "before"])
            || own_has(3, &["previously", "earlier"])
            || self.prev_is(&["against", "versus", "vs"])
            || self.prev_is(&["from"]) && !self.names_where_from()
            // "last year's attendance of 54,500".
            || self
                .before()
                .rev()
                .take(4)
                .any(is_time_possessive)
                && self.before_has(5, &["last", "previous"])
            // "City's previous record was the £12.5m": a figure of an earlier
            // holder; not "on the previous year to 340", which dates a start.
            || self.previous_holder()
            // "handled 1.86 million, beating the 1.79 million it moved in
            // 2019": the figure a record is set against.
            || self.prev_is(&["the"])
                && self.before_has(
                    2,
                    &["beating", "surpassing", "eclipsing", "topping", "overtaking"],
                )
    }

    /// "operating from 18 stations", "coming from 40 countries": "from"
    /// after a verb of working or moving names where, not a start.
    fn names_where_from(&self) -> bool {
        self.before().rev().nth(1).is_some_and(|w| {
            is_any(
                w,
                &[
                    "operating",
                    "operated",
                    "working",
                    "worked",
                    "broadcasting",
                    "coming",
                    "came",
                    "travelling",
                    "traveling",
                    "travelled",
                    "flying",
                    "sailing",
                    "trading",
                    "transmitting",
                    "drawn",
                    "recruited",
                    "based",
                ],
            )
        })
    }

    /// Whether "previous" or "former" names, within four words before, the
    /// thing the figure is of ("the previous record of", "its former
    /// headquarters cost"), rather than a time. Between a plural noun and its
    /// preposition it names where things come from, not whose the figure
    /// was ("donations from former students totalling £0.9m"; not "down
    /// from previous highs of 310p").
    fn previous_holder(&self) -> bool {
        // Nearest first: the word read before "previous" is the one it names.
        let word = |k: usize| self.before().rev().nth(k);
        let mut named: Option<&str> = None;
        for (k, w) in self.before().rev().take(4).enumerate() {
            if is_any(w, &["previous", "former"]) {
                let source = word(k + 1).is_some_and(|p| is_any(p, &["from", "by", "among"]))
                    && word(k + 2)
                        .is_some_and(|n| crate::quantity::noun::is_plural(&n.to_ascii_lowercase()));
                return !source
                    && named.is_some_and(|n| !is_time_noun(n) && !is_any(n, &["to", "than"]));
            }
            named = Some(w);
        }
        false
    }
}

/// Whether the words from `word(0)` on name a time before the story's:
/// "the previous winter", "the prior season", "the previous two winters";
/// not "the previous 12 months" nor "the previous two years" (a count of
/// years or months may run up to now; words skip figures), nor "the
/// previous day of". ("last season" may be the story's own.)
pub fn earlier_time_at<'a>(word: impl Fn(usize) -> Option<&'a str>) -> bool {
    let season = |w: &str| is_any(w.strip_suffix('s').unwrap_or(w), SEASONS);
    if !word(0).is_some_and(|x| is_any(x, &["previous", "prior", "preceding"])) {
        return false;
    }
    let Some(y) = word(1) else {
        return false;
    };
    let counted = crate::quantity::lexicon::is_number_word(&y.to_ascii_lowercase());
    let (time, next) = if counted { (word(2), 3) } else { (Some(y), 2) };
    let dated = time.is_some_and(|t| season(t) || !counted && is_time_noun(t) && !t.ends_with('s'));
    dated && !word(next).is_some_and(|z| z.eq_ignore_ascii_case("of"))
}

/// A span of time that "previous" dates rather than a holder it names.
fn is_time_noun(w: &str) -> bool {
    is_any(
        w,
        &[
            "year", "years", "season", "month", "months", "week", "weeks", "quarter", "day",
            "days", "decade", "period",
        ],
    )
}

/// The seasons, times a figure may be said of.
pub const SEASONS: &[&str] = &["spring", "summer", "autumn", "winter"];

/// "year's", "season's", "month's": a time owning the figure after it.
fn is_time_possessive(w: &str) -> bool {
    let Some(time) = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")) else {
        return false;
    };
    is_any(time, &["year", "season", "month", "week", "quarter"]) || is_any(time, SEASONS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_stem_is_a_content_word_not_a_name() {
        assert!(shares_stem(&["were", "arrested"], &["arrests", "made"], 6));
        assert!(!shares_stem(
            &["Greenwood", "Papadakis"],
            &["Goals", "Papadakis"],
            6
        ));
    }

    #[test]
    fn a_wrapped_line_goes_on_but_a_heading_ends() {
        let wrapped = "The firm said 30 of the 160 staff at the\nLeeds site will move.";
        let layout = Layout::new(wrapped, &[]);
        assert_eq!(layout.sentence_of(wrapped.find("Leeds").unwrap_or(0)), 0);
        let heading = "Key figures\nRevenue rose.";
        let layout = Layout::new(heading, &[]);
        assert_eq!(layout.sentence_of(heading.find("Revenue").unwrap_or(0)), 1);
    }

    #[test]
    fn a_sentence_ends_past_its_closing_quote() {
        for text in [
            "A \"b.\"\n    C d.",
            "A \"b.\" C d.",
            "A (b.) C d.",
            "A “b.” C d.",
            "A b. “C d.”",
        ] {
            let layout = Layout::new(text, &[]);
            let c = text.find('C').unwrap_or(0);
            assert_eq!(layout.sentence_of(c), 1, "{text}");
            assert_eq!(layout.sentence_of(0), 0, "{text}");
        }
        // An abbreviation in quotes ends nothing.
        let layout = Layout::new("Ask \"Mr.\" Smith.", &[]);
        assert_eq!(layout.sentence_of(12), 0);
    }

    /// A paragraph break after a full stop is one boundary: the next
    /// paragraph's first sentence follows the last one's number.
    #[test]
    fn sentences_are_numbered_across_paragraphs_without_gaps() {
        let text = "One 1. Two 2.\n\nThree 3. Four 4.";
        let layout = Layout::new(text, &[]);
        let of = |w: &str| layout.sentence_of(text.find(w).unwrap_or(0));
        assert_eq!(
            (of("One"), of("Two"), of("Three"), of("Four")),
            (0, 1, 2, 3)
        );
    }

    #[test]
    fn the_walk_agrees_with_the_search_in_and_out_of_order() {
        let text = "One 1. Two 2.\n\nThree 3. Four 4.\n\nFive 5.";
        let layout = Layout::new(text, &[]);
        let offsets: Vec<usize> = text
            .match_indices(char::is_numeric)
            .map(|(i, _)| i)
            .collect();
        let shuffled: Vec<usize> = offsets.iter().rev().chain(&offsets).copied().collect();
        for at_list in [offsets, shuffled] {
            let walked: Vec<(usize, usize)> = layout.walk(at_list.iter().copied()).collect();
            let searched: Vec<(usize, usize)> = at_list
                .iter()
                .map(|&at| (layout.sentence_of(at), layout.paragraph_of(at)))
                .collect();
            assert_eq!(walked, searched);
        }
    }
}
