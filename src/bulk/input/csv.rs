//! One CSV line (RFC 4180 quoting) split into fields, and what a header may name.

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

/// Writes fields as one CSV line (quoting only when needed), ending with `\n`.
pub fn join(fields: &[&[u8]], delimiter: u8, out: &mut Vec<u8>) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        let quote = field.is_empty() && fields.len() == 1
            || field
                .iter()
                .any(|&b| b == delimiter || b == b'"' || b == b'\n' || b == b'\r')
            || field.first().is_some_and(|b| b.is_ascii_whitespace())
            || field.last().is_some_and(|b| b.is_ascii_whitespace());
        if quote {
            out.push(b'"');
            for &b in *field {
                if b == b'"' {
                    out.push(b'"');
                }
                out.push(b);
            }
            out.push(b'"');
        } else {
            out.extend_from_slice(field);
        }
    }
    out.push(b'\n');
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
];

/// The column a header name stands for: case-insensitive, surrounding blanks ignored.
/// `Identifier` and `To_Account` are documented aliases of `UserID`.
pub fn column(name: &str) -> Option<Column> {
    let name = name.trim();
    let is = |known: &str| name.eq_ignore_ascii_case(known);
    // `GroupId` heads the lists of the group verbs (send, disband), whose IDs are groups.
    if is("UserID") || is("Identifier") || is("To_Account") || is("GroupId") {
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
