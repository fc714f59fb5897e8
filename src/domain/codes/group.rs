//! Group codes (spec §11.4, with the codes seen on the §4 pages: 10001, 10020, 110002, 110003).

codes! {
    GROUP_ADMIN_NOT_LOGGED_IN = 10001, Rejected, "the admin is not logged in: check the admin account and UserSig";
    GROUP_INTERNAL_ERROR = 10002, Transient, "internal error";
    GROUP_BAD_COMMAND = 10003, Rejected, "bad command";
    GROUP_INVALID_PARAMETER = 10004, Rejected, "invalid parameter";
    GROUP_TOO_MANY_ACCOUNTS = 10005, Rejected, "too many accounts in the request";
    GROUP_RATE_LIMITED = 10006, Throttled, "operation frequency limit (also: too many new groups a day, get_appid_group_list too fast)",
        fix "rate limit exceeded: slow down or raise the limit in the console";
    // Rejected, not Auth: the gateway refuses a non-admin identifier before a group command
    // runs (60010/70403), so 10007 from a group command almost always means the group's type
    // or plan forbids the operation; exit 4 "unauthenticated" sent people to the wrong fix.
    GROUP_NO_PERMISSION = 10007, Rejected, "no permission: the group type or plan forbids the operation, or the identifier is not an admin",
        fix "check that the group's type has this feature (spec 4.1); if every group command fails, the identifier is not an app admin: set --admin to an admin account from the console";
    GROUP_SIGNATURE_FAILED = 10008, Rejected, "the request's signature check failed";
    OWNER_CANNOT_LEAVE = 10009, Rejected, "the owner cannot leave the group",
        fix "transfer the group first: imctl group transfer GROUP --owner USERID";
    GROUP_NOT_FOUND = 10010, Rejected, "the group does not exist or was disbanded",
        fix "check the GroupId (imctl group list --all)";
    GROUP_JSON_PARSE = 10011, Rejected, "JSON parse error";
    GROUP_INVALID_USERID = 10012, Rejected, "invalid UserID";
    ALREADY_MEMBER = 10013, Rejected, "already a member of the group";
    GROUP_FULL = 10014, Rejected, "the group is full",
        fix "raise the group's maximum: imctl group modify GROUP --max-members N (up to the plan's limit)";
    GROUP_ID_INVALID = 10015, Rejected, "invalid group ID";
    GROUP_CALLBACK_REJECTED = 10016, Rejected, "your app's group callback refused the operation",
        fix "check your callback handler's logic and logs (imctl logs query --kind callback), or try it with imctl callback trigger";
    GROUP_SENDER_MUTED = 10017, Rejected, "the sender is muted in the group";
    GROUP_RESPONSE_TOO_LARGE = 10018, Rejected, "the answer would be over 1 MB: page it";
    GROUP_USERID_NOT_FOUND = 10019, Rejected, "the UserID does not exist",
        fix "import it first: imctl account import USERID";
    GROUP_MSG_TOO_LONG = 10020, Rejected, "the message content is over 12 KB";
    GROUP_ID_TAKEN = 10021, Rejected, "the group ID is taken";
    GROUP_MSG_RATE_LIMITED = 10023, Throttled, "message frequency limit (40 messages a second a group)";
    GROUP_ALREADY_PROCESSED = 10024, Rejected, "the request was already processed";
    GROUP_ID_USED_BY_YOU = 10025, Rejected, "the group ID is already used by you";
    GROUP_COMMAND_DISABLED = 10026, Rejected, "the command is disabled for this SDKAppID";
    GROUP_RECALL_ERROR = 10030, Rejected, "recall error: the message does not exist";
    GROUP_RECALL_ERROR_2 = 10031, Rejected, "recall error: the message is beyond the allowed time range";
    GROUP_RECALL_ERROR_3 = 10032, Rejected, "recall error: the message cannot be recalled";
    GROUP_RECALL_ERROR_4 = 10033, Rejected, "recall error: this type of group does not support recalls";
    GROUP_DELETE_NOT_SUPPORTED = 10034, Rejected, "delete not supported";
    GROUP_DELETE_NOT_SUPPORTED_2 = 10035, Rejected, "delete not supported";
    AVCHATROOM_QUOTA = 10036, Rejected, "the AVChatRoom count quota is reached";
    TOO_MANY_GROUPS_FOR_USER = 10037, Rejected, "the user joined or created too many groups";
    MEMBER_COUNT_QUOTA = 10038, Rejected, "the member count quota is reached";
    GROUP_RECALL_DISABLED = 10041, Rejected, "group message recall is disabled";
    GROUP_NO_ROAMING = 10044, Rejected, "no roaming messages for this group type";
    ATTR_KEY_TOO_LONG = 10045, Rejected, "a custom attribute key is over 32 bytes";
    ATTR_VALUE_TOO_LONG = 10046, Rejected, "a custom attribute value is over 4000 bytes";
    ATTR_TOO_MANY_KEYS = 10047, Rejected, "more than 16 custom attribute keys";
    ATTR_TOTAL_TOO_LONG = 10048, Rejected, "custom attributes are over 16000 bytes in all";
    ATTR_WRITE_RATE = 10049, Throttled, "custom attributes are written too often";
    ATTR_KEY_MISSING = 10050, Rejected, "the custom attribute key does not exist";
    GROUP_DELETE_SCOPE = 10051, Rejected, "delete scope error";
    GROUP_DELETE_SCOPE_2 = 10052, Rejected, "delete scope error";
    TOO_MANY_MENTIONS = 10053, Rejected, "more than 30 @-mentions";
    TOO_MANY_MEMBERS_PAGE = 10054, Rejected, "too many members: page the request";
    ATTR_WRITE_CONFLICT = 10056, Rejected, "custom attribute write conflict";
    TRIAL_GROUP_CAP = 10058, Rejected, "the Trial edition's 100-group cap is reached";
    NEEDS_ULTIMATE = 10059, Rejected, "the feature needs the Ultimate edition";
    READ_RECEIPT_ERROR = 10060, Rejected, "read receipt error";
    READ_RECEIPT_ERROR_2 = 10061, Rejected, "read receipt error";
    READ_RECEIPT_ERROR_3 = 10062, Rejected, "read receipt error";
    TOO_MANY_COUNTER_KEYS = 10063, Rejected, "more than 20 group counter keys";
    COMMUNITY_NOT_ENABLED = 11000, Rejected, "Community groups are not enabled for the app";
    TOPIC_DELETION_FAILED = 110002, Rejected, "topic deletion failed";
    TOPIC_ALREADY_DELETED = 110003, Rejected, "the topic was already deleted";
}
