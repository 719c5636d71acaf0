use super::*;
use crate::campaigns::page_of;
use crate::domain::{CampaignState, Objective, ProviderKind, Schedule, Status, TargetingSummary};
use crate::money::Money;
use chrono::{TimeZone, Utc};
use rust_decimal::Decimal;

fn c(
    id: &str,
    name: &str,
    amount: &str,
    currency: &str,
    start_day: u32,
    end_day: Option<u32>,
) -> Campaign {
    let day = |d: u32| {
        Utc.with_ymd_and_hms(2026, 3, d, 5, 0, 0)
            .single()
            .expect("day")
    };
    Campaign {
        id: id.into(),
        provider: ProviderKind::Symphony,
        name: name.into(),
        objective: Objective {
            code: "link_clicks".into(),
            label: "Link clicks".into(),
        },
        status: Status::new(CampaignState::Active, "ACTIVE"),
        budget: Money::new(amount.parse::<Decimal>().expect("amount"), currency),
        schedule: Schedule {
            start: day(start_day),
            end: end_day.map(day),
        },
        daily_budget: None,
        targeting: TargetingSummary::default(),
    }
}

fn with_state(mut x: Campaign, s: CampaignState) -> Campaign {
    x.status = Status::new(s, "X");
    x
}

fn ids(v: &[Campaign]) -> Vec<&str> {
    v.iter().map(|c| c.id.as_str()).collect()
}

fn sort(key: SortKey, descending: bool) -> Option<CampaignSort> {
    Some(CampaignSort { key, descending })
}

#[test]
fn search_ignores_case_and_accents_both_ways() {
    let all = vec![
        c("1", "Beyoncé tribute", "10", "USD", 1, Some(2)),
        c("2", "BEYONCE remix", "10", "USD", 1, Some(2)),
        c("3", "Corazón — streams", "10", "USD", 1, Some(2)),
        c("4", "Tour teaser", "10", "USD", 1, Some(2)),
    ];
    assert_eq!(ids(&arrange(all.clone(), "beyonce", None)), ["1", "2"]);
    assert_eq!(ids(&arrange(all.clone(), "  BEYONCÉ ", None)), ["1", "2"]);
    assert_eq!(ids(&arrange(all.clone(), "corazon", None)), ["3"]);
    // Decomposed input (e + combining acute) finds the precomposed name too.
    assert_eq!(
        ids(&arrange(all.clone(), "beyonce\u{301}", None)),
        ["1", "2"]
    );
    assert_eq!(ids(&arrange(all.clone(), "", None)), ["1", "2", "3", "4"]);
    assert!(arrange(all, "zzz", None).is_empty());
    assert_eq!(fold("Ñandú ÉCLAIR"), "nandu eclair");
}

#[test]
fn without_a_sort_the_providers_order_stays() {
    let all = vec![
        c("9", "b", "1", "USD", 1, None),
        c("3", "a", "1", "USD", 1, None),
    ];
    assert_eq!(ids(&arrange(all, "", None)), ["9", "3"]);
}

#[test]
fn names_sort_without_case_or_accents_and_ties_break_by_id() {
    let all = vec![
        c("2", "Zed", "1", "USD", 1, None),
        c("11", "alpha", "1", "USD", 1, None),
        c("12", "Alpha", "1", "USD", 1, None),
        c("9", "alpha", "1", "USD", 1, None),
        c("10", "émile", "1", "USD", 1, None),
    ];
    // "Alpha" < "alpha" as raw text; equal names go by id as numbers (9 before 11).
    assert_eq!(
        ids(&arrange(all.clone(), "", sort(SortKey::Name, false))),
        ["12", "9", "11", "10", "2"]
    );
    // Descending reverses the key only; ties keep ascending ids, so pages stay stable.
    assert_eq!(
        ids(&arrange(all, "", sort(SortKey::Name, true))),
        ["2", "10", "12", "9", "11"]
    );
}

#[test]
fn dates_sort_and_no_end_is_the_latest_end() {
    let all = vec![
        c("1", "a", "1", "USD", 5, Some(20)),
        c("2", "b", "1", "USD", 3, None),
        c("3", "c", "1", "USD", 4, Some(10)),
    ];
    assert_eq!(
        ids(&arrange(all.clone(), "", sort(SortKey::StartDate, false))),
        ["2", "3", "1"]
    );
    assert_eq!(
        ids(&arrange(all.clone(), "", sort(SortKey::StartDate, true))),
        ["1", "3", "2"]
    );
    assert_eq!(
        ids(&arrange(all.clone(), "", sort(SortKey::EndDate, false))),
        ["3", "1", "2"]
    );
    assert_eq!(
        ids(&arrange(all, "", sort(SortKey::EndDate, true))),
        ["2", "1", "3"]
    );
}

#[test]
fn budgets_compare_exactly_within_a_currency_and_currencies_stay_grouped() {
    let all = vec![
        c("1", "a", "1000.10", "USD", 1, None),
        c("2", "b", "1000.09", "USD", 1, None),
        c("3", "c", "40000", "MXN", 1, None),
        c("4", "d", "900", "JPY", 1, None),
        c("5", "e", "5", "MXN", 1, None),
        // Beyond f64's exact integers: 2^53 + 1 against 2^53.
        c("6", "f", "9007199254740993", "USD", 1, None),
        c("7", "g", "9007199254740992", "USD", 1, None),
    ];
    assert_eq!(
        ids(&arrange(all.clone(), "", sort(SortKey::Budget, false))),
        ["4", "5", "3", "2", "1", "7", "6"]
    );
    // Descending: biggest first within each currency; the groups stay JPY, MXN, USD.
    assert_eq!(
        ids(&arrange(all, "", sort(SortKey::Budget, true))),
        ["4", "3", "5", "6", "7", "1", "2"]
    );
}

#[test]
fn statuses_sort_by_lifecycle_not_by_label() {
    let all = vec![
        with_state(c("1", "a", "1", "USD", 1, None), CampaignState::Completed),
        with_state(c("2", "b", "1", "USD", 1, None), CampaignState::Active),
        with_state(c("3", "c", "1", "USD", 1, None), CampaignState::InReview),
        with_state(c("4", "d", "1", "USD", 1, None), CampaignState::Paused),
    ];
    assert_eq!(
        ids(&arrange(all, "", sort(SortKey::Status, false))),
        ["3", "2", "4", "1"]
    );
}

#[test]
fn pages_count_what_the_search_kept() {
    let all: Vec<Campaign> = (1..=23)
        .map(|i| {
            let name = if i % 2 == 0 {
                format!("Beyoncé {i:02}")
            } else {
                format!("Other {i:02}")
            };
            c(&i.to_string(), &name, &i.to_string(), "USD", 1, None)
        })
        .collect();
    let kept = arrange(all, "beyonce", sort(SortKey::Budget, true));
    assert_eq!(kept.len(), 11);
    let (rows, total, pages) = page_of(kept.clone(), 2, 5);
    assert_eq!((total, pages), (11, 3));
    assert_eq!(ids(&rows), ["12", "10", "8", "6", "4"]);
    let (rows, _, _) = page_of(kept.clone(), 3, 5);
    assert_eq!(ids(&rows), ["2"]);
    let (rows, total, pages) = page_of(kept, 9, 5);
    assert_eq!(
        (rows.len(), total, pages),
        (0, 11, 3),
        "past the end: no rows, same totals"
    );
}
