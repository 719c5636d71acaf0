//! The startup timeline: when the process started, the window's page loaded, the UI mounted,
//! the workspace opened and the first campaigns were painted. Kept in memory (a few stamps),
//! and appended as `<mark> <unix ms>` lines to the file named by `CRESCENDO_STARTUP_LOG`, which
//! is how `scripts/bench` reads where a start's time went.

use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{SystemTime, UNIX_EPOCH};
use ts_rs::TS;

/// The environment variable naming the file the marks are appended to.
pub const LOG_ENV: &str = "CRESCENDO_STARTUP_LOG";

/// A point on the way from launch to the first meaningful paint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    /// `main` began.
    Process,
    /// Tauri's setup ran: state managed, the window about to load its page.
    Setup,
    /// The window's page finished loading.
    Webview,
    /// The workspace (the demo simulator or a saved account) is open.
    Workspace,
    /// The UI's marks, sent through `startup_mark`.
    #[serde(untagged)]
    Ui(UiMark),
}

/// The marks the page may send: it cannot forge Rust's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum UiMark {
    /// The app's root component mounted.
    Mounted,
    /// The first campaigns answer arrived in the page.
    FirstData,
    /// The campaigns list was painted (the frame after its rows were rendered).
    Painted,
}

impl Mark {
    pub fn name(self) -> &'static str {
        match self {
            Mark::Process => "process",
            Mark::Setup => "setup",
            Mark::Webview => "webview",
            Mark::Workspace => "workspace",
            Mark::Ui(UiMark::Mounted) => "mounted",
            Mark::Ui(UiMark::FirstData) => "first-data",
            Mark::Ui(UiMark::Painted) => "painted",
        }
    }
}

/// The marks of one start, and the file they are appended to.
pub struct Timeline {
    marks: Mutex<Vec<(Mark, u128)>>,
    log: Option<PathBuf>,
}

impl Timeline {
    pub fn new(log: Option<PathBuf>) -> Timeline {
        Timeline {
            marks: Mutex::new(Vec::new()),
            log,
        }
    }

    /// Records `mark` once (the first time wins: a reload of the page is not a new start).
    pub fn mark(&self, mark: Mark) {
        let ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0);
        let Ok(mut marks) = self.marks.lock() else {
            return;
        };
        if marks.iter().any(|(m, _)| *m == mark) {
            return;
        }
        marks.push((mark, ms));
        drop(marks);
        if let Some(path) = &self.log {
            append(path, mark, ms);
        }
    }

    /// The marks so far, in the order they happened, with their unix times in milliseconds.
    pub fn marks(&self) -> Vec<(Mark, u128)> {
        self.marks.lock().map(|m| m.clone()).unwrap_or_default()
    }
}

static GLOBAL: OnceLock<Timeline> = OnceLock::new();

/// This process's timeline (logged where `CRESCENDO_STARTUP_LOG` says, if set).
pub fn global() -> &'static Timeline {
    GLOBAL.get_or_init(|| Timeline::new(std::env::var_os(LOG_ENV).map(PathBuf::from)))
}

/// Records `m` on this process's timeline.
pub fn mark(m: Mark) {
    global().mark(m);
}

fn append(path: &Path, mark: Mark, ms: u128) {
    let line = format!("{} {ms}\n", mark.name());
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(line.as_bytes()));
    if let Err(e) = written {
        eprintln!(
            "Crescendo could not write the startup mark to {}: {e}",
            path.display()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_kept_once_in_order_and_logged() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("marks.txt");
        let t = Timeline::new(Some(log.clone()));
        t.mark(Mark::Process);
        t.mark(Mark::Ui(UiMark::Mounted));
        t.mark(Mark::Process);
        t.mark(Mark::Ui(UiMark::Painted));
        let names: Vec<_> = t.marks().iter().map(|(m, _)| m.name()).collect();
        assert_eq!(names, ["process", "mounted", "painted"]);
        let text = std::fs::read_to_string(&log).unwrap();
        let lines: Vec<_> = text.lines().map(|l| l.split(' ').next().unwrap()).collect();
        assert_eq!(lines, ["process", "mounted", "painted"]);
        let times: Vec<u128> = t.marks().iter().map(|(_, t)| *t).collect();
        assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
    }

    #[test]
    fn the_page_names_its_marks_in_kebab_case() {
        let m: UiMark = serde_json::from_str("\"first-data\"").unwrap();
        assert_eq!(m, UiMark::FirstData);
        assert!(serde_json::from_str::<UiMark>("\"process\"").is_err());
    }
}
