//! Type-ahead searches for the wizard's pickers. The page cannot abort an invoke, so each
//! picker numbers its queries (`generation`) and core drops a query as soon as a newer one of
//! the same picker has arrived: before it is sent, so stale keystrokes never take a place in
//! the rate limiter's queue ahead of a launch or a refresh. Answers are cached per query.

use crate::domain::{Audience, Language, Place, Release};
use crate::{AppError, Workspace};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;
use ts_rs::TS;

/// Cached answers kept per workspace; the oldest half goes when it is full.
const CACHE_ENTRIES: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SearchKind {
    Places,
    Audiences,
    Languages,
    Releases,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", content = "items", rename_all = "snake_case")]
pub enum SearchResults {
    Places(Vec<Place>),
    Audiences(Vec<Audience>),
    Languages(Vec<Language>),
    Releases(Vec<Release>),
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchAnswer {
    #[ts(type = "number")]
    pub generation: u64,
    pub query: String,
    /// A newer query of the same picker arrived first: this one was dropped (or its answer
    /// came too late) and must not be shown.
    pub superseded: bool,
    pub results: Option<SearchResults>,
}

#[derive(Default)]
struct State {
    latest: HashMap<String, u64>,
    cache: HashMap<(SearchKind, String), (u64, SearchResults)>,
    stamp: u64,
}

/// Per-workspace search state: the newest generation per picker, and the answer cache.
#[derive(Default)]
pub struct Searches(Mutex<State>);

impl Searches {
    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records `generation` for `picker`; false when a newer one is already known.
    fn arrive(&self, picker: &str, generation: u64) -> bool {
        let mut s = self.state();
        let latest = s.latest.entry(picker.to_string()).or_insert(0);
        if generation < *latest {
            return false;
        }
        *latest = generation;
        true
    }

    fn is_latest(&self, picker: &str, generation: u64) -> bool {
        self.state().latest.get(picker).copied().unwrap_or(0) <= generation
    }

    fn cached(&self, kind: SearchKind, q: &str) -> Option<SearchResults> {
        self.state()
            .cache
            .get(&(kind, q.to_string()))
            .map(|(_, r)| r.clone())
    }

    fn remember(&self, kind: SearchKind, q: &str, r: &SearchResults) {
        let mut s = self.state();
        s.stamp += 1;
        let stamp = s.stamp;
        if s.cache.len() >= CACHE_ENTRIES {
            let mut ages: Vec<u64> = s.cache.values().map(|(t, _)| *t).collect();
            ages.sort_unstable();
            let cut = ages[ages.len() / 2];
            s.cache.retain(|_, (t, _)| *t > cut);
        }
        s.cache.insert((kind, q.to_string()), (stamp, r.clone()));
    }
}

fn dropped(generation: u64, query: &str) -> SearchAnswer {
    SearchAnswer {
        generation,
        query: query.to_string(),
        superseded: true,
        results: None,
    }
}

/// Normalises a query the way the cache keys it: words joined by one space, lower case.
pub(crate) fn normalise(query: &str) -> String {
    query
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The answer to `q` (normalised), from the cache or the provider.
pub(crate) async fn lookup(
    ws: &Workspace,
    kind: SearchKind,
    q: &str,
) -> Result<SearchResults, AppError> {
    let searches = ws.searches();
    if let Some(r) = searches.cached(kind, q) {
        return Ok(r);
    }
    let c = ws.connector();
    let r = match kind {
        SearchKind::Places => SearchResults::Places(c.search_places(q).await?),
        SearchKind::Audiences => SearchResults::Audiences(c.search_audiences(q).await?),
        SearchKind::Languages => SearchResults::Languages(c.search_languages(q).await?),
        SearchKind::Releases => SearchResults::Releases(c.releases(q).await?),
    };
    searches.remember(kind, q, &r);
    Ok(r)
}

/// One picker query. `picker` names the picker instance ("market-0-places"), `generation`
/// grows with each keystroke it sends.
pub async fn search(
    ws: &Workspace,
    kind: SearchKind,
    picker: &str,
    query: &str,
    generation: u64,
) -> Result<SearchAnswer, AppError> {
    let searches = ws.searches();
    let q = normalise(query);
    if !searches.arrive(picker, generation) {
        return Ok(dropped(generation, query));
    }
    // The last moment to drop it: nothing has been queued for the API yet.
    if searches.cached(kind, &q).is_none() && !searches.is_latest(picker, generation) {
        return Ok(dropped(generation, query));
    }
    let results = lookup(ws, kind, &q).await?;
    if !searches.is_latest(picker, generation) {
        return Ok(dropped(generation, query));
    }
    Ok(SearchAnswer {
        generation,
        query: query.to_string(),
        superseded: false,
        results: Some(results),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_older_generation_is_dropped() {
        let s = Searches::default();
        assert!(s.arrive("p", 1));
        assert!(s.arrive("p", 3));
        assert!(!s.arrive("p", 2), "2 arrived after 3");
        assert!(s.is_latest("p", 3));
        assert!(!s.is_latest("p", 1));
        assert!(s.arrive("other", 1), "pickers are independent");
    }

    #[test]
    fn the_cache_keeps_its_size() {
        let s = Searches::default();
        for i in 0..(CACHE_ENTRIES * 3) {
            s.remember(
                SearchKind::Places,
                &format!("q{i}"),
                &SearchResults::Places(vec![]),
            );
        }
        assert!(s.state().cache.len() <= CACHE_ENTRIES);
        assert!(
            s.cached(SearchKind::Places, &format!("q{}", CACHE_ENTRIES * 3 - 1))
                .is_some(),
            "the newest stays"
        );
        assert!(
            s.cached(SearchKind::Places, "q0").is_none(),
            "the oldest goes"
        );
    }
}
