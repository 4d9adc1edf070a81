//! Static word tables: number words, scales, fractions, ordinals, months.
//!
//! Lookups take an ASCII-lowercased word (see [`lowercase`]) and are plain
//! `match`es, which the compiler turns into a length-and-bytes decision tree:
//! no table is built at run time.

/// Lowercases an ASCII word into `buf`; `None` when it is too long or not ASCII
/// (no number word is either).
pub fn lowercase<'a>(word: &'a str, buf: &'a mut [u8; 24]) -> Option<&'a str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    // Most words are lowercase already: passed as they are, spared the copy
    // and the UTF-8 check of it.
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Some(word);
    }
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// Runs `f` on the lowercased word. Most words are lowercase already and
/// are passed as they are.
pub fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> Option<T>) -> Option<T> {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; 24];
    lowercase(word, &mut buf).and_then(f)
}

/// zero to nineteen.
pub fn unit_word(w: &str) -> Option<u32> {
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// twenty to ninety.
pub fn tens_word(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" | "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Multipliers written as words, singular or plural.
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" | "hundreds" => 1e2,
        "thousand" | "thousands" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "million" | "millions" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        _ => return None,
    })
}

/// Multipliers written as abbreviations right after digits ("40k", "$2.3bn").
/// Case matters for some: `M` is a million but `m` may be metres, which the
/// caller decides from context.
pub fn scale_abbreviation(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "K" => 1e3,
        "m" | "M" | "mn" | "mln" | "mil" | "MM" | "mio" => 1e6,
        "b" | "bn" | "B" | "bln" | "G" => 1e9,
        "tn" | "tln" | "T" | "trn" => 1e12,
        _ => return None,
    })
}

/// The denominator named by a fraction word ("third" -> 3), singular or
/// plural: ordinals from "third" up, "half", "quarter", and the scale
/// ordinals ("hundredth" to "trillionth").
pub fn denominator_word(w: &str) -> Option<f64> {
    let singular = w.strip_suffix('s').unwrap_or(w);
    let d = match singular {
        "half" | "halve" => 2.0,
        "quarter" => 4.0,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        // "first" and "second" are never denominators ("a second").
        "first" | "second" => return None,
        _ => f64::from(ordinal_word(singular)?),
    };
    Some(d)
}

/// The unit ordinals that end a compound denominator ("twenty-fifth").
pub fn unit_ordinal(w: &str) -> Option<f64> {
    let singular = w.strip_suffix('s').unwrap_or(w);
    ordinal_word(singular).filter(|&n| n < 10).map(f64::from)
}

/// Ordinal words that are never fractions ("first", "twenty-second" is
/// handled by combining a tens word with one of these).
pub fn ordinal_word(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        "thousandth" => 1000,
        _ => return None,
    })
}

