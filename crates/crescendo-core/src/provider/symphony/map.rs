//! Symphony's answers in Crescendo's types: statuses, campaign types, campaigns (from list rows
//! and details), targeting, daily stats.

use crate::domain::{
    Audience, Campaign, CampaignState, DailyStat, DailyStats, Language, Objective, Place,
    PlaceKind, ProviderKind, Schedule, Status, TargetingSummary,
};
use crate::money::Money;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use symphony_api::v1::analytics::DailyStat as ApiDay;
use symphony_api::v1::campaigns::{CampaignDetails, CampaignSummary};
use symphony_api::v1::targeting::{Interest, Language as ApiLanguage, Location};
use symphony_api::{CampaignStatus, CampaignType};

/// ISO 4217's code for "no currency involved": never a guessed one.
pub const NO_CURRENCY: &str = "XXX";

/// Each of the 15 documented statuses in the neutral set.
pub fn state(s: &CampaignStatus) -> CampaignState {
    use CampaignStatus as S;
    match s {
        S::Draft | S::AwaitingPayment => CampaignState::Draft,
        S::Submitted | S::Published | S::ToRetry | S::Finalizing => CampaignState::Pending,
        S::InReview => CampaignState::InReview,
        S::Scheduled => CampaignState::Scheduled,
        S::Active => CampaignState::Active,
        S::Paused => CampaignState::Paused,
        S::WithIssues => CampaignState::NeedsAttention,
        S::Denied => CampaignState::Rejected,
        S::Error => CampaignState::Failed,
        S::Stopped => CampaignState::Stopped,
        S::Finished => CampaignState::Completed,
        S::Other(_) => CampaignState::Unknown,
    }
}

pub fn status(s: &CampaignStatus) -> Status {
    Status::new(state(s), s.as_str())
}

pub fn objective_label(t: &CampaignType) -> String {
    match t {
        CampaignType::RecordStreams => "Music streams".into(),
        CampaignType::BoostInstagram => "Instagram boost".into(),
        CampaignType::LinkClicks => "Link clicks".into(),
        CampaignType::GetPlaylisted => "Get playlisted".into(),
        CampaignType::IncreaseVideoViews => "YouTube views".into(),
        CampaignType::Other(s) => crate::domain::status::readable(s),
    }
}

pub fn objective(t: &CampaignType) -> Objective {
    Objective {
        code: t.as_str().to_string(),
        label: objective_label(t),
    }
}

/// What a campaign's details add to its list row. Neither ever changes for a campaign.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub name: Option<String>,
    pub currency: Option<String>,
}

impl Label {
    pub fn of(d: &CampaignDetails) -> Label {
        Label {
            name: d.name().map(str::to_string),
            currency: d.currency().map(str::to_string),
        }
    }
}

/// A list row, named and priced from its details' label when there is one.
pub fn from_summary(
    c: &CampaignSummary,
    label: Option<&Label>,
    fallback_currency: &str,
) -> Campaign {
    let currency = label
        .and_then(|l| l.currency.as_deref())
        .unwrap_or(fallback_currency);
    let m = &c.campaign_metadata;
    Campaign {
        id: c.id.to_string(),
        provider: ProviderKind::Symphony,
        name: label
            .and_then(|l| l.name.clone())
            .unwrap_or_else(|| format!("Campaign #{}", c.id)),
        objective: objective(&m.campaign_type),
        status: status(&c.status),
        budget: Money::new(m.budget, currency),
        schedule: Schedule {
            start: m.start_date,
            end: Some(m.end_date),
        },
        daily_budget: None,
        targeting: TargetingSummary::default(),
    }
}

/// A campaign from its details alone; None when the details lack its dates.
pub fn from_details(d: &CampaignDetails) -> Option<Campaign> {
    let m = &d.campaign_metadata;
    let start = m.start_date?;
    let kind = m
        .campaign_type
        .clone()
        .unwrap_or_else(|| CampaignType::from(""));
    let mappings = m.platform_details.iter().flat_map(|p| &p.campaigns_mapping);
    let mut countries: Vec<String> = mappings
        .clone()
        .flat_map(|mm| mm.countries.iter().map(|c| c.to_uppercase()))
        .collect();
    countries.sort();
    countries.dedup();
    Some(Campaign {
        id: d.id.to_string(),
        provider: ProviderKind::Symphony,
        name: d
            .name()
            .map(str::to_string)
            .unwrap_or_else(|| format!("Campaign #{}", d.id)),
        objective: objective(&kind),
        status: status(&d.status),
        budget: Money::new(
            m.budget.unwrap_or_default(),
            d.currency().unwrap_or(NO_CURRENCY),
        ),
        schedule: Schedule {
            start,
            end: m.end_date,
        },
        daily_budget: None,
        targeting: TargetingSummary {
            markets: mappings.map(|mm| mm.name.clone()).collect(),
            countries,
        },
    })
}

