//! The failures file: every row that did not succeed, in the input's own format with an
//! `Error` and `ErrorCode` column (CSV) or field (JSONL), so it can be fixed and fed back
//! as-is. A plain ID list (or arguments) gives a CSV with the header `UserID,Error,ErrorCode`.

use serde_json::{json, Value};

use super::input::csv::join;
use super::input::{BadRow, Format, Raw, Record};

/// Why one row failed.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub line: u64,
    /// The UserID, when the row had one.
    pub user: Option<String>,
    /// The service's ErrorCode (or ResultCode), when it answered one.
    pub code: Option<i64>,
    pub reason: String,
}

/// Turns failed records and bad rows into failures-file bytes.
pub struct FailureFormat {
    format: Format,
    /// The ID column of a plain list's failures file: `UserID`, or `GroupId` for group verbs.
    id_column: &'static str,
}

const ERROR: &str = "Error";
const ERROR_CODE: &str = "ErrorCode";

impl FailureFormat {
    pub fn new(format: Format, id_column: &'static str) -> Self {
        FailureFormat { format, id_column }
    }

    /// The header line (CSV) written once at the top of a new file.
    pub fn header(&self) -> Vec<u8> {
        let mut out = Vec::new();
        match &self.format {
            Format::Csv {
                header, delimiter, ..
            } => {
                let cols = self.csv_columns(header);
                let refs: Vec<&[u8]> = cols.iter().map(|c| c.as_bytes()).collect();
                join(&refs, *delimiter, &mut out);
            }
            Format::Ids | Format::Args => join(
                &[
                    self.id_column.as_bytes(),
                    ERROR.as_bytes(),
                    ERROR_CODE.as_bytes(),
                ],
                b',',
                &mut out,
            ),
            Format::Jsonl => {}
        }
        out
    }

    fn csv_columns(&self, header: &[String]) -> Vec<String> {
        let mut cols = header.to_vec();
        for extra in [ERROR, ERROR_CODE] {
            if !cols.iter().any(|c| c.trim().eq_ignore_ascii_case(extra)) {
                cols.push(extra.into());
            }
        }
        cols
    }

    fn position(header: &[String], name: &str) -> Option<usize> {
        header
            .iter()
            .position(|c| c.trim().eq_ignore_ascii_case(name))
    }

    /// One failed record.
    pub fn record(&self, record: &Record, code: Option<i64>, reason: &str, out: &mut Vec<u8>) {
        let code_text = code.map(|c| c.to_string()).unwrap_or_default();
        match (&self.format, &record.raw) {
            (
                Format::Csv {
                    header, delimiter, ..
                },
                Raw::Csv(fields),
            ) => {
                let mut row: Vec<&[u8]> = fields.iter().map(Vec::as_slice).collect();
                for (name, value) in [(ERROR, reason), (ERROR_CODE, code_text.as_str())] {
                    match Self::position(header, name) {
                        Some(i) if i < row.len() => row[i] = value.as_bytes(),
                        _ => row.push(value.as_bytes()),
                    }
                }
                join(&row, *delimiter, out);
            }
            (_, Raw::Json(map)) => {
                let mut map = map.clone();
                map.insert(ERROR.into(), json!(reason));
                map.insert(ERROR_CODE.into(), code.map_or(Value::Null, |c| json!(c)));
                out.extend_from_slice(Value::Object(map).to_string().as_bytes());
                out.push(b'\n');
            }
            _ => join(
                &[
                    record.user.as_bytes(),
                    reason.as_bytes(),
                    code_text.as_bytes(),
                ],
                b',',
                out,
            ),
        }
    }

    /// One row that could not be read: its bytes as they were (so nothing is lost), with the
    /// reason where the format has room for it.
    pub fn bad_row(&self, bad: &BadRow, reason: &str, out: &mut Vec<u8>) {
        match (&self.format, &bad.bytes) {
            (
                Format::Csv {
                    header, delimiter, ..
                },
                bytes,
            ) => {
                let fill = self.csv_columns(header).len();
                match bytes {
                    Some(bytes) => {
                        // Copied as read; the reason follows as two more fields.
                        out.extend_from_slice(bytes);
                        out.push(*delimiter);
                        join(&[reason.as_bytes(), b""], *delimiter, out);
                    }
                    None => {
                        let mut row: Vec<&[u8]> = vec![b""; fill];
                        row[fill - 2] = reason.as_bytes();
                        join(&row, *delimiter, out);
                    }
                }
            }
            (Format::Jsonl, Some(bytes)) => {
                out.extend_from_slice(bytes);
                out.push(b'\n');
            }
            (Format::Jsonl, None) => {
                let line = json!({"Line": bad.line, ERROR: reason});
                out.extend_from_slice(line.to_string().as_bytes());
                out.push(b'\n');
            }
            (_, bytes) => join(
                &[bytes.as_deref().unwrap_or(b""), reason.as_bytes(), b""],
                b',',
                out,
            ),
        }
    }
}
