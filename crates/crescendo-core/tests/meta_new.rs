//! The compact "new Meta campaign" path over real HTTP against meta-sandbox: created paused by
//! default and listed, refused by core before any request, exactly one campaign after a lost
//! answer, the typed confirmation for an account that spends money, routed ids.

use crescendo_core::domain::{CampaignFilter, CampaignState};
use crescendo_core::meta_new::{self, MetaCreateResult, Target, MAIN_KEY};
use crescendo_core::provider::linked::LinkedAccount;
use crescendo_core::provider::meta::create::MetaCampaignDraft;
use crescendo_core::provider::meta::MetaConnector;
use crescendo_core::{Workspace, WorkspaceKind};
use meta_api::{AccessToken, AdAccountId, Client};
use meta_sandbox::{Faults, Sandbox, SandboxConfig, DEMO_TOKEN, JPY_ACCOUNT, USD_ACCOUNT};

struct Env {
    sb: Sandbox,
    ws: Workspace,
}

/// A Meta workspace on the USD account with the JPY account linked beside it as "k1".
async fn start() -> Env {
    let sb = Sandbox::start(SandboxConfig {
        seed: 5,
        in_process: chrono::Duration::zero(),
        ..SandboxConfig::default()
    })
    .await
    .expect("sandbox");
    let key = symphony_api::ApiKey::new(DEMO_TOKEN).expect("key");
    let ws = Workspace::connect_meta(
        WorkspaceKind::Custom,
        &sb.base_url(),
        key,
        AdAccountId::parse(USD_ACCOUNT).expect("account"),
    )
    .expect("workspace");
    let client = Client::builder(&sb.base_url(), AccessToken::new(DEMO_TOKEN).expect("token"))
        .build()
        .expect("client");
    let jpy = MetaConnector::new(client, AdAccountId::parse(JPY_ACCOUNT).expect("account"));
    ws.set_linked(vec![LinkedAccount::meta("k1", "Tokyo shows", jpy)]);
    Env { sb, ws }
}

fn draft(account: &str, name: &str, amount: &str) -> MetaCampaignDraft {
    MetaCampaignDraft {
        account: account.into(),
        name: name.into(),
        objective: "LINK_CLICKS".into(),
        amount: amount.into(),
        ..MetaCampaignDraft::default()
    }
}

fn posts(sb: &Sandbox) -> usize {
    sb.requests().iter().filter(|r| r.method == "POST").count()
}

fn number(account: &str) -> String {
    account.trim_start_matches("act_").to_string()
}

#[tokio::test]
async fn options_list_the_workspace_meta_accounts_with_their_currency() {
    let e = start().await;
    let o = meta_new::options(&e.ws).await;
    let keys: Vec<_> = o.accounts.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(keys, [MAIN_KEY, "k1"]);
    assert_eq!(o.accounts[0].currency.as_deref(), Some("USD"));
    assert_eq!(o.accounts[1].currency.as_deref(), Some("JPY"));
    assert!(
        o.accounts.iter().all(|a| !a.spends_money),
        "a local simulator spends nothing"
    );
    assert_eq!(o.draft.account, MAIN_KEY);
    assert_eq!(o.draft.status, "PAUSED");
    assert_eq!(o.objectives.len(), 15);
    assert_eq!(o.bid_strategies.len(), 3);
    assert_eq!(o.special_ad_categories.len(), 5);
}

#[tokio::test]
async fn a_valid_draft_is_created_paused_and_listed() {
    let e = start().await;
    let before = e.sb.campaign_count(&number(USD_ACCOUNT));
    let r = meta_new::create(&e.ws, &draft(MAIN_KEY, "Crescendo paused", "25.50"), None)
        .await
        .expect("create");
    let MetaCreateResult::Created {
        campaign_id,
        campaign,
        recovered,
    } = r
    else {
        panic!("not created: {r:?}");
    };
    assert!(!recovered);
    assert!(
        campaign_id.bytes().all(|b| b.is_ascii_digit()),
        "main account: bare id {campaign_id}"
    );
    let c = campaign.expect("read back");
    assert_eq!(c.status.state, CampaignState::Paused);
    assert_eq!(c.budget.amount.to_string(), "25.50");
    assert_eq!(e.sb.campaign_count(&number(USD_ACCOUNT)), before + 1);
    let sent =
        e.sb.requests()
            .into_iter()
            .find(|r| r.method == "POST")
            .expect("post");
    assert!(sent.body.contains("status=PAUSED"), "{}", sent.body);
    assert!(sent.body.contains("daily_budget=2550"), "{}", sent.body);
    let list =
        e.ws.connector()
            .all_campaigns(&CampaignFilter::default())
            .await
            .expect("list");
    assert!(list
        .iter()
        .any(|x| x.id == campaign_id && x.name == "Crescendo paused"));
}

