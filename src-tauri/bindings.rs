//! TypeScript bindings for the UI, generated from the Rust types (ts-rs) and the command list
//! below. `ui/src/lib/bindings.ts` is committed; a test fails when it is stale. Regenerate with
//! `UPDATE_BINDINGS=1 cargo test -p crescendo bindings`.

use crescendo_core::brands::BrandView;
use crescendo_core::campaigns::{CampaignPageView, CampaignQuery, CampaignRow};
use crescendo_core::domain::{
    Audience, Campaign, CampaignState, Choice, Demographics, ExternalLink, Language, Market,
    Objective, Place, PlaceKind, Post, Problem, ProblemCode, ProviderKind, Release, Schedule,
    Status, StatusTone, TargetingSummary, Video,
};
use crescendo_core::draft::{CampaignDraft, CreateResult, CreativeDraft, MediaDraft};
use crescendo_core::money::Money;
use crescendo_core::profiles::{Environment, Profile};
use crescendo_core::provider::FilterOptions;
use crescendo_core::session::{ConnectionCheck, NewBrandInput, NewProfile};
use crescendo_core::store::{DraftRecord, DraftSummary, LaunchState};
use crescendo_core::vault::{KeyStorage, KeychainStatus};
use crescendo_core::wizard::{
    LaunchPreview, LaunchRequest, ObjectiveInfo, SearchAnswer, SearchKind, SearchResults, Step,
    WizardContext,
};
use crescendo_core::{AppError, ErrorCode, WorkspaceInfo, WorkspaceKind};
use ts_rs::{Config, TS};

