//! Folding text for matching without losing the way back to the original offsets.
//!
//! The gazetteer and the text are both folded the same way before matching, so that
//! typographic variants of one name meet: curly quotes become straight ones, hyphens and runs of
//! spaces become one space ("Abdul-Mahdi" meets "Abdul Mahdi"), Latin accents are dropped ("Sao
//! Paulo" meets "São Paulo", also when the accent is a combining mark), carriage returns vanish,
//! Line breaks are kept so that no name is matched across a paragraph break.
//!
//! Folding yields two texts of one layout: `cased`, and `lower`, its lower-cased twin, byte for
//! byte aligned with it. The matcher searches `lower` and checks letter case on the same bytes
//! of `cased`, with no allocation per hit. To keep the two aligned, a letter whose lower case has
//! another UTF-8 width (the Kelvin sign, capital sharp s) is left as it is in `lower`; patterns
//! fold the same way, so they still meet.
//!
//! The way back is a sparse map. Between two edits (a dropped or collapsed character, a
//! character folded to one of another width) folded and original bytes advance together, so
//! the map keeps one checkpoint per edit, `(folded offset, original offset)`, and a lookup is a
//! binary search for the last checkpoint at or before a folded offset. A news text, mostly
//! ASCII, needs a few checkpoints per paragraph. The map it replaced kept four bytes per folded
//! byte (64 MB for a 16 MB text); folding in place with same-width replacements was rejected
//! because it cannot express deletions (collapsed spaces, combining marks). Offsets are `u32`
//! to keep the worst case (an accent on every letter: one eight-byte checkpoint per two-byte
//! letter) at the old cost; [`Folded::new`] refuses a text they cannot address rather than
//! relying on the annotator's size limit.

/// A folded copy of a text and the map from its bytes back to the original.
#[derive(Debug, Clone)]
pub(crate) struct Folded {
    /// The folded text, letter case kept.
    pub cased: String,
    /// `cased` lower-cased, aligned with it byte for byte.
    pub lower: String,
    /// Checkpoints `(folded, original)`, sorted, the first at `(0, _)`: folded byte `f` came
    /// from original byte `original + (f - folded)` of the last checkpoint with `folded <= f`.
    /// For a character that folding replaced by one of another width, that is its first byte.
    checkpoints: Vec<(u32, u32)>,
}

impl Folded {
    /// Folds `text`.
    ///
    /// # Panics
    /// If `text` is 4 GiB or longer, past what the offset map addresses; the annotator accepts
    /// far less ([`crate::MAX_TEXT_BYTES`]).
    pub fn new(text: &str) -> Folded {
        assert!(
            u32::try_from(text.len()).is_ok(),
            "a folded text is under 4 GiB"
        );
        let mut cased = String::with_capacity(text.len());
        let mut lower = String::with_capacity(text.len());
        let mut checkpoints: Vec<(u32, u32)> = Vec::new();
        let mut last_space = false;
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // ASCII that folds to itself, most of any news text, is copied a run at a time: its
            // bytes stay in step with the original, so the run needs no checkpoint inside it.
            let run = plain_ascii_run(&bytes[at..], last_space);
            if run > 0 {
                let to = cased.len();
                keep_in_step(&mut checkpoints, to, at);
                cased.push_str(&text[at..at + run]);
                lower.push_str(&text[at..at + run]);
                lower[to..].make_ascii_lowercase();
                last_space = bytes[at + run - 1] == b' ';
                at += run;
                continue;
            }
            // Other ASCII folds by table; the rest by `fold_char`.
            let (folded, width) = match bytes[at] {
                b if b.is_ascii() => (fold_char(b as char), 1),
                _ => {
                    let c = text[at..].chars().next().expect("at is a char boundary");
                    (fold_char(c), c.len_utf8())
                }
            };
            let from = at;
            at += width;
            let Some(f) = folded else { continue };
            if f == ' ' {
                if last_space {
                    continue;
                }
                last_space = true;
            } else {
                last_space = false;
            }
            keep_in_step(&mut checkpoints, cased.len(), from);
            // A character folded to one of another width puts the next one out of step.
            cased.push(f);
            lower.push(lower_same_width(f));
        }
        Folded {
            cased,
            lower,
            checkpoints,
        }
    }

    /// The original offset of the character that produced folded byte `at`, a character
    /// boundary of `cased`.
    fn origin(&self, at: usize) -> usize {
        let i = self
            .checkpoints
            .partition_point(|&(folded, _)| folded as usize <= at);
        let (folded, original) = self.checkpoints[i - 1];
        original as usize + (at - folded as usize)
    }

    /// The original byte range of the folded byte range `start..end` (`end > start`, both on
    /// character boundaries), where `original` is the text this was folded from. The range ends
    /// after the last character that produced folded text, and after any combining marks that
    /// belong to it; characters folding dropped after it (a carriage return, a zero-width mark)
    /// stay outside.
    pub fn original(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        let from = self.origin(start);
        let last_char = self.cased[..end]
            .char_indices()
            .next_back()
            .map_or(start, |(i, _)| i);
        let last = self.origin(last_char);
        let mut to = last + original[last..].chars().next().map_or(0, char::len_utf8);
        for c in original[to..].chars() {
            if !is_combining_mark(c) {
                break;
            }
            to += c.len_utf8();
        }
        (from, to)
    }
}

