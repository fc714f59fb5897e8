//! The query string the service appends to the callback URL (spec §9.1):
//! `SdkAppid`, `CallbackCommand`, `contenttype=json`, `ClientIP`, `OptPlatform`, and with
//! authentication `Sign` and `RequestTime`. Reading one (any input, never panics) and writing one.

use url::form_urlencoded;

use super::sign::{sign_at, Token};

pub const SDK_APPID: &str = "SdkAppid";
pub const CALLBACK_COMMAND: &str = "CallbackCommand";
pub const CONTENT_TYPE: &str = "contenttype";
pub const CLIENT_IP: &str = "ClientIP";
pub const OPT_PLATFORM: &str = "OptPlatform";
pub const SIGN: &str = "Sign";
pub const REQUEST_TIME: &str = "RequestTime";

/// `OptPlatform` of a request made through the REST API.
pub const PLATFORM_RESTAPI: &str = "RESTAPI";

/// Parameters kept from one query string beyond the documented ones; the rest are counted.
const MAX_OTHER_PARAMS: usize = 64;

/// The callback parameters of one request, percent-decoded, as received. Names match
/// case-insensitively (the service mixes `SdkAppid` with `contenttype`); a name given twice
/// keeps its first value and is listed in `repeated`, since a second `Sign` or `SdkAppid` is a
/// sign of tampering that a receiver must not resolve silently.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallbackQuery {
    pub sdk_appid: Option<String>,
    pub callback_command: Option<String>,
    pub content_type: Option<String>,
    pub client_ip: Option<String>,
    pub opt_platform: Option<String>,
    pub sign: Option<String>,
    pub request_time: Option<String>,
    /// Documented names that appeared more than once, in their documented spelling.
    pub repeated: Vec<&'static str>,
    /// Other parameters in order (a console URL may carry its own), at most 64 of them.
    pub other: Vec<(String, String)>,
    /// Other parameters beyond those kept.
    pub other_dropped: usize,
}

impl CallbackQuery {
    /// Reads the parameters from a full URL (`https://host/path?…`), a request target
    /// (`/path?…`) or a bare query string (`SdkAppid=…&…`, with or without the leading `?`).
    /// A fragment is ignored. Further `?` separate parameters like `&`: a console URL that
    /// already carries a query gets the service's parameters after a second `?`.
    pub fn parse(input: &str) -> CallbackQuery {
        let without_fragment = input.split('#').next().unwrap_or_default();
        let query = query_part(without_fragment).replace('?', "&");
        let mut q = CallbackQuery::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            if name.is_empty() {
                continue;
            }
            let value = value.into_owned();
            let Some(canonical) = documented_name(&name) else {
                if q.other.len() < MAX_OTHER_PARAMS {
                    q.other.push((name.into_owned(), value));
                } else {
                    q.other_dropped += 1;
                }
                continue;
            };
            let slot = q.slot(canonical);
            if slot.is_none() {
                *slot = Some(value);
            } else if !q.repeated.contains(&canonical) {
                q.repeated.push(canonical);
            }
        }
        q
    }

    fn slot(&mut self, canonical: &str) -> &mut Option<String> {
        match canonical {
            SDK_APPID => &mut self.sdk_appid,
            CALLBACK_COMMAND => &mut self.callback_command,
            CONTENT_TYPE => &mut self.content_type,
            CLIENT_IP => &mut self.client_ip,
            OPT_PLATFORM => &mut self.opt_platform,
            SIGN => &mut self.sign,
            _ => &mut self.request_time,
        }
    }

    /// Whether the documented parameter `name` appeared more than once.
    pub fn is_repeated(&self, name: &str) -> bool {
        self.repeated.iter().any(|r| r.eq_ignore_ascii_case(name))
    }
}

/// The documented spelling of a parameter name given in any case.
fn documented_name(name: &str) -> Option<&'static str> {
    [
        SDK_APPID,
        CALLBACK_COMMAND,
        CONTENT_TYPE,
        CLIENT_IP,
        OPT_PLATFORM,
        SIGN,
        REQUEST_TIME,
    ]
    .into_iter()
    .find(|canonical| canonical.eq_ignore_ascii_case(name))
}

