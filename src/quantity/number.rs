//! The numeral grammar: one named nom parser per element.
//!
//! ```text
//! numeral      := fraction | digits_numeral | word_numeral
//! digits       := group ("," ddd)+ ("." d+)? | d+ ("." d+)? | "." d+ | group (" " ddd)+
//! exponent     := ("e"|"E") sign? d+ | ("x"|"×") base "^" sign? d+   -- base: 1-3 digits
//! scale        := ws? ("million"|"bn"|"m"|"k"|...)           -- after digits
//! word_numeral := number words ("two thousand three hundred and six"), scales,
//!                 "a dozen", "and a half"
//! fraction     := d+ "/" d+ | "½" | numerator ("-"|" ") denominator ("two-thirds", "a third")
//! ```
//!
//! All parsers take complete input (`nom::*::complete`): prose is never
//! streamed, and a failure only means "no numeral here".

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while, take_while_m_n, take_while1},
    character::complete::{char, digit1},
    combinator::{opt, recognize, verify},
};

use super::lexicon::{self, with_lower};

/// A number as written: its value and how precisely it was written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub value: f64,
    /// The unit of the last written digit after scaling: 1 for "120", 0.1 for
    /// "3.4", 100,000 for "3.4 million", 1,000,000 for "£58m".
    pub step: f64,
    pub form: Form,
    /// The scale word or abbreviation applied ("million" -> 1e6), else 1.
    pub scale: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Written in digits.
    Digits,
    /// Written in words ("fifteen", "two thousand").
    Words,
    /// A fraction in words ("a third", "two-thirds", "half").
    FractionWords,
    /// A fraction in digits or a vulgar fraction sign ("3/4", "½").
    FractionDigits,
    /// "dozens of", "hundreds of", "a handful of": an amount between its
    /// value and `high` (99 for "dozens", 999 for "hundreds").
    Vague { high: u64 },
    /// A "glued" lowercase `m` that may be metres rather than millions; the
    /// phrase parser decides.
    MaybeMetres,
    /// Dotted digit groups ("192.168.1.2", "v2.3.1"): an identifier.
    Dotted,
}

impl Numeral {
    fn digits(value: f64, step: f64) -> Self {
        Numeral {
            value,
            step,
            form: Form::Digits,
            scale: 1.0,
        }
    }

    fn words(value: f64, step: f64) -> Self {
        Numeral {
            value,
            step,
            form: Form::Words,
            scale: 1.0,
        }
    }
}

type Res<'a, T> = IResult<&'a str, T>;

fn is_inline_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The length of the spaces that start `i`: the inline spaces of
/// [`is_inline_space`], and line breaks too when `breaks`. Read as bytes:
/// these run at every joint the grammar tries, and decoding characters
/// there cost more than the rest of the test.
fn spaces_len(i: &str, breaks: bool) -> usize {
    let b = i.as_bytes();
    let mut n = 0;
    loop {
        n += match b.get(n..) {
            Some([b' ' | b'\t', ..]) => 1,
            Some([b'\n' | b'\r', ..]) if breaks => 1,
            // U+00A0, then U+202F and U+2009.
            Some([0xC2, 0xA0, ..]) => 2,
            Some([0xE2, 0x80, 0xAF | 0x89, ..]) => 3,
            _ => return n,
        };
    }
}

/// The first `n` bytes of `i` as a match, or a failure when there are none.
fn take_prefix(i: &str, n: usize) -> Res<'_, &str> {
    match (i.get(..n), i.get(n..)) {
        (Some(taken), Some(rest)) if n > 0 => Ok((rest, taken)),
        _ => fail(i),
    }
}

/// The empty match at the start of `i`.
fn empty_at(i: &str) -> &str {
    i.get(..0).unwrap_or_default()
}

/// Spaces within a line, or one line break (Markdown hard wraps), never a
/// blank line.
pub fn ws1(i: &str) -> Res<'_, &str> {
    let (rest, s) = take_prefix(i, spaces_len(i, true))?;
    if s.bytes().filter(|&b| b == b'\n').nth(1).is_some() {
        return fail(i);
    }
    Ok((rest, s))
}

pub fn ws0(i: &str) -> Res<'_, &str> {
    ws1(i).or(Ok((i, empty_at(i))))
}

/// Spaces within a line only: the joints inside one figure never cross a
/// line break, so that lists of figures one per line stay apart.
pub fn sp1(i: &str) -> Res<'_, &str> {
    take_prefix(i, spaces_len(i, false))
}

pub fn sp0(i: &str) -> Res<'_, &str> {
    sp1(i).or(Ok((i, empty_at(i))))
}

/// An ASCII word, ending at a non-letter that is not a digit.
pub fn word(i: &str) -> Res<'_, &str> {
    let (rest, w) = take_prefix(i, super::scan::letters_len(i.as_bytes(), 0))?;
    if rest.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return fail(i);
    }
    Ok((rest, w))
}

/// One character that `pred` accepts: nom's `one_of` without decoding its
/// list of characters at every try.
pub fn one_char<'a>(pred: impl Fn(char) -> bool) -> impl Fn(&'a str) -> Res<'a, char> {
    move |i| {
        let mut chars = i.chars();
        match chars.next() {
            Some(c) if pred(c) => Ok((chars.as_str(), c)),
            _ => fail(i),
        }
    }
}

/// The lowercased `word` satisfies `pred`.
pub fn keyword<'a>(pred: impl Fn(&str) -> bool) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i| {
        verify(word, |w: &str| {
            with_lower(w, |l| pred(l).then_some(())).is_some()
        })
        .parse(i)
    }
}

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

fn not_followed_by_alnum(rest: &str) -> bool {
    !rest.starts_with(|c: char| c.is_alphanumeric())
}

// ---------------------------------------------------------------- digits

