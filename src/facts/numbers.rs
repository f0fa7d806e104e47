//! Reading a number at a token: digits ("1,200", "3.5 million"), number words ("twenty-five",
//! "two hundred", "a dozen") and vague plurals ("dozens of", "hundreds", "100s").
//!
//! Vague plurals ("hundreds of", "100s of", "dozens", "scores of", "tens of thousands") are
//! read as the magnitude the text gives, [`Number::vague`], and no number: turning "hundreds
//! of protesters" into "at least 200" invented a figure the text never gave, and set it beside
//! the article's own count ("nearly 200") as if the two disagreed.

use super::tokens::{digits_value, glued, Shapes, Token};

/// A number read from tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Number {
    pub first: usize,
    pub last: usize,
    /// The value; for a vague plural, its scale (100 for "hundreds"), which is no count.
    pub value: f64,
    /// A vague plural, named as a magnitude ("hundreds", "dozens", "tens of thousands").
    pub vague: Option<&'static str>,
}

/// The magnitudes vague plurals name, by scale.
const MAGNITUDES: [(f64, &str); 7] = [
    (12.0, "dozens"),
    (20.0, "scores"),
    (100.0, "hundreds"),
    (1e3, "thousands"),
    (1e6, "millions"),
    (1e9, "billions"),
    (1e12, "trillions"),
];

/// The magnitudes of "tens of …", by the scale after "of".
const TENS_OF: [(f64, &str); 5] = [
    (1e3, "tens of thousands"),
    (1e6, "tens of millions"),
    (1e9, "tens of billions"),
    (12.0, "dozens"),
    (100.0, "hundreds"),
];

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The number words of [`UNITS`] and [`TENS`], to rule out most other words at once.
const SMALL_WORDS: Shapes = {
    let mut shapes = Shapes::NONE;
    let mut k = 0;
    while k < UNITS.len() {
        shapes = shapes.with(UNITS[k]);
        k += 1;
    }
    let mut k = 0;
    while k < TENS.len() {
        shapes = shapes.with(TENS[k]);
        k += 1;
    }
    shapes
};

/// Scale words and suffixes, with their value.
const SCALES: [(&str, f64); 9] = [
    ("dozen", 12.0),
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("mn", 1e6),
    ("bn", 1e9),
    ("tn", 1e12),
];

