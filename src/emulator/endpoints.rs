//! Every documented endpoint (one per published sample, `tests/data/samples/`) and whether
//! the emulator answers it, for `imctl emulator --list-endpoints`; and the service's own
//! "no such command" answer for the rest, so a client learns it here before its CI does.

use crate::domain::codes;

/// `(service, command, implemented)`, in sample-file order. A test holds it to the samples and
/// to the route table, so it cannot drift from either.
pub static DOCUMENTED: &[(&str, &str, bool)] = &[
    ("ConfigSvc", "GetIPList", true),
    ("all_member_push", "im_add_tag", true),
    ("all_member_push", "im_get_attr", true),
    ("all_member_push", "im_get_attr_name", true),
    ("all_member_push", "im_get_tag", true),
    ("all_member_push", "im_push", true),
    ("all_member_push", "im_remove_all_tags", true),
    ("all_member_push", "im_remove_attr", true),
    ("all_member_push", "im_remove_tag", true),
    ("all_member_push", "im_set_attr", true),
    ("all_member_push", "im_set_attr_name", true),
    ("group_open_attr_http_svc", "get_group_attr", true),
    ("group_open_avchatroom_http_svc", "get_members", true),
    ("group_open_http_svc", "add_group_member", true),
    ("group_open_http_svc", "ban_group_member", true),
    ("group_open_http_svc", "change_group_owner", true),
    ("group_open_http_svc", "clear_group_attr", true),
    ("group_open_http_svc", "create_group", true),
    ("group_open_http_svc", "delete_group_counter", true),
    ("group_open_http_svc", "delete_group_member", true),
    ("group_open_http_svc", "delete_group_msg_by_sender", true),
    ("group_open_http_svc", "destroy_group", true),
    ("group_open_http_svc", "forbid_send_msg", true),
    ("group_open_http_svc", "get_appid_group_list", true),
    ("group_open_http_svc", "get_group_ban_member", true),
    ("group_open_http_svc", "get_group_counter", true),
    ("group_open_http_svc", "get_group_info", true),
    ("group_open_http_svc", "get_group_member_info", true),
    ("group_open_http_svc", "get_group_muted_account", true),
    ("group_open_http_svc", "get_group_shutted_uin", true),
    ("group_open_http_svc", "get_joined_group_list", true),
    ("group_open_http_svc", "get_online_member_num", true),
    ("group_open_http_svc", "get_role_in_group", true),
    ("group_open_http_svc", "group_msg_get_simple", true),
    ("group_open_http_svc", "group_msg_recall", true),
    ("group_open_http_svc", "import_group", true),
    ("group_open_http_svc", "import_group_member", true),
    ("group_open_http_svc", "import_group_msg", true),
    ("group_open_http_svc", "import_topic", true),
    ("group_open_http_svc", "modify_group_attr", true),
    ("group_open_http_svc", "modify_group_base_info", true),
    ("group_open_http_svc", "modify_group_member_info", true),
    ("group_open_http_svc", "send_group_msg", true),
    (
        "group_open_http_svc",
        "send_group_system_notification",
        true,
    ),
    ("group_open_http_svc", "set_group_attr", true),
    ("group_open_http_svc", "set_unread_msg_num", true),
    ("group_open_http_svc", "unban_group_member", true),
    ("group_open_http_svc", "update_group_counter", true),
    ("im_open_login_svc", "account_check", true),
    ("im_open_login_svc", "account_delete", true),
    ("im_open_login_svc", "account_import", true),
    ("im_open_login_svc", "kick", true),
    ("im_open_login_svc", "multiaccount_import", true),
    ("million_group_open_http_svc", "create_topic", true),
    ("million_group_open_http_svc", "destroy_topic", true),
    ("million_group_open_http_svc", "get_topic", true),
    ("million_group_open_http_svc", "modify_topic", true),
    ("open_msg_svc", "get_history", true),
    ("openconfigsvr", "getappinfo", true),
    ("openconfigsvr", "getnospeaking", true),
    ("openconfigsvr", "setnospeaking", true),
    ("openim", "admin_getroammsg", true),
    ("openim", "admin_msgwithdraw", true),
    ("openim", "admin_set_msg_read", true),
    ("openim", "batchsendmsg", true),
    ("openim", "delete_c2c_msg_ramble", true),
    ("openim", "get_c2c_unread_msg_num", true),
    ("openim", "importmsg", true),
    ("openim", "modify_c2c_msg", true),
    ("openim", "modify_group_msg", true),
    ("openim", "query_online_status", true),
    ("openim", "querystate", true),
    ("openim", "sendmsg", true),
    ("profile", "portrait_get", true),
    ("profile", "portrait_set", true),
    ("recentcontact", "create_contact_group", true),
    ("recentcontact", "del_contact_group", true),
    ("recentcontact", "delete", true),
    ("recentcontact", "get_contact_group", true),
    ("recentcontact", "get_list", true),
    ("recentcontact", "mark_contact", true),
    ("recentcontact", "search_contact_group", true),
    ("recentcontact", "update_contact_group", true),
    ("sns", "black_list_add", true),
    ("sns", "black_list_check", true),
    ("sns", "black_list_delete", true),
    ("sns", "black_list_get", true),
    ("sns", "friend_add", true),
    ("sns", "friend_check", true),
    ("sns", "friend_delete", true),
    ("sns", "friend_delete_all", true),
    ("sns", "friend_get", true),
    ("sns", "friend_get_list", true),
    ("sns", "friend_import", true),
    ("sns", "friend_update", true),
    ("sns", "group_add", true),
    ("sns", "group_delete", true),
    ("sns", "group_get", true),
];

