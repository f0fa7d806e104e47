//! Nested names: a place or a person inside a highlighted organisation or title is kept as a
//! second layer (`Annotation::nested`), so a reader sees both.

use annotator::{Annotator, Gazetteer, Label, OffsetUnit, Span};

fn demo() -> Annotator {
    let g = Gazetteer::parse(
        "demo",
        "ORG\tUS Embassy in Baghdad\nPLACE\tBaghdad\t-\t-\tgeo:1\nPLACE\tUS\nPLACE\tNew York\nPLACE\tYork\nTITLE\tmayor of Basra\t-\ti\nPLACE\tBasra\n",
    )
    .unwrap();
    Annotator::new(&g).unwrap()
}

/// The spans as (text, label), and the nested names as they come.
fn layers(text: &str) -> (Vec<(String, Label)>, Vec<Span>) {
    let a = demo().annotate(text, OffsetUnit::Utf16).unwrap();
    (
        a.spans.into_iter().map(|s| (s.text, s.label)).collect(),
        a.nested,
    )
}

#[test]
fn places_inside_an_organisation_are_nested_under_it() {
    let (spans, nested) = layers("🇮🇶 The US Embassy in Baghdad closed.");
    assert_eq!(spans, [("US Embassy in Baghdad".to_string(), Label::Org)]);
    let texts: Vec<&str> = nested.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["US", "Baghdad"]);
    // UTF-16: the flag is 4 code units, then a space and "The US Embassy in ".
    assert_eq!(nested[1].start, 4 + 1 + 18);
    assert_eq!(
        nested[1].entity.as_deref(),
        Some("geo:1"),
        "the inner place names its entity"
    );
}

#[test]
fn a_place_inside_a_title_is_nested() {
    let (_, nested) = layers("The mayor of Basra spoke.");
    assert_eq!(nested.len(), 1);
    assert_eq!(
        (nested[0].text.as_str(), nested[0].label),
        ("Basra", Label::Place)
    );
}

#[test]
fn a_place_inside_a_place_is_not_nested() {
    let (spans, nested) = layers("Flights to New York resumed.");
    assert_eq!(spans, [("New York".to_string(), Label::Place)]);
    assert!(nested.is_empty(), "{nested:?}");
}

#[test]
fn a_place_on_its_own_is_a_span_and_not_nested() {
    let (spans, nested) = layers("Crowds in Baghdad cheered.");
    assert_eq!(spans, [("Baghdad".to_string(), Label::Place)]);
    assert!(nested.is_empty());
}
