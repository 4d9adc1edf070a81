//! Checking off the protocol thread: one worker takes the queued checks,
//! skips those a later edit made stale, and sends back what it found.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender};

use crate::claim::Claim;
use crate::config::Settings;
use crate::finding::{Finding, Severity};
use crate::quantity::Quantity;
use crate::segment::Syntax;
use lsp_types::Uri;

use super::Event;

/// One check of one version of a document.
pub struct Job {
    pub uri: Uri,
    pub generation: u64,
    /// The document's latest generation, read again just before checking.
    pub latest: Arc<AtomicU64>,
    pub text: Arc<str>,
    pub syntax: Syntax,
    pub settings: Arc<Settings>,
    pub excluded: bool,
}

/// What a check found, for diagnostics, hovers and code actions.
#[derive(Debug)]
pub struct Analysis {
    pub generation: u64,
    pub quantities: Vec<Quantity>,
    pub claims: Vec<Claim>,
    /// As `numcheck check` shows them: warnings and errors.
    pub findings: Vec<Finding>,
}

/// The quantities, claims and shown findings of a text.
pub fn analyse(text: &str, syntax: Syntax, settings: &Settings, excluded: bool) -> Analysis {
    let doc = crate::Document::new(text, syntax, &settings.tolerances);
    let (claims, mut findings) = if excluded {
        (Vec::new(), Vec::new())
    } else {
        doc.check(settings)
    };
    findings.retain(|f| f.severity >= Severity::Warning);
    Analysis {
        generation: 0,
        quantities: doc.quantities,
        claims,
        findings,
    }
}

/// Runs until the job channel closes.
pub fn worker(jobs: Receiver<Job>, events: Sender<Event>) {
    while let Ok(first) = jobs.recv() {
        // Of what has queued up, only each document's last job counts.
        let mut latest: HashMap<String, Job> = HashMap::new();
        for job in std::iter::once(first).chain(jobs.try_iter()) {
            latest.insert(job.uri.as_str().to_string(), job);
        }
        for job in latest.into_values() {
            if job.latest.load(Ordering::SeqCst) != job.generation {
                continue;
            }
            let mut analysis = analyse(&job.text, job.syntax, &job.settings, job.excluded);
            analysis.generation = job.generation;
            let checked = Event::Checked {
                uri: job.uri,
                analysis: Arc::new(analysis),
            };
            if events.send(checked).is_err() {
                return;
            }
        }
    }
}
