//! Emulator throughput: `cargo bench --bench emulator`.
//!
//! Many keep-alive connections send `account_check` with 100 UserIDs each (all imported) to an
//! in-process `imctl emulator` on 127.0.0.1, without `--throttle`. The baseline, run in the
//! same process on the same machine, is a bare hyper server answering a fixed JSON body: the
//! floor of HTTP on loopback here. Load generator and server share the cores, as they would in
//! a test run. Reports the median of ROUNDS rounds.

#![allow(clippy::print_stdout)] // a benchmark reports on stdout

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::Full;
use hyper::body::Bytes;
use imctl::emulator::{Emulator, EmulatorConfig};
use imctl::secret::SecretKey;
use imctl::usersig::{sign, SigParams};
use serde_json::json;

const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const CONNECTIONS: usize = 32;
const ROUNDS: usize = 5;
const ROUND: Duration = Duration::from_secs(2);

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let ids: Vec<String> = (0..100).map(|i| format!("user{i}")).collect();
        let check = json!({"CheckItem": ids.iter().map(|id| json!({"UserID": id})).collect::<Vec<_>>()});

        let bare = bare_server().await;
        let bare_rate = measure(&format!("http://{bare}/v4/im_open_login_svc/account_check?x=1"), &check).await;

        let emulator = Emulator::bind(EmulatorConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            sdkappid: 1_400_000_000,
            admin: "administrator".into(),
            key: SecretKey::new(KEY.into()).expect("key"),
            data: None,
            latency: Duration::ZERO,
            fail_rate: 0.0,
            seed: 0,
            fault_kinds: Vec::new(),
            throttle: false,
            edition: Default::default(),
            callbacks: None,
            custom_profile_fields: None,
        })
        .await
        .expect("emulator");
        let base = emulator.base_url();
        tokio::spawn(emulator.serve(std::future::pending()));
        let sig = sign(
            KEY.as_bytes(),
            &SigParams {
                sdkappid: 1_400_000_000,
                identifier: "administrator",
                time: imctl::units::now_unix(),
                expire: 86_400,
                userbuf: None,
            },
        );
        let url = |command: &str| {
            format!("{base}/v4/im_open_login_svc/{command}?sdkappid=1400000000&identifier=administrator&usersig={sig}&random=1&contenttype=json")
        };
        let import = json!({"Accounts": ids});
        let http = reqwest::Client::new();
        let bytes = http
            .post(url("multiaccount_import"))
            .body(import.to_string())
            .send()
            .await
            .expect("import")
            .bytes()
            .await
            .expect("body");
        let answer: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
        assert_eq!(answer["ErrorCode"], 0, "{answer}");
        let emulator_rate = measure(&url("account_check"), &check).await;

        println!("emulator throughput, account_check with 100 UserIDs, {CONNECTIONS} connections (median of {ROUNDS} rounds of {ROUND:?})");
        println!("  bare hyper server, fixed answer (baseline): {bare_rate:>8.0} requests/s");
        println!(
            "  imctl emulator (auth, parse, 100 lookups):  {emulator_rate:>8.0} requests/s  ({:.0}% of the baseline)",
            100.0 * emulator_rate / bare_rate
        );
    });
}

/// Median requests/s over ROUNDS rounds, every answer checked.
async fn measure(url: &str, body: &serde_json::Value) -> f64 {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CONNECTIONS)
        .build()
        .expect("client");
    let body = body.to_string();
    let mut rates = Vec::new();
    for _ in 0..ROUNDS {
        let count = Arc::new(AtomicU64::new(0));
        let stop = Instant::now() + ROUND;
        let mut tasks = Vec::new();
        for _ in 0..CONNECTIONS {
            let (http, url, body, count) =
                (http.clone(), url.to_string(), body.clone(), count.clone());
            tasks.push(tokio::spawn(async move {
                while Instant::now() < stop {
                    let r = http
                        .post(&url)
                        .body(body.clone())
                        .send()
                        .await
                        .expect("send");
                    let bytes = r.bytes().await.expect("body");
                    assert!(bytes.starts_with(b"{\"ActionStatus\":\"OK\""), "{bytes:?}");
                    count.fetch_add(1, Ordering::Relaxed);
                }
            }));
        }
        let start = Instant::now();
        for t in tasks {
            t.await.expect("task");
        }
        rates.push(count.load(Ordering::Relaxed) as f64 / start.elapsed().as_secs_f64());
    }
    rates.sort_by(f64::total_cmp);
    rates[ROUNDS / 2]
}

/// A hyper server that answers every request with the same small JSON.
async fn bare_server() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            tokio::spawn(async move {
                let service = hyper::service::service_fn(|_req| async {
                    Ok::<_, std::convert::Infallible>(hyper::Response::new(Full::new(
                        Bytes::from_static(
                            b"{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}",
                        ),
                    )))
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    addr
}
