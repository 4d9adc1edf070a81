//! The phrase grammar around a numeral: hedges, signs, currencies, suffixes,
//! units, ranges and ratios. One named nom parser per element.
//!
//! ```text
//! phrase  := hedge? (between | ratio | range | figure)
//! hedge   := "about" | "nearly" | "more than" | "up to" | ...
//! between := "between" figure "and" figure
//! ratio   := numeral ("in" | "out of") numeral          -- "one in five"
//! range   := figure ("-" | "–" | "to") figure           -- "10-15", "£10m to £12m"
//! figure  := sign? currency? numeral suffix?
//! suffix  := percent | points | currency_after | age | decade | ordinal | clock | unit | compound
//! ```

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while1},
    character::complete::{char, digit1},
    combinator::{opt, peek, recognize, verify},
    multi::many1,
    sequence::preceded,
};

use super::Hedge;
use super::lexicon::with_lower;
use super::number::{Form, Numeral, keyword, numeral, one_char, sp0, sp1, word, ws0, ws1};
use super::units::{self, Dimension, Unit};

type Res<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// What follows a numeral and types it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Suffix {
    None,
    Percent,
    PercentagePoints,
    Unit(&'static Unit),
    Age,
    Decade,
    Ordinal,
    Clock,
    /// A map's scale or a ratio written with a colon: "1:25,000".
    Scale,
}

/// One number with everything glued to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure<'a> {
    pub numeral: Numeral,
    pub negative: bool,
    pub currency: Option<&'static Unit>,
    pub suffix: Suffix,
    /// The word of a hyphenated compound: "450-home" -> "home".
    pub compound: Option<&'a str>,
}

impl Figure<'_> {
    pub fn value(&self) -> f64 {
        if self.negative {
            -self.numeral.value
        } else {
            self.numeral.value
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Body<'a> {
    Single(Figure<'a>),
    Range(Figure<'a>, Figure<'a>),
    /// "one in five": numerator and denominator.
    Ratio(Numeral, Numeral),
    /// "3-1", "40-1", "284-7": a score or odds, never arithmetic.
    Score(f64, f64),
    /// "2013-14", "2010-2015": a span of years.
    Years(f64, f64),
    /// "01632 960123", "+44 20 7946 0000", "555-0123": a phone number.
    Phone,
    /// "2:14:42": hours, minutes and seconds elapsed, in seconds.
    Elapsed(f64),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Phrase<'a> {
    pub hedge: Option<Hedge>,
    pub body: Body<'a>,
}

// ---------------------------------------------------------------- hedges

fn words2<'a>(a: &'static str, b: &'static str) -> impl Fn(&'a str) -> Res<'a, ()> {
    move |i| {
        (keyword(move |w| w == a), ws1, keyword(move |w| w == b))
            .map(|_| ())
            .parse(i)
    }
}

fn words3<'a>(
    a: &'static str,
    b: &'static str,
    c: &'static str,
) -> impl Fn(&'a str) -> Res<'a, ()> {
    move |i| {
        (
            keyword(move |w| w == a),
            ws1,
            keyword(move |w| w == b),
            ws1,
            keyword(move |w| w == c),
        )
            .map(|_| ())
            .parse(i)
    }
}

/// A hedge before a figure, longest phrase first. The first word picks
/// the phrases to try, so a word that opens none fails at once.
pub fn hedge(i: &str) -> Res<'_, Hedge> {
    use Hedge::{About, AtLeast, AtMost, JustOver, LessThan, MoreThan, Nearly};
    let (_, first) = word(i)?;
    let mut buf = [0u8; 24];
    let Some(first) = super::lexicon::lowercase(first, &mut buf) else {
        return fail(i);
    };
    let (rest, h) = match first {
        "more" => alt((
            words3("more", "than", "about").map(|_| MoreThan),
            words2("more", "than").map(|_| MoreThan),
        ))
        .parse(i)?,
        "no" => alt((
            words3("no", "more", "than").map(|_| AtMost),
            words3("no", "fewer", "than").map(|_| AtLeast),
            words3("no", "less", "than").map(|_| AtLeast),
        ))
        .parse(i)?,
        "in" => words3("in", "excess", "of").map(|_| MoreThan).parse(i)?,
        "as" => alt((
            words3("as", "many", "as").map(|_| AtMost),
            words3("as", "much", "as").map(|_| AtMost),
            words3("as", "few", "as").map(|_| AtLeast),
        ))
        .parse(i)?,
        "an" => words2("an", "estimated").map(|_| About).parse(i)?,
        "close" => words2("close", "to").map(|_| About).parse(i)?,
        "just" => alt((
            words2("just", "under").map(|_| Nearly),
            words2("just", "below").map(|_| Nearly),
            words2("just", "over").map(|_| JustOver),
            words2("just", "above").map(|_| JustOver),
            words3("just", "shy", "of").map(|_| Nearly),
        ))
        .parse(i)?,
        "a" => alt((
            words3("a", "little", "over").map(|_| JustOver),
            words3("a", "shade", "over").map(|_| JustOver),
        ))
        .parse(i)?,
        "slightly" => alt((
            words3("slightly", "more", "than").map(|_| JustOver),
            words2("slightly", "over").map(|_| JustOver),
            words2("slightly", "above").map(|_| JustOver),
        ))
        .parse(i)?,
        "well" => words2("well", "over").map(|_| MoreThan).parse(i)?,
        "north" => words2("north", "of").map(|_| MoreThan).parse(i)?,
        "south" => words2("south", "of").map(|_| LessThan).parse(i)?,
        "shy" => words2("shy", "of").map(|_| Nearly).parse(i)?,
        "barely" | "scarcely" => word.map(|_| Nearly).parse(i)?,
        "fewer" => words2("fewer", "than").map(|_| LessThan).parse(i)?,
        "less" => words2("less", "than").map(|_| LessThan).parse(i)?,
        "at" => alt((
            words2("at", "least").map(|_| AtLeast),
            words2("at", "most").map(|_| AtMost),
        ))
        .parse(i)?,
        "up" => words2("up", "to").map(|_| AtMost).parse(i)?,
        "upwards" => words2("upwards", "of").map(|_| MoreThan).parse(i)?,
        "about" | "around" | "roughly" | "some" | "approximately" | "estimated" | "circa" => {
            (word.map(|_| About)).parse(i)?
        }
        "approx" | "c" | "ca" => (word, char('.')).map(|_| About).parse(i)?,
        "nearly" | "almost" => word.map(|_| Nearly).parse(i)?,
        "over" | "above" | "exceeding" => word.map(|_| MoreThan).parse(i)?,
        "under" | "below" => word.map(|_| LessThan).parse(i)?,
        _ => return fail(i),
    };
    let (rest, _) = ws1(rest)?;
    Ok((rest, h))
}

