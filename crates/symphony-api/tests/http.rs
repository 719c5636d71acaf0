//! The client against symphony-sandbox over real HTTP on 127.0.0.1: every endpoint, and the
//! fault cases (429 with reset, 401/403/404/500, slow responses, dropped connections, a create
//! whose response is lost after the server created it).

use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;
use std::time::Duration as StdDuration;
use symphony_api::v1::campaigns::{
    AddLocations, CampaignFilter, CampaignUpdate, LocationToAdd, LocationToggle,
};
use symphony_api::v1::create::*;
use symphony_api::v2::*;
use symphony_api::*;
use symphony_sandbox::{
    Clock, Faults, Lifecycle, Sandbox, SandboxConfig, DEMO_KEY, DEMO_REVOKED_KEY,
};

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-02T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .expect("date")
}

async fn sandbox(config: SandboxConfig) -> Sandbox {
    Sandbox::start_with_clock(config, Clock::fixed(t0()))
        .await
        .expect("sandbox starts")
}

fn client_with(sb: &Sandbox, key: &str, retry: RetryPolicy, timeout: StdDuration) -> Client {
    let endpoints = Endpoints::new(&sb.advertising_url(), &sb.v2_url()).expect("urls");
    Client::builder(endpoints, ApiKey::new(key).expect("key"))
        .retry(RetryPolicy {
            base: StdDuration::from_millis(20),
            cap: StdDuration::from_millis(100),
            ..retry
        })
        .timeout(timeout)
        .build()
        .expect("client")
}

fn client(sb: &Sandbox) -> Client {
    client_with(
        sb,
        DEMO_KEY,
        RetryPolicy::default(),
        StdDuration::from_secs(10),
    )
}

fn boost(name: &str) -> NewCampaign {
    NewCampaign {
        name: name.into(),
        kind: NewCampaignKind::BoostInstagram {
            meta: MetaMetadata {
                budget: Budget::new(Decimal::from(120), "USD"),
                start_date: t0() + Duration::hours(17),
                end_date: t0() + Duration::hours(17) + Duration::days(10),
                call_to_action: Some("LEARN_MORE".into()),
                instagram_post_id: Some("17921761666746619".into()),
                public_video_links: vec![],
                public_image_links: vec![],
                targeting_countries: Some(vec![Market {
                    name: "Core".into(),
                    budget: Decimal::ONE,
                    locations: vec![TargetLocation::country("US", "United States of America")],
                }]),
                targeting_audiences: None,
                targeting_demographic: Some(Demographic {
                    age: AgeRange { min: 18, max: 34 },
                    gender: "All".into(),
                    languages: vec![],
                }),
                extra: Default::default(),
            },
        },
    }
}

#[tokio::test]
async fn lists_walks_pages_and_reads_details() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    let page = c
        .campaigns(&CampaignFilter {
            limit: Some(3),
            ..Default::default()
        })
        .await
        .expect("list");
    assert_eq!(
        (page.campaigns.len(), page.count, page.total_pages),
        (3, 8, 3)
    );
    // Rows carry no name (as documented); the details do.
    assert!(page.campaigns[0].campaign_metadata.extra.is_empty());
    let first = c.campaign(page.campaigns[0].id).await.expect("details");
    assert!(first.name().is_some_and(|n| !n.is_empty()));
    assert_eq!(first.currency(), Some("USD"));
    let all = c
        .all_campaigns(&CampaignFilter::default(), 3)
        .await
        .expect("all pages");
    assert_eq!(all.len(), 8);
    let mut ids: Vec<u64> = all.iter().map(|c| c.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), 8, "no page read twice");
    let paused = c
        .campaigns(&CampaignFilter {
            status: Some(CampaignStatus::Paused),
            ..Default::default()
        })
        .await
        .expect("filter");
    assert_eq!(paused.count, 1);
    let d = c.campaign(all[0].id).await.expect("details");
    assert_eq!(d.id, all[0].id);
    // Brand scoping through x-brand-id.
    let other = c
        .for_brand(Some(574))
        .campaigns(&CampaignFilter::default())
        .await
        .expect("brand list");
    assert!(other.campaigns.iter().all(|c| c.brand_id == 574));
    assert_eq!(
        sb.requests()
            .last()
            .and_then(|r| r.brand_id.clone())
            .as_deref(),
        Some("574")
    );
}

