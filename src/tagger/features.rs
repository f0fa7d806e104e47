//! The tagger's view of a text: tokens, what is known of each one, and the hashed features the
//! perceptron weighs.
//!
//! Every feature is a 32-bit hash of a template number and the values it reads, so the model
//! stores no strings and a feature that never occurred in training costs one failed lookup.
//! Training and tagging call the same [`Sheet::features`], which is what keeps them in step.

use crate::fast_hash::FastSet;
use crate::fold::is_word_char;
use crate::label::Label;
use crate::tokens::Token;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A name the gazetteer or the rules put on the text before the tagger runs: the tagger weighs
/// it as evidence ("the gazetteer calls this a place"), it does not have to agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// The label the gazetteer or the rules gave it.
    pub label: Label,
    /// Whether the rules found it (rather than a gazetteer entry).
    pub ruled: bool,
}

/// The classes a tagged name can have. MISC (events, works, groups) is learned so that it is
/// not mistaken for the others, but the annotator does not report it.
pub const CLASSES: [Option<Label>; 4] = [
    Some(Label::Person),
    Some(Label::Place),
    Some(Label::Org),
    None,
];

/// Tags: 0 is outside a name, `1 + 2k` begins a name of class `k`, `2 + 2k` continues one.
pub const TAGS: usize = 1 + 2 * CLASSES.len();

/// The class of a tag, if it is inside a name.
pub fn class_of(tag: usize) -> Option<usize> {
    (tag > 0).then(|| (tag - 1) / 2)
}

/// Whether `tag` begins a name.
pub fn begins(tag: usize) -> bool {
    tag > 0 && (tag - 1).is_multiple_of(2)
}

/// Whether `tag` may follow `prev`: a name is continued only by its own class.
pub fn allowed(prev: usize, tag: usize) -> bool {
    tag == 0 || begins(tag) || class_of(prev) == class_of(tag)
}

/// What is known of one token before tagging.
#[derive(Debug, Clone, Copy, Default)]
struct Facts {
    lower: u32,
    shape: u32,
    suffix: u32,
    /// The last four and the first three characters, lower-cased.
    suffix4: u32,
    prefix: u32,
    /// For a word of a capitalised run ("University of Southern Maine"): the run's last word,
    /// its first word and its length in words; zero outside a run. The last word of a name
    /// usually says its kind ("River", "University", "FC").
    run_last: u32,
    run_first: u32,
    run_len: u8,
    capitalised: bool,
    lowercase: bool,
    /// First token of a sentence, a line or a quotation.
    opens: bool,
    common: bool,
    given: bool,
    /// The cue over the token: 0 none, else a hash of (label, begins, ruled).
    cue: u32,
    /// The token's line is written in capitals (a headline).
    shouted: bool,
    /// The token's line is a title-case headline.
    titled: bool,
    /// The same word occurs in lower case elsewhere in the text.
    seen_lower: bool,
    /// The same word occurs capitalised inside a sentence elsewhere in the text.
    seen_inside: bool,
}

/// The lexicon the features consult.
pub struct Words<'a> {
    /// Ordinary lower-case English words, by [`word_hash`].
    pub common: &'a HashSet<u32, Hashed>,
    /// Given names.
    pub given: &'a FastSet<&'static str>,
}

/// A text prepared for tagging: its tokens and what is known of each.
pub struct Sheet<'t> {
    /// The tokens of the text.
    pub tokens: Vec<Token>,
    facts: Vec<Facts>,
    /// For each capitalised word, what stands before its occurrences in the whole text and
    /// the cues they carry: a name's type shows in some of its contexts, not in all of them
    /// ("in Coron" once, "Coron's beaches" elsewhere).
    elsewhere: HashMap<u32, Vec<u32>, Hashed>,
    /// The text the offsets in `tokens` point into.
    text: &'t str,
}

/// At most this many text-wide context features per token: enough for the distinct contexts
/// of a name mentioned a few times, bounded for a name mentioned a thousand times.
const ELSEWHERE: usize = 8;

