//! One name, one type, everywhere in the text: once a string is read as a person, place or
//! organisation somewhere, its other mentions get the same reading.
//!
//! A reader who has met "Évariste Galois" reads every later "Galois" as him, and a place named
//! once with a cue ("in Coron") stays a place where no cue is given ("Coron's beaches"). The
//! rules and the tagger decide each mention from its own context, so they miss the mentions
//! whose context says nothing; this pass, run after them, carries each decision to the rest:
//!
//! - every other occurrence of a multi-word name's exact surface, capitalised as written and at word
//!   boundaries, that no person, place, organisation or nationality covers, becomes a mention
//!   of the same entity;
//! - a person's surname (and a given name the lexicon knows) alone refers to that person;
//! - a surface read with two different labels is left alone (ambiguous in this text: "Jordan"
//!   the country and "Jordan" the player), and so is a surname shared by two people;
//! - where the same surface was read by the rules or the tagger with different labels, the
//!   reading of a strict majority of its mentions wins for all of them, so the page shows one
//!   name in one colour; a tie changes nothing, and gazetteer readings are never changed;
//! - an acronym a name defines in brackets ("the Popular Mobilisation Forces (PMF)", or the
//!   other way round, "PMF (Popular Mobilisation Forces)") or after "or" ("the Popular
//!   Mobilisation Forces, or PMF,") is a mention of it, and so is every other use of the
//!   acronym;
//! - an organisation of three or more capitalised words also stands for its initials where the
//!   text writes them without defining them ("the Coalition Provisional Authority … the CPA"):
//!   a reader makes that link, and a word in capitals that happens to spell the initials of an
//!   organisation named in the same text is rare. Two letters are not enough ("CC", "CI" are
//!   as often codes as organisations), and an initialism that is an ordinary word ("NEW") is not
//!   read on an all-capitals line, where every word is in capitals.
//!
//! Sentence-initial occurrences of a surface that is also an ordinary word ("Black", "Bush")
//! are skipped: there the capital says nothing. Matching all surfaces is one Aho-Corasick pass
//! over the text, so the pass is linear in the text whatever the number of names.

use crate::annotator::{EntityRef, Mention, FOUND_RANK};
use crate::context::starts_sentence;
use crate::fast_hash::{FastMap, FastSet};
use crate::label::Label;
use crate::lexicon::is_common;
use crate::matcher::at_word_boundaries;
use crate::tagger::Hashed;
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashSet;

/// Whether a label is one this pass carries (and one whose mentions block a new one).
fn carried(label: Label) -> bool {
    matches!(label, Label::Person | Label::Place | Label::Org)
}