/// The documented daily rows in Crescendo's terms. Symphony sends impressions and reach as
/// running totals (`totalImpressions`, `totalReach`): a day's impressions are the difference
/// from the day before; reach stays cumulative (unique people do not add up across days). A
/// missing count is none that day. A row with an unreadable date, or with neither `spend` nor
/// `totalSpend`, is skipped and counted, never guessed.
pub fn days(rows: &[ApiDay], currency: &str) -> DailyStats {
    let mut dated: Vec<(NaiveDate, &ApiDay)> = Vec::with_capacity(rows.len());
    let mut skipped = 0;
    for r in rows {
        match r
            .date
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        {
            Some(d) => dated.push((d, r)),
            None => skipped += 1,
        }
    }
    dated.sort_by_key(|(d, _)| *d);
    let (mut impressions_before, mut reach_before) = (0u64, 0u64);
    let mut spend_before: Option<Decimal> = None;
    let mut days = Vec::with_capacity(dated.len());
    for (date, r) in dated {
        let total_impressions = r.total_impressions.unwrap_or(impressions_before);
        let impressions = total_impressions.saturating_sub(impressions_before);
        impressions_before = impressions_before.max(total_impressions);
        reach_before = r.total_reach.unwrap_or(reach_before);
        let spend = match (r.spend, r.total_spend) {
            (Some(s), _) => Some(s),
            (None, Some(total)) => Some(total - spend_before.unwrap_or_default()),
            (None, None) => None,
        };
        if let Some(total) = r.total_spend {
            spend_before = Some(total);
        }
        let Some(spend) = spend else {
            skipped += 1;
            continue;
        };
        days.push(DailyStat {
            date,
            spend: Money::new(spend, currency),
            impressions,
            reach_to_date: reach_before,
            clicks: r.clicks.unwrap_or(0),
            conversions: r.conversions.unwrap_or(0),
        });
    }
    DailyStats { days, skipped }
}

pub fn place(l: Location) -> Place {
    let kind = match l.kind.as_str() {
        "region" => PlaceKind::Region,
        "city" => PlaceKind::City,
        _ => PlaceKind::Country,
    };
    let label = match (&kind, &l.region, &l.country_name) {
        (PlaceKind::City, Some(r), Some(c)) => format!("{}, {r}, {c}", l.name),
        (PlaceKind::Region, _, Some(c)) => format!("{}, {c}", l.name),
        _ => l.name.clone(),
    };
    Place {
        kind,
        key: l.key,
        label,
        country_code: Some(l.country_code).filter(|c| !c.is_empty()),
    }
}

pub fn audience(i: Interest) -> Audience {
    Audience {
        id: i.id,
        name: i.name,
        size_min: i.audience_size_lower_bound,
        size_max: i.audience_size_upper_bound,
        path: i.path,
    }
}

