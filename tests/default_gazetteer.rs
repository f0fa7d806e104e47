//! The default gazetteer and the name rules together, on sentences written for these tests:
//! aliases meet in one entity, readings of one surface resolve by tested priorities, and
//! ordinary words stay unhighlighted.

use annotator::{Annotation, Annotator, Label, OffsetUnit};
use std::sync::OnceLock;

fn annotate(text: &str) -> Annotation {
    static A: OnceLock<Annotator> = OnceLock::new();
    A.get_or_init(Annotator::with_default_data)
        .annotate(text, OffsetUnit::Bytes)
        .unwrap()
}

/// The named spans of `text` as (text, label, canonical name), keywords left out.
fn named(text: &str) -> Vec<(String, Label, String)> {
    let a = annotate(text);
    a.spans
        .iter()
        .filter(|s| s.label.is_named() && s.label != Label::Keyword)
        .map(|s| {
            let e = a
                .entities
                .iter()
                .find(|e| Some(&e.id) == s.entity.as_ref())
                .unwrap();
            (s.text.clone(), s.label, e.name.clone())
        })
        .collect()
}

fn find<'a>(found: &'a [(String, Label, String)], text: &str) -> &'a (String, Label, String) {
    found
        .iter()
        .find(|f| f.0 == text)
        .unwrap_or_else(|| panic!("{text:?} not found in {found:?}"))
}

#[test]
fn aliases_of_one_country_are_one_entity() {
    let a = annotate("The US and the U.S. are the United States; America agrees, said the USA.");
    let ids: Vec<_> = a
        .spans
        .iter()
        .filter(|s| s.label == Label::Place)
        .map(|s| s.entity.clone())
        .collect();
    assert_eq!(ids.len(), 5, "{:?}", a.spans);
    assert!(ids.iter().all(|id| id == &ids[0]));
    let us = a
        .entities
        .iter()
        .find(|e| Some(&e.id) == ids[0].as_ref())
        .unwrap();
    assert_eq!((us.name.as_str(), us.mentions), ("United States", 5));
}

#[test]
fn a_persons_aliases_are_one_entity() {
    let a = annotate("Donald Trump spoke. Trump, or Donald J. Trump (@realDonaldTrump), left.");
    let people: Vec<_> = a
        .entities
        .iter()
        .filter(|e| e.label == Label::Person)
        .collect();
    assert_eq!(people.len(), 1, "{people:?}");
    assert_eq!(people[0].mentions, 4);
}

#[test]
fn a_nationality_links_to_its_country_and_is_not_the_country() {
    let found = named("Iraqi forces entered Iraq. Iranian-backed militias stayed in Iran.");
    assert_eq!(find(&found, "Iraqi").1, Label::Nationality);
    assert_eq!(find(&found, "Iraq").1, Label::Place);
    assert_eq!(find(&found, "Iranian").1, Label::Nationality);
    let a = annotate("Iraqi forces");
    assert_eq!(a.entities[0].link.as_deref(), Some("Iraq"));
}

#[test]
fn us_the_country_is_never_us_the_pronoun() {
    let found = named("They told us the US would help us.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn one_surface_with_several_readings_resolves_by_priority() {
    let found = named("Officials in Washington and Lebanon met in Georgia.");
    assert_eq!(find(&found, "Washington").2, "Washington, D.C.");
    assert_eq!(find(&found, "Lebanon").2, "Lebanon");
    assert_eq!(find(&found, "Georgia").2, "Georgia");
    let found = named("Fires spread in Washington state and upstate in New York State.");
    assert_eq!(find(&found, "Washington state").2, "State of Washington");
    assert_eq!(find(&found, "New York State").2, "State of New York");
}

#[test]
fn a_country_that_is_also_a_given_name_opens_a_person_before_an_unknown_name() {
    let found = named("The fighter Israel Adesanya won. Israel protested.");
    assert_eq!(find(&found, "Israel Adesanya").1, Label::Person);
    assert_eq!(find(&found, "Israel").1, Label::Place);
}

#[test]
fn titles_roles_and_unknown_people_from_the_rules() {
    let found =
        named("Iraqi Foreign Minister Mohammed Ali al-Hakim met envoy Matt Tueller. Tueller left.");
    assert_eq!(find(&found, "Foreign Minister").1, Label::Title);
    assert_eq!(find(&found, "Mohammed Ali al-Hakim").1, Label::Person);
    assert_eq!(find(&found, "Matt Tueller").1, Label::Person);
    let tueller: Vec<_> = found.iter().filter(|f| f.2 == "Matt Tueller").collect();
    assert_eq!(tueller.len(), 2, "the bare surname refers back: {found:?}");
}

#[test]
fn organisations_from_cues() {
    let found = named(
        "Protesters stormed the US Embassy as the Interior Ministry and Kataib Hezbollah watched.",
    );
    assert_eq!(find(&found, "US Embassy").1, Label::Org);
    assert_eq!(find(&found, "Interior Ministry").1, Label::Org);
    assert_eq!(find(&found, "Kataib Hezbollah").1, Label::Org);
}

#[test]
fn ordinary_words_that_are_also_names_stay_plain() {
    for text in [
        "Reading the report, he said mobile phones were nice.",
        "Mobile networks will mark the day.",
        "We will chad the gulf between them.",
        "Nice work, said the turkey farmer.",
    ] {
        let found: Vec<_> = named(text)
            .into_iter()
            .filter(|f| f.1 != Label::Title)
            .collect();
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

#[test]
fn headlines_in_capitals_and_handles_do_not_fool_the_rules() {
    let found =
        named("PROTESTERS STORM EMBASSY IN BAGHDAD\n#IraqProtests @embassy_watch reported it.");
    let people: Vec<_> = found.iter().filter(|f| f.1 == Label::Person).collect();
    assert!(people.is_empty(), "{found:?}");
    assert_eq!(find(&found, "BAGHDAD").1, Label::Place);
}
