//! Graph API failures in Crescendo's error codes, each with what to do about it.

use crate::error::retry_in;
use crate::{AppError, ErrorCode};
use meta_api::Error as E;

/// 190: the token Meta no longer accepts, and how to get a working one.
pub const TOKEN_INVALID: &str = "Meta does not accept this access token (190): it is invalid, expired or was revoked. Generate a new one (a system user's token in Business settings does not expire) and save it again in Settings > Accounts.";
/// 190 with subcode 463.
pub const TOKEN_EXPIRED: &str = "This Meta access token has expired (190): generate a new one (a system user's token in Business settings does not expire) and save it again in Settings > Accounts.";
/// 10, 200-299.
pub const PERMISSION: &str = "Meta refused for lack of permission: the token needs ads_management (and ads_read for insights) and a role on this ad account. Grant them in Business settings, then test the account again.";

impl From<E> for AppError {
    fn from(e: E) -> Self {
        let graph_words = |g: &meta_api::GraphError| {
            g.error_user_msg
                .clone()
                .filter(|m| !m.trim().is_empty())
                .unwrap_or_else(|| g.message.clone())
        };
        let (code, message) = match &e {
            E::Invalid(i) => (ErrorCode::Validation, i.to_string()),
            E::InvalidParameter { field, graph } => (
                ErrorCode::Validation,
                match field {
                    Some(f) => format!("Meta refused {f}: {}", graph_words(graph)),
                    None => format!("Meta refused a parameter: {}", graph_words(graph)),
                },
            ),
            E::NotFound { .. } => (
                ErrorCode::NotFound,
                "Meta has no such campaign, or this token cannot see it: check the id and that the token's user has access to the ad account.".into(),
            ),
            E::InvalidToken { expired: true, .. } => (ErrorCode::Unauthorized, TOKEN_EXPIRED.into()),
            E::InvalidToken { .. } => (ErrorCode::Unauthorized, TOKEN_INVALID.into()),
            E::Permission { .. } => (ErrorCode::Forbidden, PERMISSION.into()),
            E::Blocked { graph } => (
                ErrorCode::Forbidden,
                format!("Meta has temporarily blocked this action (368): wait before trying again and review the account's policy status in Ads Manager. Meta said: {}", graph_words(graph)),
            ),
            E::UnknownTarget { .. } => (
                ErrorCode::Config,
                "Meta cannot tell which ad account this is for (275): check the account's ad account id (act_ followed by digits).".into(),
            ),
            E::RateLimited { retry_after, .. } => (
                ErrorCode::RateLimited,
                format!(
                    "Meta is limiting calls to this ad account (80004); {}",
                    retry_in(*retry_after)
                ),
            ),
            E::Graph { status, graph } => (
                if *status >= 500 {
                    ErrorCode::Server
                } else {
                    ErrorCode::Validation
                },
                format!("Meta refused the request: {}", graph_words(graph)),
            ),
            E::Server { status } => (
                ErrorCode::Server,
                format!("Meta had a problem answering (HTTP {status}); try again shortly"),
            ),
            E::Redirect { location, .. } => (
                ErrorCode::Config,
                format!("The Graph API address answered with a redirect to {location}, which Crescendo does not follow (it could carry your token elsewhere); check the account's address"),
            ),
            E::TooLarge { limit } => (
                ErrorCode::Decode,
                format!("Meta sent an answer larger than {} MB; Crescendo stopped reading it", limit / (1024 * 1024)),
            ),
            E::Network { .. } => (
                ErrorCode::Network,
                "Could not reach Meta's Graph API: check your connection and the account's address".into(),
            ),
            E::Timeout => (
                ErrorCode::Timeout,
                "Meta did not answer in time; try again".into(),
            ),
            E::Decode { path, .. } => (
                ErrorCode::Decode,
                format!("Meta sent data Crescendo does not understand (at {path})"),
            ),
            E::Config { message } => (ErrorCode::Config, message.clone()),
            _ => (ErrorCode::Internal, e.to_string()),
        };
        AppError::new(code, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(code: i64) -> Box<meta_api::GraphError> {
        Box::new(meta_api::GraphError {
            message: "graph words".into(),
            kind: "OAuthException".into(),
            code: Some(code),
            error_subcode: None,
            error_user_title: None,
            error_user_msg: None,
            fbtrace_id: None,
            error_data: None,
        })
    }

    #[test]
    fn each_failure_has_its_code_and_fix() {
        let cases: Vec<(E, ErrorCode, &str)> = vec![
            (
                E::InvalidToken {
                    expired: true,
                    graph: graph(190),
                },
                ErrorCode::Unauthorized,
                TOKEN_EXPIRED,
            ),
            (
                E::InvalidToken {
                    expired: false,
                    graph: graph(190),
                },
                ErrorCode::Unauthorized,
                TOKEN_INVALID,
            ),
            (
                E::Permission { graph: graph(200) },
                ErrorCode::Forbidden,
                PERMISSION,
            ),
            (
                E::InvalidParameter {
                    field: Some("daily_budget".into()),
                    graph: graph(100),
                },
                ErrorCode::Validation,
                "Meta refused daily_budget: graph words",
            ),
            (
                E::Server { status: 502 },
                ErrorCode::Server,
                "Meta had a problem answering (HTTP 502); try again shortly",
            ),
        ];
        for (api, code, message) in cases {
            let e = AppError::from(api.clone());
            assert_eq!((e.code, e.message.as_str()), (code, message), "{api:?}");
        }
        let e = AppError::from(E::RateLimited {
            code: Some(80004),
            retry_after: Some(std::time::Duration::from_secs(120)),
        });
        assert_eq!(e.code, ErrorCode::RateLimited);
        assert!(e.message.ends_with("try again in 2 min"), "{}", e.message);
    }
}
