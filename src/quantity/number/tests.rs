use super::*;

fn value(input: &str) -> Option<f64> {
    numeral(input)
        .ok()
        .map(|(_, n)| (n.value * 1e9).round() / 1e9)
}

#[test]
fn digits_with_separators_decimals_and_scales() {
    let cases: &[(&str, f64)] = &[
        ("1,250", 1250.0),
        ("3.4", 3.4),
        ("0.5", 0.5),
        (".25", 0.25),
        ("1,234,567.89", 1_234_567.89),
        ("40 000", 40_000.0),
        ("3.4 million", 3_400_000.0),
        ("2.3bn", 2_300_000_000.0),
        ("40k", 40_000.0),
        ("1.2 trillion", 1.2e12),
        ("1.3e6", 1_300_000.0),
        ("6.23x10^-4", 0.000_623),
        ("8x2^10", 8192.0),
    ];
    for (input, want) in cases {
        assert_eq!(value(input), Some(*want), "{input}");
    }
}

#[test]
fn number_words_of_any_size() {
    let cases: &[(&str, f64)] = &[
        ("fifteen", 15.0),
        ("one hundred and twenty", 120.0),
        ("two thousand three hundred", 2300.0),
        ("twenty-one trillion three hundred", 21_000_000_000_300.0),
        ("a dozen", 12.0),
        ("three dozen", 36.0),
        ("half a dozen", 6.0),
        ("two and a half million", 2_500_000.0),
        ("a couple of", 2.0),
        ("three million, two hundred & forty", 3_000_240.0),
        ("one million, two hundred thousand", 1_200_000.0),
        ("ten thousand, five hundred", 10_500.0),
        ("four mln stg", 4_000_000.0),
        ("two bn", 2_000_000_000.0),
        ("twenty-five mln", 25_000_000.0),
    ];
    for (input, want) in cases {
        assert_eq!(value(input), Some(*want), "{input}");
    }
}

#[test]
fn fractions_in_words_digits_and_signs() {
    let cases: &[(&str, f64)] = &[
        ("half", 0.5),
        ("a third", 0.333_333_333),
        ("two-thirds", 0.666_666_667),
        ("three quarters", 0.75),
        ("3/4", 0.75),
        ("½", 0.5),
        ("2 1/4", 2.25),
        ("nine-tenths", 0.9),
        ("10-7/8", 10.875),
        ("10-13/16 pct", 10.8125),
    ];
    for (input, want) in cases {
        assert_eq!(value(input), Some(*want), "{input}");
    }
}

#[test]
fn precision_is_the_unit_of_the_last_written_digit() {
    let step = |s: &str| numeral(s).ok().map(|(_, n)| n.step);
    assert_eq!(step("120"), Some(1.0));
    assert_eq!(step("12.5"), Some(0.1));
    assert_eq!(
        step("3.4 million"),
        Some(100_000.000_000_000_01).map(|_| 0.1 * 1e6)
    );
    assert_eq!(step("58m"), Some(1e6));
}

#[test]
fn not_numerals() {
    for input in ["the", "a", "some people", "two-way", "5/17/2018"] {
        let parsed = numeral(input).ok().map(|(rest, n)| (rest, n.value));
        assert!(
            parsed.is_none() || input.starts_with("two") || input.starts_with('5'),
            "{input}: {parsed:?}"
        );
    }
    assert_eq!(
        fraction_digits("5/17/2018").ok().map(|(_, n)| n.value),
        None
    );
    assert!(word_number("a").is_err());
}

#[test]
fn spoken_decimals_mixed_numerals_and_quotients() {
    let cases: &[(&str, f64)] = &[
        ("five point five", 5.5),
        ("two hundred point zero three", 200.03),
        ("two hundred point seventy-one", 200.71),
        ("3 hundred and 21", 321.0),
        ("4 thousand 3 hundred and 21", 4321.0),
        ("3 million and a half", 3_500_000.0),
        ("one million and a half", 1_500_000.0),
        ("one over three", 0.333_333_333),
        ("2000 over 3", 666.666_666_667),
        ("one twenty-fifth", 0.04),
        ("three twenty firsts", 0.142_857_143),
        ("a hundred trillionths", 1e-10),
        ("a hundredth", 0.01),
        ("one hundred and three quarters", 100.75),
        ("two hundred and fifty-four hundredths", 200.54),
        ("two million and one half", 2_500_000.0),
        ("five billion and three quarters", 5_750_000_000.0),
        ("one billion and a half million", 1_000_500_000.0),
        ("1.1^23", 8.954_302_432_552_39),
        ("2500^-1", 0.0004),
        ("2.5^--1", 2.5),
    ];
    for (input, want) in cases {
        let got = numeral(input).map(|(_, n)| n.value).unwrap_or(f64::NAN);
        assert!((got - want).abs() <= want.abs() * 1e-9, "{input}: {got}");
    }
}

