//! Shares of one additive whole: the candidates' shares of one vote
//! ("winning 41 per cent of the vote ... second with 28 per cent, followed
//! by ... 22 per cent"), grocers' shares of one market, the lines of one
//! budget ("61% of the budget, police staff pay 22%, buildings 14%").
//! Parts of one whole that do not overlap total at most 100%.

use super::{Claim, Scope};
use crate::quantity::Kind;

/// Wholes whose shares do not overlap: each vote, pound or sale is one
/// candidate's, one line's, one firm's.
const ADDITIVE_WHOLES: &[&str] = &[
    "vote",
    "votes",
    "market",
    "budget",
    "spending",
    "income",
    "revenue",
    "revenues",
    "seats",
    "turnover",
    "funding",
    "sales",
    "expenditure",
    "electricity",
    "output",
    "money",
];

/// Words that rank a part after the first: "second", "followed by".
const RANKED: &[&str] = &[
    "second", "third", "fourth", "followed", "trailed", "behind", "runner", "ahead", "another",
];

/// "Exports account for 62% of sales, with Japan taking 24% and Italy
/// 19%": shares attached by "with" to a first they fit inside may be its
/// parts; only a ranking says they are beside it.
fn shares_within(scope: &Scope, first: usize, rest: &[usize]) -> bool {
    let point = |s: usize| scope.q(s).map_or(0.0, |q| q.point());
    let inside: f64 = rest.iter().map(|&s| point(s)).sum();
    rest.first().is_some_and(|&next| {
        scope
            .between(first, next)
            .split_whitespace()
            .any(|w| w == "with")
            && !scope.sentence_has(first, RANKED)
    }) && inside <= point(first)
}

/// A share that may be one part's: not a turnout, a start value or a change.
fn part_share(scope: &Scope, s: usize) -> bool {
    scope
        .q(s)
        .is_some_and(|q| q.kind == Kind::Percent && q.range.is_none())
        && scope.place(s).is_some_and(|p| {
            // "up 5%" is a change; "made up 58%" a part.
            let change = p.before_has(3, &["up", "down"])
                && !p.before_has(3, &["made", "make", "makes", "making"]);
            // "rose from 38%" starts a change; "comes from tickets (41%)"
            // labels a part.
            let start = p.before_has(3, &["from"]) && !parenthesized(scope, s);
            !change
                && !start
                && !p.before_has(3, &["turnout", "than", "against"])
                && !p.after_has(1, &["points", "point"])
        })
        && !super::change::is_stated_change(scope, s)
}

/// Whether figure `s` stands in brackets after what it is of.
fn parenthesized(scope: &Scope, s: usize) -> bool {
    scope.q(s).is_some_and(|q| {
        scope
            .text
            .get(..q.span.start)
            .is_some_and(|t| t.ends_with('('))
            && scope
                .text
                .get(q.span.end..)
                .is_some_and(|t| t.starts_with(')'))
    })
}

/// Whether share `s` is named as a share of an additive whole: "41% of
/// the vote", "61% of the budget", "a market share of 31.4%".
fn of_a_whole(scope: &Scope, s: usize) -> bool {
    scope.place(s).is_some_and(|p| {
        let whole_at = |n: usize| ADDITIVE_WHOLES.iter().any(|w| p.after_is(n, w));
        let of_the = p.after_is(0, "of")
            && (whole_at(1)
                || ["the", "its", "their"].iter().any(|d| p.after_is(1, d)) && whole_at(2));
        // "The income was £480,000. Donations made up 58% of that."
        let of_that = p.after_is(0, "of")
            && p.after_has(2, &["that", "this", "it"])
            && scope
                .sentence_before(s)
                .any(|j| scope.q(j).is_some_and(|q| q.kind == Kind::Money));
        of_the
            || of_that
            || p.prev_is(&["of"]) && p.before_is(1, "share") && p.before_has(3, &["market"])
    })
}