/// "~15": a tilde right before the figure.
fn tilde(i: &str) -> Res<'_, Hedge> {
    (char('~'), ws0).map(|_| Hedge::About).parse(i)
}

/// "sub-£1,000 laptops", "sub-10 nanometre chips": below the figure.
fn sub_prefix(i: &str) -> Res<'_, Hedge> {
    tag_no_case("sub-").map(|_| Hedge::LessThan).parse(i)
}

// ---------------------------------------------------------------- figure parts

/// "-", "−", "minus", "negative" before a figure.
fn sign(i: &str) -> Res<'_, bool> {
    alt((
        (
            one_char(|c| matches!(c, '-' | '−')),
            peek(one_char(|c| {
                c.is_ascii_digit() || matches!(c, '.' | '£' | '$' | '€')
            })),
        )
            .map(|_| true),
        (
            keyword(|w| matches!(w, "minus" | "negative")),
            alt((ws1, tag("-"))),
        )
            .map(|_| true),
    ))
    .parse(i)
}

/// "£", "US$", "$US", "€", "S $": a currency sign.
fn currency_sign(i: &str) -> Res<'_, &'static Unit> {
    // "S $1mil": Singapore dollars with a space.
    if let Ok((rest, _)) = tag::<_, _, nom::error::Error<&str>>("S $").parse(i) {
        return Ok((rest, &units::SGD));
    }
    let (rest, s) = alt((
        recognize((take_while1(|c: char| c.is_ascii_uppercase()), char('$'))),
        recognize((char('$'), alt((tag("US"), tag("NZ"), tag("A"), tag("C"))))),
        recognize(one_char(|c| {
            matches!(c, '£' | '$' | '€' | '¥' | '₹' | '₩' | '₽')
        })),
    ))
    .parse(i)?;
    match units::currency_symbol(s) {
        Some(u) => Ok((rest, u)),
        None => fail(i),
    }
}

/// "EUR ", "USD": an ISO currency code.
fn currency_iso(i: &str) -> Res<'_, &'static Unit> {
    let (rest, (w, _)) = (take_while1(|c: char| c.is_ascii_uppercase()), ws0).parse(i)?;
    match units::currency_code(w) {
        Some(u) => Ok((rest, u)),
        None => fail(i),
    }
}

/// "Rs 40 crore", "RM 2.05", "Dh1.2bn", "zł 6.50", "R254bn".
fn currency_letters(i: &str) -> Res<'_, &'static Unit> {
    let (rest, w) = alt((
        tag("zł"),
        recognize((
            take_while1(|c: char| c.is_ascii_alphabetic()),
            opt(char('.')),
        )),
    ))
    .parse(i)?;
    let glued = rest.starts_with(|c: char| c.is_ascii_digit());
    let spaced_digit = rest.starts_with([' ', '\u{a0}'])
        && rest
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(|c: char| c.is_ascii_digit());
    match units::currency_letters(w) {
        // A lone "R" is rand only glued ("R254bn"), never "R 2".
        Some(u) if (glued && (w != "R" || !rest.starts_with('0'))) || spaced_digit && w != "R" => {
            Ok((rest, u))
        }
        _ => fail(i),
    }
}

/// "£", "US$", "EUR " before the figure.
fn currency_before(i: &str) -> Res<'_, &'static Unit> {
    let (rest, u) = alt((currency_sign, currency_iso, currency_letters)).parse(i)?;
    let (rest, _) = opt(take_while1(|c: char| c == ' ' || c == '\u{a0}')).parse(rest)?;
    Ok((rest, u))
}

/// "%", " per cent", " percent", then maybe " points".
fn percent(i: &str) -> Res<'_, Suffix> {
    let (rest, _) = alt((
        recognize((ws0, char('%'))),
        recognize((ws1, keyword(|w| w == "per"), ws1, keyword(|w| w == "cent"))),
        recognize((
            ws1,
            keyword(|w| matches!(w, "percent" | "percents" | "pct")),
        )),
        recognize((ws1, keyword(|w| w == "percentage"))),
    ))
    .parse(i)?;
    if let Ok((after, _)) = (ws1, keyword(|w| matches!(w, "point" | "points"))).parse(rest) {
        return Ok((after, Suffix::PercentagePoints));
    }
    Ok((rest, Suffix::Percent))
}

/// "percentage points", "pp", "ppt".
fn points(i: &str) -> Res<'_, Suffix> {
    alt((
        (
            ws1,
            keyword(|w| w == "percentage"),
            alt((ws1, tag("-"))),
            keyword(|w| matches!(w, "point" | "points")),
        )
            .map(|_| ()),
        (ws0, keyword(|w| matches!(w, "pp" | "ppt" | "ppts"))).map(|_| ()),
        // "a 21-point fall": a change in points of a percentage; not "a
        // 21-point win" (points scored).
        (
            tag("-"),
            keyword(|w| w == "point"),
            peek((
                ws1,
                keyword(|w| {
                    matches!(
                        w,
                        "fall"
                            | "drop"
                            | "rise"
                            | "increase"
                            | "decline"
                            | "decrease"
                            | "swing"
                            | "jump"
                    )
                }),
            )),
        )
            .map(|_| ()),
    ))
    .map(|_| Suffix::PercentagePoints)
    .parse(i)
}

/// " dollars", " SEK", " zł": a currency written as a word or code after the figure.
fn currency_word_after(i: &str) -> Res<'_, &'static Unit> {
    let (rest, (_, w)) = (ws1, alt((tag("zł"), word))).parse(i)?;
    match units::currency_code(w).or_else(|| with_lower(w, units::currency_word)) {
        Some(u) => Ok((rest, u)),
        None => fail(i),
    }
}

