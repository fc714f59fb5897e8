//! A small Tencent Cloud API 3.0 client: POST a JSON body to `{endpoint}/`, signed with TC3
//! over the `Host` actually sent; the answer is `{"Response": {...}}`, an error is
//! `Response.Error.{Code, Message}` (usually with HTTP 200). Read-only actions are retried on
//! transport failures, HTTP 5xx/429 and throttling codes; the signature is reused across
//! retries (it stays valid for 5 minutes).

use std::fmt;
use std::time::Duration;

use serde_json::{json, Map, Value};

use super::tc3::{self, Credentials, Signed, JSON_CONTENT_TYPE};
use crate::api::retry::Deadline;
use crate::error::{is_cloud_throttle_code, Error};

const BACKOFF_BASE: Duration = Duration::from_millis(250);

pub struct CloudConfig {
    /// `https://host[:port]` (or `http://127.0.0.1:port` for a test server), already checked
    /// with [`crate::api::endpoint::checked_base_url`]; no path.
    pub endpoint: String,
    /// The longest one attempt may take.
    pub timeout: Duration,
    /// The whole call's budget, retries and their pauses included (`--timeout`), as in every
    /// REST call; `None`: attempts times `timeout`.
    pub budget: Option<Duration>,
    pub connect_timeout: Duration,
    /// Tries per call, the first included.
    pub attempts: u32,
    /// The proxy variables: the same rule as REST calls (never for loopback).
    pub proxy: crate::api::proxy::ProxyEnv,
    /// Extra CA certificates (`--ca-cert`).
    pub ca_certs: Vec<reqwest::Certificate>,
}

/// One action of one product.
#[derive(Debug, Clone, Copy)]
pub struct Action<'a> {
    pub service: &'a str,
    pub version: &'a str,
    pub action: &'a str,
    pub region: Option<&'a str>,
}

pub struct CloudClient {
    http: reqwest::Client,
    timeout: Duration,
    budget: Option<Duration>,
    endpoint: String,
    url: String,
    host: String,
    creds: Credentials,
    attempts: u32,
}

impl fmt::Debug for CloudClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CloudClient")
            .field("endpoint", &self.endpoint)
            .field("host", &self.host)
            .finish_non_exhaustive()
    }
}

impl CloudClient {
    pub fn new(cfg: CloudConfig, creds: Credentials) -> Result<Self, Error> {
        let endpoint = cfg.endpoint.trim_end_matches('/').to_string();
        let parsed = url::Url::parse(&endpoint)
            .map_err(|e| Error::usage(format!("`{endpoint}` is not a URL: {e}")))?;
        if parsed.path() != "/" || parsed.query().is_some() {
            return Err(Error::usage(format!(
                "`{endpoint}`: a Cloud API 3.0 endpoint is a bare host (the path is always /)"
            )));
        }
        let host = host_header(&parsed)
            .ok_or_else(|| Error::usage(format!("`{endpoint}` has no host")))?;
        // The REST client's builder: no redirects, the proxy rule, --ca-cert.
        let (http, _route) =
            crate::api::http::http_client(&parsed, &cfg.proxy, &cfg.ca_certs, cfg.connect_timeout)?;
        Ok(CloudClient {
            http,
            timeout: cfg.timeout,
            budget: cfg.budget,
            url: format!("{endpoint}/"),
            endpoint,
            host,
            creds,
            attempts: cfg.attempts.max(1),
        })
    }

    /// The base URL, as errors name it.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// The `Host` header sent and signed: the endpoint's host, with its port unless default.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// What would be sent, for `--dry-run`: the headers with `Authorization` redacted.
    pub fn preview(&self, action: &Action<'_>, body: &Value, timestamp: i64) -> Value {
        let payload = body.to_string();
        let signed = self.sign(action, &payload, timestamp);
        let headers: Map<String, Value> = signed
            .headers
            .iter()
            .map(|(name, value)| {
                let value = if *name == "Authorization" {
                    "REDACTED"
                } else {
                    value
                };
                (name.to_string(), Value::from(value))
            })
            .collect();
        json!({"method": "POST", "url": self.url, "headers": headers, "body": body})
    }

    /// Sends `body` as `action` and returns the `Response` object of a successful answer.
    /// `timestamp` (Unix seconds) is signed; the server refuses one more than 5 minutes off.
    pub async fn call(
        &self,
        action: &Action<'_>,
        body: &Value,
        timestamp: i64,
    ) -> Result<Value, Error> {
        let payload = body.to_string();
        let signed = self.sign(action, &payload, timestamp);
        let label = format!("{} {}", self.endpoint, action.action);
        let deadline = Deadline::starting_now(self.budget);
        let mut attempt = 1;
        loop {
            let timeout = deadline.attempt_timeout(self.timeout);
            match self.attempt(&signed, &payload, &label, timeout).await {
                Ok(response) => return Ok(response),
                Err((e, true)) if attempt < self.attempts => {
                    let pause = BACKOFF_BASE * (1 << attempt.min(6));
                    // No retry the budget cannot hold: the pause alone, or nothing after it.
                    if deadline.remaining().is_some_and(|left| pause >= left) {
                        return Err(e);
                    }
                    tokio::time::sleep(pause).await;
                    attempt += 1;
                }
                Err((e, _)) => return Err(e),
            }
        }
    }

    fn sign(&self, action: &Action<'_>, payload: &str, timestamp: i64) -> Signed {
        tc3::sign(
            &self.creds,
            &tc3::Request {
                service: action.service,
                host: &self.host,
                action: action.action,
                version: action.version,
                timestamp,
                payload,
                content_type: JSON_CONTENT_TYPE,
                region: action.region,
            },
        )
    }