/// `1,234,567` (groups of three after commas).
fn comma_grouped(i: &str) -> Res<'_, &str> {
    recognize((
        verify(digit1, |d: &str| d.len() <= 3),
        nom::multi::many1((char(','), verify(digit1, |d: &str| d.len() == 3))),
    ))
    .parse(i)
}

/// `12,34,567`, `1,00,000`: Indian grouping, pairs of digits before the
/// last three.
fn indian_grouped(i: &str) -> Res<'_, &str> {
    recognize((
        verify(digit1, |d: &str| d.len() <= 2),
        nom::multi::many1((char(','), verify(digit1, |d: &str| d.len() == 2))),
        char(','),
        verify(digit1, |d: &str| d.len() == 3),
    ))
    .parse(i)
}

/// `40 000`, `1 234 567` (thin or plain spaces between groups of three).
fn space_grouped(i: &str) -> Res<'_, &str> {
    recognize((
        verify(digit1, |d: &str| d.len() <= 3),
        nom::multi::many1((
            one_char(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')),
            verify(digit1, |d: &str| d.len() == 3),
        )),
    ))
    .parse(i)
}

/// `.25` after the integer part.
fn decimal_part(i: &str) -> Res<'_, &str> {
    recognize((char('.'), digit1)).parse(i)
}

/// Digits with optional separators and decimals: returns the value and the
/// unit of the last digit.
pub fn digits(i: &str) -> Res<'_, (f64, f64)> {
    let (rest, int) = integer_part(i)?;
    let (rest, frac) = opt(decimal_part).parse(rest)?;
    if int.is_empty() && frac.is_none() {
        return fail(i);
    }
    let frac = frac.unwrap_or("");
    let step = 10f64.powi(-(frac.len().saturating_sub(1) as i32));
    let float_err = |_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Float));
    // Without separators the figure is one contiguous slice: parsed in place.
    let plain = int.bytes().all(|b| b.is_ascii_digit());
    let value: f64 = if plain && !int.is_empty() {
        let written = i.get(..int.len() + frac.len()).unwrap_or("0");
        match short_decimal(int, frac) {
            Some(v) => v,
            None => written.parse().map_err(float_err)?,
        }
    } else {
        let mut text = String::with_capacity(int.len() + frac.len() + 1);
        text.extend(int.chars().filter(char::is_ascii_digit));
        if text.is_empty() {
            text.push('0');
        }
        text.push_str(frac);
        text.parse().map_err(float_err)?
    };
    Ok((rest, (value, step)))
}

/// The integer part of a figure: digits grouped by commas or spaces, or a
/// plain run. Every grouping goes on from the first run with a comma or a
/// space, so a run followed by neither is taken as it is, without trying them.
fn integer_part(i: &str) -> Res<'_, &str> {
    let run = i.bytes().take_while(u8::is_ascii_digit).count();
    if matches!(i.as_bytes().get(run), Some(b',' | b' ' | 0xC2 | 0xE2)) {
        return alt((
            comma_grouped,
            indian_grouped,
            space_grouped,
            digit1,
            tag(""),
        ))
        .parse(i);
    }
    match (i.get(run..), i.get(..run)) {
        (Some(rest), Some(int)) => Ok((rest, int)),
        _ => fail(i),
    }
}

/// Powers of ten exact in an `f64`.
const EXACT_POWERS: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// The value of the digits `int` and the decimals `frac` (with its point),
/// as `str::parse` reads them, for figures of at most fifteen digits: their
/// integer and the power of ten are exact in an `f64`, so one division
/// rounds as the parser does, for less than its cost.
fn short_decimal(int: &str, frac: &str) -> Option<f64> {
    let decimals = frac.get(1..).unwrap_or("");
    if int.len() + decimals.len() > 15 {
        return None;
    }
    let mantissa = int
        .bytes()
        .chain(decimals.bytes())
        .fold(0u64, |m, d| m * 10 + u64::from(d - b'0'));
    Some(mantissa as f64 / EXACT_POWERS.get(decimals.len())?)
}

fn exponent_sign(i: &str) -> Res<'_, Option<char>> {
    opt(one_char(|c| matches!(c, '+' | '-' | '−'))).parse(i)
}

/// The base of a power after a times sign: "x10^", "× 10^", "x2^", or "×10"
/// right before a minus sign ("2.48×10−5").
fn times_base(i: &str) -> Res<'_, f64> {
    let (rest, _) = one_char(|c| matches!(c, 'x' | '×')).parse(i)?;
    alt((
        (
            ws0,
            take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
            ws0,
            char('^'),
        )
            .map(|(_, base, _, _): (_, &str, _, _)| base.parse().unwrap_or(10.0)),
        (
            tag("10"),
            nom::combinator::peek(one_char(|c| matches!(c, '-' | '−'))),
        )
            .map(|_| 10.0),
    ))
    .parse(rest)
}

/// `e6`, `E-3`, `x10^6`, `×10^−5`, `x2^10`: a power to multiply by.
fn exponent(i: &str) -> Res<'_, f64> {
    let (rest, (base, s, d)) = alt((
        (
            one_char(|c| matches!(c, 'e' | 'E')).map(|_| 10.0),
            exponent_sign,
            digit1,
        ),
        (times_base, exponent_sign, digit1),
    ))
    .parse(i)?;
    if !not_followed_by_alnum(rest) || d.len() > 3 {
        return fail(i);
    }
    let n: i32 = d.parse().unwrap_or(0);
    let n = if matches!(s, Some('-' | '−')) {
        -n
    } else {
        n
    };
    Ok((rest, f64::powi(base, n)))
}

/// What follows on the same line, looked at no further than a few words:
/// a search to the line's end would make one long line quadratic.
fn rest_of_line(rest: &str) -> &str {
    let mut end = rest.len().min(32);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let near = rest.get(..end).unwrap_or("");
    near.split(['\n', '\r']).next().unwrap_or("")
}

