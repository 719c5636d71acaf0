//! `GET .../statistics` at media plan, campaign, ad set and ad level. The query is checked
//! like a form (`aggregate`, `start_date`, `end_date`, `level`, `limit`, `page`).

use super::read::tri;
use super::{campaign, form, not_found, paged, plan, Ctx, Reply};
use crate::stats::{self, Aggregate, DAY};

const FIELDS: &[&str] = &[
    "aggregate",
    "start_date",
    "end_date",
    "level",
    "limit",
    "page",
];
const LEVELS: &[&str] = &["client", "campaign", "adset", "ad"];
/// Longest range served, in days (about three years).
const MAX_DAYS: i64 = 1_100;

/// `rest` is what stands between `clients/{id}/campaigns/` and `statistics`: nothing (media
/// plan), `[c]`, `[c, adsets, s]`, `[c, ads, a]` or `[c, adsets, s, ads, a]`.
pub(super) fn of(ctx: &Ctx, key: &str, rest: &[&str]) -> Reply {
    let st = ctx.shared.store();
    let p = tri!(plan(&st, ctx, key));
    let (own_level, campaigns, only) = match rest {
        [] => (
            "client",
            st.campaigns_of(p.id).iter().map(|c| c.id).collect(),
            None,
        ),
        [c, tail @ ..] => {
            let c = tri!(campaign(&st, p, c));
            let id_in =
                |s: &str, ok: &dyn Fn(u64) -> bool| s.parse::<u64>().ok().filter(|i| ok(*i));
            let set_ok = |i: u64| st.ad_sets.get(&i).is_some_and(|s| s.campaign == c.id);
            let ad_ok = |i: u64| st.ads.get(&i).is_some_and(|a| a.campaign == c.id);
            match tail {
                [] => ("campaign", vec![c.id], None),
                ["adsets", s] => match id_in(s, &set_ok) {
                    Some(s) => ("adset", vec![c.id], Some(s)),
                    None => return not_found(),
                },
                ["ads", a] | ["adsets", _, "ads", a] => match id_in(a, &ad_ok) {
                    Some(a) => ("ad", vec![c.id], Some(a)),
                    None => return not_found(),
                },
                _ => return not_found(),
            }
        }
    };
    let mut errs: Vec<(String, String)> = Vec::new();
    let mut fail = |f: &str, m: &str| errs.push((f.to_string(), m.to_string()));
    let agg = match ctx.param("aggregate").unwrap_or("period") {
        "day" => Aggregate::Day,
        "month" => Aggregate::Month,
        "period" => Aggregate::Period,
        _ => {
            fail("aggregate", "The value you selected is not a valid choice.");
            Aggregate::Period
        }
    };
    let level = ctx.param("level").unwrap_or(own_level);
    let rank = |l: &str| LEVELS.iter().position(|x| *x == l);
    match (rank(level), rank(own_level)) {
        (Some(l), Some(o)) if l >= o => {}
        (Some(_), _) => fail("level", "This level is above the object asked for."),
        (None, _) if level == "channel_connect" => {
            fail("level", "channel_connect is not simulated.")
        }
        (None, _) => fail("level", "The value you selected is not a valid choice."),
    }
    let mut stamp = |f: &str| match ctx.param(f).map(|v| v.trim().parse::<i64>()) {
        None => None,
        Some(Ok(t)) if t >= 0 => Some(t),
        Some(_) => {
            fail(f, "This value should be a Unix timestamp.");
            None
        }
    };
    let (start, end) = (stamp("start_date"), stamp("end_date"));
    if agg != Aggregate::Period && start.is_none() && ctx.param("start_date").is_none() {
        fail("start_date", "This value should not be blank.");
    }
    let today = ctx.shared.config.today / DAY;
    let subjects = stats::subjects(&st, p.id, &campaigns, level, only, today);
    let first = subjects.iter().map(|s| s.first_day).min().unwrap_or(today);
    let from = start.map_or(first, |s| s / DAY);
    let to = end.map_or(today, |e| e / DAY).min(today);
    if end.is_some_and(|e| start.is_some_and(|s| e < s)) {
        fail("end_date", "The end date should be after the start date.");
    } else if to - from > MAX_DAYS {
        fail(
            "end_date",
            "The range is longer than the sandbox serves (1100 days).",
        );
    }
    if !errs.is_empty() {
        return form::error(FIELDS, errs);
    }
    let rows = stats::rows(ctx.shared.config.seed, &subjects, agg, from, to);
    drop(st);
    paged(ctx, rows)
}