/// Adds the checkpoint `(folded, original)` unless the last one already maps it: in step, the
/// same distance between original and folded as at the last checkpoint.
fn keep_in_step(checkpoints: &mut Vec<(u32, u32)>, folded: usize, original: usize) {
    let in_step = checkpoints
        .last()
        .is_some_and(|&(cf, co)| original - co as usize == folded - cf as usize);
    if !in_step {
        checkpoints.push((folded as u32, original as u32));
    }
}

/// The length of the run of ASCII bytes opening `bytes` that [`fold_char`] keeps as they are:
/// not a hyphen, a backquote or white space other than a line break or a single space (a space
/// after a space, or after `last_space`, collapses).
fn plain_ascii_run(bytes: &[u8], mut last_space: bool) -> usize {
    bytes
        .iter()
        .take_while(|&&b| {
            let plain = b.is_ascii()
                && !matches!(b, b'-' | b'`' | b'\t' | b'\r' | 0x0b | 0x0c)
                && !(b == b' ' && last_space);
            last_space = b == b' ';
            plain
        })
        .count()
}

/// The lower case of `c` if it is one character of the same UTF-8 width, else `c`.
fn lower_same_width(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// Folds one character: `None` drops it.
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`'
        | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '-' | '\u{2010}' | '\u{2011}' | '\u{00AD}' => ' ',
        '\r' => return None,
        '\n' => '\n',
        c if c.is_whitespace() => ' ',
        // Zero-width and bidirectional marks carry no letters.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}' => return None,
        c if is_combining_mark(c) => return None,
        '\u{00C0}'..='\u{017F}' => strip_latin_accent(c),
        c => c,
    })
}

/// Whether `c` is a combining diacritical mark (it belongs to the letter before it).
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Base letters of U+00C0..=U+017F, one per code point; letters with no plain base keep their own.
const LATIN_BASES: &str = concat!(
    "AAAAAAÆCEEEEIIIIÐNOOOOO×OUUUUYÞß",
    "aaaaaaæceeeeiiiiðnooooo÷ouuuuyþy",
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiĲĳJjKkĸLlLlLlLlLl",
    "NnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzſ",
);

fn strip_latin_accent(c: char) -> char {
    static TABLE: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| LATIN_BASES.chars().collect());
    table.get(c as usize - 0xC0).copied().unwrap_or(c)
}

/// Whether `c` continues a word: a letter, a digit or a combining mark.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold_str(text: &str, lowercase: bool) -> String {
        let f = Folded::new(text);
        if lowercase {
            f.lower
        } else {
            f.cased
        }
    }

    #[test]
    fn latin_table_covers_its_range() {
        assert_eq!(LATIN_BASES.chars().count(), 0x180 - 0xC0);
        assert_eq!(strip_latin_accent('é'), 'e');
        assert_eq!(strip_latin_accent('Ł'), 'L');
        assert_eq!(strip_latin_accent('ſ'), 'ſ');
        assert_eq!(strip_latin_accent('İ'), 'I');
    }

    #[test]
    fn curly_quotes_hyphens_and_spaces_fold() {
        assert_eq!(
            fold_str("Iraq’s “Abdul-Mahdi”", false),
            "Iraq's \"Abdul Mahdi\""
        );
        assert_eq!(
            fold_str("New \u{a0}  York\r\nCity", false),
            "New York\nCity"
        );
    }

    #[test]
    fn accents_fold_precomposed_and_combining() {
        assert_eq!(fold_str("São Paulo", true), "sao paulo");
        assert_eq!(fold_str("Jose\u{301} Martí", false), "Jose Marti");
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "the  “São”\u{200F} Paulo";
        let f = Folded::new(text);
        let at = f.lower.find("sao").unwrap();
        let (s, e) = f.original(text, at, at + 3);
        assert_eq!(&text[s..e], "São");
        let at = f.lower.find("paulo").unwrap();
        let (s, e) = f.original(text, at, at + 5);
        assert_eq!(&text[s..e], "Paulo");
    }

    #[test]
    fn a_range_ends_before_dropped_characters_but_keeps_its_accents() {
        let text = "Iraq\r\nJose\u{301}\u{200B}.";
        let f = Folded::new(text);
        assert_eq!(f.cased, "Iraq\nJose.");
        let (s, e) = f.original(text, 0, 4);
        assert_eq!(&text[s..e], "Iraq");
        let (s, e) = f.original(text, 5, 9);
        assert_eq!(&text[s..e], "Jose\u{301}");
    }

    #[test]
    fn every_folded_character_maps_back_to_the_one_it_came_from() {
        let text = "a\u{2019}b  c\r\ndé\u{301}f\u{200B}g 🇮🇶 «Łx»";
        let f = Folded::new(text);
        let mut expected = Vec::new();
        for (i, c) in text.char_indices() {
            if fold_char(c).is_some() && !(c == ' ' && text[..i].ends_with(' ')) {
                expected.push(i);
            }
        }
        let got: Vec<usize> = f.cased.char_indices().map(|(i, _)| f.origin(i)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn an_ascii_text_needs_one_checkpoint_per_edit_not_one_per_byte() {
        let text = "Protesters marched in Baghdad on Tuesday.\r\n".repeat(1000);
        let f = Folded::new(&text);
        // Each dropped carriage return puts the rest one byte out of step.
        assert_eq!(f.checkpoints.len(), 1 + 1000);
    }

    #[test]
    fn the_lower_twin_stays_aligned() {
        let text = "ΑΘΗΝΑ and İstanbul \u{212A}elvin ẞ";
        let f = Folded::new(text);
        assert_eq!(f.lower, "αθηνα and istanbul \u{212A}elvin ẞ");
        assert_eq!(f.lower.len(), f.cased.len());
        let at = f.lower.find("istanbul").unwrap();
        let (s, e) = f.original(text, at, at + "istanbul".len());
        assert_eq!(&text[s..e], "İstanbul");
    }

    /// Folding one character at a time, as the definition reads, with a dense map from each
    /// folded character's first byte to the original byte it came from.
    fn fold_by_char(text: &str) -> (String, Vec<(usize, usize)>) {
        let (mut cased, mut origins, mut last_space) = (String::new(), Vec::new(), false);
        for (at, c) in text.char_indices() {
            let Some(f) = fold_char(c) else { continue };
            if f == ' ' && last_space {
                continue;
            }
            last_space = f == ' ';
            origins.push((cased.len(), at));
            cased.push(f);
        }
        (cased, origins)
    }

    proptest::proptest! {
        #[test]
        fn runs_of_plain_ascii_fold_as_each_character_would(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Z", "7", ".", " ", "  ", "-", "`", "\t", "\r\n", "\n", "é", "e\u{301}",
                "’", "👍", "\u{200B}", "İ", "\u{A0}",
            ]), 0..40)
        ) {
            let text: String = pieces.concat();
            let f = Folded::new(&text);
            let (cased, origins) = fold_by_char(&text);
            proptest::prop_assert_eq!(&f.cased, &cased);
            proptest::prop_assert_eq!(f.lower.len(), f.cased.len());
            for (folded, original) in origins {
                proptest::prop_assert_eq!(f.origin(folded), original);
            }
        }
    }
}