/// `^23`, `^-1`, `^--23`: a power written inline (two minus signs cancel).
fn power(i: &str) -> Res<'_, i32> {
    let (rest, (_, signs, d)) = (
        char('^'),
        take_while(|c| matches!(c, '+' | '-' | '−')),
        digit1,
    )
        .parse(i)?;
    if d.len() > 3 || !not_followed_by_alnum(rest) {
        return fail(i);
    }
    let n: i32 = d.parse().unwrap_or(0);
    let negative = signs.chars().filter(|&c| c != '+').count() % 2 == 1;
    Ok((rest, if negative { -n } else { n }))
}

/// A scale glued to digits or after a space: "million", "bn", "k", "m".
fn scale(i: &str) -> Res<'_, (f64, bool)> {
    // A scale word may follow a hard wrap ("51.7\nmillion", "51.7\nmln");
    // a one-letter abbreviation must stay on the figure's line.
    if let Ok((after_ws, space)) = ws1(i)
        && space.contains('\n')
        && let Ok((rest, w)) = word(after_ws)
        && let Some(s) = with_lower(w, lexicon::scale_word)
            .filter(|&s| s >= 1e3)
            .or_else(|| {
                lexicon::scale_abbreviation(w)
                    .filter(|_| w.len() > 1 && w.bytes().all(|b| b.is_ascii_lowercase()))
            })
    {
        return Ok((rest, (s, false)));
    }
    let (after_ws, space) = sp0(i)?;
    let (rest, w) = word(after_ws)?;
    if let Some(s) = with_lower(w, lexicon::scale_word)
        && (s >= 1e3 || space.is_empty() || w.eq_ignore_ascii_case("hundred"))
    {
        return Ok((rest, (s, false)));
    }
    if let Some(s) = lexicon::scale_abbreviation(w) {
        // A lone spaced letter ("5 m tall", "10 k") is only a scale at the end
        // of a phrase; otherwise it is a unit or a word.
        let spaced_letter = !space.is_empty() && w.len() == 1;
        let same_line = rest_of_line(rest);
        // Nor is one joined to a word ("240 B-positive", "two K-pop").
        if spaced_letter
            && (same_line
                .trim_start()
                .starts_with(|c: char| c.is_alphabetic())
                || rest.starts_with('-'))
        {
            return fail(i);
        }
        return Ok((rest, (s, w == "m" && space.is_empty())));
    }
    fail(i)
}

/// An integer in digits ("21", "4,000"), no decimals.
fn whole_digits(i: &str) -> Res<'_, f64> {
    verify(digits, |&(_, step)| step == 1.0)
        .map(|(v, _)| v)
        .parse(i)
}

/// `.1.2` after "192.168": more dotted groups make an address or a version.
fn dotted_tail(i: &str) -> Res<'_, &str> {
    recognize(nom::multi::many1((char('.'), digit1))).parse(i)
}

/// Digits with an optional exponent and scale: "3.4 million", "40k",
/// "1.3e6", "3 hundred and 21", "3 million and a half".
pub fn digits_numeral(i: &str) -> Res<'_, Numeral> {
    let (rest, (value, step)) = digits(i)?;
    if let Ok((rest, _)) = dotted_tail(rest) {
        let mut n = Numeral::digits(value, step);
        n.form = Form::Dotted;
        return Ok((rest, n));
    }
    if let Ok((rest, f)) = exponent(rest) {
        return Ok((rest, Numeral::digits(value * f, step * f)));
    }
    if let Ok((rest, p)) = power(rest) {
        return Ok((rest, Numeral::digits(value.powi(p), 0.0)));
    }
    // "4G", "5G": a network generation (a name), not billions.
    let generation = value < 10.0 && step == 1.0 && rest.starts_with('G');
    if !generation && let Ok((rest, (s, maybe_metres))) = scale(rest) {
        // "6 hundred million", "3 lakh crore", "2 thousand million": a scale
        // of a larger scale.
        let mut larger = (
            sp1,
            keyword(|w| with_lower(w, lexicon::scale_word).is_some_and(|t| t >= 1e3)),
        )
            .map(|(_, w)| with_lower(w, lexicon::scale_word).unwrap_or(1.0));
        let (rest, s) = match larger.parse(rest) {
            Ok((after, t)) if t > s => (after, s * t),
            _ => (rest, s),
        };
        let mut n = Numeral::digits(value * s, step * s);
        n.scale = s;
        if maybe_metres {
            n.form = Form::MaybeMetres;
            return Ok((rest, n));
        }
        if let Ok((after, f)) = and_fraction(rest)
            && s >= 1e3
        {
            n.value += f * s;
            n.step = s / 10.0;
            return Ok((after, n));
        }
        if spelled_scale(i, rest)
            && let Some((after, add, last)) = mixed_tail(rest, s)
        {
            n.value += add;
            n.step = last;
            return Ok((after, n));
        }
        return Ok((rest, n));
    }
    Ok((rest, Numeral::digits(value, step)))
}

/// Whether the scale that ends `i` before `rest` is a word ("3 hundred"),
/// not an abbreviation ("3k").
fn spelled_scale(i: &str, rest: &str) -> bool {
    let head = i.get(..i.len() - rest.len()).unwrap_or("");
    head.rsplit(|c: char| !c.is_alphabetic())
        .next()
        .and_then(|w| with_lower(w, lexicon::scale_word))
        .is_some()
}

