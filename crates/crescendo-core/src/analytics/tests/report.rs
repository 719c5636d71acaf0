use super::*;
use crate::analytics::{campaign_days, report, CampaignReport, DateRange};

fn usd_report() -> CampaignReport {
    let f = usd();
    let days = campaign_days(&f.campaign.schedule, f.offset, day(3, 7));
    report(&f.campaign, &f.stats, days, f.offset, day(3, 7))
}

fn text(v: &Option<Money>) -> Option<String> {
    v.as_ref().map(Money::text)
}

#[test]
fn every_day_is_present_gaps_are_none_and_paused_days_are_zero() {
    let r = usd_report();
    // Feb 28..Mar 10 (UTC-8): 11 days.
    assert_eq!(r.series.len(), 11);
    assert_eq!(r.utc_offset_minutes, -480);
    let s = |i: usize| &r.series[i];
    // (date, spend, cumulative, ideal, cpc). Ideal = 1000 × started budget days at the end of
    // the local day / 10: Feb 28 ends Mar 1 08:00Z (3 h → 1 day) → 100.00, then +100 a day.
    type Day<'a> = (
        NaiveDate,
        Option<&'a str>,
        Option<&'a str>,
        &'a str,
        Option<&'a str>,
    );
    let expect: [Day; 11] = [
        (
            day(2, 28),
            Some("10.00"),
            Some("10.00"),
            "100.00",
            Some("1.00"),
        ), // 10 / 10
        (
            day(3, 1),
            Some("120.50"),
            Some("130.50"),
            "200.00",
            Some("0.80"),
        ), // 120.50/150 = 0.803
        (
            day(3, 2),
            Some("99.99"),
            Some("230.49"),
            "300.00",
            Some("1.00"),
        ), // 99.99/100 = 0.9999
        (day(3, 3), None, None, "400.00", None), // gap
        (day(3, 4), Some("0.00"), Some("230.49"), "500.00", None), // paused: 0 / 0
        (day(3, 5), Some("0.00"), Some("230.49"), "600.00", None),
        (
            day(3, 6),
            Some("130.01"),
            Some("360.50"),
            "700.00",
            Some("1.07"),
        ), // 130.01/121 = 1.0745
        (day(3, 7), None, None, "800.00", None), // today, no row yet
        (day(3, 8), None, None, "900.00", None),
        (day(3, 9), None, None, "1000.00", None), // ends Mar 10 08:00Z: 9 d 3 h → 10 days
        (day(3, 10), None, None, "1000.00", None), // capped at the 10 budget days
    ];
    for (i, (date, spend, cum, ideal, cpc)) in expect.iter().enumerate() {
        assert_eq!(s(i).date, *date, "{i}");
        assert_eq!(text(&s(i).spend).as_deref(), *spend, "spend {date}");
        assert_eq!(
            text(&s(i).cumulative_spend).as_deref(),
            *cum,
            "cumulative {date}"
        );
        assert_eq!(
            text(&s(i).ideal_cumulative).as_deref(),
            Some(*ideal),
            "ideal {date}"
        );
        assert_eq!(text(&s(i).cpc).as_deref(), *cpc, "cpc {date}");
    }
    // Counts: the gap is None, the paused day is 0, reach stays cumulative.
    assert_eq!(
        (s(3).impressions, s(3).clicks, s(3).reach_to_date),
        (None, None, None)
    );
    assert_eq!(
        (s(4).impressions, s(4).clicks, s(4).reach_to_date),
        (Some(0), Some(0), Some(15000))
    );
    assert_eq!(s(6).reach_to_date, Some(20000));
}

#[test]
fn tiles_chart_and_pacing_agree() {
    let r = usd_report();
    let p = r.pacing.as_ref().unwrap();
    let as_of = r.series.iter().find(|d| d.date == p.as_of).unwrap();
    assert_eq!(as_of.cumulative_spend.as_ref(), Some(&p.actual_to_date));
    assert_eq!(as_of.ideal_cumulative.as_ref(), Some(&p.ideal_to_date));
    // The tiles' spend is the sum of the series' days.
    let sum: Decimal = r
        .series
        .iter()
        .filter_map(|d| d.spend.as_ref())
        .map(|m| m.amount)
        .sum();
    assert_eq!(r.kpis.spend.value.as_ref().map(|m| m.amount), Some(sum));
    // Chart values are the same rounded decimals, as floats; gaps stay gaps (no NaN, no 0).
    let c = r.chart_values();
    assert_eq!(c.dates.len(), 11);
    assert_eq!(c.spend[1], Some(120.5));
    assert_eq!(c.cumulative_spend[2], Some(230.49));
    assert_eq!(c.cpc[1], Some(0.8));
    assert_eq!(c.spend[3], None);
    assert_eq!(c.cpc[4], None);
    assert_eq!(c.ideal_cumulative[10], Some(1000.0));
    assert_eq!(c.projected_at_end, Some((day(3, 10), 515.0)));
    let all = [
        &c.spend,
        &c.cumulative_spend,
        &c.ideal_cumulative,
        &c.impressions,
        &c.cpc,
    ];
    assert!(all
        .iter()
        .flat_map(|v| v.iter())
        .flatten()
        .all(|x| x.is_finite()));
}

