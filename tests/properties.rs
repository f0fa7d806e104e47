//! Properties that hold for every input: the core never panics and its spans are well formed.

use annotator::{Annotator, OffsetUnit};
use proptest::prelude::*;
use std::sync::OnceLock;

fn annotator() -> &'static Annotator {
    static A: OnceLock<Annotator> = OnceLock::new();
    A.get_or_init(Annotator::with_default_data)
}

/// Text that looks like news in places: names, quotes, numbers, emoji, marks and junk.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Iraq".to_string()),
        Just("Iraqi".to_string()),
        Just("US".to_string()),
        Just(" said ".to_string()),
        Just(" attack in “".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’s ".to_string()),
        Just("-".to_string()),
        Just("\r\n".to_string()),
        Just("🇮🇶".to_string()),
        Just("\u{301}".to_string()),
        Just("\u{200F}".to_string()),
        Just("$".to_string()),
        Just(" 25 ".to_string()),
        Just("Prime Minister Ali al-Hakim".to_string()),
        Just(" on Tuesday, Dec. 31, 2019 ".to_string()),
        "\\PC{0,8}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_are_sorted_disjoint_and_slice_to_their_text(text in newsy()) {
        let a = annotator().annotate(&text, OffsetUnit::Bytes).unwrap();
        let mut last_end = 0;
        for s in &a.spans {
            prop_assert!(s.start >= last_end && s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert_eq!(&text[s.start..s.end], s.text.as_str());
            last_end = s.end;
        }
    }

    #[test]
    fn utf16_offsets_slice_the_javascript_string(text in newsy()) {
        let a = annotator().annotate(&text, OffsetUnit::Utf16).unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        for s in &a.spans {
            prop_assert!(s.end <= units.len());
            prop_assert_eq!(String::from_utf16(&units[s.start..s.end]).unwrap(), s.text.clone());
        }
    }

    #[test]
    fn every_span_with_an_entity_names_a_listed_entity(text in newsy()) {
        let a = annotator().annotate(&text, OffsetUnit::Utf16).unwrap();
        for s in &a.spans {
            if let Some(id) = &s.entity {
                prop_assert!(a.entities.iter().any(|e| &e.id == id && e.label == s.label));
            }
        }
        let total: usize = a.entities.iter().map(|e| e.mentions).sum();
        prop_assert_eq!(total, a.spans.iter().filter(|s| s.entity.is_some()).count());
    }
}

#[test]
fn too_large_text_is_a_clear_error() {
    let text = "a".repeat(annotator::MAX_TEXT_BYTES + 1);
    let err = annotator()
        .annotate(&text, OffsetUnit::Utf16)
        .unwrap_err()
        .to_string();
    assert!(err.contains("MB") && err.contains("split"), "{err}");
}

#[test]
fn megabytes_of_text_annotate() {
    let text = "Baghdad protesters stormed the US embassy on Tuesday. ".repeat(40_000);
    let a = annotator().annotate(&text, OffsetUnit::Utf16).unwrap();
    assert!(a.spans.len() >= 80_000);
}

#[test]
fn binary_junk_and_empty_text_annotate_to_nothing_much() {
    assert!(annotator()
        .annotate("", OffsetUnit::Utf16)
        .unwrap()
        .spans
        .is_empty());
    let junk: String = (0u32..4000)
        .filter_map(|i| char::from_u32((i * 7919) % 0x11000))
        .collect();
    annotator().annotate(&junk, OffsetUnit::Utf16).unwrap();
}
