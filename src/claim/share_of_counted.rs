//! A share set beside its part, of the whole the story gave earlier for
//! what the part counts: "Police recorded 1,312 knife offences in 2024.
//! ... Young people were suspects in 394 of the offences, nearly half of
//! the total"; "cut 640 jobs ... Some 410 of the job losses, about 41%".
//!
//! The reading rests on evidence rather than on one wording: the part's
//! own noun (or the one its "of the" names) picks the earlier figures
//! counting the same things; figures of a start, an earlier time, a rate
//! or a part of something else are not wholes. When any such whole
//! agrees with the share, that is the one meant and nothing is claimed;
//! when none does, the first the story gave is the whole the share is
//! checked against.

use super::context::{is_any, word_stem};
use super::{Claim, Scope};
use crate::quantity::Kind;

/// How many paragraphs back the whole may stand.
const PARAGRAPHS_BACK: usize = 4;

/// How many paragraphs back a figure that agrees with the share may stand.
const READING_PARAGRAPHS: usize = 12;

/// Verbs of holding a stake.
const HOLDING: &[&str] = &[
    "hold",
    "holds",
    "held",
    "own",
    "owns",
    "owned",
    "control",
    "controls",
    "controlled",
];

/// Words after "of" that name the part's own whole, not another.
const OWN_WHOLE: &[&str] = &["total", "them", "those", "these", "all", "whole"];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let placed = super::share_apart::placed_shares(claims);
    for share in 1..scope.quantities.len() {
        let part = part_before(scope, share);
        // Cheapest tests first: most figures are no share set beside a count.
        let is_share = scope
            .q(share)
            .is_some_and(|q| q.kind.is_share() && q.range.is_none());
        if !is_share
            || placed.binary_search(&share).is_ok()
            || !set_beside(scope, part, share)
            || !points_to_a_whole(scope, part, share)
            || !super::proportion::free_share(scope, share)
            || super::proportion::set_against(scope, share)
        {
            continue;
        }
        let Some(noun) = counted_noun(scope, part, share) else {
            continue;
        };
        let wholes = wholes_counting(scope, part, &noun);
        let Some(&first) = wholes.first() else {
            continue;
        };
        // Any larger figure the story gave for the noun, or for no noun,
        // may be the one meant, even a start or a part of another ("cut
        // 640 of the 2,900 jobs", "320 receiving the drug").
        let readings = figures_counting(scope, part, &noun, READING_PARAGRAPHS, true);
        if names_another_whole(scope, share, &noun, &wholes)
            || agrees_with_any(scope, part, share, &readings)
        {
            continue;
        }
        claims.push(Claim::Proportion {
            part,
            whole: first,
            share,
        });
    }
}

/// The count a share is set beside: the figure before it, or the one
/// before that past a bare "one" that stands for a noun, a verb's object
/// ("78 students now hold one, nearly a third of the total"; not "12
/// excelled and one, 2% of the total, failed").
fn part_before(scope: &Scope, share: usize) -> usize {
    let pronoun = |i: usize| {
        scope
            .place(i)
            .is_some_and(|p| !p.prev_is(&["and", "but", "or", "only", "just", "with", "of"]))
            && scope.q(i).is_some_and(|q| {
                q.words
                    && q.value == Some(1.0)
                    && q.noun.is_none()
                    && scope
                        .text
                        .get(q.span.end..)
                        .is_some_and(|t| t.starts_with([',', ';']))
            })
    };
    match share.checked_sub(1) {
        Some(one) if one > 0 && pronoun(one) => one - 1,
        _ => share.saturating_sub(1),
    }
}

