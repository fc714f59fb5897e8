use proptest::prelude::*;

use super::*;

fn open(bytes: &[u8], delimiter: Option<u8>) -> Result<Input, Error> {
    Input::from_reader(
        "in.csv".into(),
        None,
        Box::new(std::io::Cursor::new(bytes.to_vec())),
        delimiter,
    )
}

fn items(bytes: &[u8]) -> (Format, Vec<Item>) {
    let mut input = open(bytes, None).unwrap();
    let mut out = Vec::new();
    while let Some(item) = input.next_item() {
        out.push(item.unwrap());
    }
    (input.format, out)
}

fn record(item: &Item) -> &Record {
    match item {
        Item::Record(r) => r,
        Item::Bad(b) => panic!("bad row {b:?}"),
    }
}

fn bad(item: &Item) -> &BadRow {
    match item {
        Item::Bad(b) => b,
        Item::Record(r) => panic!("record {r:?}"),
    }
}

fn usage(bytes: &[u8]) -> String {
    match open(bytes, None) {
        Err(Error::Usage(m)) => m,
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("accepted"),
    }
}

#[test]
fn a_lowercase_header_is_a_header() {
    let (format, rows) = items(b"userid,nick\nalice,Alice\n");
    assert!(matches!(format, Format::Csv { nick: Some(1), .. }));
    assert_eq!(rows.len(), 1);
    assert_eq!(record(&rows[0]).user, "alice");
    assert_eq!(record(&rows[0]).nick.as_deref(), Some("Alice"));
    assert_eq!(record(&rows[0]).line, 2);
}

#[test]
fn header_mistakes_are_usage_errors() {
    assert!(usage(b"UserID,Nickname\na,b\n").contains("unknown column `Nickname`"));
    assert!(usage(b"UserID;Nick\na;b\n").contains("--delimiter"));
    assert!(usage(b"UserID\tNick\n").contains("--delimiter tab"));
    assert!(usage(b"alice,Alice\n").contains("add a header: UserID,Nick,FaceUrl"));
    assert!(usage(b"Nick,FaceUrl\nA,x\n").contains("no UserID"));
    // With --delimiter the same file reads.
    let mut input = open(b"UserID;Nick\na;b\n", Some(b';')).unwrap();
    let Some(Ok(Item::Record(r))) = input.next_item() else {
        panic!()
    };
    assert_eq!((r.user.as_str(), r.nick.as_deref()), ("a", Some("b")));
}

#[test]
fn a_semicolon_in_a_plain_list_is_part_of_the_id() {
    let (format, rows) = items(b"a;b\nc\n");
    assert_eq!(format, Format::Ids);
    assert_eq!(record(&rows[0]).user, "a;b");
    assert_eq!(record(&rows[1]).user, "c");
}

#[test]
fn exports_and_failures_files_are_read_as_is() {
    let (_, rows) = items(b"UserID,Tag_Profile_IM_Nick,Tag_Profile_Custom_Hobby\nalice,A,chess\n");
    assert_eq!(record(&rows[0]).user, "alice");
    assert_eq!(record(&rows[0]).nick, None);
    let (_, rows) = items(b"UserID,Nick,Error,ErrorCode\nbob,Bob,refused,70107\n");
    assert_eq!(record(&rows[0]).nick.as_deref(), Some("Bob"));
}

#[test]
fn bad_rows_name_their_line_and_the_rest_goes_on() {
    let (_, rows) = items(
        b"UserID,Nick\nok1,One\nx,y,z\n\"open,N\nok2,Two\n\"two\nlines\",N\nok3,\xff\xfe\nok4,Four\n",
    );
    assert_eq!(record(&rows[0]).user, "ok1");
    assert!(bad(&rows[1]).reason.contains("3 field(s)"), "{:?}", rows[1]);
    assert_eq!(bad(&rows[1]).line, 3);
    assert!(
        bad(&rows[2]).reason.contains("unterminated"),
        "{:?}",
        rows[2]
    );
    assert_eq!(bad(&rows[2]).line, 4);
    assert_eq!(record(&rows[3]).user, "ok2");
    assert!(
        bad(&rows[4]).reason.contains("spans lines 6-7"),
        "{:?}",
        rows[4]
    );
    assert!(bad(&rows[5]).reason.contains("UTF-8"));
    assert_eq!(bad(&rows[5]).line, 8);
    assert_eq!(record(&rows[6]).user, "ok4");
    assert_eq!(record(&rows[6]).line, 9);
    assert_eq!(rows.len(), 7);
}

