//! A part and its share in one sentence, the whole in an earlier one:
//! "Farmers harvested 312,000 tonnes of wheat this year. ... Only 41,000
//! tonnes met the specification, roughly one tonne in every four
//! harvested"; "The airport handled 4.21 million passengers last year.
//! ... Flights to Spain carried 1.4 million passengers, around half of all
//! the airport's traffic".
//!
//! The share's own words after it ("harvested", "the airport's traffic")
//! say which earlier figure is the whole: the first like figure of an
//! earlier sentence that says one of them too, larger than the part.

use super::context::is_any;
use super::{Claim, Scope};
use crate::quantity::Kind;

/// How many paragraphs back the whole may stand.
const PARAGRAPHS_BACK: usize = 3;

/// How many words after the share may name its whole.
const NAMING_WORDS: usize = 6;

/// Words that set a share beside its part after a comma.
pub(super) const APPOSITION: &[&str] = &[
    "or",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "just",
    "equivalent",
    "to",
    "approximately",
    "close",
    "over",
    "under",
    "more",
    "less",
    "than",
    "an",
    "a",
    "estimated",
];

/// Words too common to tie a share to a sentence.
const COMMON: &[&str] = &[
    "the", "all", "its", "their", "those", "these", "them", "total", "every", "each", "that",
    "this", "year", "years", "time", "times", "with", "from", "into", "were", "was", "are", "have",
    "been", "than", "more", "less", "about", "some", "other", "others", "which", "what",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let placed = placed_shares(claims);
    for share in 0..scope.quantities.len() {
        // The part beside is the cheaper test, and few shares have one.
        let Some(part) = part_beside(scope, share)
            .filter(|_| placed.binary_search(&share).is_err() && is_free(scope, share))
        else {
            continue;
        };
        // The part's own noun names no whole: "30.1m shares, or 52%
        // of the outstanding shares" says "outstanding" of its whole.
        let own: Vec<String> = scope
            .place(part)
            .into_iter()
            .flat_map(|p| p.after().take(1))
            .chain(scope.q(part).and_then(|q| q.noun.as_deref()))
            .map(stem)
            .collect();
        let names: Vec<String> = naming_words(scope, share)
            .into_iter()
            .filter(|n| !own.contains(n))
            .collect();
        // "about two in five of the trust's 6,300 employees": the share
        // names its whole right there, and it is no earlier figure.
        let whole_stated = scope.q(share + 1).is_some_and(|n| {
            let gap = scope.between(share, share + 1);
            n.kind.is_amount()
                && gap.trim_start().starts_with("of ")
                && !gap.contains([',', ';'])
                && gap.split_whitespace().count() <= NAMING_WORDS
        });
        if whole_stated {
            continue;
        }
        // "1,104 birds had returned, a return rate of 45%": a rate is of
        // all of the part's things the story counted.
        if rate_of(scope.between(part, share))
            && !names_a_subgroup(scope, part)
            && let Some(whole) =
                total_of_the_same(scope, part).filter(|&w| !dated_apart(scope, part, w))
        {
            claims.push(Claim::Proportion { part, whole, share });
            continue;
        }
        if names.is_empty() {
            claims.extend(
                head_of_its_list(scope, part).map(|whole| Claim::Proportion { part, whole, share }),
            );
            continue;
        }
        // A whole dated otherwise ("In March 1986, ...") is another count.
        if let Some(whole) =
            named_whole(scope, part, &names).filter(|&w| !super::part::other_time(scope, part, w))
        {
            claims.push(Claim::Proportion { part, whole, share });
        }
    }
}

/// The shares already read as a part's or a side's, sorted: each share is
/// given one whole.
pub(super) fn placed_shares(claims: &[Claim]) -> Vec<usize> {
    let mut placed: Vec<usize> = claims
        .iter()
        .filter_map(|c| match c {
            Claim::Proportion { share, .. } | Claim::ShareOfTwo { share, .. } => Some(*share),
            _ => None,
        })
        .collect();
    placed.sort_unstable();
    placed
}

/// A share that may be a part's: not a change, a range, a comparison or a
/// goal (the tests [`super::proportion`] makes of any share).
fn is_free(scope: &Scope, share: usize) -> bool {
    super::proportion::free_share(scope, share) && !super::proportion::set_against(scope, share)
}

