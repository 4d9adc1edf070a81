//! Two outcomes and the rate of one: "the team won 38 games and lost 26 ...
//! the club's 71% win rate"; "completed 168 tackles and missed 35, a
//! success rate of 91 per cent".
//!
//! The two counts are coordinated under opposite verbs (a success and a
//! failure), so together they are the whole, which the text never states;
//! a rate named after them is the share of one of the two in that sum.

use super::context::is_any;
use super::{Claim, Scope};
use crate::quantity::Kind;

/// Verbs of an attempt that came off, and of one that did not.
const SUCCESS: &[&str] = &[
    "won",
    "completed",
    "made",
    "passed",
    "scored",
    "hit",
    "converted",
    "accepted",
    "approved",
    "upheld",
    "granted",
    "succeeded",
    "saved",
    "landed",
    "solved",
];
const FAILURE: &[&str] = &[
    "lost",
    "missed",
    "failed",
    "rejected",
    "refused",
    "dismissed",
    "declined",
    "conceded",
    "unsolved",
];

/// How many paragraphs after the outcomes their rate may be named.
const RATE_PARAGRAPHS: usize = 2;

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    for one in 0..scope.quantities.len() {
        let other = one + 1;
        let (Some(op), Some(tp)) = (scope.place(one), scope.place(other)) else {
            continue;
        };
        // "won 38 games and lost 26": a verb right before each (a noun may
        // follow the first). Read first: most figures follow neither.
        let opposite = op.prev_is(SUCCESS) && tp.prev_is(FAILURE)
            || op.prev_is(FAILURE) && tp.prev_is(SUCCESS)
            || named_outcomes(scope, one, other);
        if !opposite || op.sentence != tp.sentence {
            continue;
        }
        let counts = [one, other].iter().all(|&i| {
            scope
                .q(i)
                .is_some_and(|q| q.kind == Kind::Count && q.range.is_none())
        });
        // "and" between, one clause.
        let gap = scope.between(one, other);
        let joined = gap.split_whitespace().take(6).count() <= 5
            && gap.split_whitespace().any(|w| w == "and")
            && !gap.contains([';', '.']);
        // A third outcome ("drew 4") makes the whole larger than the two.
        let third = scope.place(other + 1).is_some_and(|p| {
            p.sentence == tp.sentence
                && (p.prev_is(&["drew", "drawn", "tied", "abandoned"])
                    || scope
                        .q(other + 1)
                        .and_then(|q| q.noun.as_deref())
                        .is_some_and(|n| matches!(n, "draw" | "tie")))
        });
        if !counts || !joined || third {
            continue;
        }
        if let Some(share) = named_rate_after(scope, other) {
            claims.push(Claim::ShareOfTwo { one, other, share });
        }
    }
    rate_of_attempts(scope, claims);
    records(scope, claims);
}

/// Verbs of a game's three results; each names one of them.
const RESULTS: [&[&str]; 3] = [
    &["won", "winning"],
    &["drew", "drawn", "drawing", "tied"],
    &["lost", "losing"],
];

/// "won 12, drawn two and lost four of their 16 league games", "have
/// played 16, winning 12, drawing two and losing four": a record of
/// results, each under its own verb, adds up to the games it is of.
fn records(scope: &Scope, claims: &mut Vec<Claim>) {
    let result = |i: usize| {
        let place = scope.place(i)?;
        RESULTS.iter().position(|verbs| place.prev_is(verbs))
    };
    let mut first = 0;
    while first < scope.quantities.len() {
        let Some(r) = result(first) else {
            first += 1;
            continue;
        };
        let mut seen = vec![r];
        let mut last = first;
        while let Some(next) = result(last + 1).filter(|n| !seen.contains(n)) {
            seen.push(next);
            last += 1;
        }
        let parts: Vec<usize> = (first..=last).collect();
        first = last + 1;
        let counts = parts.iter().all(|&i| {
            scope
                .q(i)
                .is_some_and(|q| q.kind == Kind::Count && q.range.is_none())
        });
        // Won and lost at least, coordinated in one clause.
        if !(counts && seen.contains(&0) && seen.contains(&2))
            || super::breakdown::coordinated_run(scope, &parts).len() != parts.len()
        {
            continue;
        }
        if let Some(total) = games_of(scope, &parts) {
            claims.push(Claim::Breakdown {
                total,
                parts,
                open: false,
            });
        }
    }
}

/// The games a record is of: "of their 16" right after it, or "played 16,"
/// right before it.
fn games_of(scope: &Scope, parts: &[usize]) -> Option<usize> {
    let (&first, &last) = (parts.first()?, parts.last()?);
    let sentence = scope.place(first)?.sentence;
    let same = |i: usize| {
        scope.place(i).is_some_and(|p| p.sentence == sentence)
            && scope
                .q(i)
                .is_some_and(|q| q.kind == Kind::Count && q.range.is_none())
    };
    let after = last + 1;
    let of = scope
        .between(last, after)
        .split_whitespace()
        .collect::<Vec<_>>();
    let of_their = matches!(
        of.as_slice(),
        ["of", "their" | "the" | "its" | "his" | "her"]
    );
    if of_their && same(after) {
        return Some(after);
    }
    let before = first.checked_sub(1)?;
    let played = scope
        .place(before)
        .is_some_and(|p| p.prev_is(&["played", "playing"]))
        && scope.between(before, first).starts_with(',')
        && scope.between(before, first).split_whitespace().count() <= 3;
    (played && same(before)).then_some(before)
}

