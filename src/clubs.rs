//! Sports clubs named after their town: "AC Milan", "Real Madrid", "Bayern Munich",
//! "Manchester United", "Blackburn Rovers". The gazetteer reads the town in them as a place,
//! which a reader of a sports page does not: the club is an organisation, and its name takes
//! in the word beside the town. Sports reports are a large share of wire copy, and these words
//! say "club" whatever the town.
//!
//! The words are a hand-maintained list by class (the forms European and American club names
//! take before or after their town's name), not a list of clubs: a word counts only directly
//! beside a place the gazetteer or the rules read, capitalised as listed, with one space
//! between. Left out on purpose: "City", "Town" and "County" ("Mexico City", "Cape Town",
//! "Orange County" are places), "AS" (an English word in a headline in capitals) and two-word
//! forms ("Red Star").
//!
//! A town with no club word is a club too where it is a side of a match result ("Barcelona
//! drew 1-1 with Valencia", "Ajax 3 PSV 1"): see [`results`].

mod results;

use crate::annotator::{EntityRef, Mention, FOUND_RANK};
use crate::context::{line_of, word_after, word_before};
use crate::gazetteer::EntityDef;
use crate::label::Label;
use crate::names::canonical;
use crate::tokens::{is_capitalised, is_title_case};

/// Words that open a club's name before its town ("AC Milan", "Real Madrid", "Bayern Munich",
/// "Dynamo Kiev", "PSV Eindhoven", "Slovan Bratislava", "Club Brugge", "VfB Stuttgart").
const BEFORE: &[&str] = &[
    "AC",
    "AFC",
    "AZ",
    "Arminia",
    "Athletic",
    "Atletico",
    "Atlético",
    "Bayern",
    "Borussia",
    "CSKA",
    "Club",
    "Deportivo",
    "Dinamo",
    "Dynamo",
    "Eintracht",
    "FC",
    "FK",
    "Fortuna",
    "Górnik",
    "Hajduk",
    "Hansa",
    "Hertha",
    "Inter",
    "Legia",
    "Lokomotiv",
    "NAC",
    "NK",
    "Olympique",
    "PSV",
    "Partizan",
    "Polonia",
    "RB",
    "Racing",
    "Rapid",
    "Real",
    "SC",
    "SK",
    "SV",
    "Shakhtar",
    "Slavia",
    "Slovan",
    "Sparta",
    "Spartak",
    "Sporting",
    "Standard",
    "Steaua",
    "TSV",
    "Torpedo",
    "Union",
    "VfB",
    "VfL",
    "Viktoria",
    "Vitesse",
    "Werder",
    "Zenit",
];

/// Words that close a club's name after its town ("Manchester United", "Toronto FC",
/// "Bolton Wanderers", "Tottenham Hotspur").
const AFTER: &[&str] = &[
    "AFC",
    "Albion",
    "Athletic",
    "CF",
    "FC",
    "Hotspur",
    "Rangers",
    "Rovers",
    "SC",
    "United",
    "Wanderers",
];

/// `mentions` (sorted by start, disjoint) with the clubs a sports page names after their town
/// read as organisations: a place beside a club word, and a town or an unknown name that is a
/// side of a match result (see [`results`]).
pub(crate) fn clubs(text: &str, mentions: Vec<Mention>, entities: &[EntityDef]) -> Vec<Mention> {
    let mentions = beside_club_words(text, mentions);
    let mentions = before_plural_titles(text, mentions);
    results::sides(text, mentions, entities)
}

