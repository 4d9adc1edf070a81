//! Ages restated: "Delia Harwood, 47, ..." and later "the 52-year-old".
//!
//! News copy introduces a person with their age and refers back to them by
//! it ("the 52-year-old said"): a definite "the N-year-old" points back to
//! someone already named. Sports and court copy often refers so to a second
//! person whose age it never gave, so the back-reference must be shown to
//! be the same person: the one person given an age before, named by the
//! same surname in the back-reference's sentence or the one before ("said
//! Ms Harwood. The 52-year-old ...").

use super::{Claim, Scope};
use crate::quantity::Kind;

/// Words that may follow "the 52-year-old" when it names a person: a
/// person noun, or the verb or clause of the sentence it is subject of.
/// "the 100-year-old bridge" names a thing and is not a back-reference.
const PERSON_OR_VERB: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "mother",
    "father",
    "son",
    "daughter",
    "who",
    "was",
    "is",
    "had",
    "has",
    "said",
    "says",
    "told",
    "will",
    "would",
    "could",
    "added",
    "admitted",
    "denied",
    "pleaded",
    "joined",
    "also",
    "now",
    "then",
    "took",
    "became",
    "described",
    "appeared",
    "started",
    "runner",
    "player",
    "driver",
    "grandmother",
    "grandfather",
    "defendant",
    "chief",
    "founder",
    "director",
    "manager",
];

/// People named by their tie to someone: another person than the one
/// whose age was given ("his wife, who is 61").
const RELATIVES: &[&str] = &[
    "wife",
    "husband",
    "partner",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "child",
    "grandson",
    "granddaughter",
    "friend",
    "neighbour",
    "colleague",
    "girlfriend",
    "boyfriend",
    "widow",
];

pub fn find(scope: &Scope, claims: &mut Vec<Claim>) {
    let mut stated: Vec<usize> = Vec::new();
    for (i, q) in scope.quantities.iter().enumerate() {
        if q.kind != Kind::Age || q.value.is_none() {
            continue;
        }
        // "succeeding Sticht, who is 69": a name another than the one aged before.
        let other_name = who_antecedent(scope, i).is_some_and(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && stated
                    .iter()
                    .all(|&j| name_before(scope, j).is_none_or(|n| n != w))
        });
        if is_back_reference(scope, i) && !names_someone_else(scope, &stated, i) && !other_name {
            let same = |&j: &usize| scope.q(j).is_some_and(|p| p.value == q.value);
            if let [first] = stated.as_slice()
                && !stated.iter().any(same)
                && (name_before(scope, *first).is_some_and(|name| {
                    named_near(scope, i, name)
                        || story_subject(scope, *first, i, name)
                        || no_one_else_named(scope, *first, i)
                }) || one_unnamed_person(scope, *first, i))
            {
                claims.push(Claim::Restatement {
                    first: *first,
                    second: i,
                });
            } else if let Some(first) = swapped_from(scope, &stated, i) {
                claims.push(Claim::Restatement { first, second: i });
            }
        } else if let Some(first) =
            named_again(scope, &stated, i).or_else(|| kind_again(scope, &stated, i))
        {
            claims.push(Claim::Restatement { first, second: i });
        } else if !stated
            .iter()
            .any(|&j| scope.q(j).is_some_and(|p| p.value == q.value))
        {
            stated.push(i);
        }
    }
}

/// "Sasha, 11, an Amur tigress" ... "the 14-year-old tigress": the one
/// aged thing of that kind said again. People are left out: "the
/// 27-year-old striker" is one of several in sports copy.
fn kind_again(scope: &Scope, stated: &[usize], i: usize) -> Option<usize> {
    let q = scope.q(i)?;
    let p = scope.place(i)?;
    let written = scope.text.get(q.span.start..q.span.end)?;
    let kind = p.after().next()?.to_ascii_lowercase();
    if !written.contains("year-old")
        || !p.prev_is(&["the"])
        || kind.len() < 4
        || super::synonyms::is_person(&crate::quantity::noun::normalise(&kind))
    {
        return None;
    }
    let mut of_kind = stated.iter().copied().filter(|&j| {
        super::part::following_words(scope, j, 4)
            .iter()
            .any(|w| w.eq_ignore_ascii_case(&kind))
    });
    match (of_kind.next(), of_kind.next()) {
        (Some(j), None) if scope.q(j)?.value != q.value => Some(j),
        _ => None,
    }
}

