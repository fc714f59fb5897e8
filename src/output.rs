//! The only place that prints. stdout carries data; stderr carries status, warnings and errors.
//!
//! Every write goes through here so that `--output`, `--quiet`, `NO_COLOR` and a broken pipe on
//! stdout are handled once. A broken pipe surfaces as [`Error::BrokenPipe`], which `main`
//! turns into a quiet success.
//!
//! Text that may come from files, servers or UserSigs is shown with its control characters
//! escaped ([`printable`]) in every human form (default, `text`, `table`) and on stderr
//! (status, warnings, errors, `-v` lines), so a nick or an ErrorInfo can never move the cursor,
//! retitle the terminal or forge a line. `json`, `jsonl` and `csv` keep exact values.

use std::borrow::Cow;
use std::io::{self, BufWriter, IsTerminal, Write};

use serde_json::Value;

use crate::error::Error;
use crate::global::{ColorWhen, OutputFormat};

mod table;

pub use table::TIME_KEYS;
use table::{human_cell, new_table, render_table, table_text};

pub struct Output {
    format: Option<OutputFormat>,
    quiet: bool,
    verbose: u8,
    color_stdout: bool,
    color_stderr: bool,
    stdout: BufWriter<io::Stdout>,
}

/// ANSI colours, used only on a terminal and never with `NO_COLOR`.
#[derive(Clone, Copy)]
pub enum Tone {
    Good,
    Bad,
    Dim,
}

impl Output {
    pub fn new(format: Option<OutputFormat>, quiet: bool, verbose: u8, no_color: bool) -> Self {
        Output {
            format,
            quiet,
            verbose,
            color_stdout: !no_color && io::stdout().is_terminal(),
            color_stderr: !no_color && io::stderr().is_terminal(),
            stdout: BufWriter::with_capacity(64 * 1024, io::stdout()),
        }
    }

    /// The output of one run: colour per stream from `--color` and `NO_COLOR` ([`use_colour`]).
    pub fn for_run(
        format: Option<OutputFormat>,
        quiet: bool,
        verbose: u8,
        color: ColorWhen,
        no_color_env: bool,
    ) -> Self {
        let mut out = Output::new(format, quiet, verbose, true);
        out.color_stdout = use_colour(color, no_color_env, io::stdout().is_terminal());
        out.color_stderr = use_colour(color, no_color_env, io::stderr().is_terminal());
        out
    }

    /// A command whose natural output is not the human form (export: CSV) sets its default.
    pub fn set_format(&mut self, format: OutputFormat) {
        self.format = Some(format);
    }

    pub fn format(&self) -> Option<OutputFormat> {
        self.format
    }

    /// True when stderr is a terminal: the only place progress bars and prompts may go.
    pub fn stderr_is_terminal(&self) -> bool {
        io::stderr().is_terminal()
    }

    pub fn stdin_is_terminal(&self) -> bool {
        io::stdin().is_terminal()
    }

    /// Colours `text` for stdout when colour is on.
    pub fn paint(&self, tone: Tone, text: &str) -> String {
        paint(self.color_stdout, tone, text)
    }

    // ------------------------------------------------------------ stdout (data)

    /// One line of data.
    pub fn line(&mut self, text: &str) -> Result<(), Error> {
        self.raw(text.as_bytes())?;
        self.raw(b"\n")
    }

    /// Bytes as they are (bulk streams hand over whole, already formatted chunks).
    pub fn raw(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.stdout
            .write_all(bytes)
            .map_err(|e| Error::io("cannot write to stdout", &e))
    }

    pub fn flush(&mut self) -> Result<(), Error> {
        self.stdout
            .flush()
            .map_err(|e| Error::io("cannot write to stdout", &e))
    }

