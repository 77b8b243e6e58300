//! The unpickler on hand-made pickles: refusals, truncation, deep nesting.

use super::*;

fn parse(bytes: &[u8]) -> PResult<Value> {
    Unpickler::new(bytes).run()
}

#[test]
fn dangerous_globals_are_refused_by_name() {
    let err = parse(b"\x80\x02cos\nsystem\nq\x00X\x02\x00\x00\x00lsq\x01\x85R.").unwrap_err();
    assert!(err.contains("unsupported pickle global os.system"), "{err}");
    let err = parse(b"\x80\x02cbuiltins\neval\n.").unwrap_err();
    assert!(err.contains("builtins.eval"), "{err}");
}

#[test]
fn every_prefix_of_a_pickle_is_an_error_not_a_panic() {
    // {'a': 1, 'b': [True, None, 1.5], 'c': -300}, protocol 2, with memo traffic
    let full: &[u8] =
        b"\x80\x02}q\x00(X\x01\x00\x00\x00aq\x01K\x01X\x01\x00\x00\x00bq\x02]q\x03(\x88NG?\xf8\
          \x00\x00\x00\x00\x00\x00eX\x01\x00\x00\x00cq\x04\x8a\x02\xd4\xfeu.";
    let v = parse(full).unwrap();
    let Value::Dict(d) = v else { panic!("{v:?}") };
    let d = d.borrow();
    assert_eq!(d.0.len(), 6);
    assert!(matches!(d.0[5], Value::Int(-300)), "{:?}", d.0[5]);
    for n in 0..full.len() {
        assert!(parse(&full[..n]).is_err(), "prefix of {n} bytes parsed");
    }
}

#[test]
fn a_million_nested_containers_parse_and_drop_without_overflowing_the_stack() {
    let run = || {
        // (((...(),),)...,) then [[[...]]] built through the memo, then a dict chain
        let mut p = b"\x80\x02)".to_vec();
        p.extend(std::iter::repeat_n(0x85u8, 1_000_000));
        p.push(b'.');
        assert!(matches!(parse(&p), Ok(Value::Tuple(_))));
        let mut p = b"\x80\x02".to_vec();
        for _ in 0..200_000 {
            p.extend_from_slice(b"(");
        }
        for _ in 0..200_000 {
            p.extend_from_slice(b"l");
        }
        p.push(b'.');
        assert!(matches!(parse(&p), Ok(Value::List(_))));
        p.pop();
        p.push(0xff); // and the same tree dropped on an error
        assert!(parse(&p).is_err());
    };
    // on a small stack, as test threads have
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn unknown_opcodes_and_stack_abuse_are_errors() {
    let err = parse(b"\x80\x02\xff.").unwrap_err();
    assert!(err.contains("opcode 0xff"), "{err}");
    assert!(parse(b"\x80\x02.").is_err());
    assert!(parse(b"\x80\x02(u.").is_err(), "SETITEMS on nothing");
    assert!(parse(b"\x80\x02K\x01(u.")
        .unwrap_err()
        .contains("not a dict"));
    assert!(parse(b"\x80\x02h\x05.")
        .unwrap_err()
        .contains("memo entry 5"));
    assert!(parse(b"\x80\x02K\x01K\x02s.").is_err());
    assert!(
        parse(b"\x80\x02(K\x01\x86.").is_err(),
        "a tuple across a MARK"
    );
}

/// The pickle `ops` (protocol 2 header added, STOP appended) as an int.
fn int_of(ops: &[u8]) -> i64 {
    let mut bytes = vec![0x80, 2];
    bytes.extend_from_slice(ops);
    bytes.push(b'.');
    match parse(&bytes) {
        Ok(Value::Int(v)) => v,
        other => panic!("{ops:?}: {other:?}"),
    }
}

#[test]
fn integers_and_strings_of_every_width_read_as_the_pickle_format_defines() {
    assert_eq!(int_of(&[b'K', 0xfe]), 254);
    assert_eq!(int_of(&[b'M', 0x34, 0x12]), 0x1234);
    assert_eq!(
        int_of(&[b'J', 0xff, 0xff, 0xff, 0xff]),
        -1,
        "BININT is signed"
    );
    assert_eq!(int_of(&[0x8a, 0]), 0, "LONG1 of no bytes");
    assert_eq!(int_of(&[0x8a, 2, 0x00, 0x80]), -32768, "LONG1 sign-extends");
    assert_eq!(int_of(&[0x8a, 2, 0xff, 0x7f]), 32767);
    assert!(parse(&[0x80, 2, 0x8a, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, b'.']).is_err());
    for (op, width) in [(0x8c, 1), (b'X', 4), (0x8d, 8)] {
        let mut bytes = vec![0x80, 2, op];
        bytes.extend_from_slice(&2u64.to_le_bytes()[..width]);
        bytes.extend_from_slice(b"ab.");
        match parse(&bytes) {
            Ok(Value::Str(s)) => assert_eq!(&*s, "ab", "opcode 0x{op:02x}"),
            other => panic!("opcode 0x{op:02x}: {other:?}"),
        }
    }
}
