use super::portfolio::entries;
use super::*;
use crate::analytics::{
    campaign_csv, campaign_days, portfolio_csv, report, DateRange, CAMPAIGN_CSV_HEADER,
    PORTFOLIO_CSV_HEADER,
};

#[test]
fn campaign_csv_cells_are_the_reports_exact_decimals() {
    let f = usd();
    let days = campaign_days(&f.campaign.schedule, f.offset, day(3, 7));
    let csv = campaign_csv(&report(&f.campaign, &f.stats, days, f.offset, day(3, 7))).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], CAMPAIGN_CSV_HEADER.join(","));
    assert_eq!(
        lines[0],
        "date,campaign_id,campaign_name,currency,spend,cumulative_spend,ideal_cumulative_spend,\
         impressions,reach_to_date,clicks,conversions,cpc"
    );
    let rows = [
        // spend, cumulative (running sum), ideal (1000 × days / 10), counts, cpc (spend / clicks)
        "2026-02-28,A,Campaign A,USD,10.00,10.00,100.00,1000,800,10,0,1.00",
        "2026-03-01,A,Campaign A,USD,120.50,130.50,200.00,12000,9000,150,3,0.80", // 120.50/150
        "2026-03-02,A,Campaign A,USD,99.99,230.49,300.00,10000,15000,100,2,1.00", // 99.99/100
        "2026-03-03,A,Campaign A,USD,,,400.00,,,,,",                              // gap
        "2026-03-04,A,Campaign A,USD,0.00,230.49,500.00,0,15000,0,0,",            // paused
        "2026-03-05,A,Campaign A,USD,0.00,230.49,600.00,0,15000,0,0,",
        "2026-03-06,A,Campaign A,USD,130.01,360.50,700.00,13001,20000,121,1,1.07", // 130.01/121
        "2026-03-07,A,Campaign A,USD,,,800.00,,,,,",
        "2026-03-08,A,Campaign A,USD,,,900.00,,,,,",
        "2026-03-09,A,Campaign A,USD,,,1000.00,,,,,",
        "2026-03-10,A,Campaign A,USD,,,1000.00,,,,,",
    ];
    assert_eq!(lines[1..], rows);
}

#[test]
fn portfolio_csv_has_each_rows_currency_and_jpy_without_decimals() {
    let fx = all();
    let range = DateRange::new(day(3, 1), day(3, 6)).unwrap();
    let csv = portfolio_csv(&entries(&fx), range).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], PORTFOLIO_CSV_HEADER.join(","));
    // A 5 rows (Mar 1, 2, 4, 5, 6; Feb 28 is outside), B 3, C 2, D 2, E 1, F 1.
    assert_eq!(lines.len(), 1 + 14);
    assert_eq!(
        lines[1],
        "2026-03-01,Nova,A,Campaign A,record_streams,USD,120.50,12000,9000,150,3,0.80"
    );
    // ¥9999 / 333 clicks = 30.03 → 30
    assert_eq!(
        lines[7],
        "2026-03-03,Nova,B,Campaign B,record_streams,JPY,9999,25000,30000,333,0,30"
    );
    // 250.25 / 120 = 2.0854 → 2.09
    assert_eq!(
        lines[9],
        "2026-03-01,Skrlth,C,Campaign C,link_clicks,MXN,250.25,5000,4000,120,0,2.09"
    );
    // 3000.00 / 350 = 8.571 → 8.57
    assert_eq!(
        lines[12],
        "2026-03-02,Nova,D,Campaign D,record_streams,INR,3000.00,50000,60000,350,12,8.57"
    );
}

#[test]
fn hostile_names_stay_one_inert_cell() {
    let mut f = usd();
    let name = "=HYPERLINK(\"http://x\",\"a, b\")\nnext";
    f.campaign.name = name.into();
    let range = DateRange::new(day(3, 1), day(3, 1)).unwrap();
    let csv = campaign_csv(&report(&f.campaign, &f.stats, range, f.offset, day(3, 7))).unwrap();
    let mut r = ::csv::Reader::from_reader(csv.as_bytes());
    let recs: Vec<::csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].len(), 12);
    assert_eq!(&recs[0][2], format!("'{name}"));
    assert_eq!(&recs[0][4], "120.50");
}
