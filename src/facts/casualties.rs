//! Casualties: who was killed, wounded, detained, arrested, kidnapped, evacuated or missing, and
//! how many, in active and passive voice.
//!
//! Read within one sentence, in this order, each count used once:
//! 1. a verb before its count: "killed at least 25 fighters and wounded 55", "the killing of
//!    25", "left 3 people dead" (the kind is then the word after the count);
//! 2. a death toll: "the death toll rose to 40";
//! 3. a count before its verb: "25 of the protesters were detained", "3 people died",
//!    "62 militiamen and civilians were wounded", "4 dead";
//! 4. none at all: "No one was hurt", "nobody was killed", "no casualties" (count 0).
//!
//! A count without a noun of its own borrows the one before it in the sentence ("wounded 55"
//! after "killed 25 fighters" are fighters). Vague counts ("several people were hurt") have a
//! null count. Not handled: counts split from their verb by a clause ("25 people, most of them
//! children, were killed"), and counts written as "a" ("killed a soldier").

use super::quantities::{counted_noun, Quantity};
use super::ranges::starting_within;
use super::tokens::{token_at, Token};
use serde::Serialize;

/// What happened to the people counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CasualtyKind {
    /// Killed or dead.
    Killed,
    /// Wounded, injured or hurt.
    Wounded,
    /// Detained.
    Detained,
    /// Arrested.
    Arrested,
    /// Missing.
    Missing,
    /// Evacuated.
    Evacuated,
    /// Kidnapped or abducted.
    Kidnapped,
}

impl CasualtyKind {
    /// The lower-case name, as serialised ("killed").
    pub fn as_str(self) -> &'static str {
        match self {
            CasualtyKind::Killed => "killed",
            CasualtyKind::Wounded => "wounded",
            CasualtyKind::Detained => "detained",
            CasualtyKind::Arrested => "arrested",
            CasualtyKind::Missing => "missing",
            CasualtyKind::Evacuated => "evacuated",
            CasualtyKind::Kidnapped => "kidnapped",
        }
    }
}

/// A casualty count found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Casualty {
    /// Start byte offset of the clause (converted to the output unit on the way out).
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// What happened.
    pub kind: CasualtyKind,
    /// How many; null for vague counts ("several", "hundreds of").
    pub count: Option<f64>,
    /// The magnitude of a vague plural count ("hundreds"), as the text gives it.
    pub magnitude: Option<String>,
    /// The qualifier of the count ("at least"), if any.
    pub qualifier: Option<String>,
    /// Who, as the counted noun ("fighters"), if the text says.
    pub who: Option<String>,
}

/// The kind a word names, and whether it takes its count after it (active: "killed 25").
fn kind_of(word: &Token<'_>) -> Option<(CasualtyKind, bool)> {
    use CasualtyKind::*;
    // Lower-cased into a buffer on the stack: this runs at every token of the text, and a
    // lower-cased `String` was an allocation each time. Longer tokens are none of the words.
    let mut buffer = [0u8; 12];
    let lower = buffer.get_mut(..word.text.len())?;
    lower.copy_from_slice(word.text.as_bytes());
    lower.make_ascii_lowercase();
    Some(match &*lower {
        b"killed" | b"killing" | b"kills" | b"kill" => (Killed, true),
        b"died" | b"dead" | b"slain" | b"perished" => (Killed, false),
        b"wounded" | b"wounding" | b"injured" | b"injuring" | b"wounds" | b"injures" => {
            (Wounded, true)
        }
        b"hurt" => (Wounded, false),
        b"detained" | b"detaining" => (Detained, true),
        b"arrested" | b"arresting" => (Arrested, true),
        b"kidnapped" | b"kidnapping" | b"abducted" | b"abducting" => (Kidnapped, true),
        b"evacuated" | b"evacuating" => (Evacuated, true),
        b"missing" => (Missing, false),
        _ => return None,
    })
}

/// Words that may stand between a count's noun and a passive verb ("were reportedly",
/// "remain", "went").
const AUXILIARIES: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "got",
    "reportedly",
    "also",
    "later",
    "all",
    "remain",
    "remains",
    "remained",
    "still",
    "went",
    "reported",
];

/// Vague counts, with a null number.
/// ("scores of" and "hundreds of" are read as quantities, with a magnitude.)
const VAGUE: [&str; 3] = ["several", "many", "numerous"];

