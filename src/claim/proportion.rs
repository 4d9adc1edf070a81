//! Proportions: a part, its whole and the share the text gives for them.
//!
//! "620 of the 2,480 cases, about one in six", "26,400 of the district's
//! 98,000 registered voters took part, a turnout of 18%", "4,300 of them,
//! or 12%". The share must follow the part closely in the same sentence,
//! set beside it (a comma, "or", a bracket), and the whole must be named
//! explicitly or by "of them"/"Of the X".

use super::part::{antecedent_of_the, whole_after_of, whole_before};
use super::{Claim, Scope};
use crate::quantity::{Hedge, Kind};

/// Words after "12% of" that point back to the part's whole.
const OWN_WHOLE: &[&str] = &[
    "them",
    "those",
    "these",
    "whom",
    "which",
    "total",
    "respondents",
    "everyone",
    "everybody",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let before = claims.len();
    beside_their_figures(scope, claims);
    let placed: Vec<usize> = claims
        .get(before..)
        .unwrap_or_default()
        .iter()
        .filter_map(|c| match c {
            Claim::Proportion { share, .. } => Some(*share),
            _ => None,
        })
        .collect();
    one_pair_one_share(scope, &placed, claims);
    share_of_counted_whole(scope, claims);
    share_of_what_was(scope, claims);
    subject_points_back(scope, claims);
    share_of_those(scope, claims);
    next_part_with_its_share(scope, claims, before);
    drop_shares_of_other_things(scope, claims, before);
    drop_changes_read_as_shares(claims, before);
}

/// "Total assets rose to 6.30 billion rand from 6.22 billion, of which the
/// gold content increased to 66.22 pct from 64.3 pct": the start and end
/// of a change are no part and whole, and the end of a changed share is no
/// share of them.
fn drop_changes_read_as_shares(claims: &mut Vec<Claim>, from: usize) {
    let changed: Vec<(usize, usize)> = claims
        .iter()
        .take(from)
        .filter_map(|c| match c {
            Claim::Change { from, to, .. } => Some((*from, *to)),
            _ => None,
        })
        .collect();
    let mut at = 0;
    claims.retain(|c| {
        at += 1;
        at <= from
            || !matches!(c, Claim::Proportion { part, whole, share } if changed.iter().any(|&(a, b)| {
                (a, b) == (*part, *whole) || (a, b) == (*whole, *part) || a == *share || b == *share
            }))
    });
}

/// Words after "of those" that name a survey's sample.
const ASKED: &[&str] = &[
    "asked",
    "surveyed",
    "polled",
    "questioned",
    "interviewed",
    "responding",
];

/// How many words the part's clause may run before the share set off.
const SURVEY_CLAUSE_WORDS: usize = 12;

/// How many paragraphs back "those" may point to its whole.
const THOSE_PARAGRAPHS: usize = 6;

/// "Researchers questioned the owners of 460 dairy farms. ... The 97
/// farms preparing to leave represent around one in eight of those
/// surveyed": a count a verb makes a part of "those" (or "them"), whose
/// whole is the nearest larger count the story gave before for its things.
fn share_of_those(scope: &Scope, claims: &mut Vec<Claim>) {
    for share in 1..scope.quantities.len() {
        let Some(sp) = scope.place(share) else {
            continue;
        };
        let points_back = sp.after_is(0, "of")
            && sp
                .after()
                .nth(1)
                .is_some_and(|w| super::context::is_any(w, &["those", "these", "them"]));
        if !points_back
            || scope
                .q(share)
                .is_none_or(|q| !q.kind.is_share() || q.range.is_some())
            || !free_share(scope, share)
            || set_against(scope, share)
        {
            continue;
        }
        let Some(part) = scope.same_sentence(share).filter(|&p| p < share).last() else {
            continue;
        };
        // "5,200, roughly 40% of those affected": set beside the part as
        // a verb would link them.
        let gap = scope.between(part, share);
        let apposed = super::share_of_counted::set_off(gap, 0);
        // "A survey of 2,300 users found that 690 would ..., nearly half of
        // those asked": those asked are the survey's sample; the share set
        // off at the end of the part's clause.
        if sp.after_is(1, "those")
            && sp
                .after()
                .nth(2)
                .is_some_and(|w| super::context::is_any(w, ASKED))
            && super::share_of_counted::set_off(gap, SURVEY_CLAUSE_WORDS)
            && scope.q(part).is_some_and(|q| q.kind == Kind::Count)
            && let Some(whole) = super::part::survey_sample(scope, part)
        {
            claims.push(Claim::Proportion { part, whole, share });
            continue;
        }
        if scope
            .q(part)
            .is_none_or(|q| q.kind != Kind::Count || q.range.is_some())
            || !(links_part_to_share(gap) || apposed)
        {
            continue;
        }
        let Some(noun) = scope.q(part).and_then(|q| q.noun.as_deref()) else {
            continue;
        };
        let Some(pp) = scope.place(part) else {
            continue;
        };
        // "of those who started": the word that says which of them, said
        // again beside the whole ("12,407 runners started").
        let which: Vec<String> = sp
            .after()
            .skip(2)
            .take(3)
            .filter(|w| {
                w.len() > 3
                    && !super::context::is_any(w, &["who", "that", "which", "were", "have", "had"])
            })
            .map(|w| super::context::word_stem(w, 5))
            .collect();
        let says_which = |w: usize| {
            scope
                .sentence_words(w)
                .any(|x| which.contains(&super::context::word_stem(x, 5)))
        };
        let wholes: Vec<usize> = scope
            .earlier(part, THOSE_PARAGRAPHS)
            .filter(|&w| {
                scope.place(w).is_some_and(|wp| {
                    wp.sentence != pp.sentence && !wp.past_frame() && !wp.after_is(0, "of")
                }) && !super::part::part_of_a_named_whole(scope, w)
                    && scope.q(w).zip(scope.q(part)).is_some_and(|(wq, pq)| {
                        wq.kind == Kind::Count
                            && wq.range.is_none()
                            && wq.point() > pq.point()
                            && wq
                                .noun
                                .as_deref()
                                .is_some_and(|n| super::synonyms::same_things(n, noun))
                    })
            })
            .collect();
        // One whole, or one that says which: two are ambiguous.
        let saying: Vec<usize> = wholes.iter().copied().filter(|&w| says_which(w)).collect();
        let whole = match (saying.as_slice(), wholes.as_slice()) {
            ([one], _) | ([], [one]) => Some(*one),
            _ => None,
        };
        if let Some(whole) = whole {
            claims.push(Claim::Proportion { part, whole, share });
        }
    }
}

/// "Among the 1,480 suppliers, 212 are organic farms, which together
/// supplied 9% of the volume": a share that names what it is a share of
/// (the milk) is no share of a pair that counts other things (farms). A
/// word for a body of members ("40% of the registered fleet") may name
/// the counted things' whole.
fn drop_shares_of_other_things(scope: &Scope, claims: &mut Vec<Claim>, from: usize) {
    let mut at = 0;
    claims.retain(|c| {
        at += 1;
        match c {
            Claim::Proportion { part, whole, share } if at > from => {
                scope.same_things(*share, *whole) != Some(false)
                    || scope.same_things(*share, *part) == Some(true)
                    || scope
                        .q(*share)
                        .and_then(|q| q.noun.as_deref())
                        .is_some_and(super::synonyms::is_collective)
            }
            _ => true,
        }
    });
}

/// "... will cut 340 jobs. The redundancies amount to nearly a quarter of
/// the 2,150 people it employs": a share of a whole stated right after it,
/// said of a subject with no figure that a verb makes a part ("amount to",
/// "make up"); the subject is the one like count of the sentence before.
fn subject_points_back(scope: &Scope, claims: &mut Vec<Claim>) {
    for share in 0..scope.quantities.len() {
        let whole = share + 1;
        let (Some(sp), Some(wp)) = (scope.place(share), scope.place(whole)) else {
            continue;
        };
        // The cheap tests of where the two stand first.
        if wp.sentence != sp.sentence
            || !matches!(
                scope.between(share, whole).trim(),
                "of the" | "of its" | "of their"
            )
            || scope
                .q(whole)
                .is_none_or(|q| q.kind != Kind::Count || q.range.is_some())
            || !free_share(scope, share)
        {
            continue;
        }
        // The sentence opens with its subject and the verb: no figure before.
        let span = scope.layout.sentence_span(sp.sentence, scope.text.len());
        let Some(sq) = scope.q(share) else { continue };
        let lead = scope
            .text
            .get(span.start..sq.span.start)
            .unwrap_or("")
            .trim();
        let definite = ["The ", "These ", "Those ", "They ", "This "]
            .iter()
            .any(|d| lead.starts_with(d));
        let opens = scope.same_sentence(share).next() == Some(share);
        // "nearly a quarter": the hedge is part of the share's own span.
        // A subject of a few words: "The company said the purchase
        // represents" has another subject than the one it opens with.
        let short = lead.split_whitespace().take(6).count() <= 5
            && !lead
                .split_whitespace()
                .any(|w| matches!(w, "said" | "says" | "added" | "estimated"));
        if !(definite && opens && short && links_part_to_share(lead)) {
            continue;
        }
        let before: Vec<usize> = scope
            .earlier(share, 1)
            .filter(|&p| {
                scope
                    .place(p)
                    .is_some_and(|pp| pp.sentence + 1 == sp.sentence)
            })
            .filter(|&p| scope.comparable(p, whole))
            // "after two wet summers": a figure in an adjunct is no subject.
            .filter(|&p| {
                scope.place(p).is_some_and(|pp| {
                    !pp.prev_is(&["after", "in", "at", "from", "over", "for", "with", "on"])
                })
            })
            .collect();
        // "The union's members make up a third of ...": a subject that
        // names things the story counted elsewhere ("its 1,150 members")
        // points back to those, not to the figure of other things just
        // before ("About 60 vessels"). "The redundancies" after "340
        // jobs" name what no figure counts, and may be them.
        let subject = lead.split_once(' ').map_or("", |(_, rest)| rest);
        let head =
            crate::quantity::noun::plural_head(subject).map(crate::quantity::noun::normalise);
        let counts_head = |w: usize, h: &str| {
            scope
                .q(w)
                .and_then(|q| q.noun.as_deref())
                .is_some_and(|n| super::synonyms::same_things(n, h))
        };
        let names_other = |p: usize| {
            head.as_deref().is_some_and(|h| {
                scope.q(p).is_some_and(|q| q.noun.is_some())
                    && !counts_head(p, h)
                    && scope.earlier(share, 6).any(|w| counts_head(w, h))
            })
        };
        if let [part] = before.as_slice()
            && !names_other(*part)
        {
            claims.push(Claim::Proportion {
                part: *part,
                whole,
                share,
            });
        }
    }
}