impl<'t> Sheet<'t> {
    /// Prepares `text`, split into `tokens` ([`crate::tokens::tokenize`]), with the `cues`
    /// (sorted by start, disjoint) put on it before.
    pub fn new(text: &'t str, tokens: Vec<Token>, cues: &[Cue], words: &Words) -> Sheet<'t> {
        let mut facts = Vec::with_capacity(tokens.len());
        let mut lower = String::new();
        let mut cue = 0;
        let mut prev_end = 0;
        let mut prev_closes = true;
        for t in &tokens {
            let word = &text[t.start..t.end];
            lower.clear();
            if word.is_ascii() {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            let first = word.chars().next().unwrap_or(' ');
            let capitalised = t.capitalised;
            let lowercase = word.chars().all(|c| !c.is_uppercase()) && first.is_alphabetic();
            let new_line = text[prev_end..t.start].contains('\n');
            let opens = prev_closes || new_line;
            // The full stop of a name's initial ("Charles J. Fillmore") ends no sentence.
            let after_initial = word == "."
                && facts.last().is_some_and(|p: &Facts| p.capitalised)
                && text[..t.start]
                    .chars()
                    .rev()
                    .nth(1)
                    .is_none_or(|c| !is_word_char(c))
                && prev_end == t.start;
            prev_closes = (matches!(
                word,
                "." | "!" | "?" | ":" | "…" | "\"" | "“" | "(" | "[" | "—" | "–" | "•" | "*"
            ) && !after_initial)
                || (opens && !is_word_char(first));
            prev_end = t.end;
            while cue < cues.len() && cues[cue].end <= t.start {
                cue += 1;
            }
            let cue_hash = cues
                .get(cue)
                .filter(|c| c.start <= t.start && t.end <= c.end)
                .map_or(0, |c| {
                    let kind = u32::from(c.start == t.start) | u32::from(c.ruled) << 1;
                    feature(32, word_hash(c.label.as_str()), kind).max(1)
                });
            let ascii = lower.is_ascii();
            let from_end = |n: usize| match ascii {
                true => lower.len().saturating_sub(n),
                false => lower.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i),
            };
            let prefix_to = match ascii {
                true => lower.len().min(3),
                false => lower.char_indices().nth(3).map_or(lower.len(), |(i, _)| i),
            };
            let lower_hash = word_hash(&lower);
            facts.push(Facts {
                lower: lower_hash,
                shape: shape_hash(word),
                suffix: word_hash(&lower[from_end(3)..]),
                suffix4: word_hash(&lower[from_end(4)..]),
                prefix: word_hash(&lower[..prefix_to]),
                run_last: 0,
                run_first: 0,
                run_len: 0,
                capitalised,
                lowercase,
                opens,
                common: words.common.contains(&lower_hash),
                given: capitalised && words.given.contains(word),
                cue: cue_hash,
                shouted: t.shouted,
                titled: t.titled,
                seen_lower: false,
                seen_inside: false,
            });
        }
        let lower_words: HashSet<u32, Hashed> = facts
            .iter()
            .filter(|f| f.lowercase)
            .map(|f| f.lower)
            .collect();
        let inside_words: HashSet<u32, Hashed> = facts
            .iter()
            .filter(|f| f.capitalised && !f.opens && !f.shouted)
            .map(|f| f.lower)
            .collect();
        for f in &mut facts {
            f.seen_lower = lower_words.contains(&f.lower);
            f.seen_inside = inside_words.contains(&f.lower);
        }
        mark_runs(text, &tokens, &mut facts);
        let mut elsewhere: HashMap<u32, Vec<u32>, Hashed> = HashMap::default();
        for (i, f) in facts.iter().enumerate() {
            if !f.capitalised {
                continue;
            }
            let seen = elsewhere.entry(f.lower).or_default();
            let before = i.checked_sub(1).map_or(0, |p| facts[p].lower);
            for context in [feature(31, before, 0), f.cue] {
                if context != 0 && seen.len() < ELSEWHERE && !seen.contains(&context) {
                    seen.push(context);
                }
            }
        }
        Sheet {
            text,
            tokens,
            facts,
            elsewhere,
        }
    }

    /// Whether a blank line stands between tokens `a` and `b` (`a` before `b`): a name never
    /// runs across one, whatever the tags say ("York Minster", a blank line, "Understand" as
    /// the next paragraph's heading).
    pub fn paragraph_between(&self, a: usize, b: usize) -> bool {
        let gap = &self.text[self.tokens[a].end..self.tokens[b].start];
        gap.bytes().filter(|&c| c == b'\n').nth(1).is_some()
    }

    /// Whether the tagger weighs token `i` at all, given the tag before it: a name starts
    /// with a capitalised word, a digit or a name particle, so a lower-case word after no name
    /// is outside one without asking the model (most of any text, and most of the time saved).
    /// Nor does it weigh the words of a title-case headline, where the capitals say nothing.
    pub fn worth_tagging(&self, i: usize, prev: usize) -> bool {
        // A title-case headline capitalises every word: the tagger leaves it to the lists.
        let f = &self.facts[i];
        !f.titled && (prev != 0 || !f.lowercase)
    }

    /// The features of token `i`, given the two tags before it, into `out` (cleared first).
    pub fn features(&self, i: usize, prev: usize, prev2: usize, out: &mut Vec<u32>) {
        out.clear();
        let f = &self.facts[i];
        let at = |k: isize| -> Option<&Facts> {
            usize::try_from(i as isize + k)
                .ok()
                .and_then(|j| self.facts.get(j))
        };
        let none = Facts::default();
        let (p1, p2) = (at(-1).unwrap_or(&none), at(-2).unwrap_or(&none));
        let (n1, n2) = (at(1).unwrap_or(&none), at(2).unwrap_or(&none));
        let flags = |f: &Facts| {
            u32::from(f.capitalised)
                | u32::from(f.opens) << 1
                | u32::from(f.common) << 2
                | u32::from(f.shouted) << 3
                | u32::from(f.titled) << 4
        };
        let seen = u32::from(f.seen_lower)
            | u32::from(f.seen_inside) << 1
            | u32::from(f.opens) << 2
            | u32::from(f.capitalised) << 3;
        let (t1, t2) = (prev as u32, prev2 as u32);
        // One template number each; the number is part of the hash, so two templates reading
        // the same values never share a weight.
        out.extend([
            feature(0, 0, 0),
            feature(1, f.lower, 0),
            feature(2, f.shape, 0),
            feature(3, f.suffix, 0),
            feature(4, f.suffix4, 0),
            feature(5, f.prefix, 0),
            feature(6, f.run_last, 0),
            feature(7, f.run_first, 0),
            feature(8, u32::from(f.run_len.min(5)), u32::from(f.opens)),
            feature(9, flags(f), 0),
            feature(10, u32::from(f.given), u32::from(f.opens)),
            feature(11, f.cue, 0),
            feature(12, p1.cue, 0),
            feature(13, n1.cue, 0),
            feature(14, p1.lower, 0),
            feature(15, n1.lower, 0),
            feature(16, p2.lower, 0),
            feature(17, n2.lower, 0),
            feature(18, p1.shape, 0),
            feature(19, n1.shape, 0),
            feature(20, flags(n1), 0),
            feature(21, t1, 0),
            feature(22, t1, f.shape),
            feature(23, t2, t1),
            feature(24, t1, f.lower),
            feature(25, p1.lower, f.shape),
            feature(26, p1.lower, f.lower),
            feature(27, f.lower, n1.lower),
            feature(28, seen, 0),
            feature(29, f.cue, u32::from(f.seen_lower)),
        ]);
        if f.capitalised {
            if let Some(contexts) = self.elsewhere.get(&f.lower) {
                out.extend(contexts.iter().map(|&c| feature(30, c, 0)));
            }
        }
    }
}

/// Puts the run features on the words of each run of capitalised words, where a run may
/// hold lower-case joining words ("of", "the", "and", "de", "al") between capitalised ones.
fn mark_runs(text: &str, tokens: &[Token], facts: &mut [Facts]) {
    const JOINERS: &[&str] = &[
        "al", "and", "de", "del", "der", "for", "of", "on", "the", "van", "von",
    ];
    let mut i = 0;
    while i < tokens.len() {
        if !facts[i].capitalised {
            i += 1;
            continue;
        }
        // Extend over capitalised words and joiners followed by a capitalised word.
        let (mut last, mut k) = (i, i + 1);
        while k < tokens.len() {
            let word = &text[tokens[k].start..tokens[k].end];
            if facts[k].capitalised {
                last = k;
                k += 1;
            } else if JOINERS.contains(&word) || word == "-" {
                k += 1;
            } else {
                break;
            }
        }
        let len = (i..=last).filter(|&j| facts[j].capitalised).count();
        let (first_word, last_word) = (facts[i].lower, facts[last].lower);
        for f in &mut facts[i..=last] {
            f.run_first = first_word;
            f.run_last = last_word;
            f.run_len = len.min(255) as u8;
        }
        i = last + 1;
    }
}

/// Word shape: each character as its class (X upper, x lower, d digit, itself otherwise), runs
/// of one class kept to two ("Xxx" for "Baghdad", "XX" for "NATO", "Xx-Xx" for "Al-Qaeda").
fn shape_classes(word: &str) -> impl Iterator<Item = char> + '_ {
    let mut last = '\0';
    let mut run = 0;
    word.chars().filter_map(move |c| {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        run = if class == last { run + 1 } else { 1 };
        last = class;
        (run <= 2).then_some(class)
    })
}