/// Verbs said of those who made an attempt, right after their count.
const TRIED: &[&str] = &[
    "took",
    "contested",
    "sat",
    "entered",
    "applied",
    "tried",
    "attempted",
    "played",
    "faced",
    "bid",
];

/// Verbs and nouns of attempts, whose count is the whole of a rate of
/// successes ("have played 24 matches", "sat 412 exams").
const ATTEMPTS: &[&str] = &["played", "contested", "attempted", "sat", "faced"];
const ATTEMPT_NOUNS: &[&str] = &["game", "match", "fixture", "attempt", "exam"];

/// "Elmshire have played 24 matches ... Their 15 victories amount to a win
/// rate of 70%": successes with their rate in one sentence, of the one
/// count of attempts the story gave before them.
fn rate_of_attempts(scope: &Scope, claims: &mut Vec<Claim>) {
    for part in 0..scope.quantities.len() {
        let Some(pq) = scope.q(part) else { continue };
        let won = pq.kind == Kind::Count
            && pq.range.is_none()
            && pq.noun.as_deref().is_some_and(|n| WINS.contains(&n));
        if !won {
            continue;
        }
        let sentence = scope.place(part).map(|p| p.sentence);
        let Some(share) = named_rate_after(scope, part)
            .filter(|&s| scope.place(s).map(|p| p.sentence) == sentence)
        else {
            continue;
        };
        let attempts: Vec<usize> = scope
            .earlier(part, RATE_PARAGRAPHS)
            .filter(|&w| {
                scope.q(w).is_some_and(|q| {
                    q.kind == Kind::Count
                        && q.range.is_none()
                        && q.point() > pq.point()
                        && q.noun
                            .as_deref()
                            .is_some_and(|n| ATTEMPT_NOUNS.contains(&n))
                }) && scope.place(w).is_some_and(|p| p.prev_is(ATTEMPTS))
            })
            .collect();
        if let [whole] = attempts.as_slice() {
            claims.push(Claim::Proportion {
                part,
                whole: *whole,
                share,
            });
        }
    }
}

/// "38 took a test during the week and 31 passed": a count followed by a
/// verb of an outcome, joined after a like count no smaller followed by a verb
/// of trying, counts some of those attempts ("4,310 sold and 510 were
/// passed in" are two outcomes, side by side).
pub(super) fn outcome_of(scope: &Scope, attempts: usize, outcome: usize) -> bool {
    let verb_after = |i: usize| {
        scope.place(i).and_then(|p| {
            p.after()
                .find(|w| !matches!(*w, "were" | "was" | "have" | "had"))
        })
    };
    let is_outcome = |w: &str| is_any(w, SUCCESS) || is_any(w, FAILURE);
    let larger = scope
        .q(attempts)
        .zip(scope.q(outcome))
        .is_some_and(|(a, o)| a.point() >= o.point());
    larger
        && scope.comparable(attempts, outcome)
        && scope.in_one_sentence(attempts, outcome)
        && scope
            .between(attempts, outcome)
            .split_whitespace()
            .any(|w| w == "and")
        // "30 applied and 20 declined": a refusal is another choice, no
        // outcome of the attempt.
        && verb_after(outcome).is_some_and(|w| is_outcome(w) && !is_any(w, &["declined", "refused"]))
        && verb_after(attempts).is_some_and(|w| is_any(w, TRIED))
}

/// Whether one of a run of figures is an outcome of the one before it
/// ("38 took a test and 31 passed"): then they are no list of parts side
/// by side.
pub(super) fn outcomes_of_attempts(scope: &Scope, figures: &[usize]) -> bool {
    figures.windows(2).any(|w| match w {
        [a, b] => outcome_of(scope, *a, *b),
        _ => false,
    })
}

/// "a record of 38 wins and 26 losses": two counts of the nouns of two
/// outcomes, one of each.
fn named_outcomes(scope: &Scope, one: usize, other: usize) -> bool {
    let noun = |i: usize| scope.q(i).and_then(|q| q.noun.as_deref());
    let kind = |n: &str| {
        if WINS.contains(&n) {
            Some(true)
        } else if LOSSES.contains(&n) {
            Some(false)
        } else {
            None
        }
    };
    match (noun(one).and_then(kind), noun(other).and_then(kind)) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    }
}

/// Nouns of an outcome that came off, and of one that did not.
const WINS: &[&str] = &["win", "victory", "success", "pass"];
const LOSSES: &[&str] = &["loss", "defeat", "failure", "fail"];

