//! `numcheck server` spoken to as an editor does: JSON-RPC with
//! Content-Length framing over the built binary's stdin and stdout. Every
//! wait has a timeout, so a hung server fails the test instead of hanging it.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(20);
const DRAFT: &str = include_str!("fixtures/server/draft.md");
const URI: &str = "file:///nonexistent/numcheck-test/draft.md";

struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn start() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_numcheck"))
            .arg("server")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let stdout = child.stdout.take().expect("stdout");
        let (send, incoming) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse().expect("a length");
                    }
                }
                let mut body = vec![0; length];
                r.read_exact(&mut body).expect("a body");
                let value = serde_json::from_slice(&body).expect("JSON from the server");
                if send.send(value).is_err() {
                    return;
                }
            }
        });
        Client {
            stdin: child.stdin.take(),
            child,
            incoming,
            next_id: 0,
        }
    }

    fn raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(bytes).expect("write");
        stdin.flush().expect("flush");
    }

    fn send(&mut self, v: &Value) {
        let body = v.to_string();
        self.raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its response.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait(|m| m["id"] == json!(id))
    }

    /// The next message that `matches`; others are skipped.
    fn wait(&mut self, matches: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let m = self
                .incoming
                .recv_timeout(left)
                .expect("the server answered in time");
            if matches(&m) {
                return m;
            }
        }
    }

    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let m = self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        m["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    fn initialize(&mut self, encodings: &[&str]) -> Value {
        let r = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": null,
                "capabilities": {"general": {"positionEncodings": encodings}},
            }),
        );
        self.notify("initialized", json!({}));
        r
    }

    fn open(&mut self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
    }

    /// Shuts down and exits; the exit status.
    fn finish(mut self) -> i32 {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r["result"], Value::Null, "{r}");
        self.notify("exit", Value::Null);
        self.exit_status()
    }

    fn exit_status(&mut self) -> i32 {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code().unwrap_or(-1);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        panic!("the server did not exit");
    }
}

/// (rule, 0-based line, start character) of each diagnostic.
fn places(diagnostics: &[Value]) -> Vec<(String, u64, u64)> {
    let mut out: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_string(),
                d["range"]["start"]["line"].as_u64().unwrap_or(99),
                d["range"]["start"]["character"].as_u64().unwrap_or(99),
            )
        })
        .collect();
    out.sort();
    out
}

fn position_of(text: &str, needle: &str) -> Value {
    let at = text.find(needle).expect("the needle is in the text");
    let line = text[..at].matches('\n').count();
    let start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let character: usize = text[start..at].encode_utf16().count();
    json!({"line": line, "character": character})
}

