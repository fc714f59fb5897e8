//! Account lists for the bulk commands: CSV with a header (`UserID[,Nick,FaceUrl]`, any other
//! columns ignored), JSONL (`{"UserID": ..., "Nick": ..., "FaceUrl": ...}` a line), or plain
//! arguments. Read as a stream, cut into batches of consecutive records; failed records are
//! written back in the input's own format so the failures file can be fed back as input.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;

use serde_json::{json, Map, Value};

use crate::domain::profile_fields::MAX_TEXT;
use crate::domain::user_id;

/// One account of the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub user: String,
    pub nick: Option<String>,
    pub face_url: Option<String>,
    /// The record as it came, for the failures file.
    pub raw: Raw,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    Csv(Vec<String>),
    Json(Map<String, Value>),
    Arg,
}

/// The input's format, which the failures file repeats.
#[derive(Debug, Clone, PartialEq)]
pub enum Format {
    /// CSV with this header.
    Csv(Vec<String>),
    Jsonl,
    Args,
}

/// A run of consecutive input records: its index is stable across runs of the same input,
/// which is what the checkpoint counts.
#[derive(Debug)]
pub struct Batch {
    pub index: u64,
    pub valid: Vec<Record>,
    /// Records refused before sending, with the reason.
    pub invalid: Vec<(Record, String)>,
}

/// Client-side checks (the console's rules), so nothing malformed is sent.
pub fn check_record(r: &Record, with_profile: bool) -> Result<(), String> {
    user_id::validate(&r.user)?;
    if with_profile {
        for (name, value) in [("Nick", &r.nick), ("FaceUrl", &r.face_url)] {
            if value.as_ref().is_some_and(|v| v.len() > MAX_TEXT) {
                return Err(format!("{name} is longer than {MAX_TEXT} bytes"));
            }
        }
    }
    Ok(())
}

/// Streams records from a file (`-` for stdin), guessing CSV or JSONL from the first
/// non-blank character.
pub struct FileReader {
    lines: Box<dyn BufRead + Send>,
    pub format: Format,
    pending: Option<String>,
    line_no: u64,
}

impl FileReader {
    pub fn open(path: &Path) -> Result<Self, String> {
        let input: Box<dyn Read + Send> = if path.as_os_str() == "-" {
            Box::new(std::io::stdin())
        } else {
            Box::new(File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?)
        };
        let mut lines: Box<dyn BufRead + Send> =
            Box::new(BufReader::with_capacity(256 * 1024, input));
        let mut line_no = 0;
        let first = loop {
            let mut line = String::new();
            line_no += 1;
            if lines
                .read_line(&mut line)
                .map_err(|e| format!("line {line_no}: {e}"))?
                == 0
            {
                break None;
            }
            if !line.trim().is_empty() {
                break Some(line);
            }
        };
        let (format, pending) = match first {
            None => (Format::Args, None),
            Some(line) if line.trim_start().starts_with('{') => (Format::Jsonl, Some(line)),
            Some(line) => {
                let header = parse_csv_line(&line).map_err(|e| format!("line {line_no}: {e}"))?;
                if header.iter().any(|h| h.trim() == "UserID") {
                    (
                        Format::Csv(header.iter().map(|h| h.trim().to_string()).collect()),
                        None,
                    )
                } else {
                    // No header: one UserID (first column) a line.
                    (Format::Csv(vec!["UserID".into()]), Some(line))
                }
            }
        };
        Ok(FileReader {
            lines,
            format,
            pending,
            line_no,
        })
    }

