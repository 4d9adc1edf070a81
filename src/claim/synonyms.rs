//! Nouns that name one group of things: "worker" and "employee", "pupil"
//! and "student". Two counts stated as the whole of one group are one
//! figure whichever of the nouns each uses.
//!
//! The groups come from Princeton WordNet 3.0 (`noun_synonyms.txt`, built by
//! `scripts/build_wordnet_tables.py`; licence in `LICENSE-WORDNET`): nouns
//! whose most frequent senses are one synset, among people, animals,
//! buildings, vehicles, places and organisations. WordNet's first senses do
//! not link the groups news copy uses for a field or a workforce ("runner"
//! is first a smuggler, "staff" a body of people, "traveller" too rare a
//! sense to join "passenger"), so those few are listed here as well.

use std::sync::OnceLock;

/// Groups of news copy that WordNet's first senses leave apart.
const NEWS_GROUPS: &[&[&str]] = &[
    &["runner", "starter", "entrant", "competitor"],
    &["worker", "employee", "staff"],
    &["resident", "inhabitant"],
    &["passenger", "traveller"],
    &["cyclist", "rider"],
    &["crowd", "attendance", "audience", "spectator"],
    &["job", "role", "post", "position"],
    &["home", "household", "property", "house", "dwelling"],
    &["income", "revenue", "turnover", "takings"],
    &["prisoner", "inmate"],
    &["respondent", "response"],
    &["store", "shop", "supermarket", "outlet", "branch"],
];

/// Each noun of the news groups and the WordNet table and its group's
/// first noun, sorted by noun: searched without hashing, the news groups
/// first.
fn groups() -> &'static [(&'static str, &'static str)] {
    static TABLE: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut pairs = Vec::new();
        for set in NEWS_GROUPS {
            let head = set.first().copied().unwrap_or_default();
            pairs.extend(set.iter().map(|&w| (w, head)));
        }
        for line in include_str!("noun_synonyms.txt").lines() {
            let mut words = line.split_whitespace();
            let Some(head) = words.next() else { continue };
            pairs.push((head, head));
            pairs.extend(words.map(|w| (w, head)));
        }
        // A noun in two groups keeps its first, a news group's before
        // WordNet's (the sort is stable).
        pairs.sort_by_key(|&(w, _)| w);
        pairs.dedup_by_key(|&mut (w, _)| w);
        pairs
    })
}

/// The group a noun (a singular lemma) belongs to, named by one of its
/// nouns; the noun itself when it has no group.
pub fn group_of(noun: &str) -> &str {
    let table = groups();
    table
        .binary_search_by_key(&noun, |&(w, _)| w)
        .ok()
        .and_then(|at| table.get(at))
        .map_or(noun, |&(_, head)| head)
}

/// Whether `noun` names a kind of person ("patient", "voter", "nurse"):
/// from WordNet (`person_nouns.txt`), nouns whose first sense is a person
/// and that running text uses. "People" may stand for any of them.
pub fn is_person(noun: &str) -> bool {
    static TABLE: OnceLock<Vec<&'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut nouns: Vec<&str> = include_str!("person_nouns.txt").lines().collect();
            nouns.sort_unstable();
            nouns
        })
        .binary_search(&noun)
        .is_ok()
}

/// Whether `noun` names a body of members ("fleet", "population",
/// "workforce"): from WordNet (`collective_nouns.txt`), nouns whose first
/// sense is a group; and the words by which copy names a whole itself.
pub fn is_collective(noun: &str) -> bool {
    static TABLE: OnceLock<Vec<&'static str>> = OnceLock::new();
    // "one in three of everyone who has helped": all of those counted.
    matches!(
        noun,
        "total" | "whole" | "sample" | "intake" | "field" | "lineup" | "everyone" | "everybody"
    ) || TABLE
        .get_or_init(|| {
            let mut nouns: Vec<&str> = include_str!("collective_nouns.txt").lines().collect();
            nouns.sort_unstable();
            nouns
        })
        .binary_search(&noun)
        .is_ok()
}

/// Two nouns for the same things: one group, or "people" or "staff" and a
/// kind of person ("2,910 people ... and 1,745 glaucoma patients", "287
/// uniformed staff ... the 241 uniformed officers").
pub fn same_things(a: &str, b: &str) -> bool {
    // "2,400 adults" surveyed are the respondents, whoever they are.
    let any_person = |n: &str| matches!(n, "person" | "staff" | "respondent");
    // Respondents are a survey's sample: people, or the homes and firms asked.
    let sampled = |n: &str| {
        is_person(n)
            || matches!(
                n,
                "household" | "family" | "home" | "firm" | "business" | "company"
            )
    };
    group_of(a) == group_of(b)
        || a == "respondent" && sampled(b)
        || b == "respondent" && sampled(a)
        || any_person(a) && is_person(b)
        || any_person(b) && is_person(a)
        || is_generic(a)
        || is_generic(b)
}

/// Whether a whole named `head` ("of the units") may be a figure of `noun`,
/// for a part counting `part_noun`. A part that counts a generic head
/// itself ("1,900 units ... of the units") says what the head is, and
/// "units" are then no "donors".
pub fn named_by(head: &str, noun: &str, part_noun: Option<&str>) -> bool {
    same_things(head, noun)
        && !(is_generic(head) && part_noun == Some(head) && !same_group(head, noun))
}

/// One group of nouns only: "pupils" and "students", not "people" and
/// "users".
pub fn same_group(a: &str, b: &str) -> bool {
    group_of(a) == group_of(b)
}

/// "412 individuals ringed" are bats, "the resort's 240 units" its rooms
/// and lodges: such a noun counts any one thing of a set.
fn is_generic(n: &str) -> bool {
    matches!(n, "individual" | "unit")
}

#[cfg(test)]
mod tests {
    use super::group_of;

    #[test]
    fn nouns_of_one_group_meet() {
        assert_eq!(group_of("pupil"), group_of("student"));
        assert_eq!(group_of("employee"), group_of("worker"));
        assert_eq!(group_of("staff"), group_of("employee"));
        assert_eq!(group_of("spectator"), group_of("attendance"));
        assert_eq!(group_of("watcher"), group_of("viewer"));
        assert_eq!(group_of("runner"), group_of("entrant"));
        assert_eq!(group_of("inmate"), group_of("prisoner"));
        assert_eq!(group_of("supermarket"), group_of("store"));
        assert_ne!(group_of("store"), group_of("warehouse"));
        assert_ne!(group_of("student"), group_of("teacher"));
        assert_eq!(group_of("migrant"), "migrant");
    }

    #[test]
    fn people_stand_for_kinds_of_person() {
        assert!(super::same_things("person", "patient"));
        assert!(super::same_things("voter", "person"));
        assert!(!super::same_things("person", "car"));
        assert!(!super::same_things("patient", "voter"));
        assert!(super::same_things("staff", "officer"));
    }

    #[test]
    fn a_body_of_members_is_collective() {
        assert!(super::is_collective("fleet"));
        assert!(super::is_collective("electorate"));
        assert!(super::is_collective("total"));
        assert!(!super::is_collective("volume"));
        assert!(!super::is_collective("vessel"));
    }
}