#[test]
fn a_draft_gets_diagnostics_hover_and_fixes_and_the_session_ends_cleanly() {
    let mut c = Client::start();
    let init = c.initialize(&["utf-16"]);
    let caps = &init["result"]["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16");
    assert_eq!(caps["hoverProvider"], true);
    c.open(URI, "markdown", DRAFT);
    let diagnostics = c.diagnostics(URI);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_json_snapshot!("server-publish-diagnostics", diagnostics));
    // The same findings as `numcheck check`, at 0-based lines; the 🌊
    // before "1,500 feet" counts two UTF-16 units.
    assert_eq!(
        places(&diagnostics),
        [
            ("change-mismatch".into(), 3, 3),
            ("conversion-mismatch".into(), 8, 40),
            ("proportion-mismatch".into(), 12, 9),
            ("sum-mismatch".into(), 2, 40),
        ]
    );
    let sum = diagnostics
        .iter()
        .find(|d| d["code"] == "sum-mismatch")
        .expect("a sum-mismatch");
    assert_eq!(sum["source"], "numcheck");
    assert_eq!(sum["severity"], 1);
    assert!(
        sum["message"]
            .as_str()
            .is_some_and(|m| m.contains("£21m + £14m + £7m = £42m")),
        "{sum}"
    );
    assert_eq!(sum["relatedInformation"].as_array().map(Vec::len), Some(3));
    assert!(sum["codeDescription"]["href"].is_string());

    // Hover on "about 45%": how it was read, and the arithmetic.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": position_of(DRAFT, "45%")}),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap_or("");
    for part in [
        "**about 45%** — percent",
        "hedge: about",
        "interval: 40%–50%",
        "780 / 1,200 = 65%",
    ] {
        assert!(text.contains(part), "{part:?} not in {text}");
    }
    // Nothing to say between figures.
    let none = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 2}}),
    );
    assert_eq!(none["result"], Value::Null);

    // Code actions on the proportion: the one consistent value, then suppressions.
    let at = position_of(DRAFT, "45%");
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": URI}, "range": {"start": at, "end": at},
               "context": {"diagnostics": []}}),
    );
    let actions = actions["result"].as_array().cloned().unwrap_or_default();
    let titles: Vec<&str> = actions.iter().filter_map(|a| a["title"].as_str()).collect();
    assert_eq!(
        titles,
        [
            "Replace “about 45%” with “about 65%”",
            "Suppress proportion-mismatch on this line",
            "Suppress proportion-mismatch in this file",
        ]
    );
    let edit = &actions[0]["edit"]["changes"][URI][0];
    assert_eq!(edit["newText"], "65");
    assert_eq!(edit["range"]["start"], position_of(DRAFT, "45%"));
    // Inside a paragraph, the directive ends the line before.
    let suppress = &actions[1]["edit"]["changes"][URI][0];
    assert_eq!(
        suppress["newText"],
        " <!-- numcheck-disable-next-line proportion-mismatch -->"
    );
    assert_eq!(suppress["range"]["start"]["line"], 11);

    // The sum and the conversion have their values too.
    for (figure, title) in [
        ("£46m next", "Replace “£46m” with “£42m”"),
        ("1,500 feet", "Replace “1,500 feet” with “1,115 feet”"),
    ] {
        let at = position_of(DRAFT, figure);
        let actions = c.request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": URI}, "range": {"start": at, "end": at},
                   "context": {"diagnostics": []}}),
        );
        assert_eq!(actions["result"][0]["title"], title, "{actions}");
    }

    // Fixing the text (incrementally) clears its diagnostic; a full replace
    // with clean text clears them all.
    let start = position_of(DRAFT, "45%");
    let end =
        json!({"line": start["line"], "character": start["character"].as_u64().unwrap_or(0) + 2});
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2},
               "contentChanges": [{"range": {"start": start, "end": end}, "text": "65"}]}),
    );
    // Hovered before the pause is over, the figure is read as typed.
    let typed = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": start}),
    );
    let text = typed["result"]["contents"]["value"].as_str().unwrap_or("");
    assert!(text.starts_with("**about 65%** — percent"), "{text}");
    let after = c.diagnostics(URI);
    assert!(
        !places(&after)
            .iter()
            .any(|(rule, _, _)| rule == "proportion-mismatch"),
        "{after:?}"
    );
    assert_eq!(after.len(), 3);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 3},
               "contentChanges": [{"text": "Of the 1,200 residents, 780 backed the plan, or 65%.\n"}]}),
    );
    assert_eq!(c.diagnostics(URI), Vec::<Value>::new());
    assert_eq!(c.finish(), 0);
}

#[test]
fn utf8_is_used_when_the_client_offers_it() {
    let mut c = Client::start();
    let init = c.initialize(&["utf-8", "utf-16"]);
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    c.open(URI, "markdown", DRAFT);
    let d = c.diagnostics(URI);
    let conversion = places(&d)
        .into_iter()
        .find(|p| p.0 == "conversion-mismatch")
        .expect("a conversion finding");
    // "The new sea wall 🌊 will be 340 metres (" in bytes: 🌊 is four.
    let line = DRAFT.lines().nth(8).unwrap_or("");
    assert_eq!(conversion.2 as usize, line.find("1,500").unwrap_or(0));
    assert_eq!(conversion.2, 42);
    assert_eq!(c.finish(), 0);
}

