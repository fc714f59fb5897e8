//! Tables for the human formats: borderless, fitted to the terminal, Unix times shown as
//! local time with the zone. Only [`super::Output`] renders them.

use comfy_table::{presets, ColumnConstraint, ContentArrangement, Table};
use serde_json::Value;

use super::shown_cell;

/// A borderless table: columns apart by two spaces, no frame to cost width (cells wrap only
/// past the terminal's width).
pub(super) fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic);
    table
}

/// A table as text: no padding before the first column, none after the last, lines trimmed.
pub(super) fn render_table(mut table: Table) -> String {
    for column in table.column_iter_mut() {
        column.set_padding((0, 2));
    }
    table.trim_fmt()
}

/// A borderless table with a header, fitted to `width` (default: the terminal's, when stdout
/// is one). Time columns never wrap: the other columns give way.
pub(super) fn table_text(columns: &[&str], rows: &[Vec<String>], width: Option<u16>) -> String {
    let mut table = new_table();
    table.set_header(columns.to_vec());
    for row in rows {
        table.add_row(row.clone());
    }
    if let Some(width) = width {
        table.set_width(width);
    }
    for (column, name) in table.column_iter_mut().zip(columns) {
        if TIME_KEYS.contains(name) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    render_table(table)
}

/// Keys whose integer values are Unix seconds (the service's own names): shown as local time
/// with the zone in the human formats, kept as numbers in `json`, `jsonl` and `csv`.
pub const TIME_KEYS: &[&str] = &[
    "CreateTime",
    "LastInfoTime",
    "LastMsgTime",
    "JoinTime",
    "LastSendMsgTime",
    "MuteUntil",
    "MutedUntil",
    "BannedUntil",
    "ShutUpUntil",
    "MsgTime",
    "MsgTimeStamp",
    "RequestTime",
];

/// A cell of a human table or `text` row: a time key's Unix seconds as local time with the
/// zone (0, the service's "never", stays 0), everything else as [`shown_cell`].
pub(super) fn human_cell(key: &str, v: &Value) -> String {
    match v.as_i64() {
        Some(t) if t > 0 && TIME_KEYS.contains(&key) => crate::units::local_time(t),
        _ => shown_cell(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `group info` at 80 columns: borderless, and the time stays on one line (it used to
    /// break over two).
    #[test]
    fn tables_are_borderless_and_keep_times_whole_at_80_columns() {
        let columns = [
            "GroupId",
            "Type",
            "Name",
            "Owner_Account",
            "MemberNum",
            "MaxMemberNum",
            "CreateTime",
        ];
        let time = crate::units::with_offset(1_700_000_000, 8 * 3600);
        let row: Vec<String> = [
            "@TGS#2J4SZEAEL",
            "Public",
            "Team A of the north",
            "alice",
            "1",
            "2000",
            &time,
        ]
        .map(String::from)
        .to_vec();
        let text = table_text(&columns, &[row], Some(80));
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
        assert!(text.contains(&time), "{text}");
        assert!(!text.contains(['│', '┆', '─', '═', '|']), "{text}");
        assert!(text.starts_with("GroupId"), "{text}");
    }

    #[test]
    fn time_keys_show_local_time_in_human_cells_only() {
        let t = serde_json::json!(1_700_000_000);
        assert_eq!(
            human_cell("CreateTime", &t),
            crate::units::local_time(1_700_000_000)
        );
        assert_eq!(human_cell("MuteTime", &t), "1700000000");
        assert_eq!(human_cell("LastMsgTime", &serde_json::json!(0)), "0");
    }
}
