//! Which linked accounts answer a filter, and the filter choices of every account merged.

use crate::domain::{CampaignFilter, Choice, ProviderKind};
use crate::provider::Connector;

/// Whether a connector can answer a filter: its provider is the one asked for, and it knows
/// the status and objective codes (another provider's codes mean none of its campaigns).
pub(super) fn answers(c: &Connector, f: &CampaignFilter) -> bool {
    let knows = |asked: &Option<String>, offered: &[Choice]| {
        asked
            .as_deref()
            .is_none_or(|v| offered.iter().any(|o| o.value.eq_ignore_ascii_case(v)))
    };
    let opts = c.filter_options();
    f.provider.is_none_or(|p| p == c.kind())
        && knows(&f.status, &opts.statuses)
        && knows(&f.objective, &opts.objectives)
}

/// Choices of every account, each value once; another provider's label that reads like one
/// already listed says whose it is ("Active (Meta)").
pub(super) fn merge(into: &mut Vec<Choice>, more: Vec<Choice>, kind: ProviderKind) {
    for c in more {
        if into.iter().any(|o| o.value == c.value) {
            continue;
        }
        let label = if into.iter().any(|o| o.label == c.label) {
            format!("{} ({})", c.label, kind.label())
        } else {
            c.label
        };
        into.push(Choice {
            value: c.value,
            label,
        });
    }
}
