//! Where Crescendo keeps its files: the same directory Tauri's `app_data_dir()` gives the app
//! (the platform's data directory plus the bundle identifier), so the CLI finds the app's
//! accounts.

use std::path::PathBuf;

/// Must equal `identifier` in tauri.conf.json (a test in src-tauri checks it).
pub const IDENTIFIER: &str = "app.crescendo.desktop";

/// `$XDG_DATA_HOME/app.crescendo.desktop` on Linux, `~/Library/Application Support/…` on macOS,
/// `%APPDATA%\\…` on Windows.
pub fn app_data_dir() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join(IDENTIFIER))
}
