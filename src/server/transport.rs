//! JSON-RPC over stdio with `Content-Length` framing. `lsp-server`'s own
//! reader stops at the first malformed message; this one reports it and
//! reads on, so a bad message costs one error response, not the session.

use std::io::{self, BufRead, Read, Write};

use lsp_server::Message;
use serde_json::{Value, json};

/// JSON-RPC's codes for a body that is not JSON, or not a message.
pub const PARSE_ERROR: i32 = -32700;
pub const INVALID_REQUEST: i32 = -32600;

/// What one frame held.
#[derive(Debug)]
pub enum Frame {
    Message(Message),
    /// Not a message: the error to answer with (to `id` when the body had one).
    Malformed {
        id: Value,
        code: i32,
        error: String,
    },
}

/// A header line longer than this is not a header.
const MAX_HEADER: u64 = 4096;

/// The next frame; `None` when the input ends.
pub fn read(r: &mut impl BufRead) -> io::Result<Option<Frame>> {
    let mut length: Option<usize> = None;
    let mut headers = 0;
    let mut line = Vec::new();
    loop {
        line.clear();
        if r.by_ref().take(MAX_HEADER).read_until(b'\n', &mut line)? == 0 {
            return Ok(None);
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            // A stray blank line between frames is skipped.
            if headers == 0 {
                continue;
            }
            break;
        }
        headers += 1;
        if let Some((name, value)) = text.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok();
        }
    }
    let Some(length) = length else {
        return Ok(Some(malformed(
            Value::Null,
            PARSE_ERROR,
            "a message without a valid Content-Length header".to_string(),
        )));
    };
    let mut body = Vec::new();
    r.by_ref().take(length as u64).read_to_end(&mut body)?;
    if body.len() < length {
        return Ok(None);
    }
    let value: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => {
            return Ok(Some(malformed(
                Value::Null,
                PARSE_ERROR,
                format!("not JSON: {e}"),
            )));
        }
    };
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    Ok(Some(match serde_json::from_value::<Message>(value) {
        Ok(m) => Frame::Message(m),
        Err(e) => malformed(id, INVALID_REQUEST, format!("not a JSON-RPC message: {e}")),
    }))
}

fn malformed(id: Value, code: i32, error: String) -> Frame {
    Frame::Malformed { id, code, error }
}

/// Writes one message.
pub fn write(w: &mut impl Write, message: &Message) -> io::Result<()> {
    message.write(w)
}

/// Writes a notification, serialised once (`lsp_server::Notification`
/// goes through a `serde_json::Value` first, which doubles the cost of a
/// long document's diagnostics).
pub fn write_notification(
    w: &mut impl Write,
    method: &str,
    params: &impl serde::Serialize,
) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct Body<'a, P> {
        jsonrpc: &'static str,
        method: &'a str,
        params: &'a P,
    }
    let text = serde_json::to_string(&Body {
        jsonrpc: "2.0",
        method,
        params,
    })?;
    write_text(w, &text)
}

fn write_text(w: &mut impl Write, text: &str) -> io::Result<()> {
    write!(w, "Content-Length: {}\r\n\r\n", text.len())?;
    w.write_all(text.as_bytes())?;
    w.flush()
}

/// Writes an error response to an id `lsp-server` cannot represent (null,
/// or whatever a malformed message carried).
pub fn write_error(w: &mut impl Write, id: &Value, code: i32, error: &str) -> io::Result<()> {
    let body = json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": error}});
    write_text(w, &body.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &str) -> Vec<Frame> {
        let mut r = io::BufReader::new(input.as_bytes());
        std::iter::from_fn(|| read(&mut r).ok().flatten()).collect()
    }

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn bad_frames_are_reported_and_reading_goes_on() {
        let ok = r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        let input = [
            framed("{not json"),
            framed(r#"{"jsonrpc":"2.0","id":7,"method":42}"#),
            "X-Nonsense: 1\r\n\r\n".to_string(),
            framed(ok),
        ]
        .concat();
        let got = frames(&input);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(matches!(
            &got[0],
            Frame::Malformed {
                code: PARSE_ERROR,
                ..
            }
        ));
        assert!(
            matches!(&got[1], Frame::Malformed { id, code: INVALID_REQUEST, .. } if id == &json!(7))
        );
        assert!(matches!(
            &got[2],
            Frame::Malformed {
                code: PARSE_ERROR,
                ..
            }
        ));
        assert!(matches!(&got[3], Frame::Message(Message::Request(r)) if r.method == "shutdown"));
    }

    #[test]
    fn a_truncated_body_ends_the_input() {
        assert!(frames("Content-Length: 100\r\n\r\n{}").is_empty());
    }
}
