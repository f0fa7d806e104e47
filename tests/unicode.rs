//! Offsets that leave the core are UTF-16 code units: every span must slice the original
//! JavaScript string to exactly its text, whatever comes before it.

use annotator::{Annotator, Gazetteer, Label, OffsetUnit};

const DICTIONARY: &str =
    "PLACE\tBaghdad\t-\tu\nPLACE\tIraq\t-\tu\nPLACE\tSão Paulo\nPERSON\tJosé Martí\n\
    PERSON\tAdel Abdul Mahdi\tAbdul Mahdi\nNATIONALITY\tIraqi\t-\t-\t-\tIraq\n";

fn annotator() -> Annotator {
    Annotator::new(&Gazetteer::parse("test", DICTIONARY).unwrap()).unwrap()
}

/// Slices `text` by UTF-16 offsets, as JavaScript's `String.prototype.slice` does.
fn js_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

fn spans(text: &str) -> Vec<(String, Label)> {
    let a = annotator().annotate(text, OffsetUnit::Utf16).unwrap();
    for s in &a.spans {
        assert_eq!(
            js_slice(text, s.start, s.end),
            s.text,
            "span {s:?} in {text:?}"
        );
    }
    a.spans.into_iter().map(|s| (s.text, s.label)).collect()
}

fn place(s: &str) -> (String, Label) {
    (s.to_string(), Label::Place)
}

#[test]
fn emoji_before_an_entity_shift_it_by_their_utf16_length() {
    assert_eq!(spans("🇮🇶🇺🇸 👍🏽 Baghdad"), [place("Baghdad")]);
    let a = annotator()
        .annotate("👍 Baghdad", OffsetUnit::Utf16)
        .unwrap();
    assert_eq!((a.spans[0].start, a.spans[0].end), (3, 10));
}

#[test]
fn combining_accents_match_and_stay_inside_the_span() {
    assert_eq!(
        spans("in Sa\u{303}o Paulo and Sao Paulo"),
        [place("Sa\u{303}o Paulo"), place("Sao Paulo")]
    );
    assert_eq!(
        spans("Jose\u{301} Marti\u{301} spoke"),
        [("Jose\u{301} Marti\u{301}".to_string(), Label::Person)]
    );
}

#[test]
fn curly_quotes_and_possessives_leave_the_name_alone() {
    assert_eq!(
        spans("“Iraq’s future,” said Iraqi ‘officials’"),
        [place("Iraq"), ("Iraqi".into(), Label::Nationality)]
    );
}

#[test]
fn right_to_left_marks_and_crlf_do_not_shift_offsets() {
    assert_eq!(
        spans("\u{200F}بغداد\u{200E} Baghdad\r\nIraq\r\n"),
        [place("Baghdad"), place("Iraq")]
    );
    // No name is matched across a line break: "Abdul" and "Mahdi" on two lines stay apart.
    let found = spans("Abdul-\u{200B}Mahdi, not Abdul\r\nMahdi");
    assert_eq!(found[0], ("Abdul-\u{200B}Mahdi".to_string(), Label::Person));
    assert!(
        found.iter().all(|(text, _)| !text.contains('\n')),
        "{found:?}"
    );
    assert_eq!(found.last(), Some(&("Mahdi".to_string(), Label::Person)));
}

#[test]
fn a_lone_surrogate_from_javascript_arrives_as_a_replacement_character() {
    // wasm-bindgen decodes a JS string with a lone surrogate to U+FFFD, which is one UTF-16
    // unit, like the surrogate it replaces: offsets after it stay right.
    let js = "\u{FFFD} Baghdad \u{FFFD}\u{FFFD} Iraq";
    assert_eq!(spans(js), [place("Baghdad"), place("Iraq")]);
    let a = annotator().annotate(js, OffsetUnit::Utf16).unwrap();
    assert_eq!(a.spans[0].start, 2);
}

#[test]
fn code_point_offsets_suit_python() {
    let text = "🇮🇶 Baghdad";
    let a = annotator().annotate(text, OffsetUnit::Codepoints).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let s = &a.spans[0];
    assert_eq!(chars[s.start..s.end].iter().collect::<String>(), "Baghdad");
    assert_eq!(a.offsets, OffsetUnit::Codepoints);
}

#[test]
fn entity_offsets_convert_too() {
    let a = annotator()
        .annotate("😀😀 Iraq and Iraq", OffsetUnit::Utf16)
        .unwrap();
    assert_eq!(a.entities[0].first, 5);
    assert_eq!(a.entities[0].mentions, 2);
}

#[test]
fn sentences_come_in_utf16_offsets_too() {
    let text = "😀 Baghdad is calm. Iraq’s “army” left.";
    let a = annotator().annotate(text, OffsetUnit::Utf16).unwrap();
    let sentences: Vec<String> = a
        .sentences
        .iter()
        .map(|s| js_slice(text, s.start, s.end))
        .collect();
    assert_eq!(sentences, ["😀 Baghdad is calm.", "Iraq’s “army” left."]);
}
