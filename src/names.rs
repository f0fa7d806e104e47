//! Names that no list holds, found by rules over runs of capitalised words.
//!
//! A gazetteer knows "Donald Trump" but not "Matt Tueller", the embassy's envoy. The rules here
//! read the words around a capitalised run the way a reader does:
//!
//! - a run ending in an organisation word ("… Ministry", "… Forces", "… Council") or opening
//!   with one ("Ministry of …", "Kataib …") is an ORG, and one ending in a place word
//!   ("… Square", "… Province") is a PLACE;
//! - a run right after a title or role ("envoy Matt Tueller", "minister for Gulf affairs Thamer
//!   al-Sabhan", "Dr. Jane Roe") is a PERSON, and so is one that opens with a known given name
//!   ("Mohammed Ali al-Hakim") or stands as the subject or object of a speech verb ("Tueller
//!   said", "said Tueller");
//! - once a person is known, a later (or earlier) bare surname or given name refers to them.
//!
//! Name particles (al-, bin, ibn, abu, van, von, de, da, …) stay inside a name. Sentence-initial
//! function words, weekdays and months, all-capitals lines, hashtags and handles are not names.
//! Every rule fires only on a run that holds at least one word the gazetteer did not already
//! account for, so the rules add to the gazetteer and never relabel what it knows.

use crate::context::starts_sentence;
use crate::facts::NamedMention;
use crate::fast_hash::{FastMap, FastSet};
use crate::label::Label;
use crate::lexicon::is_common;
use crate::tagger::Hashed;
use crate::tokens::{is_capitalised, Token};
use crate::words::{is_month_or_weekday, SPEECH_VERBS_OF_PEOPLE};
use std::collections::HashSet;

/// Given names, compiled in from `data/names/*.txt` (one a line).
const NAME_SOURCES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/name_sources.rs"));

/// A name found by the rules: a byte range, its label and the canonical name it refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundName {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub name: String,
}

/// The rules, with the given names they know.
#[derive(Debug, Clone)]
pub(crate) struct NameRules {
    given_names: FastSet<&'static str>,
    /// Ordinary English words (see [`crate::lexicon`]).
    common: HashSet<u32, Hashed>,
}

/// Last words that make a capitalised run an organisation, by class: government, armed forces
/// and courts; learning, culture and science ("… Conservatory", "… Symphony Orchestra", "…
/// Laboratory"); trade ("… Chamber of Commerce", "… Stock Exchange", "… Partners", "…
/// Insurance", "… Futures", "… Books", "Law Offices of …"); media, music and film ("… Herald",
/// "… Radio", "… Records", "… Pictures", "… Productions");
/// faith and politics ("… Brotherhood", "… Diocese"). Each is a word a place, a person or an
/// event name seldom ends with.
const ORG_TAILS: &[&str] = &[
    "Academy",
    "Administration",
    "Agency",
    "Airlines",
    "Airways",
    "Alliance",
    "Archdiocese",
    "Army",
    "Assembly",
    "Associates",
    "Association",
    "Authority",
    "Bancorp",
    "Bank",
    "Battalion",
    "Board",
    "Books",
    "Brigade",
    "Brigades",
    "Broadcasting",
    "Brotherhood",
    "Bulletin",
    "Bureau",
    "Cabinet",
    "Caucus",
    "Center",
    "Centre",
    "Chamber",
    "Chronicle",
    "Church",
    "Club",
    "Coalition",
    "College",
    "Command",
    "Commission",
    "Committee",
    "Company",
    "Conference",
    "Congress",
    "Conservatory",
    "Consortium",
    "Consulate",
    "Cooperative",
    "Corporation",
    "Corps",
    "Council",
    "Courier",
    "Court",
    "Department",
    "Diocese",
    "Directorate",
    "Embassy",
    "Enterprises",
    "Entertainment",
    "Exchange",
    "Federation",
    "Films",
    "Force",
    "Forces",
    "Foundation",
    "Freight",
    "Front",
    "Fund",
    "Futures",
    "Gazette",
    "Government",
    "Group",
    "Guard",
    "Guards",
    "Herald",
    "Holding",
    "Holdings",
    "Hospital",
    "Industries",
    "Institute",
    "Institution",
    "Insurance",
    "Investments",
    "Journal",
    "Lab",
    "Laboratories",
    "Laboratory",
    "Labs",
    "League",
    "Legion",
    "Libraries",
    "Library",
    "Logistics",
    "Magazine",
    "Mail",
    "Marines",
    "Militia",
    "Ministries",
    "Ministry",
    "Mission",
    "Monthly",
    "Motors",
    "Motorsports",
    "Movement",
    "Municipality",
    "Navy",
    "Network",
    "News",
    "Office",
    "Offices",
    "Orchestra",
    "Organisation",
    "Organization",
    "Parliament",
    "Partners",
    "Party",
    "Petroleum",
    "Pharmaceuticals",
    "Philharmonic",
    "Pictures",
    "Police",
    "Polytechnic",
    "Post",
    "Press",
    "Productions",
    "Properties",
    "Publishers",
    "Publishing",
    "Radio",
    "Realty",
    "Records",
    "Regiment",
    "Restaurants",
    "School",
    "Secretariat",
    "Securities",
    "Seminary",
    "Senate",
    "Service",
    "Services",
    "Society",
    "Squadron",
    "Studios",
    "Syndicate",
    "Synod",
    "Technologies",
    "Telecom",
    "Telegraph",
    "Television",
    "Times",
    "Transport",
    "Tribunal",
    "Tribune",
    "Trust",
    "Union",
    "Universiteit",
    "University",
    "Universität",
    "Ventures",
    "Weekly",
];

/// Industries a firm's name ends with ("Brixley Mining", "Zorvale Software", "Kestrel
/// Resources"). Unlike [`ORG_TAILS`] they also end names of fields and concepts ("Geographic
/// Information Systems", "Open Educational Resources", "Conservation of Energy"), so they make
/// an organisation only of a run with a word that is no ordinary word and no connector ("the
/// Paris Declaration on Open Education Resources" is a text). Left out: "Gold",
/// "Oil", "Power", "Steel", which are surnames too.
const INDUSTRY_TAILS: &[&str] = &[
    "Aerospace",
    "Brands",
    "Capital",
    "Chemicals",
    "Communications",
    "Electronics",
    "Energy",
    "Financial",
    "Foods",
    "Hotels",
    "Metals",
    "Minerals",
    "Mining",
    "Networks",
    "Resources",
    "Shipping",
    "Software",
    "Systems",
    "Therapeutics",
    "Utilities",
];

/// A company's legal form, which ends its name ("Siemens AG", "Ford Motor Co", "Kestrel
/// Holdings plc", "Acme, Inc."): the forms of English, German, French, Dutch, Nordic, Italian and
/// Asian company law that wire copy writes. "plc" is the one written in lower case; "Inc",
/// "Ltd", "LLC", "Corp" and "Co" may follow a comma. Left out: "AS", "SE" and "PA", English
/// words or compass points in capitals.
const LEGAL_FORMS: &[&str] = &[
    "AB", "AG", "ASA", "BV", "Bhd", "Co", "Corp", "GmbH", "Inc", "LLC", "LLP", "Limited", "Ltd",
    "NV", "Oyj", "PLC", "Plc", "Pty", "SA", "SpA", "plc",
];

/// The legal forms a comma may stand before ("Acme, Inc.").
const LEGAL_FORMS_AFTER_COMMA: &[&str] = &["Co", "Corp", "Inc", "LLC", "Ltd"];

/// First words that make a capitalised run an organisation ("Ministry of …", "Kataib …",
/// "Universidad Nacional …").
const ORG_HEADS: &[&str] = &[
    "Ansar",
    "Asaib",
    "Banco",
    "Bank",
    "Church",
    "Council",
    "Court",
    "Department",
    "Harakat",
    "Hizb",
    "Institut",
    "Instituto",
    "Jaish",
    "Kataib",
    "Liwa",
    "Ministry",
    "Municipality",
    "Office",
    "Saraya",
    "Universidad",
    "Universidade",
    "University",
    "Università",
    "Université",
];

/// Last words that make a capitalised run a place: kinds of land and water ("… Creek", "…
/// Glacier"), roads and streets ("… Turnpike", "… Terrace"), buildings and works that are
/// places to go to ("… Stadium", "… Pier").
const PLACE_TAILS: &[&str] = &[
    "Airport",
    "Avenue",
    "Base",
    "Basin",
    "Bay",
    "Beach",
    "Blvd",
    "Boulevard",
    "Bridge",
    "Camp",
    "Canal",
    "Canyon",
    "Castle",
    "Cathedral",
    "Cemetery",
    "Cliffs",
    "Coast",
    "County",
    "Creek",
    "Dam",
    "Delta",
    "Desert",
    "District",
    "Falls",
    "Gardens",
    "Glacier",
    "Governorate",
    "Hall",
    "Harbor",
    "Harbour",
    "Heights",
    "Highlands",
    "Highway",
    "Hills",
    "Hotel",
    "Island",
    "Islands",
    "Keys",
    "Lagoon",
    "Lake",
    "Lakes",
    "Monument",
    "Mosque",
    "Mountains",
    "Ocean",
    "Palace",
    "Park",
    "Parkway",
    "Peninsula",
    "Pier",
    "Plains",
    "Plateau",
    "Plaza",
    "Province",
    "Reef",
    "Region",
    "River",
    "Rivers",
    "Road",
    "Sea",
    "Shore",
    "Springs",
    "Square",
    "Stadium",
    "Station",
    "Strait",
    "Street",
    "Strip",
    "Terrace",
    "Theater",
    "Theatre",
    "Tower",
    "Towers",
    "Trail",
    "Tunnel",
    "Turnpike",
    "Valley",
    "Village",
    "Wharf",
    "Woods",
    "Zoo",
];

/// Words that make a place of a run they open before "of" ("Gulf of Mexico", "Isle of Man",
/// "Cape of Good Hope"), but not of one they end: "Daniel Gulf" may be a person.
const PLACE_HEADS: &[&str] = &["Cape", "Gulf", "Isle", "Isles"];

