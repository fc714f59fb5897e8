//! Operations data: the chat-history download `open_msg_svc/get_history` (spec §7.2, §11.7).

codes! {
    HISTORY_BAD_REQUEST = 1001, Rejected, "bad request";
    HISTORY_BAD_PARAMETER = 1002, Rejected, "bad parameter, or the identifier is not an app admin";
    HISTORY_SYSTEM_ERROR = 1003, Rejected, "system error";
    HISTORY_NOT_READY = 1004, Rejected, "no archive for the hour: not generated yet, or no message was sent",
        fix "the files are ready about an hour after the hour ends, and none exists when no message was sent";
    HISTORY_EXPIRED = 1005, Rejected, "the archive has expired",
        fix "archives are kept 7 days";
}
