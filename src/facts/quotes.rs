//! Quotations in straight or curly double quotes, and who said them.
//!
//! A quotation may run over several sentences but not over a line break. Its speaker is the
//! canonical name of a PERSON mention (an ORG when no person is named: "the White House said"),
//! found in this order:
//! 1. after the quotation, in its sentence: `”, X said`, `”, said X`, `” X told reporters`,
//!    `”, according to X`;
//! 2. before it, in its sentence: `X said: “`, `X tweeted that “`;
//! 3. for a quotation that opens its sentence with no speech verb around it, the speaker of
//!    the sentence before (a quote continued after "X said in a statement.");
//! 4. failing those, the organisation of a closing "…, the foreign ministry said in a
//!    statement." (a PERSON or ORG named there, or a phrase whose head is "ministry",
//!    "government", "army", …): its speaker is the phrase as written.
//!
//! A speech verb with a pronoun subject ("he said") takes the most recent PERSON mentioned
//! before the quotation. A speech verb whose subject is not a name ("the official said") gives
//! no speaker, rather than the nearest name: the text says who spoke, and it is nobody named.
//! Chants ("chanted, “No war!”") and quotations standing alone on their line (headlines) get
//! no speaker. Quotations of three words or fewer with no speech verb around them are scare
//! quotes ("an “attack” by protesters") and are not reported at all.

use super::ranges::starting_within;
use super::tokens::{token_at, Token};
use super::NamedMention;
use crate::label::Label;
use crate::sentences::sentence_of;
use crate::words::SPEECH_VERBS;
use serde::Serialize;

/// A quotation found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Start byte offset of the quoted words, inside the marks (converted on the way out).
    pub start: usize,
    /// End offset, exclusive, before the closing mark.
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// The canonical name of the speaker, if the text names one.
    pub speaker: Option<String>,
    /// Where the speaker's name stands in the text.
    pub speaker_start: Option<usize>,
    /// End of the speaker's name, exclusive.
    pub speaker_end: Option<usize>,
}

const CHANT_VERBS: &[&str] = &[
    "chanted", "chanting", "chant", "chants", "shouted", "shouting", "sang", "singing", "slogans",
];

const PRONOUNS: &[&str] = &["he", "she"];

