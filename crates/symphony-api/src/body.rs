//! Reading a response body with a size cap, as a stream: never more than `cap` bytes (plus the
//! one chunk that crossed it) are held, and a declared `Content-Length` over the cap is refused
//! before reading anything.

use crate::Error;
use reqwest::header::HeaderMap;
use reqwest::Response;

/// The default cap: the largest documented response (a campaign list page, analytics with
/// daily stats) is a few hundred kilobytes.
pub const DEFAULT_MAX_BODY: usize = 16 * 1024 * 1024;

pub(crate) enum ReadError {
    TooLarge,
    Transport(reqwest::Error),
}

pub(crate) async fn read_capped(mut resp: Response, cap: usize) -> Result<Vec<u8>, ReadError> {
    if resp.content_length().is_some_and(|n| n > cap as u64) {
        return Err(ReadError::TooLarge);
    }
    let mut buf = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(ReadError::Transport)? {
        if buf.len().saturating_add(chunk.len()) > cap {
            // Dropping the response here closes the connection: the rest is never read.
            return Err(ReadError::TooLarge);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

/// The error for a 3xx, naming where it pointed (resolved against the request URL, and cut
/// short so a hostile server cannot fill the message).
pub(crate) fn redirect_error(status: u16, headers: &HeaderMap, from: &url::Url) -> Error {
    const KEEP: usize = 300;
    let location = match headers.get("location").map(|v| v.to_str()) {
        None => "(no Location header)".to_string(),
        Some(Err(_)) => "(an unreadable Location header)".to_string(),
        Some(Ok(raw)) => from
            .join(raw)
            .map(|u| u.to_string())
            .unwrap_or_else(|_| raw.to_string()),
    };
    let location = if location.chars().count() > KEEP {
        format!("{}…", location.chars().take(KEEP).collect::<String>())
    } else {
        location
    };
    Error::Redirect { status, location }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn location_of(raw: &str) -> String {
        let mut h = HeaderMap::new();
        h.insert("location", HeaderValue::from_str(raw).expect("header"));
        let from = url::Url::parse("http://h.test/advertising/v1/campaign/7").expect("url");
        match redirect_error(302, &h, &from) {
            Error::Redirect { status, location } => {
                assert_eq!(status, 302);
                location
            }
            other => panic!("expected Redirect, got {other:?}"),
        }
    }

    #[test]
    fn a_location_of_300_characters_is_kept_whole_and_longer_ones_are_cut() {
        let origin = "http://h.test/";
        let exact = format!("{origin}{}", "a".repeat(300 - origin.len()));
        assert_eq!(exact.chars().count(), 300);
        assert_eq!(location_of(&exact), exact);

        let over = format!("{exact}b");
        assert_eq!(location_of(&over), format!("{exact}…"));
        assert_eq!(location_of("/v1/other"), "http://h.test/v1/other");
    }

    #[test]
    fn a_missing_or_unreadable_location_is_named() {
        let from = url::Url::parse("http://h.test/").expect("url");
        let err = redirect_error(301, &HeaderMap::new(), &from);
        assert_eq!(
            err,
            Error::Redirect {
                status: 301,
                location: "(no Location header)".into()
            }
        );
        let mut h = HeaderMap::new();
        h.insert(
            "location",
            HeaderValue::from_bytes(b"/caf\xe9").expect("opaque bytes"),
        );
        let err = redirect_error(301, &h, &from);
        assert_eq!(
            err,
            Error::Redirect {
                status: 301,
                location: "(an unreadable Location header)".into()
            }
        );
    }
}
