//! The REST client's transport rules, end to end: redirects never followed, proxies never used
//! for loopback, `--timeout` bounding a whole call, the 70050 lockout, and `-v`/`-vv` call
//! lines with secrets redacted. Servers here are tiny loopback stand-ins written in the test.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::common::{text, Emulator, Sandbox, DEMO_KEY};

/// How long a stand-in server lives at most, whatever the test does.
const SERVER_LIFETIME: Duration = Duration::from_secs(60);

/// What a stand-in server does with each connection.
#[derive(Clone)]
enum Reply {
    /// Reads the request, writes these bytes, closes.
    Fixed(String),
    /// Accepts and never answers (holds the connection until the server stops).
    Hang,
}

/// A loopback HTTP/1.1 stand-in on a thread: counts connections and keeps each request's
/// first line. Stops when dropped, or after [`SERVER_LIFETIME`].
struct TinyServer {
    port: u16,
    connections: Arc<AtomicUsize>,
    first_lines: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl TinyServer {
    fn start(reply: Reply) -> TinyServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();
        let connections = Arc::new(AtomicUsize::new(0));
        let first_lines = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (connections, first_lines, stop) =
                (connections.clone(), first_lines.clone(), stop.clone());
            std::thread::spawn(move || {
                let until = Instant::now() + SERVER_LIFETIME;
                let mut held = Vec::new();
                while !stop.load(Ordering::SeqCst) && Instant::now() < until {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            connections.fetch_add(1, Ordering::SeqCst);
                            stream.set_nonblocking(false).unwrap();
                            match &reply {
                                Reply::Hang => held.push(stream),
                                Reply::Fixed(answer) => {
                                    let line = serve(stream, answer);
                                    first_lines.lock().unwrap().push(line);
                                }
                            }
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
            })
        };
        TinyServer {
            port,
            connections,
            first_lines,
            stop,
            thread: Some(thread),
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for TinyServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Reads one request (head and `Content-Length` body), answers, closes; returns its first line.
fn serve(mut stream: TcpStream, answer: &str) -> String {
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut request = Vec::new();
    let mut buf = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = request.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return String::new(),
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    };
    let head = String::from_utf8_lossy(&request[..head_end]).into_owned();
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0);
    while request.len() < head_end + length {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let _ = stream.write_all(answer.as_bytes());
    let _ = stream.shutdown(std::net::Shutdown::Both);
    head.lines().next().unwrap_or_default().to_string()
}

fn http_answer(status: &str, headers: &str, body: &str) -> String {
    format!(
        "HTTP/1.1 {status}\r\n{headers}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

/// `imctl` against `url` with the demo app and no proxy variables from the outside world.
fn imctl_at(sb: &Sandbox, url: &str) -> std::process::Command {
    let mut cmd = sb.std_cmd();
    without_proxies(&mut cmd);
    cmd.args(["--endpoint", url, "--sdkappid", "1400000000", "--key-file"])
        .arg(sb.key_file());
    cmd
}

fn without_proxies(cmd: &mut std::process::Command) {
    for name in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"] {
        cmd.env_remove(name).env_remove(name.to_lowercase());
    }
}

#[test]
fn redirects_are_never_followed() {
    let sb = Sandbox::new();
    let ok = r#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ResultItem":[{"UserID":"alice","ResultCode":0,"ResultInfo":"","AccountStatus":"Imported"}]}"#;
    for status in ["307 Temporary Redirect", "302 Found"] {
        // Where the redirect points: a server that would happily say "success".
        let elsewhere = TinyServer::start(Reply::Fixed(http_answer("200 OK", "", ok)));
        let location = format!(
            "Location: http://127.0.0.1:{}/v4/im_open_login_svc/account_check?usersig=eJxLEAKED&x=1\r\n",
            elsewhere.port
        );
        let redirecting = TinyServer::start(Reply::Fixed(http_answer(status, &location, "")));
        let out = imctl_at(&sb, &redirecting.url())
            .args(["account", "check", "alice"])
            .output()
            .unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(7), "{status}: {stderr}");
        assert!(
            redirecting.connections() >= 1,
            "{status}: the request never left"
        );
        assert_eq!(
            elsewhere.connections(),
            0,
            "{status}: the redirect was followed"
        );
        assert!(stderr.contains(&status[..3]), "{status}: {stderr}");
        assert!(
            stderr.contains(&format!("127.0.0.1:{}", elsewhere.port)),
            "{status}: {stderr}"
        );
        assert!(!stderr.to_lowercase().contains("usersig"), "{stderr}");
        assert!(
            !stderr.contains("LEAKED") && !stderr.contains("x=1"),
            "{stderr}"
        );
    }
}

#[test]
fn loopback_endpoints_never_go_through_a_proxy() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let recorder = TinyServer::start(Reply::Fixed(http_answer("502 Bad Gateway", "", "")));
    let mut cmd = emu.std_cmd(&sb);
    without_proxies(&mut cmd);
    for name in ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"] {
        cmd.env(name, recorder.url())
            .env(name.to_lowercase(), recorder.url());
    }
    let out = cmd
        .args(["-v", "account", "check", "alice"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(recorder.connections(), 0, "the proxy saw a loopback call");
    assert!(stderr.contains("no proxy (loopback endpoint)"), "{stderr}");
}

#[test]
fn remote_hosts_go_through_the_proxy_with_its_password_hidden() {
    let sb = Sandbox::new();
    let recorder = TinyServer::start(Reply::Fixed(http_answer("502 Bad Gateway", "", "")));
    let proxy = format!("http://bob:hunter2@127.0.0.1:{}", recorder.port);
    // `.invalid` never resolves: only the proxy (on loopback) is ever contacted.
    let mut cmd = imctl_at(&sb, "https://imctl-proxy-test.invalid");
    cmd.env("HTTPS_PROXY", &proxy);
    let out = cmd
        .args(["-v", "--timeout", "3", "account", "state", "alice"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{stderr}");
    let lines = recorder.first_lines.lock().unwrap().clone();
    assert!(
        lines
            .first()
            .is_some_and(|l| l.starts_with("CONNECT imctl-proxy-test.invalid:443")),
        "{lines:?}"
    );
    assert!(
        stderr.contains(&format!(
            "proxy http://REDACTED@127.0.0.1:{} (from HTTPS_PROXY)",
            recorder.port
        )),
        "{stderr}"
    );
    assert!(
        !stderr.contains("hunter2") && !stderr.contains("bob"),
        "{stderr}"
    );

    // NO_PROXY takes the host off the proxy: nothing more reaches the recorder.
    let before = recorder.connections();
    let mut cmd = imctl_at(&sb, "https://imctl-proxy-test.invalid");
    cmd.env("HTTPS_PROXY", &proxy).env("NO_PROXY", ".invalid");
    let out = cmd
        .args(["-v", "--timeout", "2", "account", "state", "alice"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{stderr}");
    assert!(
        stderr.contains("no proxy (the host matches NO_PROXY)"),
        "{stderr}"
    );
    assert_eq!(recorder.connections(), before);
}

#[test]
fn timeout_bounds_a_whole_call_and_zero_is_refused() {
    let sb = Sandbox::new();
    let silent = TinyServer::start(Reply::Hang);
    let started = Instant::now();
    let out = imctl_at(&sb, &silent.url())
        .args(["--timeout", "2", "account", "state", "alice"])
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{stderr}");
    assert!(silent.connections() >= 1, "the server was never reached");
    assert!(
        elapsed < Duration::from_millis(3500),
        "took {elapsed:?}: {stderr}"
    );
    assert!(stderr.contains("no answer within"), "{stderr}");

    let out = imctl_at(&sb, &silent.url())
        .args(["--timeout", "0", "account", "state", "alice"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--timeout 0"), "{stderr}");
}

#[test]
fn a_usersig_lockout_stops_at_once_when_the_timeout_cannot_wait_a_minute() {
    let sb = Sandbox::new();
    let locked = TinyServer::start(Reply::Fixed(http_answer(
        "200 OK",
        "",
        r#"{"ActionStatus":"FAIL","ErrorCode":70050,"ErrorInfo":"too many failed checks"}"#,
    )));
    let started = Instant::now();
    let out = imctl_at(&sb, &locked.url())
        .args(["--timeout", "20", "account", "state", "alice"])
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{stderr}");
    assert_eq!(
        locked.connections(),
        1,
        "retried into the lockout: {stderr}"
    );
    assert!(started.elapsed() < Duration::from_secs(10), "{stderr}");
    assert!(stderr.contains("70050"), "{stderr}");
    assert!(stderr.contains("retry after a minute"), "{stderr}");
}

#[test]
fn verbose_shows_each_call_and_very_verbose_the_redacted_bodies() {
    let sb = Sandbox::new();
    let emu = Emulator::start(&sb, &[]);
    let run = |flags: &[&str]| {
        let mut cmd = emu.std_cmd(&sb);
        without_proxies(&mut cmd);
        let out = cmd
            .args(flags)
            .args(["account", "check", "alice"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stderr)
    };

    let stderr = run(&["-v"]);
    let calls: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("im_open_login_svc/account_check"))
        .collect();
    assert_eq!(calls.len(), 1, "{stderr}");
    for part in ["200", "ErrorCode 0", "attempt 1", " ms", "direct"] {
        assert!(calls[0].contains(part), "{part}: {}", calls[0]);
    }
    assert!(!stderr.contains("request:"), "-v shows no bodies: {stderr}");

    let stderr = run(&["-vv"]);
    assert!(stderr.contains("request: {"), "{stderr}");
    assert!(stderr.contains("\"alice\""), "{stderr}");
    assert!(
        stderr.contains("response: {") && stderr.contains("ResultItem"),
        "{stderr}"
    );
    let lower = stderr.to_lowercase();
    let sigs: Vec<&str> = lower
        .match_indices("usersig=")
        .map(|(i, _)| &stderr[i + "usersig=".len()..])
        .collect();
    assert!(!sigs.is_empty(), "-vv shows the URL: {stderr}");
    for sig in sigs {
        assert!(sig.starts_with("REDACTED"), "a UserSig leaked: {stderr}");
    }
    assert!(!stderr.contains(DEMO_KEY));

    assert_eq!(run(&["-q"]), "", "-q prints nothing but errors");
}
