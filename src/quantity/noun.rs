//! What a number counts: the head noun after it ("15 migrants" -> "migrant").
//!
//! Without a parser of English this is a heuristic with a bias to silence:
//! it takes up to three words after the figure (and its unit), stops at
//! function words and verbs, and keeps the last. "15 of the 120 migrants"
//! gives the 15 the noun of the 120. A number with no clear noun gets none,
//! and rules then relate it to nothing by noun.

use super::{Kind, Quantity};

/// Sets `noun` on every amount that has one.
pub fn attach(text: &str, qs: &mut [Quantity]) {
    for i in 0..qs.len() {
        let Some(q) = qs.get(i) else { continue };
        if q.noun.is_some() || !q.kind.is_amount() {
            continue;
        }
        let after = text.get(q.span.end..).unwrap_or("");
        let noun = if starts_with_of(after) && q.unit.is_none() {
            // "15 of the 120 migrants": the noun of the whole, if it follows;
            // "290 of the vacancies": the noun right after the determiner.
            qs.get(i + 1)
                .filter(|w| w.span.start.saturating_sub(q.span.end) <= 16)
                .map_or_else(
                    || head_noun(after_determiner(after)),
                    |w| head_noun(text.get(w.span.end..).unwrap_or("")),
                )
                // "made up 2,280 of the total": a whole that names no thing
                // gives the figure no noun (its subject names it, read by
                // the relation finders).
                .filter(|n| !matches!(n.as_str(), "total" | "number" | "sum" | "amount" | "whole"))
        } else if q.kind.is_share() {
            // "three-quarters of voters", "45% of the members".
            share_of(after).and_then(head_noun)
        } else if let Some(event) = times_a_verb_did(text, q.span.start, after) {
            // "were launched 214 times": the figure counts launches.
            Some(event)
        } else if let Some(group) = group_after(after) {
            // "Record 21,640 crowd sees ...": the group itself.
            Some(group.to_string())
        } else {
            let after = skip_of(after, q.unit.is_some() || q.kind == Kind::Money);
            head_noun(after)
        };
        if let Some(q) = qs.get_mut(i) {
            q.noun = noun;
        }
    }
    for i in 0..qs.len() {
        if let Some(noun) = group_before(text, qs, i)
            .or_else(|| subject_of_change(text, qs, i))
            .or_else(|| referred_noun(text, qs, i))
            .or_else(|| number_of_subject(text, qs, i))
            .or_else(|| numbered_subject(text, qs, i))
            .or_else(|| label_noun(text, qs, i))
            .or_else(|| next_item_noun(text, qs, i))
            && let Some(q) = qs.get_mut(i)
        {
            q.noun = Some(noun);
        }
    }
}

/// "launched 214 times", "were called out 58 times": a figure of times
/// after a regular past verb counts the verb's events, named by its stem.
fn times_a_verb_did(text: &str, start: usize, after: &str) -> Option<String> {
    let rest = after.trim_start().strip_prefix("times")?;
    // "reached 3 times the limit", "grew 3 times as fast": a multiple.
    let next = rest.split_whitespace().next().unwrap_or("");
    if rest.starts_with(|c: char| c.is_alphanumeric())
        || matches!(
            next,
            "the" | "as" | "more" | "less" | "that" | "its" | "their"
        )
        || next.ends_with("er")
    {
        return None;
    }
    let mut buf = [""; 3];
    let before = super::classify::words_before(text, start, &mut buf);
    // "called out 58 times": a particle after the verb.
    let verb = match before {
        [particle, verb, ..] if matches!(*particle, "out" | "up" | "off" | "in") => verb,
        [verb, ..] => verb,
        [] => return None,
    };
    let verb = verb.to_ascii_lowercase();
    let stem = verb.strip_suffix("ed").filter(|s| s.len() >= 3)?;
    Some(event_noun(stem))
}

/// The noun of a regular verb's stem: "launch", "stopp" to "stop",
/// "carri" to "carry", "rescu" to "rescue".
fn event_noun(stem: &str) -> String {
    let bytes = stem.as_bytes();
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    // The stem without its last letter (ASCII: checked by the match).
    let cut = stem.get(..stem.len().saturating_sub(1)).unwrap_or(stem);
    match bytes {
        [.., b'i'] => format!("{}y", cut),
        [.., x, y] if x == y && !matches!(x, b'l' | b's' | b'z' | b'e' | b'o') => cut.to_string(),
        [.., b'u' | b'v' | b'z' | b'c' | b'g'] => format!("{stem}e"),
        [.., v, b's'] if vowel(*v) => format!("{stem}e"),
        _ => stem.to_string(),
    }
}

/// The words after the "of" of a share: "of voters", "of the members".
fn share_of(after: &str) -> Option<&str> {
    let t = after.trim_start().strip_prefix("of ")?;
    Some(
        ["the ", "its ", "their ", "all "]
            .iter()
            .find_map(|d| t.strip_prefix(d))
            .unwrap_or(t),
    )
}

