//! Types the numbers that are not amounts from the words around them:
//! years, dates, ages, scores, identifiers and addresses.
//!
//! The grammar only sees the figure; "in 2014", "May 4", "Cullen, 46, said",
//! "route 66" and "won 3-1" are told apart here, so that rules never do
//! arithmetic on them.

use super::lexicon::{self, with_lower};
use super::{Kind, Quantity};

/// "who is 61", "who was 61", "who is now 61": the words before a
/// person's age given in a relative clause.
fn is_who_is(before: &[&str]) -> bool {
    let said = |w: &&str| matches!(*w, "is" | "was");
    match before {
        [verb, who, ..] if said(verb) => who.eq_ignore_ascii_case("who"),
        ["now", verb, who, ..] if said(verb) => who.eq_ignore_ascii_case("who"),
        _ => false,
    }
}

/// "those over 25", "children under 5", "anyone aged over 65": a
/// bound right after the people it sorts, small enough to be an age.
fn is_age_bound(q: &Quantity, raw: &str, prev_lower: &str) -> bool {
    let bound_word = raw.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "over" | "under" | "above" | "below"
        )
    });
    bound_word
        && matches!(
            q.hedge,
            Some(super::Hedge::MoreThan | super::Hedge::LessThan)
        )
        && matches!(
            prev_lower,
            "those" | "anyone" | "everyone" | "people" | "adults" | "children"
        )
        && q.value
            .is_some_and(|v| (1.0..=110.0).contains(&v) && v.fract() == 0.0)
}

/// Whether `qs[i]` closes a run of ages joined by "and", "or", "to" or
/// commas ("aged 12, 14 and 16", "aged from 19 to 88").
fn after_an_age(text: &str, qs: &[Quantity], i: usize) -> bool {
    let (Some(prev), Some(q)) = (i.checked_sub(1).and_then(|p| qs.get(p)), qs.get(i)) else {
        return false;
    };
    let gap = text.get(prev.span.end..q.span.start).unwrap_or("").trim();
    // "A man aged 45 and 14 passengers": a noun after it makes a count.
    let noun_after = text
        .get(q.span.end..)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .is_some_and(|w| w != "years" && super::noun::is_plural(w));
    prev.kind == Kind::Age
        && prev.range.is_none()
        && matches!(gap, "and" | "or" | "to" | "," | ", and" | ", or")
        && !noun_after
        && q.value
            .is_some_and(|v| (1.0..=110.0).contains(&v) && v.fract() == 0.0)
}

