//! The table against itself, DESIGN.md's promises, and the spec (the copy in tests/data/spec).

use std::collections::{BTreeMap, BTreeSet};

use super::*;

const SPEC: &str = include_str!("../../../tests/data/spec/rest-api.md");
const CORRECTIONS: &str = include_str!("../../../tests/data/spec/rest-api-corrections.md");

/// The text of the spec section whose heading starts with `heading`, up to the next heading of
/// the same or a higher level.
fn section(heading: &str) -> &'static str {
    let start = SPEC
        .find(&format!("\n{heading}"))
        .unwrap_or_else(|| panic!("no section {heading}"))
        + 1;
    let level = heading.chars().take_while(|c| *c == '#').count();
    let rest = &SPEC[start..];
    let body_start = rest.find('\n').unwrap();
    let end = rest[body_start..]
        .match_indices("\n#")
        .find(|(i, _)| {
            let line = &rest[body_start + i + 1..];
            line.chars().take_while(|c| *c == '#').count() <= level
        })
        .map_or(rest.len(), |(i, _)| body_start + i);
    &rest[..end]
}

/// `| 60007 | meaning |` rows of a markdown table: code → meaning.
fn table_rows(text: &str) -> BTreeMap<i64, &str> {
    text.lines()
        .filter_map(|line| {
            let mut cells = line.trim().strip_prefix('|')?.split('|');
            let code = cells.next()?.trim().parse().ok()?;
            Some((code, cells.next()?.trim()))
        })
        .collect()
}

/// Every code a prose list names: numbers of 5 or 6 digits, `A–B` ranges expanded (short ones:
/// the custom-code ranges are not codes), sizes like `16000 B` left out.
fn codes_in_prose(text: &str) -> BTreeSet<i64> {
    numbers_in_prose(text, 5..=6)
}

/// The same for numbers of `digits` digits. A long range's start is taken back only for that
/// mention: `130001–130014` does not undo the `Errors 130001` of another line.
fn numbers_in_prose(text: &str, digits: std::ops::RangeInclusive<usize>) -> BTreeSet<i64> {
    let mut found: BTreeMap<i64, usize> = BTreeMap::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut last: Option<i64> = None;
    while i < chars.len() {
        let glued = i > 0 && (chars[i - 1].is_ascii_alphanumeric() || chars[i - 1] == '.');
        if !chars[i].is_ascii_digit() || glued {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let number: String = chars[start..i].iter().collect();
        let after: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        let mut next = after.chars();
        let (first, second) = (next.next().unwrap_or(' '), next.next().unwrap_or(' '));
        // Not a code: `16000 B` (a size), `20000s` (a family), `7.4.4634` (a version).
        let not_a_code = after == " B"
            || first.is_ascii_alphanumeric()
            || (first == '.' && second.is_ascii_digit());
        if !digits.contains(&number.len()) || not_a_code {
            last = None;
            continue;
        }
        let code: i64 = number.parse().unwrap();
        let range_from = last.filter(|_| start > 0 && chars[start - 1] == '–');
        match range_from {
            Some(from) if code - from <= 10 => {
                for c in from..=code {
                    *found.entry(c).or_default() += 1;
                }
            }
            Some(from) => {
                if let Some(n) = found.get_mut(&from) {
                    *n -= 1;
                }
            }
            None => {
                *found.entry(code).or_default() += 1;
            }
        }
        last = Some(code);
    }
    found
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(c, _)| c)
        .collect()
}

#[test]
fn every_code_and_every_name_is_unique() {
    let mut codes = BTreeSet::new();
    let mut names = BTreeSet::new();
    for row in all() {
        assert!(codes.insert(row.code), "{} twice", row.code);
        assert!(names.insert(row.name), "{} twice", row.name);
        assert!(!row.meaning.is_empty(), "{}", row.code);
    }
    assert!(codes.len() > 200, "{} codes", codes.len());
}

#[test]
fn constants_are_the_codes_of_their_rows() {
    assert_eq!(GROUP_CALLBACK_REJECTED, 10016);
    assert_eq!(C2C_CALLBACK_REJECTED, 20006);
    assert_eq!(USERSIG_EXPIRED, 70001);
    assert_eq!(
        lookup(GROUP_CALLBACK_REJECTED).unwrap().name,
        "GROUP_CALLBACK_REJECTED"
    );
    assert_eq!(lookup(12345), None);
    assert_eq!(class(12345), Class::Rejected);
}

