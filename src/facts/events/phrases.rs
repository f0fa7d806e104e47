//! Who acted and what was hit: the noun phrases around an event's word, read from tokens and
//! the named mentions over them.
//!
//! A phrase is a short run of words and names (at most eight) with no preposition, verb,
//! pronoun or punctuation inside, save "of" once ("the embassy of Bahrain"), "and" between
//! nouns ("militiamen and their supporters"), a possessive ("Bahrain’s foreign ministry") and
//! a hyphen inside a word ("Iran-backed"). It stands in for a parse: the subject of a verb is
//! the phrase just before it, the object the phrase just after it, and a noun's actor comes
//! before it ("US air strikes", "the US-led invasion") or after "by".

use super::super::ranges::Claimed;
use super::super::tokens::{glued, Token};
use super::super::NamedMention;
use super::kinds::{Form, Wording};
use crate::label::Label;
use crate::words::{DETERMINERS, LOCATIVES, PHRASE_ENDS, VERB_FORMS};

/// Words no phrase holds, beside the function words of [`PHRASE_ENDS`] and the [`VERB_FORMS`]:
/// more prepositions and conjunctions, the other pronouns, "say" and "tell", "do" and "no".
/// "of" and "and" are not among them: a phrase holds them ("the embassy of Bahrain").
const STOPS: &[&str] = &[
    "amid",
    "between",
    "toward",
    "towards",
    "following",
    "like",
    "upon",
    "despite",
    "via",
    "yet",
    "because",
    "if",
    "although",
    "though",
    "whether",
    "whom",
    "whose",
    "i",
    "him",
    "us",
    "me",
    "said",
    "says",
    "say",
    "told",
    "did",
    "does",
    "do",
    "no",
];

/// Words skipped between a verb and its subject ("Iraq on Friday denounced", "the kingdom was
/// recalling", "Manama to recall").
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "have",
    "has",
    "had",
    "was",
    "were",
    "is",
    "are",
    "been",
    "be",
    "being",
    "also",
    "then",
    "later",
    "reportedly",
    "allegedly",
    "to",
    "had",
    "would",
    "will",
    "could",
    "on",
    "late",
    "early",
];

/// Buildings and places that a noun before an event word names as its target ("the embassy
/// attack").
const FACILITIES: &[&str] = &[
    "embassy",
    "consulate",
    "base",
    "bases",
    "camp",
    "ministry",
    "office",
    "offices",
    "school",
    "hospital",
    "mosque",
    "church",
    "market",
    "compound",
    "checkpoint",
    "convoy",
    "port",
    "airport",
    "building",
    "headquarters",
    "prison",
    "station",
    "parliament",
    "palace",
];

/// Words that may stand between a locative and its place ("in eastern Baghdad").
const BEFORE_PLACE: &[&str] = &[
    "the", "#", "eastern", "western", "northern", "southern", "central", "downtown",
];

/// A phrase over tokens `first..=last`, and the named mention it stands for, if any.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Phrase<'m> {
    pub first: usize,
    pub last: usize,
    pub entity: Option<&'m NamedMention<'m>>,
}

/// Reads phrases within one sentence.
pub(crate) struct Reader<'a> {
    pub tokens: &'a [Token<'a>],
    /// Named mentions, sorted by start.
    pub mentions: &'a [NamedMention<'a>],
    /// The dates of the text, skipped between a verb and its subject or object.
    pub dates: &'a Claimed,
    /// The sentence's tokens: `first..end`.
    pub first: usize,
    pub end: usize,
}

impl<'a> Reader<'a> {
    /// The named mention over token `k`, and the indexes of its first and last tokens.
    pub fn mention_over(&self, k: usize) -> Option<(&'a NamedMention<'a>, usize, usize)> {
        let t = self.tokens.get(k)?;
        let at = self.mentions.partition_point(|m| m.start <= t.start);
        let m = self.mentions[..at].last().filter(|m| m.end >= t.end)?;
        let first = self.tokens.partition_point(|x| x.start < m.start);
        let last = self
            .tokens
            .partition_point(|x| x.end <= m.end)
            .checked_sub(1)?;
        Some((m, first.min(k), last.max(k)))
    }

