//! Names typed by what a comma puts beside them: the region a town lies in, or the kind of
//! thing a name is ("Halvorsen, a shipping firm").
//!
//! A place named with the region it lies in: "born in Lakeview, Ohio", "a native of Oldham,
//! Lancashire", "she grew up in Exeter, Devon." Encyclopaedic and news prose writes a small
//! town this way, and a reader knows the town from the comma and the region alone, where no
//! list knows it and its name may as well be a surname ("Marlow", "Austin").
//!
//! Two shapes, each after a word that puts a thing in a place ("in", "at", "near", "from",
//! "of", "to", "outside"):
//!
//! - a capitalised run, then a comma and a country or a state, province or other first-level
//!   region the gazetteer knows (its id is an ISO 3166 code): the run is a place
//!   ("in Lakeview, Ohio", "near Kreuth, Bavaria");
//! - a place the gazetteer knows, then a comma and a capitalised run that ends the clause (a
//!   full stop, a semicolon, a closing bracket, the line's end, or a comma before a country or
//!   region or a reference mark): the run is the region the place lies in ("in Exeter, Devon.",
//!   "in Oldham, Lancashire, England").
//!
//! The run is one to three capitalised words (a region after a town: one or two) that no other
//! reading claims, or one word that the rules or the tagger read as a person (a town named like
//! a surname): a reading from a list, an organisation, a place or a person's full name is left as
//! it is. Run after the tagger, like [`crate::clubs`], so
//! that the tagger's training data stays as it is; before [`crate::propagate`], so that the
//! place is carried to its other mentions. Not read on a title-case or all-capitals line, where
//! every word is capitalised, nor where the region is a possessive ("in Congress, Ohio's
//! senator").
//!
//! A name followed by a comma and a noun phrase that says what it is, the way news and
//! encyclopaedias introduce a firm or a village a reader cannot know: "Halvorsen, a Norwegian
//! shipping firm, said", "Dellware, the company that …", "Stridon, a village near …". The
//! phrase is "a", "an" or "the", at most three words, then a noun for a kind of organisation
//! ([`ORG_KINDS`]), of place ([`PLACE_KINDS`]) or of what a person does ([`PERSON_KINDS`]:
//! "Ihara Saikaku, a 17th-century writer") that ends the phrase: a punctuation mark, or a word
//! that opens what follows ("that", "which", "based", "in", "of" …), not another noun ("a
//! company spokesman" is a person) and, after an organisation's noun, not "of" ("a group of
//! farmers", "a chain of islands"). A person is not read after a word of place ("In
//! Tarrington, a teacher said"). Without an article, a role followed by "of", "for" or "at"
//! names a person too, as news names an office: "Masoud Tavani, head of the association".
//! The name is one to three capitalised words that no list reads; one that the rules or the
//! tagger read (a firm named like a surname: "Hilton, the hotel chain") takes the kind's label.
//! An ordinary word opening the sentence is no name ("However, a company …"). The same phrase
//! after "is" or "was" defines the name that opens the sentence, as an encyclopaedia's first
//! sentence does: "Velki Drenovac is a village in …", "Haldor Kvist (born 1960) is a Norwegian
//! politician", "The Brenford Mill was a company that …" (the article left out).

use crate::annotator::{EntityRef, Mention, FOUND_RANK};
use crate::context::{line_of, starts_sentence, word_before};
use crate::gazetteer::EntityDef;
use crate::label::Label;
use crate::lexicon::is_common;
use crate::names::canonical;
use crate::tagger::Hashed;
use crate::tokens::{is_shouted, is_title_case};
use crate::words::is_month_or_weekday;
use std::collections::HashSet;

/// Words after which a name is read as where something is, was or comes from.
const LEADS: &[&str] = &["in", "at", "near", "from", "of", "to", "outside"];

/// The most words a town's name is read over ("Santa Rosa Beach").
const MAX_WORDS: usize = 3;

/// The most words a region after a town is read over ("East Prussia"): three capitalised words
/// after a comma are more often a person's full name.
const MAX_REGION_WORDS: usize = 2;