/// "Graham Petrie, 61, ..." and later "Petrie, 67, had ..." or "the
/// 67-year-old Petrie": an age set again beside the surname of someone
/// given another age before, not of another person of that name ("his
/// brother Alan Petrie, 58").
fn named_again(scope: &Scope, stated: &[usize], i: usize) -> Option<usize> {
    // "The 52-year-old Landor" names the person it points back to.
    let definite_name = || {
        let written = scope
            .q(i)
            .and_then(|q| scope.text.get(q.span.start..q.span.end))?;
        let p = scope.place(i)?;
        let next = p.after().next()?;
        (written.contains("year-old")
            && p.prev_is(&["the"])
            && next.starts_with(|c: char| c.is_uppercase()))
        .then_some(next)
    };
    let name = name_before(scope, i).or_else(definite_name)?;
    let value = scope.q(i)?.value;
    let given = |j: usize| {
        let q = scope.q(j)?;
        let before = scope
            .text
            .get(..q.span.start)?
            .trim_end()
            .strip_suffix(',')?;
        let mut words = before.split_whitespace().rev().skip(1);
        words
            .next()
            .filter(|w| w.starts_with(|c: char| c.is_uppercase()) && w.len() > 1)
    };
    let mut same_name = stated
        .iter()
        .copied()
        .filter(|&j| name_before(scope, j) == Some(name));
    let first = same_name.next()?;
    let other_given = given(i).is_some_and(|g| given(first) != Some(g));
    (same_name.next().is_none() && scope.q(first)?.value != value && !other_given).then_some(first)
}

/// "Dan Pryor, the 41-year-old who ...": an age set beside a name is that
/// person's, someone else than anyone given an age before under another
/// name.
fn names_someone_else(scope: &Scope, stated: &[usize], i: usize) -> bool {
    let Some(before) = scope.q(i).and_then(|q| scope.text.get(..q.span.start)) else {
        return false;
    };
    let Some(name) = before
        .trim_end()
        .strip_suffix("the")
        .and_then(|b| b.trim_end().strip_suffix(','))
        .and_then(|b| b.split_whitespace().next_back())
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
    else {
        return false;
    };
    !stated
        .iter()
        .any(|&j| name_before(scope, j).is_some_and(|n| n == name))
}

/// "Grandfather, 78, ..." (his daughter, 46, beside him) and later "the
/// 87-year-old": among several people given an age, the one whose age the
/// back-reference writes with two digits swapped, when no one is its age.
fn swapped_from(scope: &Scope, stated: &[usize], i: usize) -> Option<usize> {
    let value = scope.q(i)?.value;
    // "the 82-year-old Jones" names someone new.
    let new_name = scope
        .place(i)?
        .after()
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    if new_name
        || stated
            .iter()
            .any(|&j| scope.q(j).is_some_and(|p| p.value == value))
    {
        return None;
    }
    let mut swapped = stated
        .iter()
        .copied()
        .filter(|&j| super::restatement::adjacent_swap(scope.q(j).and_then(|q| q.value), value));
    match (swapped.next(), swapped.next()) {
        (Some(j), None) => Some(j),
        _ => None,
    }
}

/// "Man, 47, charged ...", "a 47-year-old man" and later "The 52-year-old":
/// the story's one person with an age has no name, and the back-reference
/// names no other kind of person ("the 52-year-old woman").
fn one_unnamed_person(scope: &Scope, first: usize, i: usize) -> bool {
    const KINDS: &[&str] = &["man", "woman", "boy", "girl"];
    let unnamed =
        name_before(scope, first).is_none_or(|n| KINDS.iter().any(|k| n.eq_ignore_ascii_case(k)));
    let kind_of = |j: usize| {
        let p = scope.place(j)?;
        let words: Vec<&str> = p.before().rev().take(1).chain(p.after().take(1)).collect();
        words
            .into_iter()
            .find(|w| KINDS.iter().any(|k| w.eq_ignore_ascii_case(k)))
            .map(str::to_ascii_lowercase)
    };
    // The first must be said to be such a person ("a 47-year-old man"):
    // "the 25-year-old striker" is one of several in sports copy.
    let (a, b) = (kind_of(first), kind_of(i));
    unnamed && a.is_some() && (b.is_none() || a == b)
}

