//! Authors cited by name and year, as scholarly prose cites them: "(Harwick, Olund, & Pevney,
//! 2014)", "(Tressler 2014; Vandemar et al., 2005)", "Quenby (1964) performed …", "Marwood et
//! al. [4]".
//!
//! A surname in a citation has no title, no given name and often no other mention, and many
//! are ordinary words ("Baker", "Marks", "Street") or towns ("Sorvanes", "Tolmedo"), so neither
//! the lists nor the tagger read them; the citation's shape does. Three shapes:
//!
//! - in brackets, each entry (entries are split at ";") is one or more authors, then a year:
//!   "(Rusk & Tavener, 2010; Lomond, Perrault, & Quade, 2007)", "(Ketteridge, Amos, Brann, &
//!   Voskuijl, 2011, p. 1225)", "(see for example Tressler 2014)";
//! - authors just before a bracket that opens with a year: "Quenby (1964)", "Pellucci and Garvan
//!   (1995)", "Quenby's (1971) test group";
//! - authors just before "et al": "Marwood et al. [4]".
//!
//! Authors are names of one to three capitalised words (with particles such as "de" or "van"
//! inside: "De Vallorme", "Ibáñez Solvera"), joined by commas, "&" or "and". A year is four
//! digits from 1500 to 2099, a letter after it allowed ("2014a"). What is not read: a word in
//! capitals ("(WHO, 2014)" is an organisation), a month, a weekday or a season ("(May 2014)",
//! "(Spring 2016)"), a word that labels a part of a text ("(Figure 2, 2014)", "(Table 3,
//! 2015)"), a name the gazetteer reads as anything but a town named like a surname ("(Ohio,
//! 2012)", "(Reuters, 2014)"); before a bracket, a run after "the", "a" or "of" ("the Treaty of
//! Varenna (2007)") or a single author who is an ordinary word alone ("Cross (2017)" is lost
//! with "Figures (2014)").
//!
//! Run after the tagger, like [`crate::apposition`], so that the tagger's training data stays as
//! it is; a name the rules or the tagger read inside the author's span (a surname read as a
//! place, half of "Salas Ortuño") gives way to the person. Before [`crate::propagate`], so that
//! the author is carried to the mentions outside citations ("Quenby's complete list").

use crate::annotator::{EntityRef, Mention, FOUND_RANK};
use crate::context::starts_sentence;
use crate::gazetteer::EntityDef;
use crate::label::Label;
use crate::lexicon::is_common;
use crate::names::canonical;
use crate::tagger::Hashed;
use crate::words::is_month_or_weekday;
use std::collections::HashSet;

/// Capitalised words that open a citation-like bracket without naming anyone: parts of a text,
/// seasons and words that introduce a date ("(Figure 2, 2014)", "(Spring 2016)").
const NOT_AUTHORS: &[&str] = &[
    "Act", "After", "Appendix", "Autumn", "Before", "Born", "By", "Census", "Chapter", "Ed", "Eds",
    "Fall", "Fig", "Figure", "From", "In", "No", "Page", "Part", "Report", "Section", "See",
    "Since", "Spring", "Summer", "Table", "The", "Until", "Vol", "Volume", "Winter",
];

/// Lower-case particles inside a name ("Tomás de Almeirim", "Van der Berg" …).
const PARTICLES: &[&str] = &[
    "da", "de", "del", "der", "di", "dos", "du", "la", "le", "van", "von",
];

/// Words that open a bracketed entry before its authors ("(see for example Tressler 2014)").
const LEAD_INS: &[&str] = &[
    "among", "also", "cf.", "e.g.", "e.g.,", "example", "for", "i.e.", "i.e.,", "others", "see",
];

/// Words after which a capitalised run before "(1964)" names a thing or a place, not its
/// author ("the Long Drought (1929)", "the Conservatoire in Lyon (1927)"); "of" after a
/// capitalised word too ("the Treaty of Varenna (2007)").
const NOT_AFTER: &[&str] = &["a", "an", "at", "in", "near", "the"];

