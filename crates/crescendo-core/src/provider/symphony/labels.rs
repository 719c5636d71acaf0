//! Campaign names and currencies from details, per campaign id, in memory for the workspace.
//! The API's list rows carry neither (the guide's `Campaign` has id, status, brand_id and
//! campaign_metadata only), so both come from each campaign's details, fetched for the rows
//! shown and kept: neither ever changes for a campaign.

use super::map::Label;
use std::collections::HashMap;
use std::sync::Mutex;
use symphony_api::Client;

/// Details requests in flight at once for one page (all under the workspace's rate limiter).
pub const DETAILS_CONCURRENCY: usize = 4;

#[derive(Debug, Default)]
pub struct LabelCache(Mutex<HashMap<u64, Label>>);

impl LabelCache {
    fn get(&self, id: u64) -> Option<Label> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&id)
            .cloned()
    }
    pub fn knows(&self, id: u64) -> bool {
        self.get(id).is_some()
    }
    /// Labels kept from earlier sessions (id, name, currency): a label already known is kept,
    /// ids that are not v1 ids are skipped, an unknown currency ("XXX") is left to the details.
    pub fn seed(&self, kept: &[(String, String, String)]) {
        for (id, name, currency) in kept {
            let Ok(id) = id.parse::<u64>() else { continue };
            if !self.knows(id) {
                self.put(
                    id,
                    Label {
                        name: Some(name.clone()),
                        currency: (currency != "XXX").then(|| currency.clone()),
                    },
                );
            }
        }
    }

    pub fn put(&self, id: u64, label: Label) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, label);
    }

    /// Labels for `ids`: from the cache, else from the details (fetched concurrently, bounded).
    /// A campaign whose details fail has no label this time and is asked again next time.
    pub async fn labels(&self, client: &Client, ids: &[u64]) -> HashMap<u64, Label> {
        let mut out = HashMap::new();
        let mut missing = Vec::new();
        for id in ids {
            match self.get(*id) {
                Some(l) => {
                    out.insert(*id, l);
                }
                None => missing.push(*id),
            }
        }
        for (id, details) in client
            .campaigns_details(&missing, DETAILS_CONCURRENCY)
            .await
        {
            if let Ok(d) = details {
                let label = Label::of(&d);
                self.put(id, label.clone());
                out.insert(id, label);
            }
        }
        out
    }
}
