//! TypeScript bindings for the UI, generated from the Rust types (ts-rs) and the command list
//! below. `ui/src/lib/bindings.ts` is committed; a test fails when it is stale. Regenerate with
//! `UPDATE_BINDINGS=1 cargo test -p crescendo bindings`.

use crescendo_core::analytics::{
    BudgetHistory, CampaignReport, CampaignScore, CountKpi, CountryRow, CurrencyGroup, DateRange,
    DayPoint, Kpis, MoneyKpi, PaceVerdict, Pacing, PercentKpi, Portfolio, PortfolioDay, Totals,
    TypeGroup,
};
use crescendo_core::brands::BrandView;
use crescendo_core::campaign_page::export::{ExportFormat, ExportRequest};
use crescendo_core::campaign_page::{CampaignDetail, PageFigure};
use crescendo_core::campaigns::{
    CampaignPageView, CampaignQuery, CampaignRow, CampaignSort, SortKey,
};
use crescendo_core::chart::{ChartSvg, PlotArea, XDomain, YDomain};
use crescendo_core::domain::breakdown::{
    AccountHealth, AdSetChange, PlatformAdSet, PlatformEntity, PlatformIssue,
};
use crescendo_core::domain::{
    Audience, Campaign, CampaignState, Choice, Demographics, ExternalLink, Language, Market,
    Objective, Place, PlaceKind, Post, Problem, ProblemCode, ProviderKind, Release, Schedule,
    Status, StatusTone, TargetingSummary, Video,
};
use crescendo_core::domain::{CampaignEdit, CampaignMarket, CreativeStat, MarketLocation};
use crescendo_core::draft::{CampaignDraft, CreateResult, CreativeDraft, MediaDraft};
use crescendo_core::marin_new::{
    MarinAccountOption, MarinCampaignOptions, MarinCreateResult, MarinPlanOption,
};
use crescendo_core::meta_new::{
    MetaAccountOption, MetaCampaignOptions, MetaChoice, MetaCreateResult,
};
use crescendo_core::money::Money;
use crescendo_core::portfolio_page::PortfolioView;
use crescendo_core::profiles::{Environment, Profile};
use crescendo_core::provider::marin::create::MarinCampaignDraft;
use crescendo_core::provider::meta::create::MetaCampaignDraft;
use crescendo_core::provider::FilterOptions;
use crescendo_core::session::{ConnectionCheck, NewBrandInput, NewProfile};
use crescendo_core::startup::UiMark;
use crescendo_core::store::{DraftRecord, DraftSummary, LaunchState};
use crescendo_core::vault::{KeyStorage, KeychainStatus};
use crescendo_core::wizard::{
    LaunchPreview, LaunchRequest, ObjectiveInfo, PastedList, PastedName, SearchAnswer, SearchKind,
    SearchResults, Step, WizardContext,
};
use crescendo_core::{AppError, ErrorCode, WorkspaceInfo, WorkspaceKind};
use ts_rs::{Config, TS};

mod commands;
use commands::commands;

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
        UiMark::decl(&cfg),
        BrandView::decl(&cfg),
        Money::decl(&cfg),
        StatusTone::decl(&cfg),
        CampaignState::decl(&cfg),
        ProviderKind::decl(&cfg),
        Choice::decl(&cfg),
        FilterOptions::decl(&cfg),
        CampaignRow::decl(&cfg),
        SortKey::decl(&cfg),
        CampaignSort::decl(&cfg),
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
        PastedName::decl(&cfg),
        PastedList::decl(&cfg),
        ExternalLink::decl(&cfg),
        Release::decl(&cfg),
        Post::decl(&cfg),
        Video::decl(&cfg),
        Objective::decl(&cfg),
        Status::decl(&cfg),
        Schedule::decl(&cfg),
        TargetingSummary::decl(&cfg),
        Campaign::decl(&cfg),
        CampaignEdit::decl(&cfg),
        DateRange::decl(&cfg),
        MoneyKpi::decl(&cfg),
        CountKpi::decl(&cfg),
        PercentKpi::decl(&cfg),
        Kpis::decl(&cfg),
        PaceVerdict::decl(&cfg),
        Pacing::decl(&cfg),
        DayPoint::decl(&cfg),
        CampaignReport::decl(&cfg),
        PlotArea::decl(&cfg),
        XDomain::decl(&cfg),
        YDomain::decl(&cfg),
        ChartSvg::decl(&cfg),
        PageFigure::decl(&cfg),
        CountryRow::decl(&cfg),
        CreativeStat::decl(&cfg),
        PlatformEntity::decl(&cfg),
        PlatformIssue::decl(&cfg),
        PlatformAdSet::decl(&cfg),
        AdSetChange::decl(&cfg),
        AccountHealth::decl(&cfg),
        MarketLocation::decl(&cfg),
        CampaignMarket::decl(&cfg),
        CampaignDetail::decl(&cfg),
        ExportFormat::decl(&cfg),
        ExportRequest::decl(&cfg),
        BudgetHistory::decl(&cfg),
        Totals::decl(&cfg),
        PortfolioDay::decl(&cfg),
        CampaignScore::decl(&cfg),
        CurrencyGroup::decl(&cfg),
        TypeGroup::decl(&cfg),
        Portfolio::decl(&cfg),
        PortfolioView::decl(&cfg),
        LaunchState::decl(&cfg),
        DraftRecord::decl(&cfg),
        DraftSummary::decl(&cfg),
        MetaCampaignDraft::decl(&cfg),
        MetaAccountOption::decl(&cfg),
        MetaChoice::decl(&cfg),
        MetaCampaignOptions::decl(&cfg),
        MetaCreateResult::decl(&cfg),
        MarinCampaignDraft::decl(&cfg),
        MarinPlanOption::decl(&cfg),
        MarinAccountOption::decl(&cfg),
        MarinCampaignOptions::decl(&cfg),
        MarinCreateResult::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from Rust by src-tauri/bindings/. Do not edit: run\n// `UPDATE_BINDINGS=1 cargo test -p crescendo bindings` after changing a command or type.\n\n",
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
        assert_eq!(wrapped, crate::commands::NAMES, "bindings/commands.rs");
        let caps: serde_json::Value =
            serde_json::from_str(include_str!("../capabilities/main.json")).expect("capabilities");
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
            serde_json::from_str(include_str!("../../tauri.conf.json")).expect("tauri.conf.json");
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
