//! Relationship chain (`sns`, spec §8.13) and recent contacts (spec §11.6).

codes! {
    SNS_BAD_PARAMETER = 30001, Rejected, "bad request parameter (also: already blocklisted; not a friend in friend_get_list)";
    SNS_SDKAPPID_MISMATCH = 30002, Rejected, "SDKAppID mismatch";
    SNS_ACCOUNT_MISSING = 30003, Rejected, "the account does not exist";
    SNS_NOT_ADMIN = 30004, Auth, "the request needs an app admin",
        fix "the identifier is not an app admin: set --admin to an admin account from the console";
    SNS_INTERNAL_ERROR = 30006, Transient, "internal error, retry";
    SNS_NETWORK_TIMEOUT = 30007, Transient, "network timeout, retry";
    SNS_WRITE_CONFLICT = 30008, Rejected, "write conflict from concurrent writes to one user: batch instead";
    FRIEND_REQUESTS_BARRED = 30009, Rejected, "the user is barred by the backend from sending friend requests";
    OWN_FRIEND_LIST_FULL = 30010, Rejected, "the user's friend list is full (3,000)";
    TOO_MANY_FRIEND_LISTS = 30011, Rejected, "too many friend lists (32)";
    TOO_MANY_PENDING_REQUESTS = 30012, Rejected, "too many pending friend requests";
    BLOCKLIST_FULL = 30013, Rejected, "the blocklist is full (1,000)";
    PEER_FRIEND_LIST_FULL = 30014, Rejected, "the peer's friend list is full";
    PEER_ON_YOUR_BLOCKLIST = 30515, Rejected, "the peer is on your blocklist";
    PEER_DENIES_REQUESTS = 30516, Rejected, "the peer refuses all friend requests";
    ON_PEER_BLOCKLIST = 30525, Rejected, "you are on the peer's blocklist";
    REQUEST_PENDING_APPROVAL = 30539, Rejected, "the request waits for the peer's approval (not a failure)";
    FRIEND_REQUEST_FILTERED = 30540, Rejected, "the friend request was filtered by the security policy (too frequent)";
    PENDING_REQUEST_MISSING = 30614, Rejected, "the pending request does not exist";
    NOT_A_FRIEND = 31704, Rejected, "deleting someone who is not a friend";
    FRIEND_DELETION_FILTERED = 31707, Rejected, "the friend deletion was filtered by the security policy (too frequent)";
    SNS_ACCOUNT_MISSING_2 = 31804, Rejected, "the account does not exist";
    TARGET_NOT_A_FRIEND = 32216, Rejected, "the target is not a friend (seen only in a sample)";

    CONTACT_ACCOUNT_MISSING = 50001, Rejected, "the UserID was never imported, or does not exist";
    CONTACT_BAD_PARAMETER = 50002, Rejected, "bad request parameter";
    CONTACT_NOT_ADMIN = 50003, Auth, "the request needs an app admin",
        fix "the identifier is not an app admin: set --admin to an admin account from the console";
    CONTACT_INTERNAL_ERROR = 50004, Transient, "internal error, retry";
    CONTACT_NETWORK_TIMEOUT = 50005, Transient, "network timeout, retry";
    MARK_COUNT_INVALID = 51006, Rejected, "a mark request with 0 or more than 100 conversations";
    CONTACT_GROUP_CODE_FAILED = 51007, Rejected, "the group ID could not be resolved (an error, or the group was disbanded)";
    TOO_MANY_GROUPED_CONVERSATIONS = 51008, Rejected, "more than 1,000 conversations in conversation groups";
    CONVERSATION_GROUP_MISSING = 51009, Rejected, "the conversation group to delete does not exist";
    TOO_MANY_CONVERSATION_GROUPS = 51010, Rejected, "more than 20 conversation groups";
    CONVERSATION_GROUP_NAME_TOO_LONG = 51011, Rejected, "a conversation group name is over 32 bytes";
    TOO_MANY_PINNED = 51012, Rejected, "more than 50 pinned conversations";
    MARKS_NEED_ULTIMATE = 51013, Rejected, "standard marks and conversation groups need the Ultimate edition";
}
