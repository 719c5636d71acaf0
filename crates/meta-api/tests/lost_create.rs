//! Creating at most once: a create whose answer is lost is found in the list (never resent),
//! an identical older campaign is never taken for it, and a failure nobody can explain stays
//! unknown.

mod common;

use common::{act, client, sandbox};
use meta_api::{CreateOutcome, NewCampaign, Objective};
use meta_sandbox::{Faults, SandboxConfig, KRW_ACCOUNT};

fn show() -> NewCampaign {
    NewCampaign {
        daily_budget: Some(20_000),
        ..NewCampaign::new("Seoul show", Objective::Reach)
    }
}

#[tokio::test]
async fn a_lost_answer_is_recovered_without_a_duplicate() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    // An older campaign with the same name, objective and budget is already there.
    let older = c
        .create_campaign(&act(KRW_ACCOUNT), &show(), Some("KRW"))
        .await
        .expect("older")
        .id;
    sb.set_faults(Faults {
        lose_next_creates: 1,
        ..Faults::default()
    });
    let out = c
        .create_campaign_once(&act(KRW_ACCOUNT), &show(), Some("KRW"))
        .await;
    let CreateOutcome::Created {
        id,
        recovered: true,
    } = out
    else {
        panic!("expected a recovered creation, got {out:?}");
    };
    assert_ne!(id, older, "the older twin is not taken for it");
    assert_eq!(
        sb.campaign_count(KRW_ACCOUNT),
        2,
        "exactly one new campaign"
    );
    let posts = sb.requests().iter().filter(|r| r.method == "POST").count();
    assert_eq!(posts, 2, "the lost create was never resent");
}

#[tokio::test]
async fn a_failure_before_creating_is_unknown_and_not_resent() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    // The list before sending succeeds; the create itself answers 500 without creating.
    sb.set_faults(Faults {
        fail_next_creates: 1,
        ..Faults::default()
    });
    let out = c
        .create_campaign_once(&act(KRW_ACCOUNT), &show(), Some("KRW"))
        .await;
    assert!(
        matches!(out, CreateOutcome::Unknown(ref e) if e.outcome_unknown()),
        "{out:?}"
    );
    assert_eq!(sb.campaign_count(KRW_ACCOUNT), 0);
    assert_eq!(
        sb.requests().iter().filter(|r| r.method == "POST").count(),
        1
    );
}

#[tokio::test]
async fn a_refusal_is_not_created_and_may_be_sent_again() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    let bad = NewCampaign {
        daily_budget: Some(0),
        ..show()
    };
    assert!(matches!(
        c.create_campaign_once(&act(KRW_ACCOUNT), &bad, Some("KRW"))
            .await,
        CreateOutcome::NotCreated(_)
    ));
    assert!(sb.requests().is_empty(), "refused before anything was sent");
    let out = c
        .create_campaign_once(&act(KRW_ACCOUNT), &show(), Some("KRW"))
        .await;
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
}
