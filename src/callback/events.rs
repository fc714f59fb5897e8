//! The catalogue of callback events (spec §9.3) as data: each `CallbackCommand`, whether it runs
//! before or after the operation, what a handler's answer can do to the operation, the error
//! code a rejection surfaces, and a realistic sample body.
//!
//! Sample bodies carry exactly the fields of spec §9.4 where it lists them, with realistic
//! values; the other events follow the field names of Tencent's page for that event.

use crate::domain::codes;
use serde_json::Value;

/// When the service calls: before the operation (the answer can change it) or after (a notice).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Before,
    After,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Before => "before",
            Phase::After => "after",
        }
    }
}

/// What a handler's answer can do to the operation (spec §9.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// `ErrorCode` 0: the operation goes ahead.
    Allow,
    /// `ErrorCode` 1 (or a custom code): the operation fails with an error code.
    Reject,
    /// `ErrorCode` 2: the message is discarded silently; the sender sees success.
    Drop,
    /// `ErrorCode` 0 with a new `MsgBody` and/or `CloudCustomData`: that is what gets sent.
    Modify,
}

impl Effect {
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Allow => "allow",
            Effect::Reject => "reject",
            Effect::Drop => "drop",
            Effect::Modify => "modify",
        }
    }

    pub fn parse(s: &str) -> Option<Effect> {
        [Effect::Allow, Effect::Reject, Effect::Drop, Effect::Modify]
            .into_iter()
            .find(|e| e.as_str().eq_ignore_ascii_case(s))
    }
}

/// Before-send message callbacks: every effect.
pub(super) const SEND: &[Effect] = &[Effect::Allow, Effect::Reject, Effect::Drop, Effect::Modify];
/// Other before-callbacks: allow or reject.
pub(super) const GATE: &[Effect] = &[Effect::Allow, Effect::Reject];
/// After-callbacks: the answer changes nothing.
pub(super) const NOTICE: &[Effect] = &[];

/// Custom reject codes a C2C before-send answer may return, passed on to the sender.
pub const C2C_CUSTOM_CODES: (i64, i64) = (
    *codes::C2C_CALLBACK_CUSTOM_CODES.start(),
    *codes::C2C_CALLBACK_CUSTOM_CODES.end(),
);
/// Custom reject codes a group before-callback answer may return.
pub const GROUP_CUSTOM_CODES: (i64, i64) = (
    *codes::GROUP_CALLBACK_CUSTOM_CODES.start(),
    *codes::GROUP_CALLBACK_CUSTOM_CODES.end(),
);

/// One callback event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    /// The `CallbackCommand`, e.g. `C2C.CallbackBeforeSendMsg`.
    pub command: &'static str,
    pub phase: Phase,
    /// What the answer can do; empty for after-callbacks.
    pub effects: &'static [Effect],
    /// One line on when the service sends it.
    pub description: &'static str,
    /// The `ErrorCode` the operation fails with when the answer says `ErrorCode` 1; None when
    /// the answer cannot reject, or the spec does not name the code.
    pub reject_code: Option<i64>,
    /// Inclusive range of custom codes the answer may reject with instead of 1.
    pub custom_codes: Option<(i64, i64)>,
    pub(super) sample: &'static str,
}

impl Event {
    /// The service part of the command: `C2C`, `Group`, `Sns`, `State`, `Profile`.
    pub fn service(&self) -> &'static str {
        self.command.split('.').next().unwrap_or(self.command)
    }

    pub fn can(&self, effect: Effect) -> bool {
        self.effects.contains(&effect)
    }

    /// Before-send message callbacks, whose answers may drop or rewrite the message.
    pub fn is_before_send(&self) -> bool {
        self.can(Effect::Modify)
    }

    /// The sample body as the service would POST it.
    pub fn sample_body(&self) -> Value {
        serde_json::from_str(self.sample).expect("catalogue samples are valid JSON (tested)")
    }

    /// What the service does when the handler fails (no answer within 2 s, non-200, not JSON).
    pub fn on_failure(&self) -> &'static str {
        match self.phase {
            Phase::Before => {
                "never retried; by default the operation goes ahead (the console's timeout policy decides)"
            }
            Phase::After => "not retried unless retry is turned on in the console; the operation is unaffected",
        }
    }
}

pub use super::catalogue::EVENTS;

