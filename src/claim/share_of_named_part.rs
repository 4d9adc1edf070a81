//! A share said of a part by the words that named it, with no figure:
//! "Of those, 7,360 were offered a course and 1,480 received a fixed
//! penalty ... Fixed penalties therefore accounted for about one driver in
//! four caught". The sentence opens on its subject and goes to the share;
//! the subject names one earlier figure already read as a part of a whole
//! (a stem of the subject said right after or before that figure), and the
//! share is of that part and its whole. With no such part, or two, nothing
//! is claimed.

use super::context::{is_any, word_stem};
use super::{Claim, Scope};

/// How many paragraphs back the part may stand.
const PARAGRAPHS_BACK: usize = 2;

/// How many words open the sentence before the share at most.
const SUBJECT_WORDS: usize = 8;

/// Verbs that make a subject a share of something.
const SHARE_VERBS: &[&str] = &[
    "accounted",
    "account",
    "accounts",
    "represented",
    "represent",
    "represents",
    "made",
    "make",
    "makes",
    "formed",
    "form",
    "comprised",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let placed = super::share_apart::placed_shares(claims);
    let mut parts: Vec<(usize, usize)> = claims
        .iter()
        .flat_map(|c| match c {
            Claim::PartOfWhole { part, whole } => vec![(*part, *whole)],
            Claim::Breakdown { total, parts, .. } => parts.iter().map(|&p| (p, *total)).collect(),
            _ => Vec::new(),
        })
        .collect();
    if parts.is_empty() {
        return;
    }
    // Sorted by the part, so that a share reads only the parts near it; a
    // part read both alone and in a list, of the same whole, is one.
    parts.sort_unstable();
    parts.dedup();
    for share in 0..scope.quantities.len() {
        let is_share = scope
            .q(share)
            .is_some_and(|q| q.kind.is_share() && q.range.is_none());
        if !is_share
            || placed.binary_search(&share).is_ok()
            || !super::proportion::free_share(scope, share)
            || super::proportion::set_against(scope, share)
        {
            continue;
        }
        let Some(subject) = subject_of(scope, share) else {
            continue;
        };

        let sentence = scope.place(share).map(|p| p.sentence);
        let paragraph = scope.place(share).map_or(0, |p| p.paragraph);
        let near = scope
            .earlier(share, PARAGRAPHS_BACK)
            .last()
            .unwrap_or(share);
        let from = parts.partition_point(|&(p, _)| p < near);
        let to = parts.partition_point(|&(p, _)| p < share);
        let mut named = parts
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .copied()
            .filter(|&(part, _)| {
                scope.place(part).is_some_and(|p| {
                    Some(p.sentence) != sentence && p.paragraph + PARAGRAPHS_BACK >= paragraph
                }) && {
                    // Every word of the subject: "Bank debt" is not any debt.
                    let own = own_words(scope, part);
                    subject.iter().all(|w| own.contains(w))
                }
            });
        // "accounts for about 70 pct of the country's overall debt": a
        // share "of" a whole names it, and must name the part's.
        if let (Some((part, whole)), None) = (named.next(), named.next())
            && names_the_whole(scope, share, whole)
            && !narrowed_to_the_part_s_kind(scope, share, part, whole)
        {
            claims.push(Claim::Proportion { part, whole, share });
        }
    }
}

/// The stems of the words that open the share's sentence, up to a verb of
/// sharing right before the share ("Fixed penalties therefore accounted
/// for"): none when a figure stands before it in its sentence.
fn subject_of(scope: &Scope, share: usize) -> Option<Vec<String>> {
    if scope.same_sentence(share).any(|j| j < share) {
        return None;
    }
    if let Some(named) = figure_in_apposition(scope, share) {
        return Some(named);
    }
    let lead: Vec<&str> = scope.words_leading_to(share, 120).collect();
    let verb = lead.iter().position(|w| is_any(w, SHARE_VERBS))?;
    if verb == 0 || lead.len() > SUBJECT_WORDS {
        return None;
    }
    let subject: Vec<String> = lead
        .iter()
        .take(verb)
        .filter(|w| {
            w.len() >= 4
                && w.chars().all(|c| c.is_alphabetic())
                && !is_any(
                    w,
                    &[
                        "therefore",
                        "also",
                        "alone",
                        "together",
                        "combined",
                        "then",
                        "which",
                        "that",
                        "who",
                    ],
                )
        })
        .map(|w| word_stem(&w.to_ascii_lowercase(), 5))
        .collect();
    (!subject.is_empty()).then_some(subject)
}

