//! The Tauri app: builder, managed state and command wiring. No business logic lives here.

pub mod bindings;
mod commands;
mod dialog;
mod state;

use crescendo_core::images::ImageCache;
use crescendo_core::session::Session;
use crescendo_core::startup::{self, Mark};
use crescendo_core::vault::{Vault, SERVICE};
use crescendo_core::{AppError, ErrorCode};
use std::sync::Arc;
use tauri::Manager;
use tauri_plugin_notification::NotificationExt;

pub fn run() {
    startup::mark(Mark::Process);
    tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let dir = app.path().app_data_dir().map_err(|e| {
                AppError::new(
                    ErrorCode::Internal,
                    format!("No data directory for Crescendo: {e}"),
                )
            });
            let session = dir
                .clone()
                .and_then(|dir| Session::open(&dir, Vault::new(SERVICE)));
            if let Ok(s) = &session {
                let handle = app.handle().clone();
                // A status the provider changed since the last fetch: told on the desktop. A
                // desktop without a notification service only loses the notice.
                s.on_status_change(Arc::new(move |change| {
                    let (title, body) = change.notification();
                    if let Err(e) = handle
                        .notification()
                        .builder()
                        .title(title)
                        .body(body)
                        .show()
                    {
                        eprintln!("Crescendo could not show a notification: {e}");
                    }
                }));
            }
            let images = dir.and_then(|dir| Ok(ImageCache::new(dir.join("images"))?));
            app.manage(state::AppState::new(session, images));
            warm_start(app.handle().clone());
            watch_statuses(app.handle().clone());
            startup::mark(Mark::Setup);
            Ok(())
        })
        .on_page_load(|_, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Finished {
                startup::mark(Mark::Webview);
            }
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Crescendo could not start: {e}");
            std::process::exit(1);
        });
}

/// Opens the workspace (the demo simulator starts here) and fetches the first screen's data
/// while the window is still loading its page; the page's first calls take those answers.
/// `CRESCENDO_WARM_START=0` turns it off (scripts/bench measures the app both ways).
fn warm_start(handle: tauri::AppHandle) {
    if std::env::var("CRESCENDO_WARM_START").is_ok_and(|v| v.trim() == "0") {
        return;
    }
    tauri::async_runtime::spawn(async move {
        let state = handle.state::<state::AppState>();
        if let Ok(session) = state.session() {
            session.warm_start().await;
        }
    });
}

/// Looks at the campaigns' statuses shortly after start (what changed while the app was closed)
/// and then every few minutes; each change becomes a desktop notification (see `setup`). One
/// list request per 100 campaigns, through the client's rate limiter. Offline, it waits.
fn watch_statuses(handle: tauri::AppHandle) {
    const FIRST: std::time::Duration = std::time::Duration::from_secs(20);
    const EVERY: std::time::Duration = std::time::Duration::from_secs(5 * 60);
    tauri::async_runtime::spawn(async move {
        let mut wait = FIRST;
        loop {
            tokio::time::sleep(wait).await;
            wait = EVERY;
            let state = handle.state::<state::AppState>();
            let Ok(session) = state.session() else {
                continue;
            };
            let (Ok(ws), Some(h)) = (session.workspace().await, session.history().await) else {
                continue;
            };
            if let Err(e) = crescendo_core::history::refresh_statuses(&ws, &h).await {
                eprintln!(
                    "Crescendo could not refresh campaign statuses: {}",
                    e.message
                );
            }
        }
    });
}