/// `mentions` (sorted by start, disjoint) with each place that a club word stands beside made
/// the club: an organisation spanning both words. A club word already inside another mention
/// is left to it.
fn beside_club_words(text: &str, mut mentions: Vec<Mention>) -> Vec<Mention> {
    // The mentions a club took in, left out at the end.
    let mut taken = vec![false; mentions.len()];
    for i in 0..mentions.len() {
        if mentions[i].label != Label::Place {
            continue;
        }
        let (start, end) = (mentions[i].start, mentions[i].end);
        let free = |from: usize, to: usize| {
            let before = i.checked_sub(1).is_none_or(|p| mentions[p].end <= from);
            let after = mentions.get(i + 1).is_none_or(|n| to <= n.start);
            before && after
        };
        // A club word may be a town itself ("Sparta Prague": Sparta, Greece), read as a place
        // of its own: the club takes it in.
        let town_word = i.checked_sub(1).filter(|&p| {
            let m = &mentions[p];
            m.label == Label::Place && m.end + 1 == start && BEFORE.contains(&&text[m.start..m.end])
        });
        let opening = word_before(text, start)
            .filter(|w| BEFORE.contains(w))
            .map(|w| start - 1 - w.len())
            .filter(|&from| town_word.is_some() || free(from, end));
        let closing = word_after(text, end)
            .filter(|w| AFTER.contains(w))
            .map(|w| end + 1 + w.len())
            .filter(|&to| free(start, to));
        if opening.is_none() && closing.is_none() {
            continue;
        }
        let (start, end) = (opening.unwrap_or(start), closing.unwrap_or(end));
        if let Some(p) = town_word.filter(|_| opening.is_some()) {
            taken[p] = true;
        }
        mentions[i] = Mention {
            start,
            end,
            label: Label::Org,
            rank: FOUND_RANK,
            entity: EntityRef::Found(canonical(&text[start..end])),
        };
    }
    let mut taken = taken.into_iter();
    mentions.retain(|_| !taken.next().expect("one flag per mention"));
    mentions
}

