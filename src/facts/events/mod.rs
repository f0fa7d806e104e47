//! Events: one record per real-world event the article reports, with who acted, what was hit,
//! where and when it happened, what it cost, and every sentence that mentions it.
//!
//! **Finding mentions.** A word of the closed list in [`kinds`] ("stormed", "air strikes",
//! "condemned", "recalling its ambassador") names an event, unless it is negated ("has not
//! been attacked"), is the purpose of another act ("in protest against"), stands inside a
//! quotation (what a speaker claims, not what the article reports: "Iran killed an American
//! contractor") or is "the killing of" a victim of another act in its sentence (then a count of
//! that act).
//!
//! **Reading each mention** ([`phrases`]): the *actor* is a verb's subject ("Protesters
//! stormed"), a name before a noun ("US air strikes", "the US-led invasion") or the phrase after
//! "by"; the *target* is a verb's object or the phrase after "on", "against", "at" or "of"
//! following a noun ("air strikes on Sunday on the bases"), else a building before it ("the
//! embassy attack"), else the subject of a passive "hit by" it ("the embassy has been hit by
//! rocket fire"). The *place* is a PLACE after a locative preposition ("in Baghdad", "on
//! Iraq"), never one that modifies a word ("Iran-backed", "the US embassy", "an Emirati
//! minister"), given to the nearest event word of its sentence; so is each *date*, except the
//! publication date (when the article was written), dates inside quotations and the
//! signature dates of embedded posts.
//!
//! **Background.** A mention is background when its date lies well before the reference date
//! (a year earlier, or more than six months) or its clause marks it as past and habitual ("in
//! recent months", "regularly", "years after"): "the US-led invasion of 2003".
//!
//! **Merging.** Mentions are merged, in text order, into the most recent record they agree
//! with: the same kind, or an act of force named first as an "attack" and then exactly ("an
//! attack … stormed the embassy"), or a demonstrative that points back ("those raids"); the
//! same background flag; and no disagreement on date, place, or named actor (a condemnation
//! also needs the same actor: Iraq's and Bahrain's are two). Two mentions of different kinds
//! in one sentence are two events, except an "attack" after an act of force that is not the
//! cause of another ("a car bomb tore through a market … the deadliest attack").
//!
//! **Counts.** Casualties and counted groups of people ("nearly 200 protesters") go to the
//! nearest event word of their sentence; those of a sentence without one ("25 of the
//! protesters were detained", "No one was hurt in the standoff") to the main event, a group
//! only if it is the one that acted ("the nearly 200 protesters" after "Protesters stormed",
//! not "2,000 mourners" after a bombing). Each event
//! keeps one count per kind and group: the article's own over an embedded post's, an exact
//! number over a magnitude, else the first.
//!
//! **Order.** The main event (most mentions, two more for a mention in the first two sentences
//! that is not the cause of another: "protesting against US air strikes") comes first, then
//! the others in the order the text first names them, then background events.

mod counts;
mod kinds;
mod merge;
mod phrases;

pub use kinds::EventKind;

use super::casualties::Casualty;
use super::civil::CivilDate;
use super::dates::DateFact;
use super::quantities::Quantity;
use super::quotes::Quote;
use super::ranges::{starting_within, Claimed};
use super::tokens::{token_at, Token};
use super::NamedMention;
use crate::label::Label;
use kinds::{trigger_at, Form, Wording};
use phrases::{Phrase, Reader};
use serde::Serialize;

/// One real-world event, merged from all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Start offset of the event word of the mention the summary is read from (converted to the
    /// output unit on the way out).
    pub start: usize,
    /// End offset of that word, exclusive.
    pub end: usize,
    /// What kind of event (a closed list: see [`EventKind`]).
    pub kind: EventKind,
    /// The event word as written there ("stormed").
    pub text: String,
    /// One line a reader can check against the text: "Protesters stormed the Bahraini embassy
    /// compound in Baghdad".
    pub summary: String,
    /// Who did it.
    pub actor: Option<Participant>,
    /// What or whom it hit or concerned.
    pub target: Option<Participant>,
    /// The canonical name of the place where it happened.
    pub place: Option<String>,
    /// The date it happened (ISO 8601), when the text gives it and it resolves.
    pub date: Option<String>,
    /// That date as written ("Thursday night"), also when it does not resolve.
    pub date_text: Option<String>,
    /// Casualties and counted groups, one per kind and group.
    pub counts: Vec<EventCount>,
    /// Every mention of the event, in text order: its event word.
    pub mentions: Vec<EventMention>,
    /// Whether the event is background to the story ("the US-led invasion of 2003").
    pub background: bool,
    /// Whether this is the story's main event (listed first).
    pub main: bool,
}

