//! The compact "new Marin Social campaign" path over real HTTP against marin-sandbox: the
//! accounts with their media plans, created paused by default and listed in its plan with the
//! documented form body, refused by core before any request, a 400 from Marin at its field,
//! exactly one campaign after a lost answer, the typed confirmation for an account that spends
//! money, routed ids.

use crescendo_core::domain::{CampaignFilter, CampaignState};
use crescendo_core::marin_new::{self, MarinCreateResult, Target, MAIN_KEY};
use crescendo_core::provider::linked::LinkedAccount;
use crescendo_core::provider::marin::create::MarinCampaignDraft;
use crescendo_core::provider::marin::MarinConnector;
use crescendo_core::{Workspace, WorkspaceKind};
use marin_api::{AgencyToken, Client};
use marin_sandbox::{Faults, Sandbox, SandboxConfig, DEMO_TOKEN};

struct Env {
    sb: Sandbox,
    ws: Workspace,
    /// The main (EUR) account's first media plan, and the linked (USD) account's.
    eur_plan: String,
    usd_plan: String,
}

/// A Marin workspace on the agency's EUR account, with its USD account linked as "k1".
async fn start() -> Env {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox");
    let client = Client::builder(&sb.url(), AgencyToken::new(DEMO_TOKEN).expect("token"))
        .build()
        .expect("client");
    let accounts = client.all_accounts().await.expect("accounts");
    let (eur, usd) = (accounts[0].id.clone(), accounts[1].id.clone());
    let key = symphony_api::ApiKey::new(DEMO_TOKEN).expect("key");
    let ws =
        Workspace::connect_marin(WorkspaceKind::Custom, &sb.url(), key, &eur).expect("workspace");
    let linked = MarinConnector::new(client.clone(), usd.clone());
    ws.set_linked(vec![LinkedAccount::marin("k1", "Marin USD", linked)]);
    let plans = client.all_media_plans().await.expect("plans");
    let of = |a: &str| {
        plans
            .iter()
            .find(|p| p.account_id.as_deref() == Some(a))
            .expect("a plan")
            .id
            .clone()
    };
    Env {
        eur_plan: of(&eur),
        usd_plan: of(&usd),
        sb,
        ws,
    }
}

/// A time as the form's inputs give it, `hours` from now.
fn at(hours: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::hours(hours))
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

/// Started an hour ago, for two weeks: a playing campaign is active now.
fn draft(account: &str, plan: &str, name: &str, amount: &str) -> MarinCampaignDraft {
    MarinCampaignDraft {
        account: account.into(),
        plan: plan.into(),
        name: name.into(),
        objective: "reach".into(),
        amount: amount.into(),
        start_date: at(-1),
        end_date: at(14 * 24),
        ..MarinCampaignDraft::default()
    }
}

fn posts(sb: &Sandbox) -> usize {
    sb.requests().iter().filter(|r| r.method == "POST").count()
}

#[tokio::test]
async fn options_list_the_workspace_marin_accounts_with_currency_and_plans() {
    let e = start().await;
    let o = marin_new::options(&e.ws).await;
    let keys: Vec<_> = o.accounts.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(keys, [MAIN_KEY, "k1"]);
    assert_eq!(o.accounts[0].currency.as_deref(), Some("EUR"));
    assert_eq!(o.accounts[1].currency.as_deref(), Some("USD"));
    assert_eq!(
        o.accounts[0].plans.len(),
        2,
        "plans 1 and 3 are the EUR account's"
    );
    assert_eq!(o.accounts[1].plans.len(), 1);
    assert!(o
        .accounts
        .iter()
        .all(|a| !a.spends_money && a.problem.is_none()));
    assert_eq!(o.draft.account, MAIN_KEY);
    assert_eq!(o.draft.plan, e.eur_plan);
    assert_eq!(
        (o.draft.status.as_str(), o.draft.budget_type.as_str()),
        ("pause", "daily")
    );
    assert_eq!(o.objectives.len(), 13);
    assert_eq!(o.objectives[0].label, "Fan acquisition (page likes)");
    assert_eq!(o.special_ad_categories.len(), 4);
    assert_eq!(o.pixel_events.len(), 9);
}

