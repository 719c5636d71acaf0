//! Reading what came back: capped bodies, transport failures (with the URL redacted), Graph's
//! error envelope, and JSON with the failing field's path; and the form encoding sent.

use crate::client::MAX_BODY;
use crate::error::GraphError;
use crate::redact::redact_url;
use crate::{Error, Result};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use url::Url;

/// `application/x-www-form-urlencoded`, as the reference's example body is
/// (`name=My+campaign&objective=LINK_CLICKS&status=PAUSED&special_ad_categories=%5B%5D`).
pub fn form_body(pairs: &[(&str, String)]) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

/// Reads the body with a cap: `Err(None)` past the cap, `Err(Some(e))` on a broken transfer.
pub(crate) async fn read_capped(
    mut resp: reqwest::Response,
) -> std::result::Result<Vec<u8>, Option<reqwest::Error>> {
    if resp.content_length().is_some_and(|n| n > MAX_BODY as u64) {
        return Err(None);
    }
    let mut buf = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(Some)? {
        if buf.len().saturating_add(chunk.len()) > MAX_BODY {
            return Err(None);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

pub(crate) fn transport_error(e: reqwest::Error, url: &Url) -> Error {
    if e.is_timeout() {
        return Error::Timeout;
    }
    let target = redact_url(url.as_str());
    if e.is_connect() {
        return Error::Network {
            message: format!(
                "could not connect to {target} (check the base URL and your connection)"
            ),
        };
    }
    Error::Network {
        message: format!("the connection to {target} failed: {}", e.without_url()),
    }
}

/// [`error_for`] by status number (any status outside 100..=999 is read as 500).
pub fn error_for_status(status: u16, bytes: &[u8]) -> Error {
    error_for(
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        bytes,
    )
}

/// The typed error for a failed response: Graph's error object when there is one, else by status.
pub fn error_for(status: StatusCode, bytes: &[u8]) -> Error {
    #[derive(serde::Deserialize)]
    struct Envelope {
        error: GraphError,
    }
    match serde_json::from_slice::<Envelope>(bytes) {
        Ok(env) => {
            let mut g = env.error;
            g.message = crate::redact::text(&g.message);
            Error::from_graph(status.as_u16(), g)
        }
        Err(_) if status.is_server_error() => Error::Server {
            status: status.as_u16(),
        },
        Err(_) => Error::decode(
            "error",
            format!("a {status} answer without Graph's error object"),
            bytes,
        ),
    }
}

/// Decodes a response, naming the failing field's path.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| {
        let path = e.path().to_string();
        Error::decode(
            if path == "." { "$".to_string() } else { path },
            e.inner().to_string(),
            bytes,
        )
    })
}
