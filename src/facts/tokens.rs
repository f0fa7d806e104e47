//! The tokens the fact rules read: words, numbers and single punctuation characters, each
//! with its byte range, and the number that starts at each token.
//!
//! The rules are small hand parsers over this token list rather than regular expressions: the
//! patterns ("at least 25 fighters", "Dec. 31, 2019") are short sequences of words, a token
//! list makes them readable as sequences, and one list serves every extractor.
//!
//! The list is derived from the annotation's one token layer ([`crate::tokens`]), not from a
//! scan of its own: a word of letters only is the same token here, and only the few tokens
//! holding a digit, an apostrophe or initials are split finer ("G20" is a word and a number,
//! "O'Brien" three tokens, "U.S." four), while a number joins the separators and digits that
//! follow it ("1,200", "3.5"). Each number is read once, here ([`Tokens::number_at`]), and the
//! dates, sums of money and quantities all read that one reading.

use super::numbers::{self, Number};
use crate::fold::is_word_char;
use std::ops::Deref;

/// One token. `text` is always `&source[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'t> {
    pub start: usize,
    pub end: usize,
    pub text: &'t str,
}

impl<'t> Token<'t> {
    /// Whether the token is a run of letters.
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphabetic)
    }

    /// Whether the token is a number written in digits ("25", "1,200", "3.5").
    pub fn is_digits(&self) -> bool {
        self.text.starts_with(|c: char| c.is_ascii_digit())
    }

    /// Whether the token is `word`, ignoring ASCII case.
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    /// Whether the token is one of `words`, ignoring ASCII case.
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    /// Whether the token is a word of one of the `classes` ([`crate::words`]), ignoring ASCII
    /// case.
    pub fn is_in(&self, classes: &[&[&str]]) -> bool {
        classes.iter().any(|words| self.is_any(words))
    }

    /// Whether the token starts with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        crate::tokens::is_capitalised(self.text)
    }
}

/// The fact tokens of a text and the number read at each. Dereferences to the token slice, so
/// a rule that reads no number takes `&[Token]`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tokens<'t> {
    tokens: Vec<Token<'t>>,
    /// For each token, 1 + the index in `numbers` of the number starting there, or 0: four
    /// bytes a token, where a number of its own on every token would take forty-eight.
    number_of: Vec<u32>,
    numbers: Vec<Number>,
}

impl<'t> Deref for Tokens<'t> {
    type Target = [Token<'t>];
    fn deref(&self) -> &[Token<'t>] {
        &self.tokens
    }
}

impl<'t> Tokens<'t> {
    /// The fact tokens of `text`, derived from its `shared` tokens ([`crate::tokens::tokenize`]
    /// of the same text). Numbers keep their thousands separators and decimal point ("1,200",
    /// "3.5") but stop at anything else, so "G20" is a word and a number side by side, with no
    /// gap between them (see [`glued`]).
    pub fn new(text: &'t str, shared: &[crate::tokens::Token]) -> Tokens<'t> {
        let mut tokens = Vec::with_capacity(shared.len() + shared.len() / 8);
        // Where the last token ended: a number may run on over the next shared tokens
        // ("1", ",", "200"), which are then read from there.
        let mut done = 0;
        for t in shared {
            let from = t.start.max(done);
            if from >= t.end {
                continue;
            }
            if from == t.start && (t.letters || !t.word) {
                // A word of letters, or one mark: the same token in both splits.
                tokens.push(Token {
                    start: t.start,
                    end: t.end,
                    text: &text[t.start..t.end],
                });
                done = t.end;
            } else {
                done = split(text, from, t.end, &mut tokens);
            }
        }
        let mut number_of = vec![0; tokens.len()];
        let mut numbers = Vec::new();
        for (i, slot) in number_of.iter_mut().enumerate() {
            if let Some(n) = numbers::number_at(&tokens, i) {
                numbers.push(n);
                *slot = numbers.len() as u32;
            }
        }
        Tokens {
            tokens,
            number_of,
            numbers,
        }
    }

    /// The number that starts at token `i`, if one does ([`numbers`]).
    pub fn number_at(&self, i: usize) -> Option<Number> {
        let k = *self.number_of.get(i)?;
        k.checked_sub(1).map(|k| self.numbers[k as usize])
    }
}

/// Splits the part `from..to` of a word token into fact tokens pushed on `out`: runs of
/// letters, numbers in ASCII digits and single other characters (an apostrophe, a period of
/// initials, a digit of another script). Returns where the last token ends, past `to` when a
/// number runs on ("1" of "1,200").
fn split<'t>(text: &'t str, from: usize, to: usize, out: &mut Vec<Token<'t>>) -> usize {
    let mut at = from;
    while at < to {
        let c = text[at..].chars().next().expect("inside the text");
        let mut end = at + c.len_utf8();
        if c.is_ascii_digit() {
            end = number_end(text, end);
        } else if is_word_char(c) && !c.is_numeric() {
            end += text[end..to]
                .find(|n: char| !is_word_char(n) || n.is_numeric())
                .unwrap_or(to - end);
        }
        out.push(Token {
            start: at,
            end,
            text: &text[at..end],
        });
        at = end;
    }
    at
}

/// The fact tokens of `text`, through the one token layer as the annotator reads them.
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Tokens<'_> {
    Tokens::new(text, &crate::tokens::tokenize(text))
}

/// The end of a number starting before `from`: digits, with "," followed by exactly three
/// digits and "." followed by a digit kept inside.
fn number_end(text: &str, mut from: usize) -> usize {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    loop {
        if digit(from) {
            from += 1;
        } else if bytes.get(from) == Some(&b',')
            && (1..=3).all(|k| digit(from + k))
            && !digit(from + 4)
        {
            from += 4;
        } else if bytes.get(from) == Some(&b'.') && digit(from + 1) {
            from += 1;
        } else {
            return from;
        }
    }
}

