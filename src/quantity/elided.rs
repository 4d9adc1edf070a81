//! Units left out of a second figure: "31.2 million tonnes ... up from 27.5
//! million", "£46m, up from 40m". The bare figure takes the unit of the like
//! figure it is compared with, so the two can be related. A scale left out
//! of the first ("from 1.318 to 1.911 bln") is taken from the second.

use super::{Kind, Quantity};

/// How far back (in bytes) the figure that lends its unit may stand.
const REACH: usize = 80;

/// Gives a bare count after "from", "to", "than", "instead of" or ", of which" the kind and unit of the
/// measure, money or time figure just before it in the same sentence, when the two
/// are of one magnitude. An amount added to it ("14 billion kronor ... and
/// another 6 billion") is of its kind too.
pub fn inherit(text: &str, qs: &mut [Quantity]) {
    for i in 1..qs.len() {
        let Some(q) = qs.get(i) else { continue };
        if q.kind != Kind::Count || q.unit.is_some() || q.noun.is_some() || q.words {
            continue;
        }
        // "15 minutes instead of 9": the figure replaced is of the same unit.
        let cue = word_before(text, q.span.start).is_some_and(|w| {
            matches!(
                w,
                "from" | "to" | "than" | "another" | "further" | "additional" | "extra"
            )
        }) || text.get(..q.span.start).is_some_and(|t| {
            // "94,000 hectares, of which 61,000 are conifer": a part of it.
            let t = t.trim_end();
            t.ends_with("instead of") || t.ends_with(", of which")
        });
        if !cue {
            continue;
        }
        // The nearest earlier amount, past years and dates ("since 2003");
        // after "to", the figure after "from" ("from 86 in the first six
        // months to 41": 41 is what 86 was, not months).
        let near = || {
            (0..i)
                .rev()
                .filter_map(|j| qs.get(j))
                .take_while(|p| q.span.start.saturating_sub(p.span.end) <= REACH)
        };
        let start_of_change = (word_before(text, q.span.start) == Some("to"))
            .then(|| near().find(|p| word_before(text, p.span.start) == Some("from")))
            .flatten();
        let lender = start_of_change
            .or_else(|| near().find(|p| !matches!(p.kind, Kind::Year | Kind::Date | Kind::Time)));
        let Some(prev) = lender else { continue };
        // "from 25 minutes to 15": a time lends its unit as a measure does.
        if !matches!(prev.kind, Kind::Measure | Kind::Money | Kind::Duration)
            || prev.range.is_some()
        {
            continue;
        }
        let between = text.get(prev.span.end..q.span.start).unwrap_or(".");
        let same_sentence = !between.contains(['.', ';', '\n']);
        let alike = match (prev.value, q.value) {
            (Some(a), Some(b)) if a > 0.0 && b > 0.0 => (0.1..=10.0).contains(&(a / b)),
            _ => false,
        };
        if same_sentence && alike {
            let (kind, unit) = (prev.kind, prev.unit);
            if let Some(q) = qs.get_mut(i) {
                q.kind = kind;
                q.unit = unit;
            }
        }
    }
}

