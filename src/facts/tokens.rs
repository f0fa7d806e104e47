//! Splitting text into the tokens the fact rules read: words, numbers and single punctuation
//! characters, each with its byte range.
//!
//! The rules are small hand parsers over this token list rather than regular expressions: the
//! patterns ("at least 25 fighters", "Dec. 31, 2019") are short sequences of words, a token
//! list makes them readable as sequences, and one pass over the text serves every extractor.

use crate::fold::is_word_char;

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

/// Tokenises `text`. Numbers keep their thousands separators and decimal point ("1,200",
/// "3.5") but stop at anything else, so "G20" is a word and a number side by side, with no gap
/// between them (see [`glued`]).
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
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
        tokens.push(Token {
            start,
            end,
            text: &text[start..end],
        });
    }
    tokens
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
    token.replace(',', "").parse().ok()
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
        for t in tokenize(text) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        assert_eq!(texts(text), ["🇮", "🇶", "“", "Iraq", "’", "s", "”", "2019"]);
    }
}