/// One-word country names that make a currency of their own.
const CURRENCY_COUNTRIES: &[&str] = &[
    "US",
    "American",
    "Australian",
    "Canadian",
    "Singapore",
    "Swiss",
    "Swedish",
    "Norwegian",
    "Danish",
];

/// " Australian dollars", " Swiss francs": a currency named with its country.
fn national_currency_after(i: &str) -> Res<'_, &'static Unit> {
    let (rest, (_, country, _, w)) = (
        ws1,
        alt((
            tag("U.S."),
            tag("New Zealand"),
            tag("Hong Kong"),
            verify(word, |w: &str| CURRENCY_COUNTRIES.contains(&w)),
        )),
        sp1,
        word,
    )
        .parse(i)?;
    match with_lower(w, units::currency_word).and_then(|u| units::national_currency(country, u)) {
        Some(u) => Ok((rest, u)),
        None => fail(i),
    }
}

/// "50p": pence glued to the figure.
fn pence(i: &str) -> Res<'_, &'static Unit> {
    let (rest, _) = char('p').parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    Ok((rest, &units::PENNY))
}

/// "15€": a sign after the figure, but not one that starts the next
/// figure ("688 | £0.94m" in a table row, its pipes blanked).
fn currency_sign_after(i: &str) -> Res<'_, &'static Unit> {
    let (rest, (_, c)) = (ws0, one_char(|c| matches!(c, '£' | '$' | '€'))).parse(i)?;
    if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let mut buf = [0u8; 4];
    match units::currency_symbol(c.encode_utf8(&mut buf)) {
        Some(u) => Ok((rest, u)),
        None => fail(i),
    }
}

/// "30 dollars", "2mil SEK", "40 mln Australian dlrs", "50p", "15€".
fn currency_after(i: &str) -> Res<'_, &'static Unit> {
    alt((
        currency_word_after,
        national_currency_after,
        pence,
        currency_sign_after,
    ))
    .parse(i)
}

/// "-year-old", " year old", "-month-old".
fn age(i: &str) -> Res<'_, Suffix> {
    (
        alt((tag("-"), ws1)),
        keyword(|w| matches!(w, "year" | "years" | "month" | "week")),
        alt((tag("-"), ws1)),
        keyword(|w| matches!(w, "old" | "olds")),
    )
        .map(|_| Suffix::Age)
        .parse(i)
}

/// "1930s", "1930's".
fn decade(i: &str) -> Res<'_, Suffix> {
    (
        opt(char('\'')),
        char('s'),
        peek(nom::combinator::not(one_char(|c| c.is_ascii_lowercase()))),
    )
        .map(|_| Suffix::Decade)
        .parse(i)
}

/// "22nd", "1st".
fn ordinal(i: &str) -> Res<'_, Suffix> {
    let (rest, _) = alt((tag("st"), tag("nd"), tag("rd"), tag("th"))).parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    Ok((rest, Suffix::Ordinal))
}

/// Whether the ordinal suffix at the start of `i` is the one `value` takes:
/// "21st", "12th"; "11st" is eleven stone.
fn ordinal_fits(value: f64, i: &str) -> bool {
    if value.fract() != 0.0 {
        return !i.starts_with("st");
    }
    let n = value as u64;
    let expected = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    i.starts_with(expected) || !i.starts_with("st")
}

/// "1:25,000", "1:2500": a scale, whose second figure is no clock's minutes.
fn scale(i: &str) -> Res<'_, Suffix> {
    let thousands = |i| (char(','), verify(digit1, |d: &str| d.len() == 3)).parse(i);
    alt((
        recognize((char(':'), digit1, many1(thousands))),
        recognize((char(':'), verify(digit1, |d: &str| d.len() > 2))),
    ))
    .map(|_| Suffix::Scale)
    .parse(i)
}

/// "10:30", "2pm", "2.17 p.m.", "14.32 GMT".
fn clock(i: &str) -> Res<'_, Suffix> {
    let minutes = |i| recognize((char(':'), verify(digit1, |d: &str| d.len() == 2))).parse(i);
    let meridiem = |i| {
        (
            ws0,
            alt((
                tag_no_case("a.m."),
                tag_no_case("p.m."),
                keyword(|w| {
                    matches!(
                        w,
                        "am" | "pm" | "gmt" | "bst" | "utc" | "cet" | "est" | "edt" | "pst"
                    )
                }),
            )),
        )
            .parse(i)
    };
    alt((
        (minutes, opt(meridiem)).map(|_| Suffix::Clock),
        meridiem.map(|_| Suffix::Clock),
    ))
    .parse(i)
}

/// A unit written as a single token after digits: "km", "°C", "km/h", "m2".
fn unit_symbol(i: &str) -> Res<'_, &'static Unit> {
    let (rest, tok) = recognize((
        opt(one_char(|c| matches!(c, '°' | 'º'))),
        take_while1(|c: char| c.is_ascii_alphabetic() || matches!(c, '²' | '³' | '℃' | '℉')),
        opt(alt((
            recognize((char('/'), take_while1(|c: char| c.is_ascii_alphabetic()))),
            recognize((opt(char('^')), one_char(|c| matches!(c, '2' | '3')))),
        ))),
    ))
    .parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    // "m^2" is looked up as "m2"; most tokens have no caret and are not copied.
    let tok = if tok.contains('^') {
        std::borrow::Cow::Owned(tok.replace('^', ""))
    } else {
        std::borrow::Cow::Borrowed(tok)
    };
    match units::unit_symbol(&tok) {
        Some(u) => Ok((rest, u)),
        None => fail(i),
    }
}

