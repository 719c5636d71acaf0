//! Loopback never goes through a proxy. Proxy variables are process-wide, so this file is its
//! own test binary and holds a single test that sets them before any client exists.

mod common;

use common::server::{Reply, Server};
use symphony_api::{ApiKey, Client, Endpoints, RetryPolicy};

#[tokio::test]
async fn a_local_sandbox_is_reached_directly_whatever_the_proxy_variables_say() {
    let server = Server::start(|_, _| Reply::json(200, r#"{"success":true,"data":[]}"#)).await;
    // A dead proxy: anything sent through it fails to connect.
    let dead = "http://127.0.0.1:9";
    for var in [
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
    ] {
        std::env::set_var(var, dead);
    }
    for var in ["NO_PROXY", "no_proxy"] {
        std::env::remove_var(var);
    }
    for origin in [server.origin(), format!("http://localhost:{}", server.port)] {
        let c = Client::builder(
            Endpoints::from_origin(&origin).expect("urls"),
            ApiKey::new("sk_test_proxy_0123456789").expect("key"),
        )
        .retry(RetryPolicy::none())
        .build()
        .expect("client");
        let r = c.brands().await;
        assert!(r.is_ok(), "{origin}: {r:?}");
    }
    assert_eq!(
        server.requests().len(),
        2,
        "both calls reached the server directly"
    );
}
