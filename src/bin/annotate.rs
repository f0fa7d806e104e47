//! `annotate`: the annotator on the command line, for batch work and for scoring.
//!
//! Reads JSON Lines (`{"id": …, "text": …}`, other fields ignored) from the files named, or
//! from standard input, and writes one JSON line per document:
//! `{"id", "spans", "entities", "facts"}`. With `--text`, each file (or standard input) is one
//! plain-text document whose id is its path. A bad line is reported on standard error with
//! its file and line number, and the other documents are still processed; the exit status is 1
//! if any document failed.

use annotator::{Annotator, Gazetteer, OffsetUnit};
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: annotate [--text] [--offsets utf16|codepoints|bytes] [--dictionary FILE.tsv] [FILE ...]
  Reads JSON Lines {\"id\", \"text\"} (or, with --text, plain text files) from FILEs or standard
  input and writes one JSON line per document: {\"id\", \"spans\", \"entities\", \"facts\"}.";

struct Options {
    plain_text: bool,
    unit: OffsetUnit,
    dictionary: Option<String>,
    files: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        plain_text: false,
        unit: OffsetUnit::Utf16,
        dictionary: None,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--text" => o.plain_text = true,
            "--offsets" => o.unit = args.next().ok_or("--offsets needs a value")?.parse()?,
            "--dictionary" => o.dictionary = Some(args.next().ok_or("--dictionary needs a file")?),
            "-h" | "--help" => return Err(String::new()),
            f if f.starts_with("--") => return Err(format!("unknown option {f}")),
            f => o.files.push(f.to_string()),
        }
    }
    Ok(o)
}

/// Where a document came from, for error messages.
struct Source<'a> {
    name: &'a str,
    line: usize,
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("annotate: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let annotator = match &options.dictionary {
        None => Annotator::with_default_data(),
        Some(path) => match std::fs::read_to_string(path)
            .map_err(|e| format!("{path}: {e}"))
            .and_then(|tsv| {
                Annotator::with_custom_dictionary(Gazetteer::default_data(), &tsv)
                    .map_err(|e| e.to_string())
            }) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("annotate: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let stdout = io::stdout();
    let mut report = Report {
        out: BufWriter::new(stdout.lock()),
        failures: 0,
    };
    let names: Vec<String> = if options.files.is_empty() {
        vec!["-".to_string()]
    } else {
        options.files.clone()
    };
    for name in &names {
        let reader: Box<dyn Read> = if name == "-" {
            Box::new(io::stdin())
        } else {
            match std::fs::File::open(name) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    report.emit(Source { name, line: 0 }, Err(e.to_string()));
                    continue;
                }
            }
        };
        if options.plain_text {
            let mut bytes = Vec::new();
            let result = io::BufReader::new(reader)
                .read_to_end(&mut bytes)
                .map_err(|e| e.to_string())
                .and_then(|_| String::from_utf8(bytes).map_err(|e| invalid_utf8(&e)))
                .and_then(|text| annotate(&annotator, options.unit, json!(name), &text));
            report.emit(Source { name, line: 1 }, result);
            continue;
        }
        for (n, line) in io::BufReader::new(reader).split(b'\n').enumerate() {
            let source = Source { name, line: n + 1 };
            let result = line
                .map_err(|e| e.to_string())
                .and_then(|bytes| String::from_utf8(bytes).map_err(|e| invalid_utf8(&e)))
                .and_then(|line| document(&annotator, options.unit, &line));
            match result {
                Ok(Some(v)) => report.emit(source, Ok(v)),
                Ok(None) => {}
                Err(e) => report.emit(source, Err(e)),
            }
        }
    }
    if report.out.flush().is_err() {
        return ExitCode::from(1);
    }
    if report.failures > 0 {
        eprintln!("annotate: {} document(s) failed", report.failures);
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes results to standard output and errors, with their source, to standard error.
struct Report<W: Write> {
    out: W,
    failures: usize,
}

impl<W: Write> Report<W> {
    fn emit(&mut self, source: Source, result: Result<Value, String>) {
        match result {
            Ok(v) => {
                let _ = writeln!(self.out, "{v}");
            }
            Err(e) => {
                self.failures += 1;
                eprintln!("annotate: {}:{}: {e}", source.name, source.line);
            }
        }
    }
}

fn invalid_utf8(e: &std::string::FromUtf8Error) -> String {
    format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to())
}

/// One JSON Lines document; `None` for a blank line.
fn document(annotator: &Annotator, unit: OffsetUnit, line: &str) -> Result<Option<Value>, String> {
    if line.trim().is_empty() {
        return Ok(None);
    }
    let v: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let text = v
        .get("text")
        .ok_or("missing \"text\"")?
        .as_str()
        .ok_or("\"text\" is not a string")?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    annotate(annotator, unit, id, text).map(Some)
}

fn annotate(
    annotator: &Annotator,
    unit: OffsetUnit,
    id: Value,
    text: &str,
) -> Result<Value, String> {
    let a = annotator.annotate(text, unit).map_err(|e| e.to_string())?;
    Ok(json!({
        "id": id,
        "offsets": a.offsets,
        "spans": a.spans,
        "nested": a.nested,
        "entities": a.entities,
        "facts": a.facts,
        "sentences": a.sentences,
    }))
}
