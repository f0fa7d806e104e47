//! Events read from small invented articles, one rule each.

use super::*;
use crate::facts::{extract as extract_facts, Facts};

/// Mentions of every occurrence of each `(surface, label)` in `text`, the surface as the name.
fn named<'a>(text: &'a str, names: &[(&'a str, Label)]) -> Vec<NamedMention<'a>> {
    let mut out: Vec<NamedMention<'a>> = Vec::new();
    for &(surface, label) in names {
        for (start, _) in text.match_indices(surface) {
            out.push(NamedMention {
                start,
                end: start + surface.len(),
                label,
                name: surface,
            });
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

fn facts(text: &str, names: &[(&str, Label)]) -> Facts {
    extract_facts(
        text,
        &crate::tokens::tokenize(text),
        &named(text, names),
        &crate::sentences::sentences(text),
    )
}

fn summaries(f: &Facts) -> Vec<&str> {
    f.events.iter().map(|e| e.summary.as_str()).collect()
}

fn labels(e: &Event) -> Vec<&str> {
    e.counts.iter().map(|c| c.label.as_str()).collect()
}

/// An invented story: a storming told first as an "attack", a reaction the next day, counts
/// in sentences of their own, a post embedded with its date, and a background invasion.
const STORY: &str = "Orlan on Friday denounced an “attack” by protesters on the embassy of Norland.\n\
    Protesters stormed the Norland embassy compound in Velmar Thursday night, tearing down the flag.\n\
    No one was hurt in the standoff. Police said 25 of the protesters were detained.\n\
    The assault was carried out by supporters of Sorvia-backed groups.\n\
    100s of protesters stormed the #Norland ???????? Embassy in #Velmar tonight pic.twitter.com/x1 — Ria Holm (@riaholm) May 12, 2022\n\
    Later the nearly 200 protesters left.\n\
    Norland’s foreign ministry condemned the attack. The embassy has been attacked before, \
    nearly 20 years after the Norland-led invasion of 2003.";

const STORY_NAMES: &[(&str, Label)] = &[
    ("Orlan", Label::Place),
    ("Norland", Label::Place),
    ("Velmar", Label::Place),
    ("Sorvia", Label::Place),
    ("Ria Holm", Label::Person),
];

#[test]
fn one_event_per_real_event_merged_across_sentences_main_story_first() {
    let f = facts(STORY, STORY_NAMES);
    assert_eq!(
        summaries(&f),
        [
            "Protesters stormed the Norland embassy compound in Velmar",
            "Orlan denounced an attack",
            "Norland’s foreign ministry condemned the attack",
            "Attack on the embassy",
            "Norland invasion",
        ]
    );
    let storming = &f.events[0];
    assert!(storming.main && !storming.background);
    assert_eq!(storming.kind, EventKind::Storming);
    // "attack", "stormed", "assault", the post's "stormed" and the ministry's "the attack".
    assert_eq!(storming.mentions.len(), 5);
}

#[test]
fn actor_and_target_are_the_verbs_subject_and_object() {
    let f = facts(STORY, STORY_NAMES);
    let storming = &f.events[0];
    let actor = storming.actor.as_ref().unwrap();
    assert_eq!(
        (actor.text.as_str(), actor.name.as_deref()),
        ("Protesters", None)
    );
    assert_eq!(&STORY[actor.start..actor.end], "Protesters");
    let target = storming.target.as_ref().unwrap();
    assert_eq!(target.text, "the Norland embassy compound");
    let ministry = &f.events[2];
    assert_eq!(
        ministry.actor.as_ref().unwrap().text,
        "Norland’s foreign ministry"
    );
}

#[test]
fn the_place_is_where_it_happened_never_a_modifier() {
    let f = facts(STORY, STORY_NAMES);
    assert_eq!(f.events[0].place.as_deref(), Some("Velmar"));
    // "Sorvia-backed" and "the Norland embassy" modify words; Orlan only reacted.
    assert!(f
        .events
        .iter()
        .all(|e| e.place.as_deref() != Some("Sorvia")));
    assert_eq!(f.events[1].place, None);
}

#[test]
fn dates_are_the_events_own_in_the_order_the_text_gives() {
    let f = facts(STORY, STORY_NAMES);
    // 2022-05-12, the post's date, was a Thursday: the storming that night, the reaction the
    // next day, not the Friday before.
    assert_eq!(f.events[0].date.as_deref(), Some("2022-05-12"));
    assert_eq!(f.events[0].date_text.as_deref(), Some("Thursday night"));
    assert_eq!(f.events[1].date.as_deref(), Some("2022-05-13"));
}

#[test]
fn counts_are_given_once_to_their_event_the_articles_own_first() {
    let f = facts(STORY, STORY_NAMES);
    // "100s of protesters" in the post yields to the article's "nearly 200".
    assert_eq!(
        labels(&f.events[0]),
        [
            "none hurt",
            "25 protesters detained",
            "nearly 200 protesters"
        ]
    );
    assert!(f.events[1..].iter().all(|e| e.counts.is_empty()));
}

#[test]
fn background_events_are_marked_and_listed_last() {
    let f = facts(STORY, STORY_NAMES);
    let background: Vec<(EventKind, Option<&str>)> = f
        .events
        .iter()
        .skip_while(|e| !e.background)
        .map(|e| (e.kind, e.date.as_deref()))
        .collect();
    // "attacked before, nearly 20 years after …", "the … invasion of 2003".
    assert_eq!(
        background,
        [
            (EventKind::Attack, None),
            (EventKind::Invasion, Some("2003"))
        ]
    );
    assert!(f.events.iter().rev().take(2).all(|e| e.background));
}

#[test]
fn the_publication_date_is_not_an_events_date() {
    // 2021-03-03 was a Wednesday.
    let text = "date 2021-03-03 Gunmen raided the depot in Velmar on Monday.";
    let f = facts(text, &[("Velmar", Label::Place)]);
    assert_eq!(summaries(&f), ["Gunmen raided the depot in Velmar"]);
    assert_eq!(f.events[0].date.as_deref(), Some("2021-03-01"));
}

#[test]
fn a_noun_takes_its_actor_from_the_name_before_it_and_its_target_after_on() {
    let text = "Norland air strikes on Sunday on Sorvia-backed militia bases killed 9 fighters and wounded 4. \
        Those raids followed weeks of threats.";
    let f = facts(text, &[("Norland", Label::Place), ("Sorvia", Label::Place)]);
    assert_eq!(
        summaries(&f),
        ["Norland air strikes on Sorvia-backed militia bases"]
    );
    let e = &f.events[0];
    assert_eq!(e.actor.as_ref().unwrap().name.as_deref(), Some("Norland"));
    assert_eq!(e.place, None, "Sorvia backs the militias; it was not hit");
    assert_eq!(labels(e), ["9 fighters killed", "4 fighters wounded"]);
    assert_eq!(e.mentions.len(), 2, "“those raids” point back");
}

#[test]
fn a_place_that_was_hit_is_where_it_happened() {
    let text = "Norland air strikes on Sorvia went on all night.";
    let f = facts(text, &[("Norland", Label::Place), ("Sorvia", Label::Place)]);
    assert_eq!(f.events[0].place.as_deref(), Some("Sorvia"));
}

#[test]
fn two_kinds_in_one_sentence_are_two_events() {
    let text = "Crowds protesting against Norland air strikes stormed the consulate in Velmar.";
    let f = facts(text, &[("Norland", Label::Place), ("Velmar", Label::Place)]);
    let kinds: Vec<EventKind> = f.events.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            EventKind::Storming,
            EventKind::Protest,
            EventKind::AirStrike
        ]
    );
    assert_eq!(
        f.events[0].summary,
        "Crowds stormed the consulate in Velmar"
    );
    assert_eq!(f.events[0].place.as_deref(), Some("Velmar"));
    assert_eq!(f.events[2].place, None);
}

#[test]
fn condemnations_by_different_actors_are_different_events() {
    let text =
        "Norland condemned the raid. Sorvia condemned the raid too. Norland condemned it again.";
    let f = facts(text, &[("Norland", Label::Place), ("Sorvia", Label::Place)]);
    let actors: Vec<(&str, usize)> = f
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Condemnation)
        .map(|e| (e.actor.as_ref().unwrap().text.as_str(), e.mentions.len()))
        .collect();
    assert_eq!(actors, [("Norland", 2), ("Sorvia", 1)]);
}

#[test]
fn quoted_claims_negations_and_purposes_are_not_events() {
    let text = "“Norland bombed our schools and killed our children,” Ria Holm said. \
        The depot has not been attacked. Crowds gathered in protest against the plan.";
    let f = facts(
        text,
        &[("Norland", Label::Place), ("Ria Holm", Label::Person)],
    );
    assert!(f.events.is_empty(), "{:?}", summaries(&f));
}

#[test]
fn a_killing_in_another_act_is_that_acts_victim_not_a_second_event() {
    let text = "The raids answered the killing of a guard in a rocket attack on a Velmar base.";
    let f = facts(text, &[("Velmar", Label::Place)]);
    let kinds: Vec<EventKind> = f.events.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [EventKind::Raid, EventKind::RocketAttack]);
}

#[test]
fn a_recall_names_the_envoy_set_beside_it() {
    let text = "Norland is recalling its ambassador, Per Moen, from Velmar.";
    let f = facts(
        text,
        &[
            ("Norland", Label::Place),
            ("Per Moen", Label::Person),
            ("Velmar", Label::Place),
        ],
    );
    assert_eq!(summaries(&f), ["Norland recalled its ambassador, Per Moen"]);
    assert_eq!(
        f.events[0].target.as_ref().unwrap().name.as_deref(),
        Some("Per Moen")
    );
}

#[test]
fn a_target_naming_the_envoy_is_preferred_across_mentions() {
    let text = "Norland recalled its ambassador from Velmar. The kingdom is recalling its ambassador, Per Moen.";
    let f = facts(
        text,
        &[
            ("Norland", Label::Place),
            ("Velmar", Label::Place),
            ("Per Moen", Label::Person),
        ],
    );
    assert_eq!(summaries(&f), ["Norland recalled its ambassador, Per Moen"]);
    assert_eq!(f.events[0].mentions.len(), 2);
}

#[test]
fn a_passive_verb_takes_its_actor_after_by() {
    let text = "The consulate was stormed by farmers on Monday.";
    let f = facts(text, &[]);
    assert_eq!(summaries(&f), ["Farmers stormed the consulate"]);
}

#[test]
fn offsets_are_converted_with_the_facts() {
    let text = "🎉 Protesters stormed the depot.";
    let mut f = facts(text, &[]);
    for o in f.offsets_mut() {
        *o += 1000;
    }
    let e = &f.events[0];
    assert_eq!(e.start, 1000 + text.find("stormed").unwrap());
    assert_eq!(e.mentions[0].start, e.start);
    assert_eq!(
        e.actor.as_ref().unwrap().start,
        1000 + text.find("Protesters").unwrap()
    );
}

#[test]
fn what_a_noun_hit_may_be_the_subject_of_a_passive_before_it() {
    let text = "The consulate in Velmar has been hit by sporadic rocket fire in recent months.";
    let f = facts(text, &[("Velmar", Label::Place)]);
    assert_eq!(summaries(&f), ["Rocket attack on the consulate in Velmar"]);
    assert!(f.events[0].background);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Texts of news-like words, event words and names in any order.
    fn newsy() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "Velmar",
            "Norland",
            "Per Moen",
            "protesters",
            "stormed",
            "attack",
            "the",
            "an",
            "embassy",
            "by",
            "on",
            "in",
            "of",
            "and",
            "air strikes",
            "those raids",
            "condemned",
            "recall",
            "ambassador",
            ",",
            ".",
            "“",
            "”",
            "Friday",
            "night",
            "2003",
            "killed",
            "25",
            "hundreds of",
            "were",
            "detained",
            "not",
            "in protest",
            "-backed",
            "’s",
            "was",
            "hit",
            "🎉",
            "é",
            "\n",
            "date 2021-03-03",
            "?????",
        ]);
        prop::collection::vec(words, 0..60).prop_map(|w| w.join(" "))
    }

    proptest! {
        #[test]
        fn events_never_panic_and_point_inside_the_text(text in newsy()) {
            let f = facts(&text, &[
                ("Velmar", Label::Place),
                ("Norland", Label::Place),
                ("Per Moen", Label::Person),
            ]);
            let ok = |s: usize, e: usize| s <= e && e <= text.len()
                && text.is_char_boundary(s) && text.is_char_boundary(e);
            for e in &f.events {
                prop_assert!(ok(e.start, e.end));
                prop_assert!(!e.mentions.is_empty());
                prop_assert!(e.mentions.iter().all(|m| ok(m.start, m.end)));
                for p in e.actor.iter().chain(e.target.iter()) {
                    prop_assert!(ok(p.start, p.end));
                }
                prop_assert!(e.counts.iter().all(|c| ok(c.start, c.end)));
            }
            prop_assert!(f.events.iter().filter(|e| e.main).count() <= 1);
            // Every event word is one event's mention, once.
            let mut words: Vec<usize> = f.events.iter().flat_map(|e| e.mentions.iter().map(|m| m.start)).collect();
            let all = words.len();
            words.sort_unstable();
            words.dedup();
            prop_assert_eq!(words.len(), all);
        }
    }
}
