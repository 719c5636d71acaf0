//! The statistics endpoints check their query like a form and cover exactly the range asked.

mod common;

use common::{call, demo, errors_at};

#[tokio::test]
async fn statistics_check_their_query() {
    let sb = demo().await;
    let plan = sb.plan_ids(0)[0].clone();
    let path = format!("/clients/{plan}/statistics");
    let r = call(&sb, "GET", &format!("{path}?aggregate=day"), None).await;
    assert_eq!(
        errors_at(&r.body, "start_date"),
        ["This value should not be blank."]
    );
    let r = call(
        &sb,
        "GET",
        &format!("{path}?aggregate=week&level=region"),
        None,
    )
    .await;
    assert_eq!(errors_at(&r.body, "aggregate").len(), 1);
    assert_eq!(errors_at(&r.body, "level").len(), 1);
    let r = call(
        &sb,
        "GET",
        &format!("{path}?aggregate=period&start_date=1772452800&end_date=1772000000"),
        None,
    )
    .await;
    assert_eq!(errors_at(&r.body, "end_date").len(), 1);
    let r = call(
        &sb,
        "GET",
        &format!("{path}?aggregate=day&start_date=1771848000&end_date=1772452800"),
        None,
    )
    .await;
    assert_eq!(r.status, 200);
    let dates: Vec<&str> = r.body["data"]
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|d| d["date"].as_str())
        .collect();
    assert_eq!(dates.first(), Some(&"2026-02-23"));
    assert_eq!(dates.last(), Some(&"2026-03-02"));
    assert_eq!(dates.len(), 8);
}

#[tokio::test]
async fn a_range_in_the_future_has_no_days_and_a_zero_period() {
    let sb = demo().await;
    let plan = sb.plan_ids(0)[0].clone();
    let (s, e) = (1_800_000_000, 1_800_500_000);
    let days = call(
        &sb,
        "GET",
        &format!("/clients/{plan}/statistics?aggregate=day&start_date={s}&end_date={e}"),
        None,
    )
    .await;
    assert_eq!(
        days.body["data"].as_array().map(Vec::len),
        Some(0),
        "{}",
        days.body
    );
    let period = call(
        &sb,
        "GET",
        &format!("/clients/{plan}/statistics?aggregate=period&start_date={s}&end_date={e}"),
        None,
    )
    .await;
    assert_eq!(period.body["data"][0]["impression"], 0);
    assert_eq!(period.body["data"][0]["spent"], 0);
}
