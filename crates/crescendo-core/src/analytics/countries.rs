//! Country breakdowns: one campaign's, or the portfolio's (lifetime totals, one row per country
//! and currency: never summed across currencies).

use super::kpis::ratio;
use super::rows::Sums;
use super::Cur;
use crate::domain::CountryStat;
use crate::money::Money;
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

/// A country's lifetime totals (the campaigns' whole lives, whatever the range: providers send
/// country breakdowns for the lifetime only), in one currency.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CountryRow {
    pub code: String,
    pub name: String,
    pub currency: String,
    pub spend: Money,
    /// Sum of campaign reach in this country: a person reached by two campaigns counts twice.
    #[ts(type = "number")]
    pub reach: u64,
    #[ts(type = "number")]
    pub impressions: u64,
    #[ts(type = "number")]
    pub clicks: u64,
    pub cpc: Option<Money>,
    #[ts(type = "number")]
    pub campaigns: u64,
}

/// One campaign's country breakdown with CPC derived, highest spend first.
pub fn country_rows(countries: &[CountryStat]) -> Vec<CountryRow> {
    self::countries(std::iter::once(countries))
}

pub(crate) fn countries<'a>(lists: impl Iterator<Item = &'a [CountryStat]>) -> Vec<CountryRow> {
    // Keyed by borrowed (currency, code): no allocation per country of every campaign.
    type Acc<'a> = (&'a CountryStat, Sums, u64, u64);
    let mut by: BTreeMap<(&str, &str), Acc> = BTreeMap::new();
    for c in lists.flatten() {
        let key = (c.spend.currency.as_str(), c.code.as_str());
        let e = by.entry(key).or_insert_with(|| (c, Sums::default(), 0, 0));
        e.1.total.add(c.spend.amount);
        e.1.impressions = e.1.impressions.saturating_add(c.impressions);
        e.1.clicks = e.1.clicks.saturating_add(c.clicks);
        e.2 = e.2.saturating_add(c.reach);
        e.3 += 1;
    }
    let mut rows: Vec<CountryRow> = by
        .into_iter()
        .map(|(_, (first, s, reach, campaigns))| {
            let cur = Cur::of(&first.spend);
            CountryRow {
                code: first.code.clone(),
                name: first.name.clone(),
                currency: cur.code.clone(),
                spend: cur.money(s.spend()),
                reach,
                impressions: s.impressions,
                clicks: s.clicks,
                cpc: ratio(s.spend(), s.clicks, 1).map(|x| cur.money(x)),
                campaigns,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        a.currency
            .cmp(&b.currency)
            .then(b.spend.amount.cmp(&a.spend.amount))
            .then(a.code.cmp(&b.code))
    });
    rows
}
