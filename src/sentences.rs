//! Sentence boundaries, for the rules that group facts by sentence (casualties, quotes, events).
//!
//! A sentence ends at a line break, or at `.`, `!`, `?` or `…` (with any closing quotes and
//! brackets after it) followed by a space and a word that may open a sentence. A period after an
//! abbreviation ("Mr.", "Gen.", "Dec.", "U.S.") or an initial ("J.") does not end one, except
//! that a dotted abbreviation followed by a word that typically opens a sentence ("the U.S. The
//! President…") does: the alternative, a full list of proper names, is not available here. A
//! run of four or more question marks is characters lost to an encoding, not a stop.

use crate::tokens::Token;
use crate::words::{abbreviated_month, SENTENCE_OPENERS, TITLE_ABBREVIATIONS};

/// Words whose trailing period is an abbreviation, not a full stop, besides the abbreviated
/// titles and months of [`crate::words`]: the endings of names ("Jr.", "Inc.", "Co.") and
/// "No." and "vs.".
const OTHER_ABBREVIATIONS: [&str; 6] = ["no", "jr", "sr", "vs", "inc", "co"];

/// The shortest run of question marks read as lost characters, not as the end of a question.
const GARBLED_RUN: usize = 4;

/// The characters that close a sentence after its stop, or continue the stop ("?!", "...").
fn closes(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '.' | '!' | '?')
}

/// The sentences of `text` as byte ranges, trimmed of surrounding whitespace, in order, read
/// from its `tokens` ([`crate::tokens::tokenize`] of the same text) rather than from the text
/// again: a stop is a token of its own, or the last period of initials ("U.S."), and a line
/// break lies in the white space between two tokens.
pub(crate) fn sentences_of(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut gap_from = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if let Some(nl) = text[gap_from..t.start].find('\n') {
            push_trimmed(text, start, gap_from + nl, &mut out);
            start = gap_from + nl;
        }
        i += 1;
        gap_from = t.end;
        let last = text[t.start..t.end]
            .chars()
            .next_back()
            .expect("a token is not empty");
        let stop = matches!(last, '.' | '!' | '?' | '…') && (!t.word || t.is_initials(text));
        if !stop {
            continue;
        }
        let at = t.end - last.len_utf8();
        let mut end = t.end;
        while let Some(next) = tokens.get(i).filter(|n| n.start == end && !n.word) {
            if !text[next.start..].starts_with(closes) {
                break;
            }
            end = next.end;
            i += 1;
        }
        gap_from = end;
        if ends_here(text, at, last, end) {
            push_trimmed(text, start, end, &mut out);
            start = end;
        }
    }
    if let Some(nl) = text[gap_from..].find('\n') {
        push_trimmed(text, start, gap_from + nl, &mut out);
        start = gap_from + nl;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// The sentences of `text` (see [`sentences_of`]), for tests.
#[cfg(test)]
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    sentences_of(text, &crate::tokens::tokenize(text))
}

/// Whether the stop `c` at `at` (punctuation through `end`) closes a sentence.
fn ends_here(text: &str, at: usize, c: char, end: usize) -> bool {
    let rest = &text[end..];
    let next_word: &str = {
        let trimmed = rest.trim_start_matches([' ', '\t']);
        if trimmed.len() == rest.len() && !rest.is_empty() && !rest.starts_with('\n') {
            return false; // "3.5", "U.S", "e.g" or "…and": no space after the stop
        }
        let trimmed = trimmed.trim_start_matches(['"', '“', '‘', '\'', '(', '[']);
        let to = trimmed
            .find(|ch: char| !ch.is_alphanumeric())
            .unwrap_or(trimmed.len());
        &trimmed[..to]
    };
    if next_word.is_empty() {
        return true; // end of text, a line break, or punctuation
    }
    if !next_word.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()) {
        return false;
    }
    if c == '?' && text[at..end].len() >= GARBLED_RUN {
        // "#Bahrain ???????? Embassy": characters lost to an encoding (emoji flags) leave runs
        // of question marks in the middle of a sentence; nobody asks a question with four.
        return false;
    }
    if c != '.' {
        return true;
    }
    let before = &text[..at];
    let word_from = before
        .rfind(|ch: char| !(ch.is_alphanumeric() || ch == '.'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_from..];
    let is_initial = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    if dotted {
        // "U.S." or "U.N.": an abbreviation unless the next word plainly opens a sentence.
        return SENTENCE_OPENERS.contains(&next_word);
    }
    let abbreviation = TITLE_ABBREVIATIONS
        .iter()
        .chain(&OTHER_ABBREVIATIONS)
        .any(|a| a.eq_ignore_ascii_case(word))
        || abbreviated_month(word).is_some();
    !(is_initial || abbreviation)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead < piece.len() {
        out.push((start + lead, end - trail));
    }
}

