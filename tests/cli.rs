//! The `annotate` command as a person runs it.

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

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

/// Waits for `child` at most a minute; a command that never ends fails the test instead of
/// hanging it.
fn finish(child: Child) -> Output {
    let pid = child.id();
    let (done, wait) = mpsc::channel();
    std::thread::spawn(move || done.send(child.wait_with_output().unwrap()));
    wait.recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| {
            let _ = Command::new("kill").arg(pid.to_string()).status();
            panic!("annotate did not end within a minute")
        })
}

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The first line `from` gives within a minute, if any, read on a thread of its own so that a
/// command that goes on running cannot hang the test.
fn first_line(from: impl std::io::Read + Send + 'static) -> Option<String> {
    let (said, heard) = mpsc::channel();
    std::thread::spawn(move || {
        let mut first = String::new();
        let _ = BufReader::new(from).read_line(&mut first);
        let _ = said.send(first);
    });
    heard.recv_timeout(Duration::from_secs(60)).ok()
}

/// A fresh directory for one test's files.
fn scratch(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("annotate-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
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
    let dir = scratch("cli");
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
fn a_malformed_custom_dictionary_stops_with_every_bad_line_and_its_file() {
    let dir = scratch("dict");
    let dict = dir.join("mine.tsv");
    let name = dict.to_str().unwrap();
    std::fs::write(
        &dict,
        b"ORG\tAcme Widgets\nCity\tSpringfield\nORG\nPLACE\tOak\xFFdale\n",
    )
    .unwrap();
    let out = run(&["--dictionary", name], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{name}, line 2: unknown label \"City\"")),
        "{err}"
    );
    assert!(err.contains(&format!("{name}, line 3: ")), "{err}");
    assert!(
        err.contains(&format!("{name}, line 4: invalid UTF-8")),
        "{err}"
    );
    std::fs::write(&dict, "\u{feff}ORG\tAcme Widgets\r\n").unwrap();
    let out = run(
        &["--dictionary", dict.to_str().unwrap()],
        b"{\"id\":1,\"text\":\"Acme Widgets grew.\"}\n",
    );
    assert_eq!(lines(&out)[0]["spans"][0]["label"], "ORG");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_dictionarys_custom_labels_are_on_every_result_line() {
    let dir = scratch("custom");
    let dict = dir.join("weapons.tsv");
    std::fs::write(&dict, "WEAPON\tKalashnikov\tAK-47\n").unwrap();
    let out = run(
        &["--dictionary", dict.to_str().unwrap()],
        b"{\"id\":1,\"text\":\"An AK-47 was found.\"}\n{\"id\":2,\"text\":\"Quiet.\"}\n",
    );
    let results = lines(&out);
    assert_eq!(results[0]["spans"][0]["label"], "WEAPON");
    assert_eq!(results[0]["spans"][0]["entity"], "weapon:Kalashnikov");
    assert_eq!(results[0]["custom_labels"], serde_json::json!(["WEAPON"]));
    assert_eq!(results[1]["custom_labels"], serde_json::json!(["WEAPON"]));
    let plain = run(&[], b"{\"id\":1,\"text\":\"Quiet.\"}\n");
    assert!(lines(&plain)[0].get("custom_labels").is_none());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn unknown_options_print_usage() {
    let out = run(&["--frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: annotate"));
}

#[test]
fn a_directory_is_one_error_and_the_next_file_is_still_annotated() {
    let dir = scratch("dir");
    let file = dir.join("docs.jsonl");
    std::fs::write(&file, "{\"id\": 1, \"text\": \"Iraq\"}\n").unwrap();
    let mut child = spawn(&[dir.to_str().unwrap(), file.to_str().unwrap()]);
    drop(child.stdin.take());
    let out = finish(child);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out)[0]["id"], 1);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        [
            format!("annotate: {}: is a directory", dir.display()).as_str(),
            "annotate: 1 document(s) failed"
        ]
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_endless_line_is_reported_at_once_without_holding_it() {
    // /dev/zero is one line with no end: the message must come while it is still being read.
    let mut child = spawn(&["/dev/zero"]);
    let first = first_line(child.stderr.take().unwrap());
    child.kill().unwrap();
    child.wait().unwrap();
    let first = first.expect("a message within a minute");
    assert!(
        first.starts_with("annotate: /dev/zero:1: the line is longer than 67.1 MB and is skipped"),
        "{first}"
    );
}

#[test]
fn a_line_over_the_bound_is_skipped_and_the_next_is_annotated() {
    let mut input = vec![b'x'; 70_000_000];
    input.extend_from_slice(b"\n{\"id\": 2, \"text\": \"Iraq\"}\n");
    let out = run(&[], &input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out)[0]["id"], 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("-:1: the line is longer than"));
}

#[test]
fn a_text_stream_over_the_limit_is_refused_without_reading_it_all() {
    let mut child = spawn(&["--text", "/dev/zero"]);
    drop(child.stdin.take());
    let out = finish(child);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/dev/zero: the text is over 16.8 MB"), "{err}");
}

#[test]
fn a_byte_order_mark_and_escaped_lone_surrogates_are_read_as_the_page_reads_them() {
    let out = run(
        &["--offsets", "codepoints"],
        b"\xEF\xBB\xBF{\"id\": 1, \"text\": \"\\ud800 in Baghdad\"}\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let span = &lines(&out)[0]["spans"][0];
    assert_eq!(
        (span["text"].as_str(), span["start"].as_u64()),
        (Some("Baghdad"), Some(5))
    );
}

#[test]
fn each_result_is_written_before_the_next_document_arrives() {
    let mut child = spawn(&[]);
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"{\"id\": 1, \"text\": \"Iraq\"}\n")
        .unwrap();
    stdin.flush().unwrap();
    let first = first_line(child.stdout.take().unwrap());
    drop(stdin);
    child.kill().ok();
    child.wait().unwrap();
    let first: Value =
        serde_json::from_str(&first.expect("a result while the input is open")).unwrap();
    assert_eq!(first["id"], 1);
}

#[test]
fn a_closed_standard_error_does_not_stop_the_annotation() {
    let mut child = spawn(&[]);
    drop(child.stderr.take());
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"not json\n{\"id\": 2, \"text\": \"Iraq\"}\n")
        .unwrap();
    drop(stdin);
    let out = finish(child);
    assert_eq!(out.status.code(), Some(1), "failed, not panicked");
    assert_eq!(lines(&out)[0]["id"], 2);
}

#[test]
fn any_number_of_jobs_gives_the_same_output_in_input_order() {
    let input: String = (0..60)
        .map(|i| {
            let text = match i % 3 {
                0 => "Protesters marched in Baghdad on Tuesday.".repeat(20),
                1 => "Iraq".to_string(),
                _ => String::new(),
            };
            format!("{{\"id\": {i}, \"text\": {text:?}}}\n")
        })
        .collect();
    let one = run(&["--jobs", "1"], input.as_bytes());
    let three = run(&["--jobs", "3"], input.as_bytes());
    assert!(one.status.success() && three.status.success());
    assert_eq!(one.stdout, three.stdout);
    let ids: Vec<Value> = lines(&three).iter().map(|d| d["id"].clone()).collect();
    assert_eq!(ids, (0..60).map(Value::from).collect::<Vec<_>>());
    assert_eq!(run(&["--jobs", "0"], b"").status.code(), Some(2));
}
