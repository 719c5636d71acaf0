//! The Graph nodes and edges the sandbox serves: `me`, `me/permissions`, `act_<id>`,
//! `act_<id>/campaigns` (GET list, POST create), `<campaign_id>` (GET, POST update, DELETE)
//! and `<campaign_id>/insights`.

use crate::graph::{cursor, from_cursor, GraphError};
use crate::insights;
use crate::routes::Req;
use crate::store::{CampaignRec, CAMPAIGN_FIELDS};
use crate::{validate, Shared};
use axum::http::Method;
use chrono::{Duration, NaiveDate};
use serde_json::{json, Map, Value};

const ACCOUNT_FIELDS: &[&str] = &[
    "id",
    "account_id",
    "name",
    "currency",
    "timezone_name",
    "account_status",
];
const INSIGHT_FIELDS: &[&str] = &[
    "spend",
    "impressions",
    "reach",
    "clicks",
    "cpc",
    "cpm",
    "ctr",
    "actions",
    "date_start",
    "date_stop",
];

fn fields<'a>(
    r: &'a Req,
    known: &[&str],
    node_type: &str,
    default: &[&'a str],
) -> Result<Vec<&'a str>, GraphError> {
    let Some(raw) = r.params.get("fields") else {
        return Ok(default.to_vec());
    };
    let list: Vec<&str> = raw
        .split(',')
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    match list.iter().find(|f| !known.contains(f)) {
        Some(bad) => Err(GraphError::new(
            100,
            format!("(#100) Tried accessing nonexisting field ({bad}) on node type ({node_type})"),
        )),
        None => Ok(list),
    }
}

fn may_write(r: &Req) -> Result<(), GraphError> {
    if r.permissions.iter().any(|p| p == "ads_management") {
        Ok(())
    } else {
        Err(GraphError::new(294, "Managing advertisements requires an access token with the extended permission for ads_management"))
    }
}

fn may_read(r: &Req) -> Result<(), GraphError> {
    if r.permissions
        .iter()
        .any(|p| p == "ads_management" || p == "ads_read")
    {
        Ok(())
    } else {
        Err(GraphError::new(
            200,
            "(#200) Requires ads_read or ads_management permission",
        ))
    }
}

pub fn route(s: &Shared, r: &Req) -> Result<Value, GraphError> {
    match (&r.method, r.node, r.edge) {
        (&Method::GET, "me", None) => Ok(json!({"id": "10000000000001", "name": "Sandbox System User"})),
        (&Method::GET, "me", Some("permissions")) => Ok(json!({
            "data": r.permissions.iter().map(|p| json!({"permission": p, "status": "granted"})).collect::<Vec<_>>()
        })),
        (m, node, Some("campaigns")) if node.starts_with("act_") => {
            let acc = node.trim_start_matches("act_");
            let currency = s.store().accounts.get(acc).map(|a| a.currency.clone()).ok_or_else(|| GraphError::no_node(node))?;
            match *m {
                Method::GET => list(s, r, acc, &currency),
                Method::POST => create(s, r, acc, &currency),
                _ => Err(GraphError::no_node(node)),
            }
        }
        (&Method::POST, _, Some("campaigns")) => Err(GraphError::new(275, "Cannot determine the target object for this request. Currently supported objects include ad account, business account and associated objects.")),
        (&Method::GET, node, None) if node.starts_with("act_") => account(s, r, node),
        (m, node, edge) => {
            let id = node.parse::<u64>().map_err(|_| GraphError::no_node(node))?;
            let (c, currency) = campaign(s, id).ok_or_else(|| GraphError::no_node(node))?;
            match (m.clone(), edge) {
                (Method::GET, None) => {
                    may_read(r)?;
                    let f = fields(r, CAMPAIGN_FIELDS, "Campaign", &["id", "name"])?;
                    let spent = insights::spent(&c, &currency, s.config.seed, s.clock.now());
                    Ok(c.render(&f, s.clock.now(), spent))
                }
                (Method::POST, None) => update(s, r, &c, &currency),
                (Method::DELETE, None) => {
                    may_write(r)?;
                    if let Some(rec) = s.store().campaigns.get_mut(&id) {
                        rec.status = "DELETED".into();
                        rec.updated = s.clock.now();
                    }
                    Ok(json!({"success": true}))
                }
                (Method::GET, Some("insights")) => insights_edge(s, r, &c, &currency),
                _ => Err(GraphError::no_node(node)),
            }
        }
    }
}

