//! The connection check behind Settings > Accounts > Test: a specific title and advice for
//! each way a key or an address can be wrong.

use crate::error::{FORBIDDEN, UNAUTHORIZED};
use crate::workspace::Workspace;
use crate::{AppError, ErrorCode};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionCheck {
    pub ok: bool,
    pub code: Option<ErrorCode>,
    /// "Connected", "Key not recognized (401)", "Key not active (403)", "Network error", "Wrong base URL"
    pub title: String,
    pub message: String,
    #[ts(type = "number | null")]
    pub brand_id: Option<u64>,
    pub brand_name: Option<String>,
}

/// The workspace's connection check, by its connector.
pub async fn check(ws: &Workspace) -> ConnectionCheck {
    ws.connector().check().await
}

/// Symphony's connection check: v2 `api-test`, with a specific result for each failure.
pub(crate) async fn check_symphony(client: &symphony_api::Client) -> ConnectionCheck {
    use symphony_api::Error as E;
    let fail = |code: ErrorCode, title: &str, message: String| ConnectionCheck {
        ok: false,
        code: Some(code),
        title: title.into(),
        message,
        brand_id: None,
        brand_name: None,
    };
    let url = client.endpoints().advertising.to_string();
    match client.for_brand(None).api_test().await {
        Ok(t) => ConnectionCheck {
            ok: true,
            code: None,
            title: "Connected".into(),
            message: match (&t.brand_name, t.brand_id) {
                (Some(n), Some(id)) => format!("The key works. Its default artist is {n} ({id})."),
                (None, Some(id)) => format!("The key works. Its default brand is {id}."),
                _ => "The key works.".into(),
            },
            brand_id: t.brand_id,
            brand_name: t.brand_name,
        },
        Err(E::Unauthorized { .. }) => fail(
            ErrorCode::Unauthorized,
            "Key not recognized (401)",
            UNAUTHORIZED.into(),
        ),
        Err(E::Forbidden { .. }) => fail(
            ErrorCode::Forbidden,
            "Key not active (403)",
            FORBIDDEN.into(),
        ),
        Err(E::NotFound { .. }) | Err(E::Decode { .. }) => fail(
            ErrorCode::Config,
            "Wrong base URL",
            format!("{url} answered, but not like the Symphony API. Check the address."),
        ),
        Err(E::Network { .. }) | Err(E::Timeout) => fail(
            ErrorCode::Network,
            "Network error",
            format!("Could not reach {url}. Check your connection and the address."),
        ),
        Err(other) => {
            let e: AppError = other.into();
            fail(e.code, "Connection failed", e.message)
        }
    }
}
