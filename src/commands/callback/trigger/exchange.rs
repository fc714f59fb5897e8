//! Sending the one request: no redirects, no proxy for loopback, bounded by the timeout.

use super::*;

/// What was sent, for the report.
pub(super) struct Sent {
    pub(super) url: String,
    pub(super) signed: bool,
    pub(super) request_time: i64,
    pub(super) body: Value,
    pub(super) body_bytes: usize,
}

/// What came back: an answer, or nothing within the timeout.
pub(super) enum Reply {
    Answer {
        status: u16,
        body: Vec<u8>,
        latency: Duration,
        truncated: bool,
    },
    TimedOut {
        after: Duration,
    },
}

/// POSTs `payload` once: no redirects (the service follows none), no proxy for a loopback
/// handler, the whole exchange bounded by `timeout`. A handler that accepted the connection
/// but did not answer in time is a `TimedOut` reply (the service's failure); not reaching it
/// at all is a transport error.
pub(super) async fn post(
    target: &Target,
    url: &str,
    payload: String,
    timeout: Duration,
    ca_certs: &[reqwest::Certificate],
) -> Result<Reply, Error> {
    // The REST client's builder: no redirects, proxies only for remote hosts, --ca-cert.
    let parsed = url::Url::parse(url)
        .map_err(|e| Error::usage(format!("`{}` is not a URL: {e}", target.shown)))?;
    let (client, _route) = http_client(&parsed, &proxy_env(), ca_certs, timeout)?;
    let started = Instant::now();
    let unreachable = |e: reqwest::Error| -> Result<Reply, Error> {
        if e.is_timeout() && !e.is_connect() {
            return Ok(Reply::TimedOut {
                after: started.elapsed(),
            });
        }
        Err(Error::Transport(format!(
            "cannot reach {}: {}",
            target.shown,
            describe(&e)
        )))
    };
    let sent = client
        .post(url)
        .timeout(timeout)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(payload)
        .send()
        .await;
    let mut response = match sent {
        Ok(r) => r,
        Err(e) => return unreachable(e),
    };
    let status = response.status().as_u16();
    let mut body = Vec::new();
    let mut truncated = false;
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if (body.len() + chunk.len()) as u64 > MAX_BODY_BYTES {
                    truncated = true;
                    break;
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(e) => return unreachable(e),
        }
    }
    Ok(Reply::Answer {
        status,
        body,
        latency: started.elapsed(),
        truncated,
    })
}

/// A transport error in a few words: its innermost cause ("Connection refused", a TLS
/// complaint…), never the URL (whose query carries the Sign).
pub(super) fn describe(e: &reqwest::Error) -> String {
    let mut innermost: &dyn std::error::Error = e;
    while let Some(source) = innermost.source() {
        innermost = source;
    }
    let text = innermost.to_string();
    let text = match e.url() {
        Some(url) => text.replace(url.as_str(), "the handler"),
        None => text,
    };
    if e.is_timeout() {
        format!("no connection within the timeout ({text})")
    } else {
        text
    }
}
