use super::*;

fn parsed(text: &str) -> Result<Desired, String> {
    parse("f.toml", text, Path::new(".")).map_err(|e| e.to_string())
}

#[test]
fn the_documented_shape_parses_into_tags_and_roles() {
    let d = parsed(
        r#"SDKAppID = 1400000000
[[Account]]
UserID = "alice"
Nick = "Alice"
Profile = { Tag_Profile_IM_Gender = "Gender_Type_Female", Tag_Profile_Custom_Team = "blue" }

[[Group]]
GroupId = "team-a"
Type = "Work"
Name = "Team A"
Owner = "alice"
MuteAllMember = true
Members = ["bob", "carol", "alice"]
Admins = ["carol"]
"#,
    )
    .unwrap();
    assert_eq!(d.sdkappid, Some(1_400_000_000));
    let a = &d.accounts[0];
    assert_eq!(a.profile[NICK_TAG], "Alice");
    assert_eq!(a.profile["Tag_Profile_Custom_Team"], "blue");
    assert_eq!(a.at, "f.toml:3");
    let g = &d.groups[0];
    assert_eq!(g.kind.as_deref(), Some("Private"), "Work is Private");
    assert_eq!(g.mute_all_member.as_deref(), Some("On"));
    let roles = g.roles().unwrap();
    assert_eq!(roles["alice"], "Owner");
    assert_eq!(roles["bob"], "Member");
    assert_eq!(roles["carol"], "Admin");
    assert_eq!(g.line_of("admin:carol"), "f.toml:14");
}

#[test]
fn every_problem_names_its_line() {
    let e = parsed(
        r#"[[Account]]
UserID = "a"
[[Account]]
UserID = "a"
[[Group]]
GroupId = "g"
Type = "Nope"
[[Group]]
GroupId = "h"
Name = "0123456789012345678901234567890"
Members = ["a"]
Admins = ["zed"]
"#,
    )
    .unwrap_err();
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(lines.len(), 4, "{e}");
    assert!(lines[0].starts_with("f.toml:4: UserID `a` is declared twice (first at f.toml:2)"));
    assert!(lines[1].starts_with("f.toml:7: `Nope` is not a group type"));
    assert!(lines[2].starts_with("f.toml:10: the group name is 31 bytes"));
    assert!(lines[3].starts_with("f.toml:12: admin `zed` is not a member"));
}

#[test]
fn unknown_keys_and_bad_values_are_refused_with_their_line() {
    let e = parsed("[[Account]]\nUserID = \"a\"\nNik = \"x\"\n").unwrap_err();
    assert!(e.starts_with("f.toml:3: unknown field `Nik`"), "{e}");
    let e = parsed("[[Account]]\nUserID = \"a\"\nProfile = { Tag_Profile_IM_Gender = \"x\" }\n")
        .unwrap_err();
    assert!(
        e.starts_with("f.toml:3: Tag_Profile_IM_Gender cannot be `x`"),
        "{e}"
    );
    let e = parsed("[[Account]]\nUserID = \"a\"\nProfile = { Tag_Profile_Nope = \"x\" }\n")
        .unwrap_err();
    assert!(e.contains("is not a profile tag"), "{e}");
    let e = parsed("[[Group]]\nGroupId = \"g\"\nType = \"AVChatRoom\"\nMembers = [\"a\"]\n")
        .unwrap_err();
    assert!(
        e.starts_with("f.toml:2: AVChatRoom groups take no members"),
        "{e}"
    );
}

#[test]
fn a_group_without_membership_keys_leaves_membership_alone() {
    let d = parsed("[[Group]]\nGroupId = \"g\"\nName = \"n\"\n").unwrap();
    assert!(d.groups[0].members.is_none() && d.groups[0].roles().is_none());
}

#[test]
fn members_files_add_to_members_with_their_own_lines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.csv"), "UserID\nbob\ndave\n").unwrap();
    let text = "[[Group]]\nGroupId = \"g\"\nMembers = [\"bob\"]\nMembersFile = \"m.csv\"\n";
    let d = parse("f.toml", text, dir.path()).unwrap();
    let g = &d.groups[0];
    assert_eq!(g.members.as_deref().unwrap(), ["bob", "dave"]);
    assert!(g.line_of("member:dave").ends_with("m.csv:3"));
    let missing = "[[Group]]\nGroupId = \"g\"\nMembersFile = \"nope.csv\"\n";
    let e = parse("f.toml", missing, dir.path())
        .unwrap_err()
        .to_string();
    assert!(e.contains("nope.csv: "), "{e}");
}
