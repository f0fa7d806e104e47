//! Events: an event keyword ("attack", "air strike", "sanctions") grouped with the place, date
//! and counts of its sentence.
//!
//! One event per sentence per kind: "the attack … the attacks" in one sentence is one attack.
//! The place is the first PLACE after a locative preposition ("air strikes on Iraq": Iraq, not
//! the "US" that carried them out), else the first PLACE of the sentence. Grouping by sentence
//! is a deliberate simplification: a parse would tie "killed 25" to its own clause, but the
//! sentence is what a reader scanning the facts panel checks against.

use super::casualties::Casualty;
use super::dates::DateFact;
use super::quantities::Quantity;
use super::ranges::starting_within;
use super::NamedMention;
use crate::label::Label;
use serde::Serialize;

/// An event and what its sentence says about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Start byte offset of the keyword (converted to the output unit on the way out).
    pub start: usize,
    /// End offset of the keyword, exclusive.
    pub end: usize,
    /// The canonical name of the keyword ("air strike").
    pub kind: String,
    /// The keyword as written ("air strikes").
    pub text: String,
    /// The canonical name of the place, if the sentence names one.
    pub place: Option<String>,
    /// The date of the sentence: its ISO value, or its text when it has none.
    pub date: Option<String>,
    /// Casualties, and other counted things, of the sentence.
    pub counts: Vec<EventCount>,
}

/// A count attached to an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventCount {
    /// A casualty kind ("killed") or the counted noun ("protesters").
    pub kind: String,
    /// How many; null when the text is vague.
    pub count: Option<f64>,
    /// Start offset of the casualty or quantity fact counted.
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
}

/// Words that make a keyword an event (matched on each word of its canonical name).
const EVENT_WORDS: &[&str] = &[
    "attack",
    "protest",
    "strike",
    "airstrike",
    "sanctions",
    "recall",
    "recalled",
    "bombing",
    "clashes",
    "clash",
    "raid",
    "shelling",
    "explosion",
    "blast",
    "assault",
    "demonstration",
    "riot",
    "ambush",
    "offensive",
    "invasion",
    "shooting",
    "siege",
    "storming",
    "coup",
];

/// Prepositions before the place where an event happened.
const LOCATIVES: &[&str] = &[
    "in", "on", "at", "near", "outside", "inside", "against", "across", "into", "over",
];

/// The facts of the text an event is grouped with.
pub(crate) struct Grouping<'f> {
    pub dates: &'f [DateFact],
    pub quantities: &'f [Quantity],
    pub casualties: &'f [Casualty],
}

/// Finds the events of each sentence. `mentions` and the facts of `facts` are sorted by
/// start, so the ones of a sentence are found by binary search ([`starting_within`]) rather than
/// by a scan of every list for every sentence.
pub(crate) fn extract(
    text: &str,
    mentions: &[NamedMention<'_>],
    sentences: &[(usize, usize)],
    facts: &Grouping<'_>,
) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for &(s, e) in sentences {
        let in_sentence: Vec<&NamedMention<'_>> = starting_within(mentions, |m| m.start, s, e)
            .iter()
            .filter(|m| m.end <= e)
            .collect();
        if in_sentence.is_empty() {
            continue;
        }
        let first_event = out.len();
        for m in in_sentence
            .iter()
            .filter(|m| m.label == Label::Keyword && is_event(m.name))
        {
            if out[first_event..].iter().any(|ev| ev.kind == m.name) {
                continue;
            }
            out.push(Event {
                start: m.start,
                end: m.end,
                kind: m.name.to_string(),
                text: text[m.start..m.end].to_string(),
                place: place(text, &in_sentence, m).map(str::to_string),
                date: starting_within(facts.dates, |d| d.start, s, e)
                    .iter()
                    .find(|d| d.end <= e)
                    .map(|d| d.value.clone().unwrap_or_else(|| d.text.clone())),
                counts: counts(facts, s, e),
            });
        }
    }
    out
}

/// Whether a keyword's canonical name names an event.
fn is_event(name: &str) -> bool {
    name.split([' ', '-'])
        .any(|w| EVENT_WORDS.iter().any(|e| e.eq_ignore_ascii_case(w)))
}

/// The place of a sentence's `event`: the first place after a locative ("in", "on", …), else
/// the first place. A place that modifies the event word ("US air strikes") names who acted,
/// not where, so it is passed over.
fn place<'a>(
    text: &str,
    mentions: &[&NamedMention<'a>],
    event: &NamedMention<'_>,
) -> Option<&'a str> {
    let modifier =
        |m: &&&NamedMention<'a>| m.end <= event.start && text[m.end..event.start].trim().is_empty();
    let places = mentions
        .iter()
        .filter(|m| m.label == Label::Place)
        .filter(move |m| !modifier(m));
    let after_locative = |m: &&&NamedMention<'a>| {
        let before = text[..m.start].trim_end();
        let word_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(0, |(i, c)| i + c.len_utf8());
        LOCATIVES
            .iter()
            .any(|l| l.eq_ignore_ascii_case(&before[word_start..]))
    };
    places
        .clone()
        .find(after_locative)
        .or_else(|| places.clone().next())
        .map(|m| m.name)
}