/// The groups after "4 thousand": "3 hundred and 21" -> 321, "6 crore and
/// two hundred", each group smaller than the scale before it; a last group
/// without a scale only
/// after "hundred" ("3 hundred and 21"), so "5 million and 20 jobs" stays two
/// figures. Returns the rest, the amount added and the last scale.
fn mixed_tail(mut rest: &str, mut last: f64) -> Option<(&str, f64, f64)> {
    let mut added = 0.0;
    loop {
        let Ok((after_joint, _)) =
            alt((recognize((sp1, tag_no_case("and"), sp1)), sp1)).parse(rest)
        else {
            break;
        };
        let group = alt((whole_digits, word_number.map(|n| n.value))).parse(after_joint);
        let Ok((after_group, value)) = group else {
            break;
        };
        if value <= 0.0 || value.fract() != 0.0 {
            break;
        }
        let scaled = (
            sp1,
            keyword(|w| with_lower(w, lexicon::scale_word).is_some()),
        )
            .map(|(_, w)| with_lower(w, lexicon::scale_word).unwrap_or(1.0))
            .parse(after_group);
        match scaled {
            Ok((after, s)) if s < last && value < 1000.0 => {
                added += value * s;
                last = s;
                rest = after;
            }
            Err(_) if last == 100.0 && value < 100.0 => {
                added += value;
                last = 1.0;
                rest = after_group;
                break;
            }
            // "6 crore and two hundred": hundreds in words end the figure.
            Err(_) if (100.0..1000.0).contains(&value) && word_number(after_joint).is_ok() => {
                added += value;
                last = 1.0;
                rest = after_group;
                break;
            }
            _ => break,
        }
    }
    (added > 0.0).then_some((rest, added, last))
}

// ---------------------------------------------------------------- words

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Unit(u32),
    Teen(u32),
    Tens(u32),
    Hundred,
    Scale(f64),
    A,
}

/// One number word.
fn number_token(i: &str) -> Res<'_, Tok> {
    let (rest, w) = word(i)?;
    let tok = with_lower(w, |l| {
        if let Some(n) = lexicon::unit_word(l) {
            return Some(if n >= 10 { Tok::Teen(n) } else { Tok::Unit(n) });
        }
        if let Some(n) = lexicon::tens_word(l) {
            return Some(Tok::Tens(n));
        }
        match l {
            "hundred" => Some(Tok::Hundred),
            "a" => Some(Tok::A),
            "thousand" | "million" | "billion" | "trillion" | "lakh" | "crore" => {
                lexicon::scale_word(l).map(Tok::Scale)
            }
            _ => None,
        }
    });
    match tok {
        Some(t) => Ok((rest, t)),
        None => fail(i),
    }
}

/// "and" or "&" between two number words.
fn and_joint(i: &str) -> Res<'_, &str> {
    recognize((sp1, alt((tag_no_case("and"), tag("&"))), sp1)).parse(i)
}

/// Between two number words: a space, a hyphen, or "and".
fn word_joint(i: &str) -> Res<'_, ()> {
    alt((
        (sp0, char('-'), sp0).map(|_| ()),
        and_joint.map(|_| ()),
        sp1.map(|_| ()),
    ))
    .parse(i)
}

/// ", two hundred and forty" after "three million": the rest of a number
/// written out as on a cheque, smaller than the scale before the comma
/// ("a million, two million" is a list).
fn comma_tail(i: &str, scale: f64) -> Option<(&str, Numeral)> {
    let (after, _) = (char(','), sp1).parse(i).ok()?;
    let (rest, tail) = word_number(after).ok()?;
    (tail.value < scale).then_some((rest, tail))
}

/// Whether `next` may follow `prev` inside one number ("twenty one" yes,
/// "two three" no), and whether an "and" may stand between them.
fn may_follow(prev: Option<Tok>, next: Tok, via_and: bool, top_scale: f64) -> bool {
    use Tok::*;
    match (prev, next) {
        (None, A) => true,
        (None, _) => !via_and,
        (Some(A), Hundred | Scale(_)) => !via_and,
        (Some(Unit(_) | Teen(_)), Hundred | Scale(_)) => !via_and,
        (Some(Tens(_)), Unit(n)) => !via_and && n > 0,
        (Some(Tens(_)), Scale(_)) => !via_and,
        (Some(Hundred), Unit(_) | Teen(_) | Tens(_)) => true,
        (Some(Hundred), Scale(_)) => !via_and,
        (Some(Scale(s)), Unit(_) | Teen(_) | Tens(_)) => s >= 1e3,
        // "three lakh crore": a scale of a larger one.
        (Some(Scale(s)), Scale(t)) => {
            !via_and && (t < s && top_scale > t || t > s && s == top_scale)
        }
        _ => false,
    }
}

/// Number words: "fifteen", "one hundred and twenty", "two thousand three
/// hundred", "a million", "twenty-one trillion three hundred".
pub fn word_number(i: &str) -> Res<'_, Numeral> {
    let (mut rest, first) = number_token(i)?;
    let mut prev = None;
    let (mut total, mut current) = (0.0f64, 0.0f64);
    let mut last_scale = f64::INFINITY;
    let mut step = 1.0;
    let mut tok = first;
    let mut end = rest;
    let mut via_and = false;
    loop {
        if !may_follow(prev, tok, via_and, last_scale) {
            break;
        }
        match tok {
            Tok::A => current = 1.0,
            Tok::Unit(n) | Tok::Teen(n) | Tok::Tens(n) => {
                current += f64::from(n);
                step = 1.0;
            }
            Tok::Hundred => {
                current = current.max(1.0) * 100.0;
                step = 100.0;
            }
            Tok::Scale(s) if matches!(prev, Some(Tok::Scale(p)) if s > p) => {
                total *= s;
                last_scale = s;
                step = s;
            }
            Tok::Scale(s) => {
                total += current.max(1.0) * s;
                current = 0.0;
                last_scale = s;
                step = s;
            }
        }
        prev = Some(tok);
        end = rest;
        // Look for another token after a joint; stop quietly when there is none.
        let Ok((after_joint, ())) = word_joint(end) else {
            break;
        };
        let Ok((after_tok, next)) = number_token(after_joint) else {
            break;
        };
        via_and = and_joint(end).is_ok();
        // "two million and three quarters": the "and" starts a fraction.
        if via_and && and_fraction(end).is_ok() {
            break;
        }
        tok = next;
        rest = after_tok;
    }
    if prev.is_none() || prev == Some(Tok::A) {
        return fail(i);
    }
    if let Some(Tok::Scale(s)) = prev
        && s >= 1e3
        && let Some((after, tail)) = comma_tail(end, s)
    {
        return Ok((after, Numeral::words(total + tail.value, tail.step)));
    }
    let value = total + current;
    Ok((end, Numeral::words(value, step)))
}

