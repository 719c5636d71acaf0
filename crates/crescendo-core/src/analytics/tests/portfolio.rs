use super::*;
use crate::analytics::{country_rows, portfolio, DateRange, Portfolio, PortfolioEntry, Totals};

pub fn entries(fx: &[Fixture]) -> Vec<PortfolioEntry<'_>> {
    fx.iter()
        .map(|f| PortfolioEntry {
            campaign: &f.campaign,
            stats: &f.stats,
            brand: if f.campaign.id == "C" {
                "Skrlth"
            } else {
                "Nova"
            },
            countries: &f.countries,
        })
        .collect()
}

fn build(fx: &[Fixture]) -> Portfolio {
    portfolio(&entries(fx), DateRange::new(day(3, 1), day(3, 6)).unwrap())
}

fn money(t: &Totals) -> [Option<String>; 5] {
    let s = |m: &Option<Money>| m.as_ref().map(Money::text);
    [
        Some(t.spend.text()),
        s(&t.cpc),
        s(&t.cpm),
        t.ctr_pct.map(|c| c.to_string()),
        s(&t.cost_per_conversion),
    ]
}

fn o(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn totals_are_grouped_by_currency_never_summed_across() {
    let fx = all();
    let p = build(&fx);
    assert_eq!(p.campaigns, 6);
    let codes: Vec<&str> = p
        .by_currency
        .iter()
        .map(|g| g.totals.currency.as_str())
        .collect();
    assert_eq!(codes, ["INR", "JPY", "MXN", "USD"]);
    let g = |c: &str| {
        &p.by_currency
            .iter()
            .find(|g| g.totals.currency == c)
            .unwrap()
            .totals
    };

    // INR (D, Mar 1-2): 1000 + 3000 = 4000.00; CPC 4000/550 = 7.2727 → 7.27; CPM 4000000/90000
    // = 44.44; CTR 550/90000 = 0.6111 % → 0.61; per conversion 4000/22 = 181.818 → 181.82.
    assert_eq!(
        money(g("INR")),
        [o("4000.00"), o("7.27"), o("44.44"), o("0.61"), o("181.82")]
    );
    // JPY (B): ¥27000; 27000/950 = 28.4 → 28; 27000000/69000 = 391.3 → 391; 1.38 %; 27000/9.
    assert_eq!(
        money(g("JPY")),
        [o("27000"), o("28"), o("391"), o("1.38"), o("3000")]
    );
    // MXN (C): 250.25 + 249.75 = 500.00; 500/200 = 2.50; 500000/10000 = 50.00; 200/10000 = 2 %;
    // no conversions → None.
    assert_eq!(
        money(g("MXN")),
        [o("500.00"), o("2.50"), o("50.00"), o("2.00"), None]
    );
    // USD (A + E + F): 350.50 + 5.00 + 50.00 = 405.50; clicks 371 + 150 + 1 = 522;
    // impressions 35001 + 600 + 5000 = 40601. CPC 405.50/522 = 0.7768 → 0.78; CPM
    // 405500/40601 = 9.9874 → 9.99; CTR 522/40601 = 1.2857 % → 1.29; per conversion 405.50/6
    // = 67.583 → 67.58.
    let usd = g("USD");
    assert_eq!(
        money(usd),
        [o("405.50"), o("0.78"), o("9.99"), o("1.29"), o("67.58")]
    );
    assert_eq!((usd.campaigns, usd.days_with_data), (3, 7)); // 5 + 1 + 1 rows
    assert_eq!(
        (usd.impressions, usd.clicks, usd.conversions),
        (40601, 522, 6)
    );
    // Sum of campaign reach: 20000 (A at Mar 6) + 500 (E) + 4000 (F), flagged as overlapping.
    assert_eq!(
        (usd.sum_of_campaign_reach, usd.reach_overlaps),
        (24500, true)
    );
    assert_eq!(
        (g("JPY").sum_of_campaign_reach, g("JPY").reach_overlaps),
        (41000, false)
    );
}

#[test]
fn daily_series_per_currency_with_gaps() {
    let fx = all();
    let p = build(&fx);
    let usd = p
        .by_currency
        .iter()
        .find(|g| g.totals.currency == "USD")
        .unwrap();
    assert_eq!(usd.daily.len(), 6);
    let spend: Vec<Option<String>> = usd
        .daily
        .iter()
        .map(|d| d.spend.as_ref().map(Money::text))
        .collect();
    // Mar 1 A 120.50; Mar 2 A 99.99 + E 5.00 = 104.99; Mar 3 no row anywhere; Mar 4-5 A paused
    // (0.00); Mar 6 A 130.01 + F 50.00 = 180.01.
    assert_eq!(
        spend,
        [
            o("120.50"),
            o("104.99"),
            None,
            o("0.00"),
            o("0.00"),
            o("180.01")
        ]
    );
    let n: Vec<u64> = usd.daily.iter().map(|d| d.campaigns).collect();
    assert_eq!(n, [1, 2, 0, 1, 1, 2]);
    // Clicks Mar 2: 100 + 150 = 250.
    assert_eq!(usd.daily[1].clicks, Some(250));
    assert_eq!(usd.daily[2].clicks, None);
}

#[test]
fn best_and_worst_need_enough_clicks_and_impressions() {
    let fx = all();
    let p = build(&fx);
    let usd = p
        .by_currency
        .iter()
        .find(|g| g.totals.currency == "USD")
        .unwrap();
    // F's CPC (50.00 for 1 click) is the highest, but 1 < 100 clicks: A is the worst at
    // 350.50/371 = 0.94, E the best at 5.00/150 = 0.03.
    assert_eq!(
        usd.worst_cpc.as_ref().map(|s| s.campaign_id.as_str()),
        Some("A")
    );
    assert_eq!(
        usd.best_cpc.as_ref().map(|s| s.campaign_id.as_str()),
        Some("E")
    );
    assert_eq!(
        usd.best_cpc
            .as_ref()
            .and_then(|s| s.cpc.as_ref())
            .map(Money::text),
        o("0.03")
    );
    // CTR: E has 150/600 = 25 % but only 600 < 1000 impressions. Ranked: C 2.00, B 1.38,
    // A 1.06, D 0.61, F 1/5000 = 0.02.
    assert_eq!(
        p.best_ctr.as_ref().map(|s| s.campaign_id.as_str()),
        Some("C")
    );
    assert_eq!(
        p.worst_ctr.as_ref().map(|s| s.campaign_id.as_str()),
        Some("F")
    );
    assert_eq!(
        p.worst_ctr.as_ref().and_then(|s| s.ctr_pct),
        Some(d("0.02"))
    );
    assert_eq!(
        (p.min_clicks_for_cpc_rank, p.min_impressions_for_ctr_rank),
        (100, 1000)
    );
    let jpy = p
        .by_currency
        .iter()
        .find(|g| g.totals.currency == "JPY")
        .unwrap();
    assert_eq!(
        jpy.best_cpc.as_ref().map(|s| s.campaign_id.as_str()),
        Some("B")
    );
    assert_eq!(p.scores.len(), 6);
    assert_eq!(p.scores[4].brand, "Nova");
}

#[test]
fn by_type_and_by_country() {
    let fx = all();
    let p = build(&fx);
    let codes: Vec<&str> = p
        .by_type
        .iter()
        .map(|t| t.objective.code.as_str())
        .collect();
    assert_eq!(codes, ["link_clicks", "record_streams"]);
    let links = &p.by_type[0];
    assert_eq!(links.objective.label, "Link clicks");
    // link_clicks: MXN (C) 500.00; USD (E + F) 5.00 + 50.00 = 55.00, clicks 151.
    let cur: Vec<(&str, String, u64)> = links
        .by_currency
        .iter()
        .map(|t| (t.currency.as_str(), t.spend.text(), t.clicks))
        .collect();
    assert_eq!(
        cur,
        [("MXN", "500.00".into(), 200), ("USD", "55.00".into(), 151)]
    );
    // record_streams: INR (D) 4000.00, JPY (B) 27000, USD (A) 350.50.
    let spend: Vec<String> = p.by_type[1]
        .by_currency
        .iter()
        .map(|t| t.spend.text())
        .collect();
    assert_eq!(spend, ["4000.00", "27000", "350.50"]);

    // Countries, lifetime: MX in MXN and MX in USD stay apart.
    let rows: Vec<(&str, &str, String, u64, Option<String>)> = p
        .by_country
        .iter()
        .map(|c| {
            let cpc = c.cpc.as_ref().map(Money::text);
            (
                c.currency.as_str(),
                c.code.as_str(),
                c.spend.text(),
                c.reach,
                cpc,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            // ¥27000 / 950 = 28.4 → 28
            ("JPY", "JP", "27000".into(), 41000, o("28")),
            // 500.00 / 200 = 2.50
            ("MXN", "MX", "500.00".into(), 7000, o("2.50")),
            // A 300.00 + E 5.00 = 305.00; reach 15000 + 500; 305/(300 + 150) = 0.6777 → 0.68
            ("USD", "US", "305.00".into(), 15500, o("0.68")),
            // 50.50 / 71 = 0.7112 → 0.71
            ("USD", "MX", "50.50".into(), 5000, o("0.71")),
        ]
    );
    assert_eq!(p.by_country[2].campaigns, 2);
    let one = country_rows(&usd().countries);
    assert_eq!(one[0].code, "US");
    assert_eq!(one[0].cpc.as_ref().map(Money::text), o("1.00")); // 300.00 / 300
}

#[test]
fn unsorted_repeated_and_foreign_rows_count_as_in_a_report() {
    let mut fx = vec![usd(), usd_small()];
    // A's rows reversed, a repeat of Mar 6 (the first one counts) and a row in EUR.
    fx[0].stats.days.reverse();
    fx[0]
        .stats
        .days
        .push(row(day(3, 6), "999.00", "USD", [1, 1, 1, 1]));
    fx[0]
        .stats
        .days
        .push(row(day(3, 3), "5.00", "EUR", [1, 1, 1, 1]));
    fx[1].stats.skipped = 2;
    let p = build(&fx);
    let usd = &p.by_currency[0];
    // A 350.50 + E 5.00 = 355.50, as if the rows had come clean.
    assert_eq!(usd.totals.spend, m("355.50", "USD"));
    assert_eq!(usd.daily[5].spend, Some(m("130.01", "USD")));
    assert_eq!(usd.daily[2].spend, None, "the EUR row is not a dollar day");
    // 1 repeat + 1 EUR + 2 unreadable.
    assert_eq!(p.rows_left_out, 4);
}
