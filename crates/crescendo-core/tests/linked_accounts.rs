//! A Symphony workspace with a Meta ad account linked beside it, over real HTTP against both
//! simulators: one list paged across the two accounts, routed ids that reach the right
//! account, the provider filter, and a portfolio totalled per currency.

mod sandbox_common;
use crescendo_core::domain::{CampaignFilter, CampaignState, ProviderKind};
use crescendo_core::provider::linked::LinkedAccount;
use crescendo_core::provider::meta::MetaConnector;
use crescendo_core::provider::Connector;
use crescendo_core::{campaign_page, portfolio_page, ErrorCode, Workspace, WorkspaceKind};
use meta_api::{AccessToken, AdAccountId, Client};
use std::collections::HashSet;

struct Both {
    _symphony: symphony_sandbox::Sandbox,
    meta: meta_sandbox::Sandbox,
    ws: Workspace,
}

fn meta_connector(sb: &meta_sandbox::Sandbox) -> MetaConnector {
    meta_account(sb, meta_sandbox::USD_ACCOUNT)
}

fn meta_account(sb: &meta_sandbox::Sandbox, number: &str) -> MetaConnector {
    let token = AccessToken::new(meta_sandbox::DEMO_TOKEN).expect("token");
    let client = Client::builder(&sb.base_url(), token)
        .build()
        .expect("client");
    let account = AdAccountId::parse(number).expect("account");
    MetaConnector::new(client, account)
}

async fn start() -> Both {
    let (symphony, ws) = sandbox_common::start(WorkspaceKind::Custom).await;
    ws.set_active_brand(Some(358));
    let meta = meta_sandbox::Sandbox::start(meta_sandbox::SandboxConfig {
        seed: 11,
        in_process: chrono::Duration::zero(),
        ..meta_sandbox::SandboxConfig::default()
    })
    .await
    .expect("meta sandbox");
    ws.set_linked(vec![LinkedAccount::meta(
        "k1",
        "Skrlth on Meta",
        meta_connector(&meta),
    )]);
    Both {
        _symphony: symphony,
        meta,
        ws,
    }
}

fn page(offset: u32, limit: u32) -> CampaignFilter {
    CampaignFilter {
        offset,
        limit,
        ..CampaignFilter::default()
    }
}

/// Every id of a list, walked page by page.
async fn walk(c: &Connector, f: &CampaignFilter, size: u32) -> (Vec<String>, u64) {
    let (mut ids, mut offset) = (Vec::new(), 0);
    loop {
        let p = c
            .campaigns(&CampaignFilter {
                offset,
                limit: size,
                ..f.clone()
            })
            .await
            .expect("page");
        if p.campaigns.is_empty() {
            return (ids, p.total);
        }
        assert!(p.campaigns.len() <= size as usize, "a page is never longer");
        ids.extend(p.campaigns.into_iter().map(|c| c.id));
        offset += size;
    }
}

#[tokio::test]
async fn one_list_pages_across_both_accounts_main_first() {
    let b = start().await;
    let symphony = b.ws.main_connector();
    let meta = Connector::Meta(meta_connector(&b.meta));
    let (sym_ids, sym_total) = walk(&symphony, &page(0, 0), 40).await;
    let (meta_ids, meta_total) = walk(&meta, &page(0, 0), 40).await;
    assert!(
        sym_total > 7 && meta_total > 4,
        "both demo accounts have campaigns: {sym_total} and {meta_total}"
    );

    // Pages of 7 straddle the seam between the accounts somewhere.
    let linked = b.ws.connector();
    let (ids, total) = walk(&linked, &page(0, 0), 7).await;
    assert_eq!(total, sym_total + meta_total);
    let expected: Vec<String> = sym_ids
        .iter()
        .cloned()
        .chain(meta_ids.iter().map(|id| format!("meta:k1:{id}")))
        .collect();
    assert_eq!(ids, expected, "Symphony's list, then Meta's, each id once");
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());

    // The page that holds the seam has rows of both.
    let seam = (sym_total as u32 / 7) * 7;
    let p = linked.campaigns(&page(seam, 7)).await.expect("seam page");
    let kinds: HashSet<_> = p.campaigns.iter().map(|c| c.provider).collect();
    assert!(
        sym_total % 7 == 0 || kinds.len() == 2,
        "rows of both providers on the seam page: {kinds:?}"
    );
    assert_eq!(p.total_pages, total.div_ceil(7));
}

