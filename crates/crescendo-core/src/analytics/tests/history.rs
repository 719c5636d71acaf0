use super::*;
use crate::analytics::budget_history;

fn past(
    id: &str,
    obj: &str,
    cur: &str,
    start: &str,
    spend: &str,
    n: [u64; 2],
) -> (Campaign, DailyStats) {
    let c = campaign(id, obj, m("1000", cur), start, Some("2027-01-01T00:00:00Z"));
    let s = stats(vec![row(day(1, 5), spend, cur, [n[1], n[1], n[0], 0])]);
    (c, s)
}

fn history_set() -> Vec<(Campaign, DailyStats)> {
    vec![
        // (clicks, impressions)
        past(
            "h1",
            "record_streams",
            "USD",
            "2026-01-01T00:00:00Z",
            "100.00",
            [250, 10000],
        ),
        past(
            "h2",
            "record_streams",
            "USD",
            "2026-01-10T00:00:00Z",
            "200.00",
            [300, 30000],
        ),
        past(
            "h3",
            "record_streams",
            "USD",
            "2026-01-20T00:00:00Z",
            "50.00",
            [200, 4000],
        ),
        past(
            "h4",
            "record_streams",
            "USD",
            "2026-02-01T00:00:00Z",
            "0.00",
            [0, 0],
        ), // no spend
        past(
            "h5",
            "record_streams",
            "MXN",
            "2026-02-02T00:00:00Z",
            "10.00",
            [900, 900],
        ), // MXN
        past(
            "h6",
            "link_clicks",
            "USD",
            "2026-02-03T00:00:00Z",
            "10.00",
            [900, 900],
        ), // other type
    ]
}

#[test]
fn three_qualifying_campaigns_give_a_range() {
    let set = history_set();
    let refs: Vec<(&Campaign, &DailyStats)> = set.iter().map(|(c, s)| (c, s)).collect();
    let h = budget_history(&refs, "record_streams", "usd").unwrap();
    assert_eq!((h.campaigns, h.currency.as_str()), (3, "USD"));
    // Clicks per dollar: h1 250/100 = 2.5, h2 300/200 = 1.5, h3 200/50 = 4.
    assert_eq!(
        (h.clicks_per_unit_min, h.clicks_per_unit_max),
        (d("1.5000"), d("4.0000"))
    );
    // Impressions per dollar: 100, 150, 80.
    assert_eq!(
        (h.impressions_per_unit_min, h.impressions_per_unit_max),
        (d("80.00"), d("150.00"))
    );
    // CPC: 0.40, 200/300 = 0.6667 → 0.67, 0.25.
    assert_eq!(h.cpc_min, Some(m("0.25", "USD")));
    assert_eq!(h.cpc_max, Some(m("0.67", "USD")));
    // 1000 dollars: 1000 × 1.5 = 1500 to 1000 × 4 = 4000 clicks.
    assert_eq!(h.clicks_for(d("1000")), (1500, 4000));
    // Two qualify → no history.
    assert!(budget_history(&refs[..2], "record_streams", "USD").is_none());
    // One MXN campaign → none; never mixed with the USD ones.
    assert!(budget_history(&refs, "record_streams", "MXN").is_none());
}

#[test]
fn only_the_five_most_recent_count() {
    let mut set = history_set();
    // Older ones: h7 10 clicks/$, h8 0.1 clicks/$ (oldest, dropped), h9 3 clicks/$.
    set.push(past(
        "h7",
        "record_streams",
        "USD",
        "2025-12-01T00:00:00Z",
        "10.00",
        [100, 1000],
    ));
    set.push(past(
        "h8",
        "record_streams",
        "USD",
        "2025-11-01T00:00:00Z",
        "100.00",
        [10, 1000],
    ));
    set.push(past(
        "h9",
        "record_streams",
        "USD",
        "2025-12-15T00:00:00Z",
        "10.00",
        [30, 1000],
    ));
    let refs: Vec<(&Campaign, &DailyStats)> = set.iter().map(|(c, s)| (c, s)).collect();
    let h = budget_history(&refs, "record_streams", "USD").unwrap();
    // h3, h2, h1, h9, h7: min 1.5 (h2), max 10 (h7); h8's 0.1 is too old.
    assert_eq!(h.campaigns, 5);
    assert_eq!(
        (h.clicks_per_unit_min, h.clicks_per_unit_max),
        (d("1.5000"), d("10.0000"))
    );
}
