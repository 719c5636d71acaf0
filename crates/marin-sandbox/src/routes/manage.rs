//! The writing endpoints: campaign create (201, bare object) and update (bare object), ad set
//! update (a one-element list), and play/pause (202 when already in that state).

use super::form::{self, Check};
use super::read::tri;
use super::{campaign, message, not_found, plan, Ctx, Reply};
use crate::store::Campaign;
use axum::http::StatusCode;
use serde_json::json;

const OBJECTIVES: &[&str] = &[
    "fan_acq",
    "event",
    "eng",
    "outside_traffic",
    "offer",
    "app_installs",
    "video_play",
    "product_catalog_sales",
    "website_conv",
    "lead_gen",
    "brand_awareness",
    "store_visits",
    "reach",
];
const CATEGORIES: &[&str] = &["credit", "housing", "employment", "none"];
const PIXEL_EVENTS: &[&str] = &[
    "ViewContent",
    "Search",
    "AddToCart",
    "AddToWishlist",
    "InitiateCheckout",
    "AddPaymentInfo",
    "Purchase",
    "Lead",
    "CompleteRegistration",
];
/// "Query Parameters (Facebook)" of Create a new Campaign.
const CREATE_FIELDS: &[&str] = &[
    "name",
    "status",
    "objective",
    "budget_type",
    "daily_budget",
    "lifetime_budget",
    "start_date",
    "end_date",
    "useReachAndFrequency",
    "io_number",
    "rule",
    "sync",
    "campaign_naming",
    "ads_naming",
    "spend_cap",
    "business_manager_id",
    "product_catalog_id",
    "pixel_external_id",
    "pixel_event",
    "pacing_type",
    "special_ad_category",
];
/// "Query Parameters (Facebook)" of Update a Campaign.
const UPDATE_FIELDS: &[&str] = &[
    "name",
    "io_number",
    "rule",
    "daily_budget",
    "lifetime_budget",
    "start_date",
    "end_date",
    "campaign_naming",
    "ads_naming",
    "product_catalog_id",
    "spend_cap",
    "special_ad_category",
];
/// Update a specific Ad Set, plus `daily_budget` (see the README).
const AD_SET_FIELDS: &[&str] = &[
    "bid",
    "status",
    "name",
    "audience",
    "target",
    "sync",
    "adset_billing_event",
    "adset_optimization_goal",
    "adset_attribution_window_days",
    "adset_bid_strategy",
    "optimization_sub_event",
    "promoted_object",
    "dynamic_product_mode",
    "daily_budget",
];

/// A create, with the failures a test asked for (see [`crate::Faults`]).
pub(super) fn create_with_faults(ctx: &Ctx, key: &str) -> Reply {
    let lost = || message(StatusCode::INTERNAL_SERVER_ERROR, "Internal error");
    {
        let mut f = ctx.shared.faults();
        if f.fail_next_creates > 0 {
            f.fail_next_creates -= 1;
            return lost();
        }
        if let Some((field, msg)) = f.refuse_next_create.take() {
            return form::error(CREATE_FIELDS, vec![(field, msg)]);
        }
    }
    let out = create_campaign(ctx, key);
    let mut f = ctx.shared.faults();
    if out.0 == StatusCode::CREATED && f.lose_next_creates > 0 {
        f.lose_next_creates -= 1;
        return lost();
    }
    out
}

