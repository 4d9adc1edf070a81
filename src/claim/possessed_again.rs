//! A count of all of someone's things said again through a possessive:
//! "James Metcalfe keeps a flock of 1,100 ewes" ... "the Metcalfes' 1,400
//! ewes"; "The club has 640 members" ... "the club's 460 members".
//!
//! The possessive names all of its owner's things, so it restates the
//! figure the story gave when it said the owner had them: the like figure
//! for the same things whose clause names the owner and says it has them
//! (a verb of having, or a flock, fleet or staff "of" them). With two such
//! figures of different values, or a time that sets them apart, nothing
//! is claimed.

use super::context::is_any;
use super::{Claim, Scope};
use crate::quantity::Kind;

/// How many paragraphs back the figure owned may stand.
const PARAGRAPHS_BACK: usize = 6;

/// How many words before a figure may name its owner and say it has it.
const OWNER_WORDS: usize = 10;

/// Verbs of having, and the groups whose size is what an owner has.
const HAVING: &[&str] = &[
    "has",
    "have",
    "had",
    "keeps",
    "kept",
    "owns",
    "owned",
    "holds",
    "held",
    "employs",
    "employed",
    "manages",
    "runs",
    "flock",
    "herd",
    "fleet",
    "staff",
    "workforce",
    "membership",
    "collection",
    "portfolio",
    "estate",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    // Read only for a text with a possessive that needs it.
    let subject = std::cell::OnceCell::new();
    for i in 0..scope.quantities.len() {
        // Cheapest tests first: most figures follow no possessive.
        let Some(p) = scope.place(i) else { continue };
        let Some(owner) = owner_of(p.prev()) else {
            continue;
        };
        let Some(q) = scope.q(i) else { continue };
        let Some(noun) = q.noun.as_deref() else {
            continue;
        };
        if q.kind != Kind::Count || q.range.is_some() || q.vague {
            continue;
        }
        let owns = |j: usize| {
            scope.comparable(i, j)
                && scope.q(j).is_some_and(|x| {
                    x.range.is_none()
                        && !x.vague
                        && x.noun
                            .as_deref()
                            .is_some_and(|m| super::synonyms::same_things(noun, m))
                })
                && scope.place(j).is_some_and(|x| {
                    x.sentence != p.sentence && !x.prev_is(&["from"]) && !x.past_frame()
                })
                && had_by(scope, j, &owner, || {
                    subject.get_or_init(|| story_subject(scope)).as_ref()
                })
                && super::restatement::same_frame(scope, j, i)
        };
        // "212 junior members" are some of "the club's 340 members": a kind
        // named on either side is another group.
        let owned: Vec<usize> = scope
            .earlier(i, PARAGRAPHS_BACK)
            .filter(|&j| {
                owns(j)
                    && super::restatement::no_narrower(scope, j, i, noun)
                    && super::restatement::no_narrower(scope, i, j, noun)
            })
            .collect();
        // "The service employs 640 firefighters. Of those, 415 work
        // full-time shifts" ... "the service's 540 full-time firefighters":
        // the kind named is the part said to be of that kind.
        let first = owned.last().copied().or_else(|| {
            scope
                .earlier(i, PARAGRAPHS_BACK)
                .filter(|&j| owns(j))
                .last()
                .and_then(|whole| part_of_the_kind(scope, whole, i, noun))
        });
        let Some(first) = first else { continue };
        let value = scope.q(first).and_then(|f| f.value);
        let one_value = owned
            .iter()
            .all(|&j| scope.q(j).and_then(|x| x.value) == value);
        if one_value
            && value != q.value
            && scope
                .q(first)
                .is_some_and(|f| super::restatement::close(f, q))
        {
            claims.push(Claim::Restatement { first, second: i });
        }
    }
}

/// How many words after a part may name its kind.
const KIND_WORDS: usize = 4;

