//! Chat's one Cloud API 3.0 action (spec §10): `DescribeSdkAppid` of service `cim`, version
//! 2019-03-18, no input, answering the account's SDKAppIDs.

use serde::Serialize;
use serde_json::{json, Value};

use super::client::{Action, CloudClient};
use crate::error::Error;

pub const SERVICE: &str = "cim";
pub const VERSION: &str = "2019-03-18";
pub const DEFAULT_ENDPOINT: &str = "https://cim.tencentcloudapi.com";

pub const DESCRIBE_SDK_APPID: Action<'static> = Action {
    service: SERVICE,
    version: VERSION,
    action: "DescribeSdkAppid",
    region: None,
};

/// The answer, in the service's own field names (`-o json` prints exactly this).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SdkAppids {
    #[serde(rename = "SdkAppids")]
    pub sdk_appids: Vec<u64>,
    #[serde(rename = "RequestId")]
    pub request_id: String,
}

/// The SDKAppIDs of the account that owns the credentials.
pub async fn describe_sdk_appid(client: &CloudClient, timestamp: i64) -> Result<SdkAppids, Error> {
    let response = client
        .call(&DESCRIBE_SDK_APPID, &json!({}), timestamp)
        .await?;
    parse_sdk_appids(&response).map_err(|what| {
        Error::Failed(format!(
            "{} {}: {what}",
            client.endpoint(),
            DESCRIBE_SDK_APPID.action
        ))
    })
}

/// Reads a successful `Response`: `SdkAppids` must be a list of integers (null counts as none).
pub fn parse_sdk_appids(response: &Value) -> Result<SdkAppids, String> {
    let ids = match response.get("SdkAppids") {
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_u64()
                    .ok_or_else(|| format!("SdkAppids holds `{v}`, not an SDKAppID"))
            })
            .collect::<Result<Vec<u64>, String>>()?,
        Some(Value::Null) => Vec::new(),
        Some(other) => return Err(format!("SdkAppids is `{other}`, not a list")),
        None => return Err("the answer has no SdkAppids".into()),
    };
    Ok(SdkAppids {
        sdk_appids: ids,
        request_id: response["RequestId"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_shape() {
        let parsed = parse_sdk_appids(
            &json!({"SdkAppids": [1400000000u64, 1600000001u64], "RequestId": "r"}),
        )
        .unwrap();
        assert_eq!(parsed.sdk_appids, [1_400_000_000, 1_600_000_001]);
        assert_eq!(
            serde_json::to_string(&parsed).unwrap(),
            r#"{"SdkAppids":[1400000000,1600000001],"RequestId":"r"}"#
        );
        assert!(
            parse_sdk_appids(&json!({"SdkAppids": null, "RequestId": "r"}))
                .unwrap()
                .sdk_appids
                .is_empty()
        );
    }

    #[test]
    fn refuses_what_is_not_a_list_of_ids() {
        assert!(parse_sdk_appids(&json!({"RequestId": "r"})).is_err());
        assert!(parse_sdk_appids(&json!({"SdkAppids": "1400000000"})).is_err());
        assert!(parse_sdk_appids(&json!({"SdkAppids": ["x"]})).is_err());
        assert!(parse_sdk_appids(&json!({"SdkAppids": [-1]})).is_err());
    }
}