/// "and a half", "and three quarters": the fractional tail of a mixed number,
/// hyphenated too in a compound ("a two-and-a-half-year closure").
fn and_fraction(i: &str) -> Res<'_, f64> {
    let joint = || alt((ws1, tag("-")));
    let (rest, _) = (joint(), tag_no_case("and"), joint()).parse(i)?;
    // "a half-year": the word reader takes the compound whole.
    if let Ok((after, _)) = (tag_no_case("a"), joint(), tag_no_case("half")).parse(rest)
        && after.starts_with('-')
    {
        return Ok((after, 0.5));
    }
    // "one hundred and thirty fifths" is 130/5: only a proper fraction is
    // the tail of a mixed number.
    let (rest, value) = verify(bare_fraction_words, |&v| v < 1.0).parse(rest)?;
    Ok((rest, value))
}

/// "a dozen", "three dozen", "half a dozen".
fn dozen(i: &str) -> Res<'_, Numeral> {
    let (rest, count) = alt((
        (keyword(|w| w == "half"), ws1, keyword(|w| w == "a")).map(|_| 0.5),
        word_number.map(|n| n.value),
        digits.map(|(v, _)| v),
        keyword(|w| w == "a").map(|_| 1.0),
    ))
    .parse(i)?;
    let (rest, _) = (
        ws1,
        keyword(|w| matches!(w, "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs")),
    )
        .parse(rest)?;
    Ok((rest, Numeral::words(count * 12.0, 1.0)))
}

/// "dozens of", "scores of", "hundreds of", "tens of thousands of": from
/// two of the unit up to just below the next word's ("hundreds" is 200 to
/// 999, "dozens" 24 to 99, "scores" 40 to 199).
fn vague(i: &str) -> Res<'_, Numeral> {
    let (rest, (low, high)) = alt((
        (
            keyword(|w| w == "tens"),
            ws1,
            tag_no_case("of"),
            ws1,
            keyword(|w| w == "thousands"),
        )
            .map(|_| (2e4, 1e5)),
        (
            keyword(|w| w == "hundreds"),
            ws1,
            tag_no_case("of"),
            ws1,
            keyword(|w| w == "thousands"),
        )
            .map(|_| (2e5, 1e6)),
        keyword(|w| w == "dozens").map(|_| (24.0, 100.0)),
        keyword(|w| w == "scores").map(|_| (40.0, 200.0)),
        keyword(|w| matches!(w, "hundreds" | "thousands" | "millions" | "billions")).map(|w| {
            let s = with_lower(w, lexicon::scale_word).unwrap_or(1.0);
            (2.0 * s, 10.0 * s)
        }),
    ))
    .parse(i)?;
    let (rest, _) = (ws1, tag_no_case("of"), nom::combinator::peek(ws1)).parse(rest)?;
    Ok((rest, vague_numeral(low, high - 1.0)))
}

fn vague_numeral(low: f64, high: f64) -> Numeral {
    Numeral {
        value: low,
        step: 1.0,
        form: Form::Vague { high: high as u64 },
        scale: 1.0,
    }
}

/// "a couple of" (two or three), "a handful of" (three to six).
fn couple(i: &str) -> Res<'_, Numeral> {
    let (rest, (_, _, w, _, _)) = (
        keyword(|w| w == "a"),
        ws1,
        keyword(|w| matches!(w, "couple" | "handful")),
        ws1,
        tag_no_case("of"),
    )
        .parse(i)?;
    let couple = w.eq_ignore_ascii_case("couple");
    Ok((
        rest,
        if couple {
            vague_numeral(2.0, 3.0)
        } else {
            vague_numeral(3.0, 6.0)
        },
    ))
}

/// "several" before a plural (three to nine) or a scale ("several hundred":
/// 300 to 900).
fn several(i: &str) -> Res<'_, Numeral> {
    let (rest, _) = keyword(|w| w == "several").parse(i)?;
    let scaled = (
        ws1,
        keyword(|w| matches!(w, "hundred" | "thousand" | "million" | "billion")),
    )
        .map(|(_, w)| with_lower(w, lexicon::scale_word).unwrap_or(1.0))
        .parse(rest);
    if let Ok((after, s)) = scaled {
        return Ok((after, vague_numeral(3.0 * s, 9.0 * s)));
    }
    if rest.starts_with(char::is_whitespace) && super::noun::plural_head(rest).is_some() {
        return Ok((rest, vague_numeral(3.0, 9.0)));
    }
    fail(i)
}

/// "point zero three", "point seventy-one", "point five": the decimals of a
/// number in words, digit by digit or as one number's digits.
fn point_decimals(i: &str) -> Res<'_, String> {
    let (rest, _) = (ws1, tag_no_case("point"), ws1).parse(i)?;
    let digit = |i| {
        let (rest, w) = word(i)?;
        match with_lower(w, lexicon::unit_word) {
            Some(n) if n < 10 => Ok((rest, char::from(b'0' + n as u8))),
            _ if w.eq_ignore_ascii_case("oh") => Ok((rest, '0')),
            _ => fail(i),
        }
    };
    // "seventy-one" as one number's digits; else digit words one by one.
    if let Ok((after, n)) = word_number(rest)
        && n.value >= 10.0
    {
        return Ok((after, format!("{:.0}", n.value)));
    }
    nom::multi::separated_list1(sp1, digit)
        .map(|ds: Vec<char>| ds.into_iter().collect::<String>())
        .parse(rest)
}

