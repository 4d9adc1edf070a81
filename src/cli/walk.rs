//! Which files to read: paths as given, folders walked with `ignore`
//! (respecting `.gitignore`, skipping hidden files), standard input as `-`,
//! each paired with the configuration that governs it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::segment::Syntax;

use crate::cli::discover::{Discovery, Resolved, absolute};
use crate::cli::globs::Globs;

/// Extensions read when walking a folder.
const PROSE_EXTENSIONS: &[&str] = &["md", "markdown", "mdx", "txt"];

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

/// An input with the name it is shown under, how it is read and its settings.
#[derive(Debug, Clone)]
pub struct Job {
    pub input: Input,
    pub path: String,
    pub syntax: Syntax,
    pub config: Arc<Resolved>,
    /// The file's length when walked (0 for standard input), so that reads
    /// can be batched by size without asking the file system again.
    pub bytes: u64,
}

/// A path that could not be walked or configured.
#[derive(Debug)]
pub struct WalkError {
    pub path: String,
    pub message: String,
}

/// File selection from the command line.
pub struct Selection {
    pub include: Globs,
    pub exclude: Globs,
    pub force_exclude: bool,
    pub no_ignore: bool,
    pub stdin_filename: Option<PathBuf>,
}

impl Selection {
    /// Whether a command-line glob (relative to `cwd`) matches an absolute path.
    fn matches(globs: &Globs, abs: &Path, cwd: &Path) -> bool {
        abs.strip_prefix(cwd).is_ok_and(|r| globs.matches(r))
    }
}

/// Expands the command-line paths into jobs, sorted within each folder so
/// the output order never depends on the file system.
/// Each job is handed to `emit` as soon as it is found; `emit` returns
/// false to stop the walk (its reader has gone).
pub fn jobs(
    paths: &[PathBuf],
    selection: &Selection,
    discovery: &mut Discovery,
    emit: &mut dyn FnMut(Job) -> bool,
) -> Vec<WalkError> {
    let mut errors = Vec::new();
    // A broken config is reported once, not once per file under it.
    let mut reported = BTreeSet::new();
    let cwd = discovery.cwd.clone();
    let mut configure = |abs: &Path,
                         shown: String,
                         input: Input,
                         syntax: Syntax,
                         bytes: u64,
                         errors: &mut Vec<WalkError>| {
        match discovery.for_path(abs, false) {
            Ok(config) => Some(Job {
                bytes,
                input,
                path: shown,
                syntax,
                config,
            }),
            Err(message) => {
                if reported.insert(message.clone()) {
                    errors.push(WalkError {
                        path: String::new(),
                        message,
                    });
                }
                None
            }
        }
    };
    // The last walked folder and its absolute form: a folder's files come
    // together, so each folder is made absolute once, not once per file.
    let mut folder: Option<(PathBuf, PathBuf)> = None;
    for path in paths {
        if path.as_os_str() == "-" {
            let named = selection.stdin_filename.clone();
            let shown = named
                .as_ref()
                .map_or("<stdin>".to_string(), |p| p.display().to_string());
            let syntax = named
                .as_ref()
                .map_or(Syntax::Plain, |p| Syntax::of_path(&p.display().to_string()));
            // Unnamed input is configured as a file in the working folder.
            let at = absolute(&named.unwrap_or_else(|| PathBuf::from("-")), &cwd);
            if let Some(job) = configure(&at, shown, Input::Stdin, syntax, 0, &mut errors)
                && !emit(job)
            {
                break;
            }
            continue;
        }
        // One look at a named path tells a folder from a file and its size.
        let meta = std::fs::metadata(path).ok();
        if meta.as_ref().is_some_and(std::fs::Metadata::is_dir) {
            for file in walk(path, selection, &cwd) {
                let file = match file {
                    Ok(file) => file,
                    Err(e) => {
                        errors.push(e);
                        continue;
                    }
                };
                let abs = absolute_in(&file, &mut folder, &cwd);
                // ripgrep's habit: files under `.` are shown without `./`.
                let under_dot = (path.as_os_str() == ".")
                    .then(|| file.strip_prefix(".").ok())
                    .flatten();
                // As `display()` shows it, without the formatting machinery.
                let shown = under_dot.unwrap_or(&file).to_string_lossy().into_owned();
                let syntax = Syntax::of_path(&shown);
                let (prose, bytes) = (is_prose(&file), size_of(&file));
                if let Some(job) =
                    configure(&abs, shown, Input::File(file), syntax, bytes, &mut errors)
                    && !job.config.excludes(&abs)
                    && (prose
                        || job.config.includes(&abs)
                        || Selection::matches(&selection.include, &abs, &cwd))
                    && !emit(job)
                {
                    return errors;
                }
            }
        } else {
            let abs = absolute(path, &cwd);
            let excluded =
                selection.force_exclude && Selection::matches(&selection.exclude, &abs, &cwd);
            let shown = path.display().to_string();
            let syntax = Syntax::of_path(&shown);
            let size = meta.map_or(0, |m| m.len());
            if let Some(job) = configure(
                &abs,
                shown,
                Input::File(path.clone()),
                syntax,
                size,
                &mut errors,
            ) && !(excluded || selection.force_exclude && job.config.excludes(&abs))
                && !emit(job)
            {
                break;
            }
        }
    }
    errors
}