/// Whether a unit is a span of time.
fn is_duration(unit: &str) -> bool {
    let singular = unit.strip_suffix('s').unwrap_or(unit);
    ["minute", "hour", "day", "week", "month", "year"]
        .iter()
        .any(|u| u.eq_ignore_ascii_case(singular))
}

/// The casualties of the sentence `s..e`, then its other counted quantities.
fn counts(facts: &Grouping<'_>, s: usize, e: usize) -> Vec<EventCount> {
    let casualties: Vec<&Casualty> = starting_within(facts.casualties, |c| c.start, s, e)
        .iter()
        .filter(|c| c.end <= e)
        .collect();
    let counted_by_casualty = |q: &Quantity| {
        casualties
            .iter()
            .any(|c| c.start <= q.start && q.end <= c.end)
    };
    let from_casualties = casualties.iter().map(|c| EventCount {
        kind: c.kind.as_str().to_string(),
        count: c.count,
        start: c.start,
        end: c.end,
    });
    let from_quantities = starting_within(facts.quantities, |q| q.start, s, e)
        .iter()
        .filter(|q| q.end <= e && !counted_by_casualty(q))
        // Durations ("two weeks") say how long, not how many took part.
        .filter(|q| !q.unit.as_deref().is_some_and(is_duration))
        .filter_map(|q| {
            Some(EventCount {
                kind: q.unit.clone()?,
                count: q.value,
                start: q.start,
                end: q.end,
            })
        });
    from_casualties.chain(from_quantities).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{extract as extract_facts, Facts};

    use crate::facts::mention;

    fn facts(text: &str, mentions: &[NamedMention<'_>]) -> Facts {
        extract_facts(text, mentions, &crate::sentences::sentences(text))
    }

    #[test]
    fn groups_place_date_and_casualties_of_the_sentence() {
        let text = "date 2020-01-01\nNorland air strikes on Sorvia on Sunday killed 9 guards. Calm returned.";
        let m = [
            mention(text, "Norland", Label::Place, "Norland"),
            mention(text, "air strikes", Label::Keyword, "air strike"),
            mention(text, "Sorvia", Label::Place, "Sorvia"),
        ];
        let events = facts(text, &m).events;
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert_eq!(
            (e.kind.as_str(), e.text.as_str()),
            ("air strike", "air strikes")
        );
        assert_eq!(e.place.as_deref(), Some("Sorvia"));
        assert_eq!(e.date.as_deref(), Some("2019-12-29"));
        assert_eq!(e.counts.len(), 1);
        assert_eq!(
            (e.counts[0].kind.as_str(), e.counts[0].count),
            ("killed", Some(9.0))
        );
    }

    #[test]
    fn a_place_after_a_curly_quote_is_read_without_slicing_inside_it() {
        let text = "The attack drew a “Norland” reply.";
        let m = [
            mention(text, "attack", Label::Keyword, "attack"),
            mention(text, "Norland", Label::Place, "Norland"),
        ];
        assert_eq!(facts(text, &m).events[0].place.as_deref(), Some("Norland"));
    }

    #[test]
    fn a_place_that_modifies_the_event_word_is_not_its_place() {
        let text = "Norland air strikes hit Sorvia.";
        let m = [
            mention(text, "Norland", Label::Place, "Norland"),
            mention(text, "air strikes", Label::Keyword, "air strike"),
            mention(text, "Sorvia", Label::Place, "Sorvia"),
        ];
        assert_eq!(facts(text, &m).events[0].place.as_deref(), Some("Sorvia"));
    }

    #[test]
    fn one_event_per_kind_per_sentence() {
        let text = "The attack and a second attack hit Norland.";
        let first = mention(text, "attack", Label::Keyword, "attack");
        let second_at = text.rfind("attack").unwrap();
        let second = NamedMention {
            start: second_at,
            end: second_at + 6,
            ..first
        };
        let events = facts(
            text,
            &[
                first,
                second,
                mention(text, "Norland", Label::Place, "Norland"),
            ],
        )
        .events;
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].place.as_deref(), Some("Norland"));
    }

    #[test]
    fn keywords_that_are_no_events_are_left_out() {
        let text = "The economy of Norland grew.";
        assert!(
            facts(text, &[mention(text, "economy", Label::Keyword, "economy")])
                .events
                .is_empty()
        );
    }

    #[test]
    fn counted_quantities_join_the_event_and_undated_events_have_no_date() {
        let text = "A two-day protest by 300 farmers blocked roads.";
        let events = facts(text, &[mention(text, "protest", Label::Keyword, "protest")]).events;
        assert_eq!(events[0].date, None);
        assert_eq!(events[0].place, None);
        assert_eq!(
            (events[0].counts[0].kind.as_str(), events[0].counts[0].count),
            ("farmers", Some(300.0))
        );
    }
}
