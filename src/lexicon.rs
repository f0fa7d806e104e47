//! Ordinary English words, compiled in from `data/lexicon/common_words.txt` (built by
//! `scripts/gazetteer/build.py` from wordfreq and WordNet; see its header): a capitalised word
//! that is not one is almost always a name.

use crate::tagger::{word_hash, Hashed};
use std::collections::HashSet;

const COMMON_WORDS: &str = include_str!("../data/lexicon/common_words.txt");

/// The ordinary lower-case words, by [`word_hash`]: the tagger has hashed every word of the
/// text already, so a membership test costs no more hashing. (With 22,000 words among 2^32
/// hashes, a name mistaken for an ordinary word by collision is a one-in-200,000 event.)
pub(crate) fn common_words() -> HashSet<u32, Hashed> {
    // Sized once, at a line per 8 bytes (the file averages 8.5): the set is built on the page's
    // cold load, before the first highlight, and counting the lines first cost more than it saved.
    let mut words = HashSet::with_capacity_and_hasher(COMMON_WORDS.len() / 8, Hashed::default());
    words.extend(
        COMMON_WORDS
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(word_hash),
    );
    words
}

/// Whether `word` (in any case) is an ordinary English word.
pub(crate) fn is_common(common: &HashSet<u32, Hashed>, word: &str) -> bool {
    common.contains(&word_hash(&word.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_words_are_in_and_names_are_out() {
        let words = common_words();
        for w in [
            "police", "hope", "said", "the", "ministry", "mark", "Police",
        ] {
            assert!(is_common(&words, w), "{w}");
        }
        for w in ["baghdad", "john", "obama", "Baghdad"] {
            assert!(!is_common(&words, w), "{w}");
        }
    }
}