/// Words that make a place of a short run they open, with no "of": "Lake Erie", "Mount
/// Kembla", "Port Hutt". Unlike "Cape" or "Gulf", none of them ends a person's name or opens a
/// company's, and a run they open that ends in an organisation's word is still that
/// organisation ("Lake Forest College", "Port Authority").
const PLACE_OPENERS: &[&str] = &["Lake", "Mount", "Mt", "Port"];

/// Lower-case nouns for a kind of place that name the place after "of": "the neighbourhood of
/// Mansour", "the village of Qaryat Saleh", "the state of Kerala". A name there is a place
/// whatever it would be alone (Mansour is also a given name). "area" and "part" are left out:
/// "an area of Physics", "part of Google".
const PLACE_KINDS_BEFORE_OF: &[&str] = &[
    "borough",
    "capital",
    "cities",
    "city",
    "counties",
    "county",
    "district",
    "districts",
    "governorate",
    "hamlet",
    "island",
    "islands",
    "municipality",
    "neighborhood",
    "neighborhoods",
    "neighbourhood",
    "neighbourhoods",
    "port",
    "province",
    "provinces",
    "region",
    "state",
    "suburb",
    "suburbs",
    "town",
    "towns",
    "village",
    "villages",
];

/// Lower-case nouns for a kind of place that follow the place they name and stay out of its
/// span: "the Mansour district", "Karrada neighbourhood". "town" and "city" are left out ("the
/// Hebron town council", "a Boston city bus").
const PLACE_KINDS_AFTER: &[&str] = &[
    "district",
    "governorate",
    "neighborhood",
    "neighbourhood",
    "province",
    "region",
    "suburb",
    "village",
];

/// Plural words that, after a place, name an event or the place's people rather than a team:
/// "the Sydney Olympics", "the Baghdad Talks", "the Santa Cruz Lectures".
const EVENT_PLURALS: &[&str] = &[
    "Accords",
    "Awards",
    "Championships",
    "Elections",
    "Games",
    "Lectures",
    "Olympics",
    "Paralympics",
    "Protests",
    "Residents",
    "Riots",
    "Talks",
];

/// Forms of the Arabic article, which join a name only with a hyphen ("as-Sadr", not "as the").
const ARABIC_ARTICLES: &[&str] = &["ad", "al", "an", "ar", "as", "ash", "at", "az", "el"];

/// Lower-case words that stay inside a name ("Thamer al-Sabhan", "Mohammed bin Salman").
const PARTICLES: &[&str] = &[
    "abd", "abu", "ad", "al", "an", "ar", "as", "ash", "at", "az", "bin", "bint", "da", "das",
    "de", "del", "della", "den", "der", "di", "dos", "du", "el", "ibn", "la", "le", "ud", "ul",
    "van", "von",
];

/// Lower-case words that join the parts of an organisation's or a place's name.
const CONNECTORS: &[&str] = &["and", "for", "of", "on", "the"];

/// Honorifics that mark the next run as a person even where no title is in the gazetteer.
const HONORIFICS: &[&str] = &[
    "Capt",
    "Col",
    "Dame",
    "Dr",
    "Gen",
    "Imam",
    "Lady",
    "Lord",
    "Lt",
    "Maj",
    "Miss",
    "Mr",
    "Mrs",
    "Ms",
    "Prof",
    "Professor",
    "Rev",
    "Sayyid",
    "Sgt",
    "Sheikh",
    "Sir",
];

/// Given names that are also common English words, left out of the given-name lists for that
/// reason: they open a name only inside a sentence ("met Mark Rathbun", not "Will Iran act?").
const COMMON_WORD_GIVEN_NAMES: &[&str] = &[
    "April", "Art", "Autumn", "Bill", "Bob", "Buck", "Carol", "Chase", "Chuck", "Dawn", "Dean",
    "Don", "Drew", "Earl", "Eve", "Faith", "Frank", "Gene", "Grace", "Grant", "Guy", "Hope",
    "Hunter", "Iris", "Ivy", "Jack", "Jay", "Jean", "Joy", "June", "Lane", "Mark", "Mason", "Max",
    "May", "Miles", "Norm", "Pat", "Penny", "Ray", "Reed", "Rich", "Rob", "Rose", "Ruby", "Rusty",
    "Sandy", "Sky", "Sterling", "Sue", "Summer", "Ted", "Victor", "Violet", "Wade", "Will",
];

/// Given names that are also the names of countries or cities, which the gazetteer reads as
/// places: before an unknown name they open a person ("Jordan Peterson").
const PLACE_GIVEN_NAMES: &[&str] = &[
    "Adelaide",
    "Austin",
    "Brooklyn",
    "Charlotte",
    "Chelsea",
    "Dallas",
    "Denver",
    "Florence",
    "Georgia",
    "India",
    "Israel",
    "Jordan",
    "Kenya",
    "Lincoln",
    "Madison",
    "Orlando",
    "Paris",
    "Phoenix",
    "Savannah",
    "Sydney",
    "Troy",
    "Victoria",
];

/// Capitalised words that are not names: function words that open sentences and words that
/// capitalise in headlines. Weekdays and months are not names either (dates, found elsewhere):
/// see [`is_month_or_weekday`].
pub(crate) const NOT_NAMES: &[&str] = &[
    "A",
    "About",
    "According",
    "After",
    "Again",
    "Against",
    "All",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Can",
    "Despite",
    "During",
    "Each",
    "Earlier",
    "Even",
    "Every",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "It",
    "Its",
    "Just",
    "Last",
    "Later",
    "Meanwhile",
    "More",
    "Most",
    "Much",
    "My",
    "Neither",
    "Never",
    "Next",
    "No",
    "Nor",
    "Not",
    "Now",
    "Of",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Over",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "To",
    "Today",
    "Tomorrow",
    "Under",
    "Until",
    "Upon",
    "We",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Without",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// How a word is joined to the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gap {
    /// Spaces only, on one line.
    Space,
    /// A hyphen ("al-Hakim").
    Hyphen,
    /// Anything else: punctuation, a line break, the start of the text.
    Break,
}

/// A word of the text.
#[derive(Debug, Clone, Copy)]
struct Word<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    gap: Gap,
    /// The gazetteer mention covering the word, if any.
    known: Option<usize>,
    /// Whether the word's line is written in capitals (a headline).
    shouted: bool,
    /// Whether the word's line is a title-case headline.
    titled: bool,
    /// Whether the covering mention is one a person's name outranks.
    weak: bool,
}

impl Word<'_> {
    fn is_capitalised(&self) -> bool {
        is_capitalised(self.text)
    }

    fn is_particle(&self) -> bool {
        listed(PARTICLES, self.text)
    }

    fn is_connector(&self) -> bool {
        listed(CONNECTORS, self.text)
    }
}

impl NameRules {
    /// The rules with the compiled-in given names.
    pub fn default_data() -> NameRules {
        // About a name per 7 bytes (the lists average 7.3): counting the lines first cost more
        // than growing the set would.
        let count = NAME_SOURCES.iter().map(|(_, list)| list.len() / 7).sum();
        let names = NAME_SOURCES.iter().flat_map(|(_, list)| list.lines());
        NameRules::with_given_names(names, count)
    }

    /// The rules with these given names (about `count` of them). The set borrows them, sized
    /// once and unallocated: building it is on the page's cold load, before the first highlight.
    pub fn with_given_names(
        names: impl IntoIterator<Item = &'static str>,
        count: usize,
    ) -> NameRules {
        let mut given_names = FastSet::with_capacity_and_hasher(count, Default::default());
        given_names.extend(names.into_iter().map(str::trim).filter(|n| !n.is_empty()));
        NameRules {
            common: crate::lexicon::common_words(),
            given_names,
        }
    }

    /// The names in `text` that the resolved gazetteer mentions `known` (sorted, disjoint)
    /// do not already cover. `weak[i]` tells that `known[i]` is a reading a person's name
    /// outranks (a town that is also a surname: "Montalvo", "Claudio"): a given name there may
    /// open a person, and a known person's surname there refers to them. Such a found name
    /// spans exactly the weak mention and must replace it.
    pub fn find(
        &self,
        text: &str,
        tokens: &[Token],
        known: &[NamedMention<'_>],
        weak: &[bool],
    ) -> Vec<FoundName> {
        let words = words(text, tokens, known, weak);
        let mut found = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let Some(end) = run_end(text, &words, known, i) else {
                i += 1;
                continue;
            };
            found.extend(self.classify(text, &words, known, i, end));
            i = end;
        }
        let persons = self.person_words(&found, known);
        found.extend(refer_back(&words, &found, &persons));
        found.sort_by_key(|f| f.start);
        let alone = self.given_names_alone(text, &words, &found);
        found.extend(alone);
        found
    }

    /// A given name standing alone inside a sentence ("thanks to Greg", "Julie wrote back")
    /// is a person the text names by first name: a capitalised word no mention covers, in the
    /// given-name lists, not also an ordinary word, and not the only word of a run longer than
    /// itself. Opening a sentence, where the capital says nothing, it counts only as the
    /// subject of a verb of [`SUBJECT_FOLLOWERS`], before a comma (whom a message addresses)
    /// or alone before the sentence's end ("Suzanne is pregnant", "Greg, I faxed it", "Thanks.
    /// Julie."), and never after "St." or an initial ("St. Mary", "R.E. Glenn"): the given-name
    /// lists hold words such as "Flora" and "Marina" that open sentences as ordinary words.
    fn given_names_alone(&self, text: &str, words: &[Word], found: &[FoundName]) -> Vec<FoundName> {
        let mut next = 0;
        let mut out = Vec::new();
        for (i, w) in words.iter().enumerate() {
            while next < found.len() && found[next].end <= w.start {
                next += 1;
            }
            let covered = w.known.is_some() || found.get(next).is_some_and(|f| f.start <= w.start);
            // A run of other capitalised words makes the name longer than this one word; the
            // same word repeated does not ("Renee Renee").
            let other_name = |o: &Word| o.is_capitalised() && o.text != w.text;
            let next_joined = words
                .get(i + 1)
                .is_some_and(|n| n.gap != Gap::Break && other_name(n));
            let prev_joined =
                w.gap != Gap::Break && i.checked_sub(1).is_some_and(|p| other_name(&words[p]));
            let in_run = next_joined || prev_joined;
            if covered
                || in_run
                || w.shouted
                || !self.given_names.contains(w.text)
                || listed(COMMON_WORD_GIVEN_NAMES, w.text)
                || (starts_sentence(text, w.start)
                    && (self.is_common(w.text) || !opens_as_a_person(text, w.start, w.end)))
            {
                continue;
            }
            out.push(FoundName {
                start: w.start,
                end: w.end,
                label: Label::Person,
                name: w.text.to_string(),
            });
        }
        out
    }