/// Nouns for a whole group that name what the figure after "of" counts:
/// "a crowd of 23,410", "a workforce of 1,200", "a field of 34".
pub const GROUP_NOUNS: &[&str] = &[
    "crowd",
    "attendance",
    "audience",
    "field",
    "workforce",
    "fleet",
    "herd",
    "flock",
    "squad",
    "population",
    "membership",
    "congregation",
    "electorate",
];

/// The group noun right after a figure: "a 21,640 crowd".
fn group_after(after: &str) -> Option<&'static str> {
    let first = words_of_phrase(after).next()?;
    GROUP_NOUNS
        .iter()
        .copied()
        .find(|g| first.eq_ignore_ascii_case(g))
}

/// "a crowd of 23,410", "the attendance of 24,310": a count with no noun of
/// its own after a group noun and "of" counts that group.
fn group_before(text: &str, qs: &[Quantity], i: usize) -> Option<String> {
    let q = qs.get(i)?;
    // A noun read after the figure stands unless it is no plural of a
    // thing counted ("crowd of 62,000 beats the forecast": a verb).
    let after = text.get(q.span.end..).unwrap_or("");
    let verb_after = q.noun.as_deref().is_some_and(|n| {
        is_verb_after_group(n) && plural_head(after).is_some_and(|w| w.ends_with('s'))
    });
    // "A crowd of 21,640 watched Corran Ladies": a noun read past a verb
    // is the verb's object; the group is what the figure counts.
    let first_after = words_of_phrase(after).next().unwrap_or("");
    let noun_further_on = q
        .noun
        .as_deref()
        .is_some_and(|n| normalise(first_after) != n);
    if q.noun.is_some() && !verb_after && !noun_further_on
        || q.kind != Kind::Count
        || q.unit.is_some()
    {
        return None;
    }
    let before = text.get(q.span.start.saturating_sub(40)..q.span.start)?;
    let mut words = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    if words.next() != Some("of") {
        return None;
    }
    let group = words.next()?.to_ascii_lowercase();
    if GROUP_NOUNS.contains(&group.as_str()) {
        return Some(group);
    }
    if noun_further_on && !verb_after {
        return None;
    }
    // "drew audiences of 40,000", "sales of 400,000": a plural noun before
    // "of" names what the figure counts; a measure of it ("a total of",
    // "increases of", "levels of") does not.
    let plural = group.len() >= 4
        && group.ends_with('s')
        && !group.ends_with("ss")
        && !is_adjective(&group)
        && !NOT_COUNTED.contains(&group.as_str());
    plural.then(|| normalise(&group))
}

/// Plural nouns before "of" that measure rather than name what a figure
/// counts.
const NOT_COUNTED: &[&str] = &[
    "totals",
    "averages",
    "levels",
    "increases",
    "rises",
    "falls",
    "gains",
    "losses",
    "declines",
    "figures",
    "numbers",
    "rates",
    "scores",
    "records",
    "margins",
    "estimates",
    "targets",
    "peaks",
    "highs",
    "lows",
    "sums",
    "amounts",
    "prices",
    "values",
    "costs",
    "balances",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
    "dozens",
    "scores",
    "terms",
    "units",
    "lots",
    "blocks",
    "sets",
    "groups",
    "batches",
    "packs",
    "rounds",
    "periods",
    "weeks",
    "months",
    "years",
    "days",
    "hours",
    "minutes",
    "ages",
    "heights",
    "depths",
    "lengths",
    "widths",
    "sizes",
    "speeds",
    "distances",
    "temperatures",
    "ratings",
    "yields",
    "orders",
    "sales",
];

/// Verbs a group's count is the subject of in headlines: "beats",
/// "tops", "hits", "sees".
fn is_verb_after_group(noun: &str) -> bool {
    matches!(
        noun,
        "beat" | "top" | "hit" | "see" | "pass" | "set" | "break" | "smash"
    )
}

/// How far back the figure a bare count refers to may stand.
const REFERENCE_REACH: usize = 200;

/// The noun of a count that names none but points back to an earlier count
/// of the same sentence: "14 of them", "11 of whom", "the remaining 40",
/// "up from 7,930", "312 votes to 250".
fn referred_noun(text: &str, qs: &[Quantity], i: usize) -> Option<String> {
    let q = qs.get(i)?;
    if q.noun.is_some() || q.kind != Kind::Count || q.unit.is_some() {
        return None;
    }
    let after = text.get(q.span.end..).unwrap_or("").trim_start();
    let before = text.get(..q.span.start).unwrap_or("");
    let prev = before
        .split(|c: char| !c.is_ascii_alphabetic())
        .rfind(|w| !w.is_empty())
        .unwrap_or("");
    let points_back = ["of them", "of whom", "of those", "of these"]
        .iter()
        .any(|r| after.starts_with(r))
        || matches!(
            prev,
            "remaining" | "other" | "from" | "to" | "than" | "another"
        );
    if !points_back {
        return None;
    }
    if let Some(noun) = named_after_them(after) {
        return Some(noun);
    }
    if let Some(noun) = relative_antecedent(text, qs, i) {
        return Some(noun);
    }
    (0..i).rev().map_while(|j| qs.get(j)).find_map(|p| {
        let between = text.get(p.span.end..q.span.start)?;
        if between.len() > REFERENCE_REACH || between.contains(". ") || between.contains('\n') {
            return Some(None);
        }
        // "2.74 billion lira, down from 2.86 billion": the nearest amount
        // with a unit is what a bare figure refers to, not a count past it.
        if matches!(p.kind, Kind::Money | Kind::Measure) {
            return Some(None);
        }
        // A vague amount ("dozens of volunteers") is no figure to take from.
        (p.kind == Kind::Count && p.noun.is_some() && !p.vague).then(|| p.noun.clone())
    })?
}

