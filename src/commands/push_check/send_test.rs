//! `--send-test`: one C2C message with `OfflinePushInfo` (spec §5.2–5.3), and what its answer
//! means.

use serde_json::{json, Map, Value};

use crate::api::wire::message::{
    C2cMessage, MessageCommon, MsgElem, OfflinePushInfo, SendMsgRequest,
};
use crate::domain::send_errors::advice;
use crate::error::{is_auth_code, Error};

/// What the user asked the test message to be.
#[derive(Debug, Clone)]
pub struct TestMessage<'a> {
    pub to: &'a str,
    pub from: Option<&'a str>,
    pub text: &'a str,
    pub title: &'a str,
    pub desc: Option<&'a str>,
    /// A `TIMCustomElem` instead of text: pushed only when `desc` is set.
    pub custom: bool,
}

impl TestMessage<'_> {
    /// The `sendmsg` body. `random` is the `MsgRandom` that makes a retried send deliver once.
    pub fn request(&self, random: u32) -> SendMsgRequest {
        let elem = if self.custom {
            MsgElem::custom(self.text, self.desc)
        } else {
            MsgElem::text(self.text)
        };
        SendMsgRequest {
            to_account: self.to.into(),
            message: C2cMessage {
                // 2: do not sync the test to the sender's own devices.
                sync_other_machine: Some(2),
                msg_random: random,
                common: MessageCommon {
                    from_account: self.from.map(String::from),
                    msg_body: vec![elem],
                    offline_push_info: Some(OfflinePushInfo {
                        push_flag: Some(0),
                        title: Some(self.title.into()),
                        desc: self.desc.map(String::from),
                        ..OfflinePushInfo::default()
                    }),
                    ..MessageCommon::default()
                },
                ..C2cMessage::default()
            },
        }
    }

    /// What the user should know about this message before reading its result.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.desc.is_none() {
            if self.custom {
                notes.push(
                    "no --push-desc: a custom message without OfflinePushInfo.Desc is never pushed offline; only an online device gets it".to_string(),
                );
            } else {
                notes.push(
                    "no --push-desc: the push shows the message text; custom messages push only with OfflinePushInfo.Desc set (--push-desc)".to_string(),
                );
            }
        }
        notes
    }
}

/// A send the service refused, explained. Auth, throttling and transport failures are not
/// explained here: they are the command's error (exit 4, 5, 7).
pub fn refused(err: Error) -> Result<Value, Error> {
    let Error::Api { code, info, .. } = &err else {
        return Err(err);
    };
    if is_auth_code(*code) || crate::domain::limits::is_throttle_code(*code) {
        return Err(err);
    }
    let mut out = Map::new();
    out.insert("ErrorCode".into(), json!(code));
    out.insert("ErrorInfo".into(), json!(info));
    if let Some(a) = advice(*code) {
        out.insert("Cause".into(), json!(a.cause));
        out.insert("Fix".into(), json!(a.fix));
    }
    Ok(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(custom: bool, desc: Option<&'static str>) -> TestMessage<'static> {
        TestMessage {
            to: "alice",
            from: None,
            text: "hello",
            title: "imctl",
            desc,
            custom,
        }
    }

    #[test]
    fn the_request_carries_offline_push_info_and_the_random() {
        let body = serde_json::to_value(message(false, Some("d")).request(7)).unwrap();
        assert_eq!(body["To_Account"], "alice");
        assert_eq!(body["MsgRandom"], 7);
        assert_eq!(body["OfflinePushInfo"]["Desc"], "d");
        assert_eq!(body["OfflinePushInfo"]["PushFlag"], 0);
        assert_eq!(body["MsgBody"][0]["MsgType"], "TIMTextElem");
        assert!(body.get("From_Account").is_none());
    }

    #[test]
    fn an_empty_desc_is_named_and_custom_messages_say_no_push() {
        assert!(message(false, Some("x")).notes().is_empty());
        assert!(message(false, None).notes()[0].contains("--push-desc"));
        assert!(message(true, None).notes()[0].contains("never pushed"));
        let body = serde_json::to_value(message(true, Some("d")).request(1)).unwrap();
        assert_eq!(body["MsgBody"][0]["MsgType"], "TIMCustomElem");
        assert_eq!(body["MsgBody"][0]["MsgContent"]["Desc"], "d");
    }

    #[test]
    fn refusals_are_explained_and_auth_errors_are_not() {
        let api = |code| Error::Api {
            endpoint: "v4/openim/sendmsg".into(),
            code,
            info: "x".into(),
        };
        let r = refused(api(20006)).unwrap();
        assert_eq!(r["ErrorCode"], 20006);
        assert!(r["Cause"].as_str().unwrap().contains("callback"));
        assert!(refused(api(70009)).is_err());
        assert!(refused(Error::Transport("down".into())).is_err());
        assert!(refused(api(99999)).unwrap().get("Cause").is_none());
    }
}
