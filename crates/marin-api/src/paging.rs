//! Paging: every GET answers `{ data, range: { total, limit, nb_pages, page, results, next } }`.
//! The walker asks for pages by number (never by following `next`, which would send the
//! token wherever a response pointed) and stops at `nb_pages`.

use crate::de;
use crate::error::{Error, Result};
use serde::Deserialize;
use std::future::Future;

/// The documented maximum `limit`.
pub const MAX_LIMIT: u32 = 300;
/// The documented default `limit`.
pub const DEFAULT_LIMIT: u32 = 100;
/// A list longer than this many pages is treated as a server fault, not walked forever.
pub const MAX_PAGES: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Range {
    #[serde(deserialize_with = "de::u64")]
    pub total: u64,
    #[serde(deserialize_with = "de::u64")]
    pub limit: u64,
    #[serde(deserialize_with = "de::u64")]
    pub nb_pages: u64,
    #[serde(deserialize_with = "de::u64")]
    pub page: u64,
    #[serde(default, deserialize_with = "de::opt_u64")]
    pub results: Option<u64>,
    /// The next page's link, with its `key` parameter redacted (`key=[redacted]`).
    #[serde(default)]
    pub next: Option<String>,
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub data: Vec<T>,
    /// Absent on lists the reference shows without one (target search).
    pub range: Option<Range>,
}

/// Which page to ask for: `limit` in 1..=300, `page` from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub limit: u32,
    pub page: u32,
}

impl Default for PageRequest {
    fn default() -> Self {
        PageRequest {
            limit: DEFAULT_LIMIT,
            page: 1,
        }
    }
}

impl PageRequest {
    pub fn new(limit: u32, page: u32) -> Result<PageRequest> {
        let mut fields = Vec::new();
        if !(1..=MAX_LIMIT).contains(&limit) {
            fields.push(crate::FieldError::new(
                "limit",
                format!("must be between 1 and {MAX_LIMIT}, not {limit}"),
            ));
        }
        if page == 0 {
            fields.push(crate::FieldError::new("page", "pages are counted from 1"));
        }
        if fields.is_empty() {
            Ok(PageRequest { limit, page })
        } else {
            Err(Error::Invalid { fields })
        }
    }

    pub(crate) fn query(&self) -> [(&'static str, String); 2] {
        [
            ("limit", self.limit.to_string()),
            ("page", self.page.to_string()),
        ]
    }
}

/// Reads every page, `limit` rows at a time, with `fetch` (one page per call), in order.
/// Stops after the page the server calls the last (`page >= nb_pages`), on an empty page, or
/// when a page has no `range`; a server that answers with another page than the one asked for,
/// or a list longer than [`MAX_PAGES`], is a decode error rather than a loop.
pub async fn walk<T, F, Fut>(limit: u32, mut fetch: F) -> Result<Vec<T>>
where
    F: FnMut(PageRequest) -> Fut,
    Fut: Future<Output = Result<Page<T>>>,
{
    let mut all = Vec::new();
    let mut page = 1u32;
    loop {
        let req = PageRequest::new(limit, page)?;
        let got = fetch(req).await?;
        let empty = got.data.is_empty();
        all.extend(got.data);
        let Some(range) = got.range else {
            return Ok(all);
        };
        if range.page != u64::from(page) {
            return Err(Error::Decode {
                path: "range.page".into(),
                message: format!("asked for page {page}, got page {}", range.page),
                body: String::new(),
            });
        }
        if empty || range.page >= range.nb_pages {
            return Ok(all);
        }
        if page >= MAX_PAGES {
            return Err(Error::Decode {
                path: "range.nb_pages".into(),
                message: format!("the list did not end after {MAX_PAGES} pages"),
                body: String::new(),
            });
        }
        page += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(page: u64, nb_pages: u64) -> Range {
        Range {
            total: nb_pages * 2,
            limit: 2,
            nb_pages,
            page,
            results: Some(2),
            next: None,
        }
    }

    #[tokio::test]
    async fn walks_until_the_last_page_in_order() {
        let got = walk(2, |r| async move {
            Ok(Page {
                data: vec![r.page * 10, r.page * 10 + 1],
                range: Some(range(u64::from(r.page), 3)),
            })
        })
        .await
        .expect("walks");
        assert_eq!(got, vec![10, 11, 20, 21, 30, 31]);
    }

    #[tokio::test]
    async fn a_server_stuck_on_one_page_is_an_error_not_a_loop() {
        let err = walk(2, |_| async {
            Ok(Page {
                data: vec![1],
                range: Some(range(1, 9)),
            })
        })
        .await
        .expect_err("fails");
        assert_eq!(err.code(), "decode");
        assert!(
            err.to_string().contains("asked for page 2, got page 1"),
            "{err}"
        );
    }

    #[test]
    fn limits_follow_the_documentation() {
        assert!(PageRequest::new(300, 1).is_ok());
        let e = PageRequest::new(301, 0).expect_err("refused");
        assert!(
            e.field("limit").is_some() && e.field("page").is_some(),
            "{e}"
        );
    }
}
