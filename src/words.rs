//! Closed classes of English words that several readers share: month and weekday names and
//! their abbreviations, abbreviated titles, speech verbs, the forms of "be" and "have",
//! determiners, and the function words that end a phrase or open a sentence.
//!
//! How the lists were built, by class: months and weekdays are complete; the speech verbs are
//! the reporting verbs found around quotations in news wire text (present, past and -ing forms
//! where reporters use them); the function words are the prepositions, conjunctions, relative
//! and personal pronouns and clause adverbs that both phrase readers (`facts::events::phrases`
//! and `facts::quantities`) stop at. Each list is defined here once; a reader that needs fewer
//! words uses a documented subset, and one that needs more keeps its extra words beside its
//! code, named for its purpose. The open class of ordinary words is [`crate::lexicon`].
//!
//! Lists read by binary search are sorted (a test checks), the others are in reading order.

/// Month names in order, as they are written in full; the first three letters are the stem.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Weekday names, Monday first (ISO 8601 order).
pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The month (1 to 12) that an abbreviated month name stands for ("Dec", "SEPT"), ignoring
/// ASCII case: the first three letters of a month whose name is longer, or "Sept". "May" is
/// written in full, so a period after it ends a sentence.
pub(crate) fn abbreviated_month(word: &str) -> Option<u32> {
    if word.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| m.len() > 3 && word.len() == 3 && m[..3].eq_ignore_ascii_case(word))
        .map(|i| i as u32 + 1)
}

/// Titles abbreviated before a name, whose period ends no sentence ("Gen. Ross", "Sen. Kane",
/// "St. Louis"), lower-cased.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "adm", "capt", "cmdr", "col", "dr", "gen", "gov", "lt", "maj", "mr", "mrs", "ms", "prof",
    "rep", "rev", "sen", "sgt", "st",
];

/// Whether `word`, exactly as written, is a month or a weekday name.
pub(crate) fn is_month_or_weekday(word: &str) -> bool {
    MONTHS.contains(&word) || WEEKDAYS.contains(&word)
}

/// Verbs that report speech: a quotation's speaker is their subject or object. Sorted.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "according",
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "announced",
    "argued",
    "asked",
    "claimed",
    "conceded",
    "continued",
    "declared",
    "explained",
    "insisted",
    "noted",
    "posted",
    "remarked",
    "replied",
    "said",
    "say",
    "saying",
    "says",
    "stated",
    "stressed",
    "tells",
    "told",
    "tweeted",
    "tweets",
    "urged",
    "warned",
    "writes",
    "wrote",
];

/// The subset of [`SPEECH_VERBS`] whose subject or object marks an unknown capitalised run as
/// a person's name ("Tueller said", "said Tueller"). The others are left out on purpose: an
/// organisation "urged", "posted", "continued" or "stressed" as often as a person did, and
/// "according" (to) introduces sources of every kind. Sorted.
pub(crate) const SPEECH_VERBS_OF_PEOPLE: &[&str] = &[
    "added",
    "announced",
    "argued",
    "asked",
    "claimed",
    "declared",
    "explained",
    "insisted",
    "noted",
    "said",
    "says",
    "stated",
    "told",
    "tweeted",
    "warned",
    "wrote",
];

/// The forms of "be" and "have" and the modal verbs: no noun phrase holds them, so the fact
/// rules that read one stop there.
pub(crate) const VERB_FORMS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would",
    "could", "should", "may", "might", "can",
];

/// Prepositions of place and time, with "as" and "than".
pub(crate) const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "with",
    "into",
    "after",
    "before",
    "during",
    "since",
    "against",
    "over",
    "under",
    "near",
    "outside",
    "inside",
    "across",
    "through",
    "about",
    "around",
    "including",
    "without",
    "within",
    "as",
    "than",
    "per",
];

/// Prepositions that put a thing in a place ("in Velmar", "on Sorvia", "outside the embassy"):
/// the subset of [`PREPOSITIONS`] after which an event's place is read.
pub(crate) const LOCATIVES: &[&str] = &[
    "in", "at", "near", "outside", "inside", "on", "into", "across",
];

/// Articles.
pub(crate) const ARTICLES: &[&str] = &["the", "a", "an"];

