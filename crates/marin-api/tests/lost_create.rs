//! Creating at most once against marin-sandbox over HTTP: a create whose answer is lost is found
//! in the media plan (never resent), an identical older campaign is never taken for it, a 500
//! that created nothing stays unknown, and a refusal may be sent again.

mod common;

use common::client_with;
use marin_api::*;
use marin_sandbox::{Faults, Sandbox, SandboxConfig, DEFAULT_TODAY, DEMO_TOKEN};
use std::str::FromStr;

const DAY: i64 = 86_400;

async fn sandbox() -> (Sandbox, Client, String) {
    let sb = Sandbox::start(SandboxConfig::default())
        .await
        .expect("starts");
    let c = client_with(&sb.url(), DEMO_TOKEN);
    let plan = sb.plan_ids(0)[0].clone();
    (sb, c, plan)
}

fn show() -> NewCampaign {
    NewCampaign {
        name: "Lisbon show".into(),
        status: Status::Pause,
        objective: "reach".into(),
        budget_type: BudgetType::Daily,
        daily_budget: Some(Decimal::from_str("20.50").expect("decimal")),
        lifetime_budget: None,
        start_date: DEFAULT_TODAY + DAY,
        end_date: Some(DEFAULT_TODAY + 10 * DAY),
        special_ad_category: Some("none".into()),
        pixel_external_id: None,
        pixel_event: None,
        business_manager_id: None,
        product_catalog_id: None,
        sync: None,
    }
}

fn posts(sb: &Sandbox) -> usize {
    sb.requests().iter().filter(|r| r.method == "POST").count()
}

#[tokio::test]
async fn a_created_campaign_is_in_the_plans_list() {
    let (sb, c, plan) = sandbox().await;
    let before = sb.campaign_count(&plan);
    let out = c.create_campaign_once(&plan, &show()).await;
    let CreateOutcome::Created {
        campaign,
        recovered: false,
    } = out
    else {
        panic!("not created: {out:?}");
    };
    assert_eq!(sb.campaign_count(&plan), before + 1);
    let list = c.all_campaigns(&plan).await.expect("list");
    assert!(list
        .iter()
        .any(|x| x.id == campaign.id && x.name == "Lisbon show"));
    assert_eq!(posts(&sb), 1);
}

#[tokio::test]
async fn a_lost_answer_is_recovered_without_a_duplicate() {
    let (sb, c, plan) = sandbox().await;
    // An older campaign with the same name, objective and budget is already there.
    let older = c.create_campaign(&plan, &show()).await.expect("older").id;
    let before = sb.campaign_count(&plan);
    sb.set_faults(Faults {
        lose_next_creates: 1,
        ..Faults::default()
    });
    let out = c.create_campaign_once(&plan, &show()).await;
    let CreateOutcome::Created {
        campaign,
        recovered: true,
    } = out
    else {
        panic!("expected a recovered creation, got {out:?}");
    };
    assert_ne!(campaign.id, older, "the older twin is not taken for it");
    assert_eq!(campaign.name, "Lisbon show");
    assert_eq!(
        sb.campaign_count(&plan),
        before + 1,
        "exactly one new campaign"
    );
    assert_eq!(posts(&sb), 2, "the lost create was never resent");
}

#[tokio::test]
async fn a_failure_that_created_nothing_is_unknown_and_not_resent() {
    let (sb, c, plan) = sandbox().await;
    let before = sb.campaign_count(&plan);
    sb.set_faults(Faults {
        fail_next_creates: 1,
        ..Faults::default()
    });
    let out = c.create_campaign_once(&plan, &show()).await;
    assert!(
        matches!(out, CreateOutcome::Unknown(ref e) if e.outcome_unknown()),
        "{out:?}"
    );
    assert_eq!(sb.campaign_count(&plan), before);
    assert_eq!(posts(&sb), 1);
}

#[tokio::test]
async fn a_refusal_is_not_created_and_may_be_sent_again() {
    let (sb, c, plan) = sandbox().await;
    let before = sb.campaign_count(&plan);
    let bad = NewCampaign {
        name: " ".into(),
        ..show()
    };
    let out = c.create_campaign_once(&plan, &bad).await;
    assert!(
        matches!(&out, CreateOutcome::NotCreated(e) if e.field("name").is_some()),
        "{out:?}"
    );
    assert!(sb.requests().is_empty(), "refused before anything was sent");
    sb.set_faults(Faults {
        refuse_next_create: Some(("daily_budget".into(), "Too low for this plan.".into())),
        ..Faults::default()
    });
    let out = c.create_campaign_once(&plan, &show()).await;
    let CreateOutcome::NotCreated(e) = out else {
        panic!("not refused: {out:?}");
    };
    assert_eq!(e.code(), "form");
    assert_eq!(e.field("daily_budget"), Some("Too low for this plan."));
    assert_eq!(sb.campaign_count(&plan), before);
    let out = c.create_campaign_once(&plan, &show()).await;
    assert!(
        matches!(
            out,
            CreateOutcome::Created {
                recovered: false,
                ..
            }
        ),
        "{out:?}"
    );
    assert_eq!(sb.campaign_count(&plan), before + 1);
}