/// An actor or target: a noun phrase, and the entity it names if it names one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Participant {
    /// The phrase as written, without quotation marks ("the Bahraini embassy compound").
    pub text: String,
    /// The canonical name of the named entity the phrase stands for, if any.
    pub name: Option<String>,
    /// Start offset of the phrase.
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
}

/// Where the text mentions an event: the event word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EventMention {
    /// Start offset.
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
}

/// A count that belongs to an event: a casualty figure or a counted group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventCount {
    /// A casualty kind ("killed", "detained") or the counted noun ("protesters").
    pub kind: String,
    /// How many; null when the text gives a magnitude or nothing exact.
    pub count: Option<f64>,
    /// The magnitude the text gives instead of a number ("hundreds").
    pub magnitude: Option<String>,
    /// How the count reads: "25 protesters detained", "none hurt", "nearly 200 protesters".
    pub label: String,
    /// Start offset of the casualty or quantity counted.
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
}

/// The facts of the text events are read with.
pub(crate) struct Grouping<'f> {
    pub dates: &'f [DateFact],
    pub quantities: &'f [Quantity],
    pub casualties: &'f [Casualty],
    pub quotes: &'f [Quote],
    /// The reference date, to tell background events.
    pub reference: Option<CivilDate>,
    /// The lines of embedded material (posts), whose counts yield to the article's own.
    pub embedded: &'f [(usize, usize)],
}

/// One mention of an event, read in its sentence.
#[derive(Debug, Clone)]
struct Mention {
    sentence: usize,
    /// Its event word's tokens.
    first: usize,
    last: usize,
    kind: EventKind,
    actor: Option<Participant>,
    /// How a summary words the actor.
    wording: Wording,
    target: Option<Participant>,
    /// Whether the target names a person ("its ambassador, Salah al-Maliki").
    target_is_person: bool,
    place: Option<String>,
    /// Index in the dates of the text.
    date: Option<usize>,
    background: bool,
    /// "those raids": points back to an event already named.
    anaphoric: bool,
    /// The cause of another event of its sentence ("protesting against US air strikes").
    subordinate: bool,
}

/// Words that mark a mention as background when near it.
const BACKGROUND_CUES: &[&str] = &[
    "regularly",
    "repeatedly",
    "previously",
    "formerly",
    "historically",
];

/// Prepositions that make an event the cause or setting of another ("protesting against US
/// air strikes", "after the invasion").
const CAUSES: &[&str] = &[
    "against",
    "after",
    "following",
    "over",
    "amid",
    "since",
    "despite",
];