/// "the milling figure, just 14% of the harvest": a share set beside a
/// figure named by its words; the stems of those words.
fn figure_in_apposition(scope: &Scope, share: usize) -> Option<Vec<String>> {
    let sq = scope.q(share)?;
    let sentence = scope
        .layout
        .sentence_span(scope.place(share)?.sentence, scope.text.len());
    let lead = scope.text.get(sentence.start..sq.span.start)?;
    let mut words: Vec<&str> = lead.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| is_any(w, super::share_apart::APPOSITION))
    {
        words.pop();
    }
    let noun = words.pop()?.strip_suffix(',')?;
    if !is_any(noun, &["figure", "total", "tally", "number", "amount"]) {
        return None;
    }
    let the = words
        .iter()
        .rposition(|w| is_any(w, &["the", "this", "that"]))?;
    let named: Vec<String> = words
        .get(the + 1..)?
        .iter()
        .filter(|w| w.len() >= 4 && w.chars().all(char::is_alphabetic))
        .map(|w| word_stem(&w.to_ascii_lowercase(), 5))
        .collect();
    (1..=3).contains(&named.len()).then_some(named)
}

/// Whether the words after "of" following the share, if any, say one of
/// the whole's own words.
fn names_the_whole(scope: &Scope, share: usize, whole: usize) -> bool {
    let Some(sp) = scope.place(share) else {
        return false;
    };
    if !sp.after_is(0, "of") {
        return true;
    }
    let own = own_words(scope, whole);
    let noun = scope
        .q(whole)
        .and_then(|q| q.noun.as_deref())
        .map(|n| word_stem(n, 5));
    // "of this year's line-up": a word for a body of members names any
    // whole of them.
    sp.after().skip(1).take(4).any(|w| {
        let lower = w.to_ascii_lowercase();
        let stem = word_stem(&lower, 5);
        w.len() >= 4 && (own.contains(&stem) || noun.as_deref() == Some(stem.as_str()))
            || super::synonyms::is_collective(&lower.replace('-', ""))
    })
}

/// "Women account for 46% of senior players" after "Senior women: 2,440"
/// and 10,240 players: a word after "of" that the part's own words say and
/// the whole's do not narrows the whole to the part's kind (senior
/// players), which is no figure read.
fn narrowed_to_the_part_s_kind(scope: &Scope, share: usize, part: usize, whole: usize) -> bool {
    let Some(sp) = scope.place(share).filter(|sp| sp.after_is(0, "of")) else {
        return false;
    };
    let part_words = own_words(scope, part);
    let whole_words = own_words(scope, whole);
    let whole_noun = scope
        .q(whole)
        .and_then(|q| q.noun.as_deref())
        .map(|n| word_stem(n, 5));
    sp.after().skip(1).take(3).any(|w| {
        let stem = word_stem(&w.to_ascii_lowercase(), 5);
        w.len() >= 4
            && part_words.contains(&stem)
            && !whole_words.contains(&stem)
            && whole_noun.as_deref() != Some(stem.as_str())
    })
}