/// A unit written in words, possibly compound: "square kilometres", "miles
/// per hour", "degrees Celsius", "cubic metres", "kilometres per second".
fn unit_words(i: &str) -> Res<'_, &'static Unit> {
    let length = |i| {
        let (rest, w) = word(i)?;
        match with_lower(w, units::unit_word).or_else(|| units::unit_symbol(w)) {
            Some(u) if u.dimension == Dimension::Length => Ok((rest, u)),
            _ => fail(i),
        }
    };
    let square = |i| {
        let (rest, (_, _, l)) = (
            keyword(|w| matches!(w, "square" | "sq")),
            // "640-square-mile" as a compound modifier.
            alt((recognize((char('.'), ws0)), ws1, tag("-"))),
            length,
        )
            .parse(i)?;
        units::square_of(l).map_or_else(|| fail(i), |u| Ok((rest, u)))
    };
    let cubic = |i| {
        let (rest, (_, _, l)) = (keyword(|w| w == "cubic"), ws1, length).parse(i)?;
        units::cube_of(l).map_or_else(|| fail(i), |u| Ok((rest, u)))
    };
    let degrees = |i| {
        let (rest, (_, _, w)) = (
            keyword(|w| matches!(w, "degree" | "degrees")),
            ws1,
            alt((
                keyword(|w| matches!(w, "celsius" | "fahrenheit" | "centigrade")),
                tag("C"),
                tag("F"),
            )),
        )
            .parse(i)?;
        let u = if w.eq_ignore_ascii_case("fahrenheit") || w == "F" {
            &units::FAHRENHEIT
        } else {
            &units::CELSIUS
        };
        Ok((rest, u))
    };
    let nautical = |i| {
        let (rest, _) = (
            keyword(|w| w == "nautical"),
            alt((ws1, tag("-"))),
            keyword(|w| matches!(w, "mile" | "miles")),
        )
            .parse(i)?;
        Ok((rest, &units::NAUTICAL_MILE))
    };
    let single = |i| {
        let (rest, w) = word(i)?;
        match with_lower(w, units::unit_word) {
            Some(u) => Ok((rest, u)),
            None => fail(i),
        }
    };
    let (rest, base) = alt((square, cubic, degrees, nautical, single)).parse(i)?;
    // "kilometres per hour", "miles an hour", "km per second", "km squared".
    if base.dimension == Dimension::Length {
        let per = (
            ws1,
            alt((
                keyword(|w| w == "per"),
                keyword(|w| matches!(w, "an" | "a")),
            )),
            ws1,
            alt((single, unit_symbol)),
        )
            .parse(rest);
        if let Ok((r, (_, _, _, t))) = per
            && let Some(u) = units::speed_of(base, t)
        {
            return Ok((r, u));
        }
        if let Ok((r, (_, w))) = (ws1, keyword(|w| matches!(w, "squared" | "cubed"))).parse(rest) {
            let u = if w.eq_ignore_ascii_case("squared") {
                units::square_of(base)
            } else {
                units::cube_of(base)
            };
            if let Some(u) = u {
                return Ok((r, u));
            }
        }
    }
    // "terawatt-hours", "kilowatt hours": energy, not power.
    if base.dimension == Dimension::Power
        && let Ok((r, _)) = (
            alt((ws1, tag("-"))),
            keyword(|w| matches!(w, "hour" | "hours")),
        )
            .parse(rest)
        && let Some(u) = units::energy_of(base)
    {
        return Ok((r, u));
    }
    Ok((rest, base))
}

/// A unit after a figure: glued symbol, spaced symbol or words, or after a
/// hyphen in a compound ("36-inch", "16-hour").
fn unit(i: &str) -> Res<'_, &'static Unit> {
    if let Ok(r) = unit_symbol(i) {
        return Ok(r);
    }
    if let Ok((rest, (_, u))) = (alt((ws1, tag("-"))), unit_words).parse(i) {
        return Ok((rest, u));
    }
    // "a 340-km line": a symbol in a compound modifier.
    if let Ok((rest, (_, u))) = (tag("-"), unit_symbol).parse(i)
        && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')
        && u.dimension != Dimension::Currency
    {
        return Ok((rest, u));
    }
    // A spaced symbol: "12 km", "45 mg", but a lone letter only before
    // punctuation ("5 C." yes, "5 m tall" no, "2 in my car" no).
    let (rest, (_, u)) = (ws1, unit_symbol).parse(i)?;
    let consumed = i.len() - rest.len();
    let symbol = i[..consumed].trim();
    // A lone letter, or a symbol that is also a word ("in", "ha"), only
    // before punctuation; "44 mg and 50 mg" is a unit before a word too.
    // "in" is never a spaced unit: "2 in." ends too many sentences.
    if symbol == "in" {
        return fail(i);
    }
    let word_like = symbol.len() == 1 || matches!(symbol, "ha" | "mi" | "pt" | "st" | "nm");
    if word_like
        && (rest.trim_start().starts_with(|c: char| c.is_alphanumeric())
            || symbol.len() == 1 && rest.is_empty())
    {
        return fail(i);
    }
    Ok((rest, u))
}

/// The word of a hyphenated compound modifier: "450-home" -> "home".
fn compound(i: &str) -> Res<'_, &str> {
    let (rest, (_, w)) = (char('-'), word).parse(i)?;
    // "three-nought-four" is three numbers.
    if rest.starts_with('-')
        || with_lower(w, |l| super::lexicon::is_number_word(l).then_some(())).is_some()
    {
        // "62-year-old" is an age, "2-for-1" nothing of ours.
        return fail(i);
    }
    Ok((rest, w))
}

/// The numeral of a figure, digits glued with "inch" ("in") only when a
/// figure in digits stands before a punctuation mark.
fn figure(i: &str) -> Res<'_, Figure<'_>> {
    figure_after(i, None)
}

/// A figure that ends a range whose low end named `currency`: "£10-12m" is
/// twelve million pounds, not twelve metres.
fn figure_after<'a>(i: &'a str, low_currency: Option<&'static Unit>) -> Res<'a, Figure<'a>> {
    figure_from(i, low_currency, None)
}

