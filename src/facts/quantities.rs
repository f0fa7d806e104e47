//! Quantities: numbers in digits or words, the qualifier before them ("at least", "nearly") and
//! the noun they count ("62 militiamen and civilians" counts militiamen).
//!
//! The span covers the qualifier and the number only, plus a unit glued to the number
//! ("two-day", "40%") or one needed to read it ("more than an hour"). It leaves out the counted
//! noun on purpose: that noun is often a name the annotator highlights itself ("25 Iraqis"),
//! and the longest of two overlapping spans wins, so including it would hide the name.
//!
//! Not quantities: numbers inside dates or sums of money (those extractors claim them first),
//! digits in names ("G20", "COVID-19", "Boeing 737"), ordinals ("25th"), clock times ("15:11"),
//! the "one" of "no one" or "every one". Not handled: fractions ("half"), ranges as one
//! quantity ("8-10 years" gives 10 years), units glued to digits other than "%" ("10km").

use super::numbers::Number;
use super::ranges::Claimed;
use super::tokens::{glued, Shapes, Token, Tokens};
use crate::context::starts_sentence;
use crate::words::{ARTICLES, DEMONSTRATIVES, PHRASE_ENDS, VERB_FORMS};
use serde::Serialize;

/// A number found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// Start byte offset (converted to the output unit on the way out).
    pub start: usize,
    /// End offset, exclusive.
    pub end: usize,
    /// The qualifier and number as written ("at least 25", "two-day").
    pub text: String,
    /// The number; null for vague plurals ("hundreds of"), which give a magnitude instead.
    pub value: Option<f64>,
    /// The magnitude of a vague plural ("hundreds", "dozens", "tens of thousands"), as written.
    pub magnitude: Option<String>,
    /// The counted noun or unit ("fighters", "day", "percent"), if one follows.
    pub unit: Option<String>,
    /// The qualifier ("at least", "nearly", "more than", …), if any.
    pub qualifier: Option<String>,
}

/// Qualifiers, longest first so that "more than" is not read as "more". Kept as words: the
/// rules try them at every token, and comparing a token with a word is a length check at first.
const QUALIFIERS: [&[&str]; 20] = [
    &["as", "many", "as"],
    &["at", "least"],
    &["at", "most"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["close", "to"],
    &["an", "estimated"],
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["some"],
    &["over"],
    &["under"],
    &["estimated"],
    &["only"],
];

/// The first words of the qualifiers, to rule out most tokens at once.
const QUALIFIER_OPENERS: Shapes = {
    let mut shapes = Shapes::NONE;
    let mut k = 0;
    while k < QUALIFIERS.len() {
        shapes = shapes.with(QUALIFIERS[k][0]);
        k += 1;
    }
    shapes
};

/// Words that end a counted noun phrase, beside the function words of [`PHRASE_ENDS`], the
/// articles and demonstratives ([`ARTICLES`], [`DEMONSTRATIVES`]) and the [`VERB_FORMS`]:
/// "and", "of", two possessives, and the verbs, adverbs and particles that follow a count used
/// as an object ("wounded 30 near the dam", "left 12 dead"). Not all of
/// [`crate::words::DETERMINERS`]: with the other possessives and the quantifiers as stops, the
/// counted nouns of seven dev-set texts changed both ways (a wrong "his" dropped, a right
/// "mathematicians" lost), which is an accuracy change of its own, not part of sharing a list.
const PHRASE_STOPS: &[&str] = &[
    "and", "of", "its", "their", "said", "left", "dead", "among", "remain", "remains", "still",
    "more", "less", "again", "each", "out", "up", "off", "down", "last", "next", "ago", "later",
    "earlier", "apart", "away",
];

/// Ordinal words, which never take a unit through a hyphen ("twenty-first").
const ORDINALS: [&str; 9] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];