/// The mentions (sorted, disjoint) with each name carried to its other occurrences.
pub(crate) fn propagate(
    text: &str,
    mut mentions: Vec<Mention>,
    common: &HashSet<u32, Hashed>,
    given: &FastSet<&'static str>,
) -> Vec<Mention> {
    unify_labels(text, &mut mentions);
    // Surface -> (label, entity), or None once it is ambiguous in this text.
    let mut surfaces: FastMap<String, Option<(Label, EntityRef)>> = FastMap::default();
    let mut note = |surface: &str, label: Label, entity: &EntityRef| {
        let slot = surfaces
            .entry(surface.to_string())
            .or_insert_with(|| Some((label, entity.clone())));
        if slot
            .as_ref()
            .is_some_and(|(l, e)| *l != label || e != entity)
        {
            *slot = None;
        }
    };
    let mut defined = Vec::new();
    for m in mentions.iter().filter(|m| carried(m.label)) {
        let surface = &text[m.start..m.end];
        let definition = acronym_after(text, m.end, surface)
            .or_else(|| acronym_before(text, m.start, m.end, surface));
        if let Some((start, end)) = definition {
            note(&text[start..end], m.label, &m.entity);
            defined.push(Mention {
                start,
                end,
                label: m.label,
                rank: FOUND_RANK,
                entity: m.entity.clone(),
            });
        }
        if !surface.starts_with(char::is_uppercase) {
            continue;
        }
        let words: Vec<&str> = surface.split(' ').collect();
        // A one-word reading is the weakest: alone, its type rests on one context, and
        // carried everywhere one mistake would become many.
        if words.len() >= 2 {
            note(surface, m.label, &m.entity);
        }
        if m.label == Label::Org {
            if let Some(acronym) = initialism(&words) {
                note(&acronym, m.label, &m.entity);
            }
            if let Some(short) = short_name(&words, common, given) {
                note(short, m.label, &m.entity);
            }
            if let Some(nickname) = team_nickname(&words, common) {
                note(nickname, m.label, &m.entity);
            }
            // "the Supreme Court ... the Court", "the French Academy ... the Academy": the
            // kind of a named organisation, capitalised alone, is that organisation (when the
            // text names one of its kind only: two courts make "Court" ambiguous). Alone, with
            // no such name, "the Council met" names nothing.
            if let Some(kind) = words.iter().find(|w| crate::names::is_org_tail(w)) {
                if words.len() >= 2 {
                    note(kind, m.label, &m.entity);
                }
            }
        }
        if m.label == Label::Person && words.len() >= 2 {
            {
                let last = words[words.len() - 1];
                if last.chars().count() > 2 && last.starts_with(char::is_uppercase) {
                    note(last, Label::Person, &m.entity);
                }
                if given.contains(words[0]) {
                    note(words[0], Label::Person, &m.entity);
                }
            }
        }
    }
    // The acronyms defined in brackets are mentions themselves, unless already read. The
    // mentions are sorted and disjoint: the first one ending after `d` starts is the only one
    // that can overlap it (a scan per definition would be quadratic in a text of thousands).
    let read = mentions.len();
    for d in defined {
        let i = mentions[..read].partition_point(|m| m.end <= d.start);
        if mentions[..read].get(i).is_none_or(|m| m.start >= d.end) {
            mentions.push(d);
        }
    }
    mentions.sort_by_key(|m| (m.start, m.end));
    let patterns: Vec<(&String, (Label, EntityRef))> = surfaces
        .iter()
        .filter_map(|(s, r)| r.clone().map(|r| (s, r)))
        .collect();
    if patterns.is_empty() {
        return mentions;
    }
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns.iter().map(|(s, _)| s.as_str()))
        .expect("name surfaces compile");
    // Ranges already read as a name (sorted, disjoint): a new mention may not touch them.
    let taken: Vec<(usize, usize)> = mentions
        .iter()
        .filter(|m| carried(m.label) || m.label == Label::Nationality)
        .map(|m| (m.start, m.end))
        .collect();
    let mut added = Vec::new();
    for hit in automaton.find_iter(text) {
        let (start, end) = (hit.start(), hit.end());
        if !at_word_boundaries(text, start, end) {
            continue;
        }
        let i = taken.partition_point(|t| t.1 <= start);
        if taken.get(i).is_some_and(|t| t.0 < end) {
            continue;
        }
        let (surface, (label, entity)) = &patterns[hit.pattern().as_usize()];
        let ordinary = !surface.contains(' ') && is_common(common, surface);
        if ordinary && (starts_sentence(text, start) || in_capitals_line(text, start, end)) {
            continue;
        }
        added.push(Mention {
            start,
            end,
            label: *label,
            rank: FOUND_RANK,
            entity: entity.clone(),
        });
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| (m.start, m.end));
    crate::resolve::resolve(mentions)
}

