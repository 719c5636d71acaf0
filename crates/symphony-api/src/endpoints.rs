//! The one place that decides which base URLs the client may talk to: https anywhere, plain
//! http only to this machine (loopback), and never a URL carrying user-info, a query or a
//! fragment (a key or token pasted into one would travel with every request and into logs).

use crate::{Error, Result};
use std::net::{Ipv4Addr, Ipv6Addr};
use url::{Host, Url};

/// Where the two API generations live. v1 paths start with `/v1/` below the "advertising" base
/// (the documents' `{{ADVERTISING_API}}`); v2 paths sit directly below `/api/sym/v2`.
///
/// The fields are readable, but other crates cannot build one with a struct literal
/// (`non_exhaustive`): every value comes through [`Endpoints::new`] or
/// [`Endpoints::from_origin`], which enforce the rules; `ClientBuilder::build` checks again.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Endpoints {
    pub advertising: Url,
    pub v2: Url,
}

impl Endpoints {
    pub fn new(advertising: &str, v2: &str) -> Result<Endpoints> {
        Ok(Endpoints {
            advertising: parse_base(advertising, "v1")?,
            v2: parse_base(v2, "v2")?,
        })
    }

    /// Both bases from one origin laid out like the real API (used for local sandboxes):
    /// `http://127.0.0.1:PORT` gives `.../advertising` and `.../api/sym/v2`.
    pub fn from_origin(origin: &str) -> Result<Endpoints> {
        // Validate the origin as given first, so a query or fragment is named as such instead
        // of swallowing the suffixes appended below.
        let o = parse_base(origin, "origin")?;
        let o = o.as_str().trim_end_matches('/');
        Endpoints::new(&format!("{o}/advertising"), &format!("{o}/api/sym/v2"))
    }

    /// Symphony's Sandbox environment (the development partner host the v1 guide shows).
    pub fn symphony_sandbox() -> Endpoints {
        Endpoints::new(
            "https://development.partner.symphonyos.co/advertising",
            "https://api.symphonyos.co/api/sym/v2",
        )
        .expect("constant URLs parse")
    }

    /// Symphony's Production environment (the host the v2 FAQ shows).
    pub fn symphony_production() -> Endpoints {
        Endpoints::new(
            "https://partner.symphonyos.co/advertising",
            "https://api.symphonyos.co/api/sym/v2",
        )
        .expect("constant URLs parse")
    }

    /// The hosts the two bases point to (lowercase, as `url` normalizes them), for callers that
    /// decide by host, e.g. "is this Production".
    pub fn hosts(&self) -> [&str; 2] {
        [
            self.advertising.host_str().unwrap_or_default(),
            self.v2.host_str().unwrap_or_default(),
        ]
    }

    /// Both bases are on this machine: such traffic never goes through a proxy.
    pub fn is_loopback(&self) -> bool {
        is_loopback(&self.advertising) && is_loopback(&self.v2)
    }

    /// Re-applies the rules (the fields are public, so a value may have been changed).
    pub(crate) fn check(&self) -> Result<()> {
        check(&self.advertising, "v1")?;
        check(&self.v2, "v2")
    }
}

fn parse_base(raw: &str, what: &str) -> Result<Url> {
    let trimmed = raw.trim().trim_end_matches('/');
    let u = Url::parse(trimmed).map_err(|e| Error::Config {
        message: format!("the {what} base URL is not a valid URL ({e})"),
    })?;
    check(&u, what)?;
    Ok(u)
}

fn check(u: &Url, what: &str) -> Result<()> {
    let bad = |why: &str| {
        Err(Error::Config {
            message: format!("the {what} base URL {why}"),
        })
    };
    // Checked before anything that prints the URL: user-info may hold a password.
    if !u.username().is_empty() || u.password().is_some() {
        return bad("must not contain a user name or password (user@host)");
    }
    if u.query().is_some() {
        return bad("must not contain a query (\"?...\")");
    }
    if u.fragment().is_some() {
        return bad("must not contain a fragment (\"#...\")");
    }
    if u.host().is_none() {
        return bad("has no host");
    }
    match u.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(u) => Ok(()),
        "http" => bad(&format!(
            "uses http:// to {}: only https:// is allowed, except to this machine \
             (localhost, 127.0.0.0/8, ::1)",
            u.host_str().unwrap_or_default()
        )),
        other => bad(&format!(
            "uses {other}:// (must start with https://, or http:// for a local sandbox)"
        )),
    }
}

fn is_loopback(u: &Url) -> bool {
    match u.host() {
        Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => {
            ip == Ipv6Addr::LOCALHOST
                || ip
                    .to_ipv4_mapped()
                    .is_some_and(|v4: Ipv4Addr| v4.is_loopback())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(v1: &str) -> String {
        match Endpoints::new(v1, "https://api.symphonyos.co/api/sym/v2") {
            Err(Error::Config { message }) => message,
            other => panic!("{v1} was accepted: {other:?}"),
        }
    }

    #[test]
    fn https_anywhere_http_only_to_loopback() {
        for ok in [
            "https://partner.symphonyos.co/advertising",
            "http://127.0.0.1:8080/advertising",
            "http://127.9.8.7/advertising",
            "http://localhost:3000",
            "http://LOCALHOST:3000/",
            "http://[::1]:3000",
        ] {
            assert!(Endpoints::from_origin(ok).is_ok(), "{ok}");
            assert!(Endpoints::new(ok, ok).is_ok(), "{ok}");
        }
        for (url, why) in [
            ("http://partner.symphonyos.co/advertising", "only https"),
            ("http://10.0.0.1/advertising", "only https"),
            ("http://localhost.evil.com/", "only https"),
            ("http://128.0.0.1/", "only https"),
            ("ftp://127.0.0.1/", "ftp://"),
            (
                "https://user:pw@partner.symphonyos.co/",
                "user name or password",
            ),
            (
                "https://user@partner.symphonyos.co/",
                "user name or password",
            ),
            ("https://partner.symphonyos.co/advertising?key=1", "query"),
            ("https://partner.symphonyos.co/advertising?", "query"),
            ("https://partner.symphonyos.co/advertising#x", "fragment"),
            ("not a url", "not a valid URL"),
        ] {
            let m = refused(url);
            assert!(m.contains(why), "{url}: {m}");
            assert!(!m.contains("pw@"), "the password is never echoed: {m}");
        }
    }

    #[test]
    fn every_constructor_enforces_the_rules() {
        assert!(Endpoints::from_origin("http://example.com").is_err());
        assert!(Endpoints::from_origin("https://example.com?x=1").is_err());
        assert!(Endpoints::from_origin("https://u:p@example.com").is_err());
        assert!(Endpoints::new("https://example.com", "http://example.com").is_err());
        let mut e = Endpoints::from_origin("https://example.com").expect("ok");
        assert!(e.check().is_ok());
        e.v2 = Url::parse("http://example.com/api").expect("url");
        assert!(e.check().is_err(), "a mutated value is caught again");
    }

    #[test]
    fn hosts_and_loopback() {
        let p = Endpoints::from_origin("https://Partner.SymphonyOS.co/").expect("ok");
        assert_eq!(
            p.hosts(),
            ["partner.symphonyos.co", "partner.symphonyos.co"]
        );
        assert!(!p.is_loopback());
        assert!(Endpoints::from_origin("http://127.0.0.1:1")
            .expect("ok")
            .is_loopback());
        let mixed = Endpoints::new("http://127.0.0.1:1", "https://api.symphonyos.co").expect("ok");
        assert!(!mixed.is_loopback());
    }
}
