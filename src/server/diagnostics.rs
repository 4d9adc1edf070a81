//! Findings as LSP diagnostics.

use crate::finding::{Finding, Severity};
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Uri,
};

use super::document::{Doc, Encoding};

/// Where a rule's documentation is read: the README's table of rules (each
/// rule's full text is `numcheck explain ID`). One address for every rule,
/// so that it stays valid whatever the README's headings become.
pub const DOCS: &str = "https://github.com/OWNER/numcheck/blob/main/README.md#rules";

pub fn diagnostic(uri: &Uri, doc: &Doc, f: &Finding, enc: Encoding) -> Diagnostic {
    let related = f
        .related
        .iter()
        .map(|l| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), doc.range(l.span, enc)),
            message: l.text.clone(),
        })
        .collect();
    Diagnostic {
        range: doc.range(f.primary, enc),
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.rule.to_string())),
        code_description: docs(),
        source: Some("numcheck".to_string()),
        message: format!("{} ({})", f.message, f.explanation),
        related_information: Some(related),
        tags: None,
        data: None,
    }
}

fn docs() -> Option<CodeDescription> {
    let href = DOCS.parse().ok()?;
    Some(CodeDescription { href })
}

fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}
