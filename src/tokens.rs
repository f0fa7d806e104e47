//! The word tokens of a text, split once per annotation and read by the name rules and the
//! name tagger alike.
//!
//! A token is a run of word characters (letters, digits, combining marks), a run of initials
//! with their periods ("U.S."), or one other visible character; white space separates tokens
//! and is never one. Each token is classified once, here: whether it is a word, whether it is
//! capitalised, and whether its line is a headline in capitals or in title case. Before this
//! module the rules and the tagger each split the text and measured every line themselves.
//!
//! The fact extractors read a finer split (`facts::tokens`: "G20" is a word and a number there,
//! "O'Brien" three tokens, "1,200" one), because their patterns are sequences of words and
//! numbers, where the name readers want a name's word whole. It is derived from these tokens,
//! not from the text again: a word made of letters only ([`Token::letters`], most of them) is
//! the same token in both splits, and only the others are split further.

use crate::fold::is_word_char;

/// A token of the text, with what is known of it before any rule reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// Whether the token opens with a word character (otherwise it is one mark).
    pub word: bool,
    /// Whether the token opens with an upper-case letter.
    pub capitalised: bool,
    /// Whether the token is a word of letters and combining marks only: no digit, no
    /// apostrophe, not initials. Recorded while the word is read, so that the fact rules'
    /// finer split needs to look inside no other token.
    pub letters: bool,
    /// Whether the token's line is written in capitals (a headline).
    pub shouted: bool,
    /// Whether the token's line is a title-case headline.
    pub titled: bool,
}

impl Token {
    /// Whether the token is a run of initials with their periods ("U.S.", "a.m.").
    pub fn is_initials(&self, text: &str) -> bool {
        self.word && self.end - self.start >= 4 && text[..self.end].ends_with('.')
    }
}

/// The tokens of `text`. A word keeps an apostrophe only inside a short prefix before a
/// capital ("O'Brien"), so "Iraq's" is "Iraq" then "'" and "s"; every other character that is
/// neither a word character nor white space is a token of its own ("al", "-", "Hakim").
pub fn tokenize(text: &str) -> Vec<Token> {
    // About one token per five bytes in English news: sized so that the vector seldom grows.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    // The current line's end and its two flags, measured once per line.
    let mut line = (0, false, false);
    let mut at = 0;
    while let Some(c) = char_at(text, at) {
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        let word = is_word_char(c);
        let mut letters = word && !c.is_numeric();
        if word {
            // Initials with their periods are one token ("U.S.", "L.A.", "D.C."): a letter, a
            // period, a letter, and so on, each letter alone.
            let period_next = text.as_bytes().get(at) == Some(&b'.');
            if let Some(len) = period_next.then(|| initials(&text[start..])).flatten() {
                at = start + len;
                letters = false;
            } else {
                while let Some(next) = char_at(text, at) {
                    let letter = is_word_char(next) && !next.is_numeric();
                    let joins = letter
                        || is_word_char(next)
                        || (next == '\'' || next == '’')
                            && at - start <= 2
                            && text[at + next.len_utf8()..].starts_with(char::is_uppercase);
                    if !joins {
                        break;
                    }
                    letters &= letter;
                    at += next.len_utf8();
                }
            }
        }
        if start >= line.0 {
            let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let to = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let words = &text[from..to];
            line = (to, is_shouted(words), is_title_case(words));
        }
        tokens.push(Token {
            start,
            end: at,
            word,
            capitalised: c.is_uppercase(),
            letters,
            shouted: line.1,
            titled: line.2,
        });
    }
    tokens
}

/// The character at byte offset `at` of `text` (a character boundary), read without decoding
/// when it is ASCII, as nearly every character of English news is.
fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[at..].chars().next(),
    }
}

/// The length of the initials that open `text` ("U.S." in "U.S. troops"), if it opens with
/// two or more single letters each followed by a period.
fn initials(text: &str) -> Option<usize> {
    let mut len = 0;
    let mut chars = text.chars();
    loop {
        let mut pair = chars.clone();
        match (pair.next(), pair.next()) {
            (Some(c), Some('.')) if c.is_alphabetic() => {
                len += c.len_utf8() + 1;
                chars = pair;
            }
            _ => break,
        }
    }
    let alone = !text[len..].starts_with(is_word_char);
    (len >= 4 && alone).then_some(len)
}

