//! `target_search`: a small catalogue of interests and locations, with the reference's own
//! examples among them, searched by case-insensitive substring of the name.

use serde_json::{json, Value};

/// At most this many results (the reference shows four; it states no limit).
pub const MAX_RESULTS: usize = 25;

/// (key, name, category, type)
const INTERESTS: &[(&str, &str, &str, &str)] = &[
    ("6003221189867", "Swimming pool", "interests", "interests"),
    (
        "141750626068",
        "USA Swimming",
        "demographic",
        "work_employer",
    ),
    (
        "359129637615491",
        "Swimming Instructor",
        "demographic",
        "schools",
    ),
    ("773673316042450", "Swimming Coach", "demographic", "major"),
    ("6003020834693", "Music", "interests", "interests"),
    ("6003107902433", "Hip hop music", "interests", "interests"),
    (
        "6003225556345",
        "Electronic music",
        "interests",
        "interests",
    ),
    ("6003582500438", "Indie rock", "interests", "interests"),
    ("6003236036497", "Jazz", "interests", "interests"),
    ("6003348604581", "Concerts", "interests", "interests"),
    ("6003139266461", "Music festivals", "interests", "interests"),
    ("6002985584323", "Spotify", "interests", "interests"),
    ("6003384248805", "Vinyl records", "interests", "interests"),
    ("6003277229526", "K-pop", "interests", "interests"),
];

/// (key, name, type, country_code, country_name, region, region_id)
type Loc = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<u64>,
);
const LOCATIONS: &[Loc] = &[
    (
        "3875",
        "New York (United States)",
        "region",
        "US",
        "United States",
        None,
        None,
    ),
    (
        "DMA:501",
        "New York (DMA)",
        "geo_market",
        "US",
        "United States",
        None,
        None,
    ),
    (
        "2490299",
        "New York",
        "city",
        "US",
        "United States",
        Some("New York"),
        Some(3875),
    ),
    (
        "US",
        "United States",
        "country",
        "US",
        "United States",
        None,
        None,
    ),
    ("FR", "France", "country", "FR", "France", None, None),
    (
        "1083",
        "Île-de-France (France)",
        "region",
        "FR",
        "France",
        None,
        None,
    ),
    (
        "2419532",
        "Paris",
        "city",
        "FR",
        "France",
        Some("Île-de-France"),
        Some(1083),
    ),
    (
        "3847",
        "California (United States)",
        "region",
        "US",
        "United States",
        None,
        None,
    ),
    (
        "2420379",
        "Los Angeles",
        "city",
        "US",
        "United States",
        Some("California"),
        Some(3847),
    ),
    (
        "2421836",
        "San Francisco",
        "city",
        "US",
        "United States",
        Some("California"),
        Some(3847),
    ),
    (
        "GB",
        "United Kingdom",
        "country",
        "GB",
        "United Kingdom",
        None,
        None,
    ),
    (
        "2263523",
        "London",
        "city",
        "GB",
        "United Kingdom",
        Some("England"),
        Some(4079),
    ),
];

pub fn interests(q: &str) -> Vec<Value> {
    let q = q.to_lowercase();
    INTERESTS
        .iter()
        .filter(|i| i.1.to_lowercase().contains(&q))
        .take(MAX_RESULTS)
        .map(|(key, name, category, kind)| json!({"key": key, "name": name, "category": category, "type": kind}))
        .collect()
}

pub fn locations(q: &str) -> Vec<Value> {
    let q = q.to_lowercase();
    LOCATIONS
        .iter()
        .filter(|l| l.1.to_lowercase().contains(&q))
        .take(MAX_RESULTS)
        .map(|(key, name, kind, cc, cn, region, region_id)| {
            let mut v = json!({
                "key": key, "name": name, "type": kind, "country_code": cc, "country_name": cn,
                "supports_region": true, "supports_city": true
            });
            if let (Some(r), Some(id)) = (region, region_id) {
                v["region"] = json!(r);
                v["region_id"] = json!(id);
            }
            v
        })
        .collect()
}