/// Whether the share stands beside the count before it: "394 of the
/// offences, nearly half", "875 respondents, one in five", "198 (21%)";
/// the count is a part of no whole in its own sentence.
fn set_beside(scope: &Scope, part: usize, share: usize) -> bool {
    let (Some(pq), Some(pp), Some(sp)) = (scope.q(part), scope.place(part), scope.place(share))
    else {
        return false;
    };
    if pq.kind != Kind::Count || pq.range.is_some() || pq.vague || pp.sentence != sp.sentence {
        return false;
    }
    if !set_off(scope.between(part, share), 5) {
        return false;
    }
    // "Of the 2,100 patients, 41%": the figure is a whole; "from 2,050,
    // 12%" a start; "rose 124, or 10%" a change and its rate.
    let alone = !scope
        .same_sentence(part)
        .any(|o| o < part && scope.comparable(o, part));
    alone
        && !pp.prev_is(&["of", "from", "than", "to", "among"])
        && !super::change::is_stated_change(scope, part)
}

/// Whether the gap between a count and a share sets the share beside it:
/// a bracket ("198 (21%)"), or a comma after at most `own` words of the
/// count's and before words of apposition ("394 of the offences, nearly").
pub(super) fn set_off(gap: &str, own: usize) -> bool {
    gap.trim() == "("
        || gap.rsplit_once(',').is_some_and(|(before, after)| {
            after
                .split_whitespace()
                .all(|w| is_any(w, super::share_apart::APPOSITION))
                && !before.contains([',', ';', ':', '(', ')'])
                && before.split_whitespace().count() <= own
        })
}

/// What the part counts: its own noun, or the head of the "of the" phrase
/// between it and the share ("Some 410 of the job losses").
fn counted_noun(scope: &Scope, part: usize, share: usize) -> Option<String> {
    if let Some(noun) = scope.q(part).and_then(|q| q.noun.as_deref()) {
        return Some(noun.to_string());
    }
    let gap = scope.between(part, share);
    let phrase = gap.split(',').next()?.trim();
    let rest = ["of the ", "of its ", "of their "]
        .iter()
        .find_map(|d| phrase.strip_prefix(d))?;
    let head = rest.split_whitespace().last()?;
    head.chars()
        .all(|c| c.is_alphabetic())
        .then(|| crate::quantity::noun::normalise(head))
}

/// The earlier figures, in the story's order, that count all of the
/// part's things: same noun, larger, of no other time, and themselves no
/// start, rate, change or part of something else.
fn wholes_counting(scope: &Scope, part: usize, noun: &str) -> Vec<usize> {
    let part_past = scope.place(part).is_some_and(|p| p.past_frame());
    let part_sentence = scope.place(part).map(|p| p.sentence);
    // "The group, which holds 2,291,210 shares ... Lindner controls
    // 1,489,298 shares, or 16.2% of the total": two holdings are stakes
    // side by side, neither the whole of the other.
    // "Its company controls 900 of the homes": a part named as one.
    let held = |i: usize| scope.place(i).is_some_and(|p| p.before_has(3, HOLDING));
    let part_held = held(part) && !scope.place(part).is_some_and(|p| p.after_is(0, "of"));
    let mut wholes: Vec<usize> = figures_counting(scope, part, noun, PARAGRAPHS_BACK, false)
        .into_iter()
        .filter(|&w| {
            let (Some(wq), Some(wp)) = (scope.q(w), scope.place(w)) else {
                return false;
            };
            wq.range.is_none()
                && !wq.vague
                && Some(wp.sentence) != part_sentence
                && wp.past_frame() == part_past
                && !wp.after_is(0, "of")
                && !wp.prev_is(&["from", "than", "against"])
                && !super::breakdown::is_rate(scope, w)
                && !super::change::is_stated_change(scope, w)
                && !super::part::other_time(scope, part, w)
                && !(part_held && held(w))
        })
        .collect();
    wholes.reverse();
    wholes
}