/// The services whose pages document 10003 "invalid command word" (spec §4.2, §11.4 and their
/// samples' error tables); every other service answers the common 60009 "bad resource" (§11.1).
const OWN_BAD_COMMAND: &[&str] = &["group_open_http_svc", "million_group_open_http_svc"];

/// What the service answers for a command it does not have (or the emulator does not
/// implement): ErrorCode and ErrorInfo.
pub fn unknown_command(service: &str, command: &str) -> (i64, String) {
    let documented = DOCUMENTED
        .iter()
        .any(|(s, c, _)| *s == service && *c == command);
    let why = if documented {
        "not implemented by imctl emulator (see `imctl emulator --list-endpoints`)"
    } else {
        "no such command"
    };
    if OWN_BAD_COMMAND.contains(&service) {
        (
            codes::GROUP_BAD_COMMAND,
            format!("invalid command word {service}/{command}: {why}"),
        )
    } else {
        (
            codes::BAD_RESOURCE,
            format!("bad resource {service}/{command}: {why}"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::gateway::Query;
    use crate::emulator::routes::handle;
    use crate::emulator::services::State;

    #[test]
    fn the_list_is_the_published_samples() {
        let dir = format!("{}/tests/data/samples", env!("CARGO_MANIFEST_DIR"));
        let mut samples: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| {
                let name = e.unwrap().file_name().into_string().unwrap();
                name.strip_suffix(".json").map(str::to_string)
            })
            .collect();
        samples.sort();
        let listed: Vec<String> = DOCUMENTED
            .iter()
            .map(|(s, c, _)| format!("{s}.{c}"))
            .collect();
        assert_eq!(listed, samples);
    }

    /// `implemented` is what the route table does: it answers exactly the ones marked so.
    #[test]
    fn implemented_means_the_route_table_answers_it() {
        let state = State::in_memory();
        for (service, command, implemented) in DOCUMENTED {
            let answered = handle(
                &state,
                service,
                command,
                &serde_json::json!({}),
                &Query::default(),
                1,
            )
            .is_some();
            assert_eq!(answered, *implemented, "{service}/{command}");
        }
    }

    #[test]
    fn the_group_services_answer_10003_and_the_others_60009() {
        assert_eq!(
            unknown_command("group_open_http_svc", "import_group").0,
            10003
        );
        assert_eq!(
            unknown_command("million_group_open_http_svc", "get_topic").0,
            10003
        );
        assert_eq!(unknown_command("sns", "friend_add").0, 60009);
        let (_, info) = unknown_command("openim", "no_such_thing");
        assert!(info.contains("no such command"), "{info}");
    }
}