#[tokio::test]
async fn creates_edits_and_pauses() {
    let sb = sandbox(SandboxConfig {
        demo_data: false,
        lifecycle: Lifecycle {
            review: StdDuration::from_secs(30),
        },
        ..Default::default()
    })
    .await;
    let c = client(&sb);
    let outcome = c
        .create_campaign(&boost("Spring boost"))
        .await
        .expect("create");
    let CreateOutcome::Created {
        campaign,
        recovered: false,
    } = outcome
    else {
        panic!("{outcome:?}")
    };
    assert_eq!(campaign.status, CampaignStatus::InReview);
    // Edits before completion are a validation error with the server's words.
    let early = c
        .update_campaign(
            campaign.id,
            &CampaignUpdate {
                end_date: Some(t0() + Duration::days(20)),
                budget: None,
            },
        )
        .await;
    assert!(
        matches!(&early, Err(Error::Validation { message, .. }) if message.contains("not completed")),
        "{early:?}"
    );
    sb.clock().advance(Duration::days(1));
    let d = c.campaign(campaign.id).await.expect("details");
    assert_eq!(d.status, CampaignStatus::Active);
    let market = d.market_ids()[0].to_string();
    c.update_campaign(
        campaign.id,
        &CampaignUpdate {
            end_date: Some(t0() + Duration::days(20)),
            budget: Some(Budget::new(Decimal::from(250), "USD")),
        },
    )
    .await
    .expect("update");
    let madrid = c.search_locations("Madrid").await.expect("search")[0].clone();
    let add = AddLocations {
        market_id: market.clone(),
        locations: vec![LocationToAdd {
            key: madrid.key.clone(),
            name: madrid.name,
            kind: madrid.kind,
            region: madrid.region,
            region_id: madrid.region_id,
            country_code: madrid.country_code,
            country_name: madrid.country_name,
            supports_city: madrid.supports_city,
            supports_region: madrid.supports_region,
        }],
    };
    c.add_locations(campaign.id, &add)
        .await
        .expect("add location");
    c.set_location_paused(
        campaign.id,
        &LocationToggle {
            location_key: madrid.key.clone(),
            market_id: market,
        },
        true,
    )
    .await
    .expect("pause location");
    c.set_campaign_paused(campaign.id, true)
        .await
        .expect("pause");
    assert_eq!(
        c.campaign(campaign.id).await.expect("details").status,
        CampaignStatus::Paused
    );
    c.set_campaign_paused(campaign.id, false)
        .await
        .expect("resume");
    assert_eq!(
        c.campaign(campaign.id)
            .await
            .expect("details")
            .campaign_metadata
            .budget,
        Some(Decimal::from(250))
    );
    // A bad create is a validation error naming the field.
    let mut bad = boost("Too cheap");
    if let NewCampaignKind::BoostInstagram { meta } = &mut bad.kind {
        meta.budget = Budget::new(Decimal::from(5), "USD");
    }
    match c.create_campaign(&bad).await {
        Err(Error::Validation { message, .. }) => {
            assert!(message.contains("metadata.budget.value"), "{message}")
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn searches_content_and_analytics() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    assert_eq!(
        c.search_interests("indie pop").await.expect("interests")[0].id,
        "6003278637610"
    );
    assert_eq!(
        c.search_languages("english").await.expect("languages")[0].key,
        6
    );
    assert!(matches!(
        c.search_locations("  ").await,
        Err(Error::Config { .. })
    ));
    assert_eq!(
        c.releases("midnight").await.expect("releases")[0].name,
        "Midnight Drive"
    );
    assert!(!c.instagram_posts().await.expect("posts").is_empty());
    assert!(!c.youtube_videos().await.expect("videos").is_empty());
    let a = c.campaign_analytics(5001).await.expect("analytics");
    assert!(a.analytic_data.daily_stats.len() >= 60);
    // Exact: the days' spend adds up to the lifetime total to the cent, with no tolerance.
    let spend: Decimal = a
        .analytic_data
        .daily_stats
        .iter()
        .map(|d| d.spend.expect("spend"))
        .sum();
    let total = a
        .analytic_data
        .campaign_performance_stats
        .and_then(|s| s.spend)
        .expect("total spend");
    assert_eq!(spend, total);
    let cp = c.creative_performance(5001).await.expect("creatives");
    assert_eq!(cp.len(), 3);
}

#[tokio::test]
async fn v2_surface() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    assert_eq!(c.api_test().await.expect("api-test").brand_id, Some(358));
    let b = c
        .create_brand(&NewBrand {
            name: "Nova Ray".into(),
            spotify_artist_id: None,
        })
        .await
        .expect("brand");
    assert!(c
        .brands()
        .await
        .expect("brands")
        .iter()
        .any(|x| x.id == b.id));
    let input = CampaignInput {
        name: "Spring".into(),
        start_date: t0() + Duration::days(1),
        end_date: t0() + Duration::days(8),
        budget: Decimal::from(150),
        currency: "USD".into(),
        link: "https://open.spotify.com/track/x".into(),
        caption: None,
        call_to_action: Some("LISTEN_NOW".into()),
        targeting_config: TargetingConfig {
            min_age: Some(18),
            max_age: Some(30),
            genders: vec!["FEMALE".into()],
            ..Default::default()
        },
    };
    let v = c
        .create_v2_campaign(&NewV2Campaign {
            ad_platform: AdPlatform::Meta,
            brand_id: None,
            campaign_input: input,
        })
        .await
        .expect("create");
    assert_eq!(v.status, CampaignStatus::Submitted);
    let u = c
        .update_v2_campaign(
            v.id,
            &V2Update {
                paused: Some(true),
                ..Default::default()
            },
        )
        .await
        .expect("update");
    assert_eq!(u.paused, Some(true));
    assert_eq!(c.v2_campaign(v.id).await.expect("get").id, v.id);
    let hits = c
        .v2_search(SearchKind::Geography, AdPlatform::Tiktok, "germany")
        .await
        .expect("search");
    assert_eq!(hits[0].name, "Germany");
    let w = c
        .register_webhook(&NewWebhook {
            url: "https://hooks.example.com/x".into(),
            events: vec!["campaign.completed".into()],
        })
        .await
        .expect("webhook");
    assert_eq!(w.status.as_deref(), Some("pending"));
    assert_eq!(c.webhooks().await.expect("hooks").len(), 1);
}

#[tokio::test]
async fn auth_errors_are_specific() {
    let sb = sandbox(SandboxConfig::default()).await;
    let unknown = client_with(
        &sb,
        "not-a-key",
        RetryPolicy::default(),
        StdDuration::from_secs(5),
    );
    assert!(matches!(
        unknown.api_test().await,
        Err(Error::Unauthorized { .. })
    ));
    let revoked = client_with(
        &sb,
        DEMO_REVOKED_KEY,
        RetryPolicy::default(),
        StdDuration::from_secs(5),
    );
    let err = revoked.api_test().await.expect_err("403");
    assert!(matches!(err, Error::Forbidden { .. }));
    assert!(err.to_string().contains("not active"));
    assert!(matches!(
        client(&sb).campaign(1).await,
        Err(Error::NotFound { .. })
    ));
    // Nothing shows the key.
    assert!(!format!("{unknown:?} {err:?} {err}").contains(DEMO_REVOKED_KEY));
}

#[tokio::test]
async fn server_errors_retry_then_report() {
    let sb = sandbox(SandboxConfig::default()).await;
    sb.set_faults(Faults {
        error_rate: 1.0,
        ..Faults::default()
    });
    let c = client(&sb);
    match c.api_test().await {
        Err(Error::Server { status: 500, .. }) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(
        sb.requests().len(),
        4,
        "1 try + 3 retries for an idempotent GET"
    );
}

#[tokio::test]
async fn slow_responses_time_out() {
    let sb = sandbox(SandboxConfig::default()).await;
    sb.set_faults(Faults {
        latency: StdDuration::from_millis(400),
        ..Faults::default()
    });
    let c = client_with(
        &sb,
        DEMO_KEY,
        RetryPolicy::none(),
        StdDuration::from_millis(150),
    );
    assert_eq!(c.api_test().await, Err(Error::Timeout));
}

#[tokio::test]
async fn dropped_connections_are_retried_for_reads() {
    let sb = sandbox(SandboxConfig::default()).await;
    sb.set_faults(Faults {
        drop_rate: 1.0,
        ..Faults::default()
    });
    let c = client(&sb);
    assert!(matches!(c.api_test().await, Err(Error::Network { .. })));
    assert_eq!(sb.requests().len(), 0, "dropped before recording");
    sb.set_faults(Faults {
        drop_rate: 0.5,
        ..Faults::default()
    });
    // With half the connections dropped, retries get reads through.
    for _ in 0..5 {
        c.api_test().await.expect("a retry succeeds");
    }
}

#[tokio::test]
async fn tokens_in_details_never_leave_the_parser() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = client(&sb);
    let all = c
        .all_campaigns(&CampaignFilter::default(), 100)
        .await
        .expect("list");
    let raw = reqwest::Client::new()
        .get(format!(
            "{}/v1/campaign/{}",
            sb.advertising_url(),
            all[0].id
        ))
        .header("x-api-key", DEMO_KEY)
        .send()
        .await
        .expect("raw")
        .text()
        .await
        .expect("text");
    let prefix = symphony_sandbox::documents::FAKE_TOKEN_PREFIX;
    assert!(
        raw.contains(prefix),
        "the sandbox sends tokens, so this test is real"
    );
    for (id, d) in c
        .campaigns_details(&all.iter().map(|s| s.id).collect::<Vec<_>>(), 3)
        .await
    {
        let d = d.expect("details");
        let text = serde_json::to_string(&d).expect("serializes");
        assert!(!text.contains(prefix), "campaign {id} leaks a token");
        assert!(!format!("{d:?}").contains(prefix));
        assert!(text.contains(symphony_api::types::redact::REDACTED));
    }
}

#[tokio::test]
async fn a_lost_create_response_is_recovered_without_a_duplicate() {
    let sb = sandbox(SandboxConfig {
        demo_data: false,
        ..Default::default()
    })
    .await;
    let c = client(&sb);
    sb.set_faults(Faults {
        lose_create_responses: 1,
        ..Faults::default()
    });
    let outcome = c
        .create_campaign(&boost("Lost response boost"))
        .await
        .expect("outcome");
    match outcome {
        CreateOutcome::Created {
            recovered: true,
            campaign,
        } => assert_eq!(campaign.kind, CampaignType::BoostInstagram),
        other => panic!("{other:?}"),
    }
    assert_eq!(sb.campaign_count(), 1, "exactly one campaign");
    let posts = sb.requests().iter().filter(|r| r.method == "POST").count();
    assert_eq!(
        posts, 0,
        "the lost POST is not recorded as answered, and was not resent"
    );
}

#[tokio::test]
async fn a_create_that_failed_before_creating_is_reported_not_created() {
    let sb = sandbox(SandboxConfig {
        demo_data: false,
        ..Default::default()
    })
    .await;
    let c = client(&sb);
    sb.set_faults(Faults {
        fail_create_requests: 1,
        ..Faults::default()
    });
    let outcome = c
        .create_campaign(&boost("Failed boost"))
        .await
        .expect("outcome");
    assert!(
        matches!(
            outcome,
            CreateOutcome::NotCreated {
                cause: Error::Server { status: 500, .. }
            }
        ),
        "{outcome:?}"
    );
    assert_eq!(sb.campaign_count(), 0);
    assert_eq!(
        sb.requests().iter().filter(|r| r.method == "POST").count(),
        1,
        "never resent"
    );
}

#[tokio::test]
async fn a_create_whose_outcome_cannot_be_checked_is_unknown() {
    // A peer on loopback that reads the request and hangs up on everything.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        use tokio::io::AsyncReadExt;
        while let Ok((mut sock, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = sock.read(&mut buf).await;
        }
    });
    let endpoints = Endpoints::from_origin(&format!("http://{addr}")).expect("urls");
    let c = Client::builder(endpoints, ApiKey::new("k").expect("key"))
        .retry(RetryPolicy {
            base: StdDuration::from_millis(10),
            cap: StdDuration::from_millis(20),
            ..RetryPolicy::default()
        })
        .build()
        .expect("client");
    let outcome = c.create_campaign(&boost("Unknown")).await.expect("outcome");
    assert!(
        matches!(outcome, CreateOutcome::Unknown { .. }),
        "{outcome:?}"
    );
}

