//! The bulk input: CSV with a header, JSONL, a plain list of UserIDs (one a line), or the
//! command line's arguments. Read as a stream of typed [`Record`]s with their line numbers;
//! a row that cannot be read is a [`BadRow`] naming its line and the reason, and the rest of
//! the input goes on.
//!
//! Header rules: the first non-blank line is a header when any of its fields is a known column
//! name ([`csv::column`]). An unknown column in a header, several comma-separated columns and
//! no header, or a first line that only makes sense split by `;` or a tab are usage errors,
//! found before anything is sent.

pub mod csv;
pub mod lines;

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use self::csv::{column, known_columns, split, Column, CsvError};
use self::lines::{Line, Lines, LINE_CAP};
use crate::error::Error;

/// A quoted field may run over at most this many extra lines before the row is called
/// unterminated (and the lines after it are read as rows again).
const MAX_SPAN: usize = 8;

/// One record of the input, as the command will send it.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// 1-based line number in the file (or argument position).
    pub line: u64,
    pub user: String,
    pub nick: Option<String>,
    pub face_url: Option<String>,
    /// The record as it came, for the failures file.
    pub raw: Raw,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    Csv(Vec<Vec<u8>>),
    Json(Map<String, Value>),
    /// A line of a plain ID list, or an argument.
    Id,
}

/// A row that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct BadRow {
    pub line: u64,
    pub reason: String,
    /// The line(s) as read, to copy into the failures file; `None` when too long to keep.
    pub bytes: Option<Vec<u8>>,
}

/// What the reader yields.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Record(Record),
    Bad(BadRow),
}

/// The input's format, which the failures file repeats.
#[derive(Debug, Clone, PartialEq)]
pub enum Format {
    /// CSV with this header (as written) and delimiter.
    Csv {
        header: Vec<String>,
        delimiter: u8,
        user: usize,
        nick: Option<usize>,
        face_url: Option<usize>,
    },
    Jsonl,
    /// One UserID a line, no header.
    Ids,
    /// Command-line arguments.
    Args,
}

impl Format {
    /// Whether the input can carry Nick/FaceUrl: a CSV header naming them, or JSONL (per
    /// record). Plain lists and arguments never do.
    pub fn has_profile_columns(&self) -> bool {
        match self {
            Format::Csv { nick, face_url, .. } => nick.is_some() || face_url.is_some(),
            Format::Jsonl => true,
            Format::Ids | Format::Args => false,
        }
    }
}

/// A stream of records.
pub struct Input {
    /// How to name the input in messages (`users.csv`, `-` for stdin, `arguments`).
    pub name: String,
    pub path: Option<PathBuf>,
    pub format: Format,
    source: Source,
    /// Data rows seen (records and bad rows), header excluded.
    pub rows: u64,
}

enum Source {
    File {
        lines: Lines<Box<dyn BufRead + Send>>,
        pending: VecDeque<Line>,
    },
    Args(std::vec::IntoIter<(u64, String)>),
}

/// `--delimiter` values: `,` `;` `tab` (or a literal tab) `|`.
pub fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "," => Ok(b','),
        ";" => Ok(b';'),
        "|" => Ok(b'|'),
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => Err(format!(
            "`{text}` is not a supported delimiter: use , ; | or tab"
        )),
    }
}

fn delimiter_name(d: u8) -> &'static str {
    match d {
        b';' => "';'",
        b'\t' => "tab",
        b'|' => "'|'",
        _ => "','",
    }
}

impl Input {
    /// Records from the command line, numbered by position.
    pub fn args(users: &[String]) -> Input {
        let list: Vec<(u64, String)> = users
            .iter()
            .enumerate()
            .map(|(i, u)| (i as u64 + 1, u.clone()))
            .collect();
        Input {
            name: "arguments".into(),
            path: None,
            format: Format::Args,
            source: Source::Args(list.into_iter()),
            rows: 0,
        }
    }

