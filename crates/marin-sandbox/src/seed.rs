//! Demo data, the same for the same seed: per agency, accounts, media plans, campaigns (each
//! with two ad sets of two ads), started between 20 and 120 days before `today`.

use crate::rng::Rng;
use crate::store::*;
use rust_decimal::Decimal;

const DAY: i64 = 86_400;
const ARTISTS: &[&str] = &[
    "Skrlth",
    "Nova Reyes",
    "The Lanterns",
    "Mira K",
    "Oskar Blue",
    "Lumen",
    "Vela",
    "Juno Park",
    "Dust & Dawn",
    "Ari Sol",
];
const GOALS: &[&str] = &["post_engagement", "link_clicks", "video_views", "reach"];

/// How much each agency gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub accounts: usize,
    pub plans: usize,
    pub campaigns_per_plan: usize,
}

pub fn agency(st: &mut Store, rng_seed: u64, agency: usize, shape: Shape, today: i64) {
    let mut rng = Rng::derive(rng_seed, &[agency as u64]);
    let mut accounts = Vec::new();
    for a in 0..shape.accounts.max(1) {
        let id = st.next_id();
        let (currency, tz, country) = [
            ("EUR", "Europe/Paris", "FR"),
            ("USD", "America/New_York", "US"),
        ][a % 2];
        st.accounts.insert(
            id,
            Account {
                id,
                agency,
                name: format!("Agency {agency} account {}", a + 1),
                network_id: format!("{}", 123_456_789_000 + rng.between(0, 999_999)),
                currency: currency.into(),
                timezone: tz.into(),
                country: country.into(),
            },
        );
        accounts.push(id);
    }
    for p in 0..shape.plans {
        let id = st.next_id();
        let artist = ARTISTS[rng.between(0, ARTISTS.len() as u64 - 1) as usize];
        st.plans.insert(
            id,
            Plan {
                id,
                agency,
                account_id: accounts[p % accounts.len()],
                name: format!("{artist} — plan {}", p + 1),
                io_number: format!("IO-{agency}-{}", p + 1),
                objective: "fan_acq".into(),
            },
        );
        for c in 0..shape.campaigns_per_plan {
            campaign(st, &mut rng, id, c, today);
        }
    }
}

fn campaign(st: &mut Store, rng: &mut Rng, plan: u64, n: usize, today: i64) {
    let id = st.next_id();
    let start_day = today / DAY - rng.between(20, 120) as i64;
    let daily = Decimal::from(rng.between(10, 80));
    st.campaigns.insert(
        id,
        Campaign {
            id,
            plan,
            name: format!("campaign {}", n + 1),
            status: if n.is_multiple_of(3) { "pause" } else { "play" }.into(),
            objective: "eng".into(),
            budget_type: "daily".into(),
            daily_budget: Some(daily),
            lifetime_budget: None,
            start: start_day * DAY + 11 * 3600,
            end: None,
            special_ad_category: "none".into(),
        },
    );
    for s in 0..2 {
        let sid = st.next_id();
        st.ad_sets.insert(
            sid,
            AdSet {
                id: sid,
                campaign: id,
                name: format!("ad-set-{}-{}", n + 1, s + 1),
                status: "play".into(),
                daily_budget: daily / Decimal::from(2),
                bid: Decimal::new(rng.between(50, 250) as i64, 2),
                optimization_goal: GOALS[rng.between(0, GOALS.len() as u64 - 1) as usize].into(),
            },
        );
        for a in 0..2 {
            let aid = st.next_id();
            st.ads.insert(
                aid,
                Ad {
                    id: aid,
                    ad_set: sid,
                    campaign: id,
                    name: format!("ad name {}-{}-{}", n + 1, s + 1, a + 1),
                    status: if a == 1 { "pause" } else { "play" }.into(),
                    bid: Decimal::new(rng.between(1, 9) as i64, 2),
                },
            );
        }
    }
}
