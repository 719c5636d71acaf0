//! Validation of v1 campaign creation and edits, rule by rule as the reference documents state
//! them. Each problem names the field it is about.

use crate::money;
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

pub const CAMPAIGN_TYPES: &[&str] = &[
    "record_streams",
    "boost_instagram",
    "link_clicks",
    "get_playlisted",
    "increase_video_views",
];
pub const FACEBOOK_TYPES: &[&str] = &["record_streams", "boost_instagram", "link_clicks"];
/// v1 documents LEARN_MORE and SHOP_NOW as examples, v2 lists LEARN_MORE, LISTEN_NOW, VIEW_NOW.
pub const CALLS_TO_ACTION: &[&str] = &[
    "LEARN_MORE",
    "SHOP_NOW",
    "LISTEN_NOW",
    "VIEW_NOW",
    "WATCH_MORE",
    "SIGN_UP",
    "GET_TICKETS",
];
pub const PLAYLIST_TIERS: &[(&str, f64)] = &[
    ("30000_followers", 150.0),
    ("100000_followers", 300.0),
    ("300000_followers", 600.0),
    ("600000_followers", 1000.0),
    ("1000000_followers", 1500.0),
];
pub const GENDERS: &[&str] = &["All", "Male", "Female"];
pub const MAX_MARKETS: usize = 3;
pub const MAX_LINKS: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

#[derive(Debug, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            field: field.into(),
            message: message.into(),
        });
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The documented error body's `message` (the first problem) and `error` (all of them).
    pub fn summary(&self) -> (String, String) {
        let first = self
            .0
            .first()
            .map(|p| format!("{}: {}", p.field, p.message))
            .unwrap_or_default();
        let all = self
            .0
            .iter()
            .map(|p| format!("{}: {}", p.field, p.message))
            .collect::<Vec<_>>()
            .join("; ");
        (first, all)
    }
}

/// What a valid creation request resolves to.
#[derive(Debug)]
pub struct Accepted {
    pub name: String,
    pub campaign_type: String,
    pub provider: String,
    pub budget: f64,
    pub currency: String,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub markets: Vec<(String, f64, Vec<Value>)>,
}

pub fn parse_date(v: Option<&Value>) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(v?.as_str()?)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// Whole days a campaign runs, rounding a partial day up; at least one.
pub fn days(start: DateTime<Utc>, end: DateTime<Utc>) -> i64 {
    let secs = (end - start).num_seconds().max(0);
    ((secs + 86_399) / 86_400).max(1)
}

fn is_url(v: &Value) -> bool {
    v.as_str()
        .map(|s| (s.starts_with("https://") || s.starts_with("http://")) && s.len() > 10)
        .unwrap_or(false)
}

