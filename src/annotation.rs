//! What an annotation run returns: spans to highlight, the entities they name, and facts.

use crate::facts::Facts;
use crate::label::Label;
use crate::offsets::OffsetUnit;
use serde::Serialize;

/// The result of annotating one text. All offsets count in [`Annotation::offsets`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Annotation {
    /// The unit every offset in this annotation counts in.
    pub offsets: OffsetUnit,
    /// Highlighted spans, sorted by start, never overlapping.
    pub spans: Vec<Span>,
    /// Places and people named inside a highlighted organisation or title ("Baghdad" in "the
    /// US Embassy in Baghdad"), which overlap resolution kept out of `spans`: a second layer
    /// for a reader to see both. Sorted by start, never overlapping each other, each inside
    /// one span of `spans`; not counted as mentions of their entities.
    pub nested: Vec<Span>,
    /// The custom labels the annotator's dictionary names (in order of first appearance),
    /// whether or not this text has them, so that a reader can list and colour every one.
    /// Left out of the JSON when there are none, so that results without custom labels stay
    /// as they were.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub custom_labels: Vec<Label>,
    /// The entities the spans name, in order of first mention.
    pub entities: Vec<Entity>,
    /// Facts extracted from the text.
    pub facts: Facts,
    /// The sentences of the text, in order, so that a reader can be shown the sentence a
    /// span or a fact stands in.
    pub sentences: Vec<Sentence>,
}

/// One sentence of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

/// One highlighted stretch of text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// What the span is.
    pub label: Label,
    /// The text as it stands in the input.
    pub text: String,
    /// The [`Entity::id`] this span names; `None` for dates, numbers and money.
    pub entity: Option<String>,
}

/// A distinct entity, with every surface form it was mentioned by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// A stable identifier: the source data's (`iso:IQ`) or one made from label and name.
    pub id: String,
    /// The canonical name.
    pub name: String,
    /// What the entity is.
    pub label: Label,
    /// How many spans name it.
    pub mentions: usize,
    /// The distinct surface forms that named it, in order of appearance.
    pub aliases: Vec<String>,
    /// The canonical name of a related entity (a nationality's country), if any.
    pub link: Option<String>,
    /// Where it is first mentioned.
    pub first: usize,
}

impl Annotation {
    /// Every offset in the annotation, for conversion from bytes.
    pub(crate) fn offsets_mut(&mut self) -> Vec<&mut usize> {
        let mut all: Vec<&mut usize> = Vec::new();
        for s in self.spans.iter_mut().chain(&mut self.nested) {
            all.push(&mut s.start);
            all.push(&mut s.end);
        }
        for e in &mut self.entities {
            all.push(&mut e.first);
        }
        for s in &mut self.sentences {
            all.push(&mut s.start);
            all.push(&mut s.end);
        }
        all.extend(self.facts.offsets_mut());
        all
    }
}