/// The one count after `whole` and before `later`, in `whole`'s sentence
/// or the next, that is smaller and whose words name every kind `later` names before its
/// noun ("415 work full-time shifts" for "540 full-time firefighters").
fn part_of_the_kind(scope: &Scope, whole: usize, later: usize, noun: &str) -> Option<usize> {
    let kinds = super::restatement::kinds_named(scope, later, noun);
    let sentence = scope.place(whole)?.sentence;
    let whole_size = scope.q(whole)?.point();
    if kinds.is_empty() {
        return None;
    }
    let mut parts = (whole + 1..later).filter(|&k| {
        scope.place(k).is_some_and(|p| p.sentence <= sentence + 1)
            && scope.q(k).is_some_and(|q| {
                q.kind == Kind::Count && q.range.is_none() && q.point() < whole_size
            })
            && {
                let words: Vec<String> = super::part::following_words(scope, k, KIND_WORDS)
                    .iter()
                    .map(|w| w.to_ascii_lowercase())
                    .collect();
                kinds.iter().all(|m| words.contains(m))
            }
    });
    match (parts.next(), parts.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// The owner a possessive names, lowercased and without a family's
/// plural: "Metcalfes'" and "Metcalfe's" are "metcalfe". Not a time
/// ("last year's").
fn owner_of(word: &str) -> Option<String> {
    let owner = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .or_else(|| word.strip_suffix("s'"))
        .or_else(|| word.strip_suffix("s\u{2019}"))?;
    let owner = owner.to_ascii_lowercase();
    let time = is_any(
        &owner,
        &[
            "year",
            "season",
            "month",
            "week",
            "quarter",
            "day",
            "today",
            "summer",
            "winter",
            "spring",
            "autumn",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ],
    );
    (owner.len() >= 3 && !time).then_some(owner)
}

/// Whether the words before figure `j` in its sentence name `owner` and
/// say it has the figure's things.
fn had_by<'s, 'd: 's>(
    scope: &Scope,
    j: usize,
    owner: &str,
    subject: impl FnOnce() -> Option<&'s StorySubject<'d>>,
) -> bool {
    let Some(p) = scope.place(j) else {
        return false;
    };
    let words: Vec<&str> = p.before().rev().take(OWNER_WORDS).collect();
    let named = words.iter().any(|w| {
        let w = w.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        w.eq_ignore_ascii_case(owner)
    });
    // "A marked trail around the wreck ..., opened on Saturday, with 18
    // markers": the sentence's subject has what ", with" sets off.
    let set_off = scope
        .q(j)
        .and_then(|q| scope.text.get(..q.span.start))
        .is_some_and(|t| {
            t.trim_end()
                .strip_suffix("with")
                .is_some_and(|t| t.trim_end().ends_with(','))
        });
    let with = set_off && {
        let span = scope.layout.sentence_span(p.sentence, scope.text.len());
        super::context::words_in(scope.text, span.start, span.end)
            .take(4)
            .any(|w| w.eq_ignore_ascii_case(owner))
    };
    with || words.iter().take(4).any(|w| is_any(w, HAVING))
        && (named || names_the_story_s_subject(subject(), owner, &words))
}

/// The story's subject as the headline and lead name it: "Ice-climbing
/// centre raises prices" over "The Glacier Room in Hurstford ..." calls
/// the Glacier Room "the centre".
struct StorySubject<'d> {
    /// The headline's first words, lowercased, without a possessive.
    called: Vec<String>,
    /// The proper name the lead opens with, past an article.
    names: Vec<&'d str>,
}

/// How many of the headline's first words may name the story's subject.
const HEADLINE_SUBJECT_WORDS: usize = 4;

fn story_subject<'d>(scope: &Scope<'d>) -> Option<StorySubject<'d>> {
    let headline = scope.headline_text();
    let called = super::context::words_in(headline, 0, headline.len())
        .take(HEADLINE_SUBJECT_WORDS)
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("\u{2019}s")
                .to_ascii_lowercase()
        })
        .collect();
    let lead = scope.lead_text();
    let mut words = super::context::words_in(lead, 0, lead.len()).peekable();
    words.next_if(|w| is_any(w, &["the", "a", "an"]));
    let names: Vec<&str> = words
        .take_while(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && !crate::quantity::noun::is_stop(&w.to_ascii_lowercase())
        })
        .take(HEADLINE_SUBJECT_WORDS)
        .collect();
    (!names.is_empty()).then_some(StorySubject { called, names })
}