    /// Classifies the run `words[from..to]`; a run that is no single name is split at its
    /// connectors and the parts classified alone.
    fn classify(
        &self,
        text: &str,
        words: &[Word],
        known: &[NamedMention],
        from: usize,
        to: usize,
    ) -> Vec<FoundName> {
        let run = &words[from..to];
        if run.iter().all(|w| w.known.is_some()) && covered_by_one(run) {
            return vec![];
        }
        let first = run[0];
        let last = run[run.len() - 1];
        let end = name_end(text, first.start, last.end);
        let name = |label| FoundName {
            start: first.start,
            end,
            label,
            name: canonical(&text[first.start..end]),
        };
        // The word that decides an organisation or place: the last one, or the one before the
        // first connector ("Union of Rationalist Atheists", "Gulf of Aden").
        let connector = run.iter().position(|w| w.is_connector());
        // "and" joins two names more often than it joins the parts of one ("the Ministry and
        // Hezbollah"), so it never makes the word before it the head.
        let head = connector
            .filter(|&c| run[c].text != "and")
            .map_or(last, |c| run[c.saturating_sub(1)]);
        // "the University of Michigan and Columbia University", "The New York Times and ABC
        // News": two names joined by "and", the first one whole by its own head word and the
        // second one a name by itself, are two names, not one.
        if let Some(and) = (1..run.len().saturating_sub(1)).find(|&k| run[k].text == "and") {
            // The second name opens after any connector ("… and the European Union").
            let next = (from + and + 1..to)
                .find(|&k| !words[k].is_connector())
                .unwrap_or(to);
            let right = &words[next..to];
            let known_whole = !right.is_empty()
                && right.iter().all(|w| w.known.is_some())
                && covered_by_one(right);
            if has_name_head(&run[..and]) && !right.is_empty() {
                let second = self.classify(text, words, known, next, to);
                if known_whole || !second.is_empty() {
                    let mut parts = self.classify(text, words, known, from, from + and);
                    parts.extend(second);
                    return parts;
                }
            }
        }
        if let Some(rest) = self.after_opening_word(text, run) {
            return self.classify(text, words, known, from + rest, to);
        }
        // "shares in Zorvale", "a stake in Zorvale", "Zorvale shares rose": the market's words
        // for a company.
        let traded_before = from >= 2
            && matches!(words[from - 1].text, "in" | "of")
            && matches!(
                words[from - 2].text,
                "shares" | "Shares" | "stake" | "stock"
            )
            && words[from - 1].gap == Gap::Space
            && first.gap == Gap::Space;
        let traded_after = words
            .get(to)
            .is_some_and(|w| w.text == "shares" && w.gap == Gap::Space);
        if !first.titled && run.len() <= 4 && (traded_before || traded_after) {
            return vec![name(Label::Org)];
        }
        // "Lawrence, KS", "Chillicothe, OH": a town before a US state's postal code, and the
        // code after a town's name.
        if !first.titled
            && run.len() <= 3
            && (state_code_at(text, words, to)
                || (run.len() == 1 && state_code_at(text, words, from)))
        {
            return vec![name(Label::Place)];
        }
        if run.len() >= 2 {
            // A legal form after a town is a state's code ("Calgary AB", "Reno NV").
            let town_then_code = listed(LEGAL_FORMS, last.text)
                && run[..run.len() - 1]
                    .iter()
                    .all(|w| w.known.is_some_and(|m| known[m].label == Label::Place))
                && covered_by_one(&run[..run.len() - 1]);
            let industry = listed(INDUSTRY_TAILS, last.text)
                && !run.iter().any(|w| w.is_connector())
                && run[..run.len() - 1].iter().any(|w| !self.is_common(w.text));
            let org = |w: &Word| {
                (is_org_tail(w.text) || (industry && w.start == last.start)) && !town_then_code
            };
            // "Anthony Shadid of the Washington Post": a person, then "of" and an organisation
            // whose own word ends the run, is two names; "Union of Rationalist Atheists" has its
            // organisation word before the "of".
            let person_of_org = connector.is_some_and(|c| {
                c >= 2 && run[c].text == "of" && self.opens_person(text, &run[..c], known)
            });
            let org_by_head = org(&head) || listed(ORG_HEADS, first.text);
            if org_by_head || (org(&last) && !person_of_org) {
                return vec![name(Label::Org)];
            }
            let place_head = listed(PLACE_TAILS, head.text)
                || (connector.is_some() && listed(PLACE_HEADS, head.text))
                || (connector.is_none() && run.len() <= 3 && listed(PLACE_OPENERS, first.text));
            if listed(PLACE_TAILS, last.text) || place_head {
                return vec![name(Label::Place)];
            }
            if !first.titled {
                if let Some(label) = place_then_name(
                    run,
                    known,
                    |w| self.is_common(w),
                    |w| self.given_names.contains(w.text) || listed(PLACE_GIVEN_NAMES, w.text),
                ) {
                    return vec![name(label)];
                }
            }
            // "Team Estonia", "Team GB": a country's team.
            let place = |w: &Word| w.known.is_some_and(|m| known[m].label == Label::Place);
            if first.text == "Team" && run[1..].iter().all(place) && covered_by_one(&run[1..]) {
                return vec![name(Label::Org)];
            }
        }
        if let Some(split) = connector {
            let mut parts = self.classify(text, words, known, from, from + split);
            let next = (from + split + 1..to)
                .find(|&k| !words[k].is_connector())
                .unwrap_or(to);
            if next < to {
                parts.extend(self.classify(text, words, known, next, to));
            }
            return parts;
        }
        // "Refugee Council Enver Solomon", "United States Hamdullah Mohib", "Education Stefania
        // Giannini": a known name, an organisation word or a word that is no given name, then a
        // given name or two unknown words: two names side by side.
        // The same word twice in a row is two mentions, not one name ("Thanks, Renee Renee,
        // thank you for …" in a thread of e-mails).
        if let Some(k) = (1..run.len()).find(|&k| run[k].text == run[k - 1].text) {
            let mut parts = self.classify(text, words, known, from, from + k);
            parts.extend(self.classify(text, words, known, from + k, to));
            return parts;
        }
        if let Some(k) = (1..run.len().saturating_sub(1)).find(|&k| {
            let before = &run[k - 1];
            let strong = before.known.is_some() && !before.weak;
            let two_unknown = run[k].known.is_none() && run[k + 1].known.is_none();
            // A particle binds the words around it into one name ("Khaled bin Ahmed"), and
            // so does an initial ("L. Ron Hubbard").
            !before.is_particle()
                && !is_initial(before.text)
                && ((two_unknown && (strong || is_org_tail(before.text)))
                    || (self.is_given(&run[k]) && !self.is_given(before)))
        }) {
            let mut parts = self.classify(text, words, known, from, from + k);
            let rest = self.classify(text, words, known, from + k, to);
            // Unclassified, the second name is most often the person the first one qualifies
            // (not in a title-case headline, where every word is capitalised).
            if rest.is_empty() && to - (from + k) <= 3 && !first.titled {
                let (a, b) = (&words[from + k], &words[to - 1]);
                parts.push(FoundName {
                    start: a.start,
                    end: b.end,
                    label: Label::Person,
                    name: canonical(&text[a.start..b.end]),
                });
            }
            parts.extend(rest);
            return parts;
        }
        let unknown = run.iter().filter(|w| w.known.is_none()).count();
        if unknown == 0 {
            return vec![];
        }
        // Ordinary words there are more often a state of things than a place ("a state of
        // Peace", "the Green Country region" in a brochure's capitals).
        let some_name = run
            .iter()
            .any(|w| w.known.is_none() && !self.is_common(w.text));
        if run.len() <= 4 && !first.titled && some_name && names_a_place_kind(words, from, to) {
            return vec![name(Label::Place)];
        }
        let acronym = run.len() == 1
            && first
                .text
                .chars()
                .all(|c| c.is_uppercase() || c.is_numeric());
        if speaks(text, words, from, to) && acronym {
            return vec![name(Label::Org)];
        }
        if acronym || run.len() > 4 {
            return vec![];
        }
        // One ordinary word before "said" is the subject, not a name ("the Police said").
        let ordinary = run.len() == 1 && self.is_common(first.text);
        // In a title-case headline every word is capitalised ("Officials Say Talks Will
        // Resume"): a title, a given name or a speech verb there proves nothing.
        let person = !first.titled
            && (after_title(text, words, known, from)
                .is_some_and(|at| at == TitleAt::Before || !self.is_common(last.text))
                || (run.len() >= 2 && self.opens_person(text, run, known))
                || (run.len() <= 3 && !ordinary && speaks(text, words, from, to)));
        if person {
            // After a given name and one more word, an ordinary word that is no given name
            // ends the name: "Daniel Kang Analyst Team", "Phillip Allen Let me know".
            let opened_by_given_name = self.is_given(&first);
            if let Some(cut) = (2..run.len()).filter(|_| opened_by_given_name).find(|&j| {
                self.is_common(run[j].text)
                    && !self.given_names.contains(run[j].text)
                    && !is_regnal_number(run[j].text)
            }) {
                let end = run[cut - 1].end;
                let mut parts = vec![FoundName {
                    start: first.start,
                    end,
                    label: Label::Person,
                    name: canonical(&text[first.start..end]),
                }];
                parts.extend(self.classify(text, words, known, from + cut, to));
                return parts;
            }
            return vec![name(Label::Person)];
        }
        vec![]
    }

