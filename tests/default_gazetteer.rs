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
fn no_name_inside_a_web_or_mail_address() {
    let found = named(
        "Write to desk@houston-daily.example or read houston.rr.example.com and \
         https://www.iraq-news.example/today; Houston police said Iraq agreed.",
    );
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["Houston", "Iraq"], "{found:?}");
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

/// Person, place and organisation spans of `text`, as (text, label).
fn names_in(text: &str) -> Vec<(String, Label)> {
    annotate(text)
        .spans
        .into_iter()
        .filter(|s| matches!(s.label, Label::Person | Label::Place | Label::Org))
        .map(|s| (s.text, s.label))
        .collect()
}

#[test]
fn names_with_no_cue_are_found_and_typed_from_context() {
    // Invented names in no list: the tagger types them from their neighbours and shape.
    let found = names_in(
        "Officials said the talks in Vostrava, a port city, resumed, and the Kelmar Institute \
         hosted them. Ilse Varnholt, who chairs the Kelmar Institute, said Vostrava was calm.",
    );
    assert!(
        found.contains(&("Kelmar Institute".into(), Label::Org)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Ilse Varnholt".into(), Label::Person)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Vostrava".into(), Label::Place)),
        "{found:?}"
    );
}

#[test]
fn ordinary_capitalised_words_are_not_names() {
    // Sentence-initial words, "I", months, weekdays, and a headline in capitals.
    for text in [
        "Yesterday I went home. Later the Police said nothing.",
        "On Monday in March the Council met; Tuesday was quiet.",
        "Officials Say Talks Will Resume Soon\nThe talks resumed.",
        "BREAKING: STORM HITS COAST AS THOUSANDS FLEE",
        "However, Hope and Faith are virtues, and Will is a verb.",
    ] {
        assert_eq!(names_in(text), [], "{text}");
    }
}

#[test]
fn one_name_keeps_one_type_and_entity_through_the_text() {
    let a = annotate(
        "Mirela Kovacic, a Croatian chemist, arrived. Later Kovacic spoke, and Mirela \
         Kovacic left. The Halden Rowing Club (HRC) won; the HRC celebrated.",
    );
    let of = |text: &str| {
        a.spans
            .iter()
            .filter(|s| s.text == text)
            .map(|s| (s.label, s.entity.clone()))
            .collect::<Vec<_>>()
    };
    let person = of("Mirela Kovacic");
    assert_eq!(person.len(), 2);
    assert_eq!(person[0].0, Label::Person);
    assert_eq!(
        of("Kovacic"),
        [person[0].clone()],
        "the surname refers back"
    );
    let club = of("Halden Rowing Club");
    assert_eq!(club[0].0, Label::Org);
    assert_eq!(
        of("HRC"),
        vec![club[0].clone(); 2],
        "the acronym is the club"
    );
}

#[test]
fn honorifics_and_leading_articles_stay_outside_a_name() {
    let found = names_in("The envoy met Sheikh Khalid bin Ahmed Al Khalifa and Dr. Ilse Varnholt.");
    assert!(
        found.contains(&("Khalid bin Ahmed Al Khalifa".into(), Label::Person)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Ilse Varnholt".into(), Label::Person)),
        "{found:?}"
    );
}

#[test]
fn countries_and_states_are_found_in_lower_case_too_but_ordinary_words_are_not() {
    let found = named("i moved from mexico to ohio, then to kerala.");
    assert_eq!(find(&found, "mexico").2, "Mexico");
    assert_eq!(find(&found, "ohio").2, "Ohio");
    assert_eq!(find(&found, "kerala").1, Label::Place);
    let found = named("we ate turkey and jordan almonds from the china cabinet with us.");
    assert!(found.is_empty(), "{found:?}");
    let found = named("she flew to the Netherlands and the netherlands team won.");
    assert!(
        found.iter().all(|f| !f.0.starts_with("the")),
        "the article stays outside: {found:?}"
    );
}
