//! Generated spend is exact in every currency family: each day's spend has the currency's
//! minor unit, running totals are the exact sums, and nothing exceeds the budget.

use super::*;
use crate::store::Store;
use crescendo_money::json::{decimal_from_value, parse_decimal};
use std::str::FromStr;

fn long_campaign(code: &str, budget: &str) -> Campaign {
    let now = DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z")
        .unwrap()
        .with_timezone(&Utc);
    let mut store = Store::new();
    crate::seed::demo(&mut store, now);
    let mut c = store
        .campaigns
        .values()
        .filter(|c| c.provider == "facebook")
        .max_by_key(|c| c.end - c.start)
        .cloned()
        .unwrap();
    c.currency = code.into();
    c.budget = Decimal::from_str(budget).unwrap();
    c
}

#[test]
fn generated_spend_is_exact_in_zero_two_and_three_decimal_currencies() {
    let review = std::time::Duration::from_secs(60);
    for (code, budget, exp) in [
        ("JPY", "987654", 0),
        ("USD", "3600.00", 2),
        ("KWD", "1234.567", 3),
    ] {
        let c = long_campaign(code, budget);
        let now = c.end + chrono::Duration::days(1);
        let days = days(&c, 7, now, review);
        assert!(days.len() >= 60, "{code}: {}", days.len());
        let a = campaign_analytics(&c, 7, now, review);
        let rows = a["analytic_data"]["dailyStats"].as_array().unwrap();
        let mut running = Decimal::ZERO;
        for (d, row) in days.iter().zip(rows) {
            assert_eq!(
                d.spend.scale(),
                exp,
                "{code}: {} has the minor unit",
                d.spend
            );
            running += d.spend;
            let spend = decimal_from_value(&row["spend"]).unwrap();
            let total = decimal_from_value(&row["totalSpend"]).unwrap();
            assert_eq!(spend, d.spend, "{code}: {row}");
            assert_eq!(
                total, running,
                "{code}: the running total is the exact sum: {row}"
            );
            assert!(total.normalize().scale() <= exp, "{code}: {total}");
        }
        assert!(running <= c.budget, "{code}: {running} > {}", c.budget);
        let stats = &a["analytic_data"]["campaignPerformanceStats"];
        let lifetime = parse_decimal(stats["spend"].as_str().unwrap()).unwrap();
        assert_eq!(lifetime, running, "{code}");
    }
}
