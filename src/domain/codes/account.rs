//! REST common codes (spec §11.1 and the corrections' 60025–60028), accounts and UserSig (§11.2,
//! with 70399, 70404, 72002, 72010–72012), and profiles (§3).

codes! {
    HTTP_PARSE_ERROR = 60002, Rejected, "HTTP parse error: check the URL format";
    BODY_NOT_JSON = 60003, Rejected, "the request body is not valid JSON";
    ACCOUNT_OR_SIGNATURE_ERROR = 60004, Auth, "account check failed: identifier or signature error in the URL or body";
    ACCOUNT_OR_SIGNATURE_ERROR_2 = 60005, Auth, "account check failed: identifier or signature error in the URL or body";
    SDKAPPID_INVALID = 60006, Auth, "the SDKAppID is invalid";
    REST_RATE_EXCEEDED = 60007, Throttled, "REST call frequency exceeded",
        fix "rate limit exceeded: slow down or raise the limit in the console";
    SERVICE_TIMEOUT = 60008, Transient, "service timeout or malformed HTTP request: retry";
    BAD_RESOURCE = 60009, Rejected, "bad resource: check the URL path";
    NOT_ADMIN = 60010, Auth, "the request needs an app admin: the identifier is not one",
        fix "the identifier is not an app admin: set --admin to an admin account from the console";
    SDKAPPID_RATE_EXCEEDED = 60011, Throttled, "SDKAppID request frequency exceeded",
        fix "rate limit exceeded: slow down or raise the limit in the console";
    SDKAPPID_MISSING = 60012, Rejected, "sdkappid missing from the URL";
    RESPONSE_PARSE_ERROR = 60013, Rejected, "JSON parse error in an internal response";
    ACCOUNT_SWAP_TIMEOUT = 60014, Rejected, "account swap timeout";
    ACCOUNT_FIELD_TYPE = 60015, Rejected, "an account field has the wrong type: UserIDs must be strings";
    SDKAPPID_DISABLED = 60016, Rejected, "the SDKAppID is disabled";
    REQUEST_DISABLED = 60017, Rejected, "the request is disabled";
    TOO_MANY_REQUESTS = 60018, Throttled, "too many requests, retry later",
        fix "rate limit exceeded: slow down or raise the limit in the console";
    TOO_MANY_REQUESTS_2 = 60019, Throttled, "too many requests, retry later",
        fix "rate limit exceeded: slow down or raise the limit in the console";
    SERVICE_UNAVAILABLE = 60020, Rejected, "service unavailable: the plan is not bought or expired, or the account is in arrears";
    SOURCE_IP_NOT_ALLOWED = 60021, Rejected, "the caller's source IP is not allowed";
    URL_PARAMETER_ERROR = 60025, Auth, "SDKAppID, identifier, UserSig or contenttype error in the URL";
    WRONG_DATA_CENTER = 60026, Auth, "the domain and the SDKAppID's data center do not match",
        fix "SDKAppID unknown in this data center: check --region matches where the app was created";
    NOT_PUSH_RESOURCE = 60027, Rejected, "not a resource of the push product";
    TRIAL_DAILY_REQUESTS = 60028, Rejected, "REST requests within 24 hours exceed the Trial edition's limit";

    PROFILE_DECODE_FAILED = 40001, Rejected, "the profile request could not be read";
    PROFILE_NO_ACCOUNT = 40002, Rejected, "the profile request names no account (To_Account)";
    PROFILE_ACCOUNT_MISSING = 40003, Rejected, "the account does not exist";
    PROFILE_NOT_ADMIN = 40004, Auth, "the profile request needs an app admin",
        fix "the identifier is not an app admin: set --admin to an admin account from the console";
    PROFILE_INTERNAL = 40006, Rejected, "profile service internal error";
    PROFILE_NO_READ_PERMISSION = 40007, Rejected, "no permission to read this profile field";
    PROFILE_NO_WRITE_PERMISSION = 40008, Rejected, "no permission to write this profile field";
    PROFILE_UNKNOWN_TAG = 40009, Rejected, "unknown profile field tag";
    PROFILE_VALUE_TOO_LONG = 40601, Rejected, "a profile field's value is over 500 bytes";
    PROFILE_BAD_STANDARD_VALUE = 40605, Rejected, "a standard profile field's value is not one it takes";
    PROFILE_BAD_VALUE_TYPE = 40610, Rejected, "a profile field's value has the wrong type";

    USERSIG_EXPIRED = 70001, Auth, "the UserSig expired",
        fix "the admin UserSig expired: check this machine's clock (imctl mints a fresh one per run)";
    USERSIG_EMPTY = 70002, Auth, "the UserSig is empty (0 bytes)",
        fix "the UserSig could not be parsed: it was truncated or altered; check the key is the app's secret key";
    USERSIG_INVALID = 70003, Auth, "the UserSig is invalid: it cannot be parsed",
        fix "the UserSig could not be parsed: it was truncated or altered; check the key is the app's secret key";
    USERSIG_INVALID_2 = 70005, Auth, "the UserSig is invalid",
        fix "the UserSig could not be parsed: it was truncated or altered; check the key is the app's secret key";
    USERSIG_WRONG_KEY = 70009, Auth, "UserSig verification failed: it was made with another app's key",
        fix "the key belongs to another app, or the region host is wrong: check --sdkappid, the key and --region";
    IDENTIFIER_MISMATCH = 70013, Auth, "the identifier in the request differs from the UserSig's",
        fix "the identifier in the request differs from the UserSig's: check --admin";
    SDKAPPID_MISMATCH = 70014, Auth, "the sdkappid in the request differs from the UserSig's",
        fix "the sdkappid in the request differs from the UserSig's: check --sdkappid";
    KEY_NOT_FOUND = 70016, Auth, "no key for this SDKAppID here: check the SDKAppID against the region's domain",
        fix "SDKAppID unknown in this data center: check --region matches where the app was created";
    SDKAPPID_NOT_FOUND = 70020, Auth, "the SDKAppID does not exist here: check the SDKAppID against the region's domain",
        fix "SDKAppID unknown in this data center: check --region matches where the app was created";
    USERSIG_LOCKOUT = 70050, Throttled, "too many failed UserSig checks: retry after 1 minute",
        fix "too many failed UserSig checks: the service refuses this admin for a minute; retry after a minute (imctl waits by itself when --timeout leaves room), and check the key if it keeps happening";
    ACCOUNT_BLOCKLISTED = 70051, Rejected, "the account is blocklisted";
    ACCOUNT_NOT_IMPORTED = 70107, Rejected, "the UserID was never imported, or does not exist",
        fix "the UserID was never imported: run `imctl account import` first";
    LOGIN_RESTRICTED = 70114, Rejected, "login restricted for security (logins too frequent)";
    ACCOUNT_SERVER_TIMEOUT = 70169, Transient, "server timeout: retry";
    ACCOUNT_SERVER_TIMEOUT_2 = 70202, Transient, "server timeout: retry";
    BAD_BATCH_SIZE = 70206, Rejected, "invalid batch quantity";
    ACCOUNT_LIMIT = 70398, Rejected, "the app's account limit is reached",
        fix "the app's account limit is reached (Trial plan: 100 accounts)";
    REIMPORT_TOO_SOON = 70399, Rejected, "a deleted account cannot be imported again within three months (non-Trial apps)";
    INVALID_PARAMETERS = 70402, Rejected, "invalid parameters, or a required field is missing";
    ACCOUNT_NOT_ADMIN = 70403, Auth, "the request needs an app admin",
        fix "the identifier is not an app admin: set --admin to an admin account from the console";
    SDK_VERSION_TOO_LOW = 70404, Rejected, "the SDK version is too low";
    ACCOUNT_INTERNAL_ERROR = 70500, Transient, "internal server error";
    ACCOUNT_DELETION_DISABLED = 71000, Rejected, "this app does not allow deleting accounts",
        fix "account deletion is disabled for this app: enable it in the console";
    TRIAL_DAU_EXCEEDED = 72000, Rejected, "the Trial plan's daily active user quota is exceeded";
    STATUS_NOT_ENABLED = 72001, Rejected, "online-status queries or status-change notifications are not enabled in the console";
    MAU_QUOTA_EXCEEDED = 72002, Rejected, "monthly active users are over the free quota";
    USER_TOO_MANY_REQUESTS = 72010, Rejected, "too many requests from one user";
    FEATURE_NOT_ENABLED = 72011, Rejected, "the feature is not enabled";
    FEATURE_NOT_ENABLED_2 = 72012, Rejected, "the feature is not enabled";
}
