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