/// "Its 62 turbines ... make up almost a third of the county's turbines":
/// a share of a whole named by its noun, a part of that noun before it in
/// the sentence, and the one figure the story gave before for that noun
/// ("412 turbines") as the whole.
fn share_of_counted_whole(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut placed: Vec<usize> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::Proportion { share, .. } => Some(*share),
            _ => None,
        })
        .collect();
    placed.sort_unstable();
    for share in 0..scope.quantities.len() {
        if placed.binary_search(&share).is_ok() {
            continue;
        }
        let Some(sq) = scope.q(share) else { continue };
        // "of the county's turbines", "of the turbines", "of its turbines".
        // A short phrase after the share: 80 bytes are read at most.
        let mut end = (sq.span.end + 80).min(scope.text.len());
        while !scope.text.is_char_boundary(end) {
            end -= 1;
        }
        let after = scope.text.get(sq.span.end..end).unwrap_or("").trim_start();
        // The phrase, cheap to test, before the share's words are read.
        let Some(rest) = after.strip_prefix("of ") else {
            continue;
        };
        if !free_share(scope, share) || set_against(scope, share) {
            continue;
        }
        let rest = ["the ", "its ", "their ", "all "]
            .iter()
            .find_map(|d| rest.strip_prefix(d))
            .unwrap_or(rest);
        let phrase = rest.split([',', ';', '.', '(']).next().unwrap_or(rest);
        // No figure in the phrase: "of the 412 turbines" is read elsewhere.
        if phrase.contains(|c: char| c.is_ascii_digit())
            || phrase.split_whitespace().take(5).count() > 4
        {
            continue;
        }
        let Some(head) = crate::quantity::noun::plural_head(phrase) else {
            // "308 in all, or about one in five of the fleet": a body of
            // members whose count the story gave before.
            if let Some(claim) = share_of_a_body(scope, share, phrase) {
                claims.push(claim);
            }
            continue;
        };
        let noun = crate::quantity::noun::normalise(head);
        // The part: the nearest count of that noun before the share, in its clause.
        let counts_it = |p: usize| {
            scope.q(p).is_some_and(|q| {
                q.kind == Kind::Count
                    && q.range.is_none()
                    && q.noun
                        .as_deref()
                        .is_some_and(|n| super::synonyms::same_things(n, &noun))
            })
        };
        // "the 84,000 cruise passengers who came ashore made up 18% of the
        // year's visitors": a verb that makes a part of a whole joins a
        // count of another noun to it.
        let linked = |p: usize| {
            scope
                .q(p)
                .is_some_and(|q| q.kind == Kind::Count && q.range.is_none())
                && links_part_to_share(scope.between(p, share))
        };
        // "Some 1,150 of those patients waited ..., two in five of the
        // month's referrals": a count said to be a part, with the share
        // naming the whole.
        let of_that_whole = |p: usize| {
            scope
                .q(p)
                .is_some_and(|q| q.kind == Kind::Count && q.range.is_none())
                && scope.place(p).is_some_and(|pl| pl.after_is(0, "of"))
        };
        let Some(part) = scope
            .same_sentence(share)
            .filter(|&p| p < share && (counts_it(p) || linked(p) || of_that_whole(p)))
            .last()
        else {
            continue;
        };
        let gap = scope.between(part, share);
        // "69 electric buses, 96 of which are double-deckers, out of a
        // total fleet of 230, so ... 30% of its buses": a larger count
        // between is the part's own whole, or another thing the share is of.
        let larger_between = (part + 1..share).any(|o| {
            scope
                .q(o)
                .zip(scope.q(part))
                .is_some_and(|(oq, pq)| oq.kind == Kind::Count && oq.point() > pq.point())
        });
        // "Combined with the five mln shares it holds, it will own 97 pct":
        // a figure in a phrase of its own is not the share's part.
        let aside = scope
            .place(part)
            .is_some_and(|p| p.before_has(3, &["with", "from", "than", "against", "plus"]));
        if aside
            || larger_between
            || gap.split_whitespace().take(25).count() > 24
            || gap.contains(';')
        {
            continue;
        }
        // The phrase's other words ("the county's", "outstanding") name
        // which figure of the noun is the whole: its sentence says them too.
        let qualifiers: Vec<String> = phrase
            .split_whitespace()
            .map(|w| {
                w.trim_end_matches("'s")
                    .trim_end_matches('\u{2019}')
                    .to_ascii_lowercase()
            })
            .filter(|w| w.len() > 2 && crate::quantity::noun::normalise(w) != noun)
            .collect();
        let qualified = |w: usize| {
            let words: Vec<String> = scope
                .sentence_words(w)
                .map(str::to_ascii_lowercase)
                .collect();
            qualifiers
                .iter()
                .all(|q| words.iter().any(|w| w.trim_end_matches("'s") == q))
        };
        if let Some(whole) = super::part::the_one_figure_of(scope, part, phrase).filter(|&w| {
            qualified(w)
                && scope
                    .q(w)
                    .zip(scope.q(part))
                    .is_some_and(|(w, p)| w.point() > p.point())
        }) {
            claims.push(Claim::Proportion { part, whole, share });
        }
    }
}

/// "sent 34,300 tonnes of it on to be recycled. Paper and cardboard, at
/// 12,100 tonnes, made up more than half of what was recycled": a whole
/// named by what was done to it is the one earlier like figure said to
/// have had that done, the part the like figure right before the share.
fn share_of_what_was(scope: &Scope, claims: &mut Vec<Claim>) {
    for share in 1..scope.quantities.len() {
        let Some(sp) = scope.place(share) else {
            continue;
        };
        if !(sp.after_is(0, "of") && sp.after_is(1, "what")) {
            continue;
        }
        let Some(verb) = sp
            .after()
            .skip(2)
            .take(3)
            .find(|w| w.len() > 4 && w.ends_with("ed"))
        else {
            continue;
        };
        let stem = super::context::derived_stem(verb);
        let part = share - 1;
        let gap = scope.between(part, share);
        if scope
            .q(share)
            .is_none_or(|q| !q.kind.is_share() || q.range.is_some())
            || !scope.single_amount(part)
            || scope.place(part).map(|p| p.sentence) != Some(sp.sentence)
            || gap.split_whitespace().count() > 8
            || gap.contains(';')
        {
            continue;
        }
        let said_done = |w: usize| {
            super::part::following_words(scope, w, 6)
                .iter()
                .chain(scope.words_leading_to(w, 60).collect::<Vec<_>>().iter())
                .any(|x| super::context::derived_stem(x) == stem)
        };
        let mut wholes = scope.earlier(part, THOSE_PARAGRAPHS).filter(|&w| {
            scope.place(w).is_some_and(|p| p.sentence != sp.sentence)
                && scope.comparable(w, part)
                && scope.single_amount(w)
                && scope
                    .q(w)
                    .zip(scope.q(part))
                    .is_some_and(|(w, p)| w.point() > p.point())
                && said_done(w)
        });
        if let (Some(whole), None) = (wholes.next(), wholes.next()) {
            claims.push(Claim::Proportion { part, whole, share });
        }
    }
}

/// "212 bikes have been stolen and 96 written off, 308 in all, or about
/// one in five of the fleet" after "its 800 shared bikes": a share of a
/// body of members ("fleet", "workforce", "the total"), its part the count right before
/// it, its whole the one larger figure the story gave before for the
/// things the part's sentence counts.
fn share_of_a_body(scope: &Scope, share: usize, phrase: &str) -> Option<Claim> {
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let body = words.last()?.clone();
    if words.len() > 2 || !super::synonyms::is_collective(&body) {
        return None;
    }
    let counts = |p: usize| {
        scope
            .q(p)
            .is_some_and(|q| q.kind == Kind::Count && q.range.is_none())
    };
    let before: Vec<usize> = scope
        .same_sentence(share)
        .filter(|&p| p < share && counts(p))
        .collect();
    let &part = before.last()?;
    let gap = scope.between(part, share);
    // "19 and 11 vacancies, together about a third": the share is of both.
    let joined = before
        .len()
        .checked_sub(2)
        .and_then(|n| before.get(n))
        .is_some_and(|&b| scope.between(b, part).trim().eq_ignore_ascii_case("and"));
    if joined || gap.split_whitespace().count() > 4 || gap.contains(';') {
        return None;
    }
    let sentence_start = scope.sentence_range(share).start;
    // "about three in four of the average crowd" after "The average home
    // crowd this season has been 2,960": the body named by its words.
    let named = || {
        let mut named = scope.earlier(part, BODY_PARAGRAPHS).filter(|&w| {
            w < sentence_start
                && counts(w)
                && scope.place(w).is_some_and(|p| {
                    !p.prev_is(&["from", "than", "of"])
                        && words.iter().all(|x| {
                            scope
                                .words_leading_to(w, 60)
                                .any(|b| b.eq_ignore_ascii_case(x))
                        })
                })
        });
        match (named.next(), named.next()) {
            (Some(w), None) => Some(w),
            _ => None,
        }
    };
    let Some(members) = before
        .iter()
        .find_map(|&p| scope.q(p).and_then(|q| q.noun.clone()))
        .filter(|_| words.len() == 1)
    else {
        return named()
            .filter(|&w| {
                scope
                    .q(w)
                    .zip(scope.q(part))
                    .is_some_and(|(w, p)| w.point() > p.point())
            })
            .map(|whole| Claim::Proportion { part, whole, share });
    };
    // "2.98 mln people, or 21.5 pct of the workforce": a figure itself
    // said to be a share of the body is a part of it, not the body.
    let share_of_body_too = |w: usize| {
        scope.same_sentence(w).any(|j| {
            scope.q(j).is_some_and(|q| q.kind.is_share())
                && scope.place(j).is_some_and(|p| {
                    p.after_is(0, "of") && p.after_is(1, "the") && p.after_is(2, &body)
                })
        })
    };
    let whole = super::part::one_figure_counting(scope, part, &members, |_| None)
        .filter(|&w| w < sentence_start && !share_of_body_too(w))?;
    scope
        .q(whole)
        .zip(scope.q(part))
        .is_some_and(|(w, p)| w.point() > p.point())
        .then_some(Claim::Proportion { part, whole, share })
}

/// How many paragraphs back a body named by its words may stand.
const BODY_PARAGRAPHS: usize = 3;

/// Verbs that state a part as a share of a whole ("made up 18% of").
const PART_VERBS: &[&str] = &[
    "make up",
    "makes up",
    "made up",
    "account for",
    "accounts for",
    "accounted for",
    "represent",
    "represents",
    "represented",
    "amount to",
    "amounts to",
    "amounted to",
    "constitute",
    "constitutes",
    "constituted",
];

/// Whether the words between a count and a share end in a verb that makes
/// the count a part of the share's whole, with no clause break before it.
fn links_part_to_share(gap: &str) -> bool {
    let gap = gap.trim_end();
    let Some(verb) = PART_VERBS.iter().find(|v| {
        gap.strip_suffix(*v)
            .is_some_and(|g| g.is_empty() || g.ends_with(' '))
    }) else {
        return false;
    };
    let clause = gap.get(..gap.len() - verb.len()).unwrap_or("");
    !clause.contains([',', ';', ':']) && clause.split_whitespace().take(11).count() <= 10
}

/// "40% above the average", "a third more": a share that compares, not
/// one of a whole; "a rate of 54%, well below the target" is set off.
fn compares(scope: &Scope, share: usize) -> bool {
    let (Some(sq), Some(sp)) = (scope.q(share), scope.place(share)) else {
        return false;
    };
    scope.text.as_bytes().get(sq.span.end) != Some(&b',')
        && sp.after_has(
            2,
            &[
                "above", "below", "more", "less", "higher", "lower", "fewer", "than", "bigger",
                "smaller",
            ],
        )
}

/// A share that can stand for a part of a whole: not a change, a range or
/// a comparison ("40% above the average", "a third more").
pub(super) fn free_share(scope: &Scope, share: usize) -> bool {
    let (Some(sq), Some(sp)) = (scope.q(share), scope.place(share)) else {
        return false;
    };
    // The stated-change test reads the most words: it comes last.
    sq.kind.is_share()
        && sq.range.is_none()
        && !sp.prev_is(&["from"])
        && !compares(scope, share)
        && !super::change::is_stated_change(scope, share)
}

