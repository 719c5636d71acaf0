use super::*;
use crate::profiles::Profile;
use crate::vault::KeyStorage;

fn named(base: Option<&str>, v2: Option<&str>, env: Option<&str>) -> Endpoints {
    resolve(&Named::new(base, v2, env))
        .map(|(_, e)| e)
        .unwrap_or_else(|e| panic!("{base:?} {v2:?} {env:?}: {}", e.message))
}

fn profile(environment: Environment, custom_url: Option<&str>) -> Profile {
    Profile {
        id: "p1".into(),
        name: "Label".into(),
        environment,
        custom_url: custom_url.map(str::to_string),
        key_hint: String::new(),
        key_storage: KeyStorage::SessionOnly,
        last_brand_id: None,
        provider: crate::domain::ProviderKind::Symphony,
        ad_account_id: None,
    }
}

/// Every spelling of Production a user can give, through every way of giving it.
#[test]
fn every_way_of_naming_production_spends_money() {
    let spellings = [
        "https://partner.symphonyos.co/advertising",
        "https://partner.symphonyos.co/advertising/",
        "https://partner.symphonyos.co",
        "https://partner.symphonyos.co/",
        "HTTPS://PARTNER.SYMPHONYOS.CO/ADVERTISING",
        "https://Partner.SymphonyOS.co/Advertising/",
        "https://partner.symphonyos.co./advertising",
        "https://partner.symphonyos.co:443/advertising",
        "  https://partner.symphonyos.co/advertising  ",
        "https://partner.symphonyos.co/some/prefix",
        "https://partner%2Esymphonyos.co/advertising",
        "https://symphonyos.co",
        "https://partner-eu.symphonyos.co",
    ];
    for s in spellings {
        // The CLI's --base-url and CRESCENDO_BASE_URL, the app's CRESCENDO_BASE_URL.
        let e = named(Some(s), None, None);
        assert!(spends_money(&e), "base URL {s:?} -> {e:?}");
        assert_eq!(environment_of(&e), Environment::Production, "{s:?}");
        // A saved custom account with that address.
        let e = of_profile(&profile(Environment::Custom, Some(s))).expect(s);
        assert!(spends_money(&e), "custom account {s:?}");
    }
    // The known pair itself, however it was built.
    assert!(spends_money(&Endpoints::symphony_production()));
    assert!(spends_money(
        &Endpoints::from_origin("https://partner.symphonyos.co").expect("origin")
    ));
    // CRESCENDO_ENV=production (any case), and a saved Production account.
    for env in ["production", "PRODUCTION", " Production "] {
        assert!(spends_money(&named(None, None, Some(env))), "{env:?}");
    }
    let e = of_profile(&profile(Environment::Production, None)).expect("production");
    assert!(spends_money(&e));
    // Production reached through the v2 base only.
    let local = "http://127.0.0.1:8787";
    for v2 in [
        "https://partner.symphonyos.co/api/sym/v2",
        "https://api.symphonyos.co/api/sym/v2",
        "https://API.symphonyos.co./api/sym/v2/",
    ] {
        assert!(spends_money(&named(Some(local), Some(v2), None)), "{v2}");
        assert!(spends_money(&named(None, Some(v2), Some("production"))));
    }
    assert!(spends_money(&named(
        None,
        Some("https://partner.symphonyos.co/api/sym/v2"),
        None
    )));
}

#[test]
fn sandbox_and_other_hosts_do_not_spend_money() {
    for e in [
        Endpoints::symphony_sandbox(),
        named(None, None, None),
        named(None, None, Some("sandbox")),
        named(
            Some("https://development.partner.symphonyos.co/advertising"),
            None,
            None,
        ),
        named(
            Some("HTTPS://Development.Partner.SymphonyOS.co/"),
            None,
            None,
        ),
        named(Some("http://127.0.0.1:8787/advertising"), None, None),
        named(Some("https://symphonyos.co.example.com"), None, None),
        named(Some("https://notsymphonyos.co"), None, None),
        of_profile(&profile(Environment::Sandbox, None)).expect("sandbox"),
    ] {
        assert!(!spends_money(&e), "{e:?}");
    }
    // The shared v2 host is Sandbox only beside the Sandbox v1 host (the Sandbox pair).
    let sandbox_pair = Endpoints::symphony_sandbox();
    assert_eq!(classify(&sandbox_pair.v2), HostClass::Shared);
    assert_eq!(environment_of(&sandbox_pair), Environment::Sandbox);
}

