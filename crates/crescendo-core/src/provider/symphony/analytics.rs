//! Symphony's campaign-level analytics (`GET /v1/analytic/campaign/{id}`) in Crescendo's
//! types: the days, the countries, the creative formats, the platform's statuses and the ad
//! account's health, all from one answer.

use super::map;
use crate::domain::breakdown::{AccountHealth, CampaignAnalytics, PlatformEntity};
use crate::domain::status::readable;
use crate::domain::{CountryStat, CreativeStat};
use crate::money::Money;
use serde_json::Value;
use symphony_api::v1::analytics::{CampaignAnalytics as Api, EntityStatus};

pub fn analytics(a: &Api, currency: &str) -> CampaignAnalytics {
    let d = &a.analytic_data;
    CampaignAnalytics {
        days: map::days(&d.daily_stats, currency),
        countries: d
            .geographic_breakdown
            .as_ref()
            .map(|g| {
                g.countries
                    .iter()
                    .map(|c| CountryStat {
                        code: c.country.trim().to_uppercase(),
                        name: c
                            .country_name
                            .clone()
                            .filter(|n| !n.trim().is_empty())
                            .unwrap_or_else(|| c.country.clone()),
                        spend: Money::new(c.spend.unwrap_or_default(), currency),
                        reach: c.reach.unwrap_or(0),
                        impressions: c.impressions.unwrap_or(0),
                        clicks: c.clicks.unwrap_or(0),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        creatives: a
            .creative_performance
            .iter()
            .map(|c| CreativeStat {
                format: c.kind.clone(),
                clicks: c.clicks,
                share_pct: c.percentage,
            })
            .collect(),
        platform_campaigns: d.campaign_statuses.iter().map(entity).collect(),
        platform_ads: d.ad_statuses.iter().map(entity).collect(),
        account: d.ad_account_status.as_ref().and_then(health),
        issues: Vec::new(),
        ad_sets: Vec::new(),
    }
}

fn entity(e: &EntityStatus) -> PlatformEntity {
    PlatformEntity {
        id: e.id.clone(),
        name: e.name.clone(),
        status: e.effective_status.clone(),
        label: readable(&e.effective_status),
    }
}

/// `adAccountStatus`: `{ "good": true, "error": null }` (the document types `error` as
/// "string,null").
fn health(v: &Value) -> Option<AccountHealth> {
    let good = v.get("good")?.as_bool()?;
    let error = v
        .get("error")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_string);
    Some(AccountHealth { good, error })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document's campaign-level analytics example, with values in place of its types.
    const DOC: &str = r#"{ "facebook_ad_media": null, "analytic_data": {
        "adAccountStatus": { "good": false, "error": "Payment method declined" },
        "campaignStatuses": [ { "effective_status": "ACTIVE", "id": "6759735593886", "name": "Traidores / High Engagement Markets" } ],
        "adStatuses": [ { "effective_status": "WITH_ISSUES", "id": "6759736113486", "name": "Ad 1" } ],
        "dailyStats": [
          { "date": "2025-05-20", "totalSpend": 100.5, "totalReach": 900, "totalImpressions": 1200, "totalClicks": 30, "clicks": "30", "spend": 100.5, "conversions": 2 },
          { "date": "2025-05-21", "totalSpend": 150.75, "totalReach": 1300, "totalImpressions": 2000, "totalClicks": 45, "clicks": "15", "spend": 50.25, "conversions": 1 } ],
        "geographicBreakdown": { "countries": [
          { "country": "mx", "countryName": "Mexico", "cpc": 3.35, "reach": 800, "impressions": 1500, "clicks": 30, "spend": "100.50" },
          { "country": "US", "reach": 500, "impressions": 500, "clicks": 15, "spend": 50.25 } ] } },
      "creative_performance": [ { "type": "feed", "clicks": 30, "percentage": 66.67 }, { "type": "reels", "clicks": 15, "percentage": 33.33 } ] }"#;

    #[test]
    fn the_documented_answer_reads_into_every_part() {
        let api: Api = serde_json::from_str(DOC).expect("documented shape");
        let a = analytics(&api, "MXN");
        assert_eq!(a.days.days.len(), 2);
        assert_eq!(a.days.days[1].spend.text(), "50.25");
        assert_eq!(a.days.days[1].reach_to_date, 1300, "reach stays cumulative");
        let mx = &a.countries[0];
        assert_eq!((mx.code.as_str(), mx.name.as_str()), ("MX", "Mexico"));
        assert_eq!(mx.spend.text(), "100.50");
        assert_eq!(mx.spend.currency, "MXN");
        assert_eq!(a.countries[1].name, "US", "no name: the code");
        assert_eq!(a.creatives[1].format, "reels");
        assert_eq!(a.creatives[1].share_pct.to_string(), "33.33");
        assert_eq!(a.platform_campaigns[0].label, "Active");
        assert_eq!(a.platform_ads[0].label, "With issues");
        assert_eq!(
            a.account,
            Some(AccountHealth {
                good: false,
                error: Some("Payment method declined".into())
            })
        );
    }

    #[test]
    fn a_healthy_or_silent_account() {
        assert_eq!(
            health(&serde_json::json!({ "good": true, "error": null })),
            Some(AccountHealth {
                good: true,
                error: None
            })
        );
        assert_eq!(
            health(&serde_json::json!({ "error": "x" })),
            None,
            "no verdict, no guess"
        );
    }
}
