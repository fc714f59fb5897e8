//! One CSV line (RFC 4180 quoting) split into fields, one written, and what a header may name.
//!
//! Writing goes through the `csv` crate. Reading stays hand-written because the crate cannot
//! do what the bulk reader promises: it accepts `"open` (an unterminated quote) and `"a"b`
//! (text after a closing quote) silently, where a row must be refused with its reason; it
//! reads a quoted line break as part of the field, where a row must stay one line (bad rows
//! are copied byte for byte into the failures file); and it holds a whole record in memory,
//! where a line over the 64 KiB cap must be read past without being held (`lines.rs`).

use crate::domain::profile_fields;

/// Why a line is not CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvError {
    /// A quoted field is still open at the end of the line.
    Unterminated,
    /// Something other than a delimiter follows a closing quote.
    AfterQuote,
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CsvError::Unterminated => {
                "unterminated quote (a quoted field is still open at the end of the line)"
            }
            CsvError::AfterQuote => {
                "text after a closing quote (write a quote inside a quoted field as \"\")"
            }
        })
    }
}

/// Splits one line; quoted fields may hold the delimiter and `""` for a quote.
pub fn split(line: &[u8], delimiter: u8) -> Result<Vec<Vec<u8>>, CsvError> {
    let mut fields = Vec::new();
    let mut field = Vec::new();
    let mut i = 0;
    let mut at_start = true;
    loop {
        if at_start {
            // Leading blanks before an opening quote are allowed.
            let mut j = i;
            while j < line.len() && (line[j] == b' ' || line[j] == b'\t') && line[j] != delimiter {
                j += 1;
            }
            if j < line.len() && line[j] == b'"' {
                i = j + 1;
                loop {
                    match line.get(i) {
                        None => return Err(CsvError::Unterminated),
                        Some(b'"') if line.get(i + 1) == Some(&b'"') => {
                            field.push(b'"');
                            i += 2;
                        }
                        Some(b'"') => {
                            i += 1;
                            break;
                        }
                        Some(&b) => {
                            field.push(b);
                            i += 1;
                        }
                    }
                }
                while i < line.len()
                    && (line[i] == b' ' || line[i] == b'\t')
                    && line[i] != delimiter
                {
                    i += 1;
                }
                match line.get(i) {
                    None => {
                        fields.push(std::mem::take(&mut field));
                        return Ok(fields);
                    }
                    Some(&b) if b == delimiter => {
                        fields.push(std::mem::take(&mut field));
                        i += 1;
                        continue;
                    }
                    Some(_) => return Err(CsvError::AfterQuote),
                }
            }
            at_start = false;
        }
        match line.get(i) {
            None => {
                fields.push(std::mem::take(&mut field));
                return Ok(fields);
            }
            Some(&b) if b == delimiter => {
                fields.push(std::mem::take(&mut field));
                at_start = true;
                i += 1;
            }
            Some(&b) => {
                field.push(b);
                i += 1;
            }
        }
    }
}

/// Writes fields as one CSV line, ending with `\n`, through the `csv` crate: quotes only when
/// needed (a delimiter, a quote, a line break, or a lone empty field, which would otherwise
/// read as a blank line), a quote doubled.
pub fn join(fields: &[&[u8]], delimiter: u8, out: &mut Vec<u8>) {
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::Any(b'\n'))
        .quote_style(::csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    // Writing into a Vec cannot fail.
    let _ = writer.write_record(fields);
    if let Ok(bytes) = writer.into_inner() {
        out.extend_from_slice(&bytes);
    }
}

/// What a column of a bulk input means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    UserId,
    Nick,
    FaceUrl,
    /// Known (written by `account export`, `check`, `state` or a failures file) but not read.
    Other,
}

/// The columns imctl itself writes besides the profile tags, and the documented aliases.
const OTHER_COLUMNS: &[&str] = &[
    "Error",
    "ErrorCode",
    "ErrorInfo",
    "ResultCode",
    "ResultInfo",
    "AccountStatus",
    "Status",
    "Detail",
    // `friend import` pairs: the user whose list it is, and the friend's fields.
    "From_Account",
    "Remark",
    "Group",
    "AddTime",
    "AddSource",
    // `group members import`'s columns besides the member.
    "Role",
    "JoinTime",
    "UnreadMsgNum",
];

