//! The labels a span can carry: the built-in set, with their display names and the priority
//! that breaks ties between equal spans, and the custom labels a user's dictionary names.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::{LazyLock, RwLock};

/// What kind of thing a span names.
///
/// The order of the variants is the documented tie-break for two candidate spans that cover
/// exactly the same text: the earlier variant wins. Places come first because in news a bare
/// name that is both a country and a given name ("Jordan", "Israel") is far more often the
/// country; nationalities before organisations because "Iraqi" is never an organisation.
///
/// A custom label ([`Label::Custom`]) comes last: built-in labels keep their order among
/// themselves, and a custom label only ever reaches a text through a user's dictionary, whose
/// readings already win over the default data's for the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// Countries, cities, regions, landmarks.
    Place,
    /// Demonyms and adjectives of nationality ("Iraqi", "French").
    Nationality,
    /// Governments, companies, armed groups, agencies, parties, media.
    Org,
    /// Named people.
    Person,
    /// Titles and roles ("prime minister", "spokesman").
    Title,
    /// Calendar dates and relative dates.
    Date,
    /// Sums of money.
    Money,
    /// Counts and quantities.
    Number,
    /// Event and topic keywords ("protest", "air strike").
    Keyword,
    /// A label of the user's own, named in a dictionary's LABEL column (`WEAPON`,
    /// `AID_GROUP`). No rule or fact extractor reads it; its spans name entities like any
    /// dictionary entry's.
    Custom(CustomLabel),
}

/// A custom label: a name of upper-case ASCII letters, digits and `_`, starting with a letter,
/// at most [`CustomLabel::MAX_LEN`] characters, and not a built-in label's name.
///
/// The name is interned: a `CustomLabel` is a 2-byte index into one table of names for the
/// whole process, so a [`Label`] stays `Copy`, 4 bytes, and serialises to its name without an
/// annotator at hand. Storing the name inline instead (25 bytes per label) was tried and
/// measured: every span and candidate grows, and annotating a text at the size limit peaked
/// at 416 MB, over the 400 MB `tests/memory.rs` allows. The table only grows with distinct
/// names, each kept once for the life of the process (at most [`CustomLabel::MAX_NAMES`],
/// 24 bytes each); a gazetteer names at most
/// [`MAX_CUSTOM_LABELS`](crate::MAX_CUSTOM_LABELS) of them.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomLabel(u16);

/// Custom labels order by name, not by index: the index depends on which names the process
/// met first, and the order breaks ties between equal spans, which must not depend on what
/// was annotated before.
impl Ord for CustomLabel {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        if self.0 == other.0 {
            std::cmp::Ordering::Equal
        } else {
            self.as_str().cmp(other.as_str())
        }
    }
}

impl PartialOrd for CustomLabel {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// The names of the custom labels met so far, and their indices.
#[derive(Default)]
struct Names {
    list: Vec<&'static str>,
    index: HashMap<&'static str, u16>,
}

static NAMES: LazyLock<RwLock<Names>> = LazyLock::new(RwLock::default);

impl CustomLabel {
    /// The longest custom label name.
    pub const MAX_LEN: usize = 24;
    /// How many distinct custom label names one process can know.
    pub const MAX_NAMES: usize = u16::MAX as usize + 1;

    /// The custom label called `name`, if it is a well-formed name (see [`CustomLabel`]).
    pub fn new(name: &str) -> Result<CustomLabel, UnknownLabel> {
        let well_formed = name.len() <= Self::MAX_LEN
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
            && !Label::ALL.iter().any(|l| l.as_str() == name);
        if !well_formed {
            return Err(UnknownLabel::new(name));
        }
        if let Some(&i) = read_names().index.get(name) {
            return Ok(CustomLabel(i));
        }
        let mut names = NAMES.write().unwrap_or_else(|e| e.into_inner());
        if let Some(&i) = names.index.get(name) {
            return Ok(CustomLabel(i));
        }
        if names.list.len() >= Self::MAX_NAMES {
            return Err(UnknownLabel {
                name: name.to_string(),
                table_full: true,
            });
        }
        let i = names.list.len() as u16;
        let kept: &'static str = Box::leak(name.into());
        names.list.push(kept);
        names.index.insert(kept, i);
        Ok(CustomLabel(i))
    }

    /// The name.
    pub fn as_str(self) -> &'static str {
        read_names().list[self.0 as usize]
    }
}

fn read_names() -> std::sync::RwLockReadGuard<'static, Names> {
    // The table is only ever appended to, whole, under the lock: a panic elsewhere while it
    // was held cannot have left it half-written.
    NAMES.read().unwrap_or_else(|e| e.into_inner())
}

impl fmt::Debug for CustomLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl Label {
    /// Every built-in label, in priority order.
    pub const ALL: [Label; 9] = [
        Label::Place,
        Label::Nationality,
        Label::Org,
        Label::Person,
        Label::Title,
        Label::Date,
        Label::Money,
        Label::Number,
        Label::Keyword,
    ];

