//! Money in responses is exact: the documented analytics example and fixtures in 0-, 2- and
//! 3-decimal currencies parse to the exact Decimal values written in the JSON text (never via
//! f64), counts to exact integers, and a daily-stats row with a field missing keeps the rest.

use chrono::{DateTime, Duration, Utc};
use std::str::FromStr;
use symphony_api::v1::analytics::CampaignAnalytics;
use symphony_api::v1::create::*;
use symphony_api::v2::{CampaignInput, V2Update};
use symphony_api::{decode_envelope, ApiKey, Budget, Client, Decimal, Endpoints};
use symphony_sandbox::{Clock, Lifecycle, Sandbox, SandboxConfig, DEMO_KEY};

fn bytes(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/responses/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn analytics(name: &str) -> CampaignAnalytics {
    decode_envelope(&bytes(name)).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

#[test]
fn the_documented_example_parses_to_exact_values() {
    // The guide's placeholders ("string") replaced by values of the stated types.
    let text = String::from_utf8(bytes("campaign_analytics.json"))
        .unwrap()
        .replace("\"Unknown Type: string,null\"", "null")
        .replace("\"string\"", "\"0.10\"")
        .replace("\"clicks\": \"0.10\"", "\"clicks\": \"7\"");
    let text = text
        .replace("\"reach\": \"0.10\"", "\"reach\": \"9007199254740993\"")
        .replace("\"impressions\": \"0.10\"", "\"impressions\": \"12\"")
        .replace(
            "\"inline_link_clicks\": \"0.10\"",
            "\"inline_link_clicks\": \"5\"",
        );
    let a: CampaignAnalytics = decode_envelope(text.as_bytes()).unwrap();
    let s = a.analytic_data.campaign_performance_stats.unwrap();
    assert_eq!(s.spend, Some(d("0.10")));
    assert_eq!(s.spend.unwrap().to_string(), "0.10", "the digits as sent");
    assert_eq!(s.reach, Some(9_007_199_254_740_993), "exact beyond 2^53");
    let day = &a.analytic_data.daily_stats[0];
    assert_eq!(day.total_spend, Some(Decimal::ZERO));
    assert_eq!(day.clicks, Some(7));
}

/// Each currency family's fixture: the amounts, digit for digit, and the scale they were sent
/// with matches the currency's minor unit from the one table.
#[test]
fn zero_two_and_three_decimal_currencies_parse_exactly() {
    let cases = [
        (
            "campaign_analytics.jpy.json",
            "JPY",
            "15230",
            ["7615", "7615"],
            "57",
        ),
        (
            "campaign_analytics.mxn.json",
            "MXN",
            "5050.24",
            ["2525.12", "2525.12"],
            "3.71",
        ),
        (
            "campaign_analytics.kwd.json",
            "KWD",
            "12.345",
            ["6.170", "6.175"],
            "0.105",
        ),
    ];
    for (file, currency, total, days, cpc) in cases {
        let a = analytics(file);
        let exp = crescendo_money::exponent(currency).unwrap();
        let s = a.analytic_data.campaign_performance_stats.unwrap();
        assert_eq!(s.spend, Some(d(total)), "{file}");
        assert_eq!(s.spend.unwrap().scale(), exp, "{file}: scale of {total}");
        assert_eq!(s.cpc, Some(d(cpc)), "{file}");
        assert_eq!(s.cost_per_action_type[0].value, d(cpc), "{file}");
        let spends: Vec<Decimal> = a
            .analytic_data
            .daily_stats
            .iter()
            .map(|x| x.spend.unwrap())
            .collect();
        assert_eq!(spends, days.map(d), "{file}");
        // Exact arithmetic: the days add up to the lifetime total, to the last minor unit.
        assert_eq!(spends.iter().sum::<Decimal>(), d(total), "{file}");
        let last = a.analytic_data.daily_stats.last().unwrap();
        assert_eq!(last.total_spend, Some(d(total)), "{file}");
        assert_eq!(last.clicks, Some(17), "{file}: a count sent as a string");
        let country = &a
            .analytic_data
            .geographic_breakdown
            .as_ref()
            .unwrap()
            .countries[0];
        assert_eq!(country.spend, Some(d(total)), "{file}");
    }
}

#[test]
fn one_missing_field_in_a_daily_row_never_fails_the_response() {
    let text = String::from_utf8(bytes("campaign_analytics.mxn.json"))
        .unwrap()
        .replacen("\"cpc\": 3.70, ", "", 1)
        .replacen("\"totalReach\": 1200, ", "", 1)
        .replacen("\"spend\": 2525.12, ", "\"spend\": null, ", 1);
    let a: CampaignAnalytics = decode_envelope(text.as_bytes()).expect("the response parses");
    let rows = &a.analytic_data.daily_stats;
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[0].cpc, rows[0].total_reach, rows[0].spend),
        (None, None, None)
    );
    assert_eq!(
        rows[0].total_spend,
        Some(d("2525.12")),
        "the rest of the row is kept"
    );
    assert_eq!(rows[1].cpc, Some(d("3.72")), "the other rows are whole");
    assert_eq!(rows[1].total_reach, Some(1200));
}

