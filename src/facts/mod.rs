//! Facts extracted from the text: dates, quantities, casualties, money, quotes and events.
//!
//! (Skeleton: the extractors land with the facts work.)

use crate::label::Label;
use serde::Serialize;

/// A named mention the extractors may use (speakers, places of events).
#[derive(Debug, Clone, Copy)]
pub(crate) struct NamedMention<'a> {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// The canonical name of the entity.
    pub name: &'a str,
}

/// Everything the extractors found. Offsets are in the annotation's unit.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Facts {}

impl Facts {
    /// The spans to highlight for the facts (dates, numbers, money), as byte ranges.
    pub(crate) fn spans(&self) -> Vec<(usize, usize, Label)> {
        Vec::new()
    }

    /// Every offset in the facts, for conversion to the output unit.
    pub(crate) fn offsets_mut(&mut self) -> Vec<&mut usize> {
        Vec::new()
    }
}

/// Extracts the facts of `text`, given the named mentions already found in it.
pub(crate) fn extract(_text: &str, _mentions: &[NamedMention<'_>]) -> Facts {
    Facts::default()
}
