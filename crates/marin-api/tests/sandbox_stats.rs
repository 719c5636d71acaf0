//! Statistics from the simulator over real HTTP: day, month and period aggregates of the same
//! range add up (counts and money exactly, rates recomputed from the sums), each level is the
//! sum of the level below, and a seed always gives the same numbers.

mod common;

use common::client_with;
use marin_api::stats::{Aggregate, Level, StatsOf, StatsQuery, StatsRow};
use marin_api::*;
use marin_sandbox::{Sandbox, SandboxConfig, DEFAULT_TODAY, DEMO_TOKEN};

const DAY: i64 = 86_400;

#[derive(Debug, Default, PartialEq)]
struct Sum {
    impression: u64,
    click: u64,
    spent: Decimal,
    link_click: u64,
}

fn sum(rows: &[StatsRow]) -> Sum {
    let mut s = Sum::default();
    for r in rows {
        s.impression += r.impression;
        s.click += r.click;
        s.spent += r.spent;
        s.link_click += r.metric("link_click").map_or(0, |m| m.number);
    }
    s
}

async fn start(seed: u64) -> (Sandbox, Client) {
    let sb = Sandbox::start(SandboxConfig {
        seed,
        ..SandboxConfig::default()
    })
    .await
    .expect("starts");
    let c = client_with(&sb.url(), DEMO_TOKEN);
    (sb, c)
}

#[tokio::test]
async fn day_month_and_period_add_up_at_every_level() {
    let (sb, c) = start(42).await;
    let plan = sb.plan_ids(0)[0].clone();
    let camp = c.all_campaigns(&plan).await.expect("campaigns")[1]
        .id
        .clone();
    let set = c.all_ad_sets(&plan, &camp).await.expect("sets")[0]
        .id
        .clone();
    let ad = c.all_ad_set_ads(&plan, &camp, &set).await.expect("ads")[0]
        .id
        .clone();
    let (start, end) = (DEFAULT_TODAY - 150 * DAY, DEFAULT_TODAY);
    let targets = [
        StatsOf::MediaPlan { plan: plan.clone() },
        StatsOf::Campaign {
            plan: plan.clone(),
            campaign: camp.clone(),
        },
        StatsOf::AdSet {
            plan: plan.clone(),
            campaign: camp.clone(),
            ad_set: set.clone(),
        },
        StatsOf::Ad {
            plan: plan.clone(),
            campaign: camp.clone(),
            ad: ad.clone(),
        },
    ];
    for of in &targets {
        let days = c
            .all_statistics(of, &StatsQuery::between(Aggregate::Day, start, end))
            .await
            .expect("days");
        let months = c
            .all_statistics(of, &StatsQuery::between(Aggregate::Month, start, end))
            .await
            .expect("months");
        let period = c
            .all_statistics(of, &StatsQuery::between(Aggregate::Period, start, end))
            .await
            .expect("period");
        assert_eq!(
            days.len(),
            151,
            "{of:?}: a row a day, over two pages of 100"
        );
        assert!(days[0].date.as_deref().is_some_and(|d| d.len() == 10));
        assert!((5..=7).contains(&months.len()), "{of:?}: {}", months.len());
        assert_eq!(period.len(), 1);
        let total = sum(&period);
        assert!(
            total.impression > 0 && total.spent > Decimal::ZERO,
            "{of:?}"
        );
        assert_eq!(sum(&days), total, "{of:?}: days");
        assert_eq!(sum(&months), total, "{of:?}: months");
        let p = &period[0];
        let want_cpc = (p.spent / Decimal::from(p.click)).round_dp(2);
        assert_eq!(p.cpc, want_cpc, "{of:?}: cpc from the sums");
        let want_ctr =
            (Decimal::from(p.click) * Decimal::from(100) / Decimal::from(p.impression)).round_dp(2);
        assert_eq!(p.ctr, want_ctr);
    }
    // Each level sums the one below it.
    let period = StatsQuery::between(Aggregate::Period, start, end);
    let plan_total = sum(&c.all_statistics(&targets[0], &period).await.expect("plan"));
    let by_campaign = c
        .all_statistics(&targets[0], &period.level(Level::Campaign))
        .await
        .expect("by campaign");
    assert_eq!(by_campaign.len(), 7);
    assert_eq!(sum(&by_campaign), plan_total);
    let camp_total = sum(&c
        .all_statistics(&targets[1], &period)
        .await
        .expect("campaign"));
    let by_ad = c
        .all_statistics(&targets[1], &period.level(Level::Ad))
        .await
        .expect("by ad");
    assert_eq!(by_ad.len(), 4);
    assert_eq!(sum(&by_ad), camp_total);
    let by_set = c
        .all_statistics(&targets[1], &period.level(Level::AdSet))
        .await
        .expect("by set");
    assert_eq!(sum(&by_set), camp_total);
    let set_row = by_set
        .iter()
        .find(|r| r.id.as_deref() == Some(set.as_str()))
        .expect("the set");
    let set_total = sum(&c.all_statistics(&targets[2], &period).await.expect("set"));
    assert_eq!(sum(std::slice::from_ref(set_row)), set_total);
    // The lifetime row is the same as the explicit range that covers the whole life.
    let lifetime = c
        .all_statistics(&targets[1], &StatsQuery::lifetime())
        .await
        .expect("lifetime");
    assert_eq!(sum(&lifetime), camp_total);
}

#[tokio::test]
async fn the_same_seed_gives_the_same_statistics() {
    let (sb1, c1) = start(7).await;
    let (_sb2, c2) = start(7).await;
    let (_sb3, c3) = start(8).await;
    let plan = sb1.plan_ids(0)[0].clone();
    let of = StatsOf::MediaPlan { plan };
    let q = StatsQuery::between(Aggregate::Day, DEFAULT_TODAY - 30 * DAY, DEFAULT_TODAY);
    let a = c1.all_statistics(&of, &q).await.expect("a");
    let b = c2.all_statistics(&of, &q).await.expect("b");
    let other = c3.all_statistics(&of, &q).await.expect("other seed");
    assert_eq!(a, b);
    assert_ne!(sum(&a), sum(&other));
}