/// The event named `name`: exact first, then ignoring case.
pub fn find(name: &str) -> Option<&'static Event> {
    EVENTS
        .iter()
        .find(|e| e.command == name)
        .or_else(|| EVENTS.iter().find(|e| e.command.eq_ignore_ascii_case(name)))
}

/// Up to `limit` event names closest to `name`, best first: the same name without its
/// `Service.` prefix, names containing it (or contained in it), then the smallest edit distances.
pub fn suggest(name: &str, limit: usize) -> Vec<&'static str> {
    let wanted = name.to_ascii_lowercase();
    let mut scored: Vec<(usize, &'static str)> = EVENTS
        .iter()
        .filter_map(|e| {
            let command = e.command.to_ascii_lowercase();
            let short = command.split_once('.').map_or(command.as_str(), |(_, s)| s);
            let score = if short == wanted {
                0
            } else if !wanted.is_empty() && (command.contains(&wanted) || wanted.contains(short)) {
                1
            } else {
                let d = edit_distance(&wanted, &command).min(edit_distance(&wanted, short));
                // Farther than half the name is no longer a near miss.
                if d * 2 > wanted.len().max(4) {
                    return None;
                }
                d + 2
            };
            Some((score, e.command))
        })
        .collect();
    scored.sort_by_key(|(score, _)| *score);
    scored.into_iter().take(limit).map(|(_, n)| n).collect()
}

