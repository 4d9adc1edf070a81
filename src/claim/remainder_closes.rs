//! A breakdown told over several sentences and closed by what is left:
//! "There were 23,780 valid votes ... Ms Reyes polled 9,412 votes, ahead
//! of Mark Dalton on 7,230. Joseph Mbeki came third with 5,108, and the
//! three remaining candidates shared 1,030 between them."
//!
//! A figure said of "the remaining", "the rest" or "the others" is the
//! last part of a whole: the like figures told just before it in its
//! paragraph are the other parts, and the whole is the nearest earlier
//! like figure, of the same things, larger than each part. Together they
//! must add up to it.

use super::{Claim, Scope};

/// How many paragraphs back the whole may stand from the first part.
const PARAGRAPHS_BACK: usize = 2;

/// How many sentences before the last part the other parts may stand.
const SENTENCES_BACK: usize = 2;

/// How far the parts may miss their whole and still be read as its parts:
/// a slip, not a list of something else.
const SLIP: f64 = 0.3;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for last in 0..scope.quantities.len() {
        if !part_like(scope, last)
            || !(said_of_the_rest(scope, last) || makes_up_the_rest(scope, last))
        {
            continue;
        }
        let Some(paragraph) = scope.place(last).map(|p| p.paragraph) else {
            continue;
        };
        // The like figures before it in its paragraph, nearest first; "the
        // three remaining candidates" counts the rest's members, not a part.
        let sentence = scope.place(last).map_or(0, |p| p.sentence);
        let mut parts: Vec<usize> = scope
            .earlier(last, 0)
            .take_while(|&j| {
                scope.place(j).is_some_and(|p| {
                    p.paragraph == paragraph && p.sentence + SENTENCES_BACK >= sentence
                })
            })
            .filter(|&j| {
                part_like(scope, j)
                    && scope.comparable(last, j)
                    && same_things(scope, last, j)
                    && !scope.place(j).is_some_and(|p| p.after_has(1, REST))
            })
            .collect();
        // "each of the two semi-finalists £25,000": a part said of each
        // member is a product, which this sum does not read.
        if parts
            .iter()
            .any(|&p| super::breakdown::said_of_each_member(scope, p))
        {
            continue;
        }
        // One noun for all: each agrees with the first that names one.
        let named = parts
            .iter()
            .copied()
            .find(|&p| scope.q(p).is_some_and(|q| q.noun.is_some()));
        if named.is_some_and(|n| parts.iter().any(|&b| !same_things(scope, n, b))) {
            continue;
        }
        parts.reverse();
        // "The rest are day tickets: 8,200 for Saturday and 4,100 for
        // Sunday": the rest may be a list after a colon; "the remaining
        // $264m ..., led by Japan with $41m" is the rest whole.
        let listed = scope
            .q(last)
            .and_then(|q| scope.text.get(..q.span.start))
            .is_some_and(|head| head.trim_end().ends_with(':'));
        let rest: Vec<usize> = scope
            .same_sentence(last)
            .filter(|&j| {
                j == last || listed && j > last && part_like(scope, j) && scope.comparable(last, j)
            })
            .collect();
        parts.extend(super::breakdown::coordinated_run(scope, &rest));
        let Some(&first) = parts.first() else {
            continue;
        };
        if parts.len() < 3 {
            continue;
        }
        let largest = parts
            .iter()
            .filter_map(|&p| scope.q(p))
            .map(|q| q.point())
            .fold(0.0, f64::max);
        let mut wholes = scope.earlier(first, PARAGRAPHS_BACK).filter(|&t| {
            // A whole is a figure of the parts' own sort, only larger.
            scope.comparable(first, t)
                && same_things(scope, first, t)
                && part_like(scope, t)
                && !scope.in_past_when_clause(t)
                // "48,300 cases, 14% more than the 42,400 handled in 2023":
                // a figure compared with is of another time.
                && !scope
                    .place(t)
                    .is_some_and(|p| p.before_has(2, &["than", "from", "against"]))
                && scope.q(t).is_some_and(|q| q.point() > largest)
        });
        // "41,000 tonnes next year, 18% less than this year's 50,000": of
        // two wholes said together, the one the parts add up to.
        let Some(nearest) = wholes.next() else {
            continue;
        };
        let said_with = |t: usize| scope.in_one_sentence(t, nearest);
        let total = wholes
            .take_while(|&t| said_with(t))
            .chain(std::iter::once(nearest))
            .find(|&t| {
                scope
                    .q(t)
                    .is_some_and(|q| q.interval.contains(scope.sum_of(&parts)))
            })
            .unwrap_or(nearest);
        // "12,910 went to supporters of the two finalists": a figure of
        // other things than the whole's is no part of it.
        parts.retain(|&p| same_things(scope, p, total));
        if parts.len() < 3 {
            continue;
        }
        let sum = scope.sum_of(&parts);
        // "50 basis points ... only 15 ... the remaining 35": a figure the
        // others add up to is their whole, said among them.
        let holds_rest = parts.iter().filter_map(|&p| scope.q(p)).any(|q| {
            let p = q.point();
            (p - (sum - p)).abs() <= 1e-9 * p.abs().max(1.0)
        });
        if holds_rest {
            continue;
        }
        let whole = scope.q(total).map_or(0.0, |q| q.point());
        if (sum - whole).abs() <= SLIP * whole {
            claims.push(Claim::Breakdown {
                total,
                parts,
                open: false,
            });
        }
    }
}

