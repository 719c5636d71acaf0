//! Marin Social failures in Crescendo's error codes, each with what to do about it. The
//! agency token never reaches these messages: marin-api scrubs every string of its errors
//! (`redact::redact_url`), and the statuses that could echo a request (401, 403, 5xx, other)
//! are answered here with fixed words rather than the server's.

use crate::{AppError, ErrorCode};
use marin_api::Error as E;

/// 401: the token is not recognized.
pub const TOKEN_INVALID: &str = "Marin Social does not recognize this agency token (401): copy it again from Marin Social's settings and save it again in Settings > Accounts.";
/// 403: the reference's "Access denied" (the sandbox also answers it to an unknown token).
pub const DENIED: &str = "Marin Social denied access (403): the agency token is not accepted, or this account or media plan belongs to another agency. Check the token and the account id in Settings > Accounts.";

impl From<E> for AppError {
    fn from(e: E) -> Self {
        let (code, message) = match &e {
            E::Form { .. } | E::Invalid { .. } => {
                // The fields the API (or the client, before sending) refused, by their names.
                let fields = form_fields(&e);
                (
                    ErrorCode::Validation,
                    if fields.is_empty() {
                        "Marin Social refused the change without naming a field.".into()
                    } else {
                        format!("Marin Social refused {fields}.")
                    },
                )
            }
            E::Unauthorized { .. } => (ErrorCode::Unauthorized, TOKEN_INVALID.into()),
            E::Forbidden { .. } => (ErrorCode::Forbidden, DENIED.into()),
            E::NotFound { .. } => (
                ErrorCode::NotFound,
                "Marin Social has no such campaign, media plan or account (404): check the id."
                    .into(),
            ),
            E::Server { status, .. } => (
                ErrorCode::Server,
                format!("Marin Social had a problem answering (HTTP {status}); try again shortly"),
            ),
            E::Status { status, .. } => (
                ErrorCode::Server,
                format!("Marin Social answered with HTTP {status}, which Crescendo does not expect (a redirect is never followed: it would carry the token elsewhere); check the account's address"),
            ),
            E::Network { .. } => (
                ErrorCode::Network,
                "Could not reach Marin Social: check your connection and the account's address"
                    .into(),
            ),
            E::Timeout => (
                ErrorCode::Timeout,
                "Marin Social did not answer in time; try again".into(),
            ),
            E::Decode { path, .. } => (
                ErrorCode::Decode,
                if path.is_empty() {
                    "Marin Social sent data Crescendo does not understand".into()
                } else {
                    format!("Marin Social sent data Crescendo does not understand (at {path})")
                },
            ),
            E::Config { message } => (ErrorCode::Config, format!("Marin Social: {message}")),
            _ => (ErrorCode::Internal, e.to_string()),
        };
        AppError::new(code, message)
    }
}

/// "daily_budget (must be positive); end_date (…)": the refused fields with their messages.
fn form_fields(e: &E) -> String {
    let (message, fields) = match e {
        E::Form { message, fields } => (message.as_str(), fields.as_slice()),
        E::Invalid { fields } => ("", fields.as_slice()),
        _ => return String::new(),
    };
    let mut parts: Vec<String> = fields
        .iter()
        .map(|f| match f.field.as_str() {
            "" => f.message.clone(),
            name => format!("{name} ({})", f.message),
        })
        .collect();
    if parts.is_empty() && !message.trim().is_empty() {
        parts.push(message.trim().to_string());
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use marin_api::FieldError;

    #[test]
    fn each_failure_has_its_code_and_fix() {
        let cases: Vec<(E, ErrorCode, &str)> = vec![
            (
                E::Unauthorized {
                    message: "x".into(),
                },
                ErrorCode::Unauthorized,
                TOKEN_INVALID,
            ),
            (
                E::Forbidden {
                    message: "Access denied".into(),
                },
                ErrorCode::Forbidden,
                DENIED,
            ),
            (
                E::Form {
                    message: "Validation Failed".into(),
                    fields: vec![FieldError::new("daily_budget", "This value is not valid.")],
                },
                ErrorCode::Validation,
                "Marin Social refused daily_budget (This value is not valid.).",
            ),
            (
                E::Server {
                    status: 502,
                    message: "upstream".into(),
                },
                ErrorCode::Server,
                "Marin Social had a problem answering (HTTP 502); try again shortly",
            ),
        ];
        for (api, code, message) in cases {
            let e = AppError::from(api.clone());
            assert_eq!((e.code, e.message.as_str()), (code, message), "{api:?}");
        }
        let e = AppError::from(E::NotFound {
            message: "Resource not found".into(),
        });
        assert_eq!(e.code, ErrorCode::NotFound);
    }
}
