//! Plain text is prose as it is, except for web addresses, whose digits
//! ("?id=2020", "%20") are not figures, and directive lines
//! (`# numcheck-disable-next-line sum-mismatch`), which are comments.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::{Segmented, directives};
use crate::span::Span;

/// The starts of a web address.
static URLS: LazyLock<[Finder<'static>; 3]> =
    LazyLock::new(|| ["http://", "https://", "www."].map(Finder::new));
/// What every directive line holds.
static DIRECTIVE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("numcheck-"));

/// The prose view of plain text: URLs and directive lines blanked to spaces.
/// Text with neither is its own prose view, borrowed, not copied. The
/// searchers are built once: building one costs as much as searching a
/// short file, and a run may read thousands of those.
pub fn segment(text: &str) -> Segmented<'_> {
    let bytes = text.as_bytes();
    let untouched = URLS
        .iter()
        .chain([&*DIRECTIVE])
        .all(|finder| finder.find(bytes).is_none());
    if untouched {
        return Segmented {
            prose: Cow::Borrowed(text),
            breaks: Vec::new(),
            comments: Vec::new(),
        };
    }
    let mut out = bytes.to_vec();
    blank_urls(text, &mut out);
    let mut comments = Vec::new();
    let mut start = 0;
    // Directive lines are looked for only in text that names numcheck.
    if DIRECTIVE.find(bytes).is_some() {
        for line in text.split_inclusive('\n') {
            if directives::is_directive_line(line) {
                let end = start + line.trim_end().len();
                for b in out.get_mut(start..end).into_iter().flatten() {
                    *b = b' ';
                }
                comments.push(Span::new(start, end));
            }
            start += line.len();
        }
    }
    // Only ASCII bytes of whole URLs and whole lines were replaced by spaces,
    // so the view is still valid UTF-8; fall back to the text if not.
    Segmented {
        prose: Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_string())),
        breaks: Vec::new(),
        comments,
    }
}

/// Blanks every `http://`, `https://` and `www.` address in `out` (a copy of `text`).
pub fn blank_urls(text: &str, out: &mut [u8]) {
    for finder in URLS.iter() {
        for start in finder.find_iter(text.as_bytes()) {
            let bytes = text.as_bytes();
            if start > 0 && bytes.get(start - 1).is_some_and(u8::is_ascii_alphanumeric) {
                continue;
            }
            let end = bytes
                .get(start..)
                .and_then(|s| {
                    s.iter()
                        .position(|b| b.is_ascii_whitespace() || matches!(b, b'<' | b'>' | b'"'))
                })
                .map_or(bytes.len(), |p| start + p);
            // Only ASCII is blanked, so multi-byte characters stay whole.
            let (Some(view), Some(source)) = (out.get_mut(start..end), bytes.get(start..end))
            else {
                continue;
            };
            for (o, b) in view.iter_mut().zip(source) {
                if b.is_ascii() {
                    *o = b' ';
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str) -> String {
        segment(text).prose.into_owned()
    }

    #[test]
    fn directive_lines_are_comments() {
        let text = "# numcheck-disable-next-line sum-mismatch\nA 12 and 13.\n";
        let s = segment(text);
        assert_eq!(s.comments.len(), 1);
        assert!(!s.prose.contains("numcheck"));
        assert_eq!(s.prose.find("12"), text.find("12"));
    }

    #[test]
    fn urls_are_blanked_and_offsets_kept() {
        let text = "See https://x.org/?q=30%25 and 15 homes.";
        let view = prose(text);
        assert_eq!(view.len(), text.len());
        assert!(!view.contains("30"));
        assert_eq!(view.find("15"), text.find("15"));
    }

    #[test]
    fn non_ascii_in_a_url_stays_valid() {
        let text = "www.exämple.com/ü 12";
        assert_eq!(prose(text).find("12"), text.find("12"));
    }
}