/// Gives a bare figure after "from" the scale, kind and unit of the
/// figure it runs to: "from 1.318 to 1.911 bln pesos" is from 1.318
/// billion pesos, "from 52,000 to 41,600 tonnes" from 52,000 tonnes.
pub fn inherit_scale(text: &str, qs: &mut [Quantity]) {
    for i in 0..qs.len().saturating_sub(1) {
        let (Some(q), Some(next)) = (qs.get(i), qs.get(i + 1)) else {
            continue;
        };
        // "from 18.5 to 21-23 billion euros": a range's low end will do.
        let (Some(a), Some(b)) = (q.value, next.value.or(next.range.map(|r| r.0))) else {
            continue;
        };
        let from = word_before(text, q.span.start) == Some("from");
        let joint = text.get(q.span.end..next.span.start).unwrap_or("");
        let to = joint.starts_with(char::is_whitespace) && joint.trim() == "to";
        if !from || !to || q.kind != Kind::Count || q.unit.is_some() || a <= 0.0 {
            continue;
        }
        // The scale is the power of a thousand that brings the two together
        // ("from 52,000 to 41,600 tonnes": none, only the unit).
        let Some(&scale) = [1.0, 1e3, 1e6, 1e9, 1e12]
            .iter()
            .find(|&&s| (0.1..=10.0).contains(&(b / (a * s))))
        else {
            continue;
        };
        // Unscaled, only a figure in digits takes a unit, and not one of time:
        // "increased from nine to seven days" is a frequency, "from 12 to 14
        // years" a term, both said of something else than the figures.
        let timed = next
            .unit
            .is_some_and(|u| u.dimension == super::units::Dimension::Time);
        if scale == 1.0 && (q.words || timed) {
            continue;
        }
        let (kind, unit) = (next.kind, next.unit);
        if let Some(q) = qs.get_mut(i) {
            q.value = Some(a * scale);
            q.step *= scale;
            // Written to the same scale, it is rounded as the scaled figure
            // is; a hedge already widened it.
            if q.hedge.is_none() {
                q.interval = super::Interval::around(a * scale, q.step / 2.0);
                q.loose = q.interval;
            } else {
                q.interval = q.interval.scale(scale);
                q.loose = q.loose.scale(scale);
            }
            q.kind = kind;
            q.unit = unit;
        }
    }
}

/// Gives a bare figure of a list the kind and unit of the item before it:
/// "26,000 litres at the leisure centre, 19,000 at the academy and 8,000
/// at the station", "52 hectares will hold panels, 14 will be sown as
/// meadow and 4 will be taken up by tracks". An item is a figure after a
/// comma or "and" that a preposition or an auxiliary follows, of one
/// magnitude with the measure or money item just before it in the sentence.
pub fn inherit_in_list(text: &str, qs: &mut [Quantity]) {
    const AUXILIARIES: &[&str] = &["will", "would", "are", "were", "is", "was"];
    const PLACES: &[&str] = &[
        "at", "in", "on", "for", "from", "by", "to", "across", "around", "near", "along",
        "outside", "inside", "within", "among",
    ];
    for i in 1..qs.len() {
        let (Some(prev), Some(q)) = (qs.get(i - 1), qs.get(i)) else {
            continue;
        };
        if q.kind != Kind::Count || q.unit.is_some() || q.noun.is_some() || q.words {
            continue;
        }
        if !matches!(prev.kind, Kind::Measure | Kind::Money) || prev.range.is_some() {
            continue;
        }
        let between = text.get(prev.span.end..q.span.start).unwrap_or(".");
        let joined =
            between.trim_end().ends_with(',') || word_before(text, q.span.start) == Some("and");
        let item = text
            .get(q.span.end..)
            .and_then(|t| t.split_whitespace().next())
            .is_some_and(|w| PLACES.contains(&w) || AUXILIARIES.contains(&w));
        let near = between.len() <= REACH && !between.contains(['.', ';', '\n', ':']);
        // "2,900 hectares in total: 1,250 on Carn Moss, 980 ...": the
        // first item after a colon that follows the total's own words.
        let opens_list = between.trim_end().strip_suffix(':').is_some_and(|words| {
            words
                .split_whitespace()
                .all(|w| matches!(w, "in" | "total" | "all" | "altogether" | "overall"))
        });
        // "- households used 388 million litres a day;" over "- businesses
        // used 141 million;": the next item of a list, the figure ending it.
        let next_item = between.len() <= REACH
            && between.matches('\n').count() == 1
            && !between.contains(['.', ':'])
            && text
                .get(q.span.end..)
                .and_then(|t| t.chars().find(|c| *c != ' '))
                .is_none_or(|c| matches!(c, ';' | '.' | '\n'));
        let alike = match (prev.value, q.value) {
            (Some(a), Some(b)) if a > 0.0 && b > 0.0 => (0.1..=10.0).contains(&(a / b)),
            _ => false,
        };
        let labelled = near && labelled_item(text, between, q);
        if ((joined && near || opens_list) && item || next_item || labelled) && alike {
            let (kind, unit) = (prev.kind, prev.unit);
            if let Some(q) = qs.get_mut(i) {
                q.kind = kind;
                q.unit = unit;
            }
        }
    }
}