/// The acronym a name defines right after it, as a byte range: in brackets ("the Popular
/// Mobilisation Forces (PMF)") or after "or" ("the Popular Mobilisation Forces, or PMF,"). It
/// must be two to eight capitals (digits and "&" allowed after the first) whose first letter
/// opens the name, and its capitals must be initials of words of the name, in order ("PMF":
/// Popular, Mobilisation, Forces) or, when they are all of the name's initials, in any order
/// (a name translated from a language that orders its words otherwise: "the Union of
/// Rationalist Atheists and Agnostics (UAAR)"), so that a bracketed code that is not the
/// name's ("(AP)", "(2019)") defines nothing.
fn acronym_after(text: &str, end: usize, name: &str) -> Option<(usize, usize)> {
    let rest = &text[end..];
    let (inner_start, acronym) = if let Some(inner) = rest.strip_prefix(" (") {
        (end + " (".len(), &inner[..inner.find(')')?])
    } else {
        let lead = [", or ", " or "]
            .into_iter()
            .find(|l| rest.starts_with(l))?;
        let inner = &rest[lead.len()..];
        let len = inner
            .find(|c: char| !(c.is_alphanumeric() || c == '&'))
            .unwrap_or(inner.len());
        (end + lead.len(), &inner[..len])
    };
    let initials = initials(name);
    let first = acronym.chars().next()?;
    let in_order = || {
        let mut from = 0;
        acronym.chars().filter(char::is_ascii_uppercase).all(|c| {
            initials[from..]
                .iter()
                .position(|&i| i == c)
                .map(|at| from += at + 1)
                .is_some()
        })
    };
    (shaped(acronym)
        && initials.first() == Some(&first)
        && (in_order() || same_letters(acronym, &initials)))
    .then_some((inner_start, inner_start + acronym.len()))
}

/// The acronym written before the name that spells it out in brackets, as a byte range:
/// "CEI (Italian Episcopal Conference)" for the name `text[start..end]`. The brackets must hold
/// the name and nothing else, and the acronym's capitals must be the name's initials, all of
/// them, in any order.
fn acronym_before(text: &str, start: usize, end: usize, name: &str) -> Option<(usize, usize)> {
    if !text[end..].starts_with(')') {
        return None;
    }
    let before = text[..start].strip_suffix(" (")?;
    let acronym = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '&'))
        .next()?;
    let acronym_start = before.len() - acronym.len();
    (shaped(acronym) && same_letters(acronym, &initials(name)))
        .then_some((acronym_start, before.len()))
}

/// Whether `word` has the shape of an acronym: two to eight capitals, digits and "&", opening
/// with a capital.
fn shaped(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && (2..=8).contains(&word.len())
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&')
}

/// The capital initials of the words of a name ("Union of Rationalist Atheists": U, R, A).
fn initials(name: &str) -> Vec<char> {
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Whether the capitals of `acronym` are exactly `initials`, in some order.
fn same_letters(acronym: &str, initials: &[char]) -> bool {
    let mut letters: Vec<char> = acronym.chars().filter(char::is_ascii_uppercase).collect();
    let mut initials = initials.to_vec();
    letters.sort_unstable();
    initials.sort_unstable();
    letters == initials
}

/// The initialism an organisation's name may stand for in the same text: the initials of its
/// capitalised words, in order, when there are three to eight of them and each is a capital
/// A to Z ("Coalition Provisional Authority" → "CPA"; "Union of Rationalist Atheists" → "URA").
fn initialism(words: &[&str]) -> Option<String> {
    let letters: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    ((3..=8).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase()))
        .then_some(letters)
}

/// The one word an organisation named by its kind goes by alone later in the text: "Mozilla"
/// of "the Mozilla Foundation", "Enron" of "Enron Corp", "Scientology" of "the Church of
/// Scientology". Only a word that is nothing else: no ordinary word ("Freedom Magazine",
/// "Democratic Party"), no given name, no code in capitals ("ICT Authority"), and (as every
/// surface here) not a name the text reads otherwise. "X of Y" forms other than a church's are
/// left out: "the University of Zembla" is named for its town, and "Zembla" alone is the town.
fn short_name<'a>(
    words: &[&'a str],
    common: &HashSet<u32, Hashed>,
    given: &FastSet<&'static str>,
) -> Option<&'a str> {
    let word = match *words {
        [word, kind] if crate::names::is_org_tail(kind) => word,
        ["Church", "of", word] => word,
        _ => return None,
    };
    let distinctive = word.chars().count() > 2
        && word.starts_with(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && !is_common(common, word)
        && !given.contains(word);
    distinctive.then_some(word)
}

