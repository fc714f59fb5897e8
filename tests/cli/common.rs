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

/// A real `imctl emulator` on 127.0.0.1 (a free port), killed when dropped.
pub struct Emulator {
    pub child: std::process::Child,
    pub url: String,
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
        use std::io::BufRead;
        let key = sb.key_file();
        let mut child = sb
            .std_cmd()
            .args([
                "emulator",
                "--listen",
                "127.0.0.1:0",
                "--sdkappid",
                "1400000000",
                "--key-file",
            ])
            .arg(&key)
            .args(extra)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
        let mut line = String::new();
        stderr.read_line(&mut line).unwrap();
        let url = line
            .trim()
            .rsplit(' ')
            .next()
            .filter(|u| u.starts_with("http://127.0.0.1:"))
            .unwrap_or_else(|| panic!("no ready line: {line}"))
            .to_string();
        // Keep draining stderr so the emulator never blocks on a full pipe.
        std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
        Emulator { child, url }
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

/// A stand-in HTTP server on 127.0.0.1 for answers the emulator never gives (a REST answer that
/// omits a user, an archive that lies about its size). Each connection gets its own thread;
/// `answer` reads the request target (`/v4/...?...`) and writes a whole HTTP response to the
/// stream. Threads end with the test binary or when the client goes away.
pub struct Stub {
    pub url: String,
}

impl Stub {
    pub fn start<F>(answer: F) -> Stub
    where
        F: Fn(&str, &mut std::net::TcpStream) + Send + Sync + 'static,
    {
        use std::io::Read;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let answer = std::sync::Arc::new(answer);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                let answer = answer.clone();
                std::thread::spawn(move || {
                    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(10)));
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") && head.len() < 64 * 1024 {
                        match stream.read(&mut byte) {
                            Ok(1) => head.push(byte[0]),
                            _ => return,
                        }
                    }
                    let head = String::from_utf8_lossy(&head).into_owned();
                    let length: usize = head
                        .lines()
                        .filter_map(|l| l.split_once(':'))
                        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
                        .and_then(|(_, v)| v.trim().parse().ok())
                        .unwrap_or(0);
                    let mut body = vec![0u8; length];
                    if stream.read_exact(&mut body).is_err() {
                        return;
                    }
                    let target = head.split(' ').nth(1).unwrap_or("").to_string();
                    answer(&target, &mut stream);
                });
            }
        });
        Stub { url }
    }

    /// A 200 answer with a JSON body, the connection closed after it.
    pub fn json(stream: &mut std::net::TcpStream, body: &str) {
        use std::io::Write;
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
    }
}
