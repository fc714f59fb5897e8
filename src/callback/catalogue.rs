//! Every callback event of spec §9.3 as data, in its order (the types and rules are in
//! [`super::events`]): kept apart because the sample bodies are long.

use crate::domain::codes;

use super::events::{Event, Phase, C2C_CUSTOM_CODES, GATE, GROUP_CUSTOM_CODES, NOTICE, SEND};

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

const G: Option<i64> = Some(codes::GROUP_CALLBACK_REJECTED);
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
        Some(codes::C2C_CALLBACK_REJECTED),
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
