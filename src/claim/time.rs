//! When a figure is said of, read from its sentence: a year ("In 2019",
//! "the 2022 season"), a time counted back from the story's now ("last
//! year", "two years ago", "the previous season"), or now ("this year",
//! or nothing said). Two figures of one thing at two times are the start
//! and end of a change between them.

use super::Scope;
use super::context::is_any;
use std::cmp::Ordering;

/// The time a figure's sentence sets it at.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum When {
    /// A year named: "In 2019", "the 2022 season".
    Year(f64),
    /// Counted back from now: 1 for "last year", 2 for "two years ago".
    Back(u32),
    /// "this year", "now", or no time said.
    Now,
}

impl When {
    /// Which of two times is earlier, when the copy lets one tell. A year
    /// named beside "last year" is the earlier of the two: a writer names
    /// last year so.
    pub(super) fn order(self, other: When) -> Option<Ordering> {
        use When::*;
        match (self, other) {
            (Year(a), Year(b)) => a.partial_cmp(&b),
            (Back(a), Back(b)) => Some(b.cmp(&a)),
            (Now, Now) => Some(Ordering::Equal),
            (Year(_) | Back(_), Now) => Some(Ordering::Less),
            (Now, Year(_) | Back(_)) => Some(Ordering::Greater),
            (Year(_), Back(1)) => Some(Ordering::Less),
            (Back(1), Year(_)) => Some(Ordering::Greater),
            _ => None,
        }
    }
}

/// Periods a time may be counted back in.
const PERIODS: &[&str] = &[
    "year", "season", "month", "week", "quarter", "term", "decade",
];

/// Words that open the clause of an event after "before".
const EVENT_SUBJECTS: &[&str] = &["it", "they", "the", "its", "their", "we"];

/// The time figure `i`'s sentence is said of.
pub(super) fn when(scope: &Scope, i: usize) -> When {
    if let Some(year) = super::change_apart::frame_year(scope, i) {
        return When::Year(year);
    }
    let words: Vec<&str> = scope.sentence_words(i).collect();
    for (k, pair) in words.windows(2).enumerate() {
        let [x, y] = pair else { continue };
        // "Last year's watch" is last year's as "last year" is.
        let period = is_any(y.trim_end_matches("'s"), PERIODS);
        // "down 5.3 pct from the previous week": a time set against
        // dates the other figure.
        let leading = words.get(k.saturating_sub(3)..k).unwrap_or_default();
        let against = leading.iter().any(|w| {
            is_any(
                w,
                &[
                    "from",
                    "than",
                    "against",
                    "compared",
                    "on",
                    "over",
                    "since",
                    "above",
                    "below",
                    "beating",
                    "exceeding",
                    "unlike",
                ],
            )
        });
        if against {
            continue;
        }
        if period && is_any(x, &["last", "previous"]) {
            return When::Back(1);
        }
        // "the season before last".
        if is_any(x, PERIODS)
            && y.eq_ignore_ascii_case("before")
            && words
                .get(k + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("last"))
        {
            return When::Back(2);
        }
        // "two years ago", "a year earlier".
        let back = words
            .get(k + 2)
            .is_some_and(|w| is_any(w, &["ago", "earlier", "before"]));
        if back && let Some(n) = count_word(x).filter(|_| is_any(y.trim_end_matches('s'), PERIODS))
        {
            return When::Back(n);
        }
        // "In the 12 months before it opened": before an event the story
        // tells of, which is now's.
        let event_past = || {
            words.get(k + 1..k + 4).is_some_and(|ws| {
                ws.iter().any(|w| {
                    w.ends_with("ed") || is_any(w, &["began", "was", "were", "came", "took"])
                })
            })
        };
        if x.eq_ignore_ascii_case("before") && is_any(y, EVENT_SUBJECTS) && event_past() {
            return When::Back(1);
        }
    }
    When::Now
}

/// A small count in words or digits: "a", "two", "3".
fn count_word(w: &str) -> Option<u32> {
    const WORDS: &[&str] = &[
        "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .iter()
        .position(|x| w.eq_ignore_ascii_case(x))
        .map(|n| n as u32 + 1)
        .or_else(|| w.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::When::*;
    use std::cmp::Ordering::*;

    #[test]
    fn times_are_ordered_where_the_copy_tells() {
        assert_eq!(Year(2019.0).order(Year(2022.0)), Some(Less));
        assert_eq!(Back(2).order(Back(1)), Some(Less));
        assert_eq!(Year(2022.0).order(Back(1)), Some(Less));
        assert_eq!(Now.order(Back(1)), Some(Greater));
        // Two years ago and 2023 may be either way round.
        assert_eq!(Year(2023.0).order(Back(2)), None);
    }
}