/// A team's nickname, which stands alone once the team is named with its town: "Pirates" of
/// "the Pittsburgh Pirates" ("the Pirates won again"). The nickname is a plural that is no
/// organisation word (the kind of an organisation, "Forces" of "Kurdish Forces", is carried as
/// such), and the town no ordinary word ("United Nations" is no team of a town called United).
fn team_nickname<'a>(words: &[&'a str], common: &HashSet<u32, Hashed>) -> Option<&'a str> {
    let [town, nickname] = *words else {
        return None;
    };
    let plural = nickname.len() > 3 && nickname.ends_with('s') && !nickname.ends_with("ss");
    (plural
        && nickname.starts_with(char::is_uppercase)
        && !crate::names::is_org_tail(nickname)
        && !is_common(common, town))
    .then_some(nickname)
}

/// Whether the words around `text[start..end]` on its line are all in capitals (a headline
/// such as "NEW RULES FOR OLD PARTIES"): no lower-case letter within 80 bytes either side,
/// the line ending first. Bounded, so that a text of one long capitals line costs no more per
/// word than any other.
fn in_capitals_line(text: &str, start: usize, end: usize) -> bool {
    let mut from = start.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (end + 80).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let before = text[from..start].rsplit('\n').next().unwrap_or("");
    let after = text[end..to].split('\n').next().unwrap_or("");
    !before.chars().chain(after.chars()).any(char::is_lowercase)
}

