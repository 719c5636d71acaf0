//! Targeting search over bundled data: countries, regions, cities, interests and languages.
//! Ranking: exact name, then prefix, then word prefix, then substring; accents and case ignored.

use serde_json::{json, Value};
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const REGIONS: &str = include_str!("../data/regions.tsv");
const CITIES: &str = include_str!("../data/cities.tsv");
const INTERESTS: &str = include_str!("../data/interests.tsv");
const LANGUAGES: &str = include_str!("../data/languages.tsv");

#[derive(Debug, Clone)]
pub struct Location {
    pub key: String,
    pub name: String,
    pub kind: &'static str,
    pub country_code: String,
    pub region: Option<(String, u64)>,
}

#[derive(Debug, Clone)]
pub struct Interest {
    pub id: String,
    pub name: String,
    pub lower: u64,
    pub upper: u64,
    pub topic: String,
    pub path: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Language {
    pub key: u64,
    pub name: String,
}

pub struct Catalog {
    pub countries: Vec<(String, String)>,
    pub locations: Vec<Location>,
    pub interests: Vec<Interest>,
    pub languages: Vec<Language>,
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let countries: Vec<(String, String)> = rows(COUNTRIES)
            .filter(|r| r.len() >= 2)
            .map(|r| (r[0].to_string(), r[1].to_string()))
            .collect();
        let mut locations: Vec<Location> = countries
            .iter()
            .map(|(code, name)| Location {
                key: code.clone(),
                name: name.clone(),
                kind: "country",
                country_code: code.clone(),
                region: None,
            })
            .collect();
        let regions: Vec<(String, String, String)> = rows(REGIONS)
            .filter(|r| r.len() >= 3)
            .map(|r| (r[0].to_string(), r[1].to_string(), r[2].to_string()))
            .collect();
        for (key, name, cc) in &regions {
            locations.push(Location {
                key: key.clone(),
                name: name.clone(),
                kind: "region",
                country_code: cc.clone(),
                region: None,
            });
        }
        for r in rows(CITIES).filter(|r| r.len() >= 4) {
            let region = regions
                .iter()
                .find(|(k, _, _)| k == r[3])
                .and_then(|(k, n, _)| k.parse().ok().map(|id| (n.clone(), id)));
            locations.push(Location {
                key: r[0].to_string(),
                name: r[1].to_string(),
                kind: "city",
                country_code: r[2].to_string(),
                region,
            });
        }
        let interests = rows(INTERESTS)
            .filter(|r| r.len() >= 6)
            .map(|r| Interest {
                id: r[0].to_string(),
                name: r[1].to_string(),
                lower: r[2].parse().unwrap_or(0),
                upper: r[3].parse().unwrap_or(0),
                topic: r[4].to_string(),
                path: r[5].split('>').map(str::to_string).collect(),
            })
            .collect();
        let languages = rows(LANGUAGES)
            .filter(|r| r.len() >= 2)
            .filter_map(|r| {
                Some(Language {
                    key: r[0].parse().ok()?,
                    name: r[1].to_string(),
                })
            })
            .collect();
        Catalog {
            countries,
            locations,
            interests,
            languages,
        }
    })
}

impl Catalog {
    pub fn country_name(&self, code: &str) -> Option<&str> {
        self.countries
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(|(_, n)| n.as_str())
    }

    fn region_supported(&self, cc: &str) -> bool {
        self.locations
            .iter()
            .any(|l| l.kind == "region" && l.country_code == cc)
    }

    pub fn location_json(&self, l: &Location) -> Value {
        let country_name = self
            .country_name(&l.country_code)
            .unwrap_or(&l.country_code);
        let mut v = json!({
            "key": l.key,
            "name": l.name,
            "type": l.kind,
            "country_code": l.country_code,
            "country_name": country_name,
            "supports_region": self.region_supported(&l.country_code),
            "supports_city": true,
        });
        if let Some((region, id)) = &l.region {
            v["region"] = json!(region);
            v["region_id"] = json!(id);
        }
        v
    }
}

/// Lower-cases and strips the common Latin accents so "Los Angeles" finds "Los Ángeles".
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// Rank of a name for a query, lower is better; None when it does not match.
pub fn rank(name: &str, query: &str) -> Option<u8> {
    let (n, q) = (fold(name), fold(query.trim()));
    if q.is_empty() {
        return None;
    }
    if n == q {
        Some(0)
    } else if n.starts_with(&q) {
        Some(1)
    } else if n
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with(&q))
    {
        Some(2)
    } else if n.contains(&q) {
        Some(3)
    } else {
        None
    }
}

/// The best `limit` matches, stable by rank then name length.
pub fn best<'a, T>(
    items: &'a [T],
    name: impl Fn(&T) -> &str,
    query: &str,
    limit: usize,
) -> Vec<&'a T> {
    let mut hits: Vec<(u8, usize, &T)> = items
        .iter()
        .filter_map(|it| rank(name(it), query).map(|r| (r, name(it).len(), it)))
        .collect();
    hits.sort_by_key(|(r, len, _)| (*r, *len));
    hits.into_iter().take(limit).map(|(_, _, it)| it).collect()
}

pub fn locations(query: &str) -> Vec<Value> {
    let c = catalog();
    // Country codes typed as such ("US") find the country first.
    let mut out: Vec<Value> = Vec::new();
    if query.trim().len() == 2 {
        if let Some(l) = c
            .locations
            .iter()
            .find(|l| l.kind == "country" && l.key.eq_ignore_ascii_case(query.trim()))
        {
            out.push(c.location_json(l));
        }
    }
    for l in best(&c.locations, |l| &l.name, query, 10) {
        if out.len() >= 10 {
            break;
        }
        let v = c.location_json(l);
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

pub fn interests(query: &str) -> Vec<Value> {
    best(&catalog().interests, |i| &i.name, query, 10)
        .into_iter()
        .map(|i| {
            json!({
                "id": i.id,
                "name": i.name,
                "audience_size_lower_bound": i.lower,
                "audience_size_upper_bound": i.upper,
                "path": i.path,
                "description": null,
                "topic": i.topic,
            })
        })
        .collect()
}

pub fn languages(query: &str) -> Vec<Value> {
    best(&catalog().languages, |l| &l.name, query, 10)
        .into_iter()
        .map(|l| json!({ "name": l.name, "key": l.key }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_is_complete() {
        let c = catalog();
        assert_eq!(c.countries.len(), 249);
        assert!(c.locations.iter().filter(|l| l.kind == "city").count() >= 50);
        assert!(c.interests.len() >= 250);
        assert!(c.languages.len() >= 40);
    }

    #[test]
    fn accents_and_prefixes_rank() {
        let hits = locations("los angeles");
        assert_eq!(hits[0]["name"], "Los Ángeles");
        assert_eq!(hits[0]["region_id"], 3847);
        let hits = interests("indie");
        assert!(hits.iter().any(|h| h["name"] == "Indie pop"));
        assert_eq!(languages("english")[0]["name"], "English (US)");
    }

    #[test]
    fn country_code_query_finds_country_first() {
        let hits = locations("US");
        assert_eq!(hits[0]["key"], "US");
        assert_eq!(hits[0]["type"], "country");
    }

    #[test]
    fn empty_query_matches_nothing() {
        assert!(locations("  ").is_empty());
        assert!(interests("zzzzqqq").is_empty());
    }
}
