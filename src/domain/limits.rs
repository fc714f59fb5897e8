//! Documented per-request limits and rates (spec §2, §12), shared by the client (which splits
//! and paces) and the emulator (which enforces).

use super::codes::{self, Class};

/// Items per request of the batch account commands.
pub const ACCOUNT_BATCH: usize = 100;
/// Accounts per online-status query.
pub const STATUS_BATCH: usize = 500;
/// Accounts per profile read.
pub const PROFILE_BATCH: usize = 100;
/// Accounts a Trial-edition app may hold (70398, spec §2 account_import).
pub const TRIAL_ACCOUNTS: u64 = 100;

/// The documented default calls per second of a command.
pub fn qps(service: &str, command: &str) -> f64 {
    match (service, command) {
        // Issues 17 and 18 (spec §6.1, §12.1); every other new command is at the 200/s default.
        // im_push is paced to one a second: pushes must be more than 1 s apart (90024).
        ("all_member_push", "im_push") => 1.0,
        ("all_member_push", _) => 100.0,
        ("im_open_login_svc", "multiaccount_import" | "account_delete" | "account_check") => 100.0,
        ("group_open_http_svc", "get_appid_group_list") => 1.0,
        ("open_msg_svc", "get_history") => 10.0,
        _ => 200.0,
    }
}

/// ErrorCodes that mean "too fast, try again later" (spec §12): the `Throttled` class of the
/// code table.
pub fn is_throttle_code(code: i64) -> bool {
    codes::class(code) == Class::Throttled
}

/// ErrorCodes that mean a transient server fault worth retrying: the `Transient` class.
pub fn is_transient_code(code: i64) -> bool {
    codes::class(code) == Class::Transient
}

// Issues 17 and 18 (spec §4.12–4.20, §5.8–5.18, §6.1, §8, §12.1), one block.

