//! The demo workspace end to end in Rust: embedded sandbox, brands, campaign pages.

use crescendo_core::campaigns::{self, CampaignQuery};
use crescendo_core::domain::StatusTone;
use crescendo_core::{brands, ErrorCode, Workspace, WorkspaceKind};

#[tokio::test]
async fn demo_workspace_lists_brands_and_campaigns() {
    let ws = Workspace::demo().await.expect("demo starts");
    assert_eq!(ws.info().kind, WorkspaceKind::Demo);
    assert!(ws.info().advertising_url.starts_with("http://127.0.0.1:"));
    assert!(!ws.info().spends_money);

    let bs = brands::list(&ws).await.expect("brands");
    assert_eq!(
        bs.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
        ["Luna Vega", "Los Cuervos del Norte"]
    );
    assert!(bs[0].is_active);

    let page = campaigns::list(
        &ws,
        &CampaignQuery {
            page: 1,
            page_size: 5,
            ..Default::default()
        },
    )
    .await
    .expect("page");
    // Luna Vega's 8 Symphony campaigns, then the 6 of the demo's Meta ad account.
    assert_eq!((page.rows.len(), page.total, page.total_pages), (5, 14, 3));
    // Names, statuses and budgets show, though the list rows carry no name (as documented).
    assert!(page
        .rows
        .iter()
        .any(|r| r.name == "Summer single — pre-save"));
    assert!(page.rows.iter().all(|r| !r.name.starts_with("Campaign #")));
    assert!(page.rows.iter().all(|r| !r.status_label.is_empty()));
    assert!(page
        .rows
        .iter()
        .all(|r| r.budget.currency == "USD" && r.budget.amount.scale() == 2));
    let page2 = campaigns::list(
        &ws,
        &CampaignQuery {
            page: 2,
            page_size: 5,
            ..Default::default()
        },
    )
    .await
    .expect("page 2");
    assert_eq!(page2.rows.len(), 5);
    let providers: Vec<_> = page2.rows.iter().map(|r| r.provider).collect();
    use crescendo_core::domain::ProviderKind::{Meta, Symphony};
    assert_eq!(providers, [Symphony, Symphony, Symphony, Meta, Meta]);
    assert!(page2.rows[3].id.starts_with("meta:demo:"));
    assert!(page2
        .rows
        .iter()
        .all(|r| !page.rows.iter().any(|p| p.id == r.id)));

    let active = campaigns::list(
        &ws,
        &CampaignQuery {
            status: Some("ACTIVE".into()),
            page: 1,
            page_size: 25,
            ..Default::default()
        },
    )
    .await
    .expect("filter");
    assert!(active.rows.iter().all(|r| r.tone == StatusTone::Positive));

    let mx = brands::select(&ws, 574).await.expect("select");
    assert_eq!(mx.currency.as_deref(), Some("MXN"));
    let page = campaigns::list(
        &ws,
        &CampaignQuery {
            page: 1,
            page_size: 25,
            ..Default::default()
        },
    )
    .await
    .expect("mx page");
    assert_eq!(page.total, 3, "the Meta account is Luna Vega's, not theirs");
    assert!(page.rows.iter().all(|r| r.budget.currency == "MXN"));
    assert!(page
        .rows
        .iter()
        .any(|r| r.name == "Corridos en vivo — streams"));

    let err = brands::select(&ws, 1).await.expect_err("unknown brand");
    assert_eq!(err.code, ErrorCode::NotFound);
    let err = campaigns::list(
        &ws,
        &CampaignQuery {
            page: 1,
            page_size: 500,
            ..Default::default()
        },
    )
    .await
    .expect_err("too big");
    assert_eq!(err.code, ErrorCode::Validation);
}

#[tokio::test]
async fn names_and_currencies_come_from_details_once_then_from_memory() {
    use symphony_api::{ApiKey, Endpoints};
    use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let endpoints = Endpoints::new(&sb.advertising_url(), &sb.v2_url()).expect("urls");
    let ws = Workspace::connect(
        WorkspaceKind::Custom,
        endpoints,
        ApiKey::new(DEMO_KEY).expect("key"),
    )
    .expect("ws");
    let query = CampaignQuery {
        page: 1,
        page_size: 25,
        ..Default::default()
    };
    let page = campaigns::list(&ws, &query).await.expect("page");
    assert_eq!(page.total, 8);
    let mut names: Vec<&str> = page.rows.iter().map(|r| r.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names[0], "Acoustic EP — awaiting review");
    assert!(page.rows.iter().all(|r| !r.name.starts_with("Campaign #")));
    assert!(page.rows.iter().all(|r| r.budget.currency == "USD"));
    let paths =
        |sb: &Sandbox| -> Vec<String> { sb.requests().iter().map(|r| r.path.clone()).collect() };
    let first = paths(&sb);
    assert_eq!(
        first.len(),
        1 + 8,
        "the list and each row's details once: {first:?}"
    );
    assert_eq!(first[0], "/advertising/v1/campaign");
    assert!(first[1..]
        .iter()
        .all(|p| p.starts_with("/advertising/v1/campaign/")));

    sb.clear_requests();
    let again = campaigns::list(&ws, &query).await.expect("page again");
    assert_eq!(again.rows, page.rows);
    assert_eq!(
        paths(&sb),
        ["/advertising/v1/campaign"],
        "names and currencies come from memory the second time"
    );
}

#[tokio::test]
async fn a_page_beyond_any_list_is_a_validation_error() {
    let ws = Workspace::demo().await.expect("demo starts");
    let err = campaigns::list(
        &ws,
        &CampaignQuery {
            page: u32::MAX,
            page_size: 100,
            ..Default::default()
        },
    )
    .await
    .expect_err("overflow");
    assert_eq!(err.code, ErrorCode::Validation);
}

#[tokio::test]
async fn the_documented_budget_and_date_filters_narrow_the_list() {
    let ws = Workspace::demo().await.expect("demo starts");
    let all = campaigns::list(
        &ws,
        &CampaignQuery {
            page: 1,
            page_size: 25,
            ..Default::default()
        },
    )
    .await
    .expect("all");
    let big = campaigns::list(
        &ws,
        &CampaignQuery {
            budget_min: Some("1000".into()),
            page: 1,
            page_size: 25,
            ..Default::default()
        },
    )
    .await
    .expect("filtered");
    assert!(
        big.total > 0 && big.total < all.total,
        "{} of {}",
        big.total,
        all.total
    );
    assert!(
        big.rows
            .iter()
            .all(|r| r.budget.amount >= rust_decimal::Decimal::from(1000)),
        "every row is within the filter"
    );
    let refused = campaigns::list(
        &ws,
        &CampaignQuery {
            starts_from: Some("2026-12-31".into()),
            ends_before: Some("2026-01-01".into()),
            page: 1,
            page_size: 25,
            ..Default::default()
        },
    )
    .await
    .expect_err("a reversed range");
    assert_eq!(refused.problems[0].field, "endsBefore");
}