    /// One result object. `human` renders the default (and `text`) form; `table` shows it as
    /// key/value rows; `json` pretty-prints; `jsonl` prints one line; `csv` one header + one row.
    pub fn object(&mut self, value: &Value, human: impl FnOnce() -> String) -> Result<(), Error> {
        match self.format {
            None | Some(OutputFormat::Text) => {
                let text = human();
                let text = printable_block(&text, self.color_stdout);
                self.raw(text.as_bytes())?;
                if !text.ends_with('\n') {
                    self.raw(b"\n")?;
                }
                Ok(())
            }
            Some(OutputFormat::Json) => self.line(&pretty(value)),
            Some(OutputFormat::Jsonl) => self.line(&value.to_string()),
            Some(OutputFormat::Csv) => {
                let columns: Vec<String> = match value {
                    Value::Object(map) => map.keys().cloned().collect(),
                    _ => vec!["value".into()],
                };
                let cols: Vec<&str> = columns.iter().map(String::as_str).collect();
                self.csv(&cols, std::slice::from_ref(value))
            }
            Some(OutputFormat::Table) => {
                let mut table = new_table();
                if let Value::Object(map) = value {
                    for (k, v) in map {
                        table.add_row(vec![printable(k).into_owned(), human_cell(k, v)]);
                    }
                } else {
                    table.add_row(vec![shown_cell(value)]);
                }
                self.line(&render_table(table))
            }
        }
    }

    /// The result of a change that has no data of its own (kick, set, mute): the object in the
    /// machine formats (`json`, `jsonl`, `csv`), else `status` on stderr (silenced by `--quiet`),
    /// so a human run keeps stdout for data.
    pub fn done(&mut self, value: &Value, status: &str) -> Result<(), Error> {
        match self.format {
            Some(OutputFormat::Json | OutputFormat::Jsonl | OutputFormat::Csv) => {
                self.object(value, String::new)
            }
            None | Some(OutputFormat::Text | OutputFormat::Table) => {
                self.status(status);
                Ok(())
            }
        }
    }

    /// A list of result objects with the given columns (for table and csv; json keeps all fields).
    /// No rows: `[]` with `-o json`, nothing at all otherwise (no empty table, no lone CSV
    /// header); the command says why on stderr.
    pub fn rows(&mut self, columns: &[&str], rows: &[Value]) -> Result<(), Error> {
        if rows.is_empty() && self.format != Some(OutputFormat::Json) {
            return Ok(());
        }
        match self.format {
            Some(OutputFormat::Json) => self.line(&pretty(&Value::Array(rows.to_vec()))),
            Some(OutputFormat::Jsonl) => {
                for row in rows {
                    self.line(&row.to_string())?;
                }
                Ok(())
            }
            Some(OutputFormat::Csv) => self.csv(columns, rows),
            Some(OutputFormat::Text) => {
                for row in rows {
                    let fields: Vec<String> =
                        columns.iter().map(|c| human_cell(c, &row[*c])).collect();
                    self.line(&fields.join("\t"))?;
                }
                Ok(())
            }
            None | Some(OutputFormat::Table) => {
                let cells: Vec<Vec<String>> = rows
                    .iter()
                    .map(|row| columns.iter().map(|c| human_cell(c, &row[*c])).collect())
                    .collect();
                self.line(&table_text(columns, &cells, None))
            }
        }
    }

    fn csv(&mut self, columns: &[&str], rows: &[Value]) -> Result<(), Error> {
        let header: Vec<String> = columns.iter().map(|c| csv_field(c)).collect();
        self.line(&header.join(","))?;
        for row in rows {
            let fields: Vec<String> = columns.iter().map(|c| csv_field(&cell(&row[*c]))).collect();
            self.line(&fields.join(","))?;
        }
        Ok(())
    }

    // ------------------------------------------------------------ stderr (status)

    /// Progress and confirmations; silenced by `--quiet`.
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            eprint_line(&printable_block(msg, false));
        }
    }

    /// Detail for `-v`; silenced unless verbose (and always under `--quiet`).
    pub fn detail(&self, level: u8, msg: &str) {
        if !self.quiet && self.verbose >= level {
            eprint_line(&paint(self.color_stderr, Tone::Dim, &printable(msg)));
        }
    }

    pub fn warn(&self, msg: &str) {
        if !self.quiet {
            eprint_line(&format!(
                "{} {}",
                paint(self.color_stderr, Tone::Bad, "warning:"),
                printable_block(msg, false)
            ));
        }
    }

    /// One item of a multi-item command failed (`ID: ErrorCode N: reason`). An error, so it is
    /// shown even with `--quiet`. See [`crate::commands::items`] for the whole report.
    pub fn item_error(&self, id: &str, code: Option<i64>, reason: &str) {
        let code = code.map_or_else(|| "no ErrorCode".to_string(), |c| format!("ErrorCode {c}"));
        eprint_line(&format!(
            "{} {}: {code}: {}",
            paint(self.color_stderr, Tone::Bad, "error:"),
            printable(id),
            printable(reason)
        ));
    }

    /// Errors are shown even with `--quiet`.
    pub fn error(&self, err: &Error) {
        report_error(err, self.color_stderr);
    }

    /// Asks a yes/no question on the terminal. Callers check there is a terminal first.
    pub fn confirm(&self, question: &str) -> Result<bool, Error> {
        let mut stderr = io::stderr().lock();
        let _ = write!(stderr, "{question} [y/N] ");
        let _ = stderr.flush();
        let mut answer = String::new();
        io::stdin()
            .read_line(&mut answer)
            .map_err(|e| Error::io("cannot read the answer", &e))?;
        Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes" | "YES"))
    }
}