/// "310 people, 140 of them bakers, and ...", "nine of them sand tiger
/// sharks.": a noun phrase of a few words closing "of them", with no verb
/// or function word, names what the part counts by its plural head ("120
/// of them across four sites" names where they are, not what).
fn named_after_them(after: &str) -> Option<String> {
    let rest = after.strip_prefix("of them ")?;
    let phrase_end = rest
        .find(|c: char| !(c.is_ascii_alphabetic() || c == ' ' || c == '-'))
        .unwrap_or(rest.len());
    let (phrase, tail) = rest.split_at(phrase_end);
    let closes = tail.is_empty() || tail.starts_with([',', ';', '.', ')']);
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // Function words hold the prepositions ("120 of them across four
    // sites" says where they are, not what).
    let plain = |w: &&str| {
        let w = w.to_ascii_lowercase();
        !is_function_word(&w) && !is_verb(&w) && !crate::quantity::lexicon::is_number_word(&w)
    };
    let head = words.last()?;
    (closes && words.len() <= 4 && words.iter().all(plain) && is_plural(head))
        .then(|| normalise(head))
}

/// The longest relative clause before a figure that is read, in bytes.
const RELATIVE_CLAUSE: usize = 40;

/// How far back a relative clause and the noun before it are sought.
const RELATIVE_REACH: usize = 2 * RELATIVE_CLAUSE;