/// Finds the quotations of `text` and their speakers, given its quotation marks
/// ([`quotation_marks`]). `mentions` are sorted by start.
pub(crate) fn extract(
    text: &str,
    tokens: &[Token<'_>],
    mentions: &[NamedMention<'_>],
    sentences: &[(usize, usize)],
    quotations: &[(usize, usize)],
) -> Vec<Quote> {
    let mentions = &Names::new(mentions);
    let mut out: Vec<Quote> = Vec::new();
    for &(open, close) in quotations {
        let (start, end) = (after_char(text, open), close);
        let close_end = after_char(text, close);
        let inner = &tokens[token_at(tokens, start)..token_at(tokens, end)];
        let first = sentence_of(sentences, open).unwrap_or(0);
        let last = sentence_of(sentences, close).unwrap_or(0);
        let sentence_start = sentences.get(first).map_or(0, |s| s.0);
        let sentence_end = sentences
            .get(last)
            .map_or(text.len(), |s| s.1.max(close_end));
        // A speaker stands within a few dozen words of the quotation ("…," the Iraqi foreign
        // ministry said in a statement on Friday); looking no further keeps the work per
        // quotation bounded when one sentence holds thousands of them.
        let lead = &tokens[token_at(tokens, sentence_start)..token_at(tokens, open)];
        let lead = &lead[lead.len().saturating_sub(SPEAKER_REACH)..];
        let trail = &tokens[token_at(tokens, close_end)..token_at(tokens, sentence_end)];
        let trail = &trail[..trail.len().min(SPEAKER_REACH)];
        let speech_around = lead.iter().chain(trail).any(|t| t.is_any(SPEECH_VERBS));
        if inner.iter().filter(|t| t.is_word()).take(4).count() <= 3 && !speech_around {
            continue; // a scare quote
        }
        let chant = lead.iter().any(|t| t.is_any(CHANT_VERBS));
        let speaker = if chant || alone_on_line(text, open, close_end) {
            None
        } else if speech_around {
            attribute(trail, mentions, open, true)
                .or_else(|| attribute(lead, mentions, open, false))
                .flatten()
        } else if lead.is_empty() && first > 0 {
            previous_speaker(&out, tokens, mentions, sentences, first)
        } else {
            None
        };
        let speaker = speaker
            .map(|m| (m.name.to_string(), m.start, m.end))
            .or_else(|| closing_attribution(text, trail, mentions).filter(|_| !chant));
        out.push(Quote {
            start,
            end,
            text: text[start..end].to_string(),
            speaker: speaker.as_ref().map(|s| s.0.clone()),
            speaker_start: speaker.as_ref().map(|s| s.1),
            speaker_end: speaker.as_ref().map(|s| s.2),
        });
    }
    out
}

/// Byte offsets of each pair of opening and closing marks on one line: “…” or "…".
pub(crate) fn quotation_marks(text: &str) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut from = 0;
    // The closing mark is the first one before the end of the line, so it is found by looking
    // for the first closing mark or line break, whichever comes first. That stop is kept, per
    // kind of mark, as `(searched from, found at)`: openings come in order, so an opening
    // before the stop finds the same stop again. Without it, a long line full of unclosed “
    // was searched to its end once per mark, which is quadratic.
    let mut curly_stop: Option<(usize, Option<usize>)> = None;
    let mut straight_stop: Option<(usize, Option<usize>)> = None;
    while let Some(open) = text[from..].find(['“', '"']).map(|i| from + i) {
        let (mark, stop) = if text[open..].starts_with('“') {
            ('”', &mut curly_stop)
        } else {
            ('"', &mut straight_stop)
        };
        let after = after_char(text, open);
        let found = match *stop {
            Some((searched, found)) if searched <= after && found.is_none_or(|at| at >= after) => {
                found
            }
            _ => {
                let found = text[after..].find([mark, '\n']).map(|i| after + i);
                *stop = Some((after, found));
                found
            }
        };
        match found.filter(|&at| text[at..].starts_with(mark)) {
            Some(close) => {
                pairs.push((open, close));
                from = close + mark.len_utf8();
            }
            None => from = after,
        }
    }
    pairs
}

/// The offset after the character at `at`.
fn after_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(0, char::len_utf8)
}

/// Whether nothing but punctuation stands beside the quotation on its line.
fn alone_on_line(text: &str, open: usize, close_end: usize) -> bool {
    // Read outwards from the quotation and stop at the first letter or digit: cutting out the
    // whole line first walked all of a long line (a pasted text without line breaks) for each
    // quotation.
    let before = text[..open].chars().rev().take_while(|&c| c != '\n');
    let after = text[close_end..].chars().take_while(|&c| c != '\n');
    !before.chain(after).any(char::is_alphanumeric)
}

