//! The error every app command returns. It crosses IPC as `{ code, message }`: the UI branches
//! on `code` and shows `message`, which is written for the user and never holds a secret.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    RateLimited,
    Server,
    Network,
    Timeout,
    Decode,
    Config,
    /// The workspace is not connected yet (still starting, or failed to start).
    NotReady,
    /// No Secret Service / keychain is running.
    KeychainUnavailable,
    /// The keychain is there but locked.
    KeychainLocked,
    /// The profile's key is no longer in the keychain (deleted outside Crescendo).
    KeyMissing,
    /// The account's provider does not offer this (Meta has no markets or wizard searches):
    /// the UI hides or disables the feature instead of showing a failure.
    Unsupported,
    Internal,
}

impl ErrorCode {
    /// Every code, for the UI's runtime check of what crosses IPC.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::Validation,
        ErrorCode::Unauthorized,
        ErrorCode::Forbidden,
        ErrorCode::NotFound,
        ErrorCode::RateLimited,
        ErrorCode::Server,
        ErrorCode::Network,
        ErrorCode::Timeout,
        ErrorCode::Decode,
        ErrorCode::Config,
        ErrorCode::NotReady,
        ErrorCode::KeychainUnavailable,
        ErrorCode::KeychainLocked,
        ErrorCode::KeyMissing,
        ErrorCode::Unsupported,
        ErrorCode::Internal,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: ErrorCode,
    pub message: String,
    /// For a form refused as a whole: each problem at its field (absent otherwise), so the UI
    /// shows core's words where they belong and writes none of its own.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[ts(optional, as = "Option<Vec<crate::domain::Problem>>")]
    pub problems: Vec<crate::domain::Problem>,
}

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        AppError {
            code,
            message: message.into(),
            problems: Vec::new(),
        }
    }

    /// A validation error carrying every problem of a form; its message is the first one's.
    /// None when there is no problem.
    /// What `provider` cannot do, with the code the UI branches on.
    pub fn unsupported(provider: &str, what: &str) -> Self {
        AppError::new(
            ErrorCode::Unsupported,
            format!("{provider} accounts do not offer {what} in Crescendo; use a Symphony account for it."),
        )
    }

    pub fn from_problems(problems: Vec<crate::domain::Problem>) -> Option<Self> {
        let message = problems.first()?.message.clone();
        Some(AppError {
            code: ErrorCode::Validation,
            message,
            problems,
        })
    }
}

/// 401: the FAQ's "missing, or the key is not recognized".
pub const UNAUTHORIZED: &str = "Symphony does not recognize this API key (401): check that you pasted all of it and that it belongs to this environment (Sandbox and Production keys differ).";
/// 403: the FAQ's "exists but is not active".
pub const FORBIDDEN: &str = "This API key is not active (403): it may be revoked, suspended, expired, pending or archived. Contact your Symphony representative to reactivate it.";

impl From<symphony_api::Error> for AppError {
    fn from(e: symphony_api::Error) -> Self {
        use symphony_api::Error as E;
        let (code, message) = match &e {
            E::Validation { message, details } => {
                let m = if details.is_empty() || details == message {
                    message.clone()
                } else {
                    format!("{message}. {details}")
                };
                (ErrorCode::Validation, m)
            }
            // Our own words (the FAQ's meaning of each code), not the client's Display.
            E::Unauthorized { .. } => (ErrorCode::Unauthorized, UNAUTHORIZED.into()),
            E::Forbidden { .. } => (ErrorCode::Forbidden, FORBIDDEN.into()),
            E::NotFound { message } => (ErrorCode::NotFound, format!("Not found: {message}")),
            E::RateLimited { retry_after } => (
                ErrorCode::RateLimited,
                format!(
                    "Symphony is rate limiting requests (100 a minute per key); {}",
                    retry_in(*retry_after)
                ),
            ),
            // Never followed: a redirect could carry the key to another host.
            E::Redirect { location, .. } => (
                ErrorCode::Config,
                format!("Symphony's address answered with a redirect to {location}, which Crescendo does not follow (it could carry your key elsewhere); check the workspace's address"),
            ),
            E::TooLarge { limit } => (
                ErrorCode::Decode,
                format!("Symphony sent an answer larger than {} MB; Crescendo stopped reading it", limit / (1024 * 1024)),
            ),
            E::Server { status, .. } => (
                ErrorCode::Server,
                format!("Symphony had a problem answering (HTTP {status}); try again shortly"),
            ),
            E::Network { .. } => (
                ErrorCode::Network,
                "Could not reach Symphony: check your connection and the workspace's address"
                    .into(),
            ),
            E::Timeout => (
                ErrorCode::Timeout,
                "Symphony did not answer in time; try again".into(),
            ),
            E::Decode { path, .. } => (
                ErrorCode::Decode,
                format!("Symphony sent data Crescendo does not understand (at {path})"),
            ),
            E::Config { message } => (ErrorCode::Config, message.clone()),
            _ => (ErrorCode::Internal, e.to_string()),
        };
        AppError::new(code, message)
    }
}