/// "402,000 e-books, overtaking printed loans, which fell to 389,000": a
/// figure in a relative clause counts the plural noun the clause is said
/// of, when no figure stands between them.
fn relative_antecedent(text: &str, qs: &[Quantity], i: usize) -> Option<String> {
    let q = qs.get(i)?;
    // Only the few words before the figure are searched: this runs for
    // many figures of a text, and a whole prefix would make it quadratic.
    let start = q.span.start.saturating_sub(RELATIVE_REACH);
    let start = (0..=start).rev().find(|&b| text.is_char_boundary(b))?;
    let before = text.get(start..q.span.start)?;
    let at = [", which ", ", who ", ", that "]
        .iter()
        .filter_map(|r| before.rfind(r))
        .max()?;
    let clause = before.get(at..)?;
    let after_previous = i
        .checked_sub(1)
        .and_then(|j| qs.get(j))
        .is_none_or(|p| p.span.end <= start + at);
    if clause.len() > RELATIVE_CLAUSE || clause.contains(['.', ';', '\n']) || !after_previous {
        return None;
    }
    let word = before
        .get(..at)?
        .rsplit(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .next()?
        .to_ascii_lowercase();
    is_plural(&word).then(|| normalise(&word))
}

/// "Visitors from outside the county numbered 52,000": a count after a
/// verb of counting counts the plural head its sentence opens with.
fn numbered_subject(text: &str, qs: &[Quantity], i: usize) -> Option<String> {
    let q = qs.get(i)?;
    if q.noun.is_some() || q.kind != Kind::Count || q.unit.is_some() {
        return None;
    }
    let before = text.get(q.span.start.saturating_sub(SUBJECT_REACH)..q.span.start)?;
    let sentence = before.rsplit(['\n', '.', ';', ':']).next()?.trim_start();
    let mut last = sentence.split_whitespace().rev();
    let verb = last.next()?;
    // "Diesel cars ... fell to 16,300": the level a subject changed to.
    let changed_to = verb == "to"
        && last.next().is_some_and(|v| {
            matches!(
                v,
                "fell" | "rose" | "dropped" | "climbed" | "grew" | "increased" | "declined"
            )
        });
    let counting = changed_to
        || matches!(
            verb,
            "numbered" | "number" | "numbers" | "totalled" | "totaled" | "totals" | "totalling"
        );
    // A share said of the subject ("which made up almost half of sales")
    // counts nothing.
    let no_figure_before = qs
        .get(..i)?
        .iter()
        .rev()
        .find(|p| p.kind == Kind::Count)
        .is_none_or(|p| p.span.end <= q.span.start - sentence.len());
    if !counting || !no_figure_before {
        return None;
    }
    // The sentence's first word is capitalised for the sentence alone.
    let opening = sentence.get(1..)?;
    let first = sentence.get(..1)?.to_ascii_lowercase();
    let head = plural_head(&format!("{first}{opening}"))?.to_ascii_lowercase();
    Some(normalise(&head))
}

/// "- Households putting their caddy out: 18,400", "| Votes cast: 868":
/// a count right after the label that opens its line counts the label's
/// plural head.
fn label_noun(text: &str, qs: &[Quantity], i: usize) -> Option<String> {
    let q = qs.get(i)?;
    if q.noun.is_some() || q.kind != Kind::Count || q.unit.is_some() {
        return None;
    }
    let before = text.get(q.span.start.saturating_sub(SUBJECT_REACH)..q.span.start)?;
    let line = before.rsplit('\n').next()?;
    let label = line.trim_end().strip_suffix(':')?;
    let opens_line = qs
        .get(..i)?
        .last()
        .is_none_or(|p| p.span.end <= q.span.start - line.len());
    if !opens_line || label.split_whitespace().count() > 12 {
        return None;
    }
    plural_head(label.trim_start_matches(|c: char| !c.is_alphanumeric())).map(normalise)
}

/// "- 1,512 respondents (63%) said ...\n- Only 216, about one in five,
/// wanted it cut": a bare count opening the next list item counts what the
/// count opening the item before counted.
fn next_item_noun(text: &str, qs: &[Quantity], i: usize) -> Option<String> {
    let q = qs.get(i)?;
    if q.noun.is_some() || q.kind != Kind::Count || q.unit.is_some() {
        return None;
    }
    // The figure opens its line (the prose view blanks list markers), at
    // most two words before it; the item before is the line right above,
    // no blank line between, as in a list. The lead is sought only a few
    // bytes back: a long line of figures is not read again for each.
    let opening = |at: usize| -> Option<usize> {
        let from = (at.saturating_sub(ITEM_LEAD)..=at).find(|&b| text.is_char_boundary(b))?;
        let window = text.get(from..at)?;
        let line_start = match window.rfind('\n') {
            Some(n) => from + n + 1,
            None if from == 0 => 0,
            None => return None,
        };
        let lead = text.get(line_start..at)?;
        (lead.split_whitespace().count() <= 2 && !lead.contains(|c: char| c.is_ascii_digit()))
            .then_some(line_start)
    };
    let line_start = opening(q.span.start)?;
    // The item before opens on its count ("1,640 need two bedrooms" lends
    // its households, not the bedrooms after them) and is one line.
    let previous_line_end = line_start.checked_sub(1)?;
    let previous = qs
        .get(..i)?
        .iter()
        .rev()
        .take(ITEM_FIGURES)
        .find(|p| opening(p.span.start).is_some())?;
    let one_line = opening(previous.span.start)
        .and_then(|start| text.get(start..previous_line_end))
        .is_some_and(|line| !line.contains('\n'));
    (one_line && previous.kind == Kind::Count)
        .then(|| previous.noun.clone())
        .flatten()
}

/// "admissions rose 18% last year to 14.2 million", "Passengers fell
/// from 7.9 million": the start or end of a change with no noun of its
/// own counts the plural subject of the verb in its clause.
fn subject_of_change(text: &str, qs: &[Quantity], i: usize) -> Option<String> {
    let q = qs.get(i)?;
    if q.noun.is_some() || q.kind != Kind::Count || q.unit.is_some() {
        return None;
    }
    let mut from = q.span.start.saturating_sub(SUBJECT_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = text.get(from..q.span.start)?;
    // A sentence ends at ". ", not at a decimal point ("rose 2.5%").
    let clause = head
        .rsplit(". ")
        .next()?
        .rsplit([';', ',', ':', '\n'])
        .next()?;
    let words: Vec<&str> = clause.split_whitespace().collect();
    let (last, rest) = words.split_last()?;
    if !matches!(*last, "to" | "from") {
        return None;
    }
    let verb = rest.iter().position(|w| {
        matches!(
            *w,
            "rose"
                | "fell"
                | "increased"
                | "decreased"
                | "grew"
                | "climbed"
                | "dropped"
                | "declined"
                | "jumped"
                | "slipped"
                | "slumped"
                | "soared"
                | "dipped"
        )
    })?;
    // Only the change's own words between the verb and "to": a share, a
    // time ("18% last year"), no other count.
    if rest
        .get(verb + 1..)?
        .iter()
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()) && !w.ends_with('%'))
    {
        return None;
    }
    let subject = *rest.get(verb.checked_sub(1)?)?;
    // "Prices rose 4% to 310": a level of a value, no count of it.
    let value = [
        "price", "rate", "cost", "fee", "value", "wage", "salar", "rent", "level",
    ]
    .iter()
    .any(|v| subject.to_ascii_lowercase().starts_with(v));
    // "membership of Wenlow's libraries rose": the head is further back.
    let nested = verb
        .checked_sub(2)
        .and_then(|k| rest.get(k))
        // "Visits to museums rose": the head stands before the preposition.
        .is_some_and(|w| {
            matches!(*w, "of" | "to" | "at" | "in" | "for" | "on")
                || w.ends_with("'s")
                || w.ends_with("\u{2019}s")
        });
    let plural = !value
        && !nested
        && subject.len() > 3
        && subject.ends_with('s')
        && subject.chars().all(|c| c.is_ascii_alphabetic())
        && !is_function_word(&subject.to_ascii_lowercase());
    plural.then(|| normalise(subject))
}

