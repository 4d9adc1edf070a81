//! Markdown through pulldown-cmark's offset iterator: only text nodes of
//! prose are copied into the view; code (math in fenced blocks included),
//! HTML, front matter, link destinations, autolinks, images and footnote
//! labels stay blank.

use std::borrow::Cow;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{Segmented, plain};
use crate::span::Span;

/// The extensions a newsroom's Markdown uses: GFM tables, footnotes,
/// strikethrough, task lists. Not `$...$` math: in prose "$5m-$10m" is
/// money, and math would swallow it; math belongs in fenced blocks, which
/// are code. Not pulldown-cmark's metadata blocks either: it reads one at
/// any `---` line with another further on, anywhere in the file, which
/// hides the prose between two rules; front matter is found here instead,
/// at the top only.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// Files longer than this are parsed block by block: pulldown-cmark builds
/// the tree of a whole document before its first event, and on a 100 MB
/// file that tree alone outweighs the file.
const BLOCK: usize = 1 << 20;

pub fn segment(text: &str) -> Segmented<'_> {
    let front = front_matter_len(text);
    let Some(rest) = text.get(front..).filter(|_| front > 0) else {
        return in_blocks(text, BLOCK);
    };
    // The front matter stays blank; the rest is read as a file of its own.
    let blank_front = Segmented {
        prose: Cow::Owned(plain_blank(text.get(..front).unwrap_or(""))),
        ..Segmented::default()
    };
    join(text, [(0, blank_front), (front, in_blocks(rest, BLOCK))])
}

/// The length of the front matter that opens `text` (after a byte-order
/// mark): a `---` line, YAML, and a `---` or `...` line; or the same with
/// `+++` around TOML. 0 when there is none.
fn front_matter_len(text: &str) -> usize {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = text.get(bom..).unwrap_or("").split_inclusive('\n');
    let Some(first) = lines.next() else { return 0 };
    let closers: &[&str] = match first.trim_end() {
        "---" => &["---", "..."],
        "+++" => &["+++"],
        _ => return 0,
    };
    let mut at = bom + first.len();
    for line in lines {
        at += line.len();
        if closers.contains(&line.trim_end()) {
            return at;
        }
    }
    0
}

/// Segments `text` in pieces of about `size` bytes cut where Markdown
/// cannot carry a construct over (see [`cuts`]), and joins the views. Only
/// reference links and footnotes defined in another piece differ: their
/// labels stay prose.
fn in_blocks(text: &str, size: usize) -> Segmented<'_> {
    if text.len() <= size {
        return whole(text);
    }
    let cuts = cuts(text, size);
    let starts = std::iter::once(0).chain(cuts.iter().copied());
    let ends = cuts.iter().copied().chain([text.len()]);
    join(
        text,
        starts
            .zip(ends)
            .map(|(start, end)| (start, whole(text.get(start..end).unwrap_or("")))),
    )
}

/// The view of `text` from the views of its consecutive pieces, each given
/// with its offset.
fn join<'p>(
    text: &str,
    pieces: impl IntoIterator<Item = (usize, Segmented<'p>)>,
) -> Segmented<'static> {
    let mut view = Vec::with_capacity(text.len());
    let (mut breaks, mut comments) = (Vec::new(), Vec::new());
    for (start, piece) in pieces {
        view.extend_from_slice(piece.prose.as_bytes());
        breaks.extend(piece.breaks.iter().map(|b| b + start));
        comments.extend(
            piece
                .comments
                .iter()
                .map(|c| Span::new(c.start + start, c.end + start)),
        );
    }
    Segmented {
        prose: Cow::Owned(String::from_utf8(view).unwrap_or_else(|_| plain_blank(text))),
        breaks,
        comments,
    }
}

/// Where a long file may be cut, about every `size` bytes: at the start of
/// a top-level block after a blank line, as pulldown-cmark itself reads a
/// window of the text from the last cut on. Nothing before such a start
/// depends on what follows it (metadata blocks, which do, are off), so each
/// piece reads as it does in the whole.
fn cuts(text: &str, size: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > size {
        let Some(cut) = next_cut(text, start, size) else {
            break;
        };
        out.push(cut);
        start = cut;
    }
    out
}

