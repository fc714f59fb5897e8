//! `open_msg_svc/get_history` (spec §7.2) and the archive files it points at: gzip JSON whose
//! first line is a header `{"SdkAppId":..,"ChatType":..,"MsgTime":..,"MsgList":[`, then one
//! message object per line (trailing comma), and `]}` last. Read as a stream, one line at a time,
//! so a large archive never sits in memory.

use std::io::{BufRead, Read};

use md5::{Digest, Md5};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::endpoint;
use crate::api::download::hex;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetHistoryRequest {
    /// `C2C` or `Group`.
    #[serde(rename = "ChatType")]
    pub chat_type: String,
    /// `YYYYMMDDHH`, Beijing time.
    #[serde(rename = "MsgTime")]
    pub msg_time: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct HistoryFile {
    #[serde(rename = "URL", default)]
    pub url: String,
    /// `YYYY-MM-DD HH:MM:SS`: the URL stops working then.
    #[serde(rename = "ExpireTime", default)]
    pub expire_time: String,
    /// Size before compression.
    #[serde(rename = "FileSize", default)]
    pub file_size: u64,
    #[serde(rename = "FileMD5", default)]
    pub file_md5: String,
    #[serde(rename = "GzipSize", default)]
    pub gzip_size: u64,
    #[serde(rename = "GzipMD5", default)]
    pub gzip_md5: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GetHistoryResponse {
    #[serde(rename = "File", default)]
    pub file: Vec<HistoryFile>,
}

endpoint!(
    /// Download addresses for one hour of all C2C or group messages (last 7 days).
    GetHistory,
    "open_msg_svc",
    "get_history",
    GetHistoryRequest,
    GetHistoryResponse
);

/// The longest line an archive may have: a message is at most 12 KB of JSON, so a longer line
/// is a corrupt file, not a message to hold.
pub const MAX_RECORD_LINE: usize = 1 << 20;

/// Counts and hashes the bytes read through it (the archive's `FileSize` and `FileMD5`).
pub struct Checked<R> {
    inner: R,
    pub size: u64,
    md5: Md5,
}

impl<R: Read> Checked<R> {
    pub fn new(inner: R) -> Self {
        Self {
            inner,
            size: 0,
            md5: Md5::new(),
        }
    }

    /// Size and MD5 (lower-case hex) of everything read so far.
    pub fn finish(self) -> (u64, String) {
        (self.size, hex(&self.md5.finalize()))
    }
}

impl<R: Read> Read for Checked<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.size += n as u64;
        self.md5.update(&buf[..n]);
        Ok(n)
    }
}

/// One item of an archive.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// The first line, with `MsgList` left open.
    Header(Value),
    Message(Value),
    /// The closing `]}`.
    End,
}

/// Reads the archive format line by line. `line` counts the lines read so far (start it at 0);
/// errors name the line they are about.
pub fn next_line<R: BufRead>(reader: &mut R, line: &mut usize) -> Result<Option<Line>, String> {
    let mut buf = Vec::new();
    // Blank lines are skipped in a loop: a file of many of them is corrupt, not a deep stack.
    loop {
        buf.clear();
        *line += 1;
        let line = *line;
        let read = reader
            .by_ref()
            .take(MAX_RECORD_LINE as u64 + 1)
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("line {line}: cannot read the archive: {e}"))?;
        if read == 0 {
            return Ok(None);
        }
        if buf.len() > MAX_RECORD_LINE {
            return Err(format!(
                "line {line}: longer than {MAX_RECORD_LINE} bytes; the archive is corrupt"
            ));
        }
        let text = std::str::from_utf8(&buf)
            .map_err(|_| format!("line {line}: not UTF-8; the archive is corrupt"))?
            .trim();
        if !text.is_empty() {
            return parse_line(text, line).map(Some);
        }
    }
}