/// Users per `all_member_push` attribute or tag call.
pub const PUSH_USER_BATCH: usize = 100;
/// Tags per user in one `im_add_tag`, and per `TagsAnd` / `TagsOr` condition of `im_push`.
pub const PUSH_TAGS_PER_CALL: usize = 10;
/// Tags one user may hold in total.
pub const PUSH_TAGS_PER_USER: usize = 100;
/// Push attributes an app may name (`"0"` to `"9"`).
pub const PUSH_ATTRIBUTES: usize = 10;
/// Bytes of a push tag, attribute name or attribute value.
pub const PUSH_TEXT_BYTES: usize = 50;
/// `im_push` calls a day by default (90047 beyond).
pub const PUSH_PER_DAY: u32 = 100;
/// Items of `friend_import`, and UserIDs of `friend_delete`, `friend_check` and the
/// `black_list_add` / `_delete` / `_check` calls.
pub const SNS_BATCH: usize = 1000;
/// Friends per `friend_get_list` (recommended, not enforced by the service).
pub const FRIEND_GET_LIST_BATCH: usize = 100;
/// Members per `import_group_member`.
pub const IMPORT_GROUP_MEMBER_BATCH: usize = 300;
/// Messages per `import_group_msg` (current pages; older ones said 20).
pub const IMPORT_GROUP_MSG_BATCH: usize = 7;
/// The longest a message or push is kept for offline users, `MsgLifeTime` (spec §5.3, §6.1):
/// 7 days.
pub const MSG_LIFETIME_MAX_SECONDS: u64 = 604_800;
/// Messages per `group_msg_get_simple`.
pub const GROUP_HISTORY_PAGE: usize = 20;
/// Sequence numbers per `group_msg_recall`.
pub const GROUP_RECALL_BATCH: usize = 10;
/// The newest messages `delete_group_msg_by_sender` looks at.
pub const DELETE_BY_SENDER_WINDOW: usize = 1000;
/// Accounts per `get_role_in_group`.
pub const ROLE_QUERY_BATCH: usize = 500;
/// Accounts per `ban_group_member` / `unban_group_member`.
pub const BAN_BATCH: usize = 20;
/// Page size of `get_group_ban_member`.
pub const BAN_LIST_PAGE: usize = 100;
/// Group attributes: keys, key bytes, value bytes, all values' bytes, writes a second per group.
pub const GROUP_ATTR_KEYS: usize = 16;
pub const GROUP_ATTR_KEY_BYTES: usize = 32;
pub const GROUP_ATTR_VALUE_BYTES: usize = 4000;
pub const GROUP_ATTR_TOTAL_BYTES: usize = 16_000;
pub const GROUP_ATTR_WRITES_PER_GROUP: f64 = 5.0;
/// Keys per `update_group_counter`, and bytes of a counter key.
pub const GROUP_COUNTER_KEYS: usize = 20;
pub const GROUP_COUNTER_KEY_BYTES: usize = 128;
/// Topics per topic-enabled Community.
pub const TOPICS_PER_COMMUNITY: usize = 200;
/// MsgKeys per `delete_c2c_msg_ramble`.
pub const C2C_DELETE_BATCH: usize = 30;
/// Peers per `get_c2c_unread_msg_num`.
pub const C2C_UNREAD_PEERS: usize = 10;
/// Items per `recentcontact/mark_contact`.
pub const MARK_CONTACT_BATCH: usize = 100;
/// Conversations per `recentcontact/search_contact_group`.
pub const SEARCH_CONTACT_BATCH: usize = 300;
/// Bytes of a `ban_group_member` `Description`.
pub const BAN_DESCRIPTION_BYTES: usize = 1000;
/// `get_members` (AVChatRoom online members): the latest 1,000 on Ultimate with the console
/// switch, the 30 latest joiners otherwise; pages of 500 (paging "only needed above 500").
pub const ONLINE_MEMBERS_MAX: usize = 1000;
pub const ONLINE_MEMBERS_OTHER_PLANS: usize = 30;
pub const ONLINE_MEMBERS_PAGE: usize = 500;
/// `batchsendmsg` recipient-messages a minute, each recipient one (spec §5.4, §12; since
/// 2023-08-01), on top of its 200 calls a second.
pub const BATCH_SEND_RECIPIENTS_PER_MINUTE: f64 = 12_000.0;
/// Conversations a user keeps (`get_list`): 100 by default, 500 on Ultimate (spec §8.14).
pub const RECENT_DEFAULT_MAX: usize = 100;
pub const RECENT_ULTIMATE_MAX: usize = 500;
/// Conversations per `get_list` page (not documented; the SDK's default pull of 100).
pub const RECENT_PAGE: usize = 100;
/// Conversation groups a user may have, bytes of a group name, conversations across the
/// groups, bytes of a custom mark (spec §8.16).
pub const CONTACT_GROUPS_MAX: usize = 20;
pub const CONTACT_GROUP_NAME_MAX: usize = 32;
pub const GROUPED_CONVERSATIONS_MAX: usize = 1000;
pub const CUSTOM_MARK_MAX: usize = 256;
/// Conversations per `get_contact_group` page (not documented).
pub const CONTACT_GROUP_PAGE: usize = 100;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttle_and_transient_codes_are_the_code_table_s() {
        for code in [
            60007, 60011, 60018, 60019, 10006, 10023, 70050, 90024, 22006, 10049,
        ] {
            assert!(is_throttle_code(code), "{code}");
            assert!(!is_transient_code(code), "{code}");
        }
        // What the spec says to retry: the relationship and contact services' internal errors too.
        for code in [
            60008, 70169, 70202, 70500, 90992, 10002, 30006, 30007, 50004, 50005,
        ] {
            assert!(is_transient_code(code), "{code}");
        }
        assert!(!is_throttle_code(70107) && !is_transient_code(70107));
    }

    /// Every published sample that states a rate agrees with the pacing table.
    #[test]
    fn rates_match_the_published_samples() {
        let dir = format!("{}/tests/data/samples", env!("CARGO_MANIFEST_DIR"));
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let doc: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let Some(rate) = doc["qps"].as_f64() else {
                continue;
            };
            let endpoint = doc["endpoint"].as_str().unwrap();
            let mut parts = endpoint.trim_start_matches("v4/").split('/');
            let (service, command) = (parts.next().unwrap(), parts.next().unwrap());
            assert_eq!(qps(service, command), rate, "{endpoint}");
            checked += 1;
        }
        assert!(checked > 90, "only {checked} samples state a rate");
    }

    #[test]
    fn im_push_is_paced_to_one_a_second() {
        assert_eq!(qps("all_member_push", "im_push"), 1.0);
        assert_eq!(qps("all_member_push", "im_add_tag"), 100.0);
    }
}
