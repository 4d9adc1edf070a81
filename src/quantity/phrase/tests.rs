use super::*;

fn parse(input: &str) -> Option<(usize, Phrase<'_>)> {
    phrase(input)
        .ok()
        .map(|(rest, p)| (input.len() - rest.len(), p))
}

fn single(input: &str) -> Option<(Option<Hedge>, f64, Suffix, Option<&'static str>)> {
    match parse(input)?.1 {
        Phrase {
            hedge,
            body: Body::Single(f),
        } => Some((hedge, f.value(), f.suffix, f.currency.map(|u| u.name))),
        _ => None,
    }
}

#[test]
fn hedges_are_read_before_the_figure() {
    let cases: &[(&str, Hedge)] = &[
        ("about 15", Hedge::About),
        ("an estimated 31,000", Hedge::About),
        ("nearly 2,000", Hedge::Nearly),
        ("more than 200", Hedge::MoreThan),
        ("at least 12", Hedge::AtLeast),
        ("fewer than 40", Hedge::LessThan),
        ("up to 600", Hedge::AtMost),
        ("no more than 5", Hedge::AtMost),
        ("~15", Hedge::About),
        // One case per first word, which the quick first-word test must let through.
        ("in excess of 50", Hedge::MoreThan),
        ("as many as 300", Hedge::AtMost),
        ("as few as 3", Hedge::AtLeast),
        ("close to 40", Hedge::About),
        ("just under 20", Hedge::Nearly),
        ("well over 100", Hedge::MoreThan),
        ("less than 4", Hedge::LessThan),
        ("no fewer than 4", Hedge::AtLeast),
        ("at most 3", Hedge::AtMost),
        ("north of $2bn", Hedge::MoreThan),
        ("south of 40", Hedge::LessThan),
        ("shy of 300", Hedge::Nearly),
        ("just shy of 300", Hedge::Nearly),
        ("barely 20", Hedge::Nearly),
        ("sub-£1,000", Hedge::LessThan),
        ("sub-10 nanometre", Hedge::LessThan),
        ("upwards of 50", Hedge::MoreThan),
        ("in excess of 50", Hedge::MoreThan),
        ("Around 30", Hedge::About),
        ("roughly 30", Hedge::About),
        ("some 40", Hedge::About),
        ("approximately 40", Hedge::About),
        ("estimated 40", Hedge::About),
        ("circa 40", Hedge::About),
        ("approx. 40", Hedge::About),
        ("c. 40", Hedge::About),
        ("ca. 40", Hedge::About),
        ("almost 30", Hedge::Nearly),
        ("over 30", Hedge::MoreThan),
        ("just over 30", Hedge::JustOver),
        ("a little over a fifth", Hedge::JustOver),
        ("slightly more than 30", Hedge::JustOver),
        ("above 30", Hedge::MoreThan),
        ("exceeding 30", Hedge::MoreThan),
        ("under 30", Hedge::LessThan),
        ("below 30", Hedge::LessThan),
    ];
    for (input, want) in cases {
        assert_eq!(single(input).map(|s| s.0), Some(Some(*want)), "{input}");
    }
}

#[test]
fn percentages_points_money_and_units() {
    assert_eq!(
        single("12.5%").map(|s| (s.1, s.2)),
        Some((12.5, Suffix::Percent))
    );
    assert_eq!(single("12.5 per cent").map(|s| s.2), Some(Suffix::Percent));
    assert_eq!(
        single("7 percentage points").map(|s| s.2),
        Some(Suffix::PercentagePoints)
    );
    assert_eq!(single("£30").map(|s| s.3), Some(Some("GBP")));
    assert_eq!(
        single("US$4m").map(|s| (s.1, s.3)),
        Some((4e6, Some("USD")))
    );
    assert_eq!(single("EUR 12").map(|s| s.3), Some(Some("EUR")));
    assert_eq!(single("30 dollars").map(|s| s.3), Some(Some("USD")));
    assert_eq!(
        single("25 mln dlrs").map(|s| (s.1, s.3)),
        Some((2.5e7, Some("USD")))
    );
    assert_eq!(single("50p").map(|s| (s.1, s.3)), Some((50.0, Some("GBP"))));
    assert_eq!(
        single("212 metres").map(|s| s.2),
        Some(Suffix::Unit(&units::METRE))
    );
    assert_eq!(
        single("-8C").map(|s| (s.1, s.2)),
        Some((-8.0, Suffix::Unit(&units::CELSIUS)))
    );
    assert_eq!(
        single("minus 27 degrees Celsius").map(|s| (s.1, s.2)),
        Some((-27.0, Suffix::Unit(&units::CELSIUS)))
    );
    assert_eq!(
        single("31 hectares").map(|s| s.2),
        Some(Suffix::Unit(&units::HECTARE))
    );
    assert_eq!(
        single("70km/h").map(|s| s.2),
        Some(Suffix::Unit(&units::KMH))
    );
    assert_eq!(
        single("17,000 miles per hour").map(|s| s.2),
        Some(Suffix::Unit(&units::MPH))
    );
    assert_eq!(
        single("2,150 square kilometres").map(|s| s.2),
        Some(Suffix::Unit(&units::SQUARE_KILOMETRE))
    );
    assert_eq!(
        single("3,600 cubic feet").map(|s| s.2),
        Some(Suffix::Unit(&units::CUBIC_FOOT))
    );
    assert_eq!(
        single("40 square yards").map(|s| s.2),
        Some(Suffix::Unit(&units::SQUARE_YARD))
    );
    assert_eq!(single("62-year-old").map(|s| s.2), Some(Suffix::Age));
    assert_eq!(single("1930s").map(|s| s.2), Some(Suffix::Decade));
    assert_eq!(single("22nd").map(|s| s.2), Some(Suffix::Ordinal));
    assert_eq!(single("10:30").map(|s| s.2), Some(Suffix::Clock));
}