/// [`figure_after`], given `known`, the numeral parsed at `i` already if any.
fn figure_from<'a>(
    i: &'a str,
    low_currency: Option<&'static Unit>,
    known: Option<&Res<'a, Numeral>>,
) -> Res<'a, Figure<'a>> {
    // A sign or a currency starts with a letter, a sign or a non-ASCII
    // character: neither is tried before a digit, where most figures start.
    let (rest, negative, currency) = if i.starts_with(|c: char| c.is_ascii_digit()) {
        (i, None, None)
    } else {
        let (rest, negative) = opt(sign).parse(i)?;
        let (rest, currency) = opt(currency_before).parse(rest)?;
        (rest, negative, currency)
    };
    let (rest, mut n) = match known {
        Some(parsed) if rest.len() == i.len() => parsed.clone()?,
        _ => numeral(rest)?,
    };
    let mut fig = Figure {
        numeral: n,
        negative: negative.unwrap_or(false),
        currency,
        suffix: Suffix::None,
        compound: None,
    };
    if n.form == Form::MaybeMetres {
        // "£58m", "5m people" or "138m kronor": millions; "a 212m tower": metres.
        let millions = currency.is_some()
            || low_currency.is_some()
            || next_word_counts_people(rest)
            || currency_word_after(rest).is_ok()
            || national_currency_after(rest).is_ok();
        if millions {
            n.form = Form::Digits;
        } else {
            n.value /= 1e6;
            n.step /= 1e6;
            n.scale = 1.0;
            n.form = Form::Digits;
            fig.numeral = n;
            fig.suffix = Suffix::Unit(&units::METRE);
            return Ok((rest, fig));
        }
        fig.numeral = n;
    }
    let digits_form = n.form == Form::Digits;
    // "1⁄32 of an inch", "a third of a mile": a fraction of a unit.
    if matches!(n.form, Form::FractionDigits | Form::FractionWords)
        && let Ok((r, (_, _, _, _, _, u))) = (
            ws1,
            tag_no_case("of"),
            ws1,
            keyword(|w| matches!(w, "a" | "an")),
            ws1,
            unit_words,
        )
            .parse(rest)
    {
        fig.suffix = Suffix::Unit(u);
        return Ok((r, fig));
    }
    // "half a percentage point", "a quarter of a point": points, not a share.
    if n.form == Form::FractionWords
        && let Ok((r, (_, _, _, s))) = (
            ws1,
            alt((tag_no_case("of a"), tag_no_case("a"))),
            peek(ws1),
            points,
        )
            .parse(rest)
    {
        fig.suffix = s;
        return Ok((r, fig));
    }
    // "12 homes": no suffix can start with the next word, so none is tried.
    if !word_suffix_possible(rest) {
        return Ok((rest, fig));
    }
    if currency.is_none()
        && let Ok((r, u)) = currency_after(rest)
    {
        fig.currency = Some(u);
        return Ok((r, fig));
    }
    // "40.75 billion marks": Deutschmarks after a scale only ("8 marks out
    // of ten" is a score).
    if currency.is_none()
        && n.scale > 1.0
        && let Ok((r, _)) = (ws1, keyword(|w| matches!(w, "marks" | "mark"))).parse(rest)
    {
        fig.currency = Some(&units::DEM);
        return Ok((r, fig));
    }
    let suffix = |i| {
        if digits_form
            && n.scale == 1.0
            && let Ok(r) = alt((decade, ordinal, scale, clock)).parse(i)
            && (r.1 != Suffix::Ordinal || ordinal_fits(n.value, i))
        {
            return Ok(r);
        }
        alt((age, points, percent, unit.map(Suffix::Unit))).parse(i)
    };
    if let Ok((r, s)) = suffix(rest) {
        fig.suffix = s;
        return Ok((r, fig));
    }
    if let Ok((r, w)) = compound(rest) {
        fig.compound = Some(w);
        return Ok((r, fig));
    }
    Ok((rest, fig))
}

/// The first words of the suffixes written after a space: percent and
/// points words, ages, clock times, "square"/"cubic"/"degrees" units.
/// Currency and unit names are looked up in their own tables.
fn is_suffix_word(w: &str) -> bool {
    matches!(
        w,
        "per"
            | "percent"
            | "percents"
            | "pct"
            | "percentage"
            | "pp"
            | "ppt"
            | "ppts"
            | "year"
            | "years"
            | "month"
            | "week"
            | "a"
            | "p"
            | "am"
            | "pm"
            | "gmt"
            | "bst"
            | "utc"
            | "cet"
            | "est"
            | "edt"
            | "pst"
            | "square"
            | "sq"
            | "nautical"
            | "cubic"
            | "degree"
            | "degrees"
    )
}

/// Whether a suffix may follow a numeral whose input goes on with `rest`:
/// false only when a space and a plain word come next ("12 homes") and
/// that word can start no suffix. The suffix parsers each read the word
/// again; most figures are followed by such a word, so this is worth it.
fn word_suffix_possible(rest: &str) -> bool {
    let b = rest.as_bytes();
    let gap = b
        .iter()
        .take_while(|&&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
        .count();
    let word_len = b
        .get(gap..)
        .unwrap_or_default()
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    // Glued suffixes ("%", "m", "-year-old") and non-words are left to the parsers.
    if gap == 0 || word_len == 0 {
        return true;
    }
    // A token that goes on ("km2", "m/s", "a.m.") is left to the parsers too.
    let ends_plainly = b.get(gap + word_len).is_none_or(|c| {
        matches!(
            c,
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b';' | b'!' | b'?' | b')'
        )
    });
    let w = rest.get(gap..gap + word_len).unwrap_or("");
    // "one in five": "in" is a unit only when glued ("6ft 2in").
    !ends_plainly
        || w != "in" && units::unit_symbol(w).is_some()
        || units::currency_code(w).is_some()
        || CURRENCY_COUNTRIES.contains(&w)
        || matches!(w, "New" | "Hong" | "marks" | "mark")
        || with_lower(w, |l| {
            (is_suffix_word(l)
                || units::unit_word(l).is_some()
                || units::currency_word(l).is_some())
            .then_some(())
        })
        .is_some()
}

/// Words after a glued `m` that make it "million", not "metres": a plural
/// head ("5m people", "35m Echo devices"); "a 212m tower" is one tower.
fn next_word_counts_people(rest: &str) -> bool {
    rest.starts_with(char::is_whitespace) && super::noun::plural_head(rest).is_some()
}

/// "to" between the ends of a range ("10 to 15", "8- to 16-metre",
/// "18-to-24-year-olds").
fn to_joint(i: &str) -> Res<'_, ()> {
    alt((
        (opt(char('-')), sp1, keyword(|w| w == "to"), sp1).map(|_| ()),
        (char('-'), tag("to"), char('-')).map(|_| ()),
    ))
    .parse(i)
}

/// "-", "–", "—" between the ends of a range.
fn dash_joint(i: &str) -> Res<'_, ()> {
    (sp0, one_char(|c| matches!(c, '-' | '–' | '—')), sp0)
        .map(|_| ())
        .parse(i)
}

