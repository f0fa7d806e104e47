//! Training the tagger: the averaged perceptron (Collins, 2002), decoding greedily with the
//! model's own earlier tags as at tagging time, and averaging lazily (each weight remembers
//! when it last changed, so an update costs the same however long training has run).
//!
//! Only built with the `training` feature, for `src/bin/train_tagger.rs`.

use super::features::{allowed, class_of, Sheet, CLASSES, TAGS};
use super::{best, Tagger};
use std::collections::HashMap;

/// A text to learn from: the prepared text and the gold tag of each token.
pub struct Example<'t> {
    /// The prepared text.
    pub sheet: Sheet<'t>,
    /// One tag per token.
    pub gold: Vec<usize>,
}

/// A gold span: byte range and class (an index of the tagger's classes: person, place,
/// organisation, other).
#[derive(Debug, Clone, Copy)]
pub struct GoldSpan {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// Index into the tagger's classes.
    pub class: usize,
}

/// The class index of a gold label of the evaluation data ("PER", "LOC", "ORG", "MISC").
pub fn class_of_label(label: &str) -> Option<usize> {
    let label = match label {
        "PER" => Some(crate::Label::Person),
        "LOC" => Some(crate::Label::Place),
        "ORG" => Some(crate::Label::Org),
        "MISC" => None,
        _ => return None,
    };
    CLASSES.iter().position(|&c| c == label)
}

impl<'t> Example<'t> {
    /// Tags the sheet's tokens from gold spans: a token starting a span begins it, one starting
    /// inside it continues it (spans that end inside a token still claim it).
    pub fn new(sheet: Sheet<'t>, spans: &[GoldSpan]) -> Example<'t> {
        let mut gold = vec![0; sheet.tokens.len()];
        for s in spans {
            let mut first = true;
            for (i, t) in sheet.tokens.iter().enumerate() {
                if t.start >= s.start && t.start < s.end {
                    gold[i] = if first {
                        1 + 2 * s.class
                    } else {
                        2 + 2 * s.class
                    };
                    first = false;
                }
            }
        }
        Example { sheet, gold }
    }
}

#[derive(Clone, Copy, Default)]
struct Weight {
    value: f64,
    total: f64,
    since: u64,
}

/// Trains a tagger on `examples` for `epochs` passes, visiting the examples in an order
/// shuffled by a fixed seed (so the same data gives the same model). Weights are stored as
/// integers of `1 / resolution`; a feature is kept only if one of its averaged weights is at
/// least `min_weight` of those units in magnitude (at 1, every feature not rounded to zero).
pub fn train(examples: &[Example], epochs: usize, resolution: f64, min_weight: i32) -> Tagger {
    let mut weights: HashMap<u32, [Weight; TAGS]> = HashMap::new();
    let mut step: u64 = 1;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut features = Vec::new();
    for epoch in 0..epochs {
        // Fisher–Yates with a fixed linear congruential generator: reproducible everywhere.
        for i in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        let (mut right, mut seen) = (0usize, 0usize);
        for &e in &order {
            let Example { sheet, gold } = &examples[e];
            let (mut prev, mut prev2) = (0, 0);
            for (i, &gold_tag) in gold.iter().enumerate() {
                // After a wrong earlier tag the gold continuation may be impossible; the best
                // tag still reachable is to begin the name here (a dynamic oracle). Training
                // towards the impossible tag would only inflate its weights for nothing.
                let truth = if allowed(prev, gold_tag) {
                    gold_tag
                } else {
                    gold_tag - 1
                };
                let guess = if sheet.worth_tagging(i, prev) {
                    sheet.features(i, prev, prev2, &mut features);
                    let mut scores = [0i32; TAGS];
                    for f in &features {
                        if let Some(row) = weights.get(f) {
                            for (s, w) in scores.iter_mut().zip(row) {
                                // Scores compare only within one token: rounding is harmless.
                                *s += (w.value * 1000.0) as i32;
                            }
                        }
                    }
                    let guess = best(&scores, prev);
                    if guess != truth {
                        for &f in &features {
                            let row = weights.entry(f).or_insert([Weight::default(); TAGS]);
                            for (tag, delta) in [(truth, 1.0), (guess, -1.0)] {
                                let w = &mut row[tag];
                                w.total += (step - w.since) as f64 * w.value;
                                w.since = step;
                                w.value += delta;
                            }
                        }
                    }
                    seen += 1;
                    guess
                } else {
                    0
                };
                right += usize::from(guess == truth && class_of(truth).is_some());
                step += 1;
                (prev2, prev) = (prev, guess);
            }
        }
        eprintln!(
            "epoch {}: {} tokens weighed, {} name tokens right, {} features",
            epoch + 1,
            seen,
            right,
            weights.len()
        );
    }
    let mut tagger = Tagger::default();
    for (f, row) in weights {
        let mut averaged = [0i32; TAGS];
        for (a, w) in averaged.iter_mut().zip(&row) {
            let total = w.total + (step - w.since) as f64 * w.value;
            *a = (total / step as f64 * resolution).round() as i32;
        }
        if averaged.iter().any(|&a| a.abs() >= min_weight.max(1)) {
            tagger.weights.insert(f, averaged);
        }
    }
    tagger
}
