//! Actions on what a campaign holds on the ad platform: an ad set's daily budget and bid, and
//! an ad's play/pause (Marin Social's; other providers have none in Crescendo).

use super::{check_editable, resume_needs_confirmation};
use crate::domain::breakdown::{AdSetChange, PlatformAdSet};
use crate::{AppError, Workspace};

/// Changes the daily budget and/or bid of one ad set of campaign `id` (Marin Social's ad set
/// `PUT`). The answer is the ad set as the provider now has it.
pub async fn edit_ad_set(
    ws: &Workspace,
    id: &str,
    ad_set: &str,
    change: &AdSetChange,
) -> Result<PlatformAdSet, AppError> {
    ws.connector().edit_ad_set(id, ad_set, change).await
}

/// Pauses or resumes one ad of campaign `id` (Marin Social's `PATCH .../ads/{AD_ID}/performs`;
/// its 202 "already in that state" is done). Resuming an ad of a campaign that spends real
/// money needs the manager's confirmation, as resuming the campaign does.
pub async fn set_ad_paused(
    ws: &Workspace,
    id: &str,
    ad: &str,
    paused: bool,
    confirmed: bool,
) -> Result<(), AppError> {
    let c = ws.connector();
    let now = c.campaign(id).await?;
    check_editable(&now)?;
    if !paused && !confirmed && ws.spends_money_for(id) {
        // The campaign's words, said of one of its ads.
        let mut e = resume_needs_confirmation(&now);
        let said = e.message.replacen("Resuming \"", "Resuming an ad of \"", 1);
        e.message = said.clone();
        for p in &mut e.problems {
            p.message = said.clone();
        }
        return Err(e);
    }
    c.set_ad_paused(id, ad, paused).await
}
