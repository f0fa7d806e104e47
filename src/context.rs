//! Small questions about the text around a span: is it at the start of a sentence, does a
//! capitalised word stand next to it.

use crate::fold::is_word_char;
use crate::tokens::is_capitalised;

/// Whether the span starting at `start` opens a sentence, a line or a quotation: the only text
/// before it on its line is opening punctuation, or the last word before it ends a sentence.
pub(crate) fn starts_sentence(text: &str, start: usize) -> bool {
    for c in text[..start].chars().rev() {
        match c {
            '\n' => return true,
            c if c.is_whitespace() => continue,
            '"' | '\'' | '“' | '‘' | '(' | '[' | '—' | '–' | '-' | '•' | '*' | '#' => {
                continue
            }
            '.' | '!' | '?' | ':' | '…' => return true,
            _ => return false,
        }
    }
    true
}

/// The word right before `start` on the same line, if only spaces separate them.
pub(crate) fn word_before(text: &str, start: usize) -> Option<&str> {
    let head = text[..start].strip_suffix(' ')?;
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[from..];
    (!word.is_empty()).then_some(word)
}

/// The word right after `end` on the same line, if only a space separates them.
pub(crate) fn word_after(text: &str, end: usize) -> Option<&str> {
    let tail = text[end..].strip_prefix(' ')?;
    let to = tail
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(tail.len(), |(i, _)| i);
    let word = &tail[..to];
    (!word.is_empty()).then_some(word)
}

/// Whether an ordinary word that is also a name ("Mobile", "Chad") reads as the name here:
/// written capitalised, not opening a sentence, not in an all-capitals line, and not one word of
/// a longer capitalised run that the gazetteer does not know ("Will Smith", "Mobile Phones").
pub(crate) fn reads_as_name(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if !is_capitalised(word)
        || word.chars().all(|c| !c.is_lowercase())
        || starts_sentence(text, start)
    {
        return false;
    }
    let capitalised_neighbour = word_before(text, start)
        .into_iter()
        .chain(word_after(text, end))
        .any(is_capitalised);
    !capitalised_neighbour
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_starts() {
        let t = "Ahead. “Reading is fun” said\nMark";
        assert!(starts_sentence(t, 0));
        assert!(starts_sentence(t, t.find("Reading").unwrap()));
        assert!(!starts_sentence(t, t.find("said").unwrap()));
        assert!(starts_sentence(t, t.find("Mark").unwrap()));
    }

    #[test]
    fn neighbouring_words() {
        let t = "met Will Smith, then";
        let s = t.find("Will").unwrap();
        assert_eq!(word_before(t, s), Some("met"));
        assert_eq!(word_after(t, s + 4), Some("Smith"));
        assert_eq!(word_after(t, t.find("Smith").unwrap() + 5), None);
    }

    #[test]
    fn ambiguous_words_read_as_names_only_alone_and_capitalised() {
        let t = "We met Will Smith in Reading and Mobile.";
        assert!(!reads_as_name(
            t,
            t.find("Will").unwrap(),
            t.find("Will").unwrap() + 4
        ));
        let r = t.find("Reading").unwrap();
        assert!(reads_as_name(t, r, r + 7));
        assert!(!reads_as_name("Reading is fun", 0, 7));
        assert!(!reads_as_name("STORM HITS MOBILE", 11, 17));
    }
}