/// "Turnout was 62 per cent, with 551 of its 1,240 members taking part";
/// "Of the 11,240 services, 6,410 ran on time, roughly three out of four":
/// a sentence that states one part of a named whole and one share, wherever
/// they stand in it, states the share of that part. With two parts or two
/// shares it is not known which goes with which, and nothing is claimed.
fn one_pair_one_share(scope: &Scope, placed: &[usize], claims: &mut Vec<Claim>) {
    let n = scope.quantities.len();
    let mut start = 0;
    let mut previous = 0..0;
    while start < n {
        let sentence = scope.place(start).map(|p| p.sentence);
        let end = (start..n)
            .find(|&j| scope.place(j).map(|p| p.sentence) != sentence)
            .unwrap_or(n);
        // Pairs are read only where one share stands.
        // "more than half their income" is a share of a whole of its own:
        // no candidate for the pair's.
        let shares: Vec<usize> = (start..end)
            .filter(|&s| {
                free_share(scope, s) && !set_against(scope, s) && !of_a_possessed_whole(scope, s)
            })
            .collect();
        if let [share] = shares.as_slice()
            && !placed.contains(share)
        {
            let mut pairs = pairs_in(scope, start..end);
            // "Of the 1,240 members, 551 voted. That is a turnout of 62%":
            // a share in a sentence that points back gives the pair before.
            let in_sentence = !pairs.is_empty();
            // "508 of them returned a paper, a turnout of 91%. That means
            // 81% of those voting ...": a pair whose share was given has
            // none to give a later sentence.
            let pair_shared = previous.clone().any(|s| placed.contains(&s));
            if !in_sentence && points_back(scope, start) && previous.end == start && !pair_shared {
                pairs = pairs_in(scope, previous.clone());
            }
            if pairs.is_empty() && named_as_rate(scope, *share) {
                pairs.extend(elided_pair(scope, start..*share));
            }
            // "But just 281 of those burglaries led to a charge, a rate of
            // 21%": a part pointing back to a whole told before.
            let mut whole_before = false;
            if pairs.is_empty() {
                pairs = parts_of_earlier_wholes(scope, start..end);
                whole_before = true;
            }
            if let [(part, whole)] = pairs.as_slice()
                && !names_other_whole(scope, *share, *whole)
            {
                if (!in_sentence
                    || one_clause(scope, *share, (*part).min(*whole), (*part).max(*whole)))
                    && (!whole_before || one_clause(scope, *share, *part, *part))
                {
                    claims.push(Claim::Proportion {
                        part: *part,
                        whole: *whole,
                        share: *share,
                    });
                } else if in_sentence
                    && let Some(sibling) = sibling_part(scope, *part, *whole, *share)
                {
                    claims.push(Claim::Proportion {
                        part: sibling,
                        whole: *whole,
                        share: *share,
                    });
                }
            }
        }
        previous = start..end;
        start = end.max(start + 1);
    }
}

/// "Of the 760 who replied, 412 were over 60 and only 57 were under 35,
/// fewer than one in twenty": a bare count joined to the pair's part by
/// "and" is another part of its whole, and the share set off right after
/// its clause is its share.
fn sibling_part(scope: &Scope, part: usize, whole: usize, share: usize) -> Option<usize> {
    if whole > part {
        return None;
    }
    let sibling = (part + 1..share).rev().find(|&c| {
        scope.comparable(c, whole)
            && scope
                .q(c)
                .is_some_and(|q| q.hedge.is_none() && q.noun.is_none() && q.range.is_none())
    })?;
    let joined = scope
        .between(part, sibling)
        .split_whitespace()
        .any(|w| w == "and");
    let gap = scope.between(sibling, share);
    (joined
        && gap.trim_end().ends_with(',')
        && gap.split_whitespace().count() <= 6
        && !says_a_sum(gap)
        && !said_of_a_sum(scope, share))
    .then_some(sibling)
}

/// "Children played 9,130 of them, about 22%, and adults paid for 29,000,
/// or roughly half": after a part and its share, a like figure joined by
/// "and", with a share set off after it, is another part of that whole.
fn next_part_with_its_share(scope: &Scope, claims: &mut Vec<Claim>, from: usize) {
    let placed = super::share_apart::placed_shares(claims);
    let read: Vec<(usize, usize, usize)> = claims
        .get(from..)
        .unwrap_or_default()
        .iter()
        .filter_map(|c| match c {
            Claim::Proportion { part, whole, share } if part < share => {
                Some((*part, *whole, *share))
            }
            _ => None,
        })
        .collect();
    for (part, whole, share) in read {
        let (next, its_share) = (share + 1, share + 2);
        let gap = scope.between(share, next);
        let joined = gap.trim_start_matches(',').split_whitespace().next() == Some("and")
            && gap.split_whitespace().count() <= 6
            && !gap.contains([';', '.', '('])
            && scope.same_sentence(share).any(|j| j == its_share);
        let set_off = matches!(scope.between(next, its_share), ", " | ", or ");
        let like = scope.comparable(part, next)
            && scope.same_things(part, next) != Some(false)
            && scope
                .q(its_share)
                .is_some_and(|q| q.kind.is_share() && q.range.is_none());
        if joined
            && set_off
            && like
            && may_be_a_part_s_share(scope, its_share)
            && placed.binary_search(&its_share).is_err()
        {
            claims.push(Claim::Proportion {
                part: next,
                whole,
                share: its_share,
            });
        } else if let Some((next, its_share)) =
            sibling_opening_next_sentence(scope, part, whole, share)
            && placed.binary_search(&its_share).is_err()
        {
            claims.push(Claim::Proportion {
                part: next,
                whole,
                share: its_share,
            });
        }
    }
}

/// Whether `share` may be a part's share of the whole before: not a share
/// of its own ("60% of them online"), a change ("8% more") or one of a sum
/// ("98% together").
fn may_be_a_part_s_share(scope: &Scope, share: usize) -> bool {
    free_share(scope, share)
        && !set_against(scope, share)
        && !scope.place(share).is_some_and(|p| p.after_is(0, "of"))
        && !said_of_a_sum(scope, share)
}

/// "Of the 186 finishers, 112 were women, three in five. Seventy-four swam
/// in wetsuits, about one in five": a like count opening the next
/// sentence, with a share set off after its short clause, is another part
/// of the whole the part before was of.
fn sibling_opening_next_sentence(
    scope: &Scope,
    part: usize,
    whole: usize,
    share: usize,
) -> Option<(usize, usize)> {
    let sentence = scope.place(share)?.sentence;
    let next = (share + 1..scope.quantities.len())
        .take(super::REACH)
        .find(|&n| scope.place(n).is_some_and(|p| p.sentence == sentence + 1))?;
    let np = scope.place(next)?;
    // Its subject: "Just 14 are", not "Among the 1,130 parents".
    const GOVERNED: &[&str] = &[
        "the", "a", "an", "of", "among", "from", "in", "on", "at", "to", "for", "by", "with",
        "its", "their", "his", "her", "our", "this", "these", "those",
    ];
    let opens =
        np.before().count() <= 2 && !np.before().any(|w| super::context::is_any(w, GOVERNED));
    let like = scope.q(next).is_some_and(|q| q.kind == Kind::Count && q.range.is_none())
        && scope.comparable(part, next)
        // Unnamed, or named as the part or the whole is.
        && (scope.q(next).is_some_and(|q| q.noun.is_none())
            || [part, whole].iter().any(|&o| scope.same_things(o, next) == Some(true)));
    if !opens || !like || np.after_is(0, "of") {
        return None;
    }
    // "Just 14 are under 35, about one in six": a bound between describes
    // the part.
    let its_share = scope.same_sentence(next).filter(|&s| s > next).find(|&s| {
        scope.q(s).is_some_and(|q| {
            q.kind.is_share() || !matches!(q.hedge, Some(Hedge::LessThan | Hedge::MoreThan))
        })
    })?;
    let gap = scope.between(next, its_share);
    let set_off = gap.trim_end().ends_with(',')
        && !gap.trim_end().trim_end_matches(',').contains([',', ';'])
        && gap.split_whitespace().count() <= 8;
    // "300 are nurses, a quarter. Ninety trained abroad, almost a third":
    // a share that fits the part before as the count's whole reads so.
    let of_the_part = scope
        .q(next)
        .zip(scope.q(part))
        .zip(scope.q(its_share).and_then(|s| s.loose_share()))
        .is_some_and(|((n, p), s)| n.loose.div(p.loose).is_some_and(|a| a.overlaps(s)));
    (set_off && may_be_a_part_s_share(scope, its_share) && !of_the_part)
        .then_some((next, its_share))
}

/// Words that make a share one of a sum: "together", "between them".
fn says_a_sum(text: &str) -> bool {
    has_word(text, OF_A_SUM) || has_word(text, &["between", "all", "both"])
}

/// Whether the few bytes after a share say it is of a sum.
fn said_of_a_sum(scope: &Scope, share: usize) -> bool {
    scope.q(share).is_some_and(|q| {
        let end = q.span.end;
        let near = scope.snap(crate::span::Span::new(
            end,
            (end + 20).min(scope.text.len()),
        ));
        says_a_sum(scope.text.get(near.start..near.end).unwrap_or(""))
    })
}

/// "118 winners from 702 rides, a strike rate of 17%": a count of one
/// thing from a count of another, with a rate, is a part of a whole; "from"
/// between counts of the same things starts a change instead.
fn rate_from(scope: &Scope, share: usize, whole: usize) -> Option<usize> {
    let part = whole.checked_sub(1)?;
    let noun = |i: usize| {
        scope
            .q(i)
            .filter(|q| q.kind == Kind::Count)?
            .noun
            .as_deref()
    };
    let (pn, wn) = (noun(part)?, noun(whole)?);
    let gap: Vec<&str> = scope.between(part, whole).split_whitespace().collect();
    let joined = gap.len() <= 3 && gap.last() == Some(&"from");
    // "27 wins and five defeats from 32 games": which of two the rate is of
    // is not told.
    let coordinated = part.checked_sub(1).is_some_and(|c| {
        let gap: Vec<&str> = scope.between(c, part).split_whitespace().collect();
        scope.comparable(c, part)
            && gap.len() <= 3
            && gap.iter().any(|w| *w == "and" || w.ends_with(','))
    });
    (joined && !coordinated && !super::synonyms::same_things(pn, wn) && named_as_rate(scope, share))
        .then_some(part)
}

/// "a response rate of 52%", "a 52% pass rate", "a turnout of 18%": a
/// share named as the rate of something done.
pub(super) fn named_as_rate(scope: &Scope, share: usize) -> bool {
    const RATE: &[&str] = &["rate", "turnout", "proportion"];
    scope
        .place(share)
        .is_some_and(|sp| sp.prev_is(&["of"]) && sp.before_has(3, RATE) || sp.after_has(2, RATE))
}

