//! `imctl app ids`: the SDKAppIDs of a Tencent Cloud account, from the one management API Chat
//! has (Cloud API 3.0 `DescribeSdkAppid`), signed with the account's SecretId/SecretKey.
//!
//! The secrets come only from environment variables whose names the flags give, never from a
//! command-line value (which would land in shell history and `ps`), and are never printed.

use std::time::Duration;

use clap::Args;
use serde_json::Value;

use crate::api::cloud::cim::{self, SdkAppids};
use crate::api::cloud::client::{CloudClient, CloudConfig};
use crate::api::cloud::tc3::Credentials;
use crate::api::endpoint::checked_base_url;
use crate::commands::rest::{self, print_preview, runtime};
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::global::OutputFormat;
use crate::units::now_unix;

const ENDPOINT_ENV: &str = "IMCTL_CLOUD_ENDPOINT";
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const ATTEMPTS: u32 = 3;

#[derive(Debug, Args)]
#[command(after_help = "\
Output: one SDKAppID a line. -o json prints the service's answer in its own field names:
  {\"SdkAppids\": [1400000000, 1600000001], \"RequestId\": \"6a1c2f3e-...\"}
-o table / -o csv: one column, SdkAppid.

Exit codes: 0 ok (also when the account has no app) · 2 bad flags or endpoint · 3 a variable is
not set · 4 AuthFailure.* (the SecretId, SecretKey or clock is wrong; the hint says which) ·
5 RequestLimitExceeded after retries · 7 network failure · 1 any other Cloud API error.

Examples:
  export TENCENTCLOUD_SECRET_ID=AKID... TENCENTCLOUD_SECRET_KEY=...
  imctl app ids --secret-id-env TENCENTCLOUD_SECRET_ID \\
      --secret-key-env TENCENTCLOUD_SECRET_KEY
  imctl app ids -o json --secret-id-env TENCENTCLOUD_SECRET_ID \\
      --secret-key-env TENCENTCLOUD_SECRET_KEY")]
pub struct AppIdsArgs {
    /// Name of the environment variable holding the Cloud API SecretId (not the SecretId itself)
    #[arg(long, value_name = "VAR")]
    pub secret_id_env: String,
    /// Name of the environment variable holding the Cloud API SecretKey (not the key itself)
    #[arg(long, value_name = "VAR")]
    pub secret_key_env: String,
    /// Cloud API 3.0 endpoint (env IMCTL_CLOUD_ENDPOINT; default https://cim.tencentcloudapi.com); http:// only for loopback
    #[arg(long, value_name = "URL")]
    pub cloud_endpoint: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &AppIdsArgs) -> Result<Exit, Error> {
    let endpoint = args
        .cloud_endpoint
        .as_deref()
        .or_else(|| ctx.env.get(ENDPOINT_ENV))
        .unwrap_or(cim::DEFAULT_ENDPOINT);
    // No override for plain http: the signed request could be replayed for 5 minutes.
    let endpoint = checked_base_url(
        "--cloud-endpoint",
        endpoint,
        false,
        "the signed request and the answer would travel unencrypted; use https",
    )?;
    let lookup = |name: &str| std::env::var(name).ok();
    let secret_id = secret_from_env("--secret-id-env", &args.secret_id_env, lookup)?;
    let secret_key = secret_from_env("--secret-key-env", &args.secret_key_env, lookup)?;
    let creds = Credentials::new(&secret_id, &secret_key).map_err(|m| {
        Error::config(
            format!("{m} (from --secret-id-env / --secret-key-env)"),
            "set the variables to the SecretId and SecretKey from the API keys page of the CAM console",
        )
    })?;
    let timeout = ctx
        .global
        .timeout
        .map_or(DEFAULT_TIMEOUT, Duration::from_secs);
    let client = CloudClient::new(
        CloudConfig {
            endpoint,
            timeout,
            budget: ctx.global.timeout.map(Duration::from_secs),
            connect_timeout: CONNECT_TIMEOUT.min(timeout),
            attempts: ATTEMPTS,
            proxy: rest::proxy_env(),
            ca_certs: rest::ca_file(ctx)?.map(|ca| ca.certs).unwrap_or_default(),
        },
        creds,
    )?;
    let timestamp = now_unix();
    if ctx.global.dry_run {
        let preview = client.preview(&cim::DESCRIBE_SDK_APPID, &serde_json::json!({}), timestamp);
        print_preview(ctx, &preview)?;
        return Ok(Exit::Ok);
    }
    ctx.out.detail(
        1,
        &format!(
            "POST {}/ {} ({} {}), Host {}",
            client.endpoint(),
            cim::DESCRIBE_SDK_APPID.action,
            cim::SERVICE,
            cim::VERSION,
            client.host()
        ),
    );
    let answer = runtime()?.block_on(cim::describe_sdk_appid(&client, timestamp))?;
    ctx.out
        .detail(1, &format!("RequestId {}", answer.request_id));
    present(ctx, &answer)?;
    Ok(Exit::Ok)
}

fn present(ctx: &mut Ctx, answer: &SdkAppids) -> Result<(), Error> {
    let value = serde_json::to_value(answer)
        .map_err(|e| Error::Failed(format!("cannot render the answer: {e}")))?;
    match ctx.out.format() {
        Some(OutputFormat::Json | OutputFormat::Jsonl) => ctx.out.object(&value, String::new),
        Some(OutputFormat::Table | OutputFormat::Csv) => {
            let rows: Vec<Value> = answer
                .sdk_appids
                .iter()
                .map(|id| serde_json::json!({ "SdkAppid": id }))
                .collect();
            ctx.out.rows(&["SdkAppid"], &rows)
        }
        None | Some(OutputFormat::Text) => {
            if answer.sdk_appids.is_empty() {
                ctx.out.status("this account has no Chat app (no SDKAppID)");
            }
            for id in &answer.sdk_appids {
                ctx.out.line(&id.to_string())?;
            }
            Ok(())
        }
    }
}

/// The value of the environment variable `name` (given to `flag`). The name is echoed in
/// messages only when it looks like one (UPPER_CASE): anything else may be a secret pasted in
/// place of a name, and must not reach the terminal.
fn secret_from_env(
    flag: &str,
    name: &str,
    lookup: impl Fn(&str) -> Option<String>,
) -> Result<String, Error> {
    if !is_env_name(name) {
        return Err(Error::usage(format!(
            "{flag} takes the NAME of an environment variable (letters, digits, _), not the secret itself"
        )));
    }
    match lookup(name) {
        Some(value) if !value.trim().is_empty() => Ok(value),
        _ if is_conventional_name(name) => Err(Error::config(
            format!("environment variable {name} (named by {flag}) is not set"),
            format!("export {name}=... with the value from the API keys page of the CAM console"),
        )),
        _ => Err(Error::config(
            format!("the environment variable named by {flag} is not set"),
            "the flag takes a variable's name; this one is not shown because it is not UPPER_CASE and may be a pasted secret",
        )),
    }
}

fn is_env_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn is_conventional_name(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(name: &str) -> Option<String> {
        match name {
            "SECRET_ID" => Some("AKIDabc".into()),
            "EMPTY" => Some("  ".into()),
            _ => None,
        }
    }

    #[test]
    fn secrets_come_from_the_named_variable() {
        assert_eq!(
            secret_from_env("--secret-id-env", "SECRET_ID", lookup).unwrap(),
            "AKIDabc"
        );
        let missing = secret_from_env("--secret-id-env", "NOPE", lookup).unwrap_err();
        assert_eq!(missing.exit(), Exit::Config);
        assert!(missing.to_string().contains("NOPE"));
        assert_eq!(
            secret_from_env("--secret-id-env", "EMPTY", lookup)
                .unwrap_err()
                .exit(),
            Exit::Config
        );
    }

    #[test]
    fn a_pasted_secret_is_never_echoed() {
        // A SecretKey has no character a variable name cannot have: only the case gives it away.
        let pasted = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
        let e = secret_from_env("--secret-key-env", pasted, lookup).unwrap_err();
        assert_eq!(e.exit(), Exit::Config);
        assert!(!format!("{e} {:?}", e.hint()).contains(pasted));
        let e = secret_from_env("--secret-key-env", "abc+/def=", lookup).unwrap_err();
        assert_eq!(e.exit(), Exit::Usage);
        assert!(!e.to_string().contains("abc+/def="));
        assert!(!is_env_name("") && !is_env_name("1ABC") && is_env_name("_A1"));
    }
}
