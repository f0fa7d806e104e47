//! Ordinary English words, compiled in from `data/lexicon/common_words.txt` (built by
//! `scripts/gazetteer/build.py` from wordfreq and WordNet; see its header): a capitalised word
//! that is not one is almost always a name.

use std::collections::HashSet;

const COMMON_WORDS: &str = include_str!("../data/lexicon/common_words.txt");

/// The ordinary lower-case words, for membership tests.
pub(crate) fn common_words() -> HashSet<&'static str> {
    COMMON_WORDS
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_words_are_in_and_names_are_out() {
        let words = common_words();
        for w in ["police", "hope", "said", "the", "ministry", "mark"] {
            assert!(words.contains(w), "{w}");
        }
        for w in ["baghdad", "john", "obama", "Police"] {
            assert!(!words.contains(w), "{w}");
        }
    }
}