/// "The band's annual income of £36,000 comes from tickets (41%), ...":
/// a sentence that sizes an additive whole ("income of £36,000") before
/// its first share `s` gives its shares a whole of their own.
fn whole_of_its_own(scope: &Scope, s: usize) -> bool {
    const SPLIT: &[&str] = &["from", "split", "divided", "made", "between", "across"];
    let Some(p) = scope.place(s) else {
        return false;
    };
    // Not "income of £36,000 rose, with 64% of visitors local": a share of
    // something named is that thing's.
    !p.after_is(0, "of")
        && (0..s)
            .rev()
            .take_while(|&j| scope.place(j).is_some_and(|w| w.sentence == p.sentence))
            .any(|j| {
                scope
                    .q(j)
                    .is_some_and(|q| matches!(q.kind, Kind::Money | Kind::Count))
                    && scope
                        .place(j)
                        .is_some_and(|w| w.before_has(3, ADDITIVE_WHOLES))
                    && scope
                        .between(j, s)
                        .split_whitespace()
                        .any(|w| super::context::is_any(w, SPLIT))
            })
}

/// "the sale of 25.01 pct of <Volksfuersorge>, 74.9 pct of <BSV Bank>
/// and five pct of <Allgemeine>": shares each said to be of something are
/// of as many wholes.
fn each_of_its_own(scope: &Scope, run: &[usize]) -> bool {
    run.iter()
        .filter(|&&j| scope.place(j).is_some_and(|p| p.after_is(0, "of")))
        .count()
        >= 2
}

/// The share after `last`, in its sentence or the next, given as the
/// rest: "the remaining 9.7%", "the rest 12%".
fn remaining_share(scope: &Scope, last: usize) -> Option<usize> {
    let sentence = scope.place(last)?.sentence;
    (last + 1..scope.quantities.len())
        .take(super::REACH)
        .take_while(|&j| scope.place(j).is_some_and(|p| p.sentence <= sentence + 1))
        .find(|&j| {
            part_share(scope, j)
                && scope
                    .place(j)
                    .is_some_and(|p| p.before_has(2, &["remaining", "rest"]))
        })
}

/// Words that name the answer for those who chose none of the others.
const CATCH_ALL: &[&str] = &[
    "no preference",
    "undecided",
    "don't know",
    "did not know",
    "didn't know",
    "not sure",
    "unsure",
    "no opinion",
    "neither",
    "none of them",
];

/// "46% of respondents chose Riverside, 31% preferred the depot and 9%
/// wanted a refit; 6% said they had no preference": the shares of those
/// asked, listed in one sentence, the last of them a catch-all answer.
fn answers_with_catch_all(scope: &Scope, first: usize) -> Option<Vec<usize>> {
    let fp = scope.place(first)?;
    let asked = [
        "respondents",
        "those",
        "people",
        "voters",
        "residents",
        "members",
    ];
    if !(fp.after_is(0, "of") && asked.iter().any(|w| fp.after_is(1, w))) {
        return None;
    }
    let mut shares = vec![first];
    shares.extend(
        (first + 1..scope.quantities.len())
            .take(super::REACH)
            .take_while(|&j| scope.place(j).is_some_and(|p| p.sentence == fp.sentence))
            .filter(|&j| part_share(scope, j)),
    );
    let last = *shares.last()?;
    let lq = scope.q(last)?;
    let answer_end = scope.text.len().min(lq.span.end + 60);
    let answer = scope
        .text
        .get(lq.span.end..answer_end)?
        .split(['.', ';', ','])
        .next()?
        .to_ascii_lowercase();
    let catch_all = CATCH_ALL.iter().any(|c| answer.contains(c));
    (shares.len() >= 3 && catch_all).then_some(shares)
}