/// Whether `owner` is what the headline calls the story's subject and
/// `words` (nearest first) name that subject.
fn names_the_story_s_subject(subject: Option<&StorySubject>, owner: &str, words: &[&str]) -> bool {
    subject.is_some_and(|s| {
        s.called.iter().any(|c| c == owner) && words.iter().any(|w| s.names.contains(w))
    })
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::rules;

    #[test]
    fn a_possessive_restates_what_its_owner_was_said_to_have() {
        let flock = "Flock\n\nJames Metcalfe, 67, keeps a flock of 1,100 ewes on Low Garth Farm.\n\nThe union said the Metcalfes' @ ewes were among the oldest bloodlines.\n";
        assert_eq!(
            rules(&flock.replace('@', "1,400")),
            ["restatement-conflict"]
        );
        assert!(rules(&flock.replace('@', "1,100")).is_empty());
        let club = "Club\n\nThe club has 640 members.\n\nThe secretary said the club's @ members were proud.\n";
        assert_eq!(rules(&club.replace('@', "460")), ["restatement-conflict"]);
    }

    #[test]
    fn the_headline_s_noun_for_the_story_s_subject_owns_what_the_subject_has() {
        let text = "Ice-climbing centre raises prices\n\nThe Glacier Room in Hurstford will raise the price of a day pass next month.\n\nThe Glacier Room has 1,450 members and runs courses.\n\nThe manager said the centre's roughly @ members had been told.\n";
        assert_eq!(rules(&text.replace('@', "900")), ["restatement-conflict"]);
        assert!(rules(&text.replace('@', "1,450")).is_empty());
        // A headline that does not call the subject so names no owner.
        let other = text.replace("Ice-climbing centre", "Ice wall");
        assert!(rules(&other.replace('@', "900")).is_empty());
        // Nor does one whose subject is another than the lead's.
        let club = "Club takes over leisure centre\n\nThe Hurstford Rowing Club will run the Glacier Room.\n\nThe Hurstford Rowing Club has 640 members.\n\nThe centre's 900 members were told.\n";
        assert!(rules(club).is_empty());
        // The lead is the paragraph after the headline, with or without
        // an article before the name.
        let bare = "Centre's prices rise\n\nGlacier Room in Hurstford will raise its prices.\n\nIt says Glacier Room has 1,450 members.\n\nThe centre's 900 members were told.\n";
        assert_eq!(rules(bare), ["restatement-conflict"]);
    }

    #[test]
    fn a_possessive_of_what_its_owner_did_or_of_another_time_says_nothing() {
        let bought = "Shares\n\nThe group said it bought 530,000 shares since February.\n\nThe group's 1.6 million shares are worth $114m.\n";
        assert!(rules(bought).is_empty());
        let then = "Club\n\nThe club had 640 members last year.\n\nThe secretary said the club's 460 members this year were proud.\n";
        assert!(rules(then).is_empty());
    }

    #[test]
    fn a_kind_of_the_things_owned_is_not_all_of_them() {
        let club = "Club\n\nThe club now has 212 junior members.\n\nThe club's 340 members in all are made up of those juniors, 96 adult players and 32 social members.\n";
        assert!(rules(club).is_empty());
    }

    #[test]
    fn the_people_an_owner_employs_are_its_workers() {
        let mill = "Mill\n\nThe mill employs 3,200 people, of whom about 1,000 were placed on short time.\n\nThe firm said the mill's @ workers would return to full hours in March.\n";
        assert_eq!(rules(&mill.replace('@', "2,700")), ["restatement-conflict"]);
        assert!(rules(&mill.replace('@', "3,200")).is_empty());
    }

    #[test]
    fn a_kind_of_the_things_owned_restates_the_part_of_that_kind() {
        let text = "Fire\n\nThe service employs 640 firefighters. Of those, 415 work full-time shifts and the remaining 225 are on-call crews.\n\nThe union said the plan put at risk the jobs of the service's @ full-time firefighters.\n";
        assert_eq!(rules(&text.replace('@', "540")), ["restatement-conflict"]);
        assert!(rules(&text.replace('@', "415")).is_empty());
        // A kind no part names is still another group.
        let other = text.replace("full-time firefighters.", "retained firefighters.");
        assert!(rules(&other.replace('@', "540")).is_empty());
    }

    #[test]
    fn a_figure_owned_by_a_thing_named_before_points_back_to_it() {
        let text = "Wreck\n\nA marked trail around the wreck opened on Saturday, with 18 markers.\n\nThe @'s 16 markers describe the boilers and the stern.\n";
        assert_eq!(rules(&text.replace('@', "trail")), ["restatement-conflict"]);
        // Another owner's markers are its own.
        assert!(rules(&text.replace('@', "museum")).is_empty());
    }
}
