//! Money in responses is exact: the documented analytics example and fixtures in 0-, 2- and
//! 3-decimal currencies parse to the exact Decimal values written in the JSON text (never via
//! f64), counts to exact integers, and a daily-stats row with a field missing keeps the rest.

use std::str::FromStr;
use symphony_api::v1::analytics::CampaignAnalytics;
use symphony_api::v2::{CampaignInput, V2Update};
use symphony_api::{decode_envelope, Decimal};

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
