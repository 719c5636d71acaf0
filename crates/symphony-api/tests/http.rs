//! The client against symphony-sandbox over real HTTP on 127.0.0.1: every endpoint answering as
//! documented. The fault cases are in `faults.rs`.

mod common;

use chrono::Duration;
use common::{sandbox_at_t0 as sandbox, sandbox_client, t0, us_boost};
use std::time::Duration as StdDuration;
use symphony_api::v1::campaigns::{
    AddLocations, CampaignFilter, CampaignUpdate, LocationToAdd, LocationToggle,
};
use symphony_api::v1::create::*;
use symphony_api::v2::*;
use symphony_api::*;
use symphony_sandbox::{Lifecycle, SandboxConfig, DEMO_KEY};

#[tokio::test]
async fn lists_walks_pages_and_reads_details() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = sandbox_client(&sb);
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
    let c = sandbox_client(&sb);
    let outcome = c
        .create_campaign(&us_boost("Spring boost"))
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
    let toggle = LocationToggle {
        location_key: madrid.key.clone(),
        market_id: market,
    };
    let cities = |d: &symphony_api::v1::campaigns::CampaignDetails| {
        d.campaign_metadata
            .platform_details
            .as_ref()
            .map(|p| p.campaigns_mapping[0].cities.clone())
    };
    c.toggle_location(campaign.id, &toggle)
        .await
        .expect("pause location");
    let d = c.campaign(campaign.id).await.expect("details");
    assert_eq!(cities(&d), Some(vec![]), "a paused city leaves the mapping");
    // The same documented request again resumes it.
    c.toggle_location(campaign.id, &toggle)
        .await
        .expect("resume location");
    let d = c.campaign(campaign.id).await.expect("details");
    assert_eq!(cities(&d), Some(vec![serde_json::json!(madrid.key)]));
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
    let mut bad = us_boost("Too cheap");
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
    let c = sandbox_client(&sb);
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
    let c = sandbox_client(&sb);
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
async fn tokens_in_details_never_leave_the_parser() {
    let sb = sandbox(SandboxConfig::default()).await;
    let c = sandbox_client(&sb);
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