/// Refines the kind of `qs[i]` from its context in `text`.
pub fn refine(text: &str, qs: &mut [Quantity], i: usize) {
    let Some(q) = qs.get(i) else { return };
    let raw = text.get(q.span.start..q.span.end).unwrap_or("");
    let (mut before_buf, mut after_buf) = ([""; 3], [""; 3]);
    let before = words_before(text, q.span.start, &mut before_buf);
    let after = words_after(text, q.span.end, &mut after_buf);
    let prev = before.first().copied().unwrap_or("");
    let next = after.first().copied().unwrap_or("");
    // No word this looks for is longer than the buffer.
    let mut lower_buf = [0u8; 24];
    let prev_lower = super::lexicon::lowercase(prev, &mut lower_buf).unwrap_or("");
    let kind = q.kind;
    let plain_digits = !q.words && raw.bytes().all(|b| b.is_ascii_digit());
    // "around 1720": the figure past its hedge word.
    let figure = raw.rsplit(char::is_whitespace).next().unwrap_or(raw);
    let plain_figure = !q.words && figure.bytes().all(|b| b.is_ascii_digit());
    // "9.83e-3 +/- 1e-5": a tolerance, not a figure of its own.
    let head = text.get(..q.span.start).unwrap_or("").trim_end();
    if head.ends_with("+/-") || head.ends_with('±') {
        if let Some(q) = qs.get_mut(i) {
            q.kind = Kind::Other;
        }
        return;
    }
    // "ten- and eleven-year-olds", "two- or three-bedroom homes": a
    // suspended hyphen shares the compound after it, an age or a modifier.
    let tail = text.get(q.span.end..).unwrap_or("");
    if let Some(rest) = ["- and ", "- or ", "- to "]
        .iter()
        .find_map(|joint| tail.strip_prefix(joint))
    {
        let compound = rest.split_whitespace().next().unwrap_or("");
        if let Some(q) = qs.get_mut(i) {
            q.kind = if compound.contains("-year-old") {
                Kind::Age
            } else {
                Kind::Other
            };
        }
        return;
    }
    // "route 66", "No. 10": the word right before, not past a colon or comma
    // ("the squad: five of the eight"), nor a sentence's end ("this week.
    // Two makers"): a dot only after an abbreviation, and on one line.
    let one_line = !text
        .get(head.len()..q.span.start)
        .unwrap_or("")
        .contains('\n');
    let prev_adjacent = one_line
        && (head.ends_with(|c: char| c.is_ascii_alphabetic())
            || plain_digits
                && head.ends_with('.')
                && matches!(prev_lower, "no" | "nos" | "nr" | "fig" | "vol"));
    let new_kind = match kind {
        Kind::Count | Kind::Ordinal if q.hedge.is_none() && is_name(text, q.span, prev) => {
            Some(Kind::Other)
        }
        Kind::Count
            if prev_adjacent
                && is_identifier_word(prev_lower)
                && !(prev_lower == "number" && number_is_a_verb(before.get(1).copied()))
                && (plain_digits || q.words)
                && q.hedge.is_none() =>
        {
            Some(Kind::Identifier)
        }
        Kind::Count if plain_digits && is_street(after) => Some(Kind::Identifier),
        // "beating the two million mark": a threshold passed, no amount;
        // "the 20 barrier islands" counts islands.
        Kind::Count
            if prev_lower == "the"
                && ["mark", "milestone", "barrier", "threshold"]
                    .iter()
                    .any(|w| next.eq_ignore_ascii_case(w))
                && after
                    .get(1)
                    .is_none_or(|w| super::noun::is_stop(&w.to_ascii_lowercase())) =>
        {
            Some(Kind::Other)
        }
        Kind::Count if plain_digits && prev_lower == "the" && in_list_of_numbered(text, q.span) => {
            Some(Kind::Identifier)
        }
        Kind::Count if plain_figure && is_year(q, figure, prev_lower, next) => Some(Kind::Year),
        Kind::Count | Kind::Ordinal
            if (plain_digits || kind == Kind::Ordinal) && near_month(text, prev, next, q) =>
        {
            Some(Kind::Date)
        }
        Kind::Count if prev_lower == "aged" || prev_lower == "age" => Some(Kind::Age),
        // "members aged from 19 to 88".
        Kind::Count
            if prev_lower == "from"
                && before
                    .get(1)
                    .is_some_and(|w| w.eq_ignore_ascii_case("aged")) =>
        {
            Some(Kind::Age)
        }
        // "two sisters aged 17 and 19": the ages go on after "and".
        Kind::Count if after_an_age(text, qs, i) => Some(Kind::Age),
        // "those over 25 when they start", "children under 5": a bound
        // after the people it sorts is their age, not a count of them.
        Kind::Count if is_age_bound(q, raw, prev_lower) => Some(Kind::Age),
        // "who turned 31 in March": a person's age, 31 until the next birthday.
        Kind::Count
            if prev_lower == "turned"
                && (plain_digits || q.words)
                && q.hedge.is_none()
                && q.value
                    .is_some_and(|v| (1.0..=110.0).contains(&v) && v.fract() == 0.0) =>
        {
            Some(Kind::Age)
        }
        // "his client, who is 61 and has heart disease": said of a person,
        // a bare figure closing "who is" is their age.
        Kind::Count
            if plain_digits
                && q.hedge.is_none()
                && is_who_is(before)
                && (tail.starts_with([',', '.', ';', ')']) || matches!(next, "and" | "but"))
                && q.value
                    .is_some_and(|v| (1.0..=110.0).contains(&v) && v.fract() == 0.0) =>
        {
            Some(Kind::Age)
        }
        // "by half a point each year", "half an hour": an amount of the
        // unit after it, no share of anything.
        Kind::Fraction if q.words && (tail.starts_with(" a ") || tail.starts_with(" an ")) => {
            Some(Kind::Other)
        }
        // "in the first half of the year", "the second quarter": a part of
        // a period, a time, not a share.
        Kind::Fraction
            if q.words
                && matches!(raw.to_ascii_lowercase().as_str(), "half" | "quarter")
                && matches!(
                    prev_lower,
                    "first"
                        | "second"
                        | "third"
                        | "fourth"
                        | "final"
                        | "last"
                        | "opening"
                        | "closing"
                ) =>
        {
            Some(Kind::Date)
        }
        // "a woman in her 70s": an age, 70 to 79.
        Kind::Year
            if raw.ends_with('s')
                && matches!(prev_lower, "her" | "his" | "their" | "my" | "your" | "our")
                && q.value.is_some_and(|v| (10.0..100.0).contains(&v)) =>
        {
            Some(Kind::Age)
        }
        Kind::Count
            if plain_digits && is_apposition_age(text, q.span.start, q.span.end, q.value) =>
        {
            Some(Kind::Age)
        }
        Kind::Count if q.range.is_some() && (prev_lower == "aged" || is_sports(before, after)) => {
            Some(if prev_lower == "aged" {
                Kind::Age
            } else {
                Kind::Score
            })
        }
        Kind::Count
            if q.words
                && q.value == Some(1.0)
                && (is_pronoun_one(next)
                    || is_determiner(prev_lower)
                    || raw.contains('-')
                    || closes_a_noun_phrase(before, tail)) =>
        {
            Some(Kind::Other)
        }
        Kind::Count
            if q.range
                .is_some_and(|(a, b)| is_year_value(a) && is_year_value(b))
                && !raw.contains(',') =>
        {
            Some(Kind::Year)
        }
        _ => None,
    };
    if let (Some(k), Some(q)) = (new_kind, qs.get_mut(i)) {
        if k == Kind::Age
            && kind == Kind::Year
            && let Some(v) = q.value
        {
            // A decade of life: "in her 70s" is 70 to 79.
            q.value = None;
            q.range = Some((v, v + 9.0));
            q.interval = crate::interval::Interval::new(v, v + 9.0);
            q.loose = q.interval;
        }
        if k == Kind::Age
            && prev_lower == "turned"
            && let Some(v) = q.value
        {
            // Turned 31 some months ago: 31 now, or 32 if a birthday has passed since.
            q.interval = crate::interval::Interval::new(v, v + 1.0);
            q.loose = q.interval;
        }
        q.kind = k;
    }
}

