//! The demo ad accounts (USD, JPY, INR, KRW) and their campaigns in every status, generated
//! from the seed. Account numbers are fixed so tests and the demo can name them.

use crate::rng::Rng;
use crate::store::{Account, CampaignRec, Store};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

pub const USD_ACCOUNT: &str = "1010";
pub const JPY_ACCOUNT: &str = "2020";
pub const INR_ACCOUNT: &str = "3030";
/// No campaigns: for creating into a clean list.
pub const KRW_ACCOUNT: &str = "4040";

pub fn accounts(st: &mut Store) {
    for (id, name, currency, tz) in [
        (USD_ACCOUNT, "Skrlth — US", "USD", "America/Los_Angeles"),
        (JPY_ACCOUNT, "Ren — Japan", "JPY", "Asia/Tokyo"),
        (INR_ACCOUNT, "Aarav — India", "INR", "Asia/Kolkata"),
        (KRW_ACCOUNT, "Minji — Korea", "KRW", "Asia/Seoul"),
    ] {
        st.accounts.insert(
            id.to_string(),
            Account {
                id: id.into(),
                name: name.into(),
                currency: currency.into(),
                timezone_name: tz.into(),
                account_status: 1,
            },
        );
    }
}

/// A daily budget of about `usd` US dollars, in the account's subunits.
fn daily(currency: &str, usd: i64) -> i64 {
    match currency {
        "JPY" => usd * 150,
        "KRW" => usd * 1350,
        "INR" => usd * 83 * 100,
        _ => usd * 100,
    }
}

pub fn campaigns(st: &mut Store, seed: u64, now: DateTime<Utc>) {
    let mut rng = Rng::new(seed);
    let plan: [(&str, &[&str]); 3] = [
        (
            USD_ACCOUNT,
            &[
                "ACTIVE", "ACTIVE", "PAUSED", "ACTIVE", "PAUSED", "ACTIVE", "ARCHIVED", "DELETED",
            ],
        ),
        (JPY_ACCOUNT, &["ACTIVE", "PAUSED", "ARCHIVED"]),
        (INR_ACCOUNT, &["ACTIVE", "ACTIVE", "PAUSED"]),
    ];
    let names = [
        "Spring single",
        "Tour dates",
        "Album pre-save",
        "Music video",
        "Fan club",
        "Merch drop",
        "Live session",
        "Old release",
    ];
    let objectives = [
        "LINK_CLICKS",
        "REACH",
        "VIDEO_VIEWS",
        "POST_ENGAGEMENT",
        "CONVERSIONS",
        "BRAND_AWARENESS",
    ];
    for (account, statuses) in plan {
        let currency = st
            .accounts
            .get(account)
            .map(|a| a.currency.clone())
            .unwrap_or_default();
        for (i, status) in statuses.iter().enumerate() {
            let id = st.next_id();
            let days_ago = 20 + rng.below(40) as i64;
            let start = now - Duration::days(days_ago);
            let lifetime = i % 3 == 2;
            let per_day = daily(&currency, 10 + rng.below(40) as i64);
            let length = 30 + rng.below(30) as i64;
            let mut c = CampaignRec {
                id,
                account: account.to_string(),
                name: names[i % names.len()].to_string(),
                objective: Some(
                    objectives[rng.below(objectives.len() as u64) as usize].to_string(),
                ),
                status: status.to_string(),
                daily_budget: (!lifetime).then_some(per_day),
                lifetime_budget: lifetime.then_some(per_day * length),
                spend_cap: None,
                bid_strategy: Some("LOWEST_COST_WITHOUT_CAP".into()),
                buying_type: "AUCTION".into(),
                special_ad_categories: vec![],
                created: start - Duration::days(1),
                updated: start,
                start_time: Some(start),
                stop_time: lifetime.then(|| start + Duration::days(length)),
                issues_info: vec![],
                recommendations: vec![],
                processing_until: None,
                delivered_until: Some(if *status == "ACTIVE" {
                    now
                } else {
                    now - Duration::days(days_ago / 2)
                }),
            };
            if account == USD_ACCOUNT && i == 3 {
                c.issues_info = vec![json!({
                    "level": "AD", "error_code": 1815520, "error_type": "SOFT_ERROR",
                    "error_summary": "Ad rejected", "error_message": "One ad in this campaign was rejected: its text does not follow the Advertising Policies."
                })];
            }
            if account == USD_ACCOUNT && i == 0 {
                c.recommendations = vec![json!({
                    "title": "Use a larger budget", "message": "Campaigns like this one get more results with a higher daily budget.",
                    "code": 1772121, "importance": "MEDIUM", "confidence": "HIGH", "blame_field": "daily_budget"
                })];
            }
            st.campaigns.insert(id, c);
        }
    }
}