/// The speaker named in `clause` around its speech verb: `Some(None)` when the clause has a
/// speech verb but names nobody, `None` when it has no speech verb. `after_quote` says the
/// clause follows the quotation, where only its first words may attribute it.
fn attribute<'m>(
    clause: &[Token<'_>],
    mentions: &Names<'m>,
    quote_start: usize,
    after_quote: bool,
) -> Option<Option<&'m NamedMention<'m>>> {
    let reach = if after_quote {
        clause.len().min(8)
    } else {
        clause.len()
    };
    let v = clause[..reach]
        .iter()
        .position(|t| t.is_any(SPEECH_VERBS))?;
    let verb = &clause[v];
    let (from, to) = (clause[0].start, clause[clause.len() - 1].end);
    // "X phoned Y to say": an infinitive's speaker is the clause's subject, its first name;
    // otherwise the name nearest before the verb ("X, a minister from Y, said").
    let infinitive = v > 0 && clause[v - 1].is("to");
    let named = |label: Label| {
        let in_clause = starting_within(mentions.all, |m| m.start, from, to)
            .iter()
            .filter(move |m| m.label == label && m.end <= to);
        let mut before = in_clause.clone().filter(|m| m.end <= verb.start);
        let before = if infinitive {
            before.next()
        } else {
            before.next_back()
        };
        before.or_else(|| in_clause.clone().find(|m| m.start >= verb.end))
    };
    if let Some(m) = named(Label::Person).or_else(|| named(Label::Org)) {
        return Some(Some(m));
    }
    let pronoun = v > 0 && clause[v - 1].is_any(PRONOUNS)
        || clause.get(v + 1).is_some_and(|t| t.is_any(PRONOUNS));
    Some(
        pronoun
            .then(|| mentions.last_person_before(quote_start))
            .flatten(),
    )
}

/// How many tokens before and after a quotation its speaker is looked for.
const SPEAKER_REACH: usize = 48;

/// Heads of noun phrases that name an organisation speaking as one ("the foreign ministry
/// said in a statement").
const ORGANISATIONS: &[&str] = &[
    "ministry",
    "department",
    "office",
    "government",
    "army",
    "military",
    "police",
    "agency",
    "council",
    "committee",
    "embassy",
    "group",
    "company",
    "union",
    "party",
    "court",
    "commission",
    "presidency",
    "cabinet",
    "authorities",
    "authority",
    "forces",
];

/// The speaker of a sentence that ends "…, the Iraqi foreign ministry said in a statement.":
/// the words between its last comma and the speech verb, when they name a person or an
/// organisation (a named one, or a phrase whose head is an organisation word). Its name, start
/// and end.
fn closing_attribution(
    text: &str,
    trail: &[Token<'_>],
    mentions: &Names<'_>,
) -> Option<(String, usize, usize)> {
    let comma = trail.iter().rposition(|t| t.text == ",")?;
    let clause = &trail[comma + 1..];
    let verb = clause.iter().position(|t| t.is_any(SPEECH_VERBS))?;
    let subject = &clause[..verb];
    let words_only = subject.iter().all(|t| t.is_word() || t.text == "-");
    if subject.is_empty() || subject.len() > 6 || !words_only {
        return None;
    }
    let (from, to) = (subject[0].start, subject[subject.len() - 1].end);
    let named = starting_within(mentions.all, |m| m.start, from, to)
        .iter()
        .rfind(|m| m.end <= to && matches!(m.label, Label::Person | Label::Org));
    if let Some(m) = named {
        return Some((m.name.to_string(), m.start, m.end));
    }
    if !subject[subject.len() - 1].is_any(ORGANISATIONS) {
        return None;
    }
    let first = usize::from(subject[0].is_any(&["the", "a", "an", "its", "their"]));
    let start = subject.get(first)?.start;
    Some((text[start..to].to_string(), start, to))
}

/// The named mentions, sorted by start, with the PERSON mentions listed apart so that the
/// look-ups made for each quotation are binary searches, not scans of every mention.
struct Names<'m> {
    all: &'m [NamedMention<'m>],
    /// Indexes in `all` of the PERSON mentions, in order.
    persons: Vec<usize>,
}

impl<'m> Names<'m> {
    fn new(all: &'m [NamedMention<'m>]) -> Names<'m> {
        let persons = (0..all.len())
            .filter(|&i| all[i].label == Label::Person)
            .collect();
        Names { all, persons }
    }

    /// The most recent PERSON mention before byte `at`: the last one, in the order of the
    /// mentions, that ends by `at`. Those all start by `at`, so only the persons starting by
    /// `at` are searched, from the last back.
    fn last_person_before(&self, at: usize) -> Option<&'m NamedMention<'m>> {
        let starting_by = self.persons.partition_point(|&i| self.all[i].start <= at);
        self.persons[..starting_by]
            .iter()
            .rev()
            .map(|&i| &self.all[i])
            .find(|m| m.end <= at)
    }

    /// The first mention starting at byte `at`.
    fn starting_at(&self, at: usize) -> Option<&'m NamedMention<'m>> {
        let first = self.all.partition_point(|m| m.start < at);
        self.all.get(first).filter(|m| m.start == at)
    }
}