/// The first top-level block start after a blank line, at least `size`
/// bytes past `start`, in a window of the text read from `start`; the
/// window grows when it holds none (one long list, one long fence).
fn next_cut(text: &str, start: usize, size: usize) -> Option<usize> {
    let mut reach = 2 * size;
    loop {
        let mut end = (start + reach).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let window = text.get(start..end)?;
        let mut depth = 0usize;
        for (event, range) in Parser::new_ext(window, options()).into_offset_iter() {
            let top = depth == 0;
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
            // At the start of a line (an indented block's range begins past
            // its indent) that follows a blank one.
            let after_blank = window
                .get(..range.start)
                .and_then(|before| before.strip_suffix('\n'))
                .is_some_and(|before| before.trim_end_matches([' ', '\t']).ends_with('\n'));
            // The window's last block may be cut short by its end: a start
            // before the window's end is still where that block starts.
            if top && range.start >= size && range.start < window.len() && after_blank {
                return Some(start + range.start);
            }
        }
        if end == text.len() {
            return None;
        }
        reach *= 2;
    }
}

/// One piece parsed as a whole document.
fn whole(text: &str) -> Segmented<'_> {
    let mut view = blank(text);
    let mut breaks = Vec::new();
    let mut comments = Vec::new();
    // Depth inside containers whose text is not prose (code, front matter,
    // images, autolinks), so nested text events are skipped.
    let mut hidden = 0usize;
    // Whether each open link hid its text (autolinks do, others do not).
    let mut links: Vec<bool> = Vec::new();
    // Whether the last event opened a list item: its first paragraph (in a
    // loose list) starts the same block, and is no break of its own, so a
    // list reads alike whether or not a blank line makes it loose.
    let mut in_new_item = false;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        let opens_item = matches!(event, Event::Start(Tag::Item));
        match event {
            Event::Start(tag) => {
                if hides(&tag) {
                    hidden += 1;
                }
                if let Tag::Link { link_type, .. } = tag {
                    links.push(matches!(link_type, LinkType::Autolink | LinkType::Email));
                }
                let first_paragraph = in_new_item && matches!(tag, Tag::Paragraph);
                if matches!(
                    tag,
                    Tag::Item | Tag::TableCell | Tag::Heading { .. } | Tag::Paragraph
                ) && !first_paragraph
                {
                    breaks.push(range.start);
                }
                if matches!(tag, Tag::HtmlBlock) {
                    comments.push(Span::new(range.start, range.end));
                }
            }
            Event::End(tag) => {
                let was_hidden = match tag {
                    TagEnd::Link => links.pop().unwrap_or(false),
                    other => ends_hidden(other),
                };
                if was_hidden {
                    hidden = hidden.saturating_sub(1);
                }
                // A heading has no full stop: what follows starts afresh.
                if matches!(tag, TagEnd::Heading(_) | TagEnd::TableCell) {
                    breaks.push(range.end);
                }
                // A cell's closing pipe stays in the view: no figure's unit
                // is read across it ("| 1,830 |\n| Day visits |").
                if matches!(tag, TagEnd::TableCell) {
                    keep_closing_pipe(&mut view, text, range.end);
                }
            }
            Event::Text(t) if hidden == 0 => copy(&mut view, range.start, range.end, text, &t),
            Event::InlineHtml(_) => comments.push(Span::new(range.start, range.end)),
            _ => {}
        }
        in_new_item = opens_item;
    }
    // Bare web addresses in prose are not parsed as links by CommonMark.
    plain::blank_urls(text, &mut view);
    breaks.sort_unstable();
    breaks.dedup();
    Segmented {
        prose: Cow::Owned(String::from_utf8(view).unwrap_or_else(|_| plain_blank(text))),
        breaks,
        comments,
    }
}

/// Containers whose text events are not prose.
fn hides(tag: &Tag) -> bool {
    match tag {
        Tag::CodeBlock(_) | Tag::Image { .. } | Tag::HtmlBlock => true,
        Tag::Link { link_type, .. } => matches!(link_type, LinkType::Autolink | LinkType::Email),
        _ => false,
    }
}

fn ends_hidden(tag: TagEnd) -> bool {
    matches!(tag, TagEnd::CodeBlock | TagEnd::Image | TagEnd::HtmlBlock)
}

/// Every byte a space except line breaks: the view before prose is copied in.
/// Spaces are ASCII, so any byte may become one without breaking UTF-8 once
/// whole characters are copied back.
fn blank(text: &str) -> Vec<u8> {
    text.bytes()
        .map(|b| if matches!(b, b'\n' | b'\r') { b } else { b' ' })
        .collect()
}