    /// "Shares of General Motors Corp rose", "Members of the European Parliament voted": an
    /// ordinary word capitalised only because it opens the sentence, then "of", before a name
    /// that ends in its own organisation or place word, is no part of that name. Returns
    /// where the name starts in `run`. A word that itself makes a name ("Bank of England",
    /// "Gulf of Mexico", "Union of …") and a run whose last word names no kind ("Republic of
    /// Ireland", "House of Commons") keep their opening word.
    fn after_opening_word(&self, text: &str, run: &[Word]) -> Option<usize> {
        let (first, last) = (run.first()?, run.last()?);
        let names_a_kind =
            |w: &str| is_org_tail(w) || listed(ORG_HEADS, w) || listed(PLACE_TAILS, w);
        let opens_with_ordinary_word = first.known.is_none()
            && self.is_common(first.text)
            && !names_a_kind(first.text)
            && starts_sentence(text, first.start);
        if !opens_with_ordinary_word
            || run.get(1).is_none_or(|w| w.text != "of")
            || !(is_org_tail(last.text) || listed(PLACE_TAILS, last.text))
        {
            return None;
        }
        (2..run.len()).find(|&k| !run[k].is_connector())
    }

    /// Whether `word` (in any case) is an ordinary English word.
    fn is_common(&self, word: &str) -> bool {
        is_common(&self.common, word)
    }

    /// The given names the rules know.
    pub fn given_names(&self) -> &FastSet<&'static str> {
        &self.given_names
    }

    /// The ordinary English words the rules know.
    pub fn common_words(&self) -> &HashSet<u32, Hashed> {
        &self.common
    }

    /// Whether `w` is a given name the gazetteer does not read otherwise (or reads weakly).
    fn is_given(&self, w: &Word) -> bool {
        (w.known.is_none() || w.weak)
            && (self.given_names.contains(w.text) || listed(COMMON_WORD_GIVEN_NAMES, w.text))
    }

    /// Whether the run (two words or more) opens with a person's given name: one the gazetteer
    /// does not read otherwise; one that is also a common word ("Mark", "Will") only where no
    /// sentence starts; or a one-word place that is also a given name ("Israel", "Jordan") when
    /// an unknown name follows it ("Israel Adesanya", "Jordan Peterson").
    fn opens_person(&self, text: &str, run: &[Word], known: &[NamedMention]) -> bool {
        let w = &run[0];
        let place_as_given = w.known.is_some_and(|m| {
            known[m].label == Label::Place && known[m].start == w.start && known[m].end == w.end
        }) && (self.given_names.contains(w.text)
            || listed(PLACE_GIVEN_NAMES, w.text))
            && run[1].known.is_none();
        // An initial, then a given name: "J. Edgar Hoover"; or, opening an entry of a list or
        // a table, with its full stop, a word that is no ordinary word and nothing else for
        // certain, as sports pages write a surname: "Scorers: M. Atherton, K. Tollis". Not a
        // compass point ("319 S. Denver"), nor after a word ("Miriam R. L. Petruck", the middle
        // of a name), nor a line of its own ("B. Cherokee", a quiz's choice).
        let entry = text[..w.start]
            .trim_end_matches(' ')
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '\n' | ':' | ',' | ';' | '('))
            && !text[run[1].end..]
                .split('\n')
                .next()
                .unwrap_or("")
                .trim()
                .is_empty();
        let initial_then_given = is_initial(w.text)
            && run[1].gap == Gap::Space
            && (self.is_given(&run[1])
                || (entry
                    && text[w.end..].starts_with('.')
                    && !matches!(w.text, "N" | "S" | "E" | "W")
                    && (run[1].known.is_none() || run[1].weak)
                    && !self.is_common(run[1].text)));
        (self.is_given(w) || place_as_given || initial_then_given)
            && (!listed(COMMON_WORD_GIVEN_NAMES, w.text) || !starts_sentence(text, w.start))
    }

    /// Surnames and given names of the people found, to the canonical name they stand for.
    fn person_words(&self, found: &[FoundName], known: &[NamedMention]) -> FastMap<String, String> {
        let mut map = FastMap::default();
        let people = found
            .iter()
            .filter(|f| f.label == Label::Person)
            .map(|f| f.name.as_str())
            .chain(
                known
                    .iter()
                    .filter(|m| m.label == Label::Person)
                    .map(|m| m.name),
            );
        for person in people {
            let parts: Vec<&str> = person.split([' ', '-']).filter(|p| !p.is_empty()).collect();
            if parts.len() < 2 {
                continue;
            }
            let surname = parts[parts.len() - 1];
            if surname.starts_with(char::is_uppercase) && surname.chars().count() > 2 {
                map.entry(surname.to_string())
                    .or_insert_with(|| person.to_string());
            }
            if self.given_names.contains(parts[0]) {
                map.entry(parts[0].to_string())
                    .or_insert_with(|| person.to_string());
            }
        }
        map
    }
}

/// Whether `word` ends an organisation's name by its kind ("Foundation", "Corp", "Party").
pub(crate) fn is_org_tail(word: &str) -> bool {
    listed(ORG_TAILS, word) || listed(LEGAL_FORMS, word)
}

/// Abbreviations that end a name and keep their full stop inside it ("Enron Corp.",
/// "Martin Luther King Jr.").
const ABBREVIATED_ENDINGS: &[&str] = &["Bros", "Co", "Corp", "Inc", "Jr", "Ltd", "Sr"];

/// Where a name ending at `end` really ends: after the full stop of an abbreviation that
/// closes it ("Enron Corp" + "."), else at `end`.
pub(crate) fn name_end(text: &str, start: usize, end: usize) -> usize {
    let last = text[start..end].rsplit([' ', ',']).next().unwrap_or("");
    if listed(ABBREVIATED_ENDINGS, last) && text[end..].starts_with('.') {
        end + 1
    } else {
        end
    }
}

/// The length of the honorific that opens a person's name as written ("Sheikh " in "Sheikh
/// Khaled bin Ahmed", "Dr. " in "Dr. Jane Roe"), if one does: readers, and the evaluation
/// data, draw a person's span without it.
pub(crate) fn honorific_prefix(written: &str) -> Option<usize> {
    let word_end = written.find(|c: char| !c.is_alphabetic())?;
    listed(HONORIFICS, &written[..word_end]).then_some(())?;
    let rest = &written[word_end..];
    let gap = rest.len() - rest.trim_start_matches(['.', ' ']).len();
    (gap > 0 && rest[..gap].ends_with(' ') && gap < rest.len()).then_some(word_end + gap)
}