/// Nouns for a kind of organisation that an apposition names ("Halvorsen, a shipping firm").
const ORG_KINDS: &[&str] = &[
    "agency",
    "airline",
    "alliance",
    "association",
    "band",
    "bank",
    "broadcaster",
    "carrier",
    "chain",
    "charity",
    "club",
    "coalition",
    "college",
    "committee",
    "company",
    "conglomerate",
    "corporation",
    "council",
    "developer",
    "faction",
    "federation",
    "firm",
    "foundation",
    "fund",
    "group",
    "insurer",
    "label",
    "league",
    "lender",
    "magazine",
    "manufacturer",
    "militia",
    "newspaper",
    "nonprofit",
    "operator",
    "organisation",
    "organization",
    "party",
    "publisher",
    "retailer",
    "side",
    "startup",
    "subsidiary",
    "team",
    "union",
    "university",
];

/// Nouns for a kind of place that an apposition names ("Stridon, a village near Aquileia").
const PLACE_KINDS: &[&str] = &[
    "borough",
    "capital",
    "city",
    "commune",
    "county",
    "district",
    "hamlet",
    "island",
    "municipality",
    "neighborhood",
    "neighbourhood",
    "parish",
    "province",
    "region",
    "river",
    "suburb",
    "town",
    "village",
];

/// Nouns for what a person does that an apposition names ("Ihara Saikaku, a 17th-century
/// writer", "Khader Habib, a senior Islamic Jihad official"). Kin words are left out: "born in
/// Lakeview, the daughter of a farmer" names a town.
const PERSON_KINDS: &[&str] = &[
    "activist",
    "actor",
    "actress",
    "analyst",
    "architect",
    "athlete",
    "author",
    "banker",
    "bishop",
    "boxer",
    "businessman",
    "businesswoman",
    "captain",
    "coach",
    "commander",
    "composer",
    "cyclist",
    "defender",
    "diplomat",
    "director",
    "economist",
    "editor",
    "engineer",
    "entrepreneur",
    "explorer",
    "footballer",
    "founder",
    "goalkeeper",
    "golfer",
    "governor",
    "historian",
    "inventor",
    "investor",
    "journalist",
    "lawyer",
    "leader",
    "lecturer",
    "manager",
    "mathematician",
    "mayor",
    "midfielder",
    "minister",
    "musician",
    "novelist",
    "officer",
    "official",
    "painter",
    "philosopher",
    "physicist",
    "playwright",
    "poet",
    "politician",
    "president",
    "priest",
    "professor",
    "researcher",
    "scientist",
    "sculptor",
    "senator",
    "singer",
    "soldier",
    "songwriter",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "striker",
    "swimmer",
    "teacher",
    "writer",
];

/// Nouns for the head of a body that name a person's role without an article ("head of the
/// association"), beside [`PERSON_KINDS`].
const ROLE_HEADS: &[&str] = &["chair", "chairman", "chairwoman", "chief", "head"];

/// Words that may follow the kind's noun and open what is said of the name: the noun ends the
/// phrase there.
const AFTER_KIND: &[&str] = &[
    "after", "and", "at", "based", "before", "between", "during", "for", "founded", "from", "in",
    "known", "located", "near", "on", "owned", "run", "since", "that", "to", "under", "until",
    "where", "which", "who", "whose", "with",
];

/// The most words between the article and the kind's noun ("a Norwegian shipping firm").
const MAX_MODIFIERS: usize = 3;

