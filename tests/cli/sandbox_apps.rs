//! `--sandbox` keeps one state per SDKAppID: two apps (profiles, `--sdkappid`,
//! `IMCTL_SDKAPPID`) never see each other's accounts, and the default app keeps the state it
//! had before.

use crate::common::{stdout_json, Sandbox};

fn status(sb: &Sandbox, app: &[&str], env: Option<&str>, user: &str) -> String {
    let mut cmd = sb.std_cmd();
    cmd.args(["--sandbox"])
        .args(app)
        .args(["account", "check", user, "-o", "json"]);
    if let Some(id) = env {
        cmd.env("IMCTL_SDKAPPID", id);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    stdout_json(&out)[0]["AccountStatus"]
        .as_str()
        .unwrap()
        .to_string()
}

fn import(sb: &Sandbox, app: &[&str], user: &str) {
    sb.cmd()
        .arg("--sandbox")
        .args(app)
        .args(["account", "import", user])
        .assert()
        .success();
}

#[test]
fn two_sdkappids_never_see_each_other_s_accounts() {
    let sb = Sandbox::new();
    let key = sb.key_file();
    for (name, id) in [("shop", "1400000001"), ("games", "1400000002")] {
        sb.cmd()
            .args(["app", "add", name, "--sdkappid", id, "--key-file"])
            .arg(&key)
            .assert()
            .success();
    }
    import(&sb, &["--app", "shop"], "alice");
    import(&sb, &["--app", "games"], "bob");
    assert_eq!(status(&sb, &["--app", "shop"], None, "alice"), "Imported");
    assert_eq!(status(&sb, &["--app", "shop"], None, "bob"), "NotImported");
    assert_eq!(status(&sb, &["--app", "games"], None, "bob"), "Imported");
    assert_eq!(
        status(&sb, &["--app", "games"], None, "alice"),
        "NotImported"
    );
    // The same apps named by SDKAppID, from the flag or the environment.
    assert_eq!(
        status(&sb, &["--sdkappid", "1400000001"], None, "alice"),
        "Imported"
    );
    assert_eq!(status(&sb, &[], Some("1400000002"), "bob"), "Imported");
    assert_eq!(status(&sb, &[], Some("1400000002"), "alice"), "NotImported");
    // The default app sees neither.
    assert_eq!(
        status(&sb, &["--sdkappid", "1400000000"], None, "alice"),
        "NotImported"
    );
    let data = sb.path().join("data").join("sandbox");
    assert!(data.join("1400000001").join("emulator.sqlite3").exists());
    assert!(data.join("1400000002").join("emulator.sqlite3").exists());
}

#[test]
fn the_default_app_keeps_the_sandbox_state_it_had() {
    let sb = Sandbox::new();
    import(&sb, &[], "carol");
    // Where every sandbox lived before: the default SDKAppID still reads it.
    let root = sb.path().join("data").join("sandbox");
    assert!(root.join("emulator.sqlite3").exists());
    assert_eq!(status(&sb, &[], None, "carol"), "Imported");
    assert_eq!(
        status(&sb, &["--sdkappid", "1400000009"], None, "carol"),
        "NotImported"
    );
}