/// "one hundred thirty two fifths" (132/5), "ninety-five hundred fifths":
/// number words over a plural denominator. A tens word right before a unit
/// ordinal makes a compound denominator, as in "one hundred thirty fifths"
/// (100/35), unless "and" joins it to the numerator.
fn over_denominator<'a>(i: &'a str, rest: &'a str, value: f64) -> Option<(&'a str, Numeral)> {
    let plural = |i| {
        let (after, (_, w)) = (alt((sp1, recognize((sp0, char('-'), sp0)))), word).parse(i)?;
        match with_lower(w, |l| {
            l.strip_suffix('s').and_then(lexicon::denominator_word)
        }) {
            Some(d) if d >= 3.0 => Ok((after, (w, d))),
            _ => fail(i),
        }
    };
    let (after, (w, d)) = plural(rest).ok()?;
    let written = i.get(..i.len() - rest.len())?;
    let mut words = written
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let last = words.next()?;
    let before_last = words.next();
    let tens = with_lower(last, lexicon::tens_word).map(f64::from);
    let unit = with_lower(w, |l| l.strip_suffix('s').and_then(lexicon::unit_ordinal));
    let value = match (tens, unit, before_last) {
        (Some(t), Some(u), Some(b)) if !b.eq_ignore_ascii_case("and") => (value - t) / (t + u),
        _ => value / d,
    };
    Some((after, fraction_numeral(value)))
}

/// "mln", "bn" after number words ("four mln stg"): newswire scales. One
/// letter ("two m") is too often a unit or a word to read as a scale.
fn word_scale_abbreviation(i: &str) -> Res<'_, f64> {
    // After a hard wrap too ("two\nmln stg"): the abbreviation is no word.
    let (rest, (_, w)) = (ws1, word).parse(i)?;
    match lexicon::scale_abbreviation(w) {
        Some(s) if w.len() > 1 && w.bytes().all(|b| b.is_ascii_lowercase()) && w != "mil" => {
            Ok((rest, s))
        }
        _ => fail(i),
    }
}

/// Number words, then an optional "point ..." decimal, "and a half" and
/// scale: "two and a half million", "three hundred thousand", "five point
/// five", "one million and a half".
fn word_numeral<'a>(i: &'a str, ahead: &Ahead) -> Res<'a, Numeral> {
    if ahead.dozen
        && let Ok(r) = dozen(i)
    {
        return Ok(r);
    }
    // "a couple of", "dozens of", "hundreds of".
    if ahead.of
        && let Ok(r) = alt((couple, vague)).parse(i)
    {
        return Ok(r);
    }
    if let Ok(r) = several(i) {
        return Ok(r);
    }
    let (rest, mut n) = word_number(i)?;
    if let Some(r) = over_denominator(i, rest, n.value) {
        return Ok(r);
    }
    if n.step < 1e3
        && let Ok((rest, s)) = word_scale_abbreviation(rest)
    {
        let mut scaled = Numeral::words(n.value * s, n.step * s);
        scaled.scale = s;
        return Ok((rest, scaled));
    }
    if let Ok((rest, decimals)) = point_decimals(rest) {
        let value: f64 = format!("{:.0}.{decimals}", n.value)
            .parse()
            .unwrap_or(n.value);
        let step = 10f64.powi(-(decimals.len() as i32));
        return Ok((rest, Numeral::words(value, step)));
    }
    let (rest, half) = opt(and_fraction).parse(rest)?;
    let Some(f) = half else {
        return Ok((rest, n));
    };
    let big_scale = (
        ws1,
        keyword(|w| with_lower(w, lexicon::scale_word).is_some_and(|s| s >= 1e3)),
    )
        .map(|(_, w)| with_lower(w, lexicon::scale_word).unwrap_or(1.0))
        .parse(rest);
    match big_scale {
        // "one billion and a half million": half of the smaller scale, added.
        Ok((r, s)) if s < n.step => {
            n.value += f * s;
            n.step = s / 10.0;
            Ok((r, n))
        }
        // "two and a half million": the mixed number, scaled.
        Ok((r, s)) => {
            n.value = (n.value + f) * s;
            n.step = s / 10.0;
            n.scale = s;
            Ok((r, n))
        }
        // "one million and a half": the half is of the million.
        Err(_) if n.step >= 1e3 => {
            n.value += f * n.step;
            n.step /= 10.0;
            Ok((rest, n))
        }
        Err(_) => {
            n.value += f;
            n.step = 0.1;
            Ok((rest, n))
        }
    }
}

// ---------------------------------------------------------------- fractions

/// A denominator word: "third", "quarters", "hundredths", "trillionth",
/// or a compound ordinal "twenty-fifth", "twenty firsts".
fn denominator(i: &str) -> Res<'_, f64> {
    let compound = (
        keyword(|w| lexicon::tens_word(w).is_some()),
        alt((recognize((ws0, char('-'), ws0)), sp1)),
        keyword(|w| lexicon::unit_ordinal(w).is_some()),
    )
        .map(|(t, _, u)| {
            let tens = with_lower(t, lexicon::tens_word).map_or(0.0, f64::from);
            tens + with_lower(u, lexicon::unit_ordinal).unwrap_or(0.0)
        });
    let simple = keyword(|w| lexicon::denominator_word(w).is_some())
        .map(|w| with_lower(w, lexicon::denominator_word).unwrap_or(1.0));
    let (rest, d) = alt((compound, simple)).parse(i)?;
    // "a twenty-first-century town" is an ordinal, not a fraction.
    let next = rest.trim_start();
    if rest.starts_with('-')
        || next
            .get(..7)
            .is_some_and(|w| w.eq_ignore_ascii_case("century"))
    {
        return fail(i);
    }
    Ok((rest, d))
}