/// Unicode vulgar fractions.
pub fn vulgar_fraction(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

pub fn month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// A word that is itself (the start of) a number: "five", "twenty",
/// "third", "dozen", "hundreds". Other starting words ("about", "a", "more")
/// only lead in to one.
pub fn is_number_word(w: &str) -> bool {
    unit_word(w).is_some()
        || tens_word(w).is_some()
        || denominator_word(w).is_some()
        // "hundreds of"; a bare "hundred" needs a number before it ("several
        // hundred" is no figure).
        || scale_word(w).is_some() && w.ends_with('s')
        || matches!(
            w,
            "half"
                | "dozen"
                | "dozens"
                | "couple"
                | "handful"
                | "scores"
                | "several"
                | "majority"
                | "tens"
                | "quarter"
                | "nought"
                | "zero"
        )
}

/// Every word [`is_lead_in`] or [`names_number`] accepts, for
/// [`may_start`]. The words that also take a plural "s" are in [`PLURALS`].
const STARTERS: &[&str] = &[
    "zero",
    "nought",
    "naught",
    "nil",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fourty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "lakh",
    "million",
    "crore",
    "billion",
    "trillion",
    "a",
    "an",
    "dozen",
    "dozens",
    "couple",
    "handful",
    "scores",
    "several",
    "hundreds",
    "thousands",
    "lakhs",
    "millions",
    "crores",
    "billions",
    "trillions",
    "tens",
    "minus",
    "negative",
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "approx",
    "estimated",
    "nearly",
    "almost",
    "just",
    "slightly",
    "more",
    "over",
    "at",
    "upwards",
    "in",
    "fewer",
    "less",
    "under",
    "up",
    "no",
    "between",
    "close",
    "as",
    "well",
    "below",
    "above",
    "exceeding",
    "circa",
    "c",
    "ca",
    "usd",
    "eur",
    "gbp",
    "chf",
    "jpy",
    "cad",
    "aud",
    "sek",
    "nok",
    "dkk",
    "inr",
    "cny",
    "rmb",
    "us",
    "majority",
    "north",
    "south",
    "shy",
    "barely",
    "scarcely",
    "sub",
    "rs",
    "rm",
    "dh",
    "dhs",
    "kr",
];

/// Fraction words, singular and plural ("a third", "two thirds").
const PLURALS: &[&str] = &[
    "half",
    "halve",
    "quarter",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
];

/// The longest word [`may_start`] tells apart; longer words pass.
const MAX_LEN: usize = 31;

/// For each first letter and last letter, a bit per word length: set when
/// some starter has that shape. Built at compile time from the lists above.
// Indexing here runs in the compiler: out of bounds is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
static SHAPES: [[u32; 26]; 26] = {
    let mut shapes = [[0u32; 26]; 26];
    let mut n = 0;
    while n < STARTERS.len() + 2 * PLURALS.len() {
        let (word, plural) = if n < STARTERS.len() {
            (STARTERS[n].as_bytes(), false)
        } else {
            let k = n - STARTERS.len();
            (PLURALS[k / 2].as_bytes(), k % 2 == 1)
        };
        let len = word.len() + plural as usize;
        let last = if plural { b's' } else { word[word.len() - 1] };
        shapes[(word[0] - b'a') as usize][(last - b'a') as usize] |= 1 << len;
        n += 1;
    }
    shapes
};

/// A cheap first test, case-insensitive, for "might this word start a
/// quantity?": false for nearly every word of prose ("the", "said"), true
/// for every word [`is_lead_in`] or [`names_number`] accepts.
pub fn may_start(word: &str) -> bool {
    let b = word.as_bytes();
    let (Some(first), Some(last)) = (b.first(), b.last()) else {
        return false;
    };
    // A letter's place in the alphabet, in either case, with one OR and one
    // subtraction (this runs on every word of a text); 26 or more for any
    // other byte, as only letters fold into `a..=z` with bit 5 set.
    let index = |c: u8| usize::from((c | 0x20).wrapping_sub(b'a'));
    let (f, l) = (index(*first), index(*last));
    if f >= 26 || l >= 26 {
        return false;
    }
    b.len() > MAX_LEN
        || SHAPES
            .get(f)
            .and_then(|row| row.get(l))
            .is_some_and(|bits| bits & (1 << b.len()) != 0)
}

/// A number word or a scale: what makes a lead-in worth parsing when it
/// follows ("a hundred people", "about a third").
pub fn names_number(w: &str) -> bool {
    is_number_word(w) || scale_word(w).is_some()
}

/// True when a lowercased word that is no number itself may lead in to one
/// ("about 15", "a dozen", "more than 20", "USD 12"), so the scanner should
/// try the parsers there when a number follows. Kept in step with the
/// parsers: a word missing here is never parsed.
pub fn is_lead_in(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "minus"
            | "negative"
            | "about"
            | "around"
            | "roughly"
            | "some"
            | "approximately"
            | "approx"
            | "estimated"
            | "nearly"
            | "almost"
            | "just"
            | "slightly"
            | "more"
            | "over"
            | "at"
            | "upwards"
            | "in"
            | "fewer"
            | "less"
            | "under"
            | "up"
            | "no"
            | "between"
            | "close"
            | "as"
            | "well"
            | "below"
            | "above"
            | "exceeding"
            | "circa"
            | "c"
            | "ca"
            | "usd"
            | "eur"
            | "gbp"
            | "chf"
            | "jpy"
            | "cad"
            | "aud"
            | "sek"
            | "nok"
            | "dkk"
            | "inr"
            | "cny"
            | "rmb"
            | "us"
            // "Rs 40 crore", "RM 2.05", "Dh1.2bn", "kr 50" ("R254bn" and "S
            // $1mil" are told by the scanner from the byte after them).
            | "north"
            | "south"
            | "shy"
            | "barely"
            | "scarcely"
            | "sub"
            | "rs"
            | "rm"
            | "dh"
            | "dhs"
            | "kr"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every literal of this file, and its plural, that the lookups accept
    /// passes the shape filter: a word missing from [`STARTERS`] would
    /// never be parsed.
    #[test]
    fn the_shape_filter_lets_every_starter_through() {
        let source = include_str!("lexicon.rs");
        let literals = source
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()));
        for w in literals {
            for word in [w.to_string(), format!("{w}s")] {
                if is_lead_in(&word) || names_number(&word) {
                    assert!(may_start(&word), "{word} is filtered out");
                    assert!(may_start(&word.to_ascii_uppercase()), "{word} in capitals");
                }
            }
        }
    }

    /// The scanner asks whether a word is a number only when it is no
    /// lead-in.
    #[test]
    fn no_lead_in_is_a_number_word() {
        let source = include_str!("lexicon.rs");
        for w in source.split('"').skip(1).step_by(2) {
            for word in [w.to_string(), format!("{w}s")] {
                assert!(!(is_lead_in(&word) && is_number_word(&word)), "{word}");
            }
        }
    }

    #[test]
    fn the_shape_filter_stops_common_words() {
        for w in [
            "the", "said", "of", "to", "on", "for", "that", "was", "with", "have",
        ] {
            assert!(!may_start(w), "{w}");
        }
    }
}