/// `low joint high`, from the end of `low` (`low_grouped` when written with
/// a thousands comma); the ends share the suffix and currency written on
/// one of them ("10-15%", "£10-12m").
fn range_after<'a>(
    mut low: Figure<'a>,
    low_grouped: bool,
    after_low: &'a str,
    with_to: bool,
) -> Res<'a, Body<'a>> {
    let joint = |i| {
        if with_to {
            alt((to_joint, dash_joint)).parse(i)
        } else {
            dash_joint(i)
        }
    };
    let i = after_low;
    let (rest, (_, high)) = (joint, |i| figure_after(i, low.currency)).parse(i)?;
    // "three-nought-four" spells digits; a range in words says "to".
    let words = |f: &Figure| f.numeral.form == Form::Words;
    if words(&low) && words(&high) && dash_joint(i).is_ok() {
        return fail(i);
    }
    // "from 212,000 in 2019 to 371,000": a year, then the end of a change.
    let year_like = |f: &Figure| {
        f.numeral.form == Form::Digits
            && f.numeral.scale == 1.0
            && f.suffix == Suffix::None
            && f.currency.is_none()
            && (1000.0..=2100.0).contains(&f.numeral.value)
            && f.numeral.value.fract() == 0.0
    };
    // Read before the low end takes the high end's scale and currency:
    // "from £41.6m in 2023 to £37.9m"; "from 3,400 in 2020 to 2,100": a
    // year is written without a thousands comma.
    let high_grouped = comma_between(i, rest);
    let year_then_amount = year_like(&low) && !low_grouped && (!year_like(&high) || high_grouped);
    share_scale(&mut low, &high);
    if low.suffix == Suffix::None {
        low.suffix = high.suffix;
    }
    if low.currency.is_none() {
        low.currency = high.currency;
    }
    let high = Figure {
        currency: high.currency.or(low.currency),
        ..high
    };
    if !compatible(&low, &high) || low.value() >= high.value() || year_then_amount {
        return fail(i);
    }
    Ok((rest, Body::Range(low, high)))
}

/// Whether what a parser read from `i` up to `rest` holds a thousands comma.
fn comma_between(i: &str, rest: &str) -> bool {
    i.get(..i.len() - rest.len())
        .is_some_and(|t| t.contains(','))
}

/// "£10-12m", "four to five thousand", "between 3 and 4 million": a scale
/// written once, on the high end, applies to both ends, unless the low end
/// is already the larger ("from 50 to 2 million").
fn share_scale(low: &mut Figure, high: &Figure) {
    let scale = match high.numeral.form {
        Form::Digits => high.numeral.scale,
        // "five thousand": the scale word is the last written unit.
        Form::Words if high.numeral.step >= 1e3 => high.numeral.step,
        _ => 1.0,
    };
    let bare = low.numeral.scale == 1.0
        && low.numeral.step <= 1.0
        && matches!(low.numeral.form, Form::Digits | Form::Words);
    if scale > 1.0 && bare && low.numeral.value * scale < high.numeral.value {
        low.numeral.value *= scale;
        low.numeral.step *= scale;
        // Rounded as the high end is: "five thousand" is exact, "4m" is not.
        low.numeral.scale = high.numeral.scale;
    }
}

fn compatible(a: &Figure, b: &Figure) -> bool {
    // "in the first half to 41": a fraction in words and a whole number are
    // no range ("½ to 1 inch" is).
    let words = |f: &Figure| f.numeral.form == Form::FractionWords;
    a.suffix == b.suffix
        && words(a) == words(b)
        && a.currency == b.currency
        && !matches!(a.numeral.form, Form::Vague { .. })
        && !matches!(b.numeral.form, Form::Vague { .. })
}

/// "between 10 and 15".
fn between(i: &str) -> Res<'_, Body<'_>> {
    let (rest, (_, _, mut low, _, _, _, high)) = (
        keyword(|w| w == "between"),
        ws1,
        figure,
        ws1,
        keyword(|w| w == "and"),
        ws1,
        figure,
    )
        .parse(i)?;
    share_scale(&mut low, &high);
    if low.suffix == Suffix::None {
        low.suffix = high.suffix;
    }
    if low.currency.is_none() {
        low.currency = high.currency;
    }
    if !compatible(&low, &high) || low.value() > high.value() {
        return fail(i);
    }
    Ok((rest, Body::Range(low, high)))
}

/// "one in five", "1 in 4", "nine out of ten", "three out of every four",
/// from `numerator`, the numeral parsed at `i`.
fn ratio<'a>(i: &'a str, numerator: &Res<'a, Numeral>) -> Res<'a, Body<'a>> {
    let in_or_out_of = || {
        alt((
            keyword(|w| w == "in").map(|_| ()),
            (keyword(|w| w == "out"), ws1, keyword(|w| w == "of")).map(|_| ()),
        ))
    };
    let (after_n, n) = numerator.clone()?;
    let (rest, (_, _, _, d)) = alt((
        (
            ws1,
            in_or_out_of(),
            ws1,
            // "one in every five", "three out of every four".
            preceded(opt((keyword(|w| w == "every"), ws1)), numeral),
        ),
        // "one tonne in every four", "one patient in every nine": the
        // thing counted between, then "every".
        (
            preceded((ws1, counted_word), ws1),
            in_or_out_of(),
            ws1,
            preceded(opt((keyword(|w| w == "every"), ws1)), numeral),
        ),
    ))
    .parse(after_n)?;
    // "one driver in four caught": without "every", a plural noun after
    // the second figure makes it a count of its own ("one goal in four
    // games", "one win in ten matches").
    let counted_between = !i
        .get(..i.len() - rest.len())
        .unwrap_or("")
        .split_whitespace()
        .any(|w| w == "every")
        && after_n
            .split_whitespace()
            .next()
            .is_some_and(|w| w != "in" && w != "out");
    let next = rest.split_whitespace().next().unwrap_or("");
    let plural_after = next.len() > 3
        && next.ends_with('s')
        && next.chars().all(|c| c.is_ascii_lowercase())
        && !matches!(next, "does" | "says" | "was" | "has");
    if counted_between && plural_after {
        return fail(i);
    }
    let plain =
        |x: &Numeral| matches!(x.form, Form::Digits | Form::Words) && x.value.fract() == 0.0;
    // "Voyager 2 in 1979": a year, unless written with a comma ("1 in 1,500").
    let consumed = i.get(..i.len() - rest.len()).unwrap_or("");
    let year_like = d.form == Form::Digits
        && (1000.0..=2100.0).contains(&d.value)
        && !consumed
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .contains(',');
    if !plain(&n) || !plain(&d) || n.value <= 0.0 || n.value >= d.value || year_like {
        return fail(i);
    }
    Ok((rest, Body::Ratio(n, d)))
}