/// The part after the first `?`, or the whole input when it is itself a query string.
fn query_part(input: &str) -> &str {
    if let Some((_, query)) = input.split_once('?') {
        return query;
    }
    let looks_like_url = input.contains("://") || input.starts_with('/');
    if looks_like_url {
        ""
    } else {
        input
    }
}

/// What the service appends to the callback URL for one event.
#[derive(Debug, Clone)]
pub struct OutgoingQuery<'a> {
    pub sdkappid: u64,
    pub command: &'a str,
    pub client_ip: &'a str,
    pub opt_platform: &'a str,
    /// With authentication on: the token and the `RequestTime` (unix seconds) to sign.
    pub auth: Option<(&'a Token, i64)>,
}

impl OutgoingQuery<'_> {
    /// `SdkAppid=…&CallbackCommand=…&contenttype=json&ClientIP=…&OptPlatform=…[&Sign=…&RequestTime=…]`,
    /// in the documented order, values percent-encoded.
    pub fn encode(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair(SDK_APPID, &self.sdkappid.to_string())
            .append_pair(CALLBACK_COMMAND, self.command)
            .append_pair(CONTENT_TYPE, "json")
            .append_pair(CLIENT_IP, self.client_ip)
            .append_pair(OPT_PLATFORM, self.opt_platform);
        if let Some((token, time)) = self.auth {
            out.append_pair(SIGN, &sign_at(token, time))
                .append_pair(REQUEST_TIME, &time.to_string());
        }
        out.finish()
    }
}