/// "9,600 tonnes, green 7,900 and brown 4,100": an item named by a word or
/// two before its figure (no verb, no function word), the figure ending
/// its clause.
fn labelled_item(text: &str, between: &str, q: &Quantity) -> bool {
    let label: Vec<&str> = between
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    let ends_clause = text.get(q.span.end..).map(str::trim_start).is_none_or(|t| {
        t.is_empty() || t.starts_with([',', '.', ';', ')']) || t.starts_with("and ")
    });
    // "children 5 and under": a bound, no item.
    let bound = text.get(q.span.end..).is_some_and(|t| {
        let mut w = t.split_whitespace();
        matches!(w.next(), Some("and" | "or"))
            && w.next().is_some_and(|b| {
                matches!(
                    b.trim_end_matches([',', '.']),
                    "under" | "over" | "up" | "older" | "younger" | "below" | "above"
                )
            })
    });
    let joined = between.trim_start().starts_with(',') || between.trim_start().starts_with("and ");
    joined
        && !bound
        && (1..=2).contains(&label.len())
        && ends_clause
        && label.iter().all(|w| {
            let l = w.to_ascii_lowercase();
            w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !l.ends_with("ing")
                && !l.ends_with("ed")
                && !l.ends_with("ly")
                && !super::noun::is_function_word(&l)
                && l != "versus"
        })
}

/// How far back (in bytes) a figure of the same scale word may lend its
/// unit: about a paragraph.
const SCALE_REACH: usize = 600;

/// Gives a bare count written with a scale word ("3.9 billion", "about 81
/// million") the kind and unit of the nearest earlier figure written with
/// one, when that is money or a measure: copy states the unit once ("8.6
/// billion marks in taxes") and drops it after ("Sales tax brought in 3.9
/// billion, income tax 3.1 billion"). A count of things between (a figure
/// with a noun, or with no unit to lend) breaks the chain.
pub fn inherit_by_scale_word(text: &str, qs: &mut [Quantity]) {
    for i in 1..qs.len() {
        let Some(q) = qs.get(i) else { continue };
        if q.kind != Kind::Count || q.unit.is_some() || q.noun.is_some() || q.words {
            continue;
        }
        // The borrower ends on its scale word; the lender has one before its unit.
        let scaled = |q: &Quantity, ends: bool| {
            text.get(q.span.start..q.span.end).is_some_and(|raw| {
                let scale = |w: &str| {
                    matches!(w, "million" | "billion" | "trillion" | "mln" | "bln")
                        || w.ends_with("bn") && w.starts_with(|c: char| c.is_ascii_digit())
                };
                if ends {
                    raw.split_whitespace().next_back().is_some_and(scale)
                } else {
                    raw.split_whitespace().any(scale)
                }
            })
        };
        if !scaled(q, true) {
            continue;
        }
        let start = q.span.start;
        let lender = (0..i)
            .rev()
            .take_while(|&j| {
                qs.get(j)
                    .is_some_and(|p| start.saturating_sub(p.span.end) <= SCALE_REACH)
            })
            .find(|&j| {
                qs.get(j)
                    .is_some_and(|p| scaled(p, false) && p.kind.is_amount())
            });
        let Some(prev) = lender.and_then(|j| qs.get(j)) else {
            continue;
        };
        let adjacent = lender == Some(i - 1);
        if !matches!(prev.kind, Kind::Measure | Kind::Money) || prev.range.is_some() {
            continue;
        }
        let alike = match (prev.value, q.value) {
            (Some(a), Some(b)) if a > 0.0 && b > 0.0 => (0.01..=100.0).contains(&(a / b)),
            _ => false,
        };
        // The unit carries over a sentence's end, and along a list ("3.9
        // billion, income tax 3.1 billion"); else within a sentence the
        // cues of `inherit` decide ("doubled to 15.9 billion from 8.6
        // billion" after "from 19.8 billion francs").
        let between = text.get(prev.span.end..start).unwrap_or("");
        let new_sentence = between.contains(';') || ends_a_sentence(between);
        let listed = adjacent
            && (between.trim_start().starts_with(',') || between.contains(" and "))
            && between.split_whitespace().count() <= 6;
        // "down 53 million krona from 655 million": a start after the
        // change's size, far from it in magnitude but scaled alike.
        let compared = adjacent
            && !between.contains(['.', ';', '\n'])
            && word_before(text, start).is_some_and(|w| matches!(w, "from" | "than"));
        if alike && (new_sentence || listed || compared) && between.matches("\n\n").count() <= 1 {
            let (kind, unit) = (prev.kind, prev.unit);
            if let Some(q) = qs.get_mut(i) {
                q.kind = kind;
                q.unit = unit;
            }
        }
    }
}