/// One lowercase word naming what a ratio counts ("tonne", "patient").
fn counted_word(i: &str) -> Res<'_, &str> {
    verify(take_while1(|c: char| c.is_ascii_lowercase()), |w: &str| {
        w.len() > 2 && !matches!(w, "and" | "the" | "per" | "for" | "out")
    })
    .parse(i)
}

/// A phone number: a leading `+` or `0`, or a 3-4 digit pair, and at least
/// seven digits in groups.
fn phone(i: &str) -> Res<'_, Body<'_>> {
    /// The groups after the first: how many, their digits, whether all
    /// are joined by hyphens and all have four digits. Folded, not collected.
    #[derive(Clone, Copy)]
    struct Groups {
        count: usize,
        digits: usize,
        all_hyphen: bool,
        all_four: bool,
    }
    let group_sep = |i| alt((tag(" "), tag("-"), tag("."))).parse(i);
    let (rest, (plus, first, more)) = (
        opt(char('+')),
        digit1,
        nom::multi::fold_many1(
            (group_sep, opt(char('(')), digit1, opt(char(')'))),
            || Groups {
                count: 0,
                digits: 0,
                all_hyphen: true,
                all_four: true,
            },
            |g, (sep, _, d, _): (&str, _, &str, _)| Groups {
                count: g.count + 1,
                digits: g.digits + d.len(),
                all_hyphen: g.all_hyphen && sep == "-",
                all_four: g.all_four && d.len() == 4,
            },
        ),
    )
        .parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    let digits = first.len() + more.digits;
    let leading = plus.is_some() || first.starts_with('0');
    let us_local = more.count == 1 && first.len() == 3 && more.all_four && more.all_hyphen;
    let grouped = more.count >= 2 && more.all_hyphen && digits >= 9;
    if (leading && digits >= 7) || us_local || grouped {
        return Ok((rest, Body::Phone));
    }
    fail(i)
}

/// "3-1", "40-1", "284-7": two small integers joined by a hyphen or dash
/// with no space, the first not smaller than the second.
fn score(i: &str) -> Res<'_, Body<'_>> {
    let small = |i| verify(digit1, |d: &str| d.len() <= 3).parse(i);
    let (rest, (a, _, b)) = (small, one_char(|c| matches!(c, '-' | '–')), small).parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '%' | '/')) {
        return fail(i);
    }
    let (a, b): (f64, f64) = (a.parse().unwrap_or(0.0), b.parse().unwrap_or(0.0));
    if a < b {
        return fail(i);
    }
    Ok((rest, Body::Score(a, b)))
}

/// "2:14:42", a race or a journey timed: hours, minutes and seconds. A
/// clock reads hours and minutes only ("10:30").
fn elapsed(i: &str) -> Res<'_, Body<'_>> {
    let two = |i| verify(digit1, |d: &str| d.len() == 2).parse(i);
    let hours = verify(digit1, |d: &str| d.len() <= 2);
    let (rest, (h, _, m, _, s)) = (hours, char(':'), two, char(':'), two).parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == ':') {
        return fail(i);
    }
    let part = |d: &str| d.parse::<f64>().unwrap_or(0.0);
    let (m, s) = (part(m), part(s));
    if m >= 60.0 || s >= 60.0 {
        return fail(i);
    }
    Ok((rest, Body::Elapsed(part(h) * 3600.0 + m * 60.0 + s)))
}

/// "2013-14", "1990-2020", "2013/14": a span of years.
fn year_span(i: &str) -> Res<'_, Body<'_>> {
    let year = |i| {
        verify(digit1, |d: &str| {
            d.len() == 4 && (1000..=2100).contains(&d.parse::<u32>().unwrap_or(0))
        })
        .parse(i)
    };
    let (rest, (a, _, b)) = (
        year,
        one_char(|c| matches!(c, '-' | '–' | '/')),
        verify(digit1, |d: &str| matches!(d.len(), 1 | 2 | 4)),
    )
        .parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    let start: f64 = a.parse().unwrap_or(0.0);
    // "2015-16", "2015-6" (the last digits written), "2015-2016".
    let tail: f64 = b.parse().unwrap_or(0.0);
    let end: f64 = match b.len() {
        1 => (start / 10.0).floor() * 10.0 + tail,
        2 => (start / 100.0).floor() * 100.0 + tail,
        _ => tail,
    };
    if end <= start || end - start > 200.0 {
        return fail(i);
    }
    Ok((rest, Body::Years(start, end)))
}

/// "a majority", "the majority" (read from "majority", after "the"): more
/// than half.
fn majority<'a>(i: &'a str, prev: &str) -> Res<'a, Phrase<'a>> {
    // "five short of a majority", "without a majority", "needed for a
    // majority": a majority not held, or a target.
    if with_lower(prev, |p| {
        matches!(
            p,
            "of" | "without"
                | "for"
                | "lack"
                | "lacks"
                | "lacked"
                | "lacking"
                | "need"
                | "needs"
                | "needed"
                | "missed"
                | "short"
        )
        .then_some(())
    })
    .is_some()
    {
        return fail(i);
    }
    let (rest, _) = alt((
        (keyword(|w| w == "a"), ws1, keyword(|w| w == "majority")).map(|_| ()),
        verify(keyword(|w| w == "majority"), |_: &str| {
            prev.eq_ignore_ascii_case("the")
        })
        .map(|_| ()),
    ))
    .parse(i)?;
    // Exactly more than half: no rounding of a written fraction.
    let half = Numeral {
        value: 0.5,
        step: 0.0,
        form: Form::FractionDigits,
        scale: 1.0,
    };
    let figure = Figure {
        numeral: half,
        negative: false,
        currency: None,
        suffix: Suffix::None,
        compound: None,
    };
    Ok((
        rest,
        Phrase {
            hedge: Some(Hedge::MoreThan),
            body: Body::Single(figure),
        },
    ))
}

