//! Throughput of the annotator, and the cost of building it.
//!
//! Run with `cargo bench`. A plain harness (no statistics crate): it repeats each measurement
//! and prints the fastest run, the figure least disturbed by a noisy machine. Compare ratios
//! within one run, not absolute times across machines.

use annotator::{Annotator, Gazetteer, OffsetUnit};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn fastest<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .min()
        .unwrap()
}

fn main() {
    let article = include_str!("../tests/fixtures/article.txt");
    let gazetteer = Gazetteer::default_data();
    let load = fastest(5, Gazetteer::default_data);
    let build = fastest(5, || Annotator::new(&gazetteer).unwrap());
    println!(
        "gazetteer: {} entities, {} surfaces; parse {:.1} ms, compile {:.1} ms",
        gazetteer.entities().len(),
        gazetteer.surface_count(),
        load.as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3
    );
    let core = Gazetteer::default_core();
    let core_build = fastest(5, || Annotator::new(&core).unwrap());
    println!(
        "core tier: {} surfaces; compile {:.1} ms",
        core.surface_count(),
        core_build.as_secs_f64() * 1e3
    );
    let annotator = Annotator::new(&gazetteer).unwrap();
    for (name, text) in [
        ("one article", article.to_string()),
        (
            "1 MB of articles",
            article.repeat(1_000_000 / article.len() + 1),
        ),
    ] {
        let runs = if text.len() < 10_000 { 200 } else { 5 };
        let t = fastest(runs, || {
            annotator.annotate(&text, OffsetUnit::Utf16).unwrap()
        });
        let words = text.split_whitespace().count();
        println!(
            "{name}: {} bytes, {words} words in {:.3} ms: {:.1} MB/s, {:.2} M words/s",
            text.len(),
            t.as_secs_f64() * 1e3,
            text.len() as f64 / t.as_secs_f64() / 1e6,
            words as f64 / t.as_secs_f64() / 1e6
        );
    }
}
