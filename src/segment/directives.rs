//! Suppression directives in comments, as Vale, markdownlint and ruff read
//! them:
//!
//! ```text
//! <!-- numcheck-disable-next-line sum-mismatch -- the table rounds -->
//! <!-- numcheck-disable change-mismatch -->  ...  <!-- numcheck-enable change-mismatch -->
//! <!-- numcheck-disable-file -->
//! ```
//!
//! In plain text the same words stand on a line of their own after `#`,
//! `//` or inside `<!-- -->`. Rule ids are checked later, where the rules are
//! known; here a directive is only parsed.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1};
use nom::character::complete::{char, space0, space1};
use nom::combinator::{all_consuming, opt, recognize, rest, value};
use nom::multi::separated_list0;
use nom::sequence::{delimited, pair, preceded};
use nom::{IResult, Parser};

use crate::span::Span;

/// What a directive does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The next non-blank line.
    DisableNextLine,
    /// From here to the matching `enable` (or the end of the file).
    Disable,
    /// Ends a `disable`.
    Enable,
    /// The whole file.
    DisableFile,
}

/// One parsed directive.
#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    pub action: Action,
    /// The rules it names; empty means every rule.
    pub rules: Vec<String>,
    /// The text after ` -- `, kept for reports.
    pub reason: Option<String>,
    /// The comment it was written in.
    pub span: Span,
}

/// A comment that starts like a directive but does not parse: a typo would
/// otherwise silently suppress nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct Malformed {
    pub span: Span,
    pub text: String,
}

const PREFIX: &str = "numcheck-";

/// A plain-text line that holds only a directive.
pub fn is_directive_line(line: &str) -> bool {
    comment_body(line.trim()).is_some_and(|b| b.starts_with(PREFIX))
}

/// The directives in the given comment spans of `text`.
pub fn parse_all(text: &str, comments: &[Span]) -> (Vec<Directive>, Vec<Malformed>) {
    let mut found = Vec::new();
    let mut malformed = Vec::new();
    for span in comments {
        let Some(source) = text.get(span.start..span.end) else {
            continue;
        };
        for (offset, comment) in comments_in(source) {
            let Some(body) = comment_body(comment) else {
                continue;
            };
            if !body.starts_with(PREFIX) {
                continue;
            }
            let at = Span::new(span.start + offset, span.start + offset + comment.len());
            match directive(body) {
                Ok((_, (action, rules, reason))) => found.push(Directive {
                    action,
                    rules: rules.into_iter().map(str::to_string).collect(),
                    reason: reason
                        .map(|r| r.trim().to_string())
                        .filter(|r| !r.is_empty()),
                    span: at,
                }),
                Err(_) => malformed.push(Malformed {
                    span: at,
                    text: body.to_string(),
                }),
            }
        }
    }
    (found, malformed)
}

/// Each `<!-- ... -->` in a block of HTML, or the block itself when it is a
/// plain-text directive line, with its offset.
fn comments_in(source: &str) -> Vec<(usize, &str)> {
    if !source.contains("<!--") {
        let trimmed = source.trim_start();
        return vec![(source.len() - trimmed.len(), trimmed.trim_end())];
    }
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = source.get(from..).and_then(|s| s.find("<!--")) {
        let start = from + open;
        let Some(close) = source.get(start..).and_then(|s| s.find("-->")) else {
            break;
        };
        let end = start + close + 3;
        if let Some(c) = source.get(start..end) {
            out.push((start, c));
        }
        from = end;
    }
    out
}

/// The words of a comment without its delimiters.
fn comment_body(comment: &str) -> Option<&str> {
    let body = if let Some(inner) = comment.strip_prefix("<!--") {
        inner.strip_suffix("-->")?
    } else if let Some(inner) = comment.strip_prefix("//") {
        inner
    } else {
        comment.strip_prefix('#')?
    };
    Some(body.trim())
}

type Parsed<'a> = (Action, Vec<&'a str>, Option<&'a str>);

/// `numcheck-ACTION [RULE[, RULE]...] [-- REASON]`
fn directive(input: &str) -> IResult<&str, Parsed<'_>> {
    all_consuming((
        preceded(tag(PREFIX), action),
        opt(preceded(space1, rule_list)).map(Option::unwrap_or_default),
        opt(reason),
    ))
    .parse(input.trim_end())
}

/// The longest action word first: `disable-next-line` before `disable`.
fn action(input: &str) -> IResult<&str, Action> {
    alt((
        value(Action::DisableNextLine, tag("disable-next-line")),
        value(Action::DisableFile, tag("disable-file")),
        value(Action::Disable, tag("disable")),
        value(Action::Enable, tag("enable")),
    ))
    .parse(input)
}

/// Rule ids separated by commas or spaces.
fn rule_list(input: &str) -> IResult<&str, Vec<&str>> {
    separated_list0(
        alt((
            delimited(space0, char(','), space0).map(|_| ()),
            space1.map(|_| ()),
        )),
        rule_id,
    )
    .parse(input)
}

/// A kebab-case id: `sum-mismatch`.
fn rule_id(input: &str) -> IResult<&str, &str> {
    recognize(pair(
        take_while1(|c: char| c.is_ascii_alphabetic()),
        take_while(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
    ))
    .parse(input)
}

/// ` -- why`.
fn reason(input: &str) -> IResult<&str, &str> {
    preceded((space0, tag("--"), space0), rest).parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Directive {
        let (found, bad) = parse_all(text, &[Span::new(0, text.len())]);
        assert!(bad.is_empty(), "{bad:?}");
        found.into_iter().next().expect("a directive")
    }

    #[test]
    fn every_action_parses() {
        let d = one("<!-- numcheck-disable-next-line sum-mismatch -- the table rounds -->");
        assert_eq!(d.action, Action::DisableNextLine);
        assert_eq!(d.rules, ["sum-mismatch"]);
        assert_eq!(d.reason.as_deref(), Some("the table rounds"));
        assert_eq!(
            one("<!--numcheck-disable-file-->").action,
            Action::DisableFile
        );
        let d = one("<!-- numcheck-disable change-mismatch, sum-mismatch -->");
        assert_eq!(d.action, Action::Disable);
        assert_eq!(d.rules, ["change-mismatch", "sum-mismatch"]);
        assert_eq!(one("# numcheck-enable a b").rules, ["a", "b"]);
        assert!(one("// numcheck-disable-next-line").rules.is_empty());
    }

    #[test]
    fn typos_are_reported_not_ignored() {
        let text = "<!-- numcheck-disabel sum-mismatch -->";
        let (found, bad) = parse_all(text, &[Span::new(0, text.len())]);
        assert!(found.is_empty());
        assert_eq!(bad.len(), 1);
    }

    #[test]
    fn other_comments_are_not_directives() {
        let text = "<div><!-- a note --></div><!-- numcheck-disable-file -->";
        let (found, bad) = parse_all(text, &[Span::new(0, text.len())]);
        assert_eq!(found.len(), 1);
        assert!(bad.is_empty());
        assert_eq!(found[0].span.start, text.rfind("<!--").unwrap_or(0));
    }

    #[test]
    fn directive_lines_in_plain_text() {
        assert!(is_directive_line("  # numcheck-disable-next-line\n"));
        assert!(is_directive_line("<!-- numcheck-disable x -->"));
        assert!(!is_directive_line("# Budget"));
        assert!(!is_directive_line("numcheck-disable"));
    }
}