/// The earlier figures within `paragraphs`, nearest first, larger than
/// the part and counting its things (or, with `unnamed`, nothing named).
fn figures_counting(
    scope: &Scope,
    part: usize,
    noun: &str,
    paragraphs: usize,
    unnamed: bool,
) -> Vec<usize> {
    let Some(pq) = scope.q(part) else {
        return Vec::new();
    };
    scope
        .earlier(part, paragraphs)
        .filter(|&w| {
            scope.comparable(part, w)
                && scope.q(w).is_some_and(|wq| {
                    wq.point() > pq.point()
                        && wq.noun.as_deref().map_or(unnamed, |n| {
                            n == noun
                                || super::synonyms::same_things(n, noun)
                                // Any group of people may be the one meant
                                // ("1,190 participants" for "the hearing-aid
                                // users"), when only readings are sought.
                                || unnamed && both_people(n, noun)
                        })
                })
        })
        .collect()
}

pub(super) fn both_people(a: &str, b: &str) -> bool {
    super::synonyms::is_person(a) && super::synonyms::is_person(b)
}

/// Whether the part says it is one of a known whole: "394 of the
/// offences", or "The 91 farms ..., more than half of those surveyed".
fn points_to_a_whole(scope: &Scope, part: usize, share: usize) -> bool {
    let partitive = ["of the ", "of its ", "of their "]
        .iter()
        .any(|d| scope.between(part, share).trim_start().starts_with(d));
    let definite = scope
        .place(part)
        .is_some_and(|p| p.prev_is(&["the", "these", "those"]));
    let own_whole = scope
        .place(share)
        .is_some_and(|s| s.after_is(0, "of") && s.after_has(2, OWN_WHOLE));
    // "Visitors from outside the county numbered 52,000, a little over a
    // fifth of the total": a share said of the whole its part is of.
    let of_the_total = scope
        .place(share)
        .is_some_and(|s| s.after_is(0, "of") && s.after_has(3, &["total"]));
    partitive || definite && own_whole || of_the_total
}

/// Whether the words after the share ("of the peloton", "of its global
/// workforce") name a whole that is neither the part's things nor said
/// beside any of the wholes found.
fn names_another_whole(scope: &Scope, share: usize, noun: &str, wholes: &[usize]) -> bool {
    let Some(sp) = scope.place(share) else {
        return true;
    };
    if !sp.after_is(0, "of") {
        return false;
    }
    let named: Vec<&str> = sp
        .after()
        .skip(1)
        .skip_while(|w| is_any(w, &["the", "its", "their", "all", "a"]))
        .take(3)
        .take_while(|w| w.chars().all(|c| c.is_alphabetic()))
        .collect();
    if named.first().is_some_and(|w| is_any(w, OWN_WHOLE)) {
        return false;
    }
    // Every word the share names must be the part's noun or stand in a
    // whole's sentence: "of its customers" beside "940,000 customer accounts".
    let said_with = |word: &str| {
        let stem = word_stem(word, 5);
        wholes
            .iter()
            .any(|&w| scope.sentence_words(w).any(|x| word_stem(x, 5) == stem))
    };
    named.is_empty()
        || named.iter().any(|w| {
            let lemma = crate::quantity::noun::normalise(w);
            !(lemma == noun || super::synonyms::same_things(&lemma, noun) || said_with(w))
        })
}

/// Whether the share is right for the part of any of the wholes: then
/// that whole is the one meant. A figure that cannot be read agrees.
fn agrees_with_any(scope: &Scope, part: usize, share: usize, wholes: &[usize]) -> bool {
    let readable =
        scope.q(part).is_some() && scope.q(share).and_then(|s| s.loose_share()).is_some();
    !readable
        || wholes
            .iter()
            .any(|&w| share_fits(scope, part, share, w).unwrap_or(true))
}