#[test]
fn the_codes_design_md_names_have_their_class_and_a_fix() {
    // DESIGN.md §2: exit 4 for these, each with a hint.
    for code in [70001, 70003, 70005, 70009, 70013, 70014, 70016, 70020] {
        assert_eq!(class(code), Class::Auth, "{code}");
        assert!(fix(code).is_some(), "{code} has no fix");
    }
    assert!(fix(70009).unwrap().contains("region"));
    // DESIGN.md §4: the throttling codes are retried.
    for code in [60007, 60011, 60018, 60019, 10006, 10023] {
        assert_eq!(class(code), Class::Throttled, "{code}");
    }
    // Every not-admin code of spec §1.5 (10007 also means "the group type forbids it", which
    // is what a group command meets in practice: rejected, its fix naming both).
    for code in [60010, 70403, 90009, 40004, 30004] {
        assert_eq!(class(code), Class::Auth, "{code}");
        assert!(fix(code).unwrap().contains("admin"), "{code}");
    }
    assert_eq!(class(10007), Class::Rejected);
    assert!(fix(10007).unwrap().contains("type") && fix(10007).unwrap().contains("admin"));
}

#[test]
fn every_code_of_the_spec_tables_is_in_the_table() {
    for heading in ["### 11.1 ", "### 11.2 ", "### 11.6 ", "### 8.13 "] {
        let rows = table_rows(section(heading));
        assert!(rows.len() > 10, "{heading}: {} rows", rows.len());
        for (code, meaning) in rows {
            let row =
                lookup(code).unwrap_or_else(|| panic!("{heading}: {code} ({meaning}) missing"));
            // What the spec says to retry is retried.
            if meaning.contains("retry") {
                assert!(
                    matches!(row.class, Class::Transient | Class::Throttled),
                    "{code} ({meaning}) is {:?}",
                    row.class
                );
            }
        }
    }
}

#[test]
fn every_code_of_the_spec_lists_is_in_the_table() {
    for heading in ["### 11.3 ", "### 11.4 "] {
        let codes = codes_in_prose(section(heading));
        assert!(codes.len() > 50, "{heading}: {codes:?}");
        let missing: Vec<_> = codes.iter().filter(|c| lookup(**c).is_none()).collect();
        assert!(missing.is_empty(), "{heading}: missing {missing:?}");
    }
    let profile: BTreeSet<i64> = codes_in_prose(section("## 3. "))
        .into_iter()
        .filter(|c| (40_000..41_000).contains(c))
        .collect();
    assert!(profile.len() >= 10, "{profile:?}");
    assert!(profile.iter().all(|c| lookup(*c).is_some()), "{profile:?}");
}

#[test]
fn every_code_in_the_table_is_documented() {
    // 4 digits too: the history download's 1001–1005.
    let mut documented = numbers_in_prose(SPEC, 4..=6);
    documented.extend(numbers_in_prose(CORRECTIONS, 4..=6));
    let invented: Vec<_> = all()
        .filter(|row| !documented.contains(&row.code))
        .map(|row| row.code)
        .collect();
    assert!(invented.is_empty(), "not in the spec: {invented:?}");
}

#[test]
fn the_throttled_class_is_the_spec_s_list() {
    let bullet = section("## 12. ")
        .lines()
        .skip_while(|l| !l.contains("Exceeding the API limit"))
        .take_while(|l| !l.trim().is_empty() && !l.starts_with("* Trial"))
        .collect::<Vec<_>>()
        .join("\n");
    let spec = codes_in_prose(&bullet);
    let ours: BTreeSet<i64> = all()
        .filter(|r| r.class == Class::Throttled)
        .map(|r| r.code)
        .collect();
    assert_eq!(ours, spec);
}

#[test]
fn the_prose_reader_expands_short_ranges_only() {
    let codes = codes_in_prose(
        "(20000s) 20009–20011 friends; 120001–130000 custom; 16000 B total; 7.4.46341; 10049.",
    );
    assert_eq!(codes, BTreeSet::from([20009, 20010, 20011, 10049]));
    // A long range takes back its start for that mention only.
    let codes = codes_in_prose("Errors 130001, 130004. Others: 130001–130014.");
    assert_eq!(codes, BTreeSet::from([130001, 130004]));
}