/// A whole phrase at the start of `i`.
pub fn phrase(i: &str) -> Res<'_, Phrase<'_>> {
    phrase_after(i, "")
}

/// A whole phrase at the start of `i`, after the word `prev`: after "from"
/// or "by", "A to B" is a change, not a range ("rose from 41% to 48%").
pub fn phrase_after<'a>(i: &'a str, prev: &str) -> Res<'a, Phrase<'a>> {
    // "from 5 to 7" and "by 5 to 7" are a start and an end; so is "rose
    // 2.3% to 13.8%", a change and where it ended.
    let with_to = !matches!(prev, "from" | "From" | "by") && !is_change_verb(prev);
    if let Ok(r) = majority(i, prev) {
        return Ok(r);
    }
    // Hedges are words or "~": not tried before a digit or a sign. "at the
    // close to 265p" is a noun, not "close to".
    // "at Wednesday's close to 265p" too: the word before is the
    // possessive's "s".
    let owned = matches!(prev, "the" | "The" | "its" | "their" | "a" | "s");
    let noun_close = owned && i.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("close"));
    // "handed over 870 of the dogs": the particle of a verb, no bound; the
    // figure is read from the next word on.
    let particle_over =
        i.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("over ")) && is_over_verb(prev);
    if noun_close || particle_over {
        return fail(i);
    }
    let (rest, hedge) = if i.starts_with(|c: char| c.is_alphabetic() || c == '~') {
        opt(alt((hedge, tilde, sub_prefix))).parse(i)?
    } else {
        (i, None)
    };
    // A ratio needs "in" or "out of" close ahead: only then is that
    // reading tried, which parses a numeral again.
    let ratio_ahead = ratio_ahead(rest.as_bytes());
    // Phones, year spans and scores start with a digit, "between" with a b.
    let first = rest.as_bytes().first().copied().unwrap_or(0);
    // Each opens with a run of digits, and what may follow it is known:
    // a group separator, or a dash (`–` is the only non-ASCII one).
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after_digits = rest.as_bytes().get(digits).copied();
    let dash = matches!(after_digits, Some(b'-' | 0xE2));
    // A ratio and a figure both read a numeral at `rest`: the second reuses it.
    let numeral_at_rest = std::cell::OnceCell::new();
    let (rest, body) = alt((
        verify_ahead(
            first == b'+' || digits > 0 && matches!(after_digits, Some(b' ' | b'-' | b'.')),
            phone,
        ),
        verify_ahead(
            digits == 4 && (dash || after_digits == Some(b'/')),
            year_span,
        ),
        verify_ahead((1..=3).contains(&digits) && dash, score),
        verify_ahead(
            (1..=2).contains(&digits) && after_digits == Some(b':'),
            elapsed,
        ),
        verify_ahead(first | 0x20 == b'b', between),
        verify_ahead(ratio_ahead, |i| {
            ratio(i, numeral_at_rest.get_or_init(|| numeral(i)))
        }),
        // A range starts with the figure a single reading would parse: it
        // is parsed once, and the range tried only from its end.
        |i| {
            let (after, low) = figure_from(i, None, numeral_at_rest.get())?;
            let low_grouped = comma_between(i, after);
            Ok(range_after(low, low_grouped, after, with_to).unwrap_or((after, Body::Single(low))))
        },
    ))
    .parse(rest)?;
    Ok((rest, Phrase { hedge, body }))
}

/// A word whose "over" is no bound: the particle of a verb ("handed over",
/// "turned over", "signed over", "carried over", "rolled over"), or "over"
/// meaning "about" after a word of dispute or punishment ("jailed over
/// £2.4m fraud", "a row over 300 job cuts").
fn is_over_verb(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign",
        "signs", "signed", "signing", "carry", "carries", "carried", "carrying", "roll", "rolls",
        "rolled", "rolling",
    ];
    const DISPUTE: &[&str] = &[
        "jailed",
        "sued",
        "fined",
        "charged",
        "arrested",
        "convicted",
        "sentenced",
        "prosecuted",
        "sacked",
        "row",
        "rows",
        "dispute",
        "disputes",
        "clash",
        "clashes",
        "battle",
        "fight",
        "probe",
        "inquiry",
        "concern",
        "concerns",
        "fears",
        "anger",
        "outrage",
        "protest",
        "protests",
        "strike",
        "walkout",
    ];
    VERBS
        .iter()
        .chain(DISPUTE)
        .any(|v| v.eq_ignore_ascii_case(word))
}

/// A verb of change right before a figure: "rose 2.3% to 13.8%".
pub(crate) fn is_change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "rises"
            | "risen"
            | "fell"
            | "falls"
            | "fallen"
            | "grew"
            | "grows"
            | "increased"
            | "decreased"
            | "improved"
            | "climbed"
            | "gained"
            | "dropped"
            | "declined"
            | "jumped"
            | "slipped"
            | "slid"
            | "eased"
            | "surged"
            | "plunged"
            | "tumbled"
            | "shrank"
            | "widened"
            | "narrowed"
    )
}

/// Whether " in " or " out of " stands in the next 64 bytes: four bytes
/// compared at once at each position, as this runs before every figure.
fn ratio_ahead(rest: &[u8]) -> bool {
    let quad = |w: &[u8]| w.try_into().map_or(0, u32::from_le_bytes);
    let (spaced_in, spaced_out) = (quad(b" in "), quad(b" out"));
    let head = rest.get(..rest.len().min(64)).unwrap_or(rest);
    head.windows(4).enumerate().any(|(p, w)| {
        let x = quad(w);
        x == spaced_in || x == spaced_out && head.get(p + 4..p + 8) == Some(b" of ")
    })
}

/// `parser`, or a failure without trying it when its marker is not ahead.
fn verify_ahead<'a>(
    ahead: bool,
    mut parser: impl FnMut(&'a str) -> Res<'a, Body<'a>>,
) -> impl FnMut(&'a str) -> Res<'a, Body<'a>> {
    move |i| if ahead { parser(i) } else { fail(i) }
}

#[cfg(test)]
mod tests;