/// "Delia Harwood, 47," or "Harwood, aged 47": the surname an age is given for.
fn name_before<'d>(scope: &Scope<'d>, i: usize) -> Option<&'d str> {
    let q = scope.q(i)?;
    let before = scope.text.get(..q.span.start)?.trim_end();
    let before = before.strip_suffix("aged").unwrap_or(before).trim_end();
    let Some(name) = before
        .strip_suffix(',')
        .and_then(|b| b.split_whitespace().next_back())
    else {
        return name_after(scope, i);
    };
    name.starts_with(|c: char| c.is_uppercase()).then_some(name)
}

/// "34-year-old striker Dele Okafor": the surname after an age and a role.
fn name_after<'d>(scope: &Scope<'d>, i: usize) -> Option<&'d str> {
    let q = scope.q(i)?;
    let written = scope.text.get(q.span.start..q.span.end)?;
    // "the 27-year-old Spaniard" points back to someone as much as it names.
    let definite = scope.place(i).is_some_and(|p| p.prev_is(&["the"]));
    if !written.contains("year-old") || definite {
        return None;
    }
    let capital = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let mut words = scope
        .text
        .get(q.span.end..)?
        .split_whitespace()
        .take(5)
        .peekable();
    // One role word at most ("striker"): "a 47-year-old man from Leeds" names a place.
    if !words.peek().is_some_and(capital) {
        words.next();
    }
    // The name ends at a punctuation mark: "Joel Asante. Redfern made ...".
    let mut ended = false;
    let surname = words
        .take_while(|w| {
            let take = !ended && capital(w);
            ended = w.ends_with([',', '.', ';', ':', '!', '?']);
            take
        })
        .last()?;
    Some(surname.trim_end_matches([',', '.', ';', ':', '!', '?']))
}

/// Whether `name` is written in quantity `i`'s sentence or the one before.
fn named_near(scope: &Scope, i: usize, name: &str) -> bool {
    let Some(sentence) = scope.place(i).map(|p| p.sentence) else {
        return false;
    };
    let len = scope.text.len();
    let from = scope
        .layout
        .sentence_span(sentence.saturating_sub(1), len)
        .start;
    let to = scope.layout.sentence_span(sentence, len).end;
    super::context::words_in(scope.text, from, to).any(|w| w.trim_end_matches("'s") == name)
}

/// Whether `name`, given the age `first`, is who the story is about when
/// the back-reference `i` comes: named again since ("Olenska, who spent 19
/// years at ...") and no other name right after the back-reference ("the
/// 23-year-old Molik" is a new person).
fn story_subject(scope: &Scope, first: usize, i: usize, name: &str) -> bool {
    let (Some(fq), Some(q), Some(place)) = (scope.q(first), scope.q(i), scope.place(i)) else {
        return false;
    };
    // Named again not too far back: the last CUE_REACH bytes are read.
    let from = fq
        .span
        .end
        .max(q.span.start.saturating_sub(super::CUE_REACH));
    let named_again = super::context::words_in(scope.text, from, q.span.start)
        .any(|w| w.trim_end_matches("'s").trim_end_matches(',') == name);
    let new_name = place
        .after()
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    named_again && !new_name
}

