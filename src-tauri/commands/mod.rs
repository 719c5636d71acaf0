//! IPC commands: one module per domain, each a one-line wrapper over crescendo-core.

pub mod accounts;
pub mod brands;
pub mod campaigns;
pub mod workspace;

#[cfg(test)]
mod tests {
    /// A panicking command never answers its promise; `shield` turns a panic into an error
    /// (tested in crescendo-core). This keeps every command behind it, including new ones.
    #[test]
    fn every_command_body_runs_inside_shield() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/commands");
        let mut commands = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            for item in text.split("\n#[tauri::command]\n").skip(1) {
                commands += 1;
                let body = item.split_once(" {\n").map(|(_, b)| b).unwrap_or("");
                assert!(
                    body.trim_start().starts_with("shield("),
                    "a command in {} does not run inside shield(): {}",
                    path.display(),
                    item.lines().nth(1).unwrap_or("")
                );
            }
        }
        assert!(commands >= 12, "found only {commands} commands");
    }
}