/// Gives every rule- or tagger-found mention of one surface the label most of them have.
fn unify_labels(text: &str, mentions: &mut [Mention]) {
    let mut votes: FastMap<&str, Vec<(Label, usize)>> = FastMap::default();
    for m in mentions.iter() {
        if carried(m.label) && matches!(m.entity, EntityRef::Found(_)) {
            let tally = votes.entry(&text[m.start..m.end]).or_default();
            match tally.iter_mut().find(|(l, _)| *l == m.label) {
                Some((_, n)) => *n += 1,
                None => tally.push((m.label, 1)),
            }
        }
    }
    let winners: FastMap<&str, Label> = votes
        .into_iter()
        .filter_map(|(surface, tally)| {
            let total: usize = tally.iter().map(|(_, n)| n).sum();
            // A strict majority decides; a tie leaves each mention as it was read.
            let &(label, n) = tally.iter().max_by_key(|(_, n)| *n)?;
            (tally.len() > 1 && 2 * n > total).then_some((surface, label))
        })
        .collect();
    for m in mentions.iter_mut() {
        if let (Some(&label), EntityRef::Found(_)) = (winners.get(&text[m.start..m.end]), &m.entity)
        {
            m.label = label;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::word_hash;

    /// Mentions given as (surface, label, canonical name), found in `text` left to right.
    fn mentions(text: &str, names: &[(&str, Label, &str)]) -> Vec<Mention> {
        let mut from = 0;
        names
            .iter()
            .map(|&(surface, label, name)| {
                let start = from + text[from..].find(surface).expect("surface in text");
                from = start + surface.len();
                Mention {
                    start,
                    end: from,
                    label,
                    rank: FOUND_RANK,
                    entity: EntityRef::Found(name.to_string()),
                }
            })
            .collect()
    }

    /// What propagation makes of them: (surface, label) in text order.
    fn carried_to(text: &str, names: &[(&str, Label, &str)]) -> Vec<(String, Label)> {
        let common: HashSet<u32, Hashed> = ["black", "state", "freedom", "united", "pirates"]
            .into_iter()
            .map(word_hash)
            .collect();
        let given: FastSet<&'static str> = ["Evariste"].into_iter().collect();
        propagate(text, mentions(text, names), &common, &given)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label))
            .collect()
    }

    fn is(s: &str, label: Label) -> (String, Label) {
        (s.to_string(), label)
    }

    #[test]
    fn a_persons_surname_and_given_name_refer_back_to_them() {
        let text = "Evariste Galois wrote. Later Galois died, and Evariste was mourned.";
        let found = carried_to(
            text,
            &[("Evariste Galois", Label::Person, "Evariste Galois")],
        );
        assert_eq!(
            found,
            [
                is("Evariste Galois", Label::Person),
                is("Galois", Label::Person),
                is("Evariste", Label::Person)
            ]
        );
    }

    #[test]
    fn a_multi_word_name_is_carried_to_its_other_mentions() {
        let text = "He joined the Sea Org in May. The Sea Org is strict; members of Sea Org obey.";
        let found = carried_to(text, &[("Sea Org", Label::Org, "Sea Org")]);
        assert_eq!(found, vec![is("Sea Org", Label::Org); 3]);
    }

    #[test]
    fn a_one_word_reading_is_not_carried() {
        // One context typed it; carried everywhere, one mistake would become many.
        let text = "a member of Scientology said. Scientology replied, and Scientology won.";
        let found = carried_to(text, &[("Scientology", Label::Person, "Scientology")]);
        assert_eq!(found, [is("Scientology", Label::Person)]);
    }

    #[test]
    fn a_surface_with_two_readings_is_not_carried() {
        let text = "Jordan Peterson met Jordan Smith. Later Jordan spoke.";
        let found = carried_to(
            text,
            &[
                ("Jordan Peterson", Label::Person, "Jordan Peterson"),
                ("Jordan Smith", Label::Person, "Jordan Smith"),
            ],
        );
        assert_eq!(found.len(), 2, "neither Jordan is 'Jordan': {found:?}");
    }

    #[test]
    fn an_ordinary_word_opening_a_sentence_is_not_a_surname() {
        let text = "Jack Black sang. Black cats sat. He saw Black there.";
        let found = carried_to(text, &[("Jack Black", Label::Person, "Jack Black")]);
        assert_eq!(
            found,
            [is("Jack Black", Label::Person), is("Black", Label::Person)]
        );
        assert_eq!(text.rfind("Black").unwrap(), {
            let kept = propagate(
                text,
                mentions(text, &[("Jack Black", Label::Person, "Jack Black")]),
                &["black"].into_iter().map(word_hash).collect(),
                &FastSet::default(),
            );
            kept[1].start
        });
    }

    #[test]
    fn a_name_inside_another_name_or_lower_case_is_left_alone() {
        let text = "Ada Lovelace wrote. The Lovelace Institute and lovelace fans met.";
        let mut names = mentions(text, &[("Ada Lovelace", Label::Person, "Ada Lovelace")]);
        names.extend(mentions(
            text,
            &[("Lovelace Institute", Label::Org, "Lovelace Institute")],
        ));
        let found: Vec<_> = propagate(text, names, &HashSet::default(), &FastSet::default())
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label))
            .collect();
        assert_eq!(
            found,
            [
                is("Ada Lovelace", Label::Person),
                is("Lovelace Institute", Label::Org)
            ]
        );
    }

    #[test]
    fn an_acronym_defined_in_brackets_names_the_same_thing_everywhere() {
        let text = "the Popular Mobilisation Forces (PMF) said. Later the PMF left.";
        let found = carried_to(
            text,
            &[(
                "Popular Mobilisation Forces",
                Label::Org,
                "Popular Mobilisation Forces",
            )],
        );
        assert_eq!(
            found,
            [
                is("Popular Mobilisation Forces", Label::Org),
                is("PMF", Label::Org),
                is("PMF", Label::Org)
            ]
        );
    }

    #[test]
    fn a_bracketed_code_that_is_not_the_names_initials_defines_nothing() {
        for text in [
            "the Popular Mobilisation Forces (AP) said AP later",
            "the Popular Mobilisation Forces (2019) said",
            "the Popular Mobilisation Forces (FMP) said FMP later",
        ] {
            let found = pmf(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
        }
    }

    /// The Popular Mobilisation Forces, an organisation, found once in `text`.
    fn pmf(text: &str) -> Vec<(String, Label)> {
        let name = "Popular Mobilisation Forces";
        carried_to(text, &[(name, Label::Org, name)])
    }

    #[test]
    fn an_acronym_given_after_or_names_the_same_thing_everywhere() {
        for text in [
            "the Popular Mobilisation Forces, or PMF, said. Later PMF fighters left.",
            "the Popular Mobilisation Forces or PMF said. Later PMF fighters left.",
        ] {
            let found = pmf(text);
            assert_eq!(
                found,
                [
                    is("Popular Mobilisation Forces", Label::Org),
                    is("PMF", Label::Org),
                    is("PMF", Label::Org)
                ],
                "{text}"
            );
        }
    }

    #[test]
    fn a_word_after_or_that_is_not_the_names_acronym_defines_nothing() {
        for text in [
            "the Popular Mobilisation Forces or AP said it; AP later",
            "the Popular Mobilisation Forces, or FMP, said; FMP later",
            "the Popular Mobilisation Forces or others said so",
            "the Popular Mobilisation Forces or I said so",
        ] {
            assert_eq!(pmf(text).len(), 1, "{text}: {:?}", pmf(text));
        }
    }

    #[test]
    fn an_acronym_before_its_name_in_brackets_names_the_same_thing() {
        let text = "the head of PMF (Popular Mobilisation Forces) spoke, and PMF agreed.";
        assert_eq!(
            pmf(text),
            [
                is("PMF", Label::Org),
                is("Popular Mobilisation Forces", Label::Org),
                is("PMF", Label::Org)
            ]
        );
        // The initials in another order, as a name translated from Italian has them.
        let name = "Episcopal Conference of Rome";
        let text = "the head of CRE (Episcopal Conference of Rome) spoke.";
        let found = carried_to(text, &[(name, Label::Org, name)]);
        assert_eq!(found[0], is("CRE", Label::Org));
    }

    #[test]
    fn a_code_before_a_name_in_brackets_that_is_not_its_acronym_defines_nothing() {
        for text in [
            "said AFP (Popular Mobilisation Forces) today",
            "said PM (Popular Mobilisation Forces) today",
        ] {
            let found = pmf(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
        }
    }

    #[test]
    fn a_bracketed_acronym_may_spell_all_the_initials_in_another_order() {
        let name = "Union of Rationalist Atheists and Agnostics";
        let text = "The Union of Rationalist Atheists and Agnostics (UAAR) filed; UAAR won.";
        let found = carried_to(text, &[(name, Label::Org, name)]);
        assert_eq!(
            found,
            [
                is(name, Label::Org),
                is("UAAR", Label::Org),
                is("UAAR", Label::Org)
            ]
        );
    }

    #[test]
    fn an_organisations_initials_name_it_without_a_definition() {
        let name = "Coalition Provisional Authority";
        let text = "How did the CPA fail? The Coalition Provisional Authority ruled; \
                    the CPA's staff and cpa rules. ";
        let found = carried_to(text, &[(name, Label::Org, name)]);
        assert_eq!(
            found,
            [
                is("CPA", Label::Org),
                is(name, Label::Org),
                is("CPA", Label::Org)
            ]
        );
    }

    #[test]
    fn initials_of_a_person_a_place_or_a_two_word_organisation_name_nothing() {
        for (name, label, text) in [
            (
                "Creative Commons",
                Label::Org,
                "Creative Commons wrote the CC BY licence.",
            ),
            (
                "John Fitzgerald Kennedy",
                Label::Person,
                "John Fitzgerald Kennedy landed at JFK airport.",
            ),
            (
                "Democratic Republic Congo",
                Label::Place,
                "Democratic Republic Congo is big; DRC exports.",
            ),
        ] {
            let found = carried_to(text, &[(name, label, name)]);
            assert_eq!(found, [is(name, label)], "{text}");
        }
    }

    #[test]
    fn initials_that_are_an_ordinary_word_are_not_read_in_a_capitals_headline() {
        let name = "National Electric Workers";
        let text = "OLD RULES FOR NEW PARTIES\nThe National Electric Workers met. \
                    NEW members joined. Then NEW left, said I, on Monday in MAY.";
        let found = propagate(
            text,
            mentions(text, &[(name, Label::Org, name)]),
            &["new", "may"].into_iter().map(word_hash).collect(),
            &FastSet::default(),
        );
        let found: Vec<_> = found
            .iter()
            .map(|m| (m.start, text[m.start..m.end].to_string()))
            .collect();
        let left = text.find("NEW left").unwrap();
        assert_eq!(
            found,
            [
                (text.find(name).unwrap(), name.to_string()),
                (left, "NEW".to_string())
            ],
            "not the headline's NEW, nor the one opening a sentence"
        );
    }

    #[test]
    fn the_majority_reading_of_a_surface_wins_and_a_tie_changes_nothing() {
        let text = "in Coron bay, Coron beaches and Coron said";
        let found = carried_to(
            text,
            &[
                ("Coron", Label::Place, "Coron"),
                ("Coron", Label::Place, "Coron"),
                ("Coron", Label::Person, "Coron"),
            ],
        );
        assert_eq!(found, vec![is("Coron", Label::Place); 3]);
        let text = "in Coron bay and Coron said";
        let found = carried_to(
            text,
            &[
                ("Coron", Label::Place, "Coron"),
                ("Coron", Label::Person, "Coron"),
            ],
        );
        assert_eq!(
            found,
            [is("Coron", Label::Place), is("Coron", Label::Person)]
        );
    }

    #[test]
    fn an_organisation_named_by_its_kind_goes_by_its_own_word_alone() {
        let name = "Zorvex Foundation";
        let text = "The Zorvex Foundation paid. Later Zorvex said no, and Zorvex's staff left.";
        assert_eq!(
            carried_to(text, &[(name, Label::Org, name)]),
            [
                is(name, Label::Org),
                is("Zorvex", Label::Org),
                is("Zorvex", Label::Org)
            ]
        );
        let church = "Church of Quillism";
        let text = "The Church of Quillism grew; critics of Quillism met.";
        assert_eq!(
            carried_to(text, &[(church, Label::Org, church)]),
            [is(church, Label::Org), is("Quillism", Label::Org)]
        );
    }

    #[test]
    fn an_ordinary_word_a_given_name_or_a_code_before_an_organisation_word_stays_alone() {
        for (name, word) in [
            ("Freedom Magazine", "Freedom"),
            ("Evariste Foundation", "Evariste"),
            ("ICT Authority", "ICT"),
            ("University of Zembla", "Zembla"),
        ] {
            let text = format!("The {name} met. Then {word} spoke.");
            assert_eq!(
                carried_to(&text, &[(name, Label::Org, name)]),
                [is(name, Label::Org)],
                "{name}"
            );
        }
    }

    #[test]
    fn a_teams_nickname_stands_for_it_alone() {
        let team = "Zorvex Pirates";
        let text = "The Zorvex Pirates lost. Later the Pirates won. Pirates sail.";
        assert_eq!(
            carried_to(text, &[(team, Label::Org, team)]),
            [is(team, Label::Org), is("Pirates", Label::Org)],
            "an ordinary word opening a sentence stays alone"
        );
        let text = "The United Nations met. Then the Nations spoke.";
        assert_eq!(
            carried_to(text, &[("United Nations", Label::Org, "United Nations")]),
            [is("United Nations", Label::Org)],
            "no town called United"
        );
    }

    #[test]
    fn the_kind_of_a_named_organisation_alone_is_that_organisation() {
        let court = "Supreme Court of Zembla";
        let text = "The Supreme Court of Zembla ruled. Later the Court said no.";
        assert_eq!(
            carried_to(text, &[(court, Label::Org, court)]),
            [is(court, Label::Org), is("Court", Label::Org)]
        );
        let text = "The Supreme Court of Zembla and the Zembla Court of Appeals met. \
                    Later the Court said no.";
        assert_eq!(
            carried_to(
                text,
                &[
                    (court, Label::Org, court),
                    (
                        "Zembla Court of Appeals",
                        Label::Org,
                        "Zembla Court of Appeals"
                    )
                ]
            ),
            [
                is(court, Label::Org),
                is("Zembla Court of Appeals", Label::Org)
            ],
            "two courts: the Court is either"
        );
    }
}