/// The part a share is set beside: the amount right before it in its
/// sentence, a comma between ("41,000 tonnes met ..., roughly one in
/// four"), with no like amount before it in the sentence, or in its item
/// of a list (that would be a whole of its own, read by the finders of
/// one sentence).
fn part_beside(scope: &Scope, share: usize) -> Option<usize> {
    let part = share.checked_sub(1)?;
    let (pq, pp, sp) = (scope.q(part)?, scope.place(part)?, scope.place(share)?);
    // Cheapest tests first: most figures follow no amount.
    let amount = matches!(pq.kind, Kind::Count | Kind::Money | Kind::Measure)
        && pq.range.is_none()
        && !pq.vague;
    if !amount || pp.sentence != sp.sentence {
        return None;
    }
    let gap = scope.between(part, share);
    // After the comma only words that set a figure beside another
    // ("roughly", "or about", "equivalent to"): not "the rate was lower at",
    // nor the next item of a list ("£5.9m, music 27%").
    let apposition = gap.rsplit_once(',').is_some_and(|(_, after)| {
        after.split_whitespace().all(|w| is_any(w, APPOSITION)) || rate_of(after)
    });
    let beside = apposition
        && !gap.contains([';', ':', '('])
        && gap.split_whitespace().take(11).count() <= 10;
    if !beside {
        return None;
    }
    // A list's items may run on as one sentence: the item is the part's.
    let item_start = if super::list::on_item_line(scope, part) {
        super::table::line_of(scope.source, pq.span.start).0
    } else {
        0
    };
    let alone = !scope.same_sentence(part).any(|o| {
        o < part
            && scope.comparable(o, part)
            && scope.q(o).is_some_and(|oq| oq.span.start >= item_start)
    });
    // "Of the 2,100 patients ..., just 41%": the figure is a whole; so is
    // one the share says "of them" of ("restored 310, more than half of
    // them made in the 1920s").
    let whole_itself = pp.prev_is(&["of", "among"])
        || pp.prev_is(&["the"]) && pp.before_is(1, "of")
        || super::change::part_of_those(sp);
    // "Spending fell £2.8bn, or 1.4%": a change and its rate; "earning
    // £26,000 a year" a rate, no amount of a whole.
    let changed =
        super::change::is_stated_change(scope, part) || super::breakdown::is_rate(scope, part);
    (!changed && alone && !whole_itself && !pp.prev_is(&["from", "than", "to"])).then_some(part)
}

