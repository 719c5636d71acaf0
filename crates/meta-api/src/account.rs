//! "Test connection": the ad account (`GET act_<id>?fields=name,currency,timezone_name,
//! account_status`) and the token's permissions (`GET me/permissions`).

use crate::client::{Client, Safety};
use crate::types::{AdAccountId, Page};
use crate::Result;
use crescendo_money::json::opt_i64;
use reqwest::Method;
use serde::Deserialize;

pub const ACCOUNT_FIELDS: &str = "name,currency,timezone_name,account_status";

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AdAccount {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    pub currency: String,
    #[serde(default)]
    pub timezone_name: Option<String>,
    #[serde(default, deserialize_with = "opt_i64")]
    pub account_status: Option<i64>,
}

impl AdAccount {
    /// Graph's `account_status` in words (1 ACTIVE, 2 DISABLED, 3 UNSETTLED, ...).
    pub fn status_name(&self) -> &'static str {
        match self.account_status {
            Some(1) => "ACTIVE",
            Some(2) => "DISABLED",
            Some(3) => "UNSETTLED",
            Some(7) => "PENDING_RISK_REVIEW",
            Some(8) => "PENDING_SETTLEMENT",
            Some(9) => "IN_GRACE_PERIOD",
            Some(100) => "PENDING_CLOSURE",
            Some(101) => "CLOSED",
            Some(201) => "ANY_ACTIVE",
            Some(202) => "ANY_CLOSED",
            _ => "UNKNOWN",
        }
    }
    pub fn can_run_ads(&self) -> bool {
        matches!(self.account_status, Some(1 | 9))
    }
}

/// `{"permission": "ads_management", "status": "granted"}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Permission {
    pub permission: String,
    pub status: String,
}

/// What "Test connection" shows: the token works, for which account, and what it may do.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectionReport {
    pub account: AdAccount,
    pub permissions: Vec<Permission>,
    /// Permissions Crescendo needs that the token lacks (`ads_management`, `ads_read`).
    pub missing: Vec<String>,
}

impl ConnectionReport {
    pub fn can_manage(&self) -> bool {
        self.missing.is_empty()
    }
}

pub(crate) fn missing(perms: &[Permission]) -> Vec<String> {
    ["ads_management", "ads_read"]
        .iter()
        .filter(|p| {
            !perms
                .iter()
                .any(|g| g.permission == **p && g.status == "granted")
        })
        .map(|p| p.to_string())
        .collect()
}

impl Client {
    pub async fn ad_account(&self, account: &AdAccountId) -> Result<AdAccount> {
        let q = [("fields", ACCOUNT_FIELDS.to_string())];
        self.call(
            Method::GET,
            &account.to_string(),
            &q,
            None,
            Safety::Idempotent,
        )
        .await
    }

    pub async fn permissions(&self) -> Result<Vec<Permission>> {
        let page: Page<Permission> = self
            .call(Method::GET, "me/permissions", &[], None, Safety::Idempotent)
            .await?;
        Ok(page.data)
    }

    /// The token is valid (or the typed error says why not), the account is visible, and
    /// which needed permissions are missing.
    pub async fn test_connection(&self, account: &AdAccountId) -> Result<ConnectionReport> {
        let permissions = self.permissions().await?;
        let account = self.ad_account(account).await?;
        let missing = missing(&permissions);
        Ok(ConnectionReport {
            account,
            permissions,
            missing,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_permissions_are_named() {
        let p = |n: &str, s: &str| Permission {
            permission: n.into(),
            status: s.into(),
        };
        assert!(missing(&[p("ads_management", "granted"), p("ads_read", "granted")]).is_empty());
        assert_eq!(
            missing(&[p("ads_management", "declined"), p("ads_read", "granted")]),
            vec!["ads_management"]
        );
    }
}