/// "a third", "two-thirds", "three quarters", "half", "one-half",
/// "nine-tenths", "one twenty-fifth", "a hundred trillionths".
fn bare_fraction_words(i: &str) -> Res<'_, f64> {
    // "a hundred" before "a": the longer numerator first.
    let numerator = alt((
        |i| {
            let (rest, n) = word_number(i)?;
            if n.value < 1.0 || n.value > 1e6 {
                return fail(i);
            }
            Ok((rest, n.value))
        },
        keyword(|w| matches!(w, "a" | "an")).map(|_| 1.0),
    ));
    // A numerator of a hundred or more only over a scale ordinal ("a hundred
    // trillionths"); "one hundred and three quarters" is not 103/4.
    let with_numerator = verify(
        (
            numerator,
            alt((recognize((ws0, char('-'), ws0)), ws1)),
            denominator,
        ),
        |&(n, _, d)| n < 100.0 || d >= 100.0,
    )
    .map(|(n, _, d)| n / d);
    alt((with_numerator, keyword(|w| w == "half").map(|_| 0.5))).parse(i)
}

/// "a third time", "for a seventh year": "a" and an ordinal before a noun
/// count a turn, not a share; "a third of", "a third more", "by a third."
/// are shares.
fn ordinal_turn(i: &str, rest: &str) -> bool {
    let article = i
        .get(..2)
        .is_some_and(|a| a.eq_ignore_ascii_case("a ") || a.eq_ignore_ascii_case("an"));
    let singular = !i.get(..i.len() - rest.len()).unwrap_or("").ends_with('s');
    article && singular && before_noun(rest)
}

/// Whether a word follows that a share never takes: a noun, as in "a third
/// time", not a function word, a verb ("a third said", "almost a quarter
/// reflects": a turn takes no plural, so a word in -s is a verb) or a
/// comparative ("a third higher").
fn before_noun(rest: &str) -> bool {
    let Ok((_, (_, w))) = (sp1, word).parse(rest) else {
        return false;
    };
    with_lower(w, |l| {
        let share_follows = super::noun::is_function_word(l)
            || l.ends_with("ed")
            || l.ends_with("er")
            || super::noun::is_plural(l) && !matches!(l, "series" | "species")
            || matches!(l, "million" | "billion" | "dozen");
        (!share_follows).then_some(())
    })
    .is_some()
}

/// Whether one of the first words of `i` names a denominator ("third",
/// "quarters", "half", the "firsts" of "three twenty firsts"): without one,
/// no fraction in words is tried.
fn denominator_ahead(i: &str) -> bool {
    crate::words::ascii_words(i, 0, AHEAD, |c| c.is_ascii_alphabetic())
        .take(4)
        .any(|w| {
            ends_as_denominator(w)
                && with_lower(w, |l| {
                    lexicon::denominator_word(l).or_else(|| lexicon::unit_ordinal(l))
                })
                .is_some()
        })
}

/// A cheap first test for [`denominator_ahead`]: every denominator and unit
/// ordinal ("half", "halves", "quarter", "third", "first", "second",
/// "fifth") ends, before an optional plural "s", in one of these letter
/// pairs, and most words do not.
fn ends_as_denominator(w: &str) -> bool {
    let b = w.as_bytes();
    let b = match b.split_last() {
        Some((s, head)) if s.eq_ignore_ascii_case(&b's') => head,
        _ => b,
    };
    let pair = b
        .len()
        .checked_sub(2)
        .and_then(|n| b.get(n..))
        .unwrap_or_default();
    [b"lf", b"ve", b"er", b"th", b"rd", b"st", b"nd"]
        .iter()
        .any(|e| pair.eq_ignore_ascii_case(*e))
}

/// A fraction in words, possibly of a scale: "a third", "half a million",
/// "a quarter million", "two thirds of a million".
pub fn fraction_words(i: &str) -> Res<'_, Numeral> {
    // "quarter million": a bare "quarter" only before a scale ("the first
    // quarter" is a period).
    if let Ok((rest, (_, _, w))) = (
        keyword(|w| w == "quarter"),
        ws1,
        keyword(|w| matches!(w, "million" | "billion")),
    )
        .parse(i)
    {
        let s = with_lower(w, lexicon::scale_word).unwrap_or(1.0);
        return Ok((rest, Numeral::words(0.25 * s, s / 10.0)));
    }
    let (rest, value) = bare_fraction_words(i)?;
    // "half a million", "a quarter million", "two thirds of a million".
    let scaled = alt((
        (
            ws1,
            keyword(|w| w == "a"),
            ws1,
            keyword(|w| matches!(w, "million" | "billion" | "dozen")),
        )
            .map(|(_, _, _, w)| w),
        (ws1, keyword(|w| matches!(w, "million" | "billion"))).map(|(_, w)| w),
        (
            ws1,
            tag_no_case("of a"),
            ws1,
            keyword(|w| matches!(w, "million" | "billion")),
        )
            .map(|(_, _, _, w)| w),
    ))
    .parse(rest);
    if let Ok((rest, w)) = scaled {
        let s = with_lower(w, |l| {
            if l == "dozen" {
                Some(12.0)
            } else {
                lexicon::scale_word(l)
            }
        })
        .unwrap_or(1.0);
        return Ok((rest, Numeral::words(value * s, s / 10.0)));
    }
    if ordinal_turn(i, rest) {
        return fail(i);
    }
    Ok((
        rest,
        Numeral {
            value,
            step: 0.0,
            form: Form::FractionWords,
            scale: 1.0,
        },
    ))
}

/// `½`, `¾`: a vulgar fraction sign.
fn vulgar(i: &str) -> Res<'_, f64> {
    let mut chars = i.chars();
    match chars.next().and_then(lexicon::vulgar_fraction) {
        Some(v) => Ok((chars.as_str(), v)),
        None => fail(i),
    }
}