#[tokio::test]
async fn a_linked_account_gets_a_routed_id_in_whole_yen() {
    let e = start().await;
    let r = meta_new::create(&e.ws, &draft("k1", "Tokyo night", "1500"), None)
        .await
        .expect("create");
    let MetaCreateResult::Created { campaign_id, .. } = r else {
        panic!("not created: {r:?}");
    };
    assert!(campaign_id.starts_with("meta:k1:"), "{campaign_id}");
    let sent =
        e.sb.requests()
            .into_iter()
            .find(|r| r.method == "POST")
            .expect("post");
    assert!(
        sent.body.contains("daily_budget=1500"),
        "offset 1: {}",
        sent.body
    );
    let page = e.ws.connector().campaign(&campaign_id).await.expect("page");
    assert_eq!(page.name, "Tokyo night");
    assert_eq!(page.budget.currency, "JPY");
}

#[tokio::test]
async fn core_refuses_bad_fields_before_any_request() {
    let e = start().await;
    let bad = MetaCampaignDraft {
        name: " ".into(),
        special_ad_categories: vec!["NONE".into(), "CREDIT".into()],
        ..draft("k1", "x", "1500.5")
    };
    let r = meta_new::create(&e.ws, &bad, None).await.expect("create");
    let MetaCreateResult::Invalid { problems } = r else {
        panic!("not refused: {r:?}");
    };
    let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["name", "specialAdCategories", "amount"]);
    assert!(
        problems[2].message.contains("JPY"),
        "{}",
        problems[2].message
    );
    assert_eq!(posts(&e.sb), 0, "nothing was sent");
    let unknown = meta_new::validate(&e.ws, &draft("gone", "x", "1")).await;
    assert_eq!(unknown[0].field, "account");
}

#[tokio::test]
async fn a_lost_answer_leaves_exactly_one_campaign() {
    let e = start().await;
    let before = e.sb.campaign_count(&number(USD_ACCOUNT));
    e.sb.set_faults(Faults {
        lose_next_creates: 1,
        ..Faults::default()
    });
    let r = meta_new::create(&e.ws, &draft(MAIN_KEY, "Lost answer", "40"), None)
        .await
        .expect("create");
    let MetaCreateResult::Created {
        recovered,
        campaign,
        ..
    } = r
    else {
        panic!("not found after a lost answer: {r:?}");
    };
    assert!(recovered, "found in the account, not sent again");
    assert_eq!(campaign.map(|c| c.name).as_deref(), Some("Lost answer"));
    assert_eq!(e.sb.campaign_count(&number(USD_ACCOUNT)), before + 1);
    assert_eq!(posts(&e.sb), 1, "the create was sent once");
}

#[tokio::test]
async fn starting_in_an_account_that_spends_money_needs_the_typed_phrase() {
    let e = start().await;
    let main = meta_new::targets(&e.ws).into_iter().next().expect("main");
    // The seam: this local simulator counts as Graph's real base.
    let spending = Target {
        spends_money: true,
        ..main
    };
    let active = MetaCampaignDraft {
        status: "ACTIVE".into(),
        ..draft(MAIN_KEY, "Live now", "30")
    };
    let r = meta_new::create_in(&spending, "USD", &active, None)
        .await
        .expect("create");
    let MetaCreateResult::ConfirmationNeeded { phrase, message } = r else {
        panic!("created without confirmation: {r:?}");
    };
    assert_eq!(phrase, format!("{} 30 USD", spending.label));
    assert!(message.contains("spends real money"), "{message}");
    let wrong = meta_new::create_in(&spending, "USD", &active, Some("yes"))
        .await
        .expect("create");
    assert!(
        matches!(&wrong, MetaCreateResult::ConfirmationNeeded { message, .. } if message.contains("does not match")),
        "{wrong:?}"
    );
    assert_eq!(posts(&e.sb), 0, "nothing sent without the phrase");
    let typed = format!("  {}  30 USD", spending.label);
    let ok = meta_new::create_in(&spending, "USD", &active, Some(&typed))
        .await
        .expect("create");
    let MetaCreateResult::Created { campaign, .. } = ok else {
        panic!("not created: {ok:?}");
    };
    assert_eq!(
        campaign.map(|c| c.status.state),
        Some(CampaignState::Active)
    );
    // Paused spends nothing yet: no phrase.
    let paused = draft(MAIN_KEY, "Later", "30");
    let r = meta_new::create_in(&spending, "USD", &paused, None)
        .await
        .expect("create");
    assert!(matches!(r, MetaCreateResult::Created { .. }), "{r:?}");
    // The real workspace path: a local simulator does not ask.
    let r = meta_new::create(
        &e.ws,
        &MetaCampaignDraft {
            name: "Local".into(),
            ..active
        },
        None,
    )
    .await
    .expect("create");
    assert!(matches!(r, MetaCreateResult::Created { .. }), "{r:?}");
}