/// `mentions` (sorted by start, disjoint) with each place that a capitalised plural title
/// follows made a team: "the St. Louis Cardinals", "the Sacramento Kings", "the Ottawa
/// Senators", "the Kansas City Chiefs". American teams take such nicknames, and a town's
/// officials are not written capitalised after its name in running text. A title-case line
/// ("Texas Senators Reject Bill") capitalises every word, so none is read there; in an
/// all-capitals line the plural's "S" is a capital, and none is read there either.
fn before_plural_titles(text: &str, mut mentions: Vec<Mention>) -> Vec<Mention> {
    let mut i = 0;
    while i + 1 < mentions.len() {
        let (place, title) = (&mentions[i], &mentions[i + 1]);
        let nickname = &text[title.start..title.end];
        let team = place.label == Label::Place
            && title.label == Label::Title
            && title.start == place.end + 1
            && text[place.end..].starts_with(' ')
            && is_capitalised(nickname)
            && !nickname.contains(' ')
            && nickname.len() > 3
            && nickname.ends_with('s')
            && !nickname.ends_with("ss")
            && !is_title_case(line_of(text, place.start));
        if team {
            let (start, end) = (place.start, title.end);
            mentions.splice(
                i..i + 2,
                [Mention {
                    start,
                    end,
                    label: Label::Org,
                    rank: FOUND_RANK,
                    entity: EntityRef::Found(canonical(&text[start..end])),
                }],
            );
        }
        i += 1;
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apposition::fixtures::{labelled, mentions};

    /// The text's places, as the gazetteer would read them, through `clubs`.
    fn read(text: &str, places: &[&str]) -> Vec<(String, Label)> {
        let read = mentions(text, &[(places, Label::Place, EntityRef::Known(0))]);
        labelled(text, beside_club_words(text, read))
    }

    #[test]
    fn a_club_word_beside_a_town_makes_the_club() {
        assert_eq!(
            read("AC Velmar beat Real Kestrel 2-1.", &["Velmar", "Kestrel"]),
            [
                ("AC Velmar".to_string(), Label::Org),
                ("Real Kestrel".to_string(), Label::Org)
            ]
        );
        assert_eq!(
            read(
                "fans of Velmar United and Kestrel Rovers",
                &["Velmar", "Kestrel"]
            ),
            [
                ("Velmar United".to_string(), Label::Org),
                ("Kestrel Rovers".to_string(), Label::Org)
            ]
        );
    }

    #[test]
    fn a_club_word_that_is_a_town_itself_opens_the_club() {
        // "Sparta" is a town too; the club takes it in.
        assert_eq!(
            read(
                "Sparta Velmar beat Slovan Kestrel.",
                &["Sparta", "Velmar", "Kestrel"]
            ),
            [
                ("Sparta Velmar".to_string(), Label::Org),
                ("Slovan Kestrel".to_string(), Label::Org)
            ]
        );
        // Alone, or apart from a town, it stays a place.
        assert_eq!(
            read(
                "Sparta, Velmar and Kestrel",
                &["Sparta", "Velmar", "Kestrel"]
            ),
            [
                ("Sparta".to_string(), Label::Place),
                ("Velmar".to_string(), Label::Place),
                ("Kestrel".to_string(), Label::Place)
            ]
        );
    }

    #[test]
    fn a_town_without_a_club_word_stays_a_place() {
        let place = |s: &str| (s.to_string(), Label::Place);
        // Lower case, no word beside it, a word two spaces away, a word of another kind.
        assert_eq!(read("real Velmar estate", &["Velmar"]), [place("Velmar")]);
        assert_eq!(read("Velmar City Hall", &["Velmar"]), [place("Velmar")]);
        assert_eq!(
            read("in Velmar.  United we", &["Velmar"]),
            [place("Velmar")]
        );
        assert_eq!(read("Inter-Velmar ties", &["Velmar"]), [place("Velmar")]);
        assert_eq!(read("Velmar, United", &["Velmar"]), [place("Velmar")]);
    }

    /// `text` with its `places` and `titles` as the gazetteer would read them, through
    /// [`before_plural_titles`].
    fn teams(text: &str, places: &[&str], titles: &[&str]) -> Vec<(String, Label)> {
        let read = mentions(
            text,
            &[
                (places, Label::Place, EntityRef::Known(0)),
                (titles, Label::Title, EntityRef::Known(0)),
            ],
        );
        labelled(text, before_plural_titles(text, read))
    }

    #[test]
    fn a_place_before_a_capitalised_plural_title_is_a_team() {
        assert_eq!(
            teams(
                "He joined the Velmar Cardinals, then the Kestrel Kings.",
                &["Velmar", "Kestrel"],
                &["Cardinals", "Kings"]
            ),
            [
                ("Velmar Cardinals".to_string(), Label::Org),
                ("Kestrel Kings".to_string(), Label::Org)
            ]
        );
    }

    #[test]
    fn a_title_in_lower_case_singular_or_in_a_headline_stays_a_title() {
        let read = |text: &str, place: &str, title: &str| {
            teams(text, &[place], &[title])
                .iter()
                .any(|(_, label)| *label == Label::Org)
        };
        assert!(!read("the Velmar senators voted", "Velmar", "senators"));
        assert!(!read("the Velmar Senator voted", "Velmar", "Senator"));
        assert!(!read(
            "Velmar Senators Reject New Budget",
            "Velmar",
            "Senators"
        ));
        assert!(!read("in Velmar, Senators voted", "Velmar", "Senators"));
    }

    #[test]
    fn a_club_word_another_mention_holds_is_left_to_it() {
        let text = "Velmar United Kestrel";
        let mut mentions = vec![
            Mention {
                start: 0,
                end: 6,
                label: Label::Place,
                rank: 0,
                entity: EntityRef::Known(0),
            },
            Mention {
                start: 7,
                end: 21,
                label: Label::Org,
                rank: 0,
                entity: EntityRef::Known(1),
            },
        ];
        mentions = beside_club_words(text, mentions);
        assert_eq!((mentions[0].end, mentions[0].label), (6, Label::Place));
    }
}