/// "sent to all 3,150 officers and staff, and 1,197 responded": a count
/// with no noun of its own after a larger one of the same kind counts the
/// same things, and is its part, when the two are the only counts before
/// the share.
fn elided_pair(scope: &Scope, before_share: std::ops::Range<usize>) -> Option<(usize, usize)> {
    let counts: Vec<usize> = before_share
        .filter(|&i| {
            scope
                .q(i)
                .is_some_and(|q| q.kind == Kind::Count && q.range.is_none() && !q.words)
        })
        .collect();
    let [whole, part] = counts.as_slice() else {
        return None;
    };
    let (wq, pq) = (scope.q(*whole)?, scope.q(*part)?);
    // The bare count is the subject of a verb of its own ("1,197
    // responded", "840 were seen"), not a difference ("120 more") or an
    // adjunct ("in 2,300 homes").
    let subject = scope.place(*part).is_some_and(|p| {
        !p.prev_is(&["from", "by", "than", "in", "of", "to", "at", "with"])
            && p.after().next().is_some_and(|w| {
                let w = w.to_ascii_lowercase();
                (w.len() > 4 && w.ends_with("ed"))
                    || matches!(
                        w.as_str(),
                        "were" | "are" | "have" | "had" | "did" | "took" | "got"
                    )
            })
    });
    (subject && wq.noun.is_some() && pq.noun.is_none() && wq.point() > pq.point())
        .then_some((*part, *whole))
}

/// The part-of-whole pairs among the quantities of one sentence.
fn pairs_in(scope: &Scope, range: std::ops::Range<usize>) -> Vec<(usize, usize)> {
    range
        .clone()
        .filter_map(|p| {
            let q = scope.q(p)?;
            let counted = matches!(q.kind, Kind::Count | Kind::Money | Kind::Measure)
                && q.range.is_none()
                && !(q.words && q.value == Some(1.0));
            let w = whole_of(scope, p).filter(|w| range.contains(w))?;
            (counted && w != p && scope.comparable(p, w)).then_some((p, w))
        })
        .collect()
}

/// The parts in `sentence` whose wholes stand in an earlier sentence
/// ("281 of those burglaries", "Of those, 300 were empty").
fn parts_of_earlier_wholes(scope: &Scope, sentence: std::ops::Range<usize>) -> Vec<(usize, usize)> {
    sentence
        .clone()
        .filter_map(|p| {
            let q = scope.q(p)?;
            let counted = matches!(q.kind, Kind::Count | Kind::Money | Kind::Measure)
                && q.range.is_none()
                && !q.words;
            let w = super::part::antecedent_of_those(scope, p)
                .or_else(|| super::part::antecedent_of_the(scope, p))
                .filter(|&w| w < sentence.start)?;
            (counted && scope.comparable(p, w)).then_some((p, w))
        })
        .collect()
}

/// Whether the sentence of quantity `i` opens by pointing back to the one
/// before: "That is ...", "This means ...", "It represents ...".
pub(super) fn points_back(scope: &Scope, i: usize) -> bool {
    let Some(p) = scope.place(i) else {
        return false;
    };
    let span = scope.layout.sentence_span(p.sentence, scope.text.len());
    let mut words = super::context::words_in(scope.text, span.start, span.end);
    // The first word decides for nearly every sentence: the second is read
    // only after it.
    if !matches!(words.next(), Some("That" | "This" | "It")) {
        return false;
    }
    let second = words.next().unwrap_or("");
    [
        "is",
        "was",
        "gave",
        "gives",
        "puts",
        "means",
        "meant",
        "represents",
        "amounts",
        "equals",
        "makes",
        "compares",
        "compared",
    ]
    .iter()
    .any(|w| second.eq_ignore_ascii_case(w))
}

/// "against a target of 85%", "compared with 15% nationally": a share set
/// against the one stated, not the share of the counts.
pub(super) fn set_against(scope: &Scope, share: usize) -> bool {
    scope.place(share).is_some_and(|sp| {
        sp.before_has(
            4,
            &[
                "against",
                "target",
                "compared",
                "versus",
                "nationally",
                "double",
                "twice",
            ],
        ) || sp.prev_is(&["than"])
            // "below the government's 55% target".
            || sp.after_has(1, &["target", "goal"])
            // "the national average of 40%", not "an average occupancy rate of 75%".
            || sp.prev_is(&["of"]) && sp.before_is(1, "average")
            // "about 22%, double the national rate of 11%", not "run by
            // the national park, fewer than half".
            || sp.prev_is(&["of"]) && sp.before_has(3, &["national"])
            // "six short of the 25 needed for a majority": a goal.
            || sp.before_has(3, &["needed", "required"])
            || sp.after_has(1, &["nationally", "average"])
    })
}

/// Whether a share is set beside the figures of a pair in one clause: "Half
/// followed the diet, and 331 of the 364 stayed" are two clauses.
fn one_clause(scope: &Scope, share: usize, first: usize, last: usize) -> bool {
    let gap = if share < first {
        scope.between(share, first)
    } else if share < last {
        // "Among the 214 students, a majority, 97, ...": in apposition
        // between the whole and its part.
        scope.between(share, last)
    } else {
        scope.between(last, share)
    };
    // Set off from the figures, not said after a verb of something else
    // ("Five of six samples contained 3.9% sugar").
    let set_off =
        gap.contains([',', '(', '—', '–', ':']) || gap.split_whitespace().any(|w| w == "or");
    let words: Vec<&str> = gap.split(|c: char| !c.is_ascii_alphabetic()).collect();
    set_off
        && !gap.contains(';')
        && !words.iter().enumerate().any(|(k, w)| match *w {
            "and" => {
                !(joins_nouns(words.get(k + 1..).unwrap_or_default())
                    && gap.trim_end().ends_with(','))
            }
            _ => NEW_CLAUSE.contains(w),
        })
}

/// Words that open a clause of its own, whose share is not the one before.
const NEW_CLAUSE: &[&str] = &[
    "but", "while", "whereas", "although", "though", "so", "because",
];

/// Words that make a share one of a sum of parts ("together about 62%").
const OF_A_SUM: &[&str] = &["together", "combined"];

/// Whether `text` holds one of `words` as a whole word.
fn has_word(text: &str, words: &[&str]) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| words.contains(&w))
}

/// "run by the estate and the national park, fewer than half": after "and",
/// a determiner and a few words to the end of the gap join a noun to a
/// noun, not a clause to a clause ("and the team finished early").
fn joins_nouns(after_and: &[&str]) -> bool {
    let mut words = after_and.iter().filter(|w| !w.is_empty());
    words
        .next()
        .is_some_and(|d| matches!(*d, "the" | "a" | "an" | "its" | "their"))
        && words.clone().count() <= 3
        && !words.any(|w| {
            matches!(
                *w,
                "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "says" | "said"
            ) || w.ends_with("ed")
        })
}

/// "4% of its budget", "half their income", "a quarter of the company's
/// dancers": a share of a whole of its own, unless it points back ("of
/// them", "of the total").
fn names_other_whole(scope: &Scope, share: usize, whole: usize) -> bool {
    // "78% of members who voted" beside "out of 342 members": its own whole.
    let whole_noun = scope.q(whole).and_then(|q| q.noun.as_deref());
    let own = |w: &str| {
        OWN_WHOLE.contains(&w)
            || whole_noun
                .is_some_and(|n| w.to_ascii_lowercase().starts_with(n.get(..4).unwrap_or(n)))
    };
    scope.place(share).is_some_and(|sp| {
        let mut after = sp.after();
        // "of the fleet" names the pair's whole again; "of the company's
        // dancers" and "of its budget" name another.
        // A whole with no noun of its own ("out of 342 cast") is not told
        // apart by words: only a possessive names another.
        let named = match (after.next(), after.next(), after.next()) {
            (Some("of"), Some("the"), Some(w)) => possessive(w),
            (Some("of"), Some("its" | "their" | "his" | "her"), Some(w)) => !own(w),
            // "of all attendances": the pair's whole when it names its noun.
            (Some("of"), Some("all"), Some(w)) => whole_noun.is_some() && !own(w),
            (Some("of"), Some(w), _) => whole_noun.is_some() && !own(w) && w != "the",
            _ => false,
        };
        named || sp.after_has(1, &["their", "its", "his", "her"])
    })
}

/// "half their income", "4% of its budget", "a third of the company's
/// staff": a share of something its own words name as someone's.
fn of_a_possessed_whole(scope: &Scope, share: usize) -> bool {
    scope.place(share).is_some_and(|sp| {
        let mut after = sp.after();
        match (after.next(), after.next(), after.next()) {
            (Some("their" | "its" | "his" | "her"), _, _) => true,
            (Some("of"), Some("their" | "its" | "his" | "her"), _) => true,
            (Some("of"), Some("the"), Some(w)) => possessive(w),
            _ => false,
        }
    })
}

/// "620 of the 2,480 cases, about one in six": a share set right beside
/// the part and whole it gives.
fn beside_their_figures(scope: &Scope, claims: &mut Vec<Claim>) {
    for share in 0..scope.quantities.len() {
        let Some(sq) = scope.q(share) else { continue };
        if !sq.kind.is_share() || sq.range.is_some() {
            continue;
        }
        let Some(sp) = scope.place(share) else {
            continue;
        };
        if compares(scope, share) {
            continue;
        }
        // "about 31%, ..., up from 27% the year before": a start value.
        // The tests that read the most words come last.
        if sp.prev_is(&["from"])
            || super::change::is_stated_change(scope, share)
            || set_against(scope, share)
        {
            continue;
        }
        if let Some((part, whole)) = share_of_then_part(scope, share)
            .or_else(|| share_then_with_part(scope, share))
            .or_else(|| part_then_share_of_whole(scope, share))
        {
            claims.push(Claim::Proportion { part, whole, share });
            continue;
        }
        let sentence: Vec<usize> = scope.same_sentence(share).collect();
        // The part: the nearest count or like amount before the share, or
        // the one before it when the nearest has no whole ("2,150 households
        // need a home with three or more bedrooms, two-thirds of the total").
        // "147 were under 16, about one in five", "Three of the students
        // are over 40, a third of the class": a bound said of the part
        // describes it; it counts nothing.
        let describes = |p: usize| {
            p > 0
                && scope.in_one_sentence(p - 1, p)
                && scope.between(p - 1, p).split_whitespace().count() <= 5
                && !scope.between(p - 1, p).contains(',')
                && !scope
                    .between(p - 1, p)
                    .split_whitespace()
                    .any(|w| w == "and")
                && scope.q(p).is_some_and(|q| {
                    q.noun.is_none()
                        && matches!(q.hedge, Some(Hedge::LessThan | Hedge::MoreThan))
                        && scope
                            .place(p)
                            .is_some_and(|pl| pl.prev_is(&["were", "are", "was", "is", "aged"]))
                })
        };
        let candidates = sentence.iter().rev().filter(|&&p| {
            p < share
                && !describes(p)
                && scope.q(p).is_some_and(|q| {
                    matches!(q.kind, Kind::Count | Kind::Money | Kind::Measure) && q.range.is_none()
                })
        });
        // A count right beside the share ("2,005 (33%)") is its part or none.
        let candidates: Vec<usize> = candidates.take(2).copied().collect();
        let nearest_beside = candidates
            .first()
            .is_some_and(|&p| !scope.between(p, share).contains(char::is_alphabetic));
        let reach = if nearest_beside { 1 } else { 2 };
        // "842 were riders and 184 were pedestrians, about 18% of the
        // total": a nearest part joined to the one before by "and" is its
        // sibling, of the same whole, and the share is the nearest's.
        let siblings = match candidates.as_slice() {
            [nearest, before] => {
                scope.comparable(*nearest, *before)
                    && scope.same_things(*nearest, *before) != Some(false)
                    && whole_of(scope, *nearest) != Some(*before)
                    && !scope.place(*nearest).is_some_and(|p| p.after_is(0, "of"))
                    && scope
                        .between(*before, *nearest)
                        .split_whitespace()
                        .any(|w| w == "and")
            }
            _ => false,
        };
        // "38 took a test during the week and 31 passed, more than four in
        // five": an outcome after the attempts is a part of them.
        // Set off right after the outcome, and naming no whole of its own
        // ("nearly half of those who applied").
        let set_off_after = |part: usize| {
            let gap = scope.between(part, share);
            gap.trim_end().ends_with(',')
                && !gap.contains(';')
                && gap.split_whitespace().count() <= 12
                && !scope.place(share).is_some_and(|sp| sp.after_is(0, "of"))
        };
        if let [nearest, before] = candidates.as_slice()
            && super::outcomes::outcome_of(scope, *before, *nearest)
            && set_off_after(*nearest)
        {
            claims.push(Claim::Proportion {
                part: *nearest,
                whole: *before,
                share,
            });
            continue;
        }
        if let Some(pair) = candidates
            .iter()
            .take(reach)
            .enumerate()
            .find_map(|(k, &part)| {
                let pair = part_and_whole_beside(scope, share, part)?;
                match (k, candidates.first()) {
                    (1, Some(&nearest)) if siblings => {
                        (pair.0 == part).then_some((nearest, pair.1))
                    }
                    _ => Some(pair),
                }
            })
        {
            let (part, whole) = pair;
            claims.push(Claim::Proportion { part, whole, share });
        }
    }
}

