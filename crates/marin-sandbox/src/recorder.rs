//! Requests as the sandbox received them, for tests to inspect. The `key` parameter's value is
//! never kept: a recorded request is as safe to print as a log line.

use std::sync::Mutex;

const KEEP: usize = 10_000;

#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// The raw query with the value of `key` replaced by `[redacted]`.
    pub query: String,
    /// Whether a `key` parameter was sent, and whether it named an agency.
    pub key_sent: bool,
    pub key_valid: bool,
    pub content_type: Option<String>,
    pub body: String,
    pub status: u16,
}

#[derive(Debug, Default)]
pub struct Recorder(Mutex<Vec<Recorded>>);

impl Recorder {
    pub fn push(&self, r: Recorded) {
        let mut v = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if v.len() >= KEEP {
            v.remove(0);
        }
        v.push(r);
    }
    pub fn all(&self) -> Vec<Recorded> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
    pub fn clear(&self) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

/// `query` with every `key` value replaced, pairs otherwise kept as sent.
pub fn redact_query(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if k.eq_ignore_ascii_case("key") => format!("{k}=[redacted]"),
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}
