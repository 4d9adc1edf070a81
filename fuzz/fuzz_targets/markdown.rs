//! Markdown segmentation: the prose view keeps every offset (same length,
//! newlines in place) and is valid UTF-8 by construction.
#![no_main]

use libfuzzer_sys::fuzz_target;
use numcheck::segment::{self, Syntax};

fuzz_target!(|text: &str| {
    let s = segment::segment(text, Syntax::Markdown);
    assert_eq!(s.prose.len(), text.len());
    for (a, b) in text.bytes().zip(s.prose.bytes()) {
        assert_eq!(a == b'\n', b == b'\n');
    }
    for c in &s.comments {
        assert!(c.end <= text.len() && text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
    }
});
