//! # annotator: people, places, organisations, dates, numbers and facts in news text
//!
//! This crate is the core of an in-browser article annotator. It finds the entities of a
//! gazetteer in a text with an [Aho-Corasick](aho_corasick) automaton, keeps only whole-word
//! hits whose letter case fits, resolves overlaps explicitly, links every alias to one canonical
//! entity, and extracts facts (dates, quantities, casualties, money, quotes). It is pure Rust:
//! the same core runs natively (the `annotate` CLI) and in the browser (the `wasm` bindings).
//!
//! ```
//! use annotator::{Annotator, Gazetteer, Label, OffsetUnit};
//!
//! let gazetteer = Gazetteer::parse(
//!     "example",
//!     "PLACE\tUnited States\tUS|U.S.|America\tu\tiso:US\nPLACE\tBaghdad\n",
//! )
//! .unwrap();
//! let annotator = Annotator::new(&gazetteer).unwrap();
//! let a = annotator.annotate("The US embassy in Baghdad told us…", OffsetUnit::Utf16).unwrap();
//! let found: Vec<(&str, Label)> = a.spans.iter().map(|s| (s.text.as_str(), s.label)).collect();
//! assert_eq!(found, [("US", Label::Place), ("Baghdad", Label::Place)]);
//! assert_eq!(a.entities[0].id, "iso:US");
//! ```
//!
//! ## What to know
//! - **Offsets** leave the core in the unit asked for: UTF-16 code units for JavaScript,
//!   code points for Python, bytes for Rust ([`OffsetUnit`]).
//! - **Matching** is on folded text: curly quotes, hyphens, spacing and Latin accents do not
//!   keep a name from matching, and offsets still point into the original text.
//! - **Case**: proper nouns match case-sensitively (optionally in all capitals), common words in
//!   any case; words that are also ordinary English words match only where they read as names.
//! - **Names in no list** come from rules over runs of capitalised words (a title before
//!   them, a known given name, a speech verb, an organisation or place word); a later bare
//!   surname refers back to its person. Where neither the gazetteer nor the rules found a
//!   name, a compiled-in learned tagger (an averaged perceptron over word shape, the lexicon of
//!   ordinary words, the neighbours and the gazetteer's and rules' readings) adds the ones it
//!   is confident of; then each multi-word name and each person's surname is carried to its
//!   other mentions, so one name has one type everywhere in the text.
//! - **Overlaps**: the longest span wins; equal spans go to the label first in [`Label::ALL`].
//! - **Custom labels**: a dictionary may name labels of its own (`WEAPON`), see [`Gazetteer`];
//!   their spans are named entities like any entry's, no fact reads them, and every
//!   [`Annotation`] lists them in `custom_labels`.
//! - **Facts** ([`facts::Facts`]): dates resolved against the article's own reference date,
//!   quantities, casualties, money, quotes with speakers and events, each with its offsets;
//!   the annotation also carries the text's [`Sentence`]s.
//! - **Limits**: a text is at most [`MAX_TEXT_BYTES`]; the default gazetteer is compiled in
//!   ([`Gazetteer::default_data`]), with a quick core tier ([`Gazetteer::default_core`]) for a
//!   first annotation while the full one compiles.
//!
//! ## The pipeline, one module per step
//! `fold` (typographic folding with an offset map) → `matcher` (Aho-Corasick, boundary, case
//! and ambiguity rules) → `resolve` (overlaps) → `names` (rules) → `resolve` → `tagger` (the
//! learned tagger, reading `lexicon`) → `clubs` (a sports club named after its town) →
//! `apposition` (a town named with its region) → `citations` (authors cited by name and year)
//! → `coordination` (names joined by "and") →
//! `propagate` (one name, one type) → `sentences` and `facts` → `resolve` → `offsets` (bytes to
//! UTF-16 or code points). The text is split into
//! classified tokens once (`tokens`), which `names` and `tagger` both read; closed word classes
//! (months, weekdays, speech verbs, function words) are defined once in `words`.
#![deny(missing_docs)]

mod annotation;
mod annotator;
mod apposition;
mod citations;
mod clubs;
mod context;
mod coordination;
mod error;
pub mod facts;
mod fast_hash;
mod fold;
mod gazetteer;
mod label;
mod lexicon;
mod matcher;
mod names;
mod offsets;
mod progress;
mod propagate;
mod resolve;
mod sentences;
#[cfg(feature = "training")]
pub mod tagger;
#[cfg(not(feature = "training"))]
mod tagger;
mod tokens;
#[cfg(target_arch = "wasm32")]
mod wasm;
mod words;

pub use annotation::{Annotation, Entity, Sentence, Span};
pub use annotator::{Annotator, MAX_TEXT_BYTES};
pub use error::{BadLine, Error};
pub use gazetteer::{
    CasePolicy, DictLine, EntityDef, Flags, Gazetteer, MAX_CUSTOM_LABELS, MAX_DICTIONARY_BYTES,
};
pub use label::{CustomLabel, Label, UnknownLabel};
pub use offsets::OffsetUnit;
pub use progress::{Progress, Stage, PROGRESS_ABOVE_BYTES};
