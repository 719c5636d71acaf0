//! The GET endpoints: accounts, target search, media plans, campaigns, ad sets, ads. Single
//! resources come in `{"data": ..}` except an ad, which the reference shows bare.

use super::{campaign, denied, form, not_found, paged, plan, Ctx, Reply};
use crate::search;
use axum::http::StatusCode;
use serde_json::{json, Value};

fn ok(v: Value) -> Reply {
    (StatusCode::OK, v)
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(reply) => return reply,
        }
    };
}
pub(crate) use tri;

pub(super) fn accounts(ctx: &Ctx) -> Reply {
    let st = ctx.shared.store();
    let items = st
        .accounts
        .values()
        .filter(|a| a.agency == ctx.agency)
        .map(|a| a.json())
        .collect();
    paged(ctx, items)
}

pub(super) fn account(ctx: &Ctx, id: &str) -> Reply {
    let st = ctx.shared.store();
    match id.parse::<u64>().ok().and_then(|id| st.accounts.get(&id)) {
        None => not_found(),
        Some(a) if a.agency != ctx.agency => denied(),
        Some(a) => ok(json!({ "data": a.json() })),
    }
}

/// `q` (spaces allowed) and `type` (`location` or `interest`) are both required.
pub(super) fn target_search(ctx: &Ctx, id: &str) -> Reply {
    {
        let st = ctx.shared.store();
        match id.parse::<u64>().ok().and_then(|id| st.accounts.get(&id)) {
            None => return not_found(),
            Some(a) if a.agency != ctx.agency => return denied(),
            Some(_) => {}
        }
    }
    let mut errs = Vec::new();
    let q = ctx.param("q").unwrap_or_default().trim().to_string();
    if q.is_empty() {
        errs.push((
            "q".to_string(),
            "This value should not be blank.".to_string(),
        ));
    }
    let kind = ctx.param("type").unwrap_or_default();
    if !matches!(kind, "location" | "interest") {
        errs.push((
            "type".to_string(),
            "The value you selected is not a valid choice.".to_string(),
        ));
    }
    if !errs.is_empty() {
        return form::error(&["q", "type"], errs);
    }
    let data = if kind == "location" {
        search::locations(&q)
    } else {
        search::interests(&q)
    };
    ok(json!({ "data": data }))
}

pub(super) fn plans(ctx: &Ctx) -> Reply {
    let st = ctx.shared.store();
    let items = st
        .plans
        .values()
        .filter(|p| p.agency == ctx.agency)
        .map(|p| p.json())
        .collect();
    paged(ctx, items)
}

pub(super) fn plan_one(ctx: &Ctx, key: &str) -> Reply {
    let st = ctx.shared.store();
    let p = tri!(plan(&st, ctx, key));
    ok(json!({ "data": p.json() }))
}

pub(super) fn campaigns(ctx: &Ctx, key: &str) -> Reply {
    let st = ctx.shared.store();
    let p = tri!(plan(&st, ctx, key));
    let items = st
        .campaigns_of(p.id)
        .iter()
        .map(|c| c.json(p.account_id))
        .collect();
    paged(ctx, items)
}

pub(super) fn campaign_one(ctx: &Ctx, key: &str, c: &str) -> Reply {
    let st = ctx.shared.store();
    let p = tri!(plan(&st, ctx, key));
    let c = tri!(campaign(&st, p, c));
    ok(json!({ "data": c.json(p.account_id) }))
}

pub(super) fn ad_sets(ctx: &Ctx, key: &str, c: &str) -> Reply {
    let st = ctx.shared.store();
    let p = tri!(plan(&st, ctx, key));
    let c = tri!(campaign(&st, p, c));
    let items = st.ad_sets_of(c.id).iter().map(|s| s.json()).collect();
    paged(ctx, items)
}

pub(super) fn ad_set(ctx: &Ctx, key: &str, c: &str, s: &str) -> Reply {
    let st = ctx.shared.store();
    let p = tri!(plan(&st, ctx, key));
    let c = tri!(campaign(&st, p, c));
    match s
        .parse::<u64>()
        .ok()
        .and_then(|s| st.ad_sets.get(&s))
        .filter(|s| s.campaign == c.id)
    {
        Some(s) => ok(json!({ "data": s.json() })),
        None => not_found(),
    }
}

pub(super) fn ads(ctx: &Ctx, key: &str, c: &str, s: Option<&str>) -> Reply {
    let st = ctx.shared.store();
    let p = tri!(plan(&st, ctx, key));
    let c = tri!(campaign(&st, p, c));
    let items = match s {
        None => st.ads_of_campaign(c.id),
        Some(s) => match s
            .parse::<u64>()
            .ok()
            .and_then(|s| st.ad_sets.get(&s))
            .filter(|s| s.campaign == c.id)
        {
            Some(s) => st.ads_of_ad_set(s.id),
            None => return not_found(),
        },
    };
    paged(ctx, items.iter().map(|a| a.json()).collect())
}

pub(super) fn ad(ctx: &Ctx, key: &str, c: &str, s: &str, a: &str) -> Reply {
    let st = ctx.shared.store();
    let p = tri!(plan(&st, ctx, key));
    let c = tri!(campaign(&st, p, c));
    let found = a
        .parse::<u64>()
        .ok()
        .and_then(|a| st.ads.get(&a))
        .filter(|a| a.campaign == c.id && a.ad_set.to_string() == s);
    match found {
        Some(a) => ok(a.json()),
        None => not_found(),
    }
}