    /// Opens a file (`-` for stdin) and reads its first line to find the format.
    pub fn open(path: &Path, delimiter: Option<u8>) -> Result<Input, Error> {
        let name = path.display().to_string();
        let reader: Box<dyn BufRead + Send> = if path.as_os_str() == "-" {
            Box::new(BufReader::with_capacity(256 * 1024, std::io::stdin()))
        } else {
            let file = File::open(path).map_err(|e| Error::unreadable(&name, &e))?;
            if file.metadata().is_ok_and(|m| m.is_dir()) {
                return Err(Error::usage(format!("{name}: Is a directory")));
            }
            Box::new(BufReader::with_capacity(256 * 1024, file))
        };
        Self::from_reader(name, Some(path.to_path_buf()), reader, delimiter)
    }

    pub fn from_reader(
        name: String,
        path: Option<PathBuf>,
        reader: Box<dyn BufRead + Send>,
        delimiter: Option<u8>,
    ) -> Result<Input, Error> {
        let mut lines = Lines::new(reader);
        let mut pending = VecDeque::new();
        let mut format = Format::Ids;
        loop {
            let line = match lines.next_line() {
                None => break,
                Some(Err(e)) => return Err(Error::unreadable(&name, &e)),
                Some(Ok(line)) => line,
            };
            let Line::Text { no, bytes } = &line else {
                // A first line over the cap cannot be a header: a bad row of a plain list.
                pending.push_back(line);
                break;
            };
            if is_blank(bytes) {
                continue;
            }
            if let Some(found) = detect(&name, *no, bytes, delimiter)? {
                format = found;
            }
            if !matches!(format, Format::Csv { .. }) {
                pending.push_back(line);
            }
            break;
        }
        Ok(Input {
            name,
            path,
            format,
            source: Source::File { lines, pending },
            rows: 0,
        })
    }

    /// `FILE:LINE`, how messages name a row.
    pub fn at(&self, line: u64) -> String {
        match self.format {
            Format::Args => format!("argument {line}"),
            _ => format!("{}:{line}", self.name),
        }
    }

    /// The next record or bad row; `Err` is a read error that ends the input.
    pub fn next_item(&mut self) -> Option<Result<Item, String>> {
        let item = match &mut self.source {
            Source::Args(list) => list.next().map(|(line, user)| {
                Ok(Item::Record(Record {
                    line,
                    user,
                    nick: None,
                    face_url: None,
                    raw: Raw::Id,
                }))
            }),
            Source::File { lines, pending } => loop {
                let line = match pending.pop_front() {
                    Some(line) => line,
                    None => match lines.next_line() {
                        None => break None,
                        Some(Err(e)) => break Some(Err(format!("cannot read {}: {e}", self.name))),
                        Some(Ok(line)) => line,
                    },
                };
                let (no, bytes) = match line {
                    Line::TooLong { no, len } => {
                        break Some(Ok(Item::Bad(BadRow {
                            line: no,
                            reason: format!(
                                "the line is {len} bytes, longer than the {} KiB line limit",
                                LINE_CAP / 1024
                            ),
                            bytes: None,
                        })))
                    }
                    Line::Text { no, bytes } => (no, bytes),
                };
                if is_blank(&bytes) {
                    continue;
                }
                break Some(Ok(read_row(&self.format, no, bytes, lines, pending)));
            },
        };
        if matches!(item, Some(Ok(_))) {
            self.rows += 1;
        }
        item
    }
}

fn is_blank(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_whitespace)
}