#[tokio::test]
async fn a_valid_draft_is_created_paused_in_its_plan_with_the_documented_form() {
    let e = start().await;
    let before = e.sb.campaign_count(&e.eur_plan);
    let d = MarinCampaignDraft {
        start_date: "2026-03-05T09:00".into(),
        end_date: "2026-03-20T09:00".into(),
        ..draft(MAIN_KEY, &e.eur_plan, "Crescendo paused", "25.50")
    };
    let r = marin_new::create(&e.ws, &d, None).await.expect("create");
    let MarinCreateResult::Created {
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
    let c = campaign.expect("mapped");
    assert_eq!(c.status.state, CampaignState::Paused);
    let daily = c.daily_budget.expect("a daily budget");
    assert_eq!(
        (daily.amount.to_string().as_str(), daily.currency.as_str()),
        ("25.50", "EUR")
    );
    assert_eq!(e.sb.campaign_count(&e.eur_plan), before + 1);
    let sent =
        e.sb.requests()
            .into_iter()
            .find(|r| r.method == "POST")
            .expect("post");
    assert_eq!(sent.path, format!("/clients/{}/campaigns", e.eur_plan));
    // 2026-03-05T09:00Z = 1772701200, 2026-03-20T09:00Z = 1773997200.
    assert_eq!(
        sent.body,
        "name=Crescendo+paused&status=pause&objective=reach&budget_type=daily&daily_budget=25.5\
         &start_date=1772701200&end_date=1773997200&useReachAndFrequency=false&special_ad_category=none"
    );
    let list =
        e.ws.connector()
            .all_campaigns(&CampaignFilter::default())
            .await
            .expect("list");
    assert!(list
        .iter()
        .any(|x| x.id == campaign_id && x.name == "Crescendo paused"));
    let page =
        e.ws.connector()
            .campaign(&campaign_id)
            .await
            .expect("its page opens");
    assert_eq!(page.name, "Crescendo paused");
}

#[tokio::test]
async fn a_linked_account_gets_a_routed_id_and_a_lifetime_budget() {
    let e = start().await;
    let d = MarinCampaignDraft {
        budget_type: "lifetime".into(),
        end_date: at(11),
        ..draft("k1", &e.usd_plan, "Short burst", "300")
    };
    let r = marin_new::create(&e.ws, &d, None).await.expect("create");
    let MarinCreateResult::Created { campaign_id, .. } = r else {
        panic!("not created: {r:?}");
    };
    assert!(campaign_id.starts_with("marin:k1:"), "{campaign_id}");
    let sent =
        e.sb.requests()
            .into_iter()
            .find(|r| r.method == "POST")
            .expect("post");
    assert!(
        sent.body
            .contains("budget_type=lifetime&lifetime_budget=300&"),
        "{}",
        sent.body
    );
    let page = e.ws.connector().campaign(&campaign_id).await.expect("page");
    assert_eq!(
        (page.name.as_str(), page.budget.currency.as_str()),
        ("Short burst", "USD")
    );
}

#[tokio::test]
async fn core_refuses_bad_fields_before_any_request() {
    let e = start().await;
    let bad = MarinCampaignDraft {
        name: " ".into(),
        end_date: at(10),
        ..draft(MAIN_KEY, &e.usd_plan, "x", "25.505")
    };
    let r = marin_new::create(&e.ws, &bad, None).await.expect("create");
    let MarinCreateResult::Invalid { problems } = r else {
        panic!("not refused: {r:?}");
    };
    let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        ["plan", "name", "amount", "endDate"],
        "{problems:?}"
    );
    assert!(
        problems[2].message.contains("EUR"),
        "{}",
        problems[2].message
    );
    assert!(
        problems[3].message.contains("24 hours"),
        "{}",
        problems[3].message
    );
    assert_eq!(posts(&e.sb), 0, "nothing was sent");
    let unknown = marin_new::validate(&e.ws, &draft("gone", &e.eur_plan, "x", "1")).await;
    assert_eq!(unknown[0].field, "account");
}

#[tokio::test]
async fn a_400_from_marin_comes_back_at_its_field() {
    let e = start().await;
    e.sb.set_faults(Faults {
        refuse_next_create: Some((
            "daily_budget".into(),
            "This value is too low for this media plan.".into(),
        )),
        ..Faults::default()
    });
    let before = e.sb.campaign_count(&e.eur_plan);
    let d = draft(MAIN_KEY, &e.eur_plan, "Refused", "1");
    let r = marin_new::create(&e.ws, &d, None).await.expect("create");
    let MarinCreateResult::Invalid { problems } = r else {
        panic!("not refused: {r:?}");
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "amount");
    assert!(
        problems[0].message.contains("too low for this media plan"),
        "{}",
        problems[0].message
    );
    assert_eq!(e.sb.campaign_count(&e.eur_plan), before);
}