/// Whether `a` and `b` touch, with no space between them.
pub(crate) fn glued(a: &Token<'_>, b: &Token<'_>) -> bool {
    a.end == b.start
}

/// The value of a number in digits, without its thousands separators.
pub(crate) fn digits_value(token: &str) -> Option<f64> {
    match token.contains(',') {
        true => token.replace(',', "").parse().ok(),
        false => token.parse().ok(),
    }
}

/// The lengths and initials of a set of lower-case words: a quick test, run at every token,
/// that rules out most tokens before they are compared with each word of the set. Built in
/// constants, where a word that is empty, longer than 15 bytes or does not start with a
/// lower-case ASCII letter fails the build.
pub(crate) struct Shapes([[bool; 26]; 16]);

impl Shapes {
    pub(crate) const NONE: Shapes = Shapes([[false; 26]; 16]);

    /// The shapes with that of `word` added.
    pub(crate) const fn with(mut self, word: &str) -> Shapes {
        let bytes = word.as_bytes();
        self.0[bytes.len()][(bytes[0] - b'a') as usize] = true;
        self
    }

    /// Whether `word` has the length and, ignoring ASCII case, the initial of one of the words:
    /// false means it is none of them.
    pub(crate) fn admit(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let Some(initial) = bytes.first().map(u8::to_ascii_lowercase) else {
            return false;
        };
        initial.is_ascii_lowercase()
            && self
                .0
                .get(bytes.len())
                .is_some_and(|by_initial| by_initial[usize::from(initial - b'a')])
    }
}

/// The index of the first token starting at or after byte `at`.
pub(crate) fn token_at(tokens: &[Token<'_>], at: usize) -> usize {
    tokens.partition_point(|t| t.start < at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The fact rules' split read straight from the text, one character at a time: the
    /// specification the derivation from the shared tokens must meet.
    fn scanned(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                continue;
            }
            let mut end = start + c.len_utf8();
            if c.is_ascii_digit() {
                end = number_end(text, end);
            } else if is_word_char(c) && !c.is_numeric() {
                while let Some(&(at, next)) = chars.peek() {
                    if !is_word_char(next) || next.is_numeric() {
                        break;
                    }
                    end = at + next.len_utf8();
                    chars.next();
                }
            }
            while chars.peek().is_some_and(|&(at, _)| at < end) {
                chars.next();
            }
            out.push((start, end));
        }
        out
    }

    fn ranges(text: &str) -> Vec<(usize, usize)> {
        tokenize(text).iter().map(|t| (t.start, t.end)).collect()
    }

    #[test]
    fn the_derived_split_is_the_scanned_one() {
        for text in [
            "G20 1,200abc 3.5bn U.S.5 O'Brien’s 4.U.S. a.m. 1,2345 ٣٤ x²y Zoe\u{308}’s",
            "1,200,000.75 and 7.x 12.5.6 L.A.'s",
        ] {
            assert_eq!(ranges(text), scanned(text), "{text}");
        }
    }

    proptest! {
        #[test]
        fn the_derived_split_is_the_scanned_one_on_any_text(
            text in "([a-zA-Z0-9 ,.'’\n-]|é|\u{308}|²|٣|🎉|U\\.S\\.|O'B)*"
        ) {
            prop_assert_eq!(ranges(&text), scanned(&text));
        }

        #[test]
        fn the_derived_split_is_the_scanned_one_on_any_string(text in any::<String>()) {
            prop_assert_eq!(ranges(&text), scanned(&text));
        }
    }

    #[test]
    fn the_number_starting_at_each_token_is_read_once() {
        // "five" also starts a number of its own: the rules that read "twenty-five" skip it.
        let t = tokenize("a dozen, 1,200 and twenty-five");
        let read: Vec<(usize, usize, f64)> = (0..t.len())
            .filter_map(|i| t.number_at(i).map(|n| (n.first, n.last, n.value)))
            .collect();
        assert_eq!(
            read,
            [(0, 1, 12.0), (3, 3, 1200.0), (5, 7, 25.0), (7, 7, 5.0)]
        );
        assert_eq!(t.number_at(t.len()), None);
    }

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_keep_separators_and_decimals() {
        assert_eq!(
            texts("1,200 and 3.5, 25."),
            ["1,200", "and", "3.5", ",", "25", "."]
        );
        assert_eq!(texts("1,20 x"), ["1", ",", "20", "x"]);
    }

    #[test]
    fn letters_and_digits_split_but_stay_glued() {
        let t = tokenize("G20 €3m");
        assert_eq!(
            t.iter().map(|t| t.text).collect::<Vec<_>>(),
            ["G", "20", "€", "3", "m"]
        );
        assert!(glued(&t[0], &t[1]));
        assert!(!glued(&t[1], &t[2]));
    }

    #[test]
    fn shapes_admit_the_words_in_any_case_and_rule_out_others() {
        const SHAPES: Shapes = Shapes::NONE.with("at").with("least").with("over");
        for word in ["at", "AT", "least", "Least", "over", "an", "oven", "lease"] {
            assert!(SHAPES.admit(word), "{word}");
        }
        for word in ["", "a", "ate", "the", "leasts", "éver", "3", "Ov"] {
            assert!(!SHAPES.admit(word), "{word}");
        }
    }

    #[test]
    fn offsets_are_bytes_after_emoji_and_curly_quotes() {
        let text = "🇮🇶 “Iraq’s” 2019";
        for t in tokenize(text).iter() {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        assert_eq!(texts(text), ["🇮", "🇶", "“", "Iraq", "’", "s", "”", "2019"]);
    }
}