#[test]
fn a_base_url_means_the_same_origin_in_every_spelling() {
    let want = Endpoints::from_origin("http://127.0.0.1:8787").expect("origin");
    for s in [
        "http://127.0.0.1:8787",
        "http://127.0.0.1:8787/",
        "http://127.0.0.1:8787/advertising",
        "http://127.0.0.1:8787/advertising/",
        "http://127.0.0.1:8787/ADVERTISING",
    ] {
        assert_eq!(named(Some(s), None, None), want, "{s}");
    }
    let e = named(
        Some("https://gw.example.com/symphony/advertising"),
        None,
        None,
    );
    assert_eq!(
        e.advertising.as_str(),
        "https://gw.example.com/symphony/advertising"
    );
    assert_eq!(e.v2.as_str(), "https://gw.example.com/symphony/api/sym/v2");
    // Symphony's own hosts give their documented pair, so v2 is where the FAQ says.
    assert_eq!(
        named(
            Some("https://partner.symphonyos.co/advertising"),
            None,
            None
        ),
        Endpoints::symphony_production()
    );
    assert_eq!(
        named(
            Some("https://development.partner.symphonyos.co"),
            None,
            None
        ),
        Endpoints::symphony_sandbox()
    );
    // The base URL wins over the environment name; v2 replaces only v2.
    assert_eq!(
        named(Some("http://127.0.0.1:8787"), None, Some("production")),
        want
    );
    let e = named(None, Some("http://127.0.0.1:9/api/sym/v2"), None);
    assert_eq!(e.advertising, Endpoints::symphony_sandbox().advertising);
    assert_eq!(e.v2.as_str(), "http://127.0.0.1:9/api/sym/v2");
    // Blank values are absent values.
    assert_eq!(
        named(Some("  "), Some(""), Some("")),
        Endpoints::symphony_sandbox()
    );
}

#[test]
fn bad_base_urls_are_refused_wherever_they_come_from() {
    for bad in [
        "http://api.example.com",
        "https://me:pw@api.example.com",
        "https://api.example.com/?key=1",
        "https://api.example.com/#x",
        "ftp://api.example.com",
        "not a url",
    ] {
        let e = resolve(&Named::new(Some(bad), None, None)).expect_err(bad);
        assert_eq!(e.code, ErrorCode::Config, "{bad}");
        let e = resolve(&Named::new(None, Some(bad), None)).expect_err(bad);
        assert_eq!(e.code, ErrorCode::Config, "v2 {bad}");
        let e = of_profile(&profile(Environment::Custom, Some(bad))).expect_err(bad);
        assert!(
            e.message.contains("The account \"Label\"") && e.message.contains("add it again"),
            "{}",
            e.message
        );
    }
    let e = resolve(&Named::new(None, None, Some("staging"))).expect_err("env");
    assert!(e.message.contains("sandbox or production"), "{}", e.message);
    assert!(of_profile(&profile(Environment::Custom, None)).is_err());
}

#[test]
fn marins_own_host_spends_money_however_it_is_spelled() {
    for base in [
        MARIN_BASE,
        "https://API.mysocialpixel.com/",
        "https://api.mysocialpixel.com.:443",
    ] {
        assert!(is_marin_production(base), "{base}");
    }
    for base in [
        "http://127.0.0.1:8765",
        "https://api.mysocialpixel.com.example.org",
        "not a url",
    ] {
        assert!(!is_marin_production(base), "{base}");
    }
    let mut p = profile(Environment::Sandbox, None);
    p.provider = crate::domain::ProviderKind::MarinSocial;
    let e = marin_base(&p).expect_err("no sandbox");
    assert_eq!(e.code, ErrorCode::Config);
    p.environment = Environment::Production;
    assert_eq!(marin_base(&p).expect("base"), MARIN_BASE);
}
