//! A hostile server: redirects that would carry the key away, and bodies too large to hold.

mod common;

use common::server::{Reply, Server, TEST_CA_PEM};
use std::time::{Duration, Instant};
use symphony_api::{ApiKey, Client, Endpoints, Error, RetryPolicy, DEFAULT_MAX_BODY};

const KEY: &str = "sk_test_hostile_0123456789";
/// A valid `api-test` answer.
const BRAND: &str = r#"{"data":{"brandId":1,"brandName":"x"}}"#;

/// A client that never retries, with the body cap given or the default one.
fn capped(origin: &str, cap: Option<usize>) -> Client {
    let b = Client::builder(
        Endpoints::from_origin(origin).expect("urls"),
        ApiKey::new(KEY).expect("key"),
    )
    .retry(RetryPolicy::none())
    .timeout(Duration::from_secs(5));
    match cap {
        Some(cap) => b.max_body_bytes(cap),
        None => b,
    }
    .build()
    .expect("client")
}

fn client(origin: &str) -> Client {
    capped(origin, None)
}

/// A redirect answer pointing at `location`.
fn redirect(status: u16, location: &str) -> Reply {
    Reply::json(status, "").with_header("location", location)
}

/// The peak resident memory of this process so far, in kB (Linux).
fn vm_hwm_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_refused_and_the_key_stays_home() {
    let elsewhere = Server::start(|_, _| Reply::json(200, r#"{"data":[]}"#)).await;
    let target = format!("{}/advertising/v1/campaign/7", elsewhere.origin());
    for status in [301u16, 302, 303, 307, 308] {
        let t = target.clone();
        let home = Server::start(move |_, _| redirect(status, &t)).await;
        let err = client(&home.origin())
            .campaign(7)
            .await
            .expect_err("a redirect is an error");
        match &err {
            Error::Redirect {
                status: s,
                location,
            } => {
                assert_eq!(*s, status);
                assert_eq!(location, &target, "the error names where it pointed");
            }
            other => panic!("{status}: expected Redirect, got {other:?}"),
        }
        assert!(err.to_string().contains(&target), "{err}");
        assert_eq!(err.code(), "redirect");
        let home_seen = home.requests();
        assert_eq!(home_seen.len(), 1, "asked once, not retried");
        assert_eq!(home_seen[0].header("x-api-key"), Some(KEY));
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let leaked: Vec<_> = elsewhere
        .requests()
        .into_iter()
        .filter(|r| r.header("x-api-key").is_some())
        .collect();
    assert!(
        elsewhere.requests().is_empty(),
        "nothing reached the other origin: {leaked:?}"
    );
}

#[tokio::test]
async fn an_https_to_http_redirect_is_refused_and_the_key_stays_home() {
    let plain = Server::start(|_, _| Reply::json(200, BRAND)).await;
    // The same host and path, only downgraded to http.
    let target = format!("{}/api/sym/v2/api-test", plain.origin());
    let t = target.clone();
    let secure = Server::start_tls(move |n, _| {
        if n == 0 {
            Reply::json(200, BRAND)
        } else {
            redirect(302, &t)
        }
    })
    .await;
    let c = Client::builder(
        Endpoints::from_origin(&secure.tls_origin()).expect("urls"),
        ApiKey::new(KEY).expect("key"),
    )
    .retry(RetryPolicy::none())
    .extra_root_certificate_pem(TEST_CA_PEM)
    .build()
    .expect("client");
    // The TLS setup is real: a plain answer over https works.
    c.api_test().await.expect("https works");
    let err = c.api_test().await.expect_err("redirect refused");
    assert_eq!(
        err,
        Error::Redirect {
            status: 302,
            location: target
        }
    );
    assert_eq!(secure.requests().len(), 2);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        plain.requests().is_empty(),
        "nothing reached the http origin"
    );
}

#[tokio::test]
async fn a_same_origin_redirect_is_not_followed_either() {
    let home = Server::start(|n, _| {
        if n == 0 {
            redirect(302, "/advertising/v1/campaign/8")
        } else {
            Reply::json(200, r#"{"data":{}}"#)
        }
    })
    .await;
    let err = client(&home.origin())
        .campaign(7)
        .await
        .expect_err("refused");
    match err {
        Error::Redirect { location, .. } => assert_eq!(
            location,
            format!("{}/advertising/v1/campaign/8", home.origin()),
            "a relative Location is named as the absolute URL it means"
        ),
        other => panic!("expected Redirect, got {other:?}"),
    }
    assert_eq!(home.requests().len(), 1);
}

#[tokio::test]
async fn an_endless_body_is_cut_at_the_cap_without_buffering_it() {
    const TOTAL: u64 = 300 * 1024 * 1024;
    const CHUNK: usize = 64 * 1024;
    let server = Server::start(|_, _| Reply::Endless {
        status: 200,
        total: TOTAL,
        chunk: CHUNK,
        declare: false,
    })
    .await;
    let before = vm_hwm_kb();
    let started = Instant::now();
    let err = client(&server.origin())
        .campaign(1)
        .await
        .expect_err("too large");
    let took = started.elapsed();
    assert_eq!(
        err,
        Error::TooLarge {
            limit: DEFAULT_MAX_BODY as u64
        }
    );
    assert_eq!(err.code(), "too_large");
    tokio::time::sleep(Duration::from_millis(300)).await;
    eprintln!(
        "300 MB body: error after {took:?}, {} bytes sent, VmHWM {before:?} -> {:?} kB",
        server.written(),
        vm_hwm_kb()
    );
    // The server could only write what the client read plus what the sockets buffer.
    let written = server.written();
    assert!(
        written <= (DEFAULT_MAX_BODY + CHUNK) as u64 + 16 * 1024 * 1024,
        "the client stopped reading at the cap: {written} bytes were sent in {took:?}"
    );
    if let (Some(b), Some(a)) = (before, vm_hwm_kb()) {
        assert!(
            a.saturating_sub(b) < 80 * 1024,
            "peak memory grew by {} kB",
            a.saturating_sub(b)
        );
    }
}

#[tokio::test]
async fn a_declared_oversize_is_refused_before_reading_and_the_cap_is_configurable() {
    let server = Server::start(|_, _| Reply::Endless {
        status: 200,
        total: 300 * 1024 * 1024,
        chunk: 64 * 1024,
        declare: true,
    })
    .await;
    let err = capped(&server.origin(), Some(1024))
        .campaign(1)
        .await
        .expect_err("too large");
    assert_eq!(err, Error::TooLarge { limit: 1024 });

    // A small body over a small cap is refused too, and under it is read.
    let small = Server::start(|_, _| Reply::json(200, BRAND)).await;
    assert_eq!(
        capped(&small.origin(), Some(10))
            .api_test()
            .await
            .expect_err("over"),
        Error::TooLarge { limit: 10 }
    );
    assert!(capped(&small.origin(), Some(4096)).api_test().await.is_ok());
}

#[tokio::test]
async fn an_oversized_error_body_keeps_its_status_meaning() {
    let server = Server::start(|_, _| Reply::Endless {
        status: 400,
        total: 300 * 1024 * 1024,
        chunk: 64 * 1024,
        declare: false,
    })
    .await;
    let err = client(&server.origin()).campaign(1).await.expect_err("400");
    assert!(
        matches!(err, Error::Validation { .. }),
        "a 400 still means 'not done', whatever its body: {err:?}"
    );
    assert!(!err.outcome_unknown());
}

/// The brand answer padded with trailing spaces (still valid JSON) to exactly `len` bytes.
fn padded(len: usize) -> Vec<u8> {
    let mut b = BRAND.as_bytes().to_vec();
    assert!(len >= b.len());
    b.resize(len, b' ');
    b
}

#[tokio::test]
async fn a_body_of_exactly_the_cap_is_read_and_one_byte_more_is_refused() {
    // 7-byte pieces and a 3-byte last one: no prefix of the stream is exactly LEN - 1 bytes,
    // so only a true "more than the cap" test refuses at LEN - 1.
    const LEN: usize = 7 * 20 + 3;
    let body = padded(LEN);
    let declared = {
        let b = body.clone();
        Server::start(move |_, _| Reply::Fixed {
            status: 200,
            headers: vec![],
            body: b.clone(),
        })
        .await
    };
    let streamed = {
        let b = body.clone();
        Server::start(move |_, _| Reply::Chunked {
            status: 200,
            body: b.clone(),
            chunk: 7,
        })
        .await
    };
    for (how, server) in [("declared", &declared), ("streamed", &streamed)] {
        let at_cap = capped(&server.origin(), Some(LEN)).api_test().await;
        assert!(at_cap.is_ok(), "{how}: exactly the cap is read: {at_cap:?}");
        assert_eq!(
            capped(&server.origin(), Some(LEN - 1)).api_test().await,
            Err(Error::TooLarge {
                limit: (LEN - 1) as u64
            }),
            "{how}: one byte over the cap"
        );
        let roomy = capped(&server.origin(), Some(LEN + 1)).api_test().await;
        assert!(roomy.is_ok(), "{how}: {roomy:?}");
    }
}

#[tokio::test]
async fn a_declared_length_over_the_cap_is_refused_without_waiting_for_the_body() {
    // The server announces 101 bytes, sends 10 and stalls: only the declared length can tell.
    let server = Server::start(|_, _| Reply::Stalled {
        status: 200,
        declared: 101,
        body: b"{\"data\":  ".to_vec(),
    })
    .await;
    let started = Instant::now();
    let err = capped(&server.origin(), Some(100))
        .api_test()
        .await
        .expect_err("refused");
    assert_eq!(err, Error::TooLarge { limit: 100 });
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "no waiting for the body"
    );
}

#[tokio::test]
async fn the_default_cap_is_16_mib() {
    const MIB16: usize = 16 * 1024 * 1024;
    let exact = Server::start(|_, _| Reply::Fixed {
        status: 200,
        headers: vec![],
        body: padded(MIB16),
    })
    .await;
    let over = Server::start(|_, _| Reply::Stalled {
        status: 200,
        declared: MIB16 as u64 + 1,
        body: Vec::new(),
    })
    .await;
    let got = capped(&exact.origin(), None).api_test().await;
    assert!(got.is_ok(), "16 MiB exactly is read: {got:?}");
    assert_eq!(
        capped(&over.origin(), None).api_test().await,
        Err(Error::TooLarge {
            limit: MIB16 as u64
        })
    );
    assert_eq!(DEFAULT_MAX_BODY, MIB16);
}
