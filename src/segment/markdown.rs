//! Markdown through pulldown-cmark's offset iterator: only text nodes of
//! prose are copied into the view; code (math in fenced blocks included),
//! HTML, front matter, link destinations, autolinks, images and footnote
//! labels stay blank.

use std::borrow::Cow;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{Segmented, plain};
use crate::span::Span;

/// The extensions a newsroom's Markdown uses: GFM tables, footnotes,
/// strikethrough, task lists, front matter (YAML `---` and TOML `+++`).
/// Not `$...$` math: in prose "$5m-$10m" is money, and math would swallow
/// it; math belongs in fenced blocks, which are code.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TASKLISTS
}

/// Files longer than this are parsed block by block: pulldown-cmark builds
/// the tree of a whole document before its first event, and on a 100 MB
/// file that tree alone outweighs the file.
const BLOCK: usize = 1 << 20;

pub fn segment(text: &str) -> Segmented<'_> {
    in_blocks(text, BLOCK)
}

/// Segments `text` in pieces of about `size` bytes cut where Markdown
/// cannot carry a construct over (see [`cuts`]), and joins the views. Only
/// reference links and footnotes defined in another piece differ: their
/// labels stay prose.
fn in_blocks(text: &str, size: usize) -> Segmented<'_> {
    if text.len() <= size {
        return whole(text);
    }
    let mut view = Vec::with_capacity(text.len());
    let (mut breaks, mut comments) = (Vec::new(), Vec::new());
    let mut start = 0;
    for end in cuts(text, size).into_iter().chain([text.len()]) {
        let piece = whole(text.get(start..end).unwrap_or(""));
        view.extend_from_slice(piece.prose.as_bytes());
        breaks.extend(piece.breaks.iter().map(|b| b + start));
        comments.extend(
            piece
                .comments
                .iter()
                .map(|c| Span::new(c.start + start, c.end + start)),
        );
        start = end;
    }
    Segmented {
        prose: Cow::Owned(String::from_utf8(view).unwrap_or_else(|_| plain_blank(text))),
        breaks,
        comments,
    }
}

/// Where a long file may be cut, about every `size` bytes: at the start of
/// an unindented line after a blank line, outside fenced code, HTML
/// comments and raw HTML blocks (`<pre>`, `<script>`, `<style>`,
/// `<textarea>`), which may hold blank lines. Such a line starts a new
/// block whatever came before.
fn cuts(text: &str, size: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut last_cut = 0;
    let mut at = 0;
    let mut after_blank = false;
    // The closing marker of the construct we are in: a fence, "-->" or a tag.
    let mut inside: Option<String> = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start_matches(' ');
        let indent = line.len() - trimmed.len();
        let blank = line.trim().is_empty();
        match &inside {
            Some(close) => {
                let fence = close.starts_with('`') || close.starts_with('~');
                let closed = if fence {
                    indent < 4 && trimmed.trim_end().starts_with(close.as_str())
                } else {
                    line.to_ascii_lowercase().contains(close.as_str())
                };
                if closed {
                    inside = None;
                }
            }
            None => {
                if !blank
                    && after_blank
                    && indent == 0
                    && at - last_cut >= size
                    && !line.starts_with('\t')
                {
                    out.push(at);
                    last_cut = at;
                }
                inside = opens(trimmed, indent);
            }
        }
        after_blank = blank;
        at += line.len();
    }
    out
}

/// The marker that closes a construct this line opens, if it opens one
/// that may hold blank lines.
fn opens(line: &str, indent: usize) -> Option<String> {
    if indent >= 4 {
        return None;
    }
    for fence in ['`', '~'] {
        let run = line.chars().take_while(|&c| c == fence).count();
        if run >= 3 {
            return Some(fence.to_string().repeat(run));
        }
    }
    let lower = line.to_ascii_lowercase();
    if let Some(rest) = lower.find("<!--").map(|p| &lower[p..]) {
        return (!rest.contains("-->")).then(|| "-->".to_string());
    }
    ["pre", "script", "style", "textarea"]
        .iter()
        .find_map(|tag| {
            let open = lower.starts_with(&format!("<{tag}"));
            let close = format!("</{tag}>");
            (open && !lower.contains(&close)).then_some(close)
        })
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
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if hides(&tag) {
                    hidden += 1;
                }
                if let Tag::Link { link_type, .. } = tag {
                    links.push(matches!(link_type, LinkType::Autolink | LinkType::Email));
                }
                if matches!(
                    tag,
                    Tag::Item | Tag::TableCell | Tag::Heading { .. } | Tag::Paragraph
                ) {
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
            }
            Event::Text(t) if hidden == 0 => copy(&mut view, range.start, range.end, text, &t),
            Event::InlineHtml(_) => comments.push(Span::new(range.start, range.end)),
            _ => {}
        }
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
        Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::Image { .. } | Tag::HtmlBlock => true,
        Tag::Link { link_type, .. } => matches!(link_type, LinkType::Autolink | LinkType::Email),
        _ => false,
    }
}

fn ends_hidden(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::Image | TagEnd::HtmlBlock
    )
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

#[cfg(test)]
mod tests {
    use super::*;

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