/// "try again in 45 s" / "in 3 min 20 s" / "in 2 h 5 min": the wait the server asked for.
pub(crate) fn retry_in(after: Option<std::time::Duration>) -> String {
    let Some(after) = after else {
        return "try again in a minute".into();
    };
    let secs = after.as_secs() + u64::from(after.subsec_nanos() > 0);
    match secs {
        0..=59 => format!("try again in {secs} s"),
        60..=3599 if secs % 60 == 0 => format!("try again in {} min", secs / 60),
        60..=3599 => format!("try again in {} min {} s", secs / 60, secs % 60),
        _ => format!("try again in {} h {} min", secs / 3600, (secs % 3600) / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_code_serializes_as_documented() {
        let cases = [
            (ErrorCode::Validation, "validation"),
            (ErrorCode::Unauthorized, "unauthorized"),
            (ErrorCode::Forbidden, "forbidden"),
            (ErrorCode::NotFound, "not_found"),
            (ErrorCode::RateLimited, "rate_limited"),
            (ErrorCode::Server, "server"),
            (ErrorCode::Network, "network"),
            (ErrorCode::Timeout, "timeout"),
            (ErrorCode::Decode, "decode"),
            (ErrorCode::Config, "config"),
            (ErrorCode::NotReady, "not_ready"),
            (ErrorCode::KeychainUnavailable, "keychain_unavailable"),
            (ErrorCode::KeychainLocked, "keychain_locked"),
            (ErrorCode::KeyMissing, "key_missing"),
            (ErrorCode::Unsupported, "unsupported"),
            (ErrorCode::Internal, "internal"),
        ];
        assert_eq!(cases.len(), ErrorCode::ALL.len(), "ALL lists every code");
        for (code, text) in cases {
            let e = AppError::new(code, "m");
            assert_eq!(
                serde_json::to_value(&e).ok(),
                Some(json!({ "code": text, "message": "m" }))
            );
        }
    }

    /// Each API failure gets its own code and exactly its own words: swapping two arms (401 and
    /// 403, say) fails here.
    #[test]
    fn api_errors_map_to_codes_and_exact_messages() {
        use symphony_api::Error as E;
        let m = || "server words".to_string();
        let cases: Vec<(E, ErrorCode, &str)> = vec![
            (
                E::Unauthorized { message: m() },
                ErrorCode::Unauthorized,
                UNAUTHORIZED,
            ),
            (
                E::Forbidden { message: m() },
                ErrorCode::Forbidden,
                FORBIDDEN,
            ),
            (
                E::Validation {
                    message: "metadata.budget.value: too low".into(),
                    details: String::new(),
                },
                ErrorCode::Validation,
                "metadata.budget.value: too low",
            ),
            (
                E::Validation {
                    message: "metadata.budget.value".into(),
                    details: "below the minimum".into(),
                },
                ErrorCode::Validation,
                "metadata.budget.value. below the minimum",
            ),
            (
                E::NotFound {
                    message: "campaign 7".into(),
                },
                ErrorCode::NotFound,
                "Not found: campaign 7",
            ),
            (
                E::Server {
                    status: 502,
                    message: m(),
                },
                ErrorCode::Server,
                "Symphony had a problem answering (HTTP 502); try again shortly",
            ),
            (
                E::Network { message: m() },
                ErrorCode::Network,
                "Could not reach Symphony: check your connection and the workspace's address",
            ),
            (
                E::Timeout,
                ErrorCode::Timeout,
                "Symphony did not answer in time; try again",
            ),
            (
                E::Decode {
                    path: "data.id".into(),
                    message: m(),
                    body: "{}".into(),
                },
                ErrorCode::Decode,
                "Symphony sent data Crescendo does not understand (at data.id)",
            ),
            (
                E::Config {
                    message: "bad base URL".into(),
                },
                ErrorCode::Config,
                "bad base URL",
            ),
        ];
        for (api, code, message) in cases {
            let e: AppError = api.clone().into();
            assert_eq!((e.code, e.message.as_str()), (code, message), "{api:?}");
        }
        assert!(UNAUTHORIZED.contains("(401)") && UNAUTHORIZED.contains("not recognize"));
        assert!(FORBIDDEN.contains("(403)") && FORBIDDEN.contains("not active"));
    }

    #[test]
    fn rate_limits_say_when_to_retry() {
        use std::time::Duration;
        let msg = |after| AppError::from(symphony_api::Error::RateLimited { retry_after: after });
        let e = msg(Some(Duration::from_millis(44_200)));
        assert_eq!(e.code, ErrorCode::RateLimited);
        assert!(e.message.ends_with("try again in 45 s"), "{}", e.message);
        assert!(msg(Some(Duration::from_secs(200)))
            .message
            .ends_with("try again in 3 min 20 s"));
        assert!(msg(Some(Duration::from_secs(120)))
            .message
            .ends_with("try again in 2 min"));
        assert!(msg(Some(Duration::from_secs(7500)))
            .message
            .ends_with("try again in 2 h 5 min"));
        assert!(msg(None).message.ends_with("try again in a minute"));
    }

    #[test]
    fn transport_refusals_are_explained() {
        let e = AppError::from(symphony_api::Error::Redirect {
            status: 302,
            location: "https://elsewhere.example/x".into(),
        });
        assert_eq!(e.code, ErrorCode::Config);
        assert!(
            e.message.contains("https://elsewhere.example/x"),
            "{}",
            e.message
        );
        let e = AppError::from(symphony_api::Error::TooLarge {
            limit: 16 * 1024 * 1024,
        });
        assert_eq!(e.code, ErrorCode::Decode);
        assert!(e.message.contains("16 MB"), "{}", e.message);
    }
}
