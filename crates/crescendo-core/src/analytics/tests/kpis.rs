use super::*;
use crate::analytics::{kpis, DateRange};

fn range(a: NaiveDate, b: NaiveDate) -> DateRange {
    DateRange::new(a, b).unwrap()
}

#[test]
fn usd_tiles_and_their_changes() {
    let f = usd();
    // Mar 1..6; the previous period Feb 23..28 holds only the Feb 28 row.
    let k = kpis(&f.campaign.budget, &f.stats, range(day(3, 1), day(3, 6)));
    assert_eq!(k.previous_range, range(day(2, 23), day(2, 28)));
    // Rows Mar 1, 2, 4, 5, 6 (Mar 3 is a gap).
    assert_eq!((k.days_with_data, k.previous_days_with_data), (5, 1));
    // 120.50 + 99.99 + 0 + 0 + 130.01 = 350.50; previous 10.00.
    assert_eq!(k.spend.value, Some(m("350.50", "USD")));
    assert_eq!(k.spend.previous, Some(m("10.00", "USD")));
    // (350.50 − 10) / 10 × 100 = 3405.00
    assert_eq!(k.spend.change_pct, Some(d("3405.00")));
    // 350.50 / 1000 × 100 = 35.05
    assert_eq!(k.spend_of_budget_pct, Some(d("35.05")));
    // Latest reach to date in the range (Mar 6), not a sum: 20000; previous (Feb 28) 800.
    assert_eq!(k.reach_to_date.value, Some(20000));
    assert_eq!(k.reach_to_date.previous, Some(800));
    // (20000 − 800) / 800 × 100 = 2400.00
    assert_eq!(k.reach_to_date.change_pct, Some(d("2400.00")));
    // 12000 + 10000 + 0 + 0 + 13001 = 35001; (35001 − 1000) / 1000 × 100 = 3400.10
    assert_eq!(k.impressions.value, Some(35001));
    assert_eq!(k.impressions.change_pct, Some(d("3400.10")));
    // 150 + 100 + 121 = 371; (371 − 10) / 10 × 100 = 3610.00
    assert_eq!(k.clicks.value, Some(371));
    assert_eq!(k.clicks.change_pct, Some(d("3610.00")));
    // 3 + 2 + 1 = 6; previous 0 → no percentage from zero.
    assert_eq!(k.conversions.value, Some(6));
    assert_eq!(k.conversions.previous, Some(0));
    assert_eq!(k.conversions.change_pct, None);
    // CPC 350.50 / 371 = 0.94474… → 0.94; previous 10.00 / 10 = 1.00;
    // change from the exact values: (0.944743935 − 1) / 1 × 100 = −5.5256… → −5.53
    assert_eq!(k.cpc.value, Some(m("0.94", "USD")));
    assert_eq!(k.cpc.previous, Some(m("1.00", "USD")));
    assert_eq!(k.cpc.change_pct, Some(d("-5.53")));
    // CPM 350.50 × 1000 / 35001 = 10.01399… → 10.01; previous 10 × 1000 / 1000 = 10.00;
    // change 0.0139996 / 10 × 100 = 0.13999… → 0.14
    assert_eq!(k.cpm.value, Some(m("10.01", "USD")));
    assert_eq!(k.cpm.previous, Some(m("10.00", "USD")));
    assert_eq!(k.cpm.change_pct, Some(d("0.14")));
    // CTR 371 / 35001 × 100 = 1.05997… → 1.06; previous 10 / 1000 × 100 = 1.00;
    // change (0.0105997 − 0.01) / 0.01 × 100 = 5.99697… → 6.00
    assert_eq!(k.ctr.value, Some(d("1.06")));
    assert_eq!(k.ctr.previous, Some(d("1.00")));
    assert_eq!(k.ctr.change_pct, Some(d("6.00")));
    // 350.50 / 6 = 58.41666… → 58.42; previous has 0 conversions → None, and no change.
    assert_eq!(k.cost_per_conversion.value, Some(m("58.42", "USD")));
    assert_eq!(k.cost_per_conversion.previous, None);
    assert_eq!(k.cost_per_conversion.change_pct, None);
}

