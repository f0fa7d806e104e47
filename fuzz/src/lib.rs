//! The invariants every annotation keeps, checked on whatever the fuzzer makes.
//!
//! For a text, in every offset unit: no panic; spans sorted, disjoint, non-empty, inside the
//! text, on character boundaries and slicing to their own text; every span's entity listed;
//! every offset anywhere in the result (spans, entities, sentences, facts) inside the text; and
//! the three units telling the same story: the UTF-16 and code-point results are the byte
//! result with each offset converted and nothing else changed.

use annotator::{Annotation, Annotator, OffsetUnit};
use serde_json::Value;

/// Annotates `text` in every unit and panics, saying which, if an invariant is broken.
pub fn check(annotator: &Annotator, text: &str) {
    let bytes = annotate(annotator, text, OffsetUnit::Bytes);
    check_spans(text, &bytes);
    let utf16 = annotate(annotator, text, OffsetUnit::Utf16);
    let codepoints = annotate(annotator, text, OffsetUnit::Codepoints);
    let (to_utf16, to_codepoints) = unit_maps(text);
    let bytes = serde_json::to_value(&bytes).unwrap();
    same_but_offsets(
        &bytes,
        &serde_json::to_value(&utf16).unwrap(),
        &to_utf16,
        "",
    );
    same_but_offsets(
        &bytes,
        &serde_json::to_value(&codepoints).unwrap(),
        &to_codepoints,
        "",
    );
}

fn annotate(annotator: &Annotator, text: &str, unit: OffsetUnit) -> Annotation {
    annotator
        .annotate(text, unit)
        .expect("a text under the size limit annotates")
}

fn check_spans(text: &str, a: &Annotation) {
    let mut last_end = 0;
    for s in &a.spans {
        assert!(s.start >= last_end, "spans sorted and disjoint: {s:?}");
        assert!(s.start < s.end && s.end <= text.len(), "span inside: {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(&text[s.start..s.end], s.text, "span slices to its text");
        if let Some(id) = &s.entity {
            assert!(
                a.entities.iter().any(|e| &e.id == id && e.label == s.label),
                "span's entity is listed: {s:?}"
            );
        }
        last_end = s.end;
    }
}

/// For every byte offset on a character boundary, its UTF-16 and code-point offsets;
/// `usize::MAX` inside a character.
fn unit_maps(text: &str) -> (Vec<usize>, Vec<usize>) {
    let mut utf16 = vec![usize::MAX; text.len() + 1];
    let mut codepoints = vec![usize::MAX; text.len() + 1];
    let (mut u, mut c) = (0, 0);
    for (at, ch) in text.char_indices() {
        utf16[at] = u;
        codepoints[at] = c;
        u += ch.len_utf16();
        c += 1;
    }
    utf16[text.len()] = u;
    codepoints[text.len()] = c;
    (utf16, codepoints)
}

fn is_offset(key: &str) -> bool {
    matches!(key, "start" | "end" | "first") || key.ends_with("_start") || key.ends_with("_end")
}

/// Walks the byte result and another unit's result together: every offset must be the byte
/// offset converted by `map` (so also inside the text and on a boundary), everything else equal.
fn same_but_offsets(bytes: &Value, other: &Value, map: &[usize], path: &str) {
    match (bytes, other) {
        (Value::Object(b), Value::Object(o)) => {
            assert_eq!(b.len(), o.len(), "same fields at {path}");
            for (key, bv) in b {
                let ov = &o[key];
                let here = format!("{path}.{key}");
                if key == "offsets" && path.is_empty() {
                    continue;
                }
                if is_offset(key) && !bv.is_null() {
                    let at = bv.as_u64().expect("an offset is a number") as usize;
                    assert!(at < map.len(), "offset inside the text at {here}: {at}");
                    assert_ne!(map[at], usize::MAX, "offset on a boundary at {here}");
                    assert_eq!(ov.as_u64(), Some(map[at] as u64), "converted at {here}");
                } else {
                    same_but_offsets(bv, ov, map, &here);
                }
            }
        }
        (Value::Array(b), Value::Array(o)) => {
            assert_eq!(b.len(), o.len(), "same length at {path}");
            for (i, (bv, ov)) in b.iter().zip(o).enumerate() {
                same_but_offsets(bv, ov, map, &format!("{path}[{i}]"));
            }
        }
        _ => assert_eq!(bytes, other, "same value at {path}"),
    }
}
