//! Trains the name tagger on labelled JSON Lines and writes the model; optionally tags other
//! labelled sets with the new model so they can be scored at once. Run through
//! `scripts/model/train.sh`, which gives the exact command that built `data/model/tagger.bin`.
//!
//! ```text
//! train-tagger --train GOLD.jsonl [--skip-genre G] [--epochs N] [--resolution R]
//!              [--min-weight W] [--out MODEL.bin] [--predict GOLD.jsonl PRED.jsonl]...
//! ```
//! Input lines are `{"id", "text", "spans": [{"start", "end", "label"}]}` with code-point
//! offsets (the shared evaluation format); labels PER, LOC, ORG and MISC are learned.
//! `--min-weight W` keeps only the features with an averaged weight of at least W units in
//! magnitude (1, the least, keeps every feature that does not round to zero).
//! `--skip-genre G` leaves out the GUM documents of genre G (ids `GUM_G_…`), to measure the
//! model on a genre it never saw.

use annotator::tagger::train::{class_of_label, train, Example, GoldSpan};
use annotator::{Annotator, OffsetUnit};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::process::ExitCode;

struct Args {
    train: String,
    skip_genre: Option<String>,
    epochs: usize,
    resolution: f64,
    min_weight: i32,
    out: Option<String>,
    predict: Vec<(String, String)>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        train: String::new(),
        skip_genre: None,
        epochs: 10,
        resolution: 20.0,
        min_weight: 1,
        out: None,
        predict: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--train" => args.train = value()?,
            "--skip-genre" => args.skip_genre = Some(value()?),
            "--epochs" => args.epochs = value()?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--resolution" => {
                args.resolution = value()?.parse().map_err(|e| format!("--resolution: {e}"))?
            }
            "--min-weight" => {
                args.min_weight = value()?.parse().map_err(|e| format!("--min-weight: {e}"))?
            }
            "--out" => args.out = Some(value()?),
            "--predict" => {
                let gold = value()?;
                let pred = value()?;
                args.predict.push((gold, pred));
            }
            _ => return Err(format!("unknown argument {a}")),
        }
    }
    if args.train.is_empty() {
        return Err("--train GOLD.jsonl is required".into());
    }
    Ok(args)
}

fn read_jsonl(path: &str) -> Result<Vec<Value>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    BufReader::new(file)
        .lines()
        .enumerate()
        .filter(|(_, l)| l.as_ref().is_ok_and(|l| !l.trim().is_empty()) || l.is_err())
        .map(|(n, l)| {
            let l = l.map_err(|e| format!("{path}:{}: {e}", n + 1))?;
            serde_json::from_str(&l).map_err(|e| format!("{path}:{}: {e}", n + 1))
        })
        .collect()
}

/// Byte offset of every code-point offset of `text` (and of its end).
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect()
}

fn gold_spans(doc: &Value, text: &str) -> Vec<GoldSpan> {
    let bytes = byte_offsets(text);
    doc["spans"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| {
            let class = class_of_label(s["label"].as_str()?)?;
            let start = *bytes.get(s["start"].as_u64()? as usize)?;
            let end = *bytes.get(s["end"].as_u64()? as usize)?;
            Some(GoldSpan { start, end, class })
        })
        .collect()
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let base = Annotator::with_default_data().with_tagger(None);
    let docs = read_jsonl(&args.train)?;
    let docs: Vec<&Value> = docs
        .iter()
        .filter(|d| {
            let id = d["id"].as_str().unwrap_or("");
            args.skip_genre
                .as_ref()
                .is_none_or(|g| !id.starts_with(&format!("GUM_{g}_")))
        })
        .collect();
    let texts: Vec<&str> = docs
        .iter()
        .map(|d| d["text"].as_str().unwrap_or(""))
        .collect();
    let examples: Vec<Example> = docs
        .iter()
        .zip(&texts)
        .map(|(d, text)| Example::new(base.training_sheet(text), &gold_spans(d, text)))
        .collect();
    eprintln!("training on {} documents", examples.len());
    let tagger = train(&examples, args.epochs, args.resolution, args.min_weight);
    let bytes = tagger.to_bytes();
    eprintln!("model: {} bytes", bytes.len());
    if let Some(out) = &args.out {
        std::fs::write(out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    }
    let annotator = base.with_tagger(Some(tagger));
    for (gold, pred) in &args.predict {
        let mut out = std::io::BufWriter::new(
            std::fs::File::create(pred).map_err(|e| format!("{pred}: {e}"))?,
        );
        for doc in read_jsonl(gold)? {
            let text = doc["text"].as_str().unwrap_or("");
            let a = annotator
                .annotate(text, OffsetUnit::Utf16)
                .map_err(|e| e.to_string())?;
            let spans: Vec<Value> = a
                .spans
                .iter()
                .map(|s| json!({"start": s.start, "end": s.end, "label": s.label.as_str()}))
                .collect();
            writeln!(out, "{}", json!({"id": doc["id"], "spans": spans}))
                .map_err(|e| format!("{pred}: {e}"))?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train-tagger: {e}");
            ExitCode::FAILURE
        }
    }
}
