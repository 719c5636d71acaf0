use super::*;
use serde_json::json;

// Boundary tests by concern; the shared helpers below are theirs too.
mod documented;
mod links;
mod request;
mod targeting;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2024-08-01T00:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .unwrap()
}

fn base() -> Value {
    json!({
        "provider": "facebook", "campaign_type": "boost_instagram", "campaign_name": "t",
        "metadata": {
            "budget": { "value": 12, "currency": "USD" },
            "start_date": "2024-08-20T05:00:00.000Z", "end_date": "2024-08-21T05:00:00.000Z",
            "call_to_action": "LEARN_MORE", "instagram_post_id": "1"
        }
    })
}

fn fields(body: &Value, currency: &str) -> Vec<String> {
    match create(body, currency, now()) {
        Ok(_) => vec![],
        Err(p) => p.0.into_iter().map(|p| p.field).collect(),
    }
}

/// Each problem as the error body words it: "field: message", in order.
fn problems(body: &Value, currency: &str) -> Vec<String> {
    match create(body, currency, now()) {
        Ok(_) => vec![],
        Err(p) => {
            p.0.into_iter()
                .map(|p| format!("{}: {}", p.field, p.message))
                .collect()
        }
    }
}

#[test]
fn documented_example_passes() {
    assert!(fields(&base(), "USD").is_empty());
}

#[test]
fn each_rule_names_its_field() {
    let mut b = base();
    b["metadata"]["budget"]["value"] = json!(9.99);
    assert_eq!(fields(&b, "USD"), ["metadata.budget.value"]);
    assert_eq!(fields(&base(), "MXN"), ["metadata.budget.currency"]);
    let mut b = base();
    b["metadata"]["end_date"] = json!("2024-08-19T05:00:00Z");
    assert_eq!(fields(&b, "USD"), ["metadata.end_date"]);
    let mut b = base();
    b["metadata"]["targeting_demographic"] =
        json!({"age": {"min": 17, "max": 70}, "gender": "Other"});
    assert_eq!(
        fields(&b, "USD"),
        [
            "metadata.targeting_demographic.age.min",
            "metadata.targeting_demographic.age.max",
            "metadata.targeting_demographic.gender"
        ]
    );
    let mut b = base();
    b["metadata"]["targeting_demographic"] = json!({"age": {"min": 40, "max": 30}});
    assert_eq!(fields(&b, "USD"), ["metadata.targeting_demographic.age"]);
    let mut b = base();
    b["metadata"]["call_to_action"] = json!("CLICK_HERE");
    assert_eq!(fields(&b, "USD"), ["metadata.call_to_action"]);
    let mut b = base();
    b["provider"] = json!("symphony");
    assert_eq!(fields(&b, "USD"), ["provider"]);
}

#[test]
fn markets_limit_and_fractions() {
    let loc = json!([{ "value": "US", "label": "United States", "type": "country" }]);
    let mk = |b: f64| json!({ "name": "M", "budget": b, "locations": loc });
    let mut b = base();
    b["metadata"]["targeting_countries"] = json!([mk(0.5), mk(0.3)]);
    assert_eq!(fields(&b, "USD"), ["metadata.targeting_countries"]);
    b["metadata"]["targeting_countries"] = json!([mk(0.25), mk(0.25), mk(0.25), mk(0.25)]);
    assert_eq!(fields(&b, "USD"), ["metadata.targeting_countries"]);
    b["metadata"]["targeting_countries"] = json!([mk(0.5), mk(0.5)]);
    assert!(fields(&b, "USD").is_empty());
}

#[test]
fn links_media_and_type_fields() {
    let mut b = base();
    b["metadata"]
        .as_object_mut()
        .map(|m| m.remove("instagram_post_id"));
    assert_eq!(fields(&b, "USD"), ["metadata"]);
    let link = json!({ "url": "https://cdn.example.com/v.mp4", "name": "v" });
    b["metadata"]["public_video_links"] = json!([link, link, link, link]);
    assert_eq!(fields(&b, "USD"), ["metadata.public_video_links"]);
    let mut b = base();
    b["campaign_type"] = json!("link_clicks");
    assert_eq!(
        fields(&b, "USD"),
        ["metadata.link_to_boost", "metadata.caption"]
    );
    let mut b = base();
    b["campaign_type"] = json!("record_streams");
    assert_eq!(fields(&b, "USD"), ["metadata.spotify_id"]);
}