/// One non-blank line of an archive.
fn parse_line(text: &str, line: usize) -> Result<Line, String> {
    if line == 1 {
        let Some(open) = text.strip_suffix('[') else {
            return Err("line 1: not the archive header ({...\"MsgList\":[)".into());
        };
        let header: Value = serde_json::from_str(&format!("{open}[]}}"))
            .map_err(|e| format!("line 1: not the archive header: {e}"))?;
        return Ok(Line::Header(header));
    }
    if text == "]}" {
        return Ok(Line::End);
    }
    let record = text.strip_suffix(',').unwrap_or(text);
    match serde_json::from_str::<Value>(record) {
        Ok(value @ Value::Object(_)) => Ok(Line::Message(value)),
        Ok(_) => Err(format!("line {line}: a message is not a JSON object")),
        Err(e) => Err(format!("line {line}: not a JSON message: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARCHIVE: &str = "{\"SdkAppId\":1400000000,\"ChatType\":\"C2C\",\"MsgTime\":\"2026112910\",\"MsgList\":[\n{\"From_Account\":\"a\",\"To_Account\":\"b\",\"MsgBody\":[]},\n{\"From_Account\":\"b\",\"To_Account\":\"a\",\"MsgBody\":[]}\n]}\n";

    fn all(text: &str) -> Result<Vec<Line>, String> {
        let mut reader = std::io::BufReader::new(text.as_bytes());
        let mut out = Vec::new();
        let mut n = 0;
        while let Some(line) = next_line(&mut reader, &mut n)? {
            out.push(line);
        }
        Ok(out)
    }

    #[test]
    fn the_documented_layout_reads_as_header_messages_end() {
        let lines = all(ARCHIVE).unwrap();
        assert_eq!(lines.len(), 4);
        assert!(matches!(&lines[0], Line::Header(h) if h["ChatType"] == "C2C"));
        assert!(matches!(&lines[2], Line::Message(m) if m["From_Account"] == "b"));
        assert_eq!(lines[3], Line::End);
    }

    #[test]
    fn corrupt_archives_are_errors_naming_the_line() {
        assert!(all("garbage\n").unwrap_err().contains("line 1"));
        let bad = ARCHIVE.replace("{\"From_Account\":\"b\"", "{\"From_Account\":");
        assert!(all(&bad).unwrap_err().contains("line 3"));
        let long = format!("{{\"MsgList\":[\n{}\n", "x".repeat(MAX_RECORD_LINE + 10));
        assert!(all(&long).unwrap_err().contains("longer than"));
    }

    proptest::proptest! {
        /// Any bytes: an error or lines, never a panic, and never more lines than the input has.
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..4096)) {
            let mut reader = std::io::BufReader::new(&bytes[..]);
            let mut n = 0;
            while let Ok(Some(_)) = next_line(&mut reader, &mut n) {
                proptest::prop_assert!(n <= bytes.len() + 1);
            }
        }

        /// Messages written in the documented layout read back as the same objects.
        #[test]
        fn the_layout_round_trips(texts in proptest::collection::vec(".{0,40}", 0..20)) {
            let messages: Vec<serde_json::Value> = texts
                .iter()
                .map(|t| serde_json::json!({"From_Account": "a", "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": t}}]}))
                .collect();
            let mut archive = String::from("{\"SdkAppId\":1,\"ChatType\":\"C2C\",\"MsgTime\":\"2026112910\",\"MsgList\":[\n");
            for (i, m) in messages.iter().enumerate() {
                archive.push_str(&m.to_string());
                archive.push_str(if i + 1 < messages.len() { ",\n" } else { "\n" });
            }
            archive.push_str("]}\n");
            let lines = all(&archive).unwrap();
            let read: Vec<serde_json::Value> = lines
                .into_iter()
                .filter_map(|l| match l {
                    Line::Message(m) => Some(m),
                    _ => None,
                })
                .collect();
            proptest::prop_assert_eq!(read, messages);
        }
    }

    #[test]
    fn a_million_blank_lines_are_read_without_recursion() {
        let blank = "\n".repeat(1_000_000);
        let text = format!("{}{blank}]}}\n", ARCHIVE.lines().next().unwrap());
        let lines = all(&text).unwrap();
        assert_eq!(lines.len(), 2);
        // Errors still name the physical line.
        let bad = format!("{}\n\ngarbage\n", ARCHIVE.lines().next().unwrap());
        assert!(all(&bad).unwrap_err().starts_with("line 3:"));
    }

    #[test]
    fn checked_counts_and_hashes_what_passes_through() {
        let mut r = Checked::new("abc".as_bytes());
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        assert_eq!(r.finish(), (3, "900150983cd24fb0d6963f7d28e17f72".into()));
    }
}