/// The hash of a word's shape, computed without building it.
fn shape_hash(word: &str) -> u32 {
    let mut buf = [0u8; 4];
    let mut h = Fnv::new();
    for c in shape_classes(word) {
        h.write(c.encode_utf8(&mut buf).as_bytes());
    }
    h.finish()
}

/// The hash of one feature: its template number and the (already hashed) values it reads,
/// mixed with multiply-rotate steps — a few instructions, as it runs some thirty times for
/// every capitalised word.
fn feature(template: u32, a: u32, b: u32) -> u32 {
    let mut h = u64::from(template).wrapping_add(0x9e37_79b9_7f4a_7c15);
    for v in [a, b] {
        h = (h ^ u64::from(v))
            .wrapping_mul(0xff51_afd7_ed55_8ccd)
            .rotate_left(31);
    }
    (h ^ (h >> 32)) as u32
}

/// FNV-1a, folded to 32 bits: the hash of a word (see [`word_hash`]) and of a shape.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u32 {
        (self.0 ^ (self.0 >> 32)) as u32
    }
}

/// The hash by which the tagger and the lexicon know a (lower-cased) word.
pub fn word_hash(word: &str) -> u32 {
    let mut h = Fnv::new();
    h.write(word.as_bytes());
    h.finish()
}

