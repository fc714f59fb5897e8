//! The catalogue of callback events (spec §9.3) as data: each `CallbackCommand`, whether it runs
//! before or after the operation, what a handler's answer can do to the operation, the error
//! code a rejection surfaces, and a realistic sample body.
//!
//! Sample bodies carry exactly the fields of spec §9.4 where it lists them, with realistic
//! values; the other events follow the field names of Tencent's page for that event.

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
const SEND: &[Effect] = &[Effect::Allow, Effect::Reject, Effect::Drop, Effect::Modify];
/// Other before-callbacks: allow or reject.
const GATE: &[Effect] = &[Effect::Allow, Effect::Reject];
/// After-callbacks: the answer changes nothing.
const NOTICE: &[Effect] = &[];

/// `ErrorCode` a C2C message rejected by the before-send callback gets (spec §11.3).
pub const C2C_REJECT_CODE: i64 = 20006;
/// `ErrorCode` a group operation or group message refused by the app backend gets (spec §11.4).
pub const GROUP_REJECT_CODE: i64 = 10016;
/// Custom reject codes a C2C before-send answer may return, passed on to the sender.
pub const C2C_CUSTOM_CODES: (i64, i64) = (120_001, 130_000);
/// Custom reject codes a group before-callback answer may return.
pub const GROUP_CUSTOM_CODES: (i64, i64) = (10_100, 10_200);

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
    sample: &'static str,
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

macro_rules! event {
    ($command:literal, $phase:ident, $effects:expr, $reject:expr, $custom:expr, $description:literal, $sample:literal) => {
        Event {
            command: $command,
            phase: Phase::$phase,
            effects: $effects,
            description: $description,
            reject_code: $reject,
            custom_codes: $custom,
            sample: $sample,
        }
    };
}

const G: Option<i64> = Some(GROUP_REJECT_CODE);
const GC: Option<(i64, i64)> = Some(GROUP_CUSTOM_CODES);