/// "the three remaining candidates shared 1,030", "the rest 410", "others
/// took 212": a word of what is left in the figure's clause before it.
fn said_of_the_rest(scope: &Scope, i: usize) -> bool {
    // "gave the remaining £240,000, in amounts ranging from £2 to
    // £40,000": no word before the figure said before it is its own.
    let words: Vec<&str> = scope.words_leading_to(i, 60).collect();
    words
        .iter()
        .rev()
        .take(6)
        .any(|w| super::context::is_any(w, REST))
}

/// "Rabbits (240) and other small pets (130) accounted for the rest": the
/// last figure of a clause that is said to make up the rest, no figure
/// between.
fn makes_up_the_rest(scope: &Scope, i: usize) -> bool {
    let (Some(q), Some(p)) = (scope.q(i), scope.place(i)) else {
        return false;
    };
    let sentence = scope.layout.sentence_span(p.sentence, scope.text.len());
    let Some(after) = scope.text.get(q.span.end..sentence.end.max(q.span.end)) else {
        return false;
    };
    // A few words on only: a long sentence is not searched for each figure.
    let mut reach = after.len().min(120);
    while !after.is_char_boundary(reach) {
        reach -= 1;
    }
    let after = after.get(..reach).unwrap_or("");
    let Some(at) = [
        "for the rest",
        "up the rest",
        "for the remainder",
        "up the remainder",
    ]
    .iter()
    // Whole words: "for the restoration" is no rest.
    .filter_map(|phrase| {
        after.find(phrase).filter(|&at| {
            after
                .get(at + phrase.len()..)
                .is_none_or(|r| !r.starts_with(|c: char| c.is_ascii_alphabetic()))
        })
    })
    .min() else {
        return false;
    };
    !after
        .get(..at)
        .unwrap_or("")
        .contains(|c: char| c.is_ascii_digit())
}

/// Words of what is left of a whole.
const REST: &[&str] = &["remaining", "rest", "remainder", "others"];

/// Whether `text` names what is left of a whole ("and the rest were
/// retraps", not "too little rest"): a share said after it is the rest's.
pub(super) fn names_the_rest(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .any(|w| matches!(w, [the, rest] if the.eq_ignore_ascii_case("the") && super::context::is_any(rest, REST)))
}

/// One plain amount of now, no share, rate or change.
fn part_like(scope: &Scope, i: usize) -> bool {
    super::list_over_total::part_like(scope, i)
        && scope.q(i).is_some_and(|q| q.hedge.is_none() && !q.vague)
}