/// Sets and maps keyed by a hash this module computed: hashing the key again would only cost
/// time.
pub type Hashed = BuildHasherDefault<Identity>;

/// The identity "hasher" for keys that are already hashes.
#[derive(Default)]
pub struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        // Spread the bits over the whole word: the table takes its index from the top bits.
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(word: &str) -> String {
        shape_classes(word).collect()
    }

    #[test]
    fn shapes_keep_two_of_a_run() {
        assert_eq!(shape("Baghdad"), "Xxx");
        assert_eq!(shape("NATO"), "XX");
        assert_eq!(shape("2019"), "dd");
        assert_eq!(shape("McDonald"), "XxXxx");
    }

    #[test]
    fn tags_continue_only_their_own_class() {
        assert!(allowed(0, 1));
        assert!(allowed(1, 2));
        assert!(!allowed(0, 2));
        assert!(!allowed(1, 4));
        assert!(allowed(4, 3));
    }

    /// `text` prepared with no cues and an empty lexicon.
    fn plain_sheet(text: &str) -> Sheet<'_> {
        let common = HashSet::default();
        let given = FastSet::default();
        let words = Words {
            common: &common,
            given: &given,
        };
        Sheet::new(text, crate::tokens::tokenize(text), &[], &words)
    }

    #[test]
    fn the_full_stop_of_an_initial_ends_no_sentence() {
        let text = "It ended. Then Charles J. Fillmore spoke. Mr. Blau";
        let sheet = plain_sheet(text);
        let opens = |word: &str| {
            let i = sheet
                .tokens
                .iter()
                .position(|t| &text[t.start..t.end] == word);
            sheet.facts[i.unwrap()].opens
        };
        assert!(opens("Then"));
        assert!(!opens("Fillmore"), "after the initial J.");
        assert!(opens("Blau"), "Mr. is no initial");
    }

    #[test]
    fn lower_case_words_after_no_name_are_not_weighed() {
        let text = "the envoy met Zed Blau of the ministry";
        let sheet = plain_sheet(text);
        let weighed: Vec<bool> = (0..sheet.tokens.len())
            .map(|i| sheet.worth_tagging(i, 0))
            .collect();
        assert_eq!(
            weighed,
            [false, false, false, true, true, false, false, false]
        );
        assert!(
            sheet.worth_tagging(5, 2),
            "inside a name every word is weighed"
        );
    }
}