/// The part and whole a share set beside `part` states, if any.
fn part_and_whole_beside(scope: &Scope, share: usize, part: usize) -> Option<(usize, usize)> {
    // "15 are foreign, and 71% of volume went through banks": a new
    // clause has its own share; "48 station and group managers are
    // women, a share of 33%" joins two nouns, not two clauses.
    let gap = scope.between(part, share);
    let clause_break = has_word(gap, NEW_CLAUSE)
        || [", and", ",and", ", yet"].iter().any(|b| gap.contains(b))
        // "9,100 were new and the rest were retraps, or 35%": the share
        // of the rest the clause went on to name.
        || super::remainder_closes::names_the_rest(gap)
        // "412 were over 60 and 57 under 35, together about 62%": a share
        // of the parts' sum.
        || has_word(gap, OF_A_SUM);
    // "19 of those patients died, a fatality rate of 1.5%, well below the
    // 5% recorded ...": the share nearer the part is its share.
    let share_between = (part + 1..share).any(|s| scope.q(s).is_some_and(|q| q.kind.is_share()));
    // "430 said they had cut back on food or heating to pay for uniform,
    // almost one in three of those who responded": one clause set off by
    // its comma may run on when the share names its whole.
    let names_whole = scope.place(share).is_some_and(|sp| sp.after_is(0, "of"));
    let one_run = !gap.trim_end().trim_end_matches(',').contains(',');
    let reach = if names_whole && one_run { 20 } else { 12 };
    if gap.split_whitespace().count() > reach || gap.contains(';') || clause_break || share_between
    {
        return None;
    }
    // "26,400 of the district's 98,000 voters took part, a turnout of
    // 18%": the nearest amount is the whole of one before it, perhaps past
    // an aside ("44,300 ballots were cast, including 140 that were
    // spoiled, from an electorate of 96,000").
    let earlier = scope
        .same_sentence(part)
        .filter(|&p| p < part && p + 3 >= part)
        .find(|&p| whole_of(scope, p) == Some(part))
        .or_else(|| rate_from(scope, share, part));
    let (part, whole) = match earlier {
        Some(p) => (p, part),
        None => match whole_of(scope, part)
            .or_else(|| whole_named_by_share(scope, share, part))
            .or_else(|| whole_of_its_noun(scope, share, part))
        {
            Some(w) => (part, w),
            None => return None,
        },
    };
    // "spend 4% of its budget": a share that names its own whole.
    if names_other_whole(scope, share, whole) {
        return None;
    }
    // "One of three brokers took 41.5%": one of a few names
    // a member, not a count with a share.
    if whole == share
        || scope
            .q(part)
            .is_some_and(|q| q.words && q.value == Some(1.0))
    {
        return None;
    }
    // The share is set beside the figures (", about one in six", ", or
    // 12%", "(45%)"); after a verb it is said of something else ("Five of
    // six samples contained 3.9% sugar").
    let beside = scope.between(part.max(whole), share);
    if !beside.contains([',', '(', '—', '–', ':']) && !beside.split_whitespace().any(|w| w == "or")
    {
        return None;
    }
    Some((part, whole))
}

/// "- Households putting their caddy out: 18,400, just over one in two"
/// after "all 52,000 households": a share set right after a count whose
/// whole is not named is of the one larger figure the story gave before
/// for its noun; not a share of the count itself ("a third of them").
fn whole_of_its_noun(scope: &Scope, share: usize, part: usize) -> Option<usize> {
    let noun = scope.q(part)?.noun.as_deref()?;
    let sp = scope.place(share)?;
    // Right after the count or its noun: "780 searches, roughly a quarter
    // of the total"; "or" only after a label ("No connection at all: 260,
    // or about 15%") or a verb that makes a part ("accounted for 282 hires,
    // or about 30%"): "has 74,225 shares, or 7.6 pct" is of a whole unsaid.
    let gap = scope.between(part, share).trim();
    let labelled = scope.q(part).is_some_and(|q| {
        let head = scope.text.get(..q.span.start).unwrap_or("").trim_end();
        head.ends_with([':', '-', '*'])
    }) || made_a_part(scope, part) && !sp.after_is(0, "of");
    let right_after = gap
        .strip_suffix(", or")
        .filter(|_| labelled)
        .or_else(|| gap.strip_suffix(','))
        .is_some_and(|words| {
            let words: Vec<&str> = words.split_whitespace().collect();
            words.is_empty()
                || words.len() <= 3
                    && words
                        .last()
                        .is_some_and(|w| crate::quantity::noun::normalise(w) == noun)
        });
    // "by 298 votes to 57, or 84%": the second of a tally is no part of
    // an earlier whole; the share is of the tally.
    let tally = part.checked_sub(1).is_some_and(|a| {
        scope.comparable(a, part) && scope.between(a, part).trim_end().ends_with(" to")
    });
    // "The increase of 330 pairs, about 36%": a change and its rate.
    if !right_after
        || tally
        || super::change::is_stated_change(scope, part)
        || super::change::is_stated_change(scope, share)
        || sp.after_is(0, "of") && sp.after_has(2, &["them", "these", "those", "which", "whom"])
    {
        return None;
    }
    let whole = largest_counting(scope, part, noun)?;
    let larger = scope
        .q(whole)
        .zip(scope.q(part))
        .is_some_and(|(w, p)| w.point() > p.point());
    larger.then_some(whole)
}

/// Whether a verb right before `part` makes it a part of something:
/// "accounted for 282 hires", "made up 215", "represented 40".
pub(super) fn made_a_part(scope: &Scope, part: usize) -> bool {
    scope.place(part).is_some_and(|p| {
        p.prev_is(&["for"])
            && p.before()
                .rev()
                .nth(1)
                .is_some_and(|v| super::context::is_any(v, &["account", "accounts", "accounted"]))
            || p.prev_is(&["up"])
                && p.before()
                    .rev()
                    .nth(1)
                    .is_some_and(|v| super::context::is_any(v, &["make", "makes", "made"]))
            || p.prev_is(&["represent", "represents", "represented"])
    })
}

/// The figure the story gave before `part` for all of `noun`: the one, or
/// of several ("Offers made: 14,820", "Offers to state-school applicants:
/// 10,570") the largest, not said of an earlier time.
fn largest_counting(scope: &Scope, part: usize, noun: &str) -> Option<usize> {
    let largest = |all: &[usize]| {
        all.iter()
            .copied()
            .filter(|&w| scope.place(w).is_some_and(|p| !p.past_frame()))
            .max_by(|&a, &b| {
                let v = |i: usize| scope.q(i).map_or(0.0, |q| q.point());
                v(a).total_cmp(&v(b))
            })
    };
    super::part::one_figure_counting(scope, part, noun, largest)
}

/// "512 votes, about one in four of those cast": the share names its
/// whole by the words after "of those", which follow an earlier figure
/// ("47% of the 3,478 cast").
fn whole_named_by_share(scope: &Scope, share: usize, part: usize) -> Option<usize> {
    let sq = scope.q(share)?;
    let after = scope.text.get(sq.span.end..)?.trim_start();
    if let Some(rest) = after.strip_prefix("of those ") {
        return super::part::those_described(scope, part, rest, &super::part::phrase_words(rest)?);
    }
    // "around one in twenty of all attendances": the one figure the story
    // gave for the things it names ("9,840 attendances").
    // Not "of the outstanding shares": one figure for shares need not be
    // all those outstanding.
    let rest = after
        .strip_prefix("of all ")
        .filter(|r| !r.starts_with(|c: char| c.is_ascii_digit()))?;
    super::part::the_one_figure_of(scope, part, &super::part::phrase_words(rest)?)
}

/// The whole a part belongs to: named after it ("of the 2,480", "from its
/// 62,000 customers", "of them") or before it ("Of the confirmed cases, 620").
pub fn whole_of(scope: &Scope, part: usize) -> Option<usize> {
    if let Some(w) = whole_after_of(scope, part)
        .or_else(|| super::part::of_whom_before(scope, part))
        .or_else(|| whole_before(scope, part))
        .or_else(|| super::part::dated_total(scope, part))
        .or_else(|| super::part::further_of_same_whole(scope, part))
        .or_else(|| super::part::the_other_of_same_whole(scope, part, whole_of))
        .or_else(|| super::part::found_in_the_survey(scope, part))
    {
        return Some(w);
    }
    let pp = scope.place(part)?;
    // "from its 62,000 customers", "cast from an electorate of 84,000",
    // perhaps past an aside set off by two commas ("44,300 ballots were
    // cast, including 140 that were spoiled, from an electorate of 96,000").
    let from_pool = |next: usize| {
        let gap = scope.between(part, next);
        let commas = gap.matches(',').count();
        scope.place(next).is_some_and(|np| {
            np.sentence == pp.sentence
                && (np.prev_is(&["its", "their"]) && np.before_has(2, &["from", "among"])
                    || np.prev_is(&["of"])
                        && np.before_has(4, &["from"])
                        && np.before_has(3, &["electorate", "total", "pool", "population"]))
        }) && scope.comparable(part, next)
            && gap.split_whitespace().count() <= 8 + 6 * commas
            && !gap.contains(';')
            && (commas == 0 || commas == 2 && next == part + 2)
    };
    if let Some(next) = [part + 1, part + 2].into_iter().find(|&n| from_pool(n)) {
        return Some(next);
    }
    // "4,300 of them", "of whom 15": the latest earlier amount like the part and larger.
    if pp.after_is(0, "of")
        && (pp.after_is(1, "them") || pp.after_is(1, "which") || pp.after_is(1, "whom"))
    {
        // In the same paragraph; a start value ("from 2,050 in 2022") is not
        // what "them" counts.
        return (0..part).rev().take(6).find(|&w| {
            scope.comparable(part, w)
                && scope
                    .place(w)
                    .is_some_and(|p| p.paragraph == pp.paragraph && !p.prev_is(&["from"]))
                && scope
                    .q(w)
                    .zip(scope.q(part))
                    .is_some_and(|(wq, pq)| wq.point() > pq.point())
                && !super::part::set_in_parallel(scope, w, part)
        });
    }
    antecedent_of_the(scope, part).or_else(|| super::part::antecedent_of_those(scope, part))
}

