use super::*;
use crate::analytics::{campaign_days, local_day, DateRange, RangeError};

fn sched(start: &str, end: Option<&str>) -> Schedule {
    Schedule {
        start: at(start),
        end: end.map(at),
    }
}

#[test]
fn a_start_at_05z_is_the_day_before_in_utc_minus_8_and_the_same_day_in_utc_plus_9() {
    let t = at("2026-03-01T05:00:00Z");
    // 05:00Z − 8 h = Feb 28 21:00 local.
    assert_eq!(local_day(t, west8()), day(2, 28));
    // 05:00Z + 9 h = Mar 1 14:00 local.
    assert_eq!(local_day(t, east9()), day(3, 1));
    // 20:00Z + 9 h = Mar 2 05:00 local: the next day.
    assert_eq!(local_day(at("2026-03-01T20:00:00Z"), east9()), day(3, 2));
}

#[test]
fn campaign_days_run_from_the_local_start_day_to_the_local_day_of_the_last_instant() {
    let s = sched("2026-03-01T05:00:00Z", Some("2026-03-11T05:00:00Z"));
    // UTC-8: Feb 28 21:00 .. Mar 10 21:00 local → Feb 28..Mar 10, 11 calendar days.
    let r = campaign_days(&s, west8(), day(3, 7));
    assert_eq!((r.first, r.last, r.days()), (day(2, 28), day(3, 10), 11));
    // UTC+9: Mar 1 14:00 .. Mar 11 14:00 local → Mar 1..Mar 11.
    let r = campaign_days(&s, east9(), day(3, 7));
    assert_eq!((r.first, r.last), (day(3, 1), day(3, 11)));
    // An end at local midnight (Mar 5 08:00Z = Mar 5 00:00 in UTC-8) ends the day before.
    let s = sched("2026-03-01T08:00:00Z", Some("2026-03-05T08:00:00Z"));
    let r = campaign_days(&s, west8(), day(3, 7));
    assert_eq!((r.first, r.last), (day(3, 1), day(3, 4)));
    // Open-ended: until today.
    let s = sched("2026-02-20T06:00:00Z", None);
    let r = campaign_days(&s, west8(), day(3, 7));
    assert_eq!((r.first, r.last), (day(2, 19), day(3, 7)));
}

#[test]
fn the_previous_period_has_the_same_length_and_ends_the_day_before() {
    let r = DateRange::new(day(3, 1), day(3, 6)).unwrap();
    // 6 days: Mar 1..6 → Feb 23..28 (2026 is not a leap year).
    assert_eq!(r.days(), 6);
    let p = r.previous();
    assert_eq!((p.first, p.last, p.days()), (day(2, 23), day(2, 28), 6));
    let one = DateRange::new(day(3, 1), day(3, 1)).unwrap();
    assert_eq!(
        one.previous(),
        DateRange::new(day(2, 28), day(2, 28)).unwrap()
    );
    assert_eq!(r.iter().count(), 6);
    assert_eq!(r.index(day(3, 6)), Some(5));
    assert_eq!(r.index(day(3, 7)), None);
    assert!(matches!(
        DateRange::new(day(3, 2), day(3, 1)),
        Err(RangeError::Reversed { .. })
    ));
}

#[test]
fn a_range_from_the_ui_is_checked() {
    let ok: DateRange =
        serde_json::from_str(r#"{"first":"2026-03-01","last":"2026-03-06"}"#).unwrap();
    assert_eq!(ok.days(), 6);
    let bad = serde_json::from_str::<DateRange>(r#"{"first":"2026-03-06","last":"2026-03-01"}"#);
    assert!(bad.is_err());
}
