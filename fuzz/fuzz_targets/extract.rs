//! Extraction on arbitrary text: no panic, spans inside the text on
//! character boundaries, values and interval ends never NaN.
#![no_main]

use libfuzzer_sys::fuzz_target;
use numcheck::interval::Tolerances;
use numcheck::quantity;

fuzz_target!(|text: &str| {
    for q in quantity::extract(text, &Tolerances::default()) {
        assert!(q.span.start < q.span.end && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.value.is_none_or(f64::is_finite));
        assert!(!q.interval.low.is_nan() && !q.interval.high.is_nan());
    }
});