#[tokio::test]
async fn a_lost_answer_leaves_exactly_one_campaign() {
    let e = start().await;
    let before = e.sb.campaign_count(&e.eur_plan);
    e.sb.set_faults(Faults {
        lose_next_creates: 1,
        ..Faults::default()
    });
    let r = marin_new::create(
        &e.ws,
        &draft(MAIN_KEY, &e.eur_plan, "Lost answer", "40"),
        None,
    )
    .await
    .expect("create");
    let MarinCreateResult::Created {
        recovered,
        campaign,
        ..
    } = r
    else {
        panic!("not found after a lost answer: {r:?}");
    };
    assert!(recovered, "found in the plan, not sent again");
    assert_eq!(campaign.map(|c| c.name).as_deref(), Some("Lost answer"));
    assert_eq!(e.sb.campaign_count(&e.eur_plan), before + 1);
    assert_eq!(posts(&e.sb), 1, "the create was sent once");
    // A 500 that created nothing: unknown, and still sent once.
    e.sb.set_faults(Faults {
        fail_next_creates: 1,
        ..Faults::default()
    });
    let r = marin_new::create(&e.ws, &draft(MAIN_KEY, &e.eur_plan, "Nothing", "40"), None)
        .await
        .expect("create");
    assert!(
        matches!(&r, MarinCreateResult::Unknown { message } if message.contains("Do not create it again")),
        "{r:?}"
    );
    assert_eq!(posts(&e.sb), 2);
    assert_eq!(e.sb.campaign_count(&e.eur_plan), before + 1);
}

#[tokio::test]
async fn starting_in_an_account_that_spends_money_needs_the_typed_phrase() {
    let e = start().await;
    let main = marin_new::targets(&e.ws).into_iter().next().expect("main");
    // The seam: this local simulator counts as Marin's real API.
    let spending = Target {
        spends_money: true,
        ..main
    };
    let active = MarinCampaignDraft {
        status: "play".into(),
        ..draft(MAIN_KEY, &e.eur_plan, "Live now", "30")
    };
    let r = marin_new::create_in(&spending, "EUR", &active, None)
        .await
        .expect("create");
    let MarinCreateResult::ConfirmationNeeded { phrase, message } = r else {
        panic!("created without confirmation: {r:?}");
    };
    assert_eq!(phrase, format!("{} 30 EUR", spending.label));
    assert!(message.contains("spends real money"), "{message}");
    let wrong = marin_new::create_in(&spending, "EUR", &active, Some("yes"))
        .await
        .expect("create");
    assert!(
        matches!(&wrong, MarinCreateResult::ConfirmationNeeded { message, .. } if message.contains("does not match")),
        "{wrong:?}"
    );
    assert_eq!(posts(&e.sb), 0, "nothing sent without the phrase");
    let typed = format!("  {}  30 EUR", spending.label);
    let ok = marin_new::create_in(&spending, "EUR", &active, Some(&typed))
        .await
        .expect("create");
    let MarinCreateResult::Created { campaign, .. } = ok else {
        panic!("not created: {ok:?}");
    };
    assert_eq!(
        campaign.map(|c| c.status.state),
        Some(CampaignState::Active)
    );
    // Paused spends nothing yet: no phrase.
    let paused = draft(MAIN_KEY, &e.eur_plan, "Later", "30");
    let r = marin_new::create_in(&spending, "EUR", &paused, None)
        .await
        .expect("create");
    assert!(matches!(r, MarinCreateResult::Created { .. }), "{r:?}");
    // The real workspace path: a local simulator does not ask.
    let r = marin_new::create(
        &e.ws,
        &MarinCampaignDraft {
            name: "Local".into(),
            ..active
        },
        None,
    )
    .await
    .expect("create");
    assert!(matches!(r, MarinCreateResult::Created { .. }), "{r:?}");
}

#[tokio::test]
async fn a_linked_account_on_marins_real_api_spends_money() {
    let e = start().await;
    let client = Client::builder(
        "https://api.mysocialpixel.com",
        AgencyToken::new(DEMO_TOKEN).expect("token"),
    )
    .build()
    .expect("client");
    e.ws.set_linked(vec![LinkedAccount::marin(
        "real",
        "Marin live",
        MarinConnector::new(client, "101"),
    )]);
    let t = marin_new::targets(&e.ws);
    assert_eq!(t.len(), 2);
    assert!(!t[0].spends_money, "the simulator");
    assert!(t[1].spends_money, "api.mysocialpixel.com");
}