    /// The upper-case name used in data files, JSON and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Place => "PLACE",
            Label::Nationality => "NATIONALITY",
            Label::Org => "ORG",
            Label::Person => "PERSON",
            Label::Title => "TITLE",
            Label::Date => "DATE",
            Label::Money => "MONEY",
            Label::Number => "NUMBER",
            Label::Keyword => "KEYWORD",
            Label::Custom(custom) => custom.as_str(),
        }
    }

    /// Whether this is a user's custom label.
    pub fn is_custom(self) -> bool {
        matches!(self, Label::Custom(_))
    }

    /// Whether this label names an entity (and so gets an entry in the entity list).
    pub fn is_named(self) -> bool {
        matches!(
            self,
            Label::Place
                | Label::Nationality
                | Label::Org
                | Label::Person
                | Label::Title
                | Label::Keyword
                | Label::Custom(_)
        )
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Label {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        name.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a label name that is neither one of [`Label::ALL`] nor a custom label name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLabel {
    /// The name as given.
    pub name: String,
    /// Whether the name was well-formed but the process already knows
    /// [`CustomLabel::MAX_NAMES`] custom labels.
    table_full: bool,
}

impl UnknownLabel {
    fn new(name: &str) -> UnknownLabel {
        UnknownLabel {
            name: name.to_string(),
            table_full: false,
        }
    }
}

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.table_full {
            return write!(
                f,
                "the custom label {:?} is one too many: this process already knows {} custom \
                 labels",
                self.name,
                CustomLabel::MAX_NAMES
            );
        }
        let names: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
        write!(
            f,
            "unknown label {:?} (expected one of {}, or a custom label in capitals, digits \
             and _, starting with a letter, at most {} characters, such as WEAPON)",
            self.name,
            names.join(", "),
            CustomLabel::MAX_LEN
        )
    }
}

impl FromStr for Label {
    type Err = UnknownLabel;

    /// A built-in label's name in any case ("person"), else a custom label's name, which must
    /// be written in capitals: a lower-case word that is not a built-in label is more likely a
    /// slip (a name pasted into the LABEL column) than a new label.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        match Label::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s))
        {
            Some(label) => Ok(label),
            None => CustomLabel::new(s).map(Label::Custom),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for label in Label::ALL {
            assert_eq!(label.as_str().parse::<Label>(), Ok(label));
        }
        assert_eq!("person".parse::<Label>(), Ok(Label::Person));
    }

    #[test]
    fn unknown_label_lists_the_choices() {
        let err = "City".parse::<Label>().unwrap_err().to_string();
        assert!(err.contains("\"City\"") && err.contains("PLACE"), "{err}");
        assert!(err.contains("custom label in capitals"), "{err}");
    }

    #[test]
    fn an_upper_case_name_that_is_not_built_in_is_a_custom_label() {
        let weapon = "WEAPON".parse::<Label>().unwrap();
        assert!(weapon.is_custom());
        assert_eq!(weapon.as_str(), "WEAPON");
        assert_eq!(
            " AID_GROUP2 ".parse::<Label>().unwrap().as_str(),
            "AID_GROUP2"
        );
    }

    #[test]
    fn a_label_is_as_small_as_a_built_in_one_needs_plus_an_index() {
        assert!(std::mem::size_of::<Label>() <= 4);
    }

    #[test]
    fn custom_labels_order_by_name_whichever_was_met_first() {
        let late = CustomLabel::new("ZZ_ORDER_TEST").unwrap();
        let early = CustomLabel::new("AA_ORDER_TEST").unwrap();
        assert!(early < late);
    }

    #[test]
    fn one_name_is_one_custom_label() {
        let a = CustomLabel::new("AID_GROUP").unwrap();
        assert_eq!(CustomLabel::new("AID_GROUP").unwrap(), a);
        assert_ne!(CustomLabel::new("AID_GROUPS").unwrap(), a);
    }

    #[test]
    fn custom_label_names_are_capitals_digits_and_underscores_up_to_24() {
        for bad in [
            "weapon",
            "Weapon",
            "2ND",
            "_X",
            "AID-GROUP",
            "AID GROUP",
            "ÉTAT",
            "",
        ] {
            assert!(CustomLabel::new(bad).is_err(), "{bad:?}");
        }
        assert!(CustomLabel::new(&"A".repeat(24)).is_ok());
        assert!(CustomLabel::new(&"A".repeat(25)).is_err());
    }

    #[test]
    fn a_built_in_name_is_never_a_custom_label() {
        assert!(CustomLabel::new("PLACE").is_err());
        assert_eq!("place".parse::<Label>(), Ok(Label::Place));
    }

    #[test]
    fn a_custom_label_ranks_after_every_built_in_one() {
        let weapon = "WEAPON".parse::<Label>().unwrap();
        assert!(Label::ALL.iter().all(|&l| l < weapon));
    }

    #[test]
    fn labels_serialise_as_their_names() {
        let labels = [Label::Org, "WEAPON".parse().unwrap()];
        let json = serde_json::to_string(&labels).unwrap();
        assert_eq!(json, r#"["ORG","WEAPON"]"#);
        assert_eq!(serde_json::from_str::<Vec<Label>>(&json).unwrap(), labels);
    }

    #[test]
    fn place_outranks_person_for_equal_spans() {
        assert!(Label::Place < Label::Person);
        assert!(Label::Nationality < Label::Org);
    }
}