    /// The next record; `Err` names the line that cannot be read at all.
    pub fn next_record(&mut self) -> Option<Result<Record, String>> {
        loop {
            let line = match self.pending.take() {
                Some(line) => line,
                None => {
                    let mut line = String::new();
                    self.line_no += 1;
                    match self.lines.read_line(&mut line) {
                        Ok(0) => return None,
                        Ok(_) => line,
                        Err(e) => return Some(Err(format!("line {}: {e}", self.line_no))),
                    }
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            let parsed = match &self.format {
                Format::Jsonl => parse_json_record(&line),
                Format::Csv(header) => parse_csv_record(header, &line),
                Format::Args => Err("unexpected input".into()),
            };
            return Some(parsed.map_err(|e| format!("line {}: {e}", self.line_no)));
        }
    }
}

fn parse_json_record(line: &str) -> Result<Record, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not a JSON object: {e}"))?;
    let Value::Object(map) = value else {
        return Err("not a JSON object".into());
    };
    let text = |k: &str| map.get(k).and_then(Value::as_str).map(str::to_string);
    let user = text("UserID").ok_or("no \"UserID\" string")?;
    Ok(Record {
        user,
        nick: text("Nick"),
        face_url: text("FaceUrl"),
        raw: Raw::Json(map),
    })
}

fn parse_csv_record(header: &[String], line: &str) -> Result<Record, String> {
    let fields = parse_csv_line(line)?;
    let get = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .and_then(|i| fields.get(i))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    Ok(Record {
        user: get("UserID").unwrap_or_default(),
        nick: get("Nick"),
        face_url: get("FaceUrl"),
        raw: Raw::Csv(fields),
    })
}

/// One CSV line (RFC 4180 quoting; a record per line).
fn parse_csv_line(line: &str) -> Result<Vec<String>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    match reader.records().next() {
        Some(Ok(record)) => Ok(record.iter().map(str::to_string).collect()),
        Some(Err(e)) => Err(format!("not CSV: {e}")),
        None => Ok(Vec::new()),
    }
}

/// Writes failed records in the input's format, with the reason in an `Error` column/field.
pub struct FailureWriter {
    file: File,
    format: Format,
}

impl FailureWriter {
    /// `append` continues a resumed run's file; otherwise the file starts afresh.
    pub fn create(path: &Path, format: Format, append: bool) -> Result<Self, String> {
        let existing = append && std::fs::metadata(path).is_ok_and(|m| m.len() > 0);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(append)
            .write(true)
            .truncate(!append)
            .open(path)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        let mut writer = FailureWriter { file, format };
        if let Format::Csv(header) = &writer.format {
            if !existing {
                let mut cols = header.clone();
                if !cols.iter().any(|c| c == "Error") {
                    cols.push("Error".into());
                }
                let line = csv_line(&cols);
                writer
                    .file
                    .write_all(line.as_bytes())
                    .map_err(|e| e.to_string())?;
            }
        }
        Ok(writer)
    }

    /// Appends the records and flushes them to the OS before returning, so the checkpoint
    /// that follows never claims a failure that is not on disk.
    pub fn write(&mut self, failures: &[(Record, String)]) -> Result<(), String> {
        let mut out = String::new();
        for (record, reason) in failures {
            match (&self.format, &record.raw) {
                (Format::Csv(header), Raw::Csv(fields)) => {
                    let mut row: Vec<String> = header
                        .iter()
                        .enumerate()
                        .filter(|(_, h)| *h != "Error")
                        .map(|(i, _)| fields.get(i).cloned().unwrap_or_default())
                        .collect();
                    row.push(reason.clone());
                    out.push_str(&csv_line(&row));
                }
                (_, Raw::Json(map)) => {
                    let mut map = map.clone();
                    map.insert("Error".into(), json!(reason));
                    out.push_str(&Value::Object(map).to_string());
                    out.push('\n');
                }
                _ => {
                    out.push_str(&csv_line(&[record.user.clone(), reason.clone()]));
                }
            }
        }
        self.file
            .write_all(out.as_bytes())
            .map_err(|e| e.to_string())?;
        self.file.flush().map_err(|e| e.to_string())
    }
}

