//! Creative links and targeting rules: at most 3 links per kind, public URLs, at most 3
//! markets whose shares add up to exactly 100%, ages 18-65, a known gender.

use super::{is_url, GENDERS, MAX_LINKS, MAX_MARKETS};
use crate::domain::{Problem, ProblemCode as C};
use crate::draft::{CampaignDraft, MediaDraft};
use rust_decimal::Decimal;

pub(super) fn links(p: &mut Vec<Problem>, key: &str, links: &[MediaDraft]) -> usize {
    if links.len() > MAX_LINKS {
        p.push(Problem::new(
            &format!("metadata.{key}"),
            C::TooMany,
            format!("{} links; Symphony takes at most {MAX_LINKS}.", links.len()),
        ));
    }
    for (i, l) in links.iter().enumerate() {
        if !is_url(&l.url) {
            p.push(Problem::new(
                &format!("metadata.{key}[{i}].url"),
                C::Invalid,
                "Use a public http(s) link.",
            ));
        }
        if l.name.trim().is_empty() {
            p.push(Problem::new(
                &format!("metadata.{key}[{i}].name"),
                C::Required,
                "Name this file.",
            ));
        }
        if l.thumbnail
            .as_deref()
            .map(|t| !t.trim().is_empty() && !is_url(t))
            .unwrap_or(false)
        {
            p.push(Problem::new(
                &format!("metadata.{key}[{i}].thumbnail"),
                C::Invalid,
                "Use a public http(s) link for the thumbnail.",
            ));
        }
    }
    links.len()
}

pub(super) fn targeting(p: &mut Vec<Problem>, d: &CampaignDraft) {
    let before = p.len();
    if d.markets.len() > MAX_MARKETS {
        p.push(Problem::new(
            "metadata.targeting_countries",
            C::TooMany,
            format!(
                "{} markets; Symphony takes at most {MAX_MARKETS}.",
                d.markets.len()
            ),
        ));
    }
    let mut sum = Decimal::ZERO;
    for (i, m) in d.markets.iter().enumerate() {
        let f = format!("metadata.targeting_countries[{i}]");
        if m.name.trim().is_empty() {
            p.push(Problem::new(
                &format!("{f}.name"),
                C::Required,
                "Name this market.",
            ));
        }
        if m.share <= Decimal::ZERO || m.share > Decimal::ONE {
            p.push(Problem::new(
                &format!("{f}.budget"),
                C::Invalid,
                "A market's share of the budget is more than 0% and at most 100%.",
            ));
        } else {
            sum += m.share;
        }
        if m.places.is_empty() {
            p.push(Problem::new(
                &format!("{f}.locations"),
                C::Required,
                "Add at least one place to this market.",
            ));
        }
    }
    if !d.markets.is_empty() && p.len() == before && sum != Decimal::ONE {
        p.push(Problem::new(
            "metadata.targeting_countries",
            C::Mismatch,
            format!(
                "The markets' shares add up to {}%, not 100%.",
                (sum * Decimal::from(100)).normalize()
            ),
        ));
    }
    for (i, a) in d.audiences.iter().enumerate() {
        if a.name.trim().is_empty() {
            p.push(Problem::new(
                &format!("metadata.targeting_audiences[{i}].name"),
                C::Required,
                "This audience has no name.",
            ));
        }
    }
    if let Some(demo) = &d.demographics {
        let f = "metadata.targeting_demographic";
        match (demo.age_min, demo.age_max) {
            (Some(lo), Some(hi)) => {
                if lo < 18 {
                    p.push(Problem::new(
                        &format!("{f}.age.min"),
                        C::TooLow,
                        "Ads reach people 18 and older.",
                    ));
                }
                if hi > 65 {
                    p.push(Problem::new(
                        &format!("{f}.age.max"),
                        C::TooHigh,
                        "The oldest age to target is 65 (65+).",
                    ));
                }
                if lo > hi {
                    p.push(Problem::new(
                        &format!("{f}.age"),
                        C::Mismatch,
                        "The youngest age is above the oldest.",
                    ));
                }
            }
            (None, None) => {}
            _ => p.push(Problem::new(
                &format!("{f}.age"),
                C::Required,
                "Give both the youngest and the oldest age.",
            )),
        }
        if let Some(g) = demo
            .gender
            .as_deref()
            .map(str::trim)
            .filter(|g| !g.is_empty())
        {
            if !GENDERS.contains(&g) {
                p.push(Problem::new(
                    &format!("{f}.gender"),
                    C::Invalid,
                    "Choose All, Male or Female.",
                ));
            }
        }
    }
}