/// Whether no other person's full name ("Ahmed Rourke") stands between the
/// named age `first` and the back-reference `i`: then "The 63-year-old
/// said" can only be the one person named. A pair of capitalised words
/// that is not a sentence's opening word and the next is read as a name.
fn no_one_else_named(scope: &Scope, first: usize, i: usize) -> bool {
    let (Some(fq), Some(q)) = (scope.q(first), scope.q(i)) else {
        return false;
    };
    let between = scope.text.get(fq.span.end..q.span.start).unwrap_or("");
    let capital = |w: &str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
    };
    let words: Vec<&str> = between.split_whitespace().collect();
    !words.windows(2).any(|pair| match pair {
        [a, b] => {
            capital(a)
                && capital(b.trim_end_matches([',', '.', '\'', ':', ';']))
                && !crate::quantity::noun::is_stop(&a.to_ascii_lowercase())
        }
        _ => false,
    })
}

/// The word a "who is 61" clause is said of ("his client", "Sticht"),
/// when the age closes such a clause.
fn who_antecedent<'d>(scope: &Scope<'d>, i: usize) -> Option<&'d str> {
    let place = scope.place(i)?;
    if !(place.prev_is(&["is", "was", "now"]) && place.before_has(3, &["who"])) {
        return None;
    }
    place
        .before()
        .rev()
        .skip_while(|w| !w.eq_ignore_ascii_case("who"))
        .nth(1)
}

/// "the 52-year-old said": a definite age standing for a person.
fn is_back_reference(scope: &Scope, i: usize) -> bool {
    let written_as_age = scope
        .q(i)
        .and_then(|q| scope.text.get(q.span.start..q.span.end))
        .is_some_and(|t| t.contains("year-old") || t.contains("year old"));
    let Some(place) = scope.place(i) else {
        return false;
    };
    let next = place.after().next();
    // A verb in the past or the third person ("wants", "joined") also
    // makes the age the subject.
    // Not a plural noun that heads its own verb ("the 232-year-old trees
    // would be surveyed").
    let heads_a_verb = place.after().nth(1).is_some_and(|w| {
        super::context::is_any(
            w,
            &[
                "would", "will", "were", "are", "have", "could", "can", "may", "must", "should",
            ],
        )
    });
    let verb_like =
        |w: &str| w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss") && !heads_a_verb;
    // "The 52-year-old, of Mill Lane, ...": a comma closes the noun phrase.
    let comma = scope
        .q(i)
        .and_then(|q| scope.text.get(q.span.end..))
        .is_some_and(|t| t.starts_with(','));
    let ends_clause = comma
        || next.is_none_or(|w| {
            PERSON_OR_VERB.iter().any(|p| w.eq_ignore_ascii_case(p)) || verb_like(w)
        });
    // "the eight-year-old boy who ...": a new person, defined by the clause.
    let restricted = place.after_is(1, "who") || place.after_is(1, "that");
    // "Okafor, who turned 31 in March", "Okafor turned 31": said again of
    // a named person. Not "before I turned 35" nor "the week he turned
    // 17": a bound or a past birthday, not the age now.
    let turned = place.prev_is(&["turned"])
        && place.before().rev().nth(1).is_some_and(|w| {
            w.eq_ignore_ascii_case("who")
                || w != "I"
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && !super::context::is_any(
                        w,
                        &["before", "until", "when", "once", "after", "since", "as"],
                    )
        });
    // "his client, who is 61 and ...": said again of someone named before.
    // Not "his wife, who is 61": a relative is someone else.
    let who_is = who_antecedent(scope, i)
        .is_some_and(|w| !RELATIVES.iter().any(|r| w.eq_ignore_ascii_case(r)));
    turned || who_is || written_as_age && place.prev_is(&["the"]) && ends_clause && !restricted
}

#[cfg(test)]
mod tests {
    use crate::claim::testing::{restatements, rules};

    #[test]
    fn the_one_aged_thing_of_a_kind_said_again() {
        let text = "Zoo\n\nThe star attraction remains Sasha, 11, an Amur tigress who arrived in 2019.\n\nKeepers said the #-year-old tigress would be joined next spring by a male.\n";
        assert_eq!(restatements(&text.replace('#', "14")), 1);
        assert_eq!(restatements(&text.replace('#', "11")), 0);
    }