/// Levenshtein distance on bytes; the names are ASCII and short.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_is_spec_9_3() {
        assert_eq!(EVENTS.len(), 30);
        for command in [
            "State.StateChange",
            "Profile.CallbackPortraitSet",
            "Sns.CallbackPrevFriendAdd",
            "Sns.CallbackPrevFriendResponse",
            "Sns.CallbackFriendAdd",
            "Sns.CallbackFriendDelete",
            "Sns.CallbackBlackListAdd",
            "Sns.CallbackBlackListDelete",
            "C2C.CallbackBeforeSendMsg",
            "C2C.CallbackAfterSendMsg",
            "C2C.CallbackAfterMsgReport",
            "C2C.CallbackAfterMsgWithDraw",
            "Group.CallbackBeforeCreateGroup",
            "Group.CallbackAfterCreateGroup",
            "Group.CallbackBeforeApplyJoinGroup",
            "Group.CallbackBeforeInviteJoinGroup",
            "Group.CallbackAfterNewMemberJoin",
            "Group.CallbackAfterMemberExit",
            "Group.CallbackBeforeSendMsg",
            "Group.CallbackAfterSendMsg",
            "Group.CallbackAfterGroupFull",
            "Group.CallbackAfterGroupDestroyed",
            "Group.CallbackAfterGroupInfoChanged",
            "Group.CallbackOnMemberStateChange",
            "Group.CallbackSendMsgException",
            "Group.CallbackAfterRecallMsg",
            "Group.CallbackBeforeCreateTopic",
            "Group.CallbackAfterCreateTopic",
            "Group.CallbackAfterTopicDestroyed",
            "Group.CallbackAfterTopicInfoChanged",
        ] {
            assert!(find(command).is_some(), "{command}");
        }
    }

    #[test]
    fn every_sample_is_an_object_naming_its_own_command() {
        for e in EVENTS {
            let body = e.sample_body();
            assert!(body.is_object(), "{}", e.command);
            assert_eq!(body["CallbackCommand"], e.command, "{}", e.command);
        }
    }

    #[test]
    fn phases_and_effects_follow_spec_9_2() {
        for e in EVENTS {
            let before = e.command.contains("Before") || e.command.contains("Prev");
            assert_eq!(e.phase == Phase::Before, before, "{}", e.command);
            match e.phase {
                Phase::After => {
                    assert!(
                        e.effects.is_empty() && e.reject_code.is_none(),
                        "{}",
                        e.command
                    )
                }
                Phase::Before => assert!(e.can(Effect::Allow) && e.can(Effect::Reject)),
            }
            assert_eq!(
                e.is_before_send(),
                e.command.ends_with("BeforeSendMsg"),
                "{}",
                e.command
            );
            if e.service() == "Group" && e.phase == Phase::Before {
                assert_eq!(e.reject_code, Some(10016), "{}", e.command);
                assert_eq!(e.custom_codes, Some((10_100, 10_200)), "{}", e.command);
            }
        }
        let c2c = find("C2C.CallbackBeforeSendMsg").unwrap();
        assert_eq!(c2c.reject_code, Some(20006));
        assert_eq!(c2c.custom_codes, Some((120_001, 130_000)));
        assert!(c2c.can(Effect::Drop) && c2c.can(Effect::Modify));
    }

    /// Spec §9.4 lists these fields; the samples must carry every one of them.
    #[test]
    fn samples_carry_the_fields_spec_9_4_lists() {
        let expect = |command: &str, fields: &[&str]| {
            let body = find(command).unwrap().sample_body();
            for f in fields {
                assert!(body.get(*f).is_some(), "{command} lacks {f}");
            }
        };
        expect("State.StateChange", &["EventTime", "Info", "KickedDevice"]);
        expect(
            "C2C.CallbackBeforeSendMsg",
            &[
                "From_Account",
                "To_Account",
                "MsgSeq",
                "MsgRandom",
                "MsgTime",
                "MsgKey",
                "OnlineOnlyFlag",
                "MsgBody",
                "CloudCustomData",
            ],
        );
        expect(
            "C2C.CallbackAfterSendMsg",
            &[
                "MsgKey",
                "MsgBody",
                "SendMsgResult",
                "ErrorInfo",
                "UnreadMsgNum",
            ],
        );
        expect(
            "Group.CallbackBeforeSendMsg",
            &[
                "GroupId",
                "Type",
                "From_Account",
                "Operator_Account",
                "Random",
                "OnlineOnlyFlag",
                "MsgBody",
                "CloudCustomData",
                "EventTime",
            ],
        );
        expect(
            "Group.CallbackAfterSendMsg",
            &["MsgSeq", "MsgTime", "MsgBody"],
        );
        expect(
            "Group.CallbackAfterCreateGroup",
            &[
                "GroupId",
                "Operator_Account",
                "Owner_Account",
                "Type",
                "Name",
                "MemberList",
                "UserDefinedDataList",
                "EventTime",
            ],
        );
        expect(
            "Group.CallbackAfterNewMemberJoin",
            &[
                "GroupId",
                "Type",
                "JoinType",
                "Operator_Account",
                "NewMemberList",
                "EventTime",
            ],
        );
        expect(
            "Group.CallbackAfterMemberExit",
            &[
                "GroupId",
                "Type",
                "ExitType",
                "Operator_Account",
                "ExitMemberList",
                "EventTime",
            ],
        );
        expect(
            "Group.CallbackBeforeApplyJoinGroup",
            &["GroupId", "Type", "Requestor_Account", "EventTime"],
        );
        expect("Group.CallbackAfterGroupFull", &["GroupId", "EventTime"]);
        expect(
            "Group.CallbackAfterGroupDestroyed",
            &[
                "GroupId",
                "Type",
                "Owner_Account",
                "Name",
                "MemberList",
                "EventTime",
            ],
        );
        expect(
            "Group.CallbackAfterGroupInfoChanged",
            &["GroupId", "Type", "Operator_Account", "EventTime"],
        );
        expect(
            "Sns.CallbackFriendAdd",
            &["PairList", "ClientCmd", "Admin_Account", "ForceFlag"],
        );
        for c in [
            "Sns.CallbackFriendDelete",
            "Sns.CallbackBlackListAdd",
            "Sns.CallbackBlackListDelete",
        ] {
            expect(c, &["PairList"]);
        }
    }

    #[test]
    fn lookup_is_exact_or_case_insensitive() {
        assert_eq!(
            find("State.StateChange").unwrap().command,
            "State.StateChange"
        );
        assert_eq!(
            find("c2c.callbackbeforesendmsg").unwrap().command,
            "C2C.CallbackBeforeSendMsg"
        );
        assert!(find("C2C.Nope").is_none());
        assert!(find("").is_none());
    }

    #[test]
    fn suggestions_find_near_misses_and_short_names() {
        assert_eq!(
            suggest("C2C.CallbackBeforeSendMessage", 3)[0],
            "C2C.CallbackBeforeSendMsg"
        );
        assert_eq!(suggest("StateChange", 3)[0], "State.StateChange");
        let group_send = suggest("CallbackBeforeSendMsg", 3);
        assert!(group_send.contains(&"Group.CallbackBeforeSendMsg"));
        assert!(group_send.contains(&"C2C.CallbackBeforeSendMsg"));
        assert!(suggest("completely unrelated words", 3).is_empty());
        assert!(suggest("", 3).is_empty());
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn effects_parse_by_name() {
        assert_eq!(Effect::parse("DROP"), Some(Effect::Drop));
        assert_eq!(Effect::parse("maybe"), None);
    }
}
