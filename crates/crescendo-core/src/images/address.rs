//! Which image addresses are fetched: https on the default port, a public host, no user name or
//! password. The same check runs on every redirect target.

use super::ImageError;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use url::{Host, Url};

/// Longer addresses are refused before parsing (CDN addresses with signatures stay far below).
const MAX_LEN: usize = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Policy {
    /// The app: https only, public hosts only.
    HttpsOnly,
    /// Tests: also plain http to 127.0.0.1 (any port), so a local server can play the CDN.
    #[cfg(test)]
    LoopbackHttp,
}

fn bad(reason: &str) -> ImageError {
    ImageError::BadAddress {
        reason: reason.into(),
    }
}

/// Parses and checks an address under `policy`.
pub(crate) fn check_str(raw: &str, policy: Policy) -> Result<Url, ImageError> {
    let raw = raw.trim();
    if raw.len() > MAX_LEN {
        return Err(bad("the address is too long"));
    }
    let mut url = Url::parse(raw).map_err(|_| bad("it is not a web address"))?;
    check(&url, policy)?;
    // Never sent to the server: one image, one cache entry.
    url.set_fragment(None);
    Ok(url)
}

pub(crate) fn check(url: &Url, policy: Policy) -> Result<(), ImageError> {
    #[cfg(test)]
    if policy == Policy::LoopbackHttp
        && url.scheme() == "http"
        && url.host() == Some(Host::Ipv4(Ipv4Addr::LOCALHOST))
    {
        return Ok(());
    }
    let _ = policy;
    if url.scheme() != "https" {
        return Err(ImageError::NotHttps {
            scheme: url.scheme().chars().take(20).collect(),
        });
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("it carries a user name or password"));
    }
    // `port()` is None for the scheme's default (443), whether written or not.
    if url.port().is_some() {
        return Err(bad("it names a port other than 443"));
    }
    match url.host() {
        None => Err(bad("it has no host")),
        Some(Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            if d == "localhost" || d.ends_with(".localhost") || !d.contains('.') {
                Err(bad("it points at this computer or the local network"))
            } else {
                Ok(())
            }
        }
        Some(Host::Ipv4(ip)) if !public(IpAddr::V4(ip)) => {
            Err(bad("it points at this computer or the local network"))
        }
        Some(Host::Ipv6(ip)) if !public(IpAddr::V6(ip)) => {
            Err(bad("it points at this computer or the local network"))
        }
        Some(_) => Ok(()),
    }
}

/// Not loopback, private, link-local, unspecified, broadcast or documentation space.
fn public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => !v4_local(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => !v4_local(v4),
            None => !v6_local(v6),
        },
    }
}

fn v4_local(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_documentation()
        // 100.64.0.0/10, carrier-grade NAT.
        || (a == 100 && (64..128).contains(&b))
}

fn v6_local(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    ip.is_loopback()
        || ip.is_unspecified()
        // fc00::/7 unique local, fe80::/10 link-local.
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(raw: &str) -> &'static str {
        match check_str(raw, Policy::HttpsOnly) {
            Ok(_) => "ok",
            Err(e) => e.code(),
        }
    }

    #[test]
    fn documented_cdn_addresses_pass() {
        for ok in [
            "https://i.scdn.co/image/ab67616d0000b273b6cada9f4c723d8645647508",
            "https://res.cloudinary.com/symphonyos/video/upload/c_limit,h_60,w_90/v1722633952/symphony/phoneVideo_o5ncrd.jpg",
            "https://scontent-ord5-2.xx.fbcdn.net/v/t45.1600-4/476444813_n.jpg?stp=dst-jpg_p168x128_tt6&_nc_cat=103",
            "https://i.scdn.co:443/image/x",
            "https://93.184.216.34/a.png",
        ] {
            assert_eq!(code(ok), "ok", "{ok}");
        }
    }

    #[test]
    fn everything_but_public_https_is_refused() {
        let cases = [
            ("http://i.scdn.co/image/x", "not_https"),
            ("data:image/svg+xml,<svg onload=alert(1)>", "not_https"),
            ("file:///etc/passwd", "not_https"),
            ("javascript:alert(1)", "not_https"),
            ("ftp://i.scdn.co/x.png", "not_https"),
            ("https://user:pw@i.scdn.co/x.png", "bad_address"),
            ("https://user@i.scdn.co/x.png", "bad_address"),
            ("https://i.scdn.co:8443/x.png", "bad_address"),
            ("https://localhost/x.png", "bad_address"),
            ("https://printer/x.png", "bad_address"),
            ("https://127.0.0.1/x.png", "bad_address"),
            ("https://10.1.2.3/x.png", "bad_address"),
            ("https://192.168.0.10/x.png", "bad_address"),
            ("https://169.254.169.254/latest/meta-data", "bad_address"),
            ("https://[::1]/x.png", "bad_address"),
            ("https://[::ffff:127.0.0.1]/x.png", "bad_address"),
            ("https://[fd00::1]/x.png", "bad_address"),
            ("not a url", "bad_address"),
            ("", "bad_address"),
        ];
        for (raw, want) in cases {
            assert_eq!(code(raw), want, "{raw}");
        }
        let long = format!("https://i.scdn.co/{}", "a".repeat(MAX_LEN));
        assert_eq!(code(&long), "bad_address");
    }

    #[test]
    fn the_fragment_is_not_part_of_the_address() {
        let u = check_str("https://i.scdn.co/image/a#x", Policy::HttpsOnly).unwrap();
        assert_eq!(u.as_str(), "https://i.scdn.co/image/a");
    }

    #[test]
    fn only_the_test_policy_allows_loopback_http() {
        assert_eq!(code("http://127.0.0.1:8080/a.png"), "not_https");
        assert!(check_str("http://127.0.0.1:8080/a.png", Policy::LoopbackHttp).is_ok());
        // Loopback http in tests means 127.0.0.1 only.
        assert!(check_str("http://example.com/a.png", Policy::LoopbackHttp).is_err());
    }
}
