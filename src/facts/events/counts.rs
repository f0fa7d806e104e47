//! The counts of events: casualties and counted groups of people, each given to one event
//! mention (or to none, for the main event), worded as a reader reads them.

use super::super::casualties::Casualty;
use super::super::quantities::Quantity;
use super::super::ranges::Claimed;
use super::super::tokens::{token_at, Token};
use super::{EventCount, Grouping, Mention};
use crate::sentences::sentence_of;

/// A count and the mention it belongs to (`None`: a sentence without an event word).
pub(super) struct Counted {
    pub mention: Option<usize>,
    pub count: EventCount,
    /// Whether it comes from embedded material (a post), which yields to the article's own.
    pub embedded: bool,
    /// Whether it counts a group ("200 protesters") rather than casualties.
    pub group: bool,
}

/// Nouns of groups of people whose count tells how many took part ("200 protesters"), beside
/// those ending in "-ers", "-ists" and "-men" and capitalised plurals ("25 Iraqis"). Other
/// counted things ("two countries", "three weeks") are no one's count.
const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "civilians",
    "troops",
    "soldiers",
    "police",
    "guards",
    "militants",
    "rebels",
    "students",
    "residents",
    "villagers",
    "children",
    "women",
    "refugees",
    "migrants",
    "supporters",
    "members",
    "officers",
    "personnel",
    "staff",
    "hostages",
    "detainees",
    "prisoners",
    "passengers",
    "pilgrims",
    "crew",
    "diplomats",
];

/// Whether `unit` names a group of people.
fn is_people(unit: &str) -> bool {
    let lower = unit.to_lowercase();
    PEOPLE.contains(&lower.as_str())
        || ["ers", "ists", "men"].iter().any(|s| lower.ends_with(s))
        || (unit.starts_with(char::is_uppercase) && unit.ends_with('s'))
}

/// The casualties and counted groups of the text, each with the mention it belongs to.
pub(super) fn assign(
    text: &str,
    tokens: &[Token<'_>],
    sentences: &[(usize, usize)],
    facts: &Grouping<'_>,
    quoted: &Claimed,
    embedded: &Claimed,
    found: &[Mention],
) -> Vec<Counted> {
    let owner = |start: usize| {
        let sentence = sentence_of(sentences, start)?;
        let k = token_at(tokens, start);
        let first = found.partition_point(|m| m.sentence < sentence);
        let in_sentence = found[first..].iter().take_while(|m| m.sentence == sentence);
        let distance = |m: &Mention| {
            if k < m.first {
                m.first - k
            } else {
                k.saturating_sub(m.last)
            }
        };
        // Casualties belong to an act of force before any other event of their sentence.
        in_sentence
            .enumerate()
            .min_by_key(|(_, m)| (!m.kind.is_force(), distance(m)))
            .map(|(i, _)| first + i)
    };
    let casualties = facts
        .casualties
        .iter()
        .filter(|c| !quoted.overlaps(c.start, c.end))
        .map(|c| Counted {
            mention: owner(c.start),
            count: casualty_count(&text[c.start..c.end], c),
            embedded: embedded.overlaps(c.start, c.end),
            group: false,
        });
    let in_casualty = Claimed::of(facts.casualties, |c| (c.start, c.end));
    let groups = facts
        .quantities
        .iter()
        .filter(|q| q.unit.as_deref().is_some_and(is_people))
        .filter(|q| !quoted.overlaps(q.start, q.end) && !in_casualty.overlaps(q.start, q.end))
        .map(|q| Counted {
            mention: owner(q.start),
            count: group_count(q),
            embedded: embedded.overlaps(q.start, q.end),
            group: true,
        });
    casualties.chain(groups).collect()
}

/// "25", "1,200", "2.5".
fn number(n: f64) -> String {
    if n.fract() != 0.0 {
        return n.to_string();
    }
    let digits = format!("{n:.0}");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "at least 25 fighters killed", "none hurt", "hundreds of residents evacuated", from the
/// casualty and its `written` words.
fn casualty_count(written: &str, c: &Casualty) -> EventCount {
    let kind = c.kind.as_str();
    let who = c.who.as_deref();
    let label = match (c.count, c.magnitude.as_deref()) {
        // "No one was hurt": the verb as written; "no casualties" as written.
        (Some(0.0), _) => {
            let last = written.split_whitespace().last().unwrap_or(kind);
            let no_noun = written.split_whitespace().nth(1).is_some_and(|w| w == last);
            if no_noun && !last.eq_ignore_ascii_case("one") {
                written.to_lowercase()
            } else {
                format!("none {last}")
            }
        }
        (Some(n), _) => join(&[c.qualifier.as_deref(), Some(&number(n)), who, Some(kind)]),
        (None, Some(m)) => join(&[
            Some(m),
            who.map(|w| format!("of {w}")).as_deref(),
            Some(kind),
        ]),
        (None, None) => match who {
            Some(w) => format!("an unknown number of {w} {kind}"),
            None => format!("{kind}, number not given"),
        },
    };
    EventCount {
        kind: kind.to_string(),
        count: c.count,
        magnitude: c.magnitude.clone(),
        label,
        start: c.start,
        end: c.end,
    }
}

/// "nearly 200 protesters", "hundreds of protesters".
fn group_count(q: &Quantity) -> EventCount {
    let unit = q.unit.clone().unwrap_or_default();
    let label = match (q.value, q.magnitude.as_deref()) {
        (Some(n), _) => join(&[q.qualifier.as_deref(), Some(&number(n)), Some(&unit)]),
        (None, m) => format!("{} of {unit}", m.unwrap_or("some")),
    };
    EventCount {
        kind: unit.to_lowercase(),
        count: q.value,
        magnitude: q.magnitude.clone(),
        label,
        start: q.start,
        end: q.end,
    }
}

fn join(parts: &[Option<&str>]) -> String {
    parts
        .iter()
        .flatten()
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Keeps one count per kind and group: the article's own over an embedded post's, an exact
/// number over a magnitude, else the first.
pub(super) fn one_per_group(counts: Vec<&Counted>) -> Vec<EventCount> {
    let mut kept: Vec<&Counted> = Vec::new();
    for c in counts {
        match kept.iter_mut().find(|k| k.count.kind == c.count.kind) {
            Some(k) => {
                let better = (k.embedded && !c.embedded)
                    || (k.embedded == c.embedded
                        && k.count.count.is_none()
                        && c.count.count.is_some());
                if better {
                    *k = c;
                }
            }
            None => kept.push(c),
        }
    }
    let mut out: Vec<EventCount> = kept.into_iter().map(|c| c.count.clone()).collect();
    out.sort_by_key(|c| c.start);
    out
}