fn create_campaign(ctx: &Ctx, key: &str) -> Reply {
    // Who may write comes before what is written: 403/404 before a 400.
    let (plan_id, account) = {
        let st = ctx.shared.store();
        let p = tri!(plan(&st, ctx, key));
        (p.id, p.account_id)
    };
    let f = tri!(form::parse(ctx, false));
    let mut ck = Check::new(&f, CREATE_FIELDS);
    let name = ck.required("name").map(str::to_string);
    let status = ck.required("status");
    let status = ck
        .choice("status", status, &["play", "pause"])
        .map(str::to_string);
    let objective = ck.required("objective");
    let objective = ck
        .choice("objective", objective, OBJECTIVES)
        .map(str::to_string);
    let bt = ck.required("budget_type");
    let mut budget_type = ck
        .choice("budget_type", bt, &["daily", "lifetime"])
        .map(str::to_string);
    let mut daily = ck.positive("daily_budget");
    let mut lifetime = ck.positive("lifetime_budget");
    if budget_type.as_deref() == Some("daily") && f.get("daily_budget").is_none() {
        ck.fail("daily_budget", "This value should not be blank.");
    }
    if budget_type.as_deref() == Some("lifetime") && f.get("lifetime_budget").is_none() {
        ck.fail("lifetime_budget", "This value should not be blank.");
    }
    let start = ck.required("start_date").and(ck.timestamp("start_date"));
    let end = ck.timestamp("end_date");
    if let (Some(s), Some(e)) = (start, end) {
        if e <= s {
            ck.fail("end_date", "The end date should be after the start date.");
        }
    }
    let rf = ck.required("useReachAndFrequency");
    ck.choice("useReachAndFrequency", rf, &["true", "false"]);
    ck.choice("sync", f.get("sync"), &["true", "false"]);
    let cat = ck.choice(
        "special_ad_category",
        f.get("special_ad_category"),
        CATEGORIES,
    );
    let cat = cat.unwrap_or("none").to_string();
    ck.choice("pixel_event", f.get("pixel_event"), PIXEL_EVENTS);
    if objective.as_deref() == Some("website_conv") {
        ck.required("pixel_external_id");
        ck.required("pixel_event");
    }
    if objective.as_deref() == Some("product_catalog_sales") {
        ck.required("business_manager_id");
        ck.required("product_catalog_id");
    }
    tri!(ck.done(CREATE_FIELDS));
    let mut st = ctx.shared.store();
    // "the campaign must be at least 24h long or more. If it's not the case, lifetime will be used"
    if let (Some("daily"), Some(s), Some(e)) = (budget_type.as_deref(), start, end) {
        if e - s < 86_400 {
            budget_type = Some("lifetime".into());
            lifetime = daily.take();
        }
    }
    let id = st.next_id();
    let c = Campaign {
        id,
        plan: plan_id,
        name: name.unwrap_or_default(),
        status: status.unwrap_or_default(),
        objective: objective.unwrap_or_default(),
        budget_type: budget_type.unwrap_or_default(),
        daily_budget: daily,
        lifetime_budget: lifetime,
        start: start.unwrap_or_default(),
        end,
        special_ad_category: cat,
    };
    let body = c.json(account);
    st.campaigns.insert(id, c);
    (StatusCode::CREATED, body)
}

pub(super) fn update_campaign(ctx: &Ctx, key: &str, cid: &str) -> Reply {
    let mut st = ctx.shared.store();
    let (plan_id, account, current) = {
        let p = tri!(plan(&st, ctx, key));
        let c = tri!(campaign(&st, p, cid));
        (p.id, p.account_id, c.clone())
    };
    let f = tri!(form::parse(ctx, false));
    let mut ck = Check::new(&f, UPDATE_FIELDS);
    if f.get("name").is_some() {
        ck.required("name");
    }
    let daily = ck.positive("daily_budget");
    let lifetime = ck.positive("lifetime_budget");
    if f.get("daily_budget").is_some() && current.budget_type != "daily" {
        ck.fail(
            "daily_budget",
            "Only for a campaign whose budget_type is daily.",
        );
    }
    if f.get("lifetime_budget").is_some() && current.budget_type != "lifetime" {
        ck.fail(
            "lifetime_budget",
            "Only for a campaign whose budget_type is lifetime.",
        );
    }
    let start = ck.timestamp("start_date").unwrap_or(current.start);
    let end = ck.timestamp("end_date").or(current.end);
    if end.is_some_and(|e| e <= start) {
        ck.fail("end_date", "The end date should be after the start date.");
    }
    let cat = ck.choice(
        "special_ad_category",
        f.get("special_ad_category"),
        CATEGORIES,
    );
    tri!(ck.done(UPDATE_FIELDS));
    let c = st
        .campaigns
        .get_mut(&current.id)
        .filter(|c| c.plan == plan_id);
    let Some(c) = c else { return not_found() };
    if let Some(n) = f.get("name") {
        c.name = n.to_string();
    }
    c.daily_budget = daily.or(c.daily_budget);
    c.lifetime_budget = lifetime.or(c.lifetime_budget);
    c.start = start;
    c.end = end;
    if let Some(cat) = cat {
        c.special_ad_category = cat.to_string();
    }
    (StatusCode::OK, c.json(account))
}

