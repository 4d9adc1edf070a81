//! Configuration: the `numcheck.toml` format and the settings it resolves
//! to. Finding and reading the file is the binary's job; this module only
//! parses text, so every key is checked in one place.
//!
//! ```toml
//! [rules]
//! select = ["part-exceeds-whole", "sum-mismatch"]   # default: every rule
//! ignore = ["restatement-conflict"]
//! severity = { change-mismatch = "warning" }
//!
//! [tolerance]
//! approximate = 0.10      # "about 120" is 108-132
//!
//! [files]
//! exclude = ["archive/**"]
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::finding::Severity;
use crate::interval::Tolerances;
use crate::rules;

/// The file format. Unknown keys are errors, so a typo never silently
/// turns a rule back on.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    #[serde(default)]
    pub rules: RulesConfig,
    #[serde(default)]
    pub tolerance: Tolerances,
    #[serde(default)]
    pub files: FilesConfig,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RulesConfig {
    /// The rules to run; absent means all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select: Option<Vec<String>>,
    #[serde(default)]
    pub ignore: Vec<String>,
    /// The severity a rule's errors are reported at.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FilesConfig {
    /// Globs of files to read when walking a folder, in addition to the
    /// default `*.md`, `*.markdown`, `*.mdx`, `*.txt`.
    #[serde(default)]
    pub include: Vec<String>,
    /// Globs of files and folders to skip, relative to the config's folder.
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// The `pyproject.toml` shape: only `[tool.numcheck]` is ours.
#[derive(Debug, Default, Deserialize)]
struct PyProject {
    #[serde(default)]
    tool: PyTools,
}

#[derive(Debug, Default, Deserialize)]
struct PyTools {
    numcheck: Option<toml::Value>,
}

impl Config {
    /// Parses a `numcheck.toml`; the error names the key and its place.
    pub fn from_toml(text: &str) -> Result<Config, String> {
        let config: Config = toml::from_str(text).map_err(|e| tidy(&e))?;
        config.validate()?;
        Ok(config)
    }

    /// `[tool.numcheck]` of a `pyproject.toml`, or `None` when absent.
    pub fn from_pyproject(text: &str) -> Result<Option<Config>, String> {
        let py: PyProject = toml::from_str(text).map_err(|e| tidy(&e))?;
        let Some(value) = py.tool.numcheck else {
            return Ok(None);
        };
        let config: Config = value
            .try_into()
            .map_err(|e: toml::de::Error| format!("[tool.numcheck]: {}", tidy(&e)))?;
        config.validate()?;
        Ok(Some(config))
    }

    fn validate(&self) -> Result<(), String> {
        let selected = self.rules.select.iter().flatten();
        let named = selected
            .chain(&self.rules.ignore)
            .chain(self.rules.severity.keys());
        for id in named {
            if rules::by_id(id).is_none() {
                return Err(format!(
                    "unknown rule `{id}` in [rules]; `numcheck rules` lists them"
                ));
            }
        }
        self.tolerance.validate()
    }

    /// The settings this configuration asks for.
    pub fn settings(&self) -> Settings {
        let enabled = rules::ALL
            .iter()
            .map(|r| r.id)
            .filter(|id| {
                self.rules
                    .select
                    .as_ref()
                    .is_none_or(|s| s.iter().any(|x| x == id))
            })
            // Meta rules (about suppressions) run unless ignored by name.
            .chain(rules::META.iter().map(|r| r.id))
            .filter(|id| !self.rules.ignore.iter().any(|x| x == id))
            .collect();
        Settings {
            enabled,
            severity: self.rules.severity.clone(),
            tolerances: self.tolerance,
        }
    }

    /// The configuration as TOML, for `numcheck config`.
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_default()
    }
}

/// One line from toml's multi-line error report.
fn tidy(e: &toml::de::Error) -> String {
    let message = e.message().trim().to_string();
    match e.span() {
        Some(span) => format!("{message} (at byte {})", span.start),
        None => message,
    }
}

/// What the check of one file runs with.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The ids of the rules that run.
    pub enabled: Vec<&'static str>,
    /// Per-rule severity of errors.
    pub severity: BTreeMap<String, Severity>,
    pub tolerances: Tolerances,
}

impl Default for Settings {
    fn default() -> Self {
        Config::default().settings()
    }
}

impl Settings {
    pub fn is_enabled(&self, rule: &str) -> bool {
        self.enabled.contains(&rule)
    }

    /// The severity a finding of `rule` is shown at: a rule's errors and
    /// warnings may be lowered or raised by configuration; near misses stay `info`.
    pub fn severity_of(&self, rule: &str, found: Severity) -> Severity {
        match (found, self.severity.get(rule)) {
            (Severity::Error | Severity::Warning, Some(&s)) => s,
            _ => found,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_config_parses() {
        let c = Config::from_toml(
            "[rules]\nignore = [\"restatement-conflict\"]\nseverity = { change-mismatch = \"warning\" }\n\
             [tolerance]\napproximate = 0.2\n[files]\nexclude = [\"archive/**\"]\n",
        )
        .expect("valid");
        let s = c.settings();
        assert!(!s.is_enabled("restatement-conflict"));
        assert!(s.is_enabled("sum-mismatch"));
        assert_eq!(
            s.severity_of("change-mismatch", Severity::Error),
            Severity::Warning
        );
        assert_eq!(
            s.severity_of("change-mismatch", Severity::Info),
            Severity::Info
        );
        assert!((s.tolerances.approximate - 0.2).abs() < 1e-12);
        assert!((s.tolerances.nearly - 0.10).abs() < 1e-12, "defaults kept");
    }

    #[test]
    fn unknown_keys_and_rules_are_named() {
        let e = Config::from_toml("[rules]\nselct = []\n").expect_err("unknown key");
        assert!(e.contains("selct"), "{e}");
        let e = Config::from_toml("[rules]\nignore = [\"sum-mismatc\"]\n").expect_err("rule");
        assert!(e.contains("sum-mismatc"), "{e}");
        let e = Config::from_toml("[tolerance]\napproximate = -1\n").expect_err("range");
        assert!(e.contains("approximate"), "{e}");
    }

    #[test]
    fn pyproject_section_is_optional() {
        assert_eq!(Config::from_pyproject("[tool.black]\nx = 1\n"), Ok(None));
        let c = Config::from_pyproject("[tool.numcheck.rules]\nselect = [\"sum-mismatch\"]\n")
            .expect("valid")
            .expect("present");
        assert_eq!(c.settings().enabled, ["sum-mismatch", "unused-suppression"]);
    }

    #[test]
    fn printed_config_reads_back() {
        let c = Config::from_toml("[rules]\nignore = [\"sum-mismatch\"]\n").expect("valid");
        assert_eq!(Config::from_toml(&c.to_toml()), Ok(c));
    }
}
