//! Merging mentions into events, choosing the main event, and building the event records.

use super::super::tokens::Token;
use super::counts::{one_per_group, Counted};
use super::kinds::EventKind;
use super::{Event, EventMention, Grouping, Mention};

/// An event being built: its kind, the indexes of its mentions, and what they agree on.
pub(super) struct Record {
    kind: EventKind,
    mentions: Vec<usize>,
    background: bool,
    /// The date, place, named actor and (for a condemnation) actor its mentions give: kept
    /// here so that a new mention is checked against them at once, not against every mention
    /// (a pasted text repeating one story has thousands).
    date: Option<String>,
    place: Option<String>,
    named_actor: Option<String>,
    actor_text: Option<String>,
}

impl Record {
    fn new(m: &Mention, i: usize, facts: &Grouping<'_>) -> Record {
        let mut r = Record {
            kind: m.kind,
            mentions: Vec::new(),
            background: m.background,
            date: None,
            place: None,
            named_actor: None,
            actor_text: None,
        };
        r.add(m, i, facts);
        r
    }

    fn add(&mut self, m: &Mention, i: usize, facts: &Grouping<'_>) {
        if self.kind == EventKind::Attack && m.kind.is_force() {
            self.kind = m.kind; // named exactly at last
        }
        self.mentions.push(i);
        if self.date.is_none() {
            self.date = date_value(m, facts).map(str::to_string);
        }
        if self.place.is_none() {
            self.place.clone_from(&m.place);
        }
        if self.named_actor.is_none() {
            self.named_actor = named_actor(m).map(str::to_string);
        }
        if self.actor_text.is_none() {
            self.actor_text = actor_text(m);
        }
    }
}

fn date_value<'f>(m: &Mention, facts: &Grouping<'f>) -> Option<&'f str> {
    m.date.and_then(|d| facts.dates[d].value.as_deref())
}

fn named_actor(m: &Mention) -> Option<&str> {
    m.actor.as_ref().and_then(|a| a.name.as_deref())
}

fn actor_text(m: &Mention) -> Option<String> {
    m.actor.as_ref().map(|a| a.text.to_lowercase())
}

/// How many of the most recently mentioned events a new mention is compared with. An article
/// names a few dozen events at most; the bound keeps a pasted book linear.
const RECENT: usize = 48;

/// Merges the mentions, in text order, into records (see the module documentation).
pub(super) fn merge(found: &[Mention], facts: &Grouping<'_>) -> Vec<Record> {
    let mut records: Vec<Record> = Vec::new();
    // Record indexes, the most recently mentioned last.
    let mut recent: Vec<usize> = Vec::new();
    for (i, m) in found.iter().enumerate() {
        let at = recent
            .iter()
            .rev()
            .take(RECENT)
            .position(|&r| agrees(&records[r], found, m, facts));
        match at {
            Some(back) => {
                let r = recent.remove(recent.len() - 1 - back);
                records[r].add(m, i, facts);
                recent.push(r);
            }
            None => {
                records.push(Record::new(m, i, facts));
                recent.push(records.len() - 1);
            }
        }
    }
    records
}

/// Whether mention `m` may be one more mention of the event `r`.
fn agrees(r: &Record, found: &[Mention], m: &Mention, facts: &Grouping<'_>) -> bool {
    if r.background != m.background {
        return false;
    }
    // Mentions come in text order: only the last of a record can share `m`'s sentence. There
    // the same kind is the same event, and so is an "attack" after an act of force that is not
    // the cause of another ("A car bomb tore through a market … in the deadliest attack"; but
    // "protesting against air strikes … in an unprecedented attack" are two).
    let last = &found[r.mentions[r.mentions.len() - 1]];
    if last.sentence == m.sentence {
        let refers_back = m.kind == EventKind::Attack && r.kind.is_force() && !last.subordinate;
        return r.kind == m.kind || refers_back;
    }
    let kind = r.kind == m.kind
        || (r.kind.is_force()
            && m.kind.is_force()
            && (r.kind == EventKind::Attack || m.kind == EventKind::Attack || m.anaphoric));
    let differs = |a: Option<&str>, b: Option<&str>| matches!((a, b), (Some(a), Some(b)) if a != b);
    let same_actor_needed = m.kind == EventKind::Condemnation;
    let disagree = differs(r.date.as_deref(), date_value(m, facts))
        || differs(r.place.as_deref(), m.place.as_deref())
        || differs(r.named_actor.as_deref(), named_actor(m))
        || (same_actor_needed && differs(r.actor_text.as_deref(), actor_text(m).as_deref()));
    kind && !disagree
}