/// ", a return rate of", ", a success rate of": a rate set beside a count.
fn rate_of(gap: &str) -> bool {
    let words: Vec<&str> = gap
        .rsplit_once(',')
        .map_or(gap, |(_, after)| after)
        .split_whitespace()
        .collect();
    matches!(words.as_slice(), [a, noun, "rate", "of"]
        if is_any(a, &["a", "an"]) && noun.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether the sentences of two figures name other dates (years, "last
/// year"): a total of another year ("released 1,600 birds last year").
fn dated_apart(scope: &Scope, a: usize, b: usize) -> bool {
    super::part::sentence_dates(scope, a) != super::part::sentence_dates(scope, b)
}

/// "At Hilltop, 180 pupils passed maths": a name before the part in its
/// sentence (past its first word; days and months date it) makes it a
/// subgroup's, whose rate is of the subgroup.
fn names_a_subgroup(scope: &Scope, part: usize) -> bool {
    scope
        .sentence_lead(part)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip(1)
        .any(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && !super::part::is_time_word(w))
}

/// The nearest earlier figure stated as a total ("A total of 1,840
/// birds", "all 1,840 birds") of the part's own things, larger than it.
fn total_of_the_same(scope: &Scope, part: usize) -> Option<usize> {
    let pq = scope.q(part)?;
    scope.earlier(part, PARAGRAPHS_BACK).find(|&w| {
        scope.comparable(w, part)
            && scope.same_things(w, part) == Some(true)
            && scope
                .q(w)
                .is_some_and(|q| q.range.is_none() && q.point() > pq.point())
            && super::part::stated_as_total(scope, w)
    })
}

/// "- Climbers: 72" over "- Women: 18, about one in three": a part on a
/// list's item whose share names nothing is of the figure that opens the
/// list's first item, when that counts the same things (or people both).
fn head_of_its_list(scope: &Scope, part: usize) -> Option<usize> {
    let first = super::list::first_item_start(scope, part)?;
    let (_, line_end) = super::table::line_of(scope.source, first);
    let head = scope.starting_in(first, line_end).next()?;
    let (hq, pq) = (scope.q(head)?, scope.q(part)?);
    let persons = || {
        [hq, pq]
            .iter()
            .all(|q| q.noun.as_deref().is_some_and(super::synonyms::is_person))
    };
    // The share closes its item: "about 40% women" is of another whole.
    let closes = scope
        .q(part + 1)
        .and_then(|s| scope.source.get(s.span.end..))
        .is_some_and(|rest| {
            rest.trim_start_matches(['.', ',', ';', '*', ' '])
                .starts_with('\n')
        });
    (head < part
        && closes
        && scope.comparable(head, part)
        && hq.range.is_none()
        && hq.point() > pq.point()
        && (scope.same_things(head, part) != Some(false) || persons()))
    .then_some(head)
}

/// The words just after a share that can name its whole: "harvested",
/// "airport", "traffic", "lent" in "of all items lent".
fn naming_words(scope: &Scope, share: usize) -> Vec<String> {
    let Some(sp) = scope.place(share) else {
        return Vec::new();
    };
    // "of all the airport's traffic", "harvested": a whole named with "of"
    // or by what was done to it; not "a 7.2% stake", "21% on the next
    // £30,000".
    let names_a_whole = sp
        .after()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("of") || w.ends_with("ed"));
    if !names_a_whole {
        return Vec::new();
    }
    sp.after()
        .take(NAMING_WORDS)
        // Lengths are of the words as written: "bats" is one, "bat" its stem.
        .filter(|w| w.len() >= 4 && !is_any(w, COMMON))
        .map(stem)
        .collect()
}

/// Six letters of a word's stem: "harvested" and "harvest".
fn stem(word: &str) -> String {
    super::context::word_stem(word, 6)
}

/// The whole: the first like amount, larger than the part, of the nearest
/// earlier sentence that says one of the share's naming words and gives
/// one ("Of those, 590 were greater horseshoe bats" gives a part).
fn named_whole(scope: &Scope, part: usize, names: &[String]) -> Option<usize> {
    let pp = scope.place(part)?;
    let pq = scope.q(part)?;
    let mut tried = None;
    for w in scope.earlier(part, PARAGRAPHS_BACK) {
        let wp = scope.place(w)?;
        if wp.sentence == pp.sentence || tried == Some(wp.sentence) {
            continue;
        }
        let like = scope.comparable(w, part)
            && scope.same_things(w, part) != Some(false)
            && scope
                .q(w)
                .is_some_and(|q| q.range.is_none() && !q.vague && q.point() > pq.point());
        // Said beside the figure ("harvested 312,000 tonnes", "the
        // airport handled 4.21 million"), not anywhere in a long sentence.
        let says_a_name = || {
            wp.before()
                .rev()
                .take(4)
                .chain(wp.after().take(4))
                .any(|x| names.contains(&stem(x)))
        };
        if let Some(t) = tried {
            // Past a sentence of parts, only the one right before it, which
            // gives their whole ("... ringed 2,360 bats. Of those, 590 ...").
            return (wp.sentence + 1 == t)
                .then(|| whole_of_sentence(scope, part, wp.sentence))
                .flatten();
        }
        // "29,870 of the district's 77,800 voters cast a ballot" is the
        // whole of "47% of all ballots cast": a part its clause names so.
        let part_named = || {
            is_a_part(scope, w)
                && super::part::following_words(scope, w, 10)
                    .iter()
                    .filter(|x| names.contains(&stem(x)))
                    .count()
                    >= 2
        };
        if like && part_named() {
            return Some(w);
        }
        if like && says_a_name() {
            if let Some(whole) = whole_of_sentence(scope, part, wp.sentence) {
                return Some(whole);
            }
            let parts_only = scope
                .same_sentence(w)
                .filter(|&o| scope.comparable(o, part))
                .all(|o| is_a_part(scope, o) || after_a_part_of_an_unstated_whole(scope, o));
            if !parts_only {
                return None;
            }
            tried = Some(wp.sentence);
        }
    }
    None
}

/// Of a sentence's like amounts larger than the part, the first that is
/// no part itself: later ones are set against it ("beating the record of
/// 3.96 million"); a smaller one counts something else ("nine libraries
/// lent 612,000 books").
fn whole_of_sentence(scope: &Scope, part: usize, s: usize) -> Option<usize> {
    let pq = scope.q(part)?;
    scope
        .earlier(part, PARAGRAPHS_BACK)
        .filter(|&w| scope.place(w).is_some_and(|p| p.sentence == s))
        .filter(|&w| {
            scope.comparable(w, part)
                && scope.same_things(w, part) != Some(false)
                && scope.q(w).is_some_and(|q| q.point() > pq.point())
                && scope
                    .place(w)
                    .is_some_and(|p| !p.prev_is(&["from", "than", "of"]))
                && !is_a_part(scope, w)
                && !after_a_part_of_an_unstated_whole(scope, w)
        })
        .last()
}

/// "Tankers accounted for 1,130 of the movements and container ships for
/// 1,740": past a part "of the" something, a like figure more than a few
/// words on (not the whole of "1,200 of the 4,000 staff") is a part too.
fn after_a_part_of_an_unstated_whole(scope: &Scope, w: usize) -> bool {
    scope.same_sentence(w).any(|o| {
        o < w
            && scope.comparable(o, w)
            && of_a_named_whole(scope, o)
            && scope.between(o, w).split_whitespace().count() > 3
    })
}

/// "1,130 of the movements": a figure followed by "of" and a determiner.
fn of_a_named_whole(scope: &Scope, w: usize) -> bool {
    scope.place(w).is_some_and(|p| {
        p.after_is(0, "of")
            && p.after().nth(1).is_some_and(|d| {
                is_any(d, &["the", "its", "their", "all", "those", "them", "these"])
            })
    })
}

/// Whether a figure is stated as a part of something else, and so no
/// whole: "Of the salmon counted, 318 were grilse", "Roughly half of those
/// users, 13.8 million, ...", "1,200 of the staff".
fn is_a_part(scope: &Scope, w: usize) -> bool {
    let opens_with_of = scope.place(w).is_some_and(|p| {
        let span = scope.layout.sentence_span(p.sentence, scope.text.len());
        scope
            .text
            .get(span.start..)
            .is_some_and(|t| t.trim_start().starts_with("Of "))
    });
    let after_a_share = scope
        .same_sentence(w)
        .any(|o| o < w && scope.q(o).is_some_and(|q| q.kind.is_share()));
    let of_after = of_a_named_whole(scope, w);
    // "64.2m shares or 81% of ...", "£2.9bn for 96 projects ..., 17% of
    // the fund's total lending": a share of
    // something else set beside it makes it a part.
    let share_beside = scope
        .same_sentence(w)
        .find(|&s| s > w && scope.q(s).is_some_and(|q| q.kind.is_share()))
        .is_some_and(|s| {
            scope.place(s).is_some_and(|p| p.after_is(0, "of"))
                && scope.between(w, s).split_whitespace().count() <= 12
        });
    opens_with_of || after_a_share || of_after || share_beside
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_share_on_a_list_item_is_of_the_figure_opening_the_list() {
        let text = "# Race\n\n- **Birds released:** 1,840, from 212 lofts\n- **Back by the close:** 1,512, @\n";
        let fired = |t: &str| crate::claim::testing::markdown_rules(t);
        assert_eq!(
            fired(&text.replace('@', "more than nine in ten")),
            ["proportion-mismatch"]
        );
        assert!(fired(&text.replace('@', "about eight in ten")).is_empty());
        // A head counting other things is no whole.
        let other = text
            .replace("Birds released:** 1,840", "Lofts:** 1,840 lofts")
            .replace("1,512,", "1,512 birds,");
        assert!(fired(&other.replace('@', "more than nine in ten")).is_empty());
    }

    #[test]
    fn a_figure_a_share_is_said_of_them_of_is_its_whole() {
        let text = "Pens\n\nHe has restored 2,400 fountain pens in 12 years. Last year he restored 310, more than half @, made in the 1920s.\n";
        assert!(rules(&text.replace('@', "of them")).is_empty());
        assert_eq!(
            rules(&text.replace('@', "of all the pens restored")),
            ["proportion-mismatch"]
        );
    }

    #[test]
    fn a_rate_beside_a_count_is_of_the_total_of_its_things() {
        let text = "Pigeons\n\nA total of 1,840 birds from 212 lofts were released on Saturday.\n\nBy the close of the race on Monday, 1,104 birds had returned, a return rate of @.\n";
        assert!(rules(&text.replace('@', "60%")).is_empty());
        assert_eq!(rules(&text.replace('@', "45%")), ["proportion-mismatch"]);
        // Of a figure not stated as a total, the rate's base is unknown.
        let unstated = text.replace("A total of 1,840 birds", "The 1,840 birds");
        assert!(rules(&unstated.replace('@', "45%")).is_empty());
        // A total of another year is no base.
        let earlier = text.replace("on Saturday", "last year");
        assert!(rules(&earlier.replace('@', "45%")).is_empty());
        // A named subgroup's rate is of the subgroup.
        let lofts = text.replace("By the close of the race on Monday,", "At Harcastle,");
        assert!(rules(&lofts.replace('@', "45%")).is_empty());
    }

    #[test]
    fn the_whole_is_named_by_what_was_done_to_it() {
        let text = "Libraries\n\nThe nine libraries lent 612,000 books last year.\n\nE-book loans reached 153,000, @ of all items lent, compared with 98,000 the year before.\n";
        assert_eq!(
            rules(&text.replace('@', "roughly two in five")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('@', "one in four")).is_empty());
        // A pay threshold is no part, and a whole stated after the share
        // is no earlier figure.
        let pay = "Parking\n\nThe charges will raise about £3.5m a year.\n\nStaff earning £26,000 a year, about two in five of the trust's 6,300 employees, will pay half.\n";
        assert!(rules(pay).is_empty());
        let stated = "Libraries\n\nThe nine libraries lent 612,000 books last year.\n\nE-book loans reached 153,000, roughly two in five of the 380,000 items lent to adults.\n";
        assert!(rules(stated).is_empty());
    }

    #[test]
    fn a_part_its_clause_names_so_is_the_whole_of_a_share() {
        let text = "Council\n\nIn all, 29,870 of the district's 77,800 registered voters cast a ballot.\n\nAlliance candidates polled 11,250 votes across the district, @ of all ballots cast, with the Civic party on 9,180.\n";
        assert_eq!(rules(&text.replace('@', "47%")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('@', "38%")).is_empty());
    }

    #[test]
    fn a_whole_past_a_sentence_of_its_parts_and_a_noun_for_any_one() {
        let text = "Bats\n\nThe team caught and ringed 2,360 bats between 2021 and 2024. Of those, 590 were greater horseshoe bats, roughly a quarter of the total.\n\nLesser horseshoe bats were the second most common, with 412 individuals ringed, close to @ of all the bats the team handled.\n";
        assert_eq!(rules(&text.replace('@', "30%")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('@', "17%")).is_empty());
    }

    #[test]
    fn a_share_names_its_whole_in_an_earlier_sentence() {
        let text = "Harvest\n\nFarmers in the county harvested 312,000 tonnes of wheat this year, down 22% from 401,000 tonnes in 2022.\n\nQuality suffered too. Only 41,000 tonnes met the specification for bread-making, roughly N harvested.\n";
        assert_eq!(
            rules(&text.replace('N', "one tonne in every four")),
            ["proportion-mismatch"]
        );
        assert!(rules(&text.replace('N', "one tonne in every eight")).is_empty());
    }

    #[test]
    fn the_first_like_figure_of_the_named_sentence_is_the_whole() {
        let text = "Airport\n\nThe airport handled 4.21 million passengers last year, beating the record of 3.96 million it set in 2019.\n\nHoliday routes dominated. Flights to Spain alone carried 1.4 million passengers, around N of all the airport's traffic.\n";
        assert_eq!(rules(&text.replace('N', "half")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('N', "a third")).is_empty());
        // A whole that is itself a share of something else is no whole.
        let part_of_other = text.replace(
            "4.21 million passengers last year,",
            "4.21 million passengers last year, 12% of all the region's air travellers,",
        );
        assert!(rules(&part_of_other.replace('N', "half")).is_empty());
        // No earlier sentence says the share's words: nothing is claimed.
        let unnamed = text.replace("of all the airport's traffic", "of all flights");
        assert!(rules(&unnamed.replace('N', "half")).is_empty());
    }

    #[test]
    fn figures_past_a_part_of_a_whole_without_a_figure_are_parts_too() {
        let text = "Pilots\n\nPilots guided 5,200 vessels in and out of the harbour last year.\n\nTankers accounted for 1,300 of the movements and container ships for 1,800; the remaining 2,100 were bulk carriers.\n\nHelicopter transfers were used 104 times, about N of movements.\n";
        // "container ships for 1,800" is no whole of the movements: the
        // figure of the sentence before the parts' is.
        assert_eq!(rules(&text.replace('N', "8%")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('N', "2%")).is_empty());
    }
}