#[test]
fn playlist_tiers() {
    let mut b = json!({ "provider": "symphony", "campaign_type": "get_playlisted", "campaign_name": "p",
        "metadata": { "spotify_id": "x", "tier": "30000_followers" } });
    assert!(fields(&b, "USD").is_empty());
    b["metadata"]["tier"] = json!("50000_followers");
    assert_eq!(fields(&b, "USD"), ["metadata.tier"]);
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .unwrap()
}

/// A partial day counts as a whole day: rounding down would let budgets under the minimum
/// through, and these spans are where it shows.
#[test]
fn partial_days_round_up_across_midnight_and_time_zones() {
    let cases = [
        // 36 hours: a day and a half is two days.
        ("2024-08-20T00:00:00Z", "2024-08-21T12:00:00Z", 2),
        // 23:00 to 01:00 the next day: two hours over midnight is one day, not zero or two.
        ("2024-08-20T23:00:00Z", "2024-08-21T01:00:00Z", 1),
        // Exactly a day, and a day and a second.
        ("2024-08-20T05:00:00Z", "2024-08-21T05:00:00Z", 1),
        ("2024-08-20T05:00:00Z", "2024-08-21T05:00:01Z", 2),
        // 25 hours across midnight.
        ("2024-08-20T22:30:00Z", "2024-08-21T23:30:00Z", 2),
        // Different offsets: 04:00Z to 23:00Z the same UTC day, 19 h.
        ("2024-08-20T23:00:00-05:00", "2024-08-22T01:00:00+02:00", 1),
        // 13:00Z to 13:00Z two days later, written in Tokyo and São Paulo time: 48 h.
        ("2024-08-20T22:00:00+09:00", "2024-08-22T10:00:00-03:00", 2),
        // 49 h (11:00Z to 12:00Z two days later) written with offsets that make the local
        // dates look one day apart.
        ("2024-08-20T01:00:00+14:00", "2024-08-21T02:00:00-10:00", 3),
        // Minutes past a whole number of days.
        ("2024-08-01T00:00:00Z", "2024-08-08T00:01:00Z", 8),
    ];
    for (start, end, want) in cases {
        assert_eq!(days(at(start), at(end)), want, "{start} -> {end}");
    }
    // Never zero, even for an empty or backwards span.
    let t = at("2024-08-20T00:00:00Z");
    assert_eq!(days(t, t), 1);
    assert_eq!(days(t, at("2024-08-19T00:00:00Z")), 1);
}

#[test]
fn the_minimum_budget_counts_partial_days_as_whole() {
    let span = |value: u32, currency: &str, start: &str, end: &str| {
        let mut b = base();
        b["metadata"]["budget"] = json!({ "value": value, "currency": currency });
        b["metadata"]["start_date"] = json!(start);
        b["metadata"]["end_date"] = json!(end);
        fields(&b, currency)
    };
    // 36 h is two days: 20 USD at least, so 15 is refused and 20 accepted.
    let (s, e) = ("2024-08-20T00:00:00Z", "2024-08-21T12:00:00Z");
    assert_eq!(span(15, "USD", s, e), ["metadata.budget.value"]);
    assert!(span(20, "USD", s, e).is_empty());
    // 23:00 to 01:00 across midnight is one day: 10 USD is enough.
    let (s, e) = ("2024-08-20T23:00:00Z", "2024-08-21T01:00:00Z");
    assert!(span(10, "USD", s, e).is_empty());
    assert_eq!(span(9, "USD", s, e), ["metadata.budget.value"]);
    // 49 h in two time zones is three days: 30 USD, or 4500 JPY.
    let (s, e) = ("2024-08-20T01:00:00+14:00", "2024-08-21T02:00:00-10:00");
    assert_eq!(span(29, "USD", s, e), ["metadata.budget.value"]);
    assert!(span(30, "USD", s, e).is_empty());
    assert_eq!(span(4499, "JPY", s, e), ["metadata.budget.value"]);
    assert!(span(4500, "JPY", s, e).is_empty());
    // The message names the days counted.
    let mut p = Problems::default();
    let r = check_budget(
        &mut p,
        Some(&json!({ "value": 15, "currency": "USD" })),
        "USD",
        at("2024-08-20T00:00:00Z"),
        at("2024-08-21T12:00:00Z"),
    );
    assert!(r.is_none());
    assert!(p.0[0].message.contains("for 2 days"), "{}", p.0[0].message);
}

