//! Printing a listing as its pages arrive, so memory stays one page however long the listing:
//! `RowStream` for rows of one shape (lines, JSONL and CSV stream; JSON and the table print at
//! the end), `PagePrinter` for messages, which stream JSON too (one array, a message a line)
//! and have machine and human columns.

use serde_json::Value;

use crate::commands::Ctx;
use crate::error::Error;
use crate::global::OutputFormat;

/// Prints rows as they come: lines, JSONL and CSV stream; JSON and tables print at the end.
pub(crate) struct RowStream {
    columns: Vec<&'static str>,
    held: Vec<Value>,
    header_done: bool,
}

impl RowStream {
    pub fn new(columns: &[&'static str]) -> Self {
        RowStream {
            columns: columns.to_vec(),
            held: Vec::new(),
            header_done: false,
        }
    }

    pub fn push(&mut self, ctx: &mut Ctx, rows: Vec<Value>) -> Result<(), Error> {
        match ctx.out.format() {
            None | Some(OutputFormat::Text) | Some(OutputFormat::Jsonl) => {
                ctx.out.rows(&self.columns, &rows)?;
                ctx.out.flush()
            }
            Some(OutputFormat::Csv) => {
                if rows.is_empty() {
                    return Ok(());
                }
                if self.header_done {
                    let mut text = Vec::new();
                    for row in &rows {
                        let cells: Vec<String> =
                            self.columns.iter().map(|c| csv_cell(&row[*c])).collect();
                        text.push(cells.join(","));
                    }
                    ctx.out.line(&text.join("\n"))?;
                } else {
                    ctx.out.rows(&self.columns, &rows)?;
                    self.header_done = true;
                }
                ctx.out.flush()
            }
            Some(OutputFormat::Json) | Some(OutputFormat::Table) => {
                self.held.extend(rows);
                Ok(())
            }
        }
    }

    pub fn finish(self, ctx: &mut Ctx) -> Result<(), Error> {
        if matches!(ctx.out.format(), Some(OutputFormat::Json))
            || (!self.held.is_empty() && matches!(ctx.out.format(), Some(OutputFormat::Table)))
        {
            ctx.out.rows(&self.columns, &self.held)?;
        }
        Ok(())
    }
}

fn csv_cell(v: &Value) -> String {
    let s = match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Prints pages of items as they come: JSON as one streamed array (an item a line), JSONL and
/// CSV (one header) in the machine columns, text in the human ones, all at once; the human
/// table is held for the end (it needs every row to size its columns).
pub(crate) struct PagePrinter {
    format: Option<OutputFormat>,
    human_columns: &'static [&'static str],
    stream: RowStream,
    held: Vec<Value>,
    json_open: bool,
}

impl PagePrinter {
    pub fn new(
        format: Option<OutputFormat>,
        machine_columns: &'static [&'static str],
        human_columns: &'static [&'static str],
    ) -> Self {
        let columns = match format {
            Some(OutputFormat::Csv | OutputFormat::Jsonl) => machine_columns,
            _ => human_columns,
        };
        PagePrinter {
            format,
            human_columns,
            stream: RowStream::new(columns),
            held: Vec::new(),
            json_open: false,
        }
    }

    /// One page: `raw` gives an item as the service answered it, `human` its table row.
    pub fn push<T>(
        &mut self,
        ctx: &mut Ctx,
        items: &[T],
        raw: impl Fn(&T) -> Value,
        human: impl Fn(&T) -> Value,
    ) -> Result<(), Error> {
        match self.format {
            Some(OutputFormat::Json) => {
                for item in items {
                    let sep = if self.json_open { ",\n  " } else { "[\n  " };
                    self.json_open = true;
                    ctx.out.raw(sep.as_bytes())?;
                    ctx.out.raw(raw(item).to_string().as_bytes())?;
                }
                ctx.out.flush()
            }
            Some(OutputFormat::Csv | OutputFormat::Jsonl) => {
                self.stream.push(ctx, items.iter().map(raw).collect())
            }
            Some(OutputFormat::Text) => self.stream.push(ctx, items.iter().map(human).collect()),
            None | Some(OutputFormat::Table) => {
                self.held.extend(items.iter().map(human));
                Ok(())
            }
        }
    }

    pub fn finish(self, ctx: &mut Ctx) -> Result<(), Error> {
        match self.format {
            Some(OutputFormat::Json) if self.json_open => ctx.out.line("\n]"),
            Some(OutputFormat::Json) => ctx.out.line("[]"),
            None | Some(OutputFormat::Table) => ctx.out.rows(self.human_columns, &self.held),
            _ => Ok(()),
        }
    }
}
