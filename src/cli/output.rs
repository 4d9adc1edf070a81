//! Where a report goes: standard output, or a file written atomically (a
//! temporary file in the same folder, renamed into place when complete), so
//! a failed run never leaves half a report or baseline behind.

use std::io::{self, BufWriter, Stdout, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

pub enum Output {
    Stdout(BufWriter<Stdout>),
    File {
        temp: BufWriter<NamedTempFile>,
        path: PathBuf,
    },
}

impl Output {
    pub fn open(path: Option<&Path>) -> io::Result<Output> {
        let Some(path) = path else {
            return Ok(Output::Stdout(BufWriter::new(io::stdout())));
        };
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let temp = NamedTempFile::new_in(dir).map_err(|e| {
            io::Error::new(e.kind(), format!("{}: cannot write: {e}", path.display()))
        })?;
        Ok(Output::File {
            temp: BufWriter::new(temp),
            path: path.to_path_buf(),
        })
    }

    pub fn writer(&mut self) -> &mut dyn Write {
        match self {
            Output::Stdout(w) => w,
            Output::File { temp, .. } => temp,
        }
    }

    /// Flushes, and moves a file into place.
    pub fn commit(self) -> Result<(), String> {
        match self {
            Output::Stdout(mut w) => w.flush().map_err(|e| e.to_string()),
            Output::File { temp, path } => {
                let cannot =
                    |e: &dyn std::fmt::Display| format!("{}: cannot write: {e}", path.display());
                let temp = temp
                    .into_inner()
                    .map_err(|e| cannot(&e.error().to_string()))?;
                temp.persist(&path).map_err(|e| cannot(&e.error))?;
                Ok(())
            }
        }
    }
}