    #[test]
    fn an_age_of_things_heading_their_verb_is_no_person_s() {
        let text = "Forest\n\nChief forester Ewa Lind, 58, said the oaks planted in 1792 would be protected, and the #-year-old trees would be surveyed every year.\n";
        assert_eq!(restatements(&text.replace('#', "232")), 0);
        let person = "Forest\n\nChief forester Ewa Lind, 58, said the oaks would be protected.\n\nThe 52-year-old says she will survey them.\n";
        assert_eq!(restatements(person), 1);
    }

    #[test]
    fn the_only_person_named_is_who_the_definite_age_points_back_to() {
        let text = "Plant\n\nMargaret Odell, 58, who joined the plant in 1984, will lead its closure, Northgrid said.\n\nThe site now employs 740 people.\n\nThe #-year-old said the job was the last she would do.\n";
        assert_eq!(restatements(&text.replace('#', "63")), 1);
        assert_eq!(restatements(&text.replace('#', "58")), 0);
        // Another person named since may be who it means.
        let other = text.replace("now employs", "said Chair Ahmed Rourke now employs");
        assert_eq!(restatements(&other.replace('#', "63")), 0);
    }

    #[test]
    fn an_age_set_again_beside_the_same_surname_is_a_restatement() {
        let text = "Fraud\n\nGraham Petrie, 61, of Orchard Rise, admitted fraud.\n\nThe judge said Petrie, N, had betrayed his friends.\n";
        assert_eq!(restatements(&text.replace('N', "67")), 1);
        assert_eq!(restatements(&text.replace('N', "61")), 0);
        // Another of that name.
        let brother = "Fraud\n\nGraham Petrie, 61, admitted fraud.\n\nHis brother Alan Petrie, 58, was cleared.\n";
        assert_eq!(restatements(brother), 0);
        let definite = "Jobs\n\nChief executive Priya Landor, 47, said the decision was painful.\n\nThe 52-year-old Landor, who joined in 2019, will set out savings.\n";
        assert_eq!(restatements(definite), 1);
        // The name after an age ends with its sentence.
        let pair = "Cup\n\nThe stand was between captain Sam Redfern, 34, and 19-year-old Joel Asante.\n\nRedfern made 96, while Asante added 71.\n";
        assert_eq!(restatements(pair), 0);
        let spaniard = "Final\n\nCarlos Ruiz, 27, scored twice.\n\nThe 31-year-old Spaniard in goal saved a penalty.\n";
        assert_eq!(restatements(spaniard), 0);
    }

    #[test]
    fn an_age_in_a_who_clause_is_said_again_of_the_person() {
        let text = "Fraud\n\nGraham Thewlis, 58, of Meadow Lane, had admitted 14 counts of fraud.\n\nIn mitigation, his barrister said his client, who is N and has heart disease, had shown remorse.\n";
        assert_eq!(rules(&text.replace('N', "61")), ["restatement-conflict"]);
        assert!(rules(&text.replace('N', "58")).is_empty());
        let wife = text.replace("his client", "his wife");
        assert!(rules(&wife.replace('N', "61")).is_empty());
        let named = text.replace("his client", "succeeding Okafor");
        assert!(rules(&named.replace('N', "61")).is_empty());
        let same = text.replace("his client", "Thewlis");
        assert_eq!(rules(&same.replace('N', "61")), ["restatement-conflict"]);
    }

    #[test]
    fn turned_restates_a_named_age_until_the_next_birthday() {
        let text = "Contract\n\nThe club has given 34-year-old striker Dele Okafor a new contract.\n\nOkafor, who turned N in March, joined in 2017.\n";
        assert_eq!(rules(&text.replace('N', "31")), ["restatement-conflict"]);
        // 34 now, turned 33 or 34 within the year.
        assert!(rules(&text.replace('N', "34")).is_empty());
        assert!(rules(&text.replace('N', "33")).is_empty());
        // A birthday set in a time clause is no age of now.
        let bound = text.replace(
            "who turned N in March",
            "who wanted a title before he turned N",
        );
        assert!(rules(&bound.replace('N', "35")).is_empty());
        let past = text.replace("who turned N in March", "who joined the week he turned N");
        assert!(rules(&past.replace('N', "18")).is_empty());
        let named = text.replace(", who turned N in March,", " turned N in March and");
        assert_eq!(rules(&named.replace('N', "31")), ["restatement-conflict"]);
        // "the 27-year-old Spaniard Almunia" is itself a back-reference.
        let sport = "Keeper\n\nWenger has faith in the 27-year-old Spaniard Manuel Almunia.\n\nAlmunia, like the 30-year-old, wants to win the cup.\n";
        assert!(rules(sport).is_empty());
        // A man from a place is no name.
        let unnamed = "Court\n\nA 47-year-old man from Leeds was charged.\n\nThe 52-year-old, of Mill Lane, will appear in court.\n";
        assert_eq!(rules(unnamed), ["restatement-conflict"]);
    }