#[tokio::test]
async fn the_provider_filter_and_statuses_follow_the_same_pages() {
    let b = start().await;
    let linked = b.ws.connector();
    let only_meta = CampaignFilter {
        provider: Some(ProviderKind::Meta),
        ..page(0, 0)
    };
    let (ids, total) = walk(&linked, &only_meta, 10).await;
    assert!(total > 0);
    assert!(ids.iter().all(|id| id.starts_with("meta:k1:")), "{ids:?}");

    let only_symphony = CampaignFilter {
        provider: Some(ProviderKind::Symphony),
        ..page(0, 0)
    };
    let (ids, _) = walk(&linked, &only_symphony, 25).await;
    assert!(ids.iter().all(|id| !id.starts_with("meta:")));

    // The status watch's pages hold the same ids as the list's.
    let (all, total) = walk(&linked, &page(0, 0), 9).await;
    let mut watched = Vec::new();
    let mut offset = 0;
    while (offset as u64) < total {
        let s = linked.statuses(&page(offset, 9)).await.expect("statuses");
        assert_eq!(s.total, total);
        watched.extend(s.statuses.into_iter().map(|(id, _)| id));
        offset += 9;
    }
    assert_eq!(watched, all);

    let options = linked.filter_options();
    let providers: Vec<_> = options.providers.iter().map(|p| p.value.as_str()).collect();
    assert_eq!(providers, ["symphony", "meta"]);
    assert!(
        options.objectives.iter().any(|o| o.value == "LINK_CLICKS"),
        "Meta's objectives are offered beside Symphony's"
    );
}

#[tokio::test]
async fn a_routed_id_reaches_the_meta_account_for_the_page_and_its_actions() {
    let b = start().await;
    let linked = b.ws.connector();
    let all = linked
        .all_campaigns(&CampaignFilter {
            provider: Some(ProviderKind::Meta),
            ..page(0, 0)
        })
        .await
        .expect("all");
    let active = all
        .iter()
        .find(|c| c.status.state == CampaignState::Active)
        .expect("an active Meta campaign");
    assert!(active.id.starts_with("meta:k1:"));
    assert_eq!(active.budget.currency, "USD");

    let paused = campaign_page::set_paused(&b.ws, &active.id, true)
        .await
        .expect("paused");
    assert_eq!(
        paused.id, active.id,
        "the answer carries the routed id back"
    );
    assert_eq!(paused.status.state, CampaignState::Paused);
    // Meta itself says so, read without Crescendo's routing.
    let local = active.id.trim_start_matches("meta:k1:");
    let direct = Connector::Meta(meta_connector(&b.meta))
        .campaign(local)
        .await
        .expect("direct read");
    assert_eq!(direct.status.state, CampaignState::Paused);

    let days = linked.daily_stats(&active.id).await.expect("days");
    assert!(!days.days.is_empty());

    // An error from the linked account names it.
    let missing = linked
        .campaign("meta:k1:999999999")
        .await
        .expect_err("none");
    assert_eq!(missing.code, ErrorCode::NotFound);
    assert!(
        missing.message.starts_with("Skrlth on Meta: "),
        "{}",
        missing.message
    );
}

#[tokio::test]
async fn the_portfolio_totals_each_currency_across_providers() {
    let b = start().await;
    let alone = sandbox_common::connect(&b._symphony, WorkspaceKind::Custom);
    alone.set_active_brand(Some(358));
    let campaigns_in = |v: &portfolio_page::PortfolioView, cur: &str| {
        v.portfolio
            .by_currency
            .iter()
            .find(|g| g.totals.currency == cur)
            .map_or(0, |g| g.totals.campaigns)
    };
    let symphony_only = portfolio_page::portfolio_page(&alone, None, "en-US")
        .await
        .expect("Symphony's portfolio");
    // A yen account beside the dollar one.
    let mut linked = b.ws.linked();
    linked.push(LinkedAccount::meta(
        "k2",
        "Ren on Meta",
        meta_account(&b.meta, meta_sandbox::JPY_ACCOUNT),
    ));
    b.ws.set_linked(linked);
    let view = portfolio_page::portfolio_page(&b.ws, None, "en-US")
        .await
        .expect("portfolio");
    assert!(
        campaigns_in(&view, "USD") > campaigns_in(&symphony_only, "USD"),
        "Meta's dollar campaigns add to Symphony's dollars"
    );
    assert!(campaigns_in(&view, "JPY") > 0, "yen stay apart");
    let currencies: Vec<_> = view
        .portfolio
        .by_currency
        .iter()
        .map(|g| g.totals.currency.as_str())
        .collect();
    assert_eq!(
        view.figures.len(),
        currencies.len(),
        "a figure per currency"
    );
}