/// How far back (in bytes) the start of a list item's line is sought.
const ITEM_LEAD: usize = 48;

/// How many figures the list item before may hold.
const ITEM_FIGURES: usize = 8;

/// How far back in its sentence "the number of" may name a count's noun.
const SUBJECT_REACH: usize = 240;

/// "The number of patients waiting more than a year has been cut from 2,950
/// to 1,180": a count with no noun of its own, in a sentence about "the
/// number of" something, counts that thing, unless a count naming another
/// thing or a new clause stands between.
fn number_of_subject(text: &str, qs: &[Quantity], i: usize) -> Option<String> {
    let q = qs.get(i)?;
    if q.noun.is_some() || q.kind != Kind::Count || q.unit.is_some() {
        return None;
    }
    let before = text.get(q.span.start.saturating_sub(SUBJECT_REACH)..q.span.start)?;
    let sentence = before
        .rfind(". ")
        .or_else(|| before.rfind('\n'))
        .map_or(before, |p| before.get(p + 1..).unwrap_or(""));
    let at = memchr::memmem::rfind(sentence.as_bytes(), b"umber of ")?;
    let opens = sentence.get(..at.checked_sub(1)?)?;
    if !(opens.ends_with("the ") || opens.ends_with("The ") || opens.ends_with("total ")) {
        return None;
    }
    let phrase = sentence.get(at + "umber of ".len()..)?;
    let other = qs
        .get(..i)?
        .iter()
        .rev()
        .take_while(|p| p.span.end > q.span.start - phrase.len());
    let breaks = [";", " while ", " whereas ", " but ", " and the "];
    if other.clone().any(|p| p.noun.is_some()) || breaks.iter().any(|b| phrase.contains(b)) {
        return None;
    }
    let noun = plural_head(phrase)?;
    Some(normalise(noun))
}

fn starts_with_of(after: &str) -> bool {
    let t = after.trim_start();
    t.starts_with("of the ")
        || t.starts_with("of its ")
        || t.starts_with("of their ")
        || t.starts_with("of those ")
}

/// The words after "of the" / "of its" / "of their" / "of those".
fn after_determiner(after: &str) -> &str {
    let t = after.trim_start();
    ["of the ", "of its ", "of their ", "of those "]
        .iter()
        .find_map(|lead| t.strip_prefix(lead))
        .unwrap_or("")
}

/// After a unit, "of" introduces the thing measured ("820,000 tonnes of wheat"),
/// and "for" what money is for ("£27m for roads").
fn skip_of(after: &str, measured: bool) -> &str {
    let t = after.trim_start();
    if measured {
        for lead in ["of ", "for ", "on "] {
            if let Some(r) = t.strip_prefix(lead) {
                return r.trim_start_matches("the ");
            }
        }
    }
    after
}

/// The longest noun phrase this looks at: "35m Amazon Echo smart devices".
const PHRASE_WORDS: usize = 5;

/// The head noun of the words at the start of `after`, if they form a noun phrase.
///
/// A figure above one takes a plural head, and the modifiers before an
/// English head are singular ("120 Uzbek migrants", "3,000 steel workers",
/// "2.7m combined digital and physical sales"): the first plural of the
/// phrase is its head. Without one, the last lowercase word before a
/// function word or verb ("820,000 tonnes of wheat" -> "wheat").
pub fn head_noun(after: &str) -> Option<String> {
    if let Some(w) = plural_head(after) {
        return Some(normalise(w));
    }
    lowercase_head(after)
}

