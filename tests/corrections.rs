//! The corrections a user makes in the page, as the core sees them: a custom dictionary line
//! labels a missed name, and a "not a name" suppression removes one reading of a surface.

use annotator::{Annotator, Gazetteer, Label, OffsetUnit};

fn spans(annotator: &Annotator, text: &str) -> Vec<(String, Label)> {
    annotator
        .annotate(text, OffsetUnit::Utf16)
        .unwrap()
        .spans
        .into_iter()
        .map(|s| (s.text, s.label))
        .collect()
}

fn demo() -> Gazetteer {
    Gazetteer::parse("demo", "PLACE\tBasra\n").unwrap()
}

#[test]
fn a_suppressed_surface_is_not_highlighted_with_that_label() {
    let mut a = Annotator::new(&demo()).unwrap();
    a.suppress(Label::Place, "Basra");
    let found = spans(&a, "Crowds in Basra cheered.");
    assert!(found.iter().all(|(text, _)| text != "Basra"), "{found:?}");
}

#[test]
fn suppression_matches_the_surface_exactly_as_written() {
    let mut a = Annotator::new(&demo()).unwrap();
    a.suppress(Label::Place, "basra");
    assert!(spans(&a, "Crowds in Basra cheered.").contains(&("Basra".into(), Label::Place)));
}

#[test]
fn a_suppressed_rule_found_name_is_not_highlighted() {
    let mut a = Annotator::new(&Gazetteer::default_core()).unwrap();
    let text = "Mr Qarvin Tolbek said the talks would resume.";
    let before = spans(&a, text);
    let (surface, label) = before
        .iter()
        .find(|(t, _)| t.contains("Tolbek"))
        .cloned()
        .expect("the name rules find the person");
    a.suppress(label, &surface);
    assert!(spans(&a, text)
        .iter()
        .all(|(t, l)| !(t == &surface && *l == label)));
}

#[test]
fn a_custom_line_labels_a_missed_name_everywhere_it_occurs() {
    let a = Annotator::with_custom_dictionary(demo(), "PLACE\tMansour\n").unwrap();
    let found = spans(&a, "Mansour is quiet; in Mansour shops opened.");
    let places = found
        .iter()
        .filter(|s| **s == ("Mansour".to_string(), Label::Place))
        .count();
    assert_eq!(places, 2, "{found:?}");
}

#[test]
fn a_custom_line_relabels_a_known_surface() {
    let a = Annotator::with_custom_dictionary(demo(), "ORG\tBasra\n").unwrap();
    assert!(spans(&a, "Crowds in Basra cheered.").contains(&("Basra".into(), Label::Org)));
}