/// `mentions` (sorted by start, disjoint) with the names that an apposition of a kind types;
/// see the module's documentation. `common` is the lexicon of ordinary words.
pub(crate) fn names_by_kind(
    text: &str,
    mut mentions: Vec<Mention>,
    common: &HashSet<u32, Hashed>,
) -> Vec<Mention> {
    let mut typed: Vec<(usize, usize, Label)> = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(", ").map(|i| from + i) {
        from = at + 2;
        let Some(label) = kind_after(&text[at + 2..]) else {
            continue;
        };
        let Some(start) = run_before(&text[..at]) else {
            continue;
        };
        let one_ordinary_word =
            !text[start..at].contains(' ') && is_common(common, &text[start..at]);
        if one_ordinary_word && starts_sentence(text, start) {
            continue;
        }
        // "In Tarrington, a teacher said": a name after a word of place is where the person
        // is, not the person ("of" excepted: "a friend of Hu Shih, the leader of …").
        if label == Label::Person
            && after_lead(text, start)
            && word_before(text, start) != Some("of")
        {
            continue;
        }
        // "Duncan Fairlie of Kelsmuir, author of …": without an article the role is the
        // whole name's, not the place's after "of".
        let article = ["a ", "an ", "the "]
            .iter()
            .any(|a| text[at + 2..].starts_with(a));
        if !article && word_before(text, start) == Some("of") {
            continue;
        }
        typed.push((start, at, label));
    }
    // "Velki Drenovac is a village in …", "Haldor Kvist (born 1960) is a Norwegian
    // politician": the subject of a definition, opening its sentence.
    for verb in [" is ", " was "] {
        let mut from = 0;
        while let Some(at) = text[from..].find(verb).map(|i| from + i) {
            from = at + verb.len();
            let Some(label) = kind_after(&text[from..]) else {
                continue;
            };
            let head = without_bracket(&text[..at]);
            let Some(run) = run_before(head) else {
                continue;
            };
            // "The Brenford Mill is a company": the article opens the sentence, not the name.
            let start = match text[run..head.len()].strip_prefix("The ") {
                Some(_) => run + "The ".len(),
                None => run,
            };
            let one_ordinary_word = !text[start..head.len()].contains(' ')
                && is_common(common, &text[start..head.len()]);
            // A name of three letters or more: "It is a town", "We are …" define none.
            let long_enough = head.len() - start >= 3;
            if long_enough && starts_sentence(text, run) && !one_ordinary_word {
                typed.push((start, head.len(), label));
            }
        }
    }
    for (start, end, label) in typed {
        let first = mentions.partition_point(|m| m.end <= start);
        let last = mentions.partition_point(|m| m.start < end);
        let read = &mentions[first..last];
        let free = read.is_empty()
            || (read.len() == 1
                && (read[0].start, read[0].end) == (start, end)
                && matches!(read[0].entity, EntityRef::Found(_))
                && matches!(read[0].label, Label::Person | Label::Place | Label::Org));
        if !free {
            continue;
        }
        mentions.splice(
            first..last,
            [Mention {
                start,
                end,
                label,
                rank: FOUND_RANK,
                entity: EntityRef::Found(canonical(&text[start..end])),
            }],
        );
    }
    mentions
}

/// `head` without a bracket that ends it ("Haldor Kvist (born 1960)" → "Haldor Kvist"), if a
/// space opens the bracket within a short reach.
fn without_bracket(head: &str) -> &str {
    const REACH: usize = 120;
    if !head.ends_with(')') {
        return head;
    }
    match head.rfind(" (") {
        Some(i) if head.len() - i <= REACH => &head[..i],
        _ => head,
    }
}

/// The label a noun phrase at the start of `rest` gives the name before its comma: "a
/// shipping firm, …" an organisation, "a village near …" a place.
fn kind_after(rest: &str) -> Option<Label> {
    let mut words = rest.split(' ');
    let first = words.next()?;
    if !matches!(first, "a" | "an" | "the") {
        return role_after(first, words.next()?);
    }
    for _ in 0..=MAX_MODIFIERS {
        let word = words.next()?;
        let noun = word.trim_end_matches([',', '.', ';', ':', ')']);
        let label = if ORG_KINDS.contains(&noun) {
            Some(Label::Org)
        } else if PLACE_KINDS.contains(&noun) {
            Some(Label::Place)
        } else if PERSON_KINDS.contains(&noun) {
            Some(Label::Person)
        } else {
            None
        };
        if let Some(label) = label {
            // "the leader of …", "a village of 300", but "a group of farmers", "a chain of
            // islands": an organisation's noun before "of" is a collective.
            let opens =
                |next: &str| AFTER_KIND.contains(&next) || (next == "of" && label != Label::Org);
            let ends = noun.len() < word.len() || words.next().is_none_or(opens);
            return ends.then_some(label);
        }
        if !word.chars().all(|c| c.is_alphanumeric() || c == '-') {
            return None;
        }
    }
    None
}

/// A person for a role named without an article, as news names the office a person holds:
/// "Kaveh Moradian, head of the association", "Dana Roe, spokeswoman for the ministry". The role
/// is a noun of [`PERSON_KINDS`] or [`ROLE_HEADS`] followed by "of", "for" or "at"; with no
/// article, a noun alone ("Smith, director") is too often the start of a list.
fn role_after(noun: &str, next: &str) -> Option<Label> {
    let role = PERSON_KINDS.contains(&noun) || ROLE_HEADS.contains(&noun);
    (role && matches!(next, "of" | "for" | "at")).then_some(Label::Person)
}

