//! `imctl app`: profiles end to end.

use crate::common::{stdout_json, text, Sandbox, DEMO_KEY};

#[test]
fn add_list_use_show_remove() {
    let sb = Sandbox::new();
    let key = sb.key_file();
    let add = |name: &str, id: &str, extra: &[&str]| {
        sb.cmd()
            .args(["app", "add", name, "--sdkappid", id, "--key-file"])
            .arg(&key)
            .args(extra)
            .output()
            .unwrap()
    };
    assert!(add(
        "prod",
        "1400000001",
        &["--region", "sgp", "--admin", "boss"]
    )
    .status
    .success());
    assert!(add("dev", "1400000002", &[]).status.success());
    let dup = add("dev", "1400000003", &[]);
    assert_eq!(dup.status.code(), Some(2));
    assert!(text(&dup.stderr).contains("--yes"));

    // The first profile added becomes current.
    let out = sb
        .cmd()
        .args(["app", "list", "-o", "json"])
        .output()
        .unwrap();
    let list = stdout_json(&out);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let prod = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "prod")
        .unwrap();
    assert_eq!(prod["current"], true);
    assert_eq!(prod["region"], "singapore");
    assert_eq!(prod["key"], format!("********{}", &DEMO_KEY[60..]));

    let out = sb.cmd().args(["app", "show"]).output().unwrap();
    let shown = text(&out.stdout);
    assert!(shown.contains("profile   prod (current)"), "{shown}");
    assert!(shown.contains("admin     boss"), "{shown}");

    // The profile drives usersig: sdkappid and key come from it; a flag overrides it.
    let gen = |extra: &[&str]| {
        let out = sb
            .cmd()
            .args([
                "usersig",
                "gen",
                "--user",
                "a",
                "--time",
                "1700000000",
                "-o",
                "json",
            ])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        stdout_json(&out)
    };
    assert_eq!(gen(&[])["sdkappid"], 1400000001);
    assert_eq!(gen(&["--app", "dev"])["sdkappid"], 1400000002);
    assert_eq!(gen(&["--sdkappid", "1400000009"])["sdkappid"], 1400000009);

    assert!(sb
        .cmd()
        .args(["app", "use", "dev"])
        .output()
        .unwrap()
        .status
        .success());
    assert_eq!(gen(&[])["sdkappid"], 1400000002);
    let missing = sb.cmd().args(["app", "use", "nope"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(3));

    // Removing needs --yes without a terminal, and then forgets the current choice.
    let refused = sb.cmd().args(["app", "remove", "dev"]).output().unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("--yes"));
    assert!(sb
        .cmd()
        .args(["app", "remove", "dev", "--yes"])
        .output()
        .unwrap()
        .status
        .success());
    let out = sb
        .cmd()
        .args(["app", "list", "-o", "json"])
        .output()
        .unwrap();
    let list = stdout_json(&out);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["current"], false);
}