/// The index of the sentence holding byte `at` (the last one starting at or before it).
pub(crate) fn sentence_of(sentences: &[(usize, usize)], at: usize) -> Option<usize> {
    sentences.partition_point(|s| s.0 <= at).checked_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The sentences read straight from the text, one character at a time: the specification
    /// that the reading from tokens must meet.
    fn scanned(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let end = match c {
                '\n' => Some(at),
                '.' | '!' | '?' | '…' => {
                    let mut end = at + c.len_utf8();
                    while let Some(&(i, next)) = chars.peek() {
                        if !closes(next) {
                            break;
                        }
                        end = i + next.len_utf8();
                        chars.next();
                    }
                    (ends_here(text, at, c, end)).then_some(end)
                }
                _ => None,
            };
            if let Some(end) = end {
                push_trimmed(text, start, end, &mut out);
                start = end;
            }
        }
        push_trimmed(text, start, text.len(), &mut out);
        out
    }

    proptest! {
        #[test]
        fn the_sentences_from_tokens_are_the_scanned_ones(
            text in "([a-zA-Z0-9 .!?…\"'”’)\\]\n-]|Mr\\.|U\\.S\\.|a\\.m\\.|The|\\?\\?\\?\\?|🎉|é)*"
        ) {
            prop_assert_eq!(sentences(&text), scanned(&text));
        }

        #[test]
        fn the_sentences_from_tokens_are_the_scanned_ones_on_any_string(text in any::<String>()) {
            prop_assert_eq!(sentences(&text), scanned(&text));
        }
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn splits_on_stops_and_line_breaks() {
        assert_eq!(
            split("One came. Two went! Three?\nFour"),
            ["One came.", "Two went!", "Three?", "Four"]
        );
    }

    #[test]
    fn titles_months_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Kane met Gen. Ross on Dec. 3 with John Q. Public. Then left."),
            [
                "Mr. Kane met Gen. Ross on Dec. 3 with John Q. Public.",
                "Then left."
            ]
        );
    }

    #[test]
    fn dotted_abbreviations_end_a_sentence_only_before_an_opener() {
        assert_eq!(
            split("The U.S. Navy sailed to the U.S. The crew rested."),
            ["The U.S. Navy sailed to the U.S.", "The crew rested."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("She said “we won.” Then she left. “Go!” he said."),
            ["She said “we won.”", "Then she left.", "“Go!” he said."]
        );
    }

    #[test]
    fn decimals_and_lower_case_continuations_do_not_split() {
        assert_eq!(
            split("It rose 3.5 percent… and fell."),
            ["It rose 3.5 percent… and fell."]
        );
    }

    #[test]
    fn finds_the_sentence_of_an_offset() {
        let s = sentences("Ab. Cd.");
        assert_eq!(sentence_of(&s, 0), Some(0));
        assert_eq!(sentence_of(&s, 5), Some(1));
    }

    #[test]
    fn a_run_of_question_marks_is_lost_characters_not_a_stop() {
        assert_eq!(
            split("Crowds stormed the #Velmar ???????? Embassy in the night. Why? Nobody knows."),
            [
                "Crowds stormed the #Velmar ???????? Embassy in the night.",
                "Why?",
                "Nobody knows."
            ]
        );
    }
}