/// `mentions` (sorted by start, disjoint) with the places that a comma and a region name (or a
/// place and a comma name) read as places; see the module's documentation.
pub(crate) fn places_by_region(
    text: &str,
    mentions: Vec<Mention>,
    entities: &[EntityDef],
) -> Vec<Mention> {
    let is_region = |m: &Mention| match m.entity {
        EntityRef::Known(e) => {
            m.label == Label::Place
                && entities[e as usize]
                    .id
                    .as_deref()
                    .is_some_and(|id| id.starts_with("iso:"))
        }
        _ => false,
    };
    read_places(text, mentions, is_region)
}

/// [`places_by_region`] with the test of a region given.
fn read_places(
    text: &str,
    mut mentions: Vec<Mention>,
    is_region: impl Fn(&Mention) -> bool,
) -> Vec<Mention> {
    let mut places: Vec<(usize, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.label != Label::Place || !matches!(m.entity, EntityRef::Known(_)) {
            continue;
        }
        // The line is looked at only where a shape is found: read for every place, a long
        // paragraph would be read again for each of its places.
        let in_prose = || {
            let line = line_of(text, m.start);
            !is_title_case(line) && !is_shouted(line)
        };
        // The town before the region: "in Lakeview, Ohio".
        if is_region(m) && !text[m.end..].starts_with(['\'', '’']) {
            if let Some(head) = text[..m.start].strip_suffix(", ") {
                let from = run_before(head);
                if let Some(from) = from.filter(|&f| after_lead(text, f) && in_prose()) {
                    places.push((from, head.len()));
                }
            }
        }
        // The region after the town: "in Exeter, Devon."
        if after_lead(text, m.start) {
            if let Some(from) = text[m.end..].strip_prefix(", ").map(|_| m.end + 2) {
                let to = run_after(text, from);
                let next = mentions.get(i + 1);
                let clause = |t: usize| ends_clause(text, t, next, &is_region) && in_prose();
                if let Some(to) = to.filter(|&t| clause(t)) {
                    places.push((from, to));
                }
            }
        }
    }
    for (from, to) in places {
        let first = mentions.partition_point(|m| m.end <= from);
        let last = mentions.partition_point(|m| m.start < to);
        // A person of two words or more ("at Harrow, John Claridge.") is as the rules read
        // it: a town is seldom named like a full name.
        let claimed = mentions[first..last].iter().any(|m| {
            m.label != Label::Person
                || matches!(m.entity, EntityRef::Known(_))
                || text[m.start..m.end].contains(' ')
                || m.start < from
                || m.end > to
        });
        if claimed {
            continue;
        }
        mentions.splice(
            first..last,
            [Mention {
                start: from,
                end: to,
                label: Label::Place,
                rank: FOUND_RANK,
                entity: EntityRef::Found(canonical(&text[from..to])),
            }],
        );
    }
    mentions
}

/// Whether a word is written as a name: a capital, then at least one lower-case letter, and
/// only letters, hyphens, apostrophes and a full stop ("Lakeview", "St.", "O'Fallon",
/// "Winston-Salem"); not a month or a weekday ("in May, Ohio voted").
fn is_name_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        && !is_month_or_weekday(word.trim_end_matches('.'))
}

/// The start of the run of name words that ends `head` (one space between words), if any. A
/// word of place ("In St. Olaf") ends the run: it is the word before it.
fn run_before(head: &str) -> Option<usize> {
    let mut start = None;
    let mut end = head.len();
    for _ in 0..MAX_WORDS {
        let from = head[..end].rfind(' ').map_or(0, |i| i + 1);
        let word = &head[from..end];
        if !is_name_word(word) || LEADS.iter().any(|l| l.eq_ignore_ascii_case(word)) {
            break;
        }
        start = Some(from);
        if from == 0 {
            break;
        }
        end = from - 1;
    }
    start
}

