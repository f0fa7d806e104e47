//! Names joined by "and", "or" or "&" are names of one kind: "Svendborg and Faaborg",
//! "Edgewater and Weehawken". Where one side is read as a place and the other is a capitalised
//! name no reading covers, a reader gives the other the same type; no list and no context of
//! its own says it. Only places are carried so: measured on the dev sets, a person or an
//! organisation joined this way carried the tagger's mistakes to a second name about as often
//! as it found one ("Santo Spirito and Immacolata", two schools; "Saturn and Venus"), while a
//! place found eight for every mistake.
//!
//! The other side is one to three capitalised words, none of them an ordinary English word (so
//! "Rock and Roll", "Research and Development", a sentence's opening "Both Tina" are left
//! alone), standing alone: no capitalised word right beside it on the far side, which would make
//! it part of a longer run the rules did not read ("Velmar and Jones Construction"). A possessive's "'s" stays out of the name.
//! Run after the tagger, before [`crate::propagate`], so that the name is carried to its other
//! mentions.

use crate::annotator::{EntityRef, Mention, FOUND_RANK};
use crate::label::Label;
use crate::lexicon::is_common;
use crate::names::canonical;
use crate::tagger::Hashed;
use crate::tokens::is_capitalised;
use std::collections::HashSet;

/// The words that join two names of one kind, with the spaces around them.
const JOINS: &[&str] = &[" and ", " or ", " & "];

/// The most words of the name on the other side.
const MAX_WORDS: usize = 3;

/// `mentions` (sorted by start, disjoint) with the names that "and", "or" or "&" joins to a
/// place read as places; `common` is the lexicon of ordinary words.
pub(crate) fn coordinated(
    text: &str,
    mut mentions: Vec<Mention>,
    common: &HashSet<u32, Hashed>,
) -> Vec<Mention> {
    let is_name =
        |w: &str| is_capitalised(w) && w.chars().any(char::is_lowercase) && !is_common(common, w);
    let mut joined: Vec<Mention> = Vec::new();
    for m in &mentions {
        if m.label != Label::Place {
            continue;
        }
        let after = JOINS
            .iter()
            .find_map(|j| text[m.end..].starts_with(j).then(|| m.end + j.len()))
            .and_then(|from| name_after(text, from, &is_name).map(|to| (from, to)));
        let before = JOINS
            .iter()
            .find_map(|j| text[..m.start].strip_suffix(j))
            .and_then(|head| name_before(head, &is_name).map(|from| (from, head.len())));
        for (start, end) in after.into_iter().chain(before) {
            joined.push(Mention {
                start,
                end,
                label: m.label,
                rank: FOUND_RANK,
                entity: EntityRef::Found(canonical(&text[start..end])),
            });
        }
    }
    joined.sort_by_key(|m| (m.start, m.end));
    joined.dedup_by_key(|m| (m.start, m.end));
    for j in joined {
        let at = mentions.partition_point(|m| m.end <= j.start);
        if mentions.get(at).is_none_or(|m| m.start >= j.end) {
            mentions.insert(at, j);
        }
    }
    mentions
}

/// The length of the word at the start of `rest`: letters, hyphens and inner apostrophes, a
/// possessive's "'s" left out.
fn word_len(rest: &str) -> usize {
    let len = rest
        .find(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
        .unwrap_or(rest.len());
    let word = &rest[..len];
    let stem = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    stem.trim_end_matches(['\'', '’', '-']).len()
}

/// The end of the name of one to three words that starts at `from`, if it stands alone (no
/// capitalised word follows it).
fn name_after(text: &str, from: usize, is_name: &impl Fn(&str) -> bool) -> Option<usize> {
    let mut end = from;
    for n in 0..=MAX_WORDS {
        let start = if n == 0 { from } else { end + 1 };
        if n > 0 && !text[end..].starts_with(' ') {
            break;
        }
        let word = &text[start..start + word_len(&text[start..])];
        // "Mr.", "St.": an abbreviation opens a name, it is none.
        let abbreviation = word.len() <= 3 && text[start + word.len()..].starts_with('.');
        if !is_name(word) || abbreviation {
            break;
        }
        if n == MAX_WORDS {
            return None;
        }
        end = start + word.len();
    }
    let alone = !text[end..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    (end > from && alone).then_some(end)
}

/// The start of the name of one to three words that ends `head`, if it stands alone (no
/// capitalised word before it).
fn name_before(head: &str, is_name: &impl Fn(&str) -> bool) -> Option<usize> {
    let mut start = None;
    let mut end = head.len();
    for n in 0..=MAX_WORDS {
        let from = head[..end]
            .rfind(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
            .map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &head[from..end];
        if word.is_empty() || !is_name(word) {
            break;
        }
        if n == MAX_WORDS {
            return None;
        }
        start = Some(from);
        if from == 0 || !head[..from].ends_with(' ') {
            break;
        }
        end = from - 1;
    }
    // A capitalised word before the run that is no name word (an ordinary word: "Both Tina")
    // makes the run part of something longer.
    let alone = start.is_some_and(|from| {
        !head[..from]
            .strip_suffix(' ')
            .is_some_and(|h| h.rsplit(' ').next().is_some_and(is_capitalised))
    });
    start.filter(|_| alone)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apposition::fixtures::{labelled, mentions};

    /// `text` with `known` read as `label`, through [`coordinated`]: each name and its label.
    fn read(text: &str, known: &[&str], label: Label) -> Vec<(String, Label)> {
        let read = mentions(text, &[(known, label, EntityRef::Known(0))]);
        labelled(
            text,
            coordinated(text, read, &crate::lexicon::common_words()),
        )
    }

    #[test]
    fn a_name_joined_to_a_place_is_a_place() {
        let place = |s: &str| (s.to_string(), Label::Place);
        assert_eq!(
            read(
                "ferries from Velmar and Kestrelby leave daily",
                &["Velmar"],
                Label::Place
            ),
            [place("Velmar"), place("Kestrelby")]
        );
        assert_eq!(
            read(
                "a bike in Orvane or Velmar's old town",
                &["Velmar"],
                Label::Place
            ),
            [place("Orvane"), place("Velmar")]
        );
        assert_eq!(
            read(
                "from Velmar & Tarvik Orvane by boat",
                &["Velmar"],
                Label::Place
            ),
            [place("Velmar"), place("Tarvik Orvane")]
        );
    }

    #[test]
    fn a_name_joined_to_a_person_or_an_organisation_is_left_alone() {
        assert_eq!(
            read(
                "as Tarrow and Quennell showed",
                &["Quennell"],
                Label::Person
            )
            .len(),
            1
        );
        assert_eq!(
            read(
                "the Velmar Trust and Orvane said",
                &["Velmar Trust"],
                Label::Org
            )
            .len(),
            1
        );
    }

    #[test]
    fn ordinary_words_and_longer_runs_are_not_joined() {
        for text in [
            "Velmar and Research Studies",
            "Velmar and Kestrelby Research",
            "Both Kestrelby and Velmar",
            "Velmar and Both Kestrels",
            "Velmar and Kestrelby Orvane Tallis Mund",
            "Kestrelby Orvane Tallis Mund and Velmar",
            "Velmar and the rest",
            "Velmar & Mr. Kestrel",
        ] {
            assert_eq!(
                read(text, &["Velmar"], Label::Place).len(),
                1,
                "{text:?} joins no name to Velmar"
            );
        }
    }
}
