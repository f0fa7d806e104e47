//! A learned name tagger: an averaged perceptron that reads each token with its neighbours, its
//! shape, the lexicon and the gazetteer's and the rules' opinions, and tags it as the
//! beginning, the continuation or the outside of a person, place, organisation or other name.
//!
//! Why a learned component on top of the rules: the rules are precise where a cue exists (a
//! title, a given name, an organisation word), but most names in news carry no such cue, and
//! typing a bare capitalised word from its context is a weighing of many weak signals — what a
//! linear model does well and a hand-written rule does badly. The gazetteer and the rules stay
//! the first readers: their spans are features, so the model learns when to trust them.
//!
//! The model is trained by `scripts/model/train.sh` on the GUM corpus's six non-news genres
//! (`../shared/eval/gum_genres_dev.jsonl`, CC BY / CC BY-SA, see data/NOTICE.md) and ships
//! compiled in (`data/model/tagger.bin`, about 100 kilobytes): no download at run time, the
//! same answer natively and in the browser. Decoding is greedy, left to right, each tag seeing
//! the two before it; tokens that cannot start a name are skipped (see
//! [`Sheet::worth_tagging`]).
//!
//! `data/model/tagger.bin` is kept as training writes it; build.rs rewrites it into the
//! compact form compiled in (see [`packed`] for both forms).

mod features;
mod packed;
#[cfg(feature = "training")]
pub mod train;

use features::{allowed, begins, class_of, CLASSES, TAGS};
pub use features::{word_hash, Cue, Hashed, Sheet, Words};
use std::collections::HashMap;

use crate::label::Label;

/// Weights of one feature, one per tag.
type Row = [i32; TAGS];

/// The compiled-in model: data/model/tagger.bin in the compact form build.rs writes (`NTC1`,
/// see [`packed`]).
const MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/tagger.ntc"));

/// A name the tagger found: a byte range and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tagged {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// Person, place or organisation.
    pub label: Label,
    /// How much the first token's tag outscored "outside", in weight units: the tagger's
    /// confidence that a name starts here.
    pub margin: i32,
}

