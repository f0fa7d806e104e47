//! Small questions about the text around a span: is it at the start of a sentence, does a
//! capitalised word stand next to it, is it part of a web or e-mail address.

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

/// The line that holds byte `at`, without its line break.
pub(crate) fn line_of(text: &str, at: usize) -> &str {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    &text[start..end]
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

/// Whether `start..end` lies inside a web or e-mail address ("houston.example.com",
/// "desk@paris-news.example", "https://www.iraq.example/news"), where a place's or a country's
/// name is part of the address, not a mention. The address is the run of characters around
/// the name up to a space, a quote, a bracket or an angle bracket (so the display name in
/// `"Jo Reyes"<jo@x.example>` stays a name); it has an "@" with a dotted domain after it, a
/// "://", a leading "www.", or it is a dotted host name ending in a lower-case label
/// ("houston.rr.com"; not "U.S.", "St.Petersburg" or an ellipsis, "Kerala...in"). An "@" with
/// no dot after it is a handle or an in-house mail name ("@Houston", "Jo Reyes@ACME"), which
/// names its owner.
pub(crate) fn in_address(text: &str, start: usize, end: usize) -> bool {
    // Looked for within a bounded window, so that a megabyte without a break costs no more
    // per hit than an article does; an address is far shorter.
    const REACH: usize = 256;
    let breaks = |c: char| c.is_whitespace() || "\"'<>()[]“”‘’".contains(c);
    let mut lo = start.saturating_sub(REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (end + REACH).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let from = text[lo..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| breaks(c))
        .map_or(lo, |(i, c)| lo + i + c.len_utf8());
    let to = text[end..hi].find(breaks).map_or(hi, |i| end + i);
    let token = text[from..to].trim_end_matches(['.', ',', ';', ':', '!', '?']);
    let mail = token.find('@').is_some_and(|at| {
        at > 0 && token[at + 1..].split('.').filter(|l| !l.is_empty()).count() >= 2
    });
    if mail
        || token.contains("://")
        || token
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("www."))
    {
        return true;
    }
    let labels: Vec<&str> = token.split('.').collect();
    let last = labels.last().copied().unwrap_or("");
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty())
        && (2..=6).contains(&last.len())
        && last.bytes().all(|b| b.is_ascii_lowercase())
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
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

    #[test]
    fn addresses_are_told_from_running_text() {
        let at = |text: &str, name: &str| {
            let start = text.find(name).expect("the name is in the text");
            in_address(text, start, start + name.len())
        };
        assert!(at("Write to houston.rr.example.com today.", "houston"));
        assert!(at("Mail desk@houston.example, now.", "houston"));
        assert!(at("See https://iraq.example/news.", "iraq"));
        assert!(at("See www.Iraq.example for more.", "Iraq"));
        // Ordinary mentions, dotted abbreviations and a city written without its space.
        assert!(!at("In Houston, officials met.", "Houston"));
        assert!(!at("U.S. officials met.", "U.S."));
        assert!(!at("They flew to St.Petersburg.", "Petersburg"));
        assert!(!at("“Iraq.”", "Iraq"));
        assert!(!at("Follow (@Houston) now.", "Houston"));
        assert!(!at(
            "From \"Ana Ruiz\"<ana.r@houston.example.com>",
            "Ana Ruiz"
        ));
        assert!(!at("Sent by Jo Reyes@ACME today", "Reyes"));
        assert!(!at("down in Kerala...in the south", "Kerala"));
        // A megabyte without a space is looked at within a window, not scanned whole.
        let long = format!("{}Iraq{}", "x.".repeat(500_000), ".x".repeat(500_000));
        assert!(!at(&long, "Iraq"));
    }
}
