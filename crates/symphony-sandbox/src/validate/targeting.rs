//! Targeting: markets with their budget shares, audiences, demographics.

use super::budget::exact_number;
use super::{non_empty_str, Problems, GENDERS, MAX_MARKETS};
use crate::money::Decimal;
use serde_json::Value;

/// Markets (`metadata.targeting_countries`, shares adding up to 1), audiences and demographics.
/// Returns each market's name, exact budget share and locations.
pub(super) fn check_targeting(p: &mut Problems, m: &Value) -> Vec<(String, Decimal, Vec<Value>)> {
    let mut markets = Vec::new();
    if let Some(tc) = m.get("targeting_countries") {
        match tc.as_array() {
            None => p.add("metadata.targeting_countries", "must be a list of markets"),
            Some(list) if list.is_empty() => {
                p.add("metadata.targeting_countries", "needs at least one market")
            }
            Some(list) if list.len() > MAX_MARKETS => p.add(
                "metadata.targeting_countries",
                format!(
                    "has {} markets; at most {MAX_MARKETS} are allowed",
                    list.len()
                ),
            ),
            Some(list) => {
                let mut sum = Decimal::ZERO;
                for (i, mk) in list.iter().enumerate() {
                    let f = format!("metadata.targeting_countries[{i}]");
                    let name = non_empty_str(mk.get("name"));
                    if name.is_none() {
                        p.add(format!("{f}.name"), "is required");
                    }
                    let share = exact_number(mk.get("budget"));
                    match share {
                        Some(b) if b > Decimal::ZERO && b <= Decimal::ONE => sum += b,
                        _ => p.add(
                            format!("{f}.budget"),
                            "must be a fraction above 0 and at most 1",
                        ),
                    }
                    let locs = mk.get("locations").and_then(Value::as_array);
                    match locs {
                        Some(l) if !l.is_empty() => {
                            for (j, loc) in l.iter().enumerate() {
                                // The documented location: "value", "label" and "type",
                                // strings provided by Meta.
                                let named = ["value", "label", "type"]
                                    .iter()
                                    .all(|k| non_empty_str(loc.get(*k)).is_some());
                                if !named {
                                    p.add(
                                        format!("{f}.locations[{j}]"),
                                        "needs value, label and type",
                                    );
                                }
                            }
                        }
                        _ => p.add(format!("{f}.locations"), "needs at least one location"),
                    }
                    markets.push((
                        name.unwrap_or("Market").to_string(),
                        share.unwrap_or(Decimal::ZERO),
                        locs.cloned().unwrap_or_default(),
                    ));
                }
                // Shares such as 0.333 three times are accepted: a thousandth is rounding.
                if (sum - Decimal::ONE).abs() > Decimal::new(1, 3) && p.is_empty() {
                    p.add(
                        "metadata.targeting_countries",
                        format!(
                            "market budgets must add up to 1 (100%); they add up to {}",
                            sum.round_dp(3).normalize()
                        ),
                    );
                }
            }
        }
    }
    if let Some(aud) = m.get("targeting_audiences") {
        match aud.as_array() {
            None => p.add("metadata.targeting_audiences", "must be a list"),
            Some(list) => {
                for (i, a) in list.iter().enumerate() {
                    if non_empty_str(a.get("name")).is_none() {
                        p.add(
                            format!("metadata.targeting_audiences[{i}].name"),
                            "is required",
                        );
                    }
                }
            }
        }
    }
    if let Some(demo) = m.get("targeting_demographic") {
        let age = demo.get("age");
        let min = age.and_then(|a| a.get("min")).and_then(Value::as_i64);
        let max = age.and_then(|a| a.get("max")).and_then(Value::as_i64);
        if let Some(a) = age {
            match (min, max) {
                (Some(lo), Some(hi)) => {
                    if lo < 18 {
                        p.add(
                            "metadata.targeting_demographic.age.min",
                            format!("{lo} is below the minimum age of 18"),
                        );
                    }
                    if hi > 65 {
                        p.add(
                            "metadata.targeting_demographic.age.max",
                            format!("{hi} is above the maximum age of 65"),
                        );
                    }
                    if lo > hi {
                        p.add(
                            "metadata.targeting_demographic.age",
                            format!("min ({lo}) must not exceed max ({hi})"),
                        );
                    }
                }
                _ if a.is_object() => p.add(
                    "metadata.targeting_demographic.age",
                    "needs whole-number min and max",
                ),
                _ => p.add("metadata.targeting_demographic.age", "must be { min, max }"),
            }
        }
        if let Some(g) = demo.get("gender") {
            if !g.as_str().map(|g| GENDERS.contains(&g)).unwrap_or(false) {
                p.add(
                    "metadata.targeting_demographic.gender",
                    "must be All, Male or Female",
                );
            }
        }
        if let Some(langs) = demo.get("languages") {
            let ok = langs
                .as_array()
                .map(|l| {
                    l.iter()
                        .all(|x| x.get("key").and_then(Value::as_i64).is_some())
                })
                .unwrap_or(false);
            if !ok {
                p.add(
                    "metadata.targeting_demographic.languages",
                    "must be a list of { key, name } with numeric keys",
                );
            }
        }
    }
    markets
}