/// Every event of spec §9.3, in its order.
pub static EVENTS: &[Event] = &[
    event!(
        "State.StateChange",
        After,
        NOTICE,
        None,
        None,
        "A user logged in, logged out or was disconnected",
        r#"{"CallbackCommand":"State.StateChange","EventTime":1629883332497,
            "Info":{"Action":"Login","To_Account":"alice","Reason":"Register"},
            "KickedDevice":[{"Platform":"Windows"}]}"#
    ),
    event!(
        "Profile.CallbackPortraitSet",
        After,
        NOTICE,
        None,
        None,
        "A user's profile was updated",
        r#"{"CallbackCommand":"Profile.CallbackPortraitSet","Operator_Account":"alice",
            "From_Account":"alice","EventTime":1656921052497,
            "ProfileItem":[{"Tag":"Tag_Profile_IM_Nick","Value":"Alice"},
                           {"Tag":"Tag_Profile_IM_Gender","Value":"Gender_Type_Female"}]}"#
    ),
    event!(
        "Sns.CallbackPrevFriendAdd",
        Before,
        GATE,
        None,
        None,
        "A user is about to send a friend request",
        r#"{"CallbackCommand":"Sns.CallbackPrevFriendAdd","Requester_Account":"alice",
            "From_Account":"alice",
            "FriendItem":[{"To_Account":"bob","Remark":"Bob","GroupName":"Friends",
                           "AddSource":"AddSource_Type_Android","AddWording":"Hi Bob, it's Alice"}],
            "AddType":"Add_Type_Both","ForceAddFlags":0,"EventTime":1631777344870}"#
    ),
    event!(
        "Sns.CallbackPrevFriendResponse",
        Before,
        GATE,
        None,
        None,
        "A user is about to answer a friend request",
        r#"{"CallbackCommand":"Sns.CallbackPrevFriendResponse","Requester_Account":"bob",
            "From_Account":"bob",
            "ResponseFriendItem":[{"To_Account":"alice","Remark":"Alice","TagName":"Friends",
                                   "ResponseAction":"Response_Action_AgreeAndAdd"}],
            "EventTime":1631777645424}"#
    ),
    event!(
        "Sns.CallbackFriendAdd",
        After,
        NOTICE,
        None,
        None,
        "Friends were added",
        r#"{"CallbackCommand":"Sns.CallbackFriendAdd",
            "PairList":[{"From_Account":"alice","To_Account":"bob","Initiator_Account":"alice"},
                        {"From_Account":"bob","To_Account":"alice","Initiator_Account":"alice"}],
            "ClientCmd":"friend_add","Admin_Account":"","ForceFlag":0}"#
    ),
    event!(
        "Sns.CallbackFriendDelete",
        After,
        NOTICE,
        None,
        None,
        "Friends were deleted",
        r#"{"CallbackCommand":"Sns.CallbackFriendDelete",
            "PairList":[{"From_Account":"alice","To_Account":"bob"}]}"#
    ),
    event!(
        "Sns.CallbackBlackListAdd",
        After,
        NOTICE,
        None,
        None,
        "Users were added to a blocklist",
        r#"{"CallbackCommand":"Sns.CallbackBlackListAdd",
            "PairList":[{"From_Account":"alice","To_Account":"mallory"}]}"#
    ),
    event!(
        "Sns.CallbackBlackListDelete",
        After,
        NOTICE,
        None,
        None,
        "Users were removed from a blocklist",
        r#"{"CallbackCommand":"Sns.CallbackBlackListDelete",
            "PairList":[{"From_Account":"alice","To_Account":"mallory"}]}"#
    ),
    event!(
        "C2C.CallbackBeforeSendMsg",
        Before,
        SEND,
        Some(C2C_REJECT_CODE),
        Some(C2C_CUSTOM_CODES),
        "A one-to-one message is about to be delivered",
        r#"{"CallbackCommand":"C2C.CallbackBeforeSendMsg","From_Account":"alice","To_Account":"bob",
            "MsgSeq":48374,"MsgRandom":2837546,"MsgTime":1557481126,
            "MsgKey":"48374_2837546_1557481126","OnlineOnlyFlag":0,
            "MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}],
            "CloudCustomData":"{\"orderId\":\"A-1001\"}"}"#
    ),
    event!(
        "C2C.CallbackAfterSendMsg",
        After,
        NOTICE,
        None,
        None,
        "A one-to-one message was sent (or failed: see SendMsgResult)",
        r#"{"CallbackCommand":"C2C.CallbackAfterSendMsg","From_Account":"alice","To_Account":"bob",
            "MsgSeq":48374,"MsgRandom":2837546,"MsgTime":1557481126,
            "MsgKey":"48374_2837546_1557481126","OnlineOnlyFlag":0,
            "MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}],
            "CloudCustomData":"{\"orderId\":\"A-1001\"}",
            "SendMsgResult":0,"ErrorInfo":"send msg succeed","UnreadMsgNum":1}"#
    ),
    event!(
        "C2C.CallbackAfterMsgReport",
        After,
        NOTICE,
        None,
        None,
        "A user marked a one-to-one conversation as read",
        r#"{"CallbackCommand":"C2C.CallbackAfterMsgReport","Report_Account":"bob",
            "Peer_Account":"alice","LastReadTime":1557481130,"UnreadMsgNum":0}"#
    ),
    event!(
        "C2C.CallbackAfterMsgWithDraw",
        After,
        NOTICE,
        None,
        None,
        "A one-to-one message was recalled",
        r#"{"CallbackCommand":"C2C.CallbackAfterMsgWithDraw","From_Account":"alice",
            "To_Account":"bob","MsgKey":"48374_2837546_1557481126","UnreadMsgNum":0}"#
    ),
    event!(
        "Group.CallbackBeforeCreateGroup",
        Before,
        GATE,
        G,
        GC,
        "A group is about to be created",
        r#"{"CallbackCommand":"Group.CallbackBeforeCreateGroup","Operator_Account":"alice",
            "Owner_Account":"alice","Type":"Public","Name":"Weekend hikers","CreateGroupNum":3,
            "MemberList":[{"Member_Account":"bob"},{"Member_Account":"carol"}],
            "EventTime":"1670574414123"}"#
    ),
    event!(
        "Group.CallbackAfterCreateGroup",
        After,
        NOTICE,
        None,
        None,
        "A group was created",
        r#"{"CallbackCommand":"Group.CallbackAfterCreateGroup","GroupId":"@TGS#2J4SZEAEL",
            "Operator_Account":"alice","Owner_Account":"alice","Type":"Public",
            "Name":"Weekend hikers",
            "MemberList":[{"Member_Account":"bob"},{"Member_Account":"carol"}],
            "UserDefinedDataList":[{"Key":"Level","Value":"beginner"}],
            "EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackBeforeApplyJoinGroup",
        Before,
        GATE,
        G,
        GC,
        "A user is about to apply to join a group",
        r#"{"CallbackCommand":"Group.CallbackBeforeApplyJoinGroup","GroupId":"@TGS#2J4SZEAEL",
            "Type":"Public","Requestor_Account":"dave","EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackBeforeInviteJoinGroup",
        Before,
        GATE,
        G,
        GC,
        "Users are about to be invited or added to a group",
        r#"{"CallbackCommand":"Group.CallbackBeforeInviteJoinGroup","GroupId":"@TGS#2J4SZEAEL",
            "Type":"Public","Operator_Account":"alice",
            "DestinationMembers":[{"Member_Account":"dave"},{"Member_Account":"erin"}],
            "EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackAfterNewMemberJoin",
        After,
        NOTICE,
        None,
        None,
        "Members joined a group",
        r#"{"CallbackCommand":"Group.CallbackAfterNewMemberJoin","GroupId":"@TGS#2J4SZEAEL",
            "Type":"Public","JoinType":"Invited","Operator_Account":"alice",
            "NewMemberList":[{"Member_Account":"dave"},{"Member_Account":"erin"}],
            "EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackAfterMemberExit",
        After,
        NOTICE,
        None,
        None,
        "Members left or were removed from a group",
        r#"{"CallbackCommand":"Group.CallbackAfterMemberExit","GroupId":"@TGS#2J4SZEAEL",
            "Type":"Public","ExitType":"Kicked","Operator_Account":"alice",
            "ExitMemberList":[{"Member_Account":"erin"}],"EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackBeforeSendMsg",
        Before,
        SEND,
        G,
        GC,
        "A group message is about to be delivered",
        r#"{"CallbackCommand":"Group.CallbackBeforeSendMsg","GroupId":"@TGS#2J4SZEAEL",
            "Type":"Public","From_Account":"bob","Operator_Account":"bob","Random":123456,
            "OnlineOnlyFlag":0,
            "MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"See you at 8"}}],
            "CloudCustomData":"{\"trail\":\"north\"}","EventTime":"1670574414123"}"#
    ),
    event!(
        "Group.CallbackAfterSendMsg",
        After,
        NOTICE,
        None,
        None,
        "A group message was sent",
        r#"{"CallbackCommand":"Group.CallbackAfterSendMsg","GroupId":"@TGS#2J4SZEAEL",
            "Type":"Public","From_Account":"bob","Operator_Account":"bob","Random":123456,
            "OnlineOnlyFlag":0,
            "MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"See you at 8"}}],
            "CloudCustomData":"{\"trail\":\"north\"}","MsgSeq":123,"MsgTime":1670574414,
            "EventTime":"1670574414123"}"#
    ),
    event!(
        "Group.CallbackAfterGroupFull",
        After,
        NOTICE,
        None,
        None,
        "A group reached its member limit",
        r#"{"CallbackCommand":"Group.CallbackAfterGroupFull","GroupId":"@TGS#2J4SZEAEL",
            "EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackAfterGroupDestroyed",
        After,
        NOTICE,
        None,
        None,
        "A group was disbanded",
        r#"{"CallbackCommand":"Group.CallbackAfterGroupDestroyed","GroupId":"@TGS#2J4SZEAEL",
            "Type":"Public","Owner_Account":"alice","Name":"Weekend hikers",
            "MemberList":[{"Member_Account":"alice"},{"Member_Account":"bob"}],
            "EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackAfterGroupInfoChanged",
        After,
        NOTICE,
        None,
        None,
        "A group's name, introduction, notice or face URL changed (only changed fields are sent)",
        r#"{"CallbackCommand":"Group.CallbackAfterGroupInfoChanged","GroupId":"@TGS#2J4SZEAEL",
            "Type":"Public","Operator_Account":"alice","Notification":"Meet at the north gate",
            "EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackOnMemberStateChange",
        After,
        NOTICE,
        None,
        None,
        "A member of an audio-video group (AVChatRoom) went online or offline",
        r#"{"CallbackCommand":"Group.CallbackOnMemberStateChange","GroupId":"@TGS#aJRGNXPLM",
            "EventType":"Offline","EventCause":"HeartbeatInterrupt",
            "MemberList":[{"Member_Account":"bob"}],"EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackSendMsgException",
        After,
        NOTICE,
        None,
        None,
        "A group message could not be delivered (muted sender, frequency limit, content filter...)",
        r#"{"CallbackCommand":"Group.CallbackSendMsgException","GroupId":"@TGS#2J4SZEAEL",
            "Type":"Public","From_Account":"bob","Operator_Account":"bob","Random":123456,
            "MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"See you at 8"}}],
            "ErrorCode":10017,"ErrorInfo":"the sender is muted","EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackAfterRecallMsg",
        After,
        NOTICE,
        None,
        None,
        "Group messages were recalled",
        r#"{"CallbackCommand":"Group.CallbackAfterRecallMsg","Operator_Account":"alice",
            "Type":"Public","GroupId":"@TGS#2J4SZEAEL","MsgSeqList":[{"MsgSeq":123}]}"#
    ),
    event!(
        "Group.CallbackBeforeCreateTopic",
        Before,
        GATE,
        G,
        GC,
        "A topic is about to be created in a community group",
        r#"{"CallbackCommand":"Group.CallbackBeforeCreateTopic","GroupId":"@TGS#_@TGS#cQVLVHIM62CJ",
            "Operator_Account":"alice","Type":"Community","Name":"Trail reports",
            "EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackAfterCreateTopic",
        After,
        NOTICE,
        None,
        None,
        "A topic was created in a community group",
        r#"{"CallbackCommand":"Group.CallbackAfterCreateTopic","GroupId":"@TGS#_@TGS#cQVLVHIM62CJ",
            "TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5",
            "Operator_Account":"alice","Owner_Account":"alice","Type":"Community",
            "Name":"Trail reports","EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackAfterTopicDestroyed",
        After,
        NOTICE,
        None,
        None,
        "Topics were deleted from a community group",
        r#"{"CallbackCommand":"Group.CallbackAfterTopicDestroyed","GroupId":"@TGS#_@TGS#cQVLVHIM62CJ",
            "TopicIdList":[{"TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5"}],
            "EventTime":1670574414123}"#
    ),
    event!(
        "Group.CallbackAfterTopicInfoChanged",
        After,
        NOTICE,
        None,
        None,
        "A topic's name, introduction, notice or face URL changed",
        r#"{"CallbackCommand":"Group.CallbackAfterTopicInfoChanged","GroupId":"@TGS#_@TGS#cQVLVHIM62CJ",
            "TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5",
            "Operator_Account":"alice","Name":"Trail reports and photos",
            "EventTime":1670574414123}"#
    ),
];

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
