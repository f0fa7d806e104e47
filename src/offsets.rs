//! Offsets as the consumer counts them.
//!
//! The core works in UTF-8 byte offsets, the only ones Rust can slice with. JavaScript indexes
//! strings in UTF-16 code units and Python in code points, so every offset that leaves the core
//! is converted once, at the end, in a single pass over the text.

use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// The unit in which output offsets count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-16 code units: JavaScript string indices (the default).
    #[default]
    Utf16,
    /// Unicode scalar values: Python string indices.
    Codepoints,
    /// UTF-8 bytes: Rust string indices.
    Bytes,
}

impl FromStr for OffsetUnit {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "utf16" => Ok(OffsetUnit::Utf16),
            "codepoints" => Ok(OffsetUnit::Codepoints),
            "bytes" => Ok(OffsetUnit::Bytes),
            other => Err(format!(
                "unknown offset unit {other:?} (expected utf16, codepoints or bytes)"
            )),
        }
    }
}

/// Rewrites byte offsets of `text` in place as offsets in `unit`.
///
/// Every offset must lie on a character boundary of `text`; one that does not is rounded down
/// to the boundary before it, so the conversion never panics. The offsets may come in any
/// order: each is looked up in the text's [`Shifts`], not counted from the one before it.
pub(crate) fn convert(text: &str, unit: OffsetUnit, offsets: &mut [&mut usize]) {
    if unit == OffsetUnit::Bytes || offsets.is_empty() {
        return;
    }
    let shifts = Shifts::new(text, unit);
    for offset in offsets.iter_mut() {
        let mut target = (**offset).min(text.len());
        while !text.is_char_boundary(target) {
            target -= 1;
        }
        **offset = target - shifts.before(target);
    }
}

/// Where a text's characters take fewer units than bytes: for each character that is not
/// ASCII, the byte offset after it and how many bytes more than units the text holds up to
/// there. An ASCII text has none and converts for free; news text has a curly quote or an
/// accent every hundred bytes or so, so the table is small beside the text and a lookup is a
/// binary search over it. (Before this table the offsets were sorted and the text counted
/// from one to the next: a sort of hundreds of thousands of references for a long text.)
struct Shifts(Vec<(usize, usize)>);

impl Shifts {
    fn new(text: &str, unit: OffsetUnit) -> Shifts {
        let bytes = text.as_bytes();
        let mut shifts = Vec::new();
        let (mut at, mut shift) = (0, 0);
        while let Some(found) = bytes[at..].iter().position(|&b| b >= 0x80) {
            let lead = bytes[at + found];
            // A valid UTF-8 lead byte says how long its character is; four-byte characters
            // are the ones that take a UTF-16 surrogate pair.
            let len = match lead {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            let units = match unit {
                OffsetUnit::Utf16 if len == 4 => 2,
                _ => 1,
            };
            at += found + len;
            shift += len - units;
            shifts.push((at, shift));
        }
        Shifts(shifts)
    }

    /// How many bytes more than units the text holds before byte offset `at` (a character
    /// boundary).
    fn before(&self, at: usize) -> usize {
        match self.0.partition_point(|&(end, _)| end <= at) {
            0 => 0,
            n => self.0[n - 1].1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn converted(text: &str, unit: OffsetUnit, bytes: &[usize]) -> Vec<usize> {
        let mut values = bytes.to_vec();
        let mut refs: Vec<&mut usize> = values.iter_mut().collect();
        convert(text, unit, &mut refs);
        values
    }

    #[test]
    fn emoji_count_two_utf16_units_and_one_code_point() {
        let text = "🇮🇶 Iraq";
        let start = text.find("Iraq").unwrap();
        assert_eq!(
            converted(text, OffsetUnit::Utf16, &[start, text.len()]),
            vec![5, 9]
        );
        assert_eq!(
            converted(text, OffsetUnit::Codepoints, &[start, text.len()]),
            vec![3, 7]
        );
        assert_eq!(converted(text, OffsetUnit::Bytes, &[start]), vec![start]);
    }

    #[test]
    fn unsorted_and_repeated_offsets_convert() {
        let text = "é“x”é";
        let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).rev().collect();
        let expected: Vec<usize> = (0..text.chars().count()).rev().collect();
        assert_eq!(converted(text, OffsetUnit::Utf16, &ends), expected);
        assert_eq!(
            converted(text, OffsetUnit::Utf16, &[2, 2, 0]),
            vec![1, 1, 0]
        );
    }

    #[test]
    fn offsets_inside_a_character_round_down() {
        assert_eq!(converted("é", OffsetUnit::Utf16, &[1]), vec![0]);
    }

    #[test]
    fn counts_agree_with_the_standard_library() {
        let text = "a é 中 🇮🇶 \u{301} z";
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let utf16 = text[..at].encode_utf16().count();
            let chars = text[..at].chars().count();
            assert_eq!(converted(text, OffsetUnit::Utf16, &[at]), vec![utf16]);
            assert_eq!(converted(text, OffsetUnit::Codepoints, &[at]), vec![chars]);
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_converts_as_the_standard_library_counts(
            text in "(\\PC|[\u{80}-\u{10FFFF}]){0,40}",
            picks in proptest::collection::vec(0usize..1000, 0..12),
        ) {
            let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let offsets: Vec<usize> = picks.iter().map(|p| bounds[p % bounds.len()]).collect();
            let utf16: Vec<usize> = offsets.iter().map(|&o| text[..o].encode_utf16().count()).collect();
            let chars: Vec<usize> = offsets.iter().map(|&o| text[..o].chars().count()).collect();
            proptest::prop_assert_eq!(converted(&text, OffsetUnit::Utf16, &offsets), utf16);
            proptest::prop_assert_eq!(converted(&text, OffsetUnit::Codepoints, &offsets), chars);
        }
    }

    #[test]
    fn unit_names_parse() {
        assert_eq!("codepoints".parse(), Ok(OffsetUnit::Codepoints));
        assert!("chars".parse::<OffsetUnit>().unwrap_err().contains("utf16"));
    }
}