/// The speaker of the sentence before sentence `index`: the speaker of a quotation ending
/// there, or the name beside a speech verb in it ("Pat Lee said in a statement.").
fn previous_speaker<'m>(
    quotes: &[Quote],
    tokens: &[Token<'_>],
    mentions: &Names<'m>,
    sentences: &[(usize, usize)],
    index: usize,
) -> Option<&'m NamedMention<'m>> {
    let (start, end) = sentences[index - 1];
    if let Some(q) = quotes.last().filter(|q| q.end >= start && q.end <= end) {
        return q.speaker_start.and_then(|at| mentions.starting_at(at));
    }
    let sentence = &tokens[token_at(tokens, start)..token_at(tokens, end)];
    attribute(sentence, mentions, start, false).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::tokens::tokenize;
    use crate::sentences::sentences;

    /// Mentions of each `(surface, label, name)` at its first occurrence in `text`.
    fn mentions<'a>(text: &str, names: &[(&str, Label, &'a str)]) -> Vec<NamedMention<'a>> {
        let mut m: Vec<NamedMention<'a>> = names
            .iter()
            .map(|&(surface, label, name)| crate::facts::mention(text, surface, label, name))
            .collect();
        m.sort_by_key(|m| m.start);
        m
    }

    /// (text, speaker) of each quotation.
    fn quotes(text: &str, names: &[(&str, Label, &str)]) -> Vec<(String, Option<String>)> {
        let m = mentions(text, names);
        extract(
            text,
            &tokenize(text),
            &m,
            &sentences(text),
            &quotation_marks(text),
        )
        .into_iter()
        .map(|q| (q.text, q.speaker))
        .collect()
    }

    fn one(text: &str, names: &[(&str, Label, &str)], quoted: &str, speaker: Option<&str>) {
        assert_eq!(
            quotes(text, names),
            [(quoted.to_string(), speaker.map(str::to_string))],
            "in {text:?}"
        );
    }

    const LEE: (&str, Label, &str) = ("Lee", Label::Person, "Pat Lee");
    const NAVY: (&str, Label, &str) = ("the navy", Label::Org, "Royal Navy");

    #[test]
    fn name_then_verb_after_the_quote() {
        one(
            "“We will rebuild the pier,” Lee said.",
            &[LEE],
            "We will rebuild the pier,",
            Some("Pat Lee"),
        );
    }

    #[test]
    fn verb_then_name_after_the_quote_in_straight_quotes() {
        one(
            "\"The tide is late today,\" said Lee.",
            &[LEE],
            "The tide is late today,",
            Some("Pat Lee"),
        );
    }

    #[test]
    fn according_to_names_the_speaker() {
        one(
            "“Ships stay in port,” according to the navy.",
            &[NAVY],
            "Ships stay in port,",
            Some("Royal Navy"),
        );
    }

    #[test]
    fn a_person_is_preferred_to_an_organisation() {
        let text = "The navy chief Lee told reporters: “No ship sails tonight.”";
        one(
            text,
            &[LEE, ("navy", Label::Org, "Royal Navy")],
            "No ship sails tonight.",
            Some("Pat Lee"),
        );
    }

    #[test]
    fn title_and_name_before_the_verb_give_the_person() {
        let text = "“The harbour is closed to all traffic,” harbour spokesman Lee said.";
        one(
            text,
            &[("spokesman", Label::Title, "spokesman"), LEE],
            "The harbour is closed to all traffic,",
            Some("Pat Lee"),
        );
    }

    #[test]
    fn a_quote_spanning_sentences_keeps_its_speaker() {
        let text = "“The storm hit hard. We lost two boats,” Lee said.";
        one(
            text,
            &[LEE],
            "The storm hit hard. We lost two boats,",
            Some("Pat Lee"),
        );
    }

    #[test]
    fn a_quote_after_a_statement_sentence_takes_its_speaker() {
        let text = "Lee said in a statement. “The repairs start in May and end soon.”";
        one(
            text,
            &[LEE],
            "The repairs start in May and end soon.",
            Some("Pat Lee"),
        );
    }

    #[test]
    fn a_continued_quote_takes_the_speaker_of_the_one_before() {
        let text = "“The pier is gone,” Lee said. “We will need a new one by spring.”";
        let got = quotes(text, &[LEE]);
        assert_eq!(got[1].1.as_deref(), Some("Pat Lee"));
    }

    #[test]
    fn an_infinitive_speech_verb_belongs_to_the_subject() {
        let text =
            "Lee phoned his colleague Kim Ode to say the port “will reopen after the storm.”";
        one(
            text,
            &[LEE, ("Kim Ode", Label::Person, "Kim Ode")],
            "will reopen after the storm.",
            Some("Pat Lee"),
        );
    }

    #[test]
    fn an_organisation_that_said_in_a_statement_is_the_speaker() {
        let text = "Lee hoped the strike would not “hurt the harbour trade” this year, the Velmar port authority said in a statement.";
        one(
            text,
            &[LEE],
            "hurt the harbour trade",
            Some("Velmar port authority"),
        );
    }

    #[test]
    fn a_closing_clause_naming_nobody_gives_no_speaker() {
        let text = "Lee hoped the strike would not “hurt the harbour trade” this year, a source close to him said.";
        one(text, &[LEE], "hurt the harbour trade", None);
    }

    #[test]
    fn pronouns_take_the_last_person_named() {
        let text = "Lee visited the docks. “Nothing here is safe now,” she said.";
        one(text, &[LEE], "Nothing here is safe now,", Some("Pat Lee"));
    }

    #[test]
    fn an_unnamed_speaker_is_not_replaced_by_a_nearby_name() {
        let text = "Lee left early. “The crane failed twice today,” an engineer said.";
        one(text, &[LEE], "The crane failed twice today,", None);
    }

    #[test]
    fn chants_have_no_speaker() {
        let text = "Lee watched as the crowd chanted, “Open the gates, open the gates!”";
        one(text, &[LEE], "Open the gates, open the gates!", None);
    }

    #[test]
    fn scare_quotes_are_skipped() {
        assert!(quotes("Lee called it a “routine” check.", &[LEE]).is_empty());
    }

    #[test]
    fn short_quotes_with_a_speech_verb_are_kept() {
        one(
            "Lee said the plan was “simply not ready.”",
            &[LEE],
            "simply not ready.",
            Some("Pat Lee"),
        );
    }

    #[test]
    fn headlines_in_quotes_have_no_speaker() {
        one(
            "“We will not give up on the town”\nLee spoke at noon.",
            &[LEE],
            "We will not give up on the town",
            None,
        );
    }

    #[test]
    fn unclosed_quotes_are_ignored() {
        assert!(quotes("He wrote “this never ends\nand left.", &[]).is_empty());
    }

    #[test]
    fn offsets_are_bytes_after_emoji() {
        let text = "🌊🌊 “The sea is rising fast,” Lee said.";
        let m = mentions(text, &[LEE]);
        let q = &extract(
            text,
            &tokenize(text),
            &m,
            &sentences(text),
            &quotation_marks(text),
        )[0];
        assert_eq!(&text[q.start..q.end], "The sea is rising fast,");
        assert_eq!(
            &text[q.speaker_start.unwrap()..q.speaker_end.unwrap()],
            "Lee"
        );
    }
}