#[test]
fn plain_text_gets_its_own_directive_syntax() {
    let mut c = Client::start();
    c.initialize(&[]);
    let uri = "untitled:Untitled-1";
    let text = "The tower is 212 metres (520 feet) tall.\n";
    c.open(uri, "plaintext", text);
    assert_eq!(
        places(&c.diagnostics(uri)),
        [("conversion-mismatch".into(), 0, 25)]
    );
    let at = json!({"line": 0, "character": 26});
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": at, "end": at},
               "context": {"diagnostics": []}}),
    );
    let texts: Vec<&str> = actions["result"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["edit"]["changes"][uri][0]["newText"].as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "696",
            "# numcheck-disable-next-line conversion-mismatch\n",
            "# numcheck-disable-file conversion-mismatch\n"
        ]
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn bad_input_gets_errors_and_the_server_goes_on() {
    let mut c = Client::start();
    // Before initialize: an error, not a crash.
    c.send(&json!({"jsonrpc": "2.0", "id": 100, "method": "textDocument/hover", "params": {}}));
    let early = c.wait(|m| m["id"] == 100);
    assert_eq!(early["error"]["code"], -32002);
    c.initialize(&[]);
    // A body that is not JSON: a parse error to a null id.
    c.raw(b"Content-Length: 9\r\n\r\n{not json");
    let parse = c.wait(|m| m.get("error").is_some() && m["id"].is_null());
    assert_eq!(parse["error"]["code"], -32700);
    // Not UTF-8 either.
    c.raw(b"Content-Length: 2\r\n\r\n\xff\xfe");
    let parse = c.wait(|m| m.get("error").is_some() && m["id"].is_null());
    assert_eq!(parse["error"]["code"], -32700);
    // JSON, but not a message: an error to the id it carried.
    c.send(&json!({"jsonrpc": "2.0", "id": 7, "method": 42}));
    let invalid = c.wait(|m| m["id"] == 7);
    assert_eq!(invalid["error"]["code"], -32600);
    // An unknown method, and known ones with nonsense parameters.
    let unknown = c.request("numcheck/nothing", json!({}));
    assert_eq!(unknown["error"]["code"], -32601);
    let bad = c.request("textDocument/hover", json!({"textDocument": 3}));
    assert_eq!(bad["error"]["code"], -32602);
    c.notify("textDocument/didChange", json!({"nonsense": true}));
    // Edits past the end of the text are clamped.
    c.open(URI, "markdown", "Short.\n");
    assert_eq!(c.diagnostics(URI), Vec::<Value>::new());
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 40, "character": 3},
                                             "end": {"line": 90, "character": 0}},
                                   "text": "The tower is 212 metres (520 feet) tall.\n"}]}),
    );
    assert_eq!(
        places(&c.diagnostics(URI)),
        [("conversion-mismatch".into(), 1, 25)]
    );
    // A hover far past the end answers nothing.
    let far = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 1000, "character": 1000}}),
    );
    assert_eq!(far["result"], Value::Null, "{far}");
    assert_eq!(c.finish(), 0);
}

#[test]
fn closing_the_input_ends_the_server_cleanly() {
    let mut c = Client::start();
    c.initialize(&[]);
    c.stdin = None;
    assert_eq!(c.exit_status(), 0);
}