/// The column a header name stands for: case-insensitive, surrounding blanks ignored.
/// `Identifier` and `To_Account` are documented aliases of `UserID`.
pub fn column(name: &str) -> Option<Column> {
    let name = name.trim();
    let is = |known: &str| name.eq_ignore_ascii_case(known);
    // `GroupId` heads the lists of the group verbs (send, disband), whose IDs are groups.
    if is("UserID") || is("Identifier") || is("To_Account") || is("GroupId") || is("Member_Account")
    {
        return Some(Column::UserId);
    }
    if is("Nick") {
        return Some(Column::Nick);
    }
    if is("FaceUrl") {
        return Some(Column::FaceUrl);
    }
    if OTHER_COLUMNS.iter().any(|k| is(k)) {
        return Some(Column::Other);
    }
    if profile_fields::STANDARD.iter().any(|f| is(f.tag)) || profile_fields::kind(name).is_some() {
        return Some(Column::Other);
    }
    None
}

/// The known column names, for the error that lists them.
pub fn known_columns() -> String {
    let mut names = vec![
        "UserID (or Identifier, To_Account; GroupId for group verbs)",
        "Nick",
        "FaceUrl",
    ];
    names.extend(OTHER_COLUMNS);
    names.extend(profile_fields::STANDARD.iter().map(|f| f.tag));
    names.push("Tag_Profile_Custom_*");
    names.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(line: &str) -> Result<Vec<String>, CsvError> {
        split(line.as_bytes(), b',').map(|f| {
            f.into_iter()
                .map(|b| String::from_utf8(b).unwrap())
                .collect()
        })
    }

    #[test]
    fn rfc4180_quoting() {
        assert_eq!(s("a,b").unwrap(), ["a", "b"]);
        assert_eq!(
            s("\"a,1\",\"say \"\"hi\"\"\"").unwrap(),
            ["a,1", "say \"hi\""]
        );
        assert_eq!(s("a,").unwrap(), ["a", ""]);
        assert_eq!(s("").unwrap(), [""]);
        assert_eq!(s("ab\"c,d").unwrap(), ["ab\"c", "d"]);
        assert_eq!(s("\"open,x"), Err(CsvError::Unterminated));
        assert_eq!(s("\"a\"b,c"), Err(CsvError::AfterQuote));
    }

    #[test]
    fn join_round_trips() {
        for fields in [
            vec!["a", "b"],
            vec!["a,1", "say \"hi\""],
            vec![" x ", ""],
            vec![""],
        ] {
            let bytes: Vec<&[u8]> = fields.iter().map(|f| f.as_bytes()).collect();
            let mut out = Vec::new();
            join(&bytes, b',', &mut out);
            out.pop();
            assert_eq!(s(std::str::from_utf8(&out).unwrap()).unwrap(), fields);
        }
    }

    proptest::proptest! {
        /// What the crate writes, the hand-written reader reads back field for field.
        #[test]
        fn written_lines_split_back(
            fields in proptest::collection::vec("[a-z ,;\"\t]{0,8}", 1..6),
            semicolon in proptest::bool::ANY,
        ) {
            let delimiter = if semicolon { b';' } else { b',' };
            let bytes: Vec<&[u8]> = fields.iter().map(|f| f.as_bytes()).collect();
            let mut out = Vec::new();
            join(&bytes, delimiter, &mut out);
            proptest::prop_assert_eq!(out.pop(), Some(b'\n'));
            let back: Vec<String> = split(&out, delimiter)
                .unwrap()
                .into_iter()
                .map(|b| String::from_utf8(b).unwrap())
                .collect();
            proptest::prop_assert_eq!(back, fields);
        }
    }

    #[test]
    fn header_names() {
        assert_eq!(column("userid"), Some(Column::UserId));
        assert_eq!(column(" NICK "), Some(Column::Nick));
        assert_eq!(column("Tag_Profile_IM_Gender"), Some(Column::Other));
        assert_eq!(column("Tag_Profile_Custom_Hobby"), Some(Column::Other));
        assert_eq!(column("ErrorCode"), Some(Column::Other));
        assert_eq!(column("Nickname"), None);
        assert_eq!(column("alice"), None);
    }
}
