// tauri-build: embeds tauri.conf.json and generates `allow-<command>` permissions for the app's
// own commands, so each one must be granted by a capability before the UI can call it.
fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(&[
                "workspace_info",
                "list_brands",
                "select_brand",
                "create_brand",
                "list_campaigns",
                "keychain_status",
                "list_profiles",
                "add_profile",
                "rename_profile",
                "remove_profile",
                "test_profile",
                "use_profile",
            ])),
    )
    .expect("tauri-build failed");
}