/// How far from a figure its neighbouring words are read.
const REACH: usize = 80;

/// The words right before `at`, nearest first, in `buf`: runs of letters,
/// digits, apostrophes and full stops, without their final stops.
pub fn words_before<'t, 'b>(text: &'t str, at: usize, buf: &'b mut [&'t str; 3]) -> &'b [&'t str] {
    let is_word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'\'' || *c == b'.';
    let to = at.min(text.len());
    let from = at.saturating_sub(REACH).min(to);
    let region = text.as_bytes().get(from..to).unwrap_or_default();
    // Read backwards with slice searches: this runs for every figure.
    let (mut end, mut n) = (region.len(), 0);
    while n < buf.len() {
        let head = region.get(..end).unwrap_or_default();
        let Some(last) = head.iter().rposition(is_word) else {
            break;
        };
        let start = head
            .get(..last)
            .and_then(|h| h.iter().rposition(|c| !is_word(c)))
            .map_or(0, |p| p + 1);
        let w = text.get(from + start..from + last + 1).unwrap_or("");
        let w = w.trim_end_matches('.');
        if let (false, Some(slot)) = (w.is_empty(), buf.get_mut(n)) {
            *slot = w;
            n += 1;
        }
        end = start;
    }
    buf.get(..n).unwrap_or_default()
}

/// The words right after `at`, nearest first, in `buf`: runs of letters,
/// digits, apostrophes and hyphens.
pub fn words_after<'t, 'b>(text: &'t str, at: usize, buf: &'b mut [&'t str; 3]) -> &'b [&'t str] {
    let is_word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'\'' || *c == b'-';
    let to = (at + REACH).min(text.len());
    let from = at.min(to);
    let region = text.as_bytes().get(from..to).unwrap_or_default();
    let (mut at, mut n) = (0, 0);
    while n < buf.len() {
        let tail = region.get(at..).unwrap_or_default();
        let Some(first) = tail.iter().position(is_word) else {
            break;
        };
        let len = tail
            .get(first..)
            .and_then(|t| t.iter().position(|c| !is_word(c)))
            .unwrap_or(tail.len() - first);
        if let Some(slot) = buf.get_mut(n) {
            *slot = text
                .get(from + at + first..from + at + first + len)
                .unwrap_or("");
            n += 1;
        }
        at += first + len;
    }
    buf.get(..n).unwrap_or_default()
}

/// "three routes withdrawn: the 7, the 19 and the 42": bare figures each
/// after "the", listed together, are the names of things (a route, a bus,
/// a rule), not counts. A single "the 42," is a count said again ("Of the
/// 42, 12 were ..."), so a neighbour in the list is needed.
fn in_list_of_numbered(text: &str, span: crate::span::Span) -> bool {
    const JOINTS: [&str; 4] = [", and ", ", ", " and ", " or "];
    let tail = text.get(span.end..).unwrap_or("");
    // "the 19, the 42": the next item is a bare figure after "the".
    let next = JOINTS.iter().any(|j| {
        tail.strip_prefix(j)
            .and_then(|rest| rest.strip_prefix("the "))
            .is_some_and(|rest| {
                rest.starts_with(|c: char| c.is_ascii_digit()) && bare_after_digits(rest)
            })
    });
    // "the 7, the 19": the item before is one, and this one names nothing.
    let head = text.get(..span.start).unwrap_or("");
    let prev = bare_after_digits(tail)
        && head.strip_suffix("the ").is_some_and(|h| {
            JOINTS.iter().any(|j| {
                h.strip_suffix(j).is_some_and(|h| {
                    let lead = h.trim_end_matches(|c: char| c.is_ascii_digit());
                    lead.len() < h.len() && lead.ends_with("the ")
                })
            })
        });
    next || prev
}

/// Whether the digits at the start of `s` stand with no noun after them.
fn bare_after_digits(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.is_empty()
        || rest.starts_with([',', '.', ';', ')', ':', '\n', '\r'])
        || rest.starts_with(" and ")
        || rest.starts_with(" or ")
}

/// "Registered players number 486", "Visitors now number 3,200": after a
/// plural noun or an adverb, "number" is the verb that counts them, not the
/// noun of a label ("flight number 12", "the number 7").
fn number_is_a_verb(word_before: Option<&str>) -> bool {
    word_before.is_some_and(|w| {
        let plural = w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("'s")
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(w, "this" | "hers" | "ours" | "yours" | "theirs");
        plural || matches!(w, "now" | "still" | "already" | "together" | "currently")
    })
}

/// "route 66", "section 12", "category one", "No. 10".
fn is_identifier_word(w: &str) -> bool {
    matches!(
        w,
        "route"
            | "road"
            | "highway"
            | "interstate"
            | "motorway"
            | "section"
            | "article"
            | "chapter"
            | "page"
            | "pages"
            | "flight"
            | "bus"
            | "platform"
            | "room"
            | "model"
            | "version"
            | "category"
            | "grade"
            | "level"
            | "phase"
            | "stage"
            | "zone"
            | "junction"
            | "exit"
            | "gate"
            | "channel"
            | "band"
            | "item"
            | "rule"
            | "paragraph"
            | "schedule"
            | "part"
            | "class"
            | "type"
            | "series"
            | "number"
            | "no"
            | "nos"
            | "nr"
            | "unit"
            | "ward"
            | "district"
            | "block"
            | "lot"
            | "tier"
            | "division"
            | "clause"
            | "amendment"
            | "box"
            | "seat"
            | "row"
            | "apartment"
            | "flat"
            | "suite"
            | "floor"
            | "terminal"
            | "pier"
            | "berth"
            | "dock"
            | "track"
            | "bay"
            | "act"
            | "resolution"
            | "bill"
            | "psalm"
            | "verse"
            | "figure"
            | "fig"
            | "table"
            | "appendix"
            | "annex"
            | "vol"
            | "volume"
            | "issue"
            | "episode"
            | "season"
            | "week"
            | "day"
            | "round"
            | "game"
            | "hole"
            | "lap"
            | "mile"
            | "km"
            | "kilometre"
            | "shirt"
            | "squad"
            | "jersey"
            | "pin"
            | "code"
            | "id"
            | "windows"
            | "iphone"
            | "galaxy"
            | "boeing"
            | "airbus"
            | "covid"
            | "scp"
            | "fpl"
            | "cpu"
    )
}

/// A name with a number in it: "4G", "3D" (digits glued to a capital),
/// "FTSE 250", "iOS 17", "the Big Ten", "S&P 500". A name counts nothing.
fn is_name(text: &str, span: crate::span::Span, prev: &str) -> bool {
    let mut after = text.get(span.end..).unwrap_or("").chars();
    let glued_capital = after.next().is_some_and(|c| c.is_ascii_uppercase())
        && !after.next().is_some_and(|c| c.is_ascii_lowercase())
        && text
            .get(span.start..span.end)
            .is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit()));
    let before = text.get(..span.start).unwrap_or("");
    glued_capital
        || before.ends_with("S&P ")
        || is_name_word(prev)
        || school_year(text, span, before)
        || acronym_service(text, span, before, prev)
}

/// "the NHS 111 service": a number between an acronym and a singular
/// noun names; "EU 27 nations" counts.
fn acronym_service(text: &str, span: crate::span::Span, before: &str, prev: &str) -> bool {
    let acronym = (2..=5).contains(&prev.len())
        && prev.bytes().all(|b| b.is_ascii_uppercase())
        && before.ends_with(&format!("{prev} "));
    if !acronym {
        return false;
    }
    let after = text.get(span.end..).unwrap_or("");
    let next = after
        .strip_prefix(' ')
        .map(|a| {
            a.split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("")
        })
        .unwrap_or("");
    // A word follows: "RIG COUNT FALLS TO 748" and "RSS 62.50" (a price
    // in a wire table) end their line in capitals.
    next.starts_with(|c: char| c.is_ascii_lowercase())
        && !next.ends_with('s')
        && !next.eq_ignore_ascii_case("million")
        && !next.eq_ignore_ascii_case("billion")
}

/// "reception, year 1 and year 2", "Year 11 pupils": a school year is a
/// name; "£3m a year 10 years on" is not one.
fn school_year(text: &str, span: crate::span::Span, before: &str) -> bool {
    let digits = text.get(span.start..span.end).unwrap_or("");
    let small = !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u8>().is_ok_and(|n| (1..=13).contains(&n));
    let Some(head) = before
        .strip_suffix("year ")
        .or_else(|| before.strip_suffix("Year "))
    else {
        return false;
    };
    let word_before = head.split_whitespace().last().unwrap_or("");
    small
        && !["a", "per", "each", "every", "this", "last", "next", "the"]
            .iter()
            .any(|w| word_before.eq_ignore_ascii_case(w))
}

/// Names written before a number, as written (case matters: "the big 30
/// seats" is no name): indices, operating systems and products, races.
fn is_name_word(w: &str) -> bool {
    matches!(
        w,
        "FTSE"
            | "Dow"
            | "Nasdaq"
            | "Nikkei"
            | "CAC"
            | "DAX"
            | "Stoxx"
            | "STOXX"
            | "Russell"
            | "ASX"
            | "Sensex"
            | "Nifty"
            | "KOSPI"
            | "Kospi"
            | "iOS"
            | "macOS"
            | "Android"
            | "IE"
            | "PlayStation"
            | "PS"
            | "Xbox"
            | "Pixel"
            | "Apollo"
            | "Formula"
            | "Fortune"
            | "Big"
            | "Ten"
            | "Max"
            | "Radio"
            | "Channel"
            | "Windows"
            | "iPhone"
            | "Galaxy"
            | "Boeing"
            | "Airbus"
            // Transit lines and terminals: "since Line 2 opened", "Terminal 5".
            | "Line"
            | "Terminal"
    )
}

/// "12 Harbour Road": digits followed by capitalised words ending in a street word.
fn is_street(after: &[&str]) -> bool {
    let Some(first) = after.first() else {
        return false;
    };
    if !first.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    after.iter().take(3).any(|w| {
        matches!(
            *w,
            "Road"
                | "Rd"
                | "Street"
                | "St"
                | "Avenue"
                | "Ave"
                | "Lane"
                | "Way"
                | "Drive"
                | "Place"
                | "Square"
                | "Close"
                | "Crescent"
                | "Terrace"
                | "Boulevard"
                | "Blvd"
                | "Gardens"
                | "Row"
                | "Parade"
                | "Hill"
                | "Court"
                | "Mews"
                | "Walk"
                | "Grove"
        )
    })
}

/// A four-digit number in the years' range is a year unless it counts
/// something ("1900 streets"), or is hedged or has a unit; "from around
/// 1720" is a year a time word sets about.
fn is_year(q: &Quantity, raw: &str, prev: &str, next: &str) -> bool {
    let Some(v) = q.value else { return false };
    if raw.len() != 4 || q.unit.is_some() || !(1000.0..=2100.0).contains(&v) {
        return false;
    }
    let time_word = matches!(
        prev,
        "in" | "since"
            | "from"
            | "until"
            | "till"
            | "of"
            | "by"
            | "to"
            | "during"
            | "before"
            | "after"
            | "year"
    );
    match q.hedge {
        None if time_word => return true,
        None => {}
        // "from about 1500 to 1600 a day" is a range of counts.
        Some(crate::quantity::Hedge::About)
            if matches!(prev, "in" | "since" | "from" | "until" | "before" | "after")
                && !matches!(
                    next,
                    "to" | "and" | "or" | "of" | "a" | "an" | "per" | "each"
                ) => {}
        Some(_) => return false,
    }
    // A counted noun is plural: "the 1950 residents", not "its 1998 bond
    // programme".
    let plural = next.ends_with('s')
        || matches!(
            next,
            "people" | "men" | "women" | "children" | "staff" | "police" | "cattle" | "sheep"
        );
    let counted = next.starts_with(|c: char| c.is_ascii_lowercase())
        && plural
        && !matches!(
            next,
            "and"
                | "or"
                | "to"
                | "when"
                | "the"
                | "as"
                | "was"
                | "were"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "after"
                | "before"
                | "by"
        );
    // "the 1950 residents", "all 2010 seats": a determiner before and a noun
    // after make a count even in the range of recent years.
    let determined = matches!(prev, "the" | "these" | "those" | "all" | "its" | "their");
    if q.hedge.is_some() {
        return !counted;
    }
    if (1950.0..=2035.0).contains(&v) {
        return !(counted && determined);
    }
    !counted
}

/// "graduated in 2022 ... the 2022 graduates": a definite count in the
/// range of recent years whose value the text used as a year names the
/// group of that year, not its size. Run once all figures are refined.
pub fn years_named_again(text: &str, qs: &mut [Quantity]) {
    // Sorted once: a long file may hold thousands of years.
    let mut years: Vec<u32> = qs
        .iter()
        .filter(|q| q.kind == Kind::Year)
        .filter_map(|q| q.value)
        .filter(|v| v.fract() == 0.0 && (1950.0..=2035.0).contains(v))
        .map(|v| v as u32)
        .collect();
    if years.is_empty() {
        return;
    }
    years.sort_unstable();
    for q in qs.iter_mut() {
        let Some(v) = q.value else { continue };
        let raw = text.get(q.span.start..q.span.end).unwrap_or("");
        if q.kind != Kind::Count
            || q.hedge.is_some()
            || q.unit.is_some()
            || raw.len() != 4
            || !raw.bytes().all(|b| b.is_ascii_digit())
            || !(1950.0..=2035.0).contains(&v)
            || years.binary_search(&(v as u32)).is_err()
        {
            continue;
        }
        let mut buf = [""; 3];
        let definite = words_before(text, q.span.start, &mut buf)
            .first()
            .is_some_and(|w| {
                w.ends_with("'s")
                    || matches!(
                        w.to_ascii_lowercase().as_str(),
                        "the" | "its" | "their" | "this"
                    )
            });
        if definite {
            q.kind = Kind::Year;
        }
    }
}

/// "840 tonnes of salt (about 380,000 pounds)", "a 2kg bag, or 4.4
/// pounds": pounds written out right after a weight restate the weight,
/// and are no sum of money.
pub fn pounds_of_weight(text: &str, qs: &mut [Quantity]) {
    use super::units::{Dimension, POUND_MASS};
    for i in 1..qs.len() {
        let (Some(prev), Some(q)) = (qs.get(i - 1), qs.get(i)) else {
            continue;
        };
        let raw = text.get(q.span.start..q.span.end).unwrap_or("");
        let written_pounds = q.kind == Kind::Money
            && raw
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .next()
                .is_some_and(|w| {
                    w.eq_ignore_ascii_case("pounds") || w.eq_ignore_ascii_case("pound")
                });
        let after_weight =
            prev.kind == Kind::Measure && prev.unit.is_some_and(|u| u.dimension == Dimension::Mass);
        let gap = text.get(prev.span.end..q.span.start).unwrap_or(".");
        // Only a restating joint, "(" or "or", after a few words of what the
        // weight is of ("of salt a day"); not "(costing 380,000 pounds)".
        let joint = gap.trim_end();
        let restated = joint.ends_with('(') || joint.ends_with(" or") || joint.ends_with(",or");
        if written_pounds
            && after_weight
            && restated
            && gap.len() <= 40
            && !gap.contains(['.', ';'])
            && let Some(q) = qs.get_mut(i)
        {
            q.kind = Kind::Measure;
            q.unit = Some(&POUND_MASS);
        }
    }
}

/// "May 4", "4 May", "4th of July"; not "pickers for July, 28 of them
/// students": a comma parts the month from a count.
fn near_month(text: &str, prev: &str, next: &str, q: &Quantity) -> bool {
    let parted = text
        .get(..q.span.start)
        .is_some_and(|t| t.trim_end().ends_with(','));
    let day = q
        .value
        .is_some_and(|v| (1.0..=31.0).contains(&v) && v.fract() == 0.0);
    let is_month = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && with_lower(w, |l| lexicon::month(l).then_some(())).is_some()
    };
    day && (!parted && is_month(prev)
        || is_month(next)
        || (next == "of" && q.kind == Kind::Ordinal))
}

/// "Ms Antonsen, 59, said": a small number between commas after a capitalised name.
fn is_apposition_age(text: &str, start: usize, end: usize, value: Option<f64>) -> bool {
    let Some(v) = value else { return false };
    if !(10.0..=110.0).contains(&v) || v.fract() != 0.0 {
        return false;
    }
    let before = text.get(..start).unwrap_or("").trim_end_matches(' ');
    let after = text.get(end..).unwrap_or("");
    if !before.ends_with(',') || !after.starts_with([',', '.', ';']) {
        return false;
    }
    let name = before
        .trim_end_matches(',')
        .rsplit(' ')
        .next()
        .unwrap_or("");
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// "won 3-1", "a 2-3 defeat".
fn is_sports(before: &[&str], after: &[&str]) -> bool {
    before.iter().chain(after.iter()).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "won"
                | "win"
                | "wins"
                | "lost"
                | "lose"
                | "beat"
                | "beating"
                | "defeat"
                | "defeated"
                | "victory"
                | "draw"
                | "drew"
                | "score"
                | "scored"
                | "odds"
                | "led"
                | "lead"
                | "trailing"
                | "scoreline"
                | "thrashed"
                | "routed"
                | "edged"
                | "vote"
                | "votes"
        )
    })
}