/// The stems of a figure's own words: four after it and two before, none
/// past a figure beside it.
fn own_words(scope: &Scope, i: usize) -> Vec<String> {
    // "812 were men and 528 women": words past the next figure, or before
    // the one before, are that figure's.
    let words_to = |a: usize, b: usize, most: usize| match (scope.q(a), scope.q(b)) {
        (Some(x), Some(y)) if x.span.end <= y.span.start => {
            super::context::words_in(scope.text, x.span.end, y.span.start)
                .count()
                .min(most)
        }
        _ => most,
    };
    let after = words_to(i, i + 1, 4);
    let before = i.checked_sub(1).map_or(2, |h| words_to(h, i, 2));
    scope
        .place(i)
        .map(|p| {
            p.after()
                .take(after)
                .chain(p.before().rev().take(before))
                .filter(|w| w.len() >= 4)
                .map(|w| word_stem(&w.to_ascii_lowercase(), 5))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_share_beside_a_figure_named_by_its_words() {
        let text = "Wheat\n\nFarmers harvested 148,000 tonnes of wheat this year.\n\nThe crop went three ways: 61,000 tonnes for milling into bread flour, 62,000 tonnes for animal feed and 25,000 tonnes for bioethanol.\n\nThe association said the milling figure, just @ of the harvest, was the worst in living memory.\n";
        assert_eq!(rules(&text.replace('@', "14%")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('@', "41%")).is_empty());
        // Words that name no part leave the share alone.
        let other = text.replace("the milling figure", "the export figure");
        assert!(rules(&other.replace('@', "14%")).is_empty());
    }

    #[test]
    fn a_subject_named_by_the_figure_after_a_part_is_not_that_part_s() {
        let text = "Swim\n\nA record field of 860 swimmers took part in the lake race.\n\nOf the swimmers, 516 were men and 344 women. Women made up @ of the field, up from 36% last year.\n";
        assert!(rules(&text.replace('@', "40%")).is_empty());
        assert_eq!(rules(&text.replace('@', "46%")), ["proportion-mismatch"]);
    }

    #[test]
    fn a_share_of_a_body_of_members_is_of_the_part_s_whole() {
        let text = "Balloons\n\nThe fiesta confirmed 68 balloons, 15 of them special shapes.\n\nSpecial shapes, which make up @ of this year's line-up, include a teapot and a dragon.\n";
        assert_eq!(
            rules(&text.replace('@', "roughly a third")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "roughly a fifth")).is_empty());
        // A whole named by other words is another whole.
        let other = text.replace("this year's line-up", "the prize money");
        assert!(rules(&other.replace('@', "roughly a third")).is_empty());
    }

    #[test]
    fn a_share_said_of_a_part_by_its_words() {
        let text = "Cameras\n\nThe cameras caught 9,200 drivers in their first year.\n\nOf those, 7,360 were offered a course and 1,480 received a fixed penalty. The rest went to court.\n\nFixed penalties therefore accounted for about @ caught by the system.\n";
        assert_eq!(
            rules(&text.replace('@', "one driver in four")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "one driver in six")).is_empty());
        // A subject that names no part says nothing.
        let other = text.replace("Fixed penalties therefore", "Speeding vans");
        assert!(rules(&other.replace('@', "one driver in four")).is_empty());
        // Every word of the subject names the part: penalty points are not
        // fixed penalties.
        let points = text.replace("Fixed penalties therefore", "Penalty points");
        assert!(rules(&points.replace('@', "one driver in four")).is_empty());
        // A share of another whole, named after "of", is that whole's.
        let of_other = text.replace("about @ caught by the system", "@ of all fines issued");
        assert!(rules(&of_other.replace('@', "25%")).is_empty());
    }

    #[test]
    fn a_whole_narrowed_to_the_part_s_kind_is_not_the_total() {
        let text = "# Handball\n\nThe association registered 10,240 players this season.\n\nRegistered players by category:\n\n- Senior men: 2,870\n- Senior women: 2,440\n- Youth: 4,930\n\nWomen account for 46% of @ players.\n";
        assert!(crate::claim::testing::markdown_rules(&text.replace('@', "senior")).is_empty());
        assert_eq!(
            crate::claim::testing::markdown_rules(&text.replace('@', "all")),
            ["proportion-mismatch"]
        );
    }
}