    /// Whether token `k` is part of a date (false past the end of the text).
    fn in_date(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| self.dates.overlaps(t.start, t.end))
    }

    fn is_word_of_phrase(&self, k: usize, read_one: bool) -> bool {
        let t = &self.tokens[k];
        if !(t.is_word() || t.is_digits())
            || t.is_any(STOPS)
            || t.is_in(PHRASE_ENDS)
            || t.is_any(VERB_FORMS)
        {
            return false;
        }
        let lower = t.text.to_ascii_lowercase();
        let after_hyphen = k > 0 && self.tokens[k - 1].text == "-" && glued(&self.tokens[k - 1], t);
        // "-ed" and "-ing" words after the head are verbs ("bases killed", "flag removing");
        // after a hyphen they are part of a word ("Iran-backed").
        let verb_like = (lower.ends_with("ed") || lower.ends_with("ing")) && !t.is_capitalised();
        !(verb_like && read_one && !after_hyphen)
    }

    /// Whether token `k` joins the words on either side of it (a hyphen or apostrophe inside
    /// a word: "Iran-backed", "Bahrain’s").
    fn is_joiner(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        let inside = k > self.first
            && k + 1 < self.end
            && glued(&self.tokens[k - 1], t)
            && glued(t, &self.tokens[k + 1]);
        inside && matches!(t.text, "-" | "’" | "'")
    }

    fn is_quote_mark(&self, k: usize) -> bool {
        matches!(self.tokens[k].text, "“" | "”" | "\"" | "‘" | "#")
    }

    /// The phrase starting at token `k` (after opening quotation marks): an object.
    pub fn after(&self, mut k: usize) -> Option<Phrase<'a>> {
        while k < self.end && self.is_quote_mark(k) {
            k += 1;
        }
        let first = k;
        if k < self.end && self.tokens[k].is_in(DETERMINERS) {
            k += 1;
        }
        // The head is the last word before "of": "supporters of Iran-backed militias" are
        // supporters, whoever backs them; the phrase names an entity if its head is one.
        let (mut last, mut head, mut used_of) = (None, None, false);
        let mut words = 0;
        while k < self.end && words < 8 {
            if let Some((m, _, m_last)) = self.mention_over(k) {
                if !used_of {
                    head = Some(Some(m));
                }
                last = Some(m_last);
                k = m_last + 1;
                words += 1;
                continue;
            }
            let t = &self.tokens[k];
            if self.is_quote_mark(k) || (last.is_some() && self.is_joiner(k)) {
                k += 1;
                continue;
            }
            if t.is("of") && last.is_some() && !used_of && !self.in_date(k + 1) {
                used_of = true;
                k += 1;
                continue;
            }
            if t.is("and") || !self.is_word_of_phrase(k, last.is_some()) || self.in_date(k) {
                break;
            }
            if !used_of {
                head = Some(None);
            }
            last = Some(k);
            k += 1;
            words += 1;
        }
        let mut last = last?;
        // "the attempts to breach the embassy": what was attempted is part of the phrase.
        let attempt =
            self.tokens[last].is_any(&["attempt", "attempts", "effort", "efforts", "bid"]);
        if attempt && self.tokens.get(last + 1).is_some_and(|t| t.is("to")) {
            if let Some(object) = self.after(last + 3).filter(|_| last + 3 < self.end) {
                last = object.last;
            }
        }
        Some(Phrase {
            first,
            last,
            entity: head.flatten(),
        })
    }

    /// The phrase ending before token `k`, past the words that stand between a subject and its
    /// verb: a subject.
    pub fn before(&self, mut k: usize) -> Option<Phrase<'a>> {
        while k > self.first {
            let t = &self.tokens[k - 1];
            // "on" only before a date ("Iraq on Friday denounced").
            let between = t.is_any(BETWEEN_SUBJECT_AND_VERB) && (!t.is("on") || self.in_date(k));
            let skip =
                self.in_date(k - 1) || between || (t.text.ends_with("ly") && !t.is_capitalised());
            if !skip {
                break;
            }
            k -= 1;
        }
        let end = k;
        let (mut first, mut entity) = (None, None);
        // Reading backwards, the head (the last word, or the last before "of") is read first.
        let mut head_pending = true;
        let mut words = 0;
        while k > self.first && words < 8 {
            let j = k - 1;
            if let Some((m, m_first, _)) = self.mention_over(j) {
                // The phrase names the entity of its head, its last word ("Bahrain’s foreign
                // ministry" is the ministry), or a person it names ("Iraqi President Barham
                // Salih").
                if head_pending || m.label == Label::Person {
                    entity = Some(m);
                }
                head_pending = false;
                first = Some(m_first);
                k = m_first;
                words += 1;
                continue;
            }
            let t = &self.tokens[j];
            // "the US Embassy in Baghdad condemned": a place after "in" belongs to the phrase.
            let located = t.is_any(&["in", "at"])
                && words == 1
                && entity.is_some_and(|e| e.label == Label::Place)
                && j > self.first
                && (self.tokens[j - 1].is_word() || self.mention_over(j - 1).is_some());
            let joins = first.is_some() && (self.is_joiner(j) || t.is_any(&["and", "of"]));
            if joins || located || self.is_quote_mark(j) {
                if t.is_any(&["of", "in", "at"]) {
                    // "supporters of Iran-backed militias": the head comes before "of".
                    entity = None;
                    head_pending = true;
                }
                k = j;
                continue;
            }
            if !self.is_word_of_phrase(j, false) || self.in_date(j) {
                break;
            }
            head_pending = false;
            let lower = t.text.to_ascii_lowercase();
            if (lower.ends_with("ed") || lower.ends_with("ing")) && !t.is_capitalised() {
                let after_hyphen = j > 0 && self.tokens[j - 1].text == "-";
                if !after_hyphen {
                    break; // a verb before the subject ("prompted Manama")
                }
            }
            first = Some(j);
            k = j;
            words += 1;
        }
        let mut first = first?;
        while first < end && self.tokens[first].is_any(&["and", "of"]) {
            first += 1;
        }
        let last = (first..end)
            .rev()
            .find(|&j| !self.is_quote_mark(j) && !self.tokens[j].is_any(&["and", "of"]))?;
        // "Crowds protesting against the strikes stormed": the phrase before the verb is the
        // object of a clause on the subject; the subject stands before that clause.
        let clause_object = first >= self.first + 2
            && (self.tokens[first - 1].is_any(STOPS) || self.tokens[first - 1].is_in(PHRASE_ENDS))
            && self.tokens[first - 2].text.ends_with("ing");
        if clause_object {
            return self.before(first - 2);
        }
        Some(Phrase {
            first,
            last,
            entity,
        })
    }

    /// Whether the verb at token `k` is passive ("was stormed", "had been shelled").
    pub fn is_passive(&self, k: usize) -> bool {
        let lower = self.tokens[k].text.to_ascii_lowercase();
        const BE: &[&str] = &["was", "were", "been", "be", "is", "are", "being"];
        const ADVERBS: &[&str] = &["also", "later", "then", "reportedly", "allegedly", "not"];
        let be = (self.first..k)
            .rev()
            .take(4)
            .take_while(|&j| {
                let t = &self.tokens[j];
                t.is_any(BE) || t.is_any(ADVERBS) || t.text.ends_with("ly")
            })
            .any(|j| self.tokens[j].is_any(BE));
        lower.ends_with("ed") && be
    }

    /// Who did what the event word at tokens `k..=last` names, and how a summary words them.
    pub fn actor(&self, k: usize, last: usize, form: Form) -> Option<(Phrase<'a>, Wording)> {
        let by = || self.by_after(last).map(|p| (p, Wording::By));
        if form == Form::Noun {
            return by().or_else(|| self.modifier_before(k).map(|p| (p, Wording::NameBefore)));
        }
        let written = Some(self.tokens[k].text.to_lowercase()).filter(|_| form == Form::Verb);
        if form == Form::Verb && self.is_passive(k) {
            // "the embassy was stormed by protesters"
            return self.by_after(last).map(|p| (p, Wording::Verb(written)));
        }
        // "Militiamen protesting …", "Protesters stormed …", "the kingdom was recalling …".
        self.before(k)
            .or_else(|| self.by_after(last))
            .map(|p| (p, Wording::Verb(written)))
    }

    /// "an attack by protesters", "the assault was carried out by supporters of …".
    fn by_after(&self, last: usize) -> Option<Phrase<'a>> {
        let by = (last + 1..self.end.min(last + 10))
            .take_while(|&j| {
                let t = &self.tokens[j];
                t.is_word() || self.is_quote_mark(j)
            })
            .find(|&j| self.tokens[j].is("by"))?;
        self.after(by + 1)
    }

    /// A name right before a noun that says who acted: "US air strikes", "the US-led
    /// invasion", "Velmar’s raid".
    fn modifier_before(&self, k: usize) -> Option<Phrase<'a>> {
        let mut j = k.checked_sub(1).filter(|&j| j >= self.first)?;
        let t = &self.tokens[j];
        if j >= self.first + 2 {
            let mark = self.tokens[j - 1].text;
            let led = t.is("led") && mark == "-";
            let possessive = t.is("s") && matches!(mark, "’" | "'");
            if led || possessive {
                j -= 2;
            }
        }
        let (m, first, last) = self.mention_over(j)?;
        let acts = matches!(
            m.label,
            Label::Place | Label::Org | Label::Person | Label::Nationality
        );
        acts.then_some(Phrase {
            first,
            last,
            entity: Some(m),
        })
    }

    /// What the event word at tokens `k..=last` hit or concerned.
    pub fn target(&self, k: usize, last: usize, form: Form) -> Option<Phrase<'a>> {
        if form == Form::Verb && self.is_passive(k) {
            return self.before(k); // "the embassy was stormed"
        }
        if form != Form::Noun {
            let mut from = last + 1;
            // "stormed and burned the post": the second verb shares the object.
            if self.tokens.get(from).is_some_and(|t| t.is("and"))
                && self
                    .tokens
                    .get(from + 1)
                    .is_some_and(|t| t.text.ends_with("ed"))
            {
                from += 2;
            }
            while from < self.end && self.in_date(from) {
                from += 1;
            }
            // "protesting against …", "clashed with …".
            if self
                .tokens
                .get(from)
                .is_some_and(|t| t.is_any(&["against", "with"]))
            {
                from += 1;
            }
            return self.appositive(self.after(from)?);
        }
        self.object_of_noun(last)
            .or_else(|| self.facility_before(k))
            .or_else(|| self.hit_by(k))
    }

    /// "The embassy has been hit by sporadic rocket fire": the subject of a passive verb of
    /// hitting, before "by" and the event word (a few modifiers between), is what was hit.
    fn hit_by(&self, k: usize) -> Option<Phrase<'a>> {
        const HIT: &[&str] = &["hit", "struck", "targeted", "attacked", "shelled", "bombed"];
        let by = (k.saturating_sub(7).max(self.first)..k)
            .rev()
            .take_while(|&j| self.tokens[j].is_word() || self.tokens[j].text == "-")
            .find(|&j| self.tokens[j].is("by"))?;
        let verb = by.checked_sub(1).filter(|&v| v >= self.first)?;
        if !self.tokens[verb].is_any(HIT) {
            return None;
        }
        self.before(verb)
    }

    /// The phrase after "on", "against", "at", "of" or "targeting" following a noun, past a
    /// "by" phrase and a date ("air strikes on Sunday on the bases").
    fn object_of_noun(&self, last: usize) -> Option<Phrase<'a>> {
        let mut j = last + 1;
        let stop = self.end.min(last + 14);
        while j < stop {
            let t = &self.tokens[j];
            if self.is_quote_mark(j) || (t.text == "," && j == last + 1) {
                j += 1;
            } else if t.is("by") {
                j = self.after(j + 1).map_or(j + 1, |p| p.last + 1);
            } else if t.is_any(&["on", "against", "at", "of", "targeting"]) {
                if self.in_date(j + 1)
                    || self
                        .tokens
                        .get(j + 1)
                        .is_some_and(|n| n.is("the") && self.in_date(j + 2))
                {
                    j += 2;
                    while j < stop && self.in_date(j) {
                        j += 1;
                    }
                    continue;
                }
                return self.after(j + 1);
            } else {
                return None;
            }
        }
        None
    }

    /// "the embassy attack": a building named before the event word is what was hit.
    fn facility_before(&self, k: usize) -> Option<Phrase<'a>> {
        let j = k.checked_sub(1).filter(|&j| j >= self.first)?;
        if !self.tokens[j].is_any(FACILITIES) {
            return None;
        }
        let first = if j > self.first && self.tokens[j - 1].is_in(DETERMINERS) {
            j - 1
        } else {
            j
        };
        Some(Phrase {
            first,
            last: j,
            entity: None,
        })
    }

    /// A phrase with the name set beside it: "its ambassador, Salah al-Maliki".
    fn appositive(&self, p: Phrase<'a>) -> Option<Phrase<'a>> {
        let comma = p.last + 1;
        let untitled = p.entity.is_none_or(|e| e.label == Label::Title);
        if untitled && self.tokens.get(comma).is_some_and(|t| t.text == ",") {
            if let Some((m, _, last)) = self.mention_over(comma + 1) {
                if m.label == Label::Person {
                    return Some(Phrase {
                        first: p.first,
                        last,
                        entity: Some(m),
                    });
                }
            }
        }
        Some(p)
    }

    /// Whether the PLACE mention over tokens `first..=last` says where something happened: it
    /// follows a locative ("in", "at", "on", …, with "the", "#" or "eastern" between) and does not modify
    /// the word after it ("the US embassy", "Iran-backed", "Baghdad’s neighbourhood").
    pub fn is_locative_place(&self, first: usize, last: usize) -> bool {
        let mut j = first;
        while j > self.first && self.tokens[j - 1].is_any(BEFORE_PLACE) {
            j -= 1;
        }
        let after_locative = j > self.first && self.tokens[j - 1].is_any(LOCATIVES);
        let modifies = self.tokens.get(last + 1).is_some_and(|n| {
            let glued_mark = glued(&self.tokens[last], n) && matches!(n.text, "-" | "’" | "'");
            let noun_after = last + 1 < self.end
                && !self.in_date(last + 1)
                && (n.is_capitalised() || n.is_any(FACILITIES))
                && n.is_word();
            glued_mark || noun_after
        });
        after_locative && !modifies
    }
}