/// "Under-16s made up more than half of the crowd, with 8,920 junior
/// tickets issued": a share of a whole its noun names (the story's
/// "crowd of 21,640"), then its part after ", with".
fn share_then_with_part(scope: &Scope, share: usize) -> Option<(usize, usize)> {
    let sp = scope.place(share)?;
    if !(sp.after_is(0, "of") && sp.after_is(1, "the")) {
        return None;
    }
    let noun = scope.q(share)?.noun.as_deref()?;
    let part = share + 1;
    let gap = scope.between(share, part);
    let with = gap.contains(", with ") && gap.split_whitespace().count() <= 6;
    if !(with && scope.q(part)?.kind == Kind::Count) {
        return None;
    }
    let whole = largest_counting(scope, part, noun)?;
    let larger = scope
        .q(whole)
        .zip(scope.q(part))
        .is_some_and(|(w, p)| w.point() > p.point());
    larger.then_some((part, whole))
}

/// "A third of the 900 staff, 250 people, ...", "60% of the 450 members, or
/// 240, ...": the share names its whole, and the part follows in apposition.
fn share_of_then_part(scope: &Scope, share: usize) -> Option<(usize, usize)> {
    let (whole, part) = (share + 1, share + 2);
    // "of the 58", "of its 58", "of the board's 58".
    let of = scope.between(share, whole).trim();
    let owned = of
        .strip_prefix("of the ")
        .is_some_and(|w| !w.contains(' ') && possessive(w));
    if !matches!(of, "of" | "of the" | "of its" | "of their") && !owned {
        return None;
    }
    let apposition = scope.between(whole, part);
    let words = apposition.split_whitespace().count();
    let beside = apposition.trim_end().ends_with([',', '(', '-', '—', '–'])
        || apposition.trim_end().ends_with(", or");
    let (wp, pp) = (scope.place(whole)?, scope.place(part)?);
    (beside
        && words <= 3
        && wp.sentence == pp.sentence
        && scope.comparable(part, whole)
        && scope.q(part)?.range.is_none())
    .then_some((part, whole))
}

/// "Active members numbered 38,600, about 17% of the borough's 227,000
/// residents": the part, its share set beside it, then the whole the share
/// names with "of".
fn part_then_share_of_whole(scope: &Scope, share: usize) -> Option<(usize, usize)> {
    let (part, whole) = (share.checked_sub(1)?, share + 1);
    let of = scope.between(share, whole).trim();
    let owner = |w: &str| !w.contains(' ') && possessive(w);
    let names_whole = matches!(of, "of" | "of the" | "of its" | "of their" | "of all")
        || of.strip_prefix("of the ").is_some_and(owner)
        || of.strip_prefix("of ").is_some_and(owner);
    if !names_whole {
        return None;
    }
    // ", about", ", or", ", some": the share is set beside the part, or
    // beside its noun ("The 48 timber lodges, a third of the 240 units").
    let beside = super::share_of_counted::set_off(scope.between(part, share), 3);
    let (pp, wp) = (scope.place(part)?, scope.place(whole)?);
    let (pq, wq) = (scope.q(part)?, scope.q(whole)?);
    let amounts = matches!(pq.kind, Kind::Count | Kind::Money | Kind::Measure)
        && pq.range.is_none()
        && wq.range.is_none()
        && !wq.vague;
    (beside
        && amounts
        && pp.sentence == wp.sentence
        && scope.comparable(part, whole)
        // "Members numbered 38,600, about 17% of the borough's 227,000
        // residents": a group of people named as a share of another.
        && (scope.same_things(part, whole) != Some(false)
            || pq
                .noun
                .as_deref()
                .zip(wq.noun.as_deref())
                .is_some_and(|(a, b)| super::share_of_counted::both_people(a, b)))
        && !super::change::is_stated_change(scope, part))
    .then_some((part, whole))
}

