//! Message codes (spec §11.3): one-to-one sends, push tokens and certificates, content checks,
//! and the `openim`/push-to-all request checks. The fixes are the send advice
//! (`domain::send_errors`).

codes! {
    MSG_INVALID_REQUEST = 20001, Rejected, "invalid request";
    MSG_USERSIG_INVALID = 20002, Rejected, "the UserSig or A2 ticket is invalid or expired";
    RECEIVER_NOT_IMPORTED = 20003, Rejected, "the receiver (or sender) is not an imported account",
        fix "import it first: imctl account import USERID";
    MSG_NETWORK_ERROR = 20004, Rejected, "network error";
    MSG_INTERNAL_ERROR = 20005, Rejected, "internal error";
    C2C_CALLBACK_REJECTED = 20006, Rejected, "your app's before-send callback (C2C.CallbackBeforeSendMsg) refused the message",
        fix "check your callback handler's logic and logs (imctl logs query --kind callback), or try the handler with imctl callback trigger C2C.CallbackBeforeSendMsg";
    SENDER_BLOCKLISTED = 20007, Rejected, "the sender is on the receiver's blocklist",
        fix "remove the sender from the receiver's blocklist, or test with another sender";
    NOT_FRIENDS = 20009, Rejected, "the relationship check is on and the two accounts are not friends",
        fix "add them as friends, or turn off the friendship check for one-to-one messages in the console (Feature configuration)";
    NOT_FRIENDS_2 = 20010, Rejected, "the relationship check is on and the two accounts are not friends",
        fix "add them as friends, or turn off the friendship check for one-to-one messages in the console (Feature configuration)";
    NOT_FRIENDS_3 = 20011, Rejected, "the relationship check is on and the two accounts are not friends",
        fix "add them as friends, or turn off the friendship check for one-to-one messages in the console (Feature configuration)";
    SENDER_MUTED = 20012, Rejected, "the sender is muted",
        fix "lift the mute: imctl account mute SENDER --c2c 0";
    RECALL_TOO_LATE = 20016, Rejected, "past the recall time limit (2 minutes by default)";
    RECALL_NOT_FOUND = 20022, Rejected, "the message to recall was not found";
    ALREADY_RECALLED = 20023, Rejected, "the message was already recalled";
    TOKEN_BEFORE_LOGIN = 21005, Rejected, "a push token was set before login";
    NO_PUSH_CERTIFICATE = 22001, Rejected, "no push certificate is uploaded for the app",
        fix "upload the vendor certificate in the console's offline push configuration";
    PUSH_NETWORK_ERROR = 22002, Rejected, "network error";
    PUSH_TOKEN_EMPTY = 22003, Rejected, "the push token is empty";
    PUSH_TOKEN_TOO_LONG = 22004, Rejected, "the push token is over 256 bytes";
    PUSH_RATE_LIMITED = 22006, Throttled, "pushes are sent too often",
        fix "wait a second between tests";

    SENSITIVE_TEXT = 80001, Rejected, "the text was caught by the sensitive-word filter",
        fix "send other text, or review the filter settings in the console";
    MESSAGE_TOO_LONG = 80002, Rejected, "the message is too long (keep a message under 8 KB)",
        fix "send a shorter text, title or description";
    BEFORE_SEND_CALLBACK_FAILED = 80003, Rejected, "the before-send callback failed or timed out, and the app's timeout policy drops the message",
        fix "make the callback handler answer within 2 s (imctl callback trigger measures it), or change the timeout policy in the console";
    SENSITIVE_IMAGE = 80004, Rejected, "the image was caught by the content filter";
    SERVICE_DEACTIVATED = 80005, Rejected, "service deactivated, or the content security check timed out";

    MSG_JSON_PARSE_FAILED = 90001, Rejected, "JSON parse failed";
    MSG_BODY_MALFORMED = 90002, Rejected, "MsgBody is malformed or not an array";
    TO_ACCOUNT_INVALID = 90003, Rejected, "To_Account is missing or not a string";
    MSG_SEQ_INVALID = 90004, Rejected, "MsgSeq is invalid";
    MSG_RANDOM_INVALID = 90005, Rejected, "MsgRandom is missing or not an integer";
    MSG_TIMESTAMP_INVALID = 90006, Rejected, "MsgTimeStamp is invalid";
    MSG_BODY_NOT_ARRAY = 90007, Rejected, "MsgBody is not an array";
    SENDER_MISSING = 90008, Rejected, "the sender (From_Account) is missing or does not exist",
        fix "import the sender, or leave out --from to send as the app admin";
    MSG_NOT_ADMIN = 90009, Auth, "the request needs an app admin",
        fix "the identifier is not an app admin: set --admin to an admin account from the console";
    MSG_FORMAT_INVALID = 90010, Rejected, "the message format is invalid";
    TOO_MANY_TARGETS = 90011, Rejected, "more than 500 targets";
    TO_ACCOUNT_NOT_IMPORTED = 90012, Rejected, "the receiver (or sender) is not an imported account",
        fix "import it first: imctl account import USERID";
    TOO_MANY_ACCOUNTS = 90018, Rejected, "too many accounts";
    TAG_TOO_LONG = 90020, Rejected, "a tag is over 50 bytes";
    DUPLICATE_TAGS = 90022, Rejected, "duplicate tags";
    PUSH_TOO_OFTEN = 90024, Throttled, "pushes are sent too often",
        fix "wait a second between tests";
    LIFETIME_TOO_LONG = 90026, Rejected, "MsgLifeTime is not a number of seconds up to 7 days",
        fix "give a lifetime between 0 and 604800 seconds";
    ATTRIBUTE_LENGTH = 90030, Rejected, "an attribute's length is invalid (importmsg: SyncFromOldSystem missing or not an integer)";
    SYNC_OTHER_MACHINE_INVALID = 90031, Rejected, "SyncOtherMachine is not an integer";
    TOO_MANY_TAGS = 90032, Rejected, "more than 10 tags";
    ATTRIBUTE_INVALID = 90033, Rejected, "invalid attribute";
    TAG_TOO_LONG_2 = 90034, Rejected, "a tag is over 50 bytes";
    TAG_AND_ATTRIBUTE = 90039, Rejected, "tag and attribute conditions given together";
    TAG_EMPTY = 90040, Rejected, "empty tag";
    PUSH_INFO_MALFORMED = 90043, Rejected, "OfflinePushInfo is malformed",
        fix "check the push title, description and Ext (Ext must be a string)";
    LIFETIME_NOT_INTEGER = 90044, Rejected, "MsgLifeTime is not a number of seconds up to 7 days",
        fix "give a lifetime between 0 and 604800 seconds";
    PUSH_NOT_ENABLED = 90045, Rejected, "the push feature this call needs is not enabled for the app",
        fix "enable it in the console (push configuration)";
    PUSH_QUOTA_EXCEEDED = 90047, Rejected, "the app's daily push quota is used up",
        fix "wait until tomorrow, or raise the quota in the console";
    SENDER_NOT_FOUND = 90048, Rejected, "the sender (From_Account) is missing or does not exist",
        fix "import the sender, or leave out --from to send as the app admin";
    RECALL_MSG_KEY_INVALID = 90054, Rejected, "invalid MsgKey for recall";
    BATCH_TOO_LONG = 90055, Rejected, "the batch packet is too long";
    DATA_ID_TOO_LONG = 90057, Rejected, "DataId is over 64 bytes";
    MSG_INTERNAL_CALLBACK = 90992, Transient, "an internal error; when it happens on every call and callbacks are on, your callback server is failing",
        fix "check that the callback URL answers (imctl callback trigger), then retry";
    MSG_INTERNAL_ERROR_2 = 90994, Transient, "internal error";
    MSG_INTERNAL_ERROR_3 = 90995, Transient, "internal error";
    MSG_INTERNAL_ERROR_4 = 91000, Transient, "internal error";
    JSON_TOO_LONG = 93000, Rejected, "the message is too long (keep a message under 8 KB)",
        fix "send a shorter text, title or description";
}
