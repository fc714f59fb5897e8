//! A horizontal bar chart for a terminal: one row per day, as wide as the terminal, in Unicode
//! eighth-blocks or plain ASCII.

/// The glyphs a chart is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyphs {
    Unicode,
    Ascii,
}

/// Eighths of a cell, from one to eight.
const EIGHTHS: [char; 8] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];

/// Draws `rows` (label, value) as bars scaled to the largest value, each line at most `width`
/// columns. Labels are left-aligned, values right-aligned after the bar.
pub fn bars(title: &str, rows: &[(String, u64)], width: usize, glyphs: Glyphs) -> String {
    let label_width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0);
    let value_width = max.to_string().len();
    // label, space, bar, space, value
    let bar_width = width.saturating_sub(label_width + value_width + 2).max(10);
    let mut out = vec![title.to_string()];
    for (label, value) in rows {
        let bar = bar(*value, max, bar_width, glyphs);
        out.push(format!(
            "{label:<label_width$} {bar:<bar_width$} {value:>value_width$}"
        ));
    }
    out.join("\n")
}

/// One bar of `value` on a scale where `max` fills `width` cells.
fn bar(value: u64, max: u64, width: usize, glyphs: Glyphs) -> String {
    if max == 0 || value == 0 {
        return String::new();
    }
    // A non-zero value never looks like zero.
    let eighths = ((u128::from(value) * (width as u128) * 8 / u128::from(max)) as usize).max(1);
    match glyphs {
        Glyphs::Ascii => "#".repeat(eighths.div_ceil(8)),
        Glyphs::Unicode => {
            let mut s = EIGHTHS[7].to_string().repeat(eighths / 8);
            if !eighths.is_multiple_of(8) {
                s.push(EIGHTHS[eighths % 8 - 1]);
            }
            s
        }
    }
}

/// The narrowest and widest charts drawn, whatever the terminal says.
const MIN_WIDTH: usize = 40;
const MAX_WIDTH: usize = 200;

/// The width to draw to: `$COLUMNS` when set to a number (the shell's own idea, and how a
/// script asks for a width), else stdout's terminal width, else 80; kept within 40..=200.
pub fn width(columns: Option<&str>) -> usize {
    let from_env = columns.and_then(|c| c.trim().parse::<usize>().ok());
    let from_terminal =
        || terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0));
    from_env
        .filter(|w| *w > 0)
        .or_else(from_terminal)
        .unwrap_or(80)
        .clamp(MIN_WIDTH, MAX_WIDTH)
}

/// Unicode unless the locale says the terminal cannot show it.
pub fn glyphs_for(lookup: impl Fn(&str) -> Option<String>) -> Glyphs {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| lookup(name).filter(|v| !v.is_empty()));
    match locale {
        Some(l)
            if l.to_ascii_uppercase().contains("UTF-8")
                || l.to_ascii_uppercase().contains("UTF8") =>
        {
            Glyphs::Unicode
        }
        _ => Glyphs::Ascii,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<(String, u64)> {
        vec![
            ("11-27".into(), 100),
            ("11-28".into(), 50),
            ("11-29".into(), 0),
            ("11-30".into(), 1),
        ]
    }

    #[test]
    fn every_line_fits_in_80_columns_and_the_largest_fills_the_bar() {
        for glyphs in [Glyphs::Unicode, Glyphs::Ascii] {
            let chart = bars("DAU", &rows(), 80, glyphs);
            for line in chart.lines() {
                assert!(line.chars().count() <= 80, "{line:?}");
            }
            let lines: Vec<&str> = chart.lines().collect();
            assert!(lines[1].ends_with(" 100"));
            assert!(lines[3].trim_end().ends_with(" 0"));
        }
    }

    #[test]
    fn the_width_follows_columns_within_bounds() {
        assert_eq!(width(Some("120")), 120);
        assert_eq!(width(Some("10")), MIN_WIDTH);
        assert_eq!(width(Some("9999")), MAX_WIDTH);
        for line in bars("DAU", &rows(), 120, Glyphs::Unicode).lines().skip(1) {
            assert_eq!(line.chars().count(), 120, "{line:?}");
        }
    }

    #[test]
    fn bars_are_proportional_and_small_values_stay_visible() {
        assert_eq!(bar(50, 100, 10, Glyphs::Ascii), "#####");
        assert_eq!(bar(100, 100, 10, Glyphs::Unicode).chars().count(), 10);
        assert_eq!(bar(1, 1000, 10, Glyphs::Unicode), "▏");
        assert_eq!(bar(1, 1000, 10, Glyphs::Ascii), "#");
        assert_eq!(bar(0, 1000, 10, Glyphs::Ascii), "");
        assert_eq!(bar(u64::MAX, u64::MAX, 10, Glyphs::Ascii), "##########");
    }

    #[test]
    fn ascii_unless_the_locale_says_utf8() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(glyphs_for(env(&[("LANG", "en_US.UTF-8")])), Glyphs::Unicode);
        assert_eq!(
            glyphs_for(env(&[("LC_ALL", "C"), ("LANG", "en_US.UTF-8")])),
            Glyphs::Ascii
        );
        assert_eq!(glyphs_for(env(&[])), Glyphs::Ascii);
    }
}
