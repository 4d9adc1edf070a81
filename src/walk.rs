//! Which files to read: paths as given, folders walked with `ignore`
//! (respecting `.gitignore`, skipping hidden files), standard input as `-`.

use std::path::{Path, PathBuf};

/// Extensions read when walking a folder.
const PROSE_EXTENSIONS: &[&str] = &["md", "markdown", "mdx", "txt"];

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

/// A path that could not be walked.
#[derive(Debug)]
pub struct WalkError {
    pub path: PathBuf,
    pub message: String,
}

/// Expands the command-line paths into inputs, sorted within each folder so
/// the output order never depends on the file system.
pub fn inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<WalkError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if path.is_dir() {
            let mut found = Vec::new();
            for entry in ignore::WalkBuilder::new(path)
                .sort_by_file_path(Path::cmp)
                .build()
            {
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) && is_prose(e.path()) => {
                        found.push(Input::File(e.into_path()));
                    }
                    Ok(_) => {}
                    Err(err) => errors.push(WalkError {
                        path: path.clone(),
                        message: err.to_string(),
                    }),
                }
            }
            out.extend(found);
        } else {
            out.push(Input::File(path.clone()));
        }
    }
    (out, errors)
}

fn is_prose(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PROSE_EXTENSIONS.iter().any(|p| e.eq_ignore_ascii_case(p)))
}
