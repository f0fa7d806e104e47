//! Finding gazetteer surfaces in a text: Aho-Corasick over folded text, then the word-boundary,
//! letter-case and ambiguity rules that decide which of the raw hits are names.
//!
//! The automaton holds each distinct folded, lower-cased surface once and reports overlapping
//! matches. Overlapping search costs a little more than leftmost-longest but never lets a hit
//! that fails the boundary check (say "Iran" inside "Iranian" when only "Iran" is listed) hide
//! a valid hit that overlaps it; which of the valid hits wins is decided afterwards, explicitly,
//! by [`crate::resolve`]. Letter case is checked on the original text, per reading, so "US"
//! (exact) and "us" never meet while "prime minister" (any case) meets "Prime Minister".

use crate::context;
use crate::error::Error;
use crate::fast_hash::FastMap;
use crate::fold::{is_word_char, Folded};
use crate::gazetteer::{CasePolicy, Gazetteer};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

/// One reading of a folded surface.
#[derive(Debug, Clone)]
struct Reading {
    entity: u32,
    case: CaseCheck,
    ambiguous: bool,
    rank: i64,
}

/// What a hit's folded text must equal for a reading to fit, per [`CasePolicy`].
#[derive(Debug, Clone)]
enum CaseCheck {
    /// Any letter case.
    Any,
    /// The folded surface as written.
    Exact(Box<str>),
    /// The folded surface as written, or in capitals.
    ExactOrUpper(Box<str>, Box<str>),
}

impl CaseCheck {
    fn new(policy: CasePolicy, cased: &str) -> CaseCheck {
        match policy {
            CasePolicy::Insensitive => CaseCheck::Any,
            CasePolicy::Exact => CaseCheck::Exact(cased.into()),
            CasePolicy::ExactOrUpper => {
                CaseCheck::ExactOrUpper(cased.into(), cased.to_uppercase().into())
            }
        }
    }

    fn fits(&self, cased: &str) -> bool {
        match self {
            CaseCheck::Any => true,
            CaseCheck::Exact(surface) => cased == &**surface,
            CaseCheck::ExactOrUpper(surface, upper) => cased == &**surface || cased == &**upper,
        }
    }
}

/// A gazetteer hit that passed every rule: original byte offsets and the entity it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub entity: u32,
    pub rank: i64,
}

/// The compiled gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    automaton: AhoCorasick,
    /// Readings of each automaton pattern, best rank first.
    readings: Vec<Vec<Reading>>,
}

impl Matcher {
    pub fn new(gazetteer: &Gazetteer) -> Result<Matcher, Error> {
        let surfaces = gazetteer.surfaces.len();
        let mut index: FastMap<String, usize> =
            FastMap::with_capacity_and_hasher(surfaces, Default::default());
        let mut patterns: Vec<String> = Vec::with_capacity(surfaces);
        let mut readings: Vec<Vec<Reading>> = Vec::with_capacity(surfaces);
        for s in &gazetteer.surfaces {
            let Folded { cased, lower, .. } = Folded::new(&s.text);
            if lower.trim().is_empty() {
                continue;
            }
            let slot = match index.get(&lower) {
                Some(&slot) => slot,
                None => {
                    index.insert(lower.clone(), patterns.len());
                    patterns.push(lower);
                    readings.push(Vec::new());
                    readings.len() - 1
                }
            };
            readings[slot].push(Reading {
                entity: s.entity,
                case: CaseCheck::new(s.case, &cased),
                ambiguous: s.ambiguous,
                rank: s.rank,
            });
        }
        for r in &mut readings {
            r.sort_by_key(|r| r.rank);
        }
        // A DFA would be faster to search but is several times larger and slower to build for
        // a hundred thousand patterns; the contiguous NFA is the crate's balance for this size.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .map_err(|e| Error::Automaton(e.to_string()))?;
        Ok(Matcher {
            automaton,
            readings,
        })
    }

    /// Every hit in `text` that passes the boundary, case and ambiguity rules; hits may overlap.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let folded = Folded::new(text);
        let mut hits = Vec::new();
        for m in self.automaton.find_overlapping_iter(folded.lower.as_str()) {
            let (start, end) = folded.original(text, m.start(), m.end());
            if start >= end || !at_word_boundaries(text, start, end) {
                continue;
            }
            let cased = &folded.cased[m.start()..m.end()];
            let reading = self.readings[m.pattern().as_usize()].iter().find(|r| {
                r.case.fits(cased) && (!r.ambiguous || context::reads_as_name(text, start, end))
            });
            if let Some(r) = reading {
                hits.push(Hit {
                    start,
                    end,
                    entity: r.entity,
                    rank: r.rank,
                });
            }
        }
        hits
    }
}

/// Whether `start..end` neither starts nor ends inside a word of `text`.
pub(crate) fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(tsv: &str, text: &str) -> Vec<String> {
        let g = Gazetteer::parse("t", tsv).unwrap();
        let m = Matcher::new(&g).unwrap();
        let mut hits = m.find(text);
        hits.sort_by_key(|h| (h.start, h.end));
        hits.iter()
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn matches_are_whole_words_only() {
        let tsv = "PLACE\tIran\nNATIONALITY\tIranian\t-\t-\t-\tIran\n";
        assert_eq!(found(tsv, "Iranian-backed Iran"), ["Iranian", "Iran"]);
        assert!(found("PLACE\tIran\n", "Iranian").is_empty());
        assert!(found("PLACE\tOman\n", "Romania Omani").is_empty());
    }

    #[test]
    fn boundaries_are_unicode_aware() {
        assert!(found("PLACE\tSal\n", "Salé").is_empty());
        assert!(found("PLACE\tMalé\n", "Malée").is_empty());
        assert_eq!(found("PLACE\tMalé\n", "to Malé."), ["Malé"]);
    }

    #[test]
    fn exact_case_keeps_us_apart_from_us() {
        let tsv = "PLACE\tUnited States\tUS\tu\n";
        assert_eq!(found(tsv, "told us the US is"), ["US"]);
        assert_eq!(found(tsv, "UNITED STATES"), ["UNITED STATES"]);
        assert!(found("PLACE\tIraq\n", "IRAQ").is_empty());
        assert_eq!(
            found("TITLE\tprime minister\t-\ti\n", "Prime Minister"),
            ["Prime Minister"]
        );
    }

    #[test]
    fn possessives_quotes_hyphens_fold() {
        let tsv = "PLACE\tIraq\nPERSON\tAdel Abdul Mahdi\tAbdul Mahdi\n";
        assert_eq!(
            found(tsv, "Iraq’s premier Abdul-Mahdi"),
            ["Iraq", "Abdul-Mahdi"]
        );
        assert_eq!(found(tsv, "Iraq's"), ["Iraq"]);
    }

    #[test]
    fn an_ambiguous_word_needs_a_name_context() {
        let tsv = "PLACE\tMobile\t-\ta\n";
        assert!(found(tsv, "Mobile phones are everywhere.").is_empty());
        assert!(found(tsv, "the mobile network").is_empty());
        assert_eq!(found(tsv, "a storm hit Mobile on Friday"), ["Mobile"]);
    }

    #[test]
    fn emoji_and_marks_around_a_name_do_not_shift_it() {
        let text = "🇮🇶\u{200F} Baghdad 👍";
        assert_eq!(found("PLACE\tBaghdad\n", text), ["Baghdad"]);
    }
}
