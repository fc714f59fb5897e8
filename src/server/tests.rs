//! The server's limits against raw sockets on loopback, with short timeouts.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::*;

struct Echo;

impl Handler for Echo {
    fn handle(self: Arc<Self>, req: Request<Bytes>, _peer: SocketAddr) -> HandlerFuture {
        Box::pin(async move {
            let len = req.body().len();
            Ok(Response::new(Full::new(Bytes::from(format!("got {len}")))))
        })
    }
}

fn limits() -> ServerLimits {
    ServerLimits {
        header_timeout: Duration::from_millis(300),
        body_timeout: Duration::from_millis(300),
        max_body: 64 * 1024,
        max_inflight_body_bytes: 100 * 1024,
        accept_backoff: Duration::from_millis(50),
    }
}

async fn start(limits: ServerLimits) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(
        listener,
        limits,
        Arc::new(Echo),
        std::future::pending(),
    ));
    addr
}

/// Sends `raw` and reads until the server closes (or 3 s pass): the answer text.
async fn exchange(addr: SocketAddr, raw: &[u8]) -> String {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(raw).await.unwrap();
    let mut out = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(3), s.read_to_end(&mut out)).await;
    String::from_utf8_lossy(&out).into_owned()
}

fn post(len: usize, body: &[u8]) -> Vec<u8> {
    let mut raw = format!(
        "POST /x HTTP/1.1\r\nhost: t\r\nconnection: close\r\ncontent-length: {len}\r\n\r\n"
    )
    .into_bytes();
    raw.extend_from_slice(body);
    raw
}

#[test]
fn defaults_are_the_documented_bounds() {
    let d = ServerLimits::default();
    assert_eq!(d.header_timeout, Duration::from_secs(10));
    assert_eq!(d.body_timeout, Duration::from_secs(10));
    assert_eq!(d.max_body, 4 * 1024 * 1024);
    assert!(d.max_inflight_body_bytes <= 256 * 1024 * 1024);
    assert!((50..=100).contains(&d.accept_backoff.as_millis()));
}

#[tokio::test]
async fn a_partial_head_is_dropped_after_the_header_timeout() {
    let addr = start(limits()).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"POST /x HTTP/1.1\r\nhost: t\r\n")
        .await
        .unwrap();
    let started = Instant::now();
    // Meanwhile another client is served.
    assert!(exchange(addr, &post(2, b"{}")).await.ends_with("got 2"));
    let mut buf = [0u8; 64];
    let n = tokio::time::timeout(Duration::from_secs(3), slow.read(&mut buf))
        .await
        .expect("the slow client is still connected after 3 s")
        .unwrap_or(0);
    assert_eq!(n, 0, "{:?}", String::from_utf8_lossy(&buf[..n]));
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn bodies_past_the_cap_are_413_before_they_are_read() {
    let addr = start(limits()).await;
    let answer = exchange(addr, &post(64 * 1024 + 1, b"")).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    // Chunked, no Content-Length: refused once the bytes pass the cap.
    let mut raw =
        b"POST /x HTTP/1.1\r\nhost: t\r\nconnection: close\r\ntransfer-encoding: chunked\r\n\r\n"
            .to_vec();
    for _ in 0..3 {
        raw.extend_from_slice(format!("{:x}\r\n", 30_000).as_bytes());
        raw.extend_from_slice(&[b'a'; 30_000]);
        raw.extend_from_slice(b"\r\n");
    }
    raw.extend_from_slice(b"0\r\n\r\n");
    let answer = exchange(addr, &raw).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(exchange(addr, &post(5, b"hello")).await.ends_with("got 5"));
}

#[tokio::test]
async fn a_slow_body_is_408() {
    let addr = start(limits()).await;
    let answer = exchange(addr, &post(10, b"only5")).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
}

#[tokio::test]
async fn the_in_flight_budget_refuses_with_503_then_recovers() {
    let addr = start(limits()).await;
    // Two 60 KiB bodies announced and not sent: 120 KiB > the 100 KiB budget.
    let mut first = TcpStream::connect(addr).await.unwrap();
    first.write_all(&post(60 * 1024, b"x")).await.unwrap();
    tokio::time::sleep(Duration::from_millis(50)).await;
    let answer = exchange(addr, &post(60 * 1024, b"y")).await;
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(
        answer.to_ascii_lowercase().contains("retry-after: 1"),
        "{answer}"
    );
    // Small bodies still fit.
    assert!(exchange(addr, &post(2, b"{}")).await.ends_with("got 2"));
    // The first one times out (408) and gives its share back.
    let mut out = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(3), first.read_to_end(&mut out)).await;
    assert!(
        out.starts_with(b"HTTP/1.1 408"),
        "{}",
        String::from_utf8_lossy(&out)
    );
    let body = vec![b'z'; 60 * 1024];
    assert!(exchange(addr, &post(body.len(), &body))
        .await
        .ends_with(&format!("got {}", 60 * 1024)));
}
