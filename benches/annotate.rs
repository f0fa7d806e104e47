//! Throughput of the annotator side by side with plain Aho-Corasick, and the cost of building it.
//!
//! Run with `cargo bench`. A plain harness (no statistics crate): every measured job runs in
//! turn within each round, so a noisy moment slows all of them alike, and the table gives the
//! median round. Compare ratios within one run, not absolute times across machines.
//!
//! The texts are one article (`tests/fixtures/article.txt`) and about 4 KB and 1 MB of news
//! composed from the invented templates of `benches/news.txt` (`benches/browser.mjs` composes
//! the same text). The baseline is what the annotator cannot
//! do with less: one overlapping Aho-Corasick search (the crate and automaton kind of
//! `src/matcher.rs`) over the gazetteer's surface forms, read here from `data/gazetteer/`, over
//! the lower-cased text — and, for comparison, over the text as written with the surfaces as
//! written (a case-sensitive search).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use annotator::{Annotator, Gazetteer, OffsetUnit};
use std::collections::{BTreeSet, HashMap};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

const ROUNDS: usize = 7;

fn time<T>(f: impl FnOnce() -> T) -> Duration {
    let t = Instant::now();
    black_box(f());
    t.elapsed()
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// Fills the templates of `benches/news.txt` in a fixed pseudo-random order (xorshift32 from
/// seed 1) until the text holds `bytes` bytes; five sentences a paragraph.
fn news(bytes: usize) -> String {
    let source = include_str!("news.txt");
    let mut templates = Vec::new();
    let mut lists: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut lines = source
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty());
    while let Some(line) = lines.next() {
        match line.strip_prefix('=') {
            Some(name) => {
                let values = lines.next().expect("a list line after =name");
                lists.insert(name, values.split('|').collect());
            }
            None => templates.push(line),
        }
    }
    let mut state: u32 = 1;
    let mut pick = |n: usize| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state as usize % n
    };
    let mut text = String::with_capacity(bytes + 400);
    let mut sentences = 0;
    while text.len() < bytes {
        let mut rest = templates[pick(templates.len())];
        while let Some(open) = rest.find('{') {
            let close = open + rest[open..].find('}').expect("a closed {slot}");
            let values = &lists[&rest[open + 1..close]];
            text.push_str(&rest[..open]);
            text.push_str(values[pick(values.len())]);
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
        sentences += 1;
        text.push_str(if sentences % 5 == 0 { "\n\n" } else { " " });
    }
    text
}

/// Every surface form of the default gazetteer's files (canonical names and aliases), as
/// written: the patterns the matcher compiles, before its folding.
fn surfaces() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut out = BTreeSet::new();
    for file in files {
        for line in std::fs::read_to_string(file).unwrap().lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let aliases = cols.get(2).filter(|a| **a != "-").map_or("", |a| a);
            for s in std::iter::once(cols[1]).chain(aliases.split('|')) {
                let s = s.strip_prefix("The ").unwrap_or(s).trim();
                if !s.is_empty() {
                    out.insert(s.to_string());
                }
            }
        }
    }
    out.into_iter().collect()
}

fn automaton(patterns: &[String]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(patterns)
        .unwrap()
}

fn count_overlapping(ac: &AhoCorasick, text: &str) -> usize {
    ac.find_overlapping_iter(text).count()
}

fn main() {
    let gazetteer = Gazetteer::default_data();
    let core = Gazetteer::default_core();
    let load = median((0..5).map(|_| time(Gazetteer::default_data)).collect());
    let build = median(
        (0..5)
            .map(|_| time(|| Annotator::new(&gazetteer)))
            .collect(),
    );
    let core_build = median((0..5).map(|_| time(|| Annotator::new(&core))).collect());
    println!(
        "gazetteer: {} entities, {} surfaces; parse {:.1} ms, compile {:.1} ms; core tier: {} surfaces, compile {:.1} ms (medians of 5)",
        gazetteer.entities().len(),
        gazetteer.surface_count(),
        load.as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3,
        core.surface_count(),
        core_build.as_secs_f64() * 1e3
    );

    let annotator = Annotator::new(&gazetteer).unwrap();
    let cased = surfaces();
    let lower: Vec<String> = cased
        .iter()
        .map(|s| s.to_lowercase())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let (ac_lower, ac_cased) = (automaton(&lower), automaton(&cased));
    println!(
        "plain aho-corasick: {} lower-cased patterns, {} as written",
        lower.len(),
        cased.len()
    );

    let article = include_str!("../tests/fixtures/article.txt").to_string();
    for (name, text) in [
        ("one article", article),
        ("4 KB of news", news(4_000)),
        ("1 MB of news", news(1_000_000)),
    ] {
        let bytes = text.len();
        let text_lower = text.to_lowercase();
        let rounds = if bytes < 10_000 { 25 * ROUNDS } else { ROUNDS };
        let mut runs: [Vec<Duration>; 4] = Default::default();
        for round in 0..rounds {
            // Each round starts with another job, so none always runs after the same one.
            for job in (0..4).map(|j| (j + round) % 4) {
                runs[job].push(match job {
                    0 => time(|| annotator.annotate(&text, OffsetUnit::Utf16).unwrap()),
                    1 => time(|| count_overlapping(&ac_lower, &text_lower)),
                    2 => time(|| count_overlapping(&ac_lower, &text.to_lowercase())),
                    _ => time(|| count_overlapping(&ac_cased, &text)),
                });
            }
        }
        let words = text.split_whitespace().count();
        println!(
            "\n{name}: {} bytes, {words} words; median of {rounds} rounds; {} spans, {} raw hits lower-cased, {} case-sensitive",
            text.len(),
            annotator.annotate(&text, OffsetUnit::Utf16).unwrap().spans.len(),
            count_overlapping(&ac_lower, &text_lower),
            count_overlapping(&ac_cased, &text),
        );
        println!("| job | ms | MB/s | annotate ÷ job |\n| --- | ---: | ---: | ---: |");
        let whole = median(runs[0].clone());
        let jobs = [
            "annotate (whole pipeline, UTF-16 offsets)",
            "aho-corasick, lower-cased text (search only)",
            "aho-corasick, lower-casing + search",
            "aho-corasick, case-sensitive, text as written",
        ];
        for (job, runs) in jobs.iter().zip(runs) {
            let t = median(runs);
            println!(
                "| {job} | {:.3} | {:.1} | {:.1}× |",
                t.as_secs_f64() * 1e3,
                text.len() as f64 / t.as_secs_f64() / 1e6,
                whole.as_secs_f64() / t.as_secs_f64()
            );
        }
    }
}