/// Finds the events of the text (see the module documentation for the rules).
pub(crate) fn extract(
    text: &str,
    tokens: &[Token<'_>],
    mentions: &[NamedMention<'_>],
    sentences: &[(usize, usize)],
    facts: &Grouping<'_>,
) -> Vec<Event> {
    let quoted = Claimed::of(facts.quotes, |q| (q.start, q.end));
    let dates = Claimed::of(facts.dates, |d| (d.start, d.end));
    let embedded = Claimed::new(facts.embedded);
    let mut found: Vec<Mention> = Vec::new();
    for (index, &(s, e)) in sentences.iter().enumerate() {
        let reader = Reader {
            tokens,
            mentions,
            dates: &dates,
            first: token_at(tokens, s),
            end: token_at(tokens, e),
        };
        let from = found.len();
        read_sentence(text, &reader, index, &quoted, &mut found);
        let in_sentence = &mut found[from..];
        give_places(&reader, in_sentence);
        give_dates(tokens, &reader, facts, &quoted, &embedded, in_sentence);
        for m in in_sentence.iter_mut() {
            m.background |= is_background(&reader, m, facts);
        }
    }
    let records = merge::merge(&found, facts);
    let counted = counts::assign(text, tokens, sentences, facts, &quoted, &embedded, &found);
    merge::events(text, tokens, facts, &found, records, counted)
}

/// The event mentions of one sentence, with their actor and target.
fn read_sentence(
    text: &str,
    reader: &Reader<'_>,
    sentence: usize,
    quoted: &Claimed,
    out: &mut Vec<Mention>,
) {
    let tokens = reader.tokens;
    let from = out.len();
    let mut k = reader.first;
    while k < reader.end {
        let Some((kind, form, last)) = trigger_at(tokens, k) else {
            k += 1;
            continue;
        };
        let at = k;
        k = last + 1;
        let t = &tokens[at];
        if quoted.overlaps(t.start, t.end) && !is_scare_quote(reader, at, last) {
            continue;
        }
        let before = |n: usize| (at.saturating_sub(n).max(reader.first)..at).map(|j| &tokens[j]);
        if before(3)
            .any(|b| b.is_any(&["not", "never", "no", "without"]) || b.text.ends_with("n’t"))
        {
            continue;
        }
        if kind == EventKind::Protest && form == Form::Noun && before(1).any(|b| b.is("in")) {
            continue; // "in protest against": why they acted, not another act
        }
        let anaphoric = before(1).any(|b| b.is_any(&["those", "these"]));
        let participant = |p: Phrase<'_>| participant(text, tokens, p);
        let (actor, wording) = match reader.actor(at, last, form) {
            Some((p, wording)) => (Some(participant(p)), wording),
            None => (None, Wording::Verb(None)),
        };
        let target = reader.target(at, last, form);
        out.push(Mention {
            sentence,
            first: at,
            last,
            kind,
            actor,
            wording,
            target_is_person: target
                .is_some_and(|p| p.entity.is_some_and(|e| e.label == Label::Person)),
            target: target.map(participant),
            place: None,
            date: None,
            background: false,
            anaphoric,
            subordinate: is_subordinate(reader, at, form),
        });
    }
    // "the killing of a contractor in a rocket attack": the victim is a count of the attack.
    let force = out[from..]
        .iter()
        .filter(|m| m.kind.is_force() && m.kind != EventKind::Killing)
        .count();
    if force > 0 {
        let mut k = from;
        while k < out.len() {
            if out[k].kind == EventKind::Killing {
                out.remove(k);
            } else {
                k += 1;
            }
        }
    }
}

/// Whether the quotation around an event word is a scare quote (three words or fewer), which
/// the article uses as its own words: Iraq denounced an “attack”.
fn is_scare_quote(reader: &Reader<'_>, first: usize, last: usize) -> bool {
    let tokens = reader.tokens;
    let open = (reader.first..first)
        .rev()
        .find(|&j| matches!(tokens[j].text, "“" | "\""));
    let close = (last + 1..reader.end).find(|&j| matches!(tokens[j].text, "”" | "\""));
    match (open, close) {
        (Some(o), Some(c)) => (o + 1..c).filter(|&j| tokens[j].is_word()).count() <= 3,
        _ => false,
    }
}

/// A participant from a phrase: its text without quotation marks or hashes.
fn participant(text: &str, tokens: &[Token<'_>], p: Phrase<'_>) -> Participant {
    let (start, end) = (tokens[p.first].start, tokens[p.last].end);
    let cleaned: String = text[start..end]
        .chars()
        .filter(|c| !matches!(c, '“' | '”' | '"' | '#'))
        .collect();
    let mut text = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    // "The consulate was stormed": the phrase is read into a summary, where "the" is lower case.
    if let Some(rest) = ["The ", "A ", "An ", "Its ", "Their "]
        .iter()
        .find_map(|d| text.strip_prefix(d).map(|rest| (d, rest)))
    {
        text = format!("{}{}", rest.0.to_lowercase(), rest.1);
    }
    Participant {
        text,
        name: p.entity.map(|m| m.name.to_string()),
        start,
        end,
    }
}

/// Whether the mention at token `k` is the cause or setting of another act: after a
/// preposition of cause (across modifiers: "against deadly US air strikes"), or an "-ing"
/// form modifying the noun before it ("militiamen protesting").
fn is_subordinate(reader: &Reader<'_>, k: usize, form: Form) -> bool {
    let tokens = reader.tokens;
    match form {
        Form::Participle => {
            let aux =
                k > reader.first && tokens[k - 1].is_any(&["was", "were", "is", "are", "been"]);
            return !aux;
        }
        // A finite verb is never the object of a preposition.
        Form::Verb => return false,
        Form::Noun => {}
    }
    (k.saturating_sub(5).max(reader.first)..k)
        .rev()
        .take_while(|&j| {
            let t = &tokens[j];
            t.is_word() || t.text == "-"
        })
        .any(|j| tokens[j].is_any(CAUSES))
}

/// Gives each locative place of the sentence to the nearest event word (eight tokens at most).
fn give_places(reader: &Reader<'_>, found: &mut [Mention]) {
    if found.is_empty() || reader.first >= reader.end {
        return; // most sentences name no event: their places are no event's
    }
    let tokens = reader.tokens;
    let (s, e) = (tokens[reader.first].start, tokens[reader.end - 1].end);
    let places = starting_within(reader.mentions, |m| m.start, s, e)
        .iter()
        .filter(|m| m.label == Label::Place && m.end <= e);
    for m in places {
        let first = token_at(tokens, m.start);
        let last = tokens
            .partition_point(|t| t.end <= m.end)
            .saturating_sub(1)
            .max(first);
        if !reader.is_locative_place(first, last) {
            continue;
        }
        if let Some(nearest) = nearest(tokens, found, first, 8) {
            nearest.place.get_or_insert_with(|| m.name.to_string());
        }
    }
    // "air strikes on Iraq": a place that was hit is where it happened ("stormed Bahrain’s
    // embassy" is no storming of Bahrain, so only after "on" or "against").
    for m in found.iter_mut().filter(|m| m.place.is_none()) {
        let Some(target) = &m.target else {
            continue;
        };
        let at = token_at(reader.tokens, target.start);
        if at == 0 || !reader.tokens[at - 1].is_any(&["on", "against"]) {
            continue;
        }
        let hit = reader.mention_over(at);
        if let Some((place, _, last)) = hit.filter(|(p, _, _)| p.label == Label::Place) {
            if reader.tokens[last].end == target.end {
                m.place = Some(place.name.to_string());
            }
        }
    }
}

/// The mention whose event word is nearest token `k`, within `reach` words. Words, not
/// tokens, are counted, so a run of symbols ("stormed #Bahrain ???????? Embassy in #Baghdad")
/// does not push a place out of reach.
fn nearest<'f>(
    tokens: &[Token<'_>],
    found: &'f mut [Mention],
    k: usize,
    reach: usize,
) -> Option<&'f mut Mention> {
    let words = |from: usize, to: usize| {
        tokens[from..to]
            .iter()
            .filter(|t| t.is_word() || t.is_digits())
            .count()
    };
    found
        .iter_mut()
        .map(|m| {
            let distance = if k < m.first {
                words(k + 1, m.first)
            } else {
                words(m.last + 1, k.max(m.last + 1))
            };
            (distance, m)
        })
        .filter(|(d, _)| *d <= reach)
        .min_by_key(|(d, _)| *d)
        .map(|(_, m)| m)
}

/// Gives each date of the sentence that can date an event to the nearest event word: not the
/// publication date, not one quoted, not an embedded post's signature.
fn give_dates(
    tokens: &[Token<'_>],
    reader: &Reader<'_>,
    facts: &Grouping<'_>,
    quoted: &Claimed,
    embedded: &Claimed,
    found: &mut [Mention],
) {
    if found.is_empty() {
        return;
    }
    let (s, e) = (tokens[reader.first].start, tokens[reader.end - 1].end);
    let first = facts.dates.partition_point(|d| d.start < s);
    for (index, d) in facts.dates.iter().enumerate().skip(first) {
        if d.start >= e {
            break;
        }
        let eligible = !d.publication
            && !quoted.overlaps(d.start, d.end)
            && !embedded.overlaps(d.start, d.end);
        if !eligible {
            continue;
        }
        if let Some(m) = nearest(tokens, found, token_at(tokens, d.start), usize::MAX) {
            m.date.get_or_insert(index);
        }
    }
}

/// Whether a mention is background (see the module documentation).
fn is_background(reader: &Reader<'_>, m: &Mention, facts: &Grouping<'_>) -> bool {
    let tokens = reader.tokens;
    let window = m.first.saturating_sub(8).max(reader.first)..reader.end.min(m.last + 9);
    let words: Vec<&Token<'_>> = tokens[window].iter().collect();
    let cue = words.iter().any(|t| t.is_any(BACKGROUND_CUES))
        || words.windows(2).any(|w| {
            (w[0].is("recent") && w[1].is_any(&["months", "weeks", "years"]))
                || (w[0].is_any(&["years", "decades"])
                    && w[1].is_any(&["after", "since", "ago", "earlier", "before"]))
        });
    let old = m
        .date
        .and_then(|d| facts.dates[d].value.as_deref())
        .zip(facts.reference)
        .is_some_and(|(value, reference)| long_before(value, reference));
    cue || old
}

/// Whether an ISO date, month or year lies well before the reference: in an earlier year
/// (for a year) or more than six months before it.
fn long_before(value: &str, reference: CivilDate) -> bool {
    let year: i32 = match value.get(..4).and_then(|y| y.parse().ok()) {
        Some(y) => y,
        None => return false,
    };
    if value.len() == 4 {
        return year < reference.year;
    }
    let month: u32 = value.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
    let day = CivilDate::new(year, month, 1).map_or(0, CivilDate::days);
    reference.days() - day > 183
}

#[cfg(test)]
mod tests;
