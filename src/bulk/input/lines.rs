//! Lines of bytes from any reader: LF, CRLF and CR-only endings read the same, and a line
//! longer than [`LINE_CAP`] is skipped as it streams past, never held in memory.

use std::io::{BufRead, ErrorKind};

/// The longest line the bulk reader accepts (documented in the README): 64 KiB. A longer line
/// is a bad row; the bytes past the cap are read and dropped, so memory stays flat whatever
/// its length.
pub const LINE_CAP: usize = 64 * 1024;

/// The UTF-8 byte-order mark, dropped from the start of the input.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One physical line, without its ending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Text {
        no: u64,
        bytes: Vec<u8>,
    },
    /// Longer than the cap: only its length was counted.
    TooLong {
        no: u64,
        len: u64,
    },
}

impl Line {
    pub fn no(&self) -> u64 {
        match self {
            Line::Text { no, .. } | Line::TooLong { no, .. } => *no,
        }
    }
}

pub struct Lines<R> {
    inner: R,
    no: u64,
    /// The previous line ended with CR: a LF right after it belongs to that ending.
    after_cr: bool,
    cap: usize,
    /// Bytes consumed so far (for the checkpoint's view of progress).
    pub offset: u64,
}

impl<R: BufRead> Lines<R> {
    pub fn new(inner: R) -> Self {
        Self::with_cap(inner, LINE_CAP)
    }

    pub fn with_cap(inner: R, cap: usize) -> Self {
        Lines {
            inner,
            no: 0,
            after_cr: false,
            cap,
            offset: 0,
        }
    }

    /// The next line, `None` at the end, or the read error.
    pub fn next_line(&mut self) -> Option<std::io::Result<Line>> {
        let mut bytes = Vec::new();
        let mut len: u64 = 0;
        let mut any = false;
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Some(Err(e)),
            };
            if buf.is_empty() {
                if !any {
                    return None;
                }
                break;
            }
            let mut start = 0;
            if self.after_cr {
                self.after_cr = false;
                if buf[0] == b'\n' {
                    start = 1;
                }
            }
            let rest = &buf[start..];
            if rest.is_empty() {
                self.inner.consume(start);
                self.offset += start as u64;
                continue;
            }
            any = true;
            match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
                Some(i) => {
                    take(self.cap, &mut bytes, &mut len, &rest[..i]);
                    self.after_cr = rest[i] == b'\r';
                    let used = start + i + 1;
                    self.inner.consume(used);
                    self.offset += used as u64;
                    break;
                }
                None => {
                    let n = buf.len();
                    take(self.cap, &mut bytes, &mut len, rest);
                    self.inner.consume(n);
                    self.offset += n as u64;
                }
            }
        }
        self.no += 1;
        let no = self.no;
        // A file saved by Excel (and many Windows editors) starts with a UTF-8 byte-order
        // mark: it is not part of the first field.
        if no == 1 && bytes.starts_with(BOM) {
            bytes.drain(..BOM.len());
            len -= BOM.len() as u64;
        }
        Some(Ok(if len > self.cap as u64 {
            Line::TooLong { no, len }
        } else {
            Line::Text { no, bytes }
        }))
    }
}

/// Keeps `chunk` while the line is within `cap`; past it, drops what was kept and only counts.
fn take(cap: usize, bytes: &mut Vec<u8>, len: &mut u64, chunk: &[u8]) {
    *len += chunk.len() as u64;
    if *len <= cap as u64 {
        bytes.extend_from_slice(chunk);
    } else if !bytes.is_empty() {
        *bytes = Vec::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8], cap: usize) -> Vec<Line> {
        // A tiny buffer so line endings and the cap fall across buffer edges.
        let reader = std::io::BufReader::with_capacity(3, input);
        let mut lines = Lines::with_cap(reader, cap);
        let mut out = Vec::new();
        while let Some(line) = lines.next_line() {
            out.push(line.unwrap());
        }
        out
    }

    fn texts(input: &[u8]) -> Vec<Vec<u8>> {
        all(input, 1000)
            .into_iter()
            .map(|l| match l {
                Line::Text { bytes, .. } => bytes,
                Line::TooLong { .. } => panic!("too long"),
            })
            .collect()
    }

    #[test]
    fn every_line_ending_reads_the_same() {
        let want: Vec<Vec<u8>> = vec![b"a".to_vec(), b"bb".to_vec(), b"".to_vec(), b"c".to_vec()];
        assert_eq!(texts(b"a\nbb\n\nc\n"), want);
        assert_eq!(texts(b"a\r\nbb\r\n\r\nc\r\n"), want);
        assert_eq!(texts(b"a\rbb\r\rc\r"), want);
        assert_eq!(texts(b"a\rbb\r\rc"), want);
        assert_eq!(texts(b""), Vec::<Vec<u8>>::new());
    }

    #[test]
    fn a_byte_order_mark_is_dropped_from_the_first_line_only() {
        assert_eq!(
            texts(b"\xEF\xBB\xBFUserID\r\n\xEF\xBB\xBFa\r\n"),
            vec![b"UserID".to_vec(), b"\xEF\xBB\xBFa".to_vec()]
        );
    }

    #[test]
    fn a_long_line_is_counted_not_held() {
        let mut input = b"ok\n".to_vec();
        input.extend(vec![b'x'; 50]);
        input.extend_from_slice(b"\r\nafter");
        let lines = all(&input, 10);
        assert_eq!(
            lines,
            vec![
                Line::Text {
                    no: 1,
                    bytes: b"ok".to_vec()
                },
                Line::TooLong { no: 2, len: 50 },
                Line::Text {
                    no: 3,
                    bytes: b"after".to_vec()
                },
            ]
        );
    }
}