/// A count a casualty can take: a quantity or a vague word.
struct Count {
    start: usize,
    end: usize,
    /// Index of the count's last number token (before its noun).
    last: usize,
    value: Option<f64>,
    magnitude: Option<String>,
    qualifier: Option<String>,
    who: Option<String>,
    used: bool,
}

/// Finds the casualties of each sentence.
pub(crate) fn extract(
    tokens: &[Token<'_>],
    quantities: &[Quantity],
    sentences: &[(usize, usize)],
) -> Vec<Casualty> {
    let mut out = Vec::new();
    // The first token starting at or after the start and the end of each sentence, as
    // `token_at` gives them; sentences come in order, so the two indexes only move forwards
    // and walking them costs less than a binary search over all the tokens per sentence.
    let (mut first, mut last) = (0, 0);
    let after = |mut k: usize, at: usize| {
        while tokens.get(k).is_some_and(|t| t.start < at) {
            k += 1;
        }
        k
    };
    for &(s, e) in sentences {
        (first, last) = (after(first, s), after(last.max(first), e));
        let sentence = &tokens[first..last];
        let mut counts = counts_in(sentence, quantities);
        let mut found = Vec::new();
        active(sentence, &mut counts, &mut found);
        death_toll(sentence, &mut counts, &mut found);
        passive(sentence, &mut counts, &mut found);
        none_at_all(sentence, &mut found);
        found.sort_by_key(|c: &Casualty| c.start);
        carry_who(&mut found);
        out.extend(found);
    }
    out
}

/// The counts of a sentence, in order. `quantities` are sorted by start.
fn counts_in(sentence: &[Token<'_>], quantities: &[Quantity]) -> Vec<Count> {
    let (Some(first), Some(last)) = (sentence.first(), sentence.last()) else {
        return Vec::new();
    };
    let from_quantities = starting_within(quantities, |q| q.start, first.start, last.end)
        .iter()
        .filter(|q| q.end <= last.end)
        .map(|q| Count {
            start: q.start,
            end: q.end,
            last: token_at(sentence, q.end) - 1,
            value: q.value,
            magnitude: q.magnitude.clone(),
            qualifier: q.qualifier.clone(),
            who: q.unit.clone(),
            used: false,
        });
    let vague = sentence
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_any(&VAGUE))
        .map(|(k, t)| Count {
            start: t.start,
            end: t.end,
            last: k,
            value: None,
            magnitude: None,
            qualifier: None,
            who: counted_noun(sentence, k + 1).map(|(w, _)| w.to_string()),
            used: false,
        });
    let mut all: Vec<Count> = from_quantities.chain(vague).collect();
    all.sort_by_key(|c| c.start);
    all
}

/// The count starting at token `k`, if it is unused.
fn count_at<'c>(
    sentence: &[Token<'_>],
    counts: &'c mut [Count],
    k: usize,
) -> Option<&'c mut Count> {
    let at = sentence.get(k)?.start;
    // `counts` are sorted by start: skip to the ones starting at `at` rather than scanning all
    // the counts of the sentence for each of its tokens.
    let from = counts.partition_point(|c| c.start < at);
    counts[from..]
        .iter_mut()
        .take_while(|c| c.start == at)
        .find(|c| !c.used)
}

fn record(
    found: &mut Vec<Casualty>,
    count: &mut Count,
    kind: CasualtyKind,
    start: usize,
    end: usize,
) {
    count.used = true;
    found.push(Casualty {
        start,
        end,
        kind,
        count: count.value,
        magnitude: count.magnitude.clone(),
        qualifier: count.qualifier.clone(),
        who: count.who.clone(),
    });
}