    #[test]
    fn a_back_reference_repeats_the_one_age_stated() {
        let wrong = "Delia Harwood, 47, admitted fraud.\n\nHarwood's lawyer said the 52-year-old had debts.";
        assert_eq!(restatements(wrong), 1);
        let right = "Delia Harwood, 47, admitted fraud.\n\nHarwood's lawyer said the 47-year-old had debts.";
        assert_eq!(restatements(right), 0);
    }

    #[test]
    fn two_people_or_a_thing_are_not_a_restatement() {
        let two = "Ann Lee, 47, and Bo Park, 52, were charged. The 52-year-old said nothing.";
        assert_eq!(restatements(two), 0);
        let thing = "Ann Lee, 47, owns the mill. The 150-year-old building is listed.";
        assert_eq!(restatements(thing), 0);
        let first_mention = "A 61-year-old man was hurt. Later a 23-year-old woman was arrested.";
        assert_eq!(restatements(first_mention), 0);
        // A second person, whose age the story never gave.
        let defined = "Tom Hanks, 48, plays the eight-year-old boy who saves Christmas.";
        assert_eq!(restatements(defined), 0);
        let other =
            "Tom Haas, 28, is out. Ana Molik won in 56 minutes. \"Good,\" said the 23-year-old.";
        assert_eq!(restatements(other), 0);
    }

    #[test]
    fn the_story_subject_named_again_is_who_the_age_points_back_to() {
        let text = "Maria Olenska, 58, took over in January.\n\nOlenska, who spent 19 years at a rival, plans 30 shops.\n\nOnline sales rose 9 per cent.\n\nThe 61-year-old said she wanted change.";
        assert_eq!(restatements(text), 1);
        let new_person =
            "Tom Haas, 28, is out. Haas was hurt.\n\nThe final went on. The 23-year-old Molik won.";
        assert_eq!(restatements(new_person), 0);
    }

    #[test]
    fn the_one_unnamed_person_with_an_age() {
        let man = "Man, 47, charged over theft\n\nPolice have charged a 47-year-old man over the theft.\n\nThe 52-year-old, of Mill Lane, will appear in court.\n";
        assert_eq!(restatements(man), 1);
        // Another kind of person: someone else.
        let woman = "Theft\n\nPolice have charged a 47-year-old man over the theft.\n\nThe 52-year-old woman arrested with him was released.\n";
        assert_eq!(restatements(woman), 0);
    }

    #[test]
    fn an_age_with_swapped_digits_among_several_people() {
        let text = "Runner, 78, finishes 50th marathon\n\nMr Mott, 78, has run in 19 countries.\n\nHis daughter, Claire Mott, 46, ran alongside him.\n\nFor the AGE, there is no question of retiring.\n";
        assert_eq!(restatements(&text.replace("AGE", "87-year-old")), 1);
        assert_eq!(restatements(&text.replace("AGE", "59-year-old")), 0);
        assert_eq!(restatements(&text.replace("AGE", "87-year-old Jones")), 0);
    }

    #[test]
    fn an_age_beside_a_new_name_is_that_person_s() {
        let text = "Marathon\n\nKenya's Josh Kiptai, 29, won the men's race. Local runner Dan Pryor, the 41-year-old who finished 12th, was delighted.\n";
        assert_eq!(restatements(text), 0);
        let same = "Marathon\n\nJosh Kiptai, 29, won the men's race.\n\nKiptai, the 31-year-old, was delighted.\n";
        assert_eq!(restatements(same), 1);
    }
}