#[test]
fn a_configuration_change_rechecks_open_documents() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("draft.md");
    let config = dir.path().join("numcheck.toml");
    std::fs::write(&path, DRAFT).expect("write");
    let uri = format!("file://{}", path.display());
    let mut c = Client::start();
    c.initialize(&[]);
    c.open(&uri, "markdown", DRAFT);
    assert_eq!(c.diagnostics(&uri).len(), 4);
    std::fs::write(&config, "[rules]\nignore = [\"sum-mismatch\"]\n").expect("write");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": format!("file://{}", config.display()), "type": 1}]}),
    );
    let rules: Vec<String> = places(&c.diagnostics(&uri))
        .into_iter()
        .map(|p| p.0)
        .collect();
    assert_eq!(
        rules,
        [
            "change-mismatch",
            "conversion-mismatch",
            "proportion-mismatch"
        ]
    );
    // A configuration that is not UTF-8: shown to the user, and the
    // defaults are used.
    std::fs::write(&config, b"[rules]\nignore = [\"\xff\"]\n").expect("write");
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": format!("file://{}", config.display())}}),
    );
    let shown = c.wait(|m| m["method"] == "window/showMessage");
    let message = shown["params"]["message"].as_str().unwrap_or("");
    assert!(message.contains("numcheck.toml"), "{message}");
    assert_eq!(c.diagnostics(&uri).len(), 4);
    assert_eq!(c.finish(), 0);
}

const CLEAN: &str = include_str!("fixtures/server/clean.md");

/// A long draft: the four planted errors, then the corrected paragraphs
/// repeated to `bytes` (or, `dense`, the planted errors all the way).
fn long_draft(bytes: usize, dense: bool) -> String {
    let from = if dense { DRAFT } else { CLEAN };
    let body = from.split_once("\n\n").map_or(from, |(_, b)| b);
    let mut text = format!("{DRAFT}\n");
    while text.len() < bytes {
        text.push_str(body);
        text.push('\n');
    }
    text
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs.get(xs.len() / 2).copied().unwrap_or_default()
}

/// Milliseconds from a keystroke at the end of `uri` to its diagnostics,
/// less the pause: the median and the worst of ten.
fn recheck(c: &mut Client, uri: &str, text: &str, findings: usize) -> (Duration, Duration) {
    const DEBOUNCE: Duration = Duration::from_millis(200);
    let mut times = Vec::new();
    for version in 2..12 {
        let end = json!({"line": text.lines().count(), "character": 0});
        let sent = Instant::now();
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version},
                   "contentChanges": [{"range": {"start": end, "end": end}, "text": "x"}]}),
        );
        assert_eq!(c.diagnostics(uri).len(), findings);
        times.push(sent.elapsed().saturating_sub(DEBOUNCE));
    }
    let worst = times.iter().max().copied().unwrap_or_default();
    (median(times), worst)
}

/// Measures the timings in the README (run with `--release -- --ignored
/// --nocapture`): how long a 100 KB draft takes to be re-checked after the
/// pause that follows an edit, and how promptly hovers in a 1 MB document
/// are answered while it is typed in. It prints them; timings are
/// measurements, not pass or fail.
#[test]
#[ignore = "timing; run in release"]
fn timings() {
    let mut c = Client::start();
    c.initialize(&[]);
    for (dense, name) in [(false, "draft.md"), (true, "dense.md")] {
        let uri = format!("file:///nonexistent/numcheck-test/{name}");
        let text = long_draft(100_000, dense);
        c.open(&uri, "markdown", &text);
        let found = c.diagnostics(&uri).len();
        let (median, worst) = recheck(&mut c, &uri, &text, found);
        println!(
            "100 KB, {found} findings: re-checked {median:?} after the pause (median of 10; worst {worst:?})"
        );
        if !dense {
            assert_eq!(found, 4);
        }
    }

    // 1 MB: a keystroke every 50 ms for three seconds, a hover after each.
    let uri = "file:///nonexistent/numcheck-test/long.md";
    let text = long_draft(1 << 20, false);
    let opened = Instant::now();
    c.open(uri, "markdown", &text);
    let found = c.diagnostics(uri).len();
    println!(
        "1 MB, {found} findings: diagnostics {:?} after didOpen",
        opened.elapsed()
    );
    let at = position_of(&text, "45%");
    let mut hovers = Vec::new();
    for version in 2..62 {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version},
                   "contentChanges": [{"range": {"start": {"line": 0, "character": 2},
                                                 "end": {"line": 0, "character": 2}},
                                       "text": "a"}]}),
        );
        let asked = Instant::now();
        let h = c.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": at}),
        );
        hovers.push(asked.elapsed());
        assert!(h["result"]["contents"]["value"].is_string(), "{h}");
        std::thread::sleep(Duration::from_millis(50).saturating_sub(asked.elapsed()));
    }
    let typed = Instant::now();
    assert_eq!(c.diagnostics(uri).len(), found);
    println!(
        "1 MB while typing: hover median {:?}, worst {:?}; diagnostics {:?} after the last keystroke (pause included)",
        median(hovers.clone()),
        hovers.iter().max().copied().unwrap_or_default(),
        typed.elapsed()
    );
    let (median_check, worst) = recheck(&mut c, uri, &text, found);
    println!("1 MB: re-checked {median_check:?} after the pause (median of 10; worst {worst:?})");
    assert_eq!(c.finish(), 0);
}

