use super::*;
use crate::analytics::{ideal_to_date, pacing, PaceVerdict};

#[test]
fn usd_under_pace_read_at_the_end_of_yesterday() {
    let f = usd();
    // Today Mar 7 (UTC-8) → as of Mar 6.
    let p = pacing(&f.campaign, &f.stats, f.offset, day(3, 7)).unwrap();
    assert_eq!(p.as_of, day(3, 6));
    // Mar 1 05:00Z → Mar 11 05:00Z = 10 budget days.
    assert_eq!(p.total_days, 10);
    // End of Mar 6 local = Mar 7 08:00Z; 6 d 3 h after the start → 7 started days.
    assert_eq!(p.elapsed_days, 7);
    // 1000 × 7 / 10 = 700.00
    assert_eq!(p.ideal_to_date, m("700.00", "USD"));
    // Every row up to Mar 6: 10.00 + 120.50 + 99.99 + 0 + 0 + 130.01 = 360.50
    assert_eq!(p.actual_to_date, m("360.50", "USD"));
    // 360.50 × 10 / 7 = 515.00
    assert_eq!(p.projected_at_end, Some(m("515.00", "USD")));
    // 360.50 < 700 × 0.9 = 630
    assert_eq!(p.verdict, PaceVerdict::Under);
    assert_eq!(p.tolerance_pct, 10);
}

#[test]
fn jpy_exactly_at_the_tolerance_is_on_pace() {
    let f = jpy();
    // Today Mar 5 (UTC+9) → as of Mar 4. End of Mar 4 local = Mar 4 15:00Z; start Mar 1
    // 20:00Z → 2 d 19 h → 3 started days of 5.
    let p = pacing(&f.campaign, &f.stats, f.offset, day(3, 5)).unwrap();
    assert_eq!((p.elapsed_days, p.total_days), (3, 5));
    // 50000 × 3 / 5 = ¥30000
    assert_eq!(p.ideal_to_date.text(), "30000");
    // 7000 + 9999 + 10001 = ¥27000 = 30000 × 0.90: on the edge, still on pace.
    assert_eq!(p.actual_to_date.text(), "27000");
    assert_eq!(p.verdict, PaceVerdict::On);
    // 27000 × 5 / 3 = ¥45000
    assert_eq!(p.projected_at_end.unwrap().text(), "45000");
}

#[test]
fn inr_over_pace_and_a_projection_rounded_to_paise() {
    let f = inr();
    // Today Mar 3 → as of Mar 2; end of Mar 2 (UTC-8) = Mar 3 08:00Z, 2 d 3 h → 3 of 20 days.
    let p = pacing(&f.campaign, &f.stats, f.offset, day(3, 3)).unwrap();
    assert_eq!((p.elapsed_days, p.total_days), (3, 20));
    // 20000 × 3 / 20 = 3000.00
    assert_eq!(p.ideal_to_date, m("3000.00", "INR"));
    // 1000.00 + 3000.00 = 4000.00 > 3000 × 1.1 = 3300
    assert_eq!(p.actual_to_date, m("4000.00", "INR"));
    assert_eq!(p.verdict, PaceVerdict::Over);
    // 4000 × 20 / 3 = 26666.666… → 26666.67
    assert_eq!(p.projected_at_end, Some(m("26666.67", "INR")));
}

#[test]
fn open_ended_campaigns_have_no_pacing_and_none_before_a_day_ends() {
    let f = mxn();
    assert_eq!(pacing(&f.campaign, &f.stats, f.offset, day(3, 7)), None);
    assert_eq!(
        ideal_to_date(
            &f.campaign.budget,
            &f.campaign.schedule,
            f.offset,
            day(3, 1)
        ),
        None
    );
    // JPY starts Mar 2 05:00 local; on Mar 2 (as of Mar 1) no budget day has started.
    let f = jpy();
    let p = pacing(&f.campaign, &f.stats, f.offset, day(3, 2)).unwrap();
    assert_eq!(p.elapsed_days, 0);
    assert_eq!(p.verdict, PaceVerdict::NotStarted);
    assert_eq!(p.projected_at_end, None);
    assert_eq!(p.ideal_to_date.text(), "0");
}

#[test]
fn after_the_end_the_ideal_is_the_whole_budget() {
    let f = usd();
    let p = pacing(&f.campaign, &f.stats, f.offset, day(4, 1)).unwrap();
    assert_eq!((p.elapsed_days, p.total_days), (10, 10));
    assert_eq!(p.ideal_to_date, m("1000.00", "USD"));
    // Spent 360.50 of 1000: the projection is what was spent.
    assert_eq!(p.projected_at_end, Some(m("360.50", "USD")));
}