/// `3/4`, a proper fraction. "5/17/2018" is a date, "24/7" and "9/11" are not
/// fractions of interest.
fn slash_fraction(i: &str) -> Res<'_, f64> {
    // "1⁄32": the Unicode fraction slash reads as a slash.
    let (rest, (n, _, d)) =
        (digit1, one_char(|c| matches!(c, '/' | '\u{2044}')), digit1).parse(i)?;
    if rest.starts_with(['/', '\u{2044}']) || !not_followed_by_alnum(rest) {
        return fail(i);
    }
    let (n, d): (f64, f64) = (n.parse().unwrap_or(0.0), d.parse().unwrap_or(0.0));
    if d == 0.0 || n >= d || d > 1000.0 {
        return fail(i);
    }
    Ok((rest, n / d))
}

/// `7/8`, `13/16`: a fraction in eighths, sixteenths ... as market prices
/// and rates are quoted.
fn binary_fraction(i: &str) -> Res<'_, f64> {
    let (rest, _) = (
        digit1,
        one_char(|c| matches!(c, '/' | '\u{2044}')),
        verify(digit1, |d: &str| {
            matches!(d, "2" | "4" | "8" | "16" | "32" | "64")
        }),
    )
        .parse(i)?;
    slash_fraction(i).map(|(_, f)| (rest, f))
}

/// `3/4`, `2 1/4`, `½`, `2½`, and `10-7/8` as rates are quoted.
pub fn fraction_digits(i: &str) -> Res<'_, Numeral> {
    let mixed = (
        digit1,
        alt((
            (
                opt(take_while1(is_inline_space)),
                alt((vulgar, slash_fraction)),
            )
                .map(|(_, f)| f),
            (char('-'), binary_fraction).map(|(_, f)| f),
        )),
    )
        .map(|(w, f): (&str, f64)| Numeral::digits(w.parse::<f64>().unwrap_or(0.0) + f, 0.0));
    alt((mixed, alt((vulgar, slash_fraction)).map(fraction_numeral))).parse(i)
}

fn fraction_numeral(value: f64) -> Numeral {
    Numeral {
        value,
        step: 0.0,
        form: Form::FractionDigits,
        scale: 1.0,
    }
}

/// "one over three", "1 over 20", "2000 over 3": a quotient, only where
/// nothing follows the divisor ("200 over five years" is a duration).
fn over_fraction(i: &str) -> Res<'_, Numeral> {
    let operand = |i| alt((whole_digits, word_number.map(|n| n.value))).parse(i);
    let (rest, (n, _, _, _, d)) = (operand, sp1, tag_no_case("over"), sp1, operand).parse(i)?;
    let same_line = rest_of_line(rest);
    let followed = same_line
        .trim_start()
        .starts_with(|c: char| c.is_alphanumeric());
    if d == 0.0 || followed || !not_followed_by_alnum(rest) {
        return fail(i);
    }
    Ok((rest, fraction_numeral(n / d)))
}

/// Any numeral, longest reading first.
/// How far ahead the guards below look: past a few number words, or past
/// digits and the word after them.
const AHEAD: usize = 40;
const AHEAD_OF_DIGITS: usize = 24;

/// What the first bytes of a numeral's input hold, read in one pass: the
/// guards before the rarer readings are tried.
#[derive(Default)]
struct Ahead {
    /// " over " ("3 over 4").
    over: bool,
    /// A slash or a non-ASCII byte ("3/4", "2 ½").
    slash_or_vulgar: bool,
    /// "doz" or "dz" in any case ("3 dozen", "2 dz").
    dozen: bool,
    /// "of" in any case ("a couple of", "dozens of").
    of: bool,
}

fn ahead(i: &str, window: usize) -> Ahead {
    let b = i.as_bytes();
    let b = b.get(..b.len().min(window)).unwrap_or(b);
    // One branch-free pass over bytes folded to lower case (`| 0x20` maps
    // only 'D' to 'd', 'Z' to 'z' and so on among the bytes compared).
    let (mut a, mut prev, mut prev2, mut v) = (Ahead::default(), 0u8, 0u8, false);
    for &c in b {
        let l = c | 0x20;
        a.slash_or_vulgar |= c == b'/' || c >= 0x80;
        a.of |= prev == b'o' && l == b'f';
        a.dozen |= prev == b'd' && l == b'z' || prev2 == b'd' && prev == b'o' && l == b'z';
        v |= l == b'v';
        (prev2, prev) = (prev, l);
    }
    a.over = v
        && b.windows(6).any(|w| {
            w.first() == Some(&b' ') && w.get(1..).is_some_and(|r| r.eq_ignore_ascii_case(b"over "))
        });
    a
}

pub fn numeral(i: &str) -> Res<'_, Numeral> {
    // Cheap looks ahead before the rarer readings are tried.
    let digits = i.starts_with(|c: char| c.is_ascii_digit() || c == '.');
    let ahead = ahead(i, if digits { AHEAD_OF_DIGITS } else { AHEAD });
    if ahead.over
        && let Ok(r) = over_fraction(i)
    {
        return Ok(r);
    }
    if digits {
        // "2 1/4" and "3/4" before plain digits, which would stop at the slash.
        if ahead.slash_or_vulgar
            && let Ok(r) = fraction_digits(i)
        {
            return Ok(r);
        }
        if ahead.dozen
            && let Ok(r) = dozen(i)
        {
            return Ok(r);
        }
        return digits_numeral(i);
    }
    if let Ok(r) = fraction_digits(i) {
        return Ok(r);
    }
    // A fraction in words wins over a number word ("two-thirds", not "two").
    if denominator_ahead(i)
        && let Ok(r) = fraction_words(i)
    {
        return Ok(r);
    }
    word_numeral(i, &ahead)
}

#[cfg(test)]
mod tests;