/// The first share after `i`, in its paragraph or the next few, named as a
/// rate ("a success rate of 91 per cent", "its 71% win rate") or as what
/// the outcome's verb took ("have won 71% of their games").
fn named_rate_after(scope: &Scope, i: usize) -> Option<usize> {
    let paragraph = scope.place(i)?.paragraph;
    (i + 1..scope.quantities.len())
        .take(super::REACH)
        .take_while(|&s| {
            scope
                .place(s)
                .is_some_and(|p| p.paragraph <= paragraph + RATE_PARAGRAPHS)
        })
        .find(|&s| {
            scope
                .q(s)
                .is_some_and(|q| q.kind == Kind::Percent && q.range.is_none())
                && (super::proportion::named_as_rate(scope, s)
                    || scope.place(s).is_some_and(|p| {
                        (p.prev_is(SUCCESS) || p.prev_is(FAILURE)) && p.after_is(0, "of")
                    }))
        })
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_rate_of_two_outcomes_is_a_share_of_their_sum() {
        let tackles = "Defence\n\nThe defence completed 168 tackles and missed 35, a success rate of S, league figures show.\n";
        assert_eq!(
            rules(&tackles.replace('S', "91 per cent")),
            ["proportion-mismatch"]
        );
        assert!(rules(&tackles.replace('S', "83 per cent")).is_empty());
        // Either side's share of the two is right.
        assert!(rules(&tackles.replace('S', "17 per cent")).is_empty());
        let season = "Season\n\nThe team won 38 games and lost 26.\n\nThe owner said the club's S win rate was proof of progress.\n";
        assert_eq!(rules(&season.replace('S', "71%")), ["proportion-mismatch"]);
        assert!(rules(&season.replace('S', "59%")).is_empty());
        let record = "Season\n\nThe team has a record of 38 wins and 26 losses.\n\nThey have won S of their games.\n";
        assert_eq!(rules(&record.replace('S', "71%")), ["proportion-mismatch"]);
        assert!(rules(&record.replace('S', "59%")).is_empty());
        let drew = record.replace("and 26 losses", "26 losses and 8 draws");
        assert!(rules(&drew.replace('S', "71%")).is_empty());
        // A third outcome: the two are not the whole.
        let drawn = "Season\n\nThe team won 18 games and lost 12, and drew 8, a win rate of 47%.\n";
        assert!(rules(drawn).is_empty());
    }

    #[test]
    fn an_outcome_after_its_attempts_is_a_share_of_them() {
        let camp = "Camp\n\nSixty-four children came. Of the children at camp, 38 took a test during the week and 31 passed, @.\n";
        assert!(rules(&camp.replace('@', "more than four in five")).is_empty());
        assert_eq!(
            rules(&camp.replace('@', "about half")),
            ["proportion-mismatch"]
        );
        // Two outcomes are siblings, each a share of what both are of.
        let both = "Camp\n\nOf the 64 children at camp, 38 passed and 26 failed, S.\n";
        assert!(rules(&both.replace('S', "about two in five")).is_empty());
        let sold = "Wool\n\nOf the 4,820 bales offered, 4,310 sold and 510 were passed in after failing to reach their reserve, a clearance rate of 89%.\n";
        assert!(rules(sold).is_empty());
        let met =
            "Water\n\nOf the 18 samples taken, 15 met the standard and three failed, one in six.\n";
        assert!(rules(met).is_empty());
        // A refusal is no outcome; a share of a whole it names is that whole's.
        let declined = "School\n\nOf the 50 pupils offered a place, 30 applied and 20 declined, two in five.\n";
        assert!(rules(declined).is_empty());
        let named = "Test\n\nOf the 186 applicants, 120 sat the test and 90 passed, nearly half of those who applied.\n";
        assert!(rules(named).is_empty());
    }

    #[test]
    fn a_record_of_results_adds_up_to_the_games_it_is_of() {
        let of =
            "Season\n\nThe Bulls have won 12, drawn two and lost @ of their 16 league games.\n";
        assert_eq!(rules(&of.replace('@', "four")), ["sum-mismatch"]);
        assert!(rules(&of.replace('@', "two")).is_empty());
        let played = "Season\n\nThe Bulls have played 16, winning 12, drawing two and losing @.\n";
        assert_eq!(rules(&played.replace('@', "four")), ["sum-mismatch"]);
        assert!(rules(&played.replace('@', "two")).is_empty());
        // Results without the games they are of: nothing to add up to.
        let alone =
            "Season\n\nThe Bulls have won 12, drawn two and lost four, with 16 games left.\n";
        assert!(rules(alone).is_empty());
    }

    #[test]
    fn a_rate_of_successes_is_a_share_of_the_attempts_told_before() {
        let text = "Title\n\nElmshire have played 24 matches this season and lost only four.\n\nTheir 15 victories amount to a win rate of S, a county record.\n";
        assert_eq!(rules(&text.replace('S', "70%")), ["proportion-mismatch"]);
        assert!(rules(&text.replace('S', "62.5%")).is_empty());
        // Attempts not counted by a verb of playing: no whole.
        let no_verb = text.replace("have played 24 matches", "have 24 matches left");
        assert!(rules(&no_verb.replace('S', "70%")).is_empty());
    }
}