/// Whether to colour one stream: `--color always|never` decides; `auto` colours a terminal
/// unless `NO_COLOR` is set (to anything but the empty string).
pub fn use_colour(when: ColorWhen, no_color_env: bool, terminal: bool) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => terminal && !no_color_env,
    }
}

/// Prints an error (and its hint) to stderr; used by `main` before an `Output` exists too.
pub fn report_error(err: &Error, color: bool) {
    eprint_line(&format!(
        "{} {}",
        paint(color, Tone::Bad, "error:"),
        printable_error(err)
    ));
    if let Some(hint) = err.hint() {
        eprint_line(&format!(
            "{} {}",
            paint(color, Tone::Dim, "hint:"),
            printable_block(&hint, false)
        ));
    }
}

/// An error's message for a terminal, on one line: every control character escaped, the
/// server's parts (ErrorInfo, a Cloud API message) included, so no answer can forge a line.
pub fn printable_error(err: &Error) -> String {
    match err {
        Error::Api {
            endpoint,
            code,
            info,
        } => format!(
            "{}: ErrorCode {code}: {}",
            printable(endpoint),
            printable(info)
        ),
        Error::CloudApi {
            endpoint,
            code,
            message,
            request_id,
        } => {
            let mut text = format!(
                "{}: {}: {}",
                printable(endpoint),
                printable(code),
                printable(message)
            );
            if let Some(id) = request_id {
                text.push_str(&format!(" (RequestId {})", printable(id)));
            }
            text
        }
        other => printable(&other.to_string()).into_owned(),
    }
}

/// True for a character that must not reach a terminal as it is: C0 controls, DEL, C1
/// controls, and the invisible direction and line-separator marks that reorder or split text.
fn is_unprintable(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        _ => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
    }
}

/// `text` safe for a terminal on one line: every control character (newlines and tabs
/// included, ESC, DEL, C1, direction marks) escaped as `\n`, `\t`, `\r` or `\u{1b}`. Borrowed
/// when there is nothing to escape.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unprintable) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unprintable(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The colour sequences [`paint`] writes; the only escape sequences a human block may keep,
/// and only when colour is on.
const OWN_SGR: [&str; 4] = ["\x1b[0m", "\x1b[2m", "\x1b[31m", "\x1b[32m"];

/// A multi-line block of human text (composed by imctl, holding values from elsewhere): like
/// [`printable`], but its line breaks and tabs stay, and with `keep_colour` so do the colour
/// sequences imctl itself paints.
pub fn printable_block(text: &str, keep_colour: bool) -> Cow<'_, str> {
    let unsafe_char = |c: char| is_unprintable(c) && c != '\n' && c != '\t';
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if keep_colour && c == '\x1b' {
            if let Some(sgr) = OWN_SGR.iter().find(|s| rest.starts_with(**s)) {
                out.push_str(sgr);
                rest = &rest[sgr.len()..];
                continue;
            }
        }
        if unsafe_char(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// Lets clap print its own help, version and usage errors (they choose stdout or stderr).
pub fn clap_exit(err: &clap::Error) -> u8 {
    let _ = err.print();
    match err.kind() {
        clap::error::ErrorKind::DisplayHelp
        | clap::error::ErrorKind::DisplayVersion
        | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => 0,
        _ => 2,
    }
}

pub fn stderr_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stderr().is_terminal()
}

fn eprint_line(msg: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "{msg}");
}

