//! "Bad Bunny, Summer Walker, Ice Spice": a pasted list of interests or artists, each name
//! resolved to its best match for the manager to confirm. Names are searched one after the
//! other through the rate limiter (and the search cache), never all at once.

use super::search::{lookup, normalise, SearchKind, SearchResults};
use crate::domain::Audience;
use crate::{AppError, Workspace};
use serde::Serialize;
use ts_rs::TS;

/// More names than this in one paste are left out (and counted), so a pasted page of text
/// cannot queue hundreds of searches ahead of a launch.
pub const MAX_PASTED_NAMES: usize = 20;

/// Alternatives shown beside the best match.
const ALTERNATIVES: usize = 4;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PastedName {
    /// The name as pasted (trimmed).
    pub name: String,
    /// The best match: the result named exactly like it, else the provider's first result.
    pub best: Option<Audience>,
    /// The best match's name is the pasted name (ignoring case): safe to preselect.
    pub exact: bool,
    /// Other results to choose from instead.
    pub others: Vec<Audience>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PastedList {
    pub names: Vec<PastedName>,
    /// Names beyond [`MAX_PASTED_NAMES`], not searched.
    #[ts(type = "number")]
    pub left_out: u32,
}

/// The names in pasted text: separated by commas, semicolons, new lines or tabs; trimmed;
/// each once (ignoring case and spacing); empty pieces dropped.
pub fn split_names(text: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    text.split([',', ';', '\n', '\r', '\t'])
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|n| !n.is_empty())
        .filter(|n| seen.insert(n.to_lowercase()))
        .collect()
}

/// Picks the best match for `name` among `found` (the provider's order is its ranking).
pub fn best_match(name: &str, mut found: Vec<Audience>) -> PastedName {
    let wanted = normalise(name);
    let exact_at = found.iter().position(|a| normalise(&a.name) == wanted);
    let best = match exact_at {
        Some(i) => Some(found.remove(i)),
        None if found.is_empty() => None,
        None => Some(found.remove(0)),
    };
    found.truncate(ALTERNATIVES);
    PastedName {
        name: name.to_string(),
        exact: exact_at.is_some(),
        best,
        others: found,
    }
}

/// Resolves every name of a pasted list. A failed search fails the whole paste (the page
/// keeps the text, so nothing typed is lost).
pub async fn resolve_audiences(ws: &Workspace, text: &str) -> Result<PastedList, AppError> {
    let all = split_names(text);
    let left_out = all.len().saturating_sub(MAX_PASTED_NAMES) as u32;
    let mut names = Vec::new();
    for name in all.into_iter().take(MAX_PASTED_NAMES) {
        let found = match lookup(ws, SearchKind::Audiences, &normalise(&name)).await? {
            SearchResults::Audiences(a) => a,
            _ => Vec::new(),
        };
        names.push(best_match(&name, found));
    }
    Ok(PastedList { names, left_out })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aud(id: &str, name: &str) -> Audience {
        Audience {
            id: id.into(),
            name: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn names_split_on_commas_semicolons_and_lines() {
        assert_eq!(
            split_names("Bad Bunny, Summer Walker,Ice Spice"),
            ["Bad Bunny", "Summer Walker", "Ice Spice"]
        );
        assert_eq!(
            split_names(" Karol G;\r\nPeso Pluma\n\n\tRosalía , "),
            ["Karol G", "Peso Pluma", "Rosalía"]
        );
        assert_eq!(split_names("bad  bunny, Bad Bunny"), ["bad bunny"]);
        assert!(split_names(" , ;\n").is_empty());
        assert_eq!(split_names("Bad Bunny,"), ["Bad Bunny"]);
    }

    #[test]
    fn the_exact_name_wins_over_the_first_result() {
        let m = best_match(
            "ice spice",
            vec![
                aud("1", "Ice Spice fans"),
                aud("2", "Ice  Spice"),
                aud("3", "Spice"),
            ],
        );
        assert_eq!(m.best.map(|a| a.id), Some("2".into()));
        assert!(m.exact);
        assert_eq!(
            m.others.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
            ["1", "3"]
        );
    }

    #[test]
    fn without_an_exact_name_the_first_result_is_proposed_not_preselected() {
        let m = best_match(
            "Bad Bunny",
            vec![aud("1", "Bad Bunny (musician)"), aud("2", "B")],
        );
        assert_eq!(m.best.map(|a| a.id), Some("1".into()));
        assert!(!m.exact);
        let none = best_match("zzz", vec![]);
        assert!(none.best.is_none() && !none.exact && none.others.is_empty());
    }

    #[test]
    fn alternatives_are_capped() {
        let found = (0..10).map(|i| aud(&i.to_string(), "x")).collect();
        assert_eq!(best_match("y", found).others.len(), ALTERNATIVES);
    }
}
