//! The first screen fetched at launch (`Session::warm_start`): the page's first artists list and
//! first campaigns page take those answers, even while they are still on their way, without a
//! second request; only once, only for the same artist and query. Over real HTTP against the
//! simulator, counted by its request recorder.

use crescendo_core::profiles::Environment;
use crescendo_core::session::{first_page_query, NewProfile, Session};
use crescendo_core::vault::{Vault, SERVICE};
use symphony_sandbox::{Sandbox, SandboxConfig, DEMO_KEY};

async fn setup() -> (Sandbox, Session, tempfile::TempDir) {
    let sandbox = Sandbox::start(SandboxConfig {
        seed: 7,
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let dir = tempfile::tempdir().expect("tempdir");
    let s = Session::open(dir.path(), Vault::new(SERVICE)).expect("session");
    let base = sandbox.advertising_url();
    let origin = base.trim_end_matches('/').trim_end_matches("/advertising");
    let p = s
        .add_profile(NewProfile {
            name: "Local".into(),
            environment: Environment::Custom,
            custom_url: Some(origin.into()),
            api_key: DEMO_KEY.into(),
            session_only: true,
            provider: None,
            ad_account_id: None,
        })
        .await
        .expect("profile");
    s.use_profile(Some(&p.id)).await.expect("use");
    sandbox.clear_requests();
    (sandbox, s, dir)
}

#[tokio::test]
async fn the_pages_first_calls_take_the_answers_fetched_at_launch() {
    let (sandbox, s, _dir) = setup().await;
    s.warm_start().await;
    let at_launch = sandbox.requests().len();
    assert!(
        at_launch >= 2,
        "artists and campaigns were fetched: {at_launch}"
    );
    let brands = s.list_brands().await.expect("brands");
    let page = s.list_campaigns(&first_page_query()).await.expect("page");
    assert_eq!(sandbox.requests().len(), at_launch, "no second request");
    assert!(!brands.is_empty() && !page.rows.is_empty());

    // Taken once: the next calls ask the provider again.
    let again = s.list_campaigns(&first_page_query()).await.expect("again");
    assert!(
        sandbox.requests().len() > at_launch,
        "a later refresh is live"
    );
    assert_eq!(
        again.rows.iter().map(|r| &r.id).collect::<Vec<_>>(),
        page.rows.iter().map(|r| &r.id).collect::<Vec<_>>()
    );
    let before = sandbox.requests().len();
    s.list_brands().await.expect("brands again");
    assert!(
        sandbox.requests().len() > before,
        "a later artists list is live"
    );
}

#[tokio::test]
async fn a_page_asking_while_the_launch_fetch_is_on_its_way_waits_for_it() {
    let (sandbox, s, _dir) = setup().await;
    let first = first_page_query();
    let (_, brands, page) = tokio::join!(s.warm_start(), s.list_brands(), s.list_campaigns(&first));
    let both = sandbox.requests().len();
    brands.expect("brands");
    page.expect("page");
    // The same requests as the launch fetch alone: nothing was asked twice.
    let (sandbox2, s2, _dir2) = setup().await;
    s2.warm_start().await;
    assert_eq!(both, sandbox2.requests().len(), "{:?}", sandbox.requests());
}

#[tokio::test]
async fn another_query_or_another_artist_is_never_answered_from_the_launch_fetch() {
    let (sandbox, s, _dir) = setup().await;
    s.warm_start().await;
    let at_launch = sandbox.requests().len();
    let mut page_two = first_page_query();
    page_two.page = 2;
    s.list_campaigns(&page_two).await.expect("page 2");
    assert!(sandbox.requests().len() > at_launch, "page 2 is asked for");

    let (sandbox, s, _dir) = setup().await;
    s.warm_start().await;
    let brands = s.list_brands().await.expect("brands");
    let other = brands
        .iter()
        .find(|b| !b.is_active)
        .expect("a second artist");
    s.select_brand(other.id).await.expect("switch");
    let before = sandbox.requests().len();
    let page = s.list_campaigns(&first_page_query()).await.expect("page");
    assert!(
        sandbox.requests().len() > before,
        "the other artist's list is asked for"
    );
    let list_requests = sandbox.requests()[before..]
        .iter()
        .filter(|r| r.path.ends_with("/v1/campaign"))
        .map(|r| r.brand_id.clone())
        .collect::<Vec<_>>();
    assert_eq!(list_requests, vec![Some(other.id.to_string())], "{page:?}");
}
