//! The command table the typed wrappers are generated from: each app command's name, its
//! arguments and what it answers, with the Rust types that cross IPC.

use crescendo_core::analytics::BudgetHistory;
use crescendo_core::brands::BrandView;
use crescendo_core::campaign_page::export::ExportRequest;
use crescendo_core::campaign_page::CampaignDetail;
use crescendo_core::campaigns::{CampaignPageView, CampaignQuery};
use crescendo_core::domain::breakdown::{AdSetChange, PlatformAdSet};
use crescendo_core::domain::{Campaign, CampaignEdit, CampaignMarket, Place, Post, Problem, Video};
use crescendo_core::draft::{CampaignDraft, CreateResult};
use crescendo_core::marin_new::{MarinCampaignOptions, MarinCreateResult};
use crescendo_core::meta_new::{MetaCampaignOptions, MetaCreateResult};
use crescendo_core::portfolio_page::PortfolioView;
use crescendo_core::profiles::Profile;
use crescendo_core::provider::marin::create::MarinCampaignDraft;
use crescendo_core::provider::meta::create::MetaCampaignDraft;
use crescendo_core::session::{ConnectionCheck, NewBrandInput, NewProfile};
use crescendo_core::startup::UiMark;
use crescendo_core::store::{DraftRecord, DraftSummary};
use crescendo_core::vault::KeychainStatus;
use crescendo_core::wizard::{
    LaunchPreview, LaunchRequest, PastedList, SearchAnswer, SearchKind, WizardContext,
};
use crescendo_core::WorkspaceInfo;
use ts_rs::{Config, TS};

/// A command: its name, its arguments (name, TS type) and what it returns.
pub struct Command {
    pub name: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub returns: String,
    pub doc: &'static str,
}