fn csv_line(fields: &[String]) -> String {
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    let _ = writer.write_record(fields);
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read_all(text: &str) -> (Format, Vec<Result<Record, String>>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in");
        std::fs::write(&path, text).unwrap();
        let mut reader = FileReader::open(&path).unwrap();
        let mut out = Vec::new();
        while let Some(r) = reader.next_record() {
            out.push(r);
        }
        (reader.format, out)
    }

    #[test]
    fn csv_with_header_and_quotes() {
        let (format, records) =
            read_all("UserID,Nick,FaceUrl\nalice,\"Alice, A.\",http://x/a.png\n\nbob,,\n");
        assert_eq!(
            format,
            Format::Csv(vec!["UserID".into(), "Nick".into(), "FaceUrl".into()])
        );
        let alice = records[0].as_ref().unwrap();
        assert_eq!(
            (alice.user.as_str(), alice.nick.as_deref()),
            ("alice", Some("Alice, A."))
        );
        let bob = records[1].as_ref().unwrap();
        assert_eq!((bob.user.as_str(), bob.nick.as_deref()), ("bob", None));
        assert_eq!(records.len(), 2);
    }

    #[test]
    fn headerless_lists_and_jsonl() {
        let (_, records) = read_all("alice\nbob\n");
        assert_eq!(records.len(), 2);
        assert_eq!(records[1].as_ref().unwrap().user, "bob");
        let (format, records) = read_all("{\"UserID\":\"a\",\"Nick\":\"A\"}\nnot json\n");
        assert_eq!(format, Format::Jsonl);
        assert_eq!(records[0].as_ref().unwrap().nick.as_deref(), Some("A"));
        assert!(records[1].as_ref().unwrap_err().starts_with("line 2"));
    }

    #[test]
    fn failures_are_written_in_the_input_format_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.csv");
        std::fs::write(&input, "UserID,Nick\n\"a,1\",Ann\n").unwrap();
        let mut reader = FileReader::open(&input).unwrap();
        let record = reader.next_record().unwrap().unwrap();
        let out = dir.path().join("failed.csv");
        let mut w = FailureWriter::create(&out, reader.format.clone(), false).unwrap();
        w.write(&[(record.clone(), "refused".into())]).unwrap();
        let mut back = FileReader::open(&out).unwrap();
        let again = back.next_record().unwrap().unwrap();
        assert_eq!((&again.user, &again.nick), (&record.user, &record.nick));
        // Appending for a resumed run adds no second header.
        let mut w = FailureWriter::create(&out, reader.format, true).unwrap();
        w.write(&[(again.clone(), "x".into())]).unwrap();
        assert_eq!(
            std::fs::read_to_string(&out)
                .unwrap()
                .matches("UserID")
                .count(),
            1
        );
    }

    #[test]
    fn records_are_checked_before_sending() {
        let r = |user: &str| Record {
            user: user.into(),
            nick: None,
            face_url: None,
            raw: Raw::Arg,
        };
        assert!(check_record(&r("alice"), true).is_ok());
        assert!(check_record(&r(""), true).is_err());
        assert!(check_record(&r(&"x".repeat(33)), true).is_err());
        let mut long_nick = r("a");
        long_nick.nick = Some("n".repeat(501));
        assert!(check_record(&long_nick, true).is_err());
        assert!(check_record(&long_nick, false).is_ok());
    }

    proptest! {
        #[test]
        fn any_line_parses_or_errs_without_panicking(line in "\\PC{0,200}") {
            let _ = parse_csv_record(&["UserID".into(), "Nick".into()], &line);
            let _ = parse_json_record(&line);
        }

        #[test]
        fn csv_fields_round_trip(user in "[a-z0-9_-]{1,32}", nick in "[^\\n\\r]{0,40}") {
            let line = csv_line(&[user.clone(), nick.clone()]);
            let record = parse_csv_record(&["UserID".into(), "Nick".into()], &line).unwrap();
            prop_assert_eq!(record.user, user);
            prop_assert_eq!(record.nick.unwrap_or_default(), nick.trim().to_string());
        }
    }
}