fn campaign(s: &Shared, id: u64) -> Option<(CampaignRec, String)> {
    let st = s.store();
    let c = st.campaigns.get(&id)?.clone();
    let currency = st.accounts.get(&c.account)?.currency.clone();
    Some((c, currency))
}

fn account(s: &Shared, r: &Req, node: &str) -> Result<Value, GraphError> {
    may_read(r)?;
    let acc = s
        .store()
        .accounts
        .get(node.trim_start_matches("act_"))
        .cloned()
        .ok_or_else(|| GraphError::no_node(node))?;
    let f = fields(r, ACCOUNT_FIELDS, "AdAccount", &["id"])?;
    let mut m = Map::new();
    for k in f.iter().chain(std::iter::once(&"id")) {
        let v = match *k {
            "id" => json!(format!("act_{}", acc.id)),
            "account_id" => json!(acc.id),
            "name" => json!(acc.name),
            "currency" => json!(acc.currency),
            "timezone_name" => json!(acc.timezone_name),
            _ => json!(acc.account_status),
        };
        m.insert(k.to_string(), v);
    }
    Ok(Value::Object(m))
}

fn limit(r: &Req, default: usize) -> Result<usize, GraphError> {
    match r.params.get("limit") {
        None => Ok(default),
        Some(l) => l
            .parse::<usize>()
            .map(|l| l.clamp(1, 100))
            .map_err(|_| GraphError::param("limit", "param limit must be a positive integer")),
    }
}

/// `{data, paging}` for one page of `items` (already filtered), after the `after` cursor.
fn page(r: &Req, path: &str, items: Vec<(u64, Value)>, size: usize) -> Result<Value, GraphError> {
    let start = match r.params.get("after") {
        None => 0,
        Some(a) => {
            let pos = from_cursor(a).ok_or_else(|| GraphError::param("after", "Invalid cursor"))?;
            items
                .iter()
                .position(|(k, _)| *k == pos)
                .map_or(items.len(), |i| i + 1)
        }
    };
    let rest: Vec<(u64, Value)> = items.into_iter().skip(start).collect();
    let more = rest.len() > size;
    let shown: Vec<(u64, Value)> = rest.into_iter().take(size).collect();
    let (Some(first), Some(last)) = (shown.first().map(|x| x.0), shown.last().map(|x| x.0)) else {
        return Ok(json!({"data": []}));
    };
    let mut paging = json!({"cursors": {"before": cursor(first), "after": cursor(last)}});
    if more {
        // Graph's links carry the token: clients must keep them out of logs.
        let mut q: Vec<String> = r
            .params
            .iter()
            .filter(|(k, _)| *k != "after")
            .map(|(k, v)| format!("{k}={}", enc(v)))
            .collect();
        q.push(format!("access_token={}", enc(&r.token)));
        q.push(format!("after={}", cursor(last)));
        paging["next"] = json!(format!("{}/{path}?{}", r.base, q.join("&")));
    }
    Ok(json!({"data": shown.into_iter().map(|x| x.1).collect::<Vec<_>>(), "paging": paging}))
}