/// The value of a scale word or glued suffix ("million", "bn").
pub(crate) fn scale(word: &str) -> Option<f64> {
    SCALES
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// The value of a plural scale word ("dozens", "thousands").
fn plural_scale(word: &str) -> Option<f64> {
    let singular = word.strip_suffix('s').or_else(|| word.strip_suffix('S'))?;
    scale(singular).filter(|_| singular.len() > 2)
}

/// The value of a number word under one hundred ("seven", "forty").
fn small_word(word: &str) -> Option<f64> {
    // This runs at every word, three times (quantities, money, dates): rule most words out
    // by their shape, and compare ignoring case rather than allocate a lower-cased copy.
    if !SMALL_WORDS.admit(word) {
        return None;
    }
    if let Some(i) = UNITS.iter().position(|u| u.eq_ignore_ascii_case(word)) {
        return Some(i as f64);
    }
    TENS.iter()
        .position(|t| t.eq_ignore_ascii_case(word))
        .map(|i| (i as f64 + 2.0) * 10.0)
}

/// Reads the number starting at token `i`, if one starts there.
pub(crate) fn number_at(tokens: &[Token<'_>], i: usize) -> Option<Number> {
    let t = tokens.get(i)?;
    let mut n = if t.is_digits() {
        let value = digits_value(t.text)?;
        match tokens.get(i + 1) {
            // "100s": a vague plural in digits.
            Some(s) if glued(t, s) && s.text == "s" && value >= 10.0 => {
                return vague(i, i + 1, value, &MAGNITUDES);
            }
            // "25th", "G20": ordinals and glued letters are no count.
            Some(s) if glued(t, s) && s.is_word() && scale(s.text).is_none() => return None,
            _ => Number {
                first: i,
                last: i,
                value,
                vague: None,
            },
        }
    } else if t.is("tens") {
        // "tens of thousands"
        if !tokens.get(i + 1).is_some_and(|o| o.is("of")) {
            return None;
        }
        let scale = plural_scale(tokens.get(i + 2)?.text)?;
        return vague(i, i + 2, scale, &TENS_OF);
    } else if t.is("scores") {
        // "scores of": only before "of", where it cannot be the verb ("she scores goals").
        return tokens
            .get(i + 1)
            .filter(|o| o.is("of"))
            .and_then(|_| vague(i, i, 20.0, &MAGNITUDES));
    } else if let Some(scale) = plural_scale(t.text) {
        // "dozens of", "hundreds".
        return vague(i, i, scale, &MAGNITUDES);
    } else if t.is("a") || t.is("an") {
        // "a dozen", "a hundred", "a million".
        let s = scale(tokens.get(i + 1)?.text)?;
        Number {
            first: i,
            last: i + 1,
            value: s,
            vague: None,
        }
    } else {
        let mut value = small_word(t.text)?;
        let mut last = i;
        // "twenty-five"
        if let (Some(h), Some(u)) = (tokens.get(i + 1), tokens.get(i + 2)) {
            if value >= 20.0 && h.text == "-" && glued(t, h) && glued(h, u) {
                if let Some(unit) = small_word(u.text).filter(|&u| (1.0..10.0).contains(&u)) {
                    value += unit;
                    last = i + 2;
                }
            }
        }
        Number {
            first: i,
            last,
            value,
            vague: None,
        }
    };
    // Scale words after the number: "3.5 million", "two hundred thousand", "1.2bn".
    while let Some(s) = tokens.get(n.last + 1) {
        let factor = match scale(s.text) {
            Some(f) if s.text.len() > 2 || glued(&tokens[n.last], s) => f,
            _ => break,
        };
        n.value *= factor;
        n.last += 1;
    }
    Some(n)
}

/// A vague plural over tokens `first..=last` of `scale`, if `magnitudes` name that scale.
fn vague(
    first: usize,
    last: usize,
    scale: f64,
    magnitudes: &[(f64, &'static str)],
) -> Option<Number> {
    let (_, name) = magnitudes.iter().find(|(s, _)| *s == scale)?;
    Some(Number {
        first,
        last,
        value: scale,
        vague: Some(name),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::tokens::tokenize;

    fn read(text: &str) -> Option<(f64, bool, usize)> {
        let tokens = tokenize(text);
        number_at(&tokens, 0).map(|n| (n.value, n.vague.is_some(), n.last))
    }

    fn magnitude(text: &str) -> Option<&'static str> {
        number_at(&tokenize(text), 0)?.vague
    }

    #[test]
    fn digits_with_separators_and_scales() {
        assert_eq!(read("1,200 people"), Some((1200.0, false, 0)));
        assert_eq!(read("3.5 million"), Some((3.5e6, false, 1)));
        assert_eq!(read("1.2bn"), Some((1.2e9, false, 1)));
    }

    #[test]
    fn number_words_and_hyphenated_tens() {
        assert_eq!(read("twenty-five men"), Some((25.0, false, 2)));
        assert_eq!(read("Two hundred"), Some((200.0, false, 1)));
        assert_eq!(read("a dozen"), Some((12.0, false, 1)));
        assert_eq!(read("twenty-first"), Some((20.0, false, 0)));
    }

    #[test]
    fn vague_plurals_are_magnitudes_not_numbers() {
        assert_eq!(magnitude("dozens of"), Some("dozens"));
        assert_eq!(magnitude("Hundreds of"), Some("hundreds"));
        assert_eq!(magnitude("100s of"), Some("hundreds"));
        assert_eq!(magnitude("1000s of"), Some("thousands"));
        assert_eq!(magnitude("scores of"), Some("scores"));
        assert_eq!(magnitude("tens of thousands"), Some("tens of thousands"));
        assert_eq!(read("100s of"), Some((100.0, true, 1)));
    }

    #[test]
    fn scores_is_a_magnitude_only_before_of() {
        assert_eq!(read("scores goals"), None);
    }

    #[test]
    fn ordinals_names_and_plain_words_are_not_numbers() {
        assert_eq!(read("25th"), None);
        assert_eq!(read("a man"), None);
        assert_eq!(read("tens"), None);
        assert_eq!(read("ones"), None);
    }
}