#[test]
fn jsonl_rows() {
    let (format, rows) = items(
        b"{\"UserID\":\"a\",\"Nick\":\"A\"}\nnot json\n[1]\n{\"UserID\":\"b\",\"Nick\":5}\n{\"Nick\":\"x\"}\n{\"UserID\":\"c\"}\n",
    );
    assert_eq!(format, Format::Jsonl);
    assert_eq!(record(&rows[0]).nick.as_deref(), Some("A"));
    assert!(bad(&rows[1]).reason.starts_with("not JSON"));
    assert_eq!(bad(&rows[2]).reason, "not a JSON object");
    assert!(bad(&rows[3]).reason.contains("\"Nick\" must be a string"));
    assert!(bad(&rows[4]).reason.contains("UserID"));
    assert_eq!(record(&rows[5]).user, "c");
}

#[test]
fn jsonl_ids_take_the_csv_aliases() {
    let (_, rows) =
        items(b"{\"To_Account\":\"b\",\"From_Account\":\"a\"}\n{\"Identifier\":\"c\"}\n");
    assert_eq!(record(&rows[0]).user, "b");
    assert_eq!(record(&rows[1]).user, "c");
}

#[test]
fn a_line_over_the_cap_is_a_bad_row() {
    let mut text = b"UserID\na\n".to_vec();
    text.extend(vec![b'x'; LINE_CAP + 10]);
    text.extend_from_slice(b"\nb\n");
    let (_, rows) = items(&text);
    assert_eq!(record(&rows[0]).user, "a");
    assert!(bad(&rows[1]).reason.contains("64 KiB"));
    assert_eq!(bad(&rows[1]).bytes, None);
    assert_eq!(record(&rows[2]).user, "b");
    assert_eq!(record(&rows[2]).line, 4);
}

#[test]
fn empty_and_header_only() {
    let (_, rows) = items(b"");
    assert!(rows.is_empty());
    let (format, rows) = items(b"UserID,Nick\r\n\r\n");
    assert!(matches!(format, Format::Csv { .. }));
    assert!(rows.is_empty());
}

fn users(bytes: &[u8]) -> Vec<(u64, String)> {
    let (_, rows) = items(bytes);
    rows.iter()
        .map(|i| match i {
            Item::Record(r) => (r.line, r.user.clone()),
            Item::Bad(b) => (b.line, format!("bad: {}", b.reason)),
        })
        .collect()
}

proptest! {
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(mut input) = open(&bytes, None) {
            while let Some(item) = input.next_item() {
                let _ = item;
            }
        }
    }

    #[test]
    fn lf_crlf_and_cr_give_the_same_rows(
        rows in proptest::collection::vec("[a-z0-9_,\" ]{0,12}", 0..20),
        header in any::<bool>(),
    ) {
        let mut lines: Vec<String> = rows;
        if header {
            lines.insert(0, "UserID,Nick".into());
        }
        let lf = lines.join("\n");
        let crlf = lines.join("\r\n");
        let cr = lines.join("\r");
        let a = open(lf.as_bytes(), None).map(|_| users(lf.as_bytes())).ok();
        let b = open(crlf.as_bytes(), None).map(|_| users(crlf.as_bytes())).ok();
        let c = open(cr.as_bytes(), None).map(|_| users(cr.as_bytes())).ok();
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(&a, &c);
    }
}