/// Finds the format from the first non-blank line: `Some(Csv)` when it is a header (consumed),
/// `Some(Jsonl)`, or `None` for a plain ID list.
fn detect(
    name: &str,
    no: u64,
    bytes: &[u8],
    delimiter: Option<u8>,
) -> Result<Option<Format>, Error> {
    let trimmed = bytes.trim_ascii_start();
    if delimiter.is_none() && trimmed.first() == Some(&b'{') {
        return Ok(Some(Format::Jsonl));
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Ok(None);
    };
    let delim = delimiter.unwrap_or(b',');
    let names = |d: u8| -> Vec<String> {
        split(text.as_bytes(), d)
            .map(|f| {
                f.into_iter()
                    .map(|b| String::from_utf8_lossy(&b).trim().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let fields = names(delim);
    if fields.iter().any(|f| column(f).is_some()) {
        return header(name, no, fields, delim).map(Some);
    }
    if delimiter.is_none() {
        for other in [b';', b'\t'] {
            let alt = names(other);
            if alt.len() > 1 && alt.iter().any(|f| column(f).is_some()) {
                return Err(Error::usage(format!(
                    "{name}:{no}: the header looks separated by {} ({}); pass --delimiter {} to read it",
                    delimiter_name(other),
                    alt.join(", "),
                    if other == b'\t' { "tab" } else { "';'" }
                )));
            }
        }
    }
    if fields.len() > 1 {
        return Err(Error::usage(format!(
            "{name}:{no}: {} columns and no header; add a header: UserID,Nick,FaceUrl",
            fields.len()
        )));
    }
    Ok(None)
}

fn header(name: &str, no: u64, fields: Vec<String>, delimiter: u8) -> Result<Format, Error> {
    let (mut user, mut nick, mut face_url) = (None, None, None);
    for (i, field) in fields.iter().enumerate() {
        let slot = match column(field) {
            None => {
                return Err(Error::usage(format!(
                    "{name}:{no}: unknown column `{field}`; known columns: {}",
                    known_columns()
                )))
            }
            Some(Column::UserId) => &mut user,
            Some(Column::Nick) => &mut nick,
            Some(Column::FaceUrl) => &mut face_url,
            Some(Column::Other) => continue,
        };
        if slot.replace(i).is_some() {
            return Err(Error::usage(format!(
                "{name}:{no}: the header names `{field}` twice"
            )));
        }
    }
    let Some(user) = user else {
        return Err(Error::usage(format!(
            "{name}:{no}: the header has no UserID column ({})",
            fields.join(",")
        )));
    };
    Ok(Format::Csv {
        header: fields,
        delimiter,
        user,
        nick,
        face_url,
    })
}

fn bad(line: u64, reason: impl Into<String>, bytes: Vec<u8>) -> Item {
    Item::Bad(BadRow {
        line,
        reason: reason.into(),
        bytes: Some(bytes),
    })
}

/// Reads one row starting at line `no`; a quoted field that runs over the line end pulls in
/// (at most [`MAX_SPAN`]) following lines to find where it closes, so that the whole row is
/// one bad row rather than fragments read as records.
fn read_row<R: BufRead>(
    format: &Format,
    no: u64,
    bytes: Vec<u8>,
    lines: &mut Lines<R>,
    pending: &mut VecDeque<Line>,
) -> Item {
    if std::str::from_utf8(&bytes).is_err() {
        return bad(no, "the line is not UTF-8 text", bytes);
    }
    let (delimiter, quoted) = match format {
        Format::Csv { delimiter, .. } => (*delimiter, true),
        // A plain list: the line is the ID, unless it is written as one quoted field.
        Format::Ids => (b'\n', bytes.trim_ascii_start().first() == Some(&b'"')),
        Format::Jsonl | Format::Args => (b',', false),
    };
    if matches!(format, Format::Jsonl) {
        return json_row(no, bytes);
    }
    if !quoted {
        let user = String::from_utf8_lossy(&bytes).trim().to_string();
        return Item::Record(Record {
            line: no,
            user,
            nick: None,
            face_url: None,
            raw: Raw::Id,
        });
    }
    let fields = match split(&bytes, delimiter) {
        Ok(fields) => fields,
        Err(CsvError::Unterminated) => return unterminated(no, bytes, delimiter, lines, pending),
        Err(e) => return bad(no, e.to_string(), bytes),
    };
    csv_row(format, no, fields, bytes)
}

fn unterminated<R: BufRead>(
    no: u64,
    bytes: Vec<u8>,
    delimiter: u8,
    lines: &mut Lines<R>,
    pending: &mut VecDeque<Line>,
) -> Item {
    // Look ahead for the line that closes the quote.
    let mut joined = bytes.clone();
    for k in 0..MAX_SPAN {
        if pending.len() <= k {
            match lines.next_line() {
                Some(Ok(line)) => pending.push_back(line),
                _ => break,
            }
        }
        let Some(Line::Text {
            no: last,
            bytes: next,
        }) = pending.get(k)
        else {
            break;
        };
        if joined.len() + next.len() > LINE_CAP {
            break;
        }
        joined.push(b'\n');
        joined.extend_from_slice(next);
        if split(&joined, delimiter).is_ok() {
            let last = *last;
            pending.drain(..=k);
            return bad(
                no,
                format!(
                    "a quoted field spans lines {no}-{last}; line breaks inside a field are not accepted"
                ),
                joined,
            );
        }
    }
    bad(no, CsvError::Unterminated.to_string(), bytes)
}

fn csv_row(format: &Format, no: u64, fields: Vec<Vec<u8>>, bytes: Vec<u8>) -> Item {
    let Format::Csv {
        header,
        user,
        nick,
        face_url,
        ..
    } = format
    else {
        // A quoted line of a plain list: one field.
        if fields.len() != 1 {
            return bad(no, "more than one field in a list of UserIDs", bytes);
        }
        let user = String::from_utf8_lossy(&fields[0]).trim().to_string();
        return Item::Record(Record {
            line: no,
            user,
            nick: None,
            face_url: None,
            raw: Raw::Id,
        });
    };
    if fields.len() != header.len() {
        return bad(
            no,
            format!(
                "{} field(s) where the header has {}",
                fields.len(),
                header.len()
            ),
            bytes,
        );
    }
    let get = |i: Option<usize>| {
        i.map(|i| String::from_utf8_lossy(&fields[i]).trim().to_string())
            .filter(|s| !s.is_empty())
    };
    Item::Record(Record {
        line: no,
        user: get(Some(*user)).unwrap_or_default(),
        nick: get(*nick),
        face_url: get(*face_url),
        raw: Raw::Csv(fields),
    })
}

fn json_row(no: u64, bytes: Vec<u8>) -> Item {
    let value: Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => return bad(no, format!("not JSON: {e}"), bytes),
    };
    let Value::Object(map) = value else {
        return bad(no, "not a JSON object", bytes);
    };
    let text = |key: &str| -> Result<Option<String>, String> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(format!("\"{key}\" must be a string, not {other}")),
        }
    };
    // The UserID, or one of its documented aliases as in a CSV header (`message import` lines
    // are importmsg bodies: their ID is `To_Account`; the group imports' lines are keyed by
    // `GroupId`, `Member_Account` or the sender, `From_Account`).
    let id = || -> Result<Option<String>, String> {
        for key in [
            "UserID",
            "Identifier",
            "To_Account",
            "GroupId",
            "Member_Account",
            "From_Account",
        ] {
            if let Some(id) = text(key)? {
                return Ok(Some(id));
            }
        }
        Ok(None)
    };
    let fields = (|| Ok::<_, String>((id()?, text("Nick")?, text("FaceUrl")?)))();
    match fields {
        Err(reason) => bad(no, reason, bytes),
        Ok((None, _, _)) => bad(
            no,
            "no \"UserID\" string (nor To_Account, GroupId, Member_Account, From_Account)",
            bytes,
        ),
        Ok((Some(user), nick, face_url)) => Item::Record(Record {
            line: no,
            user,
            nick,
            face_url,
            raw: Raw::Json(map),
        }),
    }
}

/// Data rows of a file (non-blank lines after the header), for a progress total. A plain
/// byte scan: cheap next to sending the rows.
pub fn count_rows(path: &Path, has_header: bool) -> Option<u64> {
    let file = File::open(path).ok()?;
    let mut lines = Lines::new(BufReader::with_capacity(256 * 1024, file));
    let mut n = 0u64;
    while let Some(line) = lines.next_line() {
        match line.ok()? {
            Line::Text { bytes, .. } if is_blank(&bytes) => {}
            _ => n += 1,
        }
    }
    Some(if has_header { n.saturating_sub(1) } else { n })
}

#[cfg(test)]
mod tests;
