//! Shared helpers: a scrubbed environment per test, the demo key, and the vectors.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The sample key of the official libraries' examples (also `examples/demo.key`).
pub const DEMO_KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

/// A private home for one test: config and data dirs inside a temp dir, no inherited IMCTL_*.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn config_path(&self) -> PathBuf {
        self.path().join("config").join("config.toml")
    }

    /// `imctl` with a clean environment pointed at this sandbox.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same, as a plain `std::process::Command` (for streaming tests).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("imctl"));
        for (k, _) in std::env::vars() {
            if k.starts_with("IMCTL_") {
                cmd.env_remove(k);
            }
        }
        cmd.env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("xdg-config"))
            .env("XDG_DATA_HOME", self.path().join("xdg-data"))
            .env("IMCTL_CONFIG", self.config_path())
            .env("IMCTL_DATA_DIR", self.path().join("data"))
            .env("NO_COLOR", "1");
        cmd
    }

    /// A file in the sandbox holding `text`.
    pub fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    pub fn key_file(&self) -> PathBuf {
        self.file("demo.key", &format!("{DEMO_KEY}\n"))
    }
}

pub fn vectors() -> Value {
    serde_json::from_str(include_str!("../data/usersig-v2.json")).unwrap()
}

pub fn stdout_json(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A real `imctl emulator` on 127.0.0.1 (a free port), killed when dropped; its stderr after the
/// ready line is kept line by line. Start it with [`Emulator::start`] (the demo app) or
/// [`Emulator::launch`] (any flags, a command prefix, environment): the one place tests parse
/// the ready line.
pub struct Emulator {
    pub child: std::process::Child,
    pub url: String,
    /// The ready line (`imctl emulator listening on URL`).
    pub ready: String,
    stderr: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

/// How [`Emulator::launch`] starts one; `Launch::default()` is the demo app on 127.0.0.1:0.
pub struct Launch<'a> {
    /// A program the emulator runs under (`prlimit --nofile=64:64`), if any.
    pub prefix: &'a [&'a str],
    pub listen: &'a str,
    /// Pass the demo app's `--sdkappid 1400000000 --key-file demo.key`.
    pub app: bool,
    /// More flags after `emulator`.
    pub args: &'a [&'a str],
    pub env: &'a [(&'a str, &'a str)],
}

impl Default for Launch<'_> {
    fn default() -> Self {
        Launch {
            prefix: &[],
            listen: "127.0.0.1:0",
            app: true,
            args: &[],
            env: &[],
        }
    }
}

impl Emulator {
    /// `account check` of `users` against this emulator: each user's `AccountStatus`, in order.
    pub fn account_statuses(&self, sb: &Sandbox, users: &[&str]) -> Vec<String> {
        let out = self
            .cmd(sb)
            .args(["account", "check", "-o", "json"])
            .args(users)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        stdout_json(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["AccountStatus"].as_str().unwrap().to_string())
            .collect()
    }

    /// Starts one with the demo app and `extra` flags; waits for its ready line.
    pub fn start(sb: &Sandbox, extra: &[&str]) -> Emulator {
        Self::launch(
            sb,
            Launch {
                args: extra,
                ..Launch::default()
            },
        )
    }

