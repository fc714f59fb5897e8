//! The console's URL rules, one test per rule, and properties over arbitrary input.

use super::*;
use proptest::prelude::*;
use std::net::Ipv4Addr;

fn rules(url: &str) -> Vec<&'static str> {
    check(url)
        .violations
        .iter()
        .map(|f| f.rule.code())
        .collect()
}

fn warnings(report: &UrlReport) -> Vec<&'static str> {
    report.warnings.iter().map(|f| f.rule.code()).collect()
}

#[test]
fn valid_urls_pass() {
    for url in [
        "https://example.com/im/callback",
        "http://123.123.123.123/imcallback",
        "https://My-Backend.Example.COM:8443/cb",
        "https://a.b-c.d1/",
        "http://example.com",
        "https://im-callback.example.co.uk/v1/tencent_im.php",
    ] {
        let r = check(url);
        assert!(r.is_valid(), "{url}: {:?}", r.violations);
    }
}

#[test]
fn scheme_must_be_http_or_https() {
    assert_eq!(rules("ftp://example.com/cb"), ["scheme"]);
    assert_eq!(rules("example.com/cb"), ["scheme"]);
    assert_eq!(rules("HTTPS://example.com/cb"), ["scheme"]);
    assert_eq!(check("example.com/cb").host, "example.com");
}

#[test]
fn domain_characters_are_letters_digits_and_hyphens() {
    assert_eq!(rules("https://my_app.example.com/cb"), ["host_characters"]);
    assert_eq!(rules("https://ex!ample.com/cb"), ["host_characters"]);
    assert_eq!(rules("https://例子.com/cb"), ["host_characters"]);
    let r = check("https://a b$c.com/");
    assert!(
        r.violations[0].message.contains("a space"),
        "{:?}",
        r.violations
    );
    assert!(r.violations[0].message.contains("`$`"));
}

#[test]
fn hyphen_rules_are_named_separately() {
    assert_eq!(rules("https://a--b.example.com/"), ["hyphen_repeated"]);
    assert_eq!(rules("https://-.example.com/"), ["hyphen_alone"]);
    assert_eq!(rules("https://---.example.com/"), ["hyphen_alone"]);
    assert_eq!(rules("https://-ab.example.com/"), ["hyphen_edge"]);
    assert_eq!(rules("https://ab-.example.com/"), ["hyphen_edge"]);
    assert_eq!(rules("https://example.com-/"), ["hyphen_edge"]);
    assert_eq!(
        rules("https://-a--b-.example.com/"),
        ["hyphen_repeated", "hyphen_edge"]
    );
    assert_eq!(rules("https://xn--fsq.com/"), ["hyphen_repeated"]);
    let r = check("https://-ab.cd-.com/");
    assert!(r.violations[0].message.contains("`-ab`, `cd-`"));
}

#[test]
fn empty_labels_are_refused() {
    assert_eq!(rules("https://a..b.com/"), ["empty_label"]);
    assert_eq!(rules("https://.example.com/"), ["empty_label"]);
    assert_eq!(rules("https://example.com./"), ["empty_label"]);
}

#[test]
fn the_domain_is_at_most_63_characters() {
    let fits = format!("https://{}.com/cb", "a".repeat(59));
    let long = format!("https://{}.com/cb", "a".repeat(60));
    assert!(check(&fits).is_valid());
    assert_eq!(rules(&long), ["domain_length"]);
    assert!(check(&long).violations[0].message.contains("64 characters"));
}

#[test]
fn ip_hosts_are_allowed_when_they_are_real_ipv4_addresses() {
    let r = check("http://123.123.123.123/imcallback");
    assert_eq!(r.host_kind, HostKind::Ipv4);
    assert!(r.is_valid());
    assert_eq!(rules("http://300.1.1.1/cb"), ["ipv4"]);
    assert_eq!(rules("http://1.2.3/cb"), ["ipv4"]);
    assert_eq!(rules("http://[2001:db8::1]:8080/cb"), ["ipv6_host"]);
    assert_eq!(rules("http://2001:db8::1/cb"), ["ipv6_host"]);
}

#[test]
fn ports_must_be_numbers_in_range() {
    assert_eq!(check("https://example.com/").port, Some(443));
    assert_eq!(check("http://example.com/").port, Some(80));
    assert_eq!(check("http://example.com:8080/").port, Some(8080));
    assert_eq!(rules("http://example.com:/"), ["port"]);
    assert_eq!(rules("http://example.com:0/"), ["port"]);
    assert_eq!(rules("http://example.com:65536/"), ["port"]);
    assert_eq!(rules("http://example.com:+80/"), ["port"]);
    assert_eq!(rules("http://example.com:http/"), ["port"]);
}