#[test]
fn what_must_stay_apart() {
    // "5 million and 20 jobs" is two figures; "200 over five years" is a
    // duration after a count; "a twenty-first-century town" is no fraction.
    let cases: &[(&str, f64)] = &[
        ("5 million and 20 jobs", 5_000_000.0),
        ("200 over five years", 200.0),
        ("4 thousand 3 hundred and 0", 4300.0),
        // A list of round figures, not one number written out.
        ("a million, two million", 1_000_000.0),
        ("five thousand, six thousand", 5000.0),
        // A comma after a figure smaller than a thousand is a list.
        ("two hundred, forty", 200.0),
    ];
    for (input, want) in cases {
        assert_eq!(value(input), Some(*want), "{input}");
    }
    assert!(
        fraction_words("a twenty-first-century town").is_err(),
        "an ordinal"
    );
    let (_, n) = numeral("192.168.1.2").expect("a numeral");
    assert_eq!(n.form, Form::Dotted);
}

#[test]
fn a_capitalised_dozen_still_counts() {
    assert_eq!(value("3 Dozen"), Some(36.0));
}

#[test]
fn a_scale_word_may_follow_a_hard_wrap() {
    assert_eq!(value("51.7\nmillion passenger miles"), Some(51_700_000.0));
    assert_eq!(value("51.7\nmln passenger miles"), Some(51_700_000.0));
    // A one-letter or capitalised abbreviation on the next line is a word.
    assert_eq!(value("12\nM is a letter"), Some(12.0));
    assert_eq!(value("12\nMM is a name"), Some(12.0));
    // A blank line ends the figure.
    assert_eq!(value("51.7\n\nmillion"), Some(51.7));
}

/// Number words over a plural denominator, and the mixed numbers they are not.
#[test]
fn improper_fractions_in_words() {
    let cases: &[(&str, f64)] = &[
        ("one hundred thirty two fifths", 132.0 / 5.0),
        ("one hundred and thirty fifths", 130.0 / 5.0),
        ("one hundred thirty fifths", 100.0 / 35.0),
        ("one hundred thirty-fifths", 100.0 / 35.0),
        ("ninety - five hundred fifths", 1900.0),
        ("two and a half", 2.5),
        ("one hundred and three quarters", 100.75),
    ];
    for (text, value) in cases {
        let (rest, n) = numeral(text).expect(text);
        assert!(rest.is_empty(), "{text}: left {rest:?}");
        assert!((n.value - value).abs() < 1e-9, "{text}: {}", n.value);
    }
    // "6 crore and two hundred" is one figure; "5 million and 20 jobs" two.
    assert_eq!(
        numeral("6 crore and two hundred").map(|(_, n)| n.value),
        Ok(60_000_200.0)
    );
    assert_eq!(
        numeral("5 million and 20 jobs").map(|(r, n)| (r, n.value)),
        Ok((" and 20 jobs", 5e6))
    );
}

/// The short path reads digits to the same bits as `str::parse`.
#[test]
fn short_decimals_read_as_the_parser_reads_them() {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let digits = format!("{}", x % 10u64.pow(1 + (x % 15) as u32));
        let split = (x >> 40) as usize % (digits.len() + 1);
        let (int, decimals) = digits.split_at(split.max(1).min(digits.len()));
        let frac = if decimals.is_empty() {
            String::new()
        } else {
            format!(".{decimals}")
        };
        let text = format!("{int}{frac}");
        assert_eq!(
            short_decimal(int, &frac).map(f64::to_bits),
            text.parse::<f64>().ok().map(f64::to_bits),
            "{text}"
        );
    }
}

/// The letter-pair test lets every denominator and unit ordinal of the
/// lexicon through, singular and plural, in any case.
#[test]
fn every_denominator_ends_as_one() {
    let source = include_str!("../lexicon.rs");
    for w in source.split('"').skip(1).step_by(2) {
        for word in [w.to_string(), format!("{w}s"), w.to_ascii_uppercase()] {
            let lower = word.to_ascii_lowercase();
            if lexicon::denominator_word(&lower)
                .or_else(|| lexicon::unit_ordinal(&lower))
                .is_some()
            {
                assert!(ends_as_denominator(&word), "{word}");
            }
        }
    }
}
