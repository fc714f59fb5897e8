//! `--forward-to`: the handler requests are relayed to, and the redacted form it is shown in.

use super::*;

// ---------------------------------------------------------------- the receiver

/// The forwarding target: its URL without a query, a client that follows no redirect.
pub(super) struct Forward {
    pub(super) base: String,
    pub(super) shown: String,
    pub(super) client: reqwest::Client,
    /// The port of a loopback target: forwarding to this receiver itself would loop.
    pub(super) loopback_port: Option<u16>,
}

impl Forward {
    pub(super) fn new(raw: &str, ca_certs: &[reqwest::Certificate]) -> Result<Forward, Error> {
        // Only a parsed, redacted form of the URL is ever shown: it may carry a password.
        let url = url::Url::parse(raw)
            .map_err(|e| Error::usage(format!("--forward-to is not a URL: {e}")))?;
        let redacted = redact_userinfo(&url);
        if !matches!(url.scheme(), "http" | "https") {
            return Err(Error::usage(format!(
                "--forward-to `{redacted}` must be an http or https URL"
            )));
        }
        let loopback = match url.host() {
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
            None => {
                return Err(Error::usage(format!(
                    "--forward-to `{redacted}` has no host"
                )))
            }
        };
        // The REST client's builder: no redirects, proxies only for remote hosts, --ca-cert.
        let (client, _route) = http_client(
            &url,
            &proxy_env(),
            ca_certs,
            Duration::from_millis(FORWARD_TIMEOUT_MS),
        )?;
        let mut base = url.clone();
        base.set_fragment(None);
        let mut shown = base.clone();
        shown.set_query(None);
        let loopback_port = loopback.then(|| url.port_or_known_default()).flatten();
        Ok(Forward {
            loopback_port,
            base: base.to_string(),
            shown: redact_userinfo(&shown),
            client,
        })
    }

    /// POSTs `body` to the handler with the original query; its status and body, or why not.
    pub(super) async fn send(
        &self,
        query: Option<&str>,
        body: Bytes,
    ) -> Result<(u16, Bytes), String> {
        let url = match query {
            Some(q) if !q.is_empty() => callback_url(&self.base, q),
            _ => self.base.clone(),
        };
        let started = Instant::now();
        let describe = |e: reqwest::Error| {
            if e.is_timeout() {
                format!("no answer within {FORWARD_TIMEOUT_MS} ms")
            } else if e.is_connect() {
                "cannot connect".to_string()
            } else {
                e.without_url().to_string()
            }
        };
        let response = self
            .client
            .post(url)
            .timeout(Duration::from_millis(FORWARD_TIMEOUT_MS))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
            .send()
            .await
            .map_err(describe)?;
        let status = response.status().as_u16();
        let mut response = response;
        let mut buf = Vec::new();
        loop {
            let left = Duration::from_millis(FORWARD_TIMEOUT_MS).saturating_sub(started.elapsed());
            match tokio::time::timeout(left, response.chunk()).await {
                Err(_) => return Err(format!("no answer within {FORWARD_TIMEOUT_MS} ms")),
                Ok(Err(e)) => return Err(describe(e)),
                Ok(Ok(None)) => break,
                Ok(Ok(Some(chunk))) => {
                    if buf.len() + chunk.len() > MAX_FORWARD_ANSWER {
                        return Err(format!(
                            "its answer is larger than {MAX_FORWARD_ANSWER} bytes"
                        ));
                    }
                    buf.extend_from_slice(&chunk);
                }
            }
        }
        Ok((status, Bytes::from(buf)))
    }
}

/// `url` with any user name and password replaced by `REDACTED`, for every place it is shown.
pub(super) fn redact_userinfo(url: &url::Url) -> String {
    if url.username().is_empty() && url.password().is_none() {
        return url.to_string();
    }
    let mut shown = url.clone();
    let _ = shown.set_password(None);
    let _ = shown.set_username("REDACTED");
    shown.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    pub(super) fn forward_urls_are_shown_without_their_password() {
        let f = Forward::new("http://user:s3cret@127.0.0.1:9/cb?x=1#f", &[]).unwrap();
        assert_eq!(f.shown, "http://REDACTED@127.0.0.1:9/cb");
        assert!(f.base.contains("s3cret"), "the request itself keeps it");
        let e = Forward::new("ftp://user:s3cret@host/x", &[]).err().unwrap();
        assert!(!e.to_string().contains("s3cret"), "{e}");
        let e = Forward::new("http://user:s3cret@[::1/x", &[])
            .err()
            .unwrap();
        assert!(!e.to_string().contains("s3cret"), "{e}");
    }
}