fn plain_blank(text: &str) -> String {
    String::from_utf8(blank(text)).unwrap_or_default()
}

/// Writes a text node into the view at its source range. When the node is
/// the source itself (no escape or entity), the source bytes are copied; an
/// entity or escape is written decoded and padded, or left blank if longer.
fn copy(view: &mut [u8], start: usize, end: usize, text: &str, node: &str) {
    let source = text.get(start..end).unwrap_or("");
    let bytes = if source == node {
        source.as_bytes()
    } else if node.len() <= end.saturating_sub(start) {
        node.as_bytes()
    } else {
        return;
    };
    if let Some(target) = view.get_mut(start..start + bytes.len()) {
        target.copy_from_slice(bytes);
        // A decoded entity may be a line break ("&#10;"): the view keeps the
        // file's lines, so it becomes a space (found by fuzzing).
        for b in target.iter_mut().filter(|b| matches!(b, b'\n' | b'\r')) {
            if source != node {
                *b = b' ';
            }
        }
    }
}

/// Copies the pipe that closes a table cell ending at `end` (past any
/// spaces) into the prose view.
fn keep_closing_pipe(view: &mut [u8], text: &str, end: usize) {
    let bytes = text.as_bytes();
    let mut at = end;
    while bytes.get(at).is_some_and(|&b| b == b' ' || b == b'\t') {
        at += 1;
    }
    if bytes.get(at) == Some(&b'|')
        && let Some(slot) = view.get_mut(at)
    {
        *slot = b'|';
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy;

    fn view(text: &str) -> String {
        let s = segment(text);
        assert_eq!(s.prose.len(), text.len(), "offsets are kept");
        s.prose.into_owned()
    }

    #[test]
    fn prose_survives_with_its_offsets() {
        let text = "# Budget 2024\n\nThe **£58m** plan: £27m for [roads](https://x.org/7).\n";
        let v = view(text);
        assert_eq!(v.find("£58m"), text.find("£58m"));
        assert_eq!(v.find("roads"), text.find("roads"));
        assert!(!v.contains("x.org") && !v.contains("/7"));
        assert!(!v.contains("**") && !v.contains('#'));
    }

    #[test]
    fn code_html_front_matter_and_math_are_blank() {
        let text = "---\ntitle: 2024 plan\nshare: 55\n---\n\nText 12 here.\n\n```\nlet x = 40;\n```\n\nInline `99` and <span>77</span>.\n\n```math\n3+4\n```\n\n    indented 31\n";
        let v = view(text);
        for hidden in ["2024", "55", "40", "99", "<span>", "3+4", "31"] {
            assert!(!v.contains(hidden), "{hidden} should be blank in {v:?}");
        }
        assert!(v.contains("Text 12 here."));
        // Text between inline tags is rendered, so it is prose.
        assert!(v.contains("77"));
    }

    #[test]
    fn a_long_file_read_in_blocks_gives_the_view_of_the_whole() {
        // Constructs that hold blank lines, and a list that runs across them.
        let sample = "# Budget\n\nThe £58m plan: £27m for [roads](https://x.org/7).\n\n```\nlet a = 1;\n\nlet b = 22;\n```\n\n<!-- numcheck-disable\n\n33 -->\n\n<pre>\n44\n\n55\n</pre>\n\n- 15 migrants\n\n- 20 homes\n\n    indented 31\n\n| A | 41 |\n| --- | --- |\n| B | 9 |\n\n";
        let text = sample.repeat(30);
        let whole = whole(&text);
        let pieces = in_blocks(&text, 200);
        assert!(cuts(&text, 200).len() > 10, "the file is cut");
        assert_eq!(pieces.prose, whole.prose);
        assert_eq!(pieces.breaks, whole.breaks);
        assert_eq!(pieces.comments, whole.comments);
    }

    proptest::proptest! {
        /// Cutting into blocks never changes the view, whatever the lines
        /// hold (reference links aside: their definitions are per block).
        #[test]
        fn blocks_give_the_view_of_the_whole(
            lines in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::string::string_regex("[a-z0-9 ]{0,12}").unwrap_or_else(|_| unreachable!()),
                    proptest::sample::select(vec![
                        "", "", "```", "~~~", "    code 12", "<!-- 40", "-->", "<pre>", "</pre>",
                        "- item 7", "> quote 9", "| a | 5 |", "| --- | --- |", "# Head 3",
                        "Text 20 here.", "1. first", "\t tab 8", "<div>", "</div>", "---",
                        "***", "Title", "=====", "<script>", "</script>", "    ```",
                    ]).prop_map(str::to_string),
                ],
                0..60,
            ),
            size in 1usize..40,
        ) {
            let text = lines.join("\n");
            let whole = whole(&text);
            let pieces = in_blocks(&text, size);
            proptest::prop_assert_eq!(pieces.prose, whole.prose);
            proptest::prop_assert_eq!(pieces.breaks, whole.breaks);
            proptest::prop_assert_eq!(pieces.comments, whole.comments);
        }
    }

    #[test]
    fn front_matter_only_at_the_top_and_rules_hide_nothing() {
        let text =
            "---\ntitle: 2024 plan\n---\nIntro 11.\n---\n## Part 22\nText 33.\n---\nEnd 44.\n";
        let v = view(text);
        assert!(!v.contains("2024"), "front matter is blank: {v:?}");
        for shown in ["11", "22", "33", "44"] {
            assert!(v.contains(shown), "{shown} is prose: {v:?}");
        }
        assert_eq!(view("+++\nshare = 55\n+++\nText 12.\n").trim(), "Text 12.");
    }

    #[test]
    fn dollars_are_money_not_math() {
        let text = "It cost $5m-$10m in all.";
        assert_eq!(view(text), text);
    }

    #[test]
    fn tables_lists_and_quotes_are_prose() {
        let text =
            "| Party | Seats |\n| --- | --- |\n| Labour | 41 |\n\n- 15 migrants\n\n> 20 homes\n";
        let s = segment(text);
        for shown in ["41", "15 migrants", "20 homes"] {
            assert!(s.prose.contains(shown), "{shown} kept");
        }
        let cell = text.find("41").unwrap_or(0);
        assert!(s.breaks.iter().any(|&b| b < cell && b + 3 > cell));
    }

    #[test]
    fn a_cell_s_closing_pipe_keeps_its_figure_from_the_next_row() {
        let text =
            "| Service | 2024 |\n| --- | --- |\n| Community | 1,830 |\n| Day visits | 3,310 |\n";
        let quantities = crate::quantity::extract(&segment(text).prose, &Default::default());
        let first = quantities
            .iter()
            .find(|q| q.value == Some(1830.0))
            .map(|q| (q.kind, q.unit.is_some()));
        assert_eq!(first, Some((crate::quantity::Kind::Count, false)));
    }

    #[test]
    fn autolinks_images_footnotes_and_bare_urls_are_blank() {
        let text = "See <https://a.org/2020>, ![chart of 45%](c.png), note[^3] and https://b.org/9.\n\n[^3]: A 12 note.\n";
        let v = view(text);
        for hidden in ["2020", "45", "[^3]", "b.org/9"] {
            assert!(!v.contains(hidden), "{hidden} should be blank in {v:?}");
        }
        assert!(v.contains("A 12 note."));
    }

    #[test]
    fn entities_and_escapes_keep_offsets_and_utf8() {
        let text = "Fish &amp; chips cost 15\\% more, caf\u{e9} 3&nbsp;km.\n";
        let v = view(text);
        assert_eq!(v.find("15"), text.find("15"));
        assert!(v.contains("caf\u{e9}"));
    }

    #[test]
    fn an_entity_for_a_line_break_adds_no_line() {
        let text = "Pay 12 &#10; now &#13; 14.";
        let v = view(text);
        assert!(!v.contains(['\n', '\r']), "{v:?}");
        assert_eq!(v.find("14"), text.find("14"));
    }

    #[test]
    fn fuzz_crash_inputs_keep_every_line() {
        // Inputs libFuzzer found, kept so that they stay fixed.
        for text in [include_str!(
            "../../tests/fixtures/fuzz/markdown-entity-newline.md"
        )] {
            let v = view(text);
            for (a, b) in text.bytes().zip(v.bytes()) {
                assert_eq!(a == b'\n', b == b'\n');
            }
        }
    }

    #[test]
    fn html_comments_are_kept_for_directives() {
        let text = "<!-- numcheck-disable-file -->\n\nText <!-- note --> 12.\n";
        let s = segment(text);
        assert_eq!(s.comments.len(), 2);
        assert!(!s.prose.contains("numcheck"));
    }
}