    /// One try: the `Response` object, or the error and whether another try may help.
    async fn attempt(
        &self,
        signed: &Signed,
        payload: &str,
        label: &str,
        timeout: Duration,
    ) -> Result<Value, (Error, bool)> {
        let mut request = self
            .http
            .post(&self.url)
            .timeout(timeout)
            .body(payload.to_string());
        for (name, value) in &signed.headers {
            request = request.header(*name, value);
        }
        let response = request
            .send()
            .await
            .map_err(|e| (transport(label, e), true))?;
        let status = response.status();
        if status.is_redirection() {
            // Following it would send the signed request to wherever the answer points.
            let location = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|l| url::Url::parse(l).ok())
                .and_then(|u| u.host_str().map(String::from))
                .unwrap_or_else(|| "an unnamed host".into());
            return Err((
                Error::Transport(format!(
                    "{label}: HTTP {status}: a redirect to {location}, which imctl does not follow"
                )),
                false,
            ));
        }
        let bytes = response
            .bytes()
            .await
            .map_err(|e| (transport(label, e), true))?;
        let answer: Option<Value> = serde_json::from_slice(&bytes).ok();
        if let Some(response) = answer.as_ref().and_then(|a| a.get("Response")) {
            if let Some(error) = response.get("Error") {
                let e = cloud_error(label, response, error);
                let retry =
                    matches!(&e, Error::CloudApi { code, .. } if is_cloud_throttle_code(code));
                return Err((e, retry));
            }
            if status.is_success() {
                return Ok(response.clone());
            }
        }
        if status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            return Err((Error::Transport(format!("{label}: HTTP {status}")), true));
        }
        if !status.is_success() {
            return Err((Error::Failed(format!("{label}: HTTP {status}")), false));
        }
        Err((
            Error::Failed(format!(
                "{label}: the answer is not a Cloud API 3.0 response (no `Response` object)"
            )),
            false,
        ))
    }
}

/// `host` or `host:port` as the Host header carries it (IPv6 in brackets).
fn host_header(url: &url::Url) -> Option<String> {
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    })
}

fn cloud_error(label: &str, response: &Value, error: &Value) -> Error {
    let text = |v: &Value| v.as_str().map(str::to_string);
    Error::CloudApi {
        endpoint: label.to_string(),
        code: text(&error["Code"]).unwrap_or_else(|| "(no Code)".into()),
        message: text(&error["Message"]).unwrap_or_default(),
        request_id: text(&response["RequestId"]),
    }
}

/// A transport failure in words, with its causes (no secret is in the URL or the error).
fn transport(label: &str, e: reqwest::Error) -> Error {
    let e = e.without_url();
    let what = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "cannot connect".to_string()
    } else {
        let mut text = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            text = format!("{text}: {s}");
            source = s.source();
        }
        text
    };
    Error::Transport(format!("{label}: {what}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(endpoint: &str) -> Result<CloudClient, Error> {
        CloudClient::new(
            CloudConfig {
                endpoint: endpoint.into(),
                timeout: Duration::from_secs(5),
                budget: None,
                connect_timeout: Duration::from_secs(2),
                attempts: 2,
                proxy: Default::default(),
                ca_certs: Vec::new(),
            },
            Credentials::new("AKIDexample", "topsecretkeyvalue").unwrap(),
        )
    }

    const DESCRIBE: Action<'static> = Action {
        service: "cim",
        version: "2019-03-18",
        action: "DescribeSdkAppid",
        region: None,
    };

    #[test]
    fn the_host_is_the_one_contacted() {
        assert_eq!(
            client("https://cim.tencentcloudapi.com").unwrap().host(),
            "cim.tencentcloudapi.com"
        );
        assert_eq!(
            client("https://cim.tencentcloudapi.com:443/")
                .unwrap()
                .host(),
            "cim.tencentcloudapi.com"
        );
        assert_eq!(
            client("http://127.0.0.1:8080").unwrap().host(),
            "127.0.0.1:8080"
        );
        assert_eq!(client("http://[::1]:9").unwrap().host(), "[::1]:9");
        assert!(matches!(
            client("https://cim.tencentcloudapi.com/v4"),
            Err(Error::Usage(_))
        ));
    }

    #[test]
    fn previews_and_debug_hide_the_credentials() {
        let c = client("http://127.0.0.1:8080").unwrap();
        let preview = c.preview(&DESCRIBE, &json!({}), 1_700_000_000);
        assert_eq!(preview["headers"]["Authorization"], "REDACTED");
        assert_eq!(preview["headers"]["Host"], "127.0.0.1:8080");
        assert_eq!(preview["headers"]["X-TC-Action"], "DescribeSdkAppid");
        assert_eq!(preview["url"], "http://127.0.0.1:8080/");
        let text = format!("{preview} {c:?}");
        assert!(
            !text.contains("AKIDexample") && !text.contains("topsecret"),
            "{text}"
        );
    }

    #[test]
    fn error_answers_carry_code_message_and_request_id() {
        let answer = json!({"Response": {
            "Error": {"Code": "AuthFailure.SecretIdNotFound", "Message": "not found"},
            "RequestId": "abc"
        }});
        let e = cloud_error("x", &answer["Response"], &answer["Response"]["Error"]);
        assert_eq!(
            e.to_string(),
            "x: AuthFailure.SecretIdNotFound: not found (RequestId abc)"
        );
        assert_eq!(e.exit(), crate::error::Exit::Auth);
    }
}
