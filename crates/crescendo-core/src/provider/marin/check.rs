//! Marin Social's connection check (token accepted, account readable, its currency and time
//! zone) and the account as the workspace's one "brand".

use super::error::{DENIED, TOKEN_INVALID};
use crate::brands::BrandView;
use crate::connection::ConnectionCheck;
use crate::{AppError, ErrorCode};
use marin_api::{Account, Client, Error as E};

/// The account as a brand: its id (digits) as the id, its name, currency and time zone.
pub fn brand(id: &str, a: &Account) -> BrandView {
    BrandView {
        id: id.parse().unwrap_or(0),
        name: if a.name.trim().is_empty() {
            format!("Marin account {id}")
        } else {
            a.name.clone()
        },
        currency: a.currency.clone(),
        time_zone: a.timezone.clone(),
        is_default: true,
        is_active: true,
    }
}

pub async fn check(client: &Client, id: &str) -> ConnectionCheck {
    let fail = |code: ErrorCode, title: &str, message: String| ConnectionCheck {
        ok: false,
        code: Some(code),
        title: title.into(),
        message,
        brand_id: None,
        brand_name: None,
    };
    match client.account(id).await {
        Ok(a) => {
            let b = brand(id, &a);
            let Some(currency) = a.currency.as_deref().filter(|c| !c.trim().is_empty()) else {
                return fail(
                    ErrorCode::Config,
                    "No currency",
                    format!("The token works, but Marin Social gives no currency for {} ({id}), so Crescendo cannot show its budgets.", b.name),
                );
            };
            let inactive = if a.active {
                String::new()
            } else {
                " Marin Social marks this account inactive: check it in Marin Social.".into()
            };
            ConnectionCheck {
                ok: true,
                code: None,
                title: "Connected".into(),
                message: format!(
                    "The agency token works for {} ({id}): currency {currency}, time zone {}.{inactive}",
                    b.name,
                    a.timezone.as_deref().unwrap_or("not given")
                ),
                brand_id: Some(b.id),
                brand_name: Some(b.name),
            }
        }
        Err(E::Unauthorized { .. }) => fail(
            ErrorCode::Unauthorized,
            "Token not recognized (401)",
            TOKEN_INVALID.into(),
        ),
        Err(E::Forbidden { .. }) => {
            fail(ErrorCode::Forbidden, "Access denied (403)", DENIED.into())
        }
        Err(E::NotFound { .. }) => fail(
            ErrorCode::NotFound,
            "Account not found",
            format!("Marin Social has no account {id}: check the account id in Marin Social."),
        ),
        Err(E::Network { .. }) | Err(E::Timeout) => fail(
            ErrorCode::Network,
            "Network error",
            "Could not reach Marin Social. Check your connection and the account's address.".into(),
        ),
        Err(other) => {
            let e: AppError = other.into();
            fail(e.code, "Connection failed", e.message)
        }
    }
}