/// The weights of a trained tagger.
#[derive(Debug, Clone, Default)]
pub struct Tagger {
    weights: HashMap<u32, Row, Hashed>,
}

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadModel(pub &'static str);

impl Tagger {
    /// The compiled-in model, or `None` if the build carries an empty one.
    pub fn default_model() -> Option<Tagger> {
        let features = packed::read_ntc1(MODEL).expect("the compiled-in model is well formed");
        let tagger = Tagger::from_features(features).expect("the compiled-in model fits");
        (!tagger.weights.is_empty()).then_some(tagger)
    }

    /// Reads a model as training writes it (`NTG1`, see [`packed`]).
    #[cfg(any(test, feature = "training"))]
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, BadModel> {
        Tagger::from_features(packed::read_ntg1(bytes).map_err(BadModel)?)
    }

    fn from_features(features: Vec<packed::Feature>) -> Result<Tagger, BadModel> {
        let mut weights = HashMap::with_capacity_and_hasher(features.len(), Default::default());
        for (hash, row) in features {
            if row[TAGS..].iter().any(|&w| w != 0) {
                return Err(BadModel("a weight for a tag this tagger does not have"));
            }
            weights.insert(hash, std::array::from_fn(|tag| row[tag]));
        }
        Ok(Tagger { weights })
    }

    /// Writes the model as training does (`NTG1`, see [`packed`]).
    #[cfg(any(test, feature = "training"))]
    pub fn to_bytes(&self) -> Vec<u8> {
        let features: Vec<packed::Feature> = self
            .weights
            .iter()
            .map(|(&hash, row)| {
                let mut wide = [0; packed::MAX_TAGS];
                wide[..TAGS].copy_from_slice(row);
                (hash, wide)
            })
            .collect();
        packed::write_ntg1(&features)
    }

    /// The names in the prepared text.
    pub fn tag(&self, sheet: &Sheet) -> Vec<Tagged> {
        let (tags, margins) = self.tags(sheet);
        spans(sheet, &tags, &margins)
    }

    /// The tag of every token of the sheet, decoded greedily, and by how much each outscored
    /// "outside".
    fn tags(&self, sheet: &Sheet) -> (Vec<usize>, Vec<i32>) {
        let mut margins = Vec::with_capacity(sheet.tokens.len());
        let mut tags = Vec::with_capacity(sheet.tokens.len());
        let mut features = Vec::with_capacity(32);
        let (mut prev, mut prev2) = (0, 0);
        for i in 0..sheet.tokens.len() {
            let (tag, margin) = if sheet.worth_tagging(i, prev) {
                sheet.features(i, prev, prev2, &mut features);
                let scores = self.scores(&features);
                let tag = best(&scores, prev);
                (tag, scores[tag] - scores[0])
            } else {
                (0, 0)
            };
            tags.push(tag);
            margins.push(margin);
            (prev2, prev) = (prev, tag);
        }
        (tags, margins)
    }

    fn scores(&self, features: &[u32]) -> Row {
        let mut scores = [0; TAGS];
        for f in features {
            if let Some(row) = self.weights.get(f) {
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
        scores
    }
}

/// The best-scoring tag that may follow `prev` (ties go to the lower tag, "outside" first).
fn best(scores: &Row, prev: usize) -> usize {
    (0..TAGS)
        .filter(|&t| allowed(prev, t))
        .max_by_key(|&t| (scores[t], std::cmp::Reverse(t)))
        .unwrap_or(0)
}

/// The names a tag sequence spells: a begin tag and the continuations of its class.
fn spans(sheet: &Sheet, tags: &[usize], margins: &[i32]) -> Vec<Tagged> {
    let mut out: Vec<Tagged> = Vec::new();
    let mut open: Option<(usize, usize, usize, i32)> = None;
    let mut close = |open: &mut Option<(usize, usize, usize, i32)>| {
        if let Some((start, end, class, margin)) = open.take() {
            if let Some(label) = CLASSES[class] {
                out.push(Tagged {
                    start,
                    end,
                    label,
                    margin,
                });
            }
        }
    };
    for (i, ((t, &tag), &margin)) in sheet.tokens.iter().zip(tags).zip(margins).enumerate() {
        match class_of(tag) {
            Some(class)
                if !begins(tag)
                    && open.is_some_and(|o| o.2 == class)
                    && !sheet.paragraph_between(i - 1, i) =>
            {
                open.as_mut().expect("checked").1 = t.end;
            }
            Some(class) => {
                close(&mut open);
                open = Some((t.start, t.end, class, margin));
            }
            None => close(&mut open),
        }
    }
    close(&mut open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn a_model_survives_writing_and_reading() {
        let mut tagger = Tagger::default();
        tagger
            .weights
            .insert(7, [0, -3, 0, 0, 120_000, 0, 0, 0, -1]);
        tagger.weights.insert(u32::MAX, [1; TAGS]);
        let back = Tagger::from_bytes(&tagger.to_bytes()).unwrap();
        assert_eq!(back.weights, tagger.weights);
    }

    #[test]
    fn the_compiled_in_model_is_the_training_output_weight_for_weight() {
        let trained = Tagger::from_bytes(include_bytes!("../../data/model/tagger.bin")).unwrap();
        let compiled_in = Tagger::default_model().unwrap();
        assert_eq!(compiled_in.weights, trained.weights);
    }

    #[test]
    fn a_broken_model_is_refused_not_misread() {
        let bytes = Tagger {
            weights: [(9, [5; TAGS])].into_iter().collect(),
        }
        .to_bytes();
        assert!(Tagger::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        assert!(Tagger::from_bytes(b"XXXX").is_err());
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(Tagger::from_bytes(&longer).is_err());
    }

    /// The names `tags` spell over `text`, with no lexicon or given names behind the sheet.
    fn spelled<'t>(text: &'t str, tags: &[usize]) -> Vec<(&'t str, Label)> {
        let (common, given) = (Default::default(), Default::default());
        let words = Words {
            common: &common,
            given: &given,
        };
        let sheet = Sheet::new(text, tokenize(text), &[], &words);
        assert_eq!(sheet.tokens.len(), tags.len(), "one tag a token");
        spans(&sheet, tags, &vec![0; tags.len()])
            .iter()
            .map(|t| (&text[t.start..t.end], t.label))
            .collect()
    }

    #[test]
    fn tags_spell_names_of_their_class() {
        let text = "met Zed Blau in Ur";
        // O B-PER I-PER O B-LOC
        assert_eq!(
            spelled(text, &[0, 1, 2, 0, 3]),
            [("Zed Blau", Label::Person), ("Ur", Label::Place)]
        );
        // A MISC name (class 3) is learned but not reported.
        assert!(spelled(text, &[0, 7, 8, 0, 0]).is_empty());
    }

    #[test]
    fn a_name_stops_at_a_blank_line_whatever_the_tags_say() {
        // B-LOC I-LOC I-LOC O B-LOC I-LOC: the third token opens a paragraph, so the
        // continuation there starts a name of its own; a single line break does not split one.
        let text = "Old Mill\n\nGetting there\nMill Lane";
        let names: Vec<&str> = spelled(text, &[3, 4, 4, 0, 3, 4])
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(names, ["Old Mill", "Getting", "Mill Lane"]);
        assert_eq!(spelled("Old\nMill", &[3, 4]), [("Old\nMill", Label::Place)]);
    }
}
