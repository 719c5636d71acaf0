//! Schedule and budget: "budget.value ... has a minimum constraint of 10 USD dollars a day, or
//! its equivalent in the chosen currency"; "budget.currency must match the currency set in your
//! Facebook ad account" (symphony-v1-create-campaigns.txt).

use super::tests_check::{is, now, one, problems, valid};
use super::*;
use chrono::Duration;

#[test]
fn both_dates_are_required() {
    let mut d = valid();
    d.start = None;
    d.end = None;
    assert_eq!(
        problems(&d),
        [
            is(
                "metadata.start_date",
                C::Required,
                "Choose when the campaign starts."
            ),
            is(
                "metadata.end_date",
                C::Required,
                "Choose when the campaign ends."
            ),
        ]
    );
}

#[test]
fn the_end_is_after_the_start_and_after_now() {
    let mut d = valid();
    d.end = d.start;
    assert_eq!(
        one(&d),
        is(
            "metadata.end_date",
            C::Mismatch,
            "The end must be after the start."
        )
    );
    d.start = Some(now() - Duration::days(2));
    d.end = Some(now());
    assert_eq!(
        one(&d),
        is(
            "metadata.end_date",
            C::TooLow,
            "The end is already in the past."
        )
    );
    // Started yesterday, ends in a second: still running, billed for 2 days.
    d.start = Some(now() - Duration::days(1));
    d.end = Some(now() + Duration::seconds(1));
    d.budget = "20".into();
    assert_eq!(problems(&d), []);
}

#[test]
fn the_minimum_is_10_usd_for_each_started_day() {
    // The document's own example: 12 USD for 2024-08-20T05:00 to 2024-08-21T05:00.
    let mut d = valid();
    d.end = d.start.map(|s| s + Duration::days(1));
    d.budget = "12".into();
    assert_eq!(problems(&d), []);
    d.budget = "10".into();
    assert_eq!(problems(&d), [], "exactly 10 USD a day");
    d.budget = "9.99".into();
    assert_eq!(
        one(&d),
        is(
            "metadata.budget.value",
            C::TooLow,
            "9.99 USD is below Symphony's minimum of 10 USD a day: 10 USD for 1 day."
        )
    );
    // 7 days: 70 USD.
    let mut d = valid();
    d.budget = "70".into();
    assert_eq!(problems(&d), []);
    d.budget = "69.99".into();
    let p = check(&d, Some("USD"), now());
    assert_eq!(
        p[0].message,
        "69.99 USD is below Symphony's minimum of 10 USD a day: 70 USD for 7 days."
    );
    assert_eq!(
        p[0].fix.as_deref(),
        Some("Raise the budget to at least 70 USD or shorten the schedule.")
    );
    // 7 days and a minute: 8 days billed.
    d.end = d.end.map(|e| e + Duration::minutes(1));
    d.budget = "79.99".into();
    assert_eq!(one(&d).0, "metadata.budget.value");
    d.budget = "80".into();
    assert_eq!(problems(&d), []);
}

#[test]
fn another_currency_s_minimum_is_estimated_at_the_reference_rate_with_a_margin() {
    // 7 days x 10 USD x 0.92 EUR per USD = 64.40 EUR; stopped only below 90% of it (57.96).
    let mut d = valid();
    d.currency = "EUR".into();
    d.budget = "1".into();
    let eur = |d: &CampaignDraft| check(d, Some("EUR"), now());
    let p = eur(&d);
    assert_eq!(p.len(), 1);
    assert_eq!(
        (p[0].field.as_str(), p[0].code),
        ("metadata.budget.value", C::TooLow)
    );
    assert_eq!(
        p[0].message,
        "1 EUR is below Symphony's minimum of 10 USD a day: about 64.40 EUR for 7 days at Crescendo's reference rate of 0.92 EUR per USD (Symphony converts with its own rate)."
    );
    d.budget = "57.95".into();
    assert_eq!(eur(&d).len(), 1);
    d.budget = "57.96".into();
    assert_eq!(eur(&d), [], "within the margin: Symphony's rate decides");
    d.budget = "1".into();
    assert_eq!(
        check(&d, None, now()).len(),
        1,
        "no ad account known: the estimate still applies"
    );
    // A currency without a reference rate is left to the provider entirely.
    d.currency = "SEK".into();
    assert_eq!(check(&d, None, now()), []);
}

#[test]
fn the_budget_is_a_positive_amount_with_a_currency() {
    let mut d = valid();
    d.budget = " ".into();
    d.currency = " ".into();
    assert_eq!(
        one(&d),
        is(
            "metadata.budget",
            C::Required,
            "Set the campaign's total budget."
        )
    );
    d.currency = "USD".into();
    assert_eq!(
        one(&d),
        is(
            "metadata.budget",
            C::Invalid,
            "\"\" is not an amount: type digits, with a dot for decimals (190 or 12.50)."
        )
    );
    d.budget = "120".into();
    d.currency = String::new();
    assert_eq!(
        one(&d),
        is(
            "metadata.budget",
            C::Required,
            "Choose the budget's currency."
        )
    );
    d.currency = "usd".into();
    assert_eq!(problems(&d), [], "the code is read in capitals");
    for zero_or_less in ["0", "-120"] {
        d.budget = zero_or_less.into();
        assert_eq!(
            one(&d),
            is(
                "metadata.budget.value",
                C::TooLow,
                "The budget must be more than zero."
            )
        );
    }
    d.budget = "120".into();
    d.currency = "XYZ".into();
    assert_eq!(
        one(&d),
        is(
            "metadata.budget.currency",
            C::Invalid,
            "XYZ is not an ISO 4217 currency code."
        )
    );
}

#[test]
fn the_currency_is_the_ad_account_s() {
    let mut d = valid();
    d.currency = "MXN".into();
    d.budget = "190".into();
    // The document's schedule: one day (190 MXN is above about 170 MXN for a day).
    d.end = d.start.map(|s| s + Duration::days(1));
    assert_eq!(
        check(&d, Some("mxn"), now()),
        [],
        "the document's MXN example"
    );
    let p = check(&d, Some("usd"), now());
    assert_eq!(p.len(), 1);
    assert_eq!(
        (p[0].field.as_str(), p[0].code, p[0].message.as_str()),
        (
            "metadata.budget.currency",
            C::Mismatch,
            "The artist's ad account is in USD; a budget in MXN would be refused."
        )
    );
    assert_eq!(p[0].fix.as_deref(), Some("Use USD."));
}

#[test]
fn the_amount_has_no_more_decimals_than_the_currency() {
    let mut d = valid();
    d.budget = "120.50".into();
    assert_eq!(problems(&d), [], "two decimals for USD");
    d.budget = "120.5".into();
    assert_eq!(problems(&d), []);
    d.budget = "120.005".into();
    assert_eq!(
        one(&d),
        is(
            "metadata.budget.value",
            C::Invalid,
            "USD has 2 decimal places: 120.005 cannot be charged exactly."
        )
    );
    d.currency = "JPY".into();
    d.budget = "15000".into();
    assert_eq!(check(&d, Some("JPY"), now()), []);
    d.budget = "15000.5".into();
    assert_eq!(
        check(&d, Some("JPY"), now())[0].message,
        "JPY has 0 decimal places: 15000.5 cannot be charged exactly."
    );
}