/// A walked file made absolute as [`absolute`] makes it, through its
/// folder's absolute form, kept in `folder` for the files that follow.
fn absolute_in(file: &Path, folder: &mut Option<(PathBuf, PathBuf)>, cwd: &Path) -> PathBuf {
    let (Some(dir), Some(name)) = (file.parent(), file.file_name()) else {
        return absolute(file, cwd);
    };
    let abs_dir = match folder {
        Some((d, abs_dir)) if d == dir => abs_dir,
        _ => &folder.insert((dir.to_path_buf(), absolute(dir, cwd))).1,
    };
    abs_dir.join(name)
}

/// The files under a folder, sorted, without excluded folders, as the
/// walk finds them.
fn walk(
    root: &Path,
    selection: &Selection,
    cwd: &Path,
) -> impl Iterator<Item = Result<PathBuf, WalkError>> + use<> {
    let exclude = selection.exclude.clone();
    let cwd = cwd.to_path_buf();
    let shown_root = root.display().to_string();
    let mut builder = ignore::WalkBuilder::new(root);
    builder
        .standard_filters(!selection.no_ignore)
        // Only siblings are compared, and they share their folder's path:
        // their bytes order them as `Path::cmp` would, without taking each
        // path apart into components at every comparison.
        .sort_by_file_path(|a, b| a.as_os_str().cmp(b.as_os_str()));
    // Most runs exclude nothing: no path is made absolute to find that out.
    if !exclude.is_empty() {
        builder
            .filter_entry(move |e| !Selection::matches(&exclude, &absolute(e.path(), &cwd), &cwd));
    }
    builder.build().filter_map(move |entry| match entry {
        Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => Some(Ok(e.into_path())),
        Ok(_) => None,
        Err(err) => Some(Err(WalkError {
            path: shown_root.clone(),
            message: err.to_string(),
        })),
    })
}

/// A walked file's length; 0 when it cannot be read (the read will say why).
fn size_of(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

fn is_prose(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PROSE_EXTENSIONS.iter().any(|p| e.eq_ignore_ascii_case(p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_made_absolute_through_its_folder_is_made_absolute_as_alone() {
        let cwd = Path::new("/work/here");
        let mut folder = None;
        for file in [
            "./a.md",
            "a.md",
            "x/./y/b.md",
            "x/./y/c.md",
            "../up/d.md",
            "/abs//e.md",
        ] {
            let file = Path::new(file);
            assert_eq!(absolute_in(file, &mut folder, cwd), absolute(file, cwd));
        }
    }
}
