//! The official libraries' vectors (`tests/data/usersig-v2.json`, a copy of
//! `shared/vectors/usersig-v2.json`) and property tests over the whole module.

use proptest::prelude::*;
use serde_json::Value;

use super::*;

fn vectors() -> Value {
    serde_json::from_str(include_str!("../../tests/data/usersig-v2.json")).expect("vector file")
}

fn b64_opt(v: &Value) -> Option<Vec<u8>> {
    v.as_str()
        .map(|s| b64::decode_standard(s).expect("vector base64"))
}

#[test]
fn every_librarys_v2_output_verifies() {
    let v = vectors();
    let mut checked = 0;
    for case in v["v2_valid"].as_array().unwrap() {
        let userbuf = b64_opt(&case["userbuf_b64"]);
        let exp = Expectation {
            sdkappid: case["sdkappid"].as_u64().unwrap(),
            identifier: case["identifier"].as_str().unwrap(),
            now: case["time"].as_i64().unwrap(),
            userbuf: userbuf.as_deref(),
        };
        for (library, out) in case["usersig"].as_object().unwrap() {
            let sig = out["value"].as_str().unwrap();
            let got = verify(case["key"].as_str().unwrap().as_bytes(), sig, &exp)
                .unwrap_or_else(|r| panic!("{} {library}: {r:?}", case["id"]));
            assert_eq!(got.time, exp.now);
            assert_eq!(got.expire, case["expire"].as_u64().unwrap());
            assert_eq!(got.userbuf, userbuf);
            checked += 1;
        }
    }
    assert!(checked >= 39, "only {checked} UserSigs checked");
}

fn check_signing_matches(style: Style, library: &str, header: [u8; 2]) {
    let v = vectors();
    for case in v["v2_valid"].as_array().unwrap() {
        let userbuf = b64_opt(&case["userbuf_b64"]);
        let params = SigParams {
            sdkappid: case["sdkappid"].as_u64().unwrap(),
            identifier: case["identifier"].as_str().unwrap(),
            time: case["time"].as_i64().unwrap(),
            expire: case["expire"].as_u64().unwrap(),
            userbuf: userbuf.as_deref(),
        };
        let ours =
            Signer::with_style(case["key"].as_str().unwrap().as_bytes(), style).sign(&params);
        assert_eq!(
            ours,
            case["usersig"][library]["value"].as_str().unwrap(),
            "{}",
            case["id"]
        );
        let decoded = decode(&ours).unwrap();
        assert_eq!(decoded.document, case["document"], "{}", case["id"]);
        assert_eq!(
            decoded.json_text,
            case["usersig"][library]["json_text"].as_str().unwrap()
        );
        assert_eq!(decoded.zlib_header, header);
        assert_eq!(decoded.version, SigVersion::V2);
    }
}

#[test]
fn signing_matches_go_byte_for_byte() {
    check_signing_matches(Style::Go, "go", [0x78, 0x01]);
}

#[test]
fn signing_matches_python_byte_for_byte() {
    check_signing_matches(Style::Python, "python", [0x78, 0x9c]);
}

#[test]
fn the_default_style_is_go() {
    let p = SigParams {
        sdkappid: 1,
        identifier: "a",
        time: 1,
        expire: 1,
        userbuf: None,
    };
    assert_eq!(sign(b"k", &p), Signer::with_style(b"k", Style::Go).sign(&p));
}

#[test]
fn private_map_keys_match_the_libraries_userbuf() {
    let v = vectors();
    let mut checked = 0;
    for case in v["v2_valid"].as_array().unwrap() {
        let Some(bytes) = b64_opt(&case["userbuf_b64"]) else {
            continue;
        };
        let Some(pm) = parse_userbuf(&bytes) else {
            continue; // an opaque userbuf (v10)
        };
        assert_eq!(build_userbuf(&pm), bytes, "{}", case["id"]);
        assert_eq!(
            pm.expire_at,
            userbuf_expire_at(
                case["time"].as_i64().unwrap(),
                case["expire"].as_u64().unwrap()
            )
        );
        assert_eq!(pm.identifier, case["identifier"].as_str().unwrap());
        checked += 1;
    }
    assert_eq!(checked, 4);
}

#[test]
fn verify_checks_give_their_expected_reason() {
    let v = vectors();
    for case in v["v2_verify_checks"].as_array().unwrap() {
        let userbuf = b64_opt(&case["userbuf_b64"]);
        let exp = Expectation {
            sdkappid: case["sdkappid"].as_u64().unwrap(),
            identifier: case["identifier"].as_str().unwrap(),
            now: case["now"].as_i64().unwrap(),
            userbuf: userbuf.as_deref(),
        };
        let got = verify(
            case["key"].as_str().unwrap().as_bytes(),
            case["usersig"].as_str().unwrap(),
            &exp,
        );
        let code = got.as_ref().map_or_else(|r| r.code(), |_| "ok");
        assert_eq!(code, case["expected"].as_str().unwrap(), "{}", case["id"]);
    }
}

#[test]
fn legacy_v1_tickets_verify_with_either_curve() {
    let v = vectors();
    for case in v["v1_legacy"]["vectors"].as_array().unwrap() {
        let doc = &case["document"];
        let userbuf = b64_opt(&doc["TLS.userbuf"]);
        let exp = Expectation {
            sdkappid: doc["TLS.sdk_appid"].as_str().unwrap().parse().unwrap(),
            identifier: doc["TLS.identifier"].as_str().unwrap(),
            now: 1_700_000_000,
            userbuf: userbuf.as_deref(),
        };
        let sig = case["usersig"].as_str().unwrap();
        let pem = case["public_key_pem"].as_str().unwrap();
        let got = verify_v1(pem, sig, &exp).unwrap_or_else(|e| panic!("{}: {e:?}", case["id"]));
        assert_eq!(got.version, SigVersion::V1);
        assert_eq!(decode(sig).unwrap().version, SigVersion::V1);
        // One flipped bit in the content must break the signature.
        let other = Expectation {
            identifier: "someone-else",
            ..exp
        };
        assert!(matches!(
            verify_v1(pem, sig, &other),
            Err(V1Error::Invalid(Reason::IdentifierMismatch))
        ));
    }
}