/// Whether `word` is in `list`, a word list kept sorted (tested) for binary search: the
/// lists are consulted for nearly every capitalised word of the text.
fn listed(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// The canonical form of a name as written: its words joined by single spaces.
pub(crate) fn canonical(written: &str) -> String {
    written.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `run` (two words or more) is an organisation or a place by its own head word: it
/// ends in an organisation or place word, or opens with an organisation word, or has one
/// before its first connector ("Gulf of Aden", "University of Michigan").
fn has_name_head(run: &[Word]) -> bool {
    let head = |w: &Word| is_org_tail(w.text) || listed(PLACE_TAILS, w.text);
    let before_connector = run
        .iter()
        .position(|w| w.is_connector())
        .and_then(|c| c.checked_sub(1))
        .map(|c| &run[c]);
    run.len() >= 2
        && (head(&run[run.len() - 1])
            || listed(ORG_HEADS, run[0].text)
            || before_connector.is_some_and(head))
}

/// The label of a run that opens with a known place or nationality and goes on with one more
/// name, if the two are one organisation by their shape:
///
/// - a place or nationality, then a known organisation of two words or more: "the British Red
///   Cross", "the Iraqi Red Crescent" (one word alone, "American YouTube", stays apart);
/// - a place, then one or two new words ending in a plural ordinary word: a sports team ("the
///   Pittsburgh Pirates", "the Altoona Rock Cats").
fn place_then_name(
    run: &[Word],
    known: &[NamedMention],
    is_common: impl Fn(&str) -> bool,
    is_given: impl Fn(&Word) -> bool,
) -> Option<Label> {
    let label_of = |w: &Word| w.known.map(|m| known[m].label);
    let opening = label_of(&run[0])?;
    // A one-word city is a weak reading (a person's name outranks it), but before a team's or
    // an organisation's name it is what it seems.
    if !matches!(opening, Label::Place | Label::Nationality) {
        return None;
    }
    let split = run.iter().position(|w| w.known != run[0].known)?;
    let rest = &run[split..];
    if rest[0].gap != Gap::Space {
        return None;
    }
    let known_org = rest.len() >= 2
        && covered_by_one(rest)
        && label_of(&rest[0]) == Some(Label::Org)
        && known[rest[0].known?].start == rest[0].start
        && known[rest[0].known?].end == rest[rest.len() - 1].end;
    let last = rest[rest.len() - 1].text;
    // A nickname no lexicon knows ("Astros", "Celtics", "Blue Jays") makes a team too, unless
    // the place is also a given name and the plural a surname ("Austin Peters"), or a word
    // before it is a name too ("London St Pancras").
    let unknown_nickname =
        !is_given(&run[0]) && rest[..rest.len() - 1].iter().all(|w| is_common(w.text));
    let team = opening == Label::Place
        && rest.len() <= 2
        && rest.iter().all(|w| w.known.is_none() && !w.is_connector())
        && last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !listed(EVENT_PLURALS, last)
        && (is_common(last) || unknown_nickname);
    (known_org || team).then_some(Label::Org)
}

/// Whether the run `words[from..to]` is named as a place by a lower-case noun for a kind of
/// place: "the neighbourhood of Mansour", "the Mansour district" (see [`PLACE_KINDS_BEFORE_OF`]
/// and [`PLACE_KINDS_AFTER`]).
fn names_a_place_kind(words: &[Word], from: usize, to: usize) -> bool {
    let before_of = from >= 2
        && words[from].gap == Gap::Space
        && words[from - 1].text == "of"
        && words[from - 1].gap == Gap::Space
        && listed(PLACE_KINDS_BEFORE_OF, words[from - 2].text);
    let after = words
        .get(to)
        .is_some_and(|w| w.gap == Gap::Space && listed(PLACE_KINDS_AFTER, w.text));
    before_of || after
}

/// Whether the known words of `run` are all one mention (the gazetteer already named it).
fn covered_by_one(run: &[Word]) -> bool {
    run.iter().all(|w| w.known == run[0].known)
}

/// The words of `text` from its `tokens`, each knowing how it joins the previous word and which
/// gazetteer mention covers it. Marks are left out, and so are handles and hashtags; initials
/// ("U.S.") are read letter by letter, each letter a word.
fn words<'t>(
    text: &'t str,
    tokens: &[Token],
    known: &[NamedMention],
    weak: &[bool],
) -> Vec<Word<'t>> {
    let mut words: Vec<Word> = Vec::with_capacity(tokens.len());
    let mut mention = 0;
    let mut prev_end = 0;
    // Whether the last word was one capital letter standing alone, a middle initial
    // ("Charles J. Fillmore") when its full stop and a space follow.
    let mut after_initial = false;
    // The end of the last title-case line seen, and whether it is a table's row.
    let mut row = (0, false);
    for t in tokens.iter().filter(|t| t.word) {
        // A title-case line with a number is a row of a table ("65 Ian Woosnam ( Britain )",
        // "Greg Norman ( Australia ) 71 69 70"), not a headline: its capitals are names.
        if t.titled && t.start >= row.0 {
            let start = text[..t.start].rfind('\n').map_or(0, |i| i + 1);
            let end = text[t.start..]
                .find('\n')
                .map_or(text.len(), |i| t.start + i);
            row = (end, text[start..end].bytes().any(|b| b.is_ascii_digit()));
        }
        let titled = t.titled && !(t.start < row.0 && row.1);
        // Initials are read letter by letter ("U.S." is "U" and "S"), any other word whole.
        let initials = t.is_initials(text);
        let letters = initials.then(|| {
            text[t.start..t.end]
                .char_indices()
                .filter(|&(_, c)| c != '.')
                .map(|(i, c)| (t.start + i, t.start + i + c.len_utf8()))
        });
        let whole = (!initials).then_some((t.start, t.end));
        for (start, end) in whole.into_iter().chain(letters.into_iter().flatten()) {
            let between = &text[prev_end..start];
            prev_end = end;
            let initial = after_initial;
            after_initial = !initials && is_initial(&text[start..end]);
            if between.ends_with(['@', '#']) {
                continue;
            }
            let gap = if words.is_empty() || between.is_empty() {
                Gap::Break
            } else if between.chars().all(|c| c == ' ' || c == '\u{a0}')
                || (initial && between == ". ")
            {
                Gap::Space
            } else if between == "-" || between == "\u{2010}" || between == "\u{2011}" {
                Gap::Hyphen
            } else {
                Gap::Break
            };
            while mention < known.len() && known[mention].end <= start {
                mention += 1;
            }
            let covering = known
                .get(mention)
                .filter(|m| m.start <= start && end <= m.end);
            words.push(Word {
                start,
                end,
                text: &text[start..end],
                gap,
                known: covering.map(|_| mention),
                shouted: t.shouted,
                titled,
                weak: covering.is_some() && weak.get(mention).copied().unwrap_or(false),
            });
        }
    }
    words
}

/// Whether `word` is a regnal or generational number in capitals ("II", "XV", "III"), which
/// ends a person's name ("William Fisher III") though the lexicon knows "iii" as a word.
fn is_regnal_number(word: &str) -> bool {
    word.len() >= 2 && word.len() <= 5 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// Whether `word` is one capital letter, as a name's initial is ("J" of "Charles J. Fillmore").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Whether `word` may be part of a name: capitalised, not a function word, weekday or month
/// (unless the gazetteer knows it), not shouted in an all-capitals line, not a title. A
/// capitalised keyword may be part of a name ("Tom Cruise", "Operation Desert Storm").
fn name_word(word: &Word, known: &[NamedMention]) -> bool {
    if !word.is_capitalised() {
        return false;
    }
    if let Some(m) = word.known {
        return known[m].label != Label::Title;
    }
    if listed(NOT_NAMES, word.text)
        || listed(HONORIFICS, word.text)
        || is_month_or_weekday(word.text)
    {
        return false;
    }
    !word.shouted
}

/// The longest run of words read as one candidate name. The longest names run to about a
/// dozen words ("Universidad Nacional de Educación a Distancia" is six); a longer run (a
/// title-cased list, or hostile input of thousands of "X of Y of Z …") is read in pieces of
/// this size. The bound also bounds the work per run and how deeply `classify` splits it: a
/// text cannot make it recurse deeper than this.
const MAX_RUN_WORDS: usize = 16;

/// The end (exclusive) of the run of name words starting at `words[i]`, or `None` if no run
/// starts there: "The Foreign Ministry" starts at "Foreign".
fn run_end(text: &str, words: &[Word], known: &[NamedMention], i: usize) -> Option<usize> {
    if !name_word(&words[i], known) {
        return None;
    }
    let mut end = i;
    let mut k = i;
    while k < words.len() && k - i < MAX_RUN_WORDS {
        let w = &words[k];
        // A legal form ends the company's name, after a comma too, and in lower case ("Acme,
        // Inc.", "Kestrel Holdings plc").
        let legal_form = k > i
            && end == k
            && ((w.gap == Gap::Space && listed(LEGAL_FORMS, w.text))
                || (listed(LEGAL_FORMS_AFTER_COMMA, w.text)
                    && &text[words[k - 1].end..w.start] == ", "));
        if legal_form {
            // "Grenfield Mining Co Ltd": forms may come two together.
            end = k + 1;
            while words
                .get(end)
                .is_some_and(|n| n.gap == Gap::Space && listed(LEGAL_FORMS, n.text))
            {
                end += 1;
            }
            break;
        }
        let joined = k == i || w.gap != Gap::Break;
        if !joined {
            break;
        }
        if name_word(w, known) {
            end = k + 1;
            k += 1;
        } else if (w.is_particle()
            && w.gap != Gap::Break
            && (!listed(ARABIC_ARTICLES, w.text)
                || words.get(k + 1).is_some_and(|n| n.gap == Gap::Hyphen)))
            || w.is_connector()
        {
            // A particle or connector must be followed by more of the name.
            k += 1;
        } else {
            break;
        }
    }
    (end > i).then_some(end)
}

/// The postal codes of the US states and DC, less the ones that are English words in capitals
/// ("OK", "OR", "IN", "ME", "HI").
const US_STATE_CODES: &[&str] = &[
    "AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "IA", "ID", "IL", "KS", "KY",
    "LA", "MA", "MD", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY",
    "OH", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY",
];

/// Whether `words[at]` is a US state's postal code after a comma and a capitalised word, as an
/// address writes it ("Baltimore, MD 21202", "Lawrence, KS"), with no letter right after it.
/// "MD" counts only before a ZIP code: after a name it is the doctor's degree ("Harry Roe, MD,
/// a professor").
fn state_code_at(text: &str, words: &[Word], at: usize) -> bool {
    let (Some(code), Some(prev)) = (words.get(at), at.checked_sub(1).map(|p| &words[p])) else {
        return false;
    };
    let after = &text[code.end..];
    let zip_after = after
        .trim_start_matches(' ')
        .starts_with(|c: char| c.is_ascii_digit());
    listed(US_STATE_CODES, code.text)
        && matches!(&text[prev.end..code.start], ", " | ",")
        && prev.is_capitalised()
        && !after.starts_with(char::is_alphabetic)
        && (code.text != "MD" || zip_after)
}

/// Words after which a given name opening a sentence is the sentence's subject ("Suzanne is
/// pregnant", "Jason and the boys can fix it").
const SUBJECT_FOLLOWERS: &[&str] = &[
    "and", "asked", "came", "can", "could", "did", "does", "had", "has", "is", "said", "says",
    "was", "will", "would", "wrote",
];

/// Whether a given name at `text[start..end]`, opening a sentence, reads as a person there: a
/// subject (see [`SUBJECT_FOLLOWERS`]), a person addressed (a comma after it) or a signature
/// (the sentence's or the line's end after it), and not after "St." or an initial.
fn opens_as_a_person(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let after_abbreviation = before.strip_suffix('.').is_some_and(|b| {
        let last = b
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        last == "St" || last.chars().count() == 1
    });
    if after_abbreviation {
        return false;
    }
    let rest = &text[end..];
    let next = rest.trim_start_matches(' ');
    if next.is_empty() || next.starts_with([',', '.', '!', '\n', '\r']) {
        return true;
    }
    rest.starts_with(' ')
        && next
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| listed(SUBJECT_FOLLOWERS, w))
}

/// Where a title stands before the run at `words[from]`, if one does: "envoy Matt Tueller",
/// "minister for Gulf affairs Thamer al-Sabhan", "the envoy, Matt Tueller", "Dr. Jane Roe".
fn after_title(text: &str, words: &[Word], known: &[NamedMention], from: usize) -> Option<TitleAt> {
    let prev = &words[from.checked_sub(1)?];
    let between = &text[prev.end..words[from].start];
    let is_title = |w: &Word| w.known.is_some_and(|m| known[m].label == Label::Title);
    if listed(HONORIFICS, prev.text) && matches!(between, " " | ". ") {
        return Some(TitleAt::Before);
    }
    if is_title(prev) {
        return matches!(between, " " | ", ").then_some(TitleAt::Before);
    }
    // "minister for Gulf affairs Thamer al-Sabhan", "Ambassador to the United States Hamdullah
    // Mohib": a title, "for", "of" or "to", then at most four words, all on one line. Right
    // after "for", "of" or "to" the run is the title's complement, not its holder ("a
    // spokesman for Zorvex", "the president of Brixley"): at least one word stands between.
    let lookback = from.saturating_sub(6);
    (lookback..from.saturating_sub(2))
        .rev()
        .any(|t| {
            is_title(&words[t])
                && matches!(words[t + 1].text, "for" | "of" | "to")
                && words[t + 1..=from].iter().all(|w| w.gap == Gap::Space)
        })
        .then_some(TitleAt::BeforeComplement)
}