    /// Starts one as `how` says; waits for its ready line and keeps reading stderr (so the
    /// emulator never blocks on a full pipe).
    pub fn launch(sb: &Sandbox, how: Launch<'_>) -> Emulator {
        use std::io::BufRead;
        let base = sb.std_cmd();
        let mut cmd = match how.prefix.split_first() {
            Some((program, args)) => {
                let mut c = std::process::Command::new(program);
                c.args(args).arg(base.get_program());
                c
            }
            None => std::process::Command::new(base.get_program()),
        };
        for (k, v) in base.get_envs() {
            match v {
                Some(v) => cmd.env(k, v),
                None => cmd.env_remove(k),
            };
        }
        for (k, v) in how.env {
            cmd.env(k, v);
        }
        cmd.args(["emulator", "--listen", how.listen]);
        if how.app {
            cmd.args(["--sdkappid", "1400000000", "--key-file"])
                .arg(sb.key_file());
        }
        let mut child = cmd
            .args(how.args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
        let mut ready = String::new();
        stderr.read_line(&mut ready).unwrap();
        let url = ready
            .trim()
            .rsplit(' ')
            .next()
            .filter(|u| u.starts_with("http://"))
            .unwrap_or_else(|| panic!("no ready line: {ready}"))
            .to_string();
        let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = lines.clone();
        std::thread::spawn(move || {
            for line in stderr.lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        Emulator {
            child,
            url,
            ready,
            stderr: lines,
        }
    }

    /// The stderr lines after the ready line, so far.
    pub fn stderr(&self) -> Vec<String> {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits (up to `within`) for a stderr line that `wanted` accepts.
    pub fn wait_for_stderr(
        &self,
        within: std::time::Duration,
        wanted: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let deadline = std::time::Instant::now() + within;
        loop {
            if let Some(line) = self.stderr().into_iter().find(|l| wanted(l)) {
                return Some(line);
            }
            if std::time::Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// `imctl` pointed at this emulator with the demo app's credentials.
    pub fn cmd(&self, sb: &Sandbox) -> Command {
        Command::from_std(self.std_cmd(sb))
    }

    pub fn std_cmd(&self, sb: &Sandbox) -> std::process::Command {
        let mut cmd = sb.std_cmd();
        cmd.args([
            "--endpoint",
            &self.url,
            "--sdkappid",
            "1400000000",
            "--key-file",
        ])
        .arg(sb.key_file());
        cmd
    }

    /// The address it listens on.
    pub fn addr(&self) -> std::net::SocketAddr {
        self.url.trim_start_matches("http://").parse().unwrap()
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.kill();
    }
}

// ---------------------------------------------------------------- stub HTTP server

/// One request a [`Stub`] received.
#[derive(Debug, Clone)]
pub struct StubRequest {
    pub method: String,
    /// `HTTP/1.1`, as sent.
    pub version: String,
    /// Path and query, as sent.
    pub target: String,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl StubRequest {
    /// A query parameter, as sent (not decoded).
    pub fn query(&self, name: &str) -> Option<String> {
        let query = self.target.split_once('?')?.1;
        query.split('&').find_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            (k == name).then(|| v.to_string())
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON (`null` when it is not).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

/// What a [`Stub`] answers.
#[derive(Debug, Clone)]
pub struct StubReply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// Wait this long before answering.
    pub delay: std::time::Duration,
}

impl StubReply {
    /// 200 with a JSON body.
    pub fn json(body: &str) -> StubReply {
        StubReply {
            status: 200,
            content_type: "application/json",
            body: body.as_bytes().to_vec(),
            delay: std::time::Duration::ZERO,
        }
    }
}

type Answerer = dyn Fn(&StubRequest) -> StubReply + Send + Sync;
/// Writes a whole HTTP response itself (a body that lies about its size, never ends, ...).
type RawAnswerer = dyn Fn(&str, &mut std::net::TcpStream) + Send + Sync;

#[derive(Clone)]
enum Answer {
    Reply(std::sync::Arc<Answerer>),
    Raw(std::sync::Arc<RawAnswerer>),
}

/// A stub HTTP/1.1 server on 127.0.0.1 (a free port) for the handlers, backends and services a
/// test stands in for: it records every request and answers each, one connection at a time per
/// thread, `Connection: close`. The one stub-server helper.
pub struct Stub {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    requests: std::sync::Arc<std::sync::Mutex<Vec<StubRequest>>>,
}

impl Stub {
    /// A stub answering every request with `answer(request)`.
    pub fn start(answer: impl Fn(&StubRequest) -> StubReply + Send + Sync + 'static) -> Stub {
        Stub::serve(Answer::Reply(std::sync::Arc::new(answer)))
    }

    /// A stub whose `answer(target, stream)` writes the whole response itself, for answers no
    /// well-behaved server gives (see [`Stub::write_json`] for a plain one).
    pub fn raw(answer: impl Fn(&str, &mut std::net::TcpStream) + Send + Sync + 'static) -> Stub {
        Stub::serve(Answer::Raw(std::sync::Arc::new(answer)))
    }

    /// A 200 answer with a JSON body written to `stream`, the connection closed after it.
    pub fn write_json(stream: &mut std::net::TcpStream, body: &str) {
        use std::io::Write;
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
    }

    fn serve(answer: Answer) -> Stub {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let (sink, answer) = (sink.clone(), answer.clone());
                std::thread::spawn(move || serve_one(stream, &sink, &answer));
            }
        });
        Stub { url, requests }
    }

    /// A stub answering every request 200 with this JSON.
    pub fn json(body: &'static str) -> Stub {
        Stub::start(move |_| StubReply::json(body))
    }

    /// Every request so far, in arrival order.
    pub fn requests(&self) -> Vec<StubRequest> {
        self.requests.lock().unwrap().clone()
    }

    /// Waits (up to `within`) for a request `wanted` accepts.
    pub fn wait_for(
        &self,
        within: std::time::Duration,
        wanted: impl Fn(&StubRequest) -> bool,
    ) -> Option<StubRequest> {
        let deadline = std::time::Instant::now() + within;
        loop {
            if let Some(r) = self.requests().into_iter().find(|r| wanted(r)) {
                return Some(r);
            }
            if std::time::Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

fn serve_one(
    mut stream: std::net::TcpStream,
    sink: &std::sync::Mutex<Vec<StubRequest>>,
    answer: &Answer,
) {
    use std::io::{BufRead, Read, Write};
    let Ok(clone) = stream.try_clone() else {
        return;
    };
    let mut reader = std::io::BufReader::new(clone);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = request_line.split(' ');
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();
    let version = parts.next().unwrap_or("").trim_end().to_string();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let length = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let request = StubRequest {
        method,
        version,
        target,
        headers,
        body,
    };
    let answer = match answer {
        Answer::Reply(answer) => answer,
        Answer::Raw(raw) => {
            let target = request.target.clone();
            sink.lock().unwrap().push(request);
            raw(&target, &mut stream);
            return;
        }
    };
    let reply = answer(&request);
    sink.lock().unwrap().push(request);
    std::thread::sleep(reply.delay);
    let _ = write!(
        stream,
        "HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        reply.status,
        reply.content_type,
        reply.body.len()
    );
    let _ = stream.write_all(&reply.body);
}

/// `http://127.0.0.1:PORT` of a port that was just free: nothing listens there.
pub fn closed_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    format!("http://{}", listener.local_addr().unwrap())
}

/// The first stderr line of a spawned command (the ready or status line of `callback listen`
/// and `logs tail`), and the reader of the rest.
pub fn first_stderr_line(
    child: &mut std::process::Child,
) -> (String, std::io::BufReader<std::process::ChildStderr>) {
    use std::io::BufRead;
    let mut reader = std::io::BufReader::new(child.stderr.take().expect("stderr is piped"));
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    (line, reader)
}

/// Compares `actual` with the committed snapshot `tests/snapshots/NAME` (human output and JSON
/// shapes). With `IMCTL_UPDATE_SNAPSHOTS=1` the snapshot is (re)written instead, so a deliberate
/// change is one command and a reviewed diff.
pub fn assert_snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("IMCTL_UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}: run with IMCTL_UPDATE_SNAPSHOTS=1 to create it, then review it",
            path.display()
        )
    });
    assert_eq!(
        expected, actual,
        "snapshot {name} differs (IMCTL_UPDATE_SNAPSHOTS=1 rewrites it)"
    );
}

/// A JSON value with the parts that change from run to run (times, durations, ports) replaced
/// by placeholders, so its shape can be snapshotted.
pub fn redact_volatile(value: &mut Value, keys: &[&str]) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if keys.contains(&k.as_str()) {
                    *v = Value::String("<redacted>".into());
                } else {
                    redact_volatile(v, keys);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| redact_volatile(v, keys)),
        _ => {}
    }
}

/// The admin's UserSig for the demo app, from `imctl usersig gen`.
pub fn admin_sig(sb: &Sandbox) -> String {
    let out = sb
        .cmd()
        .args([
            "usersig",
            "gen",
            "--sdkappid",
            "1400000000",
            "--user",
            "administrator",
            "--key-file",
        ])
        .arg(sb.key_file())
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// POSTs `body` to `path` (`/v4/...` or `/imctl-test/...`) with `query` and returns the JSON.
pub fn post_json(
    addr: std::net::SocketAddr,
    path_and_query: &str,
    body: &serde_json::Value,
) -> serde_json::Value {
    use std::io::{Read, Write};
    let body = body.to_string();
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(
        s,
        "POST {path_and_query} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    let (_, json) = answer.split_once("\r\n\r\n").unwrap();
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {answer}"))
}

pub fn auth_query(sig: &str) -> String {
    format!("sdkappid=1400000000&identifier=administrator&usersig={sig}&random=1&contenttype=json")
}