fn enc(v: &str) -> String {
    v.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn list(s: &Shared, r: &Req, acc: &str, currency: &str) -> Result<Value, GraphError> {
    may_read(r)?;
    let f = fields(r, CAMPAIGN_FIELDS, "Campaign", &["id"])?;
    let wanted: Option<Vec<String>> = match r.params.get("effective_status") {
        None => None,
        Some(raw) => Some(serde_json::from_str(raw).map_err(|_| {
            GraphError::param(
                "effective_status",
                "param effective_status must be an array",
            )
        })?),
    };
    let now = s.clock.now();
    let all: Vec<CampaignRec> = s.store().of_account(acc).into_iter().cloned().collect();
    let items = all
        .iter()
        .filter(|c| {
            let e = c.effective_status(now);
            match &wanted {
                Some(w) => w.iter().any(|x| x == e),
                // Graph leaves out deleted and archived objects unless asked for them.
                None => e != "DELETED" && e != "ARCHIVED",
            }
        })
        .map(|c| {
            (
                c.id,
                c.render(&f, now, insights::spent(c, currency, s.config.seed, now)),
            )
        })
        .collect();
    page(
        r,
        &format!("act_{acc}/campaigns"),
        items,
        limit(r, s.config.page_size)?,
    )
}

fn create(s: &Shared, r: &Req, acc: &str, currency: &str) -> Result<Value, GraphError> {
    may_write(r)?;
    let c = validate::create(&r.params, currency, insights::offset(currency))?;
    if r.params
        .get("execution_options")
        .is_some_and(|o| o.contains("validate_only"))
    {
        return Ok(json!({"success": true}));
    }
    let now = s.clock.now();
    let mut st = s.store();
    let id = st.next_id();
    let active = c.status == "ACTIVE";
    st.campaigns.insert(
        id,
        CampaignRec {
            id,
            account: acc.to_string(),
            name: c.name,
            objective: c.objective,
            status: c.status,
            daily_budget: c.daily_budget,
            lifetime_budget: c.lifetime_budget,
            spend_cap: c.spend_cap,
            bid_strategy: c.bid_strategy.or_else(|| {
                (c.daily_budget.or(c.lifetime_budget))
                    .map(|_| "LOWEST_COST_WITH_BID_CAP".to_string())
            }),
            buying_type: c.buying_type,
            special_ad_categories: c.categories,
            created: now,
            updated: now,
            start_time: None,
            stop_time: None,
            issues_info: vec![],
            recommendations: vec![],
            processing_until: active.then(|| now + s.config.in_process),
            delivered_until: None,
        },
    );
    Ok(json!({"id": id.to_string(), "success": true}))
}

fn update(s: &Shared, r: &Req, c: &CampaignRec, currency: &str) -> Result<Value, GraphError> {
    may_write(r)?;
    let mut n = validate::update(c, &r.params, currency, insights::offset(currency))?;
    let now = s.clock.now();
    let only_cap = r.params.keys().all(|k| k == "spend_cap");
    if !only_cap {
        // "If you update spend_cap, this will not automatically update this field."
        n.updated = now;
    }
    let changed_delivery = n.status != c.status
        || n.daily_budget != c.daily_budget
        || n.lifetime_budget != c.lifetime_budget;
    if n.status == "ACTIVE" && changed_delivery {
        n.processing_until = Some(now + s.config.in_process);
    }
    s.store().campaigns.insert(n.id, n);
    Ok(json!({"success": true}))
}

fn insights_edge(
    s: &Shared,
    r: &Req,
    c: &CampaignRec,
    currency: &str,
) -> Result<Value, GraphError> {
    may_read(r)?;
    let f = fields(
        r,
        INSIGHT_FIELDS,
        "AdsInsights",
        &["spend", "impressions", "date_start", "date_stop"],
    )?;
    let today = s.clock.now().date_naive();
    // "Note if time range is invalid, it will be ignored": then the last 30 days.
    let range = r
        .params
        .get("time_range")
        .and_then(|t| serde_json::from_str::<Value>(t).ok())
        .and_then(|v| {
            let d = |k: &str| v.get(k)?.as_str()?.parse::<NaiveDate>().ok();
            Some((d("since")?, d("until")?)).filter(|(a, b)| a <= b)
        });
    let (since, until) = range.unwrap_or((today - Duration::days(29), today));
    let rows = insights::rows(c, currency, s.config.seed, since, until);
    let keep = |row: Value| -> Value {
        let mut m = Map::new();
        for k in f.iter().chain(["date_start", "date_stop"].iter()) {
            if let Some(v) = row.get(*k) {
                m.insert(k.to_string(), v.clone());
            }
        }
        Value::Object(m)
    };
    let daily = r.params.get("time_increment").map(String::as_str) == Some("1");
    let items: Vec<(u64, Value)> = if daily {
        rows.into_iter()
            .enumerate()
            .map(|(i, row)| (i as u64 + 1, keep(row)))
            .collect()
    } else {
        let total = |k: &str| {
            rows.iter()
                .filter_map(|x| x[k].as_str()?.parse::<rust_decimal::Decimal>().ok())
                .sum::<rust_decimal::Decimal>()
        };
        let row = json!({"spend": total("spend").to_string(), "impressions": total("impressions").to_string(),
            "clicks": total("clicks").to_string(), "date_start": since.to_string(), "date_stop": until.to_string()});
        if rows.is_empty() {
            vec![]
        } else {
            vec![(1, keep(row))]
        }
    };
    page(
        r,
        &format!("{}/insights", c.id),
        items,
        limit(r, s.config.page_size)?,
    )
}