/// Finds the quantities among `tokens`, skipping tokens inside the `claimed` byte ranges
/// (dates, money), sorted by start.
pub(crate) fn extract(
    text: &str,
    tokens: &Tokens<'_>,
    claimed: &[(usize, usize)],
) -> Vec<Quantity> {
    // Every number is checked against the claimed ranges: index them for a binary search.
    let claimed = Claimed::new(claimed);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match quantity_at(text, tokens, i, &claimed) {
            Some((q, next)) => {
                out.push(q);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// The quantity starting at token `i` and the index after it.
fn quantity_at(
    text: &str,
    tokens: &Tokens<'_>,
    i: usize,
    claimed: &Claimed,
) -> Option<(Quantity, usize)> {
    let (qualifier, at) = match qualifier_at(tokens, i) {
        Some((q, after)) => (Some(q), after),
        None => (None, i),
    };
    let n = tokens.number_at(at).or_else(|| {
        // "more than an hour": the article is the number, but only after a qualifier.
        let article = qualifier.is_some() && tokens.get(at)?.is_any(&["a", "an"]);
        article.then_some(Number {
            first: at,
            last: at,
            value: 1.0,
            vague: None,
        })
    })?;
    let (first, last) = (&tokens[n.first], &tokens[n.last]);
    if claimed.overlaps(first.start, last.end) || in_a_name(text, tokens, &n) {
        return None;
    }
    let (unit, unit_last, glued_unit) = unit_after(tokens, n.last)?;
    let article = tokens[n.first].is_any(&["a", "an"]);
    if article && unit.is_none() {
        return None; // "over a $2 million deal": the article counts nothing
    }
    let span_last = if glued_unit || article {
        unit_last
    } else {
        n.last
    };
    let (start, end) = (tokens[i].start, tokens[span_last].end);
    let q = Quantity {
        start,
        end,
        text: text[start..end].to_string(),
        value: n.vague.is_none().then_some(n.value),
        magnitude: n.vague.map(str::to_string),
        unit,
        qualifier: qualifier.map(|words| words.join(" ")),
    };
    Some((q, span_last.max(n.last) + 1))
}

/// A qualifier starting at token `i`: its words and the token index after it.
fn qualifier_at(tokens: &[Token<'_>], i: usize) -> Option<(&'static [&'static str], usize)> {
    if !QUALIFIER_OPENERS.admit(tokens.get(i)?.text) {
        return None;
    }
    QUALIFIERS.iter().find_map(|&words| {
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| tokens.get(i + k).is_some_and(|t| t.is(w)));
        matches.then_some((words, i + words.len()))
    })
}

/// Whether the number is part of a name, a time or a phrase that is no count.
fn in_a_name(text: &str, tokens: &[Token<'_>], n: &Number) -> bool {
    let first = &tokens[n.first];
    let before = n.first.checked_sub(1).map(|k| &tokens[k]);
    let after = tokens.get(n.last + 1);
    if !first.is_digits() {
        // "no one", "every one", "one another".
        let pronoun = first.is("one")
            && (before.is_some_and(|b| {
                b.is_any(&["no", "any", "every", "each", "the", "which", "this", "that"])
            }) || after.is_some_and(|a| a.is("another")));
        return pronoun;
    }
    let glued_before = before.is_some_and(|b| glued(b, first));
    let glued_after = after.is_some_and(|a| glued(&tokens[n.last], a));
    // "G20", "15:11", "3/4", "COVID-19" (a hyphen glued to a word before it).
    let joined = glued_before
        && before.is_some_and(|b| {
            b.is_word()
                || matches!(b.text, ":" | "/" | "#")
                || (b.text == "-"
                    && n.first >= 2
                    && glued(&tokens[n.first - 2], b)
                    && tokens[n.first - 2].is_word())
        });
    let time = glued_after && after.is_some_and(|a| matches!(a.text, ":" | "/"));
    // "Boeing 737", "Resolution 2334": a capitalised word that does not open the sentence.
    let model = before.is_some_and(|b| {
        b.is_capitalised() && b.is_word() && !glued_before && !starts_sentence(text, b.start)
    });
    joined || time || model
}

/// The unit after the number ending at token `last`: the unit, the index of its last token,
/// and whether it is glued to the number ("two-day", "40%").
fn unit_after(tokens: &[Token<'_>], last: usize) -> Option<(Option<String>, usize, bool)> {
    let number = &tokens[last];
    match (tokens.get(last + 1), tokens.get(last + 2)) {
        (Some(h), Some(w)) if h.text == "-" && glued(number, h) && glued(h, w) && w.is_word() => {
            if w.is_any(&ORDINALS) {
                return None;
            }
            Some((Some(w.text.to_string()), last + 2, true))
        }
        (Some(p), _) if p.text == "%" && glued(number, p) => {
            Some((Some("percent".into()), last + 1, true))
        }
        _ => Some(match counted_noun(tokens, last + 1) {
            Some((noun, at)) => (Some(noun.to_string()), at, false),
            None => (None, last, false),
        }),
    }
}

/// The head of the noun phrase starting at token `i` ("fighters" in "fighters and wounded",
/// "protesters" in "of the protesters were"), and its index.
///
/// The phrase runs over at most three words and stops after a plural, at function words,
/// punctuation, adverbs in "-ly" and words in "-ed" or "-ing" that are not the first (those are verbs:
/// "3 people died"). A first "-ed"/"-ing" word is kept as a modifier ("25 armed men").
pub(crate) fn counted_noun<'t>(tokens: &[Token<'t>], mut i: usize) -> Option<(&'t str, usize)> {
    if tokens.get(i).is_some_and(|t| t.is("of")) {
        i += 1;
        if tokens
            .get(i)
            .is_some_and(|t| t.is_any(&["the", "these", "those", "its", "their", "his", "her"]))
        {
            i += 1;
        }
    }
    let mut head = None;
    for k in i..i + 3 {
        let Some(t) = tokens.get(k).filter(|t| {
            t.is_word()
                && !t.is_any(PHRASE_STOPS)
                && !t.is_in(&[ARTICLES, DEMONSTRATIVES])
                && !t.is_in(PHRASE_ENDS)
                && !t.is_any(VERB_FORMS)
        }) else {
            break;
        };
        let lower = t.text.to_ascii_lowercase();
        let verb_like = lower.ends_with("ed") || lower.ends_with("ing") || lower.ends_with("ly");
        if verb_like && (k > i || lower.ends_with("ly")) {
            break;
        }
        head = Some((t.text, k));
        // A plural closes the phrase: "farmers" in "farmers met officials".
        if t.text.ends_with('s')
            && !t.text.ends_with("ss")
            && !t.text.chars().all(char::is_uppercase)
        {
            break;
        }
    }
    // A lone first modifier ("3 killed") is no noun.
    head.filter(|&(w, k)| k > i || !(w.ends_with("ed") || w.ends_with("ing")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::tokens::tokenize;

    fn found(text: &str) -> Vec<Quantity> {
        extract(text, &tokenize(text), &[])
    }

    /// (text, value, unit, qualifier) of a quantity.
    type Row = (String, Option<f64>, Option<String>, Option<String>);

    fn summary(text: &str) -> Vec<Row> {
        found(text)
            .into_iter()
            .map(|q| (q.text, q.value, q.unit, q.qualifier))
            .collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn counts_the_head_noun_and_keeps_the_qualifier() {
        assert_eq!(
            summary("Rebels lost at least 25 fighters and 62 militiamen and civilians."),
            [
                (
                    "at least 25".into(),
                    Some(25.0),
                    s("fighters"),
                    s("at least")
                ),
                ("62".into(), Some(62.0), s("militiamen"), None),
            ]
        );
    }

    #[test]
    fn number_words_and_separators() {
        assert_eq!(
            summary("Twenty-five boats and 1,200 sailors"),
            [
                ("Twenty-five".into(), Some(25.0), s("boats"), None),
                ("1,200".into(), Some(1200.0), s("sailors"), None)
            ]
        );
    }

    #[test]
    fn hyphenated_units_and_percentages_belong_to_the_span() {
        assert_eq!(
            summary("a two-day summit won 40% support"),
            [
                ("two-day".into(), Some(2.0), s("day"), None),
                ("40%".into(), Some(40.0), s("percent"), None)
            ]
        );
    }

    #[test]
    fn an_article_after_a_qualifier_is_one() {
        assert_eq!(
            summary("It lasted more than an hour."),
            [(
                "more than an hour".into(),
                Some(1.0),
                s("hour"),
                s("more than")
            )]
        );
    }

    #[test]
    fn vague_plurals_give_a_magnitude_and_no_invented_number() {
        assert_eq!(
            summary("Hundreds of farmers met dozens of officials."),
            [
                ("Hundreds".into(), None, s("farmers"), None),
                ("dozens".into(), None, s("officials"), None),
            ]
        );
        let magnitudes: Vec<Option<String>> = found("100s of farmers and scores of boats")
            .into_iter()
            .map(|q| q.magnitude)
            .collect();
        assert_eq!(magnitudes, [s("hundreds"), s("scores")]);
    }

    #[test]
    fn partitives_count_the_noun_after_of_the() {
        assert_eq!(
            summary("Police held 25 of the marchers.")[0].2,
            s("marchers")
        );
    }

    #[test]
    fn a_verb_after_the_noun_is_not_the_unit() {
        assert_eq!(summary("Three people died")[0].2, s("people"));
        assert_eq!(summary("25 armed men")[0].2, s("men"));
        assert_eq!(summary("3 killed in blast")[0].2, None);
    }

    #[test]
    fn digits_in_names_times_and_ordinals_are_not_quantities() {
        assert!(
            found("The G20 met at 15:11 on its 25th day about COVID-19 and a Boeing 737.")
                .is_empty()
        );
    }

    #[test]
    fn the_one_of_no_one_is_not_a_quantity() {
        assert!(found("No one came; they blamed one another.").is_empty());
    }

    #[test]
    fn claimed_ranges_are_skipped() {
        let text = "On June 5 we paid $30 for 2 pens.";
        let june = text.find("June").unwrap();
        let got = extract(text, &tokenize(text), &[(june, june + 6), (18, 21)]);
        assert_eq!(
            got.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
            ["2"]
        );
    }
}
