//! `numcheck server`: a language server over stdio. Three threads: one reads
//! frames from stdin, one checks documents, and this one owns the protocol
//! state and is the only writer to stdout. Edits are checked after a pause
//! (debounce) and a check is published only if no edit came after it.

mod actions;
mod analysis;
mod config;
mod diagnostics;
mod document;
mod hover;
mod transport;

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use crate::segment::Syntax;
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidChangeWorkspaceFolders, DidCloseTextDocument,
    DidOpenTextDocument, DidSaveTextDocument, Notification as _, PublishDiagnostics, ShowMessage,
};
use lsp_types::request::{CodeActionRequest, HoverRequest, RegisterCapability, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability,
    DidChangeWatchedFilesRegistrationOptions, FileSystemWatcher, GlobPattern,
    HoverProviderCapability, InitializeResult, MessageType, OneOf, PositionEncodingKind,
    PublishDiagnosticsParams, Registration, RegistrationParams, SaveOptions, ServerCapabilities,
    ServerInfo, ShowMessageParams, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri, WorkspaceFoldersServerCapabilities,
    WorkspaceServerCapabilities,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::cli::app::Status;
use analysis::{Analysis, Job};
use config::{CONFIG_NAMES, Configs};
use document::{Doc, Encoding};
use transport::Frame;

/// How long typing must pause before a document is checked again.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// What the protocol thread waits for.
pub enum Event {
    Incoming(Frame),
    /// Standard input ended (or failed).
    Closed,
    Checked {
        uri: Uri,
        analysis: Arc<Analysis>,
    },
}

pub fn run() -> Status {
    let (events, incoming) = mpsc::channel();
    let reader = events.clone();
    let spawned = std::thread::Builder::new()
        .name("numcheck-reader".into())
        .spawn(move || read_stdin(&reader));
    let (jobs, queue) = mpsc::channel();
    let worker = std::thread::Builder::new()
        .name("numcheck-check".into())
        .spawn(move || analysis::worker(queue, events));
    if let Err(e) = spawned.and(worker) {
        eprintln!("numcheck server: cannot start a thread: {e}");
        return Status::Error;
    }
    let mut out = io::stdout().lock();
    let Some(mut server) = initialize(&incoming, &mut out, jobs) else {
        return Status::Clean;
    };
    loop {
        let event = match server.next_deadline() {
            Some(at) => match incoming.recv_timeout(at.saturating_duration_since(Instant::now())) {
                Ok(e) => Some(e),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return Status::Clean,
            },
            None => match incoming.recv() {
                Ok(e) => Some(e),
                Err(_) => return Status::Clean,
            },
        };
        if let Some(event) = event
            && let Some(status) = server.handle(event, &mut out)
        {
            return status;
        }
        server.dispatch_due();
        if server.gone {
            eprintln!("numcheck server: the client stopped reading; exiting");
            return Status::Clean;
        }
    }
}

fn read_stdin(events: &Sender<Event>) {
    let mut stdin = io::stdin().lock();
    loop {
        let event = match transport::read(&mut stdin) {
            Ok(Some(frame)) => Event::Incoming(frame),
            Ok(None) => Event::Closed,
            Err(e) => {
                eprintln!("numcheck server: cannot read standard input: {e}");
                Event::Closed
            }
        };
        let closed = matches!(event, Event::Closed);
        if events.send(event).is_err() || closed {
            return;
        }
    }
}

/// Answers requests before `initialize` with an error, then `initialize`
/// itself; `None` when the input ends or `exit` comes first.
fn initialize(
    incoming: &mpsc::Receiver<Event>,
    out: &mut impl Write,
    jobs: Sender<Job>,
) -> Option<Server> {
    while let Ok(event) = incoming.recv() {
        let frame = match event {
            Event::Incoming(f) => f,
            Event::Closed => return None,
            Event::Checked { .. } => continue,
        };
        match frame {
            Frame::Message(Message::Request(r)) if r.method == "initialize" => {
                let (server, result) = Server::new(&r.params, jobs);
                // A client that cannot be written to has gone: so does the server.
                transport::write(out, &Message::Response(Response::new_ok(r.id, result))).ok()?;
                return Some(server);
            }
            Frame::Message(Message::Request(r)) => {
                let e = Response::new_err(
                    r.id,
                    ErrorCode::ServerNotInitialized as i32,
                    "the server is not initialized".into(),
                );
                transport::write(out, &Message::Response(e)).ok()?;
            }
            Frame::Message(Message::Notification(n)) if n.method == "exit" => return None,
            Frame::Message(_) => {}
            Frame::Malformed { id, code, error } => {
                eprintln!("numcheck server: {error}");
                transport::write_error(out, &id, code, &error).ok()?;
            }
        }
    }
    None
}

struct Server {
    enc: Encoding,
    docs: HashMap<Uri, Doc>,
    configs: Configs,
    /// Documents waiting to be checked, and when.
    due: HashMap<Uri, Instant>,
    jobs: Sender<Job>,
    shut_down: bool,
    /// The client can watch configuration files for us.
    can_watch: bool,
    /// Configuration errors already shown, so each is shown once.
    shown: HashSet<String>,
    /// Writing to the client failed: it has gone.
    gone: bool,
}

impl Server {
    fn new(params: &Value, jobs: Sender<Job>) -> (Server, InitializeResult) {
        let offered = |enc: &str| {
            params
                .pointer("/capabilities/general/positionEncodings")
                .and_then(Value::as_array)
                .is_some_and(|a| a.iter().any(|e| e.as_str() == Some(enc)))
        };
        let enc = if offered("utf-8") {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        };
        let can_watch = params
            .pointer("/capabilities/workspace/didChangeWatchedFiles/dynamicRegistration")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let server = Server {
            enc,
            docs: HashMap::new(),
            configs: Configs::new(roots(params)),
            due: HashMap::new(),
            jobs,
            shut_down: false,
            can_watch,
            shown: HashSet::new(),
            gone: false,
        };
        let capabilities = ServerCapabilities {
            position_encoding: Some(match enc {
                Encoding::Utf8 => PositionEncodingKind::UTF8,
                Encoding::Utf16 => PositionEncodingKind::UTF16,
            }),
            text_document_sync: Some(TextDocumentSyncCapability::Options(
                TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                        include_text: Some(false),
                    })),
                    ..TextDocumentSyncOptions::default()
                },
            )),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                ..CodeActionOptions::default()
            })),
            workspace: Some(WorkspaceServerCapabilities {
                workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                    supported: Some(true),
                    change_notifications: Some(OneOf::Left(true)),
                }),
                file_operations: None,
            }),
            ..ServerCapabilities::default()
        };
        let result = InitializeResult {
            capabilities,
            server_info: Some(ServerInfo {
                name: "numcheck".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
        };
        (server, result)
    }

    fn next_deadline(&self) -> Option<Instant> {
        self.due.values().min().copied()
    }

    /// Sends the checks whose pause is over to the worker.
    fn dispatch_due(&mut self) {
        let now = Instant::now();
        let ready: Vec<Uri> = self
            .due
            .iter()
            .filter(|(_, at)| **at <= now)
            .map(|(uri, _)| uri.clone())
            .collect();
        for uri in ready {
            self.due.remove(&uri);
            let Some(doc) = self.docs.get(&uri) else {
                continue;
            };
            let job = Job {
                generation: doc.generation(),
                latest: Arc::clone(&doc.generation),
                text: Arc::from(doc.text.as_str()),
                syntax: doc.syntax,
                settings: Arc::clone(&doc.scope.settings),
                excluded: doc.scope.excluded,
                uri,
            };
            if self.jobs.send(job).is_err() {
                eprintln!("numcheck server: the checking thread has stopped");
            }
        }
    }

    fn send(&mut self, out: &mut impl Write, message: Message) {
        if !self.gone && transport::write(out, &message).is_err() {
            self.gone = true;
        }
    }

    fn notify<N: lsp_types::notification::Notification>(
        &mut self,
        out: &mut impl Write,
        params: N::Params,
    ) {
        if !self.gone && transport::write_notification(out, N::METHOD, &params).is_err() {
            self.gone = true;
        }
    }

    /// Handles one event; `Some` with the exit status when the session ends.
    fn handle(&mut self, event: Event, out: &mut impl Write) -> Option<Status> {
        match event {
            Event::Closed => return Some(Status::Clean),
            Event::Checked { uri, analysis } => self.publish(out, &uri, analysis),
            Event::Incoming(Frame::Malformed { id, code, error }) => {
                eprintln!("numcheck server: {error}");
                if transport::write_error(out, &id, code, &error).is_err() {
                    self.gone = true;
                }
            }
            Event::Incoming(Frame::Message(Message::Request(r))) => {
                let response = self.request(r);
                self.send(out, Message::Response(response));
            }
            Event::Incoming(Frame::Message(Message::Notification(n))) => {
                if n.method == "exit" {
                    // The protocol's rule: exit after shutdown is a success.
                    return Some(if self.shut_down {
                        Status::Clean
                    } else {
                        Status::Error
                    });
                }
                self.notification(out, n);
            }
            Event::Incoming(Frame::Message(Message::Response(r))) => {
                if let Err(e) = r.response_result {
                    eprintln!(
                        "numcheck server: the client refused a request: {}",
                        e.message
                    );
                }
            }
        }
        None
    }

    fn request(&mut self, r: Request) -> Response {
        if self.shut_down {
            let message = "the server is shutting down".to_string();
            return Response::new_err(r.id, ErrorCode::InvalidRequest as i32, message);
        }
        let (id, method) = (r.id.clone(), r.method.clone());
        let result = match method.as_str() {
            "shutdown" => {
                self.shut_down = true;
                Ok(Value::Null)
            }
            HoverRequest::METHOD => params(r).map(|p| self.hover(p)),
            CodeActionRequest::METHOD => params(r).map(|p| self.code_actions(p)),
            "initialize" => Err((ErrorCode::InvalidRequest, "already initialized".to_string())),
            other => Err((ErrorCode::MethodNotFound, format!("unknown method {other}"))),
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        }
    }

    fn notification(&mut self, out: &mut impl Write, n: Notification) {
        let method = n.method.clone();
        let parsed = match method.as_str() {
            "initialized" => {
                self.watch_configs(out);
                Ok(())
            }
            DidOpenTextDocument::METHOD => params(n).map(|p| self.open(out, p)),
            DidChangeTextDocument::METHOD => params(n).map(|p| self.change(p)),
            DidSaveTextDocument::METHOD => params(n).map(|p| self.save(out, p)),
            DidCloseTextDocument::METHOD => params(n).map(|p| self.close(out, p)),
            DidChangeWatchedFiles::METHOD => {
                params(n).map(|p: lsp_types::DidChangeWatchedFilesParams| {
                    if p.changes.iter().any(|c| config::is_config(&c.uri)) {
                        self.reload(out);
                    }
                })
            }
            DidChangeWorkspaceFolders::METHOD => params(n).map(|p| self.folders(out, p)),
            // Other notifications ($/setTrace, $/cancelRequest, ...) need nothing.
            _ => Ok(()),
        };
        if let Err((_, e)) = parsed {
            eprintln!("numcheck server: {method}: {e}");
        }
    }

    /// Asks the client to tell us when a configuration file changes.
    fn watch_configs(&mut self, out: &mut impl Write) {
        if !self.can_watch {
            return;
        }
        let watchers = CONFIG_NAMES
            .iter()
            .map(|name| FileSystemWatcher {
                glob_pattern: GlobPattern::String(format!("**/{name}")),
                kind: None,
            })
            .collect();
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        let registration = Registration {
            id: "numcheck-config".into(),
            method: DidChangeWatchedFiles::METHOD.into(),
            register_options: serde_json::to_value(options).ok(),
        };
        let request = Request::new(
            RequestId::from("numcheck-watch".to_string()),
            RegisterCapability::METHOD.into(),
            RegistrationParams {
                registrations: vec![registration],
            },
        );
        self.send(out, Message::Request(request));
    }

    fn open(&mut self, out: &mut impl Write, p: lsp_types::DidOpenTextDocumentParams) {
        let item = p.text_document;
        let Some(syntax) = syntax_of(&item.language_id, &item.uri) else {
            return;
        };
        let scope = self.scope(out, &item.uri);
        let doc = Doc::new(item.text, item.version, syntax, scope);
        self.docs.insert(item.uri.clone(), doc);
        self.due.insert(item.uri, Instant::now());
    }

    fn change(&mut self, p: lsp_types::DidChangeTextDocumentParams) {
        let uri = p.text_document.uri;
        let Some(doc) = self.docs.get_mut(&uri) else {
            return;
        };
        for note in doc.apply(p.content_changes, self.enc) {
            eprintln!("numcheck server: {}: {note}", uri.as_str());
        }
        doc.version = p.text_document.version;
        doc.touch();
        self.due.insert(uri, Instant::now() + DEBOUNCE);
    }

    fn save(&mut self, out: &mut impl Write, p: lsp_types::DidSaveTextDocumentParams) {
        let uri = p.text_document.uri;
        if config::is_config(&uri) {
            self.reload(out);
        } else if self.docs.contains_key(&uri) {
            self.due.insert(uri, Instant::now());
        }
    }

    fn close(&mut self, out: &mut impl Write, p: lsp_types::DidCloseTextDocumentParams) {
        let uri = p.text_document.uri;
        self.due.remove(&uri);
        if self.docs.remove(&uri).is_some() {
            let cleared = PublishDiagnosticsParams::new(uri, Vec::new(), None);
            self.notify::<PublishDiagnostics>(out, cleared);
        }
    }

    fn folders(&mut self, out: &mut impl Write, p: lsp_types::DidChangeWorkspaceFoldersParams) {
        let gone: Vec<_> = p
            .event
            .removed
            .iter()
            .filter_map(|f| config::file_path(&f.uri))
            .collect();
        self.configs.roots.retain(|r| !gone.contains(r));
        let added = p
            .event
            .added
            .iter()
            .filter_map(|f| config::file_path(&f.uri));
        self.configs.roots.extend(added);
        self.reload(out);
    }

    /// Reads the configuration files again and re-checks every open document.
    fn reload(&mut self, out: &mut impl Write) {
        self.configs.reload();
        self.shown.clear();
        let uris: Vec<Uri> = self.docs.keys().cloned().collect();
        for uri in uris {
            let scope = self.scope(out, &uri);
            if let Some(doc) = self.docs.get_mut(&uri) {
                doc.scope = scope;
                doc.touch();
                self.due.insert(uri, Instant::now());
            }
        }
    }

    /// A document's configuration; an unreadable one is shown to the user
    /// once and the defaults are used.
    fn scope(&mut self, out: &mut impl Write, uri: &Uri) -> config::Scope {
        let (scope, error) = self.configs.scope(uri);
        if let Some(e) = error
            && self.shown.insert(e.clone())
        {
            eprintln!("numcheck server: {e}");
            let message = format!("numcheck: {e} (using the defaults)");
            let params = ShowMessageParams {
                typ: MessageType::WARNING,
                message,
            };
            self.notify::<ShowMessage>(out, params);
        }
        scope
    }

    fn publish(&mut self, out: &mut impl Write, uri: &Uri, analysis: Arc<Analysis>) {
        let enc = self.enc;
        let Some(doc) = self.docs.get_mut(uri) else {
            return;
        };
        if analysis.generation != doc.generation() {
            return; // an edit came after it
        }
        let diagnostics = analysis
            .findings
            .iter()
            .map(|f| diagnostics::diagnostic(uri, doc, f, enc))
            .collect();
        let params = PublishDiagnosticsParams::new(uri.clone(), diagnostics, Some(doc.version));
        doc.analysis = Some(analysis);
        self.notify::<PublishDiagnostics>(out, params);
    }

    fn hover(&self, p: lsp_types::HoverParams) -> Value {
        let at = p.text_document_position_params;
        let Some(doc) = self.docs.get(&at.text_document.uri) else {
            return Value::Null;
        };
        let (offset, _) = doc.offset(at.position, self.enc);
        let found = match doc.fresh() {
            Some(a) => hover::hover(doc, &a.quantities, &a.findings, offset, self.enc),
            // Typed since the last check: read the figures around the cursor
            // as the text is now (the whole of a long text would take too long).
            None => {
                let quantities = hover::figures_around(doc, offset);
                hover::hover(doc, &quantities, &[], offset, self.enc)
            }
        };
        serde_json::to_value(found).unwrap_or(Value::Null)
    }

    fn code_actions(&self, p: lsp_types::CodeActionParams) -> Value {
        let uri = p.text_document.uri;
        // Edits computed from an older text would land in the wrong place.
        let Some((doc, analysis)) = self.docs.get(&uri).and_then(|d| Some((d, d.fresh()?))) else {
            return Value::Array(Vec::new());
        };
        let (start, end) = actions::offsets(doc, p.range, self.enc);
        let found = actions::actions(&uri, doc, analysis, start, end, self.enc);
        serde_json::to_value(found).unwrap_or(Value::Null)
    }
}