/// "Around 58% of the new intake come from the region, 27% from elsewhere
/// in the country and 21% from overseas": where the members of one body
/// come from, listed under one verb; each member comes from one place.
fn origins_of_one_body(scope: &Scope, first: usize) -> Option<Vec<usize>> {
    let fp = scope.place(first)?;
    if !(fp.after_is(0, "of") && fp.after_has(8, &["from"])) {
        return None;
    }
    let rest: Vec<usize> = (first + 1..scope.quantities.len())
        .take(super::REACH)
        .take_while(|&j| scope.place(j).is_some_and(|p| p.sentence == fp.sentence))
        .filter(|&j| part_share(scope, j))
        .collect();
    let from_each = rest
        .iter()
        .all(|&j| scope.place(j).is_some_and(|p| p.after_is(0, "from")));
    // The first share's clause is long ("of the new intake come from the
    // surrounding region,"); the others follow it as one list.
    let after_first = rest
        .first()
        .is_some_and(|&j| !scope.between(first, j).contains([';', '.']));
    let listed = super::breakdown::coordinated_run(scope, &rest).len() == rest.len();
    let mut shares = vec![first];
    shares.extend(&rest);
    (rest.len() >= 2 && from_each && after_first && listed).then_some(shares)
}

/// "Helen Marsh took 41% of the vote, ahead of Pym on 34%. Varma won 17%,
/// Ashby 12% and Cho 5%": the first share of a whole and the shares
/// listed after it, in its sentence and in the next when that one ranks or
/// lists them and names no whole of its own.
pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut i = 0;
    while i < scope.quantities.len() {
        let first = i;
        i += 1;
        let Some(fp) = scope.place(first) else {
            continue;
        };
        if !part_share(scope, first) {
            continue;
        }
        let whole_named = of_a_whole(scope, first) || whole_of_its_own(scope, first);
        if !whole_named {
            // "46% of respondents chose A, ... ; 6% said they had no
            // preference": answers to one question closed by a catch-all
            // are all of them.
            if let Some(shares) = answers_with_catch_all(scope, first) {
                i = shares.last().map_or(i, |&l| l + 1);
                claims.push(Claim::Shares {
                    shares,
                    exhaustive: true,
                });
            } else if let Some(shares) = origins_of_one_body(scope, first) {
                i = shares.last().map_or(i, |&l| l + 1);
                claims.push(Claim::Shares {
                    shares,
                    exhaustive: false,
                });
                continue;
            }
            // Else only a ranked list the rest closes is known to share
            // one whole ("34% of decided voters ... second on 27%, ...;
            // smaller parties share the remaining 6%").
            if !scope.sentence_has(first, RANKED)
                && !(first + 1..scope.quantities.len())
                    .take(3)
                    .any(|j| scope.sentence_has(j, RANKED))
            {
                continue;
            }
        }
        let same: Vec<usize> = (first + 1..scope.quantities.len())
            .take(super::REACH)
            .take_while(|&j| scope.place(j).is_some_and(|p| p.sentence == fp.sentence))
            .filter(|&j| part_share(scope, j))
            .collect();
        let next: Vec<usize> = (first + 1..scope.quantities.len())
            .take(super::REACH)
            .skip_while(|&j| scope.place(j).is_some_and(|p| p.sentence == fp.sentence))
            .collect();
        let next_sentence = next
            .first()
            .and_then(|&j| scope.place(j))
            .map(|p| p.sentence);
        let after: Vec<usize> = next
            .into_iter()
            .take_while(|&j| scope.place(j).map(|p| p.sentence) == next_sentence)
            .filter(|&j| part_share(scope, j))
            .collect();
        // Another poll or another whole starts a list of its own, as does
        // a lead of its own ("- Turnover by source: matchday 41%, ...").
        let own_lead = after.first().is_some_and(|&j| {
            let (Some(q), Some(p)) = (scope.q(j), scope.place(j)) else {
                return false;
            };
            // A lead is a few words: only they are read, not a long
            // sentence's every byte.
            let span = scope.layout.sentence_span(p.sentence, scope.text.len());
            let from = span.start.max(q.span.start.saturating_sub(80));
            scope
                .text
                .as_bytes()
                .get(from..q.span.start)
                .is_some_and(|lead| lead.contains(&b':'))
        });
        let goes_on = after.len() >= 2
            && !own_lead
            && !after.first().is_some_and(|&j| whole_of_its_own(scope, j))
            && !each_of_its_own(scope, &after)
            && !after.iter().any(|&j| of_a_whole(scope, j))
            && after
                .first()
                .and_then(|&j| scope.place(j))
                .is_some_and(|p| p.paragraph <= fp.paragraph + 1);
        let listed = |run: &[usize]| {
            run.len() >= 2 && super::breakdown::coordinated_run(scope, run).len() == run.len()
        };
        let ranked = |j: usize| scope.sentence_has(j, RANKED);
        // "53% of the vote in Glasgow, 57% in Dundee": one side's shares of
        // several wholes, each named after it.
        let own_whole = |j: &usize| {
            scope.place(*j).is_some_and(|p| {
                ["in", "among", "at", "for"]
                    .iter()
                    .any(|w| p.after_is(0, w))
            })
        };
        if same.iter().chain(&after).any(own_whole) {
            continue;
        }
        let mut shares = vec![first];
        if !same.is_empty()
            && (ranked(first) || listed(&same) || same.len() == 1)
            && !shares_within(scope, first, &same)
        {
            shares.extend(&same);
        }
        if goes_on && (after.first().is_some_and(|&j| ranked(j)) || listed(&after)) {
            shares.extend(&after);
        }
        // "... shared the remaining 9.7%": the rest, stated, closes the list.
        let last = shares.last().copied().unwrap_or(first);
        let rest = remaining_share(scope, last);
        shares.extend(rest);
        if shares.len() >= 3 && (whole_named || rest.is_some()) {
            // The list's own shares start no other list.
            i = i.max(shares.last().map_or(i, |&l| l + 1));
            claims.push(Claim::Shares {
                shares,
                exhaustive: rest.is_some(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn shares_of_one_budget_or_market_are_at_most_the_whole() {
        let budget = "Police\n\nOfficers' pay will take 61% of the budget, staff pay 22%, buildings 14%, and IT N.\n";
        assert_eq!(rules(&budget.replace('N', "13%")), ["sum-mismatch"]);
        assert!(rules(&budget.replace('N', "3%")).is_empty());
        let market = "Grocers\n\nFairway had a market share of 31.4%, followed by Brennans on 27.9%, Culvers on 22.6% and Dunlop's on 28.4%.\n";
        assert_eq!(rules(market), ["sum-mismatch"]);
        let places = "Vote\n\nThe yes side won 53% of the vote in Glasgow, 57% in Dundee and 51% in Lanarkshire.\n";
        assert!(rules(places).is_empty());
    }

    #[test]
    fn a_ranked_list_closed_by_the_rest_is_all_of_one_whole() {
        let text = "Poll\n\nThe Alliance leads with 34% of decided voters, according to a poll of 1,850 adults.\n\nThe Social Democrats are second on 27%, followed by the Greens on 19%, the League on 11% and the Liberals on 9%. Smaller parties share the remaining N.\n";
        assert_eq!(rules(&text.replace('N', "6%")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "0.5%")).is_empty());
        // Without the rest, shares of voters may be of several questions.
        let open = text.replace(" Smaller parties share the remaining N.", "");
        assert!(rules(&open).is_empty());
    }

    #[test]
    fn a_list_with_a_lead_of_its_own_does_not_go_on_another_share() {
        let text = "# Club\n\n- Player and staff wages: £2.61m, 68% of turnover\n- Turnover by source: matchday 41%, commercial 33%, broadcasting 19%, other 8%\n";
        assert!(crate::claim::testing::markdown_rules(text).is_empty());
    }

    #[test]
    fn shares_of_a_sum_just_stated_go_on_with_another() {
        let text = "Charity\n\nIts income last year was £480,000. Donations made up 58% of that.\n\nLegacies contributed another 27%, and grants accounted for N.\n";
        assert_eq!(rules(&text.replace('N', "24%")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "14%")).is_empty());
        // "of that" with no sum just stated names no whole.
        let bare = "Charity\n\nIt helped 480 families. Donations made up 58% of that.\n\nLegacies contributed another 27%, and grants accounted for 24%.\n";
        assert!(rules(bare).is_empty());
    }

    #[test]
    fn a_whole_stated_with_its_figure_starts_a_list_of_its_own() {
        let text = "Band\n\nTravel will cost about £9,000. The band has raised 62% of that sum.\n\nThe band's annual income of £36,000 comes from tickets (41%), grants (33%) and subscriptions (N).\n";
        assert!(rules(&text.replace('N', "27%")).is_empty());
        assert_eq!(rules(&text.replace('N', "37%")), ["sum-mismatch"]);
        let of = "Fair\n\nThe fair's income of £36,000 rose again, with 64% of visitors local, 48% under 30 and 30% first-timers.\n";
        assert!(rules(of).is_empty());
    }

    #[test]
    fn the_shares_of_one_contest_are_at_most_the_whole_vote() {
        let text = "Mayor\n\nMoorcroft was re-elected, winning 41 per cent of the vote on a turnout of 24.8 per cent.\n\nTreharne came second with 28 per cent, followed by Brand on 22 per cent and Oakes on N per cent.\n";
        assert_eq!(rules(&text.replace('N', "14")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "9")).is_empty());
        let one = "Poll\n\nShe won 52% of the vote, ahead of Lee on 38% and Park on 19%.\n";
        assert_eq!(rules(one), ["sum-mismatch"]);
        let change =
            "Poll\n\nShe won 52% of the vote, up from 38%, and second place went to Park.\n";
        assert!(rules(change).is_empty());
        let two_polls = "Polls\n\nOne poll showed the Tories with 41% of the vote, Labour with 35% and the Alliance with 21%.\n\nAnother found the Tories ahead with 35.6% of the vote, Labour with 31.9% and the Alliance with 31.4%.\n";
        assert!(rules(two_polls).is_empty());
    }

    #[test]
    fn where_the_members_of_one_body_come_from_is_one_place_each() {
        let text = "Intake\n\nA full 58% of the new intake come from the surrounding region, 27% from elsewhere in the country and N from overseas.\n";
        assert_eq!(rules(&text.replace('N', "21%")), ["sum-mismatch"]);
        assert!(rules(&text.replace('N', "15%")).is_empty());
        // Shares of several things, not one place each.
        let apart = "Intake\n\nAround 58% of the new intake are women, 27% are over 21 and 21% from overseas.\n";
        assert!(rules(apart).is_empty());
    }

    #[test]
    fn answers_closed_by_a_catch_all_are_all_of_those_asked() {
        let text = "Poll\n\nOverall, 46% of respondents chose Riverside, 31% preferred the depot and 9% wanted a refit; LAST said they had no preference.\n";
        assert_eq!(rules(&text.replace("LAST", "6%")), ["sum-mismatch"]);
        assert!(rules(&text.replace("LAST", "14%")).is_empty());
        // Without a catch-all the answers listed may be some of them.
        let open = "Poll\n\nOverall, 46% of respondents chose Riverside, 31% preferred the depot and 9% wanted a refit.\n";
        assert!(rules(open).is_empty());
    }

    #[test]
    fn shares_with_a_first_they_fit_inside_may_be_its_parts() {
        let text = "Mill\n\nExports account for 62% of sales, with Japan taking 24% and Italy @.\n";
        assert!(rules(&text.replace('@', "19%")).is_empty());
        // Beside a first they do not fit inside, they are its siblings.
        let beside =
            "Vote\n\nLabour won 41% of the vote, with the Greens taking 38% and the Tories @.\n";
        assert_eq!(rules(&beside.replace('@', "27%")), ["sum-mismatch"]);
    }

    #[test]
    fn shares_each_of_a_named_thing_are_of_as_many_wholes() {
        let text = "Stake\n\nThe bank's lending rose to 32.6 billion marks. Foreign debtors accounted for 24 pct of this lending, and Latin American debtors accounted for 14.7 pct of total lending to foreigners.\n\nThe bank sold 25 pct of Volks Leben AG, 74.9 pct of Sparbank Vermoegensbildung und Hypotheken AG and five pct of Allgemeine Hypo AG.\n";
        assert!(rules(text).is_empty());
    }
}
