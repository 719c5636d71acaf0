//! The Tauri app: builder, managed state and command wiring. No business logic lives here.

pub mod bindings;
mod commands;
mod state;

use crescendo_core::session::Session;
use crescendo_core::vault::{Vault, SERVICE};
use crescendo_core::{AppError, ErrorCode};
use tauri::Manager;

pub fn run() {
    tauri::Builder::default()
        .setup(|app| {
            let session = app
                .path()
                .app_data_dir()
                .map_err(|e| {
                    AppError::new(
                        ErrorCode::Internal,
                        format!("No data directory for Crescendo: {e}"),
                    )
                })
                .and_then(|dir| Session::open(&dir, Vault::new(SERVICE)));
            app.manage(state::AppState::new(session));
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Crescendo could not start: {e}");
            std::process::exit(1);
        });
}
