//! Requests as the sandbox received them, for tests to inspect.

use serde_json::Value;
use std::sync::Mutex;

const KEEP: usize = 10_000;

#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub api_key: Option<String>,
    pub brand_id: Option<String>,
    pub body: Option<Value>,
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
