//! Lost creations against the sandbox answering in the documented shapes (list rows without
//! names, names only in the details' `campaign_input.campaignName`): responses lost after the
//! server committed are recovered, connections dropped before it are reported not created,
//! and an older campaign with the same name is never taken for a lost one.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{endpoints_of, meta, quick_client, sandbox_at_t0, t0};
use std::time::Duration as StdDuration;
use symphony_api::v1::campaigns::CampaignFilter;
use symphony_api::v1::create::*;
use symphony_api::*;
use symphony_sandbox::{Faults, Lifecycle, Sandbox, SandboxConfig, DEMO_KEY};

async fn sandbox() -> Sandbox {
    sandbox_at_t0(SandboxConfig {
        demo_data: false,
        // Many requests in a short test; the limiter is not what is tested here.
        rate_limit: 100_000,
        lifecycle: Lifecycle {
            review: StdDuration::from_secs(60),
        },
        ..SandboxConfig::default()
    })
    .await
}

fn client(sb: &Sandbox) -> Client {
    quick_client(endpoints_of(sb), DEMO_KEY)
}

fn boost(name: &str, budget: i64, start: DateTime<Utc>) -> NewCampaign {
    NewCampaign {
        name: name.into(),
        kind: NewCampaignKind::BoostInstagram {
            meta: MetaMetadata {
                call_to_action: Some("LEARN_MORE".into()),
                instagram_post_id: Some("17921761666746619".into()),
                ..meta(budget, start, 5)
            },
        },
    }
}

async fn newest_id(c: &Client) -> u64 {
    c.campaigns(&CampaignFilter {
        limit: Some(1),
        ..CampaignFilter::default()
    })
    .await
    .expect("list")
    .campaigns[0]
        .id
}