pub fn commands(cfg: &Config) -> Vec<Command> {
    vec![
        Command {
            name: "workspace_info",
            args: vec![],
            returns: WorkspaceInfo::name(cfg),
            doc: "The connected workspace (demo, Sandbox, Production).",
        },
        Command {
            name: "startup_mark",
            args: vec![("mark", UiMark::name(cfg))],
            returns: "null".into(),
            doc: "Records a point of the page's startup (the startup timeline scripts/bench reads).",
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
            name: "campaign_detail",
            args: vec![
                ("id", "string".into()),
                ("first", "string | null".into()),
                ("last", "string | null".into()),
                ("locale", "string".into()),
            ],
            returns: CampaignDetail::name(cfg),
            doc: "The campaign page: KPIs, pacing, figures, breakdowns, statuses.",
        },
        Command {
            name: "kept_campaign_detail",
            args: vec![
                ("id", "string".into()),
                ("first", "string | null".into()),
                ("last", "string | null".into()),
                ("locale", "string".into()),
            ],
            returns: format!("{} | null", CampaignDetail::name(cfg)),
            doc: "The campaign page from the local history (painted at once); null if never opened.",
        },
        Command {
            name: "export_campaign",
            args: vec![
                ("id", "string".into()),
                ("first", "string | null".into()),
                ("last", "string | null".into()),
                ("locale", "string".into()),
                ("request", ExportRequest::name(cfg)),
            ],
            returns: "string | null".into(),
            doc: "Saves the daily stats (CSV) or a chart (SVG, PNG) where the manager picks; the path, or null if cancelled.",
        },
        Command {
            name: "set_campaign_paused",
            args: vec![
                ("id", "string".into()),
                ("paused", "boolean".into()),
                ("confirmed", "boolean".into()),
            ],
            returns: Campaign::name(cfg),
            doc: "Pause or resume a campaign the platform runs; answers the campaign as it is now. Resuming one that spends real money needs `confirmed` (else a validation error with a `confirmation` problem).",
        },
        Command {
            name: "edit_campaign",
            args: vec![("id", "string".into()), ("edit", CampaignEdit::name(cfg))],
            returns: Campaign::name(cfg),
            doc: "Change a running campaign's budget and/or end date.",
        },
        Command {
            name: "edit_ad_set",
            args: vec![
                ("id", "string".into()),
                ("adSet", "string".into()),
                ("change", AdSetChange::name(cfg)),
            ],
            returns: PlatformAdSet::name(cfg),
            doc: "Change one ad set's daily budget and/or bid (Marin Social); answers the ad set as it is now. Bad input is a validation error with each problem at its field (`dailyBudget`, `bid`).",
        },
        Command {
            name: "set_ad_paused",
            args: vec![
                ("id", "string".into()),
                ("ad", "string".into()),
                ("paused", "boolean".into()),
                ("confirmed", "boolean".into()),
            ],
            returns: "null".into(),
            doc: "Pause or resume one ad of a campaign (Marin Social). Resuming one that spends real money needs `confirmed` (else a validation error with a `confirmation` problem).",
        },
        Command {
            name: "add_campaign_locations",
            args: vec![
                ("id", "string".into()),
                ("marketId", "string".into()),
                ("places", format!("Array<{}>", Place::name(cfg))),
            ],
            returns: format!("Array<{}>", CampaignMarket::name(cfg)),
            doc: "Add places to a market of a campaign the platform runs; answers its markets as they are now.",
        },
        Command {
            name: "set_location_paused",
            args: vec![
                ("id", "string".into()),
                ("marketId", "string".into()),
                ("key", "string".into()),
                ("paused", "boolean".into()),
            ],
            returns: format!("Array<{}>", CampaignMarket::name(cfg)),
            doc: "Pause or resume one location of a market; answers the campaign's markets as they are now.",
        },
        Command {
            name: "portfolio",
            args: vec![
                ("first", "string | null".into()),
                ("last", "string | null".into()),
                ("locale", "string".into()),
            ],
            returns: PortfolioView::name(cfg),
            doc: "The active artist's campaigns together, grouped by currency.",
        },
        Command {
            name: "export_portfolio",
            args: vec![
                ("first", "string | null".into()),
                ("last", "string | null".into()),
                ("locale", "string".into()),
                ("request", ExportRequest::name(cfg)),
            ],
            returns: "string | null".into(),
            doc: "Saves the portfolio's daily rows (CSV) or a currency's chart (SVG, PNG) where the manager picks; the path, or null if cancelled.",
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
                ("brandId", "number | null".into()),
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
            name: "budget_history",
            args: vec![("objective", "string".into()), ("currency", "string".into())],
            returns: format!("{} | null", BudgetHistory::name(cfg)),
            doc: "What budgets bought in the artist's recent campaigns of this type.",
        },
        Command {
            name: "resolve_audiences",
            args: vec![("text", "string".into())],
            returns: PastedList::name(cfg),
            doc: "A pasted list of interests or artists, each name with its best match.",
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
                ("brandId", "number | null".into()),
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
        Command {
            name: "image",
            args: vec![("url", "string".into())],
            returns: "string".into(),
            doc: "An artwork or thumbnail address as a data: URL (https only, fetched once, cached on disk).",
        },
        Command {
            name: "meta_campaign_options",
            args: vec![],
            returns: MetaCampaignOptions::name(cfg),
            doc: "The Meta ad accounts the workspace shows and the documented choices for a new campaign.",
        },
        Command {
            name: "validate_meta_campaign",
            args: vec![("draft", MetaCampaignDraft::name(cfg))],
            returns: format!("Array<{}>", Problem::name(cfg)),
            doc: "The reference's rules on a new Meta campaign: each problem at its draft field.",
        },
        Command {
            name: "create_meta_campaign",
            args: vec![
                ("draft", MetaCampaignDraft::name(cfg)),
                ("confirmation", "string | null".into()),
            ],
            returns: MetaCreateResult::name(cfg),
            doc: "Create a Meta campaign, at most once; starting one that spends money needs the typed phrase.",
        },
        Command {
            name: "marin_campaign_options",
            args: vec![],
            returns: MarinCampaignOptions::name(cfg),
            doc: "The Marin Social accounts the workspace shows, their media plans, and the documented choices for a new campaign.",
        },
        Command {
            name: "validate_marin_campaign",
            args: vec![("draft", MarinCampaignDraft::name(cfg))],
            returns: format!("Array<{}>", Problem::name(cfg)),
            doc: "The reference's rules on a new Marin Social campaign: each problem at its draft field.",
        },
        Command {
            name: "create_marin_campaign",
            args: vec![
                ("draft", MarinCampaignDraft::name(cfg)),
                ("confirmation", "string | null".into()),
            ],
            returns: MarinCreateResult::name(cfg),
            doc: "Create a Marin Social campaign, at most once; starting one that spends money needs the typed phrase.",
        },
    ]
}
