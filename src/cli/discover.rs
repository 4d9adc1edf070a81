//! Which configuration applies to each file: the nearest `numcheck.toml`,
//! `.numcheck.toml` or `pyproject.toml` with `[tool.numcheck]`, walking up
//! from the file's folder (ruff's and typos' rule: the closest wins, no
//! merging). `--config FILE` and `--isolated` replace discovery.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{Config, Settings};

use crate::cli::globs::Globs;

/// A configuration ready to use.
#[derive(Debug)]
pub struct Resolved {
    /// The file it was read from; `None` for the defaults.
    pub source: Option<PathBuf>,
    /// The folder its globs are relative to.
    pub dir: PathBuf,
    pub config: Config,
    pub settings: Settings,
    pub include: Globs,
    pub exclude: Globs,
}

impl Resolved {
    fn new(source: Option<PathBuf>, dir: PathBuf, config: Config) -> Result<Resolved, String> {
        let at = |e: String| match &source {
            Some(p) => format!("{}: {e}", p.display()),
            None => e,
        };
        Ok(Resolved {
            include: Globs::new(&config.files.include).map_err(at)?,
            exclude: Globs::new(&config.files.exclude).map_err(at)?,
            settings: config.settings(),
            source,
            dir,
            config,
        })
    }

    /// Whether the config's `[files] exclude` covers an absolute path.
    pub fn excludes(&self, abs: &Path) -> bool {
        // Most configurations have no globs: no path is taken apart for them.
        !self.exclude.is_empty()
            && abs
                .strip_prefix(&self.dir)
                .is_ok_and(|r| self.exclude.matches(r))
    }

    /// Whether the config's `[files] include` adds an absolute path.
    pub fn includes(&self, abs: &Path) -> bool {
        !self.include.is_empty()
            && abs
                .strip_prefix(&self.dir)
                .is_ok_and(|r| self.include.matches(r))
    }
}

/// `path` made absolute against `cwd`, without touching the file system
/// (`.` components dropped), so walking many files costs no extra system call.
pub fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    joined.components().collect()
}

/// The file names searched in each folder, nearest first.
const NAMES: &[&str] = &["numcheck.toml", ".numcheck.toml", "pyproject.toml"];

pub struct Discovery {
    /// The working folder, read once.
    pub cwd: PathBuf,
    fixed: Option<Arc<Resolved>>,
    /// Per folder: the configuration that governs it, or the error reading it.
    cache: HashMap<PathBuf, Result<Arc<Resolved>, String>>,
    /// The folder asked for last and its answer: a walk asks for the same
    /// folder once per file, and comparing two paths costs less than hashing one.
    last: Option<(PathBuf, Result<Arc<Resolved>, String>)>,
    defaults: Arc<Resolved>,
}

impl Discovery {
    /// `explicit` is `--config FILE`; `isolated` uses the defaults everywhere.
    pub fn new(explicit: Option<&Path>, isolated: bool) -> Result<Discovery, String> {
        let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
        let defaults = Arc::new(Resolved::new(None, cwd.clone(), Config::default())?);
        let fixed = match explicit {
            Some(path) => {
                let config = read(path)?.unwrap_or_default();
                let dir = absolute(path, &cwd)
                    .parent()
                    .map_or_else(|| cwd.clone(), Path::to_path_buf);
                Some(Arc::new(Resolved::new(
                    Some(path.to_path_buf()),
                    dir,
                    config,
                )?))
            }
            None if isolated => Some(Arc::clone(&defaults)),
            None => None,
        };
        Ok(Discovery {
            cwd,
            fixed,
            cache: HashMap::new(),
            last: None,
            defaults,
        })
    }

    /// The configuration for a file (or, with `is_dir`, a folder) given
    /// as an absolute path.
    pub fn for_path(&mut self, abs: &Path, is_dir: bool) -> Result<Arc<Resolved>, String> {
        if let Some(f) = &self.fixed {
            return Ok(Arc::clone(f));
        }
        let dir = match abs.parent() {
            Some(parent) if !is_dir => parent,
            _ => abs,
        };
        if let Some((last, found)) = &self.last
            && last == dir
        {
            return found.clone();
        }
        let found = self.for_dir(dir);
        self.last = Some((dir.to_path_buf(), found.clone()));
        found
    }

    fn for_dir(&mut self, dir: &Path) -> Result<Arc<Resolved>, String> {
        if let Some(hit) = self.cache.get(dir) {
            return hit.clone();
        }
        let found = match in_dir(dir) {
            Ok(Some((source, config))) => {
                Resolved::new(Some(source), dir.to_path_buf(), config).map(Arc::new)
            }
            Ok(None) => match dir.parent() {
                Some(parent) => self.for_dir(parent),
                None => Ok(Arc::clone(&self.defaults)),
            },
            Err(e) => Err(e),
        };
        self.cache.insert(dir.to_path_buf(), found.clone());
        found
    }
}

/// The configuration file in one folder, if any.
fn in_dir(dir: &Path) -> Result<Option<(PathBuf, Config)>, String> {
    for name in NAMES {
        let path = dir.join(name);
        if path.is_file()
            && let Some(config) = read(&path)?
        {
            return Ok(Some((path, config)));
        }
    }
    Ok(None)
}

/// Reads a configuration file; `None` for a `pyproject.toml` without
/// `[tool.numcheck]`. Errors name the file.
fn read(path: &Path) -> Result<Option<Config>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let parsed = if path.file_name().is_some_and(|n| n == "pyproject.toml") {
        Config::from_pyproject(&text)
    } else {
        Config::from_toml(&text).map(Some)
    };
    parsed.map_err(|e| format!("{}: {e}", path.display()))
}