#[tokio::test]
async fn rate_limit_queues_and_429_waits_for_the_reset() {
    let sb = Sandbox::start(SandboxConfig {
        rate_limit: 4,
        rate_window: StdDuration::from_secs(2),
        ..Default::default()
    })
    .await
    .expect("sandbox");
    // Two "processes" sharing a key: each has its own scheduler, so the server's 429 shows up.
    let a = client(&sb);
    let b = client(&sb);
    let t = std::time::Instant::now();
    for i in 0..6 {
        let c = if i % 2 == 0 { &a } else { &b };
        c.api_test().await.expect("queued or retried, never failed");
    }
    let statuses: Vec<u16> = sb.requests().iter().map(|r| r.status).collect();
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(
        t.elapsed() >= StdDuration::from_millis(900),
        "waited for the window"
    );
    // One client alone learns the limit from the headers and never hits a 429.
    let sb2 = Sandbox::start(SandboxConfig {
        rate_limit: 3,
        rate_window: StdDuration::from_secs(1),
        ..Default::default()
    })
    .await
    .expect("sandbox");
    let solo = client(&sb2);
    for _ in 0..7 {
        solo.api_test().await.expect("ok");
    }
    assert!(
        sb2.requests().iter().all(|r| r.status == 200),
        "the scheduler kept under the limit"
    );
    assert_eq!(solo.rate_limiter().limit().await, 3);
}