/// Possessive determiners.
const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "our"];

/// Demonstrative determiners. "that" is not one of them here: it is read as the relative
/// pronoun ([`PHRASE_ENDS`]).
pub(crate) const DEMONSTRATIVES: &[&str] = &["this", "these", "those"];

/// Quantifiers that open a noun phrase.
const QUANTIFIERS: &[&str] = &["some", "several", "many", "both", "all"];

/// The words that open a noun phrase, class by class: the event phrases start a phrase after
/// them, and a counted noun ends before them.
pub(crate) const DETERMINERS: &[&[&str]] = &[ARTICLES, POSSESSIVES, DEMONSTRATIVES, QUANTIFIERS];

/// Capitalised words that, after a dotted abbreviation ("the U.S. The crew…"), show that a new
/// sentence has begun: articles, subject pronouns, possessives and a few conjunctions and
/// prepositions, the commonest openers of a news sentence. A subset of the words the name rules
/// never read as names (`names::NOT_NAMES`, a test checks), kept short on purpose: a longer
/// list ends sentences at names that merely look like function words.
pub(crate) const SENTENCE_OPENERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That", "In",
    "On", "His", "Her", "Their",
];

/// Conjunctions that open a clause. "and" is not one of them here: it joins nouns inside a
/// phrase ("militiamen and their supporters").
const CONJUNCTIONS: &[&str] = &["but", "or", "nor", "so", "while", "when", "where"];

/// Relative pronouns.
const RELATIVE_PRONOUNS: &[&str] = &["that", "which", "who"];

/// Personal pronouns in the third person and the second, subject and object forms.
const PERSONAL_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "you", "them"];

/// Adverbs that stand between clauses rather than inside a noun phrase.
const CLAUSE_ADVERBS: &[&str] = &["not", "there", "here", "also", "then", "now"];

/// The function words that end a phrase, class by class: no noun phrase holds a preposition,
/// a clause-opening conjunction, a pronoun or a clause adverb.
pub(crate) const PHRASE_ENDS: &[&[&str]] = &[
    PREPOSITIONS,
    CONJUNCTIONS,
    RELATIVE_PRONOUNS,
    PERSONAL_PRONOUNS,
    CLAUSE_ADVERBS,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_by_binary_search_are_sorted() {
        for list in [SPEECH_VERBS, SPEECH_VERBS_OF_PEOPLE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn the_speech_verbs_of_people_are_speech_verbs() {
        for verb in SPEECH_VERBS_OF_PEOPLE {
            assert!(SPEECH_VERBS.binary_search(verb).is_ok(), "{verb}");
        }
        assert!(SPEECH_VERBS_OF_PEOPLE.len() < SPEECH_VERBS.len());
    }

    #[test]
    fn locatives_are_prepositions() {
        for word in LOCATIVES {
            assert!(PREPOSITIONS.contains(word), "{word}");
        }
    }

    #[test]
    fn sentence_openers_are_never_names() {
        for word in SENTENCE_OPENERS {
            assert!(
                crate::names::NOT_NAMES.binary_search(word).is_ok(),
                "{word}"
            );
        }
    }

    #[test]
    fn abbreviated_months_are_three_letters_or_sept_and_never_may() {
        assert_eq!(abbreviated_month("Dec"), Some(12));
        assert_eq!(abbreviated_month("SEPT"), Some(9));
        assert_eq!(abbreviated_month("sep"), Some(9));
        for word in ["May", "June", "Decem", "De", "Sep."] {
            assert_eq!(abbreviated_month(word), None, "{word}");
        }
    }

    #[test]
    fn no_word_is_in_two_classes_of_a_kind() {
        for classes in [DETERMINERS, PHRASE_ENDS] {
            let mut all: Vec<&str> = classes.iter().flat_map(|c| c.iter().copied()).collect();
            let count = all.len();
            all.sort_unstable();
            all.dedup();
            assert_eq!(all.len(), count, "{classes:?}");
        }
    }

    #[test]
    fn months_and_weekdays_only_as_written_in_full_and_capitalised() {
        assert!(is_month_or_weekday("May") && is_month_or_weekday("Sunday"));
        assert!(!is_month_or_weekday("may") && !is_month_or_weekday("Sun"));
    }
}