#[test]
fn jpy_rounds_to_whole_yen_and_an_empty_previous_period_has_no_change() {
    let f = jpy();
    let k = kpis(&f.campaign.budget, &f.stats, range(day(3, 2), day(3, 4)));
    // Previous period Feb 27..Mar 1: no rows.
    assert_eq!(k.previous_days_with_data, 0);
    // 7000 + 9999 + 10001 = 27000
    assert_eq!(
        k.spend.value.as_ref().map(Money::text).as_deref(),
        Some("27000")
    );
    assert_eq!(k.spend.previous, None);
    assert_eq!(k.spend.change_pct, None);
    assert_eq!(k.clicks.change_pct, None);
    // 27000 / 50000 × 100 = 54.00
    assert_eq!(k.spend_of_budget_pct, Some(d("54.00")));
    // CPC 27000 / (300 + 333 + 317 = 950) = 28.421… → ¥28 (no minor unit)
    assert_eq!(k.cpc.value.as_ref().map(Money::text).as_deref(), Some("28"));
    // CPM 27000 × 1000 / (20000 + 25000 + 24000 = 69000) = 391.30… → ¥391
    assert_eq!(
        k.cpm.value.as_ref().map(Money::text).as_deref(),
        Some("391")
    );
    // CTR 950 / 69000 × 100 = 1.37681… → 1.38
    assert_eq!(k.ctr.value, Some(d("1.38")));
    // 27000 / (5 + 0 + 4 = 9) = ¥3000
    assert_eq!(
        k.cost_per_conversion
            .value
            .as_ref()
            .map(Money::text)
            .as_deref(),
        Some("3000")
    );
    assert_eq!(k.reach_to_date.value, Some(41000));
}

#[test]
fn division_by_zero_is_none_never_zero() {
    let f = usd();
    // Mar 4..5: the paused stretch, rows of zero.
    let k = kpis(&f.campaign.budget, &f.stats, range(day(3, 4), day(3, 5)));
    assert_eq!(k.days_with_data, 2);
    assert_eq!(k.spend.value, Some(m("0.00", "USD")));
    assert_eq!(k.clicks.value, Some(0));
    assert_eq!(k.cpc.value, None, "0 / 0 clicks");
    assert_eq!(k.cpm.value, None, "0 / 0 impressions");
    assert_eq!(k.ctr.value, None);
    assert_eq!(k.cost_per_conversion.value, None);
    // The previous period (Mar 2..3) spent 99.99: the change to 0.00 is −100.00.
    assert_eq!(k.spend.change_pct, Some(d("-100.00")));
    // A range without rows has no figures at all (a gap is not zero).
    let k = kpis(&f.campaign.budget, &f.stats, range(day(3, 3), day(3, 3)));
    assert_eq!(k.days_with_data, 0);
    assert_eq!((k.spend.value, k.clicks.value), (None, None));
    assert_eq!(k.spend_of_budget_pct, None);
    // A budget of 0 has no share.
    let k = kpis(&m("0", "USD"), &f.stats, range(day(3, 1), day(3, 6)));
    assert_eq!(k.spend_of_budget_pct, None);
}

#[test]
fn rows_in_another_currency_or_repeating_a_date_are_left_out() {
    let mut f = usd();
    f.stats
        .days
        .push(row(day(3, 1), "999.00", "USD", [1, 1, 1, 1]));
    f.stats
        .days
        .push(row(day(3, 2), "5.00", "EUR", [1, 1, 1, 1]));
    f.stats.skipped = 3;
    let k = kpis(&f.campaign.budget, &f.stats, range(day(3, 1), day(3, 6)));
    // Unchanged: 350.50 (the first Mar 1 row counts; the EUR row is never added to dollars).
    assert_eq!(k.spend.value, Some(m("350.50", "USD")));
    let r = crate::analytics::report(&f.campaign, &f.stats, k.range, f.offset, day(3, 7));
    // 3 unreadable + 1 repeated date + 1 in EUR.
    assert_eq!(r.rows_left_out, 5);
}

#[test]
fn derived_money_follows_the_money_rule_for_every_family() {
    use crate::analytics::Cur;
    // The analytics' rounding is Money::new's: halves away from zero, to the ISO minor unit.
    for (code, v) in [
        ("USD", "10.005"),
        ("JPY", "1234.5"),
        ("KWD", "1.2345"),
        ("CLF", "1.23456"),
    ] {
        let cur = Cur::of(&m("1", code));
        assert_eq!(cur.money(d(v)), Money::new(d(v), code), "{code}");
    }
    // A code the table does not know keeps the budget's digits (here 3: "5.000").
    let cur = Cur::of(&m("5.000", "ZZZ"));
    assert_eq!(cur.money(d("1.23456")).text(), "1.235");
}