/// The records as events: read from their mentions, with their counts, the main event first,
/// background events last.
pub(super) fn events(
    text: &str,
    tokens: &[Token<'_>],
    facts: &Grouping<'_>,
    found: &[Mention],
    records: Vec<Record>,
    counted: Vec<Counted>,
) -> Vec<Event> {
    let score = |r: &Record| {
        let lead = r
            .mentions
            .iter()
            .any(|&i| found[i].sentence < 2 && !found[i].subordinate);
        r.mentions.len() + if lead { 2 } else { 0 }
    };
    let main = records
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.background)
        .max_by_key(|(i, r)| (score(r), std::cmp::Reverse(*i)))
        .map(|(i, _)| i);
    // The record of each mention, to hand each count to its event in one pass.
    let mut record_of = vec![0; found.len()];
    for (i, r) in records.iter().enumerate() {
        for &m in &r.mentions {
            record_of[m] = i;
        }
    }
    let mut counts: Vec<Vec<&Counted>> = records.iter().map(|_| Vec::new()).collect();
    // A count of a sentence without an event word goes to the main event: a casualty always,
    // a group only when it is the group that acted ("the nearly 200 protesters" after
    // "Protesters stormed"; not "2,000 mourners" after a bombing).
    let acted = |r: &Record, group: &str| {
        r.mentions.iter().any(|&i| {
            found[i]
                .actor
                .as_ref()
                .is_some_and(|a| a.text.to_lowercase().contains(group))
        })
    };
    for c in &counted {
        match (c.mention, main) {
            (Some(m), _) => counts[record_of[m]].push(c),
            (None, Some(main)) if !c.group || acted(&records[main], &c.count.kind) => {
                counts[main].push(c);
            }
            (None, _) => {}
        }
    }
    let mut out: Vec<Event> = Vec::new();
    for (i, (r, counts)) in records.iter().zip(counts).enumerate() {
        let is_main = main == Some(i);
        out.push(event(
            text,
            tokens,
            facts,
            found,
            r,
            one_per_group(counts),
            is_main,
        ));
    }
    // Main first, then in text order, background last (a stable sort keeps text order).
    out.sort_by_key(|e| (!e.main, e.background));
    out
}

/// The event of record `r`, read from its best mention: the first of the record's kind that
/// says most of who and what (a verb's clause reads better than "the attack").
fn event(
    text: &str,
    tokens: &[Token<'_>],
    facts: &Grouping<'_>,
    found: &[Mention],
    r: &Record,
    counts: Vec<super::EventCount>,
    main: bool,
) -> Event {
    let all = || r.mentions.iter().map(|&i| &found[i]);
    let said = |m: &Mention| usize::from(m.actor.is_some()) + usize::from(m.target.is_some());
    let best = all()
        .filter(|m| m.kind == r.kind)
        .max_by_key(|m| (said(m), !m.subordinate, std::cmp::Reverse(m.first)))
        .unwrap_or(&found[r.mentions[0]]);
    let in_order = || std::iter::once(best).chain(all());
    let (actor, wording) = in_order()
        .find_map(|m| Some((m.actor.clone()?, m.wording.clone())))
        .unzip();
    // A target that names a person says most ("recalling its ambassador, Salah al-Maliki").
    let target = in_order()
        .find(|m| m.target_is_person)
        .or_else(|| in_order().find(|m| m.target.is_some()))
        .and_then(|m| m.target.clone());
    let place = in_order().find_map(|m| m.place.clone());
    let dated = in_order()
        .filter_map(|m| m.date.map(|d| &facts.dates[d]))
        .find(|d| d.value.is_some())
        .or_else(|| in_order().find_map(|m| m.date.map(|d| &facts.dates[d])));
    let word = (tokens[best.first].start, tokens[best.last].end);
    Event {
        start: word.0,
        end: word.1,
        kind: r.kind,
        text: text[word.0..word.1].to_string(),
        summary: r.kind.summary(
            actor
                .as_ref()
                .map(|a| a.text.as_str())
                .zip(wording.as_ref()),
            target.as_ref().map(|t| t.text.as_str()),
            place.as_deref(),
        ),
        actor,
        target,
        place,
        date: dated.and_then(|d| d.value.clone()),
        date_text: dated.map(|d| d.text.clone()),
        counts,
        mentions: all()
            .map(|m| EventMention {
                start: tokens[m.first].start,
                end: tokens[m.last].end,
            })
            .collect(),
        background: r.background,
        main,
    }
}