#[tokio::test]
async fn an_older_campaign_with_the_same_name_is_not_taken_for_a_lost_one() {
    let sb = sandbox().await;
    let c = client(&sb);
    let start = t0() + Duration::days(1);
    let same = boost("Same name, same everything", 100, start);
    let first = c.create_campaign(&same).await.expect("outcome");
    assert!(matches!(
        first,
        CreateOutcome::Created {
            recovered: false,
            ..
        }
    ));
    let older = newest_id(&c).await;

    // Three minutes later the same campaign is sent again, and its connection drops before
    // the server creates anything: the older one must not be mistaken for it.
    sb.clock().advance(Duration::minutes(3));
    sb.set_faults(Faults {
        drop_create_before_commit: 1,
        ..Faults::default()
    });
    let outcome = c.create_campaign(&same).await.expect("outcome");
    assert!(
        matches!(outcome, CreateOutcome::NotCreated { .. }),
        "{outcome:?}"
    );
    assert_eq!(sb.campaign_count(), 1);

    // The same again, lost after the commit: found, and it is the new one.
    sb.clock().advance(Duration::minutes(3));
    sb.set_faults(Faults {
        lose_create_responses: 1,
        ..Faults::default()
    });
    match c.create_campaign(&same).await.expect("outcome") {
        CreateOutcome::Created {
            recovered: true,
            campaign,
        } => {
            assert_ne!(campaign.id, older);
            assert_eq!(campaign.id, newest_id(&c).await);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(sb.campaign_count(), 2);
}

#[tokio::test]
async fn a_lookup_reads_details_only_for_rows_that_may_match() {
    let sb = sandbox().await;
    let c = client(&sb);
    let start = t0() + Duration::days(2);
    // Twenty other campaigns: other start dates, so their rows rule them out.
    for i in 0..20 {
        let other = boost(&format!("Other {i}"), 100, start + Duration::hours(i + 1));
        c.create_campaign(&other).await.expect("created");
    }
    // Same clock: the others are not older than the attempt, so only the rows can rule
    // them out.
    let gets = |sb: &Sandbox| -> Vec<String> {
        sb.requests()
            .iter()
            .filter(|r| r.method == "GET")
            .map(|r| r.path.clone())
            .collect()
    };
    let the_one = boost("The one", 150, start);
    sb.set_faults(Faults {
        drop_create_before_commit: 1,
        ..Faults::default()
    });
    sb.clear_requests();
    let outcome = c.create_campaign(&the_one).await.expect("outcome");
    assert!(
        matches!(outcome, CreateOutcome::NotCreated { .. }),
        "{outcome:?}"
    );
    assert_eq!(
        gets(&sb).len(),
        1,
        "one list page, no details: {:?}",
        gets(&sb)
    );

    sb.set_faults(Faults {
        lose_create_responses: 1,
        ..Faults::default()
    });
    sb.clear_requests();
    let outcome = c.create_campaign(&the_one).await.expect("outcome");
    assert!(matches!(
        outcome,
        CreateOutcome::Created {
            recovered: true,
            ..
        }
    ));
    assert_eq!(
        gets(&sb).len(),
        2,
        "one list page and one details: {:?}",
        gets(&sb)
    );
}

#[tokio::test]
async fn many_lost_creations_make_no_duplicate() {
    const ATTEMPTS: u32 = 120;
    let sb = sandbox().await;
    let c = client(&sb);
    let (mut recovered, mut not_created, mut plain, mut wrong) = (0, 0, 0, Vec::new());
    let mut lookups_gets = 0usize;
    for i in 0..ATTEMPTS {
        sb.clock().advance(Duration::minutes(1));
        // Few names, budgets and start dates: older campaigns identical in everything but
        // their creation time are always there.
        let new = boost(
            &format!("Release push {}", i % 6),
            100 + 10 * i64::from(i % 3),
            t0() + Duration::days(1 + i64::from(i % 2)),
        );
        let before = sb.campaign_count();
        let mode = i % 3;
        sb.set_faults(Faults {
            lose_create_responses: u32::from(mode == 1),
            drop_create_before_commit: u32::from(mode == 2),
            ..Faults::default()
        });
        sb.clear_requests();
        let outcome = c.create_campaign(&new).await.expect("outcome");
        lookups_gets += sb.requests().iter().filter(|r| r.method == "GET").count();
        sb.set_faults(Faults::default());
        match (mode, outcome) {
            (
                0,
                CreateOutcome::Created {
                    recovered: false, ..
                },
            ) => plain += 1,
            (
                1,
                CreateOutcome::Created {
                    recovered: true,
                    campaign,
                },
            ) => {
                if campaign.id != newest_id(&c).await {
                    wrong.push(format!(
                        "attempt {i}: recovered {} is not the new one",
                        campaign.id
                    ));
                }
                recovered += 1;
            }
            (2, CreateOutcome::NotCreated { .. }) => {
                not_created += 1;
                // What the app does next: send it again, safely.
                let again = c.create_campaign(&new).await.expect("outcome");
                if !matches!(
                    again,
                    CreateOutcome::Created {
                        recovered: false,
                        ..
                    }
                ) {
                    wrong.push(format!("attempt {i}: retry gave {again:?}"));
                }
            }
            (m, other) => wrong.push(format!("attempt {i} (mode {m}): {other:?}")),
        }
        if sb.campaign_count() != before + 1 {
            wrong.push(format!(
                "attempt {i}: {} campaigns made",
                sb.campaign_count() - before
            ));
        }
    }
    let duplicates = sb.campaign_count() as i64 - i64::from(ATTEMPTS);
    let lost = recovered + not_created;
    println!(
        "lost-create figures: attempts={ATTEMPTS} plain={plain} lost_after_commit_recovered={recovered} \
         lost_before_commit_not_created={not_created} duplicates={duplicates} \
         lookup_requests_per_lost_create={:.1}",
        (lookups_gets as f64) / f64::from(lost)
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!((plain, recovered, not_created), (40, 40, 40));
    assert_eq!(duplicates, 0);
}