/// The first plural of the noun phrase at the start of `after`: past
/// adjectives, names and compounds, and an "and" between modifiers
/// ("Kia and Hyundai vehicles").
pub fn plural_head(after: &str) -> Option<&str> {
    let mut words = words_of_phrase(after)
        .take(PHRASE_WORDS)
        .enumerate()
        .peekable();
    while let Some((n, w)) = words.next() {
        if w.starts_with(|c: char| c == '-' || c.is_ascii_digit()) || w.ends_with('-') {
            return None;
        }
        // "of the team's games": the owner is no head.
        if w.ends_with("'s") {
            if n == 0 {
                continue;
            }
            return None;
        }
        // "67 A380 superjumbos": a model name is a modifier.
        if w.contains(|c: char| c.is_ascii_digit()) {
            continue;
        }
        // Lowercased on the stack: this runs for every figure of a text.
        let mut buf = [0u8; 24];
        let Some(lower) = super::lexicon::lowercase(w, &mut buf) else {
            continue;
        };
        // "1,240 fewer services", "300 more jobs": a comparative before the
        // noun; "318 such offences" points back to it.
        if n == 0
            && matches!(
                lower,
                "more" | "fewer" | "extra" | "additional" | "other" | "such"
            )
        {
            continue;
        }
        // "£920 two years ago": a number word starts another figure, whose
        // noun it is.
        if super::lexicon::unit_word(lower).is_some() {
            return None;
        }
        // "16.1 mln bpd OPEC crude": a rate abbreviation is what is counted.
        if n == 0 && matches!(lower, "bpd" | "bbl" | "bbls" | "tpd") {
            return None;
        }
        if is_plural(lower) || acronym_plural(w).is_some() {
            return Some(w);
        }
        // "34 of the dead so far": an adjective that names people ends the
        // phrase as its head; "the injured workers" are workers.
        let ends_phrase = words
            .peek()
            .is_none_or(|(_, next)| is_stop(&next.to_ascii_lowercase()) || next.ends_with("ly"));
        if PEOPLE_ADJECTIVES.contains(&lower) && ends_phrase {
            return Some(w);
        }
        let joins_modifiers = n > 0 && matches!(lower, "and" | "or");
        if !joins_modifiers && (is_stop(lower) || is_past_verb(lower)) {
            return None;
        }
    }
    None
}

/// Adjectives that, with "the", name a group of people: "the dead".
const PEOPLE_ADJECTIVES: &[&str] = &[
    "dead",
    "injured",
    "wounded",
    "missing",
    "homeless",
    "unemployed",
    "elderly",
    "displaced",
];

/// The words of the phrase at the start of `after`, each after spaces,
/// until punctuation: runs of letters, digits, hyphens and apostrophes.
fn words_of_phrase(after: &str) -> impl Iterator<Item = &str> {
    let (mut rest, mut first) = (after, true);
    std::iter::from_fn(move || {
        let spaced = rest.trim_start_matches([' ', '\u{a0}']);
        if spaced.len() == rest.len() && !first {
            return None;
        }
        first = false;
        let len = spaced
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .unwrap_or(spaced.len());
        rest = spaced.get(len..).unwrap_or("");
        spaced.get(..len).filter(|w| !w.is_empty())
    })
}

/// Whether `w` (lowercase) is the plural of a noun: an irregular plural, or a
/// word whose singular drops an `s` and that is no function word.
pub(crate) fn is_plural(w: &str) -> bool {
    if matches!(
        w,
        "people"
            | "children"
            | "men"
            | "women"
            | "police"
            | "staff"
            | "personnel"
            | "cattle"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "species"
            | "series"
    ) {
        return true;
    }
    !is_stop(w)
        && !is_past_verb(w)
        && !matches!(
            w,
            "news"
                | "means"
                | "always"
                | "perhaps"
                | "plus"
                | "minus"
                | "thus"
                | "unless"
                | "whereas"
                | "its"
                | "his"
                | "hers"
                | "ours"
                | "yours"
                | "theirs"
                | "towards"
                | "afterwards"
                | "overseas"
                | "headquarters"
                | "us"
        )
        && drops_to_singular(w)
}

/// Whether [`normalise`] would shorten the lowercase `w`, decided without
/// building the singular.
fn drops_to_singular(w: &str) -> bool {
    let irregular = ["children", "women", "men"]
        .iter()
        .any(|p| w.len() > p.len() && w.ends_with(p))
        && !is_singular_in_men(w);
    irregular
        || w.len() > 4 && w.ends_with("ies")
        || ["ches", "shes", "sses", "xes"]
            .iter()
            .any(|e| w.len() > e.len() + 1 && w.ends_with(e))
        || w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
}

/// The last lowercase word of the noun phrase at the start of `after`,
/// stopping at names, function words and verbs.
/// Adjectives that stand as nouns for the people they describe: "the 330
/// injured", "12 missing", "40 dead".
const NOMINAL_ADJECTIVES: &[&str] = &[
    "injured",
    "wounded",
    "hurt",
    "dead",
    "missing",
    "displaced",
    "homeless",
    "unemployed",
];

fn lowercase_head(after: &str) -> Option<String> {
    let mut words = Vec::new();
    for w in words_of_phrase(after).take(3) {
        if w.starts_with('-')
            || w.ends_with('-')
            || w.ends_with("'s")
            || w.contains(|c: char| c.is_ascii_digit())
        {
            break;
        }
        let lower = w.to_lowercase();
        if is_stop(&lower)
            || is_past_verb(&lower)
            || w.starts_with(|c: char| c.is_uppercase())
            || super::lexicon::unit_word(&lower).is_some()
        {
            break;
        }
        // "the 330 injured overnight": the people, whatever follows.
        if words.is_empty() && NOMINAL_ADJECTIVES.contains(&lower.as_str()) {
            return Some(lower);
        }
        words.push(lower);
    }
    while words.len() > 1 && words.last().is_some_and(|w| is_participle(w)) {
        words.pop();
    }
    let last = words.last()?;
    // "73,000 available", "40 eligible": an adjective standing for its noun,
    // unless English uses it as one for people ("the 330 injured").
    if words.len() == 1
        && (is_participle(last) || is_adjective(last))
        && !NOMINAL_ADJECTIVES.contains(&last.as_str())
    {
        return None;
    }
    // "71 compete in the women's division", "71 regularly compete": a verb,
    // its subject the figure; so is an irregular past form said alone ("74
    // swam in wetsuits"; "12 rebuilt homes" counts homes).
    if words
        .iter()
        .find(|w| !w.ends_with("ly"))
        .is_some_and(|w| is_verb(w))
        || words.len() == 1 && is_past_form(last)
    {
        return None;
    }
    Some(normalise(last))
}

