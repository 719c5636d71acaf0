//! IPC commands: one module per domain, each a one-line wrapper over crescendo-core.

pub mod accounts;
pub mod brands;
pub mod campaigns;
pub mod drafts;
pub mod images;
pub mod marinnew;
pub mod metanew;
pub mod wizard;
pub mod workspace;

/// Declares the app's commands: their names (for the bindings and the capability check) and the
/// invoke handler. build.rs reads the same list for the permissions tauri-build generates.
macro_rules! declare {
    ($($module:ident::$name:ident),* $(,)?) => {
        /// Every command's name, in declaration order (checked against bindings and grants).
        #[cfg(test)]
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// The invoke handler with every command.
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($module::$name),*]
        }
    };
}

// The one list of commands. A new command goes here, gets a typed wrapper in bindings/commands.rs and a
// grant in capabilities/main.json (tests check both).
declare! {
    workspace::workspace_info,
    workspace::startup_mark,
    brands::list_brands,
    brands::select_brand,
    campaigns::list_campaigns,
    campaigns::campaign_detail,
    campaigns::kept_campaign_detail,
    campaigns::export_campaign,
    campaigns::set_campaign_paused,
    campaigns::edit_campaign,
    campaigns::edit_ad_set,
    campaigns::set_ad_paused,
    campaigns::add_campaign_locations,
    campaigns::set_location_paused,
    campaigns::portfolio,
    campaigns::export_portfolio,
    brands::create_brand,
    accounts::keychain_status,
    accounts::list_profiles,
    accounts::add_profile,
    accounts::rename_profile,
    accounts::remove_profile,
    accounts::test_profile,
    accounts::use_profile,
    wizard::wizard_context,
    wizard::validate_draft,
    wizard::launch_preview,
    wizard::search,
    wizard::budget_history,
    wizard::resolve_audiences,
    wizard::list_posts,
    wizard::list_videos,
    wizard::launch_campaign,
    wizard::get_campaign,
    drafts::list_drafts,
    drafts::get_draft,
    drafts::save_draft,
    drafts::delete_draft,
    drafts::duplicate_draft,
    images::image,
    metanew::meta_campaign_options,
    metanew::validate_meta_campaign,
    metanew::create_meta_campaign,
    marinnew::marin_campaign_options,
    marinnew::validate_marin_campaign,
    marinnew::create_marin_campaign,
}

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
