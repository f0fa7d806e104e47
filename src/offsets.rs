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
/// to the boundary before it, so the conversion never panics.
pub(crate) fn convert(text: &str, unit: OffsetUnit, offsets: &mut [&mut usize]) {
    if unit == OffsetUnit::Bytes || offsets.is_empty() {
        return;
    }
    // Sorting the references themselves, not a list of indices, costs no memory: an annotation
    // of a 16 MB text holds millions of offsets.
    offsets.sort_unstable_by_key(|o| **o);
    let bytes = text.as_bytes();
    let (mut at, mut counted) = (0usize, 0usize);
    for offset in offsets.iter_mut() {
        let mut target = (**offset).min(text.len());
        while !text.is_char_boundary(target) {
            target -= 1;
        }
        counted += units(&bytes[at..target], unit);
        at = target;
        **offset = counted;
    }
}

/// How many units the whole characters in `bytes` take. Counting bytes rather than decoding
/// characters keeps this a tight loop: every character has one leading (non-continuation) byte,
/// and those that need a UTF-16 surrogate pair are exactly the four-byte ones (lead >= 0xF0).
fn units(bytes: &[u8], unit: OffsetUnit) -> usize {
    let chars = bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
    match unit {
        OffsetUnit::Utf16 => chars + bytes.iter().filter(|&&b| b >= 0xF0).count(),
        _ => chars,
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

    #[test]
    fn unit_names_parse() {
        assert_eq!("codepoints".parse(), Ok(OffsetUnit::Codepoints));
        assert!("chars".parse::<OffsetUnit>().unwrap_err().contains("utf16"));
    }
}