/// The configured callback URL with the service's query appended (after `&` when the URL
/// already has a query, so the result stays one well-formed query string).
pub fn callback_url(base_url: &str, query: &str) -> String {
    let base = base_url.split('#').next().unwrap_or_default();
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}{query}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FULL: &str = "https://example.com/im/callback?SdkAppid=1400000000\
        &CallbackCommand=C2C.CallbackBeforeSendMsg&contenttype=json&ClientIP=203.0.113.7\
        &OptPlatform=RESTAPI&Sign=17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061\
        &RequestTime=1669872112";

    #[test]
    fn reads_every_documented_parameter_from_a_full_url() {
        let q = CallbackQuery::parse(FULL);
        assert_eq!(q.sdk_appid.as_deref(), Some("1400000000"));
        assert_eq!(
            q.callback_command.as_deref(),
            Some("C2C.CallbackBeforeSendMsg")
        );
        assert_eq!(q.content_type.as_deref(), Some("json"));
        assert_eq!(q.client_ip.as_deref(), Some("203.0.113.7"));
        assert_eq!(q.opt_platform.as_deref(), Some("RESTAPI"));
        assert_eq!(q.sign.as_deref().map(str::len), Some(64));
        assert_eq!(q.request_time.as_deref(), Some("1669872112"));
        assert!(q.repeated.is_empty() && q.other.is_empty());
    }

    #[test]
    fn request_targets_and_bare_queries_read_the_same() {
        let full = CallbackQuery::parse(FULL);
        let query = FULL.split_once('?').unwrap().1;
        assert_eq!(CallbackQuery::parse(query), full);
        assert_eq!(CallbackQuery::parse(&format!("?{query}")), full);
        assert_eq!(CallbackQuery::parse(&format!("/im/callback?{query}")), full);
        assert_eq!(
            CallbackQuery::parse("https://example.com/cb"),
            CallbackQuery::default()
        );
        assert_eq!(CallbackQuery::parse("/cb"), CallbackQuery::default());
    }

    #[test]
    fn names_match_in_any_case_and_repeats_are_flagged() {
        let q = CallbackQuery::parse("sdkappid=1&SDKAPPID=2&Sign=a&sign=b&x=1");
        assert_eq!(q.sdk_appid.as_deref(), Some("1"));
        assert_eq!(q.sign.as_deref(), Some("a"));
        assert_eq!(q.repeated, vec![SDK_APPID, SIGN]);
        assert!(q.is_repeated("sign"));
        assert_eq!(q.other, vec![("x".to_string(), "1".to_string())]);
    }

    #[test]
    fn values_are_percent_decoded_and_fragments_ignored() {
        let q = CallbackQuery::parse("?ClientIP=2001%3Adb8%3A%3A1&OptPlatform=Web#Sign=zz");
        assert_eq!(q.client_ip.as_deref(), Some("2001:db8::1"));
        assert_eq!(q.opt_platform.as_deref(), Some("Web"));
        assert_eq!(q.sign, None);
    }

    #[test]
    fn a_second_question_mark_starts_more_parameters() {
        let q = CallbackQuery::parse("https://x/cb?tenant=7?SdkAppid=1400000000&Sign=ab");
        assert_eq!(q.sdk_appid.as_deref(), Some("1400000000"));
        assert_eq!(q.other, vec![("tenant".to_string(), "7".to_string())]);
    }

    #[test]
    fn other_parameters_are_bounded() {
        let many: Vec<String> = (0..100).map(|i| format!("p{i}=v")).collect();
        let q = CallbackQuery::parse(&many.join("&"));
        assert_eq!(q.other.len(), MAX_OTHER_PARAMS);
        assert_eq!(q.other_dropped, 100 - MAX_OTHER_PARAMS);
    }

    #[test]
    fn outgoing_query_is_the_documented_one_and_reads_back() {
        let token = Token::new("xxxxyyyy").unwrap();
        let out = OutgoingQuery {
            sdkappid: 1_400_000_000,
            command: "Group.CallbackAfterCreateGroup",
            client_ip: "127.0.0.1",
            opt_platform: PLATFORM_RESTAPI,
            auth: Some((&token, 1_669_872_112)),
        };
        let encoded = out.encode();
        assert_eq!(
            encoded,
            "SdkAppid=1400000000&CallbackCommand=Group.CallbackAfterCreateGroup&contenttype=json\
             &ClientIP=127.0.0.1&OptPlatform=RESTAPI\
             &Sign=17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061\
             &RequestTime=1669872112"
        );
        let url = callback_url("https://example.com/cb", &encoded);
        let back = CallbackQuery::parse(&url);
        assert_eq!(back.request_time.as_deref(), Some("1669872112"));
        let unsigned = OutgoingQuery { auth: None, ..out }.encode();
        assert!(!unsigned.contains("Sign="));
    }

    #[test]
    fn a_question_mark_inside_the_fragment_is_not_a_query() {
        assert_eq!(
            CallbackQuery::parse("https://x/cb#frag?Sign=ab"),
            CallbackQuery::default()
        );
    }

    #[test]
    fn callback_url_joins_with_the_right_separator() {
        assert_eq!(callback_url("http://h/cb", "a=1"), "http://h/cb?a=1");
        assert_eq!(
            callback_url("http://h/cb?t=2", "a=1"),
            "http://h/cb?t=2&a=1"
        );
        assert_eq!(callback_url("http://h/cb#frag", "a=1"), "http://h/cb?a=1");
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in ".{0,300}") {
            let _ = CallbackQuery::parse(&s);
        }

        #[test]
        fn parsing_query_like_input_never_panics(
            s in "[A-Za-z?&=#%/:.0-9+ -]{0,200}"
        ) {
            let q = CallbackQuery::parse(&s);
            prop_assert!(q.other.len() <= MAX_OTHER_PARAMS);
        }

        #[test]
        fn encoded_values_read_back_unchanged(
            command in "[ -~]{0,40}",
            ip in "[ -~]{0,40}",
            platform in "[ -~]{0,20}",
            sdkappid in 1u64..=u64::from(u32::MAX),
        ) {
            let out = OutgoingQuery {
                sdkappid, command: &command, client_ip: &ip, opt_platform: &platform, auth: None,
            };
            let q = CallbackQuery::parse(&callback_url("https://h/cb", &out.encode()));
            prop_assert_eq!(q.sdk_appid, Some(sdkappid.to_string()));
            prop_assert_eq!(q.callback_command, Some(command));
            prop_assert_eq!(q.client_ip, Some(ip));
            prop_assert_eq!(q.opt_platform, Some(platform));
        }
    }
}