/// The end of the run of name words (one or two, one space between them) that starts at `from`,
/// if any.
fn run_after(text: &str, from: usize) -> Option<usize> {
    let mut end = from;
    for n in 0..MAX_REGION_WORDS {
        let start = if n == 0 { from } else { end + 1 };
        if n > 0 && !text[end..].starts_with(' ') {
            break;
        }
        let len = text[start..]
            .find(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
            .unwrap_or(text.len() - start);
        // A full stop that ends the clause is no part of the word ("Devon." ; "St." keeps it).
        let word = &text[start..start + len];
        let word = match word.strip_suffix('.') {
            Some(stem) if stem.chars().count() > 3 => stem,
            _ => word,
        };
        if !is_name_word(word) {
            break;
        }
        end = start + word.len();
    }
    (end > from).then_some(end)
}

/// Whether the word before `start` (on its line) puts a thing in a place.
fn after_lead(text: &str, start: usize) -> bool {
    word_before(text, start).is_some_and(|w| LEADS.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

/// Whether a region named up to `end` ends its clause there: the text's or the line's end, a
/// full stop, a semicolon, a colon, a closing bracket, or a comma before a region the gazetteer
/// knows (`next`, the first mention after the run) or a reference mark ("[4]").
fn ends_clause(
    text: &str,
    end: usize,
    next: Option<&Mention>,
    is_region: &impl Fn(&Mention) -> bool,
) -> bool {
    let rest = &text[end..];
    if rest.is_empty() || rest.starts_with(['.', ';', ':', ')', '\n', '\r']) {
        return true;
    }
    let Some(after) = rest.strip_prefix(", ") else {
        return false;
    };
    after.starts_with('[') || next.is_some_and(|n| n.start == end + 2 && is_region(n))
}

/// Hand-made mentions for the post-tagger rules' tests.
#[cfg(test)]
pub(crate) mod fixtures {
    use crate::annotator::{EntityRef, Mention};
    use crate::label::Label;

    /// The mentions of each group's names in `text` (each at its first occurrence), with the
    /// group's label and entity, sorted by start.
    pub(crate) fn mentions(text: &str, groups: &[(&[&str], Label, EntityRef)]) -> Vec<Mention> {
        let mut mentions: Vec<Mention> = Vec::new();
        for (names, label, entity) in groups {
            mentions.extend(names.iter().map(|s| {
                let start = text.find(s).expect("the name is in the text");
                Mention {
                    start,
                    end: start + s.len(),
                    label: *label,
                    rank: 0,
                    entity: entity.clone(),
                }
            }));
        }
        mentions.sort_by_key(|m| m.start);
        mentions
    }

    /// Each mention's text and label.
    pub(crate) fn labelled(text: &str, mentions: Vec<Mention>) -> Vec<(String, Label)> {
        mentions
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::{labelled, mentions};
    use super::*;

    /// `text` read with `regions` (ISO-coded regions and countries), `towns` (other places the
    /// gazetteer knows) and `people` (persons the rules found), through the rule: each name
    /// with its label.
    fn read(text: &str, regions: &[&str], towns: &[&str], people: &[&str]) -> Vec<(String, Label)> {
        let read = mentions(
            text,
            &[
                (regions, Label::Place, EntityRef::Known(1)),
                (towns, Label::Place, EntityRef::Known(2)),
                (people, Label::Person, EntityRef::Found(String::new())),
            ],
        );
        labelled(
            text,
            read_places(text, read, |m| m.entity == EntityRef::Known(1)),
        )
    }

    fn place(name: &str) -> (String, Label) {
        (name.to_string(), Label::Place)
    }

    #[test]
    fn a_town_before_a_comma_and_a_region_is_a_place() {
        assert_eq!(
            read(
                "She was born in Lakeview, Ohio, in 1950.",
                &["Ohio"],
                &[],
                &[]
            ),
            [place("Lakeview"), place("Ohio")]
        );
        assert_eq!(
            read(
                "He grew up near Santa Rosa Beach, Florida.",
                &["Florida"],
                &[],
                &[]
            ),
            [place("Santa Rosa Beach"), place("Florida")]
        );
        assert_eq!(
            read(
                "In St. Olaf, Minnesota, it snowed.",
                &["Minnesota"],
                &[],
                &[]
            ),
            [place("St. Olaf"), place("Minnesota")]
        );
    }

    #[test]
    fn a_town_read_as_a_person_becomes_the_place() {
        assert_eq!(
            read(
                "They live in Marlow, Oklahoma now.",
                &["Oklahoma"],
                &[],
                &["Marlow"]
            ),
            [place("Marlow"), place("Oklahoma")]
        );
    }

    #[test]
    fn a_name_after_a_town_and_a_comma_that_ends_the_clause_is_its_region() {
        assert_eq!(
            read(
                "He was born in Exeter, Devon.",
                &[],
                &["Exeter"],
                &["Devon"]
            ),
            [place("Exeter"), place("Devon")]
        );
        assert_eq!(
            read(
                "a native of Oldham, Lancashire, England",
                &["England"],
                &["Oldham"],
                &[]
            ),
            [place("Oldham"), place("Lancashire"), place("England")]
        );
        assert_eq!(
            read("a school in Exeter, Devon, [4] and", &[], &["Exeter"], &[]),
            [place("Exeter"), place("Devon")]
        );
    }

    #[test]
    fn no_place_without_a_word_of_place_before_it() {
        // A list of people and their countries, a sports result, a greeting.
        assert_eq!(
            read(
                "1. Jan Kessler, Germany 4:12",
                &["Germany"],
                &[],
                &["Jan Kessler"]
            ),
            [("Jan Kessler".to_string(), Label::Person), place("Germany")]
        );
        assert_eq!(read("Thanks, Ohio!", &["Ohio"], &[], &[]), [place("Ohio")]);
    }

    #[test]
    fn a_name_after_a_town_that_goes_on_is_no_region() {
        // "In Baghdad, Ahmed said", "In Iraq, I said", "born in Exeter, Devon Smith".
        assert_eq!(
            read("In Velmar, Ahmed said no.", &[], &["Velmar"], &["Ahmed"]),
            [place("Velmar"), ("Ahmed".to_string(), Label::Person)]
        );
        assert_eq!(
            read(
                "a boy at Velmar, John Claridge.",
                &[],
                &["Velmar"],
                &["John Claridge"]
            ),
            [
                place("Velmar"),
                ("John Claridge".to_string(), Label::Person)
            ]
        );
        assert_eq!(
            read("In Velmar, I said no.", &[], &["Velmar"], &[]),
            [place("Velmar")]
        );
        assert_eq!(
            read("In Velmar, Smith, a farmer, said", &[], &["Velmar"], &[]),
            [place("Velmar")]
        );
    }

    #[test]
    fn other_readings_months_possessives_and_headlines_are_left_alone() {
        // An organisation the rules read, a month, a region's possessive, a title-case line.
        let mut mentions = vec![Mention {
            start: 7,
            end: 19,
            label: Label::Org,
            rank: 0,
            entity: EntityRef::Found(String::new()),
        }];
        let text = "She is at Brenford Mill, Ohio.";
        mentions[0].start = text.find("Brenford").unwrap();
        mentions[0].end = mentions[0].start + "Brenford Mill".len();
        let ohio = text.find("Ohio").unwrap();
        mentions.push(Mention {
            start: ohio,
            end: ohio + 4,
            label: Label::Place,
            rank: 0,
            entity: EntityRef::Known(1),
        });
        let read_back = read_places(text, mentions, |m| m.entity == EntityRef::Known(1));
        assert_eq!(read_back[0].label, Label::Org);
        assert_eq!(
            read("It rained in May, Ohio said.", &["Ohio"], &[], &[]),
            [place("Ohio")]
        );
        assert_eq!(
            read(
                "He served in Congress, Ohio's senator said.",
                &["Ohio"],
                &[],
                &[]
            ),
            [place("Ohio")]
        );
        assert_eq!(
            read("Storm In Lakeview, Ohio Kills Three", &["Ohio"], &[], &[]),
            [place("Ohio")]
        );
    }

    /// `text` through [`names_by_kind`], with the `found` names the rules read (as people):
    /// each name with its label.
    fn kinds(text: &str, found: &[&str]) -> Vec<(String, Label)> {
        let read = mentions(
            text,
            &[(found, Label::Person, EntityRef::Found(String::new()))],
        );
        labelled(
            text,
            names_by_kind(text, read, &crate::lexicon::common_words()),
        )
    }

    #[test]
    fn a_kind_after_a_comma_types_the_name_before_it() {
        let org = |s: &str| (s.to_string(), Label::Org);
        assert_eq!(
            kinds(
                "chief of Halvorsen, a Norwegian shipping firm based in Oslo",
                &[]
            ),
            [org("Halvorsen")]
        );
        assert_eq!(
            kinds(
                "They bought Dellware Systems, the company that made it.",
                &[]
            ),
            [org("Dellware Systems")]
        );
        assert_eq!(
            kinds("He was born at Stridon, a village near Aquileia.", &[]),
            [place("Stridon")]
        );
        assert_eq!(
            kinds("influenced by Orvane Tallis, a 17th-century writer.", &[]),
            [("Orvane Tallis".to_string(), Label::Person)]
        );
        assert_eq!(
            kinds("a friend of Hu Tarrow, the leader of the movement", &[]),
            [("Hu Tarrow".to_string(), Label::Person)]
        );
        assert_eq!(
            kinds(
                "the CEO of Halvorsen, the hotel chain, said",
                &["Halvorsen"]
            ),
            [org("Halvorsen")],
            "a name the rules read as a person"
        );
    }

    #[test]
    fn sports_sides_groups_and_office_holders_are_kinds_too() {
        assert_eq!(
            kinds("they beat Tarvik, the Premier League side, on Sunday", &[]),
            [("Tarvik".to_string(), Label::Org)]
        );
        assert_eq!(
            kinds("said Anna Tarrow, the foreign minister, on Monday", &[]),
            [("Anna Tarrow".to_string(), Label::Person)]
        );
        assert!(
            kinds("Tarvik, the president said, will wait.", &[]).is_empty(),
            "a parenthetical speech verb names nobody"
        );
    }

    #[test]
    fn a_definition_types_the_name_that_opens_its_sentence() {
        assert_eq!(
            kinds("Velki Drenovac is a village in the municipality.", &[]),
            [place("Velki Drenovac")]
        );
        assert_eq!(
            kinds(
                "Haldor Kvist (born 1960) is a Norwegian politician for the party.",
                &[]
            ),
            [("Haldor Kvist".to_string(), Label::Person)]
        );
        assert_eq!(
            kinds("Talk. The Brenford Mill was a company that made rope.", &[]),
            [("Brenford Mill".to_string(), Label::Org)]
        );
        for text in [
            "It is a town in the hills.",
            "They said Velmar is a town in the hills.",
            "Velmar is a town councillor.",
        ] {
            assert!(kinds(text, &[]).is_empty(), "{text:?} defines no name");
        }
    }

    #[test]
    fn no_kind_where_the_noun_goes_on_or_opens_the_sentence() {
        // A noun before another noun, before "of", after a possessive; an ordinary word
        // opening the sentence; a full name.
        for text in [
            "Said Halvorsen, a company spokesman, today.",
            "They met the Velmari, a group of farmers.",
            "It hit Kestrel, the city's port.",
            "However, a company said no.",
            "In Tarrington, a teacher said no.",
            "born in Tarrington, the daughter of a farmer",
        ] {
            assert!(
                kinds(text, &[]).is_empty(),
                "{text:?} names nothing by a kind"
            );
        }
        let read = kinds("said Jon Tarrow, a company founder", &["Jon Tarrow"]);
        assert_eq!(read, [("Jon Tarrow".to_string(), Label::Person)]);
    }

    #[test]
    fn a_role_without_an_article_types_a_person() {
        let person = |name: &str| vec![(name.to_string(), Label::Person)];
        assert_eq!(
            kinds("Masoud Tavani, head of the association, said so.", &[]),
            person("Masoud Tavani")
        );
        assert_eq!(
            kinds("said Dana Roeth, spokeswoman for the ministry.", &[]),
            person("Dana Roeth")
        );
        assert_eq!(
            kinds("Lena Varga, director at the museum, left.", &[]),
            person("Lena Varga")
        );
    }

    #[test]
    fn no_role_without_an_article_where_no_of_for_or_at_follows() {
        for text in [
            // A noun alone, as lists and headlines run.
            "Brenna Holt, director, producer and writer",
            // An ordinary word opening the sentence, a place before the comma, a place after
            // "of", a month, a weekday.
            "However, head of the firm Koval left.",
            "In Tarrington, head of the police said no.",
            "Duncan Fairlie of Kelsmuir, author of a history",
            "In May, head of the board Ivo Kask left.",
            "On Monday, head of the board Ivo Kask left.",
        ] {
            assert!(
                kinds(text, &[]).is_empty(),
                "{text:?} names nothing by a role"
            );
        }
    }
}