pub fn language(l: ApiLanguage) -> Language {
    Language {
        key: l.key,
        name: l.name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_documented_status_has_its_neutral_state() {
        use CampaignState as N;
        let expected = [
            ("DRAFT", N::Draft),
            ("AWAITING_PAYMENT", N::Draft),
            ("SUBMITTED", N::Pending),
            ("PUBLISHED", N::Pending),
            ("TO_RETRY", N::Pending),
            ("FINALIZING", N::Pending),
            ("IN_REVIEW", N::InReview),
            ("SCHEDULED", N::Scheduled),
            ("ACTIVE", N::Active),
            ("PAUSED", N::Paused),
            ("WITH_ISSUES", N::NeedsAttention),
            ("DENIED", N::Rejected),
            ("ERROR", N::Failed),
            ("STOPPED", N::Stopped),
            ("FINISHED", N::Completed),
        ];
        assert_eq!(expected.len(), CampaignStatus::ALL.len());
        for (code, want) in expected {
            let s = status(&CampaignStatus::from(code));
            assert_eq!((s.state, s.original.as_str()), (want, code));
            assert_eq!(s.tone, want.tone());
            assert!(!s.label.is_empty());
        }
        assert_eq!(
            status(&CampaignStatus::from("IN_REVIEW")).label,
            "In review"
        );
        assert_eq!(state(&CampaignStatus::from("ARCHIVED")), N::Unknown);
    }

    #[test]
    fn a_row_without_a_currency_is_never_given_a_guessed_one() {
        let c: CampaignSummary = serde_json::from_value(json!({
            "id": 1, "status": "ACTIVE", "brand_id": 2,
            "campaign_metadata": { "start_date": "2026-01-01T00:00:00Z", "end_date": "2026-02-01T00:00:00Z",
                "campaign_type": "link_clicks", "budget": 57000 }
        }))
        .expect("documented list item");
        let row = from_summary(&c, None, NO_CURRENCY);
        assert_eq!(row.budget.currency, "XXX");
        assert_eq!((row.id.as_str(), row.name.as_str()), ("1", "Campaign #1"));
        assert_eq!(row.objective.label, "Link clicks");
        assert_eq!(from_summary(&c, None, "MXN").budget.text(), "57000.00");
        let label = Label {
            name: Some("Tour teaser".into()),
            currency: Some("JPY".into()),
        };
        let r = from_summary(&c, Some(&label), "MXN");
        assert_eq!(
            (
                r.name.as_str(),
                r.budget.currency.as_str(),
                r.budget.text().as_str()
            ),
            ("Tour teaser", "JPY", "57000")
        );
    }

    fn day_row(date: &str, total_impressions: u64, spend: &str) -> ApiDay {
        serde_json::from_value(json!({
            "date": date, "totalSpend": 0, "totalReach": total_impressions / 2,
            "totalImpressions": total_impressions, "totalClicks": 0, "clicks": "3",
            "inlineClicks": 0, "cpic": 0, "cpc": 0, "spend": spend, "costPerConversion": 0,
            "conversions": 1
        }))
        .expect("documented daily row")
    }

    #[test]
    fn days_come_from_running_totals_in_date_order() {
        let rows = [
            day_row("2026-03-02", 2500, "20.10"),
            day_row("2026-03-01", 1000, "10.05"),
            day_row("not a date", 9999, "1"),
            day_row("2026-03-03T00:00:00.000Z", 2600, "0.5"),
        ];
        let s = days(&rows, "USD");
        assert_eq!(s.skipped, 1, "the unreadable row is counted, not guessed");
        let got: Vec<(String, u64, u64, String)> = s
            .days
            .iter()
            .map(|d| {
                (
                    d.date.to_string(),
                    d.impressions,
                    d.reach_to_date,
                    d.spend.text(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("2026-03-01".to_string(), 1000, 500, "10.05".to_string()),
                ("2026-03-02".to_string(), 1500, 1250, "20.10".to_string()),
                ("2026-03-03".to_string(), 100, 1300, "0.50".to_string()),
            ]
        );
        assert!(s.days.iter().all(|d| d.clicks == 3 && d.conversions == 1));
    }

    #[test]
    fn a_row_missing_fields_keeps_what_it_has() {
        let row = |v: serde_json::Value| -> ApiDay {
            serde_json::from_value(v).expect("a daily row with fields missing still parses")
        };
        let rows = [
            row(json!({ "date": "2026-03-01", "totalSpend": "10.05", "totalImpressions": 1000 })),
            // No `spend`: the day's spend is the difference of the running totals.
            row(json!({ "date": "2026-03-02", "totalSpend": "30.15" })),
            // Neither: skipped and counted, never a guessed zero.
            row(json!({ "date": "2026-03-03", "clicks": 4 })),
        ];
        let s = days(&rows, "MXN");
        assert_eq!(s.skipped, 1);
        let got: Vec<(String, u64, u64)> = s
            .days
            .iter()
            .map(|d| (d.spend.text(), d.impressions, d.clicks))
            .collect();
        assert_eq!(
            got,
            [("10.05".to_string(), 1000, 0), ("20.10".to_string(), 0, 0)]
        );
    }
}