/// Whether `word` starts with an upper-case letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `line` is written in capitals ("STORM HITS COAST"): there a capital says nothing
/// about a word being a name.
pub(crate) fn is_shouted(line: &str) -> bool {
    let (mut upper, mut lower) = (0, 0);
    for c in line.chars() {
        upper += usize::from(c.is_uppercase());
        lower += usize::from(c.is_lowercase());
    }
    upper >= 4 && upper > 3 * lower
}

/// Whether `line` is a title-case headline: three or more words besides the short function
/// words, every one of them capitalised, and no full stop at the end ("Officials Say Talks
/// Will Resume Soon"). There a capital says little: names still come from lists and from
/// organisation and place words, but not from weaker cues such as a given name.
pub(crate) fn is_title_case(line: &str) -> bool {
    const MINOR: &[&str] = &[
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
        "or", "over", "the", "to", "up", "vs", "with",
    ];
    let mut content = 0;
    for word in line.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        if word.is_empty() || !word.starts_with(char::is_alphabetic) || MINOR.contains(&word) {
            continue;
        }
        if !is_capitalised(word) {
            return false;
        }
        content += 1;
    }
    content >= 3 && !line.trim_end().ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn words_and_marks_are_tokens() {
        assert_eq!(
            texts("Iraq's al-Hakim (PMF) said “no”."),
            [
                "Iraq", "'", "s", "al", "-", "Hakim", "(", "PMF", ")", "said", "“", "no", "”", "."
            ]
        );
        assert_eq!(
            texts("O'Brien and 🇮🇶 Café"),
            ["O'Brien", "and", "🇮", "🇶", "Café"]
        );
        assert_eq!(
            texts("the U.S. and L.A.'s D.C.-based A.B.C"),
            [
                "the", "U.S.", "and", "L.A.", "'", "s", "D.C.", "-", "based", "A", ".", "B", ".",
                "C"
            ]
        );
        assert_eq!(texts("I.e. a.m."), ["I.e.", "a.m."]);
    }

    #[test]
    fn offsets_are_bytes_and_combining_marks_stay_in_their_word() {
        // "Zoë" with a combining diaeresis, a replacement character, curly quotes and an emoji.
        let text = "“Zoe\u{308}’s” \u{fffd}x 👍🏽 ok";
        assert_eq!(
            texts(text),
            [
                "“",
                "Zoe\u{308}",
                "’",
                "s",
                "”",
                "\u{fffd}",
                "x",
                "👍",
                "🏽",
                "ok"
            ]
        );
        let zoe = tokenize(text)[1];
        assert_eq!((zoe.start, zoe.end), (3, 8));
        assert!(zoe.word && zoe.capitalised);
    }

    #[test]
    fn each_token_knows_its_shape_and_its_line() {
        let text = "STORM HITS COAST.\nOfficials Say Talks Will Resume\nthe Mayor spoke.";
        let t = tokenize(text);
        let flags = |i: usize| (t[i].word, t[i].capitalised, t[i].shouted, t[i].titled);
        assert_eq!(flags(0), (true, true, true, false), "STORM");
        assert_eq!(flags(4), (true, true, false, true), "Officials");
        assert_eq!(flags(9), (true, false, false, false), "the");
        assert_eq!(flags(10), (true, true, false, false), "Mayor");
        assert_eq!(flags(12), (false, false, false, false), ".");
    }

    #[test]
    fn initials_are_one_token_that_says_so() {
        let text = "the U.S. army";
        let t = tokenize(text);
        assert!(t[1].is_initials(text));
        assert!(!t[0].is_initials(text) && !t[2].is_initials(text));
    }

    #[test]
    fn headlines_in_capitals_or_title_case() {
        assert!(is_shouted("STORM HITS COAST AS THOUSANDS FLEE"));
        assert!(!is_shouted("Storm Hits Coast"));
        assert!(is_title_case(
            "Officials Say Talks Will Resume in the Spring"
        ));
        assert!(!is_title_case(
            "Officials say talks will resume in the spring"
        ));
        assert!(
            !is_title_case("Ilse Varnholt Met Kelmar Staff."),
            "a sentence ends with a stop"
        );
        assert!(!is_title_case("Iraq and Iran"), "too short to tell");
        assert!(!is_title_case(
            "The US Embassy in Baghdad was attacked by militiamen"
        ));
    }
}