#[test]
fn the_profile_file_is_private_and_survives_a_bad_neighbour() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .args([
            "app",
            "add",
            "ci",
            "--sdkappid",
            "1400000000",
            "--key-stdin",
        ])
        .write_stdin(format!("{DEMO_KEY}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(sb.config_path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let saved = std::fs::read_to_string(sb.config_path()).unwrap();
    assert!(
        saved.contains(DEMO_KEY),
        "the key lives in the 0600 profile file"
    );

    std::fs::write(sb.config_path(), "current = [broken").unwrap();
    let out = sb
        .cmd()
        .args(["usersig", "gen", "--user", "a"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("not valid") && stderr.contains("config.toml"),
        "{stderr}"
    );
    assert_eq!(
        stderr.lines().count(),
        2,
        "one line of error, one hint: {stderr}"
    );
}

#[test]
fn add_validates_before_writing() {
    let sb = Sandbox::new();
    let key = sb.key_file();
    for args in [
        vec!["app", "add", "x"],
        vec!["app", "add", "x", "--sdkappid", "0"],
        vec!["app", "add", "bad name", "--sdkappid", "1"],
        vec!["app", "add", "x", "--sdkappid", "1", "--region", "mars"],
    ] {
        let out = sb
            .cmd()
            .args(&args)
            .arg("--key-file")
            .arg(&key)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    let out = sb
        .cmd()
        .args(["app", "add", "x", "--sdkappid", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("secret key"));
    assert!(
        !sb.config_path().exists(),
        "nothing is written when validation fails"
    );
}

/// `--dry-run` on the local verbs says what would change and leaves the profile file as it was,
/// byte for byte (and creates none when there was none).
#[test]
fn dry_run_changes_no_profile() {
    let sb = Sandbox::new();
    let key = sb.key_file();
    let out = sb
        .cmd()
        .args([
            "--dry-run",
            "app",
            "add",
            "prod",
            "--sdkappid",
            "1400000001",
            "--key-file",
        ])
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("would add profile `prod`"),
        "{}",
        text(&out.stdout)
    );
    assert!(!text(&out.stdout).contains(DEMO_KEY));
    assert!(
        !sb.config_path().exists(),
        "a dry run created the profile file"
    );

    for (name, id) in [("prod", "1400000001"), ("dev", "1400000002")] {
        let out = sb
            .cmd()
            .args(["app", "add", name, "--sdkappid", id, "--key-file"])
            .arg(&key)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty(), "status lines go to stderr");
    }
    let before = std::fs::read(sb.config_path()).unwrap();
    let runs: [&[&str]; 5] = [
        &["app", "add", "prod", "--sdkappid", "1400000009", "--force"],
        &["app", "add", "qa", "--sdkappid", "1400000003"],
        &["app", "use", "dev"],
        &["app", "remove", "prod"],
        &["app", "remove", "dev", "-o", "json"],
    ];
    for args in runs {
        let out = sb
            .cmd()
            .arg("--dry-run")
            .args(args)
            .arg("--key-file")
            .arg(&key)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains("would") || text(&out.stdout).contains("\"dry_run\": true"),
            "{args:?}: {}",
            text(&out.stdout)
        );
        assert!(!text(&out.stdout).contains(DEMO_KEY));
        assert_eq!(
            std::fs::read(sb.config_path()).unwrap(),
            before,
            "{args:?} changed the profile file"
        );
    }
    let out = sb
        .cmd()
        .args(["--dry-run", "app", "use", "dev", "-o", "json"])
        .output()
        .unwrap();
    let plan = stdout_json(&out);
    assert_eq!(plan["action"], "use");
    assert_eq!(plan["current"], "prod");
    assert_eq!(plan["dry_run"], true);
    // Without --dry-run the same change happens.
    assert!(sb
        .cmd()
        .args(["app", "use", "dev"])
        .output()
        .unwrap()
        .status
        .success());
    assert_ne!(std::fs::read(sb.config_path()).unwrap(), before);
}

#[test]
fn add_says_what_it_took_from_the_environment() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .env("IMCTL_SDKAPPID", "1400000000")
        .env("IMCTL_KEY", DEMO_KEY)
        .env("IMCTL_REGION", "singapore")
        .args(["app", "add", "ci"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("taken from the environment for profile `ci`: sdkappid from IMCTL_SDKAPPID, region from IMCTL_REGION, the key from IMCTL_KEY"),
        "{err}"
    );
    assert!(!err.contains(DEMO_KEY));
    // Flags win and nothing is said.
    let out = sb
        .cmd()
        .env("IMCTL_SDKAPPID", "1400000009")
        .args([
            "app",
            "add",
            "dev",
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(sb.key_file())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !text(&out.stderr).contains("environment"),
        "{}",
        text(&out.stderr)
    );
    // --yes replaces an existing profile (--force stays a hidden alias).
    let out = sb
        .cmd()
        .args([
            "--yes",
            "app",
            "add",
            "dev",
            "--sdkappid",
            "1400000001",
            "--key-file",
        ])
        .arg(sb.key_file())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
}
