//! Turning a response into a value or a typed error: the `data` of the envelope (with the
//! failing field's path), the error body of a failed status, and transport failures.

use crate::{Error, Result};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde::Deserialize;

#[derive(Deserialize)]
struct Envelope<T> {
    data: T,
}

#[derive(Deserialize, Default)]
struct ErrorBody {
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    error: Option<serde_json::Value>,
}

/// Decodes the `data` of a response envelope (`{ data, status }` or `{ success, data }`),
/// naming the failing field's JSON path on error.
pub fn decode_envelope<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, Envelope<T>>(&mut de) {
        Ok(env) => Ok(env.data),
        Err(e) => {
            let path = e.path().to_string();
            Err(Error::decode(
                if path == "." { "$".to_string() } else { path },
                e.inner().to_string(),
                bytes,
            ))
        }
    }
}

pub(crate) fn transport_error(e: reqwest::Error) -> Error {
    if e.is_timeout() {
        Error::Timeout
    } else if e.is_connect() {
        Error::Network {
            message: "could not connect to the API (check the base URL and your connection)".into(),
        }
    } else {
        // Strip the URL: it is fine to show, but the message is clearer without it.
        let msg = e.without_url().to_string();
        Error::Network {
            message: format!("the connection failed: {msg}"),
        }
    }
}

/// The typed error for an error response (status and body), as the client builds it. Public
/// for the fuzz targets; any status outside 100..=999 is read as 500.
pub fn error_from_response(status: u16, bytes: &[u8]) -> Error {
    error_for(
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        bytes,
    )
}

pub(crate) fn error_for(status: StatusCode, bytes: &[u8]) -> Error {
    let body: ErrorBody = serde_json::from_slice(bytes).unwrap_or_default();
    let details = match body.error {
        Some(serde_json::Value::String(s)) => s,
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let message = body
        .message
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| status.canonical_reason().unwrap_or("error").to_string());
    let summary = if details.is_empty() {
        message.clone()
    } else {
        format!("{message} — {details}")
    };
    match status.as_u16() {
        400 | 409 | 422 => Error::Validation { message, details },
        401 => Error::Unauthorized { message: summary },
        403 => Error::Forbidden { message: summary },
        404 => Error::NotFound { message: summary },
        429 => Error::RateLimited { retry_after: None },
        s => Error::Server {
            status: s,
            message: summary,
        },
    }
}