/// Gives a bare pair the unit its subject names in the plural, right
/// before its verb: "total weekly opening hours will fall from 1,560 to
/// 1,320" counts hours. A unit said of a time ("in recent years sales fell
/// from") is no subject: a figure or time word before it rules it out.
pub fn inherit_named_unit(text: &str, qs: &mut [Quantity]) {
    let bare =
        |q: &Quantity| q.kind == Kind::Count && q.unit.is_none() && q.noun.is_none() && !q.words;
    for i in 0..qs.len().saturating_sub(1) {
        let (Some(a), Some(b)) = (qs.get(i), qs.get(i + 1)) else {
            continue;
        };
        let joint = text.get(a.span.end..b.span.start).unwrap_or("");
        if !bare(a)
            || !bare(b)
            || joint.trim() != "to"
            || word_before(text, a.span.start) != Some("from")
        {
            continue;
        }
        // Read from its end only: the whole head if the reach falls inside a character.
        let head = text
            .get(a.span.start.saturating_sub(REACH)..a.span.start)
            .or_else(|| text.get(..a.span.start))
            .unwrap_or("");
        let clause = head.rsplit(['.', ',', ';', ':', '\n']).next().unwrap_or("");
        // The verb group and the subject's head: "hours will fall from".
        let words: Vec<&str> = clause.split_whitespace().rev().skip(1).take(4).collect();
        let Some(at) = words.iter().take(3).position(|w| {
            w.ends_with('s') && super::units::unit_word(&w.to_ascii_lowercase()).is_some()
        }) else {
            continue;
        };
        let of_time = words.get(at + 1).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || super::lexicon::is_number_word(&w.to_ascii_lowercase())
                || matches!(
                    w.to_ascii_lowercase().as_str(),
                    "recent"
                        | "past"
                        | "last"
                        | "next"
                        | "few"
                        | "several"
                        | "many"
                        | "some"
                        | "coming"
                )
        });
        let unit = words
            .get(at)
            .and_then(|w| super::units::unit_word(&w.to_ascii_lowercase()));
        let (Some(unit), false) = (unit, of_time) else {
            continue;
        };
        let kind = if unit.dimension == super::units::Dimension::Time {
            Kind::Duration
        } else {
            Kind::Measure
        };
        for q in qs.get_mut(i..i + 2).into_iter().flatten() {
            q.kind = kind;
            q.unit = Some(unit);
        }
    }
}

/// Whether a full stop after a lowercase word or a figure, before a
/// capital, ends a sentence in `gap` ("U.S. Dlrs" is an abbreviation).
fn ends_a_sentence(gap: &str) -> bool {
    gap.match_indices('.').any(|(at, _)| {
        // A stop right after the figure ends its sentence.
        let before = gap.get(..at).and_then(|b| b.chars().next_back());
        let after = gap.get(at + 1..).map(str::trim_start);
        before.is_none_or(|c| c.is_lowercase() || c.is_ascii_digit())
            && after.is_some_and(|a| a.starts_with(char::is_uppercase))
    })
}

/// The last word before offset `at`.
fn word_before(text: &str, at: usize) -> Option<&str> {
    text.get(..at)?
        .split(|c: char| !c.is_ascii_alphabetic())
        .rfind(|w| !w.is_empty())
}