/// A command: its name, its arguments (name, TS type) and what it returns.
struct Command {
    name: &'static str,
    args: Vec<(&'static str, String)>,
    returns: String,
    doc: &'static str,
}

fn commands(cfg: &Config) -> Vec<Command> {
    vec![
        Command {
            name: "workspace_info",
            args: vec![],
            returns: WorkspaceInfo::name(cfg),
            doc: "The connected workspace (demo, Sandbox, Production).",
        },
        Command {
            name: "list_brands",
            args: vec![],
            returns: format!("Array<{}>", BrandView::name(cfg)),
            doc: "Brands (artists) the key can act for.",
        },
        Command {
            name: "select_brand",
            args: vec![("brandId", "number".into())],
            returns: BrandView::name(cfg),
            doc: "Act for this brand from now on.",
        },
        Command {
            name: "list_campaigns",
            args: vec![("query", CampaignQuery::name(cfg))],
            returns: CampaignPageView::name(cfg),
            doc: "One page of the active brand's campaigns.",
        },
        Command {
            name: "create_brand",
            args: vec![("input", NewBrandInput::name(cfg))],
            returns: BrandView::name(cfg),
            doc: "Create a brand (artist) under the key.",
        },
        Command {
            name: "keychain_status",
            args: vec![],
            returns: KeychainStatus::name(cfg),
            doc: "Whether keys can be stored in the system keychain now.",
        },
        Command {
            name: "list_profiles",
            args: vec![],
            returns: format!("Array<{}>", Profile::name(cfg)),
            doc: "Saved accounts (never their keys).",
        },
        Command {
            name: "add_profile",
            args: vec![("input", NewProfile::name(cfg))],
            returns: Profile::name(cfg),
            doc: "Save an account; its key goes to the keychain and never comes back.",
        },
        Command {
            name: "rename_profile",
            args: vec![("id", "string".into()), ("name", "string".into())],
            returns: Profile::name(cfg),
            doc: "Rename a saved account.",
        },
        Command {
            name: "remove_profile",
            args: vec![("id", "string".into())],
            returns: "null".into(),
            doc: "Delete a saved account and its keychain entry.",
        },
        Command {
            name: "test_profile",
            args: vec![("id", "string".into())],
            returns: ConnectionCheck::name(cfg),
            doc: "Check an account's key against the API.",
        },
        Command {
            name: "use_profile",
            args: vec![("id", "string | null".into())],
            returns: WorkspaceInfo::name(cfg),
            doc: "Switch to a saved account, or to the demo with null.",
        },
        Command {
            name: "wizard_context",
            args: vec![],
            returns: WizardContext::name(cfg),
            doc: "What the campaign wizard opens with for the active artist.",
        },
        Command {
            name: "validate_draft",
            args: vec![
                ("draft", CampaignDraft::name(cfg)),
                ("currency", "string | null".into()),
            ],
            returns: format!("Array<{}>", Problem::name(cfg)),
            doc: "The documented rules on a draft: each problem at its request field.",
        },
        Command {
            name: "launch_preview",
            args: vec![
                ("draft", CampaignDraft::name(cfg)),
                ("artist", "string".into()),
            ],
            returns: LaunchPreview::name(cfg),
            doc: "The request a launch will send, its budget figures and the confirmation phrase.",
        },
        Command {
            name: "search",
            args: vec![
                ("kind", SearchKind::name(cfg)),
                ("picker", "string".into()),
                ("query", "string".into()),
                ("generation", "number".into()),
            ],
            returns: SearchAnswer::name(cfg),
            doc: "A picker's type-ahead query; older generations of the same picker are dropped.",
        },
        Command {
            name: "list_posts",
            args: vec![],
            returns: format!("Array<{}>", Post::name(cfg)),
            doc: "The artist's Instagram posts.",
        },
        Command {
            name: "list_videos",
            args: vec![],
            returns: format!("Array<{}>", Video::name(cfg)),
            doc: "The artist's YouTube videos.",
        },
        Command {
            name: "launch_campaign",
            args: vec![
                ("request", LaunchRequest::name(cfg)),
                ("draftId", "string | null".into()),
            ],
            returns: CreateResult::name(cfg),
            doc: "Launch a draft, at most once; Production needs the typed confirmation.",
        },
        Command {
            name: "get_campaign",
            args: vec![("id", "string".into())],
            returns: Campaign::name(cfg),
            doc: "One campaign, fresh from the provider.",
        },
        Command {
            name: "list_drafts",
            args: vec![],
            returns: format!("Array<{}>", DraftSummary::name(cfg)),
            doc: "Drafts of the account and artist in use, newest first.",
        },
        Command {
            name: "get_draft",
            args: vec![("id", "string".into())],
            returns: DraftRecord::name(cfg),
            doc: "One saved draft.",
        },
        Command {
            name: "save_draft",
            args: vec![
                ("id", "string | null".into()),
                ("revision", "number".into()),
                ("draft", CampaignDraft::name(cfg)),
            ],
            returns: DraftRecord::name(cfg),
            doc: "Save the wizard's draft (a stale revision is refused, never overwritten).",
        },
        Command {
            name: "delete_draft",
            args: vec![("id", "string".into())],
            returns: "null".into(),
            doc: "Delete a draft.",
        },
        Command {
            name: "duplicate_draft",
            args: vec![("id", "string".into())],
            returns: DraftRecord::name(cfg),
            doc: "A copy of a draft, as a new draft.",
        },
    ]
}

fn camel(s: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in s.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

pub fn generate() -> String {
    let cfg = Config::new().with_large_int("number");
    let decls = [
        ErrorCode::decl(&cfg),
        AppError::decl(&cfg),
        WorkspaceKind::decl(&cfg),
        WorkspaceInfo::decl(&cfg),
        BrandView::decl(&cfg),
        Money::decl(&cfg),
        StatusTone::decl(&cfg),
        CampaignState::decl(&cfg),
        ProviderKind::decl(&cfg),
        Choice::decl(&cfg),
        FilterOptions::decl(&cfg),
        CampaignRow::decl(&cfg),
        CampaignQuery::decl(&cfg),
        CampaignPageView::decl(&cfg),
        KeyStorage::decl(&cfg),
        KeychainStatus::decl(&cfg),
        Environment::decl(&cfg),
        Profile::decl(&cfg),
        NewProfile::decl(&cfg),
        ConnectionCheck::decl(&cfg),
        NewBrandInput::decl(&cfg),
        Problem::decl(&cfg),
        ProblemCode::decl(&cfg),
        PlaceKind::decl(&cfg),
        Place::decl(&cfg),
        Market::decl(&cfg),
        Audience::decl(&cfg),
        Language::decl(&cfg),
        Demographics::decl(&cfg),
        MediaDraft::decl(&cfg),
        CreativeDraft::decl(&cfg),
        CampaignDraft::decl(&cfg),
        CreateResult::decl(&cfg),
        LaunchRequest::decl(&cfg),
        LaunchPreview::decl(&cfg),
        Step::decl(&cfg),
        ObjectiveInfo::decl(&cfg),
        WizardContext::decl(&cfg),
        SearchKind::decl(&cfg),
        SearchResults::decl(&cfg),
        SearchAnswer::decl(&cfg),
        ExternalLink::decl(&cfg),
        Release::decl(&cfg),
        Post::decl(&cfg),
        Video::decl(&cfg),
        Objective::decl(&cfg),
        Status::decl(&cfg),
        Schedule::decl(&cfg),
        TargetingSummary::decl(&cfg),
        Campaign::decl(&cfg),
        LaunchState::decl(&cfg),
        DraftRecord::decl(&cfg),
        DraftSummary::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from Rust by src-tauri/bindings.rs. Do not edit: run\n// `UPDATE_BINDINGS=1 cargo test -p crescendo bindings` after changing a command or type.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    let codes: Vec<String> = ErrorCode::ALL
        .iter()
        .filter_map(|c| serde_json::to_string(c).ok())
        .collect();
    out.push_str(&format!(
        "export const ERROR_CODES: readonly ErrorCode[] = [{}];\n\n",
        codes.join(", ")
    ));
    out.push_str(
        "export type Invoke = <T>(cmd: string, args?: Record<string, unknown>) => Promise<T>;\n\n",
    );
    out.push_str("/** Typed wrappers over every app command. */\nexport function commands(invoke: Invoke) {\n  return {\n");
    for c in commands(&cfg) {
        let params = c
            .args
            .iter()
            .map(|(n, t)| format!("{n}: {t}"))
            .collect::<Vec<_>>()
            .join(", ");
        let pass = if c.args.is_empty() {
            String::new()
        } else {
            format!(
                ", {{ {} }}",
                c.args
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        out.push_str(&format!(
            "    /** {} */\n    {}: ({params}) => invoke<{}>(\"{}\"{pass}),\n",
            c.doc,
            camel(c.name),
            c.returns,
            c.name
        ));
    }
    out.push_str("  };\n}\n\nexport const COMMAND_NAMES = [");
    out.push_str(
        &commands(&cfg)
            .iter()
            .map(|c| format!("\"{}\"", c.name))
            .collect::<Vec<_>>()
            .join(", "),
    );
    out.push_str("] as const;\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings.ts")
    }

    #[test]
    fn bindings_are_up_to_date() {
        let fresh = generate();
        if std::env::var("UPDATE_BINDINGS").is_ok() {
            std::fs::write(path(), &fresh).expect("write bindings");
        }
        let committed = std::fs::read_to_string(path()).unwrap_or_default();
        assert!(committed == fresh, "ui/src/lib/bindings.ts is stale: run UPDATE_BINDINGS=1 cargo test -p crescendo bindings");
    }

    /// The one list of commands (commands/mod.rs, also read by build.rs) is what the bindings
    /// wrap and what the window is granted: nothing more, nothing less.
    #[test]
    fn bindings_and_grants_match_the_one_command_list() {
        let wrapped: Vec<&str> = commands(&Config::new()).iter().map(|c| c.name).collect();
        assert_eq!(wrapped, crate::commands::NAMES, "bindings.rs commands()");
        let caps: serde_json::Value =
            serde_json::from_str(include_str!("capabilities/main.json")).expect("capabilities");
        let mut granted: Vec<String> = caps["permissions"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|p| p.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let mut expected: Vec<String> = crate::commands::NAMES
            .iter()
            .map(|n| format!("allow-{}", n.replace('_', "-")))
            .collect();
        granted.sort();
        expected.sort();
        assert_eq!(granted, expected, "capabilities/main.json");
    }

    #[test]
    fn the_cli_and_the_app_share_one_data_directory_and_keychain_service() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).expect("tauri.conf.json");
        assert_eq!(conf["identifier"], crescendo_core::paths::IDENTIFIER);
        assert_eq!(
            crescendo_core::vault::SERVICE,
            crescendo_core::paths::IDENTIFIER
        );
    }

    #[test]
    fn errors_cross_ipc_as_code_and_message() {
        let e = AppError::new(ErrorCode::RateLimited, "slow down");
        assert_eq!(
            serde_json::to_value(e).ok(),
            Some(serde_json::json!({ "code": "rate_limited", "message": "slow down" }))
        );
    }
}
