//! An empty Tauri app: one window whose page tells Rust when it has mounted (and the same
//! setup and page-loaded marks as Crescendo). With
//! CRESCENDO_STARTUP_LOG set it appends `<mark> <unix ms>` lines there, as Crescendo does.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::io::Write;
use std::time::{SystemTime, UNIX_EPOCH};

fn mark(name: &str) {
    let Ok(path) = std::env::var("CRESCENDO_STARTUP_LOG") else {
        return;
    };
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = writeln!(f, "{name} {ms}");
    }
}

#[tauri::command]
fn mounted() {
    mark("painted");
}

fn main() {
    mark("process");
    tauri::Builder::default()
        .setup(|_| {
            mark("setup");
            Ok(())
        })
        .on_page_load(|_, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Finished {
                mark("webview");
            }
        })
        .invoke_handler(tauri::generate_handler![mounted])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("baseline could not start: {e}");
            std::process::exit(1);
        });
}