/// Where a title stands from the run [`after_title`] found after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TitleAt {
    /// Right before it ("envoy Matt Tueller", "Dr. Jane Roe").
    Before,
    /// Before the title's complement ("minister for Gulf affairs Thamer al-Sabhan"): the run
    /// may still be the complement ("Minister of Education", "director of the National Iodine
    /// Nutrition study"), so it is a person only if its last word is no ordinary word.
    BeforeComplement,
}

/// Whether the run `words[from..to]` is the subject or object of a speech verb.
fn speaks(text: &str, words: &[Word], from: usize, to: usize) -> bool {
    let before = from.checked_sub(1).map(|p| &words[p]);
    let after = words.get(to);
    let verb_after =
        after.is_some_and(|w| w.gap == Gap::Space && listed(SPEECH_VERBS_OF_PEOPLE, w.text));
    // "said Tueller." names the speaker; in "said Vostrava was calm" the run opens the clause
    // that was said, and a lower-case word goes on right after it.
    let clause_goes_on = after.is_some_and(|w| w.gap == Gap::Space && !w.is_capitalised());
    let verb_before = before.is_some_and(|w| listed(SPEECH_VERBS_OF_PEOPLE, w.text))
        && words[from].gap == Gap::Space
        && !clause_goes_on;
    (verb_after || verb_before)
        && !(to - from == 1 && starts_sentence(text, words[from].start) && !verb_before)
}