#[test]
fn glued_m_is_millions_for_money_and_people_else_metres() {
    assert_eq!(single("£58m").map(|s| s.1), Some(58e6));
    assert_eq!(single("5m people").map(|s| s.1), Some(5e6));
    assert_eq!(
        single("212m tall").map(|s| (s.1, s.2)),
        Some((212.0, Suffix::Unit(&units::METRE)))
    );
}

#[test]
fn ranges_ratios_scores_years_and_phones() {
    fn body(s: &str) -> Option<Body<'_>> {
        parse(s).map(|p| p.1.body)
    }
    assert!(
        matches!(body("10-15"), Some(Body::Range(a, b)) if a.value() == 10.0 && b.value() == 15.0)
    );
    assert!(matches!(body("10 to 15"), Some(Body::Range(..))));
    // Headlines in capitals: "TO" joins a range as "to" does.
    assert!(matches!(body("60 TO 90 DAYS"), Some(Body::Range(..))));
    assert!(matches!(body("between 10 and 15"), Some(Body::Range(..))));
    assert!(matches!(body("10,000-12,000"), Some(Body::Range(..))));
    assert!(matches!(body("10-15%"), Some(Body::Range(a, _)) if a.suffix == Suffix::Percent));
    assert!(
        matches!(body("one in five"), Some(Body::Ratio(n, d)) if n.value == 1.0 && d.value == 5.0)
    );
    assert!(matches!(body("nine out of ten"), Some(Body::Ratio(..))));
    // The thing counted between, then "every".
    assert!(
        matches!(body("one tonne in every four"), Some(Body::Ratio(n, d)) if n.value == 1.0 && d.value == 4.0)
    );
    assert!(
        matches!(body("one driver in four caught"), Some(Body::Ratio(n, d)) if n.value == 1.0 && d.value == 4.0)
    );
    assert!(!matches!(
        body("one goal in four games"),
        Some(Body::Ratio(..))
    ));
    assert!(!matches!(
        body("one goal in two games"),
        Some(Body::Ratio(..))
    ));
    assert!(matches!(body("3-1"), Some(Body::Score(3.0, 1.0))));
    assert!(matches!(body("40-1"), Some(Body::Score(40.0, 1.0))));
    // A rate quoted in eighths is one figure, not a score.
    assert!(
        matches!(body("10-7/8 pct"), Some(Body::Single(f)) if f.value() == 10.875),
        "{:?}",
        body("10-7/8 pct")
    );
    assert!(matches!(body("2013-14"), Some(Body::Years(2013.0, 2014.0))));
    assert!(matches!(body("01632 960123"), Some(Body::Phone)));
    assert!(matches!(body("+44 20 7946 0000"), Some(Body::Phone)));
    // A time elapsed has seconds; a clock has none, and no 61st minute.
    assert!(matches!(body("2:14:42"), Some(Body::Elapsed(8082.0))));
    assert!(!matches!(body("10:30"), Some(Body::Elapsed(_))));
    assert!(!matches!(body("2:61:42"), Some(Body::Elapsed(_))));
    // "from 41% to 48%" is a change, handled by the scanner's caller; a
    // falling pair is never a range.
    assert!(!matches!(body("48 to 36"), Some(Body::Range(..))));
}

/// The quick test before the suffixes lets through every word that one of
/// them reads: checked on every word literal of the unit and phrase tables,
/// with the words that may follow it.
#[test]
fn the_suffix_guard_lets_every_suffix_word_through() {
    let sources = [include_str!("../units.rs"), include_str!("../phrase.rs")];
    let literals = sources.iter().flat_map(|s| {
        s.split('"')
            .skip(1)
            .step_by(2)
            .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()))
    });
    let mut checked = 0;
    for w in literals {
        for tail in [
            "", " old", " cent", " points", " km", " C", " celsius", " dollars", " crowns",
        ] {
            let input = format!(" {w}{tail}");
            let parsed = currency_after(&input).is_ok()
                || age(&input).is_ok()
                || percent(&input).is_ok()
                || points(&input).is_ok()
                || unit(&input).is_ok()
                || clock(&input).is_ok();
            if parsed {
                checked += 1;
                assert!(word_suffix_possible(&input), "{input:?} is stopped");
            }
        }
    }
    assert!(checked > 100, "only {checked} suffix words seen");
}
