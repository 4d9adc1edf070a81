//! Which configuration governs a document: the command line's discovery
//! (`crate::cli::discover`, the nearest `numcheck.toml` walking up from the file),
//! started afresh whenever a configuration file changes.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::Settings;
use lsp_types::Uri;

use crate::cli::discover::Discovery;

/// The file names whose change re-checks the open documents.
pub const CONFIG_NAMES: &[&str] = &["numcheck.toml", ".numcheck.toml", "pyproject.toml"];

/// What a document is checked with.
#[derive(Debug, Clone)]
pub struct Scope {
    pub settings: Arc<Settings>,
    /// The configuration's `[files] exclude` covers the file: no findings.
    pub excluded: bool,
}

impl Default for Scope {
    fn default() -> Self {
        Scope {
            settings: Arc::new(Settings::default()),
            excluded: false,
        }
    }
}

pub struct Configs {
    discovery: Option<Discovery>,
    /// The workspace folders: an untitled buffer takes the first one's configuration.
    pub roots: Vec<PathBuf>,
}

impl Configs {
    pub fn new(roots: Vec<PathBuf>) -> Configs {
        let mut c = Configs {
            discovery: None,
            roots,
        };
        c.reload();
        c
    }

    /// Forgets every configuration read so far.
    pub fn reload(&mut self) {
        self.discovery = match Discovery::new(None, false) {
            Ok(d) => Some(d),
            Err(e) => {
                eprintln!("numcheck server: configuration discovery is off: {e}");
                None
            }
        };
    }

    /// The scope of a document, and why its configuration could not be used
    /// (the defaults are used instead).
    pub fn scope(&mut self, uri: &Uri) -> (Scope, Option<String>) {
        let Some(discovery) = &mut self.discovery else {
            return (Scope::default(), None);
        };
        let (path, is_dir) = match file_path(uri) {
            Some(p) => (p, false),
            None => match self.roots.first() {
                Some(root) => (root.clone(), true),
                None => return (Scope::default(), None),
            },
        };
        match discovery.for_path(&path, is_dir) {
            Ok(resolved) => (
                Scope {
                    settings: Arc::new(resolved.settings.clone()),
                    excluded: !is_dir && resolved.excludes(&path),
                },
                None,
            ),
            Err(e) => (Scope::default(), Some(e)),
        }
    }
}

/// Whether a URI names a configuration file.
pub fn is_config(uri: &Uri) -> bool {
    file_path(uri)
        .as_deref()
        .and_then(Path::file_name)
        .is_some_and(|n| CONFIG_NAMES.iter().any(|c| n == *c))
}

/// The path of a `file:` URI, percent-decoded; `None` for other schemes
/// (`untitled:`) and for paths that are not UTF-8.
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // The authority (empty or `localhost`) ends at the path's first slash.
    let path = rest.get(rest.find('/')?..)?;
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let decoded = String::from_utf8(percent_decode(path)).ok()?;
    // `/C:/x` on Windows is `C:/x`.
    let windows_drive = cfg!(windows)
        && decoded.as_bytes().get(2) == Some(&b':')
        && decoded
            .as_bytes()
            .get(1)
            .is_some_and(u8::is_ascii_alphabetic);
    Some(PathBuf::from(if windows_drive {
        decoded.get(1..).unwrap_or(&decoded)
    } else {
        &decoded
    }))
}

fn percent_decode(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b, hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(s: &str) -> Uri {
        s.parse().unwrap()
    }

    #[test]
    fn file_uris_decode_to_paths() {
        assert_eq!(
            file_path(&uri("file:///home/a/My%20Draft.md")),
            Some(PathBuf::from("/home/a/My Draft.md"))
        );
        assert_eq!(
            file_path(&uri("file://localhost/tmp/caf%C3%A9.md")),
            Some(PathBuf::from("/tmp/café.md"))
        );
        assert_eq!(file_path(&uri("untitled:Untitled-1")), None);
        assert_eq!(file_path(&uri("file:///tmp/%FF.md")), None);
    }

    #[test]
    fn configuration_files_are_recognised() {
        assert!(is_config(&uri("file:///w/numcheck.toml")));
        assert!(is_config(&uri("file:///w/sub/pyproject.toml")));
        assert!(!is_config(&uri("file:///w/numcheck.toml.md")));
    }
}