#[test]
fn special_characters_after_the_host_are_refused() {
    assert_eq!(rules("https://example.com/cb?token=1"), ["url_characters"]);
    assert_eq!(rules("https://example.com/a b"), ["url_characters"]);
    assert_eq!(rules("https://example.com/a!b$c&d"), ["url_characters"]);
    assert!(check("https://example.com/a_b-c.d~e/f.php").is_valid());
}

#[test]
fn credentials_and_a_missing_host_are_named() {
    assert_eq!(rules("https://user:pw@example.com/"), ["credentials"]);
    assert_eq!(rules("https:///cb"), ["host_missing"]);
    assert_eq!(rules("https://"), ["host_missing"]);
    assert_eq!(rules(""), ["scheme", "host_missing"]);
}

#[test]
fn every_violation_is_reported_not_just_the_first() {
    let url = format!("ftp://-a--b.{}.com:99999/x?y", "c".repeat(70));
    assert_eq!(
        rules(&url),
        [
            "scheme",
            "port",
            "hyphen_repeated",
            "hyphen_edge",
            "domain_length",
            "url_characters"
        ]
    );
}

#[test]
fn warnings_for_fragments_and_private_hosts() {
    assert_eq!(warnings(&check("https://example.com/cb#x")), ["fragment"]);
    for host in [
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.10",
        "169.254.1.1",
        "localhost",
    ] {
        let r = check(&format!("http://{host}:9000/cb"));
        assert_eq!(warnings(&r), ["not_public"], "{host}");
        assert!(r.is_valid(), "{host}");
    }
    assert!(check("http://123.123.123.123/cb").warnings.is_empty());
}

#[test]
fn numeric_forms_of_private_addresses_are_not_public() {
    for host in [
        "2130706433",
        "0x7f.0.0.1",
        "0x7F000001",
        "127.1",
        "0177.0.0.1",
        "10.0x1.2.3",
        "3232235521",
        "0",
    ] {
        let r = check(&format!("https://{host}/cb"));
        assert_eq!(warnings(&r), ["not_public"], "{host}");
    }
    assert_eq!(numeric_ipv4("2130706433"), Some(Ipv4Addr::LOCALHOST));
    assert_eq!(numeric_ipv4("127.0.0.1."), Some(Ipv4Addr::LOCALHOST));
    for public in [
        "2071690107",
        "example.com",
        "1.2.3.4.5",
        "256.1.1.1",
        "0x1g",
    ] {
        assert!(
            !warnings(&check(&format!("https://{public}/cb"))).contains(&"not_public"),
            "{public}"
        );
    }
}

#[test]
fn port_prefix_warning_when_replacing_a_url() {
    let change = |new: &str, old: &str| warnings(&check_change(new, old).unwrap());
    assert_eq!(
        change("https://xxx.com:4433/cb", "https://xxx.com:443/cb"),
        ["port_prefix"]
    );
    assert_eq!(
        change("https://xxx.com:4433/cb", "https://xxx.com/cb"),
        ["port_prefix"]
    );
    assert_eq!(
        change("https://xxx.com/cb", "https://xxx.com:4433/cb"),
        ["port_prefix"]
    );
    assert_eq!(
        change("http://xxx.com:8080/cb", "http://xxx.com/cb"),
        ["port_prefix"]
    );
    assert!(change("https://xxx.com:8443/cb", "https://xxx.com/cb").is_empty());
    assert!(change("https://xxx.com:443/cb", "https://xxx.com/cb").is_empty());
    assert!(change("https://yyy.com/cb", "https://xxx.com/cb").is_empty());
    let r = check_change("https://xxx.com:4433/cb", "https://xxx.com/cb").unwrap();
    assert!(r.warnings[0].message.contains("443 to 4433"));
    assert!(r.notes[0].contains("2 minutes"));
    assert!(check_change("https://a.com/", "a.com/cb").is_err());
    assert!(check_change("https://a.com/", "https://a.com:x/").is_err());
}

proptest! {
    #[test]
    fn checking_never_panics(s in ".{0,200}") {
        let _ = check(&s);
        let _ = check_change(&s, "https://example.com/");
        let _ = check_change("https://example.com/", &s);
    }

    #[test]
    fn url_shaped_input_never_panics(
        s in "(https?://)?[a-z0-9.:@\\[\\]_!-]{0,80}(/[ -~]{0,40})?"
    ) {
        let r = check(&s);
        prop_assert_eq!(r.is_valid(), r.violations.is_empty());
    }

    #[test]
    fn clean_domains_are_valid(labels in proptest::collection::vec("[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", 2..5)) {
        let host = labels.join(".");
        prop_assume!(!host.contains("--") && host.len() <= MAX_DOMAIN_CHARS);
        prop_assume!(!host.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
        let r = check(&format!("https://{host}/cb"));
        prop_assert!(r.is_valid(), "{}: {:?}", host, r.violations);
    }
}