/// "the borough's", "the Metcalfes’": a word that owns what follows.
fn possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::{markdown_rules, rules};

    #[test]
    fn a_part_joined_after_a_part_and_its_share_shares_its_whole() {
        let text = "Rink\n\nLast winter the rink sold 38,000 sessions. Schools booked 8,360 of them, about 22%, and families paid for @, or roughly half. Clubs took the rest.\n";
        assert!(rules(&text.replace('@', "19,400")).is_empty());
        assert_eq!(rules(&text.replace('@', "26,600")), ["proportion-mismatch"]);
        // A figure of another kind after "and" is no part of the sessions.
        let other = text.replace("families paid for @", "tickets cost £@");
        assert!(rules(&other.replace('@', "26,600")).is_empty());
        // Nor is a share of the part's own, or one of a sum.
        let own = text.replace("roughly half", "60% of them online");
        assert!(rules(&own.replace('@', "26,600")).is_empty());
        let summed = text.replace("roughly half", "98% together");
        assert!(rules(&summed.replace('@', "26,600")).is_empty());
    }

    #[test]
    fn a_count_opening_the_next_sentence_with_its_share_is_another_part() {
        let text = "Swim\n\nOf the 186 finishers, 112 were women, three in five. Seventy-four swam in wetsuits, @.\n";
        assert!(rules(&text.replace('@', "two in five")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "one in five")),
            ["proportion-mismatch"]
        );
        // A bound between describes the part.
        let bound = "Guild\n\nThere are 186 repairers, and 112 of them are over 60, three in five. Just 14 are under 35, @.\n";
        assert!(rules(&bound.replace('@', "about one in 13")).is_empty());
        assert_eq!(
            rules(&bound.replace('@', "about one in six")),
            ["proportion-mismatch"]
        );
        // Other things, or a share of its own, are not of that whole.
        let other = text.replace("Seventy-four swam", "Seventy-four boats escorted them");
        assert!(rules(&other.replace('@', "one in five")).is_empty());
        let own = text.replace('@', "a fifth of them in wetsuits");
        assert!(rules(&own).is_empty());
        // A share that fits the part before is of that part.
        let sub = "Staff\n\nOf the 1,200 staff, 300 are nurses, a quarter. Ninety trained abroad, almost a third.\n";
        assert!(rules(sub).is_empty());
        // A whole of its own opens the next sentence.
        let whole = "Poll\n\nParents of older pupils were keenest: 980 of the 1,210 in that group, or 81%, backed a ban. Among the 1,130 parents of primary pupils, about two-thirds did.\n";
        assert!(rules(whole).is_empty());
    }

    #[test]
    fn a_bound_said_of_a_part_past_its_words_counts_nothing() {
        let text =
            "School\n\nIt has 12 students. Three of the students are over 40, @ of the class.\n";
        assert!(rules(&text.replace('@', "a quarter")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "a third")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn a_count_a_verb_makes_a_part_has_its_share_after_or() {
        let text = "Boats\n\nLast season the firm handled 1,410 hires.\n\nHolidaymakers from overseas @ 282 hires, or about 30%, with German crews the most common.\n";
        assert_eq!(
            rules(&text.replace('@', "accounted for")),
            ["proportion-mismatch"]
        );
        // "has 282 hires, or 30%" may be of a whole unsaid.
        assert!(rules(&text.replace('@', "booked")).is_empty());
    }

    #[test]
    fn a_count_from_a_count_of_other_things_with_a_rate_is_a_share() {
        let text = "Jockeys\n\nHer rival finished on 118 winners from 702 rides, a strike rate of SHARE, after a late burst.\n";
        assert!(rules(&text.replace("SHARE", "about 17%")).is_empty());
        assert_eq!(
            rules(&text.replace("SHARE", "just over one in four")),
            ["proportion-mismatch"]
        );
        let two = "Season\n\nThey finished with 27 wins and five defeats from 32 games, a winning rate of 84%.\n";
        assert!(rules(two).is_empty());
    }

    #[test]
    fn a_share_beside_the_part_s_noun_of_a_named_whole() {
        let text =
            "Resort\n\nThe 48 timber lodges, @ of the resort's 240 units, would stand on stilts.\n";
        assert!(rules(&text.replace('@', "a fifth")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "a third")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn a_share_set_beside_a_part_of_those_named_before() {
        let text = "# Noise\n\n- Homes inside the noise contour: 21,000\n- Homes that would qualify for grants: 5,200, roughly @ of those affected\n";
        let fired = |t: &str| crate::claim::testing::markdown_rules(t);
        assert!(fired(&text.replace('@', "25%")).is_empty());
        assert_eq!(fired(&text.replace('@', "40%")), ["proportion-mismatch"]);
    }

    #[test]
    fn a_share_past_the_part_s_own_share_is_not_its_share() {
        let text = "Outbreak\n\nThe ward treated 640 cases of typhoid, and 13 of those patients died, a death rate of @, well below the 6% seen nationally.\n";
        assert!(rules(&text.replace('@', "2%")).is_empty());
        assert_eq!(rules(&text.replace('@', "4%")), ["proportion-mismatch"]);
    }

    #[test]
    fn a_pair_whose_share_was_given_gives_none_to_the_next_sentence() {
        let text = "Ballot\n\nThe ballot covered all 560 members, and 508 of them returned a paper, a turnout of 91%. That means @ of those voting backed action.\n";
        assert!(rules(&text.replace('@', "81%")).is_empty());
        let unshared = "Ballot\n\nThe ballot covered all 560 members, and 508 of them returned a paper. That is a turnout of @.\n";
        assert_eq!(
            rules(&unshared.replace('@', "81%")),
            ["proportion-mismatch"]
        );
        assert!(rules(&unshared.replace('@', "91%")).is_empty());
    }

    #[test]
    fn a_rate_set_against_the_share_is_not_its_share() {
        let text = "Stroke\n\nOf the 870 stroke patients, 190 were given clot-busting drugs, about 22%, double the national rate of 11%.\n";
        assert!(rules(text).is_empty());
        let wrong = text.replace("about 22%", "about 31%");
        assert_eq!(rules(&wrong), ["proportion-mismatch"]);
    }

    #[test]
    fn a_turnout_past_an_aside_between_the_votes_and_the_electorate() {
        let text = "Mayor\n\nSome 44,300 ballots were cast, including 140 that were spoiled, from an electorate of 96,000, a turnout of N.\n";
        assert_eq!(rules(&text.replace('N', "58%")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('N', "46%")).is_empty());
    }

    #[test]
    fn a_share_beside_a_part_pointing_back_is_its_share_of_that_whole() {
        let those = "Shops\n\nResearchers logged 1,250 shop units last month.\n\nOf those, 300 were standing empty, giving a vacancy rate of N, the survey found.\n";
        assert_eq!(rules(&those.replace('N', "18%")), ["proportion-mismatch"]);
        assert!(rules(&those.replace('N', "24%")).is_empty());
        let total = "Waste\n\nHouseholds produced 41,500 tonnes of rubbish last year.\n\nOf that total, 18,700 tonnes was recycled, a rate of N, below the 55% target.\n";
        assert_eq!(rules(&total.replace('N', "54%")), ["proportion-mismatch"]);
        assert!(rules(&total.replace('N', "45%")).is_empty());
        let burglaries = "Burglary\n\nBurglaries fell to 2,340 in the year, from 2,610 the year before.\n\nBut just 281 of those burglaries led to a charge, a rate of N.\n";
        assert_eq!(
            rules(&burglaries.replace('N', "21%")),
            ["proportion-mismatch"]
        );
        assert!(rules(&burglaries.replace('N', "12%")).is_empty());
    }

    #[test]
    fn a_share_before_its_part_out_of_a_whole() {
        let text = "Deal backed\n\nThe union said S of members who voted had backed the deal, with 214 votes in favour out of 342 cast.\n";
        assert_eq!(rules(&text.replace('S', "78%")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('S', "63%")).is_empty());
    }

    #[test]
    fn a_share_far_after_its_pair_but_not_a_start_value() {
        let text = "Fire\n\nAt senior level, 12 of the service's 48 station and group managers are women, a share of S, the report says.\n";
        assert_eq!(rules(&text.replace('S', "33%")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('S', "25%")).is_empty());
        let start = "Housing\n\nIt helped 1,320 people, of whom 410, about 31%, moved on, up from 27% the year before.\n";
        assert!(rules(start).is_empty());
    }

    #[test]
    fn a_rate_of_a_pair_pointed_back_to_or_with_an_elided_part() {
        let back = "Hotels\n\nHotels sold 41,600 room-nights in summer, out of 73,000 available.\n\nThat gave an average occupancy rate of S, against 52% last summer.\n";
        assert_eq!(rules(&back.replace('S', "75%")), ["proportion-mismatch"]);
        assert!(rules(&back.replace('S', "57%")).is_empty());
        let elided = "Survey\n\nIt was sent to all 3,150 officers and staff, and 1,197 responded, a response rate of S.\n";
        assert_eq!(rules(&elided.replace('S', "52%")), ["proportion-mismatch"]);
        assert!(rules(&elided.replace('S', "38%")).is_empty());
        // Both counts name their things: not one elided into the other.
        let two = "Survey\n\nIt was sent to 3,150 officers, and 1,197 staff replied, a response rate of 52%.\n";
        assert!(rules(two).is_empty());
    }

    #[test]
    fn a_share_of_other_things_than_the_pair_counts() {
        // The share names what it measures: the milk, not the farms.
        let volume = "Dairy\n\nAmong the 1,480 suppliers, 212 are organic farms, which together supplied S of the volume.\n";
        assert!(rules(&volume.replace('S', "9%")).is_empty());
        // A body of members names the counted things' whole.
        let fleet = "Fleet\n\nThe trust said 16 of the 64 vessels were built before 1985, or S of the registered fleet.\n";
        assert_eq!(rules(&fleet.replace('S', "40%")), ["proportion-mismatch"]);
        assert!(rules(&fleet.replace('S', "25%")).is_empty());
    }

    #[test]
    fn a_part_joined_to_a_share_of_a_named_whole() {
        // A verb makes a count of another noun a part of the whole named.
        let verb = "Bay\n\nThe bay welcomed 1.05 million visitors last year, up from 940,000.\n\nThe 84,000 cruise passengers who came ashore made up S of the year's visitors.\n";
        assert_eq!(rules(&verb.replace('S', "18%")), ["proportion-mismatch"]);
        assert!(rules(&verb.replace('S', "8%")).is_empty());
        // A count said to be a part ("of those patients"), the share naming the whole.
        let apposed = "Referrals\n\nThe hospital received 3,900 urgent referrals in March, its busiest month.\n\nSome 1,150 of those patients waited longer than two weeks, S of the month's referrals.\n";
        assert_eq!(
            rules(&apposed.replace('S', "two in five")),
            ["proportion-mismatch"]
        );
        assert!(rules(&apposed.replace('S', "three in ten")).is_empty());
        // Without a verb of parts, a count of another noun is not the part.
        let other = "Care\n\nThe region has 90,000 patients.\n\nIts 12 new clinics will treat 30% of the region's patients.\n";
        assert!(rules(other).is_empty());
    }

    #[test]
    fn a_subject_that_points_back_to_the_sentence_before() {
        let text = "Jobs\n\nThe firm will cut 340 jobs after two wet summers.\n\nThe redundancies amount to S of the 2,150 people it employs.\n";
        assert_eq!(
            rules(&text.replace('S', "nearly a quarter")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('S', "about 16%")).is_empty());
        // "The company said the purchase represents": another subject.
        let said = "Stock\n\nIt will buy 600,000 shares. The remaining 200,000 shares will be kept.\n\nThe company said the purchase represents about six pct of the 10.6 mln outstanding shares.\n";
        assert!(rules(said).is_empty());
        // A subject the story counted elsewhere is not the figure just before.
        let members = "Port\n\nThe 1,150 members of the union voted to accept the deal.\n\nAbout 60 vessels were diverted during the strike.\n\nThe union's members make up about a third of the 3,400 people who work at the port.\n";
        assert!(rules(members).is_empty());
    }

    #[test]
    fn the_start_and_end_of_a_change_are_no_part_and_whole() {
        let text = "Reserves\n\nTotal assets rose to 6.30 billion rand from 6.22 billion rand, of which the gold content increased to 66.22 pct from 64.3 pct.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_share_needed_is_a_goal_not_the_pair_s_share() {
        let text = "Seats\n\nThe party won 19 of the council's 48 seats, six short of the 25 needed for a majority.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_share_of_a_whole_named_by_its_noun() {
        let text = "Wind\n\nThe county has five wind farms with 412 turbines between them.\n\nIts newest farm has 62 turbines, rated at 8 megawatts, and they make up S of the county's turbines.\n";
        assert_eq!(
            rules(&text.replace('S', "almost a third")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('S', "about 15%")).is_empty());
        // Other words name another whole: "outstanding" is not said of 64.2 mln.
        let other = "Offer\n\nThe trust holds 64.2 mln shares.\n\nThe bid lapses unless holders of 30.1 mln shares, or 52 pct of the outstanding shares, accept it.\n";
        assert!(rules(other).is_empty());
    }

    #[test]
    fn a_share_after_the_part_s_own_words_is_the_part_s() {
        let text = "Housing\n\nThe waiting list rose to 6,480 households.\n\nOf those on the list, 2,150 households need a home with three or more bedrooms, SHARE of the total.\n";
        assert_eq!(
            rules(&text.replace("SHARE", "two-thirds")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace("SHARE", "a third")).is_empty());
        // A count right beside the share is its part, not the one before.
        let beside = "Noise\n\nOf the 6,150 complaints, 2,128 (35%) concerned night flights, 2,005 (33%) departures and 2,017 (33%) other issues.\n";
        assert!(rules(beside).is_empty());
    }

    #[test]
    fn an_age_may_qualify_the_whole_before_a_part() {
        let text = "Flu\n\nAmong the 22,600 children aged two to 11 who are eligible, 9,040 have had the vaccine, SHARE.\n";
        assert_eq!(
            rules(&text.replace("SHARE", "three in five")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace("SHARE", "two in five")).is_empty());
    }

    #[test]
    fn a_share_beside_a_count_is_of_the_story_s_figure_for_its_noun() {
        let text = "Food waste\n\nCollections reached all 52,000 households in 2022.\n\n- Households putting a caddy out: 18,400, SHARE.\n- Food collected: 6,100 tonnes.\n";
        assert_eq!(
            rules(&text.replace("SHARE", "just over one in two")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace("SHARE", "about a third")).is_empty());
        let of_them = "Jobs\n\nThe firm has 5,200 staff.\n\nIt will cut 1,400 staff, a third of them in London.\n";
        assert!(rules(of_them).is_empty());
    }

    #[test]
    fn a_share_of_all_the_things_a_figure_counts_and_a_further_part() {
        let all = "AE\n\nThe hospital recorded 9,840 attendances during the month.\n\nA further 1,230 patients spent more than 12 hours in the department, around S of all attendances.\n";
        assert_eq!(
            rules(&all.replace('S', "one in twenty")),
            ["proportion-mismatch"]
        );
        assert!(rules(&all.replace('S', "one in eight")).is_empty());
        let further = "Weights\n\nOf the 3,480 ten- and eleven-year-olds measured, 835 were obese. A further 486 were overweight, roughly S.\n";
        assert_eq!(
            rules(&further.replace('S', "one in five")),
            ["proportion-mismatch"]
        );
        assert!(rules(&further.replace('S', "one in seven")).is_empty());
        let solved = "Crime\n\nReported burglaries fell by a quarter last year, to 1,050 from 1,400.\n\nOfficers solved 189 of those burglaries, a detection rate of S.\n";
        assert_eq!(rules(&solved.replace('S', "12%")), ["proportion-mismatch"]);
        assert!(rules(&solved.replace('S', "18%")).is_empty());
    }

    #[test]
    fn a_share_of_the_largest_figure_for_its_noun() {
        let list = "Offers\n\n- Offers made: 14,820\n- Offers to state-school applicants: 10,570\n- Offers to the poorest applicants: 1,930, roughly S\n";
        assert_eq!(
            rules(&list.replace('S', "one offer in every five")),
            ["proportion-mismatch"]
        );
        assert!(rules(&list.replace('S', "one offer in every eight")).is_empty());
        // "so the cuts amount to": the share is of another subject.
        let cuts = "Jobs\n\nThe university will cut 240 jobs. It employs about 3,600 people, including 1,450 academics, so the cuts amount to around 7% of the workforce.\n";
        assert!(rules(cuts).is_empty());
    }

    #[test]
    fn a_share_of_the_things_a_change_s_subject_names() {
        let text = "Crime\n\nRecorded burglaries in Dunmere fell from 2,480 to 1,984 in the year to March.\n\nThe force charged suspects in 347 of the burglaries, a detection rate of about S.\n";
        assert_eq!(
            rules(&text.replace('S', "one in four")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('S', "one in six")).is_empty());
    }

    #[test]
    fn a_share_of_a_named_whole_then_its_part_after_with() {
        let text = "Final\n\nA crowd of 21,640 watched the final on Sunday.\n\nUnder-16s made up S of the crowd, with 8,920 junior tickets issued.\n";
        assert_eq!(
            rules(&text.replace('S', "more than half")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('S', "about 40%")).is_empty());
    }

    #[test]
    fn a_part_said_to_be_a_share_of_those_takes_the_one_whole_of_its_things() {
        let text = "Clinics\n\nInspectors visited 240 dental clinics in the region this spring.\n\nThey found faults in 60. The 60 clinics given warnings represent @ of those inspected.\n";
        assert_eq!(
            rules(&text.replace('@', "about one in eight")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "a quarter")).is_empty());
    }

    #[test]
    fn two_wholes_that_say_which_of_those_leave_the_share_unread() {
        let text = "Race\n\n- 9,800 runners started\n- 1,100 starters were over 60\n\nThe 150 runners treated by medics made up @ of those who started.\n";
        assert!(rules(&text.replace('@', "about 1.5%")).is_empty());
        assert!(rules(&text.replace('@', "about 14%")).is_empty());
    }

    #[test]
    fn a_part_then_its_share_of_a_whole_named_after() {
        let members = "Library\n\nActive members numbered 38,600, about S of the borough's 227,000 residents.\n";
        assert_eq!(rules(&members.replace('S', "27%")), ["proportion-mismatch"]);
        assert!(rules(&members.replace('S', "17%")).is_empty());
        // A change and its rate are not a part and its share.
        let fell = "Spending\n\nSpending fell by £2.8bn, or 27% of the £10bn planned.\n";
        assert!(rules(fell).is_empty());
    }

    #[test]
    fn a_share_said_of_something_else_before_a_new_clause() {
        let inflation =
            "Savings\n\nInflation is running at 2.8%, so only two of the four accounts beat it.\n";
        assert!(rules(inflation).is_empty());
        let set_off = "Savings\n\nJust 2.8%, only two of the four accounts, beat it.\n";
        assert_eq!(rules(set_off), ["proportion-mismatch"]);
    }

    #[test]
    fn a_share_after_a_count_and_its_noun_is_of_the_story_s_figure() {
        let searches = "Searches\n\nPolice carried out 5,200 searches in the year.\n\nYoung men were the subject of 780 searches, roughly S of the total.\n";
        assert_eq!(
            rules(&searches.replace('S', "a quarter")),
            ["proportion-mismatch"]
        );
        assert!(rules(&searches.replace('S', "one in seven")).is_empty());
        let compound = searches.replace("5,200 searches", "5,200 stop-and-searches");
        assert_eq!(
            rules(&compound.replace('S', "a quarter")),
            ["proportion-mismatch"]
        );
        let increase = "Terns\n\nVolunteers counted 1,240 pairs this spring, up from 910 in 2019.\n\nThe increase of 330 pairs, about 36%, was in the north.\n";
        assert!(rules(increase).is_empty());
    }

    #[test]
    fn a_share_after_though_is_said_of_its_own_clause() {
        let text =
            "Jabs\n\nOnly four of the board's 31 surgeries reached it, @ 19 were above 90%.\n";
        let fired = |t: &str| crate::claim::testing::rules(t);
        assert!(fired(&text.replace('@', "though")).is_empty());
        // Set beside the pair, the share is the pair's.
        let beside = "Jabs\n\nOnly four of the board's 31 surgeries reached it, above 90%.\n";
        assert_eq!(fired(beside), ["proportion-mismatch"]);
    }

    #[test]
    fn a_share_of_a_body_is_of_the_count_of_its_members() {
        let text = "Bikes\n\nThe operator will withdraw its 800 shared bikes from the city.\n\nSince April, 212 bikes have been stolen and 96 written off, 308 in all, or about @ of the fleet.\n";
        let fired = |t: &str| crate::claim::testing::rules(t);
        assert!(fired(&text.replace('@', "two in five")).is_empty());
        assert_eq!(
            fired(&text.replace('@', "one in five")),
            ["proportion-mismatch"]
        );
        // Two counts joined are the share's part together.
        let joined = "Posts\n\nThe county has 86 teaching vacancies.\n\nMaths and physics have 19 and 11 vacancies respectively, together about a third of the total.\n";
        assert!(fired(joined).is_empty());
        // A figure itself a share of the body is no count of the body.
        let series = "Jobs\n\nUnemployment in February was 2.98 mln people, or 21.5 pct of the workforce.\n\nA year earlier it was 2.8 mln people and 21 pct of the workforce.\n";
        assert!(fired(series).is_empty());
    }

    #[test]
    fn a_share_after_a_second_part_s_clause_is_of_that_part() {
        let text = "Plots\n\nOf the 760 plot holders who replied, 412 were aged over 60 and only 57 were under 35, @.\n";
        let fired = |t: &str| crate::claim::testing::rules(t);
        assert!(fired(&text.replace('@', "about one in 13")).is_empty());
        assert_eq!(
            fired(&text.replace('@', "fewer than one in twenty")),
            ["proportion-mismatch"]
        );
        // Said of both together, the share is of their sum.
        assert!(fired(&text.replace('@', "together about 62%")).is_empty());
    }

    #[test]
    fn a_labelled_figure_with_its_share_is_of_the_survey_s_whole() {
        let text = "# Survey\n\nA survey of 5,200 homes in the valley was published on Monday.\n\nFindings:\n\n- 2,600, or exactly half, have fibre\n- Homes on satellite: 470, roughly one in eleven\n- Homes with no connection: 310, or @\n";
        assert!(markdown_rules(&text.replace('@', "about 6%")).is_empty());
        assert_eq!(
            markdown_rules(&text.replace('@', "about 15%")),
            ["proportion-mismatch"]
        );
        // A stake "or" its share is of shares outstanding, a whole unsaid.
        let stake = "Stake\n\nThe fund said it holds 2,450,000 shares of the company.\n\nIts partner has 74,225 shares, or 7.6 pct.\n";
        assert!(rules(stake).is_empty());
    }

    #[test]
    fn the_second_of_a_tally_is_no_part_of_an_earlier_whole() {
        let text = "Vote\n\nMembers backed the merger by 412 votes to 139.\n\nThe other club approved it last month by 298 votes to 57, or 84 per cent in favour.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn of_those_alone_stands_for_the_count_before() {
        let text = "Shops\n\nNationally, 612 pharmacies closed in two years, and 392 of those, @, were independent.\n";
        assert!(rules(&text.replace('@', "nearly two in three")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "around two in five")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn a_share_of_a_time_s_things_is_of_the_figure_for_that_time() {
        let text = "Cinema\n\nThe chain will open 12 new sites, after admissions rose 18% last year to 14.2 million. Members accounted for 3.1 million of last year's admissions, @.\n";
        assert!(rules(&text.replace('@', "about one in five")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "about one in three")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn respondents_are_the_survey_s_sample() {
        let answered = "Survey\n\nOf the 121 brewers who answered the survey, 30 said they made a loss. Asked about next year, 84 of the respondents, or @, expect to raise prices.\n";
        assert!(rules(&answered.replace('@', "about two-thirds")).is_empty());
        assert_eq!(
            rules(&answered.replace('@', "roughly half")),
            ["proportion-mismatch"]
        );
        let sampled = "Survey\n\nThe charity surveyed parents, in a survey of 2,150 parents last month. A further 430 said they had cut back on food or heating to pay for uniform, @ of those who responded.\n";
        assert!(rules(&sampled.replace('@', "one in five")).is_empty());
        assert_eq!(
            rules(&sampled.replace('@', "almost one in three")),
            ["proportion-mismatch"]
        );
        let all = "Survey\n\nIn a survey of 3,600 families by the trust, 2,340 said costs caused them difficulty, nearly two-thirds of those who replied. Some 900 families said they bought second-hand items, @ of all respondents.\n";
        assert!(rules(&all.replace('@', "a quarter")).is_empty());
        assert_eq!(
            rules(&all.replace('@', "nearly half")),
            ["proportion-mismatch"]
        );
        // "Those who brought items back" are the people, not the items.
        let who = "Amnesty\n\nThe amnesty brought back 4,100 overdue items.\n\nAbout 1,350 borrowers came forward.\n\nSince then 460 lapsed members have renewed, @ of those who brought items back.\n";
        assert!(rules(&who.replace('@', "about half")).is_empty());
        let came = who.replace("brought items back", "came forward");
        assert!(rules(&came.replace('@', "about a third")).is_empty());
        assert_eq!(
            rules(&came.replace('@', "about half")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn a_part_before_a_larger_count_is_not_the_part_of_a_share_after_it() {
        let text = "Buses\n\nThe depot has parking bays for 140 buses.\n\nThe company runs 69 electric buses, 56 of which are double-deckers, out of a total fleet of 230, so electric vehicles now make up about @ of its buses.\n";
        assert!(rules(&text.replace('@', "30%")).is_empty());
    }

    #[test]
    fn a_share_of_those_asked_is_of_the_survey_s_sample() {
        let text = "Bikes\n\nA survey of 2,300 users found that 690 would otherwise have made the journey by car, @ of those asked.\n";
        assert_eq!(
            rules(&text.replace('@', "nearly half")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "about 30%")).is_empty());
    }

    #[test]
    fn a_share_of_a_body_named_by_its_words_is_of_that_body_s_figure() {
        let text = "Hockey\n\nThe Wolves' average home crowd this season has been 2,960, up from 2,410 last season.\n\nSeason-ticket holders numbered 1,720, @ of the average crowd, the club said.\n";
        assert_eq!(
            rules(&text.replace('@', "about three in four")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "about three in five")).is_empty());
    }

    #[test]
    fn a_share_of_what_was_done_is_of_the_figure_it_was_done_to() {
        let text = "Recycling\n\nThe plant processed 48,300 tonnes of household waste, and sent 34,300 tonnes of it on to be recycled.\n\nPaper and cardboard, at 12,100 tonnes, made up @ of what was recycled, followed by glass at 8,600 tonnes.\n";
        assert_eq!(
            rules(&text.replace('@', "more than half")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "more than a third")).is_empty());
    }

    #[test]
    fn a_share_of_those_asked_set_after_another_clause_is_not_of_the_part() {
        let text = "Survey\n\nA survey of 1,000 adults found 240 had never used it; two-thirds of those questioned said it was too dear.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn a_share_after_two_parts_joined_by_and_is_the_nearer_one_s() {
        let text = "Scooters\n\nHospitals treated 1,026 people injured in scooter crashes.\n\nOf those treated, 842 were riders and 184 were pedestrians hit by scooters, about S of the total.\n";
        assert!(rules(&text.replace('S', "18%")).is_empty());
        assert_eq!(rules(&text.replace('S', "28%")), ["proportion-mismatch"]);
    }

    #[test]
    fn a_share_set_off_after_nouns_joined_by_and_is_the_part_s() {
        let text = "Walls\n\nThe work has been done by 14 wallers, 9 of them trainees on a scheme run by the estate and the national park, @ of the team.\n";
        assert!(rules(&text.replace('@', "almost two-thirds")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "fewer than half")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn a_share_of_everyone_is_of_the_whole_counted() {
        let text = "Canal\n\nThe trust says 1,260 volunteers have taken part. Of those, 315 have put in more than 100 hours each, @ of everyone who has helped.\n";
        assert!(rules(&text.replace('@', "one in four")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "roughly one in three")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn a_bound_said_of_a_part_does_not_take_its_share() {
        let text =
            "Park\n\nThe council surveyed 420 park users. It found that 147 were under 16, @.\n";
        assert!(rules(&text.replace('@', "about one in three")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "about one in five")),
            ["proportion-mismatch"]
        );
    }
    #[test]
    fn a_share_of_a_total_named_by_its_time() {
        let text = "Tea\n\nThe firm sold 2,480 tonnes of tea last year, up from 2,150 tonnes, a rise of about 15%.\n\nKenya supplied 870 tonnes of last year's total, about S.\n";
        assert_eq!(
            rules(&text.replace('S', "a quarter")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('S', "a third")).is_empty());
        // Two figures of that time: which is the total is not known.
        let two = text.replace(
            "a rise of about 15%",
            "and 1,900 tonnes of coffee last year",
        );
        assert!(rules(&two.replace('S', "a quarter")).is_empty());
    }

    #[test]
    fn the_other_part_shares_the_whole_of_the_part_before_it() {
        let text = "Huts\n\nThere are 412 huts along the beaches. The council owns 280 of them, about two-thirds; private owners hold the other 132, roughly S.\n";
        assert_eq!(
            rules(&text.replace('S', "one in five")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('S', "one in three")).is_empty());
    }

    #[test]
    fn a_figure_of_each_is_no_whole_of_the_year_s_count() {
        let text = "Taxis\n\nWater taxis carried 286,000 passengers this year.\n\nThe operator runs 14 boats, each licensed for up to 12 passengers.\n\nTourists accounted for 171,600 of this year's passengers, about S.\n";
        assert_eq!(
            rules(&text.replace('S', "three in four")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('S', "three in five")).is_empty());
    }
}
