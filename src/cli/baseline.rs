//! Baselines: the findings a repository already has, recorded so that
//! adopting numcheck on an archive fails only on new inconsistencies.
//!
//! A finding is recorded by a fingerprint of its rule, its file and the
//! normalised text of the figures it rests on, never by line: editing the
//! text above a finding, or moving it, leaves the fingerprint unchanged.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::Document;
use crate::finding::Finding;

/// The file format of `--write-baseline` / `--baseline`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub rule: String,
    pub fingerprint: String,
    /// For the reader of the file; not matched.
    #[serde(default)]
    pub message: String,
}

impl Entry {
    pub fn of(path: &str, doc: &Document, f: &Finding) -> Entry {
        Entry {
            path: normalise_path(path),
            rule: f.rule.to_string(),
            fingerprint: fingerprint(path, doc, f),
            message: f.message.clone(),
        }
    }

    fn key(&self) -> (String, String, String) {
        (
            self.path.clone(),
            self.rule.clone(),
            self.fingerprint.clone(),
        )
    }
}

/// The stable identity of a finding: rule, path, and the figures'
/// whitespace-normalised text, hashed with 64-bit FNV-1a (fixed, so that
/// fingerprints never change between builds or platforms).
pub fn fingerprint(path: &str, doc: &Document, f: &Finding) -> String {
    let mut key = format!("{}\u{0}{}\u{0}", f.rule, normalise_path(path));
    key.push_str(&normalise(doc.slice(f.primary)));
    for r in &f.related {
        key.push('\u{0}');
        key.push_str(&normalise(&r.text));
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Forward slashes and no leading `./`, so a baseline written on one
/// machine matches on another.
pub fn normalise_path(path: &str) -> String {
    let p = path.replace('\\', "/");
    p.strip_prefix("./").unwrap_or(&p).to_string()
}

/// A baseline being matched: each entry hides one finding.
#[derive(Debug, Default)]
pub struct Matcher {
    remaining: HashMap<(String, String, String), usize>,
}

impl Matcher {
    pub fn new(baseline: &Baseline) -> Self {
        let mut remaining = HashMap::new();
        for e in &baseline.findings {
            *remaining.entry(e.key()).or_insert(0) += 1;
        }
        Matcher { remaining }
    }

    /// True (and the entry spent) when the finding is in the baseline.
    pub fn hides(&mut self, entry: &Entry) -> bool {
        match self.remaining.get_mut(&entry.key()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        }
    }

    /// Entries of the checked files that matched nothing: fixed since the
    /// baseline was written, so the file can shrink.
    pub fn stale(&self, checked: &[String]) -> usize {
        self.remaining
            .iter()
            .filter(|((path, _, _), _)| checked.contains(path))
            .map(|(_, n)| n)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::segment::Syntax;

    const BUDGET: &str = "The county will spend $14m on libraries. The money is divided three ways: $6m for buildings, $3m for books and the remaining $1m for staff.\n";

    fn entries(text: &str) -> Vec<Entry> {
        let settings = Settings::default();
        let doc = Document::new(text, Syntax::Plain, &settings.tolerances);
        let (_, findings) = doc.check(&settings);
        findings
            .iter()
            .map(|f| Entry::of("./a.txt", &doc, f))
            .collect()
    }

    #[test]
    fn fingerprints_survive_edits_above_and_moves() {
        let text = BUDGET;
        let before = entries(text);
        assert_eq!(before.len(), 1, "{before:?}");
        assert_eq!(before[0].path, "a.txt");
        let after = entries(&format!("A new first paragraph.\n\n{text}"));
        assert_eq!(before, after);
    }

    #[test]
    fn a_matcher_hides_each_entry_once() {
        let e = entries(BUDGET);
        let mut m = Matcher::new(&Baseline {
            version: 1,
            findings: e.clone(),
        });
        assert!(m.hides(&e[0]));
        assert!(!m.hides(&e[0]));
        assert_eq!(m.stale(&["a.txt".to_string()]), 0);
    }
}