pub(super) fn edit_ad_set(ctx: &Ctx, key: &str, cid: &str, sid: &str) -> Reply {
    let mut st = ctx.shared.store();
    let set = {
        let p = tri!(plan(&st, ctx, key));
        let camp = tri!(campaign(&st, p, cid)).id;
        let found = sid.parse::<u64>().ok().and_then(|s| st.ad_sets.get(&s));
        match found.filter(|s| s.campaign == camp) {
            Some(s) => s.id,
            None => return not_found(),
        }
    };
    let f = tri!(form::parse(ctx, false));
    let mut ck = Check::new(&f, AD_SET_FIELDS);
    let bid = ck.positive("bid");
    let daily = ck.positive("daily_budget");
    let status = ck
        .choice("status", f.get("status"), &["play", "pause"])
        .map(str::to_string);
    if f.get("name").is_some() {
        ck.required("name");
    }
    tri!(ck.done(AD_SET_FIELDS));
    let Some(s) = st.ad_sets.get_mut(&set) else {
        return not_found();
    };
    s.bid = bid.unwrap_or(s.bid);
    s.daily_budget = daily.unwrap_or(s.daily_budget);
    if let Some(status) = status {
        s.status = status;
    }
    if let Some(n) = f.get("name") {
        s.name = n.to_string();
    }
    (StatusCode::OK, json!([s.json()]))
}

/// 200 with the resource after the change, or 202 with it unchanged when it already was so.
pub(super) fn perform_campaign(ctx: &Ctx, key: &str, cid: &str, action: &str) -> Reply {
    if !matches!(action, "play" | "pause") {
        return message(StatusCode::BAD_REQUEST, "Action must be play or pause");
    }
    let mut st = ctx.shared.store();
    let (account, id) = {
        let p = tri!(plan(&st, ctx, key));
        (p.account_id, tri!(campaign(&st, p, cid)).id)
    };
    let Some(c) = st.campaigns.get_mut(&id) else {
        return not_found();
    };
    if c.status == action {
        return (StatusCode::ACCEPTED, c.json(account));
    }
    c.status = action.to_string();
    (StatusCode::OK, c.json(account))
}

/// play, pause, bid-update (`bid`), custom-text-update and custom-value-update (`value`).
pub(super) fn perform_ad(ctx: &Ctx, key: &str, cid: &str, aid: &str, action: &str) -> Reply {
    let mut st = ctx.shared.store();
    let camp = {
        let p = tri!(plan(&st, ctx, key));
        tri!(campaign(&st, p, cid)).id
    };
    let found = aid.parse::<u64>().ok().and_then(|a| st.ads.get_mut(&a));
    let Some(ad) = found.filter(|a| a.campaign == camp) else {
        return not_found();
    };
    let f = tri!(form::parse(ctx, true));
    match action {
        "play" | "pause" if ad.status == action => return (StatusCode::ACCEPTED, ad.json()),
        "play" | "pause" => ad.status = action.to_string(),
        "bid-update" => {
            let mut ck = Check::new(&f, &["bid"]);
            let bid = ck.required("bid").and(ck.positive("bid"));
            tri!(ck.done(&["bid"]));
            ad.bid = bid.unwrap_or(ad.bid);
        }
        "custom-text-update" | "custom-value-update" => {
            let mut ck = Check::new(&f, &["value"]);
            ck.required("value");
            tri!(ck.done(&["value"]));
        }
        _ => return message(StatusCode::BAD_REQUEST, "Unknown action"),
    }
    (StatusCode::OK, ad.json())
}
