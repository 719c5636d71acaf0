// tauri-build: embeds tauri.conf.json and generates `allow-<command>` permissions for the app's
// own commands, so each one must be granted by a capability before the UI can call it. The
// command names come from the one list in src-tauri/commands/mod.rs (`declare! { ... }`).
fn main() {
    const LIST: &str = "src-tauri/commands/mod.rs";
    println!("cargo:rerun-if-changed={LIST}");
    let src = std::fs::read_to_string(LIST).expect("src-tauri/commands/mod.rs");
    let block = src
        .split("\ndeclare! {")
        .nth(1)
        .and_then(|b| b.split('}').next())
        .expect("the declare! { ... } list of commands");
    let names: Vec<&'static str> = block
        .split(',')
        .filter_map(|item| item.trim().rsplit("::").next())
        .filter(|n| !n.is_empty())
        .map(|n| &*Box::leak(n.to_string().into_boxed_str()))
        .collect();
    assert!(!names.is_empty(), "no commands found in {LIST}");
    let names: &'static [&'static str] = Box::leak(names.into_boxed_slice());
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .expect("tauri-build failed");
}
