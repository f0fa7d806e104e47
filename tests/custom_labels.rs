//! Custom labels as a user's dictionary names them: their spans carry the label's name, win
//! over the default data's reading of the same words, name entities, and leave the facts and
//! every built-in result as they were.

use annotator::{Annotator, Gazetteer, Label, OffsetUnit};

fn annotator(tsv: &str) -> Annotator {
    Annotator::with_custom_dictionary(Gazetteer::default_core(), tsv).unwrap()
}

fn labelled(a: &Annotator, text: &str) -> Vec<(String, String)> {
    a.annotate(text, OffsetUnit::Utf16)
        .unwrap()
        .spans
        .into_iter()
        .map(|s| (s.text, s.label.to_string()))
        .collect()
}

#[test]
fn a_custom_label_highlights_every_surface_of_its_entry() {
    let a = annotator("WEAPON\tKalashnikov\tAK-47|AKM\n");
    let found = labelled(&a, "An AK-47, then a Kalashnikov — “AKM” 🙂.");
    let weapons: Vec<&str> = found
        .iter()
        .filter(|(_, l)| l == "WEAPON")
        .map(|(t, _)| t.as_str())
        .collect();
    assert_eq!(weapons, ["AK-47", "Kalashnikov", "AKM"]);
}

#[test]
fn spans_of_a_custom_label_name_one_entity_with_its_aliases() {
    let a = annotator("AID_GROUP\tRed Crescent\tthe Crescent\n");
    let result = a
        .annotate(
            "The Red Crescent came; the Crescent stayed.",
            OffsetUnit::Utf16,
        )
        .unwrap();
    let entity = result
        .entities
        .iter()
        .find(|e| e.label.as_str() == "AID_GROUP")
        .unwrap();
    assert_eq!(entity.id, "aid_group:Red Crescent");
    assert_eq!(entity.mentions, 2);
    assert_eq!(entity.aliases, ["Red Crescent", "the Crescent"]);
}

#[test]
fn the_users_custom_label_wins_over_the_default_reading_of_the_same_words() {
    let plain = labelled(&annotator(""), "Talks in Jordan.");
    assert!(
        plain.contains(&("Jordan".into(), "PLACE".into())),
        "{plain:?}"
    );
    let custom = labelled(&annotator("TEAM\tJordan\n"), "Talks in Jordan.");
    assert!(
        custom.contains(&("Jordan".into(), "TEAM".into())),
        "{custom:?}"
    );
}

#[test]
fn every_result_lists_the_dictionarys_custom_labels_even_without_a_mention() {
    let a = annotator("WEAPON\tRPG\nAID_GROUP\tMSF\nWEAPON\tAK-47\n");
    let result = a.annotate("Nothing here.", OffsetUnit::Utf16).unwrap();
    let names: Vec<&str> = result.custom_labels.iter().map(|l| l.as_str()).collect();
    assert_eq!(names, ["WEAPON", "AID_GROUP"]);
    let json = serde_json::to_value(&result).unwrap();
    assert_eq!(
        json["custom_labels"],
        serde_json::json!(["WEAPON", "AID_GROUP"])
    );
}

#[test]
fn a_result_without_custom_labels_serialises_as_before() {
    let text = "Prime Minister Ali Hassan met the Iraqi army in Basra on Tuesday.";
    let before = Annotator::new(&Gazetteer::default_core()).unwrap();
    let with_builtin = annotator("PLACE\tZubair\n");
    for a in [&before, &with_builtin] {
        let json = serde_json::to_string(&a.annotate(text, OffsetUnit::Utf16).unwrap()).unwrap();
        assert!(!json.contains("custom_labels"), "{json}");
    }
}

#[test]
fn facts_do_not_read_custom_labels() {
    let text = "Ali Hassan said “we are safe”. 12 people were killed in Basra.";
    let plain = annotator("").annotate(text, OffsetUnit::Utf16).unwrap();
    let custom = annotator("WEAPON\tBasra\n")
        .annotate(text, OffsetUnit::Utf16)
        .unwrap();
    assert!(custom.spans.iter().any(|s| s.label.as_str() == "WEAPON"));
    assert!(!serde_json::to_string(&custom.facts)
        .unwrap()
        .contains("WEAPON"));
    assert_eq!(plain.facts.quotes, custom.facts.quotes);
}

#[test]
fn a_custom_label_can_be_suppressed_like_a_built_in_one() {
    let mut a = annotator("WEAPON\tRPG\n");
    a.suppress("WEAPON".parse::<Label>().unwrap(), "RPG");
    assert!(labelled(&a, "An RPG.").iter().all(|(t, _)| t != "RPG"));
}