#[test]
fn a_private_key_is_not_a_public_key() {
    let v = vectors();
    let case = &v["v1_legacy"]["vectors"][0];
    let exp = Expectation {
        sdkappid: 1,
        identifier: "x",
        now: 0,
        userbuf: None,
    };
    let err = verify_v1(case["private_key_pem"].as_str().unwrap(), "eJw_", &exp).unwrap_err();
    assert!(matches!(err, V1Error::BadPublicKey(_)));
    // The message never quotes the key material.
    assert!(!err.to_string().contains("MIG"));
}

#[test]
fn a_v1_ticket_is_a_type_error_for_the_hmac_path() {
    let v = vectors();
    let case = &v["v1_legacy"]["vectors"][0];
    let exp = Expectation {
        sdkappid: 1_400_000_000,
        identifier: "xiaojun",
        now: 0,
        userbuf: None,
    };
    let got = verify(b"key", case["usersig"].as_str().unwrap(), &exp);
    assert_eq!(got.unwrap_err(), Reason::JsonTypeError);
}

#[test]
fn the_signer_debug_output_hides_the_key() {
    let signer = Signer::new(b"5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");
    assert_eq!(format!("{signer:?}"), "Signer { .. }");
}

#[test]
fn oversized_documents_are_refused() {
    use std::io::Write as _;
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&vec![b' '; 10 * 1024 * 1024]).unwrap();
    let mut sig = String::new();
    b64::encode_into(&enc.finish().unwrap(), &mut sig);
    assert_eq!(decode(&sig).unwrap_err(), Reason::DecompressFailed);
}

#[test]
fn truncated_tickets_fail_to_decompress() {
    let v = vectors();
    let sig = v["v2_valid"][0]["usersig"]["python"]["value"]
        .as_str()
        .unwrap();
    let mut bytes = Vec::new();
    b64::decode_into(sig, &mut bytes).unwrap();
    let mut cut = String::new();
    b64::encode_into(&bytes[..bytes.len() - 6], &mut cut);
    assert_eq!(decode(&cut).unwrap_err(), Reason::DecompressFailed);
}

#[test]
fn one_verifier_checks_many_tickets() {
    let key = b"k";
    let mut signer = Signer::new(key);
    let mut verifier = Verifier::new();
    for (i, user) in ["a", "b", "张三", "d-e_f"].iter().enumerate() {
        let p = SigParams {
            sdkappid: 1,
            identifier: user,
            time: i as i64,
            expire: 10,
            userbuf: None,
        };
        let sig = signer.sign(&p);
        let exp = Expectation {
            sdkappid: 1,
            identifier: user,
            now: 5,
            userbuf: None,
        };
        assert_eq!(verifier.verify(key, &sig, &exp).unwrap().identifier, *user);
        assert_eq!(
            verifier.verify(b"other", &sig, &exp).unwrap_err(),
            Reason::SigMismatch
        );
    }
}

proptest! {
    #[test]
    fn gen_then_verify_round_trips(
        key in "[0-9a-f]{1,64}",
        identifier in "\\PC{1,32}",
        sdkappid: u32,
        time in 0i64..4_000_000_000,
        expire in 1u64..1_576_800_000,
        userbuf in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..64)),
    ) {
        let p = SigParams { sdkappid: u64::from(sdkappid), identifier: &identifier, time, expire, userbuf: userbuf.as_deref() };
        let sig = sign(key.as_bytes(), &p);
        let exp = Expectation { sdkappid: u64::from(sdkappid), identifier: &identifier, now: time, userbuf: userbuf.as_deref() };
        let got = verify(key.as_bytes(), &sig, &exp).unwrap();
        prop_assert_eq!(got.expires_at, time + expire as i64);
        let late = Expectation { now: time + expire as i64 + 1, ..exp };
        prop_assert_eq!(verify(key.as_bytes(), &sig, &late).unwrap_err(), Reason::Expired);
        prop_assert_eq!(&decode(&sig).unwrap().document["TLS.identifier"], &Value::from(identifier.clone()));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let exp = Expectation { sdkappid: 1, identifier: "a", now: 0, userbuf: None };
        let _ = verify(b"k", &text, &exp);
        let _ = decode(&text);
        let _ = verify_v1("not a key", &text, &exp);
    }

    #[test]
    fn arbitrary_base64_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut text = String::new();
        b64::encode_into(&bytes, &mut text);
        let exp = Expectation { sdkappid: 1, identifier: "a", now: 0, userbuf: None };
        prop_assert!(verify(b"k", &text, &exp).is_err());
        let _ = decode(&text);
    }

    #[test]
    fn arbitrary_documents_never_panic(doc in "\\{(\"TLS\\.[a-z]{2,10}\": ?(-?[1-9][0-9]{0,24}|0|\"[a-z]{0,5}\"|null|\\[\\]), ?){0,7}\"TLS\\.sig\": \"\"\\}") {
        use std::io::Write as _;
        let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(doc.as_bytes()).unwrap();
        let mut text = String::new();
        b64::encode_into(&enc.finish().unwrap(), &mut text);
        let exp = Expectation { sdkappid: 1, identifier: "a", now: 0, userbuf: None };
        prop_assert!(verify(b"k", &text, &exp).is_err());
        prop_assert!(decode(&text).is_ok());
    }
}
