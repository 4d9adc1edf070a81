//! The whole check, as plain text and as Markdown, with every output
//! format: no panic, findings inside the text, no NaN or infinity shown.
#![no_main]

use libfuzzer_sys::fuzz_target;
use numcheck::config::Settings;
use numcheck::cli::render::{self, Format};
use numcheck::segment::Syntax;
use numcheck::{Document, FileReport};

fuzz_target!(|text: &str| {
    let settings = Settings::default();
    for syntax in [Syntax::Plain, Syntax::Markdown] {
        let doc = Document::new(text, syntax, &settings.tolerances);
        let report = FileReport::checked("fuzz.md", doc, &settings);
        for f in &report.findings {
            assert!(f.primary.end <= text.len());
            for words in [&f.message, &f.explanation] {
                assert!(!words.contains("NaN") && !words.contains('∞'), "{words}");
            }
        }
        for format in [Format::Human { color: false, summary: true }, Format::Json, Format::Sarif] {
            let mut out = Vec::new();
            render::to_writer(format, std::slice::from_ref(&report), &mut out).expect("in memory");
        }
    }
});
