//! `im_open_login_svc` (spec §2): import, bulk import, delete, check, kick.

use serde::{Deserialize, Serialize};

use super::{endpoint, Empty};

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AccountImportRequest {
    #[serde(rename = "UserID")]
    pub user_id: String,
    #[serde(rename = "Nick", skip_serializing_if = "Option::is_none")]
    pub nick: Option<String>,
    #[serde(rename = "FaceUrl", skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
}

endpoint!(
    /// One account.
    AccountImport,
    "im_open_login_svc",
    "account_import",
    AccountImportRequest,
    Empty
);

/// `multiaccount_import` has two documented forms: the old `Accounts` (IDs only, leaves existing
/// profiles alone) and the newer `AccountList` (with Nick/FaceUrl, which overwrite them).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum MultiImportRequest {
    #[serde(rename = "Accounts")]
    Accounts(Vec<String>),
    #[serde(rename = "AccountList")]
    AccountList(Vec<AccountImportRequest>),
}

impl Default for MultiImportRequest {
    fn default() -> Self {
        MultiImportRequest::Accounts(Vec::new())
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct MultiImportResponse {
    /// Accounts that were not imported.
    #[serde(rename = "FailAccounts", default)]
    pub fail_accounts: Vec<String>,
}

endpoint!(
    /// Up to 100 accounts a request.
    MultiaccountImport,
    "im_open_login_svc",
    "multiaccount_import",
    MultiImportRequest,
    MultiImportResponse
);

/// `{"UserID": ...}`, the item of `DeleteItem` and `CheckItem`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UserItem {
    #[serde(rename = "UserID")]
    pub user_id: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AccountDeleteRequest {
    #[serde(rename = "DeleteItem")]
    pub delete_item: Vec<UserItem>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AccountCheckRequest {
    #[serde(rename = "CheckItem")]
    pub check_item: Vec<UserItem>,
}

/// A per-account result of `account_delete` / `account_check`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ResultItem {
    #[serde(rename = "UserID", default)]
    pub user_id: String,
    #[serde(rename = "ResultCode", default)]
    pub result_code: i64,
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
    /// `Imported` or `NotImported` (account_check only).
    #[serde(
        rename = "AccountStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_status: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ResultItems {
    #[serde(rename = "ResultItem", default)]
    pub result_item: Vec<ResultItem>,
}

endpoint!(
    /// Up to 100 accounts a request; 70107 for an account that does not exist.
    AccountDelete,
    "im_open_login_svc",
    "account_delete",
    AccountDeleteRequest,
    ResultItems
);

endpoint!(
    /// Up to 100 accounts a request.
    AccountCheck,
    "im_open_login_svc",
    "account_check",
    AccountCheckRequest,
    ResultItems
);

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct KickRequest {
    #[serde(rename = "UserID")]
    pub user_id: String,
}

endpoint!(
    /// Invalidates one user's login state.
    Kick,
    "im_open_login_svc",
    "kick",
    KickRequest,
    Empty
);
