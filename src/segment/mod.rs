//! Segmentation: the prose view of a file, with offsets kept.
//!
//! The prose view is a string of the same byte length as the file in which
//! everything that is not prose is blanked to spaces (newlines kept). Every
//! offset into it is an offset into the file, so no mapping table is needed.

pub mod directives;
pub mod markdown;
pub mod plain;

use std::borrow::Cow;

use crate::span::Span;

/// How a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Plain,
    Markdown,
}

impl Syntax {
    /// Plain text for `.txt` (and unnamed input), Markdown otherwise.
    pub fn of_path(path: &str) -> Syntax {
        let ends_with = |suffix: &str| {
            path.len() >= suffix.len()
                && path
                    .as_bytes()
                    .get(path.len() - suffix.len()..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix.as_bytes()))
        };
        if ends_with(".txt") || ends_with(".text") {
            Syntax::Plain
        } else {
            Syntax::Markdown
        }
    }

    /// Plain text that is written in Markdown is read as Markdown: a draft
    /// saved as `.txt` that opens with front matter or a `# ` heading, or
    /// holds a table. Its lists and tables then take part like prose.
    pub fn sniffed(self, text: &str) -> Syntax {
        if self == Syntax::Markdown {
            return self;
        }
        let head = text.get(..text.len().min(4096)).unwrap_or(text);
        let first = head.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let front_matter = first.trim_end() == "---"
            && head
                .lines()
                .skip(1)
                .take(12)
                .any(|l| l.starts_with("title:"));
        let heading = first.starts_with("# ");
        // Most plain text has no pipe: its lines are not read.
        let table =
            memchr::memchr(b'|', head.as_bytes()).is_some() && head.lines().any(is_table_rule);
        if front_matter || heading || table {
            Syntax::Markdown
        } else {
            Syntax::Plain
        }
    }
}

/// A Markdown table's delimiter row: "| --- | ---: |".
fn is_table_rule(line: &str) -> bool {
    let line = line.trim();
    line.starts_with('|')
        && line.contains("---")
        && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// A file split into what is read and what is not.
#[derive(Debug, Clone, Default)]
pub struct Segmented<'t> {
    /// The prose view: the file with everything else blanked (borrowed when
    /// nothing is).
    pub prose: Cow<'t, str>,
    /// Offsets where a block starts or ends (a heading, a table cell, a list
    /// item): a sentence ends there even without a full stop.
    pub breaks: Vec<usize>,
    /// Comments that may hold `numcheck-` directives (HTML comments in
    /// Markdown, directive lines in plain text).
    pub comments: Vec<Span>,
}

pub fn segment(text: &str, syntax: Syntax) -> Segmented<'_> {
    let mut s = match syntax {
        Syntax::Plain => plain::segment(text),
        Syntax::Markdown => markdown::segment(text),
    };
    // A byte-order mark is not text; blanked so offsets stay the file's.
    if text.starts_with('\u{feff}') && s.prose.starts_with('\u{feff}') {
        s.prose
            .to_mut()
            .replace_range(..'\u{feff}'.len_utf8(), "   ");
    }
    s
}

/// Windows of about `size` bytes covering `prose`, each ending at a
/// paragraph break, else a sentence end, else a line end, else a character
/// boundary, so that a window holds whole sentences where it can.
pub fn windows(prose: &str, size: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let size = size.max(1);
    while start < prose.len() {
        let target = start + size;
        let end = if target >= prose.len() {
            prose.len()
        } else {
            let ahead = prose
                .get(target..prose.len().min(target + size))
                .unwrap_or("");
            let cut = ["\n\n", ". ", "\n"]
                .iter()
                .find_map(|sep| ahead.find(sep).map(|p| p + sep.len()));
            let mut end = cut.map_or(target, |p| target + p);
            while !prose.is_char_boundary(end) {
                end += 1;
            }
            end
        };
        out.push(Span::new(start, end));
        start = end;
    }
    out
}

#[cfg(test)]
mod sniff_tests {
    use super::Syntax;

    #[test]
    fn plain_text_written_in_markdown_is_read_as_markdown() {
        let md = |t: &str| Syntax::Plain.sniffed(t) == Syntax::Markdown;
        assert!(md("# Budget set\n\nThe council ..."));
        assert!(md("---\ntitle: \"Budget\"\ndate: 2025-01-01\n---\n\nText"));
        assert!(md(
            "Budget\n\n| Item | £m |\n| --- | ---: |\n| Roads | 4 |\n"
        ));
        assert!(!md(
            "Budget set at £46m\n\nThe council will spend ... # of votes"
        ));
        assert!(!md("Scores\n\nIt ended 3-1 | 2-2 after extra time."));
    }
}
