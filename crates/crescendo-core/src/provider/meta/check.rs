//! Meta's connection check (token valid, permissions, the ad account's currency and time zone)
//! and the ad account as the workspace's one "brand".

use super::error::{PERMISSION, TOKEN_EXPIRED, TOKEN_INVALID};
use crate::brands::BrandView;
use crate::connection::ConnectionCheck;
use crate::{AppError, ErrorCode};
use meta_api::{AdAccount, AdAccountId, Client, Error as E};

/// The ad account as a brand: its number as the id, its name, currency and time zone.
pub fn brand(id: &AdAccountId, a: &AdAccount) -> BrandView {
    BrandView {
        id: id.number().parse().unwrap_or(0),
        name: a.name.clone().unwrap_or_else(|| id.to_string()),
        currency: Some(a.currency.clone()),
        time_zone: a.timezone_name.clone(),
        is_default: true,
        is_active: true,
    }
}

pub async fn check(client: &Client, id: &AdAccountId) -> ConnectionCheck {
    let fail = |code: ErrorCode, title: &str, message: String| ConnectionCheck {
        ok: false,
        code: Some(code),
        title: title.into(),
        message,
        brand_id: None,
        brand_name: None,
    };
    match client.test_connection(id).await {
        Ok(r) if !r.missing.is_empty() => fail(
            ErrorCode::Forbidden,
            "Missing permissions",
            format!(
                "The token works but lacks {}: {PERMISSION}",
                r.missing.join(" and ")
            ),
        ),
        Ok(r) => {
            let a = &r.account;
            let b = brand(id, a);
            let runs = if a.can_run_ads() {
                String::new()
            } else {
                format!(
                    " The account cannot run ads now (status {}): check it in Ads Manager.",
                    a.status_name()
                )
            };
            ConnectionCheck {
                ok: true,
                code: None,
                title: "Connected".into(),
                message: format!(
                    "The token works for {} ({id}): currency {}, time zone {}.{runs}",
                    b.name,
                    a.currency,
                    a.timezone_name.as_deref().unwrap_or("not given")
                ),
                brand_id: Some(b.id),
                brand_name: Some(b.name),
            }
        }
        Err(E::InvalidToken { expired, .. }) => fail(
            ErrorCode::Unauthorized,
            if expired {
                "Token expired (190)"
            } else {
                "Token not accepted (190)"
            },
            if expired { TOKEN_EXPIRED } else { TOKEN_INVALID }.into(),
        ),
        Err(E::Permission { .. }) => fail(ErrorCode::Forbidden, "No permission", PERMISSION.into()),
        Err(E::NotFound { .. }) | Err(E::UnknownTarget { .. }) => fail(
            ErrorCode::NotFound,
            "Ad account not found",
            format!("Meta has no ad account {id} that this token can see: check the id in Ads Manager and the token user's role on it."),
        ),
        Err(E::Network { .. }) | Err(E::Timeout) => fail(
            ErrorCode::Network,
            "Network error",
            "Could not reach Meta's Graph API. Check your connection and the account's address."
                .into(),
        ),
        Err(other) => {
            let e: AppError = other.into();
            fail(e.code, "Connection failed", e.message)
        }
    }
}
