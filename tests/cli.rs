//! The `annotate` command as a person runs it.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn json_lines_in_one_result_per_document_out() {
    let out = run(&[], b"{\"id\": \"a\", \"text\": \"\xF0\x9F\x87\xAE\xF0\x9F\x87\xB6 Iraq\", \"spans\": []}\n\n{\"id\": 7, \"text\": \"\"}\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "a");
    assert_eq!(docs[0]["spans"][0]["start"], 5, "UTF-16 offsets by default");
    assert_eq!(docs[0]["spans"][0]["label"], "PLACE");
    assert!(docs[0]["entities"].is_array() && docs[0]["facts"].is_object());
    assert_eq!(docs[1]["id"], 7);
}

#[test]
fn code_point_offsets_on_request() {
    let out = run(
        &["--offsets", "codepoints"],
        "{\"id\": 1, \"text\": \"🇮🇶 Iraq\"}\n".as_bytes(),
    );
    assert_eq!(lines(&out)[0]["spans"][0]["start"], 3);
}

#[test]
fn bad_lines_are_named_and_the_rest_still_processed() {
    let input = b"{\"id\": 1, \"text\": \"Iraq\"}\nnot json\n{\"id\": 3}\n{\"id\": 4, \"text\": \"\xFF\"}\n{\"id\": 5, \"text\": \"Iraq\"}\n";
    let out = run(&[], input);
    assert_eq!(out.status.code(), Some(1));
    let ids: Vec<Value> = lines(&out).iter().map(|d| d["id"].clone()).collect();
    assert_eq!(ids, [Value::from(1), Value::from(5)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("-:2: invalid JSON"), "{err}");
    assert!(err.contains("-:3: missing \"text\""), "{err}");
    assert!(err.contains("-:4: invalid UTF-8"), "{err}");
}

#[test]
fn plain_text_files_are_one_document_each() {
    let dir = std::env::temp_dir().join(format!("annotate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("story.txt");
    std::fs::write(&file, "Protesters marched in Baghdad.\n").unwrap();
    let out = run(&["--text", file.to_str().unwrap()], b"");
    let docs = lines(&out);
    assert_eq!(docs[0]["id"], file.to_str().unwrap());
    let places: Vec<&Value> = docs[0]["spans"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["label"] == "PLACE")
        .collect();
    assert_eq!(places[0]["text"], "Baghdad");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_malformed_custom_dictionary_stops_with_its_line() {
    let dir = std::env::temp_dir().join(format!("annotate-dict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dict = dir.join("mine.tsv");
    std::fs::write(&dict, "ORG\tAcme Widgets\nCITY\tSpringfield\n").unwrap();
    let out = run(&["--dictionary", dict.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("custom dictionary, line 2: unknown label \"CITY\""));
    std::fs::write(&dict, "ORG\tAcme Widgets\n").unwrap();
    let out = run(
        &["--dictionary", dict.to_str().unwrap()],
        b"{\"id\":1,\"text\":\"Acme Widgets grew.\"}\n",
    );
    assert_eq!(lines(&out)[0]["spans"][0]["label"], "ORG");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn unknown_options_print_usage() {
    let out = run(&["--frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: annotate"));
}
