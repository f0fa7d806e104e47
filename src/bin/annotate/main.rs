//! `annotate`: the annotator on the command line, for batch work and for scoring.
//!
//! Reads JSON Lines (`{"id": …, "text": …}`, other fields ignored) from the files named, or
//! from standard input, and writes one JSON line per document:
//! `{"id", "offsets", "spans", "nested", "entities", "facts", "sentences"}`. With `--text`, each file (or
//! standard input) is one plain-text document whose id is its path.
//!
//! Documents are annotated on `--jobs` threads (all cores by default) and written in input
//! order, each as soon as it and those before it are done, so a crash loses only the documents
//! in hand. Reading is bounded (a line, a text, the documents in flight), so a multi-gigabyte
//! input streams through in bounded memory. A bad file or line is reported on standard error
//! with its place, once, and the rest is still processed; the exit status is 1 if anything
//! failed, 2 if the command line or the dictionary was refused.

mod input;
mod jsonl;
mod ordered;

use annotator::{Annotation, Annotator, Gazetteer, OffsetUnit};
use input::{Input, Inputs, Place};
use serde::Serialize;
use serde_json::Value;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: annotate [--text] [--offsets utf16|codepoints|bytes] [--dictionary FILE.tsv]
                [--jobs N] [FILE ...]
  Reads JSON Lines {\"id\", \"text\"} (or, with --text, plain text files) from FILEs or standard
  input and writes one JSON line per document, in input order:
  {\"id\", \"offsets\", \"spans\", \"nested\", \"entities\", \"facts\", \"sentences\"}
  (and \"custom_labels\" when the dictionary names labels of its own).
  --offsets     the unit of every offset (default utf16: JavaScript string indices)
  --dictionary  a custom dictionary whose entries win over the built-in ones (see README); its
                LABEL column may name labels of your own, in capitals, digits and _ (WEAPON)
  --jobs        documents annotated at once (default: the number of cores)";

struct Options {
    plain_text: bool,
    unit: OffsetUnit,
    dictionary: Option<String>,
    jobs: usize,
    files: Vec<String>,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        plain_text: false,
        unit: OffsetUnit::Utf16,
        dictionary: None,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--text" => o.plain_text = true,
            "--offsets" => o.unit = args.next().ok_or("--offsets needs a value")?.parse()?,
            "--dictionary" => o.dictionary = Some(args.next().ok_or("--dictionary needs a file")?),
            "--jobs" => {
                let n = args.next().ok_or("--jobs needs a number")?;
                o.jobs = n
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("--jobs needs a number above 0, not {n:?}"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            f if f.starts_with("--") => return Err(format!("unknown option {f}")),
            f => o.files.push(f.to_string()),
        }
    }
    if o.files.is_empty() {
        o.files.push("-".into());
    }
    Ok(o)
}

/// Writes to standard error, ignoring a closed one: a message that cannot be shown is no
/// reason to stop annotating (and `eprintln!` would panic).
fn complain(message: std::fmt::Arguments) {
    let _ = writeln!(io::stderr().lock(), "annotate: {message}");
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(message) => {
            if !message.is_empty() {
                complain(format_args!("{message}"));
            }
            let _ = writeln!(io::stderr(), "{USAGE}");
            return ExitCode::from(2);
        }
    };
    let annotator = match &options.dictionary {
        None => Annotator::with_default_data(),
        Some(path) => match with_dictionary(path) {
            Ok(a) => a,
            Err(e) => {
                complain(format_args!("{e}"));
                return ExitCode::from(2);
            }
        },
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let (mut failures, mut written) = (0usize, true);
    // Each item travels with its place; the writer gets a copy to report failures with.
    let mut inputs = Inputs::new(options.files, options.plain_text)
        .map(|(place, input)| (place.clone(), (place, input)));
    ordered::run(
        options.jobs,
        2 * options.jobs,
        || inputs.next(),
        |(place, input)| annotate(&annotator, options.unit, input, &place),
        |place: Place, result| {
            match result.unwrap_or_else(|panic| Err(format!("internal error: {panic}"))) {
                Ok(None) => {}
                Ok(Some(line)) => {
                    // Flushed line by line: whatever happens later, this result is out.
                    if let Err(e) = writeln!(out, "{line}").and_then(|()| out.flush()) {
                        complain(format_args!("cannot write the results: {e}"));
                        written = false;
                        return false;
                    }
                }
                Err(e) => {
                    failures += 1;
                    complain(format_args!("{place}: {e}"));
                }
            }
            true
        },
    );
    if failures > 0 {
        complain(format_args!("{failures} document(s) failed"));
    }
    if failures > 0 || !written {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The default gazetteer with the dictionary at `path`, its errors naming the file.
fn with_dictionary(path: &str) -> Result<Annotator, String> {
    let tsv = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let mut gazetteer = Gazetteer::default_data();
    gazetteer
        .add_tsv_overriding(path, tsv)
        .map_err(|e| e.to_string())?;
    Annotator::new(&gazetteer).map_err(|e| e.to_string())
}

/// One output line, in the order a reader wants its fields.
#[derive(Serialize)]
struct Output<'a> {
    id: &'a Value,
    #[serde(flatten)]
    annotation: &'a Annotation,
}

/// The JSON line for one input; `None` for a blank line.
fn annotate(
    annotator: &Annotator,
    unit: OffsetUnit,
    input: Result<Input, String>,
    place: &Place,
) -> Result<Option<String>, String> {
    let (id, text) = match input? {
        Input::Text(text) => (Value::from(&*place.file), text),
        Input::JsonLine(line) => match jsonl::parse(&line, place.line.unwrap_or(1))? {
            Some(doc) => (doc.id, doc.text),
            None => return Ok(None),
        },
    };
    let annotation = annotator.annotate(&text, unit).map_err(|e| e.to_string())?;
    serde_json::to_string(&Output {
        id: &id,
        annotation: &annotation,
    })
    .map(Some)
    .map_err(|e| format!("cannot write the result: {e}"))
}
