//! The Tauri app: builder, managed state and command wiring. No business logic lives here.

pub mod bindings;
mod commands;
mod state;

pub fn run() {
    tauri::Builder::default()
        .manage(state::AppState::default())
        .invoke_handler(tauri::generate_handler![
            commands::workspace::workspace_info,
            commands::brands::list_brands,
            commands::brands::select_brand,
            commands::campaigns::list_campaigns,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Crescendo could not start: {e}");
            std::process::exit(1);
        });
}