#[test]
fn a_malformed_amount_still_names_its_field() {
    let text = String::from_utf8(bytes("campaign_analytics.kwd.json"))
        .unwrap()
        .replacen("\"spend\": 6.170", "\"spend\": \"six\"", 1);
    match decode_envelope::<CampaignAnalytics>(text.as_bytes()) {
        Err(symphony_api::Error::Decode { path, message, .. }) => {
            assert_eq!(path, "data.analytic_data.dailyStats[0].spend");
            assert!(message.contains("six"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn v2_budgets_are_exact_both_ways() {
    let input: CampaignInput = serde_json::from_str(
        r#"{"name":"n","startDate":"2025-01-01T00:00:00.000Z","endDate":"2025-01-08T00:00:00.000Z",
            "budget":12345678901234.56789,"currency":"USD","link":"https://x.example"}"#,
    )
    .unwrap();
    assert_eq!(input.budget, d("12345678901234.56789"));
    let text = serde_json::to_string(&input).unwrap();
    assert!(text.contains(r#""budget":12345678901234.56789"#), "{text}");
    // Through a Value (how the client builds request bodies) too.
    let u = V2Update {
        budget: Some(d("0.1")),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&u).unwrap().to_string(),
        r#"{"budget":0.1}"#
    );
}

/// Client -> simulator -> client: a budget of 18 significant digits (more than an f64 holds)
/// and market shares of 0.3/0.7 come back digit for digit, and Meta's per-market lifetime
/// budget is the exact share in subunits.
#[tokio::test]
async fn budgets_round_trip_through_the_simulator_exactly() {
    let t0: DateTime<Utc> = "2026-03-02T12:00:00Z".parse().unwrap();
    let sb = Sandbox::start_with_clock(
        SandboxConfig {
            demo_data: false,
            lifecycle: Lifecycle {
                review: std::time::Duration::from_secs(30),
            },
            ..Default::default()
        },
        Clock::fixed(t0),
    )
    .await
    .unwrap();
    let endpoints = Endpoints::new(&sb.advertising_url(), &sb.v2_url()).unwrap();
    let c = Client::builder(endpoints, ApiKey::new(DEMO_KEY).unwrap())
        .build()
        .unwrap();
    let market = |name: &str, share: &str| Market {
        name: name.into(),
        budget: d(share),
        locations: vec![TargetLocation::country("US", "United States of America")],
    };
    let new = NewCampaign {
        name: "Exact".into(),
        kind: NewCampaignKind::BoostInstagram {
            meta: MetaMetadata {
                budget: Budget::new(d("1234567890123456.78"), "USD"),
                start_date: t0 + Duration::hours(17),
                end_date: t0 + Duration::hours(17) + Duration::days(10),
                call_to_action: Some("LEARN_MORE".into()),
                instagram_post_id: Some("17921761666746619".into()),
                public_video_links: vec![],
                public_image_links: vec![],
                targeting_countries: Some(vec![market("A", "0.3"), market("B", "0.7")]),
                targeting_audiences: None,
                targeting_demographic: None,
                extra: Default::default(),
            },
        },
    };
    let CreateOutcome::Created { campaign, .. } = c.create_campaign(&new).await.unwrap() else {
        panic!("not created")
    };
    sb.clock().advance(Duration::days(1)); // past review: the Meta campaigns exist
    let details = c.campaign(campaign.id).await.unwrap();
    let meta = &details.campaign_metadata;
    assert_eq!(meta.budget.unwrap().to_string(), "1234567890123456.78");
    let mapping = &meta.platform_details.as_ref().unwrap().campaigns_mapping;
    let fractions: Vec<String> = mapping
        .iter()
        .map(|m| m.fraction.unwrap().to_string())
        .collect();
    assert_eq!(fractions, ["0.3", "0.7"]);
    let lifetime: Vec<String> = mapping
        .iter()
        .map(|m| m.fb_campaign.as_ref().unwrap().extra["fields"]["lifetime_budget"].to_string())
        .collect();
    // x 0.3 = 370370367037037.034 -> .03 USD; x 0.7 = 864197523086419.746 -> .75 USD; in cents:
    assert_eq!(lifetime, ["37037036703703703", "86419752308641975"]);
    let row = c.campaigns(&Default::default()).await.unwrap().campaigns;
    assert_eq!(
        row[0].campaign_metadata.budget.to_string(),
        "1234567890123456.78"
    );
}