/// The most words an author's name is read over ("Elena Ibáñez Solvera").
const MAX_NAME_WORDS: usize = 3;

/// How far back a bracket is looked for from the year inside it, in bytes.
const REACH: usize = 400;

/// The text's cited authors as people; see the module's documentation.
pub(crate) fn cited_authors(
    text: &str,
    mut mentions: Vec<Mention>,
    entities: &[EntityDef],
    common: &HashSet<u32, Hashed>,
) -> Vec<Mention> {
    let mut authors: Vec<(usize, usize)> = Vec::new();
    for (start, end) in years(text) {
        let before = &text[..start];
        if let Some(open) = bracket_before(before) {
            let entry_start = before[open..].rfind(';').map_or(open, |i| open + i + 1);
            if let Some(names) = entry_authors(text, entry_start, start, common) {
                authors.extend(names);
                continue;
            }
        }
        // "Quenby (1964)": the year opens its bracket, the authors stand before it.
        if before.ends_with(" (") && text[end..].starts_with([')', ',', ';']) {
            authors.extend(authors_before(text, start - 2, common, false));
        }
    }
    let mut from = 0;
    while let Some(at) = text[from..].find(" et al").map(|i| from + i) {
        from = at + 1;
        authors.extend(authors_before(text, at, common, true));
    }
    authors.sort_unstable();
    authors.dedup();
    for (start, end) in authors {
        let first = mentions.partition_point(|m| m.end <= start);
        let last = mentions.partition_point(|m| m.start < end);
        let yields = |m: &Mention| {
            m.start >= start
                && m.end <= end
                && match m.entity {
                    // An organisation the rules found is an author too: "(Open Rights
                    // Foundation, 2013)".
                    EntityRef::Found(_) => matches!(m.label, Label::Person | Label::Place),
                    EntityRef::Known(e) => entities[e as usize].is_town_like_a_surname(),
                    EntityRef::None => false,
                }
        };
        if !mentions[first..last].iter().all(yields) {
            continue;
        }
        mentions.splice(
            first..last,
            [Mention {
                start,
                end,
                label: Label::Person,
                rank: FOUND_RANK,
                entity: EntityRef::Found(canonical(&text[start..end])),
            }],
        );
    }
    mentions
}

