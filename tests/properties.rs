//! Properties over arbitrary text: extraction and checking never panic,
//! and every span lies inside the input on character boundaries.

use numcheck::Document;
use numcheck::interval::Tolerances;
use numcheck::segment::Syntax;
use proptest::prelude::*;

fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("about ".to_string()),
        Just("15 of the 120 migrants".to_string()),
        Just("£58m: £27m".to_string()),
        Just(" rose from 41% to 48%, up 7 points".to_string()),
        Just("212 metres (696 feet)".to_string()),
        Just(", or about one in six. ".to_string()),
        Just("two-thirds".to_string()),
        Just("\n\n".to_string()),
        "[0-9.,%£$€ -]{0,8}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn spans_are_in_bounds_on_char_boundaries(text in newsy()) {
        let doc = Document::new(&text, Syntax::Plain, &Tolerances::default());
        for q in &doc.quantities {
            prop_assert!(q.span.start < q.span.end && q.span.end <= text.len());
            prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            if let Some(v) = q.value {
                prop_assert!(v.is_finite());
            }
        }
        let (_, findings) = doc.check(&numcheck::config::Settings::default());
        for f in findings {
            prop_assert!(f.primary.end <= text.len());
            prop_assert!(!f.explanation.contains("NaN"));
        }
    }
}

/// Plain prose without Markdown syntax: no `*`, `_`, `#`, `` ` ``, `[`, `<`,
/// `|`, `>`, `~`, `\`, so that Markdown reads it as one paragraph of text.
fn plain_prose() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("about 15 of the 120 migrants".to_string()),
        Just("£58m for roads".to_string()),
        Just(" rose from 41% to 48%, up 7 points".to_string()),
        Just("212 metres (696 feet)".to_string()),
        Just(", or about one in six. ".to_string()),
        Just("two-thirds of them".to_string()),
        "[a-z ]{0,12}",
        "[0-9.,%£$ ]{0,8}",
    ];
    // Opening with a word keeps "0." or "- " from starting a list.
    prop::collection::vec(piece, 0..16).prop_map(|v| format!("Report {}", v.concat().trim()))
}

proptest! {
    #[test]
    fn markdown_paragraph_and_plain_text_agree(text in plain_prose()) {
        let tolerances = Tolerances::default();
        let plain = Document::new(&text, Syntax::Plain, &tolerances);
        let markdown = Document::new(&text, Syntax::Markdown, &tolerances);
        let spans = |d: &Document| d.quantities.iter().map(|q| (q.span, q.kind)).collect::<Vec<_>>();
        prop_assert_eq!(spans(&plain), spans(&markdown));
    }

    #[test]
    fn intervals_contain_the_stated_value(text in newsy()) {
        let doc = Document::new(&text, Syntax::Plain, &Tolerances::default());
        for q in &doc.quantities {
            if let Some(v) = q.value {
                // Upper and lower bounds contain the bound itself.
                prop_assert!(q.interval.low <= v && v <= q.interval.high || q.interval.contains(v),
                    "{v} outside {:?} for {:?}", q.interval, &text[q.span.start..q.span.end]);
                prop_assert!(q.loose.low <= q.interval.low && q.interval.high <= q.loose.high);
            }
        }
    }
}

/// A consistent article built from random figures: a total and parts that
/// add up, a correct percentage, a correct change and a correct conversion.
#[derive(Debug, Clone)]
struct Article {
    parts: [u32; 3],
    of: u32,
    whole: u32,
    from: u32,
    up: u32,
    metres: u32,
}

fn article() -> impl Strategy<Value = Article> {
    (
        [1u32..90, 1u32..90, 1u32..90],
        10u32..900,
        1u32..20,
        10u32..900,
        1u32..90,
        10u32..5000,
    )
        .prop_map(|(parts, of, times, from, up, metres)| Article {
            parts,
            of,
            whole: of * (times + 1),
            from,
            up,
            metres,
        })
}

impl Article {
    /// The text, with `seed` planting one error: 0 none, 1 a sum, 2 a share,
    /// 3 a change, 4 a conversion.
    fn text(&self, seed: u8) -> String {
        let [a, b, c] = self.parts;
        let total = a + b + c + if seed == 1 { 5 } else { 0 };
        let share =
            f64::from(self.of) / f64::from(self.whole) * 100.0 + if seed == 2 { 20.0 } else { 0.0 };
        let to = self.from + self.up;
        // A slip of the base's size: half as much again, and more for a
        // tiny change ("0.1%" is no clear slip for "30.1%" of 600%).
        let actual = f64::from(self.up) / f64::from(self.from) * 100.0;
        let change = if seed == 3 {
            actual * 1.5 + 5.0
        } else {
            actual
        };
        let feet = f64::from(self.metres) / 0.3048 * if seed == 4 { 1.5 } else { 1.0 };
        format!(
            "The council will spend £{total}m next year. The money is divided three ways: \
             £{a}m for schools, £{b}m for roads and the remaining £{c}m for parks.\n\n\
             Of the {whole} residents asked, {of} backed the plan, or {share:.1}%.\n\n\
             Fares rose from {from}p to {to}p, an increase of {change:.1}%.\n\n\
             The new wall is {metres} metres ({feet:.0} feet) long.\n",
            whole = self.whole,
            of = self.of,
            from = self.from,
            metres = self.metres,
        )
    }
}

fn rules_found(text: &str) -> Vec<&'static str> {
    let settings = numcheck::config::Settings::default();
    let doc = Document::new(text, Syntax::Plain, &settings.tolerances);
    let (_, findings) = doc.check(&settings);
    findings
        .iter()
        .filter(|f| f.severity >= numcheck::finding::Severity::Warning)
        .map(|f| f.rule)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_consistent_article_gives_no_finding(a in article()) {
        let text = a.text(0);
        prop_assert_eq!(rules_found(&text), Vec::<&str>::new(), "{}", text);
    }

    #[test]
    fn one_planted_error_gives_exactly_that_finding(a in article(), seed in 1u8..=4) {
        let want = match seed {
            1 => "sum-mismatch",
            2 => "proportion-mismatch",
            3 => "change-mismatch",
            _ => "conversion-mismatch",
        };
        let text = a.text(seed);
        prop_assert_eq!(rules_found(&text), vec![want], "{}", text);
    }
}