/// Whether `share` is right for `part` of `whole` within the hedges;
/// `None` when a figure cannot be read as one.
pub(super) fn share_fits(scope: &Scope, part: usize, share: usize, whole: usize) -> Option<bool> {
    let stated = scope.q(share)?.loose_share()?;
    let actual = scope.q(part)?.loose.div(scope.q(whole)?.loose)?;
    Some(actual.overlaps(stated))
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_stake_is_no_whole_of_another_stake() {
        let text = "Shares\n\nThe N 2,291,210 common shares, said it may buy more. It has talked to advisers.\n\nAnother holder has also held talks. Lindner controls 1,489,298 shares of common stock, or 16.2% of the total.\n";
        assert!(rules(&text.replace('N', "group, which holds")).is_empty());
        // The company's own shares are the whole of any stake.
        assert_eq!(
            rules(&text.replace('N', "company, which has issued")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn a_share_is_of_the_count_before_a_bare_one() {
        let text = "Circus\n\nThe school now teaches 520 students a week.\n\nIt offers free places, and 78 students now hold one, N of the total.\n";
        assert!(rules(&text.replace('N', "about 15%")).is_empty());
        assert_eq!(
            rules(&text.replace('N', "nearly a third")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn respondents_are_the_people_a_survey_asked() {
        let text = "# Poll\n\nA survey of 2,400 adults found broad support.\n\n- 1,512 respondents (63%) backed the budget.\n- Only 216, @, wanted it cut.\n";
        let rules = crate::claim::testing::markdown_rules;
        assert_eq!(
            rules(&text.replace('@', "about one in five")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "about one in 11")).is_empty());
    }

    #[test]
    fn a_group_of_people_the_share_fits_is_the_one_meant() {
        let text = "Hearing\n\nA study followed 8,460 people for 12 years.\n\nAt the start, 3,120 of the participants had hearing loss, and 1,190 of those used hearing aids.\n\nDementia was diagnosed in 142 of the hearing-aid users, N.\n";
        assert!(rules(&text.replace('N', "12%")).is_empty());
        assert_eq!(rules(&text.replace('N', "40%")), ["proportion-mismatch"]);
    }

    #[test]
    fn a_part_of_the_story_s_count_with_its_share_beside() {
        let text = "Knife crime\n\nPolice recorded 1,312 knife offences in 2024, up from 1,188 in 2023.\n\nYoung people were suspects in 394 of the offences, N of the total.\n";
        assert_eq!(
            rules(&text.replace('N', "nearly half")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('N', "about 30%")).is_empty());
    }

    #[test]
    fn a_share_of_the_total_beside_a_count_of_a_subject() {
        let text = "Gallery\n\nThe gallery welcomed 143,000 visitors in the year after it scrapped its charge.\n\nVisitors from outside the county numbered 52,000, a little over N of the total.\n";
        assert_eq!(
            rules(&text.replace('N', "a fifth")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('N', "a third")).is_empty());
        // A share of another whole is not checked against it.
        let text = "Gallery\n\nThe gallery welcomed 143,000 visitors in the year.\n\nVisitors from outside the county numbered 52,000, a little over a fifth of the county's tourists.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_share_right_for_another_count_of_the_noun_is_of_that_one() {
        let text = "Jobs\n\nThe plant has 2,900 jobs and will cut 640 jobs.\n\nSome 410 of the jobs, about N%, are held by agency staff.\n";
        assert!(rules(&text.replace('N', "64")).is_empty());
        assert!(rules(&text.replace('N', "14")).is_empty());
        assert_eq!(rules(&text.replace('N', "41")), ["proportion-mismatch"]);
    }

    #[test]
    fn a_share_naming_another_whole_is_not_checked() {
        let text = "Cuts\n\nThe firm employs 5,000 workers in Britain.\n\nIt will cut 450 of its workers, about N% of its global workforce.\n";
        assert!(rules(&text.replace('N', "3")).is_empty());
        let own = text.replace("its global workforce", "them");
        assert_eq!(rules(&own.replace('N', "3")), ["proportion-mismatch"]);
    }

    #[test]
    fn a_share_of_an_earlier_year_s_count_is_not_checked() {
        let text = "Visitors\n\nThe museum had 84,000 visitors last year.\n\nIn all, 21,000 of the visitors, or 40%, came from abroad.\n";
        assert!(rules(text).is_empty());
        let same_year = text.replace(" last year", "");
        assert_eq!(rules(&same_year), ["proportion-mismatch"]);
    }
}