#[test]
fn a_suppression_that_hides_nothing_can_be_removed() {
    let mut c = Client::start();
    c.initialize(&[]);
    let uri = "untitled:notes";
    let text = "Intro.\n# numcheck-disable-next-line sum-mismatch\nNothing to hide here.\n";
    c.open(uri, "plaintext", text);
    assert_eq!(
        places(&c.diagnostics(uri)),
        [("unused-suppression".into(), 1, 0)]
    );
    let at = json!({"line": 1, "character": 3});
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": at, "end": at},
               "context": {"diagnostics": []}}),
    );
    let actions = actions["result"].as_array().cloned().unwrap_or_default();
    assert_eq!(actions.len(), 1, "{actions:?}");
    assert_eq!(actions[0]["title"], "Remove this numcheck comment");
    let edit = &actions[0]["edit"]["changes"][uri][0];
    assert_eq!(edit["newText"], "");
    assert_eq!(
        edit["range"],
        json!({"start": {"line": 1, "character": 0}, "end": {"line": 2, "character": 0}})
    );
    assert_eq!(c.finish(), 0);
}

#[test]
fn untitled_buffers_take_the_first_workspace_folders_configuration() {
    let one = tempfile::tempdir().expect("a temporary folder");
    let two = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(
        one.path().join("numcheck.toml"),
        "[rules]\nignore = [\"sum-mismatch\"]\n",
    )
    .expect("write");
    let folder = |d: &tempfile::TempDir| json!({"uri": format!("file://{}", d.path().display()), "name": "w"});
    let mut c = Client::start();
    c.request(
        "initialize",
        json!({
            "processId": null,
            "workspaceFolders": [folder(&one), folder(&two)],
            "capabilities": {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}},
        }),
    );
    c.notify("initialized", json!({}));
    // The client is asked to watch the configuration files.
    let register = c.wait(|m| m["method"] == "client/registerCapability");
    let watchers = &register["params"]["registrations"][0]["registerOptions"]["watchers"];
    assert_eq!(watchers[0]["globPattern"], "**/numcheck.toml");
    c.send(&json!({"jsonrpc": "2.0", "id": register["id"], "result": null}));
    let uri = "untitled:Untitled-2";
    c.open(uri, "markdown", DRAFT);
    assert_eq!(c.diagnostics(uri).len(), 3);
    // With the first folder gone, the second one's (default) configuration applies.
    c.notify(
        "workspace/didChangeWorkspaceFolders",
        json!({"event": {"added": [], "removed": [folder(&one)]}}),
    );
    assert_eq!(c.diagnostics(uri).len(), 4);
    assert_eq!(c.finish(), 0);
}