/// "that one", "the one", "which one": "one" as a pronoun.
fn is_determiner(prev: &str) -> bool {
    matches!(
        prev,
        "the"
            | "that"
            | "this"
            | "which"
            | "each"
            | "every"
            | "any"
            | "no"
            | "only"
            | "another"
            | "someone"
            | "no-one"
    )
}

/// "eight more than the old one, including ...", "a bigger one.": "one"
/// after an article and an adjective stands for a noun said before.
fn closes_a_noun_phrase(before: &[&str], tail: &str) -> bool {
    let adjective = before
        .first()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_alphabetic()));
    let article = before.get(1).is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
        )
    });
    adjective && article && tail.starts_with([',', '.', ';', ')', ':'])
}

fn is_year_value(v: f64) -> bool {
    (1000.0..=2100.0).contains(&v) && v.fract() == 0.0
}

/// "one of them", "the one you mentioned", "one day": "one" as a pronoun or article.
fn is_pronoun_one(next: &str) -> bool {
    matches!(
        next.to_ascii_lowercase().as_str(),
        "you"
            | "is"
            | "was"
            | "that"
            | "which"
            | "who"
            | "day"
            | "time"
            | "last"
            | "another"
            | "thing"
            | "way"
            | "side"
            | "hand"
    )
}
