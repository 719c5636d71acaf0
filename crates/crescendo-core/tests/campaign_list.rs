//! The campaigns list's search and sort over HTTP: a simulator holding more of the artist's
//! campaigns than one list request returns (100), read page by page through the client.

use crescendo_core::campaigns::{self, CampaignQuery, CampaignSort, SortKey};
use crescendo_core::domain::CampaignState;
use crescendo_core::{Workspace, WorkspaceKind};
use symphony_api::{ApiKey, Endpoints};
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

async fn start() -> (Sandbox, Workspace) {
    let sandbox = Sandbox::start(SandboxConfig {
        seed: 2026,
        // The client follows the server's X-RateLimit headers: room for the whole test.
        rate_limit: 10_000,
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let endpoints =
        Endpoints::new(&sandbox.advertising_url(), &sandbox.v2_url()).expect("endpoints");
    let ws = Workspace::connect(
        WorkspaceKind::Sandbox,
        endpoints,
        ApiKey::new(DEMO_KEY).expect("key"),
    )
    .expect("workspace");
    (sandbox, ws)
}

fn list_requests(s: &Sandbox) -> Vec<String> {
    s.requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.path.ends_with("/v1/campaign"))
        .map(|r| r.query.unwrap_or_default())
        .collect()
}

#[tokio::test]
async fn search_and_sort_read_every_page_and_page_the_result() {
    let (sandbox, ws) = start().await;
    let first = campaigns::list(&ws, &CampaignQuery::default())
        .await
        .expect("page");
    let luna_total = first.total;
    // Rows carry the campaign page's lock: an ended campaign cannot be paused from the list.
    let ended: Vec<_> = first
        .rows
        .iter()
        .filter(|r| r.state == CampaignState::Completed)
        .collect();
    assert!(!ended.is_empty(), "the demo data has an ended campaign");
    assert!(ended.iter().all(|r| r
        .locked_reason
        .as_deref()
        .is_some_and(|m| m.ends_with("has ended: its budget and dates can no longer change."))));
    let template: u64 = first.rows[0].id.parse().expect("numeric id");
    // 120 more of Luna Vega's campaigns: two list requests' worth, some named with accents.
    for i in 0..120u32 {
        let name = if i % 10 == 0 {
            format!("Beyoncé tribute {i:03}")
        } else {
            format!("Filler {i:03}")
        };
        sandbox.copy_campaign(template, &name).expect("copied");
    }
    sandbox.clear_requests();

    let q = CampaignQuery {
        search: Some("BEYONCE".into()),
        sort: Some(CampaignSort {
            key: SortKey::Name,
            descending: true,
        }),
        page: 2,
        page_size: 5,
        ..CampaignQuery::default()
    };
    let found = campaigns::list(&ws, &q).await.expect("searched");
    assert_eq!((found.total, found.total_pages, found.page), (12, 3, 2));
    let names: Vec<&str> = found.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Beyoncé tribute 060",
            "Beyoncé tribute 050",
            "Beyoncé tribute 040",
            "Beyoncé tribute 030",
            "Beyoncé tribute 020"
        ]
    );
    let total = luna_total + 120;
    let pages = list_requests(&sandbox);
    assert_eq!(
        pages.len() as u64,
        total.div_ceil(100),
        "one list request per 100 campaigns: {pages:?}"
    );
    assert!(pages.iter().all(|q| q.contains("limit=100")));
    assert!(pages.iter().any(|q| q.contains("offset=100")));

    // Names are cached: another search costs list requests only, no details.
    sandbox.clear_requests();
    let q = CampaignQuery {
        search: Some("tribute 11".into()),
        ..CampaignQuery::default()
    };
    let found = campaigns::list(&ws, &q).await.expect("searched again");
    assert_eq!(found.total, 1);
    let asked = sandbox.requests();
    assert!(
        asked.iter().all(|r| r.path.ends_with("/v1/campaign")),
        "{:?}",
        asked.iter().map(|r| &r.path).collect::<Vec<_>>()
    );

    // The documented filters still go to the API; the sort pages what they kept.
    sandbox.clear_requests();
    let q = CampaignQuery {
        status: Some("ACTIVE".into()),
        sort: Some(CampaignSort {
            key: SortKey::Budget,
            descending: false,
        }),
        page: 1,
        page_size: 100,
        ..CampaignQuery::default()
    };
    let active = campaigns::list(&ws, &q).await.expect("active");
    assert!(list_requests(&sandbox)
        .iter()
        .all(|q| q.contains("status=ACTIVE")));
    assert!(active.rows.iter().all(|r| r.status == "ACTIVE"));
    let budgets: Vec<_> = active.rows.iter().map(|r| r.budget.amount).collect();
    assert!(budgets.windows(2).all(|w| w[0] <= w[1]), "{budgets:?}");
    // Running campaigns can be paused from the list: no lock reason on their rows.
    assert!(active.rows.iter().all(|r| r.locked_reason.is_none()));
}

#[tokio::test]
async fn a_search_that_matches_nothing_is_an_empty_page_not_an_error() {
    let (_sandbox, ws) = start().await;
    let q = CampaignQuery {
        search: Some("no such campaign".into()),
        ..CampaignQuery::default()
    };
    let page = campaigns::list(&ws, &q).await.expect("empty");
    assert_eq!((page.rows.len(), page.total, page.total_pages), (0, 0, 0));
}

#[tokio::test]
async fn overlapping_searches_ask_each_campaigns_details_once() {
    let (sandbox, ws) = start().await;
    let template: u64 = campaigns::list(&ws, &CampaignQuery::default())
        .await
        .expect("page")
        .rows[0]
        .id
        .parse()
        .expect("numeric id");
    for i in 0..30u32 {
        sandbox
            .copy_campaign(template, &format!("Copy {i:02}"))
            .expect("copied");
    }
    sandbox.clear_requests();
    let search = |s: &str| CampaignQuery {
        search: Some(s.into()),
        ..CampaignQuery::default()
    };
    // Typed "co", then "cop" before the first answer: both read the whole list.
    let (co, cop) = (search("co"), search("cop"));
    let (a, b) = tokio::join!(campaigns::list(&ws, &co), campaigns::list(&ws, &cop));
    assert_eq!(b.expect("second").total, 30);
    a.expect("first");
    let mut details: Vec<String> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.path.contains("/v1/campaign/"))
        .map(|r| r.path)
        .collect();
    let asked = details.len();
    details.sort();
    details.dedup();
    assert_eq!(asked, details.len(), "a campaign's details asked twice");
}
