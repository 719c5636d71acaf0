//! Downloading one image: the API client's transport settings (rustls, timeouts, no cookies,
//! no key), redirects only to addresses that pass the same check, the body read as a stream
//! with a cap, and the bytes accepted by their signature alone.

use super::address::{self, Policy};
use super::ImageError;
use std::time::Duration;
use url::Url;

const MAX_REDIRECTS: usize = 5;

pub(crate) fn client(policy: Policy, timeout: Duration) -> Result<reqwest::Client, ImageError> {
    let redirects = reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= MAX_REDIRECTS {
            attempt.error(ImageError::Redirect)
        } else if address::check(attempt.url(), Policy::HttpsOnly).is_err() {
            // A redirect to http (or to a local host) is refused, not followed, even by the
            // tests' loopback policy.
            attempt.error(ImageError::Redirect)
        } else {
            attempt.follow()
        }
    });
    let builder = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10).min(timeout))
        .timeout(timeout)
        .redirect(redirects)
        .https_only(policy == Policy::HttpsOnly)
        .user_agent(concat!("crescendo-images/", env!("CARGO_PKG_VERSION")));
    #[cfg(test)]
    let builder = if policy == Policy::LoopbackHttp {
        builder.no_proxy()
    } else {
        builder
    };
    builder.build().map_err(|e| ImageError::Setup {
        message: e.to_string(),
    })
}

/// The image types shown, told apart by their first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Png,
    Jpeg,
    Webp,
    Gif,
}

impl Kind {
    pub(crate) fn mime(self) -> &'static str {
        match self {
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
            Kind::Webp => "image/webp",
            Kind::Gif => "image/gif",
        }
    }
}

/// The type the bytes say they are, never what a header claims. SVG (text) matches nothing.
pub(crate) fn sniff(b: &[u8]) -> Option<Kind> {
    if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Kind::Png)
    } else if b.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Kind::Jpeg)
    } else if b.len() >= 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP" {
        Some(Kind::Webp)
    } else if b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a") {
        Some(Kind::Gif)
    } else {
        None
    }
}

fn transport(e: &reqwest::Error) -> ImageError {
    if e.is_redirect() {
        ImageError::Redirect
    } else if e.is_timeout() {
        ImageError::Timeout
    } else {
        ImageError::Network
    }
}

/// Fetches `url` and returns its bytes and type, reading at most `cap` bytes.
pub(crate) async fn download(
    http: &reqwest::Client,
    url: Url,
    cap: usize,
) -> Result<(Vec<u8>, Kind), ImageError> {
    let mut resp = http
        .get(url)
        // What we can show; a CDN that negotiates formats then sends none of the others.
        .header(
            reqwest::header::ACCEPT,
            "image/webp,image/png,image/jpeg,image/gif;q=0.9",
        )
        .send()
        .await
        .map_err(|e| transport(&e))?;
    let status = resp.status();
    if !status.is_success() {
        return Err(ImageError::Status {
            status: status.as_u16(),
        });
    }
    if resp.content_length().is_some_and(|n| n > cap as u64) {
        return Err(ImageError::TooLarge { limit: cap });
    }
    let mut buf = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| transport(&e))? {
        if buf.len().saturating_add(chunk.len()) > cap {
            // Dropping the response closes the connection: the rest is never read.
            return Err(ImageError::TooLarge { limit: cap });
        }
        buf.extend_from_slice(&chunk);
        // Refuse a non-image as soon as its first bytes are in, not after the whole body.
        if buf.len() >= 12 && sniff(&buf).is_none() {
            return Err(ImageError::NotAnImage);
        }
    }
    let kind = sniff(&buf).ok_or(ImageError::NotAnImage)?;
    Ok((buf, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(Kind::Png));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Some(Kind::Jpeg));
        assert_eq!(sniff(b"RIFF\x24\0\0\0WEBPVP8 "), Some(Kind::Webp));
        assert_eq!(sniff(b"GIF89a\x01\0\x01\0"), Some(Kind::Gif));
        assert_eq!(sniff(b"GIF87a\x01\0\x01\0"), Some(Kind::Gif));
        for not in [
            &b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"[..],
            b"<?xml version=\"1.0\"?><svg/>",
            b"<!doctype html><title>404</title>",
            b"RIFF\x24\0\0\0WAVEfmt ",
            b"\x89PNG",
            b"",
        ] {
            assert_eq!(sniff(not), None, "{:?}", String::from_utf8_lossy(not));
        }
    }
}