/// The byte ranges of the years in `text`: four digits from 1500 to 2099, alone or with one
/// lower-case letter after them ("2014a").
fn years(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let digits = &bytes[i..i + 4];
        let bounded_before = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if bounded_before && digits.iter().all(u8::is_ascii_digit) {
            let mut end = i + 4;
            if bytes.get(end).is_some_and(u8::is_ascii_lowercase) {
                end += 1;
            }
            let bounded_after = !bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
            let year: u32 = text[i..i + 4].parse().expect("four digits");
            if bounded_after && (1500..2100).contains(&year) {
                out.push((i, end));
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Where the bracket that the end of `before` is inside opens (just after its "("), if it
/// opens on the same line within [`REACH`].
fn bracket_before(before: &str) -> Option<usize> {
    let window_start = before.len().saturating_sub(REACH);
    let window_start = (window_start..=before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    for (i, c) in before[window_start..].char_indices().rev() {
        match c {
            '(' => return Some(window_start + i + 1),
            ')' | '\n' => return None,
            _ => {}
        }
    }
    None
}

/// The authors of a bracketed entry that runs from `from` to its year at `year`: the whole of
/// it must read as authors, after a lead-in ("see for example").
fn entry_authors(
    text: &str,
    from: usize,
    year: usize,
    common: &HashSet<u32, Hashed>,
) -> Option<Vec<(usize, usize)>> {
    let mut words = words_in(text, from, year);
    let lead = words
        .iter()
        .take_while(|&&(s, e)| LEAD_INS.contains(&&text[s..e]))
        .count();
    words.drain(..lead);
    let names = author_list(text, &words)?;
    // "(Public Health Collaboration, 2015)": ordinary words together name a body; one alone is
    // a surname ("(Laws, 2016)").
    let a_body = |&(s, e): &(usize, usize)| {
        text[s..e].contains(' ') && text[s..e].split(' ').all(|w| is_common(common, w))
    };
    (!names.iter().any(a_body)).then_some(names)
}

/// The authors that end just before `end` (a bracketed year or "et al"): the longest run of
/// words before it that reads as authors. Unless `et_al`, one author alone must not be an
/// ordinary word.
fn authors_before(
    text: &str,
    end: usize,
    common: &HashSet<u32, Hashed>,
    et_al: bool,
) -> Vec<(usize, usize)> {
    // The run starts after a bracket, a colon, a semicolon, a quotation mark or the line's
    // start, and at most a dozen words back.
    let bound = text[..end]
        .rfind(['\n', '(', ')', '[', ']', ':', ';', '"', '“', '”'])
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let from = text[bound..end]
        .char_indices()
        .rev()
        .filter(|&(_, c)| c == ' ')
        .nth(12)
        .map_or(bound, |(i, _)| bound + i + 1);
    let mut words = words_in(text, from, end);
    // "Quenby's (1971)", "Dorrans’ types": the possessive is not part of the name.
    if let Some(last) = words.last_mut() {
        let word = &text[last.0..last.1];
        let bare = ["’s", "'s", "’", "'"]
            .iter()
            .find_map(|p| word.strip_suffix(p))
            .unwrap_or(word);
        last.1 = last.0 + bare.len();
    }
    for skip in 0..words.len() {
        let Some(names) = author_list(text, &words[skip..]) else {
            continue;
        };
        if skip > 0 {
            let (s, e) = words[skip - 1];
            let before = &text[s..e];
            // "the Treaty of Varenna (2007)" names a thing, "the work of Quenby (1964)" its
            // author.
            let of_a_name = before == "of"
                && skip > 1
                && is_name_word(&text[words[skip - 2].0..words[skip - 2].1]);
            if NOT_AFTER.contains(&before) || of_a_name || is_name_word(before) || before == "&" {
                return Vec::new();
            }
        }
        // "Music: Its Forms, History and Meaning (1922)", "Tell Me Again (2006)":
        // a title of ordinary words, unless "et al" follows.
        let ordinary =
            |&(s, e): &(usize, usize)| text[s..e].split([' ', '-']).all(|w| is_common(common, w));
        if !et_al && names.iter().any(ordinary) {
            // "Later, Quorvin (1964)": a shorter run may still be an author.
            continue;
        }
        // "Geologist Tom Wexley (1971)": the ordinary word that opens the sentence is
        // not part of the name.
        let mut names = names;
        if let Some(first) = names.first_mut() {
            let word_end = text[first.0..first.1].find(' ').map(|i| first.0 + i);
            if let Some(word_end) = word_end {
                if starts_sentence(text, first.0) && is_common(common, &text[first.0..word_end]) {
                    first.0 = word_end + 1;
                }
            }
        }
        return names;
    }
    Vec::new()
}

/// The words of `text[from..to]` as byte ranges, split at spaces, with the commas that end
/// them cut off (a word that is only a comma or a comma-ended "&" keeps its text).
fn words_in(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = from;
    for piece in text[from..to].split(' ') {
        let start = at;
        at += piece.len() + 1;
        if !piece.is_empty() {
            out.push((start, start + piece.len()));
        }
    }
    out
}

/// The names of an author list ("Lowry, Kemble, Sands, Varga, & Gorsuch,", "Ferraris
/// Bontempi et al.,"), if the words are one.
fn author_list(text: &str, words: &[(usize, usize)]) -> Option<Vec<(usize, usize)>> {
    let mut names = Vec::new();
    // The name being read: its start, its end and how many words it has.
    let mut name: Option<(usize, usize, usize)> = None;
    let mut i = 0;
    while i < words.len() {
        let (s, e) = words[i];
        let raw = &text[s..e];
        let word = raw.trim_end_matches(',');
        let comma = word.len() < raw.len();
        if matches!(word, "&" | "and") {
            close(text, &mut name, &mut names)?;
            if names.is_empty() {
                return None;
            }
        } else if word == "et" {
            // "et al." ends the list.
            let rest: Vec<&str> = words[i + 1..].iter().map(|&(s, e)| &text[s..e]).collect();
            if !matches!(rest.as_slice(), ["al." | "al.," | "al"]) {
                return None;
            }
            close(text, &mut name, &mut names)?;
            return Some(names);
        } else if is_name_word(word) || (name.is_some() && PARTICLES.contains(&word)) {
            let end = s + word.len();
            name = Some(match name {
                Some((start, _, n)) => (start, end, n + 1),
                None => (s, end, 1),
            });
            if name.is_some_and(|(_, _, n)| n > MAX_NAME_WORDS) {
                return None;
            }
            if comma {
                close(text, &mut name, &mut names)?;
            }
        } else {
            return None;
        }
        i += 1;
    }
    close(text, &mut name, &mut names)?;
    (!names.is_empty()).then_some(names)
}

/// Ends the name being read, if any; `None` if it ends on a particle ("Smith van,").
fn close(
    text: &str,
    name: &mut Option<(usize, usize, usize)>,
    names: &mut Vec<(usize, usize)>,
) -> Option<()> {
    if let Some((start, end, _)) = name.take() {
        let last = text[start..end].rsplit(' ').next().unwrap_or("");
        if PARTICLES.contains(&last) {
            return None;
        }
        names.push((start, end));
    }
    Some(())
}

/// A capitalised word that can be (part of) an author's name: letters, hyphens and
/// apostrophes, a lower-case letter after the first (no acronym, no initial), no month,
/// weekday or word of [`NOT_AUTHORS`].
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && word.chars().any(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !is_month_or_weekday(word)
        && !NOT_AUTHORS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apposition::fixtures::{labelled, mentions};
    use crate::lexicon::common_words;

    /// The entities the tests' mentions point to: a town named like a surname (0) and a
    /// region (1).
    fn entities() -> Vec<EntityDef> {
        let place = |name: &str, id: &str| EntityDef {
            label: Label::Place,
            name: name.to_string(),
            id: Some(id.to_string()),
            link: None,
        };
        vec![place("Sorvanes", "geonames:1"), place("Ohio", "iso:US-OH")]
    }

    /// `text` read with `towns` and `regions` from the gazetteer and `found` (places the rules
    /// or the tagger read), through the rule: each name with its label.
    fn read(text: &str, towns: &[&str], regions: &[&str], found: &[&str]) -> Vec<(String, Label)> {
        let read = mentions(
            text,
            &[
                (towns, Label::Place, EntityRef::Known(0)),
                (regions, Label::Place, EntityRef::Known(1)),
                (found, Label::Place, EntityRef::Found(String::new())),
            ],
        );
        labelled(
            text,
            cited_authors(text, read, &entities(), &common_words()),
        )
    }

    fn people(names: &[&str]) -> Vec<(String, Label)> {
        names
            .iter()
            .map(|n| (n.to_string(), Label::Person))
            .collect()
    }

    #[test]
    fn every_author_of_a_bracketed_entry_is_a_person() {
        assert_eq!(
            read(
                "It is spoken (Lendor, Pask, & Ferrow, 2014) there.",
                &[],
                &[],
                &[]
            ),
            people(&["Lendor", "Pask", "Ferrow"])
        );
        assert_eq!(
            read(
                "as shown (Dorne & Vale, 2010; Quist 2007a, p. 12).",
                &[],
                &[],
                &[]
            ),
            people(&["Dorne", "Vale", "Quist"])
        );
        assert_eq!(
            read("as seen (see for example Brakel 2014).", &[], &[], &[]),
            people(&["Brakel"])
        );
    }

    #[test]
    fn a_name_with_a_particle_or_a_hyphen_is_one_author() {
        assert_eq!(
            read(
                "as read (Marta de Olvera, 2011; Hessel-Krane et al., 2015).",
                &[],
                &[],
                &[]
            ),
            people(&["Marta de Olvera", "Hessel-Krane"])
        );
    }

    #[test]
    fn an_author_before_a_bracketed_year_is_a_person() {
        assert_eq!(
            read("Later, Quorvin (1964) read poems aloud.", &[], &[], &[]),
            people(&["Quorvin"])
        );
        assert_eq!(
            read(
                "The map, adapted from Palvero and Gessi (1995), shows it.",
                &[],
                &[],
                &[]
            ),
            people(&["Palvero", "Gessi"])
        );
        assert_eq!(
            read("It belongs to Sapvik’s (1971) group.", &[], &[], &[]),
            people(&["Sapvik"])
        );
    }

    #[test]
    fn an_author_before_et_al_is_a_person() {
        assert_eq!(
            read("See also Gibbard et al. [4] for this.", &[], &[], &[]),
            people(&["Gibbard"])
        );
        // An ordinary word too, where "et al" says it is a surname.
        assert_eq!(
            read("Image: Daily et al.", &[], &[], &[]),
            people(&["Daily"])
        );
    }

    #[test]
    fn a_surname_read_as_a_town_or_half_a_name_gives_way() {
        assert_eq!(
            read("as it was (Sorvanes, 1989).", &["Sorvanes"], &[], &[]),
            people(&["Sorvanes"])
        );
        assert_eq!(
            read("as in (Salas Gomera, 1988).", &[], &[], &["Salas"]),
            people(&["Salas Gomera"])
        );
    }

    #[test]
    fn a_date_a_region_or_an_acronym_in_brackets_is_no_author() {
        let none: Vec<(String, Label)> = Vec::new();
        assert_eq!(
            read("It was signed (May 2014) in time.", &[], &[], &[]),
            none
        );
        assert_eq!(
            read("It opened (Spring 2016) at last.", &[], &[], &[]),
            none
        );
        assert_eq!(read("As shown (Figure 2, 2014) here.", &[], &[], &[]), none);
        assert_eq!(read("The agency (WHO, 2014) agreed.", &[], &[], &[]), none);
        assert_eq!(
            read("The state (Ohio, 2012) agreed.", &[], &["Ohio"], &[]),
            [("Ohio".to_string(), Label::Place)]
        );
        assert_eq!(
            read("He was born (c. 1818 – January 8, 1880).", &[], &[], &[]),
            none
        );
        assert_eq!(
            read(
                "He was born (born July 19, 1982) and raised.",
                &[],
                &[],
                &[]
            ),
            none
        );
    }

    #[test]
    fn a_thing_or_a_place_before_a_bracketed_year_is_no_author() {
        let none: Vec<(String, Label)> = Vec::new();
        assert_eq!(
            read("under the Treaty of Lisbrek (2007).", &[], &[], &[]),
            none
        );
        assert_eq!(read("the Long Drought (1929) hit.", &[], &[], &[]), none);
        assert_eq!(read("Figures (2014) show it.", &[], &[], &[]), none);
        assert_eq!(
            read(
                "Music: Its Forms, History and Meaning (1922) is known.",
                &[],
                &[],
                &[]
            ),
            none
        );
        assert_eq!(
            read(
                "at the Conservatoire in Sorvanes (1927).",
                &["Sorvanes"],
                &[],
                &[]
            ),
            [("Sorvanes".to_string(), Label::Place)]
        );
        // A sentence's ordinary first word is left out of the name.
        assert_eq!(
            read(
                "Anthropologist Kenrick Barvel (1971) found this.",
                &[],
                &[],
                &[]
            ),
            people(&["Kenrick Barvel"])
        );
    }

    #[test]
    fn ordinary_words_together_name_a_body_not_an_author() {
        let none: Vec<(String, Label)> = Vec::new();
        assert_eq!(
            read(
                "in psychology (e.g., Public Health Collaboration, 2015).",
                &[],
                &[],
                &[]
            ),
            none
        );
        assert_eq!(
            read("as argued (Laws, 2016).", &[], &[], &[]),
            people(&["Laws"])
        );
    }

    #[test]
    fn years_are_four_digits_from_1500_to_2099() {
        let text = "in 1499, 1500, 2014a, 2100, 12014 and 2099";
        let found: Vec<&str> = years(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["1500", "2014a", "2099"]);
    }
}
