use super::*;
use serde_json::json;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-02T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .expect("date")
}

fn node(v: serde_json::Value) -> meta_api::Campaign {
    serde_json::from_value(v).expect("campaign node")
}

fn state(effective: &str, start: &str, stop: Option<&str>) -> (CampaignState, String) {
    let mut v = json!({"id": "1", "effective_status": effective, "start_time": start});
    if let Some(s) = stop {
        v["stop_time"] = json!(s);
    }
    let s = status(&node(v), now());
    (s.state, s.label)
}

#[test]
fn statuses_keep_metas_words() {
    let past = "2026-02-01T00:00:00+0000";
    let cases = [
        ("ACTIVE", CampaignState::Active, "Active"),
        ("PAUSED", CampaignState::Paused, "Paused"),
        ("IN_PROCESS", CampaignState::Pending, "In process"),
        ("WITH_ISSUES", CampaignState::NeedsAttention, "With issues"),
        ("ARCHIVED", CampaignState::Stopped, "Archived"),
        ("DELETED", CampaignState::Stopped, "Deleted"),
        ("SOMETHING_NEW", CampaignState::Unknown, "Something new"),
    ];
    for (code, want, label) in cases {
        assert_eq!(state(code, past, None), (want, label.to_string()), "{code}");
    }
    let future = "2026-04-01T00:00:00+0000";
    assert_eq!(state("ACTIVE", future, None).0, CampaignState::Scheduled);
    let ended = Some("2026-03-01T00:00:00-0800");
    assert_eq!(state("ACTIVE", past, ended).0, CampaignState::Completed);
    // No effective_status: the configured one decides.
    let s = status(&node(json!({"id": "1", "status": "PAUSED"})), now());
    assert_eq!(
        (s.state, s.original.as_str()),
        (CampaignState::Paused, "PAUSED")
    );
}

#[test]
fn budgets_are_exact_in_the_account_currency() {
    let c = node(json!({
        "id": "23851", "name": "Tour", "objective": "LINK_CLICKS", "effective_status": "ACTIVE",
        "lifetime_budget": "1234567", "start_time": "2026-03-01T10:00:00-0800"
    }));
    let m = campaign(&c, "USD", now()).expect("maps");
    assert_eq!(m.budget.amount.to_string(), "12345.67");
    assert_eq!((m.budget.currency.as_str(), m.daily_budget), ("USD", None));
    assert_eq!(
        (m.objective.code.as_str(), m.objective.label.as_str()),
        ("LINK_CLICKS", "Link clicks")
    );
    assert_eq!(m.provider, ProviderKind::Meta);
    assert_eq!(m.schedule.start.to_rfc3339(), "2026-03-01T18:00:00+00:00");

    let yen = node(json!({
        "id": "7", "effective_status": "ACTIVE", "daily_budget": "5000",
        "start_time": "2026-03-01T00:00:00+0900", "stop_time": "2026-03-11T00:00:00+0900"
    }));
    let m = campaign(&yen, "JPY", now()).expect("maps");
    let daily = m.daily_budget.expect("daily");
    assert_eq!(
        (daily.amount.to_string(), daily.exponent),
        ("5000".into(), 0)
    );
    // Ten days of 5000 yen.
    assert_eq!(m.budget.amount.to_string(), "50000");
    assert_eq!(m.budget.currency, "JPY");

    let open =
        node(json!({"id": "8", "daily_budget": "2550", "start_time": "2026-03-01T00:00:00+0000"}));
    let m = campaign(&open, "USD", now()).expect("maps");
    assert_eq!(m.budget.amount.to_string(), "25.50");
    assert!(
        campaign(&open, "ZZZ", now()).is_err(),
        "an unknown currency is not guessed"
    );
}

#[test]
fn days_from_insights_rows() {
    let rows: Vec<InsightsRow> = serde_json::from_value(json!([
        {"date_start": "2026-03-02", "date_stop": "2026-03-02", "spend": "12.34",
         "impressions": "1000", "reach": "700", "clicks": "20",
         "actions": [{"action_type": "link_click", "value": "18"},
                     {"action_type": "offsite_conversion.fb_pixel_purchase", "value": "3"},
                     {"action_type": "lead", "value": "2"}]},
        {"date_start": "2026-03-01", "date_stop": "2026-03-01", "spend": "0.5",
         "impressions": "50", "reach": "900"},
        {"date_start": "2026-03-01", "date_stop": "2026-03-02", "spend": "99"}
    ]))
    .expect("rows");
    let d = days(&rows, "USD");
    assert_eq!(d.skipped, 1, "a two-day row is not a day");
    assert_eq!(d.days.len(), 2);
    let (first, second) = (&d.days[0], &d.days[1]);
    assert_eq!(first.date.to_string(), "2026-03-01");
    assert_eq!(first.spend.amount.to_string(), "0.50");
    assert_eq!(
        (first.impressions, first.clicks, first.conversions),
        (50, 0, 0)
    );
    assert_eq!(second.spend.amount.to_string(), "12.34");
    assert_eq!(
        (second.impressions, second.clicks, second.conversions),
        (1000, 20, 5)
    );
    assert_eq!((first.reach_to_date, second.reach_to_date), (900, 900));
}

#[test]
fn the_page_shows_both_statuses_and_the_issues_in_metas_words() {
    let c = node(json!({
        "id": "6003",
        "status": "ACTIVE",
        "configured_status": "ACTIVE",
        "effective_status": "WITH_ISSUES",
        "issues_info": [
            {"level": "AD", "error_code": 1815520, "error_type": "SOFT_ERROR",
             "error_summary": "Ad rejected", "error_message": "One ad was rejected."},
            {"level": "CAMPAIGN", "error_message": "Payment method declined."},
            {"level": "AD_SET", "error_summary": " ", "error_message": ""}
        ]
    }));
    let shown: Vec<_> = statuses(&c)
        .into_iter()
        .map(|e| format!("{}: {} ({})", e.name, e.label, e.status))
        .collect();
    assert_eq!(
        shown,
        [
            "Delivery: With issues (WITH_ISSUES)",
            "Set to: Active (ACTIVE)"
        ]
    );
    let found: Vec<_> = issues(&c)
        .into_iter()
        .map(|i| (i.level, i.summary, i.message))
        .collect();
    assert_eq!(
        found,
        [
            (
                Some("AD".to_string()),
                "Ad rejected".to_string(),
                Some("One ad was rejected.".to_string())
            ),
            (
                Some("CAMPAIGN".to_string()),
                "Payment method declined.".to_string(),
                None
            ),
        ],
        "a message alone is the summary; an empty issue is left out"
    );
    assert!(issues(&node(json!({"id": "1"}))).is_empty());
}
