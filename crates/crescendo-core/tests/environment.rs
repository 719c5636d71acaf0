//! The app's workspace from the environment (`Workspace::from_env`). One test in its own binary,
//! so changing this process's environment cannot race another test.

use crescendo_core::{ErrorCode, Workspace, WorkspaceKind};

const VARS: [&str; 4] = [
    "CRESCENDO_API_KEY",
    "CRESCENDO_BASE_URL",
    "CRESCENDO_V2_URL",
    "CRESCENDO_ENV",
];

fn with_env(vars: &[(&str, &str)]) -> Option<Result<Workspace, crescendo_core::AppError>> {
    for v in VARS {
        std::env::remove_var(v);
    }
    std::env::set_var("CRESCENDO_API_KEY", "0123456789abcdef0123456789abWXYZ");
    for (k, v) in vars {
        std::env::set_var(k, v);
    }
    Workspace::from_env()
}

#[test]
fn the_environment_names_production_however_it_is_spelled() {
    let production = [
        vec![("CRESCENDO_ENV", "production")],
        vec![("CRESCENDO_ENV", "Production")],
        vec![(
            "CRESCENDO_BASE_URL",
            "https://partner.symphonyos.co/advertising",
        )],
        vec![("CRESCENDO_BASE_URL", "HTTPS://Partner.SymphonyOS.co./")],
        vec![("CRESCENDO_BASE_URL", "https://partner.symphonyos.co")],
        // A base URL wins over CRESCENDO_ENV, and its host decides.
        vec![
            ("CRESCENDO_ENV", "sandbox"),
            (
                "CRESCENDO_BASE_URL",
                "https://partner.symphonyos.co/advertising",
            ),
        ],
        vec![(
            "CRESCENDO_V2_URL",
            "https://partner.symphonyos.co/api/sym/v2",
        )],
    ];
    for vars in production {
        let ws = with_env(&vars).expect("a key is set").expect("opens");
        assert!(ws.info().spends_money, "{vars:?}");
        assert_eq!(ws.info().kind, WorkspaceKind::Production, "{vars:?}");
    }
    for (vars, kind) in [
        (vec![], WorkspaceKind::Sandbox),
        (vec![("CRESCENDO_ENV", "sandbox")], WorkspaceKind::Sandbox),
        (
            vec![("CRESCENDO_BASE_URL", "http://127.0.0.1:9/advertising")],
            WorkspaceKind::Custom,
        ),
    ] {
        let ws = with_env(&vars).expect("a key is set").expect("opens");
        assert!(!ws.info().spends_money, "{vars:?}");
        assert_eq!(ws.info().kind, kind, "{vars:?}");
    }
    for bad in ["http://api.example.com", "https://u:p@api.example.com"] {
        let e = with_env(&[("CRESCENDO_BASE_URL", bad)])
            .expect("a key is set")
            .err()
            .expect("refused");
        assert_eq!(e.code, ErrorCode::Config, "{bad}");
    }
    for v in VARS {
        std::env::remove_var(v);
    }
    assert!(Workspace::from_env().is_none(), "no key, no workspace");
}
