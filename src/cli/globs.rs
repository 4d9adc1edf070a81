//! Include and exclude patterns with gitignore's reading: a pattern without
//! a slash matches a file or folder name at any depth (`drafts`, `*.txt`);
//! one with a slash matches from the folder it is relative to
//! (`archive/2019/**`); a folder matched excludes everything under it.

use std::path::Path;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

#[derive(Debug, Clone)]
pub struct Globs {
    set: GlobSet,
    empty: bool,
}

impl Default for Globs {
    fn default() -> Self {
        Globs {
            set: GlobSet::empty(),
            empty: true,
        }
    }
}

impl Globs {
    /// Compiles the patterns; the error names the bad pattern.
    pub fn new(patterns: &[String]) -> Result<Globs, String> {
        let mut builder = GlobSetBuilder::new();
        for pattern in patterns {
            let p = pattern.trim_start_matches("./").trim_start_matches('/');
            let p = p.trim_end_matches('/');
            let anchored = p.contains('/');
            let forms = if anchored {
                vec![p.to_string(), format!("{p}/**")]
            } else {
                vec![format!("**/{p}"), format!("**/{p}/**")]
            };
            for form in forms {
                let glob = GlobBuilder::new(&form)
                    .literal_separator(true)
                    .build()
                    .map_err(|e| format!("bad glob `{pattern}`: {}", e.kind()))?;
                builder.add(glob);
            }
        }
        let set = builder.build().map_err(|e| e.to_string())?;
        Ok(Globs {
            empty: patterns.is_empty(),
            set,
        })
    }

    /// Whether a path relative to the patterns' folder matches.
    pub fn is_empty(&self) -> bool {
        self.empty
    }

    pub fn matches(&self, relative: &Path) -> bool {
        !self.empty && self.set.is_match(relative)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn globs(p: &[&str]) -> Globs {
        Globs::new(&p.iter().map(|s| s.to_string()).collect::<Vec<_>>()).expect("valid")
    }

    #[test]
    fn names_match_anywhere_and_paths_from_the_root() {
        let g = globs(&["drafts", "archive/2019", "*.txt"]);
        assert!(g.matches(Path::new("drafts/a.md")));
        assert!(g.matches(Path::new("news/drafts/a.md")));
        assert!(g.matches(Path::new("archive/2019/x/a.md")));
        assert!(!g.matches(Path::new("news/archive/2019/a.md")));
        assert!(g.matches(Path::new("news/a.txt")));
        assert!(!g.matches(Path::new("news/a.md")));
        assert!(!Globs::default().matches(Path::new("a.md")));
    }

    #[test]
    fn a_bad_pattern_is_named() {
        let e = Globs::new(&["a[".to_string()]).expect_err("unclosed class");
        assert!(e.contains("a["), "{e}");
    }
}
