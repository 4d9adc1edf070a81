//! numcheck in the browser: the checking library behind three functions
//! that take and give strings (JSON), called from the page's Web Worker.

mod report;
mod utf16;

use numcheck::segment::Syntax;
use wasm_bindgen::prelude::wasm_bindgen;

fn syntax(markdown: bool) -> Syntax {
    if markdown {
        Syntax::Markdown
    } else {
        Syntax::Plain
    }
}

/// The findings of a draft, as JSON: `{findings, quantities, claims}`.
#[wasm_bindgen]
pub fn check(text: &str, markdown: bool) -> String {
    report::check(text, syntax(markdown))
}

/// Every figure read in a draft, as JSON: `{quantities}`.
#[wasm_bindgen]
pub fn extract(text: &str, markdown: bool) -> String {
    report::extract(text, syntax(markdown))
}

/// A rule's documentation, as `numcheck explain` prints it.
#[wasm_bindgen]
pub fn explain(rule: &str) -> Option<String> {
    report::explain(rule)
}
