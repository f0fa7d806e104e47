//! The closed set of labels a span can carry, with their display names and the priority that
//! breaks ties between equal spans.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What kind of thing a span names.
///
/// The order of the variants is the documented tie-break for two candidate spans that cover
/// exactly the same text: the earlier variant wins. Places come first because in news a bare
/// name that is both a country and a given name ("Jordan", "Israel") is far more often the
/// country; nationalities before organisations because "Iraqi" is never an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
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
}

impl Label {
    /// Every label, in priority order.
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
        }
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
        )
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error for a label name that is not one of [`Label::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLabel(pub String);

impl fmt::Display for UnknownLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
        write!(
            f,
            "unknown label {:?} (expected one of {})",
            self.0,
            names.join(", ")
        )
    }
}

impl FromStr for Label {
    type Err = UnknownLabel;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Label::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownLabel(s.to_string()))
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
        let err = "CITY".parse::<Label>().unwrap_err().to_string();
        assert!(err.contains("CITY") && err.contains("PLACE"), "{err}");
    }

    #[test]
    fn place_outranks_person_for_equal_spans() {
        assert!(Label::Place < Label::Person);
        assert!(Label::Nationality < Label::Org);
    }
}
