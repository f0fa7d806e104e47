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

/// Long texts built from one structure repeated: the shapes that make rule code recurse or go
/// quadratic, at sizes a pasted document reaches. Each must annotate, with well-formed spans.
mod long_structured_inputs {
    use super::*;

    fn annotates_well_formed(text: &str) {
        let a = annotator().annotate(text, OffsetUnit::Bytes).unwrap();
        let mut last_end = 0;
        for s in &a.spans {
            assert!(s.start >= last_end && s.start < s.end && s.end <= text.len());
            assert_eq!(&text[s.start..s.end], s.text);
            last_end = s.end;
        }
    }

    /// `n` distinct capitalised words ("Aab", "Aac", …) joined by `joint`.
    fn capitalised_run(n: usize, joint: &str) -> String {
        let word = |i: usize| {
            let letters = [
                b'a' + (i / 676 % 26) as u8,
                b'a' + (i / 26 % 26) as u8,
                b'a' + (i % 26) as u8,
            ];
            format!("Q{}", std::str::from_utf8(&letters).unwrap())
        };
        (0..n).map(word).collect::<Vec<_>>().join(joint)
    }

    #[test]
    fn thirty_thousand_capitalised_words_joined_by_of() {
        // Issue 11's reproduction of item 1: 210 KB that overflowed the stack.
        annotates_well_formed(&capitalised_run(30_000, " of "));
    }

    #[test]
    fn connectors_of_every_kind_between_long_runs() {
        for joint in [" and ", " for ", " de ", " al-", " of the ", " the ", "-"] {
            annotates_well_formed(&capitalised_run(30_000, joint));
        }
    }

    #[test]
    fn a_megabyte_of_one_capitalised_run() {
        annotates_well_formed(&capitalised_run(200_000, " "));
    }

    #[test]
    fn connectors_alone_repeated() {
        annotates_well_formed(&" of the and for ".repeat(60_000));
    }

    #[test]
    fn deep_nesting_of_one_kind_of_quote_or_bracket() {
        for (open, close) in [("(", ")"), ("“", "”"), ("‘", "’"), ("[", "]"), ("«", "»")]
        {
            let (open, close) = (open.repeat(60_000), close.repeat(60_000));
            annotates_well_formed(&format!("{open}President Ali Hassan said{close}"));
        }
    }

    #[test]
    fn deep_nesting_of_mixed_quotes_and_brackets() {
        let open = "“‘(«[\"'".repeat(20_000);
        let close = "'\"]»)’”".repeat(20_000);
        annotates_well_formed(&format!("{open}President Ali Hassan said{close}"));
    }

    #[test]
    fn a_megabyte_line_with_no_sentence_end() {
        annotates_well_formed(
            &"Baghdad protesters and US troops on Tuesday, 25 killed, ".repeat(18_000),
        );
    }

    #[test]
    fn overlapping_custom_entries_chained_over_the_text() {
        let a = Annotator::with_custom_dictionary(
            annotator::Gazetteer::default_data(),
            "ORG\tXq Yq\nORG\tYq Xq\n",
        )
        .unwrap();
        let text = "Xq Yq ".repeat(160_000);
        let spans = a.annotate(&text, OffsetUnit::Bytes).unwrap().spans;
        // The links start every three bytes; from the first, every other one is kept.
        assert_eq!(spans.len(), 160_000);
        assert!(spans.iter().all(|s| s.text == "Xq Yq" && s.start % 6 == 0));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]

        #[test]
        fn any_structure_repeated_to_a_hundred_kilobytes(
            unit in prop_oneof![
                Just("Qab "), Just("Mr. "), Just("the "), Just("of "), Just("“"), Just("” "), Just("("),
                Just(") "), Just("25 "), Just("$3 million "), Just("said "), Just("\n"),
                Just("🇮🇶"), Just("e\u{301}"), Just("Ministry "), Just("President "),
                Just("Tuesday "), Just("BAGHDAD "), Just("Iraqi "),
            ],
            other in prop_oneof![Just("Qcd "), Just(", "), Just(". "), Just("Iraq "), Just("")],
        ) {
            let piece = format!("{unit}{other}");
            let text = piece.repeat(100_000 / piece.len());
            annotates_well_formed(&text);
        }
    }
}