/// Two figures whose nouns, where both are known, name the same things.
fn same_things(scope: &Scope, a: usize, b: usize) -> bool {
    // "Dogs made up 1,610 of the animals seen": the noun after "of the"
    // names the whole by any of its words, not what the part counts.
    let noun = |i: usize| {
        scope
            .q(i)
            .and_then(|q| q.noun.as_deref())
            .filter(|_| !scope.place(i).is_some_and(|p| p.after_is(0, "of")))
    };
    match (noun(a), noun(b)) {
        (Some(x), Some(y)) => super::synonyms::same_things(x, y),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    const POLL: &str = "By-election\n\nThere were 23,780 valid votes, and a further 96 ballot papers were rejected. Turnout was 41% of an electorate of about 58,000.\n\nMs Reyes polled 9,412 votes, ahead of Mark Dalton on 7,230. Joseph Mbeki came third with 5,108, and the three remaining candidates shared @ between them.\n";

    #[test]
    fn what_is_left_closes_a_breakdown_told_over_sentences() {
        assert_eq!(rules(&POLL.replace('@', "1,030")), ["sum-mismatch"]);
        assert!(rules(&POLL.replace('@', "2,030")).is_empty());
    }

    #[test]
    fn a_figure_compared_with_is_no_whole() {
        let text = "Courts\n\nThey dealt with N cases in 2024, 14% more than the 42,400 handled in 2023.\n\nSpeeding made up 31,900 of the cases. There were 6,200 cases of driving uninsured and 3,100 of driving unlicensed, and the remaining 7,100 covered other offences.\n";
        assert!(rules(&text.replace('N', "48,300")).is_empty());
        // A stale total breaks the breakdown, and the change set beside it.
        assert_eq!(
            rules(&text.replace('N', "46,300")),
            ["sum-mismatch", "change-mismatch"]
        );
    }

    #[test]
    fn a_word_of_the_rest_before_another_figure_is_not_this_one_s() {
        let text = "Orchard\n\nThe orchard was bought for £640,000.\n\nThe trust received a grant of £250,000 and a loan of £150,000. Donors gave the remaining @, in amounts ranging from £2 to £40,000.\n";
        assert!(rules(&text.replace('@', "£240,000")).is_empty());
        assert_eq!(rules(&text.replace('@', "£210,000")), ["sum-mismatch"]);
    }

    #[test]
    fn figures_said_to_make_up_the_rest_close_the_breakdown() {
        let text = "Vets\n\nThe hospital treated 3,150 pets in 2023.\n\nDogs made up 1,610 of the animals seen and cats @. Rabbits (240) and other small pets (130) accounted for the rest.\n";
        assert!(rules(&text.replace('@', "1,170")).is_empty());
        assert_eq!(rules(&text.replace('@', "870")), ["sum-mismatch"]);
        let restored = text.replace("accounted for the rest", "paid for the restoration");
        assert!(rules(&restored.replace('@', "870")).is_empty());
    }

    #[test]
    fn a_whole_said_among_the_parts_is_no_part() {
        let text = "Notes\n\nThey were quoted at 85 against par.\n\nThe bond pays 50 basis points over Libor. The first issue paid only 15 basis points, and the bank will pay the remaining 35 basis points.\n";
        assert!(rules(text).is_empty());
    }

    #[test]
    fn what_is_left_in_the_next_sentence_joins_a_list_read_before() {
        // The list of one sentence is read as a breakdown by itself too; the
        // reading with the remainder speaks for it.
        let text = "Birds\n\nA survey counted 18,400 wading birds on the estuary in January.\n\nDunlin were the most numerous species, at 7,300, followed by knot at 4,100 and redshank at 2,600. The remaining @ birds belonged to 12 other species.\n";
        assert!(rules(&text.replace('@', "4,400")).is_empty());
        assert_eq!(rules(&text.replace('@', "5,400")), ["sum-mismatch"]);
    }

    #[test]
    fn the_rest_may_be_a_list_of_its_own() {
        let text = "Festival\n\nOrganisers say they have sold @ tickets for this year's event.\n\nWeekend passes make up the bulk of sales, at 26,500. The rest are day tickets: 8,200 for Saturday and 4,100 for Sunday.\n";
        assert_eq!(rules(&text.replace('@', "41,000")), ["sum-mismatch"]);
        assert!(rules(&text.replace('@', "38,800")).is_empty());
        // A rest said as one figure leads its own selection.
        let led = "Film\n\nThe sequel has taken $412m at the global box office.\n\nNorth America accounted for $148m. The remaining $264m came from international markets, led by Japan with $41m and Germany with $33m.\n";
        assert!(rules(led).is_empty());
    }

    #[test]
    fn without_what_is_left_the_figures_are_a_selection() {
        let open = POLL.replace(
            "and the three remaining candidates shared @ between them",
            "ahead of Ann Lowe on 1,030",
        );
        assert!(rules(&open).is_empty());
    }

    #[test]
    fn a_part_said_of_each_member_is_no_term_of_the_sum() {
        let text = "Prizes\n\nThe open will pay out £400,000 in prize money.\n\nThe winner will take £120,000, the runner-up £50,000, and each of the two losing semi-finalists £25,000. The remaining £180,000 is shared among the other players.\n";
        assert!(rules(text).is_empty());
        let once = text.replace(
            "and each of the two losing semi-finalists £25,000",
            "and the losing semi-finalists £30,000",
        );
        assert_eq!(rules(&once), ["sum-mismatch"]);
    }

    #[test]
    fn a_figure_of_a_past_when_clause_is_no_whole() {
        let text = "Harvest\n\nFarms brought in 38,200 seasonal workers this year, below the quota of 45,000.\n\nAbout 85% of the quota was used, compared with 97% last year, when the quota was also 45,000 and 43,600 workers came.\n\nFruit farms took 24,500 of the workers, vegetable growers 9,800 and flower nurseries the remaining @.\n";
        assert!(rules(&text.replace('@', "3,900")).is_empty());
    }
}