fn non_empty_str(v: Option<&Value>) -> Option<&str> {
    v.and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

pub fn check_budget(
    p: &mut Problems,
    budget: Option<&Value>,
    brand_currency: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> Option<(f64, String)> {
    let Some(budget) = budget.filter(|b| b.is_object()) else {
        p.add("metadata.budget", "is required, as { value, currency }");
        return None;
    };
    let value = budget.get("value").and_then(Value::as_f64);
    let currency = non_empty_str(budget.get("currency")).map(str::to_uppercase);
    let (Some(value), Some(currency)) = (value, currency) else {
        p.add(
            "metadata.budget",
            "needs a numeric value and a currency code",
        );
        return None;
    };
    if value <= 0.0 || !value.is_finite() {
        p.add("metadata.budget.value", "must be a positive amount");
        return None;
    }
    if money::currency(&currency).is_none() {
        p.add(
            "metadata.budget.currency",
            format!("{currency} is not a supported currency"),
        );
        return None;
    }
    if currency != brand_currency {
        p.add(
            "metadata.budget.currency",
            format!("{currency} does not match the ad account currency {brand_currency}; use {brand_currency}"),
        );
        return None;
    }
    let d = days(start, end);
    if let Some(min) = money::minimum_budget(&currency, d) {
        if value + 1e-9 < min {
            p.add(
                "metadata.budget.value",
                format!(
                    "{value} {currency} is below the minimum of 10 USD a day: {min} {currency} for {d} day{}",
                    if d == 1 { "" } else { "s" }
                ),
            );
            return None;
        }
    }
    Some((value, currency))
}

fn check_dates(p: &mut Problems, m: &Value) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let start = parse_date(m.get("start_date"));
    let end = parse_date(m.get("end_date"));
    if start.is_none() {
        p.add(
            "metadata.start_date",
            "is required as an ISO 8601 date-time",
        );
    }
    if end.is_none() {
        p.add("metadata.end_date", "is required as an ISO 8601 date-time");
    }
    let (start, end) = (start?, end?);
    if end <= start {
        p.add("metadata.end_date", "must be after start_date");
        return None;
    }
    Some((start, end))
}

fn check_links(p: &mut Problems, m: &Value, key: &str) -> usize {
    let Some(v) = m.get(key) else { return 0 };
    let Some(links) = v.as_array() else {
        p.add(format!("metadata.{key}"), "must be a list");
        return 0;
    };
    if links.len() > MAX_LINKS {
        p.add(
            format!("metadata.{key}"),
            format!("has {} items; at most {MAX_LINKS} are allowed", links.len()),
        );
    }
    for (i, l) in links.iter().enumerate() {
        if !l.get("url").map(is_url).unwrap_or(false) {
            p.add(
                format!("metadata.{key}[{i}].url"),
                "must be a public http(s) URL",
            );
        }
        if non_empty_str(l.get("name")).is_none() {
            p.add(format!("metadata.{key}[{i}].name"), "is required");
        }
        if let Some(t) = l.get("thumbnail") {
            if !t.is_null() && !is_url(t) {
                p.add(
                    format!("metadata.{key}[{i}].thumbnail"),
                    "must be a public http(s) URL",
                );
            }
        }
    }
    links.len()
}

fn check_targeting(p: &mut Problems, m: &Value) -> Vec<(String, f64, Vec<Value>)> {
    let mut markets = Vec::new();
    if let Some(tc) = m.get("targeting_countries") {
        match tc.as_array() {
            None => p.add("metadata.targeting_countries", "must be a list of markets"),
            Some(list) if list.is_empty() => {
                p.add("metadata.targeting_countries", "needs at least one market")
            }
            Some(list) if list.len() > MAX_MARKETS => p.add(
                "metadata.targeting_countries",
                format!(
                    "has {} markets; at most {MAX_MARKETS} are allowed",
                    list.len()
                ),
            ),
            Some(list) => {
                let mut sum = 0.0;
                for (i, mk) in list.iter().enumerate() {
                    let f = format!("metadata.targeting_countries[{i}]");
                    let name = non_empty_str(mk.get("name"));
                    if name.is_none() {
                        p.add(format!("{f}.name"), "is required");
                    }
                    let share = mk.get("budget").and_then(Value::as_f64);
                    match share {
                        Some(b) if b > 0.0 && b <= 1.0 => sum += b,
                        _ => p.add(
                            format!("{f}.budget"),
                            "must be a fraction above 0 and at most 1",
                        ),
                    }
                    let locs = mk.get("locations").and_then(Value::as_array);
                    match locs {
                        Some(l) if !l.is_empty() => {
                            for (j, loc) in l.iter().enumerate() {
                                let has_id = loc.get("value").or_else(|| loc.get("key")).is_some();
                                if !has_id || loc.get("type").and_then(Value::as_str).is_none() {
                                    p.add(
                                        format!("{f}.locations[{j}]"),
                                        "needs value, label and type",
                                    );
                                }
                            }
                        }
                        _ => p.add(format!("{f}.locations"), "needs at least one location"),
                    }
                    markets.push((
                        name.unwrap_or("Market").to_string(),
                        share.unwrap_or(0.0),
                        locs.cloned().unwrap_or_default(),
                    ));
                }
                if (sum - 1.0).abs() > 0.001 && p.is_empty() {
                    p.add(
                        "metadata.targeting_countries",
                        format!(
                            "market budgets must add up to 1 (100%); they add up to {}",
                            (sum * 1000.0).round() / 1000.0
                        ),
                    );
                }
            }
        }
    }
    if let Some(aud) = m.get("targeting_audiences") {
        match aud.as_array() {
            None => p.add("metadata.targeting_audiences", "must be a list"),
            Some(list) => {
                for (i, a) in list.iter().enumerate() {
                    if non_empty_str(a.get("name")).is_none() {
                        p.add(
                            format!("metadata.targeting_audiences[{i}].name"),
                            "is required",
                        );
                    }
                }
            }
        }
    }
    if let Some(demo) = m.get("targeting_demographic") {
        let age = demo.get("age");
        let min = age.and_then(|a| a.get("min")).and_then(Value::as_i64);
        let max = age.and_then(|a| a.get("max")).and_then(Value::as_i64);
        if let Some(a) = age {
            match (min, max) {
                (Some(lo), Some(hi)) => {
                    if lo < 18 {
                        p.add(
                            "metadata.targeting_demographic.age.min",
                            format!("{lo} is below the minimum age of 18"),
                        );
                    }
                    if hi > 65 {
                        p.add(
                            "metadata.targeting_demographic.age.max",
                            format!("{hi} is above the maximum age of 65"),
                        );
                    }
                    if lo > hi {
                        p.add(
                            "metadata.targeting_demographic.age",
                            format!("min ({lo}) must not exceed max ({hi})"),
                        );
                    }
                }
                _ if a.is_object() => p.add(
                    "metadata.targeting_demographic.age",
                    "needs whole-number min and max",
                ),
                _ => p.add("metadata.targeting_demographic.age", "must be { min, max }"),
            }
        }
        if let Some(g) = demo.get("gender") {
            if !g.as_str().map(|g| GENDERS.contains(&g)).unwrap_or(false) {
                p.add(
                    "metadata.targeting_demographic.gender",
                    "must be All, Male or Female",
                );
            }
        }
        if let Some(langs) = demo.get("languages") {
            let ok = langs
                .as_array()
                .map(|l| {
                    l.iter()
                        .all(|x| x.get("key").and_then(Value::as_i64).is_some())
                })
                .unwrap_or(false);
            if !ok {
                p.add(
                    "metadata.targeting_demographic.languages",
                    "must be a list of { key, name } with numeric keys",
                );
            }
        }
    }
    markets
}

/// Validates a v1 POST /campaign body for a brand whose ad account uses `brand_currency`.
pub fn create(
    body: &Value,
    brand_currency: &str,
    now: DateTime<Utc>,
) -> Result<Accepted, Problems> {
    let mut p = Problems::default();
    let campaign_type = non_empty_str(body.get("campaign_type"));
    let provider = non_empty_str(body.get("provider"));
    let name = non_empty_str(body.get("campaign_name"));
    match campaign_type {
        None => p.add(
            "campaign_type",
            format!("is required: one of {}", CAMPAIGN_TYPES.join(", ")),
        ),
        Some(t) if !CAMPAIGN_TYPES.contains(&t) => p.add(
            "campaign_type",
            format!("{t} is not one of {}", CAMPAIGN_TYPES.join(", ")),
        ),
        _ => {}
    }
    if name.is_none() {
        p.add("campaign_name", "is required");
    } else if name.map(|n| n.chars().count() > 200).unwrap_or(false) {
        p.add("campaign_name", "must be at most 200 characters");
    }
    let Some(m) = body.get("metadata").filter(|m| m.is_object()) else {
        p.add("metadata", "is required as an object");
        return Err(p);
    };
    let Some(t) = campaign_type.filter(|t| CAMPAIGN_TYPES.contains(t)) else {
        return Err(p);
    };
    let expected = if FACEBOOK_TYPES.contains(&t) {
        "facebook"
    } else {
        "symphony"
    };
    match provider {
        Some(pv) if pv == expected => {}
        Some(pv) => p.add(
            "provider",
            format!("{t} campaigns use provider {expected}, not {pv}"),
        ),
        None => p.add("provider", format!("is required ({expected} for {t})")),
    }
    let mut accepted = Accepted {
        name: name.unwrap_or_default().to_string(),
        campaign_type: t.to_string(),
        provider: expected.to_string(),
        budget: 0.0,
        currency: brand_currency.to_string(),
        start: now,
        end: now + Duration::days(28),
        markets: Vec::new(),
    };
    if t == "get_playlisted" {
        if non_empty_str(m.get("spotify_id")).is_none() {
            p.add("metadata.spotify_id", "is required: the release to pitch");
        }
        let tiers: Vec<&str> = PLAYLIST_TIERS.iter().map(|(t, _)| *t).collect();
        match m
            .get("tier")
            .and_then(Value::as_str)
            .and_then(|t| PLAYLIST_TIERS.iter().find(|(n, _)| *n == t))
        {
            Some((_, price)) => {
                let c = money::currency(brand_currency)
                    .map(|c| c.per_usd)
                    .unwrap_or(1.0);
                accepted.budget = money::round(price * c, brand_currency);
            }
            None => p.add(
                "metadata.tier",
                format!("must be one of {}", tiers.join(", ")),
            ),
        }
        return if p.is_empty() { Ok(accepted) } else { Err(p) };
    }
    let dates = check_dates(&mut p, m);
    if let Some((start, end)) = dates {
        accepted.start = start;
        accepted.end = end;
        if let Some((value, currency)) =
            check_budget(&mut p, m.get("budget"), brand_currency, start, end)
        {
            accepted.budget = value;
            accepted.currency = currency;
        }
    }
    if t == "increase_video_views" {
        if non_empty_str(m.get("video_id")).is_none() {
            p.add(
                "metadata.video_id",
                "is required: a video from /advertising/youtube/videos",
            );
        }
        if let Some(goal) = m.get("views_goal") {
            if !matches!(goal.as_str(), Some("cheapest_views" | "more_engagement")) {
                p.add(
                    "metadata.views_goal",
                    "must be cheapest_views or more_engagement",
                );
            }
        }
        return if p.is_empty() { Ok(accepted) } else { Err(p) };
    }
    // Meta campaigns.
    if let Some(cta) = m.get("call_to_action") {
        if !cta
            .as_str()
            .map(|c| CALLS_TO_ACTION.contains(&c))
            .unwrap_or(false)
        {
            p.add(
                "metadata.call_to_action",
                format!("must be one of {}", CALLS_TO_ACTION.join(", ")),
            );
        }
    }
    let videos = check_links(&mut p, m, "public_video_links");
    let images = check_links(&mut p, m, "public_image_links");
    let post = non_empty_str(m.get("instagram_post_id")).is_some();
    if !post && videos == 0 && images == 0 {
        p.add(
            "metadata",
            "needs media: instagram_post_id, public_video_links or public_image_links",
        );
    }
    match t {
        "record_streams" => {
            if non_empty_str(m.get("spotify_id"))
                .or_else(|| non_empty_str(m.get("spotify_link")))
                .is_none()
            {
                p.add("metadata.spotify_id", "is required: the release to promote");
            }
            if let Some(ext) = m.get("spotify_external_platforms") {
                if !ext
                    .as_array()
                    .map(|a| a.iter().all(is_url))
                    .unwrap_or(false)
                {
                    p.add(
                        "metadata.spotify_external_platforms",
                        "must be a list of URLs",
                    );
                }
            }
        }
        "link_clicks" => {
            if !m.get("link_to_boost").map(is_url).unwrap_or(false) {
                p.add("metadata.link_to_boost", "is required as an http(s) URL");
            }
            if non_empty_str(m.get("caption")).is_none() {
                p.add("metadata.caption", "is required for link_clicks");
            }
        }
        _ => {}
    }
    accepted.markets = check_targeting(&mut p, m);
    if p.is_empty() {
        Ok(accepted)
    } else {
        Err(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
        let span = |value: f64, currency: &str, start: &str, end: &str| {
            let mut b = base();
            b["metadata"]["budget"] = json!({ "value": value, "currency": currency });
            b["metadata"]["start_date"] = json!(start);
            b["metadata"]["end_date"] = json!(end);
            fields(&b, currency)
        };
        // 36 h is two days: 20 USD at least, so 15 is refused and 20 accepted.
        let (s, e) = ("2024-08-20T00:00:00Z", "2024-08-21T12:00:00Z");
        assert_eq!(span(15.0, "USD", s, e), ["metadata.budget.value"]);
        assert!(span(20.0, "USD", s, e).is_empty());
        // 23:00 to 01:00 across midnight is one day: 10 USD is enough.
        let (s, e) = ("2024-08-20T23:00:00Z", "2024-08-21T01:00:00Z");
        assert!(span(10.0, "USD", s, e).is_empty());
        assert_eq!(span(9.0, "USD", s, e), ["metadata.budget.value"]);
        // 49 h in two time zones is three days: 30 USD, or 4500 JPY.
        let (s, e) = ("2024-08-20T01:00:00+14:00", "2024-08-21T02:00:00-10:00");
        assert_eq!(span(29.0, "USD", s, e), ["metadata.budget.value"]);
        assert!(span(30.0, "USD", s, e).is_empty());
        assert_eq!(span(4499.0, "JPY", s, e), ["metadata.budget.value"]);
        assert!(span(4500.0, "JPY", s, e).is_empty());
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
}