/// Words that are only adjectives in WordNet and common in text
/// (`adjectives.txt`, built by `scripts/build_wordnet_tables.py`).
fn is_adjective(w: &str) -> bool {
    static TABLE: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    in_table(&TABLE, include_str!("adjectives.txt"), w)
}

/// Words that are verbs and neither nouns nor adjectives in WordNet, common
/// in text (`verbs.txt`, built by `scripts/build_wordnet_tables.py`).
fn is_verb(w: &str) -> bool {
    static TABLE: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    in_table(&TABLE, include_str!("verbs.txt"), w)
}

/// Irregular past forms of common verbs that are no noun or adjective in
/// WordNet (`past_verbs.txt`, built by `scripts/build_wordnet_tables.py`).
fn is_past_form(w: &str) -> bool {
    static TABLE: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    in_table(&TABLE, include_str!("past_verbs.txt"), w)
}

/// Whether `w` is a line of `lines`, a table sorted by the build script,
/// read into `table` once.
fn in_table(
    table: &'static std::sync::OnceLock<Vec<&'static str>>,
    lines: &'static str,
    w: &str,
) -> bool {
    table
        .get_or_init(|| lines.lines().collect())
        .binary_search(&w)
        .is_ok()
}

/// Past participles not ending in "-ed" ("2,240 brought in", "the 400
/// sold").
pub(crate) const IRREGULAR_PARTICIPLES: &[&str] = &[
    "given", "paid", "spent", "won", "lost", "sold", "made", "taken", "cut", "built", "brought",
    "bought", "put", "held", "owed", "left", "kept", "sent", "stolen", "drawn", "grown", "shown",
    "set", "found", "seen", "known", "born", "cast", "caught", "taught", "chosen", "thrown",
];

fn is_participle(w: &str) -> bool {
    (w.len() > 4
        && (w.ends_with("ed") || w.ends_with("ing"))
        && !matches!(w, "building" | "housing" | "bed" | "seed"))
        || IRREGULAR_PARTICIPLES.contains(&w)
}

/// The singular of an irregular plural from WordNet's exception list
/// (`noun_exceptions.txt`, licence in `LICENSE-WORDNET`): "crises",
/// "criteria", "lives", "analyses". Only plurals that end as plurals do
/// ("-s", "-a", "-i", "-ae") are taken: the list also holds forms such as
/// "dive" (of "diva") that are words of their own.
fn irregular_plural(w: &str) -> Option<&'static str> {
    // Sorted by plural, searched without hashing: this runs for every noun.
    static TABLE: std::sync::OnceLock<Vec<(&'static str, &'static str)>> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut pairs: Vec<(&str, &str)> = include_str!("noun_exceptions.txt")
            .lines()
            .filter_map(|line| line.split_once(' '))
            .filter(|(plural, _)| ["s", "a", "i", "ae"].iter().any(|e| plural.ends_with(e)))
            .collect();
        // Of two singulars ("axes": "ax", "axis") the first is kept.
        pairs.sort_by_key(|&(plural, _)| plural);
        pairs.dedup_by_key(|&mut (plural, _)| plural);
        pairs
    });
    let at = table.binary_search_by_key(&w, |&(plural, _)| plural).ok()?;
    table.get(at).map(|&(_, singular)| singular)
}

/// "MPs", "CEOs", "NGOs": an acronym's plural, and its stem.
fn acronym_plural(word: &str) -> Option<&str> {
    word.strip_suffix('s')
        .filter(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Lowercase singular: "migrants" -> "migrant", "cities" -> "city".
/// The lowercased word is the one allocation: its ending is cut or
/// rewritten in place.
pub fn normalise(word: &str) -> String {
    if let Some(stem) = acronym_plural(word) {
        return stem.to_lowercase();
    }
    let mut w = word.to_lowercase();
    let replaced = |mut w: String, singular: &str| {
        w.clear();
        w.push_str(singular);
        w
    };
    if let Some(singular) = irregular_plural(&w) {
        return replaced(w, singular);
    }
    let irregular = match w.as_str() {
        "children" => Some("child"),
        "men" => Some("man"),
        "women" => Some("woman"),
        "people" | "persons" => Some("person"),
        "feet" => Some("foot"),
        "teeth" => Some("tooth"),
        "mice" => Some("mouse"),
        "geese" => Some("goose"),
        "buses" => Some("bus"),
        "gases" => Some("gas"),
        "staff" => Some("staff"),
        // Same in both numbers: not "specy".
        "species" | "series" | "news" | "means" | "headquarters" => return w,
        _ => None,
    };
    if let Some(s) = irregular {
        return replaced(w, s);
    }
    // "schoolchildren", "fishermen", "policewomen".
    for (plural, singular) in [("children", "child"), ("women", "woman"), ("men", "man")] {
        if let Some(stem) = w.strip_suffix(plural)
            && !stem.is_empty()
            && !(plural == "men" && is_singular_in_men(&w))
        {
            w.truncate(w.len() - plural.len());
            w.push_str(singular);
            return w;
        }
    }
    // The endings cut below are ASCII: every cut is on a character boundary.
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
        return w;
    }
    for end in ["ches", "shes", "sses", "xes"] {
        if w.len() > end.len() + 1 && w.ends_with(end) {
            w.truncate(w.len() - 2);
            return w;
        }
    }
    if w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        w.truncate(w.len() - 1);
    }
    w
}

