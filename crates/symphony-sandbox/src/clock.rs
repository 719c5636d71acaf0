//! The sandbox's notion of "now". Real time by default; tests freeze and advance it to drive the
//! campaign lifecycle without sleeping.

use chrono::{DateTime, Duration, Utc};
use std::sync::Mutex;

#[derive(Debug, Default)]
pub struct Clock {
    fixed: Mutex<Option<DateTime<Utc>>>,
}

impl Clock {
    pub fn real() -> Self {
        Clock::default()
    }

    pub fn fixed(at: DateTime<Utc>) -> Self {
        Clock {
            fixed: Mutex::new(Some(at)),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        match *self.fixed.lock().unwrap_or_else(|e| e.into_inner()) {
            Some(t) => t,
            None => Utc::now(),
        }
    }

    /// Moves a fixed clock forward; a real clock becomes fixed at now + by.
    pub fn advance(&self, by: Duration) {
        let mut guard = self.fixed.lock().unwrap_or_else(|e| e.into_inner());
        let base = guard.unwrap_or_else(Utc::now);
        *guard = Some(base + by);
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.fixed.lock().unwrap_or_else(|e| e.into_inner()) = Some(at);
    }
}