#[test]
fn jpy_minimum_is_whole_yen() {
    let mut b = base();
    b["metadata"]["budget"] = json!({ "value": 1499, "currency": "JPY" });
    assert_eq!(fields(&b, "JPY"), ["metadata.budget.value"]);
    b["metadata"]["budget"] = json!({ "value": 1500, "currency": "JPY" });
    assert!(fields(&b, "JPY").is_empty());
}

fn boundary(value: &str, currency: &str, start: &str, end: &str) -> Vec<String> {
    // The amount goes in as JSON text, digit for digit, as a client would send it.
    let body = format!(
        r#"{{"provider":"facebook","campaign_type":"boost_instagram","campaign_name":"t",
            "metadata":{{"budget":{{"value":{value},"currency":"{currency}"}},
            "start_date":"{start}","end_date":"{end}",
            "call_to_action":"LEARN_MORE","instagram_post_id":"1"}}}}"#
    );
    let b: Value = serde_json::from_str(&body).unwrap();
    fields(&b, currency)
}

/// The minimum is exact at its boundary: in f64, 10 x 0.79 x 3 is 23.700000000000003 and
/// 10 x 1.52 x 3 is 45.599999999999994, and a budget of 9.9999999999999999 reads as 10.
#[test]
fn the_minimum_is_exact_at_its_boundary() {
    let three = ("2024-08-20T05:00:00Z", "2024-08-23T05:00:00Z");
    let one = ("2024-08-20T05:00:00Z", "2024-08-21T05:00:00Z");
    let cases = [
        ("23.70", "GBP", three, true),
        ("23.69", "GBP", three, false),
        ("45.60", "AUD", three, true),
        ("45.59", "AUD", three, false),
        ("27.6", "EUR", three, true),
        ("3.070", "KWD", one, true),
        ("3.069", "KWD", one, false),
        ("10", "USD", one, true),
        ("9.9999999999999999", "USD", one, false),
        ("1500", "JPY", one, true),
        ("1499.99", "JPY", one, false),
    ];
    for (value, currency, (s, e), ok) in cases {
        let got = boundary(value, currency, s, e);
        if ok {
            assert!(got.is_empty(), "{value} {currency}: {got:?}");
        } else {
            assert_eq!(got, ["metadata.budget.value"], "{value} {currency}");
        }
    }
}

#[test]
fn accepted_budgets_and_shares_are_exact() {
    let mut b = base();
    let loc = json!([{ "value": "US", "label": "United States", "type": "country" }]);
    b["metadata"]["targeting_countries"] = serde_json::from_str(&format!(
        r#"[{{"name":"A","budget":0.1,"locations":{loc}}},{{"name":"B","budget":0.2,"locations":{loc}}},{{"name":"C","budget":0.7,"locations":{loc}}}]"#
    ))
    .unwrap();
    let text = b
        .to_string()
        .replace(r#""value":12"#, r#""value":12345678901234.56789"#);
    let b: Value = serde_json::from_str(&text).unwrap();
    let a = create(&b, "USD", now()).expect("valid");
    assert_eq!(a.budget.to_string(), "12345678901234.56789");
    let shares: Vec<String> = a.markets.iter().map(|m| m.1.to_string()).collect();
    assert_eq!(shares, ["0.1", "0.2", "0.7"]);
}

#[test]
fn playlist_prices_are_exact_in_every_currency() {
    assert_eq!(
        tier_price("30000_followers", "USD").unwrap().to_string(),
        "150.00"
    );
    assert_eq!(
        tier_price("30000_followers", "JPY").unwrap().to_string(),
        "22500"
    );
    assert_eq!(
        tier_price("30000_followers", "GBP").unwrap().to_string(),
        "118.50"
    );
    assert_eq!(
        tier_price("30000_followers", "KWD").unwrap().to_string(),
        "46.050"
    );
    assert_eq!(tier_price("50000_followers", "USD"), None);
}