/// Singular nouns that end in "men": "specimen", "abdomen".
fn is_singular_in_men(w: &str) -> bool {
    [
        "specimen", "abdomen", "omen", "amen", "semen", "stamen", "acumen", "regimen", "hymen",
    ]
    .iter()
    .any(|s| w.ends_with(s))
}

/// A function word, an auxiliary or an irregular past tense: never a noun.
pub fn is_function_word(w: &str) -> bool {
    is_stop(w) || is_past_verb(w)
}

/// Irregular past tenses that follow a counted noun ("9,000 homes lost
/// power", "40 staff left"), and verbs in -s said of a figure ("the total
/// of 9,100 represents a rise"), never part of its phrase.
pub(crate) fn is_past_verb(w: &str) -> bool {
    matches!(
        w,
        "represents"
            | "marks"
            | "means"
            | "equals"
            | "compares"
            | "remains"
            | "accounts"
            | "sat"
            | "stood"
            | "lost"
            | "won"
            | "took"
            | "made"
            | "went"
            | "came"
            | "said"
            | "fell"
            | "rose"
            | "left"
            | "got"
            | "gave"
            | "saw"
            | "paid"
            | "held"
            | "kept"
            | "found"
            | "sold"
            | "bought"
            | "built"
            | "spent"
            | "ran"
            | "began"
            | "became"
            | "grew"
            | "drew"
            | "met"
            | "told"
    )
}

pub fn is_stop(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "after"
            | "before"
            | "since"
            | "during"
            | "between"
            | "while"
            | "when"
            | "once"
            | "where"
            | "than"
            | "as"
            | "per"
            | "each"
            | "every"
            | "up"
            | "down"
            | "out"
            | "off"
            | "were"
            | "was"
            | "are"
            | "is"
            | "be"
            | "been"
            | "being"
            | "have"
            | "has"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "must"
            | "shall"
            | "do"
            | "does"
            | "did"
            | "said"
            | "say"
            | "says"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "this"
            | "these"
            | "those"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "your"
            | "my"
            | "them"
            | "they"
            | "we"
            | "he"
            | "she"
            | "you"
            | "i"
            | "there"
            | "here"
            | "more"
            | "less"
            | "fewer"
            | "most"
            | "least"
            | "not"
            | "no"
            | "only"
            | "also"
            | "so"
            | "because"
            | "if"
            | "then"
            | "ago"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "this-year"
            | "a-year"
            | "year-on-year"
            | "now"
            | "already"
            | "still"
            | "just"
            | "all"
            | "both"
            | "either"
            | "neither"
            | "other"
            | "another"
            | "such"
            | "what"
            | "how"
            | "why"
            | "higher"
            | "lower"
            | "above"
            | "below"
            | "against"
            | "among"
            | "including"
            | "across"
            | "through"
            | "until"
            | "till"
            | "via"
            | "within"
            | "without"
            | "toward"
            | "towards"
            | "upon"
            | "behind"
            | "beyond"
            | "rose"
            | "fell"
            | "increased"
            | "decreased"
            | "grew"
            | "dropped"
            | "jumped"
            | "climbed"
            | "got"
            | "get"
            | "gets"
            | "went"
            | "came"
            | "took"
            | "take"
            | "takes"
            | "make"
            | "makes"
            | "use"
            | "used"
            | "need"
            | "needs"
            | "needed"
            | "per-cent"
            | "percent"
            | "cent"
            | "times"
            | "again"
            | "away"
            | "long"
            | "wide"
            | "high"
            | "deep"
            | "tall"
            | "apiece"
            | "each-other"
            | "too"
            | "very"
            | "even"
            | "around"
            | "roughly"
            | "nearly"
            | "almost"
            | "some"
            | "any"
            | "many"
            | "much"
            | "were-being"
            | "say-so"
            | "remain"
            | "remained"
            | "remains"
            | "stood"
            | "stand"
            | "stands"
            | "went-up"
            | "became"
            | "become"
            | "becomes"
            | "seem"
    )
}
