//! 429s and rate-limit headers from a local server: waited out when short, refused at once
//! when longer than the cap, and absurd values neither panic nor hang.

mod common;

use common::server::{Reply, Server};
use std::time::{Duration, Instant};
use symphony_api::{ApiKey, Client, Endpoints, Error, RetryPolicy};

const OK: &str = r#"{"success":true,"data":[]}"#;

fn client(server: &Server, cap: Duration) -> Client {
    Client::builder(
        Endpoints::from_origin(&server.origin()).expect("urls"),
        ApiKey::new("sk_test_ratelimit_0123456789").expect("key"),
    )
    .retry(RetryPolicy {
        max_retries: 1,
        base: Duration::from_millis(10),
        cap: Duration::from_millis(50),
        ..RetryPolicy::default()
    })
    .max_rate_limit_wait(cap)
    .build()
    .expect("client")
}

/// The call must come back (with any answer) within this time: a hang detector, not a
/// speed target.
async fn within<T>(what: &str, f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), f)
        .await
        .unwrap_or_else(|_| panic!("{what}: the call hung"))
}

#[tokio::test]
async fn retry_after_alone_is_waited_before_resending() {
    // No X-RateLimit-Remaining: 0 here, so only Retry-After can make the client wait.
    let server = Server::start(|n, _| {
        if n == 0 {
            Reply::json(429, r#"{"message":"slow down"}"#).with_header("retry-after", "1")
        } else {
            Reply::json(200, OK)
        }
    })
    .await;
    let brands = within(
        "retry-after 1",
        client(&server, Duration::from_secs(60)).brands(),
    )
    .await;
    assert!(brands.is_ok(), "{brands:?}");
    let seen = server.requests();
    assert_eq!(seen.len(), 2, "refused once, then resent");
    let gap = seen[1].at.duration_since(seen[0].at);
    assert!(
        gap >= Duration::from_secs(1),
        "resent after {gap:?}, before Retry-After"
    );
}

#[tokio::test]
async fn a_wait_of_exactly_the_cap_is_waited() {
    let server = Server::start(|n, _| {
        if n == 0 {
            Reply::json(429, "{}").with_header("retry-after", "1")
        } else {
            Reply::json(200, OK)
        }
    })
    .await;
    let r = within("cap 1", client(&server, Duration::from_secs(1)).brands()).await;
    assert!(r.is_ok(), "a 1 s wait under a 1 s cap is waited: {r:?}");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn endless_429s_are_resent_a_bounded_number_of_times() {
    // Retry-After 0: every 429 may be resent at once, so only the count stops the client:
    // the first try and max_retries + 2 resends (max_retries is 1 here).
    let server = Server::start(|_, _| Reply::json(429, "{}").with_header("retry-after", "0")).await;
    let err = within(
        "endless 429",
        client(&server, Duration::from_secs(60)).brands(),
    )
    .await
    .expect_err("gives up");
    assert_eq!(
        err,
        Error::RateLimited {
            retry_after: Some(Duration::ZERO)
        }
    );
    assert_eq!(server.requests().len(), 4);
}

#[tokio::test]
async fn an_x_ratelimit_reset_is_waited_when_retry_after_is_missing() {
    let server = Server::start(|n, _| {
        if n == 0 {
            Reply::json(429, "{}").with_header("x-ratelimit-reset", "1")
        } else {
            Reply::json(200, OK)
        }
    })
    .await;
    let r = within("reset 1", client(&server, Duration::from_secs(60)).brands()).await;
    assert!(r.is_ok(), "{r:?}");
    let seen = server.requests();
    assert_eq!(seen.len(), 2);
    assert!(seen[1].at.duration_since(seen[0].at) >= Duration::from_secs(1));
}

#[tokio::test]
async fn a_wait_beyond_the_cap_fails_at_once_with_the_time_to_retry() {
    let server =
        Server::start(|_, _| Reply::json(429, "{}").with_header("retry-after", "120")).await;
    let started = Instant::now();
    let err = within(
        "retry-after 120",
        client(&server, Duration::from_secs(60)).brands(),
    )
    .await
    .expect_err("rate limited");
    assert_eq!(
        err,
        Error::RateLimited {
            retry_after: Some(Duration::from_secs(120))
        }
    );
    assert!(started.elapsed() < Duration::from_secs(5), "not slept");
    assert_eq!(server.requests().len(), 1, "not resent");
    assert!(!err.outcome_unknown(), "a 429 did nothing on the server");

    // The cap is the builder's: 2 s refuses a 3 s wait.
    let server = Server::start(|_, _| Reply::json(429, "{}").with_header("retry-after", "3")).await;
    let err = within("cap 2", client(&server, Duration::from_secs(2)).brands())
        .await
        .expect_err("rate limited");
    assert_eq!(
        err,
        Error::RateLimited {
            retry_after: Some(Duration::from_secs(3))
        }
    );
}

#[tokio::test]
async fn a_long_reset_with_nothing_remaining_fails_the_next_call_at_once() {
    // A success that says "0 left, window resets in an hour": the next call would have to
    // wait an hour, longer than the cap, so it is refused without being sent.
    let server = Server::start(|_, _| {
        Reply::json(200, OK)
            .with_header("x-ratelimit-limit", "100")
            .with_header("x-ratelimit-remaining", "0")
            .with_header("x-ratelimit-reset", "3600")
    })
    .await;
    let c = client(&server, Duration::from_secs(60));
    assert!(within("first", c.brands()).await.is_ok());
    let err = within("second", c.brands()).await.expect_err("limited");
    match err {
        Error::RateLimited {
            retry_after: Some(d),
        } => assert!(
            d > Duration::from_secs(3500) && d <= Duration::from_secs(3600),
            "{d:?}"
        ),
        other => panic!("expected RateLimited, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 1, "the second call was not sent");
}

#[tokio::test]
async fn absurd_wait_headers_neither_panic_nor_hang() {
    let values = [
        "99999999999999999999999999999999",
        "18446744073709551616",
        "1e309",
        "-1e309",
        "inf",
        "-5",
        "NaN",
        "nan",
        "-0",
        "0.0000000001",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "Thu, 01 Jan 1970 00:00:00 GMT",
        "garbage",
        "",
    ];
    for header in ["retry-after", "x-ratelimit-reset"] {
        for v in values {
            let (h, val) = (header.to_string(), v.to_string());
            let server = Server::start(move |_, _| {
                Reply::json(429, "{}")
                    .with_header(&h, &val)
                    .with_header("x-ratelimit-remaining", "0")
            })
            .await;
            let err = within(
                &format!("{header}: {v:?}"),
                client(&server, Duration::from_secs(60)).brands(),
            )
            .await
            .expect_err("still 429");
            match err {
                Error::RateLimited { retry_after } => {
                    assert!(
                        retry_after.is_some_and(|d| d <= Duration::from_secs(86_400)),
                        "{header}: {v:?} gave {retry_after:?}"
                    );
                }
                other => panic!("{header}: {v:?} gave {other:?}"),
            }
        }
    }
}

#[tokio::test]
async fn absurd_headers_on_a_success_are_harmless() {
    for v in [
        "1e309",
        "NaN",
        "-1",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "99999999999999999999",
    ] {
        let val = v.to_string();
        let server = Server::start(move |_, _| {
            Reply::json(200, OK)
                .with_header("x-ratelimit-limit", &val)
                .with_header("x-ratelimit-remaining", &val)
                .with_header("x-ratelimit-reset", &val)
                .with_header("retry-after", &val)
        })
        .await;
        let c = client(&server, Duration::from_secs(60));
        for _ in 0..2 {
            let r = within(v, c.brands()).await;
            assert!(
                matches!(r, Ok(_) | Err(Error::RateLimited { .. })),
                "{v}: {r:?}"
            );
        }
    }
}