#[test]
fn cumulative_spend_counts_days_before_the_range() {
    let f = usd();
    let range = DateRange::new(day(3, 1), day(3, 2)).unwrap();
    let r = report(&f.campaign, &f.stats, range, f.offset, day(3, 7));
    // Feb 28 (10.00) is outside the range but inside the cumulative: 10.00 + 120.50.
    assert_eq!(
        text(&r.series[0].cumulative_spend).as_deref(),
        Some("130.50")
    );
    assert_eq!(r.kpis.spend.value, Some(m("220.49", "USD"))); // 120.50 + 99.99
}

#[test]
fn jpy_series_in_whole_yen_and_open_ended_has_no_ideal_line() {
    let f = jpy();
    let days = campaign_days(&f.campaign.schedule, f.offset, day(3, 5));
    // Mar 2 05:00 .. Mar 7 05:00 local (UTC+9) → Mar 2..Mar 7.
    assert_eq!((days.first, days.last), (day(3, 2), day(3, 7)));
    let r = report(&f.campaign, &f.stats, days, f.offset, day(3, 5));
    let cpc: Vec<Option<String>> = r.series.iter().map(|d| text(&d.cpc)).collect();
    // 7000/300 = 23.3 → 23; 9999/333 = 30.03 → 30; 10001/317 = 31.55 → 32.
    assert_eq!(
        cpc[..3],
        [Some("23".into()), Some("30".into()), Some("32".into())]
    );
    // Ideal: 50000 × days / 5 = 10000 per started day; Mar 2 ends Mar 2 15:00Z (19 h → 1).
    assert_eq!(
        text(&r.series[0].ideal_cumulative).as_deref(),
        Some("10000")
    );
    assert_eq!(
        text(&r.series[5].ideal_cumulative).as_deref(),
        Some("50000")
    );
    assert_eq!(r.currency, "JPY");
    assert_eq!(r.exponent, 0);

    let f = mxn();
    let range = DateRange::new(day(3, 1), day(3, 6)).unwrap();
    let r = report(&f.campaign, &f.stats, range, f.offset, day(3, 7));
    assert!(r.pacing.is_none());
    assert!(r.series.iter().all(|d| d.ideal_cumulative.is_none()));
    assert_eq!(r.chart_values().projected_at_end, None);
    // 250.25/120 = 2.0854 → 2.09; 249.75/80 = 3.1218… → 3.12
    assert_eq!(text(&r.series[0].cpc).as_deref(), Some("2.09"));
    assert_eq!(text(&r.series[1].cpc).as_deref(), Some("3.12"));
}

#[test]
fn json_and_typescript_shapes_for_the_ui() {
    use ts_rs::TS;
    let r = usd_report();
    let j = serde_json::to_value(&r).unwrap();
    // camelCase, money and percentages as decimal text, gaps as null.
    // Feb 28..Mar 10 against Feb 17..27, which has no rows: no change.
    assert_eq!(j["kpis"]["spend"]["changePct"], serde_json::Value::Null);
    // 10.00 + 350.50 = 360.50
    assert_eq!(j["kpis"]["spend"]["value"]["amount"], "360.50");
    // (10 + 371 = 381) / (1000 + 35001 = 36001) × 100 = 1.0583 → 1.06
    assert_eq!(j["kpis"]["ctr"]["value"], "1.06");
    assert_eq!(j["kpis"]["reachToDate"]["value"], 20000);
    assert_eq!(j["series"][3]["spend"], serde_json::Value::Null);
    assert_eq!(j["series"][0]["spend"]["amount"], "10.00");
    assert_eq!(j["pacing"]["verdict"], "under");
    assert_eq!(j["campaignDays"]["first"], "2026-02-28");
    let cfg = ts_rs::Config::new().with_large_int("number");
    let decl = CampaignReport::decl(&cfg);
    assert!(decl.contains("pacing: Pacing | null"), "{decl}");
    let kpi = crate::analytics::MoneyKpi::decl(&cfg);
    assert!(kpi.contains("changePct: string | null"), "{kpi}");
}

#[test]
fn a_daily_budget_with_no_end_has_no_share_of_budget() {
    let f = usd();
    let days = campaign_days(&f.campaign.schedule, f.offset, day(3, 7));
    let with_end = report(&f.campaign, &f.stats, days, f.offset, day(3, 7));
    assert!(with_end.kpis.spend_of_budget_pct.is_some());
    let mut open_daily = f.campaign.clone();
    open_daily.daily_budget = Some(open_daily.budget.clone());
    open_daily.schedule.end = None;
    let r = report(&open_daily, &f.stats, days, f.offset, day(3, 7));
    assert_eq!(
        r.kpis.spend_of_budget_pct, None,
        "one day's budget is no whole"
    );
    // A daily budget over a fixed run keeps its share of the run's total.
    let mut ended_daily = f.campaign.clone();
    ended_daily.daily_budget = Some(ended_daily.budget.clone());
    let r = report(&ended_daily, &f.stats, days, f.offset, day(3, 7));
    assert!(r.kpis.spend_of_budget_pct.is_some());
}