/// Bare mentions of people already found: a capitalised word that no mention covers and that
/// is the surname (or given name) of one person.
fn refer_back(
    words: &[Word],
    found: &[FoundName],
    persons: &FastMap<String, String>,
) -> Vec<FoundName> {
    // `words` and `found` are both sorted by start: one pointer walks `found` alongside.
    let mut next = 0;
    let mut covered = move |w: &Word| {
        while next < found.len() && found[next].end <= w.start {
            next += 1;
        }
        (w.known.is_some() && !w.weak) || found.get(next).is_some_and(|f| f.start <= w.start)
    };
    // Two parts of one person's name side by side ("Frank Messina" in a title-case headline,
    // where no rule reads it) are the full name: propagation carries it whole, so neither
    // part is a mention of its own here.
    let part_of = |i: usize| persons.get(words[i].text);
    let beside_its_other_part = |i: usize| {
        let next = words
            .get(i + 1)
            .filter(|n| n.gap == Gap::Space)
            .map(|_| i + 1);
        let prev = (words[i].gap == Gap::Space)
            .then(|| i.checked_sub(1))
            .flatten();
        [prev, next]
            .into_iter()
            .flatten()
            .any(|j| words[j].text != words[i].text && part_of(j) == part_of(i))
    };
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| w.is_capitalised() && !covered(w) && !beside_its_other_part(i))
        .filter_map(|(_, w)| {
            persons.get(w.text).map(|name| FoundName {
                start: w.start,
                end: w.end,
                label: Label::Person,
                name: name.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::matcher::Matcher;
    use crate::resolve::{resolve, C};
    use crate::tokens::tokenize;

    const GAZETTEER: &str = "PLACE\tIraq\nPLACE\tUnited States\tUS\nPLACE\tBaghdad\nPLACE\tGulf\t-\ta\n\
        PLACE\tJordan\n\
        NATIONALITY\tIraqi\nNATIONALITY\tSaudi\nTITLE\tforeign minister\t-\ti\nTITLE\tminister\t-\ti\n\
        TITLE\tenvoy\t-\ti\nTITLE\tspokesman\t-\ti\nPERSON\tDonald Trump\tTrump\n\
        ORG\tRed Crescent\n";

    /// The names the rules find in `text`, as (text, label, canonical name).
    fn names(text: &str) -> Vec<(String, Label, String)> {
        let g = Gazetteer::parse("t", GAZETTEER).unwrap();
        let hits = Matcher::new(&g).unwrap().find(text);
        let kept = resolve(
            hits.into_iter()
                // The entity's index stands as the rank; it picks the entity out below.
                .map(|h| {
                    C(
                        h.start,
                        h.end,
                        g.entities()[h.entity as usize].label,
                        h.entity as i64,
                    )
                })
                .collect(),
        );
        let known: Vec<NamedMention> = kept
            .iter()
            .map(|h| NamedMention {
                start: h.0,
                end: h.1,
                label: h.2,
                name: &g.entities()[h.3 as usize].name,
            })
            .collect();
        let rules =
            NameRules::with_given_names(["Mohammed", "Matt", "Jane", "Daniel", "Mansour"], 5);
        let weak: Vec<bool> = known.iter().map(|m| m.name == "Gulf").collect();
        let mut found = rules.find(text, &tokenize(text), &known, &weak);
        found.sort_by_key(|f| f.start);
        found
            .into_iter()
            .map(|f| (text[f.start..f.end].to_string(), f.label, f.name))
            .collect()
    }

    /// Whether the rules find no name of `label` in `text`.
    fn none_of(label: Label, text: &str) -> bool {
        names(text).iter().all(|n| n.1 != label)
    }

    fn person(s: &str) -> (String, Label, String) {
        (s.to_string(), Label::Person, s.to_string())
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            ORG_TAILS,
            ORG_HEADS,
            PLACE_TAILS,
            PLACE_HEADS,
            PLACE_OPENERS,
            PLACE_KINDS_BEFORE_OF,
            PLACE_KINDS_AFTER,
            EVENT_PLURALS,
            ARABIC_ARTICLES,
            ABBREVIATED_ENDINGS,
            LEGAL_FORMS,
            LEGAL_FORMS_AFTER_COMMA,
            INDUSTRY_TAILS,
            US_STATE_CODES,
            SUBJECT_FOLLOWERS,
            PARTICLES,
            CONNECTORS,
            HONORIFICS,
            NOT_NAMES,
            COMMON_WORD_GIVEN_NAMES,
            PLACE_GIVEN_NAMES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn a_title_makes_the_next_run_a_person() {
        assert_eq!(
            names("They met Iraqi Foreign Minister Mohammed Ali al-Hakim today."),
            [person("Mohammed Ali al-Hakim")]
        );
        assert_eq!(
            names("The envoy, Zed Tueller, was away."),
            [person("Zed Tueller")]
        );
        assert_eq!(names("said envoy Zed Tueller."), [person("Zed Tueller")]);
    }

    #[test]
    fn a_title_with_a_complement_still_reaches_the_name() {
        assert_eq!(
            names("Saudi minister for Gulf affairs Thamer al-Sabhan wrote."),
            [person("Thamer al-Sabhan")]
        );
    }

    #[test]
    fn a_common_word_given_name_opens_a_person_inside_a_sentence_only() {
        assert_eq!(
            names("They met Mark Kowalczyk there."),
            [person("Mark Kowalczyk")]
        );
        assert!(names("Will Kowalczyk come?").is_empty());
    }

    #[test]
    fn a_given_name_inside_a_run_starts_the_person() {
        let found = names("the Scientologist Matt Kowalczyk spoke");
        assert_eq!(found, [person("Matt Kowalczyk")]);
    }

    #[test]
    fn a_given_name_opens_a_person() {
        assert_eq!(
            names("Later, Matt Kowalczyk arrived."),
            [person("Matt Kowalczyk")]
        );
        // Alone, it is a person by its first name (see given_names_alone).
        assert_eq!(names("Later, Matt arrived."), [person("Matt")]);
    }

    #[test]
    fn speech_verbs_mark_their_speakers() {
        assert_eq!(
            names("“We are safe,” said Ortwin Blau."),
            [person("Ortwin Blau")]
        );
        assert_eq!(
            names("the plan, Ortwin Blau told reporters"),
            [person("Ortwin Blau")]
        );
        assert!(names("Nobody said Yes.").iter().all(|n| n.0 != "Nobody"));
    }

    #[test]
    fn a_bare_surname_refers_back_and_forward() {
        let found = names("Blau spoke first. Envoy Ortwin Blau arrived. Then Blau left.");
        let refs: Vec<&str> = found.iter().map(|f| f.2.as_str()).collect();
        assert_eq!(refs, ["Ortwin Blau", "Ortwin Blau", "Ortwin Blau"]);
        let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["Blau", "Ortwin Blau", "Blau"]);
    }

    #[test]
    fn a_known_persons_surname_refers_back_without_the_rules() {
        let found = names("Donald Trump spoke. Trump left.");
        assert!(
            found.is_empty(),
            "the gazetteer's own alias already covers it: {found:?}"
        );
        let found = names("Donald Trump spoke. Donald left.");
        assert!(
            found.is_empty(),
            "Donald is no given name of this test list"
        );
    }

    #[test]
    fn organisation_words_make_an_org() {
        let org = |s: &str| (s.to_string(), Label::Org, s.to_string());
        assert_eq!(
            names("the Iraqi Counter Terrorism Service said"),
            [org("Iraqi Counter Terrorism Service")]
        );
        assert_eq!(names("at the US Embassy in Baghdad"), [org("US Embassy")]);
        assert_eq!(
            names("a raid by Kataib Hezbollah fighters"),
            [org("Kataib Hezbollah")]
        );
        assert_eq!(
            names("the Church of Latter Saints"),
            [org("Church of Latter Saints")]
        );
    }

    #[test]
    fn the_word_before_a_connector_can_make_an_org() {
        let org = |s: &str| (s.to_string(), Label::Org, s.to_string());
        assert_eq!(
            names("the Union of Rationalist Atheists said"),
            [org("Union of Rationalist Atheists")]
        );
        assert_eq!(
            names("in the Medical Journal of Iraq."),
            [org("Medical Journal of Iraq")]
        );
    }

    #[test]
    fn an_ordinary_word_opening_the_sentence_before_of_is_no_part_of_the_name() {
        let org = |s: &str| (s.to_string(), Label::Org, s.to_string());
        let place = |s: &str| (s.to_string(), Label::Place, s.to_string());
        assert_eq!(
            names("Shares of Zorvex Mining Corp fell."),
            [org("Zorvex Mining Corp")]
        );
        assert_eq!(
            names("It rained. Members of the Velmar Council voted."),
            [org("Velmar Council")]
        );
        assert_eq!(
            names("Residents of Kestrel County fled."),
            [place("Kestrel County")]
        );
        // Not where the opening word makes the name, nor inside a sentence.
        assert_eq!(
            names("University of Velmar staff left."),
            [org("University of Velmar")]
        );
        assert_eq!(
            names("Union of Velmar Miners said so."),
            [org("Union of Velmar Miners")]
        );
        assert_eq!(
            names("a vote by the Friends of Velmar Council"),
            [org("Friends of Velmar Council")]
        );
    }

    #[test]
    fn two_names_side_by_side_are_split() {
        let found = names("said Refugee Council Enver Solomon today");
        let labels: Vec<(&str, Label)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(
            labels,
            [
                ("Refugee Council", Label::Org),
                ("Enver Solomon", Label::Person)
            ]
        );
    }

    #[test]
    fn a_titles_complement_is_no_person() {
        assert_eq!(
            names("the minister of Education Daniel Kowalczyk said"),
            [person("Daniel Kowalczyk")]
        );
        assert!(
            names("the envoy for the Regional Water Safety programme").is_empty(),
            "its last word is an ordinary word"
        );
    }

    #[test]
    fn a_title_reaches_over_to_and_its_place() {
        assert_eq!(
            names("the Iraqi envoy to the United States Zaid Hamdi said"),
            [person("Zaid Hamdi")]
        );
    }

    #[test]
    fn an_acronym_that_speaks_is_an_org() {
        assert_eq!(
            names("the aid, IRC said"),
            [("IRC".into(), Label::Org, "IRC".into())]
        );
        assert!(names("the IRC report").is_empty());
    }

    #[test]
    fn a_weak_reading_yields_to_a_given_name_and_a_surname() {
        // The test marks the ambiguous "Gulf" reading weak, like a town named as a surname.
        let found = names("Daniel Gulf arrived. Later Gulf spoke.");
        let refs: Vec<(&str, &str)> = found.iter().map(|f| (f.0.as_str(), f.2.as_str())).collect();
        assert_eq!(
            refs,
            [("Daniel Gulf", "Daniel Gulf"), ("Gulf", "Daniel Gulf")]
        );
    }

    #[test]
    fn a_place_word_ending_a_run_makes_a_place() {
        let place = |s: &str| (s.to_string(), Label::Place, s.to_string());
        assert_eq!(names("near the Baghdad Dam today"), [place("Baghdad Dam")]);
        assert_eq!(
            names("ships in the Gulf of Zembla sank"),
            [place("Gulf of Zembla")],
            "a place word before of"
        );
        assert_eq!(names("at the Zorvan Hotel"), [place("Zorvan Hotel")]);
        assert_eq!(
            names("hikers on the Osgrave Trail"),
            [place("Osgrave Trail")]
        );
        assert_eq!(
            names("a house on Velmar Terrace"),
            [place("Velmar Terrace")]
        );
        assert!(
            names("The Hotel was full.").is_empty(),
            "one word is no name"
        );
    }

    #[test]
    fn a_lake_a_mount_or_a_port_opening_a_short_run_makes_a_place() {
        let place = |s: &str| (s.to_string(), Label::Place, s.to_string());
        assert_eq!(
            names("on the shore of Lake Oronto today"),
            [place("Lake Oronto")]
        );
        assert_eq!(
            names("they climbed Mount Kembla twice"),
            [place("Mount Kembla")]
        );
        assert_eq!(names("boats leave Port Hutt daily"), [place("Port Hutt")]);
        assert_eq!(
            names("she studied at Lake Velmar College then"),
            [(
                "Lake Velmar College".into(),
                Label::Org,
                "Lake Velmar College".into()
            )],
            "an organisation's word ends it"
        );
        assert!(
            names("The Lake was calm.").is_empty(),
            "one word is no name"
        );
    }

    #[test]
    fn place_words_make_a_place() {
        assert_eq!(
            names("crowds in Tahrir Square chanted"),
            [("Tahrir Square".into(), Label::Place, "Tahrir Square".into())]
        );
    }

    #[test]
    fn sentence_openers_headlines_and_handles_are_not_names() {
        assert!(names("The Protesters gathered.").is_empty());
        assert!(names("MILITIA STORMS EMBASSY COMPOUND\nIt was loud.").is_empty());
        assert!(names("follow @MattBlau and #FreeBlau now").is_empty());
        assert!(names("On Tuesday Ortwin said no.")
            .iter()
            .all(|n| n.0 != "On Tuesday"));
    }

    #[test]
    fn a_title_case_line_with_numbers_is_a_table_row_whose_names_count() {
        assert_eq!(
            names("Scores:\n65 Matt Brack ( Iraq )\nDaniel Zorvale ( Iraq ) 71 69"),
            [person("Matt Brack"), person("Daniel Zorvale")]
        );
        // Without a number it is a headline, where a given name proves nothing.
        assert!(names("Scores:\nMatt Brack Wins In Iraq\n").is_empty());
    }

    #[test]
    fn a_run_of_thousands_of_capitalised_words_is_read_in_pieces() {
        // 30,000 capitalised words joined by "of" once overflowed the stack: `classify`
        // recursed once per connector. Runs are now at most MAX_RUN_WORDS words.
        let text = (0..30_000)
            .map(|i| format!("Qx{i}"))
            .collect::<Vec<_>>()
            .join(" of ");
        let found = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || names(&text).len())
            .unwrap()
            .join()
            .expect("no stack overflow on a small stack");
        assert_eq!(found, 0, "no word here is a name");
        let long = "They met Zed Ortwin Quill Blau Varn Ostrad Mekel Tarn Ollo Brisk Farn Gemm Hallo Ixt Jorr Kell Lomm Morr at noon.";
        assert!(
            names(long)
                .iter()
                .all(|n| n.0.split(' ').count() <= MAX_RUN_WORDS),
            "a name is never longer than the bound"
        );
    }

    #[test]
    fn a_given_name_alone_inside_a_sentence_is_a_person() {
        assert_eq!(names("Thanks to Matt, the plan worked."), [person("Matt")]);
        assert_eq!(names("I asked Jane about it."), [person("Jane")]);
    }

    #[test]
    fn a_given_name_that_is_no_ordinary_word_is_a_person_opening_a_sentence_too() {
        assert_eq!(
            names("Daniel is away. Jane, call me. Thanks!\nMansour"),
            [person("Daniel"), person("Jane"), person("Mansour")]
        );
    }

    #[test]
    fn a_given_name_opening_a_sentence_is_no_person_without_a_verb_a_comma_or_an_end() {
        // The given-name lists hold words that open sentences as ordinary words.
        assert!(names("Jane mater of the school.").is_empty());
        assert!(names("Daniel: 12 berths.").is_empty());
        // "St." and an initial end no sentence.
        assert!(names("the church of St. Jane is old").is_empty());
        assert!(names("by R.E. Daniel and others").is_empty());
    }

    #[test]
    fn a_given_name_alone_that_is_an_ordinary_word_opening_a_sentence_or_in_a_run_is_not() {
        assert!(
            names("Matt said nothing.").is_empty(),
            "sentence start, and an ordinary word (a matt finish)"
        );
        assert!(names("in the Jane Street area")
            .iter()
            .all(|n| n.0 != "Jane"));
        assert!(
            names("I met Mark there.").is_empty(),
            "an ordinary word too"
        );
        assert!(names("MATT WAS HERE").is_empty(), "a headline");
        assert!(
            names("We ate in Iraq with Daniel.") == [person("Daniel")],
            "the test's given names are Mohammed, Matt, Jane and Daniel"
        );
    }

    #[test]
    fn a_word_repeated_is_two_mentions_and_an_ordinary_word_ends_a_name() {
        let found = names("Thank you, Matt Matt, this works.");
        assert_eq!(found, [person("Matt"), person("Matt")]);
        assert_eq!(
            names("sent to Daniel Kowalczyk Analyst Team today"),
            [person("Daniel Kowalczyk")]
        );
        assert_eq!(
            names("says Jane Kowalczyk Nowak here"),
            [person("Jane Kowalczyk Nowak")],
            "a surname that is no ordinary word stays"
        );
    }

    #[test]
    fn an_abbreviation_ending_a_name_keeps_its_full_stop() {
        let t = "at Zyxtron Corp. and Zyxtron Corp today. Ortwin Blau Jr. said";
        let corp = t.find("Corp").unwrap();
        assert_eq!(name_end(t, t.find("Zyx").unwrap(), corp + 4), corp + 5);
        let bare = t.rfind("Corp").unwrap();
        assert_eq!(
            name_end(t, bare - 8, bare + 4),
            bare + 4,
            "no stop, no change"
        );
        let jr = t.find("Jr").unwrap();
        assert_eq!(name_end(t, t.find("Ortwin").unwrap(), jr + 2), jr + 3);
        let said = t.find("said").unwrap();
        assert_eq!(name_end(t, 0, said + 4), said + 4);
    }

    #[test]
    fn an_honorific_is_not_part_of_a_name() {
        assert_eq!(honorific_prefix("Sheikh Khaled bin Ahmed"), Some(7));
        assert_eq!(honorific_prefix("Dr. Jane Roe"), Some(4));
        assert_eq!(honorific_prefix("Mr Tueller"), Some(3));
        assert_eq!(honorific_prefix("Sheikh"), None);
        assert_eq!(honorific_prefix("Drew Barrymore"), None);
        assert_eq!(honorific_prefix("Hassan Sheikh Mohamud"), None);
    }

    #[test]
    fn a_regnal_number_ends_a_persons_name() {
        assert_eq!(
            names("They thanked Daniel Kowalczyk III today."),
            [person("Daniel Kowalczyk III")]
        );
        assert_eq!(
            names("They thanked Daniel Kowalczyk Team today."),
            [person("Daniel Kowalczyk")],
            "an ordinary word still ends it"
        );
    }

    #[test]
    fn a_middle_initial_stays_inside_the_name() {
        assert_eq!(
            names("They met Daniel J. Kowalczyk there."),
            [person("Daniel J. Kowalczyk")]
        );
        assert_eq!(
            names("They met J. Daniel Kowalczyk there."),
            [person("J. Daniel Kowalczyk")]
        );
        assert!(
            names("We chose plan B. Then we left.").is_empty(),
            "a letter ending a sentence joins no name"
        );
    }

    #[test]
    fn two_parts_of_one_name_side_by_side_are_left_to_the_full_name() {
        // The headline is in title case, so no rule reads it; the parts of the name found
        // below are not two mentions there (propagation carries the full name instead).
        let found = names("Matt Kowalczyk: An Interview With The Poet\n\nWe met Matt Kowalczyk.");
        let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["Matt Kowalczyk"]);
        let found = names("We met Matt Kowalczyk. Kowalczyk left.");
        let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            texts,
            ["Matt Kowalczyk", "Kowalczyk"],
            "a surname alone still refers"
        );
    }

    #[test]
    fn two_organisations_joined_by_and_are_two_names() {
        let org = |s: &str| (s.to_string(), Label::Org, s.to_string());
        assert_eq!(
            names("she taught at the University of Zembla and Columbia University later"),
            [org("University of Zembla"), org("Columbia University")]
        );
        assert_eq!(
            names("the Zembla Party and the Workers Union met"),
            [org("Zembla Party"), org("Workers Union")],
            "the article of the second name stays outside it"
        );
        assert_eq!(
            names("the Union of Rationalist Atheists and Agnostics has begun"),
            [org("Union of Rationalist Atheists and Agnostics")],
            "the second part is no name by itself"
        );
        assert_eq!(
            names("the National Aeronautics and Space Administration has begun"),
            [org("National Aeronautics and Space Administration")],
            "the first part is no name by itself"
        );
    }

    #[test]
    fn a_run_the_gazetteer_knows_is_left_alone() {
        assert!(names("Donald Trump said so. Baghdad replied.").is_empty());
    }

    fn place(s: &str) -> (String, Label, String) {
        (s.to_string(), Label::Place, s.to_string())
    }

    fn org(s: &str) -> (String, Label, String) {
        (s.to_string(), Label::Org, s.to_string())
    }

    #[test]
    fn an_initial_and_a_full_stop_before_a_word_no_list_knows_open_a_person() {
        assert_eq!(
            names("Scorers: K. Atherwick 31, then"),
            [person("K. Atherwick")]
        );
        // A known place, an ordinary word, no full stop, a quiz's choices, a compass point in
        // an address: no person.
        for text in [
            "in Group C. Iraq won",
            "Vitamin C. Later on",
            "a K Atherwick deal",
            "Which?\nA. Zorvex\nB. Atherwick\n",
            "at 319 S. Atherwick today",
        ] {
            assert!(none_of(Label::Person, text), "{text}");
        }
    }

    #[test]
    fn a_town_before_a_state_code_and_the_code_are_places() {
        assert_eq!(
            names("a store in Zorvale, KS and more"),
            [place("Zorvale"), place("KS")]
        );
        assert_eq!(names("we met in Baghdad,MD 21202"), [place("MD")]);
        // Not after a lower-case word, not before a letter, not an English word in capitals,
        // and "MD" after a name is a degree, unless a ZIP code follows.
        for text in [
            "she said, KS was late",
            "Zorvale, KSA",
            "Thanks Zorvale, OK",
            "with Matt Zorvale, MD, a professor",
        ] {
            assert!(none_of(Label::Place, text), "{text}");
        }
    }

    #[test]
    fn an_industry_ends_a_company_name() {
        assert_eq!(
            names("Brixley Mining said on Tuesday it would buy Zorvale Software."),
            [org("Brixley Mining"), org("Zorvale Software")]
        );
        // A field or a concept, all of ordinary words.
        assert!(none_of(
            Label::Org,
            "They study Geographic Information Systems today."
        ));
    }

    #[test]
    fn a_name_whose_shares_trade_is_a_company() {
        assert_eq!(
            names("Shares in Zorvale fell, and Brixley shares rose; a stake in Kestrow Mansour."),
            [org("Zorvale"), org("Brixley"), org("Kestrow Mansour")]
        );
        assert!(none_of(
            Label::Org,
            "He bought shares in May and in Baghdad."
        ));
    }

    #[test]
    fn a_name_right_after_a_title_and_for_is_no_person() {
        assert!(none_of(
            Label::Person,
            "A spokesman for Zorvale declined to comment."
        ));
    }

    #[test]
    fn a_legal_form_ends_a_company_name() {
        assert_eq!(
            names("Zorvex Motor Co Chairman Matt Brack spoke."),
            [org("Zorvex Motor Co"), person("Matt Brack")]
        );
        assert_eq!(
            names("Brixley AG and Quorwin SA fell."),
            [org("Brixley AG"), org("Quorwin SA")]
        );
        assert_eq!(
            names("He sold Kestrel Holdings plc shares."),
            [org("Kestrel Holdings plc")]
        );
        assert_eq!(
            names("Grenfield Mining Co Ltd grew."),
            [org("Grenfield Mining Co Ltd")]
        );
    }

    #[test]
    fn a_legal_form_after_a_comma_is_part_of_the_name() {
        assert_eq!(
            names("Shares of Zyxtron, Inc. rose."),
            [org("Zyxtron, Inc.")]
        );
        // Any other word after a comma starts something else.
        assert_eq!(names("He left Zyxtron, Ostrava and the rest."), []);
    }

    #[test]
    fn a_state_code_after_a_town_is_no_legal_form() {
        assert_eq!(names("We flew from Baghdad AB today."), []);
    }

    #[test]
    fn a_name_after_a_kind_of_place_and_of_is_a_place() {
        assert_eq!(
            names("They fled the neighbourhood of Mansour at dawn."),
            [place("Mansour")],
            "a given name there is a place"
        );
        assert_eq!(
            names("Shelling hit the villages of Qaryat Saleh again."),
            [place("Qaryat Saleh")]
        );
        assert_eq!(
            names("Residents of Mansour said so."),
            [person("Mansour")],
            "no kind of place before it: a given name alone is a person"
        );
        assert!(names("It is an area of Physics and part of Grammar.").is_empty());
        assert!(
            names("Returning the country to a state of Peace.").is_empty(),
            "an ordinary word is no place"
        );
    }

    #[test]
    fn a_name_before_a_kind_of_place_is_a_place_without_it() {
        assert_eq!(
            names("Guards closed the Karrada district on Monday."),
            [place("Karrada")]
        );
        assert!(
            names("the Hebron town council met in May").is_empty(),
            "town and city are no cue after a name"
        );
    }

    #[test]
    fn organisation_words_by_class_end_an_organisation() {
        assert_eq!(
            names("She plays with the Zembla Symphony Orchestra now."),
            [org("Zembla Symphony Orchestra")]
        );
        assert_eq!(
            names("the Zembla Chamber of Commerce and the Zembla Stock Exchange agreed"),
            [
                org("Zembla Chamber of Commerce"),
                org("Zembla Stock Exchange")
            ]
        );
        assert_eq!(names("Then Team Iraq won."), [org("Team Iraq")]);
        assert_eq!(
            names("signed to Zembla Records and filmed by Paramount Pictures"),
            [org("Zembla Records"), org("Paramount Pictures")],
            "a label and a studio, one named with an ordinary word"
        );
        assert_eq!(
            names("call the Law Offices of Ortwin Blau or Zembla Futures"),
            [org("Law Offices of Ortwin Blau"), org("Zembla Futures")],
            "a firm named for its founder"
        );
        assert!(
            names("He was the Team Manager then.").is_empty(),
            "a team and a word that is no place"
        );
        assert!(
            names("Exchange rates fell. The Library opened.").is_empty(),
            "one word alone is no name"
        );
    }

    #[test]
    fn a_person_of_an_organisation_is_two_names() {
        assert_eq!(
            names("wrote Matt Kowalczyk of the Zembla Herald yesterday"),
            [person("Matt Kowalczyk"), org("Zembla Herald")]
        );
        assert_eq!(
            names("the Friends of the Zembla Society met"),
            [org("Friends of the Zembla Society")],
            "no given name opens it: one organisation"
        );
    }

    #[test]
    fn a_place_before_a_plural_word_is_a_team_and_before_an_organisation_is_one() {
        assert_eq!(
            names("when the Baghdad Pirates won the cup"),
            [org("Baghdad Pirates")]
        );
        assert_eq!(
            names("aid from the Iraqi Red Crescent arrived"),
            [org("Iraqi Red Crescent")]
        );
        assert!(
            names("Fans Cheer For The Baghdad Pirates").is_empty(),
            "not in a title-case headline"
        );
        assert!(none_of(Label::Org, "in Baghdad Kowalczyk waited"));
        assert!(
            names("since the Baghdad Talks began").is_empty(),
            "an event a place names is no team"
        );
    }

    #[test]
    fn a_plural_nickname_no_lexicon_knows_makes_a_team_after_a_place_that_is_no_given_name() {
        assert_eq!(
            names("when the Baghdad Zorvexes won"),
            [org("Baghdad Zorvexes")]
        );
        assert!(none_of(Label::Org, "he met Jordan Zorvexes there"));
        assert!(none_of(Label::Org, "trains from Baghdad Zt Pancras"));
    }
}