fn paint(on: bool, tone: Tone, text: &str) -> String {
    if !on {
        return text.to_string();
    }
    let code = match tone {
        Tone::Good => "32",
        Tone::Bad => "31",
        Tone::Dim => "2",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}

/// A JSON value as a table/CSV cell: strings bare, null empty, the rest as JSON.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A cell as shown in a table or `text` row: escaped on one line.
fn shown_cell(v: &Value) -> String {
    printable(&cell(v)).into_owned()
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// `-v` detail lines that any thread may write: the REST client's observer runs on the async
/// runtime's workers, away from the `Output` the command owns. Silent under `--quiet`.
#[derive(Debug, Clone, Copy)]
pub struct DetailSink {
    level: u8,
    color: bool,
}

impl Output {
    /// A sink with this output's verbosity (0 under `--quiet`) and colour choice.
    pub fn detail_sink(&self) -> DetailSink {
        DetailSink {
            level: if self.quiet { 0 } else { self.verbose },
            color: self.color_stderr,
        }
    }
}

impl DetailSink {
    /// The verbosity: 0 quiet or normal, 1 for `-v`, 2 for `-vv`.
    pub fn level(&self) -> u8 {
        self.level
    }

    /// Writes `lines` to stderr together (no other thread's line lands between them) when
    /// the verbosity reaches `level`.
    pub fn lines(&self, level: u8, lines: &[String]) {
        if self.level < level || lines.is_empty() {
            return;
        }
        let mut stderr = io::stderr().lock();
        for line in lines {
            let _ = writeln!(stderr, "{}", paint(self.color, Tone::Dim, &printable(line)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn cells_render_scalars_plainly() {
        assert_eq!(cell(&Value::Null), "");
        assert_eq!(cell(&serde_json::json!("x")), "x");
        assert_eq!(cell(&serde_json::json!(5)), "5");
    }

    #[test]
    fn printable_escapes_every_control_character() {
        assert!(matches!(printable("alice 张三"), Cow::Borrowed(_)));
        assert_eq!(printable("a\x1b[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("a\nb\tc\rd"), "a\\nb\\tc\\rd");
        assert_eq!(printable("\u{7f}\u{9b}\u{0}"), "\\u{7f}\\u{9b}\\u{0}");
        assert_eq!(printable("x\u{202e}y\u{2066}"), "x\\u{202e}y\\u{2066}");
        assert_eq!(printable("\u{7}title"), "\\u{7}title");
    }

    #[test]
    fn blocks_keep_their_lines_and_only_imctls_own_colours() {
        assert_eq!(printable_block("a\n\tb", false), "a\n\tb");
        assert_eq!(printable_block("a\rb\x1b[31m", false), "a\\rb\\u{1b}[31m");
        let painted = paint(true, Tone::Good, "ok");
        assert_eq!(printable_block(&painted, true), painted);
        assert_eq!(printable_block(&painted, false), "\\u{1b}[32mok\\u{1b}[0m");
        assert_eq!(
            printable_block("\x1b]0;pwned\x07", true),
            "\\u{1b}]0;pwned\\u{7}"
        );
    }

    #[test]
    fn server_text_in_errors_is_escaped_on_one_line() {
        let e = Error::Api {
            endpoint: "v4/x/y".into(),
            code: 1,
            info: "bad\nerror: forged\x1b[2J".into(),
        };
        assert_eq!(
            printable_error(&e),
            "v4/x/y: ErrorCode 1: bad\\nerror: forged\\u{1b}[2J"
        );
        assert_eq!(
            printable_error(&Error::usage("two\nlines\x07")),
            "two\\nlines\\u{7}"
        );
    }

    #[test]
    fn colour_follows_the_flag_then_no_color_then_the_terminal() {
        use ColorWhen::*;
        assert!(use_colour(Always, true, false));
        assert!(!use_colour(Never, false, true));
        assert!(use_colour(Auto, false, true));
        assert!(!use_colour(Auto, true, true));
        assert!(!use_colour(Auto, false, false));
    }

    #[test]
    fn paint_is_plain_without_colour() {
        assert_eq!(paint(false, Tone::Good, "ok"), "ok");
        assert!(paint(true, Tone::Good, "ok").contains("\x1b[32m"));
    }
}