/// A message's parameters, or the error that answers it.
fn params<P: DeserializeOwned>(m: impl Into<Message>) -> Result<P, (ErrorCode, String)> {
    let params = match m.into() {
        Message::Request(r) => r.params,
        Message::Notification(n) => n.params,
        Message::Response(_) => Value::Null,
    };
    serde_json::from_value(params).map_err(|e| (ErrorCode::InvalidParams, e.to_string()))
}

/// How a document is read: by its file name when that is a prose file
/// (an editor without a Markdown mode calls a `.md` file "text"), else by
/// its language; `None` for documents that are not prose (a client may
/// send every file it opens).
fn syntax_of(language: &str, uri: &Uri) -> Option<Syntax> {
    let path = uri.as_str().split(['?', '#']).next().unwrap_or_default();
    let path = path.to_ascii_lowercase();
    if [".md", ".markdown", ".mdx"]
        .iter()
        .any(|e| path.ends_with(e))
    {
        return Some(Syntax::Markdown);
    }
    if [".txt", ".text"].iter().any(|e| path.ends_with(e)) {
        return Some(Syntax::Plain);
    }
    match language {
        "markdown" | "mdx" | "markdown.mdx" | "quarto" | "rmd" => Some(Syntax::Markdown),
        "plaintext" | "text" | "txt" => Some(Syntax::Plain),
        _ => None,
    }
}

/// The workspace folders of `initialize` (or its older `rootUri`).
fn roots(params: &Value) -> Vec<std::path::PathBuf> {
    let folders = params
        .get("workspaceFolders")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|f| f.get("uri")?.as_str()?.parse::<Uri>().ok());
    let root = params
        .get("rootUri")
        .and_then(Value::as_str)
        .and_then(|u| u.parse::<Uri>().ok());
    let mut roots: Vec<_> = folders.filter_map(|u| config::file_path(&u)).collect();
    if roots.is_empty() {
        roots.extend(root.and_then(|u| config::file_path(&u)));
    }
    roots
}