/// The end of a count's noun phrase, or of the count itself.
fn phrase_end(sentence: &[Token<'_>], count: &Count) -> usize {
    counted_noun(sentence, count.last + 1).map_or(count.end, |(_, k)| sentence[k].end)
}

/// "killed at least 25 fighters", "the killing of 25", "left 3 people dead".
fn active(sentence: &[Token<'_>], counts: &mut [Count], found: &mut Vec<Casualty>) {
    for (k, verb) in sentence.iter().enumerate() {
        let kind = kind_of(verb)
            .filter(|&(_, active)| active)
            .map(|(kind, _)| kind);
        if kind.is_none() && !verb.is_any(&["left", "leaving", "leave", "leaves"]) {
            continue;
        }
        let at = if sentence.get(k + 1).is_some_and(|t| t.is("of")) {
            k + 2
        } else {
            k + 1
        };
        let Some(count) = count_at(sentence, counts, at) else {
            continue;
        };
        let end = phrase_end(sentence, count);
        match kind {
            Some(kind) => record(found, count, kind, verb.start, end),
            None => {
                // "left 3 people dead": the kind follows the noun.
                let after = token_at(sentence, end);
                if let Some((kind, _)) = sentence.get(after).and_then(kind_of) {
                    let end = sentence[after].end;
                    record(found, count, kind, verb.start, end);
                }
            }
        }
    }
}

/// "the death toll rose to 40", "the toll stood at 12".
fn death_toll(sentence: &[Token<'_>], counts: &mut [Count], found: &mut Vec<Casualty>) {
    const LINKS: [&str; 12] = [
        "rose", "risen", "climbed", "reached", "jumped", "stood", "stands", "is", "was", "has",
        "to", "at",
    ];
    for (k, toll) in sentence.iter().enumerate() {
        if !toll.is("toll") {
            continue;
        }
        let Some(at) = (k + 1..sentence.len()).find(|&j| !sentence[j].is_any(&LINKS)) else {
            continue;
        };
        if at == k + 1 {
            continue;
        }
        if let Some(count) = count_at(sentence, counts, at) {
            let end = phrase_end(sentence, count);
            let start = if k > 0 && sentence[k - 1].is("death") {
                sentence[k - 1].start
            } else {
                toll.start
            };
            record(found, count, CasualtyKind::Killed, start, end);
        }
    }
}

/// "25 of the protesters were detained", "3 people died", "4 dead".
fn passive(sentence: &[Token<'_>], counts: &mut [Count], found: &mut Vec<Casualty>) {
    for count in counts.iter_mut().filter(|c| !c.used) {
        let mut j = after_noun(sentence, count.last + 1);
        // "62 militiamen and civilians were wounded": a second noun joined by "and".
        let joined = sentence.get(j).is_some_and(|t| t.is_any(&["and", "or"]))
            && sentence.get(j + 1).is_some_and(|t| kind_of(t).is_none());
        let mut who = count.who.clone();
        if joined {
            let second = counted_noun(sentence, j + 1);
            if let (Some(first), Some((noun, _))) = (&who, second) {
                // The group is both nouns: "militiamen and civilians".
                who = Some(format!("{first} {} {noun}", sentence[j].text));
            }
            j = after_noun(sentence, j + 1);
        }
        while sentence.get(j).is_some_and(|t| t.is_any(AUXILIARIES)) {
            j += 1;
        }
        let Some(verb) = sentence.get(j) else {
            continue;
        };
        if let Some((kind, _)) = kind_of(verb) {
            count.who = who;
            record(found, count, kind, count.start, verb.end);
        }
    }
}

/// The token index after the noun phrase starting at `k` (`k` itself when there is none).
fn after_noun(sentence: &[Token<'_>], k: usize) -> usize {
    counted_noun(sentence, k).map_or(k, |(_, last)| last + 1)
}

/// "No one was hurt", "nobody was killed", "there were no casualties".
fn none_at_all(sentence: &[Token<'_>], found: &mut Vec<Casualty>) {
    for (k, t) in sentence.iter().enumerate() {
        let verb_from = if t.is("no") && sentence.get(k + 1).is_some_and(|o| o.is("one")) {
            k + 2
        } else if t.is("nobody") {
            k + 1
        } else if t.is("no") {
            let Some(noun) = sentence.get(k + 1) else {
                continue;
            };
            let kind = match noun.text.to_ascii_lowercase().as_str() {
                "casualties" | "injuries" => CasualtyKind::Wounded,
                "deaths" | "fatalities" => CasualtyKind::Killed,
                "arrests" => CasualtyKind::Arrested,
                _ => continue,
            };
            found.push(zero(kind, t.start, noun.end));
            continue;
        } else {
            continue;
        };
        let mut j = verb_from;
        while sentence.get(j).is_some_and(|a| a.is_any(AUXILIARIES)) {
            j += 1;
        }
        if let Some((kind, _)) = sentence.get(j).and_then(kind_of) {
            found.push(zero(kind, t.start, sentence[j].end));
        }
    }
}

fn zero(kind: CasualtyKind, start: usize, end: usize) -> Casualty {
    Casualty {
        start,
        end,
        kind,
        count: Some(0.0),
        magnitude: None,
        qualifier: None,
        who: None,
    }
}

/// Gives a casualty without a noun the noun of the one before it.
fn carry_who(found: &mut [Casualty]) {
    for k in 1..found.len() {
        if found[k].who.is_none() && found[k].count.is_some_and(|c| c > 0.0) {
            found[k].who = found[k - 1].who.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::quantities;
    use crate::facts::tokens::tokenize;
    use crate::sentences::sentences;
    use CasualtyKind::*;

    /// (kind, count, qualifier, who) of a casualty.
    type Row = (CasualtyKind, Option<f64>, Option<String>, Option<String>);

    fn found(text: &str) -> Vec<Row> {
        let tokens = tokenize(text);
        let q = quantities::extract(text, &tokens, &[]);
        extract(&tokens, &q, &sentences(text))
            .into_iter()
            .map(|c| (c.kind, c.count, c.qualifier, c.who))
            .collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn active_verbs_take_the_count_after_them_and_share_the_noun() {
        assert_eq!(
            found("Drones killed at least 12 guards and wounded 30 near the dam."),
            [
                (Killed, Some(12.0), s("at least"), s("guards")),
                (Wounded, Some(30.0), None, s("guards"))
            ]
        );
    }

    #[test]
    fn passive_counts_come_before_the_verb() {
        assert_eq!(
            found("Police said 14 of the marchers were arrested."),
            [(Arrested, Some(14.0), None, s("marchers"))]
        );
        assert_eq!(
            found("Nine sailors and cooks were injured."),
            [(Wounded, Some(9.0), None, s("sailors and cooks"))]
        );
    }

    #[test]
    fn intransitive_and_adjective_forms_count_the_dead() {
        assert_eq!(
            found("Three hikers died."),
            [(Killed, Some(3.0), None, s("hikers"))]
        );
        assert_eq!(
            found("The storm left 7 people dead."),
            [(Killed, Some(7.0), None, s("people"))]
        );
    }

    #[test]
    fn the_death_toll_is_a_count_of_the_dead() {
        assert_eq!(
            found("The death toll rose to 41 on the island."),
            [(Killed, Some(41.0), None, None)]
        );
    }

    #[test]
    fn nominal_killing_of_takes_its_count() {
        assert_eq!(
            found("They mourned the killing of nearly 20 villagers."),
            [(Killed, Some(20.0), s("nearly"), s("villagers"))]
        );
    }

    #[test]
    fn nobody_hurt_is_a_count_of_zero() {
        assert_eq!(
            found("No one was hurt in the blaze."),
            [(Wounded, Some(0.0), None, None)]
        );
        assert_eq!(
            found("There were no casualties."),
            [(Wounded, Some(0.0), None, None)]
        );
        assert_eq!(
            found("Nobody was killed."),
            [(Killed, Some(0.0), None, None)]
        );
    }

    #[test]
    fn vague_counts_have_no_number() {
        assert_eq!(
            found("Several guards were kidnapped."),
            [(Kidnapped, None, None, s("guards"))]
        );
    }

    #[test]
    fn number_words_and_vague_plurals_count() {
        assert_eq!(
            found("Soldiers evacuated hundreds of residents; twenty-two remain missing."),
            [
                (Evacuated, None, None, s("residents")),
                (Missing, Some(22.0), None, s("residents"))
            ]
        );
    }

    #[test]
    fn a_group_of_two_nouns_is_named_whole() {
        assert_eq!(
            found("Medics said 62 guards and porters were wounded."),
            [(Wounded, Some(62.0), None, s("guards and porters"))]
        );
    }

    #[test]
    fn a_vague_plural_count_keeps_its_magnitude() {
        let text = "Hundreds of villagers were evacuated.";
        let tokens = tokenize(text);
        let q = quantities::extract(text, &tokens, &[]);
        let c = &extract(&tokens, &q, &sentences(text))[0];
        assert_eq!((c.count, c.magnitude.as_deref()), (None, Some("hundreds")));
    }

    #[test]
    fn counts_without_a_casualty_verb_are_not_casualties() {
        assert!(found("Some 300 people marched and 4 buses waited.").is_empty());
    }

    #[test]
    fn facts_are_per_sentence() {
        assert!(found("Guards held 5 men. Killed in action.").is_empty());
    }
}
